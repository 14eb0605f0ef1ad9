import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, closeAll, codeOf, linted, openContract, type TestApi } from './helpers';

// Runs only with `run-ext-tests.mjs --restricted`: the workspace is open but not trusted.
describe('Restricted Mode', () => {
  afterEach(closeAll);

  it('the workspace is untrusted, the extension says so, and it still checks open contracts', async () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
    assert.strictEqual(((await activateExtension()) as TestApi).restrictedNotice, 'shown');
    const { diagnostics } = await openContract('contracts/orders.odcs.yaml', (d) =>
      d.some((x) => x.message.includes('datetime')),
    );
    assert.ok(diagnostics.every((d) => d.source === 'dclens'));
  });

  it("does not read .dclens.yaml: the folder's rule settings are not applied", async () => {
    const { diagnostics } = await openContract('configured/draft-orders.odcs.yaml', (d) =>
      d.some((x) => x.message.includes('datetime')),
    );
    // The rule is named by its code (rule id or DCL number, whichever the diagnostics carry), not by its wording.
    assert.ok(
      diagnostics.some((d) => ['no-team', 'DCL100'].includes(codeOf(d)) || /\bteam\b/i.test(d.message)),
      'the default rules apply, no-team included',
    );
  });

  it('does not load the owner catalogue: no owner suggestions', async () => {
    const api = (await activateExtension()) as TestApi;
    const { editor } = await openContract('contracts/orders.odcs.yaml');
    const document = editor.document;
    const end = document.lineAt(document.lineCount - 1).range.end;
    await editor.edit((b) =>
      b.insert(end, '\nteam:\n  name: sales-analytics\n  members:\n    - role: Data Owner\n      username: '),
    );
    await linted(document);
    await api.whenCatalogueLoaded(document.uri);
    const position = document.lineAt(document.lineCount - 1).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      position,
    );
    assert.ok(
      !list.items.some((i) => String(typeof i.label === 'string' ? i.label : i.label.label).includes('priya.shah')),
    );
  });
});

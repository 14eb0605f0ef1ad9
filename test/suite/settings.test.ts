import * as assert from 'node:assert';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAll,
  codeOf,
  linted,
  openContract,
  ours,
  rangeOf,
  waitForDiagnostics,
  type TestApi,
} from './helpers';

const hasNoTeam = (d: vscode.Diagnostic[]) => d.some((x) => codeOf(x) === 'no-team');

async function setting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('dclens').update(key, value, vscode.ConfigurationTarget.Workspace);
}

describe('settings', () => {
  afterEach(async () => {
    await setting('rules', undefined);
    await setting('run', undefined);
    await setting('debounceMs', undefined);
    await setting('codeLens.enable', undefined);
    await closeAll();
  });

  it('dclens.rules turns a rule off, or changes its severity, at once', async () => {
    const { editor } = await openContract('contracts/orders.odcs.yaml', hasNoTeam);
    const uri = editor.document.uri;
    await setting('rules', { 'no-team': 'off' });
    await waitForDiagnostics(uri, (d) => d.length > 0 && !hasNoTeam(d), 'no-team to be switched off');
    await setting('rules', { 'no-team': 'error' });
    const now = await waitForDiagnostics(uri, hasNoTeam, 'no-team to come back');
    assert.strictEqual(now.find((x) => codeOf(x) === 'no-team')?.severity, vscode.DiagnosticSeverity.Error);
  });

  it('with dclens.run = onSave, typing does not lint; saving does', async () => {
    await setting('run', 'onSave');
    await setting('debounceMs', 0); // were typing to lint, it would do so at once
    const api = (await activateExtension()) as TestApi;
    const { editor } = await openContract('contracts/legacy/archived-orders.odcs.yaml', (d) =>
      d.some((x) => x.message.includes('datetime')),
    );
    const document = editor.document;
    const lintedBefore = api.lintedVersion(document.uri);
    await editor.edit((b) => b.replace(rangeOf(document, 'datetime'), 'timestamp'));
    // Another contract's lint on open comes after any immediate lint of the edit would have.
    await openContract('contracts/customers.odcs.yaml');
    assert.strictEqual(api.lintedVersion(document.uri), lintedBefore);
    assert.ok(
      ours(document.uri).some((x) => x.message.includes('datetime')),
      'the findings of the saved text stay',
    );
    await document.save();
    await linted(document);
    assert.ok(!ours(document.uri).some((x) => x.message.includes('datetime')));
  });

  it('dclens.codeLens.enable = false removes the score CodeLens', async () => {
    const { editor } = await openContract('contracts/orders.odcs.yaml');
    const count = async () =>
      (
        await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri)
      ).filter((l) => l.command?.command === 'dclens.showScore').length;
    assert.strictEqual(await count(), 1);
    await setting('codeLens.enable', false);
    assert.strictEqual(await count(), 0);
  });
});

describe('.dclens.yaml', () => {
  afterEach(closeAll);

  it('the nearest .dclens.yaml applies to the contracts below it', async () => {
    const { diagnostics } = await openContract('configured/draft-orders.odcs.yaml', (d) =>
      d.some((x) => x.message.includes('datetime')),
    );
    assert.ok(!hasNoTeam(diagnostics), 'no-team is off in this folder');
    const elsewhere = await openContract('contracts/orders.odcs.yaml', hasNoTeam);
    assert.ok(hasNoTeam(elsewhere.diagnostics));
  });
});

import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, closeAll, linted, openContract, rangeOf, type TestApi } from './helpers';

async function hoverText(
  uri: vscode.Uri,
  position: vscode.Position,
): Promise<{ text: string; hovers: vscode.Hover[] }> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  return { text, hovers };
}

describe('hover', () => {
  afterEach(closeAll);

  it('explains the key under the cursor in plain words, with the allowed values', async () => {
    const { editor } = await openContract('contracts/orders.odcs.yaml', (d) =>
      d.some((x) => x.message.includes('datetime')),
    );
    const key = rangeOf(editor.document, 'logicalType: datetime');
    const { text } = await hoverText(editor.document.uri, key.start.translate(0, 3));
    assert.match(text, /\*\*logicalType\*\*/);
    assert.match(text, /kind of values the column holds/i);
    assert.match(text, /`timestamp`/);
  });

  it('does not repeat the problem VS Code already shows there: the guidance follows alone, whole', async () => {
    const { editor } = await openContract('contracts/orders.odcs.yaml', (d) =>
      d.some((x) => x.message.includes('datetime')),
    );
    const { text, hovers } = await hoverText(
      editor.document.uri,
      rangeOf(editor.document, 'datetime').start.translate(0, 2),
    );
    assert.ok(hovers.length > 0);
    assert.doesNotMatch(text, /'datetime'/);
    assert.match(text, /\*\*logicalType\*\*/);
    // The rule is named with a link that only our own command can follow.
    assert.match(text, /command:dclens\.showRuleDocumentation\?/);
    assert.match(text, /`timestamp`/);
  });

  it('says nothing on YAML that is not a contract', async () => {
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.github/workflows/build.yml');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const { text } = await hoverText(uri, new vscode.Position(1, 2));
    assert.doesNotMatch(text, /feeds|dclens|Data Contract/i);
  });

  it("on a team member's username, says who the person is from the catalogue", async () => {
    const api = (await activateExtension()) as TestApi;
    const { editor } = await openContract('contracts/sales/payments.odcs.yaml', () => true);
    await linted(editor.document);
    await api.whenCatalogueLoaded(editor.document.uri);
    const { text } = await hoverText(editor.document.uri, rangeOf(editor.document, 'priya.shah').start.translate(0, 2));
    assert.match(text, /Priya Shah/);
    assert.match(text, /refunds|Data Owner/i);
  });
});

import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { closeAll, errorsOf, linted } from './helpers';

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

/** The completion items VS Code shows at `position` (ours and any other provider's). */
async function completionsAt(
  document: vscode.TextDocument,
  position: vscode.Position,
): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    document.uri,
    position,
  );
  return list.items;
}

/** A new line indented by `indent` at the end of the document; the caret position at its end. */
async function newLine(editor: vscode.TextEditor, indent: number): Promise<vscode.Position> {
  const document = editor.document;
  const last = document.lineAt(document.lineCount - 1);
  // The previous entry leaves an indented empty line: reuse it at the indentation wanted.
  await editor.edit((b) =>
    last.isEmptyOrWhitespace
      ? b.replace(last.range, ' '.repeat(indent))
      : b.insert(last.range.end, '\n' + ' '.repeat(indent)),
  );
  return document.lineAt(document.lineCount - 1).range.end;
}

/** Inserts every whole entry completion offers on a new line at `indent`, as a user picking each in turn would. */
async function insertEntries(editor: vscode.TextEditor, indent: number, prefix: string): Promise<string[]> {
  const position = await newLine(editor, indent);
  const entries = (await completionsAt(editor.document, position)).filter(
    (i) => i.kind === vscode.CompletionItemKind.Snippet && (i.filterText ?? '').startsWith(prefix),
  );
  for (const entry of entries) {
    const at = await newLine(editor, indent);
    const body = entry.insertText instanceof vscode.SnippetString ? entry.insertText.value : String(entry.insertText);
    await editor.insertSnippet(new vscode.SnippetString(body), at);
  }
  return entries.map(labelOf);
}

/** The whole contract the extension offers (as odcs-contract) in an empty YAML file, in the version new contracts use. */
async function contractSnippet(document: vscode.TextDocument): Promise<string> {
  const item = (await completionsAt(document, new vscode.Position(0, 0))).find((i) => labelOf(i) === 'odcs-contract');
  assert.ok(item, 'odcs-contract is offered in an empty file');
  return item.insertText instanceof vscode.SnippetString ? item.insertText.value : String(item.insertText);
}

async function newYaml(text: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'yaml', content: text });
  const editor = await vscode.window.showTextDocument(document);
  // An untitled document closed by the previous test can come back under the same name with its old text
  // while VS Code is still disposing of it: start from exactly the text asked for.
  if (document.getText() !== text) {
    const all = new vscode.Range(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end);
    await editor.edit((b) => b.replace(all, text));
  }
  return editor;
}

describe('snippets', () => {
  afterEach(closeAll);

  it('the contract skeleton with a quality check per dimension and every SLA entry is a valid contract (no errors)', async () => {
    const editor = await newYaml('');
    const contract = await contractSnippet(editor.document);
    assert.match(contract, /^apiVersion: v3\.2\.0\n/);
    await editor.insertSnippet(new vscode.SnippetString(contract), new vscode.Position(0, 0));
    await editor.insertSnippet(new vscode.SnippetString('quality:'), await newLine(editor, 8));
    const quality = await insertEntries(editor, 10, 'odcs-quality-');
    assert.strictEqual(quality.length, 7, quality.join(', '));
    await editor.insertSnippet(new vscode.SnippetString('slaProperties:'), await newLine(editor, 0));
    const slas = await insertEntries(editor, 2, 'odcs-sla-');
    assert.strictEqual(slas.length, 3, slas.join(', '));
    await linted(editor.document);
    assert.match(editor.document.getText(), /metric: duplicateValues/);
    assert.deepStrictEqual(errorsOf(editor.document.uri), [], editor.document.getText());
  });

  it('a team member entry per role fits under team.members', async () => {
    const editor = await newYaml(
      'apiVersion: v3.1.0\nkind: DataContract\nid: t\nversion: 1.0.0\nstatus: draft\nteam:\n  name: t\n  members:',
    );
    const members = await insertEntries(editor, 4, 'odcs-member-');
    assert.deepStrictEqual(members, ['Data Owner member', 'Data Steward member', 'Data Custodian member']);
    await linted(editor.document);
    const text = editor.document.getText();
    for (const role of ['Data Owner', 'Data Steward', 'Data Custodian']) assert.ok(text.includes(`role: ${role}`));
    assert.deepStrictEqual(errorsOf(editor.document.uri), [], text);
  });
});

import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAll, errorsOf, linted } from './helpers';

interface Snippet {
  prefix: string;
  body: string[];
}

/** JSON with trailing commas, as VS Code reads snippet files (JSONC); commas inside strings are kept. */
function parseJsonc(text: string): unknown {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c !== ',' || !/^\s*[\]}]/.test(text.slice(i + 1))) out += c;
  }
  return JSON.parse(out);
}

async function snippets(): Promise<Record<string, Snippet>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
  const bytes = await vscode.workspace.fs.readFile(
    vscode.Uri.joinPath(extension.extensionUri, 'snippets/odcs.code-snippets'),
  );
  const all = parseJsonc(new TextDecoder().decode(bytes)) as Record<string, Snippet>;
  return Object.fromEntries(Object.values(all).map((s) => [s.prefix, s]));
}

/** Inserts a snippet, as VS Code expands it (defaults, first choice), on a new line indented by `indent`. */
async function appendSnippet(editor: vscode.TextEditor, snippet: Snippet, indent: number): Promise<void> {
  const document = editor.document;
  const last = document.lineAt(document.lineCount - 1);
  // The previous snippet's $0 leaves an indented empty line: reuse it at the indentation wanted.
  await editor.edit((b) =>
    last.isEmptyOrWhitespace
      ? b.replace(last.range, ' '.repeat(indent))
      : b.insert(last.range.end, '\n' + ' '.repeat(indent)),
  );
  const line = document.lineCount - 1;
  await editor.insertSnippet(
    new vscode.SnippetString(snippet.body.join('\n')),
    new vscode.Position(line, document.lineAt(line).text.length),
  );
}

/** The whole contract the extension offers (as odcs-contract) in an empty YAML file, in the version new contracts use. */
async function contractSnippet(document: vscode.TextDocument): Promise<string> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    document.uri,
    new vscode.Position(0, 0),
  );
  const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'odcs-contract');
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

  it('the contract skeleton with every quality and SLA snippet is a valid contract (no errors)', async () => {
    const all = await snippets();
    const editor = await newYaml('');
    const contract = await contractSnippet(editor.document);
    assert.match(contract, /^apiVersion: v3\.2\.0\n/);
    await editor.insertSnippet(new vscode.SnippetString(contract), new vscode.Position(0, 0));
    await appendSnippet(editor, { prefix: '', body: ['quality:'] }, 8);
    const quality = Object.keys(all).filter((p) => p.startsWith('odcs-quality-'));
    assert.ok(quality.length >= 6, 'a quality snippet per dimension');
    for (const prefix of quality) await appendSnippet(editor, all[prefix], 10);
    await appendSnippet(editor, { prefix: '', body: ['slaProperties:'] }, 0);
    await appendSnippet(editor, all['odcs-sla-freshness'], 2);
    await appendSnippet(editor, all['odcs-sla-retention'], 2);
    await linted(editor.document);
    assert.match(editor.document.getText(), /metric: duplicateValues/);
    assert.deepStrictEqual(errorsOf(editor.document.uri), [], editor.document.getText());
  });

  it('a team member snippet per role fits under team.members', async () => {
    const all = await snippets();
    const editor = await newYaml(
      'apiVersion: v3.1.0\nkind: DataContract\nid: t\nversion: 1.0.0\nstatus: draft\nteam:\n  name: t\n  members:',
    );
    for (const role of ['owner', 'steward', 'custodian']) await appendSnippet(editor, all[`odcs-member-${role}`], 4);
    await linted(editor.document);
    const text = editor.document.getText();
    for (const role of ['Data Owner', 'Data Steward', 'Data Custodian']) assert.ok(text.includes(`role: ${role}`));
    assert.deepStrictEqual(errorsOf(editor.document.uri), [], text);
  });
});

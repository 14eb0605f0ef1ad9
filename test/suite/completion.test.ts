import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, closeAll, linted, openContract, rangeOf, type TestApi } from './helpers';

async function labelsAt(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    document.uri,
    position,
  );
  return list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

async function typeAtEnd(editor: vscode.TextEditor, text: string): Promise<vscode.Position> {
  const document = editor.document;
  const end = document.lineAt(document.lineCount - 1).range.end;
  await editor.edit((b) => b.insert(end, text));
  return document.lineAt(document.lineCount - 1).range.end;
}

describe('completion', () => {
  afterEach(closeAll);

  it('offers the allowed logicalType values, and no snippet among them', async () => {
    const { editor } = await openContract('contracts/orders.odcs.yaml');
    const line = rangeOf(editor.document, 'logicalType: datetime').start.line;
    await editor.edit((b) => b.replace(editor.document.lineAt(line).range, '        logicalType: '));
    const position = editor.document.lineAt(line).range.end;
    const labels = await labelsAt(editor.document, position);
    for (const value of ['string', 'date', 'timestamp', 'integer', 'boolean'])
      assert.ok(labels.includes(value), labels.join(', '));
    assert.ok(!labels.includes('datetime'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      editor.document.uri,
      position,
    );
    const snippets = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet);
    assert.deepStrictEqual(
      snippets.map((i) => (typeof i.label === 'string' ? i.label : i.label.label)),
      [],
      'a value position offers values only',
    );
  });

  it("offers the contract's own object and property names where a reference is expected (SLA element)", async () => {
    const { editor } = await openContract('contracts/orders.odcs.yaml');
    const position = await typeAtEnd(
      editor,
      '\nslaProperties:\n  - property: latency\n    value: 4\n    unit: d\n    element: ',
    );
    const labels = await labelsAt(editor.document, position);
    for (const name of ['orders', 'orders.order_id', 'orders.order_date'])
      assert.ok(labels.includes(name), labels.join(', '));
  });

  it('offers the team roles Data Owner, Data Steward and Data Custodian', async () => {
    const { editor } = await openContract('contracts/orders.odcs.yaml');
    const position = await typeAtEnd(
      editor,
      '\nteam:\n  name: sales-analytics\n  members:\n    - username: someone\n      role: ',
    );
    const labels = await labelsAt(editor.document, position);
    for (const role of ['Data Owner', 'Data Steward', 'Data Custodian'])
      assert.ok(labels.includes(role), labels.join(', '));
  });

  it("suggests owners from the workspace's other contracts, with the evidence", async () => {
    const api = (await activateExtension()) as TestApi;
    const { editor } = await openContract('contracts/orders.odcs.yaml');
    const position = await typeAtEnd(
      editor,
      '\nteam:\n  name: sales-analytics\n  members:\n    - role: Data Owner\n      username: ',
    );
    await linted(editor.document);
    await api.whenCatalogueLoaded(editor.document.uri);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      editor.document.uri,
      position,
    );
    const priya = list.items.find((i) =>
      (typeof i.label === 'string' ? i.label : i.label.label).includes('priya.shah'),
    );
    assert.ok(priya, list.items.map((i) => i.label).join(', '));
    assert.strictEqual(
      priya.insertText instanceof vscode.SnippetString ? priya.insertText.value : priya.insertText,
      'priya.shah',
    );
    const docs =
      priya.documentation instanceof vscode.MarkdownString
        ? priya.documentation.value
        : String(priya.documentation ?? '');
    assert.match(`${priya.detail ?? ''}\n${docs}`, /Data Owner of 2 of 2 other contracts in domain 'sales'/);
    // Only people can be members; a detail is short enough to be shown whole, or ends at a word with '…'.
    const teams = list.items.filter((i) =>
      /sales-analytics/.test(typeof i.label === 'string' ? i.label : i.label.label),
    );
    assert.deepStrictEqual(
      teams.map((i) => i.label),
      [],
    );
    for (const item of list.items.filter((i) => i.kind === vscode.CompletionItemKind.Reference)) {
      const detail = item.detail ?? '';
      assert.ok(detail.length <= 60, detail);
      if (detail.endsWith('…')) assert.match(detail, /\w…$|[a-z)'’]…$/i);
    }
  });

  it('suggests team names at team.name from the other contracts of the domain and folder', async () => {
    const api = (await activateExtension()) as TestApi;
    const { editor } = await openContract('contracts/sales/payments.odcs.yaml');
    await api.whenCatalogueLoaded(editor.document.uri);
    const line = rangeOf(editor.document, 'name: sales-analytics').start.line;
    await editor.edit((b) => b.replace(editor.document.lineAt(line).range, '  name: '));
    await linted(editor.document);
    const labels = await labelsAt(editor.document, editor.document.lineAt(line).range.end);
    assert.ok(
      labels.some((l) => l.includes('sales-analytics')),
      labels.join(', '),
    );
  });
});

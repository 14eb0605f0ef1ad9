// "New data contract from data…" in the real VS Code: a CSV of the suite workspace becomes an open contract whose
// columns and types come from the data, with placeholder warnings and no errors in the Problems panel.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { activateExtension, closeAll, linted, ours } from './helpers';

const CSV = 'new-from-data/visits.csv';
// An untitled target skips the save dialog (the suite cannot click it) and writes nothing into the workspace.
const untitled = () => vscode.Uri.from({ scheme: 'untitled', path: '/visits.odcs.yaml' });

const untitledEditors = () =>
  vscode.window.visibleTextEditors.filter((e) => e.document.uri.scheme === 'untitled').map((e) => e.document.uri.path);

describe('New data contract from data', () => {
  afterEach(closeAll);

  it('opens a contract with the CSV columns and types, with placeholder warnings and no errors', async function () {
    this.timeout(60000);
    await activateExtension();
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('dclens.newContractFromData', {
      source: { kind: 'file', path: CSV },
      target: untitled(),
    });
    assert.ok(editor, 'the command opened an editor');
    const document = editor.document;
    assert.strictEqual(document.uri.scheme, 'untitled');
    assert.strictEqual(document.languageId, 'yaml');
    const contract = parse(document.getText());
    assert.deepStrictEqual(
      contract.schema[0].properties.map((p: Record<string, unknown>) => [
        p.name,
        p.logicalType,
        p.physicalType,
        p.required ?? false,
        p.unique ?? false,
      ]),
      [
        ['visit_id', 'integer', 'BIGINT', true, true],
        ['visitor', 'string', 'VARCHAR', true, false],
        ['visited_on', 'date', 'DATE', true, false],
        ['duration_min', 'number', 'DOUBLE', false, false],
        ['paid', 'boolean', 'BOOLEAN', true, false],
      ],
    );
    assert.deepStrictEqual(contract.servers, [{ server: 'local', type: 'local', path: 'visits.csv', format: 'csv' }]);
    await linted(document);
    const diagnostics = ours(document.uri);
    assert.deepStrictEqual(
      diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map((d) => d.message),
      [],
    );
    assert.ok(
      diagnostics.some((d) => d.severity === vscode.DiagnosticSeverity.Warning && /placeholder/i.test(d.message)),
      'the TODO placeholders are flagged',
    );
  });

  it('names a file that cannot be read and opens nothing', async () => {
    await activateExtension();
    const editor = await vscode.commands.executeCommand('dclens.newContractFromData', {
      source: { kind: 'file', path: 'new-from-data/missing.csv' },
      target: untitled(),
    });
    assert.strictEqual(editor, undefined);
    assert.deepStrictEqual(untitledEditors(), []);
  });
});

describe('Restricted Mode: New data contract from data', () => {
  it('reads no data and opens nothing', async () => {
    await activateExtension();
    assert.strictEqual(vscode.workspace.isTrusted, false);
    const editor = await vscode.commands.executeCommand('dclens.newContractFromData', {
      source: { kind: 'file', path: CSV },
      target: untitled(),
    });
    assert.strictEqual(editor, undefined);
    assert.deepStrictEqual(untitledEditors(), []);
  });
});

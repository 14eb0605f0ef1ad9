import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { closeAll, codeOf, lineOf, openContract, rangeOf, waitForDiagnostics } from './helpers';

describe('diagnostics', () => {
  afterEach(closeAll);

  it('underlines the exact value, with source dclens and the rule code linked to its page', async () => {
    const { editor, diagnostics } = await openContract('contracts/orders.odcs.yaml', (d) =>
      d.some((x) => x.message.includes('datetime')),
    );
    const expected = rangeOf(editor.document, 'datetime');
    const bad = diagnostics.find((d) => d.message.includes("logicalType 'datetime' is not allowed"));
    assert.ok(bad, 'a problem names the bad logicalType');
    assert.deepStrictEqual(bad.range, expected);
    assert.strictEqual(bad.source, 'dclens');
    assert.strictEqual(bad.severity, vscode.DiagnosticSeverity.Error);
    // One identifier everywhere (the rule id, as in the light bulb and `# dclens-disable` comments), linked to the
    // one page of that rule: the copy shipped in the extension, which opens without a network.
    assert.strictEqual(codeOf(bad), 'schema-invalid-enum');
    const code = bad.code as { value: string; target: vscode.Uri };
    assert.strictEqual(code.target.scheme, 'file');
    assert.match(code.target.path, /\/docs\/rules\/schema-invalid-enum\.md$/);
    await vscode.workspace.fs.stat(code.target);
    assert.match(bad.message, /property 'order_date' in schema 'orders'/i);
  });

  it('shows advice (info) as a hint without a squiggle, unless dclens.infos.showAs asks for information', async () => {
    const isAdvice = (d: vscode.Diagnostic) => codeOf(d) === 'contract-description';
    const { editor, diagnostics } = await openContract('contracts/customers.odcs.yaml', (d) => d.some(isAdvice));
    assert.strictEqual(diagnostics.find(isAdvice)!.severity, vscode.DiagnosticSeverity.Hint);
    assert.ok(!diagnostics.some((d) => d.severity === vscode.DiagnosticSeverity.Information));
    const settings = vscode.workspace.getConfiguration('dclens');
    await settings.update('infos.showAs', 'information', vscode.ConfigurationTarget.Workspace);
    try {
      await waitForDiagnostics(
        editor.document.uri,
        (d) => d.find(isAdvice)?.severity === vscode.DiagnosticSeverity.Information,
        'the advice as information',
      );
    } finally {
      await settings.update('infos.showAs', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('updates after an edit: the fixed value loses its problem, a new mistake gets one', async () => {
    const { editor } = await openContract('contracts/orders.odcs.yaml', (d) =>
      d.some((x) => x.message.includes('datetime')),
    );
    const uri = editor.document.uri;
    await editor.edit((b) => b.replace(rangeOf(editor.document, 'datetime'), 'timestamp'));
    await waitForDiagnostics(
      uri,
      (d) => d.length > 0 && !d.some((x) => x.message.includes('datetime')),
      'the datetime problem to go',
    );

    await editor.edit((b) => b.replace(rangeOf(editor.document, 'physicalName'), 'physicalNam'));
    const after = await waitForDiagnostics(
      uri,
      (d) => d.some((x) => x.message.includes('physicalNam')),
      'a problem for the new typo',
    );
    const typo = after.find((x) => x.message.includes('physicalNam'));
    assert.deepStrictEqual(typo?.range, rangeOf(editor.document, 'physicalNam'));
  });

  it('never leaves findings of an older text: a burst of edits ends with the findings of the last one', async () => {
    const { editor } = await openContract('contracts/orders.odcs.yaml', (d) =>
      d.some((x) => x.message.includes('datetime')),
    );
    const uri = editor.document.uri;
    for (const value of ['datetim', 'datetime2', 'timestamp']) {
      await editor.edit((b) =>
        b.replace(
          editor.document.lineAt(rangeOf(editor.document, 'logicalType: date').start.line).range,
          `        logicalType: ${value}  # should be a timestamp`,
        ),
      );
    }
    const final = await waitForDiagnostics(
      uri,
      (d) => d.length > 0 && !d.some((x) => /datetim|datetime2/.test(x.message)),
      "the last text's findings",
    );
    assert.ok(final.every((d) => !/datetim/.test(d.message)));
  });

  it('a grouped finding links to every place it names', async () => {
    const grouped = (d: vscode.Diagnostic[]) =>
      d.find((x) => codeOf(x) === 'property-description' && (x.relatedInformation?.length ?? 0) === 3);
    const { editor, diagnostics } = await openContract(
      'contracts/line-items.odcs.yaml',
      (d) => grouped(d) !== undefined,
    );
    const finding = grouped(diagnostics)!;
    assert.deepStrictEqual(finding.range.start.line, lineOf(editor.document, '- name: order_id'));
    const related = finding.relatedInformation ?? [];
    assert.deepStrictEqual(
      related.map((r) => r.location.uri.toString()),
      Array(3).fill(editor.document.uri.toString()),
    );
    assert.deepStrictEqual(
      related.map((r) => r.location.range.start.line),
      ['order_id', 'product_id', 'quantity'].map((n) => lineOf(editor.document, `- name: ${n}`)),
    );
    assert.match(related[2].message, /^Describe property 'quantity' in schema 'line_items'/);
  });

  it('"Lint all contracts in workspace" fills the Problems panel for closed files', async () => {
    const closed = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'contracts/legacy/returns.odcs.yaml');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === closed.toString()));
    const summary = await vscode.commands.executeCommand<{ contracts: number; problems: number }>(
      'dclens.lintWorkspace',
    );
    assert.ok(summary.contracts >= 3, `found ${summary.contracts} contracts`);
    const problems = await waitForDiagnostics(closed, (d) => d.length > 0, 'findings for the closed file');
    assert.ok(problems.every((d) => d.source === 'dclens'));
    // The command has finished: a contract the folder's `.dclens.yaml` ignores was skipped, not merely late.
    const ignored = vscode.Uri.joinPath(
      vscode.workspace.workspaceFolders![0].uri,
      'configured/generated/export.odcs.yaml',
    );
    assert.deepStrictEqual(vscode.languages.getDiagnostics(ignored), []);
  });
});

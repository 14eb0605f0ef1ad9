// Changes since the base version in the real VS Code: the "dclens diff" diagnostics and the version CodeLens with
// dclens.diff.showBreakingChanges on, the version bump, "Compare with base" opening the diff editor with both sides,
// and "Convert to ODCS" opening the converted contract beside the original. The workspace is not a git repository:
// each test builds a small one in a folder of it.
import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { activateExtension, closeAll, codeOf, workspaceUri } from './helpers';

const SOURCE = 'dclens diff';

function contract(version: string, extra = ''): string {
  return `apiVersion: v3.1.0
kind: DataContract
id: fines-contract
version: ${version}
status: active
schema:
  - name: fines
    physicalType: table
    properties:
      - name: fine_id
        logicalType: string
      - name: amount
        logicalType: number
${extra}`;
}
const NOTE = '      - name: note\n        logicalType: string\n';

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.org',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.org',
    },
  });
}

function diffDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** Resolves once `accept` holds for the "dclens diff" diagnostics of `uri` (checked now and on every change). */
function waitForDiff(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean, what: string) {
  return new Promise<vscode.Diagnostic[]>((resolve, reject) => {
    const check = () => {
      const now = diffDiagnostics(uri);
      if (!accept(now)) return;
      listener.dispose();
      clearTimeout(timer);
      resolve(now);
    };
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      listener.dispose();
      reject(
        new Error(
          `timed out waiting for ${what}; now: ${diffDiagnostics(uri)
            .map((d) => d.message)
            .join(' | ')}`,
        ),
      );
    }, 20000);
    check();
  });
}

async function verdictLens(uri: vscode.Uri): Promise<vscode.CodeLens | undefined> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
  return lenses.find((l) => l.command?.command === 'dclens.compareWithBase');
}

describe('changes since the base version (dclens diff in the editor)', () => {
  const repo = workspaceUri('diff-repo');
  const file = vscode.Uri.joinPath(repo, 'fines.odcs.yaml');

  before(async () => {
    await activateExtension();
    rmSync(repo.fsPath, { recursive: true, force: true });
    mkdirSync(repo.fsPath, { recursive: true });
    git(repo.fsPath, 'init', '-q', '-b', 'main');
    writeFileSync(file.fsPath, contract('1.0.0', NOTE));
    git(repo.fsPath, 'add', '-A');
    git(repo.fsPath, 'commit', '-q', '-m', 'first contract');
    // The working file removes 'note' without a new major version.
    writeFileSync(file.fsPath, contract('1.0.0'));
    await vscode.workspace
      .getConfiguration('dclens')
      .update('diff.showBreakingChanges', true, vscode.ConfigurationTarget.Workspace);
  });
  after(async () => {
    await vscode.workspace
      .getConfiguration('dclens')
      .update('diff.showBreakingChanges', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAll();
    rmSync(repo.fsPath, { recursive: true, force: true });
  });

  it('shows a breaking change as a warning, says what the version needs above version:, and bumps it', async () => {
    const document = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(document);
    const [removed] = await waitForDiff(file, (d) => d.length > 0, 'the removed property');
    assert.strictEqual(codeOf(removed), 'property-removed');
    assert.strictEqual(removed.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(removed.message, /^Property 'note' of schema 'fines' was removed; .*\(since main\)$/);
    assert.strictEqual(document.lineAt(removed.range.start.line).text.trim(), '- name: fines');

    const lens = await verdictLens(file);
    assert.strictEqual(lens?.command?.title, '1 breaking change since main — needs 2.0.0');
    assert.strictEqual(document.lineAt(lens.range.start.line).text, 'version: 1.0.0');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      file,
      removed.range,
    );
    const bump = actions.find((a) => a.title === 'Bump version to 2.0.0');
    assert.ok(bump?.edit, actions.map((a) => a.title).join(', '));
    assert.notStrictEqual(bump.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(bump.edit));
    assert.strictEqual(document.lineAt(lens.range.start.line).text, 'version: 2.0.0');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('Compare with base opens the diff editor: the base version in git beside the working file', async () => {
    const outcome = await vscode.commands.executeCommand<{ title?: string; base?: vscode.Uri; problem?: string }>(
      'dclens.compareWithBase',
      file,
    );
    assert.strictEqual(outcome.problem, undefined);
    assert.strictEqual(outcome.title, 'fines.odcs.yaml (main ↔ working tree)');
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.strictEqual(tab?.label, 'fines.odcs.yaml (main ↔ working tree)');
    assert.ok(tab.input instanceof vscode.TabInputTextDiff, 'a diff editor');
    assert.strictEqual(tab.input.original.scheme, 'dclens-base');
    assert.strictEqual(tab.input.modified.toString(), file.toString());
    const base = await vscode.workspace.openTextDocument(tab.input.original);
    assert.strictEqual(base.getText(), contract('1.0.0', NOTE));
  });

  it('Compare with base says why there is no base for a file outside git', async () => {
    const outcome = await vscode.commands.executeCommand<{ problem?: string }>(
      'dclens.compareWithBase',
      workspaceUri('contracts/orders.odcs.yaml'),
    );
    assert.strictEqual(
      outcome.problem,
      'orders.odcs.yaml is not in a git repository, so it has no base version to compare with.',
    );
  });

  it('Convert to ODCS opens the converted contract beside the original, leaving the original as it is', async () => {
    const dcsFile = vscode.Uri.joinPath(repo, 'orders.datacontract.yaml');
    const dcs =
      'dataContractSpecification: 1.1.0\nid: orders\ninfo:\n  title: Orders\n  version: 1.0.0\nmodels:\n  orders:\n    fields:\n      order_id:\n        type: varchar\n        required: true\n';
    writeFileSync(dcsFile.fsPath, dcs);
    const document = await vscode.workspace.openTextDocument(dcsFile);
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const finding = await new Promise<vscode.Diagnostic>((resolve, reject) => {
      const find = () => vscode.languages.getDiagnostics(dcsFile).find((d) => codeOf(d) === 'dcs-deprecated');
      const now = find();
      if (now) return resolve(now);
      const timer = setTimeout(() => reject(new Error('no dcs-deprecated finding')), 20000);
      const listener = vscode.languages.onDidChangeDiagnostics(() => {
        const found = find();
        if (!found) return;
        clearTimeout(timer);
        listener.dispose();
        resolve(found);
      });
    });
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      dcsFile,
      finding.range,
    );
    const convert = actions.find((a) => a.title === 'Convert to ODCS v3.2.0');
    assert.ok(convert?.command, actions.map((a) => a.title).join(', '));
    assert.strictEqual(convert.edit, undefined);
    const opened = new Promise<vscode.TextEditor>((resolve) => {
      const listener = vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor?.document.uri.scheme !== 'untitled') return;
        listener.dispose();
        resolve(editor);
      });
    });
    await vscode.commands.executeCommand(convert.command.command, ...(convert.command.arguments ?? []));
    const editor = await opened;
    assert.strictEqual(editor.document.languageId, 'yaml');
    assert.match(editor.document.getText(), /^apiVersion: v3\.2\.0$/m);
    assert.strictEqual(editor.viewColumn, vscode.ViewColumn.Two, 'beside the original');
    assert.strictEqual(document.getText(), dcs, 'the original is not edited');
    assert.strictEqual(document.isDirty, false);
  });
});

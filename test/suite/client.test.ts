// What a newcomer clicks in the VS Code client: the score view's links, "Lint all contracts in workspace" against
// the CLI, the new-contract flow (where it is saved), the output channel and the walkthrough's owner step.
import * as assert from 'node:assert';
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  activateExtension,
  closeAll,
  lineOf,
  linted,
  openContract,
  ours,
  rangeOf,
  workspaceUri,
  type TestApi,
  waitForTab,
} from './helpers';

interface ClientApi extends TestApi {
  scoreViewHtml(uri: vscode.Uri): string | undefined;
  recentLog(): string[];
  walkthroughOwnerNamed(): boolean;
  suggestContractFolder(domain: string): Promise<vscode.Uri | undefined>;
}

const api = async () => (await activateExtension()) as ClientApi;
const hasDatetime = (d: vscode.Diagnostic[]) => d.some((x) => x.message.includes('datetime'));

/** Resolves with the active editor once `accept` holds for it. */
function waitForActiveEditor(
  accept: (e: vscode.TextEditor) => boolean,
  what: string,
  timeoutMs = 15000,
): Promise<vscode.TextEditor> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const editor = vscode.window.activeTextEditor;
      if (editor && accept(editor)) {
        cleanup();
        resolve(editor);
        return true;
      }
      return false;
    };
    const listeners = [
      vscode.window.onDidChangeActiveTextEditor(check),
      vscode.window.onDidChangeTextEditorSelection(check),
    ];
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    function cleanup() {
      clearTimeout(timer);
      for (const l of listeners) l.dispose();
    }
    check();
  });
}

/** The anchors of an HTML page: their text and href (entities decoded). */
function anchors(html: string): { text: string; href: string }[] {
  const decode = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map(([, href, text]) => ({
    href: decode(href),
    text: decode(text.replace(/<[^>]+>/g, '')),
  }));
}

/** Runs a `command:` link as the webview does when it is clicked (URIs in the arguments revived from JSON). */
async function click(href: string): Promise<void> {
  const match = /^command:([\w.]+)(?:\?(.*))?$/.exec(href);
  assert.ok(match, `${href} is a command link`);
  const args = match[2] ? (JSON.parse(decodeURIComponent(match[2])) as unknown[]) : [];
  const revived = args.map((a) =>
    a && typeof a === 'object' && '$mid' in a ? vscode.Uri.from(a as unknown as vscode.Uri) : a,
  );
  await vscode.commands.executeCommand(match[1], ...revived);
}

describe('score view', () => {
  afterEach(closeAll);

  it('opens as "Quality score — <file>" with clickable links that open the contract at the line concerned', async () => {
    const client = await api();
    const { editor } = await openContract('contracts/orders.odcs.yaml', hasDatetime);
    const contract = editor.document.uri;
    await vscode.commands.executeCommand('dclens.showScore', contract);
    await waitForTab(/^Quality score — orders\.odcs\.yaml$/);
    const html = client.scoreViewHtml(contract);
    assert.ok(html, 'the view has rendered');
    // No markdown link is left as text.
    assert.doesNotMatch(html, /\]\((?:file|vscode-remote):/);
    const links = anchors(html).filter((a) => a.href.startsWith('command:dclens.openAt?'));
    assert.ok(
      links.some((l) => l.text === 'open the contract'),
      JSON.stringify(anchors(html).slice(0, 5)),
    );
    const next = links.find((l) => /%2C\d+%5D$/.test(l.href));
    assert.ok(next, 'a next step links to its line');
    const args = JSON.parse(decodeURIComponent(next.href.slice(next.href.indexOf('?') + 1))) as [string, number];
    assert.strictEqual(args[0], contract.toString());
    const line = args[1] - 1;
    assert.ok(
      line >= 0 && line < editor.document.lineCount,
      `line ${line + 1} is in the ${editor.document.lineCount}-line file`,
    );

    // Clicking it: move the cursor away first, then the link puts it back on that line.
    editor.selection = new vscode.Selection(line === 0 ? 1 : 0, 0, line === 0 ? 1 : 0, 0);
    await click(next.href);
    const opened = await waitForActiveEditor(
      (e) => e.document.uri.toString() === contract.toString() && e.selection.active.line === line,
      `the contract with line ${line + 1} selected`,
    );
    assert.strictEqual(opened.selection.active.line, line);
  });

  it('re-renders when the contract changes', async () => {
    const client = await api();
    const { editor } = await openContract('contracts/orders.odcs.yaml', hasDatetime);
    await vscode.commands.executeCommand('dclens.showScore', editor.document.uri);
    const before = client.scoreViewHtml(editor.document.uri);
    await editor.edit((b) => b.replace(rangeOf(editor.document, 'physicalName'), 'physicalNam'));
    await linted(editor.document);
    await vscode.commands.executeCommand('dclens.showScore', editor.document.uri);
    const after = client.scoreViewHtml(editor.document.uri);
    assert.notStrictEqual(after, before);
    assert.match(after ?? '', /problems/);
  });
});

/** The CLI's findings per workspace-relative file, run on the same workspace. */
async function cliFindings(root: vscode.Uri): Promise<Map<string, number>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
  const cli = path.join(extension.extensionUri.fsPath, 'dist', 'cli.js');
  const stdout = await new Promise<string>((resolve, reject) => {
    // Exit code 1 means "errors found": the report is still on stdout.
    execFile(
      process.execPath,
      [cli, 'lint', '.', '--format', 'json'],
      { cwd: root.fsPath, maxBuffer: 16 << 20, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } },
      (error, out) => (out ? resolve(out) : reject(error ?? new Error('no output'))),
    );
  });
  const report = JSON.parse(stdout) as { files: { file: string; findings: unknown[] }[] };
  return new Map(report.files.map((f) => [f.file, f.findings.length]));
}

describe('Lint all contracts in workspace', () => {
  afterEach(closeAll);

  it("finds what the CLI finds, file by file, and leaves an open contract's findings as the editor shows them", async () => {
    const root = vscode.workspace.workspaceFolders![0].uri;
    const { editor, diagnostics: before } = await openContract('contracts/orders.odcs.yaml', hasDatetime);
    await (await api()).whenCatalogueLoaded(editor.document.uri);
    await linted(editor.document);
    const shown = ours(editor.document.uri)
      .map((d) => `${d.range.start.line} ${d.message}`)
      .sort();
    assert.ok(before.length > 0);
    const summary = await vscode.commands.executeCommand<{ contracts: number; problems: number }>(
      'dclens.lintWorkspace',
    );
    const cli = await cliFindings(root);
    const total = [...cli.values()].reduce((a, b) => a + b, 0);
    assert.strictEqual(summary.contracts, cli.size, 'as many contracts as the CLI');
    assert.strictEqual(summary.problems, total, 'as many problems as the CLI');
    for (const [file, count] of cli) {
      assert.strictEqual(ours(vscode.Uri.joinPath(root, file)).length, count, `${file}: Problems panel and CLI agree`);
    }
    assert.deepStrictEqual(
      ours(editor.document.uri)
        .map((d) => `${d.range.start.line} ${d.message}`)
        .sort(),
      shown,
      'the open contract keeps the findings the editor computed (catalogue included)',
    );
  });
});

describe('New data contract', () => {
  afterEach(closeAll);

  it("suggests saving beside the domain's other contracts, else where most contracts are", async () => {
    const client = await api();
    const root = vscode.workspace.workspaceFolders![0].uri;
    assert.strictEqual(
      (await client.suggestContractFolder('sales'))?.toString(),
      vscode.Uri.joinPath(root, 'contracts/sales').toString(),
    );
    assert.strictEqual(
      (await client.suggestContractFolder('Logistics'))?.toString(),
      vscode.Uri.joinPath(root, 'contracts').toString(),
    );
    assert.strictEqual(
      (await client.suggestContractFolder('prisons'))?.toString(),
      vscode.Uri.joinPath(root, 'contracts').toString(),
      'a new domain goes where most contracts live, not to the workspace root',
    );
  });

  it('creates the file where the user chose, not in the workspace root, with the skeleton to fill in', async () => {
    const target = workspaceUri('contracts/sales/vouchers.odcs.yaml');
    try {
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>('dclens.newContract', {
        name: 'Vouchers',
        domain: 'sales',
        owner: 'jane.doe',
        saveAs: 'contracts/sales/vouchers.odcs.yaml',
      });
      assert.strictEqual(editor.document.uri.toString(), target.toString());
      assert.strictEqual(editor.document.languageId, 'yaml');
      await vscode.workspace.fs.stat(target);
      await assert.rejects(
        Promise.resolve(vscode.workspace.fs.stat(workspaceUri('vouchers.odcs.yaml'))),
        'nothing written to the workspace root',
      );
      const text = editor.document.getText();
      // Inserted as a snippet: the cursor is on the first value only the user knows, and Tab moves to the next.
      const selected = (e: vscode.TextEditor) => e.document.getText(e.selection);
      await waitForActiveEditor(
        (e) => e.document === editor.document && /^TODO\b/.test(selected(e)),
        'the first tab stop selected',
      );
      const firstLine = editor.selection.start.line;
      await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
      await waitForActiveEditor(
        (e) => e.document === editor.document && e.selection.start.line !== firstLine && /^TODO\b/.test(selected(e)),
        'Tab to go to the next value to fill in',
      );
      assert.match(text, /^kind: DataContract$/m);
      assert.match(text, /^domain: sales$/m);
      assert.match(text, /jane\.doe/);
      assert.ok(await editor.document.save(), 'Save writes it without asking where');
      await linted(editor.document);
      assert.deepStrictEqual(
        ours(editor.document.uri)
          .filter((d) => d.severity === vscode.DiagnosticSeverity.Error)
          .map((d) => d.message),
        [],
      );
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });
});

describe('output channel', () => {
  afterEach(closeAll);

  it('"Show output" opens the Data Contract Lens channel, which logs activation and the catalogue', async () => {
    const client = await api();
    const { editor } = await openContract('contracts/orders.odcs.yaml', hasDatetime);
    await client.whenCatalogueLoaded(editor.document.uri);
    const lines = client.recentLog();
    assert.ok(
      lines.some((l) => /^info Activated in \d+ ms/.test(l)),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((l) => /^info Owner catalogue of \S+ loaded in \d+ ms\.$/.test(l)),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((l) => /^info First findings published \d+ ms after activation began/.test(l)),
      lines.join('\n'),
    );
    const shown = new Promise<vscode.TextDocument>((resolve) => {
      const found = () =>
        vscode.workspace.textDocuments.find(
          (d) =>
            d.uri.scheme === 'output' &&
            /Data Contract Lens|data-contract-lens/i.test(decodeURIComponent(d.uri.toString())),
        );
      const now = found();
      if (now) {
        resolve(now);
        return;
      }
      const listener = vscode.workspace.onDidOpenTextDocument(() => {
        const d = found();
        if (d) {
          listener.dispose();
          resolve(d);
        }
      });
    });
    await vscode.commands.executeCommand('dclens.showOutput');
    const document = await shown;
    assert.strictEqual(document.uri.scheme, 'output');
  });
});

describe('walkthrough', () => {
  afterEach(closeAll);

  it('"Name an owner" is done only once an edit names a Data Owner, not when a contract is opened', async () => {
    const client = await api();
    const { editor } = await openContract('contracts/orders.odcs.yaml', hasDatetime);
    assert.ok(
      ours(editor.document.uri).some((d) => /Data Owner|team/i.test(d.message)),
      'orders has no owner yet',
    );
    assert.strictEqual(client.walkthroughOwnerNamed(), false);
    const at = lineOf(editor.document, 'schema:');
    await editor.edit((b) =>
      b.insert(
        new vscode.Position(at, 0),
        'team:\n  name: sales-data\n  members:\n    - username: jane.doe\n      role: Data Owner\n',
      ),
    );
    await linted(editor.document);
    assert.strictEqual(client.walkthroughOwnerNamed(), true);
  });
});

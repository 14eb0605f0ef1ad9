import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, closeAll, workspaceUri, type DclensApi } from './helpers';

// data-tests/payments.csv has two rows without an amount: the nullValues rule of amount_pence fails with 2.
const CONTRACT = 'data-tests/payments.odcs.yaml';
const SOURCE = 'dclens test';

interface DataTestsApi extends DclensApi {
  dataTests: { itemIds(): Promise<string[]>; runAll(uris?: vscode.Uri[]): Promise<void> };
}

const testDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);

/** Resolves with the data test diagnostics of `uri` once `accept` holds (checked now and on every change). */
function waitForTestDiagnostics(
  uri: vscode.Uri,
  accept: (d: vscode.Diagnostic[]) => boolean,
  timeoutMs = 30000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const current = testDiagnostics(uri);
      if (!accept(current)) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(current);
    };
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out waiting for '${SOURCE}' diagnostics on ${uri.path}`));
    }, timeoutMs);
    check();
  });
}

async function lineOf(uri: vscode.Uri, needle: string): Promise<number> {
  const document = await vscode.workspace.openTextDocument(uri);
  const line = document
    .getText()
    .split('\n')
    .findIndex((l) => l.includes(needle));
  assert.notStrictEqual(line, -1, needle);
  return line;
}

describe('Test Explorer', () => {
  afterEach(closeAll);

  it("lists a contract's checks and runs them against its CSV file: the failing rule shows at its line", async () => {
    const api = (await activateExtension()) as DataTestsApi;
    const uri = workspaceUri(CONTRACT);
    const ids = await api.dataTests.itemIds();
    const checkId = `${uri.toString()}#payments.amount_pence.quality[0]`;
    assert.ok(ids.includes(uri.toString()), 'the contract is listed');
    assert.ok(ids.includes(`${uri.toString()}#payments`), 'its schema object is listed');
    assert.ok(
      ids.includes(checkId),
      `its nullValues rule is listed (${ids.filter((i) => i.includes('payments')).length} items)`,
    );
    assert.deepStrictEqual(testDiagnostics(uri), [], 'nothing ran before the user asked');

    await api.dataTests.runAll([uri]);
    const diagnostics = await waitForTestDiagnostics(uri, (d) => d.length > 0);
    assert.strictEqual(diagnostics.length, 1, diagnostics.map((d) => d.message).join(' | '));
    const [nulls] = diagnostics;
    assert.strictEqual(nulls.range.start.line, await lineOf(uri, '- metric: nullValues'));
    assert.match(nulls.message, /^2 rows have no amount_pence/);
    assert.strictEqual(nulls.severity, vscode.DiagnosticSeverity.Warning);
  });
});

describe('Restricted Mode: Test Explorer', () => {
  it('lists no data contracts and runs nothing', async () => {
    const api = (await activateExtension()) as DataTestsApi;
    assert.strictEqual(vscode.workspace.isTrusted, false);
    assert.deepStrictEqual(await api.dataTests.itemIds(), []);
    const uri = workspaceUri(CONTRACT);
    await api.dataTests.runAll([uri]);
    // Open the contract and wait for its lint: had a run happened, its results would be published with it.
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the contract was not linted')), 30000);
      const check = () => {
        if (vscode.languages.getDiagnostics(uri).some((d) => d.source === 'dclens')) {
          clearTimeout(timer);
          listener.dispose();
          resolve();
        }
      };
      const listener = vscode.languages.onDidChangeDiagnostics(check);
      check();
    });
    assert.deepStrictEqual(testDiagnostics(uri), []);
    await closeAll();
  });
});

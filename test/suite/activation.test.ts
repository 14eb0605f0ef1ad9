import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, closeAll, note, openContract, ours, waitForDiagnostics, workspaceUri, type TestApi } from './helpers';

describe('activation', () => {
  after(closeAll);

  it('activates for a contract and lints it', async () => {
    const { editor } = await openContract('contracts/orders.odcs.yaml');
    const api = await activateExtension();
    assert.ok(vscode.extensions.getExtension('data-contract-lens.data-contract-lens')?.isActive);
    assert.ok(api.contractUris().includes(editor.document.uri.toString()));
    // Activation registers providers only; linting waits for a contract. The time is reported for `npm run bench`.
    note(`      activation took ${api.activationMs.toFixed(1)} ms`);
    assert.strictEqual((api as TestApi).restrictedNotice, 'trusted', 'no Restricted Mode notice in a trusted workspace');
  });

  it('leaves other YAML alone: never treated as a contract, no problems', async () => {
    const api = await activateExtension();
    const other = workspaceUri('.github/workflows/build.yml');
    const document = await vscode.workspace.openTextDocument(other);
    await vscode.window.showTextDocument(document);
    // Open a contract afterwards: once its findings are in, the workflow file has certainly been seen too.
    const contract = workspaceUri('contracts/customers.odcs.yaml');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(contract));
    await waitForDiagnostics(contract, (d) => d.length > 0);
    assert.strictEqual(document.languageId, 'yaml');
    assert.ok(!api.contractUris().includes(other.toString()), 'the workflow file is not tracked as a contract');
    assert.deepStrictEqual(ours(other), []);
  });
});

import * as assert from 'node:assert';
import * as vscode from 'vscode';

describe('harness', () => {
  it('has the test workspace open', () => {
    assert.ok(vscode.workspace.workspaceFolders?.length);
  });
});

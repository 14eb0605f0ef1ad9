import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { closeAll, linted, openContract, ours, waitForTab } from './helpers';

const untitled = (name: string) => vscode.Uri.from({ scheme: 'untitled', path: `/${name}` });

describe('commands', () => {
  afterEach(closeAll);

  it('New data contract creates a contract with the given name, domain and owner, without errors', async () => {
    // An untitled target skips the save dialog (the suite cannot click it); client.test.ts covers saving.
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('dclens.newContract', {
      name: 'Prison population',
      domain: 'prisons',
      owner: 'jane.doe',
      saveAs: untitled('prison-population.odcs.yaml'),
    });
    const document = editor.document;
    assert.strictEqual(document.uri.scheme, 'untitled');
    assert.match(document.uri.path, /prison-population\.odcs\.yaml$/);
    assert.strictEqual(document.languageId, 'yaml');
    const text = document.getText();
    assert.match(text, /^apiVersion: v3\.2\.0$/m);
    assert.match(text, /^kind: DataContract$/m);
    assert.match(text, /^domain: prisons$/m);
    assert.match(text, /username: jane\.doe/);
    assert.match(text, /role: Data Owner/);
    await linted(document);
    // What only the user knows is marked for them to fill in (placeholders are flagged), never an error.
    assert.deepStrictEqual(
      ours(document.uri)
        .filter((d) => d.severity === vscode.DiagnosticSeverity.Error)
        .map((d) => d.message),
      [],
    );
  });

  it('New data contract writes the ODCS version dclens.newContract.odcsVersion asks for, still with no problems', async () => {
    const config = vscode.workspace.getConfiguration('dclens');
    await config.update('newContract.odcsVersion', 'v3.0.2', vscode.ConfigurationTarget.Workspace);
    try {
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>('dclens.newContract', {
        name: 'Court cases',
        domain: 'courts',
        owner: 'sam.jones',
        saveAs: untitled('court-cases.odcs.yaml'),
      });
      const text = editor.document.getText();
      assert.match(text, /^apiVersion: v3\.0\.2$/m);
      assert.match(text, /^team:\n {2}- username: sam\.jones$/m, 'v3.0.2 lists the team members');
      await linted(editor.document);
      assert.deepStrictEqual(
        ours(editor.document.uri)
          .filter((d) => d.severity === vscode.DiagnosticSeverity.Error)
          .map((d) => d.message),
        [],
      );
    } finally {
      await config.update('newContract.odcsVersion', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('Format SQL rewrites the query as a readable block and changes nothing else', async () => {
    const { editor } = await openContract('contracts/deliveries.odcs.yaml');
    const before = editor.document.getText();
    assert.ok(await vscode.commands.executeCommand<boolean>('dclens.formatSql'));
    const after = editor.document.getText();
    assert.match(after, /^ {8}query: \|\n {10}select\n {12}count\(\*\)\n {10}from\n {12}\{object\}\n/m);
    const outsideQuery = (text: string) => text.split('\n').filter((l) => !/^ {8}query:|^ {10}/.test(l));
    assert.deepStrictEqual(outsideQuery(after), outsideQuery(before));
    assert.ok(after.includes('# keep this comment'));
    // Formatting twice changes nothing the second time.
    await vscode.commands.executeCommand('dclens.formatSql');
    assert.strictEqual(editor.document.getText(), after);
  });
});

describe('help commands', () => {
  afterEach(closeAll);

  it("Show rule documentation opens the rule's page beside the contract", async () => {
    await openContract('contracts/customers.odcs.yaml');
    await vscode.commands.executeCommand('dclens.showRuleDocumentation', 'schema-unknown-key');
    assert.match((await waitForTab(/schema-unknown-key/)).label, /Preview/);
  });

  it('Open walkthrough shows the getting-started walkthrough, whose every image is shipped', async () => {
    const extension = vscode.extensions.getExtension('data-contract-lens.data-contract-lens')!;
    const [walkthrough] = extension.packageJSON.contributes.walkthroughs as Array<{
      id: string;
      steps: Array<{ media: { image: string } }>;
    }>;
    assert.strictEqual(walkthrough.id, 'dclens.gettingStarted');
    for (const step of walkthrough.steps)
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, step.media.image));
    await vscode.commands.executeCommand('dclens.openWalkthrough');
    await waitForTab(/welcome|walkthrough/i);
  });
});

import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, closeAll, codeOf, openContract, waitForDiagnostics, type TestApi } from './helpers';

async function quickFixes(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    document.uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
}

const has = (diagnostics: vscode.Diagnostic[], text: string) =>
  diagnostics.some((d) => d.message.toLowerCase().includes(text));
/** Keyed by the rule id, the one identifier a diagnostic carries (messages are reworded over time). */
const noTeam = (d: vscode.Diagnostic) => codeOf(d) === 'no-team';
const commentLines = (text: string) => text.split('\n').filter((l) => l.includes('#'));

describe('code actions', () => {
  afterEach(closeAll);

  it("offers the rule's fix first; applying it keeps every comment and clears the problem", async () => {
    const { editor, diagnostics } = await openContract('contracts/customers.odcs.yaml', (d) => has(d, 'descripton'));
    const document = editor.document;
    const typo = diagnostics.find((d) => d.message.includes("unknown key 'descripton'"));
    assert.ok(typo);
    // The range holds only this problem, so every action offered is about it.
    const actions = await quickFixes(document, typo);
    const titles = actions.map((a) => a.title);
    assert.strictEqual(titles[0], "Rename to 'description'");
    assert.ok(actions[0].isPreferred);
    assert.ok(titles.includes('Disable schema-unknown-key for this line'), titles.join(' | '));
    assert.ok(titles.includes('Disable schema-unknown-key for this file'), titles.join(' | '));
    assert.ok(
      titles.some((t) => /^Show documentation for schema-unknown-key \(DCL\d{3}\)$/.test(t)),
      titles.join(' | '),
    );

    const before = document.getText();
    assert.ok(await vscode.workspace.applyEdit(actions[0].edit!));
    assert.match(document.getText(), /^ {8}description: Unique identifier of the customer\.$/m);
    assert.deepStrictEqual(commentLines(document.getText()), commentLines(before));
    await waitForDiagnostics(
      document.uri,
      (d) => !d.some((x) => x.message.includes('descripton')),
      'the typo problem to go',
    );
  });

  it("keeps the file's comments when a suggestion inserts a block (add a team), never the preferred fix", async () => {
    const { editor, diagnostics } = await openContract('contracts/orders.odcs.yaml', (d) => d.some(noTeam));
    const document = editor.document;
    const missing = diagnostics.find(noTeam);
    assert.ok(missing, 'the contract is reported as having no team');
    const actions = await quickFixes(document, missing);
    const fix = actions.find((a) => a.title === 'Add a team with a Data Owner member to fill in');
    assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(!fix.isPreferred, 'a team to fill in is a suggestion, never the preferred (automatic) fix');
    const before = document.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const after = document.getText();
    assert.deepStrictEqual(commentLines(after), commentLines(before));
    assert.match(after, /^team:\n {2}name: /m);
    await waitForDiagnostics(document.uri, (d) => !d.some(noTeam), 'the no-team problem to go');
  });

  it('"Disable for this line" inserts the comment above, at the same indentation, and the problem goes', async () => {
    const { editor, diagnostics } = await openContract('contracts/customers.odcs.yaml', (d) => has(d, 'descripton'));
    const document = editor.document;
    const typo = diagnostics.find((d) => d.message.includes('descripton'))!;
    const disable = (await quickFixes(document, typo)).find((a) => a.title.startsWith('Disable'))!;
    assert.ok(await vscode.workspace.applyEdit(disable.edit!));
    const line = typo.range.start.line;
    assert.strictEqual(document.lineAt(line).text, '        # dclens-disable-next-line schema-unknown-key');
    assert.match(document.lineAt(line + 1).text, /^ {8}descripton:/);
    await waitForDiagnostics(
      document.uri,
      (d) => !d.some((x) => x.message.includes('descripton')),
      'the suppressed problem to go',
    );
  });

  it('"Disable for this file" puts the comment on the first line, and the problem goes', async () => {
    const { editor, diagnostics } = await openContract('contracts/customers.odcs.yaml', (d) => has(d, 'descripton'));
    const document = editor.document;
    const typo = diagnostics.find((d) => d.message.includes('descripton'))!;
    const disable = (await quickFixes(document, typo)).find(
      (a) => a.title === 'Disable schema-unknown-key for this file',
    );
    assert.ok(disable?.edit);
    const firstLine = document.lineAt(0).text;
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    assert.strictEqual(document.lineAt(0).text, '# dclens-disable schema-unknown-key');
    assert.strictEqual(document.lineAt(1).text, firstLine);
    await waitForDiagnostics(
      document.uri,
      (d) => d.length > 0 && !d.some((x) => x.message.includes('descripton')),
      'the disabled problem to go',
    );
  });

  it('the light bulb offers "Fix all safe problems", which fixes every safe problem of the file at once', async () => {
    const { editor, diagnostics } = await openContract('contracts/customers.odcs.yaml', (d) => has(d, 'descripton'));
    const document = editor.document;
    await editor.edit((b) =>
      b.insert(new vscode.Position(document.lineCount - 1, 0), '      - name: extra\n        logicalType: strin\n'),
    );
    await waitForDiagnostics(document.uri, (d) => has(d, "'strin'"), 'the second typo');
    const typo = diagnostics.find((d) => d.message.includes('descripton'))!;
    const all = (await quickFixes(document, typo)).find((a) => a.title === 'Fix all safe problems');
    assert.ok(all?.edit, 'offered beside the quick fix');
    assert.ok(await vscode.workspace.applyEdit(all.edit));
    assert.match(document.getText(), /description: Unique identifier/);
    assert.match(document.getText(), /logicalType: string\n$/);
  });

  it('source.fixAll.dclens applies every safe fix at once, and no suggestion', async () => {
    const { editor } = await openContract(
      'contracts/customers.odcs.yaml',
      (d) => has(d, 'descripton') && d.some(noTeam),
    );
    const document = editor.document;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      new vscode.Range(0, 0, 0, 0),
      'source.fixAll.dclens',
    );
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.dclens');
    assert.ok(fixAll?.edit, 'a fix-all action is offered');
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    const text = document.getText();
    assert.match(text, /description: Unique identifier/);
    assert.doesNotMatch(text, /^team:/m, 'a team to fill in is a suggestion, never applied by fix-all');
    await waitForDiagnostics(
      document.uri,
      (d) => d.every((x) => !x.message.includes('descripton')) && d.some(noTeam),
      'the typo to go and the no-team problem to stay',
    );
  });

  it('the "Fix all problems" command fixes the active contract and leaves its declared version alone', async () => {
    const { editor } = await openContract('contracts/legacy/shipments.odcs.yaml', (d) => has(d, 'v3.0.2'));
    const document = editor.document;
    await editor.edit((b) =>
      b.insert(new vscode.Position(document.lineCount - 1, 0), '        descripton: The shipment number.\n'),
    );
    await waitForDiagnostics(document.uri, (d) => has(d, 'descripton'), 'the typo to be reported');
    const applied = await vscode.commands.executeCommand<number>('dclens.fixAll');
    assert.ok(applied >= 1);
    assert.match(document.getText(), /^ {8}description: The shipment number\.$/m);
    // Declaring v3.1.0 is a promise (tools then check the contract against it): a suggestion, never applied by fix-all.
    assert.strictEqual(document.lineAt(0).text, 'apiVersion: v3.0.2');
  });

  it('fixes on save with "editor.codeActionsOnSave": {"source.fixAll.dclens": "explicit"}', async () => {
    const editorConfig = vscode.workspace.getConfiguration('editor', { languageId: 'yaml' });
    await editorConfig.update(
      'codeActionsOnSave',
      { 'source.fixAll.dclens': 'explicit' },
      vscode.ConfigurationTarget.Workspace,
      true,
    );
    try {
      const { editor } = await openContract('contracts/legacy/pickups.odcs.yaml', (d) => has(d, 'v3.0.2'));
      // Save right after typing, before the debounced lint: the fix-all must still see this text's problems.
      const document = editor.document;
      await editor.edit((b) => {
        b.insert(new vscode.Position(1, 0), '# pickups, as recorded by the courier\n');
        b.insert(new vscode.Position(document.lineCount - 1, 0), '        descripton: The pickup number.\n');
      });
      await document.save();
      assert.match(document.getText(), /^ {8}description: The pickup number\.$/m);
      assert.match(document.getText(), /^# pickups, as recorded by the courier$/m);
      assert.strictEqual(document.lineAt(0).text, 'apiVersion: v3.0.2');
    } finally {
      await editorConfig.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    }
  });
});

describe('owner suggestions as quick fixes', () => {
  afterEach(closeAll);

  it('offers the catalogue\'s best Data Owner candidates on "no Data Owner", applied only when chosen', async () => {
    const api = (await activateExtension()) as TestApi;
    const { editor } = await openContract('contracts/orders.odcs.yaml');
    const document = editor.document;
    await api.whenCatalogueLoaded(document.uri);
    const end = document.lineAt(document.lineCount - 1).range.end;
    await editor.edit((b) =>
      b.insert(
        end,
        '\nteam:\n  name: sales-analytics\n  members:\n    - username: lee.chen\n      role: Data Custodian\n',
      ),
    );
    const diagnostics = await waitForDiagnostics(
      document.uri,
      (d) => d.some((x) => /Add a Data Owner to the team/.test(x.message)),
      'the no Data Owner problem',
    );
    const noOwner = diagnostics.find((d) => /Add a Data Owner to the team/.test(d.message))!;
    const actions = await quickFixes(document, noOwner);
    const priya = actions.find((a) => a.title.startsWith('Add Priya Shah (priya.shah) as Data Owner'));
    assert.ok(priya?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(!priya.isPreferred, 'a person is never the preferred (automatic) fix');
    assert.ok(await vscode.workspace.applyEdit(priya.edit));
    assert.match(document.getText(), /- username: priya\.shah\n {6}name: Priya Shah\n {6}role: Data Owner/);
    await waitForDiagnostics(
      document.uri,
      (d) => !d.some((x) => /Add a Data Owner to the team/.test(x.message)),
      'the problem to go',
    );
  });
});

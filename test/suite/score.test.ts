import * as assert from 'node:assert';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAll,
  codeOf,
  openContract,
  ours,
  rangeOf,
  waitForDiagnostics,
  type TestApi,
} from './helpers';

async function lenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  return vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 10);
}

const hasDatetime = (d: vscode.Diagnostic[]) => d.some((x) => x.message.includes('datetime'));

describe('quality score', () => {
  afterEach(closeAll);

  it('shows a CodeLens on the first line with the score by area and the number of problems', async () => {
    const { editor } = await openContract('contracts/orders.odcs.yaml', hasDatetime);
    const found = (await lenses(editor.document.uri)).filter((l) => l.command?.command === 'dclens.showScore');
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].range.start.line, 0);
    const title = found[0].command!.title;
    // The weakest areas first, then the number of problems.
    assert.match(
      title,
      /^Quality \d+\/100 · (?:(?:completeness|uniqueness|consistency|timeliness|validity|accuracy|ownership|documentation) \d+ · ){4}(?:… · )?\d+ problems?$/,
    );
    const problems = Number(/(\d+) problems?$/.exec(title)![1]);
    assert.strictEqual(problems, ours(editor.document.uri).length);
  });

  it('the CodeLens follows edits: a new mistake raises its count', async () => {
    const { editor } = await openContract('contracts/orders.odcs.yaml', hasDatetime);
    const countIn = async () =>
      Number(/(\d+) problems?$/.exec((await lenses(editor.document.uri))[0].command!.title)![1]);
    const before = await countIn();
    await editor.edit((b) => b.replace(rangeOf(editor.document, 'physicalName'), 'physicalNam'));
    await waitForDiagnostics(
      editor.document.uri,
      (d) => d.some((x) => x.message.includes('physicalNam')),
      'the new typo',
    );
    assert.strictEqual(await countIn(), before + 1);
    assert.strictEqual(await countIn(), ours(editor.document.uri).length);
  });

  it('opens a breakdown with each area, what raises it, and links to the lines concerned', async () => {
    const { editor } = await openContract('contracts/orders.odcs.yaml', hasDatetime);
    const view = await vscode.commands.executeCommand<vscode.Uri>('dclens.showScore', editor.document.uri);
    const text = (await vscode.workspace.openTextDocument(view)).getText();
    assert.match(text, /^# Quality \d+\/100 — Orders$/m);
    for (const area of ['completeness', 'uniqueness', 'timeliness', 'ownership', 'documentation']) {
      assert.match(text, new RegExp(`^## ${area}\n\n\\*\\*\\d+/100\\*\\*`, 'm'));
    }
    // What raises an area, as a link to the line concerned in this contract.
    const contract = editor.document.uri.toString();
    const links = [...text.matchAll(/\*\*Next:\*\* \[[^\]]+\]\(([^)]+)#L(\d+)\)/g)];
    assert.ok(links.length > 0, text);
    for (const [, target, line] of links) {
      assert.strictEqual(target, contract);
      assert.ok(Number(line) >= 1 && Number(line) <= editor.document.lineCount);
    }
  });

  it('one score everywhere: when the catalogue adds a finding, the lens, status bar, view and Problems agree', async () => {
    const api = (await activateExtension()) as TestApi;
    // The owner-has-left finding exists only once the folder's catalogue (its people directory) has loaded.
    const { editor } = await openContract('catalogued/hearings.odcs.yaml', (d) =>
      d.some((x) => codeOf(x) === 'owner-has-left'),
    );
    const uri = editor.document.uri;
    const lens = (await lenses(uri)).find((l) => l.command?.command === 'dclens.showScore')!.command!.title;
    const overall = Number(/^Quality (\d+)\/100/.exec(lens)![1]);
    assert.strictEqual(Number(/(\d+) problems?$/.exec(lens)![1]), ours(uri).length);
    assert.strictEqual(api.statusBarText(), `$(checklist) Quality ${overall}`);
    const view = await vscode.commands.executeCommand<vscode.Uri>('dclens.showScore', uri);
    const text = (await vscode.workspace.openTextDocument(view)).getText();
    assert.match(text, new RegExp(`^# Quality ${overall}/100`, 'm'));
  });

  it("shows the active contract's score in the status bar, and hides it for other files", async () => {
    const api = (await activateExtension()) as TestApi;
    await openContract('contracts/orders.odcs.yaml', hasDatetime);
    assert.match(api.statusBarText() ?? '', /^\$\(checklist\) Quality \d+$/);
    const other = await vscode.workspace.openTextDocument(
      vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.github/workflows/build.yml'),
    );
    await vscode.window.showTextDocument(other);
    assert.strictEqual(api.statusBarText(), undefined);
  });
});

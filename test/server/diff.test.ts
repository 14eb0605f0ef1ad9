// Changes since the base version in git, in the language server over stdio: the breaking and warning changes as
// diagnostics beside the lint findings, the version CodeLens, the "Bump version" quick fix and the base text of
// "Compare with base", each in a real temporary git repository; nothing at all when the setting is off, the
// workspace is not trusted or the file is not in git.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contract } from '../diff/contract-template';
import { git } from '../diff/run-diff';
import { BASE_TEXT, type BaseTextResult } from '../../src/server/protocol';
import { applyTextEdits, LspClient, uriOf, type PublishDiagnostics, type TextEdit } from './lsp-client';

const SOURCE = 'dclens diff';
const note = '- name: note\n  logicalType: string';

interface Lens {
  range: { start: { line: number } };
  command?: { title: string; command: string; arguments?: unknown[] };
}
interface Action {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  diagnostics?: unknown[];
  edit?: { changes: Record<string, TextEdit[]> };
}

describe('changes since the base version in the language server', function () {
  this.timeout(120_000);
  let dir: string;
  let file: string;
  let uri: string;
  let client: LspClient | undefined;
  const on = { diff: { showBreakingChanges: true } };

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-lsp-diff-'));
    git(dir, 'init', '-q', '-b', 'main');
    file = path.join(dir, 'fines.odcs.yaml');
    uri = uriOf(file);
    writeFileSync(file, contract({ version: '"1.0.0"', props: note }));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'first contract');
  });
  afterEach(() => {
    client?.kill();
    client = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const diffOf = (p: PublishDiagnostics) => p.diagnostics.filter((d) => d.source === SOURCE);
  const lenses = (c: LspClient) => c.request<Lens[] | null>('textDocument/codeLens', { textDocument: { uri } });
  const verdictLens = async (c: LspClient) =>
    ((await lenses(c)) ?? []).find((l) => l.command?.command === 'dclens.compareWithBase');
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

  /** Starts the server and counts its requests to refresh code lenses (sent when a verdict changes). */
  let refreshed: Array<() => void> = [];
  const start = async (options: Parameters<typeof LspClient.start>[0]) => {
    const c = await LspClient.start(options);
    refreshed = [];
    c.connection.onRequest('workspace/codeLens/refresh', () => {
      for (const wake of refreshed.splice(0)) wake();
      return null;
    });
    return c;
  };
  /** The verdict lens's title once it is `expected`, asking again after each refresh (bounded, never a sleep). */
  const lensTitle = async (c: LspClient, expected: string): Promise<string | undefined> => {
    let title: string | undefined;
    for (let attempt = 0; attempt < 20; attempt++) {
      const next = new Promise<void>((resolve) => refreshed.push(resolve));
      title = (await verdictLens(c))?.command?.title;
      if (title === expected) return title;
      await Promise.race([
        next,
        c.nextDiagnostics(uri, () => true, c.diagnostics.length, 10_000).catch(() => undefined),
      ]);
    }
    return title;
  };

  it('shows a removed property as a warning at its parent, says what the version needs, and bumps it', async () => {
    client = await start({ root: dir, settings: on });
    // 'note' removed and 'amount' required: one breaking change (consumer) and one info (not shown).
    const edited = contract({ version: '"1.0.0"', amount: 'logicalType: number\nrequired: true' });
    await client.open(uri, edited);
    const published = await client.nextDiagnostics(uri, (p) => diffOf(p).length > 0, 0);
    const changes = diffOf(published);
    assert.equal(changes.length, 1, JSON.stringify(changes));
    const [removed] = changes;
    assert.equal(removed.code, 'property-removed');
    assert.equal(removed.severity, 2, 'breaking is a warning while editing, not an error');
    assert.equal(removed.range.start.line, lineOf(edited, '- name: fines'));
    assert.match(removed.message, /^Property 'note' of schema 'fines' was removed; .* \(since main\)$/);
    assert.ok(
      published.diagnostics.some((d) => d.source === 'dclens'),
      'the lint findings are published with them',
    );

    const verdict = await verdictLens(client);
    assert.equal(verdict?.command?.title, '1 breaking change since main — needs 2.0.0');
    assert.equal(verdict?.range.start.line, lineOf(edited, 'version:'));
    assert.deepEqual(verdict?.command?.arguments, [uri]);
    // An editor without the VS Code client that runs the lens is told the command line.
    await client.request('workspace/executeCommand', verdict!.command);
    assert.equal(
      await client.waitFor(() => client!.messages.find((m) => m.includes('dclens diff')), 'the command line'),
      'To see every change since the base and whom it breaks, run: dclens diff fines.odcs.yaml',
    );

    // On the diagnostic: "Bump version to 2.0.0", a suggestion that keeps the quotes.
    const actions = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: removed.range,
      context: { diagnostics: [removed] },
    });
    const bump = actions.find((a) => a.title === 'Bump version to 2.0.0');
    assert.ok(bump, actions.map((a) => a.title).join(', '));
    assert.equal(bump.kind, 'quickfix');
    assert.notEqual(bump.isPreferred, true);
    const bumped = applyTextEdits(edited, bump.edit!.changes[uri]);
    assert.equal(bumped, edited.replace('version: "1.0.0"', 'version: "2.0.0"'));

    // Offered on the version line too, and never in fix-all.
    const versionLine = lineOf(edited, 'version:');
    const atVersion = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: versionLine, character: 3 }, end: { line: versionLine, character: 3 } },
      context: { diagnostics: [] },
    });
    assert.ok(atVersion.some((a) => a.title === 'Bump version to 2.0.0'));
    const fixAll = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: removed.range,
      context: { diagnostics: [removed], only: ['source.fixAll'] },
    });
    assert.ok(!fixAll.some((a) => a.title.startsWith('Bump version')));

    // After the bump the lens says the version fits; the change is still shown.
    const after = client.diagnostics.length;
    await client.change(uri, bumped, 2);
    await client.nextDiagnostics(uri, (p) => p.version === 2 && diffOf(p).length === 1, after);
    assert.equal(
      await lensTitle(client, 'Version 2.0.0 fits the changes since main'),
      'Version 2.0.0 fits the changes since main',
    );
  });

  it('says when nothing breaks, and what a change of wording needs', async () => {
    client = await start({ root: dir, settings: on });
    const text = contract({ version: '"1.0.0"', props: note });
    await client.open(uri, text);
    assert.equal(await lensTitle(client, 'No breaking changes since main'), 'No breaking changes since main');
    const versionLine = lineOf(text, 'version:');
    const at = { start: { line: versionLine, character: 0 }, end: { line: versionLine, character: 0 } };
    const none = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: at,
      context: { diagnostics: [] },
    });
    assert.ok(!none.some((a) => a.title.startsWith('Bump version')), 'no bump when none is needed');

    const described = contract({
      version: '"1.0.0"',
      props: note,
      amount: 'logicalType: number\ndescription: In pence.',
    });
    await client.change(uri, described, 2);
    assert.equal(await lensTitle(client, 'Changes since main — needs 1.0.1'), 'Changes since main — needs 1.0.1');
    const published = await client.nextDiagnostics(uri, (p) => p.version === 2, 0);
    assert.equal(diffOf(published).length, 0, 'a change of wording is info, not shown');
    const patch = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: at,
      context: { diagnostics: [] },
    });
    assert.ok(
      patch.some((a) => a.title === 'Bump version to 1.0.1'),
      patch.map((a) => a.title).join(', '),
    );
  });

  it('reads the base text for "Compare with base", and says why there is none', async () => {
    client = await start({ root: dir, settings: on });
    const base = await client.request<BaseTextResult>(BASE_TEXT, { uri });
    assert.deepEqual(base, { text: contract({ version: '"1.0.0"', props: note }), label: 'main' });

    const untracked = path.join(dir, 'new.odcs.yaml');
    writeFileSync(untracked, contract());
    const none = await client.request<BaseTextResult>(BASE_TEXT, { uri: uriOf(untracked) });
    assert.equal(none.text, undefined);
    assert.equal(
      none.problem,
      'new.odcs.yaml is not in main yet (a new or untracked file), so there is nothing to compare with.',
    );

    const outside = mkdtempSync(path.join(tmpdir(), 'dclens-lsp-nogit-'));
    try {
      writeFileSync(path.join(outside, 'x.odcs.yaml'), contract());
      const noGit = await client.request<BaseTextResult>(BASE_TEXT, { uri: uriOf(path.join(outside, 'x.odcs.yaml')) });
      assert.equal(noGit.problem, 'x.odcs.yaml is not in a git repository, so it has no base version to compare with.');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('compares with the ref of dclens.diff.base', async () => {
    writeFileSync(file, contract({ version: '1.1.0', props: note, amount: 'logicalType: number\nrequired: true' }));
    git(dir, 'commit', '-q', '-am', 'require amount');
    git(dir, 'tag', 'v1.1.0');
    client = await start({ root: dir, settings: { diff: { showBreakingChanges: true, base: 'HEAD~1' } } });
    const base = await client.request<BaseTextResult>(BASE_TEXT, { uri });
    assert.equal(base.label, 'HEAD~1');
    assert.equal(base.text, contract({ version: '"1.0.0"', props: note }));
  });

  it('finds the base again when HEAD moves (a commit), without a save', async () => {
    client = await start({ root: dir, settings: on, watchFiles: true });
    const edited = contract({ version: '"1.0.0"' });
    await client.open(uri, edited);
    const breaking = '1 breaking change since main — needs 2.0.0';
    assert.equal(await lensTitle(client, breaking), breaking);
    // The removal is committed on main: main is now the base, and the working text has nothing left to break.
    writeFileSync(file, edited);
    git(dir, 'commit', '-q', '-am', 'remove note');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(path.join(dir, '.git', 'refs', 'heads', 'main')), type: 2 }],
    });
    assert.equal(await lensTitle(client, 'No breaking changes since main'), 'No breaking changes since main');
  });

  it('publishes nothing for an untracked file, logging the reason once', async () => {
    client = await start({ root: dir, settings: on });
    const untracked = path.join(dir, 'draft.odcs.yaml');
    const text = contract({ version: '1.0.0' });
    writeFileSync(untracked, text);
    await client.open(uriOf(untracked), text);
    await client.waitFor(
      () => client!.logs.find((l) => l.includes('draft.odcs.yaml is not in main yet')),
      'the reason in the log',
    );
    await client.change(uriOf(untracked), text.replace('1.0.0', '1.0.1'), 2);
    const published = await client.nextDiagnostics(uriOf(untracked), (p) => p.version === 2, 0);
    assert.equal(diffOf(published).length, 0);
    assert.equal(client.logs.filter((l) => l.includes('draft.odcs.yaml is not in main yet')).length, 1);
    assert.deepEqual(client.messages, [], 'no popup');
  });

  for (const [name, options] of [
    ['the setting is off', { settings: {} }],
    ['the workspace is not trusted', { settings: on, initializationOptions: { trusted: false } }],
  ] as const) {
    it(`shows no changes and no version lens when ${name}`, async () => {
      client = await start({ root: dir, ...options });
      const edited = contract({ version: '1.0.0' });
      await client.open(uri, edited);
      const published = await client.nextDiagnostics(uri, () => true, 0);
      // A second lint of a newer version: any comparison of the first would have been published by then.
      await client.change(uri, `${edited}\n`, 2);
      const again = await client.nextDiagnostics(uri, (p) => p.version === 2, 0);
      assert.equal(diffOf(published).length + diffOf(again).length, 0);
      assert.equal(await verdictLens(client), undefined);
      if (name === 'the workspace is not trusted') {
        const base = await client.request<BaseTextResult>(BASE_TEXT, { uri });
        assert.match(base.problem ?? '', /trusted workspace/);
      }
    });
  }
});

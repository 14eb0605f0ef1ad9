// The server's memory of lint results, seen from an editor: what was linted once is not linted again (re-open, undo,
// workspace lint, report), and a change to the configuration, a setting or the catalogue changes the diagnostics.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  CATALOGUE_LOADED,
  LINT_FILES,
  LINT_STATS,
  REPORT,
  type LintFilesResult,
  type LintStatsResult,
  type ReportResult,
} from '../../src/server/protocol';
import { copyExamples, LspClient, uriOf, type PublishDiagnostics } from './lsp-client';

const codes = (p: PublishDiagnostics) => p.diagnostics.map((d) => String(d.code));
const FILES = [
  'contracts/courts/court-hearings.yaml',
  'contracts/prisons/prison-population.odcs.yaml',
  'contracts/probation/offender-assessments.odcs.yaml',
];

describe('language server lint memory', function () {
  this.timeout(120000);
  let client: LspClient | undefined;
  let examples: { dir: string; dispose: () => void } | undefined;

  afterEach(() => {
    client?.kill();
    client = undefined;
    examples?.dispose();
    examples = undefined;
  });

  const stats = () => client!.request<LintStatsResult>(LINT_STATS, null);

  /** Opens the first contract and waits until its catalogue has loaded and its diagnostics say so. */
  async function openWithCatalogue(settings: Record<string, unknown> = {}) {
    examples = copyExamples();
    const file = path.join(examples.dir, FILES[0]);
    const uri = uriOf(file);
    const text = readFileSync(file, 'utf8');
    client = await LspClient.start({ root: examples.dir, settings, watchFiles: true });
    await client.open(uri, text);
    await client.request(CATALOGUE_LOADED, { uri });
    const first = await client.nextDiagnostics(uri, (p) => codes(p).includes('owner-has-left'), 0);
    return { dir: examples.dir, file, uri, text, first };
  }

  it('does not lint again on re-open, on an undo to a seen text, for the workspace lint or for the report', async () => {
    const { dir, uri, text, first } = await openWithCatalogue();
    const c = client!;
    const start = await stats();
    assert.ok(start.computed >= 1);

    // Closed and opened again, unchanged: the same diagnostics, nothing computed.
    await c.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    let after = c.diagnostics.length;
    await c.open(uri, text, 1);
    const reopened = await c.nextDiagnostics(uri, (p) => p.version === 1, after);
    assert.deepEqual(reopened.diagnostics, first.diagnostics);
    assert.equal((await stats()).computed, start.computed);

    // An edit is linted; undoing it back to the text seen before is not.
    after = c.diagnostics.length;
    await c.change(uri, text.replace('Hearings listed', 'Hearings listed\n  nope: 1\n  x:'), 2);
    const edited = await c.nextDiagnostics(uri, (p) => p.version === 2, after);
    assert.notDeepEqual(edited.diagnostics, first.diagnostics);
    assert.equal((await stats()).computed, start.computed + 1);
    after = c.diagnostics.length;
    await c.change(uri, text, 3);
    const undone = await c.nextDiagnostics(uri, (p) => p.version === 3, after);
    assert.deepEqual(undone.diagnostics, first.diagnostics);
    assert.equal((await stats()).computed, start.computed + 1);

    // The workspace lint: the open file is not linted again, the closed ones once, and not at all the second time.
    const uris = FILES.map((f) => uriOf(path.join(dir, f)));
    const once = await c.request<LintFilesResult>(LINT_FILES, { uris });
    const afterFirst = (await stats()).computed;
    assert.equal(afterFirst, start.computed + 1 + (FILES.length - 1));
    const twice = await c.request<LintFilesResult>(LINT_FILES, { uris });
    assert.deepEqual(twice, once);
    assert.equal((await stats()).computed, afterFirst);

    // The report of the same files lints nothing.
    const report = await c.request<ReportResult>(REPORT, { uris });
    assert.equal(report.contracts, FILES.length);
    const end = await stats();
    assert.equal(end.computed, afterFirst);
    assert.ok(end.reused > start.reused);
  });

  it('changes the diagnostics when .dclens.yaml changes', async () => {
    const { dir, uri, first } = await openWithCatalogue();
    assert.ok(codes(first).includes('owner-has-left'));
    const config = path.join(dir, '.dclens.yaml');
    writeFileSync(config, `${readFileSync(config, 'utf8')}rules:\n  owner-has-left: off\n`);
    const before = client!.diagnostics.length;
    await client!.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(config), type: 2 }],
    });
    const after = await client!.nextDiagnostics(uri, () => true, before);
    assert.ok(!codes(after).includes('owner-has-left'), codes(after).join(', '));
  });

  it('changes the diagnostics when a setting changes', async () => {
    const settings: Record<string, unknown> = {};
    const { uri } = await openWithCatalogue(settings);
    settings.rules = { 'owner-has-left': 'off' };
    const before = client!.diagnostics.length;
    await client!.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const after = await client!.nextDiagnostics(uri, () => true, before);
    assert.ok(!codes(after).includes('owner-has-left'), codes(after).join(', '));
  });

  it('changes the diagnostics when the catalogue changes', async () => {
    const { dir, uri } = await openWithCatalogue();
    const people = path.join(dir, 'catalogue/people.yaml');
    const text = readFileSync(people, 'utf8');
    const left = /(id: sam\.jones[\s\S]*?active: )false/;
    assert.match(text, left);
    writeFileSync(people, text.replace(left, '$1true'));
    const before = client!.diagnostics.length;
    await client!.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(people), type: 2 }],
    });
    const after = await client!.nextDiagnostics(uri, () => true, before);
    assert.ok(!codes(after).includes('owner-has-left'), codes(after).join(', '));
  });
});

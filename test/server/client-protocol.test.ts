// The messages the VS Code client relies on beyond the protocol (src/server/protocol.ts), over stdio: what was
// published and its score after each lint, waiting for the catalogue, workspace lint of closed files, the score view.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CATALOGUE_LOADED,
  DID_LINT,
  LINT_FILES,
  SCORE,
  type DidLintParams,
  type LintFilesResult,
  type ScoreResult,
} from '../../src/server/protocol';
import { copyExamples, LspClient, uriOf } from './lsp-client';

const VSCODE_OPTIONS = { trusted: true, clientCommands: true, didLint: true };

describe('language server: the messages of the VS Code client', function () {
  this.timeout(120000);
  let client: LspClient | undefined;
  let examples: { dir: string; dispose: () => void } | undefined;

  afterEach(() => {
    client?.kill();
    client = undefined;
    examples?.dispose();
    examples = undefined;
  });

  /** Starts a server on a copy of examples/ and records every dclens/didLint it sends. */
  async function start(initializationOptions: unknown): Promise<{ client: LspClient; lints: DidLintParams[] }> {
    examples = copyExamples();
    client = await LspClient.start({ root: examples.dir, settings: {}, initializationOptions });
    const lints: DidLintParams[] = [];
    client.connection.onNotification(DID_LINT, (params: DidLintParams) => void lints.push(params));
    return { client, lints };
  }

  it('says after each publication what it published: version, count, rules and the one score', async () => {
    const { client, lints } = await start(VSCODE_OPTIONS);
    const file = path.join(examples!.dir, 'contracts/courts/court-hearings.yaml');
    const uri = uriOf(file);
    await client.open(uri, readFileSync(file, 'utf8'), 3);
    await client.nextDiagnostics(uri);
    // Once the catalogue has loaded, the contract is published again with its findings.
    await client.request<boolean>(CATALOGUE_LOADED, { uri });
    const published = client.diagnostics.filter((p) => p.uri === uri).at(-1)!;
    const lint = await client.waitFor(
      () =>
        lints.filter((l) => l.uri === uri).at(-1)?.problems === published.diagnostics.length ? lints.at(-1) : undefined,
      'dclens/didLint of the last publication',
    );
    assert.equal(lint.version, 3);
    assert.equal(lint.isContract, true);
    assert.deepEqual(
      lint.ruleIds,
      published.diagnostics.map((d) => d.code),
    );
    assert.ok(lint.ruleIds.includes('owner-has-left'));
    const lens = await client.request<Array<{ command: { title: string } }>>('textDocument/codeLens', {
      textDocument: { uri },
    });
    assert.ok(lint.score, 'a contract has a score');
    assert.equal(lint.score.title, lens[0].command.title, 'the status bar and the CodeLens say the same');
    assert.match(lens[0].command.title, new RegExp(`^Quality ${lint.score.overall}/100`));
  });

  it('sends nothing beyond the protocol to other editors', async () => {
    const { client, lints } = await start({});
    const file = path.join(examples!.dir, 'contracts/courts/court-hearings.yaml');
    await client.open(uriOf(file), readFileSync(file, 'utf8'));
    await client.nextDiagnostics(uriOf(file));
    // A request answered later: a didLint sent with the diagnostics would have arrived by then.
    await client.request('textDocument/hover', {
      textDocument: { uri: uriOf(file) },
      position: { line: 0, character: 1 },
    });
    assert.deepEqual(lints, []);
  });

  it('answers dclens/catalogueLoaded once the open contracts show the catalogue’s findings', async () => {
    const { client } = await start(VSCODE_OPTIONS);
    const file = path.join(examples!.dir, 'contracts/courts/court-hearings.yaml');
    const uri = uriOf(file);
    await client.open(uri, readFileSync(file, 'utf8'));
    await client.nextDiagnostics(uri);
    assert.equal(await client.request<boolean>(CATALOGUE_LOADED, { uri }), true);
    const last = client.diagnostics.filter((p) => p.uri === uri).at(-1)!;
    assert.ok(
      last.diagnostics.some((d) => d.code === 'owner-has-left'),
      'the people directory says a steward has left',
    );
  });

  it('lints closed files for "Lint all contracts in workspace", catalogue included, and counts what it published', async () => {
    const { client, lints } = await start(VSCODE_OPTIONS);
    const files = [
      'contracts/courts/court-hearings.yaml',
      'contracts/prisons/prison-population.odcs.yaml',
      'contracts/probation/offender-assessments.odcs.yaml',
      'catalogue/people.yaml',
    ].map((f) => uriOf(path.join(examples!.dir, f)));
    const summary = await client.request<LintFilesResult>(LINT_FILES, { uris: files });
    assert.equal(summary.files, 4);
    assert.equal(summary.contracts, 3, 'the people directory is not a contract');
    const published = files.slice(0, 3).map((uri) => client!.diagnostics.filter((p) => p.uri === uri).at(-1));
    assert.ok(published.every((p) => p !== undefined));
    assert.equal(
      summary.problems,
      published.reduce((n, p) => n + p!.diagnostics.length, 0),
    );
    assert.ok(published[0]!.diagnostics.some((d) => d.code === 'owner-has-left'));
    // Closed files are announced with no document version.
    assert.ok(lints.filter((l) => files.includes(l.uri)).every((l) => l.version === -1));
  });

  it('renders the score view of the text it is sent, with links to its lines', async () => {
    const { client } = await start(VSCODE_OPTIONS);
    const file = path.join(examples!.dir, 'contracts/courts/court-hearings.yaml');
    const uri = uriOf(file);
    const text = readFileSync(file, 'utf8');
    const { pages } = await client.request<ScoreResult>(SCORE, { uri, version: 1, text });
    assert.equal(pages.length, 1);
    assert.match(pages[0], /^# Quality \d+\/100/m);
    assert.ok(pages[0].includes(`](${uri}#L`), 'a next step links to its line');
    const other = await client.request<ScoreResult>(SCORE, { uri, version: 2, text: 'name: not a contract\n' });
    assert.deepEqual(other.pages, []);
  });
});

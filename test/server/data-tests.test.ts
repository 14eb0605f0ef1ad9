// Data tests through the language server over stdio, as the VS Code Test Explorer drives them: the plan, a run
// against CSV files in a temporary workspace, its diagnostics and hover until the contract or the data changes,
// Restricted Mode and cancellation.
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { REPO } from '../cli/run-cli';
import { bundleServer, LspClient, SERVER, uriOf } from './lsp-client';
import {
  RUN_TESTS,
  TEST_PLAN,
  TEST_PROGRESS,
  type RunTestsParams,
  type RunTestsResult,
  type TestPlanResult,
  type TestProgressParams,
} from '../../src/server/protocol';

const FIXTURE = path.join(REPO, 'test/fixtures/data');
const SOURCE = 'dclens test';

describe('data tests in the language server', function () {
  this.timeout(120_000);
  let dir: string;
  let client: LspClient | undefined;
  let contract: string;
  let uri: string;
  let text: string;
  const savedNow = process.env.DCLENS_NOW;

  before(() => {
    // The server inherits the environment: latency is measured against a fixed time.
    process.env.DCLENS_NOW = '2026-06-01T00:00:00Z';
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-data-tests-'));
    cpSync(FIXTURE, dir, { recursive: true });
    writeFileSync(path.join(dir, '.dclens.yaml'), 'rules: {}\n');
    contract = path.join(dir, 'fines.odcs.yaml');
    uri = uriOf(contract);
    text = readFileSync(contract, 'utf8');
  });
  after(() => {
    if (savedNow === undefined) delete process.env.DCLENS_NOW;
    else process.env.DCLENS_NOW = savedNow;
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    client?.kill();
    client = undefined;
  });

  const lineOf = (needle: string, from = 0) => {
    const index = text.split('\n').findIndex((l, i) => i >= from && l.includes(needle));
    assert.notEqual(index, -1, needle);
    return index;
  };
  const testDiagnostics = (p: { diagnostics: Array<{ source?: string }> }) =>
    p.diagnostics.filter((d) => d.source === SOURCE);

  it('plans the checks of a contract with short labels, their lines and which servers can run', async () => {
    client = await LspClient.start({ root: dir });
    const plan = await client.request<TestPlanResult>(TEST_PLAN, { uri });
    assert.equal(plan.problem, undefined);
    assert.deepEqual(
      plan.objects.map((o) => [o.name, o.line]),
      [['fines', lineOf('- name: fines')]],
    );
    const nulls = plan.checks.find((c) => c.id === 'fines.amount_pence.quality[0]');
    assert.deepEqual(nulls, {
      id: 'fines.amount_pence.quality[0]',
      schema: 'fines',
      property: 'amount_pence',
      type: 'nullValues',
      label: 'amount_pence: no nulls (nullValues mustBe 0)',
      line: lineOf('- metric: nullValues'),
    });
    assert.equal(
      plan.checks.find((c) => c.id === 'fines.officer_id.required')?.label,
      'officer_id: no nulls (required)',
    );
    assert.match(plan.checks.find((c) => c.type === 'custom')?.skipped ?? '', /soda/);
    assert.equal(plan.checks.find((c) => c.id === 'slaProperties[0]')?.label, 'issued_at: latency at most 1 d');
    const csv = plan.servers.find((s) => s.server === 'local-csv');
    assert.deepEqual(csv, { server: 'local-csv', type: 'local', runnable: true });
    const warehouse = plan.servers.find((s) => s.server === 'warehouse');
    assert.equal(warehouse?.runnable, false);
    assert.match(warehouse?.reason ?? '', /Snowflake needs its own driver/);
  });

  it('runs against CSV files, publishes failures beside the lint findings and in the hover, until the contract changes', async () => {
    client = await LspClient.start({ root: dir });
    await client.open(uri, text);
    const linted = await client.nextDiagnostics(uri, () => true, 0);
    assert.equal(testDiagnostics(linted).length, 0, 'no test results before a run');
    const lintCount = linted.diagnostics.length;
    const progress: string[] = [];
    client.connection.onNotification(TEST_PROGRESS, (p: TestProgressParams) => void progress.push(p.message));
    const after = client.diagnostics.length;
    const params: RunTestsParams = { uri, server: 'local-csv' };
    const result = await client.request<RunTestsResult>(RUN_TESTS, params);

    assert.deepEqual(result.server, { server: 'local-csv', type: 'local' });
    assert.equal(result.unreachable, undefined);
    const nulls = result.results.find((r) => r.id === 'fines.amount_pence.quality[0]');
    assert.equal(nulls?.status, 'failed');
    assert.equal(nulls?.actual, 3);
    assert.equal(nulls?.line, lineOf('- metric: nullValues'));
    const invalid = result.results.find((r) => r.id === 'fines.court_code.quality[0]');
    assert.equal(invalid?.actual, 2);
    assert.ok((invalid?.sample ?? []).length > 0, 'a failed check carries sample rows');
    assert.equal(result.results.find((r) => r.id === 'fines.officer_id.propertyExists')?.status, 'failed');
    const s = result.summary;
    assert.equal(s.passed + s.failed + s.errors + s.skipped, result.results.length);
    assert.ok(s.failed >= 8 && s.skipped === 2, JSON.stringify(s));
    assert.ok(result.scans >= 1);
    assert.ok(
      progress.some((m) => m.startsWith('Checking fines')),
      progress.join(' | '),
    );

    // Published with the lint findings, failed checks as warnings and checks that could not run as errors.
    const published = await client.nextDiagnostics(uri, (p) => testDiagnostics(p).length > 0, after);
    const tests = testDiagnostics(published) as Array<{
      range: { start: { line: number } };
      severity: number;
      message: string;
    }>;
    assert.equal(published.diagnostics.length - tests.length, lintCount, 'the lint findings stay');
    assert.equal(tests.length, s.failed + s.errors);
    const atNulls = tests.find((d) => d.range.start.line === lineOf('- metric: nullValues'));
    assert.ok(atNulls, 'a diagnostic at the nullValues rule');
    assert.equal(atNulls.severity, 2);
    assert.match(atNulls.message, /3/);
    const refusedLine = result.results.find((r) => r.id === 'fines.quality[3]')?.line;
    assert.equal(refusedLine, lineOf('query: SELECT 1; DROP') - 1, 'at the rule');
    const refused = tests.find((d) => d.range.start.line === refusedLine);
    assert.equal(refused?.severity, 1, 'a refused query is an error');

    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: lineOf('- metric: nullValues'), character: 12 },
    });
    assert.match(hover?.contents.value ?? '', /Last test on server 'local-csv': failed — /);
    assert.match(hover?.contents.value ?? '', /amount\\_pence/);
    const onMustBe = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: lineOf('mustBe: 0', lineOf('- metric: nullValues')), character: 8 },
    });
    assert.match(
      onMustBe?.contents.value ?? '',
      /Last test on server 'local-csv': failed — 3 rows/,
      'inside the rule too',
    );
    const onColumn = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: lineOf('- name: court_code'), character: 10 },
    });
    assert.match(onColumn?.contents.value ?? '', /passed — Column 'court\\_code' exists/);

    // An edit drops them.
    const beforeEdit = client.diagnostics.length;
    await client.change(uri, `${text}\n# edited\n`, 2);
    const edited = await client.nextDiagnostics(uri, (p) => testDiagnostics(p).length === 0, beforeEdit);
    assert.ok(edited.diagnostics.length > 0, 'lint findings remain');
    const hoverAfter = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: lineOf('- metric: nullValues'), character: 12 },
    });
    assert.doesNotMatch(hoverAfter?.contents.value ?? '', /Last test/);
  });

  it('drops the results when a watched data file changes', async () => {
    client = await LspClient.start({ root: dir, watchFiles: true });
    await client.open(uri, text);
    await client.nextDiagnostics(uri, () => true, 0);
    await client.waitFor(
      () => (client!.registrations.includes('workspace/didChangeWatchedFiles') ? true : undefined),
      'file watchers',
    );
    const after = client.diagnostics.length;
    await client.request<RunTestsResult>(RUN_TESTS, { uri, server: 'local-parquet' });
    await client.nextDiagnostics(uri, (p) => testDiagnostics(p).length > 0, after);
    const beforeChange = client.diagnostics.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(path.join(dir, 'fines.parquet')), type: 2 }],
    });
    const cleared = await client.nextDiagnostics(uri, () => true, beforeChange);
    assert.equal(testDiagnostics(cleared).length, 0);
    assert.ok(cleared.diagnostics.length > 0, 'the lint findings stay');
  });

  it('says why when the data cannot be reached, and never fails the request', async () => {
    client = await LspClient.start({ root: dir });
    const missing = await client.request<RunTestsResult>(RUN_TESTS, { uri, server: 'missing-files' });
    assert.match(missing.unreachable ?? '', /the file '\.\/nowhere\/fines\.csv' does not exist/);
    assert.equal(missing.results.find((r) => r.id === 'fines.objectExists')?.status, 'error');
    const unknown = await client.request<RunTestsResult>(RUN_TESTS, { uri, server: 'nope' });
    assert.match(unknown.unreachable ?? '', /unknown server 'nope'; fines\.odcs\.yaml has 'local-csv'/);
    assert.deepEqual(unknown.results, []);
    const warehouse = await client.request<RunTestsResult>(RUN_TESTS, { uri, server: 'warehouse' });
    assert.match(warehouse.unreachable ?? '', /^server 'warehouse': Snowflake needs its own driver/);
  });

  it('runs only the checks asked for', async () => {
    client = await LspClient.start({ root: dir });
    const ids = ['fines.amount_pence.quality[0]', 'fines.quality[0]'];
    const result = await client.request<RunTestsResult>(RUN_TESTS, { uri, server: 'local-csv', ids });
    assert.deepEqual(
      result.results.map((r) => [r.id, r.status]),
      [
        ['fines.amount_pence.quality[0]', 'failed'],
        ['fines.quality[0]', 'passed'],
      ],
    );
  });

  it('without the database clients beside it (a universal .vsix), says to use the CLI instead', async () => {
    const alone = mkdtempSync(path.join(tmpdir(), 'dclens-server-alone-'));
    try {
      await bundleServer();
      copyFileSync(SERVER, path.join(alone, 'server.js'));
      client = await LspClient.start({ root: dir, serverPath: path.join(alone, 'server.js') });
      const plan = await client.request<TestPlanResult>(TEST_PLAN, { uri });
      const csv = plan.servers.find((s) => s.server === 'local-csv');
      assert.equal(csv?.runnable, false);
      assert.match(csv?.reason ?? '', /^DuckDB is not installed here .*'dclens test CONTRACT' in a terminal$/);
      const result = await client.request<RunTestsResult>(RUN_TESTS, { uri, server: 'local-csv' });
      assert.match(result.unreachable ?? '', /^server 'local-csv': DuckDB is not installed here/);
      assert.deepEqual(result.results, []);
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
  });

  it('refuses to run in an untrusted workspace', async () => {
    client = await LspClient.start({ root: dir, initializationOptions: { trusted: false } });
    const plan = await client.request<TestPlanResult>(TEST_PLAN, { uri });
    assert.ok(plan.checks.length > 0, 'the plan connects to nothing and is there');
    await assert.rejects(client.request(RUN_TESTS, { uri, server: 'local-csv' }), /trusted workspace/);
  });

  it('stops between tables when the run is cancelled and returns what ran', async () => {
    const tables = Array.from({ length: 40 }, (_, i) => `t${i}`);
    const many = path.join(dir, 'many.odcs.yaml');
    writeFileSync(
      many,
      [
        'apiVersion: v3.1.0',
        'kind: DataContract',
        'id: many',
        'servers:',
        '  - server: files',
        '    type: local',
        '    path: ./fines.csv',
        '    format: csv',
        'schema:',
        ...tables.flatMap((t) => [
          `  - name: ${t}`,
          '    properties:',
          '      - name: amount_pence',
          '        quality:',
          '          - metric: nullValues',
          '            mustBe: 0',
        ]),
        '',
      ].join('\n'),
    );
    client = await LspClient.start({ root: dir });
    const source = new CancellationTokenSource();
    client.connection.onNotification(TEST_PROGRESS, (p: TestProgressParams) => {
      if (p.message.startsWith('Checking t1 ')) source.cancel();
    });
    const result = (await client.connection.sendRequest(
      RUN_TESTS,
      { uri: uriOf(many), server: 'files' },
      source.token,
    )) as RunTestsResult;
    const planned = tables.length * 3;
    assert.ok(result.results.length >= 3, 'the first table ran');
    assert.ok(result.results.length < planned, `${result.results.length} of ${planned} checks ran`);
    assert.equal(result.results[0].id, 't0.objectExists');
  });

  it('interrupts a long query when the run is cancelled, instead of waiting for it to end', async () => {
    const slow = path.join(dir, 'slow.odcs.yaml');
    writeFileSync(
      slow,
      [
        'apiVersion: v3.1.0',
        'kind: DataContract',
        'id: slow',
        'servers:',
        '  - server: files',
        '    type: local',
        '    path: ./fines.csv',
        '    format: csv',
        'schema:',
        '  - name: fines',
        '    quality:',
        // Minutes of scanning unless it is interrupted.
        '      - type: sql',
        '        query: SELECT count(*) FROM range(200000000000) AS r(n) WHERE n % 7 = 3',
        '        mustBe: 0',
        '  - name: later',
        '    quality:',
        '      - metric: rowCount',
        '        mustBeGreaterThan: 0',
        '',
      ].join('\n'),
    );
    client = await LspClient.start({ root: dir });
    const source = new CancellationTokenSource();
    client.connection.onNotification(TEST_PROGRESS, (p: TestProgressParams) => {
      if (p.message.startsWith('Checking fines ')) source.cancel();
    });
    const started = Date.now();
    const result = (await client.connection.sendRequest(
      RUN_TESTS,
      { uri: uriOf(slow), server: 'files' },
      source.token,
    )) as RunTestsResult;
    assert.ok(Date.now() - started < 30_000, `the run returned after ${Date.now() - started} ms`);
    assert.deepEqual(
      result.results.map((r) => r.id),
      [],
      'neither the interrupted table nor the next one reports results',
    );
    assert.equal(result.unreachable, undefined);
  });
});

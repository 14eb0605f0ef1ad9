// The .vsix users install: the client with the language server it starts, every rule page for offline docs, the
// database clients the server runs data tests with, and nothing of the repository's sources, tests, fixtures or
// source maps. The unpacked extension's server runs a contract's checks on its own.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { allRules } from '../../src/engine';
import {
  extractVsix,
  packageVsix,
  vsixFiles,
  unwantedInVsix,
  vsixEntries,
  type VsixEntry,
} from '../../scripts/bench/_vsix';
import { LspClient, uriOf } from '../server/lsp-client';
import { RUN_TESTS, TEST_PLAN, type RunTestsResult, type TestPlanResult } from '../../src/server/protocol';
import { buildCli, REPO } from '../cli/run-cli';

describe('the packaged extension (.vsix)', function () {
  this.timeout(300_000);
  let dir: string;
  let entries: VsixEntry[];
  let vsix: string;

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-vsix-test-'));
    buildCli();
    vsix = path.join(dir, 'data-contract-lens.vsix');
    packageVsix(vsix, { build: false });
    entries = vsixEntries(vsix);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('holds the manifest, the client and the language server it starts', () => {
    const names = entries.map((e) => e.name);
    for (const file of [
      'package.json',
      'dist/extension.js',
      'dist/server.js',
      'dist/report-html.js',
      'dist/sql-formatter.js',
      'schemas/odcs-json-schema-v3.2.0.json',
    ]) {
      assert.ok(names.includes(file), `${file} is missing from the .vsix`);
    }
  });

  it('holds the documentation page of every rule, so the links work offline', () => {
    const names = new Set(entries.map((e) => e.name));
    const missing = allRules.map((r) => `docs/rules/${r.meta.id}.md`).filter((page) => !names.has(page));
    assert.deepEqual(missing, []);
  });

  it('ships no sources, tests, fixtures, source maps, nor dependencies other than the database clients', () => {
    assert.deepEqual(unwantedInVsix(entries), []);
    const own = entries.filter((e) => !e.name.startsWith('dist/node_modules/'));
    assert.ok(own.length < 200, `${own.length} files in the .vsix besides the database clients`);
  });

  it('is made for this platform and carries DuckDB and the PostgreSQL client', () => {
    const manifest = vsixFiles(vsix).get('extension.vsixmanifest')?.toString('utf8') ?? '';
    assert.match(manifest, new RegExp(`TargetPlatform="${process.platform}-${process.arch}"`));
    const names = new Set(entries.map((e) => e.name));
    for (const file of [
      'dist/node_modules/@duckdb/node-api/package.json',
      'dist/node_modules/@duckdb/node-bindings/duckdb.js',
      `dist/node_modules/@duckdb/node-bindings-${process.platform}-${process.arch}/duckdb.node`,
      'dist/node_modules/pg/package.json',
      'dist/node_modules/pg-protocol/package.json',
    ])
      assert.ok(names.has(file), `${file} is missing from the .vsix`);
  });

  it("runs a contract's checks on a CSV file with the server as installed from the .vsix", async () => {
    const installed = path.join(dir, 'installed');
    const workspace = path.join(dir, 'workspace');
    extractVsix(vsix, installed);
    cpSync(path.join(REPO, 'test/fixtures/data'), workspace, { recursive: true });
    writeFileSync(path.join(workspace, '.dclens.yaml'), 'rules: {}\n');
    const uri = uriOf(path.join(workspace, 'fines.odcs.yaml'));
    const client = await LspClient.start({ root: workspace, serverPath: path.join(installed, 'dist/server.js') });
    try {
      const plan = await client.request<TestPlanResult>(TEST_PLAN, { uri });
      const csv = plan.servers.find((s) => s.server === 'local-csv');
      assert.equal(csv?.runnable, true, csv?.reason);
      const run = await client.request<RunTestsResult>(RUN_TESTS, { uri, server: 'local-csv' });
      assert.equal(run.unreachable, undefined);
      assert.equal(run.results.find((r) => r.id === 'fines.objectExists')?.status, 'passed');
      assert.ok(
        run.results.some((r) => r.status === 'failed'),
        'the fixture data has seeded defects the checks find',
      );
    } finally {
      client.kill();
    }
  });

  it('reaches PostgreSQL with the client as installed from the .vsix (a refused connection, said plainly)', async () => {
    const installed = path.join(dir, 'installed');
    const workspace = path.join(dir, 'workspace-pg');
    extractVsix(vsix, installed);
    cpSync(path.join(REPO, 'test/fixtures/data'), workspace, { recursive: true });
    writeFileSync(path.join(workspace, '.dclens.yaml'), 'rules: {}\n');
    const contract = path.join(workspace, 'fines.odcs.yaml');
    // Port 1 on the loopback refuses at once: the client loads, connects and says why it could not.
    const text = readFileSync(contract, 'utf8').replace(
      'servers:\n',
      'servers:\n  - server: pg\n    type: postgres\n    host: 127.0.0.1\n    port: 1\n    database: fines\n',
    );
    writeFileSync(contract, text);
    const client = await LspClient.start({ root: workspace, serverPath: path.join(installed, 'dist/server.js') });
    try {
      const run = await client.request<RunTestsResult>(RUN_TESTS, { uri: uriOf(contract), server: 'pg' });
      assert.match(run.unreachable ?? '', /^server 'pg': cannot connect to PostgreSQL at 127\.0\.0\.1:1: /);
    } finally {
      client.kill();
    }
  });

  it('reads the SQL of quality checks with the server as installed (sql-formatter loads from its own bundle)', async () => {
    const installed = path.join(dir, 'installed-sql');
    const workspace = path.join(dir, 'workspace-sql');
    extractVsix(vsix, installed);
    mkdirSync(workspace);
    const uri = uriOf(path.join(workspace, 'orders.odcs.yaml'));
    const client = await LspClient.start({ root: workspace, serverPath: path.join(installed, 'dist/server.js') });
    try {
      const after = client.diagnostics.length;
      await client.open(
        uri,
        [
          'apiVersion: v3.1.0',
          'kind: DataContract',
          'id: orders',
          'version: 1.0.0',
          'status: active',
          'servers:',
          '  - server: db',
          '    type: postgres',
          'schema:',
          '  - name: orders',
          '    quality:',
          '      - type: sql',
          '        query: SELECT COUNT(* FROM orders',
          '        mustBe: 0',
          '',
        ].join('\n'),
      );
      const published = await client.nextDiagnostics(uri, () => true, after);
      const sql = published.diagnostics.find((d) => d.code === 'sql-syntax' || /PostgreSQL/.test(d.message));
      assert.ok(sql, `no SQL finding in ${JSON.stringify(published.diagnostics.map((d) => d.message))}`);
      assert.equal(sql.range.start.line, 12);
    } finally {
      client.kill();
    }
  });
});

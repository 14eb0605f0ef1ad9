// `dclens test` on a generated table of 10 million rows (Parquet): every check of a typical contract, run as the CLI
// runs them (columns, one aggregate scan, the samples of failed checks), against the same aggregate SQL run directly
// in DuckDB. Prints the ratio and the number of scans. DCLENS_BENCH_ROWS changes the size.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { contractChecks, planObject, runChecks } from '../../src/engine';
import { openDuckDb } from '../../src/node/data/duckdb';

const ROWS = Number(process.env.DCLENS_BENCH_ROWS ?? 10_000_000);
const BUDGET_RATIO = 1.5;

const CONTRACT = `apiVersion: v3.1.0
kind: DataContract
id: bench
servers:
  - server: files
    type: local
    path: ./{model}.parquet
schema:
  - name: fines
    properties:
      - name: fine_id
        logicalType: integer
        primaryKey: true
      - name: amount_pence
        logicalType: integer
        required: true
        logicalTypeOptions: { minimum: 0, maximum: 1000000 }
        quality:
          - metric: nullValues
            mustBeLessThan: 1
            unit: percent
      - name: court_code
        logicalType: string
        quality:
          - metric: invalidValues
            arguments: { validValues: [LDN, MAN, BHM, CDF] }
            mustBe: 0
      - name: postcode
        logicalType: string
        logicalTypeOptions: { pattern: '^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$', maxLength: 8 }
      - name: status
        logicalType: string
        quality:
          - metric: missingValues
            arguments: { missingValues: ['', 'N/A'] }
            mustBeLessThan: 5
            unit: percent
      - name: issued_at
        logicalType: timestamp
    quality:
      - metric: rowCount
        mustBeGreaterThan: 1000
slaProperties:
  - property: freshness
    value: 400
    unit: d
    element: fines.issued_at
`;

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dclens-bench-data-'));
  try {
    const file = path.join(dir, 'fines.parquet');
    const generate = Date.now();
    const maker = await DuckDBInstance.create(':memory:');
    const make = await maker.connect();
    // About 0.1% nulls, a few invalid court codes and postcodes: a realistic run has failures and their samples.
    await make.run(`COPY (
      SELECT i AS fine_id,
        CASE WHEN i % 997 = 0 THEN NULL ELSE (i * 37) % 100000 END AS amount_pence,
        CASE WHEN i % 100003 = 0 THEN 'XXX' ELSE ['LDN', 'MAN', 'BHM', 'CDF'][1 + i % 4] END AS court_code,
        CASE WHEN i % 50021 = 0 THEN 'NOT A POSTCODE' ELSE 'SW1A ' || (i % 10) || 'AA' END AS postcode,
        CASE WHEN i % 101 = 0 THEN 'N/A' ELSE 'paid' END AS status,
        TIMESTAMP '2025-06-01' + to_seconds(i % 31536000) AS issued_at
      FROM range(${ROWS}) AS t(i)) TO '${file.replace(/'/g, "''")}' (FORMAT parquet)`);
    make.closeSync();
    maker.closeSync();
    console.log(`generated ${ROWS.toLocaleString('en-GB')} rows in ${((Date.now() - generate) / 1000).toFixed(1)} s`);
    writeFileSync(path.join(dir, 'bench.odcs.yaml'), CONTRACT);

    const tests = contractChecks(CONTRACT);
    const server = tests.servers[0];
    const nowSeconds = Date.parse('2026-06-01T00:00:00Z') / 1000;
    const measured = tests.checks.filter((c) => !c.skipped && !c.invalid && c.measure.kind !== 'none');
    const plan = planObject(measured, 'duckdb', '"fines"');

    const dclensRun = async () => {
      const started = performance.now();
      const executor = await openDuckDb(server, tests.objects, dir, dir);
      try {
        const summary = await runChecks(tests, executor, { nowSeconds });
        return { ms: performance.now() - started, summary };
      } finally {
        executor.close();
      }
    };
    const directRun = async () => {
      const started = performance.now();
      const instance = await DuckDBInstance.create(':memory:');
      const connection = await instance.connect();
      try {
        await connection.run(`CREATE VIEW "fines" AS SELECT * FROM read_parquet('${file.replace(/'/g, "''")}')`);
        await connection.runAndReadAll(plan.aggregate);
        return performance.now() - started;
      } finally {
        connection.closeSync();
        instance.closeSync();
      }
    };
    await directRun(); // warm the file cache
    const dclens: number[] = [];
    const direct: number[] = [];
    let last: Awaited<ReturnType<typeof dclensRun>>['summary'] | undefined;
    for (let i = 0; i < 5; i++) {
      direct.push(await directRun());
      const run = await dclensRun();
      dclens.push(run.ms);
      last = run.summary;
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const ratio = median(dclens) / median(direct);
    const counts = { passed: 0, failed: 0, error: 0, skipped: 0 };
    for (const r of last!.results) counts[r.status]++;
    console.log(
      `checks: ${tests.checks.length} (${counts.passed} passed, ${counts.failed} failed, ${counts.error} errors, ${counts.skipped} skipped)`,
    );
    console.log(`scans of the data: ${last!.scans} (samples of failed checks not counted: ${counts.failed})`);
    console.log(`aggregate SQL alone in DuckDB: ${median(direct).toFixed(0)} ms (median of 5)`);
    console.log(`dclens test, every check:      ${median(dclens).toFixed(0)} ms (median of 5)`);
    console.log(
      `ratio: ${ratio.toFixed(2)}× (budget ${BUDGET_RATIO}×) ${ratio <= BUDGET_RATIO ? 'ok' : 'OVER BUDGET'}`,
    );
    console.log(
      `BENCH_JSON ${JSON.stringify({ bench: 'data-tests', rows: ROWS, checks: tests.checks.length, scans: last!.scans, directMs: Math.round(median(direct)), dclensMs: Math.round(median(dclens)), ratio: Math.round(ratio * 100) / 100, budget: BUDGET_RATIO })}`,
    );
    if (ratio > BUDGET_RATIO) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  contractChecks,
  DIALECTS,
  guardQuery,
  planObject,
  qualifiedName,
  sampleQuery,
  type Dialect,
} from '../../src/engine';

const FINES = readFileSync(path.join(__dirname, '../fixtures/data/fines.odcs.yaml'), 'utf8');
const SNAPSHOTS = path.join(__dirname, 'snapshots');

const TABLE_PARTS: Record<Dialect, string[]> = {
  duckdb: ['fines'],
  postgres: ['public', 'fines'],
  trino: ['hive', 'courts', 'fines'],
  athena: ['awsdatacatalog', 'courts', 'fines'],
  spark: ['main', 'courts', 'fines'],
  snowflake: ['COURTS', 'FINES', 'fines'],
  bigquery: ['moj-project', 'courts', 'fines'],
};

/** Every query a run of the fines contract sends, in one text per dialect, headed by `label`. */
function allSql(dialect: Dialect, tableParts = TABLE_PARTS[dialect], label: string = dialect): string {
  const { checks } = contractChecks(FINES);
  const table = qualifiedName(dialect, tableParts);
  const measured = checks.filter((c) => !c.skipped && !c.invalid);
  const plan = planObject(measured, dialect, table);
  const parts = [`-- ${label}: ${plan.scans} scans\n-- aggregate\n${plan.aggregate};`];
  for (const check of measured) {
    const query = plan.queries.get(check.id);
    const refused = plan.refused.get(check.id);
    const sample = sampleQuery(check, dialect, table);
    if (!query && !refused && !sample) continue;
    parts.push(
      `-- ${check.id}\n${refused ? `-- refused: ${refused}` : `${query};`}${sample ? `\n-- sample\n${sample};` : ''}`,
    );
  }
  return `${parts.join('\n\n')}\n`;
}

describe('data tests: SQL per dialect', () => {
  // Athena's SQL engine is Trino: it has no snapshot of its own, the test below holds it to Trino's.
  for (const dialect of DIALECTS.filter((d) => d !== 'athena')) {
    it(`${dialect}: matches its snapshot (UPDATE_GOLDEN=1 rewrites it)`, () => {
      const file = path.join(SNAPSHOTS, `${dialect}.sql`);
      const actual = allSql(dialect);
      if (process.env.UPDATE_GOLDEN) {
        mkdirSync(SNAPSHOTS, { recursive: true });
        writeFileSync(file, actual);
      }
      assert.equal(actual, readFileSync(file, 'utf8'));
    });
  }

  it("athena: sends Trino's SQL, and names a table as Trino does", () => {
    assert.equal(allSql('athena', TABLE_PARTS.trino, 'trino'), allSql('trino'));
    assert.equal(qualifiedName('athena', TABLE_PARTS.athena), qualifiedName('trino', TABLE_PARTS.athena));
  });

  it('measures every single-column metric of a table in one aggregate scan', () => {
    const { checks } = contractChecks(FINES);
    const plan = planObject(
      checks.filter((c) => !c.skipped && !c.invalid),
      'duckdb',
      '"fines"',
    );
    // One aggregate, the composite duplicate check and the custom SQL: 3 scans for 14 measured checks.
    assert.equal(plan.scans, 3);
    assert.equal((plan.aggregate.match(/\bFROM\b/g) ?? []).length, 1);
    // The same measurement is made once: nullValues and required on amount_pence share a column.
    assert.equal(plan.readings.get('fines.amount_pence.required')?.from, 'aggregate');
    assert.deepEqual(
      plan.readings.get('fines.amount_pence.required'),
      plan.readings.get('fines.amount_pence.quality[0]'),
    );
  });

  it('quotes names per dialect, so odd column names cannot break out of the query', () => {
    const odd = 'a"b`c';
    assert.equal(qualifiedName('postgres', ['my schema', odd]), '"my schema"."a""b`c"');
    assert.equal(qualifiedName('spark', ['s', odd]), '`s`.`a"b``c`');
    assert.equal(qualifiedName('bigquery', ['p', 'd', 't']), '`p.d.t`');
  });

  it('escapes pattern literals per dialect (backslashes doubled where they escape)', () => {
    const text = contractChecks(`apiVersion: v3.1.0
kind: DataContract
id: t
schema:
  - name: t
    properties:
      - name: code
        logicalTypeOptions:
          pattern: "^\\\\d+'x$"
`);
    const check = text.checks.find((c) => c.type === 'pattern')!;
    assert.match(sampleQuery(check, 'postgres', '"t"')!, /~ '\^\\d\+''x\$'/);
    assert.match(sampleQuery(check, 'spark', '`t`')!, /RLIKE '\^\\\\d\+\\'x\$'/);
  });
});

describe('data tests: custom SQL runs only as one read-only SELECT', () => {
  const values = { table: '"fines"', column: '"amount_pence"' };
  const ok = (sql: string, dialect: Dialect = 'duckdb') => {
    const guarded = guardQuery(sql, dialect, values);
    assert.ok(guarded.ok, `refused ${sql}: ${guarded.ok ? '' : guarded.reason}`);
    return guarded.sql;
  };
  const refused = (sql: string, dialect: Dialect = 'duckdb') => {
    const guarded = guardQuery(sql, dialect, values);
    assert.equal(guarded.ok, false, `accepted ${sql}`);
    return guarded.ok ? '' : guarded.reason;
  };

  it('fills {object}/{property} and the datacontract-cli spellings with quoted names', () => {
    assert.equal(
      ok('SELECT COUNT(*) FROM {object} WHERE {property} < 0'),
      'SELECT COUNT(*) FROM "fines" WHERE "amount_pence" < 0',
    );
    assert.equal(
      ok('SELECT COUNT(*) FROM ${model} WHERE {{ field }} < 0;'),
      'SELECT COUNT(*) FROM "fines" WHERE "amount_pence" < 0',
    );
    assert.equal(
      ok("SELECT COUNT(*) FROM {table} WHERE note = '{object}'"),
      'SELECT COUNT(*) FROM "fines" WHERE note = \'{object}\'',
    );
    assert.match(
      guardQuery('SELECT COUNT(*) FROM {object} WHERE {column} > 0', 'duckdb', { table: '"t"' }).ok ? '' : 'refused',
      /refused/,
    );
    assert.match(refused('SELECT {nonsense} FROM {object}'), /uses \{nonsense\}, which this tool does not fill in/);
  });

  it('accepts WITH queries, comments and keywords inside strings and quoted names', () => {
    ok("WITH x AS (SELECT * FROM {object}) SELECT COUNT(*) FROM x WHERE status = 'DROP TABLE; DELETE'");
    ok('SELECT COUNT(*) FROM {object} -- drop table here is a comment\n');
    ok('SELECT COUNT(*) AS "delete" FROM {object} /* insert */');
    ok('SELECT COUNT(*) FROM {object} WHERE note = $$;DROP TABLE x$$', 'postgres');
    ok("SELECT COUNT(*) FROM {object} WHERE note = 'it\\'s; drop'", 'spark');
    ok("SELECT COUNT(*) FROM {object} WHERE note = E'it\\'s; drop'", 'postgres');
  });

  const hostile: Array<[string, RegExp, Dialect?]> = [
    ['SELECT 1; DROP TABLE fines', /one statement/],
    ['SELECT 1;\n-- trailing comment\nDELETE FROM fines', /one statement/],
    ['DROP TABLE fines', /starts with 'DROP'/],
    ['DELETE FROM fines', /starts with 'DELETE'/],
    ['  insert into fines values (1)', /starts with 'insert'/],
    ['WITH d AS (DELETE FROM fines RETURNING *) SELECT COUNT(*) FROM d', /'DELETE'/],
    ['SELECT * INTO copy_of_fines FROM fines', /'INTO'/],
    ["SELECT 1 FROM fines; COPY fines TO '/tmp/x.csv'", /one statement/],
    ["SELECT COUNT(*) FROM read_csv('/etc/passwd')", /read_csv\(\)/],
    ["SELECT COUNT(*) FROM '/etc/passwd'", /reads a file/],
    ["SELECT pg_read_file('/etc/passwd')", /pg_read_file\(\)/, 'postgres'],
    ['SELECT pg_sleep(100)', /pg_sleep\(\)/, 'postgres'],
    ["SELECT lo_export(1, '/tmp/x')", /lo_export\(\)/, 'postgres'],
    ["SELECT * FROM query('DROP TABLE fines')", /query\(\)/],
    ['PRAGMA database_list', /starts with 'PRAGMA'/],
    ["ATTACH 'other.db'", /starts with 'ATTACH'/],
    ['INSTALL httpfs', /starts with 'INSTALL'/],
    ["SELECT 1 FROM fines WHERE x = 'unclosed", /never closed/],
    ['SELECT 1 /* never closed', /never closed/],
    ['SELECT 1; SET enable_external_access = true', /one statement/],
    ["SELECT 'a'/* */; CALL evil()", /one statement/],
    ["SELECT 1 FROM fines WHERE x = 'it\\'s'; DROP TABLE fines --'", /one statement/, 'bigquery'],
    // name'\' is the name type and a string holding one backslash, not an E'…' string that runs on to the last quote
    ["SELECT 1 FROM fines WHERE note = name'\\'; DELETE FROM fines --'", /one statement/, 'postgres'],
    ["SELECT 1 FROM fines WHERE note = name'\\'; DELETE FROM fines --'", /one statement/, 'duckdb'],
    ['', /empty/],
    ['SELECT ' + 'x,'.repeat(11_000) + '1', /over 20,000 characters/],
  ];
  for (const [sql, reason, dialect] of hostile) {
    it(`refuses ${JSON.stringify(sql.length > 60 ? `${sql.slice(0, 60)}…` : sql)}${dialect ? ` (${dialect})` : ''}`, () => {
      assert.match(refused(sql, dialect), reason);
    });
  }
});

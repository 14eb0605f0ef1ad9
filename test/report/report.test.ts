// `dclens report` as users run it: its figures are the sums and means of what `dclens score` and `dclens lint` give
// for the same contracts, in JSON, CSV and Markdown, grouped by domain, team or folder.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCli, copyFixture, REPO, runCli } from '../cli/run-cli';
import { contract as storyContract, HistoryRepo } from './history-repo';

const AREAS = [
  'completeness',
  'uniqueness',
  'consistency',
  'timeliness',
  'validity',
  'accuracy',
  'ownership',
  'documentation',
] as const;

interface ScoreJson {
  files: Array<{
    file: string;
    contracts: Array<{
      name?: string;
      overall: number;
      areas: Record<string, { score: number }>;
      nextSteps: Array<{ title: string }>;
    }>;
  }>;
}
interface LintJson {
  files: Array<{ file: string; kind: string; findings: Array<{ ruleId: string; severity: string }> }>;
}
interface Figures {
  contracts: number;
  withDataOwner: number;
  withSteward: number;
  withCustodian: number;
  ownersWhoLeft: number;
  errors: number;
  warnings: number;
  meanScore: number;
  dimensions: Record<string, number>;
  unscored?: number;
}
interface ReportJson {
  tool: string;
  version: string;
  generated: string;
  contracts: number;
  summary: Omit<Figures, 'contracts'>;
  groupBy: string;
  byDomain: Array<Figures & Record<string, unknown>>;
  weakest: Array<{ file: string; name: string; score: number; nextStep?: string }>;
  topRules: Array<{ ruleId: string; count: number }>;
  records: Array<{ file: string; name: string; score: number; unscored?: string; dataOwners: string[] }>;
  history?: Array<Figures & { date: string; commit: string }>;
  historyNotes?: string[];
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;
const mean = (values: number[]) =>
  values.length === 0 ? 0 : oneDecimal(values.reduce((a, b) => a + b, 0) / values.length);

function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  return runCli(args, cwd, env);
}
function json<T>(args: string[], cwd: string, env: Record<string, string> = {}): T {
  const result = run(args, cwd, env);
  assert.ok(result.code === 0 || result.code === 1, `${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

/** What the report must say, computed from `dclens score` and `dclens lint` alone. */
function expectedFrom(score: ScoreJson, lint: LintJson) {
  const odcs = lint.files.filter((f) => f.kind === 'odcs' || f.kind === 'yaml-error');
  const scored = score.files.flatMap((f) => f.contracts.map((c) => ({ file: f.file, ...c })));
  const findings = odcs.flatMap((f) => f.findings);
  const unscoredFiles = odcs.filter((f) => !score.files.some((s) => s.file === f.file));
  const ruleCounts = new Map<string, number>();
  for (const f of findings) ruleCounts.set(f.ruleId, (ruleCounts.get(f.ruleId) ?? 0) + 1);
  return {
    contracts: scored.length + unscoredFiles.length,
    unscored: unscoredFiles.length,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    meanScore: mean(scored.map((c) => c.overall)),
    dimensions: Object.fromEntries(AREAS.map((a) => [a, mean(scored.map((c) => c.areas[a].score))])),
    // A contract names a Data Owner exactly when lint finds neither a missing team nor a team without one.
    withDataOwner: odcs.filter(
      (f) => f.kind === 'odcs' && !f.findings.some((x) => x.ruleId === 'no-data-owner' || x.ruleId === 'no-team'),
    ).length,
    ruleCounts,
    scored,
  };
}

describe('dclens report (child process)', function () {
  this.timeout(120_000);
  before(() => buildCli());

  it('gives, over examples/, the sums and means of dclens score and dclens lint', () => {
    const cwd = path.join(REPO, 'examples');
    const score = json<ScoreJson>(['score', '--format', 'json'], cwd);
    const lint = json<LintJson>(['lint', '--format', 'json'], cwd);
    const report = json<ReportJson>(['report', '--format', 'json'], cwd);
    const expected = expectedFrom(score, lint);

    assert.equal(report.tool, 'dclens');
    assert.match(report.generated, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.equal(report.contracts, 3, 'the three ODCS contracts; the DCS contract and the manifest are not counted');
    assert.equal(report.contracts, expected.contracts);
    assert.equal(report.summary.errors, expected.errors);
    assert.equal(report.summary.warnings, expected.warnings);
    assert.equal(report.summary.meanScore, expected.meanScore);
    assert.deepEqual(report.summary.dimensions, expected.dimensions);
    assert.equal(report.summary.withDataOwner, expected.withDataOwner);
    // The people directory says one current team member has left; lint reports that member once.
    const left = lint.files.flatMap((f) => f.findings).filter((f) => f.ruleId === 'owner-has-left').length;
    assert.ok(left > 0);
    assert.equal(report.summary.ownersWhoLeft, left);

    // The weakest first, each with the first next step `dclens score` gives it.
    const byScore = [...expected.scored].sort((a, b) => a.overall - b.overall || a.file.localeCompare(b.file));
    assert.deepEqual(
      report.weakest.map((w) => [w.file, w.score, w.nextStep]),
      byScore.map((c) => [c.file, c.overall, c.nextSteps[0]?.title]),
    );
    // The rules that fire most, with the counts lint gives.
    assert.ok(report.topRules.length > 0 && report.topRules.length <= 10);
    for (const r of report.topRules) assert.equal(r.count, expected.ruleCounts.get(r.ruleId), r.ruleId);
    const most = Math.max(...expected.ruleCounts.values());
    assert.equal(report.topRules[0].count, most);
  });

  describe('over a tree with a broken contract, a DCS contract and other YAML', () => {
    let tree: ReturnType<typeof copyFixture>;
    beforeEach(() => {
      tree = copyFixture('tree');
    });
    afterEach(() => tree.dispose());

    it('counts the broken contract with its errors but leaves it out of the means', () => {
      const score = json<ScoreJson>(['score', '--format', 'json'], tree.dir);
      const lint = json<LintJson>(['lint', '--format', 'json'], tree.dir);
      const result = run(['report', '--format', 'json'], tree.dir);
      assert.equal(result.code, 0, result.stderr);
      const report = JSON.parse(result.stdout) as ReportJson;
      const expected = expectedFrom(score, lint);
      assert.equal(expected.unscored, 1);
      assert.equal(report.contracts, 4, 'orders, customers, inventory and the broken payments contract');
      assert.equal(report.summary.unscored, 1);
      assert.equal(report.summary.errors, expected.errors);
      assert.equal(report.summary.warnings, expected.warnings);
      assert.equal(report.summary.meanScore, expected.meanScore);
      assert.deepEqual(report.summary.dimensions, expected.dimensions);
      const broken = report.records.find((r) => r.file === 'broken/payments.odcs.yaml');
      assert.match(broken?.unscored ?? '', /does not parse \(line \d+: /);
      assert.ok(!report.weakest.some((w) => w.file === 'broken/payments.odcs.yaml'), 'no score, so not ranked');
      assert.match(result.stderr, /broken\/payments\.odcs\.yaml: not scored: It does not parse/);
    });

    it('groups by domain, team or folder, each group with the figures of its own contracts', () => {
      const score = json<ScoreJson>(['score', '--format', 'json'], tree.dir);
      const scoreOf = new Map(score.files.map((f) => [f.file, f.contracts[0].overall]));
      for (const by of ['domain', 'team', 'folder'] as const) {
        const report = json<ReportJson>(['report', '--format', 'json', '--by', by], tree.dir);
        assert.equal(report.groupBy, by);
        assert.equal(
          report.byDomain.reduce((n, g) => n + g.contracts, 0),
          report.contracts,
          `${by}: every contract in one group`,
        );
        for (const group of report.byDomain) {
          const name = group[by] as string;
          assert.equal(typeof name, 'string', `${by}: each group is named by its key`);
          const members = report.records.filter((r) => {
            const rec = r as unknown as Record<string, unknown>;
            const value = (rec[by] as string | undefined) ?? '(none)';
            return value === name;
          });
          assert.equal(group.contracts, members.length, `${by} ${name}`);
          const scores = members.filter((m) => m.unscored === undefined).map((m) => scoreOf.get(m.file) as number);
          assert.equal(group.meanScore, mean(scores), `${by} ${name}`);
        }
      }
      const byDomain = json<ReportJson>(['report', '--format', 'json'], tree.dir);
      assert.deepEqual(
        byDomain.byDomain.map((g) => g.domain),
        ['sales', '(none)'],
        'named domains first, contracts without one last',
      );
      const byFolder = json<ReportJson>(['report', '--format', 'json', '--by', 'folder'], tree.dir);
      assert.deepEqual(byFolder.byDomain.map((g) => g.folder).sort(), ['broken', 'clean', 'mistakes', 'team-rules']);
    });

    it('writes one CSV row per contract that parses back, header first', () => {
      const result = run(['report', '--output', 'out/contracts.csv'], tree.dir);
      assert.equal(result.code, 0, result.stderr);
      const rows = parseCsv(readFileSync(path.join(tree.dir, 'out/contracts.csv'), 'utf8'));
      assert.deepEqual(rows[0].slice(0, 9), [
        'file',
        'name',
        'domain',
        'team',
        'data owner',
        'data steward',
        'data custodian',
        'owners who left',
        'score',
      ]);
      assert.equal(rows.length, 1 + 4);
      const header = rows[0];
      const col = (row: string[], name: string) => row[header.indexOf(name)];
      const orders = rows.find((r) => r[0] === 'clean/orders.odcs.yaml');
      assert.ok(orders);
      assert.equal(col(orders, 'domain'), 'sales');
      const score = json<ScoreJson>(['score', '--format', 'json', 'clean/orders.odcs.yaml'], tree.dir);
      assert.equal(col(orders, 'score'), String(score.files[0].contracts[0].overall));
      for (const area of AREAS) assert.equal(col(orders, area), String(score.files[0].contracts[0].areas[area].score));
      const broken = rows.find((r) => r[0] === 'broken/payments.odcs.yaml');
      assert.ok(broken);
      assert.equal(col(broken, 'score'), '', 'a contract without a score has an empty cell, not 0');
      assert.match(col(broken, 'not scored'), /does not parse/);
      assert.notEqual(col(broken, 'errors'), '0');
    });
  });

  describe('with contract text that could break a format', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'dclens-report-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    const contract = (name: string, domain: string) =>
      [
        'apiVersion: v3.1.0',
        'kind: DataContract',
        `id: ${JSON.stringify(`c-${domain}`)}`,
        `name: ${JSON.stringify(name)}`,
        'version: 1.0.0',
        'status: active',
        `domain: ${JSON.stringify(domain)}`,
        'team:',
        `  name: '=HYPERLINK("http://example.invalid")'`,
        '  members:',
        '    - username: ada',
        '      role: Data Owner',
        '',
      ].join('\n');

    it('quotes CSV cells and neutralises formulas, so a spreadsheet reads the text as text', () => {
      writeFileSync(path.join(dir, 'a.odcs.yaml'), contract('=SUM(A1:A9), "quoted"\nsecond line', '+cmd|x'));
      const result = run(['report', '--format', 'csv'], dir);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /\r\n$/, 'RFC 4180 line ends');
      const rows = parseCsv(result.stdout);
      assert.equal(rows.length, 2);
      assert.equal(rows[1].length, rows[0].length);
      const col = (name: string) => rows[1][rows[0].indexOf(name)];
      assert.equal(col('name'), `'=SUM(A1:A9), "quoted"\nsecond line`);
      assert.equal(col('domain'), "'+cmd|x");
      assert.equal(col('team'), `'=HYPERLINK("http://example.invalid")`);
      assert.equal(col('data owner'), 'ada');
    });

    it('shows control characters from a contract as escapes in every format, so none acts on a terminal', () => {
      // An escape sequence that would clear the screen, and a right-to-left override that reverses what follows.
      writeFileSync(path.join(dir, 'a.odcs.yaml'), contract('Clear\u001b[2J and \u202eevil', 'sales'));
      for (const format of ['json', 'csv', 'markdown']) {
        const result = run(['report', '--format', format], dir);
        assert.equal(result.code, 0, result.stderr);
        assert.ok(!/[\u001b\u202e]/.test(result.stdout), `${format}: no raw control character`);
        if (format === 'json') {
          const report = JSON.parse(result.stdout) as ReportJson;
          assert.equal(report.records[0].name, 'Clear\u001b[2J and \u202eevil', 'JSON keeps the data, escaped');
        } else {
          assert.ok(result.stdout.includes('Clear\\x1b'), format);
          assert.ok(result.stdout.includes(' and \\u202eevil'), format);
        }
      }
    });

    it('gives Markdown a pull request can carry: the figures, and names that cannot break a table', () => {
      writeFileSync(path.join(dir, 'a.odcs.yaml'), contract('Pipes | and [a link](http://x.invalid)\n<b>', 'sales'));
      writeFileSync(path.join(dir, 'b.odcs.yaml'), contract('Second', 'finance'));
      const md = run(['report'], dir);
      assert.equal(md.code, 0, md.stderr);
      const report = json<ReportJson>(['report', '--format', 'json'], dir);
      assert.match(md.stdout, /^# Data contract report/);
      assert.match(md.stdout, /\| Contracts \| 2 \|/);
      assert.match(md.stdout, new RegExp(`\\| Mean score \\| ${report.summary.meanScore} \\|`));
      assert.match(md.stdout, /\| With a Data Owner \| 2 of 2 \(100%\) \|/);
      assert.match(md.stdout, /\| finance \| 1 \|/);
      for (const w of report.weakest) assert.ok(md.stdout.includes(`| ${w.score} |`), `score of ${w.name}`);
      const row = md.stdout.split('\n').find((l) => l.includes('Pipes'));
      assert.ok(row);
      assert.equal(row.split(/(?<!\\)\|/).length, 6, 'four cells: the pipe in the name is escaped');
      // The line break in the name became a space, so the row is whole; the link and the tag are plain text.
      assert.ok(row.includes('\\[a link\\](http://x.invalid) \\<b\\>'), row);
    });

    it('with no contracts, reports 0 and says so on stderr', () => {
      mkdirSync(path.join(dir, 'k8s'));
      writeFileSync(path.join(dir, 'k8s/deployment.yaml'), 'apiVersion: apps/v1\nkind: Deployment\n');
      const result = run(['report', '--format', 'json'], dir);
      assert.equal(result.code, 0);
      assert.match(result.stderr, /no data contracts found/);
      const report = JSON.parse(result.stdout) as ReportJson;
      assert.equal(report.contracts, 0);
      assert.equal(report.summary.meanScore, 0);
      assert.deepEqual(report.byDomain, []);
      assert.deepEqual(report.weakest, []);
      const md = run(['report'], dir);
      assert.equal(md.code, 0);
      assert.match(md.stdout, /No data contracts were found\./);
      const csv = parseCsv(run(['report', '--format', 'csv'], dir).stdout);
      assert.equal(csv.length, 1, 'the header alone');
    });

    it('with only a contract that does not parse, counts it with its errors and gives no mean', () => {
      writeFileSync(
        path.join(dir, 'broken.odcs.yaml'),
        'apiVersion: v3.0.2\nkind: DataContract\n  id: x\n : : ]]\n\t- a\n',
      );
      const lint = json<LintJson>(['lint', '--format', 'json'], dir);
      const result = run(['report', '--format', 'json'], dir);
      assert.equal(result.code, 0, result.stderr);
      const report = JSON.parse(result.stdout) as ReportJson;
      assert.equal(report.contracts, 1);
      assert.equal(report.summary.unscored, 1);
      assert.equal(report.summary.errors, lint.files[0].findings.filter((f) => f.severity === 'error').length);
      assert.ok(report.summary.errors > 0);
      assert.equal(report.summary.meanScore, 0);
      const md = run(['report'], dir).stdout;
      assert.match(md, /1 of them could not be scored/);
      assert.match(
        md,
        /## Not scored\n\n\| File \| Why \|\n\| --- \| --- \|\n\| broken\.odcs\.yaml \| It does not parse/,
      );
    });

    it('names an apiVersion it does not know and what to set, the same in every format', () => {
      const fixture = 'test/fixtures/realworld/eddiethedean__odcs__tests__fixtures__unsupported-version.yaml';
      writeFileSync(path.join(dir, 'future.odcs.yaml'), readFileSync(path.join(REPO, fixture), 'utf8'));
      const result = run(['report', '--format', 'json'], dir);
      assert.equal(result.code, 0, result.stderr);
      const [record] = (JSON.parse(result.stdout) as ReportJson).records;
      const reason = record.unscored ?? '';
      assert.match(reason, /^Set apiVersion to a released ODCS version such as v3\.2\.0 .*'v9\.9\.9'/);
      assert.doesNotMatch(reason, /migrate/);
      assert.ok(result.stderr.includes(`future.odcs.yaml: not scored: ${reason}\n`), result.stderr);
      assert.ok(run(['report'], dir).stdout.includes(`| future.odcs.yaml | ${reason} |`));
      const rows = parseCsv(run(['report', '--format', 'csv'], dir).stdout);
      assert.equal(rows[1][rows[0].indexOf('not scored')], reason);
      assert.equal(run(['report', '--output', 'report.html'], dir).code, 0);
      const html = readFileSync(path.join(dir, 'report.html'), 'utf8');
      assert.ok(html.includes(reason.replace(/'/g, '&#39;')), 'the HTML page gives the same reason');
    });

    it('picks the format from --output, and refuses an unknown grouping', () => {
      writeFileSync(path.join(dir, 'a.odcs.yaml'), contract('A', 'sales'));
      assert.equal(run(['report', '-o', 'r.json'], dir).code, 0);
      assert.equal((JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')) as ReportJson).contracts, 1);
      assert.equal(run(['report', '-o', 'r.md'], dir).code, 0);
      assert.match(readFileSync(path.join(dir, 'r.md'), 'utf8'), /^# Data contract report/);
      const bad = run(['report', '--by', 'colour'], dir);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /--by/);
    });
  });

  describe('with --history', () => {
    let dir: string;
    let env: Record<string, string>;
    beforeEach(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'dclens-report-history-'));
      env = { DCLENS_CACHE_DIR: path.join(dir, 'cache') };
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    /** Hearings arrive bare and improve; sentences arrive later. */
    function repo(): HistoryRepo {
      const r = new HistoryRepo(path.join(dir, 'repo'));
      r.commit('2026-01-05', { 'courts/hearings.odcs.yaml': storyContract('hearings', 0) });
      r.commit('2026-02-03', { 'courts/hearings.odcs.yaml': storyContract('hearings', 1) });
      r.commit('2026-03-02', { 'courts/sentences.odcs.yaml': storyContract('sentences', 0), 'notes.yaml': 'a: 1\n' });
      return r;
    }

    it('adds the figures at each commit that changed a contract, the last equal to the figures now', () => {
      const r = repo();
      const report = json<ReportJson>(['report', '--history', '--format', 'json'], r.root, env);
      assert.deepEqual(
        report.history?.map((h) => [h.date, h.commit, h.contracts]),
        r.commits.map((c, i) => [c.date, c.commit, i < 2 ? 1 : 2]),
      );
      const [first, second, last] = report.history ?? [];
      assert.ok(second.meanScore > first.meanScore, 'the hearings contract improved');
      assert.equal(first.withDataOwner, 0);
      assert.equal(second.withDataOwner, 1);
      // The working tree is the last commit: its point and the report now are the same figures.
      const { date, commit, contracts, ...figures } = last;
      void date;
      void commit;
      assert.equal(contracts, report.contracts);
      assert.deepEqual(figures, report.summary);

      const md = run(['report', '--since', '2026-02-01'], r.root, env);
      assert.equal(md.code, 0, md.stderr);
      const table = md.stdout.slice(md.stdout.indexOf('## Over time'));
      assert.match(table, /\| Date \| Commit \|/);
      assert.ok(!table.includes('2026-01-05'), '--since leaves out the earlier commit');
      assert.match(table, new RegExp(`\\| 2026-03-02 \\| ${r.commits[2].commit.slice(0, 7)} \\| 2 \\|`));
    });

    it('in a shallow clone, has the history that is there and says so on stderr and in the report', () => {
      const r = repo();
      const shallow = path.join(dir, 'shallow');
      r.git(['clone', '-q', '--depth', '1', `file://${r.root}`, shallow]);
      const result = run(['report', '--history', '--format', 'json'], shallow, env);
      assert.equal(result.code, 0, result.stderr);
      const report = JSON.parse(result.stdout) as ReportJson;
      assert.deepEqual(
        report.history?.map((h) => [h.date, h.contracts]),
        [['2026-03-02', 2]],
      );
      assert.match(result.stderr, /^dclens: This is a shallow clone/m);
      assert.ok(report.historyNotes?.some((n) => /shallow clone/.test(n)));
    });

    it('stops with a plain reason for a --since that is not a day, or outside a git repository', () => {
      const r = repo();
      const bad = run(['report', '--since', '2026-02-30'], r.root, env);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /--since needs a day written YYYY-MM-DD/);
      assert.equal(bad.stdout, '');
      const outside = path.join(dir, 'plain');
      mkdirSync(outside);
      writeFileSync(path.join(outside, 'a.odcs.yaml'), storyContract('a', 1));
      const none = run(['report', '--history'], outside, { ...env, GIT_CEILING_DIRECTORIES: dir });
      assert.equal(none.code, 2);
      assert.match(none.stderr, /^dclens: .*git/m);
      assert.equal(none.stdout, '');
    });
  });
});

/** RFC 4180, as a spreadsheet reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

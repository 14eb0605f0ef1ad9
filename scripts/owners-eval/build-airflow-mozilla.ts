// Builds the owners-eval corpus test/fixtures/owners-eval/airflow-mozilla/: one contract per Airflow DAG of Mozilla's
// data platform, owned by its `default_args.owner` (see the corpus's SOURCES.md for sources, licence and mapping).
//
//   node --import tsx scripts/owners-eval/build-airflow-mozilla.ts
//       builds contracts/ and manifest.json from the files saved under source/
//   node --import tsx scripts/owners-eval/build-airflow-mozilla.ts extract <telemetry-airflow git dir> <bigquery-etl git dir>
//       first refreshes source/ (owner excerpts of telemetry-airflow's DAG files, bigquery-etl's dags.yaml, commits)
//       and history.json from local clones of the two repositories, then builds
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const ROOT = join(import.meta.dirname, '../../test/fixtures/owners-eval/airflow-mozilla');
const SRC = join(ROOT, 'source');

type DagExcerpt = {
  path: string;
  dagId: string;
  owner: string;
  ownerLine: number;
  email: string[];
  taskOwners: string[];
};
type Commit = { author: string; date: string };

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['--git-dir', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/** The owner, alert e-mails, DAG id and task-level owners written in one DAG file of telemetry-airflow. */
function excerpt(path: string, text: string): DagExcerpt | undefined {
  const owner = /["']owner["']\s*:\s*["']([^"']+)["']/.exec(text);
  if (!owner) return undefined;
  const emailList = /["']email["']\s*:\s*(\[[^\]]*\]|["'][^"']*["'])/.exec(text);
  const dagId = /\bDAG\(\s*(?:dag_id\s*=\s*)?["']([^"']+)["']/.exec(text);
  const taskOwners = [...text.matchAll(/\bowner\s*=\s*["']([^"']+)["']/g)].map((m) => m[1]);
  return {
    path,
    dagId: dagId?.[1] ?? path.replace(/^.*\//, '').replace(/\.py$/, ''),
    owner: owner[1],
    ownerLine: text.slice(0, owner.index).split('\n').length,
    email: emailList ? [...emailList[1].matchAll(EMAIL)].map((m) => m[0]) : [],
    taskOwners: [...new Set(taskOwners)].filter((o) => o !== owner[1]),
  };
}

/** `12345+login@users.noreply.github.com` → `login`; `name@host` → `name`; lower-cased. */
function authorOf(email: string): string {
  const local = email.split('@')[0];
  return (email.endsWith('users.noreply.github.com') ? local.replace(/^\d+\+/, '') : local).toLowerCase();
}

/** Some commits carry `=` as author name and e-mail: nobody to credit, so they are left out of the history. */
const known = (email: string) => /^[A-Za-z0-9]/.test(email ?? '');

function commitsOf(log: string): Commit[] {
  return log
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('\t'))
    .filter(([name, email]) => !/\[bot\]$/.test(name) && known(email))
    .map(([, email, date]) => ({ author: authorOf(email), date }));
}

/** Commits to dags.yaml per DAG: a changed line belongs to the top-level key above it (hunk header or earlier line). */
function dagsYamlHistory(dir: string, names: Set<string>): Map<string, Commit[]> {
  const out = new Map<string, Commit[]>();
  const log = git(
    dir,
    'log',
    '-p',
    '-U0',
    '--no-renames',
    '--format=@@@%an\t%ae\t%ad',
    '--date=short',
    'HEAD',
    '--',
    'dags.yaml',
  );
  let commit: { name: string; email: string; date: string } | undefined;
  let touched = new Set<string>();
  const flush = () => {
    if (!commit || /\[bot\]$/.test(commit.name) || !known(commit.email)) return;
    for (const dag of touched) {
      if (!names.has(dag)) continue;
      out.set(dag, [...(out.get(dag) ?? []), { author: authorOf(commit.email), date: commit.date }]);
    }
  };
  let current: string | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith('@@@')) {
      flush();
      const [name, email, date] = line.slice(3).split('\t');
      commit = { name, email, date };
      touched = new Set();
      current = undefined;
    } else if (line.startsWith('@@ ')) {
      current = /@@ [^@]+ @@ ([A-Za-z0-9_]+):/.exec(line)?.[1];
    } else if (/^[+-](?![+-]{2} )/.test(line)) {
      const key = /^[+-]([A-Za-z0-9_]+):\s*$/.exec(line);
      if (key) current = key[1];
      if (current) touched.add(current);
    }
  }
  flush();
  return out;
}

function extract(telemetryAirflow: string, bigqueryEtl: string) {
  mkdirSync(join(SRC, 'telemetry-airflow'), { recursive: true });
  mkdirSync(join(SRC, 'bigquery-etl'), { recursive: true });
  const taHead = git(telemetryAirflow, 'rev-parse', 'HEAD').trim();
  const beHead = git(bigqueryEtl, 'rev-parse', 'HEAD').trim();
  const files = git(telemetryAirflow, 'ls-tree', '-r', '--name-only', 'HEAD', 'dags/')
    .split('\n')
    .filter((p) => /^dags\/[^/]+\.py$/.test(p));
  const dags: DagExcerpt[] = [];
  const ownerless: string[] = [];
  for (const path of files) {
    const e = excerpt(path, git(telemetryAirflow, 'show', `HEAD:${path}`));
    if (e) dags.push(e);
    else if (!path.endsWith('__init__.py')) ownerless.push(path);
  }
  writeFileSync(
    join(SRC, 'telemetry-airflow/dag-owners.json'),
    JSON.stringify({ commit: taHead, dags, ownerless }, null, 1) + '\n',
  );
  writeFileSync(join(SRC, 'bigquery-etl/dags.yaml'), git(bigqueryEtl, 'show', `HEAD:dags.yaml`));
  writeFileSync(
    join(SRC, 'commits.json'),
    JSON.stringify({ 'mozilla/telemetry-airflow': taHead, 'mozilla/bigquery-etl': beHead }, null, 1) + '\n',
  );

  const history: { path: string; commits: Commit[] }[] = [];
  for (const d of dags) {
    const log = git(
      telemetryAirflow,
      'log',
      '--follow',
      '--format=%an\t%ae\t%ad',
      '--date=short',
      'HEAD',
      '--',
      d.path,
    );
    history.push({ path: contractPath('telemetry-airflow', d.path), commits: commitsOf(log) });
  }
  const dagsYaml = parse(readFileSync(join(SRC, 'bigquery-etl/dags.yaml'), 'utf8')) as Record<string, unknown>;
  const perDag = dagsYamlHistory(bigqueryEtl, new Set(Object.keys(dagsYaml)));
  for (const name of Object.keys(dagsYaml)) {
    history.push({ path: contractPath('bigquery-etl', `dags/${name}.py`), commits: perDag.get(name) ?? [] });
  }
  writeFileSync(join(ROOT, 'history.json'), JSON.stringify(history, null, 1) + '\n');
}

/** Where a DAG's contract sits: the repository, then the DAG file's path (bigquery-etl generates dags/<name>.py). */
function contractPath(repo: string, dagFile: string): string {
  return `contracts/${repo}/${dagFile.replace(/\.py$/, '.odcs.yaml')}`;
}

/** Alert lists that every DAG mails are not people; the rest of `email` are the DAG's named custodians. */
const notAPerson = (address: string) => /alerts?@/i.test(address);

function contract(
  id: string,
  name: string,
  dagId: string,
  description: string | undefined,
  owner: string,
  custodians: string[],
) {
  const o = owner.toLowerCase();
  const cs = [...new Set(custodians.map((c) => c.toLowerCase()))].filter((c) => c !== o && !notAPerson(c));
  return {
    apiVersion: 'v3.1.0',
    kind: 'DataContract',
    id,
    name,
    version: '1.0.0',
    status: 'active',
    ...(description ? { description: { purpose: description.trim().split('\n\n')[0].replace(/\s+/g, ' ') } } : {}),
    schema: [{ name: dagId }],
    team: {
      members: [{ username: o, role: 'Data Owner' }, ...cs.map((c) => ({ username: c, role: 'Data Custodian' }))],
    },
  };
}

function build() {
  rmSync(join(ROOT, 'contracts'), { recursive: true, force: true });
  const write = (path: string, doc: object) => {
    const file = join(ROOT, path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, stringify(doc, { lineWidth: 0 }));
  };
  const owners = new Set<string>();
  let entities = 0;
  const ta = JSON.parse(readFileSync(join(SRC, 'telemetry-airflow/dag-owners.json'), 'utf8')) as { dags: DagExcerpt[] };
  for (const d of ta.dags) {
    const stem = d.path.replace(/^.*\//, '').replace(/\.py$/, '');
    write(
      contractPath('telemetry-airflow', d.path),
      contract(`mozilla-telemetry-airflow-${stem}`, stem, d.dagId, undefined, d.owner, [...d.email, ...d.taskOwners]),
    );
    owners.add(d.owner.toLowerCase());
    entities++;
  }
  type DagSpec = { description?: string; default_args?: { owner?: string; email?: string[] } };
  const dagsYaml = parse(readFileSync(join(SRC, 'bigquery-etl/dags.yaml'), 'utf8')) as Record<string, DagSpec>;
  for (const [name, spec] of Object.entries(dagsYaml)) {
    const owner = spec.default_args?.owner;
    if (!owner) continue;
    write(
      contractPath('bigquery-etl', `dags/${name}.py`),
      contract(`mozilla-bigquery-etl-${name}`, name, name, spec.description, owner, spec.default_args?.email ?? []),
    );
    owners.add(owner.toLowerCase());
    entities++;
  }
  const commits = JSON.parse(readFileSync(join(SRC, 'commits.json'), 'utf8')) as Record<string, string>;
  writeFileSync(
    join(ROOT, 'manifest.json'),
    JSON.stringify(
      {
        org: 'Mozilla (data platform)',
        entities,
        owners: owners.size,
        sources: [
          {
            repository: 'https://github.com/mozilla/telemetry-airflow',
            commit: commits['mozilla/telemetry-airflow'],
            paths: ['dags/*.py'],
            licence: 'MPL-2.0',
          },
          {
            repository: 'https://github.com/mozilla/bigquery-etl',
            commit: commits['mozilla/bigquery-etl'],
            paths: ['dags.yaml'],
            licence: 'MPL-2.0',
          },
        ],
      },
      null,
      2,
    ) + '\n',
  );
  console.log(
    `${entities} contracts, ${owners.size} owners${existsSync(join(ROOT, 'history.json')) ? ', history.json present' : ''}`,
  );
}

if (process.argv[2] === 'extract') extract(process.argv[3], process.argv[4]);
build();

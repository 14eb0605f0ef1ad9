// Leave-one-out evaluation of owner suggestions: `node --import tsx scripts/eval-owners.ts [--seed N] [--json]`.
// Corpus: the DataHub covid19 demo owners (real) plus a generated organisation in a real git repository.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { contractMembers, datasetNameFromUrn, OWNER_ROLES, roleFromText, suggestOwners, type CatalogueSnapshot, type OwnerRole } from '../src/engine/owners';
import { loadCatalogue } from '../src/node/catalogue';
import { generateOrg, type OrgContract } from '../test/owners/support/generate-org';
import { writeOrgRepo } from '../test/owners/support/write-org';

const DATAHUB_EXTRACT = 'test/fixtures/catalogue/demo_data_datasets_owners_extract.json';
const args = process.argv.slice(2);
const seed = args.includes('--seed') ? Number(args[args.indexOf('--seed') + 1]) : 20261127;

/** The 46 owned covid19 datasets as contracts, one folder per BigQuery dataset, all in domain 'covid19'. */
function dataHubContracts(extractPath: string): OrgContract[] {
  const items = JSON.parse(readFileSync(extractPath, 'utf8')) as { urn: string; owners: { owner: string; type: string }[] }[];
  const owners = new Map<string, Set<string>>();
  for (const item of items) {
    const set = owners.get(item.urn) ?? new Set();
    for (const o of item.owners) set.add(o.owner.replace(/^urn:li:corpuser:/, ''));
    owners.set(item.urn, set);
  }
  const out: OrgContract[] = [];
  for (const [urn, ids] of owners) {
    const name = datasetNameFromUrn(urn);
    if (!name || ids.size === 0) continue;
    const [, dataset, table] = name.split('.');
    const value = {
      apiVersion: 'v3.1.0', kind: 'DataContract', id: `${dataset}-${table}`, name: table, version: '1.0.0', status: 'active', domain: 'covid19',
      team: { members: [...ids].map((id) => ({ username: id, role: 'Data Owner' })) },
      schema: [{ name: table, physicalName: name, logicalType: 'object' }],
    };
    out.push({ path: `datahub-covid19/${dataset}/${table}.odcs.yaml`, value, created: '2020-05-01', bu: 'covid19', domain: 'covid19' });
  }
  return out;
}

/** The answer key: current members in the role (no dateOut) who have not left. */
function truth(value: unknown, role: OwnerRole, left: Set<string>): string[] {
  return contractMembers(value).filter((m) => !m.dateOut && roleFromText(m.role) === role && !left.has(m.username)).map((m) => m.username);
}

/** What a new contract's author knows: everything but the members. */
function withoutMembers(value: Record<string, unknown>): Record<string, unknown> {
  const team = value.team as Record<string, unknown> | undefined;
  return { ...value, team: team?.name ? { name: team.name } : undefined };
}

/** Baseline: the people most often in the role among other contracts of the same domain. */
function domainMajority(contracts: OrgContract[], subject: OrgContract, role: OwnerRole): string[] {
  const domain = subject.value.domain;
  if (!domain) return [];
  const counts = new Map<string, number>();
  for (const c of contracts) {
    if (c === subject || c.value.domain !== domain) continue;
    for (const m of contractMembers(c.value)) if (!m.dateOut && roleFromText(m.role) === role) counts.set(m.username, (counts.get(m.username) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id).slice(0, 3);
}

interface Tally { cases: number; answered: number; top1: number; top3: number }
const empty = (): Tally => ({ cases: 0, answered: 0, top1: 0, top3: 0 });
function score(t: Tally, ranked: string[], answer: string[]): void {
  t.cases++;
  if (ranked.length === 0) return;
  t.answered++;
  if (answer.includes(ranked[0])) t.top1++;
  if (ranked.slice(0, 3).some((id) => answer.includes(id))) t.top3++;
}
const pct = (n: number, d: number): string => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function evaluate(snapshot: CatalogueSnapshot, all: OrgContract[], part: OrgContract[], left: Set<string>, minScore?: number) {
  const rows: { role: OwnerRole; ranker: Tally; baseline: Tally }[] = [];
  for (const role of OWNER_ROLES) {
    const ranker = empty();
    const baseline = empty();
    for (const c of part) {
      const answer = truth(c.value, role, left);
      if (answer.length === 0) continue;
      const ranked = suggestOwners(snapshot, { path: c.path, value: withoutMembers(c.value) }, role, { top: 3, minScore }).map((x) => x.id);
      score(ranker, ranked, answer);
      score(baseline, domainMajority(all, c, role), answer);
    }
    rows.push({ role, ranker, baseline });
  }
  return rows;
}

async function main(): Promise<void> {
  const started = performance.now();
  const org = generateOrg(seed);
  const covid = dataHubContracts(DATAHUB_EXTRACT);
  const root = mkdtempSync(join(tmpdir(), 'dclens-eval-owners-'));
  try {
    writeOrgRepo(root, org, [
      { author: { name: 'DataHub Ingestion', email: 'datahub@example.org' }, date: '2022-07-01', message: 'Import covid19 demo datasets', files: covid.map((c) => ({ path: c.path, content: stringify(c.value) })) },
    ]);
    const catalogue = await loadCatalogue({
      root,
      sources: [{ type: 'contracts' }, { type: 'codeowners', path: '.github/CODEOWNERS' }, { type: 'git' }, { type: 'people', path: 'catalogue/people.yaml' }],
      today: '2026-06-30',
    });
    const snapshot = catalogue.snapshot();
    const left = new Set(org.people.filter((p) => p.left && p.inDirectory).map((p) => p.id));
    const all = [...org.contracts, ...covid];
    const parts = { 'generated organisation': org.contracts, 'DataHub covid19 demo': covid, combined: all };
    const report: Record<string, unknown> = { seed, contracts: all.length, people: org.people.length, commits: org.commits.length };
    const lines = [`Owner suggestion evaluation (leave-one-out, seed ${seed}): ${all.length} contracts, ${org.people.length} people, ${org.commits.length + 2} commits`];
    for (const [name, part] of Object.entries(parts)) {
      const rows = evaluate(snapshot, all, part, left);
      report[name] = rows;
      lines.push('', `${name} (${part.length} contracts)`, 'role            cases | ranker: coverage  top-1  top-3  top-3 of all | domain majority: coverage  top-1  top-3  top-3 of all');
      for (const r of rows) {
        if (r.ranker.cases === 0) continue;
        const cells = (t: Tally) => `${pct(t.answered, t.cases)} ${pct(t.top1, t.answered)} ${pct(t.top3, t.answered)}       ${pct(t.top3, t.cases)}`;
        lines.push(`${r.role.padEnd(15)} ${String(r.ranker.cases).padStart(5)} |          ${cells(r.ranker)} |                  ${cells(r.baseline)}`);
      }
    }
    // The abstention threshold trades coverage for accuracy.
    lines.push('', 'Data Owner, combined, by abstention threshold: threshold  coverage  top-1  top-3');
    for (const minScore of [0.25, 0.4, 0.5, 0.6]) {
      const t = evaluate(snapshot, all, all, left, minScore)[0].ranker;
      lines.push(`${' '.repeat(47)}${minScore.toFixed(2).padStart(5)}   ${pct(t.answered, t.cases)} ${pct(t.top1, t.answered)} ${pct(t.top3, t.answered)}`);
    }
    lines.push('', 'top-1 and top-3: accuracy among the contracts that got a suggestion; coverage: the share that got one;\ntop-3 of all: contracts whose owner was in the top 3, over all contracts (a miss when nothing was suggested).');
    lines.push(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
    process.stdout.write(args.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : `${lines.join('\n')}\n`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

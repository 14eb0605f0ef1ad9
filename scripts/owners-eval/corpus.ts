// Evaluation corpora: each loaded through the catalogue loader the CLI uses, kept as per-source parse outputs so
// that a held-out contract's own record can be left out of the snapshot it is ranked against.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { datasetNameFromUrn, type GitAuthorStats, type GitFileRecord, type ParseOutput } from '../../src/engine/owners';
import { loadCatalogue, type CatalogueSourceConfig } from '../../src/node/catalogue';
import { generateOrg } from '../../test/owners/support/generate-org';
import { writeOrgRepo } from '../../test/owners/support/write-org';

export const FIXTURES = 'test/fixtures/owners-eval';
const DATAHUB_EXTRACT = 'test/fixtures/catalogue/demo_data_datasets_owners_extract.json';
/** Members whose dateOut is after this still count; later than every history in the corpora. */
const TODAY = '2026-12-01';

export interface CorpusContract {
  /** Path relative to the corpus root, as in the snapshot. */
  path: string;
  /** The catalogue source id of its record (`contracts:<path>`). */
  sourceId: string;
  value: Record<string, unknown>;
}

export interface Corpus {
  name: string;
  /** Real or generated, and what it holds; one line. */
  description: string;
  /** Every source's parse output, as the loader produced it (plus git evidence from history.json). */
  outputs: ReadonlyMap<string, ParseOutput>;
  contracts: CorpusContract[];
}

/** The corpus folders under test/fixtures/owners-eval (each with a `contracts/` folder), picked up automatically. */
export function fixtureCorpusNames(base = FIXTURES): string[] {
  if (!existsSync(base)) return [];
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(base, d.name, 'contracts')))
    .map((d) => d.name)
    .sort();
}

async function loadOutputs(root: string, sources: CatalogueSourceConfig[]): Promise<Map<string, ParseOutput>> {
  const catalogue = await loadCatalogue({ root, sources, today: TODAY });
  const outputs = catalogue.sourceOutputs();
  // The loader's own warnings (a missing optional source) are not evidence.
  outputs.delete('loader');
  return outputs;
}

function contractsOf(root: string, outputs: ReadonlyMap<string, ParseOutput>): CorpusContract[] {
  const out: CorpusContract[] = [];
  for (const [sourceId, o] of outputs) {
    if (!sourceId.startsWith('contracts:') || !o.records.some((r) => r.kind === 'asset')) continue;
    const path = sourceId.slice('contracts:'.length);
    out.push({ path, sourceId, value: parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown> });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

interface HistoryEntry {
  path: string;
  commits: { author: string; name?: string; date: string }[];
}

/**
 * `history.json` (real authorship per contract path) as the git source's records: what `readGitHistory` would
 * produce from a repository holding those commits. Authors are e-mail local parts or logins; they get a
 * placeholder domain, so they resolve as a git e-mail does (by local part).
 */
export function gitRecordsFromHistory(entries: HistoryEntry[]): GitFileRecord[] {
  const records: GitFileRecord[] = [];
  for (const e of entries) {
    if (e.commits.length === 0) continue;
    const email = (author: string): string => (author.includes('@') ? author : `${author}@git.invalid`).toLowerCase();
    const authors = new Map<string, GitAuthorStats>();
    for (const c of e.commits) {
      const key = email(c.author);
      const a = authors.get(key);
      if (a) {
        a.commits++;
        if (c.date > a.lastCommit) a.lastCommit = c.date;
      } else authors.set(key, { email: key, name: c.name ?? c.author, commits: 1, lastCommit: c.date });
    }
    // The first commit: the oldest date; on a tie, the entry listed as older (lists are newest or oldest first).
    const newestFirst = e.commits[0].date >= e.commits[e.commits.length - 1].date;
    let first = e.commits[0];
    for (const c of e.commits) if (c.date < first.date || (c.date === first.date && newestFirst)) first = c;
    records.push({
      kind: 'git',
      path: e.path,
      authors: [...authors.values()],
      createdBy: email(first.author),
      source: `git:${e.path}`,
    });
  }
  return records;
}

/** One folder of test/fixtures/owners-eval: contracts, optional people.yaml and history.json. */
export async function loadFixtureCorpus(name: string, base = FIXTURES): Promise<Corpus> {
  const root = join(base, name);
  const sources: CatalogueSourceConfig[] = [{ type: 'contracts', path: 'contracts' }];
  for (const people of ['people.yaml', 'people.yml', 'people.csv'])
    if (existsSync(join(root, people))) sources.push({ type: 'people', path: people });
  for (const owners of ['CODEOWNERS', '.github/CODEOWNERS'])
    if (existsSync(join(root, owners))) sources.push({ type: 'codeowners', path: owners });
  const outputs = await loadOutputs(root, sources);
  const history = join(root, 'history.json');
  if (existsSync(history)) {
    outputs.set('git', {
      records: gitRecordsFromHistory(JSON.parse(readFileSync(history, 'utf8')) as HistoryEntry[]),
      warnings: [],
    });
  }
  let description = name;
  try {
    const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { org?: string };
    if (manifest.org) description = manifest.org;
  } catch {
    // No manifest: the folder name describes it.
  }
  return { name, description: `real: ${description}`, outputs, contracts: contractsOf(root, outputs) };
}

/** The generated organisation, written into a real git repository (people directory, CODEOWNERS, history). */
export async function loadGeneratedCorpus(seed: number): Promise<Corpus> {
  const org = generateOrg(seed);
  const root = mkdtempSync(join(tmpdir(), 'dclens-eval-owners-'));
  try {
    writeOrgRepo(root, org);
    const outputs = await loadOutputs(root, [
      { type: 'contracts' },
      { type: 'codeowners', path: '.github/CODEOWNERS' },
      { type: 'git' },
      { type: 'people', path: 'catalogue/people.yaml' },
    ]);
    return {
      name: 'generated',
      description: `generated organisation (seed ${seed}), git history, CODEOWNERS, people directory`,
      outputs,
      contracts: contractsOf(root, outputs),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The 46 owned covid19 datasets of DataHub's demo as contracts, one folder per BigQuery dataset, domain 'covid19'. */
export async function loadDataHubDemoCorpus(): Promise<Corpus> {
  const items = JSON.parse(readFileSync(DATAHUB_EXTRACT, 'utf8')) as {
    urn: string;
    owners: { owner: string; type: string }[];
  }[];
  const owners = new Map<string, Set<string>>();
  for (const item of items) {
    const set = owners.get(item.urn) ?? new Set();
    for (const o of item.owners) set.add(o.owner.replace(/^urn:li:corpuser:/, ''));
    owners.set(item.urn, set);
  }
  const root = mkdtempSync(join(tmpdir(), 'dclens-eval-datahub-'));
  try {
    for (const [urn, ids] of owners) {
      const name = datasetNameFromUrn(urn);
      if (!name || ids.size === 0) continue;
      const [, dataset, table] = name.split('.');
      const value = {
        apiVersion: 'v3.1.0',
        kind: 'DataContract',
        id: `${dataset}-${table}`,
        name: table,
        version: '1.0.0',
        status: 'active',
        domain: 'covid19',
        team: { members: [...ids].map((id) => ({ username: id, role: 'Data Owner' })) },
        schema: [{ name: table, physicalName: name, logicalType: 'object' }],
      };
      const path = join(root, 'datahub-covid19', dataset, `${table}.odcs.yaml`);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, stringify(value));
    }
    const outputs = await loadOutputs(root, [{ type: 'contracts' }]);
    return {
      name: 'datahub-demo',
      description: 'real: DataHub covid19 demo owners (46 BigQuery tables, no history)',
      outputs,
      contracts: contractsOf(root, outputs),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

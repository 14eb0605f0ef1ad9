/**
 * Builds the dbt-ncl-icb owner-evaluation corpus from the excerpts kept beside it:
 *   test/fixtures/owners-eval/dbt-ncl-icb/source/models.excerpt.yml  (models that set config.meta.owner, per YAML file)
 *   test/fixtures/owners-eval/dbt-ncl-icb/source/model-files.txt     (file listing of models/ at the same commit)
 * One ODCS v3.1.0 contract per owned model, placed where the model's .sql lives; manifest.json is rewritten.
 * history.json, SOURCES.md and LICENSE are not produced here (see SOURCES.md).
 *
 *   node --import tsx scripts/owners-eval/build-dbt-ncl-icb.ts
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { parse, stringify } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'owners-eval', 'dbt-ncl-icb');
const PROJECT = 'wnl_analytics'; // `name:` in the source's dbt_project.yml
const SOURCE_REPO = 'ncl-icb-analytics/dbt-ncl-analytics';
const SOURCE_COMMIT = '213ca0542d527cc1d0c4e4fe2a5877bd8049a6ca'; // the commit the excerpts were taken from

interface ExcerptModel {
  name: string;
  config?: { alias?: string; meta?: { owner?: unknown } };
}
interface ExcerptFile {
  file: string;
  models: ExcerptModel[];
}

function ownerName(owner: unknown): string | undefined {
  if (typeof owner === 'string') return owner;
  if (owner && typeof owner === 'object') {
    const o = owner as Record<string, unknown>;
    for (const k of ['name', 'email', 'github', 'slack']) if (typeof o[k] === 'string') return o[k] as string;
  }
  return undefined;
}

const excerpt = parse(readFileSync(join(ROOT, 'source', 'models.excerpt.yml'), 'utf8')) as ExcerptFile[];
const files = readFileSync(join(ROOT, 'source', 'model-files.txt'), 'utf8')
  .split('\n')
  .filter(Boolean);
const sqlByName = new Map<string, string[]>();
for (const f of files) {
  if (!f.endsWith('.sql') && !f.endsWith('.py')) continue;
  const name = posix.basename(f).replace(/\.(sql|py)$/, '');
  sqlByName.set(name, [...(sqlByName.get(name) ?? []), f]);
}

rmSync(join(ROOT, 'contracts'), { recursive: true, force: true });
const owners = new Set<string>();
const seen = new Set<string>();
let entities = 0;
for (const { file, models } of excerpt) {
  for (const model of models) {
    const owner = ownerName(model.config?.meta?.owner);
    if (!owner) continue;
    const ymlDir = posix.dirname(file);
    const candidates = sqlByName.get(model.name) ?? [];
    const sql = candidates.find((c) => posix.dirname(c) === ymlDir) ?? candidates[0];
    const dir = sql ? posix.dirname(sql) : ymlDir;
    const rel = posix.join('contracts', dir, `${model.name}.odcs.yaml`);
    if (seen.has(rel)) throw new Error(`two models map to ${rel}`);
    seen.add(rel);
    const parts = dir.split('/'); // models/<layer>/<area>/...
    const domain = parts.length > 2 ? parts[2] : undefined;
    const username = owner.trim().toLowerCase();
    owners.add(username);
    const contract: Record<string, unknown> = {
      apiVersion: 'v3.1.0',
      kind: 'DataContract',
      id: `${SOURCE_REPO}:model.${PROJECT}.${model.name}`,
      name: model.name,
      version: '1.0.0',
      status: 'active',
      ...(domain ? { domain } : {}),
      schema: [{ name: model.name, physicalName: model.config?.alias ?? model.name }],
      team: { members: [{ username, role: 'Data Owner' }] },
    };
    const out = join(ROOT, rel);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, stringify(contract));
    entities++;
  }
}

const manifest = {
  org: 'NHS North Central London ICB analytics (dbt-ncl-analytics)',
  entities,
  owners: owners.size,
  sources: [
    {
      repository: `https://github.com/${SOURCE_REPO}`,
      commit: SOURCE_COMMIT,
      licence: 'MIT OR OGL-UK-3.0',
      files: ['models/**/*.yml', 'dbt_project.yml'],
    },
  ],
};
writeFileSync(join(ROOT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`${entities} contracts, ${owners.size} distinct owners`);

// Builds the owners-eval corpus test/fixtures/owners-eval/backstage-giantswarm/ from the Backstage catalogue files
// saved under its source/catalogs/ (giantswarm/backstage-catalogs, Apache-2.0, commit in SOURCES.md).
//   node --import tsx scripts/owners-eval/build-backstage-giantswarm.ts
// Every Component with a real owner becomes one contract in catalogs/<file>/<name>.odcs.yaml; `unspecified` owners
// are left out. Groups and Users become people.yaml. No history: the catalogue files are written by a bot.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';

const ROOT = join(import.meta.dirname, '../../test/fixtures/owners-eval/backstage-giantswarm');
const SRC = join(ROOT, 'source/catalogs');

type Entity = {
  kind: string;
  metadata: { name: string; title?: string; description?: string; annotations?: Record<string, string> };
  spec?: {
    owner?: string;
    type?: string;
    members?: string[];
    memberOf?: string[];
    profile?: { displayName?: string; email?: string };
  };
};

function load(file: string): Entity[] {
  return parseAllDocuments(readFileSync(join(SRC, file), 'utf8'))
    .map((d) => d.toJS() as Entity | null)
    .filter((e): e is Entity => !!e && typeof e === 'object' && 'kind' in e);
}

/** `group:giantswarm/team-Phoenix` → `team-phoenix`. */
function ref(owner: string): string {
  return owner
    .replace(/^[a-z]+:/i, '')
    .replace(/^[^/]+\//, '')
    .toLowerCase();
}

rmSync(join(ROOT, 'contracts'), { recursive: true, force: true });
const owners = new Set<string>();
const skipped: string[] = [];
const files = new Set<string>();
let entities = 0;
for (const file of ['components', 'charts']) {
  for (const e of load(`${file}.yaml`)) {
    if (e.kind !== 'Component' || !e.spec?.owner) continue;
    const owner = ref(e.spec.owner);
    if (owner === 'unspecified') {
      skipped.push(`${file}/${e.metadata.name}`);
      continue;
    }
    owners.add(owner);
    entities++;
    const name = e.metadata.name.replace(/\/+$/, '');
    // charts.yaml names two entries `happa` or `aws-efs-csi-driver` (chart and bundle): the chart reference tells them apart.
    const chart = e.metadata.annotations?.['giantswarm.io/helmcharts'];
    const slug = e.metadata.annotations?.['github.com/project-slug']?.replace(/\/+$/, '');
    let base = (chart ? chart.split('/').pop()! : name).replace(/[^A-Za-z0-9._-]/g, '-');
    while (files.has(`${file}/${base}`)) base += '-2';
    files.add(`${file}/${base}`);
    const contract: Record<string, unknown> = {
      apiVersion: 'v3.1.0',
      kind: 'DataContract',
      id: `giantswarm-${file}-${base}`,
      name,
      version: '1.0.0',
      status: 'active',
      ...(e.metadata.description ? { description: { purpose: e.metadata.description.trim() } } : {}),
      schema: [{ name, ...(chart ? { physicalName: chart } : {}) }],
      team: { members: [{ username: owner, role: 'Data Owner' }] },
      // The GitHub repository links an application in components.yaml to its chart in charts.yaml.
      ...(slug ? { customProperties: [{ property: 'sourceRepository', value: slug }] } : {}),
    };
    const dir = join(ROOT, 'contracts/catalogs', file);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${base}.odcs.yaml`), stringify(contract, { lineWidth: 0 }));
  }
}

// People: every User, with the teams whose `members` list names them; team members without a User entity too.
const teams = new Map<string, string[]>();
for (const g of load('groups.yaml')) {
  if (g.kind !== 'Group') continue;
  for (const m of g.spec?.members ?? []) {
    const id = m.toLowerCase();
    teams.set(id, [...(teams.get(id) ?? []), g.metadata.name.toLowerCase()]);
  }
}
const people: Record<string, unknown>[] = [];
const seen = new Set<string>();
for (const u of load('users.yaml')) {
  if (u.kind !== 'User') continue;
  const id = u.metadata.name.toLowerCase();
  seen.add(id);
  const team = [...(teams.get(id) ?? []), ...(u.spec?.memberOf ?? []).map(ref)];
  people.push({
    id,
    ...(u.spec?.profile?.displayName ? { name: u.spec.profile.displayName } : {}),
    ...(u.spec?.profile?.email ? { email: u.spec.profile.email } : {}),
    ...(team.length ? { team: [...new Set(team)].join(';') } : {}),
    github: u.metadata.name,
    active: true,
  });
}
for (const [id, t] of [...teams].sort())
  if (!seen.has(id)) people.push({ id, team: t.join(';'), github: id, active: true });
writeFileSync(join(ROOT, 'people.yaml'), stringify({ people }, { lineWidth: 0 }));

writeFileSync(
  join(ROOT, 'manifest.json'),
  JSON.stringify(
    {
      org: 'Giant Swarm',
      entities,
      owners: owners.size,
      sources: [
        {
          repository: 'https://github.com/giantswarm/backstage-catalogs',
          commit: '8ba4134346c8b6d2b6d3eb38a93054793a0861b3',
          paths: ['catalogs/components.yaml', 'catalogs/charts.yaml', 'catalogs/groups.yaml', 'catalogs/users.yaml'],
          licence: 'Apache-2.0',
        },
      ],
    },
    null,
    2,
  ) + '\n',
);
console.log(
  `${entities} contracts, ${owners.size} owners, ${people.length} people; skipped (owner unspecified): ${skipped.length}`,
);

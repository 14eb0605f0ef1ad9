// Backstage catalog-info.yaml: User and Group entities, and any entity with `spec.owner`.
import { LineCounter, parseAllDocuments } from 'yaml';
import type { CatalogueRecord, ParseOutput, SourceWarning } from './model';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const strList = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter((s): s is string => !!s) : []);

/** `group:default/prisons-data` or `prisons-data` → `prisons-data`. */
function entityName(ref: string): string {
  return ref.replace(/^[a-z]+:/i, '').replace(/^[^/]+\//, '');
}

export function parseBackstageYaml(text: string, fileName: string): ParseOutput {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter });
  const records: CatalogueRecord[] = [];
  const warnings: SourceWarning[] = [];
  const docList = Array.isArray(docs) ? docs : [docs];
  for (const doc of docList) {
    if (doc.errors.length > 0) {
      const err = doc.errors[0];
      warnings.push({
        file: fileName,
        line: err.linePos?.[0].line ?? 1,
        message: `not valid YAML: ${err.message.split('\n')[0]}`,
      });
      continue;
    }
    const line = doc.contents ? lineCounter.linePos(doc.contents.range[0]).line : 1;
    let value: unknown;
    try {
      value = doc.toJS();
    } catch (error) {
      // Unresolved or excessive aliases.
      warnings.push({
        file: fileName,
        line,
        message: `not valid YAML: ${error instanceof Error ? error.message : String(error)}`,
      });
      continue;
    }
    if (value == null) continue;
    if (!isObject(value) || typeof value.kind !== 'string' || !isObject(value.metadata) || !str(value.metadata.name)) {
      warnings.push({
        file: fileName,
        line,
        message: 'not a Backstage entity (needs kind and metadata.name); skipped',
      });
      continue;
    }
    records.push(...recordsForEntity(value, fileName));
  }
  return { records, warnings };
}

function recordsForEntity(entity: Json, source: string): CatalogueRecord[] {
  const kind = String(entity.kind).toLowerCase();
  const metadata = entity.metadata as Json;
  const name = str(metadata.name)!;
  const spec = isObject(entity.spec) ? entity.spec : {};
  const profile = isObject(spec.profile) ? spec.profile : {};
  if (kind === 'user') {
    const email = str(profile.email);
    return [
      {
        kind: 'person',
        id: name,
        name: str(profile.displayName) ?? str(metadata.title),
        email,
        teams: strList(spec.memberOf).map(entityName),
        aliases: [`user:default/${name}`, ...(email ? [email] : [])],
        source,
      },
    ];
  }
  if (kind === 'group') {
    return [
      {
        kind: 'team',
        id: name,
        name: str(profile.displayName) ?? str(metadata.title),
        parent: str(spec.parent) ? entityName(str(spec.parent)!) : undefined,
        members: strList(spec.members).map(entityName),
        aliases: [`group:default/${name}`],
        source,
      },
    ];
  }
  const owner = str(spec.owner);
  if (!owner) return [];
  const ownerKind = /^user:/i.test(owner) ? 'person' : /^group:/i.test(owner) ? 'team' : undefined;
  return [
    {
      kind: 'asset',
      key: `${kind}:${str(metadata.namespace) ?? 'default'}/${name}`,
      label: `Backstage ${kind} '${name}'`,
      names: [name.toLowerCase()],
      domain: str(spec.domain) ?? (kind === 'domain' ? name : undefined),
      tags: strList(metadata.tags),
      owners: [{ ref: entityName(owner), kind: ownerKind, role: 'Data Owner' }],
      source,
    },
  ];
}

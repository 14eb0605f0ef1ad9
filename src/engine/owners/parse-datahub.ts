// DataHub metadata files: MCE (`proposedSnapshot`) and MCP (`entityUrn` + `aspectName`) JSON, plus the
// plain owners extract used by the DataHub demo data (`{urn, owners: [{owner, type}]}`).
import type { AssetRecord, CatalogueRecord, OwnerRef, ParseOutput, SourceWarning } from './model';
import { lineOfJsonError, shortJsonError } from './text-lines';

type Json = Record<string, unknown>;

/** Collected aspects of one entity, whichever file layout they came in. */
interface EntityAspects {
  urn: string;
  aspects: Map<string, Json>;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Pegasus unions are written `{"string": "x"}` in MCE files. */
function unwrap(v: unknown): unknown {
  if (isObject(v)) {
    const keys = Object.keys(v);
    if (keys.length === 1 && ['string', 'int', 'long', 'boolean'].includes(keys[0])) return v[keys[0]];
  }
  return v;
}

const str = (v: unknown): string | undefined => {
  const u = unwrap(v);
  return typeof u === 'string' && u.trim() !== '' ? u : undefined;
};

/** `com.linkedin.pegasus2avro.common.Ownership` → `ownership`. */
function aspectNameOf(className: string): string {
  const last = className.slice(className.lastIndexOf('.') + 1);
  return last.charAt(0).toLowerCase() + last.slice(1);
}

function aspectValue(aspect: unknown): Json | undefined {
  if (!isObject(aspect)) return undefined;
  if (isObject(aspect.json)) return aspect.json;
  if (typeof aspect.value === 'string') {
    const parsed: unknown = JSON.parse(aspect.value);
    return isObject(parsed) ? parsed : undefined;
  }
  return undefined;
}

/** `urn:li:dataset:(urn:li:dataPlatform:hive,db.table,PROD)` → `db.table`. */
export function datasetNameFromUrn(urn: string): string | undefined {
  const m = /^urn:li:dataset:\(urn:li:dataPlatform:[^,]+,(.+),[A-Z_]+\)$/.exec(urn);
  return m ? m[1] : undefined;
}

function entityKind(urn: string): string {
  const m = /^urn:li:([A-Za-z]+):/.exec(urn);
  return m ? m[1] : 'entity';
}

export function parseDataHubJson(text: string, fileName: string): ParseOutput {
  const warnings: SourceWarning[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      records: [],
      warnings: [
        { file: fileName, line: lineOfJsonError(text, error), message: `not valid JSON: ${shortJsonError(error)}` },
      ],
    };
  }
  const items = Array.isArray(data) ? data : [data];
  const entities = new Map<string, EntityAspects>();
  const records: CatalogueRecord[] = [];
  const entity = (urn: string): EntityAspects => {
    let e = entities.get(urn);
    if (!e) entities.set(urn, (e = { urn, aspects: new Map() }));
    return e;
  };

  items.forEach((item, index) => {
    try {
      if (!isObject(item)) return;
      if (isObject(item.proposedSnapshot)) {
        for (const snapshot of Object.values(item.proposedSnapshot)) {
          if (!isObject(snapshot) || typeof snapshot.urn !== 'string' || !Array.isArray(snapshot.aspects)) continue;
          const e = entity(snapshot.urn);
          for (const wrapped of snapshot.aspects) {
            if (!isObject(wrapped)) continue;
            for (const [className, value] of Object.entries(wrapped)) {
              if (isObject(value)) e.aspects.set(aspectNameOf(className), value);
            }
          }
        }
      } else if (typeof item.entityUrn === 'string' && typeof item.aspectName === 'string') {
        const value = aspectValue(item.aspect);
        if (value) entity(item.entityUrn).aspects.set(item.aspectName, value);
      } else if (typeof item.urn === 'string' && isObject(item.info) && typeof item.info.name === 'string') {
        // The boot list of system ownership types: `{urn, info: {name, description}}`.
        records.push({ kind: 'label', urn: item.urn, name: item.info.name, source: fileName });
      } else if (typeof item.dataProductOwner === 'string') {
        records.push(mojDataProduct(item, fileName));
      } else if (typeof item.urn === 'string' && Array.isArray(item.owners)) {
        // The extract repeats a urn; keep every owner it lists.
        const e = entity(item.urn);
        const before = e.aspects.get('ownership')?.owners;
        e.aspects.set('ownership', { owners: [...(Array.isArray(before) ? before : []), ...item.owners] });
      }
    } catch (error) {
      warnings.push({ file: fileName, line: 0, message: `entry ${index + 1} skipped: ${shortJsonError(error)}` });
    }
  });

  for (const e of entities.values()) records.push(...recordsForEntity(e, fileName));
  return { records, warnings };
}

function recordsForEntity(e: EntityAspects, source: string): CatalogueRecord[] {
  const kind = entityKind(e.urn);
  const a = e.aspects;
  if (kind === 'corpuser') {
    const info = a.get('corpUserInfo');
    const status = a.get('corpUserStatus');
    const removed = a.get('status')?.removed === true;
    const statusText = str(status?.status);
    let active: boolean | undefined = typeof info?.active === 'boolean' ? info.active : undefined;
    if (statusText) active = statusText.toUpperCase() === 'ACTIVE';
    if (removed) active = false;
    const email = str(info?.email);
    const groups = a.get('groupMembership')?.groups;
    return [
      {
        kind: 'person',
        id: e.urn.replace(/^urn:li:corpuser:/, ''),
        name: str(info?.displayName) ?? str(info?.fullName),
        email,
        title: str(info?.title),
        active,
        teams: Array.isArray(groups)
          ? groups.filter((g): g is string => typeof g === 'string').map(groupId)
          : undefined,
        aliases: [e.urn, ...(email ? [email] : [])],
        source,
      },
    ];
  }
  if (kind === 'corpGroup') {
    const info = a.get('corpGroupInfo');
    const members = Array.isArray(info?.members) ? info.members.filter((m): m is string => typeof m === 'string') : [];
    return [
      {
        kind: 'team',
        id: groupId(e.urn),
        name: str(info?.displayName),
        members: members.map((m) => m.replace(/^urn:li:corpuser:/, '')),
        aliases: [e.urn],
        source,
      },
    ];
  }
  const records: CatalogueRecord[] = [];
  if (kind === 'domain' || kind === 'ownershipType') {
    const name = str(a.get('domainProperties')?.name) ?? str(a.get('ownershipTypeInfo')?.name);
    if (name) records.push({ kind: 'label', urn: e.urn, name, source });
    return records;
  }
  const ownership = a.get('ownership');
  const owners: OwnerRef[] = [];
  if (Array.isArray(ownership?.owners)) {
    for (const o of ownership.owners) {
      if (!isObject(o) || typeof o.owner !== 'string') continue;
      owners.push({
        ref: o.owner,
        kind: o.owner.startsWith('urn:li:corpGroup:')
          ? 'team'
          : o.owner.startsWith('urn:li:corpuser:')
            ? 'person'
            : undefined,
        dataHubType: str(o.type),
        dataHubTypeUrn: str(o.typeUrn),
      });
    }
  }
  const domains = a.get('domains')?.domains;
  const props = a.get('datasetProperties') ?? a.get('containerProperties');
  const datasetName = datasetNameFromUrn(e.urn);
  const name = str(props?.qualifiedName) ?? datasetName ?? str(props?.name) ?? e.urn;
  const names = new Set<string>();
  for (const n of [datasetName, str(props?.qualifiedName), str(props?.name)]) {
    if (!n) continue;
    names.add(n.toLowerCase());
    names.add(n.slice(n.lastIndexOf('.') + 1).toLowerCase());
  }
  const tags = a.get('globalTags')?.tags;
  if (owners.length === 0 && !Array.isArray(domains)) return records;
  const asset: AssetRecord = {
    kind: 'asset',
    key: e.urn,
    label: `DataHub ${kind === 'dataset' ? 'dataset' : kind} '${name}'`,
    names: [...names],
    domain: Array.isArray(domains) && typeof domains[0] === 'string' ? domains[0] : undefined,
    tags: Array.isArray(tags)
      ? tags
          .map((t) => (isObject(t) && typeof t.tag === 'string' ? t.tag.replace(/^urn:li:tag:/, '') : ''))
          .filter(Boolean)
      : [],
    owners,
    source,
  };
  records.push(asset);
  return records;
}

function groupId(urn: string): string {
  return urn.replace(/^urn:li:corpGroup:/, '');
}

/**
 * MoJ data product metadata (the Data Platform's `metadata.json`, ingested into Find MoJ Data):
 * `dataProductOwner` is accountable, `dataProductMaintainer` looks after it.
 */
function mojDataProduct(item: Json, source: string): AssetRecord {
  const name = str(item.name) ?? 'data product';
  const owners: OwnerRef[] = [{ ref: String(item.dataProductOwner), kind: 'person', role: 'Data Owner' }];
  const maintainer = str(item.dataProductMaintainer);
  if (maintainer) owners.push({ ref: maintainer, kind: 'person', role: 'Data Custodian' });
  const schemas = Array.isArray(item.schemas) ? item.schemas.filter((x): x is string => typeof x === 'string') : [];
  return {
    kind: 'asset',
    key: `moj-data-product:${name}`,
    label: `data product '${name}'`,
    names: [
      name.toLowerCase(),
      ...schemas.map((x) => x.toLowerCase()),
      ...schemas.map((x) => `${name}.${x}`.toLowerCase()),
    ],
    domain: str(item.domain),
    tags: [],
    owners,
    source,
  };
}

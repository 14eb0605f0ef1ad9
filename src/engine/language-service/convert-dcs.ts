// "Convert to ODCS": the text of an ODCS v3.2.0 contract carrying what a Data Contract Specification file says
// (id, title, version, status, description, owner team, models and their fields), for the user to pick on the
// deprecation finding. It rewrites the whole document, so it is a suggestion, never a fix; what ODCS has no
// place for here (servers, terms, examples, quality) is left for the user, and the contract's linting says so.
import { stringify } from 'yaml';
import { isObject } from '../detect';
import { LATEST_ODCS_VERSION } from '../model';
import { logicalTypeOf } from '../migrate/shared';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;
const record = (value: unknown): Record<string, unknown> => (isObject(value) ? value : {});

function property(name: string, field: Record<string, unknown>): Record<string, unknown> {
  const type = typeof field.type === 'string' ? field.type.toLowerCase() : undefined;
  const logical = logicalTypeOf(field.type);
  const result: Record<string, unknown> = { name, logicalType: logical ?? 'string' };
  if (type && logical !== type) result.physicalType = field.type;
  if (field.primaryKey === true || field.primary === true) result.primaryKey = true;
  if (field.required === true) result.required = true;
  if (field.unique === true) result.unique = true;
  if (text(field.description)) result.description = field.description;
  if (field.pii === true) result.classification = 'restricted';
  if (field.type === 'object' && isObject(field.fields)) {
    result.properties = Object.entries(field.fields).map(([n, f]) => property(n, record(f)));
  }
  return result;
}

/** The ODCS text for a parsed DCS document, ending with a newline; undefined when it is not a DCS mapping. */
export function dcsToOdcs(dcs: unknown): string | undefined {
  if (!isObject(dcs) || dcs.dataContractSpecification === undefined) return undefined;
  const info = record(dcs.info);
  const odcs: Record<string, unknown> = {
    apiVersion: LATEST_ODCS_VERSION,
    kind: 'DataContract',
    id: text(dcs.id) ?? 'contract',
    ...(text(info.title) ? { name: info.title } : {}),
    version: text(info.version) ?? (typeof info.version === 'number' ? String(info.version) : '1.0.0'),
    status: text(info.status) ?? 'draft',
  };
  if (text(info.description)) odcs.description = { purpose: info.description };
  if (text(info.owner)) odcs.team = { name: info.owner };
  const models = Object.entries(record(dcs.models));
  if (models.length > 0) {
    odcs.schema = models.map(([name, model]) => {
      const m = record(model);
      return {
        name,
        logicalType: 'object',
        ...(text(m.description) ? { description: m.description } : {}),
        properties: Object.entries(record(m.fields)).map(([n, f]) => property(n, record(f))),
      };
    });
  }
  return stringify(odcs, { lineWidth: 0 });
}

// An SLA property as a data check: latency and freshness compare the newest value of `element` with now.
import { str, type Obj } from '../contract-nodes';
import type { ContractIndex } from '../contract-index';
import type { Range } from '../types';
import type { DataCheck } from './types';

const SECOND = 1;
const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;

/** ODCS units ("d, day, days for days; y, yr, years for years"), in seconds. */
const UNITS: Record<string, number> = {
  ms: 0.001,
  millisecond: 0.001,
  milliseconds: 0.001,
  s: SECOND,
  sec: SECOND,
  secs: SECOND,
  second: SECOND,
  seconds: SECOND,
  m: MINUTE,
  min: MINUTE,
  mins: MINUTE,
  minute: MINUTE,
  minutes: MINUTE,
  h: HOUR,
  hr: HOUR,
  hrs: HOUR,
  hour: HOUR,
  hours: HOUR,
  d: DAY,
  day: DAY,
  days: DAY,
  w: 7 * DAY,
  wk: 7 * DAY,
  week: 7 * DAY,
  weeks: 7 * DAY,
  y: 365 * DAY,
  yr: 365 * DAY,
  year: 365 * DAY,
  years: 365 * DAY,
};

export function unitSeconds(unit: string): number | undefined {
  return UNITS[unit.trim().toLowerCase()];
}

const TIMELY = new Set(['latency', 'freshness']);

export function slaCheck(
  sla: Obj,
  id: string,
  range: Range,
  index: ContractIndex,
  defaultElement: string | undefined,
): DataCheck {
  const property = str(sla.property)?.trim() ?? '';
  const element = (str(sla.element) ?? defaultElement ?? '').split(',')[0].trim();
  const base = { id, range, schema: '', property: null, subject: element, type: property || 'sla' };
  const skip = (reason: string): DataCheck => ({ ...base, measure: { kind: 'none' }, skipped: reason });
  if (!TIMELY.has(property.toLowerCase()))
    return skip(
      `the SLA '${property || '(no property)'}' is a promise about the service, not something the data can show`,
    );
  const type = property.toLowerCase() === 'latency' ? 'latency' : 'freshness';
  const found = element ? index.resolve(element) : undefined;
  if (!found || found.status !== 'found' || !found.property)
    return {
      ...skip(
        element
          ? `the element '${element}' is not a property of a schema object in this contract`
          : `the ${type} SLA names no element (a 'table.column' with a date or time)`,
      ),
      type,
    };
  const schema = found.object.name ?? found.object.physicalName ?? '';
  const propertyName = found.property.name ?? found.property.physicalName ?? '';
  const column = found.property.physicalName ?? propertyName;
  const value = typeof sla.value === 'number' ? sla.value : Number(str(sla.value));
  const unitText = str(sla.unit) ?? 'd';
  const seconds = unitSeconds(unitText);
  const where = { ...base, type, schema, property: propertyName, subject: propertyName, column };
  if (!Number.isFinite(value))
    return { ...where, measure: { kind: 'none' }, skipped: `the ${type} SLA has no number as its value` };
  if (seconds === undefined)
    return {
      ...where,
      measure: { kind: 'none' },
      skipped: `the unit '${unitText}' is not a unit of time this tool knows`,
    };
  return {
    ...where,
    measure: { kind: 'newest', column },
    expected: { operator: 'mustBeLessOrEqualTo', value: value * seconds, unit: 'seconds' },
    slaUnit: unitText.trim(),
    slaUnitSeconds: seconds,
  };
}

// The parts of a contract around its schema: SLA, servers, status, team and description; whatever else differs is
// reported as other-changed.
import { isObject } from '../detect';
import { objects, str, type Obj } from '../contract-nodes';
import { capitalize, type Found, type Quote } from './found';
import { otherChanges } from './generic';
import { matchItems, type Keyed } from './match';
import { fromTo, words } from './compare-options';
import { same, slaMagnitude, type Direction } from './values';

/** Compared elsewhere (schema), or identity and bookkeeping that is not part of the promise. */
const HANDLED = new Set([
  'apiVersion',
  'kind',
  'version',
  'schema',
  'slaProperties',
  'servers',
  'status',
  'team',
  'description',
]);

export function compareContract(before: Obj, after: Obj): Found[] {
  return [
    ...compareSla(before.slaProperties, after.slaProperties),
    ...compareServers(before.servers, after.servers),
    ...compareStatus(before, after),
    ...compareTeam(before.team, after.team),
    ...compareDescription(before.description, after.description),
    ...otherChanges(before, after, HANDLED, { schema: null, property: null, at: [] }),
  ];
}

const contractPart = { schema: null, property: null };

interface Item extends Keyed {
  value: Obj;
  index: number;
  label: string;
}

/** SLA properties where a larger value promises more (the rest promise more with a smaller one: latency, …). */
const MORE_IS_STRICTER = new Set([
  'availability',
  'retention',
  'throughput',
  'endofsupport',
  'endoflife',
  'generalavailability',
]);
/** SLA properties whose value has no better direction. */
const NO_DIRECTION = new Set(['timeofavailability', 'frequency', 'timeofday']);

function compareSla(beforeList: unknown, afterList: unknown): Found[] {
  const read = (list: unknown): Item[] =>
    objects(list).map(([value, index]) => {
      const property = str(value.property)?.trim() ?? '';
      const element = str(value.element)?.trim();
      return {
        value,
        index,
        key: `${property.toLowerCase()}|${element ?? ''}`,
        id: str(value.id),
        label: element ? `${property || 'SLA'} (${element})` : property || 'SLA',
      };
    });
  const { pairs, removed, added } = matchItems(read(beforeList), read(afterList));
  const out: Found[] = [];
  const sla = (q: Quote, i: Item) => `the ${q(i.label)} SLA`;
  for (const b of removed)
    out.push({
      ...contractPart,
      type: 'sla-removed',
      at: ['slaProperties'],
      what: (q) => capitalize(`${sla(q, b)} was removed`),
      before: b.value,
      after: null,
    });
  for (const a of added)
    out.push({
      ...contractPart,
      type: 'sla-added',
      at: ['slaProperties', a.index],
      what: (q) => capitalize(`${sla(q, a)} was added: ${promise(a.value)}`),
      before: null,
      after: a.value,
    });
  for (const { before: b, after: a } of pairs) {
    const at = ['slaProperties', a.index];
    const values = ['value', 'valueExt', 'unit'];
    if (!values.every((k) => same(b.value[k], a.value[k]))) {
      const direction = slaDirection(b.value, a.value);
      if (direction !== 'same')
        out.push({
          ...contractPart,
          type: direction === 'narrower' ? 'sla-tightened' : 'sla-loosened',
          at: [...at, 'value'],
          what: (q) =>
            capitalize(
              `${sla(q, a)} was ${direction === 'narrower' ? 'tightened' : direction === 'wider' ? 'loosened' : 'changed'}`,
            ) + `: ${fromTo(promise(b.value), promise(a.value))}`,
          before: b.value,
          after: a.value,
          unordered: direction === 'unordered',
        });
    }
    out.push(
      ...otherChanges(b.value, a.value, new Set(['property', 'element', 'id', ...values]), {
        ...contractPart,
        at,
        label: (q) => sla(q, a),
      }),
    );
  }
  return out;
}

function promise(s: Obj): string {
  const unit = str(s.unit);
  return `${words(s.value)}${unit ? ` ${unit}` : ''}`;
}

/** 'wider' when the promise got weaker (a consumer may get less), 'narrower' when it got stronger. */
function slaDirection(before: Obj, after: Obj): Direction {
  const property = (str(after.property) ?? '').trim().toLowerCase();
  if (NO_DIRECTION.has(property)) return 'unordered';
  const b = slaMagnitude(before.value, before.unit);
  const a = slaMagnitude(after.value, after.unit);
  const durations = (s: Obj) => slaMagnitude(1, s.unit) !== 1 || str(s.unit) === undefined;
  if (b === undefined || a === undefined) return 'unordered';
  // Units that cannot be converted into each other (days and percent) cannot be ordered.
  if (!same(before.unit, after.unit) && !(durations(before) && durations(after))) return 'unordered';
  if (a === b) return 'same';
  const stronger = MORE_IS_STRICTER.has(property) ? a > b : a < b;
  return stronger ? 'narrower' : 'wider';
}

function compareServers(beforeList: unknown, afterList: unknown): Found[] {
  const read = (list: unknown): Item[] => {
    const entries: Array<[Obj, number, string | undefined]> = Array.isArray(list)
      ? objects(list).map(([v, i]) => [v, i, str(v.server)?.trim()])
      : isObject(list)
        ? Object.entries(list).flatMap(([k, v], i): Array<[Obj, number, string]> => (isObject(v) ? [[v, i, k]] : []))
        : [];
    return entries.map(([value, index, name]) => ({
      value,
      index,
      key: name,
      id: str(value.id),
      label: name ?? `#${index + 1}`,
    }));
  };
  const { pairs, removed, added } = matchItems(read(beforeList), read(afterList));
  const out: Found[] = [];
  const server = (q: Quote, i: Item) => `server ${q(i.label)}`;
  for (const b of removed)
    out.push({
      ...contractPart,
      type: 'server-changed',
      at: ['servers'],
      what: (q) => capitalize(`${server(q, b)} was removed`),
      before: b.value,
      after: null,
    });
  for (const a of added)
    out.push({
      ...contractPart,
      type: 'server-changed',
      at: ['servers', Array.isArray(afterList) ? a.index : a.label],
      what: (q) => capitalize(`${server(q, a)} was added`),
      before: null,
      after: a.value,
    });
  for (const { before: b, after: a } of pairs) {
    if (same(b.value, a.value)) continue;
    const keys = [...new Set([...Object.keys(b.value), ...Object.keys(a.value)])].filter(
      (k) => !same(b.value[k], a.value[k]),
    );
    out.push({
      ...contractPart,
      type: 'server-changed',
      at: ['servers', Array.isArray(afterList) ? a.index : a.label, keys.find((k) => k in a.value) ?? 'server'],
      what: (q) =>
        capitalize(`${server(q, a)} changed: ${keys.slice(0, 3).map(q).join(', ')}${keys.length > 3 ? ', …' : ''}`),
      before: b.value,
      after: a.value,
    });
  }
  return out;
}

function compareStatus(before: Obj, after: Obj): Found[] {
  if (same(before.status, after.status)) return [];
  return [
    {
      ...contractPart,
      type: 'status-changed',
      at: ['status'],
      what: () => `The contract status changed: ${fromTo(words(before.status), words(after.status))}`,
      before: before.status ?? null,
      after: after.status ?? null,
    },
  ];
}

/** v3.0 wrote the team as a list of members, v3.1 as an object with `members`: both read as one list. */
function compareTeam(beforeTeam: unknown, afterTeam: unknown): Found[] {
  const membersOf = (team: unknown) => (Array.isArray(team) ? team : isObject(team) ? team.members : undefined);
  const base = (team: unknown): Obj =>
    isObject(team) ? Object.fromEntries(Object.entries(team).filter(([k]) => k !== 'members')) : {};
  const at = (index?: number) =>
    Array.isArray(afterTeam)
      ? ['team', ...(index === undefined ? [] : [index])]
      : ['team', 'members', ...(index === undefined ? [] : [index])];
  const read = (team: unknown): Item[] =>
    objects(membersOf(team)).map(([value, index]) => {
      const name = (str(value.username) ?? str(value.name))?.trim();
      return { value, index, key: name, label: name ?? `#${index + 1}` };
    });
  const { pairs, removed, added } = matchItems(read(beforeTeam), read(afterTeam));
  const out: Found[] = [];
  const owner = { ...contractPart, type: 'owner-changed' as const, wording: true };
  for (const b of removed)
    out.push({
      ...owner,
      at: at(),
      what: (q) => `Team member ${q(b.label)} was removed`,
      before: b.value,
      after: null,
    });
  for (const a of added)
    out.push({
      ...owner,
      at: at(a.index),
      what: (q) => `Team member ${q(a.label)} was added`,
      before: null,
      after: a.value,
    });
  for (const { before: b, after: a } of pairs)
    if (!same(b.value, a.value))
      out.push({
        ...owner,
        at: at(a.index),
        what: (q) => `Team member ${q(a.label)} changed`,
        before: b.value,
        after: a.value,
      });
  out.push(
    ...otherChanges(base(beforeTeam), base(afterTeam), new Set(), {
      ...contractPart,
      at: ['team'],
      label: () => 'the team',
    }).map((f): Found => (f.type === 'other-changed' ? { ...f, type: 'owner-changed', wording: true } : f)),
  );
  return out;
}

function compareDescription(before: unknown, after: unknown): Found[] {
  if (same(before, after)) return [];
  if (!isObject(before) || !isObject(after))
    return [
      {
        ...contractPart,
        type: 'description-changed',
        at: ['description'],
        what: () =>
          `The description of the contract was ${after === undefined ? 'removed' : before === undefined ? 'added' : 'changed'}`,
        before: before ?? null,
        after: after ?? null,
        wording: true,
      },
    ];
  const b: Obj = before;
  const a: Obj = after;
  return otherChanges(b, a, new Set(), {
    ...contractPart,
    at: ['description'],
    label: () => 'the contract description',
  }).map((f): Found => ({
    ...f,
    type: 'description-changed',
    wording: true,
    at: isObject(after) ? f.at : ['description'],
  }));
}

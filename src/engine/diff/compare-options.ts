// logicalTypeOptions of a property: bounds, lengths, sizes, pattern and format, each judged by what it admits.
import { isObject } from '../detect';
import type { Obj } from '../contract-nodes';
import { capitalize, subjectOf, type Found, type Quote } from './found';
import { otherChanges, type Place } from './generic';
import { compareBounds, orderable, same, type Bound, type Direction } from './values';

/** Options whose value bounds something: [lower key, upper key, what it is called]. */
const PAIRS: Array<[string, string, string]> = [
  ['minLength', 'maxLength', 'length'],
  ['minItems', 'maxItems', 'number of items'],
  ['minProperties', 'maxProperties', 'number of properties'],
];
/** Options where a larger value admits more values. */
const GROWING = ['precision', 'scale'];
/** Options that describe what one value is: changing them changes the type. */
const SHAPE = ['dimensions', 'elementType'];
/** Options that restrict text: adding one narrows, removing one widens, replacing one goes both ways. */
const RESTRICTING = ['pattern', 'format'];

const HANDLED = new Set([
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  ...PAIRS.flatMap(([a, b]) => [a, b]),
  ...GROWING,
  ...SHAPE,
  ...RESTRICTING,
]);

/** v3.0 `minimum` with `exclusiveMinimum: true`, or v3.1 `exclusiveMinimum: 5`, as one bound. */
function valueBound(options: Obj, lower: boolean): Bound | undefined | 'unreadable' {
  const plain = options[lower ? 'minimum' : 'maximum'];
  const exclusive = options[lower ? 'exclusiveMinimum' : 'exclusiveMaximum'];
  if (exclusive !== undefined && typeof exclusive !== 'boolean') {
    const v = orderable(exclusive);
    return v === undefined ? 'unreadable' : { value: v, exclusive: true };
  }
  if (plain === undefined) return undefined;
  const v = orderable(plain);
  return v === undefined ? 'unreadable' : { value: v, exclusive: exclusive === true };
}

function countBound(value: unknown): Bound | undefined | 'unreadable' {
  if (value === undefined) return undefined;
  const v = orderable(value);
  return v === undefined ? 'unreadable' : { value: v, exclusive: false };
}

export function compareOptions(beforeValue: unknown, afterValue: unknown, place: Place): Found[] {
  const before: Obj = isObject(beforeValue) ? beforeValue : {};
  const after: Obj = isObject(afterValue) ? afterValue : {};
  const out: Found[] = [];
  const optionsAt = [...place.at, 'logicalTypeOptions'];
  const who = (q: Quote) => subjectOf(q, place.schema, place.property);
  const push = (direction: Direction, keys: string[], what: string) => {
    if (direction === 'same') return;
    const shown = (o: Obj) => Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]]));
    out.push({
      type: direction === 'narrower' ? 'range-narrowed' : 'range-widened',
      schema: place.schema,
      property: place.property,
      at: [...optionsAt, keys.find((k) => k in after) ?? keys[0]],
      what: (q) =>
        `${what} of ${who(q)} ${direction === 'narrower' ? 'narrowed' : direction === 'wider' ? 'widened' : 'changed'}` +
        `: ${fromTo(words(shown(before)), words(shown(after)))}`,
      before: shown(before),
      after: shown(after),
      unordered: direction === 'unordered',
    });
  };
  const judge = (b: Bound | undefined | 'unreadable', a: Bound | undefined | 'unreadable', lower: boolean) =>
    b === 'unreadable' || a === 'unreadable' ? 'unordered' : compareBounds(b, a, lower);
  for (const lower of [true, false]) {
    const keys = lower ? ['minimum', 'exclusiveMinimum'] : ['maximum', 'exclusiveMaximum'];
    if (keys.every((k) => same(before[k], after[k]))) continue;
    push(judge(valueBound(before, lower), valueBound(after, lower), lower), keys, 'Range');
  }
  for (const [low, high, noun] of PAIRS) {
    for (const key of [low, high]) {
      if (same(before[key], after[key])) continue;
      push(judge(countBound(before[key]), countBound(after[key]), key === low), [key], capitalize(noun));
    }
  }
  for (const key of GROWING) {
    if (same(before[key], after[key])) continue;
    push(judge(countBound(before[key]), countBound(after[key]), false), [key], capitalize(key));
  }
  if (!same(before.multipleOf, after.multipleOf)) {
    const b = orderable(before.multipleOf);
    const a = orderable(after.multipleOf);
    const direction: Direction =
      b === undefined && a !== undefined
        ? 'narrower'
        : a === undefined && b !== undefined
          ? 'wider'
          : a !== undefined && b !== undefined && Number.isInteger(a / b)
            ? 'narrower'
            : a !== undefined && b !== undefined && Number.isInteger(b / a)
              ? 'wider'
              : 'unordered';
    push(direction, ['multipleOf'], 'Step');
  }
  for (const key of RESTRICTING) {
    if (same(before[key], after[key])) continue;
    const direction: Direction = !(key in before) ? 'narrower' : !(key in after) ? 'wider' : 'unordered';
    push(direction, [key], capitalize(key));
  }
  for (const key of SHAPE) {
    if (same(before[key], after[key])) continue;
    out.push({
      type: 'logical-type-changed',
      schema: place.schema,
      property: place.property,
      at: [...optionsAt, key],
      what: (q) => capitalize(`${who(q)} changed ${key}: ${fromTo(words(before[key]), words(after[key]))}`),
      before: before[key] ?? null,
      after: after[key] ?? null,
    });
  }
  out.push(
    ...otherChanges(before, after, HANDLED, {
      ...place,
      at: optionsAt,
      label: (q) => `logicalTypeOptions of ${who(q)}`,
    }).map((f) => ({ ...f, wording: false })),
  );
  return out;
}

/** A value or a set of options in a few words: "minimum 0", "none". */
export function words(value: unknown): string {
  if (value === undefined || value === null) return 'none';
  if (isObject(value)) {
    const entries = Object.entries(value);
    return entries.length === 0 ? 'none' : entries.map(([k, v]) => `${k} ${words(v)}`).join(', ');
  }
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 39)}…` : value;
    return /^[\w.()-]+$/.test(shown) ? shown : JSON.stringify(shown);
  }
  return JSON.stringify(value);
}

/** "minimum 0 → -10", "number → integer": before and after, the shared first word said once. */
export function fromTo(before: string, after: string): string {
  const [b, a] = [before.indexOf(' '), after.indexOf(' ')];
  const simple = !before.includes(',') && !after.includes(',');
  if (simple && b > 0 && a > 0 && before.slice(0, b) === after.slice(0, a))
    return `${before.slice(0, b)} ${before.slice(b + 1)} → ${after.slice(a + 1)}`;
  return `${before} → ${after}`;
}

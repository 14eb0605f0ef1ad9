// Small ODCS contracts that trigger the fixes and suggestions of the engine (misspelled keys, wrong-case or quoted
// values, deprecated `rule:` quality keys, reversed bounds, dimension synonyms, `slaDefaultElement`, a team written
// as a list, `dataProduct`, key-position gaps, personal data without a classification …), written in the layouts of
// yaml-layouts.ts, for the fixer fuzz test.
import fc from 'fast-check';
import { alias, map, raw, scalar, seq, writeYaml, type Layout, type YMap, type YNode } from './yaml-layouts';

export interface FuzzCase {
  text: string;
  layout: Layout;
}

/**
 * The value one time in `oneIn`, otherwise undefined. Each contract has only a few mistakes (about two fixes and two
 * suggestions): every one is applied and checked on a re-parse, so fewer per contract keep 10,000 contracts quick.
 */
const maybe = <T>(arb: fc.Arbitrary<T>, oneIn = 2): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
/** A correct value `right` times in `right + 1`, otherwise one of the mistakes. */
const mostly = <T>(correct: readonly T[], mistakes: readonly T[], right = 3): fc.Arbitrary<T> =>
  fc.oneof(
    { weight: right, arbitrary: fc.constantFrom(...correct) },
    { weight: 1, arbitrary: fc.constantFrom(...mistakes) },
  );

/** Anchors of one contract, named in the order they are made. */
class Anchors {
  private n = 0;
  readonly names: string[] = [];
  next(): string {
    const name = `a${++this.n}`;
    this.names.push(name);
    return name;
  }
}

const PROSE = [
  'Orders placed by customers',
  'One row per order.\nUpdated nightly.',
  'Amount in pence\n\nincluding VAT',
  "Customer's e-mail - never shared",
];
const proseArb = fc.constantFrom(...PROSE).map((t) => scalar(t, { prose: true }));

const qualityArb = fc.oneof(
  fc.record({
    kind: fc.constant('rule' as const),
    rule: fc.constantFrom(
      'notNull',
      'nullCheck',
      'duplicateCount',
      'rowCount',
      'nullValues',
      'unique',
      'missingValues',
    ),
    dimension: maybe(fc.constantFrom('cp', 'completeness', 'Accuracy', 'uq', 'validity', 'tm')),
  }),
  fc.record({
    kind: fc.constant('validValues' as const),
    values: fc.array(fc.constantFrom('kg', 'lb', 'g', 'Gross weight'), { minLength: 1, maxLength: 3 }),
    dimension: maybe(fc.constantFrom('cf', 'conformity')),
  }),
  fc.record({
    kind: fc.constant('between' as const),
    operator: fc.constantFrom('mustBeBetween', 'mustNotBeBetween'),
    low: fc.constantFrom('0', '-5', '0.5', '1e3', '0x0A'),
    high: fc.constantFrom('100', '.inf', '100000000000000000001', '12.50', '+7'),
    reversed: fc.boolean(),
    dimension: maybe(fc.constantFrom('ac', 'accuracy')),
  }),
);

function qualityNode(q: QualitySpec, anchors: Anchors, anchored: boolean): YMap {
  const dimension = q.dimension === undefined ? undefined : scalar(q.dimension);
  if (q.kind === 'rule')
    return map([
      ['rule', scalar(q.rule, anchored ? { anchor: anchors.next() } : {})],
      ['dimension', dimension],
    ]);
  if (q.kind === 'validValues')
    return map([
      ['rule', scalar('validValues')],
      ['validValues', seq(q.values.map((v) => scalar(v)))],
      ['dimension', dimension],
    ]);
  const [first, second] = q.reversed ? [q.high, q.low] : [q.low, q.high];
  const bound = raw(first);
  if (anchored) bound.anchor = anchors.next();
  return map([
    ['type', scalar('sql')],
    ['query', scalar('SELECT COUNT(*) FROM orders', { prose: true })],
    [q.operator, seq([bound, raw(second)])],
    ['dimension', dimension],
  ]);
}
type QualitySpec = typeof qualityArb extends fc.Arbitrary<infer T> ? T : never;

const propertyArb = fc.record({
  name: mostly(
    ['order_id', 'amount', 'quantity', 'status_code'],
    ['customerName', 'created_at', 'email', 'postcode'],
    2,
  ),
  logicalType: mostly(
    ['string', 'integer', 'date', 'timestamp', 'number'],
    ['String', 'STRING', 'Integer', 'Date', 'strng'],
  ),
  typo: maybe(
    fc.constantFrom<[string, string]>(
      ['descripton', 'Order id'],
      ['physicalNmae', 'ORDER_ID'],
      ['bussinessName', 'Order'],
      ['Description', 'Total'],
      ['requierd', 'true'],
    ),
    5,
  ),
  /** A second misspelling of a key (with 'descripton' above, two keys both meant to be 'description'). */
  typo2: maybe(fc.constantFrom<[string, string]>(['desciption', 'Second text'], ['phyiscalName', 'ORDER_ID2']), 10),
  required: maybe(fc.constantFrom('true', '"true"', "'false'", 'false', 'yes', '"Yes"'), 5),
  unique: maybe(fc.constantFrom('"true"', 'false', 'true'), 6),
  primaryKey: mostly([false], [true], 3),
  position: maybe(fc.integer({ min: 1, max: 4 }), 3),
  classification: maybe(fc.constantFrom('restricted', 'restrcted', 'public', 'Confidential', 'secret'), 5),
  description: maybe(proseArb, 3),
  quality: maybe(qualityArb, 3).map((q) => (q ? [q] : [])),
  anchorType: fc.boolean(),
  anchorQuality: fc.boolean(),
  tagQuoted: fc.boolean(),
});

function propertyNode(p: typeof propertyArb extends fc.Arbitrary<infer T> ? T : never, anchors: Anchors): YMap {
  const flag = (text: string | undefined): YNode | undefined => {
    if (text === undefined) return undefined;
    // A tag on a quoted value keeps it text however the quotes change.
    return raw(p.tagQuoted && text.startsWith('"') ? `!!str ${text}` : text);
  };
  return map([
    ['name', scalar(p.name)],
    ['logicalType', scalar(p.logicalType, p.anchorType ? { anchor: anchors.next() } : {})],
    ...(p.typo ? [[p.typo[0], scalar(p.typo[1])] as [string, YNode]] : []),
    ...(p.typo2 ? [[p.typo2[0], scalar(p.typo2[1])] as [string, YNode]] : []),
    ['description', p.description],
    ['required', flag(p.required)],
    ['unique', flag(p.unique)],
    ['primaryKey', p.primaryKey ? scalar(true) : undefined],
    ['primaryKeyPosition', p.position === undefined ? undefined : scalar(p.position)],
    ['classification', p.classification === undefined ? undefined : scalar(p.classification)],
    [
      'quality',
      p.quality.length ? seq(p.quality.map((q, i) => qualityNode(q, anchors, p.anchorQuality && i === 0))) : undefined,
    ],
  ]);
}

const objectArb = fc.record({
  name: fc.constantFrom('orders', 'customerOrders', 'line_items', 'Order Lines'),
  logicalType: maybe(mostly(['object'], ['Object', 'OBJECT', 'objct'], 2)),
  typo: maybe(
    fc.constantFrom<[string, string]>(
      ['descripton', 'All orders'],
      ['physicalNmae', 'orders_tbl'],
      ['dataGranularityDescripton', 'One row per order'],
      ['Tags', 'x'],
    ),
    5,
  ),
  description: maybe(proseArb),
  quality: maybe(qualityArb, 4).map((q) => (q ? [q] : [])),
  properties: fc.array(propertyArb, { minLength: 1, maxLength: 2 }),
});

const headerArb = fc.record({
  apiVersion: fc.constantFrom('v3.1.0', 'v3.1.0', 'v3.2.0', 'v3.0.2'),
  status: fc.constantFrom('active', 'draft'),
  typo: maybe(
    fc.constantFrom<[string, string]>(
      ['domian', 'sales'],
      ['tenent', 'acme'],
      ['descripton', 'Orders'],
      ['dataprodct', 'shop'],
      ['slaDefaultElment', 'orders'],
    ),
    5,
  ),
  dataProduct: maybe(fc.constantFrom('shop', 'Orders product'), 6),
  slaDefault: maybe(fc.constantFrom('orders.order_id', 'orders', 'line_items.amount'), 5),
  sla: fc.array(
    fc.record({
      property: fc.constantFrom('latency', 'retention', 'frequency'),
      value: fc.integer({ min: 1, max: 30 }),
      unit: fc.constantFrom('d', 'm', 'day', 'h'),
    }),
    { maxLength: 1 },
  ),
  team: mostly(['members'], ['none', 'list'], 2),
  members: fc.array(
    fc.record({
      username: fc.constantFrom('jdoe', 'asmith', 'dev.patel'),
      role: mostly(['Data Owner'], ['owner', 'Data Steward', 'data custodian'], 2),
    }),
    { minLength: 1, maxLength: 1 },
  ),
  description: maybe(fc.record({ purpose: proseArb, usage: maybe(proseArb) }), 5),
  customAliases: fc.boolean(),
});

/** One contract (a top-level map) and its anchors. */
function contractNode(
  h: typeof headerArb extends fc.Arbitrary<infer T> ? T : never,
  objects: Array<typeof objectArb extends fc.Arbitrary<infer T> ? T : never>,
): YMap {
  const anchors = new Anchors();
  const schema = objects.map((o) =>
    map([
      ['name', scalar(o.name)],
      ['logicalType', o.logicalType === undefined ? undefined : scalar(o.logicalType)],
      ...(o.typo ? [[o.typo[0], scalar(o.typo[1])] as [string, YNode]] : []),
      ['description', o.description],
      ['properties', seq(o.properties.map((p) => propertyNode(p, anchors)))],
      ['quality', o.quality.length ? seq(o.quality.map((q) => qualityNode(q, anchors, false))) : undefined],
    ]),
  );
  const members = seq(
    h.members.map((m) =>
      map([
        ['username', scalar(m.username)],
        ['role', scalar(m.role)],
      ]),
    ),
  );
  const team =
    h.team === 'none'
      ? undefined
      : h.team === 'list'
        ? members
        : map([
            ['name', scalar('sales')],
            ['members', members],
          ]);
  const sla = h.sla.map((s) =>
    map([
      ['property', scalar(s.property)],
      ['value', scalar(s.value)],
      ['unit', scalar(s.unit)],
    ]),
  );
  // Aliases of anchored nodes, read from elsewhere: a fix that edits an anchored node changes them too.
  const custom =
    h.customAliases && anchors.names.length
      ? seq(
          anchors.names.map((name) =>
            map([
              ['property', scalar(`copy_${name}`)],
              ['value', alias(name)],
            ]),
          ),
        )
      : undefined;
  return map([
    ['apiVersion', scalar(h.apiVersion)],
    ['kind', scalar('DataContract')],
    ['id', scalar('orders-contract')],
    ['version', raw('1.0.0')],
    ['status', scalar(h.status)],
    ...(h.typo ? [[h.typo[0], scalar(h.typo[1])] as [string, YNode]] : []),
    [
      'description',
      h.description
        ? map([
            ['purpose', h.description.purpose],
            ['usage', h.description.usage],
          ])
        : undefined,
    ],
    ['dataProduct', h.dataProduct === undefined ? undefined : scalar(h.dataProduct)],
    ['slaDefaultElement', h.slaDefault === undefined ? undefined : scalar(h.slaDefault)],
    ['team', team],
    ['schema', seq(schema)],
    ['slaProperties', sla.length ? seq(sla) : undefined],
    ['customProperties', custom],
  ]);
}

const objectsArb = fc.oneof(
  { weight: 3, arbitrary: objectArb.map((o) => [o]) },
  { weight: 1, arbitrary: fc.tuple(objectArb, objectArb) },
);
const contractArb = fc.tuple(headerArb, objectsArb).map(([h, o]) => contractNode(h, o));

const probability = fc.constantFrom(0, 0, 0.1, 0.3, 0.6);
/** For what adds lines (comments, blank lines): a longer text costs every check of the contract. */
const sparse = fc.constantFrom(0, 0, 0.05, 0.15, 0.4);

export const layoutArb: fc.Arbitrary<Layout> = fc.record({
  indent: fc.constantFrom<2 | 4>(2, 2, 4),
  flushSequences: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  markers: fc.boolean(),
  comments: sparse,
  anchors: probability,
  tags: probability,
  explicitKeys: probability,
  quotedKeys: probability,
  flow: probability,
  multilineFlow: probability,
  blockScalars: probability,
  dashComments: probability,
  shuffle: probability,
  blankLines: sparse,
  trailingSpaces: probability,
  strayComments: sparse,
  wideDashes: probability,
  seed: fc.integer({ min: 1, max: 0x7fffffff }),
});

/** One or two documents: the second is another contract or a document that is not one. */
export const fuzzCaseArb: fc.Arbitrary<FuzzCase> = fc
  .tuple(
    contractArb,
    fc.oneof(
      { weight: 8, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: contractArb },
      { weight: 1, arbitrary: fc.constant(map([['other', scalar('not a contract')]])) },
    ),
    layoutArb,
  )
  .map(([first, second, layout]) => ({ text: writeYaml(second ? [first, second] : [first], layout), layout }));

/**
 * One contract in layouts without what only the `yaml` library's path reads (anchors, aliases, tags, explicit keys,
 * a byte-order mark, document markers): the fast parser takes most of them.
 */
export const plainFuzzCaseArb: fc.Arbitrary<FuzzCase> = fc.tuple(contractArb, layoutArb).map(([contract, l]) => {
  const layout: Layout = { ...l, anchors: 0, tags: 0, explicitKeys: 0, bom: false, markers: false };
  return { text: writeYaml([withoutAliases(contract, new Map()) as YMap], layout), layout };
});

/** The node with its anchors taken off and every alias replaced by the node it names. */
function withoutAliases(node: YNode, anchored: Map<string, YNode>): YNode {
  if (node.kind === 'alias') return anchored.get(node.name) ?? scalar(null);
  const { anchor, ...rest } = node;
  const plain: YNode =
    rest.kind === 'map'
      ? { ...rest, entries: rest.entries.map(([k, v]): [string, YNode] => [k, withoutAliases(v, anchored)]) }
      : rest.kind === 'seq'
        ? { ...rest, items: rest.items.map((item) => withoutAliases(item, anchored)) }
        : rest;
  if (anchor) anchored.set(anchor, plain);
  return plain;
}

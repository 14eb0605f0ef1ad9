// The less common parts: array items, the v3.2 enum, SLA directions and units, rules that change what they check,
// lists whose order means nothing.
import assert from 'node:assert/strict';
import { diffContracts, type Perspective } from '../../src/engine';

const HEAD = 'apiVersion: v3.2.0\nkind: DataContract\nid: x\nversion: 1.0.0\nstatus: active\n';
const changes = (before: string, after: string, perspective: Perspective = 'consumer') =>
  diffContracts(HEAD + before, HEAD + after, { perspective }).changes.map((c) => [c.type, c.level, c.property]);

const table = (props: string) => `schema:\n  - name: t\n    properties:\n${props}`;

describe('dclens diff: items, enum, SLA and lists', () => {
  it('compares the items of an array as property[]', () => {
    const tags = (max: number) =>
      table(
        `      - name: tags\n        logicalType: array\n        items:\n          logicalType: string\n          logicalTypeOptions: {maxLength: ${max}}\n`,
      );
    assert.deepEqual(changes(tags(5), tags(10)), [['range-widened', 'breaking', 'tags[]']]);
  });

  it('reads the v3.2 enum as the allowed values: added values widen, removed ones narrow', () => {
    const method = (values: string) =>
      table(`      - name: method\n        logicalType: string\n        enum: [${values}]\n`);
    assert.deepEqual(changes(method('{value: a}, {value: b}'), method('{value: b}, {value: c}')), [
      ['valid-values-widened', 'breaking', 'method'],
      ['valid-values-narrowed', 'info', 'method'],
    ]);
    assert.deepEqual(changes(method('{value: a}, {value: b}'), method('{value: b, label: Bee}, {value: a}')), [
      ['description-changed', 'info', 'method'],
    ]);
  });

  it('knows which way each SLA promises more, and converts duration units', () => {
    const sla = (property: string, value: number, unit: string) =>
      `slaProperties:\n  - property: ${property}\n    value: ${value}\n    unit: ${unit}\n`;
    assert.deepEqual(changes(sla('availability', 99.9, 'percent'), sla('availability', 99.5, 'percent')), [
      ['sla-loosened', 'breaking', null],
    ]);
    assert.deepEqual(changes(sla('retention', 1, 'y'), sla('retention', 6, 'months')), [
      ['sla-loosened', 'breaking', null],
    ]);
    assert.deepEqual(changes(sla('latency', 1, 'd'), sla('latency', 12, 'h')), [['sla-tightened', 'info', null]]);
    assert.deepEqual(changes(sla('latency', 1, 'd'), sla('latency', 24, 'hours')), []);
    // Days and percent cannot be ordered: judged the worse way for both.
    assert.deepEqual(changes(sla('latency', 1, 'd'), sla('latency', 5, 'percent'), 'producer'), [
      ['sla-loosened', 'breaking', null],
    ]);
  });

  it('a rule that now checks something else breaks consumers and producers alike', () => {
    const rule = (query: string) =>
      `schema:\n  - name: t\n    quality:\n      - name: q1\n        type: sql\n        query: ${query}\n        mustBe: 0\n`;
    for (const perspective of ['consumer', 'producer'] as const)
      assert.deepEqual(changes(rule('select 1'), rule('select 2'), perspective), [
        ['quality-loosened', 'breaking', null],
      ]);
  });

  it('a new physicalName renames the column people query', () => {
    const column = (name: string) => table(`      - name: amount\n        physicalName: ${name}\n`);
    const diff = diffContracts(HEAD + column('amt'), HEAD + column('amount_pence'));
    assert.deepEqual(
      diff.changes.map((c) => [c.type, c.level, c.message]),
      [
        [
          'property-renamed',
          'breaking',
          "Column of property 'amount' of schema 't' renamed: 'amt' → 'amount_pence'; consumers using the old name will fail.",
        ],
      ],
    );
  });

  it('finds no change when servers, custom properties or tags are only reordered', () => {
    const before =
      'servers:\n  - {server: a, type: postgres}\n  - {server: b, type: s3}\n' +
      'customProperties:\n  - {property: p1, value: 1}\n  - {property: p2, value: 2}\ntags: [a, b]\n';
    const after =
      'tags: [b, a]\ncustomProperties:\n  - {property: p2, value: 2}\n  - {property: p1, value: 1}\n' +
      'servers:\n  - {server: b, type: s3}\n  - {type: postgres, server: a}\n';
    assert.deepEqual(changes(before, after), []);
  });
});

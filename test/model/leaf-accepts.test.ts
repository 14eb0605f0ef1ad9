// The quick tests of the common leaves never accept a value their zod schema refuses, and accept the everyday
// values it accepts (otherwise they would save nothing).
import assert from 'node:assert/strict';
import { bool, integer, num, oneOf, text, type Leaf } from '../../src/engine/model/leaves';

const VALUES: unknown[] = [
  '',
  'text',
  'true',
  '1',
  ' ',
  'Data Owner',
  'kg',
  'KG',
  0,
  -0,
  1,
  -1,
  1.5,
  2 ** 53,
  1e308,
  NaN,
  Infinity,
  -Infinity,
  true,
  false,
  null,
  undefined,
  [],
  ['a'],
  {},
  { a: 1 },
  new Date(0),
  10n,
];

describe('model: quick leaf tests', () => {
  const leaves: Array<[string, Leaf]> = [
    ['text', text],
    ['bool', bool],
    ['integer', integer],
    ['num', num],
    ['oneOf', oneOf(['kg', 'g', 'Data Owner'])],
  ];
  for (const [name, leaf] of leaves) {
    it(`${name}: accepts only what zod accepts`, () => {
      assert.ok(leaf.accepts, `${name} has a quick test`);
      let accepted = 0;
      for (const value of VALUES) {
        if (!leaf.accepts(value)) continue;
        accepted++;
        assert.ok(leaf.zod.safeParse(value).success, `${name} accepts ${String(value)} but zod does not`);
      }
      assert.ok(accepted > 0, `${name} accepts nothing`);
    });
  }
});

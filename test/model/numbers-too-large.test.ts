// YAML reads a number beyond about 1.8e308 as infinity; messages describe it instead of printing 'null' or 'Infinity'.
import assert from 'node:assert/strict';
import { describeFound } from '../../src/engine/model/naming';
import { lintText } from '../../src/engine';
import { HEAD } from './helpers';

const HUGE = '9'.repeat(401);

describe('numbers too large to represent', () => {
  it('describeFound names them, alone and in a list, and keeps other lists as they were', () => {
    assert.equal(describeFound(Infinity), 'a number too large to represent');
    assert.equal(describeFound(-Infinity), 'a negative number too large to represent');
    assert.equal(describeFound(NaN), 'a value that is not a number (.nan)');
    assert.equal(describeFound([1, Infinity]), 'the list [1, (a number too large to represent)]');
    assert.equal(describeFound(['a', 2, null]), 'the list ["a", 2, null]');
    assert.equal(describeFound(5), 'the number 5');
  });

  it('a 401-digit example or bound is described in the findings, never as null or Infinity', () => {
    const text = `${HEAD}schema:
  - name: orders
    properties:
      - name: amount
        logicalType: integer
        examples: [${HUGE}]
      - name: note
        logicalType: string
        examples: ${HUGE}
      - name: qty
        logicalType: integer
        logicalTypeOptions:
          minimum: ${HUGE}
`;
    const messages = lintText(text, { fileName: 'c.odcs.yaml', today: '2026-06-01' }).findings.map((f) => f.message);
    const about = (name: string) => messages.filter((m) => m.includes(`'${name}'`) && /too large/.test(m));
    assert.equal(about('amount').length, 1, messages.join('\n'));
    assert.equal(about('note').length, 1, messages.join('\n'));
    assert.equal(about('qty').length, 1, messages.join('\n'));
    for (const m of messages) assert.doesNotMatch(m, /\bnull\b|Infinity/, m);
  });
});

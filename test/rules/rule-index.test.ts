import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderRuleIndex } from '../../scripts/rule-index';

describe('rule index', () => {
  it('docs/rules/README.md lists every registered rule (run `npm run docs:rules` after adding one)', () => {
    assert.equal(readFileSync('docs/rules/README.md', 'utf8'), renderRuleIndex());
  });
});

import assert from 'node:assert/strict';
import { getCodeLenses } from '../../src/engine/services/code-lens';
import { renderScoreMarkdown } from '../../src/engine/services/score/render-markdown';
import { scoreContract } from '../../src/engine/services/score/score-contract';
import { lintText } from '../../src/engine/lint';
import { BARE_ORDERS, WELL_SPECIFIED } from './contracts';

const today = '2026-11-27';

describe('getCodeLenses', () => {
  it('puts the score, the weakest areas and the problem count on the first line', () => {
    const lenses = getCodeLenses(`# Orders contract\n${BARE_ORDERS}`, { today });
    assert.equal(lenses.length, 1);
    const [lens] = lenses;
    assert.equal(lens.range.start.line, 1, 'the first line of the contract, after the comment');
    assert.match(lens.title, /^Quality \d+\/100 · \w+ \d+ · \w+ \d+ · \w+ \d+ · \w+ \d+ · … · \d+ problems$/);
    const shown = [...lens.title.matchAll(/· (\w+) (\d+)/g)].map((m) => Number(m[2]));
    assert.deepEqual(
      shown,
      [...shown].sort((a, b) => a - b),
      'weakest first',
    );
    assert.equal(lens.command.command, 'dclens.showScore');
    assert.deepEqual(lens.command.arguments, [{ documentIndex: 0 }]);
  });

  it('counts the problems of the lint result it is given', () => {
    const lint = lintText(WELL_SPECIFIED, { today });
    assert.equal(lint.findings.length, 0);
    const [lens] = getCodeLenses(WELL_SPECIFIED, { today, lint: { ...lint, findings: [fakeFinding()] } });
    assert.equal(lens.title, 'Quality 100/100 · 1 problem');
  });

  it('gives one lens per contract document and none for other YAML', () => {
    const lenses = getCodeLenses(`${WELL_SPECIFIED}---\n${BARE_ORDERS}`, { today });
    assert.deepEqual(
      lenses.map((l) => l.command.arguments[0].documentIndex),
      [0, 1],
    );
    assert.equal(lenses[1].range.start.line, WELL_SPECIFIED.split('\n').length);
    assert.deepEqual(getCodeLenses('name: not a contract\n'), []);
  });
});

describe('renderScoreMarkdown', () => {
  it('shows the breakdown, the reasons, and links the steps to their lines', () => {
    const score = scoreContract(BARE_ORDERS, { today });
    assert.ok(score);
    const md = renderScoreMarkdown(score, 'file:///work/orders.odcs.yaml');
    assert.match(md, new RegExp(`^# Quality ${score.overall}/100 — orders-contract`));
    assert.match(md, /\| \[uniqueness\]\(#uniqueness\) \| \d+ \| [█░]{10} \|/);
    const step = score.areas.uniqueness.nextStep;
    assert.ok(step);
    assert.ok(md.includes(`(file:///work/orders.odcs.yaml#L${step.range.start.line + 1}) → ${step.gain.to}`));
    assert.match(md, /## Best next steps\n\n1\. \[/);
    assert.match(md, /- ✗ primary keys have a duplicate check/);
    assert.doesNotMatch(md, /command:/, 'plain file links only');
  });
});

function fakeFinding() {
  return {
    ruleId: 'no-team',
    code: 'DCL100',
    severity: 'warning' as const,
    message: 'x',
    path: [],
    docsUrl: '',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    documentIndex: 0,
  };
}

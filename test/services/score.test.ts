import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { applyEdits } from '../../src/engine/fix/apply-edits';
import { lintText } from '../../src/engine/lint';
import { describeStep, scoreContract, scoreContracts } from '../../src/engine/services/score/score-contract';
import { SCORE_AREAS } from '../../src/engine/services/score/score-types';
import { BARE_ORDERS, WELL_SPECIFIED } from './contracts';

const today = '2026-11-27';

describe('scoreContract', () => {
  it('gives a contract that does everything the score looks for 100 in every area', () => {
    const score = scoreContract(WELL_SPECIFIED, { today, predictSteps: false });
    assert.ok(score);
    for (const area of SCORE_AREAS)
      assert.equal(score.areas[area].score, 100, `${area}: ${score.areas[area].reasons.join(' | ')}`);
    assert.equal(score.overall, 100);
    assert.equal(score.name, 'Orders');
  });

  it('scores a bare contract low and says what is missing, by name', () => {
    const score = scoreContract(BARE_ORDERS, { today, predictSteps: false });
    assert.ok(score);
    assert.ok(score.overall < 50, `overall ${score.overall}`);
    const uniqueness = score.areas.uniqueness;
    assert.ok(uniqueness.score < 100);
    assert.ok(
      uniqueness.reasons.some(
        (r) =>
          r.startsWith('✗ primary keys have a duplicate check') && r.includes("property 'order_id' in schema 'orders'"),
      ),
    );
    assert.ok(uniqueness.reasons.some((r) => r.startsWith('✓ tables have a primary key')));
  });

  it('proposes a duplicate check on the key, with a gain measured by scoring the changed contract', () => {
    const score = scoreContract(BARE_ORDERS, { today });
    const step = score?.areas.uniqueness.nextStep;
    assert.ok(step);
    assert.match(step.title, /duplicateValues checks? on property 'order_id' in schema 'orders'/);
    assert.deepEqual(step.path.slice(0, 4), ['schema', 0, 'properties', 0]);
    const lines = BARE_ORDERS.split('\n');
    assert.ok(step.range.start.line >= 8 && step.range.start.line <= 11, 'the step points at a line of order_id');
    assert.match(lines[step.range.start.line], /order_id|primaryKey|required|unique/);
    const after = scoreContract(applyEdits(BARE_ORDERS, step.edits), { today, predictSteps: false });
    assert.equal(after?.areas.uniqueness.score, step.gain.to);
    assert.equal(after?.overall, step.gain.overallTo);
    assert.ok(step.gain.to > step.gain.from);
    assert.equal(describeStep(step), `${step.title} → uniqueness ${step.gain.from} → ${step.gain.to}`);
  });

  it('predicts every step exactly: applying its edits, placeholders filled in, and scoring again gives the promised numbers', () => {
    const text = readFileSync('test/fixtures/workspace/contracts/orders.odcs.yaml', 'utf8');
    for (const contract of [BARE_ORDERS, text]) {
      const score = scoreContract(contract, { today });
      assert.ok(score);
      const steps = [...score.nextSteps, ...SCORE_AREAS.flatMap((a) => score.areas[a].nextStep ?? [])];
      assert.ok(steps.length >= 5);
      for (const step of steps) {
        const filled = step.edits.map((e) => ({ ...e, newText: e.newText.replace(/\bTODO(?: - |-)/g, '') }));
        const after = scoreContract(applyEdits(contract, filled), { today, predictSteps: false });
        assert.equal(after?.areas[step.area].score, step.gain.to, step.title);
        assert.equal(after?.overall, step.gain.overallTo, step.title);
      }
    }
  });

  it('lists the overall next steps best first, each naming the part concerned', () => {
    const score = scoreContract(BARE_ORDERS, { today });
    assert.ok(score && score.nextSteps.length > 0);
    const gains = score.nextSteps.map((s) => s.gain.overallTo - s.gain.overallFrom);
    assert.deepEqual(
      gains,
      [...gains].sort((a, b) => b - a),
    );
    for (const step of score.nextSteps) assert.ok(step.target.length > 0 && step.edits.length > 0);
  });

  it("proposes a rule's suggestion as a step when it has no safe fix", () => {
    const typo = WELL_SPECIFIED.replace('element: orders.created_at', 'element: orders.created_att');
    const step = scoreContract(typo, { today })?.areas.consistency.nextStep;
    assert.ok(step);
    assert.match(step.title, /orders\.created_at.*\(DCL192\)/);
    assert.deepEqual([step.gain.from, step.gain.to], [92, 100]);
  });

  it('finds the steps a person would take on a two-table contract: key, reference, freshness', () => {
    const twoTables = `apiVersion: v3.1.0
kind: DataContract
id: shop
version: 1.0.0
status: active
schema:
  - name: orders
    properties:
      - name: order_id
        logicalType: string
        primaryKey: true
      - name: customer_id
        logicalType: string
      - name: placed_at
        logicalType: timestamp
  - name: customers
    properties:
      - name: name
        logicalType: string
      - name: customer_id
        logicalType: string
`;
    const score = scoreContract(twoTables, { today });
    assert.ok(score);
    assert.ok(
      score.areas.uniqueness.reasons.some((r) =>
        r.includes("tables have a primary key (1 of 2); not yet: schema 'customers'"),
      ),
    );
    const customersOnly = `apiVersion: v3.1.0\nkind: DataContract\nid: shop\nversion: 1.0.0\nstatus: active\n${twoTables.slice(twoTables.indexOf('schema:\n')).replace(/  - name: orders[\s\S]*?(?=  - name: customers)/, '')}`;
    assert.equal(
      scoreContract(customersOnly, { today })?.areas.uniqueness.nextStep?.title,
      "Mark property 'customer_id' in schema 'customers' as the primary key",
    );
    assert.match(score.areas.timeliness.nextStep?.title ?? '', /latency SLA on '?orders\.placed_at/);
    const withKey = `${twoTables}        primaryKey: true\n`; // on customers.customer_id, the last property
    const reference = scoreContract(withKey, { today })?.areas.consistency.nextStep;
    assert.equal(
      reference?.title,
      "Declare that property 'customer_id' in schema 'orders' refers to customers.customer_id",
    );
    assert.match(
      applyEdits(withKey, reference?.edits ?? []),
      /      - name: customer_id\n        logicalType: string\n        relationships:\n          - type: foreignKey\n            to: customers.customer_id\n/,
    );
  });

  it('counts ODCS conformity checks as validity and coverage checks as completeness', () => {
    const withDims = BARE_ORDERS.replace(
      '        unique: true\n',
      [
        '        unique: true',
        '        quality:',
        '          - type: text',
        '            description: Ids look like ORD-123.',
        '            dimension: conformity',
        '          - type: text',
        '            description: Every order has an id.',
        '            dimension: coverage',
        '',
      ].join('\n'),
    );
    const before = scoreContract(BARE_ORDERS, { today, predictSteps: false });
    const after = scoreContract(withDims, { today, predictSteps: false });
    assert.ok(before && after);
    assert.ok(after.areas.validity.score > before.areas.validity.score, 'conformity → validity');
    assert.ok(after.areas.completeness.score > before.areas.completeness.score, 'coverage → completeness');
  });

  it('takes lint findings off the area of their rule', () => {
    const score = scoreContract(BARE_ORDERS, { today, predictSteps: false });
    const ownership = score?.areas.ownership;
    assert.ok(ownership && ownership.problems > 0);
    assert.ok(
      ownership.reasons.some((r) => r.startsWith('−8 points: ') && r.includes('DCL100')),
      ownership.reasons.join(' | '),
    );
  });

  it('uses the lint result it is given instead of linting again', () => {
    const lint = lintText(WELL_SPECIFIED, { today });
    const finding = {
      ruleId: 'no-data-owner',
      code: 'DCL101',
      severity: 'warning' as const,
      message: 'Nobody is accountable.',
      path: ['team'],
      docsUrl: '',
      range: { start: { line: 13, character: 0 }, end: { line: 13, character: 4 } },
      documentIndex: 0,
    };
    const given = {
      ...lint,
      findings: [finding],
      documents: lint.documents.map((d) => ({ ...d, findings: [finding] })),
    };
    const score = scoreContract(WELL_SPECIFIED, { today, lint: given, predictSteps: false });
    assert.equal(score?.areas.ownership.score, 92);
    assert.equal(score?.problems, 1);
  });

  it('scores each contract of a multi-document file and nothing for other YAML', () => {
    const both = `${BARE_ORDERS}---\n${WELL_SPECIFIED}`;
    const scores = scoreContracts(both, { today, predictSteps: false });
    assert.deepEqual(
      scores.map((s) => s.documentIndex),
      [0, 1],
    );
    assert.equal(scoreContract(both, { today, predictSteps: false, documentIndex: 1 })?.overall, 100);
    assert.equal(scoreContract('name: not a contract\n'), undefined);
  });

  it('does not claim a gain for a contract that has none left', () => {
    const score = scoreContract(WELL_SPECIFIED, { today });
    assert.deepEqual(score?.nextSteps, []);
  });
});

describe('scoreContract with grouped findings', () => {
  it('scores a contract the same whether its repeated findings are grouped or not', () => {
    const props = ['order_id', 'customer_id', 'amount', 'placed_at', 'status']
      .map((name) => `      - name: ${name}\n        logicalType: string\n`)
      .join('');
    const text = `apiVersion: v3.2.0\nkind: DataContract\nid: orders\nversion: 1.0.0\nstatus: active\nschema:\n  - name: orders\n    properties:\n${props}`;
    const grouped = lintText(text);
    const ungrouped = lintText(text, { group: false });
    assert.ok(
      grouped.findings.some((f) => f.ruleId === 'property-description' && (f.related?.length ?? 0) === 5),
      'the five undocumented properties are one finding',
    );
    const a = scoreContract(text, { predictSteps: false, lint: grouped })!;
    const b = scoreContract(text, { predictSteps: false, lint: ungrouped })!;
    assert.equal(a.overall, b.overall);
    assert.deepEqual(
      SCORE_AREAS.map((area) => a.areas[area].score),
      SCORE_AREAS.map((area) => b.areas[area].score),
    );
  });
});

describe('scoreContract and placeholders', () => {
  const withTeam = (username: string) =>
    BARE_ORDERS.replace(
      'status: active\n',
      `status: active\nteam:\n  name: sales-data\n  members:\n    - username: ${username}\n      role: Data Owner\n`,
    );
  const ownership = (text: string) => scoreContract(text, { today, predictSteps: false })!.areas.ownership;

  it('does not count a Data Owner whose username is a placeholder', () => {
    const nobody = ownership(withTeam('""')).score;
    for (const placeholder of [
      'TODO-username',
      'TBD',
      '"<owner>"',
      '"${DATA_OWNER}"',
      'jane.doe@example.com',
      'FIXME',
    ]) {
      const area = ownership(withTeam(placeholder));
      assert.equal(area.score, nobody, placeholder);
      assert.ok(
        area.reasons.some((r) => r.startsWith('✗ a Data Owner is named (accountable for the data)')),
        placeholder,
      );
    }
    assert.ok(ownership(withTeam('priya.shah@acme-shop.co.uk')).score > nobody, 'a real person counts');
    const todo = ownership(withTeam('TODO-username'));
    assert.ok(
      todo.reasons.includes(
        "✗ a Data Owner is named (accountable for the data); not yet: replace 'TODO-username' with a real person",
      ),
      todo.reasons.join('\n'),
    );
  });

  it('does not count a placeholder team name, support address, purpose or freshness promise', () => {
    const real = `${WELL_SPECIFIED}`;
    const base = scoreContract(real, { today, predictSteps: false })!;
    const swap = (from: string, to: string) => scoreContract(real.replace(from, to), { today, predictSteps: false })!;
    assert.ok(
      swap('  name: sales-data\n', '  name: TODO-team-name\n').areas.ownership.reasons.some((r) =>
        r.startsWith('✗ the team has a name'),
      ),
    );
    assert.ok(
      swap('mailto:sales-data@acme-shop.co.uk', 'mailto:sales-data@example.org').areas.ownership.reasons.includes(
        '✗ users know where to ask for help (a support channel)',
      ),
    );
    assert.ok(
      swap(
        'purpose: Orders placed in the web shop, for sales reporting.',
        'purpose: TBD',
      ).areas.documentation.reasons.some((r) => r.startsWith('✗ the contract says what the data is for')),
    );
    const sla = swap(
      '    value: 1\n    unit: d\n    element: orders.created_at',
      '    value: TBC\n    unit: d\n    element: orders.created_at',
    );
    assert.ok(sla.areas.timeliness.score < base.areas.timeliness.score, 'a latency of "TBC" promises nothing');
  });

  it('proposes steps that write placeholders for what only the user knows, never made-up people or addresses', () => {
    const score = scoreContract(BARE_ORDERS, { today, candidatesPerArea: 6 })!;
    const steps = SCORE_AREAS.flatMap((a) => score.areas[a].nextStep ?? []).concat(score.nextSteps);
    const written = steps.flatMap((s) => s.edits.map((e) => e.newText)).join('\n');
    assert.match(written, /TODO/);
    assert.doesNotMatch(written, /mailto:|example\.(org|com)|data\.owner|value: 1\b/);
    const owner = score.areas.ownership.nextStep;
    assert.ok(owner && owner.gain.to > owner.gain.from, 'the gain is what filling the placeholder in would bring');
  });

  it('never points a step at a line past the end of the file', () => {
    for (const text of [BARE_ORDERS, BARE_ORDERS.trimEnd(), `${BARE_ORDERS}\n\n`]) {
      const lines = text.replace(/\n+$/, '').split('\n').length;
      const score = scoreContract(text, { today })!;
      const steps = SCORE_AREAS.flatMap((a) => score.areas[a].nextStep ?? []).concat(score.nextSteps);
      assert.ok(
        steps.some((s) => s.path.length === 0),
        'some step is about the whole contract',
      );
      for (const step of steps)
        assert.ok(step.range.start.line < lines, `${step.title}: line ${step.range.start.line + 1} of ${lines}`);
    }
  });

  it('proposes no freshness promise or check on a date of birth', () => {
    const text = BARE_ORDERS.replace(
      '      - name: total\n        logicalType: number\n',
      '      - name: defendant_date_of_birth\n        logicalType: date\n',
    );
    const score = scoreContract(text, { today, candidatesPerArea: 6 })!;
    // the score's own steps (a rule's suggestion, ending in its code, is the rule's advice)
    const titles = SCORE_AREAS.flatMap((a) => score.areas[a].nextStep ?? [])
      .concat(score.nextSteps)
      .map((s) => s.title)
      .filter((t) => !/\(DCL\d+\)$/.test(t));
    assert.ok(
      titles.every((t) => !/date_of_birth/.test(t) || !/latency|timeliness|freshness/i.test(t)),
      titles.join('\n'),
    );
    assert.ok(
      score.areas.timeliness.reasons.every((r) => r.startsWith('−') || !/date_of_birth/.test(r)),
      score.areas.timeliness.reasons.join('\n'),
    );
    const withLoad = text.replace(
      '        logicalType: date\n',
      '        logicalType: date\n      - name: loaded_at\n        logicalType: timestamp\n',
    );
    const step = scoreContract(withLoad, { today })!.areas.timeliness.nextStep;
    assert.match(step?.edits.map((e) => e.newText).join('') ?? '', /element: orders\.loaded_at/);
  });
});

import assert from 'node:assert/strict';
import rule from '../../src/engine/rules/deprecated-team-array';
import { applyEdits } from '../../src/engine/fix/apply-edits';
import { parseYamlFile } from '../../src/engine/parse/yaml-file';
import { Fixer } from '../../src/engine/fix/fixer';
import { contract, lintWithRule, ruleTester } from '../helpers/rule-tester';

const declaring = (apiVersion: string) => (body: string) =>
  `apiVersion: ${apiVersion}\nkind: DataContract\nid: test-contract\nversion: 1.0.0\nstatus: active\n${body}`;
const v302 = declaring('v3.0.2');

ruleTester(rule, {
  valid: [
    { name: 'team object with members', code: contract('team:\n  name: orders\n  members:\n    - username: jdoe\n') },
    { name: 'no team at all', code: contract('') },
    { name: 'the list is the only form in v3.0.2', code: v302('team:\n  - username: jdoe\n    role: owner\n') },
    {
      name: "'3.0.0' written without the v is v3.0.0, where the list is the only form",
      code: declaring('3.0.0')('team:\n  - username: jdoe\n    role: owner\n'),
    },
  ],
  invalid: [
    {
      name: 'one member: moved under members',
      code: contract('team:\n  - username: jdoe\n'),
      errors: [{ messageId: 'teamArray', line: 6, column: 1 }],
      output: contract('team:\n  members:\n    - username: jdoe\n'),
    },
    {
      name: 'flow list: no safe fix',
      code: contract('team: [{username: jdoe}]\n'),
      errors: [{ messageId: 'teamArray', line: 6, column: 1 }],
      output: null,
    },
  ],
});

describe('deprecated-team-array fix', () => {
  const fixOf = (code: string) => {
    const [finding] = lintWithRule(rule, { code });
    assert.ok(finding?.fix, 'expected a fix');
    return applyEdits(code, finding.fix.edits);
  };

  it('re-indents every member and keeps comments, blank lines and what follows', () => {
    const code = contract(
      [
        'team: # owners',
        '  # the data owner first',
        '  - username: jdoe',
        '    role: Data Owner',
        '',
        '  # then the steward',
        '  - username: asmith # on leave',
        '    role: Data Steward',
        '    description: |',
        '      Looks after',
        '        the data.',
        '# next section',
        'description:',
        '  purpose: Orders.',
        '',
      ].join('\n'),
    );
    const expected = contract(
      [
        'team: # owners',
        '  # the data owner first',
        '  members:',
        '    - username: jdoe',
        '      role: Data Owner',
        '',
        '    # then the steward',
        '    - username: asmith # on leave',
        '      role: Data Steward',
        '      description: |',
        '        Looks after',
        '          the data.',
        '# next section',
        'description:',
        '  purpose: Orders.',
        '',
      ].join('\n'),
    );
    const fixed = fixOf(code);
    assert.equal(fixed, expected);
    const [doc] = parseYamlFile(fixed).documents;
    assert.deepEqual(doc.problems, []);
    assert.deepEqual((doc.value as { team: unknown }).team, {
      members: [
        { username: 'jdoe', role: 'Data Owner' },
        { username: 'asmith', role: 'Data Steward', description: 'Looks after\n  the data.\n' },
      ],
    });
    assert.deepEqual(lintWithRule(rule, { code: fixed }), [], 'the fixed team is not reported again');
  });

  it('handles items written at the same indentation as the key, and Windows line endings', () => {
    const code = contract('team:\n- username: jdoe\n  role: owner\nstatus2: x\n').replace(/\n/g, '\r\n');
    assert.equal(
      fixOf(code),
      contract('team:\n  members:\n    - username: jdoe\n      role: owner\nstatus2: x\n').replace(/\n/g, '\r\n'),
    );
  });
});

describe('Fixer.nestSequenceUnderKey', () => {
  const fixerFor = (text: string) => {
    const file = parseYamlFile(text);
    return { text, fixer: new Fixer(file, file.documents[0].doc) };
  };

  it('nests a block sequence under a new key, at any depth', () => {
    const { text, fixer } = fixerFor('a:\n  b:\n    - x: 1\n      y: 2\n    - 3\n  c: 4\n');
    const edit = fixer.nestSequenceUnderKey(['a', 'b'], 'items');
    assert.ok(edit);
    assert.equal(applyEdits(text, [edit]), 'a:\n  b:\n    items:\n      - x: 1\n        y: 2\n      - 3\n  c: 4\n');
  });

  it('offers nothing for flow sequences, empty sequences, maps or missing paths', () => {
    for (const [text, path] of [
      ['a: [1, 2]\n', ['a']],
      ['a: []\n', ['a']],
      ['a:\n  b: 1\n', ['a']],
      ['a: 1\n', ['z']],
    ] as const) {
      assert.equal(fixerFor(text).fixer.nestSequenceUnderKey(path, 'items'), null, text);
    }
  });
});

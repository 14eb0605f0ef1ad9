// The rule tester itself: it must fail on the mistakes it exists to catch.
import assert from 'node:assert/strict';
import { defineRule, type Report, type RuleContext } from '../../src/engine/rules/define-rule';
import type { NodeRef } from '../../src/engine/contract-nodes';
import { checkInvalid, checkValid, contract, lintWithRule, untestedMessages } from '../helpers/rule-tester';

type Id = 'hole' | 'literal' | 'plain';

/** A rule that reports once on the contract, as `report` says. Its code is not a registered one. */
const probe = (report: (context: RuleContext<undefined, Id>, node: NodeRef) => Report<Id>) =>
  defineRule<undefined, Id>({
    meta: {
      id: 'tester-probe',
      code: 'DCL000',
      group: 'documentation',
      severity: 'warning',
      description: 'Reports once, to test the rule tester.',
      messages: {
        hole: '{label} names no {thing}.',
        literal: "Use '{{object}}' for the table, not '{placeholder}'.",
        plain: 'Something to say about {label}.',
      },
      hasSuggestions: true,
    },
    // Once the contract names an owner, there is nothing to say.
    create: (context) => ({
      contract: (node) => {
        if (node.value.owner === undefined) context.report(report(context, node));
      },
    }),
  });

const code = contract('# who to ask\ndescription:\n  purpose: Orders placed online.\n');
const at = (line: number, character: number) => ({ line, character });

describe('rule tester', () => {
  describe('message placeholders', () => {
    it('fails when a report leaves a placeholder unfilled', () => {
      const rule = probe((_, node) => ({ node, messageId: 'hole' }));
      assert.throws(() => lintWithRule(rule, { code }), /messageId 'hole' leaves \{thing\} unfilled/);
    });

    it('fails when a placeholder is given undefined', () => {
      const rule = probe((_, node) => ({ node, messageId: 'hole', data: { thing: undefined as unknown as string } }));
      assert.throws(() => lintWithRule(rule, { code }), /leaves \{thing\} unfilled/);
    });

    it('passes a literal {{object}} and a value that contains braces', () => {
      const rule = probe((_, node) => ({ node, messageId: 'literal', data: { placeholder: '{objet}' } }));
      assert.deepEqual(
        lintWithRule(rule, { code }).map((f) => f.message),
        ["Use '{object}' for the table, not '{objet}'."],
      );
    });

    it('fails when a rule reports a message id it does not declare', () => {
      const rule = probe((_, node) => ({ node, messageId: 'nope' as Id }));
      assert.throws(() => lintWithRule(rule, { code }), /messageId 'nope' is not one of the rule's messages/);
    });
  });

  describe('expected findings', () => {
    const rule = probe((_, node) => ({ node, messageId: 'plain' }));

    it('passes when id, line and column agree', () => {
      checkInvalid(rule, { code, errors: [{ messageId: 'plain', line: 1, column: 1 }] });
    });

    it('fails on the wrong line', () => {
      assert.throws(
        () => checkInvalid(rule, { code, errors: [{ messageId: 'plain', line: 2, column: 1 }] }),
        /line of finding 1/,
      );
    });

    it('fails on the wrong column', () => {
      assert.throws(
        () => checkInvalid(rule, { code, errors: [{ messageId: 'plain', line: 1, column: 3 }] }),
        /column of finding 1/,
      );
    });

    it('requires a column (a table written in plain JavaScript is checked at run time too)', () => {
      const noColumn = { messageId: 'plain', line: 1 } as unknown as {
        messageId: 'plain';
        line: number;
        column: number;
      };
      assert.throws(() => checkInvalid(rule, { code, errors: [noColumn] }), /needs a column \(it is at 1:1\)/);
    });

    it('fails on another message id', () => {
      assert.throws(
        () => checkInvalid(rule, { code, errors: [{ messageId: 'literal', line: 1, column: 1 }] }),
        /messageId of finding 1/,
      );
    });

    it('fails when a valid case reports', () => {
      assert.throws(() => checkValid(rule, { code }));
    });

    it('names the messages no invalid case expects', () => {
      assert.deepEqual(
        untestedMessages(rule, {
          valid: [],
          invalid: [{ code, errors: [{ messageId: 'plain', line: 1, column: 1 }] }],
        }),
        ['hole', 'literal'],
      );
    });
  });

  describe('every suggestion, applied', () => {
    const suggesting = (text: string, from: [number, number], to: [number, number]) =>
      probe((_, node) => ({
        node,
        messageId: 'plain',
        suggest: [
          { title: 'Change it', fix: (fixer) => fixer.replaceText({ start: at(...from), end: at(...to) }, text) },
        ],
      }));
    const expect = [{ messageId: 'plain' as const, line: 1, column: 1 }];

    it('passes a suggestion that keeps the file whole', () => {
      checkInvalid(suggesting('owner: orders-team\n', [8, 0], [8, 0]), { code, errors: expect });
    });

    it('fails when the text after it does not parse, even without suggestionOutput in the table', () => {
      assert.throws(
        () => checkInvalid(suggesting('tags: [a,\n', [8, 0], [8, 0]), { code, errors: expect }),
        /the suggestion 'Change it' of finding 1 does not parse/,
      );
    });

    it('fails when it adds a duplicate key', () => {
      assert.throws(
        () => checkInvalid(suggesting('status: draft\n', [8, 0], [8, 0]), { code, errors: expect }),
        /does not parse/,
      );
    });

    it('fails when it drops a comment', () => {
      assert.throws(() => checkInvalid(suggesting('', [5, 0], [6, 0]), { code, errors: expect }), /lost comments/);
    });

    it('fails when it leaves the finding it was offered for', () => {
      assert.throws(
        () => checkInvalid(suggesting('tags: [orders]\n', [8, 0], [8, 0]), { code, errors: expect }),
        /the suggestion 'Change it' of finding 1 leaves its finding in place/,
      );
    });

    it('fails when it changes nothing', () => {
      assert.throws(() => checkInvalid(suggesting('', [5, 0], [5, 0]), { code, errors: expect }), /changes nothing/);
    });

    it('fails when it changes an existing value beside its target (the guard would drop it)', () => {
      const rule = probe(() => ({
        path: ['description', 'purpose'],
        messageId: 'plain',
        data: { label: 'the purpose' },
        suggest: [
          {
            title: 'Change it',
            fix: (fixer) => [
              fixer.replaceText({ start: at(4, 8), end: at(4, 14) }, 'draft'),
              fixer.replaceText({ start: at(8, 0), end: at(8, 0) }, 'owner: orders-team\n'),
            ],
          },
        ],
      }));
      assert.throws(
        () => checkInvalid(rule, { code, errors: [{ messageId: 'plain', line: 8, column: 3 }] }),
        /the suggestion 'Change it' of finding 1 would be dropped/,
      );
    });

    it('fails when the rule does not declare that it suggests', () => {
      const rule = suggesting('owner: orders-team\n', [8, 0], [8, 0]);
      const undeclared = { ...rule, meta: { ...rule.meta, hasSuggestions: false } };
      assert.throws(() => checkInvalid(undeclared, { code, errors: expect }), /meta.hasSuggestions is not set/);
    });
  });
});

/** Compile-time checks (`npx tsc`): the tables are typed by the rule they test. Never called. */
export function typedByRule(): void {
  const rule = probe((_, node) => ({ node, messageId: 'plain' }));
  // @ts-expect-error 'nope' is not one of the rule's message ids
  checkInvalid(rule, { code, errors: [{ messageId: 'nope', line: 1 }] });
  // @ts-expect-error every expected finding gives its line
  checkInvalid(rule, { code, errors: [{ messageId: 'plain', column: 1 }] });
  // @ts-expect-error every expected finding gives its column
  checkInvalid(rule, { code, errors: [{ messageId: 'plain', line: 1 }] });
  // @ts-expect-error the rule takes no options
  checkValid(rule, { code, options: { minLength: 3 } });
}

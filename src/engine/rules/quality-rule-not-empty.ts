// `- {}` or a rule with only a type or dimension promises a check that nobody can run or read.
// Rules of type library, sql or custom already need their metric, query or implementation (the schema check reports
// a missing one), and so does a v3.0.x rule without a type (its `rule`); this rule covers what the schema accepts:
// a text rule, or a v3.1+ rule without a type, that says nothing about what is checked.
import { defineRule } from './define-rule';
import type { Obj } from '../contract-nodes';

/** Keys that say what a quality rule checks. */
const WHAT_IS_CHECKED = ['description', 'metric', 'rule', 'query', 'implementation'] as const;

const hasContent = (v: unknown): boolean =>
  v !== undefined &&
  v !== null &&
  (typeof v !== 'string' || v.trim() !== '') &&
  !(typeof v === 'object' && Object.keys(v).length === 0);

const isV30 = (apiVersion: string): boolean => /^v?3\.0(\.|$)/.test(apiVersion.trim());

export default defineRule<undefined, 'emptyRule' | 'emptyTextRule'>({
  meta: {
    id: 'quality-rule-not-empty',
    code: 'DCL281',
    group: 'data-quality',
    dimension: 'validity',
    severity: 'warning',
    description: 'A quality rule says what it checks: a description, a metric, an SQL query or an implementation.',
    messages: {
      emptyRule: 'Say what {label} checks: a metric and an operator, an SQL query, or a description.',
      emptyTextRule: 'Add a description to {label} saying in words what is checked.',
    },
  },
  create(context) {
    const v30 = isV30(context.apiVersion);
    const isEmpty = (q: Obj): boolean => WHAT_IS_CHECKED.every((key) => !hasContent(q[key]));
    return {
      quality(node) {
        const q = node.value;
        const type = q.type;
        // Typed library/sql/custom rules (and untyped v3.0.x rules) have required keys the schema check reports.
        if (type === undefined) {
          if (v30 || !isEmpty(q)) return;
          context.report({ node, messageId: 'emptyRule' });
        } else if (type === 'text' && isEmpty(q)) {
          context.report({ node, messageId: 'emptyTextRule' });
        }
      },
    };
  },
});

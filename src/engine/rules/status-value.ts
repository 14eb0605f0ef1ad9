// 'drafty' or 'Active' passes the schema (status is free text) but no tool or reader recognises it.
import { defineRule } from './define-rule';
import { str } from '../contract-nodes';
import { misspeltStatus, statusesFor } from '../vocabulary/contract-status';

export default defineRule<undefined, 'misspelt'>({
  meta: {
    id: 'status-value',
    code: 'DCL127',
    group: 'documentation',
    severity: 'warning',
    description:
      "The contract's status is written as one of the values ODCS documents (proposed, draft, active, deprecated, retired).",
    messages: {
      misspelt: "Write status '{meant}' instead of '{found}': tools recognise only {allowed}.",
    },
    fixable: true,
  },
  create(context) {
    return {
      contract() {
        const found = str(context.contract.status);
        if (found === undefined) return;
        const meant = misspeltStatus(found);
        if (meant === undefined) return;
        // A misspelling of a documented value changes form, not meaning: a safe fix.
        context.report({
          path: ['status'],
          target: 'value',
          messageId: 'misspelt',
          data: { found, meant, allowed: statusesFor(context.apiVersion).join(', ') },
          fixTitle: `Change the status to '${meant}'`,
          fix: (fixer) => fixer.replaceValue(['status'], meant),
        });
      },
    };
  },
});

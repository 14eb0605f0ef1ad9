// ODCS v3.2.0 lets any string hold `${NAME}` variables that tools replace at run time. Whoever runs the contract must
// set them, so the contract says once which ones it needs (the hover on a variable shows where each is used).
import { defineRule } from './define-rule';
import { placeFinder, summarizeVariables, supportsVariables, variableUsesIn } from '../variables';

export default defineRule<undefined, 'one' | 'many'>({
  meta: {
    id: 'contract-variables',
    code: 'DCL302',
    group: 'documentation',
    severity: 'info',
    // Information, not advice: strict does not raise it to a warning.
    profiles: { strict: 'info' },
    description:
      'Lists the ${VAR} variables a v3.2.0 contract uses, once per contract, so they are set before tools read it.',
    messages: {
      one: 'Set the variable {names} before a tool reads the contract.',
      many: 'Set these {count} variables before a tool reads the contract: {names}.',
    },
  },
  create(context) {
    return {
      contract() {
        if (!supportsVariables(context.apiVersion)) return;
        const uses = variableUsesIn(context.parts.values, context.text);
        if (uses.length === 0) return;
        const variables = summarizeVariables(uses);
        const names = variables.map((v) => v.name).join(', ');
        const defaults = variables.filter((v) => v.defaultValue !== undefined);
        // the message names the variables; the detail gives each default
        const detail =
          defaults.length === 0
            ? undefined
            : `Default${defaults.length === 1 ? '' : 's'}: ${defaults.map((v) => `${v.name} = '${v.defaultValue}'`).join(', ')}; a tool uses ${defaults.length === 1 ? 'it' : 'them'} when the variable is not set.`;
        const placeOf = placeFinder(context.parts);
        const related = uses.map((use) => {
          const { field, owner } = placeOf(use.path);
          const where =
            field === undefined
              ? `An entry${owner ? ` of ${owner}` : ''}`
              : `The '${field}'${owner ? ` of ${owner}` : ''}`;
          return { path: use.path, target: 'value' as const, message: `${where} uses ${use.text}.` };
        });
        context.report({
          path: uses[0].path,
          target: 'value',
          messageId: variables.length === 1 ? 'one' : 'many',
          data: { count: variables.length, names },
          ...(detail ? { detail } : {}),
          related,
        });
      },
    };
  },
});

// Tools replace only the placeholders they know; any other is sent to the database as written and fails.
// ODCS variables (`${NAME}`, `${NAME:-default}`) are resolved by tooling before use and are never reported.
import { defineRule } from './define-rule';
import { findPlaceholders } from '../sql/placeholders';
import { sharedQueryLocator } from '../sql/query-locator';

export default defineRule<undefined, 'unknownPlaceholder' | 'noProperty'>({
  meta: {
    id: 'sql-unknown-placeholder',
    code: 'DCL251',
    group: 'sql',
    dimension: 'validity',
    severity: 'warning',
    description:
      "A quality query uses only the placeholders tools replace: '{object}' (or '{model}', '{table}') and '{property}' (or '{field}', '{column}').",
    messages: {
      unknownPlaceholder: "Replace '{placeholder}' in {label} with '{{object}}' or '{{property}}'.",
      noProperty: "Name the column instead of '{placeholder}' in {label}, or move the rule.",
    },
  },
  create(context) {
    const locator = sharedQueryLocator(context.parts, context.text);
    return {
      quality(node) {
        const query = node.value.query;
        if (typeof query !== 'string') return;
        const path = [...node.path, 'query'];
        for (const p of findPlaceholders(query)) {
          const messageId = !p.known
            ? 'unknownPlaceholder'
            : p.refersTo === 'property' && node.ownerKind === 'schema'
              ? 'noProperty'
              : undefined;
          if (!messageId) continue;
          context.report({
            path,
            target: 'value',
            range: locator.rangeOf(path, query, p.offset, p.offset + p.text.length),
            messageId,
            data: { label: node.label, placeholder: p.text },
          });
        }
      },
    };
  },
});

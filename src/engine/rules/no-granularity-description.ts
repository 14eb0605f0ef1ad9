// "One row per …" is the single most useful sentence about a table: it tells you how to count and join it.
import { defineRule } from './define-rule';

export default defineRule<undefined, 'missing'>({
  meta: {
    id: 'no-granularity-description',
    code: 'DCL123',
    group: 'documentation',
    dimension: 'documentation',
    // Nearly every real contract lacks it (81 % of a corpus of public ones): advice for `strict`, not a default.
    severity: 'off',
    profiles: { strict: 'warning', 'uk-gov': 'warning' },
    description: 'Each schema object with properties says what one row is in `dataGranularityDescription`.',
    messages: {
      missing: "Add 'dataGranularityDescription' to {label}: say what one row is.",
    },
  },
  create(context) {
    return {
      schemaObject(node) {
        const v = node.value;
        if (!Array.isArray(v.properties) || v.properties.length === 0) return;
        const granularity = v.dataGranularityDescription;
        if (typeof granularity === 'string' && granularity.trim() !== '') return;
        if (granularity !== undefined && granularity !== null && typeof granularity !== 'string') return; // schema check
        context.report({ node, messageId: 'missing' });
      },
    };
  },
});

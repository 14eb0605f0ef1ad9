// A measure (ODCS v3.2.0 `semanticType: measure`) is an aggregate; without `transformLogic` nobody knows whether
// it is a sum, an average or a distinct count, and two tools will compute two different numbers.
import { defineRule } from './define-rule';

export default defineRule<undefined, 'noTransformLogic'>({
  meta: {
    id: 'measure-transform-logic',
    code: 'DCL301',
    group: 'documentation',
    dimension: 'documentation',
    severity: 'warning',
    description:
      "A property with 'semanticType: measure' says how it aggregates in 'transformLogic' (e.g. SUM(amount)).",
    messages: {
      noTransformLogic: 'Add transformLogic to {label}: the expression for the measure, e.g. SUM(amount).',
    },
  },
  create(context) {
    return {
      property(node) {
        if (node.value.semanticType !== 'measure') return;
        const logic = node.value.transformLogic;
        if (typeof logic === 'string' && logic.trim() !== '') return;
        const where = typeof logic === 'string' ? 'transformLogic' : 'semanticType';
        context.report({
          path: [...node.path, where],
          target: 'value',
          messageId: 'noTransformLogic',
          data: { label: node.label },
        });
      },
    };
  },
});

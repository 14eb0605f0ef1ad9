// 'maxLength' on an integer is silently meaningless to readers and rejected by the schema; say what was probably meant.
import { defineRule } from './define-rule';
import { str } from '../contract-nodes';

const DATE = ['format', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'];
const NUMBER = ['format', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'];
const OPTIONS: Record<string, string[]> = {
  string: ['minLength', 'maxLength', 'pattern', 'format'],
  date: DATE,
  timestamp: [...DATE, 'timezone', 'defaultTimezone'],
  time: [...DATE, 'timezone', 'defaultTimezone'],
  integer: NUMBER,
  number: NUMBER,
  object: ['minProperties', 'maxProperties', 'required'],
  array: ['minItems', 'maxItems', 'uniqueItems'],
};
// What a misplaced option usually meant on the actual type.
const INSTEAD: Record<string, Record<string, string>> = {
  integer: {
    maxLength: 'maximum (the largest value)',
    minLength: 'minimum (the smallest value)',
    pattern: 'a quality rule with metric invalidValues and arguments.pattern',
  },
  number: {
    maxLength: 'maximum (the largest value)',
    minLength: 'minimum (the smallest value)',
    pattern: 'a quality rule with metric invalidValues and arguments.pattern',
  },
  string: { maximum: 'maxLength (the longest text)', minimum: 'minLength (the shortest text)' },
  array: { maxLength: 'maxItems', minLength: 'minItems' },
  date: { pattern: 'format' },
  timestamp: { pattern: 'format' },
};

const typesAllowing = (option: string) => Object.keys(OPTIONS).filter((t) => OPTIONS[t].includes(option));

export default defineRule<undefined, 'wrongType' | 'wrongTypeInstead'>({
  meta: {
    id: 'logical-type-options-fit',
    code: 'DCL196',
    group: 'references',
    dimension: 'validity',
    severity: 'error',
    description:
      "Each key of 'logicalTypeOptions' applies to the property's logicalType (e.g. no 'maxLength' on an integer).",
    messages: {
      wrongType: "Remove '{option}' from logicalTypeOptions of {label}: it is for {types} only.",
      wrongTypeInstead: "Use {instead}, not '{option}', in logicalTypeOptions of {label} ({type}).",
    },
    grouping: {
      wrongType: 'Fix the logicalTypeOptions of {count} properties of {schema} to fit their logicalType: {names}.',
      wrongTypeInstead:
        'Fix the logicalTypeOptions of {count} properties of {schema} to fit their logicalType: {names}.',
    },
    hasSuggestions: true,
    supersedesSchemaFindings: true,
  },
  create(context) {
    return {
      property(node) {
        const type = str(node.value.logicalType);
        const options = node.value.logicalTypeOptions;
        if (!type || !OPTIONS[type] || !options || typeof options !== 'object' || Array.isArray(options)) return;
        for (const option of Object.keys(options)) {
          const types = typesAllowing(option);
          if (OPTIONS[type].includes(option) || types.length === 0) continue; // unknown everywhere: the schema check suggests a spelling
          const instead = INSTEAD[type]?.[option];
          const path = [...node.path, 'logicalTypeOptions', option];
          context.report({
            path,
            messageId: instead ? 'wrongTypeInstead' : 'wrongType',
            data: { label: node.label, type, option, types: types.join(', '), instead: instead ?? '' },
            suggest: [{ title: `Remove '${option}'`, fix: (fixer) => fixer.removeEntry(path) }],
          });
        }
      },
    };
  },
});

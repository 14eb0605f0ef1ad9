// Examples teach readers what values look like; an example that breaks the contract's own rules teaches the wrong thing.
import { defineRule } from './define-rule';
import { arr, str } from '../contract-nodes';
import { numberText } from '../model/naming';
import { declaresAtLeast } from './helpers-version';
import { boundedPattern, type BoundedPattern } from '../bounded-pattern';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const ISO_TIME = /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What the example should be, or undefined when it fits the logical type. */
function typeProblem(type: string, value: unknown, hasFormat: boolean): string | undefined {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? undefined : 'a text';
    case 'integer':
      return Number.isInteger(value) ? undefined : 'a whole number';
    case 'number':
      return typeof value === 'number' ? undefined : 'a number';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'true or false';
    case 'object':
      return isMap(value) ? undefined : 'a mapping';
    case 'array':
      return Array.isArray(value) ? undefined : 'a list';
    // With a custom format (e.g. dd/MM/yyyy) only the kind of value is checked.
    case 'date':
      return typeof value === 'string' && (hasFormat || ISO_DATE.test(value)) ? undefined : 'a date like 2025-01-31';
    case 'timestamp':
      return typeof value === 'string' && (hasFormat || ISO_TIMESTAMP.test(value))
        ? undefined
        : 'a timestamp like 2025-01-31T09:30:00Z';
    case 'time':
      return typeof value === 'string' && (hasFormat || ISO_TIME.test(value)) ? undefined : 'a time like 09:30:00';
    default:
      return undefined;
  }
}

// The pattern is untrusted: it runs in linear time, or not at all (an invalid one is reported by regex-compiles).
function compiled(pattern: unknown): BoundedPattern | undefined {
  return typeof pattern === 'string' ? boundedPattern(pattern, { unicode: true }) : undefined;
}

const isDateTime = (v: unknown): boolean => typeof v === 'string' && !ISO_DATE.test(v) && ISO_TIMESTAMP.test(v);

const shortened = (pattern: string) => (pattern.length > 60 ? `${pattern.slice(0, 57)}…` : pattern);

const shown = (v: unknown) =>
  typeof v === 'string' ? `'${v}'` : typeof v === 'number' ? numberText(v) : (JSON.stringify(v) ?? String(v));

export default defineRule<undefined, 'wrongType' | 'dateWithTime' | 'noMatch' | 'notChecked' | 'length'>({
  meta: {
    id: 'examples-match-type',
    code: 'DCL199',
    group: 'references',
    dimension: 'validity',
    severity: 'warning',
    description: "A property's examples fit its logicalType and, for text, its pattern and length limits.",
    messages: {
      wrongType: 'Fix example {value} of {label}: not {kind}.',
      dateWithTime: 'Drop the time from example {value} of {label}, or use a timestamp.',
      noMatch: "Fix the example {value} of {label} to match '{pattern}'.",
      notChecked: "Check the examples of {label} by hand: '{pattern}' uses {construct}.",
      length: 'Fix the example {value} of {label}: {actual} characters, outside {limits}.',
    },
    grouping: {
      wrongType: 'Fix examples of {count} properties in {schema} to fit their logicalType: {names}.',
      noMatch: 'Fix the examples of {count} properties of {schema} to match their pattern: {names}.',
      length: 'Fix the examples of {count} properties of {schema} to fit their length limits: {names}.',
    },
  },
  create(context) {
    // ODCS v3.0.x has no timestamp type, and its own documentation gives date-time examples for 'date'.
    const hasTimestamp = declaresAtLeast(context.apiVersion, 3, 1) !== false;
    return {
      property(node) {
        const type = str(node.value.logicalType);
        const examples = arr(node.value.examples);
        if (!type || examples.length === 0) return;
        const options = isMap(node.value.logicalTypeOptions) ? node.value.logicalTypeOptions : {};
        const pattern = compiled(options.pattern);
        const min = typeof options.minLength === 'number' ? options.minLength : undefined;
        const max = typeof options.maxLength === 'number' ? options.maxLength : undefined;
        const label = node.label;
        if (type === 'string' && pattern?.status === 'unchecked' && examples.some((v) => typeof v === 'string')) {
          context.report({
            path: [...node.path, 'logicalTypeOptions', 'pattern'],
            target: 'value',
            messageId: 'notChecked',
            data: { label, pattern: shortened(String(options.pattern)), construct: pattern.construct },
          });
        }
        examples.forEach((value, i) => {
          const path = [...node.path, 'examples', i];
          if (type === 'date' && options.format === undefined && isDateTime(value)) {
            if (hasTimestamp)
              context.report({
                path,
                target: 'value',
                messageId: 'dateWithTime',
                data: { label, value: shown(value) },
              });
            return;
          }
          const expected = typeProblem(type, value, options.format !== undefined);
          if (expected) {
            context.report({
              path,
              target: 'value',
              messageId: 'wrongType',
              // "a timestamp" in the message; "a timestamp like 2025-01-31T09:30:00Z" in the detail
              data: { label, type, value: shown(value), expected, kind: expected.replace(/ like .*$/, '') },
              ...(/ like /.test(expected) ? { detail: `Write ${expected}.` } : {}),
            });
            return;
          }
          if (typeof value !== 'string' || type !== 'string') return;
          if (pattern?.status === 'ok' && !pattern.test(value)) {
            context.report({
              path,
              target: 'value',
              messageId: 'noMatch',
              data: { label, value: shown(value), pattern: String(options.pattern) },
            });
          } else if ((min !== undefined && [...value].length < min) || (max !== undefined && [...value].length > max)) {
            const limits = [min !== undefined ? `minLength ${min}` : '', max !== undefined ? `maxLength ${max}` : '']
              .filter(Boolean)
              .join(', ');
            context.report({
              path,
              target: 'value',
              messageId: 'length',
              data: { label, value: shown(value), actual: [...value].length, limits },
            });
          }
        });
      },
    };
  },
});

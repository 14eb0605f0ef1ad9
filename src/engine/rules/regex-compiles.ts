// Patterns are ECMA-262 regular expressions (as JSON Schema uses them); one that does not compile checks nothing.
import { defineRule } from './define-rule';
import type { JsonPath } from '../types';

/** The engine's reason, without the repeated "Invalid regular expression: /…/u: " prefix. */
function compileError(pattern: string, flags: string): string | undefined {
  try {
    new RegExp(pattern, flags);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
  }
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export default defineRule<undefined, 'invalid' | 'invalidUnicode'>({
  meta: {
    id: 'regex-compiles',
    code: 'DCL198',
    group: 'references',
    dimension: 'validity',
    severity: 'error',
    description:
      "Regular expressions ('logicalTypeOptions.pattern', quality 'arguments.pattern') compile as ECMA-262 patterns.",
    messages: {
      invalid: "Fix the pattern '{pattern}' of {label}: {reason}.",
      invalidUnicode: "Fix the pattern '{pattern}' of {label} for Unicode mode: {reason}.",
    },
  },
  create(context) {
    const check = (label: string, pattern: unknown, path: JsonPath) => {
      if (typeof pattern !== 'string') return;
      const strict = compileError(pattern, 'u');
      if (strict === undefined) return;
      const loose = compileError(pattern, '');
      context.report({
        path,
        target: 'value',
        messageId: loose === undefined ? 'invalidUnicode' : 'invalid',
        data: { label, pattern: pattern.length > 60 ? `${pattern.slice(0, 57)}…` : pattern, reason: strict },
      });
    };
    return {
      property(node) {
        const options = node.value.logicalTypeOptions;
        if (isMap(options)) check(node.label, options.pattern, [...node.path, 'logicalTypeOptions', 'pattern']);
      },
      quality(node) {
        const args = node.value.arguments;
        if (isMap(args)) check(node.label, args.pattern, [...node.path, 'arguments', 'pattern']);
      },
    };
  },
});

// Consistent names make a contract easier to search, join and query; the convention is the team's choice.
import * as z from 'zod';
import { defineRule } from './define-rule';
import type { NodeRef } from '../contract-nodes';
import type { Fixer } from '../fix/fixer';
import { boundedPattern } from '../bounded-pattern';

// The pattern comes from configuration a pull request can change: it runs in linear time, or is refused.
const OptionsSchema = z.object({
  /** Regular expression every schema object and property name must match. */
  pattern: z.string().superRefine((source, ctx) => {
    const compiled = boundedPattern(source);
    if (compiled.status === 'invalid') ctx.addIssue({ code: 'custom', message: 'not a valid regular expression' });
    if (compiled.status === 'unchecked')
      ctx.addIssue({ code: 'custom', message: `uses ${compiled.construct}, which cannot be checked safely` });
  }),
});
type Options = z.infer<typeof OptionsSchema>;

export const SNAKE_CASE = '^[a-z][a-z0-9_]*$';

export default defineRule<Options, 'badName'>({
  meta: {
    id: 'naming-convention',
    code: 'DCL240',
    group: 'naming',
    dimension: 'consistency',
    severity: 'off',
    description: 'Schema object and property names follow the naming convention (snake_case unless configured).',
    messages: {
      badName: "Rename {label}: '{name}' does not match {pattern}.",
    },
    grouping: {
      badName: 'Rename {count} names in {schema} to follow the naming convention: {names}.',
    },
    hasSuggestions: true,
    options: OptionsSchema,
    defaultOptions: { pattern: SNAKE_CASE },
  },
  create(context) {
    const source = context.options?.pattern ?? SNAKE_CASE;
    const pattern = boundedPattern(source);
    if (pattern.status !== 'ok') return {};
    const check = (node: NodeRef, name: unknown) => {
      if (typeof name !== 'string' || name === '' || pattern.test(name)) return;
      const snake = toSnakeCase(name);
      // Renaming can break queries and tools that use the old name, so it is only ever a suggestion.
      const suggest =
        snake !== name && pattern.test(snake)
          ? [
              {
                title: `Rename to '${snake}'`,
                fix: (fixer: Fixer) => fixer.replaceValue([...node.path, 'name'], snake),
              },
            ]
          : [];
      context.report({
        path: [...node.path, 'name'],
        target: 'value',
        messageId: 'badName',
        data: { label: node.label, name, pattern: source },
        suggest,
      });
    };
    return {
      schemaObject(node) {
        check(node, node.value.name);
      },
      property(node) {
        if (node.path[node.path.length - 1] === 'items') return; // array items carry their parent's name
        check(node, node.value.name);
      },
    };
  },
});

/** "OrderID" → "order_id", "order-date" → "order_date", "Air Quality" → "air_quality". */
export function toSnakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
}

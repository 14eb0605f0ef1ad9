// "order_id: Order id" documents nothing; say what the value means, its unit or where it comes from.
import { z } from 'zod';
import { hasMisspeltKey } from './helpers-keys';
import { defineRule } from './define-rule';
import { str } from '../contract-nodes';
import { descriptionProblem } from '../vocabulary/description-quality';

const Options = z
  .object({
    minLength: z.number().int().min(0).default(10),
    /** Report properties that have no description at all (not only unhelpful ones). */
    requireDescription: z.boolean().default(true),
  })
  .strict();
type Options = z.infer<typeof Options>;

export default defineRule<Options, 'missing' | 'tooShort' | 'repeatsName'>({
  meta: {
    id: 'property-description',
    code: 'DCL122',
    group: 'documentation',
    dimension: 'documentation',
    severity: 'info',
    profiles: { strict: 'warning', 'uk-gov': 'warning' },
    description: 'Each property has a description that says more than its name.',
    messages: {
      missing: '{label} has no description. Say what the value means (and its unit or format where it has one).',
      tooShort: 'The description "{text}" of {label} is too short to be useful (fewer than {minLength} characters).',
      repeatsName: 'The description "{text}" of {label} only repeats its name. Say what the value means (and its unit or format where it has one).',
    },
    grouping: {
      missing: '{count} properties of {schema} have no description: {names}. Say what each value means (and its unit or format where it has one).',
      tooShort: '{count} properties of {schema} have descriptions too short to be useful: {names}.',
      repeatsName: '{count} properties of {schema} have descriptions that only repeat their names: {names}. Say what each value means (and its unit or format where it has one).',
    },
    options: Options,
    defaultOptions: { minLength: 10, requireDescription: true },
  },
  create(context) {
    return {
      property(node) {
        if (node.path[node.path.length - 1] === 'items') return; // array items are described by their array
        const v = node.value;
        const names = [node.name, str(v.businessName), str(v.physicalName)];
        const problem = descriptionProblem(v.description, names, context.options.minLength);
        if (!problem) return;
        if (problem === 'missing') {
          if (!context.options.requireDescription) return;
          if (v.description !== undefined && typeof v.description !== 'string') return;
          if (hasMisspeltKey(v, 'description')) return; // the schema check offers the rename
          context.report({ node, messageId: 'missing' });
          return;
        }
        context.report({
          path: [...node.path, 'description'], target: 'value', messageId: problem,
          data: { label: node.label, text: String(v.description).trim(), minLength: context.options.minLength },
        });
      },
    };
  },
});

// "order_id: Order id" documents nothing; say what the value means, its unit or where it comes from.
import * as z from 'zod';
import { defineRule } from './define-rule';
import { checkDescription, type DescriptionMessage } from './helpers-description';

const Options = z
  .object({
    minLength: z.number().int().min(0).default(10),
    /** Report properties that have no description at all (not only unhelpful ones). */
    requireDescription: z.boolean().default(true),
  })
  .strict();
type Options = z.infer<typeof Options>;

export default defineRule<Options, DescriptionMessage>({
  meta: {
    id: 'property-description',
    code: 'DCL122',
    group: 'documentation',
    dimension: 'documentation',
    severity: 'info',
    profiles: { strict: 'warning', 'uk-gov': 'warning' },
    description: 'Each property has a description that says more than its name.',
    messages: {
      missing: 'Describe {label}: what the value means.',
      tooShort: 'Expand the description of {label}: "{text}" is under {minLength} characters.',
      repeatsName: 'Rewrite the description of {label}: "{text}" only repeats its name.',
    },
    details: {
      missing: 'Say what the value means, with its unit or format: "Order total in pounds, VAT included".',
    },
    grouping: {
      missing: 'Add descriptions to {count} properties of {schema}: {names}.',
      tooShort: 'Expand the short descriptions of {count} properties of {schema}: {names}.',
      repeatsName: 'Rewrite {count} descriptions in {schema} that repeat the property name: {names}.',
    },
    options: Options,
    defaultOptions: { minLength: 10, requireDescription: true },
  },
  create(context) {
    return {
      property(node) {
        if (node.path[node.path.length - 1] === 'items') return; // array items are described by their array
        checkDescription(context, node, context.options.requireDescription);
      },
    };
  },
});

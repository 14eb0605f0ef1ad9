// A table's name rarely says what a row is or where the data comes from; its description should.
import * as z from 'zod';
import { defineRule } from './define-rule';
import { checkDescription, type DescriptionMessage } from './helpers-description';

const Options = z.object({ minLength: z.number().int().min(0).default(15) }).strict();
type Options = z.infer<typeof Options>;

export default defineRule<Options, DescriptionMessage>({
  meta: {
    id: 'schema-description',
    code: 'DCL121',
    group: 'documentation',
    dimension: 'documentation',
    severity: 'info',
    profiles: { strict: 'warning', 'uk-gov': 'warning' },
    description: 'Each schema object has a description that says more than its name.',
    messages: {
      missing: 'Describe {label}: what it holds.',
      tooShort: 'Expand the description of {label}: "{text}" is under {minLength} characters.',
      repeatsName: 'Rewrite the description of {label}: "{text}" only repeats its name.',
    },
    details: {
      missing:
        'Say what it holds and where the data comes from: "Every order placed in the web shop, one row per order line".',
    },
    options: Options,
    defaultOptions: { minLength: 15 },
  },
  create(context) {
    return {
      schemaObject(node) {
        checkDescription(context, node);
      },
    };
  },
});

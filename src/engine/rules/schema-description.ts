// A table's name rarely says what a row is or where the data comes from; its description should.
import { z } from 'zod';
import { hasMisspeltKey } from './helpers-keys';
import { defineRule } from './define-rule';
import { str } from '../contract-nodes';
import { descriptionProblem } from '../vocabulary/description-quality';

const Options = z.object({ minLength: z.number().int().min(0).default(15) }).strict();
type Options = z.infer<typeof Options>;

export default defineRule<Options, 'missing' | 'tooShort' | 'repeatsName'>({
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
        const v = node.value;
        const names = [node.name, str(v.businessName), str(v.physicalName)];
        const problem = descriptionProblem(v.description, names, context.options.minLength);
        if (!problem) return;
        if (problem === 'missing') {
          if (v.description !== undefined && typeof v.description !== 'string') return; // wrong type: the schema check says so
          if (hasMisspeltKey(v, 'description')) return; // the schema check offers the rename
          context.report({ node, messageId: 'missing' });
          return;
        }
        context.report({
          path: [...node.path, 'description'],
          target: 'value',
          messageId: problem,
          data: { label: node.label, text: String(v.description).trim(), minLength: context.options.minLength },
        });
      },
    };
  },
});

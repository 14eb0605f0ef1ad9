// A contract's purpose is the first thing a would-be consumer reads; an id is not a purpose.
import * as z from 'zod';
import { hasMisspeltKey } from './helpers-keys';
import { defineRule } from './define-rule';
import { isObject } from '../detect';
import { str } from '../contract-nodes';
import { descriptionProblem } from '../vocabulary/description-quality';

const Options = z.object({ minLength: z.number().int().min(0).default(20) }).strict();
type Options = z.infer<typeof Options>;

export default defineRule<Options, 'missing' | 'noPurpose' | 'tooShort' | 'repeatsName'>({
  meta: {
    id: 'contract-description',
    code: 'DCL120',
    group: 'documentation',
    dimension: 'documentation',
    severity: 'info',
    profiles: { strict: 'warning', 'uk-gov': 'error' },
    description: 'The contract says what the data is for in `description.purpose`.',
    messages: {
      missing: 'Add a description with a purpose: say what the data is and what it is for.',
      noPurpose: 'Add a purpose to the description: say what the data is and what it is for.',
      tooShort: 'Expand the purpose "{text}" to say what the data is and what it is for ({minLength}+ characters).',
      repeatsName: 'Rewrite the purpose "{text}" to say what the data is for: it only repeats the contract\'s name.',
    },
    options: Options,
    defaultOptions: { minLength: 20 },
  },
  create(context) {
    return {
      contract(node) {
        const description = node.value.description;
        if (description === undefined) {
          if (hasMisspeltKey(node.value, 'description')) return; // the schema check offers the rename
          context.report({ path: [], messageId: 'missing' });
          return;
        }
        // An empty value, a plain string or a list is a schema error, reported there: one finding per mistake.
        if (!isObject(description)) return;
        const purpose = description.purpose;
        // Likewise a purpose written as a mapping, a list, a number or nothing: it is there, in the wrong form.
        if (purpose !== undefined && typeof purpose !== 'string') return;
        const names = [str(node.value.id), str(node.value.name), str(node.value.dataProduct)];
        const problem = descriptionProblem(purpose, names, context.options.minLength);
        if (!problem) return;
        if (problem === 'missing') {
          context.report({ path: ['description'], messageId: 'noPurpose' });
          return;
        }
        context.report({
          path: ['description', 'purpose'],
          target: 'value',
          messageId: problem,
          data: { text: String(purpose).trim(), minLength: context.options.minLength },
        });
      },
    };
  },
});

// The description rules for schema objects and properties judge a description the same way and report it at the same
// places: the part itself when it has none, the description's value when it is too short or only repeats a name.
import type { SchemaObjectRef } from '../contract-nodes';
import { str } from '../contract-nodes';
import type { RuleContext } from './define-rule';
import { hasMisspeltKey } from './helpers-keys';
import { descriptionProblem } from '../vocabulary/description-quality';

export type DescriptionMessage = 'missing' | 'tooShort' | 'repeatsName';

/**
 * Reports the description of a schema object or a property that says no more than its names: missing (unless
 * `requireDescription` is false), shorter than the rule's minLength, or a repeat of its name.
 */
export function checkDescription(
  context: RuleContext<{ minLength: number }, DescriptionMessage>,
  node: SchemaObjectRef,
  requireDescription = true,
): void {
  const v = node.value;
  const names = [node.name, str(v.businessName), str(v.physicalName)];
  const problem = descriptionProblem(v.description, names, context.options.minLength);
  if (!problem) return;
  if (problem === 'missing') {
    if (!requireDescription) return;
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
}

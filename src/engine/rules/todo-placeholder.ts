// Suggestions add skeletons with TODO values (a Data Owner's username, a retention period); this rule keeps them visible.
import { defineRule } from './define-rule';
import { partFinder } from '../contract-nodes';
import { TODO_MARKER } from '../vocabulary/placeholders';

const PLACEHOLDER_ANYWHERE = /\b(TODO|TBC|TBD|FIXME)\b/i;

export default defineRule<undefined, 'placeholder'>({
  meta: {
    id: 'todo-placeholder',
    code: 'DCL124',
    group: 'documentation',
    dimension: 'documentation',
    severity: 'warning',
    profiles: { 'uk-gov': 'error', strict: 'error' },
    description: 'No value is left as a placeholder such as TODO or TBC.',
    messages: {
      placeholder: 'Replace the placeholder "{value}" in {where} with the real value.',
    },
    grouping: {
      placeholder: 'Replace the placeholders (TODO, TBC, …) in {count} parts of {schema}: {names}.',
    },
  },
  create(context) {
    const partOf = partFinder(context.parts);
    return {
      contract() {
        // Most contracts hold no placeholder at all: one scan of the text spares looking at every value.
        if (!PLACEHOLDER_ANYWHERE.test(context.text)) return;
        // Every text of the contract, free-form ones too, from the shared walk.
        for (const text of context.parts.values.texts) {
          const value = text.value as string;
          if (!TODO_MARKER.test(value)) continue;
          const path = text.path;
          const key = path[path.length - 1];
          const owner = partOf(path)?.part;
          const field = typeof key === 'string' ? `'${key}'` : 'an entry';
          const where = owner
            ? `${field} of ${owner.label}`
            : typeof key === 'string'
              ? `'${path.filter((s) => typeof s === 'string').join('.')}'`
              : 'a value';
          context.report({ path, target: 'value', messageId: 'placeholder', data: { where, value: value.trim() } });
        }
      },
    };
  },
});

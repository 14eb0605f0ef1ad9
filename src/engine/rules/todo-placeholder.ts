// Quick fixes add skeletons with TODO values (a Data Owner's username, a retention period); this rule keeps them visible.
import { defineRule } from './define-rule';
import { isObject } from '../detect';
import type { ContractParts, NodeRef } from '../contract-nodes';
import type { JsonPath } from '../types';

const PLACEHOLDER = /^\s*(TODO|TBC|TBD|FIXME)\b/i;
const PLACEHOLDER_ANYWHERE = /\b(TODO|TBC|TBD|FIXME)\b/i;

/** Finds the most specific named part containing a path ("team member 'x'"), for a message a person can follow. */
function partFinder(parts: ContractParts): (path: JsonPath) => NodeRef | undefined {
  let byPath: Map<string, NodeRef> | undefined;
  return (path) => {
    byPath ??= new Map([
      ...parts.schemaObjects, ...parts.properties, ...parts.quality, ...parts.relationships, ...parts.teamMembers,
      ...parts.servers, ...parts.slaProperties, ...parts.support, ...parts.roles, ...parts.customProperties,
    ].map((n) => [JSON.stringify(n.path), n]));
    for (let end = path.length - 1; end > 0; end--) {
      const found = byPath.get(JSON.stringify(path.slice(0, end)));
      if (found) return found;
    }
    return undefined;
  };
}

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
      placeholder: '{where} is still a placeholder ("{value}"). Fill in the real value.',
    },
    grouping: {
      placeholder: '{count} parts of {schema} still hold placeholders such as TODO or TBC: {names}. Fill in the real values.',
    },
  },
  create(context) {
    const ownerOf = partFinder(context.parts);
    const seen = new Set<unknown>(); // guards against alias cycles
    const walk = (value: unknown, path: JsonPath): void => {
      if (typeof value === 'string') {
        if (!PLACEHOLDER.test(value)) return;
        const key = path[path.length - 1];
        const owner = ownerOf(path);
        const field = typeof key === 'string' ? `\`${key}\`` : 'an entry';
        const where = owner ? `The ${field} of ${owner.label}` : typeof key === 'string' ? `\`${path.filter((s) => typeof s === 'string').join('.')}\`` : 'A value';
        context.report({ path, target: 'value', messageId: 'placeholder', data: { where, value: value.trim() } });
        return;
      }
      if (value === null || typeof value !== 'object' || seen.has(value)) return;
      seen.add(value);
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
      else if (isObject(value)) for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    return {
      contract(node) {
        // Most contracts hold no placeholder at all: one scan of the text spares walking every value.
        if (!PLACEHOLDER_ANYWHERE.test(context.text)) return;
        walk(node.value, []);
      },
    };
  },
});

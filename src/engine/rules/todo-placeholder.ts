// Quick fixes add skeletons with TODO values (a Data Owner's username, a retention period); this rule keeps them visible.
import { defineRule } from './define-rule';
import { isObject } from '../detect';
import type { ContractParts, NodeRef } from '../contract-nodes';
import type { JsonPath } from '../types';

const PLACEHOLDER = /^\s*(TODO|TBC|TBD|FIXME)\b/i;

/** The most specific named part that contains `path`, for a message a person can follow. */
function ownerOf(parts: ContractParts, path: JsonPath): NodeRef | undefined {
  const all: NodeRef[] = [
    ...parts.schemaObjects, ...parts.properties, ...parts.quality, ...parts.relationships, ...parts.teamMembers,
    ...parts.servers, ...parts.slaProperties, ...parts.support, ...parts.roles, ...parts.customProperties,
  ];
  let best: NodeRef | undefined;
  for (const n of all) {
    if (n.path.length < path.length && n.path.every((s, i) => s === path[i]) && (!best || n.path.length > best.path.length)) best = n;
  }
  return best;
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
  },
  create(context) {
    const seen = new Set<unknown>(); // guards against alias cycles
    const walk = (value: unknown, path: JsonPath): void => {
      if (typeof value === 'string') {
        if (!PLACEHOLDER.test(value)) return;
        const key = path[path.length - 1];
        const owner = ownerOf(context.parts, path);
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
        walk(node.value, []);
      },
    };
  },
});

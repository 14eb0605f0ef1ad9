// Two columns called the same in one table, or two servers with one name, leave readers and tools guessing.
import { defineRule } from './define-rule';
import type { JsonPath } from '../types';
import type { NodeRef } from '../contract-nodes';
import { str } from '../contract-nodes';

export default defineRule<undefined, 'duplicateName'>({
  meta: {
    id: 'unique-names',
    code: 'DCL194',
    group: 'references',
    dimension: 'consistency',
    severity: 'error',
    description:
      'Sibling schema objects, properties, quality rules, servers, roles and team members have different names.',
    messages: {
      duplicateName: "Rename {label}: another {noun} in the list has the {key} '{name}'.",
    },
  },
  create(context) {
    /** Reports the second and later items of `list` that repeat a name under `key`. */
    const checkList = (
      items: ReadonlyArray<{ value: Record<string, unknown>; path: JsonPath; label: string }>,
      key: string,
      noun: string,
    ) => {
      const seen = new Set<string>();
      for (const item of items) {
        const name = str(item.value[key]);
        if (name === undefined || name === '') continue;
        if (seen.has(name)) {
          context.report({
            path: [...item.path, key],
            target: 'value',
            messageId: 'duplicateName',
            data: { label: item.label, key: key === 'server' ? 'name' : key, name, noun },
          });
        } else seen.add(name);
      }
    };
    const byParent = <T extends NodeRef>(list: readonly T[], parentOf: (item: T) => string): T[][] => {
      const groups = new Map<string, T[]>();
      for (const item of list) {
        const k = parentOf(item);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
      }
      return [...groups.values()];
    };
    return {
      end() {
        const { parts } = context;
        checkList(parts.schemaObjects, 'name', 'schema object');
        // Properties are siblings when they sit in the same list (the path up to the last index).
        for (const group of byParent(parts.properties, (p) => JSON.stringify(p.path.slice(0, -1))))
          checkList(group, 'name', 'property');
        for (const group of byParent(parts.quality, (q) => JSON.stringify(q.path.slice(0, -1))))
          checkList(group, 'name', 'quality rule');
        checkList(parts.servers, 'server', 'server');
        checkList(parts.roles, 'role', 'role');
        checkList(parts.teamMembers, 'username', 'team member');
      },
    };
  },
});

// ODCS v3.2.0 marks schema objects and properties `deprecated: true`. Anything in the same contract that still points
// at one (a foreign key, a quality check, an SLA) breaks when it goes, so the contract should stop relying on it first.
import { defineRule } from './define-rule';
import type { JsonPath } from '../types';
import { arr, str, type NodeRef, type QualityRef } from '../contract-nodes';
import { isObject } from '../detect';
import { buildContractIndex, type IndexedObject } from '../contract-index';
import { readReferences } from '../sql/references';

interface Deprecated {
  ref: NodeRef;
  usedBy: string[];
}

/** "a", "a and b", "a, b and c". */
const joinAnd = (items: readonly string[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

export default defineRule<undefined, 'stillUsed'>({
  meta: {
    id: 'deprecated-still-used',
    code: 'DCL303',
    group: 'deprecations',
    dimension: 'consistency',
    severity: 'warning',
    description:
      'A deprecated schema object or property is no longer used by relationships, quality rules or SLA elements.',
    messages: {
      stillUsed: 'Switch {uses} to the replacement of {label}, which is deprecated.',
    },
  },
  create(context) {
    const deprecated = new Map<string, Deprecated>();
    for (const ref of [...context.parts.schemaObjects, ...context.parts.properties]) {
      if (ref.value.deprecated === true) deprecated.set(JSON.stringify(ref.path), { ref, usedBy: [] });
    }
    if (deprecated.size === 0) return {};
    const index = buildContractIndex(context.contract);

    /** The most specific deprecated element at or above `path`. */
    const deprecatedAt = (path: JsonPath): Deprecated | undefined => {
      for (let end = path.length; end >= 2; end--) {
        const found = deprecated.get(JSON.stringify(path.slice(0, end)));
        if (found) return found;
      }
      return undefined;
    };
    /** Records that `user` (at `userPath`) uses the element at `target`; a use from inside deprecated parts does not count. */
    const record = (target: JsonPath, user: string, userPath: JsonPath) => {
      if (deprecatedAt(userPath)) return;
      const found = deprecatedAt(target);
      if (found && !found.usedBy.includes(user)) found.usedBy.push(user);
    };
    const recordReference = (reference: unknown, user: string, userPath: JsonPath) => {
      if (typeof reference !== 'string') return;
      const resolved = index.resolve(reference);
      if (resolved.status === 'found') record((resolved.property ?? resolved.object).path, user, userPath);
    };
    const recordElements = (element: unknown, user: string, userPath: JsonPath) => {
      const text = str(element);
      if (text !== undefined) for (const part of text.split(',')) recordReference(part, user, userPath);
    };
    const objectOf = (node: QualityRef): IndexedObject | undefined => {
      const objectPath = JSON.stringify(node.path.slice(0, 2));
      return index.objects.find((o) => JSON.stringify(o.path) === objectPath);
    };
    const recordQuery = (node: QualityRef, query: string) => {
      const refs = readReferences(query);
      const user = `the SQL query of ${node.label}`;
      for (const table of refs.tables) {
        const object = index.objectByName(table.name);
        if (object) record(object.path, user, node.path);
      }
      // Columns are read only from single-table queries, as sql-unknown-reference does.
      const target = refs.readsObjectPlaceholder
        ? refs.tables.length === 0
          ? objectOf(node)
          : undefined
        : refs.tables.length === 1
          ? index.objectByName(refs.tables[0].name)
          : undefined;
      if (!target) return;
      for (const column of refs.columns) {
        const property = index.propertyByName(target.properties, column.name);
        if (property) record(property.path, user, node.path);
      }
    };

    return {
      contract() {
        recordElements(context.contract.slaDefaultElement, "the contract's slaDefaultElement", ['slaDefaultElement']);
      },
      relationship(node) {
        const ends = node.ownerKind === 'schema' ? [node.value.from, node.value.to] : [node.value.to];
        for (const end of ends)
          for (const reference of Array.isArray(end) ? end : [end]) recordReference(reference, node.label, node.path);
      },
      quality(node) {
        const args = node.value.arguments;
        if (node.ownerKind === 'schema' && isObject(args)) {
          const object = objectOf(node);
          for (const name of arr(args.properties)) {
            const property =
              object && typeof name === 'string' ? index.propertyByName(object.properties, name) : undefined;
            if (property) record(property.path, node.label, node.path);
          }
        }
        recordElements(node.value.element, node.label, node.path);
        if (typeof node.value.query === 'string' && node.value.query.trim() !== '') recordQuery(node, node.value.query);
      },
      slaProperty(node) {
        recordElements(node.value.element, node.label, node.path);
      },
      end() {
        for (const { ref, usedBy } of deprecated.values()) {
          if (usedBy.length === 0) continue;
          context.report({
            path: [...ref.path, 'deprecated'],
            messageId: 'stillUsed',
            data: { label: ref.label, uses: joinAnd(usedBy), them: usedBy.length === 1 ? 'it' : 'them' },
          });
        }
      },
    };
  },
});

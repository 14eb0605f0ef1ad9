// A quality query that reads a table or column the contract does not define is probably checking the wrong thing.
import { defineRule } from './define-rule';
import { objects, type Obj, type SchemaObjectRef } from '../contract-nodes';
import { readReferences } from '../sql/references';
import { sharedQueryLocator } from '../sql/query-locator';

export default defineRule<undefined, 'unknownTable' | 'unknownColumn'>({
  meta: {
    id: 'sql-unknown-reference',
    code: 'DCL252',
    group: 'sql',
    dimension: 'consistency',
    severity: 'info',
    profiles: { strict: 'warning' },
    description: 'Simple quality queries read only the objects and properties the contract defines.',
    messages: {
      unknownTable: "Check the table '{name}' in {label}: the contract has no such table.",
      unknownColumn: "Check the column '{name}' in {label}: it is not in {schema}.",
    },
    grouping: {
      unknownTable: 'Check the tables read by {count} quality rules of {schema}: the contract lacks them ({names}).',
      unknownColumn:
        'Check the columns used by {count} quality rules of {schema}: they are not its properties ({names}).',
    },
  },
  create(context) {
    const locator = sharedQueryLocator(context.parts, context.text);
    const objectsByName = new Map<string, SchemaObjectRef>();
    for (const o of context.parts.schemaObjects) {
      for (const n of [o.value.name, o.value.physicalName])
        if (typeof n === 'string') objectsByName.set(n.toLowerCase(), o);
    }
    return {
      quality(node) {
        const query = node.value.query;
        if (typeof query !== 'string' || objectsByName.size === 0) return;
        const refs = readReferences(query);
        const path = [...node.path, 'query'];
        const report = (
          messageId: 'unknownTable' | 'unknownColumn',
          ref: { name: string; offset: number },
          schema = '',
        ) =>
          context.report({
            path,
            target: 'value',
            messageId,
            range: locator.rangeOf(path, query, ref.offset, ref.offset + ref.name.length),
            data: { label: node.label, name: ref.name, schema },
          });
        for (const table of refs.tables)
          if (!objectsByName.has(table.name.toLowerCase())) report('unknownTable', table);
        if (refs.columns.length === 0) return;
        // Columns are checked only when the query reads exactly one table that the contract defines.
        const owner =
          node.ownerKind === 'schema'
            ? (node.owner as SchemaObjectRef)
            : (node.owner as { schemaObject: SchemaObjectRef }).schemaObject;
        const target = refs.readsObjectPlaceholder
          ? refs.tables.length === 0
            ? owner
            : undefined
          : refs.tables.length === 1
            ? objectsByName.get(refs.tables[0].name.toLowerCase())
            : undefined;
        if (!target) return;
        const known = propertyNames(target.value.properties);
        for (const column of refs.columns)
          if (!known.has(column.name.toLowerCase())) report('unknownColumn', column, target.label);
      },
    };
  },
});

/** Names and physical names of every property of a schema object, nested ones included, lower-cased. */
function propertyNames(list: unknown, into = new Set<string>()): Set<string> {
  for (const [p] of objects(list)) {
    for (const n of [p.name, p.physicalName]) if (typeof n === 'string') into.add(n.toLowerCase());
    propertyNames(p.properties, into);
    const items = p.items as Obj | undefined;
    if (items && typeof items === 'object') propertyNames(items.properties, into);
  }
  return into;
}

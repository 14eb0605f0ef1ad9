// Composite keys are ordered: positions 1, 2, 3 say which column comes first. Gaps or repeats leave the order unclear.
import { defineRule } from './define-rule';
import type { TextEdit } from '../types';
import { objects, str, type Obj } from '../contract-nodes';

interface KeyKind {
  position: 'primaryKeyPosition' | 'partitionKeyPosition';
  flag: 'primaryKey' | 'partitioned';
  noun: string;
}
const KINDS: KeyKind[] = [
  { position: 'primaryKeyPosition', flag: 'primaryKey', noun: 'primary key' },
  { position: 'partitionKeyPosition', flag: 'partitioned', noun: 'partition key' },
];

export default defineRule<undefined, 'duplicate' | 'gap' | 'missing'>({
  meta: {
    id: 'key-position-sequence',
    code: 'DCL195',
    group: 'references',
    dimension: 'consistency',
    severity: 'warning',
    profiles: { strict: 'error' },
    description:
      "Within a schema object, 'primaryKeyPosition' and 'partitionKeyPosition' run 1, 2, 3 … with no gaps or repeats.",
    messages: {
      duplicate: "Give {label} its own {position}: '{other}' has {value}.",
      gap: 'Renumber the {noun} positions of {label} to {expected} (now {found}).',
      missing: 'Add a {position} to {label}: the other parts of the {noun} have one.',
    },
    fixable: true,
  },
  create(context) {
    return {
      schemaObject(object) {
        const props = objects(object.value.properties);
        for (const kind of KINDS) {
          // -1 (or another value below 1) on a property outside the key means "not part of it", as in the official examples.
          const parts = props.filter(
            ([p]) =>
              p[kind.flag] === true || (typeof p[kind.position] === 'number' && (p[kind.position] as number) >= 1),
          );
          const positioned = parts.filter(
            ([p]) => Number.isInteger(p[kind.position]) && (p[kind.position] as number) >= 1,
          );
          if (positioned.length === 0) continue;
          const propertyLabel = ([p, i]: [Obj, number]) =>
            `property ${str(p.name) ? `'${str(p.name)}'` : `#${i + 1}`} in ${object.label}`;
          let broken = false;
          for (const part of parts) {
            if (positioned.includes(part)) continue;
            broken = true;
            context.report({
              path: [...object.path, 'properties', part[1], kind.flag],
              messageId: 'missing',
              data: { label: propertyLabel(part), noun: kind.noun, position: kind.position },
            });
          }
          const seen = new Map<number, string>();
          for (const [p, i] of positioned) {
            const value = p[kind.position] as number;
            const other = seen.get(value);
            if (other !== undefined) {
              broken = true;
              context.report({
                path: [...object.path, 'properties', i, kind.position],
                target: 'value',
                messageId: 'duplicate',
                data: { label: propertyLabel([p, i]), position: kind.position, value, other, noun: kind.noun },
              });
            } else seen.set(value, str(p.name) ?? `#${i + 1}`);
          }
          if (broken) continue;
          const ordered = [...positioned].sort(
            (a, b) => (a[0][kind.position] as number) - (b[0][kind.position] as number),
          );
          const found = ordered.map(([p]) => p[kind.position] as number);
          if (found.every((v, k) => v === k + 1)) continue;
          const [, firstIndex] = ordered.find(([p], k) => p[kind.position] !== k + 1) as [Obj, number];
          context.report({
            path: [...object.path, 'properties', firstIndex, kind.position],
            target: 'value',
            messageId: 'gap',
            data: {
              label: object.label,
              noun: kind.noun,
              found: found.join(', '),
              expected: found.map((_, k) => k + 1).join(', '),
            },
            fixTitle: `Renumber the ${kind.noun} positions ${found.map((_, k) => k + 1).join(', ')}`,
            fix: (fixer) => {
              const edits = ordered
                .map(([p, i], k) =>
                  p[kind.position] === k + 1
                    ? undefined
                    : fixer.replaceValue([...object.path, 'properties', i, kind.position], String(k + 1)),
                )
                .filter((e) => e !== undefined);
              return edits.every((e) => e !== null) ? (edits as TextEdit[]) : null;
            },
          });
        }
      },
    };
  },
});

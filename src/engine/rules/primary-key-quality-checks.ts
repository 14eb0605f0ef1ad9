// A primary key is only trustworthy if something checks it: no nulls, no duplicates.
import { defineRule } from './define-rule';
import type { TextEdit } from '../types';
import type { Fixer } from '../fix/fixer';
import { arr, objects, str, type Obj, type PropertyRef } from '../contract-nodes';
import { declaresAtLeast } from './helpers-version';

type Check = 'nulls' | 'duplicates';

/**
 * A library check in the form the declared version accepts: `metric` from ODCS v3.1.0; before it, `rule` with the
 * v3.0.x name (which deprecated-quality-rule later renames to the same metric).
 */
function checkYaml(check: Check, apiVersion: string): { name: string; yaml: string } {
  const v31 = declaresAtLeast(apiVersion, 3, 1) !== false;
  const name = check === 'nulls' ? (v31 ? 'nullValues' : 'nullCheck') : v31 ? 'duplicateValues' : 'duplicateCount';
  const dimension = check === 'nulls' ? 'completeness' : 'uniqueness';
  return { name, yaml: `type: library\n${v31 ? 'metric' : 'rule'}: ${name}\nmustBe: 0\ndimension: ${dimension}` };
}

/** What a quality rule checks, judged by its metric (or legacy rule name) and, for sql/custom rules, its dimension. */
function checks(q: Obj): { nulls: boolean; duplicates: boolean } {
  const metric = (str(q.metric) ?? str(q.rule) ?? '').toLowerCase();
  const measured = q.type === 'sql' || q.type === 'custom';
  return {
    nulls: /null|missing|notempty/.test(metric) || (measured && q.dimension === 'completeness'),
    duplicates: /duplicate|unique/.test(metric) || (measured && q.dimension === 'uniqueness'),
  };
}

/** The property names a schema-level rule names in `arguments.properties` (ODCS's form for composite checks). */
function argumentProperties(q: Obj): string[] {
  const args = q.arguments;
  return args && typeof args === 'object' && !Array.isArray(args)
    ? arr((args as Obj).properties).filter((p): p is string => typeof p === 'string')
    : [];
}

/** Adds quality items under `mapPath`, creating `quality:` when absent; null when no safe edit exists. */
function addQualityItems(
  fixer: Fixer,
  owner: Obj,
  mapPath: ReadonlyArray<string | number>,
  items: string[],
): TextEdit | null {
  const asItem = (body: string) =>
    body
      .split('\n')
      .map((line, i) => (i === 0 ? `- ${line}` : `  ${line}`))
      .join('\n');
  if (owner.quality === undefined) {
    return fixer.insertEntries(
      mapPath,
      `quality:\n${items.map((item) => asItem(item).replace(/^/gm, '  ')).join('\n')}`,
    );
  }
  if (!Array.isArray(owner.quality) || owner.quality.length === 0) return null;
  const edits = items.map((item) => fixer.appendToSequence([...mapPath, 'quality'], item));
  if (edits.some((e) => e === null)) return null;
  const [first, ...rest] = edits as TextEdit[];
  return { range: first.range, newText: [first, ...rest].map((e) => e.newText).join('') };
}

export default defineRule<
  undefined,
  'noNullOrDuplicateCheck' | 'noNullCheck' | 'noDuplicateCheck' | 'noCompositeDuplicateCheck'
>({
  meta: {
    id: 'primary-key-quality-checks',
    code: 'DCL161',
    group: 'data-quality',
    dimension: 'uniqueness',
    // Tools that run checks already derive null and duplicate checks from `primaryKey`: advice for `strict`.
    severity: 'off',
    profiles: { strict: 'warning', 'uk-gov': 'warning' },
    description: 'A primary key has quality rules that check it for missing and duplicate values.',
    messages: {
      noNullOrDuplicateCheck: 'Add a null and duplicate check on {label}, the primary key.',
      noNullCheck: 'Add a null check on {label}, part of the primary key.',
      noDuplicateCheck: 'Add a duplicate check on {label}, the primary key.',
      noCompositeDuplicateCheck: 'Add a duplicate check on the primary key of {label}.',
    },
    details: {
      noCompositeDuplicateCheck:
        'The primary key is {names}: check that no two rows share the same values of all of them.',
    },
    grouping: {
      noNullCheck: 'Add null checks on {count} primary-key properties of {schema}: {names}.',
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      schemaObject(object) {
        const keyParts = objects(object.value.properties).filter(([p]) => p.primaryKey === true);
        if (keyParts.length < 2) return;
        const names = keyParts.map(([p]) => str(p.name)).filter((n): n is string => n !== undefined);
        const covered = objects(object.value.quality).some(([q]) => checks(q).duplicates);
        if (covered || names.length !== keyParts.length) return;
        const duplicates = checkYaml('duplicates', context.apiVersion);
        const composite = `${duplicates.yaml}\narguments:\n  properties:\n${names.map((n) => `    - ${JSON.stringify(n)}`).join('\n')}`;
        // A check is a new promise about the data: offered for the user to pick, never applied by itself.
        context.report({
          path: [...object.path, 'name'],
          messageId: 'noCompositeDuplicateCheck',
          data: { label: object.label, count: names.length, names: names.join(', ') },
          suggest: [
            {
              title: `Add a ${duplicates.name} check on the whole key`,
              // Appending after a trailing `properties` list would land where the per-column checks go; skip that case.
              fix: (fixer) =>
                object.value.quality === undefined && Object.keys(object.value).at(-1) === 'properties'
                  ? null
                  : addQualityItems(fixer, object.value, object.path, [composite]),
            },
          ],
        });
      },
      property(node: PropertyRef) {
        if (node.parent || node.value.primaryKey !== true) return;
        const own = objects(node.value.quality).map(([q]) => checks(q));
        // Schema-level rules naming this property in `arguments.properties` count too.
        const fromObject = objects(node.schemaObject.value.quality)
          .filter(
            ([q]) =>
              node.name !== undefined && argumentProperties(q).length === 1 && argumentProperties(q)[0] === node.name,
          )
          .map(([q]) => checks(q));
        const all = [...own, ...fromObject];
        const composite = objects(node.schemaObject.value.properties).filter(([p]) => p.primaryKey === true).length > 1;
        const missing: Check[] = [];
        if (!all.some((c) => c.nulls)) missing.push('nulls');
        if (!composite && !all.some((c) => c.duplicates)) missing.push('duplicates');
        if (missing.length === 0) return;
        const added = missing.map((m) => checkYaml(m, context.apiVersion));
        context.report({
          path: [...node.path, 'primaryKey'],
          messageId:
            missing.length === 2
              ? 'noNullOrDuplicateCheck'
              : missing[0] === 'nulls'
                ? 'noNullCheck'
                : 'noDuplicateCheck',
          data: { label: node.label },
          suggest: [
            {
              title:
                added.length === 2
                  ? `Add ${added[0].name} and ${added[1].name} checks`
                  : `Add a ${added[0].name} check`,
              fix: (fixer) =>
                addQualityItems(
                  fixer,
                  node.value,
                  node.path,
                  added.map((a) => a.yaml),
                ),
            },
          ],
        });
      },
    };
  },
});

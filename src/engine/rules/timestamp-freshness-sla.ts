// A table with dates in it changes over time; consumers need to know how fresh it is promised to be.
import { defineRule } from './define-rule';
import { objects, str, type SchemaObjectRef } from '../contract-nodes';
import { buildContractIndex } from '../contract-index';
import type { Fixer } from '../fix/fixer';
import { couldMeasureFreshness, looksLikeChangeTime } from '../vocabulary/time-columns';

const TIMELY = new Set(['freshness', 'latency']);
const TEMPORAL = new Set(['date', 'timestamp']);

export default defineRule<undefined, 'noFreshnessSla' | 'noFreshnessSlaAtAll'>({
  meta: {
    id: 'timestamp-freshness-sla',
    code: 'DCL163',
    group: 'data-quality',
    dimension: 'timeliness',
    severity: 'info',
    profiles: { strict: 'warning', 'uk-gov': 'warning' },
    description: 'An object with date or timestamp properties has a freshness or latency SLA whose element names it.',
    messages: {
      noFreshnessSla: 'Add a latency SLA on {label} ({names}) saying how fresh it must be.',
      noFreshnessSlaAtAll:
        'Add a latency SLA saying how fresh the data must be: {count} schema objects change over time.',
    },
    hasSuggestions: true,
  },
  create(context) {
    const index = buildContractIndex(context.contract);
    const slas = objects(context.contract.slaProperties).filter(([s]) =>
      TIMELY.has((str(s.property) ?? '').toLowerCase()),
    );
    const covered = new Set<string>();
    let unnamed = false;
    for (const [sla] of slas) {
      const element = str(sla.element) ?? str(context.contract.slaDefaultElement);
      if (element === undefined) unnamed = true;
      for (const part of (element ?? '').split(',')) {
        const found = index.resolve(part);
        if (found.status === 'found') covered.add(JSON.stringify(found.object.path));
      }
    }
    const singleObject = index.objects.length === 1;
    const uncovered: Array<{ object: SchemaObjectRef; temporal: string[] }> = [];
    const skeleton = (object: SchemaObjectRef, temporal: string[]) => {
      const element = `${object.name}.${temporal.find(looksLikeChangeTime) ?? temporal[0]}`;
      const item = `property: latency\nvalue: 1 # TODO: agree the promise\nunit: d\nelement: ${element}`;
      return [
        {
          title: `Add a latency SLA on '${element}' to fill in`,
          fix: (fixer: Fixer) => fixer.addSequenceItem([], 'slaProperties', item),
        },
      ];
    };
    const list = (names: string[]) => names.slice(0, 2).join(', ') + (names.length > 2 ? ', …' : '');
    return {
      schemaObject(object: SchemaObjectRef) {
        if (covered.has(JSON.stringify(object.path)) || (unnamed && singleObject)) return;
        const temporal = objects(object.value.properties)
          // A date of birth or an expiry date is about the record's subject, not about when the data arrived.
          .filter(
            ([p]) =>
              TEMPORAL.has(str(p.logicalType) ?? '') &&
              str(p.name) !== undefined &&
              couldMeasureFreshness(str(p.name) as string),
          )
          .map(([p]) => str(p.name) as string);
        if (temporal.length > 0 && object.name !== undefined) uncovered.push({ object, temporal });
      },
      end() {
        // A contract with no timeliness SLA at all gets one finding, not one per table.
        if (slas.length === 0 && uncovered.length > 1) {
          const [first] = uncovered;
          context.report({
            path: ['schema'],
            messageId: 'noFreshnessSlaAtAll',
            data: { count: uncovered.length, names: list(uncovered.map((u) => u.object.name as string)) },
            suggest: skeleton(first.object, first.temporal),
          });
          return;
        }
        for (const { object, temporal } of uncovered) {
          context.report({
            path: [...object.path, 'name'],
            messageId: 'noFreshnessSla',
            data: { label: object.label, names: list(temporal) },
            suggest: skeleton(object, temporal),
          });
        }
      },
    };
  },
});

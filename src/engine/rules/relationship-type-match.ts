// A foreign key holds values of the key it points at, so both sides should have the same logical type.
import { defineRule } from './define-rule';
import type { JsonPath } from '../types';
import { str } from '../contract-nodes';
import { buildContractIndex } from '../contract-index';

// Whole numbers stored as `number` on one side are common and harmless; every other difference is reported.
const family = (type: string) => (type === 'integer' || type === 'number' ? 'numeric' : type);

export default defineRule<undefined, 'typeMismatch'>({
  meta: {
    id: 'relationship-type-match',
    code: 'DCL201',
    group: 'references',
    dimension: 'consistency',
    severity: 'warning',
    description:
      'The two ends of a relationship have the same logicalType (a string key is not referenced by an integer column).',
    messages: {
      typeMismatch: "Make '{from}' ({fromType}) and its target '{to}' ({toType}) the same logicalType.",
    },
  },
  create(context) {
    const index = buildContractIndex(context.contract);
    const typeOf = (reference: unknown): string | undefined => {
      if (typeof reference !== 'string') return undefined;
      const found = index.resolve(reference);
      return found.status === 'found' && found.property ? str(found.property.value.logicalType) : undefined;
    };
    return {
      relationship(node) {
        const { to } = node.value;
        const toList = Array.isArray(to) ? to : [to];
        let pairs: Array<{ from: string; fromType?: string; to: unknown; path: JsonPath }>;
        if (node.ownerKind === 'property') {
          if (toList.length !== 1) return; // several targets from one property: relationship-arity reports it
          const owner = node.owner;
          pairs = [
            {
              from: owner.name ?? 'this property',
              fromType: str(owner.value.logicalType),
              to: toList[0],
              path: [...node.path, 'to'],
            },
          ];
        } else {
          const fromList = Array.isArray(node.value.from) ? node.value.from : [node.value.from];
          if (fromList.length !== toList.length) return;
          pairs = fromList.map((from, i) => ({
            from: String(from),
            fromType: typeOf(from),
            to: toList[i],
            path: Array.isArray(to) ? [...node.path, 'to', i] : [...node.path, 'to'],
          }));
        }
        for (const pair of pairs) {
          const toType = typeOf(pair.to);
          if (!pair.fromType || !toType || family(pair.fromType) === family(toType)) continue;
          context.report({
            path: pair.path,
            target: 'value',
            messageId: 'typeMismatch',
            data: { label: node.label, from: pair.from, fromType: pair.fromType, to: String(pair.to), toType },
          });
        }
      },
    };
  },
});

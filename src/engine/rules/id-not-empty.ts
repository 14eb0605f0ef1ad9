// An empty `id` identifies nothing: references to it cannot resolve and tools that key on ids mix items up.
// The official schema accepts an empty contract id (a plain text) and, from v3.2.0, empty relationship and context
// ids; the other ids of v3.1.0 and later are stable ids whose pattern already rejects an empty text, and the schema
// check reports those, so they are left to it (one finding per empty id).
import { defineRule } from './define-rule';
import { isObject } from '../detect';
import { nameOf } from '../model/naming';

// Lists whose items carry a free-text id in ODCS v3.2.0 (no pattern in the schema).
const FREE_TEXT_ID_LISTS = new Set(['relationships', 'verifiedStatements', 'constraints']);

const isBlank = (v: unknown): boolean => typeof v === 'string' && v.trim() === '';

/** v3.2.0 or a later v3 version: relationships and context entries have an id of their own. */
function hasFreeTextIds(apiVersion: string): boolean {
  const m = /^v?(\d+)\.(\d+)/.exec(apiVersion.trim());
  return m !== null && Number(m[1]) === 3 && Number(m[2]) >= 2;
}

export default defineRule<undefined, 'emptyContractId' | 'emptyId'>({
  meta: {
    id: 'id-not-empty',
    code: 'DCL280',
    group: 'references',
    dimension: 'consistency',
    severity: 'warning',
    profiles: { strict: 'error', 'uk-gov': 'error' },
    description:
      "Every 'id' has a value: the contract's id and the ids of relationships and context entries are not empty.",
    messages: {
      emptyContractId:
        "Fill in the contract's id, e.g. a UUID or a stable name like 'sales-orders', so others can refer to it.",
      emptyId: "Fill in the id of {label}, or remove the 'id' line: it is empty.",
    },
  },
  create(context) {
    return {
      contract(node) {
        if (isBlank(node.value.id)) {
          context.report({ path: ['id'], target: 'value', messageId: 'emptyContractId' });
        }
        if (!hasFreeTextIds(context.apiVersion)) return;
        // The items of every list of the contract's structure, from the shared walk; free-form values and custom
        // properties hold data, not structure.
        for (const item of context.parts.values.items) {
          const listKey = item.parent?.key;
          if (item.inCustomProperties || typeof listKey !== 'string' || !FREE_TEXT_ID_LISTS.has(listKey)) continue;
          if (!isObject(item.value) || !isBlank(item.value.id)) continue;
          context.report({
            path: [...item.path, 'id'],
            target: 'value',
            messageId: 'emptyId',
            data: { label: nameOf(context.contract, item.path) },
          });
        }
      },
    };
  },
});

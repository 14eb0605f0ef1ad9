// ODCS v3.1.0 deprecated `slaDefaultElement`: each SLA property names its own `element`.
import { stringify } from 'yaml';
import { defineRule } from './define-rule';
import { isObject } from '../detect';
import { deprecatedSinceV31 } from './helpers-version';
import type { Fixer } from '../fix/fixer';
import type { TextEdit } from '../types';

export default defineRule<undefined, 'slaDefaultElement'>({
  meta: {
    id: 'deprecated-sla-default-element',
    code: 'DCL221',
    group: 'deprecations',
    dimension: 'timeliness',
    severity: 'warning',
    description:
      "SLA properties name their own 'element' instead of relying on 'slaDefaultElement', deprecated in ODCS v3.1.0.",
    messages: {
      slaDefaultElement:
        "Give each SLA property its own 'element': 'slaDefaultElement' is deprecated since ODCS v3.1.0.",
    },
    fixable: true,
    hasSuggestions: true,
    supersedesSchemaFindings: true,
  },
  create(context) {
    return {
      contract(node) {
        const contract = node.value;
        if (!('slaDefaultElement' in contract) || !deprecatedSinceV31(context.apiVersion)) return;
        const element = contract.slaDefaultElement;
        const sla = contract.slaProperties;
        const slaList = Array.isArray(sla) ? sla : [];
        const movable =
          typeof element === 'string' && element.trim() !== '' && slaList.length > 0 && slaList.every(isObject);
        context.report({
          path: ['slaDefaultElement'],
          messageId: 'slaDefaultElement',
          fixTitle: "Copy the default element into each SLA property and remove 'slaDefaultElement'",
          fix: movable ? (fixer) => moveElement(fixer, element, slaList as Array<Record<string, unknown>>) : undefined,
          // With no SLA property to carry it, the default applies to nothing; removing it is the user's call.
          suggest:
            slaList.length === 0
              ? [{ title: "Remove 'slaDefaultElement'", fix: (fixer) => fixer.removeEntry(['slaDefaultElement']) }]
              : [],
        });
      },
    };
  },
});

function moveElement(fixer: Fixer, element: string, slaList: Array<Record<string, unknown>>): TextEdit[] | null {
  const edits: TextEdit[] = [];
  const value = stringify(element, { lineWidth: 0 }).trimEnd();
  for (const [i, item] of slaList.entries()) {
    if ('element' in item) continue;
    const edit = fixer.insertEntries(['slaProperties', i], `element: ${value}`);
    if (!edit) return null;
    edits.push(edit);
  }
  const remove = fixer.removeEntry(['slaDefaultElement']);
  if (!remove) return null;
  return [...edits, remove];
}

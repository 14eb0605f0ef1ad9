// `dataProduct` is deprecated in ODCS v3.1.0 with no replacement field: the data product should point at its contracts.
import { defineRule } from './define-rule';
import { stringify } from 'yaml';
import { deprecatedSinceV31 } from './helpers-version';
import type { Fixer } from '../fix/fixer';

export default defineRule<undefined, 'dataProduct'>({
  meta: {
    id: 'deprecated-data-product',
    code: 'DCL220',
    group: 'deprecations',
    dimension: 'documentation',
    severity: 'warning',
    description: "The contract does not use the top-level 'dataProduct' field, deprecated in ODCS v3.1.0.",
    messages: {
      dataProduct:
        "Remove 'dataProduct', or keep it as a custom property: ODCS v3.1.0 deprecated it with no replacement.",
    },
    hasSuggestions: true,
    supersedesSchemaFindings: true,
  },
  create(context) {
    return {
      contract(node) {
        if (!('dataProduct' in node.value) || !deprecatedSinceV31(context.apiVersion)) return;
        const name = node.value.dataProduct;
        const customProperties = node.value.customProperties;
        const canMove =
          (typeof name === 'string' || typeof name === 'number') &&
          (customProperties === undefined || Array.isArray(customProperties));
        context.report({
          path: ['dataProduct'],
          messageId: 'dataProduct',
          suggest: [
            ...(canMove
              ? [
                  {
                    title: "Move 'dataProduct' to a custom property",
                    fix: (fixer: Fixer) =>
                      moveToCustomProperty(
                        fixer,
                        String(name),
                        customProperties !== undefined,
                        context.text.includes('\r\n') ? '\r\n' : '\n',
                      ),
                  },
                ]
              : []),
            { title: "Remove 'dataProduct'", fix: (fixer) => fixer.removeEntry(['dataProduct']) },
          ],
        });
      },
    };
  },
});

function moveToCustomProperty(fixer: Fixer, name: string, hasCustomProperties: boolean, eol: string) {
  const remove = fixer.removeEntry(['dataProduct']);
  if (!remove) return null;
  const item = `property: dataProduct\nvalue: ${stringify(name, { lineWidth: 0 }).trimEnd()}`;
  if (hasCustomProperties) {
    const add = fixer.appendToSequence(['customProperties'], item);
    return add ? [remove, add] : null;
  }
  // No custom properties yet: write the new block where 'dataProduct' was, in one edit.
  return fixer.replaceText(
    remove.range,
    `${remove.newText}customProperties:${eol}  - ${item.replace('\n', `${eol}    `)}${eol}`,
  );
}

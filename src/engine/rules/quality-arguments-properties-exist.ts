// Object-level checks such as duplicateValues name the columns they combine; a name that is not there checks nothing.
import { defineRule } from './define-rule';
import { arr } from '../contract-nodes';
import { buildContractIndex } from '../contract-index';

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export default defineRule<undefined, 'missingProperty'>({
  meta: {
    id: 'quality-arguments-properties-exist',
    code: 'DCL202',
    group: 'references',
    dimension: 'consistency',
    severity: 'error',
    description: "The properties an object-level quality rule lists in 'arguments.properties' exist in that object.",
    messages: {
      missingProperty: "Fix '{name}' in arguments.properties: {object} has no such property.{hint}",
    },
    hasSuggestions: true,
  },
  create(context) {
    const index = buildContractIndex(context.contract);
    return {
      quality(node) {
        if (node.ownerKind !== 'schema' || !isMap(node.value.arguments)) return;
        const object = index.objects.find((o) => JSON.stringify(o.path) === JSON.stringify(node.owner.path));
        if (!object || object.properties.length === 0) return;
        const objectName = object.name ?? object.physicalName;
        arr(node.value.arguments.properties).forEach((name, i) => {
          if (typeof name !== 'string' || index.propertyByName(object.properties, name)) return;
          const close = objectName ? index.closestName(`${objectName}.${name}`) : undefined;
          const meant = close?.startsWith(`${objectName}.`) ? close.slice(objectName!.length + 1) : undefined;
          const path = [...node.path, 'arguments', 'properties', i];
          context.report({
            path,
            target: 'value',
            messageId: 'missingProperty',
            data: { label: node.label, name, object: node.owner.label, hint: meant ? ` Did you mean '${meant}'?` : '' },
            suggest: meant ? [{ title: `Change to '${meant}'`, fix: (fixer) => fixer.replaceValue(path, meant) }] : [],
          });
        });
      },
    };
  },
});

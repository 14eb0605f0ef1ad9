// Two entries with the same `property` in one customProperties list: readers see two values, tools keep one of them
// (usually the last) without saying so. The official schema does not check it.
import { defineRule } from './define-rule';
import type { JsonPath } from '../types';
import { isObject } from '../detect';
import { nameOf } from '../model/naming';

export default defineRule<undefined, 'duplicate'>({
  meta: {
    id: 'unique-custom-properties',
    code: 'DCL283',
    group: 'references',
    dimension: 'consistency',
    severity: 'error',
    description: "A customProperties list names each custom property once ('property' is not repeated).",
    messages: {
      duplicate: 'Merge or rename {label}: it is listed twice (first on line {line}); tools keep one.',
    },
  },
  create(context) {
    const checkList = (list: unknown[], listPath: JsonPath) => {
      const first = new Map<string, JsonPath>();
      list.forEach((item, i) => {
        if (!isObject(item) || typeof item.property !== 'string' || item.property.trim() === '') return;
        const name = item.property.trim();
        const itemPath = [...listPath, i];
        const earlier = first.get(name);
        if (!earlier) {
          first.set(name, itemPath);
          return;
        }
        context.report({
          path: [...itemPath, 'property'],
          target: 'value',
          messageId: 'duplicate',
          data: { label: nameOf(context.contract, itemPath), line: context.lineOf([...earlier, 'property']) },
        });
      });
    };
    return {
      contract() {
        // Every customProperties list of the contract's structure, at any depth, from the shared walk; one inside a
        // free-form value is data.
        for (const list of context.parts.values.lists)
          if (list.key === 'customProperties') checkList(list.value as unknown[], list.path);
      },
    };
  },
});

// A classification outside the agreed vocabulary is as good as none: nobody knows how to handle the data.
import { distance } from 'fastest-levenshtein';
import { defineRule } from './define-rule';
import { str } from '../contract-nodes';
import { canonicalValue, DEFAULT_CLASSIFICATIONS, vocabularyKey } from '../vocabulary/classifications';

const yamlScalar = (v: string): string => (/^[A-Za-z][\w-]*$/.test(v) ? v : JSON.stringify(v));

export default defineRule<undefined, 'unknown'>({
  meta: {
    id: 'unknown-classification',
    code: 'DCL144',
    group: 'personal-data',
    severity: 'warning',
    profiles: { 'uk-gov': 'error' },
    description: "A property's classification is one of the organisation's agreed values.",
    messages: {
      unknown: "Use an agreed classification for {label}, not '{value}': {allowed}.",
    },
    grouping: {
      unknown: 'Use agreed classifications for {count} properties of {schema}: {names}.',
    },
    hasSuggestions: true,
  },
  create(context) {
    const vocabulary = context.settings.classifications?.length
      ? context.settings.classifications
      : DEFAULT_CLASSIFICATIONS;
    return {
      property(node) {
        const value = str(node.value.classification);
        if (value === undefined || value.trim() === '' || canonicalValue(value, vocabulary)) return;
        const near = vocabulary
          .map((v) => ({ v, d: distance(vocabularyKey(v), vocabularyKey(value)) }))
          .filter((x) => x.d <= 2)
          .sort((a, b) => a.d - b.d)
          .slice(0, 3);
        context.report({
          path: [...node.path, 'classification'],
          target: 'value',
          messageId: 'unknown',
          data: {
            value,
            label: node.label,
            allowed: vocabulary.length > 5 ? `${vocabulary.slice(0, 4).join(', ')}, …` : vocabulary.join(', '),
          },
          suggest: near.map(({ v }) => ({
            title: `Change to '${v}'`,
            fix: (fixer) => fixer.replaceValue([...node.path, 'classification'], yamlScalar(v)),
          })),
        });
      },
    };
  },
});

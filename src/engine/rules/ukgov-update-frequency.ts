// x-gov metadata: updateFrequency tells consumers how fresh to expect the data (GDQF timeliness).
import { defineRule } from './define-rule';
import { str } from '../contract-nodes';
import { canonicalValue, UPDATE_FREQUENCIES, vocabularyKey } from '../vocabulary/classifications';
import { customPropertiesPath, findCustomProperty, reportVocabularyValue } from '../vocabulary/custom-properties';

/** Everyday words with one obvious Dublin Core frequency. */
const SYNONYMS: Record<string, string> = {
  yearly: 'freq:annual',
  annually: 'freq:annual',
  fortnightly: 'freq:biweekly',
  realtime: 'freq:continuous',
  streaming: 'freq:continuous',
  adhoc: 'freq:irregular',
  quarterly: 'freq:quarterly',
};

function canonicalFrequency(value: string): string | undefined {
  const v = value.trim();
  // The full vocabulary URL is as good as the freq: prefix.
  if (/^https?:\/\/purl\.org\/cld\/freq\/\w+$/.test(v))
    return canonicalValue(`freq:${v.split('/').pop()}`, UPDATE_FREQUENCIES) ? value : undefined;
  return (
    canonicalValue(v, UPDATE_FREQUENCIES) ??
    canonicalValue(`freq:${v}`, UPDATE_FREQUENCIES) ??
    SYNONYMS[vocabularyKey(v)]
  );
}

export default defineRule<undefined, 'missing' | 'unknown' | 'spelling'>({
  meta: {
    id: 'ukgov-update-frequency',
    code: 'DCL125',
    group: 'documentation',
    dimension: 'timeliness',
    severity: 'off',
    profiles: { 'uk-gov': 'error' },
    description:
      "The contract says how often the data is updated: a custom property 'updateFrequency' (freq:daily, …) or an SLA property 'frequency'.",
    messages: {
      missing: "Add a custom property 'updateFrequency' (e.g. freq:daily, freq:monthly) or a frequency SLA.",
      unknown: "Use a Dublin Core frequency such as freq:daily, freq:monthly or freq:irregular, not '{value}'.",
      spelling: "Write the update frequency '{value}' as '{canonical}'.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      contract(node) {
        const entry = findCustomProperty(context.parts, ['updateFrequency']);
        if (!entry) {
          const sla = context.parts.slaProperties.some(
            (s) => str(s.value.property)?.trim().toLowerCase() === 'frequency',
          );
          if (!sla) context.report({ path: customPropertiesPath(node.value), messageId: 'missing' });
          return;
        }
        reportVocabularyValue((r) => context.report(r), entry, canonicalFrequency);
      },
    };
  },
});

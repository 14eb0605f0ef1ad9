// Reads the contract-level `customProperties` entries that our conventions rely on (dpia, securityClassification, …).
import type { ContractParts, ItemRef } from '../contract-nodes';
import { str } from '../contract-nodes';
import type { Report } from '../rules/define-rule';

const normal = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, '');

/** The first contract-level custom property whose key is one of `keys` (case, spaces, `_` and `-` ignored). */
export function findCustomProperty(parts: ContractParts, keys: readonly string[]): ItemRef | undefined {
  const wanted = new Set(keys.map(normal));
  return parts.customProperties.find((c) => {
    const k = str(c.value.property);
    return k !== undefined && wanted.has(normal(k));
  });
}

/** True when a custom property carries a value someone filled in (not null, not blank). */
export function hasValue(item: ItemRef | undefined): boolean {
  if (!item) return false;
  const v = item.value.value;
  if (v === null || v === undefined) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

/** The customProperties key that records a DPIA: setting `dpiaProperty`, `dpia` by default. */
export const dpiaKey = (settings: { dpiaProperty?: string }): string => settings.dpiaProperty?.trim() || 'dpia';

/** A DPIA decision is recorded when the custom property has a value (a link, an id, or `not-required`). */
export function dpiaRecorded(parts: ContractParts, settings: { dpiaProperty?: string }): boolean {
  const entry = findCustomProperty(parts, [dpiaKey(settings)]);
  return hasValue(entry) && entry?.value.value !== false;
}

/** The customProperties item the DPIA fixes add, to be filled in. */
export const dpiaSkeleton = (settings: { dpiaProperty?: string }): string =>
  `property: ${yamlScalar(dpiaKey(settings))}\nvalue: TODO\ndescription: Link to the data protection impact assessment (DPIA)`;

/** Where to point when a contract-level custom property is missing: the list if there is one, else the contract. */
export const customPropertiesPath = (contract: Record<string, unknown>): string[] =>
  Array.isArray(contract.customProperties) ? ['customProperties'] : [];

/** YAML text for a plain scalar, quoted only when it has to be. */
export const yamlScalar = (v: string): string =>
  /^[A-Za-z](?:[\w./-]|:(?=[\w./-]))*$/.test(v) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(v)
    ? v
    : JSON.stringify(v);

/**
 * Checks the value of a vocabulary-backed custom property: a value outside the vocabulary is reported as
 * 'unknown'; a known value written another way ('official sensitive') as 'spelling', with a suggestion of the
 * canonical form. Consumers read these values (who may access the data, how it is handled), so rewriting one is the
 * user's choice, never a safe fix.
 */
export function reportVocabularyValue(
  report: (r: Report<'unknown' | 'spelling'>) => void,
  entry: ItemRef,
  canonicalize: (value: string) => string | undefined,
): void {
  const valuePath = [...entry.path, 'value'];
  const value = str(entry.value.value);
  const canonical = value === undefined ? undefined : canonicalize(value);
  if (value === undefined || !canonical) {
    report({
      path: valuePath,
      target: 'value',
      messageId: 'unknown',
      data: { value: String(entry.value.value ?? '') },
    });
  } else if (canonical !== value) {
    report({
      path: valuePath,
      target: 'value',
      messageId: 'spelling',
      data: { value, canonical },
      suggest: [
        { title: `Write '${canonical}'`, fix: (fixer) => fixer.replaceValue(valuePath, yamlScalar(canonical)) },
      ],
    });
  }
}

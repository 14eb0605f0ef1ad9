// The personal-data matchers the bench compares (scripts/bench/personal-data.ts), on contracts' properties: the
// previous matcher, the compiled trie alone, and the trie remembering texts as one lint run does.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { collectParts, type Obj, type PropertyRef } from '../../src/engine/contract-nodes';
import { createPersonalDataMatcher, DEFAULT_PERSONAL_DATA_OPTIONS } from '../../src/engine/vocabulary/personal-data';
import { referenceMatchProperty } from './personal-data-reference';

export type Properties = readonly PropertyRef[];

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(name) ? [full] : [];
  });
}

/** The properties of every contract in the YAML files under `dir` (files that do not parse are skipped). */
export function propertiesUnder(dir: string): PropertyRef[] {
  return yamlFiles(dir).flatMap((file) =>
    parseAllDocuments(readFileSync(file, 'utf8')).flatMap((doc) => {
      try {
        const value: unknown = 'toJS' in doc ? doc.toJS({ maxAliasCount: 100 }) : undefined;
        return value && typeof value === 'object' && !Array.isArray(value) ? collectParts(value as Obj).properties : [];
      } catch {
        return [];
      }
    }),
  );
}

/** The properties of contracts given as YAML text. */
export function propertiesOf(texts: readonly string[]): PropertyRef[] {
  return texts.flatMap((text) => {
    const value: unknown = parse(text);
    return value && typeof value === 'object' ? collectParts(value as Obj).properties : [];
  });
}

/** One pass of each matcher over the properties, with the default word list. */
export function matchingPasses(properties: Properties): Record<'before' | 'trie' | 'trieRemembered', () => unknown> {
  const options = DEFAULT_PERSONAL_DATA_OPTIONS;
  const trieOnly = createPersonalDataMatcher(options, false);
  return {
    before: () => properties.map((p) => referenceMatchProperty(p, options)),
    trie: () => properties.map((p) => trieOnly(p)),
    // As in one lint run: compiled at the start, names remembered from the first contract on.
    trieRemembered: () => {
      const match = createPersonalDataMatcher(options);
      return properties.map((p) => match(p));
    },
  };
}

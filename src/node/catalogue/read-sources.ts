// Reads one catalogue file of a given type into records. Missing or unreadable files become one warning.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import {
  contractRecordFromValue,
  detectDocument,
  parseBackstageYaml,
  parseCodeowners,
  parseDataHubJson,
  parsePeopleDirectory,
  type ParseOutput,
} from '../../engine/owners';
import type { SourceType } from './config';

const EMPTY: ParseOutput = { records: [], warnings: [] };

export async function readText(absPath: string): Promise<string | undefined> {
  try {
    return await readFile(absPath, 'utf8');
  } catch {
    return undefined;
  }
}

/** Parses a file's text as the given source type. `relPath` names the file in records and warnings. */
export function parseSourceText(type: SourceType, text: string, relPath: string, today?: string): ParseOutput {
  switch (type) {
    case 'datahub':
      return parseDataHubJson(text, relPath);
    case 'backstage':
      return parseBackstageYaml(text, relPath);
    case 'codeowners':
      return parseCodeowners(text, relPath);
    case 'people':
      return parsePeopleDirectory(text, relPath);
    case 'contracts':
      return contractFromText(text, relPath, today);
    case 'git':
      return EMPTY;
  }
}

/** A workspace YAML file counts only when it is a contract; broken YAML is the linter's business, not ours. */
function contractFromText(text: string, relPath: string, today?: string): ParseOutput {
  if (!/DataContract|apiVersion/.test(text)) return EMPTY;
  let value: unknown;
  try {
    value = parse(text);
  } catch {
    return EMPTY;
  }
  if (detectDocument(value).kind !== 'odcs') return EMPTY;
  return contractRecordFromValue(value, relPath, { today });
}

export function missingFile(relPath: string, type: SourceType): ParseOutput {
  return { records: [], warnings: [{ file: relPath, line: 0, message: `${type} source not found or not readable` }] };
}

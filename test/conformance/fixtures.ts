import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const FIXTURES = join(__dirname, '..', 'fixtures', 'odcs');

export function loadYaml(path: string): unknown {
  return parse(readFileSync(path, 'utf8'));
}

/** The 18 official ODCS examples, parsed as YAML 1.2. */
export function officialExamples(): Array<{ name: string; doc: Record<string, unknown> }> {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.odcs.yaml'))
    .sort()
    .map((name) => ({ name, doc: loadYaml(join(FIXTURES, name)) as Record<string, unknown> }));
}

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { OdcsVersion } from '../../src/engine/model';

export const FIXTURES = join(__dirname, '..', 'fixtures', 'odcs');
/** The ODCS v3.2.0 examples, negative tests and schemas (see its SOURCE.txt). */
export const FIXTURES_V32 = join(FIXTURES, 'v3.2.0');
/** 'v3.2.0' as an OdcsVersion (written this way so the tests compile before the model lists it). */
export const V3_2_0 = 'v3.2.0' as string as OdcsVersion;

export function loadYaml(path: string): unknown {
  return parse(readFileSync(path, 'utf8'));
}

function contractsIn(dir: string): Array<{ name: string; text: string; doc: Record<string, unknown> }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.odcs.yaml'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      return { name, text, doc: parse(text) as Record<string, unknown> };
    });
}

/** The 18 official ODCS examples, parsed as YAML 1.2. */
export function officialExamples(): Array<{ name: string; doc: Record<string, unknown> }> {
  return contractsIn(FIXTURES).map(({ name, doc }) => ({ name, doc }));
}

/** The 31 ODCS v3.2.0 examples, with their text. */
export function examplesV32(): Array<{ name: string; text: string; doc: Record<string, unknown> }> {
  return contractsIn(join(FIXTURES_V32, 'examples'));
}

/** The 44 ODCS v3.2.0 negative tests, with their text. */
export function negativeTestsV32(): Array<{ name: string; text: string; doc: Record<string, unknown> }> {
  return contractsIn(join(FIXTURES_V32, 'negative-tests'));
}

/** The ODCS v3.2.0 JSON Schema without datacontract-cli's `blob` object type (ODCS v3.2.0 itself). */
export function odcsSchemaV32(): object {
  return JSON.parse(readFileSync(join(FIXTURES_V32, 'schema', 'odcs-json-schema-v3.2.0-odcs.json'), 'utf8'));
}

/** datacontract-cli's copy of the v3.2.0 schema, which also accepts `logicalType: blob` on schema objects. */
export function cliSchemaV32(): object {
  return JSON.parse(readFileSync(join(FIXTURES_V32, 'schema', 'odcs-json-schema-v3.2.0.json'), 'utf8'));
}

// The corpus of real contracts in test/fixtures/realworld/ and the verdict of the official JSON Schema of the
// version each one declares (ajv, draft 2019-09, formats as ajv-formats checks them).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019, { type ValidateFunction } from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { parseAllDocuments } from 'yaml';

export const REALWORLD = join(__dirname, '..', 'fixtures', 'realworld');
const FIXTURES = join(__dirname, '..', 'fixtures');

/** Versions with an official JSON Schema in test/fixtures. */
export const SCHEMA_VERSIONS = ['v3.0.0', 'v3.0.1', 'v3.0.2', 'v3.1.0', 'v3.2.0'] as const;
export type SchemaVersion = (typeof SCHEMA_VERSIONS)[number];
const V2_VERSIONS = ['v2.2.0', 'v2.2.1', 'v2.2.2'];

function schemaPath(version: SchemaVersion): string {
  if (version !== 'v3.2.0') return join(FIXTURES, 'odcs', 'schema', `odcs-json-schema-${version}.json`);
  // The ODCS-only copy of the v3.2.0 schema leaves out datacontract-cli's `logicalType: blob`, which is not ODCS.
  const dir = join(FIXTURES, 'odcs', 'v3.2.0', 'schema');
  const odcsOnly = join(dir, 'odcs-json-schema-v3.2.0-odcs.json');
  return existsSync(odcsOnly) ? odcsOnly : join(dir, 'odcs-json-schema-v3.2.0.json');
}

const validators = new Map<SchemaVersion, ValidateFunction>();
function validatorFor(version: SchemaVersion): ValidateFunction {
  let validate = validators.get(version);
  if (!validate) {
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    addFormats(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(schemaPath(version), 'utf8')));
    validators.set(version, validate);
  }
  return validate;
}

export type Verdict =
  /** The official schema of the declared version accepts the file. */
  | 'valid'
  /** It rejects the file. */
  | 'invalid'
  /** The YAML itself is broken (a syntax error or a duplicate key): no schema can accept it. */
  | 'yaml-error'
  /** ODCS v2.2.x: old, not validated by a schema. */
  | 'v2'
  /** A version no official schema exists for (`3.0.0` without the v, `v2.3.0`, `v9.9.9`, …). */
  | 'unknown';

export interface OfficialVerdict {
  verdict: Verdict;
  /** The declared apiVersion as written. */
  apiVersion?: string;
  /** The schema version used, for `valid` and `invalid`. */
  version?: SchemaVersion;
  /** Number of ajv errors (all of them), for `valid` and `invalid`. */
  errors: number;
  /** The first ajv errors, for messages. */
  sample: string[];
}

/** The official schema's verdict on a contract text (its first YAML document). */
export function officialVerdict(text: string): OfficialVerdict {
  const docs = parseAllDocuments(text);
  const first = Array.isArray(docs) ? docs[0] : undefined;
  if (!first) return { verdict: 'yaml-error', errors: 0, sample: [] };
  const value = first.contents ? (first.contents.toJSON() as unknown) : null;
  const declared = value && typeof value === 'object' ? (value as Record<string, unknown>).apiVersion : undefined;
  const apiVersion = declared === undefined ? undefined : String(declared);
  if (first.errors.length > 0)
    return { verdict: 'yaml-error', apiVersion, errors: 0, sample: first.errors.slice(0, 3).map((e) => e.message) };
  if (apiVersion !== undefined && V2_VERSIONS.includes(apiVersion))
    return { verdict: 'v2', apiVersion, errors: 0, sample: [] };
  const version = SCHEMA_VERSIONS.find((v) => v === apiVersion);
  if (!version) return { verdict: 'unknown', apiVersion, errors: 0, sample: [] };
  const validate = validatorFor(version);
  const ok = validate(value) as boolean;
  const errors = validate.errors ?? [];
  return {
    verdict: ok ? 'valid' : 'invalid',
    apiVersion,
    version,
    errors: ok ? 0 : errors.length,
    sample: errors
      .slice(0, 3)
      .map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params ? ' ' + JSON.stringify(e.params) : ''}`),
  };
}

export interface CorpusFile {
  name: string;
  /** The text as the editor shows it (without a byte-order mark). */
  text: string;
  official: OfficialVerdict;
}

/** Every contract in the corpus, in name order. */
export function corpusFiles(): CorpusFile[] {
  return readdirSync(REALWORLD)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const text = readFileSync(join(REALWORLD, name), 'utf8').replace(/^\uFEFF/, '');
      return { name, text, official: officialVerdict(text) };
    });
}

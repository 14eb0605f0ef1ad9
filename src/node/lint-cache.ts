// The result cache of `dclens lint --cache` (like ESLint's .eslintcache): one JSON file holding, per contract, the
// lint result and the key it was computed under. The key is a SHA-256 of everything a result depends on: the file's
// bytes and name, the build of dclens, the resolved configuration, the catalogue snapshot and today's date (rules
// about dates). A result is reused only when the key is the same, so a cache is never stale, only unused; deleting
// it costs one full run. A file that cannot be read as a cache (corrupt, another shape, another build) is ignored and
// rewritten; it is written to a temporary file and renamed, so a run never reads a half-written one.
import { createHash, type Hash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CatalogueSnapshot, DocumentLintResult, Finding, FileLintResult, ResolvedConfig } from '../engine';
import { snapshotToData } from '../engine/owners';
import { buildId } from './catalogue/build-id';

export const DEFAULT_CACHE_NAME = '.dclens-cache';
const FORMAT = 'dclens-lint-cache/1';

/** Where the cache lives: a file, or `.dclens-cache` inside a folder (an existing one, or a path ending in `/`). */
export function cacheFilePath(cwd: string, location: string | undefined): string {
  if (location === undefined || location === '') return path.join(cwd, DEFAULT_CACHE_NAME);
  const absolute = path.resolve(cwd, location);
  const isDir = /[\\/]$/.test(location) || (existsSync(absolute) && statSync(absolute).isDirectory());
  return isDir ? path.join(absolute, DEFAULT_CACHE_NAME) : absolute;
}

/** What a file's result depends on besides its bytes. */
export interface LintKeyParts {
  /** The name the findings are reported under. */
  fileName: string;
  /** Undefined: the default rules (an untrusted workspace). */
  config: ResolvedConfig | undefined;
  today: string;
  catalogue: CatalogueSnapshot | undefined;
  catalogueSubjectPath: string | undefined;
}

/** A stored result: findings once, each document's findings as indexes into them. */
interface StoredResult extends Omit<FileLintResult, 'documents'> {
  documents: Array<Omit<DocumentLintResult, 'findings'> & { findings: Array<number | Finding> }>;
}

interface Entry {
  key: string;
  result: StoredResult;
}

/**
 * Computes the key of a result: the digest of the text and of everything else the result depends on. The digests of
 * a configuration and a catalogue snapshot are remembered per object (both are replaced, never changed in place),
 * so a run hashes each once. Shared by the file cache of `dclens lint --cache` and the language server's memory.
 */
export class LintKeyer {
  private readonly configHashes = new WeakMap<object, string>();
  private readonly catalogueHashes = new WeakMap<object, string>();

  keyOf(text: Uint8Array | string, parts: LintKeyParts): string {
    return createHash('sha256')
      .update(FORMAT)
      .update('\0')
      .update(buildId())
      .update('\0')
      .update(parts.fileName)
      .update('\0')
      .update(parts.catalogueSubjectPath ?? '')
      .update('\0')
      .update(parts.today)
      .update('\0')
      .update(parts.config ? this.memo(this.configHashes, parts.config) : 'default configuration')
      .update('\0')
      .update(parts.catalogue ? this.catalogueHash(parts.catalogue) : 'no catalogue')
      .update('\0')
      .update(text)
      .digest('hex');
  }

  /** The snapshot's identity: a digest of the records it was built from (read once per snapshot). */
  private catalogueHash(snapshot: CatalogueSnapshot): string {
    let hash = this.catalogueHashes.get(snapshot);
    if (hash === undefined) {
      const { people, teams, assets, codeowners, git, sourceWarnings } = snapshot;
      hash = stableDigest(snapshotToData(snapshot) ?? { people, teams, assets, codeowners, git, sourceWarnings });
      this.catalogueHashes.set(snapshot, hash);
    }
    return hash;
  }

  private memo(memo: WeakMap<object, string>, value: object): string {
    let hash = memo.get(value);
    if (hash === undefined) {
      hash = stableDigest(value);
      memo.set(value, hash);
    }
    return hash;
  }
}

export class LintCache {
  private readonly entries = new Map<string, Entry>();
  private readonly keyer = new LintKeyer();
  private changed = false;
  /** Results taken from the cache and computed, in this run. */
  readonly counts = { reused: 0, computed: 0 };

  private constructor(readonly file: string) {}

  /** Reads the cache at `file`; a missing, unreadable or corrupt one starts empty. */
  static open(file: string): LintCache {
    const cache = new LintCache(file);
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      cache.changed = existsSync(file); // corrupt: rewritten at the end of the run
      return cache;
    }
    const body = parsed as { format?: unknown; entries?: unknown };
    if (!body || body.format !== FORMAT || !body.entries || typeof body.entries !== 'object') {
      cache.changed = true;
      return cache;
    }
    for (const [file, entry] of Object.entries(body.entries as Record<string, unknown>)) {
      if (isEntry(entry)) cache.entries.set(file, entry);
      else cache.changed = true;
    }
    return cache;
  }

  /** The key of a file's result: the digest of its bytes and of everything else the result depends on. */
  keyOf(bytes: Uint8Array, parts: LintKeyParts): string {
    return this.keyer.keyOf(bytes, parts);
  }

  /** The stored result of the file, when it was computed under the same key. */
  get(absolute: string, key: string): FileLintResult | undefined {
    const entry = this.entries.get(absolute);
    if (!entry || entry.key !== key) return undefined;
    const result = fromStored(entry.result);
    if (result) this.counts.reused++;
    return result;
  }

  set(absolute: string, key: string, result: FileLintResult): void {
    this.counts.computed++;
    // A result with a crashed rule is incomplete: it is computed again next time.
    if (result.internalErrors && result.internalErrors.length > 0) {
      if (this.entries.delete(absolute)) this.changed = true;
      return;
    }
    this.entries.set(absolute, { key, result: toStored(result) });
    this.changed = true;
  }

  /**
   * Writes the cache when anything changed, dropping entries of files that no longer exist. A cache that cannot be
   * written is only a slower next run: the reason is returned for a warning.
   */
  save(): string | undefined {
    for (const file of this.entries.keys()) {
      if (!existsSync(file)) {
        this.entries.delete(file);
        this.changed = true;
      }
    }
    if (!this.changed) return undefined;
    const temp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(temp, JSON.stringify({ format: FORMAT, entries: Object.fromEntries(this.entries) }));
      renameSync(temp, this.file);
      this.changed = false;
      return undefined;
    } catch (error) {
      rmSync(temp, { force: true });
      return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    }
  }
}

function stableDigest(value: unknown): string {
  const digest = createHash('sha256');
  hashStable(digest, value, new Set());
  return digest.digest('hex');
}

/**
 * Feeds a value to the hash in a form that does not depend on the order keys were added in: object keys sorted,
 * maps and sets by their sorted entries, functions left out (the catalogue snapshot's look-ups are derived data).
 */
export function hashStable(hash: Hash, value: unknown, seen: Set<object>): void {
  if (value === null || value === undefined) {
    hash.update(value === null ? 'n;' : 'u;');
    return;
  }
  switch (typeof value) {
    case 'string':
      hash.update(`s${value.length}:`).update(value);
      return;
    case 'number':
    case 'boolean':
    case 'bigint':
      hash.update(`${typeof value}:${String(value)};`);
      return;
    case 'function':
    case 'symbol':
      return;
  }
  const object = value as object;
  if (seen.has(object)) {
    hash.update('cycle;');
    return;
  }
  seen.add(object);
  if (Array.isArray(object)) {
    hash.update(`a${object.length}[`);
    for (const item of object) hashStable(hash, item, seen);
    hash.update(']');
  } else if (object instanceof Map || object instanceof Set) {
    const items = object instanceof Map ? [...object.entries()] : [...object.values()].map((v) => [v, true]);
    const keyed = items.map(([k, v]) => {
      const inner = createHash('sha256');
      hashStable(inner, k, seen);
      return { k: inner.digest('hex'), v };
    });
    keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
    hash.update(`${object instanceof Map ? 'm' : 'e'}${keyed.length}{`);
    for (const { k, v } of keyed) {
      hash.update(k);
      hashStable(hash, v, seen);
    }
    hash.update('}');
  } else if (object instanceof RegExp || object instanceof Date) {
    hash.update(`${object.constructor === RegExp ? 'r' : 'd'}:${String(object)};`);
  } else {
    // A key holding undefined is the same as no key (as in JSON): records read afresh and from a cache differ so.
    const keys = Object.keys(object)
      .filter((key) => (object as Record<string, unknown>)[key] !== undefined)
      .sort();
    hash.update(`o${keys.length}{`);
    for (const key of keys) {
      hash.update(`${key.length}:${key}`);
      hashStable(hash, (object as Record<string, unknown>)[key], seen);
    }
    hash.update('}');
  }
  seen.delete(object);
}

function toStored(result: FileLintResult): StoredResult {
  const index = new Map(result.findings.map((f, i) => [f, i]));
  return {
    ...result,
    documents: result.documents.map((d) => ({ ...d, findings: d.findings.map((f) => index.get(f) ?? f) })),
  };
}

function fromStored(stored: StoredResult): FileLintResult | undefined {
  const documents: DocumentLintResult[] = [];
  for (const d of stored.documents) {
    const findings: Finding[] = [];
    for (const f of d.findings) {
      const finding = typeof f === 'number' ? stored.findings[f] : f;
      if (!isFinding(finding)) return undefined;
      findings.push(finding);
    }
    documents.push({ ...d, findings });
  }
  return { ...stored, documents };
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPosition = (v: unknown): boolean => isObject(v) && Number.isInteger(v.line) && Number.isInteger(v.character);

/** A finding the formatters can print: the cache file is read back as untrusted text, never as code. */
function isFinding(v: unknown): v is Finding {
  return (
    isObject(v) &&
    typeof v.ruleId === 'string' &&
    typeof v.code === 'string' &&
    typeof v.severity === 'string' &&
    SEVERITIES.has(v.severity) &&
    typeof v.message === 'string' &&
    (v.detail === undefined || typeof v.detail === 'string') &&
    typeof v.docsUrl === 'string' &&
    Array.isArray(v.path) &&
    isObject(v.range) &&
    isPosition(v.range.start) &&
    isPosition(v.range.end)
  );
}

function isEntry(v: unknown): v is Entry {
  if (!isObject(v) || typeof v.key !== 'string' || !isObject(v.result)) return false;
  const r = v.result;
  return (
    typeof r.isContract === 'boolean' &&
    Array.isArray(r.findings) &&
    r.findings.every(isFinding) &&
    Array.isArray(r.documents) &&
    r.documents.every((d) => isObject(d) && Array.isArray(d.findings))
  );
}

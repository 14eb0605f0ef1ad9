// The language server's memory of lint results: re-opening a file, switching back to a tab, an undo back to a text
// already seen, the workspace lint of files just linted as open documents, the report and the score of unchanged text
// take the result computed before instead of linting again. A result is found by the key of `dclens lint --cache`
// (src/node/lint-cache.ts): the digest of the text, the file's name and path, the build, the resolved configuration
// (the user's profile and rule levels included), the catalogue snapshot and today's date. A change to any of them is
// a new key, so a remembered result is never stale, only unused. Bounded: the least recently used results go first,
// past a number of results or an estimate of their size. Forgotten when the configuration, the catalogue or the
// workspace folders change, so results nobody can ask for again do not hold memory.
import { lintText, type CatalogueSnapshot, type FileLintResult, type LintOptions } from '../engine';
import { LintKeyer } from '../node/lint-cache';

export interface LintMemoLimits {
  /** Results kept at most. */
  entries: number;
  /** Estimated bytes of results (and of the texts they came from) kept at most. */
  bytes: number;
}

export const DEFAULT_LIMITS: LintMemoLimits = { entries: 2000, bytes: 64 * 1024 * 1024 };

/** How many results were computed and how many taken from memory since the server started. */
export interface LintMemoStats {
  computed: number;
  reused: number;
  entries: number;
  bytes: number;
}

interface Remembered {
  result: FileLintResult;
  bytes: number;
}

/** A rough size of a result: its text in UTF-16 and a few hundred bytes per finding. */
const sizeOf = (text: string, result: FileLintResult): number =>
  text.length * 2 + (result.findings.length + result.documents.length) * 400;

export class LintMemo {
  private readonly results = new Map<string, Remembered>();
  private keyer = new LintKeyer();
  private bytes = 0;
  private computed = 0;
  private reused = 0;

  constructor(
    private readonly limits: LintMemoLimits = DEFAULT_LIMITS,
    private readonly lint: (text: string, options: LintOptions) => FileLintResult = lintText,
  ) {}

  /** The lint of `text` under `options`: remembered when the same key was linted before, else computed now. */
  lintText(text: string, options: LintOptions): FileLintResult {
    // Options the editor never sets (rule subsets, fix checks) are not part of the key: lint those afresh.
    if (options.rules || options.schema !== undefined || options.group !== undefined || options.checkFixes)
      return this.compute(text, options);
    const key = this.keyer.keyOf(text, {
      fileName: options.fileName ?? '',
      config: options.config,
      today: options.today ?? '',
      catalogue: options.catalogue as CatalogueSnapshot | undefined,
      catalogueSubjectPath: options.catalogueSubjectPath,
    });
    const found = this.results.get(key);
    if (found) {
      // Most recently used last: the map's order is the eviction order.
      this.results.delete(key);
      this.results.set(key, found);
      this.reused++;
      return found.result;
    }
    const result = this.compute(text, options);
    // A result with a crashed rule is incomplete: computed again next time.
    if (result.internalErrors && result.internalErrors.length > 0) return result;
    const bytes = sizeOf(text, result);
    if (bytes > this.limits.bytes) return result;
    this.results.set(key, { result, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.results) {
      if (this.results.size <= this.limits.entries && this.bytes <= this.limits.bytes) break;
      this.results.delete(oldest);
      this.bytes -= entry.bytes;
    }
    return result;
  }

  /** Forgets every result (and the digests of configurations and catalogues seen so far). */
  clear(): void {
    this.results.clear();
    this.bytes = 0;
    this.keyer = new LintKeyer();
  }

  stats(): LintMemoStats {
    return { computed: this.computed, reused: this.reused, entries: this.results.size, bytes: this.bytes };
  }

  private compute(text: string, options: LintOptions): FileLintResult {
    this.computed++;
    return this.lint(text, options);
  }
}

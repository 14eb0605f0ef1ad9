// Lints one file from disk, applying safe fixes first when asked.
import { writeFileSync } from 'node:fs';
import { fixAll, lintText, offeredFixes, type FileLintResult, type ResolvedConfig } from '../../engine';
import { today as hostToday } from '../../node/host';
import { CliError } from '../command';

export interface LintFileOptions {
  config: ResolvedConfig;
  today: string;
  fix: boolean;
  /** Catalogue snapshot for the owner rules; they stay silent without one. */
  catalogue?: unknown;
  /** The file's path relative to the catalogue's root. */
  catalogueSubjectPath?: string;
  /** The file's bytes when the caller has read them already (the result cache hashes them). */
  bytes?: Uint8Array;
  /** Told, in plain words, when fixes were found but the file is not written (it is not UTF-8 text). */
  warn?: (message: string) => void;
}

import { notChangedWarning, readContractText } from '../contract-text';

// Reading a contract lives in ../contract-text, which the owners command loads without the linter.
export { decodeContractBytes, notChangedWarning, readContractText, type ContractText } from '../contract-text';

/** The result for one file. */
export function lintOneFile(absolute: string, relative: string, options: LintFileOptions): FileLintResult {
  const { text, restore, notUtf8 } = readContractText(absolute, relative, options.bytes);
  const lint = (t: string, checkFixes?: 'fixes') =>
    lintText(t, {
      fileName: relative,
      config: options.config,
      today: options.today,
      catalogue: options.catalogue,
      catalogueSubjectPath: options.catalogueSubjectPath,
      checkFixes,
      // no report of the command line shows suggestions; checking many files wants the fast parser
      fast: true,
      suggestions: false,
    });
  // A report offers only fixes that pass the guard (a fix that would corrupt the file is not counted as fixable).
  if (!options.fix) return lint(text, 'fixes');
  const fixed = fixAll(text, (t) => lint(t));
  if (fixed.text !== text && notUtf8) {
    // Written back as UTF-8, every byte that is not would change, in lines no fix touched: report the file as it is.
    options.warn?.(notChangedWarning(relative, notUtf8, 'use --fix'));
    return lint(text);
  }
  if (fixed.text !== text) {
    try {
      writeFileSync(absolute, restore(fixed.text));
    } catch (error) {
      throw new CliError(`cannot write the fixes to ${relative} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  const findings = offeredFixes(fixed.text, fixed.result.findings, { suggestions: false });
  const checked = new Map(fixed.result.findings.map((f, i) => [f, findings[i]]));
  return {
    ...fixed.result,
    documents: fixed.result.documents.map((d) => ({ ...d, findings: d.findings.map((f) => checked.get(f) ?? f) })),
    findings,
  };
}

export function onlyErrors(result: FileLintResult): FileLintResult {
  return {
    ...result,
    documents: result.documents.map((d) => ({ ...d, findings: d.findings.filter((f) => f.severity === 'error') })),
    findings: result.findings.filter((f) => f.severity === 'error'),
  };
}

/** Today's date for rules about dates; DCLENS_TODAY pins it (tests, reproducible CI runs). */
export function today(): string {
  try {
    return hostToday();
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}

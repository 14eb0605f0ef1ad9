// Lints one file from disk, applying safe fixes first when asked.
import { readFileSync, writeFileSync } from 'node:fs';
import { fixAll, lintText, type FileLintResult, type ResolvedConfig } from '../../engine';
import { CliError } from '../command';

export interface LintFileOptions {
  config: ResolvedConfig;
  today: string;
  fix: boolean;
  /** Catalogue snapshot for the owner rules; they stay silent without one. */
  catalogue?: unknown;
  /** The file's path relative to the catalogue's root. */
  catalogueSubjectPath?: string;
}

/** The result for one file; undefined when the file is not text we can read. */
export function lintOneFile(absolute: string, relative: string, options: LintFileOptions): FileLintResult | undefined {
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${relative} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (text.includes('\u0000')) return undefined; // binary file with a YAML name
  // Editors hide a byte-order mark, so columns are counted without it, as the editor shows them; --fix keeps it.
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  if (bom) text = text.slice(1);
  const lint = (t: string) => lintText(t, { fileName: relative, config: options.config, today: options.today, catalogue: options.catalogue, catalogueSubjectPath: options.catalogueSubjectPath });
  if (!options.fix) return lint(text);
  const fixed = fixAll(text, lint);
  if (fixed.text !== text) {
    try {
      writeFileSync(absolute, bom + fixed.text);
    } catch (error) {
      throw new CliError(`cannot write the fixes to ${relative} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  return fixed.result;
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
  const pinned = process.env.DCLENS_TODAY;
  if (pinned !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned)) throw new CliError(`DCLENS_TODAY must be a date like 2026-01-31 (got '${pinned}')`);
    return pinned;
  }
  return new Date().toISOString().slice(0, 10);
}

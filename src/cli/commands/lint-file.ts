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

export interface ContractText {
  /** The text as the engine reads it. */
  text: string;
  /** The text to write back for a (fixed) engine text, in the file's own form. */
  restore(text: string): string;
}

/**
 * Reads a file as editors show it. A byte-order mark is hidden, so columns are counted without it; classic Mac
 * line ends (CR alone, a line break in YAML 1.2 that the parser does not take) are read as line feeds, so such a
 * file is linted line by line instead of as one line. `restore` puts both back for --fix. A NUL byte is linted
 * like any other character: a contract is never skipped for holding one.
 */
export function readContractText(absolute: string, relative: string): ContractText {
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${relative} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  if (bom) text = text.slice(1);
  const crOnly = text.includes('\r') && !text.includes('\n');
  if (crOnly) text = text.replace(/\r/g, '\n');
  return { text, restore: (t) => bom + (crOnly ? t.replace(/\r?\n/g, '\r') : t) };
}

/** The result for one file. */
export function lintOneFile(absolute: string, relative: string, options: LintFileOptions): FileLintResult {
  const { text, restore } = readContractText(absolute, relative);
  const lint = (t: string) => lintText(t, { fileName: relative, config: options.config, today: options.today, catalogue: options.catalogue, catalogueSubjectPath: options.catalogueSubjectPath });
  if (!options.fix) return lint(text);
  const fixed = fixAll(text, lint);
  if (fixed.text !== text) {
    try {
      writeFileSync(absolute, restore(fixed.text));
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

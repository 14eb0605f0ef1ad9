// `dclens lint [paths…]`: find YAML files, keep the contracts, lint them, print a report, set the exit code.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROFILE_NAMES, type FileLintResult, type ProfileName } from '../../engine';
import { FORMAT_NAMES, formatters, type FileReport, type LintReport } from '../../formatters';
import { safeOneLine } from '../../formatters/terminal';
import { NodeHost } from '../../node/host';
import { fileContextOf, filesToCheck } from './discover';
import { toPosix } from '../../node/fs-gitignore';
import { choiceOption, intOption, parseArgs, stringOption } from '../args';
import type { CommandHandler } from '../command';
import { LINT_HELP } from '../help';
import { DCLENS_VERSION } from '../../node/version';
import { cacheFilePath, LintCache } from '../../node/lint-cache';
import { lintOneFile, onlyErrors, today, type LintFileOptions } from './lint-file';
import { askedThreads, LintWorkers, threadsFor, type LintJob, type LintOutcome } from './lint-workers';
import { CliError } from '../command';
import { cliCatalogue } from './lint-catalogue';
import { writeOutput } from './output';

const LINT_OPTIONS = {
  format: { value: true, short: 'f' },
  output: { value: true, short: 'o' },
  'max-warnings': { value: true },
  quiet: { short: 'q' },
  config: { value: true, short: 'c' },
  fix: {},
  threads: { value: true },
  cache: {},
  'cache-location': { value: true },
  profile: { value: true },
  color: {},
  'no-color': {},
  help: { short: 'h' },
};

export const lintCommand: CommandHandler = async (args, io) => {
  const parsed = parseArgs(args, LINT_OPTIONS);
  if (parsed.options.has('help')) {
    io.stdout(LINT_HELP);
    return 0;
  }
  const format = choiceOption(parsed, 'format', FORMAT_NAMES, 'stylish');
  const maxWarnings = intOption(parsed, 'max-warnings');
  const profile =
    stringOption(parsed, 'profile') === undefined
      ? undefined
      : choiceOption<ProfileName>(parsed, 'profile', PROFILE_NAMES, 'recommended');
  const output = stringOption(parsed, 'output');
  const quiet = parsed.options.has('quiet');
  const fix = parsed.options.has('fix');
  // --fix always lints the files it writes: a stored result never decides what is written.
  const cache =
    parsed.options.has('cache') && !fix
      ? LintCache.open(cacheFilePath(io.cwd, stringOption(parsed, 'cache-location')))
      : undefined;

  const threadsAsked = askedThreads(intOption(parsed, 'threads'), process.env.DCLENS_THREADS);

  const inputs = parsed.positionals.length > 0 ? parsed.positionals : ['.'];
  // Warnings are kept with the file being resolved and printed in file order once it is linted, so a run on several
  // threads prints them as one thread does.
  let warnTo: string[] | undefined;
  const host = new NodeHost({
    cwd: io.cwd,
    explicitConfig: stringOption(parsed, 'config'),
    profile,
    warn: (warning) => (warnTo ? warnTo.push(warning) : io.stderr(`dclens: warning: ${safeOneLine(warning)}\n`)),
  });
  const files = await filesToCheck(inputs, io.cwd, host);
  const day = today();
  const workerData = { cwd: io.cwd, explicitConfig: stringOption(parsed, 'config'), profile, today: day };
  // Without --cache every file found is linted: the workers start now and load while this thread resolves the files.
  // With it, they start once the cache has said how many files are left, and not at all when it answered them all.
  let workers = cache ? undefined : new LintWorkers(threadsFor(files.length, threadsAsked, fix) - 1, workerData);
  // First every file is resolved (configuration, catalogue, cache) in order; what the cache does not answer is linted
  // next, on one thread or several; the results are then taken in file order. A failure resolving a file stops the
  // run there, after the files before it, as a run that lints each file as it goes would.
  const slots: Slot[] = [];
  const jobs: LintJob[] = [];
  for (const absolute of files) {
    const relative = toPosix(path.relative(io.cwd, absolute)) || path.basename(absolute);
    const slot: Slot = { absolute, relative, warnings: [] };
    slots.push(slot);
    warnTo = slot.warnings;
    try {
      const context = fileContextOf(host, absolute);
      if (context.ignored) {
        slot.ignored = true;
        continue;
      }
      const catalogue = await cliCatalogue(host, context, day);
      const options = {
        config: context.config,
        today: day,
        fix,
        catalogue,
        catalogueSubjectPath: context.relativePath,
        warn: (message: string) => void slot.warnings.push(message),
      };
      slot.options = options;
      const bytes = cache && readBytes(absolute);
      if (cache && bytes) {
        slot.key = cache.keyOf(bytes, { ...options, fileName: relative });
        slot.result = cache.get(absolute, slot.key);
        slot.options.bytes = bytes;
      }
      if (!slot.result) jobs.push({ index: slots.length - 1, absolute, relative, bytes: slot.options.bytes });
    } catch (error) {
      slot.error = error;
      break;
    } finally {
      warnTo = undefined;
    }
  }

  const here = (job: LintJob): LintOutcome => {
    const slot = slots[job.index];
    try {
      return { index: job.index, result: lintOneFile(job.absolute, job.relative, slot.options!), warnings: [] };
    } catch (error) {
      return { index: job.index, warnings: [], thrown: error };
    }
  };
  workers ??= new LintWorkers(threadsFor(jobs.length, threadsAsked, fix) - 1, workerData);
  const outcomes = workers.threads > 1 ? await workers.run(jobs, here) : undefined;
  if (process.env.DCLENS_THREAD_COUNTS) io.stderr(`dclens: threads: ${workers.threads}\n`);

  const reports: FileReport[] = [];
  const internalErrors: string[] = [];
  let examined = 0;
  for (const [index, slot] of slots.entries()) {
    for (const warning of slot.warnings) io.stderr(`dclens: warning: ${safeOneLine(warning)}\n`);
    if (slot.error !== undefined) throw slot.error;
    if (slot.ignored) continue;
    examined++;
    let linted = slot.result;
    if (!linted) {
      const outcome = outcomes
        ? outcomes.get(index)
        : here({ index, absolute: slot.absolute, relative: slot.relative });
      if (!outcome) throw new Error(`no result for ${slot.relative}`);
      for (const warning of outcome.warnings) io.stderr(`dclens: warning: ${safeOneLine(warning)}\n`);
      for (const warning of slot.warnings.splice(0)) io.stderr(`dclens: warning: ${safeOneLine(warning)}\n`);
      if (outcome.thrown !== undefined) throw outcome.thrown;
      if (outcome.error)
        throw outcome.error.cli ? new CliError(outcome.error.message) : new Error(outcome.error.message);
      linted = outcome.result!;
      if (cache && slot.key) cache.set(slot.absolute, slot.key, linted);
    }
    const result: FileLintResult = quiet ? onlyErrors(linted) : linted;
    for (const message of result.internalErrors ?? []) internalErrors.push(`${slot.relative}: ${message}`);
    if (result.isContract) reports.push({ file: slot.relative, result });
  }

  if (cache) {
    const failure = cache.save();
    if (failure) io.stderr(`dclens: warning: cannot write the cache ${safeOneLine(cache.file)} (${failure})\n`);
    if (process.env.DCLENS_CACHE_COUNTS)
      io.stderr(`dclens: cache: ${cache.counts.reused} reused, ${cache.counts.computed} linted\n`);
  }

  const report: LintReport = { files: reports, filesExamined: examined };
  // An explicit --color wins over NO_COLOR, as no-color.org asks of command-line flags.
  const color =
    !output && (parsed.options.has('color') || (!parsed.options.has('no-color') && !process.env.NO_COLOR && isTty()));
  const text = formatters[format](report, { version: DCLENS_VERSION, color });
  if (output) {
    writeOutput(io.cwd, output, text);
  } else {
    io.stdout(text);
  }

  if (internalErrors.length > 0) {
    // A rule crashed: its findings are missing, so the run cannot be trusted to pass.
    io.stderr(`dclens: internal error: ${internalErrors.join('; ')}\n`);
    return 2;
  }
  const errors = reports.reduce((n, r) => n + r.result.findings.filter((f) => f.severity === 'error').length, 0);
  const warnings = reports.reduce((n, r) => n + r.result.findings.filter((f) => f.severity === 'warning').length, 0);
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`dclens: too many warnings (${warnings}); the maximum allowed is ${maxWarnings}.\n`);
    return 1;
  }
  return 0;
};

/** One file of the run, in the order found. */
interface Slot {
  absolute: string;
  relative: string;
  /** Warnings raised while resolving and linting it, printed when its result is taken. */
  warnings: string[];
  ignored?: boolean;
  options?: LintFileOptions;
  key?: string;
  result?: FileLintResult;
  /** Resolving it failed: the run stops here. */
  error?: unknown;
}

/** The file's bytes, or undefined when it cannot be read (linting it then reports why). */
function readBytes(absolute: string): Uint8Array | undefined {
  try {
    return readFileSync(absolute);
  } catch {
    return undefined;
  }
}

function isTty(): boolean {
  return Boolean(process.stdout.isTTY);
}

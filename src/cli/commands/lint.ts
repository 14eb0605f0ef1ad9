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
import { lintOneFile, onlyErrors, today } from './lint-file';
import { cliCatalogue } from './lint-catalogue';
import { writeOutput } from './output';

const LINT_OPTIONS = {
  format: { value: true, short: 'f' },
  output: { value: true, short: 'o' },
  'max-warnings': { value: true },
  quiet: { short: 'q' },
  config: { value: true, short: 'c' },
  fix: {},
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

  const inputs = parsed.positionals.length > 0 ? parsed.positionals : ['.'];
  const host = new NodeHost({
    cwd: io.cwd,
    explicitConfig: stringOption(parsed, 'config'),
    profile,
    warn: (warning) => io.stderr(`dclens: warning: ${safeOneLine(warning)}\n`),
  });
  const files = await filesToCheck(inputs, io.cwd, host);
  const reports: FileReport[] = [];
  const internalErrors: string[] = [];
  let examined = 0;
  const day = today();
  for (const absolute of files) {
    const relative = toPosix(path.relative(io.cwd, absolute)) || path.basename(absolute);
    const context = fileContextOf(host, absolute);
    if (context.ignored) continue;
    examined++;
    const catalogue = await cliCatalogue(host, context, day);
    const warn = (message: string) => io.stderr(`dclens: warning: ${safeOneLine(message)}\n`);
    const options = {
      config: context.config,
      today: day,
      fix,
      catalogue,
      catalogueSubjectPath: context.relativePath,
      warn,
    };
    let linted: FileLintResult;
    const bytes = cache && readBytes(absolute);
    if (cache && bytes) {
      const key = cache.keyOf(bytes, { ...options, fileName: relative });
      const stored = cache.get(absolute, key);
      if (stored) linted = stored;
      else {
        linted = lintOneFile(absolute, relative, { ...options, bytes });
        cache.set(absolute, key, linted);
      }
    } else {
      linted = lintOneFile(absolute, relative, options);
    }
    const result: FileLintResult = quiet ? onlyErrors(linted) : linted;
    for (const message of result.internalErrors ?? []) internalErrors.push(`${relative}: ${message}`);
    if (result.isContract) reports.push({ file: relative, result });
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

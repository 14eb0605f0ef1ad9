// `dclens migrate FILE [--to VERSION] [--output OUT | --write]`: a Data Contract Specification, ODCS v2.2 or
// ODCS v3.0 contract rewritten as ODCS v3.1.0 or v3.2.0. The summary on stderr lists every value kept under
// customProperties, changed or deliberately not copied, so nothing goes missing unseen.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lintText, migrateContract, MIGRATION_TARGETS, type MigrationTarget } from '../../engine';
import { safeOneLine } from '../../formatters/terminal';
import { ConfigError, ConfigLoader } from '../../node/config-loader';
import { today } from '../../node/config-location';
import { toPosix } from '../../node/fs-gitignore';
import { parseArgs, stringOption } from '../args';
import { CliError, type CommandHandler } from '../command';
import { readContractText } from '../contract-text';
import { writeOutput } from './output';

export const MIGRATE_HELP = `Usage: dclens migrate FILE [--to VERSION] [--output OUT | --write] [--force]

Rewrites a contract in the Data Contract Specification (0.9–1.2), ODCS v2.2 or ODCS v3.0 as ODCS ${MIGRATION_TARGETS.join(' or ')}.
Everything the file says is placed where ODCS has a key for it; what ODCS has no place for is kept under
customProperties. A summary on stderr lists each kept, changed or omitted value (credentials are never
copied). Within ODCS v3 the file is edited in place, so its comments stay.

Options:
      --to VERSION     ${MIGRATION_TARGETS.join(' or ')} (default: settings.odcsVersion of .dclens.yaml, else the newest)
  -o, --output OUT     Write the new contract to OUT (default: the terminal); an existing OUT is kept
      --write          Replace FILE with the new contract
      --force          With --output: overwrite OUT when it exists
  -h, --help           Show this help

Exit codes: 0 migrated, 2 the file cannot be migrated or a usage problem.
`;

const OPTIONS = {
  to: { value: true },
  output: { value: true, short: 'o' },
  write: {},
  force: {},
  help: { short: 'h' },
};

export const migrateCommand: CommandHandler = async (args, io) => {
  const parsed = parseArgs(args, OPTIONS);
  if (parsed.options.has('help')) {
    io.stdout(MIGRATE_HELP);
    return 0;
  }
  if (parsed.positionals.length !== 1) throw new CliError('name one contract: dclens migrate FILE [--to VERSION]');
  const output = stringOption(parsed, 'output');
  if (output && parsed.options.has('write')) throw new CliError('choose --output or --write, not both');
  const absolute = path.resolve(io.cwd, parsed.positionals[0]);
  const relative = toPosix(path.relative(io.cwd, absolute)) || path.basename(absolute);
  const { text } = readContractText(absolute, relative);
  const target = targetVersion(stringOption(parsed, 'to'), absolute, io.cwd);
  if (output && existsSync(path.resolve(io.cwd, output)) && !parsed.options.has('force'))
    throw new CliError(`${output} already exists: choose another --output, or add --force to replace it`);

  const result = migrateContract(text, target);
  if (!result.text) throw new CliError(`${relative}: ${result.problem ?? 'cannot be migrated'}`);
  if (output) writeOutput(io.cwd, output, result.text);
  else if (parsed.options.has('write')) {
    try {
      writeFileSync(absolute, result.text);
    } catch (error) {
      throw new CliError(`cannot write ${relative} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  } else io.stdout(result.text);

  const where = output ?? (parsed.options.has('write') ? relative : undefined);
  io.stderr(
    `Migrated ${safeOneLine(relative)} from ${safeOneLine(result.from ?? 'its format')} to ODCS ${target}${where ? ` into ${safeOneLine(where)}` : ''}.\n`,
  );
  const section = (title: string, lines: string[]) => {
    if (lines.length === 0) return;
    io.stderr(`${title}:\n`);
    for (const line of lines) io.stderr(`  - ${safeOneLine(line)}\n`);
  };
  section('Kept under customProperties (ODCS has no key for them)', result.kept);
  section('Written differently', result.changed);
  section('Not copied', result.dropped);
  const errors = lintText(result.text, { today: today(), fileName: 'migrated.odcs.yaml' }).findings.filter(
    (f) => f.severity === 'error',
  );
  if (errors.length > 0)
    io.stderr(
      `The new contract has ${errors.length} ${errors.length === 1 ? 'error' : 'errors'} to fix by hand; dclens lint lists ${errors.length === 1 ? 'it' : 'them'}.\n`,
    );
  return 0;
};

/** The version asked for, else `settings.odcsVersion` of the .dclens.yaml that applies to the file, else the newest. */
function targetVersion(asked: string | undefined, file: string, cwd: string): MigrationTarget {
  const isTarget = (v: unknown): v is MigrationTarget => MIGRATION_TARGETS.includes(v as MigrationTarget);
  if (asked !== undefined) {
    if (!isTarget(asked)) throw new CliError(`--to must be ${MIGRATION_TARGETS.join(' or ')} (got '${asked}')`);
    return asked;
  }
  const newest = MIGRATION_TARGETS[MIGRATION_TARGETS.length - 1];
  try {
    const configured = new ConfigLoader({ cwd }).forFile(file).resolved.settings.odcsVersion;
    return isTarget(configured) ? configured : newest;
  } catch (error) {
    if (error instanceof ConfigError) return newest;
    throw error;
  }
}

// `dclens new --from DATA [--output FILE] [--force]`: a first contract inferred from a data file (CSV, Parquet,
// JSON) or a PostgreSQL table: its columns and types, `required` where there are no nulls, and suggested checks;
// what the data cannot tell is left as TODO placeholders that `dclens lint` flags.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { inferContract, INFER_VERSIONS, isInferVersion, type InferVersion } from '../../engine';
import { safeOneLine } from '../../formatters/terminal';
import { ConfigError, ConfigLoader } from '../../node/config-loader';
import { DataUnreachable } from '../../node/data/data-paths';
import { profileFile, profilePostgres, type PostgresTable } from '../../node/data/profile';
import { workspaceRoot } from '../../node/data/run-contract';
import { toPosix } from '../../node/fs-gitignore';
import { parseArgs, stringOption } from '../args';
import { CliError, type CommandHandler } from '../command';
import { writeOutput } from './output';

export const NEW_HELP = `Usage: dclens new --from DATA [--output FILE] [--force] [--odcs-version VERSION]

Writes a first data contract for DATA: its columns with logicalType and physicalType, required where no
value is missing, unique with a duplicate check for key columns whose values all differ, a row count check
and a server that points at the data. What the data cannot tell (id, domain, Data Owner, purpose, what
each column means) is marked TODO: dclens lint lists each one until it is filled in.

DATA is one of:
  a CSV, Parquet or JSON file inside the workspace (read in process by DuckDB)
  postgres://HOST[:PORT]/DATABASE/SCHEMA.TABLE   a PostgreSQL table (user and password from PGUSER and
                                                  PGPASSWORD or ~/.pgpass, never written to the contract)

Options:
      --from DATA            The data to describe
  -o, --output FILE          Write the contract to FILE (default: the terminal); an existing FILE is kept
      --force                Overwrite FILE when it exists
      --odcs-version VERSION ${INFER_VERSIONS.join(', ')} (default: settings.odcsVersion of .dclens.yaml, else v3.1.0)
  -h, --help                 Show this help

Exit codes: 0 written, 2 the data could not be read or a usage problem.
`;

const OPTIONS = {
  from: { value: true },
  output: { value: true, short: 'o' },
  force: {},
  'odcs-version': { value: true },
  help: { short: 'h' },
};

const DEFAULT_VERSION: InferVersion = 'v3.1.0';

export const newCommand: CommandHandler = async (args, io) => {
  const parsed = parseArgs(args, OPTIONS);
  if (parsed.options.has('help')) {
    io.stdout(NEW_HELP);
    return 0;
  }
  const from = stringOption(parsed, 'from') ?? (parsed.positionals.length === 1 ? parsed.positionals[0] : undefined);
  if (!from || parsed.positionals.length > (stringOption(parsed, 'from') ? 0 : 1))
    throw new CliError('name the data: dclens new --from FILE | postgres://HOST/DATABASE/SCHEMA.TABLE');
  const output = stringOption(parsed, 'output');
  const target = output ? path.resolve(io.cwd, output) : undefined;
  if (target && existsSync(target) && !parsed.options.has('force'))
    throw new CliError(`${output} already exists: choose another --output, or add --force to replace it`);
  const contractDir = target ? path.dirname(target) : io.cwd;
  const version = versionFor(stringOption(parsed, 'odcs-version'), contractDir, io.cwd);

  const postgres = postgresTable(from);
  let profile;
  try {
    profile = postgres
      ? await profilePostgres(postgres)
      : await profileFile({ file: from, base: io.cwd, root: workspaceRoot(io.cwd), contractDir });
  } catch (error) {
    if (error instanceof DataUnreachable) throw new CliError(error.message);
    throw error;
  }
  const { text, notes } = inferContract(profile, version);
  if (target) writeOutput(io.cwd, output!, text);
  else io.stdout(text);
  const where = target ? toPosix(path.relative(io.cwd, target)) || path.basename(target) : undefined;
  io.stderr(
    `${where ? `Wrote ${safeOneLine(where)}` : 'Contract written'} (${version}) from ${profile.rowCount} rows and ${profile.columns.length} columns.\n`,
  );
  for (const note of notes) io.stderr(`- ${safeOneLine(note)}\n`);
  return 0;
};

/** `postgres://host:port/database/schema.table` (also `postgresql://`); a password in it is refused. */
function postgresTable(from: string): PostgresTable | undefined {
  if (!/^postgres(ql)?:\/\//i.test(from)) return undefined;
  let url: URL;
  try {
    url = new URL(from);
  } catch {
    throw new CliError(`'${from}' is not a PostgreSQL address such as postgres://localhost:5432/courts/public.fines`);
  }
  if (url.password)
    throw new CliError(
      'put the password in PGPASSWORD or ~/.pgpass, not in the address (it would stay in your history)',
    );
  if (url.username) throw new CliError('set the user in PGUSER, not in the address');
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const dotted = parts.length === 2 ? parts[1] : undefined;
  const dot = dotted?.indexOf('.') ?? -1;
  if (!dotted || dot <= 0 || dot === dotted.length - 1)
    throw new CliError(`name the table as postgres://HOST[:PORT]/DATABASE/SCHEMA.TABLE (got '${from}')`);
  return {
    host: decodeURIComponent(url.hostname) || undefined,
    port: url.port ? Number(url.port) : undefined,
    database: parts[0],
    schema: dotted.slice(0, dot),
    table: dotted.slice(dot + 1),
  };
}

/** The version asked for, else `settings.odcsVersion` of the .dclens.yaml that applies where the contract goes. */
function versionFor(asked: string | undefined, contractDir: string, cwd: string): InferVersion {
  if (asked !== undefined) {
    if (!isInferVersion(asked))
      throw new CliError(`--odcs-version must be ${INFER_VERSIONS.join(', ')} (got '${asked}')`);
    return asked;
  }
  try {
    const configured = new ConfigLoader({ cwd }).forFile(path.join(contractDir, 'new.odcs.yaml')).resolved.settings
      .odcsVersion;
    return configured ?? DEFAULT_VERSION;
  } catch (error) {
    if (error instanceof ConfigError) return DEFAULT_VERSION;
    throw error;
  }
}

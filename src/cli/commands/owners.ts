// `dclens owners suggest FILE [--role R] [--top N] [--format text|json] [--config FILE] [--no-cache]`
//
// Kept light: nothing here loads the linter (its rules, schemas and SQL formatter). The configuration is resolved
// by the configuration loader, which does, only when the on-disk cache holds no resolution of the same unchanged
// configuration file; the command has its own bundle (dist/cli-owners.js), so a call that the cache answers starts
// in a fraction of the time the whole CLI takes.
import { lstatSync, statSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { choiceOption, parseArgs, stringOption } from '../args';
import { CliError, type CliIO, type CommandHandler } from '../command';
import {
  detectDocument,
  OWNER_ROLES,
  parseYamlFile,
  roleFromText,
  suggestOwners,
  type Candidate,
  type OwnerRole,
  type SourceWarning,
} from '../../engine/owners';
import {
  CatalogueDiskCache,
  gitTopLevel,
  loadCatalogue,
  stampOf,
  type CatalogueSourceConfig,
  type FileStamp,
} from '../../node/catalogue';
import { readContractText } from '../contract-text';
import { safeForTerminal } from '../../formatters/terminal';
import { isTooWideToSearch, realPathOf } from '../../node/workspace';
import { findConfigFile, today as hostToday } from '../../node/config-location';

const USAGE =
  'usage: dclens owners suggest FILE [--role "Data Owner"|"Data Steward"|"Data Custodian"] [--top N] [--format text|json] [--config FILE] [--no-cache]; parse results and git evidence are cached (see docs/owners.md: DCLENS_CACHE_DIR sets where, --no-cache reads everything afresh)';

export interface OwnersReport {
  file: string;
  suggestions: { role: OwnerRole; candidates: Omit<Candidate, 'kind'>[] }[];
}

const toPosix = (p: string): string => p.split(sep).join('/');

function parseRole(text: string | undefined): OwnerRole[] {
  if (text === undefined) return [...OWNER_ROLES];
  const role = roleFromText(text);
  if (!role) throw new CliError(`--role must be one of ${OWNER_ROLES.join(', ')} (got '${text}')`);
  return [role];
}

function parseTop(text: string | undefined): number {
  if (text === undefined) return 3;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 50)
    throw new CliError(`--top must be a whole number from 1 to 50 (got '${text}')`);
  return n;
}

async function suggest(args: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args, {
    role: { value: true },
    top: { value: true },
    format: { value: true },
    config: { value: true },
    'no-cache': {},
  });
  if (parsed.positionals.length !== 1)
    throw new CliError(parsed.positionals.length === 0 ? `missing FILE; ${USAGE}` : `one FILE at a time; ${USAGE}`);
  const roles = parseRole(stringOption(parsed, 'role'));
  const top = parseTop(stringOption(parsed, 'top'));
  const format = choiceOption(parsed, 'format', ['text', 'json'] as const, 'text');

  let file = resolve(io.cwd, parsed.positionals[0]);
  // A device or a pipe with a contract's name would block the read forever.
  if ((await stat(file).catch(() => undefined))?.isFile() === false)
    throw new CliError(`cannot read ${parsed.positionals[0]} (not a regular file)`);
  // Read as lint reads it: byte-order mark and CR-only line ends handled, every YAML document looked at.
  let text: string;
  try {
    text = readContractText(file, parsed.positionals[0]).text;
    // Git reports real paths; compare like with like.
    file = await realpath(file);
  } catch {
    throw new CliError(`cannot read ${parsed.positionals[0]}`);
  }
  const documents = parseYamlFile(text).documents;
  const contract = documents.find((d) => d.value !== undefined && detectDocument(d.value).kind === 'odcs');
  if (!contract && documents.some((d) => d.problems.some((p) => p.severity === 'error'))) {
    throw new CliError(`${parsed.positionals[0]} is not valid YAML; run 'dclens lint' on it first`);
  }
  if (!contract) throw new CliError(`${parsed.positionals[0]} is not an ODCS data contract`);
  if (contract.problems.some((p) => p.severity === 'error'))
    throw new CliError(`${parsed.positionals[0]} is not valid YAML; run 'dclens lint' on it first`);
  const value = contract.value;

  // The configuration lint uses for this file: --config, else the nearest .dclens.yaml or .dclens.yml above it.
  const configOption = stringOption(parsed, 'config');
  if (configOption && (await stat(resolve(io.cwd, configOption)).catch(() => undefined)) === undefined)
    throw new CliError(`config file not found: ${configOption}`);
  let configFile = configOption !== undefined ? resolve(io.cwd, configOption) : findConfigFile(dirname(file));
  const date = today();
  const noCache = parsed.options.has('no-cache');
  const workspace = async (): Promise<{ root: string; diskCache?: CatalogueDiskCache }> => {
    // The workspace: where the configuration is (as for lint), else the git work tree holding the contract, else here.
    const marked = configFile ? dirname(configFile) : await gitTopLevel(dirname(file));
    const root = realPathOf(marked ?? io.cwd);
    // Unmarked, the file system root or the home folder would be searched file by file: the whole disk.
    if (marked === undefined && isTooWideToSearch(root)) {
      throw new CliError(
        `run it from your project's folder, or add a .dclens.yaml there: ${root} is ${root === dirname(root) ? 'the root of the file system' : 'your home folder'}, with no .dclens.yaml or git repository, and searching it for owners would read every file in it`,
      );
    }
    // The on-disk cache only saves work: parse outputs of unchanged files, git evidence while HEAD stays, and the
    // catalogue sources of an unchanged configuration file.
    return { root, diskCache: noCache ? undefined : CatalogueDiskCache.open(root, { today: date }) };
  };
  let { root, diskCache } = await workspace();
  const configKey = JSON.stringify({ file: configFile ?? null, explicit: configOption !== undefined });
  const configStamp = configFile !== undefined ? stampOfFile(configFile, configOption === undefined) : undefined;
  const readConfig = (): Promise<Uint8Array | undefined> =>
    configFile ? readFile(configFile).catch(() => undefined) : Promise.resolve(undefined);
  const cached = (await diskCache?.value('config', configKey, configStamp, readConfig)) as
    { sources: CatalogueSourceConfig[] | null } | undefined;
  let sources: CatalogueSourceConfig[] | undefined;
  if (cached && typeof cached === 'object' && (cached.sources === null || Array.isArray(cached.sources)))
    sources = cached.sources ?? undefined;
  else {
    const configBytes = await readConfig();
    const loaded = await resolveConfiguration(io.cwd, configOption, file);
    sources = loaded.sources;
    if (loaded.file !== configFile) {
      // The loader found another file than this command looked for: trust the loader, and cache nothing.
      configFile = loaded.file;
      ({ root } = await workspace());
      diskCache = undefined;
    } else {
      const stamp = configFile !== undefined ? stampOfFile(configFile, configOption === undefined) : undefined;
      // Kept only when the file did not change while it was resolved (its stamp and bytes are the ones stored).
      if (configFile === undefined) diskCache?.rememberValue('config', configKey, { sources: sources ?? null });
      else if (stamp && configStamp && sameStamp(stamp, configStamp) && configBytes) {
        diskCache?.rememberValue('config', configKey, { sources: sources ?? null }, { stamp, bytes: configBytes });
      }
    }
  }
  const catalogue = await loadCatalogue({ root, sources, today: date, diskCache });
  const snapshot = catalogue.snapshot();
  const subject = { path: toPosix(relative(root, file)), value };

  const report: OwnersReport = {
    file: toPosix(relative(await realpath(io.cwd).catch(() => io.cwd), file)),
    suggestions: roles.map((role) => ({
      role,
      candidates: suggestOwners(snapshot, subject, role, { top }).map(({ id, name, score, evidence }) => ({
        id,
        name,
        score,
        evidence,
      })),
    })),
  };
  for (const w of snapshot.sourceWarnings) io.stderr(`${formatWarning(w)}\n`);
  io.stdout(format === 'json' ? `${JSON.stringify(report)}\n` : formatText(report));
  return 0;
}

/** A discovered configuration file's own stamp (a link counts as itself: the loader refuses links that lead out). */
function stampOfFile(path: string, discovered: boolean): FileStamp | undefined {
  const s = discovered ? lstatSync(path, { throwIfNoEntry: false }) : statSync(path, { throwIfNoEntry: false });
  return s ? stampOf(s) : undefined;
}

const sameStamp = (a: FileStamp, b: FileStamp): boolean =>
  a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;

/** The configuration loader's answer for `file` (it loads the linter's configuration schema and rules). */
async function resolveConfiguration(
  cwd: string,
  explicitFile: string | undefined,
  file: string,
): Promise<{ file?: string; sources?: CatalogueSourceConfig[] }> {
  const { ConfigError, ConfigLoader } = await import('../../node/config-loader');
  try {
    const config = new ConfigLoader({ cwd, explicitFile }).forFile(file);
    return { file: config.file, sources: config.resolved.catalogueSources as CatalogueSourceConfig[] | undefined };
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
}

/** Today's date, as the host tells it (DCLENS_TODAY pins it); a malformed pin is a usage error. */
export function today(env: NodeJS.ProcessEnv = process.env): string {
  try {
    return hostToday(env);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}

function formatWarning(w: SourceWarning): string {
  return `warning: ${w.file}${w.line > 0 ? `:${w.line}` : ''}: ${w.message}`;
}

export function formatText(report: OwnersReport): string {
  const lines = [report.file];
  for (const s of report.suggestions) {
    lines.push(`  ${s.role}`);
    if (s.candidates.length === 0) lines.push('    no suggestion: the catalogues do not give enough evidence');
    s.candidates.forEach((c, i) => {
      lines.push(`    ${i + 1}. ${c.name === c.id ? c.id : `${c.name} (${c.id})`}  score ${c.score.toFixed(2)}`);
      for (const e of c.evidence) lines.push(`         - ${e}`);
    });
  }
  lines.push('', 'Suggestions only: choose an owner and write it into team.members yourself.');
  // Names and evidence come from catalogues and git history: shown, never run by the terminal.
  return safeForTerminal(`${lines.join('\n')}\n`);
}

export const ownersCommand: CommandHandler = async (args, io) => {
  try {
    const [sub, ...rest] = args;
    if (sub === 'suggest') return await suggest(rest, io);
    throw new CliError(
      sub === undefined ? `missing sub-command; ${USAGE}` : `unknown owners sub-command '${sub}'; ${USAGE}`,
    );
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`dclens owners: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
};

// The light half of `dclens owners suggest`: reading the call (options, the contract's text, where its catalogue is),
// the facts of a contract kept between calls, and writing the answer. Shared by the whole command (owners.ts) and
// the call the caches answer (owners-cached.ts), which must not load the YAML parser, the catalogue loader or
// their libraries: nothing here does.
import {
  mkdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { choiceOption, parseArgs, stringOption } from '../args';
import { CliError, type CliIO } from '../command';
import {
  OWNER_ROLES,
  roleFromText,
  suggestOwnersByRole,
  type Candidate,
  type CatalogueSnapshot,
  type ContractFacts,
  type OwnerRole,
  type OwnerSubject,
  type SourceWarning,
} from '../../engine/owners';
import { cacheDirFor } from '../../node/catalogue/disk-cache';
import { workTreeTop } from '../../node/catalogue/git-files';
import { nameHash, tempNameFor } from '../../node/catalogue/stamps';
import { readContractText } from '../contract-text';
import { safeForTerminal } from '../../formatters/terminal';
import { isTooWideToSearch, realPathOf } from '../../node/workspace';
import { findConfigFile, today as hostToday } from '../../node/config-location';

export const USAGE =
  'usage: dclens owners suggest FILE [--role "Data Owner"|"Data Steward"|"Data Custodian"] [--top N] [--format text|json] [--config FILE] [--no-cache]; parse results and git evidence are cached (see docs/owners.md: DCLENS_CACHE_DIR sets where, --no-cache reads everything afresh)';

export interface OwnersReport {
  file: string;
  suggestions: { role: OwnerRole; candidates: Omit<Candidate, 'kind'>[] }[];
}

/** One call: its options and the contract's text, read as lint reads it. */
export interface OwnersRequest {
  /** FILE as given. */
  given: string;
  /** Its real path (git reports real paths; compare like with like). */
  file: string;
  text: string;
  roles: OwnerRole[];
  top: number;
  format: 'text' | 'json';
  configOption?: string;
  noCache: boolean;
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

/** The options and the contract's text; a usage problem or an unreadable file is a CliError. */
export function readRequest(args: string[], io: CliIO): OwnersRequest {
  const parsed = parseArgs(args, {
    role: { value: true },
    top: { value: true },
    format: { value: true },
    config: { value: true },
    'no-cache': {},
  });
  if (parsed.positionals.length !== 1)
    throw new CliError(parsed.positionals.length === 0 ? `missing FILE; ${USAGE}` : `one FILE at a time; ${USAGE}`);
  const given = parsed.positionals[0];
  const roles = parseRole(stringOption(parsed, 'role'));
  const top = parseTop(stringOption(parsed, 'top'));
  const format = choiceOption(parsed, 'format', ['text', 'json'] as const, 'text');
  let file = resolve(io.cwd, given);
  // A device or a pipe with a contract's name would block the read forever.
  if (statOrUndefined(file)?.isFile() === false) throw new CliError(`cannot read ${given} (not a regular file)`);
  // Read as lint reads it: byte-order mark and CR-only line ends handled.
  let text: string;
  try {
    text = readContractText(file, given).text;
    file = realpathSync.native(file);
  } catch {
    throw new CliError(`cannot read ${given}`);
  }
  return {
    given,
    file,
    text,
    roles,
    top,
    format,
    configOption: stringOption(parsed, 'config'),
    noCache: parsed.options.has('no-cache'),
  };
}

/** Where a call's catalogue is: the configuration that applies, the workspace root and its cache folder. */
export interface Workspace {
  configFile?: string;
  root: string;
  /** The cache folder of the root (see disk-cache.ts). */
  dir: string;
  /** Which configuration file the command looked for, and whether --config named it. */
  configKey: string;
}

/** The configuration lint uses for the file: --config, else the nearest .dclens.yaml or .dclens.yml above it. */
export function configFileOf(request: OwnersRequest, io: CliIO): string | undefined {
  const option = request.configOption;
  if (option === undefined) return findConfigFile(dirname(request.file));
  if (statOrUndefined(resolve(io.cwd, option)) === undefined) throw new CliError(`config file not found: ${option}`);
  return resolve(io.cwd, option);
}

/** The workspace for a configuration file (or none): where it is, else the git work tree holding the contract. */
export async function workspaceOf(
  request: OwnersRequest,
  io: CliIO,
  configFile: string | undefined,
): Promise<Workspace> {
  const marked = configFile ? dirname(configFile) : await workTreeTopOf(dirname(request.file));
  const root = realPathOf(marked ?? io.cwd);
  // Unmarked, the file system root or the home folder would be searched file by file: the whole disk.
  if (marked === undefined && isTooWideToSearch(root)) {
    throw new CliError(
      `run it from your project's folder, or add a .dclens.yaml there: ${root} is ${root === dirname(root) ? 'the root of the file system' : 'your home folder'}, with no .dclens.yaml or git repository, and searching it for owners would read every file in it`,
    );
  }
  return {
    configFile,
    root,
    dir: cacheDirFor(root),
    configKey: JSON.stringify({ file: configFile ?? null, explicit: request.configOption !== undefined }),
  };
}

/** What `git rev-parse --show-toplevel` says for `dir`, from the repository's files when they can tell. */
async function workTreeTopOf(dir: string): Promise<string | undefined> {
  const known = workTreeTop(dir);
  if (known !== 'ask git') return known.top;
  return (await import('../../node/catalogue/git-history')).gitTopLevel(dir);
}

/** What the cached snapshot depends on besides its files: today's date (leavers). */
export const contextOf = (date: string): string => JSON.stringify({ today: date });

// The facts ranking reads from a contract (see ContractFacts), kept per contract file with the exact text they were
// read from: a later call with the same text uses them instead of parsing the contract again. Only a contract the
// command accepted (YAML without errors, an ODCS document) has facts; anything else is parsed, and reported, again.
const FACTS_FOLDER = 'contracts';

interface StoredFacts {
  build: string;
  file: string;
  text: string;
  facts: ContractFacts;
}

const factsFile = (dir: string, file: string): string => join(dir, FACTS_FOLDER, `${nameHash(file)}.json`);

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isOptionalString = (v: unknown): boolean => v === undefined || typeof v === 'string';

/** The facts stored for this file by this build, when they were read from this very text. */
export function storedFacts(dir: string, request: OwnersRequest, build: string): ContractFacts | undefined {
  try {
    const stored = JSON.parse(readFileSync(factsFile(dir, request.file), 'utf8')) as StoredFacts;
    const f = stored.facts;
    if (
      stored.build !== build ||
      stored.file !== request.file ||
      stored.text !== request.text ||
      typeof f !== 'object' ||
      f === null ||
      !isStringList(f.names) ||
      !isStringList(f.tags) ||
      !isOptionalString(f.domain) ||
      !isOptionalString(f.teamName) ||
      !isOptionalString(f.repository)
    )
      return undefined;
    return f;
  } catch {
    return undefined;
  }
}

/** Keeps a contract's facts for the next call. Never throws: a cache that cannot be written costs speed. */
export function storeFacts(dir: string, request: OwnersRequest, build: string, facts: ContractFacts): void {
  const target = factsFile(dir, request.file);
  const temp = tempNameFor(target);
  try {
    mkdirSync(dirname(target), { recursive: true });
    const stored: StoredFacts = { build, file: request.file, text: request.text, facts };
    writeFileSync(temp, JSON.stringify(stored));
    renameSync(temp, target);
  } catch {
    rmSync(temp, { force: true });
  }
}

/** Ranks each role asked for and writes the answer (and the catalogue's warnings, on stderr). */
export function writeReport(
  snapshot: CatalogueSnapshot,
  subject: OwnerSubject,
  request: OwnersRequest,
  io: CliIO,
): void {
  const byRole = suggestOwnersByRole(snapshot, subject, request.roles, { top: request.top });
  const report: OwnersReport = {
    file: toPosix(relative(realPathOrSame(io.cwd), request.file)),
    suggestions: request.roles.map((role, i) => ({
      role,
      candidates: byRole[i].map(({ id, name, score, evidence }) => ({ id, name, score, evidence })),
    })),
  };
  for (const w of snapshot.sourceWarnings) io.stderr(`${formatWarning(w)}\n`);
  io.stdout(request.format === 'json' ? `${JSON.stringify(report)}\n` : formatText(report));
}

/** The contract's path relative to the workspace root, as ranking and the catalogue name it. */
export const subjectPath = (root: string, file: string): string => toPosix(relative(root, file));

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function realPathOrSame(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
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

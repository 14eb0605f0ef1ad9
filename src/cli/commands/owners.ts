// `dclens owners suggest FILE [--role R] [--top N] [--format text|json] [--config FILE] [--no-cache]`
//
// Kept light: nothing here loads the linter (its rules, schemas and SQL formatter). The configuration is resolved
// by the configuration loader, which does, only when the on-disk cache holds no resolution of the same unchanged
// configuration file. A call the caches answer (the stored snapshot and the contract's stored facts) needs only
// owners-cached.ts and owners-request.ts: the owners bundle (dist/cli-owners.js) is those, and this whole command
// is loaded from a bundle of its own when they cannot answer.
// Plain file system calls: the command waits for nothing else, and node:fs/promises alone takes milliseconds to load.
import { lstatSync, readFileSync, statSync } from 'node:fs';
import { CliError, type CliIO, type CommandHandler } from '../command';
import {
  contractFacts,
  detectDocument,
  parseYamlFile,
  type CatalogueSnapshot,
  type ContractFacts,
} from '../../engine/owners';
import { CatalogueDiskCache } from '../../node/catalogue/disk-cache';
import { buildId } from '../../node/catalogue/build-id';
import type { CatalogueSourceConfig } from '../../node/catalogue/config';
import { readCachedSnapshot, type ConfigState } from '../../node/catalogue/snapshot-cache';
import { stampOf, type FileStamp } from '../../node/catalogue/stamps';
import { signalAnsweredFromSnapshot } from '../code-cache-signal';
import {
  configFileOf,
  contextOf,
  readRequest,
  storedFacts,
  storeFacts,
  subjectPath,
  today,
  USAGE,
  workspaceOf,
  writeReport,
  type OwnersRequest,
} from './owners-request';

export { formatText, today, type OwnersReport } from './owners-request';

/** The contract's first ODCS document, as lint reads the file; a file the command cannot use is a CliError. */
function parseContract(request: OwnersRequest): unknown {
  const documents = parseYamlFile(request.text).documents;
  const contract = documents.find((d) => d.value !== undefined && detectDocument(d.value).kind === 'odcs');
  if (!contract && documents.some((d) => d.problems.some((p) => p.severity === 'error'))) {
    throw new CliError(`${request.given} is not valid YAML; run 'dclens lint' on it first`);
  }
  if (!contract) throw new CliError(`${request.given} is not an ODCS data contract`);
  if (contract.problems.some((p) => p.severity === 'error'))
    throw new CliError(`${request.given} is not valid YAML; run 'dclens lint' on it first`);
  return contract.value;
}

/** The facts an earlier call stored for this very text, when nothing stands in the way of finding them. */
async function factsFromCache(request: OwnersRequest, io: CliIO): Promise<ContractFacts | undefined> {
  if (request.noCache) return undefined;
  try {
    const { dir } = await workspaceOf(request, io, configFileOf(request, io));
    return storedFacts(dir, request, buildId());
  } catch (error) {
    // Reported below, after the contract is read, as always.
    if (error instanceof CliError) return undefined;
    throw error;
  }
}

async function suggest(args: string[], io: CliIO): Promise<number> {
  const request = readRequest(args, io);
  // Stored facts are only ever those of a contract read without error: the same text needs no parse.
  const facts = await factsFromCache(request, io);
  const value = facts ? undefined : parseContract(request);

  const configOption = request.configOption;
  let configFile = configFileOf(request, io);
  const date = today();
  const noCache = request.noCache;
  const workspace = await workspaceOf(request, io, configFile);
  const { dir, configKey } = workspace;
  let root = workspace.root;
  const build = buildId();
  if (!facts && !noCache) storeFacts(dir, request, build, contractFacts(value));
  const context = contextOf(date);
  // The snapshot the last call built, when nothing it was built from changed: no configuration, file or git read.
  const fast = noCache
    ? undefined
    : await readCachedSnapshot({
        root,
        dir,
        context,
        configKey,
        build,
        gitState: async (at) => (await import('../../node/catalogue/git-history')).gitState(at),
      });
  if (fast) signalAnsweredFromSnapshot();
  const snapshot = fast?.snapshot ?? (await loadSnapshot());
  /** The catalogue loaded through the on-disk cache (or afresh with --no-cache); the snapshot file written. */
  async function loadSnapshot(): Promise<CatalogueSnapshot> {
    // The on-disk cache only saves work: parse outputs of unchanged files, git evidence while HEAD stays, and the
    // catalogue sources of an unchanged configuration file.
    let diskCache = noCache ? undefined : CatalogueDiskCache.open(root, { today: date });
    const configStamp = configFile !== undefined ? stampOfFile(configFile, configOption === undefined) : undefined;
    /** The configuration file as the sources were resolved from it, when it did not change meanwhile. */
    let configState: ConfigState | undefined;
    const readConfig = (): Promise<Uint8Array | undefined> =>
      Promise.resolve(configFile ? readOrUndefined(configFile) : undefined);
    const cached = (await diskCache?.value('config', configKey, configStamp, readConfig)) as
      { sources: CatalogueSourceConfig[] | null } | undefined;
    let sources: CatalogueSourceConfig[] | undefined;
    const stateOf = (): ConfigState => ({
      key: configKey,
      file:
        configFile !== undefined && configStamp
          ? { path: configFile, follow: configOption !== undefined, stamp: configStamp }
          : undefined,
      sources: sources ?? null,
    });
    if (cached && typeof cached === 'object' && (cached.sources === null || Array.isArray(cached.sources))) {
      sources = cached.sources ?? undefined;
      if (configFile === undefined || configStamp) configState = stateOf();
    } else {
      const configBytes = await readConfig();
      const loaded = await resolveConfiguration(io.cwd, configOption, request.file);
      sources = loaded.sources;
      if (loaded.file !== configFile) {
        // The loader found another file than this command looked for: trust the loader, and cache nothing.
        configFile = loaded.file;
        ({ root } = await workspaceOf(request, io, configFile));
        diskCache = undefined;
      } else {
        const stamp = configFile !== undefined ? stampOfFile(configFile, configOption === undefined) : undefined;
        // Kept only when the file did not change while it was resolved (its stamp and bytes are the ones stored).
        if (configFile === undefined) {
          diskCache?.rememberValue('config', configKey, { sources: sources ?? null });
          configState = stateOf();
        } else if (stamp && configStamp && sameStamp(stamp, configStamp) && configBytes) {
          diskCache?.rememberValue('config', configKey, { sources: sources ?? null }, { stamp, bytes: configBytes });
          configState = stateOf();
        }
      }
    }
    const { loadCatalogue } = await import('../../node/catalogue/loader');
    const built = (await loadCatalogue({ root, sources, today: date, diskCache })).snapshot();
    if (diskCache && configState) diskCache.manifest.save(context, configState, built);
    return built;
  }
  const path = subjectPath(root, request.file);
  writeReport(snapshot, facts ? { path, facts } : { path, value }, request, io);
  return 0;
}

function readOrUndefined(path: string): Uint8Array | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
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

// `dclens owners suggest` answered from the caches alone: the catalogue snapshot an earlier call stored, unchanged
// since, and the facts of the contract asked about, kept with its exact text. Either missing, or anything else
// (a usage problem, an unreadable file, --no-cache), and the call is left to the whole command (owners.ts), which
// does and reports everything as it always did. This half loads neither the YAML parser nor the catalogue loader:
// the owners bundle (dist/cli-owners.js) is this, and the whole command is a bundle of its own, loaded on a miss.
import { CliError, type CliIO } from '../command';
import { signalAnsweredFromSnapshot } from '../code-cache-signal';
import { buildId } from '../../node/catalogue/build-id';
import { readCachedSnapshot } from '../../node/catalogue/snapshot-cache';
import {
  configFileOf,
  contextOf,
  readRequest,
  storedFacts,
  subjectPath,
  today,
  workspaceOf,
  writeReport,
} from './owners-request';

/**
 * Answers `owners suggest ARGS` from the caches and returns its exit code, or returns undefined having written
 * nothing: the whole command must answer.
 */
export async function answerFromCaches(args: string[], io: CliIO): Promise<number | undefined> {
  try {
    const request = readRequest(args, io);
    if (request.noCache) return undefined;
    const workspace = await workspaceOf(request, io, configFileOf(request, io));
    const build = buildId();
    const facts = storedFacts(workspace.dir, request, build);
    if (!facts) return undefined;
    const cached = await readCachedSnapshot({
      root: workspace.root,
      dir: workspace.dir,
      context: contextOf(today()),
      configKey: workspace.configKey,
      build,
      gitState: async (at) => (await import('../../node/catalogue/git-history')).gitState(at),
    });
    if (!cached) return undefined;
    signalAnsweredFromSnapshot();
    writeReport(cached.snapshot, { path: subjectPath(workspace.root, request.file), facts }, request, io);
    return 0;
  } catch (error) {
    // The whole command reports it, in the order it checks things.
    if (error instanceof CliError) return undefined;
    throw error;
  }
}

// "New data contract from data…": the client names a data file or a PostgreSQL table and where the contract will be
// saved; the server profiles the data (DuckDB in process for files inside the workspace, PostgreSQL in a READ ONLY
// transaction) and answers with the inferred contract and what the user still has to fill in. Reading data is
// running code on the user's behalf: only in trusted workspaces.
import path from 'node:path';
import type { Connection } from 'vscode-languageserver/node';
import { inferContract, isInferVersion, type InferVersion } from '../engine';
import { DataUnreachable } from '../node/data/data-paths';
import { profileFile, profilePostgres } from '../node/data/profile';
import { workspaceRoot } from '../node/data/run-contract';
import { isInside } from '../node/workspace';
import { NEW_CONTRACT_FROM_DATA, type NewContractFromDataParams, type NewContractFromDataResult } from './protocol';
import type { RequestContext } from './requests';
import { filePathOf } from './workspace';

export const UNTRUSTED_PROBLEM =
  'Trust this workspace to make a contract from data: Data Contract Lens reads no data in Restricted Mode.';

/** Version of a contract inferred from data: the editor setting, else `settings.odcsVersion`, else v3.1.0. */
const DEFAULT_VERSION: InferVersion = 'v3.1.0';

export function registerNewFromData(
  connection: Connection,
  context: () => RequestContext | undefined,
  roots: readonly string[],
): void {
  connection.onRequest(
    NEW_CONTRACT_FROM_DATA,
    async (params: NewContractFromDataParams): Promise<NewContractFromDataResult> => {
      const ctx = context();
      if (!ctx) return { problem: 'The Data Contract Lens server is still starting: try again.', notes: [] };
      if (!ctx.workspace.trusted) return { problem: UNTRUSTED_PROBLEM, notes: [] };
      try {
        const editorVersion = (await ctx.settings(params.uri)).newContractOdcsVersion;
        const configured = ctx.workspace.config(params.uri)?.settings.odcsVersion;
        const version = isInferVersion(editorVersion) ? editorVersion : (configured ?? DEFAULT_VERSION);
        const target = filePathOf(params.uri);
        const source = params.source;
        let profile;
        if (source.kind === 'file') {
          const firstRoot = roots[0];
          const file = path.resolve(firstRoot ?? path.dirname(source.path), source.path);
          const contractDir = target ? path.dirname(target) : path.dirname(file);
          const root =
            [...roots].filter((r) => isInside(r, file)).sort((a, b) => b.length - a.length)[0] ??
            firstRoot ??
            workspaceRoot(contractDir);
          profile = await profileFile({ file, root, contractDir });
        } else {
          profile = await profilePostgres(
            {
              host: source.host,
              port: source.port,
              database: source.database,
              schema: source.schema,
              table: source.table,
            },
            params.credentials ?? {},
          );
        }
        return inferContract(profile, version);
      } catch (error) {
        if (error instanceof DataUnreachable) return { problem: `${capitalise(error.message)}.`, notes: [] };
        connection.console.error(
          `New contract from data failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        return { problem: `The data could not be read: ${firstLine(error)}.`, notes: [] };
      }
    },
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0].trim();
}

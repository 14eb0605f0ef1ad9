// The requests of the VS Code client beyond the protocol (see protocol.ts): the score view, workspace lint, fix all,
// SQL formatting, new contracts, owner candidates, the rule list, and waiting for the catalogue or the warm-up. Each
// answers from the same language service, configuration and catalogue as the diagnostics.
import { readFile } from 'node:fs/promises';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules, newContractSnippet, newContractVersion, renderScoreMarkdown } from '../engine';
import type { DiagnosticsScheduler } from './diagnostics';
import type { LintMemo } from './lint-memo';
import {
  CATALOGUE_LOADED,
  FIX_ALL,
  FORMAT_SQL,
  LINT_FILES,
  NEW_CONTRACT,
  OWNER_CANDIDATES,
  RULES,
  SCORE,
  WARM,
  type CatalogueLoadedParams,
  type DocumentText,
  type FixAllResult,
  type LintFilesParams,
  type LintFilesResult,
  type NewContractParams,
  type NewContractResult,
  type OwnerCandidate,
  type OwnerCandidatesParams,
  type RuleInfo,
  type ScoreResult,
} from './protocol';
import type { ServerService } from './service';
import type { ServerSettings } from './settings';
import { filePathOf, type ServerWorkspace } from './workspace';

export interface RequestContext {
  service: ServerService;
  workspace: ServerWorkspace;
  scheduler: DiagnosticsScheduler;
  settings: (uri: string) => Promise<ServerSettings>;
  /** Resolves once the server's checks are compiled. */
  warm: Promise<void>;
  /** The lint results the server remembers (the diagnostics, the workspace lint and the report share them). */
  memo: LintMemo;
}

const problem = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));

export function registerClientRequests(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  context: () => RequestContext | undefined,
): void {
  const guarded =
    <P, R>(name: string, fallback: R, answer: (params: P, ctx: RequestContext) => R | Promise<R>) =>
    async (params: P): Promise<R> => {
      const ctx = context();
      if (!ctx) return fallback;
      try {
        return await answer(params, ctx);
      } catch (error) {
        connection.console.error(`${name} failed: ${problem(error)}`);
        return fallback;
      }
    };

  connection.onRequest(
    SCORE,
    guarded<DocumentText, ScoreResult>('Score', { pages: [] }, async (document, { service, settings }) => {
      if (!(await settings(document.uri)).enable || !service.isCandidate(document)) return { pages: [] };
      const scores = service.score(document, { steps: true }).contracts;
      return { pages: scores.map((s) => renderScoreMarkdown(s, document.uri)) };
    }),
  );

  connection.onRequest(
    FIX_ALL,
    guarded<DocumentText, FixAllResult>('Fix all', { edits: [], applied: 0 }, (document, { service }) => {
      if (!service.isCandidate(document)) return { edits: [], applied: 0 };
      const result = service.fixAll(document);
      return { edits: result.edits, applied: result.applied };
    }),
  );

  connection.onRequest(
    FORMAT_SQL,
    guarded<DocumentText, FixAllResult['edits']>('Formatting', [], (document, { service }) =>
      service.isCandidate(document) ? service.formatSql(document) : [],
    ),
  );

  connection.onRequest(
    NEW_CONTRACT,
    guarded<NewContractParams, NewContractResult | null>(
      'New contract',
      null,
      async (params, { workspace, settings }) => {
        const version = newContractVersion(
          workspace.config(params.uri)?.settings,
          (await settings(params.uri)).newContractOdcsVersion,
        );
        const input = { name: params.name, domain: params.domain, owner: params.owner };
        return { snippet: newContractSnippet(input, version), version };
      },
    ),
  );

  connection.onRequest(
    OWNER_CANDIDATES,
    guarded<OwnerCandidatesParams, OwnerCandidate[]>('Owner candidates', [], async (params, { service, workspace }) => {
      await workspace.whenLoaded(params.uri);
      return service
        .ownerCandidates(params.uri, { domain: params.domain, relativePath: params.relativePath })
        .map((c) => ({ id: c.id, name: c.name, evidence: [...c.evidence] }));
    }),
  );

  connection.onRequest(
    RULES,
    guarded<void, RuleInfo[]>('Rules', [], () =>
      allRules.map((r) => ({ id: r.meta.id, code: r.meta.code, description: r.meta.description })),
    ),
  );

  connection.onRequest(
    CATALOGUE_LOADED,
    guarded<CatalogueLoadedParams, boolean>('Catalogue', false, async (params, { workspace, scheduler }) => {
      const loaded = await workspace.whenLoaded(params.uri);
      // The open contracts' findings with the catalogue are published before the answer.
      if (loaded) await scheduler.lintAllOpenNow();
      return loaded;
    }),
  );

  connection.onRequest(
    WARM,
    guarded<void, boolean>('Warm-up', false, async (_params, { warm }) => {
      await warm;
      return true;
    }),
  );

  connection.onRequest(
    LINT_FILES,
    guarded<LintFilesParams, LintFilesResult>(
      'Workspace lint',
      { files: 0, contracts: 0, problems: 0 },
      async (params, { workspace, scheduler }) => {
        const summary: LintFilesResult = { files: params.uris.length, contracts: 0, problems: 0 };
        for (const uri of params.uris) {
          // The catalogue's findings count too: wait for the folder's catalogue before linting.
          await workspace.whenLoaded(uri);
          let published: number | undefined;
          if (documents.get(uri)) {
            // An open contract goes through the editor's own lint, so the Problems panel keeps what the editor shows.
            published = await scheduler.lintNow(uri);
          } else {
            const file = filePathOf(uri);
            if (!file) continue;
            published = await scheduler.lintClosed(uri, await readFile(file, 'utf8'));
          }
          if (published === undefined) continue;
          summary.contracts++;
          summary.problems += published;
        }
        return summary;
      },
    ),
  );
}

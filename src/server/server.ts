// The Data Contract Lens language server: every editor feature of the engine over the Language Server Protocol,
// for any editor (`dclens lsp --stdio`). Logs go to the client's output (never stdout, which carries the protocol).
import {
  CodeLensRefreshRequest,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { today as hostToday } from '../node/config-location';
import { DCLENS_VERSION } from '../node/version';
import { DiagnosticsScheduler } from './diagnostics';
import { DATA_FILE_GLOB, DataTests } from './data-tests';
import { COMPARE_WITH_BASE, DiffDiagnostics, GIT_HEAD_FILE, GIT_HEAD_GLOB } from './diff-diagnostics';
import { registerFeatures } from './features';
import { LintMemo } from './lint-memo';
import { LINT_STATS, type LintStatsResult } from './protocol';
import { registerNewFromData } from './new-from-data';
import { registerClientRequests, type RequestContext } from './requests';
import { registerReport } from './report';
import { warmUp } from './warm-up';
import { createServerService, FIX_ALL_KIND, OPEN_CONVERTED, SHOW_RULE_DOCUMENTATION, SHOW_SCORE } from './service';
import { DEFAULT_SETTINGS, readSettings, type ServerSettings } from './settings';
import { filePathOf, ServerWorkspace } from './workspace';

/** What a client may pass in `initializationOptions`. */
export interface InitializationOptions {
  /** Whether the user trusts the workspace (default true). Untrusted: no `.dclens.yaml`, no catalogue, no git. */
  trusted?: boolean;
  /** `dclens.*` settings, for clients that do not answer workspace/configuration. */
  settings?: unknown;
  /** The client runs `dclens.*` commands itself (the VS Code extension): the server does not offer them. */
  clientCommands?: boolean;
  /** Send `dclens/didLint` after each publication of diagnostics (the VS Code client's status bar, score, tests). */
  didLint?: boolean;
}

const CONFIG_FILE = /(^|[\\/])\.dclens\.ya?ml$/;

export const UNTRUSTED_MESSAGE =
  'Workspace not trusted: Data Contract Lens checks open contracts with the default rules only; ' +
  'it does not read .dclens.yaml, catalogue files or git history.';

/** Today's date (the engine has no clock), by the one clock rule of the CLI: DCLENS_TODAY pins it. */
function today(): string {
  try {
    return hostToday();
  } catch {
    // A malformed DCLENS_TODAY ends a CLI run; an editor session goes on with the real date.
    return new Date().toISOString().slice(0, 10);
  }
}

export function startServer(connection: Connection): void {
  // The server owns its process: a failure nobody caught is logged for the user, never a silent end of the session.
  const report = (error: unknown) =>
    connection.console.error(
      `Internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  process.on('uncaughtException', report);
  process.on('unhandledRejection', report);
  const documents = new TextDocuments(TextDocument);
  let initOptions: InitializationOptions = {};
  let pullsConfiguration = false;
  let refreshesCodeLenses = false;
  let watchesDynamically = false;
  let pushedSettings: ServerSettings = DEFAULT_SETTINGS;
  const roots: string[] = [];
  const settingsCache = new Map<string, Promise<ServerSettings>>();
  const settingsNow = new Map<string, ServerSettings>();

  const settingsFor = (uri: string): Promise<ServerSettings> => {
    if (!pullsConfiguration) return Promise.resolve(pushedSettings);
    let pending = settingsCache.get(uri);
    if (!pending) {
      pending = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'dclens' })
        .then(readSettings, (error: unknown) => {
          connection.console.warn(
            `Could not read the dclens settings, defaults used: ${error instanceof Error ? error.message : String(error)}`,
          );
          return pushedSettings;
        });
      pending.then(
        (s) => settingsNow.set(uri, s),
        () => undefined,
      );
      settingsCache.set(uri, pending);
    }
    return pending;
  };
  const settingsOf = (uri: string): ServerSettings =>
    pullsConfiguration ? (settingsNow.get(uri) ?? pushedSettings) : pushedSettings;

  let scheduler: DiagnosticsScheduler | undefined;
  let dataTests: DataTests | undefined;
  let diffs: DiffDiagnostics | undefined;
  const workspaceRef: { current?: ServerWorkspace } = {};
  const memo = new LintMemo();
  connection.onRequest(LINT_STATS, (): LintStatsResult => memo.stats());
  let requestContext: RequestContext | undefined;
  registerClientRequests(connection, documents, () => requestContext);
  registerNewFromData(connection, () => requestContext, roots);
  registerReport(connection, documents, () => requestContext, roots, today);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    initOptions = (
      typeof params.initializationOptions === 'object' && params.initializationOptions !== null
        ? params.initializationOptions
        : {}
    ) as InitializationOptions;
    if (initOptions.settings !== undefined) pushedSettings = readSettings(initOptions.settings);
    const capabilities = params.capabilities;
    pullsConfiguration = capabilities.workspace?.configuration === true;
    refreshesCodeLenses = capabilities.workspace?.codeLens?.refreshSupport === true;
    watchesDynamically = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    for (const uri of folders) {
      const folder = filePathOf(uri);
      if (folder) roots.push(folder);
    }
    const workspace = new ServerWorkspace({
      trusted: initOptions.trusted !== false,
      roots,
      today,
      settings: settingsOf,
      log: (message) => connection.console.info(message),
      onCatalogueChange: () => {
        memo.clear();
        scheduler?.lintAllOpen();
      },
      onConfigProblems: (file, problems) =>
        void connection.sendDiagnostics({
          uri: pathToFileURL(file).href,
          diagnostics: problems.map((p) => ({
            range: p.range,
            message: p.message,
            severity: DiagnosticSeverity.Error,
            source: 'dclens',
          })),
        }),
    });
    workspaceRef.current = workspace;
    const service = createServerService({
      lintText: (text, options) => memo.lintText(text, options),
      today,
      config: (uri) => workspace.config(uri),
      catalogue: (uri) => workspace.catalogue(uri),
      relativePath: (uri) => workspace.relativePath(uri),
      settings: (uri) => settingsOf(uri),
    });
    scheduler = new DiagnosticsScheduler(
      connection,
      documents,
      service,
      workspace,
      settingsFor,
      () => {
        if (refreshesCodeLenses) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
      },
      initOptions.didLint === true,
    );
    dataTests = new DataTests(connection, documents, workspace, scheduler);
    diffs = new DiffDiagnostics(connection, documents, workspace, scheduler, settingsFor, () => {
      if (refreshesCodeLenses) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    });
    registerFeatures(connection, documents, service, {
      settings: settingsFor,
      workspace,
      testNote: (uri, line) => dataTests?.hoverNote(uri, line),
      diff: diffs,
    });
    requestContext = {
      service,
      workspace,
      scheduler,
      settings: settingsFor,
      memo,
      warm: warmUp(
        service,
        (m) => connection.console.info(m),
        // Any file path in the first folder finds its configuration; nothing is read from the file itself.
        () => roots[0] && workspace.config(pathToFileURL(path.join(roots[0], 'dclens-warm-up.odcs.yaml')).href),
      ),
    };
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        // After ':' and ' ' (keys, values), '.' (references such as `orders.order_id`), '{' (SQL placeholders such as
        // `{object}`) and '/' (paths).
        completionProvider: { triggerCharacters: [':', ' ', '.', '{', '/'] },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        codeLensProvider: { resolveProvider: false },
        documentFormattingProvider: true,
        ...(initOptions.clientCommands
          ? {}
          : {
              executeCommandProvider: {
                commands: [SHOW_RULE_DOCUMENTATION, SHOW_SCORE, OPEN_CONVERTED, COMPARE_WITH_BASE],
              },
            }),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'dclens', version: DCLENS_VERSION },
    };
  });

  connection.onInitialized(() => {
    const workspace = workspaceRef.current;
    connection.console.info(
      `Data Contract Lens ${DCLENS_VERSION} language server started (workspace: ${roots.join(', ') || 'none'}).`,
    );
    if (workspace && !workspace.trusted) connection.console.info(UNTRUSTED_MESSAGE);
    if (pullsConfiguration)
      void connection.client
        .register(DidChangeConfigurationNotification.type, { section: 'dclens' })
        .catch(() => undefined);
    if (watchesDynamically && workspace?.trusted) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [
            { globPattern: '**/.dclens.{yaml,yml}' },
            { globPattern: '**/*.{yaml,yml,json,csv}' },
            { globPattern: '**/CODEOWNERS' },
            // Data files and DuckDB databases: a change makes the last data test results out of date.
            { globPattern: DATA_FILE_GLOB },
            // A checkout or a commit moves the base of the changes shown since it.
            { globPattern: GIT_HEAD_GLOB },
          ],
        })
        .catch(() => undefined);
    }
    if (connection.workspace && roots.length > 0) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        for (const removed of event.removed) {
          const index = roots.indexOf(filePathOf(removed.uri) ?? '');
          if (index !== -1) roots.splice(index, 1);
        }
        for (const added of event.added) {
          const folder = filePathOf(added.uri);
          if (folder) roots.push(folder);
        }
        workspace?.configChanged();
        memo.clear();
        scheduler?.lintAllOpen();
      });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings as { dclens?: unknown } | null | undefined)?.dclens;
    if (pushed !== undefined) pushedSettings = readSettings(pushed);
    settingsCache.clear();
    settingsNow.clear();
    workspaceRef.current?.configChanged();
    memo.clear();
    scheduler?.lintAllOpen();
    diffs?.settingsChanged();
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    const workspace = workspaceRef.current;
    if (!workspace?.trusted) return;
    dataTests?.filesChanged(params.changes);
    if (params.changes.some((c) => GIT_HEAD_FILE.test(c.uri))) diffs?.settingsChanged();
    params = { changes: params.changes.filter((c) => !GIT_HEAD_FILE.test(c.uri)) };
    let relint = false;
    for (const change of params.changes) {
      try {
        if (CONFIG_FILE.test(change.uri)) {
          connection.console.info(
            `Configuration ${change.type === FileChangeType.Deleted ? 'removed' : 'changed'}: ${filePathOf(change.uri) ?? change.uri}`,
          );
          workspace.configChanged();
          relint = true;
        } else if (await workspace.fileChanged(change.uri)) {
          relint = true;
        }
      } catch (error) {
        connection.console.error(
          `Could not read the change of ${change.uri}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    if (relint) {
      memo.clear();
      scheduler?.lintAllOpen();
    }
  });

  const opened = new Set<string>();
  documents.onDidOpen((event) => {
    void settingsFor(event.document.uri);
    scheduler?.schedule(event.document.uri, 0);
  });
  documents.onDidChangeContent((event) => {
    const settings = settingsOf(event.document.uri);
    // The first version is linted by onDidOpen; later ones after a pause in typing.
    if (settings.run === 'onType' && opened.has(event.document.uri)) {
      scheduler?.schedule(event.document.uri, settings.debounceMs);
    }
    opened.add(event.document.uri);
  });
  documents.onDidSave((event) => scheduler?.schedule(event.document.uri, 0));
  documents.onDidClose((event) => {
    opened.delete(event.document.uri);
    settingsCache.delete(event.document.uri);
    settingsNow.delete(event.document.uri);
    scheduler?.forget(event.document.uri);
  });

  connection.onShutdown(() => {
    scheduler?.dispose();
    workspaceRef.current?.dispose();
  });
  documents.listen(connection);
  connection.listen();
}

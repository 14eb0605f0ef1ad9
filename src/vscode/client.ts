// The extension is a client of the Data Contract Lens language server (`dist/server.js`), which runs in its own
// process: diagnostics, hover, completion, code actions, code lenses and formatting come from it, so a long check
// never holds up the extension host. The server is started trusted or not as the workspace is, and restarted trusted
// when the user grants trust. After each publication of a document's diagnostics the server says what it published
// (`dclens/didLint`); `LintState` pairs that with the moment VS Code shows those diagnostics, so the status bar, the
// walkthrough and the tests act only on what the Problems panel shows.
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import type { InitializationOptions } from '../server/server';
import { DID_LINT, type DidLintParams } from '../server/protocol';
import { MARKDOWN_COMMAND_IDS } from './command-ids';
import { loggingChannel } from './log';
import { readSettings } from './settings';

/** Where the server's diagnostics live in VS Code (also their `source`). */
export const DIAGNOSTIC_SOURCE = 'dclens';

/** What the server said about each document's last published diagnostics, once VS Code shows them. */
export class LintState implements vscode.Disposable {
  private readonly lints = new Map<string, DidLintParams>();
  /** Documents whose diagnostics have arrived but are not shown yet. */
  private readonly inFlight = new Set<string>();
  /** Files whose diagnostics come from a workspace lint while they were closed. */
  private readonly closedFiles = new Set<string>();
  /** `dclens/didLint` received for diagnostics not shown yet. */
  private readonly waiting = new Map<string, DidLintParams>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly drained = new vscode.EventEmitter<void>();
  /** Fires once a document's diagnostics are shown (also when there are none, and when it stops being a contract). */
  readonly onDidChange = this.changed.event;

  /** Diagnostics of `key` arrived from the server (VS Code converts them, then shows them). */
  arrived(key: string): void {
    this.inFlight.add(key);
  }

  /** Diagnostics of `key` are shown. */
  shown(key: string): void {
    this.inFlight.delete(key);
    if (this.inFlight.size === 0) this.drained.fire();
    const lint = this.waiting.get(key);
    if (lint) {
      this.waiting.delete(key);
      this.commit(lint);
    }
  }

  /** The server's account of a publication; applied once its diagnostics are shown. */
  announced(lint: DidLintParams, key: string): void {
    if (lint.isContract && lint.version === CLOSED_FILE) {
      // A file that is not open (workspace lint): its problems are shown, but it has no document to track.
      this.closedFiles.add(key);
      return;
    }
    const keyed = { ...lint, uri: key };
    if (!lint.isContract || !this.inFlight.has(key)) {
      this.waiting.delete(key);
      this.commit(keyed);
    } else this.waiting.set(key, keyed);
  }

  private commit(lint: DidLintParams): void {
    const had = this.lints.has(lint.uri);
    if (lint.isContract) this.lints.set(lint.uri, lint);
    else this.lints.delete(lint.uri);
    if (lint.isContract || had) this.changed.fire(vscode.Uri.parse(lint.uri));
  }

  /**
   * A file was opened: true when the problems shown for it were found while it was closed, so they may be older than
   * its text; the server lints the open document at once.
   */
  opened(uri: vscode.Uri): boolean {
    return this.closedFiles.delete(uri.toString());
  }

  get(uri: vscode.Uri): DidLintParams | undefined {
    return this.lints.get(uri.toString());
  }

  /** The findings of exactly this version of the document, or undefined when they are older or not shown yet. */
  current(document: vscode.TextDocument): DidLintParams | undefined {
    const lint = this.get(document.uri);
    return lint && lint.version === document.version ? lint : undefined;
  }

  versionOf(uri: vscode.Uri): number | undefined {
    return this.get(uri)?.version;
  }

  uris(): string[] {
    return [...this.lints.keys()];
  }

  /** Resolves once every diagnostic that arrived from the server is shown. */
  idle(): Promise<void> {
    if (this.inFlight.size === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const listener = this.drained.event(() => {
        listener.dispose();
        resolve();
      });
    });
  }

  /** Resolves once no announced publication of this document waits to be shown. */
  settled(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    if (!this.waiting.has(key)) return Promise.resolve();
    return new Promise((resolve) => {
      const listener = this.onDidChange((changed) => {
        if (changed.toString() === key && !this.waiting.has(key)) {
          listener.dispose();
          resolve();
        }
      });
    });
  }

  /** A new server: nothing it publishes is in flight yet. */
  reset(): void {
    this.inFlight.clear();
    this.waiting.clear();
    this.drained.fire();
  }

  dispose(): void {
    this.changed.dispose();
    this.drained.dispose();
    this.lints.clear();
  }
}

/** The version the server gives the lint of a file that is not open. */
const CLOSED_FILE = -1;

/** The documents the server looks at: YAML files and unsaved YAML buffers. */
const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'yaml' },
  { scheme: 'untitled', language: 'yaml' },
];

export interface ContractClient extends vscode.Disposable {
  readonly client: LanguageClient;
  readonly state: LintState;
  /** Resolves once the server runs (again, after a restart). */
  ready(): Promise<void>;
  /** Stops the server; resolves once it has exited. */
  stop(): Promise<void>;
}

export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): ContractClient {
  const state = new LintState();
  const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy'] } },
  };
  const keyOf = (uri: string): string => client.protocol2CodeConverter.asUri(uri).toString();
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    diagnosticCollectionName: DIAGNOSTIC_SOURCE,
    outputChannel: loggingChannel(output),
    // Read each time the server starts: a restart after the user trusts the workspace starts it trusted.
    initializationOptions: (): InitializationOptions => ({
      trusted: vscode.workspace.isTrusted,
      clientCommands: true,
      didLint: true,
    }),
    synchronize: { configurationSection: 'dclens' },
    // The hover's links run only the extension's own commands.
    markdown: { isTrusted: { enabledCommands: [...MARKDOWN_COMMAND_IDS] }, supportHtml: false },
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => {
        next(uri, diagnostics);
        state.shown(uri.toString());
      },
      provideCodeLenses: (document, token, next) =>
        // Switching the lens off takes effect at once, without waiting for the server to read the setting.
        readSettings(document).codeLensEnable ? next(document, token) : [],
      workspace: {
        configuration: async (params, token, next) => {
          const answer = await next(params, token);
          // VS Code shows a diagnostic's message above the hover: the hover names the rule with a link to its page.
          return Array.isArray(answer)
            ? answer.map((value, i) =>
                params.items[i]?.section === 'dclens' && typeof value === 'object' && value !== null
                  ? { ...value, problemsInHover: true }
                  : value,
              )
            : answer;
        },
      },
    },
  };
  const client = new LanguageClient('dclens', 'Data Contract Lens', serverOptions, clientOptions);
  // Note when diagnostics arrive, before VS Code converts and shows them (the protocol library has no hook for it).
  const internals = client as unknown as { handleDiagnostics?: (params: { uri: string }) => void };
  const handle = internals.handleDiagnostics;
  if (typeof handle === 'function') {
    internals.handleDiagnostics = (params) => {
      state.arrived(keyOf(params.uri));
      handle.call(client, params);
    };
  }
  const disposables: vscode.Disposable[] = [
    state,
    client.onNotification(DID_LINT, (params: DidLintParams) => state.announced(params, keyOf(params.uri))),
    // Problems a workspace lint found in a file while it was closed give way to the lint of the open document, so
    // nothing acts on findings of another text meanwhile.
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (state.opened(document.uri)) client.diagnostics?.delete(document.uri);
    }),
  ];
  let starting: Promise<void> = client.start();
  const logFailure = (error: unknown) =>
    output.error(`The language server did not start: ${error instanceof Error ? error.message : String(error)}`);
  starting.catch(logFailure);
  disposables.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      // The server reads .dclens.yaml, catalogues and git only when started trusted.
      output.info('Workspace trusted: restarting the language server with the folder’s configuration and catalogue.');
      state.reset();
      starting = client.restart();
      starting.catch(logFailure);
    }),
  );
  return {
    client,
    state,
    ready: () => starting,
    stop: () => (client.needsStop() ? client.stop().catch(() => undefined) : Promise.resolve()),
    dispose: () => {
      for (const d of disposables) d.dispose();
      if (client.needsStop()) void client.stop().catch(() => undefined);
    },
  };
}

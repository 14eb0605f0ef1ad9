// A plain LSP client for the tests: starts the built server as a child process and speaks JSON-RPC over its stdio,
// as an editor would. Waits are on messages the server sends, each with a bounded timeout, never a sleep.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { build } from 'esbuild';
import { REPO } from '../cli/run-cli';

/** Where this run's bundles are: a private folder, so a build of the whole project by anyone else cannot interfere. */
const BUNDLES = mkdtempSync(path.join(tmpdir(), 'dclens-lsp-bundle-'));
process.on('exit', () => rmSync(BUNDLES, { recursive: true, force: true }));
// The database clients the bundles leave out load from the project's node_modules, as they do beside dist/.
symlinkSync(path.join(REPO, 'node_modules'), path.join(BUNDLES, 'node_modules'), 'dir');
export const SERVER = path.join(BUNDLES, 'server.js');
export const CLI = path.join(BUNDLES, 'cli.js');

let bundled: Promise<unknown> | undefined;

/** Bundles the server and the CLI once per run, with the options of scripts/build.mjs (dist/server.js, dist/cli.js). */
export function bundleServer(): Promise<unknown> {
  const importMetaUrl = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
    absWorkingDir: REPO,
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: importMetaUrl },
  } as const;
  bundled ??= Promise.all([
    build({ ...common, entryPoints: ['src/server/main.ts'], outfile: SERVER, external: ['@duckdb/node-api', 'pg'] }),
    // As in scripts/build.mjs: the database clients of `dclens test` load from node_modules, never bundled.
    build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: CLI, external: ['@duckdb/node-api', 'pg'] }),
  ]);
  return bundled;
}

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
  data?: unknown;
}
export interface PublishDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}
export interface TextEdit {
  range: Range;
  newText: string;
}

export interface StartOptions {
  /** Workspace folder (absolute path). */
  root?: string;
  initializationOptions?: unknown;
  /** The `dclens` section answered to workspace/configuration (undefined: the client does not support it). */
  settings?: Record<string, unknown>;
  /** Start `dist/cli.js lsp --stdio` instead of `dist/server.js --stdio`. */
  viaCli?: boolean;
  /** Start this copy of the server bundle instead (e.g. one without node_modules beside it, as in the .vsix). */
  serverPath?: string;
  /** Announce dynamic registration of file watchers (as VS Code does). */
  watchFiles?: boolean;
}

export class LspClient {
  readonly diagnostics: PublishDiagnostics[] = [];
  readonly logs: string[] = [];
  readonly registrations: string[] = [];
  /** window/showMessage texts, and the URIs the server asked to show (window/showDocument). */
  readonly messages: string[] = [];
  readonly shownDocuments: string[] = [];
  stderr = '';
  private readonly listeners = new Set<() => void>();
  private exited?: number | null;
  private readonly exitListeners: Array<(code: number | null) => void> = [];

  private constructor(
    readonly process: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
  ) {
    process.stderr.on('data', (chunk: Buffer) => void (this.stderr += chunk.toString()));
    process.on('exit', (code) => {
      this.exited = code;
      for (const l of this.exitListeners) l(code);
    });
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnostics) => {
      this.diagnostics.push(params);
      this.changed();
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
      this.changed();
    });
    connection.onRequest('client/registerCapability', (params: { registrations: Array<{ method: string }> }) => {
      this.registrations.push(...params.registrations.map((r) => r.method));
      return null;
    });
    connection.onRequest('workspace/codeLens/refresh', () => null);
    connection.onNotification('window/showMessage', (params: { message: string }) => {
      this.messages.push(params.message);
      this.changed();
    });
    connection.onRequest('window/showDocument', (params: { uri: string }) => {
      this.shownDocuments.push(params.uri);
      return { success: true };
    });
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    await bundleServer();
    const args = options.viaCli ? [CLI, 'lsp', '--stdio'] : [options.serverPath ?? SERVER, '--stdio'];
    const child = spawn(process.execPath, args, {
      cwd: options.root ?? REPO,
      env: { ...process.env, DCLENS_TODAY: '2026-06-01' },
    });
    const reader = new StreamMessageReader(child.stdout);
    // No partial-message timer: the reader re-arms it every 10 s for as long as half a message is buffered, and
    // disposing the connection does not clear it, so a server ended mid-message would keep mocha from exiting.
    reader.partialMessageTimeout = 0;
    const connection = createMessageConnection(reader, new StreamMessageWriter(child.stdin));
    const client = new LspClient(child, connection);
    if (options.settings) {
      const settings = options.settings;
      connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
        params.items.map(() => settings),
      );
    }
    connection.listen();
    const rootUri = options.root ? pathToFileURL(options.root).href : null;
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'workspace' }] : null,
      initializationOptions: options.initializationOptions,
      capabilities: {
        workspace: {
          configuration: options.settings !== undefined,
          didChangeWatchedFiles: { dynamicRegistration: options.watchFiles === true },
          codeLens: { refreshSupport: true },
        },
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        },
      },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  initializeResult: unknown;

  private changed(): void {
    for (const l of [...this.listeners]) l();
  }

  /** Resolves with the first value `probe` returns (checked now and after every message), or fails after `ms`. */
  waitFor<T>(probe: () => T | undefined, what: string, ms = 60000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = probe();
        if (value === undefined) return false;
        this.listeners.delete(check);
        clearTimeout(timer);
        resolve(value);
        return true;
      };
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(
          new Error(
            `timed out after ${ms} ms waiting for ${what}; stderr: ${this.stderr.slice(-2000)}; logs: ${this.logs.join(' | ')}`,
          ),
        );
      }, ms);
      if (!check()) this.listeners.add(check);
    });
  }

  /** The first diagnostics for `uri` published after the `after`-th publication, matching `accept` (within `ms`). */
  nextDiagnostics(
    uri: string,
    accept: (p: PublishDiagnostics) => boolean = () => true,
    after = this.diagnostics.length,
    ms?: number,
  ): Promise<PublishDiagnostics> {
    return this.waitFor(
      () => this.diagnostics.slice(after).find((p) => p.uri === uri && accept(p)),
      `diagnostics for ${uri}`,
      ms,
    );
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'yaml', version, text },
    });
  }

  change(uri: string, text: string, version: number): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  /** Shuts down and exits as a client does; resolves with the server's exit code. */
  async stop(): Promise<number | null> {
    if (this.exited !== undefined) return this.exited;
    const exit = new Promise<number | null>((resolve) => this.exitListeners.push(resolve));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exit;
    this.connection.dispose();
    return code;
  }

  /** Ends the server without the protocol (after a failed test). */
  kill(): void {
    if (this.exited === undefined) this.process.kill();
    this.connection.dispose();
  }

  get exitCode(): number | null | undefined {
    return this.exited;
  }
}

/** A copy of `examples/` in a fresh temporary folder (outside any git repository). */
export function copyExamples(): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'dclens-lsp-'));
  cpSync(path.join(REPO, 'examples'), dir, { recursive: true });
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export const uriOf = (file: string): string => pathToFileURL(file).href;

/** Applies LSP text edits (non-overlapping) to a text. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: Position) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

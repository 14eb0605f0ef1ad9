// Keeps each open contract's diagnostics in step with its text: lint on open and save at once, as you type after a
// pause (`debounceMs`). A newer version cancels an older lint: its timer is dropped, and a lint whose text changed
// while it waited or ran publishes nothing, so the diagnostics published are always those of the newest text.
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DID_LINT, type DidLintParams } from './protocol';
import type { ServerService, ServiceDocument } from './service';
import type { ServerSettings } from './settings';
import type { ServerWorkspace } from './workspace';

/** Documents longer than this are announced in the log before they are checked (a check then takes seconds). */
const LARGE_DOCUMENT_LINES = 20000;

/**
 * Lets messages already received be handled (and written ones be sent) before going on. The protocol library reads
 * a message, decodes it and dispatches it each in a later turn of the event loop, so one turn is not enough.
 */
async function nextTurn(): Promise<void> {
  for (let turn = 0; turn < 4; turn++) await new Promise((resolve) => setImmediate(resolve));
}

export function serviceDocument(document: TextDocument): ServiceDocument {
  return { uri: document.uri, text: document.getText(), version: document.version };
}

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Documents whose last publication was not empty, so that clearing them is needed. */
  private readonly published = new Set<string>();
  private disposed = false;
  /** Diagnostics other parts of the server add to a document's lint findings (the last data test run's). */
  extra: (uri: string) => Diagnostic[] = () => [];
  /** The last lint findings published for each document, to publish again when the extra diagnostics change. */
  private readonly lastLint = new Map<string, { version: number | undefined; diagnostics: Diagnostic[] }>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly service: ServerService,
    private readonly workspace: ServerWorkspace,
    private readonly settings: (uri: string) => Promise<ServerSettings>,
    private readonly onLinted: () => void,
    /** Send `dclens/didLint` after each publication (the VS Code client asks for it). */
    private readonly announce = false,
  ) {}

  /** Lints after `delay` ms, replacing any lint of the same document still waiting. */
  schedule(uri: string, delay: number): void {
    if (this.disposed) return;
    this.cancel(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.lint(uri).catch((error: unknown) => {
          // Reading the configuration or the settings failed: said in the log; the server goes on.
          this.connection.console.error(
            `Could not check ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
          );
        });
      }, delay),
    );
  }

  lintAllOpen(): void {
    for (const document of this.documents.all()) this.schedule(document.uri, 0);
  }

  /** Lints every open document now and resolves once each one's diagnostics are published. */
  async lintAllOpenNow(): Promise<void> {
    for (const document of this.documents.all()) {
      this.cancel(document.uri);
      await this.lint(document.uri);
    }
  }

  /** Lints an open document now; resolves with the number of diagnostics published (undefined: none published). */
  async lintNow(uri: string): Promise<number | undefined> {
    this.cancel(uri);
    return this.lint(uri);
  }

  /**
   * Lints a file that is not open (its text read from disk) and publishes its diagnostics; the number published,
   * or undefined when it is not a contract, switched off or ignored.
   */
  async lintClosed(uri: string, text: string): Promise<number | undefined> {
    const settings = await this.settings(uri);
    const document = { uri, text, version: -1 };
    if (this.disposed || !settings.enable || !this.service.isCandidate(document) || this.workspace.isIgnored(uri))
      return undefined;
    let diagnostics: Diagnostic[];
    try {
      const linted = this.service.lint(document);
      if (!linted.isContract) return undefined;
      diagnostics = linted.diagnostics;
    } finally {
      this.service.forget(uri);
    }
    await this.publish(uri, undefined, diagnostics, true);
    return diagnostics.length;
  }

  /** Publishes the last lint findings of `uri` again, with the extra diagnostics as they are now. */
  async republish(uri: string): Promise<void> {
    const last = this.lastLint.get(uri);
    const diagnostics = [...(last?.diagnostics ?? []), ...this.extra(uri)];
    if (diagnostics.length > 0) this.published.add(uri);
    else if (!this.published.delete(uri)) return;
    await this.connection.sendDiagnostics({ uri, version: last?.version, diagnostics });
  }

  forget(uri: string): void {
    this.lastLint.delete(uri);
    this.cancel(uri);
    this.service.forget(uri);
    if (this.published.delete(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    if (this.announce) void this.sendDidLint({ uri, version: -1, isContract: false, problems: 0, ruleIds: [] });
  }

  dispose(): void {
    this.disposed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(uri);
  }

  private async lint(uri: string): Promise<number | undefined> {
    const waiting = this.documents.get(uri);
    if (!waiting) return undefined;
    const version = waiting.version;
    const settings = await this.settings(uri);
    const document = this.documents.get(uri);
    // A newer text arrived meanwhile: its own lint publishes.
    if (this.disposed || !document || document.version !== version || this.timers.has(uri)) return undefined;
    const text = serviceDocument(document);
    if (!settings.enable || !this.service.isCandidate(text) || this.workspace.isIgnored(uri)) {
      this.forget(uri);
      return undefined;
    }
    if (document.lineCount > LARGE_DOCUMENT_LINES) {
      // A long check blocks the server: say why in the log, and let a change that is already on its way cancel it.
      this.connection.console.info(`Checking ${uri} (${document.lineCount} lines)…`);
      await nextTurn();
      if (this.disposed || this.documents.get(uri)?.version !== version || this.timers.has(uri)) return undefined;
    }
    let diagnostics: Diagnostic[];
    let isContract = false;
    try {
      const linted = this.service.lint(text);
      isContract = linted.isContract;
      diagnostics = linted.isContract ? linted.diagnostics : [];
    } catch (error) {
      // A bug in the engine must not take the server down: say so in the log, show nothing for this text.
      this.connection.console.error(
        `Could not check ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      diagnostics = [];
    }
    // A change that arrived while a long lint ran is still unread: let it in, and publish only if it did not replace
    // this text (its own lint publishes then).
    await nextTurn();
    if (this.disposed || this.documents.get(uri)?.version !== version) return undefined;
    await this.publish(uri, version, diagnostics, isContract, text);
    this.onLinted();
    return isContract ? diagnostics.length : undefined;
  }

  private async publish(
    uri: string,
    version: number | undefined,
    diagnostics: Diagnostic[],
    isContract: boolean,
    text?: ServiceDocument,
  ): Promise<void> {
    this.lastLint.set(uri, { version, diagnostics });
    const shown = [...diagnostics, ...this.extra(uri)];
    if (shown.length > 0) this.published.add(uri);
    else this.published.delete(uri);
    await this.connection.sendDiagnostics({ uri, version, diagnostics: shown });
    if (!this.announce) return;
    const params: DidLintParams = {
      uri,
      version: version ?? -1,
      isContract,
      problems: diagnostics.length,
      ruleIds: diagnostics.map((d) => String(d.code ?? '')),
    };
    if (isContract && text) {
      try {
        const score = this.service.score(text).contracts[0];
        const title = this.service.codeLenses(text)[0]?.command.title;
        if (score && title) params.score = { overall: score.overall, title };
      } catch (error) {
        this.connection.console.error(
          `Could not score ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      }
    }
    await this.sendDidLint(params);
  }

  private sendDidLint(params: DidLintParams): Promise<void> {
    return this.connection.sendNotification(DID_LINT, params);
  }
}

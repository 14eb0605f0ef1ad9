// Keeps each open contract's diagnostics in step with its text: lint on open and save at once, as you type after a
// pause (`debounceMs`). A newer version cancels an older lint: its timer is dropped, and a lint whose text changed
// while it waited for settings publishes nothing, so the last diagnostics published are always the newest text's.
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerService, ServiceDocument } from './service';
import type { ServerSettings } from './settings';
import type { ServerWorkspace } from './workspace';

export function serviceDocument(document: TextDocument): ServiceDocument {
  return { uri: document.uri, text: document.getText(), version: document.version };
}

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Documents whose last publication was not empty, so that clearing them is needed. */
  private readonly published = new Set<string>();
  private disposed = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly service: ServerService,
    private readonly workspace: ServerWorkspace,
    private readonly settings: (uri: string) => Promise<ServerSettings>,
    private readonly onLinted: () => void,
  ) {}

  /** Lints after `delay` ms, replacing any lint of the same document still waiting. */
  schedule(uri: string, delay: number): void {
    if (this.disposed) return;
    this.cancel(uri);
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      void this.lint(uri);
    }, delay));
  }

  lintAllOpen(): void {
    for (const document of this.documents.all()) this.schedule(document.uri, 0);
  }

  forget(uri: string): void {
    this.cancel(uri);
    this.service.forget(uri);
    if (this.published.delete(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
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

  private async lint(uri: string): Promise<void> {
    const waiting = this.documents.get(uri);
    if (!waiting) return;
    const version = waiting.version;
    const settings = await this.settings(uri);
    const document = this.documents.get(uri);
    // A newer text arrived meanwhile: its own lint publishes.
    if (this.disposed || !document || document.version !== version || this.timers.has(uri)) return;
    const text = serviceDocument(document);
    if (!settings.enable || !this.service.isCandidate(text) || this.workspace.isIgnored(uri)) {
      this.forget(uri);
      return;
    }
    let diagnostics: Diagnostic[];
    try {
      const linted = this.service.lint(text);
      diagnostics = linted.isContract ? linted.diagnostics : [];
    } catch (error) {
      // A bug in the engine must not take the server down: say so in the log, show nothing for this text.
      this.connection.console.error(`Could not check ${uri}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      diagnostics = [];
    }
    if (diagnostics.length > 0) this.published.add(uri);
    else this.published.delete(uri);
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
    this.onLinted();
  }
}

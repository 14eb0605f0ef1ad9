// The score breakdown beside the contract: each area's score, the reasons, what raises it, and links that open the
// contract at the line concerned. Shown in a webview titled "Quality score — <file>"; its links are command URIs
// of `dclens.openAt` (the only command the webview may run), which the extension resolves, so they work in remote
// windows too, where a `file:` URI in a link would name the wrong machine. The same markdown stays readable as a
// virtual document (`dclens-score:` scheme) for anything that wants the text.
import * as vscode from 'vscode';
import { COMMAND_IDS, VSCODE_COMMANDS } from './command-ids';
import { log } from './log';

/** The score pages of a document's current text, one markdown page per contract (from the language server). */
export type ScorePages = (document: vscode.TextDocument) => Promise<string[]>;

export const SCORE_SCHEME = 'dclens-score';
const VIEW_TYPE = 'dclens.scoreView';

export class ScoreViewProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  /** Open panels by contract URI. */
  private readonly panels = new Map<string, { panel: vscode.WebviewPanel; html: string; rendering: Promise<void> }>();

  constructor(private readonly scores: ScorePages) {}

  /** The view's URI for a contract: the contract's URI, wrapped, so the view can find it again. */
  static uriFor(contract: vscode.Uri): vscode.Uri {
    return vscode.Uri.from({ scheme: SCORE_SCHEME, path: `/${scoreTitle(contract)}.md`, query: contract.toString() });
  }

  /** The breakdown of a contract as a markdown document (readable with openTextDocument). */
  textUri(contract: vscode.Uri): vscode.Uri {
    return ScoreViewProvider.uriFor(contract);
  }

  /** Re-renders the view of this contract if it is open. */
  refresh(contract: vscode.Uri): void {
    this.changed.fire(ScoreViewProvider.uriFor(contract));
    const open = this.panels.get(contract.toString());
    if (open) open.rendering = this.render(contract, open.panel);
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    return this.markdown(vscode.Uri.parse(uri.query));
  }

  /** Opens (or reveals) the webview beside the contract and resolves once its HTML is in place. */
  async show(contract: vscode.Uri): Promise<vscode.WebviewPanel> {
    const key = contract.toString();
    const open = this.panels.get(key);
    if (open) {
      open.panel.reveal(vscode.ViewColumn.Beside, true);
      await open.rendering;
      return open.panel;
    }
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      scoreTitle(contract),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      {
        enableScripts: false,
        enableCommandUris: [COMMAND_IDS.openAt],
        localResourceRoots: [],
      },
    );
    const entry = { panel, html: '', rendering: Promise.resolve() };
    this.panels.set(key, entry);
    panel.onDidDispose(() => this.panels.delete(key));
    entry.rendering = this.render(contract, panel);
    await entry.rendering;
    return panel;
  }

  /** The HTML the open view of this contract shows (undefined: no view open). */
  html(contract: vscode.Uri): string | undefined {
    return this.panels.get(contract.toString())?.html;
  }

  private async markdown(contract: vscode.Uri): Promise<string> {
    const document = await vscode.workspace.openTextDocument(contract);
    const pages = await this.scores(document);
    if (pages.length === 0) return '# Quality score\n\nThis file is not a data contract, or it cannot be read yet.\n';
    return pages.join('\n\n---\n\n') + '\n';
  }

  private async render(contract: vscode.Uri, panel: vscode.WebviewPanel): Promise<void> {
    const started = performance.now();
    const body = await markdownToHtml(linksToCommands(await this.markdown(contract), contract));
    const entry = this.panels.get(contract.toString());
    const html = page(panel.webview, scoreTitle(contract), body);
    if (entry?.panel === panel) entry.html = html;
    panel.webview.html = html;
    log.debug(
      `Score view of ${vscode.workspace.asRelativePath(contract)} rendered in ${Math.round(performance.now() - started)} ms`,
    );
  }

  dispose(): void {
    for (const { panel } of this.panels.values()) panel.dispose();
    this.panels.clear();
    this.changed.dispose();
  }
}

/** "Quality score — orders.odcs.yaml": the tab title. */
export function scoreTitle(contract: vscode.Uri): string {
  return `Quality score — ${contract.path.split('/').pop() || 'contract'}`;
}

/** A command URI that opens the contract with the line selected (line 1-based; none: the top of the file). */
export function openAtLineCommand(contract: vscode.Uri, line?: number): string {
  const args = line === undefined ? [contract.toString()] : [contract.toString(), line];
  return `command:${COMMAND_IDS.openAt}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** What a score view link runs: the contract in an editor, the line (1-based) selected and revealed. */
export async function openAt(uri: string, line?: number): Promise<vscode.TextEditor | undefined> {
  if (typeof uri !== 'string') return undefined;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const at = typeof line === 'number' && line >= 1 ? Math.min(line - 1, document.lineCount - 1) : 0;
  const position = new vscode.Position(at, 0);
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: vscode.ViewColumn.One,
    selection: new vscode.Range(position, position),
  });
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** Markdown renderers refuse `file:` links (they show as raw text): every link to the contract becomes a command. */
function linksToCommands(markdown: string, contract: vscode.Uri): string {
  const target = contract.toString();
  const escaped = target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return markdown.replace(
    new RegExp(`\\]\\(${escaped}(?:#L(\\d+))?\\)`, 'g'),
    (_, line: string | undefined) => `](${openAtLineCommand(contract, line === undefined ? undefined : Number(line))})`,
  );
}

/** VS Code's own markdown renderer (the built-in Markdown extension); escaped plain text when it is not there. */
async function markdownToHtml(markdown: string): Promise<string> {
  try {
    const html = await vscode.commands.executeCommand<string>(VSCODE_COMMANDS.renderMarkdown, markdown);
    if (typeof html === 'string' && html.length > 0) return html;
  } catch (error) {
    log.warn(
      `The Markdown extension could not render the score view; showing plain text (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  return `<pre>${escapeHtml(markdown)}</pre>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function page(webview: vscode.Webview, title: string, body: string): string {
  // No scripts; styles inline only; links are command URIs the webview options allow.
  const csp = `default-src 'none'; style-src ${webview.cspSource} 'unsafe-inline'; img-src ${webview.cspSource} data:;`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 20px 20px; line-height: 1.5; }
a { color: var(--vscode-textLink-foreground); }
a:hover { color: var(--vscode-textLink-activeForeground); }
table { border-collapse: collapse; }
th, td { padding: 2px 10px; border-bottom: 1px solid var(--vscode-editorWidget-border, transparent); }
td:nth-child(3) { font-family: var(--vscode-editor-font-family); }
h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 1.4em; }
</style>
</head>
<body>
${body}
</body>
</html>`;
}

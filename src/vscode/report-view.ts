// "Open data quality report": the report of `dclens report --format html` for the whole workspace, in a webview.
// The page comes from the language server (`dclens/report`), which finds the figures as the Problems panel does;
// its content security policy allows nothing remote and only its own script (sorting, links), which carries a nonce.
// A link to a contract posts a message and the contract opens in an editor. Saving a YAML file refreshes the view.
import * as vscode from 'vscode';
import { REPORT, type ReportParams, type ReportResult } from '../server/protocol';
import type { ContractClient } from './client';
import { COMMAND_IDS } from './command-ids';
import { log } from './log';
import { WORKSPACE_EXCLUDE } from './workspace-lint';

const VIEW_TYPE = 'dclens.reportView';
const TITLE = 'Data quality report';

export interface ReportView extends vscode.Disposable {
  /** Opens (or reveals) the report and resolves once its HTML is in place. */
  show(): Promise<vscode.WebviewPanel>;
  /** The HTML the open report shows (undefined: none open). */
  html(): string | undefined;
  /** Fires each time the open report has rendered anew. */
  onDidRender: vscode.Event<void>;
  /** What a link's message does: opens the file the report names by this path; false for any other path. */
  openLinked(file: unknown): Promise<boolean>;
}

export function registerReportView(contracts: ContractClient): ReportView {
  let panel: vscode.WebviewPanel | undefined;
  let html: string | undefined;
  /** The URI of each contract the page links to, by the path it names it with. */
  let files: Record<string, string> = {};
  let rendering: Promise<void> = Promise.resolve();
  let pending: vscode.CancellationTokenSource | undefined;
  const rendered = new vscode.EventEmitter<void>();

  const render = async (view: vscode.WebviewPanel): Promise<void> => {
    pending?.cancel();
    const cancel = (pending = new vscode.CancellationTokenSource());
    const started = performance.now();
    try {
      await contracts.ready();
      const uris = await vscode.workspace.findFiles('**/*.{yaml,yml}', WORKSPACE_EXCLUDE, undefined, cancel.token);
      const params: ReportParams = { uris: uris.map((u) => u.toString()) };
      const result = await contracts.client.sendRequest<ReportResult>(REPORT, params, cancel.token);
      if (cancel.token.isCancellationRequested || panel !== view) return;
      files = result.files;
      html = result.html;
      view.webview.html = result.html;
      rendered.fire();
      log.info(`Report of ${result.contracts} contracts shown in ${Math.round(performance.now() - started)} ms.`);
    } catch (error) {
      if (cancel.token.isCancellationRequested) return;
      const message = error instanceof Error ? error.message : String(error);
      log.error(`The data quality report could not be made: ${message}`);
      if (panel === view) view.webview.html = messagePage(`Could not make the data quality report: ${message}`);
      void vscode.window.showErrorMessage(`Could not make the data quality report: ${message}`);
    } finally {
      if (pending === cancel) pending = undefined;
      cancel.dispose();
    }
  };

  const open = async (file: unknown): Promise<boolean> => {
    const uri = typeof file === 'string' && Object.hasOwn(files, file) ? files[file] : undefined;
    // Only the files the report named: a message cannot open anything else.
    if (!uri) return false;
    await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preview: false, viewColumn: vscode.ViewColumn.One });
    return true;
  };

  const show = async (): Promise<vscode.WebviewPanel> => {
    if (panel) {
      panel.reveal(undefined, false);
      await rendering;
      return panel;
    }
    const view = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      TITLE,
      { viewColumn: vscode.ViewColumn.Active, preserveFocus: false },
      // Scripts only for the page's own script, which its content security policy admits by nonce.
      { enableScripts: true, enableCommandUris: false, localResourceRoots: [], retainContextWhenHidden: false },
    );
    panel = view;
    view.webview.html = messagePage('Measuring the contracts of the workspace…');
    const messages = view.webview.onDidReceiveMessage((message: { type?: unknown; file?: unknown }) => {
      if (message?.type === 'open') void open(message.file);
    });
    view.onDidDispose(() => {
      messages.dispose();
      if (panel === view) {
        panel = undefined;
        html = undefined;
        pending?.cancel();
      }
    });
    rendering = render(view);
    await rendering;
    return view;
  };

  const disposables: vscode.Disposable[] = [
    vscode.commands.registerCommand(COMMAND_IDS.openReport, async () => {
      await show();
    }),
    // A saved contract (or configuration, or catalogue file) may change the figures.
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (panel && /\.ya?ml$/i.test(document.uri.path)) rendering = render(panel);
    }),
  ];

  return {
    show,
    html: () => html,
    onDidRender: rendered.event,
    openLinked: open,
    dispose: () => {
      rendered.dispose();
      pending?.cancel();
      panel?.dispose();
      for (const d of disposables) d.dispose();
    },
  };
}

/** A page of one sentence: while the report is made, or why it could not be. */
function messagePage(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'">
<title>${TITLE}</title></head>
<body><p>${escaped}</p></body></html>`;
}

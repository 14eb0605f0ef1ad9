// Shared steps for the in-editor tests. Everything waits on VS Code events, never on a fixed delay.
import { appendFileSync } from 'node:fs';
import * as assert from 'node:assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'data-contract-lens.data-contract-lens';

export interface DclensApi {
  contractUris(): string[];
  activationMs: number;
}

export async function activateExtension(): Promise<DclensApi> {
  const extension = vscode.extensions.getExtension<DclensApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is installed`);
  return extension.activate();
}

export function workspaceUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'dclens');
}

/** Resolves with our diagnostics for `uri` as soon as `accept` holds for them (checked now and on every change). */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what = 'diagnostics',
  timeoutMs = 15000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const current = ours(uri);
      if (!accept(current)) return false;
      cleanup();
      resolve(current);
      return true;
    };
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      const now = ours(uri).map((d) => `${d.range.start.line}:${d.range.start.character} ${codeOf(d)} ${d.message}`);
      reject(new Error(`timed out waiting for ${what} on ${uri.path}; now: ${JSON.stringify(now, null, 1)}`));
    }, timeoutMs);
    function cleanup(): void {
      clearTimeout(timer);
      listener.dispose();
    }
    check();
  });
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

/** Opens a workspace file in an editor and waits until the extension has published its findings. */
export async function openContract(
  relativePath: string,
  ready: (diagnostics: vscode.Diagnostic[]) => boolean = (d) => d.length > 0,
): Promise<{ editor: vscode.TextEditor; diagnostics: vscode.Diagnostic[] }> {
  const uri = workspaceUri(relativePath);
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  // A document reopened after a revert may still show the findings of its edited text for a moment: wait for
  // the state the test needs, not just any findings.
  const diagnostics = await waitForDiagnostics(uri, ready, 'the expected findings');
  return { editor, diagnostics };
}

/** Closes every editor and reverts edits, so each test starts from the files on disk. */
export async function closeAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (document.isDirty && (document.uri.scheme === 'file' || document.uri.scheme === 'untitled')) {
      await vscode.window.showTextDocument(document);
      // Untitled documents too: a dirty one left open would ask to be saved and block closing.
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The text of a line, found by its content (fixtures change; line numbers in tests should not be magic). */
export function lineOf(document: vscode.TextDocument, needle: string): number {
  for (let i = 0; i < document.lineCount; i++) if (document.lineAt(i).text.includes(needle)) return i;
  throw new Error(`no line contains ${JSON.stringify(needle)}`);
}

export function rangeOf(document: vscode.TextDocument, needle: string): vscode.Range {
  const line = lineOf(document, needle);
  const start = document.lineAt(line).text.indexOf(needle);
  return new vscode.Range(line, start, line, start + needle.length);
}

export interface TestApi extends DclensApi {
  restrictedNotice: 'trusted' | 'shown' | 'shown before';
  onDidLint: vscode.Event<vscode.Uri>;
  lintedVersion(uri: vscode.Uri): number | undefined;
  whenCatalogueLoaded(uri: vscode.Uri): Promise<void>;
  statusBarText(): string | undefined;
}

/** Resolves once the findings of the document's current text are published (clean ones too). */
export async function linted(document: vscode.TextDocument, timeoutMs = 15000): Promise<void> {
  const api = (await activateExtension()) as TestApi;
  const done = () => api.lintedVersion(document.uri) === document.version;
  if (done()) return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`${document.uri.toString()} version ${document.version} not linted within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = api.onDidLint(() => {
      if (done()) {
        clearTimeout(timer);
        listener.dispose();
        resolve();
      }
    });
  });
}

export function errorsOf(uri: vscode.Uri): string[] {
  return ours(uri)
    .filter((d) => d.severity === vscode.DiagnosticSeverity.Error)
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
}

/** A line in the run's report (the extension host's console does not reach the runner's output). */
export function note(text: string): void {
  const logFile = process.env.VSCODE_E2E_LOG;
  if (logFile) appendFileSync(logFile, text + '\n');
  else console.log(text);
}

/** Resolves when a tab whose label matches is open (previews, webviews and the walkthrough open asynchronously). */
export function waitForTab(pattern: RegExp, timeoutMs = 15000): Promise<vscode.Tab> {
  const find = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => pattern.test(t.label));
  return new Promise((resolve, reject) => {
    const found = find();
    if (found) {
      resolve(found);
      return;
    }
    const timer = setTimeout(() => {
      listener.dispose();
      reject(
        new Error(
          `no tab matching ${pattern}; open: ${vscode.window.tabGroups.all
            .flatMap((g) => g.tabs)
            .map((t) => t.label)
            .join(' | ')}`,
        ),
      );
    }, timeoutMs);
    const listener = vscode.window.tabGroups.onDidChangeTabs(() => {
      const tab = find();
      if (tab) {
        clearTimeout(timer);
        listener.dispose();
        resolve(tab);
      }
    });
  });
}

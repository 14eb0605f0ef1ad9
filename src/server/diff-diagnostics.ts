// What breaks since the base version in git, while the contract is edited (setting `dclens.diff.showBreakingChanges`,
// trusted workspaces only): the breaking and warning changes of `dclens diff` as diagnostics beside the lint
// findings, a CodeLens on `version:` with the version verdict, the quick fix "Bump version to X", and the base text
// for "Compare with base". Git runs through src/node/git-show.ts; the base commit is found again when the contract
// is opened or saved, HEAD moves or the settings change, and the file's text at a commit is read once.
import { isMap, isScalar } from 'yaml';
import {
  DiagnosticSeverity,
  type CodeAction,
  type CodeLens,
  type Connection,
  type Diagnostic,
  type Range,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { diffContracts, nextVersion, parseSemver, parseYamlFile, type ContractDiff } from '../engine';
import { baseCommit, GitProblem, textAtCommit } from '../node/git-show';
import type { DiagnosticsScheduler } from './diagnostics';
import { BASE_TEXT, type BaseTextParams, type BaseTextResult } from './protocol';
import type { ServerSettings } from './settings';
import { filePathOf, type ServerWorkspace } from './workspace';

/** The `source` of the diagnostics of changes since the base version. */
export const DIFF_SOURCE = 'dclens diff';
/** The files git changes when HEAD moves (a checkout, a commit, a pull): the base is found again. */
export const GIT_HEAD_GLOB = '**/.git/{HEAD,packed-refs,refs/heads/**}';
export const GIT_HEAD_FILE = /\/\.git\/(HEAD|packed-refs|refs\/heads\/.+)$/;

/** The command of the version CodeLens: the VS Code client opens its diff editor. */
export const COMPARE_WITH_BASE = 'dclens.compareWithBase';

export const UNTRUSTED_DIFF_MESSAGE =
  'Compare with base reads git history, which Data Contract Lens does only in a trusted workspace: trust this folder first.';

/** The base version of a file: its text and the branch it is from, or why there is none. */
type Base = { text: string; label: string } | { problem: string };

interface Compared {
  /** The text the changes were found in: their lines are in it. */
  text: string;
  diff: ContractDiff;
  label: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The version the changes need, when the base version can be read and the head one does not say enough. */
export function neededVersion(diff: ContractDiff): string | undefined {
  const v = diff.version;
  if (v.ok || v.required === 'none' || v.base === null) return undefined;
  const base = parseSemver(v.base);
  return base ? nextVersion(base, v.required) : undefined;
}

/** "2 breaking changes since main — needs 2.0.0", "No breaking changes since main", "Version 1.3.0 fits …". */
export function verdictTitle(diff: ContractDiff, label: string): string {
  const { version, summary } = diff;
  if (version.required === 'none') return `No breaking changes since ${label}`;
  if (version.ok) return `Version ${version.head ?? ''} fits the changes since ${label}`;
  const needed = neededVersion(diff);
  const what = summary.breaking > 0 ? plural(summary.breaking, 'breaking change') : 'Changes';
  return `${what} since ${label} — ${needed ? `needs ${needed}` : (version.problem ?? `needs a ${version.required} version`)}`;
}

/** The top-level `version` value of the first contract in the text: its range in the text, and the range of the key. */
function versionNode(text: string): { start: number; end: number; keyStart: number } | undefined {
  const parsed = parseYamlFile(text).documents[0];
  const contents = parsed?.doc.contents;
  if (!isMap(contents)) return undefined;
  const pair = contents.items.find((p) => isScalar(p.key) && p.key.value === 'version');
  if (!pair || !isScalar(pair.key) || !pair.key.range) return undefined;
  const value = isScalar(pair.value) && pair.value.range ? pair.value.range : undefined;
  if (!value) return undefined;
  return { start: value[0], end: value[1], keyStart: pair.key.range[0] };
}

/** The 0-based line of `version:` (the first line when there is none). */
export function versionLine(document: TextDocument): number {
  const node = versionNode(document.getText());
  return node ? document.positionAt(node.keyStart).line : 0;
}

/**
 * The edit that sets the version to `to`, keeping its quotes; undefined when the text has no version scalar or the
 * edited text would not read back as `to`.
 */
export function bumpEdit(document: TextDocument, to: string): { range: Range; newText: string } | undefined {
  const text = document.getText();
  const node = versionNode(text);
  if (!node) return undefined;
  let { start, end } = node;
  const quote = text[start];
  if ((quote === '"' || quote === "'") && text[end - 1] === quote && end - start >= 2) {
    start += 1;
    end -= 1;
  }
  const edited = text.slice(0, start) + to + text.slice(end);
  const again = parseYamlFile(edited).documents[0]?.value as { version?: unknown } | undefined;
  if (again?.version !== to) return undefined;
  return { range: { start: document.positionAt(start), end: document.positionAt(end) }, newText: to };
}

export class DiffDiagnostics {
  /** Per open contract: the base version found when it was opened or last saved (with the base setting used). */
  private readonly bases = new Map<string, { setting: string; base: Promise<Base> }>();
  /** The text of a file at a commit, by `commit:path`: it never changes. */
  private readonly atCommit = new Map<string, Promise<string | undefined>>();
  private readonly compared = new Map<string, Compared>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Each reason a contract has no base is logged once, not at each keystroke. */
  private readonly logged = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspace: ServerWorkspace,
    private readonly scheduler: DiagnosticsScheduler,
    private readonly settings: (uri: string) => Promise<ServerSettings>,
    /** The verdict of a contract changed: the client asks for its code lenses again. */
    private readonly onChanged: () => void,
  ) {
    const others = scheduler.extra;
    scheduler.extra = (uri) => [...others(uri), ...this.diagnostics(uri)];
    documents.onDidOpen((event) => this.schedule(event.document.uri, 0));
    documents.onDidChangeContent((event) => {
      const uri = event.document.uri;
      void this.settings(uri).then((s) => this.timers.has(uri) || this.schedule(uri, s.debounceMs));
    });
    documents.onDidSave((event) => {
      this.bases.delete(event.document.uri);
      this.schedule(event.document.uri, 0);
    });
    documents.onDidClose((event) => {
      const uri = event.document.uri;
      this.cancel(uri);
      this.bases.delete(uri);
      this.compared.delete(uri);
    });
    connection.onRequest(BASE_TEXT, (params: BaseTextParams) => this.baseText(params));
  }

  /** Settings changed, or HEAD moved: find every base again. */
  settingsChanged(): void {
    this.bases.clear();
    for (const document of this.documents.all()) this.schedule(document.uri, 0);
  }

  /** The diagnostics of the changes since the base version: breaking as warnings, warnings as information. */
  diagnostics(uri: string): Diagnostic[] {
    const compared = this.compared.get(uri);
    if (!compared) return [];
    const lines = compared.text.split('\n');
    return compared.diff.changes
      .filter((c) => c.level !== 'info')
      .map((c) => {
        const line = Math.min(Math.max(c.line - 1, 0), lines.length - 1);
        const text = (lines[line] ?? '').replace(/\r$/, '');
        const start = text.length - text.trimStart().length;
        return {
          range: { start: { line, character: start }, end: { line, character: text.length } },
          // Breaking while editing is not an error yet: the version bump or the pull request decides.
          severity: c.level === 'breaking' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
          source: DIFF_SOURCE,
          code: c.type,
          message: `${c.message} (since ${compared.label})`,
        };
      });
  }

  /** The version CodeLens of a contract compared with its base. */
  codeLenses(document: TextDocument): CodeLens[] {
    const compared = this.compared.get(document.uri);
    if (!compared) return [];
    const line = versionLine(document);
    return [
      {
        range: { start: { line, character: 0 }, end: { line, character: 0 } },
        command: {
          title: verdictTitle(compared.diff, compared.label),
          command: COMPARE_WITH_BASE,
          arguments: [document.uri],
        },
      },
    ];
  }

  /**
   * "Bump version to X" on a "dclens diff" diagnostic or on the version line: a suggestion (never preferred, never
   * in fix-all) that edits the version scalar only.
   */
  codeActions(document: TextDocument, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[] {
    const compared = this.compared.get(document.uri);
    if (!compared) return [];
    const needed = neededVersion(compared.diff);
    if (!needed) return [];
    const ours = diagnostics.filter((d) => d.source === DIFF_SOURCE);
    const line = versionLine(document);
    if (ours.length === 0 && !(range.start.line <= line && line <= range.end.line)) return [];
    const edit = bumpEdit(document, needed);
    if (!edit) return [];
    return [
      {
        title: `Bump version to ${needed}`,
        kind: 'quickfix',
        isPreferred: false,
        ...(ours.length > 0 ? { diagnostics: ours } : {}),
        edit: { changes: { [document.uri]: [edit] } },
      },
    ];
  }

  private schedule(uri: string, delay: number): void {
    this.cancel(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.update(uri).catch((error: unknown) => this.logError(`Could not compare ${uri} with its base`, error));
      }, delay),
    );
  }

  private cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(uri);
  }

  private async update(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    const settings = await this.settings(uri);
    const file = filePathOf(uri);
    if (
      !settings.enable ||
      !settings.diffShowBreakingChanges ||
      !this.workspace.trusted ||
      !file ||
      this.workspace.isIgnored(uri)
    )
      return this.clear(uri);
    const version = document.version;
    const text = document.getText();
    const base = await this.baseOf(uri, file, settings.diffBase);
    // A newer text arrived meanwhile: its own comparison follows.
    if (this.documents.get(uri)?.version !== version) return;
    if ('problem' in base) {
      this.logOnce(uri, `No comparison with the base version of ${file}: ${base.problem}`);
      return this.clear(uri);
    }
    const diff = diffContracts(base.text, text);
    if (diff.problem) {
      this.logOnce(uri, `No comparison with the base version of ${file}: ${diff.problem}`);
      return this.clear(uri);
    }
    this.compared.set(uri, { text, diff, label: base.label });
    await this.scheduler.republish(uri);
    this.onChanged();
  }

  private async clear(uri: string): Promise<void> {
    if (!this.compared.delete(uri)) return;
    await this.scheduler.republish(uri);
    this.onChanged();
  }

  private baseOf(uri: string, file: string, setting: string): Promise<Base> {
    const known = this.bases.get(uri);
    if (known && known.setting === setting) return known.base;
    const base = this.readBase(file, setting);
    this.bases.set(uri, { setting, base });
    return base;
  }

  /** The file at the base commit, read through git; a missing repository or file is a reason, never an error. */
  private async readBase(file: string, setting: string): Promise<Base> {
    const name = file.split(/[\\/]/).pop() ?? file;
    try {
      const at = await baseCommit(file, setting === '' ? undefined : setting);
      const key = `${at.commit}:${at.relative}`;
      let text = this.atCommit.get(key);
      if (!text) {
        text = textAtCommit(at);
        this.atCommit.set(key, text);
        text.catch(() => this.atCommit.delete(key));
      }
      const found = await text;
      if (found === undefined)
        return {
          problem: `${name} is not in ${at.label} yet (a new or untracked file), so there is nothing to compare with.`,
        };
      return { text: found, label: at.label };
    } catch (error) {
      if (!(error instanceof GitProblem)) throw error;
      if (/not in a git repository/.test(error.message))
        return { problem: `${name} is not in a git repository, so it has no base version to compare with.` };
      return { problem: `${error.message.charAt(0).toUpperCase()}${error.message.slice(1)}.` };
    }
  }

  private async baseText(params: BaseTextParams): Promise<BaseTextResult> {
    if (!this.workspace.trusted) return { problem: UNTRUSTED_DIFF_MESSAGE };
    const file = filePathOf(params.uri);
    if (!file)
      return { problem: 'Save the contract to a file in a git repository first: only a file has a base version.' };
    try {
      const settings = await this.settings(params.uri);
      // Asked for by the user: the base is found again (a commit or a checkout since the last save counts).
      this.bases.delete(params.uri);
      const base = await this.baseOf(params.uri, file, settings.diffBase);
      return 'problem' in base ? { problem: base.problem } : { text: base.text, label: base.label };
    } catch (error) {
      this.logError(`Could not read the base version of ${file}`, error);
      return { problem: `Could not read the base version: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  private logOnce(uri: string, message: string): void {
    const key = `${uri}\n${message}`;
    if (this.logged.has(key)) return;
    this.logged.add(key);
    this.connection.console.info(message);
  }

  private logError(what: string, error: unknown): void {
    this.connection.console.error(
      `${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }
}

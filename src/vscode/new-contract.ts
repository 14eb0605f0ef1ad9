// "New data contract": asks for a name, a domain and the owner, then where to save it — suggesting the folder where
// the domain's other contracts live — and opens the new file with the engine's skeleton inserted as a snippet whose
// tab stops are the values only the user knows, in the ODCS version the settings ask for (v3.2.0 unless
// `dclens.newContract.odcsVersion` or `settings.odcsVersion` of `.dclens.yaml` names another). Nothing is saved
// without the user choosing where. Arguments skip the questions (walkthrough, tests).
import * as vscode from 'vscode';
import type { NewContractResult, OwnerCandidate } from '../server/protocol';
import { log } from './log';

/** What the user tells about a new contract. */
export interface NewContractInput {
  name: string;
  domain: string;
  owner: string;
}
/** Owner candidates for a domain, from the catalogue when one is available (never in Restricted Mode). */
export type OwnerCandidates = (domain: string, fileName: string) => Promise<OwnerCandidate[]>;
/** The skeleton, as a snippet, of a new contract that will be saved at `uri`, in the version the settings ask for. */
export type SkeletonFor = (uri: vscode.Uri, input: NewContractInput) => Promise<NewContractResult | undefined>;

/** What a caller may give to skip questions; `saveAs` (a URI or a workspace-relative path) skips the save dialog. */
export interface NewContractArgs extends Partial<NewContractInput> {
  saveAs?: string | vscode.Uri;
}

const CONTRACT_GLOB = '**/*.{odcs.yaml,odcs.yml}';
const EXCLUDE = '{**/node_modules/**,**/.git/**,**/dist/**,**/.vscode-e2e/**}';

export async function newContract(
  given: NewContractArgs | undefined,
  candidates: OwnerCandidates,
  skeletonFor: SkeletonFor,
): Promise<vscode.TextEditor | undefined> {
  const input = await askMissing(given ?? {}, candidates);
  if (!input) return undefined;
  const fileName = `${slug(input.name)}.odcs.yaml`;
  const target = given?.saveAs !== undefined ? resolveTarget(given.saveAs) : await askWhere(input.domain, fileName);
  if (!target) return undefined;
  const skeleton = await skeletonFor(target, input);
  if (!skeleton) {
    void vscode.window.showErrorMessage(
      'Data Contract Lens could not prepare the new contract: see the "Data Contract Lens" output.',
    );
    return undefined;
  }
  let document: vscode.TextDocument;
  if (target.scheme === 'untitled') {
    document = await vscode.workspace.openTextDocument(target);
  } else {
    // The file exists from now on (empty until the user saves what is inserted), so Save never asks again.
    if (!(await exists(target))) await vscode.workspace.fs.writeFile(target, new Uint8Array());
    document = await vscode.workspace.openTextDocument(target);
  }
  const editor = await vscode.window.showTextDocument(document);
  if (document.languageId !== 'yaml') await vscode.languages.setTextDocumentLanguage(document, 'yaml');
  const whole = new vscode.Range(
    new vscode.Position(0, 0),
    document.lineAt(Math.max(0, document.lineCount - 1)).range.end,
  );
  await editor.insertSnippet(new vscode.SnippetString(skeleton.snippet), whole);
  log.info(
    `New data contract '${input.name}' (${skeleton.version}) opened at ${vscode.workspace.asRelativePath(target)}.`,
  );
  return editor;
}

function resolveTarget(saveAs: string | vscode.Uri): vscode.Uri | undefined {
  if (typeof saveAs !== 'string') return saveAs;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, saveAs) : vscode.Uri.from({ scheme: 'untitled', path: saveAs });
}

/** The save dialog, opened in the suggested folder; without a workspace, an untitled document. */
async function askWhere(domain: string, fileName: string): Promise<vscode.Uri | undefined> {
  const folder = await suggestFolder(domain);
  if (!folder) return vscode.Uri.from({ scheme: 'untitled', path: fileName });
  return vscode.window.showSaveDialog({
    title: 'New data contract (4/4): where should it be saved?',
    saveLabel: 'Create contract',
    defaultUri: vscode.Uri.joinPath(folder, fileName),
    filters: { 'Data contracts (YAML)': ['yaml', 'yml'] },
  });
}

/**
 * Where a new contract of this domain belongs: the folder holding most of the domain's contracts (a folder named
 * after the domain wins a tie), else the folder holding most contracts, else the first workspace folder.
 */
export async function suggestFolder(domain: string): Promise<vscode.Uri | undefined> {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!root) return undefined;
  const uris = await vscode.workspace.findFiles(CONTRACT_GLOB, EXCLUDE, 500);
  const wanted = slug(domain);
  const sameDomain = new Map<string, { uri: vscode.Uri; score: number }>();
  const any = new Map<string, { uri: vscode.Uri; score: number }>();
  for (const uri of uris) {
    const folder = vscode.Uri.joinPath(uri, '..');
    const key = folder.toString();
    bump(any, key, folder, 1);
    const text = await readText(uri);
    const declared = /^domain:[ \t]*["']?([^"'#\n]+?)["']?[ \t]*(?:#.*)?$/m.exec(text)?.[1];
    if (declared && slug(declared) === wanted) bump(sameDomain, key, folder, 1);
  }
  for (const [, entry] of sameDomain) if (slug(entry.uri.path.split('/').pop() ?? '') === wanted) entry.score += 0.5;
  const best = (m: Map<string, { uri: vscode.Uri; score: number }>) =>
    [...m.values()].sort((a, b) => b.score - a.score || a.uri.path.localeCompare(b.uri.path))[0]?.uri;
  return best(sameDomain) ?? best(any) ?? root;
}

function bump(m: Map<string, { uri: vscode.Uri; score: number }>, key: string, uri: vscode.Uri, by: number): void {
  const entry = m.get(key);
  if (entry) entry.score += by;
  else m.set(key, { uri, score: by });
}

async function readText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return '';
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function askMissing(
  given: Partial<NewContractInput>,
  candidates: OwnerCandidates,
): Promise<NewContractInput | undefined> {
  const name =
    given.name ??
    (await vscode.window.showInputBox({
      title: 'New data contract (1/4)',
      prompt: 'Name of the dataset this contract describes',
      placeHolder: 'Orders',
      validateInput: (v) => (v.trim() === '' ? 'Give the contract a name.' : undefined),
    }));
  if (!name) return undefined;
  const domain =
    given.domain ??
    (await vscode.window.showInputBox({
      title: 'New data contract (2/4)',
      prompt: 'Business domain it belongs to',
      placeHolder: 'sales',
      validateInput: (v) => (v.trim() === '' ? 'Name the domain, for example sales or prisons.' : undefined),
    }));
  if (!domain) return undefined;
  const owner = given.owner ?? (await askOwner(await candidates(domain, `${slug(name)}.odcs.yaml`)));
  if (!owner) return undefined;
  return { name: name.trim(), domain: domain.trim(), owner: owner.trim() };
}

/** Suggested owners with their evidence to choose from, or a username typed in; never chosen for the user. */
async function askOwner(candidates: OwnerCandidate[]): Promise<string | undefined> {
  const typeIt = () =>
    vscode.window.showInputBox({
      title: 'New data contract (3/4)',
      prompt: 'Username of the accountable Data Owner',
      placeHolder: 'jane.doe',
      validateInput: (v) => (v.trim() === '' ? 'A contract needs an accountable Data Owner.' : undefined),
    });
  if (candidates.length === 0) return typeIt();
  const someoneElse = { label: '$(edit) Someone else…', description: 'type a username', id: undefined };
  const picked = await vscode.window.showQuickPick(
    [
      ...candidates.map((c) => ({
        label: c.id,
        description: c.name,
        detail: c.evidence.join(' · '),
        id: c.id as string | undefined,
      })),
      someoneElse,
    ],
    {
      title: 'New data contract (3/4): who is the accountable Data Owner?',
      matchOnDescription: true,
      ignoreFocusOut: true,
    },
  );
  if (!picked) return undefined;
  return picked.id ?? typeIt();
}

export function slug(name: string): string {
  return (
    name
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'contract'
  );
}

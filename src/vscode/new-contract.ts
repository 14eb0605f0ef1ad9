// "New data contract": asks for a name, a domain and the owner, then opens an unsaved contract built by the
// engine's skeleton service (it lints clean under `recommended`), in the ODCS version the settings ask for (v3.2.0
// unless `dclens.newContract.odcsVersion` or `settings.odcsVersion` of `.dclens.yaml` names another). Arguments skip
// the questions (walkthrough, tests).
import * as vscode from 'vscode';
import type { Candidate } from '../engine/owners';
import type { NewContractVersion } from '../engine/config/settings';
import { newContractText, type NewContractInput } from './services-bridge';

/** Owner candidates for a domain, from the catalogue when one is available (never in Restricted Mode). */
export type OwnerCandidates = (domain: string, fileName: string) => Promise<Candidate[]>;
/** The ODCS version for a new contract that will be saved at `uri` (undefined: no folder is open). */
export type VersionFor = (uri: vscode.Uri | undefined) => Promise<NewContractVersion>;

export async function newContract(
  given: Partial<NewContractInput> | undefined, candidates: OwnerCandidates, versionFor: VersionFor,
): Promise<vscode.TextEditor | undefined> {
  const input = await askMissing(given ?? {}, candidates);
  if (!input) return undefined;
  // An untitled document with a proposed path: saving offers `<folder>/<name>.odcs.yaml`.
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const fileName = `${slug(input.name)}.odcs.yaml`;
  const target = folder ? vscode.Uri.joinPath(folder, fileName) : undefined;
  const text = newContractText(input, await versionFor(target));
  const uri = target ? target.with({ scheme: 'untitled' }) : vscode.Uri.from({ scheme: 'untitled', path: fileName });
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), text));
  if (document.languageId !== 'yaml') await vscode.languages.setTextDocumentLanguage(document, 'yaml');
  return editor;
}

async function askMissing(given: Partial<NewContractInput>, candidates: OwnerCandidates): Promise<NewContractInput | undefined> {
  const name = given.name ?? await vscode.window.showInputBox({
    title: 'New data contract (1/3)', prompt: 'Name of the dataset this contract describes', placeHolder: 'Orders',
    validateInput: (v) => (v.trim() === '' ? 'Give the contract a name.' : undefined),
  });
  if (!name) return undefined;
  const domain = given.domain ?? await vscode.window.showInputBox({
    title: 'New data contract (2/3)', prompt: 'Business domain it belongs to', placeHolder: 'sales',
    validateInput: (v) => (v.trim() === '' ? 'Name the domain, for example sales or prisons.' : undefined),
  });
  if (!domain) return undefined;
  const owner = given.owner ?? await askOwner(await candidates(domain, `${slug(name)}.odcs.yaml`));
  if (!owner) return undefined;
  return { name: name.trim(), domain: domain.trim(), owner: owner.trim() };
}

/** Suggested owners with their evidence to choose from, or a username typed in; never chosen for the user. */
async function askOwner(candidates: Candidate[]): Promise<string | undefined> {
  const typeIt = () => vscode.window.showInputBox({
    title: 'New data contract (3/3)', prompt: 'Username of the accountable Data Owner', placeHolder: 'jane.doe',
    validateInput: (v) => (v.trim() === '' ? 'A contract needs an accountable Data Owner.' : undefined),
  });
  if (candidates.length === 0) return typeIt();
  const someoneElse = { label: '$(edit) Someone else…', description: 'type a username', id: undefined };
  const picked = await vscode.window.showQuickPick([
    ...candidates.map((c) => ({ label: c.id, description: c.name, detail: c.evidence.join(' · '), id: c.id as string | undefined })),
    someoneElse,
  ], { title: 'New data contract (3/3): who is the accountable Data Owner?', matchOnDescription: true, ignoreFocusOut: true });
  if (!picked) return undefined;
  return picked.id ?? typeIt();
}

function slug(name: string): string {
  return name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'contract';
}

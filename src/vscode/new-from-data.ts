// "New data contract from data…": pick a CSV, Parquet or JSON file of the workspace or name a PostgreSQL table, choose
// where the contract goes (the data file's folder, or the folder the other contracts are in), and get a contract with
// the columns, their types, `required` where no value is missing and suggested checks. The language server reads the
// data; the contract opens with unsaved changes, so nothing is written until the user saves. Only in trusted
// workspaces. Arguments `{ source, target }` skip the questions (tests).
import * as vscode from 'vscode';
import {
  NEW_CONTRACT_FROM_DATA,
  type NewContractFromDataParams,
  type NewContractFromDataResult,
} from '../server/protocol';
import type { ContractClient } from './client';
import { COMMAND_IDS } from './command-ids';
import { log } from './log';
import { slug, suggestFolder } from './new-contract';
// The PostgreSQL user and password "Set PostgreSQL password" keeps in secret storage for data tests.
import { storedPostgresCredentials } from './postgres-credentials';

const DATA_EXTENSIONS = ['csv', 'tsv', 'parquet', 'pq', 'json', 'jsonl', 'ndjson'];
const TITLE = 'New data contract from data';

type Source = NewContractFromDataParams['source'];

/** What a caller may give: the data (a file path relative to the workspace, or absolute) and where to save. */
export interface NewFromDataArgs {
  source?: Source;
  /** A URI, or a path relative to the first workspace folder. */
  target?: string | vscode.Uri;
}

export function registerNewFromData(context: vscode.ExtensionContext, contracts: ContractClient): vscode.Disposable {
  return vscode.commands.registerCommand(COMMAND_IDS.newContractFromData, (given?: NewFromDataArgs) =>
    newContractFromData(context, contracts, given ?? {}),
  );
}

async function newContractFromData(
  context: vscode.ExtensionContext,
  contracts: ContractClient,
  given: NewFromDataArgs,
): Promise<vscode.TextEditor | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(
      'Trust this workspace to make a contract from data: Data Contract Lens reads no data in Restricted Mode.',
    );
    return undefined;
  }
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  const source = given.source ? absoluteSource(given.source, root) : await askSource(root);
  if (!source) return undefined;
  const target = given.target !== undefined ? resolveTarget(given.target, root) : await askWhere(source, root);
  if (!target) return undefined;
  const credentials = source.kind === 'postgres' ? await postgresCredentials(context, given.source !== undefined) : {};
  if (!credentials) return undefined;

  const params: NewContractFromDataParams = {
    uri: target.toString(),
    source,
    ...(credentials.user || credentials.password ? { credentials } : {}),
  };
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Data Contract Lens: reading ${describe(source)}…` },
    async () => {
      await contracts.ready();
      return contracts.client.sendRequest<NewContractFromDataResult>(NEW_CONTRACT_FROM_DATA, params);
    },
  );
  if (!result.text) {
    const problem = result.problem ?? 'the data could not be read (see the "Data Contract Lens" output).';
    log.warn(`New contract from data: ${problem}`);
    void vscode.window.showErrorMessage(`Data Contract Lens: ${problem}`);
    return undefined;
  }

  // The file exists from now on (empty until the user saves), so Save never asks again; its content is unsaved.
  if (target.scheme === 'file' && !(await exists(target)))
    await vscode.workspace.fs.writeFile(target, new Uint8Array());
  const document = await vscode.workspace.openTextDocument(target);
  const editor = await vscode.window.showTextDocument(document);
  if (document.languageId !== 'yaml') await vscode.languages.setTextDocumentLanguage(document, 'yaml');
  const whole = new vscode.Range(
    new vscode.Position(0, 0),
    document.lineAt(Math.max(0, document.lineCount - 1)).range.end,
  );
  await editor.edit((edit) => edit.replace(whole, result.text!));
  log.info(`New data contract from ${describe(source)} opened at ${vscode.workspace.asRelativePath(target)}.`);
  for (const note of result.notes) log.info(`  ${note}`);
  if (result.notes.length > 0)
    void vscode.window.showInformationMessage(`New contract from ${describe(source)}: ${result.notes.join(' ')}`);
  return editor;
}

function absoluteSource(source: Source, root: vscode.Uri | undefined): Source {
  if (source.kind !== 'file') return source;
  const isAbsolute = /^([a-z]:)?[\\/]/i.test(source.path);
  return { kind: 'file', path: isAbsolute || !root ? source.path : vscode.Uri.joinPath(root, source.path).fsPath };
}

function resolveTarget(target: string | vscode.Uri, root: vscode.Uri | undefined): vscode.Uri {
  if (typeof target !== 'string') return target;
  return root ? vscode.Uri.joinPath(root, target) : vscode.Uri.from({ scheme: 'untitled', path: target });
}

function describe(source: Source): string {
  if (source.kind === 'file') return source.path.split(/[\\/]/).pop() ?? source.path;
  return `${source.schema}.${source.table}`;
}

async function askSource(root: vscode.Uri | undefined): Promise<Source | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'A file (CSV, Parquet, JSON)', description: 'in this workspace', source: 'file' as const },
      { label: 'A PostgreSQL table', description: 'read-only, with your own credentials', source: 'postgres' as const },
    ],
    { title: `${TITLE} (1/3): where is the data?`, ignoreFocusOut: true },
  );
  if (!picked) return undefined;
  if (picked.source === 'file') {
    const files = await vscode.window.showOpenDialog({
      title: `${TITLE} (2/3): the data file`,
      openLabel: 'Describe this data',
      defaultUri: root,
      canSelectMany: false,
      filters: { 'Data files': DATA_EXTENSIONS },
    });
    const file = files?.[0];
    if (!file) return undefined;
    if (!vscode.workspace.getWorkspaceFolder(file)) {
      void vscode.window.showErrorMessage(
        'Data Contract Lens: pick a data file inside the workspace; files elsewhere are not read.',
      );
      return undefined;
    }
    return { kind: 'file', path: file.fsPath };
  }
  const host = await input('2/3', 'PostgreSQL host', 'localhost', 'localhost');
  if (host === undefined) return undefined;
  const port = await input('2/3', 'Port', '5432', '5432', (v) =>
    /^\d{1,5}$/.test(v.trim()) ? undefined : 'A port is a number, such as 5432.',
  );
  if (port === undefined) return undefined;
  const database = await input('2/3', 'Database', 'postgres', '', (v) =>
    v.trim() === '' ? 'Name the database.' : undefined,
  );
  if (database === undefined) return undefined;
  const qualified = await input('2/3', 'Table, as schema.table', 'public.orders', '', (v) =>
    /^[^.]+\.[^.]+$/.test(v.trim()) ? undefined : 'Write the schema and the table: public.orders.',
  );
  if (qualified === undefined) return undefined;
  const [schema, table] = qualified.trim().split('.');
  return { kind: 'postgres', host: host.trim(), port: Number(port.trim()), database: database.trim(), schema, table };
}

function input(
  step: string,
  prompt: string,
  placeHolder: string,
  value: string,
  validateInput?: (v: string) => string | undefined,
): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: `${TITLE} (${step})`,
    prompt,
    placeHolder,
    value,
    validateInput,
    ignoreFocusOut: true,
  });
}

/** The data file's folder for a file, else where the other contracts are; named after the data. */
async function askWhere(source: Source, root: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  const name = source.kind === 'file' ? describe(source).replace(/\.[^.]*$/, '') || 'data' : source.table;
  const fileName = `${slug(name)}.odcs.yaml`;
  const folder =
    source.kind === 'file' ? vscode.Uri.joinPath(vscode.Uri.file(source.path), '..') : await suggestFolder(name);
  if (!root || !folder) return vscode.Uri.from({ scheme: 'untitled', path: fileName });
  return vscode.window.showSaveDialog({
    title: `${TITLE} (3/3): where should the contract be saved?`,
    saveLabel: 'Create contract',
    defaultUri: vscode.Uri.joinPath(folder, fileName),
    filters: { 'Data contracts (YAML)': ['yaml', 'yml'] },
  });
}

/**
 * The user and password for PostgreSQL: the ones "Set PostgreSQL password" stored, else asked for now and kept for
 * this request only (empty: the server's PGUSER/PGPASSWORD or ~/.pgpass). `undefined` when the user cancels.
 */
async function postgresCredentials(
  context: vscode.ExtensionContext,
  noQuestions: boolean,
): Promise<{ user?: string; password?: string } | undefined> {
  const stored = await storedPostgresCredentials(context.secrets);
  if (stored) return { user: stored.user, password: stored.password || undefined };
  if (noQuestions) return {};
  const user = await input('3/3', 'PostgreSQL user (empty: PGUSER or your login)', 'analyst', '');
  if (user === undefined) return undefined;
  const password = await vscode.window.showInputBox({
    title: `${TITLE} (3/3)`,
    prompt: 'Password (empty: PGPASSWORD or ~/.pgpass). It is used for this table only and not stored.',
    password: true,
    ignoreFocusOut: true,
  });
  if (password === undefined) return undefined;
  return { user: user.trim() || undefined, password: password || undefined };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

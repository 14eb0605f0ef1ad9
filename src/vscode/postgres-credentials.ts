// The PostgreSQL user and password for data tests and for a contract made from a table: kept in VS Code's secret
// storage (the operating system's keychain), never in settings or a contract.
import * as vscode from 'vscode';

const POSTGRES_SECRET = 'dclens.postgresCredentials';

export interface PostgresCredentials {
  user?: string;
  password?: string;
}

/** What "Set PostgreSQL password" stored; undefined when nothing (readable) is stored. */
export async function storedPostgresCredentials(
  secrets: vscode.SecretStorage,
): Promise<PostgresCredentials | undefined> {
  const stored = await secrets.get(POSTGRES_SECRET);
  if (!stored) return undefined;
  try {
    const { user, password } = JSON.parse(stored) as { user?: unknown; password?: unknown };
    return {
      ...(typeof user === 'string' && user ? { user } : {}),
      ...(typeof password === 'string' ? { password } : {}),
    };
  } catch {
    return undefined;
  }
}

/** "Set PostgreSQL password": asks for the user and password and stores them; both empty removes them. */
export async function setPostgresCredentials(secrets: vscode.SecretStorage): Promise<void> {
  const current = await storedPostgresCredentials(secrets);
  const user = await vscode.window.showInputBox({
    title: 'PostgreSQL user for data tests',
    prompt: 'Leave empty to use PGUSER or your login name.',
    value: current?.user ?? '',
    ignoreFocusOut: true,
  });
  if (user === undefined) return;
  const password = await vscode.window.showInputBox({
    title: 'PostgreSQL password for data tests',
    prompt: 'Kept in VS Code’s secret storage, never in settings or the contract. Leave empty to remove it.',
    password: true,
    ignoreFocusOut: true,
  });
  if (password === undefined) return;
  if (password === '' && user.trim() === '') {
    await secrets.delete(POSTGRES_SECRET);
    void vscode.window.showInformationMessage('Data Contract Lens: PostgreSQL credentials removed.');
    return;
  }
  await secrets.store(POSTGRES_SECRET, JSON.stringify({ user: user.trim(), password }));
  void vscode.window.showInformationMessage('Data Contract Lens: PostgreSQL credentials saved for data tests.');
}

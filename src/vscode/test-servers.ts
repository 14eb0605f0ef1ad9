// Which of a contract's servers its data tests run against: the only one, the one chosen before in this workspace,
// or the user's pick from a list that says why a server cannot run here.
import * as vscode from 'vscode';
import type { PlannedServer } from '../server/protocol';

/** The server chosen for each contract (URI → server name), kept per workspace. */
const SERVER_CHOICE_KEY = 'dclens.testServers';

export class ServerChoices {
  constructor(private readonly state: vscode.Memento) {}

  /** The server to test against: the only one, the one chosen before, or the user's pick (then remembered). */
  async serverFor(uri: vscode.Uri, servers: PlannedServer[]): Promise<PlannedServer | undefined> {
    if (servers.length === 0) return undefined;
    if (servers.length === 1) return servers[0];
    const chosen = this.state.get<Record<string, string>>(SERVER_CHOICE_KEY, {})[uri.toString()];
    return servers.find((s) => s.server === chosen) ?? this.pick(uri, servers);
  }

  /** Asks which server, and remembers the answer for this contract in this workspace. */
  async pick(uri: vscode.Uri, servers: PlannedServer[]): Promise<PlannedServer | undefined> {
    const picked = await vscode.window.showQuickPick(
      servers.map((s) => ({
        label: s.server,
        description: s.type,
        detail: s.runnable ? undefined : `Cannot run here: ${s.reason ?? 'no driver'}`,
        server: s,
      })),
      { title: `Test ${vscode.workspace.asRelativePath(uri)} against which server?`, ignoreFocusOut: true },
    );
    if (!picked) return undefined;
    const choices = this.state.get<Record<string, string>>(SERVER_CHOICE_KEY, {});
    await this.state.update(SERVER_CHOICE_KEY, { ...choices, [uri.toString()]: picked.server.server });
    return picked.server;
  }
}

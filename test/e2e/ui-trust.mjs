#!/usr/bin/env node
// UI test of workspace trust: installs the packaged .vsix, opens the fixture workspace untrusted (Restricted Mode),
// checks that a contract is checked without its folder's .dclens.yaml, then trusts the folder the way a user does
// (Manage Workspace Trust → Trust) and checks that the extension restarts its language server trusted: the folder's
// configuration applies without reloading the window.
//
//   node test/e2e/ui-trust.mjs --vsix data-contract-lens.vsix [--shot /tmp/trust.png]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { arg, codeServerEntry, launchChromium, makeProfile, nodeBin, startServer } from './vscode-server.mjs';

const vsix = path.resolve(arg('vsix', 'data-contract-lens.vsix'));
const workspaceSrc = path.resolve(arg('workspace', 'test/fixtures/workspace'));
const shot = arg('shot', '');
const verbose = !!process.env.VERBOSE;
// configured/.dclens.yaml turns `no-team` off: in Restricted Mode (no configuration read) the Problems panel shows it;
// once trusted it does not, while the file's other problems stay.
const file = 'configured/draft-orders.odcs.yaml';
const EXPECTED = 3;
const results = [];

async function check(name, fn) {
  try {
    await fn();
    results.push(true);
    console.log(`  ✔ ${name}`);
  } catch (e) {
    results.push(false);
    console.log(`  ✘ ${name}: ${e.message.split('\n')[0]}`);
    throw e;
  }
}

(async () => {
  const { tmp, userData, extDir, workspace } = makeProfile('dclens-trust-', workspaceSrc, {
    'security.workspace.trust.enabled': true,
    'security.workspace.trust.startupPrompt': 'never',
    'security.workspace.trust.untrustedFiles': 'open',
    'workbench.reduceMotion': 'on',
  });
  const common = ['--config', '/dev/null', '--user-data-dir', userData, '--extensions-dir', extDir];
  const env = { ...process.env, EXTENSIONS_GALLERY: '{}', TMPDIR: tmp };
  let server;
  let browser;
  let page;
  console.log('UI test of workspace trust (packaged extension)');
  try {
    await check('the .vsix installs', async () => {
      execFileSync(nodeBin, [codeServerEntry, ...common, '--install-extension', vsix], {
        stdio: verbose ? 'inherit' : 'pipe',
        env,
      });
    });
    server = startServer(
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
      ],
      env,
      /listening on http:\/\/127\.0\.0\.1:(\d+)/,
      verbose,
    );
    const port = await server.port;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.explorer-folders-view').waitFor({ timeout: 60000 });
    const problemRow = (text) => page.locator(`.markers-panel .monaco-list-row:has-text(${JSON.stringify(text)})`);

    await check('in Restricted Mode the contract is checked without its folder configuration', async () => {
      await page.locator('.monaco-workbench').click({ position: { x: 640, y: 400 } });
      await page.keyboard.press('Control+P');
      await page.locator('.quick-input-widget input').waitFor();
      await page.keyboard.type(file);
      await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator(`.tab.active:has-text("${path.basename(file)}")`).waitFor({ timeout: 15000 });
      await page.keyboard.press('Control+Shift+M');
      await problemRow('datetime').first().waitFor({ timeout: 30000 });
      await problemRow('no-team').first().waitFor({ timeout: 15000 });
    });

    await check('trusting the folder restarts the checks with its configuration, without a reload', async () => {
      await page.keyboard.press('Control+Shift+P');
      await page.locator('.quick-input-widget input').waitFor();
      await page.keyboard.type('Workspaces: Manage Workspace Trust');
      await page.locator('.quick-input-list .monaco-list-row:has-text("Manage Workspace Trust")').first().waitFor();
      await page.keyboard.press('Enter');
      const trust = page.locator('.workspace-trust-editor .monaco-button:has-text("Trust")').first();
      await trust.waitFor({ timeout: 15000 });
      await trust.click();
      // Some VS Code versions confirm in a dialog.
      const confirm = page.locator('.monaco-dialog-box .monaco-button:has-text("Trust")').first();
      if (await confirm.isVisible().catch(() => false)) await confirm.click();
      await problemRow('no-team').first().waitFor({ state: 'detached', timeout: 30000 });
      await problemRow('datetime').first().waitFor({ timeout: 15000 });
      if (shot) await page.screenshot({ path: shot, animations: 'disabled' });
    });
  } catch (e) {
    if (verbose) console.error(e);
    if (page && shot) await page.screenshot({ path: shot.replace(/\.png$/, '-failure.png') }).catch(() => {});
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (server) await server.stop();
    if (!process.env.KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true });
  }
  const passed = results.filter(Boolean).length;
  console.log(`${passed} passed, ${EXPECTED - passed} failed`);
  process.exit(passed === EXPECTED ? 0 : 1);
})();

#!/usr/bin/env node
// UI test of workspace trust: installs the packaged .vsix, opens the fixture workspace untrusted (Restricted Mode),
// checks that a contract is checked without its folder's .dclens.yaml, then trusts the folder the way a user does
// (Manage Workspace Trust → Trust) and checks that the extension restarts its language server trusted: the folder's
// configuration applies without reloading the window.
//
//   node test/e2e/ui-trust.mjs --vsix data-contract-lens.vsix [--shot /tmp/trust.png]
import path from 'node:path';
import { arg, checkList, openWorkbench, quickOpen } from './vscode-server.mjs';

const vsix = path.resolve(arg('vsix', 'data-contract-lens.vsix'));
const workspaceSrc = path.resolve(arg('workspace', 'test/fixtures/workspace'));
const shot = arg('shot', '');
const verbose = !!process.env.VERBOSE;
// configured/.dclens.yaml turns `no-team` off: in Restricted Mode (no configuration read) the Problems panel shows it;
// once trusted it does not, while the file's other problems stay.
const file = 'configured/draft-orders.odcs.yaml';
const EXPECTED = 3;
const { check, summary } = checkList();

(async () => {
  const state = {};
  let page;
  console.log('UI test of workspace trust (packaged extension)');
  try {
    ({ page } = await openWorkbench({
      prefix: 'dclens-trust-',
      workspaceSrc,
      settings: {
        'security.workspace.trust.enabled': true,
        'security.workspace.trust.startupPrompt': 'never',
        'security.workspace.trust.untrustedFiles': 'open',
        'workbench.reduceMotion': 'on',
      },
      vsix,
      check,
      verbose,
      state,
    }));
    const problemRow = (text) => page.locator(`.markers-panel .monaco-list-row:has-text(${JSON.stringify(text)})`);

    await check('in Restricted Mode the contract is checked without its folder configuration', async () => {
      await quickOpen(page, file);
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
    await state.close?.();
  }
  process.exit(summary(EXPECTED));
})();

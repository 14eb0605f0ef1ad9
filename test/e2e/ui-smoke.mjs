#!/usr/bin/env node
// UI test: installs the packaged .vsix into a fresh code-server, opens the fixture workspace in headless
// Chromium, opens a contract, and checks what a user sees: our problems in the Problems panel and a hover
// with guidance, completion of a value, the score CodeLens, the score view (its links open the contract at the line),
// the walkthrough and the data quality report.
// Saves screenshots: the given one (the README's picture comes from here), and -completion / -score / -walkthrough /
// -report
// beside it.
//
//   node test/e2e/ui-smoke.mjs --vsix data-contract-lens.vsix [--workspace test/fixtures/workspace]
//        [--file orders.odcs.yaml] [--expect "logicalType"] [--hover-line 27 --hover-column 9 --hover-expect "..."]
//        [--shot media/screenshot-problems.png]
import fs from 'node:fs';
import path from 'node:path';
import { arg, checkList, openWorkbench, quickOpen } from './vscode-server.mjs';

const vsix = path.resolve(arg('vsix', 'data-contract-lens.vsix'));
const workspaceSrc = path.resolve(arg('workspace', 'test/fixtures/workspace'));
const file = arg('file', 'orders.odcs.yaml');
const expectProblem = arg('expect', 'datetime');
const hoverLine = arg('hover-line', '');
const hoverColumn = arg('hover-column', '1');
const hoverExpect = arg('hover-expect', '');
const shot = path.resolve(arg('shot', 'media/screenshot-problems.png'));
const verbose = !!process.env.VERBOSE;
const { check, summary } = checkList();

(async () => {
  const t0 = Date.now();
  const state = {};
  let page;
  console.log('UI smoke test (packaged extension in the VS Code workbench)');
  try {
    ({ page } = await openWorkbench({
      prefix: 'dclens-ui-',
      workspaceSrc,
      settings: {
        'workbench.colorTheme': 'Default Dark Modern',
        'editor.minimap.enabled': false,
        'window.commandCenter': false,
        'workbench.layoutControl.enabled': false,
        'chat.commandCenter.enabled': false,
        // No fade-in: the screenshot shows the hover fully drawn. No sticky scroll hiding the top lines.
        'workbench.reduceMotion': 'on',
        'editor.stickyScroll.enabled': false,
      },
      vsix,
      serverArgs: ['--disable-workspace-trust'],
      check,
      verbose,
      state,
    }));
    await check(`opening ${file} shows its problems in the Problems panel`, async () => {
      await quickOpen(page, file);
      await page.keyboard.press('Control+Shift+M');
      const rows = page.locator(`.markers-panel .monaco-list-row:has-text(${JSON.stringify(expectProblem)})`);
      await rows.first().waitFor({ timeout: 30000 });
      const sourceShown = await page.locator('.markers-panel .monaco-list-row:has-text("dclens")').count();
      if (sourceShown === 0) throw new Error('no Problems row names the source dclens');
    });
    await check('the quality score shows as a CodeLens above the first line', async () => {
      await page.locator('.codelens-decoration:has-text("Quality")').first().waitFor({ timeout: 15000 });
    });
    fs.mkdirSync(path.dirname(shot), { recursive: true });
    if (hoverLine) {
      await check('a hover on a key shows guidance', async () => {
        await page.locator('.monaco-editor .view-lines').first().click();
        await page.keyboard.press('Control+G');
        await page.locator('.quick-input-widget input').waitFor();
        await page.keyboard.type(`${hoverLine}:${hoverColumn}`);
        await page.keyboard.press('Enter');
        const hover = page.locator(`.monaco-hover:has-text(${JSON.stringify(hoverExpect)})`).first();
        // A late re-lint (the owner catalogue arriving) can close the hover: show it again until the picture has it.
        for (let attempt = 1; ; attempt++) {
          await page.keyboard.press('Control+K');
          await page.keyboard.press('Control+I');
          await hover.waitFor({ timeout: 15000 });
          await page.screenshot({ path: shot, animations: 'disabled' });
          if ((await hover.isVisible()) || attempt === 3) break;
        }
      });
    } else {
      await page.screenshot({ path: shot, animations: 'disabled' });
    }
    console.log(`  screenshot ${path.relative(process.cwd(), shot)} after ${Date.now() - t0} ms`);
    const completionShot = shot.replace(/\.png$/, '-completion.png');
    if (hoverLine) {
      await check('completion after "logicalType:" offers the allowed types, each explained', async () => {
        await page.keyboard.press('Escape');
        await page.locator('.monaco-editor .view-lines').first().click();
        // Clear the value on the hover's line (`logicalType: datetime  # …`) and ask for suggestions there.
        await page.keyboard.press('Control+G');
        await page.locator('.quick-input-widget input').waitFor();
        await page.keyboard.type(`${hoverLine}:1`);
        await page.keyboard.press('Enter');
        await page.keyboard.press('End');
        await page.keyboard.press('Shift+Home'); // to the first character after the indentation
        await page.keyboard.type('logicalType: ');
        const row = page.locator('.suggest-widget .monaco-list-row:has-text("timestamp")').first();
        await page.keyboard.press('Control+Space');
        await row.waitFor({ timeout: 15000 });
        // The details pane explains the selected value.
        await page.locator('.suggest-widget .monaco-list-row.focused').first().waitFor({ timeout: 5000 });
        await page.screenshot({ path: completionShot, animations: 'disabled' });
        await page.keyboard.press('Escape');
        // Put the line back as it was so the next checks see the original contract.
        for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Z');
      });
      console.log(`  screenshot ${path.relative(process.cwd(), completionShot)}`);
    }
    const scoreShot = shot.replace(/\.png$/, '-score.png');
    await check(
      'the score view opens as "Quality score — <file>" and its links open the contract at the line',
      async () => {
        await page.keyboard.press('Escape');
        await page.locator('.monaco-editor .view-lines').first().click();
        await page.keyboard.press('Control+Shift+P');
        await page.locator('.quick-input-widget input').waitFor();
        await page.keyboard.type('Data Contract Lens: Show quality score');
        await page.locator('.quick-input-list .monaco-list-row:has-text("Show quality score")').first().waitFor();
        await page.keyboard.press('Enter');
        await page.locator(`.tab:has-text("Quality score — ${file}")`).waitFor({ timeout: 15000 });
        // A webview is an iframe holding the page's iframe.
        const view = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
        const next = view
          .locator('a[href^="command:dclens.openAt?"][href$="%5D"]')
          .filter({ hasNotText: 'open the contract' })
          .first();
        await next.waitFor({ timeout: 15000 });
        await page.screenshot({ path: scoreShot, animations: 'disabled' });
        const href = decodeURIComponent(await next.getAttribute('href'));
        const line = JSON.parse(href.slice(href.indexOf('?') + 1))[1];
        await next.click();
        await page.locator(`.statusbar-item:has-text("Ln ${line},")`).first().waitFor({ timeout: 15000 });
      },
    );
    console.log(`  screenshot ${path.relative(process.cwd(), scoreShot)}`);
    const walkthroughShot = shot.replace(/\.png$/, '-walkthrough.png');
    await check('the walkthrough shows its steps with their images', async () => {
      await page.keyboard.press('Control+Shift+P');
      await page.locator('.quick-input-widget input').waitFor();
      await page.keyboard.type('Data Contract Lens: Open walkthrough');
      await page.locator('.quick-input-list .monaco-list-row:has-text("Open walkthrough")').first().waitFor();
      await page.keyboard.press('Enter');
      await page
        .locator('.gettingStartedContainer :text("Write your first data contract")')
        .first()
        .waitFor({ timeout: 15000 });
      await page
        .locator('.gettingStartedContainer .getting-started-media img, .gettingStartedContainer .getting-started-media')
        .first()
        .waitFor({ timeout: 15000 });
      await page.screenshot({ path: walkthroughShot, animations: 'disabled' });
    });
    console.log(`  screenshot ${path.relative(process.cwd(), walkthroughShot)}`);
    const reportShot = shot.replace(/\.png$/, '-report.png');
    await check('the data quality report opens in a tab with the figures of the workspace', async () => {
      await page.keyboard.press('Control+Shift+P');
      await page.locator('.quick-input-widget input').waitFor();
      await page.keyboard.type('Data Contract Lens: Open data quality report');
      await page.locator('.quick-input-list .monaco-list-row:has-text("Open data quality report")').first().waitFor();
      await page.keyboard.press('Enter');
      // The page lives in the webview's inner frame; its renderer comes from the .vsix (dist/report-html.js).
      let found;
      for (let tries = 0; !found && tries < 60; tries++) {
        for (const frame of page.frames()) {
          const heading = frame.locator('h2:has-text("Where things stand")');
          if ((await heading.count().catch(() => 0)) > 0) found = frame;
        }
        if (!found) await page.waitForTimeout(500);
      }
      if (!found) throw new Error('no webview frame shows the report');
      await found.locator('svg').first().waitFor({ timeout: 15000 });
      const text = await found.locator('body').innerText();
      if (!/contracts/i.test(text) || !/orders/i.test(text)) throw new Error('the report does not name the contracts');
      await page.screenshot({ path: reportShot, animations: 'disabled' });
    });
    console.log(`  screenshot ${path.relative(process.cwd(), reportShot)}`);
    const testsShot = shot.replace(/\.png$/, '-tests.png');
    await check(
      "Run All Tests checks the workspace's contracts against their data, with DuckDB from the .vsix",
      async () => {
        await page.keyboard.press('Control+Shift+P');
        await page.locator('.quick-input-widget input').waitFor();
        await page.keyboard.type('Test: Run All Tests');
        await page.locator('.quick-input-list .monaco-list-row:has-text("Run All Tests")').first().waitFor();
        await page.keyboard.press('Enter');
        // VS Code opens the results when the run ends: a check that passed shows with the "passed" icon. A server
        // that cannot load DuckDB would mark every check errored, and none would pass.
        await page.locator('.codicon-testing-passed-icon').first().waitFor({ timeout: 60000 });
        await page.screenshot({ path: testsShot, animations: 'disabled' });
      },
    );
    console.log(`  screenshot ${path.relative(process.cwd(), testsShot)}`);
  } catch (e) {
    if (verbose) console.error(e);
    if (page) await page.screenshot({ path: shot.replace(/\.png$/, '-failure.png') }).catch(() => {});
  } finally {
    await state.close?.();
  }
  process.exit(summary(hoverLine ? 9 : 7));
})();

#!/usr/bin/env node
// The HTML report in a real browser: renders `dclens report` of a folder (examples/ by default) to a file, opens it
// from disk in headless Chromium and checks what a reader and the network see: the headline figures equal the JSON
// report's, the table of contracts holds one row per contract and sorts, the page asks for nothing but itself, its
// script runs under its own content security policy, and axe-core finds no serious or critical accessibility
// violation. With --shot, saves a screenshot of the whole page (the README's picture comes from here).
//
//   node test/e2e/report-html.mjs [--folder examples] [--history] [--shot media/report.png]
//
// Needs dist/ (node scripts/build.mjs) and Chromium with playwright-core (test/e2e/setup.sh).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { arg, launchChromium } from './vscode-server.mjs';

const folder = arg('folder', 'examples');
const shot = arg('shot', '');
const history = process.argv.includes('--history');
const verbose = !!process.env.VERBOSE;
const checks = [];

async function check(name, fn) {
  try {
    await fn();
    checks.push(true);
    console.log(`  ✔ ${name}`);
  } catch (e) {
    checks.push(false);
    console.log(`  ✘ ${name}: ${String(e?.message ?? e).split('\n')[0]}`);
    if (verbose) console.error(e);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function equal(actual, expected, what) {
  assert(actual === expected, `${what}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
}

/** `dclens report` of the folder, as the user runs it. */
function report(format, output) {
  const args = [
    'dist/cli.js',
    'report',
    folder,
    '--format',
    format,
    '--output',
    output,
    ...(history ? ['--history'] : []),
  ];
  execFileSync(process.execPath, args, { stdio: verbose ? 'inherit' : ['ignore', 'ignore', 'pipe'] });
}

const EXPECTED_CHECKS = 9;

(async () => {
  console.log(`HTML report in headless Chromium (${folder}${history ? ', with history' : ''})`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dclens-report-html-'));
  const htmlFile = path.join(tmp, 'report.html');
  const jsonFile = path.join(tmp, 'report.json');
  let browser;
  try {
    let json;
    await check('dclens report writes the HTML and the JSON report', async () => {
      report('html', htmlFile);
      report('json', jsonFile);
      json = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
      assert(json.contracts > 0, `no contracts found in ${folder}`);
    });
    if (!json) throw new Error('no report to open');

    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests = [];
    const problems = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const url = pathToFileURL(htmlFile).href;
    await page.goto(url, { waitUntil: 'load' });

    await check('the page asks for nothing but itself: no font, script, style or image from anywhere', async () => {
      const others = requests.filter((r) => r !== url);
      assert(others.length === 0, `it requested ${others.join(', ')}`);
    });

    await check('its script runs under its content security policy, without errors', async () => {
      assert(problems.length === 0, problems.join('; '));
      const sortable = await page.locator('#contracts thead th button').count();
      assert(sortable > 0, 'the sorting script did not run: the headings have no buttons');
    });

    await check('the headline figures are those of the JSON report', async () => {
      const figure = async (id) => (await page.locator(`[data-figure="${id}"] .value`).innerText()).trim();
      const s = json.summary;
      const n = json.contracts;
      const share = (count) => `${n === 0 ? 0 : Math.round((count / n) * 100)}%`;
      equal(await figure('contracts'), String(n), 'contracts');
      const label = async (id) => (await page.locator(`[data-figure="${id}"] .label`).innerText()).trim();
      equal(await figure('with-data-owner'), share(s.withDataOwner), 'with a Data Owner');
      equal(await label('with-data-owner'), `With a Data Owner: ${s.withDataOwner} of ${n}`, 'with a Data Owner');
      equal(await figure('with-steward'), share(s.withSteward), 'with a steward');
      equal(await figure('with-custodian'), share(s.withCustodian), 'with a custodian');
      equal(await figure('owners-who-left'), String(s.ownersWhoLeft), 'owners who left');
      equal(await figure('errors'), String(s.errors), 'errors');
      equal(await figure('warnings'), String(s.warnings), 'warnings');
      equal(await figure('mean-score'), s.meanScore.toFixed(1), 'mean score');
    });

    await check(
      'the table of contracts has a row per contract and names the weakest with their next step',
      async () => {
        equal(await page.locator('#contracts tbody tr').count(), json.contracts, 'rows in the table of contracts');
        const weakest = page.locator('ol.weakest li');
        equal(await weakest.count(), json.weakest.length, 'weakest contracts listed');
        for (const [i, w] of json.weakest.entries()) {
          const text = await weakest.nth(i).innerText();
          assert(text.includes(w.name), `weakest #${i + 1} does not name ${w.name}`);
          if (w.nextStep) assert(text.includes(w.nextStep), `weakest #${i + 1} does not give its next step`);
          const href = await weakest.nth(i).locator('a').getAttribute('href');
          assert(fs.existsSync(new URL(href, url)), `the link of ${w.name} (${href}) does not lead to its file`);
        }
      },
    );

    await check('each chart is an image with a label and a table of its figures after it', async () => {
      const charts = page.locator('figure svg');
      const count = await charts.count();
      assert(count >= 2, `${count} charts`);
      for (let i = 0; i < count; i++) {
        const svg = charts.nth(i);
        equal(await svg.getAttribute('role'), 'img', `role of chart ${i + 1}`);
        assert(await svg.getAttribute('aria-label'), `chart ${i + 1} has no label`);
        const table = await svg.evaluate((el) =>
          el.closest('figure').parentElement.querySelector('figure ~ details table'),
        );
        assert(table, `chart ${i + 1} has no table after it`);
      }
      if (json.history?.length) assert(await page.locator('#history').count(), 'history in the JSON, none on the page');
    });

    await check('sorting by score puts the lowest score first', async () => {
      const headers = page.locator('#contracts thead th');
      const names = await headers.allInnerTexts();
      const column = names.findIndex((n) => n.trim() === 'Score');
      assert(column >= 0, 'no Score column');
      await headers.nth(column).locator('button').click();
      equal(await headers.nth(column).getAttribute('aria-sort'), 'ascending', 'aria-sort');
      const scores = await page.locator(`#contracts tbody tr > :nth-child(${column + 1})`).allInnerTexts();
      const sorted = [...scores].map(Number).sort((a, b) => a - b);
      assert(JSON.stringify(scores.map(Number)) === JSON.stringify(sorted), `not in order: ${scores.join(', ')}`);
      await headers.nth(column).locator('button').click();
      equal(await headers.nth(column).getAttribute('aria-sort'), 'descending', 'aria-sort after a second click');
    });

    await check('axe-core finds no serious or critical accessibility violation', async () => {
      // Evaluated through the debugging protocol, which the page's content security policy does not govern.
      await page.evaluate(fs.readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
      const result = await page.evaluate(() =>
        globalThis.axe.run(globalThis.document, { resultTypes: ['violations'] }),
      );
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert(
        bad.length === 0,
        bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`).join('; '),
      );
    });

    await check('it prints: the tables behind the charts are on paper', async () => {
      await page.emulateMedia({ media: 'print' });
      const table = page.locator('details table').first();
      assert(await table.isVisible(), 'the first chart table is hidden in print');
      const pdf = await page.pdf({ format: 'A4' });
      assert(pdf.length > 10_000, `a PDF of ${pdf.length} bytes`);
      await page.emulateMedia({ media: 'screen' });
    });

    if (shot) {
      await check(`a screenshot of the page is saved to ${shot}`, async () => {
        fs.mkdirSync(path.dirname(path.resolve(shot)), { recursive: true });
        await page.reload({ waitUntil: 'load' });
        await page.screenshot({ path: shot, fullPage: true, animations: 'disabled' });
      });
    }
  } catch (e) {
    console.log(`  ✘ ${String(e?.message ?? e).split('\n')[0]}`);
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (!process.env.KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true });
  }
  const expected = EXPECTED_CHECKS + (shot ? 1 : 0);
  const passed = checks.filter(Boolean).length;
  console.log(`${passed} passed, ${expected - passed} failed`);
  process.exit(passed === expected ? 0 : 1);
})();

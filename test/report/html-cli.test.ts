// `dclens report --format html` from the built CLI: the page is written where asked, its links lead to the contracts
// from there, and the charting library stays in the renderer's own bundle, out of the CLI's, the server's and the
// extension's.
import * as assert from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCli, REPO, runCli } from '../cli/run-cli';

describe('dclens report --format html (built CLI)', function () {
  this.timeout(120000);
  let out: string;
  before(() => {
    buildCli();
    out = mkdtempSync(path.join(tmpdir(), 'dclens-report-html-'));
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it('writes one page for --output x.html whose links lead to each contract from where it is written', () => {
    const page = path.join(out, 'nested', 'report.html');
    const run = runCli(['report', 'examples', '--output', page], REPO);
    assert.strictEqual(run.code, 0, run.stderr);
    const html = readFileSync(page, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    const links = [...html.matchAll(/<a href="([^"]+)" data-file="([^"]+)">/g)];
    assert.ok(links.length >= 3, 'a link per contract');
    for (const [, href, file] of links) {
      assert.ok(existsSync(path.resolve(path.dirname(page), decodeURIComponent(href))), `${href} leads nowhere`);
      assert.ok(existsSync(path.join(REPO, file)), `${file} is not the contract's path`);
    }
  });

  it('keeps ECharts in dist/report-html.js: the CLI, the server and the extension bundles do not carry it', () => {
    const carries = (bundle: string) => /zrender|echarts/i.test(readFileSync(path.join(REPO, 'dist', bundle), 'utf8'));
    assert.ok(carries('report-html.js'));
    for (const bundle of ['cli.js', 'cli-main.js', 'server.js', 'extension.js'])
      assert.ok(!carries(bundle), `${bundle} bundles the charting library`);
  });
});

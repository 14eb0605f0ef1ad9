import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scoreCommand } from '../../src/cli/commands/score';
import { BARE_ORDERS, WELL_SPECIFIED } from './contracts';

describe('dclens score', () => {
  let dir: string;
  const run = async (args: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await scoreCommand(args, {
      cwd: dir,
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
    });
    return { code, stdout, stderr };
  };
  before(() => {
    process.env.DCLENS_TODAY = '2026-11-27';
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-score-'));
    writeFileSync(path.join(dir, 'orders.odcs.yaml'), BARE_ORDERS);
    writeFileSync(path.join(dir, 'good.odcs.yaml'), WELL_SPECIFIED);
    writeFileSync(path.join(dir, 'other.yaml'), 'name: not a contract\n');
  });
  after(() => {
    delete process.env.DCLENS_TODAY;
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints a table per contract with the next steps and their lines', async () => {
    const { code, stdout } = await run(['orders.odcs.yaml']);
    assert.equal(code, 0);
    assert.match(stdout, /^orders\.odcs\.yaml — orders-contract\n {2}Quality \d+\/100 · \d+ problems?\n/);
    assert.match(
      stdout,
      /uniqueness +\d+ +Add .*duplicateValues checks? on property 'order_id' in schema 'orders'.*\(line \d+\) → \d+/,
    );
    assert.match(stdout, /Best next steps:\n {4}1\. /);
    assert.doesNotMatch(stdout, /other\.yaml/);
  });

  it('writes JSON with 1-based lines and exits 1 below --min-score', async () => {
    const { code, stdout } = await run(['.', '--format', 'json', '--min-score', '90']);
    assert.equal(code, 1);
    const report = JSON.parse(stdout) as {
      files: Array<{
        file: string;
        contracts: Array<{ overall: number; nextSteps: Array<{ range: { start: { line: number } } }> }>;
      }>;
    };
    const files = report.files.map((f) => f.file).sort();
    assert.deepEqual(files, ['good.odcs.yaml', 'orders.odcs.yaml']);
    const good = report.files.find((f) => f.file === 'good.odcs.yaml');
    assert.equal(good?.contracts[0].overall, 100);
    const bare = report.files.find((f) => f.file === 'orders.odcs.yaml');
    assert.ok((bare?.contracts[0].nextSteps[0].range.start.line ?? 0) >= 1);
    assert.equal((await run(['good.odcs.yaml', '--min-score', '90'])).code, 0);
  });
});

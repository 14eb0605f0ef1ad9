// Patterns from a repository (a contract's own pattern, CODEOWNERS lines) run bounded and never crash a run.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCli, runCli } from './run-cli';

const HOSTILE_PATTERN_CONTRACT = `apiVersion: v3.1.0
kind: DataContract
id: people
version: 1.0.0
status: active
schema:
  - name: people
    properties:
      - name: code
        logicalType: string
        logicalTypeOptions:
          pattern: '^(a+)+$'
        examples:
          - "${'a'.repeat(35)}!"
`;

const CODEOWNERS = `contracts/ @org/contracts
${'**/'.repeat(40)}x @org/deep
a/[z-a]* @org/a
`;

describe('dclens with hostile patterns (child process)', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => buildCli());
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-patterns-'));
    mkdirSync(path.join(dir, '.github'));
    mkdirSync(path.join(dir, 'contracts'));
    writeFileSync(path.join(dir, '.github/CODEOWNERS'), CODEOWNERS);
    writeFileSync(path.join(dir, 'contracts/people.odcs.yaml'), HOSTILE_PATTERN_CONTRACT);
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=Sam Cole', '-c', 'user.email=sam.cole@example.org', ...args], {
        cwd: dir,
        stdio: 'pipe',
      });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'contracts');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lints and scores a contract whose own pattern backtracks catastrophically on its example', () => {
    const lint = runCli(['lint'], dir);
    assert.notEqual(lint.code, 2, lint.stderr);
    assert.match(lint.stdout, /to match '\^\(a\+\)\+\$'/);
    const score = runCli(['score'], dir);
    assert.equal(score.code, 0, score.stderr);
  });

  it('suggests owners with a CODEOWNERS line it cannot read and one with many **/, warning about the first', () => {
    const run = runCli(['owners', 'suggest', 'contracts/people.odcs.yaml'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(
      run.stdout + run.stderr,
      /CODEOWNERS:3: 'a\/\[z-a\]\*' is not a pattern CODEOWNERS can match \(invalid character class range\); line ignored/,
    );
    assert.match(run.stdout, /CODEOWNERS \(line 1, 'contracts\/'\) assigns this file to @org\/contracts/);
  });
});

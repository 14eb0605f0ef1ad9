import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCli, runCli } from './run-cli';
import { courtsContract, courtsPeople } from '../helpers/courts-catalogue';

describe('dclens lint with a catalogue (child process)', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => buildCli());
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-catalogue-'));
    writeFileSync(path.join(dir, 'hearings.odcs.yaml'), courtsContract());
    writeFileSync(path.join(dir, 'people.yaml'), courtsPeople());
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const ownerFindings = () => {
    const run = runCli(['lint', '--format', 'json', 'hearings.odcs.yaml'], dir);
    const report = JSON.parse(run.stdout) as { files: Array<{ findings: Array<{ ruleId: string; line: number }> }> };
    return report.files[0].findings.filter((f) => f.ruleId.startsWith('owner-'));
  };

  it('reports a member the people directory lists as gone, when .dclens.yaml names the catalogue', () => {
    writeFileSync(
      path.join(dir, '.dclens.yaml'),
      'catalogue:\n  sources:\n    - type: people\n      path: people.yaml\n',
    );
    assert.deepEqual(
      ownerFindings().map((f) => [f.ruleId, f.line]),
      [['owner-has-left', 11]],
    );
  });

  it('reads no catalogue without such a configuration, so the owner rules stay silent', () => {
    assert.deepEqual(ownerFindings(), []);
  });

  it('says nothing of git in a folder outside git unless the configuration asks for the git source', () => {
    writeFileSync(path.join(dir, '.dclens.yaml'), 'rules:\n  no-data-owner: error\n');
    const quiet = runCli(['lint', '.'], dir);
    assert.doesNotMatch(quiet.stderr, /git/);
    writeFileSync(path.join(dir, '.dclens.yaml'), 'catalogue:\n  sources:\n    - type: git\n');
    const asked = runCli(['lint', '.'], dir);
    assert.match(asked.stderr, /git source: not a git repository/);
  });
});

// Hostile and unusual files in a repository: the CLI prints them safely, reads only what it should and always ends.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCli, runCli } from './run-cli';

/** Any control character a terminal would act on, other than line feeds. */
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const HOSTILE_CONTRACT = `apiVersion: v3.1.0
kind: DataContract
id: "orders\\e[2J\\e[H"
version: 1.0.0
status: active
schema:
  - name: "orders\\e[2J\\e[HNo problems in 0 contracts\\a\\r"
    properties:
      - name: "id\\x9b31m"
        logicalType: strng
`;

describe('dclens with hostile and unusual input (child process)', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => buildCli());
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-hostile-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('shows control characters from a contract as escapes in stylish, github and score output', () => {
    writeFileSync(path.join(dir, 'orders.odcs.yaml'), HOSTILE_CONTRACT);
    for (const args of [['lint'], ['lint', '--color'], ['lint', '--format', 'github'], ['lint', '--format', 'junit'], ['score']]) {
      const run = runCli(args, dir);
      const stdout = args.includes('--color') ? run.stdout.replace(/\u001b\[\d+m/g, '') : run.stdout;
      assert.doesNotMatch(stdout, RAW_CONTROL, args.join(' '));
      assert.doesNotMatch(run.stderr, RAW_CONTROL, args.join(' '));
      assert.ok(stdout.includes('\\x1b[2J'), `${args.join(' ')}:\n${stdout}`);
    }
  });
});

// `dclens diff --base-file`: the report in each format, the exit codes and hostile text printed safely.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contract } from './contract-template';
import { runDiff } from './run-diff';
import { buildCli, runCli } from '../cli/run-cli';

const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

describe('dclens diff (command line, --base-file)', () => {
  let dir: string;
  const write = (name: string, text: string) => writeFileSync(path.join(dir, name), text);
  const note = '- name: payment_method\n  logicalType: string';

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-diff-'));
    write('old.yaml', contract({ version: '1.2.0', props: note, amount: 'logicalType: number\nrequired: true' }));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 1 when a breaking change comes without a major version, and says so', async () => {
    write('new.yaml', contract({ version: '1.3.0', amount: 'logicalType: number\nrequired: true' }));
    const run = await runDiff(['new.yaml', '--base-file', 'old.yaml'], dir);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /^new\.yaml compared with old\.yaml \(consumer view\)$/m);
    assert.match(run.stdout, /breaking\s+property-removed\s+Property 'payment_method' of schema 'fines' was removed/);
    assert.match(run.stdout, /1 breaking change, 0 warnings, 0 info/);
    assert.match(
      run.stdout,
      /Version 1\.2\.0 → 1\.3\.0: breaking changes need version 2\.0\.0 or later \(a major release\), not 1\.3\.0\./,
    );
  });

  it('exits 0 when the major version announces the breaking change', async () => {
    write('new.yaml', contract({ version: '2.0.0', amount: 'logicalType: number\nrequired: true' }));
    const run = await runDiff(['new.yaml', '--base-file', 'old.yaml'], dir);
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /the major release these changes need is announced/);
  });

  it('--fail-on breaking exits 1 on a breaking change even when the version announces it', async () => {
    write('new.yaml', contract({ version: '2.0.0', amount: 'logicalType: number\nrequired: true' }));
    const run = await runDiff(
      ['new.yaml', '--base-file', 'old.yaml', '--fail-on', 'breaking', '--format', 'markdown'],
      dir,
    );
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^dclens: new\.yaml: 1 breaking change \(--fail-on breaking\)\n$/);
  });

  it('--help explains the options and exit codes', async () => {
    const run = await runDiff(['--help'], dir);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^Usage: dclens diff FILE\.\.\. \[--base REF \| --base-file OLD\]/);
    assert.match(run.stdout, /--perspective NAME/);
    assert.match(run.stdout, /Exit codes: 0/);
  });

  it('judges for producers with --perspective producer', async () => {
    // Relaxing `required` and removing a property break consumers, not producers.
    write('new.yaml', contract({ version: '1.3.0' }));
    const consumer = await runDiff(['new.yaml', '--base-file', 'old.yaml'], dir);
    const producer = await runDiff(['new.yaml', '--base-file', 'old.yaml', '--perspective', 'producer'], dir);
    assert.equal(consumer.code, 1);
    assert.match(consumer.stdout, /2 breaking changes/);
    assert.equal(producer.code, 0, producer.stdout);
    assert.match(producer.stdout, /\(producer view\)/);
    assert.match(producer.stdout, /0 breaking changes, 0 warnings, 2 info/);
  });

  it('--fail-on warning exits 1 on a warning alone; without it the warning passes', async () => {
    write('old.yaml', contract({ version: '1.0.0', amount: 'logicalType: number\nprimaryKey: true' }));
    write('new.yaml', contract({ version: '1.1.0' }));
    assert.equal((await runDiff(['new.yaml', '--base-file', 'old.yaml'], dir)).code, 0);
    const failing = await runDiff(['new.yaml', '--base-file', 'old.yaml', '--fail-on', 'warning', '-f', 'json'], dir);
    assert.equal(failing.code, 1);
    assert.match(failing.stderr, /1 warning \(--fail-on warning\)/);
  });

  it('writes the JSON the issue describes', async () => {
    write('new.yaml', contract({ version: '1.3.0', amount: 'logicalType: number\nrequired: true' }));
    const run = await runDiff(['new.yaml', '--base-file', 'old.yaml', '--format', 'json'], dir);
    const json = JSON.parse(run.stdout);
    assert.deepEqual(Object.keys(json), [
      'tool',
      'toolVersion',
      'file',
      'base',
      'perspective',
      'changes',
      'summary',
      'version',
    ]);
    assert.equal(json.tool, 'dclens');
    assert.equal(json.file, 'new.yaml');
    assert.equal(json.base, 'old.yaml');
    assert.equal(json.perspective, 'consumer');
    assert.deepEqual(json.changes, [
      {
        type: 'property-removed',
        level: 'breaking',
        schema: 'fines',
        property: 'payment_method',
        line: 7,
        message: "Property 'payment_method' of schema 'fines' was removed; consumers that read it will fail.",
        before: { name: 'payment_method', logicalType: 'string' },
        after: null,
      },
    ]);
    assert.deepEqual(json.summary, { breaking: 1, warning: 0, info: 0 });
    assert.deepEqual(json.version, {
      base: '1.2.0',
      head: '1.3.0',
      required: 'major',
      ok: false,
      problem: 'breaking changes need version 2.0.0 or later (a major release), not 1.3.0',
    });
    assert.equal(run.code, 1);
  });

  it('writes a markdown changelog grouped by level, with the verdict', async () => {
    write(
      'new.yaml',
      contract({
        version: '2.0.0',
        status: 'deprecated',
        amount: 'logicalType: number\nrequired: true\ndescription: In pence.',
      }),
    );
    const run = await runDiff(['new.yaml', '--base-file', 'old.yaml', '--format', 'markdown'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(
      run.stdout,
      [
        '## Contract changes: new.yaml',
        '',
        'Compared with old.yaml, for consumers (readers of the data): 1 breaking change, 1 warning, 1 info.',
        '',
        '✅ Version 1.2.0 → 2.0.0: the major release these changes need is announced.',
        '',
        '### Breaking (1)',
        '',
        "- **property-removed** fines.payment\\_method (line 7): Property 'payment\\_method' of schema 'fines' was removed; consumers that read it will fail.",
        '',
        '### Warnings (1)',
        '',
        '- **status-changed** contract (line 5): The contract status changed: active → deprecated; consumers should plan to move away.',
        '',
        '### Info (1)',
        '',
        "- **description-changed** fines.amount (line 15): The description of property 'amount' of schema 'fines' was added.",
        '',
      ].join('\n'),
    );
  });

  it('prints hostile text from the contract safely', async () => {
    const hostile = 'name: "pay\\e[2J\\e[Hment\\a"\n  logicalType: string';
    write('old.yaml', contract({ version: '1.0.0', props: `- ${hostile}` }));
    write('new.yaml', contract({ version: '1.0.0', object: 'description: "\\e]8;;http://evil\\aclick\\e[0m"' }));
    for (const format of ['text', 'markdown', 'json']) {
      const run = await runDiff(['new.yaml', '--base-file', 'old.yaml', '--format', format], dir);
      assert.equal(run.code, 1);
      assert.doesNotMatch(run.stdout, RAW_CONTROL, format);
      assert.doesNotMatch(run.stderr, RAW_CONTROL, format);
    }
  });

  it('runs from the built dclens, as users run it', function () {
    this.timeout(120_000);
    buildCli();
    write('new.yaml', contract({ version: '2.0.0', amount: 'logicalType: number\nrequired: true' }));
    const run = runCli(['diff', 'new.yaml', '--base-file', 'old.yaml', '--format', 'json'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout).version, { base: '1.2.0', head: '2.0.0', required: 'major', ok: true });
    const help = runCli(['--help'], dir);
    assert.match(help.stdout, /dclens diff FILE \[--base REF\]/);
  });

  it('exits 2 with one line for usage problems and unreadable files', async () => {
    write('new.yaml', contract());
    const cases: Array<[string[], RegExp]> = [
      [[], /name a contract/],
      [['new.yaml', 'other.yaml', '--base-file', 'old.yaml'], /--base-file compares one contract/],
      [['new.yaml', 'other.yaml', '--format', 'json'], /--format json compares one contract/],
      [['new.yaml', '--base', 'main', '--base-file', 'old.yaml'], /--base or --base-file, not both/],
      [
        ['new.yaml', '--base-file', 'old.yaml', '--perspective', 'reader'],
        /--perspective must be one of consumer, producer/,
      ],
      [['new.yaml', '--base-file', 'missing.yaml'], /cannot read missing\.yaml/],
      [['new.yaml', '--base-file', 'old.yaml', '--fail-on', 'info'], /--fail-on must be one of warning, breaking/],
    ];
    for (const [args, message] of cases) {
      const run = await runDiff(args, dir);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, message);
      assert.equal(run.stderr.trim().split('\n').length, 1);
    }
    write('broken.yaml', 'schema: [');
    const broken = await runDiff(['new.yaml', '--base-file', 'broken.yaml'], dir);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /cannot compare new\.yaml with broken\.yaml: the base/);
  });
});

// Paths in `.dclens.yaml` stay inside the workspace (the folder of the configuration file): a path that leads
// outside — `..`, an absolute path, a link — is a configuration error at its line, exit 2, for every command that
// reads configuration, and no byte of the file it names ever appears in the output.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { CliError, type CliIO, type CommandHandler } from '../../src/cli/command';
import { lintCommand } from '../../src/cli/commands/lint';
import { ownersCommand } from '../../src/cli/commands/owners';
import { scoreCommand } from '../../src/cli/commands/score';
import { formatCommand } from '../../src/cli/commands/format';
import { parseConfigText } from '../../src/engine/config/parse-config';
import { loadCatalogue } from '../../src/node/catalogue';
import { ConfigError, ConfigLoader } from '../../src/node/config-loader';
import { isTooWideToSearch } from '../../src/node/workspace';
import { buildCli, runCli } from './run-cli';

/** Bytes that must never reach a warning: every secret file below holds them where a parser would quote them. */
const MARKER = 'SECRET-MARKER-7f3a';
/** A CODEOWNERS-shaped secret: its owner would be quoted in "'…' is not a @user" if it were ever read. */
const SECRET = `* ${MARKER}\n`;

const CONTRACT = stringify({
  apiVersion: 'v3.1.0',
  kind: 'DataContract',
  id: 'orders',
  version: '1.0.0',
  status: 'active',
  domain: 'sales',
  team: { name: 'sales-data', members: [{ username: 'amina.khan', role: 'Data Owner' }] },
});

const configWith = (type: string, sourcePath: string): string =>
  `extends: recommended\ncatalogue:\n  sources:\n    - type: contracts\n    - type: ${type}\n      path: ${JSON.stringify(sourcePath)}\n`;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command in-process and turns a CliError into exit 2 with one line, as the `dclens` entry point does. */
async function run(command: CommandHandler, args: string[], cwd: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) };
  try {
    return { code: await command(args, io), stdout, stderr };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return { code: 2, stdout, stderr: `${stderr}dclens: ${error.message}\n` };
  }
}

const COMMANDS: Array<[string, CommandHandler, string[]]> = [
  ['lint', lintCommand, ['contracts/orders.odcs.yaml']],
  ['score', scoreCommand, ['contracts/orders.odcs.yaml']],
  ['owners suggest', ownersCommand, ['suggest', 'contracts/orders.odcs.yaml']],
  ['format', formatCommand, ['--check', 'contracts/orders.odcs.yaml']],
];

describe('workspace boundary: paths in .dclens.yaml', () => {
  let top: string;
  let ws: string;
  beforeEach(() => {
    top = mkdtempSync(path.join(tmpdir(), 'dclens-boundary-'));
    ws = path.join(top, 'ws');
    mkdirSync(path.join(ws, 'contracts'), { recursive: true });
    mkdirSync(path.join(top, 'outside'));
    writeFileSync(path.join(top, 'outside', 'CODEOWNERS'), SECRET);
    writeFileSync(path.join(ws, 'contracts', 'orders.odcs.yaml'), CONTRACT);
  });
  afterEach(() => rmSync(top, { recursive: true, force: true }));

  const outsidePaths = (): Array<[string, () => string]> => [
    ['a path that climbs out with ..', () => '../outside/CODEOWNERS'],
    ['a path that climbs further out', () => '../../../../../../../../../..' + path.join(top, 'outside', 'CODEOWNERS')],
    ['an absolute path', () => path.join(top, 'outside', 'CODEOWNERS')],
    ['the root of the file system', () => '/'],
    [
      'a link inside the workspace to a file outside',
      () => {
        symlinkSync(path.join(top, 'outside', 'CODEOWNERS'), path.join(ws, 'CODEOWNERS'));
        return 'CODEOWNERS';
      },
    ],
    [
      'a path under a link to a folder outside',
      () => {
        symlinkSync(path.join(top, 'outside'), path.join(ws, 'catalogue'));
        return 'catalogue/CODEOWNERS';
      },
    ],
  ];

  for (const [what, make] of outsidePaths()) {
    for (const [name, command, args] of COMMANDS) {
      it(`${name}: ${what} is a configuration error at its line, exit 2, quoting nothing of the file`, async () => {
        const sourcePath = make();
        writeFileSync(path.join(ws, '.dclens.yaml'), configWith('codeowners', sourcePath));
        const result = await run(command, args, ws);
        assert.equal(result.code, 2, result.stderr);
        assert.equal(result.stdout, '');
        assert.match(
          result.stderr,
          /^(dclens|dclens owners): \.dclens\.yaml:6:13: Use a path inside the workspace for catalogue source 2 \(codeowners\): /,
        );
        assert.match(result.stderr, /outside the folder of this configuration file|absolute path/);
        assert.ok(!result.stderr.includes(MARKER), result.stderr);
      });
    }
  }

  it('accepts paths that stay inside, written any usual way', async () => {
    mkdirSync(path.join(ws, 'catalogue'));
    writeFileSync(path.join(ws, 'catalogue', 'CODEOWNERS'), '/contracts/ @sales/data\n');
    for (const inside of ['catalogue/CODEOWNERS', './catalogue/CODEOWNERS', 'contracts/../catalogue/CODEOWNERS']) {
      writeFileSync(path.join(ws, '.dclens.yaml'), configWith('codeowners', inside));
      const result = await run(lintCommand, ['contracts/orders.odcs.yaml'], ws);
      assert.equal(result.code, 0, `${inside}: ${result.stderr}`);
      assert.equal(result.stderr, '', inside);
    }
  });

  it('a .dclens.yaml that is a link to a file outside its folder is a configuration error that quotes none of it', async () => {
    writeFileSync(path.join(top, 'outside', 'config.yaml'), `${MARKER}: true\n`);
    symlinkSync(path.join(top, 'outside', 'config.yaml'), path.join(ws, '.dclens.yaml'));
    for (const [name, command, args] of COMMANDS) {
      const result = await run(command, args, ws);
      assert.equal(result.code, 2, `${name}: ${result.stderr}`);
      assert.match(result.stderr, /\.dclens\.yaml: is a link to a file outside its folder/, name);
      assert.ok(!result.stderr.includes(MARKER), `${name}: ${result.stderr}`);
    }
  });

  it('a configuration named with --config may live anywhere; its paths are judged from its own folder', () => {
    writeFileSync(path.join(top, 'outside', 'shared.yaml'), configWith('codeowners', 'CODEOWNERS'));
    const loaded = new ConfigLoader({ cwd: ws, explicitFile: '../outside/shared.yaml' }).forFile(
      path.join(ws, 'contracts', 'orders.odcs.yaml'),
    );
    assert.equal(loaded.file, path.join(top, 'outside', 'shared.yaml'));
    writeFileSync(path.join(top, 'outside', 'shared.yaml'), configWith('codeowners', '../ws/contracts'));
    assert.throws(
      () =>
        new ConfigLoader({ cwd: ws, explicitFile: '../outside/shared.yaml' }).forFile(
          path.join(ws, 'contracts', 'orders.odcs.yaml'),
        ),
      (error: unknown) => error instanceof ConfigError && /shared\.yaml:6:13$/.test(error.where),
    );
  });

  it('the CLI bundle exits 2 with the line, and prints no byte of the file outside (child process)', function () {
    this.timeout(60_000);
    buildCli();
    symlinkSync(path.join(top, 'outside', 'CODEOWNERS'), path.join(ws, 'CODEOWNERS'));
    writeFileSync(path.join(ws, '.dclens.yaml'), configWith('codeowners', 'CODEOWNERS'));
    const result = runCli(['lint'], ws);
    assert.equal(result.code, 2);
    assert.equal(
      result.stderr,
      "dclens: .dclens.yaml:6:13: Use a path inside the workspace for catalogue source 2 (codeowners): 'CODEOWNERS' is a link that leads outside the folder of this configuration file.\n",
    );
    assert.ok(!(result.stdout + result.stderr).includes(MARKER));
  });
});

describe('workspace boundary: the configuration check (engine, shared by the CLI and the editor)', () => {
  const problemsOf = (sourcePath: string, leadsOutside?: (p: string) => boolean) =>
    parseConfigText(configWith('people', sourcePath), { leadsOutside }).problems.map((p) => [
      p.range.start.line + 1,
      p.message,
    ]);

  it('names the source, the path and why, at the line of the path', () => {
    assert.deepEqual(problemsOf('../../etc/hostname'), [
      [
        6,
        "Use a path inside the workspace for catalogue source 2 (people): '../../etc/hostname' leads outside the folder of this configuration file.",
      ],
    ]);
    assert.deepEqual(problemsOf('/etc'), [
      [
        6,
        "Use a path inside the workspace for catalogue source 2 (people): '/etc' is an absolute path; write it relative to the folder of this configuration file.",
      ],
    ]);
  });

  it('refuses absolute paths in every spelling and any climb above the folder', () => {
    for (const outside of [
      '/',
      '/etc/hostname',
      'C:\\Windows',
      'c:/x',
      '\\\\server\\share',
      '..',
      '../',
      'a/../../b',
      './..',
      'a\\..\\..\\b',
    ]) {
      assert.equal(problemsOf(outside).length, 1, outside);
    }
  });

  it('accepts paths inside, and asks the host about links only for those', () => {
    const asked: string[] = [];
    for (const inside of [
      '.',
      './',
      '',
      'catalogue',
      'catalogue/people.yaml',
      'a/../b',
      './catalogue/',
      '..people.yaml',
    ]) {
      assert.deepEqual(
        problemsOf(inside, (p) => (asked.push(p), false)),
        [],
        inside,
      );
    }
    assert.deepEqual(asked, [
      '.',
      './',
      '',
      'catalogue',
      'catalogue/people.yaml',
      'a/../b',
      './catalogue/',
      '..people.yaml',
    ]);
    assert.deepEqual(problemsOf('../x', () => assert.fail('not asked: the text already says outside')).length, 1);
  });

  it('reports a link the host finds leading outside', () => {
    assert.deepEqual(
      problemsOf('people.yaml', () => true),
      [
        [
          6,
          "Use a path inside the workspace for catalogue source 2 (people): 'people.yaml' is a link that leads outside the folder of this configuration file.",
        ],
      ],
    );
  });
});

describe('workspace boundary: the catalogue loader reads nothing outside its root', () => {
  let top: string;
  let root: string;
  beforeEach(() => {
    top = mkdtempSync(path.join(tmpdir(), 'dclens-boundary-loader-'));
    root = path.join(top, 'ws');
    mkdirSync(path.join(root, 'owners'), { recursive: true });
    mkdirSync(path.join(top, 'outside'));
    writeFileSync(path.join(top, 'outside', 'CODEOWNERS'), SECRET);
    writeFileSync(path.join(top, 'outside', 'orders.odcs.yaml'), CONTRACT.replace('amina.khan', MARKER));
  });
  afterEach(() => rmSync(top, { recursive: true, force: true }));

  const everything = (snapshot: unknown) =>
    JSON.stringify(snapshot, (_k, v: unknown) => (v instanceof Map ? [...v] : v));

  it('skips a source (such as an editor setting) whose path leads outside, with a warning that quotes nothing of it', async () => {
    for (const sourcePath of ['../outside/CODEOWNERS', path.join(top, 'outside', 'CODEOWNERS')]) {
      const snapshot = (await loadCatalogue({ root, sources: [{ type: 'codeowners', path: sourcePath }] })).snapshot();
      assert.deepEqual(
        snapshot.sourceWarnings.map((w) => w.message),
        ['codeowners source leads outside the workspace; not read'],
        sourcePath,
      );
      assert.ok(!everything(snapshot).includes(MARKER), sourcePath);
    }
  });

  it('follows no link in a source folder, and refuses a changed file that is a link to a file outside', async () => {
    symlinkSync(path.join(top, 'outside', 'orders.odcs.yaml'), path.join(root, 'owners', 'linked.odcs.yaml'));
    symlinkSync(path.join(top, 'outside'), path.join(root, 'owners', 'elsewhere'));
    writeFileSync(path.join(root, 'owners', 'own.odcs.yaml'), CONTRACT);
    const catalogue = await loadCatalogue({ root, sources: [{ type: 'contracts', path: 'owners' }] });
    assert.deepEqual(
      catalogue.snapshot().assets.map((a) => a.path),
      ['owners/own.odcs.yaml'],
    );
    assert.deepEqual(catalogue.snapshot().sourceWarnings, []);
    // The editor reports files that change; one that is a link leading outside is still not read.
    assert.equal(await catalogue.updateFile(path.join(root, 'owners', 'linked.odcs.yaml')), true);
    const snapshot = catalogue.snapshot();
    assert.deepEqual(
      snapshot.assets.map((a) => a.path),
      ['owners/own.odcs.yaml'],
    );
    assert.deepEqual(
      snapshot.sourceWarnings.map((w) => [w.file, w.message]),
      [['owners/linked.odcs.yaml', 'contracts source file is a link to a file outside the workspace; not read']],
    );
    assert.ok(!everything(snapshot).includes(MARKER));
  });

  it('skips a default CODEOWNERS that is a link to a file outside', async () => {
    mkdirSync(path.join(root, '.github'));
    symlinkSync(path.join(top, 'outside', 'CODEOWNERS'), path.join(root, '.github', 'CODEOWNERS'));
    const snapshot = (await loadCatalogue({ root, sources: [{ type: 'codeowners' }] })).snapshot();
    assert.equal(snapshot.codeowners.length, 0);
    assert.ok(!everything(snapshot).includes(MARKER));
  });
});

describe('workspace boundary: owners suggest with no workspace marker', () => {
  let home: string;
  let savedHome: string | undefined;
  beforeEach(() => {
    home = mkdtempSync(path.join(tmpdir(), 'dclens-home-'));
    savedHome = process.env.HOME;
    process.env.HOME = home;
  });
  afterEach(() => {
    if (savedHome === undefined) delete process.env.HOME;
    else process.env.HOME = savedHome;
    rmSync(home, { recursive: true, force: true });
  });

  it('the root of the file system and the home folder are too wide to search; a project folder is not', () => {
    assert.equal(isTooWideToSearch('/'), true);
    assert.equal(isTooWideToSearch(home), true, 'HOME is the home folder');
    assert.equal(isTooWideToSearch(path.join(home, '.')), true);
    assert.equal(isTooWideToSearch(path.join(home, 'projects')), false);
    assert.equal(isTooWideToSearch('/srv/data', '/home/someone'), false);
  });

  it('refuses, exit 2, to search a home folder with no .dclens.yaml or git repository', async () => {
    writeFileSync(path.join(home, 'orders.odcs.yaml'), CONTRACT);
    const result = await run(ownersCommand, ['suggest', 'orders.odcs.yaml'], home);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.match(
      result.stderr,
      /^dclens owners: run it from your project's folder, or add a \.dclens\.yaml there: .* is your home folder, with no \.dclens\.yaml or git repository/,
    );
  });

  it('searches a home folder that has a .dclens.yaml, as the configuration asks', async () => {
    writeFileSync(path.join(home, 'orders.odcs.yaml'), CONTRACT);
    writeFileSync(path.join(home, '.dclens.yaml'), 'catalogue:\n  sources:\n    - type: contracts\n');
    const result = await run(ownersCommand, ['suggest', 'orders.odcs.yaml'], home);
    assert.equal(result.code, 0, result.stderr);
  });

  it('searches a project folder with no marker, as before', async () => {
    mkdirSync(path.join(home, 'project'));
    writeFileSync(path.join(home, 'project', 'orders.odcs.yaml'), CONTRACT);
    const result = await run(ownersCommand, ['suggest', 'orders.odcs.yaml'], path.join(home, 'project'));
    assert.equal(result.code, 0, result.stderr);
  });
});

describe('every command reads the catalogue as lint does', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-same-catalogue-'));
    writeFileSync(
      path.join(dir, 'hearings.odcs.yaml'),
      stringify({
        apiVersion: 'v3.1.0',
        kind: 'DataContract',
        id: 'hearings',
        version: '1.0.0',
        status: 'active',
        team: { name: 'courts-data', members: [{ username: 'rachel.adeyemi', role: 'Data Owner' }] },
      }),
    );
    writeFileSync(
      path.join(dir, 'people.yaml'),
      'people:\n  - id: rachel.adeyemi\n    name: Rachel Adeyemi\n    active: false\n',
    );
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const ownership = async (): Promise<number> => {
    const result = await run(scoreCommand, ['--format', 'json', 'hearings.odcs.yaml'], dir);
    assert.equal(result.code, 0, result.stderr);
    return JSON.parse(result.stdout).files[0].contracts[0].areas.ownership.score;
  };

  it('score counts a Data Owner who has left, as lint reports it, when .dclens.yaml lists the catalogue', async () => {
    const without = await ownership();
    writeFileSync(
      path.join(dir, '.dclens.yaml'),
      'catalogue:\n  sources:\n    - type: people\n      path: people.yaml\n',
    );
    const lint = await run(lintCommand, ['--format', 'json', 'hearings.odcs.yaml'], dir);
    assert.deepEqual(
      JSON.parse(lint.stdout).files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'owner-has-left').length,
      1,
    );
    assert.ok((await ownership()) < without, 'the owner who has left lowers the ownership score');
  });
});

describe('format finds its configuration as lint does', () => {
  let dir: string;
  const UNFORMATTED = `${CONTRACT}schema:\n  - name: orders\n    quality:\n      - type: sql\n        query: select count(*) from orders where amount < 0\n        mustBe: 0\n`;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-format-config-'));
    mkdirSync(path.join(dir, 'generated'));
    writeFileSync(path.join(dir, 'generated', 'orders.odcs.yaml'), UNFORMATTED);
    writeFileSync(path.join(dir, 'orders.odcs.yaml'), UNFORMATTED);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("leaves alone the files .dclens.yaml's ignore: lists, as lint does", async () => {
    writeFileSync(path.join(dir, '.dclens.yaml'), "ignore: ['generated/**']\n");
    const result = await run(formatCommand, ['--check'], dir);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, 'orders.odcs.yaml\n');
  });

  it('stops with exit 2 and the line on an invalid .dclens.yaml, as lint does', async () => {
    writeFileSync(path.join(dir, '.dclens.yaml'), 'rules:\n  no-teem: off\n');
    const result = await run(formatCommand, ['--check'], dir);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^dclens: \.dclens\.yaml:2:3: Unknown rule 'no-teem'/);
  });
});

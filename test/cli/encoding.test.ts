import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CliIO } from '../../src/cli/command';
import { formatCommand } from '../../src/cli/commands/format';
import { lintCommand } from '../../src/cli/commands/lint';
import { decodeContractBytes } from '../../src/cli/commands/lint-file';

/** A contract with one safe fix (the misspelled key), a name with an accent, and a query to format. */
const CONTRACT = [
  'apiVersion: v3.1.0',
  'kind: DataContract',
  'id: orders',
  'name: Commandes clients (é)',
  'version: 1.0.0',
  'status: active',
  'team:',
  '  name: ventes',
  '  members:',
  '    - username: dana.lee',
  '      role: Data Owner',
  'schema:',
  '  - name: orders',
  '    descripton: Une ligne par commande.',
  '    properties:',
  '      - name: order_id',
  '        logicalType: string',
  '        description: Identifiant unique.',
  '    quality:',
  '      - type: sql',
  "        query: select count(*) from orders where note = 'à revoir'",
  '        mustBe: 0',
  '',
].join('\n');
const FIXED = CONTRACT.replace('descripton:', 'description:');

const latin1 = (text: string) => Buffer.from(text, 'latin1');
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};

interface Finding {
  ruleId: string;
  line: number;
  column: number;
}

describe('files that are not UTF-8 (lint --fix, format)', () => {
  let dir: string;
  let out: string[];
  let err: string[];
  let io: CliIO;
  const file = (name: string) => path.join(dir, name);
  const run = async (command: typeof lintCommand, args: string[]) => {
    out = [];
    err = [];
    const code = await command(args, io);
    return { code, stdout: out.join(''), stderr: err.join('') };
  };
  const findings = async (name: string): Promise<Finding[]> => {
    const report = JSON.parse((await run(lintCommand, ['--format', 'json', name])).stdout) as {
      files: Array<{ findings: Finding[] }>;
    };
    return report.files[0]?.findings.map((f) => ({ ruleId: f.ruleId, line: f.line, column: f.column })) ?? [];
  };

  beforeEach(() => {
    process.env.DCLENS_TODAY = '2026-06-01';
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-encoding-'));
    io = { cwd: dir, stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    delete process.env.DCLENS_TODAY;
  });

  it('lint --fix leaves a Latin-1 file byte for byte, says so, and reports its findings as lint does', async () => {
    const bytes = latin1(CONTRACT);
    writeFileSync(file('latin1.odcs.yaml'), bytes);
    const plain = await run(lintCommand, ['latin1.odcs.yaml']);
    assert.match(plain.stdout, /descripton/, 'the misspelled key is reported');
    assert.equal(plain.stderr, '');

    const fixing = await run(lintCommand, ['--fix', 'latin1.odcs.yaml']);
    assert.deepEqual(readFileSync(file('latin1.odcs.yaml')), bytes, 'not one byte changed');
    assert.equal(
      fixing.stderr,
      'dclens: warning: not changed: latin1.odcs.yaml is not UTF-8 text; save it as UTF-8 to use --fix\n',
    );
    assert.equal(fixing.stdout, plain.stdout, 'the same findings, since nothing was fixed');
    assert.equal(fixing.code, plain.code);
  });

  it('lint --fix says nothing about a Latin-1 file it has nothing to fix in', async () => {
    writeFileSync(file('latin1.odcs.yaml'), latin1(FIXED));
    const fixing = await run(lintCommand, ['--fix', 'latin1.odcs.yaml']);
    assert.equal(fixing.stderr, '');
    assert.deepEqual(readFileSync(file('latin1.odcs.yaml')), latin1(FIXED));
  });

  it('format leaves a Latin-1 file byte for byte and names it; --check lists it and fails', async () => {
    const bytes = latin1(CONTRACT);
    writeFileSync(file('latin1.odcs.yaml'), bytes);
    writeFileSync(file('utf8.odcs.yaml'), CONTRACT);
    const formatting = await run(formatCommand, ['.']);
    assert.equal(formatting.code, 0);
    assert.equal(formatting.stdout, 'formatted utf8.odcs.yaml\n');
    assert.equal(
      formatting.stderr,
      'dclens: warning: not changed: latin1.odcs.yaml is not UTF-8 text; save it as UTF-8 to format it\n',
    );
    assert.deepEqual(readFileSync(file('latin1.odcs.yaml')), bytes, 'not one byte changed');
    assert.match(readFileSync(file('utf8.odcs.yaml'), 'utf8'), /query: \|\n {10}select/);

    const check = await run(formatCommand, ['--check']);
    assert.equal(check.code, 1);
    assert.equal(check.stdout, 'latin1.odcs.yaml\n');
    assert.match(check.stderr, /not changed: latin1\.odcs\.yaml is not UTF-8 text; save it as UTF-8 to format it/);
    assert.match(
      check.stderr,
      /1 contract needs formatting; save the file that is not UTF-8 as UTF-8, then run 'dclens format'\./,
    );
    assert.deepEqual(readFileSync(file('latin1.odcs.yaml')), bytes);
  });

  it('keeps a byte-order mark and CRLF line ends exactly through lint --fix and format', async () => {
    const crlf = (text: string) => `\uFEFF${text.replace(/\n/g, '\r\n')}`;
    writeFileSync(file('bom.odcs.yaml'), crlf(CONTRACT));
    await run(lintCommand, ['--fix', 'bom.odcs.yaml']);
    assert.equal(readFileSync(file('bom.odcs.yaml'), 'utf8'), crlf(FIXED), 'only the misspelled key changed');

    assert.equal((await run(formatCommand, ['bom.odcs.yaml'])).stdout, 'formatted bom.odcs.yaml\n');
    const formatted = readFileSync(file('bom.odcs.yaml'), 'utf8');
    assert.ok(formatted.startsWith('\uFEFFapiVersion: v3.1.0\r\n'), 'the mark is kept');
    assert.doesNotMatch(formatted, /[^\r]\n/, 'every line still ends in CRLF');
    const query =
      "        query: |\r\n          select\r\n            count(*)\r\n          from\r\n            orders\r\n          where\r\n            note = 'à revoir'\r\n";
    assert.equal(
      formatted,
      crlf(FIXED).replace("        query: select count(*) from orders where note = 'à revoir'\r\n", query),
    );
  });

  it('formats a file with CR-only line ends and writes CR line ends back', async () => {
    writeFileSync(file('cr.odcs.yaml'), FIXED.replace(/\n/g, '\r'));
    writeFileSync(file('lf.odcs.yaml'), FIXED);
    assert.equal((await run(formatCommand, ['.'])).stdout, 'formatted cr.odcs.yaml\nformatted lf.odcs.yaml\n');
    const cr = readFileSync(file('cr.odcs.yaml'), 'utf8');
    assert.ok(!cr.includes('\n'), 'still CR-only');
    assert.equal(cr.replace(/\r/g, '\n'), readFileSync(file('lf.odcs.yaml'), 'utf8'));
  });

  it('lints a UTF-16 file (with a byte-order mark) like its UTF-8 copy, and never rewrites it', async () => {
    writeFileSync(file('utf8.odcs.yaml'), CONTRACT);
    const expected = await findings('utf8.odcs.yaml');
    assert.ok(
      expected.some((f) => f.ruleId === 'schema-unknown-key'),
      JSON.stringify(expected),
    );
    for (const [name, bytes] of [
      ['le.odcs.yaml', utf16le(CONTRACT)],
      ['be.odcs.yaml', utf16be(CONTRACT)],
    ] as const) {
      writeFileSync(file(name), bytes);
      assert.deepEqual(await findings(name), expected, name);

      const fixing = await run(lintCommand, ['--fix', name]);
      assert.equal(
        fixing.stderr,
        `dclens: warning: not changed: ${name} is UTF-16 text; save it as UTF-8 to use --fix\n`,
      );
      const formatting = await run(formatCommand, [name]);
      assert.equal(
        formatting.stderr,
        `dclens: warning: not changed: ${name} is UTF-16 text; save it as UTF-8 to format it\n`,
      );
      assert.deepEqual(readFileSync(file(name)), bytes, `${name}: not one byte changed`);
    }
  });

  it('rewrites a UTF-8 file holding a NUL byte, keeping the NUL', async () => {
    const text = CONTRACT.replace('Une ligne par commande.', '"Une ligne\\0 par commande."').replace(
      'id: orders',
      'id: orders\0',
    );
    writeFileSync(file('nul.odcs.yaml'), text);
    await run(lintCommand, ['--fix', 'nul.odcs.yaml']);
    assert.equal(readFileSync(file('nul.odcs.yaml'), 'utf8'), text.replace('descripton:', 'description:'));
  });
});

describe('decodeContractBytes', () => {
  it('reads UTF-8 strictly and keeps its byte-order mark in the text', () => {
    assert.deepEqual(decodeContractBytes(Buffer.from('\uFEFFa: é\r\n')), { text: '\uFEFFa: é\r\n' });
    assert.deepEqual(decodeContractBytes(Buffer.from('a: \0\n')), { text: 'a: \0\n' });
  });

  it('reads bytes that are not UTF-8 leniently and says so', () => {
    assert.deepEqual(decodeContractBytes(Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a])), {
      text: 'a: \uFFFD\n',
      notUtf8: 'not UTF-8 text',
    });
    // an encoded surrogate and an overlong slash are not UTF-8 either
    assert.equal(decodeContractBytes(Buffer.from([0xed, 0xa0, 0x80])).notUtf8, 'not UTF-8 text');
    assert.equal(decodeContractBytes(Buffer.from([0xc0, 0xaf])).notUtf8, 'not UTF-8 text');
  });

  it('recognises UTF-16 and UTF-32 by their byte-order mark or, as YAML 1.2 does, by a first ASCII character', () => {
    const le16 = Buffer.from('a: é\n', 'utf16le');
    assert.deepEqual(decodeContractBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), le16])), {
      text: 'a: é\n',
      notUtf8: 'UTF-16 text',
    });
    assert.deepEqual(decodeContractBytes(le16), { text: 'a: é\n', notUtf8: 'UTF-16 text' });
    const be16 = Buffer.from(le16);
    for (let i = 0; i < be16.length; i += 2) [be16[i], be16[i + 1]] = [be16[i + 1], be16[i]];
    assert.deepEqual(decodeContractBytes(be16), { text: 'a: é\n', notUtf8: 'UTF-16 text' });
    const le32 = Buffer.alloc(4 * 6);
    [0xfeff, 0x61, 0x3a, 0x20, 0x1f600, 0x0a].forEach((c, i) => le32.writeUInt32LE(c, 4 * i));
    assert.deepEqual(decodeContractBytes(le32), { text: 'a: 😀\n', notUtf8: 'UTF-32 text' });
    const be32 = Buffer.alloc(4 * 2);
    [0x61, 0x0a].forEach((c, i) => be32.writeUInt32BE(c, 4 * i));
    assert.deepEqual(decodeContractBytes(be32), { text: 'a\n', notUtf8: 'UTF-32 text' });
  });
});

// The language server over stdio, driven by a plain JSON-RPC client as any editor would drive it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  applyTextEdits,
  CLI,
  copyExamples,
  LspClient,
  uriOf,
  type PublishDiagnostics,
  type TextEdit,
} from './lsp-client';

interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  edit?: { changes: Record<string, TextEdit[]> };
  command?: { command: string; arguments?: unknown[] };
}

const CONTRACT = `apiVersion: v3.1.0
kind: DataContract
id: orders
name: Orders
version: 1.0.0
status: active
descripton: Orders placed in the web shop.
schema:
  - name: orders
    logicalType: object
    properties:
      - name: order_id
        logicalType: strin
`;

const codes = (p: PublishDiagnostics) => p.diagnostics.map((d) => d.code);
const parsesCleanly = (text: string) => parseAllDocuments(text).every((d) => d.errors.length === 0);

describe('language server over stdio', function () {
  this.timeout(120000);
  let client: LspClient | undefined;
  let examples: { dir: string; dispose: () => void } | undefined;

  afterEach(() => {
    client?.kill();
    client = undefined;
    examples?.dispose();
    examples = undefined;
  });

  it('announces every feature at initialize', async () => {
    client = await LspClient.start();
    const { capabilities, serverInfo } = client.initializeResult as {
      capabilities: Record<string, unknown>;
      serverInfo: { name: string };
    };
    assert.equal(serverInfo.name, 'dclens');
    assert.ok(capabilities.hoverProvider);
    assert.ok(capabilities.completionProvider);
    assert.ok(capabilities.codeLensProvider);
    assert.equal(capabilities.documentFormattingProvider, true);
    assert.deepEqual((capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, [
      'quickfix',
      'source.fixAll.dclens',
    ]);
    assert.equal(await client.stop(), 0);
  });

  it('publishes diagnostics at the right line with the rule and its documentation, infos as hints', async () => {
    client = await LspClient.start();
    const uri = 'file:///nowhere/orders.odcs.yaml';
    await client.open(uri, CONTRACT);
    const published = await client.nextDiagnostics(uri);
    const unknownKey = published.diagnostics.find((d) => d.code === 'schema-unknown-key');
    assert.ok(unknownKey, `no schema-unknown-key in ${codes(published).join(', ')}`);
    assert.equal(unknownKey.range.start.line, 6);
    assert.equal(unknownKey.severity, 1);
    assert.equal(unknownKey.source, 'dclens');
    assert.match(unknownKey.codeDescription?.href ?? '', /schema-unknown-key/);
    assert.match(unknownKey.message, /descripton/);
    const enumValue = published.diagnostics.find((d) => d.code === 'schema-invalid-enum');
    assert.equal(enumValue?.range.start.line, 12);
    // No info draws a squiggle unless the user asks.
    assert.ok(
      published.diagnostics.every((d) => d.severity !== 3),
      'an info was published as information',
    );
  });

  it('shows infos as information when the settings ask', async () => {
    examples = copyExamples();
    client = await LspClient.start({ root: examples.dir, settings: { infosAsInformation: true } });
    const file = path.join(examples.dir, 'contracts/courts/court-hearings.yaml');
    await client.open(uriOf(file), readFileSync(file, 'utf8'));
    const published = await client.nextDiagnostics(uriOf(file));
    assert.ok(
      published.diagnostics.some((d) => d.severity === 3),
      `no information among ${published.diagnostics.map((d) => d.severity).join(',')}`,
    );
  });

  it('lints a change, and a newer version cancels a pending lint of an older one', async () => {
    client = await LspClient.start({ settings: { debounceMs: 200 } });
    const uri = 'file:///nowhere/orders.odcs.yaml';
    await client.open(uri, CONTRACT);
    await client.nextDiagnostics(uri, (p) => p.version === 1);
    // Two quick versions: the second arrives within the pause of the first, so only it is linted.
    await client.change(uri, CONTRACT.replace('descripton', 'description'), 2);
    await client.change(uri, CONTRACT.replace('descripton', 'description').replace('strin', 'string'), 3);
    const last = await client.nextDiagnostics(uri, (p) => p.version === 3);
    assert.ok(!codes(last).includes('schema-unknown-key'));
    assert.ok(!codes(last).includes('schema-invalid-enum'));
    // A hover answered after the lint makes sure every publication of the older versions would have arrived.
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
    assert.deepEqual(
      client.diagnostics.filter((p) => p.uri === uri).map((p) => p.version),
      [1, 3],
    );
  });

  it('drops the lint of a large contract when a newer version arrives while it runs', async () => {
    client = await LspClient.start();
    const uri = 'file:///nowhere/large.odcs.yaml';
    const property = (i: number) =>
      `      - name: column_${i}\n        logicalType: strin\n        description: Column number ${i} of the large table.\n`;
    const large = `${CONTRACT}${Array.from({ length: 8000 }, (_, i) => property(i)).join('')}`;
    await client.open(uri, large);
    // The server announces the long check before it starts; the change arrives while it runs.
    await client.waitFor(
      () => client!.logs.find((l) => l.includes('large.odcs.yaml') && /lines/.test(l)),
      'the announcement of the long check',
    );
    await client.change(uri, CONTRACT.replace('descripton', 'description'), 2);
    // The large check takes 3–15 s, depending on the machine's load.
    const last = await client.nextDiagnostics(uri, (p) => p.version === 2, undefined, 100000);
    assert.ok(!codes(last).includes('schema-unknown-key'));
    assert.deepEqual(
      client.diagnostics.filter((p) => p.uri === uri).map((p) => p.version),
      [2],
    );
  });

  it('answers hover, completion, code lens and code actions that parse', async () => {
    client = await LspClient.start();
    const uri = 'file:///nowhere/orders.odcs.yaml';
    await client.open(uri, CONTRACT);
    const published = await client.nextDiagnostics(uri);

    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 5, character: 2 },
    });
    assert.ok(hover);
    assert.match(hover.contents.value, /status/i);

    const completion = await client.request<Array<{ label: string }>>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 12, character: 22 },
    });
    assert.ok(
      completion.some((c) => c.label === 'string'),
      `no 'string' among ${completion.map((c) => c.label).join(', ')}`,
    );
    // At a root key being typed: the keys ODCS allows there, `domain` among them.
    const keyUri = 'file:///nowhere/keys.odcs.yaml';
    await client.open(keyUri, `${CONTRACT}dom`);
    const keys = await client.request<Array<{ label: string }>>('textDocument/completion', {
      textDocument: { uri: keyUri },
      position: { line: 13, character: 3 },
    });
    assert.ok(
      keys.some((c) => c.label === 'domain'),
      `no 'domain' among ${keys.map((c) => c.label).join(', ')}`,
    );

    const lenses = await client.request<
      Array<{ range: { start: { line: number } }; command: { title: string; command: string; arguments?: unknown[] } }>
    >('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(lenses.length, 1);
    assert.match(lenses[0].command.title, /^Quality \d+\/100/);
    const overall = /^Quality (\d+)\/100/.exec(lenses[0].command.title)![1];
    await client.request('workspace/executeCommand', {
      command: lenses[0].command.command,
      arguments: lenses[0].command.arguments,
    });
    assert.ok(
      client.messages.some((m) => m.includes(`quality ${overall}/100`)),
      client.messages.join(' | '),
    );

    const diagnostic = published.diagnostics.find((d) => d.code === 'schema-unknown-key')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix?.edit, `no preferred fix among ${actions.map((a) => a.title).join(' | ')}`);
    const fixed = applyTextEdits(CONTRACT, fix.edit.changes[uri]);
    assert.ok(parsesCleanly(fixed));
    assert.match(fixed, /^description: Orders placed/m);
    assert.ok(actions.some((a) => a.title === 'Disable schema-unknown-key for this line'));
    const disableFile = actions.find((a) => a.title === 'Disable schema-unknown-key for this file');
    assert.ok(disableFile?.edit);
    const disabled = applyTextEdits(CONTRACT, disableFile.edit.changes[uri]);
    await client.change(uri, disabled, 2);
    const after = await client.nextDiagnostics(uri, (p) => p.version === 2);
    assert.ok(!codes(after).includes('schema-unknown-key'));
    assert.ok(codes(after).includes('schema-invalid-enum'));
    const docs = actions.find((a) => a.command?.command === 'dclens.showRuleDocumentation');
    assert.ok(docs?.command);
    await client.request('workspace/executeCommand', docs.command);
    assert.match(client.shownDocuments[0] ?? '', /schema-unknown-key\.md$/);
  });

  it('fixes all safe problems at once (source.fixAll.dclens) into a contract that parses', async () => {
    client = await LspClient.start();
    const uri = 'file:///nowhere/orders.odcs.yaml';
    await client.open(uri, CONTRACT);
    await client.nextDiagnostics(uri);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.dclens'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.dclens');
    const fixed = applyTextEdits(CONTRACT, actions[0].edit!.changes[uri]);
    assert.ok(parsesCleanly(fixed));
    assert.match(fixed, /^description: /m);
    assert.match(fixed, /logicalType: string\n/);
    await client.change(uri, fixed, 2);
    const after = await client.nextDiagnostics(uri, (p) => p.version === 2);
    assert.ok(!codes(after).includes('schema-unknown-key') && !codes(after).includes('schema-invalid-enum'));
  });

  it('formats the SQL of quality rules and nothing else', async () => {
    client = await LspClient.start();
    const uri = 'file:///nowhere/orders.odcs.yaml';
    const text = `${CONTRACT}    quality:\n      - type: sql\n        query: select count(*) from orders where order_id is null\n        mustBe: 0\n`;
    await client.open(uri, text);
    const edits = await client.request<TextEdit[]>('textDocument/formatting', {
      textDocument: { uri },
      options: { tabSize: 2, insertSpaces: true },
    });
    assert.ok(edits.length > 0);
    const formatted = applyTextEdits(text, edits);
    assert.match(formatted, /query: \|\n\s+select\n/);
    assert.equal(formatted.split('query:')[0], text.split('query:')[0]);
    assert.ok(parsesCleanly(formatted));
  });

  it('reads the catalogue in a trusted workspace and nothing beyond the open file in an untrusted one', async () => {
    examples = copyExamples();
    const file = path.join(examples.dir, 'contracts/courts/court-hearings.yaml');
    const uri = uriOf(file);
    const config = path.join(examples.dir, '.dclens.yaml');
    writeFileSync(config, `${readFileSync(config, 'utf8')}rules:\n  schema-unknown-key: off\n`);

    client = await LspClient.start({ root: examples.dir, settings: {} });
    await client.open(uri, readFileSync(file, 'utf8'));
    const withCatalogue = await client.nextDiagnostics(uri, (p) => codes(p).includes('owner-has-left'));
    assert.equal(withCatalogue.diagnostics.find((d) => d.code === 'owner-has-left')!.range.start.line, 16);
    assert.ok(!codes(withCatalogue).includes('schema-unknown-key'));
    await client.stop();

    client = await LspClient.start({ root: examples.dir, settings: {}, initializationOptions: { trusted: false } });
    await client.open(uri, readFileSync(file, 'utf8'));
    // The default rules: .dclens.yaml is not read.
    assert.ok(codes(await client.nextDiagnostics(uri)).includes('schema-unknown-key'));
    // A hover answered later: a catalogue loaded in the background would have re-linted by then (it never loads).
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 1 } });
    const published = client.diagnostics.filter((p) => p.uri === uri);
    assert.ok(published.every((p) => !codes(p).includes('owner-has-left')));
    assert.ok(
      client.logs.some((l) => /not trusted/.test(l) && /catalogue/.test(l)),
      `no trust message in ${client.logs.join(' | ')}`,
    );
  });

  it('lints open documents again when .dclens.yaml changes', async () => {
    examples = copyExamples();
    const file = path.join(examples.dir, 'contracts/courts/court-hearings.yaml');
    const uri = uriOf(file);
    client = await LspClient.start({ root: examples.dir, settings: {}, watchFiles: true });
    await client.open(uri, readFileSync(file, 'utf8'));
    await client.nextDiagnostics(uri, (p) => codes(p).includes('schema-unknown-key'));
    assert.ok(client.registrations.includes('workspace/didChangeWatchedFiles'));
    const config = path.join(examples.dir, '.dclens.yaml');
    writeFileSync(config, `${readFileSync(config, 'utf8')}rules:\n  schema-unknown-key: off\n`);
    const before = client.diagnostics.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(config), type: 2 }],
    });
    const after = await client.nextDiagnostics(uri, () => true, before);
    assert.ok(!codes(after).includes('schema-unknown-key'), codes(after).join(', '));
    assert.ok(codes(after).includes('schema-invalid-enum'));
  });

  it('shows a problem of .dclens.yaml on that file, at its line, and checks with the default rules meanwhile', async () => {
    examples = copyExamples();
    const file = path.join(examples.dir, 'contracts/courts/court-hearings.yaml');
    const config = path.join(examples.dir, '.dclens.yaml');
    writeFileSync(config, 'extends: recommended\nrules:\n  no-teem: error\n');
    client = await LspClient.start({ root: examples.dir, settings: {} });
    await client.open(uriOf(file), readFileSync(file, 'utf8'));
    // The server may find the problem while it warms up, before the document opens: look from the first publication.
    const onConfig = await client.nextDiagnostics(uriOf(config), () => true, 0);
    assert.equal(onConfig.diagnostics.length, 1);
    assert.equal(onConfig.diagnostics[0].range.start.line, 2);
    assert.match(onConfig.diagnostics[0].message, /no-teem/);
    assert.ok(codes(await client.nextDiagnostics(uriOf(file))).includes('schema-unknown-key'));
    writeFileSync(config, 'extends: recommended\n');
    const before = client.diagnostics.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(config), type: 2 }],
    });
    const cleared = await client.nextDiagnostics(uriOf(config), () => true, before);
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('survives documents that are not YAML, hold NUL bytes or are 5 MB, and exits cleanly', async () => {
    client = await LspClient.start();
    const bad: Array<[string, string]> = [
      ['not-yaml.odcs.yaml', 'apiVersion: v3.1.0\nkind: DataContract\n: : [ {\n\t- ]] "\n'],
      ['nul.odcs.yaml', 'apiVersion: v3.1.0\nkind: DataContract\nid: a\u0000b\n\u0000\u0000: [\n'],
      [
        'big.odcs.yaml',
        `apiVersion: v3.1.0\nkind: DataContract\nid: big\ndescription:\n  purpose: |\n${'    A very long purpose line of a very large contract.\n'.repeat(100000)}`,
      ],
      [
        'binary.odcs.yaml',
        `apiVersion: v3.1.0\nkind: DataContract\n${String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 65536))}`,
      ],
    ];
    assert.ok(bad[2][1].length > 5_000_000);
    for (const [name, text] of bad) {
      const uri = `file:///nowhere/${name}`;
      await client.open(uri, text);
      await client.nextDiagnostics(uri);
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 2 } });
      await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 0 } });
      await client.request('textDocument/codeLens', { textDocument: { uri } });
    }
    assert.equal(client.exitCode, undefined);
    assert.doesNotMatch(client.stderr, /Error/);
    assert.equal(await client.stop(), 0);
  });

  it('runs as `dclens lsp --stdio`, and says what is missing without --stdio', async () => {
    client = await LspClient.start({ viaCli: true });
    const uri = 'file:///nowhere/orders.odcs.yaml';
    await client.open(uri, CONTRACT);
    assert.ok(codes(await client.nextDiagnostics(uri)).includes('schema-unknown-key'));
    assert.equal(await client.stop(), 0);
    const bare = spawnSync(process.execPath, [CLI, 'lsp'], { encoding: 'utf8' });
    assert.equal(bare.status, 2);
    assert.match(bare.stderr, /--stdio/);
  });
});

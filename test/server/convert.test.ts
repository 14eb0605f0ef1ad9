// "Convert to ODCS" through the language server: the action carries the converted text for the client to open
// beside the original (the VS Code extension does), and an editor without the extension that runs it is told the
// `dclens migrate` command line instead; the original is never edited.
import assert from 'node:assert/strict';
import { LspClient, type Diagnostic } from './lsp-client';

const URI = 'file:///tmp/dclens-convert/orders.datacontract.yaml';
const DCS =
  'dataContractSpecification: 1.1.0\nid: orders\ninfo:\n  title: Orders\n  version: 1.0.0\nmodels:\n  orders:\n    fields:\n      order_id:\n        type: varchar\n';

interface Action {
  title: string;
  edit?: unknown;
  command?: { command: string; arguments?: unknown[] };
}

describe('Convert to ODCS in the language server', function () {
  this.timeout(120_000);
  let client: LspClient | undefined;
  afterEach(() => {
    client?.kill();
    client = undefined;
  });

  it('offers the converted contract as a command, and tells an editor without the extension how to write it', async () => {
    client = await LspClient.start();
    await client.open(URI, DCS);
    const published = await client.nextDiagnostics(URI, (p) => p.diagnostics.length > 0, 0);
    const finding = published.diagnostics.find((d: Diagnostic) => d.code === 'dcs-deprecated');
    assert.ok(finding, 'the deprecation finding');
    const actions = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: finding.range,
      context: { diagnostics: [finding] },
    });
    const convert = actions.find((a) => a.title === 'Convert to ODCS v3.2.0');
    assert.ok(convert?.command, actions.map((a) => a.title).join(', '));
    assert.equal(convert.edit, undefined, 'the original is not edited');
    assert.equal(convert.command.command, 'dclens.openConverted');
    const [uri, text] = convert.command.arguments ?? [];
    assert.equal(uri, URI);
    assert.match(String(text), /^apiVersion: v3\.2\.0$/m);

    await client.request('workspace/executeCommand', convert.command);
    const message = await client.waitFor(
      () => client!.messages.find((m) => m.includes('dclens migrate')),
      'the command line',
    );
    assert.equal(
      message,
      'To convert orders.datacontract.yaml to ODCS, run: dclens migrate orders.datacontract.yaml --output NEW.odcs.yaml',
    );
  });
});

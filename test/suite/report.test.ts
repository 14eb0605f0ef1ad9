import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, closeAll, openContract, rangeOf, waitForTab, type DclensApi } from './helpers';

interface ReportApi extends DclensApi {
  reportHtml(): string | undefined;
  onDidRenderReport: vscode.Event<void>;
  openReportLink(file: unknown): Promise<boolean>;
}

const api = async () => (await activateExtension()) as ReportApi;

/** Resolves the next time the open report renders (a save re-renders it). */
function nextRender(client: ReportApi, timeoutMs = 20000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error('the report did not render again'));
    }, timeoutMs);
    const listener = client.onDidRenderReport(() => {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    });
  });
}

/** Opens the report with the command a user runs and returns the HTML it shows. */
async function openReport(client: ReportApi): Promise<string> {
  await vscode.commands.executeCommand('dclens.openReport');
  await waitForTab(/^Data quality report$/);
  const html = client.reportHtml();
  assert.ok(html, 'the report has rendered');
  return html;
}

const linkTo = (name: string, file: string) =>
  new RegExp(`<a href="[^"]*" data-file="${file.replace(/[.]/g, '\\.')}">${name}</a>`);

describe('data quality report', () => {
  afterEach(closeAll);

  it('opens "Data quality report" with every contract of the workspace linked to its file', async () => {
    const html = await openReport(await api());
    assert.match(html, linkTo('Orders', 'contracts/orders.odcs.yaml'));
    assert.match(html, linkTo('Customers', 'contracts/customers.odcs.yaml'));
    // The page's own content security policy: nothing remote, its one script admitted by nonce.
    assert.match(html, /content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'nonce-/);
    assert.match(html, /<svg role="img" aria-label="Bar chart of the mean score of each area/);
  });

  it('opens a contract from its link, and nothing for a path the report does not name', async () => {
    const client = await api();
    const html = await openReport(client);
    const file = /data-file="([^"]*)">Orders<\/a>/.exec(html)?.[1];
    assert.strictEqual(file, 'contracts/orders.odcs.yaml');
    assert.strictEqual(await client.openReportLink(file), true);
    assert.ok(vscode.window.activeTextEditor?.document.uri.path.endsWith('/contracts/orders.odcs.yaml'));
    for (const other of ['../../etc/passwd', '/etc/passwd', 'contracts/orders.odcs.yaml/..', 'constructor', 42])
      assert.strictEqual(await client.openReportLink(other), false, `${String(other)} was opened`);
  });

  it('shows a contract renamed and saved once the save lands', async () => {
    const client = await api();
    await openReport(client);
    const { editor } = await openContract('contracts/customers.odcs.yaml');
    const name = rangeOf(editor.document, 'name: Customers');
    try {
      await editor.edit((b) => b.replace(name, 'name: Customers & <Clients>'));
      const rendered = nextRender(client);
      await editor.document.save();
      await rendered;
      assert.match(
        client.reportHtml() ?? '',
        linkTo('Customers &#38; &#60;Clients&#62;', 'contracts/customers.odcs.yaml'),
      );
    } finally {
      const changed = rangeOf(editor.document, 'name: Customers');
      await editor.edit((b) => b.replace(editor.document.lineAt(changed.start.line).range, 'name: Customers'));
      await editor.document.save();
    }
  });
});

// Runs in the untrusted workspace (run-ext-tests.mjs --restricted): the report only reads files, so it works there.
describe('Restricted Mode: data quality report', () => {
  afterEach(closeAll);

  it('opens with the default rules, every contract listed', async () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
    const html = await openReport(await api());
    assert.match(html, linkTo('Orders', 'contracts/orders.odcs.yaml'));
  });
});

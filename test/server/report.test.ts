// `dclens/report`: the data quality report VS Code shows, from the language server, over the files the client found.
import assert from 'node:assert/strict';
import path from 'node:path';
import { REPORT, type ReportResult } from '../../src/server/protocol';
import { workspacePath } from '../../src/server/report';
import { copyExamples, LspClient, uriOf } from './lsp-client';

const FILES = [
  'contracts/courts/court-hearings.yaml',
  'contracts/prisons/prison-population.odcs.yaml',
  'contracts/probation/offender-assessments.odcs.yaml',
  'catalogue/people.yaml',
];

describe('language server: the data quality report', function () {
  this.timeout(120000);
  let client: LspClient | undefined;
  let examples: { dir: string; dispose: () => void } | undefined;

  afterEach(() => {
    client?.kill();
    client = undefined;
    examples?.dispose();
    examples = undefined;
  });

  async function report(trusted: boolean): Promise<ReportResult> {
    examples = copyExamples();
    client = await LspClient.start({
      root: examples.dir,
      settings: {},
      initializationOptions: { trusted, clientCommands: true, didLint: true },
    });
    return client.request<ReportResult>(REPORT, { uris: FILES.map((f) => uriOf(path.join(examples!.dir, f))) });
  }

  const figure = (html: string, id: string) =>
    new RegExp(`data-figure="${id}"><span class="value">([^<]*)</span>`).exec(html)?.[1];

  it('counts the contracts among the files, names each with a link to it, and counts owners who left', async () => {
    const result = await report(true);
    assert.equal(result.contracts, 3, 'the people directory is not a contract');
    assert.equal(figure(result.html, 'contracts'), '3');
    // The catalogue of examples/ says one named owner has left: the folder's catalogue was read.
    assert.equal(figure(result.html, 'owners-who-left'), '1');
    for (const name of ['Crown Court hearings', 'Prison population (daily)', 'Offender assessments'])
      assert.ok(result.html.includes(`>${name}</a>`), `${name} is not linked`);
    assert.deepEqual(Object.keys(result.files).sort(), FILES.slice(0, 3).sort());
    const link = /<a href="[^"]*" data-file="([^"]*)">Crown Court hearings<\/a>/.exec(result.html);
    assert.equal(result.files[link?.[1] ?? ''], uriOf(path.join(examples!.dir, FILES[0])));
  });

  it('works in Restricted Mode with the default rules and no catalogue', async () => {
    const result = await report(false);
    assert.equal(result.contracts, 3);
    assert.equal(figure(result.html, 'owners-who-left'), '0', 'no catalogue is read in an untrusted workspace');
  });

  it('names a file by its path in the deepest workspace folder that holds it', () => {
    const roots = [path.resolve('/w'), path.resolve('/w/inner')];
    assert.equal(workspacePath(path.resolve('/w/inner/a/b.yaml'), roots), 'a/b.yaml');
    assert.equal(workspacePath(path.resolve('/w/c.yaml'), roots), 'c.yaml');
    assert.equal(workspacePath(path.resolve('/elsewhere/d.yaml'), roots), 'd.yaml');
  });
});

// The HTML report: one self-contained page, contract text escaped, a table behind every chart, nothing fetched.
import * as assert from 'node:assert';
import type { AreaFigures, ContractRecord, Report } from '../../src/engine/report/report-types';
import { renderReportHtml } from '../../src/report-html';

const AREAS: AreaFigures = {
  completeness: 40,
  uniqueness: 22,
  consistency: 0,
  timeliness: 12.5,
  validity: 35,
  accuracy: 10,
  ownership: 41.7,
  documentation: 80,
};

const HOSTILE = `<script>alert("x")</script> & 'quoted'`;

function record(file: string, name: string, domain: string | undefined, score: number): ContractRecord {
  return {
    file,
    name,
    domain,
    folder: file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.',
    dataOwners: score > 30 ? ['a.khan'] : [],
    stewards: [],
    custodians: [],
    ownersWhoLeft: [],
    score,
    areas: AREAS,
    errors: 1,
    warnings: 2,
    rules: { 'no-data-owner': 1 },
    nextStep: 'Name a Data Owner in team',
  };
}

function sample(overrides: Partial<Report> = {}): Report {
  const records = [
    record('contracts/fines.odcs.yaml', 'fines', 'courts', 42),
    record('contracts/evil.odcs.yaml', HOSTILE, HOSTILE, 18),
  ];
  const figures = {
    withDataOwner: 1,
    withSteward: 0,
    withCustodian: 0,
    ownersWhoLeft: 0,
    errors: 2,
    warnings: 4,
    meanScore: 30,
    dimensions: AREAS,
  };
  return {
    tool: 'dclens',
    version: '9.9.9',
    generated: '2026-11-30T12:00:00Z',
    contracts: 2,
    summary: figures,
    groupBy: 'domain',
    byDomain: [
      { group: 'courts', contracts: 1, ...figures, withDataOwner: 1, meanScore: 42 },
      { group: HOSTILE, contracts: 1, ...figures, withDataOwner: 0, meanScore: 18 },
    ],
    weakest: [{ file: 'contracts/evil.odcs.yaml', name: HOSTILE, score: 18, nextStep: `Add ${HOSTILE}` }],
    topRules: [{ ruleId: 'no-data-owner', count: 1 }],
    records,
    ...overrides,
  };
}

const HISTORY: Report['history'] = [
  { date: '2026-06-01', commit: 'a'.repeat(40), contracts: 1, ...sample().summary, meanScore: 18 },
  { date: '2026-07-01', commit: 'b'.repeat(40), contracts: 2, ...sample().summary, meanScore: 30 },
];

/** The page without its inline script, which holds no contract text. */
function withoutScript(html: string): string {
  return html.replace(/<script nonce="[^"]*">[\s\S]*?<\/script>/, '');
}

describe('dclens report --format html', () => {
  it('escapes contract text everywhere: a name with a script tag and quotes stays text', () => {
    const html = withoutScript(renderReportHtml(sample()));
    assert.ok(!html.includes('<script'), 'a <script> from a contract reached the page');
    assert.ok(!html.includes(`alert("x")`), 'quotes from a contract reached the page unescaped');
    assert.ok(html.includes('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;quoted&#39;'));
  });

  it('holds a strict content security policy: no source but its own styles and one script with a nonce', () => {
    const html = renderReportHtml(sample(), { nonce: 'abc123' });
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'nonce-abc123'">/,
    );
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    assert.deepStrictEqual(scripts, ['<script nonce="abc123">']);
  });

  it('a fresh nonce for each page when none is given', () => {
    const nonce = (html: string) => /'nonce-([^']+)'/.exec(html)?.[1];
    const a = nonce(renderReportHtml(sample()));
    const b = nonce(renderReportHtml(sample()));
    assert.ok(a && b && a.length >= 16);
    assert.notStrictEqual(a, b);
  });

  it('names no other host: no http(s) or protocol-relative URL, no external stylesheet, font or image', () => {
    const html = renderReportHtml(sample({ history: HISTORY }));
    assert.doesNotMatch(html, /https?:/i);
    assert.doesNotMatch(html, /(src|href)="\/\//i);
    assert.doesNotMatch(html, /<link\b|@import|@font-face|<img\b|url\((?!#)/i);
  });

  it('has a table behind every chart, and each chart is an image with a label', () => {
    const html = renderReportHtml(sample({ history: HISTORY }));
    const figures =
      html.match(
        /<figure>[\s\S]*?<\/figure>\s*(?:<p class="note">[^<]*<\/p>\s*)*<details>\s*<summary>[^<]*<\/summary>\s*<table>/g,
      ) ?? [];
    const charts = html.match(/<svg /g) ?? [];
    assert.strictEqual(charts.length, 3, 'areas, groups and history charts');
    assert.strictEqual(figures.length, charts.length, 'a chart without a table after it');
    for (const svg of html.match(/<svg [^>]*>/g) ?? []) assert.match(svg, /role="img" aria-label="[^"]+"/);
  });

  it('shows the trend over time only when the report has history', () => {
    assert.doesNotMatch(renderReportHtml(sample()), /Over time/);
    const html = renderReportHtml(sample({ history: HISTORY }));
    assert.match(html, /<h2 id="history">Over time<\/h2>/);
    assert.match(html, /<th scope="row">2026-06-01<\/th>/);
  });

  it('shows the headline figures, the weakest contract with its next step and a link to each file', () => {
    const html = renderReportHtml(sample());
    assert.match(
      html,
      /data-figure="with-data-owner"><span class="value">50%<\/span><span class="label">With a Data Owner: 1 of 2<\/span>/,
    );
    assert.match(html, /data-figure="mean-score"><span class="value">30.0<\/span>/);
    assert.match(
      html,
      /<a href="\.\/contracts\/fines\.odcs\.yaml" data-file="contracts\/fines\.odcs\.yaml">fines<\/a>/,
    );
    assert.match(html, /Next step: Add &#60;script&#62;/);
  });

  it('lists a contract that could not be scored with its reason, escaped, and says the means leave it out', () => {
    const broken = { ...record('contracts/broken.odcs.yaml', 'broken', 'courts', 0), unscored: `ODCS <v3> "old"` };
    const html = renderReportHtml(
      sample({ records: [...sample().records, broken], summary: { ...sample().summary, unscored: 1 } }),
    );
    assert.match(html, /1 of them could not be scored/);
    assert.match(html, /<h2 id="unscored">Not scored<\/h2>/);
    assert.match(html, />broken<\/a>: ODCS &#60;v3&#62; &#34;old&#34;<\/li>/);
    assert.match(html, /<td class="num" data-sort="-1">not scored<\/td>/);
  });

  it('says so when there are no contracts, with headings still in order', () => {
    const html = renderReportHtml(
      sample({
        contracts: 0,
        records: [],
        byDomain: [],
        weakest: [],
        topRules: [],
        summary: { ...sample().summary, withDataOwner: 0, meanScore: 0 },
      }),
    );
    assert.match(html, /No data contracts were found/);
    assert.match(html, /With a Data Owner: 0 of 0/);
    const levels = (html.match(/<h(\d)/g) ?? []).map((tag) => Number(tag.slice(2)));
    assert.strictEqual(levels[0], 1);
    for (let i = 1; i < levels.length; i++) assert.ok(levels[i] - levels[i - 1] <= 1, 'a heading level skipped');
  });
});

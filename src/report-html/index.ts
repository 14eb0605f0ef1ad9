// `dclens report --format html`: the report as one self-contained page that opens offline from disk, an email
// attachment or VS Code's webview. Charts are ECharts SVG rendered here; each has a table with the same figures.
// Styles and the one script are inline, the script allowed by a nonce; nothing is fetched. Every string that comes
// from a contract is escaped. The page is readable without the script (it only sorts the table).
import type { AreaFigures, Figures, Report } from '../engine/report/report-types';
import type { ScoreArea } from '../engine/types';
import { areaBars, groupBars, trendLines } from './charts';
import { escapeHtml as h, fileHref } from './escape';
import { SCRIPT, STYLE } from './page';

export interface RenderOptions {
  /** The nonce of the sorting script; a fresh random one when not given. */
  nonce?: string;
  /** The link of a contract's file; by default relative to the report, as if it sat at the workspace's top. */
  href?: (file: string) => string;
}

/** The areas in the order of `dclens score`, with the words a reader sees. */
const AREAS: [ScoreArea, string][] = [
  ['completeness', 'Completeness'],
  ['uniqueness', 'Uniqueness'],
  ['consistency', 'Consistency'],
  ['timeliness', 'Timeliness'],
  ['validity', 'Validity'],
  ['accuracy', 'Accuracy'],
  ['ownership', 'Ownership'],
  ['documentation', 'Documentation'],
];

const GROUP_WORD = { domain: 'domain', team: 'team', folder: 'folder' } as const;

export function renderReportHtml(report: Report, options: RenderOptions = {}): string {
  const nonce = options.nonce ?? randomNonce();
  const href = options.href ?? fileHref;
  const title = `Data quality report: ${report.contracts} ${report.contracts === 1 ? 'contract' : 'contracts'}`;
  const sections = [
    headline(report),
    areas(report.summary.dimensions),
    groups(report),
    history(report),
    weakest(report, href),
    topRules(report),
    notScored(report, href),
    allContracts(report, href),
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'nonce-${h(nonce)}'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${h(`${report.tool} ${report.version}`)}">
<title>${h(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Data quality report</h1>
<p class="meta">${h(`${report.contracts} ${report.contracts === 1 ? 'contract' : 'contracts'}, generated ${generatedText(report.generated)} by Data Contract Lens ${report.version}.`)}</p>
${sections.filter(Boolean).join('\n')}
</main>
<script nonce="${h(nonce)}">${SCRIPT}</script>
</body>
</html>
`;
}

function randomNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64');
}

function generatedText(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}

function one(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

function headline(report: Report): string {
  const s = report.summary;
  const n = report.contracts;
  const share = (count: number) => `${percent(count, n)}%`;
  const of = (count: number) => `: ${count} of ${n}`;
  const items: [string, string, string][] = [
    ['contracts', String(n), 'Contracts'],
    ['with-data-owner', share(s.withDataOwner), `With a Data Owner${of(s.withDataOwner)}`],
    ['with-steward', share(s.withSteward), `With a Data Steward${of(s.withSteward)}`],
    ['with-custodian', share(s.withCustodian), `With a Data Custodian${of(s.withCustodian)}`],
    ['owners-who-left', String(s.ownersWhoLeft), 'Owners who have left'],
    ['errors', String(s.errors), 'Errors'],
    ['warnings', String(s.warnings), 'Warnings'],
    ['mean-score', one(s.meanScore), 'Mean quality score, out of 100'],
  ];
  const list = items
    .map(
      ([id, value, label]) =>
        `<li data-figure="${id}"><span class="value">${h(value)}</span><span class="label">${h(label)}</span></li>`,
    )
    .join('\n');
  const unscored = s.unscored ?? 0;
  const none =
    n === 0
      ? '<p>No data contracts were found, so there is nothing to measure yet.</p>\n'
      : unscored > 0
        ? `<p>${unscored} of them could not be scored (see “Not scored” below); the mean scores are over the other ${n - unscored}.</p>\n`
        : '';
  return `<section aria-labelledby="now">
<h2 id="now">Where things stand</h2>
${none}<ul class="figures">
${list}
</ul>
</section>`;
}

function areas(dimensions: AreaFigures): string {
  const names = AREAS.map(([, name]) => name);
  const values = AREAS.map(([area]) => Math.round(dimensions[area] * 10) / 10);
  const svg = areaBars(
    names,
    values,
    'Bar chart of the mean score of each area, 0 to 100; the figures are in the table below.',
  );
  const rows = AREAS.map(
    ([area, name]) => `<tr><th scope="row">${name}</th><td class="num">${one(dimensions[area])}</td></tr>`,
  );
  return `<section aria-labelledby="areas">
<h2 id="areas">Quality by area</h2>
<p>The mean score of all contracts in each area, out of 100: the six data-quality dimensions, ownership and documentation.</p>
<figure>${svg}</figure>
${chartTable('The mean score of each area', ['Area', 'Mean score'], rows)}
</section>`;
}

function groups(report: Report): string {
  if (report.byDomain.length === 0) return '';
  const word = GROUP_WORD[report.groupBy];
  const names = report.byDomain.map((g) => g.group);
  const owned = report.byDomain.map((g) => percent(g.withDataOwner, g.contracts));
  const scores = report.byDomain.map((g) => Math.round(g.meanScore * 10) / 10);
  const svg = groupBars(
    names,
    owned,
    scores,
    `Bar chart of the share of contracts with a Data Owner and the mean score in each ${word}; the figures are in the table below.`,
  );
  const rows = report.byDomain.map(
    (g) =>
      `<tr><th scope="row">${h(g.group)}</th><td class="num">${g.contracts}</td><td class="num">${g.withDataOwner} (${percent(g.withDataOwner, g.contracts)}%)</td><td class="num">${g.withSteward}</td><td class="num">${g.withCustodian}</td><td class="num">${g.ownersWhoLeft}</td><td class="num">${g.errors}</td><td class="num">${g.warnings}</td><td class="num">${one(g.meanScore)}</td></tr>`,
  );
  return `<section aria-labelledby="groups">
<h2 id="groups">Ownership by ${word}</h2>
<figure>${svg}</figure>
${chartTable(`The figures of each ${word}`, [capitalise(word), 'Contracts', 'With a Data Owner', 'With a steward', 'With a custodian', 'Owners who left', 'Errors', 'Warnings', 'Mean score'], rows)}
</section>`;
}

function history(report: Report): string {
  const points = report.history ?? [];
  const notes = (report.historyNotes ?? []).map((note) => `<p class="note">${h(note)}</p>`).join('\n');
  if (points.length === 0) {
    return report.history
      ? `<section aria-labelledby="history">\n<h2 id="history">Over time</h2>\n<p>No commit touched a contract, so there is no history to show.</p>\n${notes}\n</section>`
      : '';
  }
  const owned = (p: Figures) => percent(p.withDataOwner, p.contracts);
  const svg = trendLines(
    points.map((p) => p.date),
    points.map((p) => Math.round(p.meanScore * 10) / 10),
    points.map(owned),
    `Line chart of the mean score and the share of contracts with a Data Owner from ${points[0].date} to ${points[points.length - 1].date}; the figures are in the table below.`,
  );
  const rows = points.map(
    (p) =>
      `<tr><th scope="row">${h(p.date)}</th><td><code>${h(p.commit.slice(0, 10))}</code></td><td class="num">${p.contracts}</td><td class="num">${p.withDataOwner} (${owned(p)}%)</td><td class="num">${p.errors}</td><td class="num">${p.warnings}</td><td class="num">${one(p.meanScore)}</td></tr>`,
  );
  return `<section aria-labelledby="history">
<h2 id="history">Over time</h2>
<figure>${svg}</figure>
${notes}
${chartTable('The figures at each point in time', ['Date', 'Commit', 'Contracts', 'With a Data Owner', 'Errors', 'Warnings', 'Mean score'], rows, 2)}
</section>`;
}

function weakest(report: Report, href: (file: string) => string): string {
  if (report.weakest.length === 0) return '';
  const items = report.weakest.map(
    (w) =>
      `<li>${link(w.file, w.name, href)}: <span class="score">${w.score} / 100</span>${w.nextStep ? `<br>Next step: ${h(w.nextStep)}` : ''}</li>`,
  );
  return `<section aria-labelledby="weakest">
<h2 id="weakest">Weakest contracts</h2>
<ol class="weakest">
${items.join('\n')}
</ol>
</section>`;
}

function topRules(report: Report): string {
  if (report.topRules.length === 0) return '';
  const rows = report.topRules.map(
    (r) => `<tr><th scope="row"><code>${h(r.ruleId)}</code></th><td class="num">${r.count}</td></tr>`,
  );
  return `<section aria-labelledby="rules">
<h2 id="rules">Rules that fire most</h2>
<table>
<thead><tr><th scope="col">Rule</th><th scope="col" class="num">Findings</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>`;
}

function notScored(report: Report, href: (file: string) => string): string {
  const records = report.records.filter((r) => r.unscored !== undefined);
  if (records.length === 0) return '';
  const items = records.map((r) => `<li>${link(r.file, r.name, href)}: ${h(r.unscored ?? '')}</li>`);
  return `<section aria-labelledby="unscored">
<h2 id="unscored">Not scored</h2>
<p>These contracts are counted, with their errors and warnings, but have no score: fix what is named to score them.</p>
<ul>
${items.join('\n')}
</ul>
</section>`;
}

function allContracts(report: Report, href: (file: string) => string): string {
  if (report.records.length === 0) return '';
  const heads = [
    'Contract',
    'File',
    capitalise(GROUP_WORD[report.groupBy]),
    'Data Owner',
    'Score',
    'Errors',
    'Warnings',
    ...AREAS.map(([, name]) => name),
  ];
  const numeric = new Set([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  const head = heads.map((name, i) => `<th scope="col"${numeric.has(i) ? ' class="num"' : ''}>${name}</th>`).join('');
  const rows = report.records.map((r) => {
    const group = report.groupBy === 'domain' ? r.domain : report.groupBy === 'team' ? r.team : r.folder;
    const cells = [
      `<th scope="row">${link(r.file, r.name, href)}</th>`,
      `<td>${h(r.file)}</td>`,
      `<td>${h(group ?? '')}</td>`,
      `<td>${h(r.dataOwners.join(', '))}</td>`,
      r.unscored === undefined ? `<td class="num">${r.score}</td>` : '<td class="num" data-sort="-1">not scored</td>',
      `<td class="num">${r.errors}</td>`,
      `<td class="num">${r.warnings}</td>`,
      ...AREAS.map(([area]) =>
        r.unscored === undefined
          ? `<td class="num">${one(r.areas[area])}</td>`
          : '<td class="num" data-sort="-1"></td>',
      ),
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<section aria-labelledby="all">
<h2 id="all">All contracts</h2>
<p>Select a column heading to sort by it.</p>
<div class="scroll">
<table id="contracts">
<thead><tr>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</div>
</section>`;
}

function link(file: string, name: string, href: (file: string) => string): string {
  return `<a href="${h(href(file))}" data-file="${h(file)}">${h(name)}</a>`;
}

/** The table behind a chart, folded away on screen and printed in full. */
function chartTable(caption: string, heads: string[], rows: string[], textColumns = 1): string {
  const head = heads
    .map((name, i) => `<th scope="col"${i >= textColumns ? ' class="num"' : ''}>${h(name)}</th>`)
    .join('');
  return `<details>
<summary>${h(caption)} as a table</summary>
<table>
<caption class="note">${h(caption)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</details>`;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

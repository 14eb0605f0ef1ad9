// The fixed parts of the page: its style (screen and print) and the small script that sorts the table of contracts
// and, inside VS Code's webview, turns file links into messages. The page reads fully without the script.

export const STYLE = `
:root { color-scheme: light; --text: #1f2937; --muted: #4b5563; --line: #d1d5db; --accent: #1d4ed8; --bad: #9a3412; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text);
  background: #fff; }
main { max-width: 1080px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.8rem; margin: 0 0 4px; }
h2 { font-size: 1.3rem; margin: 32px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
p.meta { color: var(--muted); margin: 0 0 16px; }
ul.figures { list-style: none; padding: 0; margin: 0; display: grid; gap: 12px;
  grid-template-columns: repeat(auto-fill, minmax(160px, 1fr)); }
ul.figures li { border: 1px solid var(--line); border-radius: 8px; padding: 12px; }
ul.figures .value { display: block; font-size: 1.7rem; font-weight: 700; }
ul.figures .label { display: block; color: var(--muted); font-size: 0.9rem; }
figure { margin: 8px 0; }
figure svg { max-width: 100%; height: auto; }
details { margin: 4px 0 12px; }
summary { cursor: pointer; color: var(--accent); }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.scroll { overflow-x: auto; }
th button { font: inherit; font-weight: 700; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
th[aria-sort="ascending"] button::after { content: " \\25B2"; }
th[aria-sort="descending"] button::after { content: " \\25BC"; }
a { color: var(--accent); }
ol.weakest li { margin-bottom: 8px; }
.score { font-weight: 700; color: var(--bad); }
.note { color: var(--muted); }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  details > summary { display: none; }
  details::details-content { content-visibility: visible; display: block; }
  h2 { break-after: avoid; }
  figure, tr, ul.figures li, ol.weakest li { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .scroll { overflow: visible; }
  th button::after { content: "" !important; }
}
`;

export const SCRIPT = `
(function () {
  var table = document.getElementById('contracts');
  if (table && table.tBodies[0]) {
    var body = table.tBodies[0];
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, column) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = th.textContent;
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].getAttribute('data-sort') || a.cells[column].textContent;
          var y = b.cells[column].getAttribute('data-sort') || b.cells[column].textContent;
          var nx = Number(x), ny = Number(y);
          var order = x !== '' && y !== '' && !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
  });
  if (typeof acquireVsCodeApi === 'function') {
    var vscode = acquireVsCodeApi();
    document.addEventListener('click', function (event) {
      var link = event.target && event.target.closest ? event.target.closest('a[data-file]') : null;
      if (!link) return;
      event.preventDefault();
      vscode.postMessage({ type: 'open', file: link.getAttribute('data-file') });
    });
  }
})();
`;

// Time to the first diagnostics in a real VS Code: the e2e suite's first test opens a contract in a fresh window
// and measures from opening it to the first published findings (the catalogue loads in the background and must
// not delay them). Also the extension host's latency while the language server lints a 30,000-line contract. Runs only when the VS Code server of the e2e tests is installed (`bash .ci/e2e.sh` once);
// DCLENS_BENCH_VSCODE=0 skips it. Several runs, because a single window start is noisy on a shared machine.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { median, ms, printSummary, REPO, table } from './_measure';

const RUNS = Number(process.env.DCLENS_BENCH_VSCODE_RUNS ?? 3);
const BUDGET_MS = 500;

if (!existsSync(path.join(REPO, '.vscode-e2e/node_modules/code-server')) || process.env.DCLENS_BENCH_VSCODE === '0') {
  console.log(
    'VS Code: first diagnostics not measured (DCLENS_BENCH_VSCODE=0, or no VS Code server: run `bash .ci/e2e.sh` once).',
  );
  printSummary({ module: 'vscode-first-diagnostics', measured: false });
  process.exit(0);
}

for (const step of ['scripts/build.mjs', 'test/e2e/build-suite.mjs']) {
  const built = spawnSync(process.execPath, [step], { cwd: REPO, stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}

const first: number[] = [];
const shown: number[] = [];
const activation: number[] = [];
/** Extension-host command round trips (p95) while the language server lints a 30,000-line contract. */
const hostP95: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const result = spawnSync(process.execPath, ['test/e2e/run-ext-tests.mjs'], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 300_000,
    env: {
      ...process.env,
      DCLENS_SUITE_GREP: "^activation shows the first contract's findings|^a large contract keeps a command round trip",
    },
  });
  const latency = /BENCH extension host round trip during a \d+-line lint: p95 ([\d.]+) ms/.exec(result.stdout ?? '');
  if (latency) hostP95.push(Number(latency[1]));
  const match = /first diagnostics after ([\d.]+) ms \(editor shown after ([\d.]+) ms, activation ([\d.]+) ms\)/.exec(
    result.stdout ?? '',
  );
  if (!match) {
    console.log(`run ${run + 1}: no figure in the suite's output (exit ${result.status})`);
    continue;
  }
  first.push(Number(match[1]));
  shown.push(Number(match[2]));
  activation.push(Number(match[3]));
}

if (first.length === 0) {
  printSummary({ module: 'vscode-first-diagnostics', measured: false });
  process.exit(1);
}
console.log('VS Code 1.100.3: opening the first contract of a fresh window');
console.log(
  table(
    ['what', 'median', 'runs'],
    [
      ['open → first diagnostics', `${ms(median(first))} ms`, first.map(ms).join(', ')],
      ['open → editor shown', `${ms(median(shown))} ms`, shown.map(ms).join(', ')],
      ['activate()', `${ms(median(activation))} ms`, activation.map(ms).join(', ')],
      ...(hostP95.length > 0
        ? [
            [
              'command round trip during a 30,000-line lint (p95)',
              `${ms(median(hostP95))} ms`,
              hostP95.map(ms).join(', '),
            ],
          ]
        : []),
    ],
  ),
);
console.log(`Budget for the first diagnostics: ${BUDGET_MS} ms (${median(first) <= BUDGET_MS ? 'met' : 'NOT met'}).`);
printSummary({
  module: 'vscode-first-diagnostics',
  measured: true,
  firstDiagnosticsMs: median(first),
  editorShownMs: median(shown),
  activationMs: median(activation),
  ...(hostP95.length > 0 ? { extensionHostRoundTripP95Ms: median(hostP95) } : {}),
  runs: first.length,
});

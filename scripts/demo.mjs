// `npm run demo`: lints the example workspace, scores its contracts, suggests owners, tests a contract against its
// sample data and writes the Data Board's report of the whole workspace, as a new user would see it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const cli = 'dist/cli.js';
if (!existsSync(cli)) {
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 2);
}

const steps = [
  ['Lint every contract in examples/ (contracts are found by content, whatever their name)', ['lint', 'examples']],
  ['Quality score by data-quality dimension', ['score', 'examples/contracts']],
  [
    'Who could own the Crown Court hearings contract? (suggestions, with evidence)',
    ['owners', 'suggest', 'examples/contracts/courts/court-hearings.yaml', '--top', '3'],
  ],
  [
    'Test the prisons contract against its sample data (a CSV with three deliberate mistakes, checked in DuckDB)',
    ['test', 'examples/contracts/prisons/prison-population.odcs.yaml', '--server', 'sample'],
  ],
  [
    "The Data Board's report of every contract (open the page in a browser; `--format markdown` prints it here)",
    ['report', 'examples', '--output', path.join(tmpdir(), 'dclens-examples-report.html')],
  ],
];

let worst = 0;
for (const [title, args] of steps) {
  console.log(`\n=== ${title}\n$ dclens ${args.join(' ')}\n`);
  const run = spawnSync(process.execPath, [cli, ...args], {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
  });
  // Exit 1 only means "findings were reported", which is the point of the demo; 2 means something is broken.
  if ((run.status ?? 2) >= 2) worst = 2;
  const output = args.indexOf('--output');
  if (output >= 0 && run.status === 0) console.log(`Wrote ${args[output + 1]}`);
}
process.exit(worst);

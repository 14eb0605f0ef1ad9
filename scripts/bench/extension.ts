// The extension's cost: bundle size, the time to load the bundle, the cheap check that keeps non-contract YAML
// free, and — when the VS Code server used by the e2e tests is installed — activation time in a real VS Code.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { Script } from 'node:vm';
import path from 'node:path';
import { looksLikeContract, parseYamlFile } from '../../src/engine';
import { compare, ms, printSummary, REPO, table } from './_measure';
import { generateContract } from '../gen/contract';

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
const bundle = path.join(REPO, 'dist/extension.js');
const bundleBytes = statSync(bundle).size;

// Compiling the bundle is the part of activation that does not depend on the editor (V8 compiles lazily, so this is
// the up-front parse); the editor-side part is the real activation time below.
const source = readFileSync(bundle, 'utf8');
// A different trailing comment each time keeps V8 from reusing its cached compilation.
let run = 0;
const loadMs = compare(
  { compile: () => new Script(`${source}\n//${run++}`, { filename: bundle }) },
  { samples: 5, batchMs: 50, warmup: 1 },
).compile;

const workflow =
  'name: CI\non: [push]\njobs:\n' +
  Array.from({ length: 500 }, (_, i) => `  job${i}:\n    runs-on: ubuntu-latest\n`).join('');
const contract = generateContract({ lines: 1500, mistakes: false, seed: 3 });
const timings = compare({
  workflow: () => looksLikeContract(workflow),
  contract: () => looksLikeContract(contract),
  parseWorkflow: () => parseYamlFile(workflow),
});

let activationMs: number | undefined;
if (existsSync(path.join(REPO, '.vscode-e2e/node_modules/code-server')) && process.env.DCLENS_BENCH_VSCODE !== '0') {
  spawnSync(process.execPath, ['test/e2e/build-suite.mjs'], { cwd: REPO, stdio: 'ignore' });
  const run = spawnSync(process.execPath, ['test/e2e/run-ext-tests.mjs'], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, DCLENS_SUITE_GREP: '^activation activates' },
    timeout: 300_000,
  });
  const match = /activation took ([\d.]+) ms/.exec(run.stdout ?? '');
  if (match) activationMs = Number(match[1]);
}

console.log('Extension');
console.log(
  table(
    ['what', 'value'],
    [
      ['bundle dist/extension.js (minified)', `${(bundleBytes / 1024).toFixed(0)} KiB`],
      ['compile the bundle (V8, up front)', `${ms(loadMs)} ms`],
      ['content check, 1,000-line workflow YAML', `${ms(timings.workflow)} ms`],
      ['content check, 1,500-line contract', `${ms(timings.contract)} ms`],
      [
        'activation in VS Code 1.100.3',
        activationMs === undefined
          ? 'not measured (run `npm test` once to install the VS Code server)'
          : `${ms(activationMs)} ms`,
      ],
    ],
  ),
);
console.log(
  `On other YAML the content check costs ${((100 * timings.workflow) / timings.parseWorkflow).toFixed(2)}% of parsing the file, which the extension then never does.`,
);
printSummary({
  module: 'extension',
  bundleBytes,
  loadMs,
  checkWorkflowMs: timings.workflow,
  checkContractMs: timings.contract,
  activationMs,
});

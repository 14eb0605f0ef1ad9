// `npm run bench`: runs each module in scripts/bench/ (in name order) in its own process and prints its tables,
// then the machine-readable summary lines together. `npm run bench -- sizes scale` runs only the modules whose
// names start with those words (`sizes`: the client, server and CLI bundles and the .vsix; `report-history`:
// `dclens report --history` over a generated repository of 200 contracts and 500 commits, cold and warm; `ajv`:
// dclens lint, cold and with --cache, beside ajv-cli on 1,000 contracts).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const dir = path.join(__dirname, 'bench');
const only = process.argv.slice(2);
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

const summaries: string[] = [];
let failed = 0;
for (const file of modules) {
  console.log(`\n=== ${file} ===`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, file)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = (run.stdout ?? '').split('\n');
  for (const line of lines) {
    if (line.startsWith('BENCH_JSON ')) summaries.push(line.slice('BENCH_JSON '.length));
    else if (line !== '') console.log(line);
  }
  if (run.status !== 0) {
    failed++;
    console.log(`(${file} exited with ${run.status})`);
  }
}
console.log('\n=== summary (JSON lines) ===');
for (const s of summaries) console.log(s);
process.exitCode = failed > 0 ? 1 : 0;

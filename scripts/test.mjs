// `npm test`: every test of the project, with one closing line `N passed, N failed`.
//   1. type check (tsc, strict)         — counts as one test
//   2. engine purity (tsc)               — the engine compiles without Node's or the DOM's types; one test
//   3. eslint (eslint.config.mjs)        — layers, imports and the recommended rules; one test
//   4. formatting (prettier --check)     — every file Prettier formats is formatted; one test
//   5. build (esbuild bundles)           — counts as one test
//   6. unit, rule, service, CLI and conformance tests (mocha)
//   7. the extension in a real VS Code and the UI test (.ci/e2e.sh); DCLENS_SKIP_E2E=1 skips it for a quick run
import { spawn } from 'node:child_process';

let passed = 0;
let failed = 0;

function run(command, args, { parse } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let out = '';
    const relay = (stream) => (chunk) => {
      out += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', relay(process.stdout));
    child.stderr.on('data', relay(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, out, parse }));
  });
}

async function step(name, command, args) {
  console.log(`\n== ${name} ==`);
  const { code } = await run(command, args);
  if (code === 0) passed++;
  else {
    failed++;
    console.log(`${name}: FAILED`);
  }
  return code === 0;
}

await step('type check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
await step('engine purity (tsc)', 'npx', ['tsc', '-p', 'src/engine/tsconfig.json']);
await step('eslint', 'npx', ['eslint', '.']);
await step('formatting (prettier)', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']);
const built = await step('build', process.execPath, ['scripts/build.mjs']);

console.log('\n== mocha ==');
const mocha = await run('npx', ['mocha', '--reporter', process.env.MOCHA_REPORTER ?? 'dot', 'test/**/*.test.ts']);
const count = (word) => Number(new RegExp(`(\\d+) ${word}`).exec(mocha.out)?.[1] ?? 0);
const mochaPassed = count('passing');
const mochaFailed = count('failing');
passed += mochaPassed;
failed += mochaFailed;
if (mocha.code !== 0 && mochaFailed === 0) failed++; // mocha crashed before counting

if (process.env.DCLENS_SKIP_E2E === '1') {
  console.log('\n(e2e skipped: DCLENS_SKIP_E2E=1)');
} else if (!built) {
  failed++;
  console.log('\ne2e not run: the build failed');
} else {
  console.log('\n== extension in a real VS Code ==');
  const e2e = await run('bash', ['.ci/e2e.sh']);
  const line = [...e2e.out.matchAll(/^(\d+) passed, (\d+) failed$/gm)].pop();
  if (line) {
    passed += Number(line[1]);
    failed += Number(line[2]);
  }
  if (!line || (e2e.code !== 0 && Number(line[2]) === 0)) failed++;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

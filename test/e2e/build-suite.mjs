// Bundles the in-editor suite (test/suite/*.ts) to dist/test-suite/*.js for the extension host, which loads
// plain CommonJS. `vscode` comes from the host; mocha from the project's node_modules.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const suiteDir = 'test/suite';
const entryPoints = fs
  .readdirSync(suiteDir)
  .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
  .map((f) => path.join(suiteDir, f));
fs.rmSync('dist/test-suite', { recursive: true, force: true });
await build({
  entryPoints,
  outdir: 'dist/test-suite',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});

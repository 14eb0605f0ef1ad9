// Bundles the CLI (and the VS Code extension when present) with esbuild.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };
const jobs = [build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } })];
if (existsSync('src/vscode/extension.ts')) {
  jobs.push(build({ ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], minify: process.env.DCLENS_MINIFY !== '0' }));
}
await Promise.all(jobs);

// Bundles the CLI (and the VS Code extension when present) with esbuild.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

// The bundles are CommonJS; some dependencies ship ES modules that read `import.meta.url`, which CommonJS lacks.
const importMetaUrl = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";
const common = {
  bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning',
  define: { 'import.meta.url': '__importMetaUrl' },
};
const jobs = [build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${importMetaUrl}` } })];
// The language server on its own (`node dist/server.js --stdio`), for editors that start it directly.
jobs.push(build({ ...common, entryPoints: ['src/server/main.ts'], outfile: 'dist/server.js', banner: { js: importMetaUrl } }));
if (existsSync('src/vscode/extension.ts')) {
  jobs.push(build({
    ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'],
    banner: { js: importMetaUrl }, minify: process.env.DCLENS_MINIFY !== '0',
  }));
}
await Promise.all(jobs);

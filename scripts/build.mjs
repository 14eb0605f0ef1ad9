// Bundles the CLI (and the VS Code extension when present) with esbuild.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The bundles are CommonJS; some dependencies ship ES modules that read `import.meta.url`, which CommonJS lacks.
const importMetaUrl = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Source maps in files of their own beside each bundle (not inline): `node --enable-source-maps dist/cli.js` gives
  // stack traces in the TypeScript sources, and no one pays for reading them otherwise.
  sourcemap: 'linked',
  logLevel: 'warning',
  metafile: Boolean(process.env.DCLENS_BUILD_META),
  define: { 'import.meta.url': '__importMetaUrl' },
};
// The CLI is two bundles behind a launcher: `owners` runs from its own small bundle (it never loads the linter, so a
// call the catalogue cache answers starts fast), every other command from the whole CLI. Both carry the id of this
// build, so the on-disk catalogue cache never trusts an entry another build wrote.
const buildId = createHash('sha1');
for (const file of [
  'package.json',
  'package-lock.json',
  ...readdirSync('src', { recursive: true })
    .map((f) => join('src', f.toString()))
    .sort(),
]) {
  if (statSync(file).isFile()) buildId.update(`${file}\0`).update(readFileSync(file)).update('\0');
}
const cli = {
  ...common,
  // Minified: half the text to read and compile at every start (the source maps keep stack traces readable).
  minify: true,
  define: { ...common.define, __DCLENS_BUILD__: JSON.stringify(buildId.digest('hex').slice(0, 16)) },
  banner: { js: importMetaUrl },
  // Database clients for `dclens test` load from node_modules: DuckDB ships a native binary per platform.
  external: ['@duckdb/node-api', 'pg'],
};
// The owners bundle loads the configuration loader (and with it the linter's schema and rules) from a bundle of
// its own, only when the catalogue cache holds no resolution of the configuration.
const configApart = {
  name: 'config-apart',
  setup(b) {
    // A plain require of the other bundle (an import() would need a loader the code-cached bundle does not have).
    b.onResolve({ filter: /\/node\/config-loader$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: 'config-loader', namespace: 'config-apart' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'config-apart' }, () => ({
      contents: "module.exports = require('./cli-config.js');",
      loader: 'js',
    }));
    b.onResolve({ filter: /^\.\/cli-config\.js$/ }, () => ({ path: './cli-config.js', external: true }));
  },
};
// The owners bundle answers from the caches alone; any other call is handed to the whole owners command, a bundle of
// its own (with the YAML parser, the catalogue loader and their libraries), required only then.
const ownersWholeApart = {
  name: 'owners-whole-apart',
  setup(b) {
    b.onResolve({ filter: /\/owners-whole$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: 'owners-whole', namespace: 'owners-whole-apart' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'owners-whole-apart' }, () => ({
      contents: "module.exports = require('./cli-owners-whole.js');",
      loader: 'js',
    }));
    b.onResolve({ filter: /^\.\/cli-owners-whole\.js$/ }, () => ({ path: './cli-owners-whole.js', external: true }));
  },
};
// In the owners bundle, `yaml` and `js-yaml` are imported only by parsers that bundle never calls: declared free of
// side effects, they are left out rather than loaded at every start. RE2 (re2js, for CODEOWNERS patterns with wildcards) is loaded
// the first time a pattern is compiled, not at start: a call the caches answer rarely needs it.
const ownersLight = {
  name: 'owners-light',
  setup(b) {
    b.onResolve({ filter: /^(yaml|js-yaml)$/ }, async (args) => {
      if (args.pluginData === 'owners-light') return undefined;
      const { kind, resolveDir, importer } = args;
      const found = await b.resolve(args.path, { kind, resolveDir, importer, pluginData: 'owners-light' });
      if (found.errors.length > 0) return { errors: found.errors };
      return { path: found.path, namespace: found.namespace, external: found.external, sideEffects: false };
    });
    b.onResolve({ filter: /^re2js$/ }, (args) =>
      args.kind === 'import-statement' ? { path: 're2js', namespace: 'owners-light' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'owners-light' }, () => ({
      resolveDir: process.cwd(),
      loader: 'js',
      contents:
        "let loaded; export const RE2JS = new Proxy({}, { get: (_, key) => (loaded ??= require('re2js')).RE2JS[key] });",
    }));
  },
};
// The HTML report's renderer (with ECharts) is a bundle of its own, read only when a report is rendered as HTML:
// the CLI's and the server's `import('…/report-html')` become a plain require of it, so neither starts slower.
const reportHtmlApart = {
  name: 'report-html-apart',
  setup(b) {
    b.onResolve({ filter: /\/report-html$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: 'report-html', namespace: 'report-html-apart' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'report-html-apart' }, () => ({
      contents: "module.exports = require('./report-html.js');",
      loader: 'js',
    }));
    b.onResolve({ filter: /^\.\/report-html\.js$/ }, () => ({ path: './report-html.js', external: true }));
  },
};
// sql-formatter (the engine's src/engine/sql/formatter.ts) is a bundle of its own, required the first time a query
// is read or formatted: linting contracts without SQL never loads it. The engine calls it synchronously, so the
// stand-in is a function that requires the bundle on its first call.
const sqlApart = {
  name: 'sql-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/formatter$/ }, (args) =>
      /[\\/]src[\\/]engine[\\/]sql$/.test(args.resolveDir)
        ? { path: 'sql-formatter', namespace: 'sql-apart' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'sql-apart' }, () => ({
      contents: `let loaded;
        function load() {
          try {
            return (loaded ??= require('./sql-formatter.js'));
          } catch (error) {
            throw Object.assign(new Error('cannot load sql-formatter.js beside the bundle: ' + error.message), {
              name: 'FormatterUnavailable',
            });
          }
        }
        exports.format = (query, options) => load().format(query, options);
        exports.isUnavailable = (error) => error instanceof Error && error.name === 'FormatterUnavailable';`,
      loader: 'js',
    }));
    b.onResolve({ filter: /^\.\/sql-formatter\.js$/ }, () => ({ path: './sql-formatter.js', external: true }));
  },
};
const jobs = [
  build({
    ...cli,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli-main.js',
    plugins: [reportHtmlApart, sqlApart],
  }),
  build({ ...common, entryPoints: ['src/engine/sql/formatter.ts'], outfile: 'dist/sql-formatter.js', minify: true }),
  build({
    ...common,
    entryPoints: ['src/report-html/index.ts'],
    outfile: 'dist/report-html.js',
    minify: true,
    banner: { js: importMetaUrl },
  }),
  build({ ...cli, entryPoints: ['src/node/config-loader.ts'], outfile: 'dist/cli-config.js', plugins: [sqlApart] }),
  // Minified: a call the catalogue snapshot answers reads, compiles and keeps half the text. import.meta.url is
  // computed only where something reads it (nothing such a call runs).
  build({
    ...cli,
    entryPoints: ['src/cli/owners-main.ts'],
    plugins: [configApart, ownersWholeApart, ownersLight],
    outfile: 'dist/cli-owners.js',
    minify: true,
    define: { ...cli.define, 'import.meta.url': '__importMeta.url' },
    banner: { js: "const __importMeta = { get url() { return require('url').pathToFileURL(__filename).href; } };" },
  }),
  build({
    ...cli,
    entryPoints: ['src/cli/owners-whole.ts'],
    plugins: [configApart],
    outfile: 'dist/cli-owners-whole.js',
    minify: true,
  }),
  // The launcher: `owners` to its bundle (with V8's code cache), the rest to the whole CLI.
  build({
    ...common,
    entryPoints: ['src/cli/launcher.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
];
// The language server on its own (`node dist/server.js --stdio`), for editors that start it directly.
jobs.push(
  // Data tests run in the server too: the same database clients load from node_modules, never bundled.
  build({
    ...common,
    entryPoints: ['src/server/main.ts'],
    outfile: 'dist/server.js',
    plugins: [reportHtmlApart, sqlApart],
    minify: process.env.DCLENS_MINIFY !== '0',
    banner: { js: importMetaUrl },
    external: ['@duckdb/node-api', 'pg'],
  }),
);
if (existsSync('src/vscode/extension.ts')) {
  jobs.push(
    build({
      ...common,
      entryPoints: ['src/vscode/extension.ts'],
      outfile: 'dist/extension.js',
      external: ['vscode'],
      banner: { js: importMetaUrl },
      minify: process.env.DCLENS_MINIFY !== '0',
    }),
  );
}
const results = await Promise.all(jobs);
// `DCLENS_BUILD_META=FILE`: esbuild's record of what went into every bundle, for `npm run bench -- sizes`.
if (process.env.DCLENS_BUILD_META) {
  const outputs = Object.assign({}, ...results.map((r) => r.metafile?.outputs ?? {}));
  writeFileSync(process.env.DCLENS_BUILD_META, JSON.stringify({ outputs }));
}

// The VS Code extension is a thin client of the language server: its bundle holds no rule, schema or scoring code
// (so a long check can never freeze the extension host), and ESLint keeps engine code out of src/vscode.
import * as assert from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { ESLint } from 'eslint';
import { allRules } from '../../src/engine/rules';

const ROOT = path.join(__dirname, '../..');

/** Bundles the extension and the server with the options of scripts/build.mjs, into a private folder. */
async function bundles(): Promise<{ extension: string; server: string }> {
  const out = mkdtempSync(path.join(tmpdir(), 'dclens-client-bundle-'));
  try {
    const common = {
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'error',
      absWorkingDir: ROOT,
      define: { 'import.meta.url': '__importMetaUrl' },
      banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    } as const;
    await Promise.all([
      build({
        ...common,
        entryPoints: ['src/vscode/extension.ts'],
        outfile: path.join(out, 'extension.js'),
        external: ['vscode'],
        minify: true,
      }),
      // As in scripts/build.mjs: the database clients of data tests load from node_modules, never bundled.
      build({
        ...common,
        entryPoints: ['src/server/main.ts'],
        outfile: path.join(out, 'server.js'),
        minify: true,
        external: ['@duckdb/node-api', 'pg'],
      }),
    ]);
    return {
      extension: readFileSync(path.join(out, 'extension.js'), 'utf8'),
      server: readFileSync(path.join(out, 'server.js'), 'utf8'),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

describe('the VS Code extension is a thin client', function () {
  this.timeout(120_000);
  let bundled: { extension: string; server: string };
  before(async () => {
    bundled = await bundles();
  });

  it("bundles no rule of the engine: none of the rules' descriptions is in it", () => {
    // Descriptions in plain ASCII, which the bundler keeps verbatim (it escapes other characters).
    const rules = allRules.filter((r) => /^[\x20-\x7e]+$/.test(r.meta.description));
    assert.ok(rules.length > allRules.length / 2);
    assert.deepStrictEqual(
      rules.filter((r) => bundled.extension.includes(r.meta.description)).map((r) => r.meta.id),
      [],
    );
    // The same check finds every one of them in the server, so it can fail.
    assert.deepStrictEqual(
      rules.filter((r) => !bundled.server.includes(r.meta.description)).map((r) => r.meta.id),
      [],
    );
  });

  it('is a fraction of the size of the server it starts', () => {
    const ratio = bundled.extension.length / bundled.server.length;
    console.log(
      `      BENCH bundle sizes: extension ${Math.round(bundled.extension.length / 1024)} KiB, server ${Math.round(bundled.server.length / 1024)} KiB`,
    );
    assert.ok(ratio < 1 / 3, `the extension is ${(ratio * 100).toFixed(0)}% of the server`);
  });

  it('ESLint refuses engine code and host code in src/vscode, and allows the engine types and the protocol', async () => {
    const code = [
      "import { allRules } from '../engine';",
      "import type { Finding } from '../engine';",
      "import { today } from '../node/host';",
      "import { DID_LINT } from '../server/protocol';",
      "import { startServer } from '../server/server';",
      "import type { InitializationOptions } from '../server/server';",
      "import { lintText } from '../engine/lint';",
      'export { allRules, today, DID_LINT, startServer, lintText };',
      'export type { Finding, InitializationOptions };',
    ].join('\n');
    const [result] = await new ESLint({ cwd: ROOT }).lintText(code, {
      filePath: path.join(ROOT, 'src/vscode/example.ts'),
    });
    assert.deepStrictEqual(
      result.messages.map((m) => `${m.line} ${m.ruleId}`),
      [
        '1 @typescript-eslint/no-restricted-imports',
        '3 @typescript-eslint/no-restricted-imports',
        '5 @typescript-eslint/no-restricted-imports',
        '7 @typescript-eslint/no-restricted-imports',
      ],
    );
  });
});

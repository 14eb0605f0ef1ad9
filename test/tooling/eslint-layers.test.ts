// eslint.config.mjs keeps the layers apart: these cases lint made-up files at real paths and read which rules fire.
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

const eslint = new ESLint();

async function rulesFired(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => `${m.line} ${m.ruleId}`);
}

describe('ESLint layer rules', function () {
  this.timeout(60_000);

  it('the engine may not import vscode, a Node built-in (fs/promises too) or an adapter', async () => {
    const code = [
      "import { readFile } from 'fs/promises';",
      "import { join } from 'node:path';",
      "import type { Uri } from 'vscode';",
      "import { loadConfig } from '../../node/config-loader';",
      "import { stylish } from '../../formatters/stylish';",
      "import { parseDocument } from 'yaml';",
      "import { lintText } from '../lint';",
      'export { readFile, join, loadConfig, stylish, parseDocument, lintText };',
      'export type { Uri };',
    ].join('\n');
    assert.deepEqual(await rulesFired('src/engine/rules/example.ts', code), [
      '1 no-restricted-imports',
      '2 no-restricted-imports',
      '3 no-restricted-imports',
      '4 no-restricted-imports',
      '5 no-restricted-imports',
    ]);
  });

  it('the engine may not write to the console', async () => {
    assert.deepEqual(await rulesFired('src/engine/example.ts', "console.log('debug');\n"), ['1 no-console']);
  });

  it('the language server reaches the engine through its index only', async () => {
    const code = [
      "import { lintText } from '../engine/lint';",
      "import { createLanguageService } from '../engine';",
      "import { allRules } from '../engine/index';",
      'export { lintText, createLanguageService, allRules };',
    ].join('\n');
    assert.deepEqual(await rulesFired('src/server/example.ts', code), ['1 no-restricted-imports']);
  });

  it('adapters may use Node, and == is an error everywhere but against null', async () => {
    const code =
      "import { readFile } from 'node:fs/promises';\nexport const same = (a: unknown, b: unknown) => a == b || a == null;\nexport { readFile };\n";
    assert.deepEqual(await rulesFired('src/cli/example.ts', code), ['2 eqeqeq']);
  });
});

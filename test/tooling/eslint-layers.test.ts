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

  it('the CLI, the Node host and the formatters reach the engine through its index or its owners entry only', async () => {
    const code = (up: string) =>
      [
        `import { detectDocument } from '${up}engine/detect';`,
        `import { lintText } from '${up}engine';`,
        `import { allRules } from '${up}engine/index';`,
        `import { suggestOwners } from '${up}engine/owners';`,
        `import { CatalogueBuilder } from '${up}engine/owners/snapshot';`,
        `import { parseYamlFile } from '${up}engine/ownership';`,
        'export { detectDocument, lintText, allRules, suggestOwners, CatalogueBuilder, parseYamlFile };',
      ].join('\n');
    const refused = ['1 no-restricted-imports', '5 no-restricted-imports', '6 no-restricted-imports'];
    assert.deepEqual(await rulesFired('src/cli/commands/example.ts', code('../../')), refused);
    assert.deepEqual(await rulesFired('src/node/catalogue/example.ts', code('../../')), refused);
    assert.deepEqual(await rulesFired('src/node/example.ts', code('../')), refused);
    assert.deepEqual(await rulesFired('src/formatters/example.ts', code('../')), refused);
  });

  it('scripts reach the engine through its public entries too, except the owner-model evaluation', async () => {
    const code = [
      "import { looksLikeContract } from '../../src/engine/detect';",
      "import { lintText } from '../../src/engine';",
      "import { suggestOwners } from '../../src/engine/owners';",
      'export { looksLikeContract, lintText, suggestOwners };',
    ].join('\n');
    assert.deepEqual(await rulesFired('scripts/bench/example.ts', code), ['1 no-restricted-imports']);
    assert.deepEqual(await rulesFired('scripts/owners-eval/example.ts', code), []);
  });

  it('adapters may use Node, and == is an error everywhere but against null', async () => {
    const code =
      "import { readFile } from 'node:fs/promises';\nexport const same = (a: unknown, b: unknown) => a == b || a == null;\nexport { readFile };\n";
    assert.deepEqual(await rulesFired('src/cli/example.ts', code), ['2 eqeqeq']);
  });
});

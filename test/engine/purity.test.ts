// The engine runs in the editor, the CLI, the language server and (later) the browser: it must not reach for VS Code,
// Node or the clock. The compiler is the first line (`npm run typecheck:engine` compiles src/engine without Node's or
// the DOM's types); this test is the second: it reads every import the compiler would follow and accepts only files
// inside src/engine and the packages listed below.
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const ENGINE = resolve('src/engine');

// Packages that run unchanged in every JavaScript runtime. Add one only after checking it imports no Node built-in.
const PURE_PACKAGES = new Set(['yaml', 'js-yaml', 'zod', 'fastest-levenshtein', 're2js', 'sql-formatter']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Every import, export-from, dynamic import, require and type or lib reference of `text` the engine may not make. */
function impureImports(file: string, text: string): string[] {
  const info = ts.preProcessFile(text, true, true);
  const problems: string[] = [];
  for (const { fileName: specifier } of info.importedFiles) {
    if (specifier.startsWith('.')) {
      const target = resolve(dirname(file), specifier);
      if (target !== ENGINE && !target.startsWith(ENGINE + sep)) problems.push(`${specifier} (outside src/engine)`);
    } else if (specifier === 'vscode') {
      problems.push(`${specifier} (VS Code)`);
    } else if (
      specifier.startsWith('node:') ||
      builtinModules.includes(specifier) ||
      builtinModules.includes(packageOf(specifier))
    ) {
      problems.push(`${specifier} (a Node built-in)`);
    } else if (!PURE_PACKAGES.has(packageOf(specifier))) {
      problems.push(`${specifier} (a package not known to be runtime-neutral)`);
    }
  }
  for (const { fileName } of info.typeReferenceDirectives) problems.push(`/// <reference types="${fileName}" />`);
  for (const { fileName } of info.libReferenceDirectives) problems.push(`/// <reference lib="${fileName}" />`);
  return problems;
}

const CLOCK = /\bDate\.now\(\)|new Date\(\s*\)/;

describe('engine purity', () => {
  const engineFiles = files(ENGINE);

  it('finds the engine sources', () => assert.ok(engineFiles.length > 10));

  it('imports only engine files and runtime-neutral packages: no vscode, no Node built-in, no adapter', () => {
    const offenders = engineFiles.flatMap((f) =>
      impureImports(f, readFileSync(f, 'utf8')).map((problem) => `${relative('.', f)}: ${problem}`),
    );
    assert.deepEqual(offenders, []);
  });

  it('catches every way of reaching outside, fs/promises and dynamic imports included', () => {
    const file = join(ENGINE, 'rules', 'example.ts');
    const source = [
      '/// <reference types="node" />',
      "import { readFile } from 'fs/promises';",
      "import type { Uri } from 'vscode';",
      "export { join } from 'node:path';",
      "import { readConfig } from '../../node/config-loader';",
      "const lazy = () => import('child_process');",
      "const old = require('os');",
      "import glob from 'tinyglobby';",
      "import { parse } from 'yaml';",
      "import { lintText } from '../lint';",
    ].join('\n');
    assert.deepEqual(impureImports(file, source), [
      'fs/promises (a Node built-in)',
      'vscode (VS Code)',
      'node:path (a Node built-in)',
      '../../node/config-loader (outside src/engine)',
      'child_process (a Node built-in)',
      'os (a Node built-in)',
      'tinyglobby (a package not known to be runtime-neutral)',
      '/// <reference types="node" />',
    ]);
  });

  it('never reads the clock (hosts pass today in)', () => {
    const offenders = engineFiles.filter((f) => CLOCK.test(readFileSync(f, 'utf8')));
    assert.deepEqual(offenders, []);
  });
});

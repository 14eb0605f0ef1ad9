// The engine runs in the editor, the CLI and (later) the browser: it must not reach for VS Code, Node or the clock.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

const FORBIDDEN_IMPORT = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](vscode|node:[\w/]+|fs|path|os|child_process|http|https|net|crypto|url|util|worker_threads)['"]/;
const CLOCK = /\bDate\.now\(\)|new Date\(\s*\)/;

describe('engine purity', () => {
  const engineFiles = files('src/engine');

  it('finds the engine sources', () => assert.ok(engineFiles.length > 10));

  it('imports neither vscode nor Node built-ins', () => {
    const offenders = engineFiles.filter((f) => FORBIDDEN_IMPORT.test(readFileSync(f, 'utf8')));
    assert.deepEqual(offenders, []);
  });

  it('never reads the clock (hosts pass today in)', () => {
    const offenders = engineFiles.filter((f) => CLOCK.test(readFileSync(f, 'utf8')));
    assert.deepEqual(offenders, []);
  });
});

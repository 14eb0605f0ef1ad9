// dist/cli.js: sends `dclens owners …` to the owners command's own small bundle (dist/cli-owners.js) and every
// other command to the whole CLI (dist/cli-main.js). The owners bundle is compiled with V8's code cache, kept beside
// the catalogue cache: a later call skips compiling it. A missing, foreign or rejected code cache is only slower;
// `--no-cache` reads and writes none. The code cache holds what the run that wrote it compiled: one the catalogue
// snapshot answered compiles little, so its cache is written again after the first such run (a smaller cache is
// read faster). Nothing here loads node:crypto: its start-up alone costs a tenth of the time a cached call may take.
import { isAscii } from 'node:buffer';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { nameHash, tempNameFor } from '../node/catalogue/stamps';
import { ANSWERED_FROM_SNAPSHOT } from './code-cache-signal';
import { DCLENS_VERSION } from '../node/version';

/** The first byte of a code cache file: what the run that wrote it did (the rest is V8's data). */
const FROM_LOAD = 0;
const FROM_SNAPSHOT = 1;

/** A folder only this user can write: a code cache is compiled code, never read from a folder others can change. */
function privateDir(env: NodeJS.ProcessEnv): string | undefined {
  const base = env.DCLENS_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'dclens');
  const dir = join(base, 'code');
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const s = statSync(dir);
    if (typeof process.getuid === 'function' && (s.uid !== process.getuid() || (s.mode & 0o022) !== 0))
      return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

function runOwnersBundle(file: string, useCache: boolean): void {
  // esbuild writes ASCII (it escapes anything else): read as such, the text needs no UTF-8 decoding.
  const bytes = readFileSync(file);
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  let cacheFile: string | undefined;
  let stored: Buffer | undefined;
  if (useCache) {
    const dir = privateDir(process.env);
    const s = statSync(file);
    const key = nameHash(`${file}\0${s.size}\0${s.mtimeMs}\0${process.version}\0${process.arch}`);
    cacheFile = dir && join(dir, `owners-${key}.bin`);
    try {
      stored = cacheFile ? readFileSync(cacheFile) : undefined;
    } catch {
      stored = undefined;
    }
  }
  const cached = stored && stored.length > 1 ? stored.subarray(1) : undefined;
  // Wrapped as Node wraps a CommonJS file, and given this module's require: the bundle sits in this file's folder,
  // so what it requires resolves as its own require would resolve it (node:module itself is not loaded for this).
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n});`, {
    filename: file,
    cachedData: cached,
  });
  const bundle = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void).call(
    bundle.exports,
    bundle.exports,
    require,
    bundle,
    file,
    dirname(file),
  );
  if (cacheFile) {
    // After the run, the cache holds the functions the run compiled too.
    const target = cacheFile;
    const writtenBy = stored?.[0];
    process.once('beforeExit', () => {
      const kind = (globalThis as Record<symbol, unknown>)[ANSWERED_FROM_SNAPSHOT] === true ? FROM_SNAPSHOT : FROM_LOAD;
      // Only a run the snapshot answered writes the cache, and one that compiled everything itself: a cache read
      // in keeps every function it held, so it never shrinks. A run that loaded the catalogue (seconds) writes none.
      if (kind !== FROM_SNAPSHOT) return;
      if (writtenBy === FROM_SNAPSHOT && cached !== undefined && script.cachedDataRejected !== true) return;
      if (cached !== undefined && script.cachedDataRejected !== true) {
        // Compiled by another kind of run: removed, so that the next run compiles only what it needs and keeps that.
        rmSync(target, { force: true });
        return;
      }
      const temp = tempNameFor(target);
      try {
        writeFileSync(temp, Buffer.concat([Buffer.from([kind]), script.createCachedData()]), { mode: 0o600 });
        renameSync(temp, target);
      } catch {
        rmSync(temp, { force: true });
      }
    });
  }
}

const args = process.argv.slice(2);
if (args[0] === 'owners') runOwnersBundle(join(__dirname, 'cli-owners.js'), !args.includes('--no-cache'));
// The version without reading the whole CLI: as fast as node starts.
else if (args[0] === '--version' || args[0] === '-v') process.stdout.write(`${DCLENS_VERSION}\n`);
else module.require(join(__dirname, 'cli-main.js'));

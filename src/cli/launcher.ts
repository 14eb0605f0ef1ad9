// dist/cli.js: sends `dclens owners …` to the owners command's own small bundle (dist/cli-owners.js) and every
// other command to the whole CLI (dist/cli-main.js). The owners bundle is compiled with V8's code cache, kept beside
// the catalogue cache: a later call skips compiling it. A missing, foreign or rejected code cache is only slower;
// `--no-cache` reads and writes none.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

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
  const source = readFileSync(file, 'utf8');
  let cacheFile: string | undefined;
  let cached: Buffer | undefined;
  if (useCache) {
    const dir = privateDir(process.env);
    const s = statSync(file);
    const key = createHash('sha1')
      .update(`${file}\0${s.size}\0${s.mtimeMs}\0${process.version}\0${process.arch}`)
      .digest('hex')
      .slice(0, 16);
    cacheFile = dir && join(dir, `owners-${key}.bin`);
    try {
      cached = cacheFile ? readFileSync(cacheFile) : undefined;
    } catch {
      cached = undefined;
    }
  }
  const script = new Script(Module.wrap(source), { filename: file, cachedData: cached });
  const module = new Module(file);
  module.filename = file;
  const require = Module.createRequire(file);
  (script.runInThisContext() as (...args: unknown[]) => void).call(
    module.exports,
    module.exports,
    require,
    module,
    file,
    dirname(file),
  );
  if (cacheFile && (cached === undefined || script.cachedDataRejected)) {
    // After the run, the cache holds the functions the run compiled too.
    const target = cacheFile;
    process.once('beforeExit', () => {
      const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
        renameSync(temp, target);
      } catch {
        rmSync(temp, { force: true });
      }
    });
  }
}

const args = process.argv.slice(2);
if (args[0] === 'owners') runOwnersBundle(join(__dirname, 'cli-owners.js'), !args.includes('--no-cache'));
else Module.createRequire(__filename)(join(__dirname, 'cli-main.js'));

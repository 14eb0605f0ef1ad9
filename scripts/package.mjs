// Writes the .vsix users install: `node scripts/package.mjs [--out FILE] [--universal]`.
//
// The language server runs a contract's data tests with DuckDB (a native library per platform) and PostgreSQL's
// client, which the bundles leave out. By default the .vsix is made for this machine's platform (`vsce --target`)
// and carries those two packages and what they load, copied into `dist/node_modules/` next to the server bundle, so
// the Test Explorer runs local files and PostgreSQL tables out of the box. `--universal` leaves them out: a .vsix
// for every platform whose data tests need the `dclens` CLI from npm. Run it on each platform to publish for it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** What the server loads at run time, outside its bundle. */
export const RUNTIME_PACKAGES = ['@duckdb/node-api', 'pg'];
const STAGE = path.join(REPO, 'dist', 'node_modules');

/** The vsce target of this machine, e.g. `linux-x64`, `alpine-x64`, `darwin-arm64`, `win32-x64`. */
export function currentTarget() {
  // Node's own report names the glibc it runs on; on musl (Alpine) there is none.
  const musl = process.platform === 'linux' && !process.report.getReport().header.glibcVersionRuntime;
  return `${musl ? 'alpine' : process.platform}-${process.arch}`;
}

/** The installed packages `roots` need, with their dependencies and the optional ones installed here. */
export function packageClosure(roots) {
  const found = new Map();
  const visit = (name) => {
    if (found.has(name)) return;
    const dir = path.join(REPO, 'node_modules', name);
    if (!existsSync(path.join(dir, 'package.json'))) return; // an optional dependency for another platform
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    found.set(name, dir);
    for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) visit(dep);
  };
  for (const root of roots) {
    if (!existsSync(path.join(REPO, 'node_modules', root, 'package.json')))
      throw new Error(`${root} is not installed: run npm ci first`);
    visit(root);
  }
  return [...found.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** Files a package needs at run time: its code, manifest, native libraries and licence; no types, docs or maps. */
const wanted = (name) =>
  /\.([cm]?js|json|node|so|dylib|dll)$/.test(name) && !/\.d\.[cm]?ts$/.test(name) ? true : /^licen[cs]e/i.test(name);
const skippedDirs = new Set(['test', 'tests', '__tests__', 'docs', 'example', 'examples', '.github']);

function copyPackage(from, to) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!skippedDirs.has(entry.name) && entry.name !== 'node_modules')
        copyPackage(path.join(from, entry.name), path.join(to, entry.name));
    } else if (entry.isFile() && wanted(entry.name)) {
      mkdirSync(to, { recursive: true });
      copyFileSync(path.join(from, entry.name), path.join(to, entry.name));
    }
  }
}

/** Copies the runtime packages into dist/node_modules; returns their names. */
export function stageRuntimePackages() {
  rmSync(STAGE, { recursive: true, force: true });
  const closure = packageClosure(RUNTIME_PACKAGES);
  for (const [name, dir] of closure) copyPackage(dir, path.join(STAGE, name));
  return closure.map(([name]) => name);
}

/** Builds nothing: packages what dist/ holds. Returns the target, or undefined for a universal .vsix. */
export function packageVsix(outFile, { universal = false } = {}) {
  const target = universal ? undefined : currentTarget();
  try {
    if (!universal) stageRuntimePackages();
    const vsce = path.join(REPO, 'node_modules/@vscode/vsce/vsce');
    const args = [vsce, 'package', '--allow-missing-repository', '--no-dependencies', '-o', outFile];
    if (target) args.push('--target', target);
    const result = spawnSync(process.execPath, args, { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(`vsce package failed (exit code ${result.status}):\n${result.stderr}`);
  } finally {
    // The copies only serve the .vsix: the CLI and the tests load the packages from node_modules.
    rmSync(STAGE, { recursive: true, force: true });
  }
  return target;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--out');
  const out = path.resolve(at >= 0 && args[at + 1] ? args[at + 1] : 'data-contract-lens.vsix');
  const target = packageVsix(out, { universal: args.includes('--universal') });
  console.log(
    `${path.relative(process.cwd(), out)}: ${target ? `for ${target}, with DuckDB and PostgreSQL's client` : 'universal, without the database clients'}`,
  );
}

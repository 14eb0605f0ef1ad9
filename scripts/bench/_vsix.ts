// Packages the extension as users install it and lists what the .vsix holds (shared by the sizes bench and the
// test of the .vsix contents; the bench runner skips files starting with '_').
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { inflateRawSync } from 'node:zlib';

export const REPO = path.resolve(__dirname, '../..');

export interface VsixEntry {
  /** Path inside the extension folder, e.g. `dist/extension.js` (vsce puts everything under `extension/`). */
  name: string;
  bytes: number;
  compressedBytes: number;
}

/** Builds the bundles (unless `build` is false) and writes the .vsix the way `npm run package` does: for this
 * platform, with the database clients, unless `universal`. */
export function packageVsix(outFile: string, options: { build?: boolean; universal?: boolean } = {}): void {
  if (options.build !== false) run(process.execPath, ['scripts/build.mjs']);
  // Node 20.19+ loads an ES module with require when it has no top-level await.
  const packaging = createRequire(__filename)(path.join(REPO, 'scripts/package.mjs')) as {
    packageVsix(out: string, options: { universal?: boolean }): string | undefined;
  };
  packaging.packageVsix(outFile, { universal: options.universal });
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    const what = [path.basename(args[0]), ...args.slice(1, 2)].join(' ');
    throw new Error(`${what} failed (exit code ${result.status}):\n${result.stderr}`);
  }
}

/** One record of a zip's central directory: the file's full path, sizes, compression and where its data is. */
interface ZipRecord {
  name: string;
  bytes: number;
  compressedBytes: number;
  method: number;
  /** Offset of the file's local header. */
  local: number;
}

/** The records of a zip's central directory, in order. */
function zipRecords(file: string, zip: Buffer): ZipRecord[] {
  // The end-of-central-directory record: the last 22 bytes, or more when the archive has a comment.
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${file} is not a zip archive`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const records: ZipRecord[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: unexpected central directory record`);
    const nameLength = zip.readUInt16LE(at + 28);
    records.push({
      method: zip.readUInt16LE(at + 10),
      compressedBytes: zip.readUInt32LE(at + 20),
      bytes: zip.readUInt32LE(at + 24),
      local: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return records;
}

/** The files of the extension in a .vsix, read from the zip's central directory. */
export function vsixEntries(file: string): VsixEntry[] {
  return zipRecords(file, readFileSync(file))
    .filter((r) => r.name.startsWith('extension/'))
    .map((r) => ({ name: r.name.slice('extension/'.length), bytes: r.bytes, compressedBytes: r.compressedBytes }));
}

/** Files that should never ship: sources, tests and their fixtures, source maps, dependencies other than the
 * database clients' runtime files, local state. */
export function unwantedInVsix(entries: VsixEntry[]): string[] {
  const unwanted = /^(src|test|scripts|node_modules|examples|\.[^/]+)\/|\.map$|\.ts$|\.vsix$/;
  const clientFile =
    /^dist\/node_modules\/.+\.([cm]?js|json|node|so|dylib|dll)$|^dist\/node_modules\/.+\/licen[cs]e[^/]*$/i;
  return entries
    .map((e) => e.name)
    .filter((name) => unwanted.test(name) || (name.startsWith('dist/node_modules/') && !clientFile.test(name)));
}

/** Every file of a .vsix (its full zip path) with its uncompressed content. */
export function vsixFiles(file: string): Map<string, Buffer> {
  const zip = readFileSync(file);
  const files = new Map<string, Buffer>();
  for (const r of zipRecords(file, zip)) {
    if (r.name.endsWith('/')) continue;
    const start = r.local + 30 + zip.readUInt16LE(r.local + 26) + zip.readUInt16LE(r.local + 28);
    const data = zip.subarray(start, start + r.compressedBytes);
    files.set(r.name, r.method === 8 ? inflateRawSync(data) : Buffer.from(data));
  }
  return files;
}

/** Unpacks the extension folder of a .vsix into `dir`, as VS Code does when it installs it. */
export function extractVsix(file: string, dir: string): void {
  for (const [name, data] of vsixFiles(file)) {
    if (!name.startsWith('extension/')) continue;
    const target = path.resolve(dir, name.slice('extension/'.length));
    if (!target.startsWith(path.resolve(dir) + path.sep)) throw new Error(`${name} leaves the extension folder`);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
}

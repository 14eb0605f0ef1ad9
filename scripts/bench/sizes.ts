// What users download and load: `node --import tsx scripts/bench/sizes.ts`. Builds the bundles, packages the .vsix
// into a temporary folder (as `npm run package` does) and prints the size of each bundle and of the .vsix, with the
// largest files in the .vsix. `DCLENS_BENCH_BUILD=0` measures the bundles already in dist/ without building.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { printSummary, table } from './_measure';
import { packageVsix, REPO, unwantedInVsix, vsixEntries } from './_vsix';

const kb = (bytes: number): number => Math.round(bytes / 1024);
const kbText = (bytes: number): string => kb(bytes).toLocaleString('en-GB');

// The client (the VS Code extension), the language server, and the CLI's launcher and bundles.
const CLI_ROLES: Record<string, string> = {
  'cli.js': 'CLI launcher',
  'cli-main.js': 'CLI, every command but owners',
  'cli-owners.js': 'CLI, owners without the linter',
  'cli-config.js': 'CLI, configuration loader',
};
const bundles: Array<[string, string]> = [
  ['dist/extension.js', 'VS Code client, minified'],
  ['dist/server.js', 'language server'],
  ...readdirSync(path.join(REPO, 'dist'))
    .filter((f) => /^cli.*\.js$/.test(f))
    .sort()
    .map((f): [string, string] => [`dist/${f}`, CLI_ROLES[f] ?? 'CLI']),
];

const dir = mkdtempSync(path.join(tmpdir(), 'dclens-vsix-'));
try {
  const vsix = path.join(dir, 'data-contract-lens.vsix');
  packageVsix(vsix, { build: process.env.DCLENS_BENCH_BUILD !== '0' });
  const vsixBytes = statSync(vsix).size;
  const entries = vsixEntries(vsix);
  const unwanted = unwantedInVsix(entries);

  const sizes = bundles
    .filter(([file]) => existsSync(path.join(REPO, file)))
    .map(([file, role]) => ({ file, role, bytes: statSync(path.join(REPO, file)).size }));
  console.log('Sizes (KB = 1,024 bytes)');
  console.log(
    table(
      ['file', 'KB'],
      [
        ...sizes.map((s) => [`${s.file} (${s.role})`, kbText(s.bytes)]),
        [`.vsix (the packaged extension, ${entries.length} files)`, kbText(vsixBytes)],
      ],
    ),
  );
  const largest = [...entries].sort((a, b) => b.compressedBytes - a.compressedBytes).slice(0, 5);
  console.log('\nLargest files in the .vsix');
  console.log(
    table(
      ['file', 'KB', 'KB compressed'],
      largest.map((e) => [e.name, kbText(e.bytes), kbText(e.compressedBytes)]),
    ),
  );
  if (unwanted.length > 0) console.log(`\nShips what it should not (fix .vscodeignore): ${unwanted.join(', ')}`);

  printSummary({
    module: 'sizes',
    bundlesKB: Object.fromEntries(sizes.map((s) => [s.file, kb(s.bytes)])),
    vsixKB: kb(vsixBytes),
    vsixFiles: entries.length,
    vsixUnwanted: unwanted,
  });
  if (unwanted.length > 0) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

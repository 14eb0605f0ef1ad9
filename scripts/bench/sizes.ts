// What users download and load: `node --import tsx scripts/bench/sizes.ts`. Builds the bundles, packages the .vsix
// into a temporary folder (as `npm run package` does) and prints the size of each bundle and of the .vsix, with the
// largest files in the .vsix, what each bundle is made of (the packages that take the most bytes, from esbuild's
// record of the build) and how long `dclens --version` takes beside `node -e 0`. Targets: the extension bundle at
// most 800 KB minified, `dclens --version` at most 1.5× `node -e 0`. `DCLENS_BENCH_BUILD=0` measures the bundles
// already in dist/ without building (and without the composition, which needs the build's record).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { median, printSummary, table } from './_measure';
import { packageVsix, REPO, unwantedInVsix, vsixEntries } from './_vsix';

const EXTENSION_TARGET_KB = 800;
const VERSION_TARGET = 1.5;
const kb = (bytes: number): number => Math.round(bytes / 1024);
const kbText = (bytes: number): string => kb(bytes).toLocaleString('en-GB');

// The client (the VS Code extension), the language server, sql-formatter (which the server and the CLI load when a
// contract has SQL), and the CLI's launcher and bundles.
const CLI_ROLES: Record<string, string> = {
  'cli.js': 'CLI launcher',
  'cli-main.js': 'CLI, every command but owners',
  'cli-owners.js': 'CLI, owners answered from the caches',
  'cli-owners-whole.js': 'CLI, the whole owners command',
  'cli-config.js': 'CLI, configuration loader',
};
const bundles: Array<[string, string]> = [
  ['dist/extension.js', 'VS Code client, minified'],
  ['dist/server.js', 'language server'],
  ['dist/sql-formatter.js', 'sql-formatter, loaded on the first query'],
  ...readdirSync(path.join(REPO, 'dist'))
    .filter((f) => /^cli.*\.js$/.test(f))
    .sort()
    .map((f): [string, string] => [`dist/${f}`, CLI_ROLES[f] ?? 'CLI']),
];

/** Bytes per package (or per source folder) in each bundle, from esbuild's metafile. */
function composition(metaFile: string): Map<string, Array<[string, number]>> {
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as {
    outputs: Record<string, { inputs?: Record<string, { bytesInOutput: number }> }>;
  };
  const byBundle = new Map<string, Array<[string, number]>>();
  for (const [output, { inputs }] of Object.entries(meta.outputs)) {
    if (!output.endsWith('.js') || !inputs) continue;
    const parts = new Map<string, number>();
    for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
      const name = pkg ?? input.split('/').slice(0, 3).join('/');
      parts.set(name, (parts.get(name) ?? 0) + bytesInOutput);
    }
    byBundle.set(
      output,
      [...parts].sort((a, b) => b[1] - a[1]),
    );
  }
  return byBundle;
}

/** Median wall-clock milliseconds of a child process (start-up is what is measured, so wall time it is). */
function wallMs(args: string[], runs = 9): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, args, { cwd: REPO, stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

const dir = mkdtempSync(path.join(tmpdir(), 'dclens-vsix-'));
try {
  const vsix = path.join(dir, 'data-contract-lens.vsix');
  const build = process.env.DCLENS_BENCH_BUILD !== '0';
  const metaFile = path.join(dir, 'meta.json');
  if (build) process.env.DCLENS_BUILD_META = metaFile;
  packageVsix(vsix, { build });
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

  const parts = existsSync(metaFile) ? composition(metaFile) : new Map<string, Array<[string, number]>>();
  for (const [bundle, sizes] of [...parts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const total = sizes.reduce((n, [, bytes]) => n + bytes, 0);
    console.log(`\nWhat ${bundle} is made of (${kbText(total)} KB of code)`);
    console.log(
      table(
        ['package or source folder', 'KB', 'share'],
        sizes.slice(0, 8).map(([name, bytes]) => [name, kbText(bytes), `${Math.round((bytes / total) * 100)} %`]),
      ),
    );
  }

  // Alternating, so a busy moment slows both alike.
  const nodeRuns: number[] = [];
  const versionRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    nodeRuns.push(wallMs(['-e', '0'], 3));
    versionRuns.push(wallMs(['dist/cli.js', '--version'], 3));
  }
  const nodeMs = median(nodeRuns);
  const versionMs = median(versionRuns);
  const extensionKB = kb(sizes.find((s) => s.file === 'dist/extension.js')?.bytes ?? 0);
  const extensionMet = extensionKB <= EXTENSION_TARGET_KB;
  const versionMet = versionMs / nodeMs <= VERSION_TARGET;
  console.log(
    `\nTarget: dist/extension.js ≤ ${EXTENSION_TARGET_KB} KB: ${extensionMet ? 'met' : 'MISSED'} (${extensionKB} KB)`,
  );
  console.log(
    `Target: dclens --version ≤ ${VERSION_TARGET}× node -e 0: ${versionMet ? 'met' : 'MISSED'} ` +
      `(${versionMs.toFixed(0)} ms against ${nodeMs.toFixed(0)} ms, ${(versionMs / nodeMs).toFixed(2)}×)`,
  );

  printSummary({
    module: 'sizes',
    bundlesKB: Object.fromEntries(sizes.map((s) => [s.file, kb(s.bytes)])),
    vsixKB: kb(vsixBytes),
    vsixFiles: entries.length,
    vsixUnwanted: unwanted,
    composition: Object.fromEntries(
      [...parts].map(([bundle, list]) => [bundle, Object.fromEntries(list.slice(0, 8).map(([n, b]) => [n, kb(b)]))]),
    ),
    versionMs: Math.round(versionMs),
    nodeStartMs: Math.round(nodeMs),
    versionRatio: Math.round((versionMs / nodeMs) * 100) / 100,
    meetsTargets: extensionMet && versionMet,
  });
  if (unwanted.length > 0 || !extensionMet || !versionMet) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

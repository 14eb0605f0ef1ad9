// Runs the same in-editor suite (dist/test-suite) with @vscode/test-electron, for machines that can download
// VS Code (a developer laptop, CI with internet). Offline, use run-ext-tests.mjs instead.
//   node scripts/build.mjs && node test/e2e/build-suite.mjs && npx tsx test/e2e/run-electron.ts
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../..');
  const tmp = mkdtempSync(path.join(tmpdir(), 'dclens-electron-'));
  // The tests edit files: they work on a copy of the fixture workspace.
  const workspace = path.join(tmp, 'workspace');
  cpSync(path.join(root, 'test/fixtures/workspace'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? '1.100.3',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'dist/test-suite/index.js'),
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--user-data-dir',
        path.join(tmp, 'user-data'),
      ],
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error('Tests failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});

// Loaded by mocha before any test: the owner-suggestion cache of every test run goes to a temporary folder (removed
// at the end), never to the user's ~/.cache.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

if (!process.env.DCLENS_CACHE_DIR) {
  const dir = mkdtempSync(join(tmpdir(), 'dclens-test-cache-'));
  process.env.DCLENS_CACHE_DIR = dir;
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
}

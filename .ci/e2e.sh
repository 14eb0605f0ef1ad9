#!/usr/bin/env bash
# The extension in a real VS Code (1.100.3, from the code-server npm package), offline:
#   1. the mocha suite test/suite inside the extension host (test/e2e/run-ext-tests.mjs), in a trusted workspace
#      and again in Restricted Mode;
#   2. a UI test that installs the packaged .vsix and checks the Problems panel, the score CodeLens, a hover,
#      completion, the score view, the walkthrough and the data quality report (test/e2e/ui-smoke.mjs);
#   3. a UI test that opens the workspace untrusted, trusts it from the trust editor and checks that the folder's
#      configuration then applies without a reload (test/e2e/ui-trust.mjs);
#   4. the HTML report of examples/ with its history in headless Chromium: its figures, nothing fetched, axe-core
#      (test/e2e/report-html.mjs).
# Installs what it needs on a fresh machine (apt as root, code-server, npm dependencies). Ends with one
# `N passed, N failed` line; exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export VSCODE_E2E_DIR="${VSCODE_E2E_DIR:-$PWD/.vscode-e2e}"
logs=$(mktemp -d)
passed=0; failed=0; status=0
tally() { # adds the last `N passed, N failed` line of a log; a log without one counts as one failure
  local line; line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$1" | tail -1 || true)
  if [ -n "$line" ]; then
    passed=$((passed + ${line%% passed*})); line=${line#*, }; failed=$((failed + ${line%% failed*}))
  else failed=$((failed + 1)); fi
}
finish() { echo "$passed passed, $failed failed"; rm -rf "$logs"; exit $status; }

if ! bash test/e2e/setup.sh > "$logs/setup.log" 2>&1; then
  cat "$logs/setup.log"; echo "e2e setup failed"; failed=1; status=1; finish
fi
tail -1 "$logs/setup.log"
if [ ! -x node_modules/.bin/vsce ] || [ ! -x node_modules/.bin/esbuild ]; then
  npm ci --no-audit --no-fund --loglevel=error || { failed=1; status=1; finish; }
fi
if ! node scripts/build.mjs || ! node test/e2e/build-suite.mjs; then
  echo "build failed"; failed=1; status=1; finish
fi

echo "== extension tests inside VS Code =="
node test/e2e/run-ext-tests.mjs 2>&1 | tee "$logs/ext.log"; [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
tally "$logs/ext.log"

echo "== the same suite in an untrusted workspace (Restricted Mode) =="
node test/e2e/run-ext-tests.mjs --restricted 2>&1 | tee "$logs/restricted.log"; [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
tally "$logs/restricted.log"

echo "== UI test with the packaged .vsix =="
vsix="$logs/data-contract-lens.vsix"
if node scripts/package.mjs --out "$vsix" > "$logs/vsce.log" 2>&1; then
  node test/e2e/ui-smoke.mjs --vsix "$vsix" --shot "${DCLENS_SCREENSHOT:-$logs/screenshot-problems.png}" \
    --file orders.odcs.yaml --expect datetime --hover-line 26 --hover-column 10 --hover-expect "kind of values the column holds" 2>&1 | tee "$logs/ui.log"; [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  tally "$logs/ui.log"
  node test/e2e/ui-trust.mjs --vsix "$vsix" --shot "$(dirname "${DCLENS_SCREENSHOT:-$logs/x.png}")/screenshot-trust.png" 2>&1 | tee "$logs/trust.log"; [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  tally "$logs/trust.log"
else
  cat "$logs/vsce.log"; echo "packaging the .vsix failed"; failed=$((failed + 1)); status=1
fi

echo "== the HTML report in headless Chromium =="
node test/e2e/report-html.mjs --history --shot "$(dirname "${DCLENS_SCREENSHOT:-$logs/x.png}")/report.png" 2>&1 | tee "$logs/report.log"; [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
tally "$logs/report.log"
finish

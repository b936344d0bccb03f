#!/usr/bin/env bash
# `npm test`: every check, in the order a failure is cheapest to see.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/use-node.sh

step() { printf '\n=== %s\n' "$*"; }

# Tests remove every temp folder they make (keys, PKCS#12, NSS databases, vaults). The run
# gets a temp folder of its own (TMPDIR), so what is left there at the end was made by this
# run and nothing else: any vigie-* folder in it fails the run.
tmp_root="$(mktemp -d "${TMPDIR:-/tmp}/vigie-test-run.XXXXXX")"
export TMPDIR="$tmp_root"
trap 'rm -rf "$tmp_root"' EXIT

step "typecheck (shared, main, renderer, tests)"
npx tsc -b

step "lint"
npx eslint .
npx prettier --check . >/dev/null || { npx prettier --check . ; exit 1; }

step "build (renderer, main + preload, CLI, dev bridge)"
npx vite build --config vite.config.ts --logLevel warn
npx vite build --config vite.config.ts --mode bridge --outDir ../../dist/renderer-bridge --emptyOutDir --logLevel warn
node scripts/build-main.mjs
node scripts/build-cli.mjs
node scripts/build-bridge.mjs

# Vitest and the e2e suite run inside a D-Bus session with gnome-keyring unlocked, so the
# key vault's secret goes to a real Secret Service (scripts/with-keyring.sh).
step "unit + renderer tests (vitest)"
rm -f test-results/vitest.json test-results/e2e.json test-results/electron.json
bash scripts/with-keyring.sh npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json

step "end-to-end in Chromium through the dev bridge (playwright)"
bash scripts/with-keyring.sh npx playwright test -c playwright.config.ts

step "Electron suite (playwright _electron)"
# A real window needs a display: Xvfb when there is none (CI, SSH sessions).
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  xvfb-run -a npx playwright test -c playwright.electron.config.ts
else
  npx playwright test -c playwright.electron.config.ts
fi

step "temp folders left behind"
leftover="$(ls -d "$tmp_root"/vigie-* 2>/dev/null || true)"
if [ -n "$leftover" ]; then
  echo "these temp folders were left by the tests (each test must remove what it makes):"
  printf '  %s\n' $leftover
  node scripts/test-summary.mjs || true
  exit 1
fi
echo "none"

node scripts/test-summary.mjs

#!/usr/bin/env bash
# What `npm test` runs: unit tests, a production build, then the end-to-end
# suite against a throw-away Docker engine (scripts/sandbox.sh). Extra
# arguments go to Playwright, e.g. `npm test -- --grep containers`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NEXT_TELEMETRY_DISABLED=1

section() { printf '\n==================== %s ====================\n\n' "$*"; }

if [[ ! -d node_modules ]]; then
  section "installing dependencies"
  if [[ -f package-lock.json ]]; then npm ci; else npm install; fi
fi

section "unit tests (vitest)"
npx vitest run

section "production build (next build, scripts/build.mjs)"
node scripts/build.mjs

section "end-to-end tests (playwright, sandbox Docker engine)"
bash scripts/sandbox.sh run -- npx playwright test "$@"

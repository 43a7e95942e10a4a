#!/usr/bin/env bash
# Peer benchmark: bash bench/run.sh [options for bench/run.mjs]
#
# 1. installs the peers (chart.js, echarts) from bench/package-lock.json with `npm ci --prefix
#    bench`, only when bench/node_modules is missing or was installed from another lockfile;
# 2. builds the release widget (`npm run build`, which writes dist/) only when dist/ lacks the
#    files a news site serves;
# 3. runs node bench/run.mjs (which runs the extractor, serves the pages and drives Chromium).
#
# Needs what `npm test`'s setup installs: /usr/bin/chromium (or $CHROMIUM_PATH), the root
# node_modules with playwright-core, cargo (and wasm-pack for a build).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

say() { printf 'bench: %s\n' "$*"; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

command -v node >/dev/null || die "node is not on PATH"
command -v cargo >/dev/null || die "cargo is not on PATH (the extractor runs through cargo run --release)"
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || die "no Chromium at ${CHROMIUM_PATH:-/usr/bin/chromium}; run the project's setup (npm run setup) or set CHROMIUM_PATH"
[ -f node_modules/playwright-core/package.json ] || die "node_modules/playwright-core is missing at the repo root; run npm ci (or npm run setup) first"

# 1. The peers, pinned by bench/package-lock.json.
lock_sum="$(sha256sum bench/package-lock.json | cut -d' ' -f1)"
stamp=bench/node_modules/.bench-lock.sha256
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ] \
  || [ ! -f bench/node_modules/chart.js/dist/chart.umd.min.js ] \
  || [ ! -f bench/node_modules/echarts/dist/echarts.min.js ]; then
  say "installing the peers: npm ci --prefix bench"
  npm ci --prefix bench --no-audit --no-fund --loglevel=error
  printf '%s\n' "$lock_sum" > "$stamp"
fi

# 2. The release widget, as a news site serves it.
if [ ! -f dist/gov-report-chart.js ] || [ ! -f dist/pkg/gov_report_chart.js ] || [ ! -f dist/pkg/gov_report_chart_bg.wasm ]; then
  say "dist/ is missing: npm run build"
  npm run build
fi

# 3. The benchmark.
exec node bench/run.mjs "$@"

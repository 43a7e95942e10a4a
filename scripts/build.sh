#!/usr/bin/env bash
# Release build: wasm-pack (--release --target web) into www/pkg, then dist/ for news sites.
# www/pkg/gov_report_chart*   the chart (first load; carries the precomputed Haidian dataset)
# www/pkg/gov_report_extract* the report parser (lazy: src=, loadReportText, authoring)
#
# wasm-pack runs wasm-opt from PATH; scripts/env.sh puts npm binaryen's first (Debian's v108
# corrupts the output, see ../shared/docs/TOOLCHAIN.md). Pass --no-dist to skip dist/.
set -euo pipefail
STEP_NAME=build
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
check_wasm_opt
t0=$(date +%s)
# Two wasm modules from the one crate (see Cargo.toml [features]): the chart, which every reader
# downloads, and the extractor, which the element fetches only to chart another report text.
build_module() { # out-name, cargo features
  local name=$1 features=$2
  wasm-pack --log-level warn build --release --no-opt --target web --out-dir www/pkg --out-name "$name" \
    -- --no-default-features --features "$features"
  local wasm=www/pkg/${name}_bg.wasm before
  before=$(wc -c < "$wasm")
  "$ROOT/node_modules/.bin/wasm-opt" -Oz \
    --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-multivalue --enable-reference-types \
    --enable-call-indirect-overlong --strip-debug --strip-producers --strip-target-features \
    "$wasm" -o "$wasm.opt"
  mv "$wasm.opt" "$wasm"
  log "$name: wasm-opt -Oz (npm binaryen $(wasm-opt --version | grep -o '[0-9]\+' | head -1)): $before -> $(wc -c < "$wasm") bytes"
}
# wasm-pack rewrites www/pkg/package.json and README.md on each run; only the .js and .wasm
# files are used.
build_module gov_report_chart chart
build_module gov_report_extract extract
# The embedded report's whole dataset, which the element fetches after the first chart.
cp data/haidian-2025-dataset.grc www/pkg/haidian-2025-dataset.grc
if [ "${1:-}" != "--no-dist" ]; then
  node scripts/dist.mjs
fi
log "release build done in $(( $(date +%s) - t0 ))s"

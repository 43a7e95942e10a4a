#!/usr/bin/env bash
# Release build: wasm-pack (--release --target web) into www/pkg, then dist/ for news sites.
#
# wasm-pack runs wasm-opt from PATH; scripts/env.sh puts npm binaryen's first (Debian's v108
# corrupts the output, see ../shared/docs/TOOLCHAIN.md). Pass --no-dist to skip dist/.
set -euo pipefail
STEP_NAME=build
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
check_wasm_opt
t0=$(date +%s)
wasm-pack --log-level warn build --release --no-opt --target web --out-dir www/pkg --out-name gov_report_chart
WASM=www/pkg/gov_report_chart_bg.wasm
before=$(wc -c < "$WASM")
"$ROOT/node_modules/.bin/wasm-opt" -Oz \
  --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-multivalue --enable-reference-types \
  --enable-call-indirect-overlong \
  "$WASM" -o "$WASM.opt"
mv "$WASM.opt" "$WASM"
log "wasm-opt -Oz (npm binaryen $(wasm-opt --version | grep -o '[0-9]\+' | head -1)): $before -> $(wc -c < "$WASM") bytes"
if [ "${1:-}" != "--no-dist" ]; then
  node scripts/dist.mjs
fi
log "release build done in $(( $(date +%s) - t0 ))s"

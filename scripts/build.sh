#!/usr/bin/env bash
# Release build: wasm-pack (--release --target web) into www/pkg, then dist/ for news sites.
# Four wasm modules from the one crate (see Cargo.toml [features]):
# www/pkg/gov_report_chart*   the chart, first load: the overview and detail views, with the
#                             embedded report's precomputed headline figures
# www/pkg/gov_report_bridge*  packed datasets, tooltips and marks as JS objects (serde), fetched
#                             after the first chart
# www/pkg/gov_report_views*   every view (growth, category ...), fetched when a page asks for one
#                             the first module does not draw
# www/pkg/gov_report_extract* the report parser (src=, loadReportText, corrections, CSV)
#
# wasm-pack runs wasm-opt from PATH; scripts/env.sh puts npm binaryen's first (Debian's v108
# corrupts the output, see ../shared/docs/TOOLCHAIN.md). Pass --no-dist to skip dist/.
set -euo pipefail
STEP_NAME=build
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
check_wasm_opt
t0=$(date +%s)
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
  allow_restart "www/pkg/$name.js"
}

# After a trap (a panic, unreachable, out of memory) the element starts a new instance of the
# module. wasm-bindgen's glue keeps its instance in module-level variables and its init returns
# early once set; this appends one function that clears them. The build fails if the glue no
# longer has the variables it clears (a wasm-bindgen upgrade changed them).
allow_restart() {
  local glue=$1
  for decl in 'let wasmModule, wasmInstance, wasm;' 'let __wbg_init_promise;'; do
    if ! grep -qF "$decl" "$glue"; then
      log "$glue: expected \"$decl\" in wasm-bindgen's glue; update allow_restart in scripts/build.sh"
      exit 1
    fi
  done
  cat >> "$glue" <<'JS'

/** Added by scripts/build.sh: forgets the instance, so that init() starts a new one (after a trap). */
export function __resetInstance() {
    wasm = undefined;
    wasmInstance = undefined;
    __wbg_init_promise = undefined;
}
JS
}
# wasm-pack rewrites www/pkg/package.json and README.md on each run; only the .js and .wasm
# files are used.
build_module gov_report_chart chart
build_module gov_report_bridge bridge
build_module gov_report_views "chart more-views"
build_module gov_report_extract extract
# The embedded report's whole dataset, which the element fetches after the first chart.
cp data/haidian-2025-dataset.grc www/pkg/haidian-2025-dataset.grc
if [ "${1:-}" != "--no-dist" ]; then
  node scripts/dist.mjs
fi
log "release build done in $(( $(date +%s) - t0 ))s"

# Sourced by the other scripts: puts the project's tools first on PATH.
#
# - ~/.cargo/bin for cargo, wasm-pack and the wasm-bindgen CLI that wasm-pack installs;
# - node_modules/.bin first of all, so that `wasm-opt` is npm binaryen's (v132). Debian's
#   binaryen (v108) silently corrupts wasm-bindgen output in release builds: see
#   ../shared/docs/TOOLCHAIN.md.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT
if [ -d "$HOME/.cargo/bin" ]; then
  case ":$PATH:" in *":$HOME/.cargo/bin:"*) ;; *) PATH="$HOME/.cargo/bin:$PATH" ;; esac
fi
PATH="$ROOT/node_modules/.bin:$PATH"
export PATH

# Chromium for the page tests (playwright-core) and chromedriver for `wasm-pack test --chrome`.
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium || echo /usr/bin/chromium)}"

log() { printf '\033[1m[%s]\033[0m %s\n' "${STEP_NAME:-gov-report-chart}" "$*" >&2; }

# Fails unless `wasm-opt` on PATH is npm binaryen's, never Debian's.
check_wasm_opt() {
  local found
  found="$(command -v wasm-opt || true)"
  if [ "$found" != "$ROOT/node_modules/.bin/wasm-opt" ]; then
    log "wasm-opt on PATH is '${found:-missing}', expected $ROOT/node_modules/.bin/wasm-opt (npm binaryen)."
    log "Run: bash scripts/setup.sh"
    return 1
  fi
}

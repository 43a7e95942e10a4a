#!/usr/bin/env bash
# Installs whatever this project needs that is missing, and nothing else.
#
# Idempotent, non-interactive, meant to run as root on a fresh Debian machine of this kind
# (as CI does) and to cost well under a second when everything is already there.
#   - the Rust target wasm32-unknown-unknown
#   - wasm-pack (cargo install --locked), only if missing
#   - npm dev dependencies (npm ci), only if node_modules is missing or older than package-lock.json
#     (npm binaryen provides wasm-opt; playwright-core drives Chromium; axe-core checks accessibility)
#   - Debian chromium, chromium-driver, fonts-wqy-microhei, only if missing
# The wasm-bindgen CLI is installed by wasm-pack itself on the first build, at the version in
# Cargo.lock.
set -euo pipefail
STEP_NAME=setup
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
t0=$(date +%s)

# 1. Rust toolchain and the wasm target.
if ! command -v cargo >/dev/null; then
  log "cargo not found. Install Rust with rustup first (https://rustup.rs)."
  exit 1
fi
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  log "adding Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 2. wasm-pack.
if ! command -v wasm-pack >/dev/null; then
  log "installing wasm-pack (cargo install --locked, about 2 minutes)"
  cargo install wasm-pack --locked
fi

# 3. npm dev dependencies, from the committed package-lock.json.
stamp=node_modules/.setup-lock.sha256
want="$(sha256sum package-lock.json package.json | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || [ ! -x node_modules/.bin/wasm-opt ]; then
  if ! command -v npm >/dev/null; then
    log "npm not found: install Node.js 18 or newer."
    exit 1
  fi
  log "npm ci (node_modules missing or stale)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi

# 4. Debian packages: Chromium + ChromeDriver for browser tests, a CJK font for screenshots.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
if ! { fc-list 2>/dev/null | grep -qi 'WenQuanYi Micro Hei'; } && [ ! -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then
  missing+=(fonts-wqy-microhei)
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null; then
    log "missing Debian packages: ${missing[*]} (run as root, or install them yourself)"
    exit 1
  fi
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  log "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq </dev/null
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" </dev/null
fi

# 5. Never Debian's wasm-opt: env.sh puts npm binaryen's first; check that it really is.
check_wasm_opt
if ! wasm-opt --version </dev/null >/dev/null 2>&1; then
  log "npm binaryen's wasm-opt does not run; try: rm -rf node_modules && bash scripts/setup.sh"
  exit 1
fi

log "ready in $(( $(date +%s) - t0 ))s (wasm-opt: $(wasm-opt --version 2>/dev/null | head -1); chromium: $CHROMIUM_PATH)"

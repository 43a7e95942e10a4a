#!/usr/bin/env bash
# npm test: every check, in order, with a summary. Exits non-zero if any step failed.
#
#   1 setup        scripts/setup.sh (installs only what is missing)
#   2 fmt          cargo fmt --check
#   3 clippy       cargo clippy --all-targets -- -D warnings
#   4 cargo test   native unit, integration and doc tests
#   5 wasm test    wasm-pack test --headless --chrome (wasm-bindgen-test in Chromium)
#   6 build        release build (wasm-pack --release, npm binaryen wasm-opt) + dist/
#   7 page tests   node --test tests/page/ : playwright-core + Debian Chromium against dist/
#                  served by scripts/serve.mjs, i.e. the release build exactly as shipped
#
# Options: --page-only runs setup, build and page tests (a quick loop for www/ work).
# Every step runs even after an earlier failure (except page tests, which need the build), so one
# run shows everything that is wrong. With CI=true nothing is skipped.
set -uo pipefail
STEP_NAME=test
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

PAGE_ONLY=0
for arg in "$@"; do
  case "$arg" in
    --page-only) PAGE_ONLY=1 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done
if [ "${CI:-}" = "true" ] && [ "$PAGE_ONLY" = 1 ]; then
  echo "CI=true: running every step (ignoring --page-only)" >&2
  PAGE_ONLY=0
fi

names=(); results=(); times=()
failed=0
run_step() {
  local name="$1"; shift
  printf '\n\033[1;34m==> %s\033[0m  (%s)\n' "$name" "$*"
  local t0=$SECONDS
  if "$@"; then
    results+=("ok")
  else
    results+=("FAILED")
    failed=$((failed + 1))
  fi
  names+=("$name"); times+=("$((SECONDS - t0))s")
}
skip_step() {
  names+=("$1"); results+=("SKIPPED ($2)"); times+=("-")
  failed=$((failed + 1))
}

T0=$SECONDS
run_step setup bash scripts/setup.sh
setup_ok=${results[0]}
if [ "$setup_ok" != ok ]; then
  skip_step "remaining steps" "setup failed"
else
  if [ "$PAGE_ONLY" = 0 ]; then
    run_step "cargo fmt" cargo fmt --all -- --check
    run_step "cargo clippy" cargo clippy --all-targets --locked -- -D warnings
    run_step "cargo test" cargo test --locked
    if [ ! -f webdriver.json ]; then
      echo "note: webdriver.json is missing at the repo root; as root, Chromium needs --no-sandbox from it" >&2
    fi
    run_step "wasm-pack test" wasm-pack test --headless --chrome
  fi
  run_step "release build" bash scripts/build.sh
  if [ "${results[${#results[@]}-1]}" = ok ]; then
    run_step "page tests" node --test --test-reporter=spec tests/page/
  else
    skip_step "page tests" "release build failed"
  fi
fi

printf '\n\033[1mnpm test summary\033[0m (%ss)\n' "$((SECONDS - T0))"
for i in "${!names[@]}"; do
  printf '  %-16s %-8s %s\n' "${names[$i]}" "${times[$i]}" "${results[$i]}"
done
if [ "$failed" -gt 0 ]; then
  printf '\033[1;31mnpm test: %d step(s) failed\033[0m\n' "$failed"
  exit 1
fi
printf '\033[1;32mnpm test: all %d steps passed\033[0m\n' "${#names[@]}"

#!/usr/bin/env bash
# npm start: set-up if needed, release build, then serve dist/ (the files a news site copies)
# on http://127.0.0.1:8080 (PORT=... or `npm start -- --port N` to change).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
bash scripts/setup.sh
bash scripts/build.sh
exec node scripts/serve.mjs --dir dist "$@"

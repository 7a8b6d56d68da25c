#!/usr/bin/env bash
# The web interface in a real browser (tests/browser/flow.test.mjs): Debian's chromium,
# headless, driven by playwright-core from npm against a real `trm serve`. Installs what
# it needs on a fresh Debian machine: chromium and Node.js with apt-get (with sudo when not
# root), playwright-core with `npm ci` (no browser is ever downloaded by npm). Saves
# screenshots into docs/screenshots/. CHROMIUM=/path/to/chrome uses another browser.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}
missing=()
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing ${missing[*]} (apt-get)"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
cargo build -p trm --locked
(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error && npm test)

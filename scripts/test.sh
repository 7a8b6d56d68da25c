#!/usr/bin/env bash
# Runs every test of OpenTRM, with the checks that gate a change: formatting, lints
# (warnings are errors), then the whole test suite (unit, property, integration tests
# against real servers on 127.0.0.1, and the kill -9 durability test), then the web
# interface in headless chromium (scripts/browser-tests.sh: installs chromium and
# playwright-core itself).
# Then the envelope decoder's fuzz target runs for a bounded time (FUZZ_SECONDS, default
# 30; 0 skips it): envelopes are what other nodes send. Needs the Rust toolchain; installs
# cargo-fuzz from crates.io if it is missing (see scripts/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy (warnings are errors)"
cargo clippy --workspace --all-targets --locked -- -D warnings
echo "== cargo test"
cargo test --workspace --locked
echo "== the web interface in a real browser"
bash scripts/browser-tests.sh
if [ "${FUZZ_SECONDS:-30}" != "0" ]; then
    echo "== fuzzing the envelope decoder for ${FUZZ_SECONDS:-30}s"
    bash scripts/fuzz.sh "${FUZZ_SECONDS:-30}" envelope_open
fi

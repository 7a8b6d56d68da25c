#!/usr/bin/env bash
# Runs every test of OpenTRM, with the checks that gate a change: formatting, lints
# (warnings are errors), then the whole test suite (unit, property, integration tests
# against real servers on 127.0.0.1, and the kill -9 durability test).
# Needs only the Rust toolchain; it installs nothing else yet.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy (warnings are errors)"
cargo clippy --workspace --all-targets --locked -- -D warnings
echo "== cargo test"
cargo test --workspace --locked

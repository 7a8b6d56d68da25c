#!/usr/bin/env bash
# Builds every fuzz target of fuzz/ and runs each for N seconds (default 30), then prints
# executions per second and any crash. Usage:
#   scripts/fuzz.sh [seconds] [target...]
# Installs cargo-fuzz from crates.io if it is missing. The toolchain is stable: libFuzzer's
# instrumentation needs -Z flags, so RUSTC_BOOTSTRAP=1 lets stable rustc take them.
# FUZZ_SANITIZER=address builds with AddressSanitizer (default none: the project has no
# unsafe code, and without ASan the targets run about twice as fast).
# New inputs libFuzzer finds go to fuzz/work/<target>/ (ignored by git); the seeds in
# fuzz/corpus/<target>/ are only read. A crash input lands in fuzz/artifacts/<target>/:
# copy it into fuzz/corpus/<target>/ once fixed, so the replay test keeps it.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"

seconds="${1:-30}"
shift || true
sanitizer="${FUZZ_SANITIZER:-none}"
export RUSTC_BOOTSTRAP=1

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "== installing cargo-fuzz"
    cargo install cargo-fuzz --locked
fi

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(cargo fuzz list)
fi

echo "== building ${#targets[@]} targets (sanitizer: $sanitizer)"
if [ $# -eq 0 ]; then
    cargo fuzz build -s "$sanitizer"
else
    for t in "${targets[@]}"; do cargo fuzz build -s "$sanitizer" "$t"; done
fi

mkdir -p work
summary=()
failed=()
for t in "${targets[@]}"; do
    echo "== $t: ${seconds}s"
    mkdir -p "work/$t"
    log="work/$t.log"
    if cargo fuzz run -s "$sanitizer" "$t" "work/$t" "corpus/$t" -- \
        -max_total_time="$seconds" -timeout=10 -print_final_stats=1 >"$log" 2>&1; then
        status=ok
    else
        status=CRASH
        failed+=("$t")
        grep -E "panicked at|Test unit written to|SUMMARY" "$log" | head -5 || true
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
    summary+=("$(printf '%-24s %-6s %10s runs %8s exec/s  cov %s' "$t" "$status" "${runs:-?}" "${rate:-?}" "${cov:-?}")")
done

echo "== summary (${seconds}s each; full logs in fuzz/work/<target>.log)"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "crashes in: ${failed[*]} (inputs in fuzz/artifacts/)" >&2
    exit 1
fi

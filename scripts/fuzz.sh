#!/usr/bin/env bash
# Builds the fuzz targets in fuzz/ (cargo-fuzz; its nightly-only flags are
# allowed on the stable toolchain with RUSTC_BOOTSTRAP=1) and runs each for
# FUZZ_SECONDS (default 20) from its seed corpus in fuzz/corpus/<target>.
# New corpus entries go to a scratch folder; a crash, panic, hang (10 s)
# or out-of-memory fails the run and leaves the input in that folder.
#   scripts/fuzz.sh                      # CI: clone_roundtrip and resolve
#   FUZZ_SECONDS=600 scripts/fuzz.sh clone_bytes
# Without a sanitizer (SpiderMonkey is not built with one); see
# docs/reliability.md for the AddressSanitizer build.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
seconds="${FUZZ_SECONDS:-20}"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(clone_roundtrip resolve)
command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz@0.13.2
target_dir="${FUZZ_TARGET_DIR:-$SPINDLE_CACHE_DIR/target-fuzz}"
cd fuzz
RUSTC_BOOTSTRAP=1 cargo fuzz build -O --sanitizer none --target-dir "$target_dir" 2>&1 \
  | grep -v "^\s*Compiling\|^\s*Fresh" || true
scratch=$(mktemp -d)
for target in "${targets[@]}"; do
  mkdir -p "corpus/$target" "$scratch/$target"
  echo "fuzz: $target for ${seconds}s"
  if ! "$target_dir/x86_64-unknown-linux-gnu/release/$target" -max_total_time="$seconds" -timeout=10 \
      -rss_limit_mb=4096 -artifact_prefix="$scratch/$target-" -print_final_stats=1 \
      "$scratch/$target" "corpus/$target" > "$scratch/$target.log" 2>&1; then
    tail -n 40 "$scratch/$target.log"
    echo "fuzz: $target FAILED; input and log in $scratch" >&2
    exit 1
  fi
  grep -E "^stat::number_of_executed_units|^Done" "$scratch/$target.log" || true
done
rm -rf "$scratch"

#!/usr/bin/env bash
# The whole test suite: Rust unit tests, the JavaScript tests (compared with
# node when it is installed), and the whole-process specs.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
. scripts/env.sh
cargo fmt --all --check
cargo test --release --locked --workspace
# A short fuzzing run of the structured clone and module resolution
# (scripts/fuzz.sh: ~20 s per target after a one-time build).
scripts/fuzz.sh

#!/usr/bin/env bash
# Builds spindle and spindle-bench (release), then runs the benchmarks in
# benches/ plus any folders given, under spindle, node, and bun/deno when
# found, and prints markdown tables of medians (see docs/testing.md).
#   scripts/bench.sh                          # benches/ only
#   scripts/bench.sh ../shared/bench          # and another folder
#   scripts/bench.sh --runs 10 --only spawn ../shared/bench
# Options are spindle-bench's (--runs, --only, --runtime, --timeout, --json).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
. "$here/scripts/env.sh"
(cd "$here" && cargo build --release --locked -p spindle -p spindle-bench) >&2
exec "$CARGO_TARGET_DIR/release/spindle-bench" "$here/benches" "$@"

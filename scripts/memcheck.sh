#!/usr/bin/env bash
# Runs the worker, message, transfer and shared-memory tests (or the files
# given) under valgrind's memcheck, with the JIT off (SPINDLE_JIT=off: the
# interpreter only, so valgrind sees every instruction; --smc-check covers
# the few stubs the engine still generates). Any memory error fails the run
# (exit 99). Usage: scripts/memcheck.sh [TEST.js …]. Needs valgrind
# (apt-get install valgrind). See docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
command -v valgrind >/dev/null || { echo "memcheck.sh: valgrind is not installed" >&2; exit 2; }
cargo build --release --locked -p spindle 2>&1 | grep -v "^\s*Compiling\|^\s*Fresh" || true
if [ $# -gt 0 ]; then
  tests=("$@")
else
  tests=(tests/js/worker_threads/{channel,transfer-buffers,transfer-ports,transfer-detached,shared-memory,shared-memory-freed,structured-clone,clone-errors,worker-data,terminate,atomics,broadcast-channel,error-details,nested}.js
         tests/js/stress/gc-clone.js)
fi
failed=0
for test in "${tests[@]}"; do
  flags=$(sed -n '1,3s|^// flags:||p' "$test")
  start=$(date +%s)
  # shellcheck disable=SC2086
  if (cd "$(dirname "$test")" && SPINDLE_JIT=off valgrind --tool=memcheck --smc-check=all-non-file \
        --error-exitcode=99 --leak-check=no -q "$SPINDLE_BIN" $flags "$(basename "$test")" >/dev/null); then
    echo "clean  $test ($(( $(date +%s) - start )) s)"
  else
    echo "FAILED $test (exit $?)"
    failed=1
  fi
done
exit $failed

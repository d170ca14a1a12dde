#!/usr/bin/env bash
# Regenerates crates/cli/startup-order.txt: the functions a short program
# and a worker start run, which the linker places first and together in
# the binary (see crates/cli/build.rs and docs/architecture.md, "Start-up").
#
# Runs spindle under valgrind's callgrind on a few start-up scenarios,
# takes every function it entered, adds the other names of the same code
# (a C++ constructor's C1/C2 twins), and keeps only names that are the same
# in every build: C and C++ symbols. Rust symbols end in a hash of the
# crate's build settings, which differ between clones (the folder is part
# of them), so listing them would order nothing elsewhere.
#
# Usage: scripts/startup-order.sh. Needs valgrind (apt-get install valgrind).
# Run it again after an engine upgrade or a large change in start-up code;
# a stale list still links, it only orders less.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
command -v valgrind >/dev/null || { echo "startup-order.sh: valgrind is not installed" >&2; exit 2; }
cargo build --release --locked -p spindle 2>&1 | grep -v "^\s*Compiling\|^\s*Fresh" || true

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/hello.js" <<'EOF'
console.log('hello');
EOF
cat >"$work/worker.js" <<'EOF'
const { Worker } = require('worker_threads');
const w = new Worker("require('worker_threads').parentPort.postMessage({ ok: true })", { eval: true });
w.on('message', (m) => console.log(m));
EOF

# Twice each: the first run writes the code cache, the second reads it,
# as every later run does.
for scenario in hello worker; do
  for pass in 1 2; do
    valgrind --tool=callgrind --demangle=no --smc-check=all-non-file \
      --callgrind-out-file="$work/$scenario-$pass.cg" -q \
      "$SPINDLE_BIN" "$work/$scenario.js" >/dev/null
  done
done

# Function names, in the order callgrind first names them: "fn=(12) name"
# and "cfn=(12) name" (later mentions use the number alone); a trailing
# "'2" marks a recursion level, not another function.
sed -nE "s/^c?fn=\([0-9]+\) (.*)$/\1/p" "$work"/*.cg | sed -E "s/'[0-9]+$//" >"$work/touched"
nm --defined-only "$SPINDLE_BIN" | awk '$2 ~ /^[tTwW]$/ { print $1, $3 }' >"$work/symbols"
awk '
  FNR == NR { at[$2] = $1; names[$1] = names[$1] " " $2; next }
  ($0 in at) && !(at[$0] in done) {
    done[at[$0]] = 1
    n = split(names[at[$0]], same, " ")
    for (i = 1; i <= n; i++)
      if (same[i] !~ /17h[0-9a-f]+E$|\.llvm\.[0-9]+$/) print same[i]
  }
' "$work/symbols" "$work/touched" >crates/cli/startup-order.txt
echo "crates/cli/startup-order.txt: $(wc -l <crates/cli/startup-order.txt) functions"

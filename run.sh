#!/usr/bin/env bash
# Builds spindle if needed, then runs it: ./run.sh examples/hello/main.js
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
"$here/scripts/setup.sh" >&2
. "$here/scripts/env.sh"
exec "$SPINDLE_BIN" "$@"

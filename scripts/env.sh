# Sourced by the scripts: one cache folder outside the clone for the cargo
# target directory and the prebuilt SpiderMonkey archive, so a fresh clone
# on the same machine rebuilds in seconds and only a fresh machine pays
# for compiling the engine.
export SPINDLE_CACHE_DIR="${SPINDLE_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/spindle}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$SPINDLE_CACHE_DIR/target}"
export LIBCLANG_PATH="${LIBCLANG_PATH:-/usr/lib/llvm-19/lib}"
ENGINE_ARCHIVE="$SPINDLE_CACHE_DIR/libmozjs-x86_64-unknown-linux-gnu.tar.gz"
if [ -f "$ENGINE_ARCHIVE" ]; then
  export MOZJS_ARCHIVE="$ENGINE_ARCHIVE"
else
  # First build on this machine: compile SpiderMonkey (~25 min on 2 cores)
  # and keep a stripped archive of it for every later build.
  export MOZJS_CREATE_ARCHIVE=1
fi
SPINDLE_BIN="$CARGO_TARGET_DIR/release/spindle"

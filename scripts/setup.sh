#!/usr/bin/env bash
# Installs what building spindle needs and builds it (release profile, the
# only profile the project uses). Idempotent; fast when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

need_packages=()
[ -f "$LIBCLANG_PATH/libclang.so" ] || [ -f "$LIBCLANG_PATH/libclang-19.so" ] || need_packages+=(libclang-19-dev)
command -v make >/dev/null || need_packages+=(make)
command -v python3 >/dev/null || need_packages+=(python3)
command -v pkg-config >/dev/null || need_packages+=(pkg-config)
if [ ${#need_packages[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${need_packages[@]}"
fi

mkdir -p "$SPINDLE_CACHE_DIR"
cargo build --release --locked 2>&1 | grep -v "^\s*Compiling\|^\s*Fresh" || true
# Keep the engine archive a from-source build produced, for later builds.
if [ ! -f "$ENGINE_ARCHIVE" ]; then
  made=$(find "$CARGO_TARGET_DIR/release/build" -name 'libmozjs-*.tar.gz' 2>/dev/null | head -n 1)
  [ -n "$made" ] && cp "$made" "$ENGINE_ARCHIVE"
fi
test -x "$SPINDLE_BIN"

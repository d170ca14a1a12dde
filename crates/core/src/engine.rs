//! Process-wide engine set-up: `JS_Init` once, and the self-hosted code cache.
//!
//! SpiderMonkey compiles its own "self-hosted" JavaScript (the parts of the
//! standard library written in JS) for every new top-level runtime: ~5 ms of
//! every process start. The engine can instead load a pre-compiled image of it.
//! spindle writes that image on the first run into its cache folder
//! (`$SPINDLE_CACHE_DIR`, else `$XDG_CACHE_HOME/spindle`, else
//! `$HOME/.cache/spindle`) and reads it on every later run. A missing or
//! unwritable cache folder only costs time, never correctness.

use std::path::PathBuf;
use std::sync::OnceLock;

use mozjs::jsapi::{BuildIdCharVector, JSContext, SelfHostedCache, SetProcessBuildIdOp};

/// Identifies the engine build the cache was written by. The cache depends
/// only on SpiderMonkey (pinned exactly in Cargo.toml), not on spindle's code.
pub(crate) const ENGINE_BUILD_ID: &str = concat!(
    "spindle-selfhosted-mozjs_sys-153.6.0-2-",
    env!("SPINDLE_TARGET")
);

static INIT: OnceLock<bool> = OnceLock::new();

/// The variable that tells the engine's clock the process was restarted,
/// so that it takes its own first time stamp as the process's start.
const RESTARTED_VAR: &str = "MOZ_APP_RESTART";

/// Initialises SpiderMonkey while the process has only this one thread,
/// sparing `JS_Init` its probe of when the process started: without
/// `MOZ_APP_RESTART` set, the engine's clock starts a thread that reads
/// `/proc/self/stat` and its own `/proc/self/task/…/stat` to compute the
/// process's uptime (a thread with an 8 MiB stack and a malloc heap of its
/// own, 0.3–1 ms of every start on this machine, for a value spindle never
/// reads). The variable is set for the call and removed after it, so
/// neither `process.env` nor child processes see it. Returns what
/// [`init`] returns.
///
/// # Safety
/// No other thread may be running: it changes the environment.
pub unsafe fn init_single_threaded() -> bool {
    let set_here = std::env::var_os(RESTARTED_VAR).is_none();
    if set_here {
        // The caller guarantees there is no other thread to race with.
        std::env::set_var(RESTARTED_VAR, "1");
    }
    let started = init();
    if set_here {
        // Still one thread: with the variable set, JS_Init starts none.
        std::env::remove_var(RESTARTED_VAR);
    }
    started
}

/// Initialises SpiderMonkey for this process (idempotent, thread-safe).
/// Returns false when the engine could not start.
pub fn init() -> bool {
    *INIT.get_or_init(|| {
        // SAFETY: JS_Init is called exactly once per process, before any
        // context exists; the build-id callback is a plain function.
        unsafe {
            if !mozjs::jsapi::JS_Init() {
                return false;
            }
            SetProcessBuildIdOp(Some(build_id_op));
        }
        true
    })
}

unsafe extern "C" fn build_id_op(out: *mut BuildIdCharVector) -> bool {
    // SAFETY: `out` is the engine's vector; SetBuildId copies the bytes.
    unsafe {
        mozjs::glue::SetBuildId(
            out,
            ENGINE_BUILD_ID.as_ptr() as *const _,
            ENGINE_BUILD_ID.len(),
        )
    }
}

/// The folder spindle caches compiled engine code in.
pub fn cache_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("SPINDLE_CACHE_DIR") {
        return Some(PathBuf::from(dir));
    }
    if let Some(dir) = std::env::var_os("XDG_CACHE_HOME") {
        return Some(PathBuf::from(dir).join("spindle"));
    }
    std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache").join("spindle"))
}

fn self_hosted_cache_path() -> Option<PathBuf> {
    cache_dir().map(|dir| dir.join(format!("{ENGINE_BUILD_ID}.bin")))
}

/// The cached self-hosted image, mapped once and kept for the life of the
/// process (the engine requires the bytes to outlive every runtime). A
/// rewrite replaces the file by renaming, so the mapped one stays intact.
fn cached_self_hosted() -> &'static [u8] {
    static BYTES: OnceLock<&'static [u8]> = OnceLock::new();
    BYTES.get_or_init(|| {
        self_hosted_cache_path()
            .and_then(|path| crate::code_cache::map(&path))
            .unwrap_or_default()
    })
}

/// A `mozilla::Span<const uint8_t>`: `{ size_t size; const uint8_t* data; }`.
fn span(bytes: &[u8]) -> SelfHostedCache {
    let mut span = SelfHostedCache::default();
    let words: [u64; 2] = [bytes.len() as u64, bytes.as_ptr() as u64];
    // SAFETY: SelfHostedCache is an opaque [u64; 2] with exactly this layout
    // (checked on this engine version: size first, then the data pointer).
    unsafe {
        std::ptr::write(&mut span as *mut SelfHostedCache as *mut [u64; 2], words);
    }
    span
}

unsafe extern "C" fn write_self_hosted(_cx: *mut JSContext, data: SelfHostedCache) -> bool {
    // SAFETY: the engine hands us a valid span for the duration of the call.
    let words = unsafe { *(&data as *const SelfHostedCache as *const [u64; 2]) };
    let bytes = unsafe { std::slice::from_raw_parts(words[1] as *const u8, words[0] as usize) };
    if let Some(path) = self_hosted_cache_path() {
        let _ = write_atomically(&path, bytes);
    }
    true
}

pub(crate) fn write_atomically(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path)
}

/// Runs `InitSelfHostedCode` for a new top-level context, from the cache
/// when there is one, writing the cache when there is not.
///
/// # Safety
/// `cx` must be a freshly created context on the current thread.
pub(crate) unsafe fn init_self_hosted(cx: *mut JSContext, is_child: bool) -> bool {
    // Child runtimes share their parent's self-hosted code: no cache needed.
    if is_child {
        // SAFETY: as documented for this function.
        return unsafe { mozjs::jsapi::InitSelfHostedCode(cx, span(&[]), None) };
    }
    let cached = cached_self_hosted();
    // SAFETY: `cached` is 'static; the writer only reads the span it is given.
    unsafe {
        if !cached.is_empty() && mozjs::jsapi::InitSelfHostedCode(cx, span(cached), None) {
            return true;
        }
        mozjs::jsapi::InitSelfHostedCode(cx, span(&[]), Some(write_self_hosted))
    }
}

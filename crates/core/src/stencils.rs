//! Compile once per process: the runtime's own JavaScript (built-in modules,
//! named `node:…`) is compiled to an engine stencil the first time any
//! isolate runs it, and every later isolate — on any thread — instantiates
//! that stencil instead of parsing the source again. This is what makes a
//! worker's start-up cheap. User scripts (a worker's file, CommonJS modules,
//! `eval` code) are cached the same way, keyed by a hash of their source,
//! so the hundredth worker running the same file does not parse it again.
//!
//! Stencils are lazy: a function is compiled on its first call. The engine
//! can keep, in the shared stencil, the functions that instantiations of it
//! compiled ("delazifications"); every later instantiation gets those
//! compiled, and the code cache (code_cache.rs) writes them out merged into
//! the stencil. Two copies are kept of each script:
//! - the main isolate's, which records the functions its start-up calls
//!   (for the code cache);
//! - the workers', which records every function any worker calls, so each
//!   function is parsed once per process, not once per worker, while the
//!   many functions no worker calls cost a lazy stub only. (Compiling
//!   workers' stencils eagerly, every function up front, cost ~9% more CPU
//!   per short worker.) Its source is compressed before any other runtime
//!   sees it (see [`instantiate`]).
//!
//! Stencils live until the process ends.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use mozjs::glue::{DeleteCompileOptions, NewCompileOptions};
use mozjs::jsapi::{
    CollectDelazificationsResult, CompileGlobalScriptToStencil, DelazificationOption,
    EagerBaselineOption, InstantiateGlobalStencil, InstantiateOptions, JSContext, JSScript,
    StartCollectingDelazifications, Stencil,
};
use mozjs::rust::transform_str_to_source_text;

/// A compiled stencil, shared by every thread.
struct SharedStencil(*mut Stencil);

// SAFETY: a finished stencil is immutable apart from its atomic refcount
// and internally locked delazification cache; the engine instantiates one
// stencil in many runtimes on many threads.
unsafe impl Send for SharedStencil {}

/// A stencil's identity: file name, first line, whether it is the
/// workers' copy, and (for user code, which can change on disk or differ
/// between `eval`s) a hash of the source.
type Key = (String, u32, bool, u64);

type Cache = Mutex<HashMap<Key, SharedStencil>>;

/// How many user scripts (not `node:` ones) the cache keeps at most; past
/// that they are compiled each time, as without a cache.
const MAX_USER_SCRIPTS: usize = 512;

/// True when a user script may be added to the cache.
fn has_room(table: &HashMap<Key, SharedStencil>) -> bool {
    table.len() < MAX_USER_SCRIPTS + 256
}

fn cache() -> &'static Cache {
    static CACHE: OnceLock<Cache> = OnceLock::new();
    CACHE.get_or_init(Default::default)
}

/// Where [`stencil_for`]'s stencil came from.
#[derive(Clone, Copy, PartialEq)]
enum Origin {
    /// Shared already: found in the process-wide cache, or decoded just
    /// now from the on-disk one and put there (the main isolate's).
    Shared,
    /// Compiled just now, and already in the cache (the main isolate's).
    CompiledShared,
    /// Compiled or decoded just now and not yet in the cache (the
    /// workers', which many runtimes will instantiate): the caller shares
    /// it once it has compressed its source (see [`instantiate`]).
    NewUnshared,
}

/// The stencil for `filename`, compiled from `source` on first use (or
/// decoded from the on-disk code cache), and where it came from. Null with
/// an exception pending when the source does not compile.
///
/// # Safety
/// `cx` must be live and inside a realm.
unsafe fn stencil_for<'s>(
    cx: *mut JSContext,
    source: &dyn Fn() -> Cow<'s, str>,
    key: &Key,
) -> Option<(*mut Stencil, Origin)> {
    let (filename, first_line, for_workers, hash) = (&key.0, key.1, key.2, key.3);
    {
        let table = cache().lock().unwrap_or_else(|e| e.into_inner());
        if let Some(found) = table.get(key) {
            return Some((found.0, Origin::Shared));
        }
        if hash != 0 && !has_room(&table) {
            return None;
        }
    }
    let publish = |stencil| {
        if for_workers {
            stencil
        } else {
            keep(key.clone(), stencil)
        }
    };
    let new = |shared| {
        if for_workers {
            Origin::NewUnshared
        } else {
            shared
        }
    };
    // SAFETY: our context, on this thread.
    if let Some(decoded) = (hash == 0 && first_line == 1)
        .then(|| unsafe { crate::code_cache::decode(cx, filename, for_workers) })
        .flatten()
    {
        return Some((publish(decoded), new(Origin::Shared)));
    }
    let fname = crate::ops::c_name(filename);
    // SAFETY: the options and the source outlive the compile; the new
    // stencil's one reference is kept by the cache for the process's life.
    unsafe {
        let options = NewCompileOptions(cx, fname.as_ptr(), first_line);
        (*options)._base.eagerDelazificationStrategy_ = DelazificationOption::OnDemandOnly;
        let source = source();
        let mut text = transform_str_to_source_text(&source);
        let stencil = CompileGlobalScriptToStencil(cx, options, &mut text).mRawPtr;
        DeleteCompileOptions(options);
        if stencil.is_null() {
            return Some((stencil, Origin::Shared));
        }
        Some((publish(stencil), new(Origin::CompiledShared)))
    }
}

/// Decodes the main isolate's stencils of the built-ins `names` (as
/// `node:…` file names) from the on-disk code cache on a thread of its
/// own, into the cache: the main thread, which spends ~1 ms making its
/// engine runtime before it loads the first of them, then finds them
/// decoded. Those the cache file lacks, or that the main thread reaches
/// first, it decodes or compiles itself as before.
pub fn prefetch(names: &'static [&'static str]) {
    let work = move || {
        for name in names {
            let key: Key = (name.to_string(), 1, false, 0);
            if cache()
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .contains_key(&key)
            {
                continue;
            }
            if let Some(stencil) = crate::code_cache::decode_off_thread(name) {
                keep(key, stencil);
            }
        }
    };
    // Without a thread the main isolate decodes them itself.
    let _ = std::thread::Builder::new()
        .name("spindle-prefetch".into())
        .spawn(work);
}

/// Puts a new stencil in the cache and returns it, or the one another
/// thread put there meanwhile (then releasing ours).
fn keep(key: Key, stencil: *mut Stencil) -> *mut Stencil {
    let mut table = cache().lock().unwrap_or_else(|e| e.into_inner());
    match table.get(&key) {
        Some(theirs) => {
            // SAFETY: we hold the only reference to our stencil.
            unsafe { mozjs::jsapi::StencilRelease(stencil) };
            theirs.0
        }
        None => {
            table.insert(key, SharedStencil(stencil));
            stencil
        }
    }
}

/// Writes the on-disk code cache (see code_cache.rs) if this process
/// compiled built-ins it lacked; the workers' copies only `with_workers`.
///
/// # Safety
/// `cx` must be live on this thread. (Other threads may meanwhile record
/// functions in the stencils being encoded: the engine stores each one
/// with an atomic exchange, and the encoder reads them atomically.)
pub(crate) unsafe fn save_code_cache(cx: *mut JSContext, with_workers: bool) {
    let entries: Vec<(String, bool, *mut Stencil)> = {
        let table = cache().lock().unwrap_or_else(|e| e.into_inner());
        table
            .iter()
            .filter(|(key, _)| key.3 == 0 && key.1 == 1)
            .map(|(key, stencil)| (key.0.clone(), key.2, stencil.0))
            .collect()
    };
    // SAFETY: as this function's contract; cached stencils live for the
    // process.
    unsafe { crate::code_cache::save(cx, &entries, with_workers) };
}

/// Compiles (once per process) and instantiates `source` as a global script
/// in this isolate, from the workers' copy of its stencil or the main
/// isolate's (see the module's comment). `Some(null)` with an
/// exception pending on failure; `None` when the cache is full (the caller
/// compiles it itself).
///
/// # Safety
/// `cx` must be live and inside a realm; the caller roots the result.
pub(crate) unsafe fn instantiate<'s>(
    cx: *mut JSContext,
    source: &dyn Fn() -> Cow<'s, str>,
    filename: &str,
    first_line: u32,
    for_workers: bool,
) -> Option<*mut JSScript> {
    let hash = if filename.starts_with("node:") {
        0
    } else {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        source().hash(&mut hasher);
        hasher.finish()
    };
    let key = (filename.to_string(), first_line, for_workers, hash);
    // SAFETY: the stencil is alive for the process; options match the
    // compile options the stencil was made with.
    unsafe {
        let (stencil, origin) = stencil_for(cx, source, &key)?;
        if stencil.is_null() {
            return Some(std::ptr::null_mut());
        }
        let options = InstantiateOptions {
            skipFilenameValidation: false,
            hideScriptFromDebugger: false,
            deferDebugMetadata: false,
            eagerDelazificationStrategy_: DelazificationOption::OnDemandOnly,
            eagerBaselineStrategy_: EagerBaselineOption::None,
        };
        let script = InstantiateGlobalStencil(cx, &options, stencil, std::ptr::null_mut());
        mozjs::rooted!(in(cx) let script = script);
        if origin == Origin::NewUnshared {
            // Every instantiation queues the compression of the stencil's
            // source on the engine's helper threads unless it is compressed
            // already, and the engine does not expect two runtimes to do so
            // for one source: two tasks compressing it crash the second. So
            // it is compressed here, before any other runtime can see it.
            if !script.get().is_null() && !SynchronouslyCompressSource(cx, script.handle().into()) {
                mozjs::jsapi::JS_ClearPendingException(cx);
            }
            if keep(key, stencil) != stencil {
                // Another thread shared its copy first, and ours is gone:
                // this script records nothing.
                return Some(script.get());
            }
        }
        let record =
            for_workers || (origin == Origin::CompiledShared && filename.starts_with("node:"));
        if record && !script.get().is_null() {
            // Keep the functions this script compiles on demand in the
            // stencil: later instantiations get them compiled, and so does
            // the on-disk cache written at exit.
            let mut result = CollectDelazificationsResult::NotSupported;
            if !StartCollectingDelazifications(cx, script.handle().into(), stencil, &mut result) {
                mozjs::jsapi::JS_ClearPendingException(cx);
            }
        }
        Some(script.get())
    }
}

extern "C" {
    /// `js::SynchronouslyCompressSource`, which the bindings leave out:
    /// compresses the source of `script` now, on this thread (a
    /// `JS::Handle<js::BaseScript*>`; a `JSScript` is one).
    #[link_name = "_ZN2js27SynchronouslyCompressSourceEP9JSContextN2JS6HandleIPNS_10BaseScriptEEE"]
    fn SynchronouslyCompressSource(
        cx: *mut JSContext,
        script: mozjs::jsapi::Handle<*mut JSScript>,
    ) -> bool;
}

//! spindle's runtime: builds isolates from the one list of built-in modules
//! and runs their event loops.
//!
//! ```no_run
//! use spindle_runtime::{run_main, Entry, MainOptions};
//! let code = run_main(MainOptions {
//!     entry: Entry::File("hello.js".into()),
//!     args: vec![],
//!     exec_args: vec![],
//! });
//! std::process::exit(code);
//! ```

mod allocator;
mod cpus;
mod event_loop;
mod making;
mod pool;
mod worker;

use std::ffi::CStr;
use std::path::PathBuf;

use spindle_core::{Isolate, IsolateOptions, ParentHandle, Val};
use spindle_modules::Host;

pub use event_loop::run_event_loop;
pub use pool::rust::{JsError, Pool, PoolError, PoolOptions, RunOptions};

/// The JavaScript that starts every isolate.
const BOOTSTRAP: &str = include_str!("../js/bootstrap.js");

/// What the main isolate runs.
#[derive(Debug, Clone)]
pub enum Entry {
    /// A script file (CommonJS or ES module, decided as node decides).
    File(PathBuf),
    /// `-e CODE` (`print: false`) or `-p CODE` (`print: true`).
    Eval {
        /// The source text.
        code: String,
        /// Print the completion value, as `node -p`.
        print: bool,
    },
}

/// Options for the main isolate.
#[derive(Debug, Clone)]
pub struct MainOptions {
    /// The program to run.
    pub entry: Entry,
    /// Arguments after the script (`process.argv.slice(2)`).
    pub args: Vec<String>,
    /// Runtime options given before the script (`process.execArgv`), such
    /// as `--expose-gc`.
    pub exec_args: Vec<String>,
}

/// Names the on-disk code cache: changes whenever any built-in's source or
/// the bootstrap script does.
const CODE_CACHE_ID: u64 =
    spindle_core::code_cache::hash_text(spindle_modules::SOURCES_HASH, BOOTSTRAP);

/// The scripts every program's main isolate loads before its own code
/// runs (the bootstrap, the CommonJS loader, and `console` with standard
/// output), in the order it loads them: decoded from the code cache ahead
/// of time, while the engine runtime is made (see [`run_main`]).
const MAIN_START_SCRIPTS: &[&str] = &[
    "node:internal/bootstrap",
    "node:internal/bootstrap/node",
    "node:internal/stack",
    "node:internal/process/object",
    "node:events",
    "node:internal/error-codes",
    "node:internal/validators",
    "node:internal/process/ticks",
    "node:internal/timers",
    "node:internal/bootstrap/globals",
    "node:internal/process/fatal",
    "node:internal/modules/run-main",
    "node:path",
    "node:internal/modules/cjs",
    "node:internal/modules/resolve",
    "node:internal/console",
    "node:internal/process/stdio",
];

/// Makes a finished worker's isolate new for another worker (see
/// [`Isolate::renew`]) and bootstraps it as [`new_isolate`] does.
pub(crate) fn renew_isolate(isolate: &mut Isolate, host: Host) -> Result<(), String> {
    spindle_modules::reset_thread_locals();
    isolate.renew()?;
    isolate.set_host(host);
    bootstrap(isolate)
}

fn bootstrap(isolate: &mut Isolate) -> Result<(), String> {
    let mut ops = spindle_modules::OPS.to_vec();
    ops.push(worker::OPS);
    ops.push(pool::ops::OPS);
    isolate.bootstrap(BOOTSTRAP, "node:internal/bootstrap", &ops)
}

/// Creates an isolate with every built-in installed and bootstrapped.
pub fn new_isolate(
    host: Host,
    parent: Option<ParentHandle>,
    options: &IsolateOptions,
) -> Result<Isolate, String> {
    spindle_core::set_host_transfer_release(spindle_modules::messaging::release_transferred);
    spindle_core::code_cache::enable(CODE_CACHE_ID);
    spindle_core::set_builtin_sources(spindle_modules::builtin_source);
    let mut isolate = Isolate::new(options, parent)?;
    isolate.set_host(host);
    bootstrap(&mut isolate)?;
    Ok(isolate)
}

fn exec_path() -> String {
    match spindle_modules::process::exec_path_text() {
        "" => "spindle".into(),
        path => path.into(),
    }
}

/// Starts the engine before the process has a second thread, which makes
/// the start cheaper (see [`spindle_core::engine::init_single_threaded`]).
/// Optional: without it the engine starts with the first isolate. Returns
/// false when the engine cannot start.
///
/// # Safety
/// No other thread may be running: it changes the environment for a moment.
pub unsafe fn init_engine_single_threaded() -> bool {
    // SAFETY: the caller's guarantee is the one this needs.
    unsafe { spindle_core::engine::init_single_threaded() }
}

/// Runs a program in the main isolate to completion; returns the exit code.
pub fn run_main(options: MainOptions) -> i32 {
    allocator::tune();
    let mut argv = vec![exec_path()];
    let (kind, value) = match &options.entry {
        Entry::File(path) => {
            let absolute = std::env::current_dir()
                .map(|cwd| cwd.join(path))
                .unwrap_or_else(|_| path.clone());
            argv.push(absolute.display().to_string());
            ("file", absolute.display().to_string())
        }
        Entry::Eval { code, print } => (if *print { "print" } else { "eval" }, code.clone()),
    };
    argv.extend(options.args.iter().cloned());
    let mut host = Host::new(argv, true);
    host.exec_argv = options.exec_args.clone();
    let isolate_options = IsolateOptions {
        async_stack_traces: options
            .exec_args
            .iter()
            .any(|a| a == "--async-stack-traces"),
        ..IsolateOptions::default()
    };
    worker::set_async_stack_traces(isolate_options.async_stack_traces);
    let _counted = cpus::IsolateThread::enter();
    // The first of these is needed ~1 ms from now, once the engine runtime
    // is made: another thread decodes them meanwhile.
    spindle_core::code_cache::enable(CODE_CACHE_ID);
    spindle_core::prefetch_builtins(MAIN_START_SCRIPTS);
    let mut isolate = match new_isolate(host, None, &isolate_options) {
        Ok(isolate) => isolate,
        Err(e) => {
            eprintln!("spindle: failed to start: {e}");
            return 70;
        }
    };
    let inbox = isolate.with_host(|h: &mut Host| h.inbox());
    worker::set_root(isolate.parent_handle(), inbox);
    let started = isolate.call_hook(c"runMain", &[Val::from(kind), Val::from(value)]);
    // The program's start-up has run: its built-ins, with the functions it
    // called, go to the code cache now (at exit: any loaded later, and the
    // workers').
    isolate.save_code_cache(false);
    if started.is_ok() {
        run_event_loop(&mut isolate);
    }
    spindle_modules::reactor::shut_down();
    let code = exit_code(&isolate);
    isolate.save_code_cache(true);
    // The process ends right after this: tearing the main isolate down
    // would only cost time.
    std::mem::forget(isolate);
    code
}

/// The code the isolate exits with: what `process.exit`/the exit hook
/// asked for, else 1 when it was stopped by an error or terminate.
pub fn exit_code(isolate: &Isolate) -> i32 {
    isolate
        .with_host(|h: &mut Host| h.exit_code)
        .or(isolate.exit_code())
        .unwrap_or(0)
}

/// Ends the process with `code` after flushing stdout and stderr, without
/// running C++ static destructors: SpiderMonkey's must not run while its
/// runtimes are alive (a pool's workers, the warm spares). A program that
/// embeds spindle ends with this rather than by returning from `main`.
pub fn exit(code: i32) -> ! {
    use std::io::Write;
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    // SAFETY: _exit has no preconditions; the buffered output is flushed.
    unsafe { libc::_exit(code) }
}

/// Calls a hook; true when JavaScript may go on running.
pub(crate) fn call(isolate: &mut Isolate, name: &CStr, args: &[Val]) -> bool {
    isolate.call_hook(name, args).is_ok()
}

#[cfg(test)]
mod tests {
    /// A renamed or removed built-in left in the list would only be
    /// decoded for nothing: the list must name real ones.
    #[test]
    fn the_main_start_scripts_are_built_ins() {
        for name in super::MAIN_START_SCRIPTS {
            let id = name.strip_prefix("node:").expect("a node: name");
            let known = id == "internal/bootstrap" || spindle_modules::builtin_source(id).is_some();
            assert!(known, "{name} is not a built-in");
        }
    }
}

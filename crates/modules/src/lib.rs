//! Node's built-in modules for spindle.
//!
//! Each built-in is a JavaScript file under `js/` (its id is its path), with
//! the native ops it needs in a Rust module here: `process`, `fs`, `os`,
//! `timers`, … [`BUILTINS`] is generated from the `js/` folder, and [`OPS`]
//! lists every op; the runtime builds the main isolate and every worker from
//! these two lists.

mod builtins {
    include!(concat!(env!("OUT_DIR"), "/builtins.rs"));
}
pub mod child_process;
pub mod cluster;
pub mod crypto;
pub mod encoding;
pub mod fs;
pub mod host;
pub mod http;
pub mod messaging;
pub mod net;
pub mod os;
pub mod process;
pub mod reactor;
pub mod timers;
pub mod url;

pub use builtins::{BUILTINS, SOURCES_HASH};
pub use host::{Host, Message};

use spindle_core::{Op, OpResult, OpScope, Val};

/// The source of built-in `id` (`"path"`, `"internal/errors"`), if any.
pub fn builtin_source(id: &str) -> Option<&'static str> {
    BUILTINS
        .binary_search_by(|(k, _)| (*k).cmp(id))
        .ok()
        .map(|i| BUILTINS[i].1)
}

/// Drops what this thread's isolate left in the modules' per-thread state
/// (servers, sockets, child processes, hash states), as the end of its
/// thread would: for a thread that goes on to run another isolate.
pub fn reset_thread_locals() {
    reset(&net::LOCAL);
    reset(&http::LOCAL);
    reset(&child_process::LOCAL);
    reset(&crypto::STATES);
    reactor::shut_down();
}

/// Replaces a per-thread state with a new one, dropping the old (outside
/// the borrow, as its drop may reach other thread state).
fn reset<T: Default>(key: &'static std::thread::LocalKey<std::cell::RefCell<T>>) {
    let old = key.with(|cell| std::mem::take(&mut *cell.borrow_mut()));
    drop(old);
}

fn builtin_source_op(scope: &mut OpScope) -> OpResult {
    let id = scope.string(0)?;
    Ok(builtin_source(&id).map_or(Val::Undefined, Val::from))
}

/// `publicBuiltinIds()`: the ids a program may require (node's
/// `Module.builtinModules`), without the runtime's internal ones.
fn public_builtin_ids_op(_scope: &mut OpScope) -> OpResult {
    let public = |id: &&str| !id.starts_with("internal/") && !id.starts_with("spindle/");
    Ok(Val::Array(
        BUILTINS
            .iter()
            .map(|(id, _)| *id)
            .filter(public)
            .map(Val::from)
            .collect(),
    ))
}

const BUILTIN_OPS: &[Op] = &[
    Op::new("builtinSource", builtin_source_op),
    Op::new("publicBuiltinIds", public_builtin_ids_op),
];

/// Every op list, installed on each isolate's binding object.
pub const OPS: &[&[Op]] = &[
    BUILTIN_OPS,
    process::OPS,
    timers::OPS,
    fs::OPS,
    os::OPS,
    encoding::OPS,
    url::OPS,
    crypto::OPS,
    messaging::OPS,
    http::OPS,
    child_process::OPS,
    net::OPS,
    cluster::OPS,
];

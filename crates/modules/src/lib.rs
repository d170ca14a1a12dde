//! Node's built-in modules for spindle.
//!
//! Each built-in is a JavaScript file under `js/` (its id is its path), with
//! the native ops it needs in a Rust module here: `process`, `fs`, `os`,
//! `timers`, … The built-ins ([`builtin_ids`], [`builtin_source`]) are
//! generated from the `js/` folder, and [`OPS`] lists every op; the runtime
//! builds the main isolate and every worker from these two lists.

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

pub use builtins::SOURCES_HASH;
pub use host::{Host, Message};

use spindle_core::{Op, OpResult, OpScope, Val};

/// Every built-in module's id (`"path"`, `"internal/errors"`), sorted.
pub fn builtin_ids() -> impl ExactSizeIterator<Item = &'static str> {
    (0..builtins::ID_ENDS.len()).map(builtin_id)
}

/// The id of built-in number `index`.
fn builtin_id(index: usize) -> &'static str {
    let start = index.checked_sub(1).map_or(0, |i| builtins::ID_ENDS[i]);
    &builtins::ID_TEXT[start as usize..builtins::ID_ENDS[index] as usize]
}

/// The source of built-in `id` (`"path"`, `"internal/errors"`), if any.
pub fn builtin_source(id: &str) -> Option<&'static str> {
    let (mut low, mut high) = (0, builtins::ID_ENDS.len());
    while low < high {
        let middle = (low + high) / 2;
        match builtin_id(middle).cmp(id) {
            std::cmp::Ordering::Less => low = middle + 1,
            std::cmp::Ordering::Greater => high = middle,
            std::cmp::Ordering::Equal => return Some(builtins::SOURCES[middle]),
        }
    }
    None
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
        builtin_ids().filter(public).map(Val::from).collect(),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every file under `js/`, as (id, source).
    fn files_under_js() -> Vec<(String, String)> {
        fn walk(dir: &std::path::Path, prefix: &str, out: &mut Vec<(String, String)>) {
            for entry in std::fs::read_dir(dir).unwrap().flatten() {
                let name = entry.file_name().to_string_lossy().to_string();
                if entry.path().is_dir() {
                    walk(&entry.path(), &format!("{prefix}{name}/"), out);
                } else if let Some(stem) = name.strip_suffix(".js") {
                    let source = std::fs::read_to_string(entry.path()).unwrap();
                    out.push((format!("{prefix}{stem}"), source));
                }
            }
        }
        let mut files = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("js"),
            "",
            &mut files,
        );
        files.sort();
        files
    }

    #[test]
    fn every_file_is_a_builtin_with_its_own_source() {
        let files = files_under_js();
        assert!(files.len() > 50, "only {} built-ins found", files.len());
        let ids: Vec<&str> = builtin_ids().collect();
        assert_eq!(
            ids,
            files.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>()
        );
        for (id, source) in &files {
            assert_eq!(builtin_source(id), Some(source.as_str()), "{id}");
        }
    }

    #[test]
    fn names_that_are_not_builtins_have_no_source() {
        for id in [
            "",
            "pat",
            "paths",
            "internal",
            "internal/",
            "zzz",
            "Path",
            "./path",
        ] {
            assert_eq!(builtin_source(id), None, "{id:?}");
        }
    }
}

//! spindle's engine layer: the only crate that calls SpiderMonkey.
//!
//! Everything `unsafe` about the engine — contexts, GC rooting, natives,
//! modules, interrupts — lives here, behind a small safe API:
//!
//! - [`Isolate`]: one engine context + global on the current thread, made as
//!   a top-level runtime or (cheaper) as a child of another isolate.
//! - [`Op`] / [`OpScope`] / [`Val`]: native functions written in safe Rust,
//!   installed on the binding object the bootstrap script receives.
//! - `Isolate::call_hook`: how the event loop calls into JavaScript.
//! - [`Serialized`]: a structured-clone image of a value, `Send` to any
//!   thread (how messages between isolates travel).
//! - [`InterruptHandle`]: stop an isolate's JavaScript from another thread.
//!
//! ```ignore
//! let mut isolate = Isolate::new(&IsolateOptions::default(), None)?;
//! isolate.bootstrap("(binding) => ({ hello() { return 42 } })", "boot.js", &[])?;
//! assert_eq!(isolate.call_hook(c"hello", &[]), Ok(Val::Number(42.0)));
//! ```

mod binding;
mod buffers;
mod clone;
pub mod code_cache;
pub mod engine;
mod hooks;
mod isolate;
mod lazy;
mod modules;
mod ops;
mod stencils;
mod value;
mod weakrefs;

pub use clone::{set_host_transfer_release, ClonedValue, Serialized};
pub use hooks::set_builtin_sources;
pub use isolate::{InterruptHandle, Isolate, IsolateOptions, ParentHandle, Stopped};
pub use ops::{ErrorClass, Op, OpError, OpFn, OpResult, OpScope};
pub use stencils::prefetch as prefetch_builtins;
pub use value::Val;

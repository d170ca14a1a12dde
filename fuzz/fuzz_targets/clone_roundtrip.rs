//! Structured clone round trips: a value built from the fuzzer's bytes is
//! serialized (optionally moving its ArrayBuffers and a host object, or
//! holding a function that must be refused) and read back; the copy must
//! deep-equal the value (`crates/cli/tests/fixtures/clone-compare.js`).
#![no_main]

use std::cell::RefCell;

use libfuzzer_sys::fuzz_target;

#[path = "clone_common.rs"]
mod clone_common;

thread_local! {
    // Leaked: libFuzzer ends the process with exit(), when thread-local
    // destructors would run after the engine's own static ones.
    static ISOLATE: &'static RefCell<spindle_core::Isolate> =
        Box::leak(Box::new(RefCell::new(clone_common::isolate())));
}

fuzz_target!(|data: &[u8]| {
    let problem = ISOLATE.with(|i| clone_common::call(&mut i.borrow_mut(), c"roundTrip", data));
    assert!(problem.is_empty(), "clone differs: {problem}");
});

//! Arbitrary bytes fed to the structured-clone reader (the path a compact
//! `Image::Bytes` takes), in the engine's scope for images from another
//! process (see `Serialized`'s docs on why never the same-process scope);
//! whatever is read is serialized again and walked. A refusal is fine; a
//! crash, panic or hang is not.
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
    let answer = ISOLATE.with(|i| clone_common::call(&mut i.borrow_mut(), c"readForeign", data));
    assert!(answer == "read" || answer == "refused", "{answer}");
});

//! The isolate both clone targets use: spindle-core only, bootstrapped with
//! `fuzz/js/clone-harness.js` and three ops.

use spindle_core::{ClonedValue, Isolate, IsolateOptions, Op, OpResult, OpScope, Val};

const HARNESS: &str = include_str!("../js/clone-harness.js");
const COMPARE: &str = include_str!("../../crates/cli/tests/fixtures/clone-compare.js");

/// `clone(value, transfer)`: serialize, then hand the image back to be read.
fn clone(scope: &mut OpScope) -> OpResult {
    let image = scope.serialize(0, 1)?;
    Ok(Val::Cloned(ClonedValue::new(image)))
}

/// `readForeign(bytes)`: arbitrary bytes read as an image.
fn read_foreign(scope: &mut OpScope) -> OpResult {
    let image = scope.read_foreign_image(0)?;
    Ok(Val::Cloned(ClonedValue::new(image)))
}

/// `compareSource()`: the shared builder/comparer script.
fn compare_source(_scope: &mut OpScope) -> OpResult {
    Ok(Val::from(COMPARE))
}

static OPS: &[Op] = &[
    Op::new("clone", clone),
    Op::new("readForeign", read_foreign),
    Op::new("compareSource", compare_source),
];

/// Makes the process leave with `_exit` when libFuzzer ends a run with
/// `exit()`: the engine's static destructors must not run while its
/// helper threads and our isolates are alive (spindle itself ends the same
/// way). Called after the engine is up, so this handler runs first.
pub fn exit_without_teardown() {
    extern "C" fn leave() {
        // SAFETY: _exit has no preconditions; libFuzzer has printed all.
        unsafe { libc::_exit(0) }
    }
    // SAFETY: registering a plain function.
    unsafe { libc::atexit(leave) };
}

/// A bootstrapped isolate on this thread.
pub fn isolate() -> Isolate {
    let mut isolate = Isolate::new(&IsolateOptions::default(), None).expect("isolate");
    isolate
        .bootstrap(HARNESS, "clone-harness.js", &[OPS])
        .expect("bootstrap");
    exit_without_teardown();
    isolate
}

/// Calls a harness hook with the fuzzer's bytes; its string answer.
pub fn call(isolate: &mut Isolate, hook: &std::ffi::CStr, data: &[u8]) -> String {
    match isolate.call_hook(hook, &[Val::Bytes(data.to_vec())]) {
        Ok(Val::String(s)) => s,
        other => panic!("harness hook failed: {other:?}"),
    }
}

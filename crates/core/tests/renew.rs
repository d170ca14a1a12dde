//! `Isolate::renew`: a renewed isolate runs a new program in a fresh global,
//! and one with promise jobs still queued is refused.

use spindle_core::{Isolate, IsolateOptions, Val};

const BOOT: &str = "(function (binding) {
  return {
    leave(value) { globalThis.left = value; Array.prototype.extra = 1; },
    look() { return typeof globalThis.left + ' ' + typeof [].extra; },
    queueJob() { Promise.resolve().then(() => { globalThis.ran = true; }); },
  };
})";

fn main() {
    a_renewed_isolate_starts_clean_and_refuses_queued_jobs();
    println!("renew: ok");
    // SAFETY: ends the process without running the engine's static
    // destructors while its runtime is alive (see Cargo.toml).
    unsafe { libc::_exit(0) }
}

fn a_renewed_isolate_starts_clean_and_refuses_queued_jobs() {
    let mut isolate = Isolate::new(&IsolateOptions::default(), None).expect("isolate");
    isolate.bootstrap(BOOT, "boot.js", &[]).expect("bootstrap");
    isolate
        .call_hook(c"leave", &[Val::from("x")])
        .expect("leave");
    assert_eq!(
        isolate.call_hook(c"look", &[]),
        Ok(Val::from("string number"))
    );

    isolate.renew().expect("renew");
    isolate
        .bootstrap(BOOT, "boot.js", &[])
        .expect("bootstrap again");
    assert_eq!(
        isolate.call_hook(c"look", &[]),
        Ok(Val::from("undefined undefined"))
    );

    // A job queued and not run: renewing now would run it in the new realm.
    isolate.call_hook(c"queueJob", &[]).expect("queue");
    let refused = isolate.renew();
    assert!(refused.is_err(), "renewed with a job queued");
    // The isolate is left as it was: its job still runs, in its own realm.
    isolate.run_microtasks().expect("microtasks");
    isolate.renew().expect("renew once the queue is empty");
    // A top-level runtime is never destroyed in spindle (the process ends
    // with `_exit`): destroying one crashes in the engine's poisoning of
    // freed JIT code with write protection off. This test leaves it alive.
    std::mem::forget(isolate);
}

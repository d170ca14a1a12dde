//! The binding object: its natives and ops are made on the first read of
//! their names, names it does not have stay undefined, and an isolate
//! bootstrapped again with other ops sees those.

use spindle_core::{Isolate, IsolateOptions, Op, OpResult, OpScope, Val};

fn answer(_scope: &mut OpScope) -> OpResult {
    Ok(Val::Number(42.0))
}

fn other(scope: &mut OpScope) -> OpResult {
    Ok(Val::String(format!("other {}", scope.string(0)?)))
}

static FIRST: &[Op] = &[Op::new("answer", answer)];
static SECOND: &[Op] = &[Op::new("other", other)];

const BOOT: &str = "(function (binding) {
  return {
    probe() {
      const before = Object.getOwnPropertyNames(binding).length;
      const kinds = ['answer', 'other', 'evalScript', 'nope'].map((n) => typeof binding[n]).join(' ');
      const made = Object.getOwnPropertyNames(binding).sort().join(',');
      const call = typeof binding.answer === 'function' ? binding.answer() : binding.other('x');
      binding.answer = 'replaced';
      return `${before} | ${kinds} | ${made} | ${call} | ${binding.answer} ${binding.answer === binding.answer}`;
    },
  };
})";

fn main() {
    names_resolve_on_first_read();
    println!("binding: ok");
    // SAFETY: ends the process without running the engine's static
    // destructors while its runtime is alive (see Cargo.toml).
    unsafe { libc::_exit(0) }
}

fn names_resolve_on_first_read() {
    let mut isolate = Isolate::new(&IsolateOptions::default(), None).expect("isolate");
    isolate
        .bootstrap(BOOT, "boot.js", &[FIRST])
        .expect("bootstrap");
    assert_eq!(
        isolate.call_hook(c"probe", &[]),
        Ok(Val::from(
            "0 | function undefined function undefined | answer,evalScript | 42 | replaced true"
        ))
    );
    isolate.renew().expect("renew");
    isolate
        .bootstrap(BOOT, "boot.js", &[SECOND])
        .expect("bootstrap again");
    assert_eq!(
        isolate.call_hook(c"probe", &[]),
        Ok(Val::from(
            "0 | undefined function function undefined | evalScript,other | other x | replaced true"
        ))
    );
    // As in renew.rs: a top-level runtime is left alive.
    std::mem::forget(isolate);
}

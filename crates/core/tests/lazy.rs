//! `defineLazy`: a lazy property computes its value on first read, keeps
//! it, and a write before any read wins. Also defined by the thousand,
//! with young functions and a small nursery, so that collections run while
//! they are made and read: each property must still find its function.

use spindle_core::{Isolate, IsolateOptions, Val};

const BOOT: &str = "(function (binding) {
  return {
    manyUnderCollections() {
      const target = {};
      const n = 20000;
      for (let i = 0; i < n; i++) {
        const young = [{ i }, { i }, 'x' + i];
        binding.defineLazy(target, 'p' + i, () => i * 2 + young.length - 3, (i & 1) === 0);
      }
      let wrong = 0;
      for (let i = 0; i < n; i++) if (target['p' + i] !== i * 2) wrong++;
      return wrong;
    },
    semantics() {
      const o = {};
      let calls = 0;
      binding.defineLazy(o, 'a', (name) => { calls++; return name + '!'; }, true);
      binding.defineLazy(o, 'b', () => { calls++; return 'never'; }, false);
      const before = Object.getOwnPropertyDescriptor(o, 'a');
      o.b = 'written';
      const out = [
        typeof before.get, typeof before.set, before.enumerable,
        o.a, o.a, calls, o.b,
        JSON.stringify(Object.getOwnPropertyDescriptor(o, 'a')),
        Object.keys(o).join(','),
      ];
      let thrown = 'no error';
      try { binding.defineLazy(o, 5, () => 1, true); } catch (e) { thrown = e.message; }
      out.push(thrown);
      return out.join(' ');
    },
  };
})";

fn main() {
    let options = IsolateOptions {
        max_nursery_bytes: Some(256 * 1024),
        ..IsolateOptions::default()
    };
    let mut isolate = Isolate::new(&options, None).expect("isolate");
    isolate.bootstrap(BOOT, "boot.js", &[]).expect("bootstrap");
    assert_eq!(
        isolate.call_hook(c"manyUnderCollections", &[]),
        Ok(Val::Number(0.0))
    );
    assert_eq!(
        isolate.call_hook(c"semantics", &[]),
        Ok(Val::from(
            "function function true a! a! 1 written \
             {\"value\":\"a!\",\"writable\":true,\"enumerable\":true,\"configurable\":true} a defineLazy(target, name, compute, enumerable)"
        ))
    );
    println!("lazy: ok");
    std::mem::forget(isolate);
    // SAFETY: ends the process without running the engine's static
    // destructors while its runtime is alive (see Cargo.toml).
    unsafe { libc::_exit(0) }
}

//! Module resolution and loading: a small tree of packages whose
//! package.json files hold the fuzzer's bytes (`main`, `exports`,
//! `imports`, `type`, or not JSON at all), and an arbitrary specifier
//! resolved (and, when it lands on CommonJS or JSON, loaded) from it with
//! `require`. Every failure must be an Error with node's `code` (or a
//! SyntaxError from a malformed file); anything else is uncaught, stops the
//! isolate and fails the run.
#![no_main]

use std::cell::RefCell;
use std::path::PathBuf;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use spindle_core::{Isolate, IsolateOptions, Val};
use spindle_modules::Host;

#[path = "clone_common.rs"]
#[allow(dead_code)]
mod clone_common;

#[derive(Arbitrary, Debug)]
struct Case {
    specifier: String,
    from_lib: bool,
    root_package: Vec<u8>,
    dep_package: Vec<u8>,
    /// Which of [`FILES`] exist (bit i: file i).
    files: u16,
}

/// Files a case may have, with what they hold.
const FILES: &[(&str, &str)] = &[
    ("index.js", "module.exports = 'index';"),
    (
        "lib/main.js",
        "module.exports = require('../index.js') + '/main';",
    ),
    ("lib/data.json", "{\"data\": [1, 2]}"),
    ("lib/broken.json", "{\"data\": [1, 2"),
    ("a.cjs", "module.exports = 'a';"),
    ("b.mjs", "export default 'b';"),
    ("node_modules/dep/index.js", "module.exports = 'dep';"),
    ("node_modules/dep/lib/x.js", "module.exports = 'dep/x';"),
    ("node_modules/dep/x.json", "[]"),
    ("node_modules/dep/sub/index.mjs", "export const s = 1;"),
    (
        "node_modules/dep/node_modules/inner/index.js",
        "module.exports = 'inner';",
    ),
    ("lib/index.js", "module.exports = 'lib';"),
];

const CODE: &str = r#"
(() => {
  const fs = require('fs');
  const { createRequire } = require('module');
  const c = JSON.parse(fs.readFileSync(process.env.SPINDLE_FUZZ_CASE, 'utf8'));
  const from = require('path').join(c.dir, c.fromLib ? 'lib/main.js' : 'index.js');
  const req = createRequire(from);
  try {
    const found = req.resolve(c.specifier);
    if (typeof found !== 'string') throw new Error('resolve gave a ' + typeof found);
    if (/\.(c?js|json)$/.test(found) || !found.includes('/')) req(c.specifier);
  } catch (err) {
    const known = err instanceof Error && (typeof err.code === 'string' || err instanceof SyntaxError);
    if (!known) {
      const e = new Error('resolution failed without a node error code');
      e.cause = err;
      throw e;
    }
  }
})();
"#;

struct State {
    isolate: Isolate,
    base: PathBuf,
    count: u64,
}

fn state() -> State {
    let base = std::env::temp_dir().join(format!("spindle-fuzz-resolve-{}", std::process::id()));
    std::fs::create_dir_all(&base).expect("temp dir");
    std::env::set_var("SPINDLE_FUZZ_CASE", base.join("case.json"));
    let host = Host::new(vec!["spindle".into()], true);
    let isolate =
        spindle_runtime::new_isolate(host, None, &IsolateOptions::default()).expect("isolate");
    clone_common::exit_without_teardown();
    State {
        isolate,
        base,
        count: 0,
    }
}

thread_local! {
    // Leaked: see clone_roundtrip.rs.
    static STATE: &'static RefCell<State> = Box::leak(Box::new(RefCell::new(state())));
}

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn run(case: &Case) {
    STATE.with(|st| {
        let mut st = st.borrow_mut();
        st.count += 1;
        // A fresh folder each time: the resolver caches package.json files.
        let dir = st.base.join(st.count.to_string());
        let _ = std::fs::remove_dir_all(st.base.join((st.count - 1).to_string()));
        for (i, (name, body)) in FILES.iter().enumerate() {
            if case.files & (1 << i) != 0 {
                let path = dir.join(name);
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(path, body).unwrap();
            }
        }
        std::fs::create_dir_all(dir.join("node_modules/dep")).unwrap();
        std::fs::write(dir.join("package.json"), &case.root_package).unwrap();
        std::fs::write(dir.join("node_modules/dep/package.json"), &case.dep_package).unwrap();
        let case_json = format!(
            "{{\"dir\": {}, \"fromLib\": {}, \"specifier\": {}}}",
            json_string(&dir.display().to_string()),
            case.from_lib,
            json_string(&case.specifier)
        );
        std::fs::write(st.base.join("case.json"), case_json).unwrap();
        let ran = st
            .isolate
            .call_hook(c"runMain", &[Val::from("eval"), Val::from(CODE)]);
        assert!(
            ran.is_ok() && !st.isolate.is_stopped(),
            "uncaught error for {case:?} (see stderr)"
        );
    });
}

fuzz_target!(|case: Case| run(&case));

//! Runs the project's JavaScript tests and whole-process specs (see
//! docs/testing.md): every `tests/js/**/*.{js,mjs}` under spindle — and,
//! when node is on the machine, under node too, comparing stdout — and
//! every `tests/specs/*.js` against its expected output and exit code.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Mutex;
use std::time::Duration;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

fn spindle() -> &'static str {
    env!("CARGO_BIN_EXE_spindle")
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if path.is_dir() {
            if name != "fixtures" && name != "node_modules" {
                collect(&path, out);
            }
        } else if name.ends_with(".js") || name.ends_with(".mjs") {
            out.push(path);
        }
    }
}

/// Runs a command with a time limit (a hang is a failure, not a stuck suite).
fn run(mut cmd: Command, limit: Duration) -> Result<Output, String> {
    use std::io::Read;
    cmd.stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .stdin(std::process::Stdio::null());
    let mut child = cmd.spawn().map_err(|e| format!("spawn failed: {e}"))?;
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out_thread = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = stdout.read_to_end(&mut v);
        v
    });
    let err_thread = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = stderr.read_to_end(&mut v);
        v
    });
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {limit:?}"));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Ok(Output {
        status,
        stdout: out_thread.join().unwrap(),
        stderr: err_thread.join().unwrap(),
    })
}

fn node_available() -> bool {
    Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Runs `cases` on a few threads; returns the failure messages.
fn run_all(cases: Vec<PathBuf>, check: impl Fn(&Path) -> Result<(), String> + Sync) -> Vec<String> {
    let queue = Mutex::new(cases);
    let failures = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(2, 8);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let Some(case) = queue.lock().unwrap().pop() else {
                    return;
                };
                if let Err(e) = check(&case) {
                    failures
                        .lock()
                        .unwrap()
                        .push(format!("{}: {e}", case.display()));
                }
            });
        }
    });
    failures.into_inner().unwrap()
}

fn first_line(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .next()
        .unwrap_or_default()
        .to_string()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runtime flags a test asks for on a `// flags: …` line among its first
/// lines (given to spindle and node before the script, e.g. `--expose-gc`).
fn test_flags(path: &Path) -> Vec<String> {
    let source = std::fs::read_to_string(path).unwrap_or_default();
    source
        .lines()
        .take(3)
        .find_map(|line| line.strip_prefix("// flags:"))
        .map(|flags| flags.split_whitespace().map(String::from).collect())
        .unwrap_or_default()
}

fn check_js_test(path: &Path, with_node: bool) -> Result<(), String> {
    let dir = path.parent().unwrap();
    let flags = test_flags(path);
    let mut cmd = Command::new(spindle());
    cmd.args(&flags).arg(path).current_dir(dir);
    let ours = run(cmd, Duration::from_secs(60))?;
    if !ours.status.success() {
        return Err(format!(
            "spindle exited with {:?}\n--- stdout\n{}\n--- stderr\n{}",
            ours.status.code(),
            text(&ours.stdout),
            text(&ours.stderr)
        ));
    }
    let header = first_line(path);
    if !with_node || header.starts_with("// spindle-only") {
        return Ok(());
    }
    let mut cmd = Command::new("node");
    cmd.args(&flags).arg(path).current_dir(dir);
    let theirs = run(cmd, Duration::from_secs(60))?;
    if !theirs.status.success() {
        return Err(format!(
            "node itself fails this test ({:?}):\n{}",
            theirs.status.code(),
            text(&theirs.stderr)
        ));
    }
    if header.starts_with("// node-differs") || ours.stdout == theirs.stdout {
        return Ok(());
    }
    Err(format!(
        "stdout differs from node's\n{}",
        diff(&text(&theirs.stdout), &text(&ours.stdout))
    ))
}

/// A short line diff: the first differing lines with context.
fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let first = e
        .iter()
        .zip(&a)
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    let mut out = format!("first difference at line {}:\n", first + 1);
    for i in first..(first + 6).min(e.len().max(a.len())) {
        out.push_str(&format!(
            "  expected: {}\n  actual:   {}\n",
            e.get(i).unwrap_or(&"<none>"),
            a.get(i).unwrap_or(&"<none>")
        ));
    }
    out
}

fn check_spec(path: &Path) -> Result<(), String> {
    let dir = path.parent().unwrap();
    let stem = path.with_extension("");
    let read = |ext: &str| std::fs::read_to_string(stem.with_extension(ext)).ok();
    let mut cmd = Command::new(spindle());
    cmd.arg(path.file_name().unwrap()).current_dir(dir);
    if let Some(args) = read("args") {
        cmd.args(args.lines().filter(|l| !l.is_empty()));
    }
    let out = run(cmd, Duration::from_secs(60))?;
    let expected_code: i32 = read("code").map_or(0, |c| c.trim().parse().unwrap_or(0));
    let mut problems = Vec::new();
    if out.status.code() != Some(expected_code) {
        problems.push(format!(
            "exit code {:?}, expected {expected_code}",
            out.status.code()
        ));
    }
    match read("out") {
        Some(expected) if expected != text(&out.stdout) => problems.push(format!(
            "stdout differs\n{}",
            diff(&expected, &text(&out.stdout))
        )),
        None => problems.push("missing .out file".into()),
        _ => {}
    }
    if let Some(patterns) = read("err") {
        let stderr = text(&out.stderr);
        let mut rest = stderr.as_str();
        for line in patterns.lines().filter(|l| !l.is_empty()) {
            match rest.find(line) {
                Some(i) => rest = &rest[i + line.len()..],
                None => problems.push(format!("stderr lacks (in order) {line:?}")),
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}\n--- stderr\n{}",
            problems.join("\n"),
            text(&out.stderr)
        ))
    }
}

#[test]
fn javascript_tests_pass_and_match_node() {
    let mut cases = Vec::new();
    collect(&repo_root().join("tests/js"), &mut cases);
    assert!(!cases.is_empty(), "no JavaScript tests found");
    let with_node = node_available();
    if !with_node {
        eprintln!("note: node not found; JavaScript tests run without the node comparison");
    }
    let failures = run_all(cases, |p| check_js_test(p, with_node));
    assert!(
        failures.is_empty(),
        "{} failing:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn whole_process_specs() {
    let mut cases = Vec::new();
    collect(&repo_root().join("tests/specs"), &mut cases);
    assert!(!cases.is_empty(), "no specs found");
    let failures = run_all(cases, check_spec);
    assert!(
        failures.is_empty(),
        "{} failing:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn missing_script_is_module_not_found() {
    let mut cmd = Command::new(spindle());
    cmd.arg("definitely-missing-script.js")
        .current_dir(std::env::temp_dir());
    let out = run(cmd, Duration::from_secs(30)).unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("Cannot find module '"), "{stderr}");
    assert!(stderr.contains("definitely-missing-script.js'"), "{stderr}");
    assert!(stderr.contains("code: 'MODULE_NOT_FOUND'"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn eval_and_print_flags() {
    let out = run(
        {
            let mut c = Command::new(spindle());
            c.args(["-p", "[1, 2].map((x) => x * 21)"]);
            c
        },
        Duration::from_secs(30),
    )
    .unwrap();
    assert_eq!(text(&out.stdout), "[ 21, 42 ]\n");
    let out = run(
        {
            let mut c = Command::new(spindle());
            c.args([
                "-e",
                "console.log(process.argv.length, typeof require('path').join)",
                "x",
                "y",
            ]);
            c
        },
        Duration::from_secs(30),
    )
    .unwrap();
    assert_eq!(text(&out.stdout), "3 function\n");
    let out = run(
        {
            let mut c = Command::new(spindle());
            c.arg("--version");
            c
        },
        Duration::from_secs(30),
    )
    .unwrap();
    assert!(
        text(&out.stdout).starts_with("spindle v"),
        "{}",
        text(&out.stdout)
    );
}

/// The on-disk code cache: written by a first run, used by the next, and
/// ignored (the program still runs, and the file is rewritten) when damaged.
#[test]
fn code_cache_is_written_used_and_survives_damage() {
    let dir = std::env::temp_dir().join(format!("spindle-code-cache-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let program = "const { Worker } = require('worker_threads');\
        const w = new Worker(\"require('worker_threads').parentPort.postMessage(require('path').join('a', 'b'))\", { eval: true });\
        w.on('message', (m) => console.log(m, require('util').inspect({ x: [1, 'y'] })));";
    let run_once = || {
        let mut c = Command::new(spindle());
        c.args(["-e", program]).env("SPINDLE_CACHE_DIR", &dir);
        let out = run(c, Duration::from_secs(30)).unwrap();
        assert_eq!(
            text(&out.stdout),
            "a/b { x: [ 1, 'y' ] }\n",
            "{}",
            text(&out.stderr)
        );
        assert_eq!(out.status.code(), Some(0));
    };
    let cache_file = || builtins_file(&dir);
    // Another build's file, unwritten for weeks, goes when a new one is
    // written; a recent one stays.
    std::fs::create_dir_all(&dir).unwrap();
    let stale = dir.join("builtins-0000000000000000-old.bin");
    let recent = dir.join("builtins-1111111111111111-other.bin");
    std::fs::write(&stale, b"old").unwrap();
    std::fs::write(&recent, b"recent").unwrap();
    let weeks_ago = std::time::SystemTime::now() - Duration::from_secs(30 * 24 * 3600);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(weeks_ago)
        .unwrap();
    run_once();
    assert!(
        !stale.exists(),
        "a stale cache file of another build is removed"
    );
    assert!(
        recent.exists(),
        "a recent cache file of another build is kept"
    );
    std::fs::remove_file(&recent).unwrap();
    let file = cache_file().expect("the first run writes the code cache");
    let written = std::fs::metadata(&file).unwrap().len();
    assert!(written > 1000, "cache file of {written} bytes");
    run_once();
    // Damaged: cut in half, then garbage after a valid header.
    let bytes = std::fs::read(&file).unwrap();
    std::fs::write(&file, &bytes[..bytes.len() / 2]).unwrap();
    run_once();
    let rewritten = std::fs::metadata(&file).unwrap().len();
    assert!(
        rewritten > written * 9 / 10,
        "rewritten after damage: {rewritten} of {written} bytes"
    );
    let mut garbage = bytes[..64].to_vec();
    garbage.extend(std::iter::repeat_n(0xA5u8, 4096));
    std::fs::write(&file, &garbage).unwrap();
    run_once();
    let _ = std::fs::remove_dir_all(&dir);
}

/// A process that runs many short workers writes their built-ins to the
/// code cache while it runs, not only at exit: here it is killed (as a
/// server is stopped by a signal), and the file has the workers' copies.
#[test]
fn workers_code_is_cached_before_exit() {
    let dir = std::env::temp_dir().join(format!("spindle-workers-cache-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let program = "const { Worker } = require('worker_threads');\
        let n = 0;\
        const next = () => new Worker(\"require('worker_threads').parentPort.postMessage(1)\", { eval: true })\
          .on('exit', () => (++n < 80 ? next() : setTimeout(() => process.kill(process.pid, 'SIGKILL'), 200)));\
        next();";
    let mut c = Command::new(spindle());
    c.args(["-e", program]).env("SPINDLE_CACHE_DIR", &dir);
    let out = run(c, Duration::from_secs(60)).unwrap();
    assert_eq!(out.status.code(), None, "killed: {}", text(&out.stderr));
    let file = builtins_file(&dir).expect("the code cache is written");
    let entries = cache_entries(&std::fs::read(&file).unwrap());
    let worker = ("node:internal/worker/worker".to_string(), true);
    assert!(
        entries.contains(&worker),
        "workers' copy cached: {entries:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// The built-ins' code cache file in cache folder `dir`, if there is one.
fn builtins_file(dir: &std::path::Path) -> Option<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("builtins-")
        })
}

/// The (name, workers' copy) of each entry of a code cache file (its
/// format: see crates/core/src/code_cache.rs).
fn cache_entries(bytes: &[u8]) -> Vec<(String, bool)> {
    let u32_at = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
    let align = |at: usize, to: usize| at.div_ceil(to) * to;
    let mut entries = Vec::new();
    let table_end = 12 + u32_at(8);
    let mut at = 12;
    while at < table_end {
        let name_len = u32_at(at);
        let name = String::from_utf8_lossy(&bytes[at + 4..at + 4 + name_len]).into_owned();
        entries.push((name, bytes[at + 4 + name_len] != 0));
        at = align(at + 5 + name_len, 4) + 8;
    }
    entries
}

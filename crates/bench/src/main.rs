//! `spindle-bench`: runs folders of `.cjs` benchmarks under spindle, node and
//! (when present) bun and deno, several times each, and prints a markdown
//! table of medians per benchmark with a spindle/node ratio column.
//!
//! A benchmark is a `.cjs` file that prints one flat JSON line such as
//! `{"bench":"pool","tasks_per_s":41316}`; every numeric field is a metric.
//! See `docs/testing.md` ("Benchmarks") and `scripts/bench.sh`.

mod json;
mod report;
mod run;
mod stats;

use std::collections::BTreeSet;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, ExitStatus};
use std::time::{Duration, Instant};

const USAGE: &str = "\
usage: spindle-bench [--runs N] [--runtime NAME=PATH ...] [--only NAME,NAME]
                     [--timeout SECS] [--json] DIR|FILE...

Runs every .cjs benchmark in each DIR (sorted, not recursive) N times under
each runtime, with the benchmark's folder as working directory, and prints a
markdown table of the median of every numeric field of its JSON line.

  --runs N             runs per benchmark and runtime (default 5)
  --runtime NAME=PATH  add a runtime, or replace the default one of that
                       name; NAME= (empty path) leaves that runtime out
  --only A,B           only the benchmarks with these file names (.cjs optional)
  --timeout SECS       limit per run (default 30); a run over it is killed
                       with everything it started and the benchmark is
                       reported as failed for that runtime
  --json               print the medians as one JSON document instead

Default runtimes: spindle = $SPINDLE, else the spindle binary next to this
executable; node from PATH; bun and deno from PATH or from $BENCH_TOOLS (a
folder where `npm i @oven/bun-linux-x64 @deno/linux-x64-glibc` was run).
";

/// One JavaScript runtime to measure.
#[derive(Debug, Clone)]
pub struct Runtime {
    /// Its column name in the tables (`spindle`, `node`, ...).
    pub name: String,
    /// The executable, as an absolute path (benchmarks run in their folder).
    pub program: PathBuf,
    /// Arguments before the benchmark file (`run -A` for deno).
    pub args: Vec<String>,
    /// The first line of `PROGRAM --version`, or `?`.
    pub version: String,
}

/// The result of one benchmark under one runtime.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Every run succeeded: the median of each numeric field, in the order
    /// the fields first appeared.
    Measured(Vec<(String, f64)>),
    /// A run failed (exit status, timeout, no JSON line); why.
    Failed(String),
}

/// One benchmark file and its outcome under each runtime (same order as the
/// runtime list).
#[derive(Debug, Clone)]
pub struct BenchResult {
    /// The file, as found under the DIR given on the command line.
    pub path: PathBuf,
    /// The file name without `.cjs`.
    pub name: String,
    /// One outcome per runtime.
    pub outcomes: Vec<Outcome>,
}

struct Options {
    runs: usize,
    overrides: Vec<(String, String)>,
    only: Option<Vec<String>>,
    timeout: Duration,
    json: bool,
    inputs: Vec<PathBuf>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match real_main(&args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("spindle-bench: {e}");
            ExitCode::from(2)
        }
    }
}

fn real_main(args: &[String]) -> Result<ExitCode, String> {
    let Some(opts) = parse_args(args)? else {
        print!("{USAGE}");
        return Ok(ExitCode::SUCCESS);
    };
    let runtimes = runtimes(&opts.overrides)?;
    if runtimes.is_empty() {
        return Err("no runtimes found (see --help)".into());
    }
    let files = bench_files(&opts.inputs, opts.only.as_deref())?;
    if files.is_empty() {
        return Err("no .cjs benchmarks found".into());
    }
    let machine = report::Machine::detect();
    let names: Vec<&str> = runtimes.iter().map(|r| r.name.as_str()).collect();
    eprintln!(
        "spindle-bench: {} benchmarks x {} runtimes ({}) x {} runs, {} s limit per run",
        files.len(),
        runtimes.len(),
        names.join(", "),
        opts.runs,
        opts.timeout.as_secs_f64()
    );
    if !opts.json {
        print!(
            "{}",
            report::markdown_header(&machine, &runtimes, opts.runs)
        );
    }
    let mut results = Vec::new();
    for (i, path) in files.iter().enumerate() {
        let name = bench_name(path);
        let mut outcomes = Vec::new();
        for rt in &runtimes {
            let start = Instant::now();
            let outcome = measure(rt, path, opts.runs, opts.timeout);
            let secs = start.elapsed().as_secs_f64();
            match &outcome {
                Outcome::Measured(_) => {
                    eprintln!(
                        "[{}/{}] {name} {}: ok ({secs:.1} s)",
                        i + 1,
                        files.len(),
                        rt.name
                    )
                }
                Outcome::Failed(why) => {
                    eprintln!(
                        "[{}/{}] {name} {}: FAILED: {why}",
                        i + 1,
                        files.len(),
                        rt.name
                    )
                }
            }
            outcomes.push(outcome);
        }
        let result = BenchResult {
            path: path.clone(),
            name,
            outcomes,
        };
        if !opts.json {
            print!("{}", report::markdown_table(&result, &runtimes));
        }
        results.push(result);
    }
    if opts.json {
        println!("{}", report::json(&machine, &runtimes, opts.runs, &results));
    } else {
        print!("{}", report::markdown_footer(&runtimes));
    }
    Ok(ExitCode::SUCCESS)
}

/// Parses the command line; `Ok(None)` means `--help`.
fn parse_args(args: &[String]) -> Result<Option<Options>, String> {
    let mut opts = Options {
        runs: 5,
        overrides: Vec::new(),
        only: None,
        timeout: Duration::from_secs(30),
        json: false,
        inputs: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        // `--flag=value` and `--flag value` are both accepted.
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            inline
                .clone()
                .or_else(|| it.next().cloned())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag {
            "-h" | "--help" => return Ok(None),
            "--json" => opts.json = true,
            "--runs" => {
                let v = value("--runs")?;
                opts.runs = v
                    .parse()
                    .ok()
                    .filter(|&n: &usize| n > 0)
                    .ok_or_else(|| format!("--runs: not a positive count: {v}"))?;
            }
            "--timeout" => {
                let v = value("--timeout")?;
                let secs: f64 = v
                    .parse()
                    .ok()
                    .filter(|s: &f64| s.is_finite() && *s > 0.0)
                    .ok_or_else(|| format!("--timeout: not a positive number of seconds: {v}"))?;
                opts.timeout = Duration::from_secs_f64(secs);
            }
            "--runtime" => {
                let v = value("--runtime")?;
                let (name, path) = v
                    .split_once('=')
                    .filter(|(n, _)| !n.is_empty())
                    .ok_or_else(|| format!("--runtime: expected NAME=PATH, got {v}"))?;
                opts.overrides.push((name.to_string(), path.to_string()));
            }
            "--only" => {
                let v = value("--only")?;
                let names = v
                    .split(',')
                    .map(|s| s.trim().trim_end_matches(".cjs").to_string())
                    .filter(|s| !s.is_empty());
                opts.only.get_or_insert_with(Vec::new).extend(names);
            }
            f if f.starts_with('-') && f.len() > 1 => {
                return Err(format!("unknown option {f}\n{USAGE}"))
            }
            _ => opts.inputs.push(PathBuf::from(arg)),
        }
    }
    if opts.inputs.is_empty() {
        return Err(format!("no benchmark folder given\n{USAGE}"));
    }
    Ok(Some(opts))
}

/// The default runtimes with `--runtime` overrides applied.
fn runtimes(overrides: &[(String, String)]) -> Result<Vec<Runtime>, String> {
    let mut found: Vec<(String, PathBuf)> = Vec::new();
    let spindle = match std::env::var_os("SPINDLE").filter(|s| !s.is_empty()) {
        Some(s) => {
            let s = s.to_string_lossy().into_owned();
            Some(resolve(&s).ok_or_else(|| format!("$SPINDLE: no executable at {s}"))?)
        }
        None => std::env::current_exe()
            .ok()
            .and_then(|exe| Some(exe.parent()?.join("spindle")))
            .filter(|p| is_executable(p)),
    };
    match spindle {
        Some(p) => found.push(("spindle".into(), p)),
        None => eprintln!("spindle-bench: no spindle binary next to this one and $SPINDLE unset"),
    }
    if let Some(p) = which("node") {
        found.push(("node".into(), p));
    }
    let tools = std::env::var_os("BENCH_TOOLS").map(PathBuf::from);
    for (name, sub) in [
        ("bun", "node_modules/@oven/bun-linux-x64/bin/bun"),
        ("deno", "node_modules/@deno/linux-x64-glibc/deno"),
    ] {
        let in_tools = || {
            let p = tools.as_ref()?.join(sub);
            is_executable(&p).then(|| p.canonicalize().unwrap_or(p))
        };
        if let Some(p) = which(name).or_else(in_tools) {
            found.push((name.into(), p));
        }
    }
    for (name, path) in overrides {
        let resolved = if path.is_empty() {
            None
        } else {
            Some(
                resolve(path)
                    .ok_or_else(|| format!("--runtime {name}: no executable at {path}"))?,
            )
        };
        match (found.iter().position(|(n, _)| n == name), resolved) {
            (Some(i), Some(p)) => found[i].1 = p,
            (Some(i), None) => {
                found.remove(i);
            }
            (None, Some(p)) => found.push((name.clone(), p)),
            (None, None) => {}
        }
    }
    Ok(found
        .into_iter()
        .map(|(name, program)| {
            let is_deno = name == "deno"
                || program
                    .file_name()
                    .is_some_and(|f| f.to_string_lossy().starts_with("deno"));
            let args = if is_deno {
                vec!["run".into(), "-A".into()]
            } else {
                Vec::new()
            };
            let version = version_of(&program);
            Runtime {
                name,
                program,
                args,
                version,
            }
        })
        .collect())
}

/// An executable given as a path (made absolute) or a name looked up on PATH.
fn resolve(s: &str) -> Option<PathBuf> {
    if s.contains('/') {
        let p = Path::new(s);
        is_executable(p).then(|| p.canonicalize().ok()).flatten()
    } else {
        which(s)
    }
}

fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .filter(|dir| dir.is_absolute())
        .map(|dir| dir.join(name))
        .find(|p| is_executable(p))
}

fn is_executable(p: &Path) -> bool {
    p.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// The first line of `PROGRAM --version` without a parenthesised suffix.
fn version_of(program: &Path) -> String {
    let out = run::run(
        Command::new(program).arg("--version"),
        Duration::from_secs(10),
    );
    out.ok()
        .and_then(|o| {
            let line = o
                .stdout
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty())?
                .to_string();
            Some(match line.split_once(" (") {
                Some((head, _)) => head.to_string(),
                None => line,
            })
        })
        .unwrap_or_else(|| "?".into())
}

/// The `.cjs` files of each input (a folder, sorted by name, or one file),
/// keeping only `only` when given.
fn bench_files(inputs: &[PathBuf], only: Option<&[String]>) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    for input in inputs {
        if input.is_file() {
            files.push(input.clone());
            continue;
        }
        let entries = std::fs::read_dir(input).map_err(|e| format!("{}: {e}", input.display()))?;
        let mut here: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "cjs") && p.is_file())
            .collect();
        here.sort();
        files.extend(here);
    }
    if let Some(only) = only {
        let wanted: BTreeSet<&str> = only.iter().map(String::as_str).collect();
        let present: BTreeSet<String> = files.iter().map(|p| bench_name(p)).collect();
        for w in &wanted {
            if !present.contains(*w) {
                eprintln!("spindle-bench: --only {w}: no such benchmark");
            }
        }
        files.retain(|p| wanted.contains(bench_name(p).as_str()));
    }
    Ok(files)
}

fn bench_name(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Runs `file` `runs` times under `rt` (cwd = the file's folder) and takes
/// the median of each numeric field; the first failing run fails it all.
fn measure(rt: &Runtime, file: &Path, runs: usize, limit: Duration) -> Outcome {
    let dir = match file.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let Some(file_name) = file.file_name() else {
        return Outcome::Failed("not a file".into());
    };
    let mut samples: Vec<(String, Vec<f64>)> = Vec::new();
    for i in 1..=runs {
        let run_no = if runs > 1 {
            format!(" (run {i}/{runs})")
        } else {
            String::new()
        };
        let mut cmd = Command::new(&rt.program);
        cmd.args(&rt.args).arg(file_name).current_dir(dir);
        let out = match run::run(&mut cmd, limit) {
            Ok(out) => out,
            Err(e) => {
                return Outcome::Failed(format!("could not start {}: {e}", rt.program.display()))
            }
        };
        match out.ending {
            run::Ending::TimedOut => {
                return Outcome::Failed(format!(
                    "timed out after {} s{run_no}",
                    limit.as_secs_f64()
                ))
            }
            run::Ending::Exited(status) if !status.success() => {
                let why = error_line(&out.stderr);
                let sep = if why.is_empty() { "" } else { ": " };
                return Outcome::Failed(format!("{}{run_no}{sep}{why}", describe(status)));
            }
            run::Ending::Exited(_) => {}
        }
        let fields = match json_line(&out.stdout) {
            Some(Ok(fields)) => fields,
            Some(Err(e)) => return Outcome::Failed(format!("bad JSON line{run_no}: {e}")),
            None => return Outcome::Failed(format!("no JSON line on stdout{run_no}")),
        };
        for (key, value) in fields {
            if let json::Value::Num(x) = value {
                match samples.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, xs)) => xs.push(x),
                    None => samples.push((key, vec![x])),
                }
            }
        }
    }
    if samples.is_empty() {
        return Outcome::Failed("no numeric fields in the JSON line".into());
    }
    Outcome::Measured(
        samples
            .into_iter()
            .filter_map(|(k, xs)| Some((k, stats::median(&xs)?)))
            .collect(),
    )
}

/// The last line of `stdout` that starts with `{`, parsed.
fn json_line(stdout: &str) -> Option<Result<Vec<(String, json::Value)>, String>> {
    stdout
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| l.starts_with('{'))
        .map(json::parse_flat_object)
}

fn describe(status: ExitStatus) -> String {
    match (status.code(), status.signal()) {
        (Some(c), _) => format!("exit {c}"),
        (None, Some(s)) => format!("killed by signal {s}"),
        _ => status.to_string(),
    }
}

/// The line of `stderr` that best says what went wrong: the first that
/// mentions an error, else the last non-empty one; without terminal colours,
/// at most 160 characters.
fn error_line(stderr: &str) -> String {
    let stderr = strip_ansi(stderr);
    let mut lines = stderr.lines().map(str::trim).filter(|l| !l.is_empty());
    let line = lines
        .clone()
        .find(|l| l.contains("Error") || l.starts_with("error"))
        .or_else(|| lines.next_back())
        .unwrap_or("");
    match line.char_indices().nth(160) {
        Some((i, _)) => format!("{}…", &line[..i]),
        None => line.to_string(),
    }
}

/// `s` without ANSI escape sequences (`ESC [ ... letter`), as deno colours
/// its errors even into a pipe.
fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\u{1b}' {
            out.push(c);
            continue;
        }
        if chars.clone().next() == Some('[') {
            chars.next();
            // Parameters and intermediates, then one final byte in @..~.
            for c in chars.by_ref() {
                if ('@'..='~').contains(&c) {
                    break;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn parses_options() {
        let o = parse_args(&args(
            "--runs 3 --only spawn,pingpong.cjs --only pool --timeout=2.5 --runtime x=/bin/true --json a b",
        ))
        .unwrap()
        .unwrap();
        assert_eq!(o.runs, 3);
        assert_eq!(o.only.unwrap(), ["spawn", "pingpong", "pool"]);
        assert_eq!(o.timeout, Duration::from_millis(2500));
        assert_eq!(o.overrides, [("x".to_string(), "/bin/true".to_string())]);
        assert!(o.json);
        assert_eq!(o.inputs, [PathBuf::from("a"), PathBuf::from("b")]);
        assert!(parse_args(&args("--help")).unwrap().is_none());
        assert!(parse_args(&args("--runs 0 a")).is_err());
        assert!(parse_args(&args("--runs")).is_err());
        assert!(parse_args(&args("--runtime node a")).is_err());
        assert!(parse_args(&args("--bogus a")).is_err());
        assert!(parse_args(&args("--runs 2")).is_err());
    }

    #[test]
    fn finds_the_json_line() {
        let out = "cluster listening\n{\"bench\":\"x\",\"ms\":1.5}\n";
        let fields = json_line(out).unwrap().unwrap();
        assert_eq!(fields[1], ("ms".to_string(), json::Value::Num(1.5)));
        assert!(json_line("up\n").is_none());
        assert!(json_line("{oops\n").unwrap().is_err());
    }

    #[test]
    fn picks_the_error_line() {
        let stderr =
            "\nError: Cannot find module 'child_process'\nRequire stack:\n- x\n\nspindle v0.1.0\n";
        assert_eq!(
            error_line(stderr),
            "Error: Cannot find module 'child_process'"
        );
        assert_eq!(error_line("a\nlast\n\n"), "last");
        assert_eq!(error_line(""), "");
        assert_eq!(error_line(&"é".repeat(200)).chars().count(), 161);
        assert_eq!(
            error_line("\u{1b}[0m\u{1b}[1m\u{1b}[31merror\u{1b}[0m: Uncaught RangeError: x\n"),
            "error: Uncaught RangeError: x"
        );
        assert_eq!(strip_ansi("a\u{1b}[1;31mb\u{1b}c"), "abc");
    }

    #[test]
    fn measures_a_fake_runtime() {
        let dir = std::env::temp_dir().join(format!("spindle-bench-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let bench = dir.join("b.cjs");
        std::fs::write(&bench, "").unwrap();
        // A "runtime" that is a shell script printing a counter-based line.
        let fake = dir.join("fake");
        std::fs::write(
            &fake,
            "#!/bin/sh\nn=$(cat count 2>/dev/null || echo 0); n=$((n+1)); echo $n > count\n\
             echo noise; echo '{\"bench\":\"b\",\"ms\":'$n',\"tag\":\"t\"}'\n",
        )
        .unwrap();
        std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
        let rt = Runtime {
            name: "fake".into(),
            program: fake.clone(),
            args: vec![],
            version: "?".into(),
        };
        match measure(&rt, &bench, 5, Duration::from_secs(10)) {
            Outcome::Measured(m) => assert_eq!(m, [("ms".to_string(), 3.0)]),
            Outcome::Failed(why) => panic!("{why}"),
        }
        std::fs::write(&fake, "#!/bin/sh\necho 'TypeError: nope' >&2\nexit 1\n").unwrap();
        match measure(&rt, &bench, 3, Duration::from_secs(10)) {
            Outcome::Failed(why) => assert_eq!(why, "exit 1 (run 1/3): TypeError: nope"),
            Outcome::Measured(_) => panic!("measured a failing run"),
        }
        std::fs::write(&fake, "#!/bin/sh\nsleep 20\n").unwrap();
        match measure(&rt, &bench, 3, Duration::from_millis(200)) {
            Outcome::Failed(why) => assert_eq!(why, "timed out after 0.2 s (run 1/3)"),
            Outcome::Measured(_) => panic!("measured a hanging run"),
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

//! Ops behind `process`: arguments, environment, clocks, resource usage,
//! standard output and exit.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use spindle_core::{Op, OpError, OpResult, OpScope, Val};

use crate::host::Host;

/// `execArgv()`: the runtime options given before the script.
fn exec_argv(scope: &mut OpScope) -> OpResult {
    let args = scope.host(|h: &mut Host| h.exec_argv.clone());
    Ok(Val::Array(args.into_iter().map(Val::String).collect()))
}

fn argv(scope: &mut OpScope) -> OpResult {
    Ok(Val::Array(scope.host(|h: &mut Host| {
        h.argv.iter().map(|a| Val::from(a.as_str())).collect()
    })))
}

/// The absolute path of the running executable (`process.execPath`),
/// read once per process: every worker's `process.argv` starts with it.
pub fn exec_path_text() -> &'static str {
    static PATH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    PATH.get_or_init(|| {
        std::env::current_exe()
            .map(|p| p.display().to_string())
            .unwrap_or_default()
    })
}

fn exec_path(_scope: &mut OpScope) -> OpResult {
    Ok(Val::from(exec_path_text()))
}

/// A copy of the process environment: names and values, as `process.env`
/// shows them (those not in UTF-8 made so lossily).
pub type Environment = Arc<Vec<(String, String)>>;

/// How many times `process.env` has changed the environment.
static ENV_CHANGES: AtomicU64 = AtomicU64::new(0);
/// The last copy made, and the count of changes it saw.
static ENV_COPY: Mutex<Option<(u64, Environment)>> = Mutex::new(None);

/// The process environment now. Read again only after `process.env`
/// changed it (or [`environment_changed`] says it changed): every worker
/// gets a copy at its start, and reading and converting the whole
/// environment each time cost the thread that starts them ~9% of its time
/// under a worker per request.
pub fn environment() -> Environment {
    let changes = ENV_CHANGES.load(Ordering::Acquire);
    let mut copy = ENV_COPY.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some((seen, env)) = copy.as_ref() {
        if *seen == changes {
            return env.clone();
        }
    }
    let env: Environment = Arc::new(
        std::env::vars_os()
            .map(|(k, v)| {
                (
                    k.to_string_lossy().into_owned(),
                    v.to_string_lossy().into_owned(),
                )
            })
            .collect(),
    );
    *copy = Some((changes, env.clone()));
    env
}

/// Says that the environment changed: a program that embeds spindle and
/// sets variables itself calls this after, so that workers started later
/// see them (`process.env` says so itself).
pub fn environment_changed() {
    ENV_CHANGES.fetch_add(1, Ordering::Release);
}

/// `envSnapshot()`: [`environment`] as an object of strings.
fn env_snapshot(_scope: &mut OpScope) -> OpResult {
    Ok(env_object(&environment()))
}

/// An environment as a JavaScript object of strings.
pub fn env_object(vars: &[(String, String)]) -> Val {
    Val::Object(
        vars.iter()
            .map(|(k, v)| (k.clone(), Val::String(v.clone())))
            .collect(),
    )
}

/// `getEnv(key)`: the variable's current value, or `undefined`.
fn get_env(scope: &mut OpScope) -> OpResult {
    let key = scope.string(0)?;
    if key.is_empty() || key.contains('=') || key.contains('\0') {
        return Ok(Val::Undefined);
    }
    Ok(std::env::var_os(&key).map_or(Val::Undefined, |v| {
        Val::String(v.to_string_lossy().into_owned())
    }))
}

fn cwd(_scope: &mut OpScope) -> OpResult {
    std::env::current_dir()
        .map(|p| Val::String(p.display().to_string()))
        .map_err(|e| crate::fs::system_error(&e, "uv_cwd", None))
}

fn chdir(scope: &mut OpScope) -> OpResult {
    let dir = scope.string(0)?;
    std::env::set_current_dir(&dir).map_err(|e| {
        let mut err = crate::fs::system_error(&e, "chdir", Some(&dir));
        err.message = format!(
            "{}, chdir {} -> '{dir}'",
            err.message.split(',').next().unwrap_or_default(),
            std::env::current_dir()
                .map(|p| p.display().to_string())
                .unwrap_or_default()
        );
        err
    })?;
    Ok(Val::Undefined)
}

fn pid(_scope: &mut OpScope) -> OpResult {
    Ok(Val::Number(std::process::id() as f64))
}

fn ppid(_scope: &mut OpScope) -> OpResult {
    // SAFETY: getppid has no preconditions.
    Ok(Val::Number(unsafe { libc::getppid() } as f64))
}

/// `hrtime()` → `[seconds, nanoseconds]` of the monotonic clock.
fn hrtime(_scope: &mut OpScope) -> OpResult {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid out-pointer.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    Ok(Val::Array(vec![
        Val::Number(ts.tv_sec as f64),
        Val::Number(ts.tv_nsec as f64),
    ]))
}

/// Resident set size in bytes, from /proc/self/statm.
pub fn rss_bytes() -> f64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: f64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0.0);
    pages * 4096.0
}

fn rss(_scope: &mut OpScope) -> OpResult {
    Ok(Val::Number(rss_bytes()))
}

/// `cpuUsage()` → `[userMicros, systemMicros]` of the whole process.
fn cpu_usage(_scope: &mut OpScope) -> OpResult {
    // SAFETY: zeroed rusage is a valid out-value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: valid out-pointer.
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) };
    let micros = |t: libc::timeval| t.tv_sec as f64 * 1e6 + t.tv_usec as f64;
    Ok(Val::Array(vec![
        Val::Number(micros(usage.ru_utime)),
        Val::Number(micros(usage.ru_stime)),
    ]))
}

/// Writes all of `bytes` to a file descriptor, retrying short writes;
/// a closed pipe is ignored as node does for stdout.
pub fn write_fd(fd: i32, bytes: &[u8]) {
    let mut rest = bytes;
    while !rest.is_empty() {
        // SAFETY: writing from a valid slice to a descriptor we do not own.
        let n = unsafe { libc::write(fd, rest.as_ptr() as *const _, rest.len()) };
        if n < 0 {
            let err = std::io::Error::last_os_error();
            match err.kind() {
                std::io::ErrorKind::Interrupted => continue,
                std::io::ErrorKind::WouldBlock => {
                    let mut pfd = libc::pollfd {
                        fd,
                        events: libc::POLLOUT,
                        revents: 0,
                    };
                    // SAFETY: one valid pollfd.
                    unsafe { libc::poll(&mut pfd, 1, -1) };
                    continue;
                }
                _ => return,
            }
        }
        rest = &rest[n as usize..];
    }
}

/// `writeFd(fd, stringOrBytes)`: a synchronous write, as node does for
/// stdout and stderr on files and pipes (so nothing is lost at exit).
fn write_fd_op(scope: &mut OpScope) -> OpResult {
    let fd = scope.number(0)? as i32;
    match scope.value(1) {
        Val::String(s) => write_fd(fd, s.as_bytes()),
        Val::Bytes(b) => write_fd(fd, &b),
        _ => {
            return Err(OpError::type_error("data must be a string or a buffer")
                .with_code("ERR_INVALID_ARG_TYPE"))
        }
    }
    Ok(Val::Undefined)
}

fn isatty(scope: &mut OpScope) -> OpResult {
    let fd = scope.number(0)? as i32;
    // SAFETY: isatty accepts any integer.
    Ok(Val::Bool(unsafe { libc::isatty(fd) } == 1))
}

/// `reallyExit(code)`: stops this isolate now with `code` (the runtime
/// ends the process, or just the worker).
fn really_exit(scope: &mut OpScope) -> OpResult {
    let code = scope.number(0).unwrap_or(0.0) as i32;
    let cleanly = scope.truthy(1);
    scope.host(|h: &mut Host| {
        h.exit_code = Some(code);
        h.ended_cleanly = cleanly;
    });
    scope.stop_isolate();
    Ok(Val::Undefined)
}

/// `setOffThreadPending(bool)`: whether something another thread settles
/// is pending (see [`Host::off_thread_pending`]).
fn set_off_thread_pending(scope: &mut OpScope) -> OpResult {
    let pending = scope.truthy(0);
    scope.host(|h: &mut Host| h.off_thread_pending = pending);
    Ok(Val::Undefined)
}

fn set_env(scope: &mut OpScope) -> OpResult {
    let key = scope.string(0)?;
    if key.is_empty() || key.contains('=') || key.contains('\0') {
        return Ok(Val::Undefined);
    }
    if scope.is_undefined(1) {
        // SAFETY: environment mutation; spindle's threads read the
        // environment only through this same API, never concurrently with C code.
        unsafe { std::env::remove_var(&key) };
    } else {
        let value = scope.string(1)?;
        if !value.contains('\0') {
            // SAFETY: as above.
            unsafe { std::env::set_var(&key, value) };
        }
    }
    environment_changed();
    Ok(Val::Undefined)
}

fn umask(_scope: &mut OpScope) -> OpResult {
    // SAFETY: umask read-and-restore.
    let mask = unsafe {
        let m = libc::umask(0);
        libc::umask(m);
        m
    };
    Ok(Val::Number(mask as f64))
}

/// The process ops.
pub const OPS: &[Op] = &[
    Op::new("argv", argv),
    Op::new("execArgv", exec_argv),
    Op::new("execPath", exec_path),
    Op::new("envSnapshot", env_snapshot),
    Op::new("setEnv", set_env),
    Op::new("getEnv", get_env),
    Op::new("cwd", cwd),
    Op::new("chdir", chdir),
    Op::new("pid", pid),
    Op::new("ppid", ppid),
    Op::new("hrtime", hrtime),
    Op::new("rss", rss),
    Op::new("cpuUsage", cpu_usage),
    Op::new("writeFd", write_fd_op),
    Op::new("isatty", isatty),
    Op::new("reallyExit", really_exit),
    Op::new("setOffThreadPending", set_off_thread_pending),
    Op::new("umask", umask),
];

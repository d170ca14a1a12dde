//! Ops behind the `os` module: what the kernel says about this machine.

use spindle_core::{Op, OpResult, OpScope, Val};

fn c_chars(chars: &[libc::c_char]) -> String {
    let bytes: Vec<u8> = chars
        .iter()
        .take_while(|&&c| c != 0)
        .map(|&c| c as u8)
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// `uname()` → `[sysname, nodename, release, version, machine]`.
fn uname(_scope: &mut OpScope) -> OpResult {
    // SAFETY: zeroed utsname is a valid out-value.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: valid out-pointer.
    unsafe { libc::uname(&mut u) };
    Ok(Val::Array(
        [
            &u.sysname[..],
            &u.nodename[..],
            &u.release[..],
            &u.version[..],
            &u.machine[..],
        ]
        .iter()
        .map(|f| Val::String(c_chars(f)))
        .collect(),
    ))
}

fn meminfo_kb(key: &str) -> f64 {
    let text = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    text.lines()
        .find(|l| l.starts_with(key))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse::<f64>().ok())
        .unwrap_or(0.0)
}

/// `memory()` → `[totalBytes, freeBytes]` (free = MemAvailable, as libuv).
fn memory(_scope: &mut OpScope) -> OpResult {
    Ok(Val::Array(vec![
        Val::Number(meminfo_kb("MemTotal:") * 1024.0),
        Val::Number(meminfo_kb("MemAvailable:") * 1024.0),
    ]))
}

fn loadavg(_scope: &mut OpScope) -> OpResult {
    let text = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    Ok(Val::Array(
        text.split_whitespace()
            .take(3)
            .map(|n| Val::Number(n.parse().unwrap_or(0.0)))
            .collect(),
    ))
}

fn uptime(_scope: &mut OpScope) -> OpResult {
    let text = std::fs::read_to_string("/proc/uptime").unwrap_or_default();
    Ok(Val::Number(
        text.split_whitespace()
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or(0.0),
    ))
}

/// `cpus()` → `[[model, mhz, user, nice, sys, idle, irq], ...]` (times in ms).
fn cpus(_scope: &mut OpScope) -> OpResult {
    let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let field = |block: &str, key: &str| {
        block
            .lines()
            .find(|l| l.starts_with(key))
            .and_then(|l| l.split(':').nth(1))
            .map(|v| v.trim().to_string())
    };
    let blocks: Vec<&str> = info
        .split("\n\n")
        .filter(|b| b.contains("processor"))
        .collect();
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    // SAFETY: sysconf has no preconditions.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    let per_cpu: Vec<Vec<f64>> = stat
        .lines()
        .filter(|l| l.starts_with("cpu") && l.as_bytes().get(3).is_some_and(|c| c.is_ascii_digit()))
        .map(|l| {
            l.split_whitespace()
                .skip(1)
                .map(|n| n.parse::<f64>().unwrap_or(0.0) * 1000.0 / ticks)
                .collect()
        })
        .collect();
    let mut out = Vec::new();
    for (i, times) in per_cpu.iter().enumerate() {
        let block = blocks.get(i).copied().unwrap_or("");
        let model = field(block, "model name").unwrap_or_else(|| "unknown".into());
        let mhz = field(block, "cpu MHz")
            .and_then(|m| m.parse::<f64>().ok())
            .unwrap_or(0.0)
            .floor();
        let t = |k: usize| Val::Number(times.get(k).copied().unwrap_or(0.0));
        out.push(Val::Array(vec![
            Val::String(model),
            Val::Number(mhz),
            t(0),
            t(1),
            t(2),
            t(3),
            t(5),
        ]));
    }
    Ok(Val::Array(out))
}

/// `userInfo()` → `[uid, gid, username, homedir, shell]`.
fn user_info(_scope: &mut OpScope) -> OpResult {
    // SAFETY: getuid/getgid have no preconditions; getpwuid's result is
    // read immediately, on this thread, before any other passwd call.
    unsafe {
        let uid = libc::getuid();
        let gid = libc::getgid();
        let pw = libc::getpwuid(uid);
        let text = |p: *const libc::c_char| {
            if p.is_null() {
                String::new()
            } else {
                std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
            }
        };
        let (name, home, shell) = if pw.is_null() {
            Default::default()
        } else {
            (
                text((*pw).pw_name),
                text((*pw).pw_dir),
                text((*pw).pw_shell),
            )
        };
        Ok(Val::Array(vec![
            Val::Number(uid as f64),
            Val::Number(gid as f64),
            Val::String(name),
            Val::String(home),
            Val::String(shell),
        ]))
    }
}

fn available_parallelism(_scope: &mut OpScope) -> OpResult {
    Ok(Val::Number(
        std::thread::available_parallelism().map_or(1, |n| n.get()) as f64,
    ))
}

/// The os ops.
pub const OPS: &[Op] = &[
    Op::new("uname", uname),
    Op::new("memory", memory),
    Op::new("loadavg", loadavg),
    Op::new("uptime", uptime),
    Op::new("cpus", cpus),
    Op::new("userInfo", user_info),
    Op::new("availableParallelism", available_parallelism),
];

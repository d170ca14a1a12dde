//! Starting a program: the command line, environment, working directory and
//! standard I/O a spawn asks for, turned into a running process; and the
//! thread that waits for it to end.

use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};

use super::fds;
use super::streams::{start_thread, Latch};

/// How long a child's exit waits for its pipes' end-of-file at most.
const EXIT_AFTER_PIPES: std::time::Duration = std::time::Duration::from_millis(20);
use super::{post, Event};
use crate::host::InboxSender;

/// What one of the child's descriptors (its index) is connected to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// A new pipe whose other end the parent keeps.
    Pipe,
    /// Nothing (`/dev/null` for 0–2, closed above).
    Ignore,
    /// The IPC channel: a socket pair, the parent keeps one end.
    Ipc,
    /// A descriptor of the parent (`inherit` is the slot's own number).
    Fd(RawFd),
}

impl Slot {
    /// Parses the codes JavaScript sends: -1 pipe, -2 ignore, -3 ipc, else
    /// a descriptor.
    pub fn from_code(code: i64) -> Slot {
        match code {
            -1 => Slot::Pipe,
            -3 => Slot::Ipc,
            n if n >= 0 => Slot::Fd(n as RawFd),
            _ => Slot::Ignore,
        }
    }
}

/// Everything a spawn asks for.
#[derive(Debug, Default)]
pub struct SpawnRequest {
    /// The program (searched in `PATH` when it has no slash).
    pub file: String,
    /// The argument vector, `argv[0]` included.
    pub args: Vec<String>,
    /// `KEY=value` pairs, or `None` to pass this process's environment.
    pub env: Option<Vec<String>>,
    /// Pairs added to either.
    pub extra_env: Vec<String>,
    /// The working directory.
    pub cwd: Option<String>,
    /// The child's descriptors, by number.
    pub slots: Vec<Slot>,
    /// Start a new session (node's `detached`).
    pub detached: bool,
    /// `setuid` / `setgid` in the child.
    pub uid: Option<u32>,
    /// See `uid`.
    pub gid: Option<u32>,
}

/// A started process and the parent's ends of its pipes, by slot.
pub struct Spawned {
    /// Its process id.
    pub pid: i32,
    /// The parent's end of each `Pipe`/`Ipc` slot.
    pub ends: Vec<Option<OwnedFd>>,
}

fn split_pair(pair: &str) -> (&str, &str) {
    pair.split_once('=').unwrap_or((pair, ""))
}

/// Where a pipe slot's parent end goes: the child reads slot 0 and writes
/// the others.
fn pipe_for(index: usize) -> io::Result<(OwnedFd, OwnedFd)> {
    let (read, write) = fds::pipe()?;
    Ok(if index == 0 {
        (write, read)
    } else {
        (read, write)
    })
}

/// Starts the program. On failure, the error is why (`ENOENT` for a
/// missing program or working directory, `EACCES`, …).
pub fn spawn(req: &SpawnRequest) -> io::Result<Spawned> {
    let mut cmd = Command::new(&req.file);
    if let Some((first, rest)) = req.args.split_first() {
        cmd.arg0(first);
        cmd.args(rest);
    }
    if let Some(env) = &req.env {
        cmd.env_clear();
        for pair in env {
            let (k, v) = split_pair(pair);
            cmd.env(k, v);
        }
    }
    for pair in &req.extra_env {
        let (k, v) = split_pair(pair);
        cmd.env(k, v);
    }
    if let Some(cwd) = &req.cwd {
        cmd.current_dir(cwd);
    }
    if let Some(uid) = req.uid {
        cmd.uid(uid);
    }
    if let Some(gid) = req.gid {
        cmd.gid(gid);
    }

    let mut ends: Vec<Option<OwnedFd>> = Vec::with_capacity(req.slots.len());
    // Descriptors above 2: (target, source) for the child, and the child's
    // ends the parent must keep open until the spawn.
    let mut extra: Vec<(RawFd, RawFd)> = Vec::new();
    let mut keep: Vec<OwnedFd> = Vec::new();
    for (index, slot) in req.slots.iter().enumerate() {
        let (parent_end, child_end) = match slot {
            Slot::Pipe if index < 3 => {
                let (ours, theirs) = pipe_for(index)?;
                (Some(ours), Some(theirs))
            }
            Slot::Pipe | Slot::Ipc => {
                let (ours, theirs) = fds::socket_pair()?;
                (Some(ours), Some(theirs))
            }
            Slot::Ignore => (None, None),
            Slot::Fd(fd) => {
                if !fds::is_open(*fd) {
                    return Err(io::Error::from_raw_os_error(libc::EBADF));
                }
                if index < 3 && *fd == index as RawFd {
                    set_stdio(&mut cmd, index, Stdio::inherit());
                    ends.push(None);
                    continue;
                } else if index < 3 {
                    (None, Some(fds::dup(*fd)?))
                } else {
                    extra.push((index as RawFd, *fd));
                    (None, None)
                }
            }
        };
        ends.push(parent_end);
        let Some(child_end) = child_end else {
            if index < 3 && matches!(slot, Slot::Ignore) {
                set_stdio(&mut cmd, index, Stdio::null());
            }
            continue;
        };
        if index < 3 {
            set_stdio(&mut cmd, index, Stdio::from(child_end));
        } else {
            extra.push((index as RawFd, child_end.as_raw_fd()));
            keep.push(child_end);
        }
    }
    for index in req.slots.len()..3 {
        set_stdio(&mut cmd, index, Stdio::null());
    }
    if !extra.is_empty() || req.detached {
        let detached = req.detached;
        let base = extra.iter().map(|&(t, _)| t).max().unwrap_or(2) + 1;
        let mut temps = vec![-1; extra.len()];
        // SAFETY: the closure runs in the forked child before exec and only
        // makes async-signal-safe calls (setsid, fcntl, dup2) on memory
        // allocated before the fork.
        unsafe {
            cmd.pre_exec(move || {
                if detached && libc::setsid() < 0 {
                    return Err(io::Error::last_os_error());
                }
                // Move every source above all targets first, so that one
                // mapping cannot overwrite the source of another.
                for (i, &(_, source)) in extra.iter().enumerate() {
                    temps[i] = libc::fcntl(source, libc::F_DUPFD_CLOEXEC, base);
                    if temps[i] < 0 {
                        return Err(io::Error::last_os_error());
                    }
                }
                for (i, &(target, _)) in extra.iter().enumerate() {
                    if libc::dup2(temps[i], target) < 0 {
                        return Err(io::Error::last_os_error());
                    }
                }
                Ok(())
            });
        }
    }
    let child = cmd.spawn()?;
    drop(keep);
    let pid = child.id() as i32;
    // The process is reaped by `watch_exit`, not by `Child`.
    drop(child);
    Ok(Spawned { pid, ends })
}

fn set_stdio(cmd: &mut Command, index: usize, stdio: Stdio) {
    match index {
        0 => cmd.stdin(stdio),
        1 => cmd.stdout(stdio),
        _ => cmd.stderr(stdio),
    };
}

/// A running child: whether it has been reaped, so that a signal never
/// reaches another process that got its id later.
pub struct ProcState {
    pid: i32,
    reaped: Mutex<bool>,
}

impl ProcState {
    /// Sends signal `sig`; 0 or the negative errno (`ESRCH` once it ended).
    pub fn kill(&self, sig: i32) -> f64 {
        let reaped = self.reaped.lock().unwrap_or_else(|e| e.into_inner());
        if *reaped {
            return -(libc::ESRCH as f64);
        }
        // SAFETY: kill on a child we have not reaped yet.
        if unsafe { libc::kill(self.pid, sig) } < 0 {
            return fds::neg_errno(&io::Error::last_os_error());
        }
        0.0
    }
}

/// How a process ended: its exit code, or the signal that ended it.
pub fn decode_status(status: i32) -> (Option<i32>, i32) {
    if libc::WIFSIGNALED(status) {
        (None, libc::WTERMSIG(status))
    } else {
        (Some(libc::WEXITSTATUS(status)), 0)
    }
}

/// Waits for `pid` on a thread of its own and posts [`Event::Exit`] for
/// process `id` when it ends.
pub fn watch_exit(id: u64, pid: i32, inbox: InboxSender, readers: Arc<Latch>) -> Arc<ProcState> {
    let state = Arc::new(ProcState {
        pid,
        reaped: Mutex::new(false),
    });
    let shared = state.clone();
    let thread_inbox = inbox.clone();
    let started = start_thread("spindle-cp-wait", move || {
        // Wait without reaping, so that `kill` cannot race with the id
        // being freed; then reap under the lock.
        loop {
            // SAFETY: zeroed siginfo is a valid out-value.
            let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
            // SAFETY: waitid on our own child with a valid out-pointer.
            let r = unsafe {
                libc::waitid(
                    libc::P_PID,
                    pid as libc::id_t,
                    &mut info,
                    libc::WEXITED | libc::WNOWAIT,
                )
            };
            if r == 0 || io::Error::last_os_error().kind() != io::ErrorKind::Interrupted {
                break;
            }
        }
        let mut status = 0;
        {
            let mut reaped = shared.reaped.lock().unwrap_or_else(|e| e.into_inner());
            // SAFETY: reaping our own child with a valid out-pointer.
            unsafe { libc::waitpid(pid, &mut status, 0) };
            *reaped = true;
        }
        // What the pipes still carry goes first, as in node; a pipe held
        // open by a grandchild (or paused by JavaScript) delays it little.
        readers.wait(EXIT_AFTER_PIPES);
        let (code, signal) = decode_status(status);
        post(&thread_inbox, Event::Exit { id, code, signal });
    });
    if !started {
        post(
            &inbox,
            Event::Exit {
                id,
                code: Some(-1),
                signal: 0,
            },
        );
    }
    state
}

/// Takes ownership of descriptor `fd` this process inherited (the IPC
/// channel of a forked child), if it is open.
pub fn adopt_fd(fd: RawFd) -> io::Result<OwnedFd> {
    if !fds::is_open(fd) {
        return Err(io::Error::from_raw_os_error(libc::EBADF));
    }
    fds::set_cloexec(fd)?;
    // SAFETY: the descriptor is open and nothing else in this process owns
    // it: it was handed to us by our parent for the channel alone.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

//! `spawnSync`: runs a program to its end on the calling thread, feeding
//! its input and collecting its output in one `poll` loop, with node's
//! timeout and `maxBuffer` rules.

use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::time::{Duration, Instant};

use super::fds::{self, WriteKind};
use super::spawn::{decode_status, spawn, SpawnRequest};

/// Limits and input of a synchronous run.
#[derive(Debug, Default)]
pub struct SyncOptions {
    /// Bytes written to the child's stdin (slot 0 when it is a pipe).
    pub input: Vec<u8>,
    /// Kill the child after this long (`None`: no limit).
    pub timeout: Option<Duration>,
    /// The signal sent on timeout or when output exceeds `max_buffer`.
    pub kill_signal: i32,
    /// Bytes of output allowed per pipe.
    pub max_buffer: f64,
}

/// How a synchronous run ended.
#[derive(Debug, Default)]
pub struct SyncResult {
    /// The child's process id (0 when it could not start).
    pub pid: i32,
    /// What each readable pipe slot produced (`None` for other slots), or
    /// nothing at all when the child could not start.
    pub output: Option<Vec<Option<Vec<u8>>>>,
    /// Its exit code, when it exited.
    pub status: Option<i32>,
    /// The signal that ended it (0: none).
    pub signal: i32,
    /// The (positive) errno of the run's failure: the spawn's, `ETIMEDOUT`
    /// or `ENOBUFS` (0: none).
    pub error: i32,
}

/// One pipe of the running child.
struct Pipe {
    slot: usize,
    fd: OwnedFd,
    /// The write side (the child's stdin) rather than a read side.
    input: bool,
}

/// Runs the program described by `req` to its end.
pub fn run(req: &SpawnRequest, options: &SyncOptions) -> SyncResult {
    let spawned = match spawn(req) {
        Ok(s) => s,
        Err(e) => {
            return SyncResult {
                error: e.raw_os_error().unwrap_or(libc::EIO),
                ..SyncResult::default()
            }
        }
    };
    let pid = spawned.pid;
    let mut output: Vec<Option<Vec<u8>>> = vec![None; req.slots.len()];
    let mut pipes = Vec::new();
    for (slot, end) in spawned.ends.into_iter().enumerate() {
        let Some(fd) = end else { continue };
        let input = slot == 0;
        if input && options.input.is_empty() {
            // Nothing to feed: the child sees end-of-file at once.
            continue;
        }
        let _ = fds::set_nonblocking(fd.as_raw_fd(), true);
        if !input {
            output[slot] = Some(Vec::new());
        }
        pipes.push(Pipe { slot, fd, input });
    }
    let mut run = Running {
        pid,
        pidfd: pidfd_open(pid),
        pipes,
        written: 0,
        status: None,
        error: 0,
        killed: false,
        deadline: options.timeout.map(|t| Instant::now() + t),
    };
    run.until_done(options, &mut output);
    let (status, signal) = match run.status {
        Some(raw) => decode_status(raw),
        None => (None, 0),
    };
    SyncResult {
        pid,
        output: Some(output),
        status,
        signal,
        error: run.error,
    }
}

struct Running {
    pid: i32,
    pidfd: Option<OwnedFd>,
    pipes: Vec<Pipe>,
    written: usize,
    /// The raw wait status once reaped.
    status: Option<i32>,
    error: i32,
    killed: bool,
    deadline: Option<Instant>,
}

impl Running {
    fn until_done(&mut self, options: &SyncOptions, output: &mut [Option<Vec<u8>>]) {
        while self.status.is_none() || !self.pipes.is_empty() {
            let mut polls: Vec<libc::pollfd> = self
                .pipes
                .iter()
                .map(|p| libc::pollfd {
                    fd: p.fd.as_raw_fd(),
                    events: if p.input { libc::POLLOUT } else { libc::POLLIN },
                    revents: 0,
                })
                .collect();
            let watch_exit = self.status.is_none();
            if let (true, Some(pidfd)) = (watch_exit, &self.pidfd) {
                polls.push(libc::pollfd {
                    fd: pidfd.as_raw_fd(),
                    events: libc::POLLIN,
                    revents: 0,
                });
            }
            let wait = self.poll_timeout(watch_exit);
            // SAFETY: a valid array of pollfds for its length.
            let n = unsafe { libc::poll(polls.as_mut_ptr(), polls.len() as libc::nfds_t, wait) };
            if n < 0 && io::Error::last_os_error().kind() != io::ErrorKind::Interrupted {
                break;
            }
            let ready: Vec<bool> = polls.iter().map(|p| p.revents != 0).collect();
            self.service_pipes(&ready, options, output);
            if watch_exit {
                self.try_reap();
                if self.status.is_some() && self.killed {
                    // Killed: what it started may hold the pipes open, so
                    // take what is there now and stop waiting (as node).
                    let all = vec![true; self.pipes.len()];
                    self.service_pipes(&all, options, output);
                    self.pipes.clear();
                }
            }
            if self.status.is_none() && !self.killed {
                if let Some(deadline) = self.deadline {
                    if Instant::now() >= deadline {
                        self.error = libc::ETIMEDOUT;
                        self.kill(options.kill_signal);
                    }
                }
            }
        }
    }

    /// How long one `poll` may wait: until the deadline, and in short
    /// steps when exit cannot be watched through a pidfd.
    fn poll_timeout(&self, watch_exit: bool) -> i32 {
        let mut wait = -1i64;
        if let (Some(deadline), false) = (self.deadline, self.killed) {
            let left = deadline.saturating_duration_since(Instant::now());
            wait = left.as_millis() as i64 + 1;
        }
        if watch_exit && self.pidfd.is_none() && !(0..=10).contains(&wait) {
            wait = 10;
        }
        wait.min(i32::MAX as i64) as i32
    }

    fn service_pipes(
        &mut self,
        ready: &[bool],
        options: &SyncOptions,
        output: &mut [Option<Vec<u8>>],
    ) {
        let mut closed = Vec::new();
        let mut buf = vec![0u8; 64 * 1024];
        for (i, pipe) in self.pipes.iter().enumerate() {
            if !ready.get(i).copied().unwrap_or(false) {
                continue;
            }
            if pipe.input {
                let rest = &options.input[self.written..];
                match fds::try_write(&pipe.fd, WriteKind::Pipe, rest) {
                    Ok(n) => {
                        self.written += n;
                        if self.written >= options.input.len() {
                            closed.push(i);
                        }
                    }
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                    // The child stopped reading (EPIPE): its loss.
                    Err(_) => closed.push(i),
                }
                continue;
            }
            let out = output[pipe.slot].get_or_insert_with(Vec::new);
            loop {
                match fds::read(pipe.fd.as_raw_fd(), &mut buf) {
                    Ok(0) => {
                        closed.push(i);
                        break;
                    }
                    Ok(n) => out.extend_from_slice(&buf[..n]),
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                    Err(_) => {
                        closed.push(i);
                        break;
                    }
                }
            }
            if out.len() as f64 > options.max_buffer && self.error == 0 {
                self.error = libc::ENOBUFS;
                if self.status.is_none() && !self.killed {
                    self.killed = true;
                    // SAFETY: the child is not reaped yet.
                    unsafe { libc::kill(self.pid, options.kill_signal) };
                }
            }
        }
        for i in closed.into_iter().rev() {
            self.pipes.remove(i);
        }
    }

    fn kill(&mut self, signal: i32) {
        self.killed = true;
        // SAFETY: the child is not reaped yet (status is None).
        unsafe { libc::kill(self.pid, signal) };
    }

    fn try_reap(&mut self) {
        let mut status = 0;
        // SAFETY: reaping our own child with a valid out-pointer.
        let r = unsafe { libc::waitpid(self.pid, &mut status, libc::WNOHANG) };
        if r == self.pid {
            self.status = Some(status);
        } else if r < 0 {
            // Not our child any more (should not happen): stop waiting.
            self.status = Some(0);
        }
    }
}

/// A descriptor that becomes readable when `pid` ends (Linux 5.3+).
fn pidfd_open(pid: i32) -> Option<OwnedFd> {
    // SAFETY: the raw system call with plain integer arguments.
    let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) } as RawFd;
    // SAFETY: a fresh descriptor owned by nobody else.
    (fd >= 0).then(|| unsafe { OwnedFd::from_raw_fd(fd) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::child_process::spawn::Slot;

    fn sh(script: &str) -> SpawnRequest {
        SpawnRequest {
            file: "sh".into(),
            args: vec!["sh".into(), "-c".into(), script.into()],
            slots: vec![Slot::Pipe, Slot::Pipe, Slot::Pipe],
            ..SpawnRequest::default()
        }
    }

    fn options() -> SyncOptions {
        SyncOptions {
            kill_signal: libc::SIGTERM,
            max_buffer: f64::INFINITY,
            ..SyncOptions::default()
        }
    }

    #[test]
    fn feeds_input_and_collects_output() {
        let opts = SyncOptions {
            input: b"abc".to_vec(),
            ..options()
        };
        let r = run(&sh("tr a-z A-Z; echo err >&2; exit 3"), &opts);
        let out = r.output.unwrap();
        assert_eq!(out[1].as_deref(), Some(&b"ABC"[..]));
        assert_eq!(out[2].as_deref(), Some(&b"err\n"[..]));
        assert_eq!((r.status, r.signal, r.error), (Some(3), 0, 0));
    }

    #[test]
    fn timeout_kills_with_the_signal() {
        let opts = SyncOptions {
            timeout: Some(Duration::from_millis(20)),
            kill_signal: libc::SIGKILL,
            ..options()
        };
        let r = run(&sh("sleep 30"), &opts);
        assert_eq!(
            (r.status, r.signal, r.error),
            (None, libc::SIGKILL, libc::ETIMEDOUT)
        );
    }

    #[test]
    fn missing_program_is_an_error_not_a_run() {
        let req = SpawnRequest {
            file: "no-such-program-here".into(),
            args: vec!["no-such-program-here".into()],
            ..SpawnRequest::default()
        };
        let r = run(&req, &options());
        assert_eq!((r.pid, r.error), (0, libc::ENOENT));
        assert!(r.output.is_none());
    }
}

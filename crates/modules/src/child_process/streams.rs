//! The parent's ends of a child's pipes and of an IPC channel.
//!
//! Reading: a small thread per readable end reads in blocking mode and posts
//! each chunk to the owning isolate ([`Event::Data`], then [`Event::End`]);
//! JavaScript pauses it when its stream buffer is full (backpressure), and
//! the thread then waits before its next read.
//!
//! Writing never blocks the JavaScript thread: a write is tried at once
//! without blocking; what does not fit is queued for a writer thread that
//! waits for room, finishes it in order and posts [`Event::WriteDone`]. The
//! thread exists only while a queue does.

use std::collections::VecDeque;
use std::os::fd::{AsRawFd, OwnedFd};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};

use super::fds::{self, WriteKind};
use super::{post, Event};
use crate::host::InboxSender;

/// Bytes asked for per read.
const READ_CHUNK: usize = 64 * 1024;
/// Stack size of the helper threads (they only move bytes).
const STACK: usize = 128 * 1024;

/// Starts a helper thread; false when the system refuses one.
pub fn start_thread(name: &str, job: impl FnOnce() + Send + 'static) -> bool {
    std::thread::Builder::new()
        .name(name.into())
        .stack_size(STACK)
        .spawn(job)
        .is_ok()
}

/// Flow control of one reading thread.
#[derive(Default)]
pub struct ReadControl {
    paused: Mutex<bool>,
    resumed: Condvar,
    cancelled: AtomicBool,
}

impl ReadControl {
    /// Pauses (`false`) or resumes (`true`) reading.
    pub fn set_flowing(&self, flowing: bool) {
        let mut paused = self.paused.lock().unwrap_or_else(|e| e.into_inner());
        *paused = !flowing;
        if flowing {
            self.resumed.notify_one();
        }
    }

    /// Stops delivering: the thread ends at its next wake-up.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Release);
        self.set_flowing(true);
    }

    fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Acquire)
    }

    /// Waits while paused; false once cancelled.
    fn wait_flowing(&self) -> bool {
        let mut paused = self.paused.lock().unwrap_or_else(|e| e.into_inner());
        while *paused && !self.is_cancelled() {
            paused = self.resumed.wait(paused).unwrap_or_else(|e| e.into_inner());
        }
        !self.is_cancelled()
    }
}

/// Counts readers still running, so that a child's exit can be reported
/// after what its pipes delivered (node sees a pipe's end-of-file before
/// the child's exit, since a process closes its descriptors first).
pub struct Latch {
    open: Mutex<usize>,
    done: Condvar,
}

impl Latch {
    /// A latch waiting for `count` readers.
    pub fn new(count: usize) -> Arc<Latch> {
        Arc::new(Latch {
            open: Mutex::new(count),
            done: Condvar::new(),
        })
    }

    fn count_down(&self) {
        let mut open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        *open = open.saturating_sub(1);
        if *open == 0 {
            self.done.notify_all();
        }
    }

    /// Waits until every reader ended, or `limit` passed.
    pub fn wait(&self, limit: std::time::Duration) {
        let open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        let _ = self
            .done
            .wait_timeout_while(open, limit, |open| *open > 0)
            .map_err(|e| e.into_inner());
    }
}

/// Starts reading `fd` for stream `id` of the isolate behind `inbox`;
/// `latch` (if any) is counted down when reading ends.
pub fn start_reader(
    id: u64,
    fd: Arc<OwnedFd>,
    inbox: InboxSender,
    latch: Option<Arc<Latch>>,
) -> Arc<ReadControl> {
    let ctl = Arc::new(ReadControl::default());
    let thread_ctl = ctl.clone();
    let thread_inbox = inbox.clone();
    let thread_latch = latch.clone();
    let started = start_thread("spindle-cp-read", move || {
        read_loop(id, &fd, &thread_inbox, &thread_ctl);
        if let Some(latch) = thread_latch {
            latch.count_down();
        }
    });
    if !started {
        post(
            &inbox,
            Event::End {
                id,
                errno: -(libc::EAGAIN as f64),
            },
        );
        if let Some(latch) = latch {
            latch.count_down();
        }
    }
    ctl
}

fn read_loop(id: u64, fd: &OwnedFd, inbox: &InboxSender, ctl: &ReadControl) {
    let mut buf = vec![0u8; READ_CHUNK];
    loop {
        if !ctl.wait_flowing() {
            return;
        }
        match fds::read(fd.as_raw_fd(), &mut buf) {
            Ok(0) => break,
            Ok(n) => {
                if ctl.is_cancelled() {
                    return;
                }
                let bytes = buf[..n].to_vec();
                if !post(inbox, Event::Data { id, bytes }) {
                    return;
                }
            }
            Err(e) if e.raw_os_error() == Some(libc::ECONNRESET) => break,
            Err(e) => {
                if !ctl.is_cancelled() {
                    post(
                        inbox,
                        Event::End {
                            id,
                            errno: fds::neg_errno(&e),
                        },
                    );
                }
                return;
            }
        }
    }
    if !ctl.is_cancelled() {
        post(inbox, Event::End { id, errno: 0.0 });
    }
}

/// What became of a write.
pub enum WriteOutcome {
    /// Written completely, now.
    Done,
    /// Queued as request `n`: [`Event::WriteDone`] follows.
    Queued(u64),
    /// Failed now with this (negative) errno.
    Failed(f64),
}

#[derive(Default)]
struct WriteState {
    queue: VecDeque<(u64, Vec<u8>)>,
    /// A writer thread is running (it owns the queue's head).
    busy: bool,
    /// Close once the queue is written.
    closing: bool,
    next_req: u64,
    /// Bytes waiting in the queue.
    queued: usize,
}

/// The writing side of a pipe or channel.
pub struct Writer {
    id: u64,
    fd: Arc<OwnedFd>,
    kind: WriteKind,
    inbox: InboxSender,
    state: Mutex<WriteState>,
    /// Set once closed: later writes fail with EPIPE.
    closed: AtomicBool,
}

impl Writer {
    /// A writer for stream `id`; `fd` is made non-blocking when it is a pipe.
    pub fn new(id: u64, fd: Arc<OwnedFd>, inbox: InboxSender) -> Arc<Writer> {
        let kind = if fds::is_socket(fd.as_raw_fd()) {
            WriteKind::Socket
        } else {
            let _ = fds::set_nonblocking(fd.as_raw_fd(), true);
            WriteKind::Pipe
        };
        Arc::new(Writer {
            id,
            fd,
            kind,
            inbox,
            state: Mutex::new(WriteState::default()),
            closed: AtomicBool::new(false),
        })
    }

    /// Bytes queued and not yet written.
    pub fn queued_bytes(&self) -> usize {
        self.lock().queued
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, WriteState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Writes `bytes` in order after everything written before.
    pub fn write(self: &Arc<Self>, bytes: Vec<u8>) -> WriteOutcome {
        if self.closed.load(Ordering::Acquire) {
            return WriteOutcome::Failed(-(libc::EPIPE as f64));
        }
        let mut state = self.lock();
        let mut rest = &bytes[..];
        if !state.busy {
            while !rest.is_empty() {
                match fds::try_write(&self.fd, self.kind, rest) {
                    Ok(n) => rest = &rest[n..],
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => break,
                    Err(e) => return WriteOutcome::Failed(fds::neg_errno(&e)),
                }
            }
            if rest.is_empty() {
                return WriteOutcome::Done;
            }
        }
        state.next_req += 1;
        let req = state.next_req;
        state.queued += rest.len();
        state.queue.push_back((req, rest.to_vec()));
        if !state.busy {
            state.busy = true;
            let me = self.clone();
            if !start_thread("spindle-cp-write", move || me.drain()) {
                state.busy = false;
                state.queue.pop_back();
                state.queued -= rest.len();
                return WriteOutcome::Failed(-(libc::EAGAIN as f64));
            }
        }
        WriteOutcome::Queued(req)
    }

    /// The writer thread: writes the queue in order, then ends.
    fn drain(self: Arc<Self>) {
        loop {
            let item = {
                let mut state = self.lock();
                match state.queue.pop_front() {
                    Some(item) => item,
                    None => {
                        state.busy = false;
                        if state.closing {
                            self.finish_close();
                        }
                        return;
                    }
                }
            };
            let (req, bytes) = item;
            let result = fds::write_all(&self.fd, self.kind, &bytes);
            self.lock().queued -= bytes.len();
            let errno = result.as_ref().map_or_else(fds::neg_errno, |_| 0.0);
            post(
                &self.inbox,
                Event::WriteDone {
                    id: self.id,
                    req,
                    errno,
                },
            );
            if result.is_err() {
                // Nothing after a failed write can arrive in order: fail
                // the rest the same way.
                let rest: Vec<_> = {
                    let mut state = self.lock();
                    state.queued = 0;
                    state.queue.drain(..).collect()
                };
                for (req, _) in rest {
                    let done = Event::WriteDone {
                        id: self.id,
                        req,
                        errno,
                    };
                    post(&self.inbox, done);
                }
            }
        }
    }

    /// Closes the writing side once everything queued is written.
    pub fn close(&self) {
        if self.closed.swap(true, Ordering::AcqRel) {
            return;
        }
        let mut state = self.lock();
        if state.busy {
            state.closing = true;
        } else {
            drop(state);
            self.finish_close();
        }
    }

    fn finish_close(&self) {
        // A socket is shared with its reading thread: shutting it down
        // ends that thread too and tells the peer at once.
        if self.kind == WriteKind::Socket {
            fds::shutdown(&self.fd);
        }
    }
}

//! One open stream socket (TCP or Unix) and the two tasks that serve it on
//! the network reactor.
//!
//! - The *reader* reads up to [`READ_SIZE`] bytes at a time into a queue
//!   of chunks, and tells the owning isolate when the queue stops being
//!   empty (one `Data` event per batch); JavaScript takes the chunks with
//!   `netRead` (each one's memory becomes its Buffer's, without a copy).
//!   The reader stops while JavaScript has paused the socket (`readStop`)
//!   or while more than [`UNACKED_LIMIT`] bytes wait untaken, so a busy or
//!   paused reader never makes the runtime buffer without bound.
//! - Writes are tried at once on the isolate's thread ([`Conn::write_now`]:
//!   a non-blocking `send`, as libuv's `uv_try_write`); only what the kernel
//!   does not take is queued, and the *writer* task sends it when the socket
//!   becomes writable, then posts `WriteDone`.

use std::collections::VecDeque;
use std::io;
use std::os::fd::{AsRawFd, RawFd};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use bytes::{Buf, Bytes};
use spindle_core::Val;
use tokio::io::Interest;
use tokio::net::{TcpStream, UnixStream};
use tokio::sync::Notify;
use tokio::task::AbortHandle;

use super::{id_val, post, EventKind, Extra};
use crate::host::InboxSender;

/// Bytes asked of the kernel per read. node reads 64 KiB at a time; a
/// larger read here means fewer hand-overs between the network reactor and
/// the isolate when data streams in (a short read shrinks its buffer).
const READ_SIZE: usize = 256 * 1024;

/// Bytes posted to the isolate and not yet taken by it past which the
/// reader waits.
const UNACKED_LIMIT: usize = 512 * 1024;

/// A connected stream socket of either kind.
#[derive(Debug)]
pub enum Io {
    /// TCP.
    Tcp(TcpStream),
    /// A Unix domain socket.
    Unix(UnixStream),
}

impl Io {
    async fn readable(&self) -> io::Result<()> {
        match self {
            Io::Tcp(s) => s.readable().await,
            Io::Unix(s) => s.readable().await,
        }
    }

    async fn writable(&self) -> io::Result<()> {
        match self {
            Io::Tcp(s) => s.writable().await,
            Io::Unix(s) => s.writable().await,
        }
    }

    /// Reads into the spare capacity of `buf` without waiting.
    fn try_read_buf(&self, buf: &mut Vec<u8>) -> io::Result<usize> {
        let fd = self.fd();
        let spare = buf.spare_capacity_mut();
        let read = || {
            // SAFETY: `spare` is writable memory of `spare.len()` bytes that
            // nothing else uses during the call.
            let n = unsafe { libc::recv(fd, spare.as_mut_ptr().cast(), spare.len(), 0) };
            if n < 0 {
                Err(io::Error::last_os_error())
            } else {
                Ok(n as usize)
            }
        };
        let n = match self {
            Io::Tcp(s) => s.try_io(Interest::READABLE, read),
            Io::Unix(s) => s.try_io(Interest::READABLE, read),
        }?;
        // SAFETY: the kernel initialised the first `n` bytes of the spare
        // capacity.
        unsafe { buf.set_len(n) };
        Ok(n)
    }

    fn try_write(&self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Io::Tcp(s) => s.try_write(buf),
            Io::Unix(s) => s.try_write(buf),
        }
    }

    fn fd(&self) -> RawFd {
        match self {
            Io::Tcp(s) => s.as_raw_fd(),
            Io::Unix(s) => s.as_raw_fd(),
        }
    }
}

/// What waits to be written, and what JavaScript waits for.
#[derive(Debug, Default)]
struct Outgoing {
    chunks: VecDeque<Bytes>,
    /// JavaScript waits for a `WriteDone` once the queue is empty.
    owed: bool,
    /// Writing failed with this errno; later writes fail the same way.
    error: Option<i32>,
}

/// Chunks read and not yet taken by the isolate.
#[derive(Debug, Default)]
struct Incoming {
    chunks: VecDeque<Vec<u8>>,
    /// A `Data` event is on its way (or the isolate is taking chunks).
    notified: bool,
}

/// How a write from JavaScript went.
#[derive(Debug, PartialEq, Eq)]
pub enum Written {
    /// The kernel took all of it.
    Done,
    /// Part of it is queued; `WriteDone` (or `WriteError`) follows.
    Queued,
    /// It failed with this errno.
    Failed(i32),
}

/// A socket shared by its isolate and its tasks.
#[derive(Debug)]
pub struct Conn {
    /// The id JavaScript knows it by.
    pub id: u64,
    io: Io,
    inbox: InboxSender,
    reading: AtomicBool,
    unacked: AtomicUsize,
    incoming: Mutex<Incoming>,
    read_wake: Notify,
    out: Mutex<Outgoing>,
    write_wake: Notify,
}

/// The errno of an I/O error (EIO when it has none).
pub fn errno(e: &io::Error) -> i32 {
    e.raw_os_error().unwrap_or(libc::EIO)
}

impl Conn {
    /// A socket owned by `inbox`'s isolate; reading starts as soon as its
    /// tasks do.
    pub fn new(id: u64, io: Io, inbox: InboxSender) -> Arc<Conn> {
        Arc::new(Conn {
            id,
            io,
            inbox,
            reading: AtomicBool::new(true),
            unacked: AtomicUsize::new(0),
            incoming: Mutex::new(Incoming::default()),
            read_wake: Notify::new(),
            out: Mutex::new(Outgoing::default()),
            write_wake: Notify::new(),
        })
    }

    /// Starts its reader and writer on the current (network) runtime.
    pub fn start(self: &Arc<Conn>) -> [AbortHandle; 2] {
        let reader = tokio::spawn(read_loop(self.clone()));
        let writer = tokio::spawn(write_loop(self.clone()));
        [reader.abort_handle(), writer.abort_handle()]
    }

    /// Starts (true) or stops (false) reading.
    pub fn set_reading(&self, on: bool) {
        self.reading.store(on, Ordering::Release);
        if on {
            self.read_wake.notify_one();
        }
    }

    /// The next chunk read, for the isolate; `None` when there is none
    /// (then the next chunk is announced with a `Data` event).
    pub fn take_chunk(&self) -> Option<Vec<u8>> {
        let mut incoming = self.incoming.lock().unwrap_or_else(|e| e.into_inner());
        let Some(chunk) = incoming.chunks.pop_front() else {
            incoming.notified = false;
            return None;
        };
        drop(incoming);
        let len = chunk.capacity();
        let before = self.unacked.fetch_sub(len, Ordering::AcqRel);
        if before >= UNACKED_LIMIT && before - len < UNACKED_LIMIT {
            self.read_wake.notify_one();
        }
        Some(chunk)
    }

    /// Queues a chunk the reader read; false when the isolate is gone.
    fn queue_chunk(&self, chunk: Vec<u8>) -> bool {
        self.unacked.fetch_add(chunk.capacity(), Ordering::AcqRel);
        let mut incoming = self.incoming.lock().unwrap_or_else(|e| e.into_inner());
        incoming.chunks.push_back(chunk);
        if incoming.notified {
            return true;
        }
        incoming.notified = true;
        drop(incoming);
        post_kind(self, EventKind::Data, None)
    }

    fn may_read(&self) -> bool {
        self.reading.load(Ordering::Acquire) && self.unacked.load(Ordering::Acquire) < UNACKED_LIMIT
    }

    fn outgoing(&self) -> std::sync::MutexGuard<'_, Outgoing> {
        self.out.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Writes `bytes` now as far as the kernel takes them; queues the rest
    /// for the writer. Called on the isolate's thread.
    pub fn write_now(&self, bytes: &[u8]) -> Written {
        let mut out = self.outgoing();
        if let Some(errno) = out.error {
            return Written::Failed(errno);
        }
        let mut sent = 0;
        if out.chunks.is_empty() {
            while sent < bytes.len() {
                match send(self.io.fd(), &bytes[sent..]) {
                    Ok(n) => sent += n,
                    Err(libc::EINTR) => {}
                    Err(libc::EAGAIN) => break,
                    Err(errno) => {
                        out.error = Some(errno);
                        return Written::Failed(errno);
                    }
                }
            }
            if sent == bytes.len() {
                return Written::Done;
            }
        }
        out.chunks.push_back(Bytes::copy_from_slice(&bytes[sent..]));
        out.owed = true;
        drop(out);
        self.write_wake.notify_one();
        Written::Queued
    }

    /// Ends the sending side (`shutdown(SHUT_WR)`); the errno on failure.
    pub fn shutdown_write(&self) -> Result<(), i32> {
        // SAFETY: the descriptor stays open while `self` (which owns it) lives.
        let r = unsafe { libc::shutdown(self.io.fd(), libc::SHUT_WR) };
        if r == 0 {
            Ok(())
        } else {
            Err(errno(&io::Error::last_os_error()))
        }
    }

    /// Makes closing send a reset (RST) instead of a FIN.
    pub fn set_reset_on_close(&self) {
        let linger = libc::linger {
            l_onoff: 1,
            l_linger: 0,
        };
        set_option(self.io.fd(), libc::SOL_SOCKET, libc::SO_LINGER, &linger);
    }

    /// Turns Nagle's algorithm off (true) or on (TCP only).
    pub fn set_no_delay(&self, on: bool) {
        if let Io::Tcp(s) = &self.io {
            let _ = s.set_nodelay(on);
        }
    }

    /// Turns TCP keep-alive probes on or off, the first after `delay_s`
    /// seconds of idleness when given.
    pub fn set_keep_alive(&self, on: bool, delay_s: i32) {
        if let Io::Tcp(s) = &self.io {
            let fd = s.as_raw_fd();
            set_option(fd, libc::SOL_SOCKET, libc::SO_KEEPALIVE, &(on as i32));
            if on && delay_s > 0 {
                set_option(fd, libc::IPPROTO_TCP, libc::TCP_KEEPIDLE, &delay_s);
            }
        }
    }
}

/// A non-blocking `send` without SIGPIPE; the errno on failure.
fn send(fd: RawFd, bytes: &[u8]) -> Result<usize, i32> {
    // SAFETY: `bytes` is a live slice for the duration of the call and `fd`
    // an open socket owned by the caller.
    let n = unsafe {
        libc::send(
            fd,
            bytes.as_ptr().cast(),
            bytes.len(),
            libc::MSG_NOSIGNAL | libc::MSG_DONTWAIT,
        )
    };
    if n >= 0 {
        Ok(n as usize)
    } else {
        Err(errno(&io::Error::last_os_error()))
    }
}

fn set_option<T>(fd: RawFd, level: i32, name: i32, value: &T) {
    // SAFETY: `value` points to a live `T` whose size is passed with it.
    unsafe {
        libc::setsockopt(
            fd,
            level,
            name,
            (value as *const T).cast(),
            std::mem::size_of::<T>() as libc::socklen_t,
        );
    }
}

fn post_kind(conn: &Conn, kind: EventKind, extra: Option<Val>) -> bool {
    let mut args = vec![kind.val(), id_val(conn.id)];
    args.extend(extra);
    post(&conn.inbox, args, Extra::None)
}

async fn read_loop(conn: Arc<Conn>) {
    loop {
        while !conn.may_read() {
            conn.read_wake.notified().await;
        }
        if let Err(e) = conn.io.readable().await {
            post_kind(
                &conn,
                EventKind::ReadError,
                Some(Val::Number(errno(&e) as f64)),
            );
            return;
        }
        if !conn.may_read() {
            continue;
        }
        let mut buf = Vec::with_capacity(READ_SIZE);
        match conn.io.try_read_buf(&mut buf) {
            Ok(0) => {
                post_kind(&conn, EventKind::End, None);
                return;
            }
            Ok(n) => {
                // A short read gives back the rest of its buffer (glibc
                // shrinks in place).
                if n < READ_SIZE / 2 {
                    buf.shrink_to_fit();
                }
                if !conn.queue_chunk(buf) {
                    return;
                }
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => {
                post_kind(
                    &conn,
                    EventKind::ReadError,
                    Some(Val::Number(errno(&e) as f64)),
                );
                return;
            }
        }
    }
}

/// What one pass over the queue ended with.
enum Flush {
    Empty { owed: bool },
    Blocked,
    Failed(i32),
}

fn flush(conn: &Conn) -> Flush {
    let mut out = conn.outgoing();
    if let Some(errno) = out.error {
        out.chunks.clear();
        out.owed = false;
        return Flush::Failed(errno);
    }
    while let Some(front) = out.chunks.front_mut() {
        match conn.io.try_write(front) {
            Ok(n) => {
                front.advance(n);
                if front.is_empty() {
                    out.chunks.pop_front();
                }
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Flush::Blocked,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => {
                let errno = errno(&e);
                out.error = Some(errno);
                out.chunks.clear();
                out.owed = false;
                return Flush::Failed(errno);
            }
        }
    }
    Flush::Empty {
        owed: std::mem::take(&mut out.owed),
    }
}

async fn write_loop(conn: Arc<Conn>) {
    loop {
        conn.write_wake.notified().await;
        loop {
            match flush(&conn) {
                Flush::Empty { owed } => {
                    if owed && !post_kind(&conn, EventKind::WriteDone, None) {
                        return;
                    }
                    break;
                }
                Flush::Blocked => {
                    if let Err(e) = conn.io.writable().await {
                        conn.outgoing().error = Some(errno(&e));
                    }
                }
                Flush::Failed(errno) => {
                    post_kind(
                        &conn,
                        EventKind::WriteError,
                        Some(Val::Number(errno as f64)),
                    );
                    return;
                }
            }
        }
    }
}

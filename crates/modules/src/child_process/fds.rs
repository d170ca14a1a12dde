//! Small wrappers over the file-descriptor system calls the child-process
//! code needs: non-blocking writes to pipes and sockets, reads, waiting for
//! readiness, and the descriptor flags.

use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};

/// The negative errno of an I/O error, as node reports them (`-2` ENOENT).
pub fn neg_errno(e: &io::Error) -> f64 {
    -(e.raw_os_error().unwrap_or(libc::EIO) as f64)
}

fn cvt(n: isize) -> io::Result<usize> {
    if n < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(n as usize)
    }
}

/// Sets or clears `O_NONBLOCK` on the open file description.
pub fn set_nonblocking(fd: RawFd, on: bool) -> io::Result<()> {
    // SAFETY: fcntl on a descriptor; a bad descriptor gives EBADF.
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        if flags < 0 {
            return Err(io::Error::last_os_error());
        }
        let flags = if on {
            flags | libc::O_NONBLOCK
        } else {
            flags & !libc::O_NONBLOCK
        };
        if libc::fcntl(fd, libc::F_SETFL, flags) < 0 {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(())
}

/// Sets `FD_CLOEXEC` so the descriptor is not inherited by programs this
/// process starts.
pub fn set_cloexec(fd: RawFd) -> io::Result<()> {
    // SAFETY: fcntl on a descriptor; a bad descriptor gives EBADF.
    if unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) } < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// True when `fd` is an open descriptor.
pub fn is_open(fd: RawFd) -> bool {
    // SAFETY: F_GETFD only reads the descriptor's flags.
    fd >= 0 && unsafe { libc::fcntl(fd, libc::F_GETFD) } >= 0
}

/// True when `fd` is a socket (else a pipe or a file).
pub fn is_socket(fd: RawFd) -> bool {
    // SAFETY: fstat writes into a zeroed, owned struct.
    unsafe {
        let mut st: libc::stat = std::mem::zeroed();
        libc::fstat(fd, &mut st) == 0 && (st.st_mode & libc::S_IFMT) == libc::S_IFSOCK
    }
}

/// How a descriptor is written to without blocking: sockets take
/// `MSG_DONTWAIT` per call (their description stays blocking for the
/// reader thread); pipes are made non-blocking once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteKind {
    /// A stream socket (the IPC channel).
    Socket,
    /// A pipe (or anything else) whose description is non-blocking.
    Pipe,
}

/// Writes what it can of `bytes` now; `WouldBlock` when nothing fits.
pub fn try_write(fd: &OwnedFd, kind: WriteKind, bytes: &[u8]) -> io::Result<usize> {
    loop {
        // SAFETY: writing from a valid slice to a descriptor we own.
        let n = unsafe {
            match kind {
                WriteKind::Socket => libc::send(
                    fd.as_raw_fd(),
                    bytes.as_ptr() as *const _,
                    bytes.len(),
                    libc::MSG_DONTWAIT | libc::MSG_NOSIGNAL,
                ),
                WriteKind::Pipe => {
                    libc::write(fd.as_raw_fd(), bytes.as_ptr() as *const _, bytes.len())
                }
            }
        };
        match cvt(n) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            other => return other,
        }
    }
}

/// Waits until `fd` is ready for `events` (`POLLIN`/`POLLOUT`), or
/// `timeout_ms` passes (-1: no limit). True when ready (or hung up).
pub fn wait_ready(fd: RawFd, events: i16, timeout_ms: i32) -> bool {
    let mut pfd = libc::pollfd {
        fd,
        events,
        revents: 0,
    };
    loop {
        // SAFETY: one valid pollfd.
        let n = unsafe { libc::poll(&mut pfd, 1, timeout_ms) };
        if n < 0 && io::Error::last_os_error().kind() == io::ErrorKind::Interrupted {
            continue;
        }
        return n > 0;
    }
}

/// Writes all of `bytes`, waiting for room as needed.
pub fn write_all(fd: &OwnedFd, kind: WriteKind, mut bytes: &[u8]) -> io::Result<()> {
    while !bytes.is_empty() {
        match try_write(fd, kind, bytes) {
            Ok(n) => bytes = &bytes[n..],
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                wait_ready(fd.as_raw_fd(), libc::POLLOUT, -1);
            }
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Reads into `buf` (blocking, or `WouldBlock` on a non-blocking
/// descriptor); 0 at end of file.
pub fn read(fd: RawFd, buf: &mut [u8]) -> io::Result<usize> {
    loop {
        // SAFETY: reading into a valid, owned buffer.
        let n = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut _, buf.len()) };
        match cvt(n) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            other => return other,
        }
    }
}

/// Shuts a socket down in both directions: a thread blocked reading it
/// wakes with end-of-file, and the peer sees the channel close.
pub fn shutdown(fd: &OwnedFd) {
    // SAFETY: shutdown on a descriptor we own; errors (not a socket) are
    // harmless.
    unsafe { libc::shutdown(fd.as_raw_fd(), libc::SHUT_RDWR) };
}

/// A connected pair of local stream sockets, both close-on-exec.
pub fn socket_pair() -> io::Result<(OwnedFd, OwnedFd)> {
    let (a, b) = std::os::unix::net::UnixStream::pair()?;
    Ok((OwnedFd::from(a), OwnedFd::from(b)))
}

/// A pipe `(read end, write end)`, both close-on-exec.
pub fn pipe() -> io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [-1; 2];
    // SAFETY: pipe2 writes two descriptors into the array.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: both descriptors are fresh and owned by nobody else.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// A duplicate of `fd` (close-on-exec), owned.
pub fn dup(fd: RawFd) -> io::Result<OwnedFd> {
    // SAFETY: borrowing a descriptor the caller vouches is open for the call.
    let borrowed = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
    borrowed.try_clone_to_owned()
}

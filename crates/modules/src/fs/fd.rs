//! File descriptors: `open` and the operations on what it returns.
//!
//! Descriptors are real OS descriptors, numbered as the OS numbers them
//! (node's programs print and compare them). The ones `fs.open` made are
//! kept in a process-wide table as shared owners, so that a `close` while
//! a read is still running on the I/O pool cannot let the number be reused
//! under that read: the descriptor is closed when its last user is done.
//! Descriptors the table does not know (0, 1, 2, inherited ones) are used
//! as they are, and closing an unknown one gives the OS's `EBADF`.

use std::collections::HashMap;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::sync::{Arc, Mutex, OnceLock};

use spindle_core::{OpError, OpResult, OpScope, Val};

use super::{
    arg_number, arg_string, c_path, last_error, retry_eintr, stat_val, system_error, FsFn,
};

/// The descriptors `fs.open` made, shared with the operations using them.
fn table() -> &'static Mutex<HashMap<RawFd, Arc<OwnedFd>>> {
    static TABLE: OnceLock<Mutex<HashMap<RawFd, Arc<OwnedFd>>>> = OnceLock::new();
    TABLE.get_or_init(Default::default)
}

/// A descriptor in use: kept open (if the table owns it) while this lives.
pub(super) struct FdRef {
    raw: RawFd,
    _owner: Option<Arc<OwnedFd>>,
}

impl AsRawFd for FdRef {
    fn as_raw_fd(&self) -> RawFd {
        self.raw
    }
}

impl FdRef {
    fn get(raw: RawFd) -> FdRef {
        let owner = table().lock().ok().and_then(|t| t.get(&raw).cloned());
        FdRef { raw, _owner: owner }
    }

    /// The descriptor as a `File` that does not close it when dropped, or
    /// `EBADF` when it is not open.
    fn file(&self) -> std::io::Result<std::mem::ManuallyDrop<std::fs::File>> {
        // SAFETY: F_GETFD only reads the descriptor's flags.
        if unsafe { libc::fcntl(self.raw, libc::F_GETFD) } == -1 {
            return Err(last_error());
        }
        // SAFETY: the descriptor is open (and stays so while `self` holds
        // it, for the ones the table owns); the ManuallyDrop never closes it.
        Ok(std::mem::ManuallyDrop::new(unsafe {
            std::fs::File::from_raw_fd(self.raw)
        }))
    }
}

/// Opens `path` with open(2) `flags` (close-on-exec added) and `mode`.
pub(super) fn open_path(path: &str, flags: i32, mode: u32) -> Result<OwnedFd, OpError> {
    let c = c_path(path)?;
    // SAFETY: a valid C string; open returns a new descriptor or -1.
    let fd = retry_eintr(|| unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode) })
        .map_err(|e| system_error(&e, "open", Some(path)))?;
    // SAFETY: `fd` was just opened and nothing else owns it.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

/// One read(2) (at the current position) or pread(2) (at `position`).
fn read_at(fd: &impl AsRawFd, buf: &mut [u8], position: Option<i64>) -> std::io::Result<usize> {
    let raw = fd.as_raw_fd();
    let ptr = buf.as_mut_ptr() as *mut libc::c_void;
    // SAFETY: `buf` is valid for writes of its length for the whole call.
    retry_eintr(|| unsafe {
        match position {
            Some(p) => libc::pread(raw, ptr, buf.len(), p as libc::off_t),
            None => libc::read(raw, ptr, buf.len()),
        }
    })
    .map(|n| n as usize)
}

/// One write(2) or pwrite(2); the count written.
fn write_at(fd: &impl AsRawFd, data: &[u8], position: Option<i64>) -> std::io::Result<usize> {
    let raw = fd.as_raw_fd();
    let ptr = data.as_ptr() as *const libc::c_void;
    // SAFETY: `data` is valid for reads of its length for the whole call.
    retry_eintr(|| unsafe {
        match position {
            Some(p) => libc::pwrite(raw, ptr, data.len(), p as libc::off_t),
            None => libc::write(raw, ptr, data.len()),
        }
    })
    .map(|n| n as usize)
}

/// Reads from the current position to the end.
pub(super) fn read_to_end(fd: &impl AsRawFd) -> Result<Vec<u8>, OpError> {
    let mut out = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        let n = read_at(fd, &mut chunk, None).map_err(|e| system_error(&e, "read", None))?;
        if n == 0 {
            return Ok(out);
        }
        out.extend_from_slice(&chunk[..n]);
        if n == chunk.len() && chunk.len() < 4 << 20 {
            chunk.resize(chunk.len() * 2, 0);
        }
    }
}

/// Writes all of `data` at `position` (or the current position), waiting
/// on a descriptor that is not ready (a non-blocking pipe) as node does.
pub(super) fn write_all(
    fd: &impl AsRawFd,
    mut data: &[u8],
    mut position: Option<i64>,
) -> Result<(), OpError> {
    while !data.is_empty() {
        let n = match write_at(fd, data, position) {
            Ok(0) => {
                return Err(system_error(
                    &std::io::Error::from_raw_os_error(libc::EIO),
                    "write",
                    None,
                ))
            }
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                let mut pfd = libc::pollfd {
                    fd: fd.as_raw_fd(),
                    events: libc::POLLOUT,
                    revents: 0,
                };
                // SAFETY: one valid pollfd.
                unsafe { libc::poll(&mut pfd, 1, -1) };
                continue;
            }
            Err(e) => return Err(system_error(&e, "write", None)),
        };
        data = &data[n..];
        position = position.map(|p| p + n as i64);
    }
    Ok(())
}

fn arg_fd(args: &[Val], i: usize) -> Result<FdRef, OpError> {
    match arg_number(args, i) {
        Some(n) => Ok(FdRef::get(n as RawFd)),
        None => Err(
            OpError::type_error(format!("argument {i} must be a number"))
                .with_code("ERR_INVALID_ARG_TYPE"),
        ),
    }
}

/// A position argument: a number >= 0, or the current position.
fn arg_position(args: &[Val], i: usize) -> Option<i64> {
    arg_number(args, i).filter(|p| *p >= 0.0).map(|p| p as i64)
}

/// `open(path, flags, mode)` → the descriptor.
fn open(args: &[Val]) -> Result<Val, OpError> {
    let path = arg_string(args, 0)?;
    let flags = arg_number(args, 1).unwrap_or(0.0) as i32;
    let mode = arg_number(args, 2).unwrap_or(0o666.into()) as u32;
    let owned = open_path(&path, flags, mode)?;
    let raw = owned.as_raw_fd();
    if let Ok(mut t) = table().lock() {
        t.insert(raw, Arc::new(owned));
    } else {
        std::mem::forget(owned);
    }
    Ok(Val::Number(raw as f64))
}

/// `close(fd)`.
fn close(args: &[Val]) -> Result<Val, OpError> {
    let raw = arg_number(args, 0).unwrap_or(-1.0) as RawFd;
    let owned = table().lock().ok().and_then(|mut t| t.remove(&raw));
    match owned {
        // Closed now, or when the last operation still using it ends.
        Some(owner) => drop(owner),
        None => {
            // SAFETY: closing a descriptor this table does not own, as the
            // program asked; an unknown one fails with EBADF.
            if unsafe { libc::close(raw) } != 0 {
                return Err(system_error(&last_error(), "close", None));
            }
        }
    }
    Ok(Val::Undefined)
}

/// `read(fd, length, position)` → the bytes read (fewer at the end).
fn read(args: &[Val]) -> Result<Val, OpError> {
    let fd = arg_fd(args, 0)?;
    let length = arg_number(args, 1).unwrap_or(0.0).max(0.0) as usize;
    let mut buf = vec![0u8; length];
    let n = read_at(&fd, &mut buf, arg_position(args, 2))
        .map_err(|e| system_error(&e, "read", None))?;
    buf.truncate(n);
    Ok(Val::Bytes(buf))
}

/// `readAll(fd)`: from the current position to the end.
fn read_all(args: &[Val]) -> Result<Val, OpError> {
    let fd = arg_fd(args, 0)?;
    Ok(Val::Bytes(read_to_end(&fd)?))
}

/// `write(fd, bytesOrString, position)` → the count written.
fn write(args: &[Val]) -> Result<Val, OpError> {
    let fd = arg_fd(args, 0)?;
    let position = arg_position(args, 2);
    let written = match args.get(1) {
        Some(Val::String(s)) => write_at(&fd, s.as_bytes(), position),
        Some(Val::Bytes(b)) => write_at(&fd, b, position),
        _ => {
            return Err(OpError::type_error("data must be a string or a buffer")
                .with_code("ERR_INVALID_ARG_TYPE"))
        }
    };
    let n = written.map_err(|e| system_error(&e, "write", None))?;
    Ok(Val::Number(n as f64))
}

/// `writeAll(fd, bytesOrString, position)`: everything.
fn write_all_op(args: &[Val]) -> Result<Val, OpError> {
    let fd = arg_fd(args, 0)?;
    let position = arg_position(args, 2);
    match args.get(1) {
        Some(Val::String(s)) => write_all(&fd, s.as_bytes(), position),
        Some(Val::Bytes(b)) => write_all(&fd, b, position),
        _ => Err(OpError::type_error("data must be a string or a buffer")
            .with_code("ERR_INVALID_ARG_TYPE")),
    }?;
    Ok(Val::Undefined)
}

/// `fstat(fd)`.
fn fstat(args: &[Val]) -> Result<Val, OpError> {
    let fd = arg_fd(args, 0)?;
    let meta = fd
        .file()
        .and_then(|f| f.metadata())
        .map_err(|e| system_error(&e, "fstat", None))?;
    Ok(stat_val(&meta))
}

/// `ftruncate(fd, length)`.
fn ftruncate(args: &[Val]) -> Result<Val, OpError> {
    let fd = arg_fd(args, 0)?;
    let length = arg_number(args, 1).unwrap_or(0.0).max(0.0) as libc::off_t;
    // SAFETY: a plain syscall on an open (or invalid) descriptor.
    retry_eintr(|| unsafe { libc::ftruncate(fd.as_raw_fd(), length) })
        .map_err(|e| system_error(&e, "ftruncate", None))?;
    Ok(Val::Undefined)
}

/// `truncate(path, length)`: node opens the file read-write and truncates it.
fn truncate(args: &[Val]) -> Result<Val, OpError> {
    let path = arg_string(args, 0)?;
    let file = open_path(&path, libc::O_RDWR, 0o666)?;
    let length = arg_number(args, 1).unwrap_or(0.0).max(0.0) as libc::off_t;
    // SAFETY: a plain syscall on the descriptor just opened.
    retry_eintr(|| unsafe { libc::ftruncate(file.as_raw_fd(), length) })
        .map_err(|e| system_error(&e, "ftruncate", None))?;
    Ok(Val::Undefined)
}

/// `fsync(fd, dataOnly)`.
fn fsync(args: &[Val]) -> Result<Val, OpError> {
    let fd = arg_fd(args, 0)?;
    let data_only = matches!(args.get(1), Some(Val::Bool(true)));
    // SAFETY: plain syscalls on an open (or invalid) descriptor.
    let result = retry_eintr(|| unsafe {
        if data_only {
            libc::fdatasync(fd.as_raw_fd())
        } else {
            libc::fsync(fd.as_raw_fd())
        }
    });
    result.map_err(|e| system_error(&e, if data_only { "fdatasync" } else { "fsync" }, None))?;
    Ok(Val::Undefined)
}

/// `futimes(fd, atime, mtime)`, times in seconds.
fn futimes(args: &[Val]) -> Result<Val, OpError> {
    let fd = arg_fd(args, 0)?;
    let times = [
        super::paths::timespec(arg_number(args, 1).unwrap_or(0.0)),
        super::paths::timespec(arg_number(args, 2).unwrap_or(0.0)),
    ];
    // SAFETY: two valid timespecs.
    if unsafe { libc::futimens(fd.as_raw_fd(), times.as_ptr()) } != 0 {
        return Err(system_error(&last_error(), "futime", None));
    }
    Ok(Val::Undefined)
}

/// `fchmod(fd, mode)`.
fn fchmod(args: &[Val]) -> Result<Val, OpError> {
    let fd = arg_fd(args, 0)?;
    let mode = arg_number(args, 1).unwrap_or(0.0) as libc::mode_t;
    // SAFETY: a plain syscall.
    if unsafe { libc::fchmod(fd.as_raw_fd(), mode) } != 0 {
        return Err(system_error(&last_error(), "fchmod", None));
    }
    Ok(Val::Undefined)
}

/// `fchown(fd, uid, gid)`.
fn fchown(args: &[Val]) -> Result<Val, OpError> {
    let fd = arg_fd(args, 0)?;
    let uid = arg_number(args, 1).unwrap_or(-1.0) as i64 as libc::uid_t;
    let gid = arg_number(args, 2).unwrap_or(-1.0) as i64 as libc::gid_t;
    // SAFETY: a plain syscall.
    if unsafe { libc::fchown(fd.as_raw_fd(), uid, gid) } != 0 {
        return Err(system_error(&last_error(), "fchown", None));
    }
    Ok(Val::Undefined)
}

/// `fsReadInto(fd, buffer, offset, length, position)` → bytes read: the
/// synchronous read, straight into the caller's buffer (JavaScript has
/// checked that offset and length fit).
pub(super) fn read_into_op(scope: &mut OpScope) -> OpResult {
    let fd = FdRef::get(scope.number(0)? as RawFd);
    let offset = scope.number(2)? as usize;
    let length = scope.number(3)? as usize;
    let position = scope.number(4).ok().filter(|p| *p >= 0.0).map(|p| p as i64);
    let read = scope.with_bytes_mut(1, |bytes| {
        let end = (offset + length).min(bytes.len());
        let target = bytes.get_mut(offset.min(end)..end).unwrap_or_default();
        read_at(&fd, target, position)
    })?;
    let n = read.map_err(|e| system_error(&e, "read", None))?;
    Ok(Val::Number(n as f64))
}

/// Every descriptor operation by name.
pub(super) const FNS: &[(&str, FsFn)] = &[
    ("open", open),
    ("close", close),
    ("read", read),
    ("readAll", read_all),
    ("write", write),
    ("writeAll", write_all_op),
    ("fstat", fstat),
    ("ftruncate", ftruncate),
    ("truncate", truncate),
    ("fsync", fsync),
    ("futimes", futimes),
    ("fchmod", fchmod),
    ("fchown", fchown),
];

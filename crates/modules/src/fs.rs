//! File-system ops. Each operation is written once, on owned arguments, so
//! that it runs either synchronously (`fsCall(name, ...args)`, for the
//! `*Sync` API and the module loader) or on the I/O pool
//! (`fsCallAsync(id, name, ...args)`, completing through the event loop).
//!
//! Path operations live in [`paths`], file-descriptor operations (and the
//! process-wide table of descriptors `fs.open` made) in [`fd`].

use std::os::unix::fs::{FileTypeExt, MetadataExt};

use spindle_core::{ErrorClass, Op, OpError, OpResult, OpScope, Val};

use crate::host::{Host, Message};

pub mod fd;
mod loader;
pub mod paths;

/// libuv's name and message for an errno, as node prints them.
fn uv_error(errno: i32) -> (&'static str, &'static str) {
    match errno {
        libc::ENOENT => ("ENOENT", "no such file or directory"),
        libc::EACCES => ("EACCES", "permission denied"),
        libc::EEXIST => ("EEXIST", "file already exists"),
        libc::EISDIR => ("EISDIR", "illegal operation on a directory"),
        libc::ENOTDIR => ("ENOTDIR", "not a directory"),
        libc::ENOTEMPTY => ("ENOTEMPTY", "directory not empty"),
        libc::EPERM => ("EPERM", "operation not permitted"),
        libc::EBADF => ("EBADF", "bad file descriptor"),
        libc::EINVAL => ("EINVAL", "invalid argument"),
        libc::EMFILE => ("EMFILE", "too many open files"),
        libc::ENFILE => ("ENFILE", "file table overflow"),
        libc::ELOOP => ("ELOOP", "too many symbolic links encountered"),
        libc::ENAMETOOLONG => ("ENAMETOOLONG", "name too long"),
        libc::EXDEV => ("EXDEV", "cross-device link not permitted"),
        libc::ENOSPC => ("ENOSPC", "no space left on device"),
        libc::EROFS => ("EROFS", "read-only file system"),
        libc::EBUSY => ("EBUSY", "resource busy or locked"),
        libc::EAGAIN => ("EAGAIN", "resource temporarily unavailable"),
        libc::EPIPE => ("EPIPE", "broken pipe"),
        libc::ESPIPE => ("ESPIPE", "invalid seek"),
        libc::EFBIG => ("EFBIG", "file too large"),
        libc::EOVERFLOW => ("EOVERFLOW", "value too large for defined data type"),
        libc::ENXIO => ("ENXIO", "no such device or address"),
        libc::ENODEV => ("ENODEV", "no such device"),
        libc::ETXTBSY => ("ETXTBSY", "text file is busy"),
        libc::EMLINK => ("EMLINK", "too many links"),
        libc::ENOSYS => ("ENOSYS", "function not implemented"),
        libc::ENOTSUP => ("ENOTSUP", "operation not supported on socket"),
        libc::EINTR => ("EINTR", "interrupted system call"),
        libc::ENOMEM => ("ENOMEM", "not enough memory"),
        libc::EFAULT => ("EFAULT", "bad address in system call argument"),
        libc::ENOTTY => ("ENOTTY", "inappropriate ioctl for device"),
        libc::ENODATA => ("ENODATA", "no data available"),
        libc::ERANGE => ("ERANGE", "result too large"),
        _ => ("EIO", "i/o error"),
    }
}

/// A node system error (`code`, `errno`, `syscall`, `path`) from an I/O error.
pub fn system_error(e: &std::io::Error, syscall: &str, path: Option<&str>) -> OpError {
    let errno = e.raw_os_error().unwrap_or(libc::EIO);
    let (code, text) = uv_error(errno);
    let message = match path {
        Some(p) => format!("{code}: {text}, {syscall} '{p}'"),
        None => format!("{code}: {text}, {syscall}"),
    };
    let mut err = OpError {
        class: ErrorClass::System,
        message,
        code: Some(code.into()),
        props: vec![],
    };
    err = err
        .with_prop("errno", -(errno as f64))
        .with_prop("syscall", syscall);
    if let Some(p) = path {
        err = err.with_prop("path", p);
    }
    err
}

/// A system error of a two-path call (`rename`, `link`, `symlink`, …):
/// `CODE: text, syscall 'from' -> 'to'`, with `path` and `dest`.
pub fn system_error2(e: &std::io::Error, syscall: &str, from: &str, to: &str) -> OpError {
    let mut err = system_error(e, syscall, Some(from));
    err.message = format!("{} -> '{to}'", err.message);
    err.with_prop("dest", to)
}

/// The last OS error (after a failed libc call).
fn last_error() -> std::io::Error {
    std::io::Error::last_os_error()
}

/// Runs a libc call returning -1 on failure, retrying on EINTR.
fn retry_eintr<T: PartialOrd + Default>(mut call: impl FnMut() -> T) -> std::io::Result<T> {
    loop {
        let r = call();
        if r >= T::default() {
            return Ok(r);
        }
        let e = last_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
}

/// A path as a C string (paths with NUL bytes are refused in JavaScript).
fn c_path(path: &str) -> Result<std::ffi::CString, OpError> {
    std::ffi::CString::new(path).map_err(|_| {
        OpError::type_error("path must not contain NUL bytes").with_code("ERR_INVALID_ARG_VALUE")
    })
}

fn arg_string(args: &[Val], i: usize) -> Result<String, OpError> {
    match args.get(i) {
        Some(Val::String(s)) => Ok(s.clone()),
        _ => Err(
            OpError::type_error(format!("argument {i} must be a string"))
                .with_code("ERR_INVALID_ARG_TYPE"),
        ),
    }
}

fn arg_bool(args: &[Val], i: usize) -> bool {
    matches!(args.get(i), Some(Val::Bool(true)))
}

fn arg_number(args: &[Val], i: usize) -> Option<f64> {
    match args.get(i) {
        Some(Val::Number(n)) => Some(*n),
        _ => None,
    }
}

/// The numeric type node gives a directory entry (`UV_DIRENT_*`).
fn dirent_type(t: std::fs::FileType) -> f64 {
    if t.is_file() {
        1.0
    } else if t.is_dir() {
        2.0
    } else if t.is_symlink() {
        3.0
    } else if t.is_fifo() {
        4.0
    } else if t.is_socket() {
        5.0
    } else if t.is_char_device() {
        6.0
    } else if t.is_block_device() {
        7.0
    } else {
        0.0
    }
}

/// The fields of node's `Stats`, in its order, as an array; then each
/// time again as whole seconds and nanoseconds (for `BigIntStats`).
fn stat_val(m: &std::fs::Metadata) -> Val {
    let birth = m
        .created()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or((m.ctime(), m.ctime_nsec()), |d| {
            (d.as_secs() as i64, d.subsec_nanos() as i64)
        });
    let times = [
        (m.atime(), m.atime_nsec()),
        (m.mtime(), m.mtime_nsec()),
        (m.ctime(), m.ctime_nsec()),
        birth,
    ];
    let mut fields: Vec<Val> = [
        m.dev() as f64,
        m.mode() as f64,
        m.nlink() as f64,
        m.uid() as f64,
        m.gid() as f64,
        m.rdev() as f64,
        m.blksize() as f64,
        m.ino() as f64,
        m.size() as f64,
        m.blocks() as f64,
    ]
    .into_iter()
    .map(Val::Number)
    .collect();
    for (s, ns) in times {
        fields.push(Val::Number(s as f64 * 1000.0 + (ns as f64 / 1e6)));
    }
    for (s, ns) in times {
        fields.push(Val::Number(s as f64));
        fields.push(Val::Number(ns as f64));
    }
    Val::Array(fields)
}

/// One file-system operation on owned arguments.
type FsFn = fn(&[Val]) -> Result<Val, OpError>;

fn lookup(name: &str) -> Result<FsFn, OpError> {
    paths::FNS
        .iter()
        .chain(fd::FNS)
        .chain(loader::FNS)
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f)
        .ok_or_else(|| OpError::error(format!("unknown fs operation {name}")))
}

fn collect_args(scope: &OpScope, from: usize) -> Vec<Val> {
    (from..scope.len()).map(|i| scope.value(i)).collect()
}

fn fs_call(scope: &mut OpScope) -> OpResult {
    let f = lookup(&scope.string(0)?)?;
    f(&collect_args(scope, 1))
}

fn fs_call_async(scope: &mut OpScope) -> OpResult {
    let id = scope.number(0)?;
    let f = lookup(&scope.string(1)?)?;
    let args = collect_args(scope, 2);
    let inbox = scope.host(|h: &mut Host| {
        h.refs += 1;
        h.inbox()
    });
    crate::host::run_blocking(move || {
        let result = f(&args);
        inbox.post(Message::Completion { id, result });
    });
    Ok(Val::Undefined)
}

/// The file-system ops.
pub const OPS: &[Op] = &[
    Op::new("fsCall", fs_call),
    Op::new("fsCallAsync", fs_call_async),
    Op::new("fsReadInto", fd::read_into_op),
];

//! File-system ops. Each operation is written once, on owned arguments, so
//! that it runs either synchronously (`fsCall(name, ...args)`, for the
//! `*Sync` API and the module loader) or on the I/O pool
//! (`fsCallAsync(id, name, ...args)`, completing through the event loop).

use std::os::unix::fs::{MetadataExt, PermissionsExt};

use spindle_core::{ErrorClass, Op, OpError, OpResult, OpScope, Val};

use crate::host::{Host, Message};

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
        libc::ELOOP => ("ELOOP", "too many symbolic links encountered"),
        libc::ENAMETOOLONG => ("ENAMETOOLONG", "name too long"),
        libc::EXDEV => ("EXDEV", "cross-device link not permitted"),
        libc::ENOSPC => ("ENOSPC", "no space left on device"),
        libc::EROFS => ("EROFS", "read-only file system"),
        libc::EBUSY => ("EBUSY", "resource busy or locked"),
        libc::EAGAIN => ("EAGAIN", "resource temporarily unavailable"),
        libc::EPIPE => ("EPIPE", "broken pipe"),
        libc::EIO => ("EIO", "i/o error"),
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

fn stat_val(m: &std::fs::Metadata) -> Val {
    let ms = |s: i64, ns: i64| s as f64 * 1000.0 + (ns as f64 / 1e6);
    Val::Array(vec![
        Val::Number(m.dev() as f64),
        Val::Number(m.mode() as f64),
        Val::Number(m.nlink() as f64),
        Val::Number(m.uid() as f64),
        Val::Number(m.gid() as f64),
        Val::Number(m.rdev() as f64),
        Val::Number(m.blksize() as f64),
        Val::Number(m.ino() as f64),
        Val::Number(m.size() as f64),
        Val::Number(m.blocks() as f64),
        Val::Number(ms(m.atime(), m.atime_nsec())),
        Val::Number(ms(m.mtime(), m.mtime_nsec())),
        Val::Number(ms(m.ctime(), m.ctime_nsec())),
        Val::Number(
            m.created()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(ms(m.ctime(), m.ctime_nsec()), |d| d.as_secs_f64() * 1000.0),
        ),
    ])
}

type FsFn = fn(&[Val]) -> Result<Val, OpError>;

fn read_file(args: &[Val]) -> Result<Val, OpError> {
    let path = arg_string(args, 0)?;
    let bytes = std::fs::read(&path).map_err(|e| {
        system_error(
            &e,
            if e.raw_os_error() == Some(libc::EISDIR) {
                "read"
            } else {
                "open"
            },
            (e.raw_os_error() != Some(libc::EISDIR)).then_some(&path),
        )
    })?;
    if arg_bool(args, 1) {
        return Ok(Val::String(String::from_utf8_lossy(&bytes).into_owned()));
    }
    Ok(Val::Bytes(bytes))
}

fn write_file(args: &[Val]) -> Result<Val, OpError> {
    use std::io::Write;
    let path = arg_string(args, 0)?;
    let append = arg_bool(args, 2);
    let mode = arg_number(args, 3).unwrap_or(0o666.into()) as u32;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true);
    if append {
        options.append(true);
    } else {
        options.truncate(true);
    }
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, mode);
    let mut file = options
        .open(&path)
        .map_err(|e| system_error(&e, "open", Some(&path)))?;
    let result = match args.get(1) {
        Some(Val::String(s)) => file.write_all(s.as_bytes()),
        Some(Val::Bytes(b)) => file.write_all(b),
        _ => {
            return Err(OpError::type_error("data must be a string or a buffer")
                .with_code("ERR_INVALID_ARG_TYPE"))
        }
    };
    result.map_err(|e| system_error(&e, "write", None))?;
    Ok(Val::Undefined)
}

fn stat(args: &[Val]) -> Result<Val, OpError> {
    let path = arg_string(args, 0)?;
    let follow = !arg_bool(args, 1);
    let (meta, syscall) = if follow {
        (std::fs::metadata(&path), "stat")
    } else {
        (std::fs::symlink_metadata(&path), "lstat")
    };
    match meta {
        Ok(m) => Ok(stat_val(&m)),
        Err(e) if arg_bool(args, 2) && e.kind() == std::io::ErrorKind::NotFound => {
            Ok(Val::Undefined)
        }
        Err(e) => Err(system_error(&e, syscall, Some(&path))),
    }
}

/// 0: missing, 1: file, 2: directory (never throws; for the module loader).
fn kind(args: &[Val]) -> Result<Val, OpError> {
    let path = arg_string(args, 0)?;
    Ok(Val::Number(match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => 2.0,
        Ok(_) => 1.0,
        Err(_) => 0.0,
    }))
}

fn readdir(args: &[Val]) -> Result<Val, OpError> {
    let path = arg_string(args, 0)?;
    let with_types = arg_bool(args, 1);
    let entries = std::fs::read_dir(&path).map_err(|e| system_error(&e, "scandir", Some(&path)))?;
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| system_error(&e, "scandir", Some(&path)))?;
        let name = Val::String(entry.file_name().to_string_lossy().into_owned());
        if with_types {
            let t = entry.file_type().ok();
            let code = match t {
                Some(t) if t.is_file() => 1.0,
                Some(t) if t.is_dir() => 2.0,
                Some(t) if t.is_symlink() => 3.0,
                _ => 0.0,
            };
            out.push(Val::Array(vec![name, Val::Number(code)]));
        } else {
            out.push(name);
        }
    }
    Ok(Val::Array(out))
}

fn mkdir(args: &[Val]) -> Result<Val, OpError> {
    let path = arg_string(args, 0)?;
    let recursive = arg_bool(args, 1);
    if recursive {
        let existed_first = first_missing_ancestor(&path);
        std::fs::create_dir_all(&path).map_err(|e| system_error(&e, "mkdir", Some(&path)))?;
        return Ok(existed_first.map_or(Val::Undefined, Val::String));
    }
    std::fs::create_dir(&path).map_err(|e| system_error(&e, "mkdir", Some(&path)))?;
    Ok(Val::Undefined)
}

fn first_missing_ancestor(path: &str) -> Option<String> {
    let path = std::path::Path::new(path);
    let mut first = None;
    for ancestor in path.ancestors() {
        if ancestor.as_os_str().is_empty() || ancestor.exists() {
            break;
        }
        first = Some(ancestor.display().to_string());
    }
    first
}

fn realpath(args: &[Val]) -> Result<Val, OpError> {
    let path = arg_string(args, 0)?;
    std::fs::canonicalize(&path)
        .map(|p| Val::String(p.display().to_string()))
        .map_err(|e| system_error(&e, "realpath", Some(&path)))
}

fn unlink(args: &[Val]) -> Result<Val, OpError> {
    let path = arg_string(args, 0)?;
    std::fs::remove_file(&path).map_err(|e| system_error(&e, "unlink", Some(&path)))?;
    Ok(Val::Undefined)
}

fn rmdir(args: &[Val]) -> Result<Val, OpError> {
    let path = arg_string(args, 0)?;
    std::fs::remove_dir(&path).map_err(|e| system_error(&e, "rmdir", Some(&path)))?;
    Ok(Val::Undefined)
}

fn rm(args: &[Val]) -> Result<Val, OpError> {
    let path = arg_string(args, 0)?;
    let recursive = arg_bool(args, 1);
    let force = arg_bool(args, 2);
    let meta = match std::fs::symlink_metadata(&path) {
        Ok(m) => m,
        Err(e) if force && e.kind() == std::io::ErrorKind::NotFound => return Ok(Val::Undefined),
        Err(e) => return Err(system_error(&e, "rm", Some(&path))),
    };
    let result = if meta.is_dir() {
        if !recursive {
            return Err(OpError::error(format!(
                "Path is a directory: rm returned EISDIR (is a directory) {path}"
            ))
            .with_code("ERR_FS_EISDIR"));
        }
        std::fs::remove_dir_all(&path)
    } else {
        std::fs::remove_file(&path)
    };
    result.map_err(|e| system_error(&e, "rm", Some(&path)))?;
    Ok(Val::Undefined)
}

fn rename(args: &[Val]) -> Result<Val, OpError> {
    let from = arg_string(args, 0)?;
    let to = arg_string(args, 1)?;
    std::fs::rename(&from, &to).map_err(|e| {
        let mut err = system_error(&e, "rename", Some(&from));
        err.message = format!("{} -> '{to}'", err.message);
        err.with_prop("dest", to.as_str())
    })?;
    Ok(Val::Undefined)
}

fn copy_file(args: &[Val]) -> Result<Val, OpError> {
    let from = arg_string(args, 0)?;
    let to = arg_string(args, 1)?;
    std::fs::copy(&from, &to).map_err(|e| {
        let mut err = system_error(&e, "copyfile", Some(&from));
        err.message = format!("{} -> '{to}'", err.message);
        err.with_prop("dest", to.as_str())
    })?;
    Ok(Val::Undefined)
}

fn access(args: &[Val]) -> Result<Val, OpError> {
    let path = arg_string(args, 0)?;
    let mode = arg_number(args, 1).unwrap_or(0.0) as i32;
    let c = std::ffi::CString::new(path.as_str()).map_err(|_| {
        OpError::type_error("path must not contain NUL bytes").with_code("ERR_INVALID_ARG_VALUE")
    })?;
    // SAFETY: a valid C string.
    if unsafe { libc::access(c.as_ptr(), mode) } != 0 {
        return Err(system_error(
            &std::io::Error::last_os_error(),
            "access",
            Some(&path),
        ));
    }
    Ok(Val::Undefined)
}

fn chmod(args: &[Val]) -> Result<Val, OpError> {
    let path = arg_string(args, 0)?;
    let mode = arg_number(args, 1).unwrap_or(0.0) as u32;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode))
        .map_err(|e| system_error(&e, "chmod", Some(&path)))?;
    Ok(Val::Undefined)
}

fn mkdtemp(args: &[Val]) -> Result<Val, OpError> {
    let prefix = arg_string(args, 0)?;
    let mut template = format!("{prefix}XXXXXX").into_bytes();
    template.push(0);
    // SAFETY: a writable NUL-terminated template, as mkdtemp requires.
    let p = unsafe { libc::mkdtemp(template.as_mut_ptr() as *mut libc::c_char) };
    if p.is_null() {
        return Err(system_error(
            &std::io::Error::last_os_error(),
            "mkdtemp",
            Some(&format!("{prefix}XXXXXX")),
        ));
    }
    template.pop();
    Ok(Val::String(String::from_utf8_lossy(&template).into_owned()))
}

/// Every file-system operation by name.
const FS_FNS: &[(&str, FsFn)] = &[
    ("readFile", read_file),
    ("writeFile", write_file),
    ("stat", stat),
    ("kind", kind),
    ("readdir", readdir),
    ("mkdir", mkdir),
    ("realpath", realpath),
    ("unlink", unlink),
    ("rmdir", rmdir),
    ("rm", rm),
    ("rename", rename),
    ("copyFile", copy_file),
    ("access", access),
    ("chmod", chmod),
    ("mkdtemp", mkdtemp),
];

fn lookup(name: &str) -> Result<FsFn, OpError> {
    FS_FNS
        .iter()
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
];

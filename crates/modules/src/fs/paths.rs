//! Operations on paths: read/write whole files, stat, directories, links,
//! times, permissions.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use spindle_core::{OpError, Val};

use super::fd::{open_path, read_to_end, write_all};
use super::{
    arg_bool, arg_number, arg_string, c_path, dirent_type, last_error, stat_val, system_error,
    system_error2, FsFn,
};

/// `readFile(path, asUtf8, flags?)`: the whole file, as bytes or a string.
fn read_file(args: &[Val]) -> Result<Val, OpError> {
    let path = arg_string(args, 0)?;
    let flags = arg_number(args, 2).unwrap_or(0.0) as i32;
    let file = open_path(&path, flags, 0o666)?;
    let bytes = read_to_end(&file)?;
    if arg_bool(args, 1) {
        return Ok(Val::String(String::from_utf8_lossy(&bytes).into_owned()));
    }
    Ok(Val::Bytes(bytes))
}

/// `writeFile(path, data, flags, mode)`.
fn write_file(args: &[Val]) -> Result<Val, OpError> {
    let path = arg_string(args, 0)?;
    let flags = arg_number(args, 2)
        .unwrap_or((libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC) as f64) as i32;
    let mode = arg_number(args, 3).unwrap_or(0o666.into()) as u32;
    let file = open_path(&path, flags, mode)?;
    match args.get(1) {
        Some(Val::String(s)) => write_all(&file, s.as_bytes(), None),
        Some(Val::Bytes(b)) => write_all(&file, b, None),
        _ => Err(OpError::type_error("data must be a string or a buffer")
            .with_code("ERR_INVALID_ARG_TYPE")),
    }?;
    Ok(Val::Undefined)
}

/// `stat(path, noFollow, undefinedIfMissing)`.
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

/// A directory's entries in the system's order, as `(name, direntType)`.
fn list_dir(path: &str) -> std::io::Result<Vec<(String, f64)>> {
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(path)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        entries.push((name, entry.file_type().map_or(0.0, dirent_type)));
    }
    Ok(entries)
}

fn entries_val(entries: Vec<(String, f64)>, with_types: bool) -> Val {
    let list = entries.into_iter().map(|(name, kind)| {
        if with_types {
            Val::Array(vec![Val::String(name), Val::Number(kind)])
        } else {
            Val::String(name)
        }
    });
    Val::Array(list.collect())
}

/// `readdir(path, withTypes)`: names sorted by their bytes, as libuv's
/// scandir gives them; with types, `[name, direntType]` pairs.
fn readdir(args: &[Val]) -> Result<Val, OpError> {
    let path = arg_string(args, 0)?;
    let mut entries = list_dir(&path).map_err(|e| system_error(&e, "scandir", Some(&path)))?;
    entries.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    Ok(entries_val(entries, arg_bool(args, 1)))
}

/// `opendir(path, withPathInError)`: `[name, direntType]` pairs in the
/// system's order, as `fs.Dir` reads them.
fn opendir(args: &[Val]) -> Result<Val, OpError> {
    let path = arg_string(args, 0)?;
    let entries = list_dir(&path)
        .map_err(|e| system_error(&e, "opendir", arg_bool(args, 1).then_some(path.as_str())))?;
    Ok(entries_val(entries, true))
}

/// `mkdir(path, recursive, mode)`: with `recursive`, the first directory
/// made (or undefined).
fn mkdir(args: &[Val]) -> Result<Val, OpError> {
    use std::os::unix::fs::DirBuilderExt;
    let path = arg_string(args, 0)?;
    let recursive = arg_bool(args, 1);
    let mode = arg_number(args, 2).unwrap_or(0o777.into()) as u32;
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(recursive).mode(mode);
    let first_made = recursive.then(|| first_missing_ancestor(&path)).flatten();
    builder
        .create(&path)
        .map_err(|e| system_error(&e, "mkdir", Some(&path)))?;
    Ok(first_made.map_or(Val::Undefined, Val::String))
}

fn first_missing_ancestor(path: &str) -> Option<String> {
    let mut first = None;
    for ancestor in Path::new(path).ancestors() {
        if ancestor.as_os_str().is_empty() || ancestor.exists() {
            break;
        }
        first = Some(ancestor.display().to_string());
    }
    first
}

/// `realpath(path)`: the system's realpath (`realpath.native`, the module
/// loader and `fs.promises.realpath`).
fn realpath(args: &[Val]) -> Result<Val, OpError> {
    let path = arg_string(args, 0)?;
    std::fs::canonicalize(&path)
        .map(|p| Val::String(p.display().to_string()))
        .map_err(|e| system_error(&e, "realpath", Some(&path)))
}

/// `realpathWalk(path)`: the same answer, but failures are reported as
/// node's JavaScript realpath reports them: the `lstat` of the first
/// component (links already resolved) that does not exist.
fn realpath_walk(args: &[Val]) -> Result<Val, OpError> {
    let path = arg_string(args, 0)?;
    match std::fs::canonicalize(&path) {
        Ok(p) => Ok(Val::String(p.display().to_string())),
        Err(e) => {
            Err(first_failing_lstat(&path)
                .unwrap_or_else(|| system_error(&e, "lstat", Some(&path))))
        }
    }
}

/// Walks `path` one component at a time, following links, and gives the
/// error of the first `lstat` that fails (or `stat`, for a dangling link).
fn first_failing_lstat(path: &str) -> Option<OpError> {
    let start = std::env::current_dir().ok()?.join(path);
    let mut todo: Vec<PathBuf> = start
        .components()
        .rev()
        .map(|c| PathBuf::from(c.as_os_str()))
        .collect();
    let mut current = PathBuf::from("/");
    let mut links = 0;
    while let Some(part) = todo.pop() {
        match part.to_str() {
            Some("/") | Some(".") => continue,
            Some("..") => {
                current.pop();
                continue;
            }
            _ => {}
        }
        let next = current.join(&part);
        let meta = match std::fs::symlink_metadata(&next) {
            Ok(m) => m,
            Err(e) => return Some(system_error(&e, "lstat", Some(&next.display().to_string()))),
        };
        if !meta.file_type().is_symlink() {
            current = next;
            continue;
        }
        // node stats a link (following it) before reading it.
        if let Err(e) = std::fs::metadata(&next) {
            return Some(system_error(&e, "stat", Some(&next.display().to_string())));
        }
        links += 1;
        let target = std::fs::read_link(&next).ok()?;
        if links > 40 {
            return None;
        }
        if target.is_absolute() {
            current = PathBuf::from("/");
        }
        todo.extend(
            target
                .components()
                .rev()
                .map(|c| PathBuf::from(c.as_os_str())),
        );
    }
    None
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

/// `rm(path, recursive, force)`.
fn rm(args: &[Val]) -> Result<Val, OpError> {
    let path = arg_string(args, 0)?;
    let recursive = arg_bool(args, 1);
    let force = arg_bool(args, 2);
    let meta = match std::fs::symlink_metadata(&path) {
        Ok(m) => m,
        Err(e) if force && e.kind() == std::io::ErrorKind::NotFound => return Ok(Val::Undefined),
        Err(e) => return Err(system_error(&e, "lstat", Some(&path))),
    };
    let result = if meta.is_dir() {
        if !recursive {
            let mut err = OpError::error(format!(
                "Path is a directory: rm returned EISDIR (is a directory) {path}"
            ))
            .with_code("ERR_FS_EISDIR");
            err.class = spindle_core::ErrorClass::System;
            return Err(err
                .with_prop("errno", -(libc::EISDIR as f64))
                .with_prop("syscall", "rm")
                .with_prop("path", path.as_str()));
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
    std::fs::rename(&from, &to).map_err(|e| system_error2(&e, "rename", &from, &to))?;
    Ok(Val::Undefined)
}

/// `copyFile(src, dest, mode)`: `COPYFILE_EXCL` (1) refuses an existing dest.
fn copy_file(args: &[Val]) -> Result<Val, OpError> {
    let from = arg_string(args, 0)?;
    let to = arg_string(args, 1)?;
    let exclusive = arg_number(args, 2).unwrap_or(0.0) as i32 & 1 != 0;
    if exclusive && std::fs::symlink_metadata(&to).is_ok() {
        let exists = std::io::Error::from_raw_os_error(libc::EEXIST);
        return Err(system_error2(&exists, "copyfile", &from, &to));
    }
    std::fs::copy(&from, &to).map_err(|e| system_error2(&e, "copyfile", &from, &to))?;
    Ok(Val::Undefined)
}

fn access(args: &[Val]) -> Result<Val, OpError> {
    let path = arg_string(args, 0)?;
    let mode = arg_number(args, 1).unwrap_or(0.0) as i32;
    let c = c_path(&path)?;
    // SAFETY: a valid C string.
    if unsafe { libc::access(c.as_ptr(), mode) } != 0 {
        return Err(system_error(&last_error(), "access", Some(&path)));
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

/// `chown(path, uid, gid, noFollow)`.
fn chown(args: &[Val]) -> Result<Val, OpError> {
    let path = arg_string(args, 0)?;
    let uid = arg_number(args, 1).unwrap_or(-1.0) as i64 as libc::uid_t;
    let gid = arg_number(args, 2).unwrap_or(-1.0) as i64 as libc::gid_t;
    let no_follow = arg_bool(args, 3);
    let c = c_path(&path)?;
    // SAFETY: a valid C string; ids are plain integers.
    let r = unsafe {
        if no_follow {
            libc::lchown(c.as_ptr(), uid, gid)
        } else {
            libc::chown(c.as_ptr(), uid, gid)
        }
    };
    if r != 0 {
        let syscall = if no_follow { "lchown" } else { "chown" };
        return Err(system_error(&last_error(), syscall, Some(&path)));
    }
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
            &last_error(),
            "mkdtemp",
            Some(&format!("{prefix}XXXXXX")),
        ));
    }
    template.pop();
    Ok(Val::String(String::from_utf8_lossy(&template).into_owned()))
}

/// `symlink(target, path)`.
fn symlink(args: &[Val]) -> Result<Val, OpError> {
    let target = arg_string(args, 0)?;
    let path = arg_string(args, 1)?;
    std::os::unix::fs::symlink(&target, &path)
        .map_err(|e| system_error2(&e, "symlink", &target, &path))?;
    Ok(Val::Undefined)
}

/// `link(existingPath, newPath)`.
fn link(args: &[Val]) -> Result<Val, OpError> {
    let from = arg_string(args, 0)?;
    let to = arg_string(args, 1)?;
    std::fs::hard_link(&from, &to).map_err(|e| system_error2(&e, "link", &from, &to))?;
    Ok(Val::Undefined)
}

/// `readlink(path, asBytes)`.
fn readlink(args: &[Val]) -> Result<Val, OpError> {
    use std::os::unix::ffi::OsStringExt;
    let path = arg_string(args, 0)?;
    let target =
        std::fs::read_link(&path).map_err(|e| system_error(&e, "readlink", Some(&path)))?;
    if arg_bool(args, 1) {
        return Ok(Val::Bytes(target.into_os_string().into_vec()));
    }
    Ok(Val::String(target.to_string_lossy().into_owned()))
}

/// A time in seconds (fractional) as a `timespec`.
pub(super) fn timespec(seconds: f64) -> libc::timespec {
    let whole = seconds.floor();
    libc::timespec {
        tv_sec: whole as libc::time_t,
        tv_nsec: ((seconds - whole) * 1e9).round().min(999_999_999.0) as libc::c_long,
    }
}

/// `utimes(path, atime, mtime, noFollow)`, times in seconds.
fn utimes(args: &[Val]) -> Result<Val, OpError> {
    let path = arg_string(args, 0)?;
    let times = [
        timespec(arg_number(args, 1).unwrap_or(0.0)),
        timespec(arg_number(args, 2).unwrap_or(0.0)),
    ];
    let no_follow = arg_bool(args, 3);
    let c = c_path(&path)?;
    let flags = if no_follow {
        libc::AT_SYMLINK_NOFOLLOW
    } else {
        0
    };
    // SAFETY: a valid C string and two timespecs.
    if unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), times.as_ptr(), flags) } != 0 {
        let syscall = if no_follow { "lutime" } else { "utime" };
        return Err(system_error(&last_error(), syscall, Some(&path)));
    }
    Ok(Val::Undefined)
}

/// Every path operation by name.
pub(super) const FNS: &[(&str, FsFn)] = &[
    ("readFile", read_file),
    ("writeFile", write_file),
    ("stat", stat),
    ("kind", kind),
    ("readdir", readdir),
    ("opendir", opendir),
    ("mkdir", mkdir),
    ("realpath", realpath),
    ("realpathWalk", realpath_walk),
    ("unlink", unlink),
    ("rmdir", rmdir),
    ("rm", rm),
    ("rename", rename),
    ("copyFile", copy_file),
    ("access", access),
    ("chmod", chmod),
    ("chown", chown),
    ("mkdtemp", mkdtemp),
    ("symlink", symlink),
    ("link", link),
    ("readlink", readlink),
    ("utimes", utimes),
];

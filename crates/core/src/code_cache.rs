//! The on-disk code cache: spindle's own JavaScript (the `node:…` built-in
//! modules) compiled by an earlier run, so a new process decodes it instead
//! of parsing it again (about a third of a short program's start-up).
//!
//! One file in the cache folder ([`crate::engine::cache_dir`]) holds every
//! built-in stencil a run of spindle has compiled, both copies (see
//! stencils.rs): the main isolate's and the workers'. Each is encoded when
//! the process first writes the file, together with the functions called
//! by then (the main program's start-up, and the workers run so far), so
//! they need no parsing next time, while functions nothing called stay
//! lazy and cost nothing to load. Its name carries a hash of the
//! built-in sources, so a new build never reads an old build's code. A
//! missing, unreadable or damaged file only costs the time to compile.
//!
//! The file: `MAGIC`, `[table length u32]`, the table of contents, then the
//! data. The table lists every entry as `[name length u32][name]`
//! `[workers u8][zeros to a 4-byte offset][data offset u32][data length
//! u32]`, so reading it touches only the file's first pages; each entry's
//! data (what `JS::EncodeStencil` wrote: the engine decodes in place and
//! wants it aligned) starts at an 8-byte offset. Numbers are little-endian.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};

use mozjs::jsapi::JS::{DecodeOptions, ReadOnlyDecodeOptions, TranscodeRange, TranscodeResult};
use mozjs::jsapi::{JSContext, Stencil};

/// The file format's mark, also mixed into the file's name. Version 3:
/// the workers' entries carry compressed sources (see
/// `stencils::instantiate`), so no process compresses them again, and are
/// lazy, with the functions workers called compiled. Version 4: a table of
/// contents ahead of the data (version 3 interleaved names and data, so
/// finding the entries faulted in pages across the whole file).
const MAGIC: &[u8; 8] = b"SPNDLSC4";

/// The hash of the built-in sources, set by the runtime; 0 disables the cache.
static SOURCES_ID: AtomicU64 = AtomicU64::new(0);

/// Set when this process compiled a built-in the file did not have.
static DIRTY: AtomicBool = AtomicBool::new(false);

/// FNV-1a of `text` continued from `hash` (usable in constants): how the
/// cache's name is made from the sources it was compiled from.
pub const fn hash_text(mut hash: u64, text: &str) -> u64 {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        hash = (hash ^ bytes[i] as u64).wrapping_mul(0x100_0000_01b3);
        i += 1;
    }
    hash
}

/// Turns the cache on for built-ins whose sources hash to `sources_id`
/// (mixed with how this layer wraps them, so changing that changes the
/// file too).
pub fn enable(sources_id: u64) {
    let (head, tail) = crate::hooks::BUILTIN_WRAPPER;
    let format = std::str::from_utf8(MAGIC).unwrap_or_default();
    let id = hash_text(hash_text(hash_text(sources_id, head), tail), format);
    SOURCES_ID.store(id.max(1), Ordering::Relaxed);
}

fn file_path() -> Option<PathBuf> {
    let id = SOURCES_ID.load(Ordering::Relaxed);
    if id == 0 {
        return None;
    }
    let dir = crate::engine::cache_dir()?;
    Some(dir.join(format!(
        "builtins-{id:016x}-{}.bin",
        crate::engine::ENGINE_BUILD_ID
    )))
}

/// Where each entry's data is in a file: (offset, length) by (name, for
/// workers).
type Index<'a> = HashMap<(&'a str, bool), (usize, usize)>;

/// The file as found at start-up: its bytes (mapped for the process's
/// life, as decoded stencils borrow from them) and where each entry's data is.
struct Loaded {
    bytes: &'static [u8],
    index: Index<'static>,
}

fn loaded() -> &'static Loaded {
    static LOADED: OnceLock<Loaded> = OnceLock::new();
    LOADED.get_or_init(|| {
        let bytes = file_path().and_then(|p| map(&p)).unwrap_or_default();
        let index = parse(bytes).unwrap_or_default();
        Loaded { bytes, index }
    })
}

/// The file mapped read-only, never unmapped: only the pages a run decodes
/// are read, and they are shared with every other spindle process. A newer
/// file renamed over this one leaves the mapping as it was.
pub(crate) fn map(path: &std::path::Path) -> Option<&'static [u8]> {
    use std::os::fd::AsRawFd;
    let file = std::fs::File::open(path).ok()?;
    let len = usize::try_from(file.metadata().ok()?.len()).ok()?;
    if len == 0 {
        return None;
    }
    // SAFETY: a private read-only mapping of a file we opened; the bytes
    // stay mapped (and so valid) until the process ends.
    unsafe {
        let at = libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ,
            libc::MAP_PRIVATE,
            file.as_raw_fd(),
            0,
        );
        if at == libc::MAP_FAILED {
            return None;
        }
        Some(std::slice::from_raw_parts(at as *const u8, len))
    }
}

fn read_u32(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

fn align(at: usize, to: usize) -> usize {
    at.div_ceil(to) * to
}

/// The entries of a cache file, or `None` when it is not one.
fn parse(bytes: &[u8]) -> Option<Index<'_>> {
    if bytes.get(..MAGIC.len())? != MAGIC {
        return None;
    }
    let table_end = MAGIC.len() + 4 + read_u32(bytes, MAGIC.len())? as usize;
    let mut index = HashMap::new();
    let mut at = MAGIC.len() + 4;
    while at < table_end {
        let name_len = read_u32(bytes, at)? as usize;
        let name = std::str::from_utf8(bytes.get(at + 4..at + 4 + name_len)?).ok()?;
        let for_workers = *bytes.get(at + 4 + name_len)? != 0;
        let numbers = align(at + 5 + name_len, 4);
        let data_at = read_u32(bytes, numbers)? as usize;
        let data_len = read_u32(bytes, numbers + 4)? as usize;
        if !data_at.is_multiple_of(8) || data_at < table_end {
            return None;
        }
        bytes.get(data_at..data_at + data_len)?;
        index.insert((name, for_workers), (data_at, data_len));
        at = numbers + 8;
    }
    (at == table_end).then_some(index)
}

/// The bytes of a cache file holding `entries` (name, for workers, data).
fn file_bytes(entries: &[(&str, bool, &[u8])]) -> Vec<u8> {
    let table_len: usize = entries
        .iter()
        .map(|(name, _, _)| align(5 + name.len(), 4) + 8)
        .sum();
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&(table_len as u32).to_le_bytes());
    let mut data_at = align(out.len() + table_len, 8);
    for (name, for_workers, data) in entries {
        out.extend_from_slice(&(name.len() as u32).to_le_bytes());
        out.extend_from_slice(name.as_bytes());
        out.push(*for_workers as u8);
        out.resize(align(out.len(), 4), 0);
        out.extend_from_slice(&(data_at as u32).to_le_bytes());
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        data_at = align(data_at + data.len(), 8);
    }
    for (_, _, data) in entries {
        out.resize(align(out.len(), 8), 0);
        out.extend_from_slice(data);
    }
    out
}

/// The built-in `name`'s stencil decoded from the file, if the file has it.
/// A miss marks the file as needing to be written again ([`save`]).
///
/// # Safety
/// `cx` must be live on this thread.
pub(crate) unsafe fn decode(
    cx: *mut JSContext,
    name: &str,
    for_workers: bool,
) -> Option<*mut Stencil> {
    // SAFETY: `cx` is live on this thread (the caller's guarantee).
    let decoded = decode_with(name, for_workers, |options, range, stencil| unsafe {
        mozjs::jsapi::JS::DecodeStencil(cx, options, range, stencil)
    });
    if decoded.is_none() {
        DIRTY.store(true, Ordering::Relaxed);
        // SAFETY: our context; a failed decode may leave an exception.
        unsafe { mozjs::jsapi::JS_ClearPendingException(cx) };
    }
    decoded
}

/// Like [`decode`], on any thread and without an engine context (with a
/// frontend context of its own, as the engine decodes off its main
/// thread); a miss changes nothing. For decoding ahead what the main
/// isolate will load (see `stencils::prefetch`).
pub(crate) fn decode_off_thread(name: &str) -> Option<*mut Stencil> {
    // SAFETY: a frontend context needs only the initialised engine, which
    // any caller that could have read the cache file has; it is used on
    // this thread only and destroyed here.
    unsafe {
        let fc = mozjs::jsapi::JS::NewFrontendContext();
        if fc.is_null() {
            return None;
        }
        let decoded = decode_with(name, false, |options, range, stencil| {
            mozjs::jsapi::JS::DecodeStencil1(fc, options, range, stencil)
        });
        mozjs::jsapi::JS::DestroyFrontendContext(fc);
        decoded
    }
}

/// Decodes entry `name` of the file with `run` (the engine's decode, given
/// the options, the bytes and where to put the stencil).
fn decode_with(
    name: &str,
    for_workers: bool,
    run: impl FnOnce(&ReadOnlyDecodeOptions, &TranscodeRange, &mut *mut Stencil) -> TranscodeResult,
) -> Option<*mut Stencil> {
    file_path()?;
    let file = loaded();
    let &(at, len) = file.index.get(&(name, for_workers))?;
    let data = &file.bytes[at..at + len];
    // SAFETY: all-zero is a valid (empty) range; both ends are set next.
    let mut range: TranscodeRange = unsafe { std::mem::zeroed() };
    range.mStart.mPtr = data.as_ptr() as *mut u8;
    range.mEnd.mPtr = data.as_ptr().wrapping_add(data.len()) as *mut u8;
    let mut options = DecodeOptions {
        // SAFETY: all-zero is the engine's default (no introducer, no
        // borrowing) for this plain-data struct.
        _base: unsafe { std::mem::zeroed::<ReadOnlyDecodeOptions>() },
    };
    // The bytes live until the process ends: the stencil may point into them.
    options._base.borrowBuffer = true;
    let mut stencil = std::ptr::null_mut();
    let result = run(&options._base, &range, &mut stencil);
    (result == TranscodeResult::Ok && !stencil.is_null()).then_some(stencil)
}

/// `mozilla::Vector<uint8_t, 0, MallocAllocPolicy>` as laid out in a
/// release build of the engine: no inline storage, so an empty vector's
/// `begin` is the engine's placeholder pointer `1`.
#[repr(C)]
struct TranscodeBuffer {
    begin: *mut u8,
    length: usize,
    capacity: usize,
}

extern "C" {
    /// `JS::EncodeStencil(JSContext*, JS::Stencil*, JS::TranscodeBuffer&)`;
    /// the bindings leave it out because of the vector parameter.
    #[link_name = "_ZN2JS13EncodeStencilEP9JSContextPN2js8frontend32InitialStencilAndDelazificationsERN7mozilla6VectorIhLm0ENS6_17MallocAllocPolicyEEE"]
    fn encode_stencil(
        cx: *mut JSContext,
        stencil: *mut Stencil,
        buffer: *mut TranscodeBuffer,
    ) -> TranscodeResult;
}

/// The engine's encoding of `stencil` (with every function compiled so far).
///
/// # Safety
/// `cx` must be live on this thread; no other thread may be compiling
/// functions of `stencil` meanwhile.
unsafe fn encode(cx: *mut JSContext, stencil: *mut Stencil) -> Option<Vec<u8>> {
    let mut buffer = TranscodeBuffer {
        // The engine's empty-vector placeholder is `(uint8_t*)sizeof(uint8_t)`,
        // that is 1: the same address as Rust's dangling `*mut u8`.
        begin: std::ptr::dangling_mut::<u8>(),
        length: 0,
        capacity: 0,
    };
    // SAFETY: the buffer has the engine's layout and starts empty; the
    // engine grows it with malloc, so it is released with free.
    unsafe {
        let result = encode_stencil(cx, stencil, &mut buffer);
        let bytes = (result == TranscodeResult::Ok)
            .then(|| std::slice::from_raw_parts(buffer.begin, buffer.length).to_vec());
        if buffer.begin != std::ptr::dangling_mut::<u8>() {
            libc::free(buffer.begin as *mut libc::c_void);
        }
        if bytes.is_none() {
            mozjs::jsapi::JS_ClearPendingException(cx);
        }
        bytes
    }
}

/// Encoded stencils by (name, for_workers).
type Entries = HashMap<(String, bool), Vec<u8>>;

/// Each entry this process encoded, kept so a later write in the same
/// process keeps them as first written.
fn written() -> &'static Mutex<Entries> {
    static WRITTEN: OnceLock<Mutex<Entries>> = OnceLock::new();
    WRITTEN.get_or_init(Default::default)
}

/// Writes the file again when this process compiled built-ins it did not
/// have. Only those are encoded, each once (what a stencil holds is fixed
/// by the first write: the functions compiled by then); the file's other
/// entries are kept as they are. Workers' entries wait for a write
/// `with_workers` (once workers have run: then they hold the functions
/// workers called).
///
/// # Safety
/// `cx` must be live on this thread.
pub(crate) unsafe fn save(
    cx: *mut JSContext,
    entries: &[(String, bool, *mut Stencil)],
    with_workers: bool,
) {
    if !DIRTY.swap(false, Ordering::Relaxed) {
        return;
    }
    let Some(path) = file_path() else { return };
    let file = loaded();
    let mut written = written().lock().unwrap_or_else(|e| e.into_inner());
    for (name, for_workers, stencil) in entries {
        let key = (name.clone(), *for_workers);
        if file.index.contains_key(&(name.as_str(), *for_workers)) || written.contains_key(&key) {
            continue;
        }
        if *for_workers && !with_workers {
            DIRTY.store(true, Ordering::Relaxed);
            continue;
        }
        // SAFETY: as this function's contract.
        if let Some(data) = unsafe { encode(cx, *stencil) } {
            written.insert(key, data);
        }
    }
    let mut entries: Vec<(&str, bool, &[u8])> = written
        .iter()
        .map(|((name, for_workers), data)| (name.as_str(), *for_workers, data.as_slice()))
        .collect();
    for (&(name, for_workers), &(at, len)) in &file.index {
        if !written.contains_key(&(name.to_string(), for_workers)) {
            entries.push((name, for_workers, &file.bytes[at..at + len]));
        }
    }
    if crate::engine::write_atomically(&path, &file_bytes(&entries)).is_ok() {
        remove_stale_files(&path);
    }
}

/// How long a cache file of another build may go unwritten before it is
/// deleted (each build with changed built-ins writes a file of its own).
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(14 * 24 * 3600);

/// Deletes other builds' cache files not written for [`STALE_AFTER`], so
/// the folder does not grow with every upgrade; a build in use rewrites
/// its file whenever it meets a module the file lacks.
fn remove_stale_files(current: &std::path::Path) {
    let Some(dir) = current.parent() else { return };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let now = std::time::SystemTime::now();
    for entry in entries.flatten() {
        let path = entry.path();
        let is_cache = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with("builtins-") && n.ends_with(".bin"));
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|at| now.duration_since(at).ok())
            .is_some_and(|age| age > STALE_AFTER);
        if is_cache && stale && path != current {
            let _ = std::fs::remove_file(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_round_trip_with_aligned_data() {
        let out = file_bytes(&[("node:a", false, b"12345"), ("node:bc", true, b"xyz")]);
        let index = parse(&out).expect("a cache file");
        let (at, len) = index[&("node:a", false)];
        assert_eq!((&out[at..at + len], at % 8), (&b"12345"[..], 0));
        let (at, len) = index[&("node:bc", true)];
        assert_eq!((&out[at..at + len], at % 8), (&b"xyz"[..], 0));
        assert_eq!(index.len(), 2);
    }

    #[test]
    fn the_table_comes_before_all_data() {
        let out = file_bytes(&[("node:a", false, &[7; 100]), ("node:b", false, &[9; 3])]);
        let table_end = MAGIC.len() + 4 + read_u32(&out, MAGIC.len()).unwrap() as usize;
        let index = parse(&out).expect("a cache file");
        assert!(index.values().all(|&(at, _)| at >= table_end));
        assert!(!out[..table_end].contains(&7));
    }

    #[test]
    fn damaged_files_are_not_read() {
        let out = file_bytes(&[("node:a", false, b"12345678")]);
        assert!(parse(&out[..out.len() - 1]).is_none());
        let mut wrong_table = out.clone();
        wrong_table[MAGIC.len()] += 1;
        assert!(parse(&wrong_table).is_none());
        assert!(parse(b"SPNDLSC0").is_none());
        assert!(parse(b"").is_none());
    }
}

//! Ops under `crypto`: hashing, HMAC, randomness, PBKDF2, scrypt and a
//! constant-time comparison.
//!
//! A running hash or HMAC lives in Rust between `update()` calls, in a
//! per-thread slab (one isolate per thread) and is named in JavaScript by a
//! numeric handle. `digest()` frees it. A `Hash` that JavaScript drops
//! without digesting keeps its state (a few hundred bytes) until the thread
//! ends: the engine is not asked to run `FinalizationRegistry` callbacks, so
//! nothing can tell Rust the object is gone. JavaScript limits the damage by
//! creating the Rust state lazily: `createHash(a).update(string).digest()`
//! never touches the slab (it is one `cryptoHashOnce` call).
//!
//! Digest outputs are encoded in Rust when the encoding is one of
//! [`OutputEncoding`]'s, so `digest('hex')` makes one string and no buffer.
//!
//! Ops (`alg` is an algorithm id from `cryptoHashResolve`; `id` is the
//! completion id of an async op, see `internal/completions.js`; `data`
//! and keys are a string, used as UTF-8, or an ArrayBuffer or view; `enc`
//! is an [`OutputEncoding`] number):
//! - `cryptoHashResolve(name)` → `[alg, outputLength, isXof]` or `null`.
//! - `cryptoHashNames()` → the names `getHashes()` lists.
//! - `cryptoHashOnce(alg, data, enc, length)` → the digest of `data`.
//! - `cryptoHashNew(alg)`, `cryptoHmacNew(alg, key)` → a handle (`null` for
//!   an HMAC over SHAKE).
//! - `cryptoHmacOnce(alg, key, data, enc)` → the HMAC of `data` (`null`
//!   for SHAKE).
//! - `cryptoHashUpdate(handle, data)` → false for a dead handle.
//! - `cryptoHashDigest(handle, enc, length)` → the digest, freeing the
//!   handle (`undefined` for a dead handle).
//! - `cryptoHashCopy(handle)` → a new handle, `null` for a dead one.
//! - `cryptoHashFree(handle)`; `cryptoHashLive()` → live state count.
//! - `cryptoRandomFill(view, offset, size)` fills bytes in place;
//!   `cryptoRandomBytesAsync(id, size)` completes with fresh random bytes.
//! - `cryptoPbkdf2(alg, password, salt, iterations, keylen)` → bytes, or
//!   `null` for SHAKE; `cryptoPbkdf2Async(id, …same)` completes with them.
//! - `cryptoScrypt(password, salt, N, r, p, maxmem, keylen)` → bytes or a
//!   [`kdf::ScryptError`] number (1 invalid, 2 memory limit, 3 no memory);
//!   `cryptoScryptAsync(id, …same)` → 0 when started, else that number.
//! - `cryptoTimingSafeEqual(a, b)` → whether two equal-length byte
//!   sequences are equal, in time independent of where they differ.

pub mod digests;
pub mod kdf;
pub mod slab;

use std::cell::RefCell;

use spindle_core::{Op, OpError, OpResult, OpScope, Val};

use crate::host::{Host, Message};
use digests::Algorithm;
use kdf::ScryptError;
use slab::Slab;

thread_local! {
    pub(crate) static STATES: RefCell<Slab> = RefCell::new(Slab::default());
}

/// How a digest is handed back to JavaScript.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputEncoding {
    /// Bytes (a `Uint8Array` JavaScript turns into a `Buffer`).
    Bytes = 0,
    /// Lower-case hexadecimal.
    Hex = 1,
    /// Base64 with padding.
    Base64 = 2,
    /// URL-safe base64 without padding.
    Base64Url = 3,
    /// One char per byte (`latin1`, `binary`).
    Latin1 = 4,
}

impl OutputEncoding {
    /// The encoding JavaScript's number names (unknown numbers: bytes).
    pub fn from_number(n: f64) -> OutputEncoding {
        match n as u32 {
            1 => OutputEncoding::Hex,
            2 => OutputEncoding::Base64,
            3 => OutputEncoding::Base64Url,
            4 => OutputEncoding::Latin1,
            _ => OutputEncoding::Bytes,
        }
    }

    /// `bytes` in this encoding.
    pub fn encode(self, bytes: Vec<u8>) -> Val {
        match self {
            OutputEncoding::Bytes => Val::Bytes(bytes),
            OutputEncoding::Hex => Val::String(to_hex(&bytes)),
            OutputEncoding::Base64 => Val::String(crate::encoding::base64_encode(&bytes, false)),
            OutputEncoding::Base64Url => Val::String(crate::encoding::base64_encode(&bytes, true)),
            OutputEncoding::Latin1 => Val::String(bytes.iter().map(|&b| b as char).collect()),
        }
    }
}

/// Lower-case hex of `bytes`.
pub fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    out
}

/// Compares two byte strings of equal length without an early exit.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let diff = a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y));
    std::hint::black_box(diff) == 0
}

/// Runs `f` on argument `i` as input bytes: a string's UTF-8, or the bytes
/// of an ArrayBuffer or view.
fn with_input<R>(scope: &OpScope, i: usize, f: impl FnOnce(&[u8]) -> R) -> Result<R, OpError> {
    if scope.is_string(i) {
        return scope.with_utf8(i, f);
    }
    scope.with_bytes(i, f).map_err(|_| {
        OpError::type_error(format!("argument {i} must be a string or bytes"))
            .with_code("ERR_INVALID_ARG_TYPE")
    })
}

fn algorithm(scope: &OpScope, i: usize) -> Result<Algorithm, OpError> {
    Algorithm::from_id(scope.number(i)?).ok_or_else(|| OpError::error("Invalid digest"))
}

fn length_arg(scope: &OpScope, i: usize) -> usize {
    scope.number(i).map_or(0, |n| n.max(0.0) as usize)
}

fn hash_resolve(scope: &mut OpScope) -> OpResult {
    Ok(match Algorithm::from_name(&scope.string(0)?) {
        Some(alg) => Val::Array(vec![
            Val::Number(alg.id() as f64),
            Val::Number(alg.output_len() as f64),
            Val::Bool(alg.is_xof()),
        ]),
        None => Val::Null,
    })
}

fn hash_names(_scope: &mut OpScope) -> OpResult {
    Ok(Val::Array(
        digests::HASH_NAMES.iter().map(|&n| Val::from(n)).collect(),
    ))
}

fn hash_once(scope: &mut OpScope) -> OpResult {
    let alg = algorithm(scope, 0)?;
    let enc = OutputEncoding::from_number(scope.number(2).unwrap_or(0.0));
    let len = length_arg(scope, 3);
    let out = with_input(scope, 1, |data| alg.digest(data, len))?;
    Ok(enc.encode(out))
}

fn hash_new(scope: &mut OpScope) -> OpResult {
    let state = algorithm(scope, 0)?.hasher();
    Ok(Val::Number(STATES.with(|s| s.borrow_mut().insert(state))))
}

fn hmac_new(scope: &mut OpScope) -> OpResult {
    let alg = algorithm(scope, 0)?;
    match with_input(scope, 1, |key| alg.hmac(key))? {
        Some(state) => Ok(Val::Number(STATES.with(|s| s.borrow_mut().insert(state)))),
        None => Ok(Val::Null),
    }
}

fn hmac_once(scope: &mut OpScope) -> OpResult {
    let alg = algorithm(scope, 0)?;
    let enc = OutputEncoding::from_number(scope.number(3).unwrap_or(0.0));
    let Some(mut state) = with_input(scope, 1, |key| alg.hmac(key))? else {
        return Ok(Val::Null);
    };
    with_input(scope, 2, |data| state.update(data))?;
    Ok(enc.encode(state.finish(0)))
}

fn hash_update(scope: &mut OpScope) -> OpResult {
    let handle = scope.number(0)?;
    STATES.with(|s| {
        let mut slab = s.borrow_mut();
        match slab.get_mut(handle) {
            Some(state) => {
                with_input(scope, 1, |data| state.update(data)).map(|()| Val::Bool(true))
            }
            None => Ok(Val::Bool(false)),
        }
    })
}

fn hash_digest(scope: &mut OpScope) -> OpResult {
    let handle = scope.number(0)?;
    let enc = OutputEncoding::from_number(scope.number(1).unwrap_or(0.0));
    let len = length_arg(scope, 2);
    let state = STATES.with(|s| s.borrow_mut().take(handle));
    Ok(state.map_or(Val::Undefined, |state| enc.encode(state.finish(len))))
}

fn hash_copy(scope: &mut OpScope) -> OpResult {
    let handle = scope.number(0)?;
    Ok(STATES.with(|s| {
        let mut slab = s.borrow_mut();
        match slab.get_mut(handle).map(|state| state.fork()) {
            Some(copy) => Val::Number(slab.insert(copy)),
            None => Val::Null,
        }
    }))
}

fn hash_free(scope: &mut OpScope) -> OpResult {
    let handle = scope.number(0)?;
    STATES.with(|s| s.borrow_mut().take(handle));
    Ok(Val::Undefined)
}

fn hash_live(_scope: &mut OpScope) -> OpResult {
    Ok(Val::Number(STATES.with(|s| s.borrow().live()) as f64))
}

fn random_error(e: getrandom::Error) -> OpError {
    OpError::error(format!("random source failed: {e}"))
}

fn random_fill(scope: &mut OpScope) -> OpResult {
    let offset = length_arg(scope, 1);
    let size = length_arg(scope, 2);
    scope
        .with_bytes_mut(0, |bytes| {
            let end = offset.checked_add(size).filter(|&end| end <= bytes.len());
            match end {
                Some(end) => getrandom::fill(&mut bytes[offset..end]).map_err(random_error),
                None => {
                    Err(OpError::range_error("random fill out of bounds")
                        .with_code("ERR_OUT_OF_RANGE"))
                }
            }
        })?
        .map(|()| Val::Undefined)
}

/// Starts `job` on the blocking pool; its result completes async op `id`.
fn spawn(scope: &mut OpScope, id: f64, job: impl FnOnce() -> OpResult + Send + 'static) {
    let inbox = scope.host(|h: &mut Host| {
        h.refs += 1;
        h.inbox()
    });
    crate::host::run_blocking(move || {
        let result = job();
        inbox.post(Message::Completion { id, result });
    });
}

fn random_bytes_async(scope: &mut OpScope) -> OpResult {
    let id = scope.number(0)?;
    let size = length_arg(scope, 1);
    spawn(scope, id, move || {
        let mut bytes = vec![0; size];
        getrandom::fill(&mut bytes).map_err(random_error)?;
        Ok(Val::Bytes(bytes))
    });
    Ok(Val::Undefined)
}

/// The owned inputs of a PBKDF2 call.
struct Pbkdf2Job {
    alg: Algorithm,
    password: Vec<u8>,
    salt: Vec<u8>,
    iterations: u32,
    keylen: usize,
}

impl Pbkdf2Job {
    /// Reads the inputs from the arguments starting at `first`.
    fn from_args(scope: &OpScope, first: usize) -> Result<Pbkdf2Job, OpError> {
        Ok(Pbkdf2Job {
            alg: algorithm(scope, first)?,
            password: with_input(scope, first + 1, <[u8]>::to_vec)?,
            salt: with_input(scope, first + 2, <[u8]>::to_vec)?,
            iterations: scope.number(first + 3)?.clamp(1.0, u32::MAX as f64) as u32,
            keylen: length_arg(scope, first + 4),
        })
    }

    /// The derived key, or `null` for a digest PBKDF2 cannot use (SHAKE).
    fn run(&self) -> Val {
        let mut out = vec![0; self.keylen];
        if self
            .alg
            .pbkdf2(&self.password, &self.salt, self.iterations, &mut out)
        {
            Val::Bytes(out)
        } else {
            Val::Null
        }
    }
}

fn pbkdf2_sync(scope: &mut OpScope) -> OpResult {
    Ok(Pbkdf2Job::from_args(scope, 0)?.run())
}

fn pbkdf2_async(scope: &mut OpScope) -> OpResult {
    let id = scope.number(0)?;
    let job = Pbkdf2Job::from_args(scope, 1)?;
    spawn(scope, id, move || Ok(job.run()));
    Ok(Val::Undefined)
}

fn scrypt_code(e: ScryptError) -> Val {
    Val::Number(match e {
        ScryptError::Invalid => 1.0,
        ScryptError::MemoryLimit => 2.0,
        ScryptError::OutOfMemory => 3.0,
    })
}

type ScryptArgs = (Vec<u8>, Vec<u8>, kdf::ScryptParams, usize);

/// The owned inputs of a scrypt call starting at argument `first`, or the
/// reason its parameters are refused.
fn scrypt_args(scope: &OpScope, first: usize) -> Result<Result<ScryptArgs, ScryptError>, OpError> {
    let password = with_input(scope, first, <[u8]>::to_vec)?;
    let salt = with_input(scope, first + 1, <[u8]>::to_vec)?;
    let whole = |i: usize| scope.number(first + i).map(|n| n.max(0.0) as u64);
    let (n, r, p, maxmem) = (whole(2)?, whole(3)?, whole(4)?, whole(5)?);
    let keylen = length_arg(scope, first + 6);
    Ok(kdf::check_scrypt(n, r, p, maxmem).map(|params| (password, salt, params, keylen)))
}

fn scrypt_sync(scope: &mut OpScope) -> OpResult {
    Ok(match scrypt_args(scope, 0)? {
        Ok((password, salt, params, keylen)) => {
            match kdf::scrypt_derive(&password, &salt, &params, keylen) {
                Ok(key) => Val::Bytes(key),
                Err(e) => scrypt_code(e),
            }
        }
        Err(e) => scrypt_code(e),
    })
}

fn scrypt_async(scope: &mut OpScope) -> OpResult {
    let id = scope.number(0)?;
    let (password, salt, params, keylen) = match scrypt_args(scope, 1)? {
        Ok(args) => args,
        Err(e) => return Ok(scrypt_code(e)),
    };
    spawn(scope, id, move || {
        kdf::scrypt_derive(&password, &salt, &params, keylen)
            .map(Val::Bytes)
            .map_err(|_| OpError::error("error:030C0100:digital envelope routines::malloc failure"))
    });
    Ok(Val::Number(0.0))
}

fn timing_safe_equal(scope: &mut OpScope) -> OpResult {
    let a = scope.with_bytes(0, <[u8]>::to_vec)?;
    scope.with_bytes(1, |b| Val::Bool(constant_time_eq(&a, b)))
}

/// The crypto ops.
pub const OPS: &[Op] = &[
    Op::new("cryptoHashResolve", hash_resolve),
    Op::new("cryptoHashNames", hash_names),
    Op::new("cryptoHashOnce", hash_once),
    Op::new("cryptoHashNew", hash_new),
    Op::new("cryptoHmacNew", hmac_new),
    Op::new("cryptoHmacOnce", hmac_once),
    Op::new("cryptoHashUpdate", hash_update),
    Op::new("cryptoHashDigest", hash_digest),
    Op::new("cryptoHashCopy", hash_copy),
    Op::new("cryptoHashFree", hash_free),
    Op::new("cryptoHashLive", hash_live),
    Op::new("cryptoRandomFill", random_fill),
    Op::new("cryptoRandomBytesAsync", random_bytes_async),
    Op::new("cryptoPbkdf2", pbkdf2_sync),
    Op::new("cryptoPbkdf2Async", pbkdf2_async),
    Op::new("cryptoScrypt", scrypt_sync),
    Op::new("cryptoScryptAsync", scrypt_async),
    Op::new("cryptoTimingSafeEqual", timing_safe_equal),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_encodings() {
        let bytes = vec![0xfb, 0xff, 0x00, 0x41];
        let text = |enc: OutputEncoding| match enc.encode(bytes.clone()) {
            Val::String(s) => s,
            other => panic!("{other:?}"),
        };
        assert_eq!(text(OutputEncoding::Hex), "fbff0041");
        assert_eq!(text(OutputEncoding::Base64), "+/8AQQ==");
        assert_eq!(text(OutputEncoding::Base64Url), "-_8AQQ");
        assert_eq!(text(OutputEncoding::Latin1), "\u{fb}\u{ff}\u{0}A");
        assert_eq!(
            OutputEncoding::from_number(0.0).encode(bytes.clone()),
            Val::Bytes(bytes)
        );
        assert_eq!(OutputEncoding::from_number(9.0), OutputEncoding::Bytes);
    }

    #[test]
    fn constant_time_comparison() {
        assert!(constant_time_eq(b"", b""));
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
    }
}

//! Byte and text encoding ops: the hot paths under `Buffer`, `TextEncoder`,
//! `TextDecoder`, `atob`/`btoa`.

use spindle_core::{Op, OpResult, OpScope, Val};

fn utf8_encode(scope: &mut OpScope) -> OpResult {
    Ok(Val::Bytes(scope.string(0)?.into_bytes()))
}

/// `utf8Decode(view, fatal)`: invalid sequences become U+FFFD, or `null`
/// when `fatal` is set.
fn utf8_decode(scope: &mut OpScope) -> OpResult {
    let fatal = scope.truthy(1);
    scope.with_bytes(0, |b| match std::str::from_utf8(b) {
        Ok(s) => Val::String(s.to_string()),
        Err(_) if fatal => Val::Null,
        Err(_) => Val::String(String::from_utf8_lossy(b).into_owned()),
    })
}

/// `encodeInto(string, view)` → `[utf16UnitsRead, bytesWritten]`.
fn encode_into(scope: &mut OpScope) -> OpResult {
    let text = scope.string(0)?;
    scope.with_bytes_mut(1, |dest| {
        let (mut read, mut written) = (0usize, 0usize);
        for ch in text.chars() {
            let len = ch.len_utf8();
            if written + len > dest.len() {
                break;
            }
            ch.encode_utf8(&mut dest[written..written + len]);
            written += len;
            read += ch.len_utf16();
        }
        Val::Array(vec![Val::Number(read as f64), Val::Number(written as f64)])
    })
}

fn latin1_decode(scope: &mut OpScope) -> OpResult {
    scope.with_bytes(0, |b| Val::String(b.iter().map(|&c| c as char).collect()))
}

fn ascii_decode(scope: &mut OpScope) -> OpResult {
    scope.with_bytes(0, |b| {
        Val::String(b.iter().map(|&c| (c & 0x7f) as char).collect())
    })
}

fn hex_encode(scope: &mut OpScope) -> OpResult {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    scope.with_bytes(0, |b| {
        let mut out = String::with_capacity(b.len() * 2);
        for &byte in b {
            out.push(DIGITS[(byte >> 4) as usize] as char);
            out.push(DIGITS[(byte & 15) as usize] as char);
        }
        Val::String(out)
    })
}

/// Node's hex decoding: pairs of hex digits, stopping at the first invalid pair.
fn hex_decode(scope: &mut OpScope) -> OpResult {
    let text = scope.string(0)?;
    let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(text.len() / 2);
    for pair in text.as_bytes().chunks_exact(2) {
        match (digit(pair[0]), digit(pair[1])) {
            (Some(h), Some(l)) => out.push(h << 4 | l),
            _ => break,
        }
    }
    Ok(Val::Bytes(out))
}

/// Base64 of bytes (`urlSafe`: the `-_` alphabet without padding).
pub fn base64_encode(bytes: &[u8], url_safe: bool) -> String {
    let alphabet: &[u8; 64] = if url_safe {
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    } else {
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    };
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (chunk[0] as u32) << 16
            | (*chunk.get(1).unwrap_or(&0) as u32) << 8
            | *chunk.get(2).unwrap_or(&0) as u32;
        let symbols = chunk.len() + 1;
        for i in 0..4 {
            if i < symbols {
                out.push(alphabet[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else if !url_safe {
                out.push('=');
            }
        }
    }
    out
}

/// Node's lenient base64: both alphabets, other characters skipped,
/// decoding stops at the first `=`.
pub fn base64_decode(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' | b'-' => Some(62),
        b'/' | b'_' => Some(63),
        _ => None,
    };
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &c in text.as_bytes() {
        if c == b'=' {
            break;
        }
        let Some(v) = value(c) else { continue };
        acc = acc << 6 | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

fn base64_encode_op(scope: &mut OpScope) -> OpResult {
    let url_safe = scope.truthy(1);
    scope.with_bytes(0, |b| Val::String(base64_encode(b, url_safe)))
}

fn base64_decode_op(scope: &mut OpScope) -> OpResult {
    Ok(Val::Bytes(base64_decode(&scope.string(0)?)))
}

fn compare_bytes(scope: &mut OpScope) -> OpResult {
    let a = scope.with_bytes(0, |b| b.to_vec())?;
    scope.with_bytes(1, |b| Val::Number(a.as_slice().cmp(b) as i8 as f64))
}

/// `indexOfBytes(haystack, needle, byteOffset, last)` → index or -1.
fn index_of_bytes(scope: &mut OpScope) -> OpResult {
    let needle = scope.with_bytes(1, |b| b.to_vec())?;
    let offset = scope.number(2).unwrap_or(0.0);
    let last = scope.truthy(3);
    scope.with_bytes(0, |hay| {
        let len = hay.len() as f64;
        let start = if offset < 0.0 {
            (len + offset).max(0.0)
        } else {
            offset.min(len)
        } as usize;
        let found = if last {
            let end = (start + needle.len()).min(hay.len());
            if needle.is_empty() {
                Some(start.min(hay.len()))
            } else {
                hay[..end]
                    .windows(needle.len())
                    .rposition(|w| w == needle.as_slice())
            }
        } else if needle.is_empty() {
            Some(start)
        } else {
            hay[start..]
                .windows(needle.len())
                .position(|w| w == needle.as_slice())
                .map(|i| i + start)
        };
        Val::Number(found.map_or(-1.0, |i| i as f64))
    })
}

/// `fillBytes(view, pattern)`: repeats the pattern over the whole view.
fn fill_bytes(scope: &mut OpScope) -> OpResult {
    let pattern = scope.with_bytes(1, |b| b.to_vec())?;
    scope.with_bytes_mut(0, |dest| {
        if pattern.len() == 1 {
            dest.fill(pattern[0]);
        } else if !pattern.is_empty() {
            for (i, byte) in dest.iter_mut().enumerate() {
                *byte = pattern[i % pattern.len()];
            }
        }
        Val::Undefined
    })
}

/// The encoding ops.
pub const OPS: &[Op] = &[
    Op::new("utf8Encode", utf8_encode),
    Op::new("utf8Decode", utf8_decode),
    Op::new("encodeInto", encode_into),
    Op::new("latin1Decode", latin1_decode),
    Op::new("asciiDecode", ascii_decode),
    Op::new("hexEncode", hex_encode),
    Op::new("hexDecode", hex_decode),
    Op::new("base64Encode", base64_encode_op),
    Op::new("base64Decode", base64_decode_op),
    Op::new("compareBytes", compare_bytes),
    Op::new("indexOfBytes", index_of_bytes),
    Op::new("fillBytes", fill_bytes),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trips_every_length() {
        for len in 0..20 {
            let bytes: Vec<u8> = (0..len as u8).map(|b| b.wrapping_mul(37)).collect();
            assert_eq!(base64_decode(&base64_encode(&bytes, false)), bytes);
            assert_eq!(base64_decode(&base64_encode(&bytes, true)), bytes);
        }
    }

    #[test]
    fn base64_matches_known_text() {
        assert_eq!(base64_encode(b"hello", false), "aGVsbG8=");
        assert_eq!(base64_encode(b"\xfb\xff", true), "-_8");
        assert_eq!(base64_decode("aGV sbG8=garbage"), b"hello");
    }
}

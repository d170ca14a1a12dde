//! Key derivation: scrypt's parameter rules (those node inherits from
//! OpenSSL, so the same inputs are refused with the same reasons) and the
//! derivation itself.

/// OpenSSL's default memory bound for scrypt (also node's `maxmem` default).
pub const SCRYPT_DEFAULT_MAXMEM: u64 = 32 << 20;

/// Why scrypt parameters are refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScryptError {
    /// `N` is not a power of two above 1, or `r`/`p` is zero.
    Invalid,
    /// The work would need more memory than allowed (or than is addressable).
    MemoryLimit,
    /// The memory could not be allocated.
    OutOfMemory,
}

/// Accepted scrypt parameters.
#[derive(Debug, Clone, Copy)]
pub struct ScryptParams {
    params: scrypt::Params,
    /// Bytes of the big table (`128 * r * N`).
    table_bytes: usize,
}

/// Checks scrypt's cost parameters against the memory bound `maxmem`
/// (0 means the default, 32 MiB). The memory counted is the mixing blocks
/// (`128 * r * p`) plus the table and scratch space (`128 * r * (N + 2)`).
pub fn check_scrypt(n: u64, r: u64, p: u64, maxmem: u64) -> Result<ScryptParams, ScryptError> {
    if r == 0 || p == 0 || n < 2 || !n.is_power_of_two() {
        return Err(ScryptError::Invalid);
    }
    // r * p must stay below 2^30.
    const PR_LIMIT: u64 = (1 << 30) - 1;
    if p > PR_LIMIT / r {
        return Err(ScryptError::MemoryLimit);
    }
    // N must be below 2^(16 r) (only binding for small r).
    if 16 * r <= 63 && n >= 1u64 << (16 * r) {
        return Err(ScryptError::MemoryLimit);
    }
    let (n, r, p) = (n as u128, r as u128, p as u128);
    let blocks = 128 * r * p;
    if blocks > i32::MAX as u128 {
        return Err(ScryptError::MemoryLimit);
    }
    let table = 128 * r * (n + 2);
    let maxmem = match maxmem {
        0 => SCRYPT_DEFAULT_MAXMEM,
        m => m.min(usize::MAX as u64),
    } as u128;
    if blocks + table > maxmem {
        return Err(ScryptError::MemoryLimit);
    }
    let log_n = n.trailing_zeros() as u8;
    let params =
        scrypt::Params::new(log_n, r as u32, p as u32).map_err(|_| ScryptError::MemoryLimit)?;
    let table_bytes = usize::try_from(128 * r * n).map_err(|_| ScryptError::MemoryLimit)?;
    Ok(ScryptParams {
        params,
        table_bytes,
    })
}

/// Derives `keylen` bytes with scrypt.
pub fn scrypt_derive(
    password: &[u8],
    salt: &[u8],
    params: &ScryptParams,
    keylen: usize,
) -> Result<Vec<u8>, ScryptError> {
    if keylen == 0 {
        return Ok(Vec::new());
    }
    // The derivation allocates its table without a fallible path: make
    // sure the memory can be had first, so a huge `maxmem` fails softly.
    let mut probe: Vec<u8> = Vec::new();
    probe
        .try_reserve_exact(params.table_bytes)
        .map_err(|_| ScryptError::OutOfMemory)?;
    drop(probe);
    let mut out = vec![0; keylen];
    scrypt::scrypt(password, salt, &params.params, &mut out).map_err(|_| ScryptError::Invalid)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn parameter_rules() {
        use ScryptError::*;
        let check = |n, r, p, m| check_scrypt(n, r, p, m).map(|_| ()).err();
        assert_eq!(check(16384, 8, 1, 0), None);
        assert_eq!(check(3, 8, 1, 0), Some(Invalid));
        assert_eq!(check(1, 8, 1, 0), Some(Invalid));
        assert_eq!(
            check(3, 1 << 20, 1, 0),
            Some(Invalid),
            "shape before memory"
        );
        assert_eq!(check(1 << 15, 8, 1, 0), Some(MemoryLimit));
        assert_eq!(check(1 << 15, 8, 1, 1 << 26), None);
        assert_eq!(check(1 << 16, 1, 1, 1 << 30), Some(MemoryLimit));
        assert_eq!(check(1 << 15, 1, 1, 1 << 30), None);
        assert_eq!(check(2, 1, (1 << 24) - 1, 1 << 40), None);
        assert_eq!(check(2, 1, 1 << 24, 1 << 40), Some(MemoryLimit));
        assert_eq!(check(1024, 1, 1, 128 * 1026 + 128), None);
        assert_eq!(check(1024, 1, 1, 128 * 1026 + 127), Some(MemoryLimit));
        assert_eq!(check(16, 1 << 30, 1, 1 << 40), Some(MemoryLimit));
    }

    #[test]
    fn rfc7914_vector() {
        // RFC 7914, section 12, second vector.
        let params = check_scrypt(1024, 8, 16, 1 << 30).expect("params");
        let key = scrypt_derive(b"password", b"NaCl", &params, 64).expect("derive");
        assert_eq!(
            hex(&key),
            "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162\
             2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640"
        );
        assert!(scrypt_derive(b"p", b"s", &params, 0)
            .expect("empty")
            .is_empty());
    }
}

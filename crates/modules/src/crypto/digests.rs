//! The message digests `crypto` offers: their names (as OpenSSL 3, and so
//! node, accepts them), their sizes, and boxed running states for plain
//! hashing and HMAC.

use digest::consts::{U36, U64};
use digest::{
    ExtendableOutput, FixedOutput, HashMarker, KeyInit, Mac, Output, OutputSizeUser, Update,
};
use hmac::{Hmac, SimpleHmac};

/// A digest algorithm `createHash`, `createHmac`, `hash` and `pbkdf2` accept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    /// MD5.
    Md5,
    /// MD5 and SHA-1 of the same input, concatenated (TLS 1.0's PRF hash).
    Md5Sha1,
    /// SHA-1.
    Sha1,
    /// SHA-224.
    Sha224,
    /// SHA-256.
    Sha256,
    /// SHA-384.
    Sha384,
    /// SHA-512.
    Sha512,
    /// SHA-512/224.
    Sha512_224,
    /// SHA-512/256.
    Sha512_256,
    /// SHA3-224.
    Sha3_224,
    /// SHA3-256.
    Sha3_256,
    /// SHA3-384.
    Sha3_384,
    /// SHA3-512.
    Sha3_512,
    /// SHAKE128, an extendable-output function.
    Shake128,
    /// SHAKE256, an extendable-output function.
    Shake256,
    /// RIPEMD-160.
    Ripemd160,
    /// BLAKE2b with a 512-bit output.
    Blake2b512,
    /// BLAKE2s with a 256-bit output.
    Blake2s256,
    /// SM3.
    Sm3,
}

/// Every algorithm, in the order of their numeric ids.
pub const ALL: [Algorithm; 19] = [
    Algorithm::Md5,
    Algorithm::Md5Sha1,
    Algorithm::Sha1,
    Algorithm::Sha224,
    Algorithm::Sha256,
    Algorithm::Sha384,
    Algorithm::Sha512,
    Algorithm::Sha512_224,
    Algorithm::Sha512_256,
    Algorithm::Sha3_224,
    Algorithm::Sha3_256,
    Algorithm::Sha3_384,
    Algorithm::Sha3_512,
    Algorithm::Shake128,
    Algorithm::Shake256,
    Algorithm::Ripemd160,
    Algorithm::Blake2b512,
    Algorithm::Blake2s256,
    Algorithm::Sm3,
];

/// Every spelling that selects an algorithm, lower-cased: OpenSSL's provider
/// names and aliases, the legacy object names (`RSA-SHA256`,
/// `sha256WithRSAEncryption`, …) and the dotted OIDs.
const NAMES: &[(&str, Algorithm)] = &[
    ("md5", Algorithm::Md5),
    ("ssl3-md5", Algorithm::Md5),
    ("rsa-md5", Algorithm::Md5),
    ("md5withrsaencryption", Algorithm::Md5),
    ("1.2.840.113549.2.5", Algorithm::Md5),
    ("md5-sha1", Algorithm::Md5Sha1),
    ("sha1", Algorithm::Sha1),
    ("sha-1", Algorithm::Sha1),
    ("ssl3-sha1", Algorithm::Sha1),
    ("rsa-sha1", Algorithm::Sha1),
    ("rsa-sha1-2", Algorithm::Sha1),
    ("sha1withrsaencryption", Algorithm::Sha1),
    ("1.3.14.3.2.26", Algorithm::Sha1),
    ("sha224", Algorithm::Sha224),
    ("sha-224", Algorithm::Sha224),
    ("sha2-224", Algorithm::Sha224),
    ("rsa-sha224", Algorithm::Sha224),
    ("sha224withrsaencryption", Algorithm::Sha224),
    ("2.16.840.1.101.3.4.2.4", Algorithm::Sha224),
    ("sha256", Algorithm::Sha256),
    ("sha-256", Algorithm::Sha256),
    ("sha2-256", Algorithm::Sha256),
    ("rsa-sha256", Algorithm::Sha256),
    ("sha256withrsaencryption", Algorithm::Sha256),
    ("2.16.840.1.101.3.4.2.1", Algorithm::Sha256),
    ("sha384", Algorithm::Sha384),
    ("sha-384", Algorithm::Sha384),
    ("sha2-384", Algorithm::Sha384),
    ("rsa-sha384", Algorithm::Sha384),
    ("sha384withrsaencryption", Algorithm::Sha384),
    ("2.16.840.1.101.3.4.2.2", Algorithm::Sha384),
    ("sha512", Algorithm::Sha512),
    ("sha-512", Algorithm::Sha512),
    ("sha2-512", Algorithm::Sha512),
    ("rsa-sha512", Algorithm::Sha512),
    ("sha512withrsaencryption", Algorithm::Sha512),
    ("2.16.840.1.101.3.4.2.3", Algorithm::Sha512),
    ("sha512-224", Algorithm::Sha512_224),
    ("sha-512/224", Algorithm::Sha512_224),
    ("sha2-512/224", Algorithm::Sha512_224),
    ("rsa-sha512/224", Algorithm::Sha512_224),
    ("sha512-224withrsaencryption", Algorithm::Sha512_224),
    ("2.16.840.1.101.3.4.2.5", Algorithm::Sha512_224),
    ("sha512-256", Algorithm::Sha512_256),
    ("sha-512/256", Algorithm::Sha512_256),
    ("sha2-512/256", Algorithm::Sha512_256),
    ("rsa-sha512/256", Algorithm::Sha512_256),
    ("sha512-256withrsaencryption", Algorithm::Sha512_256),
    ("2.16.840.1.101.3.4.2.6", Algorithm::Sha512_256),
    ("sha3-224", Algorithm::Sha3_224),
    ("rsa-sha3-224", Algorithm::Sha3_224),
    ("id-rsassa-pkcs1-v1_5-with-sha3-224", Algorithm::Sha3_224),
    ("2.16.840.1.101.3.4.2.7", Algorithm::Sha3_224),
    ("sha3-256", Algorithm::Sha3_256),
    ("rsa-sha3-256", Algorithm::Sha3_256),
    ("id-rsassa-pkcs1-v1_5-with-sha3-256", Algorithm::Sha3_256),
    ("2.16.840.1.101.3.4.2.8", Algorithm::Sha3_256),
    ("sha3-384", Algorithm::Sha3_384),
    ("rsa-sha3-384", Algorithm::Sha3_384),
    ("id-rsassa-pkcs1-v1_5-with-sha3-384", Algorithm::Sha3_384),
    ("2.16.840.1.101.3.4.2.9", Algorithm::Sha3_384),
    ("sha3-512", Algorithm::Sha3_512),
    ("rsa-sha3-512", Algorithm::Sha3_512),
    ("id-rsassa-pkcs1-v1_5-with-sha3-512", Algorithm::Sha3_512),
    ("2.16.840.1.101.3.4.2.10", Algorithm::Sha3_512),
    ("shake128", Algorithm::Shake128),
    ("shake-128", Algorithm::Shake128),
    ("2.16.840.1.101.3.4.2.11", Algorithm::Shake128),
    ("shake256", Algorithm::Shake256),
    ("shake-256", Algorithm::Shake256),
    ("2.16.840.1.101.3.4.2.12", Algorithm::Shake256),
    ("ripemd160", Algorithm::Ripemd160),
    ("ripemd-160", Algorithm::Ripemd160),
    ("ripemd", Algorithm::Ripemd160),
    ("rmd160", Algorithm::Ripemd160),
    ("rsa-ripemd160", Algorithm::Ripemd160),
    ("ripemd160withrsa", Algorithm::Ripemd160),
    ("1.3.36.3.2.1", Algorithm::Ripemd160),
    ("blake2b512", Algorithm::Blake2b512),
    ("blake2b-512", Algorithm::Blake2b512),
    ("1.3.6.1.4.1.1722.12.2.1.16", Algorithm::Blake2b512),
    ("blake2s256", Algorithm::Blake2s256),
    ("blake2s-256", Algorithm::Blake2s256),
    ("1.3.6.1.4.1.1722.12.2.2.8", Algorithm::Blake2s256),
    ("sm3", Algorithm::Sm3),
    ("rsa-sm3", Algorithm::Sm3),
    ("sm3withrsaencryption", Algorithm::Sm3),
    ("1.2.156.10197.1.401", Algorithm::Sm3),
];

/// The names `crypto.getHashes()` lists, as node 20 (OpenSSL 3) lists them.
pub const HASH_NAMES: &[&str] = &[
    "RSA-MD5",
    "RSA-RIPEMD160",
    "RSA-SHA1",
    "RSA-SHA1-2",
    "RSA-SHA224",
    "RSA-SHA256",
    "RSA-SHA3-224",
    "RSA-SHA3-256",
    "RSA-SHA3-384",
    "RSA-SHA3-512",
    "RSA-SHA384",
    "RSA-SHA512",
    "RSA-SHA512/224",
    "RSA-SHA512/256",
    "RSA-SM3",
    "blake2b512",
    "blake2s256",
    "id-rsassa-pkcs1-v1_5-with-sha3-224",
    "id-rsassa-pkcs1-v1_5-with-sha3-256",
    "id-rsassa-pkcs1-v1_5-with-sha3-384",
    "id-rsassa-pkcs1-v1_5-with-sha3-512",
    "md5",
    "md5-sha1",
    "md5WithRSAEncryption",
    "ripemd",
    "ripemd160",
    "ripemd160WithRSA",
    "rmd160",
    "sha1",
    "sha1WithRSAEncryption",
    "sha224",
    "sha224WithRSAEncryption",
    "sha256",
    "sha256WithRSAEncryption",
    "sha3-224",
    "sha3-256",
    "sha3-384",
    "sha3-512",
    "sha384",
    "sha384WithRSAEncryption",
    "sha512",
    "sha512-224",
    "sha512-224WithRSAEncryption",
    "sha512-256",
    "sha512-256WithRSAEncryption",
    "sha512WithRSAEncryption",
    "shake128",
    "shake256",
    "sm3",
    "sm3WithRSAEncryption",
    "ssl3-md5",
    "ssl3-sha1",
];

/// A running digest or MAC computation.
pub trait Hasher: Send {
    /// Absorbs more input.
    fn update(&mut self, data: &[u8]);
    /// Finishes and returns the output; `len` is used only by
    /// extendable-output functions (the others have a fixed size).
    fn finish(self: Box<Self>, len: usize) -> Vec<u8>;
    /// An independent copy of the state so far.
    fn fork(&self) -> Box<dyn Hasher>;
}

struct Fixed<D>(D);

impl<D> Hasher for Fixed<D>
where
    D: Update + FixedOutput + Clone + Send + 'static,
{
    fn update(&mut self, data: &[u8]) {
        Update::update(&mut self.0, data);
    }
    fn finish(self: Box<Self>, _len: usize) -> Vec<u8> {
        self.0.finalize_fixed().to_vec()
    }
    fn fork(&self) -> Box<dyn Hasher> {
        Box::new(Fixed(self.0.clone()))
    }
}

struct Xof<X>(X);

impl<X> Hasher for Xof<X>
where
    X: Update + ExtendableOutput + Clone + Send + 'static,
{
    fn update(&mut self, data: &[u8]) {
        Update::update(&mut self.0, data);
    }
    fn finish(self: Box<Self>, len: usize) -> Vec<u8> {
        let mut out = vec![0; len];
        self.0.finalize_xof_into(&mut out);
        out
    }
    fn fork(&self) -> Box<dyn Hasher> {
        Box::new(Xof(self.0.clone()))
    }
}

/// MD5 and SHA-1 side by side: OpenSSL's `md5-sha1` digest (36 bytes, both
/// with 64-byte blocks, so HMAC and PBKDF2 work over it as over any hash).
#[derive(Clone, Default)]
pub struct Md5Sha1 {
    md5: md5::Md5,
    sha1: sha1::Sha1,
}

impl HashMarker for Md5Sha1 {}

impl Update for Md5Sha1 {
    fn update(&mut self, data: &[u8]) {
        Update::update(&mut self.md5, data);
        Update::update(&mut self.sha1, data);
    }
}

impl OutputSizeUser for Md5Sha1 {
    type OutputSize = U36;
}

impl digest::common::BlockSizeUser for Md5Sha1 {
    type BlockSize = U64;
}

impl FixedOutput for Md5Sha1 {
    fn finalize_into(self, out: &mut Output<Self>) {
        let (left, right) = out.split_at_mut(16);
        left.copy_from_slice(&self.md5.finalize_fixed());
        right.copy_from_slice(&self.sha1.finalize_fixed());
    }
}

/// Runs `$body` with `$d` bound to the digest type of a fixed-size
/// algorithm, `$x` to the type of an extendable-output one; `$eager` picks
/// the HMAC flavour: `Hmac` where the hash exposes its block function,
/// `SimpleHmac` elsewhere (SHA-3, BLAKE2, MD5-SHA1).
macro_rules! dispatch {
    ($alg:expr, |$d:ident, $hmac:ident| $fixed:expr, |$x:ident| $xof:expr) => {
        match $alg {
            Algorithm::Md5 => {
                type $d = md5::Md5;
                type $hmac = Hmac<md5::Md5>;
                $fixed
            }
            Algorithm::Md5Sha1 => {
                type $d = Md5Sha1;
                type $hmac = SimpleHmac<Md5Sha1>;
                $fixed
            }
            Algorithm::Sha1 => {
                type $d = sha1::Sha1;
                type $hmac = Hmac<sha1::Sha1>;
                $fixed
            }
            Algorithm::Sha224 => {
                type $d = sha2::Sha224;
                type $hmac = Hmac<sha2::Sha224>;
                $fixed
            }
            Algorithm::Sha256 => {
                type $d = sha2::Sha256;
                type $hmac = Hmac<sha2::Sha256>;
                $fixed
            }
            Algorithm::Sha384 => {
                type $d = sha2::Sha384;
                type $hmac = Hmac<sha2::Sha384>;
                $fixed
            }
            Algorithm::Sha512 => {
                type $d = sha2::Sha512;
                type $hmac = Hmac<sha2::Sha512>;
                $fixed
            }
            Algorithm::Sha512_224 => {
                type $d = sha2::Sha512_224;
                type $hmac = Hmac<sha2::Sha512_224>;
                $fixed
            }
            Algorithm::Sha512_256 => {
                type $d = sha2::Sha512_256;
                type $hmac = Hmac<sha2::Sha512_256>;
                $fixed
            }
            Algorithm::Sha3_224 => {
                type $d = sha3::Sha3_224;
                type $hmac = SimpleHmac<sha3::Sha3_224>;
                $fixed
            }
            Algorithm::Sha3_256 => {
                type $d = sha3::Sha3_256;
                type $hmac = SimpleHmac<sha3::Sha3_256>;
                $fixed
            }
            Algorithm::Sha3_384 => {
                type $d = sha3::Sha3_384;
                type $hmac = SimpleHmac<sha3::Sha3_384>;
                $fixed
            }
            Algorithm::Sha3_512 => {
                type $d = sha3::Sha3_512;
                type $hmac = SimpleHmac<sha3::Sha3_512>;
                $fixed
            }
            Algorithm::Ripemd160 => {
                type $d = ripemd::Ripemd160;
                type $hmac = Hmac<ripemd::Ripemd160>;
                $fixed
            }
            Algorithm::Blake2b512 => {
                type $d = blake2::Blake2b512;
                type $hmac = SimpleHmac<blake2::Blake2b512>;
                $fixed
            }
            Algorithm::Blake2s256 => {
                type $d = blake2::Blake2s256;
                type $hmac = SimpleHmac<blake2::Blake2s256>;
                $fixed
            }
            Algorithm::Sm3 => {
                type $d = sm3::Sm3;
                type $hmac = Hmac<sm3::Sm3>;
                $fixed
            }
            Algorithm::Shake128 => {
                type $x = shake::Shake128;
                $xof
            }
            Algorithm::Shake256 => {
                type $x = shake::Shake256;
                $xof
            }
        }
    };
}

impl Algorithm {
    /// The algorithm a name selects (case-insensitive), if any.
    pub fn from_name(name: &str) -> Option<Algorithm> {
        NAMES
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|&(_, alg)| alg)
    }

    /// The algorithm with this numeric id (its index in [`ALL`]).
    pub fn from_id(id: f64) -> Option<Algorithm> {
        if id >= 0.0 && id.fract() == 0.0 {
            ALL.get(id as usize).copied()
        } else {
            None
        }
    }

    /// This algorithm's numeric id, the handle JavaScript keeps.
    pub fn id(self) -> usize {
        ALL.iter().position(|&a| a == self).unwrap_or(0)
    }

    /// True for the extendable-output functions (SHAKE).
    pub fn is_xof(self) -> bool {
        matches!(self, Algorithm::Shake128 | Algorithm::Shake256)
    }

    /// The output size in bytes; for SHAKE, the default node uses (half
    /// the security level in bits: 16 for SHAKE128, 32 for SHAKE256).
    pub fn output_len(self) -> usize {
        match self {
            Algorithm::Shake128 => 16,
            Algorithm::Shake256 => 32,
            _ => dispatch!(self, |D, _H| <D as OutputSizeUser>::output_size(), |_X| 0),
        }
    }

    /// A fresh hashing state.
    pub fn hasher(self) -> Box<dyn Hasher> {
        dispatch!(self, |D, _H| Box::new(Fixed(D::default())), |X| Box::new(
            Xof(X::default())
        ))
    }

    /// A fresh HMAC state keyed with `key`; `None` for SHAKE, which has no
    /// HMAC construction.
    pub fn hmac(self, key: &[u8]) -> Option<Box<dyn Hasher>> {
        dispatch!(
            self,
            |_D, H| H::new_from_slice(key)
                .ok()
                .map(|m| Box::new(MacState(m)) as Box<dyn Hasher>),
            |_X| None
        )
    }

    /// PBKDF2 with HMAC over this hash, filling `out`; false for SHAKE.
    pub fn pbkdf2(self, password: &[u8], salt: &[u8], rounds: u32, out: &mut [u8]) -> bool {
        dispatch!(
            self,
            |_D, H| pbkdf2::pbkdf2::<H>(password, salt, rounds, out).is_ok(),
            |_X| false
        )
    }

    /// The digest of `data` in one go.
    pub fn digest(self, data: &[u8], len: usize) -> Vec<u8> {
        let mut state = self.hasher();
        state.update(data);
        state.finish(len)
    }
}

struct MacState<M>(M);

impl<M> Hasher for MacState<M>
where
    M: Mac + Clone + Send + 'static,
{
    fn update(&mut self, data: &[u8]) {
        Mac::update(&mut self.0, data);
    }
    fn finish(self: Box<Self>, _len: usize) -> Vec<u8> {
        self.0.finalize().into_bytes().to_vec()
    }
    fn fork(&self) -> Box<dyn Hasher> {
        Box::new(MacState(self.0.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn names_resolve_case_insensitively() {
        assert_eq!(Algorithm::from_name("SHA256"), Some(Algorithm::Sha256));
        assert_eq!(Algorithm::from_name("Rsa-Sha256"), Some(Algorithm::Sha256));
        assert_eq!(
            Algorithm::from_name("sha-512/256"),
            Some(Algorithm::Sha512_256)
        );
        assert_eq!(Algorithm::from_name("SHA512/256"), None);
        assert_eq!(Algorithm::from_name("sha256 "), None);
        assert_eq!(Algorithm::from_name("nope"), None);
        for name in HASH_NAMES {
            assert!(Algorithm::from_name(name).is_some(), "{name}");
        }
    }

    #[test]
    fn ids_round_trip() {
        for alg in ALL {
            assert_eq!(Algorithm::from_id(alg.id() as f64), Some(alg));
        }
        assert_eq!(Algorithm::from_id(-1.0), None);
        assert_eq!(Algorithm::from_id(1.5), None);
        assert_eq!(Algorithm::from_id(99.0), None);
    }

    #[test]
    fn known_digests() {
        let abc = |alg: Algorithm| hex(&alg.digest(b"abc", alg.output_len()));
        assert_eq!(abc(Algorithm::Md5), "900150983cd24fb0d6963f7d28e17f72");
        assert_eq!(
            abc(Algorithm::Sha1),
            "a9993e364706816aba3e25717850c26c9cd0d89d"
        );
        assert_eq!(
            abc(Algorithm::Sha256),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            abc(Algorithm::Md5Sha1),
            "900150983cd24fb0d6963f7d28e17f72a9993e364706816aba3e25717850c26c9cd0d89d"
        );
        assert_eq!(
            abc(Algorithm::Sha3_256),
            "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532"
        );
        assert_eq!(
            hex(&Algorithm::Shake128.digest(b"", 16)),
            "7f9c2ba4e88f827d616045507605853e"
        );
        assert_eq!(hex(&Algorithm::Shake128.digest(b"", 3)), "7f9c2b");
        for alg in ALL {
            assert_eq!(alg.digest(b"x", alg.output_len()).len(), alg.output_len());
        }
    }

    #[test]
    fn fork_is_independent() {
        let mut a = Algorithm::Sha1.hasher();
        a.update(b"ab");
        let mut b = a.fork();
        a.update(b"c");
        b.update(b"x");
        assert_eq!(
            hex(&a.finish(20)),
            "a9993e364706816aba3e25717850c26c9cd0d89d"
        );
        assert_ne!(
            hex(&b.finish(20)),
            "a9993e364706816aba3e25717850c26c9cd0d89d"
        );
    }

    #[test]
    fn hmac_vectors() {
        // RFC 4231, test case 2.
        let mut mac = Algorithm::Sha256.hmac(b"Jefe").expect("hmac");
        mac.update(b"what do ya want for nothing?");
        assert_eq!(
            hex(&mac.finish(32)),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        assert!(Algorithm::Shake256.hmac(b"k").is_none());
    }

    #[test]
    fn pbkdf2_vectors() {
        // RFC 6070, test case 2.
        let mut out = [0u8; 20];
        assert!(Algorithm::Sha1.pbkdf2(b"password", b"salt", 2, &mut out));
        assert_eq!(hex(&out), "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957");
        assert!(!Algorithm::Shake128.pbkdf2(b"p", b"s", 1, &mut out));
    }
}

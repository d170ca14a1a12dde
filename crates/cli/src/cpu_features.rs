//! The engine's CPU feature flags, found with 7 `cpuid` instructions
//! instead of the engine's 38.
//!
//! SpiderMonkey's support library (mozglue's `SSE.cpp`) defines one global
//! `bool` per instruction-set extension (`mozilla::sse_private::
//! sse4_2_enabled`, …), each set by its own static initializer that runs
//! `cpuid` twice: the highest leaf, then the leaf it needs. In a virtual
//! machine every `cpuid` exits to the hypervisor (~4 µs on this project's
//! machine), so those initializers cost ~0.15 ms of every start — ~4% of
//! `hello.js`.
//!
//! This module defines the same symbols, with the same meaning bit for bit
//! (including the engine's quirks: `sha_enabled` reads sub-leaf 1, as the
//! engine does, and BMI counts only with AVX), and sets them all from one
//! reading of each leaf, before `main`. Because the binary's own object
//! defines them, the linker never takes `SSE.o` out of the engine's
//! archive (it defines nothing else): no duplicate, no second reader. An
//! engine version that adds a flag would take `SSE.o` again and fail to
//! link with a duplicate-symbol error naming it, never silently.
//!
//! Only the `spindle` binary does this; programs that embed the runtime
//! keep the engine's own initializers.
#![cfg(all(target_arch = "x86_64", target_os = "linux"))]

use std::arch::x86_64::{__cpuid_count, CpuidResult};
use std::sync::atomic::{AtomicBool, Ordering::Relaxed};

/// Declares each engine flag under its C++ name. An `AtomicBool` has the
/// size and layout of C++'s `bool` and lives in writable data, which is
/// what the engine's `extern bool` declarations read.
macro_rules! engine_flags {
    ($($rust:ident = $symbol:literal;)*) => {
        $(
            #[doc = concat!("The engine's `", $symbol, "`.")]
            #[export_name = $symbol]
            static $rust: AtomicBool = AtomicBool::new(false);
        )*
    };
}

engine_flags! {
    SSE3 = "_ZN7mozilla11sse_private12sse3_enabledE";
    SSSE3 = "_ZN7mozilla11sse_private13ssse3_enabledE";
    SSE4A = "_ZN7mozilla11sse_private13sse4a_enabledE";
    SSE4_1 = "_ZN7mozilla11sse_private14sse4_1_enabledE";
    SSE4_2 = "_ZN7mozilla11sse_private14sse4_2_enabledE";
    FMA3 = "_ZN7mozilla11sse_private12fma3_enabledE";
    AVX = "_ZN7mozilla11sse_private11avx_enabledE";
    AVX2 = "_ZN7mozilla11sse_private12avx2_enabledE";
    AVXVNNI = "_ZN7mozilla11sse_private15avxvnni_enabledE";
    AES = "_ZN7mozilla11sse_private11aes_enabledE";
    SHA = "_ZN7mozilla11sse_private11sha_enabledE";
    SHA512 = "_ZN7mozilla11sse_private14sha512_enabledE";
    BMI = "_ZN7mozilla11sse_private11bmi_enabledE";
    BMI2 = "_ZN7mozilla11sse_private12bmi2_enabledE";
    CONSTANT_TSC = "_ZN7mozilla11sse_private16has_constant_tscE";
}

/// `mozilla::xgetbv(uint32_t)`: the extended control register `xcr`
/// (which register states the OS saves). `SSE.cpp` defines it too.
#[export_name = "_ZN7mozilla6xgetbvEj"]
pub extern "C" fn xgetbv(xcr: u32) -> u64 {
    let (low, high): (u32, u32);
    // SAFETY: `xgetbv` only reads a control register into eax:edx. The
    // engine calls it only after `cpuid` reported OSXSAVE, as `flags` does.
    unsafe {
        std::arch::asm!("xgetbv", in("ecx") xcr, out("eax") low, out("edx") high,
                        options(nomem, nostack, preserves_flags));
    }
    (u64::from(high) << 32) | u64::from(low)
}

/// Runs before `main` and before the engine's own static initializers
/// (priority 101, the first a program may use), so every reader sees the
/// flags set.
#[used]
#[link_section = ".init_array.00101"]
static SET_FLAGS_BEFORE_MAIN: extern "C" fn() = set_flags;

/// The `cpuid` leaves the flags come from, each read once (a leaf above
/// the highest the processor has reads as zeros, as the engine's checks
/// treat it).
struct Leaves {
    basic1: CpuidResult,
    ext7_0: CpuidResult,
    ext7_1: CpuidResult,
    amd1: CpuidResult,
    amd7: CpuidResult,
}

fn read_leaves() -> Leaves {
    let cpuid = |leaf, sub| __cpuid_count(leaf, sub);
    let zero = CpuidResult {
        eax: 0,
        ebx: 0,
        ecx: 0,
        edx: 0,
    };
    let max_basic = cpuid(0, 0).eax;
    let max_extended = cpuid(0x8000_0000, 0).eax;
    let basic = |leaf, sub| {
        if leaf <= max_basic {
            cpuid(leaf, sub)
        } else {
            zero
        }
    };
    let extended = |leaf| {
        if leaf <= max_extended {
            cpuid(leaf, 0)
        } else {
            zero
        }
    };
    Leaves {
        basic1: basic(1, 0),
        ext7_0: basic(7, 0),
        ext7_1: basic(7, 1),
        amd1: extended(0x8000_0001),
        amd7: extended(0x8000_0007),
    }
}

/// The flags, from the leaves: the same tests as the engine's `SSE.cpp`.
fn flags(leaves: &Leaves, xcr0: impl Fn() -> u64) -> [(&'static AtomicBool, bool); 15] {
    let bit = |register: u32, n: u32| register & (1 << n) != 0;
    let l1 = leaves.basic1;
    let avx = {
        let (xsave, osxsave, avx) = (bit(l1.ecx, 26), bit(l1.ecx, 27), bit(l1.ecx, 28));
        // The OS saves the XMM and YMM states (bits 1 and 2 of XCR0).
        xsave && osxsave && avx && xcr0() & 0b110 == 0b110
    };
    let bmi = avx && bit(leaves.ext7_0.ebx, 3);
    [
        (&SSE3, bit(l1.ecx, 0)),
        (&SSSE3, bit(l1.ecx, 9)),
        (&SSE4A, bit(leaves.amd1.ecx, 6)),
        (&SSE4_1, bit(l1.ecx, 19)),
        (&SSE4_2, bit(l1.ecx, 20)),
        (&FMA3, bit(l1.ecx, 12)),
        (&AVX, avx),
        (&AVX2, avx && bit(leaves.ext7_0.ebx, 5)),
        (&AVXVNNI, bit(leaves.ext7_1.eax, 4)),
        (&AES, bit(l1.ecx, 25)),
        (&SHA, bit(leaves.ext7_1.ebx, 29)),
        (&SHA512, bit(leaves.ext7_1.eax, 0)),
        (&BMI, bmi),
        (&BMI2, bmi && bit(leaves.ext7_0.ebx, 8)),
        (&CONSTANT_TSC, bit(leaves.amd7.edx, 8)),
    ]
}

extern "C" fn set_flags() {
    for (flag, value) in flags(&read_leaves(), || xgetbv(0)) {
        flag.store(value, Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads the flags as the initializer before `main` left them (this
    /// test binary has the same `.init_array` entry), so it also fails if
    /// that entry never ran.
    #[test]
    fn flags_are_set_before_main_and_agree_with_the_standard_library() {
        let cases = [
            (&SSE3, std::is_x86_feature_detected!("sse3")),
            (&SSSE3, std::is_x86_feature_detected!("ssse3")),
            (&SSE4_1, std::is_x86_feature_detected!("sse4.1")),
            (&SSE4_2, std::is_x86_feature_detected!("sse4.2")),
            (&FMA3, std::is_x86_feature_detected!("fma")),
            (&AVX, std::is_x86_feature_detected!("avx")),
            (&AVX2, std::is_x86_feature_detected!("avx2")),
            (&AES, std::is_x86_feature_detected!("aes")),
        ];
        for (i, (flag, expected)) in cases.into_iter().enumerate() {
            assert_eq!(flag.load(Relaxed), expected, "case {i}");
        }
    }

    #[test]
    fn avx_needs_the_os_to_save_ymm_registers() {
        let all = CpuidResult {
            eax: !0,
            ebx: !0,
            ecx: !0,
            edx: !0,
        };
        let leaves = Leaves {
            basic1: all,
            ext7_0: all,
            ext7_1: all,
            amd1: all,
            amd7: all,
        };
        let value = |xcr0: u64, flag: &AtomicBool| {
            flags(&leaves, || xcr0)
                .into_iter()
                .find(|(f, _)| std::ptr::eq(*f, flag))
                .unwrap()
                .1
        };
        for flag in [&AVX, &AVX2, &BMI, &BMI2] {
            assert!(value(0b110, flag));
            assert!(!value(0b010, flag), "without YMM state");
        }
        assert!(value(0, &SSE4_2), "SSE does not depend on XCR0");
    }
}

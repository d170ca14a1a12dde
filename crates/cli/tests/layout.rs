//! The binary's layout: the functions `startup-order.txt` lists (what a
//! start runs) are in the binary and packed together at the front of its
//! code, as `build.rs` asks the linker (see docs/architecture.md, "The
//! binary's layout"). Fails when the list has gone stale (an engine
//! upgrade renamed most of it) or the ordering was not applied.
//!
//! Reads the symbol table with `nm` (binutils, which the build's C
//! compiler needs anyway). Also: a panic still unwinds with the unwinder
//! linked in statically (`build.rs`), as this test binary is linked too.

#![cfg(all(target_arch = "x86_64", target_os = "linux"))]

use std::collections::HashMap;
use std::process::Command;

/// Every defined code symbol of the binary: name → (address, size).
fn code_symbols() -> HashMap<String, (u64, u64)> {
    let out = Command::new("nm")
        .args(["--defined-only", "-S", env!("CARGO_BIN_EXE_spindle")])
        .output()
        .expect("nm (binutils) runs");
    assert!(out.status.success(), "nm failed");
    let mut symbols = HashMap::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if let [address, size, kind, name] = fields[..] {
            if matches!(kind, "t" | "T" | "w" | "W") {
                let hex = |text| u64::from_str_radix(text, 16).unwrap();
                symbols.insert(name.to_string(), (hex(address), hex(size)));
            }
        }
    }
    symbols
}

fn listed() -> Vec<String> {
    let list = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("startup-order.txt");
    std::fs::read_to_string(list)
        .expect("startup-order.txt")
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn start_up_functions_are_packed_together() {
    if std::env::var("SPINDLE_STARTUP_ORDER").as_deref() == Ok("0") {
        return; // linked without the ordering on purpose (build.rs)
    }
    let symbols = code_symbols();
    let listed = listed();
    let found: Vec<(u64, u64)> = listed
        .iter()
        .filter_map(|name| symbols.get(name).copied())
        .collect();
    assert!(
        found.len() * 10 >= listed.len() * 9,
        "only {} of the {} functions in startup-order.txt are in the binary: \
         run scripts/startup-order.sh",
        found.len(),
        listed.len()
    );
    // Aliases share an address: count each piece of code once.
    let mut pieces: Vec<(u64, u64)> = found;
    pieces.sort_unstable();
    pieces.dedup_by_key(|(address, _)| *address);
    let bytes: u64 = pieces.iter().map(|(_, size)| size).sum();
    let first = pieces.first().unwrap().0;
    let end = pieces
        .iter()
        .map(|(address, size)| address + size)
        .max()
        .unwrap();
    let code_start = symbols.values().map(|(address, _)| *address).min().unwrap();
    // Packed: the span is the functions' own bytes plus alignment padding,
    // where unordered they spread over the binary's ~16 MB of code.
    assert!(
        end - first < bytes * 3 / 2,
        "the listed functions ({bytes} bytes) spread over {} bytes",
        end - first
    );
    assert!(
        first - code_start < 64 * 1024,
        "the listed functions start {} bytes into the code, not at its front",
        first - code_start
    );
}

#[test]
fn panics_unwind_with_the_static_unwinder() {
    let caught = std::panic::catch_unwind(|| {
        let v: Vec<u8> = Vec::new();
        v[usize::MAX / 2] // out of bounds: panics
    });
    assert!(caught.is_err());
}

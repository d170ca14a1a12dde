//! Links the `spindle` binary as a fixed-address (non-PIE) executable,
//! with libstdc++, the unwinder (libgcc_eh) and zlib linked in statically
//! when the compiler has their archives: each shared library is one more
//! file for the loader to map and bind at every start (libgcc_s's
//! constructor also queries the CPU with `cpuid`, which exits to the
//! hypervisor in a VM). Without them: libc, libm and the loader.
//!
//! A position-independent binary has ~48,000 relative relocations (most from
//! the engine's C++ vtables) that the dynamic loader applies at every start,
//! writing — and so copying — every page they touch. At a fixed address the
//! linker resolves them once: start-up is faster and resident memory smaller.
//!
//! With rustc's own lld (the default linker for x86_64 Linux), the
//! functions listed in `startup-order.txt` go first in the code, together.
//! A start-up runs ~1.7 MB of the binary's 16 MB of code; scattered, it
//! touches ~115 separate 64 KB stretches (the kernel maps a file 64 KB
//! around each fault), ~11 MiB resident; together, ~30. See
//! `scripts/startup-order.sh`, which writes the list; set
//! `SPINDLE_STARTUP_ORDER=0` when linking with another linker.
fn main() {
    println!("cargo:rerun-if-changed=startup-order.txt");
    println!("cargo:rerun-if-env-changed=SPINDLE_STARTUP_ORDER");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
        if uses_rust_lld() {
            let list = std::path::Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap())
                .join("startup-order.txt");
            println!(
                "cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={}",
                list.display()
            );
            // Names this build lacks (the list is from an earlier build) are fine.
            println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
        }
        if let Some(dir) = static_libstdcxx_dir() {
            println!("cargo:rustc-link-search=native={dir}");
            println!("cargo:rustc-link-lib=static=stdc++");
            // The unwinder too, from the same folder.
            if std::path::Path::new(&dir).join("libgcc_eh.a").exists() {
                println!("cargo:rustc-link-lib=static=gcc_eh");
            }
        }
        if let Some(dir) = static_library_dir("gcc", "libz.a") {
            println!("cargo:rustc-link-search=native={dir}");
            println!("cargo:rustc-link-lib=static=z");
        }
    }
}

/// Whether the binary is linked by lld, as rustc does by default for
/// x86_64 Linux, unless `SPINDLE_STARTUP_ORDER=0` says otherwise.
fn uses_rust_lld() -> bool {
    std::env::var("TARGET").as_deref() == Ok("x86_64-unknown-linux-gnu")
        && std::env::var("SPINDLE_STARTUP_ORDER").as_deref() != Ok("0")
}

/// The folder of the C++ compiler's static libstdc++, if it has one. The
/// engine's C++ then calls it directly: a dynamic libstdc++ has the loader
/// look up ~1,600 symbols at every start (about 1 ms of `hello.js`'s 7).
/// Named before the engine's own `-lstdc++`, the archive provides every
/// symbol, and the shared library, not needed, is left out (`--as-needed`).
fn static_libstdcxx_dir() -> Option<String> {
    static_library_dir("g++", "libstdc++.a")
}

/// The folder of static library `file` as compiler `cc` finds it, if any.
fn static_library_dir(cc: &str, file: &str) -> Option<String> {
    let out = std::process::Command::new(cc)
        .arg(format!("-print-file-name={file}"))
        .output()
        .ok()?;
    let path = std::path::PathBuf::from(String::from_utf8(out.stdout).ok()?.trim());
    if !path.is_absolute() || !path.exists() {
        return None;
    }
    Some(path.parent()?.display().to_string())
}

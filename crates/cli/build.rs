//! Links the `spindle` binary as a fixed-address (non-PIE) executable,
//! with libstdc++ linked in statically when the compiler has it.
//!
//! A position-independent binary has ~48,000 relative relocations (most from
//! the engine's C++ vtables) that the dynamic loader applies at every start,
//! writing — and so copying — every page they touch. At a fixed address the
//! linker resolves them once: start-up is faster and resident memory smaller.
fn main() {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
        if let Some(dir) = static_libstdcxx_dir() {
            println!("cargo:rustc-link-search=native={dir}");
            println!("cargo:rustc-link-lib=static=stdc++");
        }
    }
}

/// The folder of the C++ compiler's static libstdc++, if it has one. The
/// engine's C++ then calls it directly: a dynamic libstdc++ has the loader
/// look up ~1,600 symbols at every start (about 1 ms of `hello.js`'s 7).
/// Named before the engine's own `-lstdc++`, the archive provides every
/// symbol, and the shared library, not needed, is left out (`--as-needed`).
fn static_libstdcxx_dir() -> Option<String> {
    let out = std::process::Command::new("g++")
        .arg("-print-file-name=libstdc++.a")
        .output()
        .ok()?;
    let path = std::path::PathBuf::from(String::from_utf8(out.stdout).ok()?.trim());
    if !path.is_absolute() || !path.exists() {
        return None;
    }
    Some(path.parent()?.display().to_string())
}

//! Links the `spindle` binary as a fixed-address (non-PIE) executable.
//!
//! A position-independent binary has ~48,000 relative relocations (most from
//! the engine's C++ vtables) that the dynamic loader applies at every start,
//! writing — and so copying — every page they touch. At a fixed address the
//! linker resolves them once: start-up is faster and resident memory smaller.
fn main() {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}

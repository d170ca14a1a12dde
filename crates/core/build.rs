//! Exposes the target triple to the engine layer (it names the engine cache).
fn main() {
    println!(
        "cargo:rustc-env=SPINDLE_TARGET={}",
        std::env::var("TARGET").unwrap_or_default()
    );
}

//! Generates the one list of built-in modules from the files under `js/`:
//! `js/<id>.js` is the built-in `<id>`; adding a file adds a module.
use std::fmt::Write;
use std::path::Path;

fn collect(dir: &Path, prefix: &str, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).expect("js dir").flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().to_string();
        if path.is_dir() {
            // Watch every folder too, so adding a file reruns this script.
            println!("cargo:rerun-if-changed={}", path.display());
            collect(&path, &format!("{prefix}{name}/"), out);
        } else if let Some(stem) = name.strip_suffix(".js") {
            out.push((format!("{prefix}{stem}"), path.display().to_string()));
        }
    }
}

fn main() {
    // Read at run time: the compiled build script may be shared between
    // clones in different folders (one target directory for all).
    let root = Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("js");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, "", &mut files);
    files.sort();
    let mut code = String::from("/// Every built-in module: (id, source), sorted by id.\npub static BUILTINS: &[(&str, &str)] = &[\n");
    for (id, path) in &files {
        println!("cargo:rerun-if-changed={path}");
        writeln!(code, "    ({id:?}, include_str!({path:?})),").unwrap();
    }
    code.push_str("];\n");
    // A hash of every source, naming the on-disk code cache of this build.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (id, path) in &files {
        let text = std::fs::read(path).expect("built-in source");
        for byte in id.bytes().chain(text) {
            hash = (hash ^ byte as u64).wrapping_mul(0x100_0000_01b3);
        }
    }
    writeln!(
        code,
        "/// A hash of every built-in's id and source.\npub const SOURCES_HASH: u64 = {hash:#x};"
    )
    .unwrap();
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("builtins.rs");
    std::fs::write(out, code).unwrap();
}

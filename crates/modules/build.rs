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
    // The ids all together in one string, apart from the sources: finding
    // a built-in reads a few ids, and so only the page or two they are on,
    // where a table of (id, source) pairs put each id next to its source
    // and a lookup touched a page of the binary per id it compared.
    let ids: String = files.iter().map(|(id, _)| id.as_str()).collect();
    let mut ends = Vec::new();
    let mut end = 0;
    for (id, _) in &files {
        end += id.len();
        ends.push(end.to_string());
    }
    let mut code = format!(
        "/// Every built-in module's id, sorted, one after another.\n\
         pub(crate) const ID_TEXT: &str = {ids:?};\n\
         /// Where each id ends in [`ID_TEXT`].\n\
         pub(crate) const ID_ENDS: [u32; {n}] = [{ends}];\n\
         /// Each built-in's source, in the order of the ids.\n\
         pub(crate) static SOURCES: [&str; {n}] = [\n",
        n = files.len(),
        ends = ends.join(", ")
    );
    for (_, path) in &files {
        println!("cargo:rerun-if-changed={path}");
        writeln!(code, "    include_str!({path:?}),").unwrap();
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

//! What the module loader asks the file system for every script it runs:
//! where an absolute path leads, and the package scope of a file (is a
//! `.js` file CommonJS or an ES module?). Answered here in one call each
//! instead of path arithmetic and a walk up the tree in JavaScript, which
//! every worker would run cold in its new realm.

use std::path::Path;

use spindle_core::{OpError, Val};

use super::arg_string;

/// `packageType(dir)`: the `"type"` of the nearest `package.json` at or
/// above `dir`, as node's loader finds it:
/// - the field's value when it is a string, else `""`;
/// - `""` when no `package.json` is found (the walk also stops at a
///   directory named `node_modules`, which is no package's scope);
/// - `null` when the nearest one cannot be read or parsed, so that the
///   loader's JavaScript walk finds it again and throws node's error.
fn package_type(args: &[Val]) -> Result<Val, OpError> {
    let dir = arg_string(args, 0)?;
    for scope in Path::new(&dir).ancestors() {
        if scope.file_name().is_some_and(|name| name == "node_modules") {
            break;
        }
        let file = scope.join("package.json");
        if !std::fs::metadata(&file).is_ok_and(|m| m.is_file()) {
            continue;
        }
        let Some(manifest) = std::fs::read(&file)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok())
        else {
            return Ok(Val::Null);
        };
        if is_falsy(&manifest) {
            // The loader treats a manifest that is `null`, `false`, `0` or
            // `""` as no manifest, and goes on up.
            continue;
        }
        return Ok(match manifest.get("type") {
            Some(serde_json::Value::String(kind)) => Val::String(kind.clone()),
            _ => Val::from(""),
        });
    }
    Ok(Val::from(""))
}

fn is_falsy(value: &serde_json::Value) -> bool {
    use serde_json::Value;
    match value {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::String(s) => s.is_empty(),
        _ => false,
    }
}

/// `absoluteFile(path)`: for an absolute `path` naming a regular file (once
/// `.` and `..` are taken lexically, as `path.resolve` takes them), its
/// real path, as `require` resolves it; `undefined` otherwise, when the
/// loader's full resolution (extensions, directories) decides.
fn absolute_file(args: &[Val]) -> Result<Val, OpError> {
    let request = arg_string(args, 0)?;
    if !request.starts_with('/') || request.ends_with('/') {
        return Ok(Val::Undefined);
    }
    let lexical = normalize(&request);
    if !std::fs::metadata(&lexical).is_ok_and(|m| m.is_file()) {
        return Ok(Val::Undefined);
    }
    Ok(match std::fs::canonicalize(&lexical) {
        Ok(real) => Val::String(real.display().to_string()),
        Err(_) => Val::String(lexical),
    })
}

/// An absolute path with `.`, `..` and repeated slashes taken out
/// lexically, as node's `path.resolve` does.
fn normalize(absolute: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in absolute.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            part => parts.push(part),
        }
    }
    format!("/{}", parts.join("/"))
}

/// The module loader's operations by name.
pub(super) const FNS: &[(&str, super::FsFn)] = &[
    ("packageType", package_type),
    ("absoluteFile", absolute_file),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn type_of(dir: &Path) -> Val {
        package_type(&[Val::String(dir.display().to_string())]).unwrap()
    }

    fn text(v: Val) -> Option<String> {
        match v {
            Val::String(s) => Some(s),
            _ => None,
        }
    }

    #[test]
    fn normalizes_as_path_resolve_does() {
        assert_eq!(normalize("/a/./b//c/../d.js"), "/a/b/d.js");
        assert_eq!(normalize("/../x"), "/x");
        assert_eq!(normalize("/"), "/");
    }

    #[test]
    fn absolute_file_only_answers_for_existing_files() {
        let dir = std::env::temp_dir().join(format!("spindle-absfile-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("main.js"), "").unwrap();
        let ask = |p: String| absolute_file(&[Val::String(p)]).unwrap();
        let real = std::fs::canonicalize(dir.join("main.js")).unwrap();
        let expected = real.display().to_string();
        let via_dots = format!("{}/sub/../main.js", dir.display());
        assert!(matches!(ask(via_dots), Val::String(s) if s == expected));
        assert!(matches!(
            ask(format!("{}/main", dir.display())),
            Val::Undefined
        ));
        assert!(matches!(
            ask(format!("{}/sub", dir.display())),
            Val::Undefined
        ));
        assert!(matches!(
            ask(format!("{}/main.js/", dir.display())),
            Val::Undefined
        ));
        assert!(matches!(ask("main.js".into()), Val::Undefined));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn nearest_manifest_decides_and_node_modules_stops_the_walk() {
        let root = std::env::temp_dir().join(format!("spindle-pkgtype-{}", std::process::id()));
        let deep = root.join("a/b");
        let in_modules = root.join("node_modules/dep/lib");
        std::fs::create_dir_all(&deep).unwrap();
        std::fs::create_dir_all(&in_modules).unwrap();
        std::fs::write(root.join("package.json"), r#"{"type":"module"}"#).unwrap();
        assert_eq!(text(type_of(&deep)).as_deref(), Some("module"));
        std::fs::write(root.join("a/package.json"), r#"{"name":"a"}"#).unwrap();
        assert_eq!(text(type_of(&deep)).as_deref(), Some(""));
        std::fs::write(root.join("a/package.json"), "{ not json").unwrap();
        assert!(matches!(type_of(&deep), Val::Null));
        // No package.json inside node_modules/dep: the walk stops at
        // node_modules instead of reaching the root's "module".
        assert_eq!(text(type_of(&in_modules)).as_deref(), Some(""));
        std::fs::remove_dir_all(&root).unwrap();
    }
}

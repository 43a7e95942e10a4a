//! The crate's module graph, drawn from its own `use` lines and paths: the top-level modules
//! flow one way (text, limits -> model -> format -> report -> extract -> dataset -> across -> chart -> web),
//! and no module imports a sibling that imports it back, at any depth. Test code is left out
//! (`tests.rs` files and everything after a `#[cfg(test)]` line).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Top-level modules, bottom layer first; a module may import from lower layers only.
const LAYERS: &[&[&str]] = &[
    &["text", "limits"],
    &["model"],
    &["format"],
    &["report"],
    &["extract"],
    &["dataset"],
    &["across"],
    &["chart"],
    &["web"],
];

type ModPath = Vec<String>;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// `src/chart/views/data.rs` -> [chart, views, data]; `src/chart/mod.rs` -> [chart].
fn module_of(src: &Path, file: &Path) -> ModPath {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: ModPath = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts
}

/// The code of a file without its test module.
fn non_test_code(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let t = line.trim();
        if t.starts_with("#[cfg(test)]") || t.starts_with("#[cfg(all(test") {
            break;
        }
        if t.starts_with("//") {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Every module path a file refers to: `crate::a::b` paths, `super::` paths and the items of
/// `use crate::{..}` / `use super::{..}` groups, resolved to modules that exist.
fn references(code: &str, me: &ModPath, modules: &BTreeSet<ModPath>) -> BTreeSet<ModPath> {
    let mut out = BTreeSet::new();
    let bytes: Vec<char> = code.chars().collect();
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut i = 0;
    while i < bytes.len() {
        let rest: String = bytes[i..bytes.len().min(i + 7)].iter().collect();
        let at_word_start = i == 0 || !ident(bytes[i - 1]);
        let (base, skip) = if at_word_start && rest.starts_with("crate::") {
            (Vec::new(), 7)
        } else if at_word_start && rest.starts_with("super::") {
            let mut base = me.clone();
            let mut k = i;
            // super::super:: ...
            while bytes[k..].iter().collect::<String>().starts_with("super::") {
                base.pop();
                k += 7;
            }
            (base, k - i)
        } else {
            i += 1;
            continue;
        };
        i += skip;
        // A path, or a `{a, b::c}` group (one level is enough for this crate).
        let mut paths: Vec<String> = Vec::new();
        if bytes.get(i) == Some(&'{') {
            let end = (i..bytes.len())
                .find(|&k| bytes[k] == '}')
                .unwrap_or(bytes.len());
            let group: String = bytes[i + 1..end].iter().collect();
            paths.extend(group.split(',').map(|s| s.trim().to_string()));
            i = end;
        } else {
            let mut k = i;
            while k < bytes.len() && (ident(bytes[k]) || bytes[k] == ':') {
                k += 1;
            }
            paths.push(bytes[i..k].iter().collect());
            i = k;
        }
        for p in paths {
            let mut target = base.clone();
            let mut best = None;
            for seg in p.split("::").filter(|s| !s.is_empty()) {
                target.push(seg.to_string());
                if modules.contains(&target) {
                    best = Some(target.clone());
                }
            }
            if let Some(b) = best {
                out.insert(b);
            }
        }
    }
    out
}

/// The crate's module graph: module -> modules it refers to.
fn graph() -> BTreeMap<ModPath, BTreeSet<ModPath>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.retain(|f| {
        !f.starts_with(src.join("bin")) && f.file_name().is_some_and(|n| n != "tests.rs")
    });
    let modules: BTreeSet<ModPath> = files.iter().map(|f| module_of(&src, f)).collect();
    let mut g = BTreeMap::new();
    for f in &files {
        let me = module_of(&src, f);
        let code = non_test_code(&std::fs::read_to_string(f).unwrap());
        let refs = references(&code, &me, &modules);
        g.entry(me).or_insert_with(BTreeSet::new).extend(refs);
    }
    g
}

fn layer_of(top: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&top))
}

#[test]
fn top_level_modules_import_only_from_lower_layers() {
    let mut wrong = Vec::new();
    for (from, tos) in graph() {
        let Some(a) = from.first() else { continue };
        for to in tos {
            let Some(b) = to.first() else { continue };
            if a == b {
                continue;
            }
            match (layer_of(a), layer_of(b)) {
                (Some(la), Some(lb)) if lb < la => {}
                _ => wrong.push(format!("{} -> {}", from.join("::"), to.join("::"))),
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layer order {LAYERS:?}:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_module_imports_a_sibling_that_imports_it_back() {
    // Edges between siblings: for an import a::x::.. -> a::y::.., the edge x -> y under a.
    let mut siblings: BTreeMap<ModPath, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for (from, tos) in graph() {
        for to in tos {
            let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
            if let (Some(x), Some(y)) = (from.get(common), to.get(common)) {
                siblings
                    .entry(from[..common].to_vec())
                    .or_default()
                    .entry(x.clone())
                    .or_default()
                    .insert(y.clone());
            }
        }
    }
    let mut cycles = Vec::new();
    for (parent, edges) in &siblings {
        // Depth-first search for a back edge.
        fn visit(
            n: &str,
            edges: &BTreeMap<String, BTreeSet<String>>,
            stack: &mut Vec<String>,
            done: &mut BTreeSet<String>,
            cycles: &mut Vec<String>,
            parent: &str,
        ) {
            if done.contains(n) {
                return;
            }
            if let Some(at) = stack.iter().position(|s| s == n) {
                let mut cycle = stack[at..].to_vec();
                cycle.push(n.to_string());
                cycles.push(format!("under {parent}: {}", cycle.join(" -> ")));
                return;
            }
            stack.push(n.to_string());
            for m in edges.get(n).into_iter().flatten() {
                visit(m, edges, stack, done, cycles, parent);
            }
            stack.pop();
            done.insert(n.to_string());
        }
        let name = if parent.is_empty() {
            "crate".to_string()
        } else {
            parent.join("::")
        };
        let mut done = BTreeSet::new();
        for n in edges.keys() {
            visit(n, edges, &mut Vec::new(), &mut done, &mut cycles, &name);
        }
    }
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}

#[test]
fn the_graph_is_read_from_the_code() {
    // The reader finds real edges, so that the two checks above can fail.
    let g = graph();
    let edge = |a: &[&str], b: &[&str]| {
        let a: ModPath = a.iter().map(|s| s.to_string()).collect();
        let b: ModPath = b.iter().map(|s| s.to_string()).collect();
        g.get(&a).is_some_and(|t| t.contains(&b))
    };
    assert!(edge(&["dataset", "build"], &["extract"]));
    assert!(edge(&["chart", "views", "frame"], &["chart", "geometry"]));
    assert!(edge(&["format", "packed"], &["model"]));
    let code = "use super::{lines, years};\nlet x = crate::model::Dataset::default();";
    let me: ModPath = vec!["report".into(), "parse".into()];
    let mods: BTreeSet<ModPath> = [
        vec!["report".to_string(), "lines".to_string()],
        vec!["report".to_string(), "years".to_string()],
        vec!["model".to_string()],
    ]
    .into_iter()
    .collect();
    let refs = references(code, &me, &mods);
    assert_eq!(refs.len(), 3, "{refs:?}");
}

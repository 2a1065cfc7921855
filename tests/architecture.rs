//! The dependency rule of `ARCHITECTURE.md`, checked: the top-level modules of `api/src` stand in
//! layers, and a module names only modules in layers below its own. The edges that still break
//! the rule are listed in [`KNOWN_UPWARD`], each with the file that holds it; the check fails on
//! any other upward edge (a new cycle in the making) and on a listed edge that is gone (so the
//! list only shrinks). When the list is empty, the modules form no cycle.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The layers, lowest first. A module may name modules of lower layers (or of its own layer when
/// the pair is listed in [`SAME_LAYER`]).
const LAYERS: &[&[&str]] = &[
    // Pure figures: no database, no GraphQL.
    &["analytics"],
    &["db"],
    // Committed changes, read once per instance for live updates.
    &["live"],
    // Logs and metrics, which read the database pool's state.
    &["telemetry"],
    &["http"],
    // The GraphQL kernel: ids, connections, errors, the write helper.
    &["graphql"],
    // The organisations and their hierarchy, which the permission rules read.
    &["organisations"],
    &["auth"],
    &["audit"],
    // The other domains, in the order their facts depend on each other.
    &["stakeholders"],
    &["services"],
    &["benefits"],
    &["commitments"],
    &["realisation"],
    // The GraphQL schema over all the domains' stores.
    &["schema"],
    // What is built from all of the domains.
    &["exports", "import", "returns"],
    &["seed"],
    // The application and its configuration, which gathers every module's settings.
    &["app", "config"],
];

/// Pairs in one layer that may name each other one way.
const SAME_LAYER: &[(&str, &str)] = &[
    ("app", "config"),
    ("seed", "import"),
    ("returns", "exports"),
];

/// The upward edges still to remove, as (file under `api/src`, module it names): none now.
/// Should a change need one for a while, list it here with the plan to remove it.
const KNOWN_UPWARD: &[(&str, &str)] = &[];

fn source_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("api/src")
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The top-level module a file under `api/src` belongs to (`lib.rs` belongs to none).
fn module_of(relative: &str) -> Option<&str> {
    let first = relative.split('/').next()?;
    let module = first.strip_suffix(".rs").unwrap_or(first);
    (module != "lib").then_some(module)
}

/// The top-level modules `source` names through `crate::`, including grouped imports such as
/// `use crate::{auth::Caller, graphql::ids}`.
fn named_modules(source: &str) -> BTreeSet<String> {
    let mut named = BTreeSet::new();
    for (at, _) in source.match_indices("crate::") {
        let rest = &source[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(group.len())];
            for item in group.split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                named.insert(name);
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            named.insert(name);
        }
    }
    named
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

/// Each file under `api/src` (its path from there, with `/`), its top-level module, and the
/// modules it names besides its own.
fn files_and_named_modules() -> Vec<(String, String, BTreeSet<String>)> {
    let root = source_root();
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files
        .into_iter()
        .filter_map(|file| {
            let relative = file
                .strip_prefix(&root)
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .unwrap_or_default();
            let from = module_of(&relative)?.to_owned();
            let source = fs::read_to_string(&file).unwrap_or_default();
            let named = named_modules(&source)
                .into_iter()
                .filter(|to| *to != from && layer_of(to).is_some())
                .collect();
            Some((relative, from, named))
        })
        .collect()
}

/// Every edge that names a module of a higher layer (or of the same layer, unlisted).
fn upward_edges() -> BTreeSet<(String, String)> {
    let mut upward = BTreeSet::new();
    for (relative, from, named) in files_and_named_modules() {
        let from_layer = layer_of(&from)
            .unwrap_or_else(|| panic!("module {from} is in no layer: add it to LAYERS"));
        for to in named {
            let to_layer = layer_of(&to).unwrap_or(from_layer);
            let same_layer_allowed = SAME_LAYER.contains(&(from.as_str(), to.as_str()));
            if to_layer > from_layer || (to_layer == from_layer && !same_layer_allowed) {
                upward.insert((relative.clone(), to));
            }
        }
    }
    upward
}

#[test]
fn modules_name_only_lower_layers_except_the_listed_debts() {
    let found = upward_edges();
    let known: BTreeSet<(String, String)> = KNOWN_UPWARD
        .iter()
        .map(|(f, m)| ((*f).to_owned(), (*m).to_owned()))
        .collect();
    let new: Vec<_> = found.difference(&known).collect();
    assert!(
        new.is_empty(),
        "these files name a module of a higher layer (see ARCHITECTURE.md): {new:?}"
    );
    let gone: Vec<_> = known.difference(&found).collect();
    assert!(
        gone.is_empty(),
        "these listed debts are paid: remove them from KNOWN_UPWARD: {gone:?}"
    );
}

/// Every module each top-level module names (its own excepted).
fn module_graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (_, from, named) in files_and_named_modules() {
        graph.entry(from).or_default().extend(named);
    }
    graph
}

/// A module that reaches itself through the graph, if any, with the path it takes.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|start| visit(start, graph, &mut Vec::new(), &mut done))
}

#[test]
fn the_top_level_modules_form_no_cycle() {
    assert_eq!(find_cycle(&module_graph()), None);
}

#[test]
fn the_cycle_finder_finds_a_cycle() {
    let graph: BTreeMap<String, BTreeSet<String>> = [("a", "b"), ("b", "c"), ("c", "a")]
        .iter()
        .map(|(f, t)| ((*f).to_owned(), BTreeSet::from([(*t).to_owned()])))
        .collect();
    assert_eq!(
        find_cycle(&graph),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
}

#[test]
fn the_checker_sees_grouped_and_plain_paths() {
    let named = named_modules(
        "use crate::{auth::Caller, graphql::ids};\nlet x = crate::organisations::descendants();",
    );
    let expected: BTreeSet<String> = ["auth", "graphql", "organisations"]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    assert_eq!(named, expected);
    assert_eq!(module_of("graphql/write.rs"), Some("graphql"));
    assert_eq!(module_of("db.rs"), Some("db"));
    assert_eq!(module_of("lib.rs"), None);
}

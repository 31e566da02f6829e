//! The README documents every field of the JSON report: each key that `report --format json`
//! writes on the seed article appears in the README's "JSON fields" section.

use serde_json::Value;
use std::collections::BTreeSet;
use std::process::Command;

fn keys(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                out.insert(k.clone());
                keys(x, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| keys(x, out)),
        _ => {}
    }
}

#[test]
fn readme_documents_every_json_field() {
    let root = env!("CARGO_MANIFEST_DIR");
    let o = Command::new(env!("CARGO_BIN_EXE_stancegraph"))
        .current_dir(root)
        .env_remove("STANCEGRAPH_CONFIG")
        .args([
            "report",
            "--format",
            "json",
            "fixtures/tillerson-lavrov.txt",
        ])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let mut all = BTreeSet::new();
    keys(&v, &mut all);
    assert!(all.len() > 30, "{all:?}");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    let start = readme
        .find("## JSON fields")
        .expect("a JSON fields section");
    let section = &readme[start..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |i| i + 3)];
    let missing: Vec<&String> = all
        .iter()
        .filter(|k| {
            // `key`, `parent.key` or `key.child`
            ![format!("`{k}`"), format!(".{k}`"), format!("`{k}.")]
                .iter()
                .any(|p| section.contains(p.as_str()))
        })
        .collect();
    assert!(
        missing.is_empty(),
        "JSON fields missing from README: {missing:?}"
    );
}

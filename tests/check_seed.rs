//! Acceptance for `check` (issue 5): store the seed article, then check follow-ups written
//! for this test. A Kremlin denial and a changed figure conflict with stored seed claims,
//! both sides quoted; a follow-up that only repeats the seed reports support and no conflict;
//! checking an article whose claims are already stored reports its conflicts as known.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

const SEED: &str = include_str!("../fixtures/tillerson-lavrov.txt");

const DENIAL_AND_FIGURE: &str = "Kremlin spokesman Dmitry Peskov said on Tuesday that Russia never interfered in the US presidential election.
\"Russia did not meddle in the elections, and these allegations are baseless,\" Peskov told reporters in Moscow.
A report by the Interfax news agency said President Vladimir Putin ordered the US diplomatic mission in Moscow to cut 455 personnel.
";

const REPEAT: &str = "Russian Foreign Minister Sergei Lavrov said Russia and the US had agreed to resume a suspended high-level diplomatic channel.
US Secretary of State Rex Tillerson said he had told Lavrov that Washington would respond by September 1.
Lavrov told reporters that his country was ready for more engagement with the US on North Korea, Syria and Ukraine.
";

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_stancegraph"));
    c.env_remove("STANCEGRAPH_DB").env("NO_COLOR", "1");
    c
}

fn seeded(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("seed.db");
    let o = bin()
        .args(["add", "fixtures/tillerson-lavrov.txt", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    db
}

fn check(db: &Path, file: &Path, extra: &[&str]) -> (Option<i32>, Value) {
    let o = bin()
        .args(["check", "--format", "json", "--db"])
        .arg(db)
        .arg(file)
        .args(extra)
        .output()
        .unwrap();
    let v = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&o.stderr)));
    (o.status.code(), v)
}

/// The conflicts whose article side quotes a sentence containing `article_words`, and whose
/// stored side quotes an exact sentence of the seed article.
fn conflicts_quoting<'v>(v: &'v Value, article_words: &str) -> Vec<&'v Value> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "conflict")
        .filter(|f| {
            let ev = f["evidence"].as_array().unwrap();
            ev.iter().any(|e| {
                e["stored"] == false && e["sentence"].as_str().unwrap().contains(article_words)
            }) && ev.iter().any(|e| {
                e["stored"] == true
                    && e["doc"] == "tillerson-lavrov"
                    && SEED.contains(e["sentence"].as_str().unwrap().trim())
            })
        })
        .collect()
}

#[test]
fn a_kremlin_denial_and_a_changed_figure_conflict_with_the_stored_seed() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    let f = dir.path().join("follow-up.txt");
    std::fs::write(&f, DENIAL_AND_FIGURE).unwrap();
    let (code, v) = check(&db, &f, &["--fail-on", "medium"]);
    let denial = conflicts_quoting(&v, "never interfered");
    assert!(!denial.is_empty(), "no conflict for the denial: {v:#}");
    assert!(denial.iter().all(|f| f["new"] == true));
    let figure = conflicts_quoting(&v, "455 personnel");
    assert!(
        !figure.is_empty(),
        "no conflict for the changed figure: {v:#}"
    );
    assert!(figure.iter().any(|f| {
        f["evidence"].as_array().unwrap().iter().any(|e| {
            e["stored"] == true && e["sentence"].as_str().unwrap().contains("755 personnel")
        })
    }));
    assert!(v["new_findings"].as_u64().unwrap() >= 2);
    assert_eq!(code, Some(1), "--fail-on medium with new conflicts");
}

#[test]
fn a_follow_up_that_repeats_the_seed_is_support_without_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    let f = dir.path().join("repeat.txt");
    std::fs::write(&f, REPEAT).unwrap();
    let (code, v) = check(&db, &f, &["--fail-on", "low"]);
    let findings = v["findings"].as_array().unwrap();
    assert!(
        findings.iter().all(|f| f["kind"] != "conflict"),
        "a conflict in a repeat: {v:#}"
    );
    let support: Vec<&Value> = findings.iter().filter(|f| f["kind"] == "support").collect();
    assert!(!support.is_empty(), "no support found: {v:#}");
    assert!(support.iter().all(|f| f["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["stored"] == true && e["doc"] == "tillerson-lavrov")));
    assert_eq!(code, Some(0), "support never fails --fail-on low");
}

#[test]
fn findings_the_store_already_holds_are_known_not_new() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    let f = dir.path().join("follow-up.txt");
    std::fs::write(&f, DENIAL_AND_FIGURE).unwrap();
    // First check stores the follow-up too.
    let (_, first) = check(&db, &f, &["--add"]);
    assert!(first["new_findings"].as_u64().unwrap() >= 2);
    // The same report again, from another outlet: everything it adds is already stored.
    let g = dir.path().join("syndicated.txt");
    std::fs::write(
        &g,
        format!("{DENIAL_AND_FIGURE}\nThis story first ran on the wire.\n"),
    )
    .unwrap();
    let (code, v) = check(&db, &g, &["--fail-on", "medium"]);
    let conflicts: Vec<&Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "conflict")
        .collect();
    assert!(!conflicts.is_empty(), "{v:#}");
    assert!(
        conflicts.iter().all(|f| f["new"] == false),
        "conflicts the store already makes must be known: {v:#}"
    );
    // What stays new is support: one more article carrying the same claims.
    assert!(v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["new"] == true)
        .all(|f| f["kind"] == "support"));
    assert_eq!(code, Some(0), "known conflicts do not fail the check");
}

#[test]
fn check_draws_the_joined_graph_as_dot_and_svg() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    let f = dir.path().join("follow-up.txt");
    std::fs::write(&f, DENIAL_AND_FIGURE).unwrap();
    let run = |format: &str| {
        let o = bin()
            .args(["check", "--format", format, "--db"])
            .arg(&db)
            .arg(&f)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        assert!(
            o.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8(o.stdout).unwrap()
    };
    let dot = run("dot");
    assert!(dot.starts_with("digraph \"check follow-up\" {"), "{dot}");
    assert!(dot.trim_end().ends_with('}'), "{dot}");
    // Both sides are in the one graph: the article's speaker and a stored seed claim's...
    assert!(dot.contains("Dmitry Peskov"), "{dot}");
    assert!(dot.contains("Tillerson"), "{dot}");
    // ...and the conflicts are drawn as conflict edges (thick red).
    assert!(dot.contains("penwidth=3"), "no conflict edge: {dot}");
    assert!(
        !dot.contains("Findings"),
        "the text report leaked into DOT: {dot}"
    );
    let svg = run("svg");
    assert!(svg.contains("<svg"), "{svg}");
    assert!(svg.trim_end().ends_with("</svg>"), "{svg}");
    assert!(svg.contains("Peskov"), "{svg}");
}

//! `check` against imported fact-check claims: an article that refutes, repeats, only
//! discusses, or ignores a stored claim is told apart, and findings quote both sides.

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_stancegraph"));
    c.env_remove("STANCEGRAPH_DB").env("NO_COLOR", "1");
    c
}

const CLAIMS: &str = "id,claim,source,date,url
fc-shark,A video shows a shark swimming on a flooded highway in Houston,social media users,2017-08-28,https://example.org/shark
fc-bridge,The Hamburg city council approved a new bridge over the Elbe river,Hamburg city council,2019-03-01,
";

fn store_with_claims(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("fc.db");
    let csv = dir.join("claims.csv");
    std::fs::write(&csv, CLAIMS).unwrap();
    let o = bin()
        .args(["claims", "import", "--db"])
        .arg(&db)
        .arg(&csv)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    db
}

fn check(db: &Path, dir: &Path, name: &str, text: &str, extra: &[&str]) -> (Output, Value) {
    let f = dir.join(format!("{name}.txt"));
    std::fs::write(&f, text).unwrap();
    let o = bin()
        .args(["check", "--format", "json", "--db"])
        .arg(db)
        .arg(&f)
        .args(extra)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&o.stderr)));
    (o, v)
}

fn relation_of(v: &Value, doc: &str) -> Option<String> {
    v["matches"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["stored"]["doc"] == doc)
        .map(|m| m["relation"].as_str().unwrap().to_string())
}

#[test]
fn a_debunking_article_disagrees_and_quotes_both_sides() {
    let dir = tempfile::tempdir().unwrap();
    let db = store_with_claims(dir.path());
    let text = "The viral video of a shark swimming on a flooded highway in Houston is a hoax, fact-checkers said on Monday.\n\
        The image was doctored: the shark photo is fake and has circulated after every big storm since 2011.\n\
        The same fake picture was debunked during Hurricane Irene.";
    let (o, v) = check(&db, dir.path(), "debunk", text, &["--fail-on", "medium"]);
    assert_eq!(
        relation_of(&v, "fc-shark").as_deref(),
        Some("disagree"),
        "{v:#}"
    );
    assert_eq!(relation_of(&v, "fc-bridge"), None);
    let f = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "conflict")
        .expect("a conflict finding");
    assert_eq!(f["new"], true);
    let ev = f["evidence"].as_array().unwrap();
    assert!(ev.iter().any(|e| e["stored"] == true
        && e["doc"] == "fc-shark"
        && e["date"] == "2017-08-28"
        && e["sentence"].as_str().unwrap().contains("shark swimming")));
    assert!(ev
        .iter()
        .any(|e| e["stored"] == false && e["sentence"].as_str().unwrap().contains("is a hoax")));
    assert_eq!(v["new_findings"], 1);
    assert_eq!(
        o.status.code(),
        Some(1),
        "--fail-on medium with a new medium conflict"
    );
}

#[test]
fn a_plain_report_agrees_and_a_hedged_one_discusses() {
    let dir = tempfile::tempdir().unwrap();
    let db = store_with_claims(dir.path());
    let (o, v) = check(
        &db,
        dir.path(),
        "plain",
        "The Hamburg city council approved a new bridge over the Elbe river on Friday.\nConstruction starts next spring.",
        &["--fail-on", "medium"],
    );
    assert_eq!(
        relation_of(&v, "fc-bridge").as_deref(),
        Some("agree"),
        "{v:#}"
    );
    assert!(v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["kind"] == "support"));
    assert_eq!(o.status.code(), Some(0), "support is not a failure");

    let (_, v) = check(
        &db,
        dir.path(),
        "hedged",
        "The Hamburg city council may approve a new bridge over the Elbe river, according to unconfirmed reports.\nThe vote could reportedly slip to the autumn.",
        &[],
    );
    assert_eq!(
        relation_of(&v, "fc-bridge").as_deref(),
        Some("discuss"),
        "{v:#}"
    );
}

#[test]
fn an_article_about_something_else_matches_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = store_with_claims(dir.path());
    let (o, v) = check(
        &db,
        dir.path(),
        "other",
        "The football club signed a new striker from Lisbon for the coming season.",
        &["--fail-on", "info"],
    );
    assert_eq!(v["matches"].as_array().unwrap().len(), 0, "{v:#}");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn search_finds_stored_claims_through_the_index_and_text_reports_quote_them() {
    let dir = tempfile::tempdir().unwrap();
    let db = store_with_claims(dir.path());
    let o = bin()
        .args(["claims", "search", "shark on a highway", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("fc-shark") && !out.contains("fc-bridge"),
        "{out}"
    );

    let f = dir.path().join("md.txt");
    std::fs::write(&f, "The viral video of a shark swimming on a flooded highway in Houston is a hoax, fact-checkers said.\nThe photo is fake and was doctored, and it was debunked in 2011.").unwrap();
    let o = bin()
        .args(["check", "--format", "markdown", "--db"])
        .arg(&db)
        .arg(&f)
        .output()
        .unwrap();
    let md = String::from_utf8_lossy(&o.stdout);
    assert!(
        md.contains("> A video shows a shark swimming on a flooded highway in Houston"),
        "{md}"
    );
    assert!(md.contains("fc-shark") && md.contains("2017-08-28"), "{md}");
}

#[test]
fn a_bad_import_row_is_reported_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("bad.csv");
    std::fs::write(
        &csv,
        "claim,stance\nRussia interfered,assert\nMoscow is innocent,denny\n",
    )
    .unwrap();
    let o = bin()
        .args(["claims", "import", "--db"])
        .arg(dir.path().join("b.db"))
        .arg(&csv)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(
        e.contains("bad.csv:3") && e.contains("unknown stance `denny`"),
        "{e}"
    );
}

#[test]
fn a_denial_inside_a_condition_neither_disputes_nor_repeats_a_stored_claim() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let stored = dir.path().join("stored.txt");
    std::fs::write(
        &stored,
        "US intelligence agencies said Russia meddled in the election.",
    )
    .unwrap();
    let o = bin()
        .args(["add", "--db"])
        .arg(&db)
        .arg(&stored)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let doc = "stored";
    let (_, plain) = check(
        &db,
        dir.path(),
        "plain",
        "Russia denied that it meddled in the election.",
        &[],
    );
    assert_eq!(relation_of(&plain, doc).as_deref(), Some("disagree"));
    let (_, cond) = check(
        &db,
        dir.path(),
        "cond",
        "If Russia denied that it meddled in the election, the talks would end.",
        &[],
    );
    assert_eq!(
        relation_of(&cond, doc).as_deref(),
        Some("discuss"),
        "{cond:#}"
    );
    assert!(cond["findings"].as_array().unwrap().is_empty(), "{cond:#}");
}

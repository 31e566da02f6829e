//! `check --format html`: the checked article's page with the check's findings quoting the
//! stored claims (stored document title, outlet, date) beside the article's, and the related
//! stored claims; escaped like every report.

mod report_support;

use report_support::*;
use serde_json::Value;
use std::path::Path;
use std::process::Command;

const FOLLOW_UP: &str = "Kremlin spokesman Dmitry Peskov said on Tuesday that Russia never interfered in the US presidential election.
\"Russia did not meddle in the elections, and these allegations are baseless,\" Peskov told reporters in Moscow.
A report by the Interfax news agency said President Vladimir Putin ordered the US diplomatic mission in Moscow to cut 455 personnel.
";

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_stancegraph"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("STANCEGRAPH_DB")
        .env_remove("STANCEGRAPH_CONFIG")
        .env("NO_COLOR", "1");
    c
}

/// A store holding the seed article, with a title, outlet and date to show.
fn seeded(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("seed.db");
    let corpus = dir.join("seed.jsonl");
    let line = serde_json::json!({
        "id": "seed",
        "title": "Tillerson & Lavrov <meet> in Manila",
        "outlet": "Wire <b>service</b>",
        "date": "2017-08-07",
        "text": SEED,
    });
    std::fs::write(&corpus, format!("{line}\n")).unwrap();
    let o = bin()
        .args(["add", "-q", "--db"])
        .arg(&db)
        .arg(&corpus)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    db
}

fn check(db: &Path, article: &Path, format: &str) -> String {
    let o = bin()
        .args(["check", "--format", format, "--db"])
        .arg(db)
        .arg(article)
        .output()
        .unwrap();
    assert!(
        o.status.code() == Some(0) || o.status.code() == Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn check_html_quotes_both_sides_and_lists_related_stored_claims() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    let article = dir.path().join("follow-up.txt");
    std::fs::write(&article, FOLLOW_UP).unwrap();
    let json: Value = serde_json::from_str(check(&db, &article, "json").trim()).unwrap();
    let page = check(&db, &article, "html");
    assert_safe_page(&page);
    assert_eq!(page.matches("<!DOCTYPE html>").count(), 1);
    assert!(page.contains("Check: follow-up"));

    let findings = json["findings"].as_array().unwrap();
    assert!(
        !findings.is_empty(),
        "the follow-up conflicts with the seed"
    );
    let text = unescape(&page);
    for (i, f) in findings.iter().enumerate() {
        let at = text
            .find(&format!("id=\"finding-{}\"", i + 1))
            .expect("finding");
        let section = &text[at..at + text[at..].find("</article>").unwrap()];
        assert!(section.contains(f["message"].as_str().unwrap()));
        for e in f["evidence"].as_array().unwrap() {
            assert!(section.contains(e["content"].as_str().unwrap()));
            if e["stored"] == true {
                // the stored document's title, outlet and date, escaped
                assert!(section.contains("stored: Tillerson & Lavrov <meet> in Manila · Wire <b>service</b> · 2017-08-07"), "{section}");
            }
        }
    }
    assert!(!page.contains("<meet>") && !page.contains("<b>service"));

    // one row per related stored claim, with its relation
    let matches = json["matches"].as_array().unwrap();
    let at = page
        .find("class=\"related-table\"")
        .expect("related claims table");
    let table = &page[at..at + page[at..].find("</table>").unwrap()];
    assert_eq!(table.matches("<tr class=\"rel-").count(), matches.len());
    for m in matches {
        let rel = m["relation"].as_str().unwrap();
        assert!(table.contains(&format!("rel-{rel}")));
    }
    // the article itself is there, highlighted
    assert!(page.contains("class=\"hl hl-cue"));
}

#[test]
fn check_html_of_several_articles_is_one_page() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, FOLLOW_UP).unwrap();
    std::fs::write(
        &b,
        "<script>alert(1)</script> Lavrov said that talks went well.\n",
    )
    .unwrap();
    let o = bin()
        .args(["check", "--format", "html", "--db"])
        .arg(&db)
        .arg(&a)
        .arg(&b)
        .output()
        .unwrap();
    let page = String::from_utf8(o.stdout).unwrap();
    assert_safe_page(&page);
    assert_eq!(page.matches("<!DOCTYPE html>").count(), 1);
    assert!(page.contains("id=\"d1-doc\"") && page.contains("id=\"d2-doc\""));
}

//! Bad rule and lexicon files through the binary: a clear, positioned message and exit
//! code 2, never a panic, and no report written. (Unknown stances in rules and unbound
//! variables are also in tests/rules_cli.rs; these add the other cases.)

use std::path::Path;
use std::process::{Command, Output};

const RULE: &str = r#"[[rule]]
id = "ID"
severity = "high"
message = "{a} vs {b}"
when = [
  { actor = "a", stance = ["deny"], claim = "p" },
  { actor = "b", stance = ["assert"], claim = "q" },
]
require = ["a != b", "similar(p, q)"]
"#;

fn report_with(rules: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_stancegraph"))
        .env("NO_COLOR", "1")
        .args(["report", "-f", "json", "--rules"])
        .arg(rules)
        .arg("fixtures/tillerson-lavrov.txt")
        .output()
        .unwrap()
}

fn assert_rejected(o: &Output, wants: &[&str]) {
    let e = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{e}");
    for w in wants {
        assert!(e.contains(w), "expected {w:?} in: {e}");
    }
    assert!(!e.contains("panicked"), "{e}");
    assert!(o.stdout.is_empty(), "no report on bad rules");
}

#[test]
fn duplicate_rule_ids_in_one_file() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("dup.toml");
    let text = format!(
        "{}\n{}",
        RULE.replace("ID", "mine"),
        RULE.replace("ID", "mine")
    );
    std::fs::write(&f, text).unwrap();
    assert_rejected(
        &report_with(&f),
        &[
            "duplicate rule id `mine`",
            "dup.toml:12:6",
            "already defined on line 2",
        ],
    );
}

#[test]
fn a_user_rule_with_a_shipped_id_replaces_it_as_documented() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("override.toml");
    std::fs::write(&f, RULE.replace("ID", "opposing-stances")).unwrap();
    let o = report_with(&f);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn unknown_stance_in_a_cue_and_in_a_rule() {
    let dir = tempfile::tempdir().unwrap();
    let cue = dir.path().join("cue.toml");
    std::fs::write(&cue, "[[cue]]\nlemma = \"brush off\"\nstance = \"shrug\"\n").unwrap();
    assert_rejected(
        &report_with(&cue),
        &[
            "unknown stance `shrug`",
            "cue.toml:3:10",
            "valid values: assert",
        ],
    );
    let rule = dir.path().join("rule.toml");
    std::fs::write(
        &rule,
        RULE.replace("ID", "r").replace("\"deny\"", "\"dney\""),
    )
    .unwrap();
    assert_rejected(&report_with(&rule), &["dney", "rule.toml:6:"]);
}

#[test]
fn a_variable_no_pattern_binds() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("unbound.toml");
    std::fs::write(
        &f,
        RULE.replace("ID", "r")
            .replace("similar(p, q)", "similar(p, z)"),
    )
    .unwrap();
    assert_rejected(&report_with(&f), &["unbound.toml:9:", "`z`"]);
}

#[test]
fn unreadable_and_odd_rule_paths() {
    let dir = tempfile::tempdir().unwrap();
    // missing
    assert_rejected(&report_with(&dir.path().join("none.toml")), &["none.toml"]);
    // not UTF-8
    let latin = dir.path().join("latin.toml");
    std::fs::write(&latin, b"# caf\xe9\n").unwrap();
    assert_rejected(&report_with(&latin), &["latin.toml", "UTF-8"]);
    // not TOML at all
    let junk = dir.path().join("junk.toml");
    std::fs::write(&junk, b"\x00\x01 [[[ = = ").unwrap();
    assert_rejected(&report_with(&junk), &["junk.toml"]);
    // a directory with one bad file among good ones names the bad file
    let sub = dir.path().join("rules");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(sub.join("a.toml"), RULE.replace("ID", "a")).unwrap();
    std::fs::write(
        sub.join("b.toml"),
        RULE.replace("ID", "b").replace("high", "hihg"),
    )
    .unwrap();
    assert_rejected(&report_with(&sub), &["b.toml"]);
}

#[test]
fn an_empty_rule_file_is_fine() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("empty.toml");
    std::fs::write(&f, "").unwrap();
    let o = report_with(&f);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

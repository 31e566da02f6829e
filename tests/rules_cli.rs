//! End-to-end tests of user rule files through the `stancegraph` binary: a custom rule that
//! fires on the seed article, positioned errors for a broken file, `rules test` failing on a
//! failing example, `rules list`/`check`, and the configuration file.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_stancegraph"));
    c.env("NO_COLOR", "1").env_remove("STANCEGRAPH_CONFIG");
    c
}

fn seed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/tillerson-lavrov.txt")
}

fn run(c: &mut Command) -> (i32, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = c.output().expect("run stancegraph");
    (
        status.code().unwrap_or(-1),
        String::from_utf8_lossy(&stdout).into_owned(),
        String::from_utf8_lossy(&stderr).into_owned(),
    )
}

/// A user's rule file: their own lexicon entry (the President's camp, which the article
/// does not state) and "same camp disagrees" restricted to the United States camp.
const US_CAMP_RULES: &str = r#"
[[actor]]
name = "Donald Trump"
kind = "person"
camp = "United States"
aliases = ["Trump", "President Donald Trump", "President Trump"]

[[rule]]
id = "us-camp-disagrees"
severity = "high"
message = "Inside the US camp, {a} ({p.stance}) and {b} ({q.stance}) disagree on: {q}"
when = [
  { actor = "a", stance = ["downplay", "deny", "dispute"], claim = "p", camp = "United States" },
  { actor = "b", stance = ["assert", "endorse"], claim = "q", camp = "United States" },
]
require = ["a != b", "similar(p, q)"]

[[rule.example]]
text = "President Donald Trump played down claims that Russia meddled in the election. US intelligence agencies said that Russia meddled in the election."
fires = true

[[rule.example]]
text = "The Kremlin played down claims that Russia meddled in the election. US intelligence agencies said that Russia meddled in the election."
fires = false
"#;

#[test]
fn custom_rule_file_fires_on_the_seed() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("us-camp.toml");
    std::fs::write(&rules, US_CAMP_RULES).unwrap();
    let (code, out, err) = run(bin()
        .args(["report", "--format", "json", "--rules"])
        .arg(&rules)
        .arg(seed()));
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let findings = v["findings"].as_array().unwrap();
    let mine: Vec<&serde_json::Value> = findings
        .iter()
        .filter(|f| f["rule"] == "us-camp-disagrees")
        .collect();
    assert!(!mine.is_empty(), "{findings:#?}");
    // Trump plays down the allegations, which point back to what the intelligence agencies
    // endorse: both claims are quoted as evidence.
    let trump_vs_agencies = mine.iter().find(|f| {
        let speakers: Vec<&str> = f["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["speaker"].as_str().unwrap())
            .collect();
        speakers == ["Donald Trump", "US intelligence agencies"]
    });
    assert!(trump_vs_agencies.is_some(), "{mine:#?}");
    let ev = &trump_vs_agencies.unwrap()["evidence"];
    assert_eq!(ev[0]["cue"], "has played down");
    assert_eq!(ev[1]["stance"], "endorse");

    // Its examples pass, and `--fail-on high` turns the finding into exit code 1.
    let (code, out, _) = run(bin().args(["rules", "test"]).arg(&rules));
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("2 examples: 2 passed, 0 failed"), "{out}");
    let (code, _, _) = run(bin()
        .args(["report", "--fail-on", "high", "--rules"])
        .arg(&rules)
        .arg(seed()));
    assert_eq!(code, 1);
}

/// Replace the temporary directory in output so that snapshots are stable.
fn scrub(s: &str, dir: &Path) -> String {
    s.replace(&dir.display().to_string(), "[TMP]")
}

#[test]
fn broken_rule_file_exits_2_with_a_positioned_error() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("broken.toml");
    // An unknown stance ("dney") and a constraint on a variable no pattern binds.
    std::fs::write(
        &rules,
        r#"[[rule]]
id = "my-rule"
severity = "high"
message = "{a} denies what {b} says"
when = [
  { actor = "a", stance = ["dney"], claim = "p" },
  { actor = "b", stance = ["assert"], claim = "p" },
]
require = ["a != c"]
"#,
    )
    .unwrap();
    for args in [&["rules", "check"][..], &["report", "--rules"][..]] {
        let mut c = bin();
        c.args(args).arg(&rules);
        if args[0] == "report" {
            c.arg(seed());
        }
        let (code, out, err) = run(&mut c);
        assert_eq!(code, 2, "{args:?}: {out}{err}");
        let err = scrub(&err, dir.path());
        assert!(err.contains("[TMP]/broken.toml:6:28"), "{err}");
        assert!(err.contains("[TMP]/broken.toml:9:18"), "{err}");
        insta::assert_snapshot!("broken_rule_file", err);
    }
}

#[test]
fn broken_toml_syntax_is_positioned_too() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("syntax.toml");
    std::fs::write(
        &rules,
        "[[rule]]\nid = \"x\"\nseverity = \"hihg\"\nmessage = \"m\"\nwhen = [{ actor = \"a\", claim = \"p\" }]\nrequier = []\n",
    )
    .unwrap();
    let (code, _, err) = run(bin().args(["rules", "check"]).arg(&rules));
    assert_eq!(code, 2);
    let err = scrub(&err, dir.path());
    assert!(err.contains("[TMP]/syntax.toml:6:1"), "{err}");
    assert!(err.contains("did you mean `require`"), "{err}");
    insta::assert_snapshot!("unknown_rule_field", err);
}

#[test]
fn rules_test_fails_when_an_example_fails() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("wrong.toml");
    // The example claims the rule fires on a text where nobody denies anything.
    std::fs::write(
        &rules,
        r#"[[rule]]
id = "denial-of-assertion"
severity = "high"
message = "{a} denies what {b} asserts"
when = [
  { actor = "a", stance = ["deny"], claim = "p" },
  { actor = "b", stance = ["assert"], claim = "p" },
]
require = ["a != b"]

[[rule.example]]
text = "The Kremlin denied that it meddled in the election. US intelligence agencies said Russia meddled in the election."
fires = true

[[rule.example]]
text = "US intelligence agencies said Russia meddled in the election. Senator John McCain said Russia meddled in the election."
fires = true
"#,
    )
    .unwrap();
    let (code, out, err) = run(bin().args(["rules", "test"]).arg(&rules));
    assert_eq!(code, 1, "{out}{err}");
    let out = scrub(&out, dir.path());
    assert!(
        out.contains("PASS denial-of-assertion ([TMP]/wrong.toml:12): fires"),
        "{out}"
    );
    assert!(
        out.contains("FAIL denial-of-assertion ([TMP]/wrong.toml:16): fires"),
        "{out}"
    );
    assert!(out.contains("2 examples: 1 passed, 1 failed"), "{out}");
}

#[test]
fn shipped_rules_list_with_their_source_and_pass_their_examples() {
    let (code, out, _) = run(bin().args(["rules", "list"]));
    assert_eq!(code, 0);
    for (id, file) in [
        ("opposing-stances", "rules/conflicts/opposing-stances.toml"),
        ("same-camp-disagrees", "rules/conflicts/same-camp.toml"),
        ("quantity-mismatch", "rules/conflicts/figures.toml"),
        ("date-mismatch", "rules/conflicts/figures.toml"),
        ("speaker-reverses", "rules/conflicts/reversal.toml"),
        ("corroboration", "rules/conflicts/corroboration.toml"),
    ] {
        assert!(
            out.lines().any(|l| l.starts_with(id) && l.contains(file)),
            "{id} from {file}:\n{out}"
        );
    }
    let (code, out, _) = run(bin().args(["rules", "list", "--long"]));
    assert_eq!(code, 0);
    assert!(
        out.contains("    message: {a} ({p.stance}) vs {b} ({q.stance}) on: {q}"),
        "{out}"
    );
    let (code, out, _) = run(bin().args(["rules", "test"]));
    assert_eq!(code, 0, "{out}");
    assert!(out.contains(" 0 failed"), "{out}");
}

#[test]
fn config_file_adds_rules_and_can_drop_the_shipped_ones() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("team")).unwrap();
    std::fs::write(dir.path().join("team/us-camp.toml"), US_CAMP_RULES).unwrap();
    std::fs::write(
        dir.path().join("stancegraph.toml"),
        "rules = [\"team\"]\nno_default_rules = true\n",
    )
    .unwrap();
    let (code, out, err) = run(bin().args(["rules", "list"]).current_dir(dir.path()));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("us-camp-disagrees"), "{out}");
    assert!(!out.contains("opposing-stances"), "{out}");

    // --config names the file explicitly; a bad key in it is a positioned error.
    let cfg = dir.path().join("other.toml");
    std::fs::write(&cfg, "rules = [\"team\"]\nno_default_rule = true\n").unwrap();
    let (code, _, err) = run(bin().args(["rules", "list", "--config"]).arg(&cfg));
    assert_eq!(code, 2);
    assert!(err.contains("other.toml:2:1"), "{err}");
    assert!(err.contains("did you mean `no_default_rules`"), "{err}");
}

#[test]
fn a_user_rule_with_a_shipped_id_overrides_it() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("override.toml");
    std::fs::write(
        &rules,
        r#"[[rule]]
id = "corroboration"
kind = "support"
severity = "low"
message = "{a} and {b} agree: {q}"
when = [
  { actor = "a", polarity = "positive", claim = "p" },
  { actor = "b", polarity = "positive", claim = "q" },
]
require = ["a != b", "similar(p, q)", "different_sentences(p, q)"]
"#,
    )
    .unwrap();
    let (code, out, _) = run(bin().args(["rules", "list", "--rules"]).arg(&rules));
    assert_eq!(code, 0);
    let line = out
        .lines()
        .find(|l| l.starts_with("corroboration"))
        .unwrap();
    assert!(
        line.contains("low") && line.contains("override.toml"),
        "{line}"
    );
    assert_eq!(out.matches("corroboration").count(), 1, "{out}");
}

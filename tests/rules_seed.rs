//! Acceptance: the shipped conflict rules on the seed article (fixtures/tillerson-lavrov.txt),
//! checked against the hand annotation in tests/seed_expected.toml.

use serde::Deserialize;
use stancegraph::document::Document;
use stancegraph::model::{Finding, FindingKind};
use stancegraph::{Analysis, Engine};

#[derive(Debug, Deserialize)]
struct Expected {
    #[serde(default)]
    conflict: Vec<ExpectedFinding>,
    #[serde(default)]
    support: Vec<ExpectedFinding>,
}

#[derive(Debug, Deserialize)]
struct ExpectedFinding {
    level: String,
    #[serde(default)]
    kind: String,
    actors: Vec<String>,
    about: String,
}

fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn seed() -> Analysis {
    let text = std::fs::read_to_string(root().join("fixtures/tillerson-lavrov.txt")).unwrap();
    Engine::shipped().analyze(Document::new("tillerson-lavrov", text))
}

fn expected() -> Expected {
    toml::from_str(&std::fs::read_to_string(root().join("tests/seed_expected.toml")).unwrap())
        .unwrap()
}

/// Fold curly quotes and apostrophes, collapse white space, lower case.
fn norm(s: &str) -> String {
    s.replace(['“', '”'], "\"")
        .replace(['‘', '’'], "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A finding matches an expected one when it has the kind, every named actor (an empty name
/// stands for an unnamed source) is the speaker of one of its evidence claims, and one
/// evidence claim is about the expected words.
fn matches(f: &Finding, e: &ExpectedFinding, kind: FindingKind) -> bool {
    f.kind == kind
        && e.actors.iter().all(|a| {
            f.evidence.iter().any(|ev| {
                if a.is_empty() {
                    ev.speaker == "(unnamed)" || !f.actors.contains(&ev.speaker)
                } else {
                    ev.speaker == *a
                }
            })
        })
        && f.evidence
            .iter()
            .any(|ev| norm(&ev.content).contains(&norm(&e.about)))
}

fn shipped_rule_ids() -> Vec<String> {
    Engine::shipped()
        .rules
        .rules
        .iter()
        .filter(|r| r.file.starts_with("rules/conflicts/"))
        .map(|r| r.id.clone())
        .collect()
}

#[test]
fn must_conflict_is_reported_by_a_shipped_rule_with_both_claims_as_evidence() {
    let a = seed();
    let exp = expected();
    let shipped = shipped_rule_ids();
    let must: Vec<&ExpectedFinding> = exp.conflict.iter().filter(|c| c.level == "must").collect();
    assert!(!must.is_empty());
    for e in must {
        let found = a.findings.iter().find(|f| {
            matches(f, e, FindingKind::Conflict)
                && shipped.contains(&f.rule)
                // both claims about the thing, each from one of the actors
                && e.actors.iter().all(|actor| {
                    f.evidence.iter().any(|ev| {
                        ev.speaker == *actor && norm(&ev.content).contains(&norm(&e.about))
                    })
                })
        });
        assert!(
            found.is_some(),
            "must conflict {} {:?} about {:?} not reported; findings: {:#?}",
            e.kind,
            e.actors,
            e.about,
            a.findings
        );
        let f = found.unwrap();
        // Russia's claim is a denial, the intelligence agencies' an endorsement.
        let stances: Vec<String> = f.evidence.iter().map(|ev| ev.stance.to_string()).collect();
        assert!(stances.contains(&"deny".to_string()), "{f:#?}");
        assert!(stances.contains(&"endorse".to_string()), "{f:#?}");
    }

    // The `should` findings: printed, not required.
    for e in exp.conflict.iter().filter(|c| c.level == "should") {
        let hit = a
            .findings
            .iter()
            .find(|f| matches(f, e, FindingKind::Conflict));
        println!(
            "should conflict {:<20} {:?} about {:?}: {}",
            e.kind,
            e.actors,
            e.about,
            hit.map_or("not found".to_string(), |f| format!("found by {}", f.rule))
        );
    }
    for e in exp.support.iter().filter(|c| c.level == "should") {
        let hit = a
            .findings
            .iter()
            .find(|f| matches(f, e, FindingKind::Support));
        println!(
            "should support {:?} about {:?}: {}",
            e.actors,
            e.about,
            hit.map_or("not found".to_string(), |f| format!("found by {}", f.rule))
        );
    }
}

/// Every finding the shipped rules make on the seed, with why it is right. A finding not in
/// this list fails the test: either it pairs claims that are not about the same thing (a bug
/// to fix) or it is a new, correct finding (add it here with its justification).
const JUSTIFIED: &[(&str, &[&str], &str)] = &[
    (
        "opposing-stances",
        &["Russia", "(unnamed)"],
        "Russia denies the reports that it swung the election; the 'claims of Moscow meddling in \
         the 2016 presidential elections' (unnamed source) assert exactly that.",
    ),
    (
        "opposing-stances",
        &["Russia", "Rex Tillerson"],
        "Tillerson calls 'Russian meddling in the elections' a serious incident, i.e. holds that \
         it happened; Russia denies it (the `should` conflict of the annotation).",
    ),
    (
        "opposing-stances",
        &["Russia", "US intelligence agencies"],
        "The `must` conflict: Russia denies the reports that US intelligence agencies endorse, \
         both about the attempt to swing the election.",
    ),
    (
        "corroboration",
        &["(unnamed)", "Rex Tillerson"],
        "The 'claims of Moscow meddling' and Tillerson's 'Russian meddling in the elections' hold \
         the same proposition, in different sentences.",
    ),
    (
        "corroboration",
        &["(unnamed)", "US intelligence agencies"],
        "The claims of Moscow meddling and the reports endorsed by the intelligence agencies \
         (that Russia attempted to swing the election) are the same proposition.",
    ),
    (
        "corroboration",
        &["Rex Tillerson", "US intelligence agencies"],
        "Tillerson ('Russian meddling in the elections') and the intelligence agencies (Russia \
         attempted to swing the election) both hold that Russia meddled.",
    ),
];

fn render(f: &Finding) -> String {
    let mut s = format!(
        "{} [{:?}/{}] actors={:?}\n  {}\n",
        f.rule, f.kind, f.severity, f.actors, f.message
    );
    for e in &f.evidence {
        s.push_str(&format!(
            "  - #{} {} {} ({}): {}\n",
            e.claim, e.speaker, e.cue, e.stance, e.content
        ));
    }
    s
}

#[test]
fn every_finding_on_the_seed_is_justified() {
    let a = seed();
    let mut unjustified = Vec::new();
    for f in &a.findings {
        let j = JUSTIFIED
            .iter()
            .find(|(rule, actors, _)| *rule == f.rule && f.actors == *actors);
        match j {
            Some((_, _, why)) => println!("{}  why: {why}\n", render(f)),
            None => unjustified.push(render(f)),
        }
    }
    assert!(
        unjustified.is_empty(),
        "findings without a justification:\n{}",
        unjustified.join("\n")
    );
    let all: String = a.findings.iter().map(render).collect::<Vec<_>>().join("\n");
    insta::assert_snapshot!("seed_findings", all);
}

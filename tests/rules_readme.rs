//! The README's "Write your own rule" example must load and pass its own examples, so that a
//! user who copies it gets a working file.

use stancegraph::lexicon::SourceFile;
use stancegraph::pipeline::EngineOptions;
use stancegraph::ruletest::run_examples;
use stancegraph::Engine;

fn readme_example() -> String {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme
        .find("<!-- example: my-rules.toml")
        .expect("README marks the rule example");
    let rest = &readme[start..];
    let open = rest
        .find("```toml\n")
        .expect("a toml block after the marker")
        + 8;
    let close = rest[open..].find("```").expect("closed block") + open;
    rest[open..close].to_string()
}

#[test]
fn readme_rule_example_loads_and_its_examples_pass() {
    let text = readme_example();
    let engine = Engine::from_sources(
        &[SourceFile::new("my-rules.toml", text)],
        &EngineOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{}", e.render(false)));
    let outcomes = run_examples(&engine, Some("my-rules.toml"));
    assert_eq!(outcomes.len(), 2);
    for o in &outcomes {
        assert!(o.passed(), "{o:#?}");
    }
    // The new cue is in the lexicon.
    assert!(engine.lexicon.cues.iter().any(|c| c.lemma == "brush off"));

    // What the README says it adds on the example article.
    let seed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/tillerson-lavrov.txt"
    ))
    .unwrap();
    let a = engine.analyze(stancegraph::document::Document::new("seed", seed));
    let pairs = |rule: &str| -> Vec<Vec<String>> {
        a.findings
            .iter()
            .filter(|f| f.rule == rule)
            .map(|f| f.evidence.iter().map(|e| e.speaker.clone()).collect())
            .collect()
    };
    let expected = vec![
        vec!["Donald Trump".to_string(), "Rex Tillerson".to_string()],
        vec![
            "Donald Trump".to_string(),
            "US intelligence agencies".to_string(),
        ],
    ];
    assert_eq!(pairs("us-officials-disagree"), expected);
    assert_eq!(pairs("same-camp-disagrees"), expected);
}

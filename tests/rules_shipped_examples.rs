//! The shipped rules' `[[rule.example]]` cases, run through the whole pipeline
//! (what `stancegraph rules test` does).

use stancegraph::ruletest::run_examples;
use stancegraph::Engine;

#[test]
fn every_shipped_example_passes() {
    let engine = Engine::shipped();
    let outcomes = run_examples(&engine, None);
    let failed: Vec<String> = outcomes
        .iter()
        .filter(|o| !o.passed())
        .map(|o| {
            format!(
                "{} ({}:{}) expected fires={} got {}; {} claims; findings: {:?}",
                o.rule,
                o.file,
                o.line,
                o.expected,
                o.fired,
                o.claims,
                o.findings.iter().map(|f| &f.message).collect::<Vec<_>>()
            )
        })
        .collect();
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn every_shipped_rule_has_a_firing_and_a_silent_example() {
    let engine = Engine::shipped();
    for rule in &engine.rules.rules {
        assert!(
            rule.examples.iter().any(|e| e.fires),
            "{} has no example that fires",
            rule.id
        );
        assert!(
            rule.examples.iter().any(|e| !e.fires),
            "{} has no example that must not fire",
            rule.id
        );
    }
    assert!(engine.rules.rules.len() >= 6);
}

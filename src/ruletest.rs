//! Rule examples: runs every `[[rule.example]]` through the whole pipeline.
//!
//! Takes a loaded [`Engine`]; gives one [`ExampleOutcome`] per example: whether the rule
//! fired and whether that is what the example expects. An example with `text2` is a
//! cross-document case: both texts are analysed and their claims joined into one stance
//! graph, as `check` does with stored claims. Used by `stancegraph rules test` and by
//! `cargo test` for the shipped rules.

use crate::document::Document;
use crate::graph::StanceGraph;
use crate::model::{Finding, GraphClaim};
use crate::pipeline::{Analysis, Engine};

/// The result of one example.
#[derive(Debug, Clone)]
pub struct ExampleOutcome {
    pub rule: String,
    /// File and 1-based line of the example's text.
    pub file: String,
    pub line: usize,
    pub text: String,
    pub text2: Option<String>,
    pub expected: bool,
    pub fired: bool,
    /// Every finding on the example (of any rule), to explain a failure.
    pub findings: Vec<Finding>,
    /// How many claims the extraction found in the example text(s).
    pub claims: usize,
}

impl ExampleOutcome {
    pub fn passed(&self) -> bool {
        self.expected == self.fired
    }
}

/// The findings of every rule over the claims of several analyses joined into one graph.
pub fn findings_across(engine: &Engine, analyses: &[&Analysis]) -> Vec<Finding> {
    let claims: Vec<GraphClaim> = analyses.iter().flat_map(|a| a.graph_claims()).collect();
    let graph = StanceGraph::build(claims, engine.similarity, &engine.lexicon);
    engine.rules.evaluate(&graph)
}

/// Run the examples of every rule (or only of the rules from `file`).
pub fn run_examples(engine: &Engine, file: Option<&str>) -> Vec<ExampleOutcome> {
    let mut out = Vec::new();
    for rule in &engine.rules.rules {
        if file.is_some_and(|f| f != rule.file) {
            continue;
        }
        for ex in &rule.examples {
            let (findings, claims) = match &ex.text2 {
                None => {
                    let a = engine.analyze(Document::new("example", ex.text.clone()));
                    (a.findings, a.claims.len())
                }
                Some(t2) => {
                    let a = engine.extract(Document::new("example-1", ex.text.clone()));
                    let b = engine.extract(Document::new("example-2", t2.clone()));
                    (
                        findings_across(engine, &[&a, &b]),
                        a.claims.len() + b.claims.len(),
                    )
                }
            };
            out.push(ExampleOutcome {
                rule: rule.id.clone(),
                file: rule.file.clone(),
                line: ex.line,
                text: ex.text.clone(),
                text2: ex.text2.clone(),
                expected: ex.fires,
                fired: findings.iter().any(|f| f.rule == rule.id),
                findings,
                claims,
            });
        }
    }
    out
}

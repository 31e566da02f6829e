//! One test per crash or hang found, named for the bug, each with a one-line description.

use stancegraph::document::Document;
use stancegraph::lexicon::SourceFile;
use stancegraph::pipeline::{EngineOptions, MAX_NESTING};
use stancegraph::report::{self, Format, RenderOptions};
use stancegraph::Engine;
use std::time::{Duration, Instant};

/// Hang: a user title with no words (`words = [""]`) matched zero tokens, so the title
/// loop in actor finding never advanced.
#[test]
fn empty_title_in_a_user_lexicon_does_not_hang() {
    let user = SourceFile::new("user.toml", "[[title]]\nwords = [\"\", \"   \"]\n");
    let engine = Engine::from_sources(&[user], &EngineOptions::default()).unwrap();
    let t = Instant::now();
    let a = engine.analyze(Document::new(
        "t",
        "US Secretary of State Rex Tillerson said Russia meddled in the election.",
    ));
    assert!(!a.claims.is_empty());
    assert!(t.elapsed() < Duration::from_secs(20));
}

/// Stack overflow: quotes nested 10,000 deep gave claims nested 10,000 deep, and the JSON
/// report recursed once per level (and its size grew with the square of the text).
#[test]
fn deeply_nested_quotes_do_not_overflow_the_stack() {
    let text = format!("{}yes{}", "He said “".repeat(2_000), "” ".repeat(2_000));
    let engine = Engine::shipped();
    let a = engine.analyze(Document::new("t", text));
    // No claim deeper than MAX_NESTING.
    for c in &a.claims {
        let mut depth = 0;
        let mut cur = c.parent;
        while let Some(p) = cur {
            depth += 1;
            assert!(depth <= MAX_NESTING, "claim {} nested deeper", c.id);
            cur = a.claims[p].parent;
        }
    }
    // ids are indexes again, parents point to kept claims
    for (i, c) in a.claims.iter().enumerate() {
        assert_eq!(c.id, i);
        assert!(c.parent.is_none_or(|p| p < a.claims.len()));
    }
    let json = report::render(&a, Format::Json, RenderOptions::default());
    assert!(json.len() < 50 << 20, "report of {} bytes", json.len());
}

/// Hours and gigabytes: a document of many claims built a stance graph over every pair of
/// them (2 MB of text on one line was killed at 22 GB after 8 minutes).
#[test]
fn many_claims_in_one_document_skip_the_graph() {
    let sentence = "Lavrov said Russia did not meddle in the election. \
                    US intelligence agencies said Russia meddled in the election. ";
    let text = sentence.repeat(600);
    let t = Instant::now();
    let a = Engine::shipped().analyze(Document::new("t", text));
    assert!(a.claims.len() > stancegraph::pipeline::MAX_GRAPH_CLAIMS);
    assert!(a.rules_skipped());
    assert!(a.findings.is_empty());
    assert!(t.elapsed() < Duration::from_secs(120), "{:?}", t.elapsed());
}

/// Panic: a rule file whose message template has a `{` before a multi-byte character gave a
/// diagnostic span inside that character, and the diagnostic renderer panicked (found by
/// the `load_toml` fuzz target).
#[test]
fn diagnostic_span_inside_a_multibyte_character_does_not_panic() {
    let text = "[[rule]]\nid = \"r\"\nseverity = \"medium\"\nmessage = \"{a} says {\u{fffd}\u{fffd}\u{fffd}\"\nwhen = [\n  { actor = \"a\", stance = [\"deny\"], claim = \"p\" },\n]\n";
    let user = SourceFile::new("user.toml", text);
    match Engine::from_sources(&[user], &EngineOptions::default()) {
        Ok(_) => {}
        Err(e) => {
            let shown = e.render(false);
            assert!(shown.contains("user.toml"), "{shown}");
        }
    }
    // The spans of any diagnostic are widened to char boundaries.
    let d = stancegraph::diagnostics::Diagnostic::new("f.toml", "a\u{fffd}b", 2..3, "m");
    assert_eq!(d.span, 1..4);
    let _ = d.render(false);
}

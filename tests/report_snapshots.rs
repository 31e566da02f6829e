//! Whole-report snapshots (insta) of the Markdown and text reports.
//!
//! The seed-article snapshots follow the extraction: when it improves they change, and the
//! change is reviewed and accepted with `INSTA_UPDATE=always cargo test --test
//! report_snapshots` (or `cargo insta review`). The hand-built snapshots pin the layout
//! itself, independent of extraction.

mod report_support;

use report_support::*;
use stancegraph::document::Document;
use stancegraph::report::{markdown, text, RenderOptions};
use stancegraph::Engine;

fn seed() -> stancegraph::Analysis {
    Engine::shipped().analyze(Document::new("tillerson-lavrov", SEED))
}

#[test]
fn seed_markdown_report() {
    insta::assert_snapshot!(markdown::render(&seed(), RenderOptions::default()));
}

#[test]
fn seed_text_report() {
    insta::assert_snapshot!(text::render(&seed(), RenderOptions::default()));
}

#[test]
fn hand_built_markdown_report() {
    insta::assert_snapshot!(markdown::render(&seed_by_hand(), RenderOptions::default()));
}

#[test]
fn hand_built_text_report() {
    insta::assert_snapshot!(text::render(&seed_by_hand(), RenderOptions::default()));
}

#[test]
fn hand_built_text_report_in_colour() {
    let opts = RenderOptions {
        color: true,
        ..Default::default()
    };
    // escape codes made visible so the snapshot can be read
    let out = text::render(&seed_by_hand(), opts).replace('\x1b', "␛");
    insta::assert_snapshot!(out);
}

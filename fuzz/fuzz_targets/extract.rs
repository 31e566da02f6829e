//! Any bytes as an article: decoding must give text or a clear error, and the whole
//! pipeline (segmentation, actors, claims, propositions, rules) and every text report must
//! run without a panic on whatever text comes out, with every span inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stancegraph::document::{decode_text, Document};
use stancegraph::report::{self, Format, RenderOptions};
use stancegraph::Engine;
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(Engine::shipped)
}

fn check_span(text: &str, s: &stancegraph::model::Span) {
    assert!(s.start <= s.end && s.end <= text.len(), "span {s:?} outside the text");
    assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "span {s:?} not on char boundaries"
    );
}

fuzz_target!(|data: &[u8]| {
    // The input layer: bytes that are not UTF-8 text are an error, never a panic.
    let decoded = decode_text(data.to_vec(), "fuzz");
    // Whatever the decoder says, the pipeline must survive the text (lossy if need be).
    let text = match decoded {
        Ok(t) => t,
        Err(_) => String::from_utf8_lossy(data).into_owned(),
    };
    let a = engine().analyze(Document::new("fuzz", text));
    let t = &a.doc.text;
    for c in &a.claims {
        for s in c.source.spans.iter().chain(&c.cue.spans).chain(&c.content) {
            check_span(t, s);
        }
    }
    let opts = RenderOptions::default();
    for f in [Format::Json, Format::Text, Format::Markdown] {
        let _ = report::render(&a, f, opts);
    }
});

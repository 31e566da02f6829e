//! Property tests over generated articles: news-like sentences from a small vocabulary
//! (speakers, cues, quotes of every kind, nesting, stray punctuation and non-ASCII text)
//! and arbitrary strings.
//!
//! - every span (claim source, cue, content; actor mentions; findings' evidence) lies
//!   inside the text and on char boundaries;
//! - the same input always gives byte-identical output (the JSON report, from one engine
//!   twice and from a second engine);
//! - a claim's content never contains its own cue.

use proptest::prelude::*;
use stancegraph::model::Span;
use stancegraph::report::{self, Format, RenderOptions};
use stancegraph::{Analysis, Document, Engine};
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(Engine::shipped)
}

/// Pieces that make up generated articles: speakers, cues, contents, quotes and noise.
const PIECES: &[&str] = &[
    "Rex Tillerson",
    "US Secretary of State Rex Tillerson",
    "Russian Foreign Minister Sergei Lavrov",
    "Mr. Lavrov",
    "the Kremlin",
    "Moscow",
    "he",
    "she",
    "they",
    "officials",
    "sources",
    "said",
    "said that",
    "told reporters",
    "denied",
    "denied the allegations that",
    "played down",
    "endorsed by US intelligence agencies,",
    "according to",
    "accused",
    "warned",
    "admitted",
    "what he called",
    "Russia meddled in the election",
    "the sanctions were a mistake",
    "755 personnel",
    "on September 1, 2017",
    "“",
    "”",
    "\"",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "''",
    "``",
    ",",
    ".",
    ":",
    ";",
    "—",
    "(",
    ")",
    "\n",
    "\n\n",
    "U.S.",
    "n't",
    "Müller",
    "日本",
    "🙂",
    "e\u{301}",
    "\u{200b}",
    "\t",
];

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|parts| {
        let mut s = String::new();
        for (i, p) in parts.iter().enumerate() {
            if i > 0 && !matches!(*p, "," | "." | ":" | ";" | ")" | "’" | "”") {
                s.push(' ');
            }
            s.push_str(p);
        }
        s
    })
}

/// A mix of generated articles and arbitrary strings.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => article(),
        1 => ".{0,200}",
        1 => "[\"“”‘’'a-zA-Z .,:\n]{0,200}",
    ]
}

fn check_span(text: &str, s: &Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        s.start <= s.end && s.end <= text.len(),
        "{what} span {s:?} outside a text of {} bytes",
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "{what} span {s:?} not on char boundaries"
    );
    Ok(())
}

fn analyse(text: &str) -> Analysis {
    engine().analyze(Document::new("prop", text))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn every_span_is_inside_the_text_on_char_boundaries(text in any_text()) {
        let a = analyse(&text);
        for c in &a.claims {
            for s in &c.source.spans { check_span(&text, s, "source")?; }
            for s in &c.cue.spans { check_span(&text, s, "cue")?; }
            for s in &c.content { check_span(&text, s, "content")?; }
        }
        for actor in &a.actors {
            for s in &actor.mentions { check_span(&text, s, "actor mention")?; }
        }
        for f in &a.findings {
            for e in &f.evidence {
                if let Some(s) = &e.span { check_span(&text, s, "finding evidence")?; }
            }
        }
        for s in &a.seg.sentences { check_span(&text, &s.span, "sentence")?; }
        for p in &a.seg.paragraphs { check_span(&text, &p.span, "paragraph")?; }
    }

    #[test]
    fn the_same_input_gives_byte_identical_output(text in any_text()) {
        let opts = RenderOptions::default();
        let first = report::render(&analyse(&text), Format::Json, opts);
        let again = report::render(&analyse(&text), Format::Json, opts);
        prop_assert_eq!(&first, &again);
        // A second engine (its own hash seeds) gives the same bytes.
        let other = Engine::shipped();
        let third = report::render(&other.analyze(Document::new("prop", text.as_str())), Format::Json, opts);
        prop_assert_eq!(&first, &third);
        // and the text report too
        let t1 = report::render(&analyse(&text), Format::Text, opts);
        let t2 = report::render(&other.analyze(Document::new("prop", text.as_str())), Format::Text, opts);
        prop_assert_eq!(t1, t2);
    }

    #[test]
    fn a_claims_content_never_contains_its_own_cue(text in any_text()) {
        let a = analyse(&text);
        for c in &a.claims {
            for cue in c.cue.spans.iter().filter(|s| !s.is_empty()) {
                for content in &c.content {
                    prop_assert!(
                        !content.contains(*cue),
                        "claim {} ({}): content {:?} {:?} holds its cue {:?} {:?}",
                        c.id, c.pattern, content, content.text(&text), cue, cue.text(&text)
                    );
                }
            }
        }
    }
}

/// The JSON report of the seed article is the same bytes run after run, in one process and
/// across threads (rayon over documents must not change a document's report).
#[test]
fn corpus_reports_do_not_depend_on_threads() {
    use rayon::prelude::*;
    let seed = include_str!("../fixtures/tillerson-lavrov.txt");
    let docs: Vec<String> = (0..16)
        .map(|i| format!("{seed}\n\nItem {i}: Lavrov said the talks were useful."))
        .collect();
    let serial: Vec<String> = docs
        .iter()
        .map(|d| report::render(&analyse(d), Format::Json, RenderOptions::default()))
        .collect();
    let parallel: Vec<String> = docs
        .par_iter()
        .map(|d| report::render(&analyse(d), Format::Json, RenderOptions::default()))
        .collect();
    assert_eq!(serial, parallel);
}

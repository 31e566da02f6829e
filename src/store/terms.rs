//! Index terms: the words the claim store indexes claims by and `check` matches articles on.
//!
//! Takes tokens (from [`crate::segment::tokenize`] or an analysis' segmentation) and gives
//! stemmed content words: stop words and reporting verbs are dropped, a word in a synonym
//! family of the lexicon becomes the family name (`~interfere` for "meddled"), other words
//! are Snowball-stemmed, numbers are kept as written ("755"). The same function serves the
//! store and the article, so a stored claim and a new article always speak the same terms.

use crate::lexicon::Lexicon;
use crate::segment::{TokKind, Token};
use rust_stemmers::{Algorithm, Stemmer};
use std::sync::OnceLock;

/// Words never indexed, besides `propositions::COMMON_STOPWORDS`: reporting verbs and
/// negators say nothing about which stored claims an article is about (that a claim was
/// "said" says nothing about which claim it is).
const INDEX_STOPWORDS: &[&str] = &[
    "least",
    "less",
    "new",
    "no",
    "nor",
    "not",
    "saying",
    "told",
    "n't",
    "reported",
    "reports",
    "report",
    "reportedly",
    "told",
    "tell",
    "added",
    "stated",
    "time",
    "people",
    "well",
    "back",
    "first",
];

fn stop_words() -> &'static std::collections::HashSet<&'static str> {
    static SET: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        crate::propositions::COMMON_STOPWORDS
            .iter()
            .chain(INDEX_STOPWORDS)
            .copied()
            .collect()
    })
}

fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// The index term of one token, or `None` when the token is not a content word.
pub fn term_of(tok: &Token, lex: &Lexicon) -> Option<String> {
    match tok.kind {
        TokKind::Number => {
            let digits: String = tok.norm.chars().filter(|c| c.is_ascii_digit()).collect();
            // Single digits are list numbers and times more often than facts.
            (digits.len() >= 2).then_some(digits)
        }
        TokKind::Word => {
            let w = tok.norm.trim_matches(|c: char| !c.is_alphanumeric());
            if w.chars().count() < 2 || stop_words().contains(w) {
                return None;
            }
            if !w.chars().any(|c| c.is_alphabetic()) {
                return None;
            }
            if let Some(f) = lex.family(w) {
                return Some(format!("~{f}"));
            }
            let w = w.replace('\'', "");
            let s = stemmer().stem(&w).into_owned();
            (s.len() >= 2 && !stop_words().contains(s.as_str())).then_some(s)
        }
        _ => None,
    }
}

/// The index terms of a token sequence, in order, with repeats.
pub fn terms_of_tokens<'a>(
    toks: impl IntoIterator<Item = &'a Token>,
    lex: &Lexicon,
) -> Vec<String> {
    toks.into_iter().filter_map(|t| term_of(t, lex)).collect()
}

/// The index terms of a text, in order, with repeats.
pub fn terms_of_text(text: &str, lex: &Lexicon) -> Vec<String> {
    terms_of_tokens(&crate::segment::tokenize(text), lex)
}

/// Sorted distinct terms.
pub fn distinct(mut terms: Vec<String>) -> Vec<String> {
    terms.sort_unstable();
    terms.dedup();
    terms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_words_are_stemmed_and_stop_words_dropped() {
        let lex = Lexicon::default();
        let t = terms_of_text(
            "The Kremlin said Russia ordered cuts of 755 personnel.",
            &lex,
        );
        assert_eq!(t, ["kremlin", "russia", "order", "cut", "755", "personnel"]);
    }

    #[test]
    fn synonym_families_become_one_term() {
        let engine = crate::Engine::shipped();
        let a = terms_of_text("Moscow meddled", &engine.lexicon);
        let b = terms_of_text("Moscow interfered", &engine.lexicon);
        assert_eq!(a, b);
        assert!(a.contains(&"~interfere".to_string()));
    }
}

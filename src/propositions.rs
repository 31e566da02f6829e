//! Propositions: the normalised content of claims.
//!
//! Takes claims and their content spans; gives [`Proposition`]s with stemmed content words
//! (mapped through the synonym families), entities, numbers with units, dates and negation,
//! and sets each claim's `proposition`. A claim that points back to another one
//! (`refers_to`: "Trump played down the allegations") shares that claim's proposition.
//!
//! # What a proposition holds
//! - `terms`: content words, lower-cased and stemmed (Snowball English), stop words dropped.
//!   A word or phrase listed in a synonym family (`rules/lexicon/synonyms.toml`) becomes the
//!   family name prefixed with `~` ("meddling", "intervention", "attempted to swing" ->
//!   `~interfere`). Phrases are matched first, on stems, longest first.
//! - `entities`: canonical names of actors from the lexicon (aliases, metonyms, demonyms:
//!   "Moscow", "Russian" -> "Russia"), names of the document's actors ("Trump" -> "Donald
//!   Trump"), and other runs of capitalised words. Entity words are not terms.
//! - `quantities`: a number (digits, optionally "million"/"billion", "percent"/"%") with the
//!   noun after it as unit ("755 personnel", "15 percent").
//! - `dates`: "September 1", "Aug. 31", "1 September 2017", a year ("2016").
//! - `negated`: the content holds a negator ("not", "n't", "never", "no", ...).
//!
//! When the content has several sentences (a long quote), the terms of each sentence are
//! kept apart in `terms` by a `|` entry, so that one sentence of a quote can match a claim.
//!
//! # Similarity score
//! [`similarity`] gives a score in `[0, 1]`:
//!
//! ```text
//! T     = weighted Dice overlap of the term sets; a synonym-family term weighs 2, any other 1;
//!         0 when the shared terms weigh less than 3, unless they are all of the shorter
//!         side and that side has two terms or the two name a common entity ("Russia
//!         meddled" / "Moscow interfered"); 0 when a side weighs less than 2 (a fragment);
//!         for a content of several sentences, the best of the whole and of each sentence
//!         (of weight >= 3) against the other side
//! E     = fuzzy Jaccard overlap of the entity sets (names equal, one name is the last word of
//!         the other, or Jaro-Winkler >= 0.92); 0 when either side has no entity
//! score = T + 0.25 * E * (1 - T)
//! ```
//!
//! Entities can only raise the score, never lower it: content often names its subject with a
//! pronoun ("it attempted to swing the election"). Without a shared term the score stays
//! at most 0.25, so "the mission in Moscow" is not "Russian meddling in the elections" even
//! though both name Russia. Numbers, dates and negation are left out of the score on purpose:
//! two figures for the same quantity are the same proposition with a different number, which
//! is what the quantity and date rules look for. The threshold (default
//! [`DEFAULT_THRESHOLD`]) is set with `--similarity` / `EngineOptions::similarity`.

use crate::lexicon::{Lexicon, WordSet};
use crate::model::{Actor, Claim, DateMention, Proposition, Quantity, Span};
use crate::segment::{tokenize, TokKind, Token};
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;

/// Default similarity threshold for two propositions to count as the same.
pub const DEFAULT_THRESHOLD: f64 = 0.5;

/// Separates the terms of successive sentences in [`Proposition::terms`].
pub const PART_SEPARATOR: &str = "|";
/// Shared terms must weigh this much (or all of the shorter side) for any overlap to count.
const MIN_SHARED_WEIGHT: f64 = 3.0;
/// A content must weigh this much (a family term, or two words) to be compared at all.
const MIN_SIDE_WEIGHT: f64 = 2.0;
/// A sentence must weigh this much (see [`FAMILY_WEIGHT`]) to be compared on its own.
const MIN_PART_WEIGHT: f64 = 3.0;

/// Weight of a synonym-family term in the overlap score.
const FAMILY_WEIGHT: f64 = 2.0;
/// How much full entity agreement adds (scaled by what term overlap leaves).
pub const ENTITY_BONUS: f64 = 0.25;

/// Function words, auxiliaries and pronouns: not content. Shared by proposition terms and
/// the store index (src/store/terms.rs), each of which adds its own words.
pub const COMMON_STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "me",
    "might",
    "more",
    "most",
    "must",
    "my",
    "myself",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "'s",
    "mr",
    "mrs",
    "ms",
    "one",
    "last",
    "year",
    "years",
    "week",
    "day",
    "days",
    "now",
    "still",
    "yet",
    "way",
    "many",
    "much",
    "may",
    "ever",
    "make",
    "made",
    "get",
    "got",
    "say",
    "said",
    "says",
    "according",
    "whether",
    "though",
    "since",
    "per",
    "like",
];

/// Number words, vague time words and contractions: not what a proposition is about.
const PROPOSITION_STOPWORDS: &[&str] = &[
    "done",
    "shall",
    "yourself",
    "'",
    "s",
    "dr",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "next",
    "weeks",
    "month",
    "months",
    "today",
    "yesterday",
    "tomorrow",
    "ago",
    "earlier",
    "later",
    "recently",
    "certainly",
    "simply",
    "really",
    "already",
    "thing",
    "things",
    "lot",
    "makes",
    "making",
    "unless",
    "although",
    "however",
    "among",
    "amid",
    "within",
    "without",
    "via",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
];

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Words before a four-digit number that make it a year ("in 2016", "the 2016 elections").
const YEAR_LEADS: &[&str] = &[
    "in", "since", "until", "by", "of", "from", "before", "after", "the", "during", "early",
    "late", "mid", "'s", "for", "between", "and", "to", "through",
];

const MULTIPLIERS: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
];

/// The month a word names ("march", "aug.", "sept"), 1 to 12.
pub(crate) fn month_of(norm: &str) -> Option<u32> {
    // The tokenizer may keep an abbreviation's period ("aug.").
    let norm = norm.strip_suffix('.').unwrap_or(norm);
    MONTHS.iter().find(|(m, _)| *m == norm).map(|(_, n)| *n)
}

/// Both stop word lists, asked about as one.
static STOPWORDS_SET: WordSet = WordSet::of(&[COMMON_STOPWORDS, PROPOSITION_STOPWORDS]);

fn is_stopword(w: &str) -> bool {
    // The tokenizer keeps an abbreviation's period ("mr.").
    {
        let w = w.strip_suffix('.').unwrap_or(w);
        STOPWORDS_SET.contains(w)
    }
}

fn is_negator(w: &str) -> bool {
    // A `matches!` on a few words is a length switch and a compare or two, cheaper than
    // hashing the word; asked about every content token two or three times.
    matches!(
        w,
        "not"
            | "n't"
            | "never"
            | "no"
            | "nobody"
            | "nothing"
            | "none"
            | "neither"
            | "nor"
            | "nowhere"
            | "cannot"
    )
}

/// Words that open a subordinate clause: a negator after one of them does not negate the
/// content as a whole ("we will talk if they do not ...").
fn is_subordinator(w: &str) -> bool {
    matches!(
        w,
        "if" | "unless"
            | "because"
            | "when"
            | "whenever"
            | "whether"
            | "although"
            | "though"
            | "while"
            | "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "where"
            | "since"
            | "until"
            | "before"
            | "after"
            | "but"
            | "so"
            | "than"
            | ";"
    )
}

/// Longest content (in words) whose negation is trusted; in a longer quote a "not" usually
/// belongs to one of its many clauses, not to what the quote claims as a whole.
const MAX_NEGATED_WORDS: usize = 30;

/// The content's main clause is negated: a negator comes before any subordinate clause or
/// sentence end, in a content of one sentence and at most [`MAX_NEGATED_WORDS`] words.
/// "Russia never interfered" and "we have not made a decision" are negated; "we will talk if
/// they do not object" is not.
fn main_clause_negated(toks: &[Token]) -> bool {
    let words = toks.iter().filter(|t| t.is_word()).count();
    if words > MAX_NEGATED_WORDS {
        return false;
    }
    // Leading "that" introduces the content itself ("said that it did not ...").
    let start = toks
        .iter()
        .position(|t| t.is_word() && t.norm != "that")
        .unwrap_or(toks.len());
    let mut negated = false;
    for (i, t) in toks.iter().enumerate().skip(start) {
        let n = t.norm.as_str();
        if matches!(n, "." | "!" | "?") && toks[i + 1..].iter().any(|x| x.is_word()) {
            // a second sentence: too long to trust
            return false;
        }
        // "X and that Y" coordinates two contents; "that" after "and" opens no subordinate.
        let coordinated =
            n == "that" && i > 0 && matches!(toks[i - 1].norm.as_str(), "and" | "or" | "but" | ",");
        if !negated && is_subordinator(n) && !coordinated {
            return false;
        }
        // Idioms with a negator that negate nothing: "no doubt", "no matter", "not only",
        // "no less than" (a figure), "has no idea how" (ignorance, not denial).
        let idiom = toks.get(i + 1).is_some_and(|x| {
            matches!(
                (n, x.norm.as_str()),
                (
                    "no",
                    "doubt" | "matter" | "wonder" | "less" | "fewer" | "idea"
                ) | ("not", "only" | "just")
                    | ("nothing", "but")
            )
        }) || (n == "not" && toks.get(i + 2).is_some_and(|x| x.norm == "only"));
        if is_negator(n) && !idiom {
            negated = true;
        }
    }
    negated
}

/// One name to look for in content: its words (lower case), which of them must be
/// capitalised in the text, and the canonical name it stands for.
#[derive(Debug, Clone)]
struct NamePattern {
    words: Vec<String>,
    capitalised: Vec<bool>,
    canonical: String,
}

/// Name patterns by their first lower-case word. Within a first word, the one-word patterns
/// are apart from the longer ones, which are kept by their second word: "the" starts 81
/// lexicon names, and trying each of them at every "the" of every content was a quarter of
/// the normalising; now a token is tried only against the names whose second word follows.
#[derive(Debug, Clone, Default)]
struct NameIndex {
    by_first: HashMap<String, NameBucket>,
}

/// The patterns of one first word (see [`NameIndex`]); each list longest first, in the
/// order the patterns were added among the same length.
#[derive(Debug, Clone, Default)]
struct NameBucket {
    /// Patterns of two words or more by their second word.
    by_second: HashMap<String, Vec<NamePattern>>,
    /// Patterns of one word.
    single: Vec<NamePattern>,
}

impl NameIndex {
    fn of(patterns: impl IntoIterator<Item = NamePattern>) -> NameIndex {
        let mut by_first: HashMap<String, NameBucket> = HashMap::default();
        for p in patterns {
            let bucket = by_first.entry(p.words[0].clone()).or_default();
            match p.words.get(1) {
                Some(second) => bucket.by_second.entry(second.clone()).or_default().push(p),
                None => bucket.single.push(p),
            }
        }
        for b in by_first.values_mut() {
            for v in b.by_second.values_mut() {
                v.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
            }
        }
        NameIndex { by_first }
    }

    /// The patterns of a first word's bucket whose second word is `second` (longest first),
    /// and those of the one word.
    fn candidates<'a>(
        bucket: Option<&'a NameBucket>,
        second: Option<&str>,
    ) -> (&'a [NamePattern], &'a [NamePattern]) {
        let Some(b) = bucket else {
            return (&[], &[]);
        };
        let multi = second
            .and_then(|s| b.by_second.get(s))
            .map_or(&[][..], Vec::as_slice);
        (multi, &b.single)
    }
}

/// The first of two longest-first pattern lists, taken together longest first (lexicon
/// names before document names of the same length: a stable merge), that matches at `i`.
fn first_name_match<'p>(
    lex_cands: &'p [NamePattern],
    doc_cands: &'p [NamePattern],
    toks: &[Token],
    i: usize,
) -> Option<(usize, &'p NamePattern)> {
    let (mut a, mut b) = (0, 0);
    while a < lex_cands.len() || b < doc_cands.len() {
        let p = match (lex_cands.get(a), doc_cands.get(b)) {
            (Some(x), Some(y)) if y.words.len() > x.words.len() => {
                b += 1;
                y
            }
            (Some(x), _) => {
                a += 1;
                x
            }
            (None, Some(y)) => {
                b += 1;
                y
            }
            (None, None) => break,
        };
        if let Some(len) = name_match_len(p, toks, i) {
            return Some((len, p));
        }
    }
    None
}

/// The tables a normaliser needs from the lexicon alone: synonym stems and lexicon names.
/// Built once per lexicon and kept in it ([`Lexicon::normaliser_tables`]): stemming every
/// synonym again for each document took a tenth of a corpus run.
#[derive(Debug, Clone, Default)]
pub struct LexiconTables {
    /// Multiword synonym terms as stem sequences -> family, by first stem, longest first.
    phrases: HashMap<String, Vec<(Vec<String>, String)>>,
    /// Single-word synonym terms by stem -> family.
    single: HashMap<String, String>,
    /// Lexicon names.
    names: NameIndex,
}

/// A name pattern from `surface` (None for no words, or no capital when one is needed).
fn name_pattern(surface: &str, canonical: &str, need_capital: bool) -> Option<NamePattern> {
    let toks: Vec<Token> = tokenize(surface)
        .into_iter()
        .filter(|t| t.is_word())
        .collect();
    if toks.is_empty() {
        return None;
    }
    // Aliases in lower case ("he", "the US official") are pronouns and role nouns:
    // they name the speaker, not what the content is about.
    if need_capital && !toks.iter().any(|t| t.capitalized) {
        return None;
    }
    Some(NamePattern {
        words: toks.iter().map(|t| t.norm.to_string()).collect(),
        capitalised: toks.iter().map(|t| t.capitalized).collect(),
        canonical: canonical.to_string(),
    })
}

impl LexiconTables {
    /// Stem the synonym terms and index the lexicon's actor names.
    pub fn build(lex: &Lexicon) -> LexiconTables {
        let stemmer = Stemmer::create(Algorithm::English);
        let mut phrase_list = Vec::new();
        let mut single = HashMap::default();
        let mut families: Vec<(&String, &String)> = lex.synonyms.iter().collect();
        // HashMap order is random: sort so that conflicting entries resolve the same way.
        families.sort();
        for (term, family) in families {
            let stems: Vec<String> = tokenize(term)
                .iter()
                .filter(|t| t.is_word())
                .map(|t| stemmer.stem(&t.norm).into_owned())
                .collect();
            match stems.len() {
                0 => {}
                1 => {
                    single
                        .entry(stems[0].clone())
                        .or_insert_with(|| family.clone());
                }
                _ => phrase_list.push((stems, family.clone())),
            }
        }
        phrase_list.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.cmp(b)));
        // Indexed by first stem, each bucket keeping the global order: a phrase can only
        // match at a token whose stem is its first, so the first match is the same.
        let mut phrases: HashMap<String, Vec<(Vec<String>, String)>> = HashMap::default();
        for p in phrase_list {
            phrases.entry(p.0[0].clone()).or_default().push(p);
        }

        let names = NameIndex::of(lex.actors.iter().flat_map(|a| {
            std::iter::once(&a.name)
                .chain(&a.aliases)
                .chain(&a.demonyms)
                .filter_map(|al| name_pattern(al, &a.name, false))
        }));
        LexiconTables {
            phrases,
            single,
            names,
        }
    }
}

/// Turns content text into propositions. Built once per document (the name table depends
/// on the document's actors); the lexicon's part is built once per lexicon.
pub struct Normaliser<'l> {
    lex: &'l Lexicon,
    stemmer: Stemmer,
    tables: &'l LexiconTables,
    /// Names of the document's actors.
    names: NameIndex,
    /// Canonical names of the document's actors, for fuzzy matching of capitalised runs.
    actor_names: Vec<String>,
    /// Where the last word of each of `actor_names` starts (after its last space).
    actor_last_word: Vec<usize>,
    /// [`Normaliser::canonical_for_run`]'s answers: a document's contents name the same
    /// people again and again, and each answer compares the run with every actor's name.
    run_names: std::cell::RefCell<HashMap<String, String>>,
}

impl<'l> Normaliser<'l> {
    /// A normaliser for content from a document with these actors.
    pub fn new(lex: &'l Lexicon, actors: &[Actor]) -> Normaliser<'l> {
        let names = NameIndex::of(actors.iter().flat_map(|a| {
            std::iter::once(&a.name)
                .chain(&a.aliases)
                .filter_map(|al| name_pattern(al, &a.name, true))
        }));
        Normaliser {
            lex,
            stemmer: Stemmer::create(Algorithm::English),
            tables: lex.normaliser_tables(),
            names,
            actor_names: actors.iter().map(|a| a.name.clone()).collect(),
            actor_last_word: actors
                .iter()
                .map(|a| a.name.rfind(' ').map_or(0, |k| k + 1))
                .collect(),
            run_names: Default::default(),
        }
    }

    /// Normalise content given as spans of the document text (offsets stay document offsets).
    pub fn normalise_spans(&self, id: usize, doc_text: &str, spans: &[Span]) -> Proposition {
        self.normalise_doc_spans(id, doc_text, None, spans)
    }

    /// [`Normaliser::normalise_spans`], with the document's tokens (`tokenize(doc_text)`)
    /// when they are at hand: most of a span's tokens are then copied, not found again.
    pub fn normalise_doc_spans(
        &self,
        id: usize,
        doc_text: &str,
        doc_tokens: Option<&[Token]>,
        spans: &[Span],
    ) -> Proposition {
        let mut toks = Vec::new();
        for s in spans {
            span_tokens(doc_text, doc_tokens, *s, &mut toks);
            // A boundary between spans so that phrases and dates do not run across it.
            toks.push(Token {
                span: Span::new(s.end, s.end),
                kind: TokKind::Punct,
                norm: "…".into(),
                capitalized: false,
            });
        }
        let text = crate::model::join_spans(spans, doc_text);
        self.normalise_tokens(id, text, doc_text, &toks)
    }

    /// Normalise a free-standing text (offsets are into `text`).
    pub fn normalise(&self, id: usize, text: &str) -> Proposition {
        self.normalise_tokens(id, text.to_string(), text, &tokenize(text))
    }

    fn normalise_tokens(&self, id: usize, text: String, src: &str, toks: &[Token]) -> Proposition {
        let n = toks.len();
        let mut used = vec![false; n];
        let mut entities: Vec<String> = Vec::new();
        let push_entity = |e: String, entities: &mut Vec<String>| {
            if !entities.contains(&e) {
                entities.push(e);
            }
        };

        // 1. dates (before names: "September" is capitalised but not a name)
        let dates = self.dates(toks, &mut used);

        // 2. names from the lexicon and the document's actors, longest first
        let mut i = 0;
        while i < n {
            if used[i] || !toks[i].is_word() {
                i += 1;
                continue;
            }
            if let Some((len, canon)) = self.match_name(toks, i) {
                for u in used.iter_mut().skip(i).take(len) {
                    *u = true;
                }
                push_entity(canon, &mut entities);
                i += len;
                continue;
            }
            i += 1;
        }

        // 3. other runs of capitalised words
        let mut i = 0;
        while i < n {
            let t = &toks[i];
            let starts_run = !used[i]
                && t.kind == TokKind::Word
                && t.capitalized
                && !is_stopword(&t.norm)
                && !is_negator(&t.norm);
            if !starts_run {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < n && !used[j] && toks[j].kind == TokKind::Word && toks[j].capitalized {
                j += 1;
            }
            // A lone capitalised word opening the content or a sentence may be a name
            // ("Putin ordered ...") or a capitalised common word ("Sanctions are ..."): it
            // counts as an entity and stays a term.
            let sentence_start =
                i == 0 || matches!(toks[i - 1].norm.as_str(), "." | "…" | "“" | "\"" | ":");
            let lone_at_start = j == i + 1 && sentence_start;
            let surface = toks[i..j]
                .iter()
                .map(|t| t.span.text(src))
                .collect::<Vec<_>>()
                .join(" ");
            push_entity(self.canonical_for_run(&surface), &mut entities);
            if !lone_at_start {
                for u in used.iter_mut().take(j).skip(i) {
                    *u = true;
                }
            }
            i = j;
        }

        // 4. quantities
        let quantities = self.quantities(toks, &mut used);

        // 5. negation and terms
        let negated = main_clause_negated(toks);
        let stems = stems_of(&self.stemmer, toks, &used);
        // Terms per sentence of the content; joined with `|` when there are several.
        let mut parts: Vec<Vec<String>> = vec![Vec::new()];
        let push_term = |t: String, parts: &mut Vec<Vec<String>>| {
            let cur = parts.last_mut().expect("one part at least");
            if !cur.contains(&t) {
                cur.push(t);
            }
        };
        let mut i = 0;
        while i < n {
            if !toks[i].is_word() {
                if matches!(toks[i].norm.as_str(), "." | "!" | "?" | "…")
                    && parts.last().is_some_and(|p| !p.is_empty())
                {
                    parts.push(Vec::new());
                }
                i += 1;
                continue;
            }
            if used[i] {
                i += 1;
                continue;
            }
            if let Some((len, fam)) = self.match_phrase(&stems, &used, i) {
                push_term(family_term(fam), &mut parts);
                i += len;
                continue;
            }
            let t = &toks[i];
            i += 1;
            if t.kind == TokKind::Number || is_negator(&t.norm) {
                continue;
            }
            if let Some(fam) = self
                .lex
                .family(&t.norm)
                .or_else(|| self.tables.single.get(&*stems[i - 1]).map(String::as_str))
            {
                push_term(family_term(fam), &mut parts);
                continue;
            }
            if is_stopword(&t.norm) || !t.norm.chars().any(char::is_alphabetic) {
                continue;
            }
            push_term(stems[i - 1].to_string(), &mut parts);
        }
        parts.retain(|p| !p.is_empty());
        let terms = parts.join(&PART_SEPARATOR.to_string());

        Proposition {
            id,
            text,
            terms,
            entities,
            quantities,
            dates,
            negated,
        }
    }

    /// The longest name starting at token `i`: (number of tokens, canonical name).
    fn match_name(&self, toks: &[Token], i: usize) -> Option<(usize, String)> {
        let first = toks[i].norm.as_str();
        let lex = self.tables.names.by_first.get(first);
        let doc = self.names.by_first.get(first);
        if lex.is_none() && doc.is_none() {
            return None;
        }
        // The next word as `name_match_len` finds it: a pattern of two words or more can
        // only match when its second word is this one.
        let mut k = i + 1;
        while k < toks.len() && !toks[k].is_word() && toks[k].norm != "…" {
            k += 1;
        }
        let second = toks.get(k).map(|t| t.norm.as_str());
        let (lex_multi, lex_single) = NameIndex::candidates(lex, second);
        let (doc_multi, doc_single) = NameIndex::candidates(doc, second);
        // Every longer pattern comes before every one-word pattern.
        first_name_match(lex_multi, doc_multi, toks, i)
            .or_else(|| first_name_match(lex_single, doc_single, toks, i))
            .map(|(len, p)| (len, p.canonical.clone()))
    }

    /// A capitalised run that is a document actor's last name ("Putin") or close to a name.
    fn canonical_for_run(&self, surface: &str) -> String {
        if let Some(name) = self.run_names.borrow().get(surface) {
            return name.clone();
        }
        let name = self
            .actor_names
            .iter()
            .zip(&self.actor_last_word)
            .find(|(name, &last)| &name[last..] == surface || close_names(name, surface))
            .map_or(surface, |(name, _)| name.as_str())
            .to_string();
        self.run_names
            .borrow_mut()
            .insert(surface.to_string(), name.clone());
        name
    }

    /// The longest synonym phrase starting at token `i`, on stems, skipping nothing.
    fn match_phrase(&self, stems: &[Rc<str>], used: &[bool], i: usize) -> Option<(usize, &str)> {
        let bucket = self.tables.phrases.get(&**stems.get(i)?)?;
        for (phrase, fam) in bucket {
            let end = i + phrase.len();
            if end <= stems.len()
                && stems[i..end].iter().zip(phrase).all(|(s, p)| **s == **p)
                && !used[i..end].iter().any(|u| *u)
            {
                return Some((phrase.len(), fam));
            }
        }
        None
    }

    fn dates(&self, toks: &[Token], used: &mut [bool]) -> Vec<DateMention> {
        let n = toks.len();
        let mut out = Vec::new();
        let day_at = |k: usize| -> Option<u32> {
            let t = toks.get(k)?;
            let d: u32 = t
                .norm
                .trim_end_matches(|c: char| c.is_alphabetic())
                .parse()
                .ok()?;
            (t.kind == TokKind::Number && (1..=31).contains(&d)).then_some(d)
        };
        let year_at = |k: usize| -> Option<i32> {
            let t = toks.get(k)?;
            let y: i32 = t.norm.parse().ok()?;
            (t.kind == TokKind::Number && t.norm.len() == 4 && (1900..=2100).contains(&y))
                .then_some(y)
        };
        let mut i = 0;
        while i < n {
            if used[i] {
                i += 1;
                continue;
            }
            let t = &toks[i];
            // Month [.] [day] [,] [year]
            if t.kind == TokKind::Word && t.capitalized {
                if let Some(month) = month_of(&t.norm) {
                    let mut k = i + 1;
                    if toks.get(k).is_some_and(|x| x.norm == ".") {
                        k += 1;
                    }
                    let mut day = None;
                    if let Some(d) = day_at(k) {
                        day = Some(d);
                        k += 1;
                    }
                    let mut probe = k;
                    if toks.get(probe).is_some_and(|x| x.norm == ",") {
                        probe += 1;
                    }
                    let mut year = None;
                    if let Some(y) = year_at(probe) {
                        year = Some(y);
                        k = probe + 1;
                    }
                    // A bare "May" or "March" is a verb as often as a month.
                    let bare_ambiguous = day.is_none()
                        && year.is_none()
                        && matches!(t.norm.as_str(), "may" | "march" | "mar");
                    // Also a day before the month: "1 September"
                    let mut start = i;
                    if day.is_none() && i > 0 && !used[i - 1] {
                        if let Some(d) = day_at(i - 1) {
                            day = Some(d);
                            start = i - 1;
                        }
                    }
                    if !bare_ambiguous {
                        let end = k.min(n);
                        for u in used.iter_mut().take(end).skip(start) {
                            *u = true;
                        }
                        out.push(DateMention {
                            year,
                            month: Some(month),
                            day,
                            span: toks[start].span.cover(toks[end - 1].span),
                        });
                        i = end;
                        continue;
                    }
                }
            }
            // A year on its own.
            if let Some(y) = year_at(i) {
                let prev = i.checked_sub(1).map(|p| toks[p].norm.as_str());
                let next_is_word = toks.get(i + 1).is_some_and(|x| x.kind == TokKind::Word);
                if !next_is_word || prev.is_some_and(|p| YEAR_LEADS.contains(&p)) {
                    used[i] = true;
                    out.push(DateMention {
                        year: Some(y),
                        month: None,
                        day: None,
                        span: t.span,
                    });
                }
            }
            i += 1;
        }
        out
    }

    fn quantities(&self, toks: &[Token], used: &mut [bool]) -> Vec<Quantity> {
        let n = toks.len();
        let mut out = Vec::new();
        let mut i = 0;
        while i < n {
            let t = &toks[i];
            if used[i] || t.kind != TokKind::Number {
                i += 1;
                continue;
            }
            let Ok(mut value) = t.norm.replace(',', "").parse::<f64>() else {
                i += 1;
                continue;
            };
            used[i] = true;
            let mut span = t.span;
            let mut k = i + 1;
            if let Some((_, m)) = toks
                .get(k)
                .and_then(|x| MULTIPLIERS.iter().find(|(w, _)| *w == x.norm))
            {
                value *= m;
                used[k] = true;
                span = span.cover(toks[k].span);
                k += 1;
            }
            let mut unit = String::new();
            if toks
                .get(k)
                .is_some_and(|x| x.norm == "%" || x.norm == "percent")
            {
                unit = "percent".into();
                used[k] = true;
                span = span.cover(toks[k].span);
            } else if toks.get(k).is_some_and(|x| x.norm == "per")
                && toks.get(k + 1).is_some_and(|x| x.norm == "cent")
            {
                unit = "percent".into();
                used[k] = true;
                used[k + 1] = true;
                span = span.cover(toks[k + 1].span);
            } else {
                // The head of the noun phrase after the number: the last of up to three
                // content words ("755 diplomatic personnel" -> personnel).
                let mut last = None;
                let mut j = k;
                while j < n && j < k + 3 {
                    let x = &toks[j];
                    if x.kind != TokKind::Word || is_stopword(&x.norm) || used[j] {
                        break;
                    }
                    last = Some(j);
                    j += 1;
                }
                if let Some(h) = last {
                    let stem = stem_cached(&self.stemmer, &toks[h].norm);
                    unit = match self
                        .lex
                        .family(&toks[h].norm)
                        .or_else(|| self.tables.single.get(&stem).map(String::as_str))
                    {
                        Some(f) => format!("~{f}"),
                        None => stem,
                    };
                    span = span.cover(toks[h].span);
                }
            }
            out.push(Quantity { value, unit, span });
            i = k;
        }
        out
    }
}

/// Most words a thread's stem cache holds before it starts again (a few MB at most).
const STEM_CACHE_MAX: usize = 100_000;

thread_local! {
    /// Stems of the words this thread has seen: a Snowball stem costs some thousand
    /// instructions, a look-up a tenth of that, and news vocabulary repeats.
    /// Stems are shared (`Rc`): copying a cached stem out for every token was the cost.
    static STEM_CACHE: std::cell::RefCell<HashMap<Box<str>, Rc<str>>> =
        std::cell::RefCell::new(HashMap::default());
}

fn stem_in(cache: &mut HashMap<Box<str>, Rc<str>>, stemmer: &Stemmer, word: &str) -> Rc<str> {
    if let Some(s) = cache.get(word) {
        return Rc::clone(s);
    }
    let s: Rc<str> = stemmer.stem(word).into();
    if cache.len() >= STEM_CACHE_MAX {
        cache.clear();
    }
    cache.insert(word.into(), Rc::clone(&s));
    s
}

/// The English stem of a lower-case word, cached per thread.
fn stem_cached(stemmer: &Stemmer, word: &str) -> String {
    STEM_CACHE.with(|c| stem_in(&mut c.borrow_mut(), stemmer, word).to_string())
}

/// The stems of the word tokens among `toks` that are not `used`, empty for the others.
/// A used token (a name, date or quantity) is no term and no phrase runs over it, and names
/// are most of the words the stem cache has not seen.
fn stems_of(stemmer: &Stemmer, toks: &[Token], used: &[bool]) -> Vec<Rc<str>> {
    let empty: Rc<str> = Rc::from("");
    STEM_CACHE.with(|c| {
        let mut cache = c.borrow_mut();
        toks.iter()
            .zip(used)
            .map(|(t, &used)| {
                if t.is_word() && !used {
                    stem_in(&mut cache, stemmer, &t.norm)
                } else {
                    Rc::clone(&empty)
                }
            })
            .collect()
    })
}

/// How many tokens from `i` the name pattern covers, if it matches there.
fn name_match_len(p: &NamePattern, toks: &[Token], i: usize) -> Option<usize> {
    let mut k = i;
    for (w, cap) in p.words.iter().zip(&p.capitalised) {
        // skip punctuation tokens inside the text ("U.S." may split oddly)
        while k < toks.len() && !toks[k].is_word() && toks[k].norm != "…" {
            k += 1;
        }
        let t = toks.get(k)?;
        if t.norm != *w || (*cap && !t.capitalized) {
            return None;
        }
        k += 1;
    }
    Some(k - i)
}

/// How many bytes past a token's end the tokenizer may look to decide the token (three
/// characters: "Sander M. Levin" keeps the initial's period on seeing ". L").
const TOKENIZER_LOOKAHEAD: usize = 12;

/// Appends the tokens of `tokenize(&doc_text[s.start..s.end])`, with document offsets.
/// Re-tokenizing every content took a third of the tokenizing; the document's tokens are
/// the same ones except where the span's edges change what the tokenizer sees: at the start
/// (a span starting inside a word, or right after a character that decides whether a quote
/// mark opens) and in the last few bytes (the look-ahead is cut off at the span's end).
/// So the tokens are copied from the document up to a space at least
/// [`TOKENIZER_LOOKAHEAD`] bytes before the end, the rest is tokenized, and a span whose
/// start is not a clean token start is tokenized whole.
fn span_tokens(doc_text: &str, doc_tokens: Option<&[Token]>, s: Span, out: &mut Vec<Token>) {
    let (a, b) = (s.start, s.end);
    let tokenize_from = |from: usize, out: &mut Vec<Token>| {
        for mut t in tokenize(&doc_text[from..b]) {
            t.span = Span::new(t.span.start + from, t.span.end + from);
            out.push(t);
        }
    };
    let before = out.len();
    let bytes = doc_text.as_bytes();
    let is_space = |k: usize| matches!(bytes[k], b' ' | b'\t'..=b'\r');
    // A space far enough from the end for no token before it to look past the end.
    let split = doc_tokens.zip(
        (a..b.saturating_sub(TOKENIZER_LOOKAHEAD))
            .rev()
            .find(|&k| is_space(k)),
    );
    let Some((dt, w)) = split else {
        tokenize_from(a, out);
        return;
    };
    let first = dt.partition_point(|t| t.span.start < a);
    let straddles = first > 0 && dt[first - 1].span.end > a;
    // A token starting right at `a` after no space: a word is found the same way (unless the
    // word before runs into it: "Lavrov|'s"); a quote mark's kind depends on what precedes.
    let unclean = dt.get(first).is_some_and(|t| {
        t.span.start == a
            && a > 0
            && !is_space(a - 1)
            && (!t.is_word()
                || (first > 0 && dt[first - 1].span.end == a && dt[first - 1].is_word()))
    });
    if straddles || unclean {
        tokenize_from(a, out);
        return;
    }
    let upto = dt.partition_point(|t| t.span.start < w);
    out.extend_from_slice(&dt[first..upto]);
    tokenize_from(w, out);
    debug_assert!(
        {
            let fresh: Vec<Token> = tokenize(&doc_text[a..b])
                .into_iter()
                .map(|mut t| {
                    t.span = Span::new(t.span.start + a, t.span.end + a);
                    t
                })
                .collect();
            fresh == out[before..]
        },
        "document tokens differ from the span's own at {a}..{b}"
    );
}

/// One proposition per claim with content; sets `claim.proposition`. A claim with
/// `refers_to = Some(j)` shares claim `j`'s proposition (followed through chains).
pub fn build(
    text: &str,
    claims: &mut [Claim],
    actors: &[Actor],
    lex: &Lexicon,
) -> Vec<Proposition> {
    build_with_tokens(text, None, claims, actors, lex)
}

/// [`build`], with the document's tokens (`tokenize(text)`, as in its segmentation).
pub fn build_with_tokens(
    text: &str,
    tokens: Option<&[Token]>,
    claims: &mut [Claim],
    actors: &[Actor],
    lex: &Lexicon,
) -> Vec<Proposition> {
    let norm = Normaliser::new(lex, actors);
    let mut out = Vec::new();
    let n = claims.len();
    // Where each claim's content finally comes from.
    let target: Vec<usize> = (0..n)
        .map(|i| {
            let mut cur = i;
            for _ in 0..n {
                match claims[cur].refers_to {
                    Some(j) if j < n && j != cur && !claims[j].content.is_empty() => cur = j,
                    _ => break,
                }
            }
            cur
        })
        .collect();
    let mut prop_of: Vec<Option<usize>> = vec![None; n];
    for i in 0..n {
        if target[i] != i || claims[i].content.is_empty() {
            continue;
        }
        let id = out.len();
        out.push(norm.normalise_doc_spans(id, text, tokens, &claims[i].content));
        prop_of[i] = Some(id);
    }
    for (i, c) in claims.iter_mut().enumerate() {
        c.proposition = prop_of[target[i]];
    }
    out
}

/// Normalise one free-standing content text (no document actors).
pub fn normalise(id: usize, text: &str, lex: &Lexicon) -> Proposition {
    Normaliser::new(lex, &[]).normalise(id, text)
}

/// The term standing for a synonym family: `~` and its name.
fn family_term(fam: &str) -> String {
    let mut t = String::with_capacity(fam.len() + 1);
    t.push('~');
    t.push_str(fam);
    t
}

fn term_weight(t: &str) -> f64 {
    if t.starts_with('~') {
        FAMILY_WEIGHT
    } else {
        1.0
    }
}

/// Weighted Dice overlap of two term sets (0 when either is empty).
fn dice(a: &[Term], b: &[Term], entities_agree: bool) -> f64 {
    let wa: f64 = a.iter().map(|t| t.weight).sum();
    let wb: f64 = b.iter().map(|t| t.weight).sum();
    if wa == 0.0 || wb == 0.0 {
        return 0.0;
    }
    let shared = shared_weight(a, b);
    // One shared word is no evidence of one proposition: ask for a family term and another
    // word (or three words), unless one side is that short and wholly shared, and is two
    // words ("believe in the devil") or the two name a common entity ("Russia meddled" /
    // "Moscow interfered"). A one-word content ("retaliation") is a fragment, not a
    // proposition to compare.
    let shorter = if wa <= wb { a.len() } else { b.len() };
    let single_term = shared < MIN_SHARED_WEIGHT && shorter < 2;
    if shared < MIN_SHARED_WEIGHT.min(wa).min(wb)
        || (single_term && !entities_agree)
        || wa < MIN_SIDE_WEIGHT
        || wb < MIN_SIDE_WEIGHT
    {
        return 0.0;
    }
    2.0 * shared / (wa + wb)
}

/// A term as a number (see [`TermIds`]) with its weight.
#[derive(Debug, Clone, Copy)]
struct Term {
    id: u32,
    weight: f64,
}

/// Numbers for term strings, one per distinct term, so that overlaps compare numbers.
#[derive(Debug, Default)]
pub struct TermIds<'p> {
    ids: HashMap<&'p str, u32>,
}

impl<'p> TermIds<'p> {
    fn term(&mut self, t: &'p str) -> Term {
        let next = self.ids.len() as u32;
        Term {
            id: *self.ids.entry(t).or_insert(next),
            weight: term_weight(t),
        }
    }
}

/// The summed weight of the terms of `a` that are also in `b` (a repeated term of `a`
/// counted each time), for two lists sorted by number: a merge, not a search of `b` for
/// each term of `a`. Weights are small whole numbers, so the sum is exact in any order.
fn shared_weight(a: &[Term], b: &[Term]) -> f64 {
    let (mut j, mut shared) = (0, 0.0);
    for t in a {
        while j < b.len() && b[j].id < t.id {
            j += 1;
        }
        if j == b.len() {
            break;
        }
        if b[j].id == t.id {
            shared += t.weight;
        }
    }
    shared
}

/// The whole term set of a term list and, when it has several sentences, each sentence's.
fn term_sets(terms: &[String]) -> (Vec<&str>, Vec<Vec<&str>>) {
    let mut whole: Vec<&str> = Vec::new();
    let mut parts: Vec<Vec<&str>> = vec![Vec::new()];
    for t in terms {
        if t == PART_SEPARATOR {
            parts.push(Vec::new());
        } else {
            if !whole.contains(&t.as_str()) {
                whole.push(t);
            }
            if let Some(p) = parts.last_mut() {
                p.push(t);
            }
        }
    }
    if parts.len() < 2 {
        parts.clear();
    }
    (whole, parts)
}

/// Term overlap of two term lists: the weighted Dice overlap of the whole sets, or of the
/// best pair of sentences when a content has several (a long quote holds several
/// propositions), counting only sentences of some weight (at least one family term and
/// one other word).
pub fn term_overlap(a: &[String], b: &[String]) -> f64 {
    let mut ids = TermIds::default();
    terms_overlap(&TermSets::of(a, &mut ids), &TermSets::of(b, &mut ids), true)
}

/// The term sets of one proposition, computed once for many comparisons.
#[derive(Debug, Clone)]
struct TermSets {
    whole: Vec<Term>,
    /// The sentences of some weight, when the content has several sentences.
    parts: Option<Vec<Vec<Term>>>,
}

impl TermSets {
    fn of<'p>(terms: &'p [String], ids: &mut TermIds<'p>) -> TermSets {
        let (whole, parts) = term_sets(terms);
        // As numbers sorted for `shared_weight` (the scores do not depend on the order).
        let mut numbered = |list: Vec<&'p str>| -> Vec<Term> {
            let mut v: Vec<Term> = list.into_iter().map(|t| ids.term(t)).collect();
            v.sort_unstable_by_key(|t| t.id);
            v
        };
        let whole = numbered(whole);
        let parts: Vec<Vec<Term>> = parts.into_iter().map(&mut numbered).collect();
        let weighty = |p: &Vec<Term>| p.iter().map(|t| t.weight).sum::<f64>() >= MIN_PART_WEIGHT;
        let parts = (!parts.is_empty()).then(|| parts.into_iter().filter(weighty).collect());
        TermSets { whole, parts }
    }
    fn sentences(&self) -> Vec<&Vec<Term>> {
        match &self.parts {
            Some(p) => p.iter().collect(),
            None => vec![&self.whole],
        }
    }
}

fn terms_overlap(a: &TermSets, b: &TermSets, entities_agree: bool) -> f64 {
    let mut best = dice(&a.whole, &b.whole, entities_agree);
    if a.parts.is_none() && b.parts.is_none() {
        return best;
    }
    for x in a.sentences() {
        for y in b.sentences() {
            best = best.max(dice(x, y, entities_agree));
        }
    }
    best
}

/// A proposition prepared for many similarity comparisons (the stance graph compares every
/// pair that shares a term): [`similarity_prepared`] gives the same score as [`similarity`]
/// for two propositions prepared with the same [`TermIds`].
#[derive(Debug, Clone)]
pub struct Prepared<'p> {
    terms: TermSets,
    entities: &'p [String],
}

impl<'p> Prepared<'p> {
    pub fn new(p: &'p Proposition, ids: &mut TermIds<'p>) -> Prepared<'p> {
        Prepared {
            terms: TermSets::of(&p.terms, ids),
            entities: &p.entities,
        }
    }
}

/// [`similarity`] of two prepared propositions.
pub fn similarity_prepared(a: &Prepared, b: &Prepared) -> f64 {
    let e = entity_overlap(a.entities, b.entities);
    let t = terms_overlap(&a.terms, &b.terms, e > 0.0);
    t + ENTITY_BONUS * e * (1.0 - t)
}

/// [`similarity_prepared`] when the score may reach `threshold`; `None` when it cannot.
/// The term overlap bounds the score (entities add at most [`ENTITY_BONUS`] of what it
/// leaves, and the overlap when entities agree is the larger one), so the entity overlap,
/// fuzzy name matching of every pair of names, is worked out only for pairs that may reach
/// the threshold.
pub fn similarity_reaching(a: &Prepared, b: &Prepared, threshold: f64) -> Option<f64> {
    let t = terms_overlap(&a.terms, &b.terms, true);
    if t + ENTITY_BONUS * (1.0 - t) < threshold {
        return None;
    }
    Some(similarity_prepared(a, b))
}

/// Two entity names that stand for the same entity.
pub fn same_entity(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    (!short.contains(' ') && long.rsplit(' ').next() == Some(short)) || close_names(a, b)
}

/// Jaro-Winkler >= 0.92. Skipped when the lengths alone rule it out: Jaro is at most
/// (2 + shorter/longer) / 3, and Winkler's prefix bonus lifts it to at most
/// 0.6 * Jaro + 0.4, so 0.92 needs shorter/longer >= 0.6 (0.55 leaves a margin).
fn close_names(a: &str, b: &str) -> bool {
    let count = |s: &str| {
        if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        }
    };
    let (la, lb) = (count(a), count(b));
    if (la.min(lb) as f64) < 0.55 * la.max(lb) as f64 {
        return false;
    }
    // Jaro counts matching characters, at most the characters the two share (as multisets,
    // counted here for ASCII, the rest lumped together). 0.92 needs Jaro >= 0.866, so
    // shared/la + shared/lb >= 1.6; below 1.5 it is ruled out without the full score.
    let mut counts = [0u32; 129];
    let class = |c: char| (c as usize).min(128);
    for c in a.chars() {
        counts[class(c)] += 1;
    }
    let mut shared = 0usize;
    for c in b.chars() {
        let k = &mut counts[class(c)];
        if *k > 0 {
            *k -= 1;
            shared += 1;
        }
    }
    if (shared as f64 / la as f64 + shared as f64 / lb as f64) < 1.5 {
        return false;
    }
    strsim::jaro_winkler(a, b) >= 0.92
}

/// Fuzzy Jaccard overlap of two entity lists (0 when either is empty).
pub fn entity_overlap(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let matched = a
        .iter()
        .filter(|x| b.iter().any(|y| same_entity(x, y)))
        .count()
        .min(b.len()) as f64;
    matched / (a.len() as f64 + b.len() as f64 - matched)
}

/// The documented similarity score of two propositions (see the module docs).
pub fn similarity(a: &Proposition, b: &Proposition) -> f64 {
    let mut ids = TermIds::default();
    similarity_prepared(&Prepared::new(a, &mut ids), &Prepared::new(b, &mut ids))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::Engine;

    fn prop(text: &str) -> Proposition {
        let engine = Engine::shipped();
        normalise(0, text, &engine.lexicon)
    }

    fn sim(a: &str, b: &str) -> f64 {
        similarity(&prop(a), &prop(b))
    }

    #[test]
    fn election_meddling_phrasings_are_similar() {
        let a = "Russian meddling in the elections";
        let b = "Moscow meddling in the 2016 presidential elections";
        let c = "it attempted to swing last year's US presidential election";
        for (x, y) in [(a, b), (a, c), (b, c)] {
            let s = sim(x, y);
            assert!(
                s >= DEFAULT_THRESHOLD,
                "{x:?} ~ {y:?}: {s} {:?} {:?}",
                prop(x),
                prop(y)
            );
        }
    }

    #[test]
    fn dont_flag_the_mission_in_moscow_as_meddling() {
        for other in [
            "Russian meddling in the elections",
            "Moscow meddling in the 2016 presidential elections",
        ] {
            let s = sim("the mission in Moscow", other);
            assert!(s < DEFAULT_THRESHOLD, "{s}");
        }
    }

    #[test]
    fn entities_numbers_dates_negation() {
        let p = prop("Putin ordered the US diplomatic mission in Moscow to cut 755 personnel by September 1, 2017");
        assert!(p.entities.contains(&"Russia".to_string()), "{p:?}");
        assert!(p.entities.contains(&"United States".to_string()), "{p:?}");
        assert!(p.entities.contains(&"Putin".to_string()), "{p:?}");
        assert_eq!(p.quantities.len(), 1, "{p:?}");
        assert_eq!(p.quantities[0].value, 755.0);
        assert_eq!(p.quantities[0].unit, "~staff");
        assert_eq!(p.dates.len(), 1, "{p:?}");
        assert_eq!(
            (p.dates[0].year, p.dates[0].month, p.dates[0].day),
            (Some(2017), Some(9), Some(1))
        );
        assert!(!p.negated);

        let q = prop("we would respond by Aug. 31 with a 15 percent cut");
        assert_eq!(
            (q.dates[0].month, q.dates[0].day),
            (Some(8), Some(31)),
            "{q:?}"
        );
        assert_eq!(q.quantities[0].unit, "percent");
        assert_eq!(q.quantities[0].value, 15.0);

        assert!(prop("we have not made a decision").negated);
        assert!(prop("Russia never interfered").negated);
        let y = prop("in the 2016 presidential elections");
        assert_eq!(y.dates.len(), 1);
        assert!(y.quantities.is_empty());
    }

    #[test]
    fn negation_is_read_in_the_main_clause_of_short_content() {
        assert!(prop("that it did not meddle in the election").negated);
        assert!(!prop("we will talk if they do not object").negated);
        assert!(!prop("no doubt the talks will go on").negated);
        assert!(!prop("no fewer than seven pupils fell ill on the trip").negated);
        assert!(!prop("the plumber has no idea how his truck got to Syria").negated);
        assert!(prop("the plumber has no truck").negated);
        // A long quote's "not" belongs to one of its clauses.
        assert!(!prop("Tolerance is on the ballot. Democracy is not on the ballot.").negated);
    }

    #[test]
    fn one_shared_word_is_not_one_proposition() {
        let s = sim(
            "Tolerance is on the ballot",
            "It doesn't matter because Clinton will get 90 percent of the vote",
        );
        assert_eq!(s, 0.0);
        // unless the shorter side is that one word and both name one entity,
        assert!(sim("Russia meddled", "Moscow interfered") >= DEFAULT_THRESHOLD);
        assert_eq!(
            sim(
                "the 2000 election in Florida",
                "a request from Democrats in Ohio to restore an extra week of early voting"
            ),
            0.0
        );
        // or two words wholly shared.
        assert!(
            sim(
                "I don't believe in the devil.",
                "Thank God at least you still believe in the devil."
            ) >= DEFAULT_THRESHOLD
        );
    }

    #[test]
    fn pronouns_are_not_entities_and_us_is_not_the_united_states() {
        let p = prop("he told us they would talk");
        assert!(p.entities.is_empty(), "{p:?}");
    }

    /// The bounded score gives the full score wherever it may reach the threshold, and
    /// `None` only below it: on every pair of the seed's propositions, at several thresholds.
    #[test]
    fn similarity_reaching_is_similarity_where_it_can_reach_the_threshold() {
        let engine = Engine::shipped();
        let doc = crate::document::Document::new(
            "seed",
            include_str!("../fixtures/tillerson-lavrov.txt"),
        );
        let props = engine.extract(doc).propositions;
        assert!(props.len() > 10, "{}", props.len());
        let mut ids = TermIds::default();
        let prepared: Vec<Prepared> = props.iter().map(|p| Prepared::new(p, &mut ids)).collect();
        let (mut some, mut none) = (0, 0);
        for a in &prepared {
            for b in &prepared {
                let full = similarity_prepared(a, b);
                for th in [0.0, 0.2, 0.25, 0.4, DEFAULT_THRESHOLD, 0.7, 1.0] {
                    match similarity_reaching(a, b, th) {
                        Some(s) => {
                            assert_eq!(s.to_bits(), full.to_bits());
                            some += 1;
                        }
                        None => {
                            assert!(full < th, "{full} >= {th}");
                            none += 1;
                        }
                    }
                }
            }
        }
        assert!(some > 0 && none > 0, "{some} {none}");
    }

    #[test]
    fn a_claim_pointing_back_shares_the_proposition() {
        use crate::model::{ClaimKind, Cue, Source, Stance};
        let text = "Russia denied that it meddled. Trump played down the allegations.";
        let mk = |id, content: Span, refers_to| Claim {
            id,
            sentence: id,
            source: Source {
                spans: vec![],
                actor: None,
            },
            cue: Cue {
                spans: vec![],
                lemma: "deny".into(),
                negated: false,
                conditional: false,
            },
            content: vec![content],
            stance: Stance::Deny,
            kind: ClaimKind::Indirect,
            parent: None,
            refers_to,
            pattern: String::new(),
            proposition: None,
        };
        let mut claims = vec![
            mk(0, Span::new(14, 29), None),
            mk(1, Span::new(50, 65), Some(0)),
        ];
        let props = build(text, &mut claims, &[], &Engine::shipped().lexicon);
        assert_eq!(props.len(), 1);
        assert_eq!(claims[0].proposition, Some(0));
        assert_eq!(claims[1].proposition, Some(0));
        assert_eq!(props[0].text, "that it meddled");
    }
}

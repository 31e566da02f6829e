//! Claims: attribution patterns over sentences -> [`Claim`]s.
//!
//! Takes the text, its segmentation, the lexicon and the document's mentions; gives the
//! claims in reading order, each with source, cue and content spans, a stance from the cue
//! lexicon, the name of the pattern that produced it, and its parent when it is nested in
//! another claim's content.
//!
//! A cue (from `rules/lexicon/cues.toml`) is found first; then the patterns its frame
//! allows are tried in order, each checking the words around the cue:
//!
//! | pattern | shape |
//! |---|---|
//! | `subject-verb` | `X said (that) C`, `X said: "C"`, `X told reporters (that) C`, `X is telling ...` |
//! | `content-subject-verb` | `C, X said.` / `"C," X said` / `C, as X has noted.` |
//! | `content-verb-subject` | `"C," said X, an appositive` (the appositive is part of the source) |
//! | `split-quote` | `"A," X said, "B."` (one claim, two content spans) |
//! | `quote-before-sentence` | `"Why now?" Clinton said.` (the splitter ended the sentence after the quote) |
//! | `parenthetical` | `C, X contends, C` |
//! | `according-to` | `according to X, C` / `C, according to X` |
//! | `np-object` | `X denied the reports (that C)`, `X played down the allegations` |
//! | `reduced-relative` | `reports, endorsed by X, that C` |
//! | `what-called` | `what X called "C"` |
//! | `noun-complement` | `X's statement that C`, `word that C`, `the claims of C` |
//! | `noun-is-that` | `The idea is that C`, `Rubio's argument was that C` (noun and copula are the cue, a possessor the source) |
//! | `noun-preposition` | `his criticism of C`, `Trump's endorsement of C` (a possessor is the source) |
//! | `in-poll` | `In a CNN poll released Monday, C`, `C in the polls.` (the poll is the source) |
//! | `to-viewpoint` | `To many voters, C`, `To Sexton, who studies rallies, C` (the people after "To" are the source) |
//! | `reportedly` | `X is reportedly C`, `Reportedly, C` (no source) |
//! | `participial` | `..., saying C`, `..., eventually saying C`, `praising X but insisting C`, `by telling them that C`, `Claiming C, X told ...` (source: the clause's subject) |
//! | `noun-participle` | `A super PAC backing X spent ...` (source: the noun phrase when it is the subject, else the clause's subject) |
//! | `infinitival`, `catenative` | `X is expected to endorse C`, `X avoids condemning C` |
//! | `passive` | `it was reported that C`, `X is said to C` (no source), `X was projected the winner` (no source), `X was quoted as saying C` |
//! | `passive-by` | `C was first reported by X`, `C has been called a charlatan by X` |
//! | `as-reported` | `As stated in X's commentary, C` |
//! | `colon-lead-in` | `WALLACE: C` at a paragraph start |
//! | `colon-quote` | `More from Jones: "C"`, `Here's Clinton in 1992: "C"` (a name, a colon, a quotation no cue claimed) |
//! | `clause-colon-quote` | `Kelly responded pointedly: "C"`, `The board released a statement: "C"` (a clause with a verb, a colon, a quotation no cue claimed; the predicate is the cue) |
//! | `colon-paragraph` | `Limbaugh added:` closing a paragraph; C is the next paragraph |
//! | `quote-dash` | `"C" ― X` |
//! | `asked-clause` | `Asked about C, X said ...`, `When asked by Y whether C, ...`, `... X said when asked whether C` (source: the by-agent) |
//! | `seem-appear` | `X seems to C`, `X seemed unperturbed` (no source; content `X … to C`), `It appears that C` |
//! | `summary-noun` | `Officials say C, a charge Moscow denies` (content `a charge`, linked to the claim it sums up) |
//! | `drew-support` | `X drew the support of Y`, `The plan has drawn criticism from Y` (Y is the source, X the content) |
//! | `object-relative` | `allegations, which he has denied`, `Rubio, who many had backed`, `a deal she once supported` (content: the relative pronoun or the noun phrase) |
//!
//! Content boundaries follow PolNeAR's guidelines: the content keeps its complementizer
//! ("that C"), a that-less clause is content, a bare noun-phrase object ends before adjuncts
//! of time and occasion, and a fronted subordinate clause ends the claims inside it.
//!
//! A quotation that follows a direct claim with no cue of its own (`"A," he said. "B."`,
//! or a next paragraph that continues the quote) is added to that claim's content. A claim
//! whose content is a definite noun such as "the allegations" is linked (`refers_to`) to
//! the latest earlier claim it can point back to.

use crate::lexicon::{CueFrame, FormMatch, Lexicon};
use crate::mentions::{MentionKind, Mentions};
use crate::model::{Claim, ClaimKind, Cue, Source, Span, Stance};
use crate::segment::{is_list_bullet, Segmentation, TokKind, Token};
use std::ops::Range;

/// A cue found in a sentence.
#[derive(Debug, Clone)]
struct CueHit {
    tokens: Range<usize>,
    /// The lexicon entry being tried (a form may belong to several entries: "warned").
    entry: usize,
    /// Every entry with this form, tried in frame order.
    entries: Vec<usize>,
    participle: bool,
    gerund: bool,
}

/// Words skipped between a subject and its verb ("has furiously denied", "did not say").
fn is_aux(w: &str) -> bool {
    matches!(
        w,
        "has"
            | "have"
            | "had"
            | "is"
            | "was"
            | "were"
            | "are"
            | "be"
            | "been"
            | "being"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "do"
            | "does"
            | "did"
            | "not"
            | "n't"
            | "never"
            | "also"
            | "still"
            | "already"
            | "repeatedly"
            | "previously"
            | "again"
            | "later"
            | "then"
            | "once"
            | "just"
            | "only"
            | "even"
            | "now"
            | "recently"
            | "reportedly"
            | "publicly"
            | "privately"
            | "often"
            | "always"
            | "ever"
            | "first"
            | "further"
            | "too"
            | "quickly"
            | "long"
            | "initially"
            | "finally"
            | "cannot"
    )
}

/// A day named relative to the report: "Tuesday", "yesterday", "today".
fn is_day_name(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "yesterday"
            | "today"
    )
}

/// The speech verbs that, after a complete content, open the main clause again ("asked not to
/// be named, said C", "Supporters who backed Clinton said C").
fn is_main_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "said" | "says" | "told" | "added" | "wrote" | "noted" | "argued"
    )
}

/// An auxiliary that is a verb (is, has, will, ...), not one of the adverbs `is_aux` also
/// lets through between subject and verb (also, only, even, just, not).
fn is_verb_aux(w: &str) -> bool {
    is_aux(w) && !matches!(w, "also" | "only" | "even" | "just" | "not" | "n't")
}

fn is_negation(w: &str) -> bool {
    matches!(w, "not" | "n't" | "never")
}

fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "some"
            | "any"
            | "no"
            | "every"
            | "each"
            | "another"
    )
}

/// Quantifiers that open a noun phrase ("several observers", "most economists").
fn is_quantifier(w: &str) -> bool {
    matches!(
        w,
        "several" | "many" | "most" | "few" | "both" | "all" | "other" | "others" | "two" | "three"
    )
}

fn is_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "it" | "we" | "i" | "you" | "who")
        // a subject pronoun with its auxiliary in one token ("told Breitbart News he'd
        // support C"); the tokenizer splits off only 's and n't
        || w.split_once('\'').is_some_and(|(p, aux)| {
            matches!(p, "he" | "she" | "they" | "we" | "i" | "you")
                && matches!(aux, "d" | "ll" | "re" | "ve" | "m")
        })
}

/// Nouns and adjectives that take "to" inside a noun phrase naming a person ("a source close
/// to him", "an adviser to the senator", "people loyal to Trump").
fn is_relational_head(w: &str) -> bool {
    matches!(
        w,
        "close"
            | "closest"
            | "near"
            | "loyal"
            | "sympathetic"
            | "friendly"
            | "hostile"
            | "opposed"
            | "allied"
            | "connected"
            | "linked"
            | "tied"
            | "aide"
            | "aides"
            | "adviser"
            | "advisers"
            | "advisor"
            | "advisors"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "assistant"
            | "counselor"
            | "consultant"
            | "consultants"
            | "successor"
            | "ambassador"
            | "envoy"
            | "secretary"
            | "lawyer"
            | "lawyers"
            | "attorney"
            | "donor"
            | "donors"
            | "strategist"
            | "strategists"
            | "heir"
            | "loyalist"
            | "loyalists"
    )
}

/// Words that end a subject noun phrase when scanning left from a verb.
fn is_left_boundary(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "and"
            | "but"
            | "or"
            | "which"
            | "when"
            | "while"
            | "because"
            | "as"
            | "if"
            | "after"
            | "before"
            | "since"
            | "although"
            | "though"
            | "where"
            | "what"
            | "whom"
            | "whose"
            | "so"
            | "than"
            | "why"
            | "how"
            | "until"
            | "unless"
            | "whether"
            | "whereas"
            | "yet"
            | "said"
            | "says"
            | "say"
            | "told"
            | "tells"
            | "added"
            | "noted"
            | "wrote"
            | "is"
            | "was"
            | "are"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "may"
            | "might"
            | "should"
            | "must"
            | "do"
            | "does"
            | "did"
            | "to"
            | "also"
            | "not"
            | "n't"
            | "never"
    )
}

fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "for"
            | "with"
            | "by"
            | "from"
            | "to"
            | "of"
            | "about"
            | "into"
            | "during"
            | "after"
            | "before"
            | "over"
            | "under"
            | "between"
            | "among"
            | "against"
            | "without"
            | "within"
            | "through"
            | "across"
            | "despite"
            | "amid"
            | "toward"
            | "towards"
            | "upon"
            | "via"
            | "like"
            | "since"
            | "per"
    )
}

/// Nouns that point back to an earlier claim when used with a definite determiner.
const CLAIM_NOUNS: &[&str] = &[
    "allegation",
    "allegations",
    "claim",
    "claims",
    "report",
    "reports",
    "accusation",
    "accusations",
    "charge",
    "charges",
    "story",
    "stories",
    "rumor",
    "rumors",
    "rumour",
    "rumours",
    "suggestion",
    "suggestions",
    "assertion",
    "assertions",
    "idea",
    "notion",
    "incident",
    "finding",
    "findings",
    "conclusion",
    "conclusions",
    "assessment",
];

/// Verbs and adjectives whose subject is also the subject of the infinitive after them
/// ("is expected to endorse", "refused to confirm", "is likely to say").
/// An -ing word that can open a participle clause ("citing", "adding"; not "including",
/// "during", "nothing").
fn clause_participle(t: &Token) -> bool {
    t.norm.ends_with("ing")
        && !t.capitalized
        && t.norm.len() > 5
        && !matches!(
            t.norm.as_str(),
            "including"
                | "according"
                | "during"
                | "nothing"
                | "something"
                | "anything"
                | "everything"
        )
}

/// A subject pronoun: "he", "she", "they", "we", "i".
fn is_subject_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "we" | "i")
}

/// Words that open an embedded question: "asked him whether ...".
fn is_wh_word(w: &str) -> bool {
    matches!(
        w,
        "whether" | "how" | "why" | "what" | "who" | "if" | "when" | "where" | "which"
    )
}

/// Noun cues that report only with their preposition ("attacks on X", "support for X"): a
/// "that" after them opens a relative clause ("the attacks that Republicans will use").
fn preposition_only_noun(lemma: &str) -> bool {
    matches!(lemma, "attack" | "opposition" | "support")
}

/// A quantifier that can stand alone as a subject ("Another said C", "Some say C").
fn is_pronoun_quantifier(w: &str) -> bool {
    matches!(
        w,
        "another" | "some" | "many" | "most" | "several" | "both" | "all" | "few"
    )
}

/// A finite or non-finite form of "be" that opens a "be critical of"-type cue.
fn is_be_form(w: &str) -> bool {
    matches!(
        w,
        "is" | "was" | "are" | "were" | "be" | "been" | "being" | "am" | "'s" | "'re" | "'m"
    )
}

fn is_control_verb(w: &str) -> bool {
    matches!(
        w,
        "expected"
            | "likely"
            | "going"
            | "set"
            | "poised"
            | "planning"
            | "plans"
            | "plan"
            | "wants"
            | "want"
            | "wanted"
            | "hopes"
            | "hoped"
            | "ready"
            | "able"
            | "about"
            | "decided"
            | "agreed"
            | "vowed"
            | "refused"
            | "declined"
            | "tried"
            | "trying"
            | "sought"
            | "seeks"
            | "appeared"
            | "appears"
            | "seemed"
            | "seems"
            | "continued"
            | "continues"
            | "continuing"
            | "began"
            | "begins"
            | "promised"
            | "threatened"
            | "intends"
            | "intended"
            | "willing"
            | "unwilling"
            | "eager"
            | "reluctant"
            | "prepared"
            | "due"
            | "unable"
            | "failed"
            | "chose"
    )
    // "They continue to argue C", "Sexton was quick to point out C", "is struggling to
    // explain C", "refusing to endorse X"
    || control_joins_cue(w)
}

/// Control verbs that PolNeAR keeps in the cue ("continue to argue", "was quick to point out",
/// "is struggling to explain", "refused to say" is marked so too, but making the older control
/// verbs' cues longer changed which claims a sentence keeps: not measured yet).
fn control_joins_cue(w: &str) -> bool {
    matches!(
        w,
        "continue" | "quick" | "struggling" | "struggled" | "refuse" | "refuses" | "refusing"
    )
}

/// "went on to endorse X", "goes on to argue C": a form of "go" before "on to" and a cue.
fn is_go_form(w: &str) -> bool {
    matches!(w, "go" | "goes" | "went" | "gone" | "going")
}

/// A verb whose object is the subject of a following participle ("left many voters
/// wondering C", "watched the delegates chanting C", "featuring veterans criticizing X").
fn is_small_clause_verb(w: &str) -> bool {
    matches!(
        w,
        "left"
            | "leaves"
            | "leave"
            | "leaving"
            | "saw"
            | "see"
            | "sees"
            | "seen"
            | "watch"
            | "watched"
            | "watching"
            | "heard"
            | "hear"
            | "hears"
            | "feature"
            | "features"
            | "featured"
            | "featuring"
            | "remember"
            | "remembers"
            | "recall"
            | "recalls"
            | "caught"
            | "found"
            | "finds"
            | "kept"
            | "keeps"
            // "errors, including an adviser acknowledging C", "a speech that included Trump
            // vowing C": the included noun phrase acts the participle
            | "including"
            | "included"
            | "includes"
            | "include"
    )
}

/// A verb whose object noun carries the meaning ("took swipes at", "provided details",
/// "have taken votes in favor of"): its subject holds a noun cue after it.
fn is_light_verb(w: &str) -> bool {
    matches!(
        w,
        "take"
            | "takes"
            | "took"
            | "taken"
            | "make"
            | "makes"
            | "made"
            | "give"
            | "gives"
            | "gave"
            | "given"
            | "provide"
            | "provides"
            | "provided"
            | "release"
            | "releases"
            | "released"
            | "offer"
            | "offers"
            | "offered"
            | "express"
            | "expresses"
            | "expressed"
            | "issue"
            | "issues"
            | "issued"
            | "cast"
            | "casts"
            | "share"
            | "shares"
            | "shared"
            | "voice"
            | "voices"
            | "voiced"
            | "level"
            | "levels"
            | "leveled"
            | "levelled"
            | "lodge"
            | "lodged"
    )
}

/// Verbs that take an -ing complement: "avoids condemning", "keeps insisting".
fn is_catenative(w: &str) -> bool {
    matches!(
        w,
        "avoid"
            | "avoids"
            | "avoided"
            | "keep"
            | "keeps"
            | "kept"
            | "continue"
            | "continues"
            | "continued"
            | "began"
            | "begins"
            | "started"
            | "starts"
            | "stopped"
            | "stops"
            | "quit"
            | "resumed"
            | "risked"
            | "risks"
            | "finished"
            | "considered"
            | "considers"
    )
}

/// Cue words that are also common nouns; as verbs they need a subject that fits.
const NOUN_LIKE: &[&str] = &[
    "note",
    "report",
    "claim",
    "state",
    "comment",
    "question",
    "charge",
    "answer",
    "support",
    "back",
    "attack",
    "tweet",
    "post",
    "estimate",
    "figure",
    "hope",
    "fear",
    "doubt",
    "show",
    "point",
    "concern",
    "forecast",
    "project",
    "plan",
    "count",
    "reply",
    "promise",
    "vow",
    "pledge",
    "warning",
    "blast",
    "slam",
    "quote",
    "cite",
    "challenge",
    "signal",
    "counter",
    "guess",
    "bet",
    "worry",
    "respond",
    "demand",
    "call",
    "remark",
    "dispute",
    "echo",
    "welcome",
    "accept",
    "defend",
    "blame",
    "fault",
    "reason",
    "mention",
    "record",
    "word",
    "advocate",
    "request",
    "voice",
    "credit",
    "rebuke",
    "boast",
    "joke",
    "retweet",
    "email",
    "champion",
    "order",
    "stress",
];

/// Whether `w` is in [`NOUN_LIKE`] (a `match`, faster than scanning the list).
fn is_noun_like(w: &str) -> bool {
    matches!(
        w,
        "note"
            | "report"
            | "claim"
            | "state"
            | "comment"
            | "question"
            | "charge"
            | "answer"
            | "support"
            | "back"
            | "attack"
            | "tweet"
            | "post"
            | "estimate"
            | "figure"
            | "hope"
            | "fear"
            | "doubt"
            | "show"
            | "point"
            | "concern"
            | "forecast"
            | "project"
            | "plan"
            | "count"
            | "reply"
            | "promise"
            | "vow"
            | "pledge"
            | "warning"
            | "blast"
            | "slam"
            | "quote"
            | "cite"
            | "challenge"
            | "signal"
            | "counter"
            | "guess"
            | "bet"
            | "worry"
            | "respond"
            | "demand"
            | "call"
            | "remark"
            | "dispute"
            | "echo"
            | "welcome"
            | "accept"
            | "defend"
            | "blame"
            | "fault"
            | "reason"
            | "mention"
            | "record"
            | "word"
            | "advocate"
            | "request"
            | "voice"
            | "credit"
            | "rebuke"
            | "boast"
            | "joke"
            | "retweet"
            | "email"
            | "champion"
            | "order"
            | "stress"
    )
}

/// Nouns naming a stance, taken as the object of an NP verb: "expressed concern about C".
const STANCE_NOUNS: &[&str] = &[
    "concern",
    "concerns",
    "support",
    "opposition",
    "doubt",
    "doubts",
    "skepticism",
    "scepticism",
    "frustration",
    "anger",
    "outrage",
    "disappointment",
    "dismay",
    "alarm",
    "reservations",
    "confidence",
    "optimism",
    "fears",
    "worries",
    "regret",
    "sympathy",
    "condolences",
    "approval",
    "disapproval",
    "gratitude",
    "admiration",
    "criticism",
    "displeasure",
    "objections",
    "interest",
];

/// Cues that take an infinitive as their content ("vowed to fight", "refused to endorse").
const INFINITIVE_CUES: &[&str] = &[
    "promise",
    "vow",
    "pledge",
    "threaten",
    "refuse",
    "agree",
    "decline",
    "urge",
    "call on",
    "ask",
    "warn",
    "demand",
    "expect",
    "hope",
    "plan",
    "want",
    "claim",
    "appear",
    "seem",
    "intend",
    "swear",
    "offer",
    "tell",
    "encourage",
    "remind",
    "advise",
    "caution",
    "predict",
    "seek",
    "decide",
    "be eager",
];

/// Which frame of a many-frame form is tried first: a hearer object, then a clause, then a
/// noun-phrase object.
fn frame_order(f: CueFrame) -> u8 {
    match f {
        CueFrame::ObjectVerb => 0,
        CueFrame::Verb => 1,
        CueFrame::NpVerb => 2,
        CueFrame::Noun => 3,
        CueFrame::Preposition => 4,
    }
}

fn is_word(t: &Token) -> bool {
    t.is_word()
}

fn is_clause_punct(t: &Token) -> bool {
    matches!(
        t.norm.as_str(),
        "," | ";" | ":" | "(" | ")" | "—" | "–" | "--" | "―" | "[" | "]"
    )
}

fn is_final_punct(t: &Token) -> bool {
    matches!(t.norm.as_str(), "." | "!" | "?" | "…")
}

struct Extractor<'a> {
    text: &'a str,
    seg: &'a Segmentation,
    lex: &'a Lexicon,
    m: &'a mut Mentions,
    claims: Vec<Claim>,
    /// The last `subject_left` question and answer: (scope start, scope end, end, claims so
    /// far) -> subject. The patterns tried for one cue ask it again for the same verb.
    #[allow(clippy::type_complexity)]
    subject_memo: std::cell::Cell<Option<((usize, usize, usize, usize), Option<(usize, usize)>)>>,
}

/// Extract the claims of a document.
pub fn extract(text: &str, seg: &Segmentation, lex: &Lexicon, m: &mut Mentions) -> Vec<Claim> {
    let mut x = Extractor {
        text,
        seg,
        lex,
        m,
        claims: Vec::new(),
        subject_memo: std::cell::Cell::new(None),
    };
    for si in 0..seg.sentences.len() {
        x.sentence(si);
    }
    x.continued_quotes();
    // claims inside a quote that runs over several sentences ("PENCE: ... you know, ...")
    x.nest(0, 64);
    x.drop_unattributed_first_person();
    x.link_back_references();
    let mut claims = x.claims;
    claims.sort_by_key(|c| (c.sentence, c.cue.spans.first().map_or(0, |s| s.start)));
    renumber(&mut claims);
    claims
}

/// Claims are numbered in reading order; parent and reference links follow the renumbering.
fn renumber(claims: &mut [Claim]) {
    let map: Vec<(usize, usize)> = claims
        .iter()
        .enumerate()
        .map(|(new, c)| (c.id, new))
        .collect();
    let lookup = |old: usize| map.iter().find(|(o, _)| *o == old).map(|(_, n)| *n);
    for c in claims.iter_mut() {
        c.parent = c.parent.and_then(lookup);
        c.refers_to = c.refers_to.and_then(lookup);
    }
    for (i, c) in claims.iter_mut().enumerate() {
        c.id = i;
    }
}

impl<'a> Extractor<'a> {
    fn tok(&self, i: usize) -> &'a Token {
        &self.seg.tokens[i]
    }

    fn span_of(&self, r: Range<usize>) -> Span {
        let t = &self.seg.tokens;
        Span::new(t[r.start].span.start, t[r.end - 1].span.end)
    }

    /// Cue matches in a sentence, left to right, longest first, not overlapping.
    fn cues(&self, s: Range<usize>) -> Vec<CueHit> {
        let mut hits = Vec::new();
        let words = s
            .clone()
            .filter(|&j| self.tok(j).kind == TokKind::Word && self.tok(j).norm.len() > 3);
        let (n_words, n_caps) = words.fold((0, 0), |(n, c), j| {
            (n + 1, c + usize::from(self.tok(j).capitalized))
        });
        let title_case = n_words >= 3 && n_caps * 10 >= n_words * 7;
        let mut i = s.start;
        while i < s.end {
            let t = self.tok(i);
            let mut matched = None;
            // a capitalised word inside a sentence is a name ("the United States"), not a verb
            // (in a headline every word is capitalised, and there the word may be a verb)
            let mid_sentence_capital =
                t.capitalized && i > s.start && self.tok(i - 1).capitalized && !title_case;
            let cands = if mid_sentence_capital {
                None
            } else {
                self.lex.cue_forms(&t.norm)
            };
            if let Some(cands) = cands {
                // "was also critical of", "is particularly appreciative of": up to two adverbs
                // after a form of "be" stay inside the cue
                let skip = if is_be_form(t.norm.as_str()) {
                    (i + 1..s.end.min(i + 3))
                        .take_while(|&j| {
                            let w = self.tok(j).norm.as_str();
                            (w.ends_with("ly") && w.len() > 4 && !self.tok(j).capitalized)
                                || matches!(
                                    w,
                                    "also"
                                        | "very"
                                        | "more"
                                        | "less"
                                        | "so"
                                        | "too"
                                        | "still"
                                        | "most"
                                        | "quite"
                                        | "even"
                                        | "already"
                                )
                        })
                        .count()
                } else {
                    0
                };
                // "is known as", "has long been seen as" judge their subject; "chemicals known as
                // HFCs" only names it: these participle forms need a form of "be" before them
                let passive_only = matches!(t.norm.as_str(), "known" | "seen")
                    && !(i.saturating_sub(3).max(s.start)..i).rev().any(|j| {
                        is_be_form(self.tok(j).norm.as_str()) || self.tok(j).norm == "been"
                    });
                let try_form = |fm: &FormMatch| {
                    if passive_only && !fm.rest.is_empty() {
                        return None;
                    }
                    let matches_at = |from: usize| {
                        let stop = from + fm.rest.len();
                        (stop <= s.end
                            && fm
                                .rest
                                .iter()
                                .zip(&self.seg.tokens[from..stop])
                                .all(|(w, tk)| *w == tk.norm))
                        .then_some(stop)
                    };
                    matches_at(i + 1).or_else(|| {
                        (skip > 0 && !fm.rest.is_empty())
                            .then(|| matches_at(i + 1 + skip))
                            .flatten()
                    })
                };
                // the first form in list order that matches; a long list ("is" opens every
                // "be X" cue) is narrowed to the forms whose second word comes next
                let found = match self.lex.cue_forms_by_second(&t.norm, cands) {
                    Some(bucket) => {
                        let next = |j: usize| (j < s.end).then(|| self.tok(j).norm.as_str());
                        let seconds: Vec<&str> = [Some(i + 1), (skip > 0).then_some(i + 1 + skip)]
                            .into_iter()
                            .flatten()
                            .filter_map(next)
                            .collect();
                        bucket
                            .positions(&seconds)
                            .into_iter()
                            .find_map(|k| try_form(&cands[k]).map(|stop| (&cands[k], stop)))
                    }
                    None => cands
                        .iter()
                        .find_map(|fm| try_form(fm).map(|stop| (fm, stop))),
                };
                if let Some((fm, stop)) = found {
                    let mut entries: Vec<usize> = cands
                        .iter()
                        .filter(|o| o.rest == fm.rest)
                        .map(|o| o.entry)
                        .collect();
                    entries.sort_by_key(|&e| frame_order(self.lex.cues[e].frame));
                    matched = Some(CueHit {
                        tokens: i..stop,
                        entry: entries[0],
                        entries,
                        participle: fm.participle,
                        gerund: fm.gerund,
                    });
                }
            }
            match matched {
                Some(h) => {
                    i = h.tokens.end;
                    hits.push(h);
                }
                None => i += 1,
            }
        }
        hits
    }

    fn sentence(&mut self, si: usize) {
        let s = self.seg.sentences[si].tokens.clone();
        if s.is_empty() {
            return;
        }
        let first_new = self.claims.len();
        if self.colon_lead_in(si, s.clone())
            || self.quote_dash(si, s.clone())
            || self.in_words_of(si, s.clone())
            || self.in_poll(si, s.clone())
        {
            return;
        }
        self.reportedly(si, s.clone());
        // the viewpoint's content keeps its own cues ("To them, Trump said C")
        self.viewpoint_to(si, s.clone());
        let hits = self.cues(s.clone());
        // token ranges already used as a source or object by an earlier cue in this sentence
        let mut used: Vec<Range<usize>> = Vec::new();
        // a fronted question ("Asked if she believed C, Clinton said D") bounds the cues inside
        // it: "believed" takes no content past the question's comma
        let mut fronted: Option<Range<usize>> = None;
        for h in &hits {
            // (a cue in a relative clause after the source's comma is that clause's own claim:
            // "said Perez, who noted that C")
            if used.iter().any(|u| {
                u.start <= h.tokens.start
                    && h.tokens.end <= u.end
                    && self.comma_relative_in(u.start..h.tokens.start).is_none()
            }) {
                continue;
            }
            // a cue inside a quotation takes its source and content inside that quotation
            let mut scope = match self.seg.quote_around(h.tokens.start) {
                Some(qi) => {
                    let q = &self.seg.quotes[qi];
                    s.start.max(q.open + 1)..s.end.min(q.close.unwrap_or(s.end))
                }
                None => s.clone(),
            };
            if let Some(f) = fronted.as_ref().filter(|f| f.contains(&h.tokens.start)) {
                scope = scope.start.max(f.start)..scope.end.min(f.end);
            }
            if scope.is_empty() {
                continue;
            }
            for &e in &h.entries {
                let hit = CueHit {
                    entry: e,
                    ..h.clone()
                };
                let before = self.claims.len();
                if let Some(claim_used) = self.try_cue(si, scope.clone(), &hit) {
                    used.extend(claim_used);
                    if fronted.is_none() && self.claims.len() > before {
                        fronted = self.fronted_question(&s, &self.claims[before]);
                    }
                    break;
                }
            }
        }
        self.drew_support(si, s.clone(), first_new);
        self.colon_quote(si, s.clone(), first_new);
        self.cut_relatives_with_claims(first_new);
        // the window bounds a "sentence" of thousands of cues (hostile input) as `extract` does
        self.nest(first_new, 64);
    }

    /// The first token starting at or after byte `at` (the token of a span's start; of a
    /// span's end, the token after it).
    fn token_at(&self, at: usize) -> usize {
        self.seg.tokens.partition_point(|t| t.span.start < at)
    }

    /// The tokens of a fronted question claim ("Asked if C," up to its comma), when `c` is one.
    fn fronted_question(&self, s: &Range<usize>, c: &Claim) -> Option<Range<usize>> {
        if c.pattern != "asked-clause" {
            return None;
        }
        let (cue_start, content_end) = (c.cue.spans.first()?.start, c.content.last()?.end);
        let cue = self.token_at(cue_start);
        let end = self.token_at(content_end);
        (cue <= s.start + 1 && end < s.end && self.tok(end).norm == ",").then_some(cue..end)
    }

    /// The relative pronoun after a comma inside tokens `r` ("Perez, who", "the group,
    /// which", "Cruz, whose"), not at its first token.
    fn comma_relative_in(&self, r: Range<usize>) -> Option<usize> {
        (r.start + 2..r.end).find(|&j| {
            matches!(self.tok(j).norm.as_str(), "who" | "which" | "whose")
                && self.tok(j - 1).norm == ","
        })
    }

    /// "said Alan Berger, a gynecologist, who said he knows the family", "Perez, who has
    /// criticized the bill, argued C": a relative clause on a source that holds another claim's
    /// cue is that claim's (PolNeAR gives it "who" as source and leaves it out of the outer
    /// source, which ends at the name and its appositives); a clause without a cue stays in.
    fn cut_relatives_with_claims(&mut self, first: usize) {
        for i in first..self.claims.len() {
            let [sp] = self.claims[i].source.spans[..] else {
                continue;
            };
            let a = self.token_at(sp.start);
            let b = self.token_at(sp.end);
            let Some(j) = self.comma_relative_in(a..b) else {
                continue;
            };
            let clause = Span::new(self.tok(j).span.start, sp.end);
            let holds_cue = (first..self.claims.len())
                .any(|k| k != i && clause.contains(self.claims[k].cue.spans[0]));
            if holds_cue {
                self.claims[i].source.spans[0].end = self.tok(j - 2).span.end;
            }
        }
    }

    /// Try every pattern the cue's frame allows; returns token ranges it consumed.
    fn try_cue(&mut self, si: usize, s: Range<usize>, h: &CueHit) -> Option<Vec<Range<usize>>> {
        let entry = &self.lex.cues[h.entry];
        match entry.frame {
            CueFrame::Preposition => self.according_to(si, s, h),
            CueFrame::Noun => self.noun_complement(si, s, h),
            CueFrame::Verb if matches!(entry.lemma.as_str(), "seem" | "appear") => {
                self.seem_appear(si, s, h)
            }
            CueFrame::Verb | CueFrame::ObjectVerb | CueFrame::NpVerb => {
                if let Some(u) = self.said_first(si, &s, h) {
                    return Some(u);
                }
                // the cue word must be used as a verb: not after a determiner ("the told story")
                if h.tokens.start > s.start {
                    let prev = self.tok(h.tokens.start - 1);
                    // ("Another said C", "Yet some say C": a quantifier opening the clause is
                    // the subject)
                    let lone_quantifier = is_pronoun_quantifier(prev.norm.as_str())
                        && (h.tokens.start - 1 == s.start
                            || matches!(
                                self.tok(h.tokens.start - 2).norm.as_str(),
                                "," | "yet" | "but" | "and" | "while"
                            ));
                    if is_determiner(prev.norm.as_str()) && prev.norm != "that" && !lone_quantifier
                    {
                        return None;
                    }
                    // "choking on its own fumes", "in their own words": a noun after "own"
                    if prev.norm == "own" {
                        return None;
                    }
                    // "Trump's Virginia state director": a word after a possessive and a name
                    if h.tokens.start > s.start + 1
                        && prev.capitalized
                        && self.tok(h.tokens.start - 2).norm == "'s"
                        && self.noun_like(h.tokens.start)
                    {
                        return None;
                    }
                    // "that 2013 report": a year or number between a determiner and the word
                    if prev.kind == TokKind::Number
                        && h.tokens.start > s.start + 1
                        && is_determiner(self.tok(h.tokens.start - 2).norm.as_str())
                    {
                        return None;
                    }
                }
                // nor, when it is also a noun, after a determiner and a modifier ("an hourlong
                // show", "other WikiLeaks emails")
                if h.tokens.start > s.start + 1 && self.noun_like(h.tokens.start) {
                    let prev = self.tok(h.tokens.start - 1);
                    let det = &self.tok(h.tokens.start - 2).norm;
                    let modifier = prev.is_word()
                        && !is_aux(prev.norm.as_str())
                        && !prev.norm.ends_with("ly")
                        && !is_pronoun(prev.norm.as_str());
                    // "Video of the incident shows": a prepositional object before the verb
                    let pp_object = h.tokens.start >= s.start + 3
                        && is_preposition(self.tok(h.tokens.start - 3).norm.as_str());
                    // ... but "The poll shows that C" and "Another slide shows C" are verbs: a
                    // noun after "a"/"an" and a modifier, in its base form, is a noun
                    let base_form = !self.tok(h.tokens.start).norm.ends_with('s');
                    if modifier && !pp_object && base_form && matches!(det.as_str(), "a" | "an") {
                        return None;
                    }
                }
                // "AbbVie and Shire called off a deal": a particle makes another verb
                if h.tokens.len() == 1
                    && h.tokens.end < s.end
                    && (matches!(self.tok(h.tokens.end).norm.as_str(), "off" | "away")
                        // "showed up", "added up to": but "talked up his plans" and "offered
                        // up this sound bite" still report
                        || (self.tok(h.tokens.end).norm == "up"
                            && !matches!(
                                self.lex.cues[h.entry].lemma.as_str(),
                                "talk" | "offer" | "speak" | "back"
                            )))
                {
                    return None;
                }
                if h.participle
                    && h.tokens.start > s.start
                    && self.tok(h.tokens.start - 1).norm == ","
                {
                    if let Some(u) = self.reduced_relative(si, s.clone(), h) {
                        return Some(u);
                    }
                }
                // "Having announced that C, the judge proceeded ...": a perfect participle
                // clause opening the sentence, like "Claiming C, Trump told ..."
                if h.participle
                    && h.tokens.start == s.start + 1
                    && self.tok(s.start).norm == "having"
                {
                    return self.fronted_participle(si, s, h);
                }
                // "Trump is telling reporters that C": a progressive is a finite verb
                if h.gerund
                    && !self.progressive(&s, h.tokens.start)
                    && !self.after_catenative(&s, h.tokens.start)
                {
                    return self.participial(si, s, h);
                }
                if let Some(u) = self.as_reported(si, s.clone(), h) {
                    return Some(u);
                }
                if let Some(u) = self.asked_clause(si, s.clone(), h) {
                    return Some(u);
                }
                if let Some(u) = self.passive(si, s.clone(), h) {
                    return Some(u);
                }
                if let Some(u) = self.what_called(si, s.clone(), h) {
                    return Some(u);
                }
                if let Some(u) = self.content_subject_verb(si, s.clone(), h) {
                    return Some(u);
                }
                if let Some(u) = self.content_verb_subject(si, s.clone(), h) {
                    return Some(u);
                }
                if let Some(u) = self.subject_verb(si, s.clone(), h) {
                    return Some(u);
                }
                self.object_relative(si, s, h)
            }
        }
    }

    /// A verb that takes an -ing complement right before the cue: "avoids condemning",
    /// "kept insisting", "stopped short of endorsing".
    fn after_catenative(&self, s: &Range<usize>, cue_start: usize) -> bool {
        cue_start > s.start && is_catenative(self.tok(cue_start - 1).norm.as_str())
    }

    /// A form of "be" before an -ing cue (over adverbs): "is telling", "was once again
    /// questioning", "he's saying".
    fn progressive(&self, s: &Range<usize>, cue_start: usize) -> bool {
        let mut k = cue_start;
        while k > s.start {
            let t = self.tok(k - 1);
            match t.norm.as_str() {
                "is" | "are" | "was" | "were" | "be" | "been" | "am" | "'re" => return true,
                "'s" => return k >= s.start + 2 && is_pronoun(self.tok(k - 2).norm.as_str()),
                w if is_aux(w) || (w.ends_with("ly") && w.len() > 4) => k -= 1,
                _ => return false,
            }
        }
        false
    }

    /// Skip auxiliaries and adverbs left of the cue; returns (index after subject, negated).
    fn skip_aux_left(&self, s: &Range<usize>, cue_start: usize) -> (usize, bool) {
        let mut k = cue_start;
        let mut negated = false;
        while k > s.start {
            let t = self.tok(k - 1);
            // ("is well known for", "is best known as": a degree adverb before a participle)
            let adverb = (t.norm.ends_with("ly") && t.norm.len() > 4 && !t.capitalized)
                || (matches!(t.norm.as_str(), "well" | "best")
                    && matches!(self.tok(cue_start).norm.as_str(), "known" | "seen"));
            // "He's claiming", "they've said": a contracted auxiliary after a pronoun
            let contracted = matches!(t.norm.as_str(), "'s" | "'re" | "'ve" | "'d" | "'ll")
                && k >= s.start + 2
                && is_pronoun(self.tok(k - 2).norm.as_str());
            if (is_aux(t.norm.as_str()) && !self.name_will(s, k - 1)) || adverb || contracted {
                if is_negation(t.norm.as_str()) {
                    negated = true;
                }
                k -= 1;
            } else if k > s.start + 1
                && !(self.tok(k - 2).capitalized && self.tok(k - 2).is_word())
                && is_day_name(t.norm.as_str())
            {
                // "Ryan, the speaker, Tuesday called C", "Trump on Monday said C": a day between
                // subject and verb
                let mut j = k - 1;
                while j > s.start + 1
                    && matches!(
                        self.tok(j - 1).norm.as_str(),
                        "on" | "earlier" | "late" | "early"
                    )
                {
                    j -= 1;
                }
                // ("A poll released Monday found C": the day dates the participle, inside the
                // subject)
                if self.dated_participle(s, j) {
                    break;
                }
                k = j;
            } else if matches!(t.norm.as_str(), "—" | "–" | "--") && k > s.start + 2 {
                // "Murphy — after a knock-on-wood gesture — told me C": an aside in dashes
                match (k.saturating_sub(14).max(s.start)..k - 1)
                    .rev()
                    .find(|&j| matches!(self.tok(j).norm.as_str(), "—" | "–" | "--"))
                {
                    Some(open) if open > s.start => k = open,
                    _ => break,
                }
            } else if k > s.start + 1
                && (matches!(
                    t.norm.as_str(),
                    "nevertheless"
                        | "nonetheless"
                        | "quite"
                        | "however"
                        | "indeed"
                        | "instead"
                        | "earlier"
                        | "seldom"
                        | "soon"
                ) || (t.norm == "together"
                    && matches!(
                        self.tok(k - 2).norm.as_str(),
                        "which" | "who" | "that" | "they" | "we"
                    ))
                    || (matches!(t.norm.as_str(), "both" | "all" | "each" | "more")
                        && (is_aux(self.tok(k - 2).norm.as_str())
                            || matches!(self.tok(k - 2).norm.as_str(), "they" | "we" | "—" | "–"))))
            {
                // "have both urged", "has nevertheless called", "never quite realized", "are
                // now more convinced", "which together vowed": a floating quantifier or an adverb
                // without -ly
                k -= 1;
            } else if matches!(t.norm.as_str(), "most" | "very")
                && k < cue_start
                && k > s.start + 1
                && self.tok(k).norm.ends_with("ly")
            {
                // "and most recently defended C": a degree word before a skipped adverb
                k -= 1;
            } else if t.norm == "ago" && k > s.start + 2 {
                // "The department less than two weeks ago said C": a time phrase with "ago"
                k -= 1;
                let stop = k.saturating_sub(4).max(s.start + 1);
                while k > stop && {
                    let w = self.tok(k - 1);
                    w.kind == TokKind::Number
                        || matches!(
                            w.norm.as_str(),
                            "a" | "an"
                                | "few"
                                | "several"
                                | "less"
                                | "more"
                                | "than"
                                | "about"
                                | "nearly"
                                | "just"
                                | "only"
                                | "two"
                                | "three"
                                | "four"
                                | "five"
                                | "days"
                                | "weeks"
                                | "months"
                                | "years"
                                | "day"
                                | "week"
                                | "month"
                                | "year"
                                | "decade"
                                | "decades"
                                | "hours"
                                | "minutes"
                        )
                } {
                    k -= 1;
                }
            } else if t.norm == ","
                && k > s.start + 4
                && self.tok(k - 4).norm == ","
                && matches!(
                    (self.tok(k - 3).norm.as_str(), self.tok(k - 2).norm.as_str()),
                    ("for", "example") | ("for", "instance") | ("in", "fact")
                )
            {
                // "Chaffetz, for example, asked C": an aside between commas
                k -= 4;
            } else if t.norm == ","
                && k > s.start + 3
                && self.tok(k - 3).norm == ","
                && matches!(self.tok(k - 2).norm.as_str(), "however" | "too" | "though")
            {
                k -= 3;
            } else if k > s.start + 2
                && matches!(t.norm.as_str(), "week" | "month" | "year" | "weekend")
                && matches!(
                    self.tok(k - 2).norm.as_str(),
                    "last" | "this" | "earlier" | "past"
                )
            {
                // "Beck, who supported Cruz, last week said C", "this past week"
                let mut j = k - 2;
                if j > s.start + 1 && self.tok(j - 1).norm == "this" {
                    j -= 1;
                }
                if self.dated_participle(s, j) {
                    break;
                }
                k = j;
            } else {
                break;
            }
        }
        (k, negated)
    }

    /// The subject of a verb of release whose object, a document noun, the relative "that"
    /// at `that` follows ("Sanders is releasing an ad that urges C": Sanders).
    fn document_author(&self, s: &Range<usize>, that: usize) -> Option<Range<usize>> {
        // ("released data Monday morning that suggest C": a time phrase after the noun)
        let mut that = that;
        while that > s.start + 2 && {
            let w = self.tok(that - 1).norm.as_str();
            self.is_day_word(that - 1)
                || matches!(
                    w,
                    "morning" | "afternoon" | "evening" | "night" | "week" | "month"
                )
        } {
            that -= 1;
        }
        let noun = self.tok(that - 1).norm.as_str();
        let document = matches!(
            noun,
            "ad" | "ads"
                | "video"
                | "videos"
                | "statement"
                | "memo"
                | "letter"
                | "piece"
                | "article"
                | "op-ed"
                | "data"
                | "email"
                | "documentary"
                | "book"
                | "message"
                | "resolution"
                | "spot"
                // "launched a mini-documentary and ad campaign that attacked C"
                | "campaign"
        );
        if !document {
            return None;
        }
        // back over the noun's modifiers to the verb ("a new 30-second ad")
        let mut k = that - 1;
        while k > s.start && that - k < 6 {
            let t = self.tok(k - 1);
            let w = t.norm.as_str();
            if matches!(
                w,
                "released"
                    | "releasing"
                    | "release"
                    | "releases"
                    | "ran"
                    | "running"
                    | "launched"
                    | "launching"
                    | "issued"
                    | "published"
                    | "sent"
                    | "unveiled"
                    | "aired"
                    | "posted"
                    | "penned"
                    | "produced"
                    | "wrote"
            ) {
                let (end, _) = self.skip_aux_left(s, k - 1);
                return self.subject_left(s, end).filter(|np| self.plain_np(np));
            }
            // ("a mini-documentary and ad campaign": two nouns joined)
            if !(t.is_word() || w == "'s")
                || is_preposition(w)
                || (is_left_boundary(w) && !(w == "and" && k - 1 > s.start))
            {
                return None;
            }
            k -= 1;
        }
        None
    }

    /// A participle that a time phrase starting at token `j` dates ends just before it ("a
    /// poll released", "a poll out", "an article published").
    fn dated_participle(&self, s: &Range<usize>, j: usize) -> bool {
        if j <= s.start + 1 {
            return false;
        }
        let t = self.tok(j - 1);
        let w = t.norm.as_str();
        let n = self.tok(j - 2);
        let nw = n.norm.as_str();
        // (the noun may be a cue word itself: "a news report published Wednesday")
        !t.capitalized
            && (w == "out" || (w.len() > 4 && w.ends_with("ed")))
            && n.is_word()
            && !is_aux(nw)
            && !is_preposition(nw)
            && !is_determiner(nw)
            && !is_pronoun(nw)
            && !is_left_boundary(nw)
            && (n.capitalized || !self.verb_like(j - 2))
    }

    /// The subject noun phrase ending just before token `end` (exclusive), scanning left.
    /// Remembers its last answer: the patterns tried for one cue ask it in turn, and it
    /// depends on the tokens only (the number of claims is in the key all the same, so that
    /// a pattern that comes to read the claims or mentions cannot get a stale answer).
    fn subject_left(&self, s: &Range<usize>, end: usize) -> Option<Range<usize>> {
        let key = (s.start, s.end, end, self.claims.len());
        if let Some((k, answer)) = self.subject_memo.get() {
            if k == key {
                return answer.map(|(a, b)| a..b);
            }
        }
        let answer = self.subject_left_scan(s, end);
        self.subject_memo
            .set(Some((key, answer.as_ref().map(|r| (r.start, r.end)))));
        answer
    }

    fn subject_left_scan(&self, s: &Range<usize>, end: usize) -> Option<Range<usize>> {
        // "Joyce — who is listed as an attorney — told C", "The three scholars -- Mr. Tribe,
        // Ms. Epstein and Mr. Amar -- agreed C": a noun phrase with an aside between dashes
        // (PolNeAR keeps an appositive aside in the source, not a relative clause)
        if end > s.start + 3 && matches!(self.tok(end - 1).norm.as_str(), "—" | "–" | "--") {
            let close = end - 1;
            let dash = self.tok(close).norm.as_str();
            let open = (close.saturating_sub(40).max(s.start + 1)..close)
                .rev()
                .take_while(|&j| !is_final_punct(self.tok(j)))
                .find(|&j| self.tok(j).norm == dash)?;
            if open + 1 >= close {
                return None;
            }
            let np = self.subject_left_scan(s, open)?;
            if np.end != open {
                return None;
            }
            return if matches!(self.tok(open + 1).norm.as_str(), "who" | "which") {
                Some(np)
            } else {
                Some(np.start..close)
            };
        }
        // "Erin Murphy, a former Clinton aide who ..., said": a name with an appositive
        if end > s.start + 2 && self.tok(end - 1).norm == "," {
            return self.appositive_subject(s, end - 1);
        }
        // "the convention he said", "once he has said": a nominative pronoun right before the
        // verb is the whole subject
        if end > s.start && is_subject_pronoun(self.tok(end - 1).norm.as_str()) {
            return Some(end - 1..end);
        }
        // "The union, which endorsed Clinton", "the group that endorsed Sanders": the
        // relative pronoun is the subject, as PolNeAR annotates it
        if end >= s.start + 2
            && (matches!(self.tok(end - 1).norm.as_str(), "which")
                && (self.tok(end - 2).norm == "," || self.noun_word(end - 2))
                || self.tok(end - 1).norm == "that" && self.noun_word(end - 2))
        {
            // "Trump released a video that said C": a document someone puts out says what its
            // author says, so the source is the subject of the clause that releases it
            if self.tok(end - 1).norm == "that" {
                if let Some(author) = self.document_author(s, end - 1) {
                    return Some(author);
                }
            }
            return Some(end - 1..end);
        }
        // "business leaders who say", "voters who are looking for": the relative pronoun of
        // a restrictive clause is the subject, as PolNeAR annotates it
        // (not "General Who Called For" in a headline)
        if end >= s.start + 2
            && self.tok(end - 1).norm == "who"
            && !self.tok(end - 1).capitalized
            && self.noun_word(end - 2)
        {
            return Some(end - 1..end);
        }
        // "many of whom say": a quantified relative pronoun is the subject
        if end >= s.start + 3
            && matches!(self.tok(end - 1).norm.as_str(), "whom" | "which")
            && self.tok(end - 2).norm == "of"
            && matches!(
                self.tok(end - 3).norm.as_str(),
                "many" | "some" | "most" | "all" | "several" | "both" | "one" | "few" | "none"
            )
        {
            return Some(end - 3..end);
        }
        let mut k = end;
        while k > s.start {
            let t = self.tok(k - 1);
            if t.norm == ")" {
                // "Pat McCrory (R)", "Chris Murphy (a Connecticut Democrat so boyish he has
                // been mistaken for a junior staffer)": a parenthesis inside the subject
                if let Some(open) = (k.saturating_sub(20).max(s.start)..k - 1)
                    .rev()
                    .find(|&j| self.tok(j).norm == "(")
                {
                    k = open;
                    continue;
                }
            }
            if t.is_quote() || is_clause_punct(t) || is_final_punct(t) {
                // "Clinton, who ... ," : a relative clause between commas belongs to the subject
                // (not "..., which is unpopular, Doggett said": a name after the comma is a
                // subject of its own)
                if t.norm == "," && k < end && !self.tok(k).capitalized {
                    if let Some(start) = self.relative_clause_start(s, k - 1) {
                        k = start;
                        continue;
                    }
                }
                break;
            }
            // "One of the authors of that 2013 report": "that" after a preposition is a
            // determiner
            // ("That person said", "But that freewheeling environment underscored": at the
            // clause start too)
            let determiner_that = t.norm == "that"
                && k < end
                && ((k >= s.start + 2 && is_preposition(self.tok(k - 2).norm.as_str()))
                    || k - 1 == s.start
                    || (k - 2 == s.start && self.opening_conjunction(s, k - 1)));
            // "newspaper to endorse Clinton": "to" after a noun inside the subject
            let np_to =
                t.norm == "to" && k < end && k >= s.start + 2 && self.is_cue_verb_form(k) && {
                    let n = self.tok(k - 2);
                    n.is_word()
                        && !is_control_verb(n.norm.as_str())
                        && !is_aux(n.norm.as_str())
                        && !n.norm.ends_with("ed")
                        && !is_pronoun(n.norm.as_str())
                };
            // "A campaign operative who spoke on condition of anonymity said": a relative
            // clause without commas inside the subject
            let np_who = t.norm == "who" && k < end && k >= s.start + 2 && self.noun_word(k - 2);
            // "a source close to him", "an adviser to the senator": "to" after a relational
            // head inside the subject
            let relation_to = t.norm == "to"
                && k < end
                && k >= s.start + 2
                && is_relational_head(self.tok(k - 2).norm.as_str());
            // "The GOP's complaint to the D.C. Court of Appeals says", "Her submission to the
            // court noted": "to" and a noun phrase after a noun (no infinitive)
            let noun_to = t.norm == "to"
                && k < end
                && k >= s.start + 2
                && self.noun_word(k - 2)
                && !self.tok(k - 2).capitalized
                && (is_determiner(self.tok(k).norm.as_str()) || self.tok(k).capitalized)
                && !is_pronoun(self.tok(k - 2).norm.as_str());
            let inside_np = determiner_that
                || noun_to
                || self.name_will(s, k - 1)
                || np_to
                || np_who
                || relation_to
                || (t.norm == "and" && self.joins_names(k - 1));
            if is_left_boundary(t.norm.as_str()) && !inside_np {
                // "Sanders and his supporters argue", "Liberal and conservative economists
                // say": a noun phrase before "and" that opens its clause is part of the subject
                if matches!(t.norm.as_str(), "and" | "or")
                    && k < end
                    && !is_preposition(self.tok(k).norm.as_str())
                {
                    if let Some(j) = self.conjunct_left(s, k - 1) {
                        k = j;
                        continue;
                    }
                }
                // "Experts on North Korea and nuclear nonproliferation said", "Political
                // observers in Virginia and around the country say": a coordination inside a
                // prepositional phrase on the subject's noun
                if matches!(t.norm.as_str(), "and" | "or") && k < end {
                    if let Some(j) = self.conjunct_item(s, k - 1) {
                        if j >= s.start + 2 && {
                            let p = self.tok(j - 1).norm.as_str();
                            is_preposition(p) && !matches!(p, "to" | "with" | "for")
                        } && (self.noun_word(j - 2) || self.tok(j - 2).capitalized)
                            // (the noun phrase the phrase hangs on opens the clause: not "cells
                            // that turn into any tissue of the body and researchers hope")
                            && self.conjunct_item(s, j - 1).is_some_and(|m| {
                                self.opens_conjunct(s, m) || {
                                    let b = self.tok(m - 1).norm.as_str();
                                    !(is_preposition(b)
                                        || is_aux(b)
                                        || self.verb_like(m - 1)
                                        || self.cue_verb_word(m - 1))
                                }
                            })
                        {
                            k = j;
                            continue;
                        }
                    }
                }
                break;
            }
            // another report verb ends the subject, unless it is a noun here ("the state's")
            // ("The latest US newspaper to endorse Clinton called C": an infinitive inside the
            // noun phrase)
            let infinitive_in_np = k >= s.start + 3
                && self.tok(k - 2).norm == "to"
                && !is_control_verb(self.tok(k - 3).norm.as_str())
                && !is_aux(self.tok(k - 3).norm.as_str())
                && !self.tok(k - 3).norm.ends_with("ed");
            let after_who =
                k >= s.start + 3 && self.tok(k - 2).norm == "who" && self.noun_word(k - 3);
            if k - 1 > s.start
                && k < end
                && !infinitive_in_np
                && !after_who
                && self.lex.cue_index.contains_key(&t.norm)
                && !t.capitalized
                && self.is_cue_verb_form(k - 1)
                && !is_determiner(self.tok(k - 2).norm.as_str())
                // ("An earlier report in a paper said", "a new poll by X found": a
                // determiner and an adjective before the noun)
                && !(k >= s.start + 3
                    && is_determiner(self.tok(k - 3).norm.as_str())
                    && matches!(
                        self.tok(k - 2).norm.as_str(),
                        "new"
                            | "earlier"
                            | "recent"
                            | "latest"
                            | "separate"
                            | "previous"
                            | "second"
                            | "third"
                            | "initial"
                            | "official"
                            | "internal"
                            | "final"
                            | "annual"
                            | "detailed"
                            | "damning"
                            | "leaked"
                            | "preliminary"
                            | "confidential"
                            | "joint"
                    ))
                && !(self.tok(k - 2).kind == TokKind::Number
                    && k - 2 > s.start
                    && is_determiner(self.tok(k - 3).norm.as_str()))
                && self.tok(k).norm != "'s"
                // ("One pastor supporting Mr. Cruz said", "Voters backing Trump say": a
                // participle phrase on the subject's noun)
                && !(self.tok(k - 1).norm.ends_with("ing")
                    && k >= s.start + 2
                    && self.noun_word(k - 2)
                    && (!self.tok(k - 2).capitalized || k - 2 == s.start))
                // ("a news report published Wednesday said": a noun a participle modifies)
                && !(k + 1 < end
                    && self.dated_participle(s, k + 1)
                    && (is_day_name(self.tok(k + 1).norm.as_str())
                        || matches!(self.tok(k + 1).norm.as_str(), "on" | "last" | "this")))
                // ("a new poll released Monday support C": a participle the day dates)
                && !(self.dated_participle(s, k)
                    && (is_day_name(self.tok(k).norm.as_str())
                        || matches!(self.tok(k).norm.as_str(), "on" | "last" | "this")))
            {
                break;
            }
            k -= 1;
            if end - k > 25 {
                return None;
            }
        }
        if k >= end {
            return None;
        }
        let mut np = k..end;
        // "A campaign operative who spoke to discuss strategy said", "A news report published
        // Wednesday said": the scan stopped inside a relative clause or participle phrase
        if let Some(c) = self.modified_head_start(s, k, end) {
            np.start = c;
        }
        // "a charge Moscow denies": the claim noun is the object, the name the subject
        if np.len() >= 3
            && self.claim_noun_phrase(np.start)
            && (self.tok(np.start + 2).capitalized
                || matches!(
                    self.tok(np.start + 2).norm.as_str(),
                    "the" | "his" | "her" | "their" | "its"
                ))
        {
            np.start += 2;
        }
        // drop a sentence-initial conjunction or adverbial
        while np.start < np.end
            && matches!(
                self.tok(np.start).norm.as_str(),
                "but"
                    | "and"
                    | "so"
                    | "yet"
                    | "meanwhile"
                    | "however"
                    | "instead"
                    | "still"
                    | "now"
                    | "then"
                    | "thus"
                    | "also"
                    | "rather"
                    | "sadly"
                    | "perhaps"
                    | "indeed"
            )
            || (np.start + 1 < np.end
                && self.tok(np.start).norm.ends_with("ly")
                && self.tok(np.start).norm.len() > 4
                && np.start == s.start
                // ("Early results of the poll show", "Nearly half said", "Virtually all
                // analysts say": an adjective or a measure of the group is no adverbial)
                && !matches!(
                    self.tok(np.start).norm.as_str(),
                    "early"
                        | "nearly"
                        | "roughly"
                        | "virtually"
                        | "approximately"
                        | "barely"
                        | "only"
                        | "largely"
                        | "likely"
                ))
            // a focus word is no part of the name: "Even Mr. Peck says", "Just 28 percent of
            // voters said" (but "Just over a quarter", "Just a quarter" measure the group)
            || (np.start + 1 < np.end
                && (self.tok(np.start).norm == "even"
                    || (self.tok(np.start).norm == "just"
                        && self.tok(np.start + 1).kind == TokKind::Number)))
        {
            np.start += 1;
        }
        // a leading prepositional phrase without a comma: keep the last noun phrase
        // ("About three in 10 said": a number phrase, not a prepositional phrase)
        if np.start < np.end
            && is_preposition(self.tok(np.start).norm.as_str())
            && !self.approximate_number(np.start)
        {
            let inner = (np.start..np.end).rev().find(|&j| {
                let t = self.tok(j);
                is_pronoun(t.norm.as_str())
            });
            match inner {
                Some(j) => np.start = j,
                None => {
                    // the start of the last capitalised run or determiner phrase
                    let mut j = np.end;
                    while j > np.start
                        && (self.tok(j - 1).capitalized || self.tok(j - 1).norm == "'s")
                    {
                        j -= 1;
                    }
                    if j == np.end {
                        return None;
                    }
                    np.start = j;
                }
            }
        }
        if np.is_empty() {
            return None;
        }
        // "Okafor, who Beck called a liar", "voters, who many experts thought would stay
        // home": a relative pronoun before a noun phrase is the verb's object; the noun phrase
        // after it is the subject
        if let Some(p) = (np.start..np.end.saturating_sub(1)).rev().find(|&j| {
            matches!(self.tok(j).norm.as_str(), "who" | "whom") && !self.tok(j).capitalized
        }) {
            let n = self.tok(p + 1);
            let w = n.norm.as_str();
            if (n.capitalized && n.is_word())
                || (is_determiner(w) && w != "that")
                || is_quantifier(w)
                || is_subject_pronoun(w)
            {
                np.start = p + 1;
            }
        }
        // "More than six in 10 said", "As many as 40 percent of voters said": the comparison
        // measures the group and belongs to it
        if np.start >= s.start + 2 && {
            let f = self.tok(np.start);
            f.kind == TokKind::Number
                || matches!(
                    f.norm.as_str(),
                    "half"
                        | "a"
                        | "one"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "seven"
                        | "eight"
                        | "nine"
                        | "ten"
                )
        } {
            let p1 = self.tok(np.start - 1).norm.as_str();
            let p2 = self.tok(np.start - 2).norm.as_str();
            if p1 == "than" && matches!(p2, "more" | "less" | "fewer") {
                np.start -= 2;
            } else if np.start >= s.start + 3
                && p1 == "as"
                && matches!(p2, "many" | "much" | "few")
                && self.tok(np.start - 3).norm == "as"
            {
                np.start -= 3;
            }
        }
        let last = self.tok(np.end - 1);
        // "42% say": a percentage is a noun phrase
        let percent = last.norm == "%"
            && np.end - 1 > np.start
            && self.tok(np.end - 2).kind == TokKind::Number;
        // ("Another said C", "Some say C": a quantifier standing alone is a pronoun)
        let lone_quantifier =
            np.len() == 1 && (is_pronoun_quantifier(last.norm.as_str()) || last.norm == "each");
        if !(is_word(last) || last.norm == ")" || percent)
            || (is_determiner(last.norm.as_str()) && !lone_quantifier)
            || is_preposition(last.norm.as_str())
        {
            return None;
        }
        // a possessive is no subject ("Editor's note")
        if last.norm == "'s" || last.norm == "'" {
            return None;
        }
        // an object pronoun never ends a subject ("to help him understand"), unless a
        // preposition governs it ("Most of them say", "a source close to him said")
        if !last.capitalized
            && matches!(last.norm.as_str(), "him" | "them" | "me" | "us" | "whom")
            && !(np.len() >= 3 && is_preposition(self.tok(np.end - 2).norm.as_str()))
        {
            return None;
        }
        if np.len() == 1
            && matches!(
                last.norm.as_str(),
                "there" | "this" | "what" | "which" | "please"
            )
        {
            return None;
        }
        // "answering questions": a lone participle is no subject
        if np.len() == 1 && !last.capitalized && last.norm.ends_with("ing") {
            return None;
        }
        // "Sean Spicer on Thursday evening said", "Trump at the time said", "A Bloomberg poll
        // in June showed": a time adjunct of the verb between subject and verb
        if let Some(t) = self.trailing_time(&np) {
            np.end = t;
        }
        Some(np)
    }

    /// Where a time adjunct closing noun phrase `np` starts ("on Thursday evening", "at the
    /// time", "in June", "in 2009", "last week", "in recent weeks"), when the words before it
    /// are a plain noun phrase (no verb or relative clause, whose own adjunct it would be:
    /// "a poll released last week", "who spoke on Monday").
    fn trailing_time(&self, np: &Range<usize>) -> Option<usize> {
        let time_from = |start: usize| {
            let mut timed = false;
            for j in start..np.end {
                let t = self.tok(j);
                let w = t.norm.as_str();
                let time_word = is_day_name(w)
                    || crate::propositions::month_of(w).is_some()
                    || matches!(
                        w,
                        "time"
                            | "week"
                            | "weeks"
                            | "month"
                            | "months"
                            | "year"
                            | "years"
                            | "morning"
                            | "night"
                            | "evening"
                            | "afternoon"
                            | "weekend"
                    )
                    || (t.kind == TokKind::Number && w.len() == 4);
                timed |= time_word;
                let filler = matches!(
                    w,
                    "on" | "at"
                        | "in"
                        | "the"
                        | "this"
                        | "last"
                        | "earlier"
                        | "later"
                        | "recent"
                        | "past"
                        | "early"
                        | "late"
                        | "."
                ) || t.kind == TokKind::Number;
                if !(time_word || filler) {
                    return false;
                }
            }
            timed
        };
        let start = (np.start + 1..np.end).find(|&j| {
            matches!(
                self.tok(j).norm.as_str(),
                "on" | "at" | "in" | "last" | "this" | "earlier" | "later"
            ) && time_from(j)
        })?;
        // (nor a prepositional or participle phrase, which the adjunct may belong to: "a
        // survey by the group in March", "Democrats trying to win the Senate in November")
        let plain = (np.start..start).all(|j| {
            let t = self.tok(j);
            let w = t.norm.as_str();
            (t.is_word() || w == "'s")
                && !matches!(w, "who" | "which" | "that" | "whose" | "out" | "up")
                && !is_preposition(w)
                && (t.capitalized
                    || !(self.verb_like(j)
                        || self.cue_verb_word(j)
                        || (w.ends_with("ing") && w.len() > 4)))
        });
        plain.then_some(start)
    }

    /// The first conjunct of a coordinated subject ending before the conjunction at `conj`:
    /// a short run of nouns, adjectives or names, or a nominative pronoun, that opens its
    /// clause (the sentence start, punctuation, or a clause-opening word such as "that" or
    /// "while"). `None` when the words before `conj` end a clause ("Clinton won and Sanders
    /// said") or hang on a verb or preposition ("met with reporters and aides said").
    fn conjunct_left(&self, s: &Range<usize>, conj: usize) -> Option<usize> {
        let j = self.conjunct_item(s, conj)?;
        // a pronoun only stands alone ("They and their supporters", not "the they")
        let pronoun = (j..conj).any(|i| is_pronoun(self.tok(i).norm.as_str()));
        let lone_pronoun = conj - j == 1 && !matches!(self.tok(j).norm.as_str(), "it" | "who");
        if pronoun && !lone_pronoun {
            return None;
        }
        // "Crane, Kibbe and other libertarians knew": earlier items of a list
        let mut first = j;
        while first > s.start + 1 && self.tok(first - 1).norm == "," {
            match self.conjunct_item(s, first - 1) {
                // (an item a preposition governs ends a fronted phrase: "On Monday, Ortiz,
                // Baker and others argued")
                Some(i)
                    if !(is_pronoun(self.tok(i).norm.as_str())
                        || (i > s.start && is_preposition(self.tok(i - 1).norm.as_str()))) =>
                {
                    first = i
                }
                _ => break,
            }
        }
        // the whole coordination opens its clause; not inside a phrase ("the coalition of
        // young, black and Latino voters")
        if self.opens_conjunct(s, first) {
            return Some(first);
        }
        // or it follows a fronted phrase's comma ("When Comey spoke, experts and investigators
        // understood", "While Merkel deserves credit for that, she and other leaders must")
        // (and when the list runs into the phrase, "While Merkel deserves credit, she and ...",
        // the coordination starts after the comma)
        [first, j]
            .into_iter()
            .find(|&i| i > s.start && self.tok(i - 1).norm == ",")
    }

    /// The item of a coordination ending before token `end`: up to five nouns, adjectives or
    /// names (no verb, auxiliary, preposition or object pronoun).
    fn conjunct_item(&self, s: &Range<usize>, end: usize) -> Option<usize> {
        // "Sherrod Brown (D-Ohio)": a party label in parentheses closes a name
        let mut stop = end;
        if stop > s.start + 2 && self.tok(stop - 1).norm == ")" {
            if let Some(open) = (stop.saturating_sub(8).max(s.start + 1)..stop - 1)
                .rev()
                .find(|&i| self.tok(i).norm == "(")
            {
                if self.tok(open - 1).capitalized {
                    stop = open;
                }
            }
        }
        let end = stop;
        let mut j = end;
        while j > s.start && end - j < 6 {
            let t = self.tok(j - 1);
            let w = t.norm.as_str();
            // ("The former first lady and U.S. senator said": an ordinal after a determiner)
            let ordinal = w == "first"
                && j >= s.start + 2
                && matches!(self.tok(j - 2).norm.as_str(), "the" | "former" | "'s");
            let word = (t.is_word() || w == "'s" || w == "'")
                && (!is_aux(w) || ordinal)
                && !is_preposition(w)
                && !is_left_boundary(w)
                && !matches!(w, "him" | "them" | "us" | "me" | "it" | "there")
                && (t.capitalized
                    || !(self.verb_like(j - 1)
                        || self.cue_verb_word(j - 1)
                        || (w.ends_with("ing") && w.len() > 4)));
            if !word {
                break;
            }
            j -= 1;
        }
        (j < end).then_some(j)
    }

    /// Token `j` opens a clause: the sentence start, or after a colon, semicolon, opening
    /// quote or a clause-opening word ("that", "but", "while").
    fn opens_conjunct(&self, s: &Range<usize>, j: usize) -> bool {
        if j <= s.start {
            return true;
        }
        let b = self.tok(j - 1);
        matches!(b.norm.as_str(), ":" | ";")
            || b.kind == TokKind::OpenQuote
            || matches!(
                b.norm.as_str(),
                "that"
                    | "but"
                    | "while"
                    | "when"
                    | "because"
                    | "although"
                    | "though"
                    | "whereas"
                    | "if"
                    | "whether"
            )
    }

    /// Where a subject starts when the words before token `k` (where a left scan stopped,
    /// before `end`) are a clause-initial noun phrase with a relative clause ("who ...") or a
    /// participle phrase ("published Wednesday", "speaking to reporters") that runs to `end`.
    fn modified_head_start(&self, s: &Range<usize>, k: usize, end: usize) -> Option<usize> {
        let lo = end.saturating_sub(30).max(s.start);
        let mut c = k;
        while c > lo {
            let t = self.tok(c - 1);
            if is_clause_punct(t) || is_final_punct(t) || t.is_quote() {
                break;
            }
            c -= 1;
        }
        if c > s.start && c == lo {
            return None;
        }
        if matches!(self.tok(c).norm.as_str(), "but" | "and" | "so" | "yet") {
            c += 1;
        }
        if c >= k {
            return None;
        }
        let mut j = c;
        while j < k && {
            let t = self.tok(j);
            let w = t.norm.as_str();
            (t.is_word() || w == "'s" || t.kind == TokKind::Number)
                && (t.capitalized
                    || w == "of"
                    || !(self.verb_like(j)
                        || is_aux(w)
                        || is_preposition(w)
                        || is_left_boundary(w)
                        || is_pronoun(w)
                        || (w.ends_with("ing") && w.len() > 4)))
        } {
            j += 1;
        }
        if j == c || j >= k {
            return None;
        }
        let m = self.tok(j);
        let w = m.norm.as_str();
        let relative = w == "who" && self.noun_word(j - 1);
        let participle = !m.capitalized
            && w.len() > 4
            && (w.ends_with("ed") || w.ends_with("ing"))
            && j + 1 < end
            && {
                let n = self.tok(j + 1);
                is_day_name(n.norm.as_str())
                    || matches!(
                        n.norm.as_str(),
                        "by" | "to" | "with" | "on" | "in" | "at" | "last" | "this" | "earlier"
                    )
            };
        (relative || participle).then_some(c)
    }

    /// Token `k` can end a noun phrase: a name, or a lowercase word that is no verb, auxiliary,
    /// preposition, determiner or pronoun ("operative", "voters").
    fn noun_word(&self, k: usize) -> bool {
        let t = self.tok(k);
        let w = t.norm.as_str();
        t.is_word()
            && !is_aux(w)
            && !is_preposition(w)
            && !is_determiner(w)
            && !is_pronoun(w)
            && !is_left_boundary(w)
            && (t.capitalized || !self.is_cue_verb_form(k))
    }

    /// `NAME, APPOSITIVE,` before a verb: `comma` is the comma closing the appositive.
    fn appositive_subject(&self, s: &Range<usize>, comma: usize) -> Option<Range<usize>> {
        let mut np = self.appositive_scan(s, comma)?;
        // "In July, Sammy Aaron, vice chairman of G-III, said", "Moreover, Jeffrey Sachs,
        // director of the institute, said": a fronted adjunct is no part of the name
        let opening = np.start == s.start || self.opening_conjunction(s, np.start);
        if !opening {
            return Some(np);
        }
        // ("On Wednesday, however, the director of the agency, John Smith, said": two
        // fronted adjuncts, the second a sentence adverb)
        for _ in 0..2 {
            let from = np.start..s.end;
            match (np.start..np.end).find(|&j| self.tok(j).norm == ",") {
                Some(c) if c + 1 < np.end && self.fronted_adjunct(&from, c) => np.start = c + 1,
                _ => break,
            }
        }
        Some(np)
    }

    /// The scan behind `appositive_subject`, fronted adjuncts included.
    fn appositive_scan(&self, s: &Range<usize>, comma: usize) -> Option<Range<usize>> {
        // "Clinton, during a town hall meeting in Columbus, Ohio, said": when the phrase
        // before the nearest comma is no name, try the comma before it
        let mut p = comma;
        // a weak name (an age, a place, another appositive) is kept only when no earlier
        // comma gives a name: "James, 22, of Flint, Mich., said", "Phillips, who lost ... in
        // Aurora, Colorado, in July, said", "Vian, the editor of the paper, L'Osservatore, said"
        let mut weak = None;
        while p > s.start {
            let t = self.tok(p - 1);
            // "Hemsley, the co-author of "Going Viral," about ..., said": a quoted title
            // inside the appositive is skipped whole
            if t.kind == TokKind::CloseQuote {
                if let Some(q) = self
                    .seg
                    .quote_closed_at(p - 1)
                    .filter(|&qi| self.quoted_title(qi))
                    .map(|qi| &self.seg.quotes[qi])
                    .filter(|q| q.open > s.start && p - 1 - q.open <= 8)
                {
                    p = q.open;
                    continue;
                }
            }
            if t.norm == "," {
                if let Some(np) = self.appositive_at(s, comma, p) {
                    if !self.weak_name(s, np.start, p - 1) {
                        return Some(np);
                    }
                    weak.get_or_insert(np);
                }
            } else if t.is_quote()
                || (is_final_punct(t) && !self.glued_period(p - 1))
                || matches!(t.norm.as_str(), ";" | ":" | "—" | "–")
            {
                return weak;
            }
            p -= 1;
            if comma - p > 30 {
                return weak;
            }
        }
        weak
    }

    /// The words from the sentence start to the comma at `comma` are a fronted adjunct: a
    /// prepositional phrase ("In July", "Throughout the night", "On CNN Tuesday"), a
    /// sentence adverb ("Moreover", "Similarly"), a day, or a participle phrase ("Alarmed by
    /// the unrest").
    fn fronted_adjunct(&self, s: &Range<usize>, comma: usize) -> bool {
        let mut start = s.start;
        while start < comma && matches!(self.tok(start).norm.as_str(), "but" | "and" | "yet") {
            start += 1;
        }
        if start >= comma || comma - start > 12 {
            return false;
        }
        let first = self.tok(start);
        let w = first.norm.as_str();
        let opener = is_preposition(w)
            || is_day_name(w)
            || matches!(
                w,
                "moreover"
                    | "similarly"
                    | "however"
                    | "meanwhile"
                    | "still"
                    | "instead"
                    | "overall"
                    | "yesterday"
                    | "today"
                    | "earlier"
                    | "later"
                    | "last"
                    | "this"
                    | "then"
                    | "now"
                    | "separately"
                    | "additionally"
                    | "also"
            )
            // ("Ironically", "Separately"; not the name "Jolly")
            || (comma - start == 1
                && [
                    "ally", "ously", "ently", "antly", "ately", "edly", "ingly", "ively", "fully",
                    "ibly", "ably",
                ]
                .iter()
                .any(|x| w.ends_with(x)))
            || (w.len() > 4 && w.ends_with("ed") && comma - start > 1 && {
                let n = self.tok(start + 1).norm.as_str();
                matches!(n, "by" | "with" | "about" | "at" | "over" | "in")
            });
        // (no verb of its own: "Of Carson, Levine said" is an adjunct too, but "In truth, it
        // said" has a clause after the comma, not before it)
        opener
            && (start + 1..comma).all(|j| {
                let t = self.tok(j);
                !is_aux(t.norm.as_str()) && !t.is_quote() && t.norm != ","
            })
    }

    /// Token `k` is the name "Will" (the columnist George Will), not the modal: capitalized
    /// inside the sentence, or before a verb that no modal takes ("Will wrote", "Will
    /// described").
    fn name_will(&self, s: &Range<usize>, k: usize) -> bool {
        let t = self.tok(k);
        t.norm == "will"
            && t.capitalized
            && (k > s.start
                || self.seg.tokens.get(k + 1).is_some_and(|n| {
                    !n.capitalized
                        && ((n.norm.ends_with("ed") && n.norm.len() > 4)
                            || is_irregular_past(n.norm.as_str())
                            || (n.norm.ends_with('s') && !n.norm.ends_with("ss")))
                }))
    }

    /// Token `k` is a period inside a word, with no space on either side: "R-S.C.",
    /// "MoveOn.org". It ends no sentence and no phrase.
    fn glued_period(&self, k: usize) -> bool {
        let t = self.tok(k);
        t.norm == "."
            && k > 0
            && self.tok(k - 1).span.end == t.span.start
            && self
                .seg
                .tokens
                .get(k + 1)
                .is_some_and(|n| n.is_word() && n.span.start == t.span.end)
    }

    /// The name part `start..end` of an appositive subject is itself an aside: a number (an
    /// age), the second part of a place ("Aurora, Colorado,"), or a determiner phrase after a
    /// comma.
    fn weak_name(&self, s: &Range<usize>, start: usize, end: usize) -> bool {
        if start >= end {
            return false;
        }
        let numbers = (start..end).all(|j| self.tok(j).kind == TokKind::Number);
        let after_comma = start > s.start + 1 && self.tok(start - 1).norm == ",";
        // "in Aurora, Colorado,": a second part of a place name
        let place = after_comma
            && self.tok(start - 2).capitalized
            && end - start <= 3
            && (start..end).all(|j| self.tok(j).capitalized);
        let det_aside = after_comma && is_determiner(self.tok(start).norm.as_str());
        // "Mike Shields, president of the Leadership Fund, a super PAC ..., said": a title
        // after a name's comma describes that name
        let title_aside = after_comma
            && self.tok(start - 2).capitalized
            && self.tok(start).is_word()
            && !self.tok(start).capitalized
            && !is_pronoun(self.tok(start).norm.as_str());
        numbers || place || det_aside || title_aside
    }

    /// `NAME, APPOSITIVE,` where the appositive runs from token `p` (after a comma) to `comma`.
    fn appositive_at(&self, s: &Range<usize>, comma: usize, p: usize) -> Option<Range<usize>> {
        if p <= s.start + 1 || p >= comma {
            return None;
        }
        let first = self.tok(p);
        // an appositive opens with a word: "a former aide", "82", "who ...", "Phil Lovas"
        if !first.is_word() {
            return None;
        }
        let name = self.subject_left(s, p - 1)?;
        // ("Phillips, who lost her son in Tulsa, Oklahoma, said": a relative clause before a
        // comma is no name; an earlier comma gives it. A lone "who, on Friday, said" is the
        // subject itself)
        if name.len() > 1
            && matches!(
                self.tok(name.start).norm.as_str(),
                "who" | "which" | "whose"
            )
        {
            return None;
        }
        // "Rep. Sander M. Levin (Mich.)": the name ends before its parenthesis
        let mut last_i = name.end - 1;
        if self.tok(last_i).norm == ")" {
            if let Some(open) = (name.start..last_i)
                .rev()
                .find(|&j| self.tok(j).norm == "(")
            {
                last_i = open.saturating_sub(1).max(name.start);
            }
        }
        let last = self.tok(last_i);
        // "The state's campaign chairman, Phil Lovas, said": the appositive is the name
        let appositive_is_name = first.capitalized && self.tok(comma - 1).capitalized;
        // "A third of independents, 33%, say": a phrase that opens the sentence
        // "Other major unions, including the AFT, have endorsed": a sentence-initial noun
        // phrase with a relative or "including" appositive
        // ("Yet economists, like their rivals, say": after an opening conjunction too)
        let opens_sentence = (name.start == s.start || self.opening_conjunction(s, name.start))
            && (first.kind == TokKind::Number
                || matches!(
                    first.norm.as_str(),
                    "including"
                        | "which"
                        | "who"
                        | "whose"
                        | "among"
                        | "a"
                        | "an"
                        | "like"
                        | "unlike"
                        // "The winner, now a guest speaker, endorsed"
                        | "now"
                        | "once"
                        | "formerly"
                        | "himself"
                        | "herself"
                        // "NATO's secretary general, meanwhile, called on", "Supporters of
                        // abortion rights, on the other hand, argued": an aside on the verb
                        | "meanwhile"
                        | "however"
                        | "too"
                        | "though"
                        | "instead"
                        | "in"
                        | "on"
                        | "for"
                        | "at"
                )
                // "The senator, speaking to reporters after the vote, said", "The report,
                // released Tuesday by the inspector general, found"
                || (!first.capitalized
                    && (first.norm.ends_with("ing") || first.norm.ends_with("ed"))
                    && first.norm.len() > 4));
        // "an intelligence source, who was not authorized to speak, told": a relative clause
        // on a determiner phrase
        let relative_on_np =
            first.norm == "who" && is_determiner(self.tok(name.start).norm.as_str());
        if !(last.capitalized
            || is_pronoun(last.norm.as_str())
            || last.kind == TokKind::Number
            || appositive_is_name
            || opens_sentence
            || relative_on_np)
        {
            return None;
        }
        // the name must open its clause: nothing but a comma or the sentence start before it
        if name.start > s.start {
            let before = self.tok(name.start - 1);
            if !(before.norm == ","
                || before.is_quote()
                || matches!(before.norm.as_str(), "and" | "but" | "even" | "yet")
                // "It was three years ago that Michael Bloomberg, who ..., said": a
                // complementizer or subordinator opens a clause too
                || matches!(
                    before.norm.as_str(),
                    "that" | "because" | "when" | "after" | "while" | "since" | "although"
                )
                // "And it wasn't an accident — Brendan Buck, a spokesman, told C": a dash
                // or semicolon opens a new clause
                || matches!(before.norm.as_str(), "—" | "–" | "--" | ";"))
            {
                return None;
            }
        }
        // "Fiorina, speaking to Iowans, said", "Mr. Trump, in an interview on Friday, said":
        // an aside on the verb (a participle or prepositional phrase) is no part of the name
        // (but "Tom Miller, at Gavekal, said" and "X, like most economists," describe X)
        let w = first.norm.as_str();
        let verb_aside = !first.capitalized
            && ((w.len() > 4
                && w.ends_with("ing")
                && !matches!(
                    w,
                    "including"
                        | "managing"
                        | "ranking"
                        | "leading"
                        | "founding"
                        | "acting"
                        | "playing"
                ))
                || matches!(
                    w,
                    "in" | "on"
                        | "during"
                        | "after"
                        | "before"
                        | "for"
                        | "with"
                        | "while"
                        | "when"
                        | "from"
                        | "as"
                        | "by"
                        | "under"
                        | "amid"
                        | "despite"
                        | "unlike"
                        | "through"
                        | "without"
                        | "upon"
                )
                // a sentence adverb after a name ("Smith, however, said"; not after a
                // fronted adjunct: "On Wednesday, however, the director, John Smith, said")
                || (matches!(w, "meanwhile" | "however" | "too" | "though" | "instead")
                    && !(name.start == s.start && self.fronted_adjunct(s, p - 1))));
        if verb_aside {
            return Some(name);
        }
        Some(name.start..comma)
    }

    /// Token `start` follows a conjunction that opens sentence `s` ("Yet economists ...",
    /// "Even the hawks ...").
    fn opening_conjunction(&self, s: &Range<usize>, start: usize) -> bool {
        start == s.start + 1
            && matches!(
                self.tok(s.start).norm.as_str(),
                "but" | "and" | "yet" | "even" | "so"
            )
    }

    fn joins_names(&self, k: usize) -> bool {
        k > 0
            && k + 1 < self.seg.tokens.len()
            && self.tok(k - 1).capitalized
            && self.tok(k + 1).capitalized
    }

    fn is_cue_verb_form(&self, k: usize) -> bool {
        self.is_verb_cue_word(k) && !self.tok(k).norm.ends_with('s')
    }

    /// Token `k` alone is a cue whose frame is not a noun or a preposition ("says", "said";
    /// not "polls" or "report").
    fn is_verb_cue_word(&self, k: usize) -> bool {
        self.lex.cue_index.get(&self.tok(k).norm).is_some_and(|v| {
            v.iter().any(|fm| {
                fm.rest.is_empty()
                    && self.lex.cues[fm.entry].frame != CueFrame::Noun
                    && self.lex.cues[fm.entry].frame != CueFrame::Preposition
            })
        })
    }

    /// When token `comma` closes ", who/which ... ," return where the subject before it starts.
    fn relative_clause_start(&self, s: &Range<usize>, comma: usize) -> Option<usize> {
        let mut j = comma;
        while j > s.start {
            let t = self.tok(j - 1);
            if t.norm == "," {
                let after = self.tok(j);
                if matches!(after.norm.as_str(), "who" | "which") {
                    return Some(j - 1);
                }
                return None;
            }
            if t.is_quote() || is_final_punct(t) {
                return None;
            }
            j -= 1;
        }
        None
    }

    /// The subject noun phrase starting at `start`, scanning right to a comma or the end.
    fn subject_right(&self, s: &Range<usize>, start: usize) -> Option<Range<usize>> {
        let mut k = start;
        while k < s.end {
            let t = self.tok(k);
            if is_clause_punct(t) || is_final_punct(t) || t.is_quote() {
                break;
            }
            if k > start
                && (is_preposition(t.norm.as_str()) && !matches!(t.norm.as_str(), "of" | "for"))
            {
                break;
            }
            if k > start
                && matches!(
                    t.norm.as_str(),
                    "who" | "that" | "which" | "and" | "but" | "in" | "on" | "at"
                )
            {
                break;
            }
            k += 1;
            if k - start > 15 {
                return None;
            }
        }
        (k > start && is_word(self.tok(k - 1))).then_some(start..k)
    }

    /// Content to the right of the cue, starting at `from`: a quote, or the clause to the
    /// sentence end. Returns the content spans and the token range consumed.
    fn content_right(
        &self,
        s: &Range<usize>,
        from: usize,
        np_verb: bool,
        infinitive: bool,
    ) -> Option<(Vec<Span>, Range<usize>)> {
        let mut k = from;
        // adjuncts before the content: "in a statement", "on Monday", "Tuesday"
        let mut saw_that = false;
        // "cautioned, as did the campaign itself, that C": a parenthetical before "that"
        if k < s.end && self.tok(k).norm == "," {
            if let Some(c) = (k + 2..s.end.min(k + 10)).find(|&j| self.tok(j).norm == ",") {
                if self.seg.tokens.get(c + 1).is_some_and(|t| t.norm == "that") {
                    k = c;
                }
            }
        }
        if k < s.end && matches!(self.tok(k).norm.as_str(), ":" | ",") {
            k += 1;
        }
        // "said — on Twitter, as it happens — that C": an aside between dashes
        if k < s.end && matches!(self.tok(k).norm.as_str(), "—" | "–" | "--") {
            let close = (k + 2..s.end.min(k + 14))
                .find(|&j| matches!(self.tok(j).norm.as_str(), "—" | "–" | "--"))?;
            k = close + 1;
        }
        // "said Thursday he would leave", "said last week the deal was off": a time adjunct
        // before a that-less clause
        if let Some(e) = self.time_adjunct_end(s, k) {
            if e < s.end && {
                let t = self.tok(e);
                is_pronoun(t.norm.as_str())
                    // ("said late Wednesday that C")
                    || is_determiner(t.norm.as_str())
                    || (t.capitalized && t.is_word())
                    || t.kind == TokKind::Number
            } {
                k = e;
            }
        }
        // a short adjunct ending in "that" or "," ("announced on her Facebook page, in all
        // capital letters, "C"": two of them)
        let mut first_end = k;
        for pass in 0..2 {
            if pass == 1 {
                first_end = k;
            }
            if k < s.end
            && (is_preposition(self.tok(k).norm.as_str())
                || (self.is_day_word(k) && !self.possessive_after(k)))
            // "wrote to the senator's office that C", "suggested to me that C": "to" with a
            // noun phrase, not an infinitive
            && (self.tok(k).norm != "to" || self.hearer_after_to(k))
            && !self.approximate_number(k)
            {
                let mut j = k;
                while j < s.end && j < k + 14 {
                    let t = self.tok(j);
                    // ("in Buffalo, New York, that C": a place's comma goes on)
                    let place_comma = t.norm == ","
                        && j > k
                        && self.tok(j - 1).capitalized
                        && (j + 2..s.end.min(j + 5)).any(|c| {
                            self.tok(c).norm == ","
                                && (j + 1..c).all(|x| self.tok(x).capitalized)
                                && self.seg.tokens.get(c + 1).is_some_and(|n| n.norm == "that")
                        });
                    // ("explained to CBS why C": a wh-clause after the hearer)
                    if t.norm == "that"
                        || (t.norm == "," && !place_comma)
                        || t.norm == ":"
                        || t.kind == TokKind::OpenQuote
                        || (j > k + 1 && matches!(t.norm.as_str(), "why" | "how" | "whether"))
                        // ("has declined for years to reveal its sources": the infinitive
                        // after a time adjunct)
                        // ("decided after a lengthy investigation not to recommend charges")
                        || (infinitive
                            && j > k + 1
                            && (t.norm == "to"
                                || (t.norm == "not"
                                    && self.seg.tokens.get(j + 1).is_some_and(|n| n.norm == "to")))
                            // (a time or occasion adjunct: "deciding on a response to the
                            // Kremlin's decision to order a cut" is the noun's infinitive)
                            && matches!(
                                self.tok(k).norm.as_str(),
                                "for" | "after" | "before" | "during" | "since" | "in" | "at"
                            )
                            && !matches!(
                                self.tok(j - 1).norm.as_str(),
                                "decision"
                                    | "plan"
                                    | "effort"
                                    | "attempt"
                                    | "bid"
                                    | "right"
                                    | "ability"
                                    | "need"
                                    | "push"
                                    | "move"
                                    | "call"
                                    | "order"
                                    | "request"
                                    | "chance"
                                    | "opportunity"
                                    | "way"
                                    | "time"
                                    | "pressure"
                            )
                            && self
                                .seg
                                .tokens
                                .get(j + 1 + usize::from(t.norm == "not"))
                                .is_some_and(|n| {
                                    n.is_word()
                                        && !n.capitalized
                                        && !is_determiner(n.norm.as_str())
                                }))
                    {
                        break;
                    }
                    j += 1;
                }
                // "knew about his claim that C": the clause belongs to the noun, not the verb
                let noun_before = j > k
                    && j < s.end
                    && self.tok(j).norm == "that"
                    && self
                        .lex
                        .cue_index
                        .get(&self.tok(j - 1).norm)
                        .is_some_and(|v| {
                            v.iter().any(|fm| {
                                let e = &self.lex.cues[fm.entry];
                                e.frame == CueFrame::Noun && !preposition_only_noun(&e.lemma)
                            })
                        });
                if noun_before {
                    return None;
                }
                // ("noted in a guest column in Saturday's New York Times that C": a longer
                // adjunct only before "that")
                if j < s.end && (j < k + 10 || self.tok(j).norm == "that") {
                    k = j;
                    if matches!(self.tok(k).norm.as_str(), "," | ":") {
                        k += 1;
                    }
                } else {
                    return None;
                }
            }
        }
        // (a second adjunct only before a quote or "that": "said on Twitter, in reference
        // to her child, a girl born ..." is no content)
        if k != first_end
            && k < s.end
            && !(self.tok(k).kind == TokKind::OpenQuote || self.tok(k).norm == "that")
        {
            k = first_end;
        }
        // the content includes its complementizer, as the annotation guidelines have it
        let that_at = k;
        // "played down that report, calling it ...": "that" before a lone noun and a comma
        // or the sentence end is a determiner, not a complementizer
        let determiner_that = k + 2 < s.end
            && self.tok(k + 1).is_word()
            && !self.tok(k + 1).capitalized
            && !is_pronoun(self.tok(k + 1).norm.as_str())
            && (is_clause_punct(self.tok(k + 2)) || is_final_punct(self.tok(k + 2)));
        if k < s.end && self.tok(k).norm == "that" && !determiner_that {
            saw_that = true;
            k += 1;
            // "tweeted that, “...”" and "say that, in addition to Scott, he would ...":
            // a comma after the complementizer opens a quote or a parenthetical adjunct
            if k + 1 < s.end && self.tok(k).norm == "," {
                let next = self.tok(k + 1);
                let opener = is_preposition(next.norm.as_str())
                    || matches!(
                        next.norm.as_str(),
                        "if" | "when"
                            | "while"
                            | "although"
                            | "though"
                            | "because"
                            | "once"
                            | "unless"
                            | "as"
                            | "based"
                            | "given"
                            | "despite"
                            | "in"
                            | "thanks"
                    )
                    || (next.norm.ends_with("ly") && next.norm.len() > 4);
                // ("insist that, with the candidate focused on carrying on his campaign
                // through the last of the primaries, there have been ...": a long one)
                let parenthetical =
                    opener && (k + 2..s.end.min(k + 24)).any(|j| self.tok(j).norm == ",");
                if next.kind == TokKind::OpenQuote || parenthetical {
                    k += 1;
                }
            }
        }
        if k >= s.end {
            return None;
        }
        // "they feel that way": "that" was a determiner, not a complementizer
        if saw_that && (k + 1 >= s.end || is_final_punct(self.tok(k + 1))) {
            return None;
        }
        // "talked about that in the discussion": "that" was a pronoun, not a complementizer
        if saw_that
            && (is_final_punct(self.tok(k))
                || is_clause_punct(self.tok(k))
                || (np_verb && is_preposition(self.tok(k).norm.as_str())))
        {
            return None;
        }
        // "said in the spring, when the story broke, “C”", "repeat, 10,000 times, “C”",
        // "chanted back at him, “C”": an adjunct clause or phrase before a quote
        if !saw_that && self.adjunct_before_quote(k) {
            if let Some(q) = (k + 2..s.end.min(k + 14))
                .take_while(|&j| !self.tok(j).is_quote())
                .find(|&j| {
                    self.tok(j).norm == ","
                        && self
                            .seg
                            .tokens
                            .get(j + 1)
                            .is_some_and(|t| t.kind == TokKind::OpenQuote)
                })
            {
                k = q + 1;
            }
        }
        let t = self.tok(k);
        if t.kind == TokKind::OpenQuote {
            if let Some(qi) = self.seg.quote_opened_at(k) {
                let q = &self.seg.quotes[qi];
                let end_tok = q.close.map_or(s.end, |c| c + 1);
                // the quote may run on after the sentence; the content is the whole quote
                let mut content_end = end_tok.max(k + 1);
                // "... said "A" and B": text after the quote in the same sentence joins it
                let rest_start = content_end;
                if rest_start < s.end
                    && !is_final_punct(self.tok(rest_start))
                    && !is_clause_punct(self.tok(rest_start))
                    && q.close.is_some_and(|c| c < s.end)
                    // ('argue that "C," citing ...': a participle clause after the quote's
                    // comma is the writer's)
                    && !(self.tok(rest_start - 2).norm == ","
                        && self.writer_participle(rest_start))
                {
                    content_end = self.clause_end(s, rest_start);
                }
                let start = if saw_that { that_at } else { k };
                let span = self.span_of(start..content_end);
                return Some((vec![span], k..content_end));
            }
        }
        if !saw_that {
            let bad = is_preposition(t.norm.as_str())
                && !(infinitive && t.norm == "to")
                && !self.approximate_number(k)
                || is_clause_punct(t)
                || is_final_punct(t)
                || matches!(
                    t.norm.as_str(),
                    "nothing"
                        | "something"
                        | "anything"
                        | "so"
                        | "goodbye"
                        | "hello"
                        | "sorry"
                        | "thanks"
                        | "yes"
                        | "little"
                        | "much"
                        | "as"
                        | "and"
                        | "or"
                        | "but"
                        | "not"
                        | "n't"
                        | "too"
                        | "also"
                        | "only"
                        | "repeatedly"
                        | "again"
                        | "earlier"
                        | "later"
                        | "here"
                        | "otherwise"
                        | "enough"
                ) && !(matches!(t.norm.as_str(), "much" | "little")
                    // "said much of his discussion was about Israel": a clause follows
                    && self.seg.tokens.get(k + 1).is_some_and(|n| n.norm == "of")
                    && self
                        .main_verb_in(k + 1..self.word_run_end(k + 1, s.end.min(k + 12)))
                        .is_some())
                    && !(t.norm == "too"
                    && k + 1 < s.end
                    && matches!(
                        self.tok(k + 1).norm.as_str(),
                        "much" | "many" | "few" | "little"
                    ))
                    // "vowed not to repeat that mistake"
                    && !(infinitive
                        && t.norm == "not"
                        && self.seg.tokens.get(k + 1).is_some_and(|n| n.norm == "to"));
            if bad {
                return None;
            }
        }
        let end = self.clause_end(s, k);
        if end <= k || !(k..end).any(|j| is_word(self.tok(j))) {
            return None;
        }
        // a noun phrase without a verb ("demands accountability from our president, yet
        // refuses ...", "has not mentioned Machado since the debate") ends before an adjunct
        let end = if saw_that {
            end
        } else {
            self.np_content_end(k, end)
        };
        let start = if saw_that { that_at } else { k };
        // "Trump said a day earlier", "the governor announced late": a time adverb is no
        // content (the quote before the subject is; content-subject-verb takes it)
        if !saw_that && self.only_time_words(k..end) {
            return None;
        }
        Some((vec![self.span_of(start..end)], k..end))
    }

    /// Every word of `r` belongs to a relative time phrase ("a day earlier", "just a few
    /// years earlier", "late", "weeks ago"), one of them the time adverb itself.
    fn only_time_words(&self, r: Range<usize>) -> bool {
        let mut adverb = false;
        for j in r {
            let t = self.tok(j);
            if !t.is_word() {
                continue;
            }
            match t.norm.as_str() {
                "earlier" | "later" | "late" | "early" | "ago" | "afterward" | "afterwards" => {
                    adverb = true
                }
                "a" | "an" | "the" | "few" | "several" | "just" | "only" | "day" | "days"
                | "week" | "weeks" | "month" | "months" | "year" | "years" | "hours" | "hour"
                | "minutes" | "moments" | "two" | "three" | "four" | "five" => {}
                _ if t.kind == TokKind::Number => {}
                _ => return false,
            }
        }
        adverb
    }

    /// Where a content that is still a bare noun phrase ends: before an adjunct of time or
    /// occasion, a subordinate clause, or ", yet/but ..." / ", -ing ..." after it. A content
    /// with a finite verb is a clause and keeps its adjuncts.
    fn np_content_end(&self, k: usize, end: usize) -> usize {
        // "said he opposes the plan because C": a subject pronoun opens a clause
        if is_subject_pronoun(self.tok(k).norm.as_str()) {
            return end;
        }
        // "said the email scandal, while troublesome, was dealt with": an aside between
        // commas, then the verb: the noun phrase is the subject of a clause
        if let Some(c1) = (k + 1..end.min(k + 8)).find(|&j| self.tok(j).norm == ",") {
            if let Some(c2) = (c1 + 2..end.min(c1 + 10)).find(|&j| self.tok(j).norm == ",") {
                // ("understood this because we, too, were victims": the subordinate clause
                // has the verb)
                let plain = (k..c1).all(|j| {
                    !matches!(
                        self.tok(j).norm.as_str(),
                        "while" | "since" | "because" | "although" | "though" | "when" | "if"
                    ) && !self.object_adjunct(j)
                });
                if plain && c2 + 1 < end && (c1..c2).all(|j| !self.tok(j).is_quote()) && {
                    let v = self.tok(c2 + 1);
                    !v.capitalized
                        && matches!(
                            v.norm.as_str(),
                            "is" | "was"
                                | "are"
                                | "were"
                                | "has"
                                | "have"
                                | "had"
                                | "will"
                                | "would"
                                | "could"
                                | "can"
                                | "may"
                                | "might"
                                | "should"
                        )
                } {
                    return end;
                }
            }
        }
        for j in k + 1..end {
            let t = self.tok(j);
            let w = t.norm.as_str();
            // "criticized those charges and has worked to defend him": a verb phrase after
            // "and" is the subject's, coordinated with the cue (but "a nation that borders
            // China and has had ties" coordinates inside a relative clause)
            if w == "and"
                && j > k + 1
                && !(k..j).any(|i| matches!(self.tok(i).norm.as_str(), "that" | "which" | "who"))
                && self.seg.tokens.get(j + 1).is_some_and(|n| {
                    matches!(
                        n.norm.as_str(),
                        "has" | "have" | "had" | "was" | "is" | "will" | "would" | "did"
                    )
                })
            {
                return if self.tok(j - 1).norm == "," {
                    j - 1
                } else {
                    j
                };
            }
            if t.is_quote() || is_aux(w) && !matches!(w, "also" | "only" | "even" | "just") {
                return end;
            }
            if (w.ends_with("ed") && w.len() > 4 || is_irregular_past(w)) && !t.capitalized {
                return end;
            }
            let next = self.seg.tokens.get(j + 1);
            let stop = self.object_adjunct(j)
                || matches!(
                    w,
                    "while" | "since" | "because" | "although" | "though" | "when" | "whereas"
                )
                || (w == "as" && self.as_opens_clause(j, end))
                || self.subordinate_clause_at(j, end)
                || self.tally_after_name(j)
                || (w == ","
                    && next.is_some_and(|n| {
                        matches!(n.norm.as_str(), "yet" | "but")
                            || (n.norm.ends_with("ing")
                                && !n.capitalized
                                && n.norm.len() > 4
                                // ", including jobs and wages" lists what the noun covers
                                // (", including:" introduces a list of its own)
                                // ("has said the same thing, including Mitt Romney": the
                                // list is the subject's)
                                && !(n.norm == "including"
                                    && self.seg.tokens.get(j + 2).is_some_and(|a| a.is_word())
                                    && self.tok(k + 1).norm != "same"))
                    }));
            if stop && j > k {
                return j;
            }
        }
        end
    }

    /// "about 20 people", "over a dozen states": a preposition-like word that modifies a number
    /// opens a noun phrase, not an adjunct.
    fn approximate_number(&self, k: usize) -> bool {
        let word = |j: usize| self.seg.tokens.get(j).map(|t| t.norm.as_str());
        // "at least six", "at most 10"
        let at_least = word(k) == Some("at") && matches!(word(k + 1), Some("least" | "most"));
        let n = word(if at_least { k + 2 } else { k + 1 });
        (at_least
            || matches!(
                self.tok(k).norm.as_str(),
                "about" | "around" | "over" | "under" | "nearly" | "almost" | "roughly"
            ))
            && n.is_some_and(|n| {
                n.starts_with(|c: char| c.is_ascii_digit())
                    || matches!(
                        n,
                        "one"
                            | "two"
                            | "three"
                            | "four"
                            | "five"
                            | "six"
                            | "seven"
                            | "eight"
                            | "nine"
                            | "ten"
                            | "a"
                            | "half"
                            | "dozens"
                            | "hundreds"
                            | "thousands"
                            | "millions"
                    )
                    // "about two-thirds", "nearly one-quarter"
                    || ["-third", "-quarter", "-fifth"].iter().any(|f| n.contains(f))
            })
    }

    /// The end of a time adjunct starting at `k`: "Thursday", "on Monday night", "last week",
    /// "earlier this month", "Sept. 12".
    fn time_adjunct_end(&self, s: &Range<usize>, k: usize) -> Option<usize> {
        let word = |j: usize| (j < s.end).then(|| self.tok(j).norm.as_str());
        let mut j = k;
        if matches!(
            word(j),
            Some("on" | "late" | "early" | "earlier" | "last" | "this" | "next")
        ) {
            j += 1;
        }
        if matches!(word(j), Some("this" | "last" | "next")) {
            j += 1;
        }
        let is_time = |w: &str| {
            is_day_name(w)
                || matches!(
                    w,
                    "tonight"
                        | "week"
                        | "weekend"
                        | "month"
                        | "year"
                        | "night"
                        | "morning"
                        | "afternoon"
                        | "evening"
                )
        };
        if !word(j).is_some_and(is_time) {
            return None;
        }
        j += 1;
        if matches!(word(j), Some("night" | "morning" | "afternoon" | "evening")) {
            j += 1;
        }
        // "said Thursday's speeches were ...": a possessive day opens the content
        if matches!(word(j), Some("'s" | "'")) {
            return None;
        }
        Some(j)
    }

    /// "a charge", "the claim": an article and a claim noun at token `k`.
    fn claim_noun_phrase(&self, k: usize) -> bool {
        k + 1 < self.seg.tokens.len()
            && matches!(self.tok(k).norm.as_str(), "a" | "an" | "the")
            && CLAIM_NOUNS.contains(&self.tok(k + 1).norm.as_str())
    }

    /// "to" at `k` opens a noun phrase ("to the IRS", "to me", "to Sanders"), not an
    /// infinitive ("to be").
    fn hearer_after_to(&self, k: usize) -> bool {
        self.seg.tokens.get(k + 1).is_some_and(|t| {
            let w = t.norm.as_str();
            (is_determiner(w) && w != "that")
                || matches!(w, "me" | "him" | "us" | "them" | "reporters")
                || (t.capitalized && t.is_word())
        })
    }

    /// The noun phrase a relative pronoun at `k` refers to: "Smith" in "Smith, who", "The
    /// group" in "The group that". Short and without verbs, or none.
    fn relative_antecedent(&self, k: usize) -> Option<Range<usize>> {
        if !matches!(self.tok(k).norm.as_str(), "who" | "which" | "that") {
            return None;
        }
        let sentence = &self.seg.sentences[self.seg.sentence_of(k)].tokens;
        let end = if k > sentence.start && self.tok(k - 1).norm == "," {
            k - 1
        } else {
            k
        };
        self.np_before(end)
    }

    /// A short noun phrase without verbs that ends at token `end`.
    fn np_before(&self, end: usize) -> Option<Range<usize>> {
        let sentence = &self.seg.sentences[self.seg.sentence_of(end.saturating_sub(1))].tokens;
        let mut start = end;
        while start > sentence.start && end - start < 6 {
            let t = self.tok(start - 1);
            let w = t.norm.as_str();
            if !(t.is_word() || w == "'s" || w == ".")
                || is_aux(w)
                || is_preposition(w)
                || is_left_boundary(w)
                || (!t.capitalized
                    && (self.is_cue_verb_form(start - 1) || self.is_verb_like(start - 1)))
            {
                break;
            }
            start -= 1;
        }
        (start < end).then_some(start..end)
    }

    /// When the source is a relative pronoun, where the relative clause ends inside the
    /// content: the comma that closes it ("Smith, who endorsed Clinton, left"), or, for a
    /// noun-phrase object without commas, the main clause's verb ("the group that endorsed
    /// Sanders launched a petition").
    fn relative_clause_end(
        &self,
        source: Option<&Range<usize>>,
        h: &CueHit,
        content: &[Span],
        np_object: bool,
    ) -> Option<usize> {
        let np = source?;
        let last_word = self.tok(np.end.checked_sub(1)?).norm.as_str();
        if !matches!(last_word, "who" | "which" | "that") {
            return None;
        }
        let (first, last) = (content.first()?, content.last()?);
        let start = self.token_at(first.start);
        let end = self.token_at(last.end);
        if start < h.tokens.end || self.seg.tokens.get(start).is_some_and(|t| t.is_quote()) {
            return None;
        }
        if np.len() != 1 || np.start == 0 || self.tok(np.start - 1).norm != "," {
            if !np_object {
                return None;
            }
            return self.main_verb_in(start..end);
        }
        // "Lewandowski, who did not respond, has denied C": the content opens after the
        // clause's closing comma, so it is the main clause's, not the cue's
        if start > h.tokens.end && self.tok(start - 1).norm == "," {
            return Some(start - 1);
        }
        // the clause needs a word before its closing comma ("who said that, in his view, C"
        // keeps its aside)
        (start + 1..end).find(|&j| {
            self.tok(j).norm == "," && !self.tok(j - 1).is_quote() && self.tok(j - 1).norm != "that"
        })
    }

    /// Token `k` takes a possessive ("Thursday's speeches"), so it heads a noun phrase.
    fn possessive_after(&self, k: usize) -> bool {
        self.seg
            .tokens
            .get(k + 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "'s" | "'"))
    }

    fn is_day_word(&self, k: usize) -> bool {
        let w = self.tok(k).norm.as_str();
        // "USA TODAY", "Russia Today": a capitalized "today" after a name is part of it
        if w == "today" && k > 0 && self.tok(k).capitalized && self.tok(k - 1).capitalized {
            return false;
        }
        is_day_name(w)
            || matches!(
                w,
                "tonight" | "earlier" | "last" | "repeatedly" | "again" | "recently"
            )
    }

    /// Where a clause starting at `k` ends: the sentence end, without final punctuation.
    fn clause_end(&self, s: &Range<usize>, k: usize) -> usize {
        let mut end = s.end;
        let mut depth = 0i32;
        // "... as ominous, and said the panel ...": a coordinated report verb ends the content
        for j in k + 1..s.end {
            let t = self.tok(j);
            match t.kind {
                TokKind::OpenQuote => depth += 1,
                TokKind::CloseQuote => depth -= 1,
                _ => {}
            }
            // 'called Cruz the "ultimate hypocrite," linking to ...': the comma before a
            // participle clause can sit inside the closing quote
            if t.kind == TokKind::CloseQuote
                && depth <= 0
                && j > k + 2
                && j + 1 < s.end
                && self.tok(j - 1).norm == ","
                && self
                    .seg
                    .quote_closed_at(j)
                    .is_some_and(|qi| self.seg.quotes[qi].open >= k)
                && self.writer_participle(j + 1)
            {
                end = j + 1;
                break;
            }
            // "..., contradicting the police's earlier claim": a participle clause after a
            // complete content is the writer's, not the speaker's
            if t.norm == "," && depth <= 0 && j + 1 < s.end && j > k + 2 {
                let participle = clause_participle(self.tok(j + 1));
                let has_verb = (k..j).any(|x| {
                    let w = &self.tok(x).norm;
                    is_aux(w.as_str()) || (w.ends_with("ed") && w.len() > 4)
                });
                if participle && has_verb && j > k + 4 {
                    end = j;
                    break;
                }
                // "..., his decision was overturned by an appeals court": a new clause with
                // its own subject and verb after a complete content
                let subject_len = (j + 1..s.end.min(j + 5)).position(|x| {
                    let w = &self.tok(x).norm;
                    matches!(
                        w.as_str(),
                        "is" | "was" | "were" | "are" | "has" | "have" | "had" | "will" | "would"
                    )
                });
                if let Some(len) = subject_len {
                    let first = self.tok(j + 1);
                    let subject_like = len >= 1
                        && (is_pronoun(first.norm.as_str()) && first.norm != "who"
                            || is_determiner(first.norm.as_str()) && first.norm != "that"
                            || first.capitalized);
                    // the words before the comma must be a clause of their own, not an opener
                    // ("despite strained relations with Washington, his country was ready")
                    let finite = (k..j).any(|x| is_aux(self.tok(x).norm.as_str()));
                    let opener = is_preposition(self.tok(k).norm.as_str())
                        || matches!(
                            self.tok(k).norm.as_str(),
                            "if" | "when"
                                | "although"
                                | "though"
                                | "because"
                                | "while"
                                | "as"
                                | "since"
                                | "unless"
                                | "once"
                                | "whether"
                                | "based"
                                | "given"
                        );
                    if subject_like && finite && !opener && j > k + 3 {
                        end = j;
                        break;
                    }
                }
            }
            // (inside a quote the speaker's words go on: '"we will see liberals on the court,
            // and we will see our rights taken away"')
            if t.norm == ";" && depth <= 0 {
                end = j;
                break;
            }
            // a comma that hands over to the writer or resumes the speaker's quote
            if t.norm == ","
                && depth <= 0
                && (self.comma_ends_content(s, k, j)
                    || (self.speech_participle(j + 1) && j > k + 1))
            {
                end = j;
                break;
            }
            // "... reforms were not complete, and rights groups warned that ...": a new clause
            // with its own report verb after and/but ends this content
            if matches!(
                t.norm.as_str(),
                "and" | "but" | "while" | "whereas" | "though" | "although"
            ) && j + 1 < s.end
                && depth <= 0
            {
                // (", even though many observers doubt C": "even" between comma and
                // conjunction)
                let even = self.tok(j - 1).norm == "even"
                    && j >= 2
                    && self.tok(j - 2).norm == ","
                    && matches!(t.norm.as_str(), "though" | "while");
                let comma = self.tok(j - 1).norm == "," || even;
                // "... will not attend and others have said C": a pronoun-like subject of
                // its own
                let own_subject = matches!(
                    self.tok(j + 1).norm.as_str(),
                    "he" | "she" | "they" | "we" | "others" | "some" | "many" | "critics"
                );
                let limit = if comma {
                    8
                } else if own_subject {
                    4
                } else {
                    2
                };
                let mut v = j + 1;
                let mut found = false;
                while v < s.end && v <= j + limit {
                    let w = self.tok(v);
                    // ("voters, lawmakers, and thinkers for opposing C": a gerund after a
                    // preposition is no second report verb)
                    if w.norm.ends_with("ing") && is_preposition(self.tok(v - 1).norm.as_str()) {
                        break;
                    }
                    // ("... but argues that he can't deliver", "and says it will not": a
                    // present-tense cue right after the conjunction and before a clause is a
                    // verb, not a noun like "and claims of fraud")
                    let present = v == j + 1
                        && v + 1 < s.end
                        && self.is_verb_cue_word(v)
                        && w.norm.ends_with('s')
                        && matches!(
                            self.tok(v + 1).norm.as_str(),
                            "that" | "it" | "he" | "she" | "they" | "we" | "there"
                        );
                    if (self.is_cue_verb_form(v) || present)
                        && !w.capitalized
                        && !is_aux(w.norm.as_str())
                    {
                        found = true;
                        break;
                    }
                    if !w.is_word() || matches!(w.norm.as_str(), "that" | "to" | "which" | "who") {
                        break;
                    }
                    v += 1;
                }
                let from = if own_subject { j + 2 } else { j + 1 };
                if found && (comma || (from..v).all(|x| is_aux(self.tok(x).norm.as_str()))) {
                    end = if even {
                        j - 2
                    } else if comma {
                        j - 1
                    } else {
                        j
                    };
                    break;
                }
            }
        }
        // a trailing attribution inside the content ("..., he added") ends it
        while end > k
            && (is_final_punct(self.tok(end - 1))
                || matches!(self.tok(end - 1).norm.as_str(), "," | ";" | ":" | "—" | "–"))
        {
            end -= 1;
        }
        // a close quote at the end is kept only if its opening mark is inside the content
        if end > k && self.tok(end - 1).kind == TokKind::CloseQuote {
            let inside = self
                .seg
                .quote_closed_at(end - 1)
                .is_some_and(|qi| self.seg.quotes[qi].open >= k);
            if !inside {
                end -= 1;
                while end > k
                    && (is_final_punct(self.tok(end - 1)) || self.tok(end - 1).norm == ",")
                {
                    end -= 1;
                }
            }
        }
        // "(Lewandowski has denied that C.)": a bracket the content did not open
        if end > k && self.tok(end - 1).norm == ")" && !(k..end).any(|j| self.tok(j).norm == "(") {
            end -= 1;
            while end > k && is_final_punct(self.tok(end - 1)) {
                end -= 1;
            }
        }
        end
    }

    /// A comma at `j` (outside quotes) that ends the content starting at `k`: the speaker's
    /// quote resuming ("referring to the excuse, “you give ...”"), or a conjunction opening the
    /// writer's next clause: ", but he has also intensified ...", ", but stopped short of ...",
    /// ", and when pressed on why, ...".
    /// Token `k` is the -ing form of a report verb: ", adding, "..."", ", noting that C".
    fn speech_participle(&self, k: usize) -> bool {
        self.seg
            .tokens
            .get(k)
            .is_some_and(|t| t.norm.ends_with("ing") && !t.capitalized && self.is_cue_verb_form(k))
    }

    /// Token `k` opens a participle clause of the writer's after a quote's closing comma:
    /// '"C," citing a poll', '"C," adding that ...'.
    fn writer_participle(&self, k: usize) -> bool {
        self.speech_participle(k)
            || self
                .seg
                .tokens
                .get(k)
                .is_some_and(|n| clause_participle(n) && n.norm != "following")
    }

    fn comma_ends_content(&self, s: &Range<usize>, k: usize, j: usize) -> bool {
        let quote_next = self
            .seg
            .tokens
            .get(j + 1)
            .is_some_and(|n| n.kind == TokKind::OpenQuote);
        if quote_next {
            return j > k + 1 && self.tok(k).kind != TokKind::OpenQuote;
        }
        if j + 2 >= s.end {
            return false;
        }
        let conj = self.tok(j + 1).norm.as_str();
        let next = self.tok(j + 2);
        let w = next.norm.as_str();
        let pronoun_subject =
            j > k + 1 && matches!(conj, "but" | "and" | "yet" | "so") && is_subject_pronoun(w);
        let own_adverbial = j > k + 3
            && matches!(conj, "and" | "but")
            && matches!(
                w,
                "when" | "while" | "after" | "before" | "as" | "if" | "since"
            );
        // "asked not to be named, said she was dismayed": the main clause's speech verb
        let main_verb = j > k + 1 && is_main_speech_verb(conj);
        let second_predicate = j > k + 2
            && conj == "but"
            && ((w.ends_with("ed") && w.len() > 4 && !next.capitalized)
                || matches!(w, "has" | "had" | "did" | "then" | "also"));
        // "The Journal, citing internal documents, reported that C": a finite verb with its
        // own object after the comma returns to the main clause
        // ("said that she, too, enjoyed her work": a "that" clause still waiting for its
        // verb goes on)
        let open_that = (is_subject_pronoun(self.tok(k).norm.as_str())
            || (k > 0 && self.tok(k - 1).norm == "that"))
            && !(k + 1..j).any(|x| self.verb_like(x));
        let finite_after = j > k + 1
            && conj.ends_with("ed")
            && conj.len() > 4
            && !self.tok(j + 1).capitalized
            && (is_determiner(w) || is_pronoun(w))
            && !open_that;
        // "Russia is behind the attacks, a charge Moscow denies": an appositive noun that
        // sums up the content belongs to the writer
        let summary_noun = j > k + 2 && self.claim_noun_phrase(j + 1);
        pronoun_subject
            || own_adverbial
            || second_predicate
            || main_verb
            || finite_after
            || summary_noun
    }

    fn push(
        &mut self,
        si: usize,
        source: Option<Range<usize>>,
        h: &CueHit,
        content: Vec<Span>,
        negated: bool,
        pattern: &str,
    ) -> usize {
        let entry = &self.lex.cues[h.entry];
        // "While he acknowledged C, Ham noted ...": a claim inside a fronted subordinate
        // clause ends with that clause
        let mut content = content;
        // "Smith, who endorsed Clinton, left early": a claim inside a relative clause between
        // commas ends with that clause
        let cut_at = self
            .fronted_clause_comma(si)
            .filter(|&c| h.tokens.start < c)
            .or_else(|| {
                self.relative_clause_end(source.as_ref(), h, &content, pattern == "np-object")
            });
        if let Some(comma) = cut_at {
            let cut = self.tok(comma).span.start;
            content.retain(|c| c.start < cut);
            for c in &mut content {
                if c.end > cut {
                    let last = self.seg.tokens.partition_point(|t| t.span.end <= cut);
                    c.end = self.tok(last.saturating_sub(1)).span.end.max(c.start);
                }
            }
            content.retain(|c| c.end > c.start);
            if content.is_empty() {
                return usize::MAX;
            }
        }
        // some cues report speech only in one shape: "continued: "..."", "declined to comment"
        if let Some(first) = content.first() {
            let t = self.token_at(first.start);
            let first_tok = self.seg.tokens.get(t);
            let after_colon = t > 0 && self.tok(t - 1).norm == ":";
            let ok = match entry.lemma.as_str() {
                "continue" | "go on" | "speak" => {
                    first_tok.is_some_and(|x| x.is_quote()) || after_colon
                }
                "decline" | "refuse" => first_tok.is_some_and(|x| x.norm == "to"),
                _ => true,
            };
            if !ok {
                return usize::MAX;
            }
        }
        let quoted = self.has_quote(&content);
        let (source_spans, actor) = match source {
            Some(np) => {
                let np = self.trim_np(np);
                // "Erin Murphy, a former aide": the name before the appositive is the speaker
                // ("The latest US newspaper to endorse Clinton", "A campaign operative who
                // spoke ...": the speaker is the noun before the infinitive or relative clause)
                let head_end = (np.start..np.end)
                    .find(|&j| {
                        matches!(self.tok(j).norm.as_str(), "," | "(" | "who" | "which")
                            // a relative "that" ends the noun phrase ("the group that")
                            || (self.tok(j).norm == "that" && j + 1 == np.end)
                            // a possessor's "'s" is no part of the name ("Trump's")
                            || (j > np.start
                                && self.tok(j).norm == "'s"
                                && j + 1 == np.end
                                && !is_pronoun(self.tok(j - 1).norm.as_str()))
                            || (j > np.start
                                && self.tok(j).norm == "to"
                                && j + 1 < np.end
                                && self.is_cue_verb_form(j + 1))
                    })
                    .unwrap_or(np.end);
                let actor = if np.is_empty() {
                    None
                } else if head_end == np.start {
                    // "Smith, who endorsed Clinton": a relative pronoun speaks for the noun
                    // phrase it follows
                    self.relative_antecedent(np.start)
                        .and_then(|a| self.m.resolve_source(self.text, self.seg, self.lex, a))
                } else if head_end + 1 < np.end
                    && self.tok(head_end).norm == ","
                    && self.tok(np.end - 1).capitalized
                    && !self.tok(head_end - 1).capitalized
                    && !matches!(
                        self.tok(head_end + 1).norm.as_str(),
                        "including" | "which" | "who" | "whose" | "among"
                    )
                {
                    // "the campaign chairman, Phil Lovas": the name after the comma
                    let name_start = (head_end + 1..np.end)
                        .find(|&j| self.tok(j).capitalized)
                        .unwrap_or(head_end + 1);
                    self.m
                        .resolve_source(self.text, self.seg, self.lex, name_start..np.end)
                } else {
                    self.m
                        .resolve_source(self.text, self.seg, self.lex, np.start..head_end)
                };
                (
                    if np.is_empty() {
                        Vec::new()
                    } else {
                        let mut sp = self.span_of(np.clone());
                        // "You've", "they've", "he'll": one token with the verb's auxiliary,
                        // which is no part of the speaker
                        let last = self.tok(np.end - 1).norm.as_str();
                        if let Some(aux) = ["'ve", "'ll", "'re", "'m", "'d"]
                            .iter()
                            .find(|a| last.len() > a.len() && last.ends_with(*a))
                        {
                            // (not "you're": a bare "you" is dropped as the reader)
                            let pronoun = &last[..last.len() - aux.len()];
                            if is_pronoun(pronoun) && pronoun != "you" {
                                let text = sp.text(self.text);
                                if let Some(cut) = text.rfind(['\'', '’']) {
                                    sp.end = sp.start + cut;
                                }
                            }
                        }
                        vec![sp]
                    },
                    actor,
                )
            }
            None => (Vec::new(), None),
        };
        let all_quote = content.iter().all(|c| {
            let t = c.text(self.text);
            t.starts_with(['"', '“', '”', '\'', '‘'])
                && t.trim_end_matches(['.', ','])
                    .ends_with(['"', '”', '“', '\'', '’'])
        });
        let kind = if source_spans.is_empty() && actor.is_none() && pattern == "noun-complement" {
            ClaimKind::Unattributed
        } else if quoted && all_quote {
            ClaimKind::Direct
        } else if quoted {
            ClaimKind::Mixed
        } else {
            ClaimKind::Indirect
        };
        let cue_span = self.span_of(self.cue_extent(h.tokens.clone(), &source_spans));
        let id = self.claims.len() + 10_000;
        self.claims.push(Claim {
            id,
            sentence: si,
            source: Source {
                spans: source_spans,
                actor,
            },
            cue: Cue {
                spans: vec![cue_span],
                lemma: entry.lemma.clone(),
                negated,
                conditional: self.in_condition(si, h.tokens.start),
            },
            content,
            stance: entry.stance,
            kind,
            parent: None,
            refers_to: None,
            pattern: pattern.to_string(),
            proposition: None,
        });
        id
    }

    /// Whether the cue at token `cue` stands in a condition or an embedded question: an
    /// "if", "unless" or "whether" before it in the same clause ("If the plan rejected C,
    /// ...", "asked if Russia denied C", "will win unless voters believe C"). A comma,
    /// semicolon, colon or dash between them closes the clause ("If elected, Smith said C").
    fn in_condition(&self, si: usize, cue: usize) -> bool {
        let start = self.seg.sentences[si].tokens.start;
        for j in (start..cue.min(self.seg.tokens.len())).rev() {
            match self.tok(j).norm.as_str() {
                "if" | "unless" | "whether" => return true,
                "," | ";" | ":" | "—" | "–" | "--" => return false,
                _ => {}
            }
        }
        false
    }

    /// The cue with its auxiliaries and adverbs ("has repeatedly said", "did not say") and a
    /// day right after it ("said Tuesday"), as PolNeAR marks cues; never into the source.
    fn cue_extent(&self, cue: Range<usize>, source: &[Span]) -> Range<usize> {
        let mut r = cue;
        let sentence = &self.seg.sentences[self.seg.sentence_of(r.start)].tokens;
        while r.start > sentence.start {
            let t = self.tok(r.start - 1);
            let adverb = t.norm.ends_with("ly") && t.norm.len() > 4 && !t.capitalized;
            if !(is_aux(t.norm.as_str()) || adverb) || source.iter().any(|s| s.contains(t.span)) {
                break;
            }
            r.start -= 1;
        }
        if r.end < sentence.end
            && self.is_day_word(r.end)
            && self.tok(r.end).capitalized
            && !self.possessive_after(r.end)
        {
            r.end += 1;
        }
        r
    }

    /// Whether any content span holds a quotation mark.
    fn has_quote(&self, content: &[Span]) -> bool {
        content.iter().any(|sp| {
            let a = self.token_at(sp.start);
            let b = self.token_at(sp.end);
            (a..b).any(|j| self.tok(j).is_quote())
        })
    }

    /// Drop a leading conjunction and a trailing comma from a source phrase.
    fn trim_np(&self, mut np: Range<usize>) -> Range<usize> {
        // and a list bullet: "~ Lindsay Lohan also hinted C"
        while np.start < np.end && {
            let w = self.tok(np.start).norm.as_str();
            matches!(w, "but" | "and" | "so" | ",") || is_list_bullet(w)
        } {
            np.start += 1;
        }
        // ("Sen. Jack Reed (D-R.I.)": a closing parenthesis whose opening one is inside the
        // noun phrase stays, with the period before it)
        while np.end > np.start
            && !is_word(self.tok(np.end - 1))
            && !(self.tok(np.end - 1).norm == ")"
                && (np.start..np.end - 1).any(|j| self.tok(j).norm == "("))
        {
            np.end -= 1;
        }
        // "LONDON (Reuters) - Donald Trump", "Dec 29 (Reuters) - Clinton": a dateline before
        // a dash is no part of the name
        if let Some(d) = (np.start + 1..np.end.saturating_sub(1)).rev().find(|&j| {
            matches!(self.tok(j).norm.as_str(), "-" | "—" | "–" | "--")
                // (a dash between words, not inside "A.F.L.-C.I.O." or "D.C.-based")
                && self.tok(j - 1).span.end < self.tok(j).span.start
                && (self.tok(j - 1).norm == ")" || {
                    let t = self.tok(j - 1);
                    let w = t.span.text(self.text);
                    w.len() > 2 && w.chars().all(|c| !c.is_lowercase())
                })
        }) {
            np.start = d + 1;
            while np.start + 1 < np.end && !is_word(self.tok(np.start)) {
                np.start += 1;
            }
        }
        // "You've", "he'll": a contracted auxiliary is the verb's
        while np.end > np.start + 1
            && matches!(
                self.tok(np.end - 1).norm.as_str(),
                "'ve" | "'ll" | "'d" | "'re" | "'m"
            )
        {
            np.end -= 1;
        }
        // "Hunter, meanwhile": an adverb aside after the name is the clause's
        if np.end >= np.start + 3 && self.tok(np.end - 2).norm == "," && {
            let t = self.tok(np.end - 1);
            let w = t.norm.as_str();
            !t.capitalized
                && (matches!(
                    w,
                    "meanwhile" | "however" | "too" | "though" | "instead" | "therefore"
                ) || (w.ends_with("ly") && w.len() > 4))
        } {
            np.end -= 2;
        }
        np
    }

    // ---------------------------------------------------------------- patterns

    /// `X said (that) C`, `X told reporters (that) C`, `X denied the reports (that C)`.
    fn subject_verb(
        &mut self,
        si: usize,
        s: Range<usize>,
        h: &CueHit,
    ) -> Option<Vec<Range<usize>>> {
        let entry = self.lex.cues[h.entry].clone();
        let (mut subj_end, negated) = self.skip_aux_left(&s, h.tokens.start);
        let mut pattern = "subject-verb";
        // "X is expected to emphatically endorse C": the subject of the verb that controls it
        // (the control verb, "to" and the cue are the cue, as PolNeAR marks it: "declined to
        // comment", "went on to endorse")
        let mut control = None;
        if subj_end >= s.start + 3
            && self.tok(subj_end - 1).norm == "to"
            && is_control_verb(self.tok(subj_end - 2).norm.as_str())
        {
            control = Some(subj_end - 2);
        } else if subj_end >= s.start + 4
            && self.tok(subj_end - 1).norm == "to"
            && self.tok(subj_end - 2).norm == "on"
            && is_go_form(self.tok(subj_end - 3).norm.as_str())
        {
            control = Some(subj_end - 3);
        }
        if let Some(v) = control {
            subj_end = self.skip_aux_left(&s, v).0;
            pattern = "infinitival";
        }
        // "Grijalva was the first Democrat in Congress to endorse Sanders", "one of the
        // earliest House members to endorse X": an ordinal noun phrase before "to" is who
        // acts (PolNeAR marks that noun phrase as the source)
        let mut ordinal_np = None;
        if pattern == "subject-verb"
            && subj_end >= s.start + 3
            && self.tok(subj_end - 1).norm == "to"
            && h.tokens.start == subj_end
        {
            // (not when it opens the sentence: "The first member to endorse him was X" has
            // its main verb after the object)
            ordinal_np = self
                .ordinal_np(&s, subj_end - 1)
                .filter(|np| np.start > s.start)
                .map(|np| self.copula_subject(&s, np.start).unwrap_or(np))
                .or_else(|| self.caused_np(&s, subj_end - 1));
        }
        // "Trump avoids condemning C": the subject of the verb that takes the -ing form
        if subj_end > s.start && is_catenative(self.tok(subj_end - 1).norm.as_str()) {
            subj_end = self.skip_aux_left(&s, subj_end - 1).0;
            pattern = "catenative";
        }
        // "Trump took multiple swipes at X", "Gowdy did not release further details about X":
        // a noun cue is the object of a light verb, whose subject holds it
        if entry.frame == CueFrame::NpVerb && subj_end == h.tokens.start {
            let mut j = subj_end;
            while j > s.start + 1 && subj_end - j < 2 && {
                let w = self.tok(j - 1).norm.as_str();
                !self.tok(j - 1).capitalized
                    && (is_quantifier(w)
                        || matches!(
                            w,
                            "multiple" | "further" | "more" | "new" | "additional" | "no" | "few"
                        ))
            } {
                j -= 1;
            }
            if j > s.start + 1
                && !self.tok(j - 1).capitalized
                && is_light_verb(self.tok(j - 1).norm.as_str())
            {
                subj_end = self.skip_aux_left(&s, j - 1).0;
            }
        }
        // "Cruz exhorted Republicans to vote and said C": the verb shares the clause's subject
        let coordinated = subj_end > s.start
            && matches!(self.tok(subj_end - 1).norm.as_str(), "and" | "but" | "yet");
        let subj = match ordinal_np.clone() {
            Some(np) => {
                pattern = "infinitival";
                np
            }
            None => match self.subject_left(&s, subj_end) {
                // "McConnell met with her and came away convinced that C": a verb phrase
                // after "and" is no subject; the verb shares the clause's subject
                Some(np)
                    if np.start > s.start + 1
                        && matches!(self.tok(np.start - 1).norm.as_str(), "and" | "but")
                        && !self.tok(np.start).capitalized
                        && self.verb_like(np.start) =>
                {
                    self.sentence_subject(&s, np.start - 1)?
                }
                Some(np) => np,
                None if coordinated => self.sentence_subject(&s, subj_end - 1)?,
                None => return None,
            },
        };
        // "Mr. Trump has polarized the electorate with doom-laden harangues", "Gowdy did not
        // release further details", "Ted Cruz is drawing sharp contrasts": lower-case words
        // after an auxiliary are a verb phrase, not a subject; the auxiliary's subject holds
        // the noun cue
        // (the claim is kept or dropped as before: the verb phrase decided whether the cue
        // reads as a verb)
        if !self.plausible_verb(h, subj_end, &subj)
            || self.attributive_participle(h)
            || self.non_report_sense(h)
        {
            return None;
        }
        // (not when a name before the cue modifies it, "seizing upon a New York Times report",
        // or the verb phrase ends in an object that acts the cue, "let editorials tell")
        let cue_noun = self.noun_like(h.tokens.start);
        let subj = self
            .subject_before_verb_phrase(&s, &subj)
            .filter(|_| {
                let before = self.tok(h.tokens.start - 1);
                let b = before.norm.as_str();
                // (nor after a possessive, "cemented with his infamous comment", which names
                // the speaker, or a plural noun, "let editorials tell", which acts the cue)
                let plural = b.ends_with('s') && !b.ends_with("ss") && b.len() > 3;
                !before.capitalized
                    && !plural
                    && !(subj.start..subj.end).any(|j| {
                        matches!(
                            self.tok(j).norm.as_str(),
                            "his" | "her" | "their" | "its" | "our" | "my" | "your" | "'s"
                        )
                    })
                    && (cue_noun
                        || (subj.start..subj.end).all(|j| {
                            let t = self.tok(j);
                            !t.capitalized
                                && !is_determiner(t.norm.as_str())
                                && !is_pronoun(t.norm.as_str())
                                && t.kind != TokKind::Number
                        }))
            })
            .unwrap_or(subj);
        // ("the first Democrat to endorse X", "led Priebus to declare X": the "to" is part of
        // the cue, as PolNeAR marks it)
        let with_to;
        let h = if ordinal_np.is_some() {
            with_to = CueHit {
                tokens: h.tokens.start - 1..h.tokens.end,
                ..h.clone()
            };
            &with_to
        } else if let Some(v) = control.filter(|&v| {
            pattern == "infinitival" && {
                let w = self.tok(v).norm.as_str();
                is_go_form(w) || control_joins_cue(w)
            }
        }) {
            with_to = CueHit {
                tokens: v..h.tokens.end,
                ..h.clone()
            };
            &with_to
        } else {
            h
        };
        let infinitive = INFINITIVE_CUES.contains(&entry.lemma.as_str());
        let mut from = h.tokens.end;
        match entry.frame {
            CueFrame::ObjectVerb => {
                // the hearer: "reporters", "Lavrov", "the foreign minister", "him"
                from = self.skip_object(&s, from)?;
            }
            CueFrame::NpVerb => {
                let next = (from < s.end).then(|| self.tok(from));
                let clause_next = next.is_some_and(|t| {
                    t.norm == "that" || t.kind == TokKind::OpenQuote || t.norm == ":"
                });
                if !clause_next {
                    if pattern == "subject-verb" {
                        pattern = "np-object";
                    }
                    // "expressed deep concern about C": the stance noun and its preposition
                    // join the cue, the content is what the stance is about
                    let (h, from) = match self.stance_noun_object(&s, from) {
                        Some(prep) => (
                            CueHit {
                                tokens: h.tokens.start..prep + 1,
                                ..h.clone()
                            },
                            prep + 1,
                        ),
                        // "Experts warned of a new kind of fakery", "complained of
                        // chest pains": "of" joins the cue, the noun phrase after it is the
                        // content
                        None if from + 1 < s.end
                            && self.tok(from).norm == "of"
                            && matches!(entry.lemma.as_str(), "warn" | "complain") =>
                        {
                            (
                                CueHit {
                                    tokens: h.tokens.start..from + 1,
                                    ..h.clone()
                                },
                                from + 1,
                            )
                        }
                        None => (h.clone(), from),
                    };
                    // "Rubio is seen as the more electable choice", "The walk-off is
                    // considered one of the largest": an agentless passive judges its subject;
                    // the content is the subject and the complement, the judge is unnamed
                    let passive = h.participle
                        && !h.gerund
                        && !self.psych_participle(&h)
                        && (subj_end..h.tokens.start).any(|j| {
                            matches!(
                                self.tok(j).norm.as_str(),
                                "is" | "was" | "were" | "are" | "been" | "be"
                            )
                        })
                        && from < s.end
                        && self.tok(from).norm != "by";
                    if passive {
                        let from = if self.tok(from).norm == "as" {
                            from + 1
                        } else {
                            from
                        };
                        let (mut spans, used) = self.np_object(&s, from, infinitive)?;
                        if (used.start..used.end).any(|j| self.tok(j).norm == "by") {
                            return None;
                        }
                        spans.insert(0, self.span_of(self.trim_np(subj.clone())));
                        self.push(si, None, &h, spans, negated, "passive");
                        return Some(vec![subj]);
                    }
                    let (spans, used) = self.np_object(&s, from, infinitive)?;
                    self.push(si, Some(subj.clone()), &h, spans, negated, pattern);
                    // the object's head noun ("reports") is no cue of its own
                    let head_end = (used.start..used.end)
                        .find(|&j| matches!(self.tok(j).norm.as_str(), "," | "that"))
                        .unwrap_or(used.end);
                    return Some(vec![subj, used.start..head_end]);
                }
            }
            _ => {}
        }
        // "Limbaugh added:" closing a paragraph: the next paragraph is what he added
        if let Some(span) = self.colon_ends_paragraph(si, &s, from) {
            self.push(
                si,
                Some(subj.clone()),
                h,
                vec![span],
                negated,
                "colon-paragraph",
            );
            return Some(vec![subj]);
        }
        // "asked Carson about his relationship with C": the topic of the question
        if entry.stance == Stance::Question && from < s.end && self.tok(from).norm == "about" {
            let end = self.clause_end(&s, from);
            if end > from + 1 {
                let spans = vec![self.span_of(from..end)];
                // "Palmieri was asked about C": the one asked is no source
                let asked = h.participle
                    && (subj_end..h.tokens.start).any(|j| {
                        matches!(
                            self.tok(j).norm.as_str(),
                            "is" | "was" | "were" | "are" | "been" | "be"
                        )
                    });
                let source = (!asked).then(|| subj.clone());
                self.push(si, source, h, spans, negated, pattern);
                return Some(vec![subj]);
            }
        }
        let (mut spans, used) =
            self.content_right(&s, from, entry.frame == CueFrame::NpVerb, infinitive)?;
        // (only for cues whose object-taking sense is common: "knows the state well", "felt
        // the need", "added 292,000 jobs", "decided the pageant")
        if entry.frame == CueFrame::Verb
            && pattern == "subject-verb"
            && matches!(
                entry.lemma.as_str(),
                "know" | "feel" | "report" | "assume" | "hope" | "plan" | "decide" | "add"
            )
            && self.verbless(&used)
        {
            return None;
        }
        // "While he acknowledged C, Ham noted ...": a clause opened by a subordinator ends at
        // the comma before the main clause
        if spans.len() == 1
            && !self.tok(used.start).is_quote()
            && self.opens_subordinate(&s, subj.start)
        {
            if let Some(j) = self.main_clause_comma(used.clone()) {
                // (from the content's own start: it keeps its "that")
                spans = vec![Span::new(spans[0].start, self.tok(j - 1).span.end)];
            }
        }
        // "Sanders was projected the winner", "Young leaders were also recognized": a passive
        // without an agent leaves its source unnamed
        let passive = h.participle
            && !h.gerund
            && pattern == "subject-verb"
            && !self.psych_participle(h)
            && (subj_end..h.tokens.start).any(|j| {
                matches!(
                    self.tok(j).norm.as_str(),
                    "is" | "was" | "were" | "are" | "been" | "be"
                )
            });
        if passive {
            // "Sanders was projected the winner": the content is about the subject
            // ("Sanders … the winner"); a clause or a quote stands alone
            let first = self.tok(used.start);
            let expletive =
                subj.len() == 1 && matches!(self.tok(subj.start).norm.as_str(), "it" | "there");
            if !(first.norm == "that" || first.is_quote() || expletive) {
                spans.insert(0, self.span_of(self.trim_np(subj.clone())));
            }
            self.push(si, None, h, spans, negated, "passive");
            return Some(vec![subj]);
        }
        // a question verb reports a question: "asked whether ...", "asked: "...?"", "asked him to go"
        if entry.stance == Stance::Question {
            let first = self.tok(used.start);
            let opener = matches!(
                first.norm.as_str(),
                "whether"
                    | "if"
                    | "what"
                    | "why"
                    | "how"
                    | "when"
                    | "where"
                    | "who"
                    | "which"
                    | "to"
                    | "about"
            ) || first.is_quote()
                || (used.start > 0 && self.tok(used.start - 1).norm == ":");
            // "asked not to be named" asks for anonymity, not a question
            let anonymity = h.tokens.end < s.end && self.tok(h.tokens.end).norm == "not";
            if !opener || anonymity {
                return None;
            }
        }
        self.push(si, Some(subj.clone()), h, spans, negated, pattern);
        Some(vec![subj])
    }

    /// A "that"-less content of a clause-taking cue that holds no verb: "the State
    /// Department felt the need to obtain documents", "the U.S. added 292,000 jobs" report
    /// no proposition (an object-taking sense of the cue, which the lexicon lists as
    /// np-verb where it is one).
    fn verbless(&self, used: &Range<usize>) -> bool {
        if used.start == 0
            || used.is_empty()
            || matches!(self.tok(used.start - 1).norm.as_str(), ":" | "that")
        {
            return false;
        }
        let first = self.tok(used.start);
        if !matches!(first.kind, TokKind::Word | TokKind::Number)
            || is_wh_word(first.norm.as_str())
            || matches!(
                first.norm.as_str(),
                "that" | "to" | "whether" | "if" | "not" | "so" | "no" | "nothing"
            )
        {
            return false;
        }
        !(used.start..used.end).any(|j| {
            let t = self.tok(j);
            t.is_quote() || self.verb_like(j) || t.norm.ends_with("ing") || is_aux(t.norm.as_str())
        })
    }

    /// The subject of the auxiliary before `np` when `np` is a verb phrase read as a subject:
    /// a verb after a modal or "did" ("will feed", "did not release"), a participle or adverb
    /// after "has" ("has polarized", "had sharply different"), an -ing, -ed or -ly word after
    /// a form of "be" ("is drawing", "are slightly more"; "The fact is voters say" keeps its
    /// noun).
    fn subject_before_verb_phrase(
        &self,
        s: &Range<usize>,
        np: &Range<usize>,
    ) -> Option<Range<usize>> {
        if np.start <= s.start + 1 {
            return None;
        }
        let first = self.tok(np.start);
        let w = first.norm.as_str();
        if first.capitalized
            || !first.is_word()
            || is_pronoun(w)
            || is_determiner(w)
            || is_quantifier(w)
            || is_pronoun_quantifier(w)
            || matches!(w, "who" | "which" | "that" | "whom" | "whose")
        {
            return None;
        }
        let prev = self.tok(np.start - 1).norm.as_str();
        let verbal = w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing") || w.ends_with("ly"));
        let after_aux = match prev {
            "will" | "would" | "can" | "could" | "should" | "may" | "might" | "must" | "did"
            | "does" | "do" | "not" | "n't" | "never" | "cannot" => true,
            "has" | "have" | "had" => !w.ends_with('s') || verbal,
            "is" | "was" | "are" | "were" | "been" | "be" | "also" => verbal,
            _ => false,
        };
        if !after_aux {
            return None;
        }
        let (end, _) = self.skip_aux_left(s, np.start);
        self.subject_left(s, end).filter(|subj| {
            subj.end <= np.start && self.plain_np(subj) && !self.verb_like(subj.start)
        })
    }

    /// `allegations of assault, which he has denied`, `Rubio, who many in the establishment
    /// had backed`, `a deal she once supported`: the cue's object is the relative pronoun (or
    /// the noun phrase of a contact clause) before its subject, and the clause ends after the
    /// cue; the pronoun or the noun phrase is the content, as PolNeAR marks it.
    fn object_relative(
        &mut self,
        si: usize,
        s: Range<usize>,
        h: &CueHit,
    ) -> Option<Vec<Range<usize>>> {
        if self.lex.cues[h.entry].frame == CueFrame::ObjectVerb || h.gerund {
            return None;
        }
        let (subj_end, negated) = self.skip_aux_left(&s, h.tokens.start);
        if subj_end < s.start + 2 {
            return None;
        }
        let subj = self.subject_left(&s, subj_end)?;
        if subj.start < s.start + 1 || subj.len() > 6 {
            return None;
        }
        let p = subj.start - 1;
        // ("which", "whom" and "who" after a comma; "what X said" and "the claims that X
        // denied" are mostly inside another claim or no claim in PolNeAR: 4 of 31 on train)
        let pronoun = match self.tok(p).norm.as_str() {
            "which" | "whom" => true,
            // ("Rubio, who many ... had backed": not "people who he said ...", whose "who" is
            // the subject of a clause inside the content)
            "who" => p > s.start && self.tok(p - 1).norm == ",",
            _ => false,
        };
        // "a deal she once supported", "the question nobody asked", "everything he said": a
        // noun phrase right before a one-word subject, no pronoun between (the noun phrase is
        // the content)
        let contact = (!pronoun && subj.len() == 1 && {
            let w = self.tok(subj.start).norm.as_str();
            (is_pronoun(w) && w != "who")
                || matches!(
                    w,
                    "nobody" | "many" | "both" | "some" | "anyone" | "everyone" | "few"
                )
        })
        .then(|| {
            let t = self.tok(p);
            if !self.noun_word(p)
                || t.capitalized
                || self.is_verb_cue_word(p)
                || self.is_verb_like(p)
            {
                return None;
            }
            let np = self.np_before(p + 1)?;
            let first = self.tok(np.start).norm.as_str();
            let opens = (is_determiner(first) && first != "that")
                || is_quantifier(first)
                || (np.len() == 1
                    && matches!(first, "something" | "everything" | "anything" | "nothing"));
            (opens && np.len() <= 6 && np.start >= s.start).then_some(np)
        })
        .flatten();
        if !(pronoun || contact.is_some())
            || subj.clone().any(|j| {
                let t = self.tok(j);
                !t.is_word() || matches!(t.norm.as_str(), "which" | "who" | "that" | "what")
            })
        {
            return None;
        }
        // the clause ends after the cue (over adverbs and a time adjunct): the pronoun is its
        // object ("which he favors but says ...", "which she opposed as a senator")
        let mut k = h.tokens.end;
        if let Some(e) = self.time_adjunct_end(&s, k) {
            k = e;
        }
        while k < s.end && {
            let w = self.tok(k).norm.as_str();
            w.ends_with("ly") && w.len() > 4
        } {
            k += 1;
        }
        let ends = k >= s.end || {
            let t = self.tok(k);
            let w = t.norm.as_str();
            is_clause_punct(t)
                || is_final_punct(t)
                || t.kind == TokKind::CloseQuote
                || matches!(w, ")" | "—" | "–" | "--" | "-" | "and" | "but" | "or")
                || (is_preposition(w) && !matches!(w, "to" | "that" | "of"))
        };
        if !ends || !self.plausible_verb(h, subj_end, &subj) {
            return None;
        }
        let spans = vec![self.span_of(contact.unwrap_or(p..p + 1))];
        self.push(si, Some(subj.clone()), h, spans, negated, "object-relative");
        Some(vec![subj])
    }

    /// The comma closing a sentence-initial subordinate clause ("While he said C, ...").
    fn fronted_clause_comma(&self, si: usize) -> Option<usize> {
        let s = &self.seg.sentences[si].tokens;
        let mut first = s.start;
        while first < s.end && self.tok(first).kind == TokKind::OpenQuote {
            first += 1;
        }
        // "But while ...", "And when ..."
        if first + 1 < s.end && matches!(self.tok(first).norm.as_str(), "but" | "and" | "yet") {
            first += 1;
        }
        // "Shortly after ...", "Even though ...", "Just before ...": a degree adverb first
        if first + 1 < s.end
            && matches!(
                self.tok(first).norm.as_str(),
                "shortly" | "even" | "just" | "only" | "soon" | "long" | "right" | "immediately"
            )
        {
            first += 1;
        }
        // "In a June debate, while most of his rivals called for C, Smith hewed ...": a short
        // fronted phrase (no verb) and its comma may stand before the subordinator
        if let Some(c) = (first + 1..s.end.min(first + 9)).find(|&j| self.tok(j).norm == ",") {
            let phrase_only = (first..c).all(|j| {
                let t = self.tok(j);
                t.is_word()
                    && !is_aux(t.norm.as_str())
                    && !self.verb_like(j)
                    && !self.is_cue_verb_form(j)
            });
            let next = self.seg.tokens.get(c + 1).map(|t| t.norm.as_str());
            // (a prepositional or time phrase: "On Friday,", "A month later,"; not "According
            // to X," nor a subject with an aside, "Murphy, though, said")
            let w = self.tok(first).norm.as_str();
            let fronted = (is_preposition(w) && w != "according")
                || matches!(
                    w,
                    "yet" | "now" | "then" | "later" | "earlier" | "last" | "still" | "today"
                )
                || matches!(
                    self.tok(c - 1).norm.as_str(),
                    "ago" | "later" | "earlier" | "week" | "month" | "year"
                );
            if phrase_only
                && fronted
                && c + 2 < s.end
                && matches!(
                    next,
                    Some("while" | "although" | "because" | "when" | "whereas" | "after")
                )
            {
                first = c + 1;
            }
        }
        let opener = matches!(
            self.tok(first).norm.as_str(),
            "while"
                | "although"
                | "though"
                | "because"
                | "if"
                | "when"
                | "whereas"
                | "unless"
                | "after"
                | "before"
                | "once"
                | "until"
        );
        // ("But even as Trump claimed C, one of the prosecutors said D")
        let even_as =
            first > s.start && self.tok(first - 1).norm == "even" && self.tok(first).norm == "as";
        if !opener && !even_as {
            return None;
        }
        let comma = self.main_clause_comma(first..s.end);
        // 'When the reporter called it "a gamble," the governor insisted C': the clause can
        // end on a comma inside a closing quote; the cut is then after the quote
        let quote_comma = (first + 2..comma.unwrap_or(s.end).min(s.end.saturating_sub(1)))
            .find(|&j| {
                let n = self.tok(j + 1);
                self.tok(j).kind == TokKind::CloseQuote
                    && self.tok(j - 1).norm == ","
                    && self
                        .seg
                        .quote_closed_at(j)
                        .is_some_and(|qi| self.seg.quotes[qi].open > first)
                    && (n.capitalized
                        || (is_pronoun(n.norm.as_str()) && n.norm != "who")
                        || (is_determiner(n.norm.as_str()) && n.norm != "that")
                        || is_pronoun_quantifier(n.norm.as_str())
                        || is_quantifier(n.norm.as_str())
                        || n.norm == "one")
            })
            .map(|j| j + 1);
        quote_comma.or(comma)
    }

    /// A colon ending the paragraph right after the cue: the whole next paragraph.
    fn colon_ends_paragraph(&self, si: usize, s: &Range<usize>, from: usize) -> Option<Span> {
        if from + 1 != s.end || self.tok(from).norm != ":" {
            return None;
        }
        let para = self.seg.sentences[si].paragraph;
        if self.seg.paragraphs[para].sentences.end != si + 1 {
            return None;
        }
        let next = self.seg.paragraphs.get(para + 1)?;
        let first = self.seg.sentences.get(next.sentences.start)?;
        let last = self.seg.sentences.get(next.sentences.end.checked_sub(1)?)?;
        (first.tokens.start < last.tokens.end)
            .then(|| self.span_of(first.tokens.start..last.tokens.end))
    }

    /// The subject starts right after a sentence-initial subordinator ("While he said ...").
    fn opens_subordinate(&self, s: &Range<usize>, subj_start: usize) -> bool {
        subj_start > s.start
            && matches!(
                self.tok(subj_start - 1).norm.as_str(),
                "while"
                    | "although"
                    | "though"
                    | "because"
                    | "since"
                    | "as"
                    | "if"
                    | "when"
                    | "whereas"
                    | "unless"
                    | "once"
                    | "after"
                    | "before"
            )
            && (subj_start - 1 == s.start || {
                let p = self.tok(subj_start - 2);
                p.norm == "," || p.kind == TokKind::OpenQuote || p.norm == "even"
            })
    }

    /// The comma that closes a fronted subordinate clause: the first one outside quotes
    /// followed by a subject-like word ("..., Ham noted", "..., he said", "..., the court").
    fn main_clause_comma(&self, used: Range<usize>) -> Option<usize> {
        let mut depth = 0i32;
        for j in used.start + 2..used.end.saturating_sub(1) {
            let t = self.tok(j);
            match t.kind {
                TokKind::OpenQuote => depth += 1,
                TokKind::CloseQuote => depth -= 1,
                _ => {}
            }
            if t.norm == "," && depth <= 0 {
                let n = self.tok(j + 1);
                // ("While some continued to affirm their support, others appeared ready",
                // "Although he claimed C, foreign policy experts affirm C": a bare noun
                // phrase and its verb)
                let finite = |x: usize| {
                    self.verb_like(x)
                        || (self.is_cue_verb_form(x)
                            && !self.noun_like(x)
                            && self.tok(x - 1).norm.ends_with('s'))
                };
                let bare_subject = n.is_word()
                    && !is_preposition(n.norm.as_str())
                    && !n.norm.ends_with("ing")
                    && (j + 2..used.end.min(j + 6))
                        .find(|&x| !self.tok(x).is_word() || finite(x))
                        .is_some_and(|x| {
                            finite(x)
                                && (j + 1..x).all(|y| {
                                    let w = self.tok(y).norm.as_str();
                                    !is_preposition(w) && !is_aux(w) && !w.ends_with("ed")
                                })
                        });
                if n.capitalized
                    || (is_pronoun(n.norm.as_str()) && n.norm != "who")
                    || (is_determiner(n.norm.as_str()) && n.norm != "that")
                    || bare_subject
                {
                    return Some(j);
                }
            }
        }
        None
    }

    /// The cue word at `k` is also a common noun ("show", "claims", "emails").
    fn noun_like(&self, k: usize) -> bool {
        let w = self.tok(k).norm.as_str();
        is_noun_like(w)
            || is_noun_like(w.trim_end_matches('s'))
            || w.strip_suffix("ies")
                .is_some_and(|stem| NOUN_LIKE.iter().any(|n| n.strip_suffix('y') == Some(stem)))
    }

    /// A cue form that is also a common noun ("note", "reports", "claims") is a verb only
    /// after an auxiliary, or after a subject that ends in a name, a pronoun or a plural.
    fn plausible_verb(&self, h: &CueHit, subj_end: usize, subj: &Range<usize>) -> bool {
        if !self.noun_like(h.tokens.start) {
            return true;
        }
        let head = &self.tok(h.tokens.start).norm;
        // "Health worries have dogged ...": a word followed by a finite auxiliary is a noun
        if self.seg.tokens.get(h.tokens.end).is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "have" | "has" | "had" | "is" | "are" | "was" | "were" | "will" | "would"
            )
        }) {
            return false;
        }
        if subj_end < h.tokens.start {
            return true;
        }
        // "a new poll released Monday support C": a dated participle ends the subject, so a
        // verb follows
        if subj.len() >= 3
            && (self.is_day_word(subj.end - 1)
                || matches!(self.tok(subj.end - 1).norm.as_str(), "week" | "month"))
            && (subj.start + 1..subj.end - 1)
                .any(|j| self.dated_participle(&(subj.start..subj.end), j))
        {
            return true;
        }
        // "Video shows that ...": after a sentence-initial subject, a complementizer marks the
        // verb (but not in "the diplomatic note that we received")
        let sentence_start = self.seg.sentences[self.seg.sentence_of(subj.start)]
            .tokens
            .start;
        if sentence_start == subj.start
            && subj.len() <= 3
            && self
                .seg
                .tokens
                .get(h.tokens.end)
                .is_some_and(|t| t.norm == "that")
        {
            return true;
        }
        // "Jeb Bush, who has been successful, hopes": a name before an appositive or relative
        // clause agrees with a verb in -s
        if head.ends_with('s')
            && (subj.start + 1..subj.end)
                .find(|&j| self.tok(j).norm == ",")
                .is_some_and(|c| self.tok(c - 1).capitalized)
        {
            return true;
        }
        // "Video of the incident shows": the head noun stands before "of"
        let mut head_end = (subj.start + 1..subj.end)
            .find(|&j| self.tok(j).norm == "of")
            .unwrap_or(subj.end);
        // "Polls there show": a place adverb after the head
        if head_end > subj.start + 1
            && matches!(self.tok(head_end - 1).norm.as_str(), "there" | "here")
        {
            head_end -= 1;
        }
        // "A growing number of Democratic senators support": a measure of a group agrees
        // through its "of" phrase
        if head_end < subj.end
            && matches!(
                self.tok(head_end - 1).norm.as_str(),
                "number"
                    | "majority"
                    | "lot"
                    | "lots"
                    | "handful"
                    | "couple"
                    | "third"
                    | "half"
                    | "quarter"
                    | "plurality"
                    | "minority"
                    | "share"
                    | "percent"
                    | "dozens"
                    | "hundreds"
                    | "thousands"
                    | "millions"
            )
        {
            head_end = subj.end;
        }
        let last = self.tok(head_end - 1);
        let singular_verb = head.ends_with('s');
        // "Health worries have dogged ...": a sentence-initial capital says nothing, unless it
        // is a known name ("Smith hopes to win")
        // (a closure: the lookup scans the mentions, so it runs only when nothing else decides)
        let known_name = || {
            self.m
                .mention_at(self.seg, head_end - 1)
                .is_some_and(|m| matches!(m.kind, MentionKind::Name | MentionKind::Alias))
        };
        // "Smith hopes to win", "Trump claims the vote was rigged": a lone capitalised word and
        // a verb in -s before a clause or an infinitive
        let lone_name_clause = last.capitalized
            && subj.len() == 1
            && head.ends_with('s')
            && self.seg.tokens.get(h.tokens.end).is_some_and(|t| {
                matches!(t.norm.as_str(), "to" | "that")
                    || is_pronoun(t.norm.as_str())
                    || (is_determiner(t.norm.as_str()) && !t.capitalized)
            });
        (last.capitalized && (subj.end - 1 > sentence_start || lone_name_clause || known_name()))
            || is_pronoun(last.norm.as_str())
            || matches!(
                last.norm.as_str(),
                "they"
                    | "we"
                    | "officials"
                    | "experts"
                    | "critics"
                    | "analysts"
                    | "sources"
                    | "polls"
                    | "reports"
                    | "documents"
                    | "data"
                    | "records"
                    | "studies"
                    | "surveys"
                    | "aides"
            )
            || (!singular_verb && last.norm.ends_with('s') && !last.norm.ends_with("ss"))
            || (singular_verb
                && matches!(
                    last.norm.as_str(),
                    "poll"
                        | "report"
                        | "survey"
                        | "study"
                        | "analysis"
                        | "statement"
                        | "campaign"
                        | "spokesman"
                        | "spokeswoman"
                        | "official"
                        | "group"
                        | "committee"
                        | "agency"
                        | "department"
                        | "court"
                        | "government"
                        | "administration"
                        | "company"
                        | "document"
                        | "memo"
                        | "letter"
                        | "data"
                        | "chairman"
                        | "chairwoman"
                        | "chair"
                        | "leader"
                        | "senator"
                        | "president"
                        | "governor"
                        | "mayor"
                        | "secretary"
                        | "director"
                        | "minister"
                        | "spokesperson"
                        | "candidate"
                        | "nominee"
                        | "video"
                        | "footage"
                        | "recording"
                        | "transcript"
                        | "evidence"
                        | "research"
                        | "ad"
                        | "chart"
                        | "map"
                        | "polling"
                        | "average"
                        | "tally"
                        | "count"
                        | "review"
                        | "search"
                        | "leadership"
                        | "party"
                        | "team"
                        | "board"
                        | "panel"
                        | "council"
                        | "union"
                        | "network"
                        | "newspaper"
                        | "coalition"
                        | "plan"
                        | "proposal"
                        | "platform"
                        | "bill"
                        | "math"
                ))
    }

    /// A cue verb in a sense that reports nothing: "found itself playing host", "helped found
    /// the group" (to found), "a new group called Black Votes Matter, led by ...", "Obama
    /// called Jane Doe on Friday" (a name and nothing that names it, so no "call X Y").
    fn non_report_sense(&self, h: &CueHit) -> bool {
        let k = h.tokens.start;
        let lemma = self.lex.cues[h.entry].lemma.as_str();
        let next = self.seg.tokens.get(h.tokens.end);
        match lemma {
            "find" => {
                next.is_some_and(|t| {
                    matches!(
                        t.norm.as_str(),
                        "itself"
                            | "himself"
                            | "herself"
                            | "themselves"
                            | "myself"
                            | "ourselves"
                            | "yourself"
                    )
                }) || (k > 0
                    && matches!(
                        self.tok(k - 1).norm.as_str(),
                        "help" | "helps" | "helped" | "helping"
                    ))
            }
            "call" => {
                // a run of capitalised words after the verb, then a clause boundary
                let mut j = h.tokens.end;
                while j < self.seg.tokens.len()
                    && self.tok(j).kind == TokKind::Word
                    && self.tok(j).capitalized
                {
                    j += 1;
                }
                // (a comma before a determiner opens an appositive: "called Clinton, his
                // rival, an ISIS co-founder")
                j > h.tokens.end
                    && self.seg.tokens.get(j).is_none_or(|t| {
                        let w = t.norm.as_str();
                        matches!(w, "." | ";" | "and" | "on" | "in" | "at" | "to")
                            || (w == ","
                                && self
                                    .seg
                                    .tokens
                                    .get(j + 1)
                                    .is_some_and(|n| !is_determiner(n.norm.as_str())))
                            || (t.kind == TokKind::Word
                                && !t.capitalized
                                && w != "'s"
                                && (is_be_form(w)
                                    || matches!(w, "has" | "had" | "have" | "got" | "gets")))
                    })
            }
            _ => false,
        }
    }

    /// "roughly 270 pledged delegates", "the state's pledged delegates", "more pledged
    /// delegates": a past participle after a number, a possessive or a comparative quantifier
    /// and before a lower-case noun modifies that noun; it is no verb.
    fn attributive_participle(&self, h: &CueHit) -> bool {
        let k = h.tokens.start;
        if h.tokens.len() != 1 || !h.participle || h.gerund || k == 0 {
            return false;
        }
        let prev = self.tok(k - 1);
        // ("4 in 10 said", "he's predicted": a number after "in"/"of" is a subject, and "'s"
        // after a pronoun is "has")
        let modifier_before = (prev.kind == TokKind::Number
            && (k < 2 || !matches!(self.tok(k - 2).norm.as_str(), "in" | "of" | "out")))
            || matches!(prev.norm.as_str(), "more" | "fewer" | "most")
            || (prev.norm == "'s" && k >= 2 && !is_pronoun(self.tok(k - 2).norm.as_str()))
            || (prev.norm.ends_with("'s")
                && prev.norm.len() > 2
                && !is_pronoun(prev.norm.trim_end_matches("'s")));
        modifier_before
            && self.seg.tokens.get(k + 1).is_some_and(|t| {
                let w = t.norm.as_str();
                t.kind == TokKind::Word
                    && !t.capitalized
                    && !is_determiner(w)
                    && !is_pronoun(w)
                    && !is_preposition(w)
                    && !matches!(w, "that" | "to" | "and" | "or" | "but" | "not" | "as")
            })
    }

    /// `led Reince Priebus to declare`, `forced Schultz to resign`, `allow him to call for`:
    /// the object of a causative verb before "to" at `to` acts the infinitive.
    fn caused_np(&self, s: &Range<usize>, to: usize) -> Option<Range<usize>> {
        let verb = (to.saturating_sub(8).max(s.start)..to.saturating_sub(1))
            .rev()
            .find(|&j| {
                matches!(
                    self.tok(j).norm.as_str(),
                    "led"
                        | "leads"
                        | "lead"
                        | "allow"
                        | "allows"
                        | "allowed"
                        | "prompted"
                        | "prompts"
                        | "forced"
                        | "forces"
                        | "drove"
                        | "drives"
                        | "pushed"
                        | "pushing"
                        | "pressured"
                        | "persuaded"
                        | "convinced"
                        | "inspired"
                        | "spurred"
                        | "compelled"
                )
            })?;
        let np = verb + 1..to;
        // a short noun phrase: words, no verb, no clause punctuation ("prompted by X's
        // failure to", "allow Republicans to dodge Trump without having to" are none)
        (np.len() <= 7
            && !is_preposition(self.tok(np.start).norm.as_str())
            && np.clone().all(|j| {
                let t = self.tok(j);
                let w = t.norm.as_str();
                t.is_word()
                    && !is_verb_aux(w)
                    && w != "that"
                    && !(w.ends_with("ing") && w.len() > 4)
            }))
        .then_some(np)
    }

    /// The subject of a copula right before the predicate noun phrase at `np_start`
    /// ("Grijalva was the first Democrat to endorse X": Grijalva, as PolNeAR marks most such
    /// cases); not a relative pronoun ("Hunter, who was one of the earliest members to
    /// endorse X" keeps the noun phrase).
    fn copula_subject(&self, s: &Range<usize>, np_start: usize) -> Option<Range<usize>> {
        if np_start < s.start + 2
            || !matches!(
                self.tok(np_start - 1).norm.as_str(),
                "is" | "was" | "were" | "are" | "became" | "becomes"
            )
        {
            return None;
        }
        let (end, _) = self.skip_aux_left(s, np_start - 1);
        self.subject_left(s, end).filter(|np| {
            !matches!(self.tok(np.start).norm.as_str(), "who" | "which" | "that")
                && self.plain_np(np)
        })
    }

    /// The noun phrase ending at `end` (exclusive) opens with "the" (or "one of the") and an
    /// ordinal or superlative: "the first Democrat in Congress", "the latest newspaper".
    fn ordinal_np(&self, s: &Range<usize>, end: usize) -> Option<Range<usize>> {
        let start = (end.saturating_sub(8).max(s.start)..end.saturating_sub(1))
            .rev()
            .find(|&j| {
                self.tok(j).norm == "the"
                    && matches!(
                        self.tok(j + 1).norm.as_str(),
                        "first"
                            | "latest"
                            | "last"
                            | "only"
                            | "earliest"
                            | "newest"
                            | "second"
                            | "third"
                    )
            })?;
        if !(start + 1..end).all(|j| self.tok(j).is_word())
            || (start + 2..end).any(|j| is_verb_aux(self.tok(j).norm.as_str()))
        {
            return None;
        }
        // "one of the earliest members"
        let start = if start >= s.start + 2
            && self.tok(start - 1).norm == "of"
            && matches!(self.tok(start - 2).norm.as_str(), "one" | "among")
        {
            start - 2
        } else {
            start
        };
        (end > start + 2).then_some(start..end)
    }

    /// Skip the hearer after an object verb; fails when no object follows.
    fn skip_object(&self, s: &Range<usize>, from: usize) -> Option<usize> {
        let mut k = from;
        if k >= s.end {
            return None;
        }
        let t = self.tok(k);
        if t.norm == "that" || t.kind == TokKind::OpenQuote || t.norm == ":" {
            // "warned that ..." without a hearer
            return Some(k);
        }
        // "warned they could sell their assets if ...": a subject pronoun is no hearer, it
        // opens the content
        if is_subject_pronoun(t.norm.as_str()) {
            return Some(k);
        }
        // "warned of deep cuts to schools": no hearer ("of" opens what is warned of; "is
        // assured of that" keeps its clause)
        if t.norm == "of" && k > 0 && self.tok(k - 1).norm.starts_with("warn") {
            return None;
        }
        if matches!(
            t.norm.as_str(),
            "him"
                | "her"
                | "them"
                | "me"
                | "us"
                | "you"
                | "reporters"
                | "journalists"
                | "supporters"
                | "voters"
                | "lawmakers"
                | "members"
                | "officials"
                | "congress"
                | "everyone"
                | "people"
                | "it"
        ) {
            return Some(k + 1);
        }
        // a determiner phrase or a capitalised name, up to 14 tokens ("told a crowded banquet hall
        // at a hotel in downtown Baltimore that C"), ending before that/a quote/:/to
        let start = k;
        while k < s.end && k < start + 14 {
            let t = self.tok(k);
            // "told the National Post he's already received ...": a subject pronoun opens the
            // content
            let subject_pronoun = k > start
                && (matches!(t.norm.as_str(), "he" | "she" | "they" | "we" | "i" | "it")
                    || (t.norm.contains('\'') && is_pronoun(t.norm.as_str())));
            if subject_pronoun {
                return Some(k);
            }
            // "asked Trump how high the wall would be": a question word opens the content
            // ("told a woman who suggested C" is a relative clause: "who" must open a clause
            // with its own subject)
            let wh = k > start
                && is_wh_word(t.norm.as_str())
                && (!matches!(t.norm.as_str(), "who" | "which")
                    || self.seg.tokens.get(k + 1).is_some_and(|n| {
                        is_determiner(n.norm.as_str()) || is_pronoun(n.norm.as_str())
                    }));
            // "told POLITICO Florida the state's standards are ...": a name, then a clause
            // opening with a determiner
            // ("told the AP his firm worked closely ...": a short determiner phrase too)
            let after_name = k > start
                && ((start..k).all(|j| self.tok(j).capitalized)
                    || (k <= start + 4
                        && k >= start + 2
                        && matches!(self.tok(start).norm.as_str(), "the" | "a" | "an")
                        && (start + 1..k).all(|j| {
                            let w = self.tok(j);
                            w.is_word()
                                && !is_determiner(w.norm.as_str())
                                && !is_preposition(w.norm.as_str())
                        })))
                && is_determiner(t.norm.as_str())
                && t.norm != "that"
                && !t.capitalized;
            // "asked Carson about his relationship with Mannatech": the topic is the content
            let topic = k > start && t.norm == "about";
            if wh || after_name || topic {
                return Some(k);
            }
            // "told customers at a popular Manchester, New Hampshire, breakfast spot that C":
            // a place name between commas inside the hearer
            if t.norm == ","
                && k > start
                && self.tok(k - 1).capitalized
                && self.seg.tokens.get(k + 1).is_some_and(|n| n.capitalized)
            {
                if let Some(close) = (k + 2..s.end.min(k + 5)).find(|&j| self.tok(j).norm == ",") {
                    if (k + 1..close).all(|j| self.tok(j).capitalized) {
                        k = close + 1;
                        continue;
                    }
                }
            }
            if t.norm == "that"
                || t.kind == TokKind::OpenQuote
                || is_clause_punct(t)
                || is_final_punct(t)
                || t.norm == "to"
            {
                break;
            }
            k += 1;
        }
        let stop = (k < s.end).then(|| self.tok(k));
        let clause_follows = stop.is_some_and(|t| {
            t.norm == "that" || t.kind == TokKind::OpenQuote || t.norm == ":" || t.norm == "to"
        });
        // "told his radio audience, “...”": a comma, then the quote
        let comma_quote = stop.is_some_and(|t| t.norm == ",")
            && k + 1 < s.end
            && self.tok(k + 1).kind == TokKind::OpenQuote;
        if k > start && comma_quote {
            return Some(k + 1);
        }
        // "Trump told CNN, his policy would be C": a name, a comma, then a clause (a
        // determiner or subject pronoun and an auxiliary soon after)
        let comma_clause = stop.is_some_and(|t| t.norm == ",")
            && k > start
            && (start..k).all(|j| self.tok(j).capitalized)
            && self.seg.tokens.get(k + 1).is_some_and(|n| {
                let w = n.norm.as_str();
                (is_determiner(w) && w != "that") || is_subject_pronoun(w)
            })
            && (k + 2..s.end.min(k + 8)).any(|j| is_verb_aux(self.tok(j).norm.as_str()));
        if comma_clause {
            return Some(k + 1);
        }
        (k > start && clause_follows).then_some(k)
    }

    /// The object of an NP verb ("denied the reports that C", "played down the allegations").
    fn np_object(
        &self,
        s: &Range<usize>,
        from: usize,
        infinitive: bool,
    ) -> Option<(Vec<Span>, Range<usize>)> {
        // "announced on Friday the arrest of a man": a leading day adjunct
        let mut from = from;
        // "Comey described, in fairly blistering terms, a set of practices": an aside
        // between commas before the object
        if from + 3 < s.end && self.tok(from).norm == "," {
            if let Some(c) = (from + 2..s.end.min(from + 9)).find(|&j| self.tok(j).norm == ",") {
                if is_preposition(self.tok(from + 1).norm.as_str())
                    && (from + 1..c).all(|j| self.tok(j).is_word())
                {
                    from = c + 1;
                }
            }
        }
        if from + 2 < s.end && self.tok(from).norm == "on" && self.is_day_word(from + 1) {
            from += 2;
        } else if from + 1 < s.end && self.is_day_word(from) && self.tok(from).capitalized {
            from += 1;
        }
        if from >= s.end {
            return None;
        }
        let t = self.tok(from);
        if t.norm == "to" && !infinitive {
            return None;
        }
        // a bare pronoun object says nothing: "talked about that in the discussion"
        // (a person does: "Gov. Brown endorsed her", "Voters are rejecting him"; PolNeAR
        // annotates such a pronoun as the content)
        let next = self.seg.tokens.get(from + 1);
        if matches!(t.norm.as_str(), "that" | "this" | "it")
            && next.is_none_or(|n| is_preposition(n.norm.as_str()) || !n.is_word())
        {
            return None;
        }
        if is_final_punct(t)
            || is_clause_punct(t)
            || matches!(
                t.norm.as_str(),
                "by" | "for"
                    | "with"
                    | "as"
                    | "on"
                    | "in"
                    | "at"
                    | "from"
                    | "of"
                    | "and"
                    | "or"
                    | "but"
                    | "after"
                    | "before"
            )
        {
            return None;
        }
        let end = self.clause_end(s, from);
        if end <= from {
            return None;
        }
        // a reduced relative inside the object (", endorsed by X,") is left out of the content
        let mut spans = Vec::new();
        let mut k = from;
        let mut piece_start = from;
        let mut in_clause = false;
        while k < end {
            // inside a quote that opens in the object the speaker's words go on
            // ('called it "a closed primary, something I am not enthusiastic about"')
            if k > piece_start
                && self
                    .seg
                    .quote_around(k)
                    .is_some_and(|qi| self.seg.quotes[qi].open >= from)
            {
                in_clause |= matches!(
                    self.tok(k).norm.as_str(),
                    "that" | "who" | "which" | "whether"
                );
                k += 1;
                continue;
            }
            if self.tok(k).norm == ","
                && k + 2 < end
                && self.is_participle_cue(k + 1)
                && self.tok(k + 2).norm == "by"
            {
                if let Some(close) = (k + 3..end).find(|&j| self.tok(j).norm == ",") {
                    if k > piece_start {
                        spans.push(self.span_of(piece_start..k));
                    }
                    let mut next = close + 1;
                    if next < end && self.tok(next).norm == "that" {
                        next += 1;
                    }
                    piece_start = next;
                    k = next;
                    continue;
                }
            }
            // "denounced the annexation in an on-air diatribe", "has not mentioned Machado since
            // the debate": an adjunct of time or occasion after the object is not part of it
            if k > piece_start
                && !in_clause
                && (self.object_adjunct(k)
                    || self.subordinate_clause_at(k, end)
                    || self.tally_after_name(k))
            {
                break;
            }
            // "talked about the stock market and made comments about C": a second predicate
            if k > piece_start
                && !in_clause
                && matches!(self.tok(k).norm.as_str(), "and" | "but")
                && self.seg.tokens.get(k + 1).is_some_and(|n| {
                    // ("favors right-to-work laws and opposes ...": a present form too)
                    !n.capitalized
                        && (self.is_verb_cue_word(k + 1)
                            || (n.norm.ends_with("ed") && n.norm.len() > 4)
                            || matches!(
                                n.norm.as_str(),
                                "made" | "said" | "told" | "took" | "gave"
                            ))
                })
            {
                break;
            }
            // "opposed the bill because it cut funding", "expressed solidarity for her even as
            // he alluded to her failings": a subordinate clause with a pronoun subject is the
            // writer's adjunct
            if k > piece_start
                && !in_clause
                && matches!(
                    self.tok(k).norm.as_str(),
                    "because"
                        | "when"
                        | "as"
                        | "while"
                        | "although"
                        | "though"
                        | "since"
                        | "whereas"
                )
                && !matches!(
                    self.tok(k - 1).norm.as_str(),
                    "same" | "such" | "much" | "well" | "so" | "as" | "just" | "long" | "soon"
                )
                // ("as large as it could get": a comparison)
                && !(self.tok(k).norm == "as"
                    && (k.saturating_sub(3).max(piece_start)..k).any(|x| self.tok(x).norm == "as"))
                && self.seg.tokens.get(k + 1).is_some_and(|n| {
                    matches!(
                        n.norm.as_str(),
                        "he" | "she" | "they" | "it" | "we" | "i" | "you"
                    )
                })
            {
                if self.tok(k - 1).norm == "even" {
                    k -= 1;
                }
                break;
            }
            // "Supporters who backed Clinton said C": the main clause's speech verb
            if k > piece_start
                && !in_clause
                && (is_main_speech_verb(self.tok(k).norm.as_str()) || self.tok(k).norm == "say")
            {
                break;
            }
            // inside a clause ("reports that it attempted ... last year") adjuncts belong to it
            in_clause |= matches!(
                self.tok(k).norm.as_str(),
                "that" | "who" | "which" | "whether"
            );
            if matches!(self.tok(k).norm.as_str(), "," | ";") {
                // "played down the allegations, but ...": a new clause ends the object
                let next = self.seg.tokens.get(k + 1);
                let new_clause = self.tok(k).norm == ";"
                    || next.is_none_or(|t| {
                        matches!(
                            t.norm.as_str(),
                            "but"
                                | "and"
                                | "while"
                                | "which"
                                | "although"
                                | "though"
                                | "as"
                                | "who"
                                | "where"
                                | "when"
                                | "because"
                                | "saying"
                                | "adding"
                                | "even"
                        ) || (t.norm.ends_with("ing")
                            && !t.capitalized
                            // ("cited several factors, including budget cuts": the list
                            // belongs to the object)
                            && t.norm != "including"
                            // ("supported eliminating caucuses, limiting ...": a list of
                            // gerunds)
                            && !self.tok(from).norm.ends_with("ing"))
                            // "refused to endorse Mr. Trump, said C": the main verb
                            || (!t.capitalized
                                && self.is_cue_verb_form(k + 1)
                                && self.seg.tokens.get(k + 2).is_none_or(|n| {
                                    !matches!(n.norm.as_str(), "as" | "by")
                                }))
                            || matches!(
                                t.norm.as_str(),
                                "in" | "on"
                                    | "at"
                                    | "during"
                                    | "after"
                                    | "before"
                                    | "since"
                                    | "despite"
                                    | "amid"
                            )
                    });
                // "accused Rafael Cruz, who was born in Cuba, of associating with ...": a
                // relative clause closed by a comma before the verb's own preposition
                let relative_inside = next
                    .is_some_and(|t| matches!(t.norm.as_str(), "who" | "which"))
                    && (k + 2..end.min(k + 16))
                        .find(|&j| self.tok(j).norm == ",")
                        .is_some_and(|c| {
                            self.seg.tokens.get(c + 1).is_some_and(|t| {
                                matches!(t.norm.as_str(), "of" | "for" | "as" | "to" | "with")
                            })
                        });
                // "blasted GOP voters, lawmakers, and thinkers for C": the last item of a list
                // with a serial comma
                let serial_and = next.is_some_and(|t| matches!(t.norm.as_str(), "and" | "or"))
                    && (piece_start..k).any(|j| self.tok(j).norm == ",")
                    && self.seg.tokens.get(k + 2).is_some_and(|t| {
                        let w = t.norm.as_str();
                        t.is_word()
                            && !is_pronoun(w)
                            && !is_aux(w)
                            && !is_determiner(w)
                            && !self.verb_like(k + 2)
                            && self.seg.tokens.get(k + 3).is_some_and(|n| {
                                !n.is_word() || is_preposition(n.norm.as_str()) || n.capitalized
                            })
                    });
                if new_clause && !relative_inside && !serial_and {
                    break;
                }
            }
            k += 1;
        }
        let end = k.min(end);
        if end > piece_start {
            spans.push(self.span_of(piece_start..end));
        }
        (!spans.is_empty()).then_some((spans, from..end))
    }

    /// Token `k` opens a poll tally after a name: "favor Trump 58 percent to 21 percent",
    /// "prefer Clinton, 57 percent to 22 percent". The figures are the writer's report of
    /// the poll, not what the voters favor.
    fn tally_after_name(&self, k: usize) -> bool {
        let name_before = |i: usize| i > 0 && self.tok(i - 1).capitalized;
        let (num, name) = if self.tok(k).norm == "," {
            (k + 1, name_before(k))
        } else {
            (k, name_before(k))
        };
        name && self.tok(num).kind == TokKind::Number
            && self
                .seg
                .tokens
                .get(num + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "percent" | "%" | "points"))
    }

    /// Token `j` opens a subordinate clause with its own subject, the writer's adjunct after
    /// an object: "praised Khan after he delivered a speech", "endorsed gay marriage after
    /// his son came out".
    fn subordinate_clause_at(&self, j: usize, end: usize) -> bool {
        matches!(
            self.tok(j).norm.as_str(),
            "after" | "before" | "until" | "once" | "unless"
        ) && j + 2 < end
            && j > 0
            // ("found it right before the plane took off", "hours after Sanders said", ", and
            // after they ...": the measure or conjunction belongs with the clause)
            && !matches!(
                self.tok(j - 1).norm.as_str(),
                "right"
                    | "just"
                    | "up"
                    | "shortly"
                    | "soon"
                    | "long"
                    | "even"
                    | "moments"
                    | "minutes"
                    | "hours"
                    | "days"
                    | "weeks"
                    | "months"
                    | "years"
                    | "and"
                    | "but"
                    | ","
            )
            && {
                let n = self.tok(j + 1);
                matches!(
                    n.norm.as_str(),
                    "he" | "she" | "they" | "it" | "we" | "i" | "you"
                ) || ((n.capitalized || is_determiner(n.norm.as_str()))
                    && (j + 2..end.min(j + 6)).any(|x| self.verb_like(x)))
            }
    }

    /// Token `k` opens an adjunct of time or occasion: "during the debate", "on Thursday",
    /// "in a statement", "at a rally", "last week".
    fn object_adjunct(&self, k: usize) -> bool {
        let t = self.tok(k);
        let next = |d: usize| self.seg.tokens.get(k + d).map_or("", |t| t.norm.as_str());
        match t.norm.as_str() {
            "during" | "since" | "amid" | "despite" => true,
            // ("blasted Clinton for following Obama's lead": a gerund after a preposition)
            // ("issued the following statement": an adjective after a determiner)
            "following" => {
                k == 0
                    || !(is_preposition(self.tok(k - 1).norm.as_str())
                        || is_determiner(self.tok(k - 1).norm.as_str()))
            }
            "on" | "last" | "this" | "earlier" | "late" => {
                self.seg
                    .tokens
                    .get(k + 1)
                    .is_some_and(|_| self.is_day_word(k + 1))
                    || (matches!(next(1), "week" | "month" | "year" | "night" | "morning")
                        && next(2) != "'s")
                    || (matches!(next(2), "week" | "month" | "year" | "night" | "morning")
                        && next(3) != "'s")
            }
            "in" | "at" => {
                let occasion = |w: &str| {
                    matches!(
                        w,
                        "statement"
                            | "interview"
                            | "speech"
                            | "rally"
                            | "ruling"
                            | "letter"
                            | "tweet"
                            | "debate"
                            | "hearing"
                            | "meeting"
                            | "op-ed"
                            | "video"
                            | "email"
                            | "appearance"
                            | "event"
                            | "conference"
                            | "address"
                            | "remarks"
                            | "diatribe"
                            | "post"
                            | "briefing"
                            | "session"
                    )
                };
                (1..=4).any(|d| occasion(next(d)))
            }
            _ => self.is_day_word(k) && self.tok(k).capitalized,
        }
    }

    /// `(ADJ)* STANCE-NOUN PREP` after an NP verb ("voiced strong support for", "expressed
    /// concern over"): returns the preposition's index.
    fn stance_noun_object(&self, s: &Range<usize>, from: usize) -> Option<usize> {
        let mut k = from;
        // at most two modifiers: "deep", "growing", "their"
        while k < s.end && k < from + 3 {
            let t = self.tok(k);
            if STANCE_NOUNS.contains(&t.norm.as_str()) {
                let p = self.seg.tokens.get(k + 1)?;
                let prep = matches!(
                    p.norm.as_str(),
                    "about"
                        | "over"
                        | "for"
                        | "with"
                        | "at"
                        | "of"
                        | "on"
                        | "against"
                        | "regarding"
                        | "toward"
                        | "towards"
                        | "in"
                );
                return (prep && k + 2 < s.end).then_some(k + 1);
            }
            if !t.is_word() || t.capitalized || is_preposition(t.norm.as_str()) {
                return None;
            }
            k += 1;
        }
        None
    }

    fn is_participle_cue(&self, k: usize) -> bool {
        self.lex
            .cue_index
            .get(&self.tok(k).norm)
            .is_some_and(|v| v.iter().any(|fm| fm.participle && fm.rest.is_empty()))
    }

    /// `reports, endorsed by X, that C`: X endorses C.
    fn reduced_relative(
        &mut self,
        si: usize,
        s: Range<usize>,
        h: &CueHit,
    ) -> Option<Vec<Range<usize>>> {
        let by = h.tokens.end;
        if by >= s.end || self.tok(by).norm != "by" {
            return None;
        }
        let close = (by + 1..s.end).find(|&j| self.tok(j).norm == ",")?;
        let src = by + 1..close;
        if src.is_empty() || src.len() > 8 {
            return None;
        }
        let mut from = close + 1;
        if from < s.end && self.tok(from).norm == "that" {
            from += 1;
        } else {
            return None;
        }
        let end = self.clause_end(&s, from);
        if end <= from {
            return None;
        }
        let span = self.span_of(from..end);
        self.push(
            si,
            Some(src.clone()),
            h,
            vec![span],
            false,
            "reduced-relative",
        );
        Some(vec![src])
    }

    /// An adjunct opens at `k`: a subordinate clause ("when the story broke"), a count of
    /// times ("10,000 times") or "back" ("chanted back at him").
    fn adjunct_before_quote(&self, k: usize) -> bool {
        let t = self.tok(k);
        matches!(
            t.norm.as_str(),
            "when" | "as" | "after" | "before" | "while" | "once" | "since" | "back" | "again"
        ) || (t.kind == TokKind::Number
            && self
                .seg
                .tokens
                .get(k + 1)
                .is_some_and(|n| n.norm == "times"))
    }

    /// `C, X said.` and `"C," X said`: the content comes first, the attribution closes the sentence.
    fn content_subject_verb(
        &mut self,
        si: usize,
        s: Range<usize>,
        h: &CueHit,
    ) -> Option<Vec<Range<usize>>> {
        let (subj_end, negated) = self.skip_aux_left(&s, h.tokens.start);
        let subj = self.subject_left(&s, subj_end)?;
        // "The employee, a Republican who asked not to be named, said": a relative clause's
        // verb has no fronted content
        if matches!(self.tok(subj.end - 1).norm.as_str(), "who" | "which") {
            return None;
        }
        // "..., raising fresh questions": a noun-like cue needs a subject that fits a verb
        if !self.plausible_verb(h, subj_end, &subj) {
            return None;
        }
        if subj.start <= s.start {
            // the subject opens the sentence: no content before it, unless a quote ending
            // in "?" or "!" closed the previous sentence
            return self.quote_before_sentence(si, s, h, subj, negated);
        }
        // after the cue: nothing but adjuncts to the sentence end; after a quote, any
        // adjunct ("she said after reading the outline")
        let quote_before = self.tok(subj.start - 1).kind == TokKind::CloseQuote
            || (subj.start >= s.start + 2
                && self.tok(subj.start - 1).norm == ","
                && self.tok(subj.start - 2).kind == TokKind::CloseQuote);
        let after = self.skip_hearer(&s, h);
        if !self.only_adjuncts_after(&s, after, quote_before) {
            return None;
        }
        // "Officials say C, a charge Moscow denies": Moscow denies what the clause before
        // reports (the claim's content when the clause is itself a claim)
        if subj.start >= s.start + 4
            && self.claim_noun_phrase(subj.start - 2)
            && self.tok(subj.start - 3).norm == ","
        {
            let comma = subj.start - 3;
            let end_byte = self.tok(comma - 1).span.end;
            let target = self
                .claims
                .iter()
                .rev()
                .find(|c| c.sentence == si && c.content.last().is_some_and(|sp| sp.end == end_byte))
                .map(|c| c.id);
            // the content is the noun ("a charge"), which shares the reported claim's
            // proposition; without a claim before it, the clause itself
            let spans = match target {
                Some(_) => vec![self.span_of(subj.start - 2..subj.start)],
                None => vec![self.span_of(s.start..comma)],
            };
            let at = self.push(si, Some(subj.clone()), h, spans, negated, "summary-noun");
            if let Some(c) = self.claims.iter_mut().rev().find(|c| c.id == at) {
                c.refers_to = target;
            }
            return Some(vec![subj]);
        }
        // "C, as Sanders has acknowledged.": "as" between the comma and the source, closing
        // the sentence (not "X, as Y puts it, C", whose content follows; not a passive or an
        // object verb: "as Cosby is attacked", "as the crowd cheered")
        let as_lead = subj.start >= s.start + 3
            && self.tok(subj.start - 1).norm == "as"
            && self.tok(subj.start - 2).norm == ","
            && self.lex.cues[h.entry].frame == CueFrame::Verb
            && !(subj_end..h.tokens.start).any(|j| is_be_form(self.tok(j).norm.as_str()))
            && !(h.tokens.end..s.end).any(|j| matches!(self.tok(j).norm.as_str(), "," | ";"));
        if subj.start >= s.start + 3 && self.tok(subj.start - 1).norm == "as" && !as_lead {
            return None;
        }
        let before = if as_lead {
            subj.start - 2
        } else {
            subj.start - 1
        };
        let bt = self.tok(before);
        let (spans, quoted) = if bt.kind == TokKind::CloseQuote
            || (bt.norm == ","
                && before > s.start
                && self.tok(before - 1).kind == TokKind::CloseQuote)
        {
            let close = if bt.kind == TokKind::CloseQuote {
                before
            } else {
                before - 1
            };
            let qi = self.seg.quote_closed_at(close)?;
            let q = &self.seg.quotes[qi];
            // the quote, and any words between the sentence start and the quote ("He added that "...")
            let start_tok = if q.open > s.start && q.open >= s.start {
                s.start.min(q.open)
            } else {
                q.open
            };
            // ("Trump asserted that C1: “C2,” he claimed": a colon hands over to the quote)
            let start_tok = if start_tok < q.open
                && ((s.start..q.open).all(|j| !is_word(self.tok(j)))
                    || self.tok(q.open - 1).norm == ":")
            {
                q.open
            } else {
                start_tok
            };
            // `Asked whether she "has the integrity," 75 percent said yes`, `Although he
            // says he "loves China," he accuses it of C`: a quote inside a fronted
            // subordinate clause is that clause's, and a cue with words of its own after it
            // reports those (the subject-verb pattern takes them)
            if start_tok < q.open && !self.only_adjuncts_after(&s, after, false) && {
                let mut f = start_tok;
                while f < q.open
                    && matches!(
                        self.tok(f).norm.as_str(),
                        "but" | "and" | "yet" | "so" | "even" | "just"
                    )
                {
                    f += 1;
                }
                matches!(
                    self.tok(f).norm.as_str(),
                    "asked"
                        | "when"
                        | "as"
                        | "after"
                        | "while"
                        | "although"
                        | "though"
                        | "because"
                        | "since"
                        | "if"
                        | "before"
                        | "once"
                        | "whereas"
                        | "until"
                        | "unless"
                )
            } {
                return None;
            }
            // `In an interview on "Face the Nation," Ryan said ...`: a quoted title inside a
            // fronted phrase is no content
            if start_tok < q.open
                && (is_preposition(self.tok(start_tok).norm.as_str())
                    || self.is_day_word(start_tok))
                && self.quoted_title(qi)
            {
                return None;
            }
            let mut spans = vec![self.span_of(start_tok..close + 1)];
            // '"It's our bad luck," he said, "that C"', '"Only you," she said, would use
            // ...': the quoted clause goes on after the speech tag
            if let Some(comma) = (h.tokens.end..s.end.min(h.tokens.end + 10))
                .take_while(|&j| self.tok(j).is_word() || self.tok(j).norm == ",")
                .find(|&j| self.tok(j).norm == ",")
            {
                if self.seg.tokens.get(comma + 1).is_some_and(|n| {
                    matches!(
                        n.norm.as_str(),
                        "that"
                            | "would"
                            | "will"
                            | "could"
                            | "can"
                            | "should"
                            | "must"
                            | "may"
                            | "might"
                    )
                }) {
                    let end = self.clause_end(&s, comma + 1);
                    if end > comma + 2 {
                        spans.push(self.span_of(comma + 1..end));
                    }
                }
            }
            (spans, true)
        } else if bt.norm == "," || bt.norm == "—" || bt.norm == "–" {
            // the content runs from the sentence start (or an open quote) to the comma
            let start = s.start;
            if before <= start {
                return None;
            }
            // "After living abroad, we are convinced ...": a fronted phrase without a verb
            // is no content
            let first = &self.tok(start).norm;
            let phrase = (is_preposition(first.as_str())
                || matches!(first.as_str(), "while" | "when" | "once"))
                && first != "according"
                && !(start + 1..before).any(|j| is_aux(self.tok(j).norm.as_str()));
            if phrase && before - start <= 10 {
                return None;
            }
            // "In an interview with The Huffington Post in late May, Manafort bragged",
            // "Instead, Mr. Regalado intends": a fronted adjunct without a verb is the writer's
            let has_verb = (start..before).any(|j| {
                let t = self.tok(j);
                !t.capitalized
                    && (is_aux(t.norm.as_str())
                        || (t.norm.ends_with("ed") && t.norm.len() > 3)
                        || self.is_cue_verb_form(j))
            });
            let adjunct_first = is_preposition(first.as_str())
                || self.is_day_word(start)
                || matches!(
                    first.as_str(),
                    "throughout" | "later" | "instead" | "second" | "third" | "first" | "finally"
                )
                || (first.ends_with("ly") && first.len() > 4);
            // ("The museum, Mr. Obama said, would make ...": the content resumes after a comma)
            let resumes = (h.tokens.end..s.end).any(|j| self.tok(j).norm == ",");
            if !has_verb && !resumes && (adjunct_first || before - start <= 2) {
                return None;
            }
            // "At a rally yesterday, Beck said, "C"", "Later, when I emailed him, he replied,
            // "C"": a fronted adjunct before "X said, C" is no part of C (the subject-verb
            // pattern takes what follows)
            if !has_verb && resumes && adjunct_first {
                return None;
            }
            // "Once a petition tops 100,000 signatures, it must be considered", "As an
            // immigrant, she felt for me": a fronted subordinate clause (without a comma of
            // its own) is the main clause's adjunct, not what it reports; "If C1, X said, C2"
            // keeps it (below)
            if matches!(
                first.as_str(),
                "once" | "when" | "whenever" | "while" | "as" | "if" | "unless" | "until"
            ) && !resumes
                && !(start + 1..before).any(|j| self.tok(j).norm == ",")
            {
                return None;
            }
            // "When asked by Lauer whether C, she said": a fronted participle clause is the
            // writer's framing
            let participle_at = if matches!(first.as_str(), "when" | "whenever" | "if" | "once") {
                start + 1
            } else {
                start
            };
            if participle_at < before && self.is_participle_cue(participle_at) {
                return None;
            }
            // "Although E.U. nations have mustered ..., they have been criticized": a fronted
            // concessive or causal clause is the writer's framing, not the content
            // ... but the main clause after its comma is ("Though she has lived here for
            // years, the influx has led to more police, she said")
            let mut start = start;
            if matches!(
                first.as_str(),
                "although" | "though" | "because" | "whereas" | "since" | "while"
            ) {
                match self.main_clause_comma(start..before + 1) {
                    Some(c) if c + 2 < before => start = c + 1,
                    _ => return None,
                }
            }
            // a sentence that opens with "According to"/"But"/... still counts
            (vec![self.span_of(start..before)], false)
        } else {
            return None;
        };
        // "C1, X contends, C2": the clause after the second comma belongs to the content too
        let mut spans = spans;
        let mut pattern = "content-subject-verb";
        // `"A," Scott said, "B."`: a quote split by its attribution is one claim
        if quoted {
            if let Some(second) = self.second_quote(&s, h.tokens.end) {
                spans.push(second);
                pattern = "split-quote";
            }
        }
        // (not after a semicolon: "C, analysts say; in 2012, ..." is a new clause)
        if let Some(comma) = (h.tokens.end..s.end)
            .find(|&j| matches!(self.tok(j).norm.as_str(), "," | ";"))
            .filter(|&j| self.tok(j).norm == ",")
        {
            let from = comma + 1;
            let participle_follows = from < s.end && self.tok(from).norm.ends_with("ing");
            let end = self.clause_end(&s, from);
            if !participle_follows
                && !quoted
                && end > from + 1
                && (from..end).filter(|&j| is_word(self.tok(j))).count() >= 2
            {
                spans.push(self.span_of(from..end));
                pattern = "parenthetical";
            }
        }
        self.push(si, Some(subj.clone()), h, spans, negated, pattern);
        Some(vec![subj])
    }

    /// After an object verb that closes a sentence, the hearer ("C, Carter told a Senate
    /// panel Wednesday"): the token after it (after the cue for other verbs).
    fn skip_hearer(&self, s: &Range<usize>, h: &CueHit) -> usize {
        let mut after = h.tokens.end;
        if self.lex.cues[h.entry].frame == CueFrame::ObjectVerb {
            // (the hearer ends before a "that" or a subject pronoun: "told reporters that
            // she agreed", "told a crowd he expects" report what follows)
            while after < s.end
                && after < h.tokens.end + 5
                && is_word(self.tok(after))
                && !is_preposition(self.tok(after).norm.as_str())
                && !matches!(
                    self.tok(after).norm.as_str(),
                    "that" | "he" | "she" | "they" | "we" | "i"
                )
                && !self.is_day_word(after)
            {
                after += 1;
            }
        }
        after
    }

    /// `"Why now?" Clinton said.`: the splitter ends a sentence after a quote's "?", "!" or ".",
    /// so the attribution stands alone and the quote closing the previous sentence is its
    /// content.
    fn quote_before_sentence(
        &mut self,
        si: usize,
        s: Range<usize>,
        h: &CueHit,
        subj: Range<usize>,
        negated: bool,
    ) -> Option<Vec<Range<usize>>> {
        let prev = self.seg.sentences.get(si.checked_sub(1)?)?;
        if prev.paragraph != self.seg.sentences[si].paragraph || prev.tokens.len() < 3 {
            return None;
        }
        let close = prev.tokens.end - 1;
        if self.tok(close).kind != TokKind::CloseQuote
            || !is_final_punct(self.tok(close - 1))
            || !self.only_adjuncts_after(&s, self.skip_hearer(&s, h), false)
            || s.len() > 16
        {
            return None;
        }
        let q = &self.seg.quotes[self.seg.quote_closed_at(close)?];
        let content = vec![self.span_of(q.open..close + 1)];
        self.push(
            si,
            Some(subj.clone()),
            h,
            content,
            negated,
            "quote-before-sentence",
        );
        Some(vec![subj])
    }

    /// A quotation whose words are all capitalised is a title ("Face the Nation"), not speech.
    fn quoted_title(&self, qi: usize) -> bool {
        let q = &self.seg.quotes[qi];
        let end = q.close.unwrap_or(q.open + 1).min(self.seg.tokens.len());
        let mut words = (q.open + 1..end)
            .filter(|&j| is_word(self.tok(j)))
            .peekable();
        words.peek().is_some()
            && words.all(|j| self.tok(j).capitalized || self.tok(j).norm.len() <= 3)
    }

    /// The second half of a quote split by its attribution: `, "B..."` after the cue and its
    /// adjuncts, up to its closing mark (which may lie in a later sentence).
    fn second_quote(&self, s: &Range<usize>, from: usize) -> Option<Span> {
        let open = (from + 1..s.end).find(|&j| {
            let t = self.tok(j);
            t.kind == TokKind::OpenQuote || t.norm == "that" || t.norm == ":"
        })?;
        // `, "B"`, and `, but "B"` / `, and still "B"`
        let joined = self.tok(open - 1).norm == ","
            || (open >= from + 2
                && matches!(self.tok(open - 1).norm.as_str(), "but" | "and" | "still")
                && (open.saturating_sub(3)..open).any(|j| self.tok(j).norm == ","));
        if self.tok(open).kind != TokKind::OpenQuote || !joined {
            return None;
        }
        let q = &self.seg.quotes[self.seg.quote_opened_at(open)?];
        let end = q.close.unwrap_or(s.end.max(open + 1) - 1);
        Some(self.span_of(open..end + 1))
    }

    /// Only adjuncts follow the cue to the sentence end: "on Monday", "in a statement", "told reporters".
    fn only_adjuncts_after(&self, s: &Range<usize>, from: usize, quote_before: bool) -> bool {
        if quote_before {
            let first = (from < s.end).then(|| self.tok(from));
            return !first.is_some_and(|t| {
                t.norm == "that" || t.kind == TokKind::OpenQuote || t.norm == ":"
            });
        }
        // an adjunct opens with a preposition, a day or an adverb; anything else is an object
        if let Some(first) = (from < s.end).then(|| self.tok(from)) {
            let adjunct_start = is_final_punct(first)
                || first.kind == TokKind::CloseQuote
                || first.norm == ","
                || first.norm == ";"
                || is_preposition(first.norm.as_str())
                || self.is_day_word(from)
                || (first.norm == "this"
                    && self.seg.tokens.get(from + 1).is_some_and(|n| {
                        matches!(
                            n.norm.as_str(),
                            "week" | "month" | "year" | "morning" | "afternoon" | "evening"
                        )
                    }))
                || (first.norm.ends_with("ly") && !first.capitalized)
                || matches!(
                    first.norm.as_str(),
                    "reporters"
                        | "journalists"
                        | "me"
                        | "us"
                        | "him"
                        | "her"
                        | "them"
                        | "today"
                        | "tonight"
                        | "later"
                        | "afterward"
                        | "afterwards"
                );
            // "announced her plan to ...": "her" before a noun is a determiner, its phrase
            // an object
            let her_np = first.norm == "her"
                && self
                    .seg
                    .tokens
                    .get(from + 1)
                    .is_some_and(|n| n.is_word() && !is_preposition(n.norm.as_str()));
            // "warned of a specific type of fakery", "complained about the ad": the
            // preposition of a prepositional object
            let prep_object = matches!(first.norm.as_str(), "of" | "about" | "against")
                && from > 0
                && !matches!(self.tok(from - 1).norm.as_str(), "said" | "says" | "say");
            if !adjunct_start || her_np || prep_object {
                return false;
            }
            // "urged the senator to apologize": an infinitive after the hearer is what was
            // urged, no adjunct ("said to reporters", "told to CNN" are)
            if first.norm == "to"
                && self.seg.tokens.get(from + 1).is_some_and(|n| {
                    let w = n.norm.as_str();
                    n.is_word()
                        && !n.capitalized
                        && n.kind != TokKind::Number
                        && !w.ends_with('s')
                        && !is_determiner(w)
                        && !is_pronoun(w)
                })
            {
                return false;
            }
        }
        let mut k = from;
        let mut words = 0;
        while k < s.end {
            let t = self.tok(k);
            if is_final_punct(t) || t.kind == TokKind::CloseQuote {
                k += 1;
                continue;
            }
            // ("acknowledged for the first time Friday that C": a that-clause follows)
            if t.norm == "that" {
                return false;
            }
            if t.kind == TokKind::OpenQuote || t.norm == ":" {
                return false;
            }
            // ", referring to ...", ", adding that ..." : a participle clause may follow;
            // "; in 2012, ..." : a new clause
            if t.norm == "," || t.norm == ";" {
                return true;
            }
            if is_word(t) {
                words += 1;
            }
            k += 1;
        }
        words <= 8
    }

    /// `Said Comey, "C"`, `Said Dorothy Poynter, who grew up with Ali, "C"`: an inverted
    /// speech verb opens the sentence; the name (with its appositive or relative clause) is
    /// the source and the quotation after the comma the content.
    fn said_first(&mut self, si: usize, s: &Range<usize>, h: &CueHit) -> Option<Vec<Range<usize>>> {
        let cue = self.tok(h.tokens.start);
        if h.tokens.start != s.start
            || !cue.capitalized
            || self.lex.cues[h.entry].frame != CueFrame::Verb
        {
            return None;
        }
        let subj = self.subject_right(s, h.tokens.end)?;
        if !self.tok(subj.start).capitalized {
            return None;
        }
        let open = (subj.end..s.end.min(subj.end + 25))
            .find(|&j| self.tok(j).kind == TokKind::OpenQuote)?;
        if !matches!(self.tok(open - 1).norm.as_str(), "," | ":")
            || (subj.end..open - 1).any(|j| self.tok(j).is_quote())
        {
            return None;
        }
        let q = &self.seg.quotes[self.seg.quote_opened_at(open)?];
        let close = q.close?;
        let source = subj.start..open - 1;
        self.push(
            si,
            Some(source.clone()),
            h,
            vec![self.span_of(open..close + 1)],
            false,
            "content-verb-subject",
        );
        Some(vec![source])
    }

    /// `subj` is a lowercase title before a name ("political scientist Dossym Satpayev",
    /// "former Pennsylvania governor Ed Rendell"): up to three lowercase content words, then
    /// capitalized words to its end, at least two of them.
    fn title_before_name(&self, subj: &Range<usize>) -> bool {
        let Some(name) = subj.clone().rev().find(|&j| !self.tok(j).capitalized) else {
            return false;
        };
        let name = name + 1;
        let lower = subj.start..name;
        subj.end >= name + 2
            && (1..=3).contains(&lower.len())
            && subj.clone().all(|j| self.tok(j).is_word())
            && lower.clone().all(|j| {
                let w = self.tok(j).norm.as_str();
                !(is_preposition(w)
                    || is_determiner(w)
                    || is_pronoun(w)
                    || is_verb_aux(w)
                    || matches!(w, "that" | "and" | "or"))
            })
    }

    /// `"C," said X` / `C, said X`.
    fn content_verb_subject(
        &mut self,
        si: usize,
        s: Range<usize>,
        h: &CueHit,
    ) -> Option<Vec<Range<usize>>> {
        // only speech verbs invert ("..., said X"); "..., derided the deal" has its subject left
        if h.tokens.start <= s.start || self.lex.cues[h.entry].frame != CueFrame::Verb {
            return None;
        }
        let bt = self.tok(h.tokens.start - 1);
        let after_quote = bt.kind == TokKind::CloseQuote;
        if !(after_quote || bt.norm == ",") {
            return None;
        }
        let subj = self.subject_right(&s, h.tokens.end)?;
        let title = self.title_before_name(&subj) && !self.tok(h.tokens.start).capitalized;
        // "C, say experts", "C, say experts like Paul Bauman": a bare plural of people
        let people = subj.len() == 1
            && matches!(
                self.tok(subj.start).norm.as_str(),
                "experts"
                    | "analysts"
                    | "officials"
                    | "critics"
                    | "sources"
                    | "aides"
                    | "observers"
                    | "economists"
                    | "historians"
                    | "strategists"
                    | "advocates"
                    | "supporters"
                    | "opponents"
                    | "residents"
                    | "scholars"
                    | "researchers"
                    | "insiders"
                    | "organizers"
                    | "activists"
            );
        // the subject must be a name, a pronoun or a determiner phrase, and end the clause
        let first = self.tok(subj.start);
        if !(first.capitalized
            || is_determiner(first.norm.as_str())
            || is_pronoun(first.norm.as_str())
            || is_quantifier(first.norm.as_str())
            || first.kind == TokKind::Number
            || (after_quote && first.is_word())
            || title
            || people)
        {
            return None;
        }
        // after the subject: the sentence end, a comma and an appositive ("said Angie Holan,
        // Politifact's editor"), or a relative clause ("said one source who asked ...")
        let rest_ok = |from: usize| {
            from >= s.end
                || is_final_punct(self.tok(from))
                || matches!(self.tok(from).norm.as_str(), "who" | "," | "(")
                || (people && self.tok(from).norm == "like")
                // `"C," said a longtime adviser to Trump`
                || ((after_quote || (title && !self.tok(subj.start).capitalized))
                    && is_preposition(self.tok(from).norm.as_str()))
        };
        if !rest_ok(subj.end) {
            return None;
        }
        // a subject has no verb of its own ("..., said the trip was important")
        if subj
            .clone()
            .any(|j| is_aux(self.tok(j).norm.as_str()) && !self.tok(j).capitalized)
        {
            return None;
        }
        // without a quote, "C, said X." needs a short subject that closes the sentence
        if !after_quote && subj.len() > 8 {
            return None;
        }
        // "The findings, the report says, show C": a parenthetical attribution closes just
        // before the verb, which is the main clause's
        // (an aside opens with a comma too: not "Tariffs will not bring jobs back, said X")
        if !after_quote
            && h.tokens.start >= s.start + 4
            && self.is_verb_cue_word(h.tokens.start - 2)
            && (h.tokens.start.saturating_sub(10).max(s.start)..h.tokens.start - 3)
                .any(|j| self.tok(j).norm == ",")
        {
            return None;
        }
        // "Dan Kritenbrink, senior director for Asian affairs, said he expects C": a name and
        // its appositive open the sentence, so the verb's subject is on its left
        if !after_quote
            && self
                .appositive_subject(&s, h.tokens.start - 1)
                .is_some_and(|a| a.start == s.start || self.opening_conjunction(&s, a.start))
        {
            return None;
        }
        let before = h.tokens.start - 1;
        let spans = if after_quote {
            let qi = self.seg.quote_closed_at(before)?;
            // `However laudable the goal, the tax ''is a misguided approach,'' said X`: the
            // words before the quote in its sentence belong to the content
            let open = self.seg.quotes[qi].open;
            let start = if open > s.start
                && (s.start..open).any(|j| is_word(self.tok(j)))
                && !self.quoted_title(qi)
            {
                s.start
            } else {
                open
            };
            let mut spans = vec![self.span_of(start..before + 1)];
            // `"A," said Scott, "B."`
            spans.extend(self.second_quote(&s, subj.end));
            spans
        } else {
            if before <= s.start {
                return None;
            }
            if before > s.start && self.tok(before - 1).kind == TokKind::CloseQuote {
                let qi = self.seg.quote_closed_at(before - 1)?;
                vec![self.span_of(self.seg.quotes[qi].open..before)]
            } else {
                vec![self.span_of(s.start..before)]
            }
        };
        // "The contrast with Trump, said Doyle, would be clear": the content resumes after the
        // inverted attribution
        let resume = subj.end + 1;
        if !after_quote && resume < s.end && self.tok(subj.end).norm == "," && {
            let t = self.tok(resume);
            !t.capitalized && (is_verb_aux(t.norm.as_str()) || self.is_verb_like(resume))
        } {
            let end = self.clause_end(&s, resume);
            if end > resume + 1 {
                let mut spans = spans;
                spans.push(self.span_of(resume..end));
                self.push(si, Some(subj.clone()), h, spans, false, "parenthetical");
                return Some(vec![subj]);
            }
        }
        // "said Daryl Kimball, executive director of the association": the appositive and a
        // relative clause after the name belong to the source
        let mut source = subj.clone();
        if source.end < s.end
            && (matches!(self.tok(source.end).norm.as_str(), "," | "who" | "(")
                || (after_quote && is_preposition(self.tok(source.end).norm.as_str())))
        {
            let mut e = source.end;
            let mut paren = 0i32;
            let mut relative = false;
            while e < s.end {
                let t = self.tok(e);
                // "(D-N.C.)": periods inside a parenthesis end nothing
                match t.norm.as_str() {
                    "(" => paren += 1,
                    ")" => paren -= 1,
                    _ => {}
                }
                if paren > 0 {
                    e += 1;
                    continue;
                }
                let quote_next = t.norm == ","
                    && self
                        .seg
                        .tokens
                        .get(e + 1)
                        .is_some_and(|n| n.kind == TokKind::OpenQuote);
                // "R-S.C.", "MoveOn.org": a period inside a word ends nothing
                let inner_period = e + 1 < s.end && e > source.end && self.glued_period(e);
                if (is_final_punct(t) && !inner_period)
                    || t.kind == TokKind::OpenQuote
                    || quote_next
                {
                    break;
                }
                if self.adjunct_after_source(&s, e, relative) {
                    break;
                }
                relative |= matches!(t.norm.as_str(), "who" | "which" | "whose" | "that");
                e += 1;
            }
            source.end = e;
        }
        self.push(
            si,
            Some(source.clone()),
            h,
            spans,
            false,
            "content-verb-subject",
        );
        Some(vec![source])
    }

    /// Token `k`, inside the words after an inverted subject ("said X, ..."), opens an adjunct
    /// of the verb rather than more of the name: a participle after a comma ("said X,
    /// referring to C"), the medium ("said X in a statement"), the day ("said X, on Monday"),
    /// or "when asked". Inside a relative clause (`relative`) only the participle ends it
    /// ("who endorsed Y in a statement" is the clause's own adjunct).
    fn adjunct_after_source(&self, s: &Range<usize>, k: usize, relative: bool) -> bool {
        let t = self.tok(k);
        let next = |i: usize| self.seg.tokens.get(k + i).filter(|_| k + i < s.end);
        if t.norm == "," {
            // "said X, referring to C" (not "including Y", "managing director")
            return next(1).is_some_and(|n| {
                let w = n.norm.as_str();
                !n.capitalized
                    && w.len() > 5
                    && w.ends_with("ing")
                    && !matches!(
                        w,
                        "including" | "managing" | "ranking" | "leading" | "founding" | "acting"
                    )
            }) || (!relative
                && next(1).is_some_and(|n| n.norm == "on")
                && next(2).is_some_and(|n| is_day_name(n.norm.as_str())));
        }
        if relative {
            return false;
        }
        let w = t.norm.as_str();
        if w == "when" {
            return next(1).is_some_and(|n| n.norm == "asked");
        }
        if w == "on" {
            return next(1).is_some_and(|n| is_day_name(n.norm.as_str()));
        }
        if !matches!(w, "in" | "during") {
            return false;
        }
        let medium = |n: &Token| {
            matches!(
                n.norm.as_str(),
                "statement"
                    | "interview"
                    | "tweet"
                    | "email"
                    | "e-mail"
                    | "post"
                    | "speech"
                    | "call"
                    | "release"
                    | "op-ed"
                    | "letter"
                    | "memo"
                    | "appearance"
            )
        };
        next(1).is_some_and(|n| matches!(n.norm.as_str(), "a" | "an" | "his" | "her" | "their"))
            && (2..=4).any(|i| next(i).is_some_and(medium))
    }

    /// `according to X, C` / `C, according to X` / `in the words of X, C`.
    fn according_to(
        &mut self,
        si: usize,
        s: Range<usize>,
        h: &CueHit,
    ) -> Option<Vec<Range<usize>>> {
        let src_start = h.tokens.end;
        let mut k = src_start;
        while k < s.end
            && !is_clause_punct(self.tok(k))
            && !is_final_punct(self.tok(k))
            && !self.tok(k).is_quote()
            && k < src_start + 20
        {
            k += 1;
        }
        let src = src_start..k;
        if src.is_empty() {
            return None;
        }
        let mut spans = Vec::new();
        // content before: sentence start .. the comma before the cue
        if h.tokens.start > s.start + 1 {
            let mut end = h.tokens.start;
            while end > s.start && matches!(self.tok(end - 1).norm.as_str(), "," | "—" | "–" | "(")
            {
                end -= 1;
            }
            if end > s.start {
                let start = s.start;
                spans.push(self.span_of(start..end));
            }
        }
        // "C, according to Andy Smith, director of the center, which ran the poll.": after a
        // content before the cue, a phrase without a verb of its own running to the sentence
        // end is the source's appositive, not more content
        let mut src = src;
        if !spans.is_empty() && k + 1 < s.end && self.tok(k).norm == "," {
            let end = self.clause_end(&s, k + 1);
            let first = self.tok(k + 1);
            let relative = matches!(first.norm.as_str(), "who" | "which" | "whose");
            let verbless = (k + 1..end)
                .take_while(|&j| !matches!(self.tok(j).norm.as_str(), "who" | "which" | "that"))
                .all(|j| !self.verb_like(j) && !is_verb_aux(self.tok(j).norm.as_str()));
            let to_end = end >= s.end || is_final_punct(self.tok(end));
            // (a named speaker only: "a report from X, which ..." and "a poll by X, a research
            // group" leave the aside out, as do "because ..." and "taking a step ...")
            let named = self.tok(src.start).capitalized
                && !is_determiner(self.tok(src.start).norm.as_str());
            let aside = is_left_boundary(first.norm.as_str())
                || (first.norm.ends_with("ing") && !first.capitalized);
            if to_end && named && !aside && first.is_word() && (relative || verbless) {
                src.end = end;
                k = end;
            }
        }
        // content after: after the comma to the sentence end
        if k < s.end && self.tok(k).norm == "," {
            let from = k + 1;
            // "According to Limbaugh, “[I]f it was left up to Hillary, ...”": the whole quote,
            // which may run past the sentence
            let quote = (from < s.end && self.tok(from).kind == TokKind::OpenQuote)
                .then(|| self.seg.quote_opened_at(from))
                .flatten()
                .and_then(|qi| self.seg.quotes[qi].close);
            let end = match quote {
                Some(close) => close + 1,
                None => self.clause_end(&s, from),
            };
            if end > from {
                spans.push(self.span_of(from..end));
            }
        }
        if spans.is_empty() {
            return None;
        }
        self.push(si, Some(src.clone()), h, spans, false, "according-to");
        Some(vec![src])
    }

    /// `X's statement that C`, `a report by X that C`, `word that C`, `the claims of C`.
    fn noun_complement(
        &mut self,
        si: usize,
        s: Range<usize>,
        h: &CueHit,
    ) -> Option<Vec<Range<usize>>> {
        if let Some(u) = self.noun_preposition(si, &s, h) {
            return Some(u);
        }
        // these nouns report only with their preposition ("attacks on X", "support for X"):
        // "the attacks that Republicans will use" is a relative clause
        if preposition_only_noun(&self.lex.cues[h.entry].lemma) {
            return None;
        }
        let mut k = h.tokens.end;
        // the possessor may stand before modifiers: "Trump's false claims", "his earlier
        // statements", "her own concern"
        let mut head = h.tokens.start;
        while head > s.start + 1 && h.tokens.start - head < 3 && {
            let t = self.tok(head - 1);
            let w = t.norm.as_str();
            t.is_word()
                && !t.capitalized
                && w.starts_with(|c: char| c.is_alphabetic())
                && !is_determiner(w)
                && !is_preposition(w)
                && !is_aux(w)
                && !is_left_boundary(w)
                && !is_pronoun(w)
        } {
            head -= 1;
        }
        if !(head > s.start
            && matches!(
                self.tok(head - 1).norm.as_str(),
                "'s" | "his" | "her" | "their" | "its"
            ))
        {
            head = h.tokens.start;
        }
        // "Clinton's statement", "his promises to ...": the possessor is the source
        let mut source = self.possessor(&s, head);
        // "Republicans never bought the idea that C", "She has pushed back against accusations
        // that C": the subject of the verb governing the noun holds it
        // (a relative pronoun is not who holds it: "tensions that erupted with the claims of C")
        if source.is_none() {
            source = self.governing_subject(&s, h.tokens.start).filter(|np| {
                !(np.len() == 1 && matches!(self.tok(np.start).norm.as_str(), "that" | "which"))
            });
        }
        // "Cruz entered the debate with a forceful argument that C", "X protested, in the
        // hope that C": the subject of the clause the noun phrase stands in
        // (not for "the claims of C", "reports that C": those are someone else's)
        if source.is_none()
            && head > s.start + 1
            && !CLAIM_NOUNS.contains(&self.tok(h.tokens.start).norm.as_str())
        {
            source = self
                .clause_subject_left(&s, head)
                .filter(|np| self.agentive(np));
        }
        // "a statement by/from X that C"
        if k < s.end && matches!(self.tok(k).norm.as_str(), "by" | "from") {
            let st = k + 1;
            let mut e = st;
            while e < s.end
                && e < st + 8
                && !matches!(self.tok(e).norm.as_str(), "that" | "," | ":" | ".")
                && !self.tok(e).is_quote()
            {
                e += 1;
            }
            if e > st && e < s.end && matches!(self.tok(e).norm.as_str(), "that" | ":") {
                source = Some(st..e);
                k = e;
            } else {
                return None;
            }
        }
        if k >= s.end {
            return None;
        }
        if let Some(u) = self.noun_is_that(si, &s, h, head, k) {
            return Some(u);
        }
        let lemma = self.lex.cues[h.entry].lemma.clone();
        let nt = self.tok(k).norm.clone();
        let from = match nt.as_str() {
            "that" => k + 1,
            ":" => k + 1,
            "of" if matches!(
                lemma.as_str(),
                "claim"
                    | "allegation"
                    | "allegations"
                    | "accusation"
                    | "accusations"
                    | "charge"
                    | "charges"
                    | "report"
                    | "reports"
                    | "word"
                    | "rumor"
                    | "rumour"
                    | "suggestion"
                    | "warning"
                    | "fear"
                    | "fears"
                    | "denial"
            ) =>
            {
                k + 1
            }
            _ => return None,
        };
        // "that" must introduce a clause, not a relative ("the report that he wrote"): require
        // a subject-like word next
        if from >= s.end {
            return None;
        }
        let nx = self.tok(from);
        if nt == "that"
            && !(is_pronoun(nx.norm.as_str())
                || is_determiner(nx.norm.as_str())
                || nx.capitalized
                || nx.kind == TokKind::Number
                || nx.kind == TokKind::OpenQuote
                // "the assumption that turnout will be low": a bare noun and its verb
                || self
                    .seg
                    .tokens
                    .get(from + 1)
                    .is_some_and(|t| is_aux(t.norm.as_str()) && !matches!(t.norm.as_str(), "not" | "also")))
        {
            return None;
        }
        let end = self.noun_clause_end(&s, from);
        // "the note that we received," is a relative clause, not what the note says
        if end <= from || (from..end).filter(|&j| is_word(self.tok(j))).count() < 4 {
            return None;
        }
        // the complementizer belongs to the content ("the claim that C")
        let start = if nt == "that" { k } else { from };
        self.push(
            si,
            source.clone(),
            h,
            vec![self.span_of(start..end)],
            false,
            "noun-complement",
        );
        Some(source.into_iter().collect())
    }

    /// `The idea is that C`, `Rubio's argument was that C`, `His message long has been that C`:
    /// the noun phrase opening the sentence, a copula, and a that- or whether-clause. The
    /// noun and the copula are the cue (as PolNeAR marks them), a possessor the source.
    fn noun_is_that(
        &mut self,
        si: usize,
        s: &Range<usize>,
        h: &CueHit,
        head: usize,
        k: usize,
    ) -> Option<Vec<Range<usize>>> {
        // the noun phrase opens the sentence: a determiner or possessor and modifiers only
        // (before a possessor, before a determiner and modifiers: "The idea", "One view")
        let (np_start, before) = if head > s.start && self.tok(head - 1).norm == "'s" {
            let p = self.possessor(s, head)?.start;
            (p, s.start..p)
        } else {
            (s.start, s.start..head)
        };
        if before.len() > 3
            || before.clone().any(|j| {
                let t = self.tok(j);
                !t.is_word() || is_verb_aux(t.norm.as_str()) || self.is_cue_verb_form(j)
            })
        {
            return None;
        }
        let mut j = k;
        while j < s.end && j < k + 2 && {
            let w = self.tok(j).norm.as_str();
            (w.ends_with("ly") && w.len() > 4) || matches!(w, "long" | "always" | "still")
        } {
            j += 1;
        }
        let copula_end = match self.tok(j).norm.as_str() {
            "is" | "was" => j + 1,
            "has" | "had" if self.seg.tokens.get(j + 1).is_some_and(|t| t.norm == "been") => j + 2,
            _ => return None,
        };
        if copula_end + 2 >= s.end
            || !matches!(self.tok(copula_end).norm.as_str(), "that" | "whether")
        {
            return None;
        }
        let end = self.noun_clause_end(s, copula_end + 1);
        if (copula_end + 1..end)
            .filter(|&j| is_word(self.tok(j)))
            .count()
            < 4
        {
            return None;
        }
        let source = self.possessor(s, head);
        // ("The idea is": without a possessor the determiner opens the cue)
        let cue_start = if source.is_some() {
            h.tokens.start
        } else {
            np_start
        };
        let cue = CueHit {
            tokens: cue_start..copula_end,
            ..h.clone()
        };
        self.push(
            si,
            source.clone(),
            &cue,
            vec![self.span_of(copula_end..end)],
            false,
            "noun-is-that",
        );
        Some(
            source
                .into_iter()
                .chain(std::iter::once(cue_start..copula_end))
                .collect(),
        )
    }

    /// The subject of the verb whose object is the noun at `noun`: back over the noun's
    /// modifiers and determiner, a particle or preposition ("pushed back against"), the verb.
    fn governing_subject(&self, s: &Range<usize>, noun: usize) -> Option<Range<usize>> {
        let mut k = noun;
        let mut mods = 0;
        while k > s.start && mods < 3 {
            let t = self.tok(k - 1);
            if !t.is_word() || t.capitalized || is_aux(t.norm.as_str()) {
                break;
            }
            // ("Smith made similarly baseless charges that C": an irregular past is the
            // verb, not a modifier)
            if is_preposition(t.norm.as_str())
                || self.is_cue_verb_form(k - 1)
                || is_irregular_past(t.norm.as_str())
            {
                break;
            }
            let det = is_determiner(t.norm.as_str());
            k -= 1;
            mods += 1;
            if det {
                break;
            }
        }
        let mut particles = 0;
        while k > s.start
            && particles < 2
            && matches!(
                self.tok(k - 1).norm.as_str(),
                "against" | "back" | "at" | "on" | "off" | "down" | "up" | "to" | "with"
            )
        {
            k -= 1;
            particles += 1;
        }
        if k <= s.start + 1 {
            return None;
        }
        let verb = self.tok(k - 1);
        let v = verb.norm.as_str();
        let plain = !verb.capitalized && verb.is_word() && !is_preposition(v) && !is_determiner(v);
        // "The campaign, pushing the idea that C": a participle after the subject's comma
        // holds the noun for that subject
        if plain && v.len() > 4 && v.ends_with("ing") && self.tok(k - 2).norm == "," {
            return self
                .subject_left(s, k - 2)
                .filter(|np| np.start == s.start && self.plain_np(np));
        }
        // "If you have any doubt that C", "she had the impression that C": "have" before a
        // determiner is the main verb
        let have = matches!(v, "have" | "has" | "had")
            && particles == 0
            && is_determiner(self.tok(k).norm.as_str());
        let verb_like = plain
            && (v.ends_with("ed")
                || v.ends_with('s')
                || is_irregular_past(v)
                || have
                || is_aux(self.tok(k - 2).norm.as_str())
                || is_pronoun(self.tok(k - 2).norm.as_str()));
        if !verb_like || (is_aux(v) && !have) {
            // "The mayor's rivals cling to the hope that C": a plain verb after a subject that
            // opens the sentence
            // ("cling" is no participle)
            if plain && particles > 0 && !(v.ends_with("ing") && v.len() > 5) && !v.ends_with("ly")
            {
                return self
                    .subject_left(s, k - 1)
                    .filter(|np| np.start == s.start && np.len() > 1 && self.plain_np(np));
            }
            return None;
        }
        let (end, _) = self.skip_aux_left(s, k - 1);
        self.subject_left(s, end)
    }

    /// A noun complement clause ends at a main-clause verb after it ("Word that X plans to
    /// visit was the latest sign"), else where a clause would end.
    fn noun_clause_end(&self, s: &Range<usize>, from: usize) -> usize {
        let end = self.clause_end(s, from);
        let mut seen_verb = false;
        let mut seen_modal = false;
        for j in from..end {
            let t = self.tok(j);
            if t.is_quote() || is_clause_punct(t) {
                return j;
            }
            // "that turnout will be low surprised everyone": after a modal clause, a past
            // verb not led by an auxiliary is the main clause's
            if seen_modal
                && t.norm.ends_with("ed")
                && !t.capitalized
                && j > from + 2
                && !is_aux(self.tok(j - 1).norm.as_str())
                && self.tok(j - 1).norm != "and"
            {
                return j;
            }
            if matches!(
                t.norm.as_str(),
                "was" | "is" | "were" | "are" | "has" | "have" | "had"
            ) && seen_verb
                && j > from + 2
            {
                return j;
            }
            // ("the assumption that the race would be close was wrong": a modal is a verb too)
            let modal = matches!(
                t.norm.as_str(),
                "would" | "will" | "could" | "can" | "may" | "might" | "should" | "must"
            );
            if t.norm.ends_with("ed")
                || t.norm.ends_with('s') && !t.capitalized && j > from + 1
                || modal
            {
                seen_verb = true;
            }
            seen_modal |= modal;
        }
        end
    }

    /// `..., saying C`: the source is the subject of the clause the participle hangs on.
    fn participial(&mut self, si: usize, s: Range<usize>, h: &CueHit) -> Option<Vec<Range<usize>>> {
        // ("In endorsing Ryan, Trump broke with ...", "By calling C, X ...": a preposition
        // before the fronted gerund)
        // ("But in describing the plan as C, the journalists ...": after an opening
        // conjunction too)
        let lead =
            usize::from(h.tokens.start > s.start + 1 && self.opening_conjunction(&s, s.start + 1));
        if h.tokens.start == s.start
            || (h.tokens.start == s.start + 1 + lead
                && matches!(
                    self.tok(s.start + lead).norm.as_str(),
                    "in" | "by" | "after" | "before" | "while" | "without" | "since" | "despite"
                ))
        {
            return self.fronted_participle(si, s, h);
        }
        // "with the American Federation of Teachers calling her C": an absolute phrase names
        // its own source
        let with_subject = (h.tokens.start.saturating_sub(8).max(s.start)..h.tokens.start)
            .rev()
            .find(|&j| self.tok(j).norm == "with")
            .map(|w| w + 1..h.tokens.start)
            .filter(|np| {
                // ("a feud with Trump after writing C", "with the union by calling": a
                // preposition or subordinator before the gerund makes "with ..." an adjunct of
                // the main clause, whose subject speaks)
                !np.is_empty()
                    && np.clone().all(|j| {
                        let t = self.tok(j);
                        t.is_word() && !is_aux(t.norm.as_str()) && !self.is_cue_verb_form(j)
                    })
                    && {
                        let w = self.tok(np.end - 1).norm.as_str();
                        !is_preposition(w)
                            && !matches!(w, "while" | "when" | "after" | "before" | "since")
                    }
            });
        // "with Trump tweeting C and asking D": a later gerund of the chain
        let with_subject = with_subject.or_else(|| {
            h.gerund
                .then(|| self.gerund_chain_subject(&s, h.tokens.start))
                .flatten()
        });
        // ", saying C" and a gerund after a preposition: "by telling them that C",
        // "while chanting, "..."", "stopped short of calling C", "... and calling X a liar";
        // the comma may sit inside a closing quote ('defended "New York values," saying C').
        // Adverbs may stand between them (", eventually saying C", "while also insisting C",
        // ", not even suggesting C"): `lead` is the first of them, or the gerund.
        let lead = self.participle_adverbs_start(&s, h.tokens.start);
        let comma_in_quote = lead >= s.start + 2
            && self.tok(lead - 1).kind == TokKind::CloseQuote
            && self.tok(lead - 2).norm == ",";
        // "a super PAC backing Jeb Bush", "voters supporting Trump": a participle after a
        // noun modifies it, and the noun phrase holds the stance
        if with_subject.is_none() && !comma_in_quote && h.gerund {
            if let Some(np) = self.participle_modifies(&s, h.tokens.clone()) {
                let entry = self.lex.cues[h.entry].clone();
                let infinitive = INFINITIVE_CUES.contains(&entry.lemma.as_str());
                let mut from = h.tokens.end;
                if entry.frame == CueFrame::ObjectVerb {
                    from = self.skip_object(&s, from)?;
                }
                let (mut spans, used) =
                    self.content_right(&s, from, entry.frame == CueFrame::NpVerb, infinitive)?;
                // the object ends before the main clause's verb ("backing Bush spent ...")
                if entry.frame == CueFrame::NpVerb {
                    if let Some(v) = self.main_verb_in(used.clone()) {
                        spans = vec![self.span_of(used.start..v)];
                    }
                }
                // "In a statement announcing the pick, the union called C": a noun phrase
                // inside a fronted prepositional phrase ends at the phrase's comma, before the
                // main clause
                if np.start > s.start
                    && is_preposition(self.tok(s.start).norm.as_str())
                    && (s.start..np.start).all(|j| self.tok(j).norm != ",")
                {
                    if let Some(c) = (used.clone())
                        .find(|&j| self.tok(j).norm == "," && self.seg.quote_around(j).is_none())
                    {
                        if c > used.start {
                            spans = vec![self.span_of(used.start..c)];
                        }
                    }
                }
                // the noun phrase speaks when it is the subject ("A super PAC backing X
                // spent") or the object of a verb of perception or causation ("left many
                // voters wondering C", "an ad featuring veterans criticizing X"); another
                // object ("released a new ad saying C") carries the words of the clause's
                // subject
                let small_clause = (np.start.max(s.start + 1)..np.end)
                    .rev()
                    .find(|&j| {
                        let t = self.tok(j - 1);
                        !t.capitalized && is_small_clause_verb(t.norm.as_str())
                    })
                    .map(|j| j..np.end);
                let src = if let Some(object) = small_clause {
                    object
                } else if np.start == s.start
                    || self.tok(np.start - 1).norm == ","
                    || self.preposition_governs(np.start)
                {
                    np
                } else {
                    self.sentence_subject(&s, np.start).unwrap_or(np)
                };
                self.push(si, Some(src.clone()), h, spans, false, "noun-participle");
                return Some(vec![src]);
            }
        }
        if with_subject.is_none()
            && !comma_in_quote
            && (lead <= s.start + 1
                || !matches!(
                    self.tok(lead - 1).norm.as_str(),
                    "," | "by"
                        | "while"
                        | "after"
                        | "before"
                        | "without"
                        | "upon"
                        | "of"
                        | "when"
                        | "and"
                        // "praising X but insisting C", "painting X as Y or denouncing him"
                        | "but"
                        | "or"
                        // "in endorsing Ryan, he broke with ...", "for criticizing X"
                        | "in"
                        | "for"
                ))
        {
            return None;
        }
        let entry = self.lex.cues[h.entry].clone();
        let infinitive = INFINITIVE_CUES.contains(&entry.lemma.as_str());
        let mut from = h.tokens.end;
        if entry.frame == CueFrame::ObjectVerb {
            from = self.skip_object(&s, from)?;
        }
        let (mut spans, _used) =
            self.content_right(&s, from, entry.frame == CueFrame::NpVerb, infinitive)?;
        // "But Obama, making it clear that C, stood beside X": a participle between the
        // sentence's subject and its verb is the subject's, and ends at its closing comma
        let close = (h.tokens.end..s.end).find(|&j| {
            self.tok(j).norm == ","
                && self.seg.quote_around(j).is_none()
                && (j + 1..s.end.min(j + 4)).any(|k| self.verb_like(k))
        });
        let appositive =
            (with_subject.is_none() && close.is_some() && self.tok(lead - 1).norm == ",")
                .then(|| self.subject_left(&s, lead - 1))
                .flatten()
                .filter(|np| {
                    let opener = matches!(
                        self.tok(s.start).norm.as_str(),
                        "but" | "and" | "yet" | "so"
                    );
                    (np.start == s.start || (opener && np.start == s.start + 1))
                        && self.plain_np(np)
                        && np.clone().all(|j| {
                            let t = self.tok(j);
                            !self.verb_like(j)
                                && (t.capitalized || !t.norm.ends_with("ly"))
                                && !is_preposition(t.norm.as_str())
                        })
                });
        if appositive.is_some() {
            if let Some(c) = close {
                let cut = self.tok(c).span.start;
                let last_end = self.tok(c - 1).span.end;
                spans.retain(|sp| sp.start < cut);
                for sp in &mut spans {
                    sp.end = sp.end.min(last_end).max(sp.start);
                }
                spans.retain(|sp| sp.end > sp.start);
                if spans.is_empty() {
                    return None;
                }
            }
        }
        // the subject: the first noun phrase of the sentence, before its first verb
        // ("Now, after arguing that C, his team is suggesting ...": a fronted participle
        // phrase takes the main clause's subject after it)
        let subj = with_subject
            .or(appositive)
            .or_else(|| self.gerund_possessor(&s, h.tokens.start))
            .or_else(|| self.subject_after_fronted(&s, h))
            .or_else(|| self.sentence_subject(&s, h.tokens.start));
        self.push(si, subj.clone(), h, spans, false, "participial");
        Some(subj.into_iter().collect())
    }

    /// "with Trump tweeting C and asking D", "featuring farmers telling their stories and
    /// criticizing C", "remember Carter going on TV, declaring C, and telling D": a gerund
    /// after "and" continues a chain whose first gerund follows its own noun phrase, the
    /// object of "with" or of a verb of perception; that noun phrase speaks for the whole
    /// chain. In "with X calling for C and others supporting D" the noun phrase between "and"
    /// and the gerund speaks.
    fn gerund_chain_subject(&self, s: &Range<usize>, cue: usize) -> Option<Range<usize>> {
        if cue < s.start + 4 {
            return None;
        }
        let mut and = cue - 1;
        let mut own_np = None;
        if self.tok(and).norm != "and" {
            let np = self.np_before(cue)?;
            if np.start < s.start + 4 || np.len() > 4 || self.tok(np.start - 1).norm != "and" {
                return None;
            }
            and = np.start - 1;
            own_np = Some(np);
        }
        let lo = cue.saturating_sub(40).max(s.start + 1);
        let mut links = 0;
        let mut k = and;
        while k > lo {
            k -= 1;
            let t = self.tok(k);
            if matches!(t.norm.as_str(), ";" | ":") || is_final_punct(t) {
                return None;
            }
            if t.is_quote() || self.seg.quote_around(k).is_some() {
                continue;
            }
            let w = t.norm.as_str();
            let gerund = t.is_word()
                && !t.capitalized
                && w.len() > 4
                && w.ends_with("ing")
                && !matches!(
                    w,
                    "during"
                        | "nothing"
                        | "something"
                        | "anything"
                        | "everything"
                        | "morning"
                        | "evening"
                        | "building"
                        | "meeting"
                        | "including"
                        | "according"
                );
            if !gerund {
                continue;
            }
            // an earlier link of the chain (", declaring C, and telling D") sends the search
            // on to the gerund that opens it
            if matches!(self.tok(k - 1).norm.as_str(), "," | "and") {
                links += 1;
                if links > 2 || own_np.is_some() {
                    return None;
                }
                continue;
            }
            // (a gerund after a preposition or a determiner is inside the chain's words:
            // "a ban on Muslims from entering the country")
            let prev = self.tok(k - 1).norm.as_str();
            if is_preposition(prev) || is_determiner(prev) || prev == "'s" {
                continue;
            }
            let mut np = self.np_before(k)?;
            // ("featuring farmers": the verb of perception may open the phrase found)
            if np.len() > 1 && is_small_clause_verb(self.tok(np.start).norm.as_str()) {
                np.start += 1;
            }
            if np.start <= s.start + 1 || is_pronoun(self.tok(np.start).norm.as_str()) {
                return None;
            }
            // ("features five voters with varying views speaking ...": a prepositional phrase
            // inside the noun phrase)
            if matches!(self.tok(np.start - 1).norm.as_str(), "with" | "of" | "from")
                && self.tok(np.start - 2).norm != ","
            {
                if let Some(head) = self.np_before(np.start - 1) {
                    np.start = head.start;
                }
            }
            if np.start <= s.start + 1 {
                return None;
            }
            let gov = self.tok(np.start - 1);
            // (an absolute "with" follows a comma: ", with Trump tweeting C"; "ran ads with
            // both outlets" and "walking with his grandchildren" are adjuncts)
            let named = (gov.norm == "with" && self.tok(np.start - 2).norm == ",")
                || (!gov.capitalized && is_small_clause_verb(gov.norm.as_str()));
            return named.then(|| own_np.unwrap_or(np));
        }
        None
    }

    /// The first of the adverbs right before a participle at `cue` ("eventually", "also",
    /// "not even"); `cue` when there are none.
    fn participle_adverbs_start(&self, s: &Range<usize>, cue: usize) -> usize {
        let mut k = cue;
        while k > s.start + 1 && cue - k < 3 && {
            let t = self.tok(k - 1);
            let w = t.norm.as_str();
            !t.capitalized
                && ((w.ends_with("ly") && w.len() > 4)
                    || matches!(
                        w,
                        "also" | "even" | "not" | "never" | "still" | "then" | "again" | "instead"
                    ))
        } {
            k -= 1;
        }
        k
    }

    /// "his campaign theme of questioning C", "Trump's habit of calling X": a gerund after
    /// "of" on a noun with a possessor is the possessor's.
    fn gerund_possessor(&self, s: &Range<usize>, cue: usize) -> Option<Range<usize>> {
        if cue < s.start + 3 || self.tok(cue - 1).norm != "of" {
            return None;
        }
        let mut head = cue - 1;
        while head > s.start + 1 && cue - 1 - head < 3 && {
            let t = self.tok(head - 1);
            let w = t.norm.as_str();
            t.is_word()
                && !t.capitalized
                && w.starts_with(|c: char| c.is_alphabetic())
                && !is_determiner(w)
                && !is_preposition(w)
                && !matches!(
                    w,
                    "is" | "was" | "are" | "were" | "has" | "have" | "had" | "be"
                )
                && !is_pronoun(w)
                && !is_left_boundary(w)
        } {
            head -= 1;
        }
        if head == cue - 1 {
            return None;
        }
        self.possessor(s, head)
    }

    /// Token `k` looks like a finite verb: a regular past form or a common irregular one.
    fn is_verb_like(&self, k: usize) -> bool {
        let w = self.tok(k).norm.as_str();
        (w.ends_with("ed") && w.len() > 4) || is_irregular_past(w)
    }

    /// `his criticism of the deal`, `Questions about her emails`, `Trump's attacks on X`: a
    /// stance noun and its preposition are the cue, the noun phrase after it the content,
    /// a possessor the source.
    fn noun_preposition(
        &mut self,
        si: usize,
        s: &Range<usize>,
        h: &CueHit,
    ) -> Option<Vec<Range<usize>>> {
        let k = h.tokens.end;
        let entry = &self.lex.cues[h.entry];
        let stance_noun = matches!(
            entry.lemma.as_str(),
            "doubt"
                | "denial"
                | "rejection"
                | "refutation"
                | "concern"
                | "fear"
                | "warning"
                | "worry"
                | "complaint"
                | "criticism"
                | "endorsement"
                | "hope"
                | "speculation"
                | "allegation"
                | "charge"
                | "attack"
                | "opposition"
                | "support"
        );
        if k + 1 >= s.end || !stance_noun {
            return None;
        }
        let prep = self.tok(k).norm.as_str();
        let prep_ok = match entry.lemma.as_str() {
            "attack" => matches!(prep, "on" | "against"),
            "opposition" => prep == "to",
            "support" => matches!(prep, "for" | "of"),
            _ => matches!(
                prep,
                "for" | "to" | "about" | "on" | "against" | "over" | "of"
            ),
        };
        if !prep_ok {
            return None;
        }
        let (mut spans, mut used) = self.np_object(s, k + 1, false)?;
        if used.start != k + 1 {
            return None;
        }
        // "after his attacks on Donald Trump, Fox News host Sean Hannity indicated": the
        // object ends at a comma followed by a name (the main clause's subject)
        if let Some(c) =
            (used.start + 1..used.end).find(|&j| {
                self.tok(j).norm == ","
                    && self.seg.tokens.get(j + 1).is_some_and(|n| {
                        n.capitalized || matches!(n.norm.as_str(), "the" | "a" | "an")
                    })
            })
        {
            spans = vec![self.span_of(used.start..c)];
            used.end = c;
        }
        // "His criticism of the deal was sharp": the noun phrase ends before an auxiliary
        // (an -ed word here is mostly a modifier: "concerns about the proposed wall")
        if let Some(v) =
            (used.start + 1..used.end).find(|&j| is_verb_aux(self.tok(j).norm.as_str()))
        {
            spans = vec![self.span_of(used.start..v)];
        }
        // without a possessor the noun is mostly the writer's ("concerns about her health")
        let source = Some(self.possessive_holder(s, self.possessor(s, h.tokens.start)?));
        let cue = CueHit {
            tokens: h.tokens.start..k + 1,
            ..h.clone()
        };
        self.push(si, source.clone(), &cue, spans, false, "noun-preposition");
        Some(source.into_iter().chain([used]).collect())
    }

    /// Where the run of words after `from` ends: the first non-word token before `limit`.
    fn word_run_end(&self, from: usize, limit: usize) -> usize {
        (from + 1..limit)
            .find(|&j| !is_word(self.tok(j)))
            .unwrap_or(limit)
    }

    /// "as" at `j` opens a clause ("as he left", "as the crowd cheered", "as Trump
    /// consolidates ..."), not a predicative complement ("described him as the latest
    /// incarnation of ...", "as a selfish titan"): a clause has a verb.
    fn as_opens_clause(&self, j: usize, end: usize) -> bool {
        let Some(n) = self.seg.tokens.get(j + 1) else {
            return false;
        };
        if is_pronoun(n.norm.as_str()) {
            return true;
        }
        let np_opens = n.capitalized
            || (is_determiner(n.norm.as_str()) && !matches!(n.norm.as_str(), "that" | "a" | "an"));
        if !np_opens {
            return false;
        }
        let stop = self.word_run_end(j, end.min(j + 8));
        self.main_verb_in(j..stop).is_some()
            // a present verb in -s after a name or a determiner and noun: "as Trump
            // consolidates the support of ...", "as the governor consolidates support"
            // (not "the youngest players on")
            || (j + 2..stop).any(|x| {
                let v = self.tok(x);
                !v.capitalized
                    && v.norm.len() > 3
                    && v.norm.ends_with('s')
                    && !v.norm.ends_with("ss")
                    && (self.tok(x - 1).capitalized
                        || (x >= j + 3
                            && is_determiner(self.tok(x - 2).norm.as_str())
                            && !self
                                .seg
                                .tokens
                                .get(x + 1)
                                .is_some_and(|n| is_preposition(n.norm.as_str()))))
            })
    }

    /// The first finite-looking verb after the first word of `r` ("Bush spent", "the deal
    /// was"), where a noun phrase standing before the main verb ends.
    fn main_verb_in(&self, r: Range<usize>) -> Option<usize> {
        (r.start + 1..r.end).find(|&j| {
            let t = self.tok(j);
            !t.capitalized && (is_verb_aux(t.norm.as_str()) || self.is_verb_like(j))
        })
    }

    /// The possessor before a noun at `k`: "Trump's", "the senator's", "his".
    fn possessor(&self, s: &Range<usize>, k: usize) -> Option<Range<usize>> {
        // "his promises to ...", "her claim that ...": a possessive pronoun
        if k > s.start
            && matches!(
                self.tok(k - 1).norm.as_str(),
                "his" | "her" | "their" | "its"
            )
        {
            return Some(k - 1..k);
        }
        if k < s.start + 2 || self.tok(k - 1).norm != "'s" {
            return None;
        }
        let end = k - 1;
        let mut st = end;
        while st > s.start
            && (self.tok(st - 1).capitalized || self.tok(st - 1).norm == "the")
            && end - st < 5
        {
            st -= 1;
        }
        // "The senator's assumption", "the campaign's claim": a determiner and a noun
        if st == end
            && end >= s.start + 2
            && self.tok(end - 1).is_word()
            && is_determiner(self.tok(end - 2).norm.as_str())
        {
            st = end - 2;
        }
        // the "'s" belongs to the source span, as PolNeAR marks it ("Trump's claims")
        (st < end).then_some(st..end + 1)
    }

    /// "Trump ratcheted up his attacks on Rubio", "She escalated her attacks on X", "He made
    /// his support for X clear": a possessive pronoun on a stance noun that is the object of the
    /// clause's verb stands for that verb's subject, which PolNeAR marks as the source. The
    /// pronoun stays after a preposition ("was vocal in their criticism of X", "as well as his
    /// support for X"). (Claim nouns keep it: "repeated her claim that C" is measured apart.)
    fn possessive_holder(&self, s: &Range<usize>, poss: Range<usize>) -> Range<usize> {
        let pronoun = poss.len() == 1
            && matches!(
                self.tok(poss.start).norm.as_str(),
                "his" | "her" | "their" | "its"
            );
        if !pronoun {
            return poss;
        }
        let mut k = poss.start;
        while k > s.start
            && poss.start - k < 2
            && matches!(
                self.tok(k - 1).norm.as_str(),
                "up" | "down" | "on" | "off" | "back"
            )
        {
            k -= 1;
        }
        if k < s.start + 2 {
            return poss;
        }
        let verb = self.tok(k - 1);
        let v = verb.norm.as_str();
        let before = self.tok(k - 2);
        let finite = !verb.capitalized
            && verb.is_word()
            && !is_aux(v)
            && !is_preposition(v)
            && (v.ends_with("ed")
                || is_irregular_past(v)
                || is_aux(before.norm.as_str())
                || (v.ends_with('s') && (before.capitalized || is_pronoun(before.norm.as_str()))));
        if !finite {
            return poss;
        }
        let (end, _) = self.skip_aux_left(s, k - 1);
        self.subject_left(s, end)
            .filter(|np| np.end <= poss.start)
            .unwrap_or(poss)
    }

    /// A preposition governs the noun phrase starting at token `k`, so a participle after the
    /// noun phrase says what that noun phrase says, not the clause's subject ("the share of
    /// Republicans saying C", "asked about Pope Francis calling C", "a poll by the network
    /// showing C"); not "much of his speech defending C", where the speech is the subject's.
    fn preposition_governs(&self, k: usize) -> bool {
        if k < 2 {
            return false;
        }
        let p = self.tok(k - 1).norm.as_str();
        let quantity = matches!(
            self.tok(k - 2).norm.as_str(),
            "much" | "all" | "most" | "some" | "part" | "rest" | "many" | "half"
        );
        matches!(
            p,
            "of" | "about" | "by" | "from" | "alongside" | "including" | "among"
        ) && !(p == "of" && quantity)
    }

    /// The noun phrase a participle cue modifies ("a super PAC backing X"): a determiner,
    /// number or name opens it, and its last word is a noun.
    fn participle_modifies(&self, s: &Range<usize>, cue: Range<usize>) -> Option<Range<usize>> {
        let k = cue.start;
        if k <= s.start || !self.noun_word(k - 1) || self.is_day_word(k - 1) {
            return None;
        }
        // "the divisive nominating process", "Clinton's framing": a participle before a bare
        // noun or after a possessive is an adjective or a noun, not a clause
        let next = self.seg.tokens.get(cue.end)?;
        let nw = next.norm.as_str();
        let bare_noun = next.is_word()
            && !next.capitalized
            && !is_determiner(nw)
            && !is_pronoun(nw)
            && !is_preposition(nw)
            && !is_quantifier(nw)
            && !matches!(
                nw,
                "that" | "to" | "about" | "for" | "against" | "him" | "them"
            );
        if bare_noun || self.tok(k - 1).norm == "'s" {
            return None;
        }
        let np = self.np_before(k)?;
        let first = self.tok(np.start);
        let w = first.norm.as_str();
        let opens = (is_determiner(w) && w != "that")
            || is_quantifier(w)
            || first.kind == TokKind::Number
            || (first.capitalized && np.start > s.start);
        (opens && np.start >= s.start && !is_pronoun(w)).then_some(np)
    }

    /// `Claiming C, Trump told Fox ...`: a participle clause opening the sentence; its content
    /// runs to the comma, its source is the main clause's subject.
    fn fronted_participle(
        &mut self,
        si: usize,
        s: Range<usize>,
        h: &CueHit,
    ) -> Option<Vec<Range<usize>>> {
        let comma = (h.tokens.end + 1..s.end).find(|&j| {
            let t = self.tok(j);
            t.norm == "," || t.is_quote() || is_final_punct(t)
        })?;
        if self.tok(comma).norm != "," {
            return None;
        }
        // ("Having announced C, the judge proceeded": any finite verb)
        let verb = (comma + 2..s.end.min(comma + 10)).find(|&j| {
            let t = self.tok(j);
            !t.capitalized
                && (is_aux(t.norm.as_str()) || self.is_cue_verb_form(j) || self.verb_like(j))
        })?;
        let subj = self.subject_left(&s, verb)?;
        if subj.start != comma + 1 {
            return None;
        }
        let content = vec![self.span_of(h.tokens.end..comma)];
        self.push(si, Some(subj.clone()), h, content, false, "participial");
        Some(vec![subj])
    }

    /// A participle opened by a subordinator before any verb of the sentence ("Tuesday, while
    /// discussing C, Ryan said"): the subject right after a later comma, before its verb.
    fn subject_after_fronted(&self, s: &Range<usize>, h: &CueHit) -> Option<Range<usize>> {
        let subordinator = |k: usize| {
            matches!(
                self.tok(k).norm.as_str(),
                "while" | "after" | "before" | "when" | "upon" | "without" | "since"
            )
        };
        // ("After months of refusing C, Clinton has ...": a prepositional phrase that opens
        // the sentence with a subordinator holds the gerund)
        let opener = h.tokens.start > s.start
            && (subordinator(h.tokens.start - 1)
                || (h.tokens.start > s.start + 2
                    && subordinator(s.start)
                    && is_preposition(self.tok(h.tokens.start - 1).norm.as_str())));
        if !opener || (s.start..h.tokens.start).any(|j| self.verb_like(j)) {
            return None;
        }
        let stop = s.end.min(h.tokens.end + 60);
        for j in h.tokens.end..stop {
            let t = self.tok(j);
            if is_final_punct(t) || t.norm == ";" {
                return None;
            }
            // (the comma may sit inside a closing quote: 'slammed as "careless," Clinton has')
            let comma_in_quote = t.kind == TokKind::CloseQuote && self.tok(j - 1).norm == ",";
            if !comma_in_quote && (t.norm != "," || self.seg.quote_around(j).is_some()) {
                continue;
            }
            let Some(v) = (j + 2..stop.min(j + 14)).find(|&k| self.verb_like(k)) else {
                continue;
            };
            let (end, _) = self.skip_aux_left(s, v);
            if let Some(np) = self.subject_left(s, end) {
                if np.start == j + 1 && self.plain_np(&np) {
                    return Some(np);
                }
            }
        }
        None
    }

    /// The subject of the sentence's main clause: its first noun phrase, found as the source
    /// of an earlier claim in the sentence or as the words before the first verb-like token.
    fn sentence_subject(&self, s: &Range<usize>, before: usize) -> Option<Range<usize>> {
        // the nearest clause's subject, unless that clause is the content of an earlier claim
        // ("Ginsburg said that she ... and predicted C": Ginsburg)
        let near = self.clause_subject_left(s, before);
        let claim = self.same_level_claim(s, before);
        if let Some(np) = near.clone() {
            let at = self.tok(np.start).span.start;
            // (only a content after its cue: "C, X said" is an aside, not the clause)
            let in_content = claim.is_some_and(|c| {
                c.cue.spans.first().is_some_and(|cue| cue.start < at)
                    && c.content.iter().any(|sp| sp.start <= at && at < sp.end)
            });
            if !in_content {
                return Some(np);
            }
        }
        if let Some(c) = claim {
            let sp = c.source.spans[0];
            let a = self.token_at(sp.start);
            let b = self.token_at(sp.end);
            return Some(a..b);
        }
        // the subject of the main clause's first verb, after a fronted clause or adverb
        // ("Although X, Lynch announced ..., saying C", "Yet she has ..., citing C")
        let mut start = s.start;
        let first = self.tok(start).norm.as_str();
        if is_preposition(first)
            || matches!(
                first,
                "although"
                    | "though"
                    | "when"
                    | "while"
                    | "if"
                    | "because"
                    | "as"
                    | "instead"
                    | "even"
                    | "outside"
                    | "inside"
                    | "shortly"
                    | "once"
            )
            || first.ends_with("ing")
        {
            if let Some(c) = (start + 1..before).find(|&j| self.tok(j).norm == ",") {
                start = c + 1;
            }
        } else if matches!(
            first,
            "yet" | "then" | "but" | "and" | "so" | "still" | "now"
        ) {
            start += 1;
        }
        let verb = (start + 1..before).find(|&j| {
            let t = self.tok(j);
            !t.capitalized
                && (matches!(
                    t.norm.as_str(),
                    "is" | "was" | "are" | "were" | "has" | "have" | "had" | "will" | "would"
                ) || self.is_cue_verb_form(j)
                    || (t.norm.ends_with("ed") && t.norm.len() > 4)
                    // ("Arriving upon the scene, police began searching ..., believing C")
                    || is_irregular_past(t.norm.as_str()))
        });
        if let Some(v) = verb {
            let sub = start..s.end;
            if let Some(np) = self.subject_left(&sub, self.skip_aux_left(&sub, v).0) {
                if np.start >= start && np.start <= start + 1 {
                    return Some(np);
                }
            }
        }
        // a mention near the sentence start, after an opening conjunction ("But the Rubio
        // campaign risks ... by dismissing C")
        let s0 =
            s.start + usize::from(s.start + 2 < before && self.opening_conjunction(s, s.start + 1));
        let mut k = s0;
        while k < before
            && (self.tok(k).capitalized
                || is_determiner(self.tok(k).norm.as_str())
                || self.tok(k).norm == "'s")
        {
            k += 1;
        }
        // "The senator ...": a determiner takes the noun phrase it opens
        if k > s0 && is_determiner(self.tok(k - 1).norm.as_str()) {
            let np_start = k;
            let noun_like = |k: usize| {
                let t = self.tok(k);
                let verb_like = is_aux(t.norm.as_str())
                    || is_preposition(t.norm.as_str())
                    || (t.norm.ends_with("ed") && t.norm.len() > 4)
                    || self.is_cue_verb_form(k);
                t.is_word() && !verb_like
            };
            while k < before && k < np_start + 4 && noun_like(k) {
                k += 1;
            }
        }
        // ("There is still time ..., calling X a liar": an expletive is nobody)
        let expletive =
            k == s0 + 1 && matches!(self.tok(s0).norm.as_str(), "there" | "it" | "this");
        // nor is an opening preposition, subordinator, adverb or participle ("Although",
        // "Without", "Shortly", "Arriving"), or a dateline ("WASHINGTON")
        let first = self.tok(s0);
        let w = first.norm.as_str();
        let opener = is_preposition(w)
            || is_left_boundary(w)
            || matches!(w, "once" | "outside" | "inside" | "shortly" | "then")
            || (w.len() > 4 && (w.ends_with("ing") || w.ends_with("ly")))
            || (w.len() > 2 && {
                let t = first.span.text(self.text);
                t.chars().all(|c| !c.is_lowercase())
            });
        if k > s0 && k < before && !expletive && !opener {
            return Some(s0..k);
        }
        let t = self.tok(s0);
        if is_pronoun(t.norm.as_str()) {
            return Some(s0..s0 + 1);
        }
        None
    }

    /// The subject of the nearest clause left of token `pos`, found from its verb ("when Trump
    /// spotted a sign and asked", "and Emanuel fired his chief, acknowledging"). A clause that
    /// is the complement of a speech verb or "that" is passed over ("Allies say that he does
    /// not see it, believing": Allies).
    fn clause_subject_left(&self, s: &Range<usize>, pos: usize) -> Option<Range<usize>> {
        let lo = pos.saturating_sub(40).max(s.start + 1);
        let mut v = pos;
        while v > lo {
            v -= 1;
            let t = self.tok(v);
            // a quotation is no clause of the sentence
            if t.is_quote() || self.seg.quote_around(v).is_some() {
                continue;
            }
            // nor is an aside in dashes ("- ''He would have loved it,'' Biden said twice -")
            if matches!(t.norm.as_str(), "—" | "–" | "--" | "-") {
                if let Some(open) = (v.saturating_sub(30).max(lo)..v)
                    .rev()
                    .find(|&j| self.tok(j).norm == t.norm)
                {
                    v = open;
                }
                continue;
            }
            if !self.verb_like(v) {
                continue;
            }
            let (end, _) = self.skip_aux_left(s, v);
            // "there is no doubt that": the nearest clause has no subject
            if end <= s.start || self.tok(end - 1).norm == "there" {
                return None;
            }
            let Some(np) = self.subject_left(s, end).filter(|np| self.plain_np(np)) else {
                continue;
            };
            if np.start > s.start {
                let prev = self.tok(np.start - 1);
                // a subject follows a clause boundary, not a verb or noun ("had a comparable
                // assessment of X's record")
                // (or a date: "On September 27 they published ..., announcing C")
                let boundary = !prev.is_word()
                    || prev.capitalized
                    || (prev.kind == TokKind::Number
                        && is_pronoun(self.tok(np.start).norm.as_str()))
                    || is_left_boundary(prev.norm.as_str())
                    || self.cue_verb_word(np.start - 1)
                    || is_day_name(prev.norm.as_str())
                    || matches!(
                        prev.norm.as_str(),
                        "who" | "ago" | "later" | "earlier" | "morning" | "night" | "week"
                    )
                    // ("By Sunday afternoon she had canceled ..., citing C", "And then Ortiz
                    // went on the attack, saying C": a time word or a sentence adverb before
                    // the subject, and a nominative pronoun opens a clause wherever it stands)
                    || matches!(
                        prev.norm.as_str(),
                        "afternoon"
                            | "evening"
                            | "tonight"
                            | "today"
                            | "month"
                            | "year"
                            | "then"
                            | "now"
                            | "still"
                            | "instead"
                            | "meanwhile"
                    )
                    || (np.len() == 1
                        && is_subject_pronoun(self.tok(np.start).norm.as_str()));
                if !boundary || self.complement_at(np.start - 1) {
                    v = np.start;
                    continue;
                }
            }
            return Some(np);
        }
        None
    }

    /// No verb-like word before a relative pronoun or punctuation in the noun phrase: a
    /// verb phrase ("taken a swipe at Trump", "stating there") read as a subject is none.
    fn plain_np(&self, np: &Range<usize>) -> bool {
        let first = self.tok(np.start);
        let f = first.norm.as_str();
        // "helping Mrs. Clinton", "seem": a lowercase -ing word or a lone lowercase word that
        // is no pronoun, plural or quantifier
        if !first.capitalized
            && ((f.ends_with("ing") && f.len() > 4)
                || (np.len() == 1
                    && !is_pronoun(f)
                    && !f.ends_with('s')
                    && !matches!(
                        f,
                        "which" | "that" | "all" | "both" | "most" | "many" | "few"
                    )))
        {
            return false;
        }
        for j in np.clone() {
            let t = self.tok(j);
            let w = t.norm.as_str();
            if !t.is_word() || matches!(w, "who" | "which" | "that") {
                break;
            }
            let cue_form = !t.capitalized
                && (w.ends_with("ing") || w.ends_with('s'))
                && self.cue_verb_word(j)
                && !self.noun_like(j);
            if self.verb_like(j) || cue_form || (j == np.start && (is_preposition(w) || is_aux(w)))
            {
                return false;
            }
        }
        true
    }

    /// The noun phrase can name someone who holds a view: a name, a personal pronoun, or a
    /// noun for people or an organisation ("the agency", "her lawyers"), not "it" or "the tax".
    fn agentive(&self, np: &Range<usize>) -> bool {
        let last = self.tok(np.end - 1);
        let w = last.norm.as_str();
        let people = |w: &str| {
            let w = w.strip_suffix('s').unwrap_or(w);
            w.ends_with("er")
                || w.ends_with("or")
                || w.ends_with("ist")
                || w.ends_with("ian")
                || w.ends_with("ent")
                || w.ends_with("man")
                || w.ends_with("men")
                || w.ends_with("woman")
                || w.ends_with("people")
                || w.ends_with("ive")
                || w.ends_with("ant")
                || matches!(
                    w,
                    "school"
                        | "agency"
                        | "agencie"
                        | "team"
                        | "campaign"
                        | "committee"
                        | "group"
                        | "department"
                        | "government"
                        | "administration"
                        | "party"
                        | "partie"
                        | "court"
                        | "company"
                        | "companie"
                        | "aide"
                        | "official"
                        | "voter"
                        | "critic"
                        | "democrat"
                        | "republican"
                        | "union"
                        | "council"
                        | "board"
                        | "panel"
                        | "staff"
                        | "senate"
                        | "house"
                        | "congress"
                        | "candidate"
                        | "nominee"
                        | "ally"
                        | "allie"
                        | "rival"
                        | "some"
                        | "many"
                        | "other"
                        | "both"
                        | "all"
                        | "most"
                )
        };
        last.capitalized && w != "it" && w != "there"
            || matches!(w, "he" | "she" | "they" | "we" | "i" | "who")
            || (!last.capitalized && people(w))
    }

    /// A participle of feeling or conviction is an adjective whose subject holds the view:
    /// "Her advisers are not convinced that C", "They are focused on C".
    fn psych_participle(&self, h: &CueHit) -> bool {
        // ("was persuaded to support X" is a passive: someone persuaded)
        let to_next = self
            .seg
            .tokens
            .get(h.tokens.end)
            .is_some_and(|t| t.norm == "to");
        !to_next
            && matches!(
                self.tok(h.tokens.start).norm.as_str(),
                "convinced"
                    | "unconvinced"
                    | "persuaded"
                    | "focused"
                    | "assured"
                    | "concerned"
                    | "worried"
                    | "pleased"
                    | "surprised"
                    | "disappointed"
                    | "satisfied"
                    | "determined"
                    | "frustrated"
                    | "alarmed"
                    | "troubled"
                    | "encouraged"
                    | "heartened"
                    | "dismayed"
                    | "outraged"
                    | "shocked"
                    | "disturbed"
                    | "angered"
                    | "bothered"
                    | "impressed"
                    | "unimpressed"
                    | "relieved"
                    | "puzzled"
                    | "baffled"
                    | "committed"
                    | "resigned"
                    | "intrigued"
                    | "amazed"
                    | "appalled"
                    | "horrified"
                    | "delighted"
                    | "thrilled"
            )
    }

    /// Token `k` looks like a finite verb: an auxiliary, a past form, a speech verb after a
    /// pronoun or a name.
    fn verb_like(&self, k: usize) -> bool {
        let t = self.tok(k);
        let w = t.norm.as_str();
        if !t.is_word() || t.capitalized || k == 0 || !w.starts_with(|c: char| c.is_alphabetic()) {
            return false;
        }
        let prev = self.tok(k - 1);
        let p = prev.norm.as_str();
        // "the alleged", "the most qualified": a participle after a determiner or degree word
        let adjectival = is_determiner(p)
            || matches!(
                p,
                "most" | "more" | "less" | "very" | "so" | "too" | "as" | "be"
            );
        let after_subject = prev.capitalized || is_pronoun(p);
        // "she becomes", "he sings": a word in -s after a singular subject pronoun is its
        // verb, cue or not
        let present_after_pronoun = matches!(p, "he" | "she")
            && w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("ous");
        present_after_pronoun
            || matches!(
                w,
                "is" | "was"
                    | "are"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "may"
                    | "might"
                    | "should"
                    | "must"
                    | "did"
                    | "does"
            )
            || (!adjectival && ((w.ends_with("ed") && w.len() > 4) || is_irregular_past(w)))
            || (after_subject && !w.ends_with("ing") && self.cue_verb_word(k) && !self.noun_like(k))
    }

    /// Token `k` is a one-word verb cue in any form ("insists", "said", "claim").
    fn cue_verb_word(&self, k: usize) -> bool {
        let w = self.tok(k).norm.as_str();
        w.starts_with(|c: char| c.is_alphabetic()) && !is_preposition(w) && self.is_verb_cue_word(k)
    }

    /// Token `k` opens a complement clause: "that", a question word, a speech verb ("said
    /// he", "told the AP her group").
    fn complement_at(&self, k: usize) -> bool {
        let t = self.tok(k);
        matches!(t.norm.as_str(), "that" | "how" | "whether" | "why" | "what")
            || (!t.capitalized && self.cue_verb_word(k))
    }

    /// The latest earlier claim of the sentence at the level of token `before`: its cue comes
    /// first, and it is not inside another claim's content that `before` is outside of ("Ms.
    /// Lee said that he had warned them, adding ...": Lee, not he).
    fn same_level_claim(&self, s: &Range<usize>, before: usize) -> Option<&Claim> {
        let pos = self.tok(before).span.start;
        let inside = |c: &Claim, p: usize| c.content.iter().any(|sp| sp.start <= p && p < sp.end);
        let cue = |c: &Claim| c.cue.spans.first().map_or(usize::MAX, |sp| sp.start);
        let mine = |c: &&Claim| self.seg.sentences[c.sentence].tokens == *s;
        let here: Vec<&Claim> = self.claims.iter().rev().take_while(mine).collect();
        // (two claims whose contents hold each other's cue are side by side: "C, X said")
        let nested = |c: &Claim, d: &Claim| inside(d, cue(c)) && !inside(c, cue(d));
        here.iter().copied().find(|c| {
            !c.source.spans.is_empty()
                && cue(c) < pos
                && !here
                    .iter()
                    .any(|d| !std::ptr::eq(*d, *c) && nested(c, d) && !inside(d, pos))
        })
    }

    /// `it was reported that C`, `X is said to C`, `X was quoted as saying C`.
    fn passive(&mut self, si: usize, s: Range<usize>, h: &CueHit) -> Option<Vec<Range<usize>>> {
        if !h.participle || h.tokens.start < s.start + 1 || self.psych_participle(h) {
            return None;
        }
        // "was first reported", "has been widely criticized": adverbs between
        let mut be_at = h.tokens.start - 1;
        while be_at > s.start && {
            let t = &self.tok(be_at).norm;
            (t.ends_with("ly") && t.len() > 4)
                || matches!(
                    t.as_str(),
                    "first" | "also" | "long" | "once" | "already" | "often"
                )
        } {
            be_at -= 1;
        }
        if !matches!(
            self.tok(be_at).norm.as_str(),
            "is" | "was" | "were" | "are" | "been" | "be"
        ) {
            return None;
        }
        let after = (h.tokens.end < s.end).then(|| self.tok(h.tokens.end));
        let before_be = be_at;
        // "it was reported that C": no source
        if before_be > s.start
            && self.tok(before_be - 1).norm == "it"
            && after.is_some_and(|t| t.norm == "that")
        {
            let from = h.tokens.end + 1;
            let end = self.clause_end(&s, from);
            if end <= from {
                return None;
            }
            let content = vec![self.span_of(from - 1..end)];
            self.push(si, None, h, content, false, "passive");
            return Some(vec![]);
        }
        // "X is said to C" / "X was quoted as saying C"
        let (subj_end, negated) = self.skip_aux_left(&s, h.tokens.start);
        let subj = self.subject_left(&s, subj_end)?;
        let mut from = h.tokens.end;
        // "The leaders were expected to discuss C": whoever expects is unnamed; the subject is
        // the content's, not the source ("X was quoted as saying C" keeps X)
        let mut source = Some(subj.clone());
        let mut infinitive = false;
        // ("were described to him by a reporter": "to" before a hearer is no infinitive)
        let to_hearer = from + 1 < s.end && {
            let n = self.tok(from + 1);
            let w = n.norm.as_str();
            matches!(w, "him" | "her" | "them" | "me" | "us" | "reporters")
                || (is_determiner(w) && w != "that")
        };
        if to_hearer && after.is_some_and(|t| t.norm == "to") {
            if let Some(u) = self.passive_by_agent(si, s.clone(), h, subj.clone(), negated) {
                return Some(u);
            }
        }
        if after.is_some_and(|t| t.norm == "to") {
            infinitive = true;
            source = None;
        } else if after.is_some_and(|t| t.norm == "as")
            && from + 1 < s.end
            && self.tok(from + 1).norm.ends_with("ing")
        {
            from += 2;
            if from < s.end && self.tok(from).norm == "that" {
                from += 1;
            }
        } else {
            return self.passive_by_agent(si, s, h, subj, negated);
        }
        let end = self.clause_end(&s, from);
        if end <= from + usize::from(infinitive) {
            return None;
        }
        // an unnamed expectation is about its subject: "The White House … to sign the
        // measure", as PolNeAR annotates it (like "seems to")
        let spans = if infinitive {
            vec![
                self.span_of(self.trim_np(subj.clone())),
                self.span_of(from..end),
            ]
        } else {
            vec![self.span_of(from..end)]
        };
        self.push(si, source, h, spans, negated, "passive");
        Some(vec![subj])
    }

    /// `C was first reported by X`, `C has been endorsed by X`, `C has been called a
    /// charlatan by X`: the agent is the source, the subject (and any complement) the content.
    fn passive_by_agent(
        &mut self,
        si: usize,
        s: Range<usize>,
        h: &CueHit,
        subj: Range<usize>,
        negated: bool,
    ) -> Option<Vec<Range<usize>>> {
        let by = (h.tokens.end..s.end.min(h.tokens.end + 6)).find(|&j| {
            let t = self.tok(j);
            t.norm == "by" || is_clause_punct(t) || is_final_punct(t) || t.norm == "that"
        })?;
        if self.tok(by).norm != "by" {
            return None;
        }
        // the agent ends before an adjunct of the verb ("by his rivals for failing to ...",
        // "by networks immediately after polls closed", "by the media as a bumbler")
        let agent_np_end = |from: usize| {
            let end = self.np_end(&s, from);
            (from + 1..end)
                .find(|&j| {
                    let t = self.tok(j);
                    let next = self.seg.tokens.get(j + 1).filter(|_| j + 1 < end);
                    matches!(
                        t.norm.as_str(),
                        "for"
                            | "after"
                            | "before"
                            | "during"
                            | "because"
                            | "when"
                            | "while"
                            | "since"
                            | "until"
                            | "immediately"
                    ) || (t.norm == "in" && next.is_some_and(|n| n.kind == TokKind::Number))
                        || (t.norm == "as"
                            && next.is_some_and(|n| matches!(n.norm.as_str(), "a" | "an")))
                        || (t.norm == "on" && next.is_some_and(|n| is_day_name(n.norm.as_str())))
                })
                .unwrap_or(end)
        };
        let mut agent_end = agent_np_end(by + 1);
        // "was projected by networks and the Associated Press", "were echoed by her campaign
        // and Democrats across the country": a coordinated agent keeps every conjunct (not
        // "was backed by X and has since ...": a verb after "and" opens a clause)
        while agent_end + 1 < s.end && self.tok(agent_end).norm == "and" && {
            let n = self.tok(agent_end + 1);
            let w = n.norm.as_str();
            n.is_word()
                && !is_aux(w)
                && !is_preposition(w)
                && !is_left_boundary(w)
                && (n.capitalized || !self.verb_like(agent_end + 1))
        } {
            let next = agent_np_end(agent_end + 1);
            if next <= agent_end + 1 || self.tok(next - 1).norm == "and" {
                break;
            }
            agent_end = next;
        }
        if agent_end <= by + 1 || !(by + 1..agent_end).any(|j| is_word(self.tok(j))) {
            return None;
        }
        let mut content = vec![self.span_of(self.trim_np(subj.clone()))];
        if by > h.tokens.end {
            content.push(self.span_of(h.tokens.end..by));
        }
        self.push(
            si,
            Some(by + 1..agent_end),
            h,
            content,
            negated,
            "passive-by",
        );
        Some(vec![subj, by + 1..agent_end])
    }

    /// `Asked about C, Rubio said ...`, `When asked by Matt Lauer whether C, she said ...`,
    /// `..., Christie said when asked whether C`: a question put to the main clause's speaker.
    /// The asker is the by-agent (often unnamed); the content is the question.
    fn asked_clause(
        &mut self,
        si: usize,
        s: Range<usize>,
        h: &CueHit,
    ) -> Option<Vec<Range<usize>>> {
        if !h.participle || self.lex.cues[h.entry].stance != Stance::Question {
            return None;
        }
        let at = h.tokens.start;
        let fronted = at == s.start
            || (at == s.start + 1
                && matches!(
                    self.tok(s.start).norm.as_str(),
                    "when" | "whenever" | "if" | "once"
                ));
        let trailing = at > s.start
            && !fronted
            && matches!(
                self.tok(at - 1).norm.as_str(),
                "when" | "whenever" | "after" | "if"
            );
        if !fronted && !trailing {
            return None;
        }
        let mut from = h.tokens.end;
        // "last month", "on Fox News", "at the conference": a short adjunct before the question
        let opens_question = |t: &Token| {
            is_wh_word(t.norm.as_str()) || matches!(t.norm.as_str(), "about" | "to" | "by")
        };
        let mut j = from;
        while j < s.end
            && j < from + 5
            && !opens_question(self.tok(j))
            && !is_clause_punct(self.tok(j))
        {
            j += 1;
        }
        if j < s.end && opens_question(self.tok(j)) {
            from = j;
        }
        let mut source = None;
        if from < s.end && self.tok(from).norm == "by" {
            let mut e = from + 1;
            while e < s.end && e < from + 8 {
                let t = self.tok(e);
                if is_clause_punct(t) || is_final_punct(t) || opens_question(t) {
                    break;
                }
                e += 1;
            }
            if e == from + 1 || e >= s.end || !opens_question(self.tok(e)) {
                return None;
            }
            source = Some(from + 1..e);
            from = e;
        }
        if from >= s.end || !opens_question(self.tok(from)) || self.tok(from).norm == "by" {
            return None;
        }
        let end = if fronted {
            (from + 1..s.end).find(|&k| self.tok(k).norm == ",")?
        } else {
            self.clause_end(&s, from)
        };
        if end <= from + 1 {
            return None;
        }
        let content = vec![self.span_of(from..end)];
        self.push(si, source.clone(), h, content, false, "asked-clause");
        Some(source.into_iter().collect())
    }

    /// `Trump seems to be the classic New York personality`, `It appears that C`: the writer's
    /// hedge. PolNeAR gives it no source; the content is the subject and its complement.
    fn seem_appear(&mut self, si: usize, s: Range<usize>, h: &CueHit) -> Option<Vec<Range<usize>>> {
        let (subj_end, negated) = self.skip_aux_left(&s, h.tokens.start);
        let mut from = h.tokens.end;
        while from < s.end && {
            let w = &self.tok(from).norm;
            w.ends_with("ly") && w.len() > 4
        } {
            from += 1;
        }
        let next = self.tok(from.min(s.end - 1)).norm.as_str();
        if from >= s.end {
            return None;
        }
        let subj = self.subject_left(&s, subj_end)?;
        let expletive = subj.len() == 1 && self.tok(subj.start).norm == "it";
        // "It seems the Democrats have too many", "It appears Trump will win": a that-less
        // clause opens with a determiner, a subject pronoun or a name
        let thatless = expletive && {
            let t = self.tok(from);
            // (not "a": "It seems a long time ago" is a predicate)
            (is_determiner(next) && !matches!(next, "a" | "an"))
                || is_subject_pronoun(next)
                || (t.capitalized && t.is_word())
        };
        let spans = if expletive && (next == "that" || thatless) {
            let end = self.clause_end(&s, from);
            (end > from + 1).then(|| vec![self.span_of(from..end)])?
        } else if !expletive && next == "to" {
            // "The emails seem to show that C", "She appeared to imply C": a speech or
            // knowledge verb after "to" reports what the subject conveys, and the subject is
            // its source (PolNeAR: 'a recent review ... seems to show', 'Rubio seemed to offer')
            if from + 2 < s.end
                && !self.tok(h.tokens.start).norm.ends_with("ing")
                && self.is_verb_cue_word(from + 1)
                && self.reporting_infinitive(from + 1)
            {
                let frame = self
                    .lex
                    .cue_index
                    .get(&self.tok(from + 1).norm)
                    .and_then(|v| v.iter().find(|fm| fm.rest.is_empty()))
                    .map(|fm| self.lex.cues[fm.entry].frame);
                if let Some((spans, _)) =
                    self.content_right(&s, from + 2, frame == Some(CueFrame::NpVerb), false)
                {
                    let cue = CueHit {
                        tokens: h.tokens.start..from + 2,
                        ..h.clone()
                    };
                    self.push(si, Some(subj.clone()), &cue, spans, negated, "seem-appear");
                    // the verb after "to" is part of this cue, no claim of its own
                    return Some(vec![subj, from..from + 2]);
                }
            }
            let end = self.predicate_end(from, self.clause_end(&s, from));
            if end <= from + 1 {
                return None;
            }
            vec![
                self.span_of(self.trim_np(subj.clone())),
                self.span_of(from..end),
            ]
        } else if !expletive && self.predicative_start(from) {
            // "Trump's supporters seemed equally unperturbed", "The team appeared
            // paralyzed", "This seems like a turning point": the complement with its adverbs
            let start = h.tokens.end;
            let end = self.predicate_end(from, self.clause_end(&s, from));
            if end <= from {
                return None;
            }
            vec![
                self.span_of(self.trim_np(subj.clone())),
                self.span_of(start..end),
            ]
        } else {
            return None;
        };
        self.push(si, None, h, spans, negated, "seem-appear");
        Some(vec![subj])
    }

    /// Where the predicate after "seem" / "appear" (from `from`, at most to `end`) ends: the
    /// writer's words after it are not what seems ("Clinton seemed irritated: ...",
    /// "Superdelegates might seem undemocratic, but ...", "Cruz seemed lost, applauding
    /// along", "candidates appear more attractive the more likely they are to win").
    fn predicate_end(&self, from: usize, end: usize) -> usize {
        let mut depth = 0i32;
        for j in from + 1..end {
            let t = self.tok(j);
            match t.kind {
                TokKind::OpenQuote => depth += 1,
                TokKind::CloseQuote => depth -= 1,
                _ => {}
            }
            if depth > 0 {
                continue;
            }
            let next = self.seg.tokens.get(j + 1);
            let stop = match t.norm.as_str() {
                ":" | ";" => true,
                "," => {
                    next.is_some_and(|n| {
                        matches!(n.norm.as_str(), "but" | "including")
                            || (self.writer_participle(j + 1)
                                && !PREDICATE_ING.contains(&n.norm.as_str())
                                && self.seg.tokens.get(j + 2).is_some_and(|m| {
                                    !matches!(m.norm.as_str(), "and" | "or" | ",")
                                }))
                    })
                }
                "the" => {
                    next.is_some_and(|n| matches!(n.norm.as_str(), "more" | "less"))
                        && (from..j).any(|x| matches!(self.tok(x).norm.as_str(), "more" | "less"))
                }
                _ => false,
            };
            if stop {
                return j;
            }
        }
        end
    }

    /// Token `k` after "seem to" / "appear to" is a verb that conveys a message ("show",
    /// "imply", "suggest", "confirm"), not one that describes an act ("pay", "rely").
    fn reporting_infinitive(&self, k: usize) -> bool {
        matches!(
            self.tok(k).norm.as_str(),
            "show"
                | "imply"
                | "suggest"
                | "indicate"
                | "confirm"
                | "recognize"
                | "acknowledge"
                | "concede"
                | "contradict"
                | "endorse"
                | "reject"
                | "dismiss"
                | "mock"
                | "question"
                | "blame"
                | "praise"
                | "criticize"
                | "oppose"
                | "support"
                | "offer"
                | "reflect"
                | "signal"
                | "hint"
                | "embrace"
                | "defend"
                | "deny"
                | "accuse"
                | "admit"
                | "argue"
                | "say"
                | "believe"
                | "think"
                | "agree"
                | "disagree"
                | "warn"
                | "predict"
                | "reveal"
        )
    }

    /// Token `k` can open a predicative complement after "seem" / "appear": an adjective, a
    /// participle or "like" ("seemed unperturbed", "appeared paralyzed"), not a place,
    /// a time or an object ("appeared on Fox News", "appeared Tuesday", "appeared together").
    fn predicative_start(&self, k: usize) -> bool {
        let t = self.tok(k);
        let w = t.norm.as_str();
        w == "like"
            || (t.is_word()
                && t.kind != TokKind::Number
                && !t.capitalized
                && !is_preposition(w)
                && !is_determiner(w)
                && !is_pronoun(w)
                && !is_aux(w)
                && !matches!(
                    w,
                    "to" | "that"
                        | "as"
                        | "together"
                        | "alongside"
                        | "onstage"
                        | "here"
                        | "there"
                        | "again"
                        | "live"
                        | "twice"
                        | "once"
                        | "before"
                        | "after"
                        | "and"
                        | "or"
                        | "but"
                        | "not"
                        | "so"
                ))
    }

    /// `As stated in X's commentary, C` / `As reported by X, C`.
    fn as_reported(&mut self, si: usize, s: Range<usize>, h: &CueHit) -> Option<Vec<Range<usize>>> {
        let as_tok = h.tokens.start.checked_sub(1)?;
        if !h.participle || as_tok != s.start || self.tok(as_tok).norm != "as" {
            return None;
        }
        let prep = h.tokens.end;
        if prep >= s.end || !matches!(self.tok(prep).norm.as_str(), "in" | "by") {
            return None;
        }
        let comma = (prep + 1..s.end.min(prep + 12)).find(|&j| self.tok(j).norm == ",")?;
        let end = self.clause_end(&s, comma + 1);
        if comma <= prep + 1 || end <= comma + 1 {
            return None;
        }
        let content = vec![self.span_of(comma + 1..end)];
        let source = prep + 1..comma;
        self.push(si, Some(source.clone()), h, content, false, "as-reported");
        Some(vec![source])
    }

    /// `what X called "C"` and `X called C` ("called the charges unsubstantiated").
    fn what_called(&mut self, si: usize, s: Range<usize>, h: &CueHit) -> Option<Vec<Range<usize>>> {
        let lemma = &self.lex.cues[h.entry].lemma;
        if lemma != "call" && lemma != "describe" && lemma != "dub" && lemma != "label" {
            return None;
        }
        let (subj_end, negated) = self.skip_aux_left(&s, h.tokens.start);
        let subj = self.subject_left(&s, subj_end)?;
        let what = subj.start > s.start && self.tok(subj.start - 1).norm == "what";
        if !what && self.non_report_sense(h) {
            return None;
        }
        let from = h.tokens.end;
        if from >= s.end {
            return None;
        }
        let t = self.tok(from);
        if is_final_punct(t)
            || is_clause_punct(t)
            || matches!(
                t.norm.as_str(),
                "for"
                    | "on"
                    | "in"
                    | "to"
                    | "up"
                    | "off"
                    | "by"
                    | "at"
                    | "with"
                    | "from"
                    | "out"
                    | "into"
                    | "back"
                    | "over"
                    | "upon"
                    | "around"
            )
        {
            return None;
        }
        let end = if what {
            // up to the end of the noun phrase holding the quote: "a “seriously flawed” package of sanctions"
            self.clause_end(&s, from).min(self.np_end(&s, from))
        } else {
            self.clause_end(&s, from)
        };
        if end <= from {
            return None;
        }
        let span = self.span_of(from..end);
        self.push(
            si,
            Some(subj.clone()),
            h,
            vec![span],
            negated,
            if what { "what-called" } else { "subject-verb" },
        );
        Some(vec![subj])
    }

    /// End of a noun phrase starting at `from`: before a verb-like word or clause punctuation.
    fn np_end(&self, s: &Range<usize>, from: usize) -> usize {
        let mut k = from;
        let mut in_quote = false;
        while k < s.end {
            let t = self.tok(k);
            match t.kind {
                TokKind::OpenQuote => in_quote = true,
                TokKind::CloseQuote => in_quote = false,
                _ => {}
            }
            if !in_quote
                && (is_clause_punct(t)
                    || is_final_punct(t)
                    || matches!(
                        t.norm.as_str(),
                        "that" | "which" | "who" | "and" | "is" | "was" | "will" | "has"
                    ))
            {
                break;
            }
            k += 1;
        }
        k
    }

    /// `WALLACE: C` / `Pat Caddell: C` at a paragraph start: the rest of the paragraph.
    fn colon_lead_in(&mut self, si: usize, s: Range<usize>) -> bool {
        let sent = &self.seg.sentences[si];
        let para = &self.seg.paragraphs[sent.paragraph];
        if para.sentences.start != si {
            return false;
        }
        // a transcript quoted paragraph by paragraph: `"WALLACE: ...`
        let mut start = s.start;
        while start < s.end && self.tok(start).kind == TokKind::OpenQuote {
            start += 1;
        }
        let Some(colon) = (start..s.end.min(start + 7)).find(|&j| self.tok(j).norm == ":") else {
            return false;
        };
        if colon == start || colon + 1 >= s.end {
            return false;
        }
        let mut src = start..colon;
        if !src.clone().all(|j| {
            self.tok(j).capitalized
                || matches!(self.tok(j).norm.as_str(), "." | "of" | "the" | "'s" | "-")
        }) {
            return false;
        }
        // a section heading ("Stealth Over Health:", "The Gap Goes On:") or a label
        // ("Source:", "Editor's note:") is no speaker
        let heading = (src.start + 1..src.end)
            .any(|j| self.tok(j).capitalized && is_preposition(self.tok(j).norm.as_str()))
            || matches!(
                self.tok(src.start).norm.as_str(),
                "source"
                    | "sources"
                    | "note"
                    | "editor"
                    | "photo"
                    | "update"
                    | "correction"
                    | "related"
            )
            // interview and news-wire labels ("Q:", "A:", "The Latest:", "EXCLUSIVE:",
            // "BUSTED:", "Wow:"): the words after them have their own attributions
            || (src.len() == 1
                && matches!(
                    self.tok(src.start).norm.as_str(),
                    "q" | "a"
                        | "exclusive"
                        | "busted"
                        | "breaking"
                        | "watch"
                        | "wow"
                        | "look"
                        | "listen"
                        | "video"
                        | "updated"
                        | "contributing"
                        | "revealed"
                        | "bombshell"
                        | "twitter"
                ))
            || (src.len() == 2
                && self.tok(src.start).norm == "the"
                && self.tok(src.start + 1).norm == "latest");
        if heading {
            return false;
        }
        if src
            .clone()
            .any(|j| self.lex.cue_index.contains_key(&self.tok(j).norm) && !self.tok(j).capitalized)
        {
            return false;
        }
        // "Said Ellis: ..." : the verb is the cue
        let mut cue_tok = colon..colon + 1;
        let mut lemma = "colon".to_string();
        if src.len() >= 2 && self.is_cue_verb_form(src.start) {
            cue_tok = src.start..src.start + 1;
            if let Some(fm) = self
                .lex
                .cue_index
                .get(&self.tok(src.start).norm)
                .and_then(|v| v.first())
            {
                lemma = self.lex.cues[fm.entry].lemma.clone();
            }
            src.start += 1;
        }
        // content: to the end of the paragraph
        let last_sentence = &self.seg.sentences[para.sentences.end - 1];
        let end = last_sentence.tokens.end;
        let content_start = colon + 1;
        // "Sanders: 1,547.", "Rubio: Finish second.": a tally or a slogan in a list of
        // candidates, not a statement
        if (content_start..end)
            .filter(|&j| self.tok(j).is_word())
            .count()
            < 4
        {
            return false;
        }
        let span = self.span_of(content_start..end);
        let cue = cue_tok;
        self.push_raw(si, Some(src), cue, &lemma, vec![span], "colon-lead-in");
        true
    }

    /// `More from Jones: "C"`, `Here's Clinton in December 1992: "C"`, `... - Philip Bump:
    /// "C"`: a short phrase naming a speaker, a colon and a quotation, when no cue of the
    /// sentence has claimed the quotation. The colon is the cue (as PolNeAR marks it).
    fn colon_quote(&mut self, si: usize, s: Range<usize>, first_new: usize) {
        let Some(colon) = (s.start + 1..s.end.saturating_sub(1))
            .find(|&j| self.tok(j + 1).kind == TokKind::OpenQuote && self.tok(j).norm == ":")
        else {
            return;
        };
        let Some(q) = self
            .seg
            .quote_opened_at(colon + 1)
            .map(|qi| self.seg.quotes[qi].clone())
        else {
            return;
        };
        let Some(close) = q.close else {
            return;
        };
        let content = self.span_of(q.open..close + 1);
        // (a claim inside the quotation, "“We regret the decision”", does not claim it)
        if self.claims[first_new..].iter().any(|c| {
            c.content
                .iter()
                .any(|sp| sp.start < content.end && content.start < sp.end)
                && !c.cue.spans.iter().all(|cue| content.contains(*cue))
        }) {
            return;
        }
        // the phrase: from the sentence start or a dash
        let mut p = (s.start..colon)
            .rev()
            .find(|&j| matches!(self.tok(j).norm.as_str(), "-" | "—" | "–"))
            .map_or(s.start, |d| d + 1);
        let w = |j: usize| self.tok(j).norm.as_str();
        if w(p) == "from" {
            p += 1;
        } else if p + 1 < colon
            && ((w(p) == "more" && w(p + 1) == "from")
                || (w(p) == "here" && matches!(w(p + 1), "'s" | "is")))
        {
            p += 2;
        }
        if p >= colon
            || colon - p > 10
            || !(p..colon).all(|j| {
                let t = self.tok(j);
                (t.is_word() || matches!(t.norm.as_str(), "'s" | "."))
                    && (t.capitalized
                        || !(is_verb_aux(t.norm.as_str()) || self.is_cue_verb_form(j)))
            })
            || !(p..colon).any(|j| self.tok(j).capitalized || w(j) == "report")
        {
            self.clause_colon_quote(si, &s, colon, content);
            return;
        }
        // "Clinton in December 1992": the name ends before its adjunct
        let end = (p + 1..colon)
            .find(|&j| is_preposition(w(j)) && !self.tok(j).capitalized && w(j) != "of")
            .unwrap_or(colon);
        // the phrase ends in a name ("She went:", "Hoff's letter makes a case:" do not)
        if !self.tok(end - 1).capitalized || (end - p == 1 && w(p) == "according") {
            self.clause_colon_quote(si, &s, colon, content);
            return;
        }
        self.push_raw(
            si,
            Some(p..end),
            colon..colon + 1,
            "colon",
            vec![content],
            "colon-quote",
        );
    }

    /// `Kelly responded pointedly, with a smile: "C"`, `Obama's first questioners ranged from
    /// skeptical to hostile: "C"`: a clause with a verb of its own before the colon introduces
    /// the quotation that no cue claimed; the speaker is the clause's subject and the cue is
    /// its predicate up to the colon (as PolNeAR marks it).
    fn clause_colon_quote(&mut self, si: usize, s: &Range<usize>, colon: usize, content: Span) {
        let c0 = (s.start..colon)
            .rev()
            .find(|&j| matches!(self.tok(j).norm.as_str(), ";" | "—" | "–" | "--"))
            .map_or(s.start, |d| d + 1);
        if colon <= c0 + 1 || colon - c0 > 30 {
            return;
        }
        let Some(verb) = (c0 + 1..colon).find(|&j| self.verb_like(j)) else {
            return;
        };
        // no quotation of its own before the colon ("“A,” he said: “B”" is the cue's)
        if (c0..colon).any(|j| self.tok(j).is_quote()) {
            return;
        }
        let Some(subj) = self.subject_left(s, verb).filter(|r| !r.is_empty()) else {
            return;
        };
        self.push_raw(
            si,
            Some(subj),
            verb..colon + 1,
            "colon",
            vec![content],
            "clause-colon-quote",
        );
    }

    /// `In X's words, C`: the source sits inside the cue phrase.
    fn in_words_of(&mut self, si: usize, s: Range<usize>) -> bool {
        let Some(i) = (s.start..s.end.min(s.start + 4)).find(|&j| self.tok(j).norm == "in") else {
            return false;
        };
        // "In X's words", "In his view", "In Trump's mind", "In Smith's opinion"
        let Some(words) = (i + 2..s.end.min(i + 9)).find(|&j| {
            matches!(
                self.tok(j).norm.as_str(),
                "words"
                    | "view"
                    | "telling"
                    | "account"
                    | "mind"
                    | "opinion"
                    | "estimation"
                    | "eyes"
            ) && (self.tok(j - 1).norm == "'s"
                || (j == i + 2 && matches!(self.tok(j - 1).norm.as_str(), "his" | "her" | "their")))
        }) else {
            return false;
        };
        if words + 2 >= s.end || self.tok(words + 1).norm != "," {
            return false;
        }
        let src = if self.tok(words - 1).norm == "'s" {
            i + 1..words - 1
        } else {
            words - 1..words
        };
        let from = words + 2;
        let end = self.clause_end(&s, from);
        if end <= from {
            return false;
        }
        let cue = i..words + 1;
        let span = self.span_of(from..end);
        self.push_raw(
            si,
            Some(src),
            cue,
            "in the words of",
            vec![span],
            "in-words-of",
        );
        true
    }

    /// `To many voters, C` / `To Sexton, who studies rallies, C`: a sentence-initial "to" and
    /// the people after it hold the viewpoint of the clause after the comma, with "To" as the
    /// cue, as PolNeAR marks it. The people are a name or an object pronoun or quantifier
    /// ("To them", "To many"); "To be sure", "To date", "To win the state, he must ..." (an
    /// infinitive), "To the contrary" and "To his successor, Obama leaves C" (a recipient
    /// more often than a viewpoint) do not start with one.
    fn viewpoint_to(&mut self, si: usize, s: Range<usize>) -> bool {
        let mut i = s.start;
        while i < s.end && matches!(self.tok(i).norm.as_str(), "but" | "and" | "yet" | "still") {
            i += 1;
        }
        if i + 3 >= s.end || self.tok(i).norm != "to" {
            return false;
        }
        let first = self.tok(i + 1);
        let people = matches!(
            first.norm.as_str(),
            "him" | "her" | "them" | "many" | "some" | "most"
        ) || (first.capitalized
            && first.kind == TokKind::Word
            && !matches!(
                first.norm.as_str(),
                "be" | "date" | "this" | "that" | "the" | "a" | "an"
            ));
        if !people {
            return false;
        }
        let Some(mut comma) = (i + 2..s.end.min(i + 9)).find(|&j| self.tok(j).norm == ",") else {
            return false;
        };
        // no verb in the name phrase: "To Smith's surprise, ..." is kept out by the noun list
        // below, "To Trump supporters angered by ..., C" by the verb check
        if (i + 1..comma)
            .any(|j| self.is_verb_like(j) || !self.tok(j).is_word() && self.tok(j).norm != "'s")
            || (i + 1..comma).any(|j| {
                matches!(
                    self.tok(j).norm.as_str(),
                    "surprise" | "dismay" | "delight" | "chagrin" | "credit" | "end" | "extent"
                )
            })
        {
            return false;
        }
        // "To Sexton, who has made a study of rallies, C": the relative clause joins the source
        if matches!(self.tok(comma + 1).norm.as_str(), "who" | "whose") {
            let Some(next) = (comma + 2..s.end.min(comma + 25)).find(|&j| self.tok(j).norm == ",")
            else {
                return false;
            };
            comma = next;
        }
        let from = comma + 1;
        let end = self.clause_end(&s, from);
        if end <= from + 1 {
            return false;
        }
        let src = i + 1..comma;
        let span = self.span_of(from..end);
        self.push_raw(si, Some(src), i..i + 1, "to", vec![span], "to-viewpoint");
        true
    }

    /// `In a CNN poll released Monday, C` / `C in the latest polls.`: a poll or survey is the
    /// source of the figures it reports, with "in" as the cue, as PolNeAR annotates it.
    fn in_poll(&mut self, si: usize, s: Range<usize>) -> bool {
        let is_poll = |w: &str| matches!(w, "poll" | "polls" | "survey" | "surveys");
        let mut i = s.start;
        while i < s.end && matches!(self.tok(i).norm.as_str(), "but" | "and" | "yet" | "still") {
            i += 1;
        }
        // fronted: "In ... poll ..., C"
        let fronted = (i < s.end && self.tok(i).norm == "in")
            .then(|| (i + 2..s.end.min(i + 14)).find(|&j| self.tok(j).norm == ","))
            .flatten()
            .filter(|&comma| (i + 1..comma).any(|j| is_poll(self.tok(j).norm.as_str())));
        let (cue, src, content) = if let Some(comma) = fronted {
            let from = comma + 1;
            let end = self.clause_end(&s, from);
            if end <= from + 1 {
                return false;
            }
            (i, i + 1..comma, from..end)
        } else {
            // trailing: "Trump has a decisive lead in the polls."
            let mut end = s.end;
            while end > s.start && !is_word(self.tok(end - 1)) {
                end -= 1;
            }
            let Some(k) = (end.saturating_sub(8).max(s.start + 3)..end)
                .rev()
                .find(|&j| self.tok(j).norm == "in")
            else {
                return false;
            };
            let src = k + 1..end;
            let poll_last = (src.start..src.end).any(|j| is_poll(self.tok(j).norm.as_str()))
                && (src.start..src.end).all(|j| {
                    let t = self.tok(j);
                    t.is_word() || t.norm == "'s" || t.norm == "-"
                });
            // "a decisive lead in the polls", "ahead in polls"; not "believe in polls"
            let clause =
                (s.start..k).any(|j| is_aux(self.tok(j).norm.as_str()) || self.is_verb_like(j));
            if !poll_last || !clause || !self.noun_word(k - 1) {
                return false;
            }
            (k, src, i..k)
        };
        let trailing = fronted.is_none();
        if content.is_empty() || src.is_empty() {
            return false;
        }
        let cue = cue..cue + 1;
        let span = self.span_of(content);
        self.push_raw(si, Some(src), cue, "in", vec![span], "in-poll");
        // a trailing poll leaves the clause's own cues to the other patterns
        !trailing
    }

    /// `Trump drew the support of 41 percent of voters`, `The proposal has drawn harsh
    /// criticism from rivals`, `Cruz also earned the backing of two congressmen`: a verb of
    /// getting, a stance noun and "from"/"of"/"among" name who stands where on the subject
    /// (PolNeAR marks the subject as the content and the noun phrase after the preposition as
    /// the source). Not after "to" or a modal ("struggled to earn the support of", "may not
    /// have the backing of"): a support only hoped for or denied is nobody's stance.
    fn drew_support(&mut self, si: usize, s: Range<usize>, first_new: usize) {
        let getting = |w: &str| {
            matches!(
                w,
                "receive"
                    | "receives"
                    | "received"
                    | "draw"
                    | "draws"
                    | "drew"
                    | "drawn"
                    | "earn"
                    | "earns"
                    | "earned"
                    | "win"
                    | "wins"
                    | "won"
                    | "enjoy"
                    | "enjoys"
                    | "enjoyed"
                    | "garner"
                    | "garners"
                    | "garnered"
                    | "gain"
                    | "gains"
                    | "gained"
                    | "secure"
                    | "secures"
                    | "secured"
                    | "attract"
                    | "attracts"
                    | "attracted"
                    | "face"
                    | "faces"
                    | "faced"
                    | "spark"
                    | "sparks"
                    | "sparked"
                    | "has"
                    | "have"
                    | "had"
                    | "consolidate"
                    | "consolidates"
                    | "consolidated"
                    | "got"
                    | "gets"
                    | "picked"
                    | "picks"
                    | "facing"
                    | "drawing"
                    | "receiving"
                    | "winning"
                    | "enjoying"
                    | "having"
            )
        };
        let stance = |w: &str| match w {
            "support" | "backing" | "endorsement" | "endorsements" | "praise" => {
                Some((Stance::Endorse, "support"))
            }
            "criticism" | "condemnation" => Some((Stance::Accuse, "criticism")),
            "opposition" => Some((Stance::Dispute, "opposition")),
            _ => None,
        };
        let mut v = s.start + 1;
        while v + 2 < s.end {
            let w = self.tok(v).norm.as_str();
            if !getting(w) || self.tok(v).capitalized || self.seg.quote_around(v).is_some() {
                v += 1;
                continue;
            }
            // "has won the support of": the participle is the verb
            let have = matches!(w, "has" | "have" | "had" | "having");
            if have && getting(self.tok(v + 1).norm.as_str()) {
                v += 1;
                continue;
            }
            // ("has welcomed support from", "have sought support from", "has locked up
            // endorsements": another verb's object)
            if have && {
                let n = self.tok(v + 1).norm.as_str();
                (n.ends_with("ed") && n.len() > 4) || is_irregular_past(n) || n == "rung"
            } {
                v += 1;
                continue;
            }
            // "picked up the endorsement of"
            let mut k = v + 1;
            if matches!(w, "picked" | "picks") {
                if self.tok(k).norm != "up" {
                    v += 1;
                    continue;
                }
                k += 1;
            }
            // the noun's determiner and up to three modifiers: "the full", "strong majority",
            // "his greatest", "harsh"
            if k < s.end
                && matches!(
                    self.tok(k).norm.as_str(),
                    "the" | "a" | "an" | "his" | "her" | "its" | "their" | "more" | "some"
                )
            {
                k += 1;
            }
            let mods = k;
            while k < s.end
                && k < mods + 3
                && stance(self.tok(k).norm.as_str()).is_none()
                && self.tok(k).is_word()
                && !self.tok(k).capitalized
                && !is_preposition(self.tok(k).norm.as_str())
                && !is_determiner(self.tok(k).norm.as_str())
                && !is_aux(self.tok(k).norm.as_str())
                || (k < s.end && k > mods && matches!(self.tok(k).norm.as_str(), "-" | ","))
            {
                k += 1;
            }
            let Some((st, lemma)) = (k < s.end)
                .then(|| stance(self.tok(k).norm.as_str()))
                .flatten()
            else {
                v += 1;
                continue;
            };
            let noun = k;
            let prep = noun + 1;
            if prep + 1 >= s.end || !matches!(self.tok(prep).norm.as_str(), "from" | "of" | "among")
            {
                v += 1;
                continue;
            }
            // an -ing form only as a progressive ("is facing criticism from"), not "with
            // each receiving the support of 40 percent"
            let (subj_end, negated) = self.skip_aux_left(&s, v);
            let gerund = w.ends_with("ing");
            let aux: Vec<&str> = (subj_end..v).map(|j| self.tok(j).norm.as_str()).collect();
            let progressive = aux.iter().any(|a| is_be_form(a));
            let modal = aux.iter().any(|a| {
                matches!(
                    *a,
                    "will" | "would" | "could" | "can" | "may" | "might" | "should" | "must"
                )
            });
            let infinitive = subj_end > s.start && self.tok(subj_end - 1).norm == "to";
            if negated || modal || infinitive || (gerund && !progressive) {
                v = noun + 1;
                continue;
            }
            // (a cue already taken by another pattern)
            let noun_span = self.tok(noun).span;
            if self.claims[first_new..].iter().any(|c| {
                c.cue
                    .spans
                    .iter()
                    .any(|sp| sp.start < noun_span.end && noun_span.start < sp.end)
            }) {
                v = noun + 1;
                continue;
            }
            let subj = match self.subject_left(&s, subj_end) {
                Some(np) => Some(np),
                // "has drawn audiences and won the endorsement of X": the clause's subject
                None if subj_end > s.start
                    && matches!(self.tok(subj_end - 1).norm.as_str(), "and" | "but") =>
                {
                    self.sentence_subject(&s, subj_end - 1)
                }
                None => None,
            };
            let Some(subj) = subj else {
                v = noun + 1;
                continue;
            };
            // who: up to a clause boundary or a new verb, with a party label ("Gov. Mike
            // Pence (R)") and a relative clause on it ("those who cared most about C")
            let from = prep + 1;
            let mut e = from;
            while e < s.end && e < from + 12 {
                let t = self.tok(e);
                if t.norm == "("
                    && e + 2 < s.end
                    && self.tok(e + 2).norm == ")"
                    && self.tok(e + 1).capitalized
                {
                    e += 3;
                    continue;
                }
                if is_clause_punct(t)
                    || is_final_punct(t)
                    || matches!(
                        t.norm.as_str(),
                        "which" | "that" | "while" | "because" | "but" | "overall" | "behind"
                    )
                    || (t.norm == "as" && e + 1 < s.end && self.tok(e + 1).norm == "well")
                    || (t.norm == "and" && e + 1 < s.end && self.verb_like(e + 1))
                    || (e > from && !t.capitalized && is_verb_aux(t.norm.as_str()))
                    || (e > from && t.norm == "on" && e + 1 < s.end && self.is_day_word(e + 1))
                {
                    break;
                }
                if t.norm == "who" {
                    while e > from
                        && e < s.end
                        && !is_clause_punct(self.tok(e))
                        && !is_final_punct(self.tok(e))
                    {
                        e += 1;
                    }
                    break;
                }
                e += 1;
            }
            if e == from {
                v = noun + 1;
                continue;
            }
            // ("has the support of X": the preposition joins the cue after "have")
            let cue_end = if have && self.tok(prep).norm == "of" {
                prep + 1
            } else {
                noun + 1
            };
            // "Many assumed that Clarke had the backing of X": the subject starts after "that"
            let subj = match (subj.start..subj.end)
                .rev()
                .find(|&j| self.tok(j).norm == "that")
            {
                Some(j) if j + 1 < subj.end => j + 1..subj.end,
                Some(_) => {
                    v = noun + 1;
                    continue;
                }
                None => subj,
            };
            let content = vec![self.span_of(self.trim_np(subj))];
            // (the auxiliaries and adverbs before the verb join the cue, as PolNeAR marks
            // it: "has drawn harsh criticism", "also picked up an endorsement")
            self.push_raw(
                si,
                Some(from..e),
                subj_end..cue_end,
                lemma,
                content,
                "drew-support",
            );
            if let Some(c) = self.claims.last_mut() {
                c.stance = st;
            }
            v = e;
        }
    }

    /// `The Club for Growth is reportedly spending C`, `Reportedly, he made C`: an
    /// attribution adverb reports the clause around it for an unnamed source.
    fn reportedly(&mut self, si: usize, s: Range<usize>) {
        let Some(adv) = (s.start..s.end).find(|&j| {
            matches!(self.tok(j).norm.as_str(), "reportedly" | "allegedly")
                && self.seg.quote_around(j).is_none()
        }) else {
            return;
        };
        let mut end = s.end;
        while end > s.start && !is_word(self.tok(end - 1)) {
            end -= 1;
        }
        let mut spans = Vec::new();
        if adv > s.start {
            let mut before_end = adv;
            while before_end > s.start && self.tok(before_end - 1).norm == "," {
                before_end -= 1;
            }
            // only a clause subject before the adverb: no comma or other verb inside
            if (s.start..before_end).any(|j| is_clause_punct(self.tok(j))) {
                return;
            }
            if before_end > s.start {
                spans.push(self.span_of(s.start..before_end));
            }
        }
        let mut from = adv + 1;
        if from < end && self.tok(from).norm == "," {
            from += 1;
        }
        let after_end = self.clause_end(&s, from).min(end);
        if after_end <= from + 1 {
            return;
        }
        spans.push(self.span_of(from..after_end));
        let cue = adv..adv + 1;
        let lemma = self.tok(adv).norm.to_string();
        self.push_raw(si, None, cue, &lemma, spans, "reportedly");
    }

    /// `"C" ― X`: a quote followed by a dash and the speaker's name.
    fn quote_dash(&mut self, si: usize, s: Range<usize>) -> bool {
        // (the token kinds first: they rule out nearly every token without reading a word)
        let Some(dash) = (s.start..s.end).find(|&j| {
            j > s.start
                && self.tok(j - 1).kind == TokKind::CloseQuote
                && matches!(self.tok(j).norm.as_str(), "―" | "—" | "–")
        }) else {
            return false;
        };
        let Some(qi) = self.seg.quote_closed_at(dash - 1) else {
            return false;
        };
        let src = dash + 1..s.end;
        let mut src_end = src.end;
        while src_end > src.start && !is_word(self.tok(src_end - 1)) {
            src_end -= 1;
        }
        let src = src.start..src_end;
        if src.is_empty() || src.len() > 6 || !self.tok(src.start).capitalized {
            return false;
        }
        let q = self.seg.quotes[qi].clone();
        let cue = dash..dash + 1;
        let span = self.span_of(q.open..dash);
        self.push_raw(si, Some(src), cue, "dash", vec![span], "quote-dash");
        true
    }

    /// Push a claim whose cue (tokens `cue`) has no lexicon entry: a colon, a dash, "in a
    /// poll", "In X's words", "reportedly". Its stance is assert.
    fn push_raw(
        &mut self,
        si: usize,
        source: Option<Range<usize>>,
        cue: Range<usize>,
        lemma: &str,
        content: Vec<Span>,
        pattern: &str,
    ) {
        let quoted = self.has_quote(&content);
        let conditional = self.in_condition(si, cue.start);
        let stance = Stance::Assert;
        let (spans, actor) = match source {
            Some(np) => (
                vec![self.span_of(np.clone())],
                self.m.resolve_source(self.text, self.seg, self.lex, np),
            ),
            None => (Vec::new(), None),
        };
        let id = self.claims.len() + 10_000;
        self.claims.push(Claim {
            id,
            sentence: si,
            source: Source { spans, actor },
            cue: Cue {
                spans: vec![self.span_of(cue)],
                lemma: lemma.to_string(),
                negated: false,
                conditional,
            },
            content,
            stance,
            kind: if quoted {
                ClaimKind::Direct
            } else {
                ClaimKind::Indirect
            },
            parent: None,
            refers_to: None,
            pattern: pattern.to_string(),
            proposition: None,
        });
    }

    // ---------------------------------------------------------------- after the patterns

    /// Claims whose cue lies inside another claim's content are nested in it. Pronouns
    /// "I"/"we" of a claim nested in a direct quote are its speaker.
    /// Only claims within `window` places of each other are compared, which bounds the work
    /// on a document with very many claims; claims with a parent keep it.
    fn nest(&mut self, first: usize, window: usize) {
        let n = self.claims.len();
        for i in first..n {
            if self.claims[i].parent.is_some() {
                continue;
            }
            let cue = self.claims[i].cue.spans[0];
            let lo = first.max(i.saturating_sub(window));
            let hi = n.min(i.saturating_add(window).saturating_add(1));
            let parent = (lo..hi)
                .filter(|&j| j != i)
                .filter(|&j| self.claims[j].content.iter().any(|c| c.contains(cue)))
                .min_by_key(|&j| {
                    self.claims[j]
                        .content
                        .iter()
                        .map(|c| c.len())
                        .sum::<usize>()
                });
            if let Some(p) = parent {
                // a parent may not itself be nested in the child, directly or further up
                // ("C1 seeks to establish that C2 understood C3, officials said": each content
                // holds the next cue, and a cycle left no claim at the top)
                if !self.descends_from(p, self.claims[i].id) {
                    self.claims[i].parent = Some(self.claims[p].id);
                    if self.claims[i].source.actor.is_none() {
                        let src = self.claims[i].source_text(self.text).to_lowercase();
                        if matches!(src.as_str(), "i" | "we")
                            && self.claims[p].kind != ClaimKind::Indirect
                        {
                            self.claims[i].source.actor = self.claims[p].source.actor;
                        }
                    }
                }
            }
        }
    }

    /// Claim `k` is `ancestor` or nested in it, at any depth (ids grow with the claims' order,
    /// so a parent is found by binary search; the walk is bounded).
    fn descends_from(&self, k: usize, ancestor: usize) -> bool {
        let mut cur = Some(self.claims[k].id);
        for _ in 0..64 {
            let Some(id) = cur else { return false };
            if id == ancestor {
                return true;
            }
            let at = self.claims.partition_point(|c| c.id < id);
            cur = self
                .claims
                .get(at)
                .filter(|c| c.id == id)
                .and_then(|c| c.parent);
        }
        false
    }

    /// "I think ...", "you know" at the top level come from a quotation nobody is credited
    /// with (or are fillers): they are dropped, with any claim nested in them.
    fn drop_unattributed_first_person(&mut self) {
        let mut drop: Vec<usize> = Vec::new();
        for c in &self.claims {
            if c.parent.is_some() {
                continue;
            }
            let src = c.source_text(self.text).to_lowercase();
            let in_quote = c.cue.spans.first().is_some_and(|s| {
                let t = self.token_at(s.start);
                t < self.seg.tokens.len() && self.seg.quote_around(t).is_some()
            });
            if src == "you" || (matches!(src.as_str(), "i" | "we") && in_quote) {
                drop.push(c.id);
            }
        }
        if drop.is_empty() {
            return;
        }
        // children of dropped claims go too
        loop {
            let before = drop.len();
            for c in &self.claims {
                if c.parent.is_some_and(|p| drop.contains(&p)) && !drop.contains(&c.id) {
                    drop.push(c.id);
                }
            }
            if drop.len() == before {
                break;
            }
        }
        self.claims.retain(|c| !drop.contains(&c.id));
    }

    /// A quotation with no cue of its own right after a direct claim continues it:
    /// `"A," he said. "B."`, and a paragraph that carries on the speaker's quote.
    fn continued_quotes(&mut self) {
        let seg = self.seg;
        for (qi, q) in seg.quotes.iter().enumerate() {
            let span = q.span;
            // taken by a claim from outside it ("I swear ..." inside it does not count)
            if self.claims.iter().any(|c| {
                !c.cue.spans.iter().any(|s| span.contains(*s))
                    && c.content.iter().any(|s| s.overlaps(span))
            }) {
                continue;
            }
            let si = seg.sentence_of(q.open);
            let sent = &seg.sentences[si];
            // the quote must open its sentence (a standalone quote, not a quoted phrase)
            if q.open != sent.tokens.start {
                continue;
            }
            // the quote must fill its sentence(s): nothing but punctuation after it
            let after_close = q.close.map_or(sent.tokens.end, |c| c + 1);
            let end_si = seg.sentence_of(after_close.saturating_sub(1));
            let end_sent = &seg.sentences[end_si];
            if (after_close..end_sent.tokens.end).any(|j| is_word(self.tok(j))) {
                continue;
            }
            // the previous claim: in the same paragraph just before, or ending the previous paragraph
            let prev = self
                .claims
                .iter()
                .enumerate()
                .filter(|(_, c)| {
                    c.parent.is_none() && c.content.first().is_some_and(|s| s.end <= span.start)
                })
                .max_by_key(|(_, c)| c.content.last().map_or(0, |s| s.end));
            let Some((mut pi, mut pc)) = prev else {
                continue;
            };
            // ("“A,” Johnson said, referring to a town hall. “B.”": a participle or "when
            // asked" claim after the direct one in its sentence does not end the quote run)
            if pc.kind != ClaimKind::Direct && pc.kind != ClaimKind::Mixed {
                let direct = self.claims.iter().enumerate().find(|(_, c)| {
                    c.parent.is_none()
                        && c.sentence == pc.sentence
                        && matches!(c.kind, ClaimKind::Direct | ClaimKind::Mixed)
                        && c.content.first().is_some_and(|s| s.end <= span.start)
                });
                match direct {
                    Some((i, c)) => (pi, pc) = (i, c),
                    None => continue,
                }
            }
            let p_sent = pc.sentence;
            // the next sentence, or one after a short narrative sentence with no claim and no
            // quote of its own ("“A,” Obama said. He didn't suggest retaliation. “B.”")
            let between_quiet = (p_sent + 1..si).all(|b| {
                let toks = &seg.sentences[b].tokens;
                toks.len() <= 12
                    && !self.claims.iter().any(|c| c.sentence == b)
                    && !toks.clone().any(|j| self.tok(j).is_quote())
            });
            let same_para = seg.sentences[p_sent].paragraph == sent.paragraph
                && si > p_sent
                && si <= p_sent + 2
                && between_quiet;
            let next_para = seg.sentences[p_sent].paragraph + 1 == sent.paragraph
                && seg.paragraphs[sent.paragraph].sentences.start == si
                && seg.sentences[seg.paragraphs[seg.sentences[p_sent].paragraph]
                    .sentences
                    .end
                    - 1]
                .tokens
                .end <= q.open
                && (q.continues_previous
                    || seg.paragraphs[sent.paragraph].span.end == end_sent.span.end);
            if !(same_para || next_para) {
                continue;
            }
            // a paragraph quote continues only when the previous paragraph ended with that claim
            if next_para {
                let prev_para = &seg.paragraphs[seg.sentences[p_sent].paragraph];
                let later_claim = self.claims.iter().any(|c| {
                    c.sentence > p_sent
                        && seg.sentences[c.sentence].paragraph == seg.sentences[p_sent].paragraph
                });
                if later_claim || prev_para.sentences.end != p_sent + 1 {
                    continue;
                }
            }
            let _ = qi;
            let content_span = Span::new(span.start, span.end);
            self.claims[pi].content.push(content_span);
            // claims made inside the continued quote ("I swear ...") are nested in it
            let parent_id = self.claims[pi].id;
            let parent_actor = self.claims[pi].source.actor;
            for c in self.claims.iter_mut() {
                if c.id != parent_id
                    && c.parent.is_none()
                    && c.cue.spans.iter().all(|s| span.contains(*s))
                {
                    c.parent = Some(parent_id);
                    if c.source.actor.is_none()
                        && matches!(
                            c.source
                                .spans
                                .first()
                                .map(|s| s.text(self.text).to_lowercase())
                                .as_deref(),
                            Some("i" | "we")
                        )
                    {
                        c.source.actor = parent_actor;
                    }
                }
            }
            if self.claims[pi].pattern.ends_with("+continued-quote") {
                continue;
            }
            self.claims[pi].pattern.push_str("+continued-quote");
        }
    }

    /// "the allegations", "this incident": a claim whose content is a definite claim noun
    /// points back to the latest earlier top-level claim by another speaker.
    fn link_back_references(&mut self) {
        for i in 0..self.claims.len() {
            let c = &self.claims[i];
            let Some(first) = c.content.first() else {
                continue;
            };
            let words: Vec<String> = first
                .text(self.text)
                .split_whitespace()
                // five words are enough to know there are more than four
                .take(5)
                .map(|w| {
                    w.to_lowercase()
                        .trim_matches(|ch: char| !ch.is_alphanumeric())
                        .to_string()
                })
                .collect();
            if words.len() > 4 || words.len() < 2 {
                continue;
            }
            if !matches!(
                words[0].as_str(),
                "the" | "these" | "this" | "those" | "such"
            ) || !words.iter().any(|w| CLAIM_NOUNS.contains(&w.as_str()))
            {
                continue;
            }
            let start = first.start;
            let actor = c.source.actor;
            let target = self
                .claims
                .iter()
                .filter(|o| {
                    o.parent.is_none()
                        && o.id != c.id
                        && o.content.last().is_some_and(|s| s.end <= start)
                        && (actor.is_none() || o.source.actor != actor)
                })
                .max_by_key(|o| o.content.last().map_or(0, |s| s.end))
                .map(|o| o.id);
            self.claims[i].refers_to = target;
        }
    }
}

/// Common irregular past forms ("gave", "went"): a verb where no ending says so.
/// -ing adjectives that continue a predicate after a comma ("ready, willing and able").
const PREDICATE_ING: &[&str] = &[
    "willing",
    "interesting",
    "surprising",
    "disappointing",
    "troubling",
    "encouraging",
    "amazing",
    "alarming",
    "striking",
    "compelling",
    "convincing",
    "confusing",
    "exciting",
    "frustrating",
    "worrying",
    "promising",
    "appealing",
    "damaging",
    "embarrassing",
    "unwilling",
];

fn is_irregular_past(w: &str) -> bool {
    matches!(
        w,
        "gave"
            | "made"
            | "went"
            | "took"
            | "came"
            | "got"
            | "brought"
            | "bought"
            | "began"
            | "rose"
            | "met"
            | "sent"
            | "held"
            | "kept"
            | "left"
            | "led"
            | "ran"
            | "won"
            | "lost"
            | "spent"
            | "stood"
            | "struck"
            | "sought"
            | "fought"
            | "thought"
            | "knew"
            | "saw"
            | "felt"
            | "found"
            | "wrote"
            | "spoke"
            | "told"
            | "said"
            | "became"
            | "built"
            | "drew"
            | "threw"
            | "grew"
            | "chose"
            | "paid"
            | "sat"
            | "fell"
            | "broke"
            | "heard"
            | "meant"
            | "shook"
            | "swore"
            | "hit"
            | "put"
            | "set"
            | "cut"
    )
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_source;

//! Segmentation: text -> tokens, sentences, paragraphs and quotation spans, all as byte spans.
//!
//! Takes the document text and gives a [`Segmentation`]. Paragraphs are split on blank
//! lines when the text has any, otherwise on single newlines (one paragraph per line, as
//! wire copy is often laid out). Sentences end at `.`, `!` or `?` (with any closing quotes or
//! brackets) unless the period belongs to an abbreviation ("Mr.", "Sen.", "Sept.", "U.S.").
//! Quotation spans pair straight and curly double quotes (and curly single quotes) within a
//! paragraph; a paragraph that ends inside an open quote and a next paragraph that opens a
//! quote again are linked as one continued quotation, the newspaper convention.
//!
//! Written by hand rather than with a sentence-splitting crate because every later stage
//! needs the token stream, sentence boundaries and quote marks together, on byte offsets,
//! in one pass over the text.

use crate::model::Span;
use std::ops::Range;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Number,
    Punct,
    OpenQuote,
    CloseQuote,
}

/// One token with its lower-cased, apostrophe-folded form.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub span: Span,
    pub kind: TokKind,
    /// Lower case, with curly apostrophes folded to `'`.
    pub norm: Norm,
    /// The first character is upper case.
    pub capitalized: bool,
}

impl Token {
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokKind::Word | TokKind::Number)
    }
    pub fn is_quote(&self) -> bool {
        matches!(self.kind, TokKind::OpenQuote | TokKind::CloseQuote)
    }
    pub fn is(&self, s: &str) -> bool {
        self.norm == s
    }
}

/// Bytes of a [`Norm`] kept inline: nearly every word is shorter.
const NORM_INLINE: usize = 22;

/// A token's normalised form, used like a `&str` (it dereferences to one). Forms of up to
/// 22 bytes, nearly all of them, are stored in the token itself: a `String` per token
/// cost a heap allocation and a free for every word of every article.
#[derive(Clone)]
pub struct Norm(NormRepr);

#[derive(Clone)]
enum NormRepr {
    Inline { len: u8, bytes: [u8; NORM_INLINE] },
    Heap(Box<str>),
}

impl Norm {
    pub fn new(s: &str) -> Norm {
        if s.len() <= NORM_INLINE {
            let mut bytes = [0u8; NORM_INLINE];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            Norm(NormRepr::Inline {
                len: s.len() as u8,
                bytes,
            })
        } else {
            Norm(NormRepr::Heap(s.into()))
        }
    }
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // SAFETY: `bytes[..len]` is a copy of a whole `&str` (see `new`), so `len` is at
            // most `NORM_INLINE`; unchecked, as this runs for nearly every word test of the
            // pipeline and the bounds check was a third of it.
            NormRepr::Inline { len, bytes } => unsafe {
                std::str::from_utf8_unchecked(bytes.get_unchecked(..*len as usize))
            },
            NormRepr::Heap(s) => s,
        }
    }
}

impl std::ops::Deref for Norm {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Norm {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for Norm {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for Norm {
    fn from(s: &str) -> Norm {
        Norm::new(s)
    }
}

impl From<String> for Norm {
    fn from(s: String) -> Norm {
        Norm::new(&s)
    }
}

impl PartialEq for Norm {
    fn eq(&self, other: &Norm) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Norm {}

impl PartialEq<str> for Norm {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Norm {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Norm {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<Norm> for str {
    fn eq(&self, other: &Norm) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Norm> for &str {
    fn eq(&self, other: &Norm) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<Norm> for String {
    fn eq(&self, other: &Norm) -> bool {
        self == other.as_str()
    }
}

impl std::hash::Hash for Norm {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.as_str().hash(h)
    }
}

impl std::fmt::Debug for Norm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for Norm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    pub span: Span,
    pub tokens: Range<usize>,
    pub paragraph: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub span: Span,
    pub sentences: Range<usize>,
}

/// A quotation: from its opening mark to its closing mark (or the paragraph end when the
/// quote is left open).
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// Including the quote marks.
    pub span: Span,
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark, `None` when the paragraph ends inside the quote.
    pub close: Option<usize>,
    pub paragraph: usize,
    /// This quote continues one left open at the end of the previous paragraph.
    pub continues_previous: bool,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Segmentation {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub paragraphs: Vec<Paragraph>,
    pub quotes: Vec<Quote>,
    /// Per token: the first quote enclosing it, opened by it and closed by it (`NO_QUOTE`
    /// for none), so that these questions cost no scan of all quotes (a document of
    /// thousands of quotes asked them for every cue).
    quote_index: Vec<[u32; 3]>,
}

const NO_QUOTE: u32 = u32::MAX;

/// [`Segmentation::quote_index`] for these tokens and quotes.
fn quote_index(tokens: &[Token], quotes: &[Quote]) -> Vec<[u32; 3]> {
    let mut index = vec![[NO_QUOTE; 3]; tokens.len()];
    for (qi, q) in quotes.iter().enumerate() {
        let qi = qi as u32;
        // the tokens starting inside the quote's span; the first quote in order keeps them
        let from = tokens.partition_point(|t| t.span.start < q.span.start);
        let to = tokens.partition_point(|t| t.span.start < q.span.end);
        for entry in &mut index[from..to] {
            if entry[0] == NO_QUOTE {
                entry[0] = qi;
            }
        }
        if let Some(e) = index.get_mut(q.open) {
            if e[1] == NO_QUOTE {
                e[1] = qi;
            }
        }
        if let Some(e) = q.close.and_then(|c| index.get_mut(c)) {
            if e[2] == NO_QUOTE {
                e[2] = qi;
            }
        }
    }
    index
}

impl Segmentation {
    fn quote_entry(&self, t: usize, which: usize) -> Option<usize> {
        let q = self.quote_index.get(t)?[which];
        (q != NO_QUOTE).then_some(q as usize)
    }
    /// Index of the sentence holding token `t`.
    pub fn sentence_of(&self, t: usize) -> usize {
        self.sentences
            .partition_point(|s| s.tokens.end <= t)
            .min(self.sentences.len().saturating_sub(1))
    }
    /// The quote whose marks enclose token `t`, if any.
    pub fn quote_around(&self, t: usize) -> Option<usize> {
        self.quote_entry(t, 0)
    }
    /// The quote opened by token `t`.
    pub fn quote_opened_at(&self, t: usize) -> Option<usize> {
        self.quote_entry(t, 1)
    }
    /// The quote closed by token `t`.
    pub fn quote_closed_at(&self, t: usize) -> Option<usize> {
        self.quote_entry(t, 2)
    }
}

/// Abbreviations whose final period does not end a sentence ([`is_abbreviation`] holds the
/// same words; a test checks they agree).
#[cfg(test)]
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt",
    "st", "jr", "sr", "rev", "hon", "pres", "supt", "cmdr", "adm", "atty", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc",
    "corp", "co", "ltd", "dept", "univ", "ft", "mt", "ave", "blvd", "approx", "est", "fig", "vol",
    "ca", "al", "e.g", "i.e",
];

/// Abbreviations that always stand before a name or number ("Mr. Lavrov", "Sept. 26").
fn is_title_abbreviation(norm: &str) -> bool {
    matches!(
        norm,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "prof"
            | "sen"
            | "rep"
            | "gov"
            | "gen"
            | "lt"
            | "col"
            | "maj"
            | "capt"
            | "sgt"
            | "rev"
            | "hon"
            | "pres"
            | "supt"
            | "cmdr"
            | "adm"
            | "atty"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "st"
            | "mt"
            | "ft"
            | "no"
            | "vs"
    )
}

fn is_abbreviation(norm: &str) -> bool {
    // The words of ABBREVIATIONS as a `matches!` (a switch on the length and a compare or
    // two instead of a scan of the list): asked at every period.
    matches!(
        norm,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "prof"
            | "sen"
            | "rep"
            | "gov"
            | "gen"
            | "lt"
            | "col"
            | "maj"
            | "capt"
            | "sgt"
            | "st"
            | "jr"
            | "sr"
            | "rev"
            | "hon"
            | "pres"
            | "supt"
            | "cmdr"
            | "adm"
            | "atty"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "no"
            | "vs"
            | "etc"
            | "inc"
            | "corp"
            | "co"
            | "ltd"
            | "dept"
            | "univ"
            | "ft"
            | "mt"
            | "ave"
            | "blvd"
            | "approx"
            | "est"
            | "fig"
            | "vol"
            | "ca"
            | "al"
            | "e.g"
            | "i.e"
    )
}

/// [`is_abbreviation`] of a word in ASCII lower case, lower-cased on the stack: no
/// abbreviation is longer than 8 bytes or other than ASCII.
fn is_abbreviation_word(word: &str) -> bool {
    let mut buf = [0u8; 8];
    if word.len() > buf.len() || !word.is_ascii() {
        return false;
    }
    for (b, c) in buf.iter_mut().zip(word.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..word.len()]).is_ok_and(is_abbreviation)
}

/// A hyphen with a space on each side is a dash: "Deborah Reynolds - his girlfriend - told".
fn spaced_hyphen(text: &str, i: usize, c: char) -> bool {
    c == '-'
        && i > 0
        && text.as_bytes()[i - 1].is_ascii_whitespace()
        && text
            .as_bytes()
            .get(i + 1)
            .is_some_and(|b| b.is_ascii_whitespace())
}

fn is_double_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘')
}

fn norm_word(s: &str) -> Norm {
    // Most words are short and ASCII: lower-cased straight into the inline form.
    if s.is_ascii() {
        if s.len() <= NORM_INLINE {
            let mut bytes = [0u8; NORM_INLINE];
            for (b, c) in bytes.iter_mut().zip(s.bytes()) {
                *b = c.to_ascii_lowercase();
            }
            return Norm(NormRepr::Inline {
                len: s.len() as u8,
                bytes,
            });
        }
        return s.to_ascii_lowercase().into();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c == '’' || c == '‘' {
            out.push('\'');
        } else if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out.into()
}

/// Split text into tokens. Words keep internal hyphens and apostrophes ("high-level",
/// "don't" is split as "do" + "n't"), a possessive "'s" is its own token, letter-period
/// runs ("U.S.") are one token, and numbers keep internal separators ("2,000", "3.5").
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    // The next character at a byte offset, ASCII without the UTF-8 decoder.
    let bytes = text.as_bytes();
    let char_at = |i: usize| match bytes.get(i) {
        Some(&b) if b.is_ascii() => Some(b as char),
        Some(_) => text[i..].chars().next(),
        None => None,
    };
    // Byte offset of the next character to read.
    let mut pos = 0;
    while let Some(c) = char_at(pos) {
        // ASCII white space (char::is_whitespace's ASCII part), skipped a byte at a time.
        if matches!(c, ' ' | '\t'..='\r') {
            pos += 1;
            continue;
        }
        let i = pos;
        pos += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            // Scan a word: alphanumerics with internal joiners.
            let mut end = i + c.len_utf8();
            let numeric = c.is_ascii_digit();
            loop {
                // ASCII letters and digits, the bulk of every word, without decoding.
                while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                    end += 1;
                }
                let Some(n) = char_at(end) else { break };
                if n.is_alphanumeric() {
                    end += n.len_utf8();
                    continue;
                }
                let joiner = n == '-' || is_apostrophe(n) || n == '.' || (numeric && n == ',');
                if !joiner {
                    break;
                }
                let after = end + n.len_utf8();
                let next = char_at(after);
                let next_alnum = next.is_some_and(|x| x.is_alphanumeric());
                if n == '.' && !numeric {
                    // letter-period runs: U.S., e.g.  (single letters only)
                    let word = &text[i..end];
                    let last_seg = word.rsplit('.').next().unwrap_or(word);
                    if last_seg.chars().count() == 1 && next_alnum {
                        let nn = char_at(after + next.map_or(0, |x| x.len_utf8()));
                        if nn == Some('.') {
                            end = after;
                            continue;
                        }
                    }
                    if last_seg.chars().count() == 1 && word.contains('.') && !next_alnum {
                        // final period of U.S.
                        end = after;
                    }
                    break;
                }
                if numeric && (n == ',' || n == '.') {
                    if next.is_some_and(|x| x.is_ascii_digit()) {
                        end = after;
                        continue;
                    }
                    break;
                }
                if !next_alnum {
                    break;
                }
                end = after;
            }
            // go on after the word
            pos = end;
            // "Mr." / "Sen." / "Sept.": the period belongs to the abbreviation
            // "Sander M. Levin": a middle initial keeps its period too
            let initial = end == i + c.len_utf8()
                && c.is_uppercase()
                && text[end..].starts_with(". ")
                && text[end + 2..]
                    .chars()
                    .next()
                    .is_some_and(|n| n.is_uppercase());
            // "Huntsville, Ala., says": a period before a comma ends no sentence, so it
            // belongs to an abbreviation whatever the word
            if text[end..].starts_with('.')
                && (initial
                    || text[end + 1..].starts_with(',')
                    || is_abbreviation_word(&text[i..end]))
            {
                end += 1;
                pos = end;
            }
            push_word(text, i, end, &mut tokens);
            continue;
        }
        // '' and `` stand for double quotes in some wire copy
        if (text[i..].starts_with("''") || text[i..].starts_with("``"))
            && !text[i + 2..].starts_with('\'')
        {
            let prev = text[..i].chars().next_back();
            let next = text[i + 2..].chars().next();
            let opens = c == '`'
                || (prev
                    .is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | ':'))
                    && next.is_some_and(|n| !n.is_whitespace()));
            tokens.push(Token {
                span: Span::new(i, i + 2),
                kind: if opens {
                    TokKind::OpenQuote
                } else {
                    TokKind::CloseQuote
                },
                norm: "\"".into(),
                capitalized: false,
            });
            pos = i + 2;
            continue;
        }
        // "--": a typed dash is one token, as "—" is ("McCain -- who lost in 2008 -- said")
        if c == '-' && text[i + 1..].starts_with('-') {
            tokens.push(Token {
                span: Span::new(i, i + 2),
                kind: TokKind::Punct,
                norm: Norm::new("--"),
                capitalized: false,
            });
            pos = i + 2;
            continue;
        }
        let end = i + c.len_utf8();
        let kind = if is_double_quote(c)
            || c == '‘'
            || (is_apostrophe(c) && opens_single_quote(text, i, c))
        {
            quote_kind(text, i, c)
        } else {
            TokKind::Punct
        };
        tokens.push(Token {
            span: Span::new(i, end),
            kind,
            norm: if is_apostrophe(c) {
                "'".into()
            } else if spaced_hyphen(text, i, c) {
                "—".into()
            } else {
                Norm::new(c.encode_utf8(&mut [0; 4]))
            },
            capitalized: false,
        });
    }
    tokens
}

/// A straight or curly single mark opens a quotation when it stands before a word and after
/// white space (an apostrophe inside or after a word is left as punctuation).
fn opens_single_quote(text: &str, i: usize, c: char) -> bool {
    let prev = text[..i].chars().next_back();
    let next = text[i + c.len_utf8()..].chars().next();
    prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[') || is_double_quote(p))
        && next.is_some_and(|n| n.is_alphanumeric())
}

fn quote_kind(text: &str, i: usize, c: char) -> TokKind {
    let prev = text[..i].chars().next_back();
    let next = text[i + c.len_utf8()..].chars().next();
    // (a direction mark or zero-width space counts as the space it stands for)
    let blank = |ch: char| {
        ch.is_whitespace()
            || matches!(ch, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{feff}')
    };
    match c {
        // a curly mark typed the wrong way round: '“It's unusual,“ said X' closes after the
        // comma, '”This is why ...,” said X' opens before the word
        '“' if prev.is_some_and(|p| matches!(p, ',' | '.' | '?' | '!'))
            && next.is_none_or(blank) =>
        {
            TokKind::CloseQuote
        }
        '”' if prev.is_none_or(blank)
            && (next.is_some_and(|n| n.is_alphanumeric() || n == '…')
                || text[i + c.len_utf8()..].starts_with(" …")) =>
        {
            TokKind::OpenQuote
        }
        '“' | '„' | '«' | '‘' | '’' => TokKind::OpenQuote,
        '”' | '»' => TokKind::CloseQuote,
        _ => {
            let prev_open = prev.is_none_or(|p| {
                p.is_whitespace() || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | ':')
            });
            let next_space = next.is_none_or(|n| n.is_whitespace());
            if prev_open && !next_space {
                TokKind::OpenQuote
            } else {
                TokKind::CloseQuote
            }
        }
    }
}

fn push_word(text: &str, start: usize, end: usize, tokens: &mut Vec<Token>) {
    let word = &text[start..end];
    // split a trailing possessive 's / s' and a trailing n't
    let lower = norm_word(word);
    let mut cut = end;
    if lower.len() > 2 && (lower.ends_with("'s")) {
        cut = start
            + word
                .char_indices()
                .rev()
                .nth(1)
                .map_or(word.len(), |(j, _)| j);
    } else if lower.len() > 3 && lower.ends_with("n't") && lower != "can't" && lower != "won't" {
        cut = start
            + word
                .char_indices()
                .rev()
                .nth(2)
                .map_or(word.len(), |(j, _)| j);
    } else if lower == "can't" || lower == "won't" {
        cut = start
            + word
                .char_indices()
                .rev()
                .nth(2)
                .map_or(word.len(), |(j, _)| j);
    }
    let first = &text[start..cut];
    let kind = if first.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        TokKind::Number
    } else {
        TokKind::Word
    };
    // Nearly always nothing is split off, and the whole word's norm is the one.
    let mut norm = if cut == end { lower } else { norm_word(first) };
    if cut < end && norm == "ca" {
        norm = "can".into();
    } else if cut < end && norm == "wo" {
        norm = "will".into();
    }
    tokens.push(Token {
        span: Span::new(start, cut),
        kind,
        norm,
        capitalized: first.chars().next().is_some_and(|c| c.is_uppercase()),
    });
    if cut < end {
        tokens.push(Token {
            span: Span::new(cut, end),
            kind: TokKind::Word,
            norm: norm_word(&text[cut..end]),
            capitalized: false,
        });
    }
}

/// The tokenizer as it was before its ASCII fast paths, kept to check that the fast one
/// gives the same tokens.
#[cfg(test)]
pub(crate) mod reference {
    use super::*;

    fn norm_word(s: &str) -> Norm {
        // Most words are short and ASCII: lower-cased straight into the inline form.
        if s.is_ascii() {
            if s.len() <= NORM_INLINE {
                let mut bytes = [0u8; NORM_INLINE];
                for (b, c) in bytes.iter_mut().zip(s.bytes()) {
                    *b = c.to_ascii_lowercase();
                }
                return Norm(NormRepr::Inline {
                    len: s.len() as u8,
                    bytes,
                });
            }
            return s.to_ascii_lowercase().into();
        }
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            if c == '’' || c == '‘' {
                out.push('\'');
            } else if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        }
        out.into()
    }

    pub fn tokenize(text: &str) -> Vec<Token> {
        let mut tokens = Vec::with_capacity(text.len() / 5);
        // The next character at a byte offset, ASCII without the UTF-8 decoder.
        let bytes = text.as_bytes();
        let char_at = |i: usize| match bytes.get(i) {
            Some(&b) if b.is_ascii() => Some(b as char),
            Some(_) => text[i..].chars().next(),
            None => None,
        };
        // Byte offset of the next character to read.
        let mut pos = 0;
        while let Some(c) = char_at(pos) {
            let i = pos;
            pos += c.len_utf8();
            if c.is_whitespace() {
                continue;
            }
            if c.is_alphanumeric() {
                // Scan a word: alphanumerics with internal joiners.
                let mut end = i + c.len_utf8();
                let numeric = c.is_ascii_digit();
                while let Some(n) = char_at(end) {
                    if n.is_alphanumeric() {
                        end += n.len_utf8();
                        continue;
                    }
                    let joiner = n == '-' || is_apostrophe(n) || n == '.' || (numeric && n == ',');
                    if !joiner {
                        break;
                    }
                    let after = end + n.len_utf8();
                    let next = char_at(after);
                    let next_alnum = next.is_some_and(|x| x.is_alphanumeric());
                    if n == '.' && !numeric {
                        // letter-period runs: U.S., e.g.  (single letters only)
                        let word = &text[i..end];
                        let last_seg = word.rsplit('.').next().unwrap_or(word);
                        if last_seg.chars().count() == 1 && next_alnum {
                            let nn = char_at(after + next.map_or(0, |x| x.len_utf8()));
                            if nn == Some('.') {
                                end = after;
                                continue;
                            }
                        }
                        if last_seg.chars().count() == 1 && word.contains('.') && !next_alnum {
                            // final period of U.S.
                            end = after;
                        }
                        break;
                    }
                    if numeric && (n == ',' || n == '.') {
                        if next.is_some_and(|x| x.is_ascii_digit()) {
                            end = after;
                            continue;
                        }
                        break;
                    }
                    if !next_alnum {
                        break;
                    }
                    end = after;
                }
                // go on after the word
                pos = end;
                // "Mr." / "Sen." / "Sept.": the period belongs to the abbreviation
                // "Sander M. Levin": a middle initial keeps its period too
                let initial = end == i + c.len_utf8()
                    && c.is_uppercase()
                    && text[end..].starts_with(". ")
                    && text[end + 2..]
                        .chars()
                        .next()
                        .is_some_and(|n| n.is_uppercase());
                // "Huntsville, Ala., says": a period before a comma ends no sentence, so it
                // belongs to an abbreviation whatever the word
                if text[end..].starts_with('.')
                    && (initial
                        || text[end + 1..].starts_with(',')
                        || ABBREVIATIONS.contains(&text[i..end].to_ascii_lowercase().as_str()))
                {
                    end += 1;
                    pos = end;
                }
                push_word(text, i, end, &mut tokens);
                continue;
            }
            // '' and `` stand for double quotes in some wire copy
            if (text[i..].starts_with("''") || text[i..].starts_with("``"))
                && !text[i + 2..].starts_with('\'')
            {
                let prev = text[..i].chars().next_back();
                let next = text[i + 2..].chars().next();
                let opens = c == '`'
                    || (prev.is_none_or(|p| {
                        p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | ':')
                    }) && next.is_some_and(|n| !n.is_whitespace()));
                tokens.push(Token {
                    span: Span::new(i, i + 2),
                    kind: if opens {
                        TokKind::OpenQuote
                    } else {
                        TokKind::CloseQuote
                    },
                    norm: "\"".into(),
                    capitalized: false,
                });
                pos = i + 2;
                continue;
            }
            if c == '-' && text[i + 1..].starts_with('-') {
                tokens.push(Token {
                    span: Span::new(i, i + 2),
                    kind: TokKind::Punct,
                    norm: "--".into(),
                    capitalized: false,
                });
                pos = i + 2;
                continue;
            }
            let end = i + c.len_utf8();
            let kind = if is_double_quote(c)
                || c == '‘'
                || (is_apostrophe(c) && opens_single_quote(text, i, c))
            {
                quote_kind(text, i, c)
            } else {
                TokKind::Punct
            };
            tokens.push(Token {
                span: Span::new(i, end),
                kind,
                norm: if is_apostrophe(c) {
                    "'".into()
                } else if super::spaced_hyphen(text, i, c) {
                    "—".into()
                } else {
                    Norm::new(c.encode_utf8(&mut [0; 4]))
                },
                capitalized: false,
            });
        }
        tokens
    }

    fn push_word(text: &str, start: usize, end: usize, tokens: &mut Vec<Token>) {
        let word = &text[start..end];
        // split a trailing possessive 's / s' and a trailing n't
        let lower = norm_word(word);
        let mut cut = end;
        if lower.len() > 2 && (lower.ends_with("'s")) {
            cut = start
                + word
                    .char_indices()
                    .rev()
                    .nth(1)
                    .map_or(word.len(), |(j, _)| j);
        } else if lower.len() > 3 && lower.ends_with("n't") && lower != "can't" && lower != "won't"
        {
            cut = start
                + word
                    .char_indices()
                    .rev()
                    .nth(2)
                    .map_or(word.len(), |(j, _)| j);
        } else if lower == "can't" || lower == "won't" {
            cut = start
                + word
                    .char_indices()
                    .rev()
                    .nth(2)
                    .map_or(word.len(), |(j, _)| j);
        }
        let first = &text[start..cut];
        let kind = if first.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            TokKind::Number
        } else {
            TokKind::Word
        };
        // Nearly always nothing is split off, and the whole word's norm is the one.
        let mut norm = if cut == end { lower } else { norm_word(first) };
        if norm == "ca" && cut < end {
            norm = "can".into();
        } else if norm == "wo" && cut < end {
            norm = "will".into();
        }
        tokens.push(Token {
            span: Span::new(start, cut),
            kind,
            norm,
            capitalized: first.chars().next().is_some_and(|c| c.is_uppercase()),
        });
        if cut < end {
            tokens.push(Token {
                span: Span::new(cut, end),
                kind: TokKind::Word,
                norm: norm_word(&text[cut..end]),
                capitalized: false,
            });
        }
    }
}

/// Byte ranges of paragraphs (trimmed, non-empty).
pub fn paragraph_spans(text: &str) -> Vec<Span> {
    let blank_lines = text.contains("\n\n") || text.contains("\r\n\r\n");
    let mut spans = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    let push = |s: usize, e: usize, spans: &mut Vec<Span>| {
        let seg = &text[s..e];
        let lead = seg.len() - seg.trim_start().len();
        let trail = seg.len() - seg.trim_end().len();
        if s + lead < e - trail {
            spans.push(Span::new(s + lead, e - trail));
        }
    };
    while i < bytes.len() {
        if bytes[i] == b'\n' {
            let mut j = i + 1;
            let mut newlines = 1;
            while j < bytes.len()
                && (bytes[j] == b'\n' || bytes[j] == b'\r' || bytes[j] == b' ' || bytes[j] == b'\t')
            {
                if bytes[j] == b'\n' {
                    newlines += 1;
                }
                j += 1;
            }
            if !blank_lines || newlines >= 2 {
                push(start, i, &mut spans);
                start = j;
            }
            i = j;
        } else {
            // on to the next line break (`i` is always at a character boundary here: 0, a
            // line break, or just after an ASCII space)
            i = text[i..].find('\n').map_or(bytes.len(), |p| i + p);
        }
    }
    push(start, text.len(), &mut spans);
    spans
}

/// Segment a document text.
pub fn segment(text: &str) -> Segmentation {
    let tokens = tokenize(text);
    let para_spans = paragraph_spans(text);
    let mut sentences = Vec::new();
    let mut paragraphs = Vec::with_capacity(para_spans.len());
    let mut t = 0;
    for (pi, ps) in para_spans.iter().enumerate() {
        while t < tokens.len() && tokens[t].span.start < ps.start {
            t += 1;
        }
        let first_tok = t;
        let mut end_tok = t;
        while end_tok < tokens.len() && tokens[end_tok].span.start < ps.end {
            end_tok += 1;
        }
        let first_sentence = sentences.len();
        let mut s_start = first_tok;
        let mut k = first_tok;
        while k < end_tok {
            if is_sentence_end(text, &tokens, k, end_tok) {
                // include closing quotes / brackets after the terminator
                let mut e = k + 1;
                while e < end_tok
                    && (tokens[e].kind == TokKind::CloseQuote
                        || matches!(tokens[e].norm.as_str(), ")" | "]"))
                {
                    e += 1;
                }
                sentences.push(Sentence {
                    span: Span::new(tokens[s_start].span.start, tokens[e - 1].span.end),
                    tokens: s_start..e,
                    paragraph: pi,
                });
                s_start = e;
                k = e;
                continue;
            }
            k += 1;
        }
        if s_start < end_tok {
            sentences.push(Sentence {
                span: Span::new(tokens[s_start].span.start, tokens[end_tok - 1].span.end),
                tokens: s_start..end_tok,
                paragraph: pi,
            });
        }
        paragraphs.push(Paragraph {
            span: *ps,
            sentences: first_sentence..sentences.len(),
        });
        t = end_tok;
    }
    let quotes = find_quotes(&tokens, &paragraphs, &sentences);
    let quote_index = quote_index(&tokens, &quotes);
    Segmentation {
        tokens,
        sentences,
        paragraphs,
        quotes,
        quote_index,
    }
}

/// A mark that opens a bulleted line ("~ Meet the robots", "-One poll shows").
pub(crate) fn is_list_bullet(w: &str) -> bool {
    matches!(w, "~" | "-" | "•" | "*" | "–" | "—" | "·" | "►" | "▪")
}

fn is_sentence_end(text: &str, tokens: &[Token], k: usize, end: usize) -> bool {
    let tok = &tokens[k];
    // a line break inside a paragraph ends a sentence when a new one clearly starts
    // (a headline line, a dateline); a hard-wrapped line that goes on in lower case does not
    if k + 1 < end {
        let next = &tokens[k + 1];
        let gap = &text[tok.span.end..next.span.start];
        // ("... she might be pregnant.\n~ Meet the robots": a bulleted line starts anew)
        if gap.contains('\n')
            && (next.capitalized
                || next.kind == TokKind::OpenQuote
                || is_list_bullet(next.norm.as_str()))
            && !matches!(tok.norm.as_str(), "," | "(" | "-" | "—" | "–")
            && tok.kind != TokKind::OpenQuote
        {
            return true;
        }
    }
    let terminator = match tok.norm.as_str() {
        "." | "!" | "?" | "…" => true,
        _ => tok.kind == TokKind::Word && tok.norm.ends_with('.') && tok.norm.len() > 1,
    };
    if !terminator {
        return false;
    }
    // what comes next, after closing quotes/brackets
    let mut n = k + 1;
    while n < end
        && (tokens[n].kind == TokKind::CloseQuote || matches!(tokens[n].norm.as_str(), ")" | "]"))
    {
        n += 1;
    }
    if n >= end {
        return true;
    }
    let next = &tokens[n];
    // "(D-S.C.)", "R-N.Y.": a period with a word right after it, no space between, is inside
    // an abbreviation
    if tok.norm == "."
        && k + 1 < end
        && tokens[k + 1].kind == TokKind::Word
        && tokens[k + 1].span.start == tok.span.end
    {
        return false;
    }
    if tok.norm == "." && k > 0 {
        let prev = &tokens[k - 1];
        let adjacent = prev.span.end == tok.span.start;
        if adjacent && prev.kind == TokKind::Word {
            if is_abbreviation(&prev.norm) {
                return false;
            }
            // single initial: "J. Smith"
            if prev.norm.chars().count() == 1 && prev.capitalized {
                return false;
            }
        }
    }
    if tok.kind == TokKind::Word && is_title_abbreviation(tok.norm.trim_end_matches('.')) {
        return false;
    }
    // a middle initial ("Sander M. Levin") never ends a sentence
    if tok.kind == TokKind::Word
        && tok.norm.len() == 2
        && tok.capitalized
        && k > 0
        && tokens[k - 1].capitalized
    {
        return false;
    }
    if tok.kind == TokKind::Word {
        // "U.S." ends a sentence only before a clear sentence start
        return next.capitalized
            && matches!(
                next.norm.as_str(),
                "the"
                    | "he"
                    | "she"
                    | "it"
                    | "they"
                    | "we"
                    | "i"
                    | "but"
                    | "and"
                    | "in"
                    | "a"
                    | "this"
                    | "that"
            );
    }
    // "... working on a book. (Mr. Lewandowski has denied it.)": a bracketed sentence
    // starts anew
    next.capitalized
        || next.kind == TokKind::OpenQuote
        || next.kind == TokKind::Number
        || next.norm == "—"
        || (next.norm == "(" && tokens[n + 1..end].first().is_some_and(|t| t.capitalized))
}

fn find_quotes(tokens: &[Token], paragraphs: &[Paragraph], sentences: &[Sentence]) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut prev_left_open = false;
    for (pi, p) in paragraphs.iter().enumerate() {
        let range = if p.sentences.is_empty() {
            0..0
        } else {
            sentences[p.sentences.start].tokens.start..sentences[p.sentences.end - 1].tokens.end
        };
        let mut open: Option<usize> = None;
        let mut single_open: Option<usize> = None;
        let mut first_in_para = true;
        for k in range.clone() {
            let tok = &tokens[k];
            let single = matches!(tok.norm.as_str(), "'" | "‘");
            if single && tok.kind == TokKind::Punct && open.is_none() {
                // an apostrophe right after a word, before a space or punctuation, closes a
                // pending single quotation ('in their heads.')
                if let Some(o) = single_open {
                    let after_word = k > 0
                        && tokens[k - 1].span.end == tok.span.start
                        && tokens[k - 1].is_word();
                    let at_boundary = tokens
                        .get(k + 1)
                        .is_none_or(|n| n.span.start > tok.span.end || !n.is_word());
                    if after_word && at_boundary && k > o + 1 {
                        quotes.push(Quote {
                            span: tokens[o].span.cover(tok.span),
                            open: o,
                            close: Some(k),
                            paragraph: pi,
                            continues_previous: false,
                        });
                        single_open = None;
                    }
                }
                continue;
            }
            match tok.kind {
                TokKind::OpenQuote if single && open.is_none() => single_open = Some(k),
                TokKind::OpenQuote if !single && open.is_none() => open = Some(k),
                TokKind::CloseQuote => {
                    if let Some(o) = open.take() {
                        quotes.push(Quote {
                            span: tokens[o].span.cover(tok.span),
                            open: o,
                            close: Some(k),
                            paragraph: pi,
                            continues_previous: first_in_para && prev_left_open,
                        });
                        first_in_para = false;
                    }
                }
                _ => {}
            }
        }
        prev_left_open = false;
        if let Some(o) = open {
            let last = range.end - 1;
            quotes.push(Quote {
                span: tokens[o].span.cover(tokens[last].span),
                open: o,
                close: None,
                paragraph: pi,
                continues_previous: first_in_para && prev_left_open,
            });
            prev_left_open = true;
        }
    }
    quotes
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The fast tokenizer gives the reference tokenizer's tokens.
    fn same_as_reference(text: &str) {
        let fast = tokenize(text);
        let slow = reference::tokenize(text);
        if fast != slow {
            let k = fast.iter().zip(&slow).take_while(|(a, b)| a == b).count();
            panic!(
                "tokens differ at {k}: {:?} vs {:?} in {:?}",
                fast.get(k),
                slow.get(k),
                text.get(slow.get(k).map_or(0, |t| t.span.start.saturating_sub(40))..)
                    .map(|t| t.chars().take(80).collect::<String>())
            );
        }
    }

    #[test]
    fn abbreviation_match_holds_the_list() {
        for w in ABBREVIATIONS {
            assert!(is_abbreviation(w), "{w}");
            assert!(is_abbreviation_word(&w.to_uppercase()), "{w}");
        }
        for w in [
            "m", "mrs.", "e.g.", "approxx", "sept.", "", "i.e.", "Ltd", "\u{e9}t",
        ] {
            assert_eq!(
                is_abbreviation_word(w),
                ABBREVIATIONS.contains(&w.to_ascii_lowercase().as_str()),
                "{w}"
            );
        }
    }

    #[test]
    fn fast_tokenizer_matches_the_reference_on_the_seed_and_edge_cases() {
        same_as_reference(include_str!("../fixtures/tillerson-lavrov.txt"));
        for t in [
            "",
            " ",
            "U.S. Sen. John M. Smith, Ala., said: ''It's not 2,000.5 -- it's 3.'' ",
            "\u{a0}Caf\u{e9}\u{2019}s r\u{e9}sum\u{e9}\u{2014}don\u{2019}t\u{2009}can't won't e.g. i.e.",
            "\u{201c}Quoted\u{201d} \u{2018}single\u{2019} 'tis ``wire'' \u{ab}guillemets\u{bb}",
            "a-b- -c 1,2, 3.4. x.y.z. A. B",
            "tab\tnew\nline\r\n\x0b\x0cform",
            "\u{130}stanbul \u{3a3}\u{3b5} \u{2168} \u{661}\u{662}",
        ] {
            same_as_reference(t);
        }
    }

    /// Every PolNeAR article (when the research data is present): the corpus is what the
    /// throughput target is measured on.
    #[test]
    #[allow(clippy::print_stderr)] // the skip message of a test, not library output
    fn fast_tokenizer_matches_the_reference_on_polnear() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/data/polnear/dev.jsonl"
        );
        let Ok(data) = std::fs::read_to_string(path) else {
            assert!(
                std::env::var("CI").map_or(true, |v| v != "true"),
                "{path} is absent under CI=true"
            );
            eprintln!("skipped: {path} is absent");
            return;
        };
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            same_as_reference(v["text"].as_str().expect("a text field"));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]
        #[test]
        fn fast_tokenizer_matches_the_reference(
            text in "[a-zA-Z0-9 .,'’‘\"“”`:;!?()\\[\\]—–\\-\t\n\u{a0}\u{e9}\u{c9}\u{2009}\u{85}\u{661}]{0,40}"
        ) {
            same_as_reference(&text);
        }
    }

    fn words(text: &str) -> Vec<String> {
        tokenize(text)
            .into_iter()
            .map(|t| t.span.text(text).to_string())
            .collect()
    }

    #[test]
    fn tokenizes_abbreviations_possessives_numbers() {
        assert_eq!(
            words("U.S. officials’ high-level talks: Lavrov’s 2,000 didn't"),
            [
                "U.S.",
                "officials",
                "’",
                "high-level",
                "talks",
                ":",
                "Lavrov",
                "’s",
                "2,000",
                "did",
                "n't"
            ]
        );
    }

    #[test]
    fn sentences_respect_titles_and_quotes() {
        let text = "We talked with Mr. Lavrov yesterday. “We felt that,” Lavrov said. “There’s no alternative.” Sen. Smith agreed.";
        let seg = segment(text);
        let s: Vec<_> = seg.sentences.iter().map(|s| s.span.text(text)).collect();
        assert_eq!(
            s,
            [
                "We talked with Mr. Lavrov yesterday.",
                "“We felt that,” Lavrov said.",
                "“There’s no alternative.”",
                "Sen. Smith agreed."
            ]
        );
        assert_eq!(seg.quotes.len(), 2);
    }

    #[test]
    fn straight_quotes_pair_by_context() {
        let text = r#"He said "this is it," and left. "Another," she said."#;
        let seg = segment(text);
        let q: Vec<_> = seg.quotes.iter().map(|q| q.span.text(text)).collect();
        assert_eq!(q, [r#""this is it,""#, r#""Another,""#]);
    }

    #[test]
    fn doubled_single_quotes_are_double_quotes() {
        let text = "''That is Mexico's weakness,'' said Luis Rubio.";
        let seg = segment(text);
        assert_eq!(seg.quotes.len(), 1);
        assert_eq!(
            seg.quotes[0].span.text(text),
            "''That is Mexico's weakness,''"
        );
    }

    #[test]
    fn paragraphs_on_blank_lines_or_single_newlines() {
        assert_eq!(paragraph_spans("a\nb\n\nc").len(), 2);
        assert_eq!(paragraph_spans("a\nb\nc").len(), 3);
        assert!(paragraph_spans("  \n \n").is_empty());
    }

    #[test]
    fn a_bulleted_line_starts_a_sentence() {
        let text =
            "Intro.\n\nShe hinted she might run.\n~ Meet the robots.\n-One poll shows a lead.";
        let seg = segment(text);
        let sentences: Vec<&str> = seg
            .sentences
            .iter()
            .map(|s| &text[s.span.start..s.span.end])
            .collect();
        assert_eq!(
            sentences,
            [
                "Intro.",
                "She hinted she might run.",
                "~ Meet the robots.",
                "-One poll shows a lead."
            ]
        );
    }

    #[test]
    fn open_quote_continues_into_next_paragraph() {
        let text = "“First part of the speech.\n\n“Second part,” he said.";
        let seg = segment(text);
        assert_eq!(seg.quotes.len(), 2);
        assert!(seg.quotes[0].close.is_none());
        assert!(seg.quotes[1].continues_previous);
    }

    #[test]
    fn norms_short_and_long_compare_and_hash_as_their_text() {
        use std::hash::BuildHasher;
        let h = rustc_hash::FxBuildHasher;
        for s in [
            "",
            "a",
            "twenty-two-bytes-long!",
            "twenty-three-bytes-long",
            "Éé’ long enough to be on the heap",
        ] {
            let n = Norm::new(s);
            assert_eq!(n.as_str(), s);
            let owned = s.to_string();
            assert!(n == s && n == *s && n == owned);
            assert_eq!(h.hash_one(&n), h.hash_one(s));
            assert_eq!(n.clone(), n);
        }
        assert_eq!(norm_word("Lavrov’S").as_str(), "lavrov's");
        assert_eq!(norm_word("ÉTATS").as_str(), "états");
    }

    #[test]
    fn quote_lookups_agree_with_a_scan_of_all_quotes() {
        let text = "'Not \"this,\" he said' and “that.” ‘More’ \"left open\n\n\"Again,\" she said. \"\" “ x";
        let seg = segment(text);
        assert!(seg.quotes.len() >= 4);
        for t in 0..seg.tokens.len() {
            let pos = seg.tokens[t].span.start;
            let around = seg
                .quotes
                .iter()
                .position(|q| q.span.start <= pos && pos < q.span.end);
            assert_eq!(seg.quote_around(t), around, "token {t}");
            let opened = seg.quotes.iter().position(|q| q.open == t);
            assert_eq!(seg.quote_opened_at(t), opened, "token {t}");
            let closed = seg.quotes.iter().position(|q| q.close == Some(t));
            assert_eq!(seg.quote_closed_at(t), closed, "token {t}");
        }
    }

    #[test]
    fn unbalanced_quotes_do_not_panic() {
        let text = "\"\"\"“”” ’ ‘ \" a \" b “";
        let seg = segment(text);
        for q in &seg.quotes {
            assert!(q.span.end <= text.len());
        }
    }
}

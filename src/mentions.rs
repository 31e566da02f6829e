//! Mentions: finds the actors of a document and the places that refer to them.
//!
//! Takes the text, its segmentation and the lexicon; gives [`Mentions`]: the document's
//! actors and each mention's span. Actors come from two places:
//! - the lexicon: countries, capitals and seats of power used as metonyms ("Moscow",
//!   "the Kremlin" -> Russia), institutions ("US intelligence agencies");
//! - the text: a capitalised name, optionally after a demonym and a title ("US Secretary of
//!   State Rex Tillerson" -> person "Rex Tillerson", role "US Secretary of State", camp
//!   "United States"). A later surname ("Tillerson", "Mr. Lavrov") is the same person.
//!
//! Pronouns and role nouns ("he", "they", "the US official", "the foreign minister") are
//! resolved on demand by [`Mentions::resolve_source`], when a claim needs its speaker: to
//! the nearest earlier actor that fits (a person for "he"/"she", a matching role or camp
//! for a role noun, a group or country for "they").

use crate::lexicon::{AliasCase, Lexicon, WordSet};
use crate::model::{Actor, ActorKind, Span};
use crate::segment::{Segmentation, TokKind, Token};
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

/// How a mention refers to its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// A full name, possibly with title ("US Secretary of State Rex Tillerson").
    Name,
    /// A lexicon alias or a repeated surname ("Moscow", "Tillerson").
    Alias,
    Pronoun,
    RoleNoun,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub span: Span,
    pub tokens: Range<usize>,
    pub actor: usize,
    pub kind: MentionKind,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Mentions {
    pub actors: Vec<Actor>,
    /// Sorted by position.
    pub mentions: Vec<Mention>,
    /// Lexicon actor index -> document actor index.
    lexicon_actor: HashMap<usize, usize>,
    /// The longest mention span in bytes: bounds the mentions a position can be inside.
    longest: usize,
}

/// Words that are capitalised at a sentence start but are not names.
const COMMON_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "to",
    "of",
    "as",
    "and",
    "but",
    "or",
    "so",
    "yet",
    "if",
    "when",
    "while",
    "after",
    "before",
    "since",
    "because",
    "although",
    "though",
    "there",
    "here",
    "what",
    "who",
    "which",
    "how",
    "why",
    "where",
    "yes",
    "no",
    "not",
    "also",
    "still",
    "then",
    "now",
    "earlier",
    "later",
    "last",
    "next",
    "meanwhile",
    "however",
    "instead",
    "indeed",
    "even",
    "some",
    "many",
    "most",
    "all",
    "both",
    "each",
    "every",
    "one",
    "two",
    "three",
    "another",
    "other",
    "such",
    "more",
    "less",
    "according",
    "asked",
    "said",
    "says",
    "despite",
    "during",
    "under",
    "over",
    "about",
    "among",
    "until",
    "like",
    "unlike",
    "without",
    "within",
    "just",
    "only",
    "first",
    "second",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "mr",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "sen.",
    "rep.",
    "gov.",
    "mrs",
    "ms",
    "dr",
    "is",
    "was",
    "are",
    "were",
    "will",
    "would",
    "can",
    "could",
    "do",
    "does",
    "did",
    "has",
    "have",
    "had",
    "be",
    "been",
    "should",
    "must",
    "might",
    "let",
    "please",
    "well",
    "thank",
    "thanks",
    "oh",
    "ok",
    "okay",
    "well",
    "let's",
    "don't",
    "it's",
    "that's",
    "i'm",
    "we're",
    "they're",
    "you're",
    "there's",
    "here's",
    "what's",
    "breaking",
    "update",
    "watch",
    "read",
    "via",
    "photo",
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "recently",
    "currently",
    "previously",
    "video",
    "editor's",
    "note",
    "advertisement",
];

/// Words that make a capitalised run an organisation rather than a person.
const ORG_WORDS: &[&str] = &[
    "party",
    "university",
    "college",
    "department",
    "committee",
    "commission",
    "post",
    "times",
    "news",
    "agency",
    "council",
    "court",
    "house",
    "senate",
    "service",
    "campaign",
    "foundation",
    "institute",
    "association",
    "union",
    "bank",
    "corp",
    "inc",
    "group",
    "center",
    "centre",
    "office",
    "ministry",
    "board",
    "network",
    "journal",
    "street",
    "tribune",
    "press",
    "herald",
    "daily",
    "channel",
    "company",
    "administration",
    "government",
    "congress",
    "federation",
    "organization",
    "organisation",
    "club",
    "school",
    "church",
    "army",
    "navy",
    "police",
    "fund",
    "reuters",
    "cnn",
    "fox",
    "msnbc",
    "nbc",
    "abc",
    "cbs",
    "npr",
    "bbc",
    "upi",
    "ap",
    "breitbart",
    "politico",
    "hill",
    "guardian",
    "telegraph",
    "today",
    "magazine",
    "watch",
    "project",
    "initiative",
    "coalition",
    "caucus",
    "alliance",
    "authority",
    "force",
    "forces",
    "guard",
    "republicans",
    "democrats",
    "society",
    "institution",
    "laboratory",
    "hospital",
    "county",
    "city",
    "state",
    "states",
    "republic",
    "kingdom",
    "nations",
    "media",
    "times",
    "review",
    "bureau",
    "council",
    "industries",
    "group",
    "partners",
    "llc",
    "ltd",
    "co",
];

/// Name particles allowed inside a capitalised name ("Charles de Gaulle").
const NAME_PARTICLES: &[&str] = &[
    "de", "van", "von", "bin", "al", "la", "du", "der", "del", "da", "di", "le", "ben",
];

static COMMON_WORDS_SET: WordSet = WordSet::of(&[COMMON_WORDS]);
static ORG_WORDS_SET: WordSet = WordSet::of(&[ORG_WORDS]);
static NAME_PARTICLES_SET: WordSet = WordSet::of(&[NAME_PARTICLES]);

pub const PERSON_PRONOUNS: &[&str] = &["he", "she", "him", "her"];
pub const GROUP_PRONOUNS: &[&str] = &["they", "them", "it"];

fn is_name_word(t: &Token) -> bool {
    t.kind == TokKind::Word && t.capitalized && !t.norm.ends_with('.') || is_initial(t)
}

fn is_initial(t: &Token) -> bool {
    // "J." or "H.W." style initials
    t.kind == TokKind::Word
        && t.capitalized
        && t.norm.ends_with('.')
        && t.norm.len() <= 5
        && t.norm.chars().filter(|c| c.is_alphabetic()).count() <= 2
}

impl Mentions {
    /// Index of a document actor for a lexicon actor, creating it on first use.
    fn lexicon_actor(&mut self, lex: &Lexicon, li: usize) -> usize {
        if let Some(&i) = self.lexicon_actor.get(&li) {
            return i;
        }
        let e = &lex.actors[li];
        let id = self.actors.len();
        self.actors.push(Actor {
            id,
            name: e.name.clone(),
            kind: e.kind,
            role: None,
            camp: e.camp.clone(),
            aliases: Vec::new(),
            mentions: Vec::new(),
        });
        self.lexicon_actor.insert(li, id);
        id
    }

    /// Add an actor found in the text, or return the existing one with the same name.
    fn text_actor(
        &mut self,
        name: &str,
        kind: ActorKind,
        role: Option<String>,
        camp: Option<String>,
    ) -> usize {
        if let Some(a) = self.actors.iter_mut().find(|a| a.name == name) {
            if a.role.is_none() {
                a.role = role;
            }
            if a.camp.is_none() {
                a.camp = camp;
            }
            return a.id;
        }
        let id = self.actors.len();
        self.actors.push(Actor {
            id,
            name: name.to_string(),
            kind,
            role,
            camp,
            aliases: Vec::new(),
            mentions: Vec::new(),
        });
        id
    }

    fn add_mention(
        &mut self,
        text: &str,
        seg: &Segmentation,
        tokens: Range<usize>,
        actor: usize,
        kind: MentionKind,
    ) {
        let span = seg.tokens[tokens.start]
            .span
            .cover(seg.tokens[tokens.end - 1].span);
        let surface = span.text(text).to_string();
        let a = &mut self.actors[actor];
        if surface != a.name && !a.aliases.contains(&surface) && kind != MentionKind::Pronoun {
            a.aliases.push(surface);
        }
        a.mentions.push(span);
        self.longest = self.longest.max(span.len());
        let pos = self.mentions.partition_point(|m| m.span.start < span.start);
        if self.mentions.get(pos).is_some_and(|m| m.span == span) {
            return;
        }
        self.mentions.insert(
            pos,
            Mention {
                span,
                tokens,
                actor,
                kind,
            },
        );
    }

    /// The mention that covers token `t`, if any.
    pub fn mention_at(&self, seg: &Segmentation, t: usize) -> Option<&Mention> {
        let pos = seg.tokens[t].span.start;
        self.mentions
            .iter()
            .find(|m| m.span.start <= pos && pos < m.span.end)
    }

    /// Find the person whose surname (or single name) is this word.
    fn person_by_surname(&self, word: &str) -> Option<usize> {
        self.actors.iter().rev().find_map(|a| {
            (a.kind == ActorKind::Person
                && a.name
                    .split_whitespace()
                    .last()
                    .is_some_and(|last| last.eq_ignore_ascii_case(word)))
            .then_some(a.id)
        })
    }

    /// Resolve the source noun phrase of a claim (tokens `np`) to an actor, recording the
    /// mention. Returns `None` for unnamed sources ("sources", "a campaign operative").
    pub fn resolve_source(
        &mut self,
        text: &str,
        seg: &Segmentation,
        lex: &Lexicon,
        np: Range<usize>,
    ) -> Option<usize> {
        if np.is_empty() {
            return None;
        }
        let toks = &seg.tokens[np.clone()];
        // 1. a pronoun
        if toks.len() == 1 {
            let w = toks[0].norm.as_str();
            if matches!(w, "he" | "she" | "him" | "her") {
                let a = self.antecedent(seg.tokens[np.start].span.start, |a| {
                    a.kind == ActorKind::Person
                })?;
                self.add_mention(text, seg, np, a, MentionKind::Pronoun);
                return Some(a);
            }
            if matches!(w, "they" | "it") {
                let a = self.antecedent(seg.tokens[np.start].span.start, |a| {
                    a.kind != ActorKind::Person && a.kind != ActorKind::Unnamed
                })?;
                self.add_mention(text, seg, np, a, MentionKind::Pronoun);
                return Some(a);
            }
            if matches!(w, "i" | "we" | "you") {
                return None;
            }
        }
        // 2. the head (last word) is part of a known mention -> that actor
        let last = np.end - 1;
        let end_pos = seg.tokens[last].span.end;
        let start_pos = seg.tokens[np.start].span.start;
        // Mentions are sorted by start; one ending at or after `end_pos` starts at most
        // `longest` bytes before it, and none starting after `end_pos` can match.
        let from = self
            .mentions
            .partition_point(|m| m.span.start < end_pos.saturating_sub(self.longest));
        let to = self.mentions.partition_point(|m| m.span.start <= end_pos);
        if let Some(m) = self.mentions[from..to.max(from)].iter().rev().find(|m| {
            m.span.end == end_pos
                || (m.span.end >= end_pos && m.span.start <= seg.tokens[last].span.start)
        }) {
            if m.span.start >= start_pos || m.span.end == end_pos {
                return Some(m.actor);
            }
        }
        // a possessive or relative clause after the name: "Clinton, who ..." handled by callers;
        // here, take the last mention that ends before a lowercase head noun
        let head = &seg.tokens[last];
        let from = self.mentions.partition_point(|m| m.span.start < start_pos);
        let to = self.mentions.partition_point(|m| m.span.start <= end_pos);
        let inner: Vec<Mention> = self.mentions[from..to.max(from)]
            .iter()
            .filter(|m| m.span.start >= start_pos && m.span.end <= end_pos)
            .cloned()
            .collect();
        // 3. role noun: "the US official", "the foreign minister"
        if head.kind == TokKind::Word && !head.capitalized {
            let is_role = lex.role_nouns.iter().any(|r| {
                r == &head.norm || r.trim_end_matches('s') == head.norm.trim_end_matches('s')
            });
            let definite = matches!(toks[0].norm.as_str(), "the" | "this" | "that");
            if is_role && definite && toks.len() <= 5 {
                let camp = inner.last().and_then(|m| self.actors[m.actor].camp.clone());
                let role_words: Vec<&str> = toks
                    .iter()
                    .skip(1)
                    .filter(|t| !t.capitalized)
                    .map(|t| t.norm.as_str())
                    .collect();
                let pos = start_pos;
                let found = self.antecedent(pos, |a| {
                    a.kind == ActorKind::Person
                        && camp.as_ref().is_none_or(|c| a.camp.as_ref() == Some(c))
                        && (camp.is_some()
                            || a.role.as_ref().is_some_and(|r| {
                                let r = r.to_lowercase();
                                role_words.iter().all(|w| r.contains(w))
                            }))
                });
                if let Some(a) = found {
                    self.add_mention(text, seg, np, a, MentionKind::RoleNoun);
                    return Some(a);
                }
                return None;
            }
            // "Russia's foreign ministry", "US intelligence officials": a group in the modifier's camp
            if let Some(m) = inner.last() {
                let camp = self.actors[m.actor]
                    .camp
                    .clone()
                    .or_else(|| Some(self.actors[m.actor].name.clone()));
                let name = strip_determiner(np_text(text, seg, &np));
                if toks.len() <= 5 && !name.is_empty() {
                    let a = self.text_actor(name, ActorKind::Group, None, camp);
                    self.add_mention(text, seg, np, a, MentionKind::Name);
                    return Some(a);
                }
            }
            return None;
        }
        // 4. a capitalised phrase not seen before: a person or an organisation named here
        if head.capitalized {
            let name_start = (np.start..=last)
                .rev()
                .take_while(|&k| {
                    is_name_word(&seg.tokens[k])
                        || NAME_PARTICLES_SET.contains(&seg.tokens[k].norm)
                        || seg.tokens[k].norm == "&"
                })
                .last()
                .unwrap_or(last);
            let name_toks = &seg.tokens[name_start..np.end];
            if name_toks.len() == 1 && COMMON_WORDS_SET.contains(&name_toks[0].norm) {
                return None;
            }
            if name_toks.len() == 1 {
                if let Some(a) = self.person_by_surname(&name_toks[0].norm) {
                    self.add_mention(text, seg, name_start..np.end, a, MentionKind::Alias);
                    return Some(a);
                }
            }
            let is_org = name_toks.iter().any(|t| ORG_WORDS_SET.contains(&t.norm))
                || name_toks
                    .iter()
                    .all(|t| t.span.text(text).chars().all(|c| !c.is_lowercase()));
            let name = strip_determiner(
                Span::new(
                    name_toks[0].span.start,
                    name_toks[name_toks.len() - 1].span.end,
                )
                .text(text),
            );
            let kind = if is_org || name_toks.len() > 4 {
                ActorKind::Organisation
            } else {
                ActorKind::Person
            };
            let role = (name_start > np.start)
                .then(|| np_text(text, seg, &(np.start..name_start)).to_string());
            let camp = inner
                .first()
                .and_then(|m| self.actors[m.actor].camp.clone());
            let a = self.text_actor(name, kind, role, camp);
            self.add_mention(text, seg, name_start..np.end, a, MentionKind::Name);
            return Some(a);
        }
        None
    }

    /// The nearest actor mentioned before byte `pos` that satisfies `fits`.
    fn antecedent(&self, pos: usize, fits: impl Fn(&Actor) -> bool) -> Option<usize> {
        let before = self.mentions.partition_point(|m| m.span.start < pos);
        self.mentions[..before]
            .iter()
            .rev()
            .take(40)
            .find(|m| fits(&self.actors[m.actor]))
            .map(|m| m.actor)
    }
}

fn np_text<'t>(text: &'t str, seg: &Segmentation, np: &Range<usize>) -> &'t str {
    Span::new(
        seg.tokens[np.start].span.start,
        seg.tokens[np.end - 1].span.end,
    )
    .text(text)
}

fn strip_determiner(s: &str) -> &str {
    for d in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(r) = s.strip_prefix(d) {
            return r;
        }
    }
    s
}

/// Match a lexicon alias starting at token `i`; returns (end token, lexicon actor).
fn match_alias(
    text: &str,
    seg: &Segmentation,
    lex: &Lexicon,
    i: usize,
    end: usize,
) -> Option<(usize, usize)> {
    let tokens = &seg.tokens;
    let second = tokens.get(i + 1).map(|t| t.norm.as_str());
    for (rest, actor) in lex.aliases_starting(&tokens[i].norm, second) {
        let stop = i + 1 + rest.len();
        if stop > end {
            continue;
        }
        if !rest
            .iter()
            .zip(&tokens[i + 1..stop])
            .all(|(w, t)| *w == t.norm)
        {
            continue;
        }
        // case: every capitalised alias word must be capitalised in the text; acronyms exact
        let cases = lex.alias_word_cases(*actor);
        let ok = tokens[i..stop].iter().all(|t| {
            match cases.iter().find(|(w, _)| *w == t.norm).map(|(_, c)| c) {
                Some(AliasCase::Exact(w)) => t.span.text(text) == w,
                Some(AliasCase::Capitalised) => t.capitalized,
                _ => true,
            }
        });
        if ok {
            return Some((stop, *actor));
        }
    }
    None
}

/// Match a title (longest first) at token `i`; returns its end.
fn match_title(seg: &Segmentation, lex: &Lexicon, i: usize, end: usize) -> Option<usize> {
    let tokens = &seg.tokens;
    let first = &tokens.get(i)?.norm;
    // Only the titles whose first word can match this token, in lexicon order.
    lex.titles_starting(first).iter().find_map(|&k| {
        let t = &lex.titles[k];
        let stop = i + t.len();
        (stop <= end
            && t.iter().zip(&tokens[i..stop]).all(|(w, tok)| {
                *w == tok.norm || (w.ends_with('.') && w.trim_end_matches('.') == tok.norm)
            }))
        .then_some(stop)
    })
}

/// Find the actors and mentions of a document.
pub fn find(text: &str, seg: &Segmentation, lex: &Lexicon) -> Mentions {
    let mut m = Mentions::default();
    let tokens = &seg.tokens;
    for s in &seg.sentences {
        let mut i = s.tokens.start;
        while i < s.tokens.end {
            let sentence_start = i == s.tokens.start || tokens[i - 1].kind == TokKind::OpenQuote;
            // title + name: "[US] [Secretary of State] Rex Tillerson", "Mr. Lavrov"
            let mut j = i;
            let mut camp_from: Option<usize> = None;
            // Most words start no alias, demonym or title: one look-up rules all three out.
            let may_start = lex.may_start_name(&tokens[i].norm);
            // Asked again below when no name follows: the answer depends on the text only.
            let alias_at_i = if may_start {
                match_alias(text, seg, lex, i, s.tokens.end)
            } else {
                None
            };
            if let Some((stop, li)) = alias_at_i {
                camp_from = Some(li);
                j = stop;
            } else if let Some(&li) = may_start
                .then(|| lex.demonyms.get(&tokens[j].norm))
                .flatten()
            {
                if tokens[j].capitalized {
                    camp_from = Some(li);
                    j += 1;
                }
            }
            let title_start = j;
            while j < s.tokens.end && (j > i || may_start) {
                match match_title(seg, lex, j, s.tokens.end) {
                    Some(stop) => j = stop,
                    None => break,
                }
            }
            let has_title = j > title_start;
            // the name run
            let name_start = j;
            let mut k = j;
            while k < s.tokens.end
                && (is_name_word(&tokens[k])
                    || (k > name_start
                        && NAME_PARTICLES_SET.contains(&tokens[k].norm)
                        && k + 1 < s.tokens.end
                        && tokens[k + 1].capitalized))
                && (k > name_start || match_alias(text, seg, lex, k, s.tokens.end).is_none())
            {
                if !has_title
                    && k == name_start
                    && (sentence_start && k == i)
                    && COMMON_WORDS_SET.contains(&tokens[k].norm)
                {
                    break;
                }
                let sentence_adverb = sentence_start && k == i && tokens[k].norm.ends_with("ly");
                if sentence_adverb
                    || (COMMON_WORDS_SET.contains(&tokens[k].norm)
                        && !(k > name_start && is_initial(&tokens[k])))
                {
                    break;
                }
                k += 1;
            }
            let name_len = k - name_start;
            // "the Cold War", "the Ground Zero site": a name after "the" is a thing or an
            // organisation, never a person; only organisations become actors
            let after_the =
                name_start > s.tokens.start && tokens[name_start - 1].norm == "the" && !has_title;
            let is_org_run = tokens[name_start..k]
                .iter()
                .any(|t| ORG_WORDS_SET.contains(&t.norm));
            if name_len > 0 && (has_title || name_len >= 2) && (!after_the || is_org_run) {
                let name_toks = &tokens[name_start..k];
                let is_org = is_org_run || after_the;
                let name =
                    Span::new(name_toks[0].span.start, name_toks[name_len - 1].span.end).text(text);
                let existing = if name_len == 1 {
                    m.person_by_surname(&name_toks[0].norm)
                } else {
                    None
                };
                let actor = match existing {
                    Some(a) => a,
                    None => {
                        let role = has_title.then(|| {
                            Span::new(tokens[i].span.start, tokens[name_start - 1].span.end)
                                .text(text)
                                .to_string()
                        });
                        let camp = camp_from.and_then(|li| lex.actors[li].camp.clone());
                        let kind = if is_org {
                            ActorKind::Organisation
                        } else {
                            ActorKind::Person
                        };
                        m.text_actor(
                            name,
                            kind,
                            role.filter(|r| {
                                !r.trim_end_matches('.').eq_ignore_ascii_case("mr")
                                    && !r.eq_ignore_ascii_case("mrs.")
                                    && !r.eq_ignore_ascii_case("ms.")
                            }),
                            camp,
                        )
                    }
                };
                if let Some(li) = camp_from {
                    if i < title_start {
                        let c = m.lexicon_actor(lex, li);
                        m.add_mention(text, seg, i..title_start, c, MentionKind::Alias);
                    }
                }
                m.add_mention(text, seg, name_start..k, actor, MentionKind::Name);
                i = k;
                continue;
            }
            if name_len == 1 && !has_title {
                if let Some(a) = m.person_by_surname(&tokens[name_start].norm) {
                    m.add_mention(text, seg, name_start..k, a, MentionKind::Alias);
                    i = k;
                    continue;
                }
            }
            if let Some((stop, li)) = alias_at_i {
                let a = m.lexicon_actor(lex, li);
                m.add_mention(text, seg, i..stop, a, MentionKind::Alias);
                i = stop;
                continue;
            }
            i += 1;
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::Engine;
    use crate::segment::segment;

    fn run(text: &str) -> Mentions {
        let e = Engine::shipped();
        find(text, &segment(text), &e.lexicon)
    }

    #[test]
    fn title_and_name_give_person_with_role_and_camp() {
        let m = run("US Secretary of State Rex Tillerson held talks with Russian Foreign Minister Sergei Lavrov.");
        let t = m.actors.iter().find(|a| a.name == "Rex Tillerson").unwrap();
        assert_eq!(t.role.as_deref(), Some("US Secretary of State"));
        assert_eq!(t.camp.as_deref(), Some("United States"));
        let l = m.actors.iter().find(|a| a.name == "Sergei Lavrov").unwrap();
        assert_eq!(l.camp.as_deref(), Some("Russia"));
    }

    #[test]
    fn surname_and_honorific_refer_back() {
        let text =
            "Russian Foreign Minister Sergei Lavrov arrived. We met Mr. Lavrov. Lavrov smiled.";
        let m = run(text);
        let l = m.actors.iter().find(|a| a.name == "Sergei Lavrov").unwrap();
        assert_eq!(l.mentions.len(), 3, "{:?}", m.actors);
    }

    #[test]
    fn metonyms_resolve_to_countries() {
        let m = run("Moscow said so. The Kremlin agreed, and Washington objected.");
        let names: Vec<&str> = m
            .mentions
            .iter()
            .map(|x| m.actors[x.actor].name.as_str())
            .collect();
        assert_eq!(names, ["Russia", "Russia", "United States"]);
    }

    #[test]
    fn a_name_after_the_is_no_person() {
        let m =
            run("It was the lowest point since the end of the Cold War, The Washington Post said.");
        assert!(
            m.actors.iter().all(|a| a.name != "Cold War"),
            "{:?}",
            m.actors
        );
    }

    #[test]
    fn lower_case_us_is_not_the_united_states() {
        let m = run("They told us nothing.");
        assert!(m.actors.is_empty(), "{:?}", m.actors);
    }

    #[test]
    fn sentence_initial_common_word_is_not_a_name() {
        let m = run("The Post reported it. Yesterday Lavrov spoke.");
        assert!(
            m.actors
                .iter()
                .all(|a| a.name != "The Post" && a.name != "Yesterday Lavrov"),
            "{:?}",
            m.actors
        );
    }

    #[test]
    fn pronoun_and_role_noun_resolve_to_earlier_person() {
        let text = "US Secretary of State Rex Tillerson met Russian Foreign Minister Sergei Lavrov. Then the US official spoke. He left. The foreign minister stayed.";
        let e = Engine::shipped();
        let seg = segment(text);
        let mut m = find(text, &seg, &e.lexicon);
        let find_tok = |w: &str, nth: usize| {
            seg.tokens
                .iter()
                .enumerate()
                .filter(|(_, t)| t.span.text(text) == w)
                .nth(nth)
                .unwrap()
                .0
        };
        let the = find_tok("the", 0);
        let a = m
            .resolve_source(text, &seg, &e.lexicon, the..the + 3)
            .unwrap();
        assert_eq!(m.actors[a].name, "Rex Tillerson");
        let he = find_tok("He", 0);
        let a = m
            .resolve_source(text, &seg, &e.lexicon, he..he + 1)
            .unwrap();
        assert_eq!(m.actors[a].name, "Rex Tillerson");
        let fm = find_tok("The", 0);
        let a = m
            .resolve_source(text, &seg, &e.lexicon, fm..fm + 3)
            .unwrap();
        assert_eq!(m.actors[a].name, "Sergei Lavrov");
    }

    #[test]
    fn unnamed_sources_stay_unnamed() {
        let text = "A campaign operative said nothing.";
        let e = Engine::shipped();
        let seg = segment(text);
        let mut m = find(text, &seg, &e.lexicon);
        assert_eq!(m.resolve_source(text, &seg, &e.lexicon, 0..3), None);
    }
}

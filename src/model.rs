//! The plain data types passed between pipeline stages.
//!
//! Every position is a [`Span`] of UTF-8 byte offsets into the document text, so every
//! claim can be traced back to the exact characters it came from.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A half-open range `[start, end)` of UTF-8 byte offsets into a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// The text this span covers.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
    /// Smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// What kind of thing an actor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Organisation,
    Country,
    Group,
    #[default]
    Unnamed,
}

impl fmt::Display for ActorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            ActorKind::Person => "person",
            ActorKind::Organisation => "organisation",
            ActorKind::Country => "country",
            ActorKind::Group => "group",
            ActorKind::Unnamed => "unnamed",
        };
        f.write_str(s)
    }
}

/// An actor of one document: a person, organisation, country or group that can make claims.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// Index into `Analysis::actors`.
    pub id: usize,
    /// Canonical name ("Rex Tillerson", "Russia").
    pub name: String,
    pub kind: ActorKind,
    /// Role or title when the text gives one ("US Secretary of State").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Camp the actor belongs to ("Russia", "United States"), from the lexicon or the role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub camp: Option<String>,
    /// Surface forms seen for this actor in the document or declared in the lexicon.
    pub aliases: Vec<String>,
    /// Every place in the text that refers to this actor.
    pub mentions: Vec<Span>,
}

/// The stance a claim's cue expresses towards its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    Assert,
    Deny,
    Endorse,
    Dispute,
    Downplay,
    Accuse,
    Admit,
    Warn,
    Promise,
    Question,
    Believe,
}

impl Stance {
    pub const ALL: [Stance; 11] = [
        Stance::Assert,
        Stance::Deny,
        Stance::Endorse,
        Stance::Dispute,
        Stance::Downplay,
        Stance::Accuse,
        Stance::Admit,
        Stance::Warn,
        Stance::Promise,
        Stance::Question,
        Stance::Believe,
    ];
    pub fn as_str(&self) -> &'static str {
        match self {
            Stance::Assert => "assert",
            Stance::Deny => "deny",
            Stance::Endorse => "endorse",
            Stance::Dispute => "dispute",
            Stance::Downplay => "downplay",
            Stance::Accuse => "accuse",
            Stance::Admit => "admit",
            Stance::Warn => "warn",
            Stance::Promise => "promise",
            Stance::Question => "question",
            Stance::Believe => "believe",
        }
    }
    pub fn parse(s: &str) -> Option<Stance> {
        Stance::ALL.iter().copied().find(|st| st.as_str() == s)
    }
    /// +1 for stances that hold the content true, -1 for those that reject or weaken it, 0 otherwise.
    pub fn polarity(&self) -> i8 {
        match self {
            Stance::Assert
            | Stance::Endorse
            | Stance::Accuse
            | Stance::Admit
            | Stance::Warn
            | Stance::Promise
            | Stance::Believe => 1,
            Stance::Deny | Stance::Dispute | Stance::Downplay => -1,
            Stance::Question => 0,
        }
    }
}

impl fmt::Display for Stance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Direct (quoted), indirect (reported speech), mixed, or unattributed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    Direct,
    Indirect,
    Mixed,
    Unattributed,
}

/// Who made a claim: the words in the text and the actor they resolve to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// The noun phrase naming the speaker (may be empty for "sources said"-less claims).
    pub spans: Vec<Span>,
    /// Index into `Analysis::actors`, when the source resolves to an actor.
    pub actor: Option<usize>,
}

/// The words that signal attribution ("said", "according to", "played down").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cue {
    pub spans: Vec<Span>,
    /// Lemma of the cue from the lexicon ("say", "play down").
    pub lemma: String,
    /// True when the cue is negated ("did not say", "would not confirm").
    pub negated: bool,
    /// True when the cue stands in a condition or an open question ("If the plan rejected
    /// C, ...", "asked if Russia denied C"): the claim is reported but takes no side.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub conditional: bool,
}

/// One attributed claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Index into `Analysis::claims`.
    pub id: usize,
    /// Index of the sentence holding the cue.
    pub sentence: usize,
    pub source: Source,
    pub cue: Cue,
    /// What was claimed; several spans for a quote split by its cue.
    pub content: Vec<Span>,
    pub stance: Stance,
    pub kind: ClaimKind,
    /// The claim this one is nested in ("he revealed that he had warned Lavrov that ...").
    pub parent: Option<usize>,
    /// Another claim whose content this one points back to ("the allegations").
    pub refers_to: Option<usize>,
    /// Name of the extraction pattern that produced the claim (for `--explain`).
    pub pattern: String,
    /// Index into `Analysis::propositions`.
    pub proposition: Option<usize>,
}

impl Claim {
    /// The content text; several spans are joined with " … ".
    pub fn content_text(&self, text: &str) -> String {
        join_spans(&self.content, text)
    }
    pub fn source_text(&self, text: &str) -> String {
        join_spans(&self.source.spans, text)
    }
    pub fn cue_text(&self, text: &str) -> String {
        join_spans(&self.cue.spans, text)
    }
    /// The span covering source, cue and content.
    pub fn extent(&self) -> Option<Span> {
        self.source
            .spans
            .iter()
            .chain(&self.cue.spans)
            .chain(&self.content)
            .copied()
            .reduce(|a, b| a.cover(b))
    }
}

/// Join the texts of several spans with " … ".
pub fn join_spans(spans: &[Span], text: &str) -> String {
    spans
        .iter()
        .map(|s| s.text(text))
        .collect::<Vec<_>>()
        .join(" … ")
}

/// A quantity mentioned in a proposition ("755 personnel").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub value: f64,
    /// Stemmed unit or counted noun ("personnel", "percent"); empty when none.
    pub unit: String,
    pub span: Span,
}

/// A date mentioned in a proposition, normalised as far as the text allows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    pub span: Span,
}

/// The normalised content of one or more claims.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Proposition {
    pub id: usize,
    pub text: String,
    /// Stemmed content words, mapped through the synonym families.
    pub terms: Vec<String>,
    /// Canonical actor/entity names mentioned in the content.
    pub entities: Vec<String>,
    pub quantities: Vec<Quantity>,
    pub dates: Vec<DateMention>,
    /// The content itself is negated ("Russia never interfered").
    pub negated: bool,
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
}

impl Severity {
    pub const ALL: [Severity; 4] = [
        Severity::Info,
        Severity::Low,
        Severity::Medium,
        Severity::High,
    ];
    pub fn as_str(&self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }
    pub fn parse(s: &str) -> Option<Severity> {
        Severity::ALL.iter().copied().find(|x| x.as_str() == s)
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a finding is a conflict or a corroboration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum FindingKind {
    #[default]
    Conflict,
    Support,
}

/// A rule that fired, with the claims that make it fire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub rule: String,
    pub kind: FindingKind,
    pub severity: Severity,
    pub message: String,
    /// The claims that make the rule fire, each quoted with where it comes from.
    pub evidence: Vec<Evidence>,
    /// Canonical actor names involved.
    pub actors: Vec<String>,
    /// Proposition texts involved.
    pub propositions: Vec<String>,
    /// For `check`: false when the stored claims alone already make this finding.
    pub new: bool,
}

/// One claim quoted as evidence for a finding, self-contained so that a report can show it
/// without the document it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Id of the document the claim comes from.
    pub doc: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// Claim index within its document's analysis, or the stored claim id.
    pub claim: usize,
    /// True when the claim comes from the claim store rather than the analysed article.
    pub stored: bool,
    /// Resolved speaker name (or the source words when unresolved).
    pub speaker: String,
    pub stance: Stance,
    pub cue: String,
    pub content: String,
    /// The sentence holding the claim, exactly as written.
    pub sentence: String,
    /// Byte span of `content` in its document (first content span).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// A claim as the stance graph and the rules see it: from the analysed article or from the store.
#[derive(Debug, Clone, PartialEq)]
pub struct GraphClaim {
    pub evidence: Evidence,
    /// Canonical actor name; `None` for unnamed sources.
    pub actor: Option<String>,
    pub camp: Option<String>,
    pub stance: Stance,
    /// The cue is negated ("did not confirm").
    pub negated: bool,
    /// The cue stands in a condition or an open question: the claim takes no side.
    pub conditional: bool,
    pub proposition: Proposition,
}

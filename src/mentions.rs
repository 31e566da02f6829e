//! Mentions: finds the actors of a document and every place that refers to them.
//!
//! Takes the text, its segmentation and the lexicon; gives [`Mentions`]: the document's
//! actors (from the lexicon and from the text) and each mention's span.

use crate::lexicon::Lexicon;
use crate::model::{Actor, Span};
use crate::segment::Segmentation;
use std::ops::Range;

/// How a mention refers to its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    Name,
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
    pub mentions: Vec<Mention>,
}

/// Find the actors and mentions of a document.
pub fn find(_text: &str, _seg: &Segmentation, _lex: &Lexicon) -> Mentions {
    Mentions::default()
}

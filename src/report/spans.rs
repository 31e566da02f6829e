//! Safe span slicing for the renderers.
//!
//! Reports must never panic on a span that an upstream stage got wrong (past the end, or
//! inside a multi-byte character), so they slice through these helpers, which clamp to
//! the text and round down to char boundaries, instead of [`Span::text`].

use crate::model::{Claim, Span};
use crate::pipeline::Analysis;

/// The largest char boundary at or below `i`, clamped to the text.
pub fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The text of a span, clamped and on char boundaries.
pub fn slice(text: &str, s: Span) -> &str {
    let start = floor_boundary(text, s.start);
    let end = floor_boundary(text, s.end).max(start);
    &text[start..end]
}

/// Several spans' texts joined with " … " (as `Claim::content_text` does).
pub fn join(text: &str, spans: &[Span]) -> String {
    spans
        .iter()
        .map(|s| slice(text, *s))
        .collect::<Vec<_>>()
        .join(" … ")
}

pub fn source(a: &Analysis, c: &Claim) -> String {
    join(&a.doc.text, &c.source.spans)
}

pub fn cue(a: &Analysis, c: &Claim) -> String {
    join(&a.doc.text, &c.cue.spans)
}

pub fn content(a: &Analysis, c: &Claim) -> String {
    join(&a.doc.text, &c.content)
}

/// The speaker: the resolved actor's name, else the source words, else "(unnamed)".
pub fn speaker(a: &Analysis, c: &Claim) -> String {
    match c.source.actor.and_then(|i| a.actors.get(i)) {
        Some(act) => act.name.clone(),
        None => {
            let s = source(a, c);
            if s.trim().is_empty() {
                "(unnamed)".to_string()
            } else {
                s
            }
        }
    }
}

/// "1 claim", "2 claims".
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Content in quotation marks, unless it already is a quotation (direct quotes keep the
/// article's own marks, so they are not doubled).
pub fn quoted(s: &str) -> String {
    const OPEN: &[char] = &['"', '“', '‘', '«', '„'];
    const CLOSE: &[char] = &['"', '”', '’', '»', '“'];
    let t = s.trim();
    if t.starts_with(OPEN) && t.ends_with(CLOSE) && t.chars().count() > 1 {
        t.to_string()
    } else {
        format!("“{t}”")
    }
}

/// Claims in tree order with their depth: each outermost claim followed by the claims
/// nested in it (depth 1, 2, ...). Linear time; a `parent` cycle (an upstream bug) cannot
/// loop, and every claim appears exactly once.
pub fn tree_order(claims: &[Claim]) -> Vec<(usize, usize)> {
    let n = claims.len();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut roots = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        match c.parent.filter(|&p| p < n && p != i) {
            Some(p) => children[p].push(i),
            None => roots.push(i),
        }
    }
    let mut seen = vec![false; n];
    let mut out = Vec::with_capacity(n);
    let mut stack: Vec<(usize, usize)> = roots.into_iter().rev().map(|r| (r, 0)).collect();
    loop {
        while let Some((i, depth)) = stack.pop() {
            if std::mem::replace(&mut seen[i], true) {
                continue;
            }
            out.push((i, depth));
            stack.extend(children[i].iter().rev().map(|&k| (k, depth + 1)));
        }
        // Claims only reachable through a cycle: start again from the first unseen one.
        match seen.iter().position(|s| !s) {
            Some(i) => stack.push((i, 0)),
            None => break,
        }
    }
    out
}

/// "direct", "indirect", "mixed", "unattributed".
pub fn kind_str(k: crate::model::ClaimKind) -> &'static str {
    use crate::model::ClaimKind;
    match k {
        ClaimKind::Direct => "direct",
        ClaimKind::Indirect => "indirect",
        ClaimKind::Mixed => "mixed",
        ClaimKind::Unattributed => "unattributed",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slice_clamps_and_rounds_to_char_boundaries() {
        let t = "“Ça”";
        assert_eq!(slice(t, Span::new(1, 200)), t);
        assert_eq!(slice(t, Span::new(3, 5)), "Ç");
        assert_eq!(slice(t, Span::new(50, 60)), "");
    }

    fn claim(parent: Option<usize>) -> Claim {
        Claim {
            id: 0,
            sentence: 0,
            source: crate::model::Source {
                spans: vec![],
                actor: None,
            },
            cue: crate::model::Cue {
                spans: vec![],
                lemma: String::new(),
                negated: false,
                conditional: false,
            },
            content: vec![],
            stance: crate::model::Stance::Assert,
            kind: crate::model::ClaimKind::Indirect,
            parent,
            refers_to: None,
            pattern: String::new(),
            proposition: None,
        }
    }

    #[test]
    fn tree_order_puts_nested_claims_after_their_parent() {
        let claims = vec![claim(None), claim(Some(2)), claim(None), claim(Some(1))];
        assert_eq!(tree_order(&claims), vec![(0, 0), (2, 0), (1, 1), (3, 2)]);
    }

    #[test]
    fn tree_order_survives_parent_cycles() {
        let claims = vec![claim(Some(1)), claim(Some(0)), claim(Some(2))];
        let order = tree_order(&claims);
        let mut ids: Vec<usize> = order.iter().map(|x| x.0).collect();
        ids.sort();
        assert_eq!(ids, vec![0, 1, 2]);
    }

    #[test]
    fn quoted_does_not_double_the_article_s_own_marks() {
        assert_eq!(quoted("talks went well"), "“talks went well”");
        assert_eq!(quoted("“It was bad,” … “Very.”"), "“It was bad,” … “Very.”");
        assert_eq!(quoted("\"x\""), "\"x\"");
        assert_eq!(quoted("“"), "““”");
    }
}

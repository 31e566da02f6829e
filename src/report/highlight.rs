//! Highlighting: the article text as HTML with every claim's source, cue and content marked.
//!
//! Takes an analysis; gives one HTML fragment per paragraph. Each stretch of a claim is a
//! `<span class="hl hl-{source|cue|content} st-{stance}" data-claim="{id}">` with the speaker
//! in its title, and a numbered link to the claim's table row follows each cue. The markup is
//! built from span boundaries, never by searching and replacing text, so overlapping and
//! nested claims (a claim's content holding another claim) come out well nested, and every
//! slice is on a char boundary. All text is escaped.

use super::html::escape;
use super::spans::{self, floor_boundary};
use crate::model::{Claim, Span, Stance};
use crate::pipeline::Analysis;
use std::fmt::Write;

/// Which part of a claim a highlighted stretch of text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Role {
    Source,
    Cue,
    Content,
}

impl Role {
    fn as_str(self) -> &'static str {
        match self {
            Role::Source => "source",
            Role::Cue => "cue",
            Role::Content => "content",
        }
    }
}

/// One highlighted stretch: part of a claim, clipped to one paragraph.
#[derive(Debug, Clone)]
struct Mark {
    start: usize,
    end: usize,
    claim: usize,
    role: Role,
}

/// Where the numbered claim link goes: just after the cue (or at the start of the claim
/// when there is no cue).
fn badge_position(c: &Claim) -> Option<usize> {
    c.cue
        .spans
        .iter()
        .map(|s| s.end)
        .max()
        .or_else(|| c.extent().map(|e| e.start))
}

/// Highlight the text of `para` with the claims' spans, as HTML.
///
/// Built from span boundaries, never by searching and replacing text: overlapping and
/// nested spans (a claim's content holding another claim) are handled by keeping a stack
/// of open marks and, where two spans cross, closing and reopening the inner ones so the
/// markup stays well nested. All slicing is on char boundaries.
pub fn highlight_paragraphs(a: &Analysis, prefix: &str) -> Vec<String> {
    let text = &a.doc.text;
    let paras = &a.seg.paragraphs;
    // Each span is clipped into the paragraphs it covers, found by binary search, so the
    // work grows with the number of spans, not spans times paragraphs.
    let mut marks: Vec<Vec<Mark>> = vec![Vec::new(); paras.len()];
    let mut badges: Vec<Vec<(usize, usize)>> = vec![Vec::new(); paras.len()];
    for c in &a.claims {
        let roles = [
            (Role::Source, &c.source.spans),
            (Role::Cue, &c.cue.spans),
            (Role::Content, &c.content),
        ];
        for (role, spans) in roles {
            for s in spans.iter() {
                let (start, end) = (floor_boundary(text, s.start), floor_boundary(text, s.end));
                let mut i = paras.partition_point(|p| p.span.end <= start);
                while i < paras.len() && paras[i].span.start < end {
                    let ps = floor_boundary(text, paras[i].span.start);
                    let pe = floor_boundary(text, paras[i].span.end);
                    let (ms, me) = (start.max(ps), end.min(pe));
                    if ms < me {
                        marks[i].push(Mark {
                            start: ms,
                            end: me,
                            claim: c.id,
                            role,
                        });
                    }
                    i += 1;
                }
            }
        }
        if let Some(pos) = badge_position(c) {
            let pos = floor_boundary(text, pos);
            let i = paras.partition_point(|p| p.span.end < pos);
            if i < paras.len() && paras[i].span.start <= pos {
                badges[i].push((pos, c.id));
            }
        }
    }
    paras
        .iter()
        .zip(marks)
        .zip(badges)
        .map(|((p, m), b)| highlight_paragraph(a, p.span, m, b, prefix))
        .collect()
}

/// Highlight one paragraph with the marks and claim links that fall in it.
fn highlight_paragraph(
    a: &Analysis,
    para: Span,
    marks: Vec<Mark>,
    mut badges: Vec<(usize, usize)>,
    prefix: &str,
) -> String {
    let text = &a.doc.text;
    let ps = floor_boundary(text, para.start);
    let pe = floor_boundary(text, para.end).max(ps);
    let mut bounds: Vec<usize> = vec![ps, pe];
    bounds.extend(marks.iter().flat_map(|m| [m.start, m.end]));
    bounds.extend(badges.iter().map(|b| b.0));
    bounds.sort_unstable();
    bounds.dedup();

    // Longer marks open first so they enclose the shorter ones that start with them.
    let mut order: Vec<usize> = (0..marks.len()).collect();
    order.sort_by(|&x, &y| {
        let (m, n) = (&marks[x], &marks[y]);
        (m.start, std::cmp::Reverse(m.end), m.role, m.claim).cmp(&(
            n.start,
            std::cmp::Reverse(n.end),
            n.role,
            n.claim,
        ))
    });
    badges.sort_unstable();

    let mut out = String::with_capacity((pe - ps) * 2);
    let mut stack: Vec<usize> = Vec::new();
    let mut next_open = 0usize;
    let mut next_badge = 0usize;
    for (bi, &b) in bounds.iter().enumerate() {
        // 1. Close the marks ending here; reopen any inner ones that go on.
        if let Some(lowest) = stack.iter().position(|&m| marks[m].end == b) {
            let above: Vec<usize> = stack.drain(lowest..).collect();
            for _ in &above {
                out.push_str("</span>");
            }
            for m in above {
                if marks[m].end > b {
                    open_mark(&mut out, a, &marks[m], prefix);
                    stack.push(m);
                }
            }
        }
        // 2. Claim links at this point.
        while next_badge < badges.len() && badges[next_badge].0 == b {
            push_badge(&mut out, a, badges[next_badge].1, prefix);
            next_badge += 1;
        }
        // 3. Open the marks starting here.
        while next_open < order.len() && marks[order[next_open]].start == b {
            let m = order[next_open];
            open_mark(&mut out, a, &marks[m], prefix);
            stack.push(m);
            next_open += 1;
        }
        if let Some(&nb) = bounds.get(bi + 1) {
            out.push_str(&escape(&text[b..nb]));
        }
    }
    for _ in &stack {
        out.push_str("</span>");
    }
    out
}

fn stance_of(a: &Analysis, claim: usize) -> Stance {
    a.claims.get(claim).map_or(Stance::Assert, |c| c.stance)
}

fn open_mark(out: &mut String, a: &Analysis, m: &Mark, prefix: &str) {
    let stance = stance_of(a, m.claim);
    let who = a
        .claims
        .get(m.claim)
        .map(|c| spans::speaker(a, c))
        .unwrap_or_default();
    let _ = write!(
        out,
        "<span class=\"hl hl-{role} st-{stance}\" data-claim=\"{prefix}{id}\" title=\"{title}\">",
        role = m.role.as_str(),
        id = m.claim,
        title = escape(&format!(
            "{} of claim {}: {who} ({stance})",
            m.role.as_str(),
            m.claim
        )),
    );
}

fn push_badge(out: &mut String, a: &Analysis, claim: usize, prefix: &str) {
    let Some(c) = a.claims.get(claim) else { return };
    let tip = format!(
        "{} · {} · {}",
        spans::speaker(a, c),
        c.stance,
        spans::kind_str(c.kind)
    );
    let _ = write!(
        out,
        "<a class=\"cm st-{stance}\" href=\"#{prefix}claim-{id}\" data-claim=\"{prefix}{id}\" data-tip=\"{tip}\" aria-label=\"claim {id}: {tip}\">{id}</a>",
        stance = c.stance,
        id = c.id,
        tip = escape(&tip),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::model::{ClaimKind, Cue, Source};
    use crate::segment::segment;

    fn claim(id: usize, source: Option<Span>, cue: Span, content: Vec<Span>) -> Claim {
        Claim {
            id,
            sentence: 0,
            source: Source {
                spans: source.into_iter().collect(),
                actor: None,
            },
            cue: Cue {
                spans: vec![cue],
                lemma: "say".into(),
                negated: false,
                conditional: false,
            },
            content,
            stance: Stance::Assert,
            kind: ClaimKind::Indirect,
            parent: None,
            refers_to: None,
            pattern: "test".into(),
            proposition: None,
        }
    }

    fn analysis(text: &str, claims: Vec<Claim>) -> Analysis {
        Analysis {
            doc: Document::new("t", text),
            seg: segment(text),
            actors: vec![],
            claims,
            propositions: vec![],
            findings: vec![],
        }
    }

    fn span_of(text: &str, needle: &str) -> Span {
        let s = text.find(needle).expect("needle in text");
        Span::new(s, s + needle.len())
    }

    /// Tags must nest: every `</span>` closes the latest open `<span`, and none is left open.
    fn assert_well_nested(html: &str) {
        let mut depth: i64 = 0;
        let mut rest = html;
        while let Some(i) = rest.find('<') {
            rest = &rest[i..];
            if rest.starts_with("</span>") {
                depth -= 1;
                assert!(depth >= 0, "unbalanced close in {html}");
            } else if rest.starts_with("<span") {
                depth += 1;
            }
            rest = &rest[1..];
        }
        assert_eq!(depth, 0, "unclosed span in {html}");
    }

    /// Visible text: tags removed, claim links removed, entities decoded.
    fn visible(html: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        let mut in_badge = false;
        let mut i = 0;
        while i < html.len() {
            let rest = &html[i..];
            if rest.starts_with("<a ") {
                in_badge = true;
            } else if rest.starts_with("</a>") {
                in_badge = false;
                i += 4;
                continue;
            }
            let c = rest.chars().next().unwrap();
            if c == '<' {
                in_tag = true;
            } else if c == '>' {
                in_tag = false;
            } else if !in_tag && !in_badge {
                out.push(c);
            }
            i += c.len_utf8();
        }
        out.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    #[test]
    fn nested_claim_inside_content_is_well_nested_and_keeps_text() {
        let text = "Tillerson said that he had warned Lavrov that Washington was deciding.";
        let outer = claim(
            0,
            Some(span_of(text, "Tillerson")),
            span_of(text, "said"),
            vec![span_of(
                text,
                "he had warned Lavrov that Washington was deciding",
            )],
        );
        let inner = claim(
            1,
            Some(span_of(text, "he")),
            span_of(text, "warned"),
            vec![span_of(text, "Washington was deciding")],
        );
        let a = analysis(text, vec![outer, inner]);
        let html = highlight_paragraphs(&a, "").remove(0);
        assert_well_nested(&html);
        assert_eq!(visible(&html), text);
        assert!(html.contains("data-claim=\"1\""));
        assert!(html.contains("href=\"#claim-0\""));
        assert!(html.contains("href=\"#claim-1\""));
    }

    #[test]
    fn crossing_spans_are_split_not_misnested() {
        let text = "alpha beta gamma delta";
        let c0 = claim(0, None, span_of(text, "alpha"), vec![Span::new(0, 16)]);
        let c1 = claim(1, None, span_of(text, "delta"), vec![Span::new(6, 22)]);
        let a = analysis(text, vec![c0, c1]);
        let html = highlight_paragraphs(&a, "").remove(0);
        assert_well_nested(&html);
        assert_eq!(visible(&html), text);
        // claim 1's content is reopened after claim 0's content closes inside it
        assert!(
            html.matches("class=\"hl hl-content st-assert\" data-claim=\"1\"")
                .count()
                >= 2
        );
    }

    #[test]
    fn spans_inside_multibyte_characters_do_not_panic() {
        let text = "“Ça va” dit-il, répondit Élodie.";
        // byte 1 is inside the opening curly quote; 200 is past the end
        let c = claim(
            0,
            Some(Span::new(1, 9)),
            Span::new(2, 200),
            vec![Span::new(3, 7)],
        );
        let a = analysis(text, vec![c]);
        let html = highlight_paragraphs(&a, "").remove(0);
        assert_well_nested(&html);
        assert_eq!(visible(&html), text);
    }

    #[test]
    fn article_text_is_escaped() {
        let text = "He said <script>alert(1)</script> and <img src=x onerror=alert(2)> </style>.";
        let c = claim(
            0,
            None,
            span_of(text, "said"),
            vec![span_of(text, "<script>alert(1)")],
        );
        let a = analysis(text, vec![c]);
        let html = highlight_paragraphs(&a, "").remove(0);
        assert!(!html.contains("<script"));
        assert!(!html.contains("<img"));
        assert!(!html.contains("</style"));
        assert!(html.contains("&lt;script&gt;"));
    }

    proptest::proptest! {
        /// Any spans (overlapping, nested, crossing paragraphs, inside multi-byte characters
        /// or past the end) give well-nested markup whose visible text is the article's.
        #[test]
        fn highlighting_any_spans_keeps_the_text_and_nests(
            words in proptest::collection::vec("[a-zé“”<>&\"' ]{0,8}", 1..12),
            raw in proptest::collection::vec((0usize..120, 0usize..120, 0usize..3), 0..8),
        ) {
            let text = words.join("\n");
            let claims: Vec<Claim> = raw
                .iter()
                .enumerate()
                .map(|(i, &(x, y, parent))| {
                    let (s, e) = (x.min(y), x.max(y));
                    let mut c = claim(i, Some(Span::new(s, s + (e - s) / 3)), Span::new(s, e), vec![Span::new(s / 2, e)]);
                    c.parent = (parent < i).then_some(parent);
                    c
                })
                .collect();
            let a = analysis(&text, claims);
            let paras = highlight_paragraphs(&a, "");
            let mut visible_text = String::new();
            for (p, html) in a.seg.paragraphs.iter().zip(&paras) {
                assert_well_nested(html);
                let v = visible(html);
                proptest::prop_assert_eq!(&v, super::spans::slice(&text, p.span));
                visible_text.push_str(&v);
            }
            // a claim link per claim whose cue ends inside a paragraph, never more
            let links: usize = paras.iter().map(|h| h.matches("class=\"cm ").count()).sum();
            proptest::prop_assert!(links <= a.claims.len());
            let _ = visible_text;
        }
    }
}

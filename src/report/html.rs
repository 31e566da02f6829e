//! HTML report: one self-contained page per run (inline CSS, inline SVG, one small inline
//! script; no external requests), rendered with askama templates from `templates/`.
//!
//! Takes analyses; gives HTML. The page shows the article with every claim highlighted
//! (source, cue and content styled differently, coloured by stance), a numbered link per
//! claim that jumps to its row in the claims table, the findings with their evidence side by
//! side, the actors, and the stance graph. It works with JavaScript off; the script only
//! adds table filtering, cross-highlighting and graph zoom. The highlighted article comes
//! from [`super::highlight`], the drawing from [`super::svg`]; `check` pages add the
//! related stored claims.
//!
//! Safety: every piece of document text, metadata and rule message is escaped (askama's
//! HTML escaping, or [`escape`] in the highlighted article). The page
//! also carries a Content-Security-Policy that allows only its own inline script (by hash)
//! and its inline style, so even a missed escape could not run injected script or load
//! anything from the network.

use super::spans;
use super::RenderOptions;
use crate::check::{CheckResult, Relation};
use crate::document::Document;
use crate::model::{Claim, Evidence, Finding, Stance};
use crate::pipeline::Analysis;
use askama::Template;
use sha2::{Digest, Sha256};
use std::fmt::Write;

/// Colours per stance: (stance, strong colour for borders and badges, light tint for
/// highlighted content). Both are checked for WCAG AA contrast by the tests below: white text
/// on the strong colour, dark body text on the tint, and the strong colour against white.
pub const STANCE_COLORS: [(Stance, &str, &str); 11] = [
    (Stance::Assert, "#1d4ed8", "#dbeafe"),
    (Stance::Deny, "#b91c1c", "#fee2e2"),
    (Stance::Endorse, "#15803d", "#dcfce7"),
    (Stance::Dispute, "#c2410c", "#ffedd5"),
    (Stance::Downplay, "#7e22ce", "#f3e8ff"),
    (Stance::Accuse, "#be185d", "#fce7f3"),
    (Stance::Admit, "#0f766e", "#ccfbf1"),
    (Stance::Warn, "#a16207", "#fef9c3"),
    (Stance::Promise, "#4338ca", "#e0e7ff"),
    (Stance::Question, "#4b5563", "#e5e7eb"),
    (Stance::Believe, "#0e7490", "#cffafe"),
];

/// Body text colour (also used in the contrast tests).
pub const TEXT_COLOR: &str = "#111827";

const SCRIPT: &str = include_str!("../../templates/report.js");

/// Escape text for HTML element content and quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Index of the paragraph holding byte `pos` (the last paragraph starting at or before it).
fn paragraph_at(a: &Analysis, pos: usize) -> Option<usize> {
    let i = a.seg.paragraphs.partition_point(|p| p.span.start <= pos);
    i.checked_sub(1)
}

/// Paragraph index of a claim: that of its cue's sentence, else of its first span.
fn claim_paragraph(a: &Analysis, c: &Claim) -> Option<usize> {
    a.seg
        .sentences
        .get(c.sentence)
        .map(|s| s.paragraph)
        .or_else(|| c.extent().and_then(|e| paragraph_at(a, e.start)))
}

/// CSS for the stance colours, generated from [`STANCE_COLORS`] so the contrast tests check
/// exactly what the page uses.
fn stance_css() -> String {
    let mut css = String::new();
    for (st, strong, tint) in STANCE_COLORS {
        let _ = write!(css, ".st-{st}{{--c:{strong};--t:{tint}}}", st = st.as_str());
    }
    css
}

/// Standard base64 (for the CSP script hash; no crate needed for 20 lines).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn script_hash() -> String {
    base64(&Sha256::digest(SCRIPT.as_bytes()))
}

// ---------------------------------------------------------------------------------------
// View models: plain strings for the templates (askama escapes them on output).

struct LegendEntry {
    stance: &'static str,
}

#[derive(Template)]
#[template(path = "page_start.html")]
struct PageStart<'a> {
    title: &'a str,
    /// A multi-document page: link to the index of documents at its end.
    index_link: bool,
    stance_css: String,
    script_hash: String,
    legend: Vec<LegendEntry>,
}

#[derive(Template)]
#[template(path = "page_end.html")]
struct PageEnd<'a> {
    script: &'static str,
    index: &'a [IndexEntry],
}

/// One document in the index at the end of a multi-document page.
#[derive(Debug, Clone)]
pub struct IndexEntry {
    /// The document's number on the page (its ids are prefixed `d{number}-`).
    pub number: usize,
    pub title: String,
    pub claims: usize,
    pub findings: usize,
    /// The highest finding severity, if any finding.
    pub worst: Option<crate::model::Severity>,
}

impl IndexEntry {
    fn worst_str(&self) -> &'static str {
        self.worst.map_or("", |w| w.as_str())
    }
}

struct ParagraphView {
    anchor: String,
    number: usize,
    /// Pre-escaped, highlighted HTML.
    html: String,
}

struct ClaimRow {
    anchor: String,
    id: usize,
    depth: usize,
    speaker: String,
    source_text: String,
    cue: String,
    negated: bool,
    conditional: bool,
    stance: &'static str,
    content: String,
    kind: &'static str,
    paragraph: Option<(String, usize)>,
    parent: Option<(String, usize)>,
    refers_to: Option<(String, usize)>,
    pattern: String,
}

struct ActorRow {
    anchor: String,
    name: String,
    kind: String,
    role: String,
    camp: String,
    aliases: String,
    claims: usize,
}

struct EvidenceView {
    speaker: String,
    stance: &'static str,
    cue: String,
    content: String,
    sentence: String,
    /// "stored: Title (outlet, date)" for evidence from the claim store; empty otherwise.
    origin: String,
    link: Option<(String, String)>,
}

struct FindingView {
    anchor: String,
    number: usize,
    rule: String,
    severity: &'static str,
    kind: &'static str,
    message: String,
    actors: String,
    new: bool,
    evidence: Vec<EvidenceView>,
}

#[derive(Template)]
#[template(path = "document.html")]
struct DocumentView {
    prefix: String,
    title: String,
    doc_id: String,
    meta: String,
    counts: String,
    paragraphs: Vec<ParagraphView>,
    claims: Vec<ClaimRow>,
    actors: Vec<ActorRow>,
    findings: Vec<FindingView>,
    graph_svg: Option<String>,
    /// Why there is no drawing, when there is none.
    graph_note: String,
    graph_legend: Vec<LegendLine>,
    stances: Vec<&'static str>,
    /// Claims per stance, most frequent first, for the at-a-glance list.
    stance_counts: Vec<(&'static str, usize)>,
    explain: bool,
    /// For `check`: what the article was checked against.
    check: Option<CheckView>,
}

/// The `check`-only parts of a document's section.
struct CheckView {
    summary: String,
    matches: Vec<MatchView>,
}

/// A related stored claim.
struct MatchView {
    relation: &'static str,
    relatedness: String,
    speaker: String,
    stance: &'static str,
    cue: String,
    content: String,
    sentence: String,
    origin: String,
    reasons: Vec<String>,
    article: Vec<String>,
}

fn check_view(r: &CheckResult) -> CheckView {
    let related = |rel: Relation| r.matches.iter().filter(|m| m.relation == rel).count();
    let summary = format!(
        "{} claims of this article checked against {} stored candidates: {}, {} ({} known); \
         {} related stored claims ({} agree, {} disagree, {} discuss).",
        r.article_claims,
        r.candidates,
        spans::count(r.findings.len(), "finding"),
        spans::count(r.new_findings, "new finding"),
        r.findings.len().saturating_sub(r.new_findings),
        r.matches.len(),
        related(Relation::Agree),
        related(Relation::Disagree),
        related(Relation::Discuss),
    );
    let matches = r
        .matches
        .iter()
        .map(|m| {
            let e = &m.stored;
            let mut origin = vec![e.title.clone().unwrap_or_else(|| e.doc.clone())];
            origin.extend(e.outlet.iter().cloned());
            origin.extend(e.date.iter().cloned());
            if e.title.is_some() {
                origin.push(e.doc.clone());
            }
            MatchView {
                relation: m.relation.as_str(),
                relatedness: format!("{:.0}%", m.relatedness * 100.0),
                speaker: e.speaker.clone(),
                stance: e.stance.as_str(),
                cue: e.cue.clone(),
                content: spans::quoted(&e.content),
                sentence: e.sentence.trim().to_string(),
                origin: origin.join(" · "),
                reasons: m.reasons.clone(),
                article: m
                    .article
                    .iter()
                    .map(|s| s.sentence.trim().to_string())
                    .collect(),
            }
        })
        .collect();
    CheckView { summary, matches }
}

fn evidence_view(e: &Evidence, a: Option<&Analysis>, prefix: &str) -> EvidenceView {
    let origin = if e.stored {
        let mut parts = vec![e.title.clone().unwrap_or_else(|| e.doc.clone())];
        if let Some(o) = &e.outlet {
            parts.push(o.clone());
        }
        if let Some(d) = &e.date {
            parts.push(d.clone());
        }
        format!("stored: {}", parts.join(" · "))
    } else {
        String::new()
    };
    let link = match a {
        Some(a) if !e.stored && e.claim < a.claims.len() => {
            let para = a
                .claims
                .get(e.claim)
                .and_then(|c| claim_paragraph(a, c))
                .map(|p| format!(", ¶{}", p + 1))
                .unwrap_or_default();
            Some((
                format!("#{prefix}claim-{}", e.claim),
                format!("claim {}{para}", e.claim),
            ))
        }
        _ => None,
    };
    EvidenceView {
        speaker: e.speaker.clone(),
        stance: e.stance.as_str(),
        cue: e.cue.clone(),
        content: spans::quoted(&e.content),
        sentence: e.sentence.clone(),
        origin,
        link,
    }
}

fn finding_views(findings: &[Finding], a: Option<&Analysis>, prefix: &str) -> Vec<FindingView> {
    findings
        .iter()
        .enumerate()
        .map(|(i, f)| FindingView {
            anchor: format!("{prefix}finding-{}", i + 1),
            number: i + 1,
            rule: f.rule.clone(),
            severity: f.severity.as_str(),
            kind: match f.kind {
                crate::model::FindingKind::Conflict => "conflict",
                crate::model::FindingKind::Support => "support",
            },
            message: f.message.clone(),
            actors: f.actors.join(", "),
            new: f.new,
            evidence: f
                .evidence
                .iter()
                .map(|e| evidence_view(e, a, prefix))
                .collect(),
        })
        .collect()
}

fn document_view(a: &Analysis, opts: RenderOptions, doc_number: Option<usize>) -> DocumentView {
    let prefix = doc_number.map(|n| format!("d{n}-")).unwrap_or_default();
    let paragraphs = super::highlight::highlight_paragraphs(a, &prefix)
        .into_iter()
        .enumerate()
        .map(|(i, html)| ParagraphView {
            anchor: format!("{prefix}p{}", i + 1),
            number: i + 1,
            html,
        })
        .collect();
    let claims = spans::tree_order(&a.claims)
        .into_iter()
        .filter_map(|(i, depth)| a.claims.get(i).map(|c| (c, depth)))
        .map(|(c, depth)| ClaimRow {
            anchor: format!("{prefix}claim-{}", c.id),
            id: c.id,
            depth: depth.min(4),
            speaker: spans::speaker(a, c),
            source_text: spans::source(a, c),
            cue: spans::cue(a, c),
            negated: c.cue.negated,
            conditional: c.cue.conditional,
            stance: c.stance.as_str(),
            content: spans::quoted(&spans::content(a, c)),
            kind: spans::kind_str(c.kind),
            paragraph: claim_paragraph(a, c).map(|p| (format!("#{prefix}p{}", p + 1), p + 1)),
            parent: c.parent.map(|p| (format!("#{prefix}claim-{p}"), p)),
            refers_to: c.refers_to.map(|r| (format!("#{prefix}claim-{r}"), r)),
            pattern: c.pattern.clone(),
        })
        .collect();
    let actors = a
        .actors
        .iter()
        .map(|act| ActorRow {
            anchor: format!("{prefix}actor-{}", act.id),
            name: act.name.clone(),
            kind: act.kind.to_string(),
            role: act.role.clone().unwrap_or_default(),
            camp: act.camp.clone().unwrap_or_default(),
            aliases: act
                .aliases
                .iter()
                .filter(|al| **al != act.name)
                .cloned()
                .collect::<Vec<_>>()
                .join(", "),
            claims: a
                .claims
                .iter()
                .filter(|c| c.source.actor == Some(act.id))
                .count(),
        })
        .collect();
    let (graph_svg, graph_note) = match graph_svg(a, &prefix) {
        Drawing::Svg(s) => (Some(s), String::new()),
        Drawing::Nothing => (None, "No claim to draw.".to_string()),
        Drawing::TooLarge { edges } => (
            None,
            format!(
                "The graph has {edges} edges, too many to draw here (the limit is {MAX_DRAWN_EDGES}); \
                 draw it on its own with `stancegraph report --format svg` or `--format dot`."
            ),
        ),
    };
    let mut meta = Vec::new();
    if let Some(o) = &a.doc.outlet {
        meta.push(o.clone());
    }
    if let Some(d) = &a.doc.date {
        meta.push(d.clone());
    }
    DocumentView {
        title: a.doc.title.clone().unwrap_or_else(|| a.doc.id.clone()),
        doc_id: a.doc.id.clone(),
        meta: meta.join(" · "),
        counts: [
            spans::count(a.claims.len(), "claim"),
            spans::count(a.actors.len(), "actor"),
            spans::count(a.findings.len(), "finding"),
        ]
        .join(" · "),
        paragraphs,
        claims,
        actors,
        findings: finding_views(&a.findings, Some(a), &prefix),
        graph_svg,
        graph_note,
        graph_legend: graph_legend(a),
        stances: STANCE_COLORS.iter().map(|s| s.0.as_str()).collect(),
        stance_counts: stance_counts(a),
        explain: opts.explain,
        check: None,
        prefix,
    }
}

fn stance_counts(a: &Analysis) -> Vec<(&'static str, usize)> {
    let mut v: Vec<(&'static str, usize)> = Stance::ALL
        .iter()
        .map(|st| {
            (
                st.as_str(),
                a.claims.iter().filter(|c| c.stance == *st).count(),
            )
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    v.sort_by_key(|x| std::cmp::Reverse(x.1));
    v
}

/// Above this many edges the drawing is left out of the HTML report: layout-rs takes time
/// that grows faster than the edges (about 1 s at 150 edges, 3 s at 220 on the rust
/// machine), and a report of a long article must stay quick. `--format svg` or `--format
/// dot` still draw the whole graph on their own.
pub const MAX_DRAWN_EDGES: usize = 150;

/// The stance graph drawing, or why there is none.
enum Drawing {
    Svg(String),
    Nothing,
    TooLarge { edges: usize },
}

/// The stance graph drawing (layout-rs, from [`super::svg`]), made fit to sit inline in an
/// HTML page.
fn graph_svg(a: &Analysis, prefix: &str) -> Drawing {
    let view = super::dot::view(a);
    if view.nodes.is_empty() {
        return Drawing::Nothing;
    }
    if view.edges.len() > MAX_DRAWN_EDGES {
        return Drawing::TooLarge {
            edges: view.edges.len(),
        };
    }
    let svg = super::svg::render_view(&view);
    let actors = a
        .actors
        .iter()
        .filter(|act| a.claims.iter().any(|c| c.source.actor == Some(act.id)))
        .count();
    let label = format!(
        "Stance graph: {} speaking actors, {} claims, {} findings",
        actors,
        a.claims.len(),
        a.findings.len()
    );
    Drawing::Svg(inline_svg(&svg, &format!("{prefix}g-"), &label))
}

/// One entry of the graph legend: a line sample (colour, width, dashed) and what it means.
struct LegendLine {
    color: &'static str,
    width: u32,
    dashed: bool,
    label: String,
}

/// The legend for the drawing: the stance edges that occur in this document, then the
/// finding and similarity edges, in the colours the drawing uses.
fn graph_legend(a: &Analysis) -> Vec<LegendLine> {
    use super::dot::{stance_color, CONFLICT_COLOR, SIMILAR_COLOR, SUPPORT_COLOR};
    let mut out: Vec<LegendLine> = Stance::ALL
        .iter()
        .filter(|st| a.claims.iter().any(|c| c.stance == **st))
        .map(|st| LegendLine {
            color: stance_color(*st),
            width: 2,
            dashed: false,
            label: format!("{st}: actor → what they {st}"),
        })
        .collect();
    out.push(LegendLine {
        color: CONFLICT_COLOR,
        width: 4,
        dashed: false,
        label: "conflict finding (rule id on the edge)".into(),
    });
    out.push(LegendLine {
        color: SUPPORT_COLOR,
        width: 2,
        dashed: true,
        label: "support finding (corroboration)".into(),
    });
    out.push(LegendLine {
        color: SIMILAR_COLOR,
        width: 1,
        dashed: true,
        label: "similar propositions (score)".into(),
    });
    out
}

/// Turn a standalone SVG document into inline markup: drop the XML declaration and the
/// namespace (HTML does not need them), prefix every id and reference so that several
/// drawings can share a page, and label it for screen readers. Only the drawing's own
/// markup is rewritten; its text was escaped by the SVG writer, so no `id="` can come from
/// the article.
pub fn inline_svg(svg: &str, id_prefix: &str, label: &str) -> String {
    let body = match svg.find("<svg") {
        Some(i) => &svg[i..],
        None => return String::new(),
    };
    let body = body
        .replacen(" xmlns=\"http://www.w3.org/2000/svg\"", "", 1)
        .replace("id=\"", &format!("id=\"{id_prefix}"))
        .replace("href=\"#", &format!("href=\"#{id_prefix}"))
        .replace("url(#", &format!("url(#{id_prefix}"));
    body.replacen(
        "<svg ",
        &format!("<svg role=\"img\" aria-label=\"{}\" ", escape(label)),
        1,
    )
}

/// The start of a page: doctype, head with the inline style, and the page header.
pub fn page_start(title: &str) -> String {
    page_start_inner(title, false)
}

/// The start of a multi-document page, with a link to the index of documents at its end
/// ([`page_end_with_index`]).
pub fn page_start_with_index(title: &str) -> String {
    page_start_inner(title, true)
}

fn page_start_inner(title: &str, index_link: bool) -> String {
    PageStart {
        title,
        index_link,
        stance_css: stance_css(),
        script_hash: script_hash(),
        legend: STANCE_COLORS
            .iter()
            .map(|s| LegendEntry {
                stance: s.0.as_str(),
            })
            .collect(),
    }
    .render()
    .unwrap_or_default()
}

/// One document's section. `doc_number` (1-based) prefixes every id (`d2-p3`) when several
/// documents share a page; a single-document page uses bare ids (`p3`, `claim-4`).
pub fn document_section(a: &Analysis, opts: RenderOptions, doc_number: Option<usize>) -> String {
    document_view(a, opts, doc_number)
        .render()
        .unwrap_or_default()
}

/// The end of a page: the optional script and the closing tags.
pub fn page_end() -> String {
    page_end_with_index(&[])
}

/// The end of a multi-document page: an index of its documents (title, claims, findings,
/// worst severity, each linking to its section), then the script and the closing tags.
pub fn page_end_with_index(index: &[IndexEntry]) -> String {
    PageEnd {
        script: SCRIPT,
        index,
    }
    .render()
    .unwrap_or_default()
}

/// One checked article's section: the article's own report (text, claims, actors, graph)
/// with the check's findings, which quote stored claims side by side with the article's,
/// and the related stored claims. Without the analysis (only the result) the article text
/// is left out.
pub fn check_section(
    r: &CheckResult,
    a: Option<&Analysis>,
    opts: RenderOptions,
    doc_number: Option<usize>,
) -> String {
    let mut a = match a {
        Some(a) => a.clone(),
        None => {
            let mut doc = Document::new(r.article.id.clone(), "");
            doc.title = r.article.title.clone();
            doc.date = r.article.date.clone();
            doc.outlet = r.article.outlet.clone();
            Analysis {
                doc,
                seg: Default::default(),
                actors: vec![],
                claims: vec![],
                propositions: vec![],
                findings: vec![],
            }
        }
    };
    a.findings = r.findings.clone();
    let mut view = document_view(&a, opts, doc_number);
    view.title = format!("Check: {}", view.title);
    view.check = Some(check_view(r));
    view.render().unwrap_or_default()
}

/// A complete page for one check result.
pub fn render_check(r: &CheckResult, a: Option<&Analysis>, opts: RenderOptions) -> String {
    let title = format!(
        "Check: {}",
        r.article.title.as_deref().unwrap_or(&r.article.id)
    );
    let mut s = page_start(&title);
    s.push_str(&check_section(r, a, opts, None));
    s.push_str(&page_end());
    s
}

/// A complete page for one analysis.
pub fn render(a: &Analysis, opts: RenderOptions) -> String {
    let title = format!(
        "Claims report: {}",
        a.doc.title.as_deref().unwrap_or(&a.doc.id)
    );
    let mut s = page_start(&title);
    s.push_str(&document_section(a, opts, None));
    s.push_str(&page_end());
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_known_vectors() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    fn luminance(hex: &str) -> f64 {
        let v = u32::from_str_radix(hex.trim_start_matches('#'), 16).unwrap();
        let ch = |s: u32| {
            let c = f64::from((v >> s) & 255) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * ch(16) + 0.7152 * ch(8) + 0.0722 * ch(0)
    }

    fn contrast(a: &str, b: &str) -> f64 {
        let (x, y) = (luminance(a), luminance(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn stance_colours_meet_wcag_aa() {
        assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 0.01);
        for (st, strong, tint) in STANCE_COLORS {
            // badge text (white on strong) and stance labels (strong on white): AA text
            assert!(
                contrast(strong, "#ffffff") >= 4.5,
                "{st}: {strong} on white"
            );
            // body text on the highlight tint: AA text
            assert!(contrast(TEXT_COLOR, tint) >= 4.5, "{st}: text on {tint}");
            // the cue/source underline against the tint: AA non-text (3:1)
            assert!(contrast(strong, tint) >= 3.0, "{st}: {strong} on {tint}");
        }
        // every stance has a colour
        for st in Stance::ALL {
            assert!(
                STANCE_COLORS.iter().any(|s| s.0 == st),
                "{st} has no colour"
            );
        }
    }
}

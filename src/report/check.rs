//! `check` reports: a [`CheckResult`] as text, Markdown or JSON.
//!
//! Every finding quotes both sides (the article's sentence and the stored one) with document
//! id, title and date; every related stored claim shows its relation to the article and why.

use super::{Format, RenderOptions};
use crate::check::{CheckResult, Match, Relation};
use crate::model::{Evidence, Finding};
use std::fmt::Write;

/// Render one check result. DOT and SVG fall back to text. HTML here has no article text
/// (the CLI passes the analysis to [`super::html::check_section`] to show it).
pub fn render(r: &CheckResult, format: Format, opts: RenderOptions) -> String {
    match format {
        Format::Json => json(r),
        Format::Markdown => markdown(r),
        Format::Html => super::html::render_check(r, None, opts),
        _ => text(r, opts),
    }
}

/// One line of JSON (no trailing newline).
pub fn json(r: &CheckResult) -> String {
    serde_json::to_string(r).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

fn source_line(e: &Evidence) -> String {
    let mut s = e.doc.to_string();
    if let Some(t) = &e.title {
        let _ = write!(s, " “{t}”");
    }
    if let Some(o) = &e.outlet {
        let _ = write!(s, ", {o}");
    }
    if let Some(d) = &e.date {
        let _ = write!(s, ", {d}");
    }
    if e.stored {
        s.push_str(" [stored]");
    } else {
        s.push_str(" [this article]");
    }
    s
}

fn summary(r: &CheckResult) -> String {
    format!(
        "{} new finding{} ({} known), {} related stored claim{}: {} agree, {} disagree, {} discuss",
        r.new_findings,
        if r.new_findings == 1 { "" } else { "s" },
        r.findings.len() - r.new_findings,
        r.matches.len(),
        if r.matches.len() == 1 { "" } else { "s" },
        r.count(Relation::Agree),
        r.count(Relation::Disagree),
        r.count(Relation::Discuss),
    )
}

fn paint(s: &str, code: &str, color: bool) -> String {
    if color {
        format!("\x1b[{code}m{s}\x1b[0m")
    } else {
        s.to_string()
    }
}

fn text_finding(out: &mut String, f: &Finding, color: bool) {
    let tag = if f.new { "NEW" } else { "known" };
    let sev = paint(
        f.severity.as_str(),
        match f.severity {
            crate::model::Severity::High => "1;31",
            crate::model::Severity::Medium => "33",
            _ => "36",
        },
        color,
    );
    let _ = writeln!(
        out,
        "  [{tag}] {sev} {:?} {}: {}",
        f.kind, f.rule, f.message
    );
    for e in &f.evidence {
        let _ = writeln!(out, "      {}", source_line(e));
        let _ = writeln!(out, "        {} {} ({})", e.speaker, e.cue, e.stance);
        let _ = writeln!(out, "        “{}”", e.sentence.trim());
    }
}

fn text_match(out: &mut String, m: &Match) {
    let _ = writeln!(
        out,
        "  {:<9} {:.2}  {} — {}: “{}”",
        m.relation.as_str(),
        m.relatedness,
        source_line(&m.stored),
        m.stored.speaker,
        m.stored.sentence.trim()
    );
    if let Some(s) = m.article.first() {
        let _ = writeln!(out, "            article: “{}”", s.sentence.trim());
    }
    for why in m.reasons.iter().take(3) {
        let _ = writeln!(out, "            because {why}");
    }
}

/// Related stored claims shown in text and Markdown (JSON has them all).
const TEXT_MATCHES: usize = 20;

/// Plain (optionally coloured) text for the terminal.
pub fn text(r: &CheckResult, opts: RenderOptions) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} — {} claims checked against {} stored candidates",
        r.article.id, r.article_claims, r.candidates
    );
    let _ = writeln!(out, "{}", summary(r));
    if !r.findings.is_empty() {
        let _ = writeln!(out, "findings:");
        for f in &r.findings {
            text_finding(&mut out, f, opts.color);
        }
    }
    if !r.matches.is_empty() {
        let _ = writeln!(out, "related stored claims:");
        for m in r.matches.iter().take(TEXT_MATCHES) {
            text_match(&mut out, m);
        }
        if r.matches.len() > TEXT_MATCHES {
            let _ = writeln!(
                out,
                "  … and {} less related (all are in --format json)",
                r.matches.len() - TEXT_MATCHES
            );
        }
    }
    out
}

fn md_escape(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// Markdown: a summary, the findings with both sides quoted, a table of related claims.
pub fn markdown(r: &CheckResult) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "## Check of {}\n", r.article.id);
    if let Some(t) = &r.article.title {
        let _ = writeln!(out, "*{}*\n", t);
    }
    let _ = writeln!(out, "{}\n", summary(r));
    if !r.findings.is_empty() {
        let _ = writeln!(out, "### Findings\n");
        for f in &r.findings {
            let _ = writeln!(
                out,
                "- **{}** {} `{}` ({:?}): {}",
                if f.new { "new" } else { "known" },
                f.severity,
                f.rule,
                f.kind,
                md_escape(&f.message)
            );
            for e in &f.evidence {
                let _ = writeln!(
                    out,
                    "  - {} — {} *{}* ({}):\n    > {}",
                    md_escape(&source_line(e)),
                    md_escape(&e.speaker),
                    md_escape(&e.cue),
                    e.stance,
                    md_escape(e.sentence.trim())
                );
            }
        }
        out.push('\n');
    }
    if !r.matches.is_empty() {
        let _ = writeln!(out, "### Related stored claims\n");
        let _ = writeln!(
            out,
            "| relation | relatedness | stored claim | source | article sentence |"
        );
        let _ = writeln!(out, "|---|---|---|---|---|");
        for m in r.matches.iter().take(TEXT_MATCHES) {
            let _ = writeln!(
                out,
                "| {} | {:.2} | {} | {} | {} |",
                m.relation.as_str(),
                m.relatedness,
                md_escape(m.stored.sentence.trim()),
                md_escape(&source_line(&m.stored)),
                md_escape(m.article.first().map_or("", |s| s.sentence.trim()))
            );
        }
    }
    out
}

//! Markdown report, for pasting into a newsroom tool: the findings first (each with its
//! evidence quoted), then the claims grouped by speaker, each quoted with a link to its
//! paragraph.
//!
//! Paragraph links are `#pN` (N counts the article's paragraphs from 1). They resolve in
//! the HTML report of the same article (`report ARTICLE --format html`), whose paragraphs
//! carry `id="pN"`; prefix them with that report's address when pasting elsewhere.
//! Text from the article is escaped so that it cannot turn into Markdown or HTML markup.

use super::spans;
use super::RenderOptions;
use crate::model::{Claim, Evidence};
use crate::pipeline::Analysis;
use std::fmt::Write;

/// Escape text so Markdown shows it literally (CommonMark backslash escapes; `<` and `&`
/// as entities so no inline HTML survives).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            // A line break inside a quote would end the list item.
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// `[¶3](#p3)` for the paragraph holding a claim's cue.
fn paragraph_link(a: &Analysis, c: &Claim, base: &str) -> String {
    match a.seg.sentences.get(c.sentence) {
        Some(s) => format!("[¶{n}]({}#p{n})", link_target(base), n = s.paragraph + 1),
        None => String::new(),
    }
}

/// A link base made safe for a Markdown link target: no spaces or brackets that would end it.
fn link_target(base: &str) -> String {
    base.chars()
        .map(|c| match c {
            ' ' => "%20".to_string(),
            '(' => "%28".to_string(),
            ')' => "%29".to_string(),
            '<' => "%3C".to_string(),
            '>' => "%3E".to_string(),
            c => c.to_string(),
        })
        .collect()
}

fn speaker_key(a: &Analysis, c: &Claim) -> String {
    spans::speaker(a, c)
}

fn evidence_line(out: &mut String, a: &Analysis, e: &Evidence, base: &str) {
    let mut place = Vec::new();
    place.push(e.stance.as_str().to_string());
    if e.stored {
        let mut origin = e.title.clone().unwrap_or_else(|| e.doc.clone());
        for extra in [&e.outlet, &e.date].into_iter().flatten() {
            origin.push_str(", ");
            origin.push_str(extra);
        }
        place.push(format!("stored: {}", escape(&origin)));
    } else if let Some(c) = a.claims.get(e.claim) {
        place.push(paragraph_link(a, c, base));
    }
    let _ = writeln!(
        out,
        "   - **{}** *{}* ({}): {}",
        escape(&e.speaker),
        escape(&e.cue),
        place.join(", "),
        escape(&spans::quoted(&e.content))
    );
}

/// Render the Markdown report, with paragraph links relative to the page (`#p3`).
pub fn render(a: &Analysis, opts: RenderOptions) -> String {
    render_with_links(a, opts, "")
}

/// Render the Markdown report with paragraph links to `link_base` (`report.html#p3`), the
/// address of this article's HTML report (`report --link-base`).
pub fn render_with_links(a: &Analysis, opts: RenderOptions, base: &str) -> String {
    let mut out = String::new();
    let title = a.doc.title.as_deref().unwrap_or(&a.doc.id);
    let _ = writeln!(out, "## Claims report: {}\n", escape(title));
    let mut meta = vec![format!("`{}`", a.doc.id.replace('`', "'"))];
    meta.extend(a.doc.outlet.iter().map(|o| escape(o)));
    meta.extend(a.doc.date.iter().map(|d| escape(d)));
    let _ = writeln!(
        out,
        "{} — {}, {}, {}\n",
        meta.join(" · "),
        spans::count(a.claims.len(), "claim"),
        spans::count(a.actors.len(), "actor"),
        spans::count(a.findings.len(), "finding")
    );

    let _ = writeln!(out, "### Findings\n");
    if a.findings.is_empty() {
        let _ = writeln!(out, "No rule fired on this article.\n");
    }
    for (i, f) in a.findings.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}. **{} · {}** — {}",
            i + 1,
            f.severity.as_str().to_uppercase(),
            escape(&f.rule),
            escape(&f.message)
        );
        for e in &f.evidence {
            evidence_line(&mut out, a, e, base);
        }
    }
    if !a.findings.is_empty() {
        out.push('\n');
    }

    let _ = writeln!(out, "### Claims by speaker\n");
    if a.claims.is_empty() {
        let _ = writeln!(out, "No attributed claims found.\n");
    }
    // Speakers in order of their first claim.
    let mut speakers: Vec<(String, Vec<&Claim>)> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = Default::default();
    for c in &a.claims {
        let k = speaker_key(a, c);
        let i = *index.entry(k.clone()).or_insert_with(|| {
            speakers.push((k, Vec::new()));
            speakers.len() - 1
        });
        speakers[i].1.push(c);
    }
    for (who, claims) in &speakers {
        let _ = writeln!(out, "#### {}\n", escape(who));
        let actor = claims
            .iter()
            .find_map(|c| c.source.actor)
            .and_then(|i| a.actors.get(i));
        if let Some(act) = actor {
            let mut about = Vec::new();
            about.extend(act.role.iter().map(|r| escape(r)));
            about.extend(act.camp.iter().map(|c| format!("camp {}", escape(c))));
            let aliases: Vec<String> = act
                .aliases
                .iter()
                .filter(|al| **al != act.name)
                .map(|al| escape(al))
                .collect();
            if !aliases.is_empty() {
                about.push(format!("also: {}", aliases.join(", ")));
            }
            if !about.is_empty() {
                let _ = writeln!(out, "*{}*\n", about.join(" · "));
            }
        }
        for c in claims {
            let mut tags = vec![
                format!("claim {}", c.id),
                c.stance.as_str().to_string(),
                spans::kind_str(c.kind).to_string(),
            ];
            if c.cue.negated {
                tags.push("negated".into());
            }
            if c.cue.conditional {
                tags.push("conditional".into());
            }
            if let Some(p) = c.parent {
                tags.push(format!("inside claim {p}"));
            }
            if let Some(r) = c.refers_to {
                tags.push(format!("refers to claim {r}"));
            }
            let link = paragraph_link(a, c, base);
            let _ = write!(
                out,
                "- {}*{}* ({}){}: {}",
                if c.source.spans.is_empty() {
                    String::new()
                } else {
                    format!("{} ", escape(&spans::source(a, c)))
                },
                escape(&spans::cue(a, c)),
                tags.join(", "),
                if link.is_empty() {
                    String::new()
                } else {
                    format!(" {link}")
                },
                escape(&spans::quoted(&spans::content(a, c)))
            );
            if opts.explain {
                let _ = write!(out, " (pattern: {})", escape(&c.pattern));
            }
            out.push('\n');
        }
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralises_markup() {
        assert_eq!(escape("*bold* [x](y)"), "\\*bold\\* \\[x\\](y)");
        assert_eq!(
            escape("<img src=x onerror=alert(1)>"),
            "&lt;img src=x onerror=alert(1)&gt;"
        );
        assert_eq!(escape("a\nb"), "a b");
        assert_eq!(escape("AT&T"), "AT&amp;T");
    }

    #[test]
    fn link_base_cannot_break_out_of_the_link() {
        assert_eq!(
            link_target("https://x/a b(1).html"),
            "https://x/a%20b%281%29.html"
        );
    }
}

//! Text report for the terminal: findings first, then the claims in reading order (nested
//! claims indented under the claim that reports them), then the actors.
//!
//! Colour (ANSI) only when [`RenderOptions::color`] is set; the CLI sets it for a terminal
//! without `NO_COLOR`. Without colour the report is plain text that greps and diffs well.

use super::spans;
use super::RenderOptions;
use crate::model::{Claim, Evidence, Finding, Severity, Stance};
use crate::pipeline::Analysis;
use std::fmt::Write;

/// ANSI styling that is a no-op when colour is off.
#[derive(Clone, Copy)]
struct Paint {
    on: bool,
}

impl Paint {
    fn wrap(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn bold(&self, s: &str) -> String {
        self.wrap("1", s)
    }
    fn dim(&self, s: &str) -> String {
        self.wrap("2", s)
    }
    fn stance(&self, st: Stance) -> String {
        self.wrap(stance_code(st), st.as_str())
    }
    fn severity(&self, sev: Severity) -> String {
        let code = match sev {
            Severity::High => "1;31",
            Severity::Medium => "1;33",
            Severity::Low => "1;34",
            Severity::Info => "1",
        };
        self.wrap(code, &sev.as_str().to_uppercase())
    }
}

/// Terminal colour per stance: rejecting stances warm, holding-true stances cool.
fn stance_code(st: Stance) -> &'static str {
    match st {
        Stance::Assert => "34",
        Stance::Deny => "31",
        Stance::Endorse => "32",
        Stance::Dispute => "33",
        Stance::Downplay => "35",
        Stance::Accuse => "91",
        Stance::Admit => "36",
        Stance::Warn => "93",
        Stance::Promise => "94",
        Stance::Question => "37",
        Stance::Believe => "96",
    }
}

/// Replace line breaks so one quote stays on one line.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn paragraph_of(a: &Analysis, c: &Claim) -> Option<usize> {
    a.seg.sentences.get(c.sentence).map(|s| s.paragraph + 1)
}

fn evidence_line(out: &mut String, a: &Analysis, e: &Evidence, p: Paint) {
    let place = if e.stored {
        let mut origin = e.title.clone().unwrap_or_else(|| e.doc.clone());
        for extra in [&e.outlet, &e.date].into_iter().flatten() {
            origin.push_str(", ");
            origin.push_str(extra);
        }
        format!("stored: {origin}")
    } else {
        a.claims
            .get(e.claim)
            .and_then(|c| paragraph_of(a, c))
            .map(|n| format!("claim {}, ¶{n}", e.claim))
            .unwrap_or_else(|| format!("claim {}", e.claim))
    };
    let _ = writeln!(
        out,
        "      {} {} ({}) {}",
        p.bold(&one_line(&e.speaker)),
        one_line(&e.cue),
        p.stance(e.stance),
        p.dim(&format!("[{place}]"))
    );
    let _ = writeln!(out, "        {}", spans::quoted(&one_line(&e.content)));
}

/// The findings section: each finding with its evidence.
pub fn findings(out: &mut String, a: &Analysis, list: &[Finding], opts: RenderOptions) {
    let p = Paint { on: opts.color };
    let _ = writeln!(out, "{}", p.bold("Findings"));
    if list.is_empty() {
        let _ = writeln!(out, "  none: no rule fired");
    }
    for f in list {
        let _ = writeln!(
            out,
            "  {} {}  {}",
            p.severity(f.severity),
            p.bold(&f.rule),
            one_line(&f.message)
        );
        for e in &f.evidence {
            evidence_line(out, a, e, p);
        }
    }
}

/// Render the plain (optionally coloured) text report.
pub fn render(a: &Analysis, opts: RenderOptions) -> String {
    let p = Paint { on: opts.color };
    let mut out = String::new();
    let title = match &a.doc.title {
        Some(t) => format!("{} ({})", t, a.doc.id),
        None => a.doc.id.clone(),
    };
    let _ = writeln!(
        out,
        "{} — {}, {}, {}",
        p.bold(&title),
        spans::count(a.claims.len(), "claim"),
        spans::count(a.actors.len(), "actor"),
        spans::count(a.findings.len(), "finding")
    );
    out.push('\n');
    findings(&mut out, a, &a.findings, opts);
    out.push('\n');

    let _ = writeln!(out, "{}", p.bold("Claims"));
    if a.claims.is_empty() {
        let _ = writeln!(out, "  none found");
    }
    for (i, depth) in spans::tree_order(&a.claims) {
        let Some(c) = a.claims.get(i) else { continue };
        let indent = "  ".repeat(depth + 1);
        let mut speaker = p.bold(&one_line(&spans::speaker(a, c)));
        let words = one_line(&spans::source(a, c));
        if c.source.actor.is_some() && !words.is_empty() && !speaker.contains(&words) {
            speaker.push_str(&format!(" (“{words}”)"));
        }
        let para = paragraph_of(a, c)
            .map(|n| format!(" ¶{n}"))
            .unwrap_or_default();
        let negated = match (c.cue.negated, c.cue.conditional) {
            (true, true) => ", negated, conditional",
            (true, false) => ", negated",
            (false, true) => ", conditional",
            (false, false) => "",
        };
        let _ = writeln!(
            out,
            "{indent}{} {} {} ({}, {}{negated})",
            p.dim(&format!("[{}]{para}", c.id)),
            speaker,
            one_line(&spans::cue(a, c)),
            p.stance(c.stance),
            spans::kind_str(c.kind),
        );
        let refers = c
            .refers_to
            .map(|r| format!("  {}", p.dim(&format!("(refers to claim {r})"))))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{indent}    {}{refers}",
            spans::quoted(&one_line(&spans::content(a, c)))
        );
        if opts.explain {
            let _ = writeln!(
                out,
                "{indent}    {}",
                p.dim(&format!("pattern: {}", c.pattern))
            );
        }
    }
    out.push('\n');

    let _ = writeln!(out, "{}", p.bold("Actors"));
    if a.actors.is_empty() {
        let _ = writeln!(out, "  none found");
    }
    for act in &a.actors {
        let mut about = vec![act.kind.to_string()];
        about.extend(act.role.iter().cloned());
        about.extend(act.camp.iter().map(|c| format!("camp {c}")));
        let _ = writeln!(
            out,
            "  {}  {}",
            p.bold(&act.name),
            p.dim(&about.join(" · "))
        );
        let aliases: Vec<&str> = act
            .aliases
            .iter()
            .filter(|al| **al != act.name)
            .map(String::as_str)
            .collect();
        if !aliases.is_empty() {
            let _ = writeln!(out, "      also: {}", aliases.join(", "));
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::model::{ClaimKind, Cue, Source, Span};
    use crate::segment::segment;

    fn sample() -> Analysis {
        let text = "Tillerson said that talks went well.";
        Analysis {
            doc: Document::new("t", text),
            seg: segment(text),
            actors: vec![],
            claims: vec![Claim {
                id: 0,
                sentence: 0,
                source: Source {
                    spans: vec![Span::new(0, 9)],
                    actor: None,
                },
                cue: Cue {
                    spans: vec![Span::new(10, 14)],
                    lemma: "say".into(),
                    negated: false,
                    conditional: false,
                },
                content: vec![Span::new(20, 35)],
                stance: Stance::Assert,
                kind: ClaimKind::Indirect,
                parent: None,
                refers_to: None,
                pattern: "x-said-that".into(),
                proposition: None,
            }],
            propositions: vec![],
            findings: vec![],
        }
    }

    #[test]
    fn colour_only_when_asked() {
        let a = sample();
        let plain = render(&a, RenderOptions::default());
        assert!(!plain.contains('\x1b'));
        assert!(plain.contains("“talks went well”"));
        let coloured = render(
            &a,
            RenderOptions {
                color: true,
                ..Default::default()
            },
        );
        assert!(coloured.contains("\x1b[34massert\x1b[0m"));
    }
}

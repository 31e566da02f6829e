//! Text report for the terminal: claims in reading order, then actors and findings.

use super::RenderOptions;
use crate::pipeline::Analysis;
use std::fmt::Write;

/// Render the plain (optionally coloured) text report.
pub fn render(a: &Analysis, opts: RenderOptions) -> String {
    let mut out = String::new();
    let text = &a.doc.text;
    let _ = writeln!(
        out,
        "{} — {} claims, {} actors, {} findings",
        a.doc.id,
        a.claims.len(),
        a.actors.len(),
        a.findings.len()
    );
    for c in &a.claims {
        let indent = if c.parent.is_some() { "    " } else { "  " };
        let _ = writeln!(
            out,
            "{indent}[{}] {} {} ({}): {}",
            c.id,
            a.speaker(c),
            c.cue_text(text),
            c.stance,
            c.content_text(text)
        );
        if opts.explain {
            let _ = writeln!(out, "{indent}     pattern: {}", c.pattern);
        }
    }
    out
}

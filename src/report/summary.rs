//! The end-of-run summary of a corpus run: documents, claims, findings by rule and time.
//!
//! Takes the analyses one by one (only counts are kept, so memory stays flat) and gives
//! the summary text the CLI prints to stderr.

use crate::pipeline::Analysis;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::time::Duration;

/// Counts over a run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RunSummary {
    pub documents: usize,
    pub claims: usize,
    pub findings: usize,
    /// Findings per rule id.
    pub findings_by_rule: BTreeMap<String, usize>,
    /// Inputs or corpus lines that could not be read.
    pub input_errors: usize,
}

/// What one analysis adds to the summary; small, so it can cross threads cheaply.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocCounts {
    pub claims: usize,
    pub rules: Vec<String>,
}

impl DocCounts {
    pub fn of(a: &Analysis) -> DocCounts {
        DocCounts {
            claims: a.claims.len(),
            rules: a.findings.iter().map(|f| f.rule.clone()).collect(),
        }
    }
}

impl RunSummary {
    pub fn add(&mut self, c: &DocCounts) {
        self.documents += 1;
        self.claims += c.claims;
        self.findings += c.rules.len();
        for r in &c.rules {
            *self.findings_by_rule.entry(r.clone()).or_default() += 1;
        }
    }

    /// The summary as a few lines of text (no trailing newline).
    pub fn render(&self, elapsed: Duration) -> String {
        let secs = elapsed.as_secs_f64();
        use super::spans::count;
        let mut out = format!(
            "{}, {}, {} in {:.2} s",
            count(self.documents, "document"),
            count(self.claims, "claim"),
            count(self.findings, "finding"),
            secs
        );
        if secs > 0.0 && self.documents > 0 {
            let _ = write!(out, " ({:.0} documents/s)", self.documents as f64 / secs);
        }
        if !self.findings_by_rule.is_empty() {
            // Most frequent first, then by rule id, so the list reads as a ranking.
            let mut rules: Vec<(&String, &usize)> = self.findings_by_rule.iter().collect();
            rules.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let list: Vec<String> = rules.iter().map(|(r, n)| format!("{r} {n}")).collect();
            let _ = write!(out, "\nfindings by rule: {}", list.join(", "));
        }
        if self.input_errors > 0 {
            let _ = write!(
                out,
                "\n{} input{} could not be read (see the errors above)",
                self.input_errors,
                if self.input_errors == 1 { "" } else { "s" }
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_add_up_and_rules_rank_by_frequency() {
        let mut s = RunSummary::default();
        s.add(&DocCounts {
            claims: 3,
            rules: vec!["b-rule".into(), "a-rule".into()],
        });
        s.add(&DocCounts {
            claims: 2,
            rules: vec!["b-rule".into()],
        });
        s.input_errors = 1;
        let text = s.render(Duration::from_millis(500));
        assert_eq!(
            text,
            "2 documents, 5 claims, 3 findings in 0.50 s (4 documents/s)\n\
             findings by rule: b-rule 2, a-rule 1\n\
             1 input could not be read (see the errors above)"
        );
    }
}

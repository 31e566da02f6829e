//! Errors in user files (rule files, lexicons), rendered like rustc's with file:line:column
//! and the offending span underlined (annotate-snippets).
//!
//! Takes a file name, its source text, a byte span and a message; gives a [`Diagnostic`]
//! that prints as `error: ...` followed by `--> file:line:col` and the underlined line.
//! "Did you mean" hints come from [`did_you_mean`] (strsim).

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use std::fmt;
use std::ops::Range;
use std::sync::Arc;

/// One error in a user file, with its position.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub file: Arc<str>,
    pub source: Arc<str>,
    /// Byte range in `source`; empty when the error has no position.
    pub span: Range<usize>,
    pub message: String,
    /// A label under the span.
    pub label: Option<String>,
    /// "did you mean" or a list of valid values.
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn new(file: &str, source: &str, span: Range<usize>, message: impl Into<String>) -> Self {
        // Clamp into the text and widen to char boundaries: a span computed in bytes can
        // fall inside a multi-byte character, and the renderer panics on that.
        let mut end = span.end.min(source.len());
        while !source.is_char_boundary(end) {
            end += 1;
        }
        let mut start = span.start.min(end);
        while !source.is_char_boundary(start) {
            start -= 1;
        }
        Diagnostic {
            file: Arc::from(file),
            source: Arc::from(source),
            span: start..end,
            message: message.into(),
            label: None,
            help: None,
        }
    }
    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }
    pub fn with_help(mut self, help: Option<String>) -> Self {
        self.help = help;
        self
    }
    /// 1-based line and column (in characters) of the span start.
    pub fn line_col(&self) -> (usize, usize) {
        line_col(&self.source, self.span.start)
    }
    /// Render with colours (for a terminal) or plain.
    pub fn render(&self, color: bool) -> String {
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let (line, col) = self.line_col();
        let title = format!("{} ({}:{}:{})", self.message, self.file, line, col);
        let mut ann = AnnotationKind::Primary.span(self.span.clone());
        if let Some(l) = &self.label {
            ann = ann.label(l);
        }
        let mut report = vec![Level::ERROR.primary_title(title).element(
            Snippet::source(&*self.source)
                .path(&*self.file)
                .fold(true)
                .annotation(ann),
        )];
        if let Some(h) = &self.help {
            report.push(Group::with_title(Level::HELP.secondary_title(h)));
        }
        renderer.render(&report).to_string()
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

impl std::error::Error for Diagnostic {}

/// 1-based line and character column of a byte offset.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source[..floor_char_boundary(source, offset)];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// "did you mean `x`?" for the closest candidate by Jaro-Winkler similarity, or the list of
/// valid values when none is close.
pub fn did_you_mean<'a>(got: &str, valid: impl IntoIterator<Item = &'a str>) -> String {
    let valid: Vec<&str> = valid.into_iter().collect();
    let best = valid
        .iter()
        .map(|v| (strsim::jaro_winkler(got, v), *v))
        .max_by(|a, b| a.0.total_cmp(&b.0));
    match best {
        Some((score, v)) if score >= 0.8 => {
            format!("did you mean `{v}`? valid values: {}", valid.join(", "))
        }
        _ => format!("valid values: {}", valid.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_and_hint() {
        let src = "a = 1\nstance = \"deni\"\n";
        let d = Diagnostic::new("r.toml", src, 15..21, "unknown stance `deni`")
            .with_help(Some(did_you_mean("deni", ["deny", "assert"])));
        assert_eq!(d.line_col(), (2, 10));
        let out = d.render(false);
        assert!(out.contains("r.toml:2:10"), "{out}");
        assert!(out.contains("did you mean `deny`"), "{out}");
        assert!(out.contains("^^^^^^"), "{out}");
    }
}

//! Reports: an [`Analysis`] rendered as text, Markdown, JSON, HTML or a graph (DOT/SVG).
//!
//! Takes analyses (and, for `check`, a check result) and gives strings; never prints.

pub mod check;
pub mod dot;
pub mod highlight;
pub mod html;
pub mod json;
pub mod markdown;
pub mod spans;
pub mod summary;
pub mod svg;
pub mod text;

use crate::pipeline::Analysis;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Markdown,
    Json,
    Html,
    Dot,
    Svg,
}

/// Options that change how a report looks.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// ANSI colours (text format on a terminal, unless NO_COLOR).
    pub color: bool,
    /// Show the pattern that produced each claim.
    pub explain: bool,
}

/// Render one analysis.
pub fn render(a: &Analysis, format: Format, opts: RenderOptions) -> String {
    match format {
        Format::Json => json::render(a, opts),
        Format::Html => html::render(a, opts),
        Format::Markdown => markdown::render(a, opts),
        Format::Dot => dot::render(a),
        Format::Svg => svg::svg_for(a),
        _ => text::render(a, opts),
    }
}

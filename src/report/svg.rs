//! The stance graph drawn as SVG with layout-rs (no Graphviz needed): the same
//! [`GraphView`] as the DOT output, laid out and rendered in process.
//!
//! [`svg_for`] gives the SVG file for an analysis; [`inline_svg_for`] the `<svg>` element
//! alone, for the HTML report to embed.

use super::dot::{
    stance_color, view, GraphView, ViewEdgeKind, ViewNodeKind, CONFLICT_COLOR, SIMILAR_COLOR,
    SUPPORT_COLOR,
};
use crate::model::FindingKind;
use crate::pipeline::Analysis;
use layout::backends::svg::SVGWriter;
use layout::core::base::Orientation;
use layout::core::color::Color;
use layout::core::style::{LineStyleKind, StyleAttr};
use layout::std_shapes::render::get_shape_size;
use layout::std_shapes::shapes::{Arrow, Element, LineEndKind, ShapeKind};
use layout::topo::layout::VisualGraph;

fn color(hex: &str) -> Color {
    Color::new(u32::from_str_radix(hex.trim_start_matches('#'), 16).unwrap_or(0) << 8 | 0xff)
}

/// The SVG drawing of one analysis's stance graph and findings.
pub fn svg_for(a: &Analysis) -> String {
    render_view(&view(a))
}

/// The `<svg>` element of an analysis's drawing, without the XML declaration, to embed in
/// an HTML page; `None` when the analysis has no claims to draw.
pub fn inline_svg_for(a: &Analysis) -> Option<String> {
    let v = view(a);
    if v.nodes.is_empty() {
        return None;
    }
    let svg = render_view(&v);
    let start = svg.find("<svg").unwrap_or(0);
    Some(svg[start..].to_string())
}

/// Render a view as SVG. An empty graph gives a small SVG saying so.
pub fn render_view(v: &GraphView) -> String {
    if v.nodes.is_empty() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"240\" height=\"40\">\
                <text x=\"10\" y=\"25\" font-family=\"sans-serif\" font-size=\"14\">no claims to draw</text></svg>\n"
            .to_string();
    }
    let dir = Orientation::LeftToRight;
    let mut vg = VisualGraph::new(dir);
    let mut handles = Vec::with_capacity(v.nodes.len());
    for n in &v.nodes {
        let (shape, fill) = match &n.kind {
            ViewNodeKind::Actor { .. } => (ShapeKind::new_box(&n.label), "#e3f2fd"),
            ViewNodeKind::Proposition => (ShapeKind::Box(n.label.clone()), "#fffde7"),
        };
        let rounded = match n.kind {
            ViewNodeKind::Actor { .. } => 8,
            ViewNodeKind::Proposition => 20,
        };
        let look = StyleAttr::new(color("#37474f"), 1, Some(color(fill)), rounded, 12);
        let size = get_shape_size(dir, &shape, look.font_size, false);
        handles.push(vg.add_node(Element::create(shape, look, dir, size)));
    }
    for e in &v.edges {
        let (col, width, style, text, end) = match &e.kind {
            ViewEdgeKind::Stance { stance, label, .. } => (
                stance_color(*stance),
                2,
                LineStyleKind::Normal,
                label.clone(),
                LineEndKind::Arrow,
            ),
            ViewEdgeKind::Similar { score } => (
                SIMILAR_COLOR,
                1,
                LineStyleKind::Dashed,
                format!("~{score:.2}"),
                LineEndKind::None,
            ),
            ViewEdgeKind::Finding {
                rule,
                kind: FindingKind::Conflict,
            } => (
                CONFLICT_COLOR,
                4,
                LineStyleKind::Normal,
                rule.clone(),
                LineEndKind::Arrow,
            ),
            ViewEdgeKind::Finding {
                rule,
                kind: FindingKind::Support,
            } => (
                SUPPORT_COLOR,
                2,
                LineStyleKind::Dashed,
                rule.clone(),
                LineEndKind::None,
            ),
        };
        let look = StyleAttr::new(color(col), width, None, 0, 10);
        let arrow = Arrow::new(LineEndKind::None, end, style, &text, &look, &None, &None);
        if e.from != e.to {
            vg.add_edge(arrow, handles[e.from], handles[e.to]);
        }
    }
    let mut svg = SVGWriter::new();
    vg.do_it(false, false, false, &mut svg);
    sorted_styles(svg.finalize())
}

/// The SVG with the lines of its `<style>` block sorted: layout-rs writes its font classes
/// in `HashMap` order, so two runs on the same input gave different bytes (and reports that
/// could not be compared with `cmp` or `diff`).
fn sorted_styles(svg: String) -> String {
    let (Some(open), Some(close)) = (svg.find("<style>\n"), svg.find("</style>")) else {
        return svg;
    };
    let from = open + "<style>\n".len();
    if close < from {
        return svg;
    }
    let mut lines: Vec<&str> = svg[from..close].split_inclusive('\n').collect();
    lines.sort_unstable();
    let mut out = String::with_capacity(svg.len());
    out.push_str(&svg[..from]);
    out.extend(lines);
    out.push_str(&svg[close..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Stance;
    use crate::report::dot::{ViewEdge, ViewNode};

    /// The seed's drawing is the same bytes every time (layout-rs keeps its font classes in
    /// a `HashMap`, whose order differs from one map to the next).
    #[test]
    fn the_drawing_is_the_same_every_time() {
        let engine = crate::pipeline::Engine::shipped();
        let doc = crate::document::Document::new(
            "seed",
            include_str!("../../fixtures/tillerson-lavrov.txt"),
        );
        let a = engine.analyze(doc);
        let first = svg_for(&a);
        let styles = first
            .split("<style>\n")
            .nth(1)
            .and_then(|s| s.split("</style>").next())
            .expect("a style block");
        assert!(styles.lines().count() >= 2, "{styles}");
        for _ in 0..8 {
            assert_eq!(svg_for(&a), first);
        }
    }

    #[test]
    fn draws_nodes_and_coloured_edges() {
        let v = GraphView {
            nodes: vec![
                ViewNode {
                    label: "Russia".into(),
                    kind: ViewNodeKind::Actor { camp: None },
                },
                ViewNode {
                    label: "it meddled & more".into(),
                    kind: ViewNodeKind::Proposition,
                },
                ViewNode {
                    label: "US intelligence agencies".into(),
                    kind: ViewNodeKind::Actor { camp: None },
                },
            ],
            edges: vec![
                ViewEdge {
                    from: 0,
                    to: 1,
                    kind: ViewEdgeKind::Stance {
                        stance: Stance::Deny,
                        cue: "denied".into(),
                        label: "denied (deny)".into(),
                    },
                },
                ViewEdge {
                    from: 2,
                    to: 1,
                    kind: ViewEdgeKind::Stance {
                        stance: Stance::Endorse,
                        cue: "endorsed".into(),
                        label: "endorsed (endorse)".into(),
                    },
                },
                ViewEdge {
                    from: 0,
                    to: 2,
                    kind: ViewEdgeKind::Finding {
                        rule: "opposing-stances".into(),
                        kind: FindingKind::Conflict,
                    },
                },
            ],
        };
        let svg = render_view(&v);
        assert!(svg.contains("<svg"), "{svg}");
        assert!(svg.contains("Russia"));
        assert!(svg.contains("it meddled &amp; more"));
        assert!(svg.contains("opposing-stances"));
        assert!(svg.contains("c62828"), "deny edge in red");
        assert!(svg.contains("d50000"), "conflict edge highlighted");
    }
}

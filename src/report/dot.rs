//! The stance graph as Graphviz DOT: actors (boxes, with their camp), propositions
//! (ellipses), stance edges coloured by stance and labelled with the cue, similarity edges
//! (grey, dashed, a spanning tree per group of similar propositions) and findings: conflicts as thick red edges, support as blue dashed edges,
//! between the actors involved (between the two propositions when one actor reverses).
//!
//! [`GraphView`] is the drawing-ready form that both this module and [`super::svg`] render.

use crate::graph::{Edge, Node, StanceGraph};
use crate::lexicon::Lexicon;
use crate::model::{Finding, FindingKind, Stance};
use crate::pipeline::Analysis;
use petgraph::visit::EdgeRef;
use std::collections::HashMap;
use std::fmt::Write;

/// What a drawn node is.
#[derive(Debug, Clone, PartialEq)]
pub enum ViewNodeKind {
    Actor { camp: Option<String> },
    Proposition,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ViewNode {
    pub label: String,
    pub kind: ViewNodeKind,
}

/// What a drawn edge is.
#[derive(Debug, Clone, PartialEq)]
pub enum ViewEdgeKind {
    /// `label` is the cue and the stance ("denied (deny)"; "told (assert, negated: deny)").
    Stance {
        stance: Stance,
        cue: String,
        label: String,
    },
    Similar {
        score: f64,
    },
    Finding {
        rule: String,
        kind: FindingKind,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct ViewEdge {
    pub from: usize,
    pub to: usize,
    pub kind: ViewEdgeKind,
}

/// Nodes and edges ready to draw.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GraphView {
    pub nodes: Vec<ViewNode>,
    pub edges: Vec<ViewEdge>,
}

/// Colour of a stance edge (also used by the SVG renderer).
pub fn stance_color(s: Stance) -> &'static str {
    match s {
        Stance::Assert => "#2e7d32",
        Stance::Endorse => "#1b5e20",
        Stance::Admit => "#00838f",
        Stance::Believe => "#558b2f",
        Stance::Accuse => "#ef6c00",
        Stance::Warn => "#f9a825",
        Stance::Promise => "#1565c0",
        Stance::Deny => "#c62828",
        Stance::Dispute => "#ad1457",
        Stance::Downplay => "#6a1b9a",
        Stance::Question => "#757575",
    }
}

pub const CONFLICT_COLOR: &str = "#d50000";
pub const SUPPORT_COLOR: &str = "#1e88e5";
pub const SIMILAR_COLOR: &str = "#9e9e9e";

/// Wrap text at about `width` characters per line, at most `lines` lines.
pub fn wrap(text: &str, width: usize, lines: usize) -> String {
    let mut out: Vec<String> = vec![String::new()];
    let words: Vec<&str> = text.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        let cur = out.last_mut().expect("one line at least");
        if !cur.is_empty() && cur.chars().count() + 1 + w.chars().count() > width {
            if out.len() == lines {
                let last = out.last_mut().expect("one line at least");
                last.push_str(" …");
                return out.join("\n");
            }
            out.push(w.to_string());
        } else {
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(w);
        }
        let _ = i;
    }
    out.join("\n")
}

/// The drawing of one analysis: its claims' stance graph (at the default similarity
/// threshold) and its findings.
pub fn view(a: &Analysis) -> GraphView {
    let graph = StanceGraph::build(
        a.graph_claims(),
        crate::propositions::DEFAULT_THRESHOLD,
        &Lexicon::default(),
    );
    view_of(&graph, &a.findings)
}

/// The drawing of a stance graph and the findings made on it.
pub fn view_of(graph: &StanceGraph, findings: &[Finding]) -> GraphView {
    let mut v = GraphView::default();
    let mut index: HashMap<petgraph::graph::NodeIndex, usize> = HashMap::new();
    for n in graph.graph.node_indices() {
        let node = match &graph.graph[n] {
            Node::Actor { name, camp } => ViewNode {
                label: match camp {
                    Some(c) if c != name => format!("{name}\n({c})"),
                    _ => name.clone(),
                },
                kind: ViewNodeKind::Actor { camp: camp.clone() },
            },
            Node::Proposition { text, .. } => ViewNode {
                label: wrap(text, 34, 4),
                kind: ViewNodeKind::Proposition,
            },
            Node::Camp { .. } => continue,
        };
        index.insert(n, v.nodes.len());
        v.nodes.push(node);
    }
    // Similar propositions are joined by a spanning tree rather than every pair, so that a
    // cluster of k similar contents draws k - 1 dashed edges, not k(k-1)/2.
    let mut component: Vec<usize> = (0..v.nodes.len()).collect();
    fn root(c: &mut [usize], mut x: usize) -> usize {
        while c[x] != x {
            c[x] = c[c[x]];
            x = c[x];
        }
        x
    }
    for e in graph.graph.edge_references() {
        let (Some(&from), Some(&to)) = (index.get(&e.source()), index.get(&e.target())) else {
            continue;
        };
        if let Edge::Similar { .. } = e.weight() {
            let (a, b) = (root(&mut component, from), root(&mut component, to));
            if a == b {
                continue;
            }
            component[a.max(b)] = a.min(b);
        }
        let kind = match e.weight() {
            Edge::Stance { claim, stance } => {
                let c = &graph.claims[*claim];
                let cue = c.evidence.cue.clone();
                let label = if c.stance == *stance {
                    format!("{cue} ({stance})")
                } else {
                    format!("{cue} ({}, negated: {stance})", c.stance)
                };
                ViewEdgeKind::Stance {
                    stance: *stance,
                    cue,
                    label,
                }
            }
            Edge::Similar { score } => ViewEdgeKind::Similar { score: *score },
            Edge::Member => continue,
        };
        v.edges.push(ViewEdge { from, to, kind });
    }
    // Findings: locate their evidence claims in the graph.
    let claim_at: HashMap<(&str, bool, usize), usize> = graph
        .claims
        .iter()
        .enumerate()
        .map(|(i, c)| {
            (
                (c.evidence.doc.as_str(), c.evidence.stored, c.evidence.claim),
                i,
            )
        })
        .collect();
    for f in findings {
        let claims: Vec<usize> = f
            .evidence
            .iter()
            .filter_map(|e| claim_at.get(&(e.doc.as_str(), e.stored, e.claim)).copied())
            .collect();
        let actor_node = |c: usize| {
            graph
                .actor_nodes
                .get(graph.actor_key(c))
                .and_then(|n| index.get(n))
                .copied()
        };
        let prop_node = |c: usize| index.get(&graph.claim_nodes[c]).copied();
        let Some(&first) = claims.first() else {
            continue;
        };
        // The first evidence claim of another actor; else the first of another proposition.
        let ends = claims
            .iter()
            .find(|&&c| graph.actor_key(c) != graph.actor_key(first))
            .map(|&c| (actor_node(first), actor_node(c)))
            .or_else(|| {
                claims
                    .iter()
                    .find(|&&c| graph.claim_nodes[c] != graph.claim_nodes[first])
                    .map(|&c| (prop_node(first), prop_node(c)))
            });
        if let Some((Some(from), Some(to))) = ends {
            v.edges.push(ViewEdge {
                from,
                to,
                kind: ViewEdgeKind::Finding {
                    rule: f.rule.clone(),
                    kind: f.kind,
                },
            });
        }
    }
    v
}

/// A DOT string literal.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Render one analysis as a DOT digraph.
pub fn render(a: &Analysis) -> String {
    render_view(&a.doc.id, &view(a))
}

/// Render a view as a DOT digraph named `name`.
pub fn render_view(name: &str, v: &GraphView) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "digraph {} {{", quote(name));
    let _ = writeln!(out, "  rankdir=LR;");
    let _ = writeln!(
        out,
        "  node [fontname=\"Helvetica\", fontsize=11];\n  edge [fontname=\"Helvetica\", fontsize=9];"
    );
    for (i, n) in v.nodes.iter().enumerate() {
        let attrs = match &n.kind {
            ViewNodeKind::Actor { .. } => {
                "shape=box, style=\"rounded,filled\", fillcolor=\"#e3f2fd\""
            }
            ViewNodeKind::Proposition => "shape=ellipse, style=filled, fillcolor=\"#fffde7\"",
        };
        let _ = writeln!(out, "  n{i} [label={}, {attrs}];", quote(&n.label));
    }
    for e in &v.edges {
        let attrs = match &e.kind {
            ViewEdgeKind::Stance { stance, label, .. } => format!(
                "label={}, color=\"{c}\", fontcolor=\"{c}\"",
                quote(label),
                c = stance_color(*stance)
            ),
            ViewEdgeKind::Similar { score } => format!(
                "label=\"~{score:.2}\", style=dashed, color=\"{SIMILAR_COLOR}\", dir=none"
            ),
            ViewEdgeKind::Finding {
                rule,
                kind: FindingKind::Conflict,
            } => format!(
                "label={}, color=\"{CONFLICT_COLOR}\", fontcolor=\"{CONFLICT_COLOR}\", penwidth=3, dir=both, constraint=false",
                quote(rule)
            ),
            ViewEdgeKind::Finding {
                rule,
                kind: FindingKind::Support,
            } => format!(
                "label={}, color=\"{SUPPORT_COLOR}\", fontcolor=\"{SUPPORT_COLOR}\", style=dashed, penwidth=2, dir=none, constraint=false",
                quote(rule)
            ),
        };
        let _ = writeln!(out, "  n{} -> n{} [{attrs}];", e.from, e.to);
    }
    out.push_str("}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_and_cuts_long_labels() {
        assert_eq!(wrap("a b c", 3, 2), "a b\nc");
        assert_eq!(wrap("aaa bbb ccc ddd", 3, 2), "aaa\nbbb …");
    }

    #[test]
    fn quotes_dot_strings() {
        assert_eq!(quote("say \"x\"\nnext"), "\"say \\\"x\\\"\\nnext\"");
    }
}

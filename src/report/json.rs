//! JSON report: one object per document, following the output contract in design.md.
//!
//! `{doc_id, title?, claims: [{id, source: {spans, actor, text}, cue: {spans, lemma, text},
//! content: {spans, text}, stance, kind, pattern, nested: [...], ...}], actors, findings}`.
//! Spans are `[start, end)` UTF-8 byte offsets into the document text. Nested claims
//! ("he revealed that he had warned Lavrov that ...") sit inside their parent's `nested`
//! list, so the top-level list holds outermost attributions only, as PolNeAR annotates them.

use super::RenderOptions;
use crate::model::{Claim, Span};
use crate::pipeline::Analysis;
use serde_json::{json, Value};

fn spans(s: &[Span]) -> Value {
    Value::Array(s.iter().map(|s| json!([s.start, s.end])).collect())
}

/// Claim indexes by parent claim id, in claim order.
type Children = std::collections::HashMap<usize, Vec<usize>>;

fn claim_json(a: &Analysis, children: &Children, c: &Claim, opts: RenderOptions) -> Value {
    let text = &a.doc.text;
    let actor = c.source.actor.and_then(|i| a.actors.get(i));
    // Children by index, so that a document with many claims is not scanned once per claim.
    let nested: Vec<Value> = children
        .get(&c.id)
        .map_or(&[][..], Vec::as_slice)
        .iter()
        .filter_map(|&k| a.claims.get(k))
        .map(|n| claim_json(a, children, n, opts))
        .collect();
    let mut v = json!({
        "id": c.id,
        "source": {
            "spans": spans(&c.source.spans),
            "text": c.source_text(text),
            "actor": actor.map(|a| a.name.clone()),
            "actor_id": c.source.actor,
        },
        "cue": {
            "spans": spans(&c.cue.spans),
            "text": c.cue_text(text),
            "lemma": c.cue.lemma,
            "negated": c.cue.negated,
        },
        "content": {
            "spans": spans(&c.content),
            "text": c.content_text(text),
        },
        "stance": c.stance,
        "kind": c.kind,
        "sentence": c.sentence,
        "pattern": c.pattern,
        "proposition": c.proposition,
        "refers_to": c.refers_to,
        "nested": nested,
    });
    if !opts.explain {
        // keep the pattern (the error-analysis aid) but drop nothing else; explain only adds text output
    }
    if let Some(p) = c.parent {
        v["parent"] = json!(p);
    }
    v
}

/// The JSON value for one analysis.
pub fn value(a: &Analysis, opts: RenderOptions) -> Value {
    // Each claim's nested claims, in claim order (the order a scan of all claims gives).
    let mut children: Children = std::collections::HashMap::new();
    for (k, n) in a.claims.iter().enumerate() {
        if let Some(p) = n.parent {
            children.entry(p).or_default().push(k);
        }
    }
    let claims: Vec<Value> = a
        .claims
        .iter()
        .filter(|c| c.parent.is_none())
        .map(|c| claim_json(a, &children, c, opts))
        .collect();
    json!({
        "doc_id": a.doc.id,
        "title": a.doc.title,
        "date": a.doc.date,
        "outlet": a.doc.outlet,
        "claims": claims,
        "actors": a.actors,
        "propositions": a.propositions,
        "findings": a.findings,
    })
}

/// One line of JSON (no trailing newline).
pub fn render(a: &Analysis, opts: RenderOptions) -> String {
    // Straight into a buffer: `Value`'s Display goes through a formatter adapter.
    serde_json::to_string(&value(a, opts)).unwrap_or_default()
}

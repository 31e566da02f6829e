//! Stance graph and rule matching over many claims, as `check` joins a new article with
//! stored claims: the seed article's claims repeated over N documents.
//!
//! `cargo bench --bench rules`

use stancegraph::document::Document;
use stancegraph::graph::StanceGraph;
use stancegraph::model::GraphClaim;
use stancegraph::Engine;

fn main() {
    divan::main();
}

fn claims(docs: usize) -> (Engine, Vec<GraphClaim>) {
    let engine = Engine::shipped();
    let text = include_str!("../fixtures/tillerson-lavrov.txt");
    let a = engine.extract(Document::new("seed", text));
    let mut out = Vec::new();
    for d in 0..docs {
        for mut c in a.graph_claims() {
            c.evidence.doc = format!("doc{d}");
            out.push(c);
        }
    }
    (engine, out)
}

#[divan::bench(args = [1, 10, 40])]
fn graph_and_rules(bencher: divan::Bencher, docs: usize) {
    let (engine, claims) = claims(docs);
    bencher.bench(|| {
        let g = StanceGraph::build(claims.clone(), engine.similarity, &engine.lexicon);
        engine.rules.evaluate(&g).len()
    });
}

/// PolNeAR dev (84 real articles, ../shared/data, read at run time) joined into one graph, as
/// `check` joins many stored articles. Skipped when the data is absent.
#[divan::bench(sample_count = 10)]
fn polnear_dev_joined(bencher: divan::Bencher) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/polnear/dev.jsonl"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("skipped: {path} not found");
        return;
    };
    let engine = Engine::shipped();
    let mut claims = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let body = v["text"].as_str().unwrap_or_default();
        let a = engine.extract(Document::new(format!("dev{i}"), body));
        claims.extend(a.graph_claims());
    }
    bencher.bench(|| {
        let g = StanceGraph::build(claims.clone(), engine.similarity, &engine.lexicon);
        engine.rules.evaluate(&g).len()
    });
}

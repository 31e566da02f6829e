//! Benchmarks (divan): extraction per article, the rules over a stance graph, and the JSON
//! report, on the seed article; and extraction of the PolNeAR dev articles when
//! ../shared/data is present. Run: `cargo bench --bench pipeline`.

use stancegraph::graph::StanceGraph;
use stancegraph::report::{self, Format, RenderOptions};
use stancegraph::{Document, Engine};
use std::sync::OnceLock;

const SEED: &str = include_str!("../fixtures/tillerson-lavrov.txt");

fn main() {
    divan::main();
}

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(Engine::shipped)
}

/// Loading the shipped lexicons and rules (what every command does at start-up).
#[divan::bench]
fn load_engine() -> Engine {
    Engine::shipped()
}

/// Extraction of the seed article: segmentation, actors, claims, propositions.
#[divan::bench]
fn extract_seed(b: divan::Bencher) {
    b.counter(divan::counter::BytesCount::new(SEED.len()))
        .bench(|| engine().extract(Document::new("seed", divan::black_box(SEED))));
}

/// The stance graph and the shipped rules over the seed article's claims.
#[divan::bench]
fn rules_over_graph(b: divan::Bencher) {
    let e = engine();
    let a = e.extract(Document::new("seed", SEED));
    let claims = a.graph_claims();
    b.bench(|| {
        let g = StanceGraph::build(divan::black_box(claims.clone()), e.similarity, &e.lexicon);
        e.rules.evaluate(&g)
    });
}

/// Extract, rules and the JSON report: one document of a corpus run.
#[divan::bench]
fn report_json_seed(b: divan::Bencher) {
    b.counter(divan::counter::BytesCount::new(SEED.len()))
        .bench(|| {
            let a = engine().analyze(Document::new("seed", divan::black_box(SEED)));
            report::render(&a, Format::Json, RenderOptions::default())
        });
}

fn dev_articles() -> &'static [String] {
    static D: OnceLock<Vec<String>> = OnceLock::new();
    D.get_or_init(|| {
        let Ok(s) = std::fs::read_to_string("../shared/data/polnear/dev.jsonl") else {
            eprintln!("note: ../shared/data/polnear/dev.jsonl is absent; extract_polnear_dev measures nothing");
            return Vec::new();
        };
        s.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_string))
            .collect()
    })
}

/// Extract, rules and JSON report over every PolNeAR dev article (84 articles).
#[divan::bench(sample_count = 10)]
fn report_json_polnear_dev(b: divan::Bencher) {
    let docs = dev_articles();
    let bytes: usize = docs.iter().map(String::len).sum();
    b.counter(divan::counter::BytesCount::new(bytes)).bench(|| {
        docs.iter()
            .map(|t| {
                let a = engine().analyze(Document::new("d", t.as_str()));
                report::render(&a, Format::Json, RenderOptions::default()).len()
            })
            .sum::<usize>()
    });
}

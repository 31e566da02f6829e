//! Times `check` per article against a claim store: `bench_check STORE.db QUERIES.jsonl`.
//! Prints p50, p90, p99 and max in milliseconds (see scripts/bench-store.sh and BENCHMARKS.md).

use stancegraph::check::{self, CheckOptions};
use stancegraph::document::{InputSource, Inputs};
use stancegraph::store::{OpenMode, Store};
use stancegraph::Engine;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: bench_check STORE.db QUERIES.jsonl");
        std::process::exit(2);
    }
    let engine = Engine::shipped();
    let store = match Store::open(std::path::Path::new(&args[1]), OpenMode::ReadOnly) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    };
    let stats = store.stats().expect("stats");
    let mut times = Vec::new();
    let (mut matches, mut findings) = (0usize, 0usize);
    for doc in Inputs::new(vec![InputSource::parse(&args[2])]).flatten() {
        let t = Instant::now();
        let (r, _) = check::check(&engine, &store, doc, CheckOptions::default()).expect("check");
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        matches += r.matches.len();
        findings += r.findings.len();
    }
    times.sort_by(f64::total_cmp);
    let q = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize];
    println!(
        "store: {} documents, {} claims, {} terms, {} postings",
        stats.documents, stats.claims, stats.terms, stats.postings
    );
    println!(
        "check over {} articles: p50 {:.1} ms, p90 {:.1} ms, p99 {:.1} ms, max {:.1} ms; {:.1} related claims and {:.1} findings per article",
        times.len(),
        q(0.5),
        q(0.9),
        q(0.99),
        times.last().copied().unwrap_or(0.0),
        matches as f64 / times.len().max(1) as f64,
        findings as f64 / times.len().max(1) as f64
    );
}

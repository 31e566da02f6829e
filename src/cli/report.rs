//! `stancegraph report`: analyse articles and print reports, in input order.
//!
//! A corpus is read as a stream and analysed in chunks on every core (rayon), so output
//! order is input order and memory stays flat however long the corpus is.

use super::{
    parse_severity, stderr_color, stdout_color, RuleArgs, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK,
};
use clap::Args;
use rayon::prelude::*;
use stancegraph::document::{InputSource, Inputs};
use stancegraph::model::Severity;
use stancegraph::pipeline::Engine;
use stancegraph::report::{self, Format, RenderOptions};
use std::io::Write;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct ReportArgs {
    /// Article files (.txt, .md), .jsonl corpora, or - for stdin
    #[arg(required = true, value_name = "FILE")]
    pub inputs: Vec<String>,
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Write the report to FILE instead of stdout
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit with code 1 when a finding has at least this severity (info, low, medium, high)
    #[arg(long, value_name = "SEVERITY", value_parser = parse_severity)]
    pub fail_on: Option<Severity>,
    /// Show the pattern that produced each claim
    #[arg(long)]
    pub explain: bool,
    /// Stop at the first unreadable input or bad corpus line (default: report it and go on)
    #[arg(long)]
    pub strict: bool,
    /// Worker threads (default: RAYON_NUM_THREADS, else all cores)
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    #[command(flatten)]
    pub rules: RuleArgs,
}

const CHUNK: usize = 256;

pub fn run(args: ReportArgs) -> i32 {
    if let Some(n) = args.jobs {
        // Only fails when the global pool already exists, which cannot happen here.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global();
    }
    let engine = match args.rules.engine() {
        Ok(e) => e,
        Err(code) => return code,
    };
    let mut out: Box<dyn Write> = match &args.output {
        Some(p) => match std::fs::File::create(p) {
            Ok(f) => Box::new(std::io::BufWriter::new(f)),
            Err(e) => {
                eprintln!("error: cannot write {}: {e}", p.display());
                return EXIT_ERROR;
            }
        },
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let opts = RenderOptions {
        color: args.output.is_none() && args.format == Format::Text && stdout_color(),
        explain: args.explain,
    };
    let sources = args.inputs.iter().map(|s| InputSource::parse(s)).collect();
    let mut inputs = Inputs::new(sources);
    let mut input_errors = 0usize;
    let mut worst: Option<Severity> = None;
    loop {
        let mut chunk = Vec::with_capacity(CHUNK);
        for item in inputs.by_ref() {
            match item {
                Ok(doc) => chunk.push(doc),
                Err(e) => {
                    input_errors += 1;
                    eprintln!("error: {e}");
                    if args.strict {
                        return EXIT_ERROR;
                    }
                }
            }
            if chunk.len() == CHUNK {
                break;
            }
        }
        if chunk.is_empty() {
            break;
        }
        let rendered: Vec<(String, Option<Severity>)> = chunk
            .into_par_iter()
            .map(|doc| analyse_and_render(&engine, doc, args.format, opts))
            .collect();
        for (s, sev) in rendered {
            worst = worst.max(sev);
            if let Err(e) = out
                .write_all(s.as_bytes())
                .and_then(|_| out.write_all(b"\n"))
            {
                if e.kind() == std::io::ErrorKind::BrokenPipe {
                    return EXIT_OK;
                }
                eprintln!("error: cannot write the report: {e}");
                return EXIT_ERROR;
            }
        }
    }
    if let Err(e) = out.flush() {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("error: cannot write the report: {e}");
            return EXIT_ERROR;
        }
    }
    let _ = stderr_color();
    if input_errors > 0 {
        return EXIT_ERROR;
    }
    match (args.fail_on, worst) {
        (Some(threshold), Some(w)) if w >= threshold => EXIT_FINDINGS,
        _ => EXIT_OK,
    }
}

fn analyse_and_render(
    engine: &Engine,
    doc: stancegraph::document::Document,
    format: Format,
    opts: RenderOptions,
) -> (String, Option<Severity>) {
    let a = engine.analyze(doc);
    let worst = a.findings.iter().map(|f| f.severity).max();
    (report::render(&a, format, opts), worst)
}

//! `stancegraph add | check | claims import|list|search | remove`: the claim store commands.
//!
//! The store is the file given by `--db`, else `STANCEGRAPH_DB`, else `stancegraph.db` in the
//! current directory. Extraction runs on every core; all writes go through this one thread,
//! one transaction per batch, so a killed `add` keeps every batch committed before it.

use super::{
    parse_severity, stderr_color, stdout_color, RuleArgs, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK,
};
use clap::{Args, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use stancegraph::check::{self, CheckOptions};
use stancegraph::document::{InputSource, Inputs};
use stancegraph::model::Severity;
use stancegraph::report::{self, Format, RenderOptions};
use stancegraph::store::{self, DocRecord, OpenMode, Store, StoreError};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

/// Which store file.
#[derive(Args, Debug, Clone)]
pub struct DbArgs {
    /// The claim store file (default: $STANCEGRAPH_DB, else ./stancegraph.db)
    #[arg(long, value_name = "PATH")]
    pub db: Option<PathBuf>,
}

impl DbArgs {
    pub fn path(&self) -> PathBuf {
        store::resolve_path(self.db.as_deref())
    }
    pub fn open(&self, mode: OpenMode) -> Result<Store, i32> {
        Store::open(&self.path(), mode).map_err(report_err)
    }
}

pub fn report_err(e: StoreError) -> i32 {
    eprintln!("error: {e}");
    EXIT_ERROR
}

#[derive(Args, Debug)]
pub struct AddArgs {
    /// Article files (.txt, .md), .jsonl corpora, or - for stdin
    #[arg(required = true, value_name = "FILE")]
    pub inputs: Vec<String>,
    #[command(flatten)]
    pub db: DbArgs,
    /// Documents per transaction
    #[arg(long, value_name = "N", default_value_t = 512)]
    pub batch: usize,
    /// Worker threads for extraction (default: RAYON_NUM_THREADS, else all cores)
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// No progress bar and no summary
    #[arg(long, short = 'q')]
    pub quiet: bool,
    #[command(flatten)]
    pub rules: RuleArgs,
}

fn set_jobs(jobs: Option<usize>) {
    if let Some(n) = jobs {
        // Only fails when the global pool already exists, which cannot happen here.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global();
    }
}

fn progress(quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::new_spinner();
    pb.set_style(
        ProgressStyle::with_template("{spinner} {elapsed} {pos} documents ({per_sec}) {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    pb
}

pub fn add(args: AddArgs) -> i32 {
    set_jobs(args.jobs);
    let engine = match args.rules.engine() {
        Ok(e) => e,
        Err(code) => return code,
    };
    let mut store = match args.db.open(OpenMode::ReadWrite) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let pb = progress(args.quiet);
    let sources = args.inputs.iter().map(|s| InputSource::parse(s)).collect();
    let batch = args.batch.max(1);
    let started = std::time::Instant::now();
    let path = store.path().to_path_buf();
    let mut total = store::AddOutcome::default();
    let mut errors = 0usize;
    // Extraction of the next batch (every core) overlaps the write of this one (one thread):
    // a bounded channel of one batch keeps memory flat.
    let written = std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<(Vec<DocRecord>, usize)>(1);
        let engine = &engine;
        let pb2 = pb.clone();
        let producer = scope.spawn(move || {
            // A second, read-only connection skips articles already stored before extracting them.
            let reader = Store::open(&path, OpenMode::ReadOnly).ok();
            let mut inputs = Inputs::new(sources);
            let mut input_errors = 0usize;
            loop {
                let mut chunk = Vec::with_capacity(batch);
                let mut unchanged = 0usize;
                let mut read = 0usize;
                for item in inputs.by_ref() {
                    read += 1;
                    match item {
                        Ok(doc) => {
                            let known = reader.as_ref().is_some_and(|r| {
                                r.has_hash(&store::content_hash(&doc.text)).unwrap_or(false)
                            });
                            if known {
                                unchanged += 1;
                            } else {
                                chunk.push(doc);
                            }
                        }
                        Err(e) => {
                            input_errors += 1;
                            pb2.suspend(|| eprintln!("error: {e}"));
                        }
                    }
                    if read == batch {
                        break;
                    }
                }
                if read == 0 {
                    break;
                }
                let records: Vec<DocRecord> = chunk
                    .into_par_iter()
                    .map(|doc| DocRecord::from_analysis(&engine.extract(doc), &engine.lexicon))
                    .collect();
                if tx.send((records, unchanged)).is_err() {
                    break;
                }
            }
            input_errors
        });
        for (records, unchanged) in rx {
            match store.add_batch(&records) {
                Ok(o) => {
                    for (id, msg) in &o.refused {
                        errors += 1;
                        pb.suspend(|| eprintln!("error: {id}: {msg}"));
                    }
                    total.added += o.added;
                    total.claims += o.claims;
                    total.unchanged += o.unchanged + unchanged;
                }
                Err(e) => {
                    pb.finish_and_clear();
                    eprintln!(
                        "error: {e}\n({} documents stored before this batch are kept)",
                        total.added
                    );
                    return Err(EXIT_ERROR);
                }
            }
            pb.inc((records.len() + unchanged) as u64);
            pb.set_message(format!("{} claims", total.claims));
        }
        errors += producer.join().unwrap_or(1);
        Ok(())
    });
    if let Err(code) = written {
        return code;
    }
    let secs = started.elapsed().as_secs_f64();
    pb.finish_and_clear();
    if !args.quiet {
        println!(
            "added {} document{} ({} claims), {} already stored, {} error{} in {:.1} s ({:.0} documents/s) — {}",
            total.added,
            if total.added == 1 { "" } else { "s" },
            total.claims,
            total.unchanged,
            errors,
            if errors == 1 { "" } else { "s" },
            secs,
            (total.added + total.unchanged) as f64 / secs.max(1e-9),
            store.path().display()
        );
    }
    if errors > 0 {
        EXIT_ERROR
    } else {
        EXIT_OK
    }
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Article files (.txt, .md), .jsonl corpora, or - for stdin
    #[arg(required = true, value_name = "FILE")]
    pub inputs: Vec<String>,
    #[command(flatten)]
    pub db: DbArgs,
    /// Output format (dot and svg draw the joined graph: the article's claims, the stored
    /// claims it was checked against, conflicts and support)
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Write the report to FILE instead of stdout
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit with code 1 when a new finding has at least this severity (info, low, medium, high)
    #[arg(long, value_name = "SEVERITY", value_parser = parse_severity)]
    pub fail_on: Option<Severity>,
    /// Store each article after checking it
    #[arg(long)]
    pub add: bool,
    /// Relatedness (0..1) a stored claim needs to count as about the article
    #[arg(long, value_name = "SCORE", default_value_t = check::DEFAULT_RELATEDNESS)]
    pub min_relatedness: f64,
    #[command(flatten)]
    pub rules: RuleArgs,
}

pub fn check(args: CheckArgs) -> i32 {
    let engine = match args.rules.engine() {
        Ok(e) => e,
        Err(code) => return code,
    };
    if !(0.0..=1.0).contains(&args.min_relatedness) {
        eprintln!("error: --min-relatedness must be between 0 and 1");
        return EXIT_ERROR;
    }
    let mode = if args.add {
        OpenMode::ReadWrite
    } else {
        OpenMode::ReadOnly
    };
    let mut store = match args.db.open(mode) {
        Ok(s) => s,
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
        explain: false,
    };
    let copts = CheckOptions {
        min_relatedness: args.min_relatedness,
        ..CheckOptions::default()
    };
    let sources = args.inputs.iter().map(|s| InputSource::parse(s)).collect();
    let mut worst: Option<Severity> = None;
    let mut errors = 0usize;
    // HTML: one page for the run, one section per checked article (ids prefixed `dN-`
    // when there can be several).
    let html = args.format == Format::Html;
    let several = args.inputs.len() > 1
        || args
            .inputs
            .iter()
            .any(|i| i.ends_with(".jsonl") || i.ends_with(".ndjson"));
    let mut doc_number = 0usize;
    if html {
        let title = format!("Check: {}", args.inputs.join(", "));
        if let Err(e) = out.write_all(report::html::page_start(&title).as_bytes()) {
            eprintln!("error: cannot write the report: {e}");
            return EXIT_ERROR;
        }
    }
    for item in Inputs::new(sources) {
        let doc = match item {
            Ok(d) => d,
            Err(e) => {
                errors += 1;
                eprintln!("error: {e}");
                continue;
            }
        };
        let (result, analysis) = match check::check(&engine, &store, doc, copts) {
            Ok(x) => x,
            Err(e) => return report_err(e),
        };
        worst = worst.max(result.worst_new());
        doc_number += 1;
        let s = if html {
            report::html::check_section(
                &result,
                Some(&analysis),
                opts,
                several.then_some(doc_number),
            )
        } else if matches!(args.format, Format::Dot | Format::Svg) {
            let view = match check::graph_view(&engine, &store, &analysis, &result, copts) {
                Ok(v) => v,
                Err(e) => return report_err(e),
            };
            if args.format == Format::Dot {
                report::dot::render_view(&format!("check {}", result.article.id), &view)
            } else {
                report::svg::render_view(&view)
            }
        } else {
            report::check::render(&result, args.format, opts)
        };
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
        if args.add {
            let rec = DocRecord::from_analysis(&analysis, &engine.lexicon);
            match store.add_batch(&[rec]) {
                Ok(o) => {
                    for (id, msg) in &o.refused {
                        errors += 1;
                        eprintln!("error: {id}: {msg}");
                    }
                }
                Err(e) => return report_err(e),
            }
        }
    }
    if html {
        if let Err(e) = out.write_all(report::html::page_end().as_bytes()) {
            if e.kind() != std::io::ErrorKind::BrokenPipe {
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
    if errors > 0 {
        return EXIT_ERROR;
    }
    match (args.fail_on, worst) {
        (Some(t), Some(w)) if w >= t => EXIT_FINDINGS,
        _ => EXIT_OK,
    }
}

#[derive(Subcommand, Debug)]
pub enum ClaimsCommand {
    /// Import claims from a CSV/TSV (header: claim, and optionally id, source, stance, date, url) or JSONL file
    Import {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        #[command(flatten)]
        db: DbArgs,
        #[command(flatten)]
        rules: RuleArgs,
    },
    /// List stored claims in storage order
    List {
        /// Only the claims of this document
        #[arg(long, value_name = "DOC_ID")]
        doc: Option<String>,
        #[arg(long, default_value_t = 50)]
        limit: usize,
        #[arg(long, default_value_t = 0)]
        offset: usize,
        /// One JSON object per claim
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Find stored claims about a text, through the index
    Search {
        #[arg(value_name = "TEXT")]
        query: String,
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// One JSON object per claim
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        db: DbArgs,
        #[command(flatten)]
        rules: RuleArgs,
    },
}

fn claim_line(c: &store::StoredClaim, score: Option<f64>, json: bool) -> String {
    if json {
        let mut v = serde_json::json!({
            "id": c.id, "doc": c.doc_id, "title": c.title, "date": c.date, "outlet": c.outlet,
            "url": c.url, "imported": c.imported, "speaker": c.speaker, "actor": c.actor,
            "stance": c.stance, "cue": c.cue, "content": c.content, "sentence": c.sentence,
            "span": c.span,
        });
        if let Some(s) = score {
            v["score"] = serde_json::json!(s);
        }
        return v.to_string();
    }
    let score = score.map(|s| format!("{s:.2} ")).unwrap_or_default();
    let date = c
        .date
        .as_deref()
        .map(|d| format!(" {d}"))
        .unwrap_or_default();
    format!(
        "{score}#{} {}{date} — {} {} ({}): {}",
        c.id,
        c.doc_id,
        c.speaker,
        c.cue,
        c.stance,
        c.content.trim()
    )
}

pub fn claims(cmd: ClaimsCommand) -> i32 {
    match cmd {
        ClaimsCommand::Import { file, db, rules } => {
            let engine = match rules.engine() {
                Ok(e) => e,
                Err(code) => return code,
            };
            let rows = match store::read_import_file(&file) {
                Ok(r) => r,
                Err(e) => return report_err(e),
            };
            let mut store = match db.open(OpenMode::ReadWrite) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let stem = file
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("import")
                .to_string();
            let mut errors = 0;
            let mut recs = Vec::new();
            for (line, row) in rows {
                match row.and_then(|r| {
                    DocRecord::imported(&r, &format!("{stem}:{line}"), &engine.lexicon)
                }) {
                    Ok(rec) => recs.push(rec),
                    Err(m) => {
                        errors += 1;
                        eprintln!("error: {}:{line}: {m}", file.display());
                    }
                }
            }
            let mut total = store::AddOutcome::default();
            for chunk in recs.chunks(2048) {
                match store.add_batch(chunk) {
                    Ok(o) => {
                        for (id, msg) in &o.refused {
                            errors += 1;
                            eprintln!("error: {id}: {msg}");
                        }
                        total.added += o.added;
                        total.unchanged += o.unchanged;
                    }
                    Err(e) => return report_err(e),
                }
            }
            println!(
                "imported {} claims, {} already stored, {} errors — {}",
                total.added,
                total.unchanged,
                errors,
                store.path().display()
            );
            if errors > 0 {
                EXIT_ERROR
            } else {
                EXIT_OK
            }
        }
        ClaimsCommand::List {
            doc,
            limit,
            offset,
            json,
            db,
        } => {
            let store = match db.open(OpenMode::ReadOnly) {
                Ok(s) => s,
                Err(code) => return code,
            };
            if let Some(d) = &doc {
                match store.has_document(d) {
                    Ok(true) => {}
                    Ok(false) => {
                        eprintln!("error: no stored document has the id `{d}`");
                        return EXIT_ERROR;
                    }
                    Err(e) => return report_err(e),
                }
            }
            match store.list_claims(doc.as_deref(), limit, offset) {
                Ok(cs) => {
                    let mut out = std::io::stdout().lock();
                    for c in &cs {
                        if writeln!(out, "{}", claim_line(c, None, json)).is_err() {
                            return EXIT_OK;
                        }
                    }
                    if !json {
                        if let Ok(s) = store.stats() {
                            let _ = writeln!(
                                out,
                                "({} of {} claims in {} documents)",
                                cs.len(),
                                s.claims,
                                s.documents
                            );
                        }
                    }
                    EXIT_OK
                }
                Err(e) => report_err(e),
            }
        }
        ClaimsCommand::Search {
            query,
            limit,
            json,
            db,
            rules,
        } => {
            let engine = match rules.engine() {
                Ok(e) => e,
                Err(code) => return code,
            };
            let store = match db.open(OpenMode::ReadOnly) {
                Ok(s) => s,
                Err(code) => return code,
            };
            match check::search(&engine, &store, &query, limit) {
                Ok(hits) => {
                    let mut out = std::io::stdout().lock();
                    for (c, score) in &hits {
                        if writeln!(out, "{}", claim_line(c, Some(*score), json)).is_err() {
                            return EXIT_OK;
                        }
                    }
                    EXIT_OK
                }
                Err(e) => report_err(e),
            }
        }
    }
}

#[derive(Args, Debug)]
pub struct RemoveArgs {
    /// Id of the stored document (see `stancegraph claims list`)
    #[arg(required = true, value_name = "DOC_ID")]
    pub ids: Vec<String>,
    #[command(flatten)]
    pub db: DbArgs,
}

pub fn remove(args: RemoveArgs) -> i32 {
    let mut store = match args.db.open(OpenMode::ReadWrite) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let mut code = EXIT_OK;
    for id in &args.ids {
        match store.remove(id) {
            Ok(n) => println!("removed {id} ({n} claims)"),
            Err(e) => code = report_err(e),
        }
    }
    code
}

//! `stancegraph report`: analyse articles and print reports, in input order.
//!
//! A corpus is read as a stream and analysed in chunks on every core (rayon), so output
//! order is input order and memory stays flat however long the corpus is. A corpus run
//! (several inputs or a `.jsonl`) shows a progress bar when stderr is a terminal and ends
//! with a summary on stderr. HTML output is one page for the whole run; `--open` shows it
//! in the configured browser.

use super::{parse_severity, stdout_color, RuleArgs, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK};
use clap::Args;
use rayon::prelude::*;
use stancegraph::document::{InputSource, Inputs};
use stancegraph::model::Severity;
use stancegraph::pipeline::Engine;
use stancegraph::report::summary::{DocCounts, RunSummary};
use stancegraph::report::{self, html, Format, RenderOptions};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

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
    /// Stop at the first unreadable input or bad corpus line, after reporting the documents
    /// before it (default: report the error and go on; the exit code is 2 either way)
    #[arg(long)]
    pub strict: bool,
    /// Open the HTML report in the browser ($BROWSER, else the system's opener); without
    /// -o the page is written to a temporary file first
    #[arg(long)]
    pub open: bool,
    /// Markdown: the address of this article's HTML report, put before the paragraph links
    /// (`[¶3](BASE#p3)`); without it links are relative (`#p3`)
    #[arg(long, value_name = "URL")]
    pub link_base: Option<String>,
    /// No progress bar and no end-of-run summary
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Worker threads (default: RAYON_NUM_THREADS, else all cores)
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    #[command(flatten)]
    pub rules: RuleArgs,
}

const CHUNK: usize = 256;

/// A corpus run: more than one input, or a `.jsonl` corpus (however many lines it has).
fn is_corpus(inputs: &[String]) -> bool {
    inputs.len() > 1 || inputs.iter().any(|i| is_jsonl_path(Path::new(i)))
}

fn is_jsonl_path(p: &Path) -> bool {
    matches!(
        p.extension().and_then(|e| e.to_str()),
        Some("jsonl") | Some("ndjson")
    )
}

/// How many documents the inputs hold, when that is cheap to know: one per plain file, one
/// per non-blank line of a `.jsonl` file (counted by a quick scan). `None` for stdin.
fn count_documents(inputs: &[String]) -> Option<u64> {
    let mut n = 0u64;
    for i in inputs {
        if i == "-" {
            return None;
        }
        let p = Path::new(i);
        if is_jsonl_path(p) {
            n += count_nonblank_lines(p).unwrap_or(0);
        } else {
            n += 1;
        }
    }
    Some(n)
}

fn count_nonblank_lines(p: &Path) -> std::io::Result<u64> {
    use std::io::Read;
    let mut f = std::fs::File::open(p)?;
    let mut buf = vec![0u8; 1 << 16];
    let (mut n, mut blank) = (0u64, true);
    loop {
        let k = f.read(&mut buf)?;
        if k == 0 {
            break;
        }
        for &b in &buf[..k] {
            if b == b'\n' {
                n += u64::from(!blank);
                blank = true;
            } else if !b.is_ascii_whitespace() {
                blank = false;
            }
        }
    }
    Ok(n + u64::from(!blank))
}

fn progress_bar(inputs: &[String]) -> indicatif::ProgressBar {
    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
    let bar = match count_documents(inputs) {
        Some(n) => ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr()).with_style(
            ProgressStyle::with_template(
                "{spinner} {human_pos}/{human_len} documents [{bar:30}] {percent}% eta {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
        ),
        None => ProgressBar::new_spinner().with_style(
            ProgressStyle::with_template("{spinner} {human_pos} documents")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        ),
    };
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}

/// Where the HTML goes when `--open` is given without `-o`.
fn temp_report_path() -> PathBuf {
    std::env::temp_dir().join(format!("stancegraph-report-{}.html", std::process::id()))
}

pub fn run(args: ReportArgs) -> i32 {
    if let Some(n) = args.jobs {
        // Only fails when the global pool already exists, which cannot happen here.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global();
    }
    let started = Instant::now();
    let engine = match args.rules.engine() {
        Ok(e) => e,
        Err(code) => return code,
    };
    let open = args.open && args.format == Format::Html;
    if args.open && !open {
        eprintln!("note: --open only opens HTML reports (--format html); ignoring it");
    }
    let output = match (&args.output, open) {
        (Some(p), _) => Some(p.clone()),
        (None, true) => Some(temp_report_path()),
        (None, false) => None,
    };
    let mut out: Box<dyn Write> = match &output {
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
        color: output.is_none() && args.format == Format::Text && stdout_color(),
        explain: args.explain,
    };
    let corpus = is_corpus(&args.inputs);
    let bar = (corpus && !args.quiet && std::io::stderr().is_terminal())
        .then(|| progress_bar(&args.inputs));
    let sources = args.inputs.iter().map(|s| InputSource::parse(s)).collect();
    let mut inputs = Inputs::new(sources);
    let mut summary = RunSummary::default();
    let mut worst: Option<Severity> = None;
    let mut page_started = false;
    let mut doc_number = 0usize;
    let mut index: Vec<html::IndexEntry> = Vec::new();
    // Text and Markdown reports of several documents are separated by a blank line; JSON
    // stays one object per line; HTML sections need no separator.
    let blank_line_between = matches!(args.format, Format::Text | Format::Markdown);
    let line_end: &[u8] = if args.format == Format::Html {
        b""
    } else {
        b"\n"
    };
    let write_err = |e: std::io::Error| -> i32 {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return EXIT_OK;
        }
        eprintln!("error: cannot write the report: {e}");
        EXIT_ERROR
    };
    let mut stop = false;
    loop {
        if stop {
            break;
        }
        let mut chunk = Vec::with_capacity(CHUNK);
        for item in inputs.by_ref() {
            match item {
                Ok(doc) => chunk.push(doc),
                Err(e) => {
                    summary.input_errors += 1;
                    match &bar {
                        Some(b) => b.suspend(|| eprintln!("error: {e}")),
                        None => eprintln!("error: {e}"),
                    }
                    if args.strict {
                        // Report what was read before the bad input, then stop.
                        stop = true;
                        break;
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
        if args.format == Format::Html && !page_started {
            let title = if corpus {
                format!("Claims report: {}", args.inputs.join(", "))
            } else {
                format!(
                    "Claims report: {}",
                    chunk[0].title.as_deref().unwrap_or(&chunk[0].id)
                )
            };
            let start = if corpus {
                html::page_start_with_index(&title)
            } else {
                html::page_start(&title)
            };
            if let Err(e) = out.write_all(start.as_bytes()) {
                return write_err(e);
            }
            page_started = true;
        }
        let numbered: Vec<(usize, stancegraph::document::Document)> = chunk
            .into_iter()
            .map(|d| {
                doc_number += 1;
                (doc_number, d)
            })
            .collect();
        let rendered: Vec<Rendered> = numbered
            .into_par_iter()
            .map(|(n, doc)| {
                let r = analyse_and_render(
                    &engine,
                    doc,
                    args.format,
                    opts,
                    corpus.then_some(n),
                    args.link_base.as_deref(),
                );
                if let Some(b) = &bar {
                    b.inc(1);
                }
                r
            })
            .collect();
        for r in rendered {
            if let Some(note) = &r.note {
                match &bar {
                    Some(b) => b.suspend(|| eprintln!("{note}")),
                    None => eprintln!("{note}"),
                }
            }
            worst = worst.max(r.worst);
            if args.format == Format::Html && corpus {
                index.push(html::IndexEntry {
                    number: r.number,
                    title: r.title.clone(),
                    claims: r.counts.claims,
                    findings: r.counts.rules.len(),
                    worst: r.worst,
                });
            }
            summary.add(&r.counts);
            let sep: &[u8] = if r.number > 1 && blank_line_between {
                b"\n"
            } else {
                b""
            };
            if let Err(e) = out
                .write_all(sep)
                .and_then(|_| out.write_all(r.text.trim_end_matches('\n').as_bytes()))
                .and_then(|_| out.write_all(line_end))
            {
                return write_err(e);
            }
        }
    }
    if args.format == Format::Html {
        if !page_started {
            let _ = out.write_all(html::page_start("Claims report").as_bytes());
        }
        if let Err(e) = out.write_all(html::page_end_with_index(&index).as_bytes()) {
            return write_err(e);
        }
    }
    if let Err(e) = out.flush() {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("error: cannot write the report: {e}");
            return EXIT_ERROR;
        }
    }
    drop(out);
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    if corpus && !args.quiet {
        eprintln!("{}", summary.render(started.elapsed()));
    }
    if open {
        if let Some(p) = &output {
            open_in_browser(p);
        }
    }
    if summary.input_errors > 0 {
        return EXIT_ERROR;
    }
    match (args.fail_on, worst) {
        (Some(threshold), Some(w)) if w >= threshold => EXIT_FINDINGS,
        _ => EXIT_OK,
    }
}

/// Open a file in the user's browser: each command of `$BROWSER` (colon-separated, `%s`
/// replaced by the path, else the path appended) in turn, then the system opener. Never
/// fails the run: when nothing works it says where the report is.
fn open_in_browser(path: &Path) {
    let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let target = path.display().to_string();
    let mut commands: Vec<Vec<String>> = Vec::new();
    if let Ok(b) = std::env::var("BROWSER") {
        for cmd in b.split(':').map(str::trim).filter(|c| !c.is_empty()) {
            let mut words: Vec<String> = cmd.split_whitespace().map(str::to_string).collect();
            if cmd.contains("%s") {
                for w in &mut words {
                    *w = w.replace("%s", &target);
                }
            } else {
                words.push(target.clone());
            }
            commands.push(words);
        }
    }
    let system: &[&str] = if cfg!(target_os = "macos") {
        &["open"]
    } else if cfg!(windows) {
        &["explorer"]
    } else {
        &["xdg-open"]
    };
    commands.push(
        system
            .iter()
            .map(|s| s.to_string())
            .chain([target.clone()])
            .collect(),
    );
    for words in &commands {
        let spawned = std::process::Command::new(&words[0])
            .args(&words[1..])
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn();
        if spawned.is_ok() {
            eprintln!("opened {target} with {}", words[0]);
            return;
        }
    }
    eprintln!("note: no browser could be started (set $BROWSER to one); the report is at {target}");
}

/// One document's report and what it adds to the run.
struct Rendered {
    number: usize,
    title: String,
    text: String,
    worst: Option<Severity>,
    counts: DocCounts,
    /// Said on stderr: the rules were not run on this document.
    note: Option<String>,
}

fn analyse_and_render(
    engine: &Engine,
    doc: stancegraph::document::Document,
    format: Format,
    opts: RenderOptions,
    number: Option<usize>,
    link_base: Option<&str>,
) -> Rendered {
    let a = engine.analyze(doc);
    let worst = a.findings.iter().map(|f| f.severity).max();
    let text = match format {
        // One page for the whole run: each document is a section with its own id prefix.
        Format::Html => html::document_section(&a, opts, number),
        Format::Markdown => report::markdown::render_with_links(&a, opts, link_base.unwrap_or("")),
        _ => report::render(&a, format, opts),
    };
    let note = a.rules_skipped().then(|| {
        format!(
            "note: {}: {} claims in one document, more than {}; its claims are reported but the conflict rules were not run on it",
            a.doc.id,
            a.claims.len(),
            stancegraph::pipeline::MAX_GRAPH_CLAIMS
        )
    });
    Rendered {
        number: number.unwrap_or(1),
        title: a.doc.title.clone().unwrap_or_else(|| a.doc.id.clone()),
        text,
        worst,
        counts: DocCounts::of(&a),
        note,
    }
}

//! Command-line interface: argument parsing, dispatch, exit codes.
//!
//! Exit codes: 0 success, 1 findings at or above `--fail-on`, 2 bad input, bad rules or usage.

mod config;
mod eval;
mod report;
mod rules;
mod store;

use clap::{Args, Parser, Subcommand};
use stancegraph::model::Severity;
use stancegraph::pipeline::{Engine, EngineOptions};
use std::io::IsTerminal;
use std::path::PathBuf;

pub const EXIT_OK: i32 = 0;
pub const EXIT_FINDINGS: i32 = 1;
pub const EXIT_ERROR: i32 = 2;

#[derive(Parser, Debug)]
#[command(
    name = "stancegraph",
    version,
    about = "Who claimed what: attributed claims, a stance graph, conflict rules and a claim store for news articles"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Report who claimed what in articles (.txt, .md, .jsonl corpora, or - for stdin)
    Report(report::ReportArgs),
    /// List, validate and test rule files
    #[command(subcommand)]
    Rules(rules::RulesCommand),
    /// Store articles and their claims in the claim store (.txt, .md, .jsonl corpora)
    Add(store::AddArgs),
    /// Check articles against the claim store: conflicts, support, agree/disagree/discuss
    Check(store::CheckArgs),
    /// Import, list and search stored claims
    #[command(subcommand)]
    Claims(store::ClaimsCommand),
    /// Remove stored documents and their claims
    Remove(store::RemoveArgs),
    /// Measure the product on public benchmarks
    #[command(subcommand)]
    Eval(eval::EvalCommand),
}

/// Options shared by every command that loads lexicons and rules.
#[derive(Args, Debug, Clone)]
pub struct RuleArgs {
    /// Extra rule or lexicon file, or a directory of *.toml files (repeatable)
    #[arg(long = "rules", value_name = "FILE_OR_DIR")]
    pub rules: Vec<PathBuf>,
    /// Do not load the shipped conflict rules (shipped lexicons stay)
    #[arg(long)]
    pub no_default_rules: bool,
    /// Similarity threshold for two propositions to count as the same (0..1, default 0.5)
    #[arg(long, value_name = "SCORE", value_parser = parse_similarity)]
    pub similarity: Option<f64>,
    /// Configuration file (default: ./stancegraph.toml when present)
    #[arg(long, value_name = "FILE", env = "STANCEGRAPH_CONFIG")]
    pub config: Option<PathBuf>,
}

fn parse_similarity(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if (0.0..=1.0).contains(&v) => Ok(v),
        _ => Err(format!("`{s}` is not a number between 0 and 1")),
    }
}

impl RuleArgs {
    /// The options given on the command line alone (no configuration file).
    pub fn options(&self) -> EngineOptions {
        EngineOptions {
            rule_paths: self.rules.clone(),
            default_rules: !self.no_default_rules,
            similarity: self
                .similarity
                .unwrap_or(stancegraph::propositions::DEFAULT_THRESHOLD),
        }
    }
    /// The configuration file merged with the command line, or the printed error.
    pub fn resolved_options(&self) -> Result<EngineOptions, i32> {
        let cfg = config::load(self.config.as_deref(), stderr_color()).map_err(|e| {
            eprintln!("{e}");
            EXIT_ERROR
        })?;
        let mut opts = self.options();
        let mut paths = cfg.rules;
        paths.append(&mut opts.rule_paths);
        opts.rule_paths = paths;
        opts.default_rules = opts.default_rules && !cfg.no_default_rules;
        if self.similarity.is_none() {
            if let Some(s) = cfg.similarity {
                opts.similarity = s;
            }
        }
        Ok(opts)
    }
    /// Load the engine (configuration file + command line) or print the error.
    pub fn engine(&self) -> Result<Engine, i32> {
        let opts = self.resolved_options()?;
        Engine::load(&opts).map_err(|e| {
            eprintln!("{}", e.render(stderr_color()));
            EXIT_ERROR
        })
    }
}

/// Colours on stderr: a terminal and no NO_COLOR.
pub fn stderr_color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
}

/// Colours on stdout: a terminal and no NO_COLOR.
pub fn stdout_color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
}

/// Parse `--fail-on` values.
pub fn parse_severity(s: &str) -> Result<Severity, String> {
    Severity::parse(s).ok_or_else(|| {
        format!(
            "unknown severity `{s}`; valid values: {}",
            Severity::ALL
                .iter()
                .map(|x| x.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )
    })
}

pub fn run() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_ERROR } else { EXIT_OK };
            let _ = e.print();
            return code;
        }
    };
    match cli.command {
        Command::Report(args) => report::run(args),
        Command::Rules(cmd) => rules::run(cmd),
        Command::Add(args) => store::add(args),
        Command::Check(args) => store::check(args),
        Command::Claims(cmd) => store::claims(cmd),
        Command::Remove(args) => store::remove(args),
        Command::Eval(cmd) => eval::run(cmd),
    }
}

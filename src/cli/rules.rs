//! `stancegraph rules list|check|test`.
//!
//! Exit codes: `list` 0 (2 when the rules do not load); `check` 0 when every file is valid,
//! 2 otherwise (errors rendered with file:line:column); `test` 0 when every example passes,
//! 1 when one fails, 2 when the rules do not load.

use super::{stderr_color, RuleArgs, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK};
use clap::Subcommand;
use stancegraph::model::FindingKind;
use stancegraph::pipeline::{read_rule_paths, Engine};
use stancegraph::rulefile;
use stancegraph::ruletest::run_examples;
use std::collections::HashSet;
use std::path::PathBuf;

#[derive(Subcommand, Debug)]
pub enum RulesCommand {
    /// List the rules: id, kind, severity and the file each comes from
    List {
        /// Also show each rule's description, message template and number of examples
        #[arg(long)]
        long: bool,
        #[command(flatten)]
        rules: RuleArgs,
    },
    /// Validate rule and lexicon files (exit 2 with positioned errors when one is invalid)
    Check {
        /// Rule or lexicon files, or directories of *.toml files
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        #[command(flatten)]
        rules: RuleArgs,
    },
    /// Run the rules' examples and print pass/fail (exit 1 when one fails)
    Test {
        /// Only the examples of the rules in these files (default: every loaded rule)
        #[arg(value_name = "FILE")]
        files: Vec<PathBuf>,
        #[command(flatten)]
        rules: RuleArgs,
    },
}

pub fn run(cmd: RulesCommand) -> i32 {
    match cmd {
        RulesCommand::List { long, rules } => list(&rules, long),
        RulesCommand::Check { files, rules } => check(&files, &rules),
        RulesCommand::Test { files, rules } => test(&files, &rules),
    }
}

fn kind_str(k: FindingKind) -> &'static str {
    match k {
        FindingKind::Conflict => "conflict",
        FindingKind::Support => "support",
    }
}

fn list(args: &RuleArgs, long: bool) -> i32 {
    let engine = match args.engine() {
        Ok(e) => e,
        Err(code) => return code,
    };
    let w = engine
        .rules
        .rules
        .iter()
        .map(|r| r.id.len())
        .max()
        .unwrap_or(2)
        .max(2);
    println!("{:<w$}  {:<8}  {:<8}  SOURCE", "ID", "KIND", "SEVERITY");
    for r in &engine.rules.rules {
        println!(
            "{:<w$}  {:<8}  {:<8}  {}:{}",
            r.id,
            kind_str(r.kind),
            r.severity.as_str(),
            r.file,
            r.line
        );
        if long {
            if let Some(d) = &r.description {
                println!("    {}", one_line(d));
            }
            println!("    message: {}", r.template);
            println!(
                "    examples: {} ({} that fire)",
                r.examples.len(),
                r.examples.iter().filter(|e| e.fires).count()
            );
        }
    }
    EXIT_OK
}

/// Load the engine with `files` added after the other rule paths.
fn engine_with(files: &[PathBuf], args: &RuleArgs) -> Result<Engine, i32> {
    let mut opts = args.resolved_options()?;
    opts.rule_paths.extend(files.iter().cloned());
    Engine::load(&opts).map_err(|e| {
        eprintln!("{}", e.render(stderr_color()));
        EXIT_ERROR
    })
}

fn check(files: &[PathBuf], args: &RuleArgs) -> i32 {
    let sources = match read_rule_paths(files) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{}", e.render(stderr_color()));
            return EXIT_ERROR;
        }
    };
    // Load everything together so that the files are checked as they would be used
    // (an id that overrides a shipped rule, a cue stance, ...).
    if let Err(code) = engine_with(files, args) {
        return code;
    }
    for f in &sources {
        // Parsing cannot fail here: the engine loaded the same text.
        let parsed = rulefile::parse(f).unwrap_or_default();
        let examples: usize = parsed.rules.iter().map(|r| r.example.len()).sum();
        let lex = &parsed.lexicon;
        println!(
            "ok: {}: {} rules, {} examples, {} cues, {} actors, {} synonym families, {} titles",
            f.path,
            parsed.rules.len(),
            examples,
            lex.cues.len(),
            lex.actors.len(),
            lex.synonyms.len(),
            lex.titles.len()
        );
    }
    EXIT_OK
}

fn one_line(s: &str) -> String {
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() > 100 {
        format!("{}…", s.chars().take(99).collect::<String>())
    } else {
        s
    }
}

fn test(files: &[PathBuf], args: &RuleArgs) -> i32 {
    let only: Option<HashSet<String>> = if files.is_empty() {
        None
    } else {
        match read_rule_paths(files) {
            Ok(s) => Some(s.into_iter().map(|f| f.path).collect()),
            Err(e) => {
                eprintln!("{}", e.render(stderr_color()));
                return EXIT_ERROR;
            }
        }
    };
    let engine = match engine_with(files, args) {
        Ok(e) => e,
        Err(code) => return code,
    };
    let outcomes: Vec<_> = run_examples(&engine, None)
        .into_iter()
        .filter(|o| only.as_ref().is_none_or(|s| s.contains(&o.file)))
        .collect();
    let mut failed = 0;
    for o in &outcomes {
        let verdict = if o.passed() { "PASS" } else { "FAIL" };
        let want = if o.expected { "fires" } else { "does not fire" };
        println!("{verdict} {} ({}:{}): {want}", o.rule, o.file, o.line);
        if !o.passed() {
            failed += 1;
            println!("     text:  {}", one_line(&o.text));
            if let Some(t2) = &o.text2 {
                println!("     text2: {}", one_line(t2));
            }
            let got = if o.fired { "fired" } else { "did not fire" };
            println!("     the rule {got}; {} claims found", o.claims);
            for f in &o.findings {
                println!("     finding {}: {}", f.rule, one_line(&f.message));
            }
        }
    }
    println!(
        "{} examples: {} passed, {} failed",
        outcomes.len(),
        outcomes.len() - failed,
        failed
    );
    if failed > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}

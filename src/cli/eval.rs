//! `stancegraph eval fnc`: the FNC-1 agree/disagree/discuss/unrelated task run through `check`.
//!
//! Each distinct headline is imported as a stored claim into a temporary store; each body is
//! checked against that store with [`stancegraph::check::check`], the code behind
//! `stancegraph check`; a headline the check does not relate to the body is `unrelated`,
//! otherwise the pair gets the match's relation. Writes `Headline,Body ID,Stance` for
//! `score_fnc.py`.

use super::{RuleArgs, EXIT_ERROR, EXIT_OK};
use clap::Subcommand;
use rayon::prelude::*;
use stancegraph::check::{self, CheckOptions};
use stancegraph::document::Document;
use stancegraph::store::{DocRecord, ImportRow, OpenMode, Store};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[derive(Subcommand, Debug)]
pub enum EvalCommand {
    /// FNC-1: check each body against its headlines imported as stored claims
    Fnc(FncArgs),
}

#[derive(clap::Args, Debug)]
pub struct FncArgs {
    /// Bodies CSV (columns `Body ID`, `articleBody`)
    #[arg(long, value_name = "FILE")]
    bodies: PathBuf,
    /// Stances CSV (columns `Headline`, `Body ID`; a `Stance` column is ignored)
    #[arg(long, value_name = "FILE")]
    stances: PathBuf,
    /// Where to write the predictions (`Headline,Body ID,Stance`)
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// Relatedness threshold passed to the check
    #[arg(long, value_name = "SCORE", default_value_t = check::DEFAULT_RELATEDNESS)]
    min_relatedness: f64,
    /// Also write every related pair's scores here (for tuning): Headline,Body ID,Stance,relatedness,coverage,sentence coverage,reasons,the article sentences about it
    #[arg(long, value_name = "FILE", hide = true)]
    scores: Option<PathBuf>,
    /// Only every N-th body (a deterministic subset, for quick runs)
    #[arg(long, value_name = "N", default_value_t = 1)]
    every: usize,
    /// Worker threads (default: RAYON_NUM_THREADS, else all cores)
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,
    #[command(flatten)]
    rules: RuleArgs,
}

fn read_csv(path: &Path) -> Result<(csv::StringRecord, Vec<csv::StringRecord>), String> {
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let headers = rdr
        .headers()
        .map_err(|e| format!("{}: {e}", path.display()))?
        .clone();
    let rows = rdr
        .records()
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok((headers, rows))
}

fn column(h: &csv::StringRecord, name: &str, path: &Path) -> Result<usize, String> {
    h.iter().position(|x| x.trim() == name).ok_or_else(|| {
        format!(
            "{}: no `{name}` column (found: {})",
            path.display(),
            h.iter().collect::<Vec<_>>().join(", ")
        )
    })
}

/// A temporary store file, removed (with its WAL files) when dropped.
struct TempStore(PathBuf);

impl Drop for TempStore {
    fn drop(&mut self) {
        for suffix in ["", "-wal", "-shm"] {
            let mut p = self.0.clone().into_os_string();
            p.push(suffix);
            let _ = std::fs::remove_file(p);
        }
    }
}

pub fn run(cmd: EvalCommand) -> i32 {
    match cmd {
        EvalCommand::Fnc(args) => match fnc(&args) {
            Ok(()) => EXIT_OK,
            Err(m) => {
                eprintln!("error: {m}");
                EXIT_ERROR
            }
        },
    }
}

fn fnc(args: &FncArgs) -> Result<(), String> {
    let FncArgs {
        bodies,
        stances,
        out,
        scores,
        min_relatedness,
        every,
        jobs,
        rules,
    } = args;
    let (bodies, stances, out, scores) = (
        bodies.as_path(),
        stances.as_path(),
        out.as_path(),
        scores.as_deref(),
    );
    let (min_relatedness, every) = (*min_relatedness, (*every).max(1));
    if let Some(n) = *jobs {
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global();
    }
    let engine = rules
        .engine()
        .map_err(|_| "cannot load the rules".to_string())?;
    let (bh, brows) = read_csv(bodies)?;
    let (bid, btext) = (
        column(&bh, "Body ID", bodies)?,
        column(&bh, "articleBody", bodies)?,
    );
    let (sh, srows) = read_csv(stances)?;
    let (sh_head, sh_body) = (
        column(&sh, "Headline", stances)?,
        column(&sh, "Body ID", stances)?,
    );
    let mut body_ids: Vec<String> = brows
        .iter()
        .map(|r| r.get(bid).unwrap_or("").trim().to_string())
        .collect();
    body_ids.sort_by_key(|b| b.parse::<u64>().unwrap_or(u64::MAX));
    let keep: std::collections::HashSet<String> = body_ids.iter().step_by(every).cloned().collect();
    let pairs: Vec<(String, String)> = srows
        .iter()
        .map(|r| {
            (
                r.get(sh_head).unwrap_or("").to_string(),
                r.get(sh_body).unwrap_or("").trim().to_string(),
            )
        })
        .filter(|(_, b)| keep.contains(b))
        .collect();

    // The headlines, stored as imported claims.
    let tmp = TempStore(std::env::temp_dir().join(format!(
        "stancegraph-fnc-{}-{}.db",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos())
    )));
    let mut store = Store::open(&tmp.0, OpenMode::ReadWrite).map_err(|e| e.to_string())?;
    let mut headline_of: HashMap<String, String> = HashMap::new();
    let mut recs = Vec::new();
    let mut seen = HashMap::new();
    for (h, _) in &pairs {
        if seen.contains_key(h) {
            continue;
        }
        let id = format!("h{}", seen.len());
        seen.insert(h.clone(), id.clone());
        let row = ImportRow {
            id: Some(id.clone()),
            claim: h.clone(),
            ..ImportRow::default()
        };
        match DocRecord::imported(&row, &id, &engine.lexicon) {
            Ok(r) => {
                headline_of.insert(id, h.clone());
                recs.push(r);
            }
            Err(m) => eprintln!("warning: headline `{h}`: {m}"),
        }
    }
    for chunk in recs.chunks(4096) {
        store.add_batch(chunk).map_err(|e| e.to_string())?;
    }
    drop(store);

    // Check every body, one read-only connection per worker.
    let texts: Vec<(String, String)> = brows
        .iter()
        .map(|r| {
            (
                r.get(bid).unwrap_or("").trim().to_string(),
                r.get(btext).unwrap_or("").to_string(),
            )
        })
        .filter(|(id, _)| keep.contains(id))
        .collect();
    let opts = CheckOptions {
        min_relatedness,
        ..CheckOptions::default()
    };
    type Pred = (
        (String, String),
        &'static str,
        [f64; 3],
        Vec<String>,
        String,
    );
    let results: Vec<Result<Vec<Pred>, String>> = texts
        .par_iter()
        .map_init(
            || Store::open(&tmp.0, OpenMode::ReadOnly),
            |store, (id, text)| {
                let store = store.as_ref().map_err(|e| e.to_string())?;
                let (r, _) = check::check(
                    &engine,
                    store,
                    Document::new(id.clone(), text.clone()),
                    opts,
                )
                .map_err(|e| e.to_string())?;
                Ok(r.matches
                    .iter()
                    .filter_map(|m| {
                        let h = headline_of.get(&m.stored.doc)?;
                        Some((
                            (h.clone(), id.clone()),
                            m.relation.as_str(),
                            [
                                m.relatedness,
                                m.coverage,
                                m.article.first().map_or(0.0, |s| s.coverage),
                            ],
                            m.reasons.clone(),
                            m.article
                                .iter()
                                .map(|s| s.sentence.trim())
                                .collect::<Vec<_>>()
                                .join(" || "),
                        ))
                    })
                    .collect())
            },
        )
        .collect();
    let mut pred: HashMap<(String, String), &str> = HashMap::new();
    let mut score_w = match scores {
        Some(p) => Some(csv::Writer::from_path(p).map_err(|e| format!("{}: {e}", p.display()))?),
        None => None,
    };
    for r in results {
        for (k, label, s, reasons, about) in r? {
            if let Some(w) = score_w.as_mut() {
                let _ = w.write_record([
                    k.0.clone(),
                    k.1.clone(),
                    label.to_string(),
                    format!("{:.4}", s[0]),
                    format!("{:.4}", s[1]),
                    format!("{:.4}", s[2]),
                    reasons.join(" | "),
                    about,
                ]);
            }
            pred.insert(k, label);
        }
    }
    if let Some(mut w) = score_w {
        let _ = w.flush();
    }
    let mut w = csv::Writer::from_path(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let io = |e: csv::Error| format!("{}: {e}", out.display());
    w.write_record(["Headline", "Body ID", "Stance"])
        .map_err(io)?;
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for (h, b) in &pairs {
        let label = pred
            .get(&(h.clone(), b.clone()))
            .copied()
            .unwrap_or("unrelated");
        *counts.entry(label).or_default() += 1;
        w.write_record([h.as_str(), b.as_str(), label])
            .map_err(io)?;
    }
    w.flush().map_err(|e| format!("{}: {e}", out.display()))?;
    eprintln!(
        "fnc: {} pairs, {} bodies: agree {}, disagree {}, discuss {}, unrelated {}",
        pairs.len(),
        texts.len(),
        counts.get("agree").unwrap_or(&0),
        counts.get("disagree").unwrap_or(&0),
        counts.get("discuss").unwrap_or(&0),
        counts.get("unrelated").unwrap_or(&0)
    );
    Ok(())
}

//! The configuration file: `stancegraph.toml` in the current directory, or `--config FILE`
//! (or `STANCEGRAPH_CONFIG`).
//!
//! ```toml
//! rules = ["my-rules.toml", "team-rules/"]  # files or directories, relative to this file
//! no_default_rules = false                   # true: drop the shipped conflict rules
//! similarity = 0.5                           # proposition similarity threshold
//! ```
//!
//! Command-line options add to it: `--rules` files load after the configured ones (so their
//! rules override by id), `--no-default-rules` and `--similarity` win.

use serde::Deserialize;
use stancegraph::lexicon::SourceFile;
use stancegraph::rulefile::toml_diagnostic;
use std::path::{Path, PathBuf};

/// The default configuration file name, looked up in the current directory.
pub const DEFAULT_NAME: &str = "stancegraph.toml";

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub rules: Vec<PathBuf>,
    #[serde(default)]
    pub no_default_rules: bool,
    #[serde(default)]
    pub similarity: Option<f64>,
}

/// Load the configuration: `explicit` if given (it must exist), else `./stancegraph.toml`
/// when present, else the defaults. Rule paths come back relative to the current directory.
/// The error is rendered for the terminal.
pub fn load(explicit: Option<&Path>, color: bool) -> Result<Config, String> {
    let path = match explicit {
        Some(p) => p.to_path_buf(),
        None => {
            let p = PathBuf::from(DEFAULT_NAME);
            if !p.is_file() {
                return Ok(Config::default());
            }
            p
        }
    };
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("error: cannot read config {}: {e}", path.display()))?;
    let file = SourceFile::new(path.display().to_string(), text);
    let mut cfg: Config =
        toml::from_str(&file.text).map_err(|e| toml_diagnostic(&file, &e).render(color))?;
    if let Some(s) = cfg.similarity {
        if !(0.0..=1.0).contains(&s) {
            return Err(format!(
                "error: {}: similarity must be between 0 and 1, got {s}",
                path.display()
            ));
        }
    }
    let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
    for r in &mut cfg.rules {
        if r.is_relative() {
            *r = base.join(&*r);
        }
    }
    Ok(cfg)
}

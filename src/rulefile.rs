//! Parses one TOML file (shipped or the user's) into its lexicon and rule sections.
//!
//! Takes a [`SourceFile`] and gives a [`ParsedFile`], or diagnostics with file:line:column.
//! A single file may hold any of `[[rule]]`, `[[cue]]`, `[[actor]]`, `[[synonyms]]` and
//! `[[title]]` tables, so a user can keep a project's rules and lexicon entries together.
//! Unknown keys are rejected (`deny_unknown_fields`) with a "did you mean".

use crate::diagnostics::{did_you_mean, Diagnostic};
use crate::lexicon::{ActorDef, CueDef, LexiconPart, SourceFile, SynonymDef, TitleDef};
use crate::rules::RuleDef;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDef {
    #[serde(default)]
    rule: Vec<RuleDef>,
    #[serde(default)]
    cue: Vec<CueDef>,
    #[serde(default)]
    actor: Vec<ActorDef>,
    #[serde(default)]
    synonyms: Vec<SynonymDef>,
    #[serde(default)]
    title: Vec<TitleDef>,
}

/// The sections of one file.
#[derive(Debug, Clone, Default)]
pub struct ParsedFile {
    pub lexicon: LexiconPart,
    pub rules: Vec<RuleDef>,
}

/// Parse a file; a TOML or schema error comes back as one diagnostic with its position.
pub fn parse(file: &SourceFile) -> Result<ParsedFile, Diagnostic> {
    let def: FileDef = toml::from_str(&file.text).map_err(|e| toml_diagnostic(file, &e))?;
    Ok(ParsedFile {
        lexicon: LexiconPart {
            cues: def.cue,
            actors: def.actor,
            synonyms: def.synonyms,
            titles: def.title,
        },
        rules: def.rule,
    })
}

/// Turn a toml/serde error into a diagnostic, adding a "did you mean" for unknown fields
/// and variants (serde lists the expected names in its message).
pub fn toml_diagnostic(file: &SourceFile, e: &toml::de::Error) -> Diagnostic {
    let span = e.span().unwrap_or(0..0);
    let msg = e.message().trim().to_string();
    let help = unknown_name_hint(&msg);
    Diagnostic::new(&file.path, &file.text, span, msg).with_help(help)
}

/// serde says "unknown field `x`, expected one of `a`, `b`" or "unknown variant ...":
/// suggest the closest expected name.
fn unknown_name_hint(msg: &str) -> Option<String> {
    let rest = msg
        .strip_prefix("unknown field `")
        .or_else(|| msg.strip_prefix("unknown variant `"))?;
    let (got, tail) = rest.split_once('`')?;
    let expected: Vec<&str> = tail
        .split('`')
        .enumerate()
        .filter(|(i, _)| i % 2 == 1)
        .map(|(_, s)| s)
        .collect();
    if expected.is_empty() {
        return None;
    }
    Some(did_you_mean(got, expected))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_field_gets_position_and_hint() {
        let f = SourceFile::new(
            "my.toml",
            "[[cue]]\nlemma = \"aver\"\nstanse = \"assert\"\n",
        );
        let d = parse(&f).unwrap_err();
        assert_eq!(d.line_col().0, 3);
        assert!(
            d.help
                .as_deref()
                .unwrap_or("")
                .contains("did you mean `stance`"),
            "{d:?}"
        );
    }
}

//! Rules: conflict and support rules from TOML files, matched over the stance graph.
//!
//! Takes rule definitions (shipped `rules/conflicts/*.toml` plus user files) and a
//! [`StanceGraph`]; gives [`Finding`]s, each with the claims that make it fire.

use crate::diagnostics::Diagnostic;
use crate::graph::StanceGraph;
use crate::lexicon::SourceFile;
use crate::model::Finding;
use serde::Deserialize;
use toml::Spanned;

/// A rule as written in a rule file (see `rules/conflicts/` and README "Write your own rule").
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    pub id: Spanned<String>,
    #[serde(default)]
    pub kind: Option<Spanned<String>>,
    pub severity: Spanned<String>,
    pub message: Spanned<String>,
    #[serde(default)]
    pub description: Option<String>,
    pub when: Vec<Spanned<PatternDef>>,
    #[serde(default)]
    pub require: Vec<Spanned<String>>,
    #[serde(default)]
    pub example: Vec<ExampleDef>,
}

/// One stance pattern: an actor variable takes one of the stances towards a claim variable.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatternDef {
    pub actor: Spanned<String>,
    pub stance: Vec<Spanned<String>>,
    pub claim: Spanned<String>,
    #[serde(default)]
    pub camp: Option<Spanned<String>>,
}

/// An example text and whether the rule must fire on it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExampleDef {
    pub text: String,
    /// A second article, for rules that compare two documents.
    #[serde(default)]
    pub text2: Option<String>,
    pub fires: bool,
}

/// The compiled rules.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    pub rules: Vec<RuleDef>,
}

/// The shipped rule files, compiled into the binary.
pub const SHIPPED: &[(&str, &str)] = &[];

impl RuleSet {
    /// Compile rule definitions; a later rule with the same id replaces an earlier one.
    pub fn build(parts: &[(SourceFile, Vec<RuleDef>)]) -> Result<RuleSet, Vec<Diagnostic>> {
        let mut rules: Vec<RuleDef> = Vec::new();
        for (_, defs) in parts {
            for d in defs {
                rules.retain(|r| r.id.get_ref() != d.id.get_ref());
                rules.push(d.clone());
            }
        }
        Ok(RuleSet { rules })
    }

    /// Run every rule over the graph.
    pub fn evaluate(&self, _graph: &StanceGraph) -> Vec<Finding> {
        Vec::new()
    }
}

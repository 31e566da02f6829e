//! Rules: conflict and support rules from TOML files, matched over the stance graph.
//!
//! Takes rule definitions (shipped `rules/conflicts/*.toml` plus user files) and a
//! [`StanceGraph`]; gives [`Finding`]s, each with the claims that make it fire.
//!
//! A rule is a list of stance patterns (`when`) with shared variables, constraints
//! (`require`), a kind, a severity and a message template. Every pattern takes a different
//! claim, and never a claim nested in another one it takes ("X said Y claimed Z": X's claim
//! and Y's are the same words, not two stances to compare). An actor variable used by two patterns means the same actor; a claim variable used
//! by two patterns means the same or a similar proposition. Everything is checked when the
//! file is loaded: unknown stances, constraints and placeholders, and variables that no
//! pattern binds, are errors with file:line:column. The file format is documented in the
//! README ("Write your own rule").

use crate::diagnostics::{did_you_mean, Diagnostic};
use crate::graph::StanceGraph;
use crate::lexicon::SourceFile;
use crate::model::{Evidence, Finding, FindingKind, Severity, Stance};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use toml::Spanned;

/// A rule as written in a rule file (see `rules/conflicts/` and README "Write your own rule").
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    pub id: Spanned<String>,
    /// `conflict` (default) or `support`.
    #[serde(default)]
    pub kind: Option<Spanned<String>>,
    pub severity: Spanned<String>,
    pub message: Spanned<String>,
    #[serde(default)]
    pub description: Option<String>,
    pub when: Spanned<Vec<Spanned<PatternDef>>>,
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
    /// Any of these stances (after negation); empty or absent: any stance.
    #[serde(default)]
    pub stance: Vec<Spanned<String>>,
    /// `positive`, `negative` or `neutral`: the stance's direction (after negation).
    #[serde(default)]
    pub polarity: Option<Spanned<String>>,
    pub claim: Spanned<String>,
    /// Only actors of this camp.
    #[serde(default)]
    pub camp: Option<Spanned<String>>,
}

/// An example text and whether the rule must fire on it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExampleDef {
    pub text: Spanned<String>,
    /// A second article, for rules that compare two documents.
    #[serde(default)]
    pub text2: Option<String>,
    pub fires: bool,
}

/// The constraint names a rule may use in `require`, with what each takes.
pub const CONSTRAINTS: [&str; 10] = [
    "similar",
    "shared_entity",
    "different_quantity",
    "different_date",
    "same_camp",
    "different_camp",
    "different_documents",
    "same_document",
    "different_sentences",
    "later",
];

const POLARITIES: [&str; 3] = ["positive", "negative", "neutral"];
const KINDS: [&str; 2] = ["conflict", "support"];
/// Fields a message placeholder may ask for: `{a.camp}`, `{p.quantity}`, ...
const ACTOR_FIELDS: [&str; 2] = ["name", "camp"];
const CLAIM_FIELDS: [&str; 7] = [
    "text", "stance", "cue", "speaker", "doc", "quantity", "date",
];

/// A comparison between two bound variables.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Constraint {
    /// `a != b`: two different actors.
    DistinctActors(usize, usize),
    /// `a == b`: the same actor.
    SameActor(usize, usize),
    /// `same_camp(a, b)`: both camps known and equal.
    SameCamp(usize, usize),
    /// `different_camp(a, b)`: not known to be in the same camp.
    DifferentCamp(usize, usize),
    /// `similar(p, q)`: similarity score at or above the threshold; `similar(p, q, 0.7)`
    /// sets a threshold for this rule alone.
    Similar(usize, usize, Option<f64>),
    /// `shared_entity(p, q)`: the contents name a common entity, or one names none.
    SharedEntity(usize, usize),
    /// `different_quantity(p, q)`: a figure with the same unit differs, none agrees.
    DifferentQuantity(usize, usize),
    /// `different_date(p, q)`: a date differs on a field both give, none agrees.
    DifferentDate(usize, usize),
    /// `different_documents(p, q)`.
    DifferentDocuments(usize, usize),
    /// `same_document(p, q)`.
    SameDocument(usize, usize),
    /// `different_sentences(p, q)`: not in the same sentence of the same document.
    DifferentSentences(usize, usize),
    /// `later(p, q)`: q was said after p (document date, else stored before new, else
    /// order in the same document).
    Later(usize, usize),
}

impl Constraint {
    /// The variables it compares: (first, second, are they actor variables).
    fn vars(&self) -> (usize, usize, bool) {
        use Constraint::*;
        match *self {
            DistinctActors(a, b) | SameActor(a, b) | SameCamp(a, b) | DifferentCamp(a, b) => {
                (a, b, true)
            }
            Similar(a, b, _)
            | SharedEntity(a, b)
            | DifferentQuantity(a, b)
            | DifferentDate(a, b)
            | DifferentDocuments(a, b)
            | SameDocument(a, b)
            | DifferentSentences(a, b)
            | Later(a, b) => (a, b, false),
        }
    }
}

/// A constraint of `require`, possibly negated (`not different_date(p, q)`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Requirement {
    pub test: Constraint,
    pub negated: bool,
}

/// A compiled stance pattern.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    /// Actor variable index.
    pub actor: usize,
    /// Claim variable index.
    pub claim: usize,
    /// Empty: any stance.
    pub stances: Vec<Stance>,
    pub polarity: Option<i8>,
    pub camp: Option<String>,
}

/// One piece of a message template.
#[derive(Debug, Clone, PartialEq)]
pub enum MessagePart {
    Text(String),
    Actor(usize, &'static str),
    Claim(usize, &'static str),
}

/// An example of a compiled rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    pub text: String,
    pub text2: Option<String>,
    pub fires: bool,
    /// 1-based line of the example text in its file.
    pub line: usize,
}

/// A compiled rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub id: String,
    pub kind: FindingKind,
    pub severity: Severity,
    pub description: Option<String>,
    /// The message template as written.
    pub template: String,
    pub message: Vec<MessagePart>,
    pub actor_vars: Vec<String>,
    pub claim_vars: Vec<String>,
    pub patterns: Vec<Pattern>,
    pub constraints: Vec<Requirement>,
    pub examples: Vec<Example>,
    /// File the rule comes from, and the 1-based line of its id.
    pub file: String,
    pub line: usize,
}

/// The compiled rules.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
}

/// The shipped rule files, compiled into the binary.
pub const SHIPPED: &[(&str, &str)] = &[
    (
        "rules/conflicts/opposing-stances.toml",
        include_str!("../rules/conflicts/opposing-stances.toml"),
    ),
    (
        "rules/conflicts/same-camp.toml",
        include_str!("../rules/conflicts/same-camp.toml"),
    ),
    (
        "rules/conflicts/figures.toml",
        include_str!("../rules/conflicts/figures.toml"),
    ),
    (
        "rules/conflicts/reversal.toml",
        include_str!("../rules/conflicts/reversal.toml"),
    ),
    (
        "rules/conflicts/corroboration.toml",
        include_str!("../rules/conflicts/corroboration.toml"),
    ),
];

/// Byte range of a string value's contents (inside its quotes) in the source.
fn inner(file: &SourceFile, span: Range<usize>) -> Range<usize> {
    let t = file.text.get(span.clone()).unwrap_or("");
    let q = if t.starts_with("\"\"\"") || t.starts_with("'''") {
        3
    } else if t.starts_with('"') || t.starts_with('\'') {
        1
    } else {
        0
    };
    (span.start + q).min(span.end)..span.end.saturating_sub(q).max(span.start + q)
}

fn diag(file: &SourceFile, span: Range<usize>, msg: impl Into<String>) -> Diagnostic {
    Diagnostic::new(&file.path, &file.text, span, msg)
}

fn is_ident(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| c.is_alphanumeric() || c == '_')
        && !s.starts_with(|c: char| c.is_ascii_digit())
}

/// Compile one rule definition.
/// Compile one rule definition; every error found in it comes back (stances, constraints
/// and message are all checked, so that a user fixes a file in one round).
fn compile(file: &SourceFile, d: &RuleDef) -> Result<Rule, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let rule = compile_collect(file, d, &mut errors).map_err(|e| vec![e])?;
    if errors.is_empty() {
        Ok(rule)
    } else {
        Err(errors)
    }
}

/// Compile, returning at once on errors that leave nothing to check further and pushing
/// the others to `errors`.
fn compile_collect(
    file: &SourceFile,
    d: &RuleDef,
    errors: &mut Vec<Diagnostic>,
) -> Result<Rule, Diagnostic> {
    let id = d.id.get_ref().trim().to_string();
    if id.is_empty() {
        return Err(diag(file, d.id.span(), "empty rule id"));
    }
    let kind = match &d.kind {
        None => FindingKind::Conflict,
        Some(k) => match k.get_ref().as_str() {
            "conflict" => FindingKind::Conflict,
            "support" => FindingKind::Support,
            other => {
                return Err(diag(file, k.span(), format!("unknown rule kind `{other}`"))
                    .with_label("not a rule kind")
                    .with_help(Some(did_you_mean(other, KINDS))))
            }
        },
    };
    let severity = Severity::parse(d.severity.get_ref()).ok_or_else(|| {
        diag(
            file,
            d.severity.span(),
            format!("unknown severity `{}`", d.severity.get_ref()),
        )
        .with_label("not a severity")
        .with_help(Some(did_you_mean(
            d.severity.get_ref(),
            Severity::ALL.iter().map(|s| s.as_str()),
        )))
    })?;

    // Patterns and the variables they bind.
    if d.when.get_ref().is_empty() {
        return Err(diag(
            file,
            d.when.span(),
            "a rule needs at least one pattern in `when`",
        ));
    }
    let mut actor_vars: Vec<String> = Vec::new();
    let mut claim_vars: Vec<String> = Vec::new();
    let mut patterns = Vec::new();
    for p in d.when.get_ref() {
        let p = p.get_ref();
        for (v, what) in [(&p.actor, "actor"), (&p.claim, "claim")] {
            if !is_ident(v.get_ref()) {
                return Err(diag(
                    file,
                    inner(file, v.span()),
                    format!("`{}` is not a variable name", v.get_ref()),
                )
                .with_help(Some(format!(
                    "name the {what} with letters, digits or `_`, e.g. `a` or `p`"
                ))));
            }
        }
        let (a, c) = (p.actor.get_ref(), p.claim.get_ref());
        if claim_vars.contains(a) || a == c {
            return Err(diag(
                file,
                inner(file, p.actor.span()),
                format!("`{a}` is used both as an actor and as a claim variable"),
            ));
        }
        if actor_vars.contains(c) {
            return Err(diag(
                file,
                inner(file, p.claim.span()),
                format!("`{c}` is used both as an actor and as a claim variable"),
            ));
        }
        let actor = index_of(&mut actor_vars, a);
        let claim = index_of(&mut claim_vars, c);
        let mut stances = Vec::new();
        for s in &p.stance {
            match Stance::parse(s.get_ref()) {
                Some(st) => stances.push(st),
                None => errors.push(
                    diag(file, s.span(), format!("unknown stance `{}`", s.get_ref()))
                        .with_label("not a stance")
                        .with_help(Some(did_you_mean(
                            s.get_ref(),
                            Stance::ALL.iter().map(|s| s.as_str()),
                        ))),
                ),
            }
        }
        let polarity = p.polarity.as_ref().map(|x| match x.get_ref().as_str() {
            "positive" => 1,
            "negative" => -1,
            "neutral" => 0,
            other => {
                errors.push(
                    diag(file, x.span(), format!("unknown polarity `{other}`"))
                        .with_label("not a polarity")
                        .with_help(Some(did_you_mean(other, POLARITIES))),
                );
                0
            }
        });
        patterns.push(Pattern {
            actor,
            claim,
            stances,
            polarity,
            camp: p.camp.as_ref().map(|c| c.get_ref().clone()),
        });
    }

    let mut constraints = Vec::new();
    for r in &d.require {
        match parse_constraint(file, r, &actor_vars, &claim_vars) {
            Ok(c) => constraints.push(c),
            Err(e) => errors.push(e),
        }
    }
    let message = match parse_message(file, &d.message, &actor_vars, &claim_vars) {
        Ok(m) => m,
        Err(e) => {
            errors.push(e);
            Vec::new()
        }
    };
    let examples = d
        .example
        .iter()
        .map(|e| Example {
            text: e.text.get_ref().clone(),
            text2: e.text2.clone(),
            fires: e.fires,
            line: crate::diagnostics::line_col(&file.text, e.text.span().start).0,
        })
        .collect();
    Ok(Rule {
        id,
        kind,
        severity,
        description: d.description.clone(),
        template: d.message.get_ref().clone(),
        message,
        actor_vars,
        claim_vars,
        patterns,
        constraints,
        examples,
        file: file.path.clone(),
        line: crate::diagnostics::line_col(&file.text, d.id.span().start).0,
    })
}

fn index_of(vars: &mut Vec<String>, v: &str) -> usize {
    match vars.iter().position(|x| x == v) {
        Some(i) => i,
        None => {
            vars.push(v.to_string());
            vars.len() - 1
        }
    }
}

/// Parse `a != b`, `a == b` or `name(x, y)`; every variable must be bound by a pattern.
fn parse_constraint(
    file: &SourceFile,
    r: &Spanned<String>,
    actor_vars: &[String],
    claim_vars: &[String],
) -> Result<Requirement, Diagnostic> {
    let whole = inner(file, r.span());
    let s = r.get_ref();
    // Byte range of a piece of `s` in the file (escapes aside, the string is verbatim).
    let at = |piece: &str| -> Range<usize> {
        let off = piece.as_ptr() as usize - s.as_ptr() as usize;
        (whole.start + off).min(whole.end)..(whole.start + off + piece.len()).min(whole.end)
    };
    let usage = "write `a != b`, `a == b` or `name(x, y)`, optionally after `not `";
    let (negated, body) = match s.trim_start().strip_prefix("not ") {
        Some(rest) => (true, rest.trim_start()),
        None => (false, s.as_str()),
    };
    let (name, args): (&str, Vec<&str>) = if let Some((l, rr)) = body.split_once("!=") {
        ("!=", vec![l.trim(), rr.trim()])
    } else if let Some((l, rr)) = body.split_once("==") {
        ("==", vec![l.trim(), rr.trim()])
    } else if let (Some(open), true) = (body.find('('), body.trim_end().ends_with(')')) {
        let inside = &body[open + 1..body.trim_end().len() - 1];
        (
            body[..open].trim(),
            inside.split(',').map(str::trim).collect(),
        )
    } else {
        let name = body.trim();
        let known = CONSTRAINTS.contains(&name);
        return Err(
            diag(file, whole, format!("cannot read the constraint `{s}`"))
                .with_label(if known {
                    "missing its two variables"
                } else {
                    "not a constraint"
                })
                .with_help(Some(if known {
                    format!("{usage}, e.g. `{name}(p, q)`")
                } else {
                    format!("{usage}; {}", did_you_mean(name, CONSTRAINTS))
                })),
        );
    };
    if name != "!=" && name != "==" && !CONSTRAINTS.contains(&name) {
        return Err(diag(file, at(name), format!("unknown constraint `{name}`"))
            .with_label("not a constraint")
            .with_help(Some(did_you_mean(name, CONSTRAINTS))));
    }
    // `similar` takes an optional threshold of its own: `similar(p, q, 0.7)`.
    let mut args = args;
    let mut threshold = None;
    if name == "similar" && args.len() == 3 {
        let t = args.pop().unwrap_or_default();
        match t.parse::<f64>() {
            Ok(v) if (0.0..=1.0).contains(&v) => threshold = Some(v),
            _ => {
                return Err(diag(file, at(t), format!("`{t}` is not a threshold"))
                    .with_label("expected a number between 0 and 1"))
            }
        }
    }
    if args.len() != 2 || args.iter().any(|a| a.is_empty()) {
        return Err(diag(
            file,
            whole,
            format!("`{name}` compares two variables, got {}", args.len()),
        )
        .with_help(Some(usage.to_string())));
    }
    let on_actors = matches!(name, "!=" | "==" | "same_camp" | "different_camp");
    let (vars, other, what) = if on_actors {
        (actor_vars, claim_vars, "actor")
    } else {
        (claim_vars, actor_vars, "claim")
    };
    let mut idx = [0usize; 2];
    for (k, a) in args.iter().enumerate() {
        match vars.iter().position(|v| v == a) {
            Some(i) => idx[k] = i,
            None if other.iter().any(|v| v == a) => {
                return Err(diag(
                    file,
                    at(a),
                    format!("`{name}` compares {what} variables, but `{a}` is not one"),
                )
                .with_help(Some(format!(
                    "{what} variables of this rule: {}",
                    vars.join(", ")
                ))))
            }
            None => {
                let all: Vec<&str> = actor_vars
                    .iter()
                    .chain(claim_vars)
                    .map(String::as_str)
                    .collect();
                return Err(diag(file, at(a), format!("unbound variable `{a}`"))
                    .with_label("no pattern in `when` binds it")
                    .with_help(Some(did_you_mean(a, all))));
            }
        }
    }
    if idx[0] == idx[1] {
        return Err(diag(
            file,
            whole,
            format!("`{name}` compares `{}` with itself", args[0]),
        )
        .with_help(Some(
            "give the two patterns different variable names to compare them".into(),
        )));
    }
    let (a, b) = (idx[0], idx[1]);
    let test = match name {
        "!=" => Constraint::DistinctActors(a, b),
        "==" => Constraint::SameActor(a, b),
        "same_camp" => Constraint::SameCamp(a, b),
        "different_camp" => Constraint::DifferentCamp(a, b),
        "similar" => Constraint::Similar(a, b, threshold),
        "shared_entity" => Constraint::SharedEntity(a, b),
        "different_quantity" => Constraint::DifferentQuantity(a, b),
        "different_date" => Constraint::DifferentDate(a, b),
        "different_documents" => Constraint::DifferentDocuments(a, b),
        "same_document" => Constraint::SameDocument(a, b),
        "different_sentences" => Constraint::DifferentSentences(a, b),
        _ => Constraint::Later(a, b),
    };
    Ok(Requirement { test, negated })
}

/// Parse a message template: `{var}` or `{var.field}`; `{{` and `}}` are literal braces.
fn parse_message(
    file: &SourceFile,
    m: &Spanned<String>,
    actor_vars: &[String],
    claim_vars: &[String],
) -> Result<Vec<MessagePart>, Diagnostic> {
    let whole = inner(file, m.span());
    let s = m.get_ref();
    let mut parts = Vec::new();
    let mut text = String::new();
    let mut rest = s.as_str();
    let mut pos = 0usize;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("{{") || rest.starts_with("}}") {
            text.push(c);
            rest = &rest[2..];
            pos += 2;
            continue;
        }
        if c != '{' {
            text.push(c);
            rest = &rest[c.len_utf8()..];
            pos += c.len_utf8();
            continue;
        }
        let Some(close) = rest.find('}') else {
            return Err(diag(
                file,
                whole.start + pos..whole.end,
                "unclosed `{` in message",
            )
            .with_help(Some("write `{{` for a literal brace".into())));
        };
        let inside = &rest[1..close];
        let span = (whole.start + pos)..(whole.start + pos + close + 1).min(whole.end);
        let (var, field) = match inside.split_once('.') {
            Some((v, f)) => (v.trim(), Some(f.trim())),
            None => (inside.trim(), None),
        };
        let part = if let Some(i) = actor_vars.iter().position(|v| v == var) {
            let f = field.unwrap_or("name");
            match ACTOR_FIELDS.iter().find(|x| **x == f) {
                Some(f) => MessagePart::Actor(i, f),
                None => {
                    return Err(diag(file, span, format!("unknown actor field `{f}`"))
                        .with_help(Some(did_you_mean(f, ACTOR_FIELDS))))
                }
            }
        } else if let Some(i) = claim_vars.iter().position(|v| v == var) {
            let f = field.unwrap_or("text");
            match CLAIM_FIELDS.iter().find(|x| **x == f) {
                Some(f) => MessagePart::Claim(i, f),
                None => {
                    return Err(diag(file, span, format!("unknown claim field `{f}`"))
                        .with_help(Some(did_you_mean(f, CLAIM_FIELDS))))
                }
            }
        } else {
            let all: Vec<&str> = actor_vars
                .iter()
                .chain(claim_vars)
                .map(String::as_str)
                .collect();
            return Err(
                diag(file, span, format!("unbound variable `{var}` in message"))
                    .with_label("no pattern in `when` binds it")
                    .with_help(Some(did_you_mean(var, all))),
            );
        };
        if !text.is_empty() {
            parts.push(MessagePart::Text(std::mem::take(&mut text)));
        }
        parts.push(part);
        rest = &rest[close + 1..];
        pos += close + 1;
    }
    if !text.is_empty() {
        parts.push(MessagePart::Text(text));
    }
    Ok(parts)
}

impl RuleSet {
    /// Compile rule definitions; a later file's rule with the same id replaces an earlier
    /// one (a user rule overrides a shipped one). The same id twice in one file is an error.
    pub fn build(parts: &[(SourceFile, Vec<RuleDef>)]) -> Result<RuleSet, Vec<Diagnostic>> {
        let mut rules: Vec<Rule> = Vec::new();
        let mut errors = Vec::new();
        for (file, defs) in parts {
            let mut seen: HashMap<String, usize> = HashMap::new();
            for d in defs {
                let id = d.id.get_ref().trim().to_string();
                if let Some(line) = seen.get(&id) {
                    errors.push(
                        diag(file, d.id.span(), format!("duplicate rule id `{id}`"))
                            .with_label(format!("already defined on line {line}"))
                            .with_help(Some("give each rule of a file its own id".into())),
                    );
                    continue;
                }
                seen.insert(
                    id,
                    crate::diagnostics::line_col(&file.text, d.id.span().start).0,
                );
                match compile(file, d) {
                    Ok(rule) => match rules.iter().position(|r| r.id == rule.id) {
                        Some(i) => rules[i] = rule,
                        None => rules.push(rule),
                    },
                    Err(e) => errors.extend(e),
                }
            }
        }
        if errors.is_empty() {
            Ok(RuleSet { rules })
        } else {
            Err(errors)
        }
    }

    /// The rule with this id.
    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// Run every rule over the graph. Findings come most severe first, then in rule and
    /// text order. A rule reports a set of claims once, whatever order its patterns matched
    /// them in, and a claim nested in another of the same speaker ("he revealed that he had
    /// warned ...") does not make the same finding a second time.
    pub fn evaluate(&self, graph: &StanceGraph) -> Vec<Finding> {
        let mut out: Vec<(Severity, usize, Vec<usize>, Finding)> = Vec::new();
        for (ri, rule) in self.rules.iter().enumerate() {
            // A set of places is reported once (see `StanceGraph::place`), and so is a set of
            // actors on the same propositions: an article that repeats itself, or a store with
            // the same claim many times, gives one finding per disagreement, not one per pair
            // of copies (which grows with the square of the copies).
            // Of the bindings with the same actors and propositions, the one with the earliest
            // claims is kept, whatever order the claims come in.
            let mut seen: HashSet<Vec<usize>> = HashSet::new();
            type Earliest<'g> = (Vec<(&'g str, usize)>, Vec<usize>);
            let mut best: HashMap<Vec<(&str, usize)>, Earliest> = HashMap::new();
            for binding in rule.matches(graph) {
                let mut places: Vec<usize> = binding.iter().map(|&c| graph.place(c)).collect();
                places.sort_unstable();
                if !seen.insert(places) {
                    continue;
                }
                let mut who: Vec<(&str, usize)> = binding
                    .iter()
                    .map(|&c| (graph.actor_key(c), graph.claim_cluster[c]))
                    .collect();
                who.sort_unstable();
                let mut order: Vec<(&str, usize)> = binding
                    .iter()
                    .map(|&c| {
                        (
                            graph.claims[c].evidence.doc.as_str(),
                            graph.claims[c].evidence.claim,
                        )
                    })
                    .collect();
                order.sort_unstable();
                match best.entry(who) {
                    std::collections::hash_map::Entry::Vacant(e) => {
                        e.insert((order, binding));
                    }
                    std::collections::hash_map::Entry::Occupied(mut e) => {
                        if order < e.get().0 {
                            e.insert((order, binding));
                        }
                    }
                }
            }
            for (_, binding) in best.into_values() {
                let mut key = binding.clone();
                key.sort_unstable();
                let f = rule.finding(graph, &binding);
                out.push((rule.severity, ri, key, f));
            }
        }
        out.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        out.into_iter().map(|x| x.3).collect()
    }
}

impl Rule {
    /// Every assignment of claims to the patterns that satisfies the rule: `binding[i]` is the
    /// claim (index into `graph.claims`) that pattern `i` takes.
    pub fn matches(&self, graph: &StanceGraph) -> Vec<Vec<usize>> {
        let n = graph.claims.len();
        let accepts: Vec<Vec<bool>> = self
            .patterns
            .iter()
            .map(|p| (0..n).map(|c| p.accepts(graph, c)).collect())
            .collect();
        let cands: Vec<Vec<usize>> = accepts
            .iter()
            .map(|a| (0..n).filter(|&c| a[c]).collect())
            .collect();
        // The pattern that first binds each variable, and when each constraint can be checked.
        let first_actor: Vec<usize> = (0..self.actor_vars.len())
            .map(|v| self.patterns.iter().position(|p| p.actor == v).unwrap_or(0))
            .collect();
        let first_claim: Vec<usize> = (0..self.claim_vars.len())
            .map(|v| self.patterns.iter().position(|p| p.claim == v).unwrap_or(0))
            .collect();
        let ready: Vec<usize> = self
            .constraints
            .iter()
            .map(|c| {
                let (a, b, actors) = c.test.vars();
                let f = if actors { &first_actor } else { &first_claim };
                f[a].max(f[b])
            })
            .collect();
        // An earlier pattern whose claim this pattern's claim must be similar to (a shared
        // claim variable, or `similar(p, q)` at the graph's threshold or above): only that
        // claim's neighbours in the graph need trying.
        let anchors: Vec<Option<usize>> = self
            .patterns
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let fc = first_claim[p.claim];
                if fc < i {
                    return Some(fc);
                }
                self.constraints.iter().find_map(|r| match r.test {
                    Constraint::Similar(x, y, t)
                        if !r.negated && t.is_none_or(|t| t >= graph.threshold) =>
                    {
                        let other = if x == p.claim {
                            y
                        } else if y == p.claim {
                            x
                        } else {
                            return None;
                        };
                        (first_claim[other] < i).then_some(first_claim[other])
                    }
                    _ => None,
                })
            })
            .collect();
        let mut out = Vec::new();
        let mut binding = Vec::with_capacity(self.patterns.len());
        let ctx = MatchCtx {
            rule: self,
            graph,
            cands: &cands,
            accepts: &accepts,
            anchors: &anchors,
            first_actor: &first_actor,
            first_claim: &first_claim,
            ready: &ready,
        };
        ctx.search(&mut binding, &mut out);
        out
    }

    /// The finding for one match.
    pub fn finding(&self, graph: &StanceGraph, binding: &[usize]) -> Finding {
        let claim_of_var = |v: usize| {
            let p = self.patterns.iter().position(|p| p.claim == v).unwrap_or(0);
            binding[p]
        };
        let actor_of_var = |v: usize| {
            let p = self.patterns.iter().position(|p| p.actor == v).unwrap_or(0);
            binding[p]
        };
        let mut message = String::new();
        for part in &self.message {
            match part {
                MessagePart::Text(t) => message.push_str(t),
                MessagePart::Actor(v, f) => {
                    let c = actor_of_var(*v);
                    match *f {
                        "camp" => message.push_str(graph.camp(c).unwrap_or("(no camp)")),
                        _ => message.push_str(graph.actor_name(c)),
                    }
                }
                MessagePart::Claim(v, f) => {
                    let c = claim_of_var(*v);
                    message.push_str(&claim_field(graph, c, f));
                }
            }
        }
        let mut evidence: Vec<Evidence> = Vec::new();
        let mut used = HashSet::new();
        for &c in binding {
            if used.insert(c) {
                evidence.push(graph.claims[c].evidence.clone());
            }
        }
        let mut actors: Vec<String> = Vec::new();
        for v in 0..self.actor_vars.len() {
            let name = graph.actor_name(actor_of_var(v)).to_string();
            if !actors.contains(&name) {
                actors.push(name);
            }
        }
        let mut propositions: Vec<String> = Vec::new();
        for &c in binding {
            let t = graph.claims[c].proposition.text.clone();
            if !propositions.contains(&t) {
                propositions.push(t);
            }
        }
        Finding {
            rule: self.id.clone(),
            kind: self.kind,
            severity: self.severity,
            message,
            new: evidence.iter().any(|e| !e.stored),
            evidence,
            actors,
            propositions,
        }
    }
}

/// The text of a claim field for a message placeholder.
fn claim_field(graph: &StanceGraph, c: usize, field: &str) -> String {
    let gc = &graph.claims[c];
    let p = &gc.proposition;
    // Surface text of a span of the content, when the content is one span.
    let surface = |s: crate::model::Span| -> Option<String> {
        let start = gc.evidence.span?.start;
        let off = s.start.checked_sub(start)?;
        if s.is_empty() {
            return None;
        }
        p.text.get(off..off + s.len()).map(str::to_string)
    };
    match field {
        "stance" => graph.stance(c).to_string(),
        "cue" => gc.evidence.cue.clone(),
        "speaker" => graph.actor_name(c).to_string(),
        "doc" => gc.evidence.doc.clone(),
        "quantity" => p
            .quantities
            .iter()
            .map(|q| {
                surface(q.span).unwrap_or_else(|| {
                    format!("{} {}", q.value, q.unit.trim_start_matches('~'))
                        .trim()
                        .to_string()
                })
            })
            .collect::<Vec<_>>()
            .join(", "),
        "date" => p
            .dates
            .iter()
            .map(|d| {
                surface(d.span).unwrap_or_else(|| {
                    [
                        d.year.map(|x| x.to_string()),
                        d.month.map(|x| format!("{x:02}")),
                        d.day.map(|x| format!("{x:02}")),
                    ]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join("-")
                })
            })
            .collect::<Vec<_>>()
            .join(", "),
        _ => shorten(&gc.evidence.content, MESSAGE_QUOTE_CHARS),
    }
}

/// Longest content quoted in a message; the evidence carries the whole text.
const MESSAGE_QUOTE_CHARS: usize = 160;

/// The text on one line, cut at a word boundary with "…" when longer than `max` characters.
fn shorten(s: &str, max: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= max {
        return s;
    }
    let cut: String = s.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => &cut,
    };
    format!("{cut} …")
}

impl Pattern {
    /// Whether claim `c` can fill this pattern on its own (stance, polarity, camp).
    fn accepts(&self, graph: &StanceGraph, c: usize) -> bool {
        let st = graph.stance(c);
        (self.stances.is_empty() || self.stances.contains(&st))
            && self.polarity.is_none_or(|p| st.polarity() == p)
            && self
                .camp
                .as_deref()
                .is_none_or(|camp| graph.camp(c) == Some(camp))
    }
}

struct MatchCtx<'a> {
    rule: &'a Rule,
    graph: &'a StanceGraph,
    cands: &'a [Vec<usize>],
    accepts: &'a [Vec<bool>],
    anchors: &'a [Option<usize>],
    first_actor: &'a [usize],
    first_claim: &'a [usize],
    ready: &'a [usize],
}

impl MatchCtx<'_> {
    fn search(&self, binding: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
        let i = binding.len();
        if i == self.rule.patterns.len() {
            out.push(binding.clone());
            return;
        }
        let p = &self.rule.patterns[i];
        let anchored: Vec<usize>;
        let cands: &[usize] = match self.anchors[i] {
            Some(k) => {
                anchored = self
                    .graph
                    .neighbours(binding[k])
                    .filter(|&c| self.accepts[i][c])
                    .collect();
                &anchored
            }
            None => &self.cands[i],
        };
        for &c in cands {
            if binding.contains(&c) || binding.iter().any(|&b| self.graph.nested(b, c)) {
                continue;
            }
            let fa = self.first_actor[p.actor];
            if fa < i && self.graph.actor_key(binding[fa]) != self.graph.actor_key(c) {
                continue;
            }
            let fc = self.first_claim[p.claim];
            if fc < i && !self.graph.similar(binding[fc], c) {
                continue;
            }
            binding.push(c);
            let ok = self
                .rule
                .constraints
                .iter()
                .zip(self.ready)
                .filter(|(_, r)| **r == i)
                .all(|(k, _)| self.holds(k.test, binding) != k.negated);
            if ok {
                self.search(binding, out);
            }
            binding.pop();
        }
    }

    fn holds(&self, k: Constraint, binding: &[usize]) -> bool {
        let g = self.graph;
        let actor = |v: usize| binding[self.first_actor[v]];
        let claim = |v: usize| binding[self.first_claim[v]];
        use Constraint::*;
        match k {
            DistinctActors(a, b) => g.actor_key(actor(a)) != g.actor_key(actor(b)),
            SameActor(a, b) => g.actor_key(actor(a)) == g.actor_key(actor(b)),
            SameCamp(a, b) => same_camp(g, actor(a), actor(b)),
            DifferentCamp(a, b) => !same_camp(g, actor(a), actor(b)),
            Similar(p, q, None) => g.similar(claim(p), claim(q)),
            Similar(p, q, Some(t)) => g.score(claim(p), claim(q)) >= t,
            SharedEntity(p, q) => {
                let (x, y) = (
                    &g.claims[claim(p)].proposition.entities,
                    &g.claims[claim(q)].proposition.entities,
                );
                x.is_empty()
                    || y.is_empty()
                    || x.iter()
                        .any(|e| y.iter().any(|f| crate::propositions::same_entity(e, f)))
            }
            DifferentQuantity(p, q) => different_quantity(g, claim(p), claim(q)),
            DifferentDate(p, q) => different_date(g, claim(p), claim(q)),
            DifferentDocuments(p, q) => !same_doc(g, claim(p), claim(q)),
            SameDocument(p, q) => same_doc(g, claim(p), claim(q)),
            DifferentSentences(p, q) => {
                let (x, y) = (claim(p), claim(q));
                !same_doc(g, x, y) || g.claims[x].evidence.sentence != g.claims[y].evidence.sentence
            }
            Later(p, q) => later(g, claim(p), claim(q)),
        }
    }
}

fn same_camp(g: &StanceGraph, a: usize, b: usize) -> bool {
    matches!((g.camp(a), g.camp(b)), (Some(x), Some(y)) if x == y)
}

fn same_doc(g: &StanceGraph, a: usize, b: usize) -> bool {
    let (x, y) = (&g.claims[a].evidence, &g.claims[b].evidence);
    x.doc == y.doc && x.stored == y.stored
}

/// Claim `b` was made after claim `a`.
fn later(g: &StanceGraph, a: usize, b: usize) -> bool {
    let (x, y) = (&g.claims[a].evidence, &g.claims[b].evidence);
    if same_doc(g, a, b) {
        return x.span.map(|s| s.start) < y.span.map(|s| s.start)
            || (x.span == y.span && x.claim < y.claim);
    }
    match (&x.date, &y.date) {
        // ISO dates (YYYY-MM-DD...) compare as strings.
        (Some(dx), Some(dy)) if dx != dy => dx < dy,
        _ => x.stored && !y.stored,
    }
}

/// A figure with the same unit differs, and no figure with that unit agrees.
fn different_quantity(g: &StanceGraph, a: usize, b: usize) -> bool {
    let (qa, qb) = (
        &g.claims[a].proposition.quantities,
        &g.claims[b].proposition.quantities,
    );
    let mut differ = false;
    for x in qa {
        for y in qb {
            if x.unit != y.unit {
                continue;
            }
            if (x.value - y.value).abs() <= f64::EPSILON * x.value.abs().max(1.0) {
                return false;
            }
            differ = true;
        }
    }
    differ
}

/// A date differs on a field both give (year, month, day), and no date agrees.
fn different_date(g: &StanceGraph, a: usize, b: usize) -> bool {
    let (da, db) = (
        &g.claims[a].proposition.dates,
        &g.claims[b].proposition.dates,
    );
    let mut differ = false;
    for x in da {
        for y in db {
            let fields = [
                (x.year.map(|v| v as i64), y.year.map(|v| v as i64)),
                (x.month.map(i64::from), y.month.map(i64::from)),
                (x.day.map(i64::from), y.day.map(i64::from)),
            ];
            let shared: Vec<(i64, i64)> = fields
                .iter()
                .filter_map(|(p, q)| Some(((*p)?, (*q)?)))
                .collect();
            if shared.is_empty() {
                continue;
            }
            if shared.iter().all(|(p, q)| p == q) {
                return false;
            }
            differ = true;
        }
    }
    differ
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::model::{DateMention, GraphClaim, Proposition, Quantity, Span};
    use crate::rulefile;

    fn claim(
        doc: &str,
        id: usize,
        actor: &str,
        camp: &str,
        stance: Stance,
        terms: &[&str],
    ) -> GraphClaim {
        let text = terms.join(" ");
        GraphClaim {
            evidence: Evidence {
                doc: doc.into(),
                title: None,
                date: None,
                outlet: None,
                claim: id,
                stored: false,
                speaker: actor.into(),
                stance,
                cue: stance.to_string(),
                content: text.clone(),
                sentence: text.clone(),
                span: Some(Span::new(id * 100, id * 100 + text.len())),
            },
            actor: (!actor.is_empty()).then(|| actor.to_string()),
            camp: (!camp.is_empty()).then(|| camp.to_string()),
            stance,
            negated: false,
            conditional: false,
            proposition: Proposition {
                id,
                text,
                terms: terms.iter().map(|s| s.to_string()).collect(),
                entities: vec![],
                quantities: vec![],
                dates: vec![],
                negated: false,
            },
        }
    }

    fn rules(src: &str) -> Result<RuleSet, Vec<Diagnostic>> {
        let f = SourceFile::new("test.toml", src);
        let parsed = rulefile::parse(&f).map_err(|d| vec![d])?;
        RuleSet::build(&[(f, parsed.rules)])
    }

    fn err(src: &str) -> String {
        match rules(src) {
            Ok(_) => panic!("expected an error"),
            Err(ds) => ds
                .iter()
                .map(|d| d.render(false))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    const OPPOSING: &str = r#"
[[rule]]
id = "denial-vs-endorsement"
severity = "high"
message = "{a} denies that {p}, which {b} endorses"
when = [
  { actor = "a", stance = ["deny", "dispute"], claim = "p" },
  { actor = "b", stance = ["endorse", "assert"], claim = "p" },
]
require = ["a != b"]
"#;

    fn graph(claims: Vec<GraphClaim>) -> StanceGraph {
        StanceGraph::build(claims, 0.5, &Lexicon::default())
    }

    #[test]
    fn fires_on_denial_of_an_endorsed_proposition() {
        let rs = rules(OPPOSING).unwrap();
        let g = graph(vec![
            claim(
                "d",
                0,
                "Russia",
                "Russia",
                Stance::Deny,
                &["~interfere", "~election"],
            ),
            claim(
                "d",
                1,
                "US intelligence agencies",
                "United States",
                Stance::Endorse,
                &["~interfere", "~election"],
            ),
        ]);
        let f = rs.evaluate(&g);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(
            f[0].message,
            "Russia denies that ~interfere ~election, which US intelligence agencies endorses"
        );
        assert_eq!(f[0].evidence.len(), 2);
        assert_eq!(f[0].evidence[0].speaker, "Russia");
        assert_eq!(f[0].actors, ["Russia", "US intelligence agencies"]);
    }

    #[test]
    fn dont_flag_denial_of_something_else() {
        let rs = rules(OPPOSING).unwrap();
        let g = graph(vec![
            claim(
                "d",
                0,
                "Russia",
                "Russia",
                Stance::Deny,
                &["~interfere", "~election"],
            ),
            claim(
                "d",
                1,
                "Tillerson",
                "United States",
                Stance::Assert,
                &["~embassy", "moscow"],
            ),
        ]);
        assert!(rs.evaluate(&g).is_empty());
    }

    #[test]
    fn dont_flag_one_actor_against_itself_when_distinct_is_required() {
        let rs = rules(OPPOSING).unwrap();
        let g = graph(vec![
            claim("d", 0, "Russia", "Russia", Stance::Deny, &["x", "y"]),
            claim("d", 1, "Russia", "Russia", Stance::Assert, &["x", "y"]),
        ]);
        assert!(rs.evaluate(&g).is_empty());
    }

    #[test]
    fn symmetric_matches_are_reported_once() {
        let rs = rules(
            r#"
[[rule]]
id = "corroboration"
kind = "support"
severity = "info"
message = "{a} and {b} both say {p}"
when = [
  { actor = "a", polarity = "positive", claim = "p" },
  { actor = "b", polarity = "positive", claim = "p" },
]
require = ["a != b"]
"#,
        )
        .unwrap();
        let g = graph(vec![
            claim("d", 0, "A", "", Stance::Assert, &["x", "y"]),
            claim("d", 1, "B", "", Stance::Assert, &["x", "y"]),
        ]);
        let f = rs.evaluate(&g);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].kind, FindingKind::Support);
    }

    #[test]
    fn camp_constraints() {
        let src = r#"
[[rule]]
id = "same-camp"
severity = "medium"
message = "{a} ({a.camp}) downplays what {b} asserts: {q}"
when = [
  { actor = "a", stance = ["downplay"], claim = "p" },
  { actor = "b", stance = ["assert"], claim = "q" },
]
require = ["same_camp(a, b)", "similar(p, q)"]
"#;
        let rs = rules(src).unwrap();
        let g = graph(vec![
            claim(
                "d",
                0,
                "Trump",
                "United States",
                Stance::Downplay,
                &["~interfere", "~election"],
            ),
            claim(
                "d",
                1,
                "Tillerson",
                "United States",
                Stance::Assert,
                &["~interfere", "~election"],
            ),
            claim(
                "d",
                2,
                "Lavrov",
                "Russia",
                Stance::Assert,
                &["~interfere", "~election"],
            ),
            claim("d", 3, "", "", Stance::Assert, &["~interfere", "~election"]),
        ]);
        let f = rs.evaluate(&g);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(
            f[0].message,
            "Trump (United States) downplays what Tillerson asserts: ~interfere ~election"
        );
    }

    #[test]
    fn quantity_and_date_constraints() {
        let src = r#"
[[rule]]
id = "figures"
severity = "medium"
message = "{p.quantity} vs {q.quantity}"
when = [
  { actor = "a", claim = "p" },
  { actor = "b", claim = "q" },
]
require = ["similar(p, q)", "different_quantity(p, q)", "different_documents(p, q)"]

[[rule]]
id = "dates"
severity = "medium"
message = "{p.date} vs {q.date}"
when = [
  { actor = "a", claim = "p" },
  { actor = "b", claim = "q" },
]
require = ["similar(p, q)", "different_date(p, q)"]
"#;
        let rs = rules(src).unwrap();
        let q = |v: f64| Quantity {
            value: v,
            unit: "~staff".into(),
            span: Span::new(0, 0),
        };
        let d = |m: u32, day: u32| DateMention {
            year: None,
            month: Some(m),
            day: Some(day),
            span: Span::new(0, 0),
        };
        let mut c0 = claim("d1", 0, "A", "", Stance::Assert, &["~reduce", "~staff"]);
        c0.proposition.quantities = vec![q(755.0)];
        c0.proposition.dates = vec![d(9, 1)];
        let mut c1 = claim("d2", 1, "B", "", Stance::Assert, &["~reduce", "~staff"]);
        c1.proposition.quantities = vec![q(750.0)];
        c1.proposition.dates = vec![d(8, 31)];
        let mut c2 = claim("d2", 2, "C", "", Stance::Assert, &["~reduce", "~staff"]);
        c2.proposition.quantities = vec![q(755.0)];
        c2.proposition.dates = vec![d(9, 1)];
        let f = rs.evaluate(&graph(vec![c0, c1, c2]));
        let ids: Vec<&str> = f.iter().map(|f| f.rule.as_str()).collect();
        // 0-1 and 1-2 differ in both; 0-2 agree. different_documents rules out 1-2 for figures.
        assert_eq!(ids, ["figures", "dates", "dates"], "{f:?}");
        assert_eq!(f[0].message, "755 ~staff vs 750 ~staff".replace(" ~", " "));
    }

    #[test]
    fn a_negated_constraint_excludes_matches() {
        let src = r#"
[[rule]]
id = "agree"
kind = "support"
severity = "info"
message = "{a} and {b}: {q}"
when = [
  { actor = "a", claim = "p" },
  { actor = "b", claim = "q" },
]
require = ["a != b", "similar(p, q)", "not different_date(p, q)"]
"#;
        let rs = rules(src).unwrap();
        let d = |day: u32| DateMention {
            year: None,
            month: Some(9),
            day: Some(day),
            span: Span::new(0, 0),
        };
        let mut c0 = claim("d", 0, "A", "", Stance::Assert, &["x", "y"]);
        c0.proposition.dates = vec![d(1)];
        let mut c1 = claim("d", 1, "B", "", Stance::Assert, &["x", "y"]);
        c1.proposition.dates = vec![d(2)];
        assert!(rs.evaluate(&graph(vec![c0.clone(), c1])).is_empty());
        let mut c2 = claim("d", 2, "C", "", Stance::Assert, &["x", "y"]);
        c2.proposition.dates = vec![d(1)];
        assert_eq!(rs.evaluate(&graph(vec![c0, c2])).len(), 1);
    }

    #[test]
    fn same_actor_reverses_itself() {
        let src = r#"
[[rule]]
id = "reversal"
severity = "medium"
message = "{a} says {p} and later the opposite: {q}"
when = [
  { actor = "a", polarity = "positive", claim = "p" },
  { actor = "a", polarity = "negative", claim = "q" },
]
require = ["similar(p, q)"]
"#;
        let rs = rules(src).unwrap();
        let mut neg = claim("d", 1, "A", "", Stance::Assert, &["x", "y"]);
        neg.proposition.negated = true;
        let g = graph(vec![
            claim("d", 0, "A", "", Stance::Assert, &["x", "y"]),
            neg,
            claim("d", 2, "B", "", Stance::Deny, &["x", "y"]),
        ]);
        let f = rs.evaluate(&g);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].evidence[1].claim, 1);
    }

    #[test]
    fn unknown_stance_lists_valid_values_with_position() {
        let out = err(&OPPOSING.replace("\"dispute\"", "\"dispue\""));
        assert!(out.contains("unknown stance `dispue`"), "{out}");
        assert!(out.contains("test.toml:7:36"), "{out}");
        assert!(out.contains("did you mean `dispute`"), "{out}");
        assert!(out.contains("assert, deny, endorse"), "{out}");
    }

    #[test]
    fn unbound_variable_is_rejected_at_load() {
        let out = err(&OPPOSING.replace("a != b", "a != c"));
        assert!(out.contains("unbound variable `c`"), "{out}");
        assert!(out.contains("test.toml:10:18"), "{out}");
        let out = err(&OPPOSING.replace("which {b} endorses", "which {x} endorses"));
        assert!(out.contains("unbound variable `x` in message"), "{out}");
    }

    #[test]
    fn unknown_constraint_gets_a_hint() {
        let out = err(&OPPOSING.replace("\"a != b\"", "\"diferent_camp(a, b)\""));
        assert!(out.contains("unknown constraint `diferent_camp`"), "{out}");
        assert!(out.contains("did you mean `different_camp`"), "{out}");
        let out = err(&OPPOSING.replace("\"a != b\"", "\"similar(p, b)\""));
        assert!(
            out.contains("compares claim variables, but `b` is not one"),
            "{out}"
        );
    }

    #[test]
    fn duplicate_ids_in_one_file_are_rejected_but_a_later_file_overrides() {
        let out = err(&format!("{OPPOSING}\n{OPPOSING}"));
        assert!(
            out.contains("duplicate rule id `denial-vs-endorsement`"),
            "{out}"
        );
        assert!(out.contains("already defined on line 3"), "{out}");

        let f1 = SourceFile::new("a.toml", OPPOSING);
        let f2 = SourceFile::new("b.toml", OPPOSING.replace("\"high\"", "\"low\""));
        let p1 = rulefile::parse(&f1).unwrap().rules;
        let p2 = rulefile::parse(&f2).unwrap().rules;
        let rs = RuleSet::build(&[(f1, p1), (f2, p2)]).unwrap();
        assert_eq!(rs.rules.len(), 1);
        assert_eq!(rs.rules[0].severity, Severity::Low);
        assert_eq!(rs.rules[0].file, "b.toml");
    }

    #[test]
    fn unknown_field_in_pattern_is_positioned() {
        let out = err(&OPPOSING.replace(
            "claim = \"p\" },\n  { actor = \"b\"",
            "clam = \"p\" },\n  { actor = \"b\"",
        ));
        assert!(out.contains("test.toml:7"), "{out}");
    }
}

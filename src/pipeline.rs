//! The pipeline: loads lexicons and rules once, then analyses documents.
//!
//! Takes a [`Document`]; gives an [`Analysis`]: segmentation, actors, claims, propositions
//! and findings. [`Engine`] is `Sync`, so a corpus can be analysed on every core.

use crate::diagnostics::Diagnostic;
use crate::document::Document;
use crate::graph::StanceGraph;
use crate::lexicon::{Lexicon, SourceFile, SHIPPED};
use crate::model::{Actor, Claim, Evidence, Finding, GraphClaim, Proposition};
use crate::rules::RuleSet;
use crate::segment::{segment, Segmentation};
use crate::{claims, mentions, propositions, rulefile};
use std::fmt;
use std::path::{Path, PathBuf};

/// What to load.
#[derive(Debug, Clone)]
pub struct EngineOptions {
    /// User rule/lexicon files or directories of `*.toml` files.
    pub rule_paths: Vec<PathBuf>,
    /// Load the shipped rules (`--no-default-rules` turns them off; lexicons stay).
    pub default_rules: bool,
    /// Proposition similarity threshold (0..1).
    pub similarity: f64,
}

impl Default for EngineOptions {
    fn default() -> Self {
        EngineOptions {
            rule_paths: Vec::new(),
            default_rules: true,
            similarity: crate::propositions::DEFAULT_THRESHOLD,
        }
    }
}

/// Why the engine could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    Io { path: String, message: String },
    Invalid(Vec<Diagnostic>),
}

impl LoadError {
    /// Render for the terminal.
    pub fn render(&self, color: bool) -> String {
        match self {
            LoadError::Io { path, message } => format!("error: {path}: {message}"),
            LoadError::Invalid(ds) => ds
                .iter()
                .map(|d| d.render(color))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

impl std::error::Error for LoadError {}

/// Lexicons and rules, loaded once.
#[derive(Debug, Clone)]
pub struct Engine {
    pub lexicon: Lexicon,
    pub rules: RuleSet,
    pub similarity: f64,
}

/// Everything found in one document.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub doc: Document,
    pub seg: Segmentation,
    pub actors: Vec<Actor>,
    pub claims: Vec<Claim>,
    pub propositions: Vec<Proposition>,
    pub findings: Vec<Finding>,
}

/// Expand files and directories (their `*.toml` files, sorted) into source files.
pub fn read_rule_paths(paths: &[PathBuf]) -> Result<Vec<SourceFile>, LoadError> {
    let mut out = Vec::new();
    for p in paths {
        let io = |e: std::io::Error, path: &Path| LoadError::Io {
            path: path.display().to_string(),
            message: e.to_string(),
        };
        let meta = std::fs::metadata(p).map_err(|e| io(e, p))?;
        let files: Vec<PathBuf> = if meta.is_dir() {
            let mut v: Vec<PathBuf> = std::fs::read_dir(p)
                .map_err(|e| io(e, p))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.extension().is_some_and(|x| x == "toml"))
                .collect();
            v.sort();
            v
        } else {
            vec![p.clone()]
        };
        for f in files {
            let bytes = std::fs::read(&f).map_err(|e| io(e, &f))?;
            let text = String::from_utf8(bytes).map_err(|_| LoadError::Io {
                path: f.display().to_string(),
                message: "not valid UTF-8 text".into(),
            })?;
            out.push(SourceFile::new(f.display().to_string(), text));
        }
    }
    Ok(out)
}

impl Engine {
    /// Load the shipped lexicons (and rules unless turned off) plus the user's files.
    pub fn load(opts: &EngineOptions) -> Result<Engine, LoadError> {
        let user = read_rule_paths(&opts.rule_paths)?;
        Engine::from_sources(&user, opts)
    }

    /// Load from user files already in memory (used by tests and `rules test`).
    pub fn from_sources(user: &[SourceFile], opts: &EngineOptions) -> Result<Engine, LoadError> {
        let mut lex_parts = Vec::new();
        let mut rule_parts = Vec::new();
        let mut errors = Vec::new();
        let shipped = SHIPPED
            .iter()
            .map(|(p, t)| (SourceFile::new(*p, *t), true))
            .chain(
                crate::rules::SHIPPED
                    .iter()
                    .map(|(p, t)| (SourceFile::new(*p, *t), opts.default_rules)),
            );
        let all = shipped.chain(user.iter().map(|f| (f.clone(), true)));
        for (file, use_rules) in all {
            match rulefile::parse(&file) {
                Ok(parsed) => {
                    if use_rules {
                        rule_parts.push((file.clone(), parsed.rules));
                    }
                    lex_parts.push((file, parsed.lexicon));
                }
                Err(d) => errors.push(d),
            }
        }
        if !errors.is_empty() {
            return Err(LoadError::Invalid(errors));
        }
        let lexicon = Lexicon::build(&lex_parts).map_err(LoadError::Invalid)?;
        let rules = RuleSet::build(&rule_parts).map_err(LoadError::Invalid)?;
        Ok(Engine {
            lexicon,
            rules,
            similarity: opts.similarity,
        })
    }

    /// The shipped lexicons and rules.
    pub fn shipped() -> Engine {
        Engine::from_sources(&[], &EngineOptions::default())
            .expect("shipped lexicons and rules are valid")
    }

    /// Segment, find actors and claims, and normalise propositions (no rules).
    pub fn extract(&self, doc: Document) -> Analysis {
        let seg = segment(&doc.text);
        let mut ments = mentions::find(&doc.text, &seg, &self.lexicon);
        let mut claims = claims::extract(&doc.text, &seg, &self.lexicon, &mut ments);
        prune_deep_nesting(&mut claims);
        let props = propositions::build_with_tokens(
            &doc.text,
            Some(&seg.tokens),
            &mut claims,
            &ments.actors,
            &self.lexicon,
        );
        Analysis {
            doc,
            seg,
            actors: ments.actors,
            claims,
            propositions: props,
            findings: Vec::new(),
        }
    }

    /// Extract and run the rules over the document's own stance graph. A document with
    /// more than [`MAX_GRAPH_CLAIMS`] claims gets no findings (see [`Analysis::rules_skipped`]).
    pub fn analyze(&self, doc: Document) -> Analysis {
        let mut a = self.extract(doc);
        if a.rules_skipped() {
            return a;
        }
        let graph = StanceGraph::build(a.graph_claims(), self.similarity, &self.lexicon);
        a.findings = self.rules.evaluate(&graph);
        a
    }
}

/// Deepest nesting of claims kept: "A said that B said that C said ..." Real reporting
/// nests two or three deep; quotes nested thousands deep (hostile input) would give a
/// report whose size grows with the square of the text (each claim holds the text of all
/// claims inside it) and recursion as deep as the nesting.
pub const MAX_NESTING: usize = 16;

/// Drop claims nested deeper than [`MAX_NESTING`] and number the rest again (ids are
/// indexes; `parent` and `refers_to` follow). Leaves the claims alone when ids are not
/// indexes.
fn prune_deep_nesting(claims: &mut Vec<Claim>) {
    if claims.iter().enumerate().any(|(i, c)| c.id != i) {
        return;
    }
    let n = claims.len();
    // Each claim's depth, up to MAX_NESTING + 1 steps up; a parent cycle (which the
    // reports never reach from the top) counts as no depth, so that such claims stay.
    let depth: Vec<usize> = (0..n)
        .map(|i| {
            let mut seen = vec![i];
            let mut cur = i;
            while let Some(p) = claims[cur].parent.filter(|&p| p < n) {
                if seen.contains(&p) {
                    return 0;
                }
                if seen.len() > MAX_NESTING {
                    return seen.len();
                }
                seen.push(p);
                cur = p;
            }
            seen.len() - 1
        })
        .collect();
    if depth.iter().all(|&d| d <= MAX_NESTING) {
        return;
    }
    let mut new_id = vec![None; n];
    let mut next = 0;
    for i in 0..n {
        if depth[i] <= MAX_NESTING {
            new_id[i] = Some(next);
            next += 1;
        }
    }
    let old = std::mem::take(claims);
    for (i, mut c) in old.into_iter().enumerate() {
        let Some(id) = new_id[i] else { continue };
        c.id = id;
        c.parent = c.parent.and_then(|p| new_id.get(p).copied().flatten());
        c.refers_to = c.refers_to.and_then(|r| new_id.get(r).copied().flatten());
        claims.push(c);
    }
}

/// Most claims in one document for which the stance graph is built and the rules run. The
/// graph compares every pair of claims, so its cost grows with the square of their number;
/// the longest PolNeAR article has 167 claims, while a 50 MB file of text on one line has
/// hundreds of thousands and would take hours and gigabytes.
pub const MAX_GRAPH_CLAIMS: usize = 1_000;

impl Analysis {
    /// The document had too many claims for the stance graph and rules
    /// ([`MAX_GRAPH_CLAIMS`]): its claims are reported, its findings are not looked for.
    pub fn rules_skipped(&self) -> bool {
        self.claims.len() > MAX_GRAPH_CLAIMS
    }

    /// The sentence holding a claim's cue, exactly as written.
    pub fn sentence_text(&self, claim: &Claim) -> &str {
        self.seg
            .sentences
            .get(claim.sentence)
            .map_or("", |s| s.span.text(&self.doc.text))
    }

    /// The speaker's display name: resolved actor, else the source words, else "(unnamed)".
    pub fn speaker(&self, claim: &Claim) -> String {
        match claim.source.actor.and_then(|i| self.actors.get(i)) {
            Some(a) => a.name.clone(),
            None if !claim.source.spans.is_empty() => claim.source_text(&self.doc.text),
            None => "(unnamed)".to_string(),
        }
    }

    /// A claim quoted as evidence.
    pub fn evidence(&self, claim: &Claim) -> Evidence {
        Evidence {
            doc: self.doc.id.clone(),
            title: self.doc.title.clone(),
            date: self.doc.date.clone(),
            outlet: self.doc.outlet.clone(),
            claim: claim.id,
            stored: false,
            speaker: self.speaker(claim),
            stance: claim.stance,
            cue: claim.cue_text(&self.doc.text),
            content: claim.content_text(&self.doc.text),
            sentence: self.sentence_text(claim).to_string(),
            span: claim.content.first().copied(),
        }
    }

    /// The claims as the graph and rules see them.
    pub fn graph_claims(&self) -> Vec<GraphClaim> {
        self.claims
            .iter()
            .filter_map(|c| {
                let prop = self.propositions.get(c.proposition?)?.clone();
                let actor = c.source.actor.and_then(|i| self.actors.get(i));
                Some(GraphClaim {
                    evidence: self.evidence(c),
                    actor: actor.map(|a| a.name.clone()),
                    camp: actor.and_then(|a| a.camp.clone()),
                    stance: c.stance,
                    negated: c.cue.negated,
                    conditional: c.cue.conditional,
                    proposition: prop,
                })
            })
            .collect()
    }
}

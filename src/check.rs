//! Check a new article against the claim store.
//!
//! Takes an article and an open [`Store`]; gives a [`CheckResult`]: the stored claims the
//! article is about, each with its [`Relation`] to the article (agree, disagree, discuss) and
//! the article sentences that show it, plus the findings of the rules over one stance graph
//! joining the article's claims with the stored ones, each marked new or known.
//!
//! The steps:
//! 1. extract the article ([`Engine::extract`]);
//! 2. candidates: the stored claims sharing the article's rarest index terms (read through the
//!    store's inverted index under a fixed posting budget) and the recent claims of the
//!    article's actors;
//! 3. relatedness: how much of a stored claim's idf weight the article covers, as a whole and
//!    in its best sentence; claims below [`CheckOptions::min_relatedness`] are unrelated;
//! 4. relation ([`relate`]): an article claim taking the opposite stance on a similar
//!    proposition, a changed figure, or the article's own verdict — a refutation or doubt cue
//!    ("hoax", "not true", "cast doubt") in its lead, or several through it — make it
//!    *disagree*; the same speaker repeating it, or refutation cues when the stored claim is
//!    itself a denial, make it *agree*; a stored claim that only asks, reports or guesses
//!    ("X may ...", "X reportedly ...", "Was X ...?") is *discussed*; so is one the sentences
//!    about it hedge ("reportedly", "claims", "unconfirmed"); the article stating it without
//!    hedging makes it *agree*. The cue lists are data: rules/lexicon/relations.toml;
//! 5. the rules over one graph of the article's claims and the most related stored claims
//!    ([`CheckOptions::max_graph`]); findings within the article alone or within the store
//!    alone are left out, and a finding the stored claims alone already make is shown as known
//!    (`Finding::new == false`). Disagree relations (and agree ones that restate or repeat the
//!    claim) not already quoted by a rule become findings too.
//!
//! `stancegraph eval fnc` measures exactly this function on FNC-1, so the figures in
//! BENCHMARKS.md are the product's own check, not a separate classifier.

use crate::graph::StanceGraph;
use crate::lexicon::Lexicon;
use crate::model::{Evidence, Finding, FindingKind, GraphClaim, Quantity, Severity, Span, Stance};
use crate::pipeline::{Analysis, Engine};
use crate::store::terms;
use crate::store::{Store, StoreError, StoredClaim};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// How the article stands towards a stored claim (the FNC-1 labels).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    Agree,
    Disagree,
    Discuss,
    Unrelated,
}

impl Relation {
    pub fn as_str(&self) -> &'static str {
        match self {
            Relation::Agree => "agree",
            Relation::Disagree => "disagree",
            Relation::Discuss => "discuss",
            Relation::Unrelated => "unrelated",
        }
    }
}

/// Tuning of the lookup and of relatedness.
#[derive(Debug, Clone, Copy)]
pub struct CheckOptions {
    /// Postings read from the index per check (bounds the lookup's cost).
    pub posting_budget: usize,
    /// Candidates scored in full after the first ranking.
    pub max_candidates: usize,
    /// Below this relatedness a stored claim is unrelated to the article.
    pub min_relatedness: f64,
    /// The most related stored claims kept and given a relation.
    pub max_matches: usize,
    /// The most related stored claims joined with the article's claims into the graph.
    pub max_graph: usize,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            posting_budget: 20_000,
            max_candidates: 300,
            min_relatedness: DEFAULT_RELATEDNESS,
            max_matches: 100,
            max_graph: 40,
        }
    }
}

/// Default relatedness threshold (tuned on FNC-1 train, see BENCHMARKS.md).
pub const DEFAULT_RELATEDNESS: f64 = 0.28;

/// Relatedness above which an article that states a stored claim without hedging is reported
/// as supporting it.
pub const SUPPORT_RELATEDNESS: f64 = 0.7;

/// An article sentence quoted for a match.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleSentence {
    pub sentence: String,
    pub span: Span,
    /// Share of the stored claim's idf weight this sentence covers.
    pub coverage: f64,
}

/// A stored claim the article is about.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Match {
    pub stored: Evidence,
    pub relatedness: f64,
    /// Share of the stored claim's idf weight the whole article covers.
    pub coverage: f64,
    pub relation: Relation,
    /// Why this relation, in words ("refutation cue `hoax`", "the article gives 455, not 755").
    pub reasons: Vec<String>,
    /// The article sentences most about the stored claim, best first.
    pub article: Vec<ArticleSentence>,
}

/// The checked article's identity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleMeta {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
}

/// Everything `check` found, as plain data for the reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckResult {
    pub article: ArticleMeta,
    /// Claims extracted from the article.
    pub article_claims: usize,
    /// Stored claims read from the index and scored.
    pub candidates: usize,
    /// Related stored claims, most related first.
    pub matches: Vec<Match>,
    pub findings: Vec<Finding>,
    /// Findings not already made by the stored claims alone.
    pub new_findings: usize,
}

impl CheckResult {
    /// The highest severity among new findings.
    pub fn worst_new(&self) -> Option<Severity> {
        self.findings
            .iter()
            .filter(|f| f.new)
            .map(|f| f.severity)
            .max()
    }
    pub fn count(&self, r: Relation) -> usize {
        self.matches.iter().filter(|m| m.relation == r).count()
    }
}

/// The article's index terms, by sentence.
struct ArticleTerms {
    /// Distinct terms of each sentence (title first when there is one).
    sentences: Vec<(Span, String, HashSet<String>)>,
    all: HashSet<String>,
}

fn article_terms(a: &Analysis, lex: &Lexicon) -> ArticleTerms {
    let mut sentences = Vec::with_capacity(a.seg.sentences.len() + 1);
    if let Some(t) = &a.doc.title {
        let ts: HashSet<String> = terms::terms_of_text(t, lex).into_iter().collect();
        sentences.push((Span::new(0, 0), t.clone(), ts));
    }
    for s in &a.seg.sentences {
        let ts: HashSet<String> = terms::terms_of_tokens(&a.seg.tokens[s.tokens.clone()], lex)
            .into_iter()
            .collect();
        sentences.push((s.span, s.span.text(&a.doc.text).to_string(), ts));
    }
    let all = sentences
        .iter()
        .flat_map(|(_, _, t)| t.iter().cloned())
        .collect();
    ArticleTerms { sentences, all }
}

fn idf(n: u64, df: u32) -> f64 {
    ((n as f64 + 1.0) / (df as f64 + 0.5)).ln().max(0.05)
}

/// A candidate after scoring.
struct Scored {
    claim: i64,
    relatedness: f64,
    coverage: f64,
    sentences: Vec<ArticleSentence>,
}

/// Read candidates from the index and score their relatedness to the article's sentences.
/// Gives the number of candidates scored and those at or above the threshold, best first.
fn score_candidates(
    store: &Store,
    at: &ArticleTerms,
    actor_names: &[String],
    opts: CheckOptions,
) -> Result<(usize, Vec<Scored>), StoreError> {
    let all: Vec<String> = at.all.iter().cloned().collect();
    let stats = store.term_stats(&all)?;
    let n = store.claim_count()?;
    let id_of: HashMap<&str, i64> = stats.iter().map(|(t, &(id, _))| (t.as_str(), id)).collect();
    let df_of: HashMap<i64, u32> = stats.values().copied().collect();

    // Candidates from the term index, ranked by the idf weight they share with the article.
    let postings: Vec<(i64, u32)> = stats.values().copied().collect();
    let hits = store.claims_with_terms(&postings, opts.posting_budget)?;
    let mut ranked: Vec<(i64, f64)> = hits
        .iter()
        .map(|(&c, ts)| (c, ts.iter().map(|t| idf(n, df_of[t])).sum::<f64>()))
        .collect();
    ranked.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
    ranked.truncate(opts.max_candidates);
    let mut cand: Vec<i64> = ranked.into_iter().map(|(c, _)| c).collect();
    // And from the actor index: what the article's speakers said before.
    for c in store.claims_by_actors(actor_names, 50)? {
        if !cand.contains(&c) {
            cand.push(c);
        }
    }

    // Full coverage scores.
    let claim_terms = store.claim_term_ids(&cand)?;
    let all_ids: Vec<i64> = claim_terms.values().flatten().copied().collect();
    let dfs = store.df_of_ids(&all_ids)?;
    // Term id -> the article sentences holding it: a candidate's sentence coverage is then
    // read off its own few terms instead of testing every sentence.
    let mut sentences_of: HashMap<i64, Vec<usize>> = HashMap::with_capacity(id_of.len());
    for (i, (_, _, ts)) in at.sentences.iter().enumerate() {
        for t in ts {
            if let Some(&id) = id_of.get(t.as_str()) {
                sentences_of.entry(id).or_default().push(i);
            }
        }
    }
    let mut per_sentence = vec![0.0f64; at.sentences.len()];
    let mut scored = Vec::new();
    for &c in &cand {
        let Some(ids) = claim_terms.get(&c) else {
            continue;
        };
        let mut total = 0.0;
        let mut covered = 0.0;
        let mut shared = 0usize;
        per_sentence.iter_mut().for_each(|x| *x = 0.0);
        for &t in ids {
            let w = idf(n, dfs.get(&t).copied().unwrap_or(1));
            total += w;
            if let Some(ss) = sentences_of.get(&t) {
                shared += 1;
                covered += w;
                for &i in ss {
                    per_sentence[i] += w;
                }
            }
        }
        // One shared word is a coincidence, whatever share of a short claim it is.
        if total <= 0.0 || shared < 2 {
            continue;
        }
        let doc_cov = covered / total;
        let best = per_sentence.iter().copied().fold(0.0, f64::max) / total;
        let relatedness = relatedness(doc_cov, best);
        if relatedness < opts.min_relatedness {
            continue;
        }
        let mut top: Vec<(usize, f64)> = per_sentence
            .iter()
            .enumerate()
            .filter(|(_, &w)| w > 0.0)
            .map(|(i, &w)| (i, w / total))
            .collect();
        top.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        top.truncate(3);
        scored.push(Scored {
            claim: c,
            relatedness,
            coverage: doc_cov,
            sentences: top
                .into_iter()
                .map(|(i, cov)| ArticleSentence {
                    sentence: at.sentences[i].1.clone(),
                    span: at.sentences[i].0,
                    coverage: cov,
                })
                .collect(),
        });
    }
    scored.sort_by(|x, y| {
        y.relatedness
            .total_cmp(&x.relatedness)
            .then(x.claim.cmp(&y.claim))
    });
    scored.truncate(opts.max_matches);
    Ok((cand.len(), scored))
}

/// Stored claims about a text (`claims search`), most related first, through the same index
/// and scores as `check`.
pub fn search(
    engine: &Engine,
    store: &Store,
    query: &str,
    limit: usize,
) -> Result<Vec<(StoredClaim, f64)>, StoreError> {
    let ts: HashSet<String> = terms::terms_of_text(query, &engine.lexicon)
        .into_iter()
        .collect();
    let at = ArticleTerms {
        all: ts.clone(),
        sentences: vec![(Span::new(0, query.len()), query.to_string(), ts)],
    };
    let opts = CheckOptions {
        min_relatedness: 0.0,
        ..CheckOptions::default()
    };
    let (_, mut scored) = score_candidates(store, &at, &[], opts)?;
    scored.retain(|s| s.relatedness > 0.0);
    // A search asks for claims that say what the query says, so the share of the query a
    // claim covers counts as much as the share of the claim the query covers: otherwise
    // every two-word claim made of query words would rank first.
    let query_terms: Vec<String> = at.all.iter().cloned().collect();
    let stats = store.term_stats(&query_terms)?;
    let n = store.claim_count()?;
    let query_weight: f64 = stats.values().map(|&(_, df)| idf(n, df)).sum();
    let ids: Vec<i64> = scored.iter().map(|s| s.claim).collect();
    let claim_terms = store.claim_term_ids(&ids)?;
    let mut ranked: Vec<(i64, f64)> = scored
        .iter()
        .map(|s| {
            let held: HashSet<i64> = claim_terms
                .get(&s.claim)
                .map(|v| v.iter().copied().collect())
                .unwrap_or_default();
            let shared: f64 = stats
                .values()
                .filter(|(id, _)| held.contains(id))
                .map(|&(_, df)| idf(n, df))
                .sum();
            let query_cov = if query_weight > 0.0 {
                shared / query_weight
            } else {
                0.0
            };
            (s.claim, 0.5 * s.coverage + 0.5 * query_cov)
        })
        .collect();
    ranked.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
    ranked.truncate(limit.saturating_mul(4).max(limit));
    let ids: Vec<i64> = ranked.iter().map(|r| r.0).collect();
    let claims = store.load_claims(&ids)?;
    // The same claim carried by several articles is listed once, at its first (oldest) id.
    let mut seen = HashSet::new();
    Ok(claims
        .into_iter()
        .zip(ranked.iter().map(|r| r.1))
        .filter(|(c, _)| seen.insert((c.speaker.clone(), c.content.clone())))
        .take(limit)
        .collect())
}

/// Check an already extracted article against the store.
pub fn check_analysis(
    engine: &Engine,
    store: &Store,
    a: &Analysis,
    opts: CheckOptions,
) -> Result<CheckResult, StoreError> {
    let at = article_terms(a, &engine.lexicon);
    let actor_names: Vec<String> = a.actors.iter().map(|x| x.name.clone()).collect();
    let (n_cand, scored) = score_candidates(store, &at, &actor_names, opts)?;
    let ids: Vec<i64> = scored.iter().map(|s| s.claim).collect();
    let stored = store.load_claims(&ids)?;
    let article_graph = a.graph_claims();
    let cues = ArticleCues::of(a, engine);
    let mut matches = Vec::with_capacity(stored.len());
    for (s, sc) in stored.iter().zip(&scored) {
        let (relation, reasons) = relate(s, &article_graph, &sc.sentences, &cues, &engine.lexicon);
        matches.push(Match {
            stored: s.evidence(),
            relatedness: sc.relatedness,
            coverage: sc.coverage,
            relation,
            reasons,
            article: sc.sentences.clone(),
        });
    }

    // The rules compare every pair of claims: only the most related stored claims join the
    // graph, which bounds the cost of a check whatever the store's size.
    let in_graph = &stored[..stored.len().min(opts.max_graph)];
    let findings = findings(
        engine,
        in_graph,
        article_graph,
        &matches[..in_graph.len()],
        a,
    );
    let new_findings = findings.iter().filter(|f| f.new).count();
    Ok(CheckResult {
        article: ArticleMeta {
            id: a.doc.id.clone(),
            title: a.doc.title.clone(),
            date: a.doc.date.clone(),
            outlet: a.doc.outlet.clone(),
        },
        article_claims: a.claims.len(),
        candidates: n_cand,
        matches,
        findings,
        new_findings,
    })
}

/// Extract an article and check it against the store. Gives the analysis too, so that
/// `check --add` can store the article without extracting it again.
pub fn check(
    engine: &Engine,
    store: &Store,
    doc: crate::document::Document,
    opts: CheckOptions,
) -> Result<(CheckResult, Analysis), StoreError> {
    let a = engine.extract(doc);
    // One read transaction: one snapshot and one lock for all the lookups of this check.
    let r = store.read(|| check_analysis(engine, store, &a, opts))?;
    Ok((r, a))
}

/// The drawing of a check (`check --format dot|svg`): one stance graph joining the article's
/// claims with the most related stored claims (the graph the rules ran on), with the
/// findings drawn as conflict and support edges. An article sentence that a relation finding
/// quotes without a claim in it is drawn as a claim of the article's outlet, so that every
/// finding has both its ends.
pub fn graph_view(
    engine: &Engine,
    store: &Store,
    a: &Analysis,
    r: &CheckResult,
    opts: CheckOptions,
) -> Result<crate::report::dot::GraphView, StoreError> {
    let ids: Vec<i64> = r
        .matches
        .iter()
        .take(opts.max_graph)
        .map(|m| m.stored.claim as i64)
        .collect();
    let mut claims = a.graph_claims();
    claims.extend(store.load_claims(&ids)?.iter().map(graph_claim));
    let mut findings = r.findings.clone();
    let mut next = usize::MAX;
    for f in &mut findings {
        for e in &mut f.evidence {
            if e.stored || e.claim != usize::MAX {
                continue;
            }
            // Each such sentence gets an id of its own, counted down from usize::MAX.
            next -= 1;
            e.claim = next;
            claims.push(GraphClaim {
                evidence: e.clone(),
                actor: None,
                camp: None,
                stance: e.stance,
                negated: false,
                conditional: false,
                proposition: crate::propositions::normalise(
                    claims.len(),
                    &e.content,
                    &engine.lexicon,
                ),
            });
        }
    }
    let g = StanceGraph::build(claims, engine.similarity, &engine.lexicon);
    Ok(crate::report::dot::view_of(&g, &findings))
}

/// Relatedness of a stored claim to an article from the share of the claim's idf weight the
/// whole article covers and the share its best sentence covers: a claim whose words are all
/// somewhere in a long article may still be about something else, one whose words meet in a
/// sentence is not.
pub fn relatedness(doc_cov: f64, best_sentence: f64) -> f64 {
    0.5 * doc_cov + 0.5 * best_sentence
}

/// A stored claim as the graph sees it.
fn graph_claim(s: &StoredClaim) -> GraphClaim {
    GraphClaim {
        evidence: s.evidence(),
        actor: s.actor.clone(),
        camp: s.camp.clone(),
        stance: s.stance,
        negated: s.negated,
        conditional: s.conditional,
        proposition: s.proposition.clone(),
    }
}

// ---------------------------------------------------------------------------------------------
// Relation: agree / disagree / discuss.

/// One list of rules/lexicon/relations.toml.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct CueList {
    words: Vec<String>,
    /// Sentences written for the list; read by the unit test that checks each holds a word.
    #[serde(default)]
    #[cfg_attr(not(test), allow(dead_code))]
    examples: Vec<String>,
}

/// The relation cues (rules/lexicon/relations.toml, compiled in): what `relate` reads to tell
/// support, refutation and mere mention apart. The file documents each list.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RelationCues {
    /// The article calls the story false ("hoax", "not true", "made up").
    refute: CueList,
    /// The article doubts it ("cast doubt", "skeptical", "exaggerated"): counted with `refute`.
    doubt: CueList,
    /// Words used as often to report a claim as to refute it ("denied", "rumors").
    weak_refute: CueList,
    /// Negators that make a stored claim itself a denial.
    negation: CueList,
    /// Words with which an article reports without vouching ("reportedly", "sources").
    hedge: CueList,
    /// Words that make a stored claim a report or a guess ("may", "reportedly").
    claim_hedge: CueList,
    /// Words that attribute a stored claim's text to someone ("..., police say"): a hedge
    /// when the store does not know the claim's speaker.
    claim_attribution: CueList,
}

const RELATIONS_TOML: &str = include_str!("../rules/lexicon/relations.toml");

fn parse_relation_cues(text: &str) -> Result<RelationCues, String> {
    let mut c: RelationCues = toml::from_str(text).map_err(|e| e.to_string())?;
    for l in [
        &mut c.refute,
        &mut c.doubt,
        &mut c.weak_refute,
        &mut c.negation,
        &mut c.hedge,
        &mut c.claim_hedge,
        &mut c.claim_attribution,
    ] {
        for w in &mut l.words {
            *w = w.trim().to_lowercase().replace('’', "'");
        }
        l.words.retain(|w| !w.is_empty());
    }
    Ok(c)
}

fn relation_cues() -> &'static RelationCues {
    static CUES: std::sync::OnceLock<RelationCues> = std::sync::OnceLock::new();
    // The file is compiled in and parsed by a unit test (`relation_cues_parse_and_examples_hold`),
    // so a build that passed its tests cannot fail here.
    CUES.get_or_init(|| {
        parse_relation_cues(RELATIONS_TOML)
            .expect("rules/lexicon/relations.toml is checked by a unit test")
    })
}

/// Refutation cues in a token sequence: the strong ones (`refute` and `doubt`) and the weak ones.
fn refutation_hits(toks: &[String]) -> (Vec<&'static str>, Vec<&'static str>) {
    let c = relation_cues();
    let mut strong = phrase_hits(toks, &c.refute.words);
    strong.extend(phrase_hits(toks, &c.doubt.words));
    (strong, phrase_hits(toks, &c.weak_refute.words))
}

/// A double quotation mark (a speaker's words), not a single one (often scare quotes).
fn is_double_quote(norm: &str) -> bool {
    matches!(norm, "\"" | "“" | "”" | "„" | "«" | "»" | "''" | "``")
}

/// Sentences at the start of an article (after its title) read as its own verdict.
const LEAD_SENTENCES: usize = 3;

/// Every occurrence of each phrase of `list` in the token sequence.
fn phrase_hits<'a>(toks: &[String], list: &'a [String]) -> Vec<&'a str> {
    let mut out = Vec::new();
    for p in list {
        let words: Vec<&str> = p.split(' ').collect();
        for w in toks.windows(words.len()) {
            if w.iter().zip(&words).all(|(a, b)| a == b) {
                out.push(p.as_str());
            }
        }
    }
    out
}

fn word_tokens(text: &str) -> Vec<String> {
    crate::segment::tokenize(text)
        .into_iter()
        .filter(|t| t.is_word() || t.norm == "n't")
        .map(|t| t.norm.replace('’', "'"))
        .collect()
}

fn same_unit_changed(stored: &[Quantity], article: &[Quantity]) -> Option<(f64, f64, String)> {
    for s in stored {
        if s.unit.is_empty() {
            continue;
        }
        let same: Vec<&Quantity> = article.iter().filter(|q| q.unit == s.unit).collect();
        if !same.is_empty() && same.iter().all(|q| (q.value - s.value).abs() > 1e-9) {
            return Some((s.value, same[0].value, s.unit.clone()));
        }
    }
    None
}

/// What `relate` needs to know about the article, computed once per check.
#[derive(Debug, Clone, Default)]
pub struct ArticleCues {
    /// Refutation cues in the whole article, weak ones included.
    pub refute: usize,
    /// Refutation and doubt cues other than the weak ones ("denied", "rumors").
    pub strong_refute: usize,
    /// Strong refutation and doubt cues in the title and the first `LEAD_SENTENCES`
    /// sentences: where an article gives its own verdict on a story.
    pub lead_refute: usize,
    /// Hedges per sentence over the whole article.
    pub hedge_density: f64,
    /// Sentences that mention a quantity with a unit: text, index terms, quantities.
    pub figures: Vec<(String, HashSet<String>, Vec<Quantity>)>,
    /// Proposition similarity threshold of the engine.
    pub similarity: f64,
}

impl ArticleCues {
    pub fn of(a: &Analysis, engine: &Engine) -> ArticleCues {
        let toks = word_tokens(&a.doc.text);
        let hedges = phrase_hits(&toks, &relation_cues().hedge.words).len();
        let (strong, weak) = refutation_hits(&toks);
        // The lead's verdict is the article's own: words inside quotation marks (a speaker's
        // "these allegations are baseless") are someone else's. Leaving out the content of
        // every attributed claim too (police said the story was made up) cost a tenth of
        // the disagree recall on FNC-1 train for no precision: a body that leads with an
        // official's refutation mostly refutes.
        let lead_toks = a
            .seg
            .sentences
            .iter()
            .take(LEAD_SENTENCES)
            .flat_map(|s| &a.seg.tokens[s.tokens.clone()]);
        let mut quoted = false;
        let mut own: Vec<String> = Vec::new();
        let mut lead_refute = a
            .doc
            .title
            .as_deref()
            .map_or(0, |t| refutation_hits(&word_tokens(t)).0.len());
        for t in lead_toks {
            if t.is_quote() && is_double_quote(&t.norm) {
                quoted = t.kind == crate::segment::TokKind::OpenQuote;
                // A quote boundary also ends a phrase.
                lead_refute += refutation_hits(&own).0.len();
                own.clear();
                continue;
            }
            if !quoted && (t.is_word() || t.norm == "n't") {
                own.push(t.norm.replace('’', "'"));
            }
        }
        lead_refute += refutation_hits(&own).0.len();
        let figures = a
            .seg
            .sentences
            .iter()
            .filter(|s| {
                a.seg.tokens[s.tokens.clone()]
                    .iter()
                    .any(|t| t.kind == crate::segment::TokKind::Number)
            })
            .filter_map(|s| {
                let text = s.span.text(&a.doc.text);
                let qs: Vec<Quantity> = crate::propositions::normalise(0, text, &engine.lexicon)
                    .quantities
                    .into_iter()
                    .filter(|q| !q.unit.is_empty())
                    .collect();
                (!qs.is_empty()).then(|| {
                    let ts = terms::terms_of_text(text, &engine.lexicon)
                        .into_iter()
                        .collect();
                    (text.trim().to_string(), ts, qs)
                })
            })
            .collect();
        ArticleCues {
            refute: strong.len() + weak.len(),
            strong_refute: strong.len(),
            lead_refute,
            hedge_density: hedges as f64 / a.seg.sentences.len().max(1) as f64,
            figures,
            similarity: engine.similarity,
        }
    }
}

/// A figure in the stored claim's sentence that an article sentence about the same thing
/// gives differently, in words.
fn changed_figure(stored: &StoredClaim, cues: &ArticleCues, lex: &Lexicon) -> Option<String> {
    if cues.figures.is_empty() || !stored.sentence.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let sq = crate::propositions::normalise(0, &stored.sentence, lex).quantities;
    let st: HashSet<String> = terms::terms_of_text(&stored.sentence, lex)
        .into_iter()
        .collect();
    for (text, at, aq) in &cues.figures {
        let shared = st.iter().filter(|t| at.contains(*t)).count();
        let smaller = st.len().min(at.len()).max(1);
        if (shared as f64) / (smaller as f64) < 0.5 {
            continue;
        }
        if let Some((old, new, unit)) = same_unit_changed(&sq, aq) {
            return Some(format!(
                "the article gives {new} {} where the stored sentence gives {old}: “{text}”",
                unit.trim_start_matches('~')
            ));
        }
    }
    None
}

/// How an article stands towards one stored claim, with the reasons in words.
///
/// The order of the tests matters: the article's own claims that take the opposite stance or
/// give another figure decide first; then refutation cues, read against the stored claim's
/// own polarity (an article calling a story a hoax agrees with a stored "the story is a
/// hoax"); then a stored claim that only reports or asks, which an article can only discuss;
/// then hedging in the sentences about the claim.
/// Thresholds were set on FNC-1 train (BENCHMARKS.md).
pub fn relate(
    stored: &StoredClaim,
    article_claims: &[GraphClaim],
    sentences: &[ArticleSentence],
    cues: &ArticleCues,
    lex: &Lexicon,
) -> (Relation, Vec<String>) {
    let mut reasons = Vec::new();
    let mut repeats = Vec::new();
    // 1. The article's own claims about the stored proposition.
    let sent_spans: Vec<Span> = sentences.iter().map(|s| s.span).collect();
    // A claim in a condition ("If the plan rejected C, ...") takes no side.
    let stored_pol = if stored.conditional {
        0
    } else {
        stored.stance.polarity()
            * if stored.proposition.negated || stored.negated {
                -1
            } else {
                1
            }
    };
    for c in article_claims {
        let Some(span) = c.evidence.span else {
            continue;
        };
        if !sent_spans.iter().take(3).any(|s| s.overlaps(span))
            || crate::propositions::similarity(&stored.proposition, &c.proposition)
                < cues.similarity
        {
            continue;
        }
        // A negated cue ("has not confirmed that", "did not say") withholds the claim; it does
        // not make the opposite one: no stance on the stored claim either way.
        let pol = if c.negated || c.conditional {
            0
        } else {
            c.stance.polarity() * if c.proposition.negated { -1 } else { 1 }
        };
        if pol != 0 && stored_pol != 0 && pol != stored_pol {
            reasons.push(format!(
                "{} {} ({}) “{}”",
                c.evidence.speaker, c.evidence.cue, c.stance, c.evidence.content
            ));
        } else if pol == stored_pol && c.actor.is_some() && c.actor == stored.actor {
            repeats.push(format!(
                "{} repeats it: {} ({}) “{}”",
                c.evidence.speaker, c.evidence.cue, c.stance, c.evidence.content
            ));
        }
        if let Some((old, new, unit)) =
            same_unit_changed(&stored.proposition.quantities, &c.proposition.quantities)
        {
            reasons.push(format!(
                "the article gives {new} {unit} where the stored claim gives {old}"
            ));
        }
    }
    // A changed figure: the stored sentence and an article sentence about the same thing
    // (most of the shorter one's words shared) count the same unit differently.
    if let Some(r) = changed_figure(stored, cues, lex) {
        reasons.push(r);
    }
    if !reasons.is_empty() {
        return (Relation::Disagree, reasons);
    }
    if !repeats.is_empty() {
        return (Relation::Agree, repeats);
    }

    // 2. Refutation cues against the stored claim's own polarity.
    let rc = relation_cues();
    let stored_toks = word_tokens(&stored.content);
    let (stored_strong, stored_weak) = refutation_hits(&stored_toks);
    let stored_negative = stored_pol < 0
        || !stored_strong.is_empty()
        || !stored_weak.is_empty()
        || !phrase_hits(&stored_toks, &rc.negation.words).is_empty();
    // A stored claim that asks, reports or guesses ("Was the car stolen?", "X may resign")
    // asserts nothing an article could confirm or refute outright.
    let stored_hedged = stored.stance == Stance::Question
        || stored.content.contains('?')
        || !phrase_hits(&stored_toks, &rc.claim_hedge.words).is_empty()
        || (stored.actor.is_none()
            && !phrase_hits(&stored_toks, &rc.claim_attribution.words).is_empty());
    let mut top_refute: Vec<&str> = Vec::new();
    let mut top_hedge = 0usize;
    let mut top_strong = 0usize;
    let mut refuting_sentence = None;
    // "If Russia denied that it meddled, ...": the sentence most about the claim opens with
    // a condition and states nothing outright
    let mut conditional = None;
    for (i, s) in sentences.iter().take(3).enumerate() {
        let toks = word_tokens(&s.sentence);
        if i == 0
            && toks
                .iter()
                .find(|t| !matches!(t.as_str(), "but" | "and" | "even"))
                .is_some_and(|t| matches!(t.as_str(), "if" | "unless" | "whether"))
        {
            conditional = Some(s);
        }
        let (strong, weak) = refutation_hits(&toks);
        if !(strong.is_empty() && weak.is_empty()) && refuting_sentence.is_none() {
            refuting_sentence = Some(s.sentence.trim().to_string());
        }
        top_strong += strong.len();
        top_refute.extend(strong);
        top_refute.extend(weak);
        top_hedge += phrase_hits(&toks, &rc.hedge.words).len();
    }
    top_refute.sort_unstable();
    top_refute.dedup();
    let cue_list = |v: &[&str]| {
        v.iter()
            .map(|c| format!("`{c}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    // The article's own verdict: a strong cue in its title or first sentences, or several
    // through the body with one in the sentences about the claim.
    let article_refutes = cues.lead_refute >= 1
        || cues.strong_refute >= 3
        || (top_strong > 0 && cues.strong_refute >= 2);
    // The sentence most about the claim (the first of `sentences`), when it covers most of
    // it: its main clause negated where the claim's is not, or the other way round, is the
    // plainest refutation there is ("The zoo did not buy a tiger").
    let best = sentences
        .first()
        .filter(|_| !stored_hedged && stored_pol != 0);
    if stored_negative {
        // A claim that only negates ("X is not dead", no refutation word) meets an article
        // whose sentence about it states it plainly (no hedge, no refutation anywhere).
        let plain_denial = stored_pol < 0 && stored_strong.is_empty() && stored_weak.is_empty();
        if let Some(s) = best.filter(|s| {
            plain_denial
                && cues.refute == 0
                && s.coverage >= STATED_COVERAGE
                && phrase_hits(&word_tokens(&s.sentence), &rc.hedge.words).is_empty()
                && !crate::propositions::normalise(0, &s.sentence, lex).negated
        }) {
            reasons.push(format!(
                "the article states what the stored claim denies: “{}”",
                s.sentence.trim()
            ));
            return (Relation::Disagree, reasons);
        }
        if !top_refute.is_empty() || cues.refute >= 2 {
            reasons.push(format!(
                "the stored claim is itself a denial and the article also calls it false ({} refutation cues{})",
                cues.refute,
                refuting_sentence.map(|s| format!(": “{s}”")).unwrap_or_default()
            ));
            return (Relation::Agree, reasons);
        }
    } else if let Some(s) = best.filter(|s| {
        stored_pol > 0
            && s.coverage >= NEGATED_COVERAGE
            && crate::propositions::normalise(0, &s.sentence, lex).negated
    }) {
        reasons.push(format!(
            "the article's sentence about it negates it: “{}”",
            s.sentence.trim()
        ));
        return (Relation::Disagree, reasons);
    } else if article_refutes
        && (!stored_hedged || (cues.lead_refute >= 1 && cues.strong_refute >= HEDGED_REFUTED_CUES))
    {
        reasons.push(format!(
            "refutation cues {} ({} in the article, {} in its lead){}",
            cue_list(&top_refute),
            cues.strong_refute,
            cues.lead_refute,
            refuting_sentence
                .map(|s| format!(" in “{s}”"))
                .unwrap_or_default()
        ));
        return (Relation::Disagree, reasons);
    }
    if stored_hedged {
        reasons.push(
            "the stored claim only asks, reports or guesses: the article discusses it".into(),
        );
        return (Relation::Discuss, reasons);
    }

    // 3. Hedged or stated plainly, in the sentences about the claim.
    if let Some(s) = conditional {
        reasons.push(format!(
            "the article's sentence about it is a condition: “{}”",
            s.sentence.trim()
        ));
        (Relation::Discuss, reasons)
    } else if top_hedge == 0 {
        reasons.push("the article states it without hedging".into());
        (Relation::Agree, reasons)
    } else {
        reasons.push(format!(
            "hedged: {top_hedge} hedges in the sentences about it, {:.2} per sentence overall",
            cues.hedge_density
        ));
        (Relation::Discuss, reasons)
    }
}

/// Share of a stored claim's weight the article's sentence most about it must cover for its
/// negation to refute the claim (FNC-1 train: 0.5 and 0.7 within 0.003 disagree F1).
const NEGATED_COVERAGE: f64 = 0.5;

/// The same for an unhedged sentence stating what a stored denial denies: stricter, because
/// articles restate a rumour they go on to report without negating it.
const STATED_COVERAGE: f64 = 0.7;

/// Strong refutation cues past which an article that gives its verdict in its lead refutes
/// even a stored claim that only reports a story ("Priest claims he saw God"): the story
/// itself is called false, not just doubted.
const HEDGED_REFUTED_CUES: usize = 6;

// ---------------------------------------------------------------------------------------------
// Findings.

fn prop_terms(text: &str) -> HashSet<String> {
    terms::terms_of_text(text, &Lexicon::default())
        .into_iter()
        .collect()
}

fn jaccard(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let inter = a.intersection(b).count() as f64;
    let union = a.union(b).count() as f64;
    if union == 0.0 {
        1.0
    } else {
        inter / union
    }
}

/// Whether `f` is already made by one of the stored-only findings: same rule, same actors,
/// and each proposition close to one of the known finding's.
fn is_known(f: &Finding, known: &[Finding]) -> bool {
    let mut actors = f.actors.clone();
    actors.sort();
    known.iter().any(|k| {
        let mut ka = k.actors.clone();
        ka.sort();
        k.rule == f.rule
            && ka == actors
            && f.propositions.iter().all(|p| {
                let pt = prop_terms(p);
                k.propositions
                    .iter()
                    .any(|q| jaccard(&pt, &prop_terms(q)) >= 0.5)
            })
    })
}

fn findings(
    engine: &Engine,
    stored: &[StoredClaim],
    article_claims: Vec<GraphClaim>,
    matches: &[Match],
    a: &Analysis,
) -> Vec<Finding> {
    let stored_claims: Vec<GraphClaim> = stored.iter().map(graph_claim).collect();
    let known = if stored_claims.is_empty() {
        Vec::new()
    } else {
        let g = StanceGraph::build(stored_claims.clone(), engine.similarity, &engine.lexicon);
        engine.rules.evaluate(&g)
    };
    let mut joined = article_claims;
    joined.extend(stored_claims);
    let g = StanceGraph::build(joined, engine.similarity, &engine.lexicon);
    let mut out: Vec<Finding> = engine
        .rules
        .evaluate(&g)
        .into_iter()
        // Findings inside the article alone are `report`'s business, findings among stored
        // claims alone are not about this article: `check` reports what the two make together.
        .filter(|f| f.evidence.iter().any(|e| e.stored) && f.evidence.iter().any(|e| !e.stored))
        .map(|mut f| {
            f.new = !is_known(&f, &known);
            f
        })
        .collect();
    // A rule's corroboration of a stored claim that the article refutes (its claim content
    // calls the story a hoax, say) is not support: the relation's evidence wins.
    let refuted: HashSet<usize> = matches
        .iter()
        .filter(|m| m.relation == Relation::Disagree)
        .map(|m| m.stored.claim)
        .collect();
    out.retain(|f| {
        f.kind != FindingKind::Support
            || !f
                .evidence
                .iter()
                .any(|e| e.stored && refuted.contains(&e.claim))
    });
    // The relation of each related stored claim is a finding too, unless a rule already
    // quotes that stored claim.
    for m in matches {
        let covered = out.iter().any(|f| {
            f.evidence
                .iter()
                .any(|e| e.stored && e.claim == m.stored.claim)
        });
        // "Agree" only from the absence of hedges is too weak to call support unless the
        // article all but restates the claim; a speaker repeating it always counts.
        let support = m.relation == Relation::Agree
            && (m.relatedness >= SUPPORT_RELATEDNESS
                || m.reasons.iter().any(|r| r.contains(" repeats it")));
        if covered || !(support || m.relation == Relation::Disagree) {
            continue;
        }
        let Some(best) = m.article.first() else {
            continue;
        };
        let article_ev = article_evidence(a, best, m.relation);
        // Known when the article's side is itself already stored (the same sentence from an
        // earlier article): then the stored claims alone already make this finding.
        let known = matches.iter().any(|o| {
            o.stored.doc != m.stored.doc && o.stored.sentence.trim() == article_ev.sentence.trim()
        });
        let (rule, kind, severity, verb) = match m.relation {
            Relation::Disagree => (
                "article-refutes-stored-claim",
                FindingKind::Conflict,
                Severity::Medium,
                "contradicts",
            ),
            _ => (
                "article-repeats-stored-claim",
                FindingKind::Support,
                Severity::Info,
                "supports",
            ),
        };
        out.push(Finding {
            rule: rule.into(),
            kind,
            severity,
            message: format!(
                "{} {verb} the stored claim of {} ({}): {}",
                a.doc.id, m.stored.speaker, m.stored.doc, m.stored.content
            ),
            evidence: vec![m.stored.clone(), article_ev],
            actors: [m.stored.speaker.clone()].into(),
            propositions: [m.stored.content.clone()].into(),
            new: !known,
        });
    }
    out
}

/// The article's side of a relation finding: its claim in that sentence when there is one,
/// else the sentence itself.
fn article_evidence(a: &Analysis, s: &ArticleSentence, r: Relation) -> Evidence {
    if let Some(c) = a
        .claims
        .iter()
        .find(|c| c.content.first().is_some_and(|sp| s.span.overlaps(*sp)))
    {
        return a.evidence(c);
    }
    Evidence {
        doc: a.doc.id.clone(),
        title: a.doc.title.clone(),
        date: a.doc.date.clone(),
        outlet: a.doc.outlet.clone(),
        claim: usize::MAX,
        stored: false,
        speaker: a
            .doc
            .outlet
            .clone()
            .unwrap_or_else(|| "(the article)".into()),
        stance: if r == Relation::Disagree {
            Stance::Dispute
        } else {
            Stance::Assert
        },
        cue: String::new(),
        content: s.sentence.trim().to_string(),
        sentence: s.sentence.clone(),
        span: (!s.span.is_empty()).then_some(s.span),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored(content: &str) -> StoredClaim {
        StoredClaim {
            id: 1,
            doc_id: "fc".into(),
            title: None,
            date: None,
            outlet: None,
            url: None,
            imported: true,
            speaker: "(unnamed)".into(),
            actor: None,
            camp: None,
            stance: Stance::Assert,
            negated: false,
            conditional: false,
            cue: String::new(),
            content: content.into(),
            sentence: content.into(),
            span: None,
            proposition: crate::propositions::normalise(0, content, &Lexicon::default()),
            term_ids: Vec::new(),
        }
    }

    fn sentences(texts: &[&str]) -> Vec<ArticleSentence> {
        texts
            .iter()
            .map(|t| ArticleSentence {
                sentence: t.to_string(),
                span: Span::new(0, 0),
                coverage: 0.5,
            })
            .collect()
    }

    /// The cues of an article written for a test: its sentences end with ". ".
    fn cues(article: &str) -> ArticleCues {
        let toks = word_tokens(article);
        let (strong, weak) = refutation_hits(&toks);
        let sentences: Vec<&str> = article.split(". ").collect();
        let lead_refute = sentences
            .iter()
            .take(LEAD_SENTENCES)
            .map(|t| refutation_hits(&word_tokens(t)).0.len())
            .sum();
        ArticleCues {
            refute: strong.len() + weak.len(),
            strong_refute: strong.len(),
            lead_refute,
            hedge_density: phrase_hits(&toks, &relation_cues().hedge.words).len() as f64
                / sentences.len() as f64,
            figures: Vec::new(),
            similarity: 0.5,
        }
    }

    fn relation(claim: &str, about: &[&str], article: &str) -> Relation {
        relate(
            &stored(claim),
            &[],
            &sentences(about),
            &cues(article),
            &Lexicon::default(),
        )
        .0
    }

    #[test]
    fn phrases_match_whole_words_in_order() {
        let toks = word_tokens("It is not true, and it isn't real: a hoax.");
        assert_eq!(
            phrase_hits(
                &toks,
                &["not true".into(), "hoax".into(), "true not".into()]
            ),
            ["not true", "hoax"]
        );
        assert!(phrase_hits(&word_tokens("hoaxer"), &["hoax".to_string()]).is_empty());
    }

    #[test]
    fn fix_a_body_calling_the_claim_a_hoax_disagrees() {
        let about = "The photo of a shark on a Houston highway is a fake and a hoax.";
        let article = format!("{about} It was doctored. The fake has been debunked before.");
        assert_eq!(
            relation("A shark swam on a Houston highway", &[about], &article),
            Relation::Disagree
        );
    }

    #[test]
    fn dont_flag_a_claim_that_is_itself_a_denial_as_refuted() {
        let about = "Reports of the actor's death were a hoax, his agent said.";
        let article = format!("{about} The fake obituary spread on Facebook.");
        assert_eq!(
            relation("The actor is not dead", &[about], &article),
            Relation::Agree
        );
    }

    #[test]
    fn hedged_reports_discuss_and_plain_ones_agree() {
        let hedged =
            "The council reportedly approved the bridge, according to unconfirmed reports.";
        assert_eq!(
            relation("The council approved the bridge", &[hedged], hedged),
            Relation::Discuss
        );
        let plain = "The council approved the bridge on Friday.";
        assert_eq!(
            relation("The council approved the bridge", &[plain], plain),
            Relation::Agree
        );
    }

    #[test]
    fn relation_cues_parse_and_examples_hold() {
        let c = parse_relation_cues(RELATIONS_TOML).unwrap();
        for (name, l) in [
            ("refute", &c.refute),
            ("doubt", &c.doubt),
            ("weak_refute", &c.weak_refute),
            ("negation", &c.negation),
            ("hedge", &c.hedge),
            ("claim_hedge", &c.claim_hedge),
            ("claim_attribution", &c.claim_attribution),
        ] {
            assert!(!l.words.is_empty(), "[{name}] has no words");
            assert!(!l.examples.is_empty(), "[{name}] has no examples");
            for e in &l.examples {
                assert!(
                    !phrase_hits(&word_tokens(e), &l.words).is_empty(),
                    "[{name}] example holds none of its words: {e}"
                );
            }
        }
        assert!(parse_relation_cues("[refute]\nwords = [\"x\"]\nsurprise = 1").is_err());
    }

    #[test]
    fn doubt_in_the_lead_disagrees() {
        let about = "A farmer in Kent found a hailstone weighing two kilograms.";
        let article = format!(
            "Meteorologists have cast doubt on the story of the giant hailstone. {about} \
             He kept it in his freezer. Photos were shared online."
        );
        assert_eq!(
            relation(
                "Kent farmer finds two-kilogram hailstone",
                &[about],
                &article
            ),
            Relation::Disagree
        );
        for lead in [
            "Experts are skeptical about the giant hailstone",
            "The size of the hailstone was exaggerated",
            "The hailstone photo was staged",
        ] {
            let article = format!("{lead}. {about} He kept it in his freezer.");
            assert_eq!(
                relation(
                    "Kent farmer finds two-kilogram hailstone",
                    &[about],
                    &article
                ),
                Relation::Disagree,
                "{lead}"
            );
        }
    }

    #[test]
    fn one_strong_cue_counts_in_the_lead_not_deep_in_the_body() {
        let claim = "The city zoo bought a white tiger";
        let about = "The city zoo bought a white tiger from a breeder in Ohio.";
        let lead = format!("The story is a hoax. {about} Visitors queued.");
        assert_eq!(relation(claim, &[about], &lead), Relation::Disagree);
        let deep = format!(
            "{about} Visitors queued on Sunday. The keepers fed it twice. \
             A rival zoo once fell for a hoax about a lion."
        );
        assert_ne!(relation(claim, &[about], &deep), Relation::Disagree);
    }

    #[test]
    fn a_reported_denial_in_the_lead_is_not_the_articles_verdict() {
        let about = "The mayor denied that the city zoo bought a white tiger.";
        let article = format!("{about} The zoo has not commented. Visitors queued.");
        assert_ne!(
            relation("The city zoo bought a white tiger", &[about], &article),
            Relation::Disagree
        );
    }

    #[test]
    fn no_doubt_is_not_doubt() {
        let about = "There is no doubt the council approved the bridge on Friday.";
        assert_eq!(
            relation("The council approved the bridge", &[about], about),
            Relation::Agree
        );
    }

    #[test]
    fn a_stored_claim_that_asks_or_reports_is_discussed() {
        let plain = "The minister resigned over the leak on Friday.";
        for claim in [
            "Minister may resign over the leak",
            "Did the minister resign over the leak?",
            "Minister reportedly resigns over the leak",
            "Minister resigns over the leak, aide says",
        ] {
            assert_eq!(
                relation(claim, &[plain], plain),
                Relation::Discuss,
                "{claim}"
            );
        }
        // A fact-check's claim with its speaker known: "says" is that speaker's own claim.
        let mut known = stored("Says the minister resigned over the leak");
        let judge = |c: &StoredClaim| {
            relate(
                c,
                &[],
                &sentences(&[plain]),
                &cues(plain),
                &Lexicon::default(),
            )
            .0
        };
        assert_eq!(judge(&known), Relation::Discuss);
        known.actor = Some("Jane Doe".into());
        assert_eq!(judge(&known), Relation::Agree);
        // One doubt in the lead does not refute a report...
        let doubted = format!("Some doubt the minister resigned. {plain}");
        assert_eq!(
            relation(
                "Minister reportedly resigns over the leak",
                &[plain],
                &doubted
            ),
            Relation::Discuss
        );
        // ...an article that calls the story false again and again does.
        let refuted = format!(
            "The resignation story is a hoax. {plain} It is fake, made up, false and bogus. \
             The fake letter was doctored."
        );
        assert_eq!(
            relation(
                "Minister reportedly resigns over the leak",
                &[plain],
                &refuted
            ),
            Relation::Disagree
        );
    }

    #[test]
    fn hedges_outside_the_sentences_about_the_claim_do_not_make_it_discussed() {
        let about = "The council approved the bridge on Friday.";
        let article = format!(
            "{about} Critics reportedly plan a protest. Sources say more may follow. \
             Some claims surfaced online."
        );
        assert_eq!(
            relation("The council approved the bridge", &[about], &article),
            Relation::Agree
        );
    }

    #[test]
    fn a_refutation_in_quotation_marks_is_a_speaker_s_not_the_article_s() {
        let e = Engine::shipped();
        let of =
            |text: &str| ArticleCues::of(&e.extract(crate::document::Document::new("t", text)), &e);
        let quoted = of("\"The story is a hoax,\" the spokesman said. The zoo bought a tiger.");
        assert_eq!(quoted.lead_refute, 0);
        assert_eq!(quoted.strong_refute, 1);
        let own = of("The story is a hoax, the zoo says. The zoo bought no tiger.");
        assert_eq!(own.lead_refute, 1);
        // Single quotes are mostly scare quotes: their words stay the article's.
        let scare = of("The 'hoax' photo was fake. The zoo bought a tiger.");
        assert_eq!(scare.lead_refute, 2);
        // Only the first sentences are the lead.
        let late = of("The zoo bought a tiger. It is white. It eats meat. The story is a hoax.");
        assert_eq!((late.lead_refute, late.strong_refute), (0, 1));
    }

    fn about(text: &str, coverage: f64) -> Vec<ArticleSentence> {
        vec![ArticleSentence {
            sentence: text.into(),
            span: Span::new(0, 0),
            coverage,
        }]
    }

    fn relation_at(claim: &str, text: &str, coverage: f64) -> Relation {
        relate(
            &stored(claim),
            &[],
            &about(text, coverage),
            &cues(text),
            &Lexicon::default(),
        )
        .0
    }

    #[test]
    fn the_sentence_about_a_claim_negating_it_disagrees() {
        let claim = "The city zoo bought a white tiger";
        let negated = "The city zoo did not buy a white tiger, its director said.";
        assert_eq!(relation_at(claim, negated, 0.9), Relation::Disagree);
        // Too little of the claim in the sentence: its negation is about something else.
        assert_ne!(relation_at(claim, negated, 0.3), Relation::Disagree);
        // A negation in a subordinate clause leaves the main clause asserted.
        let sub = "The city zoo bought a white tiger that had not been seen in years.";
        assert_eq!(relation_at(claim, sub, 0.9), Relation::Agree);
    }

    #[test]
    fn a_plain_statement_of_what_a_stored_denial_denies_disagrees() {
        let claim = "The city zoo did not buy a white tiger";
        let stated = "The city zoo bought a white tiger on Friday.";
        assert_eq!(relation_at(claim, stated, 0.8), Relation::Disagree);
        // Reporting the rumour is not stating it.
        let hedged = "The city zoo reportedly bought a white tiger on Friday.";
        assert_ne!(relation_at(claim, hedged, 0.8), Relation::Disagree);
        // Nor is a sentence that covers only part of the claim.
        assert_ne!(relation_at(claim, stated, 0.5), Relation::Disagree);
        // A stored claim that calls the story a hoax is not a plain denial.
        assert_ne!(
            relation_at("The white tiger story is a hoax", stated, 0.8),
            Relation::Disagree
        );
    }

    #[test]
    fn a_withheld_confirmation_is_no_denial() {
        let sentence = "Police have not confirmed that the city zoo bought a white tiger.";
        let claim = |content: &str, stance: Stance, negated: bool| GraphClaim {
            evidence: Evidence {
                doc: "a".into(),
                title: None,
                date: None,
                outlet: None,
                claim: 0,
                stored: false,
                speaker: "Police".into(),
                stance,
                cue: "confirmed".into(),
                content: content.into(),
                sentence: sentence.into(),
                span: Some(Span::new(0, sentence.len())),
            },
            actor: Some("Police".into()),
            camp: None,
            stance,
            negated,
            conditional: false,
            proposition: crate::propositions::normalise(0, content, &Lexicon::default()),
        };
        let about = vec![ArticleSentence {
            sentence: sentence.into(),
            span: Span::new(0, sentence.len()),
            coverage: 0.2,
        }];
        let judge = |c: GraphClaim| {
            relate(
                &stored("The city zoo bought a white tiger"),
                &[c],
                &about,
                &cues(sentence),
                &Lexicon::default(),
            )
            .0
        };
        let content = "the city zoo bought a white tiger";
        assert_ne!(
            judge(claim(content, Stance::Endorse, true)),
            Relation::Disagree
        );
        // A speaker who denies it, or asserts its negation, does disagree.
        assert_eq!(
            judge(claim(content, Stance::Deny, false)),
            Relation::Disagree
        );
        assert_eq!(
            judge(claim(
                "the city zoo did not buy a white tiger",
                Stance::Assert,
                false
            )),
            Relation::Disagree
        );
    }
}

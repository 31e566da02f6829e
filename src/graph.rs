//! The stance graph: actors and propositions as nodes, stances as edges (petgraph).
//!
//! Takes [`GraphClaim`]s (from one analysed article, or an article joined with stored
//! claims) and gives a [`StanceGraph`] that the rules match over and the reports draw.
//!
//! Nodes are actors, propositions (one per distinct proposition: claims that point back to
//! another share its node) and camps. Edges are stances (actor -> proposition, one per
//! claim, carrying the claim index so that its evidence can be quoted), camp membership
//! (actor -> camp), and similarity (proposition -> proposition, with the score of
//! [`crate::propositions::similarity`] when it reaches the threshold).
//!
//! Similar propositions are also grouped into clusters (connected components) for drawing.
//! The rules do not use the clusters for "same proposition"; they use the pairwise score,
//! so that a chain of similar claims can never pair two unrelated ones.
//!
//! Besides the graph it keeps what the rules ask of pairs of claims: each claim's actor
//! identity (a name with a descriptor, "Republican Donald Trump", is the same person as
//! "Donald Trump"; unnamed sources are all different), its stance after negation, which
//! claims are nested in one another (never compared: they are the same words), and each
//! claim's place (one speaker's overlapping claims in one sentence), so that a finding is
//! not reported once per nesting level.

use crate::lexicon::Lexicon;
use crate::model::{GraphClaim, Stance};
use crate::propositions::{similarity, similarity_reaching, Prepared, TermIds};
use petgraph::graph::{DiGraph, NodeIndex};
use rustc_hash::FxHashMap as HashMap;

/// A node of the stance graph.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Actor {
        name: String,
        camp: Option<String>,
    },
    /// A proposition; `cluster` groups similar ones.
    Proposition {
        cluster: usize,
        text: String,
    },
    Camp {
        name: String,
    },
}

/// An edge of the stance graph.
#[derive(Debug, Clone, PartialEq)]
pub enum Edge {
    /// The actor takes this stance (after negation, see [`StanceGraph::stance`]) in claim
    /// `claim` (index into [`StanceGraph::claims`]).
    Stance { claim: usize, stance: Stance },
    /// The actor belongs to the camp.
    Member,
    /// Two propositions are similar, with the score.
    Similar { score: f64 },
}

/// Actors and propositions joined by stance and camp edges, with pairwise similarity.
#[derive(Debug, Clone, Default)]
pub struct StanceGraph {
    pub graph: DiGraph<Node, Edge>,
    pub claims: Vec<GraphClaim>,
    pub threshold: f64,
    /// Identity of each claim's actor: the canonical name, or a key unique to the claim
    /// for an unnamed source (two unnamed sources are never taken as the same actor).
    actor_keys: Vec<String>,
    /// Camp of each claim's actor (from the claim, else from the lexicon).
    camps: Vec<Option<String>>,
    /// Stance of each claim after negation.
    stances: Vec<Stance>,
    /// For each claim, the other claims similar to it, with the score.
    similar: Vec<Vec<(usize, f64)>>,
    /// Pairs `(i, j)`, `i < j`, of claims nested one in the other (see [`nested_in`]).
    nested: rustc_hash::FxHashSet<(usize, usize)>,
    /// Place of each claim (see [`StanceGraph::place`]).
    place: Vec<usize>,
    /// Cluster of similar propositions of each claim.
    pub claim_cluster: Vec<usize>,
    /// Actor node by actor key.
    pub actor_nodes: HashMap<String, NodeIndex>,
    /// Proposition node of each claim.
    pub claim_nodes: Vec<NodeIndex>,
}

/// The stance a claim takes once negation is applied: "X said Russia did not meddle" is a
/// denial that Russia meddled; "X did not deny it" is no longer a denial (it counts as
/// `question`, neither for nor against). A doubly negated claim keeps its stance. Content
/// that is an open question ("whether Scott had a gun") takes no side: `question`; nor does a
/// claim whose cue stands in a condition ("If the plan rejected single mothers, ...").
pub fn effective_stance(c: &GraphClaim) -> Stance {
    if c.conditional {
        return Stance::Question;
    }
    // "asked whether X", "X will answer whether Y": an open question takes no side.
    let text = c
        .proposition
        .text
        .trim_start_matches(|ch: char| !ch.is_alphanumeric());
    let lower = text.get(..8).unwrap_or(text).to_lowercase();
    if lower.starts_with("whether ") || lower.starts_with("if ") {
        return Stance::Question;
    }
    let flipped = c.negated != c.proposition.negated;
    if !flipped {
        return c.stance;
    }
    match c.stance.polarity() {
        1 => Stance::Deny,
        _ => Stance::Question,
    }
}

impl StanceGraph {
    /// Build the graph; `threshold` is the similarity from which two contents are the same
    /// proposition. The lexicon supplies camps for actors whose claims carry none.
    pub fn build(claims: Vec<GraphClaim>, threshold: f64, lex: &Lexicon) -> StanceGraph {
        let n = claims.len();
        // "Republican Donald Trump" and "Donald Trump" are one person: named actors whose
        // last two words are the same capitalised name share the key of the shortest name.
        let mut by_name: HashMap<String, String> = HashMap::default();
        for name in claims.iter().filter_map(|c| c.actor.as_deref()) {
            if let Some(k) = person_key(name) {
                let e = by_name.entry(k).or_insert_with(|| name.to_string());
                if name.len() < e.len() {
                    *e = name.to_string();
                }
            }
        }
        let actor_keys: Vec<String> = claims
            .iter()
            .map(|c| match &c.actor {
                Some(a) => person_key(a)
                    .and_then(|k| by_name.get(&k).cloned())
                    .unwrap_or_else(|| a.clone()),
                None => format!(
                    "\u{0}unnamed:{}:{}:{}",
                    c.evidence.doc, c.evidence.stored, c.evidence.claim
                ),
            })
            .collect();
        let camps: Vec<Option<String>> = claims
            .iter()
            .map(|c| {
                c.camp.clone().or_else(|| {
                    let name = c.actor.as_deref()?;
                    lex.actors
                        .iter()
                        .find(|a| a.name == name)
                        .and_then(|a| a.camp.clone())
                })
            })
            .collect();
        let stances = claims.iter().map(effective_stance).collect();

        // Pairwise similarity; the same proposition of the same document is always similar
        // (a claim that points back to another shares its proposition). Without a shared
        // term the score is at most the entity bonus, so above that only pairs sharing a
        // term (found through an inverted index) need scoring.
        let mut similar: Vec<Vec<(usize, f64)>> = vec![Vec::new(); n];
        let all_pairs = threshold <= crate::propositions::ENTITY_BONUS;
        let mut by_term: HashMap<&str, Vec<usize>> = HashMap::default();
        let mut by_prop: HashMap<(&str, bool, usize), Vec<usize>> = HashMap::default();
        for (i, c) in claims.iter().enumerate() {
            let mut seen = rustc_hash::FxHashSet::default();
            for t in &c.proposition.terms {
                if t != crate::propositions::PART_SEPARATOR && seen.insert(t.as_str()) {
                    by_term.entry(t.as_str()).or_default().push(i);
                }
            }
            by_prop
                .entry((c.evidence.doc.as_str(), c.evidence.stored, c.proposition.id))
                .or_default()
                .push(i);
        }
        let mut term_ids = TermIds::default();
        let prepared: Vec<Prepared> = claims
            .iter()
            .map(|c| Prepared::new(&c.proposition, &mut term_ids))
            .collect();
        let mut cand = vec![false; n];
        let mut touched: Vec<usize> = Vec::new();
        for i in 0..n {
            let c = &claims[i];
            if all_pairs {
                touched.extend(i + 1..n);
            } else {
                let same =
                    &by_prop[&(c.evidence.doc.as_str(), c.evidence.stored, c.proposition.id)];
                let sharing = c
                    .proposition
                    .terms
                    .iter()
                    .filter_map(|t| by_term.get(t.as_str()))
                    .flatten();
                for &j in same.iter().chain(sharing) {
                    if j > i && !cand[j] {
                        cand[j] = true;
                        touched.push(j);
                    }
                }
                touched.sort_unstable();
            }
            for &j in &touched {
                cand[j] = false;
                let (a, b) = (&claims[i], &claims[j]);
                let same_prop = a.evidence.doc == b.evidence.doc
                    && a.evidence.stored == b.evidence.stored
                    && a.proposition.id == b.proposition.id;
                let s = if same_prop {
                    Some(1.0)
                } else {
                    similarity_reaching(&prepared[i], &prepared[j], threshold)
                };
                if let Some(s) = s.filter(|&s| s >= threshold) {
                    similar[i].push((j, s));
                    similar[j].push((i, s));
                }
            }
            touched.clear();
        }
        for v in &mut similar {
            v.sort_unstable_by_key(|x| x.0);
        }

        // Nesting only within one document.
        // ASCII contents and cues with capitals, lower-cased once each: their words are then
        // borrowed from these copies, not lower-cased one by one.
        let lowered: Vec<[Option<String>; 2]> = claims
            .iter()
            .map(|c| {
                [
                    ascii_lowered(&c.evidence.content),
                    ascii_lowered(&c.evidence.cue),
                ]
            })
            .collect();
        let mut word_ids = WordIds::default();
        let words: Vec<ContentWords> = claims
            .iter()
            .zip(&lowered)
            .map(|(c, low)| ContentWords::of(&c.evidence, low, &mut word_ids))
            .collect();
        let mut nested = rustc_hash::FxHashSet::default();
        let mut by_doc: HashMap<(&str, bool), Vec<usize>> = HashMap::default();
        for (i, c) in claims.iter().enumerate() {
            by_doc
                .entry((c.evidence.doc.as_str(), c.evidence.stored))
                .or_default()
                .push(i);
        }
        // `nested_in`'s own first tests (the spans, the inner cue's first word among the
        // outer content's words), which rule out nearly every pair: asked here, inline, the
        // pairs of a document cost no call and no compare of document names each.
        let may_nest = |outer: usize, inner: usize| {
            let (ow, iw) = (&words[outer], &words[inner]);
            matches!((claims[outer].evidence.span, claims[inner].evidence.span), (Some(x), Some(y)) if x.contains(y))
                || (!iw.content.is_empty()
                    && iw
                        .cue
                        .first()
                        .is_some_and(|c| ow.mask & (1 << (c % 64)) != 0))
        };
        for members in by_doc.values() {
            for (x, &i) in members.iter().enumerate() {
                for &j in &members[x + 1..] {
                    if !may_nest(i, j) && !may_nest(j, i) {
                        continue;
                    }
                    if nested_in(
                        &claims[i].evidence,
                        &claims[j].evidence,
                        &words[i],
                        &words[j],
                    ) || nested_in(
                        &claims[j].evidence,
                        &claims[i].evidence,
                        &words[j],
                        &words[i],
                    ) {
                        nested.insert((i.min(j), i.max(j)));
                    }
                }
            }
        }

        // Places: claims of one speaker in one sentence whose contents overlap (a claim and
        // the claim nested in it) share a place; a rule reports a set of places once.
        let mut place: Vec<usize> = (0..n).collect();
        for members in by_doc.values() {
            for (x, &i) in members.iter().enumerate() {
                for &j in &members[x + 1..] {
                    let (a, b) = (&claims[i].evidence, &claims[j].evidence);
                    let same = a.sentence == b.sentence
                        && actor_keys[i] == actor_keys[j]
                        && matches!((a.span, b.span), (Some(p), Some(q)) if p.overlaps(q) || p.contains(q) || q.contains(p));
                    if same {
                        let (ri, rj) = (place[i], place[j]);
                        let r = ri.min(rj);
                        for p in place.iter_mut() {
                            if *p == ri || *p == rj {
                                *p = r;
                            }
                        }
                    }
                }
            }
        }

        // Clusters: connected components of the similarity relation (union-find).
        let mut parent: Vec<usize> = (0..n).collect();
        fn find(p: &mut [usize], mut x: usize) -> usize {
            while p[x] != x {
                p[x] = p[p[x]];
                x = p[x];
            }
            x
        }
        for (i, nb) in similar.iter().enumerate() {
            for &(j, _) in nb {
                let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                if ri != rj {
                    parent[ri.max(rj)] = ri.min(rj);
                }
            }
        }
        let mut root_cluster: HashMap<usize, usize> = HashMap::default();
        let mut claim_cluster = Vec::with_capacity(n);
        for i in 0..n {
            let r = find(&mut parent, i);
            let next = root_cluster.len();
            claim_cluster.push(*root_cluster.entry(r).or_insert(next));
        }

        let mut graph = DiGraph::new();
        let mut actor_nodes: HashMap<String, NodeIndex> = HashMap::default();
        let mut camp_nodes: HashMap<String, NodeIndex> = HashMap::default();
        let mut prop_nodes: HashMap<(String, bool, usize), NodeIndex> = HashMap::default();
        let mut claim_nodes: Vec<NodeIndex> = Vec::with_capacity(n);
        for i in 0..n {
            let c = &claims[i];
            let pkey = (c.evidence.doc.clone(), c.evidence.stored, c.proposition.id);
            let prop = *prop_nodes.entry(pkey).or_insert_with(|| {
                graph.add_node(Node::Proposition {
                    cluster: claim_cluster[i],
                    text: c.proposition.text.clone(),
                })
            });
            claim_nodes.push(prop);
            let key = &actor_keys[i];
            let actor = match actor_nodes.get(key) {
                Some(&a) => a,
                None => {
                    let a = graph.add_node(Node::Actor {
                        name: c
                            .actor
                            .clone()
                            .unwrap_or_else(|| c.evidence.speaker.clone()),
                        camp: camps[i].clone(),
                    });
                    actor_nodes.insert(key.clone(), a);
                    if let Some(camp) = &camps[i] {
                        let cn = *camp_nodes
                            .entry(camp.clone())
                            .or_insert_with(|| graph.add_node(Node::Camp { name: camp.clone() }));
                        graph.add_edge(a, cn, Edge::Member);
                    }
                    a
                }
            };
            graph.add_edge(
                actor,
                prop,
                Edge::Stance {
                    claim: i,
                    stance: effective_stance(c),
                },
            );
        }
        for (i, nb) in similar.iter().enumerate() {
            for &(j, score) in nb {
                let (a, b) = (claim_nodes[i], claim_nodes[j]);
                if i < j && a != b && graph.find_edge(a, b).is_none() {
                    graph.add_edge(a, b, Edge::Similar { score });
                }
            }
        }

        StanceGraph {
            graph,
            claims,
            threshold,
            actor_keys,
            camps,
            stances,
            similar,
            nested,
            place,
            claim_cluster,
            actor_nodes,
            claim_nodes,
        }
    }

    /// The identity of claim `i`'s actor (unique per claim for unnamed sources).
    pub fn actor_key(&self, i: usize) -> &str {
        &self.actor_keys[i]
    }

    /// The display name of claim `i`'s actor.
    pub fn actor_name(&self, i: usize) -> &str {
        self.claims[i]
            .actor
            .as_deref()
            .unwrap_or(&self.claims[i].evidence.speaker)
    }

    /// The camp of claim `i`'s actor.
    pub fn camp(&self, i: usize) -> Option<&str> {
        self.camps[i].as_deref()
    }

    /// The stance of claim `i` after negation.
    pub fn stance(&self, i: usize) -> Stance {
        self.stances[i]
    }

    /// Whether claims `i` and `j` are about the same proposition (score >= threshold).
    pub fn similar(&self, i: usize, j: usize) -> bool {
        i == j || self.similar[i].binary_search_by_key(&j, |x| x.0).is_ok()
    }

    /// The place of claim `i`: the smallest index of the claims at the same place (one
    /// speaker's overlapping claims in one sentence: a claim and the claim nested in it).
    pub fn place(&self, i: usize) -> usize {
        self.place[i]
    }

    /// The similarity score of claims `i` and `j` (computed when below the threshold).
    pub fn score(&self, i: usize, j: usize) -> f64 {
        if i == j {
            return 1.0;
        }
        match self.similar[i].binary_search_by_key(&j, |x| x.0) {
            Ok(k) => self.similar[i][k].1,
            Err(_) => similarity(&self.claims[i].proposition, &self.claims[j].proposition),
        }
    }

    /// One claim is nested in the other, the claim that reports it ("he revealed that he had
    /// warned Lavrov that ..."), so that the two are the same words rather than two stances.
    pub fn nested(&self, i: usize, j: usize) -> bool {
        self.nested.contains(&(i.min(j), i.max(j)))
    }

    /// The claims similar to claim `i`.
    pub fn neighbours(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.similar[i].iter().map(|x| x.0)
    }
}

/// The last two words of a name when both are capitalised ("Donald Trump" for "Republican
/// Donald Trump"); `None` for one-word names and for descriptions ("the source").
fn person_key(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    let last2 = &words[words.len() - 2..];
    last2
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        .then(|| last2.join(" "))
}

/// The words of a claim's content and cue, lower case, for the nesting test.
#[derive(Debug, Clone, Default)]
struct ContentWords {
    content: Vec<u32>,
    cue: Vec<u32>,
    /// One bit per content word (its id modulo 64): most pairs of claims fail the nesting
    /// test on the first cue word, which the mask rules out without scanning the content.
    mask: u64,
    /// The content's word trigrams, made the first time the claim is the outer one of a
    /// pair that needs them (a claim of a long article is tested against many others).
    trigrams: std::cell::OnceCell<rustc_hash::FxHashSet<[u32; NEST_NGRAM]>>,
}

/// Lower-case words as numbers, one per distinct word: the nesting test compares every
/// pair of a document's claims word by word, and numbers compare without a string compare.
/// Words already in lower case (most) are keys borrowed from the claims, not copies.
#[derive(Default)]
struct WordIds<'a> {
    ids: HashMap<std::borrow::Cow<'a, str>, u32>,
    buf: String,
}

impl<'a> WordIds<'a> {
    /// The id of a word known to be in lower case.
    fn lower_id(&mut self, w: &'a str) -> u32 {
        let next = self.ids.len() as u32;
        *self
            .ids
            .entry(std::borrow::Cow::Borrowed(w))
            .or_insert(next)
    }

    fn id(&mut self, w: &'a str) -> u32 {
        let lower = w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase());
        let key: &str = if lower {
            w
        } else {
            // Lower-cased into the reused buffer: a new string for every capitalised word
            // was an allocation and a free each (non-ASCII words keep `to_lowercase`, which
            // knows a final sigma).
            if w.is_ascii() {
                self.buf.clear();
                self.buf.push_str(w);
                self.buf.make_ascii_lowercase();
            } else {
                self.buf = w.to_lowercase();
            }
            &self.buf
        };
        if let Some(&id) = self.ids.get(key) {
            return id;
        }
        let id = self.ids.len() as u32;
        let key = if lower {
            std::borrow::Cow::Borrowed(w)
        } else {
            std::borrow::Cow::Owned(std::mem::take(&mut self.buf))
        };
        self.ids.insert(key, id);
        id
    }
}

/// An ASCII text with capitals, in lower case (`None` for the others: no capitals, or not
/// ASCII, whose words [`WordIds::id`] lower-cases one by one).
fn ascii_lowered(s: &str) -> Option<String> {
    (s.is_ascii() && s.bytes().any(|b| b.is_ascii_uppercase())).then(|| s.to_ascii_lowercase())
}

impl ContentWords {
    /// The words of the evidence's content and cue; `lowered` holds [`ascii_lowered`] of the
    /// two.
    fn of<'a>(
        e: &'a crate::model::Evidence,
        lowered: &'a [Option<String>; 2],
        ids: &mut WordIds<'a>,
    ) -> ContentWords {
        // The runs of alphanumeric characters.
        let mut words = |s: &'a str, low: &'a Option<String>| -> Vec<u32> {
            let mut out = Vec::new();
            if s.is_ascii() {
                // Byte by byte, in lower case already: each word is one look-up.
                let s: &'a str = low.as_deref().unwrap_or(s);
                let b = s.as_bytes();
                let mut i = 0;
                while i < b.len() {
                    if !b[i].is_ascii_alphanumeric() {
                        i += 1;
                        continue;
                    }
                    let start = i;
                    while i < b.len() && b[i].is_ascii_alphanumeric() {
                        i += 1;
                    }
                    out.push(ids.lower_id(&s[start..i]));
                }
                return out;
            }
            let mut start = None;
            for (i, c) in s.char_indices() {
                let alnum = if c.is_ascii() {
                    c.is_ascii_alphanumeric()
                } else {
                    c.is_alphanumeric()
                };
                match (alnum, start) {
                    (true, None) => start = Some(i),
                    (false, Some(b)) => {
                        out.push(ids.id(&s[b..i]));
                        start = None;
                    }
                    _ => {}
                }
            }
            if let Some(b) = start {
                out.push(ids.id(&s[b..]));
            }
            out
        };
        let content = words(&e.content, &lowered[0]);
        let mask = content.iter().fold(0u64, |m, &w| m | 1 << (w % 64));
        ContentWords {
            content,
            cue: words(&e.cue, &lowered[1]),
            mask,
            trigrams: Default::default(),
        }
    }
}

/// Word n-gram length for the overlap test.
const NEST_NGRAM: usize = 3;
/// Share of the inner content's words that must also be in the outer content.
const NEST_COVERAGE: f64 = 0.6;

/// `inner` is nested in `outer`: same document, the outer content holds the inner claim's cue
/// and most of its content (words covered by shared word trigrams). In "Russia denied
/// reports, endorsed by US intelligence agencies, that ..." Russia's content holds the
/// agencies' content but not their cue: two stances on the same words, not nesting.
/// Extraction can give the two contents slightly different edges, hence coverage rather than
/// containment.
fn nested_in(
    outer: &crate::model::Evidence,
    inner: &crate::model::Evidence,
    ow: &ContentWords,
    iw: &ContentWords,
) -> bool {
    if outer.doc != inner.doc || outer.stored != inner.stored {
        return false;
    }
    if matches!((outer.span, inner.span), (Some(x), Some(y)) if x.contains(y)) {
        return true;
    }
    if iw.cue.is_empty()
        || iw.content.is_empty()
        || ow.mask & (1 << (iw.cue[0] % 64)) == 0
        || !ow
            .content
            .windows(iw.cue.len())
            // the first word before the whole cue: most windows differ there
            .any(|w| w[0] == iw.cue[0] && w == iw.cue.as_slice())
    {
        return false;
    }
    let k = NEST_NGRAM.min(iw.content.len());
    // Shorter n-grams (for an inner content of fewer words) are rare: made each time.
    let short: rustc_hash::FxHashSet<&[u32]> = if k < NEST_NGRAM {
        ow.content.windows(k).collect()
    } else {
        Default::default()
    };
    let trigrams = (k == NEST_NGRAM).then(|| {
        ow.trigrams.get_or_init(|| {
            ow.content
                .windows(NEST_NGRAM)
                .map(|w| <[u32; NEST_NGRAM]>::try_from(w).expect("windows of NEST_NGRAM"))
                .collect()
        })
    });
    let mut covered = vec![false; iw.content.len()];
    for (s, w) in iw.content.windows(k).enumerate() {
        let shared = match trigrams {
            Some(t) => <[u32; NEST_NGRAM]>::try_from(w).is_ok_and(|g| t.contains(&g)),
            None => short.contains(w),
        };
        if shared {
            for c in covered.iter_mut().skip(s).take(k) {
                *c = true;
            }
        }
    }
    let share = covered.iter().filter(|c| **c).count() as f64 / iw.content.len() as f64;
    share >= NEST_COVERAGE
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, Proposition};

    pub(crate) fn claim(
        doc: &str,
        id: usize,
        actor: &str,
        camp: &str,
        stance: Stance,
        terms: &[&str],
    ) -> GraphClaim {
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
                content: terms.join(" "),
                sentence: terms.join(" "),
                span: None,
            },
            actor: (!actor.is_empty()).then(|| actor.to_string()),
            camp: (!camp.is_empty()).then(|| camp.to_string()),
            stance,
            negated: false,
            conditional: false,
            proposition: Proposition {
                id,
                text: terms.join(" "),
                terms: terms.iter().map(|s| s.to_string()).collect(),
                entities: vec![],
                quantities: vec![],
                dates: vec![],
                negated: false,
            },
        }
    }

    #[test]
    fn clusters_similar_claims_and_keeps_unnamed_sources_apart() {
        let claims = vec![
            claim(
                "d",
                0,
                "Russia",
                "Russia",
                Stance::Deny,
                &["~interfere", "~election"],
            ),
            claim("d", 1, "", "", Stance::Assert, &["~interfere", "~election"]),
            claim("d", 2, "", "", Stance::Assert, &["~interfere", "~election"]),
            claim("d", 3, "Russia", "Russia", Stance::Assert, &["~embassy"]),
        ];
        let g = StanceGraph::build(claims, 0.5, &Lexicon::default());
        assert_eq!(g.claim_cluster, vec![0, 0, 0, 1]);
        assert_eq!(g.claim_nodes.len(), 4);
        assert!(g.similar(0, 1) && !g.similar(0, 3));
        assert_ne!(g.actor_key(1), g.actor_key(2));
        assert_eq!(g.actor_key(0), g.actor_key(3));
        // 3 actors (Russia, two unnamed) + 4 propositions + 1 camp
        assert_eq!(g.graph.node_count(), 8);
        // 4 stance edges + 1 membership + 3 similarity edges among claims 0..=2
        assert_eq!(g.graph.edge_count(), 8);
    }

    #[test]
    fn a_name_with_a_descriptor_is_the_same_actor() {
        let g = StanceGraph::build(
            vec![
                claim(
                    "d",
                    0,
                    "Republican Donald Trump",
                    "",
                    Stance::Assert,
                    &["x"],
                ),
                claim("d", 1, "Donald Trump", "", Stance::Assert, &["y"]),
                claim("d", 2, "Melania Trump", "", Stance::Assert, &["z"]),
                claim("d", 3, "the source", "", Stance::Assert, &["w"]),
            ],
            0.5,
            &Lexicon::default(),
        );
        assert_eq!(g.actor_key(0), g.actor_key(1));
        assert_ne!(g.actor_key(1), g.actor_key(2));
        assert_eq!(g.actor_key(3), "the source");
    }

    #[test]
    fn nested_claims_are_recognised_but_two_stances_on_one_content_are_not() {
        let mut outer = claim("d", 0, "Tillerson", "", Stance::Assert, &["x"]);
        outer.evidence.content =
            "he had warned Lavrov that Washington was deciding on a response".into();
        let mut inner = claim("d", 1, "Tillerson", "", Stance::Warn, &["x"]);
        inner.evidence.cue = "warned".into();
        inner.evidence.content = "Washington was deciding on a response".into();
        // "Russia denied reports, endorsed by US intelligence agencies, that it meddled"
        let mut denial = claim("d", 2, "Russia", "", Stance::Deny, &["x"]);
        denial.evidence.cue = "denied".into();
        denial.evidence.content = "reports … it meddled in the election".into();
        let mut endorsement = claim(
            "d",
            3,
            "US intelligence agencies",
            "",
            Stance::Endorse,
            &["x"],
        );
        endorsement.evidence.cue = "endorsed".into();
        endorsement.evidence.content = "it meddled in the election".into();
        let g = StanceGraph::build(
            vec![outer, inner, denial, endorsement],
            0.5,
            &Lexicon::default(),
        );
        assert!(g.nested(0, 1) && g.nested(1, 0));
        assert!(!g.nested(2, 3));
        assert!(!g.nested(0, 2));
    }

    #[test]
    fn negation_flips_the_stance() {
        let mut c = claim("d", 0, "X", "", Stance::Assert, &["a"]);
        c.proposition.negated = true;
        assert_eq!(effective_stance(&c), Stance::Deny);
        c.negated = true;
        assert_eq!(effective_stance(&c), Stance::Assert);
        let mut d = claim("d", 0, "X", "", Stance::Deny, &["a"]);
        d.negated = true;
        assert_eq!(effective_stance(&d), Stance::Question);
    }

    #[test]
    fn a_claim_in_a_condition_takes_no_side() {
        let mut c = claim("d", 0, "X", "", Stance::Deny, &["a"]);
        assert_eq!(effective_stance(&c), Stance::Deny);
        c.conditional = true;
        assert_eq!(effective_stance(&c), Stance::Question);
        c.negated = true;
        assert_eq!(effective_stance(&c), Stance::Question);
    }
}

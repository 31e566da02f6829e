//! Properties of rule matching on random stance graphs: no finding twice, every finding with
//! its evidence, and the same findings whatever order the claims come in.

use proptest::prelude::*;
use stancegraph::graph::StanceGraph;
use stancegraph::model::{Evidence, GraphClaim, Proposition, Stance};
use stancegraph::Engine;
use std::collections::BTreeSet;

const ACTORS: [(&str, &str); 5] = [
    ("Russia", "Russia"),
    ("Sergei Lavrov", "Russia"),
    ("Rex Tillerson", "United States"),
    ("US intelligence agencies", "United States"),
    ("", ""),
];
const TERMS: [&str; 6] = [
    "~interfere",
    "~election",
    "~embassy",
    "serious",
    "mistrust",
    "talk",
];

fn claim(id: usize, actor: usize, stance: usize, terms: &[usize]) -> GraphClaim {
    let (name, camp) = ACTORS[actor % ACTORS.len()];
    let stance = Stance::ALL[stance % Stance::ALL.len()];
    let terms: Vec<String> = terms
        .iter()
        .map(|t| TERMS[t % TERMS.len()].to_string())
        .collect();
    let text = format!("claim {id}: {}", terms.join(" "));
    GraphClaim {
        evidence: Evidence {
            doc: "d".into(),
            title: None,
            date: None,
            outlet: None,
            claim: id,
            stored: false,
            speaker: if name.is_empty() {
                "(unnamed)".into()
            } else {
                name.into()
            },
            stance,
            cue: format!("cue{id}"),
            content: text.clone(),
            sentence: format!("sentence {id}"),
            span: Some(stancegraph::model::Span::new(id * 100, id * 100 + 10)),
        },
        actor: (!name.is_empty()).then(|| name.to_string()),
        camp: (!camp.is_empty()).then(|| camp.to_string()),
        stance,
        negated: false,
        conditional: false,
        proposition: Proposition {
            id,
            text,
            terms,
            entities: vec![],
            quantities: vec![],
            dates: vec![],
            negated: false,
        },
    }
}

fn keys(claims: Vec<GraphClaim>) -> Vec<(String, BTreeSet<usize>)> {
    let engine = Engine::shipped();
    let g = StanceGraph::build(claims, 0.5, &engine.lexicon);
    engine
        .rules
        .evaluate(&g)
        .into_iter()
        .map(|f| {
            assert!(f.evidence.len() >= 2, "{f:?}");
            assert!(!f.message.is_empty());
            (f.rule, f.evidence.iter().map(|e| e.claim).collect())
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn findings_are_unique_and_independent_of_claim_order(
        spec in prop::collection::vec((0usize..5, 0usize..11, prop::collection::vec(0usize..6, 1..4)), 0..12),
        seed in any::<u64>(),
    ) {
        let claims: Vec<GraphClaim> = spec
            .iter()
            .enumerate()
            .map(|(i, (a, s, t))| claim(i, *a, *s, t))
            .collect();
        let first = keys(claims.clone());
        let unique: BTreeSet<_> = first.iter().cloned().collect();
        prop_assert_eq!(unique.len(), first.len(), "a finding reported twice: {:?}", first);

        // the same claims in another order
        let mut shuffled = claims;
        let n = shuffled.len();
        let mut x = seed;
        for i in (1..n).rev() {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (x >> 33) as usize % (i + 1));
        }
        let second: BTreeSet<_> = keys(shuffled).into_iter().collect();
        prop_assert_eq!(unique, second);
    }
}

/// An article that repeats itself gives one finding per disagreement, not one per pair of
/// copies: the seed article ten times over has no more conflict findings between named actors
/// than once (the number of findings must not grow with the square of the copies).
#[test]
fn repeated_article_does_not_multiply_findings() {
    let seed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/tillerson-lavrov.txt"
    ))
    .unwrap();
    let engine = Engine::shipped();
    let named = |text: String| {
        engine
            .analyze(stancegraph::Document::new("d", text))
            .findings
            .iter()
            .filter(|f| f.evidence.iter().all(|e| e.speaker != "(unnamed)"))
            .count()
    };
    let once = named(seed.clone());
    let ten = named(vec![seed.replace('\n', " "); 10].join(" "));
    assert!(once > 0);
    assert_eq!(
        ten, once,
        "repeats made {ten} findings between named actors, one copy {once}"
    );
}

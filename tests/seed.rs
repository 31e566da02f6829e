//! The seed article against its hand annotation (tests/seed_expected.toml): every `must`
//! claim is found with the right source, stance and content; the `not_claim` is not produced;
//! the number of `should` claims found is printed.

use serde::Deserialize;
use stancegraph::{Document, Engine};

#[derive(Deserialize)]
struct Expected {
    claim: Vec<ExpClaim>,
    not_claim: Vec<NotClaim>,
}

#[derive(Deserialize)]
struct ExpClaim {
    level: String,
    source: Vec<String>,
    stance: Vec<String>,
    content: String,
    #[serde(default)]
    cue: Option<String>,
}

#[derive(Deserialize)]
struct NotClaim {
    source: Vec<String>,
    content: String,
}

/// Fold curly quotes and apostrophes to straight ones and collapse white space.
fn fold(s: &str) -> String {
    let s: String = s
        .chars()
        .map(|c| match c {
            '“' | '”' | '„' => '"',
            '‘' | '’' => '\'',
            c => c,
        })
        .collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn seed_article_claims_match_the_hand_annotation() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/tillerson-lavrov.txt"
    ))
    .unwrap();
    let expected: Expected = toml::from_str(include_str!("seed_expected.toml")).unwrap();
    let a = Engine::shipped().analyze(Document::new("seed", text.clone()));
    let found: Vec<(Option<String>, String, String, String)> = a
        .claims
        .iter()
        .map(|c| {
            let actor = c.source.actor.map(|i| a.actors[i].name.clone());
            (
                actor,
                c.stance.to_string(),
                fold(&c.content_text(&text)),
                c.cue_text(&text),
            )
        })
        .collect();
    let mut missing_must = Vec::new();
    let (mut should_total, mut should_found) = (0, 0);
    for e in &expected.claim {
        let hit = found.iter().any(|(actor, stance, content, _)| {
            let source_ok = if e.source.is_empty() {
                actor.is_none()
            } else {
                actor.as_ref().is_some_and(|a| e.source.contains(a))
            };
            source_ok && e.stance.contains(stance) && content.contains(&fold(&e.content))
        });
        match e.level.as_str() {
            "must" if !hit => missing_must.push(format!(
                "{:?} {:?} {:?} {:?}",
                e.source, e.cue, e.stance, e.content
            )),
            "should" => {
                should_total += 1;
                if hit {
                    should_found += 1;
                } else {
                    println!(
                        "should claim not found: {:?} {:?} {:?}",
                        e.source, e.cue, e.content
                    );
                }
            }
            _ => {}
        }
    }
    println!("should claims found: {should_found}/{should_total}");
    for n in &expected.not_claim {
        let bad = found.iter().any(|(actor, _, content, _)| {
            actor.as_ref().is_some_and(|a| n.source.contains(a))
                && content.contains(&fold(&n.content))
        });
        assert!(!bad, "narration put in a speaker's mouth: {:?}", n.content);
    }
    assert!(
        missing_must.is_empty(),
        "must claims not found:\n{}\nfound:\n{found:#?}",
        missing_must.join("\n")
    );
}

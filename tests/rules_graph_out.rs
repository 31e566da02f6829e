//! `report --format dot` and `--format svg` on the seed article: actors, propositions, stance
//! edges coloured by stance, and the conflict findings drawn as highlighted edges.

use stancegraph::document::Document;
use stancegraph::report::svg::inline_svg_for;
use stancegraph::Engine;
use std::process::Command;

fn seed_path() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/tillerson-lavrov.txt").to_string()
}

fn report(format: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_stancegraph"))
        .args(["report", "-q", "--format", format, &seed_path()])
        .env_remove("STANCEGRAPH_CONFIG")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn dot_draws_actors_stances_and_the_must_conflict() {
    let dot = report("dot");
    assert!(dot.starts_with("digraph \"tillerson-lavrov\" {"), "{dot}");
    // actors with their camp, as boxes
    assert!(dot.contains("[label=\"Russia\", shape=box"), "{dot}");
    assert!(dot.contains("US intelligence agencies"), "{dot}");
    // Russia's denial in the deny colour, the agencies' endorsement in the endorse colour
    assert!(dot.contains("denied (deny)\", color=\"#c62828\""), "{dot}");
    assert!(dot.contains("color=\"#c62828\""), "deny edge colour: {dot}");
    assert!(
        dot.contains("color=\"#1b5e20\""),
        "endorse edge colour: {dot}"
    );
    // the conflict between the two actors, highlighted
    let conflict = dot
        .lines()
        .filter(|l| l.contains("label=\"opposing-stances\""))
        .collect::<Vec<_>>();
    assert!(!conflict.is_empty(), "{dot}");
    assert!(conflict
        .iter()
        .all(|l| l.contains("penwidth=3") && l.contains("#d50000")));
    assert!(dot.trim_end().ends_with('}'));
}

#[test]
fn svg_is_drawn_without_graphviz() {
    let svg = report("svg");
    assert!(svg.contains("<svg"), "{svg}");
    assert!(svg.trim_end().ends_with("</svg>"));
    assert!(svg.contains("Russia") && svg.contains("opposing-stances"));
    assert!(svg.contains("#d50000"), "conflict edge highlighted");

    // The HTML report can embed the same drawing as an element.
    let text = std::fs::read_to_string(seed_path()).unwrap();
    let a = Engine::shipped().analyze(Document::new("seed", text));
    let inline = inline_svg_for(&a).unwrap();
    assert!(inline.starts_with("<svg"));
    let empty = Engine::shipped().analyze(Document::new("empty", "No claims here."));
    assert!(inline_svg_for(&empty).is_none());
}

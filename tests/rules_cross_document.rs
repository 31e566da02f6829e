//! Figures that disagree across two articles: the claims of both are joined into one stance
//! graph (as `check` joins a new article with stored claims) and the shipped rules run on it.

use stancegraph::document::Document;
use stancegraph::model::Finding;
use stancegraph::ruletest::findings_across;
use stancegraph::Engine;

// Two short wire reports written for this test: the same story, with a different count of
// personnel and a different deadline.
const FIRST: &str = "Russian President Vladimir Putin ordered the US diplomatic mission in Moscow to cut 755 personnel, the Kremlin said on Monday.\n\
US Secretary of State Rex Tillerson said Washington would respond to the Russian request by September 1.";
const SECOND: &str =
    "The Kremlin said the US diplomatic mission in Moscow must cut 750 personnel.\n\
A State Department spokesman said Washington would respond to the Russian request by August 31.";

fn findings(engine: &Engine) -> Vec<Finding> {
    let a = engine.extract(Document::new("first", FIRST));
    let b = engine.extract(Document::new("second", SECOND));
    assert!(
        !a.claims.is_empty() && !b.claims.is_empty(),
        "extraction found no claims"
    );
    findings_across(engine, &[&a, &b])
}

fn by_rule<'f>(fs: &'f [Finding], rule: &str) -> Vec<&'f Finding> {
    fs.iter().filter(|f| f.rule == rule).collect()
}

#[test]
fn quantity_mismatch_across_two_articles() {
    let fs = findings(&Engine::shipped());
    let q = by_rule(&fs, "quantity-mismatch");
    assert_eq!(q.len(), 1, "{fs:#?}");
    let f = q[0];
    let docs: Vec<&str> = f.evidence.iter().map(|e| e.doc.as_str()).collect();
    assert_eq!(docs, ["first", "second"]);
    assert!(f.evidence[0].content.contains("755 personnel"), "{f:#?}");
    assert!(f.evidence[1].content.contains("750 personnel"), "{f:#?}");
    assert!(
        f.message.contains("755 personnel") && f.message.contains("750 personnel"),
        "{}",
        f.message
    );
}

#[test]
fn date_mismatch_across_two_articles() {
    let fs = findings(&Engine::shipped());
    let d = by_rule(&fs, "date-mismatch");
    assert_eq!(d.len(), 1, "{fs:#?}");
    let f = d[0];
    assert!(f.evidence[0].content.contains("September 1"), "{f:#?}");
    assert!(f.evidence[1].content.contains("August 31"), "{f:#?}");
    assert_eq!(f.actors.len(), 2, "{f:#?}");
    assert_eq!(f.actors[0], "Rex Tillerson");
}

#[test]
fn dont_flag_figures_within_one_article_that_agree() {
    // Each article on its own has one figure and one date: nothing to compare.
    let engine = Engine::shipped();
    for text in [FIRST, SECOND] {
        let a = engine.analyze(Document::new("one", text));
        assert!(
            a.findings
                .iter()
                .all(|f| f.rule != "quantity-mismatch" && f.rule != "date-mismatch"),
            "{:#?}",
            a.findings
        );
    }
    // The same figure twice is no mismatch.
    let a = engine.extract(Document::new("first", FIRST));
    let b = engine.extract(Document::new("again", FIRST));
    let fs = findings_across(&engine, &[&a, &b]);
    assert!(by_rule(&fs, "quantity-mismatch").is_empty(), "{fs:#?}");
    assert!(by_rule(&fs, "date-mismatch").is_empty(), "{fs:#?}");
}

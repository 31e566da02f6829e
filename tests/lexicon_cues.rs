//! Every shipped cue extracts a claim: each entry of rules/lexicon/cues.toml is put into a
//! sentence written for its frame, and each `examples` sentence in the file must give a claim
//! with that cue's lemma.

use stancegraph::lexicon::{inflect, CueEntry, CueFrame};
use stancegraph::model::Stance;
use stancegraph::{Document, Engine};

/// A sentence for one cue form: the subject, the cue, the content.
fn template(frame: CueFrame, stance: Stance, past: &str, lemma: &str) -> Option<String> {
    let content = "the budget will be balanced next year";
    // a question verb reports a question
    let that = if stance == Stance::Question {
        "whether"
    } else {
        "that"
    };
    Some(match frame {
        // a hedge takes an infinitive ("seemed to expect"), never a that-clause after a subject
        CueFrame::Verb if matches!(lemma, "seem" | "appear") => {
            format!("The senator {past} to expect that {content}.")
        }
        CueFrame::Verb => format!("The senator {past} {that} {content}."),
        CueFrame::ObjectVerb => format!("The senator {past} reporters {that} {content}."),
        CueFrame::NpVerb => format!("The senator {past} the reports that {content}."),
        CueFrame::Noun => format!("The senator's {lemma} that {content} surprised everyone."),
        CueFrame::Preposition => format!("{} the senator, {content}.", capitalise(lemma)),
    })
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The past tense of a (possibly multiword) verb lemma: "play down" -> "played down".
fn past_of(lemma: &str) -> String {
    let mut words = lemma.split_whitespace();
    let head = words.next().unwrap_or("");
    let rest: Vec<&str> = words.collect();
    let past = if head == "be" {
        "was".to_string()
    } else {
        inflect(head)[1].clone()
    };
    std::iter::once(past.as_str())
        .chain(rest.iter().copied())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The verb form a cue's template uses: its regular past when the cue has it; else, when the
/// file writes the forms out, the past of a full list (the third: "preferred", "upheld"),
/// else a present of a shortened one ("supposes" when "supposed" is left out, "reads").
fn template_form(cue: &CueEntry) -> String {
    let regular = past_of(&cue.lemma);
    if matches!(cue.frame, CueFrame::Noun | CueFrame::Preposition)
        || cue.forms.is_empty()
        || cue.forms.contains(&regular)
    {
        return regular;
    }
    if cue.forms.len() >= 4 {
        return cue.forms[2].clone();
    }
    cue.forms
        .iter()
        .find(|f| {
            f.split_whitespace()
                .next()
                .is_some_and(|h| h.ends_with('s'))
        })
        .or(cue.forms.last())
        .cloned()
        .unwrap_or(regular)
}

#[test]
fn every_shipped_cue_extracts_a_claim_in_its_frame() {
    let engine = Engine::shipped();
    let mut failures = Vec::new();
    let mut tried = 0;
    for cue in &engine.lexicon.cues {
        // cues that report speech only in one shape have their own tests in src/claims/tests.rs
        // (the nouns "attack", "opposition", "support" only with their preposition:
        // attacks_support_and_opposition_with_a_possessor)
        if matches!(
            cue.lemma.as_str(),
            "continue" | "go on" | "speak" | "decline" | "refuse"
        ) || (cue.frame == CueFrame::Noun
            && matches!(cue.lemma.as_str(), "attack" | "opposition" | "support"))
        {
            continue;
        }
        let past = template_form(cue);
        let Some(sentence) = template(cue.frame, cue.stance, &past, &cue.lemma) else {
            continue;
        };
        tried += 1;
        let a = engine.extract(Document::new("t", sentence.clone()));
        let found = a.claims.iter().any(|c| {
            c.cue.lemma == cue.lemma
                && c.stance == cue.stance
                && c.content_text(&sentence).contains("budget")
        });
        if !found {
            let got: Vec<String> = a
                .claims
                .iter()
                .map(|c| {
                    format!(
                        "{} ({}) {}",
                        c.cue.lemma,
                        c.stance,
                        c.content_text(&sentence)
                    )
                })
                .collect();
            failures.push(format!(
                "{} [{:?}, {}]: {sentence:?} gave {got:?}",
                cue.lemma, cue.frame, cue.stance
            ));
        }
    }
    println!(
        "{} of {tried} cue templates extracted",
        tried - failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} cues extract nothing in their template:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_example_in_the_cue_file_extracts_its_cue() {
    let engine = Engine::shipped();
    let file: toml::Value = toml::from_str(include_str!("../rules/lexicon/cues.toml")).unwrap();
    let mut n = 0;
    for cue in file["cue"].as_array().unwrap() {
        let lemma = cue["lemma"].as_str().unwrap();
        for ex in cue
            .get("examples")
            .and_then(|e| e.as_array())
            .into_iter()
            .flatten()
        {
            let text = ex.as_str().unwrap();
            let a = engine.extract(Document::new("ex", text));
            assert!(
                a.claims.iter().any(|c| c.cue.lemma == lemma),
                "example of `{lemma}` extracts no such claim: {text:?}"
            );
            n += 1;
        }
    }
    assert!(n >= 5, "the cue file should carry examples");
}

/// Regular-rule pasts of irregular verbs: a cue whose forms are generated from its lemma by the
/// regular rules gets these ("seek" -> "seeked") and never matches the real past ("sought"). A
/// verb missing from the loader's irregular table must have its forms written out in the file
/// (scripts/build-cues.py FORMS). The same for a regular verb the rules inflect wrongly
/// ("open" -> "openned": the consonant doubling of "spar" -> "sparred").
const WRONG_PASTS: &[(&str, &str)] = &[
    ("seek", "seeked"),
    ("strike", "striked"),
    ("throw", "throwed"),
    ("say", "sayed"),
    ("tell", "telled"),
    ("think", "thinked"),
    ("know", "knowed"),
    ("write", "writed"),
    ("speak", "speaked"),
    ("find", "finded"),
    ("feel", "feeled"),
    ("hold", "holded"),
    ("give", "gived"),
    ("hear", "heared"),
    ("swear", "sweared"),
    ("teach", "teached"),
    ("take", "taked"),
    ("make", "maked"),
    ("lay", "layed"),
    ("mean", "meaned"),
    ("understand", "understanded"),
    ("foresee", "foreseed"),
    ("come", "comed"),
    ("get", "getted"),
    ("go", "goed"),
    ("put", "putted"),
    ("read", "readed"),
    ("bring", "bringed"),
    ("buy", "buyed"),
    ("fight", "fighted"),
    ("stand", "standed"),
    ("draw", "drawed"),
    ("tear", "teared"),
    ("run", "runned"),
    ("win", "winned"),
    ("lose", "losed"),
    ("lead", "leaded"),
    ("stick", "sticked"),
    ("sell", "selled"),
    ("send", "sended"),
    ("shoot", "shooted"),
    ("sing", "singed"),
    ("spend", "spended"),
    ("keep", "keeped"),
    ("leave", "leaved"),
    ("begin", "beginned"),
    ("choose", "choosed"),
    ("forbid", "forbidded"),
    ("forgive", "forgived"),
    ("hit", "hitted"),
    ("cast", "casted"),
    ("set", "setted"),
    ("shake", "shaked"),
    ("break", "breaked"),
    ("pay", "payed"),
    ("foretell", "foretelled"),
    ("shoot", "shooted"),
    ("light", "lighted"),
    ("open", "openned"),
];

#[test]
fn irregular_verb_cues_have_their_real_past() {
    let engine = Engine::shipped();
    let mut wrong = Vec::new();
    for cue in &engine.lexicon.cues {
        if matches!(cue.frame, CueFrame::Noun | CueFrame::Preposition) {
            continue;
        }
        for form in &cue.forms {
            let head = form.split_whitespace().next().unwrap_or("");
            if let Some((base, _)) = WRONG_PASTS.iter().find(|(_, bad)| *bad == head) {
                wrong.push(format!("{} ({base}): {form:?}", cue.lemma));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "cue forms built by the regular rules for irregular verbs:\n{}",
        wrong.join("\n")
    );
}

/// Cues shipped with only some of their forms: the forms left out are mostly something else
/// on PolNeAR train ("the tech boom", "the economy was booming", "the vote for X"), the ones
/// kept report what someone said or would do.
#[test]
fn cues_with_left_out_forms_match_only_the_kept_ones() {
    let engine = Engine::shipped();
    let claim_cues = |text: &str| -> Vec<(String, String)> {
        engine
            .extract(Document::new("t", text))
            .claims
            .iter()
            .map(|c| (c.cue.lemma.clone(), c.cue_text(text).to_lowercase()))
            .collect()
    };
    let boomed = claim_cues("\u{201c}We will win this state,\u{201d} the candidate boomed.");
    assert!(boomed.iter().any(|(l, _)| l == "boom"), "{boomed:?}");
    for text in [
        "The economy was booming when the governor took office.",
        "The tech boom made the city rich.",
    ] {
        let got = claim_cues(text);
        assert!(
            got.iter().all(|(l, _)| l != "boom"),
            "{text:?} gave {got:?}"
        );
    }
    let poll = claim_cues("Among likely voters, 56 percent would vote for the incumbent.");
    assert!(
        poll.iter()
            .any(|(l, t)| l == "vote for" && t == "would vote for"),
        "{poll:?}"
    );
    let noun = claim_cues("The vote for the incumbent was close.");
    assert!(noun.iter().all(|(l, _)| l != "vote for"), "{noun:?}");
}

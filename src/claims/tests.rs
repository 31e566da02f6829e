//! One test per pattern on sentences written for the test, with negatives.

use crate::model::{ClaimKind, Stance};
use crate::pipeline::Engine;
use crate::Document;
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(Engine::shipped)
}

#[derive(Debug)]
struct C {
    speaker: String,
    source: String,
    cue: String,
    content: String,
    stance: Stance,
    kind: ClaimKind,
    pattern: String,
    nested: bool,
}

fn claims(text: &str) -> Vec<C> {
    let a = engine().extract(Document::new("t", text));
    a.claims
        .iter()
        .map(|c| C {
            speaker: a.speaker(c),
            source: c.source_text(text),
            cue: c.cue_text(text),
            content: c.content_text(text),
            stance: c.stance,
            kind: c.kind,
            pattern: c.pattern.clone(),
            nested: c.parent.is_some(),
        })
        .collect()
}

fn one(text: &str) -> C {
    let mut cs: Vec<C> = claims(text).into_iter().filter(|c| !c.nested).collect();
    assert_eq!(
        cs.len(),
        1,
        "expected one top-level claim in {text:?}: {cs:#?}"
    );
    cs.remove(0)
}

#[test]
fn an_object_goes_on_inside_a_quote_it_opens() {
    let c = one(
        "The senator credited the win to \"a strong ground game, something we built over two years.\"",
    );
    assert_eq!(c.cue, "credited");
    assert_eq!(
        c.content,
        "the win to \"a strong ground game, something we built over two years.\""
    );
}

#[test]
fn subject_said_that() {
    let c = one("Tillerson said that the intervention has led to serious mistrust.");
    assert_eq!((c.source.as_str(), c.cue.as_str()), ("Tillerson", "said"));
    assert_eq!(
        c.content,
        "that the intervention has led to serious mistrust"
    );
    assert_eq!(c.stance, Stance::Assert);
    assert_eq!(c.kind, ClaimKind::Indirect);
}

#[test]
fn subject_said_without_that() {
    let c = one("Stein spokeswoman Melezia Figueroa said the candidate was headed to the venue.");
    assert_eq!(c.source, "Stein spokeswoman Melezia Figueroa");
    assert_eq!(c.speaker, "Melezia Figueroa");
    assert_eq!(c.content, "the candidate was headed to the venue");
}

#[test]
fn content_comma_subject_said() {
    let c = one("The campaign will appeal the ruling, a spokesman said on Tuesday.");
    assert_eq!((c.source.as_str(), c.cue.as_str()), ("a spokesman", "said"));
    assert_eq!(c.content, "The campaign will appeal the ruling");
    assert_eq!(c.pattern, "content-subject-verb");
}

#[test]
fn quote_comma_subject_said() {
    let c = one("“We felt that the dialogue must stay open,” Lavrov said.");
    assert_eq!(c.speaker, "Lavrov");
    assert_eq!(c.content, "“We felt that the dialogue must stay open,”");
    assert_eq!(c.kind, ClaimKind::Direct);
}

#[test]
fn quote_said_subject_inverted() {
    let c = one("\"We will win this state,\" said Senator Jane Doe.");
    assert_eq!(c.speaker, "Jane Doe");
    assert_eq!(c.content, "\"We will win this state,\"");
    assert_eq!(c.pattern, "content-verb-subject");
}

#[test]
fn colon_then_quote() {
    let c = one("Tillerson added: “The Russians have indicated some willingness to talk.”");
    assert_eq!(c.cue, "added");
    assert!(c.content.contains("indicated some willingness"), "{c:?}");
    assert_eq!(c.kind, ClaimKind::Direct);
}

#[test]
fn according_to_before_and_after() {
    let c = one("According to the New York Post, the campaign changed course.");
    assert_eq!(c.source, "the New York Post");
    assert_eq!(c.content, "the campaign changed course");
    let c = one("The campaign changed course, according to two aides.");
    assert_eq!(c.source, "two aides");
    assert_eq!(c.content, "The campaign changed course");
}

#[test]
fn told_reporters_skips_the_hearer() {
    let c = one("Lavrov told reporters that his country was ready for more engagement.");
    assert_eq!((c.source.as_str(), c.cue.as_str()), ("Lavrov", "told"));
    assert_eq!(c.content, "that his country was ready for more engagement");
}

#[test]
fn parenthetical_cue_between_commas() {
    let cs = claims("The deal, the senator contends, will raise prices.");
    assert!(
        cs.iter().any(|c| c.cue == "contends"
            && c.content.contains("The deal")
            && c.content.contains("will raise prices")),
        "{cs:#?}"
    );
}

#[test]
fn what_x_called() {
    let cs =
        claims("Trump grudgingly signed what he called a “seriously flawed” package of sanctions.");
    let c = cs.iter().find(|c| c.cue == "called").expect("a claim");
    assert_eq!(c.source, "he");
    assert!(c.content.contains("seriously flawed"));
    assert_eq!(c.pattern, "what-called");
}

#[test]
fn denied_reports_and_reduced_relative_give_two_claims() {
    let cs = claims("Russia has furiously denied reports, endorsed by US intelligence agencies, that it attempted to swing the election.");
    let deny = cs.iter().find(|c| c.cue.ends_with("denied")).expect("deny");
    assert_eq!(
        deny.cue, "has furiously denied",
        "the cue keeps its auxiliary and adverb"
    );
    assert_eq!(deny.speaker, "Russia");
    assert_eq!(deny.stance, Stance::Deny);
    assert!(deny.content.contains("attempted to swing the election"));
    assert!(!deny.content.contains("endorsed"), "{deny:?}");
    let endorse = cs.iter().find(|c| c.cue == "endorsed").expect("endorse");
    assert_eq!(endorse.speaker, "US intelligence agencies");
    assert_eq!(endorse.stance, Stance::Endorse);
    assert_eq!(endorse.content, "it attempted to swing the election");
}

#[test]
fn played_down_the_allegations_links_back() {
    let text =
        "Moscow denied reports that it hacked the vote. Trump has played down the allegations.";
    let a = engine().extract(Document::new("t", text));
    let down = a
        .claims
        .iter()
        .find(|c| c.cue.lemma == "play down")
        .expect("downplay claim");
    assert_eq!(down.stance, Stance::Downplay);
    let target = down.refers_to.expect("linked");
    assert_eq!(a.claims[target].cue.lemma, "deny");
}

#[test]
fn nested_claim_gets_parent() {
    let cs = claims("In addition, Tillerson revealed that he had warned Lavrov that Washington was deciding on a response.");
    let outer = cs.iter().find(|c| c.cue == "revealed").expect("outer");
    assert!(!outer.nested);
    let inner = cs.iter().find(|c| c.cue == "had warned").expect("inner");
    assert!(inner.nested);
    assert_eq!(inner.speaker, "Tillerson");
    assert_eq!(inner.content, "that Washington was deciding on a response");
}

#[test]
fn unnamed_sources() {
    let c = one("The nominee was taken to a trauma center, sources said.");
    assert_eq!(c.source, "sources");
    assert_eq!(c.speaker, "sources");
    let c = one("Word that the envoy plans to visit Moscow was the latest sign of progress.");
    assert!(
        c.content
            .starts_with("that the envoy plans to visit Moscow"),
        "{c:?}"
    );
    assert_eq!(c.kind, ClaimKind::Unattributed);
}

#[test]
fn belief_cue() {
    let c = one("The governor believes the law will survive in court.");
    assert_eq!(c.stance, Stance::Believe);
    assert_eq!(c.content, "the law will survive in court");
}

#[test]
fn negated_cue() {
    let text = "The minister did not say whether the talks would resume.";
    let a = engine().extract(Document::new("t", text));
    assert_eq!(a.claims.len(), 1);
    assert!(a.claims[0].cue.negated);
}

#[test]
fn a_cue_in_a_condition_is_marked_conditional() {
    // the cue inside the if-clause: a hypothetical, reported but taking no side
    let conditional = |text: &str, cue: &str| {
        let a = engine().extract(Document::new("t", text));
        let c = a
            .claims
            .iter()
            .find(|c| c.cue_text(text).ends_with(cue))
            .unwrap_or_else(|| panic!("no claim with cue {cue:?} in {text:?}: {:#?}", a.claims));
        c.cue.conditional
    };
    assert!(conditional(
        "If the council rejected the budget, the mayor would resign.",
        "rejected"
    ));
    assert!(conditional(
        "The mayor will resign unless the council endorses the budget.",
        "endorses"
    ));
    assert!(conditional(
        "Reporters asked whether the council denied the report.",
        "denied"
    ));
    // the main clause after the condition's comma is said outright
    assert!(!conditional(
        "If elected, Smith said, she would close the plant.",
        "said"
    ));
    assert!(!conditional(
        "The council rejected the budget on Monday.",
        "rejected"
    ));
}

#[test]
fn participial_saying() {
    let c = one("Clinton left the stage early, saying she felt unwell.");
    assert_eq!(c.cue, "saying");
    assert_eq!(c.source, "Clinton");
    assert_eq!(c.content, "she felt unwell");
}

#[test]
fn participial_after_adverbs() {
    let c = one("The mayor grew angrier, eventually saying the council had failed.");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str(), c.content.as_str()),
        ("The mayor", "eventually saying", "the council had failed")
    );
    assert_eq!(c.pattern, "participial");
    let c = one("The mayor left early, not even suggesting that the council had failed.");
    assert_eq!(c.cue, "not even suggesting");
    assert_eq!(c.content, "that the council had failed");
    // ... and a second participle joined by "but"
    let cs = claims("The mayor spoke for an hour, praising the staff but insisting that the council had failed.");
    let c = cs.iter().find(|c| c.cue == "insisting").expect("insisting");
    assert_eq!(
        (c.source.as_str(), c.content.as_str()),
        ("The mayor", "that the council had failed")
    );
    // an adverb alone does not make a gerund a participle clause
    assert!(claims("Quietly saying goodbye is hard.").is_empty());
}

#[test]
fn content_then_as_source_verb() {
    let c = one("The budget changed over the summer, as the mayor has acknowledged.");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str(), c.content.as_str()),
        (
            "the mayor",
            "has acknowledged",
            "The budget changed over the summer"
        )
    );
    let c = one("The deficit will not derail the plan, as some analysts have argued.");
    assert_eq!(c.source, "some analysts");
    assert_eq!(c.content, "The deficit will not derail the plan");
    // an object after the verb makes it no report of the clause before
    let cs = claims("The budget changed over the summer, as the mayor announced new taxes.");
    assert!(
        cs.iter()
            .all(|c| c.content != "The budget changed over the summer"),
        "{cs:#?}"
    );
}

#[test]
fn object_relative_pronoun_is_the_content() {
    let cs = claims("The mayor faces charges of fraud, which he has denied.");
    let c = cs
        .iter()
        .find(|c| c.pattern == "object-relative")
        .expect("object-relative");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str(), c.content.as_str()),
        ("he", "has denied", "which")
    );
    let cs = claims("The vote hurt Lane, who many in the council had backed.");
    let c = cs
        .iter()
        .find(|c| c.pattern == "object-relative")
        .expect("object-relative");
    assert_eq!(
        (c.source.as_str(), c.content.as_str()),
        ("many in the council", "who")
    );
    // a clause after the cue is its content, not the pronoun
    let cs = claims("The plan, which critics say would fail, passed.");
    assert!(cs.iter().all(|c| c.pattern != "object-relative"), "{cs:#?}");
    // a complementizer "that" after a speech verb is no relative pronoun
    let cs = claims("The mayor said that the clerk denied.");
    assert!(cs.iter().all(|c| c.pattern != "object-relative"), "{cs:#?}");
    // a contact clause: the noun phrase before the subject is the content
    let c = one("The mayor dropped the plan, a deal she once supported.");
    assert_eq!(
        (c.source.as_str(), c.content.as_str(), c.pattern.as_str()),
        ("she", "a deal", "object-relative")
    );
}

#[test]
fn time_adjunct_before_that_is_no_content() {
    let c = one("The senator said late Wednesday that the bill would pass.");
    assert_eq!(c.content, "that the bill would pass");
    let c = one("The senator said this week that the bill would pass.");
    assert_eq!(c.content, "that the bill would pass");
}

#[test]
fn passive_it_was_reported() {
    let c = one("It was reported that the mission would shrink.");
    assert_eq!(c.content, "that the mission would shrink");
    assert!(c.source.is_empty());
}

#[test]
fn quoted_as_saying() {
    let c = one("The mayor was quoted as saying the budget is balanced.");
    assert_eq!(c.source, "The mayor");
    assert_eq!(c.content, "the budget is balanced");
}

#[test]
fn colon_lead_in_transcript() {
    let c = one("WALLACE: Let us start with the debate. Will she be there?");
    assert_eq!(c.source, "WALLACE");
    assert!(c.content.ends_with("Will she be there?"), "{c:?}");
}

#[test]
fn split_quote_across_cue_is_one_claim() {
    let c = one("“We felt that the dialogue must stay open,” Lavrov said. “There’s no alternative to that.”");
    assert!(c.content.contains("There’s no alternative"), "{c:?}");
}

#[test]
fn quote_paragraph_continues_previous_speaker() {
    let text = "“It was a serious incident,” Tillerson told reporters.\n“And it damaged the relationship.”";
    let c = one(text);
    assert!(c.content.contains("damaged the relationship"), "{c:?}");
}

#[test]
fn negatives_produce_no_claim() {
    for text in [
        "Said Ahmed arrived in Cairo on Monday.",
        "He read the told story again.",
        "“This is a quote with no speaker.”",
        "Tillerson and Lavrov met in the Philippine capital Manila.",
        "The report was long.",
        "She said nothing.",
    ] {
        let cs = claims(text);
        assert!(cs.is_empty(), "{text:?} gave {cs:#?}");
    }
}

#[test]
fn appositive_subject_names_the_speaker() {
    let c = one(
        "Erin Murphy, a former aide who travelled with her in 2011, said the trip was important.",
    );
    assert_eq!(c.speaker, "Erin Murphy");
    assert_eq!(
        c.source,
        "Erin Murphy, a former aide who travelled with her in 2011"
    );
    assert_eq!(c.content, "the trip was important");
    let c = one("The state's campaign chairman, Phil Lovas, said he cannot comment on the letter.");
    assert_eq!(c.speaker, "Phil Lovas");
}

#[test]
fn parenthesised_party_inside_the_subject() {
    let c = one("Pat McCrory (R) said it would be improper for him to speak.");
    assert_eq!(c.speaker, "Pat McCrory");
    assert_eq!(c.content, "it would be improper for him to speak");
}

#[test]
fn title_abbreviation_before_the_name() {
    let c = one("\"The dangers are real,\" Mr. Obama said.");
    assert_eq!(c.source, "Mr. Obama");
    assert_eq!(c.content, "\"The dangers are real,\"");
}

#[test]
fn said_first_with_a_colon() {
    let c = one("Said Ellis: “I don’t get the sense she’s interested.”");
    assert_eq!((c.source.as_str(), c.cue.as_str()), ("Ellis", "Said"));
    assert_eq!(c.kind, ClaimKind::Direct);
}

#[test]
fn coordinated_report_verb_shares_the_subject() {
    let cs = claims(
        "Cruz urged Republicans to vote their conscience and said he was standing on principle.",
    );
    let urged = cs.iter().find(|c| c.cue == "urged").expect("urged");
    assert_eq!(urged.content, "to vote their conscience");
    let said = cs.iter().find(|c| c.cue == "said").expect("said");
    assert_eq!(said.speaker, "Cruz");
    assert_eq!(said.content, "he was standing on principle");
    assert!(!said.nested);
}

#[test]
fn cue_keeps_auxiliaries_and_a_following_day() {
    let c = one("The governor has repeatedly said the budget is balanced.");
    assert_eq!(c.cue, "has repeatedly said");
    let c = one("The budget is balanced, the governor said Tuesday.");
    assert_eq!(c.cue, "said Tuesday");
}

#[test]
fn capitalised_word_inside_a_name_is_no_verb() {
    assert!(
        claims("Only four NATO countries apart from the United States meet the bar.").is_empty()
    );
}

#[test]
fn continued_needs_a_quote_and_declined_needs_an_infinitive() {
    assert!(claims("Trump continues his praise of the general.").is_empty());
    let c = one("Caddell continued: \"The health issue is very much a partisan issue.\"");
    assert_eq!(c.cue, "continued");
    assert!(claims("She declined the assignment and left.").is_empty());
    let c = one("The senator declined to comment on the report.");
    assert_eq!(c.content, "to comment on the report");
}

#[test]
fn first_person_in_an_unattributed_quote_is_dropped() {
    assert!(claims("“Well, you know, I think it was a mistake.”").is_empty());
}

#[test]
fn possessive_is_no_subject() {
    assert!(claims("Editor’s note: the story has been updated.")
        .iter()
        .all(|c| c.source != "Editor’s"));
}

#[test]
fn in_someones_words() {
    let c = one("In Pence's words, the campaign is ready for the debate.");
    assert_eq!(c.source, "Pence");
    assert_eq!(c.content, "the campaign is ready for the debate");
    assert_eq!(c.pattern, "in-words-of");
    // a possessive pronoun, and a mind or an opinion
    let c = one("In his view, the campaign is ready for the debate.");
    assert_eq!((c.source.as_str(), c.cue.as_str()), ("his", "In his view"));
    let c = one("In Trump's mind, the campaign is ready for the debate.");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str()),
        ("Trump", "In Trump's mind")
    );
}

#[test]
fn infinitive_after_a_control_verb_keeps_the_subject() {
    let c = one("The senator is likely to emphatically endorse the plan on Monday.");
    assert_eq!(c.source, "The senator");
    assert_eq!(c.pattern, "infinitival");
    assert!(c.content.starts_with("the plan"), "{c:?}");
}

#[test]
fn infinitive_after_continue_quick_struggling_and_went_on() {
    for (text, source) in [
        (
            "The mayors continue to argue that the budget is too small.",
            "The mayors",
        ),
        (
            "The governor was quick to point out that the budget is too small.",
            "The governor",
        ),
        (
            "The senator is struggling to explain why the budget is too small.",
            "The senator",
        ),
        (
            "The senator went on to endorse the budget plan.",
            "The senator",
        ),
        (
            "The union goes on to argue that the budget is too small.",
            "The union",
        ),
    ] {
        let c = one(text);
        assert_eq!(c.source, source, "{text}");
        assert_eq!(c.pattern, "infinitival", "{text}");
        assert!(c.content.contains("budget"), "{text}: {c:?}");
    }
    // the control verb is part of the cue, as PolNeAR marks it
    let c = one("The senator went on to endorse the budget plan.");
    assert_eq!(c.cue, "went on to endorse");
    let c = one("The governor was quick to point out that the budget is too small.");
    assert_eq!(c.cue, "was quick to point out");
    // "went on" without "to" and a cue is no claim
    assert!(claims("The meeting went on to midnight.").is_empty());
}

#[test]
fn belief_phrase_with_be() {
    let c = one("Democrats are convinced the race will tighten.");
    assert_eq!(c.stance, Stance::Believe);
    assert_eq!(c.content, "the race will tighten");
}

#[test]
fn a_second_report_clause_ends_the_first_content() {
    let cs = claims("Obama emphasized that the reforms were not complete, and rights groups warned that the leverage was lost.");
    let first = cs
        .iter()
        .find(|c| c.cue == "emphasized")
        .expect("emphasized");
    assert_eq!(first.content, "that the reforms were not complete");
    let second = cs.iter().find(|c| c.cue == "warned").expect("warned");
    assert_eq!(second.source, "rights groups");
    assert!(!second.nested);
}

#[test]
fn a_participle_clause_after_the_content_is_the_writers() {
    let c =
        one("Video shows that Crutcher had his hands in the air, prompting calls for an inquiry.");
    assert_eq!(c.content, "that Crutcher had his hands in the air");
}

#[test]
fn a_new_clause_after_a_comma_ends_the_content() {
    let c = one("A federal judge found that the action was unconstitutional, his decision was overturned by an appeals court.");
    assert_eq!(c.content, "that the action was unconstitutional");
    // an opening phrase before the comma is part of the content
    let c =
        one("Lavrov said that despite strained relations with Washington, his country was ready.");
    assert_eq!(
        c.content,
        "that despite strained relations with Washington, his country was ready"
    );
}

#[test]
fn inverted_subject_with_appositive_or_relative_clause() {
    let c = one("The Internet has sped up misinformation, said Angie Holan, the site's editor.");
    // the source is the full noun phrase, appositive included; the speaker is the name
    assert_eq!(c.source, "Angie Holan, the site's editor");
    assert_eq!(c.speaker, "Angie Holan");
    assert_eq!(c.content, "The Internet has sped up misinformation");
    let c = one(
        "“The emails came from his account,” said one source who spoke on condition of anonymity.",
    );
    assert_eq!(c.source, "one source who spoke on condition of anonymity");
}

#[test]
fn hearer_then_a_clause_without_that() {
    let c = one("Calabrese told the National Post he has received hundreds of emails.");
    assert_eq!(c.content, "he has received hundreds of emails");
}

#[test]
fn middle_initial_and_parenthesis_in_the_subject() {
    let c =
        one("Rep. Sander M. Levin (Mich.), a superdelegate, said he has spoken with colleagues.");
    assert_eq!(c.speaker, "Sander M. Levin");
    assert_eq!(c.content, "he has spoken with colleagues");
}

#[test]
fn that_as_a_determiner_is_no_complementizer() {
    assert!(claims("Most voters say they feel that way.")
        .iter()
        .all(|c| c.content != "way"));
}

#[test]
fn progressive_cue_is_a_finite_verb() {
    let c = one("The senator is telling reporters that the bill will fail.");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str()),
        ("The senator", "is telling")
    );
    assert_eq!(c.content, "that the bill will fail");
    let c = one("The mayor was once again questioning the count.");
    assert_eq!(c.cue, "was once again questioning");
    assert_eq!(c.content, "the count");
}

#[test]
fn question_quote_closing_the_previous_sentence() {
    let c = one("“Why would we wait?” Governor Smith said on Monday.");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str()),
        ("Governor Smith", "said")
    );
    assert_eq!(c.content, "“Why would we wait?”");
    assert_eq!(c.pattern, "quote-before-sentence");
    let c = one("“We will wait.” Smith said.");
    assert_eq!(c.content, "“We will wait.”");
    // a full sentence after a quote has its own content
    let c = one("“We will wait.” Russia has denied reports that it meddled.");
    assert_eq!(c.content, "reports that it meddled");
    // without a quote before it, a bare "Smith said." has no content
    assert!(claims("We will wait. Smith said.").is_empty());
}

#[test]
fn approximate_number_opens_the_content() {
    let c = one("The mayor has said about 20 people applied for the post.");
    assert_eq!(c.content, "about 20 people applied for the post");
}

#[test]
fn coordinated_verb_after_but_takes_the_subject() {
    let cs = claims("The aides say it is too early but noted that the senator won twice.");
    let noted = cs.iter().find(|c| c.cue == "noted").expect("noted");
    assert_eq!(noted.source, "The aides");
    assert_eq!(noted.content, "that the senator won twice");
}

#[test]
fn though_clause_ends_the_content() {
    let cs = claims("The aide said the plan would pass, though she acknowledged it was unlikely.");
    assert_eq!(cs[0].content, "the plan would pass");
    let ack = cs
        .iter()
        .find(|c| c.cue == "acknowledged")
        .expect("acknowledged");
    assert!(!ack.nested);
    assert_eq!(ack.content, "it was unlikely");
}

#[test]
fn comma_after_that_complementizer() {
    let c = one("The mayor said that, in the end, the city would pay.");
    assert_eq!(c.content, "that, in the end, the city would pay");
    let c = one("The mayor tweeted that, “We will pay.”");
    assert_eq!(c.content, "that, “We will pay.”");
}

#[test]
fn fronted_subordinate_clause_ends_its_claim() {
    let cs =
        claims("While the chief acknowledged funding was short, the mayor noted the budget grew.");
    let ack = cs
        .iter()
        .find(|c| c.cue == "acknowledged")
        .expect("acknowledged");
    assert_eq!(ack.content, "funding was short");
    let noted = cs.iter().find(|c| c.cue == "noted").expect("noted");
    assert!(!noted.nested);
    assert_eq!(noted.source, "the mayor");
}

#[test]
fn fronted_clause_ending_in_a_quote_is_no_content() {
    // a quote closing a fronted subordinate clause belongs to that clause: the main verb
    // reports the words after it
    let cs = claims(
        "Asked whether the mayor \"deserves a second term,\" most residents said they were undecided.",
    );
    let said = cs.iter().find(|c| c.cue == "said").expect("said");
    assert_eq!(
        (said.source.as_str(), said.content.as_str()),
        ("most residents", "they were undecided")
    );
    // ... and the fronted clause's own claim ends with its quote
    let cs = claims(
        "When the reporter called the plan \"a gamble,\" the governor insisted it would pay for itself.",
    );
    let called = cs.iter().find(|c| c.cue == "called").expect("called");
    assert_eq!(called.content, "the plan \"a gamble,\"");
    let insisted = cs.iter().find(|c| c.cue == "insisted").expect("insisted");
    assert_eq!(
        (insisted.source.as_str(), insisted.content.as_str()),
        ("the governor", "it would pay for itself")
    );
    // "But while", "But even as" open a fronted clause too
    let cs = claims(
        "But even as the senator claimed that the bill was \"a disaster,\" one of his aides said it would pass.",
    );
    let claimed = cs.iter().find(|c| c.cue == "claimed").expect("claimed");
    assert_eq!(claimed.content, "that the bill was \"a disaster,\"");
    let cs = claims("But while the senator praised the bill, the governor said it would fail.");
    let said = cs.iter().find(|c| c.cue == "said").expect("said");
    assert_eq!(said.content, "it would fail");
    assert!(cs
        .iter()
        .any(|c| c.cue == "praised" && c.content == "the bill"));
}

#[test]
fn curly_quotes_typed_the_wrong_way_round() {
    // an opening mark after the comma closes the quote, a closing mark before the first word
    // opens it
    let c = one("\u{201c}The plan is dead,\u{201c} said Mayor Ann Bell, a Democrat.");
    assert_eq!(
        (c.source.as_str(), c.content.as_str()),
        (
            "Mayor Ann Bell, a Democrat",
            "\u{201c}The plan is dead,\u{201c}"
        )
    );
    assert_eq!(c.kind, ClaimKind::Direct);
    let c = one("\u{201d}The plan is dead,\u{201d} said Mayor Ann Bell.");
    assert_eq!(
        (c.source.as_str(), c.content.as_str()),
        ("Mayor Ann Bell", "\u{201d}The plan is dead,\u{201d}")
    );
}

#[test]
fn an_aside_between_dashes_before_the_verb() {
    let c = one(
        "The judge -- who has clashed with the nominee for days -- said she regretted her remarks.",
    );
    assert_eq!(
        (c.source.as_str(), c.cue.as_str(), c.content.as_str()),
        ("The judge", "said", "she regretted her remarks")
    );
    let c = one("The three scholars \u{2014} a lawyer, a judge and a dean \u{2014} agreed there are qualified candidates.");
    assert!(c.source.starts_with("The three scholars"));
    assert_eq!(
        (c.cue.as_str(), c.content.as_str()),
        ("agreed", "there are qualified candidates")
    );
}

#[test]
fn warned_of_takes_the_noun_phrase() {
    let c = one("Several economists warned of a sharp rise in prices.");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str(), c.content.as_str()),
        ("Several economists", "warned of", "a sharp rise in prices")
    );
    let cs = claims("The mayor praised the budget and warned of deep cuts to schools.");
    assert!(cs.iter().any(|c| c.cue == "warned of"
        && c.content == "deep cuts to schools"
        && c.source == "The mayor"));
}

#[test]
fn quantified_relative_subject() {
    let cs = claims(
        "It has not gone over well with families, many of whom say the claims are unfounded.",
    );
    let say = cs.iter().find(|c| c.cue == "say").expect("say");
    assert_eq!(say.source, "many of whom");
    assert_eq!(say.content, "the claims are unfounded");
}

#[test]
fn stance_noun_object_joins_the_cue() {
    let c = one("Voting rights groups have expressed deep concern about the new policy.");
    assert_eq!(c.cue, "have expressed deep concern about");
    assert_eq!(c.content, "the new policy");
}

#[test]
fn np_object_ends_before_an_adjunct_of_occasion() {
    let c = one("The host had previously denounced the annexation in an on-air diatribe.");
    assert_eq!(c.content, "the annexation");
    let c = one("The senator praised the candidate during the debate.");
    assert_eq!(c.content, "the candidate");
}

#[test]
fn quote_split_by_its_attribution_is_one_claim() {
    let c = one("“If you look at the record,” the senator said, “you will see we kept our word.”");
    assert_eq!(c.source, "the senator");
    assert_eq!(
        c.content,
        "“If you look at the record,” … “you will see we kept our word.”"
    );
    assert_eq!(c.pattern, "split-quote");
    let c =
        one("“It is tinkering,” said Alan Cole, an economist, “and I would not call it reform.”");
    assert_eq!(
        c.content,
        "“It is tinkering,” … “and I would not call it reform.”"
    );
}

#[test]
fn participle_clause_ends_before_a_resumed_quote() {
    let cs = claims(
        "“Every time you say that,” Tester said, referring to the excuse, “you give ammunition.”",
    );
    let r = cs
        .iter()
        .find(|c| c.cue.starts_with("referring"))
        .expect("referring");
    assert_eq!(r.content, "the excuse");
}

#[test]
fn passive_with_an_agent() {
    let c = one("The registration issue was first reported by The Washington Post.");
    assert_eq!(c.source, "The Washington Post");
    assert_eq!(c.content, "The registration issue");
    assert_eq!(c.pattern, "passive-by");
    let c = one("The doctor has been called a charlatan by fellow physicians.");
    assert_eq!(c.source, "fellow physicians");
    assert_eq!(c.content, "The doctor … a charlatan");
    // no agent, no claim from this pattern
    assert!(claims("The bill was endorsed on Tuesday.").is_empty());
}

#[test]
fn as_reported_in_source() {
    let c = one("As stated in the governor's letter, the plan has conflicting goals.");
    assert_eq!(c.source, "the governor's letter");
    assert_eq!(c.content, "the plan has conflicting goals");
    assert_eq!(c.pattern, "as-reported");
}

#[test]
fn gerund_after_a_catenative_verb() {
    let c = one("The candidate avoids condemning the invasion of Ukraine.");
    assert_eq!(c.source, "The candidate");
    assert_eq!(c.cue, "condemning");
    assert_eq!(c.content, "the invasion of Ukraine");
}

#[test]
fn colon_closing_a_paragraph_introduces_the_next() {
    let cs = claims(
        "The host added:\n\n“It is up to the opponents to check the facts.”\n\nThen he left.",
    );
    assert_eq!(cs.len(), 1, "{cs:#?}");
    assert_eq!(cs[0].source, "The host");
    assert_eq!(
        cs[0].content,
        "“It is up to the opponents to check the facts.”"
    );
    assert_eq!(cs[0].pattern, "colon-paragraph");
}

#[test]
fn fronted_phrase_without_a_verb_is_no_content() {
    let c = one(
        "After living in different parts of the world, we are convinced this is the only country.",
    );
    assert_eq!(c.cue, "are convinced");
    assert_eq!(c.content, "this is the only country");
}

#[test]
fn only_speech_verbs_invert() {
    let c = one("The Europeans, who had been cut out of the talks, derided the deal as toothless.");
    assert_eq!(c.source, "The Europeans, who had been cut out of the talks");
    assert_eq!(c.content, "the deal as toothless");
}

#[test]
fn sentence_adverb_and_initial_capital_are_no_subject() {
    let c = one("Sadly, the regime made clear it would not be a credible partner.");
    assert_eq!(c.source, "the regime");
    assert!(claims("Health worries have dogged the candidate since she collapsed.").is_empty());
}

#[test]
fn fronted_phrase_or_concession_is_no_content() {
    let c = one("In an interview on “Face the Nation,” the speaker said the deal was bad.");
    assert_eq!(c.content, "the deal was bad");
    assert!(
        claims("Although the nations have joined forces, they have often been criticized.")
            .iter()
            .all(|c| !c.content.starts_with("Although"))
    );
}

#[test]
fn noun_like_cue_before_that_inside_a_phrase_is_a_noun() {
    let cs = claims("He described the diplomatic note that we received as unusual.");
    assert!(cs.iter().all(|c| c.cue != "note"), "{cs:#?}");
}

#[test]
fn gerund_after_a_preposition_takes_the_sentence_subject() {
    let c = one("The senator pitched himself to voters by telling them that their lives are hard.");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str()),
        ("The senator", "telling")
    );
    assert_eq!(c.content, "that their lives are hard");
    assert_eq!(c.pattern, "participial");
}

#[test]
fn contracted_auxiliary_after_a_pronoun() {
    let c = one("He’s claiming that voting fraud is a big problem.");
    assert_eq!(c.source, "He");
    assert_eq!(c.content, "that voting fraud is a big problem");
}

#[test]
fn leading_day_adjunct_before_the_object() {
    let c = one("Authorities announced on Friday the arrest of a man.");
    assert_eq!(c.content, "the arrest of a man");
}

#[test]
fn second_predicate_after_but_ends_the_content() {
    let cs = claims(
        "The mayor described the incident as terrible, but stopped short of calling it a crime.",
    );
    assert_eq!(cs[0].content, "the incident as terrible");
    let calling = cs.iter().find(|c| c.cue == "calling").expect("calling");
    assert_eq!(calling.source, "The mayor");
    assert_eq!(calling.content, "it a crime");
}

#[test]
fn pronoun_subject_after_a_conjunction_opens_a_new_clause() {
    let cs = claims("The mayor is promising lower taxes, but he has also intensified his attacks.");
    assert_eq!(cs[0].content, "lower taxes");
}

#[test]
fn sentence_initial_noun_phrase_with_an_including_appositive() {
    let c = one("Other major unions, including the teachers' federation and the AFL-CIO, have endorsed the senator.");
    assert_eq!(
        c.source,
        "Other major unions, including the teachers' federation and the AFL-CIO"
    );
    assert_ne!(c.speaker, "AFL-CIO");
    assert_eq!(c.content, "the senator");
}

#[test]
fn infinitival_content_may_be_negated() {
    let c = one("The secretary general vowed not to repeat that mistake.");
    assert_eq!(c.content, "not to repeat that mistake");
}

#[test]
fn comma_after_that_before_a_conditional() {
    let c = one("He said that, if elected, he would leave such decisions to the generals.");
    assert_eq!(
        c.content,
        "that, if elected, he would leave such decisions to the generals"
    );
}

#[test]
fn fronted_participle_takes_the_main_clause_subject() {
    let cs = claims("Claiming the criticism is designed to pressure moderators, the candidate told Fox that they went too far.");
    let c = cs.iter().find(|c| c.cue == "Claiming").expect("Claiming");
    assert_eq!(c.source, "the candidate");
    assert_eq!(
        c.content,
        "the criticism is designed to pressure moderators"
    );
    assert_eq!(c.pattern, "participial");
}

#[test]
fn head_noun_before_of_licenses_a_noun_like_verb() {
    let c = one("Video of the incident shows him with his hands in the air.");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str()),
        ("Video of the incident", "shows")
    );
    assert_eq!(c.content, "him with his hands in the air");
}

#[test]
fn possessive_pronoun_is_the_source_of_a_noun_cue() {
    let c = one("Everyone knew about his claim that the election was rigged by the media.");
    assert_eq!((c.source.as_str(), c.cue.as_str()), ("his", "claim"));
    assert_eq!(c.content, "that the election was rigged by the media");
    assert_eq!(c.pattern, "noun-complement");
}

#[test]
fn headings_and_labels_are_no_colon_speakers() {
    assert!(claims("Stealth Over Health: The candidate was headed to the hospital.").is_empty());
    assert!(claims("Source: The alliance.").is_empty());
    let c = one("Pat Caddell: Democrat Voters Worried About the Health Issue");
    assert_eq!(c.source, "Pat Caddell");
}

#[test]
fn words_before_a_quote_belong_to_its_content() {
    let c = one("However laudable the goal, the tax “is a misguided approach,” said Mr. Burman, a tax expert.");
    assert_eq!(
        c.content,
        "However laudable the goal, the tax “is a misguided approach,”"
    );
    let c =
        one("With thousands of counting systems, “there is no single point of failure,” he said.");
    assert_eq!(
        c.content,
        "With thousands of counting systems, “there is no single point of failure,”"
    );
}

#[test]
fn split_quote_joined_by_but() {
    let c = one("“I love Larry,” he said, but “when it comes to energy, he has a history.”");
    assert_eq!(
        c.content,
        "“I love Larry,” … “when it comes to energy, he has a history.”"
    );
}

#[test]
fn coordinated_clause_with_its_own_adverbial_ends_the_content() {
    let cs = claims("She said fathers would not be eligible, and when pressed on why, the mother replied that it was meant for mothers.");
    assert_eq!(cs[0].content, "fathers would not be eligible");
}

#[test]
fn relative_clause_inside_an_np_object() {
    let c =
        one("The candidate accused Rafael Cruz, who was born in Cuba, of associating with Oswald.");
    assert_eq!(
        c.content,
        "Rafael Cruz, who was born in Cuba, of associating with Oswald"
    );
    let c = one(
        "Other members of Congress echo her concerns, in large part because the rules are lax.",
    );
    assert_eq!(c.content, "her concerns");
}

#[test]
fn parenthetical_before_that_and_long_hearers() {
    let c = one(
        "Several experts cautioned, as did the campaign itself, that the proposals might evolve.",
    );
    assert_eq!(c.content, "that the proposals might evolve");
    let c = one("Schiff told the newspaper's weekly video newsmaker series it is clear that hacking occurred.");
    assert_eq!(c.content, "it is clear that hacking occurred");
    let c = one("The president has also commented on the death.");
    assert_eq!(
        (c.cue.as_str(), c.content.as_str()),
        ("has also commented on", "the death")
    );
}

#[test]
fn bare_noun_phrase_content_ends_before_an_adjunct() {
    let c = one("The poll indicates a tightening race as the governor consolidates support.");
    assert_eq!(c.content, "a tightening race");
    let c = one("The senator has not mentioned the candidate since the debate.");
    assert_eq!(c.content, "the candidate");
    // a clause keeps its adjuncts
    let c = one("The senator said the candidate was hiding since the debate.");
    assert_eq!(c.content, "the candidate was hiding since the debate");
}

#[test]
fn according_to_takes_a_whole_quote() {
    let c = one("According to the host, “If it were up to her, she would not have time. It is up to the opponents.”");
    assert_eq!(c.source, "the host");
    assert_eq!(
        c.content,
        "“If it were up to her, she would not have time. It is up to the opponents.”"
    );
}

#[test]
fn quote_continues_over_a_short_narrative_sentence() {
    let c = one("“We have had problems in the past,” the president said after the meeting. He looked tired. “Our goal is to set some norms.”");
    assert_eq!(
        c.content,
        "“We have had problems in the past,” … “Our goal is to set some norms.”"
    );
}

#[test]
fn noun_like_cue_after_determiner_and_modifier_is_a_noun() {
    assert!(claims("The two taped an hourlong show that aired on Thursday.").is_empty());
    // "The poll shows", "Another slide shows that C" stay verbs
    let c = one("Another slide shows that most avocados are grown in Mexico.");
    assert_eq!(c.source, "Another slide");
    // a real verb after an adverb still counts
    let c = one("The poll clearly shows that the race is tight.");
    assert_eq!(c.cue, "clearly shows");
}

#[test]
fn role_noun_subject_licenses_a_noun_like_verb() {
    let c = one("Former party chairman calls for a contingency plan.");
    assert_eq!(
        (c.cue.as_str(), c.content.as_str()),
        ("calls for", "a contingency plan")
    );
}

#[test]
fn name_and_appositive_before_said_is_no_inverted_content() {
    let c = one("Dan Mears, senior director for Asian affairs at the council, said he expects the three leaders to meet.");
    assert_eq!(c.pattern, "subject-verb");
    assert_eq!(
        c.source,
        "Dan Mears, senior director for Asian affairs at the council"
    );
    assert_eq!(c.content, "he expects the three leaders to meet");
    // "C, said X." still inverts
    let c = one("The trip was important, said Smith.");
    assert_eq!(
        (c.source.as_str(), c.content.as_str()),
        ("Smith", "The trip was important")
    );
}

#[test]
fn object_of_a_relative_clause_ends_before_the_main_verb() {
    let cs = claims("Gov. Ann Lee of Ohio, a Republican who has refused to endorse the nominee, said the family deserved better.");
    let said = cs.iter().find(|c| c.cue == "said").expect("said claim");
    assert_eq!(said.content, "the family deserved better");
    let endorse = cs
        .iter()
        .find(|c| c.cue == "endorse")
        .expect("endorse claim");
    assert_eq!(endorse.content, "the nominee");
    // ", known as" is a participle inside the object, not a new verb
    let c = one("Both candidates have opposed the trade deal, known as the Pacific pact.");
    assert_eq!(c.content, "the trade deal, known as the Pacific pact");
}

#[test]
fn subject_with_an_adjunct_holding_a_comma() {
    let c =
        one("Clinton, during a town hall meeting in Columbus, Ohio, said she was going to win.");
    // the adjunct is an aside on the verb, not part of the name (as PolNeAR annotates it)
    assert_eq!(c.source, "Clinton");
    assert_eq!(c.content, "she was going to win");
}

#[test]
fn relative_clause_in_fronted_content_is_not_the_subject() {
    let c = one(
        "Republicans could go after the agency, which is unpopular in rural areas, Doggett said.",
    );
    assert_eq!(c.source, "Doggett");
    assert_eq!(
        c.content,
        "Republicans could go after the agency, which is unpopular in rural areas"
    );
}

#[test]
fn year_between_determiner_and_cue_noun() {
    let c = one("One of the authors of that 2013 report, Ari Fleischer, said the test will come.");
    assert_eq!(
        c.source,
        "One of the authors of that 2013 report, Ari Fleischer"
    );
    let c = one("The 2013 report said the program works.");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str()),
        ("The 2013 report", "said")
    );
}

#[test]
fn long_parenthesis_inside_the_subject() {
    let c = one("Sen. Chris Murphy (a Connecticut Democrat so boyish he was mistaken for a staffer) says he was adrift.");
    assert!(
        c.source.starts_with("Sen. Chris Murphy (a Connecticut"),
        "{c:?}"
    );
    assert_eq!(c.content, "he was adrift");
}

#[test]
fn speech_participle_after_a_comma_ends_the_content() {
    let cs = claims("He said it was fine, adding, \"She is qualified to be president.\"");
    let said = cs.iter().find(|c| c.cue == "said").expect("said");
    assert_eq!(said.content, "it was fine");
    let adding = cs.iter().find(|c| c.cue == "adding").expect("adding");
    assert_eq!(
        (adding.source.as_str(), adding.content.as_str()),
        ("He", "\"She is qualified to be president.\"")
    );
}

#[test]
fn aside_between_dashes_after_the_cue() {
    let c = one("His campaign chairman said — on Twitter, as it happens — that the campaign raised $4 million.");
    assert_eq!(c.content, "that the campaign raised $4 million");
}

#[test]
fn percentage_subject() {
    let c = one("On economic issues, 42% say they are liberal.");
    assert_eq!(c.content, "they are liberal");
    assert!(c.source.starts_with("42"), "{c:?}");
}

#[test]
fn progressive_control_verb() {
    let c = one("Clinton is continuing to insist she will release the transcripts.");
    assert_eq!((c.source.as_str(), c.cue.as_str()), ("Clinton", "insist"));
    assert_eq!(c.content, "she will release the transcripts");
}

#[test]
fn hearer_then_embedded_question_or_clause() {
    let c = one("Hannity asked Trump how high the wall would be.");
    assert_eq!(c.content, "how high the wall would be");
    let c = one("We asked our readers who their favorite speaker was.");
    assert_eq!(c.content, "who their favorite speaker was");
    let c = one("He told Fox News the state's own standards are not perfect.");
    assert_eq!(c.content, "the state's own standards are not perfect");
    // a relative clause on the hearer is no embedded question
    let cs = claims("She told a voter who asked about taxes that rates would fall.");
    assert!(cs.iter().all(|c| !c.content.starts_with("who")), "{cs:#?}");
}

#[test]
fn fronted_or_trailing_asked_clause() {
    let cs =
        claims("Asked about the senator's charges, Rubio said that the reforms were not amnesty.");
    let asked = cs
        .iter()
        .find(|c| c.pattern == "asked-clause")
        .expect("asked");
    assert_eq!(
        (asked.source.as_str(), asked.content.as_str()),
        ("", "about the senator's charges")
    );
    assert_eq!(asked.stance, Stance::Question);
    let said = cs.iter().find(|c| c.cue == "said").expect("said");
    assert_eq!(said.content, "that the reforms were not amnesty");
    // the asker named in a by-phrase is the source; the fronted clause is no content of "said"
    let cs = claims("When asked by Matt Lauer whether she had practiced her speech, she said, \"I read it once.\"");
    let asked = cs
        .iter()
        .find(|c| c.pattern == "asked-clause")
        .expect("asked");
    assert_eq!(
        (asked.source.as_str(), asked.content.as_str()),
        ("Matt Lauer", "whether she had practiced her speech")
    );
    let said = cs.iter().find(|c| c.cue == "said").expect("said");
    assert_eq!(said.content, "\"I read it once.\"");
    let cs = claims(
        "\"You bet I would,\" Christie said when asked whether he would issue a quarantine.",
    );
    assert!(
        cs.iter()
            .any(|c| c.pattern == "asked-clause"
                && c.content == "whether he would issue a quarantine"),
        "{cs:#?}"
    );
    // a participle that asks nothing is no question
    assert!(claims("Asked and answered, the case was closed.")
        .iter()
        .all(|c| c.pattern != "asked-clause"));
}

#[test]
fn asked_hearer_about_topic() {
    let c = one("The moderator asked Carson about his relationship with a supplement maker.");
    assert_eq!(c.content, "about his relationship with a supplement maker");
    assert_eq!(c.source, "The moderator");
}

#[test]
fn time_adjunct_before_a_thatless_clause() {
    let c = one("Mr. Clinton said Thursday he would leave the board if Mrs. Clinton won.");
    assert_eq!(c.content, "he would leave the board if Mrs. Clinton won");
    let c = one("The minister said last week the deal was off.");
    assert_eq!(c.content, "the deal was off");
    let c = one("The governor said on Monday night it was over.");
    assert_eq!(c.content, "it was over");
}

#[test]
fn agentless_passive_has_no_source() {
    let c = one("The leaders were expected to discuss the battle against the militants.");
    assert_eq!(c.source, "");
    // the content is what is expected of the subject, like "seems to"
    assert_eq!(
        c.content,
        "The leaders … to discuss the battle against the militants"
    );
    let c = one("Sanders was projected the winner of the primary.");
    assert_eq!((c.source.as_str(), c.pattern.as_str()), ("", "passive"));
    assert_eq!(c.content, "Sanders … the winner of the primary");
    // a judgement without a judge: the subject and its complement
    let c = one("The union is widely regarded as one of the more liberal ones.");
    assert_eq!((c.source.as_str(), c.pattern.as_str()), ("", "passive"));
    assert_eq!(c.content, "The union … one of the more liberal ones");
    let c = one("The walkout is considered one of the largest in company history.");
    assert_eq!(
        c.content,
        "The walkout … one of the largest in company history"
    );
    // with an agent, the agent judges
    let c = one("Clinton was considered a strong candidate by her allies.");
    assert_eq!(
        (c.source.as_str(), c.pattern.as_str()),
        ("her allies", "passive-by")
    );
    // "quoted as saying" keeps the quoted speaker
    let c = one("The mayor was quoted as saying that the curfew would end.");
    assert_eq!(c.source, "The mayor");
}

#[test]
fn time_adjunct_between_subject_and_verb() {
    let cs = claims("Beck, who lives in Ohio, last week said the campaign was over.");
    let said = cs.iter().find(|c| c.cue == "said").expect("said");
    assert_eq!(said.source, "Beck, who lives in Ohio");
    let c = one("Speaker Paul Ryan, the top Republican, Tuesday called the remarks racist.");
    assert_eq!(c.source, "Speaker Paul Ryan, the top Republican");
    let c = one("Trump earlier on Monday said the deal was dead.");
    assert_eq!(c.source, "Trump");
    // "Super Tuesday" is a name, not a time adjunct
    let c = one("Voters leaving the polls on Super Tuesday said they support the proposal.");
    assert!(c.source.ends_with("Super Tuesday"), "{c:?}");
}

#[test]
fn approximate_number_subject() {
    let c = one("About three in 10 said they prefer a more liberal agenda.");
    assert_eq!(c.source, "About three in 10");
    assert_eq!(c.content, "they prefer a more liberal agenda");
    let c = one(
        "Reince Priebus, the party chairman, this past week announced the creation of a website.",
    );
    assert_eq!(c.source, "Reince Priebus, the party chairman");
}

#[test]
fn participle_source_is_the_main_clause_subject() {
    let cs = claims("Instead, the Vermont senator stayed home, hoping to avoid any misstep.");
    let c = cs.iter().find(|c| c.cue == "hoping").expect("hoping");
    assert_eq!(c.source, "the Vermont senator");
    let cs = claims(
        "Although the plan passed, the governor vetoed it Tuesday, saying it was unaffordable.",
    );
    let c = cs.iter().find(|c| c.cue == "saying").expect("saying");
    assert_eq!(c.source, "the governor");
}

#[test]
fn noun_complement_source_from_governing_verb() {
    let c = one("Republicans never bought the idea that a trillion-dollar law could save money.");
    assert_eq!((c.source.as_str(), c.cue.as_str()), ("Republicans", "idea"));
    let c = one("She has pushed back against accusations that she covered up the scandal.");
    assert_eq!(c.source, "She");
    // a noun that opens the sentence has no governing verb
    let c = one("The notion that the vote was rigged is absurd.");
    assert_eq!(c.source, "");
}

#[test]
fn particle_or_possessive_makes_the_cue_word_something_else() {
    assert!(claims("The two companies called off a $54 billion merger.").is_empty());
    assert!(claims(
        "In October, Trump's Virginia state director, Mike Rubino, reached out to the firm."
    )
    .iter()
    .all(|c| c.cue != "state"));
    let c = one("Officials called the plan a disaster.");
    assert_eq!(c.content, "the plan a disaster");
}

#[test]
fn inverted_source_with_a_prepositional_phrase() {
    let c = one("“His knowledge is about 20 years old,” said a longtime adviser to Trump, who has worked for him since 1990.");
    assert_eq!(
        c.source,
        "a longtime adviser to Trump, who has worked for him since 1990"
    );
}

#[test]
fn relative_clause_or_dash_aside_between_subject_and_verb() {
    let c = one("“The agents are under pressure,” an intelligence source, who was not authorized to speak, told Fox News.");
    assert_eq!(
        c.source,
        "an intelligence source, who was not authorized to speak"
    );
    let c = one("Murphy — after a knock-on-wood gesture — told me he had a tragedy-free life.");
    assert_eq!(
        (c.source.as_str(), c.content.as_str()),
        ("Murphy", "he had a tragedy-free life")
    );
    let c = one("The employee of four years, a registered Republican who spoke on condition of anonymity, said she was dismayed.");
    assert_eq!(c.pattern, "subject-verb");
    assert_eq!(c.content, "she was dismayed");
}

#[test]
fn fronted_content_then_hearer_or_cue_noun_subject() {
    let c = one("This includes a special force, Defense Secretary Ash Carter told a Senate panel Wednesday.");
    assert_eq!(
        (c.source.as_str(), c.content.as_str()),
        (
            "Defense Secretary Ash Carter",
            "This includes a special force"
        )
    );
    let c = one("Hackers compromised 12 workstations, the congressional report said.");
    assert_eq!(c.source, "the congressional report");
    // a lone participle or "please" is no subject
    assert!(claims("Seriously, please ask yourself.").is_empty());
}

#[test]
fn relative_clause_verb_takes_no_fronted_content() {
    // the relative clause's "asked" neither takes the sentence opening as content nor asks
    let cs = claims("The employee of four years, a registered Republican who asked not to be named, said she was dismayed.");
    assert_eq!(cs.len(), 1, "{cs:#?}");
    assert_eq!(cs[0].cue, "said");
    assert_eq!(cs[0].content, "she was dismayed");
    let cs = claims("Critics of the plan, who say it costs too much, want a vote.");
    assert!(
        cs.iter()
            .all(|c| c.pattern != "content-subject-verb" && c.pattern != "parenthetical"),
        "{cs:#?}"
    );
}

#[test]
fn fronted_adjunct_without_a_verb_is_no_content() {
    let cs = claims("In an interview with a news site in late May, a confident Manafort bragged that the race was over.");
    assert!(
        cs.iter().all(|c| !c.content.starts_with("In an interview")),
        "{cs:#?}"
    );
    assert!(claims("Instead, Mr. Regalado intends to sit out the race.")
        .iter()
        .all(|c| c.content != "Instead"));
    // a noun-like cue after a modifier is no verb ("raising fresh questions")
    assert!(
        claims("Hundreds of demonstrators marched through the city, raising fresh questions.")
            .iter()
            .all(|c| c.cue != "questions")
    );
    // the parenthetical "C1, X said, C2" keeps its short first part
    let c = one("The museum, Mr. Obama said, would make visitors face uncomfortable truths.");
    assert_eq!(c.source, "Mr. Obama");
    assert!(c.content.starts_with("The museum"), "{c:?}");
}

#[test]
fn participle_between_commas_ends_before_the_main_verb() {
    let cs = claims("The Journal, citing internal documents, reported that the campaign is spending more than it takes in.");
    let citing = cs.iter().find(|c| c.cue == "citing").expect("citing");
    assert_eq!(citing.content, "internal documents");
    let reported = cs.iter().find(|c| c.cue == "reported").expect("reported");
    assert_eq!(
        reported.content,
        "that the campaign is spending more than it takes in"
    );
}

#[test]
fn participle_adjective_after_a_comma_keeps_the_content() {
    let c = one("The chairman said the panel has the full, unredacted Bash email.");
    assert_eq!(c.content, "the panel has the full, unredacted Bash email");
}

#[test]
fn colon_before_a_quote_separates_it_from_the_words_before() {
    let cs = claims("Trump asserted that France had lost its identity: “France is no longer France,” he claimed.");
    let claimed = cs.iter().find(|c| c.cue == "claimed").expect("claimed");
    assert_eq!(claimed.content, "“France is no longer France,”");
}

#[test]
fn participle_appositive_on_the_sentence_subject() {
    let c = one("The senator, speaking to reporters after the vote, said the measure would fail.");
    // the participle phrase is an aside on the verb, not part of the name
    assert_eq!(c.source, "The senator");
    assert_eq!(c.content, "the measure would fail");
    let cs = claims("The report, released Tuesday by the inspector general, found that the agency had mishandled the files.");
    let found = cs.iter().find(|c| c.cue == "found").expect("found");
    assert_eq!(
        found.source,
        "The report, released Tuesday by the inspector general"
    );
}

#[test]
fn verb_after_a_parenthetical_attribution_is_the_main_verb() {
    let c = one("The findings, the report says, show a pattern of abuse.");
    assert_eq!((c.source.as_str(), c.cue.as_str()), ("the report", "says"));
    assert_eq!(c.content, "The findings … show a pattern of abuse");
}

#[test]
fn a_noun_cue_before_the_comma_is_no_parenthetical_attribution() {
    // "polls" is a noun cue, not "the report says," closing an aside
    let c = one("Voters went to the polls, said Steven Taylor.");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str()),
        ("Steven Taylor", "said")
    );
    assert_eq!(c.content, "Voters went to the polls");
    // "back" is a verb cue, but no comma opens an aside before it
    let c = one("Tariffs will not bring jobs back, said David Autor.");
    assert_eq!((c.source.as_str(), c.cue.as_str()), ("David Autor", "said"));
    assert_eq!(c.content, "Tariffs will not bring jobs back");
}

#[test]
fn quantified_subjects_after_the_verb() {
    let c = one("The plan failed, said several observers.");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str()),
        ("several observers", "said")
    );
    assert_eq!(c.content, "The plan failed");
    let c = one("The plan failed, said 12 senators.");
    assert_eq!(c.source, "12 senators");
}

#[test]
fn prepositions_with_pronouns_and_relational_heads_stay_in_the_subject() {
    let c = one("Most of them said the vote was fair.");
    assert_eq!(c.source, "Most of them");
    let c = one("Cruz will win the state, a source close to him said.");
    assert_eq!(
        (c.source.as_str(), c.content.as_str()),
        ("a source close to him", "Cruz will win the state")
    );
    let c = one("An adviser to the senator said the bill would pass.");
    assert_eq!(c.source, "An adviser to the senator");
    // an object pronoun after a verb still ends no subject
    let c = one("He wanted to help him understand the bill.");
    assert_eq!(c.source, "He");
}

#[test]
fn a_possessive_day_opens_the_content() {
    let c = one("Smith said Monday's speech was a turning point.");
    assert_eq!(c.cue, "said");
    assert_eq!(c.content, "Monday's speech was a turning point");
    let c = one("Smith said Monday the speech was a turning point.");
    assert_eq!(c.cue, "said Monday");
}

#[test]
fn a_period_before_a_comma_belongs_to_an_abbreviation() {
    let c = one("Brianne Stone, of Huntsville, Ala., says her biggest concern is the climate.");
    assert_eq!(c.cue, "says");
    assert_eq!(c.content, "her biggest concern is the climate");
    let c = one("Rand Paul, R-Ky., told Fox News that the polls could be wrong.");
    assert_eq!(c.cue, "told");
    assert_eq!(c.content, "that the polls could be wrong");
}

#[test]
fn a_party_and_state_with_inner_periods_is_an_appositive() {
    // "R-S.C.": the periods inside the word end neither the sentence nor the appositive
    let c = one("Lindsey Graham, R-S.C., a presidential candidate, said the plan is failing.");
    assert_eq!(c.cue, "said");
    assert_eq!(c.source, "Lindsey Graham, R-S.C., a presidential candidate");
    assert_eq!(c.content, "the plan is failing");
}

#[test]
fn a_to_phrase_before_the_that_clause() {
    let c =
        one("The veterans group wrote to the senator's office that it had not given permission.");
    assert_eq!(
        (c.cue.as_str(), c.content.as_str()),
        ("wrote", "that it had not given permission")
    );
    let c = one("An economist suggested to me that the workers were harder to replace.");
    assert_eq!(c.content, "that the workers were harder to replace");
    // an infinitive is no hearer
    let c = one("He wants to say that the plan works.");
    assert_eq!(c.content, "to say that the plan works");
}

#[test]
fn at_least_a_number_opens_a_content() {
    let c = one("CNN reported at least six planes circled the stadium.");
    assert_eq!(c.content, "at least six planes circled the stadium");
}

#[test]
fn a_participle_after_a_comma_inside_a_closing_quote() {
    let c = one("Trump gave a defense of \"New York values,\" saying the city was brave.");
    assert_eq!((c.source.as_str(), c.cue.as_str()), ("Trump", "saying"));
    assert_eq!(c.content, "the city was brave");
}

#[test]
fn a_participle_aside_after_the_complementizer() {
    let c = one("Wheeler said that, based on what he has seen, the judge was fair.");
    assert_eq!(
        c.content,
        "that, based on what he has seen, the judge was fair"
    );
    let c = one("Wheeler said that, given his record, the judge was fair.");
    assert_eq!(c.content, "that, given his record, the judge was fair");
}

#[test]
fn a_claim_inside_a_relative_clause_ends_with_the_clause() {
    let c = one("Smith, who said the plan would fail, left early.");
    assert_eq!(
        (c.source.as_str(), c.content.as_str()),
        ("who", "the plan would fail")
    );
    let c = one("The union, which endorsed Clinton in November, is liberal.");
    assert_eq!((c.source.as_str(), c.cue.as_str()), ("which", "endorsed"));
    assert_eq!(c.content, "Clinton in November");
    // without commas, a noun-phrase object ends before the main clause's verb
    let c = one("The group that endorsed Sanders launched a petition.");
    assert_eq!((c.source.as_str(), c.content.as_str()), ("that", "Sanders"));
    let c = one("Voters who support Sanders are young.");
    assert_eq!(c.content, "Sanders");
    // the speaker is the name the pronoun refers to
    let c = one("Donald Trump, who endorsed Ted Cruz, left early.");
    assert_eq!(
        (c.source.as_str(), c.speaker.as_str()),
        ("who", "Donald Trump")
    );
    // a complementizer is no relative pronoun
    let c = one("He said that supporters were angry.");
    assert_eq!(
        (c.source.as_str(), c.content.as_str()),
        ("He", "that supporters were angry")
    );
}

#[test]
fn a_participle_after_a_noun_modifies_it() {
    let c = one("A super PAC supporting Jeb Bush spent $2 million on ads.");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str(), c.pattern.as_str()),
        ("A super PAC", "supporting", "noun-participle")
    );
    assert_eq!(c.content, "Jeb Bush");
    // an object noun carries the words of the clause's subject
    let c = one("The senator released a new radio ad saying the deal was a mistake.");
    assert_eq!(
        (c.source.as_str(), c.content.as_str()),
        ("The senator", "the deal was a mistake")
    );
    // a participle before a bare noun is an adjective
    assert!(claims("The divisive nominating process ended in July.").is_empty());
}

#[test]
fn an_inverted_attribution_inside_the_content() {
    let c = one("The plan, said the mayor, has failed.");
    assert_eq!(
        (c.source.as_str(), c.pattern.as_str()),
        ("the mayor", "parenthetical")
    );
    assert_eq!(c.content, "The plan … has failed");
}

#[test]
fn a_fronted_after_clause_ends_its_own_claims() {
    let cs = claims("After the mayor arrived and Grayson decided to run, he told Randolph that she should step aside.");
    let decided = cs.iter().find(|c| c.cue == "decided").expect("decided");
    assert_eq!(decided.content, "to run");
    let told = cs.iter().find(|c| c.cue == "told").expect("told");
    assert_eq!(
        (told.source.as_str(), told.content.as_str()),
        ("he", "that she should step aside")
    );
}

#[test]
fn a_stance_noun_with_a_preposition_and_a_possessor() {
    let c = one("His criticism of the trade deal was sharp.");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str(), c.content.as_str()),
        ("His", "criticism of", "the trade deal")
    );
    // the source keeps the possessive 's, as PolNeAR marks it
    let c = one("The senator's endorsement of Cruz surprised many.");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str()),
        ("The senator's", "endorsement of")
    );
    // without a possessor the noun is the writer's
    assert!(claims("Concerns about her health have grown.").is_empty());
}

#[test]
fn a_poll_is_the_source_of_its_figures() {
    let c = one("In a CNN poll released Monday, the senator led the governor by 10 points.");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str(), c.pattern.as_str()),
        ("a CNN poll released Monday", "In", "in-poll")
    );
    assert_eq!(c.content, "the senator led the governor by 10 points");
    let c = one("The governor has a decisive lead in the polls.");
    assert_eq!(
        (c.source.as_str(), c.content.as_str()),
        ("the polls", "The governor has a decisive lead")
    );
    // "believe in polls" is no poll result, and the sentence keeps its own claim
    let c = one("He said he doesn't believe in polls.");
    assert_eq!(
        (c.cue.as_str(), c.pattern.as_str()),
        ("said", "subject-verb")
    );
}

#[test]
fn a_pronoun_object_with_its_reason() {
    let c = one("The senator accused him of dividing Americans.");
    assert_eq!(
        (c.cue.as_str(), c.content.as_str()),
        ("accused", "him of dividing Americans")
    );
    let cs = claims("The senator called him divisive and accused him of dividing Americans.");
    assert!(cs
        .iter()
        .any(|c| c.cue == "accused" && c.source == "The senator"));
    // a bare pronoun before a place or time still says nothing
    assert!(claims("We talked about that in the meeting.").is_empty());
}

#[test]
fn a_subject_that_drew_support_or_criticism_from_someone() {
    let c = one("The mayor drew the support of 60 percent of the voters surveyed.");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str(), c.content.as_str()),
        (
            "60 percent of the voters surveyed",
            "drew the support",
            "The mayor"
        )
    );
    assert_eq!(
        (c.pattern.as_str(), c.stance),
        ("drew-support", Stance::Endorse)
    );
    let c = one("Her budget plan has drawn sharp criticism from the teachers' union.");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str(), c.content.as_str()),
        (
            "the teachers' union",
            "has drawn sharp criticism",
            "Her budget plan"
        )
    );
    assert_eq!(c.stance, Stance::Accuse);
    // "have" takes "of" into the cue; a party label stays with the source
    let c = one("The governor has the backing of Sen. Ann Bell (D) and two mayors.");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str(), c.content.as_str()),
        (
            "Sen. Ann Bell (D) and two mayors",
            "has the backing of",
            "The governor"
        )
    );
    // a support only sought, hoped for or denied is nobody's stance
    assert!(claims("The mayor struggled to win the support of the unions.").is_empty());
    assert!(claims("The mayor may not have the backing of the unions.").is_empty());
    assert!(claims("The mayor has sought support from the unions.")
        .iter()
        .all(|c| c.pattern != "drew-support"));
}

#[test]
fn reportedly_reports_the_clause_around_it() {
    let c = one("The advocacy group is reportedly spending millions on television ads.");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str(), c.pattern.as_str()),
        ("", "reportedly", "reportedly")
    );
    assert_eq!(
        c.content,
        "The advocacy group is … spending millions on television ads"
    );
    let c = one("Reportedly, he made threatening comments to co-workers.");
    assert_eq!(c.content, "he made threatening comments to co-workers");
}

#[test]
fn a_second_report_after_and_ends_the_content() {
    let cs = claims("Some delegates have said they will skip the convention and others have said they are not interested.");
    let first = cs
        .iter()
        .find(|c| c.source == "Some delegates")
        .expect("first");
    assert_eq!(first.content, "they will skip the convention");
    assert!(cs
        .iter()
        .any(|c| c.source == "others" && c.content == "they are not interested"));
    // "and he did" is no report
    let c = one("He said he would win and he did.");
    assert_eq!(c.content, "he would win and he did");
    // a present-tense second predicate ends a noun-phrase object
    let cs = claims("She favors right-to-work laws and opposes a higher minimum wage.");
    assert!(cs
        .iter()
        .any(|c| c.cue == "favors" && c.content == "right-to-work laws"));
    assert!(cs
        .iter()
        .any(|c| c.cue == "opposes" && c.content == "a higher minimum wage"));
}

#[test]
fn that_before_a_lone_noun_is_a_determiner() {
    let cs = claims("The mayor played down that report, calling it a distraction.");
    let down = cs
        .iter()
        .find(|c| c.cue == "played down")
        .expect("played down");
    assert_eq!(down.content, "that report");
    // a complementizer keeps its clause
    let c = one("He said that voters were angry.");
    assert_eq!(c.content, "that voters were angry");
}

#[test]
fn a_long_hearer_before_the_clause() {
    let c = one("The candidate told a crowded banquet hall at a hotel in downtown Baltimore that he is not giving up.");
    assert_eq!(
        (c.cue.as_str(), c.content.as_str()),
        ("told", "that he is not giving up")
    );
}

#[test]
fn long_noun_phrase_sources() {
    let c = one("The latest US newspaper to endorse Clinton called Trump dangerous.");
    assert_eq!(c.source, "The latest US newspaper to endorse Clinton");
    assert_eq!(c.speaker, "latest US newspaper");
    let c = one(
        "A campaign operative who spoke on condition of anonymity said the candidate was tired.",
    );
    assert_eq!(
        c.source,
        "A campaign operative who spoke on condition of anonymity"
    );
    assert_eq!(c.content, "the candidate was tired");
    let cs = claims("Voters who support Trump say the economy is the top issue.");
    let say = cs.iter().find(|c| c.cue == "say").expect("say");
    assert_eq!(say.source, "Voters who support Trump");
    let support = cs.iter().find(|c| c.cue == "support").expect("support");
    assert_eq!(support.content, "Trump");
}

#[test]
fn lone_name_with_a_noun_like_verb_before_a_clause() {
    let c = one("Smith hopes to win the nomination.");
    assert_eq!(
        (c.cue.as_str(), c.content.as_str()),
        ("hopes", "to win the nomination")
    );
    let c = one("Trump claims the election was rigged.");
    assert_eq!(c.content, "the election was rigged");
    assert!(claims("Health worries have dogged the campaign.").is_empty());
}

#[test]
fn absolute_or_coordinated_participle() {
    let cs = claims("Unions backed Clinton early, with the American Federation of Teachers calling her \"the champion working families need.\"");
    let calling = cs.iter().find(|c| c.cue == "calling").expect("calling");
    assert_eq!(calling.source, "the American Federation of Teachers");
    let cs = claims("Cruz kept dismissing them and calling McConnell a liar.");
    let calling = cs.iter().find(|c| c.cue == "calling").expect("calling");
    assert_eq!(calling.content, "McConnell a liar");
    // an expletive subject is nobody's
    let cs =
        claims("There is still time, even after dismissing them and calling McConnell a liar.");
    let calling = cs.iter().find(|c| c.cue == "calling").expect("calling");
    assert_eq!(calling.source, "");
}

#[test]
fn summary_noun_after_a_claim() {
    // "a charge Moscow denies": Moscow denies what the officials say; the content is the noun,
    // linked to the claim it sums up
    let cs = claims(
        "US intelligence agencies say Russia meddled in the election, a charge Moscow denies.",
    );
    let say = cs.iter().find(|c| c.cue == "say").expect("say");
    assert_eq!(say.content, "Russia meddled in the election");
    let denies = cs.iter().find(|c| c.cue == "denies").expect("denies");
    assert_eq!(
        (denies.source.as_str(), denies.content.as_str()),
        ("Moscow", "a charge")
    );
    assert_eq!(denies.stance, Stance::Deny);
    let a = engine().analyze(Document::new(
        "t",
        "US intelligence agencies say Russia meddled in the election, a charge Moscow denies.",
    ));
    let d = a
        .claims
        .iter()
        .find(|c| c.cue_text(&a.doc.text) == "denies")
        .expect("denies");
    let s = a
        .claims
        .iter()
        .find(|c| c.cue_text(&a.doc.text) == "say")
        .expect("say");
    assert_eq!(d.refers_to, Some(s.id));
    // and the stance graph sees the conflict
    assert!(
        a.findings.iter().any(|f| f.rule == "opposing-stances"),
        "{:#?}",
        a.findings
    );
    // without a claim before it, the clause is the content
    let c = one("Russia is behind the attacks, a claim the Kremlin rejects.");
    assert_eq!(
        (c.source.as_str(), c.content.as_str()),
        ("the Kremlin", "Russia is behind the attacks")
    );
}

#[test]
fn seem_and_appear_hedge_without_a_source() {
    let c = one("Trump seems to be the classic New York City personality.");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str(), c.pattern.as_str()),
        ("", "seems", "seem-appear")
    );
    assert_eq!(
        c.content,
        "Trump … to be the classic New York City personality"
    );
    assert_eq!(c.stance, Stance::Believe);
    let c = one("It appears that the talks have stalled.");
    assert_eq!(c.content, "that the talks have stalled");
    // "appeared on Fox News" is no hedge
    assert!(claims("The senator appeared on Fox News on Sunday.").is_empty());
    assert!(claims("The senator appeared together with the governor.").is_empty());
}

#[test]
fn seem_and_appear_with_a_predicative_complement() {
    let c = one("The senator's supporters seemed equally unperturbed.");
    assert_eq!((c.source.as_str(), c.cue.as_str()), ("", "seemed"));
    assert_eq!(c.content, "The senator's supporters … equally unperturbed");
    let c = one("The campaign team appeared paralyzed by the news.");
    assert_eq!(c.content, "The campaign team … paralyzed by the news");
}

#[test]
fn sentence_opener_is_no_participle_source() {
    // the participle's subject is the main clause's, after the fronted phrase
    let c =
        one("Outside the sports arena, about 200 protesters gathered, chanting \"Lock her up.\"");
    assert_eq!(c.source, "about 200 protesters");
    // without a main-clause subject, an opener is nobody
    for text in [
        "Shortly after midnight, a crowd of protesters, chanting \"No justice.\"",
        "WASHINGTON — Without notice, a group of senators, calling the deal a disaster.",
    ] {
        let cs = claims(text);
        assert!(
            cs.iter()
                .all(|c| !matches!(c.source.as_str(), "Shortly" | "WASHINGTON")),
            "{text}: {cs:#?}"
        );
    }
}

#[test]
fn noun_complement_with_a_common_noun_possessor_and_a_main_verb_after() {
    let c = one("The senator's assumption that turnout will be low surprised everyone.");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str()),
        ("The senator's", "assumption")
    );
    assert_eq!(c.content, "that turnout will be low");
    let c = one("The campaign's assumption that the race would be close was wrong.");
    assert_eq!(c.source, "The campaign's");
    assert_eq!(c.content, "that the race would be close");
}

#[test]
fn np_object_ends_before_a_second_predicate() {
    let c = one("Trump talked about the stock market and made comments about the Fed.");
    assert_eq!(c.content, "the stock market");
    // a coordinated noun phrase stays whole
    let c = one("Trump talked about the stock market and the Fed.");
    assert_eq!(c.content, "the stock market and the Fed");
}

#[test]
fn fronted_subordinate_clause_is_no_content() {
    // the adjunct clause frames the main clause; the verb's own object is the content
    let c = one("As for the governor's travel, the mayor hopes to fly private.");
    assert_eq!(c.content, "to fly private");
    let c = one("As Europe faces pressure from a more muscular Russia, Germany has pledged to bolster its military.");
    assert_eq!(c.content, "to bolster its military");
    let cs = claims("Once a petition tops 100,000 signatures, it must be considered.");
    assert!(
        cs.iter().all(|c| c.pattern != "content-subject-verb"),
        "{cs:#?}"
    );
    // with the content resuming after the attribution, the conditional stays in it
    let c = one("If the demands are not met, Mr. Taylor warned, the delegates will walk out.");
    assert_eq!(c.pattern, "parenthetical");
    assert!(c.content.starts_with("If the demands"), "{c:#?}");
}

#[test]
fn quoted_show_title_after_a_day_is_no_content() {
    let c = one(
        "Wednesday on Fox News Channel’s “Fox & Friends,” Rep. Dana Ruiz said the bill would pass.",
    );
    assert_eq!(
        (c.source.as_str(), c.cue.as_str()),
        ("Rep. Dana Ruiz", "said")
    );
    assert_eq!(c.content, "the bill would pass");
}

#[test]
fn adjunct_before_a_quote_is_skipped() {
    for (text, content) in [
        (
            "Clinton said in the spring, when the story broke, “I did not email any classified material.”",
            "“I did not email any classified material.”",
        ),
        (
            "The crowd chanted back at him, \"Send them home.\"",
            "\"Send them home.\"",
        ),
        (
            "They repeat, 10,000 times, “Peace Through Strength.”",
            "“Peace Through Strength.”",
        ),
    ] {
        assert_eq!(one(text).content, content, "{text}");
    }
}

#[test]
fn a_list_bullet_is_no_part_of_the_source() {
    let cs = claims("Polls.\n\n~ Media titan Dana Ruiz announced her engagement.\n-Nate Cohn explains why the polls were off.");
    let sources: Vec<&str> = cs.iter().map(|c| c.source.as_str()).collect();
    assert_eq!(sources, ["Media titan Dana Ruiz", "Nate Cohn"], "{cs:#?}");
    assert_eq!(cs[0].content, "her engagement");
}

#[test]
fn predicative_as_stays_in_a_noun_phrase_content() {
    // "as a/the NOUN" is the object's complement; "as the crowd cheered" is a clause
    let c = one("The senator described Mr. Trump as a selfish corporate titan.");
    assert_eq!(c.content, "Mr. Trump as a selfish corporate titan");
    let c = one("Rubio wants to emerge as the go-to candidate for mainstream Republicans.");
    assert_eq!(
        c.content,
        "to emerge as the go-to candidate for mainstream Republicans"
    );
    let c = one("Sanders has pledged his support as the crowd cheered.");
    assert_eq!(c.content, "his support");
    let c = one("Sanders has pledged his support as he left.");
    assert_eq!(c.content, "his support");
    let c = one("The poll indicates a tightening race as Trump consolidates his support.");
    assert_eq!(c.content, "a tightening race");
    // "such as" and "as well as" no longer leave "such" / "as well" dangling
    let c = one("Trump has sharply criticized free-trade deals such as the North American Free Trade Agreement.");
    assert_eq!(
        c.content,
        "free-trade deals such as the North American Free Trade Agreement"
    );
}

#[test]
fn including_list_stays_in_a_noun_phrase_content() {
    let c = one(
        "Bill Clinton said he plans to continue his own projects, including delivering speeches.",
    );
    assert_eq!(
        c.content,
        "he plans to continue his own projects, including delivering speeches"
    );
    let c = one(
        "The governor repeated his promise to repeal the rules, including the latest ones on guns.",
    );
    assert_eq!(
        c.content,
        "his promise to repeal the rules, including the latest ones on guns"
    );
    // a list after a colon, and a list that belongs to the subject, are not the content's
    let c = one("Sanders sent a letter, suggesting a few questions, including: what about trade?");
    assert_eq!(c.content, "a few questions");
    let c = one("A chorus of Republicans has said the same thing, including Mitt Romney.");
    assert_eq!(c.content, "the same thing");
}

#[test]
fn told_a_short_determiner_phrase_then_a_clause() {
    let c = one("Podesta told the AP his firm worked closely with the nonprofit.");
    assert_eq!(c.content, "his firm worked closely with the nonprofit");
    let c = one("The director told the senator her group never worked with Manafort.");
    assert_eq!(c.content, "her group never worked with Manafort");
}

#[test]
fn much_of_opens_a_clause_and_a_semicolon_closes_an_attribution() {
    let c = one("Adelson said much of his discussion with Trump was about Israel.");
    assert_eq!(
        c.content,
        "much of his discussion with Trump was about Israel"
    );
    // "said much" alone is no report of a clause
    assert!(claims("He said much.").is_empty());
    let c = one("The vote was close, political analysts say; in 2012, the governor lost.");
    assert_eq!(c.pattern, "content-subject-verb");
    assert_eq!(c.content, "The vote was close");
}

#[test]
fn a_contracted_subject_pronoun_opens_the_content() {
    let c = one("Pate also told Breitbart News he’d support the senator in a general election.");
    assert_eq!((c.source.as_str(), c.cue.as_str()), ("Pate", "also told"));
    assert_eq!(c.content, "he’d support the senator in a general election");
    let c = one("Beck reminded him he'd have to earn 15 percent in the polls.");
    assert_eq!(c.content, "he'd have to earn 15 percent in the polls");
}

#[test]
fn interview_and_wire_labels_are_no_colon_speakers() {
    for text in [
        "Q: Do you think a socialist can win a general election?",
        "A: I think they would have been set back.",
        "The Latest: Mourners say the loss is tough.",
        "EXCLUSIVE: Saudis insist they are fighting terror.",
    ] {
        let cs = claims(text);
        assert!(
            cs.iter().all(|c| c.pattern != "colon-lead-in"),
            "{text}: {cs:#?}"
        );
    }
    // the words after the label keep their own attribution
    let c = one("A: I think they would have been set back.");
    assert_eq!((c.source.as_str(), c.cue.as_str()), ("I", "think"));
    // a speaker's name still leads a transcript line
    let c = one("CLINTON: I feel a great deal of sympathy for the families.");
    assert_eq!(c.pattern, "colon-lead-in");
    // a tally or slogan after a candidate's name, and a byline, are no statements
    for text in [
        "Sanders: 1,547.",
        "Rubio: Finish second.",
        "Contributing: Dana Ruiz and Lee Park, USA TODAY.",
    ] {
        let cs = claims(text);
        assert!(
            cs.iter().all(|c| c.pattern != "colon-lead-in"),
            "{text}: {cs:#?}"
        );
    }
}

#[test]
fn a_place_name_between_commas_inside_the_hearer() {
    let c = one("The senator told customers at a popular Manchester, New Hampshire, breakfast spot that she needs them.");
    assert_eq!((c.source.as_str(), c.cue.as_str()), ("The senator", "told"));
    assert_eq!(c.content, "that she needs them");
}

#[test]
fn an_inverted_source_may_open_with_a_lowercase_title() {
    let c = one("The city has more museums than its rivals, says urban historian Mara Velkova.");
    assert_eq!(c.pattern, "content-verb-subject");
    assert_eq!(c.source, "urban historian Mara Velkova");
    assert_eq!(c.content, "The city has more museums than its rivals");
    // the place after the name is no part of it
    let c = one("The plant will close in May, said former state senator Tom Reyes in Fresno.");
    assert_eq!(c.source, "former state senator Tom Reyes");
    // a lowercase phrase that is not a title before a name stays out
    let cs = claims(
        "In a study of voters, the group found strong support for Mr. Lane among Democrats.",
    );
    assert!(
        cs.iter().all(|c| c.pattern != "content-verb-subject"),
        "{cs:#?}"
    );
}

#[test]
fn a_like_aside_after_a_lowercase_subject() {
    let c =
        one("Yet farm economists, like their rivals in industry, say the tariff raises prices.");
    assert_eq!(c.source, "farm economists, like their rivals in industry");
    assert_eq!(c.content, "the tariff raises prices");
    let c = one("Even the loudest critics, like Ms. Ortiz, say the plan has merit.");
    assert_eq!(c.source, "the loudest critics, like Ms. Ortiz");
}

#[test]
fn a_hearer_ends_before_that_or_a_subject_pronoun() {
    let cs = claims(
        "After the mayor said the budget was short, the governor told reporters that she agreed.",
    );
    let told = cs.iter().find(|c| c.cue == "told").expect("told");
    assert_eq!(told.pattern, "subject-verb");
    assert_eq!(told.content, "that she agreed");
    let said = cs.iter().find(|c| c.cue == "said").expect("said");
    assert_eq!(said.content, "the budget was short");
}

#[test]
fn a_degree_adverb_before_a_subordinator_keeps_the_clause_fronted() {
    let cs = claims("Shortly after the mayor was declared the winner, her rival told a crowd that he expects to win.");
    let told = cs.iter().find(|c| c.cue == "told").expect("told");
    assert_eq!(told.content, "that he expects to win");
    assert!(cs.iter().all(|c| !c.content.contains("rival")), "{cs:#?}");
}

#[test]
fn a_quoted_title_inside_an_appositive_source() {
    let c = one("Ortega, the author of \"Cold Harbor,\" about the 1998 floods, said the levees were never repaired.");
    assert_eq!(
        c.source,
        "Ortega, the author of \"Cold Harbor,\" about the 1998 floods"
    );
    assert_eq!(c.content, "the levees were never repaired");
}

#[test]
fn polling_and_averages_show_as_verbs() {
    let c = one("Exit polling shows she won most voters under 30.");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str()),
        ("Exit polling", "shows")
    );
    assert_eq!(c.content, "she won most voters under 30");
    let c = one("A rolling average of state polls shows the governor leading by four points.");
    assert_eq!(c.source, "A rolling average of state polls");
    let c = one("Polls there show the mayor is trailing his rival.");
    assert_eq!(c.content, "the mayor is trailing his rival");
}

#[test]
fn it_seems_with_a_that_less_clause() {
    let c = one("It seems the council has far too many members.");
    assert_eq!(
        (c.cue.as_str(), c.pattern.as_str()),
        ("seems", "seem-appear")
    );
    assert_eq!(c.content, "the council has far too many members");
    let c = one("It appears Mayor Ruiz will win the district.");
    assert_eq!(c.content, "Mayor Ruiz will win the district");
    assert!(claims("It seems a long time ago.").is_empty());
}

#[test]
fn a_question_quote_before_asked_and_its_hearer() {
    let cs = claims("“Did you read the audit?” Lane asked the county clerk.");
    let c = cs.iter().find(|c| c.cue == "asked").expect("asked");
    assert_eq!(c.pattern, "quote-before-sentence");
    assert_eq!(c.source, "Lane");
    assert_eq!(c.content, "“Did you read the audit?”");
}

#[test]
fn a_person_pronoun_is_an_object() {
    let c = one("Gov. Ana Brown endorsed her.");
    assert_eq!((c.cue.as_str(), c.content.as_str()), ("endorsed", "her"));
    let c = one("Most voters in the county are rejecting him.");
    assert_eq!(c.content, "him");
    // "that" and "it" alone still say nothing
    assert!(claims("The mayor talked about that in the meeting.").is_empty());
}

#[test]
fn an_ordinal_noun_phrase_before_an_infinitive_cue() {
    let c = one("Ortiz was the first Democrat in the legislature to endorse the mayor.");
    assert_eq!(c.pattern, "infinitival");
    // (after a copula, PolNeAR marks the copula's subject: 5 of 7 train cases)
    assert_eq!(c.source, "Ortiz");
    assert_eq!(
        (c.cue.as_str(), c.content.as_str()),
        ("to endorse", "the mayor")
    );
    let c = one("Lee was one of the earliest council members to endorse the plan.");
    assert_eq!(c.source, "Lee");
    // without a copula, or after a relative pronoun, the phrase itself acts
    let c = one("Lee, who was one of the earliest council members to endorse the plan, left.");
    assert_eq!(c.source, "one of the earliest council members");
    // opening the sentence, the phrase is the main clause's subject: no claim this way
    let cs = claims("The first member of the council to endorse him was Ortiz.");
    assert!(cs.iter().all(|c| c.pattern != "infinitival"), "{cs:#?}");
}

#[test]
fn adverbs_inside_a_be_adjective_cue() {
    let c = one("The senator was also critical of the handling of the flood.");
    assert_eq!(c.cue, "was also critical of");
    assert_eq!(
        (c.source.as_str(), c.content.as_str()),
        ("The senator", "the handling of the flood")
    );
    let c = one("Farm groups are deeply concerned about the new tariff.");
    assert_eq!(c.cue, "are deeply concerned about");
    let c = one("He’s also critical of the budget.");
    assert_eq!(c.content, "the budget");
}

#[test]
fn a_wh_clause_after_the_hearer_phrase() {
    let c = one("The editor explained to the panel why the mayor was chosen.");
    assert_eq!(
        (c.cue.as_str(), c.content.as_str()),
        ("explained", "why the mayor was chosen")
    );
    let c = one("The governor has questioned on several occasions whether the dam is safe.");
    assert_eq!(c.content, "whether the dam is safe");
}

#[test]
fn a_noun_then_copula_then_that_clause() {
    let c = one("The idea is that small donors can still fund the campaign.");
    assert_eq!(c.pattern, "noun-is-that");
    assert_eq!(c.cue, "The idea is");
    assert_eq!(c.content, "that small donors can still fund the campaign");
    let c = one("Ortiz's argument was that the levy would hurt small farms.");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str()),
        ("Ortiz's", "argument was")
    );
    let c = one("His message long has been that he wins because he leads the polls.");
    assert_eq!(c.cue, "message long has been");
    // a noun inside the sentence is no such subject
    let cs = claims("Critics say the idea is that the state pays for the dam.");
    assert!(cs.iter().all(|c| c.pattern != "noun-is-that"), "{cs:#?}");
}

#[test]
fn a_clause_content_keeps_its_subordinate_clause() {
    let c = one("Grayson said he opposes the plan because the standards ignore each student.");
    assert_eq!(
        c.content,
        "he opposes the plan because the standards ignore each student"
    );
    let c = one("The mayor says thousands lost their homes because of reckless lending.");
    assert_eq!(
        c.content,
        "thousands lost their homes because of reckless lending"
    );
}

#[test]
fn a_verb_phrase_after_and_ends_an_object_content() {
    let cs =
        claims("The mayor has proposed banning cars from the square and has gone on to defend it.");
    let c = cs
        .iter()
        .find(|c| c.cue == "has proposed")
        .expect("proposed");
    assert_eq!(c.content, "banning cars from the square");
    // inside a relative clause the coordination stays
    let c = one("Analysts cited the value of a port that borders the strait and has had calm waters for years.");
    assert!(c.content.ends_with("calm waters for years"), "{c:#?}");
}

#[test]
fn an_infinitive_after_the_cue_is_no_adjunct() {
    let c = one("Across most of the region, voters want to limit new housing.");
    assert_eq!(
        (c.pattern.as_str(), c.content.as_str()),
        ("subject-verb", "to limit new housing")
    );
    let c = one("On Monday, the White House urged the senators to find a compromise.");
    assert_eq!(c.cue, "urged");
    assert!(c.content.contains("to find a compromise"), "{c:#?}");
    // "to" before a hearer is still an adjunct: "C, X said to reporters"
    let c = one("The deal is dead, the minister said to reporters.");
    assert_eq!(c.content, "The deal is dead");
}

#[test]
fn objects_after_the_cue_are_no_adjuncts() {
    // a possessive "her" opens an object
    let c = one("This month in Iowa, the senator announced her plan to expand rural clinics.");
    assert_eq!(c.content, "her plan to expand rural clinics");
    // a that-clause after adjuncts
    let c = one("In a court filing, the agency acknowledged for the first time Friday that the files were lost.");
    assert_eq!(c.content, "that the files were lost");
    // "of" after a non-speech verb opens its object
    let cs = claims("Last month, a group of experts warned of a new kind of fraud.");
    assert!(
        cs.iter().all(|c| c.pattern != "content-subject-verb"),
        "{cs:#?}"
    );
}

#[test]
fn a_fronted_adjunct_before_said_comma_is_no_content() {
    let c = one("At a rally in the county yesterday, Lane said, “We will win this seat.”");
    assert_eq!(c.pattern, "subject-verb");
    assert_eq!(c.content, "“We will win this seat.”");
    let c = one("Instead, the aide said, the mayor plans to veto the bill.");
    assert_eq!(c.content, "the mayor plans to veto the bill");
}

#[test]
fn the_object_of_a_causative_verb_acts_the_infinitive_cue() {
    let c = one("The landslide led party chairman Ed Vance to declare her the nominee.");
    assert_eq!(c.pattern, "infinitival");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str()),
        ("party chairman Ed Vance", "to declare")
    );
    assert_eq!(c.content, "her the nominee");
    // a passive agent is no such object
    let cs = claims("The outcry was prompted by the mayor's failure to denounce the vandals.");
    assert!(
        cs.iter().all(|c| c.source != "by the mayor's failure"),
        "{cs:#?}"
    );
}

#[test]
fn a_name_a_colon_and_a_quotation() {
    let c = one(
        "More from Alvarez: “The makeup of the state is only a starting point for any forecast.”",
    );
    assert_eq!(c.pattern, "colon-quote");
    assert_eq!((c.source.as_str(), c.cue.as_str()), ("Alvarez", ":"));
    assert!(c.content.starts_with("“The makeup"), "{c:#?}");
    let c =
        one("Here’s Ortiz in March 2012: “We must rebuild the port before we build the stadium.”");
    assert_eq!(c.source, "Ortiz");
    // a clause before the colon is no speaker label
    let cs =
        claims("Her letter makes a simple case: “Voters deserve to know who pays for these ads.”");
    assert!(cs.iter().all(|c| c.pattern != "colon-quote"), "{cs:#?}");
}

#[test]
fn a_participle_phrase_inside_the_subject() {
    let c = one("One pastor supporting Mr. Lane said he had made 150 calls.");
    assert_eq!(c.source, "One pastor supporting Mr. Lane");
    let c = one("Voters supporting the mayor said they were angry at the council.");
    assert_eq!(c.source, "Voters supporting the mayor");
}

#[test]
fn attacks_support_and_opposition_with_a_possessor() {
    let c = one("His attacks on hedge fund managers have helped him with young voters.");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str(), c.pattern.as_str()),
        ("His", "attacks on", "noun-preposition")
    );
    assert_eq!(c.content, "hedge fund managers");
    let c = one("Her support for scrapping the tax is not shared by her party.");
    assert_eq!(c.content, "scrapping the tax");
    // the object ends before the main clause's subject
    let cs = claims("After his attacks on Mayor Ruiz, the governor said the feud was over.");
    let said = cs.iter().find(|c| c.cue == "said").expect("said");
    assert_eq!(said.source, "the governor");
    // without a possessor, or with another preposition, no claim; "that" is a relative clause
    assert!(claims("Attacks on the port continued.").is_empty());
    let cs = claims("The mayor said in an interview about the attacks that the city was safe.");
    assert!(cs.iter().any(|c| c.cue.starts_with("said")), "{cs:#?}");
}

#[test]
fn a_time_adverb_after_the_cue_is_no_content() {
    let c = one("“We will have to fight for every vote,” the mayor said a day earlier.");
    assert_eq!(c.pattern, "content-subject-verb");
    assert_eq!(c.content, "“We will have to fight for every vote,”");
    assert!(claims("The minister responded late.").is_empty());
}

#[test]
fn a_quote_continues_past_a_participle_claim() {
    let text = "\"You make mistakes on the trail,\" Lane said in Concord, referring to a town hall where he stumbled. \"If I could do that again, I would answer differently.\"";
    let cs = claims(text);
    let said = cs.iter().find(|c| c.cue == "said").expect("said");
    assert_eq!(said.pattern, "content-subject-verb+continued-quote");
    assert!(
        said.content.ends_with("I would answer differently.\""),
        "{said:#?}"
    );
}

#[test]
fn passive_judgements_known_as_and_seen_as() {
    let c = one("The mayor is seen as the more electable choice.");
    assert_eq!(
        (c.cue.as_str(), c.pattern.as_str()),
        ("is seen as", "passive")
    );
    assert_eq!(c.content, "The mayor … the more electable choice");
    let c = one("The firm is well known for making cheap ferries.");
    assert_eq!(c.cue, "known for");
    assert!(c.source.is_empty(), "{c:#?}");
    // without a form of "be" the participle only names: no claim
    assert!(claims("Chemicals known as HFCs are potent.").is_empty());
}

#[test]
fn an_adjective_before_a_report_noun_keeps_it_in_the_subject() {
    let c = one("An earlier report in a local paper said that the mayor had used the photos.");
    assert_eq!(c.source, "An earlier report in a local paper");
    let c = one("A new poll by the college found that the senator leads.");
    assert_eq!(c.source, "A new poll by the college");
}

#[test]
fn a_name_and_appositive_after_a_dash() {
    let c = one("It was no accident — Dana Ruiz, a spokeswoman for the mayor, told reporters that the council had been warned.");
    assert_eq!(c.source, "Dana Ruiz, a spokeswoman for the mayor");
    assert_eq!(c.content, "that the council had been warned");
}

#[test]
fn a_named_hearer_a_comma_and_a_clause() {
    let c = one("Ortiz told KQED, her plan would be to rebuild the pier first.");
    assert_eq!(
        (c.cue.as_str(), c.content.as_str()),
        ("told", "her plan would be to rebuild the pier first")
    );
}

#[test]
fn a_sentence_opening_with_said_and_a_name() {
    let c = one("Said Ortiz, who grew up on the block, “We were all so proud of her.”");
    assert_eq!(c.source, "Ortiz, who grew up on the block");
    assert_eq!(
        (c.cue.as_str(), c.content.as_str()),
        ("Said", "“We were all so proud of her.”")
    );
}

#[test]
fn a_typed_double_hyphen_is_a_dash() {
    let c = one("Lane -- after a long pause -- told me the race was close.");
    assert_eq!((c.source.as_str(), c.cue.as_str()), ("Lane", "told"));
    assert_eq!(c.content, "the race was close");
    let toks = crate::segment::tokenize("Lane -- after");
    assert_eq!(toks[1].norm.as_str(), "--");
}

#[test]
fn a_lone_quantifier_is_a_subject() {
    let c = one("Another said the vote was rigged.");
    assert_eq!(
        (c.source.as_str(), c.content.as_str()),
        ("Another", "the vote was rigged")
    );
    let c = one("Yet some say the plan will fail.");
    assert_eq!(c.source, "some");
    // a determiner before a noun-like cue still makes it a noun
    assert!(claims("Some reports were late.").is_empty());
}

#[test]
fn about_a_fraction_is_a_subject() {
    let c = one("About two-thirds say they will vote for the mayor.");
    assert_eq!(c.source, "About two-thirds");
    let c = one("Nearly three-quarters support the new levy.");
    assert_eq!(c.source, "Nearly three-quarters");
}

#[test]
fn an_inverted_bare_plural_of_people() {
    let c = one("The soil is the real problem, say experts.");
    assert_eq!(
        (c.source.as_str(), c.pattern.as_str()),
        ("experts", "content-verb-subject")
    );
    assert_eq!(c.content, "The soil is the real problem");
}

#[test]
fn an_aside_between_commas_before_the_object() {
    let c = one("The director described, in blistering terms, a set of practices that left the files exposed.");
    assert_eq!(c.content, "a set of practices that left the files exposed");
}

#[test]
fn a_state_abbreviation_in_parentheses_ends_no_sentence() {
    let c = one("Rep. Ann Ortiz (D-N.Y.) said the party would unite.");
    assert_eq!(
        (c.cue.as_str(), c.content.as_str()),
        ("said", "the party would unite")
    );
    assert!(c.source.starts_with("Rep. Ann Ortiz"), "{c:#?}");
    let seg = crate::segment::segment("Rep. Ann Ortiz (D-N.Y.) said the party would unite.");
    assert_eq!(seg.sentences.len(), 1);
}

#[test]
fn a_gerund_cue_after_in_or_for() {
    let cs = claims("The governor broke with his own party in endorsing the mayor.");
    let c = cs.iter().find(|c| c.cue == "endorsing").expect("endorsing");
    assert_eq!(
        (c.source.as_str(), c.content.as_str()),
        ("The governor", "the mayor")
    );
    let cs = claims("The senator was fined for criticizing the judge in public.");
    assert!(
        cs.iter()
            .any(|c| c.cue == "criticizing" && c.content.starts_with("the judge")),
        "{cs:#?}"
    );
}

#[test]
fn a_preposition_before_a_fronted_gerund_cue() {
    let cs = claims("In endorsing the mayor, the governor broke with his own party.");
    let c = cs.iter().find(|c| c.cue == "endorsing").expect("endorsing");
    assert_eq!(
        (c.source.as_str(), c.content.as_str()),
        ("the governor", "the mayor")
    );
}

#[test]
fn claims_whose_contents_hold_each_other_in_a_ring_keep_a_top() {
    // each content holds the next cue: "seek" holds "understood", "understood" holds "said",
    // and "said"'s fronted content holds "seek"; before, all three were nested, none on top
    let text = "The agency would also seek to establish that the mayor understood the rules, former officials said.";
    let cs = claims(text);
    assert!(cs.iter().any(|c| !c.nested), "{cs:#?}");
    let top = cs.iter().find(|c| !c.nested).expect("a top-level claim");
    assert_eq!(top.cue, "said");
}

#[test]
fn a_bracketed_sentence_after_a_period_starts_anew() {
    // the bracketed sentence is no part of the content before it, and the content inside
    // the brackets ends before the closing one
    let cs = claims(
        "Aides said that he was working on a book. (Mr. Lewandowski has denied that he was working on a book.)",
    );
    assert_eq!(cs.len(), 2, "{cs:?}");
    assert_eq!(cs[0].content, "that he was working on a book");
    assert_eq!(cs[1].source, "Mr. Lewandowski");
    assert_eq!(cs[1].content, "that he was working on a book");
}

#[test]
fn a_relative_clause_cue_takes_no_content_after_its_closing_comma() {
    // "who did not respond," has no object: what follows the comma is the main clause's
    let cs =
        claims("Mr. Lewandowski, who did not respond, has denied that he was working on a book.");
    assert_eq!(cs.len(), 1, "{cs:?}");
    assert_eq!(cs[0].cue, "has denied");
    assert_eq!(cs[0].content, "that he was working on a book");
}

#[test]
fn an_aside_between_commas_inside_the_content_clause_keeps_it_whole() {
    // the clause's subject, an aside, then its verb: the comma ends nothing
    let c = one("She said that she, too, enjoyed her work.");
    assert_eq!(c.content, "that she, too, enjoyed her work");
    let c = one("He said the email scandal, while troublesome, was dealt with appropriately.");
    assert_eq!(
        c.content,
        "the email scandal, while troublesome, was dealt with appropriately"
    );
    // (a subordinate clause before the aside has the verb; the object ends before it)
    let c = one("I understood this because we, too, were victims of his violence.");
    assert_eq!(c.content, "this");
}

#[test]
fn a_spaced_hyphen_is_a_dash_around_an_appositive() {
    // " - " is typed for "—": the appositive between the dashes belongs to the subject
    let c = one("Deborah Reynolds - his girlfriend and co-host - told The Washington Post that his skepticism grew.");
    assert_eq!(c.cue, "told");
    assert_eq!(c.content, "that his skepticism grew");
}

#[test]
fn a_subordinate_clause_with_its_own_subject_ends_an_object() {
    let c = one("Trump praised Khan after he delivered a moving speech at the convention.");
    assert_eq!(c.content, "Khan");
    let c = one("Obama endorsed gay marriage after his son came out two years ago.");
    assert_eq!(c.content, "gay marriage");
    // (a measure before the subordinator keeps the clause: "right before")
    let c = one("The photographer found it right before the plane took off.");
    assert_eq!(c.content, "it right before the plane took off");
}

#[test]
fn a_poll_tally_after_the_favored_name_is_no_content() {
    let c = one("Voters favor Trump 58 percent to 21 percent.");
    assert_eq!(c.content, "Trump");
    let c = one("Likely voters prefer Clinton, 57 percent to 22 percent.");
    assert_eq!(c.content, "Clinton");
    // "Likely" before the group is no sentence adverb
    assert_eq!(c.source, "Likely voters");
}

#[test]
fn a_verb_in_s_after_a_name_with_a_relative_clause_is_the_verb() {
    // "hopes" is also a noun; after "Jeb Bush, who ...," it agrees with the name
    let c = one("Jeb Bush, who has been successful, hopes his campaign could score a turnaround.");
    assert_eq!(c.cue, "hopes");
    assert_eq!(c.content, "his campaign could score a turnaround");
    let c = one("The Communist Party leadership fears that closures could kindle protests.");
    assert_eq!(c.source, "The Communist Party leadership");
}

#[test]
fn longer_and_repeated_adjuncts_before_the_content() {
    let c = one(
        "Chris Collins noted in a guest column in Saturday's New York Times that anger is fueling his rise.",
    );
    assert_eq!(c.content, "that anger is fueling his rise");
    let c = one(
        "She announced on her Facebook page, in all capital letters, \"I'm getting off the ship!\"",
    );
    assert_eq!(c.content, "\"I'm getting off the ship!\"");
}

#[test]
fn an_appositive_subject_after_a_complementizer_or_with_now() {
    let c = one("It was three years ago that Michael Bloomberg, who's thinking about running, said it was impossible.");
    assert_eq!(c.source, "Michael Bloomberg, who's thinking about running");
    assert_eq!(c.content, "it was impossible");
    let c = one("The winner, now a guest speaker, endorsed Donald Trump in 2015.");
    assert_eq!(c.source, "The winner, now a guest speaker");
    assert_eq!(c.cue, "endorsed");
}

#[test]
fn view_as_and_asides_after_the_subject() {
    let c = one("Germany views itself as a leader in the push against climate change.");
    assert_eq!(c.cue, "views");
    assert_eq!(
        c.content,
        "itself as a leader in the push against climate change"
    );
    // an adverb or prepositional aside after the subject is no part of it
    let c =
        one("NATO's secretary general, meanwhile, called on the regime to abandon its weapons.");
    assert_eq!(c.source, "NATO's secretary general");
    let c = one("Supporters of abortion rights, on the other hand, argued that the ruling will galvanize efforts.");
    assert_eq!(c.source, "Supporters of abortion rights");
    assert_eq!(c.content, "that the ruling will galvanize efforts");
    // a plan or the math takes a verb in -s
    let c = one("Her economic plan promises to lift up participation in the workforce.");
    assert_eq!(c.cue, "promises");
}

#[test]
fn long_asides_measures_of_groups_and_time_adjuncts_before_an_infinitive() {
    let c = one("Braynard boasted that, thanks to his patented method, he was the only pollster to predict it.");
    assert_eq!(
        c.content,
        "that, thanks to his patented method, he was the only pollster to predict it"
    );
    let c = one("Sanders advisers insist that, with the candidate focused on carrying on his campaign through the last of the primaries, there have been few discussions.");
    assert_eq!(c.cue, "insist");
    assert!(
        c.content.ends_with("there have been few discussions"),
        "{c:?}"
    );
    let c = one("A growing number of Democratic senators support reforming the party's superdelegate system.");
    assert_eq!(c.source, "A growing number of Democratic senators");
    let c = one("The center has declined for years to reveal its sources.");
    assert_eq!(c.content, "to reveal its sources");
}

#[test]
fn a_capitalized_will_inside_the_sentence_is_a_name() {
    let c = one("In his column, Will described Trump as a caricature of democracy.");
    assert_eq!(c.source, "Will");
    assert_eq!(c.cue, "described");
    let c = one("The deal is dead, Will wrote.");
    assert_eq!(c.source, "Will");
    assert_eq!(c.content, "The deal is dead");
    // (the modal at the start of a question is no name)
    let c = one("Will the senator endorse Clinton?");
    assert_eq!(c.source, "the senator");
}

#[test]
fn a_place_comma_inside_an_adjunct_before_that() {
    let c = one("Cruz said Thursday during a taping in Buffalo, New York, that the state is wrong to ban fracking.");
    assert_eq!(c.content, "that the state is wrong to ban fracking");
}

#[test]
fn a_fronted_subordinate_clause_ends_before_a_bare_noun_phrase_subject() {
    let cs = claims("Although he wrongly claimed that the videos exist, foreign policy experts affirm that it is likely.");
    assert_eq!(cs.len(), 2, "{cs:?}");
    // the content keeps its "that" when the main clause's comma cuts it
    assert_eq!(cs[0].content, "that the videos exist");
    assert_eq!(cs[1].source, "foreign policy experts");
    let c = &claims("While some Republicans continued to affirm their support for Mr. Trump, others appeared ready to abandon him.")[0];
    assert_eq!(c.content, "their support for Mr. Trump");
}

#[test]
fn a_control_verb_keeps_its_negated_infinitive_after_an_adjunct() {
    let c =
        one("The FBI decided after a lengthy investigation not to recommend charges against her.");
    assert_eq!(c.cue, "decided");
    assert_eq!(c.content, "not to recommend charges against her");
}

#[test]
fn a_gerund_after_a_preposition_and_a_newspaper_named_today_stay_in_the_object() {
    let c = one("She blasted Hillary Clinton for following Obama's refusal to use the term.");
    assert_eq!(
        c.content,
        "Hillary Clinton for following Obama's refusal to use the term"
    );
    // ("following the vote" is still an adjunct)
    let c = one("He praised the plan following the vote.");
    assert_eq!(c.content, "the plan");
    let c = one("A spokesman did not respond to USA TODAY's request for comment.");
    assert_eq!(c.content, "USA TODAY's request for comment");
}

#[test]
fn a_list_in_the_object_keeps_its_including_part_and_serial_comma() {
    let c = one("Officials cited several factors, including congressional budget cuts and the rise of Trump.");
    assert_eq!(
        c.content,
        "several factors, including congressional budget cuts and the rise of Trump"
    );
    let c = one("He blasted voters, lawmakers, and thinkers.");
    assert_eq!(c.content, "voters, lawmakers, and thinkers");
}

#[test]
fn a_participle_after_a_number_or_a_possessive_modifies_the_noun_after_it() {
    assert!(claims("Clinton leads Sanders by roughly 270 pledged delegates.").is_empty());
    assert!(claims("He has won the state's pledged delegates.").is_empty());
    assert!(claims("She won more pledged delegates than he did.").is_empty());
    // a number after "in" is the subject, and "'s" after a pronoun is "has"
    let c = one("About 4 in 10 said taxes are too high.");
    assert_eq!(c.source, "About 4 in 10");
    let c = one("And he's predicted big wins in the races ahead.");
    assert_eq!(c.cue, "predicted");
}

#[test]
fn find_and_call_in_senses_that_report_nothing() {
    assert!(claims("Fox News found itself playing host to the candidates.").is_empty());
    assert!(claims("Nega helped found the movement in 2008.").is_empty());
    assert!(claims(
        "A new group called Black Votes Matter, led by strategists, is trying to raise money."
    )
    .is_empty());
    assert!(claims("Obama called Jane Doe on Friday.").is_empty());
    // naming someone something still reports a judgement
    let c = one("Trump called Clinton, his rival, a bigot.");
    assert_eq!(c.content, "Clinton, his rival, a bigot");
    let c = one("The senator called Smith's remarks \"reckless.\"");
    assert_eq!(c.cue, "called");
    let c = one("The inspector general found that the aide followed up.");
    assert_eq!(c.content, "that the aide followed up");
}

#[test]
fn a_verbless_object_of_know_feel_or_add_is_no_content() {
    assert!(claims("The agency felt the need for more documents.").is_empty());
    assert!(claims("She knows the gritty details of tax policy.").is_empty());
    assert!(claims("The economy added 292,000 jobs in December.").is_empty());
    // a clause after the same verbs is still reported
    let c = one("She knows the details are wrong.");
    assert_eq!(c.content, "the details are wrong");
    let c = one("He added that the plan would fail.");
    assert_eq!(c.content, "that the plan would fail");
}

#[test]
fn a_that_clause_after_felt_keeps_its_claim() {
    let c = one("We felt that our partners need to keep the talks open.");
    assert_eq!(c.content, "that our partners need to keep the talks open");
}

#[test]
fn a_cue_verb_with_the_particle_up_is_another_verb_unless_it_talks_something_up() {
    assert!(claims("Most of the voters showed up in the rain.").is_empty());
    assert!(claims("The campaign's excuses added up to very little.").is_empty());
    let c = one("The senator talked up his plan to cut taxes.");
    assert_eq!(c.cue, "talked");
    assert_eq!(c.content, "up his plan to cut taxes");
}

#[test]
fn a_cue_inside_a_fronted_question_stays_inside_it() {
    let cs = claims(
        "Asked if she believed the reports, the mayor said she would not jump to that conclusion.",
    );
    let said = cs.iter().find(|c| c.cue == "said").expect("the main claim");
    assert_eq!(said.source, "the mayor");
    assert_eq!(said.content, "she would not jump to that conclusion");
}

#[test]
fn a_closing_said_after_a_fronted_concessive_clause_reports_the_main_clause() {
    let c = one("Though she has lived here for years, the influx of residents has led to more police, she said.");
    assert_eq!(c.content, "the influx of residents has led to more police");
    assert_eq!(c.source, "she");
    // without a main clause of its own the concessive clause is still no content
    assert!(
        claims("Although the nations have mustered troops, they have been criticized.").is_empty()
    );
}

#[test]
fn a_participle_clause_after_a_quote_closing_on_its_comma_is_left_out_of_the_content() {
    let cs = claims(
        "The mayors argue that \"the budget is fair to every district,\" citing a study of school spending.",
    );
    let argue = cs
        .iter()
        .find(|c| c.cue == "argue")
        .expect("the main claim");
    assert_eq!(
        argue.content,
        "that \"the budget is fair to every district,\""
    );
    let citing = cs
        .iter()
        .find(|c| c.cue == "citing")
        .expect("the participle's claim");
    assert_eq!(citing.content, "a study of school spending");
    let c = claims("The coach called his rival a \"sore loser,\" pointing to a post on his blog.");
    let called = c
        .iter()
        .find(|c| c.cue == "called")
        .expect("the main claim");
    assert_eq!(called.content, "his rival a \"sore loser,\"");
}

#[test]
fn an_object_ends_before_a_subordinate_clause_with_a_pronoun_subject() {
    let c = one("The council opposed the zoning plan because it cut funds for parks.");
    assert_eq!(c.cue, "opposed");
    assert_eq!(c.content, "the zoning plan");
    let cs = claims("The governor praised the workers even as she defended the layoffs.");
    let praised = cs
        .iter()
        .find(|c| c.cue == "praised")
        .expect("the main claim");
    assert_eq!(praised.content, "the workers");
    // a comparison with "as" stays in the object
    let c = one("The union backed a raise as large as it could get.");
    assert_eq!(c.content, "a raise as large as it could get");
}

#[test]
fn what_seems_ends_before_the_writers_comment_after_it() {
    let c = one("The mayor seemed irritated: the question had come up twice before.");
    assert_eq!(c.cue, "seemed");
    assert_eq!(c.content, "The mayor … irritated");
    let c = one("The new rules might seem harsh, but they apply to every club in the league.");
    assert_eq!(c.content, "The new rules … harsh");
    let cs = claims("The coach seemed pleased, waving to the fans in the stands.");
    let seemed = cs
        .iter()
        .find(|c| c.cue == "seemed")
        .expect("the seem claim");
    assert_eq!(seemed.content, "The coach … pleased");
    // an -ing adjective goes on with the predicate
    let c = one("The board seemed ready, willing and able to act.");
    assert_eq!(c.content, "The board … ready, willing and able to act");
}

#[test]
fn an_object_list_goes_on_past_a_gerund_after_a_preposition_and_through_a_gerund_list() {
    let cs = claims(
        "The mayor has attacked landlords, bankers, and developers for opposing the housing plan.",
    );
    let attacked = cs
        .iter()
        .find(|c| c.cue == "has attacked")
        .expect("the main claim");
    assert_eq!(
        attacked.content,
        "landlords, bankers, and developers for opposing the housing plan"
    );
    let c = one(
        "The board supported closing two schools, merging their classes and hiring more teachers.",
    );
    assert_eq!(
        c.content,
        "closing two schools, merging their classes and hiring more teachers"
    );
}

#[test]
fn a_subject_pronoun_after_a_hearer_cue_opens_the_content() {
    // "warned they could ...": no hearer; before, "they could sell ..." was read as the hearer
    // and the content began at the if-clause
    let c = one("The growers warned they could sell their land if the tax passes.");
    assert_eq!(c.content, "they could sell their land if the tax passes");
}

#[test]
fn even_though_with_a_report_verb_ends_the_content() {
    let cs = claims("The mayor said the park would close, even though many residents doubt it.");
    let said = cs.iter().find(|c| c.cue == "said").expect("the said claim");
    assert_eq!(said.content, "the park would close");
    assert!(cs
        .iter()
        .any(|c| c.cue == "doubt" && c.source == "many residents"));
}

#[test]
fn a_quoted_clause_goes_on_after_the_speech_tag() {
    let c = one("\"Only a fool,\" the coach said, would bet against this team.");
    assert_eq!(c.cue, "said");
    assert_eq!(c.content, "\"Only a fool,\" … would bet against this team");
    let c = one("\"It is our bad luck,\" he said, that the storm hit on a holiday.");
    assert_eq!(
        c.content,
        "\"It is our bad luck,\" … that the storm hit on a holiday"
    );
    // an adjunct after the tag is not the speaker's
    let c = one("\"We will rebuild,\" the mayor said, before leaving the site.");
    assert_eq!(c.content, "\"We will rebuild,\"");
}

#[test]
fn a_clause_before_a_colon_introduces_the_quotation() {
    let c = one("In a radio interview later that day, the governor went even further: \"We will not back down.\"");
    assert_eq!(
        (c.source.as_str(), c.cue.as_str(), c.content.as_str()),
        (
            "the governor",
            "went even further:",
            "\"We will not back down.\""
        )
    );
    assert_eq!(c.pattern, "clause-colon-quote");
    // a claim inside the quotation does not stop it
    let c = one("The board released a statement: \"We regret the decision.\"");
    assert_eq!(
        (c.source.as_str(), c.pattern.as_str()),
        ("The board", "clause-colon-quote")
    );
    // a named phrase without a verb is still the colon-quote pattern
    assert_eq!(
        one("More from Jones: \"We regret the decision.\"").pattern,
        "colon-quote"
    );
    // no verb, no speaker: nothing
    assert!(claims("The verdict: \"Guilty on all counts.\"").is_empty());
}

#[test]
fn inside_a_quote_the_speakers_words_go_on_past_and_or_a_semicolon() {
    let c = one(
        "The paper said its editors had \"reviewed the complaints and concluded that the story was fair.\"",
    );
    assert_eq!(c.cue, "said");
    assert_eq!(
        c.content,
        "its editors had \"reviewed the complaints and concluded that the story was fair.\""
    );
    let c = one("The coach said the season \"is over; we will rebuild next year.\"");
    assert_eq!(
        c.content,
        "the season \"is over; we will rebuild next year.\""
    );
    // outside a quote a second report verb still ends the content
    let cs = claims(
        "The paper said its editors reviewed the complaints and concluded that the story was fair.",
    );
    let said = cs.iter().find(|c| c.cue == "said").expect("the said claim");
    assert_eq!(said.content, "its editors reviewed the complaints");
}

#[test]
fn to_someone_is_a_viewpoint() {
    let c = one("To many farmers, the new tariff looks like a betrayal.");
    assert_eq!(c.source, "many farmers");
    assert_eq!(c.cue, "To");
    assert_eq!(c.content, "the new tariff looks like a betrayal");
    assert_eq!(c.pattern, "to-viewpoint");
    // a relative clause after the name joins the source
    let c = one("To Alvarez, who has covered three campaigns, the rally felt different.");
    assert_eq!(c.source, "Alvarez, who has covered three campaigns");
    assert_eq!(c.content, "the rally felt different");
    // a cue inside the viewpoint keeps its own claim
    let cs = claims("To them, the senator said the deal was dead.");
    assert!(
        cs.iter()
            .any(|c| c.cue == "said" && c.content == "the deal was dead"),
        "{cs:#?}"
    );
    // an infinitive of purpose, a fixed phrase or a reaction noun is no viewpoint
    for s in [
        "To win the state, the governor needs the suburbs.",
        "To be sure, the governor needs the suburbs.",
        "To Smith's surprise, the governor won the suburbs.",
        "To his successor, the president leaves a divided party.",
    ] {
        assert!(claims(s).iter().all(|c| c.pattern != "to-viewpoint"), "{s}");
    }
}

#[test]
fn a_present_tense_report_verb_after_and_or_but_ends_the_content() {
    let cs = claims(
        "Mayor Ortiz says she admires the council's energy but argues that it can't fund the plan.",
    );
    let says = cs.iter().find(|c| c.cue == "says").expect("the says claim");
    assert_eq!(says.content, "she admires the council's energy");
    let argues = cs
        .iter()
        .find(|c| c.cue == "argues")
        .expect("the argues claim");
    assert_eq!(argues.content, "that it can't fund the plan");
    let cs = claims(
        "The agency has deemed most of the files private and says it will not release them.",
    );
    let deemed = cs
        .iter()
        .find(|c| c.cue == "has deemed")
        .expect("the deemed claim");
    assert_eq!(deemed.content, "most of the files private");
    // a plural noun after the conjunction does not end it
    let c = claims("Ortiz said the audit found errors and claims of fraud were false.")
        .into_iter()
        .find(|c| c.cue == "said")
        .expect("the said claim");
    assert_eq!(
        c.content,
        "the audit found errors and claims of fraud were false"
    );
}

#[test]
fn following_after_a_determiner_is_an_adjective_in_an_object() {
    let c = one("The board issued the following statement on Friday.");
    assert_eq!(c.content, "the following statement");
    // a preposition after the object still ends it
    let c = one("The senator praised the bill following the vote.");
    assert_eq!(c.content, "the bill");
}

//! Source resolution: which noun phrase a claim's source is, on sentences written for the
//! test.

use crate::pipeline::Engine;
use crate::Document;
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(Engine::shipped)
}

/// The source text of the claim whose cue text is `cue` ("" when it has no source).
fn source_of(text: &str, cue: &str) -> String {
    let a = engine().extract(Document::new("t", text));
    let c = a
        .claims
        .iter()
        .find(|c| c.cue_text(text) == cue)
        .unwrap_or_else(|| {
            let cues: Vec<String> = a.claims.iter().map(|c| c.cue_text(text)).collect();
            panic!("no claim with cue {cue:?} in {text:?}; cues: {cues:?}")
        });
    c.source_text(text)
}

#[test]
fn coordinated_verb_in_adverbial_clause_takes_its_subject() {
    let t =
        "The audience laughed when Okafor lifted a placard and asked whether anyone had read it.";
    assert_eq!(source_of(t, "asked"), "Okafor");
}

#[test]
fn coordinated_verb_after_complement_clause_takes_main_subject() {
    let t = "Morales said that she had read the report and predicted that the bill would pass.";
    assert_eq!(source_of(t, "predicted"), "Morales");
}

#[test]
fn participle_after_coordinated_clause_takes_nearest_subject() {
    let t = "Inspectors closed the plant last week, and the governor fired the director, saying \
             the failures were unacceptable.";
    assert_eq!(source_of(t, "saying"), "the governor");
    let t = "The ferry operator raised fares in March, and the union struck a deal with the city, \
             calling the result a fair compromise.";
    assert_eq!(source_of(t, "calling"), "the union");
}

#[test]
fn participle_after_irregular_verb_and_fronted_phrase() {
    let t = "After the vote, Delgado gave a short speech, warning that the fight was not over.";
    assert_eq!(source_of(t, "warning"), "Delgado");
}

#[test]
fn participle_skips_claim_nested_in_content() {
    let t = "Park said the council had rejected the plan, adding that repairs would take years.";
    assert_eq!(source_of(t, "adding"), "Park");
    let t = "Neighbors say that the mayor ignored the petition, arguing that the vote was unfair.";
    assert_eq!(source_of(t, "arguing"), "Neighbors");
}

#[test]
fn verb_phrase_is_no_subject() {
    // the nearest "verb" is a noun after a name; its left words are no subject
    let t = "Ruiz had a harsh assessment of the mayor's housing record, while saying that the \
             budget was sound.";
    assert_eq!(source_of(t, "saying"), "Ruiz");
}

#[test]
fn floating_quantifier_and_plain_adverb_before_the_verb() {
    let t = "The council has nevertheless called the vote a mistake.";
    assert_eq!(source_of(t, "called"), "The council");
    let t = "Inspectors never quite realized that the dam was leaking.";
    assert_eq!(source_of(t, "realized"), "Inspectors");
    let t = "The two unions have both urged members to reject the offer.";
    assert_eq!(source_of(t, "urged"), "The two unions");
}

#[test]
fn time_phrase_with_ago_and_for_example_aside() {
    let t = "The ministry less than two weeks ago said that the talks had failed.";
    assert_eq!(source_of(t, "said"), "The ministry");
    let t = "Okoye and Brandt, for example, asked the court whether the law applied.";
    assert_eq!(source_of(t, "asked"), "Okoye and Brandt");
}

#[test]
fn appositive_age_place_or_second_appositive_keeps_the_name() {
    let t = "Dana Ruiz, 41, of Tucson, Ariz., said she would vote for the measure.";
    assert_eq!(source_of(t, "said"), "Dana Ruiz, 41, of Tucson, Ariz.");
    let t = "Lena Park, who moved to Denver, Colorado, in May 2014, said the rent had doubled.";
    assert!(source_of(t, "said").starts_with("Lena Park, who moved"));
    let t = "Theo Lind, the editor of the weekly paper, The Harbor Star, said the story was true.";
    assert!(source_of(t, "said").starts_with("Theo Lind"));
}

#[test]
fn relative_clause_inside_the_subject() {
    let t = "A council aide who spoke on condition of anonymity to discuss the budget said cuts \
             were coming.";
    assert_eq!(
        source_of(t, "said"),
        "A council aide who spoke on condition of anonymity to discuss the budget"
    );
    let t = "A reporter speaking to the crowd said the bridge was closed.";
    assert_eq!(source_of(t, "said"), "A reporter speaking to the crowd");
}

#[test]
fn possessive_before_modifiers_holds_the_noun() {
    let t = "The mayor repeated her earlier claim that the budget was balanced.";
    assert_eq!(source_of(t, "claim"), "her");
}

#[test]
fn noun_in_a_clause_takes_the_clause_subject() {
    let t = "Varga entered the hearing with a forceful argument that the law was void.";
    assert_eq!(source_of(t, "argument"), "Varga");
    let t = "The organizers rallied outside the clinic, in the hope that the board would reverse \
             the cuts.";
    assert_eq!(source_of(t, "hope"), "The organizers");
}

#[test]
fn noun_after_an_expletive_or_a_thing_has_no_source() {
    let t = "There is no doubt that the bridge needs repairs before winter.";
    assert_eq!(source_of(t, "doubt"), "");
    let t = "It stoked speculation that the senator would resign before the vote.";
    assert_eq!(source_of(t, "speculation"), "");
}

#[test]
fn coordinated_verb_skips_a_quoted_aside_in_dashes() {
    let t = "Ortiz argued that the plan was reckless - ''It will never work,'' her aide said \
             twice - and repeatedly urged the board to vote no.";
    assert_eq!(source_of(t, "repeatedly urged"), "Ortiz");
}

#[test]
fn seldom_stands_between_subject_and_verb() {
    let t = "Mr. Hale, whose appeal rests on toughness, seldom speaks of his brother.";
    assert_eq!(
        source_of(t, "speaks of"),
        "Mr. Hale, whose appeal rests on toughness"
    );
}

#[test]
fn one_asked_in_a_passive_is_no_source() {
    let t = "The governor was asked about the strike at a press conference.";
    assert_eq!(source_of(t, "was asked"), "");
}

#[test]
fn participle_of_conviction_keeps_its_subject() {
    let t = "Her advisers are not convinced that the plan will work.";
    assert_eq!(source_of(t, "are not convinced"), "Her advisers");
    let t = "The inspectors are specifically focused on the cracked beams.";
    assert_eq!(
        source_of(t, "are specifically focused on"),
        "The inspectors"
    );
}

#[test]
fn fronted_participle_after_subordinator_takes_the_following_subject() {
    let t = "On Tuesday, while discussing the flood plan on local radio, the mayor said the levee \
             would hold.";
    assert_eq!(source_of(t, "discussing"), "the mayor");
}

#[test]
fn degree_word_before_an_adverb_stands_between_subject_and_verb() {
    let t = "The council raised fees in the spring, and most recently defended the new parking \
             rules.";
    assert_eq!(source_of(t, "recently defended"), "The council");
}

#[test]
fn participle_after_a_noun_governed_by_a_preposition_takes_that_noun() {
    let t = "The share of Ohio voters saying the tax is unfair has doubled since May.";
    assert_eq!(source_of(t, "saying"), "Ohio voters");
    let t = "The mayor spoke after a report by the auditors showing that costs had doubled.";
    assert_eq!(source_of(t, "showing"), "the auditors");
    // an object noun phrase carries the words of the clause's subject
    let t = "The union released a statement saying the strike would go on.";
    assert_eq!(source_of(t, "saying"), "The union");
    // "much of his speech": the speech is the speaker's
    let t = "Okafor spent much of his speech praising the new budget.";
    assert_eq!(source_of(t, "praising"), "Okafor");
}

#[test]
fn coordinated_subject_keeps_every_conjunct() {
    let t = "She and her aides have vowed to fight the ruling.";
    assert_eq!(source_of(t, "have vowed"), "She and her aides");
    let t = "Liberal and conservative economists say the plan would raise prices.";
    assert_eq!(source_of(t, "say"), "Liberal and conservative economists");
    let t = "Ortiz, Baker and other council members argued that the fee was unfair.";
    assert_eq!(
        source_of(t, "argued"),
        "Ortiz, Baker and other council members"
    );
    let t = "Officials said that the mayor and his deputies knew the plan would fail.";
    assert_eq!(source_of(t, "knew"), "the mayor and his deputies");
}

#[test]
fn and_between_clauses_or_inside_a_phrase_is_no_coordinated_subject() {
    // a clause before "and"
    let t = "The mayor won easily and reporters said the turnout was low.";
    assert_eq!(source_of(t, "said"), "reporters");
    // an object before "and"
    let t = "The mayor met with reporters and aides said the meeting went well.";
    assert_eq!(source_of(t, "said"), "aides");
    // a fronted clause before a comma stays outside the subject
    let t = "When the inspector spoke, engineers and officials understood his meaning.";
    assert!(!source_of(t, "understood").contains("spoke"));
}

#[test]
fn cue_inside_a_restrictive_relative_clause_has_the_relative_pronoun_as_source() {
    let t = "The plan angered business leaders who say the tax is too high.";
    assert_eq!(source_of(t, "say"), "who");
    // the main verb after the relative clause keeps the whole noun phrase
    let t = "A campaign operative who spoke on condition of anonymity said the race was close.";
    assert_eq!(
        source_of(t, "said"),
        "A campaign operative who spoke on condition of anonymity"
    );
}

#[test]
fn focus_word_before_the_subject_is_dropped() {
    let t = "Even Mr. Peck of the bank doesn't expect a rate rise this year.";
    assert_eq!(source_of(t, "doesn't expect"), "Mr. Peck of the bank");
    let t = "Just 28 percent of voters said the country is on the right track.";
    assert_eq!(source_of(t, "said"), "28 percent of voters");
    let t = "Even Rendell, a stalwart Clinton supporter, said the tax was a mistake.";
    assert_eq!(
        source_of(t, "said"),
        "Rendell, a stalwart Clinton supporter"
    );
    // "Just over a quarter" measures the group
    let t = "Just over a quarter of voters say the plan is fair.";
    assert_eq!(source_of(t, "say"), "Just over a quarter of voters");
}

#[test]
fn inverted_subject_stops_before_the_verbs_adjuncts() {
    let t = "\"We need a new law,\" said Ms. Acosta, referring to the bankruptcy chapter.";
    assert_eq!(source_of(t, "said"), "Ms. Acosta");
    assert_eq!(source_of(t, "referring to"), "Ms. Acosta");
    let t = "\"The deal is done,\" said Senator Ruiz in a statement.";
    assert_eq!(source_of(t, "said"), "Senator Ruiz");
    let t = "\"We will win,\" said Ann Lee, a spokeswoman for the campaign, on Monday.";
    assert_eq!(
        source_of(t, "said"),
        "Ann Lee, a spokeswoman for the campaign"
    );
    // the name's own parts stay: a relative clause with its adjuncts, an "including" list
    let t = "\"The deal is done,\" said Senator Ruiz, who voted for it in a statement to donors.";
    assert_eq!(
        source_of(t, "said"),
        "Senator Ruiz, who voted for it in a statement to donors"
    );
    let t = "\"We will win,\" said several donors, including Ann Lee.";
    assert_eq!(source_of(t, "said"), "several donors, including Ann Lee");
}

#[test]
fn aside_on_the_verb_between_commas_is_no_part_of_the_subject() {
    let t = "Fiorina, speaking to voters in Ames, said the tax was unfair.";
    assert_eq!(source_of(t, "said"), "Fiorina");
    let t = "Mr. Lee, in an interview on Friday, said the tax was unfair.";
    assert_eq!(source_of(t, "said"), "Mr. Lee");
    // an affiliation or an appositive describes the speaker and stays
    let t = "Tom Miller, at a consulting firm in Beijing, said the tax was unfair.";
    assert_eq!(
        source_of(t, "said"),
        "Tom Miller, at a consulting firm in Beijing"
    );
    let t = "Ann Lee, a spokeswoman for the campaign, said the tax was unfair.";
    assert_eq!(
        source_of(t, "said"),
        "Ann Lee, a spokeswoman for the campaign"
    );
}

#[test]
fn closing_according_to_keeps_the_named_speakers_appositive() {
    let t = "The poll shows a tie, according to Andy Smith, director of the survey center.";
    assert_eq!(
        source_of(t, "according to"),
        "Andy Smith, director of the survey center"
    );
    // content that resumes after the source is no appositive
    let t = "The economy, according to Ann Lee, is growing fast.";
    assert_eq!(source_of(t, "according to"), "Ann Lee");
}

#[test]
fn inverted_subject_runs_over_a_period_inside_a_web_address() {
    let t = "\"We will win,\" said Ben Wikler, the Washington director for MoveOn.org.";
    assert_eq!(
        source_of(t, "said"),
        "Ben Wikler, the Washington director for MoveOn.org"
    );
}

#[test]
fn time_phrase_after_a_participle_stays_in_the_subject() {
    let t = "A Monmouth poll released Monday showed Clinton ahead.";
    assert_eq!(source_of(t, "showed"), "A Monmouth poll released Monday");
    let t = "A new poll out this week shows Clinton ahead.";
    assert_eq!(source_of(t, "shows"), "A new poll out this week");
    // a day between a name and its verb is no part of the name
    let t = "Trump on Monday said the poll was fake.";
    assert_eq!(source_of(t, "said"), "Trump");
}

#[test]
fn seem_to_and_a_reporting_verb_names_the_subject_as_source() {
    let t = "The emails seem to show that the aide coordinated with the campaign.";
    assert_eq!(source_of(t, "seem to show"), "The emails");
    let t = "She appeared to imply that the race was over.";
    assert_eq!(source_of(t, "appeared to imply"), "She");
    // "seem to" with any other verb judges the subject, which is no source
    let t = "Sanders appears to be slipping in the polls.";
    assert_eq!(source_of(t, "appears"), "");
}

#[test]
fn dated_participle_after_a_cue_noun_stays_in_the_subject() {
    let t = "A news report published Wednesday said the secretary used a personal email account.";
    assert_eq!(source_of(t, "said"), "A news report published Wednesday");
}

#[test]
fn document_released_by_someone_says_what_its_author_says() {
    let t = "Trump released a marketing video that said the professors were terrific.";
    assert_eq!(source_of(t, "said"), "Trump");
    // not a thing handed out that bears words
    let t = "They passed out water bottles that said the vote mattered.";
    assert_eq!(source_of(t, "said"), "that");
}

#[test]
fn possessor_source_of_a_claim_noun_keeps_its_apostrophe_s() {
    let t = "Trump's claim that the vote was rigged drew criticism.";
    assert_eq!(source_of(t, "claim"), "Trump's");
}

#[test]
fn with_before_a_subordinated_gerund_opens_no_absolute_phrase() {
    // "with the union after criticizing": the gerund follows a subordinator, so "with ..."
    // is an adjunct of the main clause, and the main clause's subject speaks
    let t = "The mayor started the week on bad terms with the union after criticizing the \
             pension deal.";
    assert_eq!(source_of(t, "criticizing"), "The mayor");
    let t =
        "Okafor renewed her quarrel with the governor this month by calling his budget a fraud.";
    assert_eq!(source_of(t, "calling"), "Okafor");
    // a real absolute phrase still names its own source
    let t = "The bill passed easily, with several senators calling it a model for other states.";
    assert_eq!(source_of(t, "calling"), "several senators");
}

#[test]
fn adverb_together_stands_between_relative_pronoun_and_verb() {
    let t = "The two largest lenders, which together vowed to cut fees, lost customers.";
    assert_eq!(source_of(t, "vowed"), "which");
}

#[test]
fn participle_after_a_present_tense_clause_takes_its_pronoun_subject() {
    // "she becomes": a present-tense verb after a subject pronoun opens the nearest clause
    let t = "The crowd is quiet, and she becomes increasingly angry, shouting that the vote was \
             rigged.";
    assert_eq!(source_of(t, "shouting"), "she");
}

#[test]
fn gerund_inside_a_fronted_subordinate_phrase_takes_the_main_subject() {
    let t = "After weeks of denying any link to the firm, the minister has changed his story.";
    assert_eq!(source_of(t, "denying"), "the minister");
    let t =
        "After months of refusing to discuss what her critics called \"a scandal,\" Okafor has \
             apologized.";
    assert_eq!(source_of(t, "refusing"), "Okafor");
}

#[test]
fn claim_noun_object_of_a_plain_verb_have_or_participle_takes_its_subject() {
    let t = "The mayor's rivals cling to the hope that the audit will sink her campaign.";
    assert_eq!(source_of(t, "hope"), "The mayor's rivals");
    let t = "Few engineers had any doubt that the bridge was unsafe.";
    assert_eq!(source_of(t, "doubt"), "Few engineers");
    let t = "The campaign, pushing the idea that the senator is unfit for office, spent millions \
             on ads.";
    assert_eq!(source_of(t, "idea"), "The campaign");
}

#[test]
fn noun_cue_after_a_light_verb_takes_the_verbs_subject() {
    let t = "Okafor also took multiple swipes at the governor.";
    assert_eq!(source_of(t, "swipes at"), "Okafor");
    let t = "The mayor has not provided details about the plan.";
    assert_eq!(source_of(t, "details"), "The mayor");
    let t = "Officials in several states have already taken votes in favor of scrapping the rule.";
    assert_eq!(
        source_of(t, "votes in favor of"),
        "Officials in several states"
    );
}

#[test]
fn participle_after_the_object_of_a_verb_of_perception_takes_that_object() {
    let t = "The long delay left many voters feeling that the count was unfair.";
    assert_eq!(source_of(t, "feeling"), "many voters");
    let t = "The union released an ad featuring several nurses criticizing the hospital's budget.";
    assert_eq!(source_of(t, "criticizing"), "several nurses");
}

#[test]
fn relative_clause_with_commas_of_a_place_or_date_stays_in_the_subject() {
    let t =
        "Sandy Okafor, who lost her son during the flood in Tulsa, Oklahoma, in July 2012, said \
             that the city had failed her family.";
    assert_eq!(
        source_of(t, "said"),
        "Sandy Okafor, who lost her son during the flood in Tulsa, Oklahoma, in July 2012"
    );
}

#[test]
fn perfect_participle_opening_the_sentence_takes_the_main_subject() {
    let t = "Having announced that he would not send me to prison, the judge proceeded to hand \
             down his sentence.";
    assert_eq!(source_of(t, "announced"), "the judge");
}

#[test]
fn passive_agent_after_a_hearer_is_the_source() {
    let t = "Scenes from the film were described to him by a reporter.";
    assert_eq!(source_of(t, "were described"), "a reporter");
}

#[test]
fn pronoun_subject_after_a_date_opens_the_clause() {
    let t = "On September 27 they published the results of their check by announcing that the \
             figure was true.";
    assert_eq!(source_of(t, "announcing"), "they");
}

#[test]
fn participle_in_a_fronted_prepositional_phrase_leaves_the_main_clause_its_subject() {
    let t = "In a statement announcing the pick, the union called Clinton a champion for its \
             members, citing her work after the attacks.";
    assert_eq!(source_of(t, "citing"), "the union");
}

#[test]
fn gerund_after_of_on_a_possessed_noun_is_the_possessors() {
    let t = "Okafor has won over many farmers through her long campaign of questioning the trade \
             deals.";
    assert_eq!(source_of(t, "questioning"), "her");
}

#[test]
fn verb_phrase_after_and_before_a_participle_cue_shares_the_subject() {
    let t = "The senator met with the miners and came away convinced that the mine was safe.";
    assert_eq!(source_of(t, "convinced"), "The senator");
}

#[test]
fn participle_between_subject_and_verb_is_the_subjects() {
    let t = "But Okafor, making it clear that safety came first, stood beside the new minister.";
    assert_eq!(source_of(t, "making it clear"), "Okafor");
    let t = "And the mayor, insisting that the budget was sound, refused to resign.";
    assert_eq!(source_of(t, "insisting"), "the mayor");
}

#[test]
fn measure_of_the_group_stays_in_the_subject() {
    let t = "Nearly half said they would vote.";
    assert_eq!(source_of(t, "said"), "Nearly half");
    let t = "More than six in 10 said they would vote.";
    assert_eq!(source_of(t, "said"), "More than six in 10");
    let t = "Early results of the poll show that turnout is high.";
    assert_eq!(source_of(t, "show"), "Early results of the poll");
    let t = "As many as 40 percent of voters said they were undecided.";
    assert_eq!(source_of(t, "said"), "As many as 40 percent of voters");
    // an adverb opening the sentence is still dropped
    let t = "Separately, the mayor said the bridge would reopen.";
    assert_eq!(source_of(t, "said"), "the mayor");
}

#[test]
fn name_before_a_title_and_a_second_appositive_is_kept() {
    let t =
        "Mike Okafor, president of the Leadership Fund, a group allied with House leaders, said \
             the ads would run.";
    assert_eq!(
        source_of(t, "said"),
        "Mike Okafor, president of the Leadership Fund, a group allied with House leaders"
    );
}

#[test]
fn dateline_contraction_and_adverb_aside_are_trimmed_from_the_source() {
    let t = "LONDON (Reuters) - Okafor said on Friday that the deal was bad.";
    assert_eq!(source_of(t, "said"), "Okafor");
    let t = "Hunter, meanwhile, told reporters that the plan was dead.";
    assert_eq!(source_of(t, "told"), "Hunter");
    let t = "They've been talking about the plan for weeks.";
    assert_eq!(source_of(t, "been talking about"), "They");
    let t = "They’ve been talking about the plan for weeks.";
    assert_eq!(source_of(t, "been talking about"), "They");
}

#[test]
fn object_relative_clause_takes_the_noun_phrase_after_the_pronoun() {
    let t = "It was Okafor who Beck called a liar on the show.";
    assert_eq!(source_of(t, "called"), "Beck");
    let t = "Many voters, who many experts thought would stay home, said they would vote.";
    assert_eq!(source_of(t, "thought"), "many experts");
    let t = "Analysts cannot necessarily claim that the plan works.";
    assert_eq!(source_of(t, "cannot necessarily claim"), "Analysts");
}

#[test]
fn relative_clause_holding_a_cue_is_its_own_claim_and_leaves_the_source() {
    let t = "\u{201c}The numbers are bad,\u{201d} said Lena Ortiz, a pollster in Denver, who noted that \
             turnout fell.";
    assert_eq!(source_of(t, "said"), "Lena Ortiz, a pollster in Denver");
    assert_eq!(source_of(t, "noted"), "who");
    let t = "Okafor, who has praised the mayor, argued that the budget was too small.";
    assert_eq!(source_of(t, "argued"), "Okafor");
    // a relative clause without a cue stays in the source
    let t = "\u{201c}The numbers are bad,\u{201d} said Lena Ortiz, who lives in Denver.";
    assert_eq!(source_of(t, "said"), "Lena Ortiz, who lives in Denver");
}

#[test]
fn possessive_pronoun_on_the_verbs_object_gives_the_verbs_subject() {
    let t = "The mayor stepped up her attacks on the council.";
    assert_eq!(source_of(t, "attacks on"), "The mayor");
    let t = "Delgado is doubling down on his support for the tax.";
    assert_eq!(source_of(t, "support for"), "Delgado");
    // after a preposition or "as" the pronoun stays
    let t = "The mayor was vocal in her criticism of the council.";
    assert_eq!(source_of(t, "criticism of"), "her");
    let t = "Voters remember the plan as well as his support for the tax.";
    assert_eq!(source_of(t, "support for"), "his");
}

#[test]
fn coordinated_subject_after_a_fronted_phrase_keeps_every_conjunct() {
    let t = "While Ortiz deserves credit for the deal, she and other council members must \
             remember the cost.";
    assert_eq!(
        source_of(t, "must remember"),
        "she and other council members"
    );
    let t = "Through daily polling, reporters and editors know how the race is going.";
    assert_eq!(source_of(t, "know"), "reporters and editors");
    // a list right after the comma is still one subject
    let t = "On Monday, Ortiz, Baker and other council members argued that the fee was unfair.";
    assert_eq!(
        source_of(t, "argued"),
        "Ortiz, Baker and other council members"
    );
}

#[test]
fn a_word_after_own_is_a_noun() {
    // once the coordinated subject before it is found, "fumes" must not read as its verb
    let t = "The storms came with floods and other symptoms of a planet choking on its own fumes.";
    let a = engine().extract(Document::new("t", t));
    assert!(a.claims.iter().all(|c| c.cue_text(t) != "fumes"));
}

#[test]
fn passive_agent_keeps_its_conjuncts_and_stops_before_adjuncts() {
    let t = "The plan was praised by the mayor and the county council.";
    assert_eq!(
        source_of(t, "was praised"),
        "the mayor and the county council"
    );
    let t = "The result was projected by networks and a wire service immediately after polls \
             closed.";
    assert_eq!(source_of(t, "was projected"), "networks and a wire service");
    let t = "Ortiz has been criticized by her rivals for skipping the debates.";
    assert_eq!(source_of(t, "has been criticized"), "her rivals");
    // a verb after "and" opens a clause of its own
    let t = "The plan was praised by the mayor and has since been adopted.";
    assert_eq!(source_of(t, "was praised"), "the mayor");
}

#[test]
fn fronted_adjunct_before_an_appositive_subject_is_no_part_of_it() {
    let t = "In July, Dana Ortiz, vice chairman of the firm, said the plan was fine.";
    assert_eq!(
        source_of(t, "said"),
        "Dana Ortiz, vice chairman of the firm"
    );
    let t = "Moreover, Lee Baker, director of the institute, said the plan was weak.";
    assert_eq!(source_of(t, "said"), "Lee Baker, director of the institute");
    let t = "Alarmed by the unrest, Senator Ann Reed, the minority leader, said she was worried.";
    assert_eq!(
        source_of(t, "said"),
        "Senator Ann Reed, the minority leader"
    );
    // a name ending in -ly is no adverb
    let t = "Jolly, who was elected in 2014, argued that the plan was bad.";
    assert_eq!(source_of(t, "argued"), "Jolly, who was elected in 2014");
}

#[test]
fn time_adjunct_between_subject_and_verb_is_no_part_of_the_subject() {
    let t = "Council spokesman Lee Baker on Thursday evening said the vote was fair.";
    assert_eq!(source_of(t, "said"), "Council spokesman Lee Baker");
    let t = "Ortiz at the time said she had asked her staff.";
    assert_eq!(source_of(t, "said"), "Ortiz");
    let t = "A Gallup poll in June showed that voters were worried.";
    assert_eq!(source_of(t, "showed"), "A Gallup poll");
    // after a prepositional phrase the time may be the phrase's own
    let t = "A survey by the group in March found that voters were worried.";
    assert_eq!(source_of(t, "found"), "A survey by the group in March");
}

#[test]
fn coordination_inside_a_prepositional_phrase_of_the_subject() {
    let t = "Experts on trade and nuclear policy said the test could change that.";
    assert_eq!(source_of(t, "said"), "Experts on trade and nuclear policy");
    let t = "Economists at Harvard and the University of Chicago found that the odds were low.";
    assert_eq!(
        source_of(t, "found"),
        "Economists at Harvard and the University of Chicago"
    );
    let t = "Political observers in Ohio and around the country say the race is close.";
    assert_eq!(
        source_of(t, "say"),
        "Political observers in Ohio and around the country"
    );
    // a phrase hanging on a verb's object is no subject's: the clause after "and" has its own
    let t = "The cells can turn into any tissue of the body and researchers hope to use them.";
    assert_eq!(source_of(t, "hope"), "researchers");
}

#[test]
fn demonstrative_at_the_clause_start_and_party_labels_in_a_list() {
    let t = "That person said the hostility was real.";
    assert_eq!(source_of(t, "said"), "That person");
    let t = "But that freewheeling debate also underscored a weakness.";
    assert_eq!(source_of(t, "also underscored"), "that freewheeling debate");
    let t = "Sens. Ann Lee (D-Ore.), Bo Park (D-Ohio) and Cy Ortiz (D-N.J.) all suggested that \
             the claims were weak.";
    assert_eq!(
        source_of(t, "suggested"),
        "Ann Lee (D-Ore.), Bo Park (D-Ohio) and Cy Ortiz (D-N.J.) all"
    );
}

#[test]
fn to_and_a_noun_phrase_after_a_noun_stays_in_the_subject() {
    let t = "The party's complaint to the city board says Ortiz broke the rules.";
    assert_eq!(
        source_of(t, "says"),
        "The party's complaint to the city board"
    );
    let t = "The deputy head of the delegation to the forum said the talks had failed.";
    assert_eq!(
        source_of(t, "said"),
        "The deputy head of the delegation to the forum"
    );
    // after a verb, "to" ends the subject as before
    let t = "The mayor went to the rally and aides said it was fine.";
    assert_eq!(source_of(t, "said"), "aides");
}

#[test]
fn ordinal_after_a_determiner_stays_in_a_conjunct() {
    let t = "The former first lady and U.S. senator said it was a mistake.";
    assert_eq!(
        source_of(t, "said"),
        "The former first lady and U.S. senator"
    );
}

#[test]
fn later_gerund_of_a_chain_takes_the_first_gerunds_noun_phrase() {
    // an absolute "with" phrase after a comma names who speaks for the whole chain
    let t = "Democrats were quick to respond, with Senator Jane Roe tweeting that the plan was \
             a fraud and asking, \"Who will pay for this?\"";
    assert_eq!(source_of(t, "asking"), "Senator Jane Roe");
    let t = "The army raised pressure on the rebels on Monday, with senior commanders \
             underlining the army's strength and vowing to end the revolt by spring.";
    assert_eq!(source_of(t, "vowing"), "senior commanders");
    // a noun phrase of its own after "and" in the absolute phrase
    let t = "The parties split on the approach, with Ortiz calling for a ban on new arrivals \
             and others supporting a pause on refugees.";
    assert_eq!(source_of(t, "supporting"), "others");
    // the object of a verb of perception, through an earlier link of the chain
    let t = "The governor unveiled a new radio ad, featuring farmers telling their stories and \
             criticizing the senator's trade votes.";
    assert_eq!(source_of(t, "criticizing"), "farmers");
    let t = "I remember President Carter going on TV in 1977, declaring a crisis of confidence, \
             and telling Americans that they must save energy.";
    assert_eq!(source_of(t, "telling"), "President Carter");
    // "with" without a comma is an adjunct: the clause's subject speaks
    let t = "The group has run ads with both outlets reminding readers of the law and calling on \
             the editors to act.";
    assert_eq!(source_of(t, "calling on"), "The group");
}

#[test]
fn verb_phrase_after_an_auxiliary_is_no_subject_of_a_noun_cue() {
    let t = "Senator Ortiz is drawing sharp contrasts between himself and the governor.";
    assert_eq!(source_of(t, "contrasts"), "Senator Ortiz");
    let t = "The mayor and the governor had sharply different views about the new stadium.";
    assert_eq!(source_of(t, "views"), "The mayor and the governor");
    let t = "Rural voters are slightly more likely to say that the economy is improving.";
    assert_eq!(source_of(t, "say"), "Rural voters");
    // an object before the cue acts it
    let t = "Readers may not let editorials tell them how to vote.";
    assert_ne!(source_of(t, "tell"), "Readers");
}

#[test]
fn participle_takes_a_subject_after_a_time_word_or_sentence_adverb() {
    let t = "And then Ortiz went fully on the attack, saying the mayor should resign.";
    assert_eq!(source_of(t, "saying"), "Ortiz");
    let t = "By Sunday afternoon she had canceled a rally with the mayor slated for Wednesday, \
             citing the storm.";
    assert_eq!(source_of(t, "citing"), "she");
}

#[test]
fn participle_finds_the_main_subject_after_an_opening_conjunction_or_participle() {
    // a fronted "in"-gerund after "But" takes the main clause's subject
    let t = "But in describing the plan as a short-term fix, the columnists are missing the point.";
    assert_eq!(source_of(t, "describing"), "the columnists");
    // an irregular past verb after a fronted participle phrase
    let t = "Arriving upon the scene, police began searching for the driver, believing there may \
             be as many as three.";
    assert_eq!(source_of(t, "believing"), "police");
    // a subject after an opening "But"
    let t = "But the Lopez campaign risks underestimating the mayor's appeal by dismissing him as \
             a relic.";
    assert!(source_of(t, "dismissing").contains("Lopez"));
}

#[test]
fn noun_phrase_after_include_acts_the_participle() {
    let t = "The Republican front-runner Luis Ortiz addressed the students in a long speech that \
             included Ortiz vowing to protect the campus.";
    assert_eq!(source_of(t, "vowing"), "Ortiz");
}

#[test]
fn author_of_a_document_through_joined_nouns_and_a_time_phrase() {
    let t = "A pro-Ortiz PAC launched a mini-documentary and ad campaign that attacked the \
             mayor's record.";
    assert_eq!(source_of(t, "attacked"), "A pro-Ortiz PAC");
    let t = "The pollster Ann Lee released data Monday morning that suggest moderates are \
             ignored.";
    assert_eq!(source_of(t, "suggest"), "The pollster Ann Lee");
}

#[test]
fn a_party_label_in_parentheses_keeps_its_closing_parenthesis() {
    let t = "Sen. Ann Smith (D-R.I.) said on Tuesday that she had not read the plan.";
    assert_eq!(source_of(t, "said"), "Sen. Ann Smith (D-R.I.)");
}

#[test]
fn a_sentence_adverb_after_a_fronted_adjunct_is_no_aside_on_the_verb() {
    let t = "On Wednesday, however, the director of the agency, John Smith, said that the \
             messages were private.";
    assert_eq!(
        source_of(t, "said"),
        "the director of the agency, John Smith"
    );
    // after a name, the adverb is an aside on the verb
    let t = "The mayor, however, said that the park would close.";
    assert_eq!(source_of(t, "said"), "The mayor");
}

#[test]
fn participle_after_a_fronted_phrase_and_subordinate_clause_takes_the_main_subject() {
    // the subordinate clause after "In a June debate," ends at its comma, so the participle
    // belongs to the main clause
    let t = "In a June debate, while most of his rivals called for more troops, Smith hewed \
             closer to the governor's approach, noting that the two factions are enemies.";
    assert_eq!(source_of(t, "noting"), "Smith");
}

#[test]
fn noun_complement_after_an_irregular_past_and_two_modifiers_takes_its_subject() {
    // "made" governs "charges": it is the verb, not a third modifier of the noun
    let t = "Smith made similarly baseless charges that the mayor would be biased against him.";
    assert_eq!(source_of(t, "charges"), "Smith");
}

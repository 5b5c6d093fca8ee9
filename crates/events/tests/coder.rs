//! The coder on the built-in dictionaries: the hard cases of event coding,
//! each on sentences written for this test.

use attache_actors::{ActorDict, ArticleContext, Mention, Recogniser};
use attache_events::{Coder, Patterns, SentenceInput};
use attache_model::{Modality, Span};
use attache_segment::{tokenize, Tokens};
use chrono::NaiveDate;

struct Got {
    code: String,
    source: Option<String>,
    target: Option<String>,
    modality: Modality,
    background: bool,
    reported_by: Option<String>,
    confidence: f32,
}

fn code(text: &str, date: &str) -> (Vec<Got>, Vec<String>) {
    let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
    let rec = Recogniser::new(ActorDict::builtin());
    let coder = Coder::new(Patterns::builtin());
    let mut ctx = ArticleContext::new(Some(date));
    let mut toks = Tokens::default();
    tokenize(text, Span::new(0, text.len()), &mut toks);
    let mut ms: Vec<Mention> = Vec::new();
    rec.recognise(text, &toks, &mut ctx, &mut ms);
    let r = coder.code(&SentenceInput {
        text,
        toks: &toks,
        mentions: &ms,
        dates: &[],
        article_date: Some(date),
    });
    let c = |k: Option<usize>| k.and_then(|k| ms[k].code.as_deref().map(str::to_string));
    let got = r
        .events
        .iter()
        .map(|e| Got {
            code: e.code.clone(),
            source: c(e.source),
            target: c(e.target),
            modality: e.modality,
            background: e.background,
            reported_by: c(e.reported_by),
            confidence: e.confidence,
        })
        .collect();
    (got, r.suppressed.iter().map(|s| s.reason.clone()).collect())
}

fn dyads(g: &[Got]) -> Vec<(String, String, String)> {
    g.iter()
        .map(|e| {
            (
                e.source.clone().unwrap_or_else(|| "?".into()),
                e.code[..2].to_string(),
                e.target.clone().unwrap_or_else(|| "?".into()),
            )
        })
        .collect()
}

/// Code `text` and assert that one of its events has the CAMEO code `cameo`.
fn assert_coded(text: &str, date: &str, cameo: &str) {
    let (g, _) = code(text, date);
    assert!(g.iter().any(|e| e.code == cameo), "{text}: {:?}", dyads(&g));
}

/// Assert that one of the events `g` has the CAMEO code `cameo`.
#[track_caller]
fn assert_code(g: &[Got], cameo: &str) {
    assert!(g.iter().any(|e| e.code == cameo), "{:?}", dyads(g));
}

/// Assert that none of the events `g` has the CAMEO code `cameo`.
#[track_caller]
fn assert_no_code(g: &[Got], cameo: &str) {
    assert!(!g.iter().any(|e| e.code == cameo), "{:?}", dyads(g));
}

fn has(g: &[Got], s: &str, root: &str, t: &str) -> bool {
    dyads(g)
        .iter()
        .any(|(a, r, b)| a == s && r == root && b == t)
}

#[test]
fn metonym_subject_and_target() {
    let (g, _) = code(
        "Ankara on Tuesday rejected an Athens court's order to return the ship.",
        "2024-03-07",
    );
    assert!(has(&g, "TURGOV", "12", "GRCJUD"), "{:?}", dyads(&g));
}

#[test]
fn negation_suppresses() {
    for s in [
        "Japan did not impose sanctions on Myanmar.",
        "Egypt refused to condemn Israel.",
        "Brazil has yet to recognise the new government in Caracas.",
        "Germany never criticised Russia over the decision.",
    ] {
        let (g, why) = code(s, "2024-03-07");
        assert!(
            g.iter()
                .all(|e| e.code.starts_with("01") || e.code.starts_with("12")),
            "{s}: {:?}",
            dyads(&g)
        );
        assert!(!why.is_empty() || g.is_empty(), "{s}");
    }
    let (g, why) = code(
        "Neither government showed any willingness to compromise.",
        "2024-03-07",
    );
    assert!(g.is_empty(), "{:?}", dyads(&g));
    let _ = why;
}

#[test]
fn hypotheticals_and_questions_are_not_events() {
    for s in [
        "France could impose sanctions on Iran if talks fail.",
        "Would China condemn North Korea?",
        "If Pakistan criticised India, the talks would collapse.",
    ] {
        let (g, why) = code(s, "2024-03-07");
        assert!(g.is_empty(), "{s}: {:?}", dyads(&g));
        assert!(!why.is_empty(), "{s}");
    }
}

#[test]
fn planned_meeting_is_intent() {
    let (g, _) = code(
        "The Indian prime minister will meet Chinese officials in Beijing next week.",
        "2024-03-07",
    );
    let e = g
        .iter()
        .find(|e| e.code.starts_with("03"))
        .unwrap_or_else(|| panic!("{:?}", dyads(&g)));
    assert_eq!(e.code, "036");
    assert_eq!(e.modality, Modality::Planned);
}

#[test]
fn passive_voice_swaps_roles() {
    let (g, _) = code(
        "The Iraqi foreign minister was criticised by Iran.",
        "2024-03-07",
    );
    assert!(has(&g, "IRN", "11", "IRQGOV"), "{:?}", dyads(&g));
}

#[test]
fn agentless_passive_has_unknown_source() {
    let (g, _) = code("Two Turkish diplomats were expelled.", "2024-03-07");
    assert!(!g.is_empty());
    assert!(g.iter().all(|e| e.source.is_none()), "{:?}", dyads(&g));
}

#[test]
fn compound_targets_give_one_event_per_dyad() {
    let (g, _) = code(
        "Russia criticised Brazil, India and South Africa.",
        "2024-03-07",
    );
    for t in ["BRA", "IND", "ZAF"] {
        assert!(has(&g, "RUS", "11", t), "{t}: {:?}", dyads(&g));
    }
}

#[test]
fn reciprocal_meeting_both_ways() {
    let (g, _) = code(
        "Kenya and Uganda held talks on the border dispute.",
        "2024-03-07",
    );
    assert!(
        has(&g, "KEN", "04", "UGA") && has(&g, "UGA", "04", "KEN"),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn joint_subjects_clash_with_each_other_not_with_the_place() {
    let (g, _) = code(
        "Israeli soldiers and Palestinian gunmen clashed in Jenin overnight.",
        "2024-03-07",
    );
    assert!(
        has(&g, "ISRMIL", "19", "PSEUAF") && has(&g, "PSEUAF", "19", "ISRMIL"),
        "{:?}",
        dyads(&g)
    );
    assert!(!has(&g, "ISRMIL", "19", "PSE"), "{:?}", dyads(&g));
}

#[test]
fn aid_given_as_goods_or_a_sum_in_a_currency() {
    let (g, _) = code("Japan gave 500 tents to Nepal.", "2024-03-07");
    assert!(has(&g, "JPN", "07", "NPL"), "{:?}", dyads(&g));
    let (g, _) = code("Norway gave 300,000 euros to Sudan.", "2024-03-07");
    assert!(has(&g, "NOR", "07", "SDN"), "{:?}", dyads(&g));
}

#[test]
fn reported_speech_records_the_speaker() {
    let (g, _) = code("Pakistan said India criticised Afghanistan.", "2024-03-07");
    let e = g
        .iter()
        .find(|e| e.code.starts_with("11"))
        .unwrap_or_else(|| panic!("{:?}", dyads(&g)));
    assert_eq!(e.source.as_deref(), Some("IND"));
    assert_eq!(e.target.as_deref(), Some("AFG"));
    assert_eq!(e.reported_by.as_deref(), Some("PAK"));
}

#[test]
fn noun_event_with_possessor() {
    let (g, _) = code(
        "Turkey's condemnation of Sweden drew protests.",
        "2024-03-07",
    );
    assert!(has(&g, "TUR", "11", "SWE"), "{:?}", dyads(&g));
}

#[test]
fn statement_only_when_nothing_else() {
    let (g, _) = code("Canada said it condemned Iran.", "2024-03-07");
    assert!(g.iter().all(|e| e.code != "010"), "{:?}", dyads(&g));
    assert!(has(&g, "CAN", "11", "IRN"), "{:?}", dyads(&g));
    assert!(g.iter().all(|e| !e.background));
}

#[test]
fn refusal_of_a_cooperative_action_is_a_rejection() {
    let (g, _) = code(
        "Tehran said it will not release the detained sailors.",
        "2024-01-10",
    );
    assert!(
        g.iter().any(|e| e.code.starts_with("12")),
        "{:?}",
        dyads(&g)
    );
    assert!(!g.iter().any(|e| e.code.starts_with("08")));
}

#[test]
fn a_reported_non_event_is_no_statement() {
    let (g, why) = code(
        "Officials in Nairobi said there were no plans to impose sanctions on Uganda.",
        "2024-01-10",
    );
    assert!(g.is_empty(), "{:?}", dyads(&g));
    assert!(why.iter().any(|r| r == "negated"));
}

#[test]
fn casualties_after_a_comma_belong_to_the_attack() {
    let (g, why) = code(
        "Rebels shelled a market in the north, killing 12 Malian civilians.",
        "2024-01-10",
    );
    assert_eq!(
        g.iter().filter(|e| e.code.starts_with("19")).count(),
        1,
        "{:?}",
        dyads(&g)
    );
    assert!(why.iter().any(|r| r == "casualties of an earlier attack"));
}

#[test]
fn participle_after_an_object_is_no_event_of_its_own() {
    let (g, why) = code(
        "Russia vetoed a draft resolution demanding a ceasefire in Gaza.",
        "2024-01-10",
    );
    assert!(
        g.iter().all(|e| e.code.starts_with("12")),
        "{:?}",
        dyads(&g)
    );
    assert!(why.iter().any(|r| r == "participle modifying an object"));
}

#[test]
fn verbs_joined_by_and_share_their_subject() {
    let (g, _) = code(
        "Japan's foreign ministry rejected the claims against its fishing fleet and urged Seoul to stop the inspections.",
        "2024-05-02",
    );
    assert!(has(&g, "JPNGOV", "02", "KORGOV"), "{:?}", dyads(&g));
    // The actor before "and" is the object of a verb that is no event.
    let (g, _) = code(
        "Chancellor Olaf Scholz phoned President Emmanuel Macron on Friday and urged Paris to back the plan.",
        "2023-05-05",
    );
    assert!(has(&g, "DEUGOV", "02", "FRAGOV"), "{:?}", dyads(&g));
}

#[test]
fn country_adjectives_own_event_nouns_and_stand_for_their_country() {
    let (g, _) = code(
        "Russian air strikes hit the Ukrainian city of Kharkiv.",
        "2024-05-02",
    );
    assert!(
        g.iter().any(|e| e.source.as_deref() == Some("RUS")),
        "{:?}",
        dyads(&g)
    );
    let (g, _) = code(
        "Portugal formally recognised a Palestinian state on Tuesday.",
        "2024-05-02",
    );
    assert!(has(&g, "PRT", "05", "PSE"), "{:?}", dyads(&g));
}

#[test]
fn agent_after_an_event_noun_is_its_source() {
    let (g, _) = code(
        "A suicide bombing by the Taliban killed nine Afghan soldiers on Monday.",
        "2015-05-04",
    );
    assert!(
        g.iter()
            .any(|e| e.source.as_deref() == Some("AFGINSTAL") && e.code.starts_with("18")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn object_pronoun_is_the_person_named_before() {
    let (g, _) = code(
        "Chancellor Olaf Scholz met President Emmanuel Macron in Berlin and urged him to back the plan.",
        "2023-05-05",
    );
    assert!(has(&g, "DEUGOV", "02", "FRAGOV"), "{:?}", dyads(&g));
}

#[test]
fn what_another_party_must_do_is_a_demand() {
    let (g, _) = code(
        "The Kenyan foreign minister said Somalia must stop the cross-border raids.",
        "2024-02-01",
    );
    assert!(
        g.iter().any(|e| e.code.starts_with("10")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn role_word_inside_a_pattern() {
    // "military" alone is part of "military aid", not an actor of its own.
    let (g, _) = code(
        "Canada suspended military aid to Burundi over the election violence.",
        "2024-02-01",
    );
    assert!(has(&g, "CAN", "16", "BDI"), "{:?}", dyads(&g));
    assert_coded(
        "The Arab League withdrew its peacekeepers from Lebanon in 1979.",
        "2024-02-01",
        "1661",
    );
}

#[test]
fn killing_a_leader_or_thousands() {
    assert_coded(
        "Gunmen killed former Pakistani Prime Minister Benazir Bhutto at a rally.",
        "2008-01-02",
        "186",
    );
    assert_coded(
        "Government troops killed more than 3,000 villagers in the northern province.",
        "2008-01-02",
        "202",
    );
}

#[test]
fn modal_after_an_event_noun_is_not_an_event() {
    let (g, _) = code(
        "An Iranian attack on Saudi oil fields could send prices soaring.",
        "2024-02-01",
    );
    assert!(
        g.iter().all(|e| !e.code.starts_with("19")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn each_other_is_both_ways() {
    let (g, _) = code(
        "Armenia and Azerbaijan blamed each other for the border clashes.",
        "2024-02-01",
    );
    assert!(has(&g, "ARM", "11", "AZE"), "{:?}", dyads(&g));
    assert!(has(&g, "AZE", "11", "ARM"), "{:?}", dyads(&g));
}

#[test]
fn expelling_diplomats_reduces_relations() {
    assert_coded(
        "Twelve Czech diplomats were expelled by Moscow on Monday.",
        "2024-02-01",
        "161",
    );
}

#[test]
fn statement_verb_does_not_hide_the_announced_event() {
    let (g, _) = code(
        "The Colombian government announced a ceasefire with the ELN rebels.",
        "2024-02-01",
    );
    assert!(g.iter().any(|e| e.code != "010"), "{:?}", dyads(&g));
}

fn one(text: &str) -> Vec<Got> {
    code(text, "2020-01-01").0
}

#[test]
fn locative_ending_a_pattern_names_the_destination() {
    // Troops arriving are deployed there (154), with the destination as target.
    let g = one("Kenyan troops arrived in Somalia on Monday.");
    assert!(has(&g, "KENMIL", "15", "SOM"), "{:?}", dyads(&g));
}

#[test]
fn thousands_separator_written_apart_keeps_the_object() {
    let g = one("The government of Malaysia deported 1, 200 Afghan refugees.");
    assert!(has(&g, "MYSGOV", "17", "AFGREF"), "{:?}", dyads(&g));
}

#[test]
fn weapon_noun_with_its_agent_before_a_casualty_verb_is_one_event() {
    let g = one("A roadside bombing by the Taliban killed six Afghan soldiers.");
    assert_eq!(g.len(), 1, "{:?}", dyads(&g));
    assert!(has(&g, "AFGINSTAL", "18", "AFGMIL"), "{:?}", dyads(&g));
}

#[test]
fn victims_named_by_a_bare_role_word_are_the_target() {
    let g = one("Syrian government forces killed more than 40 civilians during a week of shelling of a rebel enclave.");
    assert!(has(&g, "SYRMIL", "19", "SYRCVL"), "{:?}", dyads(&g));
}

#[test]
fn actor_inside_a_pattern_gap_before_a_later_place() {
    let g = one(
        "Afghan forces pounded Taliban hideouts with artillery in Kunduz province of Afghanistan.",
    );
    assert!(has(&g, "AFGMIL", "19", "AFGINSTAL"), "{:?}", dyads(&g));
}

#[test]
fn deployed_or_withdrawn_troops_are_not_the_target() {
    let g = one("The French army sent 350 soldiers in Niger.");
    assert!(has(&g, "FRAMIL", "15", "NER"), "{:?}", dyads(&g));
    let g = one("Pakistan is willing to withdraw its troops from Kashmir.");
    assert!(has(&g, "PAK", "03", "?"), "{:?}", dyads(&g));
    let g = one("Russia withdrew its forces from the area around Kharkiv.");
    assert!(has(&g, "RUS", "08", "UKR"), "{:?}", dyads(&g));
}

#[test]
fn including_aside_after_a_deployment_is_not_the_target() {
    // The aside breaks down the deployed force (the source's own troops):
    // the destination after it is the target.
    let g = one(
        "Rwanda completed the deployment of 300 soldiers, including 30 engineers, to Mozambique last week.",
    );
    assert!(has(&g, "RWA", "15", "MOZ"), "{:?}", dyads(&g));
    assert!(
        g.iter().all(|e| e.target.as_deref() == Some("MOZ")),
        "{:?}",
        dyads(&g)
    );
    // An aside after an object of its own names part of that object, and
    // stays the target.
    let g = one(
        "Nigerian troops attacked several camps, including a base of Boko Haram, in Borno state.",
    );
    assert!(has(&g, "NGAMIL", "19", "NGAINSBKH"), "{:?}", dyads(&g));
}

#[test]
fn same_dyad_from_one_trigger_is_coded_once() {
    let g = one(
        "India carried out missile strikes on sites in Pakistan and Pakistan-administered Kashmir.",
    );
    assert_eq!(g.len(), 1, "{:?}", dyads(&g));
    assert!(has(&g, "IND", "19", "PAK"), "{:?}", dyads(&g));
}

#[test]
fn by_after_a_noun_of_the_match_names_its_author() {
    let g = one("The Chinese government denied charges by the U.S. Chamber of Commerce that it steals technology.");
    assert!(has(&g, "CHNGOV", "01", "USABUS"), "{:?}", dyads(&g));
    let g = one("Nepal's government accepted the demands by protesters in Kathmandu.");
    assert!(has(&g, "NPLGOV", "08", "NPLCVL"), "{:?}", dyads(&g));
}

#[test]
fn recipient_of_a_transfer_after_a_long_object() {
    let g = one("Canada handed over more than 4 million dollars worth of new medical equipment and medicines to the Ministry of Health of Uganda.");
    assert!(has(&g, "CAN", "08", "UGAGOV"), "{:?}", dyads(&g));
    let g = one("Japan donated a shipment of ventilators and other critical care equipment to assist Kenya.");
    assert!(has(&g, "JPN", "07", "KEN"), "{:?}", dyads(&g));
    let g = one("Norway shipped tents and blankets worth millions of dollars to the camps, according to Kenyan officials.");
    assert!(
        !dyads(&g).iter().any(|d| d.2 == "KENGOV"),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn clash_with_is_coded_from_the_subject_only() {
    let g = one("Riot police clashed with opposition supporters in Harare on Friday.");
    assert!(
        g.iter().all(|e| e.source.as_deref() == Some("ZWECOP")),
        "{:?}",
        dyads(&g)
    );
    assert!(has(&g, "ZWECOP", "19", "ZWEOPP"), "{:?}", dyads(&g));
}

#[test]
fn counted_people_are_the_subject() {
    let (g, _) = code(
        "Tens of thousands of Hungarians protested in Budapest against the new labour law.",
        "2019-01-05",
    );
    assert!(
        g.iter()
            .any(|e| e.code.starts_with("14") && e.source.as_deref() == Some("HUNCVL")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn a_decision_with_a_time_adverbial_is_asserted() {
    let (g, why) = code(
        "Norway decided on Friday to lift its ban on salmon imports from Chile.",
        "2021-03-05",
    );
    assert!(
        g.iter()
            .any(|e| e.code.starts_with("08") && e.source.as_deref() == Some("NOR")),
        "{:?} {why:?}",
        dyads(&g)
    );
}

#[test]
fn what_is_demanded_names_the_demand() {
    let (g, why) = code(
        "Lithuania demanded that Minsk reopen the border crossings.",
        "2023-06-01",
    );
    assert_code(&g, "1051");
    assert!(
        !g.iter().any(|e| e.code.starts_with("08")),
        "{:?}",
        dyads(&g)
    );
    assert!(why.iter().any(|r| r == "what is demanded"));
}

#[test]
fn a_phrase_describing_an_object_is_not_asserted() {
    let (g, why) = code(
        "The parliament rejected a bill allowing foreign troops to use the port for an invasion of Iraq.",
        "2003-03-01",
    );
    assert!(
        g.iter().all(|e| e.code.starts_with("12")),
        "{:?}",
        dyads(&g)
    );
    assert!(
        why.iter()
            .any(|r| r == "inside a phrase describing an object"),
        "{why:?}"
    );
    let (g, _) = code(
        "Navy commandos stormed a Greek ship carrying aid to Gaza.",
        "2010-06-01",
    );
    assert!(
        !g.iter().any(|e| e.code.starts_with("07")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn a_protest_with_its_demand_is_one_event() {
    let (g, _) = code(
        "Thousands of protesters rallied outside parliament in Bucharest, demanding that the government step down.",
        "2018-08-11",
    );
    assert!(
        g.iter()
            .any(|e| e.code == "1411" && e.target.as_deref() == Some("ROUGOV")),
        "{:?}",
        dyads(&g)
    );
    assert!(
        !g.iter().any(|e| e.code.starts_with("10")),
        "{:?}",
        dyads(&g)
    );
    assert_coded(
        "Students blocked a main road in Sofia for six hours to demand the resignation of the interior minister.",
        "2013-06-20",
        "1441",
    );
}

#[test]
fn troops_arriving_are_deployed_not_visiting() {
    let (g, _) = code(
        "About 300 Irish peacekeepers arrived in Lebanon on Monday.",
        "2024-04-01",
    );
    assert_code(&g, "074");
    assert_no_code(&g, "042");
}

#[test]
fn a_role_word_spelled_by_the_pattern_is_not_the_target() {
    let (g, _) = code(
        "Ankara threatened a new military incursion into northern Syria.",
        "2022-06-01",
    );
    assert!(has(&g, "TURGOV", "13", "SYR"), "{:?}", dyads(&g));
}

#[test]
fn an_investigation_takes_the_country_it_looks_into() {
    let (g, _) = code(
        "The International Criminal Court opened an investigation into war crimes in Burundi.",
        "2019-11-14",
    );
    assert!(
        g.iter()
            .any(|e| e.code.starts_with("09") && e.target.as_deref() == Some("BDI")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn a_verb_form_before_a_modal_is_a_noun() {
    let (g, why) = code(
        "Sanctions would hurt ordinary Cubans more than the government, the study argued.",
        "2019-04-01",
    );
    assert!(
        !g.iter().any(|e| e.code.starts_with("16")),
        "{:?}",
        dyads(&g)
    );
    assert!(
        why.iter().any(|r| r == "verb pattern used as a noun"),
        "{why:?}"
    );
}

#[test]
fn sports_results_are_no_events() {
    let (g, _) = code(
        "Australia crushed England by nine wickets in the third Test in Perth.",
        "2017-12-18",
    );
    assert!(g.is_empty(), "{:?}", dyads(&g));
}

#[test]
fn what_was_captured_decides_the_code() {
    // A city or country captured is taken by force (192).
    let (g, _) = code(
        "Rebel fighters captured Kharkiv after a week of heavy fighting.",
        "2015-06-01",
    );
    assert_code(&g, "192");
    assert_no_code(&g, "173");
    // A person captured by soldiers is arrested, even near a town (173).
    let (g, _) = code(
        "American soldiers captured Manuel Noriega near his home town on Friday.",
        "1990-01-05",
    );
    assert_code(&g, "173");
    assert_no_code(&g, "192");
    // Soldiers captured by rebels are abducted (181).
    assert_coded(
        "Taliban fighters captured three Afghan soldiers in an ambush.",
        "2012-03-01",
        "181",
    );
}

#[test]
fn police_firing_on_civilians_is_repression() {
    let (g, _) = code(
        "Riot police opened fire on student demonstrators in Dhaka on Sunday.",
        "2018-08-05",
    );
    assert_code(&g, "175");
    assert!(
        !g.iter().any(|e| e.code.starts_with("19")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn where_the_victim_was_hit_does_not_split_the_attack() {
    let (g, _) = code(
        "The governor was wounded in the shoulder in an assassination attempt on Monday.",
        "2021-03-01",
    );
    assert_code(&g, "185");
    assert!(
        !g.iter().any(|e| e.code.starts_with("19")),
        "{:?}",
        dyads(&g)
    );
}

/// The code of the most confident event (the one a single-event summary keeps).
fn leading(g: &[Got]) -> String {
    g.iter()
        .max_by(|a, b| a.confidence.total_cmp(&b.confidence))
        .map(|e| e.code.clone())
        .unwrap_or_default()
}

#[test]
fn an_event_named_in_a_comment_or_criticism_does_not_lead() {
    // What is commented on, condemned or rejected is no more certain than
    // the act that names it.
    let (g, _) = code(
        "The UN envoy voiced concern on Monday about the escalation of hostilities between Israel and Hamas in Gaza.",
        "2021-05-12",
    );
    assert_eq!(leading(&g), "012", "{:?}", dyads(&g));
    let (g, _) = code(
        "Iran condemned a decision by the U.S. Supreme Court to reinstate the travel ban on Iranian citizens.",
        "2017-06-27",
    );
    assert_eq!(&leading(&g)[..2], "11", "{:?}", dyads(&g));
    let (g, _) = code(
        "Pakistan refused direct talks with the Indian government.",
        "2019-03-01",
    );
    assert_eq!(&leading(&g)[..2], "12", "{:?}", dyads(&g));
    // A contrast clause has its own lead.
    let (g, _) = code(
        "Cairo condemned the raid, while Israel sent troops to Gaza.",
        "2019-03-01",
    );
    assert_eq!(&leading(&g)[..2], "15", "{:?}", dyads(&g));
}

#[test]
fn parties_after_between_are_the_joint_actors_of_a_reciprocal_noun() {
    let (g, _) = code(
        "The UN envoy voiced concern on Monday about the escalation of hostilities between Israel and Hamas in Gaza.",
        "2021-05-12",
    );
    let d = dyads(&g);
    assert!(
        d.contains(&("ISR".into(), "19".into(), "PSEREBHMS".into()))
            && d.contains(&("PSEREBHMS".into(), "19".into(), "ISR".into())),
        "{d:?}"
    );
    assert!(
        !d.iter().any(|(s, r, _)| s == "IGOUNO" && r == "19"),
        "{d:?}"
    );
}

#[test]
fn forces_sent_for_peacekeeping_or_relief_are_aid() {
    let (g, _) = code(
        "Two hundred Irish soldiers arrived in Lebanon to join the UN peacekeeping force there.",
        "2011-06-01",
    );
    assert_code(&g, "074");
    assert_no_code(&g, "154");
    assert_coded(
        "Japan deployed military helicopters to Nepal to deliver aid to villages cut off by the earthquake.",
        "2015-05-01",
        "073",
    );
    // Not a rescue of hostages.
    assert_coded(
        "France deployed commandos to Mali to rescue hostages held by militants.",
        "2015-05-01",
        "154",
    );
}

#[test]
fn a_verb_form_after_a_determiner_leaves_its_words_to_noun_patterns() {
    // "the attack on a convoy" is the noun "attack on", not a verb match
    // "attack * convoy" that is then dropped with the killing after it.
    let (g, _) = code(
        "A suicide attack on a convoy of Afghan soldiers killed nine people near Kandahar.",
        "2019-03-01",
    );
    assert!(
        g.iter()
            .any(|e| e.code.starts_with("18") || e.code.starts_with("19")),
        "{:?}",
        dyads(&g)
    );
    // Plain adjectives between: "its brutal fight against".
    let (g, _) = code(
        "Australia offered to send troops to help the Philippine army in its brutal fight against Islamic State.",
        "2017-06-20",
    );
    assert!(
        !g.iter().any(|e| e.code.starts_with("19")),
        "{:?}",
        dyads(&g)
    );
    // The noun subject of a passive has no agent or target after the verb.
    let (g, _) = code(
        "The attack was condemned by the African Union.",
        "2019-03-01",
    );
    assert!(
        !g.iter().any(|e| e.code.starts_with("19")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn a_participle_after_a_spaced_hyphen_is_a_compound_adjective() {
    let (g, _) = code(
        "Iranian - backed Houthis attacked a Saudi oil facility on Saturday.",
        "2019-09-14",
    );
    assert_no_code(&g, "051");
    assert!(
        g.iter().any(|e| e.code.starts_with("19")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn a_generic_attack_noun_keeps_the_verb_code() {
    assert_coded(
        "A senior Iranian nuclear scientist was assassinated in an ambush near Tehran.",
        "2020-11-27",
        "186",
    );
}

#[test]
fn an_event_after_after_or_following_is_background_to_the_lead() {
    let (g, _) = code(
        "Opposition supporters clashed with police in the capital after the Supreme Court ordered the release of jailed politicians.",
        "2018-02-02",
    );
    assert_eq!(&leading(&g)[..2], "14", "{:?}", dyads(&g));
    let (g, _) = code(
        "The United States returned stolen artefacts to Iraq following an investigation by federal agents.",
        "2021-08-01",
    );
    assert_eq!(&leading(&g)[..2], "08", "{:?}", dyads(&g));
}

#[test]
fn an_event_noun_that_must_or_should_happen_is_not_an_event() {
    let (g, _) = code(
        "The EU said military intervention in Venezuela must be avoided.",
        "2019-02-01",
    );
    assert!(
        !g.iter().any(|e| e.code.starts_with("19")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn an_event_noun_in_a_background_phrase_is_not_the_subjects_act() {
    let (g, _) = code(
        "Canada expressed solidarity with France after the shootings in Paris.",
        "2015-11-14",
    );
    assert!(
        !g.iter().any(|e| e.code.starts_with("19")),
        "{:?}",
        dyads(&g)
    );
    let (g, _) = code(
        "Police arrested 20 people in Nairobi after clashes in the city centre.",
        "2017-08-10",
    );
    assert!(
        !g.iter()
            .any(|e| e.code.starts_with("19") && e.source.as_deref() == Some("KENCOP")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn a_body_after_an_opening_time_phrase_is_the_subject() {
    // The place inside the opening phrase is neither the body's partner nor
    // what it acted on; the verb after the comma is not a reduced passive of
    // the event noun before it.
    for text in [
        "Hours after the bombing in Baghdad, Iraqi police arrested three suspects.",
        "Two days after the attack in Kabul, Afghan police detained four suspects.",
    ] {
        let (g, _) = code(text, "2012-05-03");
        let arrests: Vec<_> = g.iter().filter(|e| e.code == "173").collect();
        assert_eq!(arrests.len(), 1, "{text}: {:?}", dyads(&g));
        let e = arrests[0];
        assert!(
            e.source.as_deref().is_some_and(|s| s.ends_with("COP")),
            "{text}: {:?}",
            dyads(&g)
        );
        assert!(e.target.is_none(), "{text}: {:?}", dyads(&g));
    }
}

#[test]
fn a_match_running_past_a_statement_verb_takes_its_target_there() {
    // "announced" opens a clause of what is announced; the suspension's
    // recipient after "to" is still the target.
    let (g, _) = code(
        "Sweden announced a suspension of aid to Tanzania.",
        "2009-03-02",
    );
    assert!(has(&g, "SWE", "16", "TZA"), "{:?}", dyads(&g));
    let (g, _) = code(
        "Denmark announced a freeze of aid to Uganda over the new law.",
        "2014-02-25",
    );
    assert!(has(&g, "DNK", "16", "UGA"), "{:?}", dyads(&g));
}

#[test]
fn a_denial_does_not_target_the_deniers_own_body() {
    // "his government" inside the denied charge is the denier's own.
    let (g, _) = code(
        "Kenya's president denied accusations that his government had rigged the vote.",
        "2017-08-12",
    );
    let denials: Vec<_> = g.iter().filter(|e| e.code.starts_with("01")).collect();
    assert!(!denials.is_empty(), "{:?}", dyads(&g));
    assert!(
        denials
            .iter()
            .all(|e| e.target.is_none() || e.target != e.source),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn the_agent_after_by_is_the_source_of_an_event_noun() {
    let (g, _) = code(
        "A visit by a Chinese envoy to Nepal was announced on Friday.",
        "2016-06-03",
    );
    assert!(
        g.iter().any(|e| e.code.starts_with("04")
            && e.source.as_deref().is_some_and(|s| s.starts_with("CHN"))
            && e.target.as_deref().is_some_and(|t| t.starts_with("NPL"))),
        "{:?}",
        dyads(&g)
    );
    let (g, _) = code(
        "The arrest of an opposition leader by Egyptian police drew wide criticism.",
        "2013-07-20",
    );
    assert!(
        g.iter().any(|e| e.code == "173"
            && e.source.as_deref() == Some("EGYCOP")
            && e.target.as_deref() != Some("EGYCOP")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn an_agentless_killing_and_the_attack_with_an_agent_are_one_event() {
    let (g, _) = code(
        "Six Nigerien soldiers were killed when their patrol was ambushed by Boko Haram fighters near Diffa.",
        "2019-03-10",
    );
    let force: Vec<_> = g
        .iter()
        .filter(|e| matches!(&e.code[..2], "18" | "19" | "20"))
        .collect();
    assert!(!force.is_empty(), "{:?}", dyads(&g));
    assert!(force.iter().all(|e| e.source.is_some()), "{:?}", dyads(&g));
}

#[test]
fn an_act_received_from_an_actor_is_that_actors_act_on_the_subject() {
    for (text, src, tgt) in [
        (
            "Kenya drew sharp criticism from Britain over the disputed vote.",
            "GBR",
            "KEN",
        ),
        (
            "Israel faced condemnation from the Arab League on Monday.",
            "IGOMEAARL",
            "ISR",
        ),
        (
            "Turkish troops came under heavy artillery fire from Syrian forces.",
            "SYRMIL",
            "TURMIL",
        ),
        (
            "Haiti received aid from Japan after the storm.",
            "JPN",
            "HTI",
        ),
    ] {
        let (g, _) = code(text, "2015-06-01");
        assert!(
            g.iter()
                .any(|e| e.source.as_deref() == Some(src) && e.target.as_deref() == Some(tgt)),
            "{text}: {:?}",
            dyads(&g)
        );
        assert!(
            !g.iter().any(|e| e.source.as_deref() == Some(tgt)),
            "{text}: {:?}",
            dyads(&g)
        );
    }
}

#[test]
fn an_adjective_on_the_thing_returned_is_not_the_slot_target() {
    for (text, tgt) in [
        (
            "Egypt returned six Iraqi artifacts to Baghdad on Tuesday.",
            "IRQGOV",
        ),
        (
            "Italy returned three Greek statues to Athens last week.",
            "GRCGOV",
        ),
    ] {
        let (g, _) = code(text, "2015-06-01");
        assert!(
            g.iter()
                .any(|e| e.code == "0842" && e.target.as_deref() == Some(tgt)),
            "{text}: {:?}",
            dyads(&g)
        );
        assert!(
            !g.iter().any(|e| e.code == "0841"),
            "{text}: {:?}",
            dyads(&g)
        );
    }
}

#[test]
fn members_named_before_of_or_from_are_the_actor() {
    for (text, tgt) in [
        (
            "At least six members of Hezbollah were killed in the fighting.",
            "LBNREBHEZ",
        ),
        (
            "Two fighters from the Free Syrian Army were wounded near Aleppo.",
            "SYRREBFSA",
        ),
    ] {
        let (g, _) = code(text, "2016-03-01");
        assert!(
            g.iter()
                .any(|e| e.code.starts_with("19") && e.target.as_deref() == Some(tgt)),
            "{text}: {:?}",
            dyads(&g)
        );
    }
}

#[test]
fn marching_is_a_protest_but_the_month_is_not() {
    let (g, _) = code(
        "Thousands of Chileans marched in Santiago on Thursday against the pension law.",
        "2019-10-25",
    );
    assert!(
        g.iter().any(|e| e.code.starts_with("14")),
        "{:?}",
        dyads(&g)
    );
    let (g, _) = code(
        "Chileans marched peacefully outside the presidential palace.",
        "2019-10-25",
    );
    assert!(
        g.iter().any(|e| e.code.starts_with("14")),
        "{:?}",
        dyads(&g)
    );
    let (g, _) = code(
        "Chile and Peru resumed border talks in March in Lima.",
        "2019-10-25",
    );
    assert!(
        !g.iter().any(|e| e.code.starts_with("14")),
        "{:?}",
        dyads(&g)
    );
    // Armed bodies marching are a military move, not a protest.
    let (g, _) = code("Russian troops marched into the town.", "2019-10-25");
    assert!(
        !g.iter().any(|e| e.code.starts_with("14")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn patrols_show_force_but_a_noun_compound_is_no_verb() {
    assert_coded(
        "Greek warships patrolled the sea near the disputed islets with Turkey.",
        "2020-08-10",
        "150",
    );
    let (g, _) = code(
        "The foreign ministers of Fiji and Tonga met in Suva to discuss border patrols.",
        "2020-08-10",
    );
    assert!(
        !g.iter().any(|e| e.code.starts_with("15")),
        "{:?}",
        dyads(&g)
    );
    // A count before the bare form and its modifier: a noun.
    let (g, _) = code(
        "Japan donated 20 armoured patrol boats to the Philippine coast guard.",
        "2020-08-10",
    );
    assert_no_code(&g, "150");
    // A purpose after "help the country": not asserted.
    let (g, _) = code(
        "Australia sent two ships to Fiji to help the country patrol its waters.",
        "2020-08-10",
    );
    assert_no_code(&g, "150");
}

#[test]
fn a_hyphen_written_apart_joins_a_dictionary_word() {
    let (g, _) = code(
        "Armenia and Azerbaijan agreed to a cease - fire on Saturday.",
        "2020-10-10",
    );
    assert!(
        g.iter()
            .any(|e| e.code.starts_with("03") || e.code.starts_with("08")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn coming_under_fire_makes_the_subject_the_target() {
    let (g, _) = code(
        "Malian soldiers came under fire from jihadists near Gao.",
        "2021-04-02",
    );
    let d = dyads(&g);
    assert!(
        d.iter()
            .any(|(s, r, t)| r == "19" && t.starts_with("MLI") && s != "MLIMIL"),
        "{d:?}"
    );
    let (g, _) = code("Malian soldiers came under attack on Friday.", "2021-04-02");
    assert!(
        g.iter()
            .any(|e| e.code.starts_with("19") && e.source.is_none() && e.target.is_some()),
        "{:?}",
        dyads(&g)
    );
    let (g, _) = code(
        "Mortar fire from Boko Haram hit the Nigerian town overnight.",
        "2021-04-02",
    );
    assert!(
        g.iter()
            .any(|e| e.code.starts_with("19")
                && e.source.as_deref().is_some_and(|s| s.contains("BKH"))),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn coming_under_pressure_is_the_pressers_demand() {
    // The presser after "from" is the source, the subject the target, also
    // when another actor follows later in the clause.
    for s in [
        "The Serbian government came under pressure from the European Union.",
        "The Serbian government came under heavy pressure from the European Union over its ties with Moscow.",
    ] {
        let (g, _) = code(s, "2024-03-07");
        let codes: Vec<&str> = g.iter().map(|e| e.code.as_str()).collect();
        assert!(codes.contains(&"100"), "{s}: {codes:?}");
        assert!(has(&g, "IGOEUREEC", "10", "SRBGOV"), "{s}: {:?}", dyads(&g));
    }
}

#[test]
fn empathy_accord_and_truce_sub_codes() {
    assert_coded(
        "The Brazilian president expressed deep sympathy with Chile after the floods.",
        "2024-03-07",
        "018",
    );
    assert_coded(
        "The Philippine president expressed his closeness to Vietnam after the typhoon.",
        "2024-03-07",
        "018",
    );
    let (g, _) = code(
        "The Brazilian president said he shared Argentina's view on the trade dispute.",
        "2024-03-07",
    );
    assert!(
        g.iter()
            .any(|e| e.code == "019" && e.source.as_deref() == Some("BRAGOV")),
        "{:?}",
        dyads(&g)
    );
    // A signed ceasefire agreement is a truce (0871), both ways.
    let (g, _) = code(
        "The Sudanese army and the rebels signed a ceasefire agreement on Sunday.",
        "2024-03-07",
    );
    let n = g.iter().filter(|e| e.code == "0871").count();
    assert_eq!(n, 2, "{:?}", dyads(&g));
    // Other signed agreements stay 057.
    assert_coded(
        "Chile signed a free trade agreement with South Korea on Monday.",
        "2024-03-07",
        "057",
    );
}

#[test]
fn alert_code_follows_who_raises_it() {
    let (g, _) = code(
        "The Indian army raised its alert level along the frontier.",
        "2024-05-02",
    );
    assert_code(&g, "152");
    let (g, _) = code(
        "Police in the capital raised the alert level ahead of the summit.",
        "2024-05-02",
    );
    assert_code(&g, "151");
}

#[test]
fn denial_has_no_target_inside_the_denied_charge() {
    let (g, _) = code(
        "Moscow denied that its forces had shelled a school in Kharkiv.",
        "2024-05-02",
    );
    assert!(
        g.iter().any(|e| e.code == "016" && e.target.is_none()),
        "{:?}",
        dyads(&g)
    );
    assert!(
        !g.iter().any(|e| e.code.starts_with("19")),
        "{:?}",
        dyads(&g)
    );
    let (g, r) = code(
        "The Rwandan government denied backing the rebels in eastern Congo.",
        "2024-05-02",
    );
    assert!(
        g.iter().any(|e| e.code == "016" && e.target.is_none()),
        "{:?}",
        dyads(&g)
    );
    assert!(
        !g.iter().any(|e| e.code.starts_with("05")),
        "{:?}",
        dyads(&g)
    );
    assert!(r.iter().any(|s| s == "negated"), "{r:?}");
}

#[test]
fn truce_agreed_is_intent_unless_it_took_effect() {
    let (g, _) = code(
        "Israel and Hamas agreed to a truce that took effect at dawn.",
        "2024-05-02",
    );
    assert!(has(&g, "ISR", "08", "PSEREBHMS"), "{:?}", dyads(&g));
    assert!(g.iter().all(|e| e.code == "0871"), "{:?}", dyads(&g));
    // Agreeing to a ceasefire in a named country: intent, aimed at that country.
    let (g, _) = code("Russia agreed to a ceasefire in Syria.", "2024-05-02");
    assert!(
        g.iter()
            .any(|e| e.code == "0356" && e.target.as_deref() == Some("SYR")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn joint_exercise_of_two_navies_is_mutual_cooperation() {
    let (g, _) = code(
        "The Indian and Japanese navies began a joint naval exercise in the Pacific.",
        "2024-05-02",
    );
    assert!(has(&g, "INDMIL", "06", "JPNMIL"), "{:?}", dyads(&g));
    assert!(has(&g, "JPNMIL", "06", "INDMIL"), "{:?}", dyads(&g));
    assert!(
        !g.iter().any(|e| e.code.starts_with("15")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn purpose_of_a_call_is_coded_with_the_call() {
    let (g, _) = code(
        "The French president telephoned the Turkish leader to offer condolences.",
        "2024-05-02",
    );
    assert!(
        g.iter().any(|e| e.code == "041"
            && e.source.as_deref() == Some("FRAGOV")
            && e.target.as_deref() == Some("TURGOV")),
        "{:?}",
        dyads(&g)
    );
    assert!(
        g.iter().any(|e| e.code == "018"
            && e.source.as_deref() == Some("FRAGOV")
            && e.target.as_deref() == Some("TURGOV")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn targets_after_against_and_into() {
    let (g, _) = code(
        "The Pakistani army launched an offensive, code-named Thunder, against Taliban fighters in the tribal belt.",
        "2019-05-02",
    );
    assert!(has(&g, "PAKMIL", "19", "AFGINSTAL"), "{:?}", dyads(&g));
    let (g, _) = code(
        "Chinese regulators opened an investigation into Alibaba Group.",
        "2024-05-02",
    );
    assert!(has(&g, "CHNGOV", "09", "CHNBUS"), "{:?}", dyads(&g));
}

#[test]
fn weapons_after_with_are_not_targets() {
    let (g, _) = code(
        "The Afghan army pounded Taliban hideouts with heavy artillery.",
        "2019-05-02",
    );
    assert!(has(&g, "AFGMIL", "19", "AFGINSTAL"), "{:?}", dyads(&g));
    assert!(!has(&g, "AFGMIL", "19", "AFGMIL"), "{:?}", dyads(&g));
}

#[test]
fn object_ends_before_amid() {
    let (g, _) = code(
        "Turkey reinforced its troops in northern Syria amid tensions with Russia.",
        "2024-05-02",
    );
    assert!(has(&g, "TUR", "15", "SYR"), "{:?}", dyads(&g));
    assert!(!has(&g, "TUR", "15", "RUS"), "{:?}", dyads(&g));
}

#[test]
fn protest_sub_code_from_what_it_is_against() {
    assert_coded(
        "Thousands of Kenyans marched in Nairobi against the government's plan to raise fuel taxes.",
        "2024-05-02",
        "1412",
    );
    assert_coded(
        "Nigerian teachers staged a strike to demand the education minister's resignation.",
        "2024-05-02",
        "1431",
    );
    assert_coded(
        "Hungarian farmers blocked roads near the border to protest against cheap grain imports.",
        "2024-05-02",
        "1442",
    );
    assert_coded(
        "Students rioted in the capital for a second night, demanding democracy.",
        "2024-05-02",
        "1454",
    );
}

#[test]
fn generic_appeal_takes_the_code_of_what_is_asked() {
    let (g, r) = code(
        "The European Union called on Serbia to hand over the wanted generals.",
        "2024-05-02",
    );
    assert!(
        g.iter()
            .any(|e| e.code == "0253" && e.target.as_deref() == Some("SRB")),
        "{:?}",
        dyads(&g)
    );
    assert!(
        !g.iter().any(|e| e.code.starts_with("08")),
        "{:?}",
        dyads(&g)
    );
    assert!(r.iter().any(|s| s == "what is appealed for"), "{r:?}");
    let (g, _) = code(
        "The Arab League urged Israel to ease its blockade of the territory.",
        "2024-05-02",
    );
    assert!(
        g.iter()
            .any(|e| e.code == "0256" && e.target.as_deref() == Some("ISR")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn what_a_denial_rejects_is_not_coded() {
    let (g, _) = code(
        "Hamas dismissed reports that its fighters had kidnapped Israeli civilians, and condemned the Israeli raids.",
        "2019-05-02",
    );
    assert_code(&g, "016");
    assert!(
        !g.iter().any(|e| e.code.starts_with("18")),
        "{:?}",
        dyads(&g)
    );
    // The verb after ", and" is the denier's own act again.
    assert!(
        g.iter().any(|e| e.code.starts_with("11")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn speeches_and_addresses_are_statements() {
    let (g, _) = code(
        "The Kenyan president delivered a long address to a regional summit on Monday.",
        "2024-05-02",
    );
    assert!(
        g.iter().any(|e| e.code.starts_with("01")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn handing_territory_back_is_a_return() {
    let (g, _) = code("Portugal handed Macau back to China in 1999.", "2000-01-02");
    assert!(
        g.iter().any(|e| e.code == "0842"
            && e.source.as_deref() == Some("PRT")
            && e.target.as_deref().is_some_and(|t| t.starts_with("CHN"))),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn owned_force_after_a_verb_is_its_own_event() {
    let (g, _) = code(
        "Canada sharply criticised Iran's missile strikes on Kurdish villages.",
        "2024-05-02",
    );
    assert!(has(&g, "CAN", "11", "IRN"), "{:?}", dyads(&g));
    assert!(
        g.iter()
            .any(|e| e.source.as_deref() == Some("IRN")
                && matches!(&e.code[..2], "18" | "19" | "20")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn force_after_after_is_a_cause_not_an_object() {
    let (g, _) = code(
        "Thailand closed its border crossings after the Cambodian air strikes.",
        "2024-05-02",
    );
    assert!(
        g.iter()
            .any(|e| e.source.as_deref() == Some("KHM") && e.code.starts_with("19")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn a_condemned_act_is_not_the_condemners_own() {
    let (g, _) = code(
        "Norway and Sweden condemned the coup by army officers in Mali.",
        "2024-05-02",
    );
    assert!(
        !g.iter()
            .any(|e| e.code.starts_with("18") && e.source.as_deref() == Some("NOR")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn joint_subjects_of_a_reciprocal_act_are_each_others_targets() {
    // What the accord or the fight is about is not a third party.
    let (g, _) = code(
        "Serbia and Croatia signed a water-sharing accord for the Danube basin in Hungary.",
        "2024-05-02",
    );
    assert!(
        has(&g, "SRB", "05", "HRV") && has(&g, "HRV", "05", "SRB"),
        "{:?}",
        dyads(&g)
    );
    let (g, _) = code(
        "Chadian troops and Sudanese rebels fought for control of Libya's southern oil fields.",
        "2024-05-02",
    );
    assert!(
        !g.iter().any(|e| e.target.as_deref() == Some("LBY"))
            && has(&g, "TCDMIL", "19", "SDNREB")
            && has(&g, "SDNREB", "19", "TCDMIL"),
        "{:?}",
        dyads(&g)
    );
    // A partner named with "with" stays the target.
    let (g, _) = code(
        "Kenya and Uganda signed a trade deal with Tanzania.",
        "2024-05-02",
    );
    assert!(has(&g, "KEN", "05", "TZA"), "{:?}", dyads(&g));
}

#[test]
fn joint_subjects_of_a_cooperative_act_about_a_third_country() {
    let (g, _) = code(
        "Japan and Australia agreed to share intelligence about North Korea.",
        "2024-05-02",
    );
    assert!(
        !g.iter().any(|e| e.target.as_deref() == Some("PRK")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn relative_clause_subject_is_the_actor_before_which() {
    let (g, _) = code(
        "Kenya, which closed its border with Somalia in May, reopened two crossings on Monday.",
        "2024-08-02",
    );
    assert!(has(&g, "KEN", "19", "SOM"), "{:?}", dyads(&g));
    assert!(
        g.iter()
            .any(|e| e.code.starts_with("08") && e.source.as_deref() == Some("KEN")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn main_verb_after_a_relative_clause_takes_the_antecedent() {
    let (g, _) = code(
        "Ghana, which expelled Togo's ambassador last year, accused Nigeria of hoarding fuel.",
        "2024-05-02",
    );
    assert!(has(&g, "GHA", "11", "NGA"), "{:?}", dyads(&g));
    assert!(
        g.iter()
            .any(|e| e.code.starts_with("16") && e.source.as_deref() == Some("GHA")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn the_month_may_is_no_hypothetical() {
    let (g, s) = code("Peru deported 40 Chilean smugglers in May.", "2024-08-02");
    assert!(
        g.iter().any(|e| e.source.as_deref() == Some("PER")),
        "{:?} {s:?}",
        dyads(&g)
    );
}

#[test]
fn places_listed_after_a_locative_are_places() {
    let (g, _) = code(
        "The Indian envoy held talks with Egyptian officials on the crises in Sudan and Libya.",
        "2024-05-02",
    );
    assert!(
        !g.iter().any(|e| e.target.as_deref() == Some("LBY")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn a_participle_describing_a_welcomed_event_is_not_coded_again() {
    let (g, _) = code(
        "Brazil welcomed the truce agreed by Peru and Ecuador.",
        "2024-05-02",
    );
    assert!(
        !g.iter()
            .any(|e| e.source.as_deref() == Some("PER") || e.source.as_deref() == Some("ECU")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn agent_after_by_may_be_counted() {
    let (g, _) = code(
        "The new tax was condemned by thousands of Chilean students.",
        "2024-05-02",
    );
    assert!(
        g.iter()
            .any(|e| e.code.starts_with("11") && e.source.as_deref() == Some("CHLEDU")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn subject_before_a_participle_phrase_is_the_verbs_subject() {
    let (g, _) = code(
        "The Kenyan army fighting Somali militants near the border declared a truce.",
        "2024-05-02",
    );
    assert!(
        g.iter()
            .any(|e| e.code.starts_with("08") && e.source.as_deref() == Some("KENMIL")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn a_rejected_call_is_not_the_rejecters_appeal() {
    let (g, _) = code(
        "Nepal dismissed calls for a new inquiry into the crash.",
        "2024-05-02",
    );
    assert!(
        !g.iter().any(|e| e.code.starts_with("02")),
        "{:?}",
        dyads(&g)
    );
    assert!(
        g.iter().any(|e| e.code.starts_with("12")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn an_event_noun_in_what_is_asked_for_is_not_coded() {
    let (g, _) = code(
        "UNICEF appealed for $50 million in emergency food aid for flood-hit Malawi.",
        "2024-05-02",
    );
    assert!(
        !g.iter().any(|e| e.code.starts_with("07")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn an_ultimatum_of_one_week() {
    assert_coded(
        "ECOWAS gave Guinea's junta one week to free the detained president.",
        "2024-05-02",
        "139",
    );
}

#[test]
fn a_statement_verb_does_not_hide_the_owner_of_what_it_announces() {
    let (g, _) = code(
        "Oman's foreign ministry announced the release of three Yemeni fishermen.",
        "2024-05-02",
    );
    assert!(has(&g, "OMNGOV", "08", "YEMAGR"), "{:?}", dyads(&g));
}

#[test]
fn recipient_before_with_in_a_transfer() {
    let (g, _) = code(
        "Turkey supplied the Azerbaijani army with drones and artillery.",
        "2024-05-02",
    );
    assert!(
        g.iter().any(|e| e.code == "072"
            && e.source.as_deref() == Some("TUR")
            && e.target.as_deref() == Some("AZEMIL")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn bracketed_abbreviation_after_an_actor_slot() {
    let (g, _) = code(
        "Washington provided the Kenya Defence Forces (KDF) with weapons and training.",
        "2024-05-02",
    );
    assert!(
        g.iter().any(|e| e.code == "072"
            && e.source.as_deref() == Some("USAGOV")
            && e.target.as_deref() == Some("KENMIL")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn armed_men_pouring_into_a_place_but_not_refugees() {
    let (g, _) = code(
        "Hundreds of Russian troops poured into the border town overnight.",
        "2024-05-02",
    );
    assert!(
        g.iter()
            .any(|e| e.code == "190" && e.source.as_deref() == Some("RUSMIL")),
        "{:?}",
        dyads(&g)
    );
    let (g, _) = code(
        "Thousands of refugees poured into Chad after the fighting.",
        "2024-05-02",
    );
    assert!(
        !g.iter().any(|e| e.code.starts_with("19")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn participle_after_the_subject_is_no_event_of_its_own() {
    let (g, why) = code(
        "The Saudi-led coalition fighting Houthi rebels in Yemen has declared a truce.",
        "2024-05-02",
    );
    assert!(
        !g.iter().any(|e| e.code.starts_with("19")),
        "{:?}",
        dyads(&g)
    );
    assert!(
        g.iter()
            .any(|e| e.code.starts_with("08") && e.source.as_deref() == Some("SAUMIL")),
        "{:?}",
        dyads(&g)
    );
    assert!(why.iter().any(|r| r == "participle describing the subject"));
    // The main verb after it is still coded.
    let (g, _) = code(
        "Farmers demanding higher prices blocked the main highway into Bogota.",
        "2024-05-02",
    );
    assert_code(&g, "144");
    // A progressive or a verb before the -ing form is no such participle.
    let (g, _) = code(
        "Russia has begun withdrawing its troops from Syria.",
        "2024-05-02",
    );
    assert!(
        g.iter().any(|e| e.code.starts_with("08")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn a_bare_statement_of_a_non_event_is_not_coded() {
    let (g, _) = code(
        "Fiji has never let a foreign navy use its harbours, its defence minister said.",
        "2024-05-02",
    );
    assert_no_code(&g, "010");
    let (g, _) = code(
        "Tariffs would hurt Kenyan farmers more than traders, the study argued.",
        "2024-05-02",
    );
    assert_no_code(&g, "010");
}

#[test]
fn a_subordinate_clause_with_an_unrecognised_subject_does_not_borrow_the_main_one() {
    let text = "The government suspended the truce in May after the group killed four teenagers.";
    let (g, _) = code(text, "2023-08-03");
    assert!(!has(&g, "---GOV", "19", "---CVL"), "{:?}", dyads(&g));
    // A recognised subject in the clause is still found.
    let text = "The government suspended the truce after rebels killed four teenagers.";
    let (g, _) = code(text, "2023-08-03");
    assert!(has(&g, "---REB", "19", "---CVL"), "{:?}", dyads(&g));
}

#[test]
fn the_speaker_closing_the_sentence_is_not_a_target() {
    let (g, _) = code(
        "Israel imposed a closure on the West Bank, Defence Minister Benny Gantz said.",
        "2024-05-02",
    );
    assert!(has(&g, "ISR", "19", "PSE"), "{:?}", dyads(&g));
    assert!(
        !g.iter().any(|e| e.target.as_deref() == Some("ISRGOV")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn a_delegation_received_by_a_leader_is_hosted_by_him() {
    let (g, _) = code(
        "The Kenyan delegation was received by President Emmanuel Macron at the Elysee Palace.",
        "2024-05-02",
    );
    assert!(
        g.iter().any(|e| e.code == "043"
            && e.source.as_deref() == Some("FRAGOV")
            && e.target.as_deref() == Some("KENGOV")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn equipment_listed_with_troops_is_no_second_actor() {
    let (g, _) = code(
        "Ethiopian troops and tanks poured into Somalia on Friday.",
        "2024-05-02",
    );
    assert!(has(&g, "ETHMIL", "19", "SOM"), "{:?}", dyads(&g));
    assert_eq!(g.len(), 1, "{:?}", dyads(&g));
}

#[test]
fn joint_violators_of_a_truce_act_on_each_other() {
    let (g, _) = code(
        "Moscow and Kyiv violated an Easter truce within hours.",
        "2024-05-02",
    );
    assert!(has(&g, "RUSGOV", "19", "UKRGOV"), "{:?}", dyads(&g));
    assert!(has(&g, "UKRGOV", "19", "RUSGOV"), "{:?}", dyads(&g));
}

#[test]
fn a_complaint_to_a_body_about_a_country_targets_the_country() {
    let (g, _) = code(
        "Egypt complained to the Arab League about Ethiopia's filling of the dam.",
        "2024-05-02",
    );
    assert!(has(&g, "EGY", "11", "ETH"), "{:?}", dyads(&g));
}

#[test]
fn a_passive_infinitive_is_not_asserted() {
    let (g, _) = code(
        "The agreement allows Russian warships to be deployed to the port.",
        "2024-05-02",
    );
    assert!(
        !g.iter().any(|e| e.code.starts_with("15")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn the_means_after_by_shares_the_subject() {
    let (g, _) = code(
        "Iran defied Western warnings by testing another ballistic missile.",
        "2024-05-02",
    );
    assert!(has(&g, "IRN", "15", "?"), "{:?}", dyads(&g));
    let (g, _) = code(
        "North Korea defied U.N. sanctions by testing another ballistic missile.",
        "2024-05-02",
    );
    assert!(
        !g.iter()
            .any(|e| e.code.starts_with("15") && e.source.as_deref() == Some("IGOUNO")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn an_extradition_targets_the_receiving_country() {
    let (g, _) = code(
        "Kenya extradited a British fugitive to the United Kingdom on Friday.",
        "2024-05-02",
    );
    assert!(has(&g, "KEN", "06", "GBR"), "{:?}", dyads(&g));
}

#[test]
fn an_announced_event_noun_is_the_announcers_act() {
    let (g, _) = code(
        "Paris announced a new aid package for Lebanon on Monday.",
        "2024-05-02",
    );
    assert!(has(&g, "FRAGOV", "07", "LBN"), "{:?}", dyads(&g));
}

#[test]
fn reports_of_abuse_are_a_noun_not_a_speech_verb() {
    let (g, _) = code(
        "Amnesty International is investigating reports of torture by Egyptian police officers.",
        "2024-05-02",
    );
    assert!(has(&g, "NGOHRIAMN", "09", "EGYCOP"), "{:?}", dyads(&g));
}

#[test]
fn a_weapon_that_wrecks_a_building_is_one_attack() {
    let (g, _) = code(
        "A car bomb destroyed the police headquarters in Mogadishu on Sunday.",
        "2024-05-02",
    );
    assert_eq!(g.len(), 1, "{:?}", dyads(&g));
    assert!(g[0].code.starts_with("18"), "{:?}", dyads(&g));
}

#[test]
fn a_bare_attack_verb_before_a_weapon_noun_is_a_modifier() {
    let (g, _) = code(
        "Iran's navy and attack helicopters began an exercise in the Gulf.",
        "2024-05-02",
    );
    assert!(
        !g.iter().any(|e| e.code.starts_with("19")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn an_event_noun_heading_the_speaker_is_not_an_event() {
    let (g, r) = code(
        "The parliamentary inquiry said Kenyan police had raided the offices of the newspaper.",
        "2024-05-02",
    );
    assert!(
        !g.iter().any(|e| e.code.starts_with("09")),
        "{:?}",
        dyads(&g)
    );
    assert!(r.iter().any(|x| x == "speaker of a report"), "{r:?}");
}

#[test]
fn a_meeting_after_at_is_the_setting_of_the_act() {
    let (g, _) = code(
        "Japan pledged new loans to Indonesia at a regional summit of ASEAN in Hanoi.",
        "2024-05-02",
    );
    assert!(has(&g, "JPN", "03", "IDN"), "{:?}", dyads(&g));
    assert!(
        !g.iter().any(|e| e.code.starts_with("04")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn artillery_shells_are_a_noun() {
    let (g, _) = code(
        "Thailand raised its alert after Cambodia fired artillery shells across the border.",
        "2024-05-02",
    );
    assert!(
        !g.iter().any(|e| e.source.as_deref() == Some("---MIL")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn expelled_from_a_country_with_no_agent_is_that_countrys_act() {
    let (g, _) = code(
        "Three foreign reporters were expelled from Ethiopia last week.",
        "2024-05-02",
    );
    assert!(
        g.iter()
            .any(|e| e.code.starts_with("17") && e.source.as_deref() == Some("ETH")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn troops_for_an_international_mission_go_to_its_country() {
    let (g, _) = code(
        "Ghana is sending 400 troops to the United Nations peacekeeping mission in Lebanon.",
        "2024-05-02",
    );
    assert!(
        g.iter()
            .any(|e| e.source.as_deref() == Some("GHA") && e.target.as_deref() == Some("LBN")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn coordinated_violent_verbs_on_one_victim_are_one_event() {
    let (g, why) = code(
        "Masked gunmen shot and critically wounded a police officer in Lahore on Monday.",
        "2024-05-02",
    );
    let violent: Vec<_> = g.iter().filter(|e| e.code.starts_with("19")).collect();
    assert_eq!(violent.len(), 1, "{:?}", dyads(&g));
    assert!(why.iter().any(|r| r.contains("one event")), "{why:?}");
    // Two different acts (a kidnapping, then a killing) stay two events.
    let (g, _) = code(
        "Rebels abducted and later killed two aid workers in northern Mali.",
        "2024-05-02",
    );
    assert!(
        g.iter().any(|e| e.code.starts_with("18")) && g.iter().any(|e| e.code.starts_with("19")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn a_strike_on_a_town_and_its_casualties_are_one_attack() {
    let (g, _) = code(
        "Russian air strikes on the town of Idlib killed nine civilians on Sunday.",
        "2024-05-02",
    );
    assert_eq!(g.len(), 1, "{:?}", dyads(&g));
    assert_eq!(g[0].code, "195");
    assert_eq!(g[0].source.as_deref(), Some("RUS"));
    assert_eq!(g[0].target.as_deref(), Some("SYRCVL"));
}

#[test]
fn nouns_after_a_city_name_or_a_modifier_are_no_verbs() {
    // "blast" (criticise) is a noun after "the Mosul market".
    let (g, _) = code(
        "The Mosul market blast left dozens of shoppers dead, officials said.",
        "2024-05-02",
    );
    assert!(
        !g.iter().any(|e| e.code.starts_with("11")),
        "{:?}",
        dyads(&g)
    );
    // "bombing" after "the market" is the noun (an act with no actor of its
    // own here), not a verb describing the subject.
    let (g, why) = code(
        "The market bombing in Quetta was condemned by Iran.",
        "2024-05-02",
    );
    assert!(has(&g, "IRN", "11", "?"), "{:?}", dyads(&g));
    assert!(
        !why.iter().any(|r| r == "participle describing the subject"),
        "{why:?}"
    );
}

#[test]
fn the_words_of_a_count_do_not_fill_a_gap() {
    let (g, _) = code(
        "The militia is holding more than 20, 000 villagers as human shields near Sirte.",
        "2024-05-02",
    );
    assert_code(&g, "184");
    // Other words still count: the farms are no town.
    let (g, _) = code(
        "Government troops seized almost all the farms near the town of Sirte.",
        "2024-05-02",
    );
    assert_no_code(&g, "192");
}

#[test]
fn capturing_a_site_is_taking_territory() {
    let (g, why) = code(
        "Rebel fighters captured the main dam on the river on Friday.",
        "2024-05-02",
    );
    assert!(g.iter().any(|e| e.code == "192"), "{:?} {why:?}", dyads(&g));
}

#[test]
fn troops_sent_to_train_are_military_assistance() {
    let (g, _) = code(
        "Britain deployed 60 soldiers to Kenya to train Kenyan army units.",
        "2024-05-02",
    );
    assert_code(&g, "072");
}

#[test]
fn people_held_over_an_attack_are_not_its_victims() {
    let (g, _) = code(
        "Police in Lahore arrested three suspects over the attack on the convoy of the Pakistani interior minister.",
        "2024-05-02",
    );
    assert!(
        !g.iter()
            .any(|e| e.code.starts_with("17") && e.target.as_deref() == Some("PAKGOV")),
        "{:?}",
        dyads(&g)
    );
    // Nor is the attack the police's own.
    assert!(
        !g.iter()
            .any(|e| e.code.starts_with("19") && e.source.is_some()),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn a_strike_whose_victims_are_no_actors_keeps_its_object() {
    let (g, _) = code(
        "A Russian drone strike on Kharkiv killed four people overnight.",
        "2024-05-02",
    );
    assert!(
        g.iter()
            .any(|e| e.source.as_deref() == Some("RUS") && e.target.is_some()),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn a_verb_acting_on_an_event_noun_gives_the_code() {
    // The noun pattern starting on the verb pattern's last word ("tariffs
    // on", "boycott of ... goods") is what is eased, not a new measure.
    let (g, _) = code(
        "Canada cut tariffs on $3 billion of Mexican steel from 20 percent to 5 percent.",
        "2024-05-02",
    );
    assert_code(&g, "085");
    assert_no_code(&g, "163");
    let (g, _) = code(
        "A Norwegian pension fund lifted its 2 - year boycott of Chilean goods.",
        "2024-05-02",
    );
    assert_code(&g, "085");
    assert_no_code(&g, "163");
}

#[test]
fn fears_raised_by_an_act_are_no_statement() {
    let (g, why) = code(
        "Mali expelled the U.N. peacekeepers, raising fears of new fighting in the north.",
        "2024-05-02",
    );
    assert!(
        g.iter().any(|e| e.code.starts_with("166")),
        "{:?}",
        dyads(&g)
    );
    assert!(
        !g.iter().any(|e| e.code.starts_with("01")),
        "{:?}",
        dyads(&g)
    );
    assert!(
        why.iter().any(|w| w == "consequence of an earlier act"),
        "{why:?}"
    );
    // A comment that is the sentence's only act stays.
    let (g, _) = code(
        "Lebanese officials raised fears of a wider war on Monday.",
        "2024-05-02",
    );
    assert_code(&g, "012");
}

#[test]
fn staff_named_before_from_belong_to_the_body_after_it() {
    // An agentless passive: the monitors are the U.N.'s, expelled by the
    // country they leave.
    let (g, _) = code(
        "Three monitors from the U.N. nuclear watchdog were expelled from Syria last week.",
        "2024-05-02",
    );
    assert!(
        g.iter().any(|e| e.code.starts_with("16")
            && e.source.as_deref() == Some("SYR")
            && e.target.as_deref().is_some_and(|t| t.starts_with("IGOUNO"))),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn cyber_warfare_is_coercion() {
    assert_coded(
        "Russia waged cyber warfare against Ukrainian banks for a week.",
        "2024-05-02",
        "170",
    );
    let (g, _) = code(
        "Hackers backed by Tehran carried out a cyber attack on Albanian government servers.",
        "2024-05-02",
    );
    assert_code(&g, "170");
}

#[test]
fn expelled_aid_workers_are_the_target() {
    let (g, _) = code(
        "The junta in Niger expelled foreign aid workers, including those from Oxfam and CARE.",
        "2024-05-02",
    );
    assert!(
        g.iter()
            .any(|e| e.code == "1663" && e.target.as_deref() == Some("NGO")),
        "{:?}",
        dyads(&g)
    );
    let (g, _) = code(
        "Ethiopia forced humanitarian aid workers out of the Tigray region.",
        "2024-05-02",
    );
    assert!(
        g.iter()
            .any(|e| e.code == "1663" && e.target.as_deref() == Some("NGO")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn an_attack_word_before_a_weapon_noun_is_no_attack() {
    let (g, _) = code(
        "Spain offered to Poland two attack helicopters and a frigate.",
        "2024-05-02",
    );
    assert!(
        !g.iter().any(|e| e.code.starts_with("19")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn a_visit_after_in_is_the_setting_of_the_hosting() {
    let (g, _) = code(
        "Xi Jinping hosted Brazilian President Lula for talks in Beijing, in the first state visit to China by a Brazilian leader in six years.",
        "2024-05-02",
    );
    assert_code(&g, "043");
    assert_no_code(&g, "042");
    // A comment before "in a meeting" does not make the meeting a setting.
    let (g, _) = code(
        "The Turkish foreign minister said in a meeting with his Greek counterpart that Ankara wanted calm in the Aegean.",
        "2024-05-02",
    );
    assert!(
        g.iter().any(|e| e.code.starts_with("04")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn the_owner_of_a_criticised_act_is_the_target() {
    // "strikes" after a country adjective is the act criticised; its owner,
    // not the place struck, is the target of the condemnation.
    let (g, _) = code("Jordan condemned Israeli strikes on Rafah.", "2024-05-02");
    assert!(has(&g, "JOR", "11", "ISR"), "{:?}", dyads(&g));
    assert!(has(&g, "ISR", "19", "PSE"), "{:?}", dyads(&g));
    let (g, _) = code(
        "Baghdad denounced the latest Turkish incursion into northern Iraq.",
        "2024-05-02",
    );
    assert!(
        g.iter()
            .any(|e| e.code.starts_with("11") && e.target.as_deref() == Some("TUR")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn a_demanded_cooperative_act_does_not_name_the_target() {
    // Mediation is no act of conflict: the owner rule of criticised acts does
    // not apply.
    let (g, _) = code(
        "Bahrain demanded Omani mediation in its quarrel with Iran.",
        "2024-05-02",
    );
    assert!(
        !g.iter()
            .any(|e| e.code.starts_with("10") && e.target.as_deref() == Some("OMN")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn a_government_withdrawing_its_troops_de_escalates() {
    // Taking troops home is 087; giving ground in battle stays 0874.
    let g = one("Spain withdrew its remaining soldiers from Iraq in May.");
    assert_code(&g, "087");
    let g = one("Canada pulled its last peacekeepers out of Cyprus.");
    assert_code(&g, "087");
    let g = one("Ethiopian troops surrendered to Eritrean forces near the border.");
    assert_code(&g, "0874");
}

#[test]
fn a_decimal_point_written_apart_keeps_the_count() {
    // Tokenised copy writes "4. 2 million": the period is no clause boundary.
    let g = one("Norway gave 4. 2 million dollars to Sudan for flood relief.");
    assert!(
        g.iter().any(|e| e.code.starts_with("07")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn a_comment_is_not_speculative_because_of_its_content() {
    // "could" belongs to what the comment is about.
    let (g, why) = code(
        "Chile's foreign minister expressed optimism on Monday that the border talks with Peru could be concluded soon.",
        "2024-05-02",
    );
    assert!(g.iter().any(|e| e.code == "013"), "{:?} {why:?}", dyads(&g));
    let (g, why) = code(
        "Nepal's prime minister said he was hopeful that relations with India would improve.",
        "2024-05-02",
    );
    assert!(g.iter().any(|e| e.code == "013"), "{:?} {why:?}", dyads(&g));
    // A cue before the comment still makes it a guess.
    let (g, _) = code(
        "Kenya's president is likely to express concern over the drought.",
        "2024-05-02",
    );
    assert_no_code(&g, "012");
}

#[test]
fn pressing_a_party_is_a_demand() {
    let g = one("The Greek government pressured the dock workers to end their strike.");
    assert_code(&g, "100");
    assert_no_code(&g, "020");
}

#[test]
fn an_agreement_with_long_modifiers_is_signed() {
    let g = one("Japan and India signed a new digital trade agreement on Friday.");
    assert!(has(&g, "JPN", "05", "IND"), "{:?}", dyads(&g));
}

#[test]
fn a_non_violent_act_in_a_town_of_the_same_country_targets_the_town() {
    // A place in the source's own country is the target of a truce there, not
    // when its code is the source's own.
    let g = one("Somali clan militias agreed to a truce in Baidoa.");
    assert!(
        g.iter()
            .any(|e| e.code == "0356" && e.target.as_deref() == Some("SOM")),
        "{:?}",
        dyads(&g)
    );
    let g = one("Somalia agreed to a truce in Baidoa.");
    assert!(
        g.iter().all(|e| e.target.as_deref() != Some("SOM")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn a_lone_object_with_the_subjects_code_leaves_the_act_without_target() {
    // The object reads as the subject's own body: the speech stays.
    let g = one("Pope Francis gave a speech to the diplomatic corps at the Vatican.");
    assert!(
        g.iter()
            .any(|e| e.code.starts_with("01") && e.target.is_none()),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn workers_stopping_work_in_a_strike_strike() {
    let g = one("Hundreds of Chilean miners stopped work on Monday in a strike over pay.");
    assert!(
        g.iter().any(|e| e.code.starts_with("143")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn a_body_set_up_to_look_into_something_investigates() {
    let g = one("Peru's Congress set up a special commission to examine the police response.");
    assert!(
        g.iter().any(|e| e.code.starts_with("09")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn an_event_named_after_regarding_does_not_lead() {
    // The sharing leads; the attack it concerns is capped below it.
    let g = one(
        "Kenyan police shared intelligence with Ugandan investigators regarding the bombing of a bus in Kampala.",
    );
    let share = g.iter().find(|e| e.code.starts_with("06"));
    let bomb = g
        .iter()
        .find(|e| e.code.starts_with("18") || e.code.starts_with("19"));
    if let (Some(s), Some(b)) = (share, bomb) {
        assert!(s.confidence > b.confidence, "{:?}", dyads(&g));
    } else {
        assert!(share.is_some(), "{:?}", dyads(&g));
    }
}

#[test]
fn a_crowd_pouring_in_with_a_demand_demonstrates() {
    let g = one(
        "Thousands of Bolivians poured into the main square of La Paz demanding that the president resign.",
    );
    assert!(
        g.iter().any(|e| e.code.starts_with("14")),
        "{:?}",
        dyads(&g)
    );
    // Refugees crossing a border are no protest and no attack.
    let g = one("Thousands of Sudanese refugees poured into Chad last week.");
    assert!(
        !g.iter()
            .any(|e| e.code.starts_with("14") || e.code.starts_with("19")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn parties_agreeing_to_pull_troops_back_intend_to_de_escalate() {
    let g = one("India and China agreed to pull their troops back from the disputed lake.");
    assert_code(&g, "0356");
}

#[test]
fn a_leader_due_in_a_capital_intends_to_visit() {
    let g = one("The Brazilian foreign minister is due in Tokyo next week for talks on trade.");
    assert!(
        g.iter()
            .any(|e| e.code == "036" && e.target.as_deref() == Some("JPNGOV")),
        "{:?}",
        dyads(&g)
    );
    let g = one("The Kenyan president arrived on Sunday in Addis Ababa.");
    assert!(
        g.iter()
            .any(|e| e.code == "042" && e.target.as_deref() == Some("ETHGOV")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn rejecting_calls_for_reform_is_a_rejection_not_an_appeal() {
    let g = one("The Chilean government dismissed calls for changes to the pension law.");
    assert!(
        g.iter().any(|e| e.code.starts_with("12")),
        "{:?}",
        dyads(&g)
    );
    assert!(
        !g.iter().any(|e| e.code.starts_with("02")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn insults_are_criticism_but_naming_is_not() {
    let g = one("The Iranian foreign minister called the Israeli prime minister a war criminal.");
    assert!(
        g.iter()
            .any(|e| e.code == "111" && e.target.as_deref() == Some("ISRGOV")),
        "{:?}",
        dyads(&g)
    );
    let g = one("The Peruvian president called the trade deal a victory for farmers.");
    assert_no_code(&g, "111");
}

#[test]
fn a_plan_with_a_day_before_to_is_still_planned() {
    let g = one("Egypt and Sudan agreed on Thursday to hold talks on the dam dispute.");
    assert!(
        g.iter()
            .any(|e| e.code == "036" && e.modality == Modality::Planned),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn a_generic_intent_with_a_coded_infinitive_is_coded_once() {
    // The infinitive's own intent code carries the act; no extra 030.
    let g = one("Sudan and Chad agreed to withdraw their troops from the frontier.");
    assert_code(&g, "0356");
    assert_no_code(&g, "030");
    let g = one("Egypt and Sudan agreed on Thursday to hold talks on the dam dispute.");
    assert_code(&g, "036");
    assert_no_code(&g, "030");
    // A bare pledge with nothing coded after it stays.
    let g = one("Brazil pledged to cooperate with Argentina.");
    assert_code(&g, "030");
}

#[test]
fn attackers_claiming_an_attack_claim_responsibility() {
    let g = one("Kurdish rebels claimed that they had attacked a Turkish army outpost.");
    assert_code(&g, "015");
    assert!(
        !g.iter().any(|e| e.code.starts_with("19")),
        "{:?}",
        dyads(&g)
    );
    // Someone else's attack reported with "claimed" is still the attack.
    let g = one("Turkey claimed that Kurdish rebels had attacked an army outpost.");
    assert_no_code(&g, "015");
}

#[test]
fn consult_release_and_treaty_phrasings() {
    let g = one("The Spanish prime minister had lunch with the Portuguese president in Madrid.");
    assert_code(&g, "040");
    let g = one(
        "The Chilean foreign ministry is seeking early release for a Chilean woman jailed in Peru.",
    );
    assert!(
        g.iter().any(|e| e.code.starts_with("02")),
        "{:?}",
        dyads(&g)
    );
    let g = one("Colombian rebels freed four soldiers captured last month.");
    assert_code(&g, "0841");
    let g = one("Russia ended the arms treaty with the United States.");
    assert_code(&g, "160");
    // A "strike team" is a unit, not a strike.
    let g = one("The governor sent a strike team of nurses to Louisiana.");
    assert!(
        !g.iter().any(|e| e.code.starts_with("19")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn claimed_responsibility_carries_the_attack() {
    let g = one("Al-Shabaab claimed responsibility for the bombing of a hotel in Mogadishu.");
    assert_code(&g, "015");
    assert!(
        !g.iter().any(|e| e.code.starts_with("18")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn meeting_a_deadline_is_no_meeting() {
    let g = one("Greece said it would meet the new deficit target.");
    assert!(
        !g.iter()
            .any(|e| e.code.starts_with("04") || e.code == "036"),
        "{:?}",
        dyads(&g)
    );
    let g = one("Greece will meet Turkey in Ankara.");
    assert_code(&g, "036");
}

#[test]
fn a_summit_a_visit_is_made_for_is_its_purpose() {
    let g = one(
        "The Indian prime minister arrived in Tokyo for the annual summit between India and Japan.",
    );
    assert_code(&g, "042");
    assert_no_code(&g, "040");
    let g = one("The Kenyan president arrived in Lima for a state visit and the APEC summit.");
    assert_code(&g, "042");
    assert_no_code(&g, "040");
}

#[test]
fn reviewing_ties_is_a_threat_to_relations() {
    let g = one("Morocco threatened to review its ties with Germany.");
    assert_code(&g, "1313");
}

#[test]
fn what_is_welcomed_does_not_lead() {
    let g = one("The Brazilian president on Monday welcomed the Argentine president's invitation to the Chilean president to meet in Buenos Aires.");
    let w = g.iter().find(|e| e.code == "051").expect("welcome coded");
    assert!(
        g.iter()
            .all(|e| e.code == "051" || e.confidence < w.confidence),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn circumstances_after_at_a_time_when_do_not_lead() {
    let g = one(
        "Vietnam will host the Philippine president, at a time when both are worried about China.",
    );
    let lead = g
        .iter()
        .max_by(|a, b| a.confidence.total_cmp(&b.confidence))
        .expect("an event");
    assert!(lead.code.starts_with("03"), "{:?}", dyads(&g));
}

#[test]
fn a_verb_joined_to_an_infinitive_is_not_asserted() {
    let g =
        one("Protesters in Lima called on the president to resign and hand power to the Congress.");
    assert!(!g.iter().any(|e| e.code == "0831"), "{:?}", dyads(&g));
}

#[test]
fn as_before_an_article_opens_no_clause() {
    let g = one("Italy sent 300 soldiers to Lebanon to serve as a peacekeeping force.");
    assert_code(&g, "074");
}

#[test]
fn contingents_of_troops_are_the_troops() {
    let g = one("A contingent of Nigerian peacekeeping troops arrived in Bamako.");
    assert!(
        g.iter()
            .any(|e| e.code == "074" && e.source.as_deref() == Some("NGAMIL")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn a_member_after_including_is_not_the_subject() {
    let g =
        one("Kurdish rebels, including the banned PKK, threatened to attack Turkish army posts.");
    assert!(
        g.iter()
            .all(|e| e.source.as_deref() != Some("TURREBPKK") && e.source.is_some()),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn states_from_a_bloc_are_the_bloc() {
    let g =
        one("Several member states from the European Union refused to lift sanctions on Belarus.");
    assert!(
        g.iter().any(|e| e.source.as_deref() == Some("IGOEUREEC")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn calls_for_sanctions_are_verbal_conflict() {
    // Calling for sanctions against a party threatens it (1312), not an
    // appeal (020) and not the sanctions themselves (163).
    let g = one("The Lithuanian foreign minister called for new sanctions against Belarus.");
    assert!(
        g.iter()
            .any(|e| e.code == "1312" && e.target.as_deref() == Some("BLR")),
        "{:?}",
        dyads(&g)
    );
    assert_no_code(&g, "163");
    assert_no_code(&g, "020");
    // Calling for sanctions to be lifted stays an appeal to ease them.
    let g = one("Zimbabwe called for the lifting of sanctions imposed by Western countries.");
    assert_code(&g, "0254");
    assert_no_code(&g, "1312");
}

#[test]
fn a_place_before_a_violent_noun_is_not_its_author() {
    // "a West Bank shooting attack": the territory says where, not who.
    let g = one("A West Bank shooting attack wounded two Israeli soldiers on Sunday.");
    assert!(
        g.iter().all(|e| e.source.as_deref() != Some("PSE")),
        "{:?}",
        dyads(&g)
    );
    // Date words between the determiner and the place ("the Oct. 12 Mombasa
    // bombing") do not make the bombing the speaker's own act.
    let g = one(
        "The European Union said on Friday that Kenya must tighten security after the Oct. 12 Mombasa bombing.",
    );
    assert!(
        g.iter().all(|e| !is_violent_root(&e.code)),
        "{:?}",
        dyads(&g)
    );
    // An abbreviated country before its own bombing campaign is its author.
    let g = one("A U.S. bombing campaign killed dozens of Islamic State fighters.");
    assert!(
        g.iter()
            .any(|e| e.source.as_deref() == Some("USA") && e.code.starts_with("19")),
        "{:?}",
        dyads(&g)
    );
    // A country adjective keeps owning its attack.
    let g = one("A Turkish drone strike killed three PKK fighters in northern Iraq.");
    assert!(
        g.iter()
            .any(|e| e.source.as_deref().is_some_and(|s| s.starts_with("TUR"))),
        "{:?}",
        dyads(&g)
    );
}

fn is_violent_root(code: &str) -> bool {
    matches!(&code[..2], "18" | "19" | "20")
}

fn has_dyad(g: &[Got], code: &str, src: Option<&str>, tgt: Option<&str>) -> bool {
    g.iter().any(|e| {
        e.code == code
            && src.is_none_or(|s| e.source.as_deref() == Some(s))
            && tgt.is_none_or(|t| e.target.as_deref() == Some(t))
    })
}

#[test]
fn a_bare_adjective_coordinated_with_a_body_is_a_subject() {
    // "Japanese and the Australian armies": the adjective shares the noun.
    let g =
        one("Indian and the French navies have agreed to hold joint exercises in the Arabian Sea.");
    assert!(has_dyad(&g, "0312", Some("IND"), None), "{:?}", dyads(&g));
    assert!(
        has_dyad(&g, "0312", Some("FRAMIL"), None),
        "{:?}",
        dyads(&g)
    );
    // A bare adjective far from the verb with no noun of its own stays no subject.
    let g = one("Russian officials in Moscow said the talks were useful.");
    assert!(
        g.iter().all(|e| e.source.as_deref() != Some("RUS")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn givers_after_from_are_not_each_others_targets() {
    let g = one("Nepal received relief aid from India and China after the earthquake.");
    assert!(
        has_dyad(&g, "070", Some("IND"), Some("NPL")),
        "{:?}",
        dyads(&g)
    );
    assert!(
        has_dyad(&g, "070", Some("CHN"), Some("NPL")),
        "{:?}",
        dyads(&g)
    );
    assert!(
        !has_dyad(&g, "070", Some("IND"), Some("CHN")),
        "{:?}",
        dyads(&g)
    );
    assert!(
        !has_dyad(&g, "070", Some("CHN"), Some("IND")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn a_call_to_a_new_leader_is_a_phone_call() {
    let g = one(
        "Chancellor Olaf Scholz called new Italian Prime Minister Giorgia Meloni on Monday to congratulate her.",
    );
    assert!(
        g.iter().any(|e| e.code == "041"
            && e.source.as_deref() == Some("DEUGOV")
            && e.target.as_deref().is_some_and(|t| t.starts_with("ITA"))),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn long_objects_of_a_return_reach_the_recipient() {
    // `**`: the thing returned is described at length before "to".
    let g = one(
        "Germany returned a bronze plaque looted from the royal palace of Benin in 1897 to Nigeria on Tuesday.",
    );
    assert!(
        has_dyad(&g, "0842", Some("DEU"), Some("NGA")),
        "{:?}",
        dyads(&g)
    );
    let g = one(
        "Vietnam returned the remains of three American servicemen missing since the war to the United States.",
    );
    assert!(
        has_dyad(&g, "0841", Some("VNM"), Some("USA")),
        "{:?}",
        dyads(&g)
    );
    // The recipient first, then what is returned.
    let g =
        one("France returned to Algeria the skulls of 24 resistance fighters and several relics.");
    assert!(
        g.iter()
            .any(|e| e.code.starts_with("084") && e.target.as_deref() == Some("DZA")),
        "{:?}",
        dyads(&g)
    );
    // Property returned to a body in a country goes to that country.
    let g = one("Britain returned 72 looted bronzes to a museum in Nigeria last year.");
    assert!(
        has_dyad(&g, "0842", Some("GBR"), Some("NGA")),
        "{:?}",
        dyads(&g)
    );
    // A traveller returning is no return of property.
    let g = one(
        "The Iraqi delegation returned on Sunday to Baghdad after two days of talks in Tehran.",
    );
    assert_no_code(&g, "0842");
}

#[test]
fn tons_of_relief_delivered_are_humanitarian_aid() {
    let g = one("Turkey shipped 300 tonnes of food and medicine to Somalia last week.");
    assert!(
        has_dyad(&g, "073", Some("TUR"), Some("SOM")),
        "{:?}",
        dyads(&g)
    );
    let g = one("Qatar handed over 40 tons of medical supplies to Lebanon.");
    assert!(
        has_dyad(&g, "073", Some("QAT"), Some("LBN")),
        "{:?}",
        dyads(&g)
    );
    // Tons of goods sold are not aid.
    let g = one("Russia shipped 2 million tons of wheat to Egypt last year.");
    assert_no_code(&g, "073");
    // A long description of the aid given with `provide X with`.
    let g = one(
        "Japan has provided Jordan with what officials put at more than $3 billion in grants and development assistance.",
    );
    assert!(
        g.iter().any(|e| e.code.starts_with("07")
            && e.source.as_deref() == Some("JPN")
            && e.target.as_deref() == Some("JOR")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn an_actor_owning_the_addressee_fills_the_slot() {
    // "called on the African Union's member states to ...": the slot's
    // actor owns the nouns after it.
    let g = one(
        "Kenya called on the African Union's member states to send more peacekeepers to Somalia.",
    );
    assert!(
        g.iter()
            .any(|e| e.code.starts_with("02") && e.source.as_deref() == Some("KEN")),
        "{:?}",
        dyads(&g)
    );
    // A possessive with no pattern word after its nouns matches nothing more.
    let g = one("Kenya praised the African Union's member states.");
    assert_no_code(&g, "020");
    // Nor does one whose noun is a thing, not people: a decision is welcomed,
    // nobody is welcomed to anything.
    let g = one("Fiji welcomed Australia's decision to double its aid to the Pacific.");
    assert_no_code(&g, "043");
}

#[test]
fn allowing_an_agency_to_deliver_aid_is_humanitarian_access() {
    let g = one("Sudan allowed the World Food Programme to deliver food to Darfur on Monday.");
    assert_code(&g, "0863");
}

#[test]
fn would_with_a_future_date_is_a_plan() {
    let g = one("The EU would hold talks with Turkey next month on the migrant deal.");
    assert!(
        g.iter()
            .any(|e| e.code == "036" && e.modality == Modality::Planned),
        "{:?}",
        dyads(&g)
    );
    // Without a date or a speaker "would" stays hypothetical.
    let g = one("The EU would hold talks with Turkey on the migrant deal.");
    assert!(g.is_empty(), "{:?}", dyads(&g));
    // A condition keeps it hypothetical even with a date.
    let g = one("The EU would hold talks with Turkey next month if Ankara asked.");
    assert!(g.is_empty(), "{:?}", dyads(&g));
}

#[test]
fn small_units_sent_abroad_are_deployments() {
    let g = one("Estonia is sending an infantry platoon to Mali.");
    assert!(
        g.iter().any(|e| matches!(e.code.as_str(), "154" | "074") && e.target.as_deref() == Some("MLI")),
        "{:?}",
        dyads(&g)
    );
}

#[test]
fn attending_a_described_meeting_is_a_meeting() {
    let g = one("The Indian and Chinese foreign ministers will attend Friday's meeting of the Shanghai Cooperation Organisation.");
    assert_code(&g, "036");
    let g = one("Trump and Prime Minister Shinzo Abe will gather for talks at Mar-a-Lago.");
    assert_code(&g, "036");
    // Attending a funeral or a match is no meeting.
    let g = one("The Indian foreign minister attended Friday's funeral in Tokyo.");
    assert_no_code(&g, "040");
}

#[test]
fn phone_calls_in_other_words() {
    // "called X ... and discussed": the call is the consultation.
    let g = one("Erdogan called Putin on Saturday and discussed the grain corridor.");
    assert!(
        has_dyad(&g, "041", Some("TURGOV"), Some("RUSGOV")),
        "{:?}",
        dyads(&g)
    );
    // "spoke to X by telephone": the addressee is the target, not a country
    // named later in the sentence.
    let g = one("Sunak spoke to Biden by telephone on Monday about Ukraine.");
    assert!(
        g.iter()
            .any(|e| e.code == "041" && e.target.as_deref().is_some_and(|t| t.starts_with("USA"))),
        "{:?}",
        dyads(&g)
    );
    // Calling someone names is no call.
    let g = one("Erdogan called Netanyahu a terrorist and discussed nothing further.");
    assert_no_code(&g, "041");
}

#[test]
fn a_team_sent_to_investigate_investigates() {
    let g = one("The UN sent a team of experts to Mali to investigate the killing of civilians.");
    assert!(
        g.iter().any(|e| e.code.starts_with("09")
            && e.source.as_deref() == Some("IGOUNO")
            && e.target.as_deref() == Some("MLI")),
        "{:?}",
        dyads(&g)
    );
    // A team that already names the inquiry gives one event, not two.
    let g =
        one("The UN sent a fact-finding mission to investigate the killing of civilians in Mali.");
    assert_eq!(
        g.iter().filter(|e| e.code.starts_with("09")).count(),
        1,
        "{:?}",
        dyads(&g)
    );
    // An inquiry only asked for, or planned, is not asserted.
    let g = one("Amnesty urged the UN to investigate the killing of civilians in Mali.");
    assert!(
        g.iter().all(|e| !e.code.starts_with("09")),
        "{:?}",
        dyads(&g)
    );
}

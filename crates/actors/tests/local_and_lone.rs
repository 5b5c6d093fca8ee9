//! Short forms that stand for an actor only in one country's news, surnames
//! read alone for a person in office, "the two Koreas", and a place of
//! withdrawal that is not the troops' country.

mod common;
use common::{check, check_dated, codes};

#[test]
fn local_short_forms_need_their_country() {
    check(&[
        // The Philippine armed forces, with a Philippine place in the sentence.
        (
            "AFP commanders sent reinforcements to Mindanao after the ambush.",
            &["PHLMIL", "PHL"],
        ),
        // The news agency: no actor.
        ("The minister told AFP the talks had failed.", &["---GOV"]),
        // South Africa's Democratic Alliance, after a South African name.
        (
            "South Africa's president met the DA leader in Pretoria.",
            &["ZAFGOV", "ZAFPTYDAL", "ZAFGOV"],
        ),
        // A district attorney in an American story is no party.
        (
            "The district's DA dropped the charges against the two men.",
            &["---CVL"],
        ),
    ]);
    // Short forms of agencies and forces in their own country's news only:
    // Zimbabwe's army, not the German broadcaster.
    check(&[
        (
            "Soldiers patrolled Harare on Monday. | The ZDF denied the claims.",
            &["ZWEMIL", "ZWEGOV", "ZWEMIL"],
        ),
        ("The report was aired on ZDF television.", &["---MED"]),
        (
            "Police in Nairobi arrested the suspects. | The DCI said they would be charged.",
            &["KENCOP", "KENCOP"],
        ),
    ]);
    // Two local readings of one short form: the article's country decides.
    assert_eq!(
        codes(
            "Voters in Malawi went to the polls on Tuesday. | The DPP conceded defeat.",
            ""
        ),
        ["MWICVL", "MWIPTYDPM"]
    );
    assert_eq!(
        codes(
            "Taiwan held local elections on Saturday. | The DPP conceded defeat.",
            ""
        ),
        ["TWN", "TWNPTYDPP"]
    );
    // A local reading against a general one: Japan's SDF in a Japanese story,
    // the Syrian Democratic Forces elsewhere.
    let got = codes(
        "Japan sent aid to the flooded prefecture. | The SDF rescued 40 residents.",
        "",
    );
    assert!(got.contains(&"JPNMIL".to_string()), "{got:?}");
    assert_eq!(
        codes("The SDF captured the town from the jihadists.", "")[0],
        "SYRREBSDF"
    );
    // "FLN": Rwanda's rebel front in Rwandan news, Algeria's front in
    // Algerian news (dated), nothing where neither country is named.
    assert_eq!(
        codes(
            "The FLN claimed an attack in southern Rwanda.",
            "2019-01-10"
        ),
        ["RWAREBNLF", "RWA"]
    );
    assert_eq!(
        codes(
            "Algeria voted on Thursday. | The FLN won most seats.",
            "2017-05-06"
        ),
        ["DZA", "DZAPTYFLN"]
    );
    assert_eq!(
        codes(
            "Fighting spread across Algeria. | The FLN attacked a barracks.",
            "1956-11-01"
        ),
        ["DZA", "DZAREBFLN"]
    );
    assert!(codes("The FLN said so.", "2019-01-10").is_empty());
}

#[test]
fn a_lone_surname_for_a_person_in_office() {
    check_dated(&[
        // The only person of that surname in office at the date, in a story
        // that has named the person's country.
        (
            "The White House weighed new sanctions. | Bolton said the talks had failed.",
            "2019-05-20",
            &["USAGOV", "USAGOV"],
        ),
        // Out of office at the date: no reading without the full name.
        (
            "The White House weighed new sanctions. | Bolton said the talks had failed.",
            "2010-05-20",
            &["USAGOV"],
        ),
        // The person's country not named: no reading.
        ("Bolton said the talks had failed.", "2019-05-20", &[]),
        // Opening a sentence, a surname that is also a word needs a word of
        // speech after it.
        (
            "The White House weighed new sanctions. | Rice prices rose sharply.",
            "2005-05-20",
            &["USAGOV"],
        ),
        (
            "The White House weighed new sanctions. | Rice said the talks had failed.",
            "2005-05-20",
            &["USAGOV", "USAGOV"],
        ),
        // At the head of a longer name: a different thing.
        (
            "Washington fans cheered as Bolton Wanderers lost.",
            "2019-05-20",
            &["USAGOV"],
        ),
    ]);
}

#[test]
fn the_two_koreas() {
    check(&[
        (
            "The two Koreas agreed to hold military talks.",
            &["PRK", "KOR", "---MIL"],
        ),
        (
            "Both Koreas sent envoys to Geneva.",
            &["PRK", "KOR", "---GOV"],
        ),
        // One Korea named alone is that Korea.
        ("South Korea sent envoys to Geneva.", &["KOR", "KORGOV"]),
    ]);
}

#[test]
fn troops_leaving_a_place() {
    check(&[
        // The place they leave is not their country: the phrase stands for
        // the place, the party the withdrawal is aimed at.
        ("Russia withdrew its troops from Syria.", &["RUS", "SYR"]),
        (
            "Washington began pulling troops from Iraq.",
            &["USAGOV", "IRQ"],
        ),
        (
            "The pull-out of foreign forces from Mali began on Monday.",
            &["MLI"],
        ),
        // An envoy recalled from a country is not that country's.
        ("Egypt recalled its ambassador from Qatar.", &["EGY", "QAT"]),
        // People moved out of a place are often its own.
        (
            "Volunteers evacuated civilians from Ukraine.",
            &["NGO", "UKRCVL"],
        ),
        // Troops and colleagues named by where they come from keep that country.
        (
            "Troops from Chad and Niger joined the offensive.",
            &["TCDMIL", "NERMIL"],
        ),
        (
            "The foreign minister met her counterparts from Brazil and India.",
            &["---GOV", "BRAGOV", "INDGOV"],
        ),
    ]);
}

#[test]
fn a_titled_head_of_an_unlisted_body_inside_a_sentence() {
    check(&[
        // The person is an actor of unknown code, wherever the name stands.
        (
            "Officials said Acme chief Jane Roe resigned on Monday.",
            &["---GOV", "-"],
        ),
        (
            "The minister met Globex boss John Doe in the capital.",
            &["---GOV", "-"],
        ),
        // A possessive names someone else.
        (
            "The minister met Globex boss John Doe's lawyer.",
            &["---GOV", "---JUD"],
        ),
    ]);
}

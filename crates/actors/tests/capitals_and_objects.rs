//! Short forms that are also English words in sentences all in capitals;
//! unknown personal names as objects; capitalised clause openers; same-name
//! entries of two countries; office-holders added as facts. Each test fails
//! without the rule or entries it names.

mod common;
use common::{check, check_dated};

/// In capitals, "ICE", "IS", "WHO", "US" are words first: the actor needs a
/// role word after it, another named actor listed with it, or a mention in
/// running text earlier in the article.
#[test]
fn capitalised_common_word_needs_support() {
    check(&[
        ("ICE STORM CUTS POWER ACROSS THE STATE.", &[]),
        ("THE STRIKE IS OVER, UNIONS SAY.", &["---LAB"]),
        ("WHO IS TO BLAME FOR THE FLOODS?", &[]),
        ("US TROOPS LEAVE THE AIR BASE.", &["USAMIL"]),
        ("US AND CHINA SIGN A TRADE PACT.", &["USA", "CHN"]),
        ("CHINA AND US SIGN A TRADE PACT.", &["CHN", "USA"]),
        (
            "Immigration and Customs Enforcement detained three farm workers. | ICE RAIDS FARMS ACROSS THE STATE.",
            &["USACOP", "USAAGR", "USACOP"],
        ),
        // Running text and title case keep the exact-case short forms.
        ("The WHO warned of a new outbreak.", &["IGOUNOHLHWHO"]),
        ("ICE agents detained a farm worker.", &["USACOP", "USALAB"]),
    ]);
}

/// A name no dictionary lists right after a verb whose object is a person is
/// that person, with no code; an apposition or a possessive after it, a
/// place or a thing, is not.
#[test]
fn unknown_name_as_object_is_a_person() {
    check(&[
        (
            "Police arrested Tomas Ferreira on Tuesday.",
            &["---COP", "-"],
        ),
        (
            "Gunmen shot Rosa Quispe outside her home.",
            &["---UAF", "-"],
        ),
        (
            "The president pardoned Ana Lucia Barros and two other activists.",
            &["---GOV", "-", "---OPP"],
        ),
        // The apposition says who the person is.
        (
            "Soldiers killed Omar Haddi, the rebel commander.",
            &["---MIL", "---REB"],
        ),
        // A possessive names someone else; a thing is no person.
        ("Police detained Tomas Ferreira's brother.", &["---COP"]),
        ("The minister welcomed Tuesday's vote.", &["---GOV"]),
        // Lower-case particles inside a name.
        (
            "Police arrested Ahmed bin Saleh at the border.",
            &["---COP", "-"],
        ),
        (
            "Soldiers killed Abu Omar al-Tikriti, a senior rebel commander.",
            &["---MIL", "---REB"],
        ),
    ]);
}

/// "When", "After", "Several" opening a sentence start no personal name.
#[test]
fn clause_opener_is_no_name() {
    check(&[
        ("When Omar Haddi arrived, the police left.", &["---COP"]),
        ("Several Kestrel employees were detained.", &["---LAB"]),
    ]);
}

/// "National Defence Forces" is Ethiopia's army in an article about Ethiopia,
/// Syria's militia in one about Syria and with no country named.
#[test]
fn national_defence_forces_by_country() {
    check(&[
        (
            "Ethiopia's government declared a state of emergency. | The National Defence Forces retook the town.",
            &["ETHGOV", "ETHMIL"],
        ),
        (
            "Syria's army shelled the town. | The National Defence Forces joined the assault.",
            &["SYRMIL", "SYRMIL"],
        ),
        ("The National Defence Forces retook the town.", &["SYRMIL"]),
        ("The Ethiopian National Defense Force retook the town.", &["ETHMIL"]),
    ]);
}

/// A portfolio named by its formal title is the government, even with a
/// business word in it; spokespeople and regional leaders added as facts.
#[test]
fn formal_ministers_and_spokespeople() {
    check(&[(
        "Kenya's Minister of Trade and Industry signed the agreement.",
        &["KENGOV"],
    )]);
    check_dated(&[
        (
            "Jen Psaki said the talks would go on.",
            "2021-06-01",
            &["USAGOV"],
        ),
        (
            "Sean Spicer said the president would not attend.",
            "2017-03-01",
            &["USAGOV", "USAGOV"],
        ),
        (
            "Masoud Barzani called for a referendum.",
            "2017-06-07",
            &["IRQGOVKRG"],
        ),
        (
            "Masoud Barzani called for talks.",
            "2019-06-07",
            &["IRQPTYKDP"],
        ),
        (
            "State Department spokeswoman Heather Nauert said the talks went well.",
            "2018-01-01",
            &["USAGOV"],
        ),
        (
            "Hsiao Bi-khim met lawmakers in Washington.",
            "2021-03-01",
            &["TWNGOV", "USALEG"],
        ),
    ]);
}

/// A list ending in a non-state armed group named with a role word: a state
/// word before it takes the role word's own role, not the group's, and a
/// country written in full is a party of its own.
#[test]
fn list_ending_in_an_armed_group() {
    check(&[
        (
            "Ethiopian and Tigrayan forces clashed near the border.",
            &["ETHMIL", "ETHREBTDF"],
        ),
        (
            "The truce between Ethiopia and Tigrayan forces held.",
            &["ETH", "ETHREBTDF"],
        ),
        (
            "Afghan and NATO troops patrolled the valley.",
            &["AFGMIL", "IGOWSTNATMIL"],
        ),
    ]);
}

/// "another ethnic Chechen": one person named by nationality, with "ethnic"
/// between; Britain's services by their own names.
#[test]
fn ethnic_person_and_british_services() {
    check(&[
        (
            "A bomb killed another ethnic Chechen in the capital.",
            &["RUSCVL"],
        ),
        ("The Royal Navy escorted the tanker.", &["GBRMIL"]),
        ("The Royal Thai Navy escorted the tanker.", &["THAMIL"]),
    ]);
}

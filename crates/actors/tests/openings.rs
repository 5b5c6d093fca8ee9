//! Actor recognition, fourth round of issue 4: a place that closes an opening
//! phrase is not listed with the actor after the comma; nationality adjectives
//! before business nouns too ambiguous to be roles alone; descriptions of a
//! country ("the Andean nation") with a possessive role. Each test fails
//! without the rule or entries it names.

mod common;
use common::{check, check_with, labels};

/// The codes of one undated sentence's mentions, each with whether it is in a
/// coordination group (`"IRQCOP+"` for a grouped mention).
fn check_grouped(cases: &[(&str, &[&str])]) {
    check_with(cases, |text| {
        labels(text, "", |m| {
            let code = m.code.as_deref().unwrap_or("-");
            if m.group.is_some() {
                format!("{code}+")
            } else {
                code.to_string()
            }
        })
    });
}

/// "Hours after the explosion in Kabul, Afghan police ...": the comma closes
/// the phrase the place belongs to; a list of places stays a list.
#[test]
fn place_closing_an_opening_phrase_is_not_listed() {
    check_grouped(&[
        (
            "Hours after the explosion in Kabul, Afghan police detained two men.",
            &["AFGGOV", "AFGCOP", "AFGCVL"],
        ),
        (
            "At a rally in Caracas, Venezuelan students denounced the decree.",
            &["VENGOV", "VENEDU"],
        ),
        (
            "Two days after the vote in Nigeria, opposition leaders rejected the count.",
            &["NGA", "NGAOPP"],
        ),
        // Lists of places, and of countries, are still lists.
        (
            "Talks will be held in Paris, Berlin and Rome.",
            &["FRAGOV+", "DEUGOV+", "ITAGOV+"],
        ),
        (
            "Egypt, Jordan and Israel signed the accord.",
            &["EGY+", "JOR+", "ISR+"],
        ),
        // A description of a country after a comma is an apposition, not a
        // list member, even when it opens the mention's own span.
        (
            "Peru will send engineers to the security force in Haiti, the Andean nation's defence minister said.",
            &["PER", "HTICOP", "PERGOV"],
        ),
    ]);
}

/// "the Turkish bank", "a Japanese firm": nationality adjective + business
/// noun is the country's business sector; the nouns alone stay unread
/// ("a firm stance", "the river bank").
#[test]
fn nationality_adjective_before_a_business_noun() {
    check(&[
        (
            "The Turkish bank said it would repay the loan.",
            &["TURBUS"],
        ),
        ("A Japanese firm won the contract.", &["JPNBUS"]),
        ("A Chinese state firm will build the dam.", &["CHNBUS"]),
        ("The Kenyan state-run lender cut its rates.", &["KENBUS"]),
        ("The German carmaker recalled the vehicles.", &["DEUBUS"]),
        (
            "The Indian lender sued two airlines.",
            &["INDBUS", "INDBUS"],
        ),
        // Not a business.
        (
            "Iraqi officials took a firm stance on the talks.",
            &["IRQGOV"],
        ),
        ("Floods swept away houses on the river bank.", &[]),
    ]);
}

/// "the Andean nation's defence minister": the role of the country the
/// description stands for, from earlier sentences or, in an article's first
/// sentence, the first country it names.
#[test]
fn country_description_with_a_possessive_role() {
    check(&[
        (
            "Colombia is ready to send troops abroad, the Andean nation's defence minister said.",
            &["COL", "COLMIL", "COLGOV"],
        ),
        (
            "Nepal will hold elections in May. | The Himalayan nation's election commission set the date.",
            &["NPL", "NPLGOV"],
        ),
        (
            "Fiji signed the pact on Monday. | The Pacific nation's army chief welcomed it.",
            &["FJI", "FJIMIL"],
        ),
    ]);
}

//! Titles of legislators and envoys, heads of bodies no dictionary lists,
//! same-name readings settled by the places the rest of the sentence names,
//! and cities that only locate an act.

mod common;
use common::{check, check_dated};

#[test]
fn legislators_by_title() {
    check(&[
        // The Irish parliament's members, with a county or a party before the title.
        (
            "A Wexford TD criticised the housing minister on Tuesday.",
            &["IRLLEG", "IRLGOV"],
        ),
        ("Fine Gael TDs met in Dublin.", &["IRLPTYFGL", "IRLGOV"]),
        // A House member by title; the country comes from context.
        (
            "Representative Jane Roe demanded a vote on the bill.",
            &["---LEG"],
        ),
        (
            "Representative Jane Roe of Ohio demanded a vote on the bill.",
            &["USALEG", "USA"],
        ),
        // A party word before a singular title is the party.
        (
            "Republican lawmaker Jane Roe voted against the bill.",
            &["USAPTYRPB"],
        ),
        ("A Tory MP resigned on Friday.", &["GBRPTYCON"]),
        // Opposition members of a parliament are the opposition, one actor.
        (
            "Opposition MPs walked out of the Kenyan parliament.",
            &["KENOPP", "KENLEG"],
        ),
    ]);
}

#[test]
fn taiwan_missions_abroad() {
    check(&[(
        "The Taipei Economic and Cultural Representative Office protested to the hosts.",
        &["TWNGOV"],
    )]);
}

#[test]
fn head_of_an_unlisted_body_opens_the_sentence() {
    // The person is an actor of unknown code; the event then is theirs.
    check(&[
        ("ZXQ chief Jane Roe says the strike will go on.", &["-"]),
        ("Brightwater boss John Doe warned of job losses.", &["-"]),
        // A listed body with a head: the body's own reading stays.
        (
            "UN chief Antonio Guterres urged a ceasefire.",
            &["IGOUNO", "PRTELI"],
        ),
    ]);
}

#[test]
fn same_name_ties_read_the_whole_sentence() {
    check(&[
        // Georgia named before a US city: the US state.
        (
            "Police in Georgia arrested two men near Atlanta.",
            &["USACOP", "USACVL", "USA"],
        ),
        // With no US place the country keeps its reading.
        (
            "Police in Georgia arrested two men near Tbilisi.",
            &["GEOCOP", "GEOCVL", "GEOGOV"],
        ),
    ]);
}

#[test]
fn a_city_before_an_act_only_locates_it() {
    check(&[
        ("The Kabul bombing killed dozens of people.", &["AFGCVL"]),
        (
            "Police arrested a suspect after the Paris attacks.",
            &["FRACOP"],
        ),
        // A capital opening the sentence is its government.
        ("Moscow attacks Kyiv again.", &["RUSGOV", "UKRGOV"]),
    ]);
}

#[test]
fn more_office_holders_and_peoples() {
    check_dated(&[
        ("Nabih Berri called a session.", "2020-06-01", &["LBNLEG"]),
        (
            "Constantino Chiwenga visited the troops.",
            "2019-03-01",
            &["ZWEGOV", "ZWEMIL"],
        ),
        (
            "Vladimir Padrino Lopez inspected the border units.",
            "2019-03-01",
            &["VENGOV"],
        ),
        ("Tigrayans fled west.", "2021-05-01", &["ETHCVL"]),
    ]);
}

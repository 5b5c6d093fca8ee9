//! Actors named by what they are rather than by name: unnamed armed people,
//! families, private people introduced with an age, numbered military units,
//! outlets named by their kind, and roles shared across a coordinated list.
//! The sentences are written for these tests.

mod common;
use common::{check, check_with, labels};

#[test]
fn country_words_take_the_role_of_an_organisation_that_ends_the_list() {
    check(&[
        (
            "Afghan and NATO troops searched the village.",
            &["AFGMIL", "IGOWSTNATMIL"],
        ),
        (
            "Malian and UN peacekeepers patrolled the market.",
            &["MLIMIL", "IGOUNOMIL"],
        ),
    ]);
}

#[test]
fn people_who_act_for_a_body_take_its_role() {
    check(&[
        ("Rebel negotiators walked out of the talks.", &["---REB"]),
        (
            "Taliban and Afghan government negotiators met again.",
            &["AFGINSTAL", "AFGGOV"],
        ),
    ]);
    // One actor, not a body and a second bare role.
    check_with(
        &[(
            "Sudanese army officials denied the report.",
            &["Sudanese army officials"],
        )],
        span_texts,
    );
}

#[test]
fn a_family_speaks_as_civilians() {
    check(&[
        (
            "The victim's family said nobody had warned them.",
            &["---CVL"],
        ),
        ("His family appealed for calm.", &["---CVL"]),
        // "family" before a noun it only describes is no actor.
        ("Soldiers searched the family home.", &["---MIL"]),
    ]);
}

#[test]
fn outlets_named_by_their_kind_are_media() {
    check(&[
        (
            "The Ghana Broadcasting Corporation reported the result.",
            &["GHAMED"],
        ),
        ("Kestrel News Agency reported the clash.", &["---MED"]),
    ]);
}

#[test]
fn attackers_and_offenders_without_a_name() {
    check(&[
        ("A sniper wounded a soldier.", &["---UAF", "---MIL"]),
        ("The killers fled on foot.", &["---CRM"]),
        ("Unidentified men set the depot on fire.", &["---UAF"]),
        ("Islamists seized two towns.", &["---RAD"]),
    ]);
}

#[test]
fn a_person_introduced_with_an_age_is_a_civilian() {
    check(&[
        (
            "Maria Olsen, 34, was wounded in the attack. | Olsen died two days later.",
            &["---CVL", "---CVL"],
        ),
        ("Tomas Varga (61) was found dead.", &["---CVL"]),
        // A month written short is no name.
        ("On Oct, 25, the depot burned.", &[]),
    ]);
}

#[test]
fn numbered_military_units_are_armed_forces() {
    check_with(
        &[
            ("The 52nd Brigade shelled the ridge.", &["52nd Brigade"]),
            (
                "The 7th Armored Division crossed the river.",
                &["7th Armored Division"],
            ),
            (
                "The 3rd Infantry Division moved north.",
                &["3rd Infantry Division"],
            ),
        ],
        span_texts,
    );
    check(&[("The 52nd Brigade shelled the ridge.", &["---MIL"])]);
}

fn span_texts(text: &str) -> Vec<String> {
    let owned = text.to_string();
    labels(text, "", move |m| {
        owned[m.span.start..m.span.end].to_string()
    })
}

#[test]
fn officers_alone_are_police_unless_the_sentence_is_about_an_army() {
    check(&[
        ("Officers arrested two men.", &["---COP", "---CVL"]),
        (
            "The army sent 300 soldiers, including 12 officers.",
            &["---MIL", "---MIL", "---MIL"],
        ),
        // A listed role phrase after a role word keeps its own role.
        (
            "Government military officials denied the report.",
            &["---GOV", "---MIL"],
        ),
    ]);
}

#[test]
fn state_news_agencies_are_their_country_s_media() {
    check(&[("Bernama reported the arrests.", &["MYSMED"])]);
}

#[test]
fn one_person_named_by_nationality_age_or_kin_is_a_civilian() {
    check(&[
        ("An Estonian was wounded in the blast.", &["ESTCVL"]),
        (
            "A 19-year-old Moroccan, who had no papers, drowned.",
            &["MARCVL"],
        ),
        // Before a role the adjective still gives the country.
        ("A Chilean delegation arrived.", &["CHLGOV"]),
        ("A resident said the shelling lasted hours.", &["---CVL"]),
        ("His son was detained.", &["---CVL"]),
        // "Son" as a name is no kin word.
        ("The Masayoshi Son deal collapsed.", &[]),
    ]);
}

#[test]
fn a_body_named_by_its_own_name_takes_its_country_and_sector_from_its_words() {
    check(&[
        (
            "The Zambia National Farmers' Union said the harvest had failed.",
            &["ZMBAGR"],
        ),
        (
            "The Ghanaian Medical Association called off the strike.",
            &["GHAHLH"],
        ),
        (
            "The Law Society of Zimbabwe criticised the arrests.",
            &["ZWEJUD"],
        ),
        (
            "The Mombasa Traders Association closed its members' shops.",
            &["KENBUS"],
        ),
        // A union of employed professionals is organised labour.
        (
            "The Malawi National Union of Teachers called a strike.",
            &["MWILAB"],
        ),
        // "Liberation" makes an armed front a rebel group.
        (
            "Police in Manila said the Sulu Liberation Front had attacked the convoy.",
            &["PHLCOP", "PHLREB"],
        ),
        // With no country word, the country is the story's, like a bare role's.
        (
            "Fighting spread across Mali. | The Dogon Liberation Front claimed the ambush.",
            &["MLI", "MLIREB"],
        ),
    ]);
    // One actor over the whole name.
    check_with(
        &[(
            "Members of the Tanzania Fishermen's Association blocked the port.",
            &["Tanzania Fishermen's Association"],
        )],
        span_texts,
    );
}

#[test]
fn a_named_body_is_left_to_the_dictionary_and_to_plain_words() {
    check(&[
        // Listed names keep their own entries.
        (
            "The European Union and the Russian Federation signed the accord.",
            &["IGOEUREEC", "RUS"],
        ),
        // A head word in lower case or alone names no body.
        ("The union said the talks had failed.", &["---LAB"]),
        // A front or movement without "Liberation" is left alone.
        ("The Sahel Unity Front met in Niamey.", &["NERGOV"]),
        // A listed role phrase over the whole name keeps its reading.
        (
            "The Kenyan Farmers' Association welcomed the rains.",
            &["KENAGR"],
        ),
        // A headline in title case gives no name by its capitals.
        ("Nigerian Medical Association Calls Off Strike", &["NGA"]),
    ]);
}

#[test]
fn a_named_party_is_a_party_and_armed_or_state_names_are_left_alone() {
    check(&[
        // A party is a party whatever it is named for.
        (
            "Bolivia held talks. | The Bolivian Workers' Party called a march.",
            &["BOL", "BOLPTY"],
        ),
        // The body gathers the people named nearest its head.
        (
            "Peru held talks. | The Association of Bombing Victims met the minister.",
            &["PER", "PERCVL", "PERGOV"],
        ),
        // A state agency named as an institute is not read as a body.
        (
            "Mexico held talks. | The National Electoral Institute counted the votes.",
            &["MEX"],
        ),
    ]);
}

//! Reading back to a group, a plural subject or an abbreviation named in an
//! earlier sentence, armed roles tied to a named group, and ships named by
//! their flag. Sentences separated by `" | "` are one article (undated); the
//! codes of every sentence are listed in order.

mod common;
use common::check;

#[test]
fn the_group_stands_for_the_group_named_before() {
    check(&[
        (
            "Hamas fired rockets at Ashkelon overnight. | The group said the barrage answered an air strike.",
            &["PSEREBHMS", "ISR", "PSEREBHMS"],
        ),
        // An organisation is "the group" or "the agency" too.
        (
            "Human Rights Watch published a report on prison deaths. | The group urged an inquiry.",
            &["NGOHRIHRW", "NGOHRIHRW"],
        ),
        // "the group" that is no subject, or "the group of ...", is left alone.
        (
            "Hamas fired rockets at Ashkelon overnight. | Talks with the group of mediators resumed.",
            &["PSEREBHMS", "ISR", "PSEGOV"],
        ),
        // No group named before: nothing to stand for.
        ("The group said the vote was rigged.", &[]),
    ]);
}

#[test]
fn definite_armed_roles_read_as_the_one_group_named() {
    check(&[
        (
            "Boko Haram fighters stormed a market town in Borno. | The militants burned shops before dawn.",
            &["NGAINSBKH", "NGA", "NGAINSBKH"],
        ),
        // Two groups of the same kind named: no guess.
        (
            "Boko Haram and the Islamic State West Africa Province clashed near Lake Chad. | The militants lost dozens of men.",
            &["NGAINSBKH", "NGAINSISW", "NGAINS", "NGACVL"],
        ),
        // A group of another kind (rebels are not militants here): left to the role.
        (
            "Hezbollah fired rockets at northern Israel. | The militants were not named.",
            &["LBNREBHEZ", "ISR", "LBNINS"],
        ),
    ]);
}

#[test]
fn they_continues_a_plural_subject() {
    check(&[
        (
            "Kenyan police arrested four men in Mombasa. | They said the men carried explosives.",
            &["KENCOP", "KENCVL", "KENCOP", "KENCVL"],
        ),
        (
            "The Taliban attacked a checkpoint in Kunduz. | They also seized two police vehicles.",
            &["AFGINSTAL", "AFG", "AFGINSTAL", "AFGCOP"],
        ),
        // A country subject is "it", not "they".
        ("Kenya closed its border. | They said nothing.", &["KEN"]),
    ]);
}

#[test]
fn armed_roles_tied_to_a_named_group() {
    check(&[
        (
            "Gunmen loyal to al-Shabab attacked a police post.",
            &["SOMINSSHB", "SOMCOP"],
        ),
        (
            "Fighters affiliated with Boko Haram raided a village.",
            &["NGAINSBKH"],
        ),
        (
            "Militants suspected to be members of the Pakistani Taliban bombed a school.",
            &["PAKINSTTP"],
        ),
    ]);
}

#[test]
fn abbreviations_defined_in_brackets() {
    check(&[
        (
            "The Lebanese Armed Forces (LAF) shelled the town. | Later the LAF entered it.",
            &["LBNMIL", "LBNMIL"],
        ),
        // Lower-case or unrelated capitals are not the abbreviation.
        (
            "The Lebanese Armed Forces (LAF) shelled the town. | Laf is a common name.",
            &["LBNMIL"],
        ),
    ]);
}

#[test]
fn flagged_ships_are_their_flag_country() {
    check(&[
        (
            "Iranian commandos seized a Panama-flagged oil tanker.",
            &["IRNMIL", "PANBUS"],
        ),
        (
            "Pirates boarded a Hong Kong-flagged container ship off Somalia.",
            &["SOMCRM", "HKGBUS", "SOM"],
        ),
        // Pre-tokenised text spaces the hyphen.
        ("A Greek - flagged freighter sank.", &["GRCBUS"]),
        // A flag with no ship after it is no actor.
        ("The Liberian-flagged registry grew.", &[]),
    ]);
}

#[test]
fn groups_of_named_people() {
    check(&[
        // The country goes with the people the group is made of.
        (
            "A delegation of Japanese lawmakers visited Manila.",
            &["JPNLEG", "PHLGOV"],
        ),
        (
            "A team of Cuban doctors arrived in Luanda.",
            &["CUBHLH", "AGOGOV"],
        ),
        // Kin keep their own reading, with a name used as a modifier between.
        (
            "Families of the abducted Kankara schoolboys pleaded with Nigerian officials.",
            &["NGACVL", "NGAGOV"],
        ),
        // A business run by a named person's nationality.
        ("A Chinese factory owner was attacked.", &["CHNBUS"]),
    ]);
}

#[test]
fn holders_and_agents_joined_by_a_hyphen() {
    check(&[
        (
            "Warplanes pounded the rebel-held town.",
            &["---MIL", "---REB"],
        ),
        (
            "Troops entered the Taliban-controlled district.",
            &["---MIL", "AFGINSTAL"],
        ),
        (
            "Settlers moved into Israeli-occupied land.",
            &["---CVL", "ISR"],
        ),
        // Backers and makers stay no actor.
        ("Russian-made jets flew over.", &["---MIL"]),
    ]);
}

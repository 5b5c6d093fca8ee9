//! A place before "-based" gives its country to the body after it; "the North"
//! and "the South" of an article that names no divided country are the
//! Koreas when the sentence speaks of them; rebels named with their country
//! give it to the bare government and army they fight; and national agencies
//! named without their country. Sentences separated by `" | "` are one article.

mod common;
use common::{check, check_dated};

#[test]
fn based_place_is_the_home_of_the_body_after_it() {
    check(&[
        // Written as one token or spaced as pre-tokenised corpora write it.
        ("Pakistan-based militants crossed the border.", &["PAKINS"]),
        ("Yemen - based fighters seized the port.", &["YEMUAF"]),
        // A capital or a city stands for its country here.
        ("A Dubai-based businessman was arrested.", &["AREBUS"]),
        // No role word: a body of that country.
        ("Pakistan - based groups hacked the websites.", &["PAK"]),
        ("Lebanon-based factions denied it.", &["LBN"]),
        // A named body keeps its own code, and the place alone is no actor.
        (
            "The London-based Amnesty International condemned the raid.",
            &["NGOHRIAMN"],
        ),
        ("The Geneva-based body said so.", &[]),
        // "-backed" still names only a backer.
        ("Iran-backed militants fired rockets.", &["---INS"]),
        // A place of two or three words joined to "-based" on its last word.
        (
            "A New York-based rights group condemned the arrests.",
            &["USAHRI"],
        ),
        ("The Hong Kong-based newspaper was shut down.", &["HKGMED"]),
        ("An Abu Dhabi-based company won the contract.", &["AREBUS"]),
        (
            "The New York-based Committee to Protect Journalists condemned the arrest.",
            &["NGOMEDCPJ"],
        ),
        // Capitalised words that name no place are not one.
        (
            "A Silver Creek-based company won the contract.",
            &["---BUS"],
        ),
        // The place without "-based" is still the place.
        ("New York sued the company.", &["USA", "USABUS"]),
    ]);
}

#[test]
fn the_north_of_no_named_country_is_korea_in_its_news() {
    check(&[
        ("The North test-fired a missile on Sunday.", &["PRK"]),
        (
            "Talks with the North on denuclearization stalled.",
            &["PRK"],
        ),
        (
            "The South rejected an offer from Pyongyang.",
            &["KOR", "PRKGOV"],
        ),
        // The South of one country's news: no Korea word, no actor.
        ("The South voted for him again.", &[]),
        (
            "The South faced new sanctions, the North said.",
            &["KOR", "PRK"],
        ),
        ("Snow fell across the North on Sunday.", &[]),
        // A divided country named first still decides.
        (
            "Sudan closed its border. | The North said the missiles came from the South.",
            &["SDN", "SDN", "SSD"],
        ),
    ]);
    // Before Vietnam was one state the bare North had more readings.
    check_dated(&[(
        "The North fired missiles across the line.",
        "1972-05-01",
        &[],
    )]);
}

#[test]
fn rebels_named_with_their_country_give_it_to_the_state_they_fight() {
    check(&[
        (
            "Kenya held talks. | Kenya said so. | Sudanese rebels attacked a government garrison.",
            &["KEN", "KEN", "SDNREB", "SDNGOV"],
        ),
        (
            "Kenya held talks. | Kenya said so. | Ethiopian separatists ambushed an army convoy.",
            &["KEN", "KEN", "ETHSEP", "ETHMIL"],
        ),
        // Police and civilians stay with the story's country.
        (
            "Kenya held talks. | Kenya said so. | Police said Somali rebels had crossed the border.",
            &["KEN", "KEN", "KENCOP", "SOMREB"],
        ),
    ]);
}

#[test]
fn national_agencies_named_alone() {
    check(&[
        ("The Guardia Civil arrested two men.", &["ESPCOP", "ESPCVL"]),
        (
            "Carabineros fired tear gas at students.",
            &["CHLCOP", "CHLEDU"],
        ),
        ("The RCMP charged him.", &["CANCOP"]),
        ("The Bundeswehr said it was short of money.", &["DEUMIL"]),
        (
            "The EFCC arraigned the former governor.",
            &["NGACOP", "NGAELI"],
        ),
        (
            "The Crown Prosecution Service dropped the case.",
            &["GBRJUD"],
        ),
        // Troops of a state force named by its own name are that force.
        (
            "Soldiers of the Ethiopian National Defense Force entered the town.",
            &["ETHMIL"],
        ),
        (
            "Troops of the People's Liberation Army held drills.",
            &["CHNMIL"],
        ),
        ("A spokesman for the Kremlin denied it.", &["RUSGOV"]),
        // Supporters of a seat of power are not its own.
        ("Supporters of the Kremlin rallied.", &["RUSCVL", "RUSGOV"]),
        // More bodies named alone.
        ("Navy SEALs raided the compound.", &["USAMIL"]),
        (
            "The Guardian Council disqualified the candidates.",
            &["IRNGOV"],
        ),
        ("The Bank of England raised interest rates.", &["GBRGOV"]),
        (
            "Belarusian KGB officers detained the journalist.",
            &["BLRSPY", "BLRMED"],
        ),
        // A government's or regime's soldiers are one armed actor.
        ("Government soldiers shelled the town.", &["---MIL"]),
        ("About 500 regime troops joined the assault.", &["---MIL"]),
    ]);
}

#[test]
fn a_state_body_reporting_the_act_is_the_subjects() {
    check(&[
        (
            "Israeli troops shot dead a gunman near Jenin, the army said.",
            &["ISRMIL", "PSEUAF", "PSE", "ISRMIL"],
        ),
        (
            "Turkish jets struck targets in northern Iraq, the military said.",
            &["TURMIL", "IRQ", "TURMIL"],
        ),
        (
            "Iraqi warplanes hit a convoy in eastern Syria, the premier's office said.",
            &["IRQMIL", "SYR", "IRQGOV"],
        ),
        // A subject that is no state actor, or police who report where they
        // are: left to the place.
        (
            "Gunmen attacked a checkpoint in Kunduz, the defence ministry said.",
            &["AFGUAF", "AFG", "AFGGOV"],
        ),
        (
            "Israeli troops raided a house in Hebron, police said.",
            &["ISRMIL", "PSE", "PSECOP"],
        ),
    ]);
}

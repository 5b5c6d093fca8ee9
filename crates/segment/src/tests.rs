//! Unit tests. Every test sentence here was written for this file.

use super::*;
use attache_model::Span;

fn sents(text: &str) -> Vec<&str> {
    sentences(text).iter().map(|s| s.span.slice(text)).collect()
}

fn paras(text: &str) -> Vec<usize> {
    sentences(text).iter().map(|s| s.paragraph).collect()
}

fn toks(text: &str) -> Vec<&str> {
    let mut t = Tokens::new();
    tokenize(text, Span::new(0, text.len()), &mut t);
    t.iter().map(|k| k.text(text)).collect()
}

fn norms(text: &str) -> Vec<String> {
    let mut t = Tokens::new();
    tokenize(text, Span::new(0, text.len()), &mut t);
    (0..t.len()).map(|i| t.norm(i).to_string()).collect()
}

fn tokens(text: &str) -> Tokens {
    let mut t = Tokens::new();
    tokenize(text, Span::new(0, text.len()), &mut t);
    t
}

// ---------------------------------------------------------------- sentences

#[test]
fn two_plain_sentences() {
    assert_eq!(
        sents("Rebels shelled the airport. The army answered with drones."),
        [
            "Rebels shelled the airport.",
            "The army answered with drones."
        ]
    );
}

#[test]
fn us_followed_by_lowercase_does_not_split() {
    assert_eq!(
        sents("U.S. officials said the convoy was hit near the border."),
        ["U.S. officials said the convoy was hit near the border."]
    );
}

#[test]
fn us_at_sentence_end_splits_before_starter() {
    assert_eq!(
        sents("The envoy flew back to the U.S. The talks will resume in March."),
        [
            "The envoy flew back to the U.S.",
            "The talks will resume in March."
        ]
    );
}

#[test]
fn us_followed_by_proper_noun_stays() {
    assert_eq!(
        sents("The U.S. Navy moved a destroyer and U.N. Secretary-General aides left."),
        ["The U.S. Navy moved a destroyer and U.N. Secretary-General aides left."]
    );
}

#[test]
fn titles_and_ranks_do_not_split() {
    let t =
        "Gen. Amir Haidari met Sen. Lora Quist and Mr. Tobias Wendt. Dr. Faye Osei joined later.";
    assert_eq!(
        sents(t),
        [
            "Gen. Amir Haidari met Sen. Lora Quist and Mr. Tobias Wendt.",
            "Dr. Faye Osei joined later."
        ]
    );
}

#[test]
fn more_ranks_and_offices() {
    let t = "Lt. Col. Dara Venn and Gov. Ines Marlo spoke to Rep. Ola Brandt and Pres. Kofi Adu.";
    assert_eq!(sents(t).len(), 1);
}

#[test]
fn initials_do_not_split() {
    assert_eq!(
        sents("George W. Bush and J.R.R. Tolkien were quoted by A. N. Ward in the report."),
        ["George W. Bush and J.R.R. Tolkien were quoted by A. N. Ward in the report."]
    );
}

#[test]
fn decimals_and_money() {
    assert_eq!(
        sents("The fund pledged $3.5 billion. Prices rose 1.2 percent in May."),
        [
            "The fund pledged $3.5 billion.",
            "Prices rose 1.2 percent in May."
        ]
    );
}

#[test]
fn ellipsis_lowercase_continues() {
    assert_eq!(
        sents("The minister said the plan was ... under review by the cabinet."),
        ["The minister said the plan was ... under review by the cabinet."]
    );
}

#[test]
fn ellipsis_before_capital_splits() {
    assert_eq!(
        sents("We waited for hours… Then the gates opened."),
        ["We waited for hours…", "Then the gates opened."]
    );
    assert_eq!(
        sents("We waited for hours... Then the gates opened."),
        ["We waited for hours...", "Then the gates opened."]
    );
}

#[test]
fn closing_quote_belongs_to_sentence() {
    assert_eq!(
        sents("\"We will not withdraw.\" The commander repeated the pledge."),
        [
            "\"We will not withdraw.\"",
            "The commander repeated the pledge."
        ]
    );
}

#[test]
fn quote_spanning_two_sentences_gives_two() {
    let t =
        "\u{201C}The border is closed. Nobody crosses tonight,\u{201D} the officer told reporters.";
    assert_eq!(
        sents(t),
        [
            "\u{201C}The border is closed.",
            "Nobody crosses tonight,\u{201D} the officer told reporters."
        ]
    );
}

#[test]
fn question_in_quote_followed_by_attribution() {
    assert_eq!(
        sents("\"Who fired first?\" the judge asked. Nobody answered."),
        ["\"Who fired first?\" the judge asked.", "Nobody answered."]
    );
}

#[test]
fn exclamation_splits() {
    assert_eq!(
        sents("Enough! The crowd dispersed."),
        ["Enough!", "The crowd dispersed."]
    );
}

#[test]
fn headline_line_is_its_own_sentence() {
    let t = "Ministers agree grain corridor deal\nThe agreement was signed on Friday.";
    assert_eq!(
        sents(t),
        [
            "Ministers agree grain corridor deal",
            "The agreement was signed on Friday."
        ]
    );
}

#[test]
fn paragraphs_from_blank_lines() {
    let t = "Talks collapse in Vienna\n\nDelegates left early. No date was set.\n\nA second round is possible.";
    assert_eq!(paras(t), [0, 1, 1, 2]);
    assert_eq!(sents(t)[2], "No date was set.");
}

#[test]
fn single_newline_in_blank_mode_keeps_paragraph() {
    let t = "First line of a paragraph\nsecond line of it.\n\nNext paragraph.";
    assert_eq!(paras(t), [0, 0, 1]);
    assert_eq!(sents(t).len(), 3);
}

#[test]
fn lines_are_paragraphs_without_blank_lines() {
    let t = "One line here.\nAnother line.\nA third.";
    assert_eq!(paras(t), [0, 1, 2]);
}

#[test]
fn dateline_not_in_first_sentence() {
    let t =
        "KABUL, Afghanistan (Reuters) - Gunmen attacked a checkpoint on Sunday. Two guards died.";
    assert_eq!(
        sents(t),
        [
            "Gunmen attacked a checkpoint on Sunday.",
            "Two guards died."
        ]
    );
}

#[test]
fn dateline_after_headline_and_byline() {
    let t = "Ceasefire holds in the north\nBy Mara Quill\n\nGENEVA \u{2014} Envoys met again on Tuesday.";
    let s = sents(t);
    assert_eq!(
        s,
        [
            "Ceasefire holds in the north",
            "By Mara Quill",
            "Envoys met again on Tuesday."
        ]
    );
    assert_eq!(paras(t), [0, 0, 1]);
}

#[test]
fn time_abbrev_before_weekday_continues() {
    assert_eq!(
        sents("The vote closes at 8 p.m. Sunday and results follow."),
        ["The vote closes at 8 p.m. Sunday and results follow."]
    );
    assert_eq!(
        sents("The curfew starts at 10 p.m. Moscow time tonight.").len(),
        1
    );
}

#[test]
fn time_abbrev_before_capitalised_word_splits() {
    assert_eq!(
        sents("The blast came at 9 a.m. Police sealed off the square."),
        ["The blast came at 9 a.m.", "Police sealed off the square."]
    );
}

#[test]
fn company_suffix_keeps_title_after() {
    assert_eq!(
        sents("Talvik Inc. Chief Executive Rona Pell resigned."),
        ["Talvik Inc. Chief Executive Rona Pell resigned."]
    );
    assert_eq!(
        sents("The contract went to Omsk Steel Corp. The losing bidder appealed."),
        [
            "The contract went to Omsk Steel Corp.",
            "The losing bidder appealed."
        ]
    );
}

#[test]
fn month_abbreviations_do_not_split() {
    assert_eq!(
        sents("Voting moved from Sept. 14 to Oct. 2 after the Aug. 30 flood."),
        ["Voting moved from Sept. 14 to Oct. 2 after the Aug. 30 flood."]
    );
}

#[test]
fn state_abbreviations_do_not_split() {
    assert_eq!(
        sents("Protesters gathered in Tulsa, Okla., and in Fresno, Calif. on Monday.").len(),
        1
    );
}

#[test]
fn number_abbreviation() {
    assert_eq!(sents("The party's No. 2 official was detained.").len(), 1);
    assert_eq!(
        sents("She said no. The minister left."),
        ["She said no.", "The minister left."]
    );
}

#[test]
fn etc_before_capital_splits() {
    assert_eq!(
        sents("They seized rifles, mortars, etc. Russia denied supplying them."),
        [
            "They seized rifles, mortars, etc.",
            "Russia denied supplying them."
        ]
    );
}

#[test]
fn versus_does_not_split() {
    assert_eq!(
        sents("The case, Ortiz vs. Halden Ltd., was dismissed.").len(),
        1
    );
}

#[test]
fn spans_exclude_whitespace() {
    let t = "   Troops withdrew.    Aid arrived.   ";
    let ss = sentences(t);
    assert_eq!(ss.len(), 2);
    assert_eq!(ss[0].span, Span::new(3, 19));
    assert_eq!(ss[1].span.slice(t), "Aid arrived.");
}

#[test]
fn separators_are_dropped() {
    assert_eq!(
        sents("The strike ended.\n***\nWork resumed."),
        ["The strike ended.", "Work resumed."]
    );
}

#[test]
fn closing_paren_belongs_to_sentence() {
    assert_eq!(
        sents("The convoy was hit (three trucks burned.) Rescuers came later."),
        [
            "The convoy was hit (three trucks burned.)",
            "Rescuers came later."
        ]
    );
}

#[test]
fn crlf_line_endings() {
    let t = "Headline without stop\r\n\r\nThe body starts here.\r\n";
    assert_eq!(sents(t), ["Headline without stop", "The body starts here."]);
    assert_eq!(paras(t), [0, 1]);
}

#[test]
fn digit_after_period_splits() {
    assert_eq!(
        sents("The count ended in 2019. 40 people were never found."),
        ["The count ended in 2019.", "40 people were never found."]
    );
}

#[test]
fn decimals_broken_at_the_point_stay_in_one_sentence() {
    assert_eq!(
        sents("Norway pledged $12. 5 million to the fund. Sweden gave 4. 2 percent more."),
        [
            "Norway pledged $12. 5 million to the fund.",
            "Sweden gave 4. 2 percent more."
        ]
    );
    // A year and a count remain two sentences.
    assert_eq!(
        sents("Aid fell in 2019. 40 million people went hungry."),
        ["Aid fell in 2019.", "40 million people went hungry."]
    );
}

#[test]
fn spaced_meridiem_is_not_a_boundary() {
    assert_eq!(
        sents("The curfew lasts until 6 a. m. Friday, officials said. Shops stayed shut."),
        [
            "The curfew lasts until 6 a. m. Friday, officials said.",
            "Shops stayed shut."
        ]
    );
}

#[test]
fn list_numbers_stay_with_their_item() {
    assert_eq!(
        sents("1. Release the detainees.\n2. Reopen the crossing."),
        ["1. Release the detainees.", "2. Reopen the crossing."]
    );
}

#[test]
fn non_ascii_text() {
    assert_eq!(
        sents("Le ministre a été reçu à Ankara. Erdoğan l’a salué."),
        ["Le ministre a été reçu à Ankara.", "Erdoğan l’a salué."]
    );
}

#[test]
fn empty_and_blank_text() {
    assert!(sentences("").is_empty());
    assert!(sentences("  \n\n \t ").is_empty());
}

#[test]
fn indices_count_from_zero_and_append() {
    let mut out = Vec::new();
    split_sentences("One. Two.", &mut out);
    split_sentences("Three.", &mut out);
    let idx: Vec<usize> = out.iter().map(|s| s.index).collect();
    assert_eq!(idx, [0, 1, 0]);
}

#[test]
fn abbreviation_then_opening_quote_splits() {
    assert_eq!(
        sents("Shipments went to the U.K. \"We expect more,\" a trader said."),
        [
            "Shipments went to the U.K.",
            "\"We expect more,\" a trader said."
        ]
    );
}

#[test]
fn saint_and_mount_in_names() {
    assert_eq!(
        sents("Crowds filled St. Peter's Square near Mt. Vesuvius tours.").len(),
        1
    );
}

#[test]
fn url_and_internal_periods() {
    assert_eq!(
        sents("Details were posted on example.org before noon. Nobody replied.").len(),
        2
    );
}

// ---------------------------------------------------------------- datelines

#[test]
fn dateline_country_and_agency() {
    let t = "KABUL, Afghanistan (Reuters) - A bomb exploded.";
    let d = find_dateline(t).unwrap();
    assert_eq!(d.span.slice(t), "KABUL, Afghanistan (Reuters) -");
    assert_eq!(d.place.slice(t), "KABUL, Afghanistan");
    assert_eq!(d.agency.unwrap().slice(t), "Reuters");
    assert!(d.date.is_none());
}

#[test]
fn dateline_with_date() {
    let t = "MOSCOW, May 12 (Reuters) \u{2014} The ministry issued a warning.";
    let d = find_dateline(t).unwrap();
    assert_eq!(d.place.slice(t), "MOSCOW");
    assert_eq!(d.date.unwrap().slice(t), "May 12");
    assert_eq!(d.span.slice(t), "MOSCOW, May 12 (Reuters) \u{2014}");
}

#[test]
fn dateline_double_hyphen_and_bare_caps() {
    let t = "WASHINGTON (AP) -- Lawmakers passed the bill.";
    let d = find_dateline(t).unwrap();
    assert_eq!(d.place.slice(t), "WASHINGTON");
    assert_eq!(d.agency.unwrap().slice(t), "AP");
    let t2 = "GENEVA \u{2014} Aid agencies appealed for access.";
    let d2 = find_dateline(t2).unwrap();
    assert_eq!(d2.place.slice(t2), "GENEVA");
    assert!(d2.agency.is_none());
}

#[test]
fn dateline_mixed_case_with_date_and_agency() {
    let t = "Nairobi, Kenya, March 3 (AFP) - Police dispersed a march.";
    let d = find_dateline(t).unwrap();
    assert_eq!(d.place.slice(t), "Nairobi, Kenya");
    assert_eq!(d.date.unwrap().slice(t), "March 3");
    assert_eq!(d.agency.unwrap().slice(t), "AFP");
}

#[test]
fn dateline_multiword_places() {
    for (t, place) in [
        ("ST. LOUIS (AP) \u{2014} Jurors met.", "ST. LOUIS"),
        (
            "RIO DE JANEIRO, Brazil (Reuters) - Floods hit.",
            "RIO DE JANEIRO, Brazil",
        ),
        (
            "PORT-AU-PRINCE, Haiti (AP) \u{2014} Gangs fired.",
            "PORT-AU-PRINCE, Haiti",
        ),
        (
            "S\u{C3}O PAULO, Jan. 5 (Reuters) - Markets fell.",
            "S\u{C3}O PAULO",
        ),
        (
            "UNITED NATIONS (AP) \u{2014} The council voted.",
            "UNITED NATIONS",
        ),
    ] {
        let d = find_dateline(t).unwrap_or_else(|| panic!("no dateline in {t}"));
        assert_eq!(d.place.slice(t), place);
    }
}

#[test]
fn no_dateline_in_ordinary_text_or_headlines() {
    assert!(find_dateline("The U.S. said - without naming anyone - that it would act.").is_none());
    assert!(find_dateline("However, Iran - which denies it - kept enriching.").is_none());
    assert!(find_dateline("IRAN TALKS - WHAT COMES NEXT\nThe talks ended.").is_none());
    assert!(find_dateline("UPDATE 2-Oil prices climb").is_none());
    assert!(find_dateline("BREAKING - Blasts heard in the capital.").is_none());
}

#[test]
fn dateline_older_and_regional_wire_styles() {
    for (t, place, agency) in [
        (
            "ISLAMABAD, Pakistan (AP) _ Police fired tear gas.",
            "ISLAMABAD, Pakistan",
            Some("AP"),
        ),
        (
            "NEW DELHI: The cabinet approved the plan.",
            "NEW DELHI",
            None,
        ),
        (
            "Caracas, 5 March (EFE).- The assembly met.",
            "Caracas",
            Some("EFE"),
        ),
        (
            "GENEVA, Switzerland, March 5 /PRNewswire/ -- The agency said.",
            "GENEVA, Switzerland",
            Some("PRNewswire"),
        ),
    ] {
        let d = find_dateline(t).unwrap_or_else(|| panic!("no dateline in {t}"));
        assert_eq!(d.place.slice(t), place, "{t}");
        assert_eq!(d.agency.map(|a| a.slice(t)), agency, "{t}");
        // The rest is the first sentence: nothing of the dateline is left.
        assert!(
            t[d.span.end..].trim_start().starts_with("The ")
                || t[d.span.end..].trim_start().starts_with("Police"),
            "{t}"
        );
    }
    // Not datelines: a kicker before a colon, a word before an underscore,
    // a mixed-case word before a colon, a headline.
    assert!(find_dateline("UPDATE: Talks resume in Vienna.").is_none());
    assert!(find_dateline("Reporting: Police said the road reopened.").is_none());
    assert!(find_dateline("snake_case names are not places.").is_none());
    assert!(find_dateline("IRAN TALKS: WHAT COMES NEXT\nThe talks ended.").is_none());
}

#[test]
fn dateline_not_after_running_text() {
    let t = "The talks ended without a deal.\nGENEVA \u{2014} Envoys left.";
    assert!(find_dateline(t).is_none());
}

// ---------------------------------------------------------------- tokens

#[test]
fn hyphenated_and_possessive_tokens() {
    assert_eq!(
        toks("The cease-fire's terms bind al-Qaeda's 30-year-old envoy."),
        [
            "The",
            "cease-fire",
            "'s",
            "terms",
            "bind",
            "al-Qaeda",
            "'s",
            "30-year-old",
            "envoy",
            "."
        ]
    );
}

#[test]
fn abbreviation_tokens_keep_periods() {
    assert_eq!(
        toks("Gen. J. Ortiz met Mr. Vale at 9 a.m. in the U.S."),
        ["Gen.", "J.", "Ortiz", "met", "Mr.", "Vale", "at", "9", "a.m.", "in", "the", "U.S."]
    );
    assert_eq!(
        toks("He left the U.N. building."),
        ["He", "left", "the", "U.N.", "building", "."]
    );
}

#[test]
fn ordinary_final_period_is_separate() {
    assert_eq!(toks("Troops withdrew."), ["Troops", "withdrew", "."]);
    assert_eq!(
        toks("It ended in 2019."),
        ["It", "ended", "in", "2019", "."]
    );
}

#[test]
fn numbers_stay_whole() {
    assert_eq!(
        toks("About 1,200 people paid $3.5 million, or 12,500,000 rubles (4.5%)."),
        [
            "About",
            "1,200",
            "people",
            "paid",
            "$",
            "3.5",
            "million",
            ",",
            "or",
            "12,500,000",
            "rubles",
            "(",
            "4.5",
            "%",
            ")",
            "."
        ]
    );
    assert_eq!(
        toks("In 2019, 2020 and 5,10"),
        ["In", "2019", ",", "2020", "and", "5", ",", "10"]
    );
}

#[test]
fn internal_apostrophes_and_contractions() {
    assert_eq!(
        toks("O'Brien flew to Côte d’Ivoire; it's clear they don't agree."),
        [
            "O'Brien",
            "flew",
            "to",
            "Côte",
            "d’Ivoire",
            ";",
            "it",
            "'s",
            "clear",
            "they",
            "don't",
            "agree",
            "."
        ]
    );
}

#[test]
fn plural_possessive_apostrophe() {
    let t = tokens("The protesters' demands grew.");
    let texts: Vec<&str> = t
        .iter()
        .map(|k| k.text("The protesters' demands grew."))
        .collect();
    assert_eq!(texts, ["The", "protesters", "'", "demands", "grew", "."]);
    assert!(t[2].has(Token::POSS));
    assert!(!t[2].is_punct());
}

#[test]
fn curly_possessive_normalises() {
    let t = "Russia\u{2019}s army";
    assert_eq!(toks(t), ["Russia", "\u{2019}s", "army"]);
    assert_eq!(norms(t), ["russia", "'s", "army"]);
}

#[test]
fn us_led_is_one_token() {
    assert_eq!(toks("a U.S.-led coalition"), ["a", "U.S.-led", "coalition"]);
}

#[test]
fn token_flags() {
    let text = "NATO Iran 1,200 3.5 Gen. , cease-fire x2";
    let t = tokens(text);
    assert!(t[0].is_cap() && t[0].is_upper());
    assert!(t[1].is_cap() && !t[1].is_upper());
    assert!(t[2].is_number() && t[2].has(Token::DIGIT));
    assert!(t[3].is_number());
    assert!(t[4].has(Token::ABBREV) && t[4].is_cap());
    assert!(t[5].is_punct());
    assert!(t[6].has(Token::HYPHEN) && !t[6].is_cap());
    assert!(!t[7].is_number() && !t[7].has(Token::DIGIT));
}

#[test]
fn norm_buffer_is_space_joined() {
    let text = "The U.S. Army’s chief";
    let t = tokens(text);
    assert_eq!(t.norm, "the u.s. army 's chief");
    assert_eq!(t.norm_range(1, 3), "u.s. army");
    let off = t.norm.find("army").unwrap();
    assert_eq!(t.token_at_norm(off), Some(2));
    assert_eq!(t.token_at_norm(t.norm.len()), None);
    assert_eq!(normalize_phrase("U.S. Army's"), "u.s. army 's");
}

#[test]
fn tokenize_subspan_gives_absolute_offsets() {
    let text = "Ignore this. Keep these words.";
    let mut t = Tokens::new();
    tokenize(text, Span::new(13, text.len()), &mut t);
    assert_eq!(t[0].start, 13);
    assert_eq!(t.text(text, 0), "Keep");
    assert_eq!(t.span(0, t.len()).slice(text), "Keep these words.");
    assert_eq!(t.token_at_byte(18), 1);
}

#[test]
fn clear_keeps_capacity() {
    let mut t = Tokens::new();
    tokenize("Some words to fill the buffer.", Span::new(0, 30), &mut t);
    let (cn, ct) = (t.norm.capacity(), t.toks.capacity());
    t.clear();
    assert!(t.is_empty());
    assert_eq!(t.norm.capacity(), cn);
    assert_eq!(t.toks.capacity(), ct);
}

#[test]
fn ellipsis_and_double_hyphen_tokens() {
    assert_eq!(
        toks("wait... then -- go"),
        ["wait", "...", "then", "--", "go"]
    );
    assert_eq!(
        toks("wait\u{2026} then \u{2014} go"),
        ["wait", "\u{2026}", "then", "\u{2014}", "go"]
    );
}

#[test]
fn sentence_final_abbreviation_inside_sentence_tokens() {
    let text = "The envoy returned to the U.S. The talks resumed.";
    let ss = sentences(text);
    let mut t = Tokens::new();
    tokenize(text, ss[0].span, &mut t);
    assert_eq!(t.text(text, t.len() - 1), "U.S.");
}

#[test]
fn non_ascii_tokens_and_flags() {
    let text = "Erdoğan met Şahin in İzmir";
    let t = tokens(text);
    assert_eq!(t.norm, "erdogan met sahin in izmir");
    assert!(t[0].is_cap() && t[2].is_cap() && t[4].is_cap());
}

// ---------------------------------------------------------------- normalisation

#[test]
fn normalisation_folds_diacritics() {
    assert_eq!(
        normalize("Éric Müller ÇAĞLAR ılıca şeker Øresund Æsir Straße"),
        "eric muller caglar ilica seker oresund aesir strasse"
    );
    assert_eq!(
        normalize("Ḥamād Ṭāhā Ṣabrī București Nguyễn"),
        "hamad taha sabri bucuresti nguyen"
    );
    assert_eq!(normalize("Œuvre Ĳssel Łódź"), "oeuvre ijssel lodz");
}

#[test]
fn normalisation_folds_quotes_keeps_dashes() {
    assert_eq!(
        normalize("\u{2018}No\u{2019} \u{201C}Yes\u{201D} \u{2013} \u{2014}"),
        "'no' \"yes\" \u{2013} \u{2014}"
    );
    assert_eq!(normalize("a\u{00A0}b\u{00AD}c\u{2026}"), "a bc...");
    assert_eq!(normalize("e\u{0301}te\u{0301}"), "ete");
}

#[test]
fn normalisation_ascii_fast_path_appends() {
    let mut s = String::from("x ");
    normalize_into("HeLLo World", &mut s);
    assert_eq!(s, "x hello world");
}

#[test]
fn greek_and_cyrillic_lowercase() {
    assert_eq!(normalize("МОСКВА Αθήνα"), "москва αθήνα");
}

// ---------------------------------------------------------------- robustness

/// Random mixes of the characters the rules care about: no panic, and every
/// span lies on char boundaries, in order, without overlap.
#[test]
fn random_input_keeps_invariants() {
    const PIECES: &[&str] = &[
        "U.S.", "Gen.", "a.m.", ".", "..", "…", "!", "?", "\"", "“", "”", "’", "'", "s", "S", "(",
        ")", " ", "  ", "\n", "\n\n", "\r\n", "-", "—", "–", ",", "1", "3.5", "1,200", "The",
        "the", "é", "İ", "ß", "\u{301}", "\u{A0}", "\u{200B}", "KABUL", "GENEVA", "(AP)", "May 12",
        "x", "No", "W", "etc", "\t",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut toks = Tokens::new();
    let mut out = Vec::new();
    for _ in 0..3000 {
        let n = (next() % 40) as usize;
        let mut text = String::new();
        for _ in 0..n {
            text.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
        }
        out.clear();
        split_sentences(&text, &mut out);
        let mut last = 0;
        for s in &out {
            assert!(
                s.span.start >= last && s.span.start < s.span.end && s.span.end <= text.len(),
                "{text:?}"
            );
            assert!(
                text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end),
                "{text:?}"
            );
            last = s.span.end;
            toks.clear();
            tokenize(&text, s.span, &mut toks);
            let mut tl = s.span.start;
            for t in toks.iter() {
                assert!(
                    t.start >= tl && t.start < t.end && t.end <= s.span.end,
                    "{text:?}"
                );
                assert!(
                    text.is_char_boundary(t.start) && text.is_char_boundary(t.end),
                    "{text:?}"
                );
                tl = t.end;
            }
        }
        if let Some(d) = find_dateline(&text) {
            assert!(
                d.span.end <= text.len()
                    && d.place.start >= d.span.start
                    && d.place.end <= d.span.end
            );
        }
    }
}

#[test]
fn hard_wrapped_lines_are_joined() {
    let text = "Turkey rejects Greek court ruling on seized ship\nANKARA, Turkey (Attache Wire) - Ankara rejected the order.\n\nMinisters from both countries met in Geneva on Tuesday to\ndiscuss the border, officials said. A second round is planned\nfor March.";
    let mut out = Vec::new();
    crate::split_sentences(text, &mut out);
    let s: Vec<&str> = out
        .iter()
        .map(|x| &text[x.span.start..x.span.end])
        .collect();
    assert_eq!(s[0], "Turkey rejects Greek court ruling on seized ship");
    assert_eq!(s[1], "Ankara rejected the order.");
    assert_eq!(s[2], "Ministers from both countries met in Geneva on Tuesday to\ndiscuss the border, officials said.");
    assert_eq!(s[3], "A second round is planned\nfor March.");
}

#[test]
fn spaced_possessives_from_tokenised_text() {
    for t in ["Chile 's navy", "Chile ’ s navy", "Chile ' s navy"] {
        assert_eq!(norms(t), ["chile", "'s", "navy"], "{t}");
        assert!(tokens(t).toks[1].has(Token::POSS), "{t}");
    }
    // A quote opening a word is not a possessive.
    let t = tokens("he said ' sanctions work '");
    assert!(!t.toks.iter().any(|k| k.has(Token::POSS)));
}

#[test]
fn tex_style_quotes_read_as_double_quotes() {
    let t = "He called it ``a warning'' to Seoul.";
    assert_eq!(
        norms(t),
        ["he", "called", "it", "\"", "a", "warning", "\"", "to", "seoul", "."]
    );
}

#[test]
fn spaced_initials_read_as_one_abbreviation() {
    let t = "Talks with the U. K. resumed in Washington, D. C. on Monday.";
    assert_eq!(
        norms(t),
        [
            "talks",
            "with",
            "the",
            "u.k.",
            "resumed",
            "in",
            "washington",
            ",",
            "d.c.",
            "on",
            "monday",
            "."
        ]
    );
    // One initial stays one token.
    assert_eq!(toks("Harry S. Truman"), ["Harry", "S.", "Truman"]);
}

#[test]
fn spaced_compounds_read_as_hyphenated_words() {
    let t = "A Saudi - led strike hit the rebel - held port after a 48 - hour cease - fire.";
    assert_eq!(
        norms(t),
        [
            "a",
            "saudi-led",
            "strike",
            "hit",
            "the",
            "rebel-held",
            "port",
            "after",
            "a",
            "48-hour",
            "cease-fire",
            "."
        ]
    );
    let saudi = tokens(t).toks[1];
    assert!(saudi.has(Token::CAP) && saudi.has(Token::HYPHEN));
    // A dash between clauses stays a dash.
    assert_eq!(
        toks("The talks - the first in years - ended."),
        ["The", "talks", "-", "the", "first", "in", "years", "-", "ended", "."]
    );
}

#[test]
fn glosses_and_section_kickers_are_not_datelines() {
    assert!(
        find_dateline("Hamas (the Palestinian militant group) - Gunmen fired on a patrol.")
            .is_none()
    );
    assert!(find_dateline("TOP STORIES: Rebels took the town on Monday.").is_none());
    assert!(find_dateline("HAMBURG, Germany (dpa) - Dockers went on strike.").is_some());
}

#[test]
fn dateline_with_a_clock_time() {
    let t = "Aleppo, Syria (4:15 P.M.) – Army units pushed into the old quarter.";
    let d = find_dateline(t).expect("dateline");
    assert_eq!(d.place.slice(t), "Aleppo, Syria");
    assert_eq!(sents(t), ["Army units pushed into the old quarter."]);
}

#[test]
fn initials_that_spell_a_m_are_not_a_time() {
    assert_eq!(
        sents("The suspect was held in Java, A.M. Sudarto of the police said."),
        ["The suspect was held in Java, A.M. Sudarto of the police said."]
    );
    assert_eq!(
        sents("The blast came at 9 A.M. Police sealed off the square."),
        ["The blast came at 9 A.M.", "Police sealed off the square."]
    );
}

#[test]
fn direction_marks_are_not_tokens() {
    assert_eq!(
        toks("near the \u{202A}Latakia\u{202C} airbase"),
        ["near", "the", "Latakia", "airbase"]
    );
}

#[test]
fn tex_quotes_close_a_sentence() {
    assert_eq!(
        sents("He said, ``We will not retreat.'' The army then shelled the port."),
        [
            "He said, ``We will not retreat.''",
            "The army then shelled the port."
        ]
    );
}

#[test]
fn spaced_negative_contractions_read_as_one_word() {
    assert_eq!(norms("Seoul didn ’ t reply"), ["seoul", "didn't", "reply"]);
    assert_eq!(norms("they won 't sign"), ["they", "won't", "sign"]);
    assert_eq!(norms("they won' t sign"), ["they", "won't", "sign"]);
    // An attached contraction is unchanged, and "n" before a quote is not one.
    assert_eq!(norms("Iran didn't reply"), ["iran", "didn't", "reply"]);
}

/// Text set in capitals (older wire copy): titles, months and company
/// suffixes in capitals keep their periods, "THE" after an abbreviation
/// starts a sentence, and words that are also abbreviations in mixed case
/// ("NO.", "ILL.") end one.
#[test]
fn text_in_capitals() {
    assert_eq!(
        sents("GEN. ARVO LINDQVIST MET SEN. MARA OKAFOR ON AUG. 9. THE TALKS ENDED."),
        [
            "GEN. ARVO LINDQVIST MET SEN. MARA OKAFOR ON AUG. 9.",
            "THE TALKS ENDED."
        ]
    );
    assert_eq!(
        sents("TROOPS LEFT THE U.S. THE BASE CLOSED."),
        ["TROOPS LEFT THE U.S.", "THE BASE CLOSED."]
    );
    assert_eq!(
        sents("THE ENVOY SAID NO. REBELS FIRED AGAIN."),
        ["THE ENVOY SAID NO.", "REBELS FIRED AGAIN."]
    );
    assert_eq!(
        sents("THE MINISTER WAS ILL. TALKS WERE DELAYED."),
        ["THE MINISTER WAS ILL.", "TALKS WERE DELAYED."]
    );
    assert_eq!(toks("ACME CORP. SAID"), ["ACME", "CORP.", "SAID"]);
}

/// A dateline of copy set in capitals: its month or weekday is a date part,
/// not one more place part.
#[test]
fn dateline_in_capitals() {
    let t = "CAIRO, APRIL 7 (WIRE) - POLICE ARRESTED 40 ACTIVISTS.";
    let d = find_dateline(t).unwrap();
    assert_eq!(d.place.slice(t), "CAIRO");
    assert_eq!(d.date.unwrap().slice(t), "APRIL 7");
    let t2 = "LIMA, PERU, AUG. 9 (WIRE) -- TROOPS LEFT THE TOWN.";
    let d2 = find_dateline(t2).unwrap();
    assert_eq!(d2.place.slice(t2), "LIMA, PERU");
    assert_eq!(d2.date.unwrap().slice(t2), "AUG. 9");
    let t3 = "DAKAR, TUESDAY (WIRE) - THE TALKS ENDED.";
    assert_eq!(
        find_dateline(t3).unwrap().date.unwrap().slice(t3),
        "TUESDAY"
    );
}

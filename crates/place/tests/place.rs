use attache_model::{PlacePrecision, Span};
use attache_place::{
    find_demonyms, find_places, key, resolve_dateline, Cue, Gazetteer, PlaceContext, PlaceKind,
    PlaceMention,
};

fn places(text: &str, ctx: &[&str]) -> Vec<PlaceMention> {
    let mut out = Vec::new();
    find_places(
        text,
        Span::new(0, text.len()),
        &PlaceContext {
            countries: ctx,
            ..Default::default()
        },
        &mut out,
    );
    out
}

/// (matched text, country, precision, cue) of each mention.
fn brief(text: &str, ctx: &[&str]) -> Vec<(String, String, PlacePrecision, Cue)> {
    places(text, ctx)
        .into_iter()
        .map(|m| {
            (
                m.span.slice(text).to_string(),
                m.location.country.clone().unwrap_or_default(),
                m.location.precision,
                m.cue,
            )
        })
        .collect()
}

fn names(text: &str, ctx: &[&str]) -> Vec<String> {
    places(text, ctx)
        .into_iter()
        .map(|m| m.span.slice(text).to_string())
        .collect()
}

/// Rows of the team's country table: (alpha3, name, capital).
fn iso3166() -> Vec<(String, String, String)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/actors/iso3166.tsv");
    let data = std::fs::read_to_string(path).expect("iso3166.tsv");
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("alpha3") && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f[0].to_string(), f[3].to_string(), f[4].to_string())
        })
        .collect()
}

#[test]
fn gazetteer_sizes() {
    let (countries, admin1, places, keys) = Gazetteer::get().stats();
    assert!(countries >= 249, "{countries}");
    assert!(admin1 >= 3000, "{admin1}");
    assert!(places >= 150_000, "{places}");
    assert!(keys >= places, "{keys}");
}

#[test]
fn every_country_resolves_by_name() {
    let g = Gazetteer::get();
    let mut bad = Vec::new();
    for (iso3, name, _) in iso3166() {
        let top = g.candidates(&name, None).into_iter().next();
        match top {
            // City-states (Singapore) resolve to the city, in the country.
            Some(c) if c.iso3 == iso3 => {}
            other => bad.push(format!(
                "{iso3} {name}: {:?}",
                other.map(|c| (c.name, c.iso3, c.kind))
            )),
        }
    }
    assert!(
        bad.is_empty(),
        "{} countries do not resolve by name:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn every_capital_resolves_to_its_country() {
    let g = Gazetteer::get();
    let mut with_hint = Vec::new();
    let mut without_hint = Vec::new();
    let mut n = 0;
    for (iso3, _, capital) in iso3166() {
        if capital.is_empty() {
            continue;
        }
        n += 1;
        let hinted = g.candidates(&capital, Some(&iso3)).into_iter().next();
        if hinted.as_ref().map(|c| c.iso3) != Some(iso3.as_str()) {
            with_hint.push(format!(
                "{iso3} {capital}: {:?}",
                hinted.map(|c| (c.name, c.iso3))
            ));
        }
        let bare = g.candidates(&capital, None).into_iter().next();
        if bare.as_ref().map(|c| c.iso3) != Some(iso3.as_str()) {
            without_hint.push(format!(
                "{iso3} {capital}: {:?}",
                bare.map(|c| (c.name, c.iso3))
            ));
        }
    }
    assert!(
        with_hint.is_empty(),
        "capitals not found in their country:\n{}",
        with_hint.join("\n")
    );
    // Without context a few small capitals lose to bigger namesakes
    // (Hamilton, Bermuda vs Hamilton, Ontario): allow at most 5%.
    assert!(
        without_hint.len() * 20 <= n,
        "{} of {n} capitals resolve elsewhere without context:\n{}",
        without_hint.len(),
        without_hint.join("\n")
    );
}

#[test]
fn major_capitals_resolve_without_context() {
    let g = Gazetteer::get();
    for (name, iso3) in [
        ("Kabul", "AFG"),
        ("Damascus", "SYR"),
        ("Moscow", "RUS"),
        ("Washington", "USA"),
        ("London", "GBR"),
        ("Paris", "FRA"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("Baghdad", "IRQ"),
        ("Tripoli", "LBY"),
        ("Beijing", "CHN"),
        ("Nairobi", "KEN"),
        ("Caracas", "VEN"),
    ] {
        let c = &g.candidates(name, None)[0];
        assert_eq!((c.iso3, c.kind), (iso3, PlaceKind::Place), "{name}");
    }
}

#[test]
fn candidates_are_sorted_best_first() {
    let g = Gazetteer::get();
    let c = g.candidates("Springfield", None);
    assert!(c.len() > 5);
    assert!(c.windows(2).all(|w| w[0].score >= w[1].score));
    assert!(g.candidates("Qwxzyville", None).is_empty());
}

#[test]
fn georgia_depends_on_context() {
    let g = Gazetteer::get();
    let c = &g.candidates("Georgia", None)[0];
    assert_eq!((c.iso3, c.kind), ("GEO", PlaceKind::Country));
    let c = &g.candidates("Georgia", Some("USA"))[0];
    assert_eq!((c.iso3, c.kind), ("USA", PlaceKind::Admin1));
    let v = brief("Storms hit Georgia and Alabama overnight.", &["USA"]);
    assert_eq!(v[0].1, "USA");
    let v = brief("Russian troops entered Georgia in 2008.", &[]);
    assert_eq!(v.iter().find(|m| m.0 == "Georgia").unwrap().1, "GEO");
}

#[test]
fn country_hint_and_pairs() {
    let g = Gazetteer::get();
    assert_eq!(g.candidates("Paris", None)[0].iso3, "FRA");
    let c = &g.candidates("Paris, Texas", None)[0];
    assert_eq!((c.iso3, c.admin1), ("USA", Some("Texas")));
    let c = &g.candidates("Hamilton", Some("CAN"))[0];
    assert_eq!(c.iso3, "CAN");
}

#[test]
fn fips_and_codes() {
    let g = Gazetteer::get();
    assert_eq!(g.fips("USA"), Some("US"));
    assert_eq!(g.fips("DEU"), Some("GM"));
    assert_eq!(g.fips("GBR"), Some("UK"));
    assert_eq!(g.fips("SYR"), Some("SY"));
    assert_eq!(g.iso3("FR"), Some("FRA"));
    assert_eq!(g.iso2("FRA"), Some("FR"));
    assert_eq!(g.admin1_code("SYR", "Aleppo"), Some("09"));
    assert_eq!(g.admin1_code("USA", "Kentucky"), Some("KY"));
    assert_eq!(g.demonym("Turkish"), Some("TUR"));
    assert_eq!(g.fips("XXX"), None);
}

#[test]
fn country_location() {
    let g = Gazetteer::get();
    let l = g.country("FRA").unwrap();
    assert_eq!(l.precision, PlacePrecision::Country);
    assert!((l.lat.unwrap() - 46.0).abs() < 3.0 && (l.lon.unwrap() - 2.0).abs() < 3.0);
    assert!(g.country("ZZZ").is_none());
    let cap = g.capital("AFG").unwrap();
    assert_eq!(cap.name, "Kabul");
}

#[test]
fn town_after_in() {
    let v = brief("Clashes erupted in Aleppo on Monday.", &[]);
    assert_eq!(
        v,
        vec![(
            "Aleppo".into(),
            "SYR".into(),
            PlacePrecision::Place,
            Cue::In
        )]
    );
}

#[test]
fn spans_are_absolute() {
    let text = "Intro sentence here. Troops moved into Mosul overnight.";
    let mut out = Vec::new();
    find_places(
        text,
        Span::new(21, text.len()),
        &PlaceContext::default(),
        &mut out,
    );
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].span.slice(text), "Mosul");
    assert_eq!(out[0].location.span, Some(out[0].span));
    assert_eq!(out[0].location.country.as_deref(), Some("IRQ"));
}

#[test]
fn cues() {
    let v = brief("A Kabul-based group claimed the attack.", &[]);
    assert_eq!((v[0].0.as_str(), v[0].3), ("Kabul", Cue::Based));
    let v = brief("Fighting spread in Helmand province.", &[]);
    assert_eq!(
        (v[0].1.as_str(), v[0].2, v[0].3),
        ("AFG", PlacePrecision::Admin1, Cue::Province)
    );
    let v = brief("Airstrikes hit northern Syria.", &[]);
    assert_eq!(
        (v[0].1.as_str(), v[0].2, v[0].3),
        ("SYR", PlacePrecision::Country, Cue::Direction)
    );
    let v = brief("The convoy was ambushed near Kandahar.", &[]);
    assert_eq!(v[0].3, Cue::Near);
    let v = brief("Refugees fled from Homs.", &[]);
    assert_eq!(v[0].3, Cue::From);
    let v = brief("A bomb exploded 20 km north of Baghdad.", &[]);
    assert_eq!((v[0].1.as_str(), v[0].3), ("IRQ", Cue::Direction));
    let v = brief("Troops entered the city of Mosul.", &[]);
    assert_eq!(v[0].3, Cue::In);
}

#[test]
fn persons_are_not_places() {
    assert!(names("Mr. Jordan said the talks failed.", &[]).is_empty());
    assert!(names("Jordan Henderson scored twice.", &[]).is_empty());
    assert!(names("President Lincoln spoke.", &[]).is_empty());
    assert!(names("He met Hillary Clinton on the trip.", &[]).is_empty());
    assert!(names("Vladimir Putin called for calm.", &[]).is_empty());
    assert!(names("The report was written by Sydney Crosby.", &[]).is_empty());
    // Jordan the country is still a place.
    assert_eq!(
        names("King Abdullah returned to Jordan.", &[]),
        vec!["Jordan"]
    );
}

#[test]
fn organisations_are_not_places() {
    assert!(names("The Washington Post reported the leak.", &[]).is_empty());
    // A university after a locative cue is a site of its own, never the
    // town it is named after.
    assert_eq!(
        names("He studied at Kabul University last year.", &[]),
        vec!["Kabul University"]
    );
    assert!(names("Kabul University said exams would go ahead.", &[]).is_empty());
    assert!(names("Both sides signed the Paris Agreement.", &[]).is_empty());
    assert!(names("A statement from the White House followed.", &[]).is_empty());
}

#[test]
fn common_words_need_a_cue() {
    assert!(names("Nice weather helped the rescuers.", &[]).is_empty());
    assert!(names("Reading the statement, he paused.", &[]).is_empty());
    assert_eq!(names("The attack in Nice killed many.", &[]), vec!["Nice"]);
    // Months and weekdays are never places.
    assert!(names("In March, troops left.", &[]).is_empty());
    assert!(names("On Monday, May said she would stay.", &[]).is_empty());
}

#[test]
fn multiword_and_connectors() {
    assert_eq!(names("Talks in New York ended.", &[]), vec!["New York"]);
    assert_eq!(
        names("Floods hit Rio de Janeiro.", &[]),
        vec!["Rio de Janeiro"]
    );
    let v = brief("Peacekeepers left Bosnia and Herzegovina.", &[]);
    assert_eq!(
        (v[0].0.as_str(), v[0].1.as_str()),
        ("Bosnia and Herzegovina", "BIH")
    );
    let v = brief(
        "Fighting in the Democratic Republic of the Congo continued.",
        &[],
    );
    assert_eq!(v[0].1, "COD");
    let v = brief(
        "The court in The Hague ruled; judges in the Hague agreed.",
        &[],
    );
    assert!(v.iter().all(|m| m.1 == "NLD") && v.len() == 2, "{v:?}");
}

#[test]
fn short_forms_and_abbreviations() {
    let v = brief("U.S. troops and UK officials met in the Netherlands.", &[]);
    let c: Vec<&str> = v.iter().map(|m| m.1.as_str()).collect();
    assert_eq!(c, vec!["USA", "GBR", "NLD"]);
    let v = brief("Three people died in Louisville, Ky., police said.", &[]);
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(
        (v[0].0.as_str(), v[0].2),
        ("Louisville", PlacePrecision::Place)
    );
    assert_eq!((v[1].0.as_str(), v[1].2), ("Ky.", PlacePrecision::Admin1));
    let v = brief("Overdose deaths in B.C. rose again.", &[]);
    assert_eq!((v[0].0.as_str(), v[0].1.as_str()), ("B.C.", "CAN"));
    assert!(names("The temple was built in 500 B.C. by traders.", &[]).is_empty());
}

#[test]
fn town_region_pairs() {
    let m = &places("The fire started in Paris, Texas, late on Friday.", &[])[0];
    assert_eq!(m.location.country.as_deref(), Some("USA"));
    assert_eq!(m.location.admin1.as_deref(), Some("Texas"));
    let m = &places("A small town, Holliday, Missouri, was flooded.", &[])[0];
    assert_eq!(m.location.admin1.as_deref(), Some("Missouri"));
}

#[test]
fn diacritics_and_possessives() {
    let v = brief("Protests in São Paulo grew.", &[]);
    assert_eq!(v[0].1, "BRA");
    let v = brief("Police in Sao Paulo said.", &[]);
    assert_eq!(v[0].1, "BRA");
    let v = brief("Russia's envoy arrived in Aydın.", &[]);
    assert_eq!(v[0].0, "Russia");
    assert_eq!(v[1].1, "TUR");
    assert_eq!(key("Saint-Étienne"), "saint etienne");
}

#[test]
fn context_breaks_ties() {
    // Two well-known Birminghams: the US one wins with USA in context.
    let m = &places("The rally in Birmingham drew thousands.", &["USA"])[0];
    assert_eq!(m.location.country.as_deref(), Some("USA"));
    let m = &places("The rally in Birmingham drew thousands.", &[])[0];
    assert_eq!(m.location.country.as_deref(), Some("GBR"));
    // A country named elsewhere in the sentence is context too.
    let v = brief(
        "Police in Lagos, Nigeria's largest city, arrested four.",
        &[],
    );
    assert_eq!(v[0].1, "NGA");
}

#[test]
fn datelines() {
    let ctx = PlaceContext::default();
    let l = resolve_dateline("KABUL, Afghanistan", &ctx).unwrap();
    assert_eq!(
        (l.name.as_str(), l.country.as_deref(), l.precision),
        ("Kabul", Some("AFG"), PlacePrecision::Place)
    );
    let l = resolve_dateline("WASHINGTON", &ctx).unwrap();
    assert_eq!(l.country.as_deref(), Some("USA"));
    assert!((l.lat.unwrap() - 38.9).abs() < 0.5);
    let l = resolve_dateline("Paris, Texas", &ctx).unwrap();
    assert_eq!(l.admin1.as_deref(), Some("Texas"));
    let l = resolve_dateline("GLASGOW, Ky.", &ctx).unwrap();
    assert_eq!(l.admin1.as_deref(), Some("Kentucky"));
    let l = resolve_dateline("LONDON -", &ctx).unwrap();
    assert_eq!(l.country.as_deref(), Some("GBR"));
    let l = resolve_dateline("UNITED NATIONS", &ctx);
    assert!(l.is_none_or_not_place());
    assert!(resolve_dateline("", &ctx).is_none());
}

trait NotPlace {
    fn is_none_or_not_place(&self) -> bool;
}
impl NotPlace for Option<attache_model::Location> {
    fn is_none_or_not_place(&self) -> bool {
        match self {
            None => true,
            Some(l) => l.precision != PlacePrecision::Place,
        }
    }
}

#[test]
fn demonyms_are_separate() {
    let text = "Turkish police detained two Syrians.";
    assert!(names(text, &[]).is_empty());
    let mut out = Vec::new();
    find_demonyms(text, Span::new(0, text.len()), &mut out);
    let c: Vec<&str> = out
        .iter()
        .map(|m| m.location.country.as_deref().unwrap())
        .collect();
    assert_eq!(c, vec!["TUR", "SYR"]);
    assert!(out.iter().all(|m| m.cue == Cue::Demonym));
}

#[test]
fn plain_sentences_yield_nothing() {
    assert!(names("the minister said nothing about it.", &[]).is_empty());
    assert!(names("Officials said the ceasefire was holding.", &[]).is_empty());
    assert!(names("", &[]).is_empty());
}

#[test]
fn never_panics_on_odd_text() {
    let text = "«KABUL» — Ü.S.-led, St. Petersburg’s 3,000 Ky. \"Paris\"… al-Bab, São-Paulo. B.C.,, Mr. ’s";
    let bounds: Vec<usize> = (0..=text.len())
        .filter(|&i| text.is_char_boundary(i))
        .collect();
    let mut out = Vec::new();
    for (n, &a) in bounds.iter().enumerate() {
        for &b in &bounds[n..] {
            out.clear();
            find_places(text, Span::new(a, b), &PlaceContext::default(), &mut out);
            find_demonyms(text, Span::new(a, b), &mut out);
            for m in &out {
                assert!(a <= m.span.start && m.span.end <= b);
            }
        }
    }
}

#[test]
fn capitalised_division_word_is_part_of_the_name() {
    let b = brief("Floods hit Hunan Province and Helmand province.", &[]);
    assert_eq!(b[0].0, "Hunan Province", "{b:?}");
    assert_eq!(b[0].3, Cue::Province);
    // Lower case: the word is a cue, not part of the name.
    assert_eq!(b[1].0, "Helmand", "{b:?}");
}

#[test]
fn ordinal_unit_names_are_not_places() {
    let n = names("The 5th Reserve Division moved north.", &[]);
    assert!(n.is_empty(), "{n:?}");
}

#[test]
fn locative_cue_over_modifiers() {
    let b = brief("A bomb exploded in a Kandahar market.", &[]);
    assert_eq!(b[0].0, "Kandahar");
    assert_eq!(b[0].3, Cue::In);
    let b = brief("He was stabbed outside his Nairobi office.", &[]);
    assert_eq!(b[0].3, Cue::Near);
    let b = brief("Crowds marched through Santiago.", &[]);
    assert_eq!(b[0].3, Cue::In);
    // A topic after "on" is no cue.
    let b = brief("The council voted on Cyprus.", &[]);
    assert_eq!(b[0].3, Cue::Bare);
}

// --- Names the gazetteer lacks, accepted by their frame (invented sentences).

fn unlisted_of(text: &str, ctx: &[&str], name: &str) -> Option<PlaceMention> {
    places(text, ctx)
        .into_iter()
        .find(|m| m.span.slice(text) == name)
}

#[test]
fn unlisted_name_after_a_settlement_noun() {
    let t = "Gunmen stormed the Syrian village of Qarbuzat on Monday.";
    let m = unlisted_of(t, &[], "Qarbuzat").expect("found");
    assert_eq!(m.location.country.as_deref(), Some("SYR"));
    assert_eq!(m.location.precision, PlacePrecision::Place);
    assert_eq!((m.location.lat, m.location.lon), (None, None));
    assert_eq!(m.cue, Cue::In);
    // No country in the frame: the article's.
    let t = "Shells fell on the town of Bir Halwani overnight.";
    let m = unlisted_of(t, &["IRQ"], "Bir Halwani").expect("found");
    assert_eq!(m.location.country.as_deref(), Some("IRQ"));
}

#[test]
fn unlisted_names_in_a_list_after_the_frame() {
    let t = "Troops entered the villages of Umm Dafnat, Tall Sirwa and Karm Ashur.";
    let n = names(t, &[]);
    for want in ["Umm Dafnat", "Tall Sirwa", "Karm Ashur"] {
        assert!(n.iter().any(|x| x == want), "{want} in {n:?}");
    }
}

#[test]
fn unlisted_division_takes_its_container() {
    let t = "Clashes broke out in the Wadi Qarnas district of Aleppo province.";
    let m = unlisted_of(t, &["TUR"], "Wadi Qarnas").expect("found");
    assert_eq!(m.location.country.as_deref(), Some("SYR"));
    assert_eq!(m.location.admin1.as_deref(), Some("Aleppo"));
    let t = "Rebels shelled Qasr Dimna Governorate again.";
    let m = unlisted_of(t, &["SYR"], "Qasr Dimna Governorate").expect("found");
    assert_eq!(m.location.precision, PlacePrecision::Admin1);
    assert_eq!(m.cue, Cue::Province);
    // "X in northern Syria": the place right after gives the country.
    let t = "A car bomb went off near Bab Zeitoun camp in northern Syria.";
    let m = unlisted_of(t, &["LBN"], "Bab Zeitoun").expect("found");
    assert_eq!(m.location.country.as_deref(), Some("SYR"));
    assert_eq!(m.cue, Cue::Near);
}

#[test]
fn unlisted_name_before_a_place_noun() {
    let n = names("Fighter jets struck the Tell Marduk area at dawn.", &[]);
    assert!(n.contains(&"Tell Marduk".to_string()), "{n:?}");
    let n = names(
        "Supplies reached Zahret al-Nour refugee camp on Sunday.",
        &["JOR"],
    );
    assert!(n.contains(&"Zahret al-Nour".to_string()), "{n:?}");
    let n = names("Planes took off from Qarsun Military Airport.", &[]);
    assert!(n.iter().any(|x| x.starts_with("Qarsun")), "{n:?}");
    let n = names("Protesters gathered in eastern Qalbiyat again.", &["SYR"]);
    assert!(n.contains(&"Qalbiyat".to_string()), "{n:?}");
}

#[test]
fn frames_do_not_take_people_groups_or_months() {
    for t in [
        // A person, a group, a month, an adjective, an acronym.
        "President Harlow Vance village visit was cancelled.",
        "The Kurdish area was calm, and a Sunni district voted.",
        "Talks resumed in the month of Ramadan and again in the month of May.",
        "Kosovo was then a Yugoslav province of mixed population.",
        "A NATO airbase and the UN camp were closed.",
        "Police district chiefs met on Tuesday.",
        "Experts from Europe and the Middle East area met.",
    ] {
        let found: Vec<_> = places(t, &[])
            .into_iter()
            .filter(|m| m.location.lat.is_none())
            .map(|m| m.span.slice(t).to_string())
            .collect();
        assert!(found.is_empty(), "{t}: {found:?}");
    }
}

// --- Spelling variants by rule.

#[test]
fn transliteration_variants_find_listed_places() {
    // GeoNames writes the article ("Al Fallūjah"); news often drops it.
    let b = brief("Marines fought in Fallujah for weeks.", &[]);
    assert!(
        b.iter().any(|(n, c, _, _)| n == "Fallujah" && c == "IRQ"),
        "{b:?}"
    );
    // Article glued by a doubled letter and an -a/-ah ending.
    let b = brief("Jets bombed Deir Ezzor Governorate on Friday.", &[]);
    assert!(
        b.iter()
            .any(|(n, c, _, _)| n.starts_with("Deir Ezzor") && c == "SYR"),
        "{b:?}"
    );
    // Doubled letters written once.
    let b = brief("Shelling continued in Darayya.", &[]);
    assert!(
        b.iter().any(|(n, c, _, _)| n == "Darayya" && c == "SYR"),
        "{b:?}"
    );
}

#[test]
fn one_word_variants_need_a_place_cue() {
    // "Fallujah" without a cue stays unread (it may be a surname or a team).
    let n = names("Fallujah said nothing.", &[]);
    assert!(n.is_empty(), "{n:?}");
}

// --- Former country names and water bodies (data/places/extra.tsv).

#[test]
fn former_country_names_resolve_to_their_successor() {
    for (name, iso3) in [
        ("Yugoslavia", "SRB"),
        ("Zaire", "COD"),
        ("Burma", "MMR"),
        ("Ceylon", "LKA"),
        ("Soviet Union", "RUS"),
    ] {
        let t = format!("Envoys arrived in {name} last week.");
        let b = brief(&t, &[]);
        assert!(
            b.iter()
                .any(|(n, c, p, _)| n == name && c == iso3 && *p == PlacePrecision::Country),
            "{name}: {b:?}"
        );
    }
}

#[test]
fn seas_and_regions_are_places() {
    let m = places("A tanker was seized in the Persian Gulf.", &[]);
    let g = m
        .iter()
        .find(|m| m.location.name == "Persian Gulf")
        .expect("found");
    assert_eq!(g.location.country, None);
    assert!(g.location.lat.is_some());
    let b = brief(
        "Ships sailed into the Black Sea and on to the Red Sea.",
        &[],
    );
    assert_eq!(b.len(), 2, "{b:?}");
    let b = brief("Fighting spread across South Ossetia.", &[]);
    assert_eq!(b[0].1, "GEO");
    let b = brief("Artillery hit Eastern Ghouta overnight.", &[]);
    assert_eq!(b[0].1, "SYR");
}

fn located(text: &str, ctx: &PlaceContext) -> Vec<(String, Option<String>, Option<String>)> {
    let mut out = Vec::new();
    find_places(text, Span::new(0, text.len()), ctx, &mut out);
    out.into_iter()
        .map(|m| {
            (
                m.span.slice(text).to_string(),
                m.location.country,
                m.location.admin1,
            )
        })
        .collect()
}

#[test]
fn article_divisions_pick_the_town() {
    let text = "Firefighters were called to a barn fire in Glasgow on Sunday.";
    let none = located(text, &PlaceContext::default());
    assert_eq!(none[0].1.as_deref(), Some("GBR"));
    let ctx = PlaceContext {
        countries: &["USA"],
        divisions: &[("USA", "Kentucky")],
        ..Default::default()
    };
    let with = located(text, &ctx);
    assert_eq!(with[0].1.as_deref(), Some("USA"));
    assert_eq!(with[0].2.as_deref(), Some("Kentucky"));
}

#[test]
fn a_division_in_the_sentence_is_context() {
    let got = located(
        "Officers in Kentucky said the crash near Glasgow closed a road.",
        &PlaceContext::default(),
    );
    let glasgow = got.iter().find(|m| m.0 == "Glasgow").unwrap();
    assert_eq!(glasgow.2.as_deref(), Some("Kentucky"));
}

#[test]
fn the_dateline_fixes_a_name_for_the_article() {
    let dl = resolve_dateline("LONDON, Ky.", &PlaceContext::default()).unwrap();
    assert_eq!(dl.country.as_deref(), Some("USA"));
    let known = [dl];
    let ctx = PlaceContext {
        countries: &["USA"],
        known: &known,
        ..Default::default()
    };
    // Even glued to a capitalised word, as in a police force's name.
    let got = located("London Police arrested two men on Friday.", &ctx);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].1.as_deref(), Some("USA"));
    let got = located(
        "London Police arrested two men on Friday.",
        &PlaceContext::default(),
    );
    assert!(got.iter().all(|m| m.1.as_deref() != Some("USA")));
}

#[test]
fn continents_and_world_regions() {
    let got = located(
        "Prices rose across Europe and in the Middle East last year.",
        &PlaceContext::default(),
    );
    let names: Vec<&str> = got.iter().map(|m| m.0.as_str()).collect();
    assert_eq!(names, ["Europe", "Middle East"]);
    assert!(got.iter().all(|m| m.1.is_none()));
}

#[test]
fn countries_and_divisions_have_geonames_points() {
    // The points gazetteers and annotated corpora use, not polygon centroids.
    let g = Gazetteer::get();
    let us = g.country("USA").unwrap();
    assert!((us.lat.unwrap() - 39.76).abs() < 0.1 && (us.lon.unwrap() + 98.5).abs() < 0.1);
    let tx = g
        .candidates("Texas", Some("USA"))
        .into_iter()
        .find(|c| c.kind == PlaceKind::Admin1)
        .unwrap();
    assert!((tx.lat - 31.25).abs() < 0.1 && (tx.lon + 99.25).abs() < 0.1);
}

/// The cue of the mention whose text is `name`.
fn cue_of(text: &str, name: &str) -> Option<Cue> {
    places(text, &[])
        .into_iter()
        .find(|m| m.span.slice(text) == name)
        .map(|m| m.cue)
}

#[test]
fn parts_of_a_place_and_the_capital_are_locative() {
    assert_eq!(
        cue_of(
            "Troops pushed into the southern sector of Aleppo overnight.",
            "Aleppo"
        ),
        Some(Cue::In)
    );
    assert_eq!(
        cue_of(
            "Rebels hold several villages in the countryside of Homs.",
            "Homs"
        ),
        Some(Cue::In)
    );
    assert_eq!(
        cue_of(
            "Police cleared a camp in the capital, Nairobi, on Monday.",
            "Nairobi"
        ),
        Some(Cue::In)
    );
    assert_eq!(
        cue_of(
            "Riot police sealed off the Kenyan capital Nairobi.",
            "Nairobi"
        ),
        Some(Cue::In)
    );
}

#[test]
fn over_is_a_place_only_for_flights_and_patrols() {
    assert_eq!(
        cue_of("The jet was shot down over Lebanon in 1983.", "Lebanon"),
        Some(Cue::In)
    );
    assert_eq!(
        cue_of(
            "Fighter planes patrolled the skies over Belgrade.",
            "Belgrade"
        ),
        Some(Cue::In)
    );
    assert_eq!(
        cue_of("The two sides held talks over Cyprus in Geneva.", "Cyprus"),
        Some(Cue::Bare)
    );
}

#[test]
fn division_words_of_other_phrases_give_no_province() {
    // A possessive's noun, a compound and a name's own words.
    assert_eq!(
        cue_of("Egypt's state media reported the arrests.", "Egypt"),
        Some(Cue::Bare)
    );
    assert_ne!(
        cue_of("The Mexico state-run oil firm cut output.", "Mexico"),
        Some(Cue::Province)
    );
    assert_ne!(
        cue_of("Fighters of the Islamic State of Iraq fled.", "Iraq"),
        Some(Cue::Province)
    );
    assert_eq!(
        cue_of(
            "Gunmen attacked a checkpoint in the province of Kandahar.",
            "Kandahar"
        ),
        Some(Cue::Province)
    );
}

#[test]
fn a_listed_name_opens_a_list_of_unlisted_ones() {
    // "Binnish" is in the gazetteer, "Qmenas" is not: the frame "the
    // villages of" still covers the whole list.
    let text = "Shells fell on the villages of Binnish and Qmenas in Idlib.";
    let n = names(text, &["SYR"]);
    assert!(n.iter().any(|x| x == "Binnish"), "{n:?}");
    assert!(n.iter().any(|x| x == "Qmenas"), "{n:?}");
}

#[test]
fn names_of_groups_are_not_places() {
    // A town that is also an English word, glued to a capitalised word.
    assert!(names("Fighters of the Northern Alliance advanced.", &[]).is_empty());
    // A country inside a group's name has no locative cue of its own.
    let v = brief(
        "Militants of the Islamic State of Iraq attacked a post.",
        &[],
    );
    assert!(v.iter().all(|m| m.3 != Cue::In), "{v:?}");
    // A country of a name after "in" keeps the cue.
    let v = brief(
        "Elections were held in the Democratic Republic of Congo.",
        &[],
    );
    assert!(v.iter().any(|m| m.1 == "COD" && m.3 == Cue::In), "{v:?}");
}

#[test]
fn spans_take_in_city_and_an_arabic_article() {
    assert_eq!(
        names("A rally was held in Gaza City.", &[]),
        vec!["Gaza City"]
    );
    let v = places("Shells fell on the al-Karama district.", &["IRQ"]);
    assert!(
        v.iter()
            .any(|m| m.span.slice("Shells fell on the al-Karama district.") == "al-Karama"),
        "{v:?}"
    );
}

#[test]
fn a_street_or_square_after_a_locative_cue_is_a_place() {
    let t = "Riot police dispersed a sit-in at Zaytuna Square on Friday.";
    let m = unlisted_of(t, &["TUN"], "Zaytuna Square").expect("found");
    assert_eq!(m.location.country.as_deref(), Some("TUN"));
    assert_eq!(m.location.precision, PlacePrecision::Place);
    assert_eq!(m.cue, Cue::In);
    let t = "A roadside bomb went off along the Qarnawi Road near Mosul.";
    let m = unlisted_of(t, &[], "Qarnawi Road").expect("found");
    assert_eq!(m.location.country.as_deref(), Some("IRQ"));
    // No locative cue, or a name going on after the frame word: no place.
    for t in [
        "Qarnawi Street traders said prices had doubled.",
        "The Qarnawi Street Gazette said talks had failed.",
        "Reporters for the Qarnawi Avenue Journal were detained in Tunis.",
    ] {
        let n = names(t, &[]);
        assert!(!n.iter().any(|x| x.starts_with("Qarnawi")), "{t}: {n:?}");
    }
}

#[test]
fn a_street_named_after_a_town_is_the_street() {
    // "on X Street" is where, and the street is not the town it is named
    // after.
    let t = "Gunmen fired on shoppers on Mosul Street in western Baghdad.";
    let m = unlisted_of(t, &["IRQ"], "Mosul Street").expect("found");
    assert_eq!(m.cue, Cue::In);
    assert_eq!(m.location.country.as_deref(), Some("IRQ"));
    assert!(!names(t, &["IRQ"]).contains(&"Mosul".to_string()));
    let t = "Police blocked the road near Nablus Gate in the old city.";
    assert!(
        unlisted_of(t, &["ISR"], "Nablus Gate").is_some(),
        "{:?}",
        names(t, &["ISR"])
    );
}

#[test]
fn a_building_or_site_after_a_locative_cue_is_a_place() {
    let t = "Two guards were wounded at the Corniche Hotel on Friday.";
    let m = unlisted_of(t, &["LBY"], "Corniche Hotel").expect("found");
    assert_eq!(m.cue, Cue::In);
    assert_eq!(m.location.country.as_deref(), Some("LBY"));
    assert!(unlisted_of(
        "Troops dug in near the Tawila Bridge.",
        &["SDN"],
        "Tawila Bridge"
    )
    .is_some());
    // A natural feature or a site after "the", with a capitalised frame word.
    assert!(unlisted_of(
        "Rebels crossed the Qarsa River at dawn.",
        &["COD"],
        "Qarsa River"
    )
    .is_some());
    assert!(unlisted_of(
        "Shells hit the Bulbul Checkpoint.",
        &["SYR"],
        "Bulbul Checkpoint"
    )
    .is_some());
    // The same names as actors or bodies are no places.
    for t in [
        "The Corniche Hotel said it would reopen on Monday.",
        "The Corniche Hotel chain reported a loss.",
        "Militants overran the Taliban base.",
    ] {
        let n = names(t, &["LBY"]);
        assert!(
            !n.iter()
                .any(|x| x.contains("Corniche") || x.contains("Taliban")),
            "{t}: {n:?}"
        );
    }
    // Two-word frames still work with a lower-case base.
    assert!(unlisted_of("Jets struck the Qaryat air base.", &["SYR"], "Qaryat").is_some());
}

#[test]
fn an_unlisted_name_keeps_its_arabic_article() {
    let t = "Fighters stormed the Al-Zuhur District on Monday.";
    assert!(
        unlisted_of(t, &["SYR"], "Al-Zuhur District").is_some(),
        "{:?}",
        names(t, &["SYR"])
    );
    // Glued to a capitalised word before it, the name starts after the article.
    let t = "A car bomb went off in the mainly Shiite al-Zuhur district.";
    assert!(
        unlisted_of(t, &["IRQ"], "Zuhur").is_some(),
        "{:?}",
        names(t, &["IRQ"])
    );
}

#[test]
fn a_first_name_before_a_weekday_is_a_place() {
    assert_eq!(
        names("Thousands marched in Paris Sunday.", &[]),
        vec!["Paris"]
    );
    assert_eq!(
        names("Police fired tear gas in Jordan Friday.", &[]),
        vec!["Jordan"]
    );
    // A first name before a surname stays a person.
    assert!(names("Paris Hilton arrived on Sunday.", &[]).is_empty());
}

#[test]
fn a_region_listed_by_hand_beats_a_namesake_division() {
    // "Gaza" is the Palestinian territory, not Mozambique's province,
    // unless the article is about Mozambique.
    let c = Gazetteer::get().candidates("Gaza", None);
    assert_eq!(c[0].iso3, "PSE", "{c:?}");
    let c = Gazetteer::get().candidates("Gaza", Some("MOZ"));
    assert_eq!(c[0].iso3, "MOZ", "{c:?}");
}

#[test]
fn an_unlisted_name_described_as_a_settlement_is_a_place() {
    // An appositive naming the kind of place.
    let t = "Raiders burned Kembudi, a small farming village near the border.";
    let m = unlisted_of(t, &["NGA"], "Kembudi").expect("found");
    assert_eq!(m.location.country.as_deref(), Some("NGA"));
    let t = "Two officers were shot in Dorvasi, a market town in the south.";
    let m = unlisted_of(t, &["SOM"], "Dorvasi").expect("found");
    assert_eq!(m.cue, Cue::In);
    // A person described by an office of a town is not a place.
    for t in [
        "Ambrose Keltner, a village elder, told reporters the roads were shut.",
        "Said Oram Petrak, a city councillor who watched the march.",
    ] {
        let found: Vec<_> = places(t, &[])
            .into_iter()
            .filter(|m| m.location.lat.is_none())
            .collect();
        assert!(found.is_empty(), "{t}: {found:?}");
    }
}

#[test]
fn an_unlisted_name_placed_from_a_known_town_is_a_place() {
    let t = "A bomb exploded in Tarvelin, 40 km (25 miles) south of Baghdad.";
    let m = unlisted_of(t, &[], "Tarvelin").expect("found");
    assert_eq!(m.location.country.as_deref(), Some("IRQ"));
    assert_eq!(m.cue, Cue::In);
    let t = "Artillery hit Qormesh, north of Aleppo, overnight.";
    assert!(unlisted_of(t, &[], "Qormesh").is_some());
    let t = "Police found the car at Wendrick, 30 miles from Belfast.";
    assert!(unlisted_of(t, &[], "Wendrick").is_some());
}

#[test]
fn an_unlisted_name_after_at_before_a_known_place_is_a_place() {
    let t = "Militants ambushed a patrol at Kolvaru in Kandahar province.";
    let m = unlisted_of(t, &[], "Kolvaru").expect("found");
    assert_eq!(m.location.country.as_deref(), Some("AFG"));
    let t = "Two men were arrested near Belmoor, Lagos, on Friday.";
    assert!(unlisted_of(t, &[], "Belmoor").is_some());
    // Without a place after it, a name after "at" stays unknown.
    let t = "Talks were held at Vantrell on Monday.";
    assert!(unlisted_of(t, &[], "Vantrell").is_none());
}

#[test]
fn a_title_word_opens_a_name_after_a_settlement_noun() {
    let t = "Rebels held the town of Sheikh Hamdan for a week.";
    assert!(unlisted_of(t, &["SYR"], "Sheikh Hamdan").is_some());
    let t = "Army units took the strategic hilltop of Tal Qarmid on Monday.";
    assert!(unlisted_of(t, &["SYR"], "Tal Qarmid").is_some());
    // Elsewhere a title is a person's.
    let t = "The house of Sheikh Hamdan was searched.";
    assert!(unlisted_of(t, &["SYR"], "Sheikh Hamdan").is_none());
}

#[test]
fn a_former_country_name_is_its_successor() {
    let b = brief("Raids were stepped up in South Vietnam.", &[]);
    assert_eq!(b[0].0, "South Vietnam");
    assert_eq!(b[0].1, "VNM");
}

#[test]
fn a_state_named_like_its_city_by_its_context() {
    let state = |t: &str| {
        places(t, &[])
            .into_iter()
            .find(|m| m.span.slice(t) == "New York")
            .map(|m| m.location.precision)
    };
    let a1 = Some(PlacePrecision::Admin1);
    assert_eq!(state("Former New York Gov. Harold Pike spoke."), a1);
    assert_eq!(state("He grew up on a farm in upstate New York."), a1);
    assert_eq!(state("She teaches in Bronx, New York, every spring."), a1);
    assert_eq!(
        state("She flew to New York on Monday."),
        Some(PlacePrecision::Place)
    );
}

#[test]
fn a_small_town_far_from_the_articles_countries_is_a_local_name() {
    // Only a small town of that name abroad: the article's country is kept
    // and the coordinates are left out.
    let t = "Flights were delayed at Heathrow on Sunday.";
    let m = places(t, &["GBR"])
        .into_iter()
        .find(|m| m.span.slice(t) == "Heathrow")
        .expect("found");
    assert_eq!(m.location.country.as_deref(), Some("GBR"));
    assert_eq!(m.location.lat, None);
    // A town in a neighbouring country keeps its entry.
    let t = "Troops entered the town of Tall Abyad on Sunday.";
    let m = places(t, &["TUR"]).into_iter().next().expect("found");
    assert_eq!(m.location.country.as_deref(), Some("SYR"));
    assert!(m.location.lat.is_some());
}

#[test]
fn an_unlisted_name_stormed_or_assaulted_is_a_place() {
    let t = "Troops stormed Qarmidun at dawn.";
    assert!(unlisted_of(t, &["SYR"], "Qarmidun").is_some());
    let t = "The assault on Wessara began on Friday.";
    assert!(unlisted_of(t, &["SYR"], "Wessara").is_some());
    let t = "A bomber blew himself up inside Kafr Duwal.";
    let m = unlisted_of(t, &["SYR"], "Kafr Duwal").expect("found");
    assert_eq!(m.cue, Cue::In);
    // People are captured as often as places: no frame, no place.
    let t = "Police captured Wendel Morrow on Friday.";
    assert!(places(t, &["USA"]).is_empty());
}

#[test]
fn great_circle_distances() {
    // Paris to London is about 344 km; a point to itself is 0.
    let d = attache_place::great_circle_km((48.8566, 2.3522), (51.5074, -0.1278));
    assert!((340.0..348.0).contains(&d), "{d}");
    assert_eq!(
        attache_place::great_circle_km((10.0, 20.0), (10.0, 20.0)),
        0.0
    );
}

#[test]
fn towns_inside_arabic_compound_names_are_not_taken_alone() {
    // "Bab" and "Saida" are listed towns; here they are pieces of longer
    // names the gazetteer lacks.
    let t = "Rockets fell near Bab al-Nasim on Friday.";
    let m = unlisted_of(t, &["SYR"], "Bab al-Nasim").expect("found");
    assert_eq!(m.cue, Cue::Near);
    assert_eq!(m.location.lat, None);
    let t = "Mortar fire hit houses in Umm Saida overnight.";
    assert!(!names(t, &["LBN"]).iter().any(|n| n == "Saida"));
    // A person's name with an article inside is no place.
    let t = "The envoy met Ali al-Hakimi near Basra.";
    assert_eq!(names(t, &["IRQ"]), vec!["Basra"]);
    let t = "Talks were held in Ali al-Hakimi's office.";
    assert!(places(t, &["IRQ"]).is_empty());
}

#[test]
fn lower_case_ez_joins_a_listed_name() {
    let t = "Fighting raged in Deir ez-Zor on Monday.";
    let m = unlisted_of(t, &[], "Deir ez-Zor").expect("found");
    assert_eq!(m.location.country.as_deref(), Some("SYR"));
    assert!(m.location.lat.is_some());
}

#[test]
fn a_small_town_taken_or_shelled_needs_no_preposition() {
    // Birao (a town of some 8,000 people) as the object of "overran".
    let t = "Rebels overran Birao after a week of fighting.";
    let m = unlisted_of(t, &[], "Birao").expect("found");
    assert_eq!(m.location.country.as_deref(), Some("CAF"));
    // A first name after such a verb is a person.
    let t = "Police captured Marion after a chase.";
    assert!(places(t, &["GBR"]).is_empty());
}

#[test]
fn local_government_areas_frame_a_name() {
    let t = "Herders killed nine villagers in Dansoka local government area of Kaduna State.";
    let m = unlisted_of(t, &[], "Dansoka").expect("found");
    assert_eq!(m.location.country.as_deref(), Some("NGA"));
    let t = "Gunmen raided two villages in Tudun LGA on Sunday.";
    assert!(unlisted_of(t, &["NGA"], "Tudun").is_some());
}

#[test]
fn us_counties_are_counties_not_towns_abroad() {
    // Our own sentences. A county is its own entry at its own point, in its
    // state, never a same-named town elsewhere.
    let text = "Two barns burned overnight in Barren County, deputies said.";
    let m = places(text, &[]);
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].span.slice(text), "Barren County");
    assert_eq!(m[0].location.country.as_deref(), Some("USA"));
    assert_eq!(m[0].location.admin1.as_deref(), Some("Kentucky"));
    // A state after the county picks the right one of many.
    let text = "The vote in Monroe County, Mich., was close.";
    let m = places(text, &[]);
    assert_eq!(m[0].span.slice(text), "Monroe County");
    assert_eq!(m[0].location.admin1.as_deref(), Some("Michigan"));
    // Before an office or a title, and opening a sentence, it stays a place.
    for text in [
        "Hall County Sheriff Jane Roe closed the road on Monday.",
        "A Barren County Deputy found the car in a ditch.",
    ] {
        let m = places(text, &["USA"]);
        assert!(
            m.iter().any(|p| p.span.slice(text).ends_with("County")
                && p.location.lat.is_some()
                && p.location.country.as_deref() == Some("USA")),
            "{text}: {m:?}"
        );
    }
    let g = Gazetteer::get();
    let c = g.candidates("Orleans Parish", None);
    assert_eq!(c[0].iso3, "USA");
    assert_eq!(c[0].admin1, Some("Louisiana"));
}

#[test]
fn sana_is_yemen_after_a_cue_and_the_agency_otherwise() {
    // Our own sentences.
    let text = "Thousands marched in Sana on Friday.";
    let m = places(text, &[]);
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].location.country.as_deref(), Some("YEM"));
    let text = "Shells fell on the capital, Sana, at dawn.";
    assert!(places(text, &[])
        .iter()
        .any(|p| p.location.country.as_deref() == Some("YEM")));
    // The Syrian news agency.
    for text in [
        "SANA said the army entered the town.",
        "State news agency Sana reported the attack.",
    ] {
        assert!(places(text, &["SYR"]).is_empty(), "{text}");
    }
}

#[test]
fn a_site_named_after_a_town_is_the_site() {
    // Our own sentences: a two-word site frame after a listed town takes the
    // whole name, as a one-word frame does ("X Airport").
    for (text, site) in [
        (
            "Shells fell on the Hama Military Airport at dawn.",
            "Hama Military Airport",
        ),
        (
            "The plane landed at Kabul International Airport.",
            "Kabul International Airport",
        ),
        ("Troops pulled out of Bagram Air Base.", "Bagram Air Base"),
    ] {
        let m = places(text, &[]);
        assert!(
            m.iter()
                .any(|p| p.span.slice(text) == site && p.location.lat.is_none()),
            "{text}: {m:?}"
        );
    }
}

#[test]
fn two_word_towns_written_as_one_word() {
    // GeoNames writes "Miran Shah"; wires often join the words.
    let m = places("Troops were deployed in Miranshah after the attack.", &[]);
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(
        m[0].span
            .slice("Troops were deployed in Miranshah after the attack."),
        "Miranshah"
    );
    assert_eq!(m[0].location.country.as_deref(), Some("PAK"));
    // Without a place cue a joined spelling is not taken.
    assert!(names("Miranshah said nothing.", &[]).is_empty());
}

#[test]
fn somali_x_is_read_as_h() {
    let m = brief("Fighting was reported in Huddur on Monday.", &[]);
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].1, "SOM");
}

#[test]
fn hometown_of_gives_a_place_cue() {
    let m = brief(
        "A bomb went off in the president's hometown of Tikrit.",
        &[],
    );
    assert!(
        m.iter()
            .any(|(n, c, _, cue)| n == "Tikrit" && c == "IRQ" && *cue == Cue::In),
        "{m:?}"
    );
}

#[test]
fn division_named_like_its_x_city_town() {
    // "Quebec City" is the town; a bare "Quebec" is the province.
    let g = Gazetteer::get();
    let c = g.candidates("Quebec", None);
    assert_eq!(c[0].kind, PlaceKind::Admin1, "{:?}", &c[..2]);
    assert_eq!(c[0].iso3, "CAN");
    let m = brief("Voters in Quebec went to the polls.", &[]);
    assert_eq!(m[0].2, PlacePrecision::Admin1, "{m:?}");
    let m = brief("Voters in Quebec City went to the polls.", &[]);
    assert_eq!(m[0].0, "Quebec City");
    assert_eq!(m[0].2, PlacePrecision::Place, "{m:?}");
    // A town far larger than the rest of its division stays the town.
    let c = g.candidates("New York", None);
    assert_eq!(c[0].kind, PlaceKind::Place);
}

#[test]
fn the_object_of_an_assault_is_a_place() {
    let m = brief(
        "Government jets stepped up their attacks on Binnish this week.",
        &[],
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(
        (m[0].0.as_str(), m[0].1.as_str(), m[0].3),
        ("Binnish", "SYR", Cue::In)
    );
    let m = brief("Rebels began an offensive against Manbij last summer.", &[]);
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].3, Cue::In);
    // A country is as often the state attacked: its cue stays.
    let m = brief("The group threatened attacks on France.", &[]);
    assert_eq!(m[0].3, Cue::Bare, "{m:?}");
    // Not after other nouns.
    assert!(names("He wrote a book on Binnish.", &[]).is_empty());
}

#[test]
fn a_possessive_before_a_personal_noun_is_a_person() {
    // "Tikrit" stands in for any town name that is also a person's name.
    assert!(names("Students marched in Tikrit's support.", &[]).is_empty());
    assert!(names("A vigil was held in Jackson's memory.", &[]).is_empty());
    assert_eq!(
        names("Shops closed in Tikrit's old market.", &[]),
        ["Tikrit"]
    );
}

/// Lines set in capitals (headlines, old wire copy) are read like ordinary
/// text: place names are found after the usual cues.
#[test]
fn lines_in_capitals() {
    let caps = "SOLDIERS FIRED ON A CROWD OF STONE THROWERS IN THE WEST BANK ON FRIDAY.";
    let mixed = "Soldiers fired on a crowd of stone throwers in the West Bank on Friday.";
    assert_eq!(names(caps, &[]), vec!["WEST BANK"]);
    assert_eq!(names(mixed, &[]), vec!["West Bank"]);

    let caps = "EGYPT BLAMED LIBYA FOR THE BOMBING OF A MARKET IN LEBANON.";
    assert_eq!(names(caps, &[]), vec!["EGYPT", "LIBYA", "LEBANON"]);

    let caps = "GUNMEN RAIDED TWO FARMS NEAR JUBA ON TUESDAY.";
    let b = brief(caps, &[]);
    assert_eq!(b.len(), 1, "{b:?}");
    assert_eq!(b[0].0, "JUBA");
    assert_eq!(b[0].3, Cue::Near);

    // English words that are also towns need a cue even in capitals.
    let caps = "MOBILE PHONE SALES ROSE AS READING HABITS CHANGED IN A NICE WAY.";
    assert!(names(caps, &[]).is_empty(), "{:?}", names(caps, &[]));
    let caps = "FLOODS CLOSED SCHOOLS IN READING ON MONDAY.";
    assert_eq!(names(caps, &[]), vec!["READING"]);

    // Names the gazetteer lacks are not guessed from a line in capitals.
    let caps = "REBELS SHELLED THE BORDER VILLAGES OF KAFR QUDDAM AND TELL HARRAS.";
    assert!(names(caps, &[]).iter().all(|n| !n.contains("QUDDAM")));

    // A word before a place is no name of which the place is a part: in
    // capitals every word looks like one. Only a first name before a small
    // town makes it a person's.
    let caps = "ARMOURED COLUMNS ENTERING KANDAHAR MET NO RESISTANCE.";
    assert_eq!(names(caps, &[]), vec!["KANDAHAR"]);
    let caps = "THE CONVOY LEFT AMMAN FOR BAGHDAD EARLY ON TUESDAY.";
    assert_eq!(names(caps, &[]), vec!["AMMAN", "BAGHDAD"]);
    let caps = "THE STATEMENT WAS SIGNED BY JOHN KERRY AND OTHER SENATORS.";
    assert!(names(caps, &[]).is_empty(), "{:?}", names(caps, &[]));

    // Modifiers between a cue and a place are capitalised too.
    let caps = "TROOPS DETAINED NINE MEN IN THE OCCUPIED WEST BANK ON MONDAY.";
    let b = brief(caps, &[]);
    assert_eq!(b.len(), 1, "{b:?}");
    assert_eq!((b[0].0.as_str(), b[0].3), ("WEST BANK", Cue::In));
    let caps = "POLICE BROKE UP A RALLY IN SOUTHERN BEIRUT SUBURBS ON SUNDAY.";
    assert_eq!(brief(caps, &[])[0].0, "BEIRUT");

    // "X CITY" is a town's name as "X City" is.
    let caps = "TANKS MOVED INTO GAZA CITY BEFORE DAWN.";
    assert_eq!(names(caps, &[]), vec!["GAZA CITY"]);

    // Acronyms in mixed-case text stay acronyms; a dateline in capitals does
    // not make the sentence a line in capitals.
    let mixed = "NICE officials met the WHO team in Geneva on Monday.";
    assert_eq!(names(mixed, &[]), vec!["Geneva"]);
    let mixed = "BAGHDAD (Reuters) - A car bomb exploded in Basra on Monday.";
    assert!(names(mixed, &[]).contains(&"Basra".to_string()));
}

/// Second-level divisions (data/places/districts.tsv) whose names no town
/// has are found after a place cue, in their country.
#[test]
fn districts_need_a_place_cue() {
    let b = brief("Herders clashed with farmers in Agatu on Tuesday.", &[]);
    assert_eq!(b.len(), 1, "{b:?}");
    assert_eq!((b[0].0.as_str(), b[0].1.as_str()), ("Agatu", "NGA"));
    assert_eq!(b[0].2, PlacePrecision::Place);
    let b = brief("Floods cut roads across rural Oxfordshire.", &[]);
    assert_eq!(b.len(), 1, "{b:?}");
    assert_eq!(b[0].1, "GBR");
    // "X district", "X local government area" are cues too.
    assert_eq!(
        names(
            "Gunmen burned two villages in the Agatu local government area.",
            &[]
        ),
        ["Agatu"]
    );
    // Without a cue, glued to a capitalised word, or in an article about
    // another country, the name is not taken.
    assert!(names("Agatu leaders met the governor.", &[]).is_empty());
    assert!(names("The Oxfordshire Regiment paraded.", &[]).is_empty());
    assert!(names("Troops patrolled in Agatu overnight.", &["KEN"]).is_empty());
    // A district is a place of the gazetteer with its point.
    let m = &places("Troops patrolled in Agatu overnight.", &["NGA"])[0];
    assert!(m.location.lat.is_some() && m.location.lon.is_some());
}

/// "close to X", "next to X", "the entrance to X" say where, not whither.
#[test]
fn close_to_and_the_entrance_to_are_near() {
    for text in [
        "Rebels shelled an army post close to Kandahar.",
        "A car bomb went off next to Mosul's central market.",
        "Settlers protested at the entrance to Hebron.",
    ] {
        let b = brief(text, &[]);
        assert_eq!(b.len(), 1, "{text}: {b:?}");
        assert_eq!(b[0].3, Cue::Near, "{text}");
    }
    // A destination keeps its cue.
    let b = brief("The convoy drove to Kandahar.", &[]);
    assert_eq!(b[0].3, Cue::To);
}

#[test]
fn a_nationality_adjective_spelt_like_a_town_is_no_place() {
    // "Canadian" (a town in Texas) and "Thai" (an alternate name) before a
    // lower-case noun are adjectives.
    assert!(names("A bomb went off near a Canadian convoy on Monday.", &[]).is_empty());
    assert_eq!(
        names(
            "Two bombs exploded in Thai southern provinces overnight.",
            &[]
        ),
        Vec::<String>::new()
    );
    // A real town before a lower-case word is still a place.
    assert_eq!(
        names("Police raided a house in Kandahar yesterday.", &[]),
        vec!["Kandahar"]
    );
}

#[test]
fn a_town_named_with_its_district_keeps_the_whole_name() {
    assert_eq!(
        names("A bomb hit a house in Shindand District on Friday.", &[]),
        vec!["Shindand District"]
    );
    // A lower-case "district" is not part of the name.
    assert_eq!(
        names("A bomb hit a house in Shindand district on Friday.", &[]),
        vec!["Shindand"]
    );
    // Nor a longer capitalised word that begins the same way.
    assert!(!names("Rockets fell on Shindand Districts overnight.", &[])
        .iter()
        .any(|n| n == "Shindand District"));
}

#[test]
fn a_time_of_day_after_a_time_preposition_is_no_place() {
    assert_eq!(
        names(
            "TROOPS ENTERED THE TOWN AT DAWN AFTER HEAVY SHELLING OF KANDAHAR.",
            &[]
        ),
        vec!["KANDAHAR"]
    );
    assert!(names("The Curfew Ends At Dawn", &[]).is_empty());
    assert!(!names(
        "Police will patrol the streets until Sunset on Friday.",
        &[]
    )
    .iter()
    .any(|n| n == "Sunset"));
    // The town of that name after a locative cue is still a place.
    assert!(names("A storm flooded homes in Sunset, Florida.", &[])
        .iter()
        .any(|n| n == "Sunset"));
}

#[test]
fn a_small_town_owning_a_home_is_a_person() {
    // Anderson (South Carolina) and Patten (Maine) are towns, but here
    // they are people.
    assert!(!names(
        "Police found the weapons in Anderson's apartment in Lima.",
        &[]
    )
    .iter()
    .any(|n| n == "Anderson"));
    assert!(names("Guards stood outside Patten's hotel all night.", &[]).is_empty());
    // A city's hotel is the city's.
    assert_eq!(
        names("A bomb exploded outside Kabul's Serena hotel.", &[]),
        vec!["Kabul"]
    );
    // A nationality adjective that is also a country's short name.
    assert!(
        !names("Gunmen killed a Somali ambassador in the attack.", &[])
            .iter()
            .any(|n| n == "Somali")
    );
}

#[test]
fn a_division_spelt_like_a_nationality_before_its_part_word_is_a_place() {
    assert!(names(
        "Flooding displaced thousands in Ethiopia's Somali region.",
        &[]
    )
    .iter()
    .any(|n| n == "Somali"));
}

#[test]
fn a_country_named_like_its_nationality_word_stays_a_place() {
    assert_eq!(
        names("Gibraltar was handed to Britain in 1713.", &[]),
        vec!["Gibraltar", "Britain"]
    );
}

/// "the X district of Y": a small town of X's name in another country
/// than Y's is not X ("Zhari" is also an alternate name of Poland's Żary);
/// the name is taken as a district of Y's country the gazetteer lacks. A
/// country or a big town before the division word is not touched.
#[test]
fn district_of_a_place_abroad_is_a_local_district() {
    let t = "Gunmen attacked a police post in the Zhari district of Kandahar province.";
    let b = brief(t, &[]);
    let z = b.iter().find(|m| m.0 == "Zhari").expect("Zhari found");
    assert_eq!(z.1, "AFG", "{b:?}");
    // Without the frame the name keeps its gazetteer reading.
    let b = brief("Police in Zhari detained two men.", &[]);
    assert!(b.iter().any(|m| m.0 == "Zhari" && m.1 == "POL"), "{b:?}");
    // The container before the division word stays what it is.
    let t = "A car bomb exploded in the southern Syria province of Daraa.";
    let b = brief(t, &[]);
    assert!(b.iter().any(|m| m.0 == "Daraa" && m.1 == "SYR"), "{b:?}");
    // A listed town in the right country keeps its listing.
    let t = "Troops raided houses in the Karkh district of Baghdad.";
    let b = brief(t, &[]);
    assert!(b.iter().all(|m| m.1 == "IRQ"), "{b:?}");
}

/// "a village called X", "a township named X", "an area known as X": the
/// frame makes a name the gazetteer lacks a place, as "the village of X"
/// does; "the town called for calm" names nothing.
#[test]
fn settlement_called_x_is_a_place() {
    for (t, want) in [
        (
            "Gunmen raided a village called Ungwar Kaje in Kaduna state.",
            "Ungwar Kaje",
        ),
        (
            "Soldiers patrolled a township named Zenzele outside Harare.",
            "Zenzele",
        ),
        (
            "Rebels shelled an area known as Wadi Halfaya overnight.",
            "Wadi Halfaya",
        ),
    ] {
        let got = names(t, &[]);
        assert!(got.contains(&want.to_string()), "{t}: {got:?}");
    }
    let got = names("The town called for calm after Mayor Tinubu spoke.", &[]);
    assert!(got.is_empty(), "{got:?}");
}

/// "the Red Sea resort of X" and "X commune" frame names the gazetteer
/// lacks; a capitalised "Commune" after a listed town is not a new place.
#[test]
fn resorts_and_communes_frame_places() {
    let got = names(
        "Bombs exploded in the Sinai resort of Ras Burqa overnight.",
        &[],
    );
    assert!(got.contains(&"Ras Burqa".to_string()), "{got:?}");
    let got = names("Rebels attacked Gatumba-Ruziba commune on Tuesday.", &[]);
    assert!(got.contains(&"Gatumba-Ruziba".to_string()), "{got:?}");
    let got = names("The Paris Commune ruled the city in 1871.", &[]);
    assert!(got.iter().all(|n| n.starts_with("Paris")), "{got:?}");
}

use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn all(s: &str, article: NaiveDate) -> Vec<TimeExpr> {
    let mut out = Vec::new();
    find_dates(s, Span::new(0, s.len()), article, &mut out);
    out
}

/// The single date found in `s`: (matched text, date, precision, kind).
fn one(s: &str, article: NaiveDate) -> (String, NaiveDate, DatePrecision, TimeKind) {
    let v = all(s, article);
    assert_eq!(v.len(), 1, "expected one date in {s:?}, got {v:?}");
    let e = &v[0];
    (e.span.slice(s).to_string(), e.date, e.precision, e.kind)
}

use DatePrecision::{Day, Month, Week, Year};

// 2024-03-13 is a Wednesday; 2024 is a leap year.
fn wed() -> NaiveDate {
    d(2024, 3, 13)
}

#[test]
fn today_tonight_parts_of_day() {
    assert_eq!(
        one("The council meets today to vote.", wed()),
        ("today".into(), wed(), Day, TimeKind::Today)
    );
    assert_eq!(one("Protesters gathered again tonight.", wed()).1, wed());
    let (t, dt, p, k) = one("Rockets hit the port this morning, officials said.", wed());
    assert_eq!(
        (t.as_str(), dt, p, k),
        ("this morning", wed(), Day, TimeKind::PartOfDay)
    );
    assert_eq!(one("Talks resume this afternoon.", wed()).1, wed());
    assert_eq!(one("He will speak this evening.", wed()).1, wed());
}

#[test]
fn yesterday_tomorrow_overnight_last_night() {
    assert_eq!(
        one("Troops withdrew yesterday from the town.", wed()).1,
        d(2024, 3, 12)
    );
    assert_eq!(
        one("Ministers will meet tomorrow.", wed()).1,
        d(2024, 3, 14)
    );
    assert_eq!(
        one("Shelling continued overnight.", wed()),
        ("overnight".into(), wed(), Day, TimeKind::Overnight)
    );
    assert_eq!(
        one("Two bombs exploded last night near the market.", wed()).1,
        d(2024, 3, 12)
    );
}

#[test]
fn yesterday_across_year_boundary() {
    assert_eq!(
        one("Police arrested him yesterday.", d(2024, 1, 1)).1,
        d(2023, 12, 31)
    );
    assert_eq!(
        one("The ceasefire starts tomorrow.", d(2023, 12, 31)).1,
        d(2024, 1, 1)
    );
}

#[test]
fn previous_day() {
    let (t, dt, _, k) = one("Officials had warned of an attack the previous day.", wed());
    assert_eq!(
        (t.as_str(), dt, k),
        ("the previous day", d(2024, 3, 12), TimeKind::PreviousDay)
    );
    assert_eq!(
        one("A similar blast hit the city the day before.", wed()).1,
        d(2024, 3, 12)
    );
    assert_eq!(
        one("They left the day before yesterday.", wed()).1,
        d(2024, 3, 11)
    );
    // Relative to another event, not the article: left alone.
    assert!(all("They met the day before the vote.", wed()).is_empty());
}

#[test]
fn weekday_past_is_nearest_before() {
    // Article Wednesday; "on Monday" in a past clause = two days before.
    assert_eq!(
        one("Rebels seized the airport on Monday.", wed()).1,
        d(2024, 3, 11)
    );
    assert_eq!(
        one(
            "Gunmen attacked a checkpoint on Thursday, the army said.",
            wed()
        )
        .1,
        d(2024, 3, 7)
    );
}

#[test]
fn weekday_same_day_past_is_today() {
    assert_eq!(one("The president resigned on Wednesday.", wed()).1, wed());
}

#[test]
fn weekday_future_is_next() {
    assert_eq!(
        one("The parliament will vote on Friday.", wed()).1,
        d(2024, 3, 15)
    );
    assert_eq!(
        one("Negotiators are expected to return on Monday.", wed()).1,
        d(2024, 3, 18)
    );
    // Same weekday in a future clause: a week later.
    assert_eq!(
        one("The summit will open on Wednesday.", wed()).1,
        d(2024, 3, 20)
    );
}

#[test]
fn weekday_without_on() {
    let (t, dt, p, k) = one("Police said Tuesday that nine people were detained.", wed());
    assert_eq!(
        (t.as_str(), dt, p, k),
        ("Tuesday", d(2024, 3, 12), Day, TimeKind::Weekday)
    );
}

#[test]
fn weekday_unknown_tense_defaults_to_past() {
    assert_eq!(
        one("Sunday's rally in the capital.", wed()).1,
        d(2024, 3, 10)
    );
}

#[test]
fn last_and_next_weekday() {
    let (t, dt, _, k) = one("The deal was signed last Friday.", wed());
    assert_eq!(
        (t.as_str(), dt, k),
        ("last Friday", d(2024, 3, 8), TimeKind::LastWeekday)
    );
    let (t, dt, _, k) = one("Voting begins next Tuesday.", wed());
    assert_eq!(
        (t.as_str(), dt, k),
        ("next Tuesday", d(2024, 3, 19), TimeKind::NextWeekday)
    );
    // "last Wednesday" written on a Wednesday is a week ago.
    assert_eq!(one("They met last Wednesday.", wed()).1, d(2024, 3, 6));
    assert_eq!(
        one("This past Sunday, crowds marched.", wed()).1,
        d(2024, 3, 10)
    );
}

#[test]
fn weekday_across_month_and_year() {
    // 2024-01-02 is a Tuesday; "on Friday" (past) is 2023-12-29.
    assert_eq!(
        one("Militants attacked the base on Friday.", d(2024, 1, 2)).1,
        d(2023, 12, 29)
    );
    // 2023-12-29 is a Friday; "on Tuesday" (future) is 2024-01-02.
    assert_eq!(
        one("The court will rule on Tuesday.", d(2023, 12, 29)).1,
        d(2024, 1, 2)
    );
}

#[test]
fn weeks() {
    assert_eq!(
        one("Fighting intensified this week.", wed()),
        ("this week".into(), d(2024, 3, 11), Week, TimeKind::ThisWeek)
    );
    assert_eq!(one("Aid arrived last week.", wed()).1, d(2024, 3, 4));
    assert_eq!(one("Talks will resume next week.", wed()).1, d(2024, 3, 18));
    // Across the year: 2024-01-03 (Wed) → last week starts 2023-12-25.
    assert_eq!(
        one("Prices rose last week.", d(2024, 1, 3)).1,
        d(2023, 12, 25)
    );
}

#[test]
fn weekends() {
    let (t, dt, p, k) = one("Thousands marched last weekend.", wed());
    assert_eq!(
        (t.as_str(), dt, p, k),
        ("last weekend", d(2024, 3, 9), Week, TimeKind::LastWeekend)
    );
    assert_eq!(
        one("More protests are planned this weekend.", wed()).1,
        d(2024, 3, 16)
    );
    assert_eq!(one("The vote is next weekend.", wed()).1, d(2024, 3, 23));
    // Written on a Sunday, "this weekend" is the day before.
    assert_eq!(
        one("Clashes broke out this weekend.", d(2024, 3, 17)).1,
        d(2024, 3, 16)
    );
}

#[test]
fn months_relative() {
    assert_eq!(
        one("Prices rose this month.", wed()),
        (
            "this month".into(),
            d(2024, 3, 1),
            Month,
            TimeKind::ThisMonth
        )
    );
    assert_eq!(
        one("The law passed earlier this month.", wed()).0,
        "earlier this month"
    );
    assert_eq!(
        one("The law passed earlier this month.", wed()).1,
        d(2024, 3, 1)
    );
    assert_eq!(one("Exports fell last month.", wed()).1, d(2024, 2, 1));
    assert_eq!(one("Elections are due next month.", wed()).1, d(2024, 4, 1));
}

#[test]
fn last_month_in_january_and_next_month_in_december() {
    assert_eq!(
        one("Inflation eased last month.", d(2024, 1, 15)).1,
        d(2023, 12, 1)
    );
    assert_eq!(
        one("The mission ends next month.", d(2023, 12, 15)).1,
        d(2024, 1, 1)
    );
}

#[test]
fn years_relative() {
    assert_eq!(
        one("Growth slowed this year.", wed()),
        ("this year".into(), d(2024, 1, 1), Year, TimeKind::ThisYear)
    );
    assert_eq!(
        one("The army was deployed last year.", wed()).1,
        d(2023, 1, 1)
    );
    assert_eq!(one("Troops leave next year.", wed()).1, d(2025, 1, 1));
    assert_eq!(
        one("The two leaders met earlier this year.", wed()).0,
        "earlier this year"
    );
    assert_eq!(
        one("A vote is expected later this year.", wed()).1,
        d(2024, 1, 1)
    );
}

#[test]
fn days_ago_words_and_digits() {
    assert_eq!(
        one("The convoy was hit two days ago.", wed()),
        (
            "two days ago".into(),
            d(2024, 3, 11),
            Day,
            TimeKind::DaysAgo
        )
    );
    assert_eq!(one("He vanished 10 days ago.", wed()).1, d(2024, 3, 3));
    assert_eq!(
        one("The truce collapsed 10 days earlier.", wed()).1,
        d(2024, 3, 3)
    );
    // Across a leap day: 2024-03-02 minus three days is 2024-02-28.
    assert_eq!(
        one("It happened three days ago.", d(2024, 3, 2)).1,
        d(2024, 2, 28)
    );
}

#[test]
fn weeks_months_years_ago() {
    let (_, dt, p, k) = one("The mayor was abducted three weeks ago.", wed());
    assert_eq!((dt, p, k), (d(2024, 2, 19), Week, TimeKind::WeeksAgo));
    assert_eq!(
        one("The offensive began a month ago.", wed()).1,
        d(2024, 2, 1)
    );
    assert_eq!(
        one("The offensive began six months ago.", d(2024, 2, 10)).1,
        d(2023, 8, 1)
    );
    assert_eq!(
        one("The border closed a year ago.", wed()),
        ("a year ago".into(), d(2023, 1, 1), Year, TimeKind::YearsAgo)
    );
    assert_eq!(
        one("The border closed twenty years ago.", wed()).1,
        d(2004, 1, 1)
    );
    assert!(all("The border closed a few years ago.", wed()).is_empty());
}

#[test]
fn month_day_no_year_past() {
    let (t, dt, p, k) = one("The rebels took the town on March 3.", wed());
    assert_eq!(
        (t.as_str(), dt, p, k),
        ("March 3", d(2024, 3, 3), Day, TimeKind::MonthDay)
    );
    // Later in the year than the article: last year's.
    assert_eq!(
        one("The rebels took the town on March 30.", wed()).1,
        d(2023, 3, 30)
    );
    assert_eq!(
        one("Violence erupted on Dec. 28.", d(2024, 1, 5)).1,
        d(2023, 12, 28)
    );
}

#[test]
fn month_day_no_year_future() {
    assert_eq!(
        one("The election will be held on March 30.", wed()).1,
        d(2024, 3, 30)
    );
    assert_eq!(
        one("The election will be held on Jan. 7.", d(2023, 12, 20)).1,
        d(2024, 1, 7)
    );
    // The same day counts in both directions.
    assert_eq!(one("The talks will end on March 13.", wed()).1, wed());
}

#[test]
fn day_month_order() {
    let (t, dt, _, k) = one("The ceasefire began on 3 March.", wed());
    assert_eq!(
        (t.as_str(), dt, k),
        ("3 March", d(2024, 3, 3), TimeKind::MonthDay)
    );
    assert_eq!(one("They met on the 5th of March.", wed()).1, d(2024, 3, 5));
    assert_eq!(one("They met on March 5th.", wed()).1, d(2024, 3, 5));
}

#[test]
fn abbreviated_months() {
    assert_eq!(
        one("The attacks of Sept. 11 changed everything.", wed()).1,
        d(2023, 9, 11)
    );
    assert_eq!(
        one("The strike began Mar. 3 in the north.", wed()).0,
        "Mar. 3"
    );
    assert_eq!(one("Polls open Feb. 4, 2025.", wed()).1, d(2025, 2, 4));
}

#[test]
fn full_dates() {
    let (t, dt, p, k) = one("The treaty was signed on March 3, 2019, in Geneva.", wed());
    assert_eq!(
        (t.as_str(), dt, p, k),
        ("March 3, 2019", d(2019, 3, 3), Day, TimeKind::FullDate)
    );
    assert_eq!(
        one("The treaty was signed on 3 March 2019.", wed()).1,
        d(2019, 3, 3)
    );
    let (t, dt, _, _) = one("Records dated 2019-03-03 were released.", wed());
    assert_eq!((t.as_str(), dt), ("2019-03-03", d(2019, 3, 3)));
    let e = &all("It ended on 2019-03-03.", wed())[0];
    assert!(!e.relative);
}

#[test]
fn leap_years() {
    assert_eq!(
        one("The vote took place on Feb. 29, 2024.", wed()).1,
        d(2024, 2, 29)
    );
    // No such day in 2023: not a date.
    assert!(all("The vote took place on Feb. 29, 2023.", wed()).is_empty());
    // Without a year, Feb 29 goes to the last leap year.
    assert_eq!(
        one("He was born on February 29.", d(2023, 6, 1)).1,
        d(2020, 2, 29)
    );
    assert_eq!(
        one("The count will end on February 29.", d(2023, 6, 1)).1,
        d(2024, 2, 29)
    );
    assert_eq!(
        one("Results came a day after February 28.", d(2024, 3, 1)).1,
        d(2024, 2, 28)
    );
}

#[test]
fn month_alone() {
    let (t, dt, p, k) = one("The offensive began in March.", d(2024, 6, 10));
    assert_eq!(
        (t.as_str(), dt, p, k),
        ("March", d(2024, 3, 1), Month, TimeKind::Month)
    );
    // Article in March: this year's March.
    assert_eq!(one("The offensive began in March.", wed()).1, d(2024, 3, 1));
    // A later month than the article's: last year's.
    assert_eq!(
        one("The offensive began in November.", wed()).1,
        d(2023, 11, 1)
    );
    // Future: the next one.
    assert_eq!(
        one("Elections will be held in November.", wed()).1,
        d(2024, 11, 1)
    );
    assert_eq!(
        one("Elections will be held in February.", wed()).1,
        d(2025, 2, 1)
    );
    // Month names need a preposition: "May" the modal is not a date.
    assert!(all("May God protect them, she said.", wed()).is_empty());
    assert_eq!(one("Clashes broke out in early May.", wed()).0, "early May");
}

#[test]
fn last_and_next_month_name() {
    assert_eq!(
        one("The law was passed last March.", wed()).1,
        d(2023, 3, 1)
    );
    assert_eq!(
        one("The law was passed last January.", wed()).1,
        d(2024, 1, 1)
    );
    assert_eq!(
        one("The law takes effect next March.", wed()).1,
        d(2025, 3, 1)
    );
}

#[test]
fn month_year() {
    let (t, dt, p, k) = one("The war started in March 2019.", wed());
    assert_eq!(
        (t.as_str(), dt, p, k),
        ("March 2019", d(2019, 3, 1), Month, TimeKind::MonthYear)
    );
    assert_eq!(
        one("Talks stalled in late October 2022.", wed()).0,
        "late October 2022"
    );
    assert_eq!(one("It lasted until June, 2021.", wed()).1, d(2021, 6, 1));
}

#[test]
fn bare_years() {
    assert_eq!(
        one("The group was founded in 2019.", wed()),
        ("2019".into(), d(2019, 1, 1), Year, TimeKind::Year)
    );
    assert_eq!(one("He has ruled since 2015.", wed()).1, d(2015, 1, 1));
    assert_eq!(one("Emissions must fall by 2030.", wed()).1, d(2030, 1, 1));
    let e = &all("It was founded in 2019.", wed())[0];
    assert!(!e.relative);
}

#[test]
fn years_that_are_quantities() {
    assert!(all("Police said 2019 people were detained.", wed()).is_empty());
    assert!(all("The number rose to 2000 people.", wed()).is_empty());
    assert!(all("The fund holds $2019 million.", wed()).is_empty());
    // Out of range.
    assert!(all("In 1850 the town was founded.", wed()).is_empty());
    assert!(all("Forecasts reach to 2150.", wed()).is_empty());
    // "in 2019 elections" is still a year.
    assert_eq!(
        one("Turnout fell in 2019 elections.", wed()).1,
        d(2019, 1, 1)
    );
}

#[test]
fn decades() {
    let (t, dt, p, k) = one("The conflict dates back to the 1990s.", wed());
    assert_eq!(
        (t.as_str(), dt, p, k),
        ("the 1990s", d(1990, 1, 1), Year, TimeKind::Decade)
    );
    assert_eq!(
        one("In the 1980s the party was banned.", wed()).1,
        d(1980, 1, 1)
    );
    assert!(all("Temperatures in the 1995s.", wed()).is_empty());
}

#[test]
fn parts_of_year() {
    let (t, dt, p, k) = one("The plant closed in mid-2019.", wed());
    assert_eq!(
        (t.as_str(), dt, p, k),
        ("mid-2019", d(2019, 1, 1), Year, TimeKind::PartOfYear)
    );
    assert_eq!(
        one("The mission ended in late 2018.", wed()).1,
        d(2018, 1, 1)
    );
    assert_eq!(one("Work resumes in early 2020.", wed()).0, "early 2020");
    assert_eq!(
        one("Troops left by the end of 2021.", wed()).0,
        "the end of 2021"
    );
}

#[test]
fn several_in_one_sentence() {
    let s = "The rebels, who seized the town on Monday, said on Tuesday they would hold it until March 2025.";
    let v = all(s, wed());
    let got: Vec<(&str, NaiveDate)> = v.iter().map(|e| (e.span.slice(s), e.date)).collect();
    assert_eq!(
        got,
        vec![
            ("Monday", d(2024, 3, 11)),
            ("Tuesday", d(2024, 3, 12)),
            ("March 2025", d(2025, 3, 1))
        ]
    );
}

#[test]
fn spans_are_absolute() {
    let text = "First sentence. Troops withdrew yesterday.";
    let span = Span::new(16, text.len());
    let mut out = Vec::new();
    find_dates(text, span, wed(), &mut out);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].span.slice(text), "yesterday");
    assert!(out[0].relative);
}

#[test]
fn no_dates_in_plain_sentences() {
    assert!(all("The minister criticised the plan and left the room.", wed()).is_empty());
    assert!(all("Police fired tear gas at protesters.", wed()).is_empty());
    // Capitalised weekday/month words only.
    assert!(all("They march together and may return.", wed()).is_empty());
    assert!(!may_have_date("The minister criticised the plan."));
}

#[test]
fn tense_detection() {
    let t = |s: &str, w: &str| tense_near(s, Span::new(0, s.len()), s.find(w).unwrap());
    assert_eq!(
        t("The council will vote on Tuesday.", "Tuesday"),
        Tense::Future
    );
    assert_eq!(t("The council voted on Tuesday.", "Tuesday"), Tense::Past);
    assert_eq!(
        t("The council is expected to vote on Tuesday.", "Tuesday"),
        Tense::Future
    );
    assert_eq!(
        t("The government plans to hold talks on Tuesday.", "Tuesday"),
        Tense::Future
    );
    assert_eq!(
        t("On Tuesday, police arrested ten men.", "Tuesday"),
        Tense::Past
    );
    assert_eq!(
        t("On Tuesday, the council will decide.", "Tuesday"),
        Tense::Future
    );
    assert_eq!(
        t(
            "The minister said talks would resume on Tuesday.",
            "Tuesday"
        ),
        Tense::Future
    );
    assert_eq!(
        t(
            "Talks, which were held on Tuesday, will continue.",
            "Tuesday"
        ),
        Tense::Past
    );
    assert_eq!(t("Tuesday is a holiday.", "Tuesday"), Tense::Unknown);
    assert_eq!(
        t("Ministers are to meet on Tuesday.", "Tuesday"),
        Tense::Future
    );
}

#[test]
fn dateline_dates() {
    assert_eq!(
        parse_dateline_date("May 12", Some(d(2024, 5, 12))),
        Some(d(2024, 5, 12))
    );
    // Late December dateline for an article stamped early January.
    assert_eq!(
        parse_dateline_date("Dec. 31", Some(d(2024, 1, 1))),
        Some(d(2023, 12, 31))
    );
    assert_eq!(
        parse_dateline_date("Jan. 1", Some(d(2023, 12, 31))),
        Some(d(2024, 1, 1))
    );
    assert_eq!(
        parse_dateline_date("March 3, 2019", None),
        Some(d(2019, 3, 3))
    );
    assert_eq!(
        parse_dateline_date("3 March 2019 -", None),
        Some(d(2019, 3, 3))
    );
    assert_eq!(parse_dateline_date("2019-03-03", None), Some(d(2019, 3, 3)));
    assert_eq!(parse_dateline_date("May 12", None), None);
    assert_eq!(
        parse_dateline_date("Feb. 29", Some(d(2024, 3, 1))),
        Some(d(2024, 2, 29))
    );
    assert_eq!(
        parse_dateline_date("Tuesday", Some(wed())),
        Some(d(2024, 3, 12))
    );
    assert_eq!(parse_dateline_date("", Some(wed())), None);
}

#[test]
fn non_ascii_text_is_safe() {
    let s = "Le président a parlé — “aujourd’hui” — in São Paulo on Monday.";
    let v = all(s, wed());
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].span.slice(s), "Monday");
}

#[test]
fn this_weekday_and_abbreviated_weekday() {
    // Past clause: the nearest Monday before; future clause: the next one.
    assert_eq!(
        one("The rally took place this Monday.", wed()).1,
        d(2024, 3, 11)
    );
    assert_eq!(
        one("The court will rule this Friday.", wed()).1,
        d(2024, 3, 15)
    );
    let (t, dt, _, _) = one("Voting ended Tues. in the north.", wed());
    assert_eq!((t.as_str(), dt), ("Tues.", d(2024, 3, 12)));
    // Abbreviations need their period.
    assert!(all("The Sun reported the story.", wed()).is_empty());
}

#[test]
fn months_ago_across_years() {
    assert_eq!(
        one("The siege began two months ago.", d(2024, 2, 10)).1,
        d(2023, 12, 1)
    );
    assert_eq!(
        one("The siege began three weeks ago.", d(2024, 1, 3)).1,
        d(2023, 12, 11)
    );
    assert_eq!(
        one("The party split a year ago.", d(2024, 1, 1)).1,
        d(2023, 1, 1)
    );
}

#[test]
fn leap_day_arithmetic() {
    assert_eq!(
        one("Troops arrived yesterday.", d(2024, 3, 1)).1,
        d(2024, 2, 29)
    );
    assert_eq!(
        one("Troops arrive tomorrow.", d(2024, 2, 28)).1,
        d(2024, 2, 29)
    );
    assert_eq!(
        one("Troops arrived yesterday.", d(2023, 3, 1)).1,
        d(2023, 2, 28)
    );
    // The Monday of "last week" seen from a leap day (Thursday).
    assert_eq!(
        one("Prices fell last week.", d(2024, 2, 29)).1,
        d(2024, 2, 19)
    );
}

#[test]
fn relative_flag() {
    let s = "Yesterday's vote, set for March 3, 2025, was moved from 2024.";
    let v = all(s, wed());
    let flags: Vec<(TimeKind, bool)> = v.iter().map(|e| (e.kind, e.relative)).collect();
    assert_eq!(
        flags,
        vec![
            (TimeKind::Yesterday, true),
            (TimeKind::FullDate, false),
            (TimeKind::Year, false)
        ]
    );
}

#[test]
fn one_expression_one_date() {
    let v = all(
        "Gunmen struck last Friday night and again early this morning.",
        wed(),
    );
    let got: Vec<(TimeKind, NaiveDate)> = v.iter().map(|e| (e.kind, e.date)).collect();
    assert_eq!(
        got,
        vec![
            (TimeKind::LastWeekday, d(2024, 3, 8)),
            (TimeKind::PartOfDay, wed())
        ]
    );
}

#[test]
fn never_panics_on_odd_text() {
    let text = "«Mon.» — 3rd of Feb., 2019-02-30 Sept. 31 mid–2019 the 1990s’ 10 days ago… “Tues.”";
    let bounds: Vec<usize> = (0..=text.len())
        .filter(|&i| text.is_char_boundary(i))
        .collect();
    let mut out = Vec::new();
    for (n, &a) in bounds.iter().enumerate() {
        for &b in &bounds[n..] {
            out.clear();
            find_dates(text, Span::new(a, b), wed(), &mut out);
            for e in &out {
                assert!(a <= e.span.start && e.span.end <= b);
            }
            let _ = tense_near(text, Span::new(a, b), a);
        }
    }
    // Impossible dates are dropped, not clamped.
    assert!(all("Filed on 2019-02-30 and Sept. 31.", wed()).is_empty());
}

#[test]
fn the_weekend_just_past_or_next() {
    // Wednesday 13 March 2024: the weekend just past began on Saturday 9th.
    let (t, dt, p, k) = one("Police broke up two rallies over the weekend.", wed());
    assert_eq!(
        (t.as_str(), dt, p, k),
        ("over the weekend", d(2024, 3, 9), Week, TimeKind::Weekend)
    );
    assert_eq!(
        one("The two leaders met at the weekend.", wed()).1,
        d(2024, 3, 9)
    );
    // A future clause looks ahead.
    assert_eq!(
        one("Voters will go to the polls at the weekend.", wed()).1,
        d(2024, 3, 16)
    );
    // Filed on a Sunday, the weekend is the article's own.
    assert_eq!(
        one("Fighting eased during the weekend.", d(2024, 3, 17)).1,
        d(2024, 3, 16)
    );
    // "the weekend" with no preposition is not a date by itself.
    assert!(all("The weekend was calm.", wed()).is_empty());
}

#[test]
fn a_day_of_the_month_without_the_month() {
    let (t, dt, p, k) = one(
        "The ceasefire was signed on the 10th, officials said.",
        wed(),
    );
    assert_eq!(
        (t.as_str(), dt, p, k),
        ("on the 10th", d(2024, 3, 10), Day, TimeKind::DayOfMonth)
    );
    // A day after the article day in a past clause is last month's.
    assert_eq!(
        one("The army withdrew on the 20th.", wed()).1,
        d(2024, 2, 20)
    );
    // February has no 30th: the month before it does.
    assert_eq!(
        one("Talks broke down on the 30th.", d(2024, 3, 5)).1,
        d(2024, 1, 30)
    );
    // Future clause: the next such day.
    assert_eq!(
        one("The envoy will arrive on the 20th.", wed()).1,
        d(2024, 3, 20)
    );
    // A month after it is the full form; a noun after it is no date.
    assert_eq!(
        one("They met on the 10th of March.", d(2024, 5, 1)).1,
        d(2024, 3, 10)
    );
    assert!(all("Crowds marked the day on the 10th anniversary.", wed()).is_empty());
    assert!(all("He lives on the 5th floor.", wed()).is_empty());
}

#[test]
fn fixed_holidays() {
    let (t, dt, p, k) = one("Rebels attacked a church on Christmas Day.", d(2024, 1, 3));
    assert_eq!(
        (t.as_str(), dt, p, k),
        ("Christmas Day", d(2023, 12, 25), Day, TimeKind::Holiday)
    );
    assert_eq!(
        one("A truce began on Christmas Eve.", d(2024, 1, 3)).1,
        d(2023, 12, 24)
    );
    assert_eq!(
        one("Fireworks were banned on New Year's Eve.", d(2024, 1, 2)).1,
        d(2023, 12, 31)
    );
    assert_eq!(
        one(
            "The president spoke on New Year\u{2019}s Day.",
            d(2024, 1, 2)
        )
        .1,
        d(2024, 1, 1)
    );
    assert_eq!(
        one("Shops reopened after Christmas.", d(2024, 1, 3)).1,
        d(2023, 12, 25)
    );
    // Not dates: a name, or a lower-case word.
    assert!(all("Christmas Island officials said.", wed()).is_empty());
    assert!(all("The New York mayor spoke.", wed()).is_empty());
}

/// The gate of `may_start_date` only saves work: on every text we have
/// (the gold sentences, the wire sample) and on every date form in many
/// contexts, the gated and ungated scans find the same expressions.
#[test]
fn gate_keeps_every_date() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples");
    let mut texts: Vec<(String, NaiveDate)> = Vec::new();
    for file in ["gold/dev.jsonl", "corpus/wire.jsonl"] {
        let body = std::fs::read_to_string(format!("{root}/{file}")).unwrap();
        for line in body.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let text = v["text"].as_str().unwrap_or_default().to_string();
            let date = v["date"]
                .as_str()
                .and_then(|s| NaiveDate::parse_from_str(&s[..10.min(s.len())], "%Y-%m-%d").ok())
                .unwrap_or(wed());
            texts.push((text, date));
        }
    }
    let forms = [
        "on Tuesday",
        "last Tues. night",
        "on Sept. 3",
        "Jan 5",
        "March 3, 2019",
        "3 March 2019",
        "the 3rd of March",
        "in mid-2019",
        "the 1990s",
        "early March",
        "last March",
        "next month",
        "this past weekend",
        "earlier this week",
        "later this year",
        "two weeks ago",
        "a year earlier",
        "Twenty years ago",
        "yesterday",
        "Tomorrow",
        "tonight",
        "overnight",
        "the previous day",
        "the day before yesterday",
        "on the 14th",
        "at the weekend",
        "on Christmas Eve",
        "New Year's Day",
        "since New Year",
        "2019-03-03",
        "in 2019",
        "FRIDAY",
        "thirteen days ago",
        "an hour ago",
        "one month earlier",
        "Last week",
        "The Previous Day",
        "the preceding day",
        "THE DAY BEFORE",
        "over THE WEEKEND",
        "since the 3rd",
        "on the 21st and",
        "A Week ago",
        "ONE YEAR EARLIER",
        "a day earlier",
        "Two Days ago",
    ];
    let frames = [
        "{} the talks resumed.",
        "Officials said {} that troops had left.",
        "The ministry, which met {}, said nothing.",
        "Rebels attacked the town {} and again {}.",
    ];
    for f in forms {
        for fr in frames {
            texts.push((fr.replace("{}", f), wed()));
        }
    }
    for (text, date) in &texts {
        let span = Span::new(0, text.len());
        let (mut gated, mut plain) = (Vec::new(), Vec::new());
        find_dates(text, span, *date, &mut gated);
        find_dates_ungated(text, span, *date, &mut plain);
        assert_eq!(gated, plain, "{text}");
    }
    assert!(texts.len() > 500, "only {} texts", texts.len());
}

/// Text set in capitals (older wire copy, headlines): month and weekday
/// names are read in capitals too, but "MAY" and "MARCH" only where they
/// cannot be verbs.
#[test]
fn capitals() {
    // 2024-03-13 is a Wednesday: "ON MONDAY" in a past clause is the 11th.
    assert_eq!(
        one("REBELS SEIZED THE TOWN ON MONDAY, OFFICIALS SAID.", wed()).1,
        d(2024, 3, 11)
    );
    assert_eq!(
        one("THE TREATY WAS SIGNED ON AUGUST 12, 2019 IN GENEVA.", wed()).1,
        d(2019, 8, 12)
    );
    assert_eq!(one("TALKS BROKE DOWN IN FEBRUARY.", wed()).1, d(2024, 2, 1));
    assert_eq!(
        one("THE TRUCE HELD UNTIL MAY 2019.", wed()).1,
        d(2019, 5, 1)
    );
    assert_eq!(one("FIGHTING RESUMED IN MAY.", wed()).1.month(), 5);
    // Verbs, not months.
    assert!(all("THE COUNCIL MAY IMPOSE NEW SANCTIONS.", wed()).is_empty());
    assert!(all("STUDENTS PLAN TO MARCH ON PARLIAMENT.", wed()).is_empty());
    assert!(all("THOUSANDS WILL MARCH AND MAY CLASH WITH POLICE.", wed()).is_empty());
    // Mixed case is unchanged: a lower-case month word is no month.
    assert!(all("Troops may march to the border.", wed()).is_empty());
    // An abbreviation in capitals still needs its period or a day.
    assert!(all("THE SUN ROSE OVER THE DEC BUILDING.", wed()).is_empty());
}

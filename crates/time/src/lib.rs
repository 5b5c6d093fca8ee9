//! attache-time: date expressions resolved against the article's date.
//!
//! [`find_dates`] finds every date expression in a sentence and resolves it
//! to the first day of the period it names, with a [`DatePrecision`]:
//!
//! | form | date | precision |
//! |---|---|---|
//! | today, tonight, this morning/afternoon/evening, overnight | article day | day |
//! | yesterday, last night | article day − 1 | day |
//! | tomorrow | article day + 1 | day |
//! | the previous day, the day before | article day − 1 (relative to the **article** date, not to an event mentioned earlier) | day |
//! | the day before yesterday | article day − 2 | day |
//! | (on) Tuesday | see below | day |
//! | last Tuesday / next Tuesday | the Tuesday strictly before / after the article day | day |
//! | this / last / next week | Monday of that week | week |
//! | this / last / next weekend | Saturday of that weekend | week |
//! | at / over / during the weekend | Saturday of the weekend just past (the next one in a future clause) | week |
//! | on the 10th (no month) | the nearest 10th on or before the article day (after it in a future clause) | day |
//! | Christmas (Day/Eve), New Year's Day/Eve | the nearest such day, as for "March 3" | day |
//! | (earlier / later) this month, last month, next month | the 1st | month |
//! | (earlier / later) this year, last year, next year | 1 January | year |
//! | two days ago, 10 days earlier | article day − n | day |
//! | three weeks ago | Monday of the week n weeks back | week |
//! | a month ago / n months ago | the 1st of that month | month |
//! | a year ago / n years ago | 1 January of that year | year |
//! | March 3, 3 March, Mar. 3, Sept. 11 (no year) | see below | day |
//! | in March (no year) | see below | month |
//! | March 3, 2019 / 3 March 2019 / 2019-03-03 | that day | day |
//! | (in) March 2019 | 1 March 2019 | month |
//! | in 2019, since 2015, by 2030 | 1 January | year |
//! | early / mid- / late 2019, the end of 2019 | 1 January 2019 | year |
//! | (in) the 1990s | 1 January 1990 | year (kind `Decade`) |
//!
//! **Weekdays.** A bare weekday is resolved with [`tense_near`]: in a past
//! (or undecided) clause it is the nearest such day on or before the
//! article day — the same weekday as the article day is the article day
//! itself, since wire copy says "on Monday" for an event of the Monday it
//! is filed on; in a future clause it is the next such day after the
//! article day (the same weekday means a week later).
//!
//! **Dates without a year.** "March 3" is the nearest March 3 on or before
//! the article day, or on or after it in a future clause. "In March" is the
//! nearest March not after the article's month (this year's March when the
//! article is from March), or not before it in a future clause. A February
//! 29 without a year goes to the nearest leap year in that direction.
//!
//! **Text in capitals.** Older wire copy and headlines are often set in
//! capitals: month and weekday names are read in capitals too ("ON MONDAY",
//! "AUGUST 12, 2019"), except that "MAY" and "MARCH", which are as often
//! verbs, are months only before a day or a year ("MAY 5", "MARCH 2019") or
//! after a preposition that only goes with a time ("IN MAY", "SINCE
//! MARCH"). In mixed case a lower-case "may" or "march" is never a month.
//!
//! Speed: a sentence is first screened without allocating (digits or a word
//! starting like a date word); only then is it tokenised and parsed by hand
//! (no regular expressions).

use attache_model::{DatePrecision, Span};
use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};
use std::collections::HashMap;

/// The tense of a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tense {
    Past,
    Future,
    Unknown,
}

/// Which form a date expression took.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimeKind {
    Today,
    Tonight,
    /// "this morning", "this afternoon", "this evening".
    PartOfDay,
    Overnight,
    Yesterday,
    LastNight,
    Tomorrow,
    /// "the previous day", "the day before".
    PreviousDay,
    /// "(on) Tuesday".
    Weekday,
    /// "last Tuesday".
    LastWeekday,
    /// "next Tuesday".
    NextWeekday,
    ThisWeek,
    LastWeek,
    NextWeek,
    ThisWeekend,
    LastWeekend,
    NextWeekend,
    /// "at / over the weekend".
    Weekend,
    /// "on the 10th" (no month).
    DayOfMonth,
    /// "Christmas Day", "New Year's Eve".
    Holiday,
    ThisMonth,
    LastMonth,
    NextMonth,
    ThisYear,
    LastYear,
    NextYear,
    /// "two days ago", "10 days earlier".
    DaysAgo,
    WeeksAgo,
    MonthsAgo,
    YearsAgo,
    /// "March 3" (no year).
    MonthDay,
    /// "in March" (no year).
    Month,
    /// "March 2019".
    MonthYear,
    /// "March 3, 2019", "2019-03-03".
    FullDate,
    /// "in 2019".
    Year,
    /// "early 2020", "mid-2019", "late 2018".
    PartOfYear,
    /// "the 1990s".
    Decade,
}

/// A date expression found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeExpr {
    /// Absolute byte range in the text.
    pub span: Span,
    /// First day of the period named.
    pub date: NaiveDate,
    pub precision: DatePrecision,
    /// Depends on the article date.
    pub relative: bool,
    pub kind: TimeKind,
}

// ---------------------------------------------------------------- tokens

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TK {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    kind: TK,
    /// White space before the token.
    space: bool,
}

fn tokenize(s: &str, base: usize, out: &mut Vec<Tok>) {
    let b = s.as_bytes();
    let mut i = 0;
    let mut space = true;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            space = true;
            i += 1;
            continue;
        }
        let start = i;
        let kind = if c.is_ascii_alphabetic() {
            while i < b.len() && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            TK::Word
        } else if c.is_ascii_digit() {
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            TK::Num
        } else {
            // One punctuation character (whole UTF-8 sequence).
            i += 1;
            while i < b.len() && (b[i] & 0xC0) == 0x80 {
                i += 1;
            }
            TK::Punct
        };
        out.push(Tok {
            start: start + base,
            end: i + base,
            kind,
            space,
        });
        space = false;
    }
}

/// Cheap screen: any digit, or a word whose first three letters start a
/// date word. No allocation.
fn may_have_date(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() {
            return true;
        }
        if c.is_ascii_alphabetic() && (i == 0 || !b[i - 1].is_ascii_alphabetic()) {
            if i + 3 <= b.len() {
                let p = [
                    c.to_ascii_lowercase(),
                    b[i + 1].to_ascii_lowercase(),
                    b[i + 2].to_ascii_lowercase(),
                ];
                if matches!(
                    &p,
                    b"tod"
                        | b"ton"
                        | b"yes"
                        | b"tom"
                        | b"ove"
                        | b"mor"
                        | b"aft"
                        | b"eve"
                        | b"nig"
                        | b"wee"
                        | b"mon"
                        | b"tue"
                        | b"wed"
                        | b"thu"
                        | b"fri"
                        | b"sat"
                        | b"sun"
                        | b"yea"
                        | b"ago"
                        | b"day"
                        | b"jan"
                        | b"feb"
                        | b"mar"
                        | b"apr"
                        | b"may"
                        | b"jun"
                        | b"jul"
                        | b"aug"
                        | b"sep"
                        | b"oct"
                        | b"nov"
                        | b"dec"
                        | b"mid"
                        | b"chr"
                        | b"new"
                ) {
                    return true;
                }
            }
            while i < b.len() && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            continue;
        }
        i += 1;
    }
    false
}

// ---------------------------------------------------------------- words

// Month and weekday names are matched in their capitalised form only (a
// lower-case "may" or "march" is not a month); text set in capitals is
// matched through `attache_model::capitalise_caps`.
fn month_of(w: &str) -> Option<(u32, bool)> {
    month_of_capitalised(w).or_else(|| {
        let mut buf = [0u8; 9];
        month_of_capitalised(attache_model::capitalise_caps(w, 3, &mut buf)?)
    })
}

fn month_of_capitalised(w: &str) -> Option<(u32, bool)> {
    // (month, is_abbreviation)
    const FULL: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    if let Some(i) = FULL.iter().position(|m| *m == w) {
        return Some((i as u32 + 1, false));
    }
    let m = match w {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" | "Sept" => 9,
        "Oct" => 10,
        "Nov" => 11,
        "Dec" => 12,
        _ => return None,
    };
    Some((m, true))
}

fn weekday_of(w: &str) -> Option<Weekday> {
    weekday_of_capitalised(w).or_else(|| {
        let mut buf = [0u8; 9];
        weekday_of_capitalised(attache_model::capitalise_caps(w, 3, &mut buf)?)
    })
}

fn weekday_of_capitalised(w: &str) -> Option<Weekday> {
    Some(match w {
        "Monday" | "Mon" => Weekday::Mon,
        "Tuesday" | "Tues" | "Tue" => Weekday::Tue,
        "Wednesday" | "Wed" => Weekday::Wed,
        "Thursday" | "Thu" | "Thur" | "Thurs" => Weekday::Thu,
        "Friday" | "Fri" => Weekday::Fri,
        "Saturday" | "Sat" => Weekday::Sat,
        "Sunday" | "Sun" => Weekday::Sun,
        _ => return None,
    })
}

fn number_word(w: &str) -> Option<u32> {
    // Lower-cased on the stack: no number word is longer than "seventeen".
    let mut buf = [0u8; 9];
    let b = buf.get_mut(..w.len())?;
    b.copy_from_slice(w.as_bytes());
    b.make_ascii_lowercase();
    Some(match &*b {
        b"a" | b"an" | b"one" => 1,
        b"two" => 2,
        b"three" => 3,
        b"four" => 4,
        b"five" => 5,
        b"six" => 6,
        b"seven" => 7,
        b"eight" => 8,
        b"nine" => 9,
        b"ten" => 10,
        b"eleven" => 11,
        b"twelve" => 12,
        b"thirteen" => 13,
        b"fourteen" => 14,
        b"fifteen" => 15,
        b"sixteen" => 16,
        b"seventeen" => 17,
        b"eighteen" => 18,
        b"nineteen" => 19,
        b"twenty" => 20,
        b"thirty" => 30,
        b"forty" => 40,
        b"fifty" => 50,
        b"sixty" => 60,
        b"hundred" => 100,
        _ => return None,
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

fn unit_of(w: &str) -> Option<Unit> {
    // "day" or "days" in any case, without allocating: this runs after
    // every "a", "an" and "one" in the text.
    let b = w.as_bytes();
    let stem = match b.last() {
        Some(b's' | b'S') if b.len() > 1 => &w[..w.len() - 1],
        _ => w,
    };
    Some(if stem.eq_ignore_ascii_case("day") {
        Unit::Day
    } else if stem.eq_ignore_ascii_case("week") {
        Unit::Week
    } else if stem.eq_ignore_ascii_case("month") {
        Unit::Month
    } else if stem.eq_ignore_ascii_case("year") {
        Unit::Year
    } else {
        return None;
    })
}

/// Prepositions after which a bare four-digit number is a year.
const YEAR_PREPS: &[&str] = &[
    "in",
    "since",
    "by",
    "from",
    "until",
    "till",
    "through",
    "during",
    "before",
    "after",
    "of",
    "to",
    "around",
    "circa",
    "between",
    "and",
    "for",
    "throughout",
    "early",
    "late",
    "mid",
    "end",
    "start",
    "beginning",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
];

/// Words after which a month name alone is a date ("in March").
const MONTH_PREPS: &[&str] = &[
    "in",
    "since",
    "by",
    "from",
    "until",
    "till",
    "through",
    "during",
    "before",
    "after",
    "of",
    "to",
    "early",
    "mid",
    "late",
    "last",
    "next",
    "this",
    "and",
    "throughout",
    "between",
    "around",
    "end",
    "since",
];

// ---------------------------------------------------------------- dates

fn add_days(d: NaiveDate, n: i64) -> NaiveDate {
    d.checked_add_signed(Duration::days(n)).unwrap_or(d)
}

fn monday_of(d: NaiveDate) -> NaiveDate {
    add_days(d, -(d.weekday().num_days_from_monday() as i64))
}

fn first_of_month(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

fn shift_months(d: NaiveDate, n: i32) -> NaiveDate {
    let f = first_of_month(d);
    if n >= 0 {
        f.checked_add_months(Months::new(n as u32)).unwrap_or(f)
    } else {
        f.checked_sub_months(Months::new((-n) as u32)).unwrap_or(f)
    }
}

fn jan1(y: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, 1, 1)
}

/// Nearest weekday `wd` relative to `d` by tense (see crate docs).
fn resolve_weekday(d: NaiveDate, wd: Weekday, tense: Tense) -> NaiveDate {
    let cur = d.weekday().num_days_from_monday() as i64;
    let want = wd.num_days_from_monday() as i64;
    match tense {
        Tense::Future => {
            let mut diff = (want - cur).rem_euclid(7);
            if diff == 0 {
                diff = 7;
            }
            add_days(d, diff)
        }
        _ => add_days(d, -((cur - want).rem_euclid(7))),
    }
}

/// Day `day` of a month near the article day: the nearest on or before it
/// (past or undecided tense), or after it (future), skipping months that
/// have no such day.
fn resolve_day_of_month(article: NaiveDate, day: u32, tense: Tense) -> Option<NaiveDate> {
    let step: i32 = if tense == Tense::Future { 1 } else { -1 };
    let mut m = first_of_month(article);
    for _ in 0..3 {
        if let Some(d) = m.with_day(day) {
            let ok = if step > 0 { d > article } else { d <= article };
            if ok {
                return Some(d);
            }
        }
        m = shift_months(m, step);
    }
    None
}

/// Holidays with a fixed date: "Christmas Day/Eve", "(on) Christmas",
/// "New Year's Day/Eve", "(over) New Year". Resolved like "March 3".
fn holiday(p: &Parser, i: usize, lw: &str, out: &mut Vec<TimeExpr>) -> Option<usize> {
    let after_prep = || {
        matches!(
            p.prev_word(i).as_deref(),
            Some("on" | "at" | "over" | "since" | "before" | "after" | "until" | "by" | "during")
        )
    };
    let capital = p.w(i).starts_with(|c: char| c.is_ascii_uppercase());
    if !capital {
        return None;
    }
    let (month, day, last) = match lw {
        "christmas" => {
            let next = p.w(i + 1).to_ascii_lowercase();
            match next.as_str() {
                "eve" => (12, 24, i + 1),
                "day" => (12, 25, i + 1),
                _ if after_prep() => (12, 25, i),
                _ => return None,
            }
        }
        "new" if p.is_word(i + 1, "year") => {
            // "New Year's Day": the apostrophe is its own token.
            let mut j = i + 2;
            if matches!(p.w(j), "'" | "\u{2019}") && p.is_word(j + 1, "s") {
                j += 2;
            }
            let next = p.w(j).to_ascii_lowercase();
            match next.as_str() {
                "day" => (1, 1, j),
                "eve" => (12, 31, j),
                _ if after_prep() => (1, 1, j - 1),
                _ => return None,
            }
        }
        _ => return None,
    };
    let date = resolve_month_day(p.article, month, day, p.tense(p.toks[i].start))?;
    push(
        out,
        p.span(i, last),
        date,
        DatePrecision::Day,
        true,
        TimeKind::Holiday,
    );
    Some(last + 1)
}

/// Month/day without a year: nearest on-or-before (past) or on-or-after
/// (future) the article date; Feb 29 goes to the nearest leap year.
fn resolve_month_day(article: NaiveDate, month: u32, day: u32, tense: Tense) -> Option<NaiveDate> {
    if !(1..=31).contains(&day) {
        return None;
    }
    // The day must exist in some year.
    NaiveDate::from_ymd_opt(2000, month, day)?;
    let y0 = article.year();
    if tense == Tense::Future {
        for y in y0..y0 + 9 {
            if let Some(d) = NaiveDate::from_ymd_opt(y, month, day) {
                if d >= article {
                    return Some(d);
                }
            }
        }
    } else {
        for y in (y0 - 8..=y0).rev() {
            if let Some(d) = NaiveDate::from_ymd_opt(y, month, day) {
                if d <= article {
                    return Some(d);
                }
            }
        }
    }
    None
}

fn resolve_month(article: NaiveDate, month: u32, tense: Tense) -> Option<NaiveDate> {
    let y = article.year();
    let am = article.month();
    let year = if tense == Tense::Future {
        if month >= am {
            y
        } else {
            y + 1
        }
    } else if month <= am {
        y
    } else {
        y - 1
    };
    NaiveDate::from_ymd_opt(year, month, 1)
}

// ---------------------------------------------------------------- tense

const FUTURE_WORDS: &[&str] = &[
    "will",
    "shall",
    "ll",
    "upcoming",
    "next",
    "tomorrow",
    "later",
    "coming",
    "scheduled",
    "slated",
    "planned",
    "plans",
    "plan",
    "planning",
    "expected",
    "expects",
    "due",
    "intends",
    "intend",
    "aims",
    "hopes",
    "would",
    "set",
    "going",
    "forthcoming",
    "pledged",
    "vowed",
];
const PAST_IRREGULAR: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "said",
    "told",
    "met",
    "held",
    "made",
    "took",
    "gave",
    "went",
    "came",
    "saw",
    "fled",
    "fought",
    "left",
    "led",
    "won",
    "lost",
    "began",
    "broke",
    "brought",
    "built",
    "bought",
    "caught",
    "chose",
    "drove",
    "fell",
    "felt",
    "found",
    "flew",
    "forgot",
    "got",
    "grew",
    "heard",
    "hit",
    "hurt",
    "kept",
    "knew",
    "laid",
    "lay",
    "meant",
    "paid",
    "put",
    "ran",
    "rose",
    "sent",
    "set",
    "shot",
    "shut",
    "sold",
    "spoke",
    "spent",
    "stood",
    "struck",
    "swore",
    "taught",
    "thought",
    "threw",
    "understood",
    "woke",
    "wore",
    "wrote",
    "ago",
    "yesterday",
    "earlier",
    "last",
    "previously",
    "already",
    "began",
    "sought",
    "slew",
    "overran",
    "seized",
    "hanged",
    "hung",
    "arose",
    "became",
    "blew",
    "bore",
    "burnt",
    "dealt",
    "dug",
    "drew",
    "fed",
    "forbade",
    "froze",
    "hid",
    "lit",
    "mistook",
    "rode",
    "rang",
    "sank",
    "sat",
    "shook",
    "shone",
    "slid",
    "sped",
    "spun",
    "stole",
    "stuck",
    "stung",
    "swept",
    "swam",
    "tore",
    "wept",
    "withdrew",
    "overthrew",
    "undertook",
];
/// -ed words that are not past-tense verbs.
const NOT_PAST_ED: &[&str] = &[
    "red",
    "bed",
    "need",
    "seed",
    "feed",
    "speed",
    "indeed",
    "hundred",
    "united",
    "based",
    "armed",
    "bled",
    "shed",
    "wed",
    "sled",
    "fled",
    "proceed",
    "succeed",
    "exceed",
    "breed",
    "creed",
    "greed",
    "weed",
    "reed",
    "ted",
    "ned",
    "ed",
    "fred",
    "ahmed",
    "mohammed",
    "muhammed",
    "mahmoud",
    "hamed",
    "saeed",
    "said",
    "embed",
    "alleged",
    "related",
    "detailed",
    "limited",
    "advanced",
    "experienced",
    "qualified",
    "interested",
    "concerned",
    "expected",
    "planned",
    "scheduled",
    "slated",
    "set",
    "proposed",
    "intended",
    "supposed",
];

fn clause_break(t: &str) -> bool {
    matches!(
        t,
        ";" | ":" | "(" | ")" | "\"" | "“" | "”" | "—" | "?" | "!"
    )
}

/// How [`word_tense`] reads a word of its lists.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TenseWord {
    Future,
    Past,
    NotPastEd,
}

/// [`FUTURE_WORDS`], [`PAST_IRREGULAR`] and [`NOT_PAST_ED`] in one table,
/// the first list winning where they share a word (the order of the checks
/// in [`word_tense`]). A lookup replaces linear scans of the three lists:
/// this runs for the words around every relative date.
static TENSE_WORDS: std::sync::LazyLock<HashMap<&'static str, TenseWord>> =
    std::sync::LazyLock::new(|| {
        let mut m = HashMap::new();
        for w in NOT_PAST_ED {
            m.insert(*w, TenseWord::NotPastEd);
        }
        for w in PAST_IRREGULAR {
            m.insert(*w, TenseWord::Past);
        }
        for w in FUTURE_WORDS {
            m.insert(*w, TenseWord::Future);
        }
        m
    });

fn word_tense(w: &str, next: Option<&str>) -> Option<Tense> {
    // Lower-cased on the stack (no list word is longer than 32 bytes).
    let mut buf = [0u8; 32];
    let lower;
    let l: &str = if w.len() <= buf.len() {
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        std::str::from_utf8(b).unwrap_or_default()
    } else {
        lower = w.to_ascii_lowercase();
        &lower
    };
    if l == "to" {
        return None;
    }
    // "is to", "are to" (scheduled), "is expected to", "plans to".
    if matches!(l, "is" | "are") && next.is_some_and(|n| n.eq_ignore_ascii_case("to")) {
        return Some(Tense::Future);
    }
    match TENSE_WORDS.get(l) {
        Some(TenseWord::Future) => {
            if l == "set" {
                return next
                    .is_some_and(|n| n.eq_ignore_ascii_case("to") || n.eq_ignore_ascii_case("for"))
                    .then_some(Tense::Future);
            }
            if l == "going" {
                return next
                    .is_some_and(|n| n.eq_ignore_ascii_case("to"))
                    .then_some(Tense::Future);
            }
            Some(Tense::Future)
        }
        Some(TenseWord::Past) => Some(Tense::Past),
        Some(TenseWord::NotPastEd) => None,
        None => (l.len() > 4 && l.ends_with("ed")).then_some(Tense::Past),
    }
}

/// Guess the tense of the clause around byte position `at` in `text[span]`:
/// the tense marker nearest to `at` within the clause wins, looking first
/// before it and then after it. Future markers: will, shall, 'll, is/are to,
/// is expected to, plans to, scheduled, due, next, upcoming, would, set to/for,
/// going to. Past markers: -ed verbs, common irregular past forms,
/// was/were/had/did, ago, yesterday, earlier, last.
pub fn tense_near(text: &str, span: Span, at: usize) -> Tense {
    let s = &text[span.start..span.end];
    let mut toks = Vec::with_capacity(32);
    tokenize(s, span.start, &mut toks);
    tense_in_tokens(text, &toks, at)
}

fn tense_in_tokens(text: &str, toks: &[Tok], at: usize) -> Tense {
    let pos = toks.iter().position(|t| t.end > at).unwrap_or(toks.len());
    let word = |i: usize| &text[toks[i].start..toks[i].end];
    // Before, nearest first.
    let mut i = pos;
    let mut seen = 0;
    while i > 0 && seen < 14 {
        i -= 1;
        let t = &toks[i];
        let w = word(i);
        if t.kind == TK::Punct {
            if clause_break(w) {
                break;
            }
            continue;
        }
        seen += 1;
        let next = (i + 1 < toks.len()).then(|| word(i + 1));
        if let Some(tn) = word_tense(w, next) {
            // "will be held", "to be signed": a participle after "be" is
            // not a past tense; keep looking for the auxiliary.
            if tn == Tense::Past && i > 0 && word(i - 1).eq_ignore_ascii_case("be") {
                continue;
            }
            return tn;
        }
    }
    // After.
    let mut j = pos;
    let mut seen = 0;
    while j < toks.len() && seen < 10 {
        let t = &toks[j];
        let w = word(j);
        j += 1;
        if t.start < at {
            continue;
        }
        if t.kind == TK::Punct {
            if clause_break(w) || w == "." {
                break;
            }
            continue;
        }
        seen += 1;
        let next = (j < toks.len()).then(|| word(j));
        if let Some(tn) = word_tense(w, next) {
            return tn;
        }
    }
    Tense::Unknown
}

// ---------------------------------------------------------------- finder

struct Parser<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    article: NaiveDate,
}

impl<'a> Parser<'a> {
    fn w(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }
    fn kind(&self, i: usize) -> Option<TK> {
        self.toks.get(i).map(|t| t.kind)
    }
    fn is_word(&self, i: usize, w: &str) -> bool {
        self.kind(i) == Some(TK::Word) && self.w(i).eq_ignore_ascii_case(w)
    }
    fn num(&self, i: usize) -> Option<u32> {
        if self.kind(i) == Some(TK::Num) && self.w(i).len() <= 4 {
            self.w(i).parse().ok()
        } else {
            None
        }
    }
    /// Number token followed by an ordinal suffix glued to it ("3rd").
    /// Returns (value, index of the last token used).
    fn day_num(&self, i: usize) -> Option<(u32, usize)> {
        let n = self.num(i)?;
        if self.w(i).len() > 2 || !(1..=31).contains(&n) {
            return None;
        }
        let next = i + 1;
        if self.kind(next) == Some(TK::Word)
            && !self.toks[next].space
            && matches!(
                self.w(next).to_ascii_lowercase().as_str(),
                "st" | "nd" | "rd" | "th"
            )
        {
            return Some((n, next));
        }
        // "3" directly followed by letters ("3pm") is not a day.
        if self.kind(next) == Some(TK::Word) && !self.toks[next].space {
            return None;
        }
        Some((n, i))
    }
    fn year4(&self, i: usize) -> Option<i32> {
        if self.kind(i) == Some(TK::Num) && self.w(i).len() == 4 {
            let y: i32 = self.w(i).parse().ok()?;
            if (1900..=2100).contains(&y) {
                // Not "2019 people" glued or "2,019".
                return Some(y);
            }
        }
        None
    }
    /// Month name at i (with optional abbreviation period). Returns (month, last index).
    fn month(&self, i: usize) -> Option<(u32, usize)> {
        if self.kind(i) != Some(TK::Word) {
            return None;
        }
        let w = self.w(i);
        let (m, abbr) = month_of(w)?;
        // In text set in capitals, "MAY" and "MARCH" are verbs as often as
        // months ("THE UN MAY ACT", "PLANS TO MARCH"): months only before a
        // day or a year, or after a preposition that only goes with a time.
        if matches!(m, 3 | 5) && w.bytes().all(|c| c.is_ascii_uppercase()) {
            let mut j = i + 1;
            if self.w(j) == "," {
                j += 1;
            }
            let dated = self.day_num(i + 1).is_some() || self.year4(j).is_some();
            let timed = matches!(
                self.prev_word(i).as_deref(),
                Some(
                    "in" | "since"
                        | "until"
                        | "till"
                        | "during"
                        | "early"
                        | "mid"
                        | "late"
                        | "last"
                        | "next"
                        | "throughout"
                )
            );
            if !dated && !timed {
                return None;
            }
        }
        if abbr {
            if self.w(i + 1) == "." && !self.toks[i + 1].space {
                return Some((m, i + 1));
            }
            // "Jan 5" without the period, only before a day number.
            if self.num(i + 1).is_some() {
                return Some((m, i));
            }
            return None;
        }
        Some((m, i))
    }
    fn prev_word(&self, i: usize) -> Option<String> {
        if i == 0 {
            return None;
        }
        let t = self.toks[i - 1];
        if t.kind == TK::Word {
            Some(self.w(i - 1).to_ascii_lowercase())
        } else if self.w(i - 1) == "-" && i >= 2 && self.kind(i - 2) == Some(TK::Word) {
            // "mid-2019"
            Some(self.w(i - 2).to_ascii_lowercase())
        } else {
            None
        }
    }
    fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].start, self.toks[b].end)
    }
    fn tense(&self, at: usize) -> Tense {
        tense_in_tokens(self.text, &self.toks, at)
    }
}

fn push(
    out: &mut Vec<TimeExpr>,
    span: Span,
    date: NaiveDate,
    precision: DatePrecision,
    relative: bool,
    kind: TimeKind,
) {
    out.push(TimeExpr {
        span,
        date,
        precision,
        relative,
        kind,
    });
}

/// Find and resolve every date expression in `text[span]`, given the
/// article's publication date. Results are appended to `out` in text order.
pub fn find_dates(text: &str, span: Span, article_date: NaiveDate, out: &mut Vec<TimeExpr>) {
    find_dates_with(text, span, article_date, out, true);
}

fn find_dates_with(
    text: &str,
    span: Span,
    article_date: NaiveDate,
    out: &mut Vec<TimeExpr>,
    gated: bool,
) {
    let s = &text[span.start..span.end];
    if !may_have_date(s) {
        return;
    }
    let mut toks = Vec::with_capacity(64);
    tokenize(s, span.start, &mut toks);
    let p = Parser {
        text,
        toks,
        article: article_date,
    };
    scan(&p, out, gated);
}

/// Try `parse_at` along the tokens. With `gated`, tokens that cannot start
/// a date are skipped first (the only difference is speed).
fn scan(p: &Parser, out: &mut Vec<TimeExpr>, gated: bool) {
    let n = p.toks.len();
    let mut i = 0;
    while i < n {
        // Most tokens cannot start a date: skip them before `parse_at` sets
        // up its per-token state (this loop sees every token of every
        // sentence with a digit or a date-like word).
        let t = p.toks[i];
        let start = !gated
            || match t.kind {
                TK::Num => true,
                TK::Word => may_start_date(p, i),
                TK::Punct => false,
            };
        if !start {
            i += 1;
            continue;
        }
        match parse_at(p, i, out) {
            Some(next) => i = next,
            None => i += 1,
        }
    }
}

/// `find_dates` without the gate of [`may_start_date`], for the test that
/// the gate changes nothing.
#[cfg(test)]
fn find_dates_ungated(text: &str, span: Span, article_date: NaiveDate, out: &mut Vec<TimeExpr>) {
    find_dates_with(text, span, article_date, out, false);
}

/// Whether word token `i` can begin one of the word forms of [`parse_at`]:
/// a capitalised month or weekday, a holiday's first word, a deictic day
/// word, a relative word (this/last/next/earlier/later/past), "the" before
/// one of the words its forms need ("the previous day", "the day before",
/// "the weekend", "the 14th"), or a number word ("a", "two") directly before
/// a unit ("a week ago": the only form a number word starts). Every word
/// branch of `parse_at` begins with one of these tests, so the gate drops no
/// date; `gate_keeps_every_date` checks it. Most words are turned away by
/// their first letter and the word after them; the rest are compared as one
/// integer (the word packed by [`packed_lower`]).
fn may_start_date(p: &Parser, i: usize) -> bool {
    let w = p.w(i);
    let Some(&first) = w.as_bytes().first() else {
        return false;
    };
    // Months and weekdays are capitalised ("March", "Tues"); a number word
    // only counts before a unit ("two weeks ago").
    if first.is_ascii_uppercase() && (month_of(w).is_some() || weekday_of(w).is_some()) {
        return true;
    }
    if unit_of(p.w(i + 1)).is_some() && number_word(w).is_some() {
        return true;
    }
    // The remaining words all begin with one of these letters.
    if !matches!(
        first.to_ascii_lowercase(),
        b't' | b'c' | b'n' | b'o' | b'y' | b'l' | b'e' | b'p'
    ) {
        return false;
    }
    let Some(key) = packed_lower(w) else {
        return false;
    };
    const fn k(s: &str) -> u128 {
        match packed_lower(s) {
            Some(v) => v,
            None => panic!("date word longer than 16 bytes"),
        }
    }
    const THE: u128 = k("the");
    const CHRISTMAS: u128 = k("christmas");
    const NEW: u128 = k("new");
    const TODAY: u128 = k("today");
    const TONIGHT: u128 = k("tonight");
    const OVERNIGHT: u128 = k("overnight");
    const YESTERDAY: u128 = k("yesterday");
    const TOMORROW: u128 = k("tomorrow");
    const THIS: u128 = k("this");
    const LAST: u128 = k("last");
    const NEXT: u128 = k("next");
    const EARLIER: u128 = k("earlier");
    const LATER: u128 = k("later");
    const PAST: u128 = k("past");
    const PREVIOUS: u128 = k("previous");
    const PRECEDING: u128 = k("preceding");
    const DAY: u128 = k("day");
    const WEEKEND: u128 = k("weekend");
    match key {
        THE => {
            p.kind(i + 1) == Some(TK::Num)
                || matches!(
                    packed_lower(p.w(i + 1)),
                    Some(PREVIOUS | PRECEDING | DAY | WEEKEND)
                )
        }
        CHRISTMAS | NEW | TODAY | TONIGHT | OVERNIGHT | YESTERDAY | TOMORROW | THIS | LAST
        | NEXT | EARLIER | LATER | PAST => true,
        _ => false,
    }
}

/// `w` lower-cased (ASCII) and packed little-endian into an integer, for
/// words of 1 to 16 bytes; `None` for longer or empty words.
const fn packed_lower(w: &str) -> Option<u128> {
    let b = w.as_bytes();
    if b.is_empty() || b.len() > 16 {
        return None;
    }
    let mut v = 0u128;
    let mut j = 0;
    while j < b.len() {
        v |= (b[j].to_ascii_lowercase() as u128) << (8 * j);
        j += 1;
    }
    Some(v)
}

/// Try every form at token `i`; on success push and return the next index.
fn parse_at(p: &Parser, i: usize, out: &mut Vec<TimeExpr>) -> Option<usize> {
    use DatePrecision as P;
    let a = p.article;
    let k = p.kind(i)?;
    let w = p.w(i);
    // Lower-cased on the stack: this runs for every token of every sentence,
    // and no date word is longer than 16 bytes.
    let mut buf = [0u8; 16];
    let lw: &str = if w.len() <= buf.len() {
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        std::str::from_utf8(b).unwrap_or("")
    } else {
        ""
    };

    if k == TK::Num {
        // ISO 2019-03-03
        if let Some(y) = p.year4(i) {
            if p.w(i + 1) == "-" && p.w(i + 3) == "-" && !p.toks.get(i + 1)?.space {
                if let (Some(m), Some(d)) = (p.num(i + 2), p.num(i + 4)) {
                    if p.w(i + 2).len() <= 2 && p.w(i + 4).len() <= 2 {
                        if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                            push(
                                out,
                                p.span(i, i + 4),
                                date,
                                P::Day,
                                false,
                                TimeKind::FullDate,
                            );
                            return Some(i + 5);
                        }
                    }
                }
            }
            // Decade "1990s"
            if p.w(i + 1) == "s" && !p.toks.get(i + 1)?.space && y % 10 == 0 {
                let date = jan1(y)?;
                let start = if p.is_word(i.wrapping_sub(1), "the") {
                    i - 1
                } else {
                    i
                };
                push(
                    out,
                    p.span(start, i + 1),
                    date,
                    P::Year,
                    false,
                    TimeKind::Decade,
                );
                return Some(i + 2);
            }
            // "2019's" / "2019 ," etc: a year after a preposition or part word.
            let prev = p.prev_word(i);
            let glued_after = p.kind(i + 1) == Some(TK::Word) && !p.toks[i + 1].space;
            let quantity = p.kind(i + 1) == Some(TK::Word)
                && p.w(i + 1)
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_lowercase())
                && !matches!(
                    p.w(i + 1),
                    "and"
                        | "or"
                        | "to"
                        | "when"
                        | "after"
                        | "before"
                        | "as"
                        | "but"
                        | "until"
                        | "while"
                        | "in"
                        | "on"
                        | "at"
                        | "with"
                        | "the"
                        | "that"
                        | "which"
                        | "where"
                );
            let money = i > 0 && matches!(p.w(i - 1), "$" | "€" | "£" | "#");
            if !glued_after && !money {
                if let Some(pw) = prev {
                    // A strong preposition makes it a year even before a
                    // noun ("in 2019 elections"); after a weak one a noun
                    // makes it a quantity ("rose to 2000 people").
                    let strong = matches!(
                        pw.as_str(),
                        "in" | "since"
                            | "during"
                            | "until"
                            | "till"
                            | "throughout"
                            | "early"
                            | "late"
                            | "mid"
                    );
                    if quantity && !strong {
                        return None;
                    }
                    if matches!(pw.as_str(), "early" | "mid" | "late") {
                        let start = i - if p.w(i - 1) == "-" { 2 } else { 1 };
                        push(
                            out,
                            p.span(start, i),
                            jan1(y)?,
                            P::Year,
                            false,
                            TimeKind::PartOfYear,
                        );
                        return Some(i + 1);
                    }
                    if pw == "of"
                        && i >= 3
                        && matches!(
                            p.w(i - 2).to_ascii_lowercase().as_str(),
                            "end" | "start" | "beginning" | "middle"
                        )
                    {
                        push(
                            out,
                            p.span(i - 3, i),
                            jan1(y)?,
                            P::Year,
                            false,
                            TimeKind::PartOfYear,
                        );
                        return Some(i + 1);
                    }
                    if YEAR_PREPS.contains(&pw.as_str()) {
                        push(out, p.span(i, i), jan1(y)?, P::Year, false, TimeKind::Year);
                        return Some(i + 1);
                    }
                }
            }
            return None;
        }
        // "3 March 2019", "3 March", "3rd of March"
        if let Some((d, last)) = p.day_num(i) {
            let mut j = last + 1;
            if p.is_word(j, "of") {
                j += 1;
            }
            if let Some((m, mlast)) = p.month(j) {
                if let Some(y) = p.year4(mlast + 1) {
                    let date = NaiveDate::from_ymd_opt(y, m, d)?;
                    push(
                        out,
                        p.span(i, mlast + 1),
                        date,
                        P::Day,
                        false,
                        TimeKind::FullDate,
                    );
                    return Some(mlast + 2);
                }
                let tense = p.tense(p.toks[i].start);
                let date = resolve_month_day(a, m, d, tense)?;
                push(
                    out,
                    p.span(i, mlast),
                    date,
                    P::Day,
                    true,
                    TimeKind::MonthDay,
                );
                return Some(mlast + 1);
            }
            // "two days ago" with digits handled below.
        }
        if let Some(nv) = p.num(i) {
            if let Some(r) = ago(p, i, i, nv, out) {
                return Some(r);
            }
        }
        return None;
    }
    if k != TK::Word {
        return None;
    }

    // Month forms.
    if let Some((m, mlast)) = p.month(i) {
        // Month Day[, Year]
        if let Some((d, dlast)) = p.day_num(mlast + 1) {
            let mut j = dlast + 1;
            if p.w(j) == "," {
                j += 1;
            }
            if let Some(y) = p.year4(j) {
                let date = NaiveDate::from_ymd_opt(y, m, d)?;
                push(out, p.span(i, j), date, P::Day, false, TimeKind::FullDate);
                return Some(j + 1);
            }
            let tense = p.tense(p.toks[i].start);
            let date = resolve_month_day(a, m, d, tense)?;
            push(
                out,
                p.span(i, dlast),
                date,
                P::Day,
                true,
                TimeKind::MonthDay,
            );
            return Some(dlast + 1);
        }
        // Month [,] Year
        let mut j = mlast + 1;
        if p.w(j) == "," {
            j += 1;
        }
        if let Some(y) = p.year4(j) {
            let start = part_start(p, i);
            push(
                out,
                p.span(start, j),
                NaiveDate::from_ymd_opt(y, m, 1)?,
                P::Month,
                false,
                TimeKind::MonthYear,
            );
            return Some(j + 1);
        }
        // Month alone after a preposition ("in March", "since May").
        let pw = p.prev_word(i)?;
        if MONTH_PREPS.contains(&pw.as_str()) {
            let start = part_start(p, i);
            let tense = match pw.as_str() {
                "last" => Tense::Past,
                "next" => Tense::Future,
                _ => p.tense(p.toks[i].start),
            };
            let mut date = resolve_month(a, m, tense)?;
            // "last March" in March means a year ago; "next March" a year on.
            if pw == "last" && date.month() == a.month() && date.year() == a.year() {
                date = NaiveDate::from_ymd_opt(a.year() - 1, m, 1)?;
            }
            if pw == "next" && date.month() == a.month() && date.year() == a.year() {
                date = NaiveDate::from_ymd_opt(a.year() + 1, m, 1)?;
            }
            let start = if matches!(pw.as_str(), "last" | "next" | "this") {
                i - 1
            } else {
                start
            };
            push(
                out,
                p.span(start, mlast),
                date,
                P::Month,
                true,
                TimeKind::Month,
            );
            return Some(mlast + 1);
        }
        return None;
    }

    // Weekdays.
    if let Some(wd) = w
        .chars()
        .next()
        .filter(|c| c.is_ascii_uppercase())
        .and_then(|_| weekday_of(w))
    {
        // Abbreviations only with a period ("Tues.").
        let full = w.len() >= 6;
        let mut last = i;
        if !full {
            if p.w(i + 1) == "." && !p.toks.get(i + 1)?.space {
                last = i + 1;
            } else {
                return None;
            }
        }
        let pw = p.prev_word(i);
        let (date, kind, start) = match pw.as_deref() {
            Some("last") => {
                let mut d = resolve_weekday(a, wd, Tense::Past);
                if d == a {
                    d = add_days(a, -7);
                }
                (d, TimeKind::LastWeekday, i - 1)
            }
            Some("next") => (
                resolve_weekday(a, wd, Tense::Future),
                TimeKind::NextWeekday,
                i - 1,
            ),
            Some("past") if i >= 2 && p.is_word(i - 2, "this") => {
                let mut d = resolve_weekday(a, wd, Tense::Past);
                if d == a {
                    d = add_days(a, -7);
                }
                (d, TimeKind::LastWeekday, i - 2)
            }
            _ => {
                let tense = p.tense(p.toks[i].start);
                (resolve_weekday(a, wd, tense), TimeKind::Weekday, i)
            }
        };
        push(out, p.span(start, last), date, P::Day, true, kind);
        return Some(last + 1);
    }

    if let Some(r) = holiday(p, i, lw, out) {
        return Some(r);
    }

    match lw {
        "today" => {
            push(out, p.span(i, i), a, P::Day, true, TimeKind::Today);
            return Some(i + 1);
        }
        "tonight" => {
            push(out, p.span(i, i), a, P::Day, true, TimeKind::Tonight);
            return Some(i + 1);
        }
        "overnight" => {
            push(out, p.span(i, i), a, P::Day, true, TimeKind::Overnight);
            return Some(i + 1);
        }
        "yesterday" => {
            push(
                out,
                p.span(i, i),
                add_days(a, -1),
                P::Day,
                true,
                TimeKind::Yesterday,
            );
            return Some(i + 1);
        }
        "tomorrow" => {
            push(
                out,
                p.span(i, i),
                add_days(a, 1),
                P::Day,
                true,
                TimeKind::Tomorrow,
            );
            return Some(i + 1);
        }
        _ => {}
    }

    // "the previous day", "the day before"
    if lw == "the" {
        let w1 = p.w(i + 1).to_ascii_lowercase();
        let w2 = p.w(i + 2).to_ascii_lowercase();
        if matches!(w1.as_str(), "previous" | "preceding") && w2 == "day" {
            push(
                out,
                p.span(i, i + 2),
                add_days(a, -1),
                P::Day,
                true,
                TimeKind::PreviousDay,
            );
            return Some(i + 3);
        }
        if w1 == "day" && w2 == "before" {
            // Not "the day before the vote" (relative to another event).
            let next = p.w(i + 3).to_ascii_lowercase();
            if next == "yesterday" {
                push(
                    out,
                    p.span(i, i + 3),
                    add_days(a, -2),
                    P::Day,
                    true,
                    TimeKind::PreviousDay,
                );
                return Some(i + 4);
            }
            let free = matches!(p.kind(i + 3), None | Some(TK::Punct))
                || matches!(
                    next.as_str(),
                    "and" | "but" | "when" | "as" | "while" | "after"
                );
            if free {
                push(
                    out,
                    p.span(i, i + 2),
                    add_days(a, -1),
                    P::Day,
                    true,
                    TimeKind::PreviousDay,
                );
                return Some(i + 3);
            }
        }
        let pw = p.prev_word(i);
        // "at / over / during the weekend": the weekend just past (the
        // article's own when it is filed on one), or the next in a future
        // clause.
        if w1 == "weekend" && matches!(pw.as_deref(), Some("at" | "over" | "during" | "on")) {
            let on_weekend = matches!(a.weekday(), Weekday::Sat | Weekday::Sun);
            let tense = match p.tense(p.toks[i].start) {
                Tense::Future if !on_weekend => Tense::Future,
                _ => Tense::Past,
            };
            let d = resolve_weekday(a, Weekday::Sat, tense);
            push(
                out,
                p.span(i - 1, i + 1),
                d,
                P::Week,
                true,
                TimeKind::Weekend,
            );
            return Some(i + 2);
        }
        // "on the 10th", with no month after it ("on the 10th of March" is
        // read at the number) and no noun ("on the 10th anniversary").
        if let Some((d, last)) = p.day_num(i + 1) {
            let of_month = {
                let j = last + 1 + p.is_word(last + 1, "of") as usize;
                p.month(j).is_some()
            };
            let next = p.w(last + 1).to_ascii_lowercase();
            let free = matches!(p.kind(last + 1), None | Some(TK::Punct))
                || matches!(
                    next.as_str(),
                    "and"
                        | "or"
                        | "but"
                        | "when"
                        | "as"
                        | "while"
                        | "after"
                        | "before"
                        | "at"
                        | "in"
                        | "near"
                        | "with"
                );
            if last > i + 1
                && !of_month
                && free
                && matches!(pw.as_deref(), Some("on" | "since" | "until" | "by"))
            {
                if let Some(date) = resolve_day_of_month(a, d, p.tense(p.toks[i].start)) {
                    push(
                        out,
                        p.span(i - 1, last),
                        date,
                        P::Day,
                        true,
                        TimeKind::DayOfMonth,
                    );
                    return Some(last + 1);
                }
            }
        }
        // "the 1990s" handled at the number.
        return None;
    }

    // this / last / next / earlier this / later this ...
    if matches!(lw, "this" | "last" | "next" | "earlier" | "later" | "past") {
        let (mut j, rel) = if matches!(lw, "earlier" | "later") {
            if p.is_word(i + 1, "this") {
                (i + 2, "this")
            } else {
                return None;
            }
        } else if lw == "this" && p.is_word(i + 1, "past") {
            (i + 2, "last")
        } else if lw == "past" {
            return None;
        } else {
            (i + 1, lw)
        };
        let unit = p.w(j).to_ascii_lowercase();
        let date_kind: Option<(NaiveDate, P, TimeKind)> = match (rel, unit.as_str()) {
            ("this", "morning" | "afternoon" | "evening") => Some((a, P::Day, TimeKind::PartOfDay)),
            ("last", "night") => Some((add_days(a, -1), P::Day, TimeKind::LastNight)),
            ("this", "week") => Some((monday_of(a), P::Week, TimeKind::ThisWeek)),
            ("last", "week") => Some((add_days(monday_of(a), -7), P::Week, TimeKind::LastWeek)),
            ("next", "week") => Some((add_days(monday_of(a), 7), P::Week, TimeKind::NextWeek)),
            ("this" | "last" | "next", "weekend") => {
                // The weekend of the article's week (Mon–Sun) is "this"
                // weekend; "last" is the one before, "next" the one after.
                let this_sat = add_days(monday_of(a), 5);
                let d = match rel {
                    "this" => this_sat,
                    "last" => add_days(this_sat, -7),
                    _ => add_days(this_sat, 7),
                };
                let kind = match rel {
                    "this" => TimeKind::ThisWeekend,
                    "last" => TimeKind::LastWeekend,
                    _ => TimeKind::NextWeekend,
                };
                Some((d, P::Week, kind))
            }
            ("this", "month") => Some((first_of_month(a), P::Month, TimeKind::ThisMonth)),
            ("last", "month") => Some((shift_months(a, -1), P::Month, TimeKind::LastMonth)),
            ("next", "month") => Some((shift_months(a, 1), P::Month, TimeKind::NextMonth)),
            ("this", "year") => Some((jan1(a.year())?, P::Year, TimeKind::ThisYear)),
            ("last", "year") => Some((jan1(a.year() - 1)?, P::Year, TimeKind::LastYear)),
            ("next", "year") => Some((jan1(a.year() + 1)?, P::Year, TimeKind::NextYear)),
            _ => None,
        };
        if let Some((d, prec, kind)) = date_kind {
            push(out, p.span(i, j), d, prec, true, kind);
            j += 1;
            return Some(j);
        }
        // "last/next Tuesday", "last March": handled at the following word.
        return None;
    }

    // "early/mid/late March|2019" handled at the following token.
    if let Some(nv) = number_word(w) {
        // "a year ago", "two weeks ago"; "a" only directly before the unit.
        if let Some(r) = ago(p, i, i, nv, out) {
            return Some(r);
        }
    }
    None
}

/// Start index including an "early/mid/late" (or "mid-") before a month.
fn part_start(p: &Parser, i: usize) -> usize {
    if i >= 1
        && matches!(
            p.w(i - 1).to_ascii_lowercase().as_str(),
            "early" | "mid" | "late"
        )
    {
        return i - 1;
    }
    if i >= 2 && p.w(i - 1) == "-" && p.w(i - 2).eq_ignore_ascii_case("mid") {
        return i - 2;
    }
    i
}

/// "N units ago" / "N units earlier" starting at the number token `i`.
fn ago(p: &Parser, start: usize, i: usize, n: u32, out: &mut Vec<TimeExpr>) -> Option<usize> {
    use DatePrecision as P;
    let mut j = i + 1;
    // "a few" / "several" are too vague; "a couple of" also.
    let unit = unit_of(p.w(j))?;
    if p.kind(j) != Some(TK::Word) {
        return None;
    }
    // Singular unit only with one ("a year", "one week"); plural otherwise.
    let uw = p.w(j).to_ascii_lowercase();
    if (n == 1) == uw.ends_with('s') {
        return None;
    }
    j += 1;
    let tail = p.w(j).to_ascii_lowercase();
    if !matches!(tail.as_str(), "ago" | "earlier") {
        return None;
    }
    if n == 0 || n > 500 {
        return None;
    }
    let a = p.article;
    let (date, prec, kind) = match unit {
        Unit::Day => (add_days(a, -(n as i64)), P::Day, TimeKind::DaysAgo),
        Unit::Week => (
            monday_of(add_days(a, -7 * n as i64)),
            P::Week,
            TimeKind::WeeksAgo,
        ),
        Unit::Month => (shift_months(a, -(n as i32)), P::Month, TimeKind::MonthsAgo),
        Unit::Year => (jan1(a.year() - n as i32)?, P::Year, TimeKind::YearsAgo),
    };
    push(out, p.span(start, j), date, prec, true, kind);
    Some(j + 1)
}

/// Parse a dateline's date part ("May 12", "March 3, 2019", "12 May",
/// "2019-05-12", "Monday"). Without a year, the year is chosen so that the
/// date lies nearest to `around` (a dateline is within days of the
/// publication date); without a year and without `around` there is no
/// answer. A weekday alone is the nearest such day on or before `around`.
pub fn parse_dateline_date(s: &str, around: Option<NaiveDate>) -> Option<NaiveDate> {
    let s = s.trim().trim_end_matches(['-', '—', '–', ':', ',']).trim();
    if s.is_empty() {
        return None;
    }
    let anchor = around.unwrap_or(NaiveDate::from_ymd_opt(2000, 1, 1)?);
    let mut out = Vec::new();
    find_dates(s, Span::new(0, s.len()), anchor, &mut out);
    let e = out.into_iter().next()?;
    match e.kind {
        TimeKind::FullDate => Some(e.date),
        TimeKind::MonthDay => {
            let around = around?;
            let (m, d) = (e.date.month(), e.date.day());
            (around.year() - 1..=around.year() + 1)
                .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
                .min_by_key(|c| (*c - around).num_days().abs())
        }
        TimeKind::Weekday => around.map(|a| resolve_weekday(a, e.date.weekday(), Tense::Past)),
        _ => None,
    }
}

#[cfg(test)]
mod tests;

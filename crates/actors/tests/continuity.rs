//! Reading on from the sentence before (issue 4, actor side, second round):
//! a bare government role that opens a sentence ("Officials said", "The
//! ministry added") or a clause joined by "and" continues the subject that
//! named a country, over the dateline's or the article's main country; a
//! subject "it" opening a sentence continues the previous sentence's
//! country, organisation or institution, while expletive "it" ("it was not
//! clear", "it is expected", "it would be") stays no actor.
//!
//! Each case is `(text, expected codes)`; sentences separated by `" | "` are
//! read in order as one article (undated), and the codes of every sentence are
//! listed in order.

mod common;
use common::check;

#[test]
fn bare_government_roles_continue_the_subject() {
    check(&[
        // A visiting minister's officials, in a Kenyan story.
        (
            "Kenya held talks. | Kenya said so. | Japan's prime minister arrived in Nairobi on Monday. | Officials said the visit would last two days.",
            &["KEN", "KEN", "JPNGOV", "KENGOV", "JPNGOV"],
        ),
        (
            "Kenya held talks. | Kenya said so. | Tanzania closed its border on Monday. | The government said the move was temporary.",
            &["KEN", "KEN", "TZA", "TZAGOV"],
        ),
        // A clause joined by "and" keeps the sentence's subject.
        (
            "Kenya held talks. | Kenya said so. | Tanzania closed its border on Monday, and officials said the move was temporary.",
            &["KEN", "KEN", "TZA", "TZAGOV"],
        ),
    ]);
}

#[test]
fn bare_roles_left_to_the_story_country() {
    check(&[
        // Police are where the story is, whoever spoke before.
        (
            "Kenya held talks. | Kenya said so. | Japan's prime minister arrived in Nairobi. | Police closed the roads.",
            &["KEN", "KEN", "JPNGOV", "KENGOV", "KENCOP"],
        ),
        // Another country between the subject and the role: not continued.
        (
            "Kenya held talks. | Kenya said so. | Tanzania urged Uganda to act, and the government said it would.",
            &["KEN", "KEN", "TZA", "UGA", "KENGOV"],
        ),
        // A subject whose country was itself guessed does not carry one on.
        (
            "Kenya held talks. | Kenya said so. | Police arrested two men. | Officials said more arrests would follow.",
            &["KEN", "KEN", "KENCOP", "KENCVL", "KENGOV"],
        ),
    ]);
}

#[test]
fn subject_it_continues_the_previous_subject() {
    check(&[
        (
            "Kenya held talks. | Iran rejected the demand. | It said the sanctions were illegal.",
            &["KEN", "IRN", "IRN"],
        ),
        (
            "The European Union criticised the vote. | It has asked for a recount.",
            &["IGOEUREEC", "IGOEUREEC"],
        ),
        (
            "Iran rejected the demand. | It would never accept such terms, officials said.",
            &["IRN", "IRN", "IRNGOV"],
        ),
    ]);
}

#[test]
fn expletive_or_unsupported_it_left_alone() {
    check(&[
        (
            "Iran rejected the demand. | It was not clear when talks would resume.",
            &["IRN"],
        ),
        (
            "Iran rejected the demand. | It is expected to reply on Monday.",
            &["IRN"],
        ),
        (
            "Iran rejected the demand. | It would be a mistake to wait.",
            &["IRN"],
        ),
        (
            "Iran rejected the demand. | It seems unlikely to change.",
            &["IRN"],
        ),
        (
            "Iran rejected the demand. | It took weeks to reply.",
            &["IRN"],
        ),
        // "it" is never a person.
        (
            "Vladimir Putin rejected the demand. | It said nothing more.",
            &["RUSELI"],
        ),
        // The previous sentence did not open with its actor.
        (
            "After a long delay, Iran rejected the demand. | It said nothing more.",
            &["IRN"],
        ),
    ]);
}

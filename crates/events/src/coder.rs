//! Stage 4: code who did what to whom in one sentence.
//!
//! For a sentence with its tokens and recognised actors, the coder
//!
//! 1. splits the sentence into clauses (semicolons, dashes, ", while/but/which
//!    ...", and the boundary after a speech verb: "X said | Y attacked Z");
//! 2. finds every pattern that matches and keeps the longest where they
//!    overlap ("agreed to meet" over "meet");
//! 3. for each match, reads voice (a participle after "was/were/been" or
//!    followed by "by X" is passive: the subject becomes the target and the
//!    "by" actor the source; no "by" means an unknown source, never a guess),
//!    picks the source (the subject of the clause, the possessor or adjective
//!    of a noun trigger, or the speaker for a pronoun inside reported speech)
//!    and the target (the `{T}` slot, else the first actor after the trigger
//!    that is not a place after "in"/"at"/"near");
//! 4. drops what did not happen: negated, hypothetical, questioned or
//!    speculative actions are *suppressed* with a reason (shown by
//!    `attache explain`); planned actions become CAMEO's intent and threat
//!    codes and carry modality `planned`;
//! 5. expands coordinated actors into one event per dyad, both ways for
//!    reciprocal patterns, and records the speaker as `reported_by`.
//!
//! Statements (010) are the weakest events: they are only kept when nothing
//! else is coded in the sentence.
//!
//! All cue words live in `data/events/cues.txt`.

use crate::patterns::{word_bit, CueList, Elem, Pattern, Patterns, TriggerKind, WordId, NO_WORD};
use attache_actors::{Mention, MentionKind};
use attache_model::{DatePrecision, Modality, RuleRef, Span};
use attache_segment::{Token, Tokens};
use chrono::NaiveDate;
use serde::Serialize;

/// A resolved date expression in the sentence (from the time stage).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateCue {
    pub span: Span,
    pub date: NaiveDate,
    pub precision: DatePrecision,
}

/// What the coder needs to know about one sentence.
pub struct SentenceInput<'a> {
    /// The article text (all spans index into it).
    pub text: &'a str,
    pub toks: &'a Tokens,
    pub mentions: &'a [Mention],
    pub dates: &'a [DateCue],
    pub article_date: Option<NaiveDate>,
}

/// A coded event, before the pipeline adds ids, place and output fields.
#[derive(Debug, Clone, PartialEq)]
pub struct Coded {
    pub code: String,
    /// The code the pattern gave before a planned action moved it to intent.
    pub pattern_code: String,
    pub trigger: Span,
    pub trigger_toks: (usize, usize),
    pub source: Option<usize>,
    pub target: Option<usize>,
    pub reported_by: Option<usize>,
    pub rule: RuleRef,
    pub pattern_text: String,
    pub confidence: f32,
    pub modality: Modality,
    pub background: bool,
    pub passive: bool,
    /// The event's own date: (date, precision, span of the expression).
    pub date: Option<(NaiveDate, DatePrecision, Option<Span>)>,
}

/// A candidate that was not coded, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suppressed {
    pub code: String,
    pub trigger: Span,
    pub rule: String,
    pub reason: String,
}

/// Drop the events whose flag is set (`flags` is parallel to
/// `res.events`), recording each as suppressed for `reason`.
fn drop_flagged(res: &mut SentenceResult, flags: &[bool], reason: &str) {
    if !flags.iter().any(|&f| f) {
        return;
    }
    let mut k = 0;
    let mut dropped = Vec::new();
    res.events.retain(|e| {
        k += 1;
        if flags[k - 1] {
            dropped.push(Suppressed {
                code: e.code.clone(),
                trigger: e.trigger,
                rule: e.rule.to_string(),
                reason: reason.into(),
            });
        }
        !flags[k - 1]
    });
    res.suppressed.extend(dropped);
}

/// A pattern match (for `explain`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MatchInfo {
    pub code: String,
    pub pattern: String,
    pub rule: String,
    pub tokens: (usize, usize),
    pub kept: bool,
}

/// Everything the coder found in a sentence.
#[derive(Debug, Default, Clone)]
pub struct SentenceResult {
    pub events: Vec<Coded>,
    pub suppressed: Vec<Suppressed>,
    pub matches: Vec<MatchInfo>,
}

#[derive(Clone, Copy, Default)]
struct Slots {
    target: Option<usize>,
    source: Option<usize>,
    skips: u8,
    /// Tokens matched by pattern words (not gaps, not actor slots).
    lit: u8,
    /// Tokens swallowed by `*` gaps.
    gaps: u8,
}

struct Cand {
    pat: u32,
    start: usize,
    end: usize,
    slots: Slots,
}

/// The cue lists the coder consults, resolved once.
struct CueLists<'p> {
    negation: &'p CueList,
    planned: &'p CueList,
    hypothetical: &'p CueList,
    speculation: &'p CueList,
    subordinator: &'p CueList,
    report: &'p CueList,
    according: &'p CueList,
    locative: &'p CueList,
    oblique: &'p CueList,
    pronoun: &'p CueList,
    refusal: &'p CueList,
    obligation: &'p CueList,
    decided: &'p CueList,
    be: &'p CueList,
    adverb: &'p CueList,
}

/// The event coder. Shares the loaded patterns; holds no per-sentence state.
pub struct Coder<'p> {
    pats: &'p Patterns,
    cue: CueLists<'p>,
    record_matches: bool,
}

impl<'p> Coder<'p> {
    pub fn new(pats: &'p Patterns) -> Self {
        let c = |n: &str| pats.cues.compiled(n);
        Coder {
            pats,
            cue: CueLists {
                negation: c("negation"),
                planned: c("planned"),
                hypothetical: c("hypothetical"),
                speculation: c("speculation"),
                subordinator: c("subordinator"),
                report: c("report"),
                according: c("according"),
                locative: c("locative"),
                oblique: c("oblique"),
                pronoun: c("pronoun"),
                refusal: c("refusal"),
                obligation: c("obligation"),
                decided: c("decided"),
                be: c("be"),
                adverb: c("adverb"),
            },
            record_matches: false,
        }
    }

    /// Also list every pattern match in [`SentenceResult::matches`] (for
    /// `explain`; off by default because it costs allocations per match).
    pub fn record_matches(mut self, yes: bool) -> Self {
        self.record_matches = yes;
        self
    }

    pub fn patterns(&self) -> &Patterns {
        self.pats
    }

    /// The sentence's tokens as word ids.
    /// The dictionary word made by tokens `i`, `i + 1`, `i + 2` when the middle
    /// one is a hyphen written apart ("cease - fire", "Iranian - backed").
    fn joined(&self, toks: &Tokens, i: usize) -> Option<WordId> {
        if i + 2 >= toks.len()
            || toks.norm(i + 1) != "-"
            || toks.toks[i].is_punct()
            || toks.toks[i + 2].is_punct()
        {
            return None;
        }
        let w = format!("{}-{}", toks.norm(i), toks.norm(i + 2));
        Some(self.pats.word_id(&w)).filter(|&j| j != NO_WORD)
    }

    /// Token `i` is the -s form of pattern `p`'s verb right after a plain
    /// lower-case word that is no verb, adverb or function word.
    fn plural_after_noun(
        &self,
        toks: &Tokens,
        ids: &[WordId],
        owner: &[Option<usize>],
        p: &Pattern,
        i: usize,
    ) -> bool {
        // "fired artillery shells": a weapon word, even one read as a bare
        // military role, makes a noun compound too.
        if i == 0 || (owner[i - 1].is_some() && !weapon_word(toks.norm(i - 1))) {
            return false;
        }
        let Elem::Lemma(l) = &p.elems[0].elem else {
            return false;
        };
        let lem = self.pats.lemmas[*l as usize].lemma.as_str();
        let w = toks.norm(i);
        let prev = toks.norm(i - 1);
        w.len() > lem.len()
            && w.starts_with(lem)
            && matches!(&w[lem.len()..], "s" | "es")
            && prev.len() > 3
            && prev.bytes().all(|b| b.is_ascii_lowercase())
            && !prev.ends_with("ly")
            && !is_function_word(prev)
            && !self.pats.is_verb_form(ids[i - 1])
            && !self.cue.adverb.has_word(ids[i - 1])
            && !self.cue.be.has_word(ids[i - 1])
    }

    fn word_ids(&self, toks: &Tokens) -> Vec<WordId> {
        (0..toks.len())
            .map(|i| self.pats.word_id(toks.norm(i)))
            .collect()
    }

    /// Is any cue of `list` in tokens [a, b), outside actor mentions?
    fn cue_in(
        &self,
        list: &CueList,
        ids: &[WordId],
        a: usize,
        b: usize,
        owner: &[Option<usize>],
    ) -> Option<usize> {
        (a..b).find(|&i| owner[i].is_none() && list.at(ids, i, b).is_some())
    }

    #[allow(clippy::too_many_arguments)]
    fn match_from(
        &self,
        p: &Pattern,
        ei: usize,
        ti: usize,
        n: usize,
        toks: &Tokens,
        ids: &[WordId],
        starts: &[Option<usize>],
        ms: &[Mention],
        st: Slots,
    ) -> Option<(usize, Slots)> {
        if ei == p.elems.len() {
            return Some((ti, st));
        }
        let e = &p.elems[ei];
        // Pattern words may match inside a bare role mention ("military aid",
        // "exchange prisoners"): such a mention is then part of the trigger.
        // A role word that opens a mention may also be a later pattern word:
        // "withdrew peacekeepers from Rwanda", "suspended military aid".
        let wordable = |i: usize| match starts[i] {
            None => true,
            Some(m) => bare_role(&ms[m]) || (ei > 0 && ms[m].kind == MentionKind::Role),
        };
        let try_word = |ok: &dyn Fn(WordId) -> bool| -> Option<(usize, Slots)> {
            let lit = Slots {
                lit: st.lit + 1,
                ..st
            };
            if ti < n && wordable(ti) && ok(ids[ti]) {
                if let Some(r) = self.match_from(p, ei + 1, ti + 1, n, toks, ids, starts, ms, lit) {
                    return Some(r);
                }
            }
            // A hyphen written apart: "cease - fire" is the word "cease-fire".
            if let Some(j) = self.joined(toks, ti) {
                if wordable(ti) && ok(j) {
                    if let Some(r) =
                        self.match_from(p, ei + 1, ti + 3, n, toks, ids, starts, ms, lit)
                    {
                        return Some(r);
                    }
                }
            }
            // One filler word may stand between pattern words ("held lengthy talks").
            if ei > 0
                && st.skips == 0
                && ti + 1 < n
                && starts[ti].is_none()
                && is_filler(toks, ti)
                && ok(ids[ti + 1])
            {
                let st2 = Slots { skips: 1, ..lit };
                if let Some(r) = self.match_from(p, ei + 1, ti + 2, n, toks, ids, starts, ms, st2) {
                    return Some(r);
                }
            }
            if ei > 0
                && st.skips == 0
                && ti + 1 < n
                && starts[ti].is_none()
                && is_filler(toks, ti)
                && self.joined(toks, ti + 1).is_some_and(ok)
            {
                let st2 = Slots { skips: 1, ..lit };
                if let Some(r) = self.match_from(p, ei + 1, ti + 4, n, toks, ids, starts, ms, st2) {
                    return Some(r);
                }
            }
            None
        };
        let got = match &e.elem {
            Elem::Words(ws) => try_word(&|w: WordId| w != NO_WORD && ws.contains(&w)),
            Elem::Lemma(l) => try_word(&|w: WordId| self.pats.is_form_of(w, *l)),
            Elem::Gap | Elem::LongGap => {
                let mut r = None;
                // "holding more than 100, 000 civilians as": the words of a
                // count are free; four other words at most (twelve for `**`).
                let limit = if e.elem == Elem::LongGap { 12 } else { 4 };
                let mut cost = 0;
                for k in 0..=limit + 6 {
                    if ti + k > n
                        || (k > 0
                            && is_boundary(toks.norm(ti + k - 1))
                            && !number_point(toks, ti + k - 1))
                    {
                        break;
                    }
                    if k > 0 {
                        let i = ti + k - 1;
                        // A number, and the words leading to it ("more than",
                        // "at least", "nearly"); a decimal point written apart
                        // ("6. 3 million") and a currency sign before a number.
                        let count_word = toks.toks[i].is_number()
                            || number_comma(toks, i)
                            || number_point(toks, i)
                            || (matches!(toks.norm(i), "$" | "€" | "£" | "¥")
                                && i + 1 < n
                                && toks.toks[i + 1].is_number())
                            || (matches!(
                                toks.norm(i),
                                "more" | "than" | "at" | "least" | "about" | "nearly" | "almost"
                            ) && (i + 1..n.min(i + 3)).any(|j| toks.toks[j].is_number()));
                        if !count_word {
                            cost += 1;
                        }
                        if cost > limit {
                            break;
                        }
                    }
                    let st2 = Slots {
                        gaps: st.gaps + k as u8,
                        ..st
                    };
                    if let Some(x) =
                        self.match_from(p, ei + 1, ti + k, n, toks, ids, starts, ms, st2)
                    {
                        r = Some(x);
                        break;
                    }
                }
                r
            }
            Elem::Target | Elem::Source => {
                // Allow a determiner or quantity before the actor ("the", "37",
                // "some 74", "dozens of").
                let mut at = ti;
                let mut k = 0;
                while at < n && k < 3 && starts[at].is_none() && is_quantifier(toks, at) {
                    at += 1;
                    k += 1;
                }
                if starts.get(at).copied().flatten().is_none() {
                    at = ti;
                }
                match starts.get(at).copied().flatten() {
                    Some(m) => {
                        let mut st2 = st;
                        if e.elem == Elem::Target {
                            st2.target = Some(m);
                        } else {
                            st2.source = Some(m);
                        }
                        // "urged Iran and the U.S. to": the slot takes the whole group.
                        let end = match ms[m].group {
                            Some(g) => ms
                                .iter()
                                .filter(|x| x.group == Some(g))
                                .map(|x| x.toks.1)
                                .max()
                                .unwrap_or(ms[m].toks.1),
                            None => ms[m].toks.1,
                        };
                        // "provided the Kenya Defence Forces (KDF) with": an
                        // abbreviation in brackets after the actor is part of it.
                        let end = bracketed_abbreviation(toks, end).unwrap_or(end);
                        // "returned six Iraqi artifacts to Baghdad": a bare
                        // adjective modifying the noun after it is not the
                        // slot's actor, unless that noun is the pattern's next
                        // word ("sailed into {T} waters").
                        let modifies = ms[m].kind == MentionKind::Adjective
                            && ms[m].role.is_none()
                            && ms[m].group.is_none()
                            && end < n
                            && starts[end].is_none()
                            && is_filler(toks, end)
                            && match p.elems.get(ei + 1).map(|x| &x.elem) {
                                Some(Elem::Words(ws)) => !ws.contains(&ids[end]),
                                Some(Elem::Lemma(l)) => !self.pats.is_form_of(ids[end], *l),
                                _ => false,
                            };
                        if modifies {
                            None
                        } else {
                            self.match_from(p, ei + 1, end, n, toks, ids, starts, ms, st2)
                                .or_else(|| {
                                    // "called on the European Union's member
                                    // states to": the actor owns the people
                                    // it stands for, named after it (up to
                                    // three plain words ending in one of
                                    // `addressee_noun`); not "New Zealand's
                                    // decision to".
                                    if ei + 1 == p.elems.len()
                                        || end >= n
                                        || !matches!(toks.norm(end), "'s" | "’s")
                                    {
                                        return None;
                                    }
                                    (end + 2..n.min(end + 5))
                                        .take_while(|&j| {
                                            starts[j - 1].is_none()
                                                && !toks.toks[j - 1].is_punct()
                                                && is_filler(toks, j - 1)
                                        })
                                        .filter(|&j| addressee_noun(toks.norm(j - 1)))
                                        .find_map(|j| {
                                            self.match_from(
                                                p,
                                                ei + 1,
                                                j,
                                                n,
                                                toks,
                                                ids,
                                                starts,
                                                ms,
                                                st2,
                                            )
                                        })
                                })
                        }
                    }
                    None => None,
                }
            }
        };
        if got.is_some() {
            return got;
        }
        if e.optional {
            return self.match_from(p, ei + 1, ti, n, toks, ids, starts, ms, st);
        }
        None
    }

    /// Code one sentence.
    pub fn code(&self, inp: &SentenceInput) -> SentenceResult {
        let toks = inp.toks;
        let n = toks.len();
        let ms = inp.mentions;
        let mut res = SentenceResult::default();
        if n == 0 {
            return res;
        }
        // Token → mention that starts / covers it.
        let mut starts: Vec<Option<usize>> = vec![None; n];
        let mut owner: Vec<Option<usize>> = vec![None; n];
        for (k, m) in ms.iter().enumerate() {
            if m.toks.0 < n {
                starts[m.toks.0] = Some(k);
            }
            for o in owner.iter_mut().take(m.toks.1.min(n)).skip(m.toks.0) {
                *o = Some(k);
            }
        }

        // Cue words are not read inside actors, nor in the month "May"
        // ("closed the border in May" is no hypothetical).
        let mut cue_owner = owner.clone();
        for (i, o) in cue_owner.iter_mut().enumerate().skip(1) {
            if toks.toks[i].is_cap() && toks.norm(i) == "may" {
                *o = Some(usize::MAX);
            }
        }

        // 1. Pattern matches. The sentence's words, to skip patterns that need
        // a word the sentence does not have before trying to match them.
        let ids = self.word_ids(toks);
        let ids = &ids[..];
        let mut bits = [0u64; 4];
        let mut present: Vec<WordId> = Vec::with_capacity(n);
        for &w in ids {
            if w != NO_WORD {
                let (k, b) = word_bit(w);
                bits[k] |= b;
                present.push(w);
            }
        }
        // Hyphenated dictionary words written apart ("cease - fire").
        let joined: Vec<Option<WordId>> = (0..n).map(|i| self.joined(toks, i)).collect();
        for &w in joined.iter().flatten() {
            let (k, b) = word_bit(w);
            bits[k] |= b;
            present.push(w);
        }
        present.sort_unstable();
        present.dedup();
        let mut cands: Vec<Cand> = Vec::new();
        for (i, &own) in owner.iter().enumerate() {
            if let Some(m) = own {
                if !(bare_role(&ms[m]) && ms[m].toks.0 == i) {
                    continue;
                }
            }
            // "Iranian - backed Houthis", "UN - brokered truce": a participle
            // joined to a word by a hyphen written apart is part of a
            // compound adjective, like "Iranian-backed".
            if i >= 2 && toks.norm(i - 1) == "-" && !toks.toks[i - 2].is_punct() && {
                let w = toks.norm(i);
                w.ends_with("ed") || matches!(w, "held" | "run" | "built" | "made" | "won")
            } {
                continue;
            }
            // "in March": the month, not the verb (a verb is lower case
            // after the sentence's first word).
            let month = toks.norm(i) == "march" && toks.toks[i].is_cap();
            let noun_position = self.pats.is_verb_form(ids[i])
                && !toks.norm(i).ends_with("ed")
                && !toks.norm(i).ends_with("ing")
                && self.after_determiner(toks, ids, &owner, ms, i);
            let probes = self
                .pats
                .probes(ids[i])
                .iter()
                .chain(joined[i].map(|j| self.pats.probes(j)).unwrap_or(&[]).iter());
            for pr in probes {
                if (pr.bits[0] & !bits[0])
                    | (pr.bits[1] & !bits[1])
                    | (pr.bits[2] & !bits[2])
                    | (pr.bits[3] & !bits[3])
                    != 0
                {
                    continue;
                }
                let pid = pr.pattern;
                let p = &self.pats.patterns[pid as usize];
                // Required words written as alternatives ("talks|negotiations")
                // are not in the bloom bits: check them before matching.
                if !p.required.is_empty() {
                    let possible = p.required.iter().all(|&k| match &p.elems[k as usize].elem {
                        Elem::Words(ws) => {
                            ws.len() == 1 || ws.iter().any(|w| present.binary_search(w).is_ok())
                        }
                        _ => true,
                    });
                    if !possible {
                        continue;
                    }
                }
                // "the attack on a convoy", "its brutal fight against": a verb
                // form after a determiner is a noun; it leaves the words to the
                // noun patterns ("attack on") instead of a longer verb match
                // that would be dropped later.
                if p.kind == TriggerKind::Verb && (noun_position || month) {
                    continue;
                }
                // "to discuss border patrols", "nationwide protests": the -s
                // form of a one-word pattern of action right after a plain
                // lower-case word is a plural noun compound; the noun
                // patterns take it. Not for statements ("the ministry says").
                if p.kind == TriggerKind::Verb
                    && p.elems.len() == 1
                    && !is_verbal_code(&p.code)
                    && self.plural_after_noun(toks, ids, &owner, p, i)
                {
                    continue;
                }
                // "the rocket force", "attack helicopters", "a strike group":
                // the bare verb before a unit or weapon noun modifies it; so
                // does a one-word violent noun ("offered attack helicopters").
                if p.elems.len() == 1
                    && is_violent(&p.code)
                    && i + 1 < n
                    && match &p.elems[0].elem {
                        Elem::Lemma(l) => {
                            p.kind == TriggerKind::Verb
                                && self.pats.lemmas[*l as usize].lemma == toks.norm(i)
                        }
                        Elem::Words(_) => p.kind == TriggerKind::Noun,
                        _ => false,
                    }
                    && unit_noun(toks.norm(i + 1))
                {
                    continue;
                }
                // "meet the deadline", "would meet its targets": meeting a
                // goal or a requirement is no meeting.
                if p.kind == TriggerKind::Verb
                    && p.code == "040"
                    && p.elems.len() == 1
                    && matches!(&p.elems[0].elem, Elem::Lemma(l) if self.pats.lemmas[*l as usize].lemma == "meet")
                    && meets_a_goal(toks, &owner, i)
                {
                    continue;
                }
                if let Some((end, slots)) =
                    self.match_from(p, 0, i, n, toks, ids, &starts, ms, Slots::default())
                {
                    // "Riot police clashed", "aid agencies": a word that only
                    // modifies the role noun of its mention is no trigger.
                    if own.is_some_and(|m| end < ms[m].toks.1) {
                        continue;
                    }
                    cands.push(Cand {
                        pat: pid,
                        start: i,
                        end,
                        slots,
                    });
                }
            }
        }
        // "the market bombing in X", "the recent killing of": an -ing form
        // after a determiner (modifiers between) that a noun pattern also
        // starts at is that noun, not the verb.
        let ing_nouns: Vec<usize> = cands
            .iter()
            .filter(|c| {
                self.pats.patterns[c.pat as usize].kind == TriggerKind::Noun
                    && toks.norm(c.start).ends_with("ing")
            })
            .map(|c| c.start)
            .collect();
        if !ing_nouns.is_empty() {
            cands.retain(|c| {
                self.pats.patterns[c.pat as usize].kind != TriggerKind::Verb
                    || !ing_nouns.contains(&c.start)
                    || !self.after_determiner(toks, ids, &owner, ms, c.start)
            });
        }
        // Longest first; later files (overlays) and more specific codes win ties.
        cands.sort_by(|a, b| {
            let (pa, pb) = (
                &self.pats.patterns[a.pat as usize],
                &self.pats.patterns[b.pat as usize],
            );
            b.slots
                .lit
                .cmp(&a.slots.lit)
                .then((b.end - b.start).cmp(&(a.end - a.start)))
                .then(a.slots.gaps.cmp(&b.slots.gaps))
                .then(a.slots.skips.cmp(&b.slots.skips))
                .then(pb.file_rank.cmp(&pa.file_rank))
                .then(pb.code.len().cmp(&pa.code.len()))
                .then(a.start.cmp(&b.start))
        });
        // "reduced tariffs on ...", "lifts a three-year boycott of ...": a
        // noun pattern that starts on the last word of a verb pattern's match
        // is what that verb acts on; the verb's match describes the act, so
        // the noun yields to it (it is still coded when nothing overlaps it).
        // Not a noun of the verb's own root, which only makes the act more
        // precise ("reopened the investigation into the bombing" 091).
        // "dismissed calls for changes to the constitution", "rebuffed
        // demands for ...": an appeal or demand (02, 10) that starts inside a
        // rejection verb's match is what is rejected; it yields to the
        // rejection, which takes the rejection code of the act asked for.
        let rejecting = |c: &Cand| {
            let pc = &self.pats.patterns[c.pat as usize];
            (pc.code.starts_with("02") || pc.code.starts_with("10"))
                && cands.iter().any(|v| {
                    let pv = &self.pats.patterns[v.pat as usize];
                    pv.kind == TriggerKind::Verb
                        && pv.code.starts_with("12")
                        && v.start < c.start
                        && c.start < v.end
                })
        };
        let governed = |c: &Cand| {
            let pc = &self.pats.patterns[c.pat as usize];
            (pc.kind == TriggerKind::Noun
                && cands.iter().any(|v| {
                    let pv = &self.pats.patterns[v.pat as usize];
                    pv.kind == TriggerKind::Verb
                        && v.start < c.start
                        && v.end == c.start + 1
                        && pv.code[..2] != pc.code[..2]
                }))
                || rejecting(c)
        };
        // The rejection code of what the governed appeal asks for.
        let mut rejected_asks: Vec<(usize, usize, u32, String)> = Vec::new();
        for c in cands.iter().filter(|c| rejecting(c)) {
            let pc = &self.pats.patterns[c.pat as usize];
            let Some(code) = self.pats.cues.rejection_of_request(&pc.code) else {
                continue;
            };
            for v in &cands {
                let pv = &self.pats.patterns[v.pat as usize];
                if pv.kind == TriggerKind::Verb
                    && pv.code.starts_with("12")
                    && v.start < c.start
                    && c.start < v.end
                    && pv.code.len() == 3
                    && !rejected_asks
                        .iter()
                        .any(|a| (a.0, a.1, a.2) == (v.start, v.end, v.pat))
                {
                    rejected_asks.push((v.start, v.end, v.pat, code.to_string()));
                }
            }
        }
        let demoted: Vec<bool> = cands.iter().map(governed).collect();
        if demoted.iter().any(|&d| d) {
            let mut order: Vec<usize> = (0..cands.len()).collect();
            order.sort_by_key(|&k| demoted[k]);
            let mut slots: Vec<Option<Cand>> = cands.drain(..).map(Some).collect();
            cands = order.into_iter().filter_map(|k| slots[k].take()).collect();
        }
        let mut taken: Vec<&Cand> = Vec::new();
        for c in &cands {
            let p = &self.pats.patterns[c.pat as usize];
            // Pattern words only: actor slots inside a match may be shared.
            let overlaps = taken.iter().any(|t| c.start < t.end && t.start < c.end);
            if self.record_matches {
                res.matches.push(MatchInfo {
                    code: p.code.clone(),
                    pattern: p.text.clone(),
                    rule: p.rule.to_string(),
                    tokens: (c.start, c.end),
                    kept: !overlaps,
                });
            }
            if !overlaps {
                taken.push(c);
            }
        }
        taken.sort_by_key(|c| c.start);
        // "A West Bank shooting attack wounded two soldiers", "the Kabul
        // bombing": a place named after a determiner right before a violent
        // noun says where the violence happened; it is not its author.
        let violent_noun = cands.iter().any(|d| {
            let pd = &self.pats.patterns[d.pat as usize];
            pd.kind == TriggerKind::Noun && is_violent(&pd.code)
        });
        let attrib_place: Vec<bool> = (0..if violent_noun { ms.len() } else { 0 })
            .map(|m| {
                let e = ms[m].toks.1;
                e < n
                    && matches!(
                        ms[m].kind,
                        MentionKind::City | MentionKind::Capital | MentionKind::Country
                    )
                    && cands.iter().any(|d| {
                        let pd = &self.pats.patterns[d.pat as usize];
                        d.start == e && pd.kind == TriggerKind::Noun && is_violent(&pd.code)
                    })
                    && place_modifier(toks, &owner, ms, m)
            })
            .collect();
        // A bare country adjective before a plain noun stands for its
        // country ("a Palestinian state", "Turkish ships"); before an event
        // noun it is only that event's owner ("Russian air strikes").
        let nominal: Vec<bool> = ms
            .iter()
            .map(|m| {
                let t = m.toks.1;
                m.kind == MentionKind::Adjective
                    && m.role.is_none()
                    && t < n
                    && owner[t].is_none()
                    && !toks.toks[t].is_punct()
                    && !toks.toks[t].is_cap()
                    && toks.norm(t).len() > 2
                    && toks
                        .norm(t)
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b == b'-')
                    && !is_function_word(toks.norm(t))
                    && !taken.iter().any(|c| c.start <= t && t < c.end)
            })
            .collect();
        let taken_spans: Vec<(usize, usize, bool)> = taken
            .iter()
            .map(|c| {
                (
                    c.start,
                    c.end,
                    self.pats.patterns[c.pat as usize].kind == TriggerKind::Verb,
                )
            })
            .collect();

        // 2. Clauses and speech.
        let clause = clauses(self, toks, ids, &owner);
        let speech = self.speech(toks, ids, &owner, &clause, ms);
        let question = toks.norm(n - 1) == "?" || (n >= 2 && toks.norm(n - 2) == "?");

        // A violent noun next to a violent verb is one event: "Russian air
        // strikes killed 12 civilians", "were killed in suicide bombings". The
        // noun gives the code (the weapon), the verb the victims.
        let nt = taken.len();
        let mut weapon: Vec<Option<usize>> = vec![None; nt];
        let mut merged = vec![false; nt];
        for j in 0..nt {
            let v = taken[j];
            let pv = &self.pats.patterns[v.pat as usize];
            // "A truck bomb wrecked the U.N. headquarters": destroying
            // property (1712) with a weapon is that attack too.
            if pv.kind != TriggerKind::Verb || !(is_violent(&pv.code) || pv.code == "1712") {
                continue;
            }
            let noun = |k: usize| {
                let pw = &self.pats.patterns[taken[k].pat as usize];
                pw.kind == TriggerKind::Noun
                    && is_violent(&pw.code)
                    && clause[taken[k].start] == clause[v.start]
            };
            if j > 0 && noun(j - 1) {
                let w = taken[j - 1];
                // "a car bombing by the Islamic State group killed ...": the
                // agent after "by" and an auxiliary may stand between.
                let by_at = (w.end..v.start).find(|&i| toks.norm(i) == "by");
                if w.end <= v.start
                    && v.start - w.end <= 3 + 3 * usize::from(by_at.is_some())
                    && (w.end..v.start).all(|i| {
                        owner[i].is_some()
                            || (toks.norm(i) != "," && self.cue.locative.has_word(ids[i]))
                            || (by_at.is_some_and(|b| i >= b)
                                && matches!(
                                    toks.norm(i),
                                    "by" | "the" | "a" | "an" | "has" | "have" | "had"
                                ))
                    })
                {
                    weapon[j] = Some(j - 1);
                    merged[j - 1] = true;
                    continue;
                }
                // "Russian air strikes on the town of Idlib killed ...": the
                // noun's object, a short noun phrase after "on", "against",
                // "in" or "at" (the match may end with it), may stand between.
                let prep = if w.end > w.start
                    && matches!(toks.norm(w.end - 1), "on" | "against" | "in" | "at")
                {
                    Some(w.end - 1)
                } else if w.end < v.start
                    && matches!(toks.norm(w.end), "on" | "against" | "in" | "at")
                {
                    Some(w.end)
                } else {
                    None
                };
                if let Some(pi) = prep {
                    let gap = pi + 1..v.start;
                    if !gap.is_empty()
                        && gap.len() <= 7
                        && gap.clone().any(|i| owner[i].is_some())
                        && gap.clone().all(|i| {
                            owner[i].is_some()
                                || matches!(toks.norm(i), "the" | "a" | "an" | "of")
                                || (is_filler(toks, i)
                                    && !is_function_word(toks.norm(i))
                                    && !self.pats.is_verb_form(ids[i])
                                    && !self.cue.adverb.has_word(ids[i]))
                        })
                    {
                        weapon[j] = Some(j - 1);
                        merged[j - 1] = true;
                        continue;
                    }
                }
            }
            if j + 1 < nt && noun(j + 1) {
                let w = taken[j + 1];
                let part = match &pv.elems[0].elem {
                    Elem::Lemma(l) => self.pats.lemmas[*l as usize]
                        .participles
                        .contains(toks.norm(v.start)),
                    _ => false,
                };
                // "was wounded in the leg in an assassination attempt": a short
                // phrase saying where the victim was hit may come first.
                let weapon_at = (v.end..w.start)
                    .rev()
                    .find(|&i| matches!(toks.norm(i), "in" | "by" | "during"));
                let hit_where = |k: usize| {
                    k == v.end
                        || (k - v.end <= 4
                            && matches!(toks.norm(v.end), "in" | "on" | "at")
                            && (v.end + 1..k).all(|i| {
                                owner[i].is_none()
                                    && !toks.toks[i].is_punct()
                                    && !toks.toks[i].is_cap()
                            }))
                };
                if part
                    && v.end < w.start
                    && w.start - v.end <= 8
                    && weapon_at.is_some_and(|k| {
                        w.start - k <= 4
                            && hit_where(k)
                            && (k + 1..w.start).all(|i| {
                                owner[i].is_none()
                                    && (is_filler(toks, i)
                                        || matches!(toks.norm(i), "a" | "an" | "the"))
                            })
                    })
                {
                    weapon[j] = Some(j + 1);
                    merged[j + 1] = true;
                    continue;
                }
                // Active: "killed the general in a drone strike": the object
                // (actors, names, numbers) stands between verb and weapon.
                if !part && v.end < w.start && w.start - v.end <= 10 {
                    let k = (v.end..w.start)
                        .find(|&i| matches!(toks.norm(i), "in" | "with" | "during"));
                    if let Some(k) = k {
                        let object_only = k > v.end
                            && (v.end..k).all(|i| {
                                owner[i].is_some()
                                    || is_quantifier(toks, i)
                                    || (toks.toks[i].is_cap() && !toks.toks[i].is_punct())
                            });
                        let weapon_next = (k + 1..w.start).all(|i| {
                            owner[i].is_none()
                                && (is_filler(toks, i)
                                    || matches!(toks.norm(i), "a" | "an" | "the"))
                        });
                        if object_only && weapon_next {
                            weapon[j] = Some(j + 1);
                            merged[j + 1] = true;
                        }
                    }
                }
            }
        }

        // Starts of -ing forms found to describe the clause's subject.
        let mut subject_participles: Vec<usize> = Vec::new();
        for (ci, &c) in taken.iter().enumerate() {
            let p = &self.pats.patterns[c.pat as usize];
            let trig = Span::new(toks.toks[c.start].start, toks.toks[c.end - 1].end);
            let suppress = |res: &mut SentenceResult, reason: &str| {
                res.suppressed.push(Suppressed {
                    code: p.code.clone(),
                    trigger: trig,
                    rule: p.rule.to_string(),
                    reason: reason.to_string(),
                });
            };
            if merged[ci] {
                suppress(&mut res, "weapon of a casualty verb (one event)");
                continue;
            }
            // "A U.N. fact-finding mission said ...": an event noun heading
            // the speaker of a report names who speaks, not an act.
            if p.kind == TriggerKind::Noun
                && c.end < n
                && owner[c.end].is_none()
                && self.cue.report.at(ids, c.end, n).is_some()
                && !report_noun(toks, c.end, 1)
            {
                suppress(&mut res, "speaker of a report");
                continue;
            }
            // "rallied support at an emergency meeting of the OIC", "praised
            // X at their summit", "hosted X ..., in the first official visit
            // to Y": a meeting after "at", "during" or "in" is the setting of
            // an act already coded, not an event of its own.
            if p.kind == TriggerKind::Noun && p.code.starts_with("04") && !res.events.is_empty() {
                // "arrived in X for an official visit and the APEC summit":
                // an actor naming the meeting is one of its modifiers, and a
                // meeting coordinated with an earlier noun shares its
                // preposition.
                let prep = |k: usize| matches!(toks.norm(k), "at" | "during" | "of" | "in" | "for");
                let mut k = c.start;
                let mut mods = 0;
                while k > 0 && mods < 3 && !prep(k - 1) && !toks.toks[k - 1].is_punct() {
                    if let Some(m) = owner[k - 1] {
                        k = ms[m].toks.0.min(k - 1);
                        mods += 1;
                        continue;
                    }
                    if toks.norm(k - 1) == "and" {
                        k -= 1;
                        let mut j = 0;
                        while k > 0 && j < 4 && !prep(k - 1) && !toks.toks[k - 1].is_punct() {
                            k = owner[k - 1].map_or(k - 1, |m| ms[m].toks.0.min(k - 1));
                            j += 1;
                        }
                        break;
                    }
                    if self.pats.is_verb_form(ids[k - 1]) {
                        break;
                    }
                    k -= 1;
                    mods += 1;
                }
                // "arrived in Pyongyang for the first summit": a meeting
                // after "for" is the purpose of a visit or contact (04).
                let after_for = k > 0 && toks.norm(k - 1) == "for";
                let setting = k > 0
                    && (matches!(toks.norm(k - 1), "at" | "during" | "in" | "for")
                        || (k >= 4 && toks.norm(k - 1) == "of" && toks.norm(k - 2) == "sidelines"));
                // After "in", only an act that is no comment ("said in a
                // meeting with X" is that meeting).
                let after_in = k > 0 && toks.norm(k - 1) == "in";
                if setting
                    && res.events.iter().any(|e| {
                        e.trigger_toks.1 <= k
                            && clause[e.trigger_toks.0] == clause[c.start]
                            && !(after_in && e.code.starts_with("01"))
                            && (!after_for || e.code.starts_with("04"))
                    })
                {
                    suppress(&mut res, "setting of another act");
                    continue;
                }
            }
            let cl = clause[c.start];
            let cl_start = (0..c.start)
                .rev()
                .take_while(|&i| clause[i] == cl)
                .last()
                .unwrap_or(c.start);
            // A match that runs past a clause split ("announced a suspension
            // of aid to X", split after the statement verb) looks for its
            // target in the clause where it ends.
            let cl_last = clause[c.end - 1];
            let cl_end = (c.end - 1..n)
                .take_while(|&i| clause[i] == cl_last)
                .last()
                .map(|i| i + 1)
                .unwrap_or(n);

            // Voice.
            let mut passive =
                p.kind == TriggerKind::Verb && self.is_passive(p, toks, ids, c.start, cl_start);
            // "came under attack|fire (from X)": the subject is hit, as in a
            // passive; the attacker follows "from" (a source slot) or "by".
            // Also with a source slot: the target is the subject, not an actor
            // later in the clause ("came under pressure from X over ties with Y").
            if p.kind == TriggerKind::Verb
                && !passive
                && c.start + 1 < n
                && toks.norm(c.start + 1) == "under"
                && matches!(&p.elems[0].elem, Elem::Lemma(l)
                    if self.pats.lemmas[*l as usize].lemma == "come")
            {
                passive = true;
            }
            let participle = p.kind == TriggerKind::Verb
                && match &p.elems[0].elem {
                    Elem::Lemma(l) => self.pats.lemmas[*l as usize]
                        .participles
                        .contains(toks.norm(c.start)),
                    _ => false,
                };
            // "killed by X", also when a gap of the pattern swallowed "by X".
            let by_agent = self
                .by_agent(toks, c.start + 1, c.end.min(c.start + 3), &starts, ms)
                .or_else(|| self.by_agent(toks, c.end, cl_end, &starts, ms));

            // A participle right after the object of an earlier verb of the
            // clause modifies that object: "vetoed a resolution demanding ...",
            // "stormed a ship carrying aid" (not an event of its own);
            // "demanded the release of two nationals detained in Poland" (a
            // passive: the nationals are its target).
            let mut rel_target: Option<usize> = None;
            let mut rel_passive = false;
            if p.kind == TriggerKind::Verb
                && !passive
                && c.start > 0
                && self.cue.report.at(ids, c.start, n).is_none()
            {
                // Also when the earlier pattern took the object noun in
                // ("vetoed a resolution" as `veto * resolution`).
                let prior = taken
                    .iter()
                    .rev()
                    .find(|t| {
                        // "Hours after the bombing in Baghdad, Iraqi police
                        // arrested ...": a verb pattern used as a noun (after a
                        // determiner or preposition) has no object to modify.
                        let as_noun = t.start > 0
                            && owner[t.start - 1].is_none()
                            && (is_determiner(toks.norm(t.start - 1))
                                || matches!(
                                    toks.norm(t.start - 1),
                                    "after" | "before" | "since" | "during" | "amid" | "following"
                                ));
                        self.pats.patterns[t.pat as usize].kind == TriggerKind::Verb
                            && !as_noun
                            && !subject_participles.contains(&t.start)
                            && (t.end < c.start
                                || (t.end == c.start
                                    && t.end >= t.start + 2
                                    && !is_violent(&self.pats.patterns[t.pat as usize].code)))
                            && clause[t.start] == cl
                    })
                    .map(|t| (t.start, t.end));
                if let Some((a, b)) = prior {
                    let relative = |x: usize, y: usize| {
                        (x..y).any(|i| matches!(toks.norm(i), "who" | "which" | "that"))
                    };
                    let pi = c.start - 1;
                    let pw = ids[pi];
                    let noun_before = owner[pi].is_some() || self.plain_word(toks, pi, pw);
                    if noun_before && !relative(cl_start, a) && !relative(b, c.start) {
                        if toks.norm(c.start).ends_with("ing") {
                            suppress(&mut res, "participle modifying an object");
                            continue;
                        }
                        if participle {
                            match owner[pi] {
                                Some(m) => {
                                    passive = true;
                                    rel_passive = true;
                                    rel_target = Some(m);
                                }
                                // "welcomed the ceasefire agreed by A and B":
                                // a participle describing an event noun the
                                // earlier verb acts on is that noun's story,
                                // not a second event.
                                None if by_agent.is_some()
                                    && !taken.iter().any(|t| {
                                        t.end == c.start
                                            && self.pats.patterns[t.pat as usize].kind
                                                == TriggerKind::Noun
                                    }) =>
                                {
                                    passive = true;
                                    rel_passive = true;
                                }
                                None => {
                                    suppress(&mut res, "participle modifying an object");
                                    continue;
                                }
                            }
                        }
                    }
                }
            }

            // "The coalition fighting the rebels declared a truce", "Farmers
            // demanding higher prices blocked roads": an -ing form right after
            // the clause's subject, before the clause's own verb, describes
            // that subject; it is not an event of its own.
            if p.kind == TriggerKind::Verb
                && !passive
                && c.start > cl_start
                && toks.norm(c.start).ends_with("ing")
            {
                let pi = c.start - 1;
                let pw = ids[pi];
                // Not after a verb ("has begun withdrawing").
                let noun_before = owner[pi].is_some()
                    || (!self.pats.is_verb_form(pw) && self.plain_word(toks, pi, pw));
                let verb = |t: &&Cand| {
                    self.pats.patterns[t.pat as usize].kind == TriggerKind::Verb
                        && clause[t.start] == cl
                };
                let earlier = taken
                    .iter()
                    .copied()
                    .filter(verb)
                    .any(|t| t.start < c.start);
                let main_after = taken.iter().copied().filter(verb).any(|t| {
                    t.start >= c.end
                        && !toks.norm(t.start).ends_with("ing")
                        && !matches!(
                            toks.norm(t.start - 1),
                            "to" | "and" | "or" | "who" | "which" | "that"
                        )
                });
                if noun_before && !earlier && main_after {
                    subject_participles.push(c.start);
                    suppress(&mut res, "participle describing the subject");
                    continue;
                }
            }

            // "expelled the monitors, raising fears of ...", "closed the border,
            // sparking concern in ...": a comment (01) in an -ing form right
            // after the comma that closes another act says what that act
            // caused; the subject said nothing.
            if p.kind == TriggerKind::Verb
                && p.code.starts_with("01")
                && c.start > 1
                && toks.norm(c.start - 1) == ","
                && matches!(
                    toks.norm(c.start),
                    "raising"
                        | "sparking"
                        | "prompting"
                        | "triggering"
                        | "fuelling"
                        | "fueling"
                        | "stoking"
                        | "causing"
                        | "deepening"
                        | "heightening"
                )
                && taken.iter().any(|t| {
                    t.end < c.start && !self.pats.patterns[t.pat as usize].code.starts_with("01")
                })
            {
                suppress(&mut res, "consequence of an earlier act");
                continue;
            }

            // "rejected a motion allowing U.S. troops to use its bases for an
            // invasion", "stormed a ship carrying aid to Gaza": what follows a
            // participle describing the object of an earlier action tells what
            // that object is or says; it is not asserted.
            if !rel_passive {
                let describing = !(p.kind == TriggerKind::Verb && is_violent(&p.code))
                    && taken.iter().any(|t| {
                        let tp = &self.pats.patterns[t.pat as usize];
                        if tp.kind != TriggerKind::Verb
                            || t.end > c.start
                            || clause[t.start] != cl
                            || tp.code == "010"
                        {
                            return false;
                        }
                        let from = if t.end >= t.start + 2 {
                            t.end
                        } else {
                            t.end + 1
                        };
                        (from..c.start).any(|k| {
                            let w = toks.norm(k);
                            k > 0
                                && owner[k].is_none()
                                && w.len() > 5
                                && w.ends_with("ing")
                                && !not_participle(w)
                                && (owner[k - 1].is_some()
                                    || (k == t.end && t.end >= t.start + 2)
                                    || (is_filler(toks, k - 1)
                                        && !toks.norm(k - 1).ends_with("ly")
                                        && !toks.norm(k - 1).ends_with("ing")
                                        && !self.cue.be.has_word(ids[k - 1])
                                        && !self.cue.adverb.has_word(ids[k - 1])
                                        && !self.cue.subordinator.has_word(ids[k - 1])
                                        && !self.cue.oblique.has_word(ids[k - 1])
                                        && !self.cue.locative.has_word(ids[k - 1])
                                        && (!self.pats.is_verb_form(ids[k - 1])
                                            || (k >= 2
                                                && (owner[k - 2].is_some()
                                                    || matches!(
                                                        toks.norm(k - 2),
                                                        "a" | "an"
                                                            | "the"
                                                            | "its"
                                                            | "their"
                                                            | "his"
                                                            | "her"
                                                    ))))))
                                && !(k..c.start).any(|i| {
                                    matches!(
                                        toks.norm(i),
                                        "," | "and" | "but" | "who" | "which" | "that"
                                    )
                                })
                        })
                    });
                if describing {
                    suppress(&mut res, "inside a phrase describing an object");
                    continue;
                }
            }

            // Source.
            let mut subject = self.subject(toks, ids, cl_start, c.start, &owner, ms);
            if is_violent(&p.code) && subject.is_some_and(|m| attrib_place.get(m) == Some(&true)) {
                subject = None;
            }
            // "X rejected the accusations against its companies and urged
            // ...": a verb joined by "and" to an earlier verb shares its
            // subject; the nearest actor is the earlier verb's object.
            if p.kind == TriggerKind::Verb && c.start >= 2 {
                let mut k = c.start - 1;
                if (self.cue.adverb.has_word(ids[k]) || toks.norm(k).ends_with("ly")) && k > 0 {
                    k -= 1;
                }
                // "defied the sanctions by launching a missile": the means
                // shares the subject of the verb it explains.
                let by_means = toks.norm(k) == "by" && toks.norm(c.start).ends_with("ing");
                if toks.norm(k) == "and" || by_means {
                    let prior = taken_spans
                        .iter()
                        .rev()
                        .find(|&&(a, b, verb)| verb && b <= k && clause[a] == cl)
                        .map(|&(a, b, _)| (a, b));
                    if let (Some((a, b)), Some(sj)) = (prior, subject) {
                        // Also an actor inside the earlier match ("defied
                        // U.N. sanctions" as `defy * sanctions`).
                        if ms[sj].toks.0 >= b || (by_means && ms[sj].toks.0 > a) {
                            subject = self.subject(toks, ids, cl_start, a, &owner, ms);
                        }
                    } else if let Some(sj) = subject {
                        // No coded verb before, but the actor found is the
                        // object of a verb ("X called Y and urged him").
                        let mut v = ms[sj].toks.0;
                        while v > cl_start
                            && matches!(toks.norm(v - 1), "the" | "his" | "her" | "their" | "its")
                        {
                            v -= 1;
                        }
                        if v > cl_start + 1
                            && owner[v - 1].is_none()
                            && self.pats.is_verb_form(ids[v - 1])
                        {
                            subject = self.subject(toks, ids, cl_start, v - 1, &owner, ms);
                        }
                    }
                }
            }
            // "Kenya, which closed its border in May, ...", "The rebels, who
            // seized the airport last week, shelled ...": the actor right before
            // ", which|who" is the subject of the relative clause's verb and of
            // the main verb after the clause's closing comma.
            if p.kind == TriggerKind::Verb {
                subject = self.relative_subject(toks, ids, cl_start, c.start, &owner, ms, subject);
                subject = self.participle_subject(toks, ids, cl_start, c.start, &owner, subject);
            }
            let mut source: Option<usize> = c.slots.source;
            let mut target: Option<usize> = c.slots.target;
            let mut conf: f32 = 0.85;
            let mut noun_owner: Option<usize> = None;
            let mut gap_target = false;
            // The target is the country adjective owning a criticised act.
            let mut owner_target = false;
            // A reduced passive ("two soldiers killed by rebels") needs "by"
            // right after the participle.
            // Not when the match ends in a noun of its own: "denied charges by
            // the opposition" is active, and the opposition made the charges.
            let reduced = p.kind == TriggerKind::Verb
                && c.end < n
                && toks.norm(c.end) == "by"
                && by_agent.is_some()
                && ends_ed(toks.norm(c.start))
                && (c.end == c.start + 1
                    || ends_ed(toks.norm(c.end - 1))
                    || matches!(toks.norm(c.end - 1), "dead" | "down" | "up" | "out" | "off"));
            if passive || reduced {
                if target.is_none() {
                    target = if rel_passive { rel_target } else { subject };
                }
                source = source.or(by_agent);
                // "two inspectors were expelled from North Korea": with no
                // agent, the country the expelled leave is the one expelling.
                if source.is_none()
                    && matches!(&p.elems[0].elem, Elem::Lemma(l)
                        if matches!(self.pats.lemmas[*l as usize].lemma.as_str(), "expel" | "deport"))
                    && c.end < cl_end
                    && toks.norm(c.end) == "from"
                {
                    let mut j = c.end + 1;
                    if j < cl_end && toks.norm(j) == "the" {
                        j += 1;
                    }
                    source = starts
                        .get(j)
                        .copied()
                        .flatten()
                        .filter(|&m| is_place_kind(&ms[m].kind) && Some(m) != target);
                }
                // "wheat was donated by Ukraine to Ethiopia": no actor as the
                // subject; the recipient after the verb is the target.
                if target.is_none() && !p.flags.notarget {
                    target = self
                        .object(toks, ids, c.end, cl_end, &owner, &starts, ms, &nominal)
                        .filter(|&t| Some(t) != source);
                }
                conf -= 0.05;
            } else {
                if source.is_none() && p.kind == TriggerKind::Noun {
                    // "Russia's visit", "Russian air strikes"; else the agent
                    // after the noun: "an attack by militants on the base".
                    // Not the agent of a later passive: "The attack was
                    // condemned by X".
                    noun_owner = self
                        .noun_owner(toks, c.start, &owner, ms)
                        .filter(|&m| !(is_violent(&p.code) && attrib_place.get(m) == Some(&true)))
                        .or_else(|| {
                            let by =
                                (c.end..cl_end.min(c.end + 3)).find(|&i| toks.norm(i) == "by")?;
                            if (c.end..by).any(|i| {
                                self.cue.be.has_word(ids[i]) || self.pats.is_verb_form(ids[i])
                            }) {
                                return None;
                            }
                            self.by_agent(toks, c.end, cl_end, &starts, ms)
                        });
                    source = noun_owner;
                }
                // "expressed sympathy with New Zealand after the mosque
                // shootings": an event noun in a background phrase is not
                // the act of the sentence's subject.
                // "police detained two suspects over the attack on X": the
                // act people are held for is not the captors' own.
                let held_for = p.kind == TriggerKind::Noun
                    && is_violent(&p.code)
                    && taken.iter().any(|v| {
                        let pv = &self.pats.patterns[v.pat as usize];
                        pv.kind == TriggerKind::Verb
                            && pv.code.starts_with("17")
                            && v.end < c.start
                            && clause[v.start] == clause[c.start]
                            && (v.end..c.start).any(|i| {
                                owner[i].is_none()
                                    && is_filler(toks, i)
                                    && !is_function_word(toks.norm(i))
                                    && !self.pats.is_verb_form(ids[i])
                                    && !self.cue.locative.has_word(ids[i])
                            })
                    });
                if source.is_none()
                    && !held_for
                    && !(p.kind == TriggerKind::Noun && background_phrase(toks, &owner, c.start))
                {
                    source = subject;
                }
                // "killed 12 civilians in Syria" matched as "kill * civilians":
                // the role mention the pattern ran into is the target (a bare
                // role word too when it names the victims of force: "killed
                // more than 500 civilians during a bombardment of a rebel town").
                if target.is_none() && !p.flags.notarget {
                    // "expelled humanitarian aid workers, including those
                    // from X": the agencies expelled (166x) are the target,
                    // not the examples after them.
                    let expelled = p.code.starts_with("166");
                    target = (c.start + 1..c.end).filter_map(|i| starts[i]).find(|&m| {
                        Some(m) != source
                            && ms[m].kind == MentionKind::Role
                            && ((expelled
                                && ms[m].code.as_deref().is_some_and(|k| k.starts_with("NGO")))
                                || (ms[m].country.is_some()
                                    && (!bare_role(&ms[m])
                                        || (is_violent(&p.code)
                                            && !after_with_by(toks, &owner, ms[m].toks.0)))
                                    && ms[m].toks.1 > c.end - 1))
                    });
                }
                // "expelled the German ambassador" matched as "expel * ambassador",
                // "pounded Taliban hideouts with artillery": the target sits
                // inside the pattern's gap, before anything after the match.
                // Bare "troops" are what a deployment or withdrawal moves ("sent
                // 200 troops in Syria", "withdraw its troops from X"), not its
                // target; so is a role word before a unit ("sending an
                // infantry platoon to Mali").
                let moved = |m: usize| {
                    bare_role(&ms[m])
                        && matches!(ms[m].role.as_deref(), Some("MIL"))
                        && matches!(&p.code[..2], "03" | "07" | "08" | "15")
                        && [ms[m].toks.1 - 1, ms[m].toks.1]
                            .into_iter()
                            .filter(|&k| k < toks.len())
                            .any(|k| {
                                matches!(
                                    toks.norm(k),
                                    "troops"
                                        | "forces"
                                        | "soldiers"
                                        | "personnel"
                                        | "peacekeepers"
                                        | "units"
                                        | "contingent"
                                        | "marines"
                                        | "warships"
                                        | "jets"
                                        | "aircraft"
                                        | "force"
                                        | "military"
                                        | "army"
                                        | "navy"
                                        | "drones"
                                        | "missiles"
                                        | "weapons"
                                        | "tanks"
                                        | "artillery"
                                        | "warplanes"
                                        | "helicopters"
                                        | "contingents"
                                        | "platoon"
                                        | "platoons"
                                        | "battalion"
                                        | "battalions"
                                        | "brigade"
                                        | "brigades"
                                        | "detachment"
                                        | "detachments"
                                        | "reinforcements"
                                        | "paratroopers"
                                )
                            })
                };
                if target.is_none() && !p.flags.notarget {
                    // A bare military role word the pattern spells out before
                    // its head ("threatened a military incursion") is part of
                    // the act, not its target ("stormed government buildings"
                    // keeps its target).
                    // Not a partner of the source slot's actor ("received
                    // aid from Canada and Mexico": both give).
                    let slot_group = c.slots.source.and_then(|s| ms[s].group);
                    target = (c.start + 1..c.end).filter_map(|i| starts[i]).find(|&m| {
                        Some(m) != source
                            && (slot_group.is_none() || ms[m].group != slot_group)
                            && (ms[m].country.is_some() || ms[m].org.is_some())
                            && !moved(m)
                            && !(bare_role(&ms[m])
                                && ms[m].toks.1 == ms[m].toks.0 + 1
                                && ms[m].toks.1 < c.end
                                && ms[m].role.as_deref() == Some("MIL")
                                && pattern_word(&p.text, toks.norm(ms[m].toks.0)))
                    });
                    // "sailed into Japanese waters": an adjective inside the
                    // pattern qualifies the pattern's own noun: its country.
                    gap_target = target.is_some();
                    // "returned six Iraqi artifacts to Baghdad": what is handed
                    // over goes to the actor after "to", not to the country of
                    // the adjective on the thing handed over.
                    if let Some(t) = target.filter(|&t| {
                        ms[t].kind == MentionKind::Adjective
                            && ms[t].role.is_none()
                            && matches!(&p.code[..2], "06" | "07" | "08")
                    }) {
                        if let Some(r) = self
                            .recipient(toks, c.end, cl_end, &starts, ms)
                            .filter(|&r| Some(r) != source && r != t)
                        {
                            target = Some(r);
                            gap_target = false;
                        }
                    }
                }
                // "rejected accusations by X", "accepted the demands by X": a
                // match ending in a noun, right before "by X": X made what is
                // acted on.
                if target.is_none()
                    && !p.flags.notarget
                    && c.end > c.start + 1
                    && c.end < n
                    && toks.norm(c.end) == "by"
                    && !ends_ed(toks.norm(c.end - 1))
                {
                    target = self
                        .by_agent(toks, c.end, cl_end, &starts, ms)
                        .filter(|&t| Some(t) != source);
                }
                // "condemned Israeli strikes on Rafah", "denounced the
                // recent Turkish incursion into Iraq": in a demand, criticism
                // or rejection, the country adjective owning the act of
                // material conflict (14-20) named right after the verb is the
                // party criticised, ahead of that act's own object (not
                // "demanded Kuwaiti mediation").
                if target.is_none()
                    && !p.flags.notarget
                    && p.kind == TriggerKind::Verb
                    && matches!(&p.code[..2], "10" | "11" | "12")
                {
                    let mut k = c.end;
                    if k < cl_end && owner[k].is_none() && is_determiner(toks.norm(k)) {
                        k += 1;
                    }
                    let mut mods = 0;
                    while mods < 2
                        && k < cl_end
                        && owner[k].is_none()
                        && toks
                            .norm(k)
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b == b'-')
                        && !is_function_word(toks.norm(k))
                        && !taken_spans.iter().any(|&(a, _, _)| a == k)
                    {
                        k += 1;
                        mods += 1;
                    }
                    target = starts.get(k).copied().flatten().filter(|&m| {
                        let mm = &ms[m];
                        mm.kind == MentionKind::Adjective
                            && mm.role.is_none()
                            && mm.country.is_some()
                            && Some(m) != source
                            && taken.iter().any(|t| {
                                t.start == mm.toks.1
                                    && matches!(
                                        &self.pats.patterns[t.pat as usize].code[..2],
                                        "14" | "15" | "16" | "17" | "18" | "19" | "20"
                                    )
                            })
                    });
                    owner_target = target.is_some();
                }
                if target.is_none() && !p.flags.notarget {
                    target = self.object(toks, ids, c.end, cl_end, &owner, &starts, ms, &nominal);
                    // "The attack was condemned by X": a noun's object does
                    // not lie past the verb it is the subject of.
                    if p.kind == TriggerKind::Noun {
                        target = target.filter(|&t| {
                            !(c.end..ms[t].toks.0).any(|i| self.cue.be.has_word(ids[i]))
                        });
                    }
                    // "detained two suspects over the attack on the minister's
                    // convoy": people arrested (not named as actors) for an act
                    // an event noun names; the actor after that noun is the
                    // noun's object, not the arrest's.
                    if p.kind == TriggerKind::Verb && p.code.starts_with("17") {
                        target = target.filter(|&t| {
                            !taken_spans.iter().any(|&(a, b, verb)| {
                                !verb
                                    && a > c.end
                                    && b <= ms[t].toks.0
                                    && (c.end..a).any(|i| {
                                        owner[i].is_none()
                                            && is_filler(toks, i)
                                            && !is_function_word(toks.norm(i))
                                            && !self.pats.is_verb_form(ids[i])
                                            && !self.cue.locative.has_word(ids[i])
                                    })
                            })
                        });
                    }
                    if let Some(t) = target.filter(|&t| moved(t)) {
                        target = self.object(
                            toks,
                            ids,
                            ms[t].toks.1,
                            cl_end,
                            &owner,
                            &starts,
                            ms,
                            &nominal,
                        );
                    }
                }
                // "extradited a fugitive to Spain": the person handed over is
                // the object, the country receiving him the target.
                if p.code.starts_with("063") && target.is_some() {
                    if let Some(r) = self
                        .recipient(toks, c.end, cl_end, &starts, ms)
                        .filter(|&r| Some(r) != source && Some(r) != target)
                    {
                        target = Some(r);
                    }
                }
                // "handed over more than $4 million worth of equipment ... to the
                // health ministry", "donated ventilators to assist Ethiopia": the
                // recipient of a transfer may stand far after the verb.
                if target.is_none()
                    && !p.flags.notarget
                    && matches!(&p.code[..2], "06" | "07" | "08")
                {
                    target = self
                        .recipient(toks, c.end, cl_end, &starts, ms)
                        .filter(|&t| Some(t) != source);
                }
                if target.is_none() && !p.flags.notarget {
                    target = self.late_target(toks, ids, c.end, cl_end, &starts, ms, &p.code);
                }
                // "launched a military operation, code-named X, against
                // militants in Y", "filed a complaint with the court against
                // the minister": in conflict (09-20) the actor after "against"
                // later in the clause is the target.
                if target.is_none()
                    && !p.flags.notarget
                    && !p.text.contains("against")
                    && matches!(
                        &p.code[..2],
                        "09" | "10"
                            | "11"
                            | "12"
                            | "13"
                            | "14"
                            | "15"
                            | "16"
                            | "17"
                            | "18"
                            | "19"
                            | "20"
                    )
                {
                    target = self
                        .against(toks, ids, c.end, cl_end, &owner, &starts, ms, &nominal)
                        .filter(|&t| Some(t) != source);
                }
                // Aid delivered or force used "in Haiti", "in northern Iraq":
                // with no other target, the country where it lands is hit or
                // helped.
                // Not for a reciprocal act of joint subjects: "A and B clashed
                // in X" is A against B, both ways (below), not an attack on X.
                // "sent troops to the UN peacekeeping mission in Mali": troops
                // or aid for an international mission go to the country where
                // it serves.
                if let Some(t) = target.filter(|&t| {
                    ms[t].code.as_deref().is_some_and(|c| c.starts_with("IGO"))
                        && (matches!(&p.code[..2], "07" | "15") || p.code.starts_with("033"))
                }) {
                    let mut k = ms[t].toks.1;
                    let mut words = 0;
                    while k < cl_end
                        && words < 3
                        && owner[k].is_none()
                        && toks.norm(k) != "in"
                        && toks
                            .norm(k)
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b == b'-')
                    {
                        k += 1;
                        words += 1;
                    }
                    if k + 1 < cl_end && toks.norm(k) == "in" {
                        let mut j = k + 1;
                        if j < cl_end && toks.norm(j) == "the" {
                            j += 1;
                        }
                        if let Some(m) = starts.get(j).copied().flatten().filter(|&m| {
                            matches!(ms[m].kind, MentionKind::Country | MentionKind::City)
                                && ms[m].country.is_some()
                        }) {
                            target = Some(m);
                        }
                    }
                }
                let joint = p.flags.reciprocal && source.is_some_and(|s| ms[s].group.is_some());
                if target.is_none()
                    && source.is_some()
                    && !p.flags.notarget
                    && !joint
                    && place_targeted(&p.code)
                {
                    // A town in the source's own country is the target of a
                    // non-violent act there ("agreed to a ceasefire in Hodeidah",
                    // "imposed a curfew in Bangkok"); the victims of force come
                    // from the casualty rules instead.
                    let domestic = !is_violent(&p.code);
                    target =
                        self.place_target(toks, ids, c.end, cl_end, &starts, ms, source, domestic);
                }
            }
            // "a visit by a U.S. envoy to Pakistan", "the arrest of an
            // opposition leader by police": the agent after "by" (right after
            // the noun's match, or after its object) made the act; it outranks
            // the clause's subject and is never the target.
            if p.kind == TriggerKind::Noun && noun_owner.is_none() && c.slots.source.is_none() {
                let by_at = if toks.norm(c.end - 1) == "by" {
                    Some(c.end - 1)
                } else {
                    target
                        .map(|t| ms[t].toks.1)
                        .filter(|&e| e < cl_end && toks.norm(e) == "by")
                };
                if let Some(agent) = by_at.and_then(|b| self.by_agent(toks, b, cl_end, &starts, ms))
                {
                    if target == Some(agent) {
                        target = if p.flags.notarget {
                            None
                        } else {
                            self.object(
                                toks,
                                ids,
                                ms[agent].toks.1,
                                cl_end,
                                &owner,
                                &starts,
                                ms,
                                &nominal,
                            )
                        };
                    }
                    if target != Some(agent) {
                        source = Some(agent);
                    }
                }
            }
            // "drew criticism from Egypt", "faced condemnation from the Arab
            // League", "came under pressure from Washington": the actor right
            // after "from" made the act the noun names, and the clause's
            // subject is the one it falls on. Not for nouns of movement or
            // separation ("withdrawal from", "expulsion from", "return from").
            // The owner found before the noun is then the subject of a verb
            // ("Kenya received criticism"), not a possessor ("Egypt's").
            let possessed = noun_owner.is_some_and(|o| {
                ms[o].toks.1 >= c.start
                    || (ms[o].toks.1..c.start).any(|i| matches!(toks.norm(i), "'s" | "'"))
            });
            // "sought support from X", "asked for help from X": X is asked,
            // and the act has not happened.
            let asked = || {
                (cl_start..c.start).any(|i| {
                    let w = toks.norm(i);
                    [
                        "seek", "sought", "ask", "request", "demand", "appeal", "plead",
                    ]
                    .iter()
                    .any(|v| w.starts_with(v))
                        || matches!(
                            w,
                            "beg" | "begged" | "call" | "calls" | "called" | "calling"
                        )
                })
            };
            let mut from_agent = false;
            if p.kind == TriggerKind::Noun
                && !possessed
                && c.slots.source.is_none()
                && !passive
                && from_source_code(&p.code)
                && c.end < cl_end
                && toks.norm(c.end) == "from"
                && !asked()
            {
                let mut j = c.end + 1;
                if j < cl_end && matches!(toks.norm(j), "the" | "a" | "an") {
                    j += 1;
                }
                if let Some(agent) = starts
                    .get(j)
                    .copied()
                    .flatten()
                    .filter(|&a| j < cl_end && Some(a) != source)
                {
                    let receiver = source;
                    source = Some(agent);
                    from_agent = true;
                    if (target.is_none() || target == Some(agent)) && !p.flags.notarget {
                        target = receiver;
                    }
                }
            }
            // "Haiti received aid from Japan": a pattern whose source slot
            // follows the trigger has the clause's subject as its receiver.
            if let Some(s) = c.slots.source {
                if target.is_none() && !p.flags.notarget && !passive && ms[s].toks.0 >= c.start {
                    target = subject.filter(|&t| t != s && ms[t].toks.1 <= c.start);
                }
            }
            // A pronoun subject (or none) in reported speech is the speaker.
            let sp = speech.get(cl).copied().flatten();
            if source.is_none() && !passive {
                if let Some(s) = sp {
                    if self.pronoun_subject(ids, cl_start, c.start)
                        || p.flags.verbal
                        || is_verbal_code(&p.code)
                    {
                        source = Some(s);
                        conf -= 0.1;
                    } else if p.kind == TriggerKind::Noun
                        && cl_start > 0
                        && matches!(
                            toks.norm(cl_start - 1),
                            "announced" | "announces" | "announce" | "declared" | "declares"
                        )
                        && (cl_start..c.start).all(|i| {
                            owner[i].is_none()
                                && !self.pats.is_verb_form(ids[i])
                                && !matches!(toks.norm(i), "that" | ",")
                        })
                        && (c.end..cl_end.min(c.end + 6)).all(|i| {
                            !self.cue.be.has_word(ids[i])
                                && !matches!(
                                    toks.norm(i),
                                    "would" | "will" | "could" | "had" | "has" | "have"
                                )
                        })
                    {
                        // "Washington announced a new aid package for Kyiv":
                        // the event noun is what the speaker announces, its own
                        // act, not a reported clause.
                        source = Some(s);
                    }
                }
            }
            // "X met Y and signed ..." — no subject in a following clause
            // joined by a participle: reuse the sentence's first subject.
            if source.is_none() && !passive && cl_start > 0 && toks.norm(c.start).ends_with("ing") {
                source = self.subject(toks, ids, 0, cl_start, &owner, ms);
            }
            // Bare adjectives ("Russian") only act as the owner of a noun trigger,
            // or when coordinated with a noun that heads them both: "Japanese
            // and the Australian armies agreed" are the Japanese armies too.
            if let Some(s) = source {
                let shares_head = ms[s].group.is_some_and(|g| {
                    ms.iter().any(|o| {
                        o.group == Some(g)
                            && o.toks.0 > ms[s].toks.1
                            && o.toks.1 <= c.start
                            && o.role.is_some()
                    })
                });
                if ms[s].kind == MentionKind::Adjective
                    && ms[s].role.is_none()
                    && ms[s].toks.1 + 2 < c.start
                    && !nominal[s]
                    && !shares_head
                {
                    source = None;
                }
            }
            if let Some(t) = target {
                if ms[t].kind == MentionKind::Adjective
                    && ms[t].role.is_none()
                    && !nominal[t]
                    && !gap_target
                    && !owner_target
                {
                    target = None;
                }
            }
            if source.is_none() {
                if let Some(k) = weapon[ci] {
                    source = self
                        .noun_owner(toks, taken[k].start, &owner, ms)
                        .filter(|&m| attrib_place.get(m) != Some(&true))
                        .or_else(|| self.by_agent(toks, taken[k].end, cl_end, &starts, ms));
                }
            }
            // "A Russian missile strike on Odesa killed three civilians": with
            // no victims named as actors, the attack keeps its own object.
            if target.is_none() {
                if let Some(k) = weapon[ci].filter(|&k| taken[k].end < c.start) {
                    let w = taken[k];
                    target = self
                        .object(toks, ids, w.end, c.start, &owner, &starts, ms, &nominal)
                        .or_else(|| {
                            self.place_target(toks, ids, w.end, c.start, &starts, ms, source, false)
                        })
                        .filter(|&t| Some(t) != source);
                }
            }
            // "voiced concern about the escalation of hostilities in Gaza
            // between Israel and Hamas": the parties after "between" are the
            // joint actors of a reciprocal noun (coded both ways below), not
            // the speaker and a target.
            let mut between = false;
            if p.kind == TriggerKind::Noun
                && p.flags.reciprocal
                && noun_owner.is_none()
                && c.slots.source.is_none()
            {
                if let Some(t) = target.filter(|&t| {
                    ms[t].group.is_some()
                        && ms[t].toks.0 > c.start
                        && (c.start..ms[t].toks.0).any(|i| toks.norm(i) == "between")
                }) {
                    source = Some(t);
                    target = None;
                    between = true;
                }
            }
            // "A and B signed a peace deal for X", "A and B fought for control
            // of X": joint subjects of a reciprocal act act on each other
            // (coded both ways below); an actor later in the clause that the act
            // does not take directly or with "with" / "against" is what the act
            // is about, not a third party.
            // Joint subjects of a cooperative act (03-08) likewise with what
            // the act is about after "about", "over", "regarding": "A and B
            // agreed to share intelligence about X" ("on" may name the target:
            // "lift tariffs on X").
            let cooperative_act = matches!(&p.code[..2], "03" | "04" | "05" | "06" | "07" | "08");
            if (p.flags.reciprocal || cooperative_act)
                && c.slots.target.is_none()
                && !passive
                && !between
            {
                if let (Some(s), Some(t)) = (source, target) {
                    let joint = ms[s].group.is_some_and(|g| {
                        let mut codes = ms
                            .iter()
                            .filter(|m| m.group == Some(g))
                            .map(|m| m.code.as_deref())
                            .collect::<Vec<_>>();
                        codes.sort_unstable();
                        codes.dedup();
                        codes.len() >= 2 && ms[t].group != Some(g)
                    });
                    let taken_directly = ms[t].toks.0 < c.end
                        || (c.end..ms[t].toks.0).all(|i| is_determiner(toks.norm(i)))
                        || (c.end..ms[t].toks.0)
                            .any(|i| matches!(toks.norm(i), "with" | "against" | "between"));
                    let about = (c.end..ms[t].toks.0).any(|i| {
                        matches!(toks.norm(i), "about" | "over" | "regarding" | "concerning")
                    });
                    if joint && !taken_directly && (p.flags.reciprocal || about) {
                        target = None;
                    }
                }
            }
            // "denied that its forces shelled the town", "denied backing the
            // rebels": the actors of the denied charge are not the target of
            // the denial (CAMEO 016 has the denier as its only actor unless
            // an accuser is named).
            if p.code.starts_with("016") && c.end < n && {
                let w = toks.norm(c.end);
                matches!(
                    w,
                    "that"
                        | "having"
                        | "it"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "they"
                        | "he"
                        | "she"
                ) || toks.norm(c.end - 1) == "having"
                    || (w.ends_with("ing")
                        && owner[c.end].is_none()
                        && self.pats.is_verb_form(ids[c.end]))
            } {
                target = None;
            }
            if source.is_some() && source == target {
                target = None;
            }
            // "bombed a bus, killing 26 Israelis": the casualties belong to the
            // attack before them (its target when it has none), not a new event.
            if p.kind == TriggerKind::Verb
                && is_violent(&p.code)
                && c.start > 0
                && toks.norm(c.start - 1) == ","
                && toks.norm(c.start).ends_with("ing")
            {
                if let Some(last) = res
                    .events
                    .iter()
                    .rposition(|e| is_violent(&e.code) && e.trigger_toks.1 <= c.start)
                {
                    let tt = res.events[last].trigger_toks;
                    if let Some(t) = target {
                        for e in res.events.iter_mut() {
                            if e.trigger_toks == tt && e.target.is_none() && e.source != Some(t) {
                                e.target = Some(t);
                            }
                        }
                    }
                    suppress(&mut res, "casualties of an earlier attack");
                    continue;
                }
            }

            // A verb pattern after a determiner is a noun ("the attack", "oil
            // demand" is left to noun patterns), also after modifiers ("in
            // Israeli jails", "months of student-led protests") and a
            // preposition ("in protest", "of attacking"); a bare participle
            // before an actor is an adjective ("Jailed activist X", "beat
            // detained protesters").
            // "Sanctions would hurt ...": a verb form right before a modal is
            // a noun, the modal's subject.
            if p.kind == TriggerKind::Verb
                && c.end == c.start + 1
                && c.end < n
                && matches!(
                    toks.norm(c.end),
                    "would" | "could" | "might" | "may" | "will" | "can" | "should" | "must"
                )
            {
                suppress(&mut res, "verb pattern used as a noun");
                continue;
            }
            // "crushed Pakistan by 228 runs", "beat Ghana by two goals": a
            // sports result.
            if (c.end + 2..cl_end).any(|i| {
                matches!(
                    toks.norm(i),
                    "runs" | "wickets" | "goals" | "innings" | "strokes"
                ) && toks.norm(i - 2) == "by"
                    && (toks.toks[i - 1].is_number()
                        || attache_segment::is_small_number_word(toks.norm(i - 1)))
            }) {
                suppress(&mut res, "sports result");
                continue;
            }
            if p.kind == TriggerKind::Verb && c.start > 0 {
                let mut j = c.start;
                let mut k = 0;
                // A plural people noun ("Poles", "Israelis") written as a
                // demonym heads its phrase: the past tense after it is the
                // verb ("thousands of Poles protested"), not a noun.
                let finite = toks.norm(c.start).ends_with("ed");
                // "its brutal fight against", "an anarchic protest by": the
                // bare form of the verb after a determiner and plain
                // adjectives is a noun (a finite verb after a noun subject
                // would be "fought", "protests").
                let bare = matches!(&p.elems[0].elem, Elem::Lemma(l)
                    if self.pats.lemmas[*l as usize].lemma == toks.norm(c.start));
                while j > 0 && k < 2 {
                    let i = j - 1;
                    let w = toks.norm(i);
                    match owner[i] {
                        Some(m)
                            if ms[m].kind == MentionKind::Adjective
                                && !(finite && k == 0 && people_plural(toks.norm(i))) =>
                        {
                            j = ms[m].toks.0
                        }
                        None if w.len() > 3 && w.contains('-') && !toks.toks[i].is_punct() => j = i,
                        None if bare
                            && w.len() > 3
                            && w.bytes().all(|b| b.is_ascii_lowercase())
                            // "came under attack": a preposition is no modifier.
                            && !matches!(
                                w,
                                "under"
                                    | "after"
                                    | "before"
                                    | "during"
                                    | "amid"
                                    | "over"
                                    | "against"
                                    | "about"
                                    | "despite"
                                    | "across"
                                    | "through"
                                    | "upon"
                            )
                            && (!w.ends_with('s') || w.ends_with("ous"))
                            && !w.ends_with("ly")
                            && !is_function_word(w)
                            && !self.pats.is_verb_form(ids[i])
                            && !self.cue.adverb.has_word(ids[i])
                            && !self.cue.be.has_word(ids[i]) =>
                        {
                            j = i
                        }
                        _ => break,
                    }
                    k += 1;
                }
                let prev = if j > 0 { toks.norm(j - 1) } else { "" };
                let ing = toks.norm(c.start).ends_with("ing");
                // "delivered 40 armoured supply trucks": a count before the
                // bare form and its modifiers makes it a noun too.
                let determiner = is_determiner(prev)
                    || matches!(prev, "that" | "any" | "no" | "every")
                    || (bare && j < c.start && j > 0 && toks.toks[j - 1].is_number());
                let preposition = j > 0
                    && owner[j - 1].is_none()
                    && if ing {
                        matches!(prev, "of" | "for" | "against" | "about" | "from" | "over")
                    } else {
                        matches!(
                            prev,
                            "in" | "at"
                                | "of"
                                | "on"
                                | "from"
                                | "into"
                                | "during"
                                | "amid"
                                | "over"
                                | "against"
                                | "with"
                                | "for"
                                | "about"
                                | "under"
                                | "after"
                                | "before"
                                | "despite"
                        )
                    };
                if determiner || preposition {
                    suppress(&mut res, "verb pattern used as a noun");
                    continue;
                }
            }
            if participle
                && !passive
                && c.end == c.start + 1
                && c.end < n
                && starts[c.end].is_some()
                && (c.start == 0 || taken_spans.iter().any(|&(_, b, verb)| verb && b == c.start))
            {
                suppress(&mut res, "participle used as an adjective");
                continue;
            }
            // An active verb whose subject is not a known actor ("a car bomb
            // killed ...") keeps an unknown source, with low confidence; with
            // no target either there is nothing to code.
            if p.kind == TriggerKind::Verb && !passive && !reduced && source.is_none() {
                if target.is_none() {
                    suppress(&mut res, "no subject");
                    continue;
                }
                conf -= 0.15;
            }
            // A noun event needs actors of its own: an owner ("Russia's visit",
            // "Russian air strikes") or a target ("talks with Iran"); a bare
            // "bailout" or "summit" after another event is background detail.
            // Not a predicate noun or adjective with its subject ("Pakistan is
            // willing to withdraw its troops").
            let predicate =
                c.start > 0 && subject.is_some() && self.cue.be.has_word(ids[c.start - 1]);
            // "rocket fire from Hamas": force with its author after "from".
            let authored = from_agent && is_violent(&p.code);
            if p.kind == TriggerKind::Noun
                && noun_owner.is_none()
                && target.is_none()
                && c.slots.source.is_none()
                && !authored
                && !between
                && !predicate
            {
                suppress(&mut res, "noun without its own actors");
                continue;
            }
            // Did it happen?
            let window_start = cl_start.max(c.start.saturating_sub(8));
            if question {
                suppress(&mut res, "question");
                continue;
            }
            let neg_before_subject = subject.is_some_and(|s| {
                let st = ms[s].toks.0;
                st > 0 && matches!(toks.norm(st - 1), "neither" | "no")
            });
            // A refused cooperative action is a rejection: "refused to release
            // the prisoners" 1243, "will not lift the ban" 1241.
            let mut refusal: Option<&str> = None;
            // "denied backing the rebels", "denies having ordered the
            // strike": the act named after a denial is what is denied.
            let denied = p.kind == TriggerKind::Verb && c.start > 0 && {
                let mut k = c.start - 1;
                let mut hops = 0;
                while k > 0
                    && hops < 2
                    && (matches!(toks.norm(k), "having" | "ever")
                        || (toks.norm(k).ends_with("ly") && owner[k].is_none()))
                {
                    k -= 1;
                    hops += 1;
                }
                (toks.norm(c.start).ends_with("ing") || hops > 0)
                    && matches!(toks.norm(k), "deny" | "denied" | "denies" | "denying")
            };
            // "rejected accusations by the US that its military attacked
            // civilians", "dismissed reports that its fighters had kidnapped
            // ...": what a denial says did not happen is not asserted.
            let denied_charge = p.kind == TriggerKind::Verb
                && taken.iter().any(|t| {
                    self.pats.patterns[t.pat as usize].code.starts_with("016")
                        && t.end <= c.start
                        && c.start - t.end <= 25
                        && (t.end..c.start).any(|k| owner[k].is_none() && toks.norm(k) == "that")
                        && !(t.end..c.start).any(|k| {
                            owner[k].is_none()
                                && (is_boundary(toks.norm(k))
                                    || (toks.norm(k) == ","
                                        && k + 1 < n
                                        && matches!(toks.norm(k + 1), "and" | "but")))
                        })
                });
            if denied || denied_charge {
                suppress(&mut res, "negated");
                continue;
            }
            if neg_before_subject
                || self
                    .cue_in(self.cue.negation, ids, window_start, c.start, &cue_owner)
                    .is_some()
            {
                if !neg_before_subject
                    && source.is_some()
                    && self
                        .cue_in(self.cue.refusal, ids, window_start, c.start, &cue_owner)
                        .is_some()
                {
                    refusal = self.pats.cues.refusal_for(&p.code);
                }
                if refusal.is_none() {
                    suppress(&mut res, "negated");
                    continue;
                }
            }
            // "X said Y must withdraw": X demands it of Y.
            let mut demand: Option<&str> = None;
            if refusal.is_none() {
                if let (Some(s), Some(obliged)) = (sp, source) {
                    if ms[s].code != ms[obliged].code
                        && self
                            .cue_in(self.cue.obligation, ids, window_start, c.start, &cue_owner)
                            .is_some()
                    {
                        demand = self.pats.cues.demand_for(&p.code);
                        if demand.is_some() {
                            source = Some(s);
                            target = Some(obliged);
                        }
                    }
                }
            }
            // "demanded that Armenian forces withdraw": what is demanded has not
            // happened; it names the demand (1056 by the %kind demand table).
            if p.kind == TriggerKind::Verb && refusal.is_none() && demand.is_none() {
                if let Some(k) = res.events.iter().position(|e| {
                    e.trigger_toks.1 == c.start
                        && e.code.starts_with("10")
                        && e.pattern_text.ends_with("{T}")
                }) {
                    if res.events[k].code == "100" {
                        if let Some(d) = self.pats.cues.demand_for(&p.code) {
                            let d = d.to_string();
                            let tt = res.events[k].trigger_toks;
                            for e in res
                                .events
                                .iter_mut()
                                .filter(|e| e.trigger_toks == tt && e.code == "100")
                            {
                                e.code = d.clone();
                            }
                        }
                    }
                    suppress(&mut res, "what is demanded");
                    continue;
                }
            }
            let decided = refusal.is_some() || demand.is_some();
            // "rejected an offer", "suspended military aid": a noun right after
            // another coded verb is that verb's object, not an event of its own.
            // A statement verb does not govern: "announced a ceasefire",
            // "announced the release of" are the ceasefire and the release.
            // Not force with an author of its own ("condemned Russia's
            // invasion", "demanded a halt to Israel's offensive"): that
            // happened whatever the verb does about it. Nor a noun after
            // "after", "amid" ...: that is a cause or a setting, not an object.
            let owned_force = noun_owner.is_some_and(|o| {
                ms[o].toks.1 <= c.start
                    && !(ms[o].toks.1..c.start).any(|k| self.pats.is_verb_form(ids[k]))
            }) && matches!(&p.code[..2], "15" | "17" | "18" | "19" | "20");
            // "appealed for $400 million in food aid for X", "urged A and B
            // to settle their dispute through dialogue": an event noun in
            // what an appeal or demand asks for has not happened.
            if p.kind == TriggerKind::Noun && !owned_force {
                let asked_for = res.events.iter().any(|e| {
                    (e.code.starts_with("02") || e.code.starts_with("10"))
                        && e.trigger_toks.1 <= c.start
                        && clause[e.trigger_toks.0] == cl
                        && !(e.trigger_toks.1..c.start).any(|k| {
                            owner[k].is_none()
                                && (matches!(toks.norm(k), "," | ";" | "but" | "while")
                                    || background_marker(toks, k))
                        })
                });
                if asked_for {
                    suppress(&mut res, "what is asked for");
                    continue;
                }
            }
            if p.kind == TriggerKind::Noun && !owned_force {
                let governed = taken.iter().any(|t| {
                    let tp = &self.pats.patterns[t.pat as usize];
                    tp.kind == TriggerKind::Verb
                        && tp.code != "010"
                        && t.end <= c.start
                        && c.start - t.end <= 3
                        && t.start < c.start
                        && !(t.end..c.start).any(|k| {
                            owner[k].is_none()
                                && matches!(
                                    toks.norm(k),
                                    "after" | "following" | "amid" | "despite" | "before"
                                )
                        })
                });
                if governed {
                    suppress(&mut res, "object of another action");
                    continue;
                }
            }
            // "an order to return the ship", "efforts to end the war": an
            // infinitive names an action without asserting it happened.
            // Unless a plan or intent governs it ("ready to cooperate", "plans
            // to visit"): then it is a planned action (below).
            // "to help police fight gangs", "helped the army repel": a bare
            // verb after "help (X)" names a purpose, like an infinitive.
            let after_help = p.kind == TriggerKind::Verb && c.start > 0 && {
                let mut k = c.start - 1;
                if let Some(m) = owner[k] {
                    k = ms[m].toks.0;
                    while k > 0 && matches!(toks.norm(k - 1), "the" | "its" | "their") {
                        k -= 1;
                    }
                    k = k.saturating_sub(1);
                } else if k >= 2 && is_determiner(toks.norm(k - 1)) {
                    // "to help the country patrol its borders".
                    k -= 2;
                }
                matches!(toks.norm(k), "help" | "helps" | "helped" | "helping")
            };
            // "decided to lift", "voted to expel": a decision taken.
            // Also with a time or manner adverbial before "to" ("voted on
            // Tuesday to", "decided unanimously to").
            let decision = p.kind == TriggerKind::Verb
                && c.start > 1
                && toks.norm(c.start - 1) == "to"
                && (self.cue.decided.ends_at(ids, c.start)
                    || (1..=3).any(|len| {
                        let a = c.start - 1;
                        a > len && (a - len..a).all(|i| is_adverbial(toks.norm(i))) && {
                            let mut v = ids[..a - len].to_vec();
                            v.push(ids[a]);
                            self.cue.decided.ends_at(&v, v.len())
                        }
                    }));
            // "agreed on Tuesday to hold talks", "pledged last week to send":
            // a plan with a time adverbial before "to" is planned, like
            // "agreed to hold talks".
            let planned_adverbial = p.kind == TriggerKind::Verb
                && !decision
                && c.start > 2
                && toks.norm(c.start - 1) == "to"
                && (1..=3).any(|len| {
                    let a = c.start - 1;
                    a > len && (a - len..a).all(|i| is_adverbial(toks.norm(i))) && {
                        let mut v = ids[..a - len].to_vec();
                        v.push(ids[a]);
                        self.cue.planned.ends_at(&v, v.len())
                    }
                });
            // "marched to demand ...": the protest's demand (merged below).
            let protest_demand = p.code.starts_with("10")
                && res.events.iter().any(|e| {
                    e.code.len() == 3
                        && e.code.starts_with("14")
                        && e.code != "140"
                        && e.trigger_toks.1 < c.start
                        && c.start - e.trigger_toks.1 <= 8
                        && (e.trigger_toks.1..c.start).all(|i| !is_boundary(toks.norm(i)))
                });
            // "allows Chinese police to be deployed": a passive infinitive.
            let passive_to = c.start > 2
                && toks.norm(c.start - 2) == "to"
                && matches!(toks.norm(c.start - 1), "be" | "been")
                || c.start > 3
                    && toks.norm(c.start - 3) == "to"
                    && toks.norm(c.start - 2) == "have"
                    && toks.norm(c.start - 1) == "been";
            // "called on the president to step down and hand power to ...":
            // a bare verb joined by "and" to an infinitive shares its "to".
            let and_to = p.kind == TriggerKind::Verb
                && c.start > 2
                && toks.norm(c.start - 1) == "and"
                && matches!(&p.elems[0].elem, Elem::Lemma(l) if self.pats.lemmas[*l as usize].lemma == toks.norm(c.start))
                && (c.start.saturating_sub(8).max(cl_start)..c.start - 1)
                    .any(|k| toks.norm(k) == "to")
                && (c.start.saturating_sub(8).max(cl_start)..c.start - 1)
                    .all(|k| owner[k].is_some() || !matches!(toks.norm(k), "," | ";" | "and"));
            // "sent a team to Detroit to investigate the crash": an inquiry
            // is asserted by sending the people who make it; its target is
            // where they were sent, when that is an actor.
            let sent_at = (p.kind == TriggerKind::Verb
                && p.code.starts_with("09")
                && c.start > 1
                && toks.norm(c.start - 1) == "to")
                .then(|| {
                    (c.start.saturating_sub(14).max(cl_start)..c.start - 1)
                        .rev()
                        .find(|&i| {
                            owner[i].is_none()
                                && matches!(
                                    toks.norm(i),
                                    "sent"
                                        | "sends"
                                        | "sending"
                                        | "dispatched"
                                        | "dispatches"
                                        | "dispatching"
                                        | "deployed"
                                        | "deploys"
                                        | "deploying"
                                )
                        })
                })
                .flatten()
                // Not when the sending already names the inquiry ("sent a
                // fact-finding team to investigate"): one inquiry, one event.
                .filter(|&v| {
                    !taken.iter().any(|t| {
                        self.pats.patterns[t.pat as usize].code.starts_with("09")
                            && t.start >= v
                            && t.end <= c.start
                    })
                });
            if let Some(v) = sent_at {
                if let Some(d) = (v + 1..c.start - 2).find_map(|i| {
                    (toks.norm(i) == "to")
                        .then(|| starts[i + 1])
                        .flatten()
                        .filter(|&m| Some(m) != source && ms[m].toks.1 < c.start)
                }) {
                    target = Some(d);
                }
            }
            if p.kind == TriggerKind::Verb
                && !decided
                && !decision
                && !planned_adverbial
                && !protest_demand
                && sent_at.is_none()
                && c.start > 0
                && (toks.norm(c.start - 1) == "to" || passive_to || after_help || and_to)
                && self
                    .cue_in(self.cue.planned, ids, window_start, c.start, &cue_owner)
                    .is_none()
            {
                // "telephoned the Turkish president to offer condolences",
                // "called her counterpart to apologise": a statement, appeal
                // or diplomatic gesture that is the purpose of a call, meeting
                // or visit is made in it: coded with that contact's actors.
                let purpose = (!after_help
                    && toks.norm(c.start - 1) == "to"
                    && matches!(&p.code[..2], "01" | "02" | "05")
                    && p.code != "057"
                    && p.code != "010")
                    .then(|| {
                        res.events.iter().rposition(|e| {
                            e.code.starts_with("04")
                                && e.modality == Modality::Asserted
                                && clause[e.trigger_toks.0] == cl
                                && e.trigger_toks.1 < c.start
                                && c.start - e.trigger_toks.1 <= 14
                                && (e.trigger_toks.1..c.start - 1).all(|i| {
                                    let w = toks.norm(i);
                                    owner[i].is_some()
                                        || !(is_boundary(w)
                                            || matches!(w, "to" | "and" | "but" | "who" | "which"))
                                })
                        })
                    })
                    .flatten();
                match purpose {
                    Some(k) => {
                        source = res.events[k].source;
                        target = res.events[k].target;
                    }
                    None => {
                        // "urged Israel and Hamas to agree to a ceasefire": a
                        // generic appeal takes the code of what is asked
                        // (0256), which is not coded itself.
                        if !after_help && toks.norm(c.start - 1) == "to" {
                            if let Some(a) = self.pats.cues.appeal_for(&p.code) {
                                let tt = res
                                    .events
                                    .iter()
                                    .rev()
                                    .find(|e| {
                                        e.code == "020"
                                            && (e.trigger_toks.1 == c.start
                                                || e.trigger_toks.1 + 1 == c.start)
                                    })
                                    .map(|e| e.trigger_toks);
                                if let Some(tt) = tt {
                                    for e in res
                                        .events
                                        .iter_mut()
                                        .filter(|e| e.trigger_toks == tt && e.code == "020")
                                    {
                                        e.code = a.to_string();
                                    }
                                    suppress(&mut res, "what is appealed for");
                                    continue;
                                }
                            }
                        }
                        suppress(&mut res, "infinitive (not asserted)");
                        continue;
                    }
                }
            }
            // "X said it would allow ...": in reported speech "would" is the
            // future of the past (an intent), unless a condition is stated.
            let hyp = self.cue_in(
                self.cue.hypothetical,
                ids,
                window_start,
                c.start,
                &cue_owner,
            );
            // So is "would" with a future date in its clause ("The EU would
            // hold talks with Abbas next month"): a plan told in the past.
            let future_date = || {
                (cl_start..cl_end).any(|i| match toks.norm(i) {
                    "tomorrow" => true,
                    "next" | "later" => {
                        i + 1 < cl_end
                            && matches!(
                                toks.norm(i + 1),
                                "week"
                                    | "month"
                                    | "year"
                                    | "weekend"
                                    | "this"
                                    | "spring"
                                    | "summer"
                                    | "monday"
                                    | "tuesday"
                                    | "wednesday"
                                    | "thursday"
                                    | "friday"
                                    | "saturday"
                                    | "sunday"
                            )
                    }
                    _ => false,
                })
            };
            let reported_would = hyp.is_some_and(|k| {
                toks.norm(k) == "would"
                    && (sp.is_some() || future_date())
                    // "would step up ... and would hold talks": a second
                    // "would" is the same future.
                    && (k + 1..c.start).all(|i| {
                        cue_owner[i].is_some()
                            || toks.norm(i) == "would"
                            || self.cue.hypothetical.at(ids, i, c.start).is_none()
                    })
                    && !(0..n).any(|i| matches!(toks.norm(i), "if" | "unless"))
            });
            // "X warned that it could cut aid": a possible action announced as
            // a warning is a threat (131x, 138 ... from the %kind intent table).
            let warned = hyp.is_some_and(|k| {
                matches!(toks.norm(k), "could" | "would" | "might" | "may")
                    && (cl_start.saturating_sub(3)..cl_start).any(|i| {
                        matches!(
                            toks.norm(i),
                            "warned" | "warns" | "warn" | "warning" | "threatened" | "threatens"
                        )
                    })
                    && self
                        .pats
                        .cues
                        .intent_for(&p.code)
                        .is_some_and(|c| c.starts_with("13"))
            });
            if !decided && hyp.is_some() && !reported_would && !warned
                || (toks.norm(0) == "if" || toks.norm(0) == "unless") && clause[0] == cl
            {
                suppress(&mut res, "hypothetical");
                continue;
            }
            // "expressed optimism that the timeline could be accelerated": a
            // comment's own content may be a guess; only a cue before the
            // comment makes the comment itself speculative.
            let spec_end = if p.code.starts_with("01") && p.code != "010" {
                c.start
            } else {
                cl_end
            };
            if self
                .cue_in(self.cue.speculation, ids, cl_start, spec_end, &cue_owner)
                .is_some()
            {
                suppress(&mut res, "speculative");
                continue;
            }
            // "A Russian attack on a NATO member would trigger ...": an event
            // noun that is the subject of a conditional is not an event.
            if p.kind == TriggerKind::Noun
                && !taken_spans
                    .iter()
                    .any(|&(a, _, verb)| verb && a < c.start && clause[a] == cl)
            {
                let mut k = c.end;
                let lim = cl_end.min(c.end + 8);
                while k < lim && !is_boundary(toks.norm(k)) && toks.norm(k) != "," {
                    if matches!(
                        toks.norm(k),
                        "would" | "could" | "might" | "must" | "should"
                    ) {
                        break;
                    }
                    // "hopeful that ties would improve": the conditional is
                    // in the clause the noun introduces, not its predicate.
                    if (owner[k].is_none() && self.pats.is_verb_form(ids[k]))
                        || toks.norm(k) == "that"
                    {
                        k = lim;
                        break;
                    }
                    k += 1;
                }
                // "Military intervention must be avoided", "attacks on
                // civilians should stop": what ought (not) to happen.
                if k < lim
                    && matches!(
                        toks.norm(k),
                        "would" | "could" | "might" | "must" | "should"
                    )
                {
                    suppress(&mut res, "hypothetical");
                    continue;
                }
            }
            if source.is_none() && target.is_none() {
                suppress(&mut res, "no actors");
                continue;
            }
            let planned = !decided
                && (reported_would
                    || warned
                    || planned_adverbial
                    || self
                        .cue_in(self.cue.planned, ids, window_start, c.start, &cue_owner)
                        .is_some());
            let mut code = p.code.clone();
            if let Some(a) = rejected_asks
                .iter()
                .find(|a| (a.0, a.1, a.2) == (c.start, c.end, c.pat))
            {
                code = a.3.clone();
            }
            if let Some(d) = refusal.or(demand) {
                code = d.to_string();
            }
            // The noun gives the code unless it is only the generic 190 ("was
            // assassinated in an ambush" stays 186).
            if let Some(k) = weapon[ci] {
                let wc = &self.pats.patterns[taken[k].pat as usize].code;
                if wc != "190" || !is_violent(&code) {
                    code = wc.clone();
                }
            }
            // "The rebels claimed that they had attacked the air base": an
            // attack its own authors report with "claim" (the reported
            // clause's subject stands for the speaker) is their claim of
            // responsibility (015), not an attack the sentence asserts.
            let claim_at = || {
                let from = cl_start.saturating_sub(2).max(c.start.saturating_sub(6));
                (from..c.start).rev().find(|&i| {
                    owner[i].is_none()
                        && matches!(toks.norm(i), "claim" | "claims" | "claimed" | "claiming")
                })
            };
            if !planned
                && is_violent(&code)
                && claim_at().is_some_and(|k| {
                    c.start - k <= 6
                        && (k + 1..c.start.min(k + 3)).any(|j| {
                            matches!(toks.norm(j), "it" | "they" | "we" | "he" | "she")
                                && (j == k + 1 || toks.norm(k + 1) == "that")
                        })
                        && source.is_some_and(|a| {
                            ms[a].toks.1 <= k || sp.is_some_and(|s| ms[a].code == ms[s].code)
                        })
                })
            {
                code = "015".to_string();
            }
            let mut modality = Modality::Asserted;
            if planned {
                modality = Modality::Planned;
                if let Some(i) = self.pats.cues.intent_for(&code) {
                    code = i.to_string();
                }
            }

            // Date: an expression in the clause, else the only one in the sentence.
            let in_clause: Vec<&DateCue> = inp
                .dates
                .iter()
                .filter(|d| {
                    let ti = toks.token_at_byte(d.span.start).min(n - 1);
                    clause[ti] == cl
                })
                .collect();
            let cue = in_clause.first().copied().or(if inp.dates.len() == 1 {
                inp.dates.first()
            } else {
                None
            });
            let mut background = false;
            let date = match (cue, inp.article_date) {
                (Some(d), Some(ad)) => {
                    let end = period_end(d.date, d.precision);
                    // Its own past time, well before the article: background.
                    if end < ad - chrono::Duration::days(7) && modality == Modality::Asserted {
                        background = true;
                    }
                    Some((d.date, d.precision, Some(d.span)))
                }
                (Some(d), None) => Some((d.date, d.precision, Some(d.span))),
                (None, Some(ad)) => Some((ad, DatePrecision::Day, None)),
                (None, None) => None,
            };

            if source.is_none() {
                conf -= 0.2;
            }
            if target.is_none() {
                conf -= 0.1;
            }
            if c.slots.skips > 0 {
                conf -= 0.05;
            }
            let mconf = |m: Option<usize>| m.map(|k| ms[k].confidence).unwrap_or(0.7);
            conf *= (mconf(source) + mconf(target)) / 2.0 + 0.1;
            let reported_by = match (sp, source) {
                (Some(s), Some(src)) if ms[s].code != ms[src].code => Some(s),
                (Some(s), None) => Some(s),
                _ => None,
            };

            // Expand coordinated actors into dyads.
            let group = |m: Option<usize>| -> Vec<Option<usize>> {
                match m {
                    None => vec![None],
                    Some(k) => match ms[k].group {
                        None => vec![Some(k)],
                        // "in Baghdad, Iraqi police": a place before the
                        // comma that closes an opening phrase is not a
                        // partner of the body after it.
                        Some(g) => (0..ms.len())
                            .filter(|&j| {
                                ms[j].group == Some(g)
                                    && !(ms[j].toks.1 < ms[k].toks.0
                                        && toks.norm(ms[k].toks.0 - 1) == ","
                                        && is_place_kind(&ms[j].kind)
                                        && !is_place_kind(&ms[k].kind))
                            })
                            .map(Some)
                            .collect::<Vec<_>>(),
                    },
                }
            };
            // "Russian troops and tanks poured into Georgia": equipment
            // listed with the men who use it is not a second actor.
            let group = |m: Option<usize>| -> Vec<Option<usize>> {
                let all = group(m);
                let weapon = |x: &Option<usize>| {
                    x.is_some_and(|k| bare_role(&ms[k]) && weapon_word(toks.norm(ms[k].toks.1 - 1)))
                };
                // Only with men of the same side ("Russian jets and Syrian
                // troops" are two actors).
                let men: Vec<&str> = all
                    .iter()
                    .filter(|x| !weapon(x))
                    .filter_map(|x| x.and_then(|k| ms[k].country.as_deref()))
                    .collect();
                let same_side = |x: &Option<usize>| {
                    x.is_some_and(
                        |k| !matches!(ms[k].country.as_deref(), Some(c) if !men.contains(&c)),
                    )
                };
                if all.len() >= 2 && all.iter().any(|x| !weapon(x)) {
                    all.into_iter()
                        .filter(|x| !(weapon(x) && same_side(x)) || *x == m)
                        .collect()
                } else {
                    all
                }
            };
            let sources = group(source);
            // "withdrew its troops from Syria, Defence Minister X said": the
            // speaker named at the end of the sentence is not a target.
            let targets: Vec<Option<usize>> = group(target)
                .into_iter()
                .filter(|t| !t.is_some_and(|k| self.tail_speaker(toks, ids, &ms[k])))
                .collect();
            let targets = if targets.is_empty() {
                vec![None]
            } else {
                targets
            };
            let mut pairs: Vec<(Option<usize>, Option<usize>)> = Vec::new();
            // Joint actors of a cooperative act ("The Philippines and Vietnam
            // pledged to share ...") act on each other.
            let cooperative = matches!(&code[..2], "03" | "04" | "05" | "06" | "07" | "08");
            // "India and Pakistan accused each other".
            let each_other = (c.end..n.min(c.end + 3)).any(|i| {
                matches!(toks.norm(i), "each" | "another") && i + 1 < n && {
                    let w = toks.norm(i + 1);
                    w == "other" || w == "other's"
                }
            });
            // "A and B violated the truce": each breaks it against the other.
            let truce_breach = code == "196";
            if (p.flags.reciprocal || cooperative || each_other || truce_breach)
                && target.is_none()
                && sources.len() >= 2
            {
                for a in &sources {
                    for b in &sources {
                        if a != b {
                            pairs.push((*a, *b));
                        }
                    }
                }
            } else {
                // "A met B" is coded A→B only; both directions only when the
                // sentence makes them joint actors ("A and B met").
                for a in &sources {
                    for b in &targets {
                        if a.is_some() && a == b {
                            continue;
                        }
                        pairs.push((*a, *b));
                    }
                }
            }
            let kill = matches!(&p.elems[0].elem, Elem::Lemma(l) if self.pats.lemmas[*l as usize].lemma == "kill");
            let killing = p.kind == TriggerKind::Verb
                && (kill
                    || p.text.contains("dead")
                    || p.text.starts_with("murder")
                    || p.text.starts_with("gun down"));
            // "troops poured into Georgia", "tanks rolled into the town".
            let armed_move = code.starts_with("19")
                && p.kind == TriggerKind::Verb
                && matches!(&p.elems[0].elem, Elem::Lemma(l) if matches!(
                    self.pats.lemmas[*l as usize].lemma.as_str(),
                    "pour" | "stream" | "roll" | "surge" | "sweep" | "swarm"
                ));
            let lone_pair = pairs.len() == 1;
            for (s, t) in pairs {
                // "refugees poured into Chad": only armed men pouring or
                // rolling into a place use force.
                // "Thousands of Egyptians poured into the square demanding
                // that the president step down": a crowd pouring in with a
                // demand or a chant demonstrates (141).
                let mut crowd_demo = false;
                if armed_move
                    && !s.is_some_and(|a| {
                        matches!(ms[a].role.as_deref(), Some("MIL" | "REB" | "INS" | "UAF"))
                    })
                {
                    crowd_demo = s.is_some_and(|a| {
                        matches!(ms[a].role.as_deref(), Some("CVL" | "OPP" | "LAB" | "EDU"))
                    }) && (c.end..cl_end.min(c.end + 12)).any(|i| {
                        matches!(toks.norm(i), "demanding" | "chanting" | "protesting")
                            || (toks.norm(i) == "to"
                                && i + 1 < n
                                && matches!(toks.norm(i + 1), "protest" | "demand"))
                    });
                    if !crowd_demo {
                        continue;
                    }
                }
                // Violence by a crowd is a riot (145); killing by insurgents,
                // gunmen or criminals is unconventional violence (1823).
                let mut code = code.clone();
                if crowd_demo {
                    code = "141".to_string();
                }
                if let Some(a) = s {
                    let role = ms[a].role.as_deref();
                    if code.starts_with("19")
                        && code != "196"
                        && matches!(role, Some("CVL" | "OPP" | "LAB" | "EDU"))
                    {
                        code = "145".to_string();
                    } else if code == "141"
                        && p.text.starts_with("march")
                        && matches!(role, Some("MIL" | "REB" | "INS" | "UAF"))
                    {
                        // "troops marched into the town": a military move.
                        code = "154".to_string();
                    } else if code == "151" && role == Some("MIL") {
                        // "The army raised its alert level": an alert is
                        // military (152) or police (151) by who raises it.
                        code = "152".to_string();
                    } else if matches!(code.as_str(), "152" | "154") && role == Some("COP") {
                        // "Police went on high alert", "police deployed
                        // across the capital": police power (151, 153).
                        code = if code == "152" { "151" } else { "153" }.to_string();
                    } else if kill && code == "190" && matches!(role, Some("INS" | "UAF" | "CRM")) {
                        code = "1823".to_string();
                    } else if !killing
                        && code == "193"
                        && role == Some("COP")
                        && t.is_some_and(|b| {
                            matches!(
                                ms[b].role.as_deref(),
                                Some("CVL" | "OPP" | "LAB" | "EDU" | "REL" | "HRI")
                            )
                        })
                    {
                        // Police firing on civilians, protesters, students or
                        // clergy is violent repression (175).
                        code = "175".to_string();
                    }
                }
                if killing && matches!(code.as_str(), "190" | "193" | "1823" | "180") {
                    // Killing a political figure is an assassination (186);
                    // killing thousands is a mass killing (202).
                    let leader = t.is_some_and(|b| {
                        matches!(ms[b].kind, MentionKind::Person | MentionKind::Learned)
                            && matches!(
                                ms[b].role.as_deref(),
                                Some("GOV" | "ELI" | "LEG" | "JUD" | "PTY" | "OPP")
                            )
                    });
                    let victims_end = t
                        .map(|b| ms[b].toks.1)
                        .filter(|&e| e > c.start)
                        .unwrap_or(c.end)
                        .max(c.end)
                        .min(c.start + 12);
                    if leader {
                        code = "186".to_string();
                    } else if !passive && mass_count(toks, c.start + 1, victims_end) {
                        code = "202".to_string();
                    }
                }
                // What was captured: a town or country is taken by force
                // (192), a person is arrested (173), or abducted (181) when
                // the captors are rebels, insurgents or criminals.
                if p.text.starts_with("capture") && matches!(code.as_str(), "173" | "192") {
                    let tkind = t.map(|b| ms[b].kind);
                    let place = matches!(
                        tkind,
                        Some(MentionKind::Country | MentionKind::City | MentionKind::Capital)
                    );
                    let person = matches!(tkind, Some(MentionKind::Person | MentionKind::Learned));
                    let armed = s.is_some_and(|a| {
                        matches!(
                            ms[a].role.as_deref(),
                            Some("REB" | "INS" | "UAF" | "CRM" | "SEP")
                        )
                    });
                    if code == "173" && place {
                        code = "192".to_string();
                    } else if code == "192" && person {
                        code = "173".to_string();
                    }
                    if code == "173" && armed && t.is_some() {
                        code = "181".to_string();
                    }
                }
                // Expelling diplomats is reducing relations (161); expelling
                // an international body's staff is 166, aid agencies 1663.
                if code == "174" {
                    if let Some(b) = t {
                        let tm = &ms[b];
                        if tm.org.is_some() || tm.role.as_deref() == Some("NGO") {
                            code = if tm.role.as_deref() == Some("NGO") {
                                "1663".to_string()
                            } else {
                                "166".to_string()
                            };
                        } else if tm.kind == MentionKind::Role
                            && tm.role.as_deref() == Some("GOV")
                            && tm.country.is_some()
                        {
                            code = "161".to_string();
                        }
                    }
                }
                // Troops arriving somewhere are deployed there, not visiting:
                // peacekeepers 074, other forces 154.
                if code == "042" && p.text.starts_with("arrive") {
                    if let Some(a) = s {
                        let sm = &ms[a];
                        let head = toks.norm(sm.toks.1 - 1);
                        if sm.role.as_deref() == Some("MIL")
                            && matches!(
                                head,
                                "troops"
                                    | "soldiers"
                                    | "forces"
                                    | "peacekeepers"
                                    | "marines"
                                    | "paratroopers"
                                    | "contingent"
                                    | "contingents"
                                    | "units"
                                    | "battalion"
                                    | "battalions"
                            )
                        {
                            let peace = (sm.toks.0..sm.toks.1)
                                .any(|i| toks.norm(i).starts_with("peacekeep"));
                            code = if peace { "074" } else { "154" }.to_string();
                        }
                    }
                }
                // Forces sent or arriving for a peacekeeping mission provide
                // protection (074); for relief or rescue work, humanitarian
                // aid (073): "troops arrived in Mali to join the UN
                // peacekeeping mission", "deployed search-and-rescue teams",
                // "soldiers were sent to help with flood relief"; to train
                // another country's forces, military assistance (072).
                if code == "154" {
                    let own = s.map(|a| ms[a].toks).unwrap_or((0, 0));
                    let purpose = (own.0..own.1).chain(c.end..cl_end.min(c.end + 15));
                    let mut peace = false;
                    let mut relief = false;
                    let mut train = false;
                    for i in purpose {
                        let w = toks.norm(i);
                        peace |= w.starts_with("peacekeep") || w.starts_with("peace-keep");
                        // "deployed to X to train its soldiers": military
                        // assistance (072).
                        train |= w == "train" && i > 0 && toks.norm(i - 1) == "to";
                        // Not "to rescue hostages", "a humanitarian crisis".
                        let next = if i + 1 < n { toks.norm(i + 1) } else { "" };
                        relief |= matches!(w, "relief" | "search-and-rescue")
                            || (matches!(w, "humanitarian" | "rescue")
                                && matches!(
                                    next,
                                    "aid"
                                        | "assistance"
                                        | "mission"
                                        | "missions"
                                        | "operation"
                                        | "operations"
                                        | "work"
                                        | "workers"
                                        | "supplies"
                                        | "team"
                                        | "teams"
                                        | "effort"
                                        | "efforts"
                                ))
                            || (matches!(w, "deliver" | "distribute" | "bring")
                                && matches!(next, "aid" | "food" | "supplies" | "medicine"));
                    }
                    if peace {
                        code = "074".to_string();
                    } else if relief {
                        code = "073".to_string();
                    } else if train {
                        code = "072".to_string();
                    }
                }
                // An actor does not act on itself: same code on both sides.
                // "The president denied accusations that his government ...":
                // in a denial, the body the subject's own possessive names
                // inside what is denied is the subject itself; the act stays,
                // without a target.
                let mut t = t;
                if let (Some(a), Some(b)) = (s, t) {
                    let roles = ms[a].kind == MentionKind::Role && ms[b].kind == MentionKind::Role;
                    if ms[a].code.is_some() && ms[a].code == ms[b].code {
                        // "The Pope delivered an address to the diplomatic
                        // corps": a lone object after the trigger that reads
                        // as the subject's own body is a misread partner; the
                        // act stays, without a target.
                        if !roles
                            && lone_pair
                            && !p.flags.reciprocal
                            && ms[a].kind != MentionKind::Adjective
                            && ms[b].toks.0 >= c.end
                        {
                            t = None;
                        } else if !roles {
                            continue;
                        }
                        let own = ms[b].toks.0 > c.end
                            && matches!(
                                toks.norm(ms[b].toks.0 - 1),
                                "his" | "her" | "its" | "their"
                            )
                            && (c.end..ms[b].toks.0).any(|i| toks.norm(i) == "that");
                        if a == b || (code.starts_with("016") && own) {
                            t = None;
                        }
                    }
                }
                // "strikes on Pakistan and Pakistan-administered Kashmir": one
                // dyad once per trigger.
                let same = |x: Option<usize>, y: Option<usize>| match (x, y) {
                    (Some(a), Some(b)) => ms[a].code == ms[b].code,
                    (None, None) => true,
                    _ => false,
                };
                if res.events.iter().any(|e| {
                    e.trigger_toks == (c.start, c.end)
                        && e.code == code
                        && same(e.source, s)
                        && same(e.target, t)
                }) {
                    continue;
                }
                res.events.push(Coded {
                    code,
                    pattern_code: p.code.clone(),
                    trigger: trig,
                    trigger_toks: (c.start, c.end),
                    source: s,
                    target: t,
                    reported_by,
                    rule: p.rule.clone(),
                    pattern_text: p.text.clone(),
                    confidence: conf.clamp(0.05, 0.99),
                    modality,
                    background,
                    passive,
                    date,
                });
            }
        }
        // "rallied outside parliament, demanding that the government step
        // down", "blocked roads to demand the minister's resignation": a
        // protest with its demand is one event, the protest coded by what is
        // demanded (1041 -> 1411, 1042 -> 1442 ...) and aimed at whom the
        // demand is made of.
        let mut k = 0;
        while k < res.events.len() {
            let d = &res.events[k];
            let (ds, de) = d.trigger_toks;
            let protest = d.code.starts_with("10").then(|| {
                res.events.iter().position(|e| {
                    e.code.len() == 3
                        && e.code.starts_with("14")
                        && e.code != "140"
                        && e.trigger_toks.1 <= ds
                        && ds - e.trigger_toks.1 <= 8
                        && (d.source.is_none() || d.source == e.source || d.source == e.target)
                        && (e.trigger_toks.1..ds).all(|i| !is_boundary(toks.norm(i)))
                        && (matches!(toks.norm(ds.saturating_sub(1)), "," | "to")
                            || toks.norm(ds).ends_with("ing"))
                        && de > ds
                })
            });
            match protest.flatten() {
                Some(j) => {
                    let d = res.events.remove(k);
                    let sub = d.code.get(3..4).filter(|_| d.code.starts_with("104"));
                    let e = &mut res.events[if j > k { j - 1 } else { j }];
                    if let Some(x) = sub {
                        e.code = format!("{}{x}", e.code);
                    }
                    if d.target.is_some() {
                        e.target = d.target;
                    }
                }
                None => k += 1,
            }
        }
        // "staged a nationwide strike against the government's plan to raise
        // the retirement age", "blocked a highway to demand the minister's
        // resignation": a protest with no demand coded takes its sub-code from
        // what it is against or for (leadership 1, policy 2, rights 3,
        // institutions or regime 4), when the words say so.
        for e in res.events.iter_mut() {
            if e.code.len() == 3 && matches!(e.code.as_str(), "141" | "142" | "143" | "144" | "145")
            {
                if let Some(k) = protest_aim(toks, &owner, e.trigger_toks.1) {
                    e.code = format!("{}{k}", e.code);
                }
            }
        }
        // "Five soldiers were killed when their convoy was attacked by
        // rebels": an agentless act of force on a victim that another act of
        // force in the sentence, with a known agent, also hits is that same
        // attack (one attack, one event).
        let violent_root = |code: &str| matches!(&code[..2], "18" | "19" | "20");
        let same_code = |x: Option<usize>, y: Option<usize>| match (x, y) {
            (Some(a), Some(b)) => ms[a].code.is_some() && ms[a].code == ms[b].code,
            _ => false,
        };
        let dup: Vec<bool> = res
            .events
            .iter()
            .map(|e| {
                e.source.is_none()
                    && e.target.is_some()
                    && violent_root(&e.code)
                    && res.events.iter().any(|o| {
                        o.source.is_some()
                            && violent_root(&o.code)
                            && o.trigger_toks != e.trigger_toks
                            && same_code(o.target, e.target)
                    })
            })
            .collect();
        if dup.iter().any(|&d| d) {
            let mut k = 0;
            res.events.retain(|_| {
                k += 1;
                !dup[k - 1]
            });
        }
        // "Gunmen shot and seriously wounded a police officer", "was shot and
        // wounded in an assassination attempt": violent verbs of one root
        // joined by "and" (adverbs between) that hit the same victim are one
        // act, one event, when one of them is the root's general code (190
        // wound, kill) or both have the same ("abducted and strangled" stay
        // two). A code a weapon noun gave the second verb wins, else the
        // first verb's; the trigger spans both verbs.
        let same_or_none = |x: Option<usize>, y: Option<usize>| match (x, y) {
            (None, None) => true,
            (Some(a), Some(b)) => ms[a].code == ms[b].code,
            _ => false,
        };
        let mut k = 1;
        while k < res.events.len() {
            let b = &res.events[k];
            let (bs, _) = b.trigger_toks;
            let first = res.events[..k].iter().rposition(|a| {
                let (_, ae) = a.trigger_toks;
                let (pa, pb) = (&a.pattern_code, &b.pattern_code);
                violent_root(pa)
                    && pa[..2] == pb[..2]
                    && (pa == pb || pa[2..].starts_with('0') || pb[2..].starts_with('0'))
                    && ae < bs
                    && bs - ae <= 3
                    && (ae..bs).filter(|&i| toks.norm(i) == "and").count() == 1
                    && (ae..bs).all(|i| {
                        owner[i].is_none()
                            && (toks.norm(i) == "and"
                                || self.cue.adverb.has_word(ids[i])
                                || (toks.norm(i).ends_with("ly") && is_filler(toks, i)))
                    })
                    && same_or_none(a.target, b.target)
                    && (b.source.is_none() || same_or_none(a.source, b.source))
                    && a.modality == b.modality
            });
            match first {
                Some(j) => {
                    let b = res.events.remove(k);
                    let a = &mut res.events[j];
                    if b.code != b.pattern_code && a.code == a.pattern_code {
                        a.code = b.code.clone();
                    }
                    a.confidence = a.confidence.max(b.confidence);
                    // The trigger spans both verbs ("shot and wounded").
                    a.trigger = Span::new(a.trigger.start, b.trigger.end);
                    a.trigger_toks.1 = b.trigger_toks.1;
                    res.suppressed.push(Suppressed {
                        code: b.code,
                        trigger: b.trigger,
                        rule: b.rule.to_string(),
                        reason: "second verb of one act (one event)".into(),
                    });
                }
                None => k += 1,
            }
        }
        // "agreed to pull their troops back", "pledged on Monday to send
        // aid", "agreed on Tuesday to hold talks": a generic intent (030)
        // whose infinitive is coded as the planned act itself is that act's
        // intent, coded once with the act's own intent code.
        let same_actor = |x: Option<usize>, y: Option<usize>| match (x, y) {
            (Some(a), Some(b)) => ms[a].code == ms[b].code,
            (None, None) => true,
            _ => false,
        };
        let any_generic = res.events.iter().any(|e| e.pattern_code == "030");
        let generic: Vec<bool> = if !any_generic {
            Vec::new()
        } else {
            res.events
                .iter()
                .map(|e| {
                    let (_, ee) = e.trigger_toks;
                    e.pattern_code == "030"
                        && res.events.iter().any(|o| {
                            let os = o.trigger_toks.0;
                            o.modality == Modality::Planned
                                && o.pattern_code != "030"
                                && os >= ee
                                && os > 0
                                && os - ee <= 4
                                && toks.norm(os - 1) == "to"
                                && (ee..os).all(|i| {
                                    owner[i].is_none()
                                        && !is_boundary(toks.norm(i))
                                        && toks.norm(i) != ","
                                })
                                && same_actor(e.source, o.source)
                        })
                })
                .collect()
        };
        drop_flagged(&mut res, &generic, "generic intent of a coded planned act");
        // "Islamic State claimed responsibility for the bombing of a
        // mosque": the attack its author claims is coded by the claim
        // (015), not again as an attack of its own.
        let any_claim = res.events.iter().any(|e| e.pattern_code == "015");
        let claimed: Vec<bool> = if !any_claim {
            Vec::new()
        } else {
            res.events
                .iter()
                .map(|e| {
                    (is_violent(&e.pattern_code) || (e.code == "015" && e.pattern_code != "015"))
                        && e.source.is_some()
                        && res.events.iter().any(|c| {
                            c.pattern_code == "015"
                                && c.trigger_toks.1 <= e.trigger_toks.0
                                && e.trigger_toks.0 - c.trigger_toks.1 <= 8
                                && clause[c.trigger_toks.1 - 1] == clause[e.trigger_toks.0]
                                && same_actor(c.source, e.source)
                        })
                })
                .collect()
        };
        drop_flagged(
            &mut res,
            &claimed,
            "the attack of a claim of responsibility",
        );
        // "X said Y must ensure ...", "X insists talks should resume": when
        // nothing else is coded, a statement of what another party must do
        // is X's demand (100) on that party.
        if !res.events.iter().any(|e| e.code != "010") {
            for e in res.events.iter_mut() {
                if e.code != "010" || e.pattern_text.contains(' ') {
                    continue;
                }
                let from = e.trigger_toks.1;
                let limit = n.min(from + 12);
                let mut k = from;
                let mut found = None;
                while k < limit {
                    let w = toks.norm(k);
                    if owner[k].is_none() && (is_boundary(w) || self.cue.report.has_word(ids[k])) {
                        break;
                    }
                    if owner[k].is_none() && self.cue.obligation.at(ids, k, n).is_some() {
                        found = Some(k);
                        break;
                    }
                    k += 1;
                }
                let Some(k) = found else { continue };
                if k == from {
                    continue;
                }
                let obliged = self.subject(toks, ids, from, k, &owner, ms);
                if obliged.is_some_and(|o| e.source.is_some_and(|s| ms[s].code == ms[o].code)) {
                    continue;
                }
                e.code = "100".to_string();
                e.target = obliged;
                e.modality = Modality::Asserted;
            }
        }
        // Statements only when nothing else was coded, and not when what was
        // said did not happen ("officials said there were no plans to ...",
        // "X may attack, Y said"): the report of a non-event is no event.
        let non_event = res.suppressed.iter().any(|s| {
            matches!(
                s.reason.as_str(),
                "negated" | "hypothetical" | "speculative" | "question"
            )
        });
        // "X has never allowed ..., its prime minister said", "Sanctions would
        // hurt ..., the report argued": a bare statement of what did not or
        // only might happen is no event either.
        let non_event = non_event
            || (!res.events.is_empty()
                && res.events.iter().all(|e| e.code == "010")
                && (0..n).any(|k| {
                    owner[k].is_none()
                        && (self.cue.negation.at(ids, k, n).is_some()
                            || self.cue.hypothetical.at(ids, k, n).is_some())
                }));
        if non_event || res.events.iter().any(|e| e.code != "010") {
            let (keep, drop): (Vec<Coded>, Vec<Coded>) =
                res.events.drain(..).partition(|e| e.code != "010");
            for d in drop {
                res.suppressed.push(Suppressed {
                    code: d.code,
                    trigger: d.trigger,
                    rule: d.rule.to_string(),
                    reason: "statement with another event in the sentence".into(),
                });
            }
            res.events = keep;
        }
        // "condemned a court decision to reinstate the ban", "expressed concern
        // about the escalation of hostilities", "denied charges that he took
        // part in the beating", "launched an inquiry into the killings": an
        // event named after a comment, appeal, investigation, demand,
        // criticism, rejection or threat is what that act is about. It is
        // known through the act and is no more certain than it: the act
        // leads. The scope ends at the sentence's clause punctuation or a
        // contrast ("..., while X is considering ...").
        let governors: Vec<(usize, f32)> = res
            .events
            .iter()
            .filter(|e| governs(&e.code))
            .map(|e| (e.trigger_toks.1, e.confidence))
            .collect();
        if !governors.is_empty() {
            for e in res.events.iter_mut() {
                let s = e.trigger_toks.0;
                let cap = governors
                    .iter()
                    .filter(|&&(end, _)| {
                        end <= s
                            && s - end <= 30
                            && (end..s).all(|i| {
                                let w = toks.norm(i);
                                !is_boundary(w)
                                    && !matches!(
                                        w,
                                        "while" | "but" | "whereas" | "although" | "though"
                                    )
                            })
                    })
                    .map(|&(_, c)| c)
                    .reduce(f32::min);
                if let Some(c) = cap {
                    e.confidence = e.confidence.min(c - 0.05).max(0.05);
                }
            }
        }
        // "clashed with police after the court ordered the release of ...",
        // "returned the artefacts after an investigation by ...", "imposed
        // sanctions in response to its invasion of ...": an event after
        // "after", "following", "since", "amid", "despite", "in response to",
        // "in retaliation for", "in the wake of" is the background of the
        // event before that word, which leads.
        if res.events.len() > 1 {
            let markers: Vec<usize> = (0..n)
                .filter(|&i| {
                    owner[i].is_none() && (background_marker(toks, i) || topic_marker(toks, i))
                })
                .collect();
            if !markers.is_empty() {
                let spans: Vec<(usize, f32)> = res
                    .events
                    .iter()
                    .map(|e| (e.trigger_toks.1, e.confidence))
                    .collect();
                for e in res.events.iter_mut() {
                    let s = e.trigger_toks.0;
                    let Some(&b) = markers.iter().rfind(|&&b| b < s) else {
                        continue;
                    };
                    let lead = spans
                        .iter()
                        .filter(|&&(end, _)| end <= b)
                        .map(|&(_, c)| c)
                        .reduce(f32::max);
                    if let Some(c) = lead {
                        e.confidence = e.confidence.min(c - 0.05).max(0.05);
                    }
                }
            }
        }
        res.events.dedup_by(|a, b| {
            a.code == b.code
                && a.source == b.source
                && a.target == b.target
                && a.trigger == b.trigger
        });
        res
    }

    /// Does a determiner stand before token `i`, with at most two country
    /// adjectives, hyphenated modifiers or plain adjectives between ("the
    /// attack", "its brutal fight", "an anarchic protest")?
    fn after_determiner(
        &self,
        toks: &Tokens,
        ids: &[WordId],
        owner: &[Option<usize>],
        ms: &[Mention],
        i: usize,
    ) -> bool {
        let mut j = i;
        let mut k = 0;
        loop {
            // "the Oct. 12 bombing", "the 2008 Mumbai attacks": date words
            // between the determiner and the noun.
            j = skip_date_back(toks, owner, j);
            if j == 0 || k >= 2 {
                break;
            }
            let w = toks.norm(j - 1);
            match owner[j - 1] {
                Some(m) if ms[m].kind == MentionKind::Adjective => j = ms[m].toks.0,
                // "the Beirut port blast", "the Kabul attack", "a West Bank
                // shooting attack": a place's name after a determiner
                // modifies the noun after it.
                Some(m) if place_modifier(toks, owner, ms, m) && !self.past_form(toks, ids, i) => {
                    j = ms[m].toks.0
                }
                // "a West Bank shooting attack": the -ing word between such a
                // place and the noun is part of the compound.
                None if w.ends_with("ing")
                    && j >= 2
                    && owner[j - 2].is_some_and(|m| place_modifier(toks, owner, ms, m)) =>
                {
                    j -= 1
                }
                None if w.len() > 3
                    && !toks.toks[j - 1].is_punct()
                    && (w.contains('-')
                        || (w.bytes().all(|b| b.is_ascii_lowercase())
                            && (!w.ends_with('s') || w.ends_with("ous"))
                            && !w.ends_with("ly")
                            && !is_function_word(w)
                            && !self.pats.is_verb_form(ids[j - 1])
                            && !self.cue.adverb.has_word(ids[j - 1])
                            && !self.cue.be.has_word(ids[j - 1]))) =>
                {
                    j -= 1
                }
                _ => break,
            }
            k += 1;
        }
        j > 0
            && owner[j - 1].is_none()
            && (is_determiner(toks.norm(j - 1)) || matches!(toks.norm(j - 1), "any" | "every"))
    }

    /// Token `i` is a past participle of a verb pattern's verb ("shot", "hit").
    fn past_form(&self, toks: &Tokens, ids: &[WordId], i: usize) -> bool {
        self.pats.probes(ids[i]).iter().any(|pr| {
            match &self.pats.patterns[pr.pattern as usize].elems[0].elem {
                Elem::Lemma(l) => self.pats.lemmas[*l as usize]
                    .participles
                    .contains(toks.norm(i)),
                _ => false,
            }
        })
    }

    /// A participle after a form of "be"/"get" (adverbs allowed between).
    fn is_passive(
        &self,
        p: &Pattern,
        toks: &Tokens,
        ids: &[WordId],
        at: usize,
        cl_start: usize,
    ) -> bool {
        let Elem::Lemma(l) = &p.elems[0].elem else {
            return false;
        };
        if !self.pats.lemmas[*l as usize]
            .participles
            .contains(toks.norm(at))
        {
            return false;
        }
        let mut i = at;
        while i > cl_start {
            i -= 1;
            let w = toks.norm(i);
            if self.cue.be.has_word(ids[i]) {
                return true;
            }
            // Adverbs, and coordinated participles: "was shot and wounded".
            if self.cue.adverb.has_word(ids[i])
                || w.ends_with("ly")
                || (matches!(w, "and" | "or") && i > cl_start && ends_ed(toks.norm(i - 1)))
                || (i + 1 < at && matches!(toks.norm(i + 1), "and" | "or") && ends_ed(w))
            {
                continue;
            }
            return false;
        }
        false
    }

    /// "by X" right after the matched words.
    fn by_agent(
        &self,
        toks: &Tokens,
        end: usize,
        cl_end: usize,
        starts: &[Option<usize>],
        ms: &[Mention],
    ) -> Option<usize> {
        let mut i = end;
        while i < cl_end && i < end + 3 {
            if toks.norm(i) == "by" {
                let mut j = i + 1;
                if j < cl_end && matches!(toks.norm(j), "the" | "a" | "an") {
                    j += 1;
                }
                // "by thousands of demonstrators", "by at least 20 gunmen":
                // the people counted are the agent.
                let mut k = j;
                while k < cl_end && k < j + 6 && starts[k].is_none() && is_quantifier(toks, k) {
                    k += 1;
                }
                if k > j && starts.get(k).copied().flatten().is_some() {
                    return starts[k];
                }
                let m = starts.get(j).copied().flatten();
                // "by Mexican federal prosecutors": a bare country adjective,
                // then a plain modifier, then the body it qualifies.
                if let Some(a) =
                    m.filter(|&a| ms[a].kind == MentionKind::Adjective && ms[a].role.is_none())
                {
                    let e = ms[a].toks.1;
                    for (k, &st) in starts.iter().enumerate().take((e + 2).min(cl_end)).skip(e) {
                        if let Some(b) = st {
                            if ms[b].kind == MentionKind::Role {
                                return Some(b);
                            }
                            break;
                        }
                        let w = toks.norm(k);
                        if toks.toks[k].is_punct()
                            || !w.bytes().all(|c| c.is_ascii_lowercase() || c == b'-')
                            || is_function_word(w)
                        {
                            break;
                        }
                    }
                }
                return m;
            }
            i += 1;
        }
        None
    }

    /// ", Defence Minister X said." / ", the ministry said": the speaker of a
    /// report that closes the sentence, set off by a comma.
    fn tail_speaker(&self, toks: &Tokens, ids: &[WordId], m: &Mention) -> bool {
        let mut k = m.toks.0;
        if k > 0 && matches!(toks.norm(k - 1), "the" | "a" | "an") {
            k -= 1;
        }
        k > 0
            && toks.norm(k - 1) == ","
            && m.toks.1 < toks.len()
            && self.cue.report.at(ids, m.toks.1, toks.len()).is_some()
    }

    fn preceded_by(&self, list: &CueList, toks: &Tokens, ids: &[WordId], m: &Mention) -> bool {
        let mut i = m.toks.0;
        // Skip a determiner: "in the capital".
        if i > 0 && matches!(toks.norm(i - 1), "the" | "a" | "an") {
            i -= 1;
        }
        i > 0 && list.ends_at(ids, i)
    }

    /// The clause's subject: the nearest actor before the trigger that is not
    /// inside a prepositional phrase.
    fn subject(
        &self,
        toks: &Tokens,
        ids: &[WordId],
        a: usize,
        b: usize,
        owner: &[Option<usize>],
        ms: &[Mention],
    ) -> Option<usize> {
        let mut best = None;
        let mut i = b;
        while i > a {
            i -= 1;
            // "... after the group killed four people": an active
            // subordinate clause whose own subject is no recognised actor
            // has an unknown subject; it does not borrow the main clause's.
            if owner[i].is_none()
                && i + 2 <= b
                && self.cue.subordinator.has_word(ids[i])
                && is_determiner(toks.norm(i + 1))
                && (i + 1..b).all(|k| {
                    owner[k].is_none() && !toks.toks[k].is_punct() && !self.cue.be.has_word(ids[k])
                })
            {
                return None;
            }
            if let Some(m) = owner[i] {
                let mm = &ms[m];
                if mm.toks.0 < a {
                    break;
                }
                // A bare adjective is a subject only right before the
                // trigger ("Russian air strikes") or before its own noun
                // ("a Turkish ship fired").
                let bare_adj =
                    mm.kind == MentionKind::Adjective && mm.role.is_none() && mm.toks.1 + 2 < b;
                // "Thousands of Iranians protested": the people counted are
                // the subject, not an oblique.
                let counted = counted_members(toks, mm.toks.0);
                // "Syrian insurgent groups, including the powerful Islamist
                // Ahrar al-Sham, threatened ...": a member named after
                // "including" or "such as" (modifiers between) is part of
                // the subject before it, not the subject.
                let included = || {
                    let mut k = mm.toks.0;
                    let mut steps = 0;
                    while k > a
                        && steps < 4
                        && owner[k - 1].is_none()
                        && !toks.toks[k - 1].is_punct()
                        && toks.norm(k - 1) != "including"
                        && toks.norm(k - 1) != "as"
                    {
                        k -= 1;
                        steps += 1;
                    }
                    k > a
                        && (toks.norm(k - 1) == "including"
                            || (k > 1 && toks.norm(k - 1) == "as" && toks.norm(k - 2) == "such"))
                };
                if !bare_adj
                    && !self.preceded_by(self.cue.locative, toks, ids, mm)
                    && (counted || !self.preceded_by(self.cue.oblique, toks, ids, mm))
                    && !included()
                {
                    best = Some(m);
                    // Prefer the first member of a coordinated group, unless
                    // the group is a list of places ("in Dhaka, Chittagong
                    // and Rajshahi").
                    if let Some(g) = mm.group {
                        let first = (0..ms.len()).find(|&j| ms[j].group == Some(g));
                        // Not a place then a body after a comma: "Hours
                        // after the bombing in Baghdad, Iraqi police
                        // arrested ..." (the opening phrase ends at the comma).
                        let opener = mm.toks.0 > 0
                            && toks.norm(mm.toks.0 - 1) == ","
                            && !is_place_kind(&mm.kind)
                            && first.is_some_and(|f| f != m && is_place_kind(&ms[f].kind));
                        if opener {
                            break;
                        }
                        if let Some(f) = first {
                            if self.preceded_by(self.cue.locative, toks, ids, &ms[f]) {
                                best = None;
                                i = ms[f].toks.0;
                                continue;
                            }
                        }
                        best = first;
                    }
                    break;
                }
                i = mm.toks.0;
            }
        }
        best
    }

    /// The subject of a verb at `at` in a clause opened by ", which|who"
    /// (starting at `a`): the actor right before the comma, for the relative
    /// clause's own verb when it has no subject of its own, and for the main
    /// verb right after the relative clause's closing comma ("Kenya, which
    /// closed its border in May, reopened ..."). Otherwise `found`.
    #[allow(clippy::too_many_arguments)]
    fn relative_subject(
        &self,
        toks: &Tokens,
        ids: &[WordId],
        a: usize,
        at: usize,
        owner: &[Option<usize>],
        ms: &[Mention],
        found: Option<usize>,
    ) -> Option<usize> {
        if a < 2 || !matches!(toks.norm(a), "which" | "who") || toks.norm(a - 1) != "," {
            return found;
        }
        let Some(ante) = owner[a - 2] else {
            return found;
        };
        // "the deal with Iran, which ...": the relative may be about the
        // noun before the preposition, not the actor after it.
        let am = &ms[ante];
        if self.preceded_by(self.cue.oblique, toks, ids, am)
            || self.preceded_by(self.cue.locative, toks, ids, am)
        {
            return found;
        }
        match (a + 1..at).rev().find(|&i| toks.norm(i) == ",") {
            None => found.or(Some(ante)),
            Some(k) => {
                let main = !toks.norm(at).ends_with("ing")
                    && (k + 1..at).all(|i| {
                        owner[i].is_none()
                            && (self.cue.be.has_word(ids[i])
                                || self.cue.adverb.has_word(ids[i])
                                || self.cue.planned.has_word(ids[i])
                                || toks.norm(i).ends_with("ly")
                                || matches!(toks.norm(i), "has" | "have" | "had" | "also" | "then"))
                    });
                if main {
                    Some(ante)
                } else {
                    found
                }
            }
        }
    }

    /// Can token `i` (word id `w`) end a noun phrase? A filler word that is
    /// not an adverb in -ly, a form of "be", nor a cue word (adverb,
    /// subordinator, oblique or locative preposition, negation, plan).
    fn plain_word(&self, toks: &Tokens, i: usize, w: WordId) -> bool {
        is_filler(toks, i)
            && !toks.norm(i).ends_with("ly")
            && !self.cue.be.has_word(w)
            && !self.cue.adverb.has_word(w)
            && !self.cue.subordinator.has_word(w)
            && !self.cue.oblique.has_word(w)
            && !self.cue.locative.has_word(w)
            && !self.cue.negation.has_word(w)
            && !self.cue.planned.has_word(w)
    }

    /// "The coalition fighting the rebels in Yemen declared a truce", "Police
    /// searching for the gunmen arrested ...": the actor `found` before the
    /// verb at `at` is the object of a participle that modifies the real
    /// subject right before it.
    fn participle_subject(
        &self,
        toks: &Tokens,
        ids: &[WordId],
        a: usize,
        at: usize,
        owner: &[Option<usize>],
        found: Option<usize>,
    ) -> Option<usize> {
        let f = found?;
        if toks.norm(at).ends_with("ing") {
            return found;
        }
        let Some(start) = (a..at).find(|&i| owner[i] == Some(f)) else {
            return found;
        };
        let mut q = start;
        let mut hops = 0;
        while q > a && hops < 4 {
            q -= 1;
            hops += 1;
            let w = toks.norm(q);
            if owner[q].is_some() || toks.toks[q].is_punct() {
                return found;
            }
            if w.ends_with("ing") && self.pats.is_verb_form(ids[q]) {
                if q <= a {
                    return found;
                }
                let Some(head) = owner[q - 1] else {
                    return found;
                };
                if head == f {
                    return found;
                }
                // Nothing between the object and the verb but places and
                // prepositions: no second verb the object could be subject of.
                let end = (start..at).find(|&i| owner[i] != Some(f)).unwrap_or(at);
                // An auxiliary of the main verb ("has declared") is no second verb.
                if (end..at).any(|i| {
                    owner[i].is_none()
                        && (toks.norm(i) == ","
                            || (self.pats.is_verb_form(ids[i])
                                && !self.cue.be.has_word(ids[i])
                                && !matches!(toks.norm(i), "has" | "have" | "had")))
                }) {
                    return found;
                }
                return Some(head);
            }
            if !matches!(w, "the" | "a" | "an" | "for" | "against" | "with" | "on")
                && !is_filler(toks, q)
            {
                return found;
            }
        }
        found
    }

    /// The possessor or adjective of a noun trigger: "Russia's visit", "Russian air strikes".
    fn noun_owner(
        &self,
        toks: &Tokens,
        at: usize,
        owner: &[Option<usize>],
        _ms: &[Mention],
    ) -> Option<usize> {
        let mut i = at;
        let mut steps = 0;
        // A verb form crossed on the way ("France condemned the coup"): the
        // actor before it is that verb's subject, not the noun's owner, unless
        // it is a possessive ("Russia's renewed offensive").
        let mut crossed_verb = false;
        while i > 0 && steps < 3 {
            i -= 1;
            steps += 1;
            if let Some(m) = owner[i] {
                // "their military intelligence-sharing pact": a bare role word
                // modifying the noun is not its owner.
                let mm = &_ms[m];
                if mm.kind == MentionKind::Role && mm.country.is_none() && mm.org.is_none() {
                    return None;
                }
                if crossed_verb && !(mm.toks.1 < at && matches!(toks.norm(mm.toks.1), "'s" | "'")) {
                    return None;
                }
                return Some(m);
            }
            let w = toks.norm(i);
            if w == "'s" || w == "'" {
                continue;
            }
            // "fled Moscow after the invasion": the owner never sits beyond a
            // preposition, a conjunction or an auxiliary.
            let id = self.pats.word_id(w);
            if !is_filler(toks, i)
                || self.cue.oblique.has_word(id)
                || self.cue.locative.has_word(id)
                || self.cue.subordinator.has_word(id)
                || self.cue.be.has_word(id)
            {
                return None;
            }
            // "signed their accord": a possessive after the verb points
            // back to its subject.
            // A statement verb does not govern the noun it announces
            // ("X announced the release of ...", "claimed responsibility").
            if self.pats.is_verb_form(id)
                && !self.cue.report.has_word(id)
                && !(i + 1..at)
                    .any(|k| matches!(toks.norm(k), "its" | "their" | "his" | "her" | "our"))
            {
                crossed_verb = true;
            }
        }
        None
    }

    /// The first actor after the trigger that is not a place.
    #[allow(clippy::too_many_arguments)]
    fn object(
        &self,
        toks: &Tokens,
        ids: &[WordId],
        from: usize,
        cl_end: usize,
        owner: &[Option<usize>],
        starts: &[Option<usize>],
        ms: &[Mention],
        nominal: &[bool],
    ) -> Option<usize> {
        let mut limit = cl_end.min(from + 12);
        let mut i = from;
        let mut commas = 0;
        while i < limit {
            if let Some(m) = starts[i] {
                let mm = &ms[m];
                let by = mm.toks.0 > 0 && toks.norm(mm.toks.0 - 1) == "by";
                let bare_adj =
                    mm.kind == MentionKind::Adjective && mm.role.is_none() && !nominal[m];
                // "arrived in Nepal", "sailed into X": a locative the pattern
                // itself ends with names the destination, not a mere place.
                // "an investigation into Alibaba Group", "fired into a crowd
                // of protesters": after "into", a body that is not a place is
                // what the act goes into.
                let into = {
                    let mut k = mm.toks.0;
                    if k > 0 && matches!(toks.norm(k - 1), "the" | "a" | "an") {
                        k -= 1;
                    }
                    k > 0 && toks.norm(k - 1) == "into"
                };
                // "conflicts in Ukraine and Syria": a place listed after a
                // place that follows a locative is a place too.
                let listed_place = is_place_kind(&mm.kind)
                    && mm.group.is_some_and(|g| {
                        ms.iter().any(|o| {
                            o.group == Some(g)
                                && o.toks.1 <= mm.toks.0
                                && o.toks.0 >= from
                                && is_place_kind(&o.kind)
                                && self.preceded_by(self.cue.locative, toks, ids, o)
                        })
                    });
                let place = (self.preceded_by(self.cue.locative, toks, ids, mm) || listed_place)
                    && !(into && !is_place_kind(&mm.kind) && mm.kind != MentionKind::Adjective)
                    && !(from > 0
                        && self.cue.locative.ends_at(ids, from)
                        && (mm.toks.0 == from
                            || (mm.toks.0 == from + 1
                                && matches!(toks.norm(from), "the" | "a" | "an"))));
                // "pounded the hideouts with heavy artillery", "attacked the
                // cities with rockets and drones": weapons after "with" are
                // the means, not the target.
                let means = bare_role(mm)
                    && weapon_word(toks.norm(mm.toks.1 - 1))
                    && after_with_by(toks, owner, mm.toks.0)
                    && toks.norm(mm.toks.0.saturating_sub(1)) != "by";
                if !bare_adj && !place && !by && !means {
                    return Some(m);
                }
                i = mm.toks.1;
                continue;
            }
            if owner[i].is_none() && is_boundary(toks.norm(i)) {
                break;
            }
            if let Some(next) = including_aside(toks, from, i, cl_end) {
                limit = cl_end.min(limit + (next - i));
                i = next;
                continue;
            }
            // "strengthened its forces in Crimea amid a confrontation with
            // Ukraine": what follows "amid" or "despite" is background, not
            // the object.
            // Nor what follows "after", "in retaliation for" ...: a cause.
            if owner[i].is_none()
                && i > from
                && (matches!(toks.norm(i), "amid" | "despite") || background_marker(toks, i))
            {
                break;
            }
            // A comma ends the object unless a list of plain nouns goes on
            // ("pledged food, tents and medicine for survivors in Syria").
            if owner[i].is_none() && toks.norm(i) == "," && !number_comma(toks, i) {
                commas += 1;
                let list_goes_on = i + 1 < limit
                    && starts[i + 1].is_none()
                    && is_filler(toks, i + 1)
                    && !is_function_word(toks.norm(i + 1))
                    && !self.pats.is_verb_form(ids[i + 1])
                    && !self.cue.subordinator.has_word(ids[i + 1])
                    && !matches!(
                        toks.norm(i + 1),
                        "a" | "an" | "its" | "his" | "her" | "this"
                    );
                if commas > 2 || !list_goes_on {
                    break;
                }
            }
            i += 1;
        }
        None
    }

    /// When the plain object search found nothing: a person or group after
    /// a locative ("an inquiry into former president X's role"), a body
    /// attacked or picketed at its site ("car bombs outside the education
    /// ministry", "rallied outside the U.S. embassy"), or, for verbal
    /// conflict, the agent of the thing criticised ("condemned the coup by
    /// soldiers", "investigating killings by police officers").
    #[allow(clippy::too_many_arguments)]
    fn late_target(
        &self,
        toks: &Tokens,
        ids: &[WordId],
        from: usize,
        cl_end: usize,
        starts: &[Option<usize>],
        ms: &[Mention],
        code: &str,
    ) -> Option<usize> {
        let root = &code[..2];
        let sited = matches!(root, "09" | "14" | "17" | "18" | "19" | "20");
        // "denied charges by X": the accuser is the target of the denial.
        let critical = matches!(root, "09" | "10" | "11" | "12" | "13") || code == "016";
        let limit = cl_end.min(from + 12);
        let mut i = from;
        while i < limit {
            if let Some(m) = starts[i] {
                let mm = &ms[m];
                let prev = if mm.toks.0 > 0 {
                    let mut k = mm.toks.0 - 1;
                    if k > 0 && matches!(toks.norm(k), "the" | "a" | "an") {
                        k -= 1;
                    }
                    toks.norm(k)
                } else {
                    ""
                };
                let person = matches!(
                    mm.kind,
                    MentionKind::Person | MentionKind::Group | MentionKind::Learned
                );
                if prev == "by" && critical && mm.kind != MentionKind::Adjective {
                    return Some(m);
                }
                if self.cue.locative.has_word(ids[mm.toks.0.saturating_sub(1)])
                    || self.preceded_by(self.cue.locative, toks, ids, mm)
                {
                    if person && mm.country.is_some() {
                        return Some(m);
                    }
                    if sited
                        && mm.kind == MentionKind::Role
                        && mm.country.is_some()
                        && matches!(prev, "outside" | "near" | "into" | "inside" | "at" | "onto")
                    {
                        return Some(m);
                    }
                }
                i = mm.toks.1;
                continue;
            }
            if is_boundary(toks.norm(i)) {
                break;
            }
            i += 1;
        }
        None
    }

    /// The actor right after "against" later in the clause (after a
    /// determiner or a count).
    #[allow(clippy::too_many_arguments)]
    fn against(
        &self,
        toks: &Tokens,
        ids: &[WordId],
        from: usize,
        cl_end: usize,
        owner: &[Option<usize>],
        starts: &[Option<usize>],
        ms: &[Mention],
        nominal: &[bool],
    ) -> Option<usize> {
        let limit = cl_end.min(from + 20);
        let mut i = from;
        while i < limit {
            let w = toks.norm(i);
            // Not past another verb: "forcing them to avoid counter-attacks
            // against X" is not the first act's target.
            if owner[i].is_none() && (is_boundary(w) || self.pats.is_verb_form(ids[i])) {
                break;
            }
            if owner[i].is_none() && w == "against" {
                let mut j = i + 1;
                while j < limit
                    && starts[j].is_none()
                    && (matches!(toks.norm(j), "the" | "a" | "an") || is_quantifier(toks, j))
                {
                    j += 1;
                }
                let m = starts.get(j).copied().flatten()?;
                let mm = &ms[m];
                if mm.kind == MentionKind::Adjective && mm.role.is_none() && !nominal[m] {
                    return None;
                }
                return Some(m);
            }
            i += 1;
        }
        None
    }

    /// "to X" or "to help|assist|support X" later in the clause (the recipient
    /// of a transfer whose object is long).
    fn recipient(
        &self,
        toks: &Tokens,
        from: usize,
        cl_end: usize,
        starts: &[Option<usize>],
        ms: &[Mention],
    ) -> Option<usize> {
        let limit = cl_end.min(from + 30);
        let mut i = from;
        while i < limit {
            let w = toks.norm(i);
            if is_boundary(w) {
                break;
            }
            if w == "to"
                && !(i > 0 && matches!(toks.norm(i - 1), "according" | "due" | "owing" | "thanks"))
            {
                let mut j = i + 1;
                if j < limit && matches!(toks.norm(j), "help" | "assist" | "support" | "aid") {
                    j += 1;
                }
                while j < limit && starts[j].is_none() && is_quantifier(toks, j) {
                    j += 1;
                }
                if let Some(m) = starts.get(j).copied().flatten() {
                    let mm = &ms[m];
                    if !(mm.kind == MentionKind::Adjective && mm.role.is_none()) {
                        return Some(m);
                    }
                }
            }
            i += 1;
        }
        None
    }

    /// The first country or town named after a locative preposition ("in
    /// Haiti", "near the border town of X") after the trigger, unless it is the
    /// source's own country; with `domestic`, a town of that country whose code
    /// is not the source's own is taken too.
    #[allow(clippy::too_many_arguments)]
    fn place_target(
        &self,
        toks: &Tokens,
        ids: &[WordId],
        from: usize,
        cl_end: usize,
        starts: &[Option<usize>],
        ms: &[Mention],
        source: Option<usize>,
        domestic: bool,
    ) -> Option<usize> {
        let mut limit = cl_end.min(from + 10);
        let own = source.and_then(|s| ms[s].country.as_deref());
        let own_code = source.and_then(|s| ms[s].code.as_deref());
        let mut i = from;
        while i < limit {
            if let Some(m) = starts[i] {
                let mm = &ms[m];
                if matches!(mm.kind, MentionKind::Country | MentionKind::City)
                    && mm.country.is_some()
                    && (mm.country.as_deref() != own
                        || (domestic
                            && mm.kind == MentionKind::City
                            && mm.code.is_some()
                            && mm.code.as_deref() != own_code))
                    && self.preceded_by(self.cue.locative, toks, ids, mm)
                {
                    return Some(m);
                }
                i = mm.toks.1;
                continue;
            }
            if let Some(next) = including_aside(toks, from, i, cl_end) {
                limit = cl_end.min(limit + (next - i));
                i = next;
                continue;
            }
            if is_boundary(toks.norm(i)) || (toks.norm(i) == "," && !number_comma(toks, i)) {
                break;
            }
            i += 1;
        }
        None
    }

    fn pronoun_subject(&self, ids: &[WordId], a: usize, b: usize) -> bool {
        (a..b).any(|i| self.cue.pronoun.has_word(ids[i]))
    }

    /// For each clause, the speaker whose words it reports, if any.
    fn speech(
        &self,
        toks: &Tokens,
        ids: &[WordId],
        owner: &[Option<usize>],
        clause: &[usize],
        ms: &[Mention],
    ) -> Vec<Option<usize>> {
        let n = toks.len();
        let nclauses = clause.last().map(|c| c + 1).unwrap_or(0);
        let mut out = vec![None; nclauses];
        let mut i = 0;
        while i < n {
            if owner[i].is_some() {
                i += 1;
                continue;
            }
            let (len, according) = match self.cue.according.at(ids, i, n) {
                Some(l) => (l, true),
                None => match self
                    .cue
                    .report
                    .at(ids, i, n)
                    .filter(|&l| !report_noun(toks, i, l))
                {
                    Some(l) => (l, false),
                    None => {
                        i += 1;
                        continue;
                    }
                },
            };
            let cl = clause[i];
            let cl_start = (0..i)
                .rev()
                .take_while(|&k| clause[k] == cl)
                .last()
                .unwrap_or(i);
            let after = |k: usize| -> Option<usize> {
                let mut j = k;
                if j < n && matches!(toks.norm(j), "the" | "a" | "an") {
                    j += 1;
                }
                (j < n).then(|| owner[j]).flatten()
            };
            let speaker = if according {
                after(i + len)
            } else {
                self.subject(toks, ids, cl_start, i, owner, ms)
                    .or_else(|| after(i + len))
            };
            if let Some(s) = speaker {
                if according {
                    for o in out.iter_mut() {
                        o.get_or_insert(s);
                    }
                } else if cl_start <= 2 || clause[cl_start.saturating_sub(1)] != cl {
                    // "X said (that) ...": later clauses are reported.
                    let fwd = cl + 1;
                    // ", X said." at the end: earlier clauses are reported.
                    let tail = (i + len..n).all(|k| {
                        owner[k].is_some() || is_boundary(toks.norm(k)) || toks.norm(k) == "on"
                    }) || (i + len..n).filter(|&k| owner[k].is_none()).count() <= 3;
                    if tail && cl > 0 {
                        for o in out.iter_mut().take(cl) {
                            o.get_or_insert(s);
                        }
                    }
                    if fwd < nclauses {
                        for o in out.iter_mut().skip(fwd) {
                            o.get_or_insert(s);
                        }
                    }
                }
            }
            i += len;
        }
        out
    }
}

/// The index where date words ("Oct. 12", "2008", "March 2019") written
/// right before token `j` begin; `j` when there are none.
#[inline]
fn skip_date_back(toks: &Tokens, owner: &[Option<usize>], mut j: usize) -> usize {
    // Most words before a noun are plain lower-case words: no date.
    if j == 0 || toks.toks[j - 1].flags & (Token::DIGIT | Token::CAP | Token::PUNCT) == 0 {
        return j;
    }
    let month = |k: usize| {
        toks.toks[k].is_cap()
            && matches!(
                toks.norm(k).trim_end_matches('.'),
                "january"
                    | "jan"
                    | "february"
                    | "feb"
                    | "march"
                    | "april"
                    | "apr"
                    | "may"
                    | "june"
                    | "july"
                    | "august"
                    | "aug"
                    | "september"
                    | "sept"
                    | "sep"
                    | "october"
                    | "oct"
                    | "november"
                    | "nov"
                    | "december"
                    | "dec"
            )
    };
    let mut k = 0;
    while j > 0 && k < 4 && owner[j - 1].is_none() {
        // The token's flags first: most words are neither numbers, capitalised
        // nor punctuation.
        let t = &toks.toks[j - 1];
        let date = if t.has(Token::DIGIT) {
            let w = toks.norm(j - 1);
            w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit())
        } else if t.is_cap() {
            month(j - 1)
        } else if t.is_punct() {
            j >= 2 && toks.norm(j - 1) == "." && month(j - 2)
        } else {
            false
        };
        if !date {
            break;
        }
        j -= 1;
        k += 1;
    }
    j
}

/// "the Kabul attack", "the Oct. 12 Mumbai bombing", "a West Bank shooting
/// attack": mention `m` is a place named after a determiner (date words
/// between) that modifies the noun after it. A country counts only before an
/// -ing word and when not written as an abbreviation ("a U.S. bombing
/// campaign" is the United States' own).
fn place_modifier(toks: &Tokens, owner: &[Option<usize>], ms: &[Mention], m: usize) -> bool {
    let mm = &ms[m];
    let n = toks.len();
    let kind = match mm.kind {
        MentionKind::City | MentionKind::Capital => true,
        MentionKind::Country => {
            mm.toks.1 < n
                && owner[mm.toks.1].is_none()
                && toks.norm(mm.toks.1).ends_with("ing")
                && toks.norm(mm.toks.1).len() > 5
                && (mm.toks.0..mm.toks.1.min(n)).all(|k| !toks.toks[k].is_upper())
        }
        _ => false,
    };
    kind && mm.toks.0 > 0 && {
        let s = skip_date_back(toks, owner, mm.toks.0);
        s > 0 && owner[s - 1].is_none() && is_determiner(toks.norm(s - 1))
    }
}

/// A mention that names a place (or its government by metonymy).
fn is_place_kind(k: &MentionKind) -> bool {
    matches!(
        k,
        MentionKind::Country | MentionKind::Capital | MentionKind::City | MentionKind::Metonym
    )
}

fn is_quantifier(toks: &Tokens, i: usize) -> bool {
    let w = toks.norm(i);
    toks.toks[i].is_number()
        || attache_segment::is_small_number_word(w)
        || matches!(
            w,
            "the"
                | "a"
                | "an"
                | "some"
                | "several"
                | "dozens"
                | "hundreds"
                | "thousands"
                | "scores"
                | "of"
                | "many"
                | "more"
                | "than"
                | "about"
                | "around"
                | "nearly"
                | "at"
                | "least"
                | "all"
                | "its"
                | "their"
                | "his"
                | "her"
                | "other"
                | "new"
                | "incoming"
                | "outgoing"
                | "newly-elected"
        )
}

/// "Thousands of Iranians", "members of Hezbollah", "one fighter from the
/// FSA": the people counted or the members named
/// before "of" / "from" belong to the actor starting at token `at`, which is
/// then the head of the phrase, not an oblique.
fn counted_members(toks: &Tokens, at: usize) -> bool {
    let mut i = at;
    if i > 0 && matches!(toks.norm(i - 1), "the" | "a" | "an") {
        i -= 1;
    }
    if i < 2 {
        return false;
    }
    let prep = toks.norm(i - 1);
    let w = toks.norm(i - 2);
    let member = matches!(
        w,
        "members"
            | "member"
            | "fighters"
            | "fighter"
            | "militants"
            | "militant"
            | "soldiers"
            | "soldier"
            | "troops"
            | "officers"
            | "officer"
            | "supporters"
            | "supporter"
            | "followers"
            | "loyalists"
            | "activists"
            | "militiamen"
            | "gunmen"
            | "personnel"
            | "staff"
            | "employees"
            | "workers"
            | "policemen"
            | "guards"
            | "commanders"
            | "commander"
            | "leaders"
            | "elements"
            | "units"
            | "inspectors"
            | "inspector"
            | "monitors"
            | "observers"
            | "investigators"
            | "experts"
            | "contingent"
            | "contingents"
            | "republics"
            | "states"
            | "countries"
            | "nations"
            | "battalion"
            | "battalions"
            | "detachment"
            | "detachments"
            | "delegation"
            | "delegations"
            | "team"
            | "teams"
            | "diplomats"
            | "envoys"
            | "delegates"
            | "representatives"
    );
    match prep {
        "of" => {
            member
                || matches!(
                    w,
                    "thousands"
                        | "hundreds"
                        | "dozens"
                        | "tens"
                        | "millions"
                        | "scores"
                        | "crowds"
                        | "number"
                        | "group"
                )
        }
        "from" => member,
        _ => false,
    }
}

/// The token after an "including" aside that opens right at the end of a
/// trigger which names its own object ("the deployment of 400 troops,
/// including 25 officers, to Mali"): the aside only breaks down that object
/// (the source's own troops), so the object and place searches go on past
/// it to the real target. `None` unless token `i` is the trigger's end
/// `from`, a comma followed by "including", and a comma closes the aside
/// before `cl_end`; an aside after an object of its own ("shelled rebel
/// positions, including X") is left alone.
fn including_aside(toks: &Tokens, from: usize, i: usize, cl_end: usize) -> Option<usize> {
    if i != from || toks.norm(i) != "," || i + 1 >= cl_end || toks.norm(i + 1) != "including" {
        return None;
    }
    (i + 2..cl_end.min(i + 12))
        .find(|&k| toks.norm(k) == "," && !number_comma(toks, k))
        .map(|k| k + 1)
}

/// A thousands separator written apart from its digits ("1, 086 migrants"):
/// a comma between a number and a group of exactly three digits.
fn number_comma(toks: &Tokens, i: usize) -> bool {
    i > 0 && i + 1 < toks.len() && toks.toks[i - 1].is_number() && toks.toks[i + 1].is_number() && {
        let w = toks.norm(i + 1);
        w.len() == 3 && w.bytes().all(|b| b.is_ascii_digit())
    }
}

/// A decimal point written apart from its digits ("6. 3 million"): a period
/// between a number and a group of digits.
fn number_point(toks: &Tokens, i: usize) -> bool {
    i > 0
        && i + 1 < toks.len()
        && toks.norm(i) == "."
        && toks.toks[i - 1].is_number()
        && toks.norm(i + 1).bytes().all(|b| b.is_ascii_digit())
}

/// The last day of a date's period.
fn period_end(d: NaiveDate, p: DatePrecision) -> NaiveDate {
    use chrono::Datelike;
    match p {
        DatePrecision::Day => d,
        DatePrecision::Week => d + chrono::Duration::days(6),
        DatePrecision::Month => {
            let (y, m) = if d.month() == 12 {
                (d.year() + 1, 1)
            } else {
                (d.year(), d.month() + 1)
            };
            NaiveDate::from_ymd_opt(y, m, 1).unwrap() - chrono::Duration::days(1)
        }
        DatePrecision::Year => NaiveDate::from_ymd_opt(d.year(), 12, 31).unwrap(),
    }
}

/// Articles, possessive determiners, demonstratives and the possessive
/// clitic: a verb form after one of these is used as a noun.
fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "this"
            | "these"
            | "those"
            | "'s"
    )
}

/// Words that cannot be the noun an adjective qualifies.
fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "or"
            | "but"
            | "the"
            | "and/or"
            | "who"
            | "which"
            | "that"
            | "was"
            | "were"
            | "is"
            | "are"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "said"
            | "says"
            | "for"
            | "from"
            | "with"
            | "into"
            | "onto"
            | "than"
            | "then"
            | "also"
            | "not"
    )
}

/// Tokens `i..` are "( ABBR )", an upper-case abbreviation in brackets
/// ("(KDF)", "(UNHCR)"): the token after the closing bracket.
fn bracketed_abbreviation(toks: &Tokens, i: usize) -> Option<usize> {
    if i + 2 < toks.len()
        && toks.norm(i) == "("
        && toks.norm(i + 2) == ")"
        && toks.toks[i + 1].is_upper()
        && !toks.toks[i + 1].is_punct()
        && toks.norm(i + 1).len() <= 10
    {
        Some(i + 3)
    } else {
        None
    }
}

fn is_boundary(w: &str) -> bool {
    matches!(
        w,
        ";" | ":" | "." | "?" | "!" | "\"" | "—" | "–" | "--" | "(" | ")"
    )
}

/// Is `w` one of the literal words of pattern text `text` ("military" in
/// "threaten a|an? military|armed? incursion")?
fn pattern_word(text: &str, w: &str) -> bool {
    text.split([' ', '|'])
        .any(|x| x.trim_end_matches('?').eq_ignore_ascii_case(w))
}

/// Words in -ing that are not participles starting a modifier phrase.
fn not_participle(w: &str) -> bool {
    matches!(
        w,
        "during"
            | "including"
            | "according"
            | "regarding"
            | "following"
            | "concerning"
            | "morning"
            | "evening"
            | "building"
            | "buildings"
            | "meeting"
            | "nothing"
            | "something"
            | "anything"
            | "everything"
            | "funding"
            | "training"
            | "fighting"
            | "shelling"
            | "bombing"
            | "killing"
            | "uprising"
            | "hearing"
            | "briefing"
            | "opening"
            | "ruling"
            | "warning"
            | "landing"
            | "sweeping"
            | "pending"
            | "notwithstanding"
            | "outstanding"
            | "ongoing"
            | "lasting"
            | "leading"
            | "sitting"
            | "outgoing"
            | "incoming"
            | "neighbouring"
            | "neighboring"
            | "surrounding"
            | "remaining"
            | "existing"
            | "growing"
            | "rising"
            | "working"
    )
}

/// People or bodies an actor stands for, named after its possessive
/// ("the European Union's member states", "Iran's leaders").
fn addressee_noun(w: &str) -> bool {
    matches!(
        w,
        "states"
            | "members"
            | "leaders"
            | "leader"
            | "leadership"
            | "government"
            | "governments"
            | "authorities"
            | "people"
            | "citizens"
            | "allies"
            | "partners"
            | "neighbours"
            | "neighbors"
            | "officials"
            | "rulers"
            | "regime"
            | "lawmakers"
            | "parliament"
    )
}

/// A demonym in the plural, used as a noun for people ("Poles", "Israelis",
/// "Belarusians"; not "Swiss").
fn people_plural(w: &str) -> bool {
    w.len() > 4 && w.ends_with('s') && !w.ends_with("ss")
}

fn ends_ed(w: &str) -> bool {
    w.ends_with("ed") || w.ends_with("en") || w.ends_with('t')
}

/// A role word standing alone ("military", "police"): no country, or one
/// taken from the article's context rather than from words of its own (role
/// dictionary lines carry only the role, so such a mention has one rule).
fn bare_role(m: &Mention) -> bool {
    m.kind == MentionKind::Role && (m.country.is_none() || m.rules.len() <= 1)
}

/// A count of victims in the thousands ("some 8,000", "1.7 million",
/// "thousands of") in tokens [a, b).
fn mass_count(toks: &Tokens, a: usize, b: usize) -> bool {
    (a..b.min(toks.len())).any(|i| {
        let w = toks.norm(i);
        if matches!(w, "thousands" | "million" | "millions") {
            return true;
        }
        if !toks.toks[i].is_number() {
            return false;
        }
        // Whole part without thousands separators: "8,000" -> 8000.
        let mut v: u64 = 0;
        for b in w.bytes() {
            match b {
                b'0'..=b'9' => v = v.saturating_mul(10).saturating_add(u64::from(b - b'0')),
                b',' => {}
                _ => break,
            }
        }
        v >= 1000
    })
}

/// Actions whose place is their target when no actor is named: aid (07),
/// force posture (15: "deployed troops in X") and force (18-20).
fn place_targeted(code: &str) -> bool {
    matches!(&code[..2], "07" | "09" | "15" | "18" | "19" | "20")
        || code.starts_with("087")
        || code.starts_with("033")
        || code == "0356"
        || matches!(
            code,
            "1323" | "1723" | "1724" | "0813" | "0814" | "1623" | "0842"
        )
}

/// What a protest ending at token `from` is for: 1 leadership change, 2 policy
/// change, 3 rights, 4 institutions or regime, read from the first telling word
/// after "against", "over", "to protest", "to demand", "demanding", "calling
/// for", "for" in the rest of the clause.
fn protest_aim(toks: &Tokens, owner: &[Option<usize>], from: usize) -> Option<char> {
    let n = toks.len();
    let limit = n.min(from + 18);
    let mut aimed = false;
    for (i, own) in owner.iter().enumerate().take(limit).skip(from) {
        let w = toks.norm(i);
        if own.is_none()
            && (is_boundary(w)
                || matches!(
                    w,
                    "while"
                        | "but"
                        | "after"
                        | "before"
                        | "as"
                        | "when"
                        | "since"
                        | "because"
                        | "amid"
                ))
        {
            return None;
        }
        if matches!(
            w,
            "against"
                | "over"
                | "protest"
                | "protesting"
                | "demand"
                | "demanding"
                | "demands"
                | "for"
                | "denounce"
                | "denouncing"
                | "oppose"
                | "opposing"
        ) {
            aimed = true;
            continue;
        }
        if !aimed {
            continue;
        }
        let prev = if i > 0 { toks.norm(i - 1) } else { "" };
        let next = if i + 1 < n { toks.norm(i + 1) } else { "" };
        let class = if w.starts_with("resign")
            || w.starts_with("impeach")
            || matches!(w, "ouster" | "oust" | "overthrow" | "rerun" | "downfall")
            || (matches!(w, "step" | "steps" | "stepping") && next == "down")
            || (matches!(w, "election" | "elections")
                && matches!(prev, "new" | "early" | "snap" | "fresh"))
        {
            '1'
        } else if matches!(
            w,
            "democracy"
                | "democratic"
                | "constitution"
                | "constitutional"
                | "regime"
                | "independence"
                | "autonomy"
                | "electoral"
                | "voting"
                | "referendum"
                | "self-rule"
        ) {
            '4'
        } else if matches!(
            w,
            "rights"
                | "freedom"
                | "freedoms"
                | "detention"
                | "detentions"
                | "imprisonment"
                | "jailing"
                | "discrimination"
                | "censorship"
                | "dress"
        ) {
            '3'
        } else if matches!(
            w,
            "plan"
                | "plans"
                | "policy"
                | "policies"
                | "law"
                | "laws"
                | "bill"
                | "bills"
                | "decision"
                | "tax"
                | "taxes"
                | "subsidy"
                | "subsidies"
                | "price"
                | "prices"
                | "cuts"
                | "imports"
                | "deal"
                | "rules"
                | "regulations"
                | "quota"
                | "quotas"
                | "measures"
                | "budget"
                | "austerity"
                | "hike"
                | "hikes"
                | "increase"
                | "increases"
                | "costs"
                | "pension"
                | "pensions"
                | "reform"
                | "reforms"
                | "wages"
                | "pay"
                | "privatisation"
                | "privatization"
                | "tariffs"
                | "fees"
                | "prosecution"
                | "extradition"
                | "legislation"
                | "ban"
        ) {
            '2'
        } else {
            continue;
        };
        return Some(class);
    }
    None
}

/// Does the phrase at `start` follow "with" or "by", with at most two plain
/// modifiers between ("with heavy artillery")?
fn after_with_by(toks: &Tokens, owner: &[Option<usize>], start: usize) -> bool {
    let mut k = start;
    while k > 0 && k + 2 > start && owner[k - 1].is_none() {
        let w = toks.norm(k - 1);
        if matches!(w, "with" | "by") {
            return true;
        }
        if !is_filler(toks, k - 1) {
            return false;
        }
        k -= 1;
    }
    k > 0 && matches!(toks.norm(k - 1), "with" | "by")
}

/// Weapons written as military role words ("artillery", "drones").
/// Nouns a bare verb form may modify ("rocket force", "attack helicopters").
/// Does a goal or requirement follow "meet" at `i` within a few words ("meet
/// the current deadline", "meet their targets", "meet the needs of")?
fn meets_a_goal(toks: &Tokens, owner: &[Option<usize>], i: usize) -> bool {
    let n = toks.len();
    for (j, o) in owner.iter().enumerate().take(n.min(i + 5)).skip(i + 1) {
        if o.is_some() || toks.toks[j].is_punct() {
            return false;
        }
        if matches!(
            toks.norm(j),
            "deadline"
                | "deadlines"
                | "target"
                | "targets"
                | "goal"
                | "goals"
                | "criteria"
                | "criterion"
                | "requirement"
                | "requirements"
                | "standard"
                | "standards"
                | "expectations"
                | "needs"
                | "demand"
                | "quota"
                | "quotas"
                | "obligations"
                | "costs"
                | "threshold"
                | "benchmark"
                | "benchmarks"
                | "challenge"
                | "challenges"
                | "payments"
                | "debts"
        ) {
            return true;
        }
    }
    false
}

fn unit_noun(w: &str) -> bool {
    weapon_word(w)
        || matches!(
            w,
            "force"
                | "forces"
                | "unit"
                | "units"
                | "brigade"
                | "brigades"
                | "battalion"
                | "battalions"
                | "regiment"
                | "squad"
                | "squads"
                | "team"
                | "teams"
                | "helicopter"
                | "submarine"
                | "submarines"
                | "launcher"
                | "launchers"
                | "craft"
                | "boats"
                | "dogs"
        )
}

fn weapon_word(w: &str) -> bool {
    matches!(
        w,
        "artillery"
            | "drones"
            | "drone"
            | "rockets"
            | "missiles"
            | "tanks"
            | "warplanes"
            | "helicopters"
            | "gunships"
            | "jets"
            | "aircraft"
            | "mortars"
            | "airstrikes"
            | "bombers"
            | "warships"
    )
}

/// Roots 18-20: assault, fight, mass violence.
fn is_violent(code: &str) -> bool {
    matches!(&code[..2], "18" | "19" | "20")
}

/// Roots whose event noun, followed by "from X", was made by X ("criticism
/// from", "pressure from", "aid from"); not movement or separation (08
/// withdrawal, 15 deployment, 16 "break away from", 17 "expulsion from").
fn from_source_code(code: &str) -> bool {
    !matches!(&code[..2], "08" | "15" | "16" | "17")
}

fn is_verbal_code(code: &str) -> bool {
    matches!(
        &code[..2],
        "01" | "02" | "03" | "09" | "10" | "11" | "12" | "13"
    )
}

/// Is the word at `i` a marker of a background event: "after", "following",
/// "since", "amid", "despite", "in response to", "in retaliation for", "in
/// reaction to", "in the wake of"?
fn background_marker(toks: &Tokens, i: usize) -> bool {
    let n = toks.len();
    match toks.norm(i) {
        "after" | "since" | "amid" | "despite" => true,
        "following" => i == 0 || toks.norm(i - 1) != "the",
        // "at a time when both are worried about ...": the circumstances.
        "at" => i + 2 < n && toks.norm(i + 1) == "a" && toks.norm(i + 2) == "time",
        "in" => {
            i + 2 < n
                && matches!(
                    (toks.norm(i + 1), toks.norm(i + 2)),
                    ("response", "to")
                        | ("retaliation", "for")
                        | ("reaction", "to")
                        | ("the", "wake")
                )
        }
        _ => false,
    }
}

/// "shared evidence regarding the assassination of X": an event named after
/// "regarding" or "concerning" is what an earlier act is about. It does not
/// lead and is not the subject's own act, but unlike a cause it does not end
/// the object ("sanctions concerning Iran").
fn topic_marker(toks: &Tokens, i: usize) -> bool {
    matches!(toks.norm(i), "regarding" | "concerning")
}

/// Does the noun phrase ending before token `start` open with a background
/// marker ("after the mosque shootings", "in the wake of last week's
/// clashes")? Only determiners, modifiers and actors may stand between.
fn background_phrase(toks: &Tokens, owner: &[Option<usize>], start: usize) -> bool {
    let lo = start.saturating_sub(7);
    let mut i = start;
    while i > lo {
        i -= 1;
        let w = toks.norm(i);
        if owner[i].is_none() && (background_marker(toks, i) || topic_marker(toks, i)) {
            return true;
        }
        if w == "of" && i >= 2 && toks.norm(i - 1) == "wake" {
            continue;
        }
        if is_boundary(w)
            || w == ","
            || (owner[i].is_none() && is_function_word(w) && !matches!(w, "the" | "for" | "from"))
        {
            return false;
        }
    }
    false
}

/// Codes of acts whose object or complement names another event that the
/// act is about: comments (012-014, 016, 018; not plain statements 010,
/// admissions of responsibility 015, symbolic acts 017 or accord 019),
/// praise and verbal defence (051, 052), appeals, investigations, demands,
/// criticism, rejections and threats.
fn governs(code: &str) -> bool {
    match &code[..2] {
        "01" => matches!(code, "012" | "013" | "014" | "016" | "018"),
        // "welcomed X's invitation to Y", "defended the strikes on Z".
        "05" => matches!(code, "051" | "052"),
        "02" | "09" | "10" | "11" | "12" | "13" => true,
        _ => false,
    }
}

/// A word of a short time or manner adverbial between a verb and its
/// infinitive ("on Tuesday", "last week", "unanimously").
fn is_adverbial(w: &str) -> bool {
    matches!(
        w,
        "on" | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "last"
            | "this"
            | "week"
            | "month"
            | "year"
            | "earlier"
            | "later"
            | "today"
            | "yesterday"
            | "overnight"
            | "also"
            | "then"
            | "finally"
            | "now"
            | "formally"
            | "unanimously"
            | "overwhelmingly"
            | "narrowly"
            | "abruptly"
            | "suddenly"
            | "quietly"
            | "reluctantly"
    )
}

/// A word that may sit inside a pattern without being written: lower-case
/// letters only ("lengthy", "fresh", "new").
fn is_filler(toks: &Tokens, i: usize) -> bool {
    let w = toks.norm(i);
    let t = &toks.toks[i];
    !t.is_punct()
        && !t.is_cap()
        && w.len() > 1
        && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && !matches!(
            w,
            "and" | "or" | "but" | "not" | "never" | "no" | "to" | "by" | "that" | "which" | "who"
        )
}

/// Clause number of every token.
/// "investigating reports of killings", "the claims": a speech word used as a
/// noun (before "of" or after a determiner) opens no reported clause.
fn report_noun(toks: &Tokens, i: usize, len: usize) -> bool {
    (i + len < toks.len() && toks.norm(i + len) == "of")
        || (i > 0
            && matches!(
                toks.norm(i - 1),
                "the" | "a" | "an" | "these" | "those" | "such"
            ))
}

fn clauses(c: &Coder, toks: &Tokens, ids: &[WordId], owner: &[Option<usize>]) -> Vec<usize> {
    let n = toks.len();
    let mut out = vec![0; n];
    let mut cl = 0;
    let mut i = 0;
    while i < n {
        let w = toks.norm(i);
        out[i] = cl;
        let mut next_break = false;
        if matches!(w, ";" | ":" | "—" | "–" | "--")
            || w == ","
                && i + 1 < n
                && matches!(
                    toks.norm(i + 1),
                    "while"
                        | "but"
                        | "whereas"
                        | "although"
                        | "though"
                        | "which"
                        | "who"
                        | "after"
                        | "before"
                        | "when"
                        | "because"
                        | "amid"
                        | "saying"
                        | "adding"
                        | "as"
                        | "killing"
                        | "wounding"
                        | "injuring"
                        | "where"
                )
        {
            next_break = true;
        } else if owner[i].is_none()
            && i > 0
            && c.cue.subordinator.at(ids, i, n).is_some()
            && (i + 1..(i + 4).min(n)).any(|k| owner[k].is_some())
            // "to serve as a peacekeeping force", "as part of": "as" before
            // an article or "part" is a preposition, not a clause.
            && !(w == "as" && i + 1 < n && matches!(toks.norm(i + 1), "a" | "an" | "part"))
        {
            // "... after police shot dead a teenager": a subordinate clause
            // with its own subject starts here.
            if out[i - 1] == cl {
                cl += 1;
                out[i] = cl;
            }
        } else if owner[i].is_none() {
            if let Some(len) = c
                .cue
                .report
                .at(ids, i, n)
                .filter(|&len| !report_noun(toks, i, len))
            {
                // "X said | (that) Y ...": the report verb closes the speaker's clause.
                for o in out.iter_mut().take(i + len).skip(i) {
                    *o = cl;
                }
                i += len;
                if i < n && toks.norm(i) == "that" {
                    out[i] = cl;
                    i += 1;
                }
                cl += 1;
                continue;
            }
        }
        if next_break {
            cl += 1;
        }
        i += 1;
    }
    out
}

//! attache-place: an embedded gazetteer and place-name recognition.
//!
//! # Gazetteer
//!
//! [`Gazetteer::get`] loads, once, the tables in `data/places/`
//! (countries, first-level divisions, populated places, US counties, districts; built by
//! `crates/place/tools/build_gazetteer.py` from GeoNames data shipped in
//! registry packages — see `crates/place/README.md`). Names are compared as
//! *keys*: diacritics folded, lower case, punctuation dropped, `St.` =
//! `Saint` (see [`key`]).
//!
//! # Candidate scoring
//!
//! [`Gazetteer::candidates`] returns every entry whose name or alternate
//! name has the given key, sorted by `score`, best first:
//!
//! * base by kind: country **1.2**; first-level division **0.8 + 0.15 ×
//!   p(population / 10)** (**0.95**, the most a division gets, for a region
//!   listed by hand because news names it: "Gaza" is the Palestinian
//!   territory before Mozambique's province); populated place
//!   **p(population)**, where
//!   `p(n) = min(1, log10(max(n, 1000)) / 7)` (1,000 → 0.43,
//!   100,000 → 0.71, 10 million → 1.0);
//! * **+0.45** for a national capital of 50,000 people or more (+0.2 for a
//!   smaller one), when its own name matched (not an alternate name);
//! * **−0.12** when only an alternate name matched;
//! * context: **+0.35** when the entry lies in the first context country
//!   (the `country` argument of `candidates`, or `PlaceContext::countries[0]`),
//!   **+0.25** for any later context country (and, in [`find_places`], for
//!   countries named elsewhere in the same sentence);
//! * in [`find_places`] only: **+0.4** for towns and divisions in a
//!   first-level division the article names (`PlaceContext::divisions`:
//!   the dateline's, earlier sentences') or the same sentence names ("Glasgow"
//!   after "Kentucky" is Glasgow, Kentucky), and **+1.0** for a place the
//!   article has already fixed (`PlaceContext::known`, such as the
//!   dateline's "LONDON, Ky.": one sense per article; such a mention also
//!   skips the checks below for bare names).
//!
//! Ties go to the larger population. So "Georgia" is the country without
//! context (1.2 against 0.8–0.95) and the US state with USA in context
//! (≈0.95 + 0.35); "Paris" stays the French capital even for a US article
//! (0.89 + 0.45 against ≈0.63 + 0.35 for Paris, Texas).
//!
//! # Recognition ([`find_places`])
//!
//! Capitalised token sequences of up to six words (connectors such as "of",
//! "de", "al-" allowed inside) are looked up, longest first. A sequence is
//! dropped when a person title precedes it ("Mr.", "President"), when it is
//! glued to another capitalised word that is not a place ("Hillary Clinton",
//! "Washington Post"; a first name before a capitalised word is a person,
//! "Paris Hilton", but not before a weekday or a month: "in Paris Sunday"),
//! or when it is a month, weekday or other listed word.
//! The words around give the [`Cue`]: "in/at/across" → `In`, "near/outside"
//! → `Near`, "from", "to", "X-based", "X province/region/district…" and "the
//! province of X" → `Province`, "northern X"/"north of X" → `Direction`.
//! Under `Province` divisions get +0.6; under `Direction` countries and
//! divisions +0.15; a division that shares its name with a town of 100,000+
//! in the same country is read as the town unless the cue is `Province`.
//! Without a cue a name is kept only if it is a country, a division, a
//! capital, a town of 100,000+, a town of 20,000+ in a context country, or a
//! multi-word town of 10,000+ (after "from"/"to": any town of 5,000+); a
//! one-word alternate name ("Sidney", an old name) needs a cue; names that
//! are also English words ("Nice", "Reading", "Mobile") need a cue at the
//! start of a sentence; a town under 100,000 glued to a following
//! capitalised word ("Campbell Soup") and a one-word town next to a speech
//! verb ("Burton said") are taken as parts of other names. Generic division
//! names ("Far North", "Central") need their country in context.
//! "Town, Region" pairs ("Paris, Texas", "Louisville, Ky.", "GLASGOW, KY")
//! restrict the town to the region and accept it whatever its size; listed
//! state abbreviations after a comma and dotted ones anywhere ("B.C.") are
//! division mentions of their own.
//!
//! Names the index lacks are tried once more under their *variant key*
//! (transliteration variants: "Fallujah" = "Al Fallūjah"), and capitalised
//! names the gazetteer lacks altogether are taken in frames that say they are
//! places ("the village of X", "X Governorate", "X refugee camp"), without
//! coordinates; see `crates/place/README.md`.

mod aliases;
mod extra;
mod find;
mod gazetteer;
mod norm;

pub use aliases::DIRECTIONS;
pub use find::{
    find_demonyms, find_places, great_circle_km, resolve_dateline, Cue, PlaceContext, PlaceMention,
};
pub use gazetteer::{Candidate, Gazetteer, PlaceKind};
pub use norm::key;

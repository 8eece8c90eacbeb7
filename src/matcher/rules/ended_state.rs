//! Ended state: the claim says how things are, the window how they were
//! until a time. "The Dorval plant employs 300 people" against "The Dorval
//! plant employed 300 people until last year", "Jean Morel est maire de
//! Varenne" against "Jean Morel a été maire de Varenne jusqu'en 2015" or
//! "... de 2001 à 2015": every word is there, but the state the window
//! tells of is over. It keeps the window from supporting, never
//! contradicts (the state may have begun again, the window's end may be a
//! date the claim's writer already knew of).
//!
//! The claim in the present (its first verb "is", "est", "employs",
//! "emploie", "a" before a figure or an article), with no end of its own
//! ("until", "jusqu'à"); the window's clause that writes the claim's
//! predicate in the past ("was", "employed", "a été", "employait") and
//! bounded at its end: "until", "till", "jusqu'à", "jusqu'en", "jusqu'au"
//! right before a date or a time counted from the writing ("until last
//! year", "jusqu'à l'an dernier"), or a range of years ("from 2001 to
//! 2015", "de 2001 à 2015"). "Jusqu'à 300 personnes" is a bound of the
//! figure, no end.

use super::Rule;
use crate::facts::Facts;
use crate::matcher::context::{MatchContext, carries_meaning};
use crate::matcher::finding::{Effect, Finding, Kind};
use crate::text::Lang;

pub struct EndedStateRule;

/// Words that bound what comes before them at its end (folded; the French
/// "jusqu'" is "jusqu").
const UNTIL: &[&str] = &["until", "till", "jusqu", "jusque"];
/// Words between "jusqu'" and its time ("jusqu'à l'an dernier", "jusqu'en
/// 2015", "jusqu'au 3 mars") (folded; "a" is "à").
const UNTIL_LINKS: &[&str] = &["a", "au", "aux", "en", "l", "la", "le", "the"];
/// Words that open a past time after "until" the date reader leaves to
/// the publication date ("until last year", "jusqu'à l'an dernier",
/// "until the end of", "jusqu'à récemment"); not "now", "présent": a state
/// that lasts up to the writing (folded).
const PAST_TIME_WORDS: &[&str] = &[
    "last",
    "recently",
    "end",
    "an",
    "annee",
    "fin",
    "recemment",
    "dernier",
    "derniere",
];
/// Tokens after "until" within which its time must open.
const UNTIL_REACH: usize = 3;

/// English first verbs of a claim in the present (folded).
const EN_PRESENT: &[&str] = &["is", "are", "am", "has", "have"];
/// English determiners after which a word in -s is a verb governing a
/// noun phrase ("employs 300 people", "owns the") (folded).
const EN_DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "two", "three", "four", "five", "more",
    "about", "some", "several", "many",
];
/// English words before a participle that keep it out of the past
/// ("is closed", "will remain closed", "has employed") (folded).
const EN_NOW: &[&str] = &[
    "is", "are", "am", "be", "been", "being", "remain", "remains", "stay", "stays", "will", "has",
    "have", "s",
];
/// English words that put the window's clause in the past (folded).
const EN_PAST: &[&str] = &["was", "were", "had", "used"];
/// French first verbs of a claim in the present (folded); "a" and "ont"
/// only before a figure or a determiner ("a 300 salariés"), not a
/// participle ("a approuvé").
const FR_PRESENT: &[&str] = &["est", "sont", "detient", "tient", "vit", "contient"];
const FR_HAVE: &[&str] = &["a", "ont"];
/// Determiners after which French "a" / "ont" is the verb of having.
const FR_DETERMINERS: &[&str] = &[
    "un", "une", "des", "le", "la", "les", "l", "son", "sa", "ses", "leur", "leurs", "plus",
    "moins",
];
/// French participles of "être" that make a past of a verb of motion or
/// change ("est mort", "est devenu") (folded).
const FR_PAST_WITH_ETRE: &[&str] = &[
    "mort", "morte", "morts", "ne", "nee", "parti", "partie", "partis", "arrive", "arrivee",
    "venu", "venue", "devenu", "devenue", "decede", "decedee", "alle", "allee", "tombe", "sorti",
    "entre", "reste", "restee",
];
/// French words that put the window's clause in the past (folded): the
/// imperfect and the past of "être", the auxiliaries of a compound past.
const FR_PAST: &[&str] = &[
    "etait", "etaient", "fut", "furent", "ete", "avait", "avaient",
];
/// Tokens before the claim's predicate within which the window's past
/// stands ("was the mayor", "a été maire", "had long employed").
const PAST_REACH: usize = 3;

/// English words that put a claim's verb elsewhere than in the present
/// (folded).
const EN_NOT_PRESENT: &[&str] = &[
    "did", "will", "would", "could", "should", "might", "may", "must", "can",
];
/// French words that put a claim's verb elsewhere than in the present
/// (folded).
const FR_NOT_PRESENT: &[&str] = &[
    "etait", "etaient", "fut", "furent", "avait", "avaient", "sera", "seront", "va", "vont",
    "pourrait", "devrait", "aurait",
];
/// Words after which a French word in -e is no verb: it opens or
/// continues a noun phrase ("la grande usine") (folded).
const FR_NOUN_OPENERS: &[&str] = &[
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "a", "au", "aux", "en", "sa",
    "son", "ses", "leur", "leurs", "ce", "cette", "ces", "et", "ou",
];

/// The claim's first verb when it is in the present ("is", "employs",
/// "est", "emploie", "a" before a figure or a determiner): the claim says
/// how things are now.
fn present_verb(claim: &Facts) -> Option<usize> {
    let word = |k: usize| claim.tokens.get(k).map_or("", |t| t.norm.as_str());
    let lex = crate::text::Lexicon::shared();
    for v in 1..claim.tokens.len() {
        let (w, next) = (word(v), word(v + 1));
        match claim.lang {
            Lang::En => {
                if EN_PRESENT.contains(&w) {
                    return Some(v);
                }
                if EN_PAST.contains(&w) || EN_NOT_PRESENT.contains(&w) || w.ends_with("ed") {
                    return None;
                }
                // "employs", "runs": a verb's form in -s after its subject
                // (not a plural subject before its verb: "the plants were")
                let verb_next = EN_PRESENT.contains(&next)
                    || EN_PAST.contains(&next)
                    || EN_NOT_PRESENT.contains(&next)
                    || next.ends_with("ed");
                // (a verb the lexicon knows, or one before what it governs:
                // "employs 300 people", "owns the")
                let governs = EN_DETERMINERS.contains(&next)
                    || next.chars().next().is_some_and(|c| c.is_ascii_digit());
                if w.len() > 2
                    && w.ends_with('s')
                    && (lex.is_english_verb_form(w) || governs)
                    && !super::role::ARTICLES.contains(&word(v - 1))
                    && !verb_next
                {
                    return Some(v);
                }
            }
            Lang::Fr => {
                if FR_PRESENT.contains(&w) {
                    return (!FR_PAST_WITH_ETRE.contains(&next)).then_some(v);
                }
                if FR_HAVE.contains(&w) {
                    let having = FR_DETERMINERS.contains(&next)
                        || next.chars().next().is_some_and(|c| c.is_ascii_digit());
                    return having.then_some(v);
                }
                if FR_NOT_PRESENT.contains(&w) || w.ends_with("ait") || w.ends_with("aient") {
                    return None;
                }
                // "emploie", "dirigent": a verb in -e, -ent after its
                // subject, before what it governs
                let governs = FR_DETERMINERS.contains(&next)
                    || next.chars().next().is_some_and(|c| c.is_ascii_digit());
                if (w.ends_with('e') || w.ends_with("ent"))
                    && governs
                    && !FR_NOUN_OPENERS.contains(&word(v - 1))
                    && !claim.tokens[v].capitalized
                {
                    return Some(v);
                }
            }
        }
    }
    None
}

/// Does the clause of `f` that holds token `at` (the claim's predicate)
/// say it in the past?
fn in_past(f: &Facts, clause: &std::ops::Range<usize>, at: usize) -> bool {
    let word = |k: usize| f.tokens[k].norm.as_str();
    let before = at.saturating_sub(PAST_REACH).max(clause.start)..at;
    match f.lang {
        Lang::En => {
            // "employed", not "is closed", "will remain closed", "has been"
            let participle_of_now = at > clause.start && EN_NOW.contains(&word(at - 1));
            (word(at).ends_with("ed") && !participle_of_now)
                || before.clone().any(|k| EN_PAST.contains(&word(k)))
        }
        Lang::Fr => {
            word(at).ends_with("ait")
                || word(at).ends_with("aient")
                || before.clone().any(|k| FR_PAST.contains(&word(k)))
                || (at > clause.start && crate::facts::SPEECH_AUXILIARIES.contains(&word(at - 1)))
        }
    }
}

/// The tokens of `f`'s clause `clause` that end what it says: "until"
/// and the time after it, or a range of years. None when the clause has
/// no end.
fn end_of_state(f: &Facts, clause: &std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let word = |k: usize| f.tokens[k].norm.as_str();
    let time_at = |k: usize| {
        f.dates
            .iter()
            .map(|d| d.tokens.clone())
            .chain(f.relative_times.iter().map(|r| r.tokens.clone()))
            .find(|tokens| tokens.start == k || (tokens.start < k && tokens.end > k))
    };
    for u in clause.clone().filter(|&u| UNTIL.contains(&word(u))) {
        let mut k = u + 1;
        while k < clause.end && k - u <= UNTIL_REACH && UNTIL_LINKS.contains(&word(k)) {
            k += 1;
        }
        if k >= clause.end {
            continue;
        }
        if let Some(time) = time_at(k) {
            return Some(u..time.end.max(k + 1));
        }
        if PAST_TIME_WORDS.contains(&word(k)) {
            return Some(u..(k + 2).min(clause.end));
        }
    }
    f.dates
        .iter()
        .find(|d| d.until.is_some() && clause.contains(&d.tokens.start))
        .map(|d| d.tokens.clone())
}

impl Rule for EndedStateRule {
    fn name(&self) -> &'static str {
        "ended state"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        let claim = cx.claim;
        if super::contradicted(earlier) {
            return Vec::new();
        }
        let Some(verb) = present_verb(claim) else {
            return Vec::new();
        };
        if claim
            .tokens
            .iter()
            .any(|t| UNTIL.contains(&t.norm.as_str()))
        {
            return Vec::new();
        }
        // the claim's predicate: its first word of meaning from its verb on
        // ("employs"; "mayor" in "is the mayor")
        let Some(predicate) = (verb..claim.tokens.len()).find(|&k| {
            carries_meaning(claim, k)
                && !claim.keys.names.contains(&k)
                && !crate::facts::COPULAS.contains(&claim.tokens[k].norm.as_str())
        }) else {
            return Vec::new();
        };
        cx.coverage
            .found()
            .filter(|&(c, _)| c == predicate)
            .find_map(|(c, (s, t))| {
                let f = cx.window[s].facts;
                let clause = cx.clause(s, t);
                if !in_past(f, &clause, t) {
                    return None;
                }
                let end = end_of_state(f, &clause)?;
                let span = f.span_of(end);
                let claim_span = claim.tokens[c].span.clone();
                Some(super::span_against_span(
                    cx,
                    (Kind::Date, Effect::Blocks),
                    claim_span,
                    s,
                    span,
                ))
            })
            .into_iter()
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn ended_state_table() {
        let ended = &[(Kind::Date, Effect::Blocks)][..];
        let table: &[Row] = &[
            (
                "The Dorval plant employs 300 people.",
                En,
                "The Dorval plant employed 300 people until last year.",
                En,
                ended,
            ),
            (
                "L'usine de Dorval emploie 300 personnes.",
                Fr,
                "L'usine de Dorval employait 300 personnes jusqu'à l'an dernier.",
                Fr,
                ended,
            ),
            (
                "Jean Morel is the mayor of Varenne.",
                En,
                "Jean Morel was the mayor of Varenne until 2015.",
                En,
                ended,
            ),
            (
                "Jean Morel est maire de Varenne.",
                Fr,
                "Jean Morel a été maire de Varenne jusqu'en 2015.",
                Fr,
                ended,
            ),
            (
                "Jean Morel est maire de Varenne.",
                Fr,
                "Jean Morel a été maire de Varenne de 2001 à 2015.",
                Fr,
                ended,
            ),
            (
                "Jean Morel is the mayor of Varenne.",
                En,
                "Jean Morel était maire de Varenne jusqu'en mars.",
                Fr,
                ended,
            ),
            (
                "Orvex owns the Dorval plant.",
                En,
                "Orvex owned the Dorval plant until the end of 2019.",
                En,
                ended,
            ),
            (
                "Jean Morel dirige l'usine de Dorval.",
                Fr,
                "Jean Morel a dirigé l'usine de Dorval de 2001 à 2015.",
                Fr,
                ended,
            ),
            (
                "L'usine de Dorval a 300 salariés.",
                Fr,
                "L'usine de Dorval avait 300 salariés jusqu'en 2019.",
                Fr,
                ended,
            ),
            // the claim in the past; the window's state not over; a bound
            // of the figure; the window in the present
            (
                "Jean Morel was the mayor of Varenne.",
                En,
                "Jean Morel was the mayor of Varenne until 2015.",
                En,
                &[],
            ),
            (
                "Jean Morel était maire de Varenne.",
                Fr,
                "Jean Morel a été maire de Varenne jusqu'en 2015.",
                Fr,
                &[],
            ),
            (
                "L'usine de Dorval emploie 300 personnes.",
                Fr,
                "L'usine de Dorval employait jusqu'à 300 personnes.",
                Fr,
                &[],
            ),
            (
                "The bridge is closed.",
                En,
                "The bridge will remain closed until March.",
                En,
                &[],
            ),
            (
                "Le pont est fermé.",
                Fr,
                "Le pont est fermé jusqu'en mars.",
                Fr,
                &[],
            ),
            (
                "The Dorval plant employs 300 people.",
                En,
                "The Dorval plant employed 300 people last year.",
                En,
                &[],
            ),
            (
                "The Dorval plant employs 300 people.",
                En,
                "The Dorval plant employed 300 people until now.",
                En,
                &[],
            ),
            (
                "Jean Morel dirige l'usine de Dorval.",
                Fr,
                "Jean Morel dirige l'usine de Dorval depuis 2015.",
                Fr,
                &[],
            ),
            (
                "The Dorval plants were closed.",
                En,
                "The Dorval plants were closed until 2015.",
                En,
                &[],
            ),
        ];
        assert_rows("ended state", table);
    }
}

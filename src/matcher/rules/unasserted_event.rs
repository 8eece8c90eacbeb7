//! Unasserted event: the window names the claim's act by its noun, its
//! gerund or its infinitive, under a word that does not say it took place.
//! "The Arlay school closed" against "Parents are calling for the closure
//! of the Arlay school", "The closure of the Arlay school was postponed",
//! "The council voted against closing the school", "The school was saved
//! from closure", "Le conseil a rejeté une proposition visant à fermer
//! l'école", "Les parents réclament la fermeture de l'école": every word
//! is there, but the closure is asked for, put off, fought or averted, not
//! done. It keeps the window from supporting, never contradicts (what is
//! put off may be done later, what is fought may be done all the same).
//!
//! The word that holds the act back stands before it ("calling for the",
//! "against", "réclament la", "visant à", "the planned closure", "l'éventuelle
//! fermeture"), or after it as its verb in the passive ("was postponed", "a
//! été reportée", "a été annulée") or a French participle apposed to it ("la
//! fermeture prévue"). Not when the window also writes the claim's verb as
//! a verb of its own, nor when the claim writes such a word itself
//! ("Parents called for the closure of the school").

use super::Rule;
use crate::facts::Facts;
use crate::matcher::context::MatchContext;
use crate::matcher::finding::{Effect, Finding, Kind};
use crate::text::Lang;

pub struct UnassertedEventRule;

/// Beginnings of English words before an act's noun, gerund or infinitive
/// that do not say it took place (folded).
const HELD_BEFORE_EN: &[&str] = &[
    "demand",
    "propos",
    "consider",
    "oppos",
    "against",
    "reject",
    "prevent",
    "avoid",
    "threat",
    "block",
    "postpon",
    "delay",
    "cancel",
    "planned",
    "plan",
    "possib",
    "potential",
    "averted",
    "avert",
    "feared",
    "bid",
    "attempt",
    "request",
    "urg",
    "ban",
    "forbid",
    "prohibit",
    "offer",
    "facing",
    "faces",
    "faced",
    "escap",
    "warrant",
];
/// English words that hold back the act only with the word after them
/// ("call for", "saved from", "pushed for").
const HELD_PAIRS_EN: &[(&str, &str)] = &[
    ("call", "for"),
    ("calls", "for"),
    ("called", "for"),
    ("calling", "for"),
    ("saved", "from"),
    ("spared", "from"),
    ("push", "for"),
    ("pushed", "for"),
    ("pushing", "for"),
];
/// Beginnings of French words before an act's noun or infinitive that do
/// not say it took place (folded).
const HELD_BEFORE_FR: &[&str] = &[
    "reclam", "demand", "propos", "envisag", "oppos", "contre", "rejet", "refus", "empech", "evit",
    "menac", "eventuel", "possib", "projet", "sauv", "craint", "vis", "report", "annul", "interdi",
    "echapp", "mandat",
];
/// French words that hold back the act only with the word after them
/// ("appellent à la fermeture"; "appeler" alone is to name).
const HELD_PAIRS_FR: &[(&str, &str)] = &[
    ("appel", "a"),
    ("appelle", "a"),
    ("appellent", "a"),
    ("appele", "a"),
    ("appeles", "a"),
];
/// Beginnings of words after an act's noun, in the passive or apposed,
/// that hold it back: put off, called off, turned down, only planned
/// (folded).
const HELD_AFTER_EN: &[&str] = &[
    "postpon", "delay", "cancel", "shelv", "block", "reject", "suspend", "halt", "averted",
    "planned", "proposed", "scrapped", "dropped", "abandon", "put",
];
const HELD_AFTER_FR: &[&str] = &[
    "report", "repouss", "ajourn", "differ", "annul", "suspend", "bloqu", "rejet", "abandon",
    "prevu", "envisag", "propos", "evit", "empech",
];
/// Words of the passive before a verb that holds back the act's noun
/// ("was postponed", "a été reportée") (folded).
const PASSIVE: &[&str] = &[
    "was", "were", "is", "are", "been", "be", "ete", "est", "sont", "etait", "etaient", "fut",
];
/// English words that make the word after them a noun: articles,
/// possessives (folded).
const NOUN_OPENERS_EN: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "this"];
/// French words that make the word after them a noun (folded).
const NOUN_OPENERS_FR: &[&str] = &[
    "la", "le", "l", "les", "une", "un", "sa", "son", "ses", "leur", "cette", "ce",
];
/// Words that what holds back an act does not reach over: coordinators
/// ("les plus restrictifs possibles et les installations"), prepositions
/// of time, which make the act a time it was done ("protested after the
/// closure") (folded).
const BREAKS: &[&str] = &[
    "et",
    "ou",
    "and",
    "or",
    "but",
    "mais",
    "after",
    "since",
    "before",
    "following",
    "apres",
    "depuis",
    "avant",
    "suite",
    "lors",
];
/// English prepositions after which a word is a noun ("saved from closure",
/// "threatened with closure") (folded).
const NOUN_PREPOSITIONS_EN: &[&str] = &["from", "for", "against", "with"];
/// Tokens before an act's word within which what holds it back stands.
const HELD_REACH: usize = 3;
/// Tokens after an act's noun within which its verb in the passive stands
/// ("the closure of the Arlay school was postponed", "le vote du budget
/// par le conseil de Varenne a été reporté").
const PASSIVE_REACH: usize = 10;

/// Does window token `u` of `f` name an act without a finite verb: as a
/// noun (after an article, a possessive, "from"/"for"/"against"), a gerund
/// or an infinitive?
fn named_not_done(text: &str, f: &Facts, u: usize) -> bool {
    let word = |k: usize| f.tokens.get(k).map_or("", |t| t.norm.as_str());
    let openers = match f.lang {
        Lang::En => NOUN_OPENERS_EN,
        Lang::Fr => NOUN_OPENERS_FR,
    };
    // (one word may stand between: "the planned closure", "l'éventuelle
    // fermeture")
    let after_opener = (u.saturating_sub(2)..u).any(|k| openers.contains(&word(k)));
    match f.lang {
        Lang::En => {
            word(u).ends_with("ing")
                || after_opener
                || (u > 0 && word(u - 1) == "to")
                || (u > 0 && NOUN_PREPOSITIONS_EN.contains(&word(u - 1)))
        }
        // (after "de" a noun or an infinitive, never a finite verb: "un
        // mandat d'arrêt", "la menace de fermeture")
        Lang::Fr => {
            after_opener
                || (u > 0 && matches!(word(u - 1), "de" | "d"))
                || (u > 0
                    && word(u - 1) == "a"
                    && crate::facts::is_french_infinitive(&text[f.tokens[u].span.clone()]))
        }
    }
}

/// The token of `f` that holds back the act window token `u` names, if
/// one does.
fn held_back_by(text: &str, f: &Facts, u: usize) -> Option<usize> {
    let word = |k: usize| f.tokens.get(k).map_or("", |t| t.norm.as_str());
    let clause = crate::matcher::context::clause_of(text, &f.tokens, u);
    let (before, pairs, after): (&[&str], &[(&str, &str)], &[&str]) = match f.lang {
        Lang::En => (HELD_BEFORE_EN, HELD_PAIRS_EN, HELD_AFTER_EN),
        Lang::Fr => (HELD_BEFORE_FR, HELD_PAIRS_FR, HELD_AFTER_FR),
    };
    let starts = |k: usize, list: &[&str]| list.iter().any(|p| word(k).starts_with(p));
    let mut from = u.saturating_sub(HELD_REACH).max(clause.start);
    if let Some(k) = (from..u).rev().find(|&k| BREAKS.contains(&word(k))) {
        from = k + 1;
    }
    if let Some(k) = (from..u).rev().find(|&k| {
        starts(k, before) || pairs.iter().any(|&(a, b)| word(k) == a && word(k + 1) == b)
    }) {
        return Some(k);
    }
    // "la fermeture prévue"
    if f.lang == Lang::Fr && u + 1 < clause.end && starts(u + 1, after) {
        return Some(u + 1);
    }
    // "the closure of the school was postponed", "a été reportée"
    let to = (u + 1 + PASSIVE_REACH).min(clause.end);
    (u + 2..to).find(|&k| starts(k, after) && PASSIVE.contains(&word(k - 1)))
}

/// Letters a verb and its noun must share from their start ("clos" in
/// "closed" / "closure", "ferm" in "fermé" / "fermeture").
const SHARED_START: usize = 4;

/// Is window word `noun` the noun of claim verb `verb` (folded): both
/// begin alike for `SHARED_START` letters and the noun is longer than
/// that stem by a nominal ending?
fn derived_from(verb: &str, noun: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ure", "al", "ment", "tion", "sion", "ation", "ement", "age", "ance", "ence",
    ];
    let shared = verb
        .chars()
        .zip(noun.chars())
        .take_while(|(a, b)| a == b)
        .count();
    shared >= SHARED_START
        && noun != verb
        && ENDINGS.iter().any(|e| noun.ends_with(e))
        && ENDINGS
            .iter()
            .filter_map(|e| noun.strip_suffix(e))
            .any(|stem| stem.chars().count() <= shared + 2)
}

impl Rule for UnassertedEventRule {
    fn name(&self) -> &'static str {
        "unasserted event"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        if super::contradicted(earlier) {
            return Vec::new();
        }
        let claim = cx.claim;
        // a claim that writes such a word says the act is held back itself
        // (not its verb's own object: "banned the demonstration" holds back
        // no act of the claim's, its act is the ban)
        let claim_text = cx.claim_text;
        let verbs = cx.claim_verbs();
        if (0..claim.tokens.len())
            .any(|t| held_back_by(claim_text, claim, t).is_some_and(|by| !verbs.contains(&by)))
        {
            return Vec::new();
        }
        verbs
            .into_iter()
            .find_map(|c| {
                // every place the window writes the claim's verb names the
                // act without saying it was done
                // (by its keys, or by meaning: "closed" / "closure")
                let mut places: Vec<(usize, usize)> = (0..cx.window.len())
                    .flat_map(|s| cx.places_of(c, s).map(move |u| (s, u)))
                    .collect();
                places.extend(
                    cx.coverage
                        .found_with_meaning()
                        .filter(|&(oc, _)| oc == c)
                        .map(|(_, at)| at),
                );
                // a verb no key nor meaning found may be written as its noun
                // ("closed" / "the closure", "fermé" / "la fermeture")
                if places.is_empty() {
                    places = (0..cx.window.len())
                        .flat_map(|s| {
                            let f = cx.window[s].facts;
                            (0..f.tokens.len())
                                .filter(move |&u| {
                                    derived_from(&claim.tokens[c].norm, &f.tokens[u].norm)
                                })
                                .map(move |u| (s, u))
                        })
                        .collect();
                }
                places.sort_unstable();
                places.dedup();
                if places.is_empty() {
                    return None;
                }
                let mut held = None;
                for &(s, u) in &places {
                    let (text, f) = (cx.window[s].text, cx.window[s].facts);
                    if !named_not_done(text, f, u) {
                        return None;
                    }
                    let by = held_back_by(text, f, u)?;
                    held.get_or_insert((s, by));
                }
                let (s, by) = held?;
                Some(super::word_against_word(
                    cx,
                    (Kind::Condition, Effect::Blocks),
                    c,
                    s,
                    by,
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
    fn unasserted_event_table() {
        let held = &[(Kind::Condition, Effect::Blocks)][..];
        let table: &[Row] = &[
            (
                "The Arlay school closed.",
                En,
                "Parents are calling for the closure of the Arlay school.",
                En,
                held,
            ),
            // offered, faced: not done
            (
                "The Varenne minister resigned.",
                En,
                "The Varenne minister offered his resignation, which the prime minister refused.",
                En,
                held,
            ),
            (
                "Orvex was fined 2 million euros.",
                En,
                "Orvex faces a fine of up to 2 million euros.",
                En,
                held,
            ),
            // a warrant for it: not done
            (
                "Marc Dulac was arrested in Arlay.",
                En,
                "A warrant for the arrest of Marc Dulac in Arlay was issued on Monday.",
                En,
                held,
            ),
            (
                "Marc Dulac a été arrêté à Arlay.",
                Fr,
                "Un mandat d'arrêt a été émis lundi contre Marc Dulac à Arlay.",
                Fr,
                held,
            ),
            // threatened with it, escaped it: not done
            (
                "The Arlay mill closed in May.",
                En,
                "The Arlay mill was threatened with closure in May.",
                En,
                held,
            ),
            (
                "L'usine d'Arlay a fermé en mai.",
                Fr,
                "L'usine d'Arlay a échappé à la fermeture en mai.",
                Fr,
                held,
            ),
            // a claim whose own verb is such a word ("banned") still meets
            // a window that holds its act back
            (
                "The ministry banned the pesticide.",
                En,
                "The ministry is considering a ban on the pesticide.",
                En,
                held,
            ),
            (
                "The ministry banned the pesticide.",
                En,
                "The ministry banned the pesticide in May.",
                En,
                &[],
            ),
            // banned: it did not take place
            (
                "Les habitants d'Arlay ont manifesté samedi.",
                Fr,
                "La préfecture a interdit la manifestation des habitants d'Arlay samedi.",
                Fr,
                held,
            ),
            (
                "Arlay residents demonstrated on Saturday.",
                En,
                "Police banned the demonstration of Arlay residents on Saturday.",
                En,
                held,
            ),
            (
                "Le conseil de Varenne a voté le budget.",
                Fr,
                "Les élus de l'opposition réclament le vote du budget par le conseil de Varenne.",
                Fr,
                held,
            ),
            (
                "Le conseil de Varenne a voté le budget.",
                Fr,
                "Le vote du budget par le conseil de Varenne a été reporté.",
                Fr,
                held,
            ),
            (
                "The Arlay school closed.",
                En,
                "The closure of the Arlay school was postponed.",
                En,
                held,
            ),
            (
                "The Arlay school closed.",
                En,
                "The Arlay school was saved from closure.",
                En,
                held,
            ),
            (
                "The Varenne council closed the Arlay school.",
                En,
                "The Varenne council voted against closing the Arlay school.",
                En,
                held,
            ),
            (
                "The Varenne council closed the Arlay school.",
                En,
                "The Varenne council is considering closing the Arlay school.",
                En,
                held,
            ),
            (
                "Le conseil de Varenne a fermé l'école d'Arlay.",
                Fr,
                "Le conseil de Varenne a rejeté une proposition visant à fermer l'école d'Arlay.",
                Fr,
                held,
            ),
            // done: the act as a verb, a noun under a word that says it
            // was, a time it was done; the claim that holds it back itself
            (
                "Le conseil de Varenne a voté le budget.",
                Fr,
                "Après le vote du budget par le conseil de Varenne, la séance a été levée.",
                Fr,
                &[],
            ),
            (
                "The Arlay school closed.",
                En,
                "Parents protested after the closure of the Arlay school.",
                En,
                &[],
            ),
            (
                "The Varenne council closed the Arlay school.",
                En,
                "The Varenne council closed the Arlay school despite calls for a delay.",
                En,
                &[],
            ),
            (
                "Parents are calling for the closure of the Arlay school.",
                En,
                "Parents are calling for the closure of the Arlay school.",
                En,
                &[],
            ),
        ];
        assert_rows("unasserted event", table);
    }

    #[test]
    fn a_verb_and_its_noun() {
        for (verb, noun) in [
            ("closed", "closure"),
            ("approved", "approval"),
            ("ferme", "fermeture"),
            ("annule", "annulation"),
            ("deplace", "deplacement"),
        ] {
            assert!(super::derived_from(verb, noun), "{verb} / {noun}");
        }
        for (verb, noun) in [
            ("closed", "closed"),
            ("employed", "employees"),
            ("considered", "constitution"),
            ("vote", "voter"),
            ("approved", "appropriation"),
        ] {
            assert!(!super::derived_from(verb, noun), "{verb} / {noun}");
        }
    }
}

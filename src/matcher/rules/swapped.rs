//! Swapped parties: the claim has one named party do something to another
//! ("Naftali Bennett called Emmanuel Macron"), the window has the second do
//! it to the first ("Emmanuel Macron a appelé le Premier ministre Naftali
//! Bennett"). Every word of the claim is there, yet the window tells the
//! other party's act: it keeps the window from supporting. It does not
//! contradict: a call one way does not rule out one the other way.
//!
//! Read from the order of the words, without a parser: in the claim, one
//! name before its verb and one after it, the verb's object (no preposition
//! between, so no passive agent: "was called by"; but "à" / "to" right
//! after the verb, "a téléphoné à"); in a window sentence,
//! the claim's verb with the claim's second name before it and its first
//! after it, as its object, and neither name on the other side too. Verbs
//! whose two parties play the same part ("met", "a rencontré", "talked
//! with", "married", "fought") are left alone: "Macron met Bennett" is
//! "Bennett met Macron".

use super::{AGENT_WORDS, Rule};
use crate::facts::Facts;
use crate::matcher::context::MatchContext;
use crate::matcher::finding::{Effect, Finding, Kind};
use std::ops::Range;

pub struct SwappedRule;

/// Words between a verb and its object name, at most ("a appelé le Premier
/// ministre Naftali Bennett").
const OBJECT_GAP: usize = 5;

/// Prepositions that stand between a verb and a name that is no object of
/// it (folded; "a" is "à"). The agent of a passive ([`AGENT_WORDS`]) and a
/// coordinator do too.
const PREPOSITIONS: &[&str] = &[
    "a", "au", "aux", "avec", "de", "du", "des", "d", "pour", "sur", "chez", "contre", "entre",
    "with", "to", "for", "from", "of", "on", "at", "against", "about", "between",
];

/// English stems of verbs whose two parties play the same part: one meets
/// the other as the other meets one. A French verb reaches them through its
/// translations ("a rencontré": meet, "a épousé": marry).
const SYMMETRIC: &[&str] = &[
    "meet", "marri", "wed", "talk", "speak", "convers", "chat", "discuss", "negoti", "debat",
    "fight", "confront", "face", "play", "compet", "clash", "join", "alli", "agre", "cooper",
    "collabor", "partner", "embrac", "kiss", "greet", "encount", "date",
];

/// Is claim token `verb` a verb whose two parties play the same part
/// ("met", "a rencontré", "talked with")?
pub(super) fn joins_parties_alike(claim: &Facts, verb: usize) -> bool {
    claim.keys.words[verb]
        .iter()
        .any(|k| SYMMETRIC.contains(&k.as_str()))
}

impl Rule for SwappedRule {
    fn name(&self) -> &'static str {
        "swapped parties"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        if super::settled(earlier) {
            return Vec::new();
        }
        let claim = cx.claim;
        let Some(&verb) = cx.claim_verbs().first() else {
            return Vec::new();
        };
        if joins_parties_alike(claim, verb) {
            return Vec::new();
        }
        let names = claim.keys.name_runs(0..claim.tokens.len());
        let (Some(first), Some(second)) = (
            names.iter().rev().find(|r| r.end <= verb),
            names.iter().find(|r| r.start > verb),
        ) else {
            return Vec::new();
        };
        if !object_of(claim, verb, second.start) {
            return Vec::new();
        }
        for s in 0..cx.window.len() {
            let f = cx.window[s].facts;
            // (the names looked for only where the verb is written)
            let verbs: Vec<usize> = cx.places_of(verb, s).collect();
            if verbs.is_empty() {
                continue;
            }
            let places = |r: &Range<usize>| -> Vec<usize> {
                r.clone().flat_map(|c| cx.places_of(c, s)).collect()
            };
            let (firsts, seconds) = (places(first), places(second));
            for tv in verbs {
                let reflexive = (tv.saturating_sub(2)..tv)
                    .any(|u| matches!(f.tokens[u].norm.as_str(), "se" | "s"));
                let swapped = seconds.iter().any(|&u| u < tv)
                    && !firsts.iter().any(|&u| u < tv)
                    && !seconds.iter().any(|&u| u > tv)
                    && firsts.iter().any(|&u| u > tv && object_of(f, tv, u));
                if swapped && !reflexive {
                    let span = f.tokens[tv].span.clone();
                    let claim_span =
                        claim.tokens[first.start].span.start..claim.tokens[second.end - 1].span.end;
                    return vec![
                        Finding::new(
                            Kind::Role,
                            Effect::Blocks,
                            &cx.claim_text[claim_span.clone()],
                            &cx.window[s].text[span.clone()],
                        )
                        .at_claim(claim_span)
                        .at_source(s, span),
                    ];
                }
            }
        }
        Vec::new()
    }
}

/// Is the name at `at` the object of the verb at `verb`: a few words after
/// it, none of them a preposition, a passive's agent word or a coordinator?
/// One "à" / "au" / "to" right after the verb opens its object too, the
/// one who receives the act ("a téléphoné à Naftali Bennett", "wrote to
/// Paul Marchand", "a succédé au président").
fn object_of(f: &Facts, verb: usize, at: usize) -> bool {
    let between = |u: usize| {
        let w = f.tokens[u].norm.as_str();
        PREPOSITIONS.contains(&w)
            || AGENT_WORDS.contains(&w)
            || crate::text::is_coordinator(w, f.lang)
    };
    let first = match f.tokens.get(verb + 1).map(|t| t.norm.as_str()) {
        Some("a" | "au" | "to") => verb + 2,
        _ => verb + 1,
    };
    // (a date between is the act's, no word of its object: "a assuré ce
    // mercredi 28 juillet son homologue Florence Parly")
    let dated = (verb + 1..at)
        .filter(|&u| f.dates.iter().any(|d| d.tokens.contains(&u)))
        .count();
    at > verb && at - verb - dated <= OBJECT_GAP && !(first..at).any(between)
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn swapped_parties_table() {
        let blocks = &[(Kind::Role, Effect::Blocks)][..];
        let called = "Le président Paul Marchand a appelé le ministre Elena Varga en personne.";
        let table: &[Row] = &[
            ("Elena Varga called Paul Marchand.", En, called, Fr, blocks),
            (
                "Elena Varga a appelé Paul Marchand.",
                Fr,
                called,
                Fr,
                blocks,
            ),
            (
                "Elena Varga called Paul Marchand.",
                En,
                "President Paul Marchand called minister Elena Varga himself.",
                En,
                blocks,
            ),
            // the one who receives the act, after "à" / "to"
            (
                "Elena Varga phoned Paul Marchand.",
                En,
                "Le président Paul Marchand a téléphoné à Elena Varga jeudi.",
                Fr,
                blocks,
            ),
            (
                "Elena Varga a écrit à Paul Marchand.",
                Fr,
                "President Paul Marchand wrote to Elena Varga on Thursday.",
                En,
                blocks,
            ),
            (
                "Paul Marchand phoned Elena Varga.",
                En,
                "Le président Paul Marchand a téléphoné à Elena Varga jeudi.",
                Fr,
                &[],
            ),
            // a date between the verb and its object is the act's
            (
                "Elena Varga a assuré Paul Marchand de son soutien.",
                Fr,
                "Le président Paul Marchand a assuré ce jeudi 3 mars son homologue Elena Varga de son soutien.",
                Fr,
                blocks,
            ),
            // the same way round
            ("Paul Marchand called Elena Varga.", En, called, Fr, &[]),
            // a passive says who did it after "par"
            (
                "Elena Varga called Paul Marchand.",
                En,
                "Le ministre Elena Varga a été appelée par le président Paul Marchand.",
                Fr,
                &[],
            ),
            // the two parties of a meeting play the same part
            (
                "Elena Varga met Paul Marchand.",
                En,
                "Le président Paul Marchand a rencontré le ministre Elena Varga.",
                Fr,
                &[],
            ),
            // a preposition: not the verb's object
            (
                "Elena Varga called Paul Marchand.",
                En,
                "Le président Paul Marchand a appelé au calme avec Elena Varga.",
                Fr,
                &[],
            ),
        ];
        assert_rows("swapped parties", table);
    }
}

//! Prospects: the window writes the claim's act only as what will or may
//! happen ("The mayor is expected to approve the project", "le maire
//! approuvera le projet", "va approuver", "may approve") while the claim
//! says it happened or happens ("The mayor approved the project"). What is
//! ahead is not done: the window does not state the claim (`condition`, a
//! clause not asserted). A claim that speaks of the future itself, or of a
//! possibility, compares with it as the window does; but what will be is
//! not stated by what may be ("The plant will close in 2026" / "could close
//! in 2026", "pourrait fermer").
//!
//! The claim's verbs ([`MatchContext::claim_verbs`]) decide: every place the
//! window writes each of them is inside a prospect. A claim whose verb is
//! not recognised by its form is left alone.

use super::Rule;
use crate::facts::Facts;
use crate::matcher::context::MatchContext;
use crate::matcher::finding::Finding;

pub struct ProspectRule;

impl Rule for ProspectRule {
    fn name(&self) -> &'static str {
        "prospect"
    }

    fn check(&self, cx: &MatchContext<'_>, _: &[Finding]) -> Vec<Finding> {
        // (most windows hold none: that is read before the claim's words)
        if cx.window.iter().all(|w| w.facts.prospects.is_empty()) {
            return Vec::new();
        }
        // a claim of what will be is compared as the window's future is,
        // but not with a mere possibility: "The plant will close in 2025"
        // is not stated by "could close in 2025", "pourrait fermer"
        let claims_future =
            !cx.claim.prospects.is_empty() || super::intention::speaks_of_the_future(cx.claim);
        if claims_future
            && (cx.claim.prospects.iter().any(possibility)
                || !cx.claim.hedges.is_empty()
                || cx
                    .claim
                    .tokens
                    .iter()
                    .any(|t| POSSIBILITY.contains(&t.norm.as_str())))
        {
            return Vec::new();
        }
        // (the verb put ahead ends its cue; the cue's own words are not
        // ahead: "Insurers expect" is stated by "expected to exceed")
        let ahead = |s: usize, t: usize| {
            cx.window[s]
                .facts
                .prospects
                .iter()
                .any(|c| c.tokens.end == t + 1 && (!claims_future || possibility(c)))
        };
        // (and the verbs the claim puts ahead itself: "fermera", "va fermer")
        let mut verbs = cx.claim_verbs();
        if claims_future {
            for cue in &cx.claim.prospects {
                let verb = cue.tokens.end - 1;
                if !verbs.contains(&verb) {
                    verbs.push(verb);
                }
            }
        }
        let mut written = 0;
        for verb in verbs {
            let places: Vec<(usize, usize)> = (0..cx.window.len())
                .flat_map(|s| cx.places_of(verb, s).map(move |t| (s, t)))
                .collect();
            if places.is_empty() {
                continue;
            }
            if !places.iter().all(|&(s, t)| ahead(s, t)) {
                return Vec::new();
            }
            written += 1;
        }
        if written == 0 {
            return Vec::new();
        }
        if claims_future {
            let cues: Vec<&str> = (cx.window.iter())
                .flat_map(|w| w.facts.prospects.iter().filter(|c| possibility(c)))
                .map(|c| c.words.as_str())
                .collect();
            return vec![Finding::new(
                crate::matcher::finding::Kind::Condition,
                crate::matcher::finding::Effect::Blocks,
                "",
                cues.join(", "),
            )];
        }
        super::condition::not_asserted(cx, |f| &f.prospects)
    }
}

/// Words that say an act may happen, not that it will (folded).
const POSSIBILITY: &[&str] = &[
    "may",
    "might",
    "could",
    "can",
    "pourrait",
    "pourraient",
    "pourra",
    "pourront",
];

/// Does a prospect say its act may happen, not that it will ("could
/// close", "pourrait fermer")?
fn possibility(cue: &crate::facts::Cue) -> bool {
    cue.words
        .split_whitespace()
        .next()
        .is_some_and(|w| POSSIBILITY.contains(&crate::text::fold(w).as_str()))
}

/// Does the claim say its act done or doing: no act put ahead, no aim,
/// no future of its own? A fact the window gives of what is ahead or aimed
/// at is then no fact to compare with the claim's.
pub(super) fn says_it_done(claim: &Facts) -> bool {
    claim.prospects.is_empty()
        && claim.intentions.is_empty()
        && !super::intention::speaks_of_the_future(claim)
}

/// Tokens after an act put ahead within which a date or a figure is its
/// own ("was due to open in 2019", "would cut 180 jobs").
const AHEAD_REACH: usize = 3;

/// Does the fact that starts at token `start` stand right after an act the
/// window puts ahead, in its clause ("was due to open in 2019", "devait
/// ouvrir en 2019", "said it would cut 180 jobs")? It dates or counts what
/// was expected, not what was done.
pub(super) fn right_after_an_act_ahead(text: &str, f: &Facts, start: usize) -> bool {
    f.prospects.iter().any(|c| {
        let verb_end = c.tokens.end;
        verb_end <= start
            && start - verb_end <= AHEAD_REACH
            && !text[f.tokens[verb_end - 1].span.end..f.tokens[start].span.start]
                .contains([',', ';', ':', '.', '(', ')'])
    })
}

/// Does the fact that starts at token `start` stand in an aim or a
/// condition of the window ("plans to receive 2 million visitors in 2025",
/// "espère accueillir ... en 2025", "if it opens in 2025")? It dates or
/// counts what is hoped for or supposed, not what was done. (For a `claim`
/// that reports a saying, an accusation is what its party says: no aim.)
pub(super) fn within_an_aim(claim: &Facts, f: &Facts, start: usize) -> bool {
    aims_holding(claim, f, start).next().is_some()
}

/// The window's aims and conditions that hold token `start`, for `claim`.
fn aims_holding<'f>(
    claim: &'f Facts,
    f: &'f Facts,
    start: usize,
) -> impl Iterator<Item = &'f crate::facts::Cue> {
    // (the claim's words are read only for an accusation that holds it)
    f.intentions
        .iter()
        .chain(&f.conditions)
        .filter(move |c| c.tokens.contains(&start))
        .filter(move |c| {
            !(super::intention::accuses(f, c) && super::intention::reports_a_saying(claim))
        })
}

/// Does the fact that starts at token `start` of window sentence `s` stand
/// in an aim or a condition after a word that writes the claim's verb
/// ("plans to cut 180 jobs", "espère accueillir 2 millions de visiteurs"
/// against "cut", "a accueilli")? It counts the act aimed at, not one done.
pub(super) fn aims_at_the_claims_act(cx: &MatchContext<'_>, s: usize, start: usize) -> bool {
    let f = cx.window[s].facts;
    let aims: Vec<_> = aims_holding(cx.claim, f, start).collect();
    !aims.is_empty()
        && cx.claim_verbs().into_iter().any(|v| {
            cx.places_of(v, s)
                .any(|t| t < start && aims.iter().any(|c| c.tokens.contains(&t)))
        })
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn prospects_table() {
        let blocks = &[(Kind::Condition, Effect::Blocks)][..];
        let table: &[Row] = &[
            // a verb whose past is its base form ("cut", "shut"); what a
            // firm said it would do, could do, is to do
            (
                "Orvex cut 200 jobs.",
                En,
                "Orvex said it would cut 200 jobs by 2027.",
                En,
                blocks,
            ),
            (
                "Orvex shut its Aubel plant.",
                En,
                "Orvex could shut its Aubel plant next year.",
                En,
                blocks,
            ),
            (
                "The Aubel plant closed in May.",
                En,
                "The Aubel plant is to close in May.",
                En,
                blocks,
            ),
            (
                "L'usine d'Aubel a fermé en mai.",
                Fr,
                "The Aubel plant is to close in May.",
                En,
                blocks,
            ),
            (
                "The mayor of Varenne approved the stadium project.",
                En,
                "The mayor of Varenne is expected to approve the stadium project next week.",
                En,
                blocks,
            ),
            (
                "The mayor of Varenne approved the stadium project.",
                En,
                "Le maire de Varenne approuvera le projet de stade la semaine prochaine.",
                Fr,
                blocks,
            ),
            (
                "Le maire de Varenne a approuvé le projet de stade.",
                Fr,
                "Le maire de Varenne va approuver le projet de stade.",
                Fr,
                blocks,
            ),
            (
                "Le maire de Varenne a approuvé le projet de stade.",
                Fr,
                "The mayor of Varenne will approve the stadium project next week.",
                En,
                blocks,
            ),
            (
                "The mayor of Varenne approved the stadium project.",
                En,
                "The mayor of Varenne may approve the stadium project next week.",
                En,
                blocks,
            ),
            (
                "The mayor of Varenne approved the stadium project.",
                En,
                "The mayor of Varenne almost approved the stadium project in May.",
                En,
                blocks,
            ),
            (
                "Le maire de Varenne a approuvé le projet de stade.",
                Fr,
                "The mayor of Varenne said he would approve the stadium project.",
                En,
                blocks,
            ),
            // done in the window too, or written done once
            (
                "The mayor of Varenne approved the stadium project.",
                En,
                "The mayor of Varenne approved the stadium project on Monday.",
                En,
                &[],
            ),
            (
                "The mayor of Varenne approved the stadium project.",
                En,
                "The mayor of Varenne approved the stadium project on Monday and will approve the budget next week.",
                En,
                &[],
            ),
            // the cue's word is no act ahead
            (
                "Insurers in Varenne expect claims of more than 35 million euros.",
                En,
                "Insurers in Varenne said claims were expected to exceed 35 million euros.",
                En,
                &[],
            ),
            // a claim ahead compares with a window ahead
            (
                "The mayor of Varenne will approve the stadium project.",
                En,
                "The mayor of Varenne is expected to approve the stadium project next week.",
                En,
                &[],
            ),
            (
                "Le maire de Varenne va approuver le projet de stade.",
                Fr,
                "Le maire de Varenne approuvera le projet de stade la semaine prochaine.",
                Fr,
                &[],
            ),
            // ... but not with a mere possibility
            (
                "The Varenne plant will close in 2026.",
                En,
                "The Varenne plant could close in 2026, according to the union.",
                En,
                blocks,
            ),
            (
                "L'usine de Varenne fermera en 2026.",
                Fr,
                "L'usine de Varenne pourrait fermer en 2026, selon le syndicat.",
                Fr,
                blocks,
            ),
            (
                "L'usine de Varenne va fermer en 2026.",
                Fr,
                "The Varenne plant may close in 2026.",
                En,
                blocks,
            ),
            // a possibility claimed compares with a possibility
            (
                "The Varenne plant could close in 2026.",
                En,
                "L'usine de Varenne pourrait fermer en 2026.",
                Fr,
                &[],
            ),
            // a negated future is the negation's
            (
                "The mayor of Varenne approved the stadium project.",
                En,
                "The mayor of Varenne will not approve the stadium project.",
                En,
                &[],
            ),
        ];
        assert_rows("prospect", table);
    }
}

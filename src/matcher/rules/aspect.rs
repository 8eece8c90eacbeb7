//! Aspect: the claim says something goes on, the window that it stopped,
//! or the other way round ("la campagne de vaccination continue au Japon" /
//! "le Japon a arrêté la vaccination"; "the company stopped selling the
//! pills" / "la société poursuit la vente des pilules"). Verbs of going on
//! (continuer, poursuivre, continue, keep on, persist) against verbs of
//! ending (arrêter, cesser, suspendre, interrompre, abandonner, stop, halt,
//! cease, suspend, discontinue, abandon, quit).
//!
//! It contradicts when what goes on or stops is the claim's (a word that
//! carries meaning beside the claim's verb is stated beside the window's),
//! most of the claim is stated, at most one other word of it missing, in a
//! sentence about its subject with the same polarity, every fact agreeing.

use super::Rule;
use crate::matcher::context::MatchContext;
use crate::matcher::context::carries_meaning;
use crate::matcher::finding::{Effect, Finding, Kind};

/// Share of the claim the window must state.
pub const ASPECT_COVERAGE: f64 = 0.5;
/// Words on either side of a verb where what it is about stands.
const NEAR: usize = 6;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Aspect {
    GoesOn,
    Ends,
}

/// Beginnings of verbs of going on and of ending (folded), both languages.
const GOES_ON: &[&str] = &["continu", "poursui", "persist"];
const ENDS: &[&str] = &[
    "arret",
    "cess",
    "stopp",
    "suspend",
    "interromp",
    "abandon",
    "renonc",
    "stop",
    "halt",
    "ceas",
    "discontinu",
    "quit",
];

fn aspect_of(word: &str) -> Option<Aspect> {
    // "continuité", "discontinu" as adjectives are rare in claims; "arrêt"
    // the noun ends as the verb does
    if ENDS.iter().any(|p| word.starts_with(p)) {
        Some(Aspect::Ends)
    } else if GOES_ON.iter().any(|p| word.starts_with(p)) {
        Some(Aspect::GoesOn)
    } else {
        None
    }
}

pub struct AspectRule;

impl Rule for AspectRule {
    fn name(&self) -> &'static str {
        "aspect"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        let cov = cx.coverage;
        let claim = cx.claim;
        let facts_agree = super::facts_agree(earlier);
        let decided = super::settled(earlier);
        if decided
            || !facts_agree
            || cov.share < ASPECT_COVERAGE
            || cov.missing_weighty.len() > 2
            || !cov.missing_names.is_empty()
        {
            return Vec::new();
        }
        for i in 0..claim.tokens.len() {
            let Some(aspect) = aspect_of(&claim.tokens[i].norm) else {
                continue;
            };
            // what the claim says goes on or ends
            let about: Vec<usize> = (i.saturating_sub(NEAR)
                ..(i + NEAR + 1).min(claim.tokens.len()))
                .filter(|&t| t != i && carries_meaning(claim, t))
                .collect();
            // the window's verbs of going on or ending beside the claim's
            // thing; one in the claim's aspect settles it ("stopped in the
            // north but continues in the south")
            let mut opposite_at: Option<(usize, usize)> = None;
            let mut agrees = false;
            for (s, ws) in cx.window.iter().enumerate() {
                let f = ws.facts;
                if !cx.names_subject(s) || f.negated() != claim.negated() {
                    continue;
                }
                for t in 0..f.tokens.len() {
                    let Some(other) = aspect_of(&f.tokens[t].norm) else {
                        continue;
                    };
                    let near = t.saturating_sub(NEAR)..(t + NEAR + 1).min(f.tokens.len());
                    let same_thing = cov
                        .found()
                        .any(|(ct, (ms, mt))| ms == s && near.contains(&mt) && about.contains(&ct));
                    if !same_thing {
                        continue;
                    }
                    if other == aspect {
                        agrees = true;
                    } else if !cx.matched(s, t) {
                        opposite_at.get_or_insert((s, t));
                    }
                }
            }
            if let Some((s, t)) = opposite_at.filter(|_| !agrees) {
                let opposite = (Kind::Opposite, Effect::Contradicts);
                return vec![super::word_against_word(cx, opposite, i, s, t)];
            }
        }
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn aspect_table() {
        let opposite = &[(Kind::Opposite, Effect::Contradicts)][..];
        let table: &[Row] = &[
            (
                "La campagne de vaccination contre le Covid-19 continue au Japon.",
                Fr,
                "Le Japon a arrêté la campagne de vaccination contre le Covid-19.",
                Fr,
                opposite,
            ),
            (
                "The vaccination campaign against Covid-19 continues in Japan.",
                En,
                "Japan has stopped the vaccination campaign against Covid-19.",
                En,
                opposite,
            ),
            (
                "Japan stopped the vaccination campaign against Covid-19.",
                En,
                "Le Japon poursuit la campagne de vaccination contre le Covid-19.",
                Fr,
                opposite,
            ),
            // both go on
            (
                "The vaccination campaign continues in Japan.",
                En,
                "Japan continues the vaccination campaign.",
                En,
                &[],
            ),
            // something else stopped
            (
                "The vaccination campaign continues in Japan.",
                En,
                "In Japan the vaccination campaign, which the trains carrying doses to Hokkaido could not reach after they stopped, goes on.",
                En,
                &[],
            ),
            // the window says both: the claim's aspect settles it
            (
                "The vaccination campaign continues in Japan.",
                En,
                "Japan stopped the vaccination campaign in the north but continues the vaccination campaign in the south.",
                En,
                &[],
            ),
            // a negated ending is no ending
            (
                "The vaccination campaign continues in Japan.",
                En,
                "Japan has not stopped the vaccination campaign.",
                En,
                &[],
            ),
        ];
        assert_rows("aspect", table);
    }
}

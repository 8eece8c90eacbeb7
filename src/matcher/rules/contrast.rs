//! Contrasts turned round: the claim says "A, not B", the window "B, not A"
//! ("les mesures dépendent de l'UE et non des législations nationales" /
//! "... dépendent des législations nationales et non de l'UE"; "rather
//! than", "instead of", "plutôt que", "au lieu de").
//!
//! It contradicts when the claim's A is the window's B and the claim's B
//! the window's A (the first word that carries meaning on each side of the
//! marker), most of the claim is stated, every fact agrees, in a sentence
//! about the claim's subject.

use super::Rule;
use crate::facts::Facts;
use crate::matcher::context::{MatchContext, carries_meaning};
use crate::matcher::finding::{Effect, Finding, Kind};

/// Share of the claim the window must state.
pub const CONTRAST_COVERAGE: f64 = 0.6;
/// Words between a side and the marker.
const SIDE: usize = 4;

/// Markers of a contrast (folded words, in order).
const MARKERS: &[&[&str]] = &[
    &["et", "non"],
    &["non", "pas"],
    &["plutot", "que"],
    &["plutot", "qu"],
    &["au", "lieu", "de"],
    &["au", "lieu", "d"],
    &["au", "lieu", "du"],
    &["au", "lieu", "des"],
    &["and", "not"],
    &["rather", "than"],
    &["instead", "of"],
];

/// Each contrast of a text: the words that carry meaning before the
/// marker, and after it (up to [`SIDE`] words each way).
fn contrasts(f: &Facts) -> Vec<(Vec<usize>, Vec<usize>)> {
    let words: Vec<&str> = f.tokens.iter().map(|t| t.norm.as_str()).collect();
    let mut out = Vec::new();
    for m in 0..words.len() {
        let Some(marker) = MARKERS.iter().find(|mk| words[m..].starts_with(mk)) else {
            continue;
        };
        let end = m + marker.len();
        let before: Vec<usize> = (m.saturating_sub(SIDE)..m)
            .filter(|&t| carries_meaning(f, t))
            .collect();
        let after: Vec<usize> = (end..(end + SIDE).min(words.len()))
            .filter(|&t| carries_meaning(f, t))
            .collect();
        if !before.is_empty() && !after.is_empty() {
            out.push((before, after));
        }
    }
    out
}

pub struct ContrastRule;

impl Rule for ContrastRule {
    fn name(&self) -> &'static str {
        "contrast"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        if super::contradicted(earlier)
            || !super::facts_agree(earlier)
            || cx.coverage.share < CONTRAST_COVERAGE
        {
            return Vec::new();
        }
        let claim_contrasts = contrasts(cx.claim);
        if claim_contrasts.is_empty() {
            return Vec::new();
        }
        let cov = cx.coverage;
        // the claim token that window token (s, t) matched
        let claim_of =
            |s: usize, t: usize| cov.found().find(|&(_, at)| at == (s, t)).map(|(ct, _)| ct);
        for (s, ws) in cx.window.iter().enumerate() {
            if !cx.names_subject(s) {
                continue;
            }
            for (wa, wb) in contrasts(ws.facts) {
                // the window's sides, as the claim's words they state
                let side = |w: &[usize]| -> Vec<(usize, usize)> {
                    w.iter()
                        .filter_map(|&t| claim_of(s, t).map(|c| (t, c)))
                        .collect()
                };
                let (wa, wb) = (side(&wa), side(&wb));
                for (ca, cb) in &claim_contrasts {
                    // the claim's first side stated after the window's marker,
                    // its second before it, and not the other way: turned round
                    let a_after = wb.iter().find(|(_, c)| ca.contains(c));
                    let b_before = wa.iter().find(|(_, c)| cb.contains(c));
                    if let (Some(&(t, c)), Some(&(_, other))) = (a_after, b_before)
                        && !wa.iter().any(|&(_, c2)| c2 == c)
                    {
                        let turned = (Kind::Opposite, Effect::Contradicts);
                        return vec![
                            super::word_against_word(cx, turned, c, s, t)
                                .about(Some(cx.claim.tokens[other].norm.to_string())),
                        ];
                    }
                }
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
    fn contrast_table() {
        let turned = &[(Kind::Opposite, Effect::Contradicts)][..];
        let table: &[Row] = &[
            (
                "Les mesures sanitaires dépendent de l'UE et non des législations nationales.",
                Fr,
                "Les mesures sanitaires dépendent des législations nationales et non de l'UE.",
                Fr,
                turned,
            ),
            (
                "The health measures depend on the EU rather than on national laws.",
                En,
                "The health measures depend on national laws rather than on the EU.",
                En,
                turned,
            ),
            // another contrast
            (
                "The health measures depend on the EU rather than on national laws.",
                En,
                "The health measures depend on the EU, and on national laws rather than on city rules.",
                En,
                &[],
            ),
            // the same way round
            (
                "Les mesures sanitaires dépendent de l'UE et non des législations nationales.",
                Fr,
                "Les mesures sanitaires dépendent de l'UE et non des législations nationales.",
                Fr,
                &[],
            ),
        ];
        assert_rows("contrast", table);
    }
}

//! Hedges: the window says it with reserve (French conditional,
//! "allegedly", "selon"). Shown to the reader; the window may still support,
//! unless the claim says the thing was established ("Les enquêteurs ont
//! établi que les voleurs travaillaient pour un collectionneur" against
//! "Investigators believe the thieves may have been working for a private
//! collector"; "have proof that", "ont la preuve que"), or says it is
//! certain ("would definitely continue" against "pourrait être
//! prolongée"): a statement made with reserve does not state that it is
//! certain, so it keeps the window from supporting.

use super::Rule;
use crate::facts::{CueKind, Facts, Vocabulary};
use crate::matcher::context::{COMPLEMENTISERS, MatchContext};
use crate::matcher::finding::{Effect, Finding, Kind};

pub struct HedgeRule;

impl Rule for HedgeRule {
    fn name(&self) -> &'static str {
        "hedge"
    }

    fn check(&self, cx: &MatchContext<'_>, _: &[Finding]) -> Vec<Finding> {
        let hedges: Vec<&str> = cx
            .window
            .iter()
            .flat_map(|w| w.facts.hedges.iter().map(|c| c.words.as_str()))
            .collect();
        if hedges.is_empty() {
            return Vec::new();
        }
        // the claim states as established what a window sentence holding
        // its words says with reserve
        if let Some(t) = certainty_verb(cx.claim).or_else(|| certainty_adverb(cx.claim))
            && !cx.claim.hedged()
            && let Some(s) = hedged_sentence_with_claim_words(cx)
        {
            let f = cx.window[s].facts;
            return vec![Finding::new(
                Kind::Hedge,
                Effect::Blocks,
                &cx.claim_text[cx.claim.tokens[t].span.clone()],
                f.hedges
                    .iter()
                    .map(|c| c.words.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            )];
        }
        vec![Finding::new(
            Kind::Hedge,
            Effect::Neutral,
            "",
            hedges.join(", "),
        )]
    }
}

/// The claim's verb that states its "que"/"that" clause as established
/// ("ont établi que", "proved that"), if any.
fn certainty_verb(claim: &Facts) -> Option<usize> {
    let vocab = Vocabulary::shared();
    (0..claim.tokens.len().saturating_sub(1)).find(|&t| {
        vocab.is_cue(claim.lang, CueKind::Certainty, &claim.tokens[t].norm)
            && COMPLEMENTISERS.contains(&claim.tokens[t + 1].norm.as_str())
    })
}

/// Adverbs that state a thing as certain ("would definitely continue",
/// "se prolongera à coup sûr"), folded: said with reserve, it is not.
const CERTAINTY_ADVERBS: &[&str] = &[
    "definitely",
    "certainly",
    "undoubtedly",
    "surely",
    "inevitably",
    "certainement",
    "assurement",
    "forcement",
    "inevitablement",
    "indubitablement",
];

/// The claim's adverb of certainty, if any.
fn certainty_adverb(claim: &Facts) -> Option<usize> {
    (0..claim.tokens.len()).find(|&t| CERTAINTY_ADVERBS.contains(&claim.tokens[t].norm.as_str()))
}

/// A hedged window sentence in which claim words were found.
fn hedged_sentence_with_claim_words(cx: &MatchContext<'_>) -> Option<usize> {
    (0..cx.window.len())
        .find(|&s| cx.window[s].facts.hedged() && cx.coverage.found().any(|(_, (ms, _))| ms == s))
}

#[cfg(test)]
mod tests {
    use super::super::table::{Case, EffectRow, assert_effects};
    use crate::matcher::finding::Effect::{Blocks, Neutral};
    use crate::text::Lang::{En, Fr};

    /// A claim that says a thing was established, against a window that
    /// says it with reserve: not stated. Said plainly, the reserve is only
    /// shown.
    #[test]
    fn established_against_reserve_table() {
        let believe =
            "Investigators believe the thieves may have been working for a private collector.";
        let croient = "Les enquêteurs pensent que les voleurs auraient travaillé pour un collectionneur privé.";
        let rows: &[EffectRow] = &[
            (
                "Les enquêteurs ont établi que les voleurs travaillaient pour un collectionneur privé.",
                Fr,
                believe,
                En,
                Blocks,
            ),
            (
                "Investigators have proved that the thieves worked for a private collector.",
                En,
                croient,
                Fr,
                Blocks,
            ),
            (
                "Les enquêteurs ont démontré que les voleurs travaillaient pour un collectionneur.",
                Fr,
                croient,
                Fr,
                Blocks,
            ),
            // a proof of the clause is its certainty too
            (
                "Investigators have proof that the thieves worked for a private collector.",
                En,
                believe,
                En,
                Blocks,
            ),
            (
                "Les enquêteurs ont la preuve que les voleurs travaillaient pour un collectionneur privé.",
                Fr,
                believe,
                En,
                Blocks,
            ),
            // an adverb of certainty against a conditional
            (
                "The thieves certainly worked for a private collector.",
                En,
                croient,
                Fr,
                Blocks,
            ),
            (
                "Les voleurs travaillaient forcément pour un collectionneur privé.",
                Fr,
                believe,
                En,
                Blocks,
            ),
            // said plainly, or "established" not of a clause
            (
                "The thieves worked for a private collector.",
                En,
                believe,
                En,
                Neutral,
            ),
            (
                "Les voleurs, établis en Suisse, travaillaient pour un collectionneur privé.",
                Fr,
                croient,
                Fr,
                Neutral,
            ),
        ];
        assert_effects("hedge", rows);
    }

    #[test]
    fn hedges_table() {
        let table = [
            (
                "14 ministers were targeted.",
                En,
                "Quatorze ministres auraient été visés.",
                Fr,
                "auraient",
            ),
            (
                "Fourteen ministers were targeted.",
                En,
                "Fourteen ministers were allegedly targeted.",
                En,
                "allegedly",
            ),
            (
                "14 ministres ont été visés.",
                Fr,
                "14 ministres ont été visés.",
                Fr,
                "",
            ),
        ];
        for (claim, cl, window, wl, want) in table {
            let found = Case::new(claim, cl, window, wl).findings_of("hedge");
            let got = found.first().map_or("", |f| f.source.as_str());
            assert_eq!(got, want, "{window}");
        }
    }
}

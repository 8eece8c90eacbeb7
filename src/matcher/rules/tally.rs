//! Vote tallies: the claim's tally against the window's ("adopté par 23
//! voix contre 8" / "approved by 23 votes to 8"). Both figures agreeing
//! anchor the statement; a window tally with either figure changed, or the
//! two swapped, is a different result of the vote and contradicts when the
//! window speaks of the claim's vote (a fair share of the claim stated, its
//! names and subject among it). The number rule leaves a tally's figures
//! to this rule: alone, "8" counts nothing.

use super::Rule;
use super::number::BOUND_CONTRADICTION_COVERAGE;
use crate::facts::Tally;
use crate::matcher::context::MatchContext;
use crate::matcher::finding::{Effect, Finding, Kind};

/// What a tally's finding is about, as the report shows it.
const ABOUT: &str = "vote";

pub struct TallyRule;

impl Rule for TallyRule {
    fn name(&self) -> &'static str {
        "tally"
    }

    fn check(&self, cx: &MatchContext<'_>, _: &[Finding]) -> Vec<Finding> {
        cx.claim
            .tallies
            .iter()
            .map(|ct| finding_for(cx, ct))
            .collect()
    }
}

fn finding_for(cx: &MatchContext<'_>, ct: &Tally) -> Finding {
    let claim_span = cx.claim.span_of(ct.tokens.clone());
    let claim_side = cx.claim_text[claim_span.clone()].to_string();
    let cov = cx.coverage;
    let mut differing = None;
    for (s, ws) in cx.window.iter().enumerate() {
        for st in &ws.facts.tallies {
            let span = ws.facts.span_of(st.tokens.clone());
            let found = |effect| {
                Finding::new(Kind::Number, effect, &claim_side, &ws.text[span.clone()])
                    .about(Some(String::from(ABOUT)))
                    .at_claim(claim_span.clone())
                    .at_source(s, span.clone())
            };
            if st.yes == ct.yes && st.no == ct.no {
                return found(Effect::Supports).anchoring(true);
            }
            // the claim's vote: enough of the claim stated, its names, and
            // a sentence that names its subject
            if differing.is_none()
                && cov.share >= BOUND_CONTRADICTION_COVERAGE
                && cov.missing_names.is_empty()
                && cx.names_subject(s)
            {
                differing = Some(found(Effect::Contradicts));
            }
        }
    }
    differing.unwrap_or_else(|| {
        Finding::new(Kind::Number, Effect::Blocks, claim_side, "")
            .about(Some(String::from(ABOUT)))
            .at_claim(claim_span)
    })
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    const VOTE_EN: &str =
        "Councillors approved the harbour project by 23 votes to 8, with two abstentions.";
    const VOTE_FR: &str = "Les conseillers ont approuvé le projet du port par 23 voix contre 8.";

    #[test]
    fn tallies_against_tallies() {
        let supports = &[(Kind::Number, Effect::Supports)][..];
        let contradicts = &[(Kind::Number, Effect::Contradicts)][..];
        let blocks = &[(Kind::Number, Effect::Blocks)][..];
        let table: &[Row] = &[
            (
                "Le projet du port a été adopté par 23 voix contre 8.",
                Fr,
                VOTE_EN,
                En,
                supports,
            ),
            (
                "The harbour project was approved by 23 votes in favour and 8 against.",
                En,
                VOTE_FR,
                Fr,
                supports,
            ),
            (
                "Les conseillers ont approuvé le projet du port par 25 voix contre 8.",
                Fr,
                VOTE_EN,
                En,
                contradicts,
            ),
            // the sides swapped
            (
                "Councillors approved the harbour project by 8 votes to 23.",
                En,
                VOTE_FR,
                Fr,
                contradicts,
            ),
            // a sentence without a tally says nothing of it
            (
                "The harbour project was approved by 23 votes to 8.",
                En,
                "Councillors approved the harbour project on Tuesday.",
                En,
                blocks,
            ),
            // another body's vote
            (
                "The Senate approved the harbour project by 25 votes to 8.",
                En,
                VOTE_EN,
                En,
                blocks,
            ),
        ];
        assert_rows("tally", table);
    }
}

//! Denials: a party denies what the claim states ("ce que NSO réfute").
//! The sentence reports the denial; it neither states the claim nor refutes
//! it (a denial is not proof). Shown with who denies.

use super::Rule;
use super::negation::NEGATION_COVERAGE;
use crate::matcher::context::MatchContext;
use crate::matcher::finding::{Effect, Finding, Kind};

/// Tokens around a denial verb within which claim words must match.
const DENIAL_REACH: usize = 12;

pub struct DenialRule;

impl Rule for DenialRule {
    fn name(&self) -> &'static str {
        "denial"
    }

    fn check(&self, cx: &MatchContext<'_>, _: &[Finding]) -> Vec<Finding> {
        if !cx.claim.denials.is_empty() || cx.coverage.share < NEGATION_COVERAGE {
            return Vec::new();
        }
        for (s, ws) in cx.window.iter().enumerate() {
            for cue in &ws.facts.denials {
                let near = cx
                    .coverage
                    .matched
                    .iter()
                    .filter(|(ms, mt)| *ms == s && mt.abs_diff(cue.tokens.start) <= DENIAL_REACH)
                    .count();
                if near < 2 {
                    continue;
                }
                let tokens = &ws.facts.tokens;
                let who: Vec<&str> = (cue.tokens.start.saturating_sub(3)..cue.tokens.start)
                    .filter(|&t| tokens[t].capitalized)
                    .map(|t| &ws.text[tokens[t].span.clone()])
                    .collect();
                let verb = tokens[cue.tokens.start].span.clone();
                return vec![
                    Finding::new(
                        Kind::Denial,
                        Effect::Neutral,
                        "(stated)",
                        &ws.text[verb.clone()],
                    )
                    .about((!who.is_empty()).then(|| who.join(" ")))
                    .at_source(s, verb),
                ];
            }
        }
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::Case;
    use crate::text::Lang::{En, Fr};

    #[test]
    fn denials_table() {
        let table = [
            (
                "Pegasus was used to spy on the French president.",
                En,
                "Pegasus aurait été utilisé pour espionner le président français, ce que NSO réfute.",
                Fr,
                Some(("réfute", Some("NSO"))),
            ),
            (
                "Pegasus was used to spy on the president.",
                En,
                "NSO denies that Pegasus was used to spy on the president.",
                En,
                Some(("denies", Some("NSO"))),
            ),
            (
                "Pegasus was used to spy on the president.",
                En,
                "Pegasus was used to spy on the president.",
                En,
                None,
            ),
        ];
        for (claim, cl, window, wl, want) in table {
            let found = Case::new(claim, cl, window, wl).findings_of("denial");
            let got = found
                .first()
                .map(|f| (f.source.as_str(), f.about.as_deref()));
            assert_eq!(got, want, "{window}");
        }
    }
}

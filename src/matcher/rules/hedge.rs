//! Hedges: the window says it with reserve (French conditional,
//! "allegedly", "selon"). Shown to the reader; the window may still support.

use super::Rule;
use crate::matcher::context::MatchContext;
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
        vec![Finding::new(
            Kind::Hedge,
            Effect::Neutral,
            "",
            hedges.join(", "),
        )]
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::Case;
    use crate::text::Lang::{En, Fr};

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

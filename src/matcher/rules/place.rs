//! Places: where the claim says it happened ("in Madrid", "à Paris") must
//! be stated, in the window or in an earlier sentence of the same article
//! that names one of the same people (shown as `context`, with that
//! sentence). A place stated nowhere keeps the window from supporting.

use super::Rule;
use crate::matcher::context::MatchContext;
use crate::matcher::finding::{Effect, Finding, Kind};

pub struct PlaceRule;

impl Rule for PlaceRule {
    fn name(&self) -> &'static str {
        "place"
    }

    fn check(&self, cx: &MatchContext<'_>, _: &[Finding]) -> Vec<Finding> {
        let cov = cx.coverage;
        let mut found: Vec<Finding> = cov
            .from_context
            .iter()
            .map(|(word, c)| {
                Finding::new(
                    Kind::Context,
                    Effect::Supports,
                    word,
                    cx.context[*c].text.trim(),
                )
            })
            .collect();
        if !cov.missing_places.is_empty() {
            found.push(Finding::new(
                Kind::Place,
                Effect::Blocks,
                cov.missing_places.join(", "),
                "",
            ));
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn places_table() {
        let met = "Une session s'était tenue entre Eyal Hulata et Emmanuel Bonne.";
        let table: &[Row] = &[
            (
                "Eyal Hulata met Emmanuel Bonne in Paris.",
                En,
                met,
                Fr,
                &[(Kind::Place, Effect::Blocks)],
            ),
            (
                "Eyal Hulata a rencontré Emmanuel Bonne à Paris.",
                Fr,
                met,
                Fr,
                &[(Kind::Place, Effect::Blocks)],
            ),
            ("Eyal Hulata met Emmanuel Bonne.", En, met, Fr, &[]),
            (
                "Eyal Hulata met Emmanuel Bonne in Paris.",
                En,
                "Une session s'était tenue à Paris entre Eyal Hulata et Emmanuel Bonne.",
                Fr,
                &[],
            ),
        ];
        assert_rows("place", table);
    }
}

//! People: a claim's first name taken as said by the surname alone ("le
//! président Macron" for "Emmanuel Macron"), shown; the claim's surname
//! with another first name ("Pierre Dupont" for "Jean Dupont") is someone
//! else and keeps the window from supporting.

use super::Rule;
use crate::matcher::context::MatchContext;
use crate::matcher::finding::{Effect, Finding, Kind};

pub struct PeopleRule;

impl Rule for PeopleRule {
    fn name(&self) -> &'static str {
        "people"
    }

    fn check(&self, cx: &MatchContext<'_>, _: &[Finding]) -> Vec<Finding> {
        let cov = cx.coverage;
        let surnames = cov.surnames.iter().map(|(first, surname)| {
            Finding::new(
                Kind::Surname,
                Effect::Neutral,
                format!("{first} {surname}"),
                surname,
            )
        });
        let others = cov
            .other_people
            .iter()
            .map(|(claim_person, window_person)| {
                Finding::new(Kind::Person, Effect::Blocks, claim_person, window_person)
            });
        surnames.chain(others).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn people_table() {
        let table: &[Row] = &[
            (
                "Emmanuel Macron chaired the defence council.",
                En,
                "Le président Macron a présidé le conseil de défense.",
                Fr,
                &[(Kind::Surname, Effect::Neutral)],
            ),
            (
                "Hier, Jean Dupont a présidé le conseil.",
                Fr,
                "Hier, Pierre Dupont a présidé le conseil.",
                Fr,
                &[(Kind::Person, Effect::Blocks)],
            ),
            (
                "Yesterday Marc Dupont chaired the council.",
                En,
                "Hier, Pierre Dupont a présidé le conseil.",
                Fr,
                &[(Kind::Person, Effect::Blocks)],
            ),
            (
                "Emmanuel Macron chaired the defence council.",
                En,
                "Emmanuel Macron a présidé le conseil de défense.",
                Fr,
                &[],
            ),
        ];
        assert_rows("people", table);
    }
}

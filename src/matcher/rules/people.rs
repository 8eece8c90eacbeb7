//! People: a claim's first name taken as said by the surname alone ("le
//! président Macron" for "Emmanuel Macron"), shown; the claim's surname
//! with another first name ("Pierre Dupont" for "Jean Dupont") is someone
//! else and keeps the window from supporting. So is any name of several
//! words found in part, the window writing another name's word where the
//! claim's next (or previous) one is missing: "France Inter" is not "France
//! Culture", "Emmanuel Macron" not "Emmanuel Bonne".

use super::Rule;
use crate::matcher::context::MatchContext;
use crate::matcher::coverage::{joined_as_name, surname_after};
use crate::matcher::finding::{Effect, Finding, Kind};
use std::ops::Range;

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
        // (once: a surname with another first name is that already)
        let named = cov.other_people.is_empty().then(|| another_name(cx));
        let named = named.flatten().map(|(claim_name, (s, span))| {
            Finding::new(
                Kind::Person,
                Effect::Blocks,
                claim_name,
                &cx.window[s].text[span.clone()],
            )
            .at_source(s, span)
        });
        surnames.chain(others).chain(named).collect()
    }
}

/// The first name of several words (a run of the claim's name tokens
/// joined by spaces or hyphens) the window writes in part, with another
/// name's word right where the claim's missing word would stand: the
/// claim's name, and the window's span of the other name (sentence, bytes).
fn another_name(cx: &MatchContext<'_>) -> Option<(String, (usize, Range<usize>))> {
    let claim = cx.claim;
    let found: Vec<(usize, (usize, usize))> = cx.coverage.found().collect();
    let place = |c: usize| found.iter().find(|(d, _)| *d == c).map(|&(_, at)| at);
    for run in name_runs(cx.claim_text, claim) {
        let missing: Vec<usize> = run.clone().filter(|&c| place(c).is_none()).collect();
        if missing.is_empty() || missing.len() == run.len() {
            continue;
        }
        for c in run.clone().filter(|&c| place(c).is_some()) {
            let (s, t) = place(c)?;
            let f = cx.window[s].facts;
            let text = cx.window[s].text;
            // the window's word beside the one found, on the side where the
            // claim's word is missing, joined to it as a name's words are
            let beside = [
                (c + 1, t.checked_add(1)),
                (c.wrapping_sub(1), t.checked_sub(1)),
            ];
            for (claim_word, window_word) in beside {
                let Some(u) = window_word.filter(|&u| u < f.tokens.len()) else {
                    continue;
                };
                let (a, b) = (t.min(u), t.max(u));
                if missing.contains(&claim_word)
                    && joined_as_name(text, &f.tokens, a)
                    && f.keys.names.contains(&u)
                    && !crate::text::spelled_alike(
                        &f.tokens[u].norm,
                        &claim.tokens[claim_word].norm,
                    )
                {
                    let span = f.tokens[a].span.start..f.tokens[b].span.end;
                    let first = claim.tokens[run.start].span.start;
                    let last = claim.tokens[run.end - 1].span.end;
                    return Some((cx.claim_text[first..last].to_string(), (s, span)));
                }
            }
        }
    }
    None
}

/// The claim's names of more than one word: runs of its name tokens joined
/// as a name's words are ("France Culture", "Jean-Yves Le Drian").
fn name_runs(text: &str, claim: &crate::facts::Facts) -> Vec<Range<usize>> {
    let names = &claim.keys.names;
    let continues =
        |t: usize| t > 0 && names.contains(&(t - 1)) && joined_as_name(text, &claim.tokens, t - 1);
    names
        .iter()
        .filter(|&&t| !continues(t))
        .filter_map(|&t| surname_after(text, claim, t).map(|last| t..last + 1))
        .collect()
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
            // a name of several words found in part, another name's word
            // beside it: another name
            (
                "Lena Ortiz spoke on Radio Vallon before the meeting.",
                En,
                "Avant la réunion, Lena Ortiz avait précisé sur Radio Brume que l'enquête continuait.",
                Fr,
                &[(Kind::Person, Effect::Blocks)],
            ),
            (
                "Lena Ortiz a parlé sur Radio Vallon avant la réunion.",
                Fr,
                "Avant la réunion, Lena Ortiz avait précisé sur Radio Brume que l'enquête continuait.",
                Fr,
                &[(Kind::Person, Effect::Blocks)],
            ),
            (
                "The adviser Paul Serrano met the minister.",
                En,
                "Le conseiller Paul Aubry a rencontré le ministre.",
                Fr,
                &[(Kind::Person, Effect::Blocks)],
            ),
            // the same name spelled another way
            (
                "The Orvel group is based in New Yersey.",
                En,
                "The Orvel group, based in New Jersey, makes tools.",
                En,
                &[],
            ),
            // ... also a first name before the claim's surname
            (
                "Ana Ruiz lives in Cortland Manor.",
                En,
                "Police are looking for Ana Ruiz, 35, of Cortlandt Manor.",
                En,
                &[(Kind::Surname, Effect::Neutral)],
            ),
            // the name written whole, or in part with nothing beside it
            (
                "Lena Ortiz spoke on Radio Vallon before the meeting.",
                En,
                "Avant la réunion, Lena Ortiz avait précisé sur Radio Vallon que l'enquête continuait.",
                Fr,
                &[],
            ),
            (
                "Le ministre Luc Serrano a démissionné.",
                Fr,
                "Le ministre Serrano a démissionné hier.",
                Fr,
                &[(Kind::Surname, Effect::Neutral)],
            ),
        ];
        assert_rows("people", table);
    }
}

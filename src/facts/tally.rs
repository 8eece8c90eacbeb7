//! Vote tallies: "adopté par 23 voix contre 8", "by 23 votes to 8", "à une
//! majorité de 35 contre 23", "23 votes in favour and 8 against", "23 voix
//! pour et 8 contre". Two figures that are one fact: the votes for and the
//! votes against. Read as a pair, they are compared as a pair: a tally
//! with either side changed, or the sides swapped, is another vote, and
//! neither figure alone says what the vote was.

use super::Quantity;
use crate::text::Token;
use std::ops::Range;

/// A vote: the votes for, the votes against.
#[derive(Debug, Clone, PartialEq)]
pub struct Tally {
    pub yes: f64,
    pub no: f64,
    /// Tokens from the first figure to the last word of the tally.
    pub tokens: Range<usize>,
}

impl Tally {
    /// Does the tally hold the quantity (one of its two figures)?
    pub fn holds(&self, q: &Quantity) -> bool {
        self.tokens.contains(&q.tokens.start)
    }
}

/// Words that join the votes for to the votes against, folded: "23 voix
/// contre 8", "23 votes to 8", "23 against 8".
const AGAINST: &[&str] = &["contre", "to", "against"];
/// Words that count votes, folded.
const VOTE_NOUNS: &[&str] = &["voix", "vote", "votes", "suffrages", "ballots"];
/// Words that say the first figure is the votes for, folded: "23 voix pour
/// et 8 contre", "23 votes in favour and 8 against".
const FOR_WORDS: &[&str] = &["pour", "for", "in", "favour", "favor", "et", "and"];
/// Words before a tally that make it one without a vote noun: "à une
/// majorité de 35 contre 23", "by a vote of 23 to 8" (folded).
const TALLY_OPENERS: &[&str] = &["majorite", "majority", "vote", "votes", "scrutin"];
/// Tokens before the first figure in which an opener is looked for.
const OPENER_REACH: usize = 3;

/// The vote tallies among `quantities` (two figures next to each other,
/// joined as a vote's).
pub fn find_tallies(tokens: &[Token], quantities: &[Quantity]) -> Vec<Tally> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let mut out = Vec::new();
    for pair in quantities.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if a.ordinal || b.ordinal || a.tokens.end > b.tokens.start {
            continue;
        }
        let gap: Vec<&str> = (a.tokens.end..b.tokens.start).map(word).collect();
        let after_b = word(b.tokens.end);
        let opened = (a.tokens.start.saturating_sub(OPENER_REACH)..a.tokens.start)
            .any(|k| TALLY_OPENERS.contains(&word(k)));
        let counts_votes =
            gap.iter().any(|w| VOTE_NOUNS.contains(w)) || VOTE_NOUNS.contains(&after_b);
        // "23 voix contre 8", "23 votes to 8", "35 contre 23" after "majorité de"
        let joined = gap.last().is_some_and(|w| AGAINST.contains(w))
            && gap[..gap.len() - 1].iter().all(|w| VOTE_NOUNS.contains(w))
            && (counts_votes || opened);
        // "23 voix pour et 8 contre", "23 votes in favour and 8 against"
        let for_and_against = AGAINST.contains(&after_b)
            && gap
                .iter()
                .any(|w| matches!(*w, "pour" | "for" | "favour" | "favor"))
            && gap
                .iter()
                .all(|w| FOR_WORDS.contains(w) || VOTE_NOUNS.contains(w));
        if !(joined || for_and_against) {
            continue;
        }
        let mut end = b.tokens.end;
        if VOTE_NOUNS.contains(&after_b) || for_and_against {
            end += 1;
        }
        out.push(Tally {
            yes: a.value,
            no: b.value,
            tokens: a.tokens.start..end,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::facts::{DateContext, analyse};
    use crate::text::Lang::{self, En, Fr};

    fn tallies(text: &str, lang: Lang) -> Vec<(f64, f64)> {
        analyse(text, lang, DateContext::default())
            .tallies
            .iter()
            .map(|t| (t.yes, t.no))
            .collect()
    }

    #[test]
    fn tallies_in_both_languages() {
        // (text, language, the tallies read: votes for, votes against)
        type Row<'a> = (&'a str, Lang, &'a [(f64, f64)]);
        let table: &[Row] = &[
            (
                "Le projet a été adopté par 23 voix contre 8.",
                Fr,
                &[(23.0, 8.0)],
            ),
            (
                "Councillors approved the project by 23 votes to 8, with two abstentions.",
                En,
                &[(23.0, 8.0)],
            ),
            (
                "L'Assemblée a adopté, à une majorité de 35 contre 23, un amendement.",
                Fr,
                &[(35.0, 23.0)],
            ),
            (
                "The bill passed by a vote of 52 to 47.",
                En,
                &[(52.0, 47.0)],
            ),
            (
                "Le texte a recueilli 120 voix pour et 40 contre.",
                Fr,
                &[(120.0, 40.0)],
            ),
            (
                "The motion won 23 votes in favour and 8 against.",
                En,
                &[(23.0, 8.0)],
            ),
            (
                "The motion was carried with 300 votes against 212.",
                En,
                &[(300.0, 212.0)],
            ),
            // no vote: a score, a comparison of two figures, a list
            ("L'équipe a gagné 3 contre 1.", Fr, &[]),
            ("Prices rose from 20 to 30 euros.", En, &[]),
            ("Ils étaient 300 contre 200 l'an dernier.", Fr, &[]),
            (
                "The plant employs 2,000 people and 300 contractors.",
                En,
                &[],
            ),
        ];
        for &(text, lang, expected) in table {
            assert_eq!(tallies(text, lang), expected, "{text}");
        }
    }
}

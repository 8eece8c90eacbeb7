//! Kin: what the claim says of a person, the window says of a relative of
//! that person. "Paul Martin achète ce médicament" against "Paul Martin a
//! déclaré que sa femme achète ce médicament"; "Paul Martin travaillait pour
//! la banque" against "Anne Roy, épouse de Paul Martin, travaillait pour la
//! banque". Every word is there, the person too, but the predicate's subject
//! is the wife. The window then does not support the claim (nor contradict
//! it: both may be true).
//!
//! Read from the wording, without a parser: the claim opens with a person's
//! name and says something of them; in the window, the word that states the
//! claim's predicate follows a kinship noun with a possessive ("sa femme
//! achète", "his wife buys"), or the person's name stands in a kinship
//! phrase before it ("épouse de Paul Martin", "Paul Martin's wife"). Kinship
//! nouns are a closed class of both languages; a claim that names one
//! ("la femme de Paul Martin ...") is left to the other rules.

use super::{Rule, contradicted};
use crate::matcher::context::{MatchContext, carries_meaning};
use crate::matcher::finding::Finding;

pub struct KinRule;

/// Is `norm` a kinship noun, French or English (folded)? A match, not a
/// list search: every token of every window asks.
pub(super) fn is_kin(norm: &str) -> bool {
    matches!(
        norm,
        "epouse"
            | "epoux"
            | "femme"
            | "mari"
            | "fils"
            | "fille"
            | "pere"
            | "mere"
            | "frere"
            | "soeur"
            | "oncle"
            | "tante"
            | "neveu"
            | "niece"
            | "cousin"
            | "cousine"
            | "veuve"
            | "veuf"
            | "compagne"
            | "compagnon"
            | "fiance"
            | "fiancee"
            | "wife"
            | "husband"
            | "son"
            | "daughter"
            | "father"
            | "mother"
            | "brother"
            | "sister"
            | "uncle"
            | "aunt"
            | "nephew"
            | "widow"
            | "widower"
    )
}

/// Possessive determiners (folded): "sa femme", "his wife".
const POSSESSIVES: &[&str] = &["sa", "son", "ses", "leur", "leurs", "his", "her", "their"];

/// "de", "d'", "du", "of": what joins a kinship noun to its person.
const OF: &[&str] = &["de", "d", "du", "of"];

/// Tokens looked back from the predicate for its subject ("sa femme a
/// souvent acheté": three).
const SUBJECT_REACH: usize = 3;

/// Tokens between a kinship noun and the person's name ("épouse de
/// l'ancien ambassadeur Paul Martin": five).
const PHRASE_REACH: usize = 5;

impl Rule for KinRule {
    fn name(&self) -> &'static str {
        "kin"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        if contradicted(earlier) {
            return Vec::new();
        }
        let claim = cx.claim;
        if claim.tokens.iter().any(|t| is_kin(&t.norm)) {
            return Vec::new();
        }
        // the claim opens with a person's name: its subject
        let Some(&first) = claim.keys.names.first() else {
            return Vec::new();
        };
        if first > 1 {
            return Vec::new();
        }
        let mut subject = first..first + 1;
        while claim.keys.names.contains(&subject.end) {
            subject.end += 1;
        }
        if subject.len() < 2 && !claim.tokens[first].capitalized {
            return Vec::new();
        }
        // what the claim says of them: its first word of meaning after the name
        let Some(predicate) = (subject.end..claim.tokens.len())
            .find(|&t| carries_meaning(claim, t) && !claim.keys.names.contains(&t))
        else {
            return Vec::new();
        };
        let mut found = Vec::new();
        for s in 0..cx.window.len() {
            let f = cx.window[s].facts;
            // most sentences name no relative: nothing to look for
            if !f.tokens.iter().any(|t| is_kin(&t.norm)) {
                continue;
            }
            let norm = |t: usize| f.tokens[t].norm.as_str();
            let names: Vec<usize> = cx.places_of(subject.end - 1, s).collect();
            for p in cx.places_of(predicate, s) {
                // "sa femme achète": a possessive kinship noun just before
                let possessed = (p.saturating_sub(SUBJECT_REACH)..p)
                    .find(|&k| k > 0 && is_kin(norm(k)) && POSSESSIVES.contains(&norm(k - 1)));
                // "épouse de Paul Martin, travaillait": the person in a kinship
                // phrase before the predicate; "Paul Martin's wife works"
                let phrase = names.iter().filter(|&&n| n < p).find_map(|&n| {
                    let last = n;
                    let first = last + 1 - subject.len().min(last + 1);
                    let before = (first.saturating_sub(PHRASE_REACH)..first).find(|&k| {
                        is_kin(norm(k)) && (k + 1..first).any(|j| OF.contains(&norm(j)))
                    });
                    let after = (last + 1..(last + 3).min(f.tokens.len()))
                        .find(|&k| norm(k - 1) == "s" && is_kin(norm(k)));
                    before.or(after)
                });
                if let Some(k) = possessed.or(phrase) {
                    found.push(super::role::said_of_another(cx, &subject, s, k..k + 1));
                    return found;
                }
            }
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
    fn kin_table() {
        let relative = &[(Kind::Role, Effect::Blocks)][..];
        let table: &[Row] = &[
            (
                "Paul Martin achète ce médicament.",
                Fr,
                "Paul Martin a déclaré que sa femme achète ce médicament chaque mois.",
                Fr,
                relative,
            ),
            (
                "Paul Martin buys this medicine.",
                En,
                "Paul Martin said his wife buys this medicine every month.",
                En,
                relative,
            ),
            (
                "Paul Martin travaillait pour la banque.",
                Fr,
                "Anne Roy, épouse de l'ancien ministre Paul Martin, travaillait pour la banque.",
                Fr,
                relative,
            ),
            (
                "Paul Martin worked for the bank.",
                En,
                "Paul Martin's wife, Anne Roy, worked for the bank.",
                En,
                relative,
            ),
            (
                "Paul Martin worked for the bank.",
                En,
                "Anne Roy, the daughter of Paul Martin, worked for the bank.",
                En,
                relative,
            ),
            // the person is the predicate's subject
            (
                "Paul Martin achète ce médicament.",
                Fr,
                "Paul Martin achète ce médicament pour sa femme.",
                Fr,
                &[],
            ),
            (
                "Paul Martin worked for the bank.",
                En,
                "Paul Martin, whose wife is a nurse, worked for the bank.",
                En,
                &[],
            ),
            // a claim about the relative is left to the other rules
            (
                "La femme de Paul Martin achète ce médicament.",
                Fr,
                "Paul Martin a déclaré que sa femme achète ce médicament.",
                Fr,
                &[],
            ),
        ];
        assert_rows("kin", table);
    }
}

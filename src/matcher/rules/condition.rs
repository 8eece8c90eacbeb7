//! Conditions: a common word of the claim is found only in a clause the
//! source does not assert ("savoir si Israël a ouvert une enquête", "if it
//! had been sold"): the window does not state the claim.

use super::Rule;
use crate::matcher::context::MatchContext;
use crate::matcher::finding::{Effect, Finding, Kind};

pub struct ConditionRule;

impl Rule for ConditionRule {
    fn name(&self) -> &'static str {
        "condition"
    }

    fn check(&self, cx: &MatchContext<'_>, _: &[Finding]) -> Vec<Finding> {
        // a claim that is itself a condition compares as one
        if !cx.claim.conditions.is_empty() {
            return Vec::new();
        }
        // a condition that opens the sentence makes its main clause a
        // hypothesis too ("Si l'agence vote en faveur du vaccin, les écoliers
        // devront se faire vacciner"), up to the quote it opens ("“Si ces
        // faits sont avérés, nous en tirerons les conséquences”, a relevé
        // Gabriel Attal")
        // ... and so does a conditional beside a condition: its clause is
        // what would follow ("Le maire aurait approuvé le projet si le
        // conseil avait accepté", "would have approved it if")
        let in_condition = |&(s, t): &(usize, usize)| {
            let w = &cx.window[s];
            let f = w.facts;
            !f.tokens[t].capitalized
                && !f.keys.in_country(t)
                && f.conditions.iter().any(|c| {
                    c.tokens.contains(&t)
                        || c.tokens.start == 0 && t < quote_end(w.text, &f.tokens, c.tokens.end)
                })
                || !f.conditions.is_empty() && consequence_of_condition(cx, s, t)
        };
        // a claim word the window also writes outside every condition is
        // asserted there ("ne dit pas si la proposition israélienne a été
        // acceptée, mais affirme que des officiels israéliens espèrent")
        let cov = cx.coverage;
        let only_in_condition = |k: usize| {
            let (at, c) = (cov.matched[k], cov.matched_claim[k]);
            in_condition(&at)
                && (0..cx.window.len()).all(|s| cx.places_of(c, s).all(|t| in_condition(&(s, t))))
        };
        if !(0..cov.matched.len()).any(only_in_condition) {
            return Vec::new();
        }
        not_asserted(cx, |f| &f.conditions)
    }
}

/// Does token `t` of window sentence `s` stand in the clause of a
/// conditional verb outside the sentence's conditions (French -rait,
/// -raient; English "would"), from the verb on? What the clause says of
/// its subject is then the consequence of the condition, as hypothetical
/// as it; its subject is not ("le président Lula pourrait être soumis à
/// une destitution s'il ..." still calls Lula the president).
fn consequence_of_condition(cx: &MatchContext<'_>, s: usize, t: usize) -> bool {
    let f = cx.window[s].facts;
    (0..f.tokens.len()).any(|k| {
        let norm = f.tokens[k].norm.as_str();
        let conditional = match f.lang {
            crate::text::Lang::Fr => crate::facts::is_french_conditional(norm),
            crate::text::Lang::En => norm == "would",
        };
        conditional
            && k <= t
            && !f.conditions.iter().any(|c| c.tokens.contains(&k))
            && cx.clause(s, k).contains(&t)
    })
}

/// The first token after a closing quotation mark from token `from` on (the
/// sentence's length when none closes).
fn quote_end(text: &str, tokens: &[crate::text::Token], from: usize) -> usize {
    (from.max(1)..tokens.len())
        .find(|&k| text[tokens[k - 1].span.end..tokens[k].span.start].contains(['”', '»', '"']))
        .unwrap_or(tokens.len())
}

/// The window's clauses of one kind (conditions, aims) keep it from
/// stating the claim: one `condition` finding with their cue words.
pub(super) fn not_asserted(
    cx: &MatchContext<'_>,
    clauses: impl Fn(&crate::facts::Facts) -> &Vec<crate::facts::Cue>,
) -> Vec<Finding> {
    let cues: Vec<&str> = cx
        .window
        .iter()
        .flat_map(|w| clauses(w.facts).iter().map(|c| c.words.as_str()))
        .collect();
    vec![Finding::new(
        Kind::Condition,
        Effect::Blocks,
        "",
        cues.join(", "),
    )]
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn conditions_table() {
        let blocks = [(Kind::Condition, Effect::Blocks)];
        let table: &[Row] = &[
            (
                "Israel opened an investigation.",
                En,
                "La question est de savoir si Israël a ouvert une enquête.",
                Fr,
                &blocks,
            ),
            (
                "Israël a ouvert une enquête.",
                Fr,
                "Reste à savoir si Israël a ouvert une enquête.",
                Fr,
                &blocks,
            ),
            (
                "Israel opened an investigation.",
                En,
                "Israel opened an investigation on Thursday.",
                En,
                &[],
            ),
            (
                "Israël a ouvert une enquête.",
                Fr,
                "Israël a ouvert une enquête jeudi.",
                Fr,
                &[],
            ),
            // "même si" concedes what it says: asserted
            (
                "Les conservateurs contrôlent les deux chambres.",
                Fr,
                "Le projet a échoué, même si les conservateurs contrôlent les deux chambres.",
                Fr,
                &[],
            ),
            // ... unless the sentence is a hypothesis (a conditional)
            (
                "Les conservateurs contrôlent les deux chambres.",
                Fr,
                "Même si les conservateurs contrôlaient les deux chambres, le projet échouerait.",
                Fr,
                &blocks,
            ),
            // a conditional beside a condition says what would follow
            (
                "Le maire a approuvé le projet.",
                Fr,
                "Le maire aurait approuvé le projet si le conseil avait accepté.",
                Fr,
                &blocks,
            ),
            (
                "Le maire a approuvé le projet.",
                Fr,
                "Le maire a approuvé le projet, qui pourrait coûter trois millions si les travaux durent.",
                Fr,
                &[],
            ),
            // ... not what its subject is called
            (
                "Le président du Valdor est Paulo Reis.",
                Fr,
                "Selon des juges, le président du Valdor Paulo Reis pourrait être destitué s'il est impliqué dans le scandale.",
                Fr,
                &[],
            ),
            (
                "The mayor approved the project.",
                En,
                "The mayor would have approved the project if the council had agreed.",
                En,
                &blocks,
            ),
            // a question asks, it does not assert
            (
                "Le maire a approuvé le projet.",
                Fr,
                "Le maire a-t-il approuvé le projet ?",
                Fr,
                &blocks,
            ),
            (
                "The mayor approved the project.",
                En,
                "Did the mayor approve the project?",
                En,
                &blocks,
            ),
            // a word written again outside the condition is asserted there
            (
                "Des responsables israéliens espèrent un accord.",
                Fr,
                "Le journal ne dit pas si l'accord a été signé, mais affirme que des responsables israéliens espèrent un accord.",
                Fr,
                &[],
            ),
            (
                "Israeli officials hope for an agreement.",
                En,
                "The paper does not say if the agreement was signed, but says that Israeli officials hope for an agreement.",
                En,
                &[],
            ),
            // a condition that opens the sentence: its main clause is a
            // hypothesis too, up to the quote it opens
            (
                "Les écoliers devront porter un masque.",
                Fr,
                "Si l'agence vote en faveur du vaccin, les écoliers devront porter un masque.",
                Fr,
                &blocks,
            ),
            (
                "Pupils will have to wear masks.",
                En,
                "If the agency votes for the vaccine, pupils will have to wear masks.",
                En,
                &blocks,
            ),
            (
                "Le ministre s'est exprimé à l'issue du conseil.",
                Fr,
                "« Si ces faits sont avérés, nous en tirerons les conséquences », s'est exprimé le ministre à l'issue du conseil.",
                Fr,
                &[],
            ),
        ];
        assert_rows("condition", table);
    }
}

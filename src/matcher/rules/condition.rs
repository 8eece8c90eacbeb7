//! Conditions: a common word of the claim is found only in a clause the
//! source does not assert ("savoir si Israël a ouvert une enquête", "if it
//! had been sold"): the window does not state the claim.
//!
//! A claim that reports as said, without condition, what the window has
//! the same speaker say only under one ("L'Élysée a affirmé que les faits
//! étaient très graves" / "l'Élysée ... affirmant : « Si les faits sont
//! avérés, ils sont très graves »") misreports the statement: a conditional
//! reported as fact contradicts. A claim that only states the content
//! ("Les écoliers devront se faire vacciner" / "Si l'agence vote ..., les
//! écoliers devront ...") leaves the condition out, and is not stated.

use super::Rule;
use crate::matcher::context::{MatchContext, carries_meaning};
use crate::matcher::finding::{Effect, Finding, Kind};

pub struct ConditionRule;

impl Rule for ConditionRule {
    fn name(&self) -> &'static str {
        "condition"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        // a claim that is itself a condition compares as one
        if !cx.claim.conditions.is_empty() {
            return Vec::new();
        }
        // a condition that opens the sentence makes its main clause a
        // hypothesis too ("Si l'agence vote en faveur du vaccin, les écoliers
        // devront se faire vacciner"), up to the quote it opens ("“Si ces
        // faits sont avérés, nous en tirerons les conséquences”, a relevé
        // Gabriel Attal"); for what a speaker is reported to have said, so
        // does one that opens a quote ("l'Élysée a réagi, affirmant : « Si
        // les faits sont avérés, ils sont très graves »"). (Not yet for the
        // window's own support: measured, the quoted consequence then hides
        // a word the lexicon matches in a wrong sense, "graves" as "record",
        // and three supports of ours are lost.)
        // ... and so does a conditional beside a condition: its clause is
        // what would follow ("Le maire aurait approuvé le projet si le
        // conseil avait accepté", "would have approved it if")
        let hypothesis = |(s, t): (usize, usize), quotes: bool| {
            let w = &cx.window[s];
            let f = w.facts;
            let opens = |c: &crate::facts::Cue| {
                c.tokens.start == 0 || quotes && opens_quote(w.text, &f.tokens, c.tokens.start)
            };
            !f.tokens[t].capitalized
                && !f.keys.in_country(t)
                && f.conditions.iter().any(|c| {
                    c.tokens.contains(&t)
                        || opens(c)
                            && t > c.tokens.start
                            && t < quote_end(w.text, &f.tokens, c.tokens.end)
                })
                || !f.conditions.is_empty() && consequence_of_condition(cx, s, t)
        };
        let in_condition = |at: &(usize, usize)| hypothesis(*at, false);
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
        if let Some((s, cue)) = said_without_its_condition(cx, earlier, &|at| hypothesis(*at, true))
        {
            let f = cx.window[s].facts;
            return vec![
                Finding::new(
                    Kind::Condition,
                    Effect::Contradicts,
                    "(said without condition)",
                    cue.words.clone(),
                )
                .at_source(s, f.span_of(cue.tokens.clone())),
            ];
        }
        not_asserted(cx, |f| &f.conditions)
    }
}

/// Share of the claim a window must state for the statement it reports to
/// be the claim's.
const SAID_COVERAGE: f64 = super::negation::NEGATION_COVERAGE;

/// Does the claim report as said (a speaker, a verb of speech, what was
/// said) what the window has that speaker say only under a condition? Every
/// word of what was said that the window writes stands in a clause it does
/// not assert (a condition, its consequence, or a necessity: "il faut qu'il
/// soit prouvé"), one at least in a condition, in a sentence that names the
/// speaker and is no question. The claim neither hedges nor denies, most of
/// it is stated with its names, and every fact agrees. The window's sentence
/// and its condition, when so.
fn said_without_its_condition<'a>(
    cx: &'a MatchContext<'_>,
    earlier: &[Finding],
    in_condition: &dyn Fn(&(usize, usize)) -> bool,
) -> Option<(usize, &'a crate::facts::Cue)> {
    let claim = cx.claim;
    if claim.hedged()
        || claim.negated()
        || cx.coverage.share < SAID_COVERAGE
        || !cx.coverage.missing_names.is_empty()
        || !super::facts_agree(earlier)
        || super::contradicted(earlier)
    {
        return None;
    }
    let (span, _) = claim.attribution.as_ref()?;
    let speaker: Vec<usize> = claim
        .tokens_within(span)
        .filter(|&t| carries_meaning(claim, t))
        .collect();
    if speaker.is_empty() {
        return None;
    }
    let verb = (0..claim.tokens.len()).find(|t| {
        !speaker.contains(t) && crate::facts::is_speech(claim.lang, &claim.tokens[*t].norm)
    })?;
    let said: Vec<usize> = (0..claim.tokens.len())
        .filter(|&c| c != verb && !speaker.contains(&c))
        .filter(|&c| carries_meaning(claim, c))
        .collect();
    let found: Vec<(usize, (usize, usize))> = cx
        .coverage
        .found()
        .filter(|(c, _)| said.contains(c))
        .collect();
    let unasserted =
        |s: usize, t: usize| in_condition(&(s, t)) || cx.window[s].facts.in_unasserted_clause(t);
    let all_unasserted = found
        .iter()
        .all(|&(c, _)| (0..cx.window.len()).all(|s| cx.places_of(c, s).all(|t| unasserted(s, t))));
    if found.len() < 2 || !all_unasserted {
        return None;
    }
    found.iter().find_map(|&(_, (s, t))| {
        let f = cx.window[s].facts;
        let question = crate::facts::is_question(cx.window[s].text);
        let names_speaker = speaker.iter().all(|&c| cx.places_of(c, s).next().is_some());
        // (the condition the word stands in, or the first of a sentence
        // whose consequence holds it)
        let cue = f
            .conditions
            .iter()
            .find(|c| c.tokens.contains(&t))
            .or_else(|| f.conditions.first().filter(|_| in_condition(&(s, t))))?;
        (names_speaker && !question).then_some((s, cue))
    })
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

/// Does token `t` open a quote, or what a colon introduces?
fn opens_quote(text: &str, tokens: &[crate::text::Token], t: usize) -> bool {
    t > 0 && text[tokens[t - 1].span.end..tokens[t].span.start].contains([':', '«', '“', '"'])
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
        let said = [(Kind::Condition, Effect::Contradicts)];
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
            // a conditional reported as fact: the claim has the speaker
            // say without condition what the window has them say under one
            (
                "L'Élysée a affirmé que les faits étaient très graves.",
                Fr,
                "Lors des révélations, l'Élysée a réagi, affirmant : « Si les faits sont avérés, ils sont très graves. »",
                Fr,
                &said,
            ),
            (
                "Paul Vidal said that the reports were accurate.",
                En,
                "Paul Vidal said that if the reports were accurate, they would be very serious.",
                En,
                &said,
            ),
            (
                "Paul Vidal a déclaré que les informations étaient exactes.",
                Fr,
                "« Si ces informations sont exactes, nous en tirerons les conséquences », a déclaré Paul Vidal.",
                Fr,
                &said,
            ),
            (
                "Paul Vidal said that the information was correct.",
                En,
                "« Si ces informations sont exactes, nous en tirerons les conséquences », a déclaré Paul Vidal.",
                Fr,
                &said,
            ),
            // ... not another speaker's condition
            (
                "Paul Vidal said that the reports were accurate.",
                En,
                "Anne Roy said that if the reports were accurate, they would be very serious.",
                En,
                &blocks,
            ),
            // ... nor a claim that states the content only: the condition is
            // left out, not misreported
            (
                "Les informations sont exactes.",
                Fr,
                "« Si ces informations sont exactes, nous en tirerons les conséquences », a déclaré Paul Vidal.",
                Fr,
                &blocks,
            ),
            // ... nor what the speaker also says outside the condition
            (
                "Paul Vidal said that the reports were accurate.",
                En,
                "Paul Vidal said the reports were accurate, and that if they were, the minister would resign.",
                En,
                &[],
            ),
            // ... nor a claim that reports the condition with it
            (
                "Paul Vidal said that if the reports were accurate, they would be serious.",
                En,
                "Paul Vidal said that if the reports were accurate, they would be very serious.",
                En,
                &[],
            ),
        ];
        assert_rows("condition", table);
    }
}

//! Another agent: the claim has a person do something ("Emmanuel Bonne a
//! proposé que les téléphones français soient déclarés intouchables"), the
//! window has another person do it ("Selon Axios, Eyal Hulata a proposé que
//! les téléphones français soient ... déclarés intouchables"), and names the
//! claim's person only in another of its sentences ("... le conseiller
//! diplomatique de l'Élysée, Emmanuel Bonne."). Every word of the claim is
//! there, yet the act is told of someone else: reason `person`,
//! contradicting when the act is a statement (a verb of speech, or one
//! with a completive: "a proposé que", "said that"), the rest of the claim
//! is stated and every fact agrees (a statement has one author, and the
//! window names another), else keeping the window from supporting ("Lucien
//! Brel a été arrêté" against "Marc Dulac a été arrêté ... son associé,
//! Lucien Brel": others may have been too).
//!
//! Read from the order of the words, without a parser: in the claim, a
//! person's name of two words or more right before its verb (auxiliaries
//! between, "a proposé", "has announced"); in a window sentence that does
//! not name the claim's person, the claim's verb with another such name
//! right before it. A sentence that names both people is left to the rules
//! of parties (`swapped parties`: "Macron a appelé Bennett"), a name of one
//! word to others ("Amnesty a révélé": a body, often one of several).

use super::Rule;
use crate::facts::{CueKind, Facts};
use crate::matcher::context::{COMPLEMENTISERS, MatchContext, auxiliaries};
use crate::matcher::coverage::joined_as_name;
use crate::matcher::finding::{Effect, Finding, Kind};
use std::ops::Range;

/// Share of the claim, its person left out, the window must state to
/// contradict: the act must be the claim's whole act, not one like it.
pub const OTHER_AGENT_COVERAGE: f64 = 0.8;

pub struct OtherAgentRule;

impl Rule for OtherAgentRule {
    fn name(&self) -> &'static str {
        "other agent"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        let claim = cx.claim;
        if super::settled(earlier) || claim.negated() {
            return Vec::new();
        }
        let Some(&verb) = cx.claim_verbs().first() else {
            return Vec::new();
        };
        let Some(agent) = agent_of(cx.claim_text, claim, verb) else {
            return Vec::new();
        };
        // which sentences write the claim's person: it must be in the
        // window, in another sentence than the act's
        let writes_agent: Vec<bool> = (0..cx.window.len())
            .map(|s| agent.clone().any(|c| cx.places_of(c, s).next().is_some()))
            .collect();
        if !writes_agent.contains(&true) {
            return Vec::new();
        }
        for s in (0..cx.window.len()).filter(|&s| !writes_agent[s]) {
            let f = cx.window[s].facts;
            for tv in cx.places_of(verb, s) {
                let Some(other) = agent_of(cx.window[s].text, f, tv) else {
                    continue;
                };
                // (a name the coverage matched to a claim word is no other
                // person: "Hulata" of "Eyal Hulata" written as the object)
                if other.clone().any(|u| cx.matched(s, u)) || super::negated_at(cx, s, tv) {
                    continue;
                }
                let left_out: Vec<usize> = agent.clone().collect();
                let contradicts = says_something(claim, verb)
                    && cx.coverage.share_without_all(&left_out) >= OTHER_AGENT_COVERAGE
                    && cx.coverage.missing_names.is_empty()
                    && super::facts_agree(earlier);
                let effect = if contradicts {
                    Effect::Contradicts
                } else {
                    Effect::Blocks
                };
                let claim_span = claim.span_of(agent.clone());
                let source = f.span_of(other);
                return vec![super::span_against_span(
                    cx,
                    (Kind::Person, effect),
                    claim_span,
                    s,
                    source,
                )];
            }
        }
        Vec::new()
    }
}

/// Does the claim's verb at `verb` report what its person said: a verb of
/// speech ("a déclaré", "said") or one with a completive after it ("a
/// proposé que", "proposed that")? A statement has one author the window
/// names; other acts may be shared ("Marc Dulac a été arrêté", and his
/// partner too, for all the window says), so another's keeps the window
/// from supporting only.
fn says_something(claim: &Facts, verb: usize) -> bool {
    let vocab = crate::facts::Vocabulary::shared();
    vocab.is_cue(claim.lang, CueKind::SpeechVerb, &claim.tokens[verb].norm)
        || claim
            .tokens
            .get(verb + 1)
            .is_some_and(|t| COMPLEMENTISERS.contains(&t.norm.as_str()))
}

/// The person's name right before the verb at `verb` of `text` (tokenised
/// in `f`), auxiliaries between and no punctuation: a run of two name words
/// or more, none of them a country's.
fn agent_of(text: &str, f: &Facts, verb: usize) -> Option<Range<usize>> {
    let aux = auxiliaries(f.lang);
    // (folded, "à" is "a": written so, it is no auxiliary, "a aidé les
    // White Sox à remporter")
    let auxiliary = |u: usize| {
        aux.contains(&f.tokens[u].norm.as_str()) && !text[f.tokens[u].span.clone()].starts_with('à')
    };
    let mut end = verb;
    while end > 0 && auxiliary(end - 1) {
        end -= 1;
    }
    // (a French verb comes after its auxiliary: "a proposé")
    if end == verb && f.lang == crate::text::Lang::Fr {
        return None;
    }
    let punctuated = |from: usize, to: usize| {
        super::citizenship::punctuated(&text[f.tokens[from].span.end..f.tokens[to].span.start])
    };
    if end == 0 || punctuated(end - 1, verb) {
        return None;
    }
    // (the name words right before, joined as one name's are: "Selon
    // Axios, Eyal Hulata a proposé" is Eyal Hulata's act)
    let mut start = end;
    while start > 0
        && f.keys.names.contains(&(start - 1))
        && (start == end || joined_as_name(text, &f.tokens, start - 1))
    {
        start -= 1;
    }
    // (a sentence's first word is a name's when a name follows it and it
    // is no function word: "Marc Olivo a proposé", though "marc" is a word)
    if start == 1 && start < end && f.tokens[0].capitalized && !f.keys.words[0].is_empty() {
        start = 0;
    }
    let person = end - start >= 2 && !(start..end).any(|u| f.keys.in_country(u));
    person.then_some(start..end)
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    const MEETING_FR: &str = "La réunion s'est tenue entre Anne Lemaire et le maire de Varenne, Marc Olivo. | Selon Le Courrier, Anne Lemaire a proposé que les ponts soient fermés la nuit.";
    const MEETING_EN: &str = "The meeting was held between Anne Lemaire and the mayor of Varenne, Marc Olivo. | According to the Courier, Anne Lemaire proposed that the bridges be closed at night.";

    #[test]
    fn other_agent_table() {
        let contradicts = &[(Kind::Person, Effect::Contradicts)][..];
        let blocks = &[(Kind::Person, Effect::Blocks)][..];
        let table: &[Row] = &[
            (
                "Marc Olivo a proposé que les ponts soient fermés la nuit.",
                Fr,
                MEETING_FR,
                Fr,
                contradicts,
            ),
            (
                "Marc Olivo proposed that the bridges be closed at night.",
                En,
                MEETING_EN,
                En,
                contradicts,
            ),
            (
                "Marc Olivo proposed that the bridges be closed at night.",
                En,
                MEETING_FR,
                Fr,
                contradicts,
            ),
            // the act's own person
            (
                "Anne Lemaire a proposé que les ponts soient fermés la nuit.",
                Fr,
                MEETING_FR,
                Fr,
                &[],
            ),
            // more than the window says: it only keeps it from supporting
            (
                "Marc Olivo a proposé que les ponts soient fermés la nuit pendant les travaux du port.",
                Fr,
                MEETING_FR,
                Fr,
                blocks,
            ),
            // both named in the act's sentence: the rules of parties
            (
                "Marc Olivo a proposé que les ponts soient fermés la nuit.",
                Fr,
                "Marc Olivo était présent. | Anne Lemaire et Marc Olivo ont proposé que les ponts soient fermés la nuit.",
                Fr,
                &[],
            ),
            // the claim's person not named in the window: the name slot's
            (
                "Marc Olivo a proposé que les ponts soient fermés la nuit.",
                Fr,
                "Selon Le Courrier, Anne Lemaire a proposé que les ponts soient fermés la nuit.",
                Fr,
                &[],
            ),
            // an act that is no statement may be shared
            (
                "Lucien Brel a été arrêté lundi à Nanterre.",
                Fr,
                "Marc Dulac a été arrêté lundi à Nanterre. | Son associé, Lucien Brel, a quitté la France.",
                Fr,
                blocks,
            ),
            (
                "Lucien Brel resigned on Monday.",
                En,
                "Marc Dulac was questioned by the police. | His partner, Lucien Brel, was at home. | Anne Lemaire resigned on Monday.",
                En,
                blocks,
            ),
            // a name before "à" (folded "a") has no act of its own there
            (
                "Marc Olivo a remporté le championnat.",
                Fr,
                "Marc Olivo est le propriétaire du club. | Il a aidé les Harbor Kings à remporter le championnat.",
                Fr,
                &[],
            ),
            // the act denied of the other person
            (
                "Marc Olivo a proposé que les ponts soient fermés la nuit.",
                Fr,
                "La réunion s'est tenue entre Anne Lemaire et le maire de Varenne, Marc Olivo. | Anne Lemaire n'a pas proposé que les ponts soient fermés la nuit.",
                Fr,
                &[],
            ),
        ];
        assert_rows("other agent", table);
    }
}

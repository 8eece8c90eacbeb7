//! Sides: the claim has its subject act *for* what the window has it act
//! *against*, after the same verb ("Tom Fisher a voté pour le projet"
//! against "Tom Fisher voted against the plan"; "campaigned against" /
//! "a fait campagne pour"). The words of a side are function words, which
//! the coverage leaves out, so without this rule the two read alike.
//!
//! It contradicts when most of the claim is stated, in a sentence about its
//! subject with the same polarity, every fact agreeing; otherwise it keeps
//! the window from supporting.

use super::{Beside, Rule};
use crate::facts::{CueKind, Facts, Vocabulary};
use crate::matcher::context::{MatchContext, carries_meaning};
use crate::matcher::finding::{Effect, Finding, Kind};

/// Share of the claim the window must state for two sides to contradict.
pub const SIDE_COVERAGE: f64 = 0.6;

/// Words after a verb that take a side, folded: for, then against.
const FOR: &[&str] = &["pour", "for"];
const AGAINST: &[&str] = &["contre", "against"];

pub struct SideRule;

#[derive(Clone, Copy, PartialEq)]
enum Side {
    For,
    Against,
}

/// The side taken by the words right after token `t`, if any, and the
/// token that says it.
fn side_after(f: &Facts, t: usize) -> Option<(usize, Side)> {
    let next = f.tokens.get(t + 1)?;
    let w = next.norm.as_str();
    let word = |k: usize| f.tokens.get(t + k).map_or("", |x| x.norm.as_str());
    // "in favour of", "en faveur de/du/des"
    if (w == "in" && matches!(word(2), "favour" | "favor") && word(3) == "of")
        || (w == "en" && word(2) == "faveur" && matches!(word(3), "de" | "d" | "du" | "des"))
    {
        return Some((t + 2, Side::For));
    }
    // "pour" before an infinitive is a purpose: "a voté pour empêcher"
    let purpose = w == "pour"
        && f.tokens
            .get(t + 2)
            .is_some_and(|a| crate::facts::is_french_infinitive(&a.norm));
    if FOR.contains(&w) && !purpose {
        Some((t + 1, Side::For))
    } else if AGAINST.contains(&w) {
        Some((t + 1, Side::Against))
    } else {
        None
    }
}

impl Rule for SideRule {
    fn name(&self) -> &'static str {
        "side"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        if super::settled(earlier) {
            return Vec::new();
        }
        let claim = cx.claim;
        for v in cx.claim_verbs() {
            let Some((cp, side)) = side_after(claim, v) else {
                continue;
            };
            let found = super::other_value_beside(
                cx,
                v,
                |s| cx.names_subject(s),
                |f, u| {
                    side_after(f, u).map(|(at, ws)| {
                        if ws == side {
                            Beside::Same
                        } else {
                            Beside::Other(at)
                        }
                    })
                },
            );
            let Some((s, at)) = found else {
                continue;
            };
            let contradicts = cx.coverage.share >= SIDE_COVERAGE
                && cx.window[s].facts.negated() == claim.negated()
                && super::facts_agree(earlier);
            let effect = if contradicts {
                Effect::Contradicts
            } else {
                Effect::Blocks
            };
            return vec![super::word_against_word(
                cx,
                (Kind::Opposite, effect),
                cp,
                s,
                at,
            )];
        }
        stance_against_stance(cx, earlier).into_iter().collect()
    }
}

/// Words after a passive side's "par" / "by" within which its party is
/// named ("saluée par le syndicat Unite").
const PASSIVE_PARTY_REACH: usize = 4;
/// Words before a passive side within which what it is taken on is named
/// ("une déclaration publiée sur son site internet, immédiatement saluée").
const PASSIVE_OBJECT_REACH: usize = 12;

/// Words an evaluation verb may stand before the word it calls a thing
/// ("called the decision a betrayal").
const EVALUATION_REACH: usize = 6;

/// The side token `t` of `f` takes, and the tokens that say it: a verb of
/// approval or disapproval ("a soutenu", "opposed"), a verb or a noun of
/// taking sides with its "pour"/"against" ("a voté contre", "une pétition
/// en faveur du projet"), a verb of calling with the
/// word it calls the thing, in its clause ("called the decision a
/// betrayal"). `f` is the analysis of `text`.
fn stance_at(text: &str, f: &Facts, t: usize) -> Option<(std::ops::Range<usize>, Side)> {
    let vocab = Vocabulary::shared();
    let is = |k: CueKind, u: usize| vocab.is_cue(f.lang, k, &f.tokens[u].norm);
    if is(CueKind::Approval, t) {
        return Some((t..t + 1, Side::For));
    }
    if is(CueKind::Disapproval, t) {
        return Some((t..t + 1, Side::Against));
    }
    if is(CueKind::SideVerb, t) || is(CueKind::SideNoun, t) {
        return side_after(f, t).map(|(at, side)| (t..at + 1, side));
    }
    if is(CueKind::EvaluationVerb, t) {
        let end = (t + 1 + EVALUATION_REACH).min(f.tokens.len());
        for u in t + 1..end {
            // not past the end of the clause
            if text[f.tokens[u - 1].span.end..f.tokens[u].span.start]
                .contains(['.', ';', ':', '!', '?'])
            {
                break;
            }
            if is(CueKind::ApprovalWord, u) {
                return Some((t..u + 1, Side::For));
            }
            if is(CueKind::DisapprovalWord, u) {
                return Some((t..u + 1, Side::Against));
            }
        }
    }
    None
}

/// The claim has its party take one side of something by one verb, the
/// window has the same party take the other by another: "Tom Fisher a
/// soutenu le projet" against "Tom Fisher voted against the plan"; "Le
/// syndicat Unite a salué la décision" against "The union Unite called the
/// decision a betrayal". The party is named before both verbs (the claim's
/// words before its verb, a few words before the window's), what the side
/// is taken on is found after both, neither side negated, most of the claim
/// stated or nothing but its verb missing, every fact agreeing. A side the
/// same as the claim's decides nothing here. The other side taken on
/// something else of the claim's thing ("criticised the cost of the plan")
/// does not contradict; when the window does not write the claim's side, it
/// keeps the window from supporting.
fn stance_against_stance(cx: &MatchContext<'_>, earlier: &[Finding]) -> Option<Finding> {
    let claim = cx.claim;
    if claim.negated() || !super::facts_agree(earlier) {
        return None;
    }
    let (claim_at, claim_side) =
        (0..claim.tokens.len()).find_map(|t| stance_at(cx.claim_text, claim, t))?;
    // (a stance word the window says otherwise, by its opposite, is left
    // out: the rest of the claim is judged without it; a verb or a noun
    // the window writes, with the other side's "pour" / "contre", is
    // stated)
    let stated = cx.coverage.share_besides(claim_at.start) >= SIDE_COVERAGE
        || !cx.coverage.missing.is_empty()
            && cx
                .coverage
                .missing
                .iter()
                .all(|m| claim.tokens[claim_at.clone()].iter().any(|t| t.norm == m));
    if !stated || !cx.coverage.missing_names.is_empty() {
        return None;
    }
    let party_name = claim
        .keys
        .names
        .iter()
        .copied()
        .filter(|&n| n < claim_at.start)
        .max();
    let claim_side_unsaid = claim.tokens[claim_at.clone()]
        .iter()
        .any(|t| cx.coverage.missing.iter().any(|m| *m == t.norm));
    let mut held = None;
    // the claim's words of what its side is taken on, those the window
    // states (its time and its figures aside: the date and number rules
    // judge them)
    let object_words: Vec<usize> = (claim_at.end..claim.tokens.len())
        .filter(|&c| {
            carries_meaning(claim, c)
                && !crate::facts::in_time_phrase(claim, c)
                && !crate::facts::is_fact_word(&claim.tokens[c].norm)
                && cx.coverage.found().any(|(fc, _)| fc == c)
        })
        .collect();
    for (s, ws) in cx.window.iter().enumerate() {
        let f = ws.facts;
        for t in 0..f.tokens.len() {
            let Some((at, side)) = stance_at(ws.text, f, t) else {
                continue;
            };
            let clause = cx.clause(s, t);
            let negated = f
                .negations
                .iter()
                .any(|c| c.tokens.start < clause.end && clause.start < c.tokens.end);
            // a passive side, its party after "par" / "by" and what it is
            // taken on before it: "une déclaration ..., saluée par Kiev",
            // "the decision was condemned by the union"
            let by = (at.len() == 1
                && f.tokens
                    .get(at.end)
                    .is_some_and(|w| super::AGENT_WORDS.contains(&w.norm.as_str())))
            .then_some(at.end);
            let found = |claim_range: &dyn Fn(usize) -> bool, place: &dyn Fn(usize) -> bool| {
                cx.coverage
                    .found()
                    .any(|(c, (ms, mt))| claim_range(c) && ms == s && place(mt))
            };
            // the party's words: its last name, when it has one ("the
            // Labour party" is not "the Green party", "la Chambre
            // d'assemblée de Terre-Neuve" not "la Chambre des communes")
            let party_word = |c: usize| c < claim_at.start && party_name.is_none_or(|n| c == n);
            // (the active side's party, wherever the sentence writes it: the
            // coverage keeps one place a word, perhaps in another sentence)
            let party_written = |place: &dyn Fn(usize) -> bool| {
                (0..claim_at.start)
                    .filter(|&c| party_word(c) && carries_meaning(claim, c))
                    .any(|c| cx.places_of(c, s).any(place))
            };
            // (what the claim's side is taken on, found after the window's
            // side: as its own object, or within something else it is taken
            // on, "criticised the cost of the plan")
            let (party, object, within) = match by {
                Some(b) => {
                    let object = found(&|c| c >= claim_at.end, &|mt| {
                        mt < t && mt + PASSIVE_OBJECT_REACH >= t
                    });
                    (
                        found(&party_word, &|mt| mt > b && mt <= b + PASSIVE_PARTY_REACH),
                        object,
                        object,
                    )
                }
                None => {
                    // every word of what the claim's side is taken on that the
                    // window states, written after the window's side ("le
                    // projet de piscine" is not "the stadium plan")
                    let after = |mt: usize| mt > t && mt + 1 != at.end;
                    let within = !object_words.is_empty()
                        && object_words.iter().all(|&c| cx.places_of(c, s).any(after));
                    let own = within
                        && object_words.iter().any(|&c| {
                            cx.places_of(c, s)
                                .any(|mt| after(mt) && own_object(cx, s, t, &at, mt))
                        });
                    (
                        party_written(&|mt| mt < t && mt + PASSIVE_PARTY_REACH >= t),
                        own,
                        within,
                    )
                }
            };
            if side == claim_side || negated || f.in_unasserted_clause(t) || !within || !party {
                continue;
            }
            let effect = if object {
                Effect::Contradicts
            } else if claim_side_unsaid {
                // the other side taken on something of the claim's thing
                // does not contradict, and the claim's side is not said
                Effect::Blocks
            } else {
                continue;
            };
            let finding = super::span_against_span(
                cx,
                (Kind::Opposite, effect),
                claim.span_of(claim_at.clone()),
                s,
                f.span_of(at),
            );
            if effect == Effect::Contradicts {
                return Some(finding);
            }
            held.get_or_insert(finding);
        }
    }
    held
}

/// Is window token `mt` of sentence `s`, after the side taken at token `t`
/// (its words `at`), what the side is taken on: every word between them
/// that carries meaning writes a word of the claim? "criticised the cost of
/// the plan", "opposed an amendment to the plan" take no side on the plan.
fn own_object(
    cx: &MatchContext<'_>,
    s: usize,
    t: usize,
    at: &std::ops::Range<usize>,
    mt: usize,
) -> bool {
    let f = cx.window[s].facts;
    (t + 1..mt)
        .filter(|u| !at.contains(u))
        .all(|u| !carries_meaning(f, u) || cx.writes_claim_word(s, u))
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn sides_table() {
        let contradicts = &[(Kind::Opposite, Effect::Contradicts)][..];
        let table: &[Row] = &[
            // a noun that takes a side: a petition, a motion
            (
                "About 4,000 residents signed a petition in favour of the stadium.",
                En,
                "About 4,000 residents signed a petition against the stadium last year.",
                En,
                contradicts,
            ),
            (
                "Environ 4 000 habitants ont signé une pétition en faveur du stade.",
                Fr,
                "About 4,000 residents signed a petition against the stadium last year.",
                En,
                contradicts,
            ),
            (
                "Environ 4 000 habitants ont signé une pétition contre le stade.",
                Fr,
                "About 4,000 residents signed a petition against the stadium last year.",
                En,
                &[],
            ),
            (
                "Jane Holt a voté pour le projet.",
                Fr,
                "The opposition leader, Jane Holt, voted against the plan.",
                En,
                contradicts,
            ),
            (
                "Jane Holt voted against the plan.",
                En,
                "Jane Holt a voté pour le projet de pont.",
                Fr,
                contradicts,
            ),
            (
                "Jane Holt a voté contre le projet.",
                Fr,
                "Jane Holt voted against the plan.",
                En,
                &[],
            ),
            // a purpose is no side
            (
                "Jane Holt a voté pour empêcher le péage.",
                Fr,
                "Jane Holt voted against the toll.",
                En,
                &[],
            ),
            // another verb's side says nothing of the vote
            (
                "Jane Holt a voté pour le projet.",
                Fr,
                "Jane Holt voted for the plan, then argued against the toll.",
                En,
                &[],
            ),
        ];
        assert_rows("side", table);
    }

    /// One side taken by one verb against the other taken by another: a
    /// verb of approval or disapproval, of voting with its "for"/"against",
    /// of calling something a betrayal or a victory.
    #[test]
    fn stances_by_other_verbs() {
        let contradicts = &[(Kind::Opposite, Effect::Contradicts)][..];
        let blocks = &[(Kind::Opposite, Effect::Blocks)][..];
        let table: &[Row] = &[
            (
                "Tom Fisher a soutenu le projet.",
                Fr,
                "The opposition leader, Tom Fisher, voted against the plan.",
                En,
                contradicts,
            ),
            (
                "Le syndicat Unite a salué la décision.",
                Fr,
                "The union Unite called the decision a betrayal.",
                En,
                contradicts,
            ),
            (
                "The union Unite welcomed the decision.",
                En,
                "Le syndicat Unite a qualifié la décision de trahison.",
                Fr,
                contradicts,
            ),
            (
                "Jane Holt opposed the bridge project.",
                En,
                "Jane Holt a voté pour le projet de pont.",
                Fr,
                contradicts,
            ),
            (
                "Le ministre a approuvé la réforme.",
                Fr,
                "Le ministre a dénoncé la réforme.",
                Fr,
                contradicts,
            ),
            (
                "The minister condemned the reform.",
                En,
                "The minister welcomed the reform.",
                En,
                contradicts,
            ),
            // a passive side: its party after "par" / "by", what it is taken
            // on before it
            (
                "Le syndicat Sud-Rail a salué la réforme des retraites.",
                Fr,
                "La réforme des retraites, présentée lundi, a été dénoncée par le syndicat Sud-Rail.",
                Fr,
                contradicts,
            ),
            (
                "The Labour party welcomed the budget.",
                En,
                "The budget was welcomed by the Green party and criticised by the Labour party.",
                En,
                contradicts,
            ),
            // another party of the same kind
            (
                "The Labour party criticised the budget.",
                En,
                "The budget was welcomed by the Green party and criticised by the Labour party.",
                En,
                &[],
            ),
            (
                "The Labour party welcomed the budget.",
                En,
                "The budget was criticised by the Green party.",
                En,
                &[],
            ),
            (
                "The Labour party welcomed the budget.",
                En,
                "The Green party criticised the budget.",
                En,
                &[],
            ),
            // the same side
            (
                "Le syndicat Unite a dénoncé la décision.",
                Fr,
                "The union Unite called the decision a betrayal.",
                En,
                &[],
            ),
            // another party takes the other side
            (
                "Tom Fisher a soutenu le projet.",
                Fr,
                "Tom Fisher spoke first; the mayor Jane Holt voted against the plan.",
                En,
                &[],
            ),
            // the window's side is negated
            (
                "The minister criticised the reform.",
                En,
                "The minister did not praise the reform.",
                En,
                &[],
            ),
            // what a verb of calling calls a thing is in its clause
            (
                "The union Unite welcomed the decision.",
                En,
                "The union Unite called the decision final; critics: a betrayal.",
                En,
                &[],
            ),
            // the claim's stance word is said otherwise, by its opposite:
            // the rest of the claim decides whether enough of it is stated
            // (what the side is taken on named more fully in the claim)
            (
                "Clara Dufresne a soutenu la grève des cheminots.",
                Fr,
                "La maire, Clara Dufresne, a dénoncé « une grève injustifiée » et a demandé un accord.",
                Fr,
                contradicts,
            ),
            (
                "Clara Dufresne backed the railway workers' strike.",
                En,
                "La maire, Clara Dufresne, a dénoncé « une grève injustifiée » et a demandé un accord.",
                Fr,
                contradicts,
            ),
            (
                "Clara Dufresne a soutenu la grève des cheminots.",
                Fr,
                "La maire, Clara Dufresne, a dénoncé « un budget injustifié » et a demandé un accord.",
                Fr,
                &[],
            ),
            // another thing is what the window's side is taken on: no
            // contradiction, and the claim's side not said
            (
                "The Varenne council supported the stadium plan.",
                En,
                "The Varenne council criticised the cost of the stadium plan.",
                En,
                blocks,
            ),
            (
                "The Varenne council approved the stadium plan.",
                En,
                "The Varenne council opposed an amendment to the stadium plan.",
                En,
                blocks,
            ),
            (
                "Le conseil de Varenne a soutenu le projet de stade.",
                Fr,
                "Le conseil de Varenne a critiqué le coût du projet de stade.",
                Fr,
                blocks,
            ),
            (
                "The Varenne council supported the stadium plan.",
                En,
                "Le conseil de Varenne a critiqué le coût du projet de stade.",
                Fr,
                blocks,
            ),
            // the claim's side said as well
            (
                "The Varenne council supported the stadium plan.",
                En,
                "The Varenne council supported the stadium plan but criticised the cost of the stadium plan.",
                En,
                &[],
            ),
            (
                "Le conseil de Varenne a soutenu le projet de stade.",
                Fr,
                "Le conseil de Varenne a critiqué le projet de stade.",
                Fr,
                contradicts,
            ),
            (
                "Tom Fisher supported the bridge.",
                En,
                "Tom Fisher, who supports the bridge, voted against the toll.",
                En,
                &[],
            ),
        ];
        assert_rows("side", table);
    }
}

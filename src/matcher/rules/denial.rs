//! Denials: a party denies what the claim states ("ce que NSO réfute").
//! The sentence reports the denial; it neither states the claim nor refutes
//! it (a denial is not proof). Shown with who denies. But a claim that the
//! party confirmed ("NSO confirmed ...") is contradicted by its denial, and
//! a claim that it denied by its confirmation: the stance is the fact.

use super::Rule;
use super::negation::NEGATION_COVERAGE;
use crate::facts::{CueKind, Vocabulary};
use crate::matcher::context::MatchContext;
use crate::matcher::finding::{Effect, Finding, Kind};
use crate::text::name_key;

/// Tokens around a denial verb within which claim words must match.
const DENIAL_REACH: usize = 12;

pub struct DenialRule;

impl Rule for DenialRule {
    fn name(&self) -> &'static str {
        "denial"
    }

    fn check(&self, cx: &MatchContext<'_>, _: &[Finding]) -> Vec<Finding> {
        let vocab = Vocabulary::shared();
        // the claim's own stance verb is compared as a stance, not looked
        // for as a word: "NSO confirmed the sale" against "NSO a démenti la
        // vente" states all the rest
        let claim = cx.claim;
        let stance_word = |norm: &str| {
            vocab.is_cue(claim.lang, CueKind::Confirmation, norm)
                || claim.denials.iter().any(|c| {
                    claim.tokens[c.tokens.clone()]
                        .iter()
                        .any(|t| t.norm == norm)
                })
        };
        let only_stance_missing =
            !cx.coverage.missing.is_empty() && cx.coverage.missing.iter().all(|m| stance_word(m));
        // enough of the claim stated to compare stances; less is enough to
        // see that the claim's own subject denies it
        let stated = cx.coverage.share >= NEGATION_COVERAGE || only_stance_missing;
        let claim_confirms = cx
            .claim
            .tokens
            .iter()
            .any(|t| vocab.is_cue(cx.claim.lang, CueKind::Confirmation, &t.norm));
        let claim_denies = !cx.claim.denials.is_empty();
        if claim_denies {
            if !stated {
                return Vec::new();
            }
            // "NSO denied" against "NSO a confirmé": the opposite stance
            return stance_near_match(cx, |s, t| {
                let f = cx.window[s].facts;
                vocab.is_cue(f.lang, CueKind::Confirmation, &f.tokens[t].norm)
            })
            .map(|(s, t, who)| opposite(cx, "(denied)", s, t, who))
            .into_iter()
            .collect();
        }
        let denial = stance_near_match(cx, |s, t| {
            cx.window[s]
                .facts
                .denials
                .iter()
                .any(|c| c.tokens.start == t)
        });
        match denial {
            // "NSO confirmed" against "ce que NSO dément": the opposite stance
            // of the same party
            Some((s, t, who))
                if stated && claim_confirms && cx.coverage.missing_names.is_empty() =>
            {
                vec![opposite(cx, "(confirmed)", s, t, who)]
            }
            // the claim's own subject denies what the claim has it say or
            // do ("NSO accepted that Pegasus was used ..." against "...,
            // ce que NSO réfute"): the window cannot state the claim
            Some((s, t, who)) => {
                let by_subject = denier_is_claim_subject(cx, who.as_deref());
                if !stated && !by_subject {
                    return Vec::new();
                }
                let effect = if by_subject {
                    Effect::Blocks
                } else {
                    Effect::Neutral
                };
                let ws = &cx.window[s];
                let verb = ws.facts.tokens[t].span.clone();
                vec![
                    Finding::new(Kind::Denial, effect, "(stated)", &ws.text[verb.clone()])
                        .about(who)
                        .at_source(s, verb),
                ]
            }
            None => Vec::new(),
        }
    }
}

/// A stance verb of the window (token `t` of sentence `s`, where `is_stance`
/// holds) with at least two claim words matched near it, in a sentence about
/// the claim's subject; and who takes the stance (the capitalised words just
/// before it: "ce que NSO réfute").
fn stance_near_match(
    cx: &MatchContext<'_>,
    is_stance: impl Fn(usize, usize) -> bool,
) -> Option<(usize, usize, Option<String>)> {
    for (s, ws) in cx.window.iter().enumerate() {
        let tokens = &ws.facts.tokens;
        for t in (0..tokens.len()).filter(|&t| is_stance(s, t)) {
            let near = cx
                .coverage
                .matched
                .iter()
                .filter(|(ms, mt)| *ms == s && *mt != t && mt.abs_diff(t) <= DENIAL_REACH)
                .count();
            if near < 2 {
                continue;
            }
            let who: Vec<&str> = (t.saturating_sub(3)..t)
                .filter(|&k| tokens[k].capitalized)
                .map(|k| &ws.text[tokens[k].span.clone()])
                .collect();
            return Some((s, t, (!who.is_empty()).then(|| who.join(" "))));
        }
    }
    None
}

/// The window takes the opposite stance of the claim's, about the claim's
/// party: a contradiction; another party's stance is only shown.
fn opposite(
    cx: &MatchContext<'_>,
    claim_side: &str,
    s: usize,
    t: usize,
    who: Option<String>,
) -> Finding {
    let ws = &cx.window[s];
    let verb = ws.facts.tokens[t].span.clone();
    // the party that takes the stance must be the claim's: "NSO a démenti"
    // contradicts "NSO confirmed", "Rabat a démenti" only reports
    let same_party = who
        .as_deref()
        .is_some_and(|w| names_one_of(w, &claim_name_keys(cx, |_| true)))
        || party_named_alike(cx, s, t);
    // the claim's own stance verb absent: the window reports the other
    // party's stance and states nothing of the claim's party
    let stance_stated =
        cx.claim.tokens.iter().enumerate().any(|(i, tok)| {
            is_stance(cx, i) && !cx.coverage.missing.iter().any(|m| *m == tok.norm)
        });
    let effect = if same_party {
        Effect::Contradicts
    } else if stance_stated {
        Effect::Neutral
    } else {
        Effect::Blocks
    };
    Finding::new(Kind::Denial, effect, claim_side, &ws.text[verb.clone()])
        .about(who)
        .at_source(s, verb)
}

/// Is the party who denies (the capitalised words before the window's
/// denial verb) named in the claim's subject, before its verb?
fn denier_is_claim_subject(cx: &MatchContext<'_>, who: Option<&str>) -> bool {
    let (Some(who), Some(verb)) = (who, cx.claim_verb_start()) else {
        return false;
    };
    names_one_of(who, &claim_name_keys(cx, |i| i < verb))
}

/// The name keys of the claim's names at the tokens `keep` keeps.
fn claim_name_keys(cx: &MatchContext<'_>, keep: impl Fn(usize) -> bool) -> Vec<String> {
    let claim = cx.claim;
    claim
        .keys
        .names
        .iter()
        .filter(|&&i| keep(i))
        .map(|&i| name_key(&claim.tokens[i].norm))
        .collect()
}

/// Does one word of `who` (as written) have one of these name keys?
fn names_one_of(who: &str, keys: &[String]) -> bool {
    who.split_whitespace()
        .any(|word| keys.contains(&name_key(&crate::text::fold(word))))
}

/// Is claim token `i` a stance verb (a confirmation or a denial)?
fn is_stance(cx: &MatchContext<'_>, i: usize) -> bool {
    let claim = cx.claim;
    Vocabulary::shared().is_cue(claim.lang, CueKind::Confirmation, &claim.tokens[i].norm)
        || claim.denials.iter().any(|c| c.tokens.contains(&i))
}

/// Does the window name the party of its stance verb (token `t` of
/// sentence `s`) with the words the claim names its own party with, before
/// its stance verb?
fn party_named_alike(cx: &MatchContext<'_>, s: usize, t: usize) -> bool {
    (0..cx.claim.tokens.len())
        .find(|&i| is_stance(cx, i))
        .is_some_and(|claim_stance| cx.same_party(claim_stance, s, t))
}

#[cfg(test)]
mod tests {
    use super::super::table::Case;
    use crate::text::Lang::{En, Fr};

    #[test]
    fn opposite_stances_contradict() {
        use crate::matcher::finding::Effect;
        let table = [
            (
                "NSO confirmed that its software was sold to the Moroccan police.",
                En,
                "NSO a démenti que son logiciel ait été vendu à la police marocaine.",
                Fr,
                Effect::Contradicts,
            ),
            (
                "NSO a confirmé avoir vendu son logiciel à la police marocaine.",
                Fr,
                "NSO denied selling its software to the Moroccan police.",
                En,
                Effect::Contradicts,
            ),
            (
                "NSO denied selling its software to the Moroccan police.",
                En,
                "NSO a confirmé avoir vendu son logiciel à la police marocaine.",
                Fr,
                Effect::Contradicts,
            ),
            // "accepted that" admits what the other side denies
            (
                "Renault accepted that customer data had been stolen from its servers.",
                En,
                "Des données de clients auraient été volées sur les serveurs de Renault, ce que Renault dément.",
                Fr,
                Effect::Contradicts,
            ),
            (
                "Renault a accepté que des données de clients avaient été volées sur ses serveurs.",
                Fr,
                "Customer data was allegedly stolen from Renault's servers, which Renault denies.",
                En,
                Effect::Contradicts,
            ),
            // the claim's subject is who denies, whatever the claim has it
            // say: the window cannot state the claim
            (
                "Renault said that customer data had been stolen from the servers of its factories in 2023.",
                En,
                "Des données de clients auraient été volées, ce que Renault dément.",
                Fr,
                Effect::Blocks,
            ),
            (
                "Renault a expliqué que des données de clients avaient été volées sur les serveurs de ses usines en 2023.",
                Fr,
                "Customer data was allegedly stolen, which Renault denies.",
                En,
                Effect::Blocks,
            ),
            // short claims: everything but the stance verb is stated
            (
                "NSO confirmed the sale.",
                En,
                "NSO a démenti la vente.",
                Fr,
                Effect::Contradicts,
            ),
            (
                "NSO a démenti la vente.",
                Fr,
                "NSO confirmed the sale.",
                En,
                Effect::Contradicts,
            ),
            // the same party named by common nouns
            (
                "The ministry of industry confirmed it had been informed of the closure.",
                En,
                "Le ministère de l'Industrie a démenti avoir été informé de la fermeture.",
                Fr,
                Effect::Contradicts,
            ),
            (
                "Le ministère de l'Industrie a démenti avoir été informé de la fermeture.",
                Fr,
                "The ministry of industry confirmed it had been informed of the closure.",
                En,
                Effect::Contradicts,
            ),
            // another party's denial is only shown; it keeps the window from
            // supporting a confirmation it does not state
            (
                "NSO confirmed that its software was sold to the Moroccan police.",
                En,
                "Rabat a démenti que le logiciel de NSO ait été vendu à la police marocaine.",
                Fr,
                Effect::Blocks,
            ),
            (
                "NSO confirmed that its software was sold to the Moroccan police.",
                En,
                "NSO confirmed that its software was sold to the Moroccan police, which Rabat denied.",
                En,
                Effect::Neutral,
            ),
        ];
        super::super::table::assert_effects("denial", &table);
        // a stance is compared only when the rest of the claim is stated
        let found = Case::new(
            "NSO confirmed the sale.",
            En,
            "NSO a vendu le logiciel.",
            Fr,
        )
        .findings_of("denial");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn denials_table() {
        let table = [
            (
                "Pegasus was used to spy on the French president.",
                En,
                "Pegasus aurait été utilisé pour espionner le président français, ce que NSO réfute.",
                Fr,
                Some(("réfute", Some("NSO"))),
            ),
            (
                "Pegasus was used to spy on the president.",
                En,
                "NSO denies that Pegasus was used to spy on the president.",
                En,
                Some(("denies", Some("NSO"))),
            ),
            (
                "Pegasus was used to spy on the president.",
                En,
                "Pegasus was used to spy on the president.",
                En,
                None,
            ),
        ];
        for (claim, cl, window, wl, want) in table {
            let found = Case::new(claim, cl, window, wl).findings_of("denial");
            let got = found
                .first()
                .map(|f| (f.source.as_str(), f.about.as_deref()));
            assert_eq!(got, want, "{window}");
        }
    }
}

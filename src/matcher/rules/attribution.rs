//! Attribution: a claim that says on whose word it holds ("selon la
//! direction", "according to the union", "d'après le ministère") is not
//! stated by a window sentence that gives the same content on another
//! party's word ("Selon l'UDC, 72 % des conducteurs étaient en grève ; la
//! direction avance le chiffre de 48 %" does not say that management put it
//! at 72 %). A sentence that names no one stays free to support (the
//! writer states it); the same party, in either language, supports, and so
//! does a sentence that does not name the claim's party apart (it may be
//! whom the other quotes). The other party, with the claim's own named
//! apart, keeps the window from supporting (reason `role`, shown by
//! `explain`): which party said it is the claim's point.

use super::Rule;
use crate::facts::Facts;
use crate::matcher::context::{MatchContext, carries_meaning};
use crate::matcher::finding::{Effect, Finding, Kind};
use std::ops::Range;

pub struct AttributionRule;

/// Claim words, at least, the other party's sentence must state besides
/// the parties for it to be the claim's statement (one with a fact of the
/// claim found there).
const STATED_WORDS: usize = 2;

impl Rule for AttributionRule {
    fn name(&self) -> &'static str {
        "attribution"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        let claim = cx.claim;
        let Some((span, _)) = &claim.attribution else {
            return Vec::new();
        };
        if earlier.iter().any(|f| f.effect == Effect::Contradicts) {
            return Vec::new();
        }
        let party = words_within(claim, span);
        if party.is_empty() {
            return Vec::new();
        }
        for (s, ws) in cx.window.iter().enumerate() {
            let Some((wspan, who)) = &ws.facts.attribution else {
                continue;
            };
            let f = ws.facts;
            let theirs: Vec<usize> = f.tokens_within(wspan).collect();
            // the claim's statement: its words there outside both parties,
            // or a fact of it found there
            let statement: Vec<usize> = (cx.coverage.found())
                .filter(|&(c, (ms, mt))| ms == s && !party.contains(&c) && !theirs.contains(&mt))
                .map(|(_, (_, mt))| mt)
                .collect();
            let fact_found = earlier.iter().any(|e| {
                e.effect == Effect::Supports
                    && e.kind.is_fact()
                    && e.source_span.as_ref().is_some_and(|sp| sp.sentence == s)
            });
            let stated = statement.len() >= STATED_WORDS || fact_found && !statement.is_empty();
            if !stated {
                continue;
            }
            // the claim's party named in the part of the sentence that
            // holds the statement ("Benny Gantz a informé Florence Parly
            // que ..., a indiqué le ministère" is Gantz's word too), or as
            // the sentence's own attribution
            let part = segment(ws.text, f, statement[0]);
            let same_party = party.iter().any(|&c| {
                cx.places_of(c, s)
                    .any(|u| theirs.contains(&u) || part.contains(&u))
            });
            // ... and the claim's party named apart, with a say of its own
            // ("; la direction avance le chiffre de 48 %"): a party the
            // sentence does not name may be whom it quotes ("Il a souligné
            // que", "la télévision israélienne")
            let named_apart = party
                .iter()
                .any(|&c| cx.places_of(c, s).any(|u| !part.contains(&u)));
            if !same_party && named_apart {
                let claimed = &cx.claim_text[span.clone()];
                return vec![
                    Finding::new(Kind::Role, Effect::Blocks, claimed, who)
                        .at_claim(span.clone())
                        .at_source(s, wspan.clone()),
                ];
            }
        }
        Vec::new()
    }
}

/// The part of sentence `f` (text `text`) that token `t` stands in,
/// between semicolons: "Selon l'UDC, 72 % des conducteurs étaient en grève ;
/// la direction avance le chiffre de 48 %" has two statements.
fn segment(text: &str, f: &Facts, t: usize) -> Range<usize> {
    let breaks = |u: usize| text[f.tokens[u - 1].span.end..f.tokens[u].span.start].contains(';');
    let start = (1..=t).rev().find(|&u| breaks(u)).unwrap_or(0);
    let end = (t + 1..f.tokens.len())
        .find(|&u| breaks(u))
        .unwrap_or(f.tokens.len());
    start..end
}

/// The claim's content words inside byte span `span` (the party named).
fn words_within(f: &Facts, span: &Range<usize>) -> Vec<usize> {
    f.tokens_within(span)
        .filter(|&t| carries_meaning(f, t))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::table::Case;
    use crate::matcher::finding::Effect;
    use crate::text::Lang::{En, Fr};

    /// (claim, its language, window, its language, whether the rule keeps
    /// the window from supporting, or the number rule contradicts it)
    #[test]
    fn another_partys_word_does_not_state_the_claims() {
        let fr = "Selon le syndicat, 65 % des infirmiers étaient en grève lundi ; la direction avance le chiffre de 40 %.";
        let en = "According to the union, 65% of nurses were on strike on Monday; management put the figure at 40%.";
        let plain = "65 % des infirmiers étaient en grève lundi.";
        for (claim, cl, window, wl, blocks) in [
            (
                "Selon la direction, 65 % des infirmiers étaient en grève.",
                Fr,
                fr,
                Fr,
                true,
            ),
            (
                "According to management, 65% of nurses were on strike.",
                En,
                fr,
                Fr,
                true,
            ),
            (
                "According to management, 65% of nurses were on strike.",
                En,
                en,
                En,
                true,
            ),
            (
                "Selon le syndicat, 65 % des infirmiers étaient en grève.",
                Fr,
                fr,
                Fr,
                false,
            ),
            (
                "According to the union, 65% of nurses were on strike.",
                En,
                fr,
                Fr,
                false,
            ),
            (
                "D'après le syndicat, 65 % des infirmiers étaient en grève.",
                Fr,
                en,
                En,
                false,
            ),
            // the writer's own statement names no party
            (
                "Selon la direction, 65 % des infirmiers étaient en grève.",
                Fr,
                plain,
                Fr,
                false,
            ),
            // a claim that names no party
            ("65 % des infirmiers étaient en grève.", Fr, fr, Fr, false),
            // another party that does not name the claim's: it may quote it
            (
                "Selon la direction, 65 % des infirmiers étaient en grève.",
                Fr,
                "Selon le syndicat, 65 % des infirmiers étaient en grève lundi.",
                Fr,
                false,
            ),
        ] {
            // (where the claim's party gives a figure of its own, "la
            // direction avance le chiffre de 40 %", the number rule
            // contradicts first)
            let case = Case::new(claim, cl, window, wl);
            let found = case.findings_of("attribution");
            let contradicted = case
                .findings_of("number")
                .iter()
                .any(|f| f.effect == Effect::Contradicts);
            let blocked = found.iter().any(|f| f.effect == Effect::Blocks) || contradicted;
            assert_eq!(blocked, blocks, "{claim} / {window}: {found:?}");
        }
    }
}

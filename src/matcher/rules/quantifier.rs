//! Quantifiers: the claim says how much of a set its predicate holds of
//! ("most residents", "tous les habitants", "few councillors") and the
//! window says it of the same noun otherwise: by another quantifier
//! ("only a few residents", "certains habitants") or by a percentage ("20%
//! of the residents", "la moitié des habitants"), said of it with the
//! claim's predicate ("Only a few residents were injured during the
//! evacuation" gives no share of the evacuated).
//!
//! Shares that cannot both hold contradict: all or most against few, a
//! figure below half for most, below nine in ten for all, few against
//! most, many or half and over; when most of the claim is stated, its
//! names included, in a sentence about its subject, neither side hedged or
//! negated, every fact agreeing. A share the window gives and that only
//! falls short of the claim's ("some" for "all", "many" for "most") keeps
//! it from supporting: it does not say the claim's, nor deny it. A window
//! that gives no share of the noun decides nothing.

use super::Rule;
use crate::facts::{Approx, Quantifier, Share, Unit};
use crate::matcher::context::{MatchContext, carries_meaning};
use crate::matcher::finding::{Effect, Finding, Kind};

/// Share of the claim the window must state for two quantifiers to
/// contradict.
pub const QUANTIFIER_COVERAGE: f64 = 0.7;
/// Tokens after a percentage within which the claim's noun stands as what
/// it is a share of ("20% of the residents").
const PERCENT_OF_REACH: usize = 4;

pub struct QuantifierRule;

/// How a claim's share stands to a window's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fit {
    /// The window's share says the claim's, or more.
    Holds,
    /// It falls short of the claim's without denying it.
    Short,
    /// The two cannot both hold.
    Excludes,
}

/// A claim's quantifier against a window's.
fn against_share(claim: Share, window: Share) -> Fit {
    use Share::*;
    match (claim, window) {
        (All, All) | (Most, All | Most) | (Many, All | Most | Many) => Fit::Holds,
        (Some, _) => Fit::Holds,
        (All | Most | Many, Few) | (Few, All | Most | Many) => Fit::Excludes,
        (Few, Few | Some) => Fit::Holds,
        (All, Most | Many | Some) | (Most, Many | Some) | (Many, Some) => Fit::Short,
    }
}

/// A claim's quantifier against a window's percentage of the same noun.
fn against_percent(claim: Share, value: f64, approx: Approx) -> Option<Fit> {
    // (a bound on the figure says too little of where it stands)
    if !matches!(approx, Approx::Exact | Approx::About) {
        return None;
    }
    Some(match claim {
        Share::All if value >= 100.0 => Fit::Holds,
        Share::All if value < 90.0 => Fit::Excludes,
        Share::Most | Share::Many if value > 50.0 => Fit::Holds,
        Share::Most if value < 50.0 => Fit::Excludes,
        Share::Some if value > 0.0 => Fit::Holds,
        Share::Few if value >= 50.0 => Fit::Excludes,
        Share::Few if value <= 20.0 => Fit::Holds,
        _ => Fit::Short,
    })
}

impl Rule for QuantifierRule {
    fn name(&self) -> &'static str {
        "quantifier"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        let claim = cx.claim;
        if super::settled(earlier) {
            return Vec::new();
        }
        if claim.quantifiers.is_empty() {
            return part_of_the_whole(cx).into_iter().collect();
        }
        let cov = cx.coverage;
        let may_contradict = cov.share >= QUANTIFIER_COVERAGE
            && cov.missing_names.is_empty()
            && super::facts_agree(earlier)
            && !claim.hedged()
            && !claim.negated();
        let mut out = Vec::new();
        for cq in &claim.quantifiers {
            let Some(predicate) = claim_predicate(cx, cq) else {
                continue;
            };
            let Some((fit, s, span, words)) = window_share(cx, cq, predicate) else {
                continue;
            };
            let f = cx.window[s].facts;
            let contradicts = fit == Fit::Excludes
                && may_contradict
                && cx.names_subject(s)
                && !f.hedged()
                && !f.negated();
            let effect = match fit {
                Fit::Holds => continue,
                Fit::Excludes if contradicts => Effect::Contradicts,
                _ => Effect::Blocks,
            };
            let claim_words = &cx.claim_text[claim.span_of(cq.tokens.start..cq.noun.end)];
            let noun = &cx.claim_text[claim.span_of(cq.noun.clone())];
            out.push(
                Finding::new(Kind::Number, effect, claim_words, words)
                    .about(Some(noun.to_string()))
                    .at_claim(claim.span_of(cq.tokens.start..cq.noun.end))
                    .at_source(s, span),
            );
        }
        out
    }
}

/// Singular definite determiners before a claim noun that make it one whole
/// thing ("paid the fine", "a payé l'amende"; a plural, "les vaccins", is
/// a kind as often as a set) (folded).
const DEFINITE: &[&str] = &[
    "the", "its", "his", "her", "their", "le", "la", "l", "son", "sa", "leur",
];

/// A claim that says its predicate of a whole thing, with a definite
/// determiner and no share ("Orvex has paid the fine", "a remboursé le
/// prêt"), against a window that says it of a part of that thing only
/// ("paid only part of the fine", "n'a payé qu'une partie de l'amende",
/// "repaid most of the loan", "some of the"): the part is no whole; it keeps
/// the window from supporting.
fn part_of_the_whole(cx: &MatchContext<'_>) -> Option<Finding> {
    let claim = cx.claim;
    let cov = cx.coverage;
    (0..cov.matched.len()).find_map(|k| {
        let (s, t) = cov.matched[k];
        let c = cov.matched_claim[k];
        let f = cx.window[s].facts;
        let singular = |norm: &str| !norm.ends_with('s') || norm.ends_with("ss");
        let whole = c > 0
            && DEFINITE.contains(&claim.tokens[c - 1].norm.as_str())
            && singular(&claim.tokens[c].norm)
            && carries_meaning(claim, c)
            && !claim.keys.names.contains(&c)
            && !claim.quantities.iter().any(|q| q.tokens.end == c);
        let part = f
            .quantifiers
            .iter()
            .find(|wq| wq.share != Share::All && wq.noun.start == t)?;
        // (what the window says of every copy of the claim's word)
        let all_parts = cx.places_of(c, s).all(|u| {
            f.quantifiers
                .iter()
                .any(|wq| wq.share != Share::All && wq.noun.start == u)
        });
        (whole && all_parts && cx.names_subject(s)).then(|| {
            let span = f.tokens[part.tokens.start].span.start..f.tokens[part.noun.end - 1].span.end;
            super::span_against_span(
                cx,
                (Kind::Number, Effect::Blocks),
                claim.tokens[c - 1].span.start..claim.tokens[c].span.end,
                s,
                span,
            )
        })
    })
}

/// Tokens after the quantified noun within which the window writes the
/// claim's predicate.
const PREDICATE_REACH: usize = 10;

/// What the claim says of its quantified noun: its verb after the noun
/// ([`MatchContext::claim_verbs`]: "were evacuated", "ont été évacués"),
/// or else its first word after the noun that carries meaning and is no
/// name ("Most residents of Varenne support the project"). None when it
/// says nothing after it.
fn claim_predicate(cx: &MatchContext<'_>, cq: &Quantifier) -> Option<usize> {
    let claim = cx.claim;
    cx.claim_verbs()
        .into_iter()
        .find(|&v| v >= cq.noun.end)
        .or_else(|| {
            (cq.noun.end..claim.tokens.len())
                .find(|&t| carries_meaning(claim, t) && !claim.tokens[t].capitalized)
        })
}

/// The share the window gives of the claim quantifier's noun that decides,
/// and how the claim's fits it: (fit, sentence, bytes, words).
fn window_share(
    cx: &MatchContext<'_>,
    cq: &Quantifier,
    predicate: usize,
) -> Option<(Fit, usize, std::ops::Range<usize>, String)> {
    // window tokens that write a word of the claim's noun
    let noun_at = |s: usize, range: std::ops::Range<usize>| {
        cq.noun
            .clone()
            .any(|c| cx.places_of(c, s).any(|u| range.contains(&u)))
    };
    // ... and the claim's predicate said of it: its first word after the
    // noun that carries meaning and is no claim word or name writes the
    // predicate ("Only a few residents of Varenne were evacuated"; not
    // "Only a few residents were injured during the evacuation")
    let said_of = |s: usize, noun_end: usize| {
        let f = cx.window[s].facts;
        let text = cx.window[s].text;
        let found = cx
            .places_of(predicate, s)
            .filter(|&u| u >= noun_end && u - noun_end <= PREDICATE_REACH)
            .min();
        found.is_some_and(|u| {
            let gap_start = f.tokens[noun_end.saturating_sub(1)].span.end;
            !text[gap_start..f.tokens[u].span.start].contains([',', ';', ':', '.', '(', ')'])
                && (noun_end..u).all(|t| {
                    !carries_meaning(f, t) || f.tokens[t].capitalized || cx.writes_claim_word(s, t)
                })
        })
    };
    let mut best: Option<(Fit, usize, std::ops::Range<usize>, String)> = None;
    for (s, ws) in cx.window.iter().enumerate() {
        let f = ws.facts;
        let shares = f
            .quantifiers
            .iter()
            .filter(|wq| {
                noun_at(s, wq.noun.clone())
                    && !f.in_unasserted_clause(wq.tokens.start)
                    && said_of(s, wq.noun.end)
            })
            .map(|wq| {
                let span = f.span_of(wq.tokens.start..wq.noun.end);
                (against_share(cq.share, wq.share), span)
            });
        let percents = f.quantities.iter().filter_map(|q| {
            if q.unit != Unit::Percent || q.ordinal || f.in_unasserted_clause(q.tokens.start) {
                return None;
            }
            // (where the noun it is a share of ends)
            let noun_end = match &q.noun {
                Some(n) => noun_at(s, n.tokens.clone()).then_some(n.tokens.end),
                None => cq
                    .noun
                    .clone()
                    .flat_map(|c| cx.places_of(c, s))
                    .filter(|u| (q.tokens.end..q.tokens.end + PERCENT_OF_REACH).contains(u))
                    .max()
                    .map(|u| u + 1),
            }?;
            if !said_of(s, noun_end) {
                return None;
            }
            let fit = against_percent(cq.share, q.value, q.approx)?;
            Some((fit, q.span.clone()))
        });
        for (fit, span) in shares.chain(percents) {
            // a share that holds settles it (the window may give another
            // of the same noun for another predicate: "most residents were
            // evacuated; only a few stayed"); otherwise the strongest
            // disagreement, excludes before short
            let rank = |fit: Fit| match fit {
                Fit::Holds => 3,
                Fit::Excludes => 2,
                Fit::Short => 1,
            };
            if best.as_ref().is_none_or(|b| rank(fit) > rank(b.0)) {
                let words = ws.text[span.clone()].to_string();
                best = Some((fit, s, span, words));
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn quantifier_table() {
        let excludes = &[(Kind::Number, Effect::Contradicts)][..];
        let short = &[(Kind::Number, Effect::Blocks)][..];
        let few = "Only a few residents of Varenne were evacuated on Sunday.";
        let quelques = "Seuls quelques habitants de Varenne ont été évacués dimanche.";
        let table: &[Row] = &[
            // shares that cannot both hold
            (
                "Most residents of Varenne were evacuated.",
                En,
                few,
                En,
                excludes,
            ),
            (
                "La plupart des habitants de Varenne ont été évacués.",
                Fr,
                quelques,
                Fr,
                excludes,
            ),
            (
                "Most residents of Varenne were evacuated.",
                En,
                quelques,
                Fr,
                excludes,
            ),
            (
                "Few residents of Varenne were evacuated.",
                En,
                "Most residents of Varenne were evacuated on Sunday.",
                En,
                excludes,
            ),
            (
                "Peu d'habitants de Varenne ont été évacués.",
                Fr,
                "La grande majorité des habitants de Varenne ont été évacués dimanche.",
                Fr,
                excludes,
            ),
            // ... a percentage below half for "most", below nine in ten for
            // "all", half or more for "few"
            (
                "Most residents of Varenne were evacuated.",
                En,
                "About 20% of the residents of Varenne were evacuated on Sunday.",
                En,
                excludes,
            ),
            (
                "Tous les habitants de Varenne ont été évacués.",
                Fr,
                "La moitié des habitants de Varenne ont été évacués dimanche.",
                Fr,
                excludes,
            ),
            (
                "Few residents of Varenne were evacuated.",
                En,
                "Environ 80 % des habitants de Varenne ont été évacués dimanche.",
                Fr,
                excludes,
            ),
            // a share that falls short of the claim's: not stated, not
            // denied
            (
                "All residents of Varenne were evacuated.",
                En,
                "Some residents of Varenne were evacuated on Sunday.",
                En,
                short,
            ),
            (
                "Tous les habitants de Varenne ont été évacués.",
                Fr,
                "Certains habitants de Varenne ont été évacués dimanche.",
                Fr,
                short,
            ),
            (
                "Most residents of Varenne were evacuated.",
                En,
                "Half of the residents of Varenne were evacuated on Sunday.",
                En,
                short,
            ),
            // shares that say the claim's, or more
            (
                "Most residents of Varenne were evacuated.",
                En,
                "All residents of Varenne were evacuated on Sunday.",
                En,
                &[],
            ),
            (
                "La plupart des habitants de Varenne ont été évacués.",
                Fr,
                "About 80% of the residents of Varenne were evacuated on Sunday.",
                En,
                &[],
            ),
            (
                "Some residents of Varenne were evacuated.",
                En,
                "Tous les habitants de Varenne ont été évacués dimanche.",
                Fr,
                &[],
            ),
            // a share that holds settles it: the other is another predicate's
            (
                "Most residents of Varenne were evacuated.",
                En,
                "Most residents of Varenne were evacuated on Sunday, and only a few residents stayed.",
                En,
                &[],
            ),
            // a share of the noun for another predicate
            (
                "Most residents of Varenne were evacuated.",
                En,
                "Only a few residents of Varenne were injured during the evacuation.",
                En,
                &[],
            ),
            // (past the noun's complement: "du quartier de la Digue")
            (
                "Most residents of the Digue district were evacuated.",
                En,
                "Seuls quelques habitants du quartier de la Digue ont été évacués dimanche.",
                Fr,
                excludes,
            ),
            (
                "La plupart des habitants de Varenne ont été évacués.",
                Fr,
                "Seuls quelques habitants de Varenne ont été blessés pendant l'évacuation.",
                Fr,
                &[],
            ),
            (
                "Most residents of Varenne were evacuated on Sunday.",
                En,
                "Only a few residents of Varenne returned home after being evacuated on Sunday.",
                En,
                &[],
            ),
            // a share of another noun, a window without any, a hedged one
            (
                "Most residents of Varenne were evacuated.",
                En,
                "Only a few shops of Varenne were closed on Sunday.",
                En,
                &[],
            ),
            (
                "Most residents of Varenne were evacuated.",
                En,
                "Residents of Varenne were evacuated on Sunday.",
                En,
                &[],
            ),
            (
                "La plupart des habitants de Varenne ont été évacués.",
                Fr,
                "Seuls quelques habitants de Varenne auraient été évacués dimanche.",
                Fr,
                short,
            ),
            // a whole thing against a part of it
            (
                "Orvex has paid the fine.",
                En,
                "Orvex has paid only part of the fine.",
                En,
                short,
            ),
            (
                "Orvex a payé l'amende.",
                Fr,
                "Orvex n'a payé qu'une partie de l'amende.",
                Fr,
                short,
            ),
            (
                "Orvex a remboursé le prêt.",
                Fr,
                "Orvex repaid most of the loan.",
                En,
                short,
            ),
            // ... the part claimed, the whole stated, a plural kind
            (
                "Orvex has paid part of the fine.",
                En,
                "Orvex a payé une partie de l'amende.",
                Fr,
                &[],
            ),
            (
                "Orvex has paid the fine.",
                En,
                "Orvex has paid the fine, and part of the costs.",
                En,
                &[],
            ),
            (
                "Les vaccins induisent une immunité.",
                Fr,
                "De nombreux vaccins induisent une immunité.",
                Fr,
                &[],
            ),
        ];
        assert_rows("quantifier", table);
    }
}

//! Match: one claim against one candidate (a sentence or a window of up to
//! three adjacent sentences) gives `supports`, `contradicts` or `related`,
//! with typed findings.
//!
//! The work is split as harper splits a linter: each rule (numbers, dates,
//! negation, conditions, denials, people, places, wording) is a file under
//! [`rules`] returning [`Finding`]s; [`decide`] alone turns them into the
//! relation. Precision of `contradicts` comes first: a contradiction is only
//! claimed when the two texts are about the same thing.

mod binding;
mod compare;
mod context;
mod coverage;
mod decide;
mod finding;
mod meaning;
pub mod rules;
mod sentence;
mod window;

pub use binding::nouns_match;
pub use compare::{Comparison, compare_dates, compare_quantities};
pub use context::MatchContext;
pub use coverage::{ContextReach, Coverage, Wording, coverage, place_names};
pub use decide::{Features, SupportModel, decide};
pub use finding::{Effect, Finding, Kind, SourceSpan};
pub use sentence::{CorpusStats, WindowSentence};
pub use window::{Article, ClaimUnderCheck, every_window, match_candidate};

use crate::facts::Facts;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    Contradicts,
    Supports,
    Related,
}

impl Relation {
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Supports => "supports",
            Relation::Contradicts => "contradicts",
            Relation::Related => "related",
        }
    }
}

/// The outcome of matching a claim against a candidate.
#[derive(Debug, Clone)]
pub struct MatchResult {
    pub relation: Relation,
    /// Every rule's findings, the coverage first.
    pub findings: Vec<Finding>,
    /// Weighted share of the claim's content words found in the candidate.
    pub coverage: f64,
    pub hedged: bool,
    pub attribution: Option<String>,
    /// What the decision weighed.
    pub features: Features,
    /// Reading the window again by meaning may find what its words lack
    /// ([`Coverage::worth_aligning`]).
    pub worth_aligning: bool,
}

/// Match a claim (its text and facts) against a window of sentences.
pub fn match_claim(
    claim_text: &str,
    claim: &Facts,
    window: &[WindowSentence<'_>],
    stats: &dyn CorpusStats,
) -> MatchResult {
    match_claim_in_context(claim_text, claim, window, &[], stats)
}

/// [`match_claim`], with sentences from earlier in the same article that
/// may say where the window's event took place. They supply place names
/// only; facts, negations and attributions come from the window alone.
pub fn match_claim_in_context(
    claim_text: &str,
    claim: &Facts,
    window: &[WindowSentence<'_>],
    context: &[WindowSentence<'_>],
    stats: &dyn CorpusStats,
) -> MatchResult {
    let reach = ContextReach::Places;
    match_claim_with(
        claim_text,
        claim,
        window,
        (context, reach),
        stats,
        Wording::Lexical,
    )
}

/// [`match_claim`], with the sentence a demonstrative of the window points
/// back to ("... sur cette rencontre" after "une rencontre ... a eu lieu à
/// Paris"): it may supply the claim's names and places, what that sentence
/// says the thing was; facts, negations and attributions still come from
/// the window alone.
pub fn match_claim_after_antecedent(
    claim_text: &str,
    claim: &Facts,
    window: &[WindowSentence<'_>],
    antecedent: &[WindowSentence<'_>],
    stats: &dyn CorpusStats,
) -> MatchResult {
    let reach = ContextReach::Names;
    match_claim_with(
        claim_text,
        claim,
        window,
        (antecedent, reach),
        stats,
        Wording::Lexical,
    )
}

/// [`match_claim`], with the claim words no dictionary key finds looked for
/// by meaning ([`meaning`]). Costlier: for a window the words nearly state.
pub fn match_claim_by_meaning(
    claim_text: &str,
    claim: &Facts,
    window: &[WindowSentence<'_>],
    stats: &dyn CorpusStats,
) -> MatchResult {
    let context = (&[][..], ContextReach::Places);
    match_claim_with(
        claim_text,
        claim,
        window,
        context,
        stats,
        Wording::ByMeaning,
    )
}

fn match_claim_with(
    claim_text: &str,
    claim: &Facts,
    window: &[WindowSentence<'_>],
    (context, reach): (&[WindowSentence<'_>], ContextReach),
    stats: &dyn CorpusStats,
    wording: Wording,
) -> MatchResult {
    let cov = coverage(claim_text, claim, window, context, reach, stats, wording);
    let cx = MatchContext {
        claim_text,
        claim,
        window,
        context,
        coverage: &cov,
        stats,
    };
    let mut findings = vec![Finding::new(
        Kind::Coverage,
        Effect::Neutral,
        format!("{:.2}", cov.share),
        "",
    )];
    findings.extend(rules::run(&cx));
    let hedged = window.iter().any(|w| w.facts.hedged());
    let features = Features {
        coverage: cov.share,
        anchored: f64::from(u8::from(findings.iter().any(|f| f.anchors))),
        novel: cov.novel.len() as f64,
        missing_weighty: cov.missing_weighty.len() as f64,
        hedged: f64::from(u8::from(hedged)),
        cross_language: f64::from(u8::from(
            window.first().is_some_and(|w| w.facts.lang != claim.lang),
        )),
    };
    let relation = decide(&features, &findings);
    MatchResult {
        relation,
        findings,
        coverage: cov.share,
        features,
        hedged,
        worth_aligning: cov.worth_aligning,
        attribution: window
            .iter()
            .find_map(|w| w.facts.attribution.as_ref().map(|(_, who)| who.clone())),
    }
}

#[cfg(test)]
mod tests;

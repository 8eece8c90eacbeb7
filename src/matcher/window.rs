//! Candidate windows: a fact is often split over sentences ("Selon
//! Amnesty, ... . Parmi eux, 14 ..."), so a candidate sentence is tried
//! alone and with its neighbours, and a window that lacks only the claim's
//! place is tried again with the earlier sentences that say where.

use super::decide::{waits_for_figure, waits_for_place};
use super::sentence::{CorpusStats, WindowSentence};
use super::{MatchResult, Relation, match_claim_by_meaning, match_claim_in_context, place_names};
use crate::facts::Facts;
use crate::text::name_key;
use std::ops::Range;

/// The sentences of one source as the matcher reads them: analysed on
/// demand (a claim touches a few sentences of a large corpus).
pub trait Article {
    fn sentence_count(&self) -> usize;
    fn text(&self, k: usize) -> &str;
    /// Make sure sentences `range` (clipped to the article) are analysed.
    fn analyse(&mut self, range: Range<usize>);
    /// The facts of sentence `k`, analysed already.
    fn facts(&self, k: usize) -> &Facts;

    /// Sentences `ks`, analysed already, as a window.
    fn window(&self, ks: impl Iterator<Item = usize>) -> Vec<WindowSentence<'_>>
    where
        Self: Sized,
    {
        ks.map(|k| WindowSentence {
            text: self.text(k),
            facts: self.facts(k),
        })
        .collect()
    }
}

/// The claim as every window is matched against it.
pub struct ClaimUnderCheck<'a> {
    pub text: &'a str,
    pub facts: &'a Facts,
}

/// The windows tried around sentence `i`, in order: alone, with the one
/// before, with the one after, with both, and with the two before (a
/// pronoun's antecedent two sentences back: "Benny Gantz a informé ... Il
/// s'est également entretenu avec ...").
fn windows_around(i: usize, n: usize) -> Vec<Range<usize>> {
    let mut windows = Vec::with_capacity(5);
    windows.push(i..i + 1);
    if i > 0 {
        windows.push(i - 1..i + 1);
    }
    if i + 1 < n {
        windows.push(i..i + 2);
    }
    if i > 0 && i + 1 < n {
        windows.push(i - 1..i + 2);
    }
    if i > 1 {
        windows.push(i - 2..i + 1);
    }
    windows
}

/// The windows around candidate sentence `i`, each matched when the
/// iterator reaches it (a caller that stops early matches no more).
fn matched_windows<'a, A: Article>(
    article: &'a mut A,
    claim: &'a ClaimUnderCheck<'a>,
    i: usize,
    stats: &'a dyn CorpusStats,
) -> impl Iterator<Item = (Range<usize>, MatchResult)> + 'a {
    let n = article.sentence_count();
    // each window's sentences are analysed when it is reached: the first
    // window that decides spares the analysis of the others
    windows_around(i, n).into_iter().map(move |w| {
        article.analyse(w.clone());
        let sentences = article.window(w.clone());
        let result = match_claim_in_context(claim.text, claim.facts, &sentences, &[], stats);
        (w, result)
    })
}

/// Match the claim around candidate sentence `i`: the first window that
/// decides, else the related one that states most of the claim; a window
/// that lacks only the place gets the article's earlier sentences.
pub fn match_candidate(
    article: &mut impl Article,
    claim: &ClaimUnderCheck<'_>,
    i: usize,
    stats: &dyn CorpusStats,
) -> Option<(Range<usize>, MatchResult)> {
    let mut best: Option<(Range<usize>, MatchResult)> = None;
    for (w, result) in matched_windows(article, claim, i, stats) {
        if result.relation != Relation::Related {
            best = Some((w, result));
            break;
        }
        if best
            .as_ref()
            .is_none_or(|(_, b)| result.coverage > b.coverage + 1e-9)
        {
            best = Some((w, result));
        }
    }
    let (window, mut result) = best?;
    // no window decided: the one that states most of the claim, read again
    // with the words no dictionary found looked for by meaning
    if result.relation == Relation::Related && result.worth_aligning {
        let sentences = article.window(window.clone());
        let by_meaning = match_claim_by_meaning(claim.text, claim.facts, &sentences, stats);
        if by_meaning.relation != Relation::Related || by_meaning.coverage > result.coverage {
            result = by_meaning;
        }
    }
    if waits_for_place(&result.findings)
        && let Some(placed) = with_place_context(article, claim, window.clone(), stats)
    {
        return Some((window, placed));
    }
    if waits_for_figure(&result.findings)
        && let Some(counted) = with_figure_context(article, claim, window.clone(), stats)
    {
        return Some((window, counted));
    }
    Some((window, result))
}

/// Every window around candidate sentence `i`, matched, without choosing:
/// what `scripts/fit_decision.py` learns from (the findings and features of
/// a window do not depend on the decision).
pub fn every_window(
    article: &mut impl Article,
    claim: &ClaimUnderCheck<'_>,
    i: usize,
    stats: &dyn CorpusStats,
) -> Vec<MatchResult> {
    matched_windows(article, claim, i, stats)
        .map(|(_, result)| result)
        .collect()
}

/// Sentences before a window searched for where its event took place.
const PLACE_LOOKBACK: usize = 8;

/// A window that says everything but where ("... une session ... s'était
/// tenue entre Eyal Hulata et ... Emmanuel Bonne" for "Eyal Hulata met
/// Emmanuel Bonne in Paris"), matched again with the earlier sentences of the
/// same article that name one of the same people together with the claim's
/// place ("Eyal Hulata a été envoyé à Paris"). Kept only if it then
/// supports the claim: context never makes a contradiction.
fn with_place_context(
    article: &mut impl Article,
    claim: &ClaimUnderCheck<'_>,
    window: Range<usize>,
    stats: &dyn CorpusStats,
) -> Option<MatchResult> {
    let facts = claim.facts;
    let place_tokens = place_names(facts);
    if place_tokens.is_empty() {
        return None;
    }
    let places: Vec<String> = place_tokens
        .iter()
        .map(|&i| name_key(&facts.tokens[i].norm))
        .collect();
    let has = |f: &Facts, key: &str| f.keys.words.iter().any(|w| w.iter().any(|k| k == key));
    // the claim's people that the window names too
    let shared: Vec<String> = facts
        .keys
        .names
        .iter()
        .map(|&i| name_key(&facts.tokens[i].norm))
        .filter(|k| !places.contains(k))
        .filter(|k| window.clone().any(|w| has(article.facts(w), k)))
        .collect();
    if shared.is_empty() {
        return None;
    }
    // only sentences that spell a place out are worth analysing
    let place_words: Vec<&str> = place_tokens
        .iter()
        .map(|&i| facts.tokens[i].norm.as_str())
        .collect();
    let lookback: Vec<usize> = (window.start.saturating_sub(PLACE_LOOKBACK)..window.start)
        .filter(|&k| {
            let folded = crate::text::fold(article.text(k));
            place_words.iter().any(|p| folded.contains(p))
        })
        .collect();
    for &k in &lookback {
        article.analyse(k..k + 1);
    }
    let article = &*article;
    let context = article.window(lookback.into_iter().filter(|&k| {
        let f = article.facts(k);
        places.iter().any(|p| has(f, p)) && shared.iter().any(|n| has(f, n))
    }));
    if context.is_empty() {
        return None;
    }
    supported_in_context(article, claim, window, &context, stats)
}

/// Sentences before a window searched for a count the claim refers to.
const FIGURE_LOOKBACK: usize = 12;

/// A window that says everything but a figure the claim refers to as known
/// ("Les 14 écoles rouvriront le lundi 13 novembre" against "The schools
/// will reopen on Monday 13 November"), matched again with the earlier
/// sentences of the same article that give figures ("closed all 14 public
/// schools"). Kept only if it then supports the claim: context
/// never makes a contradiction.
fn with_figure_context(
    article: &mut impl Article,
    claim: &ClaimUnderCheck<'_>,
    window: Range<usize>,
    stats: &dyn CorpusStats,
) -> Option<MatchResult> {
    let facts = claim.facts;
    if !facts
        .quantities
        .iter()
        .any(|q| super::rules::definite_figure(facts, q))
    {
        return None;
    }
    let lookback = window.start.saturating_sub(FIGURE_LOOKBACK)..window.start;
    article.analyse(lookback.clone());
    let article = &*article;
    let context = article.window(
        lookback
            .into_iter()
            .filter(|&k| !article.facts(k).quantities.is_empty()),
    );
    if context.is_empty() {
        return None;
    }
    supported_in_context(article, claim, window, &context, stats)
}

/// The window matched again with `context`, kept only if it then supports
/// the claim: context never makes a contradiction.
fn supported_in_context(
    article: &impl Article,
    claim: &ClaimUnderCheck<'_>,
    window: Range<usize>,
    context: &[WindowSentence<'_>],
    stats: &dyn CorpusStats,
) -> Option<MatchResult> {
    let sentences = article.window(window);
    let result = match_claim_in_context(claim.text, claim.facts, &sentences, context, stats);
    (result.relation == Relation::Supports).then_some(result)
}

//! The `check` pipeline: analyse the corpus and index it once, then check
//! every claim in parallel (retrieve → match → verdict). Results come back in
//! claim order, so output is the same whatever the number of threads.

use crate::claims::Claim;
use crate::corpus::Corpus;
use crate::facts::{DateContext, Facts, analyse};
use crate::matcher::{MatchResult, Relation, WindowSentence, match_claim};
use crate::retrieve::{SentenceIndex, SentenceRef, index_terms};
use crate::text::{Lang, detect_lang};
use crate::verdict::{Evidence, Verdict, aggregate};
use rayon::prelude::*;

/// Candidates taken from the index per claim.
pub const CANDIDATES: usize = 12;
/// Extra candidates taken from sources in the other language.
const CROSS_LANGUAGE_CANDIDATES: usize = 6;
/// Evidence kept per claim in the report: deciding first, then related.
pub const MAX_EVIDENCE: usize = 5;
/// Related sentences below this coverage are not worth showing.
const RELATED_MIN_COVERAGE: f64 = 0.3;

/// The corpus, analysed and indexed.
pub struct Prepared {
    pub corpus: Corpus,
    /// `facts[s][i]`: facts of sentence `i` of source `s`.
    pub facts: Vec<Vec<Facts>>,
    pub index: SentenceIndex,
}

/// Analyse every sentence (sources in parallel) and build the index.
pub fn prepare(corpus: Corpus) -> Prepared {
    let facts: Vec<Vec<Facts>> = corpus
        .sources
        .par_iter()
        .map(|source| {
            let mut recent_year = None;
            source
                .sentences
                .iter()
                .map(|s| {
                    let ctx = DateContext {
                        published: source.meta.published,
                        recent_year,
                    };
                    let f = analyse(&source.text[s.span.clone()], source.lang, ctx);
                    if let Some(y) = f
                        .dates
                        .iter()
                        .filter(|d| !d.year_inferred)
                        .filter_map(|d| d.year)
                        .next_back()
                    {
                        recent_year = Some(y);
                    }
                    f
                })
                .collect()
        })
        .collect();
    let index = SentenceIndex::build(&facts);
    Prepared {
        corpus,
        facts,
        index,
    }
}

/// What checking one claim gives.
#[derive(Debug, Clone)]
pub struct ClaimOutcome {
    pub lang: Lang,
    pub verdict: Verdict,
    pub reasons: Vec<String>,
    pub evidence: Vec<Evidence>,
    /// The candidates the index returned, with their scores (for `explain`).
    pub candidates: Vec<(SentenceRef, f64)>,
    pub facts: Facts,
}

/// Check all claims; the outcome of claim `i` is at index `i`.
pub fn check_all(prepared: &Prepared, claims: &[Claim]) -> Vec<ClaimOutcome> {
    claims
        .par_iter()
        .map(|c| check_claim(prepared, c))
        .collect()
}

/// Which sources a claim may be decided by (its `sources:` globs).
fn allowed_sources(prepared: &Prepared, claim: &Claim) -> Option<Vec<bool>> {
    if claim.sources.is_empty() {
        return None;
    }
    let mut builder = globset::GlobSetBuilder::new();
    for g in &claim.sources {
        // globs were validated when the claims were read
        if let Ok(glob) = globset::Glob::new(g) {
            builder.add(glob);
        }
    }
    let set = builder.build().ok()?;
    Some(
        prepared
            .corpus
            .sources
            .iter()
            .map(|s| set.is_match(&s.path))
            .collect(),
    )
}

pub fn check_claim(prepared: &Prepared, claim: &Claim) -> ClaimOutcome {
    let lang = claim.lang.unwrap_or_else(|| detect_lang(&claim.text));
    let facts = analyse(&claim.text, lang, DateContext::default());
    let allowed = allowed_sources(prepared, claim);
    let accept = |s: u32| allowed.as_ref().is_none_or(|a| a[s as usize]);
    let terms = index_terms(&facts);
    let mut candidates = prepared.index.search(&terms, &accept, CANDIDATES);
    // sentences in the other language share fewer keys with the claim and
    // lose to same-language look-alikes: they get places of their own
    let other_language = |s: u32| accept(s) && prepared.corpus.sources[s as usize].lang != lang;
    for found in prepared
        .index
        .search(&terms, &other_language, CROSS_LANGUAGE_CANDIDATES)
    {
        if !candidates.iter().any(|(r, _)| *r == found.0) {
            candidates.push(found);
        }
    }
    let idf = |k: &str| prepared.index.idf(k);
    let df = |k: &str| prepared.index.document_frequency(k);

    let mut evidence: Vec<Evidence> = Vec::new();
    for &(at, score) in &candidates {
        let (s, i) = (at.source as usize, at.sentence as usize);
        let Some((window, result)) = best_window(prepared, claim, &facts, s, i, &idf, &df) else {
            continue;
        };
        if result.relation == Relation::Related && result.coverage < RELATED_MIN_COVERAGE {
            continue;
        }
        let source = &prepared.corpus.sources[s];
        let span =
            source.sentences[window.start].span.start..source.sentences[window.end - 1].span.end;
        if evidence
            .iter()
            .any(|e| e.source == s && e.span.start < span.end && span.start < e.span.end)
        {
            continue;
        }
        let words = window
            .clone()
            .flat_map(|k| prepared.facts[s][k].tokens.iter().map(|t| t.norm.clone()))
            .collect();
        let attribution_chain =
            attribution_chain(prepared, s, window.start, result.attribution.as_deref());
        evidence.push(Evidence {
            source: s,
            attribution_chain,
            sentences: window,
            span,
            relation: result.relation,
            reasons: result.reasons,
            hedged: result.hedged,
            attribution: result.attribution,
            coverage: result.coverage,
            retrieval_score: score,
            words,
        });
    }
    let (verdict, reasons) = aggregate(&evidence);
    // deciding evidence first, then by coverage and retrieval score
    evidence.sort_by(|a, b| {
        a.relation
            .cmp(&b.relation)
            .then(b.coverage.total_cmp(&a.coverage))
            .then(b.retrieval_score.total_cmp(&a.retrieval_score))
            .then(a.source.cmp(&b.source))
            .then(a.span.start.cmp(&b.span.start))
    });
    evidence.truncate(MAX_EVIDENCE);
    ClaimOutcome {
        lang,
        verdict,
        reasons,
        evidence,
        candidates,
        facts,
    }
}

/// Try the sentence alone, then windows with its neighbours (a fact is often
/// split: "Selon Amnesty, ... . Parmi eux, 14 ..."); keep the first window
/// that decides, else the best related one.
fn best_window(
    prepared: &Prepared,
    claim: &Claim,
    facts: &Facts,
    s: usize,
    i: usize,
    idf: &dyn Fn(&str) -> f64,
    df: &dyn Fn(&str) -> usize,
) -> Option<(std::ops::Range<usize>, MatchResult)> {
    let n = prepared.facts[s].len();
    let mut windows: Vec<std::ops::Range<usize>> = Vec::with_capacity(6);
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
    // a pronoun's antecedent two sentences back ("Benny Gantz a informé ... Il
    // s'est également entretenu avec ...")
    if i > 1 {
        windows.push(i - 2..i + 1);
    }
    let source = &prepared.corpus.sources[s];
    let mut best: Option<(std::ops::Range<usize>, MatchResult)> = None;
    for w in windows {
        let sentences: Vec<WindowSentence> = w
            .clone()
            .map(|k| WindowSentence {
                text: source.sentence_text(k),
                facts: &prepared.facts[s][k],
            })
            .collect();
        let result = match_claim(&claim.text, facts, &sentences, idf, df);
        if result.relation != Relation::Related {
            return Some((w, result));
        }
        if best
            .as_ref()
            .is_none_or(|(_, b)| result.coverage > b.coverage + 1e-9)
        {
            best = Some((w, result));
        }
    }
    best
}

/// Sentences before the evidence searched for who reported it.
const CHAIN_LOOKBACK: usize = 3;

/// Who says it, as far as the text tells: the sentence's own attribution,
/// then a different source named just before ("d'après une révélation faite
/// par Le Monde, ... Selon Amnesty, ..."), then the outlet that published
/// the file. "Amnesty International (reported by Le Monde, via HuffPost)".
fn attribution_chain(
    prepared: &Prepared,
    s: usize,
    first: usize,
    own: Option<&str>,
) -> Vec<String> {
    let mut chain: Vec<String> = Vec::new();
    if let Some(own) = own {
        chain.push(own.to_string());
    }
    let earlier = (first.saturating_sub(CHAIN_LOOKBACK)..first)
        .rev()
        .filter_map(|k| {
            prepared.facts[s][k]
                .attribution
                .as_ref()
                .map(|(_, who)| who.clone())
        })
        .find(|who| !chain.iter().any(|c| same_name(c, who)));
    if let Some(who) = earlier
        && !chain.is_empty()
    {
        chain.push(who);
    }
    if let Some(outlet) = &prepared.corpus.sources[s].meta.outlet
        && !chain.iter().any(|c| same_name(c, outlet))
    {
        chain.push(outlet.clone());
    }
    chain
}

/// "ministère" and "ministère des Armées", "HuffPost" and "HuffPost
/// (republished by ...)": one name written shorter or longer.
fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (crate::text::fold(a), crate::text::fold(b));
    a.contains(&b) || b.contains(&a)
}

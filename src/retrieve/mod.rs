//! Retrieval: an inverted index over the sentences of the corpus, keyed by
//! the language-neutral terms of [`crate::text::Lexicon`] plus fact keys
//! (numbers), ranked with BM25. Built once; each claim is a query that reads
//! only the postings of its own terms, never the whole corpus.

use crate::facts::Facts;
use rustc_hash::FxHashMap;

/// Where a sentence is: source index and sentence index in that source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SentenceRef {
    pub source: u32,
    pub sentence: u32,
}

const K1: f64 = 1.2;
/// Index size from which very common query terms are skipped.
const COMMON_TERM_MIN_UNITS: usize = 20_000;
const B: f64 = 0.75;

pub struct SentenceIndex {
    units: Vec<SentenceRef>,
    postings: FxHashMap<String, Vec<(u32, u16)>>,
    lengths: Vec<u32>,
    average_length: f64,
}

/// The index terms of one analysed text (claim or sentence).
pub fn index_terms(facts: &Facts) -> Vec<String> {
    let mut terms = facts.keys.all_keys(&facts.tokens);
    for q in &facts.quantities {
        terms.push(format!("#{}", q.display_value()));
    }
    terms
}

impl Default for SentenceIndex {
    fn default() -> Self {
        SentenceIndex::new()
    }
}

impl SentenceIndex {
    /// An empty index, to which sources are added in order.
    pub fn new() -> SentenceIndex {
        SentenceIndex {
            units: Vec::new(),
            postings: FxHashMap::default(),
            lengths: Vec::new(),
            average_length: 1.0,
        }
    }

    /// Index every analysed sentence; `analysed[s][i]` are the facts of
    /// sentence `i` of source `s` (the tests' short way; `prepare` adds
    /// sources chunk by chunk).
    #[cfg(test)]
    pub fn build(analysed: &[Vec<Facts>]) -> SentenceIndex {
        let mut index = SentenceIndex::new();
        for (s, sentences) in analysed.iter().enumerate() {
            index.add_source(s, sentences.iter().map(index_terms).collect());
        }
        index.finish();
        index
    }

    /// Add source `s`, given the index terms of each of its sentences.
    pub fn add_source(&mut self, s: usize, sentences: Vec<Vec<String>>) {
        for (i, terms) in sentences.into_iter().enumerate() {
            let unit = self.units.len() as u32;
            self.units.push(SentenceRef {
                source: s as u32,
                sentence: i as u32,
            });
            self.lengths.push(terms.len() as u32);
            let mut counts: FxHashMap<String, u16> = FxHashMap::default();
            for t in terms {
                let c = counts.entry(t).or_default();
                *c = c.saturating_add(1);
            }
            for (term, tf) in counts {
                self.postings.entry(term).or_default().push((unit, tf));
            }
        }
    }

    /// Done adding: average length for BM25, spare capacity returned.
    pub fn finish(&mut self) {
        self.average_length = if self.lengths.is_empty() {
            1.0
        } else {
            (self.lengths.iter().map(|&l| f64::from(l)).sum::<f64>() / self.lengths.len() as f64)
                .max(1.0)
        };
        for list in self.postings.values_mut() {
            list.shrink_to_fit();
        }
        self.postings.shrink_to_fit();
        self.units.shrink_to_fit();
        self.lengths.shrink_to_fit();
    }

    /// (distinct terms, postings): the size of the index, for the benchmark.
    pub fn stats(&self) -> (usize, usize) {
        (
            self.postings.len(),
            self.postings.values().map(Vec::len).sum(),
        )
    }

    pub fn len(&self) -> usize {
        self.units.len()
    }

    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }

    /// Number of sentences holding `term`.
    pub fn document_frequency(&self, term: &str) -> usize {
        self.postings.get(term).map_or(0, Vec::len)
    }

    /// BM25 inverse document frequency (never negative).
    pub fn idf(&self, term: &str) -> f64 {
        let n = self.units.len() as f64;
        let df = self.document_frequency(term) as f64;
        ((n - df + 0.5) / (df + 0.5) + 1.0).ln()
    }

    /// The `k` best sentences for the query terms among the sources that
    /// `allowed` accepts, best first (ties broken by position, so results
    /// are deterministic).
    pub fn search(
        &self,
        query: &[String],
        allowed: &dyn Fn(u32) -> bool,
        k: usize,
    ) -> Vec<(SentenceRef, f64)> {
        let mut scores: FxHashMap<u32, f64> = FxHashMap::default();
        let mut seen = rustc_hash::FxHashSet::default();
        for term in query {
            if !seen.insert(term) {
                continue;
            }
            let Some(list) = self.postings.get(term) else {
                continue;
            };
            // in a large index, a term in more than a tenth of all sentences
            // adds little to the ranking and most of the work
            if self.units.len() > COMMON_TERM_MIN_UNITS && list.len() > self.units.len() / 10 {
                continue;
            }
            let weight = if term.starts_with('~') { 0.5 } else { 1.0 } * self.idf(term);
            for &(unit, tf) in list {
                let source = self.units[unit as usize].source;
                if !allowed(source) {
                    continue;
                }
                let tf = f64::from(tf);
                let len = f64::from(self.lengths[unit as usize]);
                let norm = tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * len / self.average_length));
                *scores.entry(unit).or_default() += weight * norm;
            }
        }
        let mut ranked: Vec<(u32, f64)> = scores.into_iter().collect();
        let order = |a: &(u32, f64), b: &(u32, f64)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        if ranked.len() > k && k > 0 {
            ranked.select_nth_unstable_by(k - 1, order);
            ranked.truncate(k);
        }
        ranked.sort_by(order);
        ranked.truncate(k);
        // a new, small vector: collecting in place would keep the capacity
        // of every scored sentence alive in each claim's outcome
        let mut best = Vec::with_capacity(ranked.len());
        best.extend(ranked.iter().map(|&(u, s)| (self.units[u as usize], s)));
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{DateContext, analyse};
    use crate::text::Lang;

    #[test]
    fn ranks_the_sentence_that_shares_rare_terms_across_languages() {
        let sentences = [
            "Le président a réuni un conseil de défense.",
            "Allemagne (212), Royaume-Uni (79), Suisse (36), France (35) et Etats-Unis (28) hébergent des serveurs.",
            "La météo sera belle demain à Paris.",
        ];
        let analysed = vec![
            sentences
                .iter()
                .map(|s| analyse(s, Lang::Fr, DateContext::default()))
                .collect::<Vec<_>>(),
        ];
        let index = SentenceIndex::build(&analysed);
        assert_eq!(index.len(), 3);
        let claim = analyse(
            "France hosted 35 NSO servers.",
            Lang::En,
            DateContext::default(),
        );
        let hits = index.search(&index_terms(&claim), &|_| true, 2);
        assert_eq!(
            hits[0].0,
            SentenceRef {
                source: 0,
                sentence: 1
            }
        );
        let none = index.search(&index_terms(&claim), &|_| false, 2);
        assert!(none.is_empty());
    }
}

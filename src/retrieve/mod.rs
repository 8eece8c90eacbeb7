//! Retrieval: an inverted index over the sentences of the corpus, keyed by
//! the language-neutral terms of [`crate::text::Lexicon`] plus fact keys
//! (numbers), ranked with BM25. Built once; each claim is a query that reads
//! only the postings of its own terms, never the whole corpus.

use crate::facts::Facts;

/// Where a sentence is: source index and sentence index in that source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SentenceRef {
    pub source: u32,
    pub sentence: u32,
}

mod norms;
mod postings;
pub mod store;
mod terms;

use norms::Norms;
use postings::Postings;
use std::cell::RefCell;
use terms::TermDictionary;

const K1: f64 = 1.2;
/// Index size from which very common query terms are skipped.
const COMMON_TERM_MIN_UNITS: usize = 20_000;
const B: f64 = 0.75;
/// Postings the rarer query terms may read to find candidates; the
/// commoner terms only score the sentences found.
const GENERATOR_POSTINGS: usize = 20_000;

pub struct SentenceIndex {
    /// Sentences indexed.
    units: usize,
    /// `first_unit[source]`: the unit of the source's first sentence.
    first_unit: Vec<u32>,
    terms: TermDictionary,
    postings: Postings,
    /// Index terms per sentence: what `norms` are computed from, kept until
    /// the index is saved (an index updated later computes its norms again).
    lengths: Vec<u32>,
    /// `norms[unit]`: BM25's length normalisation of the sentence.
    norms: Norms,
    /// Postings the rarer query terms may read to find candidates.
    generator_postings: usize,
    /// When the index holds one shard of the sources: the whole corpus'
    /// counts, which weigh terms and lengths as one index of every source
    /// would (docs/scaling.md).
    corpus: Option<Box<CorpusCounts>>,
}

/// The counts that make a ranking corpus-wide: sentences, index terms in
/// all, and the sentences holding each term. Shards' counts add up to the
/// corpus' (every merge is a sum), so an index of one shard that searches
/// with them scores each of its sentences exactly as an index of every
/// source does.
#[derive(Default)]
pub struct CorpusCounts {
    /// Sentences.
    pub units: u64,
    /// Index terms of every sentence, in all (BM25's average length).
    pub total_length: u64,
    terms: TermDictionary,
    /// `df[id]`: sentences holding term `id`.
    df: Vec<u64>,
}

impl CorpusCounts {
    /// Count `df` more sentences holding `term`.
    pub fn add(&mut self, term: &str, df: u64) {
        let id = self.terms.intern(term) as usize;
        if id == self.df.len() {
            self.df.push(0);
        }
        self.df[id] += df;
    }

    /// Add another shard's counts.
    pub fn merge(&mut self, other: &CorpusCounts) {
        self.units += other.units;
        self.total_length += other.total_length;
        for (term, df) in other.terms() {
            self.add(term, df);
        }
    }

    /// Sentences holding `term`.
    pub fn document_frequency(&self, term: &str) -> u64 {
        self.terms.get(term).map_or(0, |id| self.df[id as usize])
    }

    /// Every term with its count, in the order first counted.
    pub fn terms(&self) -> impl Iterator<Item = (&str, u64)> + '_ {
        self.terms
            .iter()
            .map(|(id, term)| (term, self.df[id as usize]))
    }

    /// Distinct terms.
    pub fn len(&self) -> usize {
        self.df.len()
    }

    pub fn is_empty(&self) -> bool {
        self.df.is_empty()
    }
}

/// What one search keeps: the `k` best sentences whose source `accept` takes.
pub struct Selection<'a> {
    pub accept: &'a dyn Fn(u32) -> bool,
    pub k: usize,
}

/// The index terms of one analysed text (claim or sentence).
pub fn index_terms(facts: &Facts) -> Vec<String> {
    let mut terms = facts.keys.all_keys(&facts.tokens);
    push_fact_terms(&facts.quantities, &facts.dates, &mut terms);
    terms
}

/// The terms of a sentence's facts: each figure ("#35"), and each date
/// written to the day as its day and month ("@07-22"), whatever its year or
/// language, so that a claim finds the sentence that gives its date in
/// other words ("Le vote a eu lieu le mardi 14 mars" and "The council voted
/// on Tuesday 14 March" share only it).
fn push_fact_terms(
    quantities: &[crate::facts::Quantity],
    dates: &[crate::facts::DateFact],
    terms: &mut Vec<String>,
) {
    for q in quantities {
        terms.push(format!("#{}", q.display_value()));
    }
    for d in dates {
        if let (Some(month), Some(day)) = (d.month, d.day) {
            terms.push(format!("@{month:02}-{day:02}"));
        }
    }
}

/// The index terms of a source's sentences, back to back in one string:
/// a large source's terms wait for the index without a `String` each (one
/// 10 MB source held 18 times its size that way).
#[derive(Debug, Default, Clone)]
pub struct TermLists {
    text: String,
    /// `ends[t]`: where term `t` ends in `text`.
    ends: Vec<u32>,
    /// `sentences[k]`: how many terms sentences `0..=k` have in all.
    sentences: Vec<u32>,
}

impl TermLists {
    /// Append the next sentence's terms.
    pub fn push(&mut self, terms: impl IntoIterator<Item = impl AsRef<str>>) {
        for t in terms {
            self.text.push_str(t.as_ref());
            self.ends.push(self.text.len() as u32);
        }
        self.sentences.push(self.ends.len() as u32);
    }

    /// Sentences held.
    pub fn len(&self) -> usize {
        self.sentences.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sentences.is_empty()
    }

    /// The terms of sentence `k`.
    pub fn sentence(&self, k: usize) -> impl ExactSizeIterator<Item = &str> + '_ {
        let first = if k == 0 {
            0
        } else {
            self.sentences[k - 1] as usize
        };
        (first..self.sentences[k] as usize).map(move |t| {
            let start = if t == 0 { 0 } else { self.ends[t - 1] as usize };
            &self.text[start..self.ends[t] as usize]
        })
    }

    /// How many terms sentence `k` has.
    pub fn count(&self, k: usize) -> usize {
        let first = if k == 0 { 0 } else { self.sentences[k - 1] };
        (self.sentences[k] - first) as usize
    }
}

impl<S: AsRef<str>> FromIterator<Vec<S>> for TermLists {
    fn from_iter<I: IntoIterator<Item = Vec<S>>>(sentences: I) -> Self {
        let mut lists = TermLists::default();
        for terms in sentences {
            lists.push(terms);
        }
        lists
    }
}

/// [`index_terms`] of facts no longer needed: the keys are moved, not copied.
pub fn into_index_terms(facts: Facts) -> Vec<String> {
    let Facts {
        tokens,
        keys,
        quantities,
        dates,
        ..
    } = facts;
    let mut terms = keys.into_all_keys(&tokens);
    push_fact_terms(&quantities, &dates, &mut terms);
    terms
}

impl Default for SentenceIndex {
    fn default() -> Self {
        SentenceIndex::new()
    }
}

thread_local! {
    /// Scores of one search, one slot per sentence, and the slots touched:
    /// reused across the searches of a thread, so a search costs the
    /// postings it reads, not the size of the index.
    static SCORES: RefCell<Scores> = const { RefCell::new(Scores { scores: Vec::new(), touched: Vec::new(), found: Vec::new() }) };
}

/// In a large index, a term in more than a tenth of all sentences adds
/// little to the ranking and most of the work: searches skip it.
fn skipped_as_common(units: usize, df: usize) -> bool {
    units > COMMON_TERM_MIN_UNITS && df > units / 10
}

/// One term's BM25 contribution to a sentence: `weight` (idf and k1 + 1),
/// `tf` occurrences, `norm` the sentence's length norm.
#[inline(always)]
fn bm25(weight: f32, tf: u32, norm: f32) -> f32 {
    let tf = tf as f32;
    weight * tf / (tf + norm)
}

/// The scratch space of a search.
struct Scores {
    /// One slot per sentence.
    scores: Vec<f32>,
    /// The sentences scored, in the order found.
    touched: Vec<u32>,
    /// A bit per sentence, set when it is found: the common terms test it
    /// for each of their postings, and 1.6 million bits stay in cache where
    /// the scores (32 times larger) do not.
    found: Vec<u64>,
}

/// Is (unit, score) `a` ranked before `b`: higher score, then earlier sentence.
fn ranks_before(a: (u32, f32), b: (u32, f32)) -> bool {
    a.1 > b.1 || (a.1 == b.1 && a.0 < b.0)
}

impl SentenceIndex {
    /// An empty index, to which sources are added in order.
    pub fn new() -> SentenceIndex {
        SentenceIndex {
            units: 0,
            first_unit: Vec::new(),
            terms: TermDictionary::default(),
            postings: Postings::default(),
            lengths: Vec::new(),
            norms: Norms::default(),
            generator_postings: GENERATOR_POSTINGS,
            corpus: None,
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

    /// An index read back from disk ([`store`]).
    fn from_parts(
        terms: TermDictionary,
        postings: Postings,
        first_unit: Vec<u32>,
        lengths: Vec<u32>,
    ) -> SentenceIndex {
        let norms = Norms::of(&lengths);
        SentenceIndex {
            units: lengths.len(),
            first_unit,
            terms,
            postings,
            lengths,
            norms,
            generator_postings: GENERATOR_POSTINGS,
            corpus: None,
        }
    }

    /// This index's own counts (before [`SentenceIndex::ready_for_search`]):
    /// what a shard adds to the corpus' counts.
    pub fn counts(&self) -> CorpusCounts {
        let mut counts = CorpusCounts {
            units: self.units as u64,
            total_length: self.lengths.iter().map(|&l| u64::from(l)).sum(),
            ..CorpusCounts::default()
        };
        for (id, term) in self.terms.iter() {
            let df = self.postings.document_frequency(id) as u64;
            if df > 0 {
                counts.add(term, df);
            }
        }
        counts
    }

    /// Search as one index of the whole corpus would: idf, the common-term
    /// skip, the postings budget and the length norms from `corpus`' counts
    /// (this index holds one shard of it). Before
    /// [`SentenceIndex::ready_for_search`].
    pub fn with_corpus_counts(&mut self, corpus: CorpusCounts) {
        self.norms = Norms::given(&self.lengths, corpus.total_length, corpus.units);
        self.corpus = Some(Box::new(corpus));
    }

    /// Sentences of the corpus the ranking counts: every source's, even
    /// when this index holds one shard.
    fn corpus_units(&self) -> usize {
        self.corpus
            .as_ref()
            .map_or(self.units, |c| c.units as usize)
    }

    /// The index of new sources made from this one: source `s` is the
    /// earlier source `reused[s]`, whose postings are taken over, or it is
    /// new or changed, and `fresh[s]` holds its sentences' index terms. The
    /// same index as one built from scratch, up to the numbering of terms
    /// (terms no source uses any more keep their id, with no postings) and
    /// the cut of the segments, neither of which a search sees.
    pub fn update(
        mut self,
        reused: &[Option<usize>],
        mut fresh: Vec<Option<TermLists>>,
    ) -> SentenceIndex {
        let mut index = SentenceIndex::new();
        index.terms = std::mem::take(&mut self.terms);
        let mut rename = vec![u32::MAX; self.units];
        let mut fresh_at: Vec<(usize, u32)> = Vec::new();
        for (s, old) in reused.iter().enumerate() {
            index.first_unit.push(index.units as u32);
            let first = index.units as u32;
            match old {
                Some(o) => {
                    let units = self.units_of(*o);
                    for (k, unit) in units.clone().enumerate() {
                        rename[unit] = first + k as u32;
                    }
                    index.units += units.len();
                    index.lengths.extend_from_slice(&self.lengths[units]);
                }
                None => {
                    if let Some(sentences) = &fresh[s] {
                        index.units += sentences.len();
                        index
                            .lengths
                            .extend((0..sentences.len()).map(|k| sentences.count(k) as u32));
                    }
                    fresh_at.push((s, first));
                }
            }
        }
        index.postings = std::mem::take(&mut self.postings).renamed(&rename);
        drop(rename);
        for (s, first) in fresh_at {
            let sentences = fresh[s].take().unwrap_or_default();
            for k in 0..sentences.len() {
                index.add_sentence(first + k as u32, sentences.sentence(k));
            }
        }
        index.finish();
        index
    }

    /// The source of sentence `unit`: the last source starting at or before
    /// it (a source without sentences starts where the next one does).
    /// Searched, not tabled: a table would weigh four bytes a sentence.
    fn source_of(&self, unit: u32) -> u32 {
        (self.first_unit.partition_point(|&f| f <= unit) - 1) as u32
    }

    /// `[source of unit 0, source of unit 1, ...]`, as the file stores it.
    pub(crate) fn unit_sources(&self) -> Vec<u32> {
        let mut out = Vec::with_capacity(self.units);
        for s in 0..self.first_unit.len() {
            out.extend(self.units_of(s).map(|_| s as u32));
        }
        out
    }

    /// How many sentences of source `s` the index holds.
    pub fn sentence_count(&self, s: usize) -> usize {
        if s < self.first_unit.len() {
            self.units_of(s).len()
        } else {
            0
        }
    }

    /// The units of source `s`.
    fn units_of(&self, s: usize) -> std::ops::Range<usize> {
        let start = self.first_unit[s] as usize;
        let end = self
            .first_unit
            .get(s + 1)
            .map_or(self.units, |&u| u as usize);
        start..end
    }

    /// Post the index terms of sentence `unit`, counting repeats.
    fn add_sentence<'t>(&mut self, unit: u32, terms: impl Iterator<Item = &'t str>) {
        let mut ids: Vec<u32> = terms.map(|t| self.terms.intern(t)).collect();
        ids.sort_unstable();
        let mut k = 0;
        while k < ids.len() {
            let run = ids[k..].iter().take_while(|&&id| id == ids[k]).count();
            self.postings
                .push(ids[k], unit, u8::try_from(run).unwrap_or(u8::MAX));
            k += run;
        }
    }

    /// Start source `s` (sources come in order; one without sentences is
    /// started and has none).
    pub fn begin_source(&mut self, s: usize) {
        while self.first_unit.len() <= s {
            self.first_unit.push(self.units as u32);
        }
    }

    /// Add the next sentence of the source begun last, given its index
    /// terms: a large source goes in a sentence at a time, never held whole
    /// as [`TermLists`].
    pub fn add_next_sentence<'t>(&mut self, terms: impl ExactSizeIterator<Item = &'t str>) {
        let unit = self.units as u32;
        self.units += 1;
        self.lengths.push(terms.len() as u32);
        self.add_sentence(unit, terms);
    }

    /// Add source `s`, given the index terms of each of its sentences;
    /// sources come in order.
    pub fn add_source(&mut self, s: usize, sentences: TermLists) {
        self.begin_source(s);
        for k in 0..sentences.len() {
            self.add_next_sentence(sentences.sentence(k));
        }
    }

    /// Done adding: length norms for BM25, spare capacity returned.
    pub fn finish(&mut self) {
        self.postings.finish();
        self.terms.shrink_to_fit();
        self.norms = Norms::of(&self.lengths);
        self.lengths.shrink_to_fit();
        self.first_unit.shrink_to_fit();
    }

    /// Ready the index for searching only, once it is saved (or will not
    /// be): the sentence lengths go (searching needs only the norms), and the
    /// postings are compacted ([`Postings::compact_for_search`]); what a
    /// search returns is unchanged. In an index of one shard every term is
    /// kept (whether a search skips it is the corpus' count).
    pub fn ready_for_search(&mut self) {
        self.lengths = Vec::new();
        let units = self.units;
        let single = self.corpus.is_none();
        self.postings.compact_for_search(units, |df| {
            !single || df > 0 && !skipped_as_common(units, df)
        });
    }

    /// (distinct terms, postings, bytes of postings): the size of the index,
    /// for the benchmark.
    pub fn stats(&self) -> (usize, usize, usize) {
        (
            self.terms.len(),
            self.postings.len(),
            self.postings.heap_bytes(),
        )
    }

    pub fn len(&self) -> usize {
        self.units
    }

    pub fn is_empty(&self) -> bool {
        self.units == 0
    }

    /// Where sentence `unit` is.
    fn sentence_ref(&self, unit: u32) -> SentenceRef {
        let source = self.source_of(unit);
        SentenceRef {
            source,
            sentence: unit - self.first_unit[source as usize],
        }
    }

    /// Number of sentences holding `term` (in the whole corpus).
    pub fn document_frequency(&self, term: &str) -> usize {
        if let Some(corpus) = &self.corpus {
            return corpus.document_frequency(term) as usize;
        }
        self.terms
            .get(term)
            .map_or(0, |id| self.postings.document_frequency(id))
    }

    /// BM25 inverse document frequency (never negative).
    pub fn idf(&self, term: &str) -> f64 {
        self.idf_of(self.document_frequency(term))
    }

    fn idf_of(&self, df: usize) -> f64 {
        let n = self.corpus_units() as f64;
        let df = df as f64;
        ((n - df + 0.5) / (df + 0.5) + 1.0).ln()
    }

    /// The `k` best sentences for the query terms among the sources that
    /// `accept` takes, best first (ties broken by position, so results are
    /// deterministic).
    pub fn search(
        &self,
        query: &[String],
        accept: &dyn Fn(u32) -> bool,
        k: usize,
    ) -> Vec<(SentenceRef, f64)> {
        self.search_each(query, &[Selection { accept, k }])
            .pop()
            .unwrap_or_default()
    }

    /// Score the query once and keep, for each selection, its own best
    /// sentences: one pass over the postings however many views are wanted.
    pub fn search_each(
        &self,
        query: &[String],
        selections: &[Selection<'_>],
    ) -> Vec<Vec<(SentenceRef, f64)>> {
        SCORES.with(|cell| {
            let Scores {
                scores,
                touched,
                found: found_bits,
            } = &mut *cell.borrow_mut();
            if scores.len() < self.len() {
                scores.resize(self.len(), 0.0);
                found_bits.resize(self.len().div_ceil(64), 0);
            }
            // the query's terms, each once, rarest first
            let mut seen = rustc_hash::FxHashSet::default();
            // (corpus df, id here if any, weight): a shard's index counts the
            // terms its sentences lack too, so that every shard ranks with
            // the same terms, budget and weights as one index would
            let mut terms: Vec<(usize, Option<u32>, f32)> = Vec::new();
            let units = self.corpus_units();
            for term in query {
                if !seen.insert(term) {
                    continue;
                }
                let id = self.terms.get(term);
                let df = match (&self.corpus, id) {
                    (Some(corpus), _) => corpus.document_frequency(term) as usize,
                    (None, Some(id)) => self.postings.document_frequency(id),
                    (None, None) => continue,
                };
                if df == 0 {
                    continue;
                }
                if skipped_as_common(units, df) {
                    continue;
                }
                let weight = (if term.starts_with('~') { 0.5 } else { 1.0 } * self.idf_of(df))
                    as f32
                    * (K1 as f32 + 1.0);
                terms.push((df, id, weight));
            }
            terms.sort_by_key(|&(df, _, _)| df);
            // the rarer terms find the candidates; once they have found
            // enough, the common ones only add to the scores of sentences
            // already found (a sentence that shares nothing but common words
            // with the claim is not a candidate)
            let mut found = 0;
            for (k, &(df, id, weight)) in terms.iter().enumerate() {
                let finds = k == 0 || found + df <= self.generator_postings;
                found += df;
                let Some(id) = id else { continue };
                if !finds {
                    // a common term: it only adds to the sentences found
                    self.postings.for_each_marked(id, found_bits, |unit, tf| {
                        scores[unit as usize] += bm25(weight, tf, self.norms.get(unit));
                    });
                    continue;
                }
                self.postings.for_each(id, |unit, tf| {
                    let (word, bit) = (unit as usize / 64, 1u64 << (unit % 64));
                    if found_bits[word] & bit == 0 {
                        found_bits[word] |= bit;
                        touched.push(unit);
                    }
                    scores[unit as usize] += bm25(weight, tf, self.norms.get(unit));
                });
            }
            let picked = selections
                .iter()
                .map(|selection| {
                    // the best k, kept sorted best first
                    let mut best: Vec<(u32, f32)> = Vec::with_capacity(selection.k + 1);
                    if selection.k == 0 {
                        return Vec::new();
                    }
                    for &unit in touched.iter() {
                        let candidate = (unit, scores[unit as usize]);
                        if best.len() == selection.k
                            && !ranks_before(candidate, best[selection.k - 1])
                        {
                            continue;
                        }
                        if !(selection.accept)(self.source_of(unit)) {
                            continue;
                        }
                        let at = best.partition_point(|&b| ranks_before(b, candidate));
                        best.insert(at, candidate);
                        best.truncate(selection.k);
                    }
                    best.iter()
                        .map(|&(u, score)| (self.sentence_ref(u), f64::from(score)))
                        .collect()
                })
                .collect();
            for &unit in touched.iter() {
                scores[unit as usize] = 0.0;
                found_bits[unit as usize / 64] = 0;
            }
            touched.clear();
            picked
        })
    }
}

/// One French source of three sentences, one of them the server counts:
/// what the retrieval and store tests index.
#[cfg(test)]
fn sample_source() -> Vec<Vec<Facts>> {
    use crate::facts::{DateContext, analyse};
    let sentences = [
        "Le président a réuni un conseil de défense.",
        "Allemagne (212), Royaume-Uni (79), Suisse (36), France (35) et Etats-Unis (28) hébergent des serveurs.",
        "La météo sera belle demain à Paris.",
    ];
    vec![
        sentences
            .iter()
            .map(|s| analyse(s, crate::text::Lang::Fr, DateContext::default()))
            .collect(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{DateContext, analyse};
    use crate::text::Lang;

    #[test]
    fn ranks_the_sentence_that_shares_rare_terms_across_languages() {
        let index = SentenceIndex::build(&sample_source());
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

    #[test]
    fn a_date_finds_the_sentence_that_gives_it_in_other_words() {
        let sentences = |texts: &[&str], lang| -> Vec<Facts> {
            texts
                .iter()
                .map(|t| analyse(t, lang, DateContext::default()))
                .collect()
        };
        let index = SentenceIndex::build(&[sentences(
            &[
                "The bridge will cost 240 million pounds.",
                "The city council voted on Tuesday 14 March 2023 to build a bridge.",
                "Ferries will stop in 2027.",
            ],
            Lang::En,
        )]);
        let at = |sentence| SentenceRef {
            source: 0,
            sentence,
        };
        // no word of the claim is the sentence's, its date is
        for (claim, lang) in [
            ("Le scrutin s'est tenu le mardi 14 mars 2023.", Lang::Fr),
            ("Le scrutin s'est tenu le 14 mars.", Lang::Fr),
            ("The ballot was held on 14 March.", Lang::En),
        ] {
            let claim = analyse(claim, lang, DateContext::default());
            let hits = index.search(&index_terms(&claim), &|_| true, 3);
            assert_eq!(hits.first().map(|h| h.0), Some(at(1)), "{hits:?}");
        }
    }

    #[test]
    fn common_terms_score_what_rare_terms_found_but_find_nothing_themselves() {
        // source 0 has the rare term with a common one; source 1 only common ones
        let mut index = SentenceIndex::new();
        let terms = |t: &[&str]| t.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        index.add_source(0, [terms(&["nso", "france"])].into_iter().collect());
        index.add_source(1, (0..5).map(|_| terms(&["france", "server"])).collect());
        index.finish();
        let query = terms(&["france", "nso", "server"]);
        let all = index.search(&query, &|_| true, 10);
        assert_eq!(all.len(), 6);
        index.generator_postings = 1;
        let found = index.search(&query, &|_| true, 10);
        assert_eq!(found.len(), 1, "only the sentence with the rare term");
        assert_eq!(found[0].0, all[0].0);
        // its score still counts the common term it shares with the query
        assert!((found[0].1 - all[0].1).abs() < 1e-6);
        let rare_alone = index.search(&terms(&["nso"]), &|_| true, 10);
        assert!(found[0].1 > rare_alone[0].1);
    }

    #[test]
    fn an_index_ready_for_search_finds_and_ranks_as_before() {
        // 30,000 sentences (over the size from which the commonest terms are
        // skipped): "all" in every one (dropped), "half" in every other
        // (bits), "tenth" in every tenth, with counts, and rare words
        let mut index = SentenceIndex::new();
        let mut unit = 0u32;
        for s in 0..300 {
            let mut lists = TermLists::default();
            for _ in 0..100 {
                let mut terms = vec!["all".to_string(), format!("w{}", unit % 997)];
                if unit.is_multiple_of(2) {
                    terms.push("half".into());
                }
                if unit % 10 == 3 {
                    terms.extend(["tenth".to_string(), "tenth".to_string()]);
                }
                if unit.is_multiple_of(20) {
                    terms.push("twentieth".into());
                }
                lists.push(terms);
                unit += 1;
            }
            index.add_source(s, lists);
        }
        index.finish();
        let queries: Vec<Vec<String>> = [
            vec!["w5", "half", "tenth"],
            vec!["w40", "twentieth", "half", "all"],
            vec!["tenth", "half"],
            vec!["half"],
            vec!["w7", "w8", "w9", "twentieth", "tenth", "half"],
            vec!["nowhere", "w3"],
        ]
        .iter()
        .map(|q| q.iter().map(|t| t.to_string()).collect())
        .collect();
        let odd = |s: u32| s % 2 == 1;
        let search = |index: &SentenceIndex, q: &[String]| {
            let selections = [
                Selection {
                    accept: &|_| true,
                    k: 12,
                },
                Selection { accept: &odd, k: 6 },
            ];
            index.search_each(q, &selections)
        };
        let before: Vec<_> = queries.iter().map(|q| search(&index, q)).collect();
        let bytes_before = index.stats().2;
        index.ready_for_search();
        assert!(index.postings.is_compacted());
        assert!(
            index.stats().2 < bytes_before,
            "the dropped term weighs more than the bits"
        );
        for (q, want) in queries.iter().zip(&before) {
            assert_eq!(&search(&index, q), want, "{q:?}");
        }
        assert!(before[0][0].len() == 12 && before[0][1].len() == 6);
    }
}

//! The `check` pipeline: analyse the corpus and index it once, then check
//! every claim in parallel (retrieve → match → verdict). Results come back in
//! claim order, so output is the same whatever the number of threads.

use crate::Error;
use crate::claims::Claim;
use crate::corpus::Corpus;
use crate::error::Result;
use crate::facts::{DateContext, Facts, analyse, analyse_for_index};
use crate::matcher::{
    Article, ClaimUnderCheck, CorpusStats, Relation, every_window, match_candidate,
};
use crate::retrieve::store::{self, Stored};
use crate::retrieve::{Selection, SentenceIndex, TermLists, index_terms, into_index_terms};
use crate::text::{Aliases, Lang, acronym_definitions, detect_lang};
use crate::verdict::{ClaimOutcome, Evidence, aggregate};
use rayon::prelude::*;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Candidates taken from the index per claim.
pub const CANDIDATES: usize = 12;
/// Extra candidates taken from sources in the other language.
const CROSS_LANGUAGE_CANDIDATES: usize = 6;
/// Evidence kept per claim in the report: deciding first, then related.
pub const MAX_EVIDENCE: usize = 5;
/// Related sentences below this coverage are not worth showing.
const RELATED_MIN_COVERAGE: f64 = 0.3;

/// The corpus, indexed. Sentence facts are not kept (they would weigh many
/// times the corpus): the few sentences a claim's candidates touch are
/// analysed again when the claim is checked, with the same date context.
pub struct Prepared {
    pub corpus: Corpus,
    /// `recent_years[s]`: where the last year written changes in source `s`,
    /// which dates without a year take.
    pub recent_years: Vec<YearChanges>,
    pub index: SentenceIndex,
    /// The languages of the sources, each once.
    pub languages: Vec<Lang>,
    /// `source_langs[s]`: the language of source `s`, where a search reads
    /// it for every sentence it found (the sources themselves are large).
    pub source_langs: Vec<Lang>,
    /// Acronyms the sources define, and their long forms.
    pub aliases: Aliases,
}

/// Sources analysed together before their terms go into the index: enough
/// to keep both cores busy, few enough that their terms stay small.
const PREPARE_CHUNK: usize = 64;

impl Prepared {
    /// The corpus alone: the index is no longer needed once every claim is
    /// checked, and the report is built from the corpus.
    pub fn into_corpus(self) -> Corpus {
        self.corpus
    }

    /// The facts of sentence `i` of source `s`.
    pub fn sentence_facts(&self, s: usize, i: usize) -> Facts {
        let source = &self.corpus.sources[s];
        let ctx = DateContext {
            published: source.meta.published,
            recent_year: self.recent_years[s].before(i),
        };
        let text = source.sentence_text(i);
        let mut facts = analyse(text, source.lang, ctx);
        self.aliases.augment(text, &facts.tokens, &mut facts.keys);
        facts
    }
}

/// The last year written before each sentence of a source, kept as the
/// sentences where it changes (a year a sentence would weigh more than the
/// index of a large corpus).
#[derive(Debug, Default)]
pub struct YearChanges(Vec<(u32, i32)>);

impl YearChanges {
    /// The last year written before sentence `i`.
    pub fn before(&self, i: usize) -> Option<i32> {
        let at = self.0.partition_point(|&(from, _)| from as usize <= i);
        at.checked_sub(1).map(|k| self.0[k].1)
    }
}

/// One source analysed for the index: each sentence's index terms, the
/// year in force before each sentence, and the acronyms it defines
/// (acronym, long form).
type SourceTerms = (TermLists, YearChanges, Vec<(String, String)>);

/// Acronyms defined by each source: `acronyms[s]` holds (acronym, long
/// form) pairs of source `s`, in the order written.
pub type Acronyms = Vec<Vec<(String, String)>>;

/// Analyse every sentence (sources in parallel, in chunks) and build the index.
pub fn prepare(corpus: Corpus) -> Prepared {
    let (index, recent_years, acronyms) = analyse_corpus(&corpus);
    assemble(corpus, index, recent_years, acronyms)
}

/// How `--index FILE` served a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexUse {
    /// The file was made from these very sources: read, nothing analysed.
    Read,
    /// The file was made from an earlier state of the sources: the sources
    /// unchanged since were taken from it, these many analysed again.
    Updated { analysed: usize },
    /// No usable file: every source analysed, the file written.
    Built,
}

/// [`prepare`], with the index kept in a file: read from it when it was
/// made from these very sources (and this claimcheck), updated from it when
/// some sources changed (only those are analysed again), else built; then
/// written back. Also says which, and why the file could not be written if
/// it could not (a full disk): the run goes on without it, the old file
/// left as it was.
pub fn prepare_with_index(
    corpus: Corpus,
    path: &Path,
    key: &store::IndexKey,
) -> Result<(Prepared, IndexUse, Option<Error>)> {
    let base = crate::digest::sha256_hex(analysis_id().as_bytes());
    let keys = source_keys(&corpus);
    let fingerprint = index_fingerprint(&keys);
    let sentences: Vec<usize> = corpus.sources.iter().map(|s| s.sentences.len()).collect();
    let earlier = match store::load(path, key, &base, &fingerprint, &sentences) {
        Some(store::Loaded::Same(stored)) => {
            return Ok((assemble_stored(corpus, stored), IndexUse::Read, None));
        }
        Some(store::Loaded::Earlier(stored)) => Some(stored),
        None => None,
    };
    let (stored, used) = match earlier {
        Some(earlier) => update_index(&corpus, keys, earlier),
        None => {
            let (index, recent_years, acronyms) = analyse_corpus(&corpus);
            let stored = Stored {
                index,
                sources: keys,
                years: recent_years.into_iter().map(|y| y.0).collect(),
                acronyms,
            };
            (stored, IndexUse::Built)
        }
    };
    let not_saved = store::save(path, key, &base, &fingerprint, &stored)
        .err()
        .map(|e| Error::Output {
            path: path.to_path_buf(),
            message: crate::error::describe_io(&e),
        });
    Ok((assemble_stored(corpus, stored), used, not_saved))
}

/// The index of `corpus` from an `earlier` one: sources whose line of the
/// fingerprint is unchanged (path, bytes, language, date, sentences) are
/// taken over, the others analysed.
fn update_index(corpus: &Corpus, keys: Vec<String>, mut earlier: Stored) -> (Stored, IndexUse) {
    let by_key: rustc_hash::FxHashMap<&str, usize> = earlier
        .sources
        .iter()
        .enumerate()
        .map(|(o, k)| (k.as_str(), o))
        .collect();
    let reused: Vec<Option<usize>> = keys
        .iter()
        .zip(&corpus.sources)
        .map(|(k, source)| {
            by_key
                .get(k.as_str())
                .copied()
                .filter(|&o| earlier.index.sentence_count(o) == source.sentences.len())
        })
        .collect();
    let changed: Vec<usize> = (0..keys.len()).filter(|&s| reused[s].is_none()).collect();
    let mut analysed: Vec<Option<SourceTerms>> = (0..keys.len()).map(|_| None).collect();
    let fresh: Vec<(usize, SourceTerms)> = changed
        .par_iter()
        .map(|&s| (s, analyse_source(&corpus.sources[s])))
        .collect();
    for (s, terms) in fresh {
        analysed[s] = Some(terms);
    }
    let mut years = Vec::with_capacity(keys.len());
    let mut acronyms = Vec::with_capacity(keys.len());
    let mut terms = Vec::with_capacity(keys.len());
    for (s, old) in reused.iter().enumerate() {
        match old {
            Some(o) => {
                years.push(std::mem::take(&mut earlier.years[*o]));
                acronyms.push(std::mem::take(&mut earlier.acronyms[*o]));
                terms.push(None);
            }
            // every source not taken over was analysed above
            None => {
                let (sentence_terms, y, a) = analysed[s].take().unwrap_or_default();
                years.push(y.0);
                acronyms.push(a);
                terms.push(Some(sentence_terms));
            }
        }
    }
    let index = earlier.index.update(&reused, terms);
    let stored = Stored {
        index,
        sources: keys,
        years,
        acronyms,
    };
    (
        stored,
        IndexUse::Updated {
            analysed: changed.len(),
        },
    )
}

/// The prepared corpus from a stored index.
fn assemble_stored(corpus: Corpus, stored: Stored) -> Prepared {
    let years = stored.years.into_iter().map(YearChanges).collect();
    assemble(corpus, stored.index, years, stored.acronyms)
}

/// What analysis depends on besides the sources: this claimcheck and its
/// lexicon. An index made under another is never reused, even in part, nor
/// a shard's intermediate file read.
pub fn analysis_id() -> String {
    format!(
        "claimcheck {} lexicon {}\n",
        env!("CARGO_PKG_VERSION"),
        crate::text::Lexicon::data_fingerprint()
    )
}

/// Each source's line of the fingerprint: its path, bytes, language,
/// publication date and sentences.
fn source_keys(corpus: &Corpus) -> Vec<String> {
    corpus
        .sources
        .iter()
        .map(|s| {
            format!(
                "{} {} {} {} {:?} {}",
                s.root,
                s.path,
                s.sha256,
                s.lang,
                s.meta.published,
                s.sentences.len()
            )
        })
        .collect()
}

/// What a stored index depends on: this claimcheck, its lexicon, and each
/// source's line.
fn index_fingerprint(keys: &[String]) -> String {
    let mut what = analysis_id();
    for key in keys {
        what.push_str(key);
        what.push('\n');
    }
    crate::digest::sha256_hex(what.as_bytes())
}

/// Analyse one source for the index: its sentences' index terms, the year
/// changes, the acronyms it defines.
fn analyse_source(source: &crate::corpus::Source) -> SourceTerms {
    let mut terms = TermLists::default();
    let (years, acronyms) = analyse_source_into(source, &mut |t| terms.push(t));
    (terms, years, acronyms)
}

/// A source of this many bytes or more is analysed straight into the index,
/// a sentence at a time: its index terms held whole would weigh three times
/// its text (one 10 MB source peaked at 8.7x its size with them).
const STREAMED_SOURCE_BYTES: usize = 2 << 20;

/// Analyse `source` for the index, each sentence's terms given to `sink` in
/// order; its year changes and acronyms returned.
fn analyse_source_into(
    source: &crate::corpus::Source,
    sink: &mut dyn FnMut(Vec<String>),
) -> (YearChanges, Vec<(String, String)>) {
    let mut recent_year = None;
    let mut years = YearChanges::default();
    let mut acronyms = Vec::new();
    for (i, s) in source.sentences.iter().enumerate() {
        let ctx = DateContext {
            published: source.meta.published,
            recent_year,
        };
        let text = &source.text[s.span()];
        let f = analyse_for_index(text, source.lang, ctx);
        for (acronym, long) in acronym_definitions(text, &f.tokens) {
            let span = f.tokens[long.start].span.start..f.tokens[long.end - 1].span.end;
            acronyms.push((acronym, text[span].to_string()));
        }
        if let Some(y) = f
            .dates
            .iter()
            .filter(|d| !d.year_inferred && !d.decade)
            .filter_map(|d| d.year)
            .next_back()
            && recent_year != Some(y)
        {
            recent_year = Some(y);
            // in force from the next sentence on
            years.0.push((i as u32 + 1, y));
        }
        sink(into_index_terms(f));
    }
    (years, acronyms)
}

fn analyse_corpus(corpus: &Corpus) -> (SentenceIndex, Vec<YearChanges>, Acronyms) {
    analyse_corpus_streaming_from(corpus, STREAMED_SOURCE_BYTES)
}

/// [`analyse_corpus`], sources of `streamed_from` bytes or more streamed
/// into the index.
fn analyse_corpus_streaming_from(
    corpus: &Corpus,
    streamed_from: usize,
) -> (SentenceIndex, Vec<YearChanges>, Acronyms) {
    let mut index = SentenceIndex::new();
    let mut recent_years = Vec::with_capacity(corpus.sources.len());
    let mut all_acronyms = Vec::new();
    let streamed = |source: &crate::corpus::Source| source.text.len() >= streamed_from;
    let chunks: Vec<&[crate::corpus::Source]> = corpus.sources.chunks(PREPARE_CHUNK).collect();
    // adding a chunk to the index is serial: it runs while the next chunk is
    // analysed, whose sources the other threads take meanwhile
    let mut add = |chunk_no: usize, analysed: Vec<Option<SourceTerms>>| {
        let chunk = chunks[chunk_no];
        for (k, found) in analysed.into_iter().enumerate() {
            let s = chunk_no * PREPARE_CHUNK + k;
            let (years, acronyms) = match found {
                Some((terms, years, acronyms)) => {
                    index.add_source(s, terms);
                    (years, acronyms)
                }
                None => {
                    // a large one in its turn
                    index.begin_source(s);
                    analyse_source_into(&chunk[k], &mut |terms| {
                        index.add_next_sentence(terms.iter().map(String::as_str))
                    })
                }
            };
            recent_years.push(years);
            all_acronyms.push(acronyms);
        }
    };
    let mut pending: Option<(usize, Vec<Option<SourceTerms>>)> = None;
    for (chunk_no, chunk) in chunks.iter().enumerate() {
        let (analysed, ()) = rayon::join(
            || {
                chunk
                    .par_iter()
                    .map(|source| (!streamed(source)).then(|| analyse_source(source)))
                    .collect::<Vec<_>>()
            },
            || {
                if let Some((no, analysed)) = pending.take() {
                    add(no, analysed);
                }
            },
        );
        pending = Some((chunk_no, analysed));
    }
    if let Some((no, analysed)) = pending.take() {
        add(no, analysed);
    }
    index.finish();
    (index, recent_years, all_acronyms)
}

/// What one shard of the sources (the others [`crate::corpus::Source::unread`])
/// adds to the corpus' counts: its index's counts, and the acronyms each
/// of its sources defines.
pub fn shard_counts(corpus: &Corpus) -> (crate::retrieve::CorpusCounts, Acronyms) {
    let (index, _, acronyms) = analyse_corpus(corpus);
    (index.counts(), acronyms)
}

/// One shard of the sources prepared to be searched as the whole corpus:
/// its own sentences indexed, ranked and weighed with the corpus' `counts`,
/// and every source's `acronyms` (docs/scaling.md).
pub fn prepare_shard(
    corpus: Corpus,
    counts: crate::retrieve::CorpusCounts,
    acronyms: Acronyms,
) -> Prepared {
    let (mut index, recent_years, _) = analyse_corpus(&corpus);
    index.with_corpus_counts(counts);
    assemble(corpus, index, recent_years, acronyms)
}

/// The prepared corpus from its index, year context and acronyms.
fn assemble(
    corpus: Corpus,
    mut index: SentenceIndex,
    recent_years: Vec<YearChanges>,
    acronyms: Acronyms,
) -> Prepared {
    index.ready_for_search();
    let mut aliases = Aliases::default();
    for (defined, source) in acronyms.iter().zip(&corpus.sources) {
        for (acronym, long) in defined {
            aliases.add(acronym, long, source.lang);
        }
    }
    let mut languages: Vec<Lang> = Vec::new();
    for source in &corpus.sources {
        if !languages.contains(&source.lang) {
            languages.push(source.lang);
        }
    }
    Prepared {
        languages,
        source_langs: corpus.sources.iter().map(|s| s.lang).collect(),
        corpus,
        recent_years,
        index,
        aliases,
    }
}

/// Sentence facts kept for the whole run and shared by every claim: a
/// popular sentence is a candidate of many claims, and analysing it again
/// for each of them was most of the checking time. Bounded: facts weigh a
/// few kilobytes a sentence, so a shard that fills up is emptied (facts are
/// a pure function of the sentence, so what is kept never changes a
/// verdict, only the time).
pub struct SharedFacts {
    shards: Vec<std::sync::Mutex<FactsShard>>,
    per_shard: usize,
    analysed: AtomicUsize,
    reused: AtomicUsize,
}

/// Facts by (source, sentence).
type FactsShard = rustc_hash::FxHashMap<(u32, u32), Arc<Facts>>;

/// Shards of the shared facts: enough that two cores rarely wait on one lock.
const FACTS_SHARDS: usize = 64;

/// Sentences whose facts are kept at once (about 3 KB each). Measured
/// (docs/performance.md): claims about the same few articles share most of
/// their candidates (the 25 development claims fetch 928 sentences' facts:
/// 93 analyses with sharing), while on a large archive each claim's
/// candidates are mostly its own (3% shared at 100 MB and 10,000 claims even
/// with 16,384 kept), so a larger bound buys memory, not speed.
pub const SHARED_FACTS: usize = 1_024;

impl SharedFacts {
    pub fn new(capacity: usize) -> Self {
        SharedFacts {
            shards: (0..FACTS_SHARDS).map(|_| Default::default()).collect(),
            per_shard: capacity.div_ceil(FACTS_SHARDS).max(1),
            analysed: AtomicUsize::new(0),
            reused: AtomicUsize::new(0),
        }
    }

    /// The facts of sentence `i` of source `s`, analysed at most once while kept.
    fn get(&self, prepared: &Prepared, s: usize, i: usize) -> Arc<Facts> {
        let key = (s as u32, i as u32);
        let shard = &self.shards[(s.wrapping_mul(31) ^ i) % FACTS_SHARDS];
        if let Some(f) = lock(shard).get(&key) {
            self.reused.fetch_add(1, Ordering::Relaxed);
            return Arc::clone(f);
        }
        // analysed outside the lock: two threads may both analyse a
        // sentence, and keep the same facts
        let facts = Arc::new(prepared.sentence_facts(s, i));
        self.analysed.fetch_add(1, Ordering::Relaxed);
        let mut map = lock(shard);
        if map.len() >= self.per_shard {
            map.clear();
        }
        map.insert(key, Arc::clone(&facts));
        facts
    }

    /// (sentences analysed, analyses saved by sharing) so far.
    pub fn counts(&self) -> (usize, usize) {
        (
            self.analysed.load(Ordering::Relaxed),
            self.reused.load(Ordering::Relaxed),
        )
    }
}

/// A poisoned shard only means another claim's thread panicked: its map is
/// still a valid cache.
fn lock<T>(m: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Facts of the sentences a claim's candidates touch, held for the claim
/// (the shared store may drop them meanwhile).
struct FactsCache<'p> {
    prepared: &'p Prepared,
    shared: &'p SharedFacts,
    facts: rustc_hash::FxHashMap<(usize, usize), Arc<Facts>>,
}

impl<'p> FactsCache<'p> {
    fn new(prepared: &'p Prepared, shared: &'p SharedFacts) -> Self {
        FactsCache {
            prepared,
            shared,
            facts: rustc_hash::FxHashMap::default(),
        }
    }

    /// Fetch the sentences `range` of source `s` that the claim does not hold yet.
    fn ensure(&mut self, s: usize, range: std::ops::Range<usize>) {
        let n = self.prepared.corpus.sources[s].sentences.len();
        for i in range.start..range.end.min(n) {
            self.facts
                .entry((s, i))
                .or_insert_with(|| self.shared.get(self.prepared, s, i));
        }
    }

    fn get(&self, s: usize, i: usize) -> &Facts {
        &self.facts[&(s, i)]
    }
}

/// One source of the cache, as the matcher reads an article.
struct SourceFacts<'c, 'p> {
    cache: &'c mut FactsCache<'p>,
    source: usize,
}

impl Article for SourceFacts<'_, '_> {
    fn sentence_count(&self) -> usize {
        self.cache.prepared.corpus.sources[self.source]
            .sentences
            .len()
    }

    fn text(&self, k: usize) -> &str {
        self.cache.prepared.corpus.sources[self.source].sentence_text(k)
    }

    fn analyse(&mut self, range: std::ops::Range<usize>) {
        self.cache.ensure(self.source, range);
    }

    fn facts(&self, k: usize) -> &Facts {
        self.cache.get(self.source, k)
    }
}

/// The index's counts weigh a claim's words.
impl CorpusStats for SentenceIndex {
    fn idf(&self, key: &str) -> f64 {
        SentenceIndex::idf(self, key)
    }

    fn document_frequency(&self, key: &str) -> usize {
        SentenceIndex::document_frequency(self, key)
    }
}

/// A claim's language (written or detected) and its facts, as checking sees
/// them. Outcomes do not keep the facts (ten thousand claims' tokens and keys
/// would weigh more than the index); `explain` asks again.
pub fn claim_facts(claim: &Claim) -> (Lang, Facts) {
    let lang = claim.lang.unwrap_or_else(|| detect_lang(&claim.text));
    let mut facts = analyse(&claim.text, lang, DateContext::default());
    crate::text::Lexicon::shared().expand_synonyms(&mut facts.keys, &facts.tokens, lang);
    (lang, facts)
}

/// Check all claims; the outcome of claim `i` is at index `i`.
/// The candidates are not kept: only `explain`, which checks one claim with
/// [`check_claim`], shows them.
pub fn check_all(prepared: &Prepared, claims: &[Claim]) -> Vec<ClaimOutcome> {
    check_all_reporting(prepared, claims, &|| {})
}

/// [`check_all`], calling `done` as each claim is decided (from any thread):
/// the command line's progress bar counts them.
pub fn check_all_reporting(
    prepared: &Prepared,
    claims: &[Claim],
    done: &(dyn Fn() + Sync),
) -> Vec<ClaimOutcome> {
    check_all_sharing(prepared, claims, &SharedFacts::new(SHARED_FACTS), done)
}

/// [`check_all_reporting`] with the given store of sentence facts (the
/// `phases` example reads its counts).
pub fn check_all_sharing(
    prepared: &Prepared,
    claims: &[Claim],
    shared: &SharedFacts,
    done: &(dyn Fn() + Sync),
) -> Vec<ClaimOutcome> {
    claims
        .par_iter()
        .map(|c| {
            let outcome = slim(check_claim_sharing(prepared, c, shared));
            done();
            outcome
        })
        .collect()
}

/// An outcome as a report keeps it: no candidates, and only the findings a
/// report shows (the matcher's own are for `explain`; outcomes live until
/// the report is written).
pub fn slim(mut outcome: ClaimOutcome) -> ClaimOutcome {
    outcome.candidates = Vec::new();
    for e in &mut outcome.evidence {
        e.reasons.retain(|r| r.kind.is_reported());
        e.reasons.shrink_to_fit();
    }
    outcome
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
    // a restriction that cannot be applied allows nothing: failing open
    // would let an excluded file decide the claim
    let Ok(set) = builder.build() else {
        return Some(vec![false; prepared.corpus.sources.len()]);
    };
    Some(
        prepared
            .corpus
            .sources
            .iter()
            .map(|s| set.is_match(&s.path))
            .collect(),
    )
}

/// The index's best sentences for a claim (analysed as `facts`, in
/// `lang`) within its `sources:`, with their scores, best first: one list
/// per selection, the claim's [`CANDIDATES`], then (when some source is in
/// another language) the [`CROSS_LANGUAGE_CANDIDATES`] in other languages.
/// An index of one shard gives each selection's best of that shard: the
/// best of the shards' lists, by [`ranks_before`], are one index's.
pub fn selections(
    prepared: &Prepared,
    claim: &Claim,
    lang: Lang,
    facts: &Facts,
) -> Vec<Vec<(crate::retrieve::SentenceRef, f64)>> {
    let allowed = allowed_sources(prepared, claim);
    let accept = |s: u32| allowed.as_ref().is_none_or(|a| a[s as usize]);
    let terms = index_terms(facts);
    // sentences in the other language share fewer keys with the claim and
    // lose to same-language look-alikes: they get places of their own, from
    // the same scoring pass (none when every source is in the claim's language)
    let other_language = |s: u32| accept(s) && prepared.source_langs[s as usize] != lang;
    let mut selections = vec![Selection {
        accept: &accept,
        k: CANDIDATES,
    }];
    if prepared.languages.iter().any(|l| *l != lang) {
        selections.push(Selection {
            accept: &other_language,
            k: CROSS_LANGUAGE_CANDIDATES,
        });
    }
    prepared.index.search_each(&terms, &selections)
}

/// Does the hit `a` rank before `b`: a higher score, then an earlier
/// sentence (the index's own order).
pub fn ranks_before(
    a: &(crate::retrieve::SentenceRef, f64),
    b: &(crate::retrieve::SentenceRef, f64),
) -> std::cmp::Ordering {
    b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))
}

/// Each selection's best among several shards' [`selections`]
/// (`shards[k][j]`: shard `k`'s list for selection `j`): what one index of
/// every source would have kept, the same sentences in the same order.
pub fn best_of_shards(
    shards: Vec<Vec<Vec<(crate::retrieve::SentenceRef, f64)>>>,
) -> Vec<Vec<(crate::retrieve::SentenceRef, f64)>> {
    let mut merged: Vec<Vec<(crate::retrieve::SentenceRef, f64)>> = Vec::new();
    for lists in shards {
        for (j, list) in lists.into_iter().enumerate() {
            if merged.len() <= j {
                merged.push(Vec::new());
            }
            merged[j].extend(list);
        }
    }
    for (j, list) in merged.iter_mut().enumerate() {
        list.sort_by(ranks_before);
        list.dedup_by_key(|hit| hit.0);
        list.truncate(if j == 0 {
            CANDIDATES
        } else {
            CROSS_LANGUAGE_CANDIDATES
        });
    }
    merged
}

/// A claim's candidates from its selections: the first selection's, then
/// the others' that it lacks.
pub fn merge_selections(
    selections: Vec<Vec<(crate::retrieve::SentenceRef, f64)>>,
) -> Vec<(crate::retrieve::SentenceRef, f64)> {
    let mut found = selections.into_iter();
    let mut candidates = found.next().unwrap_or_default();
    for other in found.flatten() {
        if !candidates.iter().any(|(r, _)| *r == other.0) {
            candidates.push(other);
        }
    }
    candidates
}

/// The index's candidate sentences for a claim, with their scores.
fn candidates(
    prepared: &Prepared,
    claim: &Claim,
    lang: Lang,
    facts: &Facts,
) -> Vec<(crate::retrieve::SentenceRef, f64)> {
    merge_selections(selections(prepared, claim, lang, facts))
}

/// Every window around every candidate of a claim, matched, without a
/// decision taken between them: what `scripts/fit_decision.py` learns from.
pub fn candidate_windows(prepared: &Prepared, claim: &Claim) -> Vec<crate::matcher::MatchResult> {
    let (lang, facts) = claim_facts(claim);
    let claim_under_check = ClaimUnderCheck {
        text: &claim.text,
        facts: &facts,
    };
    let shared = SharedFacts::new(SHARED_FACTS);
    let mut cache = FactsCache::new(prepared, &shared);
    let mut out = Vec::new();
    for (at, _) in candidates(prepared, claim, lang, &facts) {
        let mut article = SourceFacts {
            cache: &mut cache,
            source: at.source as usize,
        };
        out.extend(every_window(
            &mut article,
            &claim_under_check,
            at.sentence as usize,
            &prepared.index,
        ));
    }
    out
}

/// Check one claim alone (`explain`, and examples).
pub fn check_claim(prepared: &Prepared, claim: &Claim) -> ClaimOutcome {
    check_claim_sharing(prepared, claim, &SharedFacts::new(SHARED_FACTS))
}

fn check_claim_sharing(prepared: &Prepared, claim: &Claim, shared: &SharedFacts) -> ClaimOutcome {
    let (lang, facts) = claim_facts(claim);
    let candidates = candidates(prepared, claim, lang, &facts);
    let matched = match_candidates(prepared, claim, &facts, &candidates, shared);
    decide(lang, candidates, matched)
}

/// The evidence each candidate gives on its own (`None`: nothing worth
/// showing), in the candidates' order. A pure function of the claim, the
/// candidate's source and the corpus' counts: a shard of the sources
/// computes it for its own candidates.
pub fn match_candidates(
    prepared: &Prepared,
    claim: &Claim,
    facts: &Facts,
    candidates: &[(crate::retrieve::SentenceRef, f64)],
    shared: &SharedFacts,
) -> Vec<Option<Evidence>> {
    let claim_under_check = ClaimUnderCheck {
        text: &claim.text,
        facts,
    };
    let mut cache = FactsCache::new(prepared, shared);
    candidates
        .iter()
        .map(|&(at, score)| {
            let (s, i) = (at.source as usize, at.sentence as usize);
            let mut article = SourceFacts {
                cache: &mut cache,
                source: s,
            };
            let (window, result) =
                match_candidate(&mut article, &claim_under_check, i, &prepared.index)?;
            if result.relation == Relation::Related && result.coverage < RELATED_MIN_COVERAGE {
                return None;
            }
            let source = &prepared.corpus.sources[s];
            let span = source.sentences[window.start].span().start
                ..source.sentences[window.end - 1].span().end;
            cache.ensure(s, window.start.saturating_sub(CHAIN_LOOKBACK)..window.start);
            let attribution_chain =
                attribution_chain(&cache, s, window.start, result.attribution.as_deref());
            Some(Evidence {
                source: s,
                attribution_chain,
                sentences: window,
                span,
                relation: result.relation,
                reasons: result.findings,
                hedged: result.hedged,
                attribution: result.attribution,
                coverage: result.coverage,
                features: result.features,
                retrieval_score: score,
            })
        })
        .collect()
}

/// A claim's outcome from its candidates and what each gave
/// (`matched[k]` for candidate `k`): evidence that overlaps evidence of a
/// better candidate in the same source is dropped (unless it is one
/// sentence that decides and the other only related), the rest aggregated into
/// the verdict, and the best [`MAX_EVIDENCE`] kept, deciding first.
pub fn decide(
    lang: Lang,
    candidates: Vec<(crate::retrieve::SentenceRef, f64)>,
    matched: Vec<Option<Evidence>>,
) -> ClaimOutcome {
    let mut evidence: Vec<Evidence> = Vec::new();
    for found in matched.into_iter().flatten() {
        let overlaps = |e: &Evidence| {
            e.source == found.source
                && e.span.start < found.span.end
                && found.span.start < e.span.end
        };
        // a sentence that decides on its own takes the place of the
        // related windows of better candidates it overlaps
        if found.relation != Relation::Related
            && found.sentences.len() == 1
            && evidence
                .iter()
                .filter(|e| overlaps(e))
                .all(|e| e.relation == Relation::Related)
        {
            evidence.retain(|e| !overlaps(e));
        }
        if evidence.iter().any(overlaps) {
            continue;
        }
        evidence.push(found);
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
    // outcomes live until the report is written: no spare capacity
    evidence.shrink_to_fit();
    ClaimOutcome {
        lang,
        verdict,
        reasons,
        evidence,
        candidates,
    }
}

/// Sentences before the evidence searched for who reported it.
const CHAIN_LOOKBACK: usize = 3;

/// Who says it, as far as the text tells: the sentence's own attribution,
/// then a different source named just before ("d'après une révélation faite
/// par Le Monde, ... Selon Amnesty, ..."), then the outlet that published
/// the file. "Amnesty International (reported by Le Monde, via HuffPost)".
fn attribution_chain(
    cache: &FactsCache<'_>,
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
            cache
                .get(s, k)
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
    if let Some(outlet) = &cache.prepared.corpus.sources[s].meta.outlet
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verdict::Verdict;
    use std::ops::Range;

    /// Evidence of `relation` over `sentences` of source 0, ten bytes a
    /// sentence.
    fn evidence(sentences: Range<usize>, relation: Relation) -> Evidence {
        Evidence {
            source: 0,
            span: sentences.start * 10..sentences.end * 10,
            sentences,
            relation,
            reasons: Vec::new(),
            hedged: false,
            attribution: None,
            attribution_chain: Vec::new(),
            coverage: 0.8,
            features: crate::matcher::Features::default(),
            retrieval_score: 1.0,
        }
    }

    #[test]
    fn a_sentence_that_decides_is_not_hidden_by_a_better_candidates_related_window() {
        let outcome = |matched: Vec<Evidence>| {
            let o = decide(
                Lang::En,
                Vec::new(),
                matched.into_iter().map(Some).collect(),
            );
            let relations: Vec<Relation> = o.evidence.iter().map(|e| e.relation).collect();
            (o.verdict, relations)
        };
        // the better candidate's window, two sentences, only related; the
        // next candidate's sentence alone supports
        assert_eq!(
            outcome(vec![
                evidence(0..2, Relation::Related),
                evidence(1..2, Relation::Supports)
            ]),
            (Verdict::Supported, vec![Relation::Supports])
        );
        // a window of several sentences that decides does not replace it
        // (words gathered from sentences apart)
        assert_eq!(
            outcome(vec![
                evidence(0..1, Relation::Related),
                evidence(0..2, Relation::Supports)
            ]),
            (Verdict::Unverified, vec![Relation::Related])
        );
        // nor does one that decides replace another that decides
        assert_eq!(
            outcome(vec![
                evidence(0..1, Relation::Contradicts),
                evidence(0..1, Relation::Supports)
            ]),
            (Verdict::Contradicted, vec![Relation::Contradicts])
        );
    }

    #[test]
    fn the_year_in_force_is_the_last_one_written_before() {
        let years = YearChanges(vec![(2, 2019), (5, 2021)]);
        let got: Vec<Option<i32>> = (0..7).map(|i| years.before(i)).collect();
        assert_eq!(
            got,
            vec![
                None,
                None,
                Some(2019),
                Some(2019),
                Some(2019),
                Some(2021),
                Some(2021)
            ]
        );
        assert_eq!(YearChanges::default().before(3), None);
    }

    #[test]
    fn a_source_streamed_into_the_index_indexes_as_one_held_whole() {
        let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let corpus = crate::corpus::load(&[root.join("sources")]).unwrap();
        let dir = tempfile::tempdir().unwrap();
        // the index file holds everything the analysis gives: equal bytes,
        // equal index, year context and acronyms
        let written = |streamed_from: usize| {
            let (index, years, acronyms) = analyse_corpus_streaming_from(&corpus, streamed_from);
            let path = dir.path().join(format!("index-{streamed_from}"));
            let stored = Stored {
                index,
                sources: source_keys(&corpus),
                years: years.into_iter().map(|y| y.0).collect(),
                acronyms,
            };
            let key = store::IndexKey::from_bytes(b"test");
            store::save(&path, &key, "base", "fp", &stored).unwrap();
            std::fs::read(path).unwrap()
        };
        let whole = written(usize::MAX);
        assert_eq!(written(0), whole, "every source streamed");
        assert_eq!(written(3000), whole, "the longer sources streamed");
    }
}

//! Postings, compressed: for each term, the sentences that hold it and how
//! often, written as variable-length byte codes (about two bytes a posting
//! instead of eight). They are written in segments: postings wait in a small
//! buffer, and when it is full they are sorted by term and frozen into a
//! segment. A search reads a term's slice from each segment in turn; no
//! segment is ever merged or copied, so building never holds two copies.
//!
//! Once built (and saved), the index is made ready to search
//! ([`Postings::compact_for_search`]): the commonest terms a search reads
//! become one bit per sentence, so that adding their weight to the
//! sentences already found costs a test per found sentence instead of a
//! pass over a list holding a twentieth of the corpus; the terms a search
//! never reads are dropped; the other terms' slices are merged into one list
//! a term (found at once, not by a search in each segment).

/// Postings buffered before they are frozen into a segment.
const SEGMENT_POSTINGS: usize = 1 << 19;

/// A searched term in more than one sentence in this many becomes a bit per
/// sentence when the index is made ready to search.
const DENSE_SHARE: usize = 16;

/// One posting: (term id, sentence unit, term frequency).
type Posting = (u32, u32, u8);

/// Postings of a run of sentences, grouped by term.
pub(super) struct Segment {
    /// The term ids present, ascending.
    pub(super) terms: Vec<u32>,
    /// `starts[k]..starts[k + 1]`: the bytes of `terms[k]`.
    pub(super) starts: Vec<u32>,
    pub(super) bytes: Vec<u8>,
}

#[derive(Default)]
pub struct Postings {
    pub(super) segments: Vec<Segment>,
    pending: Vec<Posting>,
    /// Set when a pending posting's sentence comes before the one pushed
    /// just earlier (an index updated from an earlier one pushes so); while
    /// unset (a build from scratch), a stable sort by term alone orders them.
    pending_out_of_order: bool,
    /// Scratch space of the sort by term.
    sorted: Vec<Posting>,
    /// `df[term]`: how many sentences hold the term.
    pub(super) df: Vec<u32>,
    count: usize,
    /// The commonest searched terms as bits, after
    /// [`Postings::compact_for_search`]: their slices are gone from the
    /// segments.
    dense: rustc_hash::FxHashMap<u32, Dense>,
    /// Every other searched term's postings in one list, ascending, after
    /// [`Postings::compact_for_search`] (the segments are then empty).
    merged: Option<Merged>,
    /// Set by [`Postings::compact_for_search`]: the segments no longer hold
    /// every posting, so they must not be saved or renamed.
    compacted: bool,
    /// Sentences indexed, as [`Postings::compact_for_search`] was told.
    units: usize,
    /// The listed terms searches asked for lately, as bits: see [`HotTerms`].
    hot: std::sync::Mutex<HotTerms>,
}

/// A term in more than one sentence in this many is listed, not kept as
/// bits, yet common enough that decoding its whole list for each claim that
/// has it cost more than the bits: the last [`HOT_TERMS`] of them that
/// claims asked for twice are kept as bits while asked for.
const HOT_SHARE: usize = 64;
/// Listed terms kept as bits at once (a bit a sentence each: 3.3 MB for the
/// 1.7 million sentences of 100 MB).
const HOT_TERMS: usize = 16;
/// Terms whose requests are counted at once; the counts start again when full.
const ASKED_TERMS: usize = 4_096;

/// Listed common terms recently asked for, as bits. Claims about the same
/// things share their common words ("government", "report"), and a term's
/// bits cost one decoding of its list: what is asked for again is kept,
/// least recently asked dropped first. What is kept changes the time only:
/// bits and list give the same postings.
#[derive(Default)]
struct HotTerms {
    /// term -> times asked, while not kept
    asked: rustc_hash::FxHashMap<u32, u32>,
    /// (term, bits, when last asked)
    kept: Vec<(u32, std::sync::Arc<Dense>, u64)>,
    clock: u64,
}

/// The postings of every term in one buffer: `starts[t]..starts[t + 1]`
/// are term `t`'s, ascending, the first gap counted from 0 as in a segment.
/// A search finds a term's list at once instead of searching each segment.
struct Merged {
    starts: Vec<u32>,
    bytes: Vec<u8>,
}

impl Merged {
    fn slice(&self, term: u32) -> &[u8] {
        match self.starts.get(term as usize..term as usize + 2) {
            Some(&[from, to]) => &self.bytes[from as usize..to as usize],
            _ => &[],
        }
    }
}

/// One term's postings as a bit per sentence (bit `u % 64` of word
/// `u / 64`), and the sentences holding it more than once with their count,
/// ascending.
struct Dense {
    bits: Vec<u64>,
    counts: Vec<(u32, u8)>,
}

impl Dense {
    /// No sentence yet, of an index of `units` sentences.
    fn of_units(units: usize) -> Dense {
        Dense {
            bits: vec![0; units.div_ceil(64)],
            counts: Vec::new(),
        }
    }

    /// Add the postings of `slice`.
    fn add(&mut self, slice: &[u8]) {
        for (unit, tf) in decode(slice) {
            self.bits[unit as usize / 64] |= 1 << (unit % 64);
            if tf > 1 {
                // a count was stored in one byte
                self.counts.push((unit, tf as u8));
            }
        }
    }

    /// Done adding: the counts in order of sentences (segments of an
    /// updated index may come in any order), without spare room.
    fn finish(&mut self) {
        self.counts.sort_unstable();
        self.counts.shrink_to_fit();
    }

    /// The term's count in sentence `unit`, which holds it: 1 unless listed;
    /// `next` is the first entry of `counts` not yet passed (units are
    /// asked in ascending order).
    #[inline(always)]
    fn count_at(&self, unit: u32, next: &mut usize) -> u32 {
        while let Some(&(u, tf)) = self.counts.get(*next) {
            if u > unit {
                break;
            }
            *next += 1;
            if u == unit {
                return u32::from(tf);
            }
        }
        1
    }

    /// Call `visit(unit, tf)` for each sentence of `word_bits(k)`, the
    /// words of bits to visit, ascending.
    #[inline(always)]
    fn visit_bits(&self, word_bits: impl Fn(usize) -> u64, mut visit: impl FnMut(u32, u32)) {
        let mut next = 0;
        for k in 0..self.bits.len() {
            let mut word = word_bits(k);
            while word != 0 {
                let unit = (k * 64) as u32 + word.trailing_zeros();
                word &= word - 1;
                visit(unit, self.count_at(unit, &mut next));
            }
        }
    }

    fn heap_bytes(&self) -> usize {
        8 * self.bits.len() + 8 * self.counts.len()
    }
}

impl Segment {
    /// The bytes of slice `k` (the postings of `terms[k]`).
    fn slice(&self, k: usize) -> &[u8] {
        &self.bytes[self.starts[k] as usize..self.starts[k + 1] as usize]
    }

    /// The slice of `term`, if this segment has postings of it.
    fn slice_of(&self, term: u32) -> Option<&[u8]> {
        let k = self.terms.binary_search(&term).ok()?;
        Some(self.slice(k))
    }

    /// Call `visit(term, unit, tf)` for every posting, slice by slice.
    fn for_each_posting(&self, mut visit: impl FnMut(u32, u32, u32)) {
        for (k, &term) in self.terms.iter().enumerate() {
            for (unit, tf) in decode(self.slice(k)) {
                visit(term, unit, tf);
            }
        }
    }

    /// (lowest sentence, highest sentence, postings of each slice).
    fn extent(&self) -> (u32, u32, Vec<u32>) {
        let (mut lo, mut hi) = (u32::MAX, 0);
        let counts = (0..self.terms.len())
            .map(|k| {
                let mut n = 0;
                for (unit, _) in decode(self.slice(k)) {
                    lo = lo.min(unit);
                    hi = hi.max(unit);
                    n += 1;
                }
                n
            })
            .collect();
        (lo, hi, counts)
    }

    /// The segment with every sentence moved by `shift`: each slice's
    /// first gap counts from 0, so only it is written again.
    fn shifted(self, shift: i64) -> Segment {
        let mut bytes = Vec::with_capacity(self.bytes.len() + self.terms.len());
        let mut starts = Vec::with_capacity(self.starts.len());
        for k in 0..self.terms.len() {
            let slice = self.slice(k);
            starts.push(bytes.len() as u32);
            let (head, rest) = first_moved(slice, |first| (i64::from(first) + shift) as u32);
            bytes.extend_from_slice(head.bytes());
            bytes.extend_from_slice(rest);
        }
        starts.push(bytes.len() as u32);
        bytes.shrink_to_fit();
        Segment {
            terms: self.terms,
            starts,
            bytes,
        }
    }
}

/// Sort `postings` by term, stably (postings of one term keep their
/// order), eleven bits of the term at a time; `scratch` is reused.
fn radix_sort_by_term(postings: &mut Vec<Posting>, scratch: &mut Vec<Posting>) {
    const BITS: u32 = 11;
    const BUCKETS: usize = 1 << BITS;
    let highest = postings.iter().map(|p| p.0).max().unwrap_or(0);
    let mut shift = 0;
    while shift < u32::BITS && highest >> shift > 0 {
        let digit = |p: &Posting| (p.0 >> shift) as usize & (BUCKETS - 1);
        let mut at = vec![0usize; BUCKETS];
        for p in postings.iter() {
            at[digit(p)] += 1;
        }
        let mut sum = 0;
        for slot in at.iter_mut() {
            let n = *slot;
            *slot = sum;
            sum += n;
        }
        scratch.clear();
        scratch.resize(postings.len(), (0, 0, 0));
        for p in postings.iter() {
            let d = digit(p);
            scratch[at[d]] = *p;
            at[d] += 1;
        }
        std::mem::swap(postings, scratch);
        shift += BITS;
    }
}

/// Append `value` as LEB128.
fn put_varint(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(Varint::of(value).bytes());
}

/// A value as LEB128, at most five bytes.
struct Varint {
    bytes: [u8; 5],
    len: usize,
}

impl Varint {
    fn of(mut value: u32) -> Varint {
        let mut v = Varint {
            bytes: [0; 5],
            len: 0,
        };
        while value >= 0x80 {
            v.bytes[v.len] = (value as u8) | 0x80;
            v.len += 1;
            value >>= 7;
        }
        v.bytes[v.len] = value as u8;
        v.len += 1;
        v
    }

    fn bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

/// A slice with its first sentence moved to `to(first)`: the first code
/// written again (a slice's first gap counts from 0, so only it changes),
/// and the rest of the slice as it is.
fn first_moved(slice: &[u8], to: impl FnOnce(u32) -> u32) -> (Varint, &[u8]) {
    let mut at = 0;
    let code = get_varint(slice, &mut at);
    (Varint::of(to(code >> 1) << 1 | (code & 1)), &slice[at..])
}

/// Read a LEB128 value at `*at`, moving past it.
fn get_varint(bytes: &[u8], at: &mut usize) -> u32 {
    let mut value = 0u32;
    let mut shift = 0;
    loop {
        let b = bytes[*at];
        *at += 1;
        value |= u32::from(b & 0x7f) << shift;
        if b < 0x80 {
            return value;
        }
        shift += 7;
    }
}

/// Read a LEB128 value at `*at` from bytes that may be damaged: `None` when
/// it runs past the end or past 32 bits.
fn try_varint(bytes: &[u8], at: &mut usize) -> Option<u32> {
    let mut value = 0u32;
    for shift in (0..35).step_by(7) {
        let b = *bytes.get(*at)?;
        *at += 1;
        value |= u32::from(b & 0x7f).checked_shl(shift)?;
        if b < 0x80 {
            return Some(value);
        }
    }
    None
}

impl Postings {
    /// Postings read back from disk, checked whole: every slice decodes,
    /// sentences ascend within it and exist, and each term's count matches
    /// its document frequency. `None` if anything is off.
    pub(super) fn from_segments(
        segments: Vec<Segment>,
        df: Vec<u32>,
        terms: usize,
        units: usize,
    ) -> Option<Postings> {
        if df.len() != terms {
            return None;
        }
        let mut counted = vec![0u32; terms];
        for segment in &segments {
            let shape_ok = segment.starts.len() == segment.terms.len() + 1
                && segment.starts.first() == Some(&0)
                && segment.starts.last().map(|&e| e as usize) == Some(segment.bytes.len())
                && segment.starts.windows(2).all(|w| w[0] <= w[1])
                && segment.terms.windows(2).all(|w| w[0] < w[1])
                && segment.terms.iter().all(|&t| (t as usize) < terms);
            if !shape_ok {
                return None;
            }
            for (k, &term) in segment.terms.iter().enumerate() {
                // the shape was checked: the slice is in bounds
                let bytes = segment.slice(k);
                let (mut at, mut unit, mut first) = (0, 0u32, true);
                while at < bytes.len() {
                    let code = try_varint(bytes, &mut at)?;
                    if code >> 1 == 0 && !first {
                        return None;
                    }
                    unit = unit.checked_add(code >> 1)?;
                    if code & 1 == 1 {
                        bytes.get(at)?;
                        at += 1;
                    }
                    if unit as usize >= units {
                        return None;
                    }
                    first = false;
                    counted[term as usize] += 1;
                }
            }
        }
        if counted != df {
            return None;
        }
        let count = df.iter().map(|&d| d as usize).sum();
        Some(Postings {
            segments,
            df,
            count,
            ..Postings::default()
        })
    }

    /// Record that sentence `unit` holds `term` `tf` times; units must come
    /// in ascending order.
    pub fn push(&mut self, term: u32, unit: u32, tf: u8) {
        let t = term as usize;
        if self.df.len() <= t {
            self.df.resize(t + 1, 0);
        }
        self.df[t] += 1;
        self.count += 1;
        if self.pending.last().is_some_and(|p| p.1 > unit) {
            self.pending_out_of_order = true;
        }
        self.pending.push((term, unit, tf));
        if self.pending.len() >= SEGMENT_POSTINGS {
            self.freeze();
        }
    }

    /// Turn the pending postings into a segment.
    fn freeze(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        // by term, each term's sentences ascending (a term is posted once
        // per sentence): whatever order they were pushed in, as an index
        // updated from an earlier one pushes them; pushed in order, a
        // stable sort by term alone does it, by radix (the serial part of
        // the build waits on it: 100 MB indexed 0.5 s sooner)
        if std::mem::take(&mut self.pending_out_of_order) {
            self.pending.sort_unstable_by_key(|p| (p.0, p.1));
        } else {
            radix_sort_by_term(&mut self.pending, &mut self.sorted);
        }
        let mut segment = Segment {
            terms: Vec::new(),
            starts: Vec::new(),
            bytes: Vec::with_capacity(self.pending.len() * 2),
        };
        let mut previous = 0u32;
        for &(term, unit, tf) in &self.pending {
            if segment.terms.last() != Some(&term) {
                segment.terms.push(term);
                segment.starts.push(segment.bytes.len() as u32);
                previous = 0;
            }
            // the gap from the previous sentence, doubled, odd when tf > 1
            let gap = unit - previous;
            previous = unit;
            if tf > 1 {
                put_varint(&mut segment.bytes, gap << 1 | 1);
                segment.bytes.push(tf);
            } else {
                put_varint(&mut segment.bytes, gap << 1);
            }
        }
        segment.starts.push(segment.bytes.len() as u32);
        segment.terms.shrink_to_fit();
        segment.starts.shrink_to_fit();
        segment.bytes.shrink_to_fit();
        self.segments.push(segment);
        self.pending.clear();
    }

    /// Done adding: freeze what is pending and return spare capacity.
    pub fn finish(&mut self) {
        self.freeze();
        self.pending = Vec::new();
        self.sorted = Vec::new();
        self.df.shrink_to_fit();
        self.segments.shrink_to_fit();
    }

    /// The postings of `self`, their sentences renamed by `rename`
    /// (`u32::MAX`: the sentence is gone, and its postings). A segment whose
    /// sentences all stay, shifted alike, keeps its bytes (only each
    /// slice's first gap changes); the others are posted again.
    pub fn renamed(self, rename: &[u32]) -> Postings {
        assert!(
            !self.compacted,
            "the postings of a search-only index renamed"
        );
        let mut out = Postings {
            df: vec![0; self.df.len()],
            ..Postings::default()
        };
        for segment in self.segments {
            let (lo, hi, counts) = segment.extent();
            let shift = rename
                .get(lo as usize)
                .map(|&to| i64::from(to) - i64::from(lo));
            let uniform = shift.is_some_and(|shift| {
                rename[lo as usize..=hi as usize]
                    .iter()
                    .zip(lo..)
                    .all(|(&to, from)| to != u32::MAX && i64::from(to) - i64::from(from) == shift)
            });
            if uniform && !segment.terms.is_empty() {
                let shift = shift.unwrap_or(0);
                for (&term, &n) in segment.terms.iter().zip(&counts) {
                    out.df[term as usize] += n;
                    out.count += n as usize;
                }
                out.segments.push(segment.shifted(shift));
                continue;
            }
            segment.for_each_posting(|term, unit, tf| {
                let to = rename[unit as usize];
                if to != u32::MAX {
                    // a count was stored in one byte
                    out.push(term, to, tf as u8);
                }
            });
        }
        out
    }

    /// Sentences holding `term`.
    pub fn document_frequency(&self, term: u32) -> usize {
        self.df.get(term as usize).map_or(0, |&d| d as usize)
    }

    /// Postings in all.
    pub fn len(&self) -> usize {
        self.count
    }

    /// The slices of `term`'s postings: one, once merged.
    fn slices(&self, term: u32) -> impl Iterator<Item = &[u8]> {
        let merged = self.merged.as_ref().map(|m| m.slice(term));
        merged
            .into_iter()
            .chain(self.segments.iter().filter_map(move |s| s.slice_of(term)))
    }

    /// Call `visit(unit, tf)` for every sentence holding `term`, ascending.
    /// Only what was frozen (after [`Postings::finish`]) is visited.
    pub fn for_each(&self, term: u32, mut visit: impl FnMut(u32, u32)) {
        if let Some(dense) = self.dense.get(&term) {
            dense.visit_bits(|k| dense.bits[k], visit);
            return;
        }
        for bytes in self.slices(term) {
            for (unit, tf) in decode(bytes) {
                visit(unit, tf);
            }
        }
    }

    /// Call `visit(unit, tf)` for the sentences holding `term` whose bit is
    /// set in `marked` (bit `u % 64` of word `u / 64`), ascending: what a
    /// common term does, which only adds to sentences already found. Eight
    /// one-byte gaps without a count are read at once, the usual case of a
    /// common term's list.
    pub fn for_each_marked(&self, term: u32, marked: &[u64], mut visit: impl FnMut(u32, u32)) {
        let hot;
        let bits = match self.dense.get(&term) {
            Some(dense) => Some(dense),
            None => {
                hot = self.hot_bits(term);
                hot.as_deref()
            }
        };
        if let Some(dense) = bits {
            let marked_at = |k: usize| marked.get(k).map_or(0, |&m| m & dense.bits[k]);
            dense.visit_bits(marked_at, visit);
            return;
        }
        let is_marked = |u: u32| marked[u as usize / 64] >> (u % 64) & 1 != 0;
        for bytes in self.slices(term) {
            let (mut at, mut unit) = (0, 0u32);
            while at < bytes.len() {
                if let Some(eight) = bytes.get(at..at + 8) {
                    let word = u64::from_le_bytes(eight.try_into().unwrap_or_default());
                    // no continuation bit, no count flag in any of the eight
                    if word & 0x8181_8181_8181_8181 == 0 {
                        // without a branch a posting: about one in twelve
                        // is marked, too many for the branch to be predicted
                        let mut hits = [0u32; 8];
                        let mut n = 0;
                        for j in 0..8 {
                            unit += (word >> (8 * j + 1)) as u32 & 0x3f;
                            hits[n] = unit;
                            n += usize::from(is_marked(unit));
                        }
                        for &hit in &hits[..n] {
                            visit(hit, 1);
                        }
                        at += 8;
                        continue;
                    }
                }
                let (u, tf) = next_posting(bytes, &mut at, &mut unit);
                if is_marked(u) {
                    visit(u, tf);
                }
            }
        }
    }

    /// Term `term`'s postings as bits when it is a listed common term asked
    /// for before (made now if it is asked for the second time), else `None`.
    fn hot_bits(&self, term: u32) -> Option<std::sync::Arc<Dense>> {
        if !self.compacted || self.document_frequency(term) * HOT_SHARE <= self.units {
            return None;
        }
        let mut hot = self.hot.lock().unwrap_or_else(|e| e.into_inner());
        hot.clock += 1;
        let now = hot.clock;
        if let Some((_, bits, last)) = hot.kept.iter_mut().find(|(t, _, _)| *t == term) {
            *last = now;
            return Some(std::sync::Arc::clone(bits));
        }
        if hot.asked.len() >= ASKED_TERMS {
            hot.asked.clear();
        }
        let asked = hot.asked.entry(term).or_default();
        *asked += 1;
        if *asked < 2 {
            return None;
        }
        hot.asked.remove(&term);
        // made outside the lock: the other threads' searches go on meanwhile
        drop(hot);
        let bits = std::sync::Arc::new(self.as_bits(term));
        let mut hot = self.hot.lock().unwrap_or_else(|e| e.into_inner());
        if !hot.kept.iter().any(|(t, _, _)| *t == term) {
            if hot.kept.len() >= HOT_TERMS
                && let Some(oldest) = (0..hot.kept.len()).min_by_key(|&k| hot.kept[k].2)
            {
                hot.kept.swap_remove(oldest);
            }
            hot.kept.push((term, std::sync::Arc::clone(&bits), now));
        }
        Some(bits)
    }

    /// Term `term`'s postings as a bit per sentence, its counts on the side.
    fn as_bits(&self, term: u32) -> Dense {
        let mut dense = Dense::of_units(self.units);
        for bytes in self.slices(term) {
            dense.add(bytes);
        }
        dense.finish();
        dense
    }

    /// Bytes held by the frozen postings (for the benchmark).
    pub fn heap_bytes(&self) -> usize {
        self.segments
            .iter()
            .map(|s| s.bytes.len() + 4 * (s.terms.len() + s.starts.len()))
            .sum::<usize>()
            + 4 * self.df.len()
            + self.dense.values().map(Dense::heap_bytes).sum::<usize>()
            + self
                .merged
                .as_ref()
                .map_or(0, |m| m.bytes.len() + 4 * m.starts.len())
    }

    /// Whether [`Postings::compact_for_search`] ran: the segments then lack
    /// the postings of some terms.
    pub fn is_compacted(&self) -> bool {
        self.compacted
    }

    /// Ready the postings of `units` sentences for searching only: the terms
    /// that `searched` (given a term's document frequency) says no search
    /// reads are dropped, a searched term in more than one sentence in
    /// [`DENSE_SHARE`] becomes bits (a found sentence's weight then added by
    /// a bit test instead of by reading the whole list), and the others'
    /// slices are merged into one list a term. Segment by segment, so no
    /// second copy of the postings is ever held.
    pub fn compact_for_search(&mut self, units: usize, searched: impl Fn(usize) -> bool) {
        let df = std::mem::take(&mut self.df);
        let searched = |term: u32| searched(df[term as usize] as usize);
        // a term in more than one sentence in 16: its list, a byte a posting
        // at least, takes more than half the bytes of a bit per sentence
        // (more terms as bits, down to one sentence in 21, measured: no faster
        // on the synthetic corpus, 6 MiB more)
        let mut dense: rustc_hash::FxHashMap<u32, Dense> = df
            .iter()
            .enumerate()
            .filter(|&(t, &df)| DENSE_SHARE * df as usize > units && searched(t as u32))
            .map(|(t, _)| (t as u32, Dense::of_units(units)))
            .collect();
        let listed = |term: u32| searched(term) && !dense.contains_key(&term);
        let sizes = merged_sizes(&self.segments, df.len(), listed);
        let segments = std::mem::take(&mut self.segments);
        let mut merged = sizes.map(|sizes| {
            let mut starts = Vec::with_capacity(sizes.len() + 1);
            let mut total = 0u32;
            starts.push(0);
            for n in sizes {
                total += n;
                starts.push(total);
            }
            let bytes = vec![0u8; total as usize];
            (Merged { starts, bytes }, vec![NO_SENTENCE; df.len()])
        });
        let mut cursor: Vec<u32> = merged
            .as_ref()
            .map_or_else(Vec::new, |(m, _)| m.starts[..df.len()].to_vec());
        for segment in segments {
            let mut kept = Segment {
                terms: Vec::new(),
                starts: Vec::new(),
                bytes: Vec::new(),
            };
            for (k, &term) in segment.terms.iter().enumerate() {
                let slice = segment.slice(k);
                if let Some(d) = dense.get_mut(&term) {
                    d.add(slice);
                    continue;
                }
                if !searched(term) {
                    continue;
                }
                if let Some((m, last)) = merged.as_mut() {
                    let at = &mut cursor[term as usize];
                    let (head, rest) = continued(slice, &mut last[term as usize]);
                    for part in [head.bytes(), rest] {
                        m.bytes[*at as usize..*at as usize + part.len()].copy_from_slice(part);
                        *at += part.len() as u32;
                    }
                    continue;
                }
                kept.terms.push(term);
                kept.starts.push(kept.bytes.len() as u32);
                kept.bytes.extend_from_slice(slice);
            }
            drop(segment);
            if merged.is_none() {
                kept.starts.push(kept.bytes.len() as u32);
                kept.terms.shrink_to_fit();
                kept.starts.shrink_to_fit();
                kept.bytes.shrink_to_fit();
                self.segments.push(kept);
            }
        }
        self.merged = merged.map(|(m, _)| m);
        dense.values_mut().for_each(Dense::finish);
        dense.shrink_to_fit();
        self.dense = dense;
        self.df = df;
        self.compacted = true;
        self.units = units;
    }
}

/// The bytes each term's postings take in one list ([`Merged`]), for the
/// terms `listed` says are kept: a slice's first gap, counted from 0, is
/// counted again from the term's last sentence in the slices before it.
/// `None` when some term's slices do not come in ascending order of
/// sentences (an index updated from an earlier one may hold such): the
/// segments are then kept as they are.
fn merged_sizes(
    segments: &[Segment],
    terms: usize,
    listed: impl Fn(u32) -> bool,
) -> Option<Vec<u32>> {
    let mut sizes = vec![0u32; terms];
    let mut last = vec![NO_SENTENCE; terms];
    for segment in segments {
        for (k, &term) in segment.terms.iter().enumerate() {
            if !listed(term) {
                continue;
            }
            let slice = segment.slice(k);
            let first = decode(slice).next().map(|(unit, _)| unit)?;
            let before = &mut last[term as usize];
            if *before != NO_SENTENCE && first <= *before {
                return None;
            }
            let (head, rest) = continued(slice, before);
            sizes[term as usize] += (head.len + rest.len()) as u32;
        }
    }
    Some(sizes)
}

/// No sentence yet, in the merge's record of each term's last sentence.
const NO_SENTENCE: u32 = u32::MAX;

/// `slice` as the continuation of a list whose last sentence is `*last`
/// ([`NO_SENTENCE`]: it starts the list): its first code and the rest (see
/// [`first_moved`]). Sets `*last` to the slice's last sentence.
fn continued<'s>(slice: &'s [u8], last: &mut u32) -> (Varint, &'s [u8]) {
    let from = if *last == NO_SENTENCE { 0 } else { *last };
    *last = decode(slice).last().map_or(0, |(unit, _)| unit);
    first_moved(slice, |first| first - from)
}

/// The postings of one slice: (sentence, tf), ascending.
fn decode(bytes: &[u8]) -> impl Iterator<Item = (u32, u32)> + '_ {
    let (mut at, mut unit) = (0, 0u32);
    std::iter::from_fn(move || (at < bytes.len()).then(|| next_posting(bytes, &mut at, &mut unit)))
}

/// Decode the posting at `*at`, its gap counted from `*unit`: (sentence, tf).
#[inline(always)]
fn next_posting(bytes: &[u8], at: &mut usize, unit: &mut u32) -> (u32, u32) {
    let first = bytes[*at];
    // most gaps fit one byte
    let code = if first < 0x80 {
        *at += 1;
        u32::from(first)
    } else {
        get_varint(bytes, at)
    };
    *unit += code >> 1;
    let tf = if code & 1 == 1 {
        *at += 1;
        u32::from(bytes[*at - 1])
    } else {
        1
    };
    (*unit, tf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_round_trip_at_every_width() {
        for value in [0, 1, 127, 128, 300, 16_383, 16_384, u32::MAX >> 1, u32::MAX] {
            let mut out = Vec::new();
            put_varint(&mut out, value);
            let mut at = 0;
            assert_eq!(get_varint(&out, &mut at), value);
            assert_eq!(at, out.len());
        }
    }

    #[test]
    fn renamed_postings_are_those_of_the_sentences_that_stay_under_their_new_names() {
        // three segments' worth of sentences, three terms
        let units = 2 * SEGMENT_POSTINGS as u32 + 500;
        let mut postings = Postings::default();
        for unit in 0..units {
            postings.push(unit % 3, unit, if unit % 11 == 0 { 3 } else { 1 });
        }
        postings.finish();
        assert!(postings.segments.len() >= 3);
        let mut before: Vec<Vec<(u32, u32)>> = vec![Vec::new(); 3];
        for (term, got) in before.iter_mut().enumerate() {
            postings.for_each(term as u32, |u, tf| got.push((u, tf)));
        }
        // a hundred sentences gone in the first segment, everything after
        // moved down by a hundred, plus one new sentence at the end
        let gone = 1000..1100u32;
        let rename: Vec<u32> = (0..units)
            .map(|u| {
                if gone.contains(&u) {
                    u32::MAX
                } else if u >= gone.end {
                    u - 100
                } else {
                    u
                }
            })
            .collect();
        let mut after = postings.renamed(&rename);
        after.push(1, units - 100, 2);
        after.finish();
        for term in 0..3u32 {
            let mut want: Vec<(u32, u32)> = before[term as usize]
                .iter()
                .filter(|(u, _)| rename[*u as usize] != u32::MAX)
                .map(|&(u, tf)| (rename[u as usize], tf))
                .collect();
            if term == 1 {
                want.push((units - 100, 2));
            }
            let mut got = Vec::new();
            after.for_each(term, |u, tf| got.push((u, tf)));
            got.sort_unstable();
            assert_eq!(got, want, "term {term}");
            assert_eq!(after.document_frequency(term), want.len());
        }
        assert_eq!(after.len(), (units - 100 + 1) as usize);
    }

    #[test]
    fn marked_postings_are_those_of_every_posting_with_their_bit_set() {
        let mut postings = Postings::default();
        // gaps of every width, counts here and there, runs of small gaps
        let mut unit = 0u32;
        for k in 0..5000u32 {
            unit += match k % 97 {
                0 => 300,
                1 => 70_000,
                _ => 1 + k % 9,
            };
            postings.push(0, unit, if k % 13 == 0 { 200 } else { 1 });
        }
        postings.finish();
        let mut marked = vec![0u64; unit as usize / 64 + 1];
        for u in (0..=unit).filter(|u| u % 3 == 0 || u % 7 == 0) {
            marked[u as usize / 64] |= 1 << (u % 64);
        }
        let mut want = Vec::new();
        postings.for_each(0, |u, tf| {
            if marked[u as usize / 64] >> (u % 64) & 1 == 1 {
                want.push((u, tf));
            }
        });
        let mut got = Vec::new();
        postings.for_each_marked(0, &marked, |u, tf| got.push((u, tf)));
        assert!(want.len() > 1000);
        assert_eq!(got, want);
    }

    #[test]
    fn gives_back_every_posting_across_segments_in_order() {
        let mut postings = Postings::default();
        let mut expected: Vec<Vec<(u32, u32)>> = vec![Vec::new(); 3];
        // more than one segment's worth, with large gaps and repeated terms
        let units = SEGMENT_POSTINGS as u32 + 1000;
        for unit in 0..units {
            let term = unit % 3;
            let tf = if unit % 7 == 0 { 255 } else { 1 };
            postings.push(term, unit * 5, tf as u8);
            expected[term as usize].push((unit * 5, tf));
            if unit % 1000 == 0 {
                postings.push((term + 1) % 3, unit * 5, 2);
                expected[((term + 1) % 3) as usize].push((unit * 5, 2));
            }
        }
        postings.finish();
        assert!(postings.segments.len() >= 2);
        for term in 0..3u32 {
            let mut got = Vec::new();
            postings.for_each(term, |u, tf| got.push((u, tf)));
            let mut want = expected[term as usize].clone();
            want.sort();
            assert_eq!(got, want, "term {term}");
            assert_eq!(postings.document_frequency(term), want.len());
        }
        let mut none = 0;
        postings.for_each(7, |_, _| none += 1);
        assert_eq!(none, 0);
        assert_eq!(postings.document_frequency(7), 0);
    }

    #[test]
    fn a_listed_common_term_asked_twice_is_kept_as_bits_with_the_same_postings() {
        // terms 0..=17 each in every 40th sentence (listed, but common
        // enough to be kept), a count of 3 in every 400th; term 99 twice
        let units = 2_560u32;
        let terms = HOT_TERMS as u32 + 2;
        let mut postings = Postings::default();
        for unit in 0..units {
            for t in 0..terms {
                if unit % 40 == t {
                    postings.push(t, unit, if unit % 400 == t { 3 } else { 1 });
                }
            }
            if unit == 7 || unit == 2_000 {
                postings.push(99, unit, 1);
            }
        }
        postings.finish();
        postings.compact_for_search(units as usize, |_| true);
        assert!(postings.dense.is_empty());
        let mut marked = vec![0u64; (units as usize).div_ceil(64)];
        for u in (0..units).step_by(3).chain([2_000]) {
            marked[u as usize / 64] |= 1 << (u % 64);
        }
        let some = |term: u32| {
            let mut got = Vec::new();
            postings.for_each_marked(term, &marked, |u, tf| got.push((u, tf)));
            got
        };
        let kept = || -> Vec<u32> {
            let hot = postings.hot.lock().unwrap();
            hot.kept.iter().map(|(t, _, _)| *t).collect()
        };
        let listed = some(0);
        assert!(listed.contains(&(120, 1)) && listed.contains(&(1_200, 3)));
        assert!(kept().is_empty(), "asked once: read from its list");
        assert_eq!(some(0), listed, "asked twice: made bits");
        assert_eq!(kept(), vec![0]);
        assert_eq!(some(0), listed, "read from the bits");
        // every other term asked twice: the least recently asked go first
        for t in 1..terms {
            let listed = some(t);
            assert_eq!(some(t), listed, "term {t}");
        }
        let now = kept();
        assert_eq!(now.len(), HOT_TERMS);
        assert!(!now.contains(&0) && !now.contains(&1) && now.contains(&(terms - 1)));
        // a rare term is never kept
        assert_eq!(some(99), vec![(2_000, 1)]);
        assert_eq!(some(99), vec![(2_000, 1)]);
        assert!(!kept().contains(&99));
    }

    #[test]
    fn compacted_postings_give_every_searched_term_s_postings_dense_or_not() {
        // term 0 in every other sentence (dense), term 1 in every 40th
        // (listed), term 2 everywhere (not searched), term 3 twice
        let units = 3 * SEGMENT_POSTINGS as u32;
        let mut postings = Postings::default();
        for unit in 0..units {
            if unit % 2 == 0 {
                postings.push(0, unit, if unit % 1000 == 0 { 4 } else { 1 });
            }
            if unit % 40 == 0 {
                postings.push(1, unit, if unit % 400 == 0 { 2 } else { 1 });
            }
            postings.push(2, unit, 1);
            if unit == 5 || unit == units - 1 {
                postings.push(3, unit, 1);
            }
        }
        postings.finish();
        let all = |p: &Postings, term: u32| {
            let mut got = Vec::new();
            p.for_each(term, |u, tf| got.push((u, tf)));
            got
        };
        let mut marked = vec![0u64; (units as usize).div_ceil(64)];
        for u in (0..units).filter(|u| u % 3 == 0 || *u == units - 1) {
            marked[u as usize / 64] |= 1 << (u % 64);
        }
        let some = |p: &Postings, term: u32| {
            let mut got = Vec::new();
            p.for_each_marked(term, &marked, |u, tf| got.push((u, tf)));
            got
        };
        let before: Vec<_> = (0..4)
            .map(|t| (all(&postings, t), some(&postings, t)))
            .collect();
        let bytes_before = postings.heap_bytes();
        postings.compact_for_search(units as usize, |df| df < units as usize);
        assert!(postings.is_compacted());
        assert!(postings.dense.contains_key(&0));
        assert!(!postings.dense.contains_key(&1));
        for t in [0, 1, 3] {
            assert_eq!(all(&postings, t), before[t as usize].0, "term {t}");
            assert_eq!(some(&postings, t), before[t as usize].1, "term {t}");
        }
        assert!(
            all(&postings, 2).is_empty(),
            "a term no search reads is dropped"
        );
        assert!(postings.heap_bytes() < bytes_before);
    }

    #[test]
    fn postings_whose_segments_are_not_in_order_are_compacted_as_segments() {
        // as an index updated from an earlier one may hold: later sentences
        // frozen first
        let mut postings = Postings::default();
        for unit in 1000..2000u32 {
            postings.push(unit % 2, unit, 1);
        }
        postings.freeze();
        for unit in 0..500u32 {
            postings.push(unit % 2, unit, if unit == 4 { 3 } else { 1 });
        }
        postings.finish();
        let all = |p: &Postings, term: u32| {
            let mut got = Vec::new();
            p.for_each(term, |u, tf| got.push((u, tf)));
            got.sort_unstable();
            got
        };
        let before = [all(&postings, 0), all(&postings, 1)];
        // no term dense: a bit per sentence is never smaller here
        postings.compact_for_search(200_000, |_| true);
        assert!(postings.merged.is_none());
        assert_eq!(postings.segments.len(), 2);
        assert_eq!([all(&postings, 0), all(&postings, 1)], before);
    }

    #[test]
    fn postings_in_order_are_merged_into_one_list_a_term() {
        let mut postings = Postings::default();
        let units = 2 * SEGMENT_POSTINGS as u32 + 77;
        for unit in 0..units {
            postings.push(unit % 5, unit, if unit % 301 == 0 { 9 } else { 1 });
        }
        postings.finish();
        assert!(postings.segments.len() >= 2);
        let all = |p: &Postings, term: u32| {
            let mut got = Vec::new();
            p.for_each(term, |u, tf| got.push((u, tf)));
            got
        };
        let before: Vec<_> = (0..5).map(|t| all(&postings, t)).collect();
        // no term dense: a bit per sentence is never smaller here
        postings.compact_for_search(units as usize * 100, |_| true);
        assert!(postings.segments.is_empty());
        assert!(postings.merged.is_some());
        for t in 0..5u32 {
            assert_eq!(all(&postings, t), before[t as usize], "term {t}");
        }
        assert!(all(&postings, 9).is_empty());
    }

    #[test]
    fn the_sort_by_term_orders_as_the_sort_by_term_and_sentence() {
        // sentences ascending, terms of every width, as a build pushes them
        let mut postings: Vec<Posting> = Vec::new();
        for unit in 0..20_000u32 {
            for k in 0..3u32 {
                let term = (unit.wrapping_mul(2_654_435_761) >> (k * 5)) % (1 + (1 << (8 * k + 3)));
                if !postings
                    .iter()
                    .rev()
                    .take(3)
                    .any(|p| p.0 == term && p.1 == unit)
                {
                    postings.push((term, unit, (k + 1) as u8));
                }
            }
        }
        let mut want = postings.clone();
        want.sort_unstable_by_key(|p| (p.0, p.1));
        let mut scratch = Vec::new();
        radix_sort_by_term(&mut postings, &mut scratch);
        assert_eq!(postings, want);
        let mut none: Vec<Posting> = Vec::new();
        radix_sort_by_term(&mut none, &mut scratch);
        assert!(none.is_empty());
    }
}

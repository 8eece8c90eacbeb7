//! BM25's length norm of each sentence, a byte a sentence: a norm depends
//! only on the sentence's number of index terms, so each sentence keeps
//! that number (when under 255) and the norms of those numbers are a table
//! of 255. A search reads one norm for each posting it scores, at random
//! places: a byte a sentence keeps them in a core's cache where four bytes
//! did not, and the values are the very `f32` the formula gives.

use super::{B, K1};

/// The norm of every sentence of an index.
#[derive(Default)]
pub(super) struct Norms {
    /// `length_of[unit]`: the sentence's index terms, or [`LONG`] when they
    /// are that many or more.
    length_of: Vec<u8>,
    /// `table[len]`: the norm of a sentence of `len` index terms.
    table: Vec<f32>,
    /// The norms of the sentences of [`LONG`] index terms or more, by unit.
    long: rustc_hash::FxHashMap<u32, f32>,
}

/// The marker of a sentence whose norm is in [`Norms::long`].
const LONG: u8 = u8::MAX;

impl Norms {
    /// The norms of sentences of `lengths` index terms, the average taken
    /// over `units` sentences holding `total` index terms in all (the whole
    /// corpus, for a shard's index). A sum of integers is exact in a `f64`
    /// up to 2^53, so shards' totals added up give the very average one
    /// index computes.
    pub(super) fn given(lengths: &[u32], total: u64, units: u64) -> Norms {
        let average_length = if units == 0 {
            1.0
        } else {
            (total as f64 / units as f64).max(1.0)
        };
        let norm = |len: u32| (K1 * (1.0 - B + B * f64::from(len) / average_length)) as f32;
        let mut long = rustc_hash::FxHashMap::default();
        let length_of = lengths
            .iter()
            .enumerate()
            .map(|(unit, &len)| match u8::try_from(len) {
                Ok(len) if len < LONG => len,
                _ => {
                    long.insert(unit as u32, norm(len));
                    LONG
                }
            })
            .collect();
        Norms {
            length_of,
            table: (0..u32::from(LONG)).map(norm).collect(),
            long,
        }
    }

    /// The norms of sentences of `lengths` index terms, averaged over them.
    pub(super) fn of(lengths: &[u32]) -> Norms {
        let total: u64 = lengths.iter().map(|&l| u64::from(l)).sum();
        Norms::given(lengths, total, lengths.len() as u64)
    }

    /// The norm of sentence `unit`.
    #[inline(always)]
    pub(super) fn get(&self, unit: u32) -> f32 {
        match self.length_of[unit as usize] {
            LONG => self.long.get(&unit).copied().unwrap_or(K1 as f32),
            len => self.table[len as usize],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sentence_has_the_norm_the_formula_gives_short_or_long() {
        let lengths = [0, 1, 7, 254, 255, 256, 10_000, 3];
        let total: u64 = lengths.iter().map(|&l| u64::from(l)).sum();
        let average = total as f64 / lengths.len() as f64;
        let norms = Norms::of(&lengths);
        for (unit, &len) in lengths.iter().enumerate() {
            let want = (K1 * (1.0 - B + B * f64::from(len) / average)) as f32;
            assert_eq!(norms.get(unit as u32).to_bits(), want.to_bits(), "{len}");
        }
        assert_eq!(norms.long.len(), 3);
    }

    #[test]
    fn an_empty_index_has_no_norms() {
        let norms = Norms::of(&[]);
        assert!(norms.length_of.is_empty());
        assert!(norms.long.is_empty());
    }
}

//! A quick "surely not" for lookups in small word lists: most words of a
//! sentence are no number word, no month and no country, and a hash lookup
//! for each of them (several per word: each extractor asks) was a tenth of
//! the analysis. A word passes if some listed word has its length (up to
//! 15), first byte and last byte; only those go on to the real lookup.

/// The (length, first byte, last byte) of listed words, as bits.
pub struct WordFilter {
    bits: Box<[u64]>,
}

/// Bits of the filter: 4 of length, 6 of each end byte.
const SLOTS: usize = 1 << 16;

fn slot(word: &str) -> usize {
    let b = word.as_bytes();
    let (first, last) = match b {
        [] => (0, 0),
        [.., l] => (b[0], *l),
    };
    (b.len().min(15) << 12) | (usize::from(first & 0x3f) << 6) | usize::from(last & 0x3f)
}

impl WordFilter {
    pub fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> WordFilter {
        let mut bits = vec![0u64; SLOTS / 64].into_boxed_slice();
        for w in words {
            let s = slot(w);
            bits[s / 64] |= 1 << (s % 64);
        }
        WordFilter { bits }
    }

    /// False when `word` is surely not listed; true when it may be.
    #[inline]
    pub fn may_contain(&self, word: &str) -> bool {
        let s = slot(word);
        self.bits[s / 64] >> (s % 64) & 1 == 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_passes_and_most_others_do_not() {
        let listed = ["janvier", "january", "mi", "", "été", "quatre-vingt", "x"];
        let filter = WordFilter::of(listed);
        for w in listed {
            assert!(filter.may_contain(w), "{w}");
        }
        for w in ["gouvernement", "president", "a", "ministres", "rapport"] {
            assert!(!filter.may_contain(w), "{w}");
        }
        // same length and ends: a false "maybe", which the lookup then settles
        assert!(filter.may_contain("jxxxxxr"));
    }
}

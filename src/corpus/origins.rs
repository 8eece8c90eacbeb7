//! Origins: which sources are copies of one text. Syndicated copies,
//! republications and lightly rewritten wire stories share most of their
//! word 3-grams; MinHash signatures estimate that share (Jaccard) in a few
//! comparisons, and banding (LSH) finds the candidate pairs without
//! comparing every pair of a large corpus.

use crate::text::fold;
use std::collections::HashMap;

/// Words per shingle.
const SHINGLE: usize = 3;
/// Hash functions in a signature.
const HASHES: usize = 64;
/// Bands of the LSH index, `HASHES / BANDS` rows each.
const BANDS: usize = 16;
/// Members of an LSH bucket compared with all the others.
const BUCKET_HEADS: usize = 4;
/// Estimated Jaccard from which two documents are one origin.
pub const SAME_ORIGIN: f64 = 0.5;

/// A document's MinHash signature.
#[derive(Debug, Clone, PartialEq)]
pub struct Signature(Vec<u64>);

fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// FNV-1a of the words joined by single spaces (without joining them).
fn fnv(words: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (k, word) in words.iter().enumerate() {
        let space: &[u8] = if k > 0 { b" " } else { b"" };
        for &b in space.iter().chain(word.as_bytes()) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// Shingles hashed at a time by [`Signature::of`].
const SHINGLE_BATCH: usize = 4096;

fn merge_minima(into: &mut [u64; HASHES], batch: &[u64; HASHES]) {
    for (m, b) in into.iter_mut().zip(batch) {
        *m = (*m).min(*b);
    }
}

/// The seed of hash function `k` is `k` times this.
const SEED_STEP: u64 = 0x1656_67b1_9e37_79f9;

/// For each hash function, the least hash of the shingles `bases`.
#[inline(always)]
fn minima_portable(bases: &[u64]) -> [u64; HASHES] {
    let mut mins = [u64::MAX; HASHES];
    for &base in bases {
        for (k, m) in mins.iter_mut().enumerate() {
            *m = (*m).min(splitmix(base ^ (k as u64).wrapping_mul(SEED_STEP)));
        }
    }
    mins
}

/// [`minima_portable`] compiled for AVX-512, where the 64 hash functions
/// are computed eight at a time: the same integer arithmetic, so the same
/// signature, in a fraction of the time (this is most of reading a corpus).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f,avx512dq,avx512vl")]
fn minima_avx512(bases: &[u64]) -> [u64; HASHES] {
    minima_portable(bases)
}

/// [`minima_portable`], on the widest vectors this processor has.
fn minima(bases: &[u64]) -> [u64; HASHES] {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx512f")
        && std::arch::is_x86_feature_detected!("avx512dq")
        && std::arch::is_x86_feature_detected!("avx512vl")
    {
        // SAFETY: the processor was just found to have these features
        return unsafe { minima_avx512(bases) };
    }
    minima_portable(bases)
}

impl Signature {
    /// A signature from its minima, as [`Signature::minima`] gave them
    /// (a shard's statistics carry signatures to the merge).
    pub fn from_minima(minima: Vec<u64>) -> Option<Signature> {
        (minima.len() == HASHES).then_some(Signature(minima))
    }

    /// The signature's minima, one per hash function.
    pub fn minima(&self) -> &[u64] {
        &self.0
    }

    /// The signature of a text's folded word 3-grams; `None` for a text too
    /// short to have one.
    pub fn of(text: &str) -> Option<Signature> {
        let folded = fold(text);
        let mut words = folded
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        // the shingles streamed through a window of three words and hashed
        // a batch at a time: a 10 MB source would otherwise hold a word
        // list and a hash list several times its size (minima of batches
        // are the minima of the whole)
        let mut window: [&str; SHINGLE] = [""; SHINGLE];
        for slot in window.iter_mut().take(SHINGLE - 1) {
            *slot = words.next()?;
        }
        let mut mins = [u64::MAX; HASHES];
        let mut batch: Vec<u64> = Vec::with_capacity(SHINGLE_BATCH);
        let mut any = false;
        for word in words {
            window[SHINGLE - 1] = word;
            batch.push(fnv(&window));
            window.rotate_left(1);
            any = true;
            if batch.len() == SHINGLE_BATCH {
                merge_minima(&mut mins, &minima(&batch));
                batch.clear();
            }
        }
        if !any {
            return None;
        }
        merge_minima(&mut mins, &minima(&batch));
        Some(Signature(mins.to_vec()))
    }

    /// Estimated Jaccard similarity of the two shingle sets.
    pub fn similarity(&self, other: &Signature) -> f64 {
        let same = self.0.iter().zip(&other.0).filter(|(a, b)| a == b).count();
        same as f64 / HASHES as f64
    }
}

/// Group documents by origin: `groups[i]` is the origin of document `i`,
/// numbered by first appearance (deterministic).
pub fn group_by_origin(signatures: &[Option<Signature>]) -> Vec<usize> {
    let n = signatures.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(parent: &mut [usize], i: usize) -> usize {
        let mut r = i;
        while parent[r] != r {
            r = parent[r];
        }
        let mut i = i;
        while parent[i] != r {
            let next = parent[i];
            parent[i] = r;
            i = next;
        }
        r
    }
    let rows = HASHES / BANDS;
    // (band, band hash, document) for every band of every signature, sorted:
    // each LSH bucket is a run, its members in document order
    let mut banded: Vec<(u32, u64, u32)> = Vec::with_capacity(n * BANDS);
    for (i, sig) in signatures.iter().enumerate() {
        let Some(sig) = sig else { continue };
        for band in 0..BANDS {
            let key = sig.0[band * rows..(band + 1) * rows]
                .iter()
                .fold(0u64, |h, v| splitmix(h ^ v));
            banded.push((band as u32, key, i as u32));
        }
    }
    // every entry differs (one a band of a document): both cores sort
    rayon::slice::ParallelSliceMut::par_sort_unstable(&mut banded[..]);
    for bucket in banded.chunk_by(|a, b| a.0 == b.0 && a.1 == b.1) {
        let members: Vec<usize> = bucket.iter().map(|&(_, _, i)| i as usize).collect();
        // a crowded bucket (a band shared by many documents) is compared to
        // its first members only: linear work, and copies still meet them
        let heads = members.len().min(BUCKET_HEADS);
        for (a_pos, &a) in members[..heads].iter().enumerate() {
            for &b in &members[a_pos + 1..] {
                let (Some(sa), Some(sb)) = (&signatures[a], &signatures[b]) else {
                    continue;
                };
                if sa.similarity(sb) >= SAME_ORIGIN {
                    let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
                    if ra != rb {
                        parent[ra.max(rb)] = ra.min(rb);
                    }
                }
            }
        }
    }
    let mut numbering: HashMap<usize, usize> = HashMap::new();
    (0..n)
        .map(|i| {
            let root = find(&mut parent, i);
            let next = numbering.len();
            *numbering.entry(root).or_insert(next)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "Le ministre israélien de la Défense Benny Gantz a assuré ce mercredi 28 juillet son homologue française Florence Parly que son pays prenait au sérieux les allégations d'espionnage concernant le logiciel israélien Pegasus. Il s'agissait de la première rencontre entre les deux ministres depuis 2013, a précisé le ministère des Armées.";

    #[test]
    fn the_vector_signature_is_the_portable_one() {
        let bases: Vec<u64> = (0..1000u64).map(|i| splitmix(i * 7919)).collect();
        assert_eq!(minima(&bases), minima_portable(&bases));
        assert_eq!(minima(&[]), [u64::MAX; HASHES]);
    }

    #[test]
    fn copies_are_one_origin_and_other_texts_are_not() {
        let copy = format!("REPRISE – Publié par Le Relais. {ARTICLE} Partagez cet article !");
        let rewritten = ARTICLE
            .replace("a assuré", "a affirmé à")
            .replace("a précisé", "a indiqué");
        let other = "La Commission européenne a présenté mardi un plan de relance de 750 milliards d'euros pour soutenir les économies les plus touchées par la pandémie, financé par un emprunt commun.";
        let sigs: Vec<Option<Signature>> = [ARTICLE, copy.as_str(), rewritten.as_str(), other]
            .iter()
            .map(|t| Signature::of(t))
            .collect();
        assert!(
            sigs[0]
                .as_ref()
                .unwrap()
                .similarity(sigs[1].as_ref().unwrap())
                > 0.7
        );
        assert_eq!(group_by_origin(&sigs), vec![0, 0, 0, 1]);
    }

    #[test]
    fn short_texts_have_no_signature() {
        assert!(Signature::of("Trop court.").is_none());
        assert_eq!(group_by_origin(&[None, None]), vec![0, 1]);
    }
}

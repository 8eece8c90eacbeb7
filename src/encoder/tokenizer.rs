//! SentencePiece unigram segmentation, as the encoder was trained with:
//! NFKC, whitespace collapsed and written as "▁" with one in front, then the
//! most probable split into vocabulary pieces (Viterbi over piece scores).
//! Characters no piece covers become the unknown piece.

use rustc_hash::FxHashMap as HashMap;
use unicode_normalization::UnicodeNormalization;

/// Pieces 0..3 are `<unk>`, `<s>` and `</s>`; 3..6 are reserved tokens no
/// text produces.
pub const UNK: u32 = 0;
pub const BOS: u32 = 1;
pub const EOS: u32 = 2;
const FIRST_TEXT_PIECE: usize = 6;
const SPACE: char = '\u{2581}';

pub struct Tokenizer {
    ids: HashMap<&'static str, u32>,
    scores: Vec<f32>,
    /// Longest piece, in characters: no split is tried beyond it.
    max_chars: usize,
    unk_score: f32,
}

impl Tokenizer {
    pub fn new(pieces: Vec<(&'static str, f32)>) -> Tokenizer {
        let mut ids = HashMap::default();
        ids.reserve(pieces.len());
        let mut max_chars = 1;
        let mut min_score = f32::INFINITY;
        for (id, (piece, score)) in pieces.iter().enumerate() {
            min_score = min_score.min(*score);
            if id >= FIRST_TEXT_PIECE {
                ids.insert(*piece, id as u32);
                max_chars = max_chars.max(piece.chars().count());
            }
        }
        Tokenizer {
            ids,
            scores: pieces.iter().map(|(_, s)| *s).collect(),
            max_chars,
            unk_score: min_score - 10.0,
        }
    }

    /// Piece ids of `text`, between `<s>` and `</s>`.
    pub fn encode(&self, text: &str) -> Vec<u32> {
        let normalized = normalize(text);
        let mut ids = vec![BOS];
        if normalized.is_empty() {
            ids.push(UNK);
        } else {
            ids.extend(self.viterbi(&normalized));
        }
        ids.push(EOS);
        ids
    }

    /// The best split: every split point keeps its best-scoring way in
    /// (earliest start on ties, as SentencePiece does).
    fn viterbi(&self, text: &str) -> Vec<u32> {
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain([text.len()])
            .collect();
        let n = bounds.len() - 1;
        let mut best = vec![f32::NEG_INFINITY; n + 1];
        let mut from = vec![(0usize, UNK); n + 1];
        best[0] = 0.0;
        for i in 0..n {
            let base = best[i];
            let mut single = false;
            for j in i + 1..=n.min(i + self.max_chars) {
                if let Some(&id) = self.ids.get(&text[bounds[i]..bounds[j]]) {
                    let score = base + self.scores[id as usize];
                    if score > best[j] {
                        best[j] = score;
                        from[j] = (i, id);
                    }
                    single |= j == i + 1;
                }
            }
            if !single && base + self.unk_score > best[i + 1] {
                best[i + 1] = base + self.unk_score;
                from[i + 1] = (i, UNK);
            }
        }
        let mut out = Vec::new();
        let mut at = n;
        while at > 0 {
            let (start, id) = from[at];
            out.push(id);
            at = start;
        }
        out.reverse();
        out
    }
}

/// NFKC, runs of whitespace as one "▁", one in front, none at the end.
fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut pending_space = true;
    for c in text.nfkc() {
        if c.is_whitespace() {
            pending_space = true;
        } else if !c.is_control() {
            if pending_space {
                out.push(SPACE);
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_becomes_one_marker_per_run() {
        for (text, want) in [
            ("Le pont", "▁Le▁pont"),
            ("  the   bridge \n", "▁the▁bridge"),
            ("ﬁnal", "▁final"),
            ("", ""),
        ] {
            assert_eq!(normalize(text), want, "{text:?}");
        }
    }
}

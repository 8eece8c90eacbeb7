//! Alignment by meaning: a claim word no dictionary key found in the window
//! ("logements" against "homes", "requested" against "asked") is looked for
//! among the window's words by the sentence encoder ([`crate::encoder`]).
//! Only content words meet, only above a cosine that paraphrases reach and
//! most opposites do not, and never a word the lexicon gives as the claim
//! word's opposite: closeness of meaning is not agreement ("autorisé" /
//! "interdit" are close), so the aligned word fills the claim's coverage and
//! the rules still judge polarity and facts.

use super::rules::{degrees_apart, direction_of, lives_apart, opposite_stems};
use super::sentence::WindowSentence;
use crate::encoder::{Encoder, cosine};
use crate::facts::Facts;
use crate::text::{Lexicon, TokenKind};
use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::rc::Rc;

/// The cosine above which two words are taken as the same meaning. Measured
/// on word pairs of both languages (docs/encoder.md): paraphrases and
/// translations the dictionaries miss score 0.74-0.93 ("logements" /
/// "homes" 0.74, "signalé" / "reported" 0.85, "achevé" / "completed" 0.84);
/// opposites and co-hyponyms mostly below ("bought" / "sold" 0.69, "opened" /
/// "closed" 0.62), weekdays and numbers above (they are facts, never
/// aligned).
pub const SAME_MEANING: f32 = 0.74;

/// Shortest word (in characters) worth aligning: shorter ones are function
/// words or abbreviations the encoder reads poorly.
const MIN_CHARS: usize = 3;
/// Longest: no word of a language is longer, and the encoder's work and
/// memory grow with the pieces of what it reads (the sources' reader keeps
/// a "word" of thousands of letters).
const MAX_CHARS: usize = 40;

/// Word vectors kept per thread; the cache is emptied when full (a claim
/// meets few windows, and a window's words recur across the claims that
/// reach it).
const CACHE_WORDS: usize = 8192;

thread_local! {
    static VECTORS: RefCell<HashMap<String, Rc<[f32]>>> = RefCell::new(HashMap::default());
}

/// The encoder's vectors of `words` (lower case, accents kept), those not
/// cached computed together: one at a time costs several times more.
fn vectors(words: &[String]) -> Vec<Rc<[f32]>> {
    VECTORS.with(|cache| {
        cached_or_computed(&mut cache.borrow_mut(), words, CACHE_WORDS, |texts| {
            Encoder::shipped().embed_all(texts)
        })
    })
}

/// The vectors of `words` from `cache`, the missing ones computed by
/// `embed` in one call and kept. A cache that would grow past `capacity` is
/// emptied first (and every word computed again).
fn cached_or_computed(
    cache: &mut HashMap<String, Rc<[f32]>>,
    words: &[String],
    capacity: usize,
    embed: impl FnOnce(&[&str]) -> Vec<Vec<f32>>,
) -> Vec<Rc<[f32]>> {
    let distinct = |all: bool, cache: &HashMap<String, Rc<[f32]>>| {
        let mut out: Vec<&str> = words
            .iter()
            .map(String::as_str)
            .filter(|w| all || !cache.contains_key(*w))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    };
    let mut missing = distinct(false, cache);
    if !missing.is_empty() && cache.len() + missing.len() > capacity {
        cache.clear();
        missing = distinct(true, cache);
    }
    if !missing.is_empty() {
        for (w, v) in missing.iter().zip(embed(&missing)) {
            cache.insert(w.to_string(), v.into());
        }
    }
    words
        .iter()
        .map(|w| Rc::clone(&cache[w.as_str()]))
        .collect()
}

/// A claim word found by meaning: where in the window, and how close (the
/// report shows both words from their spans).
#[derive(Debug, Clone, PartialEq)]
pub struct Aligned {
    pub claim_token: usize,
    /// (sentence in window, token).
    pub at: (usize, usize),
    pub cosine: f32,
}

/// Is token `t` of `facts` a content word worth a vector: a word of some
/// length, not a stopword, not a name (names meet by spelling).
fn alignable(text: &str, facts: &Facts, t: usize) -> Option<String> {
    let tok = &facts.tokens[t];
    if tok.kind != TokenKind::Word
        || !(MIN_CHARS..=MAX_CHARS).contains(&tok.norm.chars().count())
        || facts.keys.names.contains(&t)
        || crate::facts::is_fact_word(&tok.norm)
        || Lexicon::shared().is_stopword(&tok.norm, facts.lang)
        || !tok.norm.chars().all(char::is_alphabetic)
    {
        return None;
    }
    let word = text.get(tok.span.clone())?;
    Some(word.to_lowercase())
}

/// Window words this far from the claim words found in their sentence are
/// not looked at: a paraphrase stands among the words it paraphrases with,
/// and each word looked at costs an encoding.
const REACH: usize = 5;

/// Look for each of claim tokens `wanted` among the window's words near
/// those `taken` (found by other claim words already) and not taken. Each
/// window word serves one claim word at most, the claim's order first.
pub fn align(
    claim_text: &str,
    claim: &Facts,
    wanted: &[usize],
    window: &[WindowSentence<'_>],
    taken: &[(usize, usize)],
) -> Vec<Aligned> {
    let claim_words: Vec<(usize, String)> = wanted
        .iter()
        .filter_map(|&i| alignable(claim_text, claim, i).map(|w| (i, w)))
        .collect();
    if claim_words.is_empty() {
        return Vec::new();
    }
    let mut places = Vec::new();
    let mut words = Vec::new();
    for (s, ws) in window.iter().enumerate() {
        let f = ws.facts;
        let found_here = taken.iter().filter(|(ts, _)| *ts == s).map(|&(_, t)| t);
        let (Some(first), Some(last)) = (found_here.clone().min(), found_here.max()) else {
            continue;
        };
        let near = first.saturating_sub(REACH)..(last + REACH + 1).min(f.tokens.len());
        for t in near {
            if taken.contains(&(s, t)) {
                continue;
            }
            if let Some(word) = alignable(ws.text, f, t) {
                places.push((s, t));
                words.push(word);
            }
        }
    }
    if words.is_empty() {
        return Vec::new();
    }
    let mut all: Vec<String> = claim_words.iter().map(|(_, w)| w.clone()).collect();
    all.extend(words.iter().cloned());
    let vecs = vectors(&all);
    let (claim_vecs, window_vecs) = vecs.split_at(claim_words.len());
    let mut used = vec![false; words.len()];
    let mut out = Vec::new();
    for ((i, _), cv) in claim_words.iter().zip(claim_vecs) {
        let claim_opposites = opposite_stems(claim, *i);
        let mut best: Option<(usize, f32)> = None;
        for (k, wv) in window_vecs.iter().enumerate() {
            let c = cosine(cv, wv);
            if used[k] || c < SAME_MEANING || best.is_some_and(|(_, b)| b >= c) {
                continue;
            }
            let (s, t) = places[k];
            let f = window[s].facts;
            let cross = f.lang != claim.lang;
            let window_opposites = opposite_stems(f, t);
            // (two words of movement the other way round are opposites
            // too: "hausse" / "baisse")
            let opposed = f
                .keys
                .word_keys(t, cross)
                .iter()
                .any(|key| claim_opposites.contains(&key))
                || claim
                    .keys
                    .word_keys(*i, cross)
                    .iter()
                    .any(|key| window_opposites.contains(&key))
                || direction_of(claim, *i)
                    .zip(direction_of(f, t))
                    .is_some_and(|(a, b)| a != b)
                // (alive or survived against dead: "survived" / "died";
                // "seriously" / "légèrement")
                || lives_apart(claim, *i, f, t)
                || degrees_apart(claim, *i, f, t);
            if !opposed {
                best = Some((k, c));
            }
        }
        if let Some((k, c)) = best {
            used[k] = true;
            out.push(Aligned {
                claim_token: *i,
                at: places[k],
                cosine: c,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Lang;

    /// A fake encoder: the vector of a word is its length.
    fn lengths(texts: &[&str]) -> Vec<Vec<f32>> {
        texts.iter().map(|t| vec![t.len() as f32]).collect()
    }

    #[test]
    fn only_content_words_of_a_word_s_length_are_aligned() {
        let text = format!(
            "Les logements du quai et {} ont été touchés par la tempête.",
            "abcdefghij".repeat(500)
        );
        let f = crate::facts::analyse(&text, Lang::Fr, Default::default());
        let words: Vec<String> = (0..f.tokens.len())
            .filter_map(|t| alignable(&text, &f, t))
            .collect();
        assert_eq!(words, ["logements", "quai", "touchés", "tempête"]);
        // facts are compared by value: units, months, number words are not
        // words to align
        let text = "Dix kilomètres de digue ont cédé en novembre, mardi.";
        let f = crate::facts::analyse(text, Lang::Fr, Default::default());
        let words: Vec<String> = (0..f.tokens.len())
            .filter_map(|t| alignable(text, &f, t))
            .collect();
        assert_eq!(words, ["digue", "cédé"]);
    }

    #[test]
    fn a_full_cache_is_emptied_without_losing_the_words_asked_for() {
        let mut cache = HashMap::default();
        let words = |ws: &[&str]| ws.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        let got = cached_or_computed(&mut cache, &words(&["a", "bb"]), 3, lengths);
        assert_eq!(got.len(), 2);
        // "a" cached, "ccc" and "dddd" new: past the capacity, so emptied
        let got = cached_or_computed(&mut cache, &words(&["a", "ccc", "dddd", "a"]), 3, lengths);
        let firsts: Vec<f32> = got.iter().map(|v| v[0]).collect();
        assert_eq!(firsts, [1.0, 3.0, 4.0, 1.0]);
        assert_eq!(cache.len(), 3);
        // all cached: nothing computed
        let got = cached_or_computed(&mut cache, &words(&["dddd"]), 3, |_| unreachable!());
        assert_eq!(got[0][0], 4.0);
    }
}

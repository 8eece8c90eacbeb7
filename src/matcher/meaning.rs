//! Alignment by meaning: a claim word no dictionary key found in the window
//! ("logements" against "homes", "requested" against "asked") is looked for
//! among the window's words by the sentence encoder ([`crate::encoder`]).
//! Only content words meet, only above a cosine that paraphrases reach and
//! most opposites do not, and never a word the lexicon gives as the claim
//! word's opposite: closeness of meaning is not agreement ("autorisé" /
//! "interdit" are close), so the aligned word fills the claim's coverage and
//! the rules still judge polarity and facts.

use super::context::WindowSentence;
use crate::encoder::{Encoder, cosine};
use crate::facts::Facts;
use crate::text::{Lang, Lexicon, TokenKind};
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
        let missing: Vec<&str> = {
            let cache = cache.borrow();
            let mut missing: Vec<&str> = words
                .iter()
                .filter(|w| !cache.contains_key(w.as_str()))
                .map(String::as_str)
                .collect();
            missing.sort_unstable();
            missing.dedup();
            missing
        };
        let mut cache = cache.borrow_mut();
        if !missing.is_empty() {
            if cache.len() + missing.len() > CACHE_WORDS {
                cache.clear();
            }
            let computed = Encoder::shipped().embed_all(&missing);
            for (w, v) in missing.into_iter().zip(computed) {
                cache.insert(w.to_string(), v.into());
            }
        }
        words
            .iter()
            .map(|w| Rc::clone(&cache[w.as_str()]))
            .collect()
    })
}

/// A claim word found by meaning: where in the window, and how close.
#[derive(Debug, Clone, PartialEq)]
pub struct Aligned {
    pub claim_token: usize,
    /// (sentence in window, token).
    pub at: (usize, usize),
    pub cosine: f32,
    /// The two words as written (lower case).
    pub claim_word: String,
    pub window_word: String,
}

/// Is token `t` of `facts` a content word worth a vector: a word of some
/// length, not a stopword, not a name (names meet by spelling).
fn alignable(text: &str, facts: &Facts, t: usize) -> Option<String> {
    let tok = &facts.tokens[t];
    if tok.kind != TokenKind::Word
        || tok.norm.chars().count() < MIN_CHARS
        || facts.keys.names.contains(&t)
        || Lexicon::shared().is_stopword(&tok.norm, facts.lang)
        || !tok.norm.chars().all(char::is_alphabetic)
    {
        return None;
    }
    let word = text.get(tok.span.clone())?;
    Some(word.to_lowercase())
}

/// The English stems the lexicon gives as opposite to a token's meaning.
fn opposites(facts: &Facts, t: usize) -> Vec<&'static String> {
    let lex = Lexicon::shared();
    let english: &[String] = match facts.lang {
        Lang::En => &facts.keys.words[t][..1.min(facts.keys.words[t].len())],
        Lang::Fr => facts.keys.own_word_keys(t),
    };
    english.iter().flat_map(|k| lex.antonyms(k)).collect()
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
    for ((i, claim_word), cv) in claim_words.iter().zip(claim_vecs) {
        let claim_opposites = opposites(claim, *i);
        let mut best: Option<(usize, f32)> = None;
        for (k, wv) in window_vecs.iter().enumerate() {
            let c = cosine(cv, wv);
            if used[k] || c < SAME_MEANING || best.is_some_and(|(_, b)| b >= c) {
                continue;
            }
            let (s, t) = places[k];
            let f = window[s].facts;
            let cross = f.lang != claim.lang;
            let window_opposites = opposites(f, t);
            let opposed = f
                .keys
                .word_keys(t, cross)
                .iter()
                .any(|key| claim_opposites.contains(&key))
                || claim
                    .keys
                    .word_keys(*i, cross)
                    .iter()
                    .any(|key| window_opposites.contains(&key));
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
                claim_word: claim_word.clone(),
                window_word: words[k].clone(),
            });
        }
    }
    out
}

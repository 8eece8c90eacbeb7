//! Acronyms defined in the sources: "l'Agence nationale de la sécurité des
//! systèmes d'information (ANSSI)" makes "ANSSI" and the long form two names
//! of one body everywhere in the corpus, so a claim about "the ANSSI" meets a
//! sentence that spells the name out, and a claim that spells it out meets
//! a sentence that uses the acronym. Definitions are found with the
//! Schwartz & Hearst (2003) rule: the acronym's letters, read backwards,
//! must appear in order in the words before the parenthesis, the first
//! letter starting a word.

use super::lexicon::{Lexicon, TermKeys};
use super::tokens::{Token, TokenKind};
use super::{Lang, name_key};
use rustc_hash::FxHashMap;
use std::ops::Range;

/// Acronym length, in letters.
const ACRONYM_LETTERS: std::ops::RangeInclusive<usize> = 2..=10;

/// A long form found for an acronym.
#[derive(Debug, Clone)]
struct Alias {
    /// The long form's content-word stems, in order.
    stems: Vec<String>,
    /// Keys of those words that hold within one language, and those that
    /// only cross languages.
    strong: Vec<String>,
    general: Vec<String>,
}

/// The acronyms of a corpus and their long forms (the first definition of
/// each, in source order).
#[derive(Debug, Default)]
pub struct Aliases {
    by_acronym: FxHashMap<String, Alias>,
    /// First content stem of a long form -> acronyms whose long form starts so.
    by_first_stem: FxHashMap<String, Vec<String>>,
}

/// Is token `tok` written as an acronym ("ANSSI", "DGSE")?
fn is_acronym(text: &str, tok: &Token) -> bool {
    let written = &text[tok.span.clone()];
    tok.kind == TokenKind::Word
        && ACRONYM_LETTERS.contains(&written.chars().count())
        && written.chars().all(char::is_uppercase)
}

/// Acronyms defined in a sentence, "long form (ACRONYM)": the folded
/// acronym and the token range of its long form.
pub fn definitions(text: &str, tokens: &[Token]) -> Vec<(String, Range<usize>)> {
    let mut found = Vec::new();
    for (i, tok) in tokens.iter().enumerate() {
        if i == 0 || !is_acronym(text, tok) {
            continue;
        }
        let before = text[tokens[i - 1].span.end..tok.span.start].trim();
        let after = text[tok.span.end..].trim_start();
        if !before.ends_with('(') || !after.starts_with(')') {
            continue;
        }
        let letters: Vec<char> = tok.norm.chars().collect();
        // at most min(|A| + 5, 2|A|) words before the parenthesis
        let window = (letters.len() + 5).min(2 * letters.len()).min(i);
        if let Some(start) = long_form_start(&letters, &tokens[i - window..i]) {
            let range = i - window + start..i;
            if range.len() >= 2 {
                found.push((tok.norm.to_string(), range));
            }
        }
    }
    found
}

/// Where the long form starts among `words` (Schwartz & Hearst): each
/// letter of the acronym, last first, is found in the words right to left;
/// the first letter must begin a word.
fn long_form_start(letters: &[char], words: &[Token]) -> Option<usize> {
    // (word, char) positions, right to left
    let chars: Vec<(usize, usize, char)> = words
        .iter()
        .enumerate()
        .flat_map(|(w, t)| t.norm.chars().enumerate().map(move |(k, c)| (w, k, c)))
        .collect();
    let mut at = chars.len();
    for (n, &letter) in letters.iter().enumerate().rev() {
        loop {
            at = at.checked_sub(1)?;
            let (_, k, c) = chars[at];
            if c == letter && (n > 0 || k == 0) {
                break;
            }
        }
    }
    Some(chars[at].0)
}

impl Aliases {
    /// Record `acronym` = `long` (a text in `lang`), unless already known.
    pub fn add(&mut self, acronym: &str, long: &str, lang: Lang) {
        if self.by_acronym.contains_key(acronym) {
            return;
        }
        let lex = Lexicon::shared();
        let tokens = super::tokenize(long);
        let keys = lex.keys(long, &tokens, lang);
        let mut alias = Alias {
            stems: Vec::new(),
            strong: Vec::new(),
            general: Vec::new(),
        };
        for (i, words) in keys.words.iter().enumerate() {
            let Some(stem) = words.first() else { continue };
            alias.stems.push(stem.clone());
            let strong = keys.strong[i].min(words.len());
            alias.strong.extend(words[..strong].iter().cloned());
            alias.general.extend(words[strong..].iter().cloned());
        }
        if alias.stems.len() < 2 {
            return;
        }
        self.by_first_stem
            .entry(alias.stems[0].clone())
            .or_default()
            .push(acronym.to_string());
        self.by_acronym.insert(acronym.to_string(), alias);
    }

    pub fn len(&self) -> usize {
        self.by_acronym.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_acronym.is_empty()
    }

    /// Give a sentence's acronyms the keys of their long forms, and the first
    /// word of a spelled-out long form the acronym's name key.
    pub fn augment(&self, text: &str, tokens: &[Token], keys: &mut TermKeys) {
        if self.is_empty() {
            return;
        }
        for (i, tok) in tokens.iter().enumerate() {
            if !is_acronym(text, tok) || keys.words[i].is_empty() {
                continue;
            }
            if let Some(alias) = self.by_acronym.get(tok.norm.as_str()) {
                let strong = keys.strong[i];
                let words = &mut keys.words[i];
                let general = words.split_off(strong.min(words.len()));
                words.extend(alias.strong.iter().cloned());
                keys.strong[i] = words.len();
                words.extend(general);
                words.extend(alias.general.iter().cloned());
            }
        }
        // content tokens in order; a long form spelled out from token
        // `content[c]` gets its acronym's name key there
        let content: Vec<usize> = (0..keys.words.len())
            .filter(|&i| !keys.words[i].is_empty())
            .collect();
        let mut spelled_out: Vec<(usize, String)> = Vec::new();
        for c in 0..content.len() {
            let Some(acronyms) = self.by_first_stem.get(&keys.words[content[c]][0]) else {
                continue;
            };
            for acronym in acronyms {
                let alias = &self.by_acronym[acronym];
                let spelled = content.len() - c >= alias.stems.len()
                    && (0..alias.stems.len())
                        .all(|j| keys.words[content[c + j]][0] == alias.stems[j]);
                if spelled {
                    spelled_out.push((content[c], name_key(acronym)));
                }
            }
        }
        for (i, key) in spelled_out {
            let words = &mut keys.words[i];
            if !words.contains(&key) {
                words.insert(keys.strong[i].min(words.len()), key);
                keys.strong[i] += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tokens and keys of a French text, as the facts stage makes them.
    fn keyed(text: &str) -> (Vec<Token>, TermKeys) {
        let tokens = crate::text::tokenize(text);
        let keys = Lexicon::shared().keys(text, &tokens, Lang::Fr);
        (tokens, keys)
    }

    #[test]
    fn finds_definitions_in_both_languages() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Par ailleurs, l'agence nationale de la sécurité des systèmes d'information (ANSSI) a commencé.",
                &[(
                    "anssi",
                    "agence nationale de la sécurité des systèmes d'information",
                )],
            ),
            (
                "Il a rencontré le patron de la Direction générale de la sécurité extérieure (DGSE), Bernard Emié.",
                &[("dgse", "Direction générale de la sécurité extérieure")],
            ),
            (
                "The National Security Agency (NSA) declined to comment.",
                &[("nsa", "National Security Agency")],
            ),
            (
                "The World Health Organization (WHO) met in Geneva.",
                &[("who", "World Health Organization")],
            ),
            // not definitions: letters that do not fit, a lone acronym, lower case
            ("The company (NSO) sold the software.", &[]),
            ("Le logiciel de NSO (Pegasus) infecte les téléphones.", &[]),
            ("Amnesty International a publié la liste (anssi).", &[]),
        ];
        for (text, expected) in cases {
            let tokens = crate::text::tokenize(text);
            let got: Vec<(String, &str)> = definitions(text, &tokens)
                .into_iter()
                .map(|(a, r)| {
                    (
                        a,
                        &text[tokens[r.start].span.start..tokens[r.end - 1].span.end],
                    )
                })
                .collect();
            let want: Vec<(String, &str)> =
                expected.iter().map(|(a, l)| (a.to_string(), *l)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn an_acronym_and_its_long_form_share_keys() {
        let mut aliases = Aliases::default();
        aliases.add(
            "dgse",
            "Direction générale de la sécurité extérieure",
            Lang::Fr,
        );
        assert_eq!(aliases.len(), 1);
        // a sentence with the acronym gets the long form's keys
        let text = "La DGSE a confirmé la rencontre.";
        let (tokens, mut keys) = keyed(text);
        aliases.augment(text, &tokens, &mut keys);
        let i = tokens.iter().position(|t| t.norm == "dgse").unwrap();
        let (long_tokens, long) = keyed("Direction générale de la sécurité extérieure");
        let securite = long_tokens
            .iter()
            .position(|t| t.norm == "securite")
            .unwrap();
        let stem = &long.words[securite][0];
        assert!(keys.word_keys(i, false).contains(stem));
        // a sentence that spells it out gets the acronym's name key
        let text = "Le patron de la Direction générale de la sécurité extérieure était présent.";
        let (tokens, mut keys) = keyed(text);
        aliases.augment(text, &tokens, &mut keys);
        let first = tokens.iter().position(|t| t.norm == "direction").unwrap();
        assert!(keys.word_keys(first, false).contains(&"n:dgse".to_string()));
        // a sentence with neither is unchanged
        let text = "Le ministère a refusé de commenter.";
        let (tokens, plain) = keyed(text);
        let mut keys = plain.clone();
        aliases.augment(text, &tokens, &mut keys);
        assert_eq!(keys.words, plain.words);
    }
}

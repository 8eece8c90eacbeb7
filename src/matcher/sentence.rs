//! What the matcher reads: a candidate window's sentences with their facts,
//! the corpus's counts, and what a sentence's own tokens tell. Coverage,
//! alignment by meaning and the rules all read these; they depend on
//! nothing of the matcher.

use crate::facts::Facts;

/// One sentence of a candidate window, with its facts and text.
pub struct WindowSentence<'a> {
    pub text: &'a str,
    pub facts: &'a Facts,
}

/// Corpus-wide counts that weigh a claim's words: rare words say more.
pub trait CorpusStats: Sync {
    /// Inverse document frequency of a key over the corpus's sentences.
    fn idf(&self, key: &str) -> f64;
    /// How many corpus sentences hold a key.
    fn document_frequency(&self, key: &str) -> usize;
}

/// Articles before a common noun, folded: "le Parlement", "the Senate".
const ARTICLES_EN: &[&str] = &["the"];
const ARTICLES_FR: &[&str] = &["le", "la", "les", "l", "du", "des", "au", "aux"];

/// Does an article stand just before token `t`? A capitalised word there
/// is a common noun written as an institution's ("le Parlement", "la
/// Défense", "the Senate"), not a name.
pub fn after_article(f: &Facts, t: usize) -> bool {
    let articles = match f.lang {
        crate::text::Lang::En => ARTICLES_EN,
        crate::text::Lang::Fr => ARTICLES_FR,
    };
    t > 0 && articles.contains(&f.tokens[t - 1].norm.as_str())
}

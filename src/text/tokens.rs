//! Tokens with byte spans. Words are split at hyphens and apostrophes
//! ("l'Élysée" gives "l" and "elysee", "Royaume-Uni" gives "royaume" and
//! "uni"), so that elided articles fall away as stop words and compounds can
//! be matched as phrases. Digit runs keep their inner separators
//! ("50.000", "27,5") so that the number extractor sees them whole. UAX #29
//! word bounds (unicode-segmentation) keep 5.7% of the French pair sets'
//! words glued to an elision ("l'origine"; tools/libcompare).

use super::normalize::fold_char;
use compact_str::CompactString;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte span in the text that was tokenised.
    pub span: Range<usize>,
    /// Folded form (lower case, no accents).
    pub norm: CompactString,
    pub kind: TokenKind,
    /// The original starts with an upper-case letter.
    pub capitalized: bool,
}

/// Split `text` into word and number tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    // folded here, then kept inline in the token (no heap string for a
    // word of up to 24 bytes)
    let mut norm = String::new();
    let mut chars = text.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        if c.is_ascii_digit() {
            let mut end = start;
            while let Some(&(i, d)) = chars.peek() {
                if d.is_ascii_digit() {
                    end = i + 1;
                    chars.next();
                } else if d == '.' || d == ',' {
                    // a separator belongs to the number only when a digit follows
                    let next_is_digit = text[i + 1..]
                        .chars()
                        .next()
                        .is_some_and(|n| n.is_ascii_digit());
                    if !next_is_digit {
                        break;
                    }
                    chars.next();
                } else {
                    break;
                }
            }
            tokens.push(Token {
                span: start..end,
                norm: CompactString::new(&text[start..end]),
                kind: TokenKind::Number,
                capitalized: false,
            });
        } else if c.is_alphabetic() {
            let mut end = start;
            norm.clear();
            while let Some(&(i, d)) = chars.peek() {
                let in_word = if d.is_ascii() {
                    d.is_ascii_alphabetic()
                } else {
                    d.is_alphanumeric() || is_mark(d)
                };
                if in_word {
                    fold_char(d, &mut norm);
                    end = i + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            tokens.push(Token {
                span: start..end,
                norm: CompactString::new(&norm),
                kind: TokenKind::Word,
                capitalized: c.is_uppercase(),
            });
        } else {
            chars.next();
        }
    }
    tokens
}

fn is_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.norm.into()).collect()
    }

    #[test]
    fn splits_elisions_hyphens_and_keeps_numbers_whole() {
        assert_eq!(norms("l'Élysée a indiqué"), ["l", "elysee", "a", "indique"]);
        assert_eq!(norms("Royaume-Uni (79)"), ["royaume", "uni", "79"]);
        assert_eq!(
            norms("50.000 numéros, 27,5 milliards."),
            ["50.000", "numeros", "27,5", "milliards"]
        );
        assert_eq!(norms("en 2021."), ["en", "2021"]);
        assert_eq!(norms("Macron’s call"), ["macron", "s", "call"]);
        assert_eq!(norms("1er février"), ["1", "er", "fevrier"]);
    }

    #[test]
    fn spans_point_into_the_original() {
        let text = "la Suisse (36), la France (35)";
        let toks = tokenize(text);
        let suisse = &toks[1];
        assert_eq!(&text[suisse.span.clone()], "Suisse");
        assert!(suisse.capitalized);
        assert_eq!(&text[toks[2].span.clone()], "36");
    }
}

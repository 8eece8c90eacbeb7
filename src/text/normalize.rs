//! Case and accent folding. Folding keeps one output per input character
//! class so that matching is blind to "Élysée" / "Elysee" / "ELYSÉE" and to
//! typographic apostrophes and spaces.

use unicode_normalization::UnicodeNormalization;

/// Fold one character: lower-case, accents removed, ligatures opened,
/// typographic apostrophes and dashes made ASCII. Returns up to two chars.
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        // most text: one comparison instead of the whole table below
        out.push(if c == '`' {
            '\''
        } else {
            c.to_ascii_lowercase()
        });
        return;
    }
    // French text's accented letters: each folded once, then looked up
    // (lower-casing and decomposing a letter took most of folding)
    if let Some(folded) = (c as usize)
        .checked_sub(0x80)
        .and_then(|k| latin_folds().get(k))
    {
        out.push_str(folded);
        return;
    }
    fold_char_slowly(c, out);
}

/// Where the table of folded letters ends: Latin-1, Latin Extended-A and -B.
const LATIN_END: u32 = 0x250;

/// `fold_char` of every character from U+0080 to [`LATIN_END`].
fn latin_folds() -> &'static [String] {
    static FOLDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    FOLDS.get_or_init(|| {
        (0x80..LATIN_END)
            .map(|u| {
                let mut folded = String::new();
                if let Some(c) = char::from_u32(u) {
                    fold_char_slowly(c, &mut folded);
                }
                folded
            })
            .collect()
    })
}

/// [`fold_char`] of a character outside ASCII, from the Unicode tables.
fn fold_char_slowly(c: char, out: &mut String) {
    match c {
        '’' | 'ʼ' | '‘' | '´' => out.push('\''),
        '‐' | '‑' | '‒' | '–' | '—' => out.push('-'),
        'œ' | 'Œ' => out.push_str("oe"),
        'æ' | 'Æ' => out.push_str("ae"),
        'ß' => out.push_str("ss"),
        '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}' => out.push(' '),
        c => {
            for l in c.to_lowercase() {
                for d in l.nfd() {
                    if !unicode_normalization::char::is_combining_mark(d) {
                        out.push(d);
                    }
                }
            }
        }
    }
}

/// Fold a whole string (see [`fold_char`]).
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        let mut out = text.to_ascii_lowercase();
        if out.contains('`') {
            out = out.replace('`', "'");
        }
        return out;
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_ligatures_and_apostrophes() {
        let table = [
            ("Élysée", "elysee"),
            ("ÉTATS-UNIS", "etats-unis"),
            ("cœur", "coeur"),
            ("l’État", "l'etat"),
            ("50\u{202F}000", "50 000"),
            ("Israël", "israel"),
            ("déjà — ça", "deja - ca"),
            ("Straße", "strasse"),
        ];
        for (input, expected) in table {
            assert_eq!(fold(input), expected, "{input}");
        }
    }

    #[test]
    fn the_table_of_latin_letters_folds_as_the_unicode_tables_do() {
        for u in 0x80..LATIN_END + 0x40 {
            let Some(c) = char::from_u32(u) else { continue };
            let (mut fast, mut slow) = (String::new(), String::new());
            fold_char(c, &mut fast);
            fold_char_slowly(c, &mut slow);
            assert_eq!(fast, slow, "U+{u:04X}");
        }
        let mut out = String::new();
        for c in "ÀÉÈÊËÎÏÔÙÛÜŸÇàéèêëîïôùûüÿçŒæ".chars() {
            fold_char(c, &mut out);
        }
        assert_eq!(out, "aeeeeiiouuuycaeeeeiiouuuycoeae");
    }
}

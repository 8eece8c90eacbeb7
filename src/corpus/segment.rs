//! Sentence segmentation with byte spans.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or
//! brackets after it) followed by white space and a capital, a digit or an
//! opening quote — unless the word before the full stop is an abbreviation
//! ("M.", "Dr.", "cf.") or an initial ("E. Macron"). Numbers such as "50.000"
//! and "27,5" never contain white space, so they never split. Each line is a
//! paragraph of its own: the web text we read puts one paragraph per line.

use std::ops::Range;

/// Sentences longer than this are cut at a space: a single "sentence" of
/// megabytes is a scraping accident, and evidence must stay readable.
const MAX_SENTENCE_BYTES: usize = 2_000;

const ABBREVIATIONS: &[&str] = &[
    "m", "mm", "mme", "mmes", "mlle", "mr", "mrs", "ms", "dr", "pr", "prof", "st", "ste", "sr",
    "jr", "me", "mgr", "cf", "p", "pp", "vol", "no", "n°", "art", "av", "apr", "env", "vs", "inc",
    "ltd", "co", "corp", "gen", "gén", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "jan",
    "janv", "feb", "fév", "févr", "mar", "aug", "sept", "oct", "nov", "dec", "déc", "ex", "approx",
    "dept", "fig", "ch", "éd", "ed", "op", "cit", "ibid", "etc.-",
];

const CLOSERS: &[char] = &['"', '\'', '»', '”', '’', ')', ']', '›'];
const OPENERS: &[char] = &[
    '"', '\'', '«', '“', '‘', '(', '[', '-', '–', '—', '‹', '¿', '¡',
];

/// Split the paragraph `text[range]` into trimmed sentence spans. Hand-written
/// for its abbreviation lists: on 30 paragraphs of news conventions
/// (tools/libcompare) it splits 29 as written, UAX #29 (unicode-segmentation)
/// 20, cutting after "M.", "Mr.", "U.S.", initials and "…".
pub fn split_sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let para = &text[range.clone()];
    let base = range.start;
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = para.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if matches!(c, '.' | '!' | '?' | '…') {
            // extend over repeated punctuation and closing quotes/brackets
            let mut j = i + 1;
            while j < chars.len()
                && (matches!(chars[j].1, '.' | '!' | '?' | '…') || CLOSERS.contains(&chars[j].1))
            {
                j += 1;
            }
            // French spacing before a closing quote: "oui. »"
            let mut s = j;
            while s < chars.len() && chars[s].1.is_whitespace() {
                s += 1;
            }
            if s > j && s < chars.len() && matches!(chars[s].1, '»' | '”' | '›') {
                j = s + 1;
            }
            let end = chars.get(j).map_or(para.len(), |&(b, _)| b);
            let followed_by_space = j < chars.len() && chars[j].1.is_whitespace();
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            let next = chars.get(k).map(|&(_, ch)| ch);
            let starts_new = next
                .is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || OPENERS.contains(&n));
            if followed_by_space && starts_new && !(c == '.' && is_abbreviation(para, at)) {
                push_trimmed(&mut out, para, base, start..end);
                start = chars.get(k).map_or(para.len(), |&(b, _)| b);
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    push_trimmed(&mut out, para, base, start..para.len());
    out
}

/// Is the word ending just before byte `dot` an abbreviation or an initial?
fn is_abbreviation(para: &str, dot: usize) -> bool {
    let before = &para[..dot];
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '°')
        .collect();
    let word: String = word.chars().rev().collect();
    if word.is_empty() {
        return false;
    }
    let is_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    is_initial || ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

/// Push `para[r]` trimmed of white space and list markers, split further if
/// it is overlong.
fn push_trimmed(out: &mut Vec<Range<usize>>, para: &str, base: usize, r: Range<usize>) {
    let piece = &para[r.clone()];
    let lead = piece.len()
        - piece
            .trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, '-' | '*' | '#' | '>' | '•')
            })
            .len();
    let trail = piece.len() - piece.trim_end().len();
    let (s, e) = (r.start + lead, r.end - trail);
    if s >= e {
        return;
    }
    let mut s = s;
    while e - s > MAX_SENTENCE_BYTES {
        let window = &para[s..e];
        let mut cut = MAX_SENTENCE_BYTES;
        while !window.is_char_boundary(cut) {
            cut -= 1;
        }
        let cut = window[..cut]
            .rfind(char::is_whitespace)
            .filter(|&c| c > 0)
            .unwrap_or(cut);
        out.push(base + s..base + s + cut);
        s += cut;
        s += para[s..e].len() - para[s..e].trim_start().len();
    }
    if s < e {
        out.push(base + s..base + e);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text, 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn splits_french_and_english() {
        let table: &[(&str, &[&str])] = &[
            (
                "Il est parti. Elle est restée.",
                &["Il est parti.", "Elle est restée."],
            ),
            (
                "M. Macron a parlé. Dr. Smith too.",
                &["M. Macron a parlé.", "Dr. Smith too."],
            ),
            (
                "Une liste de 50.000 numéros. Puis 27,5 milliards.",
                &["Une liste de 50.000 numéros.", "Puis 27,5 milliards."],
            ),
            (
                "E. Macron a dit « oui. » Puis il est parti.",
                &["E. Macron a dit « oui. »", "Puis il est parti."],
            ),
            ("\"Yes.\" Then he left!", &["\"Yes.\"", "Then he left!"]),
            (
                "Des journalistes, avocats, etc. sont visés.",
                &["Des journalistes, avocats, etc. sont visés."],
            ),
            (
                "Il a dit: \"Si les faits sont avérés, ils sont graves. Toute la lumière sera faite.\" Selon l'enquête, 14.",
                &[
                    "Il a dit: \"Si les faits sont avérés, ils sont graves.",
                    "Toute la lumière sera faite.\"",
                    "Selon l'enquête, 14.",
                ],
            ),
            (
                "Le 22 juillet. 14 ministres.",
                &["Le 22 juillet.", "14 ministres."],
            ),
            (
                "Et pour cause! La récente révélation.",
                &["Et pour cause!", "La récente révélation."],
            ),
            ("- Un titre de liste", &["Un titre de liste"]),
            ("Pourquoi ? Parce que.", &["Pourquoi ?", "Parce que."]),
            (
                "Version 2.0 is out. Next.",
                &["Version 2.0 is out.", "Next."],
            ),
        ];
        for (text, expected) in table {
            assert_eq!(split(text), *expected, "{text}");
        }
    }

    #[test]
    fn spans_are_offsets_into_the_whole_text() {
        let text = "titre\nPremière phrase. Deuxième phrase.";
        let spans = split_sentences(text, 6..text.len());
        assert_eq!(&text[spans[1].clone()], "Deuxième phrase.");
    }

    #[test]
    fn overlong_lines_are_cut_at_spaces() {
        let text = "mot ".repeat(2000);
        let spans = split_sentences(&text, 0..text.len());
        assert!(spans.len() >= 4);
        assert!(spans.iter().all(|s| s.len() <= MAX_SENTENCE_BYTES));
    }
}

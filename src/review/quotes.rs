//! Quotations: found in the draft between quotation marks, verified word
//! for word against the sources. Typography (apostrophes, spaces, case,
//! parentheses) does not count; a near match is a misquote with its diff.

use crate::check::Prepared;
use crate::facts::{DateContext, analyse};
use crate::retrieve::index_terms;
use std::ops::Range;

/// Fewer words than this between quotation marks is a title or a scare
/// quote ("so-called 'experts'"), not a quotation to verify.
const MIN_QUOTE_WORDS: usize = 3;
/// Share of words (similar's ratio) from which a near match is a misquote.
const MISQUOTE_RATIO: f32 = 0.6;
/// Candidate sentences searched for a quotation.
const CANDIDATES: usize = 20;

/// Opening and closing marks of a quotation.
const MARKS: [(char, char); 5] = [('«', '»'), ('“', '”'), ('"', '"'), ('‹', '›'), ('‘', '’')];

/// Byte spans (the text inside the marks, trimmed) of the quotations in
/// the draft text at `span` (a paragraph: a quotation may hold several
/// sentences). Marks nested inside a quotation (« il a dit “non” ») belong
/// to it.
pub fn find_quotes(text: &str, span: Range<usize>) -> Vec<Range<usize>> {
    let sentence = &text[span.clone()];
    let mut out: Vec<Range<usize>> = Vec::new();
    for (open, close) in MARKS {
        let mut from = 0;
        while let Some(o) = sentence[from..].find(open) {
            let inner_start = from + o + open.len_utf8();
            let Some(c) = sentence[inner_start..].find(close) else {
                break;
            };
            let inner_end = inner_start + c;
            let inner = &sentence[inner_start..inner_end];
            let trimmed_start = inner_start + (inner.len() - inner.trim_start().len());
            let trimmed_end = inner_end - (inner.len() - inner.trim_end().len());
            if trimmed_end > trimmed_start
                && words(&sentence[trimmed_start..trimmed_end]).len() >= MIN_QUOTE_WORDS
            {
                let abs = span.start + trimmed_start..span.start + trimmed_end;
                if !out.iter().any(|q| q.start < abs.end && abs.start < q.end) {
                    out.push(abs);
                }
            }
            from = inner_end + close.len_utf8();
        }
    }
    out.sort_by_key(|q| q.start);
    out
}

/// Words for comparison: lower case, typographic apostrophes made plain,
/// punctuation and parentheses dropped; with their byte spans.
fn words_with_spans(text: &str) -> Vec<(String, Range<usize>)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let is_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’' || c == '-';
    for (i, c) in text.char_indices() {
        match (is_word(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((normalise(&text[s..i]), s..i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((normalise(&text[s..]), s..text.len()));
    }
    // apostrophes split words the way sources write them: "l'enquête" = "l' enquête"
    out.into_iter()
        .flat_map(|(w, r)| match w.find('\'') {
            Some(p) if p + 1 < w.len() => vec![
                (w[..=p].to_string(), r.start..r.start + p + 1),
                (w[p + 1..].to_string(), r.start + p + 1..r.end),
            ],
            _ => vec![(w, r)],
        })
        .collect()
}

fn normalise(word: &str) -> String {
    word.chars()
        .map(|c| if c == '’' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

fn words(text: &str) -> Vec<String> {
    words_with_spans(text).into_iter().map(|(w, _)| w).collect()
}

/// Where a quotation was found.
#[derive(Debug, Clone, PartialEq)]
pub enum QuoteMatch {
    /// Word for word, at this byte span of source `source`.
    Exact {
        source: usize,
        span: Range<usize>,
    },
    /// Close but not the same: the source's words and a word diff
    /// (`[-draft-]{+source+}`).
    Near {
        source: usize,
        span: Range<usize>,
        diff: String,
        ratio: f32,
    },
    NotFound,
}

/// (shared words minus extra words, closeness to the quotation's length).
type WindowScore = (i64, usize);

/// A window of words: source, the byte range searched, first word and length.
struct WindowAt {
    source: usize,
    from: usize,
    to: usize,
    start: usize,
    len: usize,
}

/// Look a quotation up in the sources: candidates from the index, then the
/// best window of words in each candidate sentence and its neighbours.
pub fn verify_quote(prepared: &Prepared, quote: &str) -> QuoteMatch {
    let wanted = words(quote);
    let wanted_refs: Vec<&str> = wanted.iter().map(String::as_str).collect();
    if wanted.is_empty() {
        return QuoteMatch::NotFound;
    }
    let lang = crate::text::detect_lang(quote);
    let terms = index_terms(&analyse(quote, lang, DateContext::default()));
    let candidates = prepared.index.search(&terms, &|_| true, CANDIDATES);
    // the window that shares the most words with the quotation for the
    // fewest extra words, then the one closest to its length
    let n = wanted.len();
    let mut best: Option<(WindowScore, WindowAt)> = None;
    for (r, _) in candidates {
        let source = &prepared.corpus.sources[r.source as usize];
        let i = r.sentence as usize;
        // the sentence with its neighbours: a quotation may cross a sentence end
        let from = source.sentences[i.saturating_sub(1)].span().start;
        let to = source.sentences[(i + 1).min(source.sentences.len() - 1)]
            .span()
            .end;
        let found = words_with_spans(&source.text[from..to]);
        for len in n.saturating_sub(2).max(1)..=n + 2 {
            for start in 0..found.len().saturating_sub(len - 1) {
                let window: Vec<&str> = found[start..start + len]
                    .iter()
                    .map(|(w, _)| w.as_str())
                    .collect();
                let shared = shared_words(&wanted_refs, &window);
                let score = (
                    2 * shared as i64 - (len - shared) as i64,
                    usize::MAX - len.abs_diff(n),
                );
                if best.as_ref().is_none_or(|(b, _)| score > *b) {
                    best = Some((
                        score,
                        WindowAt {
                            source: r.source as usize,
                            from,
                            to,
                            start,
                            len,
                        },
                    ));
                }
            }
        }
    }
    let Some((
        _,
        WindowAt {
            source,
            from,
            to,
            start,
            mut len,
        },
    )) = best
    else {
        return QuoteMatch::NotFound;
    };
    let text = &prepared.corpus.sources[source].text;
    let found = words_with_spans(&text[from..to]);
    // quoted words missing at the end were replaced: show the source's words
    // that stand in their place, up to the end of the line
    let window = |len: usize| {
        found[start..start + len]
            .iter()
            .map(|(w, _)| w.as_str())
            .collect::<Vec<&str>>()
    };
    let mut missing_tail = trailing_unmatched(&wanted_refs, &window(len));
    while missing_tail > 0
        && start + len < found.len()
        && !text[from + found[start + len - 1].1.end..from + found[start + len].1.start]
            .contains('\n')
    {
        len += 1;
        missing_tail -= 1;
    }
    let window = window(len);
    let span = from + found[start].1.start..from + found[start + len - 1].1.end;
    if window == wanted_refs {
        return QuoteMatch::Exact { source, span };
    }
    let ratio = similar::TextDiff::configure()
        .diff_slices(&wanted_refs, &window)
        .ratio();
    if ratio < MISQUOTE_RATIO {
        return QuoteMatch::NotFound;
    }
    let owned: Vec<String> = window.iter().map(|w| (*w).to_string()).collect();
    QuoteMatch::Near {
        source,
        span,
        diff: word_diff(&wanted, &owned),
        ratio,
    }
}

fn shared_words(a: &[&str], b: &[&str]) -> usize {
    similar::TextDiff::configure()
        .diff_slices(a, b)
        .iter_all_changes()
        .filter(|c| c.tag() == similar::ChangeTag::Equal)
        .count()
}

/// Words at the end of `a` after its last word shared with `b`.
fn trailing_unmatched(a: &[&str], b: &[&str]) -> usize {
    let diff = similar::TextDiff::configure().diff_slices(a, b);
    let mut tail = 0;
    for change in diff.iter_all_changes() {
        match change.tag() {
            similar::ChangeTag::Equal => tail = 0,
            similar::ChangeTag::Delete => tail += 1,
            similar::ChangeTag::Insert => {}
        }
    }
    tail
}

/// `[-draft words-]{+source words+}` around what differs.
fn word_diff(draft: &[String], source: &[String]) -> String {
    use similar::{ChangeTag, TextDiff};
    let draft: Vec<&str> = draft.iter().map(String::as_str).collect();
    let source: Vec<&str> = source.iter().map(String::as_str).collect();
    let diff = TextDiff::configure().diff_slices(&draft, &source);
    let mut out: Vec<String> = Vec::new();
    for change in diff.iter_all_changes() {
        let w = change.value().to_string();
        out.push(match change.tag() {
            ChangeTag::Equal => w,
            ChangeTag::Delete => format!("[-{w}-]"),
            ChangeTag::Insert => format!("{{+{w}+}}"),
        });
    }
    out.join(" ").replace("-] [-", " ").replace("+} {+", " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotations_between_any_marks() {
        let text = "Attal a dit : « Les téléphones sont changés régulièrement » et “we take it very seriously”, pas 'ça'.";
        let quotes: Vec<&str> = find_quotes(text, 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(
            quotes,
            vec![
                "Les téléphones sont changés régulièrement",
                "we take it very seriously"
            ]
        );
    }

    #[test]
    fn typography_does_not_count() {
        assert_eq!(
            words("Les téléphones (du Président) sont changés"),
            words("les téléphones du président sont changés")
        );
        assert_eq!(words("l’enquête"), words("l'enquête"));
        assert_eq!(words("l'enquête"), vec!["l'", "enquête"]);
    }

    #[test]
    fn diffs_show_what_changed() {
        let a = words("les téléphones sont changés chaque semaine");
        let b = words("les téléphones sont changés régulièrement");
        assert_eq!(
            word_diff(&a, &b),
            "les téléphones sont changés [-chaque semaine-] {+régulièrement+}"
        );
    }
}

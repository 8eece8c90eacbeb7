//! Check-worthiness: which sentences of a draft state facts that sources
//! can confirm or refute (numbers, dates, names, places, comparisons), and
//! the clauses a sentence with several facts is split into.

use crate::facts::{DateContext, analyse};
use crate::text::{Lang, Lexicon, TokenKind};
use std::ops::Range;

/// One claim cut from a draft sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Clause {
    /// Byte span in the draft.
    pub span: Range<usize>,
    /// The clause as checked: its text with quotations cut out.
    pub text: String,
}

const SUPERLATIVES_EN: &[&str] = &[
    "most", "least", "largest", "biggest", "highest", "lowest", "smallest", "oldest", "youngest",
    "first", "last", "best", "worst", "record", "only",
];
const SUPERLATIVES_FR: &[&str] = &[
    "premier", "premiere", "dernier", "derniere", "record", "seul", "seule", "seuls", "seules",
];
const COMPARISONS: &[&str] = &["than", "que", "qu"];
/// Content words of the rest of a sentence around a quotation up to which
/// it only says who speaks ("Gabriel Attal a assuré :").
const QUOTE_FRAME_WORDS: usize = 4;
/// Words after which a number starts a new clause: "212 servers in Germany and 35 in France".
const CLAUSE_JOINS: &[&str] = &[
    "and", "et", "but", "mais", "while", "tandis", "whereas", "alors",
];

/// Is the sentence at `span` worth checking, why, and its clauses. Quoted
/// spans (`quotes`) are cut out of the clause text: they are verified apart.
pub fn check_worthy(
    text: &str,
    span: Range<usize>,
    quotes: &[Range<usize>],
    lang: Lang,
) -> (Vec<Clause>, Vec<String>) {
    let sentence = &text[span.clone()];
    if sentence.trim_start().starts_with('#') {
        return (Vec::new(), vec!["heading".into()]);
    }
    // the sentence without its quotations (and the marks around them)
    let mut bare = String::with_capacity(sentence.len());
    let mut at = span.start;
    for q in quotes {
        let open = text[..q.start].trim_end_matches(char::is_whitespace);
        let open = open.len() - open.chars().next_back().map_or(0, char::len_utf8);
        bare.push_str(&text[at..open.max(at)]);
        let close_from = text[q.end..]
            .find(|c: char| !c.is_whitespace())
            .map_or(q.end, |i| q.end + i);
        at = text[close_from..]
            .chars()
            .next()
            .map_or(close_from, |c| close_from + c.len_utf8())
            .min(span.end);
    }
    bare.push_str(&text[at.min(span.end)..span.end]);

    let facts = analyse(&bare, lang, DateContext::default());
    let lex = Lexicon::shared();
    let content = facts
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word && !lex.is_stopword(&t.norm, lang))
        .count();
    let mut why = Vec::new();
    if facts.quantities.iter().any(|q| !q.ordinal) {
        why.push("number".to_string());
    }
    if !facts.dates.is_empty() {
        why.push("date".to_string());
    }
    if !facts.keys.entities.is_empty() {
        why.push("place or nationality".to_string());
    }
    let names = facts.tokens.iter().enumerate().skip(1).any(|(i, t)| {
        t.capitalized
            && t.kind == TokenKind::Word
            && !facts.keys.in_country(i)
            && !lex.is_stopword(&t.norm, lang)
    });
    if names {
        why.push("name".to_string());
    }
    let words: Vec<&str> = facts.tokens.iter().map(|t| t.norm.as_str()).collect();
    let superlative = match lang {
        Lang::En => words.iter().any(|w| SUPERLATIVES_EN.contains(w)),
        Lang::Fr => {
            words.iter().any(|w| SUPERLATIVES_FR.contains(w))
                || words.windows(2).any(|p| {
                    matches!(p[0], "le" | "la" | "les") && matches!(p[1], "plus" | "moins")
                })
        }
    };
    if superlative {
        why.push("superlative".to_string());
    }
    if words.iter().any(|w| COMPARISONS.contains(w))
        && words
            .iter()
            .any(|w| matches!(*w, "more" | "less" | "fewer" | "plus" | "moins"))
    {
        why.push("comparison".to_string());
    }
    if !quotes.is_empty() {
        why.push("quotation".to_string());
    }
    let statement_facts = why.iter().any(|w| w != "quotation");
    // "Gabriel Attal a assuré : « … »": who speaks is said with the
    // quotation, which is verified; the frame alone states nothing
    let frame = !quotes.is_empty()
        && why.iter().all(|w| w == "name" || w == "quotation")
        && content <= QUOTE_FRAME_WORDS;
    if frame {
        why.push("frame of a quotation".to_string());
        return (Vec::new(), why);
    }
    if !statement_facts || content < 3 {
        if why.is_empty() {
            why.push("no fact to check (opinion or connective)".to_string());
        } else if content < 3 && statement_facts {
            why.push("too short to be a claim".to_string());
        }
        return (Vec::new(), why);
    }
    // without quotations the clause maps back onto the draft exactly; with
    // them, a clause keeps its sentence's span as its location
    let clauses = split_clauses(&bare, &facts)
        .into_iter()
        .map(|r| {
            let lead = bare[r.clone()].len() - bare[r.clone()].trim_start().len();
            let located = if quotes.is_empty() {
                span.start + r.start + lead..span.start + r.end
            } else {
                span.clone()
            };
            Clause {
                span: located,
                text: bare[r].trim().to_string(),
            }
        })
        .filter(|c| !c.text.is_empty())
        .collect::<Vec<_>>();
    (clauses, why)
}

/// Split a text holding several figures into clauses at "and", "et", ";"
/// or ", " before a later figure; a text with one figure stays whole.
fn split_clauses(text: &str, facts: &crate::facts::Facts) -> Vec<Range<usize>> {
    let mut starts: Vec<usize> = facts
        .quantities
        .iter()
        .filter(|q| !q.ordinal)
        .map(|q| q.tokens.start)
        .collect();
    starts.extend(facts.dates.iter().map(|d| d.tokens.start));
    starts.sort_unstable();
    let mut cuts = Vec::new();
    for pair in starts.windows(2) {
        let (first, second) = (pair[0], pair[1]);
        // the last joining word or semicolon between the two figures
        let cut = (first + 1..second).rev().find_map(|t| {
            let tok = &facts.tokens[t];
            let gap = &text[facts.tokens[t - 1].span.end..tok.span.start];
            if CLAUSE_JOINS.contains(&tok.norm.as_str()) {
                Some(tok.span.start)
            } else if gap.contains(';') {
                Some(facts.tokens[t - 1].span.end + gap.find(';').unwrap_or(0) + 1)
            } else {
                None
            }
        });
        if let Some(c) = cut {
            cuts.push(c);
        }
    }
    let mut out = Vec::new();
    let mut from = 0;
    for c in cuts {
        out.push(from..c);
        from = c;
    }
    out.push(from..text.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn worthy(text: &str, lang: Lang) -> (Vec<String>, Vec<String>) {
        let (clauses, why) = check_worthy(text, 0..text.len(), &[], lang);
        (clauses.into_iter().map(|c| c.text).collect(), why)
    }

    #[test]
    fn sentences_with_facts_are_checked() {
        let table: &[(&str, Lang, bool)] = &[
            ("Switzerland hosted 36 NSO servers.", Lang::En, true),
            ("Benny Gantz met Florence Parly on 28 July.", Lang::En, true),
            ("Emmanuel Macron a changé de téléphone.", Lang::Fr, true),
            (
                "C'est la plus grande affaire d'espionnage du siècle.",
                Lang::Fr,
                true,
            ),
            (
                "This affair shows how fragile trust can be.",
                Lang::En,
                false,
            ),
            ("Mais rien n'est simple.", Lang::Fr, false),
            ("# Pegasus: 17 media outlets", Lang::En, false),
            ("In 2021.", Lang::En, false),
        ];
        for (text, lang, want) in table {
            let (clauses, why) = worthy(text, *lang);
            assert_eq!(!clauses.is_empty(), *want, "{text}: {why:?}");
        }
    }

    #[test]
    fn several_figures_make_several_clauses() {
        let (clauses, _) = worthy(
            "NSO hosted 212 servers in Germany and 35 in France.",
            Lang::En,
        );
        assert_eq!(
            clauses,
            vec!["NSO hosted 212 servers in Germany", "and 35 in France."]
        );
        let (clauses, _) = worthy(
            "L'Allemagne comptait 212 serveurs ; la France en comptait 35.",
            Lang::Fr,
        );
        assert_eq!(clauses.len(), 2, "{clauses:?}");
        let (clauses, _) = worthy(
            "Gantz met Parly on 28 July, the first such meeting since 2013.",
            Lang::En,
        );
        assert_eq!(clauses.len(), 1, "{clauses:?}");
    }
}

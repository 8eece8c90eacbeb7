//! Text helpers shared by the emitters: making hostile text visible as text,
//! finding the facts to highlight in a quote, and word diffs.

use super::{ClaimReport, EvidenceReport};
use crate::matcher::{Effect, Relation};
use std::ops::Range;

/// Control and bidirectional-override characters shown as `[U+202E]`, so a
/// source cannot reorder or hide text in a report; newlines and tabs stay.
pub fn visible(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if (c.is_control() && c != '\n' && c != '\t') || super::table::is_bidi_control(c) {
            out.push_str(&format!("[U+{:04X}]", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// Byte ranges of the quote to highlight: the source side of every reason
/// that decided something, where the matcher saw it; for evidence built
/// without those spans, where its words first occur in the quote. In
/// order, not overlapping.
pub fn fact_spans(e: &EvidenceReport) -> Vec<Range<usize>> {
    if !e.marks.is_empty() {
        return e.marks.clone();
    }
    let mut spans: Vec<Range<usize>> = Vec::new();
    for r in e
        .reasons
        .iter()
        .filter(|r| r.effect.decides() && !r.source.is_empty())
    {
        if let Some(at) = e.quote.find(r.source.as_str()) {
            let span = at..at + r.source.len();
            if !spans
                .iter()
                .any(|s| s.start < span.end && span.start < s.end)
            {
                spans.push(span);
            }
        }
    }
    spans.sort_by_key(|s| s.start);
    spans
}

/// One piece of a word diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiffPart {
    Same(String),
    Claim(String),
    Source(String),
}

/// A word-level diff between the claim's side and the source's side of a
/// contradicting fact ("97" / "79", "21 July" / "22 juillet").
pub fn word_diff(claim: &str, source: &str) -> Vec<DiffPart> {
    use similar::{ChangeTag, TextDiff};
    let diff = TextDiff::from_words(claim, source);
    let mut parts: Vec<DiffPart> = Vec::new();
    for change in diff.iter_all_changes() {
        let text = change.value().to_string();
        let part = match change.tag() {
            ChangeTag::Equal => DiffPart::Same(text),
            ChangeTag::Delete => DiffPart::Claim(text),
            ChangeTag::Insert => DiffPart::Source(text),
        };
        // merge runs of the same kind
        match (parts.last_mut(), &part) {
            (Some(DiffPart::Same(a)), DiffPart::Same(b))
            | (Some(DiffPart::Claim(a)), DiffPart::Claim(b))
            | (Some(DiffPart::Source(a)), DiffPart::Source(b)) => a.push_str(b),
            _ => parts.push(part),
        }
    }
    parts
}

/// The contradicting facts of a claim, each once: (kind, claim side,
/// source side, about). Copies of one sentence state the same fact.
pub fn contradictions(claim: &ClaimReport) -> Vec<(&str, &str, &str, Option<&str>)> {
    let mut facts = Vec::new();
    for r in claim
        .evidence
        .iter()
        .filter(|e| e.relation == Relation::Contradicts)
        .flat_map(|e| e.reasons.iter())
    {
        let fact = (
            r.kind.as_str(),
            r.claim.as_str(),
            r.source.as_str(),
            r.about.as_deref(),
        );
        if r.effect == Effect::Contradicts && !facts.contains(&fact) {
            facts.push(fact);
        }
    }
    facts
}

/// Text escaped character by character: `replace` gives what a character
/// becomes in the target format, or `None` to keep it. Control and bidi
/// characters are made visible first.
pub fn escape_with(text: &str, replace: impl Fn(char) -> Option<&'static str>) -> String {
    let mut out = String::with_capacity(text.len());
    for c in visible(text).chars() {
        match replace(c) {
            Some(r) => out.push_str(r),
            None => out.push(c),
        }
    }
    out
}

/// A quote with its deciding facts wrapped by `mark`, every piece escaped.
pub fn highlighted_quote(
    e: &EvidenceReport,
    escape: impl Fn(&str) -> String,
    mark: impl Fn(String) -> String,
) -> String {
    let mut quote = String::new();
    let mut at = 0;
    for span in fact_spans(e) {
        quote.push_str(&escape(&e.quote[at..span.start]));
        quote.push_str(&mark(escape(&e.quote[span.clone()])));
        at = span.end;
    }
    quote.push_str(&escape(&e.quote[at..]));
    quote
}

/// What a reader wants to know about a piece of evidence, escaped: where
/// (`path`:line), its relation, outlet, date, hedging and attribution.
pub fn evidence_meta(
    e: &EvidenceReport,
    path: &str,
    escape: impl Fn(&str) -> String,
) -> Vec<String> {
    let mut meta = vec![
        format!("{}:{}", escape(path), e.line),
        e.relation.as_str().to_string(),
    ];
    if let Some(o) = &e.outlet {
        meta.push(escape(o));
    }
    if let Some(p) = e.published {
        meta.push(p.to_string());
    }
    if e.hedged {
        meta.push("hedged".into());
    }
    if let Some(a) = &e.attribution {
        meta.push(format!("according to {}", escape(a)));
    }
    meta
}

/// A short human message for a claim: verdict, expectation and first reason.
pub fn summary_line(claim: &ClaimReport) -> String {
    let mut s = format!("{}: {}", claim.verdict, claim.text);
    if let Some(e) = claim.expect.filter(|e| *e != claim.verdict) {
        s.push_str(&format!(" (expected {e})"));
    }
    if let Some(r) = claim.reasons.first() {
        s.push_str(&format!(" — {r}"));
    }
    s
}

/// A stable 64-bit FNV-1a hash, hex: fingerprints that do not change
/// between runs, machines or versions of the standard library.
pub fn fingerprint(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain(std::iter::once(0)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_becomes_visible() {
        assert_eq!(
            visible("a\u{202E}b\u{1b}[2J\nc"),
            "a[U+202E]b[U+001B][2J\nc"
        );
    }

    #[test]
    fn word_diffs_keep_what_is_shared() {
        let d = word_diff("97 NSO servers", "79 NSO servers");
        assert_eq!(d[0], DiffPart::Claim("97".into()));
        assert_eq!(d[1], DiffPart::Source("79".into()));
        assert!(matches!(&d[2], DiffPart::Same(s) if s.contains("NSO servers")));
    }

    #[test]
    fn fingerprints_are_stable() {
        assert_eq!(fingerprint(&["a", "b"]), fingerprint(&["a", "b"]));
        assert_ne!(fingerprint(&["ab", ""]), fingerprint(&["a", "b"]));
        assert_eq!(fingerprint(&[]), "cbf29ce484222325");
    }
}

//! `review --format annotated`: the draft written back with its findings in
//! place, as Markdown footnotes: a marker after each sentence or quotation
//! that is not supported, the finding and its source at the end.

use crate::report::{Emitter, Report};
use crate::verdict::{ClaimReason, Verdict};
use std::io::{self, Write};

/// The annotated draft as a report format.
pub struct AnnotatedEmitter<'a> {
    pub draft_text: &'a str,
}

impl Emitter for AnnotatedEmitter<'_> {
    fn emit(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(annotate(self.draft_text, report).as_bytes())
    }
}

/// The draft text with `[^n]` markers and the footnotes appended.
pub fn annotate(draft_text: &str, report: &Report) -> String {
    let index = crate::report::LineIndex::new(draft_text);
    let offset_of = |line: usize, column: usize| index.offset(draft_text, line, column);
    let mut marks: Vec<(usize, String)> = Vec::new();
    let mut notes = Vec::new();
    for claim in &report.claims {
        let unsourced = claim
            .reasons
            .iter()
            .any(|r| matches!(r, ClaimReason::Unsourced(_)));
        if claim.verdict == Verdict::Supported && !unsourced {
            continue;
        }
        let (Some(end_line), Some(end_column)) =
            (claim.location.end_line, claim.location.end_column)
        else {
            continue;
        };
        let Some(end) = offset_of(end_line, end_column) else {
            continue;
        };
        let end = end + draft_text[end..].chars().next().map_or(0, char::len_utf8);
        let n = notes.len() + 1;
        marks.push((end, format!("[^{n}]")));
        let what = match (claim.kind, claim.verdict) {
            (Some("quote"), Verdict::Contradicted) => "misquote".to_string(),
            (Some("quote"), Verdict::Unverified) => "quote not found".to_string(),
            (_, Verdict::Unverified) if unsourced => "unsourced figure".to_string(),
            (_, v) => v.to_string(),
        };
        let mut note = format!("[^{n}]: **{what}**");
        let deciding = claim
            .reasons
            .iter()
            .find(|r| matches!(r, ClaimReason::Unsourced(_) | ClaimReason::Misquote { .. }));
        if let Some(r) = deciding.or_else(|| {
            claim
                .reasons
                .iter()
                .find(|r| !matches!(r, ClaimReason::Expected { .. }))
        }) {
            note.push_str(&format!(": {}", one_line(&r.to_string())));
        }
        if let Some(e) = claim
            .evidence
            .iter()
            .find(|e| e.relation != crate::matcher::Relation::Related)
            .or(claim.evidence.first())
        {
            let focus = e
                .reasons
                .iter()
                .find(|r| r.effect.decides() && !r.source.is_empty())
                .map(|r| r.source.as_str());
            let quote = crate::report::excerpt(&one_line(&e.quote), focus, 160);
            note.push_str(&format!(
                " — {}:{} ({}): “{quote}”",
                e.path_from_cwd,
                e.line,
                e.relation.as_str()
            ));
        }
        notes.push(note);
    }
    marks.sort_by_key(|(at, _)| *at);
    let mut out = String::with_capacity(draft_text.len() + notes.len() * 80);
    let mut at = 0;
    for (pos, mark) in marks {
        out.push_str(&draft_text[at..pos]);
        out.push_str(&mark);
        at = pos;
    }
    out.push_str(&draft_text[at..]);
    if !notes.is_empty() {
        if !out.ends_with('\n') {
            out.push('\n');
        }
        out.push('\n');
        for note in notes {
            out.push_str(&note);
            out.push('\n');
        }
    }
    out
}

fn one_line(text: &str) -> String {
    crate::report::visible(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

//! `claimcheck review DRAFT`: an editor's check of a draft before
//! publication. The draft's check-worthy sentences become claims (checked
//! exactly as `check` does), its quotations are looked up word for word in
//! the sources, and figures no source states are reported as unsourced.

mod annotate;
mod quotes;
mod worthy;

pub use annotate::{AnnotatedEmitter, annotate};
pub use quotes::{QuoteMatch, find_quotes, verify_quote};
pub use worthy::{Clause, check_worthy};

use crate::check::{Prepared, check_all};
use crate::claims::{Claim, Severity};
use crate::corpus::{Encoding, classify_lines, decode, split_sentences};
use crate::error::{Error, InputLocation, Result};
use crate::matcher::{Effect, Finding, Kind, Relation};
use crate::report::{
    ClaimLocation, ClaimReport, Considered, EvidenceFacts, LineIndex, Provenance, Report,
    evidence_report,
};
use crate::text::{Lang, detect_lang};
use crate::verdict::{ClaimReason, Gate, Verdict};
use std::ops::Range;
use std::path::{Path, PathBuf};

/// Drafts larger than this are refused: a draft is an article, not a corpus.
pub const MAX_DRAFT_BYTES: u64 = 16 * 1024 * 1024;

/// A draft article, decoded, with its sentences.
#[derive(Debug, Clone)]
pub struct Draft {
    pub path: PathBuf,
    pub text: String,
    pub encoding: Encoding,
    pub lang: Lang,
    pub sentences: Vec<Range<usize>>,
    /// Paragraphs of body text (lines joined up to a blank or another
    /// kind of line): a quotation may run over several sentences and lines.
    pub paragraphs: Vec<Range<usize>>,
}

const DRAFT_HINT: &str =
    "pass a Markdown, text or HTML file: claimcheck review DRAFT.md --sources DIR";

impl Draft {
    pub fn load(path: &Path) -> Result<Draft> {
        let from_stdin = path.as_os_str() == "-";
        if !from_stdin && path.is_dir() {
            return Err(Error::Io {
                path: path.into(),
                message: "is a directory".into(),
                hint: DRAFT_HINT.into(),
            });
        }
        let bytes = if from_stdin {
            crate::error::read_bounded(
                std::io::stdin().lock(),
                path,
                MAX_DRAFT_BYTES,
                "draft",
                DRAFT_HINT,
            )?
        } else {
            crate::error::read_input(path, MAX_DRAFT_BYTES, "draft", DRAFT_HINT)?
        };
        let (text, encoding) = decode(&bytes).ok_or_else(|| {
            Error::input(
                InputLocation::file(path),
                "draft is binary, not text",
                DRAFT_HINT,
            )
        })?;
        // HTML by its name, or, piped in, by its first character
        let name = path.to_string_lossy().to_lowercase();
        let html = name.ends_with(".html")
            || name.ends_with(".htm")
            || from_stdin && text.trim_start().starts_with('<');
        Ok(Draft::from_text(path, text, encoding, html))
    }

    /// A draft from its text. HTML is blanked in place (offsets kept), so
    /// findings still point at the file's own lines and columns.
    pub fn from_text(path: &Path, text: String, encoding: Encoding, html: bool) -> Draft {
        let body = if html {
            crate::corpus::read_html(&text).text
        } else {
            text.clone()
        };
        let mut sentences = Vec::new();
        let mut paragraphs: Vec<Range<usize>> = Vec::new();
        let mut previous_body = false;
        for (span, class) in classify_lines(&body) {
            let is_body = class == crate::corpus::LineClass::Body;
            if is_body {
                sentences.extend(split_sentences(&body, span.clone()));
                match paragraphs.last_mut() {
                    Some(p) if previous_body => p.end = span.end,
                    _ => paragraphs.push(span),
                }
            }
            previous_body = is_body;
        }
        let lang = detect_lang(&body);
        Draft {
            path: path.to_path_buf(),
            text: body,
            encoding,
            lang,
            sentences,
            paragraphs,
        }
    }
}

/// A claim taken from the draft, with where it is.
#[derive(Debug, Clone)]
pub struct DraftClaim {
    pub claim: Claim,
    pub span: Range<usize>,
}

/// A sentence of the draft, whether it was checked, and why.
pub type SentenceCheck = (Range<usize>, bool, Vec<String>);

/// What a draft holds to check: its statements, every sentence with why it
/// was or was not checked, and its quotations (byte spans), in draft order.
pub struct DraftReading {
    pub claims: Vec<DraftClaim>,
    pub considered: Vec<SentenceCheck>,
    pub quotes: Vec<Range<usize>>,
}

/// The statements of the draft worth checking, and every sentence with why
/// it was or was not checked. Quotations are cut out of statements: they are
/// verified word for word instead.
pub fn statements(draft: &Draft, index: &LineIndex) -> DraftReading {
    let mut claims = Vec::new();
    let mut considered = Vec::new();
    // quotations are found in whole paragraphs: « Une phrase. Une autre. »
    let all_quotes: Vec<Range<usize>> = draft
        .paragraphs
        .iter()
        .flat_map(|p| find_quotes(&draft.text, p.clone()))
        .collect();
    for sentence in &draft.sentences {
        // a Markdown heading is a title, not a statement
        if is_heading(&draft.text, sentence) {
            considered.push((sentence.clone(), false, vec!["heading".to_string()]));
            continue;
        }
        // the part of each quotation that falls in this sentence
        let quotes: Vec<Range<usize>> = all_quotes
            .iter()
            .filter(|q| q.start < sentence.end && sentence.start < q.end)
            .map(|q| q.start.max(sentence.start)..q.end.min(sentence.end))
            .collect();
        let (clauses, why) = check_worthy(&draft.text, sentence.clone(), &quotes, draft.lang);
        considered.push((
            sentence.clone(),
            !clauses.is_empty() || !quotes.is_empty(),
            why,
        ));
        for clause in clauses {
            let (line, column) = index.position(&draft.text, clause.span.start);
            claims.push(DraftClaim {
                claim: Claim {
                    id: format!("L{line}:{column}"),
                    text: clause.text,
                    lang: Some(draft.lang),
                    sources: Vec::new(),
                    expect: None,
                    severity: Severity::Error,
                    note: None,
                    location: InputLocation::at(&draft.path, line, column),
                },
                span: clause.span,
            });
        }
    }
    DraftReading {
        claims,
        considered,
        quotes: all_quotes,
    }
}

/// Review a draft against prepared sources: the report of every statement
/// and quotation, with `considered` telling which sentences were checked.
pub fn review(draft: &Draft, prepared: &Prepared, gate: &Gate) -> Report {
    let draft_index = LineIndex::new(&draft.text);
    let DraftReading {
        claims,
        considered,
        quotes,
    } = statements(draft, &draft_index);
    let plain: Vec<Claim> = claims.iter().map(|c| c.claim.clone()).collect();
    let outcomes = check_all(prepared, &plain);
    let mut report = Report::build(&prepared.corpus, &plain, &outcomes, gate);
    for (claim, dc) in report.claims.iter_mut().zip(&claims) {
        claim.kind = Some("statement");
        let (end_line, end_column) = draft_index.end_position(&draft.text, dc.span.end);
        claim.location.end_line = Some(end_line);
        claim.location.end_column = Some(end_column);
        if let Some(figures) = unsourced_figures(claim) {
            claim.reasons.push(ClaimReason::Unsourced(figures));
            claim.gating |= gate.gates_unsourced();
        }
    }
    // quotations, in draft order among the statements
    for quote in quotes {
        report
            .claims
            .push(quote_claim(draft, &draft_index, prepared, gate, quote));
    }
    report
        .claims
        .sort_by_key(|c| (c.location.line, c.location.column));
    for claim in &mut report.claims {
        claim.finding = Some(claim.finding_label());
    }
    report.considered = Some(
        considered
            .into_iter()
            .map(|(span, checked, why)| {
                let (line, column) = draft_index.position(&draft.text, span.start);
                Considered {
                    line,
                    column,
                    text: draft.text[span].to_string(),
                    checked,
                    why,
                }
            })
            .collect(),
    );
    report.recount();
    report
}

fn is_heading(text: &str, sentence: &Range<usize>) -> bool {
    let line_start = text[..sentence.start].rfind('\n').map_or(0, |i| i + 1);
    text[line_start..sentence.start]
        .trim_start()
        .starts_with('#')
}

/// The figures (numbers, dates) of an unverified statement that no source
/// sentence states, matching or not: "4 million euros", or `None`.
fn unsourced_figures(claim: &ClaimReport) -> Option<String> {
    if claim.verdict != Verdict::Unverified {
        return None;
    }
    let mut stated = false;
    let mut figures = Vec::new();
    for e in &claim.evidence {
        for r in &e.reasons {
            if r.kind.is_fact() {
                if !r.effect.decides() {
                    if !figures.contains(&r.claim) {
                        figures.push(r.claim.clone());
                    }
                } else {
                    stated = true;
                }
            }
        }
    }
    if claim.evidence.is_empty() {
        // nothing related at all: the claim's own figures are unsourced
        return facts_of(&claim.text);
    }
    (!stated && !figures.is_empty()).then(|| figures.join(", "))
}

fn facts_of(text: &str) -> Option<String> {
    let lang = detect_lang(text);
    let f = crate::facts::analyse(text, lang, crate::facts::DateContext::default());
    let mut figures: Vec<String> = f
        .quantities
        .iter()
        .filter(|q| !q.ordinal)
        .map(|q| text[q.span.clone()].to_string())
        .collect();
    figures.extend(f.dates.iter().map(|d| text[d.span.clone()].to_string()));
    (!figures.is_empty()).then(|| figures.join(", "))
}

fn quote_claim(
    draft: &Draft,
    index: &LineIndex,
    prepared: &Prepared,
    gate: &Gate,
    quote: Range<usize>,
) -> ClaimReport {
    let text = draft.text[quote.clone()].to_string();
    let (line, column) = index.position(&draft.text, quote.start);
    let (end_line, end_column) = index.end_position(&draft.text, quote.end);
    let found = verify_quote(prepared, &text);
    let (verdict, reasons, evidence) = match &found {
        QuoteMatch::Exact { source, span } => {
            let ev = quote_evidence(
                prepared,
                *source,
                span.clone(),
                &text,
                Relation::Supports,
                Kind::Quote,
                Effect::Supports,
                None,
            );
            (Verdict::Supported, vec![ClaimReason::QuoteFound], vec![ev])
        }
        QuoteMatch::Near {
            source,
            span,
            diff,
            ratio,
        } => {
            let ev = quote_evidence(
                prepared,
                *source,
                span.clone(),
                &text,
                Relation::Contradicts,
                Kind::Misquote,
                Effect::Contradicts,
                Some(diff.clone()),
            );
            (
                Verdict::Contradicted,
                vec![ClaimReason::Misquote {
                    share: f64::from(*ratio),
                    diff: diff.clone(),
                }],
                vec![ev],
            )
        }
        QuoteMatch::NotFound => (
            Verdict::Unverified,
            vec![ClaimReason::QuoteNotFound],
            Vec::new(),
        ),
    };
    ClaimReport {
        id: format!("L{line}:{column}"),
        text,
        lang: detect_lang(&draft.text[quote.clone()]).code().to_string(),
        verdict,
        kind: Some("quote"),
        finding: None,
        expect: None,
        severity: Severity::Error,
        gating: gate.gates(&format!("L{line}:{column}"), None, verdict),
        note: None,
        location: ClaimLocation {
            file: draft.path.display().to_string(),
            line,
            column,
            end_line: Some(end_line),
            end_column: Some(end_column),
        },
        reasons,
        provenance: Provenance {
            independent_sources: evidence.len(),
            supporting_origins: usize::from(verdict == Verdict::Supported),
            contradicting_origins: usize::from(verdict == Verdict::Contradicted),
            earliest: evidence
                .first()
                .and_then(|e: &crate::report::EvidenceReport| {
                    e.published.map(|published| crate::report::Earliest {
                        source: e.source.clone(),
                        published,
                    })
                }),
            origins: evidence.iter().map(|e| vec![e.source.clone()]).collect(),
        },
        evidence,
    }
}

#[allow(clippy::too_many_arguments)]
fn quote_evidence(
    prepared: &Prepared,
    source: usize,
    span: Range<usize>,
    quote: &str,
    relation: Relation,
    kind: Kind,
    effect: Effect,
    diff: Option<String>,
) -> crate::report::EvidenceReport {
    let corpus = &prepared.corpus;
    let index = corpus.sources[source].line_index();
    let reason = Finding::new(
        kind,
        effect,
        quote,
        &corpus.sources[source].text[span.clone()],
    )
    .about(diff);
    evidence_report(
        corpus,
        &index,
        source,
        span,
        EvidenceFacts {
            first_sentence: None,
            relation,
            reasons: vec![reason],
            hedged: false,
            attribution: None,
            attribution_chain: Vec::new(),
        },
    )
}

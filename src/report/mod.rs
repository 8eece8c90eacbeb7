//! Reports: one [`Report`] value (the JSON contract of docs/report.md), and
//! one emitter per format behind the [`Emitter`] trait. Byte spans become
//! line:column here, at the edge, and nowhere else.

mod baseline;
mod claimreview;
mod github;
mod html;
mod json;
mod junit;
mod location;
mod markdown;
mod rdjson;
mod sarif;
mod table;
mod text;

pub use claimreview::ClaimReviewEmitter;
pub use github::GithubEmitter;
pub use html::{HtmlEmitter, escape as escape_html};
pub use json::JsonEmitter;
pub use junit::JunitEmitter;
pub use location::LineIndex;
pub use markdown::MarkdownEmitter;
pub use rdjson::RdjsonEmitter;
pub use sarif::SarifEmitter;
pub use table::{TableEmitter, excerpt, summary};
pub use text::{highlighted_quote, visible};

use crate::calendar::Date;
use crate::claims::{Claim, Severity};
use crate::corpus::{Corpus, Encoding};
use crate::matcher::{Effect, Finding, Relation};
use crate::verdict::{ClaimOutcome, ClaimReason, Gate, Verdict, origins_with};
use serde::Serialize;
use std::io::{self, Write};

/// Version of the JSON report contract.
pub const REPORT_VERSION: u32 = 2;

/// A report format.
pub trait Emitter {
    fn emit(&self, report: &Report, out: &mut dyn Write) -> io::Result<()>;
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub version: u32,
    pub summary: Summary,
    pub claims: Vec<ClaimReport>,
    /// What the report was computed from: every source read, with its SHA-256.
    pub sources: Vec<SourceRecord>,
    /// `review` only: every sentence of the draft, whether it was checked and why.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub considered: Option<Vec<Considered>>,
}

/// One source file read, as the report records it.
#[derive(Debug, Clone, Serialize)]
pub struct SourceRecord {
    pub path: String,
    pub sha256: String,
    pub bytes: usize,
    pub language: String,
    /// Origin group: sources with the same number are copies of one text.
    pub origin: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<Date>,
}

/// A sentence of a reviewed draft and why it was, or was not, checked.
#[derive(Debug, Clone, Serialize)]
pub struct Considered {
    pub line: usize,
    pub column: usize,
    pub text: String,
    pub checked: bool,
    pub why: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    pub claims: usize,
    pub supported: usize,
    pub contradicted: usize,
    pub disputed: usize,
    pub unverified: usize,
    pub sources: usize,
    pub sentences: usize,
    /// Claims that make the run fail (a `--fail-on` verdict or an unmet `expect`).
    pub gating: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct ClaimLocation {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// End of the claim's text (`review`: the claim is a span of the draft).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_column: Option<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ClaimReport {
    pub id: String,
    pub text: String,
    pub lang: String,
    pub verdict: Verdict,
    /// `review` only: `statement` or `quote`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
    /// `review` only: what an editor is told, in their words (`misquote`,
    /// `wrong figure`, `wrong date`, `unsourced figure`, ...), set by the
    /// review from [`ClaimReport::finding_label`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finding: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expect: Option<Verdict>,
    pub severity: Severity,
    /// This claim makes the run fail.
    pub gating: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Where the claim is written.
    pub location: ClaimLocation,
    /// Why the verdict: typed, each with its line for people.
    pub reasons: Vec<ClaimReason>,
    pub evidence: Vec<EvidenceReport>,
    pub provenance: Provenance,
}

impl ClaimReport {
    /// What a reviewed statement or quotation comes to, for an editor: a
    /// quotation is `quote`, `misquote` or `quote not found`; a statement
    /// the sources contradict is a `wrong figure` (a number), a `wrong date`
    /// (a date or weekday) or a `contradicted statement` (a negation, an
    /// opposite, a stance); an unverified one whose figures no source
    /// states is an `unsourced figure`; the rest `sourced`, `disputed` or
    /// `unverified`.
    pub fn finding_label(&self) -> &'static str {
        use crate::matcher::Kind;
        let deciding = |effect: Effect| {
            self.evidence
                .iter()
                .flat_map(|e| &e.reasons)
                .filter(move |r| r.effect == effect)
                .map(|r| r.kind)
        };
        match (self.kind, self.verdict) {
            (Some("quote"), Verdict::Supported) => "quote",
            (Some("quote"), Verdict::Contradicted | Verdict::Disputed) => "misquote",
            (Some("quote"), Verdict::Unverified) => "quote not found",
            (_, Verdict::Supported) => "sourced",
            (_, Verdict::Contradicted) => {
                let kinds: Vec<Kind> = deciding(Effect::Contradicts).collect();
                if kinds.contains(&Kind::Number) {
                    "wrong figure"
                } else if kinds
                    .iter()
                    .any(|k| matches!(k, Kind::Date | Kind::Weekday))
                {
                    "wrong date"
                } else {
                    "contradicted statement"
                }
            }
            (_, Verdict::Disputed) => "disputed",
            (_, Verdict::Unverified) => {
                if self
                    .reasons
                    .iter()
                    .any(|r| matches!(r, ClaimReason::Unsourced(_)))
                {
                    "unsourced figure"
                } else {
                    "unverified"
                }
            }
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct EvidenceReport {
    /// Path relative to its sources folder.
    pub source: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    pub quote: String,
    pub relation: Relation,
    pub reasons: Vec<Finding>,
    pub hedged: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    /// Who says it, as far as the text tells: "Amnesty International
    /// (reported by Le Monde, via HuffPost)" is
    /// `["Amnesty International", "Le Monde", "HuffPost"]`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attribution_chain: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<Date>,
    /// The file's path from the working directory (sources folder joined
    /// with `source`), for formats that locate files in a repository.
    #[serde(skip)]
    pub path_from_cwd: String,
    /// Byte spans in `quote` of the facts the deciding reasons name, where
    /// the matcher saw them (not the first place the same words occur).
    #[serde(skip)]
    pub marks: Vec<std::ops::Range<usize>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Provenance {
    /// Independent origins among the deciding evidence (copies count once).
    pub independent_sources: usize,
    /// Independent origins among the supporting evidence.
    pub supporting_origins: usize,
    /// Independent origins among the contradicting evidence.
    pub contradicting_origins: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub earliest: Option<Earliest>,
    /// The deciding evidence's sources, grouped by origin (copies together).
    pub origins: Vec<Vec<String>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Earliest {
    pub source: String,
    pub published: Date,
}

impl Report {
    /// Assemble the report from the claims, their outcomes and the corpus.
    pub fn build(
        corpus: &Corpus,
        claims: &[Claim],
        outcomes: &[ClaimOutcome],
        gate: &Gate,
    ) -> Report {
        let line_indexes: Vec<LineIndex> = corpus.sources.iter().map(|s| s.line_index()).collect();
        let mut summary = Summary {
            sources: corpus.sources.len(),
            sentences: corpus.sentence_count(),
            ..Summary::default()
        };
        let mut reports = Vec::with_capacity(claims.len());
        for (claim, outcome) in claims.iter().zip(outcomes) {
            summary.claims += 1;
            match outcome.verdict {
                Verdict::Supported => summary.supported += 1,
                Verdict::Contradicted => summary.contradicted += 1,
                Verdict::Disputed => summary.disputed += 1,
                Verdict::Unverified => summary.unverified += 1,
            }
            let gating = gate.gates(&claim.id, claim.expect, outcome.verdict);
            summary.gating += usize::from(gating);
            let mut reasons = outcome.reasons.clone();
            if let Some(expected) = claim.expect.filter(|e| *e != outcome.verdict) {
                reasons.push(ClaimReason::Expected {
                    expected,
                    got: outcome.verdict,
                });
            }
            let evidence = outcome
                .evidence
                .iter()
                .map(|e| {
                    evidence_report(
                        corpus,
                        &line_indexes[e.source],
                        e.source,
                        e.span.clone(),
                        EvidenceFacts {
                            first_sentence: Some(e.sentences.start),
                            relation: e.relation,
                            reasons: e
                                .reasons
                                .iter()
                                .filter(|r| r.kind.is_reported())
                                .cloned()
                                .collect(),
                            hedged: e.hedged,
                            attribution: e.attribution.clone(),
                            attribution_chain: e.attribution_chain.clone(),
                        },
                    )
                })
                .collect();
            reports.push(ClaimReport {
                id: claim.id.clone(),
                text: claim.text.clone(),
                lang: outcome.lang.code().to_string(),
                verdict: outcome.verdict,
                expect: claim.expect,
                severity: claim.severity,
                gating,
                note: claim.note.clone(),
                kind: None,
                finding: None,
                location: ClaimLocation {
                    file: claim.location.path.display().to_string(),
                    line: claim.location.line.unwrap_or(1),
                    column: claim.location.column.unwrap_or(1),
                    end_line: None,
                    end_column: None,
                },
                reasons,
                evidence,
                provenance: provenance(corpus, outcome),
            });
        }
        let sources = corpus
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| SourceRecord {
                path: s.path.clone(),
                sha256: s.sha256.to_string(),
                bytes: s.bytes,
                language: s.lang.code().to_string(),
                origin: corpus.origin.get(i).copied().unwrap_or(i),
                title: s.meta.title.clone(),
                outlet: s.meta.outlet.clone(),
                author: s.meta.author.clone(),
                url: s.meta.url.clone(),
                published: s.meta.published,
            })
            .collect();
        Report {
            version: REPORT_VERSION,
            summary,
            claims: reports,
            sources,
            considered: None,
        }
    }

    /// Recount the summary after claims were added or changed (`review`).
    pub fn recount(&mut self) {
        let s = &mut self.summary;
        s.claims = self.claims.len();
        s.supported = self
            .claims
            .iter()
            .filter(|c| c.verdict == Verdict::Supported)
            .count();
        s.contradicted = self
            .claims
            .iter()
            .filter(|c| c.verdict == Verdict::Contradicted)
            .count();
        s.disputed = self
            .claims
            .iter()
            .filter(|c| c.verdict == Verdict::Disputed)
            .count();
        s.unverified = self
            .claims
            .iter()
            .filter(|c| c.verdict == Verdict::Unverified)
            .count();
        s.gating = self.claims.iter().filter(|c| c.gating).count();
    }

    /// Does any claim make the run fail?
    pub fn gates(&self) -> bool {
        self.summary.gating > 0
    }
}

/// What a piece of evidence says, apart from where it is.
pub struct EvidenceFacts {
    /// The window's first sentence in its source, when the reasons carry
    /// spans in the window's sentences.
    pub first_sentence: Option<usize>,
    pub relation: Relation,
    pub reasons: Vec<Finding>,
    pub hedged: bool,
    pub attribution: Option<String>,
    pub attribution_chain: Vec<String>,
}

/// Evidence at byte `span` of source `s`, located in lines and columns.
pub fn evidence_report(
    corpus: &Corpus,
    index: &LineIndex,
    s: usize,
    span: std::ops::Range<usize>,
    facts: EvidenceFacts,
) -> EvidenceReport {
    let source = &corpus.sources[s];
    let (line, column) = index.position(&source.text, span.start);
    let (end_line, end_column) = index.end_position(&source.text, span.end);
    let marks = facts.first_sentence.map_or_else(Vec::new, |first| {
        let mut marks: Vec<std::ops::Range<usize>> = facts
            .reasons
            .iter()
            .filter(|r| r.effect.decides())
            .filter_map(|r| {
                let at = r.source_span.as_ref()?;
                let sentence = source.sentences.get(first + at.sentence)?.span();
                let start = (sentence.start + at.span.start).checked_sub(span.start)?;
                let end = (sentence.start + at.span.end).checked_sub(span.start)?;
                (end <= span.len() && start < end).then_some(start..end)
            })
            .collect();
        marks.sort_by_key(|m| m.start);
        marks.dedup_by(|b, a| b.start < a.end);
        marks
    });
    EvidenceReport {
        source: source.path.clone(),
        line,
        column,
        end_line,
        end_column,
        byte_start: file_offset(&source.text, source.encoding, span.start),
        byte_end: file_offset(&source.text, source.encoding, span.end),
        quote: source.text[span.clone()].to_string(),
        relation: facts.relation,
        reasons: facts.reasons,
        hedged: facts.hedged,
        attribution: facts.attribution,
        attribution_chain: facts.attribution_chain,
        outlet: source.meta.outlet.clone(),
        published: source.meta.published,
        path_from_cwd: corpus
            .roots
            .get(source.root)
            .map_or_else(|| source.path.clone(), |root| join_path(root, &source.path)),
        marks,
    }
}

/// `root/path` with `/` separators, without a leading "./".
fn join_path(root: &std::path::Path, path: &str) -> String {
    let root = root.to_string_lossy().replace('\\', "/");
    let root = root.trim_end_matches('/');
    match root {
        "" | "." => path.to_string(),
        _ => format!("{}/{path}", root.strip_prefix("./").unwrap_or(root)),
    }
}

/// Offsets in reports are into the file as read: a BOM counts, and a
/// Windows-1252 file has one byte per character.
fn file_offset(text: &str, encoding: Encoding, offset: usize) -> usize {
    match encoding {
        Encoding::Utf8 | Encoding::Utf8Repaired => offset,
        Encoding::Utf8Bom => offset + 3,
        Encoding::Windows1252 => text[..offset].chars().count(),
    }
}

/// The word set of a piece of evidence: the folded words of its sentences.
fn quote_words(corpus: &Corpus, e: &crate::verdict::Evidence) -> Vec<u64> {
    let source = &corpus.sources[e.source];
    let tokens: Vec<crate::text::Token> = e
        .sentences
        .clone()
        .flat_map(|k| crate::text::tokenize(source.sentence_text(k)))
        .collect();
    crate::verdict::word_set(tokens.iter().map(|t| t.norm.as_str()))
}

fn provenance(corpus: &Corpus, outcome: &ClaimOutcome) -> Provenance {
    let wanted = match outcome.verdict {
        Verdict::Supported => vec![Relation::Supports],
        Verdict::Contradicted => vec![Relation::Contradicts],
        Verdict::Disputed => vec![Relation::Supports, Relation::Contradicts],
        Verdict::Unverified => vec![],
    };
    let same_document = |a: usize, b: usize| {
        corpus
            .origin
            .get(a)
            .is_some_and(|o| corpus.origin.get(b) == Some(o))
    };
    // each deciding quote's word set, made once (a quote may count among
    // the deciding evidence and among the supporting or contradicting)
    let words: Vec<Vec<u64>> = outcome
        .evidence
        .iter()
        .map(|e| {
            if e.relation == Relation::Related {
                Vec::new()
            } else {
                quote_words(corpus, e)
            }
        })
        .collect();
    let of = |relations: &[Relation]| -> Vec<usize> {
        (0..outcome.evidence.len())
            .filter(|&i| relations.contains(&outcome.evidence[i].relation))
            .collect()
    };
    let grouped = |picked: &[usize]| {
        let evidence: Vec<&crate::verdict::Evidence> =
            picked.iter().map(|&i| &outcome.evidence[i]).collect();
        let picked_words: Vec<Vec<u64>> = picked.iter().map(|&i| words[i].clone()).collect();
        origins_with(&evidence, &picked_words, &same_document)
    };
    let deciding: Vec<&crate::verdict::Evidence> = of(&wanted)
        .into_iter()
        .map(|i| &outcome.evidence[i])
        .collect();
    let groups = grouped(&of(&wanted));
    let supporting_origins = grouped(&of(&[Relation::Supports])).len();
    let contradicting_origins = grouped(&of(&[Relation::Contradicts])).len();
    let mut origins: Vec<Vec<String>> = groups
        .iter()
        .map(|g| {
            let mut paths: Vec<String> = g
                .iter()
                .map(|&i| corpus.sources[deciding[i].source].path.clone())
                .collect();
            paths.sort();
            paths.dedup();
            paths
        })
        .collect();
    origins.sort();
    let earliest = deciding
        .iter()
        .filter_map(|e| {
            let s = &corpus.sources[e.source];
            s.meta.published.map(|p| (p, s.path.clone()))
        })
        .min()
        .map(|(published, source)| Earliest { source, published });
    Provenance {
        independent_sources: groups.len(),
        supporting_origins,
        contradicting_origins,
        earliest,
        origins,
    }
}

#[cfg(test)]
mod fixture;

#[cfg(test)]
mod tests {
    use super::*;

    /// Every emitter, with the name its snapshot carries.
    fn emitters() -> Vec<(&'static str, Box<dyn Emitter>)> {
        vec![
            (
                "table",
                Box::new(TableEmitter {
                    color: false,
                    width: 100,
                }),
            ),
            ("json", Box::new(JsonEmitter)),
            ("markdown", Box::new(MarkdownEmitter)),
            ("html", Box::new(HtmlEmitter)),
            ("sarif", Box::new(SarifEmitter)),
            ("junit", Box::new(JunitEmitter)),
            ("github", Box::new(GithubEmitter)),
            ("rdjson", Box::new(RdjsonEmitter)),
            (
                "claimreview",
                Box::new(ClaimReviewEmitter {
                    reviewer: Some("Desk".to_string()),
                    date: Some("2021-07-25".to_string()),
                }),
            ),
        ]
    }

    #[test]
    fn every_emitter_renders_the_fixed_report() {
        let report = fixture::fixed_report();
        assert_eq!(
            (
                report.summary.supported,
                report.summary.contradicted,
                report.summary.disputed,
                report.summary.unverified,
                report.summary.gating
            ),
            (1, 1, 1, 1, 2)
        );
        for (name, emitter) in emitters() {
            let mut out = Vec::new();
            emitter.emit(&report, &mut out).unwrap();
            let text = String::from_utf8(out).unwrap();
            insta::assert_snapshot!(format!("fixed_{name}"), text);
        }
    }
}

//! `--format markdown`: a report to paste into an issue, a chat or a wiki.
//! Claims grouped by verdict, each with its evidence quotes, the deciding
//! facts in bold and, for a contradiction, a word diff of the two sides.

use super::text::{
    DiffPart, contradictions, escape_with, evidence_meta, highlighted_quote, word_diff,
};
use super::{ClaimReport, Emitter, Report};
use crate::verdict::Verdict;
use std::io::{self, Write};

pub struct MarkdownEmitter;

/// Escape Markdown and inline HTML so that text shows as written.
pub fn escape(text: &str) -> String {
    escape_with(text, |c| match c {
        '\\' => Some("\\\\"),
        '`' => Some("\\`"),
        '*' => Some("\\*"),
        '_' => Some("\\_"),
        '[' => Some("\\["),
        ']' => Some("\\]"),
        '#' => Some("\\#"),
        '|' => Some("\\|"),
        '~' => Some("\\~"),
        '{' => Some("\\{"),
        '}' => Some("\\}"),
        '!' => Some("\\!"),
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        '&' => Some("&amp;"),
        // "@someone" in a quote must not notify anyone where the report is pasted
        '@' => Some("&#64;"),
        '\n' => Some(" "),
        _ => None,
    })
}

const ORDER: [Verdict; 4] = [
    Verdict::Contradicted,
    Verdict::Disputed,
    Verdict::Unverified,
    Verdict::Supported,
];

impl Emitter for MarkdownEmitter {
    fn emit(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let s = &report.summary;
        writeln!(out, "# claimcheck report\n")?;
        writeln!(
            out,
            "**{} claims**: {} supported, {} contradicted, {} disputed, {} unverified — {} sources, {} sentences{}\n",
            s.claims,
            s.supported,
            s.contradicted,
            s.disputed,
            s.unverified,
            s.sources,
            s.sentences,
            if s.gating > 0 {
                format!(" — **{} gating**", s.gating)
            } else {
                String::new()
            }
        )?;
        for verdict in ORDER {
            let claims: Vec<&ClaimReport> = report
                .claims
                .iter()
                .filter(|c| c.verdict == verdict)
                .collect();
            if claims.is_empty() {
                continue;
            }
            writeln!(
                out,
                "## {} ({})\n",
                capitalised(verdict.as_str()),
                claims.len()
            )?;
            for claim in claims {
                claim_section(claim, out)?;
            }
        }
        Ok(())
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

fn claim_section(claim: &ClaimReport, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "### {}\n", escape(&claim.id))?;
    writeln!(out, "> {}\n", escape(&claim.text))?;
    let mut line = format!("Verdict: **{}**", claim.verdict);
    match claim.expect {
        Some(e) if e != claim.verdict => line.push_str(&format!(" (expected {e})")),
        Some(_) => line.push_str(" (as expected)"),
        None => {}
    }
    if claim.gating {
        line.push_str(" — gates the run");
    }
    line.push_str(&format!(
        " — {}:{}:{}",
        escape(&claim.location.file),
        claim.location.line,
        claim.location.column
    ));
    writeln!(out, "{line}\n")?;
    if let Some(note) = &claim.note {
        writeln!(out, "Note: {}\n", escape(note))?;
    }
    for r in &claim.reasons {
        writeln!(out, "- {}", escape(&r.to_string()))?;
    }
    if !claim.reasons.is_empty() {
        writeln!(out)?;
    }
    for (kind, claim_side, source_side, about) in contradictions(claim) {
        let diff: String = word_diff(claim_side, source_side)
            .into_iter()
            .map(|p| match p {
                DiffPart::Same(t) => escape(&t),
                DiffPart::Claim(t) if t.trim().is_empty() => t,
                DiffPart::Claim(t) => {
                    format!("~~{}~~", escape(t.trim())) + if t.ends_with(' ') { " " } else { "" }
                }
                DiffPart::Source(t) if t.trim().is_empty() => t,
                DiffPart::Source(t) => {
                    format!("**{}**", escape(t.trim())) + if t.ends_with(' ') { " " } else { "" }
                }
            })
            .collect();
        let about = about
            .map(|a| format!(" ({})", escape(a)))
            .unwrap_or_default();
        writeln!(
            out,
            "Diff, {kind}{about}: claim ~~struck~~, source **bold**: {diff}\n"
        )?;
    }
    for e in &claim.evidence {
        let quote = highlighted_quote(e, escape, |m| format!("**{m}**"));
        let meta = evidence_meta(e, &e.source, escape);
        writeln!(out, "> {quote}\n>\n> — {}\n", meta.join(" · "))?;
    }
    Ok(())
}

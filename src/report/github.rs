//! `--format github`: GitHub Actions workflow commands, one per claim that
//! is not supported, so each shows as an annotation on the claims file.

use super::{ClaimReport, Emitter, Report};
use crate::claims::Severity;
use crate::verdict::Verdict;
use std::io::{self, Write};

pub struct GithubEmitter;

/// The message part: `%`, CR and LF are percent-encoded (GitHub's rules).
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property value: also `:` and `,`.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

fn command(claim: &ClaimReport) -> Option<&'static str> {
    if claim.gating {
        return Some(match claim.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        });
    }
    (claim.verdict != Verdict::Supported).then_some("notice")
}

impl Emitter for GithubEmitter {
    fn emit(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        for claim in &report.claims {
            let Some(level) = command(claim) else {
                continue;
            };
            let title = format!("claimcheck: {} is {}", claim.id, claim.verdict);
            let mut message = super::text::visible(&super::text::summary_line(claim));
            if let Some(e) = claim.evidence.first() {
                message.push_str(&format!(
                    "\n{}:{}: {}",
                    e.path_from_cwd,
                    e.line,
                    super::text::visible(&e.quote)
                ));
            }
            writeln!(
                out,
                "::{level} file={},line={},col={},title={}::{}",
                escape_property(&claim.location.file),
                claim.location.line,
                claim.location.column,
                escape_property(&title),
                escape_data(&message)
            )?;
        }
        let s = &report.summary;
        writeln!(
            out,
            "::notice title=claimcheck::{} claims: {} supported, {} contradicted, {} disputed, {} unverified; {} gating",
            s.claims, s.supported, s.contradicted, s.disputed, s.unverified, s.gating
        )
    }
}

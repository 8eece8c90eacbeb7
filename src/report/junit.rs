//! `--format junit`: JUnit XML, one test suite per claims file and one test
//! case per claim; a gating claim is a failure. CI servers show it as tests.
//! Written by hand, not with quick-junit: given a claim holding U+FFFE,
//! quick-junit 0.5 writes XML that does not parse (tools/libcompare).

use super::text::{escape_with, summary_line};
use super::{ClaimReport, Emitter, Report};
use std::io::{self, Write};

pub struct JunitEmitter;

/// Escape for XML 1.0 text and attribute values. Characters XML 1.0 cannot
/// carry at all (most C0 controls) are written as visible `[U+001B]`.
pub fn escape(text: &str) -> String {
    escape_with(text, |c| match c {
        '&' => Some("&amp;"),
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        '"' => Some("&quot;"),
        '\'' => Some("&apos;"),
        '\n' => Some("&#10;"),
        '\t' => Some("&#9;"),
        // not characters XML 1.0 allows, even escaped
        '\u{FFFE}' => Some("[U+FFFE]"),
        '\u{FFFF}' => Some("[U+FFFF]"),
        _ => None,
    })
}

impl Emitter for JunitEmitter {
    fn emit(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let mut files: Vec<&str> = Vec::new();
        for c in &report.claims {
            if !files.contains(&c.location.file.as_str()) {
                files.push(&c.location.file);
            }
        }
        let failures = report.claims.iter().filter(|c| c.gating).count();
        writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
        writeln!(
            out,
            r#"<testsuites name="claimcheck" tests="{}" failures="{failures}" errors="0">"#,
            report.claims.len()
        )?;
        for file in files {
            let claims: Vec<&ClaimReport> = report
                .claims
                .iter()
                .filter(|c| c.location.file == file)
                .collect();
            let failed = claims.iter().filter(|c| c.gating).count();
            writeln!(
                out,
                r#"  <testsuite name="{}" tests="{}" failures="{failed}" errors="0" skipped="0">"#,
                escape(file),
                claims.len()
            )?;
            for c in claims {
                write!(
                    out,
                    r#"    <testcase classname="claimcheck.{}" name="{}" file="{}" line="{}">"#,
                    escape(&file.replace(['/', '\\', '.'], "_")),
                    escape(&c.id),
                    escape(file),
                    c.location.line
                )?;
                if c.gating {
                    writeln!(out)?;
                    let mut details = summary_line(c);
                    for e in &c.evidence {
                        details.push_str(&format!(
                            "\n{} {}:{}: {}",
                            e.relation.as_str(),
                            e.path_from_cwd,
                            e.line,
                            e.quote
                        ));
                    }
                    writeln!(
                        out,
                        r#"      <failure type="{}" message="{}">{}</failure>"#,
                        c.verdict,
                        escape(&summary_line(c)),
                        escape(&details)
                    )?;
                    writeln!(out, "    </testcase>")?;
                } else {
                    writeln!(
                        out,
                        r#"<system-out>{}</system-out></testcase>"#,
                        escape(&summary_line(c))
                    )?;
                }
            }
            writeln!(out, "  </testsuite>")?;
        }
        writeln!(out, "</testsuites>")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn text_xml_forbids_is_shown_not_written() {
        let escaped = super::escape("a\u{FFFE}b\u{FFFF}c<d>&\u{1b}");
        assert_eq!(escaped, "a[U+FFFE]b[U+FFFF]c&lt;d&gt;&amp;[U+001B]");
    }
}

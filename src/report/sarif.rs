//! `--format sarif`: SARIF 2.1.0 for code-scanning tools. Each finding is
//! located at the claim in its YAML file; the deciding source sentences are
//! its related locations. Rule ids are stable per kind of finding, and so
//! are the fingerprints (claim id and rule), so a tool can track a finding
//! across runs.

use super::text::{fingerprint, summary_line, visible};
use super::{ClaimReport, Emitter, Report};
use crate::claims::Severity;
use crate::matcher::Relation;
use crate::verdict::Verdict;
use serde_json::{Value, json};
use std::io::{self, Write};

pub struct SarifEmitter;

/// (rule id, name, description), in rule-index order.
const RULES: [(&str, &str, &str); 4] = [
    (
        "claimcheck/contradicted",
        "Contradicted",
        "A source sentence about the same thing states an incompatible fact, and none supports the claim.",
    ),
    (
        "claimcheck/disputed",
        "Disputed",
        "Some source sentences support the claim and others contradict it.",
    ),
    (
        "claimcheck/unverified",
        "Unverified",
        "No source sentence states or contradicts the claim.",
    ),
    (
        "claimcheck/expectation",
        "ExpectationNotMet",
        "The claim's verdict differs from its `expect:` value.",
    ),
];

fn rule_of(c: &ClaimReport) -> Option<usize> {
    if c.expect.is_some_and(|e| e != c.verdict) {
        return Some(3);
    }
    match c.verdict {
        Verdict::Contradicted => Some(0),
        Verdict::Disputed => Some(1),
        Verdict::Unverified => Some(2),
        Verdict::Supported => None,
    }
}

fn level(c: &ClaimReport) -> &'static str {
    if !c.gating {
        return "note";
    }
    match c.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

impl Emitter for SarifEmitter {
    fn emit(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let rules: Vec<Value> = RULES
            .iter()
            .map(|(id, name, text)| {
                json!({
                    "id": id,
                    "name": name,
                    "shortDescription": {"text": text},
                    "defaultConfiguration": {"level": if *id == "claimcheck/unverified" { "note" } else { "error" }}
                })
            })
            .collect();
        let results: Vec<Value> = report
            .claims
            .iter()
            .filter_map(|c| rule_of(c).map(|r| (c, r)))
            .map(|(c, r)| {
                let related: Vec<Value> = c
                    .evidence
                    .iter()
                    .filter(|e| e.relation != Relation::Related)
                    .enumerate()
                    .map(|(i, e)| {
                        json!({
                            "id": i,
                            "message": {"text": format!("{}: {}", e.relation.as_str(), visible(&e.quote))},
                            "physicalLocation": {
                                "artifactLocation": {"uri": uri(&e.path_from_cwd)},
                                "region": {
                                    "startLine": e.line, "startColumn": e.column,
                                    "endLine": e.end_line, "endColumn": e.end_column + 1,
                                    "snippet": {"text": e.quote}
                                }
                            }
                        })
                    })
                    .collect();
                let mut result = json!({
                    "ruleId": RULES[r].0,
                    "ruleIndex": r,
                    "level": level(c),
                    "message": {"text": visible(&summary_line(c))},
                    "locations": [{
                        "physicalLocation": {
                            "artifactLocation": {"uri": uri(&c.location.file)},
                            "region": {"startLine": c.location.line, "startColumn": c.location.column}
                        }
                    }],
                    "partialFingerprints": {"claimcheck/v1": fingerprint(&[&c.id, RULES[r].0])},
                    "properties": {"claimId": c.id, "verdict": c.verdict.as_str(), "gating": c.gating}
                });
                if !related.is_empty() {
                    result["relatedLocations"] = Value::Array(related);
                }
                result
            })
            .collect();
        let doc = json!({
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "claimcheck",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules
                }},
                "results": results,
                "columnKind": "unicodeCodePoints"
            }]
        });
        serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::other)?;
        writeln!(out)
    }
}
/// A relative path as a URI reference: letters, digits, `-._~/` kept, every
/// other byte (spaces, `#`, `?`, `%`, non-ASCII) percent-encoded, so that a
/// file named `a b#c.txt` is one location, not a path and a fragment.
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod uri_tests {
    #[test]
    fn paths_are_percent_encoded() {
        assert_eq!(super::uri("sources/002_x.txt"), "sources/002_x.txt");
        assert_eq!(super::uri("sources/a b#c?.txt"), "sources/a%20b%23c%3F.txt");
        assert_eq!(super::uri("sources/été.txt"), "sources/%C3%A9t%C3%A9.txt");
    }
}

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
use serde_json::Value;
use serde_sarif::sarif::{
    ArtifactContent, ArtifactLocation, Location, Message, MultiformatMessageString,
    PhysicalLocation, PropertyBag, Region, ReportingConfiguration, ReportingDescriptor,
    Result as SarifResult, ResultLevel, Run, Sarif, Tool, ToolComponent,
};
use std::collections::BTreeMap;
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

fn level(c: &ClaimReport) -> ResultLevel {
    if !c.gating {
        return ResultLevel::Note;
    }
    match c.severity {
        Severity::Error => ResultLevel::Error,
        Severity::Warning => ResultLevel::Warning,
        Severity::Info => ResultLevel::Note,
    }
}

fn message(text: impl Into<String>) -> Message {
    Message::builder().text(text.into()).build()
}

/// A location in the file at `path` (from the working directory).
fn location(path: &str, region: Region) -> PhysicalLocation {
    PhysicalLocation::builder()
        .artifact_location(ArtifactLocation::builder().uri(uri(path)).build())
        .region(region)
        .build()
}

/// A count or position as SARIF's integers.
fn int(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn result_of(c: &ClaimReport, r: usize) -> SarifResult {
    let related: Vec<Location> = c
        .evidence
        .iter()
        .filter(|e| e.relation != Relation::Related)
        .enumerate()
        .map(|(i, e)| {
            let region = Region::builder()
                .start_line(int(e.line))
                .start_column(int(e.column))
                .end_line(int(e.end_line))
                .end_column(int(e.end_column + 1))
                .snippet(ArtifactContent::builder().text(e.quote.clone()).build())
                .build();
            Location::builder()
                .id(int(i))
                .message(message(format!(
                    "{}: {}",
                    e.relation.as_str(),
                    visible(&e.quote)
                )))
                .physical_location(location(&e.path_from_cwd, region))
                .build()
        })
        .collect();
    let claim_region = Region::builder()
        .start_line(int(c.location.line))
        .start_column(int(c.location.column))
        .build();
    let properties = PropertyBag::builder()
        .additional_properties(BTreeMap::from([
            ("claimId".to_string(), Value::from(c.id.clone())),
            ("verdict".to_string(), Value::from(c.verdict.as_str())),
            ("gating".to_string(), Value::from(c.gating)),
        ]))
        .build();
    let result = SarifResult::builder()
        .rule_id(RULES[r].0)
        .rule_index(int(r))
        .level(level(c))
        .message(message(visible(&summary_line(c))))
        .locations(vec![
            Location::builder()
                .physical_location(location(&c.location.file, claim_region))
                .build(),
        ])
        .partial_fingerprints(BTreeMap::from([(
            "claimcheck/v1".to_string(),
            fingerprint(&[&c.id, RULES[r].0]),
        )]))
        .properties(properties);
    if related.is_empty() {
        result.build()
    } else {
        result.related_locations(related).build()
    }
}

// Built with serde-sarif's types, generated from the SARIF 2.1.0 schema: a
// field of the wrong name or type does not compile (tools/libcompare: the
// json! version it replaced read into these types and back unchanged).
impl Emitter for SarifEmitter {
    fn emit(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let rules: Vec<ReportingDescriptor> = RULES
            .iter()
            .map(|(id, name, text)| {
                let level = if *id == "claimcheck/unverified" {
                    "note"
                } else {
                    "error"
                };
                ReportingDescriptor::builder()
                    .id(*id)
                    .name(*name)
                    .short_description(MultiformatMessageString::builder().text(*text).build())
                    .default_configuration(
                        ReportingConfiguration::builder()
                            .level(Value::from(level))
                            .build(),
                    )
                    .build()
            })
            .collect();
        let results: Vec<SarifResult> = report
            .claims
            .iter()
            .filter_map(|c| rule_of(c).map(|r| result_of(c, r)))
            .collect();
        let driver = ToolComponent::builder()
            .name("claimcheck")
            .version(env!("CARGO_PKG_VERSION"))
            .rules(rules)
            .build();
        let run = Run::builder()
            .tool(Tool::builder().driver(driver).build())
            .results(results)
            .column_kind(Value::from("unicodeCodePoints"))
            .build();
        let doc = Sarif::builder()
            .schema("https://json.schemastore.org/sarif-2.1.0.json")
            .version(Value::from("2.1.0"))
            .runs(vec![run])
            .build();
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

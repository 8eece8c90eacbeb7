//! `--format rdjson`: reviewdog's Diagnostic JSON, so reviewdog can post
//! each finding as a review comment on the claims file.

use super::text::{summary_line, visible};
use super::{Emitter, Report};
use crate::claims::Severity;
use crate::verdict::Verdict;
use serde_json::{Value, json};
use std::io::{self, Write};

pub struct RdjsonEmitter;

impl Emitter for RdjsonEmitter {
    fn emit(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let diagnostics: Vec<Value> = report
            .claims
            .iter()
            .filter(|c| c.gating || c.verdict != Verdict::Supported)
            .map(|c| {
                let severity = match (c.gating, c.severity) {
                    (true, Severity::Error) => "ERROR",
                    (true, Severity::Warning) => "WARNING",
                    _ => "INFO",
                };
                let mut d = json!({
                    "message": visible(&format!("{}: {}", c.id, summary_line(c))),
                    "location": {
                        "path": c.location.file,
                        "range": {"start": {"line": c.location.line, "column": c.location.column}}
                    },
                    "severity": severity,
                    "code": {"value": c.verdict.as_str()},
                });
                let related: Vec<Value> = c
                    .evidence
                    .iter()
                    .filter(|e| e.relation != crate::matcher::Relation::Related)
                    .map(|e| {
                        json!({
                            "message": format!("{}: {}", e.relation.as_str(), visible(&e.quote)),
                            "location": {
                                "path": e.path_from_cwd,
                                "range": {
                                    "start": {"line": e.line, "column": e.column},
                                    "end": {"line": e.end_line, "column": e.end_column}
                                }
                            }
                        })
                    })
                    .collect();
                if !related.is_empty() {
                    d["related_locations"] = Value::Array(related);
                }
                d
            })
            .collect();
        let doc = json!({
            "source": {"name": "claimcheck"},
            "diagnostics": diagnostics,
        });
        serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::other)?;
        writeln!(out)
    }
}

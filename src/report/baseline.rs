//! `--baseline FILE`: a previous JSON report. With it, only claims whose
//! verdict is new or worse than in the baseline gate the run, so CI can be
//! switched on over a claim base that already has known findings.

use crate::error::{Error, InputLocation, Result};
use crate::verdict::{Baseline, Verdict};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;

#[derive(Deserialize)]
struct BaselineReport {
    version: u32,
    claims: Vec<BaselineClaim>,
}

#[derive(Deserialize)]
struct BaselineClaim {
    id: String,
    verdict: String,
}

/// A baseline is a JSON report: 64 MiB holds several hundred thousand claims.
const MAX_BASELINE_BYTES: u64 = 64 * 1024 * 1024;

const HINT: &str = "pass a report written by `claimcheck check --format json`";

impl Baseline {
    /// Read a previous JSON report's verdicts.
    pub fn load(path: &Path) -> Result<Baseline> {
        let bytes = crate::error::read_input(path, MAX_BASELINE_BYTES, "baseline", HINT)?;
        let text = String::from_utf8(bytes).map_err(|_| {
            Error::input(
                InputLocation::file(path),
                "the baseline is not UTF-8 text",
                HINT,
            )
        })?;
        let report: BaselineReport = serde_json::from_str(&text).map_err(|e| {
            Error::input(
                InputLocation::at(path, e.line().max(1), e.column().max(1)),
                format!("not a claimcheck JSON report: {e}"),
                HINT,
            )
        })?;
        if report.version != super::REPORT_VERSION {
            return Err(Error::input(
                InputLocation::file(path),
                format!(
                    "report version {} is not supported (this claimcheck writes version {})",
                    report.version,
                    super::REPORT_VERSION
                ),
                "regenerate the baseline with this version of claimcheck",
            ));
        }
        let mut verdicts = HashMap::new();
        for c in report.claims {
            let verdict = Verdict::parse(&c.verdict).ok_or_else(|| {
                Error::input(
                    InputLocation::file(path),
                    format!("claim `{}` has an unknown verdict `{}`", c.id, c.verdict),
                    HINT,
                )
            })?;
            verdicts.insert(c.id, verdict);
        }
        Ok(Baseline::new(verdicts))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_new_or_worse_verdicts_regress() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("base.json");
        std::fs::write(&path, r#"{"version": 1, "claims": [{"id": "a", "verdict": "unverified"}, {"id": "b", "verdict": "contradicted"}]}"#).unwrap();
        let b = Baseline::load(&path).unwrap();
        assert!(!b.regressed("a", Verdict::Unverified));
        assert!(!b.regressed("a", Verdict::Supported));
        assert!(b.regressed("a", Verdict::Contradicted));
        assert!(!b.regressed("b", Verdict::Contradicted));
        assert!(b.regressed("new", Verdict::Disputed));
    }

    #[test]
    fn bad_baselines_are_located() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("base.json");
        std::fs::write(&path, "{\"version\": 1,\n \"claims\": [{\"id\": 3}]}").unwrap();
        let err = Baseline::load(&path).unwrap_err().to_string();
        assert!(err.contains("base.json:2:"), "{err}");
        std::fs::write(&path, r#"{"version": 9, "claims": []}"#).unwrap();
        assert!(
            Baseline::load(&path)
                .unwrap_err()
                .to_string()
                .contains("version 9")
        );
    }
}

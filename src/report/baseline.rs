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

/// Report versions whose ids and verdicts a baseline reads: version 2
/// changed claim reasons and coverage, not what a baseline needs.
const SUPPORTED_VERSIONS: [u32; 2] = [1, 2];

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
        // only ids and verdicts are read, and they mean the same in every
        // version so far: a baseline kept from an older claimcheck still gates
        if !SUPPORTED_VERSIONS.contains(&report.version) {
            return Err(Error::input(
                InputLocation::file(path),
                format!(
                    "report version {} is not supported (this claimcheck reads versions 1 to {} \
                     and writes version {})",
                    report.version,
                    super::REPORT_VERSION,
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
        // the same claims as version 1 (reasons as lines) and version 2
        // (typed reasons) write them
        let v1 = r#"{"version": 1, "claims": [
            {"id": "a", "verdict": "unverified", "reasons": ["no source sentence speaks to this claim"]},
            {"id": "b", "verdict": "contradicted", "reasons": ["number 97 bound to Royaume-Uni differs from 79"]}]}"#;
        let v2 = r#"{"version": 2, "claims": [
            {"id": "a", "verdict": "unverified", "reasons": [{"kind": "no-evidence", "text": "no source sentence speaks to this claim"}]},
            {"id": "b", "verdict": "contradicted", "reasons": [{"kind": "number", "effect": "contradicts", "claim": "97", "source": "79", "about": "Royaume-Uni", "text": "number 97 bound to Royaume-Uni differs from 79"}]}]}"#;
        for report in [v1, v2] {
            std::fs::write(&path, report).unwrap();
            let b = Baseline::load(&path).unwrap();
            assert!(!b.regressed("a", Verdict::Unverified));
            assert!(!b.regressed("a", Verdict::Supported));
            assert!(b.regressed("a", Verdict::Contradicted));
            assert!(!b.regressed("b", Verdict::Contradicted));
            assert!(b.regressed("new", Verdict::Disputed));
        }
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
            Baseline::load(&path).unwrap_err().to_string().contains(
                "report version 9 is not supported (this claimcheck reads versions 1 to 2"
            )
        );
    }
}

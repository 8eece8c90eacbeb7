//! Print, for each claim, the decision features of every candidate window
//! (JSON lines), for `scripts/fit_decision.py`.
//!
//! usage: cargo run --release --example features -- CLAIMS_FILE SOURCES_DIR
//! One line a claim: {"id": ..., "windows": [{"relation": ..., "vetoed": bool,
//! "features": [coverage, anchored, novel, missing_weighty, hedged, cross_language],
//! "findings": [[kind, effect, claim side], ...]}]}

use claimcheck::check::{candidate_windows, prepare};
use claimcheck::matcher::{Effect, Relation};
use rayon::prelude::*;
use std::io::Write;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [claims_file, sources_dir] = &args[..] else {
        return Err("usage: features CLAIMS_FILE SOURCES_DIR".into());
    };
    let claims = claimcheck::claims::load(&[PathBuf::from(claims_file)])?;
    let corpus = claimcheck::corpus::load(&[PathBuf::from(sources_dir)])?;
    let prepared = prepare(corpus);
    let lines: Vec<String> = claims
        .par_iter()
        .map(|claim| {
            let windows: Vec<serde_json::Value> = candidate_windows(&prepared, claim)
                .iter()
                .map(|r| {
                    let vetoed = r.findings.iter().any(|f| f.effect == Effect::Blocks);
                    serde_json::json!({
                        "relation": r.relation.as_str(),
                        "contradicts": r.relation == Relation::Contradicts,
                        "vetoed": vetoed,
                        "features": r.features.values(),
                        "findings": r
                            .findings
                            .iter()
                            .map(|f| [f.kind.as_str(), f.effect.code(), f.claim.as_str()])
                            .collect::<Vec<_>>(),
                    })
                })
                .collect();
            serde_json::json!({"id": claim.id, "windows": windows}).to_string()
        })
        .collect();
    let mut out = std::io::stdout().lock();
    for line in lines {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

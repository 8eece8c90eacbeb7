//! Retrieval recall: for each claim of a gold claim set whose deciding
//! sentences are known (`docs:` file prefixes), is a sentence of one of those
//! files among the first K candidates the index returns? Prints recall@1,
//! recall@5 and the claims missed at 5.
//!
//! usage: cargo run --release --example recall -- [GOLD.yaml] [SOURCES_DIR]
//! (defaults: ../shared/eval/dev-claims.yaml and ../shared/seeds)

use claimcheck::check::{check_claim, prepare};
use claimcheck::{claims, corpus};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

#[derive(Deserialize)]
struct GoldSet {
    claims: Vec<GoldClaim>,
}

#[derive(Deserialize)]
struct GoldClaim {
    id: String,
    text: String,
    #[serde(default)]
    docs: Vec<String>,
}

#[derive(Serialize)]
struct PlainClaim<'a> {
    id: &'a str,
    text: &'a str,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let gold_path = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "../shared/eval/dev-claims.yaml".into()),
    );
    let sources = PathBuf::from(args.next().unwrap_or_else(|| "../shared/seeds".into()));
    let gold: GoldSet = serde_yaml_ng::from_str(&std::fs::read_to_string(&gold_path)?)?;
    let dir = tempfile::tempdir()?;
    let claims_path = dir.path().join("claims.yaml");
    let plain: Vec<PlainClaim> = gold
        .claims
        .iter()
        .map(|c| PlainClaim {
            id: &c.id,
            text: &c.text,
        })
        .collect();
    std::fs::write(&claims_path, serde_yaml_ng::to_string(&plain)?)?;
    let claims = claims::load(&[claims_path])?;
    let prepared = prepare(corpus::load(&[sources])?);
    let (mut at1, mut at5, mut total) = (0, 0, 0);
    let mut missed = Vec::new();
    for (claim, g) in claims.iter().zip(&gold.claims) {
        if g.docs.is_empty() {
            continue;
        }
        total += 1;
        let outcome = check_claim(&prepared, claim);
        let hit_rank = outcome.candidates.iter().position(|(r, _)| {
            let path = &prepared.corpus.sources[r.source as usize].path;
            g.docs.iter().any(|d| path.starts_with(d.as_str()))
        });
        match hit_rank {
            Some(0) => {
                at1 += 1;
                at5 += 1;
            }
            Some(r) if r < 5 => at5 += 1,
            _ => missed.push(g.id.clone()),
        }
    }
    let ratio = |n: usize| {
        if total == 0 {
            0.0
        } else {
            n as f64 / total as f64
        }
    };
    println!("claims with known deciding files: {total}");
    println!("recall@1 {:.3} ({at1}/{total})", ratio(at1));
    println!("recall@5 {:.3} ({at5}/{total})", ratio(at5));
    if !missed.is_empty() {
        println!("missed at 5: {}", missed.join(", "));
    }
    Ok(())
}

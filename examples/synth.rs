//! Write a synthetic corpus and its claims to a folder, for the benchmark.
//!
//! usage: cargo run --release --example synth -- OUT_DIR [MEGABYTES] [CLAIMS] [SEED]
//! Writes OUT_DIR/sources/*.txt and OUT_DIR/claims.yaml (each claim with its `expect:`).

use claimcheck::synth::generate;
use std::fmt::Write as _;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = std::path::PathBuf::from(
        args.next()
            .ok_or("usage: synth OUT_DIR [MEGABYTES] [CLAIMS] [SEED]")?,
    );
    let megabytes: f64 = args.next().map_or(Ok(10.0), |a| a.parse())?;
    let claims: usize = args.next().map_or(Ok(1000), |a| a.parse())?;
    let seed: u64 = args.next().map_or(Ok(42), |a| a.parse())?;
    let corpus = generate(seed, (megabytes * 1_000_000.0) as usize, claims);
    let sources = out.join("sources");
    std::fs::create_dir_all(&sources)?;
    for (name, text) in &corpus.files {
        std::fs::write(sources.join(name), text)?;
    }
    let mut yaml = String::from("claims:\n");
    for c in &corpus.claims {
        writeln!(
            yaml,
            "  - {{id: {}, text: {:?}, expect: {}}}",
            c.id, c.text, c.expect
        )?;
    }
    std::fs::write(out.join("claims.yaml"), yaml)?;
    eprintln!(
        "wrote {} files and {} claims to {}",
        corpus.files.len(),
        corpus.claims.len(),
        out.display()
    );
    Ok(())
}

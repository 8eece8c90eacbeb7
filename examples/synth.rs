//! Write a synthetic corpus and its claims to a folder, for the benchmark.
//!
//! usage: cargo run --release --example synth -- OUT_DIR [MEGABYTES] [CLAIMS] [SEED]
//! Writes OUT_DIR/sources/*.txt and OUT_DIR/claims.yaml (each claim with its `expect:`).

use claimcheck::synth::generate;
use clap::Parser;
use std::fmt::Write as _;
use std::path::PathBuf;

/// Write a synthetic corpus (OUT_DIR/sources/*.txt) and its claims
/// (OUT_DIR/claims.yaml, each claim with its `expect:`), for the benchmark.
#[derive(Parser)]
#[command(name = "synth")]
struct Args {
    /// The folder to write into: new, or empty.
    out_dir: PathBuf,
    /// Size of the corpus in megabytes.
    #[arg(default_value_t = 10.0)]
    megabytes: f64,
    /// Number of claims.
    #[arg(default_value_t = 1000)]
    claims: usize,
    /// Seed: the same seed writes the same bytes.
    #[arg(default_value_t = 42)]
    seed: u64,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // clap answers --help and refuses unknown flags, so "-- --help" prints
    // the usage instead of writing thousands of files into a folder named
    // "--help"
    let Args {
        out_dir: out,
        megabytes,
        claims,
        seed,
    } = Args::parse();
    if std::fs::read_dir(&out).is_ok_and(|mut entries| entries.next().is_some()) {
        return Err(format!(
            "{} is not empty: give a new or empty folder (synth writes thousands of files)",
            out.display()
        )
        .into());
    }
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

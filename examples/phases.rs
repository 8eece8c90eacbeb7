//! Time each stage of a run on a sources folder (a profiling aid).
//! usage: cargo run --release --example phases -- SOURCES_DIR CLAIMS_FILE
use claimcheck::check::{check_all, prepare};
use claimcheck::{claims, corpus};
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let sources = std::path::PathBuf::from(args.next().ok_or("SOURCES_DIR")?);
    let claims_path = std::path::PathBuf::from(args.next().ok_or("CLAIMS_FILE")?);
    let t = Instant::now();
    let claims = claims::load(&[claims_path])?;
    let corpus = corpus::load(&[sources])?;
    let t_load = t.elapsed();
    let t = Instant::now();
    let prepared = prepare(corpus);
    let t_prepare = t.elapsed();
    let (terms, postings, postings_bytes) = prepared.index.stats();
    let text: usize = prepared.corpus.sources.iter().map(|s| s.text.len()).sum();
    eprintln!(
        "{} sentences, {terms} terms, {postings} postings in {postings_bytes} bytes, {text} bytes of text",
        prepared.index.len()
    );
    let t = Instant::now();
    let outcomes = check_all(&prepared, &claims);
    let t_check = t.elapsed();
    eprintln!(
        "load {t_load:?}, prepare {t_prepare:?}, check {t_check:?} ({} claims, {} outcomes)",
        claims.len(),
        outcomes.len()
    );
    Ok(())
}

//! Time the sentence analyses alone, on one thread (a profiling aid): the
//! analysis for the index, then the whole analysis a candidate gets.
//! usage: cargo run --release --example analysis_speed -- SOURCES_DIR [ROUNDS]

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use claimcheck::corpus;
use claimcheck::facts::{DateContext, analyse, analyse_for_index};
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let sources = std::path::PathBuf::from(args.next().ok_or("SOURCES_DIR")?);
    let rounds: usize = args.next().map_or(Ok(1), |r| r.parse())?;
    let corpus = corpus::load(&[sources])?;
    let sentences: Vec<(&str, claimcheck::text::Lang)> = corpus
        .sources
        .iter()
        .flat_map(|s| s.sentences.iter().map(|x| (&s.text[x.span()], s.lang)))
        .collect();
    let bytes: usize = sentences.iter().map(|(t, _)| t.len()).sum();
    for (name, whole) in [("for the index", false), ("whole", true)] {
        let t = Instant::now();
        let mut tokens = 0usize;
        for _ in 0..rounds {
            for &(text, lang) in &sentences {
                let f = if whole {
                    analyse(text, lang, DateContext::default())
                } else {
                    analyse_for_index(text, lang, DateContext::default())
                };
                tokens += f.tokens.len();
            }
        }
        let secs = t.elapsed().as_secs_f64() / rounds as f64;
        eprintln!(
            "{name}: {} sentences, {} tokens, {:.3} s, {:.1} MB/s",
            sentences.len(),
            tokens / rounds,
            secs,
            bytes as f64 / secs / 1e6
        );
    }
    Ok(())
}

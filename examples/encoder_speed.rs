//! How fast the sentence encoder turns words into vectors, one at a time and
//! in batches (docs/encoder.md): `cargo run --release --example encoder_speed`.

use claimcheck::encoder::Encoder;
use std::time::Instant;

fn main() {
    let start = Instant::now();
    let encoder = Encoder::shipped();
    println!("load: {:.1} ms", start.elapsed().as_secs_f64() * 1e3);
    let words = [
        "logements",
        "homes",
        "signalé",
        "reported",
        "inondation",
        "approuvé",
        "council",
        "bridge",
        "completed",
        "construction",
    ];
    let start = Instant::now();
    for _ in 0..10 {
        for w in words {
            encoder.embed(w);
        }
    }
    let one = start.elapsed().as_secs_f64() * 1e3 / 100.0;
    println!("a word alone: {one:.3} ms");
    for size in [10, 20, 50, 100] {
        let batch: Vec<&str> = words.iter().copied().cycle().take(size).collect();
        let start = Instant::now();
        encoder.embed_all(&batch);
        let each = start.elapsed().as_secs_f64() * 1e3 / size as f64;
        println!("a word in a batch of {size}: {each:.3} ms");
    }
}

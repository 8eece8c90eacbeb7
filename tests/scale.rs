//! The synthetic corpus at test size: every claim gets the verdict the
//! generator knows it must get, across French and English, counts, dates
//! and negations; and the result does not depend on the number of threads.

use assert_cmd::Command;
use claimcheck::synth::generate;
use serde_json::Value;
use std::fmt::Write as _;

fn write_corpus(dir: &std::path::Path, seed: u64, bytes: usize, claims: usize) -> Vec<String> {
    let corpus = generate(seed, bytes, claims);
    std::fs::create_dir_all(dir.join("sources")).unwrap();
    for (name, text) in &corpus.files {
        std::fs::write(dir.join("sources").join(name), text).unwrap();
    }
    let mut yaml = String::new();
    for c in &corpus.claims {
        writeln!(
            yaml,
            "- {{id: {}, text: {:?}, expect: {}}}",
            c.id, c.text, c.expect
        )
        .unwrap();
    }
    std::fs::write(dir.join("claims.yaml"), yaml).unwrap();
    corpus.claims.iter().map(|c| c.expect.to_string()).collect()
}

fn check(dir: &std::path::Path, threads: &str) -> (Option<i32>, Vec<u8>) {
    let out = Command::cargo_bin("claimcheck")
        .unwrap()
        .env("RAYON_NUM_THREADS", threads)
        .args(["check", "--format", "json", "--claims"])
        .arg(dir.join("claims.yaml"))
        .arg("--sources")
        .arg(dir.join("sources"))
        .output()
        .unwrap();
    (out.status.code(), out.stdout)
}

#[test]
fn every_synthetic_claim_gets_its_known_verdict() {
    let dir = tempfile::tempdir().unwrap();
    let expected = write_corpus(dir.path(), 11, 300_000, 240);
    let (code, out) = check(dir.path(), "2");
    let report: Value = serde_json::from_slice(&out).unwrap();
    let wrong: Vec<String> = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .zip(&expected)
        .filter(|(c, e)| c["verdict"] != e.as_str())
        .map(|(c, e)| format!("{}: {} expected {e}: {}", c["id"], c["verdict"], c["text"]))
        .collect();
    assert!(
        wrong.is_empty(),
        "{} of {} wrong:\n{}",
        wrong.len(),
        expected.len(),
        wrong.join("\n")
    );
    // every expectation met: nothing gates
    assert_eq!(code, Some(0));
}

#[test]
fn one_thread_and_many_give_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    write_corpus(dir.path(), 5, 120_000, 60);
    assert_eq!(check(dir.path(), "1").1, check(dir.path(), "4").1);
}

//! Source provenance: what was read (with SHA-256), copies grouped by
//! origin, attribution chains, HTML pages read with their metadata and
//! without their furniture, and ClaimReview output.

use assert_cmd::Command;
use claimcheck::digest::sha256_hex;
use serde_json::Value;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn json(args: &[&str]) -> Value {
    let out = Command::cargo_bin("claimcheck")
        .unwrap()
        .current_dir(root())
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.code().is_some_and(|c| c < 2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

const FIXTURE_CLAIMS: &str = "tests/fixtures/provenance/claims.yaml";
const FIXTURE_SOURCES: &str = "tests/fixtures/provenance/sources";

#[test]
fn the_report_names_every_file_with_its_sha256() {
    let report = json(&["check", "--format", "json", "--fail-on", "none"]);
    let sources = report["sources"].as_array().unwrap();
    assert_eq!(
        sources.len() as u64,
        report["summary"]["sources"].as_u64().unwrap()
    );
    for s in sources {
        let bytes =
            std::fs::read(root().join("sources").join(s["path"].as_str().unwrap())).unwrap();
        assert_eq!(s["sha256"], sha256_hex(&bytes), "{}", s["path"]);
        assert_eq!(s["bytes"], bytes.len());
    }
}

/// The JSON report of the provenance fixture's claims against its sources.
fn fixture_report() -> Value {
    json(&[
        "check",
        "--claims",
        FIXTURE_CLAIMS,
        "--sources",
        FIXTURE_SOURCES,
        "--format",
        "json",
    ])
}

#[test]
fn a_syndicated_copy_is_one_origin() {
    let inventory = json(&["sources", "--sources", FIXTURE_SOURCES, "--format", "json"]);
    assert_eq!(
        inventory["duplicates"],
        serde_json::json!([["copy.txt", "original.txt"]])
    );
    let report = fixture_report();
    let claim = &report["claims"][0];
    assert_eq!(claim["verdict"], "supported");
    // two files state it, but they are copies of one text
    assert_eq!(
        claim["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["relation"] == "supports")
            .count(),
        2
    );
    let p = &claim["provenance"];
    assert_eq!(p["independent_sources"], 1);
    assert_eq!(p["supporting_origins"], 1);
    assert_eq!(
        p["origins"],
        serde_json::json!([["copy.txt", "original.txt"]])
    );
    // the earliest publication among them, from the manifest
    assert_eq!(p["earliest"]["source"], "original.txt");
    assert_eq!(p["earliest"]["published"], "2021-07-20");
}

#[test]
fn attribution_chains_follow_the_text() {
    let report = fixture_report();
    let e = report["claims"][0]["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["source"] == "original.txt")
        .unwrap();
    assert_eq!(e["attribution"], "Amnesty International");
    assert_eq!(
        e["attribution_chain"],
        serde_json::json!(["Amnesty International", "Le Monde", "HuffPost"])
    );
}

#[test]
fn html_pages_give_their_metadata_and_keep_their_furniture_aside() {
    let inventory = json(&["sources", "--format", "json"]);
    let page = inventory["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["path"] == "005_relais_gantz_parly.html")
        .unwrap();
    assert_eq!(
        page["title"],
        "Pegasus : Benny Gantz assure à Florence Parly qu'Israël prend les allégations au sérieux"
    );
    assert_eq!(page["outlet"], "Le Relais de l'Info");
    assert_eq!(page["author"], "La rédaction avec AFP");
    assert_eq!(
        page["url"],
        "https://relais-info.example/monde/pegasus-gantz-parly"
    );
    assert_eq!(page["published"], "2021-07-29");
    // the page republishes 004: one origin
    assert!(inventory["duplicates"].as_array().unwrap().iter().any(|g| {
        g.as_array()
            .unwrap()
            .iter()
            .any(|p| p == "005_relais_gantz_parly.html")
    }));
    // no evidence quote comes from the page's furniture
    let report = json(&["check", "--format", "json", "--fail-on", "none"]);
    for claim in report["claims"].as_array().unwrap() {
        for e in claim["evidence"].as_array().unwrap() {
            let quote = e["quote"].as_str().unwrap();
            for furniture in [
                "cookies",
                "Partager",
                "Lire aussi",
                "Mentions légales",
                "analytics",
                "Photo AFP",
            ] {
                assert!(
                    !quote.contains(furniture),
                    "{furniture} in evidence: {quote}"
                );
            }
        }
    }
    // spans in the HTML file point at the article's own words
    let html = std::fs::read_to_string(root().join("sources/005_relais_gantz_parly.html")).unwrap();
    let from_page: Vec<&Value> = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["evidence"].as_array().unwrap())
        .filter(|e| e["source"] == "005_relais_gantz_parly.html")
        .collect();
    assert!(!from_page.is_empty());
    for e in from_page {
        let (a, b) = (
            e["byte_start"].as_u64().unwrap() as usize,
            e["byte_end"].as_u64().unwrap() as usize,
        );
        let first_word = e["quote"]
            .as_str()
            .unwrap()
            .split_whitespace()
            .next()
            .unwrap();
        assert!(html[a..b].starts_with(first_word), "{}", &html[a..b]);
        // line and column are the file's own (SARIF, rdjson and GitHub
        // annotations point there), not the text's with its block breaks
        let (line, column) = (
            e["line"].as_u64().unwrap() as usize,
            e["column"].as_u64().unwrap() as usize,
        );
        let at: String = html
            .lines()
            .nth(line - 1)
            .unwrap()
            .chars()
            .skip(column - 1)
            .collect();
        assert!(at.starts_with(first_word), "line {line}:{column}: {at}");
    }
}

#[test]
fn claimreview_is_json_ld_with_the_verdict() {
    // `check --format claimreview` on the shipped example, with more arguments
    let claimreview = |more: &[&str]| {
        Command::cargo_bin("claimcheck")
            .unwrap()
            .current_dir(root())
            .env_remove("CLAIMCHECK_REVIEWER")
            .args(["check", "--format", "claimreview"])
            .args(more)
            .output()
            .unwrap()
    };
    let out = claimreview(&[
        "--fail-on",
        "none",
        "--reviewer",
        "Desk",
        "--review-date",
        "2026-11-23",
    ]);
    let reviews: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("warning"));
    // without a reviewer the markup has no author: said on stderr
    let anonymous = claimreview(&["--fail-on", "none", "--no-config"]);
    assert!(
        String::from_utf8_lossy(&anonymous.stderr)
            .contains("warning: ClaimReview without a reviewer has no `author`"),
        "{}",
        String::from_utf8_lossy(&anonymous.stderr)
    );
    let report = json(&["check", "--format", "json", "--fail-on", "none"]);
    let reviews = reviews.as_array().unwrap();
    assert_eq!(reviews.len(), report["claims"].as_array().unwrap().len());
    for (review, claim) in reviews.iter().zip(report["claims"].as_array().unwrap()) {
        assert_eq!(review["@context"], "https://schema.org");
        assert_eq!(review["@type"], "ClaimReview");
        assert_eq!(review["claimReviewed"], claim["text"]);
        assert_eq!(review["reviewRating"]["@type"], "Rating");
        assert_eq!(review["reviewRating"]["alternateName"], claim["verdict"]);
        assert_eq!(review["author"]["name"], "Desk");
        assert_eq!(review["datePublished"], "2026-11-23");
        assert_eq!(review["itemReviewed"]["@type"], "Claim");
    }
    // the deciding sources are the review's citations, not the claim's
    // appearances (where the claim was made is not in a claims file); the
    // HTML source's canonical URL is a citation's url
    assert!(
        reviews
            .iter()
            .all(|r| r["itemReviewed"].get("appearance").is_none())
    );
    assert!(reviews.iter().any(|r| {
        r["citation"].as_array().is_some_and(|c| {
            c.iter()
                .any(|a| a["url"] == "https://relais-info.example/monde/pegasus-gantz-parly")
        })
    }));
    let bad = claimreview(&["--review-date", "23/11/2026"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn lines_repeated_across_different_articles_are_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    let tagline = "Retrouvez toute l'actualité de la rédaction chaque matin dans votre boîte.";
    let a = format!(
        "Le consortium réunissait 17 médias de dix pays pour enquêter sur le logiciel espion.\nLes journalistes ont travaillé pendant plusieurs mois sur une liste de numéros.\n{tagline}\n"
    );
    let b = format!(
        "Le ministre de la Défense a reçu son homologue mercredi au ministère des Armées.\nIl s'agissait de leur première rencontre depuis 2013, selon le ministère.\n{tagline}\n"
    );
    std::fs::write(dir.path().join("a.txt"), &a).unwrap();
    std::fs::write(dir.path().join("b.txt"), &b).unwrap();
    std::fs::write(dir.path().join("a-copy.txt"), format!("REPRISE\n{a}")).unwrap();
    let inventory = json(&[
        "sources",
        "--sources",
        dir.path().to_str().unwrap(),
        "--format",
        "json",
    ]);
    for s in inventory["sources"].as_array().unwrap() {
        let repeated: Vec<&str> = s["set_aside"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|x| x["reason"] == "line repeated in other sources")
            .map(|x| x["text"].as_str().unwrap())
            .collect();
        // the tagline is furniture everywhere; the copy's shared article lines are not
        assert_eq!(repeated, vec![tagline], "{}", s["path"]);
        let header = usize::from(s["path"] == "a-copy.txt");
        assert_eq!(s["sentences"], 2 + header, "{}", s["path"]);
    }
}

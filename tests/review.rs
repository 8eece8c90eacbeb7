//! `claimcheck review` on the sample draft of docs/examples/: every planted
//! error is found, no correct statement is flagged.

use assert_cmd::Command;
use serde_json::Value;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn review(args: &[&str]) -> (Option<i32>, String) {
    let out = Command::cargo_bin("claimcheck")
        .unwrap()
        .current_dir(root())
        .args(["review", "docs/examples/draft.md", "--color", "never"])
        .args(args)
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    (out.status.code(), String::from_utf8(out.stdout).unwrap())
}

/// The claims of the report that start on `line` of the draft.
fn on_line(report: &Value, line: u64) -> Vec<&Value> {
    report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["location"]["line"] == line)
        .collect()
}

#[test]
fn planted_errors_are_found_and_correct_statements_pass() {
    let (code, out) = review(&["--format", "json"]);
    assert_eq!(code, Some(1), "planted errors gate the run");
    let report: Value = serde_json::from_str(&out).unwrap();

    // correct statements: supported, never gating
    for line in [3, 4, 5, 12] {
        let claims = on_line(&report, line);
        assert!(!claims.is_empty(), "line {line} not checked");
        for c in claims {
            assert_eq!(c["verdict"], "supported", "line {line}: {c}");
            assert_eq!(c["gating"], false);
        }
    }
    // line 5 holds two figures: two claims
    assert_eq!(on_line(&report, 5).len(), 2);
    // a correct quotation
    let quote = on_line(&report, 8)
        .into_iter()
        .find(|c| c["kind"] == "quote")
        .unwrap();
    assert_eq!(quote["verdict"], "supported");

    // a wrong number (Switzerland hosted 36, not 63)
    let wrong_number = on_line(&report, 6)[0];
    assert_eq!(wrong_number["verdict"], "contradicted");
    assert_eq!(wrong_number["reasons"][0]["kind"], "number");
    assert_eq!(wrong_number["reasons"][0]["claim"], "63");
    assert!(
        wrong_number["reasons"][0]["text"]
            .as_str()
            .unwrap()
            .contains("63")
    );
    // a misquote, with its diff
    let misquote = on_line(&report, 9)
        .into_iter()
        .find(|c| c["kind"] == "quote")
        .unwrap();
    assert_eq!(misquote["verdict"], "contradicted");
    assert_eq!(misquote["reasons"][0]["kind"], "misquote");
    assert!(misquote["reasons"][0]["share"].as_f64().unwrap() < 1.0);
    assert!(
        misquote["reasons"][0]["text"]
            .as_str()
            .unwrap()
            .starts_with("misquote")
    );
    assert_eq!(misquote["evidence"][0]["reasons"][0]["kind"], "misquote");
    assert!(
        misquote["evidence"][0]["reasons"][0]["about"]
            .as_str()
            .unwrap()
            .contains("[-chaque semaine-]")
    );
    // a wrong date (28 July, not 29)
    let wrong_date = on_line(&report, 11)[0];
    assert_eq!(wrong_date["verdict"], "contradicted");
    // an unsourced figure
    let unsourced = on_line(&report, 13)[0];
    assert_eq!(unsourced["verdict"], "unverified");
    assert_eq!(unsourced["gating"], true);
    assert!(
        unsourced["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["kind"] == "unsourced" && r["figures"].is_string())
    );

    // exactly the four planted errors gate
    assert_eq!(report["summary"]["gating"], 4);
    // every claim is located in the draft, start and end
    for c in report["claims"].as_array().unwrap() {
        assert!(
            c["location"]["file"]
                .as_str()
                .unwrap()
                .ends_with("draft.md")
        );
        assert!(
            c["location"]["end_line"].as_u64().unwrap() >= c["location"]["line"].as_u64().unwrap()
        );
        assert!(["statement", "quote"].contains(&c["kind"].as_str().unwrap()));
    }
    // the sentences considered, with why: the heading and the opinion are not checked
    let considered = report["considered"].as_array().unwrap();
    let heading = considered.iter().find(|s| s["line"] == 1).unwrap();
    assert_eq!(heading["checked"], false);
    let opinion = considered.iter().find(|s| s["line"] == 15).unwrap();
    assert_eq!(opinion["checked"], false);
    assert!(opinion["why"][0].as_str().unwrap().contains("no fact"));
}

#[test]
fn annotated_draft_marks_each_finding() {
    let (_, out) = review(&["--format", "annotated"]);
    let draft = std::fs::read_to_string(root().join("docs/examples/draft.md")).unwrap();
    // the draft is written back whole, with markers and footnotes added
    let without_marks: String = {
        let mut s = out.split("\n\n[^1]:").next().unwrap().to_string();
        for n in 1..10 {
            s = s.replace(&format!("[^{n}]"), "");
        }
        s
    };
    assert_eq!(without_marks.trim_end(), draft.trim_end());
    for what in ["**contradicted**", "**misquote**", "**unsourced figure**"] {
        assert!(out.contains(what), "{what} missing:\n{out}");
    }
    assert!(
        out.contains("63 NSO servers.[^"),
        "marker after the wrong figure's sentence"
    );
}

#[test]
fn review_errors_are_explained() {
    let out = Command::cargo_bin("claimcheck")
        .unwrap()
        .current_dir(root())
        .args(["review", "no/such/draft.md"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/draft.md"));
    let out = Command::cargo_bin("claimcheck")
        .unwrap()
        .current_dir(root())
        .args(["check", "--format", "annotated"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// A French draft: guillemets with non-breaking spaces, a quotation over two
/// sentences with a dropped and a changed word, a correct quotation, a wrong
/// date and an unsourced figure, among true statements.
#[test]
fn a_french_draft_with_guillemets() {
    let out = Command::cargo_bin("claimcheck")
        .unwrap()
        .current_dir(root())
        .args([
            "review",
            "docs/examples/brouillon.md",
            "--color",
            "never",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "the planted errors gate");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let finding = |line: u64| -> Vec<(String, String)> {
        on_line(&report, line)
            .into_iter()
            .map(|c| {
                (
                    c["finding"].as_str().unwrap().to_string(),
                    c["verdict"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    // the two-sentence misquote, both ways: "de sécurité" dropped, "très
    // régulièrement" changed to "chaque semaine"
    assert_eq!(finding(5), [("misquote".into(), "contradicted".into())]);
    let misquote = on_line(&report, 5)[0];
    let diff = misquote["reasons"][0]["diff"].as_str().unwrap();
    assert!(diff.contains("{+de sécurité+}"), "{diff}");
    assert!(diff.contains("[-chaque semaine-]"), "{diff}");
    assert!(misquote["text"].as_str().unwrap().contains(". Il y a"));
    // who speaks is not a claim of its own
    assert_eq!(on_line(&report, 5).len(), 1);
    // the correct quotation
    assert_eq!(finding(7), [("quote".into(), "supported".into())]);
    // the wrong date, with its reason
    assert_eq!(finding(9), [("wrong date".into(), "contradicted".into())]);
    assert!(
        on_line(&report, 9)[0]["reasons"][0]["source"]
            .as_str()
            .unwrap()
            .contains("18 juillet 2021")
    );
    // the unsourced figure
    assert_eq!(
        finding(11),
        [("unsourced figure".into(), "unverified".into())]
    );
    // the true statements: sourced, never contradicted
    for line in [3, 13] {
        assert_eq!(finding(line), [("sourced".into(), "supported".into())]);
    }
    assert_eq!(report["summary"]["gating"], 3);
}

#[test]
fn the_review_table_names_the_finding_and_the_gating_rows() {
    let out = Command::cargo_bin("claimcheck")
        .unwrap()
        .current_dir(root())
        .env("COLUMNS", "140")
        .args(["review", "docs/examples/brouillon.md", "--color", "never"])
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    for what in [
        "misquote",
        "wrong date",
        "unsourced figure",
        "(gates)",
        "Le logiciel coûterait",
        "3 claim(s) gate this run: L5:28, L9:1, L11:1",
    ] {
        assert!(table.contains(what), "{what} missing:\n{table}");
    }
}

//! The shipped example's JSON report (snapshot), every format on hostile text
//! (escaping), and against the formats' own rules (SARIF schema, XML, JSON).

use assert_cmd::Command;
use serde_json::Value;
use std::fs;
use std::path::PathBuf;

const FORMATS: [&str; 8] = [
    "table", "json", "markdown", "html", "sarif", "junit", "github", "rdjson",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> String {
    let out = Command::cargo_bin("claimcheck")
        .unwrap()
        .current_dir(root())
        .env_remove("NO_COLOR")
        .args(["check", "--fail-on", "none", "--color", "never"])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The JSON report of the shipped example, end to end: the contract every
/// format derives from. The emitters themselves are snapshotted on a fixed
/// report beside their code (src/report/snapshots), so a matcher change
/// shows here once, not in every format.
#[test]
fn snapshot_of_the_shipped_example() {
    let output = run(&["--format", "json"]);
    insta::assert_snapshot!("shipped_json", output);
}

/// A claim and a source full of text that means something to some format.
fn hostile_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let nasty = "<script>alert(\"x\")</script> & 'q' | *b* [l](u) %0A ::error:: \u{202E}evil\u{202C} \u{1b}[2J";
    fs::create_dir_all(dir.path().join("sources")).unwrap();
    fs::write(
        dir.path().join("claims.yaml"),
        format!(
            "- id: hostile\n  text: {}\n",
            serde_json::to_string(&format!("The council gathered 17 members. {nasty}")).unwrap()
        ),
    )
    .unwrap();
    fs::write(
        dir.path().join("sources/a.txt"),
        format!("The council gathered 15 members. {nasty}\n"),
    )
    .unwrap();
    dir
}

/// The report in `format` of a folder's claims.yaml against its sources/.
fn run_hostile(dir: &tempfile::TempDir, format: &str) -> String {
    run(&[
        "--claims",
        dir.path().join("claims.yaml").to_str().unwrap(),
        "--sources",
        dir.path().join("sources").to_str().unwrap(),
        "--format",
        format,
    ])
}

#[test]
fn hostile_text_is_escaped_in_every_format() {
    let dir = hostile_folder();
    for format in FORMATS {
        let out = run_hostile(&dir, format);
        // the claim is found and decided: the hostile text went through
        assert!(out.contains("hostile"), "{format}: claim missing");
        // no format lets a bidi override or an escape sequence through raw
        assert!(
            !out.contains('\u{202E}') || matches!(format, "json" | "sarif" | "rdjson"),
            "{format}: raw bidi control"
        );
        assert!(!out.contains('\u{1b}'), "{format}: raw escape character");
        match format {
            "html" => {
                assert!(
                    !out.contains("<script>alert"),
                    "html: script tag passed through"
                );
                assert!(out.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
                assert!(out.contains("[U+202E]evil"));
            }
            "markdown" => {
                assert!(!out.contains("<script>"), "markdown: raw tag");
                assert!(
                    out.contains("&lt;script&gt;")
                        && out.contains("\\*b\\*")
                        && out.contains("\\[l\\]")
                );
            }
            "junit" => {
                let doc = roxmltree::Document::parse(&out).expect("junit is well-formed XML");
                let case = doc
                    .descendants()
                    .find(|n| n.has_tag_name("testcase"))
                    .unwrap();
                assert_eq!(case.attribute("name"), Some("hostile"));
                assert!(
                    doc.descendants()
                        .any(|n| n.text().is_some_and(|t| t.contains("<script>alert(\"x\")")))
                );
            }
            "github" => {
                for line in out.lines() {
                    assert!(
                        line.starts_with("::"),
                        "github: a message spilled onto its own line: {line:?}"
                    );
                }
                assert!(out.contains("%250A"), "github: % not escaped");
            }
            "json" | "sarif" | "rdjson" => {
                let v: Value = serde_json::from_str(&out).expect("valid JSON");
                assert!(
                    v.to_string().contains("<script>"),
                    "{format}: JSON keeps the text as data"
                );
            }
            _ => {}
        }
    }
}

#[test]
fn sarif_follows_the_2_1_0_schema_and_is_stable() {
    let mut schema: Value = serde_json::from_str(
        &fs::read_to_string(root().join("tests/sarif-schema-2.1.0.json")).unwrap(),
    )
    .unwrap();
    // the rtm.5 schema's `language` patterns are not valid regexes (an
    // unbalanced "]"); the OASIS final text fixed them to this
    fix_language_patterns(&mut schema);
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    for out in [
        run(&["--format", "sarif"]),
        run_hostile(&hostile_folder(), "sarif"),
    ] {
        let sarif: Value = serde_json::from_str(&out).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&sarif)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
    let sarif: Value = serde_json::from_str(&run(&["--format", "sarif"])).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for r in results {
        assert!(r["ruleId"].as_str().unwrap().starts_with("claimcheck/"));
        assert_eq!(
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "claims/pegasus.yaml"
        );
        assert!(r["partialFingerprints"]["claimcheck/v1"].is_string());
    }
    // related locations point into the sources folder, as paths from the working directory
    let related = results
        .iter()
        .flat_map(|r| r["relatedLocations"].as_array().into_iter().flatten())
        .next()
        .unwrap();
    let uri = related["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .unwrap();
    assert!(
        uri.starts_with("sources/") && root().join(uri).exists(),
        "{uri}"
    );
}

#[test]
fn baseline_gates_only_new_or_worse_verdicts() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("sources")).unwrap();
    fs::write(
        dir.path().join("sources/a.txt"),
        "The council gathered 17 members.\n",
    )
    .unwrap();
    let claims = dir.path().join("claims.yaml");
    let sources = dir.path().join("sources");
    let base = dir.path().join("base.json");
    fs::write(
        &claims,
        "- {id: old, text: The council gathered 15 members.}\n",
    )
    .unwrap();
    let check = |extra: &[&str]| {
        Command::cargo_bin("claimcheck")
            .unwrap()
            .args([
                "check",
                "--claims",
                claims.to_str().unwrap(),
                "--sources",
                sources.to_str().unwrap(),
            ])
            .args(extra)
            .output()
            .unwrap()
    };
    // a contradiction gates, and is recorded in the baseline
    assert_eq!(check(&[]).status.code(), Some(1));
    assert_eq!(
        check(&[
            "--format",
            "json",
            "--fail-on",
            "none",
            "--output",
            base.to_str().unwrap()
        ])
        .status
        .code(),
        Some(0)
    );
    // the same contradiction against the baseline does not gate
    assert_eq!(
        check(&["--baseline", base.to_str().unwrap()]).status.code(),
        Some(0)
    );
    // a new contradicted claim does
    fs::write(&claims, "- {id: old, text: The council gathered 15 members.}\n- {id: new, text: The council gathered 16 members.}\n").unwrap();
    assert_eq!(
        check(&["--baseline", base.to_str().unwrap()]).status.code(),
        Some(1)
    );
    // a baseline written by a claimcheck of report version 1 (reasons as
    // lines) still gates the same way
    fs::write(
        &base,
        r#"{"version": 1, "summary": {}, "claims": [{"id": "old", "verdict": "contradicted",
            "reasons": ["number 15 bound to members differs from 17"], "evidence": []}]}"#,
    )
    .unwrap();
    assert_eq!(
        check(&["--baseline", base.to_str().unwrap()]).status.code(),
        Some(1),
        "`new` gates"
    );
    fs::write(
        &claims,
        "- {id: old, text: The council gathered 15 members.}\n",
    )
    .unwrap();
    assert_eq!(
        check(&["--baseline", base.to_str().unwrap()]).status.code(),
        Some(0),
        "`old` is known"
    );
    // a broken baseline is an input error
    fs::write(&base, "{\"version\": 1, \"claims\": [\n  {\"id\": 1}]}").unwrap();
    let out = check(&["--baseline", base.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("base.json:2:"));
}

fn fix_language_patterns(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                if key == "pattern" && value.as_str().is_some_and(|p| p.ends_with("]?$")) {
                    *value = Value::from("^[a-zA-Z]{2}(-[a-zA-Z]{2})?$");
                } else {
                    fix_language_patterns(value);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(fix_language_patterns),
        _ => {}
    }
}

/// ClaimReview is embedded in `<script type="application/ld+json">`: no text
/// from a claim or a page may close it, and only web addresses are links.
#[test]
fn claimreview_is_safe_to_embed() {
    let dir = hostile_folder();
    fs::write(
        dir.path().join("sources/page.html"),
        "<html><head><title>T</script><script>alert(2)</script></title>\
         <link rel=\"canonical\" href=\"javascript:alert(3)\"></head>\
         <body><p>The council gathered 15 members.</p></body></html>",
    )
    .unwrap();
    let out = run_hostile(&dir, "claimreview");
    assert!(!out.contains('<') && !out.contains('>'), "{out}");
    assert!(!out.to_ascii_lowercase().contains("javascript:"), "{out}");
    let v: Value = serde_json::from_str(&out).expect("valid JSON");
    assert!(
        v.to_string().contains("<script>alert"),
        "the text itself is kept"
    );
}

/// Text that is legal in a source but not where a format is embedded:
/// U+FFFE/U+FFFF in JUnit XML, `@mentions` in Markdown pasted into an
/// issue, a file name with a space or `#` in a SARIF URI.
#[test]
fn formats_stay_valid_where_they_are_embedded() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("sources")).unwrap();
    fs::write(
        dir.path().join("claims.yaml"),
        "- {id: odd, text: \"The council gathered 17 members.\"}\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("sources/a b#1.txt"),
        "The council gathered 15 members, said @octocat \u{FFFE}\u{FFFF}.\n",
    )
    .unwrap();
    let args = |format: &str| run_hostile(&dir, format);
    let junit = args("junit");
    roxmltree::Document::parse(&junit).expect("junit is well-formed XML");
    assert!(!junit.contains('\u{FFFE}') && !junit.contains('\u{FFFF}'));
    let markdown = args("markdown");
    assert!(!markdown.contains("@octocat") && markdown.contains("&#64;octocat"));
    let sarif: Value = serde_json::from_str(&args("sarif")).unwrap();
    let uri = sarif["runs"][0]["results"][0]["relatedLocations"][0]["physicalLocation"]
        ["artifactLocation"]["uri"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(uri.ends_with("a%20b%231.txt"), "{uri}");
}

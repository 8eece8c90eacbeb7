//! The `claimcheck` binary on real folders: the shipped example, fixtures,
//! and every input error the claims and sources loaders promise to explain.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::fs;
use std::path::PathBuf;
use tempfile::TempDir;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn claimcheck() -> Command {
    let mut cmd = Command::cargo_bin("claimcheck").expect("binary built");
    cmd.current_dir(root()).env_remove("NO_COLOR");
    cmd
}

/// A temporary folder with the given files (path, contents).
fn folder(files: &[(&str, &[u8])]) -> TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (path, bytes) in files {
        let full = dir.path().join(path);
        fs::create_dir_all(full.parent().unwrap()).unwrap();
        fs::write(full, bytes).unwrap();
    }
    dir
}

/// A project: `claims.yaml` holding `claims`, and text sources under
/// `sources/` (name, text).
fn project(claims: &str, sources: &[(&str, &str)]) -> TempDir {
    let mut files: Vec<(String, &[u8])> = vec![("claims.yaml".to_string(), claims.as_bytes())];
    files.extend(
        sources
            .iter()
            .map(|(name, text)| (format!("sources/{name}"), text.as_bytes())),
    );
    let files: Vec<(&str, &[u8])> = files.iter().map(|(p, b)| (p.as_str(), *b)).collect();
    folder(&files)
}

fn json_report(args: &[&str]) -> Value {
    let out = claimcheck()
        .args(["check", "--format", "json", "--fail-on", "none"])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

const ONE_SOURCE: &[u8] =
    "Le consortium de 17 médias a publié l'enquête le jeudi 22 juillet 2021.\n".as_bytes();

// --- the shipped example ----------------------------------------------------

#[test]
fn default_run_checks_the_shipped_example_and_meets_every_expectation() {
    claimcheck()
        .arg("check")
        .assert()
        .success()
        .stdout(predicate::str::contains("consortium-media"))
        .stdout(predicate::str::contains("000_df39a5de5e689379.txt:"))
        .stdout(predicate::str::contains("gate this run").not());
}

/// Version 2 writes no `null` and no empty string: a field without a
/// value is left out.
fn assert_no_empty_field(value: &Value) {
    match value {
        Value::Null => panic!("a null field"),
        Value::String(s) => assert!(!s.is_empty(), "an empty string"),
        Value::Array(items) => items.iter().for_each(assert_no_empty_field),
        Value::Object(fields) => {
            for (key, v) in fields {
                assert!(
                    !v.is_null() && v.as_str() != Some(""),
                    "`{key}` is empty in {value}"
                );
                assert_no_empty_field(v);
            }
        }
        _ => {}
    }
}

#[test]
fn json_report_typed_reasons_name_what_decides() {
    let report = json_report(&[]);
    let claim = |id: &str| claim_of(&report, id).clone();
    // a number bound to another country: kind, effect and both sides
    let uk = claim("uk-servers-wrong");
    assert_eq!(uk["verdict"], "contradicted");
    let r = &uk["reasons"][0];
    assert_eq!(
        (
            &r["kind"],
            &r["effect"],
            &r["claim"],
            &r["source"],
            &r["about"]
        ),
        (
            &Value::from("number"),
            &Value::from("contradicts"),
            &Value::from("97"),
            &Value::from("79"),
            &Value::from("Royaume-Uni")
        )
    );
    assert_eq!(r["text"], "number 97 bound to Royaume-Uni differs from 79");
    // an unverified claim says how many related sentences it saw
    for c in report["claims"].as_array().unwrap() {
        if c["verdict"] == "unverified" {
            let last = c["reasons"].as_array().unwrap().last().unwrap();
            assert!(
                last["kind"] == "related" && last["count"].as_u64().unwrap() > 0
                    || last["kind"] == "no-evidence",
                "{last}"
            );
        }
    }
}

#[test]
fn json_report_follows_the_contract() {
    let report = json_report(&[]);
    assert_eq!(report["version"], 2);
    let summary = &report["summary"];
    for key in [
        "claims",
        "supported",
        "contradicted",
        "disputed",
        "unverified",
        "sources",
        "sentences",
    ] {
        assert!(summary[key].is_u64(), "summary.{key}");
    }
    assert_eq!(summary["sources"], 6);
    let claims = report["claims"].as_array().unwrap();
    assert_eq!(claims.len() as u64, summary["claims"].as_u64().unwrap());
    let verdicts = ["supported", "contradicted", "disputed", "unverified"];
    let total: u64 = verdicts.iter().map(|v| summary[v].as_u64().unwrap()).sum();
    assert_eq!(total, summary["claims"].as_u64().unwrap());
    let mut with_evidence = 0;
    for claim in claims {
        assert!(claim["id"].is_string() && claim["text"].is_string());
        assert!(verdicts.contains(&claim["verdict"].as_str().unwrap()));
        // version 2: every reason typed, with its line for people
        for r in claim["reasons"].as_array().unwrap() {
            assert!(r["kind"].is_string() && r["text"].is_string(), "{r}");
        }
        assert_no_empty_field(claim);
        for ev in claim["evidence"].as_array().unwrap() {
            with_evidence += 1;
            for key in [
                "line",
                "column",
                "end_line",
                "end_column",
                "byte_start",
                "byte_end",
            ] {
                assert!(ev[key].is_u64(), "evidence.{key} in {}", claim["id"]);
            }
            assert!(
                ["supports", "contradicts", "related"].contains(&ev["relation"].as_str().unwrap())
            );
            assert!(ev["hedged"].is_boolean());
            assert!(
                ev["reasons"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .all(|r| r["kind"].is_string())
            );
            // coverage is a number, the share of the claim stated
            let coverage = ev["reasons"]
                .as_array()
                .unwrap()
                .iter()
                .find(|r| r["kind"] == "coverage")
                .expect("every piece of evidence has its coverage");
            let share = coverage["value"].as_f64().expect("a number");
            assert!((0.0..=1.0).contains(&share), "{coverage}");
            // the quote is exactly the bytes the span points at (in an HTML
            // file, with the markup blanked)
            let path = ev["source"].as_str().unwrap();
            let file = fs::read_to_string(root().join("sources").join(path)).unwrap();
            let text = if path.ends_with(".html") {
                claimcheck::corpus::read_html(&file).text
            } else {
                file
            };
            let (a, b) = (
                ev["byte_start"].as_u64().unwrap() as usize,
                ev["byte_end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[a..b], ev["quote"].as_str().unwrap());
        }
        assert!(claim["provenance"]["independent_sources"].is_u64());
    }
    assert!(with_evidence > 0);
}

#[test]
fn same_input_gives_the_same_bytes() {
    let a = claimcheck()
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    let b = claimcheck()
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(a.stdout, b.stdout);
    let a = claimcheck()
        .args(["check", "--color", "never"])
        .output()
        .unwrap();
    let b = claimcheck()
        .args(["check", "--color", "never"])
        .output()
        .unwrap();
    assert_eq!(a.stdout, b.stdout);
}

// --- verdicts and gating ----------------------------------------------------

fn fixture(name: &str) -> String {
    root()
        .join("tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

/// The claim `id` of a JSON report.
fn claim_of<'r>(report: &'r Value, id: &str) -> &'r Value {
    report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no claim {id}"))
}

/// `check` on fixture `name` (its claims.yaml and sources/) meets every
/// `expect:` (exit 0); its JSON report.
fn fixture_report(name: &str) -> Value {
    let claims = format!("{}/claims.yaml", fixture(name));
    let sources = format!("{}/sources", fixture(name));
    claimcheck()
        .args(["check", "--claims", &claims, "--sources", &sources])
        .assert()
        .success();
    json_report(&["--claims", &claims, "--sources", &sources])
}

#[test]
fn disputed_when_reports_disagree_and_expect_is_honoured() {
    // both claims meet their `expect:`, so nothing gates
    let report = fixture_report("disputed");
    assert_eq!(report["claims"][0]["verdict"], "disputed");
    assert_eq!(report["claims"][1]["verdict"], "unverified");
}

#[test]
fn the_day_a_statement_was_made_does_not_date_the_meeting_it_announces() {
    // the shipped article says "La ministre avait déjà indiqué mardi vouloir
    // saisir l'occasion de cet entretien bilatéral": Tuesday is the day she
    // spoke, not the day of the meeting (Wednesday 28 July, said elsewhere);
    // it neither contradicts the right day nor supports the wrong one
    let dir = folder(&[(
        "claims.yaml",
        b"claims:\n  - {id: right-day, text: \"Florence Parly met her Israeli counterpart on Wednesday 28 July.\"}\n  - {id: wrong-day, text: \"Benny Gantz met Florence Parly on Tuesday 27 July.\"}\n",
    )]);
    let claims = dir.path().join("claims.yaml");
    let report = json_report(&["--claims", claims.to_str().unwrap(), "--sources", "sources"]);
    let right = claim_of(&report, "right-day");
    assert!(
        !["contradicted", "disputed"].contains(&right["verdict"].as_str().unwrap()),
        "{right}"
    );
    assert_ne!(claim_of(&report, "wrong-day")["verdict"], "supported");
}

#[test]
fn a_place_stated_earlier_in_the_article_supports_only_for_the_same_people() {
    // "X was sent to Madrid ... a meeting was held between X and Y": the
    // place comes from context, shown as a reason with its sentence; a place
    // never stated, or stated for someone else, leaves the claim unverified
    let claims = format!("{}/claims.yaml", fixture("context"));
    let sources = format!("{}/sources", fixture("context"));
    claimcheck()
        .args(["check", "--claims", &claims, "--sources", &sources])
        .assert()
        .success();
    let report = json_report(&["--claims", &claims, "--sources", &sources]);
    let verdicts: Vec<&str> = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["verdict"].as_str().unwrap())
        .collect();
    assert_eq!(verdicts, ["supported", "unverified", "unverified"]);
    // (three sentences lie between the place and the meeting: no window
    // holds both)
    let deciding = &report["claims"][0]["evidence"][0];
    assert_eq!(deciding["line"], 9);
    let context = deciding["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] == "context")
        .expect("a context reason");
    assert_eq!(context["claim"], "madrid");
    assert!(
        context["source"]
            .as_str()
            .unwrap()
            .starts_with("La négociatrice norvégienne Anna Keller a été envoyée à Madrid")
    );
}

#[test]
fn acronyms_defined_in_the_sources_stand_for_their_long_forms() {
    // "Direction générale de la sécurité extérieure (DGSE)" in one sentence:
    // a later "La DGSE a confirmé" meets a claim that spells the name out, and
    // "L'ANSSI" (defined in another file) meets the spelled-out name, with its
    // numbers compared as usual
    let claims = format!("{}/claims.yaml", fixture("aliases"));
    let sources = format!("{}/sources", fixture("aliases"));
    claimcheck()
        .args(["check", "--claims", &claims, "--sources", &sources])
        .assert()
        .success();
    let report = json_report(&["--claims", &claims, "--sources", &sources]);
    let got: Vec<(&str, &str, i64)> = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["id"].as_str().unwrap(),
                c["verdict"].as_str().unwrap(),
                c["evidence"][0]["line"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("long-form-meets-acronym", "supported", 9),
            ("acronym-meets-long-form", "supported", 11),
            ("acronym-wrong-count", "contradicted", 11),
            ("english-acronym", "supported", 11),
        ]
    );
}

#[test]
fn an_index_file_is_reused_for_the_same_sources_and_rebuilt_when_they_change() {
    let claims = b"claims:\n  - {id: c1, text: \"Le sommet a r\xc3\xa9uni 42 d\xc3\xa9l\xc3\xa9gations nationales.\", lang: fr}\n";
    let source = "Le sommet a réuni 42 délégations nationales.\n".as_bytes();
    let dir = folder(&[("claims.yaml", claims), ("sources/a.txt", source)]);
    let path = |p: &str| dir.path().join(p).to_string_lossy().into_owned();
    let args = [
        "--claims",
        &path("claims.yaml"),
        "--sources",
        &path("sources"),
        "--index",
        &path("sources.idx"),
    ];
    let plain = json_report(&args[..4]);
    let first = json_report(&args);
    assert_eq!(first, plain, "an index changes no verdict");
    assert_eq!(first["claims"][0]["verdict"], "supported");
    let written = fs::read(path("sources.idx")).unwrap();
    let modified = fs::metadata(path("sources.idx"))
        .unwrap()
        .modified()
        .unwrap();
    // the same sources: the file is read, not written again
    let second = json_report(&args);
    assert_eq!(second, plain);
    assert_eq!(
        fs::metadata(path("sources.idx"))
            .unwrap()
            .modified()
            .unwrap(),
        modified
    );
    // a changed source: the index is built again, and says what the source now says
    fs::write(
        path("sources/a.txt"),
        "Le sommet a réuni 45 délégations nationales.\n",
    )
    .unwrap();
    let third = json_report(&args);
    assert_eq!(third["claims"][0]["verdict"], "contradicted");
    assert_ne!(fs::read(path("sources.idx")).unwrap(), written);
    // a damaged file is not used: built again, same verdicts
    fs::write(path("sources.idx"), b"claimcheck index 1\ngarbage").unwrap();
    assert_eq!(json_report(&args), third);
    // an index that cannot be written is an output error
    let out = claimcheck()
        .args(["check", "--fail-on", "none"])
        .args(&args[..4])
        .args(["--index", &path("no/such/dir/sources.idx")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("sources.idx"), "{stderr}");
    assert!(stderr.contains("does not exist"), "{stderr}");
    // a folder that exists but takes no file (here /proc, even for root):
    // the run goes on and says the index was not saved
    let out = claimcheck()
        .args(["check", "--fail-on", "none", "--format", "json"])
        .args(&args[..4])
        .args(["--index", "/proc/claimcheck-test.idx"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("warning: cannot write /proc/claimcheck-test.idx"),
        "{stderr}"
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        report["claims"][0]["verdict"],
        third["claims"][0]["verdict"]
    );
}

#[test]
fn an_index_is_updated_when_some_sources_change_with_the_report_of_a_fresh_build() {
    let claims = "claims:\n  - {id: c1, text: \"Le sommet a réuni 42 délégations nationales.\", lang: fr}\n  - {id: c2, text: \"Le Maroc a visé 14 ministres.\", lang: fr}\n  - {id: c3, text: \"Amnesty International a publié le rapport le 18 juillet 2021.\", lang: fr}\n";
    let dir = project(
        claims,
        &[
            ("a.txt", "Le sommet a réuni 42 délégations nationales.\n"),
            ("b.txt", "Le Maroc a visé 14 ministres, selon Le Monde.\n"),
            ("c.txt", "La météo sera belle demain. Il fera chaud.\n"),
        ],
    );
    let path = |p: &str| dir.path().join(p).to_string_lossy().into_owned();
    let args = [
        "--claims",
        &path("claims.yaml"),
        "--sources",
        &path("sources"),
        "--index",
        &path("sources.idx"),
    ];
    assert_eq!(json_report(&args), json_report(&args[..4]));
    // one source changed, one removed, one added (before the others in order)
    fs::write(
        path("sources/b.txt"),
        "Le Maroc a visé 15 ministres, selon Le Monde. Le ministre a démenti.\n",
    )
    .unwrap();
    fs::remove_file(path("sources/c.txt")).unwrap();
    fs::write(
        path("sources/0.txt"),
        "Amnesty International a publié le rapport le 18 juillet 2021 (AI).\n",
    )
    .unwrap();
    let updated = json_report(&args);
    assert_eq!(updated, json_report(&args[..4]), "as if built from scratch");
    assert_eq!(updated["claims"][1]["verdict"], "contradicted");
    assert_eq!(updated["claims"][2]["verdict"], "supported");
    // the updated file is read as it is next time, and a file built from
    // scratch gives the same report
    assert_eq!(json_report(&args), updated);
    fs::remove_file(path("sources.idx")).unwrap();
    assert_eq!(json_report(&args), updated);
    // and only the changed source was analysed again
    use claimcheck::check::{IndexUse, prepare_with_index};
    let prepare = || {
        let corpus = claimcheck::corpus::load(&[dir.path().join("sources")]).unwrap();
        // the key the binary used: this user's
        let (key, _) = claimcheck::retrieve::store::IndexKey::of_user();
        prepare_with_index(corpus, &dir.path().join("sources.idx"), &key)
            .unwrap()
            .1
    };
    assert_eq!(prepare(), IndexUse::Read);
    fs::write(path("sources/a.txt"), "Le sommet a réuni 40 délégations.\n").unwrap();
    assert_eq!(prepare(), IndexUse::Updated { analysed: 1 });
    assert_eq!(prepare(), IndexUse::Read);
    fs::write(path("sources.idx"), b"claimcheck index 3\ngarbage").unwrap();
    assert_eq!(prepare(), IndexUse::Built);
}

#[test]
fn html_character_references_decide_as_the_characters_they_stand_for() {
    let claims = "claims:\n  - {id: c1, text: \"Le consortium réunissait 17 médias.\", lang: fr}\n  - {id: c2, text: \"Le consortium réunissait 20 médias.\", lang: fr}\n";
    let page = |body: &str| {
        format!("<html><body><article>\n<h1>Titre</h1>\n<p>{body}</p>\n</article></body></html>\n")
    };
    let written = |body: &str| {
        let dir = project(claims, &[("page.html", &page(body))]);
        let path = |p: &str| dir.path().join(p).to_string_lossy().into_owned();
        json_report(&[
            "--claims",
            &path("claims.yaml"),
            "--sources",
            &path("sources"),
        ])
    };
    let plain = written("Le consortium réunissait 17 médias.");
    let referenced = written("Le consortium r&eacute;unissait 17 m&#233;dias.");
    for report in [&plain, &referenced] {
        assert_eq!(report["claims"][0]["verdict"], "supported");
        assert_eq!(report["claims"][1]["verdict"], "contradicted");
        let at = &report["claims"][0]["evidence"][0];
        assert_eq!(
            (at["line"].as_i64(), at["column"].as_i64()),
            (Some(3), Some(4))
        );
    }
}

#[test]
fn every_bad_claim_of_a_file_is_reported_at_once() {
    let claims = "claims:\n  - id: a\n    text: \"Le sommet a réuni 42 délégations.\"\n  - id: b\n    txt: \"a typo\"\n  - id: c\n    text: \"\"\n  # a comment between claims\n  - {id: d, text: \"ok\", expect: maybe}\n  - id: e\n    text: \"fine\"\n";
    let dir = project(claims, &[("a.txt", "Le sommet a réuni 42 délégations.\n")]);
    let path = |p: &str| dir.path().join(p).to_string_lossy().into_owned();
    let out = claimcheck()
        .args([
            "check",
            "--claims",
            &path("claims.yaml"),
            "--sources",
            &path("sources"),
        ])
        .args(["--output", &path("report.json")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for expected in [
        "claims.yaml:5:5: unknown key `txt`",
        "did you mean `text`?",
        "claims.yaml:7:11: claims[2].text: claim text is empty",
        "claims.yaml:9:33: unknown value `maybe`",
        "3 problems, each shown above",
    ] {
        assert!(stderr.contains(expected), "{expected} in:\n{stderr}");
    }
    // each with its line and a caret
    assert_eq!(stderr.matches("^\n").count(), 3, "{stderr}");
    assert!(!dir.path().join("report.json").exists());
    // one bad claim: the one message, as before
    fs::write(
        path("claims.yaml"),
        "claims:\n  - id: a\n    text: \"ok\"\n  - id: c\n    text: \"\"\n",
    )
    .unwrap();
    let out = claimcheck()
        .args([
            "check",
            "--claims",
            &path("claims.yaml"),
            "--sources",
            &path("sources"),
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr.contains("claims.yaml:5:11: claims[1].text: claim text is empty"),
        "{stderr}"
    );
    assert!(!stderr.contains("problems"), "{stderr}");
}

/// The deciding reasons of each claim of a report, by claim id.
fn deciding_kinds(report: &Value) -> std::collections::BTreeMap<String, Vec<String>> {
    report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let kinds = c["evidence"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|e| e["relation"] != "related")
                .flat_map(|e| e["reasons"].as_array().unwrap().iter())
                .filter(|r| r["effect"] == "contradicts" || r["effect"] == "supports")
                .map(|r| {
                    format!(
                        "{}:{}",
                        r["kind"].as_str().unwrap(),
                        r["effect"].as_str().unwrap()
                    )
                })
                .collect();
            (c["id"].as_str().unwrap().to_string(), kinds)
        })
        .collect()
}

#[test]
fn words_no_dictionary_pairs_are_found_by_meaning() {
    // near-synonyms and translations the lexicons lack ("homes" /
    // "dwellings", "logements" across languages): the claim is supported,
    // the word found by meaning shown as a `meaning` reason with its cosine;
    // a wrong amount beside it still contradicts; every `expect:` is met
    let report = fixture_report("meaning");
    let claim = |id: &str| claim_of(&report, id).clone();
    let homes = claim("homes");
    assert_eq!(homes["verdict"], "supported");
    let reasons = homes["evidence"][0]["reasons"].as_array().unwrap();
    let meaning = reasons
        .iter()
        .find(|r| r["kind"] == "meaning")
        .expect("a meaning reason");
    assert_eq!(meaning["claim"], "homes");
    assert_eq!(meaning["source"], "dwellings");
    assert!(meaning["value"].as_f64().unwrap() >= 0.74);
    assert!(
        reasons
            .iter()
            .any(|r| r["kind"] == "number" && r["effect"] == "supports")
    );
    assert_eq!(claim("requested-wrong-amount")["verdict"], "contradicted");
    assert_eq!(claim("reopened")["verdict"], "unverified");
}

#[test]
fn wordings_a_tired_reader_gets_wrong() {
    // bounds that agree, a percentage with no noun, "no deaths" in the
    // sentence after the fire, "neither ... nor", an amount before its noun,
    // coordinated nouns, a start year, "about", a number inside a name, a
    // weekday that does not fit its date, a date off by one, a reporting
    // verb and its opposite across languages (the party named by common
    // nouns), a negation in the sentence after the one naming the subject:
    // every `expect:` is met (the check exits 0), each for its reason
    let report = fixture_report("traps");
    let kinds = deciding_kinds(&report);
    let has = |id: &str, kind: &str| {
        assert!(
            kinds[id].iter().any(|k| k == kind),
            "{id}: no {kind} in {:?}",
            kinds[id]
        )
    };
    has("bound-agrees", "number:supports");
    has("percent-wrong", "number:contradicts");
    has("deaths", "negation:contradicts");
    has("neither-nor", "negation:contradicts");
    has("amount-before-noun", "number:contradicts");
    has("coordinated-count", "number:contradicts");
    has("start-year", "date:contradicts");
    has("approximation", "number:supports");
    has("weekday-wrong", "weekday:contradicts");
    has("date-off-by-one", "date:contradicts");
    has("confirmed-denied", "denial:contradicts");
    has("continued-subject", "negation:contradicts");
    // the same across languages
    has("fr-bound-agrees", "number:supports");
    has("fr-percent-wrong", "number:contradicts");
    has("fr-deaths", "negation:contradicts");
    has("fr-neither-nor", "negation:contradicts");
    has("fr-amount-before-noun", "number:contradicts");
    has("fr-coordinated-count", "number:contradicts");
    has("fr-approximation", "number:supports");
    has("fr-weekday-wrong", "weekday:contradicts");
    has("fr-date-off-by-one", "date:contradicts");
    // bounds and intervals, months and years
    has("bound-below-figure", "number:supports");
    has("disjoint-bounds", "number:contradicts");
    has("percent-bound", "number:contradicts");
    has("month-wrong", "date:contradicts");
    has("fr-bound-against-figure", "number:contradicts");
    has("fr-month-wrong", "date:contradicts");
    // "Covid-19" is no count: nothing numeric decides it
    assert!(
        kinds["name-with-digits"]
            .iter()
            .all(|k| !k.starts_with("number")),
        "{:?}",
        kinds["name-with-digits"]
    );
}

#[test]
fn each_kind_of_contradiction_and_its_look_alikes() {
    // every claim of the fixture carries the verdict a careful reader gives:
    // counts, list entities, amounts, dates, weekdays, negation, and the
    // look-alikes (another noun, a condition) that must not contradict
    let report = fixture_report("contradictions");
    let kinds: Vec<String> = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["verdict"] == "contradicted")
        .flat_map(|c| {
            c["evidence"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|e| e["relation"] == "contradicts")
                .flat_map(|e| e["reasons"].as_array().unwrap().iter())
                .filter(|r| r["effect"] == "contradicts")
                .map(|r| r["kind"].as_str().unwrap().to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    for kind in ["number", "date", "weekday", "negation"] {
        assert!(
            kinds.iter().any(|k| k == kind),
            "no contradiction of kind {kind}: {kinds:?}"
        );
    }
}

#[test]
fn claims_worded_otherwise_and_their_look_alikes() {
    // one kind of wording per claim (a weekday of another clause, bounds,
    // a sole percentage, "no deaths", a stance, neither/nor, coordinated
    // nouns, start dates, a number inside a name, a negation over the
    // claim's words, an attribute of someone else, an opposite state, an
    // exclusive statement, a refutation, a link denied, going on against
    // ending, a contrast turned round, the other side of an anchor in time,
    // another country, "non-", a denied clause within a longer claim, the
    // other end of a trip, a participle read as its verb, the widest of
    // places written one inside the other, a name only as who reports the
    // words, a part of the whole the claim counts, a port left that the
    // window has the ship sail for on the same day, a relation between two
    // names the other way round, a date of an event that only took place:
    // its word's, not another event's beside it, a vote's tally changed or
    // its sides swapped, the conditional of a past report read as its
    // future, not a hedge, two named parties swapped around the verb, a
    // weekday that does not fit the date of an event that only took place,
    // a count followed by an adverb, a range, "nearly", a change against a
    // level, another month's figure, a date's bound, a negated reluctance,
    // a purpose clause, a decade, people counted by their act, a
    // quantifier, an act ahead, a title written as another name's, a
    // figure of another party's clause, a denial by a pronoun, a
    // quantity moved the other way or left unchanged, a date beside
    // another event of a sentence that dates the claim's otherwise, a
    // named person given another citizenship, an age against an age or a
    // length of time, "not ... until", a negation that excepts the claim's
    // party, a title written with a word that makes it another post, a
    // saying called false by an adverb, an act on the verge, a question,
    // a time of the day, a superlative ranked second, "no longer" against
    // the past and the present, a subject that only says who did it,
    // believes it, or says it after the words, a state that ended, an act
    // named by its noun and put off, an accusation, what was only
    // supposed to happen, a figure given again for others, the date of an
    // aim, what a firm said it would do or could do and its figure, a side
    // taken on something else, an act banned, considered, faced or only
    // offered, an act found by meaning in a noun another verb governs, an
    // act aimed at or of interest, a place in a series stated nowhere, a
    // tally given to the other decision, an act one is sentenced to or
    // threatened with, arrested at a place, a warrant for an arrest, "no
    // fewer than", a weak negation, a whole and a half, "a few thousand", a
    // part of a breakdown by place, another act denied, "doit encore", "yet
    // to", a day excepted, "lives" as a verb, a painting as a "tableau",
    // "quinze jours" and "huit jours", another unit of length, a temperature
    // below zero, a former post and a candidate's, a possibility against a
    // future, a place set against another, a change against a level, a
    // figure with more added after it, a figure for against one against,
    // the claim's date given to another event of the sentence, the date of
    // an act only announced, a negation bounded by "before", "loin d'être",
    // a part of the whole thing, a figure of another name's relative
    // clause, a rate against a sum, a call on someone to act, alive against
    // dead, a death only announced, a death in the event survived, a
    // survival and a death after it, an injury's other degree, for the
    // subject's relative too and across languages, a death in other
    // words, a killer's act, an accusation with its party and of a noun, a
    // reproach, the figure of a reproach a claim reports, "les faits" as
    // facts, one claim word under a negation with the claim's verb
    // missing, "without ever", a capital that denies for its country the
    // allegations of the sentence before, a place beside a list of
    // others, figures on several parties' words: the claim's party's, the
    // other party's, a party that gives "le chiffre de", a claim that
    // names none, a party the sentence does not name, Brussels as a
    // party, a conditional reported as fact, and its look-alikes: the
    // content alone, another speaker, the condition reported with it, a
    // date in a relative clause of the claim's word, or of another subject,
    // the claim's act itself the object of an act denied: "n'avait pas
    // divulgué l'appel", the city a court is "of", more of a kind with
    // its noun left out, against others and as a total, an opposite in the
    // translation of a glossary phrase, the country a company is based in
    // against its demonym, the country named only as a party, a post the
    // source gives another name while it gives the claim's name another,
    // and the posts of their holders, an order phrase before a comma whose
    // clause reports a negation, the end of a trip told by its city against
    // its start told by the country, a proposal another person made, the
    // demonym of the state a service is of, a meeting dated by what one of
    // its two parties told the other that day, a title with a bare noun
    // after "à", an amount after an aside between commas, a verb that
    // governs another object than the claim's, said apart, a citizenship
    // the window writes only of a thing, a bound beside a figure within it
    // that is no copy of its own, a hyphenated compound of the dictionary,
    // a figure of listed countries together against one of them's, the
    // past of 'leave' and the weekday of its event, a figure beside an
    // offset from a record, another party's figure in a clause of its own,
    // the day a statement of an act ahead was made, a denial that an event
    // was the first since a start, a start dated by the same verb, the
    // place of a meeting a demonstrative points back to, a figure found
    // bound where the claim's verb is not, a denial of a predicate worded
    // otherwise whose bound figures are found, a title the article gives
    // one name),
    // each with the verdict a careful reader gives:
    // `check` meets every `expect:`
    let report = fixture_report("wordings");
    let reason = |id: &str| -> Vec<String> {
        claim_of(&report, id)["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|e| e["reasons"].as_array().unwrap().iter())
            .filter(|r| r["effect"] == "contradicts")
            .map(|r| r["kind"].as_str().unwrap().to_string())
            .collect()
    };
    for (id, kind) in [
        ("weekday-of-another-clause", "date"),
        ("offset-beside-the-figure", "number"),
        ("offset-beside-the-figure-fr", "number"),
        ("figure-of-another-partys-clause", "number"),
        ("not-the-first-since", "negation"),
        ("not-the-first-since-fr", "negation"),
        ("start-of-the-same-verb", "date"),
        ("demonstrative-antecedent", "negation"),
        ("demonstrative-antecedent-fr", "negation"),
        ("figure-found-for-the-verb", "number"),
        ("figure-found-for-the-verb-en", "number"),
        ("denied-predicate-anchored", "negation"),
        ("denied-predicate-anchored-fr", "negation"),
        ("title-read-as-its-holder", "date"),
        ("title-read-as-its-holder-fr", "date"),
        ("day-off-by-one", "date"),
        ("weekday-off", "weekday"),
        ("percent-sole-figure", "number"),
        ("no-fewer-than-below", "number"),
        ("years-and-a-half", "number"),
        ("part-by-place-named", "number"),
        ("day-excepted", "exclusive"),
        ("lives-not-anymore", "negation"),
        ("quinze-jours-wrong", "number"),
        ("below-zero", "number"),
        ("figure-for-against", "number"),
        ("date-beside-another-event", "weekday"),
        ("date-of-the-other-event", "date"),
        ("date-of-the-other-event-fr", "date"),
        ("date-of-the-other-event-coordinated", "date"),
        ("before-a-time-compared", "negation"),
        ("far-from-finished", "negation"),
        ("alive-against-dead", "opposite"),
        ("dead-against-alive", "opposite"),
        ("another-persons-death", "opposite"),
        ("survived-against-killed", "opposite"),
        ("injury-degree", "opposite"),
        ("injury-degree-of-the-wife", "opposite"),
        ("injury-degree-across", "opposite"),
        ("none-reported", "negation"),
        ("stance", "denial"),
        ("neither-nor", "negation"),
        ("amount-before-noun", "number"),
        ("coordinated-more-than-whole", "number"),
        ("start-date-wrong", "date"),
        ("number-in-a-name-wrong", "number"),
        ("opposite-state", "opposite"),
        ("exclusive", "exclusive"),
        ("refuted", "refuted"),
        ("unrelated", "negation"),
        ("aspect", "opposite"),
        ("contrast-turned", "opposite"),
        ("order-in-time", "opposite"),
        ("bound-country", "location"),
        ("court-of-another-city", "location"),
        ("court-of-another-city-fr", "location"),
        ("others-against-others", "number"),
        ("opposite-in-a-glossary-phrase", "opposite"),
        ("based-in-another-country", "location"),
        ("based-in-another-country-en", "location"),
        ("post-held-by-another", "person"),
        ("post-held-by-another-en", "person"),
        ("post-held-by-another-label", "person"),
        ("post-held-by-another-fr", "person"),
        ("order-of-a-fronted-phrase", "opposite"),
        ("order-span-told-by-its-country", "opposite"),
        ("act-of-another-person", "person"),
        ("act-of-another-person-en", "person"),
        ("demonym-of-the-state", "location"),
        ("citizenship-given-to-a-thing", "location"),
        ("citizenship-given-to-a-thing-fr", "location"),
        ("bound-beside-a-figure-within", "number"),
        ("bound-beside-a-figure-within-en", "number"),
        ("hyphenated-compound", "number"),
        ("listed-countries-part-over-whole", "number"),
        ("left-past-form", "weekday"),
        ("meeting-dated-by-an-exchange", "date"),
        ("meeting-dated-by-an-exchange-fr", "date"),
        ("title-with-a-bare-noun-after-a", "location"),
        ("title-with-a-bare-noun-after-a-en", "location"),
        ("amount-after-an-aside", "number"),
        ("amount-after-an-aside-en", "number"),
        ("non-prefix", "negation"),
        ("denied-clause-within-claim", "negation"),
        ("ranked-by-figures-wrong", "number"),
        ("part-of-the-whole", "number"),
        ("other-end-of-a-voyage", "direction"),
        ("other-end-of-a-voyage-en", "direction"),
        ("converse-owner", "converse"),
        ("converse-successor", "converse"),
        ("sides-swapped", "comparison"),
        ("other-end-of-a-trip", "opposite"),
        ("wider-place-country", "location"),
        ("took-place-other-day", "date"),
        ("figure-of-another-party", "number"),
        ("denied-by-pronoun", "denial"),
        ("tally-changed", "number"),
        ("tally-swapped", "number"),
        ("reported-future-negated", "negation"),
        ("reproach-reported-figure", "number"),
        ("without-ever", "negation"),
        ("conditional-said-as-fact", "condition"),
        ("conditional-said-as-fact-across", "condition"),
        ("conditional-said-as-fact-en", "condition"),
        ("reported-future-across", "negation"),
        ("conditional-verb-negated", "negation"),
        ("zero-denies-its-noun", "negation"),
        ("all-but-one", "exclusive"),
        ("petition-other-side", "opposite"),
        ("duration-of-one", "number"),
        ("undecided-question", "negation"),
        ("ranked-by-figures-davantage", "number"),
        ("first-since-other-year", "date"),
        ("weekday-does-not-fit-taken-place", "weekday"),
        ("count-then-adverb", "number"),
        ("range-past", "number"),
        ("nearly-is-under", "number"),
        ("date-bound-past", "date"),
        ("negated-reluctance-denied", "negation"),
        ("decade-other", "date"),
        ("quantifier-excludes", "number"),
        ("movement-other-way", "opposite"),
        ("movement-other-way-fr", "opposite"),
        ("moved-against-unchanged", "opposite"),
        ("moved-against-unchanged-fr", "opposite"),
        ("age-differs", "number"),
        ("age-against-length", "number"),
        ("length-against-age", "number"),
        ("said-falsely", "refuted"),
        ("clock-time-differs", "number"),
        ("clock-time-of-another-event", "number"),
        ("superlative-ranked", "number"),
        ("no-longer-against-present", "negation"),
        ("citizenship-of-another", "location"),
        ("citizenship-in-a-title", "location"),
        ("capital-denies", "denial"),
        ("capital-denies-en", "denial"),
        ("capital-denies-across", "denial"),
        ("figure-of-the-other-party", "number"),
        ("figure-of-the-other-party-en", "number"),
        ("figure-given-by-the-claims-party", "number"),
        ("figure-with-its-party-alone", "number"),
    ] {
        assert!(
            reason(id).iter().any(|k| k == kind),
            "{id}: {:?}",
            reason(id)
        );
    }
}

#[test]
fn an_english_demonym_is_weighed_without_its_capital() {
    // "German" is written with a capital and used by no source: it weighs
    // as a rare name would, and left in, the rest of the claim looked
    // stated too little for the court's other country to contradict
    let dir = folder(&[
        (
            "claims.yaml",
            b"- id: court\n  text: A German court fined the company 2 million euros.\n",
        ),
        (
            "sources/a.txt",
            b"The minister spoke yesterday. The meeting lasted two hours. The weather was fine.\nA Swiss court fined the company 2 million euros.\n",
        ),
    ]);
    let claims = dir.path().join("claims.yaml").display().to_string();
    let sources = dir.path().join("sources").display().to_string();
    let report = json_report(&["--claims", &claims, "--sources", &sources]);
    let claim = &report["claims"][0];
    assert_eq!(claim["verdict"], "contradicted", "{claim}");
    assert!(
        claim["evidence"][0]["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["kind"] == "location" && r["effect"] == "contradicts"),
        "{claim}"
    );
}

#[test]
fn fail_on_decides_the_exit_code() {
    let dir = folder(&[
        (
            "claims.yaml",
            b"- id: wrong\n  text: The consortium gathered 15 media outlets.\n",
        ),
        (
            "sources/a.txt",
            b"The consortium gathered 17 media outlets from ten countries.\n",
        ),
    ]);
    let claims = dir.path().join("claims.yaml").display().to_string();
    let sources = dir.path().join("sources").display().to_string();
    let run = |fail_on: &str| {
        claimcheck()
            .args([
                "check",
                "--claims",
                &claims,
                "--sources",
                &sources,
                "--fail-on",
                fail_on,
            ])
            .assert()
    };
    run("contradicted")
        .code(1)
        .stdout(predicate::str::contains("contradicted"));
    run("none").code(0);
    run("disputed").code(0);
    run("supported,contradicted").code(1);
    run("sometimes")
        .code(2)
        .stderr(predicate::str::contains("--fail-on"));
}

#[test]
fn an_expectation_that_is_not_met_gates() {
    let dir = folder(&[
        ("claims.yaml", b"- id: right\n  text: The consortium gathered 17 media outlets.\n  expect: contradicted\n"),
        ("sources/a.txt", b"The consortium gathered 17 media outlets from ten countries.\n"),
    ]);
    let claims = dir.path().join("claims.yaml").display().to_string();
    let sources = dir.path().join("sources").display().to_string();
    claimcheck()
        .args([
            "check",
            "--claims",
            &claims,
            "--sources",
            &sources,
            "--fail-on",
            "none",
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("expected contradicted"));
}

#[test]
fn per_claim_source_globs_restrict_the_evidence() {
    let dir = folder(&[
        (
            "claims.yaml",
            b"- id: c\n  text: The consortium gathered 17 media outlets.\n  sources: [\"b.txt\"]\n",
        ),
        (
            "sources/a.txt",
            b"The consortium gathered 17 media outlets.\n",
        ),
        ("sources/b.txt", b"The weather was fine in Lyon.\n"),
    ]);
    let report = json_report(&[
        "--claims",
        &dir.path().join("claims.yaml").display().to_string(),
        "--sources",
        &dir.path().join("sources").display().to_string(),
    ]);
    assert_eq!(report["claims"][0]["verdict"], "unverified");
    assert!(
        report["claims"][0]["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["source"] == "b.txt")
    );
}

// --- output ----------------------------------------------------------------

#[test]
fn output_file_is_written_whole_and_stdout_stays_empty() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.json");
    claimcheck()
        .args([
            "check",
            "--format",
            "json",
            "--output",
            out.to_str().unwrap(),
        ])
        .assert()
        .success()
        .stdout(predicate::str::is_empty());
    let report: Value = serde_json::from_str(&fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(report["version"], 2);
}

#[test]
fn output_is_not_written_when_the_input_is_bad() {
    let dir = folder(&[("claims.yaml", b"claims: [\n")]);
    let out = dir.path().join("report.json");
    claimcheck()
        .args([
            "check",
            "--claims",
            dir.path().join("claims.yaml").to_str().unwrap(),
            "--output",
            out.to_str().unwrap(),
        ])
        .assert()
        .code(2);
    assert!(!out.exists());
}

#[test]
fn colour_follows_the_flag_and_no_color() {
    let coloured = claimcheck()
        .args(["check", "--color", "always"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&coloured.stdout).contains("\u{1b}["));
    let plain = claimcheck()
        .args(["check", "--color", "never"])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&plain.stdout).contains("\u{1b}["));
    // not a terminal: no colour by default
    let piped = claimcheck().arg("check").output().unwrap();
    assert!(!String::from_utf8_lossy(&piped.stdout).contains("\u{1b}["));
    // CLICOLOR_FORCE asks for colour through a pipe; NO_COLOR wins over it
    let forced = claimcheck()
        .arg("check")
        .env("CLICOLOR_FORCE", "1")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&forced.stdout).contains("\u{1b}["));
    let refused = claimcheck()
        .arg("check")
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&refused.stdout).contains("\u{1b}["));
}

#[test]
fn version_and_help() {
    claimcheck()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::contains(env!("CARGO_PKG_VERSION")));
    claimcheck()
        .args(["check", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--fail-on"))
        .stdout(predicate::str::contains("Exit codes"));
    // the manual page, in roff, names every command
    let out = claimcheck().arg("manpage").output().unwrap();
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.contains(".TH claimcheck 1"));
    for command in ["check", "review", "serve", "init", "explain", "sources"] {
        assert!(
            page.contains(command),
            "{command} missing from the manual page"
        );
    }
}

// --- input errors: exit 2, file and line named, nothing on stdout -------------

/// Run `check` on a claims file with `yaml` and the shipped sources; expect
/// exit 2 and an error naming `claims.yaml:LINE:`.
fn claims_error(yaml: &str, line: usize, message: &str) {
    let dir = folder(&[("claims.yaml", yaml.as_bytes())]);
    let path = dir.path().join("claims.yaml");
    let out = claimcheck()
        .args(["check", "--claims", path.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{yaml:?}: {stderr}");
    assert!(out.stdout.is_empty(), "{yaml:?}: stdout not empty");
    let located = format!("claims.yaml:{line}:");
    assert!(
        stderr.contains(&located),
        "{yaml:?}: expected {located} in {stderr}"
    );
    assert!(
        stderr.contains(message),
        "{yaml:?}: expected {message:?} in {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn bad_claims_are_explained_with_file_line_and_column() {
    claims_error(
        "claims:\n  - id: a\n    text: [unclosed\n",
        4,
        "flow sequence started at 3:11",
    );
    claims_error(
        "claims:\n  - id: a\n    text: France hosted 35 servers.\n    expect: maybe\n",
        4,
        "maybe",
    );
    claims_error(
        "claims:\n  - id: a\n    txt: France hosted 35 servers.\n",
        3,
        "did you mean `text`",
    );
    claims_error(
        "claims:\n  - id: a\n    text: France hosted 35 servers.\n    sources: 3\n",
        4,
        "",
    );
    claims_error("claims:\n  - id: a\n", 2, "text");
    claims_error("claims:\n  - id: a\n    text: \"  \"\n", 3, "empty");
    claims_error(
        "claims:\n  - id: a\n    text: One.\n  - id: a\n    text: Two.\n",
        4,
        "duplicate",
    );
    claims_error("- id: a\n  text: One.\n  severity: fatal\n", 3, "fatal");
    claims_error("- text: No id here.\n", 1, "id");
    claims_error("- {id: a, text: x, lang: de}\n", 1, "use one of: en, fr");
    claims_error(
        "- {id: a, text: x, sources: [\"[bad\"]}\n",
        1,
        "bad glob `[bad`",
    );
}

#[test]
fn duplicate_ids_across_files_name_both_places() {
    let dir = folder(&[
        ("a.yaml", b"- id: same\n  text: One.\n"),
        (
            "b.yaml",
            b"- {id: other, text: Two.}\n- {id: same, text: Three.}\n",
        ),
    ]);
    claimcheck()
        .args(["check", "--claims", dir.path().to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("b.yaml:2:"))
        .stderr(predicate::str::contains("a.yaml:1"));
}

#[test]
fn missing_paths_and_bad_sources_are_usage_errors() {
    claimcheck()
        .args(["check", "--claims", "no/such/claims.yaml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/claims.yaml"));
    claimcheck()
        .args(["check", "--sources", "no/such/dir"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/dir"));
    let dir = folder(&[
        ("sources/a.txt", ONE_SOURCE),
        (
            "sources/sources.yaml",
            b"sources:\n  - path: ../outside.txt\n",
        ),
    ]);
    claimcheck()
        .args([
            "check",
            "--sources",
            dir.path().join("sources").to_str().unwrap(),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("sources.yaml:2:"));
    let dir = folder(&[
        ("sources/a.txt", ONE_SOURCE),
        (
            "sources/sources.yaml",
            b"sources:\n  - path: a.txt\n    published: 22/07/2021\n",
        ),
    ]);
    claimcheck()
        .args([
            "check",
            "--sources",
            dir.path().join("sources").to_str().unwrap(),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("sources.yaml:3:"));
}

#[test]
fn windows_1252_and_html_sources_are_read() {
    let mut latin = b"Le consortium r".to_vec();
    latin.push(0xE9); // é in Windows-1252
    latin.extend_from_slice(b"unissait 17 m\xE9dias.\n");
    let dir = folder(&[
        ("claims.yaml", b"- {id: c, text: \"Le consortium r\xC3\xA9unissait 17 m\xC3\xA9dias.\", lang: fr}\n"),
        ("sources/latin.txt", &latin),
        ("sources/page.html", b"<html><head><script>var x = 1;</script></head><body><p>Unrelated <b>page</b>.</p></body></html>"),
    ]);
    let report = json_report(&[
        "--claims",
        &dir.path().join("claims.yaml").display().to_string(),
        "--sources",
        &dir.path().join("sources").display().to_string(),
    ]);
    assert_eq!(report["claims"][0]["verdict"], "supported");
    assert_eq!(report["claims"][0]["evidence"][0]["source"], "latin.txt");
    assert_eq!(report["summary"]["sources"], 2);
}

#[test]
fn explain_traces_one_claim_and_rejects_unknown_ids() {
    claimcheck()
        .args(["explain", "consortium-media"])
        .assert()
        .success()
        .stdout(predicate::str::contains("candidates"))
        .stdout(predicate::str::contains("verdict: supported"));
    claimcheck()
        .args(["explain", "no-such-claim"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no-such-claim"));
}

/// The messages a new user met, with their new text: suggestions only for
/// near misses, enum values in any case, `review -` from stdin, `sources
/// --color`, and an unknown top-level key that names what is allowed.
#[test]
fn messages_a_new_user_meets() {
    // a typo gets a suggestion, an unrelated id none
    claimcheck()
        .args(["explain", "consortium-medai"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `consortium-media`?"));
    claimcheck()
        .args(["explain", "zzz"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean").not());
    // the example in --help names a shipped claim
    let help = claimcheck().args(["check", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    let example = help
        .lines()
        .find_map(|l| l.trim().strip_prefix("claimcheck explain "))
        .and_then(|rest| rest.split_whitespace().next())
        .expect("an explain example");
    claimcheck().args(["explain", example]).assert().success();
    // enum values in any case
    claimcheck()
        .args([
            "check",
            "--format",
            "JSON",
            "--fail-on",
            "none",
            "--color",
            "NEVER",
        ])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("{"));
    claimcheck()
        .args(["sources", "--color", "never"])
        .assert()
        .success();
    // a draft on standard input
    claimcheck()
        .args(["review", "-", "--format", "json", "--fail-on", "none"])
        .write_stdin("Le consortium réunissait 17 médias.\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("\"verdict\": \"supported\""));
    // an unknown top-level key: the allowed one is named
    let dir = folder(&[("claims.yaml", b"claim:\n  - {id: a, text: x}\n")]);
    claimcheck()
        .args(["check", "--claims"])
        .arg(dir.path().join("claims.yaml"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown key `claim`"))
        .stderr(predicate::str::contains("did you mean `claims`?"))
        .stderr(predicate::str::contains("allowed keys: claims"));
}

/// On 80 columns the table fits: no line wider than the terminal, ids and
/// verdicts whole.
#[test]
fn the_table_fits_80_columns() {
    let out = claimcheck()
        .args(["check", "--color", "never", "--fail-on", "none"])
        .env("COLUMNS", "80")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let widest = text.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(widest <= 80, "{widest} columns:\n{text}");
    assert!(text.contains("consortium-media-wrong") && text.contains("contradicted"));
}

#[test]
fn the_html_report_marks_the_fact_where_the_matcher_saw_it() {
    // "14" occurs twice in the sentence; the claim's 14 counts the ministers
    let dir = folder(&[
        (
            "claims.yaml",
            "claims:\n  - {id: ministers, text: \"14 ministres ont participé au conseil du 15 mars.\"}\n"
                .as_bytes(),
        ),
        (
            "sources/a.txt",
            "Le 15 mars, à 14 heures, 14 ministres ont participé au conseil.\n".as_bytes(),
        ),
    ]);
    let out = claimcheck()
        .current_dir(dir.path())
        .args(["check", "--claims", "claims.yaml", "--sources", "sources"])
        .args(["--format", "html", "--fail-on", "none"])
        .output()
        .unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.contains("<mark>14</mark> ministres"), "{html}");
    assert!(!html.contains("<mark>14</mark> heures"), "{html}");
}

#[test]
fn init_scaffolds_a_project_that_a_bare_check_passes() {
    let dir = tempfile::tempdir().unwrap();
    claimcheck()
        .current_dir(dir.path())
        .arg("init")
        .assert()
        .success();
    for file in [
        "claimcheck.toml",
        "claims/example.yaml",
        "sources/example.txt",
        ".github/workflows/claimcheck.yml",
        ".pre-commit-config.yaml",
    ] {
        assert!(dir.path().join(file).is_file(), "{file} missing");
    }
    // the settings are found from the project folder and below it
    let deeper = dir.path().join("drafts/2026");
    fs::create_dir_all(&deeper).unwrap();
    for cwd in [dir.path(), deeper.as_path()] {
        let out = claimcheck()
            .current_dir(cwd)
            .args(["check", "--color", "never"])
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let table = String::from_utf8(out.stdout).unwrap();
        assert!(table.contains("bridge-vote-wrong") && table.contains("contradicted"));
    }
    // the configured index was written
    assert!(dir.path().join(".claimcheck-index").is_file());
    // the command line wins: no claim fails under --fail-on none, and a
    // claim's expectation still does
    let out = claimcheck()
        .current_dir(dir.path())
        .args(["check", "--fail-on", "none", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    // init never overwrites
    let out = claimcheck()
        .current_dir(dir.path())
        .arg("init")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("already holds claimcheck.toml"));
}

#[test]
fn a_python_project_keeps_its_settings_in_pyproject() {
    let dir = folder(&[
        (
            "pyproject.toml",
            b"[project]\nname = \"newsroom\"\n\n[tool.claimcheck]\nclaims = [\"facts\"]\nsources = [\"articles\"]\nfail-on = \"none\"\n",
        ),
        (
            "facts/a.yaml",
            b"- {id: council-wrong, text: The council gathered 15 members.}\n",
        ),
        ("articles/a.txt", b"The council gathered 17 members.\n"),
    ]);
    // found from a folder below, its paths relative to the file, its
    // fail-on applied (the contradiction does not fail the run)
    let below = dir.path().join("docs");
    fs::create_dir_all(&below).unwrap();
    let out = claimcheck()
        .current_dir(&below)
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["claims"][0]["verdict"], "contradicted");
    // the command line still wins
    claimcheck()
        .current_dir(&below)
        .args(["check", "--fail-on", "contradicted"])
        .assert()
        .code(1);
}

#[test]
fn a_bad_config_is_explained_and_can_be_ignored() {
    let dir = folder(&[
        (
            "claimcheck.toml",
            b"claims = [\"claims\"]\nfail_on = \"none\"\n",
        ),
        (
            "claims/a.yaml",
            b"- {id: a, text: The council gathered 17 members.}\n",
        ),
        ("sources/a.txt", b"The council gathered 17 members.\n"),
    ]);
    let out = claimcheck()
        .current_dir(dir.path())
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("claimcheck.toml:2:1") && stderr.contains("fail-on"),
        "{stderr}"
    );
    claimcheck()
        .current_dir(dir.path())
        .args(["check", "--no-config"])
        .assert()
        .success();
}

/// Progress on a terminal (run under `script`, util-linux's pseudo-terminal
/// wrapper), none when stderr is piped or with --quiet; --summary prints the
/// counts and the gating claims only.
#[cfg(unix)]
#[test]
fn progress_on_a_terminal_only_and_a_summary_on_request() {
    let bin = env!("CARGO_BIN_EXE_claimcheck");
    let under_pty = |args: &str| {
        let out = std::process::Command::new("script")
            .current_dir(root())
            .args([
                "-qec",
                &format!("{bin} check --color never {args} > /dev/null"),
                "/dev/null",
            ])
            .output()
            .expect("util-linux `script` runs the check on a pseudo-terminal");
        String::from_utf8_lossy(&out.stdout).to_string()
    };
    let shown = under_pty("");
    assert!(
        shown.contains("reading sources") && shown.contains("claims ["),
        "{shown:?}"
    );
    assert!(!under_pty("--quiet").contains("claims ["));
    let piped = claimcheck()
        .current_dir(root())
        .args(["check", "--color", "never"])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&piped.stderr).contains("claims ["));

    let out = claimcheck()
        .current_dir(root())
        .args(["check", "--summary", "--fail-on", "contradicted"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        text.starts_with("18 claims: 12 supported, 5 contradicted"),
        "{text}"
    );
}

#[test]
fn an_input_error_shows_the_line_with_a_caret() {
    let dir = folder(&[
        (
            "claims.yaml",
            b"claims:\n  - {id: a, text: \"x y z\", gold: supported}\n",
        ),
        ("sources/a.txt", b"The council gathered 17 members.\n"),
    ]);
    let out = claimcheck()
        .current_dir(dir.path())
        .args(["check", "--claims", "claims.yaml", "--sources", "sources"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let expected = "claims.yaml:2:28: unknown key `gold`\n  |\n2 |   - {id: a, text: \"x y z\", gold: supported}\n  |                            ^\n";
    assert!(stderr.contains(expected), "{stderr}");
}

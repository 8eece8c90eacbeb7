//! `claimcheck shard`: the check split by source shards and claim shards
//! gives the report one machine gives, byte for byte, and every step
//! refuses inputs that do not belong together with a located error.
//! (The same steps under Spark: scripts/spark_test.py, run by .ci/run.)

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn claimcheck() -> Command {
    let mut cmd = Command::cargo_bin("claimcheck").expect("binary built");
    cmd.current_dir(root()).arg("--no-config");
    cmd
}

fn run_ok(cmd: &mut Command) {
    let out = cmd.output().expect("runs");
    assert!(
        out.status.success(),
        "{:?} failed: {}",
        cmd,
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Run `claimcheck` and give (exit code, stderr).
fn run_err(cmd: &mut Command) -> (i32, String) {
    let out = cmd.output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// The intermediate files of a run, in `dir`.
struct Run<'a> {
    dir: &'a Path,
    claims: &'a str,
    sources: &'a str,
}

impl Run<'_> {
    fn file(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    fn scan(&self, n: usize) {
        for k in 0..n {
            run_ok(claimcheck().args([
                "shard",
                "scan",
                "--sources",
                self.sources,
                "--shard",
                &format!("{k}/{n}"),
                "--output",
                s(&self.file(&format!("scan-{k}"))),
            ]));
        }
    }

    fn merge(&self, out: &str, inputs: &[String]) {
        let mut cmd = claimcheck();
        cmd.args(["shard", "merge", "--output", s(&self.file(out))]);
        for i in inputs {
            cmd.arg(s(&self.file(i)));
        }
        run_ok(&mut cmd);
    }

    fn count(&self, n: usize) {
        for k in 0..n {
            run_ok(claimcheck().args([
                "shard",
                "count",
                "--sources",
                self.sources,
                "--shard",
                &format!("{k}/{n}"),
                "--layout",
                s(&self.file("layout")),
                "--output",
                s(&self.file(&format!("count-{k}"))),
            ]));
        }
    }

    fn search(&self, n: usize, m: usize) {
        for k in 0..n {
            for j in 0..m {
                run_ok(claimcheck().args([
                    "shard",
                    "search",
                    "--claims",
                    self.claims,
                    "--sources",
                    self.sources,
                    "--shard",
                    &format!("{k}/{n}"),
                    "--claim-shard",
                    &format!("{j}/{m}"),
                    "--layout",
                    s(&self.file("layout")),
                    "--counts",
                    s(&self.file("counts")),
                    "--output",
                    s(&self.file(&format!("found-{k}-{j}"))),
                ]));
            }
        }
    }

    fn select(&self, n: usize, m: usize) {
        for j in 0..m {
            let mut cmd = claimcheck();
            cmd.args([
                "shard",
                "select",
                "--output",
                s(&self.file(&format!("selected-{j}"))),
            ]);
            for k in 0..n {
                cmd.arg(s(&self.file(&format!("found-{k}-{j}"))));
            }
            run_ok(&mut cmd);
        }
    }

    fn match_selected(&self, n: usize, m: usize) {
        for k in 0..n {
            for j in 0..m {
                run_ok(claimcheck().args([
                    "shard",
                    "match",
                    "--claims",
                    self.claims,
                    "--sources",
                    self.sources,
                    "--shard",
                    &format!("{k}/{n}"),
                    "--selected",
                    s(&self.file(&format!("selected-{j}"))),
                    "--layout",
                    s(&self.file("layout")),
                    "--counts",
                    s(&self.file("counts")),
                    "--output",
                    s(&self.file(&format!("matched-{k}-{j}"))),
                ]));
            }
        }
    }

    fn decide(&self, n: usize, m: usize) {
        for j in 0..m {
            let mut cmd = claimcheck();
            cmd.args([
                "shard",
                "decide",
                "--selected",
                s(&self.file(&format!("selected-{j}"))),
                "--output",
                s(&self.file(&format!("out-{j}"))),
            ]);
            for k in 0..n {
                cmd.arg(s(&self.file(&format!("matched-{k}-{j}"))));
            }
            run_ok(&mut cmd);
        }
    }

    fn report(&self, m: usize, format: &str) -> Vec<u8> {
        let mut cmd = claimcheck();
        cmd.args([
            "shard",
            "report",
            "--claims",
            self.claims,
            "--sources",
            self.sources,
            "--layout",
            s(&self.file("layout")),
            "--counts",
            s(&self.file("counts")),
            "--format",
            format,
            "--fail-on",
            "none",
            "--color",
            "never",
        ]);
        for j in 0..m {
            cmd.arg(s(&self.file(&format!("out-{j}"))));
        }
        let out = cmd.output().expect("runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    }

    /// Every step, for `n` source shards and `m` claim shards.
    fn all(&self, n: usize, m: usize) {
        self.scan(n);
        self.merge(
            "layout",
            &(0..n).map(|k| format!("scan-{k}")).collect::<Vec<_>>(),
        );
        self.count(n);
        self.merge(
            "counts",
            &(0..n).map(|k| format!("count-{k}")).collect::<Vec<_>>(),
        );
        self.search(n, m);
        self.select(n, m);
        self.match_selected(n, m);
        self.decide(n, m);
    }
}

fn one_machine(claims: &str, sources: &str, format: &str) -> Vec<u8> {
    let out = claimcheck()
        .args([
            "check",
            "--claims",
            claims,
            "--sources",
            sources,
            "--format",
            format,
            "--fail-on",
            "none",
            "--color",
            "never",
        ])
        .output()
        .expect("runs");
    assert!(out.status.success());
    out.stdout
}

#[test]
fn any_partition_of_the_shipped_example_gives_one_machines_report() {
    let expected = one_machine("claims/pegasus.yaml", "sources", "json");
    let table = one_machine("claims/pegasus.yaml", "sources", "markdown");
    let report: serde_json::Value = serde_json::from_slice(&expected).unwrap();
    // the example decides claims from several sources: a partition splits them
    assert!(report["summary"]["supported"].as_u64().unwrap() >= 5);
    for (n, m) in [(2, 3), (3, 1), (7, 2)] {
        let dir = tempfile::tempdir().unwrap();
        let run = Run {
            dir: dir.path(),
            claims: "claims/pegasus.yaml",
            sources: "sources",
        };
        run.all(n, m);
        assert!(
            run.report(m, "json") == expected,
            "{n} source shards, {m} claim shards: another JSON report"
        );
        assert!(
            run.report(m, "markdown") == table,
            "{n} x {m}: another Markdown report"
        );
    }
}

/// A corpus where shards must agree on what only the whole corpus knows:
/// a syndicated copy (one origin), furniture repeated across origins (set
/// aside), an acronym defined in one file and used in another, and words
/// whose weight depends on every file.
fn syndicated() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    let article = "Le Conseil national du numérique (CNNum) a publié mardi 3 mars 2020 un rapport sur la souveraineté numérique.\n\nSelon ce rapport, 42 administrations utilisent encore des logiciels étrangers pour leurs messageries.\n\nAbonnez-vous à notre lettre d'information quotidienne.\n";
    let files = [
        ("a.txt", article.to_string()),
        (
            "b.txt",
            format!("{article}\nRepris avec l'autorisation de l'auteur.\n"),
        ),
        (
            "c.txt",
            "Le CNNum recommande de migrer les messageries des ministères vers des logiciels libres d'ici 2024.\n\nAbonnez-vous à notre lettre d'information quotidienne.\n".to_string(),
        ),
        (
            "d.txt",
            "La météo sera clémente en Bretagne ce week-end, avec 18 degrés à Rennes.\n".to_string(),
        ),
    ];
    fs::create_dir_all(dir.path().join("sources")).unwrap();
    for (name, text) in files {
        fs::write(dir.path().join("sources").join(name), text).unwrap();
    }
    fs::write(
        dir.path().join("claims.yaml"),
        "claims:\n  - {id: admins, text: \"42 administrations use foreign software for their messaging.\"}\n  - {id: wrong, text: \"45 administrations utilisent des logiciels étrangers.\"}\n  - {id: cnnum, text: \"Le CNNum recommande les logiciels libres.\"}\n  - {id: meteo, text: \"Il fera 18 degrés à Rennes.\"}\n",
    )
    .unwrap();
    dir
}

#[test]
fn shards_agree_on_origins_furniture_and_acronyms_of_the_whole_corpus() {
    let project = syndicated();
    let claims = project.path().join("claims.yaml");
    let sources = project.path().join("sources");
    let expected = one_machine(s(&claims), s(&sources), "json");
    let report: serde_json::Value = serde_json::from_slice(&expected).unwrap();
    let origins: Vec<u64> = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["origin"].as_u64().unwrap())
        .collect();
    assert_eq!(origins[0], origins[1], "a.txt and b.txt are one origin");
    assert_ne!(origins[0], origins[2]);
    // the newsletter line of a.txt, b.txt and c.txt is furniture, not a sentence
    assert_eq!(report["summary"]["sentences"], 6);
    // the copies contradict the wrong figure as one origin
    let wrong = &report["claims"][1];
    assert_eq!(wrong["verdict"], "contradicted");
    assert_eq!(wrong["evidence"].as_array().unwrap().len(), 2);
    assert_eq!(wrong["provenance"]["independent_sources"], 1);
    for (n, m) in [(2, 1), (3, 2), (4, 1)] {
        let dir = tempfile::tempdir().unwrap();
        let run = Run {
            dir: dir.path(),
            claims: s(&claims),
            sources: s(&sources),
        };
        run.all(n, m);
        assert!(
            run.report(m, "json") == expected,
            "{n} x {m}: another report"
        );
    }
}

/// A complete run's files, to break one at a time.
fn complete_run(dir: &Path) -> Run<'_> {
    let run = Run {
        dir,
        claims: "claims/pegasus.yaml",
        sources: "sources",
    };
    run.all(2, 2);
    run
}

#[test]
fn a_missing_or_repeated_shard_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let run = complete_run(dir.path());
    let (code, err) = run_err(claimcheck().args([
        "shard",
        "merge",
        "--output",
        s(&run.file("layout2")),
        s(&run.file("scan-0")),
    ]));
    assert_eq!(code, 2);
    assert!(err.contains("shard 1/2 is missing"), "{err}");
    assert!(!run.file("layout2").exists(), "nothing written");
    let (code, err) = run_err(claimcheck().args([
        "shard",
        "merge",
        "--output",
        s(&run.file("counts2")),
        s(&run.file("count-1")),
        s(&run.file("count-1")),
    ]));
    assert_eq!(code, 2);
    assert!(err.contains("shard 1/2 given twice"), "{err}");
    let (code, err) = run_err(claimcheck().args([
        "shard",
        "select",
        "--output",
        s(&run.file("sel-x")),
        s(&run.file("found-0-0")),
        s(&run.file("found-1-1")),
    ]));
    assert_eq!(code, 2);
    assert!(err.contains("another claim shard"), "{err}");
    // matched files of one claim shard decided with the selection of another
    let (code, err) = run_err(claimcheck().args([
        "shard",
        "decide",
        "--selected",
        s(&run.file("selected-1")),
        "--output",
        s(&run.file("out-x")),
        s(&run.file("matched-0-0")),
        s(&run.file("matched-1-0")),
    ]));
    assert_eq!(code, 2);
    assert!(err.contains("another selection"), "{err}");
    assert!(!run.file("out-x").exists(), "nothing written");
    // a report without every claim shard's outcomes
    let (code, err) = run_err(claimcheck().args([
        "shard",
        "report",
        "--claims",
        "claims/pegasus.yaml",
        "--layout",
        s(&run.file("layout")),
        "--counts",
        s(&run.file("counts")),
        s(&run.file("out-1")),
    ]));
    assert_eq!(code, 2);
    assert!(err.contains("shard 0/2 is missing"), "{err}");
}

#[test]
fn files_of_another_kind_layout_or_corpus_are_refused_with_their_line() {
    let dir = tempfile::tempdir().unwrap();
    let run = complete_run(dir.path());
    // a scan file where a layout is wanted
    let (code, err) = run_err(claimcheck().args([
        "shard",
        "count",
        "--shard",
        "0/2",
        "--layout",
        s(&run.file("scan-0")),
        "--output",
        s(&run.file("c")),
    ]));
    assert_eq!(code, 2);
    assert!(
        err.contains("scan-0:1:1") && err.contains("`scan` file"),
        "{err}"
    );
    // a damaged record: located at its line
    let layout = fs::read_to_string(run.file("layout")).unwrap();
    let mut lines: Vec<&str> = layout.lines().collect();
    lines[2] = "{\"source\": {\"source\": 1, \"path\": ";
    fs::write(run.file("damaged"), lines.join("\n")).unwrap();
    let (code, err) = run_err(claimcheck().args([
        "shard",
        "count",
        "--shard",
        "0/2",
        "--layout",
        s(&run.file("damaged")),
        "--output",
        s(&run.file("c")),
    ]));
    assert_eq!(code, 2);
    assert!(
        err.contains("damaged:3:1") && err.contains("not a shard record"),
        "{err}"
    );
    assert!(!run.file("c").exists());
    // counts of another corpus (here: the layout changed) are refused
    let other = tempfile::tempdir().unwrap();
    let project = syndicated();
    let sources = project.path().join("sources");
    let claims = project.path().join("claims.yaml");
    let other_run = Run {
        dir: other.path(),
        claims: s(&claims),
        sources: s(&sources),
    };
    other_run.all(1, 1);
    let (code, err) = run_err(claimcheck().args([
        "shard",
        "search",
        "--shard",
        "0/2",
        "--layout",
        s(&run.file("layout")),
        "--counts",
        s(&other_run.file("counts")),
        "--output",
        s(&run.file("c")),
    ]));
    assert_eq!(code, 2);
    assert!(err.contains("made from another layout"), "{err}");
}

#[test]
fn sources_changed_since_the_layout_are_refused() {
    let project = syndicated();
    let claims = project.path().join("claims.yaml");
    let sources = project.path().join("sources");
    let dir = tempfile::tempdir().unwrap();
    let run = Run {
        dir: dir.path(),
        claims: s(&claims),
        sources: s(&sources),
    };
    run.scan(2);
    run.merge("layout", &["scan-0".into(), "scan-1".into()]);
    fs::write(sources.join("d.txt"), "Il pleuvra à Rennes.\n").unwrap();
    let (code, err) = run_err(claimcheck().args([
        "shard",
        "count",
        "--sources",
        s(&sources),
        "--shard",
        "1/2",
        "--layout",
        s(&run.file("layout")),
        "--output",
        s(&run.file("count-1")),
    ]));
    assert_eq!(code, 2);
    assert!(
        err.contains("`d.txt` changed since the layout was made"),
        "{err}"
    );
    fs::write(sources.join("e.txt"), "Un nouvel article.\n").unwrap();
    let (code, err) = run_err(claimcheck().args([
        "shard",
        "count",
        "--sources",
        s(&sources),
        "--shard",
        "0/2",
        "--layout",
        s(&run.file("layout")),
        "--output",
        s(&run.file("count-0")),
    ]));
    assert_eq!(code, 2);
    assert!(err.contains("files were added or removed"), "{err}");
}

#[test]
fn a_shard_that_is_not_k_of_n_is_a_usage_error() {
    for bad in ["2/2", "1/0", "x/3", "3"] {
        let (code, err) =
            run_err(claimcheck().args(["shard", "scan", "--shard", bad, "--output", "/tmp/x"]));
        assert_eq!(code, 2, "{bad}");
        assert!(err.contains("is not a shard K/N"), "{bad}: {err}");
    }
}

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

/// Run `claimcheck`, which must refuse (exit 2), and give its stderr.
fn refused(cmd: &mut Command) -> String {
    let (code, err) = run_err(cmd);
    assert_eq!(code, 2, "{err}");
    err
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

    /// `claimcheck shard STEP ARGS... --output OUT INPUTS...`, the named
    /// files taken in this run's folder.
    fn step(&self, step: &str, args: &[&str], out: &str, inputs: &[String]) {
        let mut cmd = claimcheck();
        cmd.args(["shard", step]).args(args);
        cmd.args(["--output", s(&self.file(out))]);
        for i in inputs {
            cmd.arg(s(&self.file(i)));
        }
        run_ok(&mut cmd);
    }

    /// The sources and the merged statistics, as the steps that need them take them.
    fn corpus_args(&self) -> Vec<String> {
        let f = |n: &str| s(&self.file(n)).to_string();
        vec![
            "--sources".into(),
            self.sources.into(),
            "--layout".into(),
            f("layout"),
            "--counts".into(),
            f("counts"),
        ]
    }

    /// Every step, for `n` source shards and `m` claim shards.
    fn all(&self, n: usize, m: usize) {
        let part = |k: usize, of: usize| format!("{k}/{of}");
        let names = |prefix: &str| (0..n).map(|k| format!("{prefix}-{k}")).collect::<Vec<_>>();
        self.layout(n);
        for k in 0..n {
            let layout = s(&self.file("layout")).to_string();
            let args = [
                "--sources",
                self.sources,
                "--shard",
                &part(k, n),
                "--layout",
                &layout,
            ];
            self.step("count", &args, &format!("count-{k}"), &[]);
        }
        self.step("merge", &[], "counts", &names("count"));
        let corpus = self.corpus_args();
        let corpus: Vec<&str> = corpus.iter().map(String::as_str).collect();
        for j in 0..m {
            for k in 0..n {
                let mut args = vec!["--claims", self.claims, "--shard"];
                let (kn, jm) = (part(k, n), part(j, m));
                args.extend([kn.as_str(), "--claim-shard", jm.as_str()]);
                args.extend(&corpus);
                self.step("search", &args, &format!("found-{k}-{j}"), &[]);
            }
            let found: Vec<String> = (0..n).map(|k| format!("found-{k}-{j}")).collect();
            self.step("select", &[], &format!("selected-{j}"), &found);
            let selected = s(&self.file(&format!("selected-{j}"))).to_string();
            for k in 0..n {
                let kn = part(k, n);
                let mut args = vec!["--claims", self.claims, "--shard", kn.as_str()];
                args.extend(["--selected", selected.as_str()]);
                args.extend(&corpus);
                self.step("match", &args, &format!("matched-{k}-{j}"), &[]);
            }
            let matched: Vec<String> = (0..n).map(|k| format!("matched-{k}-{j}")).collect();
            let args = ["--selected", selected.as_str()];
            self.step("decide", &args, &format!("out-{j}"), &matched);
        }
    }

    fn report(&self, m: usize, format: &str) -> Vec<u8> {
        let mut cmd = claimcheck();
        cmd.args(["shard", "report", "--claims", self.claims]);
        cmd.args(self.corpus_args());
        cmd.args(["--format", format, "--fail-on", "none", "--color", "never"]);
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

    /// The scan files of `n` shards merged into the layout.
    fn layout(&self, n: usize) {
        for k in 0..n {
            let args = ["--sources", self.sources, "--shard", &format!("{k}/{n}")];
            self.step("scan", &args, &format!("scan-{k}"), &[]);
        }
        let scans: Vec<String> = (0..n).map(|k| format!("scan-{k}")).collect();
        self.step("merge", &[], "layout", &scans);
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
    let err = refused(claimcheck().args([
        "shard",
        "merge",
        "--output",
        s(&run.file("layout2")),
        s(&run.file("scan-0")),
    ]));
    assert!(err.contains("shard 1/2 is missing"), "{err}");
    assert!(!run.file("layout2").exists(), "nothing written");
    let err = refused(claimcheck().args([
        "shard",
        "merge",
        "--output",
        s(&run.file("counts2")),
        s(&run.file("count-1")),
        s(&run.file("count-1")),
    ]));
    assert!(err.contains("shard 1/2 given twice"), "{err}");
    let err = refused(claimcheck().args([
        "shard",
        "select",
        "--output",
        s(&run.file("sel-x")),
        s(&run.file("found-0-0")),
        s(&run.file("found-1-1")),
    ]));
    assert!(err.contains("another claim shard"), "{err}");
    // matched files of one claim shard decided with the selection of another
    let err = refused(claimcheck().args([
        "shard",
        "decide",
        "--selected",
        s(&run.file("selected-1")),
        "--output",
        s(&run.file("out-x")),
        s(&run.file("matched-0-0")),
        s(&run.file("matched-1-0")),
    ]));
    assert!(err.contains("another selection"), "{err}");
    assert!(!run.file("out-x").exists(), "nothing written");
    // a report without every claim shard's outcomes
    let err = refused(claimcheck().args([
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
    assert!(err.contains("shard 0/2 is missing"), "{err}");
}

#[test]
fn files_of_another_kind_layout_or_corpus_are_refused_with_their_line() {
    let dir = tempfile::tempdir().unwrap();
    let run = complete_run(dir.path());
    // a scan file where a layout is wanted
    let err = refused(claimcheck().args([
        "shard",
        "count",
        "--shard",
        "0/2",
        "--layout",
        s(&run.file("scan-0")),
        "--output",
        s(&run.file("c")),
    ]));
    assert!(
        err.contains("scan-0:1:1") && err.contains("`scan` file"),
        "{err}"
    );
    // a damaged record: located at its line
    let layout = fs::read_to_string(run.file("layout")).unwrap();
    let mut lines: Vec<&str> = layout.lines().collect();
    lines[2] = "{\"source\": {\"source\": 1, \"path\": ";
    fs::write(run.file("damaged"), lines.join("\n")).unwrap();
    let err = refused(claimcheck().args([
        "shard",
        "count",
        "--shard",
        "0/2",
        "--layout",
        s(&run.file("damaged")),
        "--output",
        s(&run.file("c")),
    ]));
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
    let err = refused(claimcheck().args([
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
    assert!(err.contains("made from another layout"), "{err}");
}

/// `file` with the first record that has `key` changed by `change`.
fn damage(file: &Path, key: &str, change: impl Fn(&mut serde_json::Value)) {
    let text = fs::read_to_string(file).unwrap();
    let mut done = false;
    let lines: Vec<String> = text
        .lines()
        .map(|line| {
            let mut v: serde_json::Value = serde_json::from_str(line).unwrap();
            if !done && let Some(record) = v.get_mut(key) {
                change(record);
                done = true;
            }
            v.to_string()
        })
        .collect();
    assert!(done, "no {key} record in {}", file.display());
    fs::write(file, lines.join("\n") + "\n").unwrap();
}

#[test]
fn records_that_point_outside_the_sources_are_refused_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let run = complete_run(dir.path());
    // an outcome quoting bytes its source does not have
    damage(&run.file("out-0"), "outcome", |o| {
        o["evidence"][0]["span"] = serde_json::json!([10, 99_999_999]);
    });
    let mut cmd = claimcheck();
    cmd.args(["shard", "report", "--claims", "claims/pegasus.yaml"]);
    cmd.args(run.corpus_args());
    cmd.args([s(&run.file("out-0")), s(&run.file("out-1"))]);
    let err = refused(&mut cmd);
    assert!(
        err.contains("out-0:2:1") && err.contains("that the sources do not hold"),
        "{err}"
    );
    // a selected candidate past the end of its source
    let selected = run.file("selected-0");
    damage(&selected, "selected", |c| {
        c["candidates"][0][1] = serde_json::json!(99_999);
    });
    let source: u64 = {
        let text = fs::read_to_string(&selected).unwrap();
        let line: serde_json::Value = serde_json::from_str(text.lines().nth(1).unwrap()).unwrap();
        line["selected"]["candidates"][0][0].as_u64().unwrap()
    };
    let mut cmd = claimcheck();
    cmd.args(["shard", "match", "--claims", "claims/pegasus.yaml"]);
    cmd.args(["--shard", &format!("{}/2", source % 2)]);
    cmd.args(["--selected", s(&selected)]);
    cmd.args(run.corpus_args());
    cmd.args(["--output", s(&run.file("m"))]);
    let err = refused(&mut cmd);
    assert!(
        err.contains("selected-0:2:1") && err.contains("has"),
        "{err}"
    );
    assert!(!run.file("m").exists());
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
    run.layout(2);
    fs::write(sources.join("d.txt"), "Il pleuvra à Rennes.\n").unwrap();
    let err = refused(claimcheck().args([
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
    assert!(
        err.contains("`d.txt` changed since the layout was made"),
        "{err}"
    );
    fs::write(sources.join("e.txt"), "Un nouvel article.\n").unwrap();
    let err = refused(claimcheck().args([
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

//! Project configuration: `claimcheck.toml`, found in the working
//! directory or the nearest folder above it (as ruff and typos find
//! theirs), so a project's runs need no repeated options. Every value can
//! be given on the command line instead, which wins. Paths in the file are
//! relative to the folder that holds it.
//!
//! ```toml
//! claims = ["claims"]
//! sources = ["sources"]
//! fail-on = "contradicted,disputed"
//! index = ".claimcheck-index"
//! format = "table"
//!
//! [review]
//! fail-on = "contradicted,disputed,unsourced"
//! ```
//!
//! A Python project may keep the same keys in its `pyproject.toml`, under
//! `[tool.claimcheck]` (and `[tool.claimcheck.review]`), as ruff and typos
//! read theirs; in one folder, `claimcheck.toml` comes first.

use crate::error::{Error, InputLocation, Result};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The file name looked for.
pub const FILE_NAME: &str = "claimcheck.toml";
/// A configuration file is a few lines; anything larger is a mistake.
const MAX_CONFIG_BYTES: u64 = 1024 * 1024;
const HINT: &str = "see docs/config.md for the keys; --no-config ignores the file";

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// Claims files or folders.
    pub claims: Option<Vec<PathBuf>>,
    /// Sources folders.
    pub sources: Option<Vec<PathBuf>>,
    /// Verdicts that fail a `check`.
    pub fail_on: Option<String>,
    /// Where `check` keeps the sources' index.
    pub index: Option<PathBuf>,
    /// `check`'s report format.
    pub format: Option<String>,
    /// `review` and `serve`.
    #[serde(default)]
    pub review: ReviewConfig,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ReviewConfig {
    /// Findings that fail a `review`.
    pub fail_on: Option<String>,
}

/// A configuration and the file it was read from.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub path: PathBuf,
    pub config: Config,
}

/// The Python project file whose `[tool.claimcheck]` table is read.
pub const PYPROJECT: &str = "pyproject.toml";

/// `pyproject.toml` as far as claimcheck reads it: other tables are the
/// project's own business.
#[derive(Deserialize)]
struct PyProject {
    #[serde(default)]
    tool: PyTools,
}

#[derive(Default, Deserialize)]
struct PyTools {
    claimcheck: Option<Config>,
}

/// The nearest `claimcheck.toml`, or `pyproject.toml` with a
/// `[tool.claimcheck]` table, from `start` upward, if any.
pub fn discover(start: &Path) -> Option<PathBuf> {
    start.ancestors().find_map(|dir| {
        let own = dir.join(FILE_NAME);
        if own.is_file() {
            return Some(own);
        }
        let py = dir.join(PYPROJECT);
        has_claimcheck_table(&py).then_some(py)
    })
}

/// Whether `path` is a TOML file with a `[tool.claimcheck]` table (a
/// pyproject.toml that cannot be read or parsed has none: it is not ours to
/// report).
fn has_claimcheck_table(path: &Path) -> bool {
    if !path.is_file() {
        return false;
    }
    let Ok(bytes) = crate::error::read_input(path, MAX_CONFIG_BYTES, "pyproject", HINT) else {
        return false;
    };
    std::str::from_utf8(&bytes)
        .ok()
        .and_then(|text| text.parse::<toml::Table>().ok())
        .and_then(|table| table.get("tool")?.get("claimcheck").cloned())
        .is_some()
}

/// Read and check a configuration file; its paths made relative to the
/// working directory (they are written relative to the file).
pub fn load(path: &Path) -> Result<Loaded> {
    let bytes = crate::error::read_input(path, MAX_CONFIG_BYTES, "configuration file", HINT)?;
    let text = String::from_utf8(bytes).map_err(|_| {
        Error::input(
            InputLocation::file(path),
            "configuration file is not UTF-8 text",
            HINT,
        )
    })?;
    let is_pyproject = path.file_name().is_some_and(|n| n == PYPROJECT);
    let parsed = if is_pyproject {
        toml::from_str::<PyProject>(&text).map(|p| p.tool.claimcheck.unwrap_or_default())
    } else {
        toml::from_str::<Config>(&text)
    };
    let mut config: Config = parsed.map_err(|e| {
        let (line, column) = e
            .span()
            .map(|span| line_column(&text, span.start))
            .unwrap_or((1, 1));
        Error::input(
            InputLocation::at(path, line, column),
            e.message().to_string(),
            HINT,
        )
    })?;
    let base = path.parent().unwrap_or(Path::new(""));
    let rebase = |p: &mut PathBuf| {
        if p.is_relative() && !base.as_os_str().is_empty() {
            *p = base.join(&*p);
        }
    };
    config.claims.iter_mut().flatten().for_each(rebase);
    config.sources.iter_mut().flatten().for_each(rebase);
    config.index.iter_mut().for_each(rebase);
    Ok(Loaded {
        path: path.to_path_buf(),
        config,
    })
}

fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// What `claimcheck init` writes: (path, contents). A working example: the
/// two claims meet their `expect:`, so a bare `claimcheck check` passes.
pub fn scaffold() -> Vec<(&'static str, &'static str)> {
    vec![
        (FILE_NAME, INIT_CONFIG),
        ("claims/example.yaml", INIT_CLAIMS),
        ("sources/example.txt", INIT_SOURCE),
        (".github/workflows/claimcheck.yml", INIT_WORKFLOW),
        (".pre-commit-config.yaml", INIT_PRE_COMMIT),
    ]
}

const INIT_CONFIG: &str = r#"# claimcheck's settings for this project (docs/config.md). The command line wins.
claims = ["claims"]
sources = ["sources"]
# verdicts that fail `claimcheck check` (exit 1)
fail-on = "contradicted,disputed"
# keep the sources' index here between runs
index = ".claimcheck-index"

[review]
# findings that fail `claimcheck review DRAFT`
fail-on = "contradicted,disputed,unsourced"
"#;

const INIT_CLAIMS: &str = r#"# Claims to check against sources/ (docs/claims.md). `expect:` is what the sources
# say: a run passes when every claim meets it.
claims:
  - id: bridge-vote
    text: "The council approved the harbour bridge by 23 votes to 8."
    expect: supported
  - id: bridge-vote-wrong
    text: "The council approved the harbour bridge by 25 votes to 8."
    expect: contradicted
    note: "the sources say 23 votes to 8"
"#;

const INIT_SOURCE: &str =
    "The city council approved the harbour bridge on Tuesday 14 March 2023 by 23 votes to 8.\n";

const INIT_WORKFLOW: &str = r#"# Check the claims on every push and pull request; contradictions are annotated.
name: claimcheck
on: [push, pull_request]
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      # install claimcheck from its repository (see its README)
      - run: cargo install --locked --git "$CLAIMCHECK_REPO" claimcheck
        env:
          CLAIMCHECK_REPO: https://example.org/claimcheck.git
      - run: claimcheck check --format github
"#;

const INIT_PRE_COMMIT: &str = r#"# Check the claims before each commit (pre-commit.com).
repos:
  - repo: local
    hooks:
      - id: claimcheck
        name: claimcheck
        entry: claimcheck check
        language: system
        pass_filenames: false
        files: ^(claims|sources)/
"#;

#[cfg(test)]
mod tests {
    use super::*;

    fn load_text(text: &str) -> Result<Loaded> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, text).unwrap();
        load(&path)
    }

    #[test]
    fn paths_are_relative_to_the_file() {
        let loaded = load_text("claims = [\"c\"]\nsources = [\"s\", \"/abs\"]\n").unwrap();
        let base = loaded.path.parent().unwrap();
        assert_eq!(loaded.config.claims.unwrap(), vec![base.join("c")]);
        assert_eq!(
            loaded.config.sources.unwrap(),
            vec![base.join("s"), PathBuf::from("/abs")]
        );
    }

    #[test]
    fn mistakes_name_the_line() {
        let err = load_text("claims = [\"c\"]\nfail_on = \"none\"\n").unwrap_err();
        let text = err.to_string();
        assert!(text.contains("claimcheck.toml:2:1"), "{text}");
        assert!(text.contains("fail-on"), "{text}");
        let err = load_text("sources = \"one\"\n").unwrap_err();
        assert!(err.to_string().contains(":1:"), "{err}");
    }

    #[test]
    fn pyproject_tool_table_is_read_and_located() {
        let dir = tempfile::tempdir().unwrap();
        let deep = dir.path().join("a");
        std::fs::create_dir_all(&deep).unwrap();
        let py = dir.path().join(PYPROJECT);
        // a pyproject.toml without the table is not a configuration
        std::fs::write(&py, "[project]\nname = \"x\"\n").unwrap();
        assert_eq!(discover(&deep), None);
        std::fs::write(
            &py,
            "[project]\nname = \"x\"\n\n[tool.ruff]\nline-length = 100\n\n[tool.claimcheck]\nclaims = [\"c\"]\nfail-on = \"none\"\n\n[tool.claimcheck.review]\nfail-on = \"unsourced\"\n",
        )
        .unwrap();
        assert_eq!(discover(&deep), Some(py.clone()));
        let loaded = load(&py).unwrap();
        assert_eq!(loaded.config.claims.unwrap(), vec![dir.path().join("c")]);
        assert_eq!(loaded.config.fail_on.as_deref(), Some("none"));
        assert_eq!(loaded.config.review.fail_on.as_deref(), Some("unsourced"));
        // a mistake in the table is located in pyproject.toml
        std::fs::write(
            &py,
            "[project]\nname = \"x\"\n[tool.claimcheck]\nfail_on = \"none\"\n",
        )
        .unwrap();
        let err = load(&py).unwrap_err().to_string();
        assert!(err.contains("pyproject.toml:4:1"), "{err}");
        // claimcheck.toml in the same folder comes first
        std::fs::write(dir.path().join(FILE_NAME), "").unwrap();
        assert_eq!(discover(&deep), Some(dir.path().join(FILE_NAME)));
    }

    #[test]
    fn found_upward() {
        let dir = tempfile::tempdir().unwrap();
        let deep = dir.path().join("a/b");
        std::fs::create_dir_all(&deep).unwrap();
        std::fs::write(dir.path().join(FILE_NAME), "").unwrap();
        assert_eq!(discover(&deep), Some(dir.path().join(FILE_NAME)));
    }
}

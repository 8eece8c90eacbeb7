//! Claims: the statements to check, read from YAML files.
//!
//! A claims file is either a map with a `claims:` list or a bare list. Every
//! problem (bad YAML, wrong type, unknown key, empty text, duplicate id, bad
//! verdict name) is an [`Error::Input`] located at file:line:column.

use crate::error::{Error, InputLocation, Result};
use crate::text::Lang;
use crate::verdict::Verdict;
use crate::yaml;
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// Longest claim text accepted, in characters. A claim is one statement; a
/// longer text is almost always a pasted article and would only produce noise.
pub const MAX_CLAIM_CHARS: usize = 2_000;

/// How much a failed claim matters to CI formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    #[default]
    Error,
    Warning,
    Info,
}

/// One claim, as read and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub id: String,
    pub text: String,
    /// The language the user declared; `None` means detect it.
    pub lang: Option<Lang>,
    /// Globs (relative to a sources folder) of the files that may decide it.
    pub sources: Vec<String>,
    pub expect: Option<Verdict>,
    pub severity: Severity,
    pub note: Option<String>,
    /// Where the claim is written: its file and the line:column of its id.
    pub location: InputLocation,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClaimsFile {
    claims: Vec<RawClaim>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClaim {
    id: ClaimId,
    text: ClaimText,
    #[serde(default)]
    lang: Option<Lang>,
    #[serde(default)]
    sources: SourceGlobs,
    #[serde(default)]
    expect: Option<Verdict>,
    #[serde(default)]
    severity: Option<Severity>,
    #[serde(default)]
    note: Option<String>,
}

// The validating deserializers below report their errors from inside a
// visitor, so that the YAML deserializer attaches the position of the value
// itself (not of the enclosing map) to the message.

/// An id: a non-empty string, or a number written without quotes.
struct ClaimId(String);

impl<'de> Deserialize<'de> for ClaimId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = ClaimId;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a claim id (a string or a number)")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<ClaimId, E> {
                let id = v.trim();
                if id.is_empty() {
                    return Err(E::custom("claim id is empty"));
                }
                if id.chars().any(char::is_control) {
                    return Err(E::custom("claim id contains control characters"));
                }
                Ok(ClaimId(id.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<ClaimId, E> {
                Ok(ClaimId(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<ClaimId, E> {
                Ok(ClaimId(v.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

/// Claim text: a non-empty string, of bounded length.
struct ClaimText(String);

impl<'de> Deserialize<'de> for ClaimText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = ClaimText;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("the claim as a string")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<ClaimText, E> {
                let text = v.trim();
                if text.is_empty() {
                    return Err(E::custom("claim text is empty"));
                }
                let chars = text.chars().count();
                if chars > MAX_CLAIM_CHARS {
                    return Err(E::custom(format!(
                        "claim text is {chars} characters long, more than the limit of {MAX_CLAIM_CHARS}"
                    )));
                }
                Ok(ClaimText(text.to_string()))
            }
        }
        d.deserialize_str(V)
    }
}

/// One glob of `sources:`, checked for syntax.
struct SourceGlob(String);

impl<'de> Deserialize<'de> for SourceGlob {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = SourceGlob;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a glob such as \"002_*.txt\"")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<SourceGlob, E> {
                if v.trim().is_empty() {
                    return Err(E::custom("empty glob in `sources`"));
                }
                globset::Glob::new(v).map_err(|err| {
                    E::custom(format!("bad glob `{v}` in `sources`: {}", err.kind()))
                })?;
                Ok(SourceGlob(v.to_string()))
            }
        }
        d.deserialize_str(V)
    }
}

/// `sources:` is a glob or a list of globs.
#[derive(Default)]
struct SourceGlobs(Vec<String>);

impl<'de> Deserialize<'de> for SourceGlobs {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = SourceGlobs;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a glob or a list of globs")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<SourceGlobs, E> {
                SourceGlob::deserialize(de::value::StrDeserializer::<E>::new(v))
                    .map(|g| SourceGlobs(vec![g.0]))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<SourceGlobs, A::Error> {
                let mut globs = Vec::new();
                while let Some(g) = seq.next_element::<SourceGlob>()? {
                    globs.push(g.0);
                }
                Ok(SourceGlobs(globs))
            }
        }
        d.deserialize_any(V)
    }
}

const CLAIMS_HINT: &str = "see docs/claims.md for the claims format";

/// Read claims from files and folders, in the order given (folders sorted),
/// checking that ids are unique across all of them.
pub fn load(paths: &[PathBuf]) -> Result<Vec<Claim>> {
    let mut claims = Vec::new();
    let mut first_seen: HashMap<String, InputLocation> = HashMap::new();
    for path in paths {
        for file in claim_files(path)? {
            for claim in load_file(&file)? {
                if let Some(first) = first_seen.get(&claim.id) {
                    return Err(Error::input(
                        claim.location.clone(),
                        format!("duplicate claim id `{}`", claim.id),
                        format!(
                            "it is first used at {first}; ids must be unique across all claim files"
                        ),
                    ));
                }
                first_seen.insert(claim.id.clone(), claim.location.clone());
                claims.push(claim);
            }
        }
    }
    Ok(claims)
}

/// The YAML files a `--claims` path stands for.
fn claim_files(path: &Path) -> Result<Vec<PathBuf>> {
    let meta = std::fs::metadata(path).map_err(|e| {
        Error::io(
            path,
            &e,
            "pass a claims file or a folder of *.yaml files with --claims",
        )
    })?;
    // a file, or anything that is not a folder (a pipe is refused when read)
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(path)
        .follow_links(true)
        .sort_by_file_name()
    {
        let entry = entry.map_err(|e| {
            let at = e.path().unwrap_or(path).to_path_buf();
            let message = if e.loop_ancestor().is_some() {
                "symbolic link loop".to_string()
            } else {
                e.io_error()
                    .map(crate::error::describe_io)
                    .unwrap_or_else(|| e.to_string())
            };
            Error::Io {
                path: at,
                message,
                hint: "fix or remove the entry".into(),
            }
        })?;
        let name = entry.file_name().to_string_lossy();
        if entry.depth() > 0 && name.starts_with('.') {
            continue;
        }
        let is_yaml = name.ends_with(".yaml") || name.ends_with(".yml");
        if entry.file_type().is_file() && is_yaml {
            files.push(entry.into_path());
        }
    }
    if files.is_empty() {
        return Err(Error::input(
            InputLocation::file(path),
            "no claim files (*.yaml, *.yml) in this folder",
            CLAIMS_HINT,
        ));
    }
    Ok(files)
}

/// Read one claims file.
pub fn load_file(path: &Path) -> Result<Vec<Claim>> {
    let bytes = crate::error::read_input(
        path,
        crate::yaml::MAX_YAML_BYTES as u64,
        "claims file",
        "check the --claims path; split a very large claims file",
    )?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let (line, column) = position_of_byte(&e.as_bytes()[..e.utf8_error().valid_up_to()]);
        Error::input(
            InputLocation::at(path, line, column),
            "claims file is not valid UTF-8",
            "save the file as UTF-8",
        )
    })?;
    parse(path, &text)
}

fn position_of_byte(prefix: &[u8]) -> (usize, usize) {
    let text = String::from_utf8_lossy(prefix);
    let line = text.matches('\n').count() + 1;
    let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Problems of a claims file reported at once, at most.
const MAX_PROBLEMS: usize = 20;

/// Every bad claim of a file whose whole reading failed with `first`: each
/// claim of a block list is read on its own, in place (the lines before it
/// blank, its `- ` written as two spaces), so that each problem keeps its
/// own line and column. `first` alone when the list is not a block list,
/// when only one claim is bad, or when claims lean on each other (an
/// anchor defined in one and used in another).
fn all_problems(path: &Path, text: &str, first: Error, under_claims_key: bool) -> Error {
    let lines: Vec<&str> = text.split('\n').collect();
    let item_indent = |line: &str| {
        let body = line.trim_start_matches(' ');
        (body == "-" || body.starts_with("- ")).then(|| line.len() - body.len())
    };
    let Some((first_item, indent)) = lines
        .iter()
        .enumerate()
        .find_map(|(k, l)| item_indent(l).map(|i| (k, i)))
    else {
        return first;
    };
    // where each claim starts, and where the list ends (a line less indented)
    let mut starts = vec![first_item];
    let mut end = lines.len();
    for (k, line) in lines.iter().enumerate().skip(first_item + 1) {
        let body = line.trim_start_matches(' ');
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        let at = line.len() - body.len();
        if at < indent || (at == indent && item_indent(line).is_none()) {
            end = k;
            break;
        }
        if at == indent {
            starts.push(k);
        }
    }
    let mut problems = Vec::new();
    for (n, &start) in starts.iter().enumerate() {
        let stop = starts.get(n + 1).copied().unwrap_or(end);
        let mut item = "\n".repeat(start);
        let opening = lines[start];
        item.push_str(&opening[..indent]);
        item.push_str("  ");
        item.push_str(
            opening[indent + 1..]
                .strip_prefix(' ')
                .unwrap_or(&opening[indent + 1..]),
        );
        for line in &lines[start + 1..stop] {
            item.push('\n');
            item.push_str(line);
        }
        if let Err(e) = yaml::from_str::<RawClaim>(path, &item, CLAIMS_HINT) {
            if e.to_string().contains("anchor") {
                return first;
            }
            problems.push(as_in_file(e, n, under_claims_key));
            if problems.len() == MAX_PROBLEMS {
                break;
            }
        }
    }
    if problems.len() < 2 {
        return first;
    }
    Error::Several { problems }
}

/// A problem of claim `n` read alone, worded as reading the whole file
/// words it: the field's path from the file's root (`claims[1].text: ...`
/// under a `claims:` key; a list at the root names no path).
fn as_in_file(problem: Error, n: usize, under_claims_key: bool) -> Error {
    let Error::Input {
        location,
        message,
        hint,
    } = problem
    else {
        return problem;
    };
    let field = message.split_once(": ").filter(|(p, _)| {
        !p.is_empty() && p.chars().all(|c| c.is_alphanumeric() || "_.[]".contains(c))
    });
    let message = match (field, under_claims_key) {
        (Some((p, rest)), true) => format!("claims[{n}].{p}: {rest}"),
        (Some((_, rest)), false) => rest.to_string(),
        (None, _) => message,
    };
    Error::Input {
        location,
        message,
        hint,
    }
}

/// Parse the text of a claims file.
pub fn parse(path: &Path, text: &str) -> Result<Vec<Claim>> {
    let shape: yaml::Value = yaml::from_str(path, text, CLAIMS_HINT)?;
    let raw: Vec<RawClaim> = match shape {
        yaml::Value::Mapping(_) => {
            yaml::from_str::<ClaimsFile>(path, text, CLAIMS_HINT)
                .map_err(|e| all_problems(path, text, e, true))?
                .claims
        }
        yaml::Value::Sequence(_) => yaml::from_str(path, text, CLAIMS_HINT)
            .map_err(|e| all_problems(path, text, e, false))?,
        yaml::Value::Null => {
            return Err(Error::input(
                InputLocation::at(path, 1, 1),
                "claims file is empty",
                CLAIMS_HINT,
            ));
        }
        _ => {
            return Err(Error::input(
                InputLocation::at(path, 1, 1),
                "expected a `claims:` list or a list of claims",
                CLAIMS_HINT,
            ));
        }
    };
    if raw.is_empty() {
        return Err(Error::input(
            InputLocation::at(path, 1, 1),
            "claims file has no claims",
            CLAIMS_HINT,
        ));
    }
    let positions = yaml::key_positions(text, "id");
    let mut next_position = 0;
    let mut claims: Vec<Claim> = Vec::with_capacity(raw.len());
    let mut in_file: HashMap<String, usize> = HashMap::new();
    for r in raw {
        let id = r.id.0;
        // ids appear in the text in claim order; skip any `id:` that belongs
        // to something else. An id written otherwise than it reads (`0x1F`
        // is 31) takes the next `id:` in order, and the claims after it
        // still find theirs.
        let remaining = &positions[next_position.min(positions.len())..];
        let at = remaining
            .iter()
            .position(|(value, _, _)| *value == id)
            .or_else(|| (!remaining.is_empty()).then_some(0));
        let location = match at {
            Some(k) => {
                let (_, line, column) = &remaining[k];
                next_position += k + 1;
                InputLocation::at(path, *line, *column)
            }
            None => InputLocation::at(path, 1, 1),
        };
        if let Some(&first) = in_file.get(&id) {
            return Err(Error::input(
                location,
                format!("duplicate claim id `{id}`"),
                format!(
                    "it is first used at {}; ids must be unique",
                    claims[first].location
                ),
            ));
        }
        in_file.insert(id.clone(), claims.len());
        claims.push(Claim {
            id,
            text: r.text.0,
            lang: r.lang,
            sources: r.sources.0,
            expect: r.expect,
            severity: r.severity.unwrap_or_default(),
            note: r.note,
            location,
        });
    }
    Ok(claims)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Result<Vec<Claim>> {
        parse(Path::new("c.yaml"), text)
    }

    fn error_of(text: &str) -> String {
        match parse_str(text) {
            Err(e) => format!("{e} | {}", e.hint()),
            Ok(c) => panic!("expected an error, got {} claims", c.len()),
        }
    }

    #[test]
    fn reads_map_and_bare_list_with_every_field() {
        let text = "claims:\n  - id: a\n    text: France hosted 35 NSO servers.\n    lang: en\n    sources: [\"002_*.txt\"]\n    expect: supported\n    severity: warning\n    note: From the list.\n";
        let claims = parse_str(text).unwrap();
        assert_eq!(claims.len(), 1);
        let c = &claims[0];
        assert_eq!(c.id, "a");
        assert_eq!(c.lang, Some(Lang::En));
        assert_eq!(c.sources, vec!["002_*.txt"]);
        assert_eq!(c.expect, Some(Verdict::Supported));
        assert_eq!(c.severity, Severity::Warning);
        assert_eq!(c.note.as_deref(), Some("From the list."));
        assert_eq!((c.location.line, c.location.column), (Some(2), Some(9)));

        let bare = parse_str("- id: 7\n  text: Quatorze ministres.\n  sources: one.txt\n").unwrap();
        assert_eq!(bare[0].id, "7");
        assert_eq!(bare[0].sources, vec!["one.txt"]);
        assert_eq!(bare[0].severity, Severity::Error);
    }

    #[test]
    fn errors_name_line_and_column() {
        let cases = [
            (
                "claims:\n  - id: a\n    txt: hello\n",
                "c.yaml:3:",
                "unknown key `txt`",
            ),
            (
                "claims:\n  - id: a\n    text: \"\"\n",
                "c.yaml:3:11",
                "claim text is empty",
            ),
            (
                "claims:\n  - id: a\n    text: x\n    expect: suported\n",
                "c.yaml:4:",
                "unknown value `suported`",
            ),
            ("claims:\n  - id: a\n", "c.yaml:2:", "missing field `text`"),
            (
                "claims:\n  - id: a\n    text: [1, 2]\n",
                "c.yaml:3:11",
                "invalid type: sequence",
            ),
            (
                "claims:\n  - id: a\n    text: x\n  - id: a\n    text: y\n",
                "c.yaml:4:9",
                "duplicate claim id `a`",
            ),
            ("claims: [\n", "c.yaml:", "did not find expected"),
            ("", "c.yaml:1:1", "empty"),
            ("claims: []\n", "c.yaml:1:1", "no claims"),
            ("42\n", "c.yaml:1:1", "expected a `claims:` list"),
            (
                "claims:\n  - id: a\n    text: x\n    sources: \"[\"\n",
                "c.yaml:4:",
                "bad glob",
            ),
            (
                "claims:\n  - id: a\n    text: x\n    lang: de\n",
                "c.yaml:4:",
                "unknown value `de`",
            ),
            ("other: 1\nclaims: []\n", "c.yaml:1:", "unknown key `other`"),
        ];
        for (text, at, what) in cases {
            let shown = error_of(text);
            assert!(shown.starts_with(at), "{text:?} gave {shown}");
            assert!(shown.contains(what), "{text:?} gave {shown}");
        }
    }

    #[test]
    fn unknown_keys_suggest_the_right_one() {
        let shown = error_of("claims:\n  - id: a\n    text: x\n    expcet: supported\n");
        assert!(shown.contains("did you mean `expect`"), "{shown}");
    }

    /// JSON-style keys and ids written otherwise than they read (`0x1F`)
    /// are located, and so are the claims after them.
    #[test]
    fn claims_are_located_whatever_the_style_of_their_ids() {
        let located = |text: &str| -> Vec<(String, String)> {
            parse_str(text)
                .unwrap()
                .into_iter()
                .map(|c| (c.id, c.location.to_string()))
                .collect()
        };
        assert_eq!(
            located(
                "{\"claims\": [\n {\"id\": \"a\", \"text\": \"x\"},\n {\"id\": \"b\", \"text\": \"y\"}\n]}\n"
            ),
            [
                ("a".to_string(), "c.yaml:2:9".to_string()),
                ("b".to_string(), "c.yaml:3:9".to_string())
            ]
        );
        assert_eq!(
            located("claims:\n  - {id: 0x1F, text: x}\n  - {id: b, text: y}\n"),
            [
                ("31".to_string(), "c.yaml:2:10".to_string()),
                ("b".to_string(), "c.yaml:3:10".to_string())
            ]
        );
    }

    #[test]
    fn overlong_claims_are_refused() {
        let text = format!("- id: a\n  text: {}\n", "word ".repeat(1000));
        assert!(error_of(&text).contains("more than the limit"));
    }
}

//! All YAML reading goes through this module, so that the YAML crate can be
//! swapped in one place.
//!
//! We use `serde_yaml_ng`, the maintained fork of the archived `serde_yaml`
//! (same API, same libyaml-derived parser). It reports line and column for
//! syntax errors, type errors, unknown keys and custom validation errors, and
//! it bounds hostile input: nesting deeper than 128 levels and alias expansion
//! beyond a repetition limit ("billion laughs") fail with an error instead of
//! exhausting memory. See docs/claims.md for the rationale.

use crate::error::{Error, InputLocation, Result};
use serde::de::DeserializeOwned;
use std::path::Path;

/// Largest YAML file we parse. Claim files are hand-written; anything bigger
/// is almost certainly a mistake (or an attack) and would only slow CI down.
pub const MAX_YAML_BYTES: usize = 16 * 1024 * 1024;

/// A parsed YAML value, used to decide which shape a file has before the
/// typed pass (which then gives located errors).
pub type Value = serde_yaml_ng::Value;

/// Parse `text` (the content of `path`) into `T`, turning any YAML or type
/// error into an [`Error::Input`] located at the offending line and column.
pub fn from_str<T: DeserializeOwned>(path: &Path, text: &str, hint: &str) -> Result<T> {
    if text.len() > MAX_YAML_BYTES {
        return Err(Error::input(
            InputLocation::file(path),
            format!(
                "YAML file is {} bytes, more than the {} byte limit",
                text.len(),
                MAX_YAML_BYTES
            ),
            "split the file into several smaller files",
        ));
    }
    if let Some((line, column)) = flow_too_deep(text) {
        return Err(Error::input(
            InputLocation::at(path, line, column),
            format!("YAML nesting is too deep (more than {MAX_DEPTH} levels)"),
            "claims are a flat list of maps; remove the nesting",
        ));
    }
    serde_yaml_ng::from_str(text).map_err(|err| {
        // several documents: the library gives no position; the second
        // document starts at the second `---` (or the first, after content)
        if err.to_string().contains("more than one document") {
            return Error::input(
                second_document(text).map_or_else(
                    || InputLocation::file(path),
                    |line| InputLocation::at(path, line, 1),
                ),
                "a second YAML document starts here (`---`); a claims file is one document",
                "put all the claims in one list, or split the documents into separate files",
            );
        }
        located(path, &err, hint, text)
    })
}

/// Nesting the YAML library accepts; deeper is refused.
const MAX_DEPTH: usize = 128;

/// Where flow collections (`{`, `[`) open more than [`MAX_DEPTH`] deep:
/// (line, column) of the first too deep, 1-based, the column in
/// characters. The library refuses such nesting too, but only after its
/// scanner has gone through the whole flow, in time quadratic in its depth
/// (80,000 `{a: ` took 58 s); this pass is linear. A bracket counts only
/// where a flow collection can start (first on its line, or after `:`, `-`,
/// `?`, `,`, `[` or `{` and spaces), and not inside a quoted scalar or a
/// comment, so `text: a {b}` or `l'Élysée` count nothing.
fn flow_too_deep(text: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    for (n, line) in text.lines().enumerate() {
        let mut quote: Option<char> = None;
        // the last character that is not a space, outside quotes
        let mut previous: Option<char> = None;
        // the character just before, spaces included (a comment starts after one)
        let mut before = ' ';
        let mut chars = line.chars().enumerate().peekable();
        while let Some((k, c)) = chars.next() {
            let at_start = previous.is_none_or(|p| ":-?,[{".contains(p));
            let after_space = before.is_whitespace();
            before = c;
            match (quote, c) {
                (Some('\''), '\'') if chars.peek().is_some_and(|&(_, n)| n == '\'') => {
                    chars.next();
                }
                (Some('"'), '\\') => {
                    chars.next();
                }
                (Some(q), c) if c == q => {
                    quote = None;
                    previous = Some(c);
                }
                (Some(_), _) => {}
                (None, '"' | '\'') if at_start => quote = Some(c),
                (None, '#') if after_space => break,
                (None, '{' | '[') if at_start => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Some((n + 1, k + 1));
                    }
                    previous = Some(c);
                }
                (None, '}' | ']') => {
                    depth = depth.saturating_sub(1);
                    previous = Some(c);
                }
                (None, c) if c.is_whitespace() => {}
                (None, c) => previous = Some(c),
            }
        }
    }
    None
}

/// Where the first alias (`*name`) is used: (line, column), 1-based, the
/// column in characters. A `*` inside a quoted string or a comment is no
/// alias.
fn first_alias(text: &str) -> Option<(usize, usize)> {
    for (n, line) in text.lines().enumerate() {
        let mut quote: Option<char> = None;
        let mut previous = ' ';
        for (k, (at, c)) in line.char_indices().enumerate() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '#') if previous.is_whitespace() => break,
                (None, '*')
                    if (previous.is_whitespace() || "[{,:-".contains(previous))
                        && line[at + 1..]
                            .starts_with(|n: char| n.is_alphanumeric() || n == '_') =>
                {
                    return Some((n + 1, k + 1));
                }
                _ => {}
            }
            previous = c;
        }
    }
    None
}

/// The line (1-based) where a second YAML document starts: the `---` after
/// content.
fn second_document(text: &str) -> Option<usize> {
    let mut content = false;
    for (i, line) in text.lines().enumerate() {
        let marker = line == "---" || line.starts_with("--- ");
        if marker && content {
            return Some(i + 1);
        }
        let t = line.trim();
        if !marker && !t.is_empty() && !t.starts_with('#') {
            content = true;
        }
    }
    None
}

fn located(path: &Path, err: &serde_yaml_ng::Error, hint: &str, text: &str) -> Error {
    let message = strip_position(&err.to_string());
    let location = match err.location() {
        Some(loc) => InputLocation::at(path, loc.line(), loc.column()),
        // too many aliases: the library knows no position; the first alias
        // used is where to start removing them
        None if message.contains("repetition limit exceeded") => first_alias(text).map_or_else(
            || InputLocation::file(path),
            |(line, column)| InputLocation::at(path, line, column),
        ),
        None => InputLocation::file(path),
    };
    let (message, hint) = explain(&message, hint);
    Error::input(location, message, hint)
}

/// serde_yaml_ng writes positions as " at line L column C"; we print the
/// error's own position in front, compiler-style, so the first is removed
/// and any other ("while parsing a flow sequence at line 3 column 11") is
/// shortened to "at 3:11".
fn strip_position(message: &str) -> String {
    static POSITION: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r" at line (\d+) column (\d+)").expect("valid regex")
    });
    let mut first = true;
    POSITION
        .replace_all(message, |c: &regex::Captures| {
            if std::mem::take(&mut first) {
                String::new()
            } else {
                format!(" started at {}:{}", &c[1], &c[2])
            }
        })
        .into_owned()
}

/// Rewrite the YAML library's wording into what a user can act on.
fn explain(message: &str, default_hint: &str) -> (String, String) {
    if message.contains("recursion limit exceeded") {
        return (
            "YAML nesting is too deep (more than 128 levels)".into(),
            "claims are a flat list of maps; remove the nesting".into(),
        );
    }
    if message.contains("repetition limit exceeded") {
        return (
            "YAML aliases expand to too much data (possible alias bomb)".into(),
            "remove the `*alias` references; claims do not need them".into(),
        );
    }
    if let Some(rest) = message.split("unknown field `").nth(1) {
        let field = rest.split('`').next().unwrap_or("");
        // serde writes "expected one of `a`, `b`" for several keys, "expected
        // `claims`" for one, and "there are no fields" for none
        let known = rest
            .split("expected one of ")
            .nth(1)
            .or_else(|| rest.split("expected ").nth(1))
            .unwrap_or("");
        let candidates: Vec<&str> = known
            .split(", ")
            .map(|s| s.trim().trim_matches('`'))
            .filter(|s| !s.is_empty())
            .collect();
        if candidates.is_empty() {
            return (
                format!("unknown key `{field}`"),
                "this map takes no keys here; remove it".into(),
            );
        }
        let suggestion = candidates
            .iter()
            .map(|c| (strsim::jaro_winkler(field, c), *c))
            .filter(|(score, _)| *score > 0.8)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, c)| format!("did you mean `{c}`? "))
            .unwrap_or_default();
        return (
            format!("unknown key `{field}`"),
            format!("{suggestion}allowed keys: {}", candidates.join(", ")),
        );
    }
    if let Some(rest) = message.split("unknown variant `").nth(1) {
        let value = rest.split('`').next().unwrap_or("");
        // serde writes "expected `en` or `fr`" for two and "expected one of `a`, `b`" for more
        let expected = rest.split("expected ").nth(1).unwrap_or("");
        let known = expected
            .strip_prefix("one of ")
            .unwrap_or(expected)
            .replace(" or ", ", ")
            .replace('`', "");
        let known = known.trim_end_matches(|c: char| !c.is_alphanumeric());
        return (
            format!("unknown value `{value}`"),
            format!("use one of: {known}"),
        );
    }
    // an enum field (expect, severity) given a list or a map
    if message.contains("expected a YAML tag starting with '!'") {
        return (
            "expected one word here (such as `supported` or `error`), not a list or a map".into(),
            default_hint.to_string(),
        );
    }
    (
        strip_value_path(message).to_string(),
        default_hint.to_string(),
    )
}

/// serde prefixes some messages with the path of the value (".[0].sources[0]: "); the
/// line:column already says where it is.
fn strip_value_path(message: &str) -> &str {
    match message.split_once(": ") {
        Some((path, rest)) if path.starts_with('.') && !path.contains(' ') => rest,
        _ => message,
    }
}

/// Every place where `key: value` is written in a YAML text, in order, as
/// (value, 1-based line, 1-based column of the value). Used to locate errors
/// found after parsing (duplicate ids) and to give each claim its position.
/// Works for block and flow style, quoted or not, in one pass over the text.
pub fn key_positions(text: &str, key: &str) -> Vec<(String, usize, usize)> {
    let mut found = Vec::new();
    for (line_no, line) in text.lines().enumerate() {
        let mut search_from = 0;
        while let Some(offset) = line[search_from..].find(key) {
            let key_at = search_from + offset;
            search_from = key_at + key.len();
            // a key may be quoted, JSON style: `"id": "a"`
            let quote = line[..key_at]
                .chars()
                .next_back()
                .filter(|&q| (q == '"' || q == '\'') && line[key_at + key.len()..].starts_with(q));
            let (open, close) = match quote {
                Some(_) => (key_at - 1, key_at + key.len() + 1),
                None => (key_at, key_at + key.len()),
            };
            let before = line[..open].trim_end();
            let key_starts_item = before.is_empty()
                || before.ends_with('-')
                || before.ends_with('{')
                || before.ends_with(',')
                || before.ends_with('[');
            let after = line[close..].trim_start();
            let Some(after_colon) = after.strip_prefix(':') else {
                continue;
            };
            if !key_starts_item {
                continue;
            }
            let written = after_colon.trim_start();
            let value = match written.chars().next() {
                Some(q @ ('"' | '\'')) => written[1..].split(q).next().unwrap_or(""),
                _ => written
                    .split([',', '}', '#'])
                    .next()
                    .unwrap_or("")
                    .trim_end(),
            };
            let byte_col = line.len() - written.len();
            found.push((
                value.to_string(),
                line_no + 1,
                line[..byte_col].chars().count() + 1,
            ));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_values_under_quoted_keys() {
        let text =
            "{\"claims\": [\n {\"id\": \"a\", \"text\": \"x\"},\n {'id': 'b', 'text': 'y'}\n]}\n";
        let found = key_positions(text, "id");
        assert_eq!(
            found,
            vec![("a".to_string(), 2, 9), ("b".to_string(), 3, 9)]
        );
    }

    #[test]
    fn locates_values_in_block_and_flow_style() {
        let text = "claims:\n  - id: a\n    text: x\n  - {id: \"b\", text: y}\n  - id: a # again\n    valid: no\n";
        let found = key_positions(text, "id");
        let expected = vec![
            ("a".to_string(), 2, 9),
            ("b".to_string(), 4, 10),
            ("a".to_string(), 5, 9),
        ];
        assert_eq!(found, expected);
    }

    #[test]
    fn the_first_alias_is_found_outside_quotes_and_comments() {
        let text = "a: &a [x]\nb: \"*not\" # *nor\nc: [1, *a]\n";
        assert_eq!(first_alias(text), Some((3, 8)));
        assert_eq!(first_alias("a: 2 * 3\nb: '*x'\n"), None);
    }

    #[test]
    fn a_second_document_is_located() {
        let text = "# claims\n---\n- {id: a, text: x}\n---\n- {id: b, text: y}\n";
        let err = from_str::<Value>(Path::new("c.yaml"), text, "").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("c.yaml:4:1: a second YAML document"),
            "{err}"
        );
        assert_eq!(second_document("- a\n"), None);
    }

    #[test]
    fn syntax_errors_are_located() {
        let err = from_str::<Value>(Path::new("c.yaml"), "a: [1, 2\nb: 3\n", "").unwrap_err();
        let shown = err.to_string();
        assert!(shown.starts_with("c.yaml:"), "{shown}");
        assert!(shown.matches(':').count() >= 3, "{shown}");
    }

    #[test]
    fn alias_bombs_are_refused() {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        let mut prev = 'a';
        for name in "bcdefghij".chars() {
            text.push_str(&format!("{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
            prev = name;
        }
        let err = from_str::<Value>(Path::new("bomb.yaml"), &text, "").unwrap_err();
        assert!(err.to_string().contains("alias"), "{err}");
    }

    #[test]
    fn deep_nesting_is_refused() {
        let text = format!("{}{}", "[".repeat(500), "]".repeat(500));
        let err = from_str::<Value>(Path::new("deep.yaml"), &text, "").unwrap_err();
        assert!(err.to_string().contains("nesting"), "{err}");
    }

    #[test]
    fn flow_nesting_is_measured_before_parsing() {
        let deep = "{a: ".repeat(MAX_DEPTH + 1);
        let table: &[(&str, Option<(usize, usize)>)] = &[
            // the 129th opening, where the library would stop too
            (&deep, Some((1, 4 * MAX_DEPTH + 1))),
            (&"{a: ".repeat(MAX_DEPTH), None),
            // one opening a line
            (&"[\n".repeat(MAX_DEPTH + 1), Some((MAX_DEPTH + 1, 1))),
            // closed as they open: never deep
            (&"[1] ".repeat(1000), None),
        ];
        for (text, expected) in table {
            assert_eq!(
                flow_too_deep(text),
                *expected,
                "{}",
                &text[..40.min(text.len())]
            );
        }
        // brackets that open nothing: in quotes, in comments, inside plain
        // scalars (French elisions are no quotes)
        let many = "{".repeat(MAX_DEPTH + 1);
        for text in [
            format!("- {{id: a, text: \"{many}\"}}\n"),
            format!("- {{id: a, text: 'l''État {many}'}}\n"),
            format!("- text: l'Élysée {many}\n"),
            format!("- text: a {many}\n"),
            format!("# {many}\n- text: a\n"),
            format!("- text: a # {many}\n"),
            format!("- text: \"a \\\" {many}\"\n"),
        ] {
            assert_eq!(flow_too_deep(&text), None, "{text}");
            // and the library reads them
            assert!(
                from_str::<Value>(Path::new("c.yaml"), &text, "").is_ok(),
                "{text}"
            );
        }
    }
}

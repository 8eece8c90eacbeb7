//! Typed errors of the library. The binary turns them into one message with
//! `file:line:column`, a hint, and exit code 2.

use std::fmt;
use std::path::PathBuf;

/// Where an input problem is: a file, and when known a 1-based line and column
/// (columns in characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputLocation {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl InputLocation {
    pub fn file(path: impl Into<PathBuf>) -> Self {
        InputLocation {
            path: path.into(),
            line: None,
            column: None,
        }
    }

    pub fn at(path: impl Into<PathBuf>, line: usize, column: usize) -> Self {
        InputLocation {
            path: path.into(),
            line: Some(line),
            column: Some(column),
        }
    }
}

impl fmt::Display for InputLocation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        Ok(())
    }
}

/// Everything that can go wrong before a report exists. Each variant names the
/// file it is about; none of them is a bug in claimcheck.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file is readable but its content is wrong (bad YAML, unknown key,
    /// duplicate id, path escaping the sources folder, ...).
    #[error("{location}: {message}")]
    Input {
        location: InputLocation,
        message: String,
        hint: String,
    },

    /// A file or folder could not be read at all.
    #[error("{}: {message}", path.display())]
    Io {
        path: PathBuf,
        message: String,
        hint: String,
    },

    /// The report could not be written.
    #[error("cannot write {}: {message}", path.display())]
    Output { path: PathBuf, message: String },

    /// Several problems found in one file, each on its own (all the bad
    /// claims of a claims file, not only the first).
    #[error("{} problems, the first: {}", problems.len(), problems[0])]
    Several { problems: Vec<Error> },
}

impl Error {
    pub fn input(
        location: InputLocation,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Self {
        Error::Input {
            location,
            message: message.into(),
            hint: hint.into(),
        }
    }

    pub fn io(path: impl Into<PathBuf>, err: &std::io::Error, hint: impl Into<String>) -> Self {
        Error::Io {
            path: path.into(),
            message: describe_io(err),
            hint: hint.into(),
        }
    }

    /// What the user can do about it; empty when there is nothing to add.
    pub fn hint(&self) -> &str {
        match self {
            Error::Input { hint, .. } | Error::Io { hint, .. } => hint,
            Error::Output { .. } => "check that the folder exists and is writable",
            Error::Several { problems } => problems[0].hint(),
        }
    }
}

/// A short, stable description of an I/O error (without the OS error number,
/// so messages are the same on every machine).
pub fn describe_io(err: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match err.kind() {
        NotFound => "no such file or directory".to_string(),
        PermissionDenied => "permission denied".to_string(),
        IsADirectory => "is a directory, expected a file".to_string(),
        NotADirectory => "is not a directory".to_string(),
        InvalidData => "is not valid text".to_string(),
        _ => {
            let text = err.to_string();
            match text.find(" (os error") {
                Some(i) => text[..i].to_string(),
                None => text,
            }
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Read an input file whole, bounded: only an ordinary file (a FIFO, a
/// device or `/dev/zero` would block or never end), and never more than
/// `limit` bytes, whatever size the file reports (files under /proc say 0).
/// `what` names the file in messages ("claims file", "baseline").
pub fn read_input(path: &std::path::Path, limit: u64, what: &str, hint: &str) -> Result<Vec<u8>> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, &e, hint))?;
    if !meta.is_file() {
        return Err(Error::input(
            InputLocation::file(path),
            format!("the {what} is not an ordinary file (a folder, device or pipe)"),
            hint,
        ));
    }
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, &e, hint))?;
    read_bounded(file, path, limit, what, hint)
}

/// Read `input` whole, refusing more than `limit` bytes (`path` and `what`
/// name it in messages): a file, or standard input (`review -`).
pub fn read_bounded(
    input: impl std::io::Read,
    path: &std::path::Path,
    limit: u64,
    what: &str,
    hint: &str,
) -> Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    input
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, &e, hint))?;
    if bytes.len() as u64 > limit {
        return Err(Error::input(
            InputLocation::file(path),
            format!("the {what} is more than the {limit} byte limit"),
            hint,
        ));
    }
    Ok(bytes)
}

//! Where claimcheck writes (`--output`, `--index`): only an ordinary file
//! the user named, never one of its inputs, never through a link, never a
//! device. Checked before any work, so a refused path costs nothing and
//! nothing is half-written.

use crate::error::{Error, Result};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Temporary files being written (a report, an index), removed by
/// [`remove_unfinished`] when the run is interrupted: an interrupted run
/// leaves nothing behind, not even a `.tmp` file.
static UNFINISHED: Registry = Registry::new();

/// A registry of temporary files being written. The run has one
/// ([`unfinished`], [`remove_unfinished`]); a test makes its own, so that
/// removing "every" file removes none of another test's.
pub struct Registry(Mutex<Vec<PathBuf>>);

/// A temporary file being written, forgotten by its registry when dropped
/// (written and renamed, or removed by `tempfile`).
pub struct Unfinished<'r> {
    registry: &'r Registry,
    path: PathBuf,
}

impl Registry {
    pub const fn new() -> Registry {
        Registry(Mutex::new(Vec::new()))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<PathBuf>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Note that `path` is being written and is not finished.
    pub fn note(&self, path: &Path) -> Unfinished<'_> {
        self.lock().push(path.to_path_buf());
        Unfinished {
            registry: self,
            path: path.to_path_buf(),
        }
    }

    /// Remove every file of the registry still being written. Gives how many.
    pub fn remove_all(&self) -> usize {
        let open = std::mem::take(&mut *self.lock());
        open.iter()
            .filter(|p| std::fs::remove_file(p).is_ok())
            .count()
    }
}

impl Default for Registry {
    fn default() -> Registry {
        Registry::new()
    }
}

impl Drop for Unfinished<'_> {
    fn drop(&mut self) {
        let mut open = self.registry.lock();
        if let Some(k) = open.iter().position(|p| *p == self.path) {
            open.swap_remove(k);
        }
    }
}

/// Note that `path` is being written and is not finished.
pub fn unfinished(path: &Path) -> Unfinished<'static> {
    UNFINISHED.note(path)
}

/// Remove every temporary file still being written: what an interrupt
/// (Ctrl-C, SIGTERM) does before the process ends. Gives how many.
pub fn remove_unfinished() -> usize {
    UNFINISHED.remove_all()
}

/// Refuse `target` when it exists and is not an ordinary file (a device, a
/// FIFO, a folder, a symbolic link), or when it is one of `inputs` or lies
/// inside an input folder. Gives the permissions of an ordinary file already
/// there, which the new file keeps.
pub fn check_target(target: &Path, inputs: &[PathBuf]) -> Result<Option<std::fs::Permissions>> {
    let refuse = |message: &str| Error::Output {
        path: target.to_path_buf(),
        message: message.to_string(),
    };
    let existing = match target.symlink_metadata() {
        Ok(meta) => {
            let kind = meta.file_type();
            if kind.is_symlink() {
                return Err(refuse(
                    "is a symbolic link; name the file itself, not a link to it",
                ));
            }
            if !kind.is_file() {
                return Err(refuse(
                    "is not an ordinary file (a folder, device or pipe): name a new file",
                ));
            }
            Some(meta.permissions())
        }
        Err(_) => None,
    };
    // a folder that does not exist is a mistake in the path, told before
    // any work is done, not after
    let folder = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if existing.is_none() && !folder.is_dir() {
        return Err(refuse(&format!(
            "its folder {} does not exist: create it, or name a file in an existing folder",
            folder.display()
        )));
    }
    // what the file would be, resolved: its folder's real path and its name
    let resolved = resolve(target);
    for input in inputs {
        let Ok(real_input) = std::fs::canonicalize(input) else {
            continue;
        };
        if resolved == real_input || resolved.starts_with(&real_input) && real_input.is_dir() {
            return Err(refuse(&format!(
                "would replace an input ({}); write the report elsewhere",
                input.display()
            )));
        }
    }
    Ok(existing)
}

/// `target` with its folder resolved (the file itself may not exist yet).
fn resolve(target: &Path) -> PathBuf {
    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = target.file_name().map(PathBuf::from).unwrap_or_default();
    std::fs::canonicalize(dir).map_or_else(|_| target.to_path_buf(), |d| d.join(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_interrupt_removes_the_files_being_written_and_only_those() {
        let dir = tempfile::tempdir().unwrap();
        let (writing, written) = (dir.path().join(".tmpA"), dir.path().join(".tmpB"));
        std::fs::write(&writing, b"half").unwrap();
        std::fs::write(&written, b"whole").unwrap();
        // a registry of its own: the run's is shared with every other test
        // writing an index or a report at the same time
        let registry = Registry::new();
        let open = registry.note(&writing);
        let done = registry.note(&written);
        drop(done);
        assert_eq!(registry.remove_all(), 1);
        assert!(!writing.exists());
        assert!(written.exists());
        drop(open);
        assert_eq!(registry.remove_all(), 0);
    }

    #[test]
    fn only_new_or_ordinary_files_outside_the_inputs() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir(root.join("sources")).unwrap();
        std::fs::write(root.join("sources/a.txt"), "x").unwrap();
        std::fs::write(root.join("claims.yaml"), "x").unwrap();
        std::fs::write(root.join("old.json"), "x").unwrap();
        let inputs = vec![root.join("claims.yaml"), root.join("sources")];
        // a new file, and an old report, are fine
        assert!(
            check_target(&root.join("report.json"), &inputs)
                .unwrap()
                .is_none()
        );
        assert!(
            check_target(&root.join("old.json"), &inputs)
                .unwrap()
                .is_some()
        );
        // an input, a file inside an input folder, a folder, a link, a device
        let refused = [
            root.join("claims.yaml"),
            root.join("sources/a.txt"),
            root.join("sources/new.json"),
            root.join("sources"),
            PathBuf::from("/dev/null"),
        ];
        for path in refused {
            assert!(check_target(&path, &inputs).is_err(), "{}", path.display());
        }
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(root.join("old.json"), root.join("link.json")).unwrap();
            let err = check_target(&root.join("link.json"), &inputs).unwrap_err();
            assert!(err.to_string().contains("symbolic link"), "{err}");
        }
    }
}

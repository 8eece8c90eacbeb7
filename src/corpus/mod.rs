//! Corpus: the source documents, decoded, with boilerplate set aside and the
//! body split into sentences with byte spans.

mod boilerplate;
mod decode;
mod html;
mod manifest;
mod origins;
mod segment;

pub use boilerplate::{LineClass, classify_lines};
pub use decode::{Encoding, decode};
pub use html::{HtmlPage, PageMeta, read_html};
pub use manifest::{Manifest, SourceMeta, StoredMeta};
pub use origins::{SAME_ORIGIN, Signature, group_by_origin};
pub use segment::split_sentences;

use crate::error::{Error, InputLocation, Result};
use crate::text::{Lang, detect_lang};
use std::ops::Range;
use std::path::{Path, PathBuf};

/// Largest source file read; bigger files are refused with a clear error.
pub const MAX_SOURCE_BYTES: u64 = 64 * 1024 * 1024;

/// One sentence of a source: a byte span into [`Source::text`], kept in
/// 32 bits (a source is at most [`MAX_SOURCE_BYTES`]; a large corpus holds
/// millions of these).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    start: u32,
    end: u32,
}

impl Sentence {
    pub fn new(span: Range<usize>) -> Sentence {
        Sentence {
            start: span.start as u32,
            end: span.end as u32,
        }
    }

    /// The byte span in the source text.
    pub fn span(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// A span of a source that is not evidence, and why (in 32-bit offsets,
/// like [`Sentence`]: a synthetic 100 MB corpus sets aside 200,000 lines).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    start: u32,
    end: u32,
    pub reason: &'static str,
}

impl SetAside {
    pub fn new(span: Range<usize>, reason: &'static str) -> SetAside {
        SetAside {
            start: span.start as u32,
            end: span.end as u32,
            reason,
        }
    }

    /// The byte span in the source text.
    pub fn span(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// One source document.
#[derive(Debug, Clone)]
pub struct Source {
    /// Index of the `--sources` folder it was found in.
    pub root: usize,
    /// Path relative to its sources folder, with `/` separators.
    pub path: String,
    pub text: String,
    pub encoding: Encoding,
    /// SHA-256 of the file's bytes: what a report was computed from.
    pub sha256: crate::digest::Sha256Digest,
    /// Size of the file in bytes.
    pub bytes: usize,
    pub meta: StoredMeta,
    pub lang: Lang,
    pub sentences: Vec<Sentence>,
    pub set_aside: Vec<SetAside>,
    /// For an HTML page: where the file's own lines start (byte offsets).
    /// Its text has extra newlines where block elements break the
    /// paragraphs, so lines counted in the text would not be the file's.
    pub line_starts: Option<Vec<usize>>,
}

impl Source {
    /// A source of a shard not read (docs/scaling.md): its place and path,
    /// no text and no sentences.
    pub fn unread(root: usize, path: &str) -> Source {
        Source {
            root,
            path: path.to_string(),
            text: String::new(),
            encoding: Encoding::Utf8,
            sha256: Default::default(),
            bytes: 0,
            meta: StoredMeta::default(),
            lang: Lang::En,
            sentences: Vec::new(),
            set_aside: Vec::new(),
            line_starts: None,
        }
    }

    /// Where the file's lines start, as a line index for locating evidence.
    pub fn line_index(&self) -> crate::report::LineIndex {
        match &self.line_starts {
            Some(starts) => crate::report::LineIndex::from_starts(starts.clone()),
            None => crate::report::LineIndex::new(&self.text),
        }
    }

    /// The file's lines as byte ranges of the text (for showing a source
    /// with its lines numbered as the file numbers them).
    pub fn lines(&self) -> Vec<std::ops::Range<usize>> {
        let starts: Vec<usize> = match &self.line_starts {
            Some(s) => s.clone(),
            None => std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect(),
        };
        starts
            .iter()
            .enumerate()
            .map(|(k, &start)| {
                let end = starts
                    .get(k + 1)
                    .map_or(self.text.len(), |&n| n.saturating_sub(1));
                start.min(self.text.len())..end.max(start).min(self.text.len())
            })
            .collect()
    }

    pub fn sentence_text(&self, i: usize) -> &str {
        &self.text[self.sentences[i].span()]
    }
}

/// All sources, in a stable order (folder order, then path).
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub roots: Vec<PathBuf>,
    pub sources: Vec<Source>,
    /// `origin[i]`: the origin group of source `i` (copies share one).
    pub origin: Vec<usize>,
    /// Paths under the sources folders that were not read, and why (a
    /// symbolic link that leads outside its folder): said on stderr.
    pub not_read: NotRead,
}

impl Corpus {
    pub fn sentence_count(&self) -> usize {
        self.sources.iter().map(|s| s.sentences.len()).sum()
    }
}

const SOURCES_HINT: &str = "pass a folder of .txt, .md or .html files with --sources";

/// Read every source under the given folders.
pub fn load(roots: &[PathBuf]) -> Result<Corpus> {
    let mut corpus = load_selected(roots, &|_| true)?;
    corpus.origin = origins_of(&corpus.sources);
    let keys: Vec<Vec<u64>> = {
        use rayon::prelude::*;
        corpus.sources.par_iter().map(line_keys).collect()
    };
    let repeated = repeated_lines(&keys, &corpus.origin);
    drop(keys);
    set_aside_lines(&mut corpus.sources, &repeated);
    Ok(corpus)
}

/// The sources under the given folders, in the order [`load`] gives them,
/// of which only those whose position `read` takes are read: the others
/// stand as [`Source::unread`] (their path alone). A shard of the sources
/// (docs/scaling.md) is read so, every source keeping its number. Origins
/// are not computed and no repeated line is set aside: both depend on
/// every source.
pub fn load_selected(roots: &[PathBuf], read: &(dyn Fn(usize) -> bool + Sync)) -> Result<Corpus> {
    let mut corpus = Corpus {
        roots: roots.to_vec(),
        sources: Vec::new(),
        origin: Vec::new(),
        not_read: Vec::new(),
    };
    for (root_index, root) in roots.iter().enumerate() {
        let meta = std::fs::metadata(root).map_err(|e| Error::io(root, &e, SOURCES_HINT))?;
        if !meta.is_dir() {
            return Err(Error::Io {
                path: root.clone(),
                message: "is not a directory".into(),
                hint: SOURCES_HINT.into(),
            });
        }
        let (files, outside) = source_files(root)?;
        corpus.not_read.extend(outside);
        let manifest = Manifest::load(root)?;
        for entry in manifest.entries() {
            if !files.iter().any(|f| f == &entry.path) {
                return Err(Error::input(
                    entry.location.clone(),
                    format!(
                        "manifest names `{}`, which is not a source file in {}",
                        entry.path,
                        root.display()
                    ),
                    "fix the path or remove the entry",
                ));
            }
        }
        let first = corpus.sources.len();
        let loaded: Vec<Result<(Source, Option<String>)>> = {
            use rayon::prelude::*;
            files
                .par_iter()
                .enumerate()
                .map(|(k, rel)| {
                    if read(first + k) {
                        load_source(root, root_index, rel, manifest.meta_for(rel))
                    } else {
                        Ok((Source::unread(root_index, rel), None))
                    }
                })
                .collect()
        };
        for loaded in loaded {
            let (source, warning) = loaded?;
            if let Some(why) = warning {
                corpus.not_read.push((root.join(&source.path), why));
            }
            corpus.sources.push(source);
        }
    }
    if corpus.sources.is_empty() {
        // a check against nothing would call every claim unverified and pass
        return Err(Error::Io {
            path: roots.first().cloned().unwrap_or_default(),
            message: "no source files found (.txt, .md, .html, .htm; hidden and ignored files are skipped)".into(),
            hint: SOURCES_HINT.into(),
        });
    }
    Ok(corpus)
}

/// Paths under a sources folder that were not read, and why.
type NotRead = Vec<(PathBuf, String)>;

/// Why a path under a sources folder was not read.
pub const LINK_OUTSIDE: &str = "not read: a symbolic link that leads outside the sources folder";

/// Source files under `root`, relative, sorted; hidden and git-ignored files
/// skipped. Symbolic links are followed only while they stay inside `root`
/// (nothing outside what the user named is read): a link that leads out,
/// to a file or a folder, is returned in the second list and not walked.
fn source_files(root: &Path) -> Result<(Vec<String>, NotRead)> {
    let inside_root = std::fs::canonicalize(root).map_err(|e| Error::io(root, &e, SOURCES_HINT))?;
    let outside = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen_outside = std::sync::Arc::clone(&outside);
    let linked = Linked::default();
    let mut files = Vec::new();
    let walker = ignore::WalkBuilder::new(root)
        .hidden(true)
        .follow_links(true)
        .require_git(false)
        .sort_by_file_name(|a, b| a.cmp(b))
        .filter_entry(move |e| {
            if e.depth() == 0 || !e.path_is_symlink() && !under_link(e.path(), &linked) {
                return true;
            }
            let inside =
                std::fs::canonicalize(e.path()).is_ok_and(|real| real.starts_with(&inside_root));
            if !inside && let Ok(mut list) = seen_outside.lock() {
                list.push((e.path().to_path_buf(), LINK_OUTSIDE.to_string()));
            }
            inside
        })
        .build();
    for entry in walker {
        let entry = entry.map_err(|e| walk_error(root, &e))?;
        if !entry.file_type().is_some_and(|t| t.is_file()) {
            continue;
        }
        let path = entry.path();
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        if !matches!(
            ext.as_deref(),
            Some("txt" | "md" | "markdown" | "html" | "htm")
        ) {
            continue;
        }
        let rel = path.strip_prefix(root).unwrap_or(path);
        let rel = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        files.push(rel);
    }
    files.sort();
    let mut outside = outside.lock().map(|l| l.clone()).unwrap_or_default();
    outside.sort();
    Ok((files, outside))
}

/// Folders known to be, or lie under, a symbolic link (true) or not.
type Linked = std::sync::Mutex<rustc_hash::FxHashMap<PathBuf, bool>>;

/// Whether some folder on the way to `path` is a symbolic link (its target
/// was checked when the walk entered it, but a link inside it may lead
/// elsewhere again): cheap enough to check every entry of such a folder.
/// Each folder's answer is remembered in `linked`: the files of a folder of
/// fifty thousand sources each asked the system about every folder above.
fn under_link(path: &Path, linked: &Linked) -> bool {
    let Some(parent) = path.parent() else {
        return false;
    };
    let known = linked
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(parent)
        .copied();
    known.unwrap_or_else(|| {
        let is_link = parent
            .symlink_metadata()
            .is_ok_and(|m| m.file_type().is_symlink())
            || under_link(parent, linked);
        linked
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(parent.to_path_buf(), is_link);
        is_link
    })
}

fn walk_error(root: &Path, err: &ignore::Error) -> Error {
    let text = err.to_string();
    let path = match err {
        ignore::Error::WithPath { path, .. } => path.clone(),
        _ => root.to_path_buf(),
    };
    let (message, hint) = if text.contains("loop") {
        (
            "symbolic link loop".to_string(),
            "remove the link that points back to a parent folder".to_string(),
        )
    } else {
        (text, SOURCES_HINT.to_string())
    };
    Error::Io {
        path,
        message,
        hint,
    }
}

/// A source, and a warning when it was not read exactly as written.
fn load_source(
    root: &Path,
    root_index: usize,
    rel: &str,
    meta: SourceMeta,
) -> Result<(Source, Option<String>)> {
    let full = root.join(rel);
    let size = std::fs::metadata(&full)
        .map_err(|e| Error::io(&full, &e, SOURCES_HINT))?
        .len();
    if size > MAX_SOURCE_BYTES {
        return Err(Error::input(
            InputLocation::file(&full),
            format!("source file is {size} bytes, more than the {MAX_SOURCE_BYTES} byte limit"),
            "split the file or remove it from the sources folder",
        ));
    }
    let bytes = std::fs::read(&full).map_err(|e| Error::io(&full, &e, SOURCES_HINT))?;
    let (text, encoding) = decode(&bytes).ok_or_else(|| {
        Error::input(
            InputLocation::file(&full),
            "source file is binary, not text",
            "remove it from the sources folder, or convert it to UTF-8 text",
        )
    })?;
    let warning = (encoding == Encoding::Utf8Repaired).then(|| {
        let (count, first) = decode::invalid_utf8(&bytes);
        let line = bytes[..first].iter().filter(|&&b| b == b'\n').count() + 1;
        format!(
            "{count} byte(s) are not valid UTF-8 (the first on line {line}); read as UTF-8 with `?` in their place"
        )
    });
    let sha256 = crate::digest::Sha256Digest::of(&bytes);
    let lower = rel.to_ascii_lowercase();
    let html = lower.ends_with(".html") || lower.ends_with(".htm");
    let line_starts = html.then(|| {
        std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect::<Vec<usize>>()
    });
    let (body, meta) = if html {
        let page = read_html(&text);
        // the manifest wins over what the page says about itself
        let meta = SourceMeta {
            title: meta.title.or(page.meta.title),
            outlet: meta.outlet.or(page.meta.outlet),
            author: meta.author.or(page.meta.author),
            url: meta.url.or(page.meta.url),
            published: meta.published.or(page.meta.published),
            language: meta.language.or(page.meta.language),
        };
        (page.text, meta)
    } else {
        (text, meta)
    };
    let lines = classify_lines(&body);
    let mut sentences = Vec::new();
    let mut set_aside = Vec::new();
    for (span, class) in lines {
        match class {
            LineClass::Body => {
                sentences.extend(split_sentences(&body, span).into_iter().map(Sentence::new))
            }
            LineClass::Boilerplate(reason) => set_aside.push(SetAside::new(span, reason)),
            LineClass::Blank => {}
        }
    }
    // a large corpus holds millions of these: no spare capacity
    sentences.shrink_to_fit();
    set_aside.shrink_to_fit();
    let lang = meta.language.unwrap_or_else(|| {
        let sample: String = sentences
            .iter()
            .take(40)
            .map(|s| &body[s.span()])
            .collect::<Vec<_>>()
            .join(" ");
        detect_lang(&sample)
    });
    // `body` has the same byte layout as `text` (markup is blanked, not removed)
    let source = Source {
        root: root_index,
        path: rel.to_string(),
        text: body,
        encoding,
        sha256,
        bytes: bytes.len(),
        meta: meta.into(),
        lang,
        sentences,
        set_aside,
        line_starts,
    };
    Ok((source, warning))
}

/// Origin groups of the sources, from their body sentences (furniture and
/// set-aside lines do not make two articles look alike).
fn origins_of(sources: &[Source]) -> Vec<usize> {
    use rayon::prelude::*;
    let signatures: Vec<Option<Signature>> = sources.par_iter().map(signature).collect();
    group_by_origin(&signatures)
}

/// A source's signature, from its body sentences (before repeated lines
/// are set aside).
pub fn signature(source: &Source) -> Option<Signature> {
    let body: Vec<&str> = source
        .sentences
        .iter()
        .map(|x| &source.text[x.span()])
        .collect();
    Signature::of(&body.join(" "))
}

/// Lines shorter than this that recur word for word in sources of
/// different origins are site furniture ("Share this post", a newsletter
/// pitch, an outlet's tagline), not statements.
const REPEATED_LINE_MAX_CHARS: usize = 200;

/// A line short enough, and not blank, to be furniture repeated elsewhere.
fn may_repeat(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty() && line.chars().count() <= REPEATED_LINE_MAX_CHARS
}

/// The hashed folded text of a line that may be furniture: SipHash with
/// fixed keys, the same on every run (and every machine), and no pair of
/// the lines of any real corpus is likely to share a value.
fn line_key(line: &str) -> u64 {
    use std::hash::BuildHasher;
    std::hash::BuildHasherDefault::<std::hash::DefaultHasher>::default()
        .hash_one(crate::text::fold(line.trim()))
}

/// The keys of a source's lines short enough to be furniture, sorted, each
/// once: what finding the repeated lines needs of a source.
pub fn line_keys(source: &Source) -> Vec<u64> {
    let mut keys: Vec<u64> = source
        .text
        .lines()
        .filter(|line| may_repeat(line))
        .map(line_key)
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// The lines repeated in sources of different origins: the keys that
/// `keys[i]` (source `i`'s [`line_keys`]) share across two or more origins,
/// sorted. Copies of one article share all their lines: that is not
/// furniture. Sorting the (key, origin) pairs finds them without a hash
/// table.
pub fn repeated_lines(keys: &[Vec<u64>], origin: &[usize]) -> Vec<u64> {
    use rayon::prelude::*;
    let mut pairs: Vec<(u64, usize)> = keys
        .par_iter()
        .enumerate()
        .flat_map_iter(|(i, keys)| keys.iter().map(move |&k| (k, origin[i])))
        .collect();
    pairs.par_sort_unstable();
    pairs.dedup();
    let mut seen: Vec<u64> = pairs
        .windows(2)
        .filter(|w| w[0].0 == w[1].0)
        .map(|w| w[0].0)
        .collect();
    seen.dedup();
    seen
}

/// Set aside the body lines whose key is in `seen` (sorted), in every
/// source read.
pub fn set_aside_lines(sources: &mut [Source], seen: &[u64]) {
    use rayon::prelude::*;
    if seen.is_empty() {
        return;
    }
    let key = line_key;
    sources.par_iter_mut().for_each(|source| {
        let text = &source.text;
        let mut repeated: Vec<Range<usize>> = Vec::new();
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            let span = at..at + line.trim_end_matches('\n').len();
            at += line.len();
            if may_repeat(line) && seen.binary_search(&key(line)).is_ok() {
                repeated.push(span);
            }
        }
        if repeated.is_empty() {
            return;
        }
        // lines are disjoint and in order: the one a sentence may lie in is
        // the last starting at or before it (a search, not a scan)
        let line_of = |span: &Range<usize>| {
            let at = repeated.partition_point(|r| r.start <= span.start);
            at.checked_sub(1).filter(|&k| span.end <= repeated[k].end)
        };
        let (kept, dropped): (Vec<Sentence>, Vec<Sentence>) = std::mem::take(&mut source.sentences)
            .into_iter()
            .partition(|s| line_of(&s.span()).is_none());
        source.sentences = kept;
        let mut emptied: Vec<usize> = dropped.iter().filter_map(|s| line_of(&s.span())).collect();
        emptied.dedup();
        for r in emptied.into_iter().map(|k| repeated[k].clone()) {
            source
                .set_aside
                .push(SetAside::new(r, "line repeated in other sources"));
        }
        source.set_aside.sort_by_key(|a| a.start);
        // as after reading: no spare capacity in what every source keeps
        source.set_aside.shrink_to_fit();
        source.sentences.shrink_to_fit();
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_under_a_link_is_known_as_such_whoever_asks_first() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("real/deeper")).unwrap();
        std::os::unix::fs::symlink(root.join("real"), root.join("linked")).unwrap();
        // each folder's every parent asked of the system, as before the cache
        let asked = |path: &Path| {
            path.ancestors().skip(1).any(|a| {
                a.symlink_metadata()
                    .is_ok_and(|m| m.file_type().is_symlink())
            })
        };
        let paths = [
            root.join("real/a.txt"),
            root.join("real/deeper/b.txt"),
            root.join("linked/a.txt"),
            root.join("linked/deeper/b.txt"),
            root.join("linked/deeper"),
            root.join("linked"),
            PathBuf::from("a.txt"),
            PathBuf::new(),
        ];
        let linked = Linked::default();
        for path in paths.iter().chain(paths.iter().rev()) {
            assert_eq!(under_link(path, &linked), asked(path), "{}", path.display());
        }
        assert!(under_link(&root.join("linked/deeper/b.txt"), &linked));
        assert!(!under_link(&root.join("real/deeper/b.txt"), &linked));
    }
}

//! The optional `sources.yaml` manifest: per-file title, outlet, URL,
//! publication date and language. The publication date anchors year-less
//! dates in the text.

use crate::calendar::Date;
use crate::error::{Error, InputLocation, Result};
use crate::text::Lang;
use crate::yaml;
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer};
use std::collections::HashMap;
use std::fmt;
use std::path::{Component, Path};

pub const MANIFEST_NAME: &str = "sources.yaml";
const MANIFEST_HINT: &str = "see docs/claims.md#sources-manifest for the manifest format";

/// What the manifest says about one source file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SourceMeta {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub author: Option<String>,
    pub url: Option<String>,
    pub published: Option<Date>,
    pub language: Option<Lang>,
}

impl SourceMeta {
    /// Nothing is known about the source.
    pub fn is_empty(&self) -> bool {
        *self == SourceMeta::default()
    }
}

/// A source's [`SourceMeta`], boxed only when it says something: most
/// sources of a large corpus have none, and the empty form weighs a pointer
/// where the full one weighs some 110 bytes. Reads as a `SourceMeta`.
#[derive(Debug, Clone, Default)]
pub struct StoredMeta(Option<Box<SourceMeta>>);

/// What a source without metadata reads as.
static NO_META: SourceMeta = SourceMeta {
    title: None,
    outlet: None,
    author: None,
    url: None,
    published: None,
    language: None,
};

impl From<SourceMeta> for StoredMeta {
    fn from(meta: SourceMeta) -> StoredMeta {
        StoredMeta((!meta.is_empty()).then(|| Box::new(meta)))
    }
}

impl std::ops::Deref for StoredMeta {
    type Target = SourceMeta;
    fn deref(&self) -> &SourceMeta {
        self.0.as_deref().unwrap_or(&NO_META)
    }
}

#[derive(Debug, Clone)]
pub struct ManifestEntry {
    /// Normalised relative path with `/` separators.
    pub path: String,
    pub meta: SourceMeta,
    pub location: InputLocation,
}

#[derive(Debug, Clone, Default)]
pub struct Manifest {
    entries: Vec<ManifestEntry>,
    by_path: HashMap<String, usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestFile {
    sources: Vec<RawEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    path: String,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    outlet: Option<String>,
    #[serde(default)]
    author: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    published: Option<PublishedDate>,
    #[serde(default)]
    language: Option<LanguageCode>,
}

struct PublishedDate(Date);

impl<'de> Deserialize<'de> for PublishedDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = PublishedDate;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date YYYY-MM-DD")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<PublishedDate, E> {
                Date::parse_iso(v).map(PublishedDate).ok_or_else(|| {
                    E::custom(format!("`published` must be a date YYYY-MM-DD, not `{v}`"))
                })
            }
        }
        d.deserialize_str(V)
    }
}

struct LanguageCode(Lang);

impl<'de> Deserialize<'de> for LanguageCode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = LanguageCode;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a language code, `en` or `fr`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<LanguageCode, E> {
                Lang::parse(v).map(LanguageCode).ok_or_else(|| {
                    E::custom(format!("unsupported language `{v}`: use `en` or `fr`"))
                })
            }
        }
        d.deserialize_str(V)
    }
}

impl Manifest {
    /// Read `root/sources.yaml` if it exists.
    pub fn load(root: &Path) -> Result<Manifest> {
        let path = root.join(MANIFEST_NAME);
        // a manifest that is a link out of the folder is not read either
        if path
            .symlink_metadata()
            .is_ok_and(|m| m.file_type().is_symlink())
        {
            let inside = std::fs::canonicalize(root).ok().is_some_and(|r| {
                std::fs::canonicalize(&path).is_ok_and(|real| real.starts_with(r))
            });
            if !inside {
                return Err(Error::input(
                    InputLocation::file(&path),
                    "the manifest is a symbolic link that leads outside the sources folder",
                    "copy the manifest into the folder instead of linking it",
                ));
            }
        }
        if !path.exists() {
            return Ok(Manifest::default());
        }
        let read = crate::error::read_input(
            &path,
            crate::yaml::MAX_YAML_BYTES as u64,
            "manifest",
            MANIFEST_HINT,
        );
        let text = match read {
            Ok(bytes) => String::from_utf8(bytes).map_err(|_| {
                Error::input(
                    InputLocation::file(&path),
                    "manifest is not valid UTF-8",
                    "save it as UTF-8",
                )
            })?,
            Err(e) => return Err(e),
        };
        Manifest::parse(&path, &text)
    }

    pub fn parse(path: &Path, text: &str) -> Result<Manifest> {
        let shape: yaml::Value = yaml::from_str(path, text, MANIFEST_HINT)?;
        let raw: Vec<RawEntry> = match shape {
            yaml::Value::Null => Vec::new(),
            yaml::Value::Sequence(_) => yaml::from_str(path, text, MANIFEST_HINT)?,
            _ => yaml::from_str::<ManifestFile>(path, text, MANIFEST_HINT)?.sources,
        };
        let mut positions = yaml::key_positions(text, "path").into_iter();
        let mut manifest = Manifest::default();
        for r in raw {
            let location = positions
                .by_ref()
                .find(|(value, _, _)| *value == r.path)
                .map_or_else(
                    || InputLocation::file(path),
                    |(_, l, c)| InputLocation::at(path, l, c),
                );
            let rel = normalise_relative(&r.path).ok_or_else(|| {
                Error::input(
                    location.clone(),
                    format!("manifest path `{}` is outside the sources folder", r.path),
                    "manifest paths are relative to the folder that holds sources.yaml and may not leave it",
                )
            })?;
            if let Some(&first) = manifest.by_path.get(&rel) {
                return Err(Error::input(
                    location,
                    format!("`{rel}` is listed twice in the manifest"),
                    format!("first listed at {}", manifest.entries[first].location),
                ));
            }
            manifest.by_path.insert(rel.clone(), manifest.entries.len());
            manifest.entries.push(ManifestEntry {
                path: rel,
                meta: SourceMeta {
                    title: r.title,
                    outlet: r.outlet,
                    author: r.author,
                    url: r.url,
                    published: r.published.map(|p| p.0),
                    language: r.language.map(|l| l.0),
                },
                location,
            });
        }
        Ok(manifest)
    }

    pub fn entries(&self) -> &[ManifestEntry] {
        &self.entries
    }

    pub fn meta_for(&self, rel: &str) -> SourceMeta {
        self.by_path
            .get(rel)
            .map(|&i| self.entries[i].meta.clone())
            .unwrap_or_default()
    }
}

/// `a/./b/../c.txt` -> `a/c.txt`; `None` when the path is absolute or climbs
/// out of the folder.
fn normalise_relative(path: &str) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    for component in Path::new(path).components() {
        match component {
            Component::Normal(p) => parts.push(p.to_string_lossy().into_owned()),
            Component::CurDir => {}
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_meta_boxes_only_what_says_something_and_reads_back() {
        let empty = StoredMeta::from(SourceMeta::default());
        assert!(empty.0.is_none());
        assert!(empty.is_empty() && empty.title.is_none());
        let meta = SourceMeta {
            outlet: Some("Le Monde".into()),
            language: Some(Lang::Fr),
            ..SourceMeta::default()
        };
        let stored = StoredMeta::from(meta.clone());
        assert!(stored.0.is_some());
        assert_eq!(*stored, meta);
        assert_eq!(stored.outlet.as_deref(), Some("Le Monde"));
    }

    #[test]
    fn reads_entries_and_refuses_escapes() {
        let text = "sources:\n  - path: ./a.txt\n    published: 2021-07-22\n    language: fr\n";
        let m = Manifest::parse(Path::new("s.yaml"), text).unwrap();
        let meta = m.meta_for("a.txt");
        assert_eq!(meta.published, Date::new(2021, 7, 22));
        assert_eq!(meta.language, Some(Lang::Fr));

        for bad in ["../x.txt", "/etc/passwd", "a/../../x.txt"] {
            let text = format!("sources:\n  - path: {bad}\n");
            let err = Manifest::parse(Path::new("s.yaml"), &text)
                .unwrap_err()
                .to_string();
            assert!(err.starts_with("s.yaml:2:11: manifest path"), "{err}");
        }
        let err = Manifest::parse(
            Path::new("s.yaml"),
            "- path: a.txt\n  published: 22/07/2021\n",
        )
        .unwrap_err();
        assert!(err.to_string().starts_with("s.yaml:2:"), "{err}");
        let err =
            Manifest::parse(Path::new("s.yaml"), "- path: a.txt\n  language: de\n").unwrap_err();
        assert!(err.to_string().contains("unsupported language"), "{err}");
    }
}

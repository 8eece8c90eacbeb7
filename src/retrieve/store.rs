//! The index on disk: an archive checked many times is analysed once. The
//! file holds what `prepare` computes (index terms, postings, sentence
//! lengths, the year context, the acronyms the sources define) under a
//! fingerprint of everything it was computed from: the claimcheck version,
//! the lexicon, and every source's path, SHA-256 and sentences. A file whose
//! fingerprint differs, or that does not read back whole, consistent and
//! with its trailer, is not used: the index is built again and the file
//! replaced.
//!
//! The trailer is an HMAC-SHA256 under a key only this user holds
//! ([`IndexKey`]), not a plain checksum: a plain checksum anyone can
//! recompute, and an index edited to leave a sentence out of a term's
//! postings is consistent in itself yet turns a contradicted claim into an
//! unverified one. A file this user's claimcheck did not write is rebuilt.

use super::SentenceIndex;
use super::postings::{Postings, Segment};
use super::terms::TermDictionary;
use hmac::{KeyInit, Mac};
use std::io::{Read as _, Write};
use std::path::{Path, PathBuf};

const MAGIC: &[u8] = b"claimcheck index 3\n";

type Hmac = hmac::Hmac<sha2::Sha256>;

/// The secret index files are authenticated with: `CLAIMCHECK_INDEX_KEY`
/// when set (CI runners that share an index through a cache share it as a
/// secret), else 32 random bytes kept in the user's cache folder
/// (`$XDG_CACHE_HOME/claimcheck/index-key`, else `~/.cache/...`), made on
/// first use, readable by the user only.
pub struct IndexKey(Vec<u8>);

/// Where the key is kept when no variable gives it.
fn key_path() -> Option<PathBuf> {
    let cache = std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|v| !v.is_empty())
                .map(|h| PathBuf::from(h).join(".cache"))
        })?;
    Some(cache.join("claimcheck").join("index-key"))
}

impl IndexKey {
    /// This user's key; with a warning when none can be kept (the index is
    /// then written under a key of this run only, so never read back).
    pub fn of_user() -> (IndexKey, Option<String>) {
        if let Some(k) = std::env::var_os("CLAIMCHECK_INDEX_KEY").filter(|v| !v.is_empty()) {
            return (IndexKey(k.as_encoded_bytes().to_vec()), None);
        }
        match key_path().map(|p| (Self::kept_at(&p), p)) {
            Some((Ok(key), _)) => (key, None),
            Some((Err(e), path)) => (
                Self::random(),
                Some(format!(
                    "cannot keep the index key at {} ({e}): the index is built again on every run; \
                     set CLAIMCHECK_INDEX_KEY to keep it",
                    path.display()
                )),
            ),
            None => (
                Self::random(),
                Some(
                    "no cache folder (neither XDG_CACHE_HOME nor HOME is set): the index is built \
                     again on every run; set CLAIMCHECK_INDEX_KEY to keep it"
                        .to_string(),
                ),
            ),
        }
    }

    /// A key given as bytes (tests, and whoever manages keys themselves).
    pub fn from_bytes(bytes: &[u8]) -> IndexKey {
        IndexKey(bytes.to_vec())
    }

    fn random() -> IndexKey {
        let mut key = vec![0u8; 32];
        // no entropy source at all: a fixed key is no worse than none, and
        // the index is still checked for consistency
        let _ = getrandom::fill(&mut key);
        IndexKey(key)
    }

    /// The key file at `path`, made (32 random bytes, mode 0600) if missing.
    fn kept_at(path: &Path) -> std::io::Result<IndexKey> {
        match std::fs::read(path) {
            Ok(bytes) if bytes.len() == 32 => return Ok(IndexKey(bytes)),
            Ok(_) => return Err(std::io::Error::other("not a 32-byte key")),
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
            Err(_) => {}
        }
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let mut key = [0u8; 32];
        getrandom::fill(&mut key).map_err(std::io::Error::other)?;
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        match options.open(path) {
            Ok(mut file) => {
                file.write_all(&key)?;
                Ok(IndexKey(key.to_vec()))
            }
            // another run made it first: read theirs
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let bytes = std::fs::read(path)?;
                (bytes.len() == 32)
                    .then_some(IndexKey(bytes))
                    .ok_or_else(|| std::io::Error::other("not a 32-byte key"))
            }
            Err(e) => Err(e),
        }
    }

    fn mac(&self) -> Hmac {
        // HMAC takes a key of any length
        <Hmac as KeyInit>::new_from_slice(&self.0).expect("HMAC takes any key length")
    }
}

/// What a stored index holds besides the index itself, per source: what it
/// was made from (the source's line of the fingerprint), the year changes
/// (sentence, year), and the acronyms it defines (acronym, long form).
pub struct Stored {
    pub index: SentenceIndex,
    pub sources: Vec<String>,
    pub years: Vec<Vec<(u32, i32)>>,
    pub acronyms: Vec<Vec<(String, String)>>,
}

/// A stored index as found on disk.
pub enum Loaded {
    /// Made from these very sources: used as it is.
    Same(Stored),
    /// Made by this claimcheck and lexicon from other sources (some
    /// changed, added or removed): what is still true of the sources it
    /// shares with these is taken over.
    Earlier(Stored),
}

/// Little-endian, length-prefixed writing, straight to the file, with an
/// HMAC of everything written (the file ends with it).
struct Writer<W: Write>(W, Hmac);

impl<W: Write> Writer<W> {
    fn raw(&mut self, b: &[u8]) -> std::io::Result<()> {
        self.1.update(b);
        self.0.write_all(b)
    }
    fn u64(&mut self, v: u64) -> std::io::Result<()> {
        self.raw(&v.to_le_bytes())
    }
    fn bytes(&mut self, b: &[u8]) -> std::io::Result<()> {
        self.u64(b.len() as u64)?;
        self.raw(b)
    }
    fn u32s(&mut self, v: &[u32]) -> std::io::Result<()> {
        self.u64(v.len() as u64)?;
        for chunk in v.chunks(1 << 14) {
            let bytes: Vec<u8> = chunk.iter().flat_map(|x| x.to_le_bytes()).collect();
            self.raw(&bytes)?;
        }
        Ok(())
    }
    fn str(&mut self, s: &str) -> std::io::Result<()> {
        self.bytes(s.as_bytes())
    }
}

/// Reading that fails, never panics, on a short or malformed file; each
/// section is read straight into its own buffer.
struct Reader<R: std::io::Read> {
    input: R,
    /// Bytes left in the file: no length may claim more.
    left: u64,
    digest: Hmac,
}

type Read<T> = Option<T>;

impl<R: std::io::Read> Reader<R> {
    fn take(&mut self, n: usize) -> Read<Vec<u8>> {
        self.left = self.left.checked_sub(n as u64)?;
        let mut out = vec![0; n];
        self.input.read_exact(&mut out).ok()?;
        self.digest.update(&out);
        Some(out)
    }
    fn u64(&mut self) -> Read<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    fn len(&mut self, item: u64) -> Read<usize> {
        let n = self.u64()?;
        // a length longer than what is left is a broken file, not an allocation
        (n.checked_mul(item)? <= self.left).then_some(usize::try_from(n).ok()?)
    }
    fn bytes(&mut self) -> Read<Vec<u8>> {
        let n = self.len(1)?;
        self.take(n)
    }
    fn u32s(&mut self) -> Read<Vec<u32>> {
        let n = self.len(4)?;
        let mut out = Vec::with_capacity(n);
        // in pieces, so a large section is never held twice
        let mut remaining = n;
        while remaining > 0 {
            let piece = remaining.min(1 << 16);
            out.extend(
                self.take(4 * piece)?
                    .chunks_exact(4)
                    .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])),
            );
            remaining -= piece;
        }
        Some(out)
    }
    fn string(&mut self) -> Read<String> {
        String::from_utf8(self.bytes()?).ok()
    }
}

/// Write `stored` under `fingerprint` to `path`, through a temporary file
/// renamed over it (never half-written).
/// `base` is the fingerprint of what analysis depends on besides the
/// sources (claimcheck, lexicon), `fingerprint` that of the whole input.
pub fn save(
    path: &Path,
    key: &IndexKey,
    base: &str,
    fingerprint: &str,
    stored: &Stored,
) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = tempfile::NamedTempFile::new_in(dir)?;
    let _unfinished = crate::output::unfinished(tmp.path());
    let mut w = Writer(std::io::BufWriter::with_capacity(1 << 16, tmp), key.mac());
    let index = &stored.index;
    assert!(
        !index.postings.is_compacted(),
        "a search-only index is never saved"
    );
    w.raw(MAGIC)?;
    w.str(base)?;
    w.str(fingerprint)?;
    w.u64(stored.sources.len() as u64)?;
    for key in &stored.sources {
        w.str(key)?;
    }
    w.str(index.terms.text())?;
    w.u32s(index.terms.ends())?;
    w.u32s(&index.postings.df)?;
    w.u64(index.postings.segments.len() as u64)?;
    for s in &index.postings.segments {
        w.u32s(&s.terms)?;
        w.u32s(&s.starts)?;
        w.bytes(&s.bytes)?;
    }
    w.u32s(&index.unit_sources())?;
    w.u32s(&index.first_unit)?;
    w.u32s(&index.lengths)?;
    w.u64(stored.years.len() as u64)?;
    for years in &stored.years {
        w.u32s(
            &years
                .iter()
                .flat_map(|&(k, y)| [k, y as u32])
                .collect::<Vec<_>>(),
        )?;
    }
    w.u64(stored.acronyms.len() as u64)?;
    for defined in &stored.acronyms {
        w.u64(defined.len() as u64)?;
        for (a, long) in defined {
            w.str(a)?;
            w.str(long)?;
        }
    }
    let digest = w.1.clone().finalize().into_bytes();
    w.0.write_all(&digest)?;
    let tmp = w.0.into_inner().map_err(|e| e.into_error())?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// The stored index at `path`: [`Loaded::Same`] if it was made under
/// `fingerprint`, for `sentences.len()` sources whose sentences it indexes
/// exactly (`sentences[s]`: how many source `s` has; a crafted file that
/// points past them is refused, not trusted); [`Loaded::Earlier`] if it was
/// made under `base` from other sources, and is whole and consistent in
/// itself; `None` otherwise (missing, from another claimcheck or lexicon,
/// truncated or corrupt: the caller builds the index again).
pub fn load(
    path: &Path,
    key: &IndexKey,
    base: &str,
    fingerprint: &str,
    sentences: &[usize],
) -> Option<Loaded> {
    let file = std::fs::File::open(path).ok()?;
    // the last 32 bytes are the HMAC of the rest
    let left = file.metadata().ok()?.len().checked_sub(32)?;
    let mut r = Reader {
        input: std::io::BufReader::with_capacity(1 << 16, file),
        left,
        digest: key.mac(),
    };
    if r.take(MAGIC.len())? != MAGIC || r.string()? != base {
        return None;
    }
    let same = r.string()? == fingerprint;
    let source_count = r.len(8)?;
    let mut sources = Vec::with_capacity(source_count);
    for _ in 0..source_count {
        sources.push(r.string()?);
    }
    let text = r.string()?;
    let ends = r.u32s()?;
    let terms = TermDictionary::from_parts(text, ends)?;
    let df = r.u32s()?;
    let segment_count = r.len(24)?;
    let mut segments = Vec::with_capacity(segment_count);
    for _ in 0..segment_count {
        segments.push(Segment {
            terms: r.u32s()?,
            starts: r.u32s()?,
            bytes: r.bytes()?,
        });
    }
    let unit_source = r.u32s()?;
    let first_unit = r.u32s()?;
    let lengths = r.u32s()?;
    let year_count = r.len(8)?;
    let mut years = Vec::with_capacity(year_count);
    for _ in 0..year_count {
        let flat = r.u32s()?;
        if flat.len() % 2 != 0 {
            return None;
        }
        years.push(flat.chunks_exact(2).map(|p| (p[0], p[1] as i32)).collect());
    }
    let acronym_sources = r.len(8)?;
    let mut acronyms = Vec::with_capacity(acronym_sources);
    for _ in 0..acronym_sources {
        let count = r.len(16)?;
        let mut defined = Vec::with_capacity(count);
        for _ in 0..count {
            defined.push((r.string()?, r.string()?));
        }
        acronyms.push(defined);
    }
    if r.left != 0 {
        return None;
    }
    let mut written = [0u8; 32];
    r.input.read_exact(&mut written).ok()?;
    // compared in constant time: the trailer is a secret's work
    r.digest.clone().verify_slice(&written).ok()?;
    // the file's own sources, as its unit tables count their sentences
    let stored_sentences: Vec<usize> = (0..first_unit.len())
        .map(|s| {
            let end = first_unit
                .get(s + 1)
                .map_or(unit_source.len(), |&u| u as usize);
            end.saturating_sub(first_unit[s] as usize)
        })
        .collect();
    let units = unit_source.len();
    let consistent = df.len() <= terms.len()
        && lengths.len() == units
        && sources.len() == first_unit.len()
        && years.len() == first_unit.len()
        && acronyms.len() == first_unit.len()
        && units_match_sentences(&unit_source, &first_unit, &stored_sentences)
        && (!same || stored_sentences == sentences);
    if !consistent {
        return None;
    }
    let postings = Postings::from_segments(segments, df, terms.len(), units)?;
    let stored = Stored {
        index: SentenceIndex::from_parts(terms, postings, first_unit, lengths),
        sources,
        years,
        acronyms,
    };
    Some(if same {
        Loaded::Same(stored)
    } else {
        Loaded::Earlier(stored)
    })
}

/// Each source's units are its sentences, in order, no more and no fewer.
fn units_match_sentences(unit_source: &[u32], first_unit: &[u32], sentences: &[usize]) -> bool {
    if first_unit.len() != sentences.len() || unit_source.len() != sentences.iter().sum::<usize>() {
        return false;
    }
    let mut next = 0usize;
    for (s, &count) in sentences.iter().enumerate() {
        if first_unit[s] as usize != next {
            return false;
        }
        let units = &unit_source[next..next + count];
        if units.iter().any(|&u| u as usize != s) {
            return false;
        }
        next += count;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{DateContext, Facts, analyse};
    use crate::retrieve::index_terms;
    use crate::text::Lang;

    fn key() -> IndexKey {
        IndexKey::from_bytes(b"the key of the tests")
    }

    fn stored() -> Stored {
        // a second source without sentences
        let mut analysed = crate::retrieve::sample_source();
        analysed.push(Vec::new());
        Stored {
            index: SentenceIndex::build(&analysed),
            sources: vec!["a.txt".into(), "b.txt".into()],
            years: vec![vec![(1, 2021)], Vec::new()],
            acronyms: vec![vec![("nso".into(), "Niv Shalev Omri".into())], Vec::new()],
        }
    }

    /// The index in a loaded file, whichever way it was found usable.
    fn same(loaded: Option<Loaded>) -> Option<Stored> {
        match loaded? {
            Loaded::Same(stored) => Some(stored),
            Loaded::Earlier(_) => None,
        }
    }

    fn search(index: &SentenceIndex) -> Vec<(crate::retrieve::SentenceRef, f64)> {
        let claim = analyse(
            "France hosted 35 NSO servers.",
            Lang::En,
            DateContext::default(),
        );
        index.search(&index_terms(&claim), &|_| true, 3)
    }

    #[test]
    fn an_index_reads_back_as_it_was_written_and_only_for_its_fingerprint() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index");
        let original = stored();
        save(&path, &key(), "base", "fp", &original).unwrap();
        let back = same(load(&path, &key(), "base", "fp", &[3, 0])).expect("reads back");
        assert_eq!(search(&back.index), search(&original.index));
        assert_eq!(back.index.len(), 3);
        assert_eq!(back.index.stats(), original.index.stats());
        assert_eq!(back.sources, original.sources);
        assert_eq!(back.years, original.years);
        assert_eq!(back.acronyms, original.acronyms);
        // other sources under the same claimcheck: an earlier index, to update
        assert!(matches!(
            load(&path, &key(), "base", "other", &[3, 0]),
            Some(Loaded::Earlier(_))
        ));
        // another claimcheck or lexicon: nothing of it is used
        assert!(load(&path, &key(), "other base", "fp", &[3, 0]).is_none());
        // sources whose sentences the file does not index exactly: refused
        assert!(load(&path, &key(), "base", "fp", &[3, 0, 0]).is_none());
        assert!(load(&path, &key(), "base", "fp", &[2, 1]).is_none());
        assert!(load(&path, &key(), "base", "fp", &[4, 0]).is_none());
        assert!(load(&dir.path().join("missing"), &key(), "base", "fp", &[3, 0]).is_none());
    }

    #[test]
    fn an_updated_index_searches_as_one_built_from_scratch() {
        let sentences = |texts: &[&str]| -> Vec<Facts> {
            texts
                .iter()
                .map(|t| analyse(t, Lang::Fr, DateContext::default()))
                .collect()
        };
        let a = sentences(&["La France a hébergé 35 serveurs de NSO.", "Il pleut."]);
        let b = sentences(&["Le Maroc a visé 14 ministres.", "Le ministre a démenti."]);
        let b2 = sentences(&["Le Maroc a visé 15 ministres, dont le Premier ministre."]);
        let c = sentences(&["Amnesty International a publié le rapport."]);
        let terms = |f: &[Facts]| {
            f.iter()
                .map(index_terms)
                .collect::<crate::retrieve::TermLists>()
        };
        let earlier = SentenceIndex::build(&[a.clone(), b, c.clone()]);
        // b changed and a new source d before c; c kept, a kept
        let d = sentences(&["Pegasus a visé des journalistes en France."]);
        let updated = earlier.update(
            &[Some(0), None, None, Some(2)],
            vec![None, Some(terms(&b2)), Some(terms(&d)), None],
        );
        let scratch = SentenceIndex::build(&[a, b2, d, c]);
        assert_eq!(updated.len(), scratch.len());
        for claim in [
            "France hosted 35 NSO servers.",
            "Morocco targeted 15 ministers.",
            "Morocco targeted 14 ministers.",
            "Pegasus targeted journalists.",
            "Amnesty published the report.",
        ] {
            let claim = analyse(claim, Lang::En, DateContext::default());
            let q = index_terms(&claim);
            assert_eq!(
                updated.search(&q, &|_| true, 5),
                scratch.search(&q, &|_| true, 5),
                "{q:?}"
            );
            for key in &q {
                assert_eq!(updated.idf(key), scratch.idf(key), "{key}");
            }
        }
    }

    #[test]
    fn a_damaged_index_is_refused_never_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index");
        save(&path, &key(), "base", "fp", &stored()).unwrap();
        let good = std::fs::read(&path).unwrap();
        let damaged = dir.path().join("damaged");
        // cut short anywhere
        for cut in (0..good.len()).step_by(7) {
            std::fs::write(&damaged, &good[..cut]).unwrap();
            assert!(
                load(&damaged, &key(), "base", "fp", &[3, 0]).is_none(),
                "cut at {cut}"
            );
        }
        // one byte changed anywhere: refused (the checksum, if nothing else)
        for at in (0..good.len()).step_by(3) {
            let mut bytes = good.clone();
            bytes[at] ^= 0x5a;
            std::fs::write(&damaged, &bytes).unwrap();
            assert!(
                load(&damaged, &key(), "base", "fp", &[3, 0]).is_none(),
                "byte {at} changed"
            );
        }
    }

    #[test]
    fn a_file_sealed_without_the_key_is_refused() {
        use sha2::Digest;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index");
        save(&path, &key(), "base", "fp", &stored()).unwrap();
        assert!(load(&path, &key(), "base", "fp", &[3, 0]).is_some());
        // the same file under another user's key
        let other = IndexKey::from_bytes(b"someone else");
        assert!(load(&path, &other, "base", "fp", &[3, 0]).is_none());
        // edited and sealed with a plain SHA-256, as the version 2 trailer
        // was: anyone could do it, so it is refused
        let mut bytes = std::fs::read(&path).unwrap();
        let body = bytes.len() - 32;
        let digest = sha2::Sha256::digest(&bytes[..body]);
        bytes[body..].copy_from_slice(&digest);
        std::fs::write(&path, &bytes).unwrap();
        assert!(load(&path, &key(), "base", "fp", &[3, 0]).is_none());
    }

    #[test]
    fn the_key_is_kept_for_the_user_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("claimcheck/index-key");
        let first = IndexKey::kept_at(&path).unwrap();
        let again = IndexKey::kept_at(&path).unwrap();
        assert_eq!(first.0, again.0);
        assert_eq!(first.0.len(), 32);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "{mode:o}");
        }
        // a damaged key file is an error, not a silent new key
        std::fs::write(&path, b"short").unwrap();
        assert!(IndexKey::kept_at(&path).is_err());
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        /// A crafted file (bytes changed, then sealed with the right key, as if
        /// the key had leaked)
        /// is refused or read whole: never a panic, never an index that points
        /// past the sources' sentences.
        #[test]
        fn crafted_files_with_a_valid_trailer_never_panic(
            edits in proptest::collection::vec((0usize..4096, proptest::prelude::any::<u8>()), 1..8)
        ) {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("index");
            save(&path, &key(), "base", "fp", &stored()).unwrap();
            let mut bytes = std::fs::read(&path).unwrap();
            let body = bytes.len() - 32;
            for (at, value) in edits {
                let at = at % body;
                bytes[at] = value;
            }
            // sealed with the key: what the structure checks must stop
            let mut mac = key().mac();
            mac.update(&bytes[..body]);
            bytes[body..].copy_from_slice(&mac.finalize().into_bytes());
            std::fs::write(&path, &bytes).unwrap();
            match load(&path, &key(), "base", "fp", &[3, 0]) {
                // whatever was read as this index indexes exactly its sentences
                Some(Loaded::Same(back)) => {
                    proptest::prop_assert_eq!(back.index.len(), 3);
                    let _ = search(&back.index);
                }
                // an earlier index (the fingerprint changed) is whole in itself
                Some(Loaded::Earlier(back)) => {
                    let n = back.sources.len();
                    let updated = back.index.update(&(0..n).map(Some).collect::<Vec<_>>(), (0..n).map(|_| None).collect());
                    let _ = search(&updated);
                }
                None => {}
            }
        }
    }
}

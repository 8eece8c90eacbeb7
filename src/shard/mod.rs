//! The check split across machines by source shards, with the verdicts of
//! one machine (docs/scaling.md). Every merge is a sum, a union or a top-K,
//! so any partition of the sources gives the bytes one machine gives:
//!
//! 1. `scan` (per source shard): each source's record, MinHash signature and
//!    short-line keys. `merge` makes the *layout*: origin groups from every
//!    signature, the lines repeated across origins (set aside as furniture).
//! 2. `count` (per source shard, with the layout): sentences, index terms in
//!    all, each term's sentence count, each source's acronyms. `merge` sums
//!    them into the corpus' *counts*.
//! 3. `candidates` (per source shard and claim shard): each claim searched
//!    in the shard's own index with the corpus' counts (idf, the common-term
//!    skip, the postings budget, length norms), the shard's best sentences
//!    per selection, and the evidence each gives.
//! 4. `decide` (per claim shard): each selection's best across shards, the
//!    candidates in one machine's order, the decision as one machine takes it.
//! 5. `report`: the outcomes with the layout's records and origin groups;
//!    only the sources some evidence quotes are read again.
//!
//! The intermediate files are JSON lines: a header (format, version, kind,
//! the analysis they depend on, which shard), then one record per line.
//! Positions number sources as one machine does (folder order, then path),
//! claims as the claims files list them.

pub mod wire;

use crate::check::{self, Acronyms, SharedFacts};
use crate::claims::Claim;
use crate::corpus::{self, Corpus, Signature};
use crate::digest::Sha256Digest;
use crate::error::{Error, InputLocation, Result};
use crate::retrieve::{CorpusCounts, SentenceRef};
use crate::text::Lang;
use crate::verdict::{ClaimOutcome, Verdict};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use wire::{Meta, WireEvidence, WireReason};

/// Version of the intermediate files' format.
pub const FORMAT_VERSION: u32 = 2;
const FORMAT: &str = "claimcheck-shard";
/// Terms per line of a counts file.
const TERMS_PER_LINE: usize = 4096;
/// Claims analysed at once by `candidates`: their lines are written before
/// the next are searched, so a shard holds a bounded part of its output.
const CLAIMS_PER_BATCH: usize = 1024;

/// Part `index` of `count`: positions `p` with `p % count == index`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    pub index: usize,
    pub count: usize,
}

impl Part {
    /// Everything, as one part.
    pub const ALL: Part = Part { index: 0, count: 1 };

    /// `K/N`, with `K < N`.
    pub fn parse(text: &str) -> std::result::Result<Part, String> {
        let bad = || format!("`{text}` is not a shard K/N with 0 <= K < N (say 0/4)");
        let (k, n) = text.split_once('/').ok_or_else(bad)?;
        let index: usize = k.trim().parse().map_err(|_| bad())?;
        let count: usize = n.trim().parse().map_err(|_| bad())?;
        if count == 0 || index >= count {
            return Err(bad());
        }
        Ok(Part { index, count })
    }

    pub fn holds(&self, position: usize) -> bool {
        position % self.count == self.index
    }
}

impl std::fmt::Display for Part {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

/// The first line of every intermediate file.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Header {
    pub format: String,
    pub version: u32,
    /// `scan`, `layout`, `count`, `counts`, `candidates` or `outcomes`.
    pub kind: String,
    /// The claimcheck and lexicon that made it: files of another are refused.
    pub analysis: String,
    /// Sources in the corpus, every shard's.
    pub sources: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shard: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim_shard: Option<String>,
    /// Claims in the claims files, every shard's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claims: Option<usize>,
    /// The layout's digest: counts, candidates and outcomes made from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layout: Option<String>,
}

impl Header {
    fn new(kind: &str, sources: usize) -> Header {
        Header {
            format: FORMAT.to_string(),
            version: FORMAT_VERSION,
            kind: kind.to_string(),
            analysis: check::analysis_id(),
            sources,
            shard: None,
            claim_shard: None,
            claims: None,
            layout: None,
        }
    }
}

/// One record of an intermediate file.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Line {
    Header(Header),
    Source(SourceLine),
    /// The keys of the lines repeated across origins, sorted.
    Repeated(Vec<u64>),
    Totals {
        units: u64,
        total_length: u64,
    },
    Acronyms {
        source: usize,
        pairs: Vec<(String, String)>,
    },
    Terms(Vec<(String, u64)>),
    Found(FoundLine),
    Selected(SelectedLine),
    Matched(MatchedLine),
    Outcome(OutcomeLine),
}

/// A source, as `scan` found it and the layout records it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SourceLine {
    pub source: usize,
    pub root: usize,
    pub path: String,
    pub sha256: String,
    pub bytes: usize,
    pub lang: Lang,
    pub meta: Meta,
    /// The origin group (layout only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<usize>,
    /// The MinHash minima (scan only; none for a text too short).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<Vec<u64>>,
    /// Keys of its lines short enough to be furniture (scan only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<u64>,
}

/// What one source shard's index found for one claim.
#[derive(Debug, Serialize, Deserialize)]
pub struct FoundLine {
    pub claim: usize,
    pub lang: Lang,
    /// Each selection's best sentences in the shard: (source, sentence, score).
    pub selections: Vec<Vec<(u32, u32, f64)>>,
}

/// One claim's candidates in the whole corpus, in one machine's order.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SelectedLine {
    pub claim: usize,
    pub lang: Lang,
    /// (source, sentence, score).
    pub candidates: Vec<(u32, u32, f64)>,
}

/// The evidence one source shard's candidates of one claim give.
#[derive(Debug, Serialize, Deserialize)]
pub struct MatchedLine {
    pub claim: usize,
    /// The evidence of each candidate the shard holds, each once.
    pub matched: Vec<(u32, u32, Option<WireEvidence>)>,
}

/// One claim decided.
#[derive(Debug, Serialize, Deserialize)]
pub struct OutcomeLine {
    pub claim: usize,
    pub lang: Lang,
    pub verdict: Verdict,
    pub reasons: Vec<WireReason>,
    pub evidence: Vec<WireEvidence>,
}

/// The corpus' shape: every source's record with its origin group, and the
/// lines set aside as repeated furniture.
pub struct Layout {
    pub sources: Vec<SourceLine>,
    pub repeated: Vec<u64>,
    /// SHA-256 of its records: what later files name it by.
    pub digest: String,
}

/// The corpus' counts and every source's acronyms.
pub struct Counts {
    pub counts: CorpusCounts,
    pub acronyms: Acronyms,
}

const RUN_AGAIN: &str = "run every step with the same claimcheck on the same sources and claims";

fn bad_file(path: &Path, line: usize, message: impl Into<String>) -> Error {
    Error::input(InputLocation::at(path, line, 1), message, RUN_AGAIN)
}

/// Read an intermediate file: its header (of kind `kind`) and each record
/// with its line number, handed to `each`. Gives the header and the
/// SHA-256 of the records' lines.
fn read_file(
    path: &Path,
    kinds: &[&str],
    mut each: impl FnMut(usize, Line) -> Result<()>,
) -> Result<(Header, String)> {
    use sha2::Digest;
    let file = std::fs::File::open(path).map_err(|e| {
        Error::io(
            path,
            &e,
            "pass a file an earlier `claimcheck shard` step wrote",
        )
    })?;
    let mut lines = std::io::BufReader::with_capacity(1 << 16, file).lines();
    let parse = |n: usize, text: std::io::Result<String>| -> Result<(Line, String)> {
        let text = text.map_err(|e| Error::io(path, &e, RUN_AGAIN))?;
        let line: Line = serde_json::from_str(&text)
            .map_err(|e| bad_file(path, n, format!("not a shard record: {e}")))?;
        Ok((line, text))
    };
    let header = match lines.next() {
        None => return Err(bad_file(path, 1, "empty file, not a shard file")),
        Some(text) => match parse(1, text)? {
            (Line::Header(h), _) => h,
            _ => return Err(bad_file(path, 1, "no header: not a claimcheck shard file")),
        },
    };
    if header.format != FORMAT || header.version != FORMAT_VERSION {
        return Err(bad_file(
            path,
            1,
            format!(
                "format {} version {}, this claimcheck reads {FORMAT} version {FORMAT_VERSION}",
                header.format, header.version
            ),
        ));
    }
    if !kinds.contains(&header.kind.as_str()) {
        return Err(bad_file(
            path,
            1,
            format!(
                "a `{}` file where {} is wanted",
                header.kind,
                kinds.join(" or ")
            ),
        ));
    }
    if header.analysis != check::analysis_id() {
        return Err(bad_file(
            path,
            1,
            format!(
                "made by `{}`, this is `{}`",
                header.analysis.trim(),
                check::analysis_id().trim()
            ),
        ));
    }
    let mut digest = sha2::Sha256::new();
    for (k, text) in lines.enumerate() {
        let n = k + 2;
        let (line, text) = parse(n, text)?;
        digest.update(text.as_bytes());
        digest.update(b"\n");
        each(n, line)?;
    }
    Ok((
        header,
        digest
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
    ))
}

/// Read an intermediate file of kind `kind` whose every record `pick`
/// takes, with their line numbers; a record it does not take is refused.
fn read_records<T>(
    path: &Path,
    kind: &str,
    pick: impl Fn(Line) -> Option<T>,
) -> Result<(Header, Vec<(usize, T)>)> {
    let mut records = Vec::new();
    let (header, _) = read_file(path, &[kind], |n, line| match pick(line) {
        Some(t) => {
            records.push((n, t));
            Ok(())
        }
        None => Err(bad_file(
            path,
            n,
            format!("out of place in a `{kind}` file"),
        )),
    })?;
    Ok((header, records))
}

/// Read a `selected` file (of claims among the first `claims`).
fn read_selected(path: &Path, claims: usize) -> Result<(Header, Vec<(usize, SelectedLine)>)> {
    read_records(path, "selected", |line| match line {
        Line::Selected(s) if s.claim < claims => Some(s),
        _ => None,
    })
}

/// Write a header and records to `path` through a temporary file renamed
/// over it: never half-written.
fn write_file(path: &Path, header: &Header, records: impl Iterator<Item = String>) -> Result<()> {
    let fail = |e: std::io::Error| Error::Output {
        path: path.to_path_buf(),
        message: crate::error::describe_io(&e),
    };
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = tempfile::NamedTempFile::new_in(dir).map_err(fail)?;
    let _unfinished = crate::output::unfinished(tmp.path());
    let mut w = std::io::BufWriter::with_capacity(1 << 16, tmp);
    let head = serde_json::to_string(&Line::Header(header.clone())).map_err(|e| fail(e.into()))?;
    writeln!(w, "{head}").map_err(fail)?;
    for record in records {
        writeln!(w, "{record}").map_err(fail)?;
    }
    let tmp = w.into_inner().map_err(|e| fail(e.into_error()))?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

fn record(line: &Line) -> String {
    // every record is plain data: strings, numbers, lists
    serde_json::to_string(line).unwrap_or_default()
}

/// Step 1: the records of the sources of shard `part`.
pub fn scan(roots: &[PathBuf], part: Part, out: &Path) -> Result<()> {
    let corpus = corpus::load_selected(roots, &|p| part.holds(p))?;
    let lines: Vec<String> = corpus
        .sources
        .par_iter()
        .enumerate()
        .filter(|(p, _)| part.holds(*p))
        .map(|(p, s)| {
            record(&Line::Source(SourceLine {
                source: p,
                root: s.root,
                path: s.path.clone(),
                sha256: s.sha256.to_string(),
                bytes: s.bytes,
                lang: s.lang,
                meta: Meta::of(&s.meta),
                origin: None,
                signature: corpus::signature(s).map(|sig| sig.minima().to_vec()),
                lines: corpus::line_keys(s),
            }))
        })
        .collect();
    let mut header = Header::new("scan", corpus.sources.len());
    header.shard = Some(part.to_string());
    write_file(out, &header, lines.into_iter())
}

/// The parts of one step's files: each of `0..count` exactly once.
fn check_parts(files: &[(PathBuf, Part)]) -> Result<()> {
    let count = files[0].1.count;
    let mut seen = vec![false; count];
    for (path, part) in files {
        if part.count != count {
            return Err(bad_file(
                path,
                1,
                format!(
                    "shard {part}, another file is a shard of {count}: the files come from different runs"
                ),
            ));
        }
        if std::mem::replace(&mut seen[part.index], true) {
            return Err(bad_file(path, 1, format!("shard {part} given twice")));
        }
    }
    if let Some(missing) = seen.iter().position(|s| !s) {
        return Err(Error::input(
            InputLocation::file(&files[0].0),
            format!("shard {missing}/{count} is missing"),
            "pass the files of every shard",
        ));
    }
    Ok(())
}

fn part_of(path: &Path, field: Option<&String>) -> Result<Part> {
    field
        .ok_or_else(|| bad_file(path, 1, "the header names no shard"))
        .and_then(|t| Part::parse(t).map_err(|e| bad_file(path, 1, e)))
}

/// Merge `scan` files into the layout, or `count` files into the counts.
pub fn merge(inputs: &[PathBuf], out: &Path) -> Result<()> {
    let Some(first) = inputs.first() else {
        return Err(Error::input(
            InputLocation::file(out),
            "nothing to merge",
            "pass the files every shard's `scan` or `count` wrote",
        ));
    };
    let (header, _) = read_file(first, &["scan", "count"], |_, _| Ok(()))?;
    if header.kind == "scan" {
        merge_scans(inputs, out)
    } else {
        merge_counts(inputs, out)
    }
}

fn merge_scans(inputs: &[PathBuf], out: &Path) -> Result<()> {
    let mut sources: Vec<Option<SourceLine>> = Vec::new();
    let mut parts = Vec::new();
    for path in inputs {
        let (header, found) = read_records(path, "scan", |line| match line {
            Line::Source(s) => Some(s),
            _ => None,
        })?;
        if sources.is_empty() {
            sources = (0..header.sources).map(|_| None).collect();
        } else if sources.len() != header.sources {
            return Err(bad_file(
                path,
                1,
                format!(
                    "{} sources, another file {}: the files come from different sources",
                    header.sources,
                    sources.len()
                ),
            ));
        }
        let part = part_of(path, header.shard.as_ref())?;
        for (n, s) in found {
            if s.source >= sources.len() || !part.holds(s.source) || sources[s.source].is_some() {
                return Err(bad_file(
                    path,
                    n,
                    format!("source {} out of place", s.source),
                ));
            }
            let at = s.source;
            sources[at] = Some(s);
        }
        parts.push((path.clone(), part));
    }
    check_parts(&parts)?;
    let Some(sources) = sources.into_iter().collect::<Option<Vec<SourceLine>>>() else {
        return Err(Error::input(
            InputLocation::file(&inputs[0]),
            "some source has no record: a scan file was cut short",
            RUN_AGAIN,
        ));
    };
    let signatures: Vec<Option<Signature>> = sources
        .iter()
        .map(|s| s.signature.clone().and_then(Signature::from_minima))
        .collect();
    let origin = corpus::group_by_origin(&signatures);
    drop(signatures);
    let keys: Vec<Vec<u64>> = sources.iter().map(|s| s.lines.clone()).collect();
    let repeated = corpus::repeated_lines(&keys, &origin);
    drop(keys);
    let total = sources.len();
    let records: Vec<String> = sources
        .into_iter()
        .zip(origin)
        .map(|(mut s, o)| {
            s.origin = Some(o);
            s.signature = None;
            s.lines = Vec::new();
            record(&Line::Source(s))
        })
        .chain(std::iter::once(record(&Line::Repeated(repeated))))
        .collect();
    let header = Header::new("layout", total);
    write_file(out, &header, records.into_iter())
}

/// Read the layout.
pub fn read_layout(path: &Path) -> Result<Layout> {
    let mut sources = Vec::new();
    let mut repeated = None;
    let (header, digest) = read_file(path, &["layout"], |n, line| {
        match line {
            Line::Source(s) if s.source == sources.len() && s.origin.is_some() => sources.push(s),
            Line::Repeated(r) if repeated.is_none() => repeated = Some(r),
            _ => return Err(bad_file(path, n, "out of place in a layout")),
        }
        Ok(())
    })?;
    if sources.len() != header.sources {
        return Err(bad_file(
            path,
            1,
            "cut short: fewer sources than its header says",
        ));
    }
    let Some(repeated) = repeated else {
        return Err(bad_file(path, 1, "cut short: no repeated lines record"));
    };
    Ok(Layout {
        sources,
        repeated,
        digest,
    })
}

/// The sources of `layout` whose position `read` takes, read and checked
/// against the layout (the same files, the same bytes), the others from
/// their records, origins and repeated lines as the layout says: the
/// corpus one machine reads, less the text of the sources not read.
pub fn read_sources(
    roots: &[PathBuf],
    layout: &Layout,
    read: &(dyn Fn(usize) -> bool + Sync),
) -> Result<Corpus> {
    let mut corpus = corpus::load_selected(roots, read)?;
    let changed = |what: String| Error::Io {
        path: roots.first().cloned().unwrap_or_default(),
        message: format!("{what} since the layout was made"),
        hint: "make the layout again (`claimcheck shard scan` and `merge`) from these sources"
            .into(),
    };
    if corpus.sources.len() != layout.sources.len() {
        return Err(changed(format!(
            "{} source files, the layout has {}: files were added or removed",
            corpus.sources.len(),
            layout.sources.len()
        )));
    }
    for (p, (source, rec)) in corpus.sources.iter_mut().zip(&layout.sources).enumerate() {
        if source.path != rec.path || source.root != rec.root {
            return Err(changed(format!("`{}` is not `{}`", source.path, rec.path)));
        }
        if read(p) {
            if Some(source.sha256) != Sha256Digest::from_hex(&rec.sha256) {
                return Err(changed(format!("`{}` changed", source.path)));
            }
        } else {
            source.sha256 = Sha256Digest::from_hex(&rec.sha256)
                .ok_or_else(|| changed(format!("`{}` has a bad digest", rec.path)))?;
            source.bytes = rec.bytes;
            source.lang = rec.lang;
            source.meta = rec
                .meta
                .to_meta()
                .ok_or_else(|| changed(format!("`{}` has a bad date", rec.path)))?
                .into();
        }
    }
    corpus.origin = layout
        .sources
        .iter()
        .map(|s| s.origin.unwrap_or(s.source))
        .collect();
    corpus::set_aside_lines(&mut corpus.sources, &layout.repeated);
    Ok(corpus)
}

/// Step 2: what the sources of shard `part` add to the corpus' counts.
pub fn count(roots: &[PathBuf], part: Part, layout: &Path, out: &Path) -> Result<()> {
    let layout = read_layout(layout)?;
    let corpus = read_sources(roots, &layout, &|p| part.holds(p))?;
    let (counts, acronyms) = check::shard_counts(&corpus);
    let mut header = Header::new("count", corpus.sources.len());
    header.shard = Some(part.to_string());
    header.layout = Some(layout.digest.clone());
    write_file(out, &header, counts_records(&counts, &acronyms))
}

fn counts_records<'a>(
    counts: &'a CorpusCounts,
    acronyms: &'a Acronyms,
) -> impl Iterator<Item = String> + 'a {
    let totals = record(&Line::Totals {
        units: counts.units,
        total_length: counts.total_length,
    });
    let acronyms = acronyms
        .iter()
        .enumerate()
        .filter(|(_, pairs)| !pairs.is_empty())
        .map(|(source, pairs)| {
            record(&Line::Acronyms {
                source,
                pairs: pairs.clone(),
            })
        });
    let terms: Vec<(&str, u64)> = counts.terms().collect();
    let terms = terms
        .chunks(TERMS_PER_LINE)
        .map(|chunk| {
            record(&Line::Terms(
                chunk.iter().map(|&(t, df)| (t.to_string(), df)).collect(),
            ))
        })
        .collect::<Vec<_>>();
    std::iter::once(totals).chain(acronyms).chain(terms)
}

/// Read a `count` or `counts` file; gives its header too.
fn read_counts(path: &Path, kinds: &[&str]) -> Result<(Header, Counts)> {
    let mut counts = CorpusCounts::default();
    let mut acronyms: Vec<(usize, Vec<(String, String)>)> = Vec::new();
    let mut totals = false;
    let (header, _) = read_file(path, kinds, |n, line| {
        match line {
            Line::Totals {
                units,
                total_length,
            } if !totals => {
                totals = true;
                counts.units = units;
                counts.total_length = total_length;
            }
            Line::Acronyms { source, pairs } => acronyms.push((source, pairs)),
            Line::Terms(terms) => {
                for (t, df) in terms {
                    counts.add(&t, df);
                }
            }
            _ => return Err(bad_file(path, n, "out of place in a counts file")),
        }
        Ok(())
    })?;
    if !totals {
        return Err(bad_file(path, 1, "cut short: no totals record"));
    }
    let mut by_source: Acronyms = vec![Vec::new(); header.sources];
    for (s, pairs) in acronyms {
        let Some(slot) = by_source.get_mut(s) else {
            return Err(bad_file(
                path,
                1,
                format!("acronyms of source {s}, out of range"),
            ));
        };
        slot.extend(pairs);
    }
    Ok((
        header,
        Counts {
            counts,
            acronyms: by_source,
        },
    ))
}

fn merge_counts(inputs: &[PathBuf], out: &Path) -> Result<()> {
    let mut total = CorpusCounts::default();
    let mut acronyms: Acronyms = Vec::new();
    let mut parts = Vec::new();
    let mut first: Option<Header> = None;
    for path in inputs {
        let (header, counts) = read_counts(path, &["count"])?;
        let part = part_of(path, header.shard.as_ref())?;
        if let Some(f) = &first {
            if f.layout != header.layout || f.sources != header.sources {
                return Err(bad_file(
                    path,
                    1,
                    "made from another layout than the other files",
                ));
            }
        } else {
            acronyms = vec![Vec::new(); header.sources];
            first = Some(header.clone());
        }
        total.merge(&counts.counts);
        for (s, pairs) in counts.acronyms.into_iter().enumerate() {
            if !pairs.is_empty() {
                if !part.holds(s) || !acronyms[s].is_empty() {
                    return Err(bad_file(
                        path,
                        1,
                        format!("acronyms of source {s} out of place"),
                    ));
                }
                acronyms[s] = pairs;
            }
        }
        parts.push((path.clone(), part));
    }
    check_parts(&parts)?;
    let Some(first) = first else {
        return Ok(());
    };
    let mut header = Header::new("counts", first.sources);
    header.layout = first.layout;
    write_file(out, &header, counts_records(&total, &acronyms))
}

/// Read the merged counts, checked to come from `layout`.
pub fn read_merged_counts(path: &Path, layout: &Layout) -> Result<Counts> {
    let (header, counts) = read_counts(path, &["counts"])?;
    if header.layout.as_deref() != Some(layout.digest.as_str()) {
        return Err(bad_file(path, 1, "made from another layout"));
    }
    Ok(counts)
}

/// The claims of claim shard `part`, with their positions.
fn claims_of(claims: &[Claim], part: Part) -> Vec<(usize, &Claim)> {
    claims
        .iter()
        .enumerate()
        .filter(|(c, _)| part.holds(*c))
        .collect()
}

/// Step 3: each claim of claim shard `claim_part` searched in the index of
/// source shard `part`, with the corpus' counts: each selection's best
/// sentences in the shard.
pub fn search(
    roots: &[PathBuf],
    part: Part,
    claims: &[Claim],
    claim_part: Part,
    layout: &Path,
    counts: &Path,
    out: &Path,
) -> Result<()> {
    let layout = read_layout(layout)?;
    let counts = read_merged_counts(counts, &layout)?;
    let corpus = read_sources(roots, &layout, &|p| part.holds(p))?;
    let prepared = check::prepare_shard(corpus, counts.counts, counts.acronyms);
    let mine = claims_of(claims, claim_part);
    let mut header = Header::new("found", layout.sources.len());
    header.shard = Some(part.to_string());
    header.claim_shard = Some(claim_part.to_string());
    header.claims = Some(claims.len());
    header.layout = Some(layout.digest.clone());
    let lines = mine.chunks(CLAIMS_PER_BATCH).flat_map(|batch| {
        batch
            .par_iter()
            .map(|&(c, claim)| {
                let (lang, facts) = check::claim_facts(claim);
                let selections = check::selections(&prepared, claim, lang, &facts);
                record(&Line::Found(FoundLine {
                    claim: c,
                    lang,
                    selections: selections
                        .into_iter()
                        .map(|list| {
                            list.into_iter()
                                .map(|(at, score)| (at.source, at.sentence, score))
                                .collect()
                        })
                        .collect(),
                }))
            })
            .collect::<Vec<String>>()
    });
    write_file(out, &header, lines)
}

/// Files of one step for one claim shard, every source shard's, read
/// side by side: `records[k][i]` is file `k`'s `i`th record (with its line).
struct SideBySide<T> {
    paths: Vec<PathBuf>,
    header: Header,
    records: Vec<Vec<(usize, T)>>,
}

/// Read every source shard's file of one claim shard (`kind`), checked to
/// be one run's: each shard once, the same claim shard, claims and layout,
/// the same number of records.
fn side_by_side<T>(
    inputs: &[PathBuf],
    kind: &str,
    pick: impl Fn(Line) -> Option<T>,
) -> Result<SideBySide<T>> {
    let mut records = Vec::new();
    let mut parts = Vec::new();
    let mut first: Option<Header> = None;
    for path in inputs {
        let (header, found) = read_records(path, kind, &pick)?;
        let part = part_of(path, header.shard.as_ref())?;
        if let Some(f) = &first {
            if f.claim_shard != header.claim_shard
                || f.claims != header.claims
                || f.layout != header.layout
            {
                return Err(bad_file(
                    path,
                    1,
                    "another claim shard, claims file or layout than the other files",
                ));
            }
            if found.len() != records.first().map_or(0, Vec::len) {
                return Err(bad_file(
                    path,
                    1,
                    "another number of claims than the other files",
                ));
            }
        } else {
            first = Some(header.clone());
        }
        parts.push((path.clone(), part));
        records.push(found);
    }
    let Some(header) = first else {
        return Err(Error::input(
            InputLocation::file(kind),
            "no input files",
            "pass the files of every source shard",
        ));
    };
    check_parts(&parts)?;
    Ok(SideBySide {
        paths: inputs.to_vec(),
        header,
        records,
    })
}

/// Step 4: each claim's candidates in the whole corpus, from every source
/// shard's `found` file of one claim shard: each selection's best across
/// shards, merged as one machine merges them.
pub fn select(inputs: &[PathBuf], out: &Path) -> Result<()> {
    let files = side_by_side(inputs, "found", |line| match line {
        Line::Found(f) => Some(f),
        _ => None,
    })?;
    let n = files.records[0].len();
    let mut lines = Vec::with_capacity(n);
    for i in 0..n {
        let (_, head) = &files.records[0][i];
        let mut shards = Vec::with_capacity(files.records.len());
        for (k, file) in files.records.iter().enumerate() {
            let (line_no, found) = &file[i];
            if found.claim != head.claim || found.lang != head.lang {
                return Err(bad_file(
                    &files.paths[k],
                    *line_no,
                    "claims out of step with the other files",
                ));
            }
            shards.push(
                found
                    .selections
                    .iter()
                    .map(|list| {
                        list.iter()
                            .map(|&(source, sentence, score)| {
                                (SentenceRef { source, sentence }, score)
                            })
                            .collect()
                    })
                    .collect(),
            );
        }
        let candidates = check::merge_selections(check::best_of_shards(shards));
        lines.push(record(&Line::Selected(SelectedLine {
            claim: head.claim,
            lang: head.lang,
            candidates: candidates
                .into_iter()
                .map(|(at, score)| (at.source, at.sentence, score))
                .collect(),
        })));
    }
    let mut header = files.header;
    header.kind = "selected".to_string();
    header.shard = None;
    write_file(out, &header, lines.into_iter())
}

/// Step 5: the evidence each selected candidate held by source shard `part`
/// gives. Only the shard's sources that hold a candidate are read and
/// analysed.
pub fn match_selected(
    roots: &[PathBuf],
    part: Part,
    claims: &[Claim],
    selected: &Path,
    layout: &Path,
    counts: &Path,
    out: &Path,
) -> Result<()> {
    let layout = read_layout(layout)?;
    let counts = read_merged_counts(counts, &layout)?;
    let (header, wanted) = read_selected(selected, claims.len())?;
    if header.layout.as_deref() != Some(layout.digest.as_str())
        || header.claims != Some(claims.len())
    {
        return Err(bad_file(
            selected,
            1,
            "made from another claims file or layout",
        ));
    }
    let mut read = vec![false; layout.sources.len()];
    for (n, line) in &wanted {
        for &(s, _, _) in &line.candidates {
            let Some(slot) = read.get_mut(s as usize) else {
                return Err(bad_file(selected, *n, format!("source {s} out of range")));
            };
            *slot |= part.holds(s as usize);
        }
    }
    let corpus = read_sources(roots, &layout, &|p| read[p])?;
    // a candidate the shard's sources do not hold: the selection was made
    // from other sources (or damaged)
    for (n, line) in &wanted {
        for &(src, sentence, _) in &line.candidates {
            let held = corpus.sources[src as usize].sentences.len();
            if part.holds(src as usize) && sentence as usize >= held {
                return Err(bad_file(
                    selected,
                    *n,
                    format!("candidate {src}:{sentence}, but source {src} has {held} sentences"),
                ));
            }
        }
    }
    let prepared = check::prepare_shard(corpus, counts.counts, counts.acronyms);
    let shared = SharedFacts::new(check::SHARED_FACTS);
    let mut out_header = header;
    out_header.kind = "matched".to_string();
    out_header.shard = Some(part.to_string());
    let lines = wanted.chunks(CLAIMS_PER_BATCH).flat_map(|batch| {
        batch
            .par_iter()
            .map(|(_, line)| {
                let claim = &claims[line.claim];
                let held: Vec<(SentenceRef, f64)> = line
                    .candidates
                    .iter()
                    .filter(|(s, _, _)| part.holds(*s as usize))
                    .map(|&(source, sentence, score)| (SentenceRef { source, sentence }, score))
                    .collect();
                let matched = if held.is_empty() {
                    Vec::new()
                } else {
                    let (_, facts) = check::claim_facts(claim);
                    check::match_candidates(&prepared, claim, &facts, &held, &shared)
                };
                record(&Line::Matched(MatchedLine {
                    claim: line.claim,
                    matched: held
                        .iter()
                        .zip(matched)
                        .map(|((at, _), e)| {
                            (at.source, at.sentence, e.as_ref().map(WireEvidence::of))
                        })
                        .collect(),
                }))
            })
            .collect::<Vec<String>>()
    });
    write_file(out, &out_header, lines)
}

/// Step 6: the claims of one claim shard decided: their candidates in the
/// `selected` file's order, each with the evidence the source shard that
/// holds it found (every source shard's `matched` file).
pub fn decide(selected: &Path, inputs: &[PathBuf], out: &Path) -> Result<()> {
    let (header, order) = read_selected(selected, usize::MAX)?;
    let files = side_by_side(inputs, "matched", |line| match line {
        Line::Matched(m) => Some(m),
        _ => None,
    })?;
    if files.header.claim_shard != header.claim_shard
        || files.header.claims != header.claims
        || files.header.layout != header.layout
        || files.records[0].len() != order.len()
    {
        return Err(bad_file(
            &files.paths[0],
            1,
            "matched from another selection than the selected file given",
        ));
    }
    let mut lines = Vec::with_capacity(order.len());
    for (i, (n, line)) in order.iter().enumerate() {
        lines.push(decide_one(selected, *n, line, &files, i)?);
    }
    let mut header = header;
    header.kind = "outcomes".to_string();
    write_file(out, &header, lines.into_iter())
}

/// Claim `i` of the files decided.
fn decide_one(
    selected: &Path,
    line_no: usize,
    line: &SelectedLine,
    files: &SideBySide<MatchedLine>,
    i: usize,
) -> Result<String> {
    let mut matched: rustc_hash::FxHashMap<SentenceRef, Option<crate::verdict::Evidence>> =
        Default::default();
    for (k, file) in files.records.iter().enumerate() {
        let (n, m) = &file[i];
        let path = &files.paths[k];
        if m.claim != line.claim {
            return Err(bad_file(
                path,
                *n,
                "claims out of step with the selected file",
            ));
        }
        for (source, sentence, e) in &m.matched {
            let e = match e {
                Some(e) => Some(e.to_evidence().map_err(|m| bad_file(path, *n, m))?),
                None => None,
            };
            matched.insert(
                SentenceRef {
                    source: *source,
                    sentence: *sentence,
                },
                e,
            );
        }
    }
    let candidates: Vec<(SentenceRef, f64)> = line
        .candidates
        .iter()
        .map(|&(source, sentence, score)| (SentenceRef { source, sentence }, score))
        .collect();
    let mut evidence = Vec::with_capacity(candidates.len());
    for (at, _) in &candidates {
        let Some(e) = matched.remove(at) else {
            return Err(bad_file(
                selected,
                line_no,
                format!(
                    "no shard matched candidate {}:{} (a matched file of another selection?)",
                    at.source, at.sentence
                ),
            ));
        };
        evidence.push(e);
    }
    let outcome = check::slim(check::decide(line.lang, candidates, evidence));
    Ok(record(&Line::Outcome(OutcomeLine {
        claim: line.claim,
        lang: outcome.lang,
        verdict: outcome.verdict,
        reasons: outcome.reasons.iter().map(WireReason::of).collect(),
        evidence: outcome.evidence.iter().map(WireEvidence::of).collect(),
    })))
}

/// Step 5's inputs: every claim's outcome, from the outcome files of every
/// claim shard, and the corpus as the report reads it (the sources some
/// evidence quotes read again, the others from the layout), with the
/// number of sentences of the whole corpus.
pub fn report_inputs(
    roots: &[PathBuf],
    claims: &[Claim],
    layout_path: &Path,
    counts: &Path,
    inputs: &[PathBuf],
) -> Result<(Corpus, Vec<ClaimOutcome>, usize)> {
    let layout = read_layout(layout_path)?;
    let counts = read_merged_counts(counts, &layout)?;
    let mut outcomes: Vec<Option<ClaimOutcome>> = (0..claims.len()).map(|_| None).collect();
    // where each claim's outcome was read, for the errors below
    // (which file, which line): a path a claim would weigh too much
    let mut read_at: Vec<(usize, usize)> = vec![(0, 0); claims.len()];
    let mut parts = Vec::new();
    for (k, path) in inputs.iter().enumerate() {
        let (header, _) = read_file(path, &["outcomes"], |n, line| {
            let Line::Outcome(o) = line else {
                return Err(bad_file(
                    path,
                    n,
                    "an outcomes file holds outcome records only",
                ));
            };
            let Some(slot) = outcomes.get_mut(o.claim).filter(|s| s.is_none()) else {
                return Err(bad_file(path, n, format!("claim {} out of place", o.claim)));
            };
            let mut evidence = Vec::with_capacity(o.evidence.len());
            for e in &o.evidence {
                evidence.push(e.to_evidence().map_err(|m| bad_file(path, n, m))?);
            }
            let reasons = o
                .reasons
                .iter()
                .map(WireReason::to_reason)
                .collect::<Result<Vec<_>, _>>()
                .map_err(|m| bad_file(path, n, m))?;
            read_at[o.claim] = (k, n);
            *slot = Some(ClaimOutcome {
                lang: o.lang,
                verdict: o.verdict,
                reasons,
                evidence,
                candidates: Vec::new(),
            });
            Ok(())
        })?;
        if header.claims != Some(claims.len()) || header.layout.as_deref() != Some(&layout.digest) {
            return Err(bad_file(path, 1, "made from another claims file or layout"));
        }
        parts.push((path.clone(), part_of(path, header.claim_shard.as_ref())?));
    }
    if parts.is_empty() {
        return Err(Error::input(
            InputLocation::file(layout_path),
            "no outcomes file",
            "pass the outcomes files of every claim shard",
        ));
    }
    check_parts(&parts)?;
    let Some(outcomes) = outcomes.into_iter().collect::<Option<Vec<ClaimOutcome>>>() else {
        return Err(Error::input(
            InputLocation::file(&inputs[0]),
            "some claim has no outcome: an outcomes file was cut short",
            RUN_AGAIN,
        ));
    };
    let mut quoted = vec![false; layout.sources.len()];
    for e in outcomes.iter().flat_map(|o| &o.evidence) {
        if let Some(q) = quoted.get_mut(e.source) {
            *q = true;
        }
    }
    let corpus = read_sources(roots, &layout, &|p| quoted.get(p).copied().unwrap_or(false))?;
    for (c, outcome) in outcomes.iter().enumerate() {
        if let Some(e) = outcome.evidence.iter().find(|e| !quotable(&corpus, e)) {
            let (k, n) = read_at[c];
            return Err(bad_file(
                &inputs[k],
                n,
                format!(
                    "evidence in source {} at bytes {}..{} that the sources do not hold",
                    e.source, e.span.start, e.span.end
                ),
            ));
        }
    }
    Ok((corpus, outcomes, counts.counts.units as usize))
}

/// Does the corpus hold what a piece of evidence quotes: its source, its
/// sentences, its byte span on character boundaries?
fn quotable(corpus: &Corpus, e: &crate::verdict::Evidence) -> bool {
    corpus.sources.get(e.source).is_some_and(|s| {
        e.sentences.start < e.sentences.end
            && e.sentences.end <= s.sentences.len()
            && e.span.start <= e.span.end
            && e.span.end <= s.text.len()
            && s.text.is_char_boundary(e.span.start)
            && s.text.is_char_boundary(e.span.end)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_read_and_refused_with_reasons() {
        assert_eq!(Part::parse("2/5"), Ok(Part { index: 2, count: 5 }));
        assert_eq!(Part::parse(" 0 / 1 "), Ok(Part::ALL));
        for bad in ["5/5", "1/0", "a/2", "3", "-1/2"] {
            assert!(Part::parse(bad).is_err(), "{bad}");
        }
        let p = Part { index: 1, count: 3 };
        let held: Vec<usize> = (0..8).filter(|&i| p.holds(i)).collect();
        assert_eq!(held, vec![1, 4, 7]);
        assert_eq!(p.to_string(), "1/3");
    }
}

//! `claimcheck sources`: the inventory of what was read.

use claimcheck::corpus::Corpus;
use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
use serde::Serialize;

#[derive(Serialize)]
struct SourceRow<'a> {
    path: &'a str,
    root: String,
    language: &'a str,
    encoding: &'a str,
    title: Option<&'a str>,
    outlet: Option<&'a str>,
    author: Option<&'a str>,
    url: Option<&'a str>,
    published: Option<String>,
    sentences: usize,
    bytes: usize,
    sha256: String,
    /// Origin group: sources with the same number are copies of one text.
    origin: usize,
    set_aside: Vec<SetAsideRow<'a>>,
}

#[derive(Serialize)]
struct SetAsideRow<'a> {
    line: usize,
    reason: &'a str,
    text: &'a str,
}

fn rows(corpus: &Corpus) -> Vec<SourceRow<'_>> {
    corpus
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let index = s.line_index();
            SourceRow {
                path: &s.path,
                root: corpus.roots[s.root].display().to_string(),
                language: s.lang.code(),
                encoding: s.encoding.name(),
                title: s.meta.title.as_deref(),
                outlet: s.meta.outlet.as_deref(),
                author: s.meta.author.as_deref(),
                url: s.meta.url.as_deref(),
                published: s.meta.published.map(|d| d.to_string()),
                sentences: s.sentences.len(),
                bytes: s.bytes,
                sha256: s.sha256.to_string(),
                origin: corpus.origin.get(i).copied().unwrap_or(i),
                set_aside: s
                    .set_aside
                    .iter()
                    .map(|a| SetAsideRow {
                        line: index.position(&s.text, a.span().start).0,
                        reason: a.reason,
                        text: s.text[a.span()].trim(),
                    })
                    .collect(),
            }
        })
        .collect()
}

/// Groups of sources that are copies of one text (two or more members).
fn duplicate_groups(corpus: &Corpus) -> Vec<Vec<&str>> {
    // origins are numbered by first appearance: one pass fills the groups in order
    let count = corpus.origin.iter().max().map_or(0, |m| m + 1);
    let mut groups: Vec<Vec<&str>> = vec![Vec::new(); count];
    for (source, &origin) in corpus.sources.iter().zip(&corpus.origin) {
        groups[origin].push(&source.path);
    }
    groups.retain(|g| g.len() > 1);
    groups
}

pub fn json(corpus: &Corpus) -> String {
    let mut text = serde_json::to_string_pretty(&serde_json::json!({
        "version": 1,
        "sources": rows(corpus),
        "duplicates": duplicate_groups(corpus),
    }))
    .unwrap_or_default();
    text.push('\n');
    text
}

pub fn table(corpus: &Corpus, width: u16) -> String {
    let mut table = Table::new();
    table
        .load_style(UTF8_FULL_CONDENSED)
        .force_no_tty()
        .set_width(width);
    table.set_header(vec![
        "source",
        "lang",
        "published",
        "outlet",
        "origin",
        "sentences",
        "set aside",
    ]);
    for r in rows(corpus) {
        table.add_row(vec![
            r.path.to_string(),
            r.language.to_string(),
            r.published.unwrap_or_default(),
            r.outlet.unwrap_or("").to_string(),
            r.origin.to_string(),
            r.sentences.to_string(),
            format!("{} lines", r.set_aside.len()),
        ]);
    }
    let mut out = format!(
        "{table}\n{} sources, {} sentences\n",
        corpus.sources.len(),
        corpus.sentence_count()
    );
    for group in duplicate_groups(corpus) {
        out.push_str(&format!("copies of one text: {}\n", group.join(", ")));
    }
    out
}

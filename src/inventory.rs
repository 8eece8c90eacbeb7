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
    url: Option<&'a str>,
    published: Option<String>,
    sentences: usize,
    bytes: usize,
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
        .map(|s| {
            let index = claimcheck::report::LineIndex::new(&s.text);
            SourceRow {
                path: &s.path,
                root: corpus.roots[s.root].display().to_string(),
                language: s.lang.code(),
                encoding: s.encoding.name(),
                title: s.meta.title.as_deref(),
                outlet: s.meta.outlet.as_deref(),
                url: s.meta.url.as_deref(),
                published: s.meta.published.map(|d| d.to_string()),
                sentences: s.sentences.len(),
                bytes: s.text.len(),
                set_aside: s
                    .set_aside
                    .iter()
                    .map(|a| SetAsideRow {
                        line: index.position(&s.text, a.span.start).0,
                        reason: a.reason,
                        text: s.text[a.span.clone()].trim(),
                    })
                    .collect(),
            }
        })
        .collect()
}

pub fn json(corpus: &Corpus) -> String {
    let mut text =
        serde_json::to_string_pretty(&serde_json::json!({ "version": 1, "sources": rows(corpus) }))
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
        "sentences",
        "set aside",
    ]);
    for r in rows(corpus) {
        table.add_row(vec![
            r.path.to_string(),
            r.language.to_string(),
            r.published.unwrap_or_default(),
            r.outlet.unwrap_or("").to_string(),
            r.sentences.to_string(),
            format!("{} lines", r.set_aside.len()),
        ]);
    }
    format!(
        "{table}\n{} sources, {} sentences\n",
        corpus.sources.len(),
        corpus.sentence_count()
    )
}

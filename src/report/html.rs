//! `--format html`: one self-contained page (inline CSS, readable without
//! JavaScript; a few lines of optional script filter by verdict). What needs
//! a reader comes first: contradicted and disputed claims, a table of
//! contents with counts and links, the deciding evidence in full and the
//! merely related sentences folded. Every
//! piece of text from claims or sources is escaped, and control and bidi
//! characters are shown as `[U+202E]`, so no input can inject markup or
//! reorder what the reader sees.

use super::text::{
    DiffPart, contradictions, escape_with, evidence_meta, highlighted_quote, word_diff,
};
use super::{ClaimReport, Emitter, EvidenceReport, Report};
use crate::matcher::Relation;
use crate::verdict::Verdict;
use std::io::{self, Write};

pub struct HtmlEmitter;

/// Escape for HTML text and double-quoted attribute values.
pub fn escape(text: &str) -> String {
    escape_with(text, |c| match c {
        '&' => Some("&amp;"),
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        '"' => Some("&quot;"),
        '\'' => Some("&#39;"),
        _ => None,
    })
}

const STYLE: &str = r#"
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f;background:#fff}
h1{font-size:1.6rem}h2{font-size:1.1rem;margin:0}
.summary span{display:inline-block;margin:0 .6rem .4rem 0;padding:.1rem .6rem;border-radius:1rem;background:#eee}
.claim{border:1px solid #ddd;border-left-width:6px;border-radius:6px;padding:.8rem 1rem;margin:1rem 0}
.claim.supported{border-left-color:#2e7d32}.claim.contradicted{border-left-color:#c62828}
.claim.disputed{border-left-color:#ef6c00}.claim.unverified{border-left-color:#9e9e9e}
.verdict{font-weight:600;text-transform:uppercase;font-size:.85rem;letter-spacing:.05em}
.supported .verdict{color:#2e7d32}.contradicted .verdict{color:#c62828}.disputed .verdict{color:#ef6c00}.unverified .verdict{color:#616161}
.meta{color:#555;font-size:.85rem}
blockquote{margin:.6rem 0;padding:.4rem .8rem;background:#f7f7f7;border-left:3px solid #ccc}
blockquote.contradicts{border-left-color:#c62828}blockquote.supports{border-left-color:#2e7d32}
mark{background:#fff59d;padding:0 .1rem}
del{background:#ffcdd2}ins{background:#c8e6c9;text-decoration:none}
ul.reasons{margin:.3rem 0 .3rem 1.2rem;padding:0}
nav label{margin-right:1rem}
nav.toc{margin:1rem 0}nav.toc ol{margin:.3rem 0 .6rem 1.2rem;padding:0}nav.toc summary{font-weight:600}
details>summary{cursor:pointer;color:#555}
"#;

const SCRIPT: &str = r#"
document.querySelectorAll('nav input').forEach(function(box){
  box.addEventListener('change',function(){
    document.querySelectorAll('.claim.'+box.value).forEach(function(el){el.hidden=!box.checked;});
  });
});
"#;

impl Emitter for HtmlEmitter {
    fn emit(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let s = &report.summary;
        writeln!(
            out,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"
        )?;
        writeln!(
            out,
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        )?;
        writeln!(
            out,
            "<title>claimcheck report</title>\n<style>{STYLE}</style>\n</head>\n<body>"
        )?;
        writeln!(out, "<h1>claimcheck report</h1>")?;
        writeln!(
            out,
            "<p class=\"summary\"><span>{} claims</span><span>{} supported</span><span>{} contradicted</span><span>{} disputed</span><span>{} unverified</span><span>{} sources, {} sentences</span><span>{} gating</span></p>",
            s.claims,
            s.supported,
            s.contradicted,
            s.disputed,
            s.unverified,
            s.sources,
            s.sentences,
            s.gating
        )?;
        writeln!(out, "<nav aria-label=\"filter by verdict\">")?;
        for v in ["contradicted", "disputed", "unverified", "supported"] {
            writeln!(
                out,
                "<label><input type=\"checkbox\" value=\"{v}\" checked> {v}</label>"
            )?;
        }
        writeln!(out, "</nav>")?;
        // what needs a reader first: contradicted and disputed claims, then
        // unverified, then supported; the claims file's order within each
        let mut claims: Vec<&ClaimReport> = report.claims.iter().collect();
        claims.sort_by_key(|c| display_rank(c.verdict));
        contents(&claims, out)?;
        for claim in claims {
            claim_article(claim, out)?;
        }
        writeln!(out, "<script>{SCRIPT}</script>\n</body>\n</html>")
    }
}

/// Verdicts in the order a reader takes them.
const DISPLAY_ORDER: [Verdict; 4] = [
    Verdict::Contradicted,
    Verdict::Disputed,
    Verdict::Unverified,
    Verdict::Supported,
];

fn display_rank(v: Verdict) -> usize {
    DISPLAY_ORDER.iter().position(|&d| d == v).unwrap_or(0)
}

/// A table of contents: each verdict with its count and a link to each claim.
fn contents(claims: &[&ClaimReport], out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "<nav class=\"toc\" aria-label=\"contents\">")?;
    for verdict in DISPLAY_ORDER {
        let group: Vec<&&ClaimReport> = claims.iter().filter(|c| c.verdict == verdict).collect();
        if group.is_empty() {
            continue;
        }
        let open = if matches!(verdict, Verdict::Contradicted | Verdict::Disputed) {
            " open"
        } else {
            ""
        };
        writeln!(
            out,
            "<details{open}><summary>{verdict} ({})</summary><ol>",
            group.len()
        )?;
        for c in group {
            let gates = if c.gating { " · gates the run" } else { "" };
            writeln!(
                out,
                "<li><a href=\"#claim-{}\">{}</a> {}{gates}</li>",
                escape(&c.id),
                escape(&c.id),
                escape(&super::table::excerpt(&c.text, None, TOC_CHARS))
            )?;
        }
        writeln!(out, "</ol></details>")?;
    }
    writeln!(out, "</nav>")
}

/// Characters of a claim's text in the table of contents.
const TOC_CHARS: usize = 80;

fn claim_article(c: &ClaimReport, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "<article class=\"claim {}\" id=\"claim-{}\">",
        c.verdict,
        escape(&c.id)
    )?;
    let expected = match c.expect {
        Some(e) if e != c.verdict => format!(" (expected {e})"),
        _ => String::new(),
    };
    writeln!(
        out,
        "<p class=\"verdict\">{}{expected}{}</p>",
        c.verdict,
        if c.gating { " · gates the run" } else { "" }
    )?;
    writeln!(out, "<h2>{}</h2>", escape(&c.text))?;
    writeln!(
        out,
        "<p class=\"meta\">{} · {}:{}:{} · {}</p>",
        escape(&c.id),
        escape(&c.location.file),
        c.location.line,
        c.location.column,
        escape(&c.lang)
    )?;
    if let Some(note) = &c.note {
        writeln!(out, "<p>{}</p>", escape(note))?;
    }
    if !c.reasons.is_empty() {
        writeln!(out, "<ul class=\"reasons\">")?;
        for r in &c.reasons {
            writeln!(out, "<li>{}</li>", escape(&r.to_string()))?;
        }
        writeln!(out, "</ul>")?;
    }
    for (kind, claim_side, source_side, about) in contradictions(c) {
        let diff: String = word_diff(claim_side, source_side)
            .into_iter()
            .map(|p| match p {
                DiffPart::Same(t) => escape(&t),
                DiffPart::Claim(t) => format!("<del>{}</del>", escape(&t)),
                DiffPart::Source(t) => format!("<ins>{}</ins>", escape(&t)),
            })
            .collect();
        let about = about
            .map(|a| format!(" ({})", escape(a)))
            .unwrap_or_default();
        writeln!(out, "<p class=\"diff\">{kind}{about}: {diff}</p>")?;
    }
    // the deciding evidence in full; sentences that are only related folded
    let (deciding, related): (Vec<&EvidenceReport>, Vec<&EvidenceReport>) = c
        .evidence
        .iter()
        .partition(|e| e.relation != Relation::Related);
    for e in deciding {
        evidence_quote(e, out)?;
    }
    if !related.is_empty() {
        writeln!(
            out,
            "<details><summary>{} related sentence(s), deciding nothing</summary>",
            related.len()
        )?;
        for e in related {
            evidence_quote(e, out)?;
        }
        writeln!(out, "</details>")?;
    }
    writeln!(out, "</article>")
}

fn evidence_quote(e: &EvidenceReport, out: &mut dyn Write) -> io::Result<()> {
    let quote = highlighted_quote(e, escape, |m| format!("<mark>{m}</mark>"));
    let meta = evidence_meta(e, &e.path_from_cwd, escape);
    writeln!(
        out,
        "<blockquote class=\"{}\">{}<br><span class=\"meta\">{}</span></blockquote>",
        e.relation.as_str(),
        quote.replace('\n', "<br>"),
        meta.join(" · ")
    )
}

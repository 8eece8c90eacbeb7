//! The pages `claimcheck serve` renders on the server: the editor's page,
//! a reviewed draft annotated in place with its evidence, and a source with
//! its lines numbered. Every piece of text from a draft or a source is
//! escaped; nothing is loaded from the network.

use crate::check::Prepared;
use crate::report::escape_html as escape;
use crate::report::{ClaimReport, LineIndex, Report, highlighted_quote};
use crate::verdict::Verdict;
use std::fmt::Write;
use std::ops::Range;

const STYLE: &str = r#"
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{padding:.6rem 1.2rem;background:#1d1d1f;color:#fff;display:flex;gap:1rem;align-items:baseline}
header h1{font-size:1.2rem;margin:0}header .meta{color:#ccc}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem;padding:1rem 1.2rem}
#input textarea{width:100%;min-height:10rem;font:inherit;padding:.5rem}
#input .row{display:flex;gap:.8rem;align-items:center;flex-wrap:wrap;margin:.4rem 0}
button{font:inherit;padding:.3rem 1rem}
.summary span{display:inline-block;margin:0 .5rem .4rem 0;padding:.1rem .6rem;border-radius:1rem;background:#eee}
.draft{white-space:pre-wrap;background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem}
mark.finding{cursor:pointer;border-radius:3px;padding:0 .1rem}
mark.supported{background:#c8e6c9}mark.contradicted{background:#ffcdd2}
mark.disputed{background:#ffe0b2}mark.unverified{background:#e0e0e0}
mark.finding.current{outline:3px solid #1565c0}
mark.fact{background:#fff59d}
#panel{position:sticky;top:1rem;align-self:start;background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem;max-height:90vh;overflow:auto}
#panel h2{font-size:1.05rem;margin:.2rem 0}
.label{font-weight:600;text-transform:uppercase;font-size:.8rem;letter-spacing:.05em}
.label.contradicted{color:#c62828}.label.supported{color:#2e7d32}.label.disputed{color:#ef6c00}.label.unverified{color:#616161}
blockquote{margin:.6rem 0;padding:.4rem .8rem;background:#f7f7f7;border-left:3px solid #ccc}
blockquote.contradicts{border-left-color:#c62828}blockquote.supports{border-left-color:#2e7d32}
.meta{color:#555;font-size:.85rem}
del{background:#ffcdd2}ins{background:#c8e6c9;text-decoration:none}
.keys{color:#555;font-size:.85rem}
table.report{border-collapse:collapse;width:100%;background:#fff}
table.report td,table.report th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top}
pre.source{background:#fff;border:1px solid #ddd;padding:1rem;white-space:pre-wrap}
pre.source span:target{background:#fff59d}
"#;

/// Runs in the page: sends the draft, shows a finding's evidence, moves
/// between findings with the keyboard, opens a saved JSON report. No build
/// step, no library.
const SCRIPT: &str = r#"
var current = -1;
function marks(){ return Array.prototype.slice.call(document.querySelectorAll('mark.finding')); }
function show(i){
  var all = marks(); if (!all.length) return;
  current = (i + all.length) % all.length;
  all.forEach(function(m){ m.classList.remove('current'); });
  var m = all[current]; m.classList.add('current'); m.focus();
  var t = document.getElementById('evidence-' + m.dataset.claim);
  var panel = document.getElementById('panel');
  panel.innerHTML = ''; panel.appendChild(t.content.cloneNode(true));
}
document.getElementById('draft-form').addEventListener('submit', function(ev){
  ev.preventDefault();
  var status = document.getElementById('status'); status.textContent = 'checking…';
  fetch('/review?format=' + document.getElementById('draft-format').value, {
    method: 'POST', headers: {'Content-Type': 'text/plain; charset=utf-8'},
    body: document.getElementById('draft').value
  }).then(function(r){ return r.text().then(function(t){ return [r.ok, t]; }); })
    .then(function(res){
      status.textContent = res[0] ? '' : 'error';
      document.getElementById('result').innerHTML = res[0] ? res[1] : '';
      if (!res[0]) { document.getElementById('panel').textContent = res[1]; return; }
      marks().forEach(function(m, i){ m.addEventListener('click', function(){ show(i); }); });
      current = -1;
    });
});
document.getElementById('draft-file').addEventListener('change', function(ev){
  var f = ev.target.files[0]; if (!f) return;
  if (/\.html?$/i.test(f.name)) document.getElementById('draft-format').value = 'html';
  f.text().then(function(t){ document.getElementById('draft').value = t; });
});
document.addEventListener('keydown', function(ev){
  if (ev.target.tagName === 'TEXTAREA' || ev.target.tagName === 'INPUT') return;
  if (ev.key === 'j' || ev.key === 'n') show(current + 1);
  if (ev.key === 'k' || ev.key === 'p') show(current - 1);
  if (ev.key === 'Enter' && document.activeElement.classList.contains('finding')) show(marks().indexOf(document.activeElement));
});
function cell(text){ var td = document.createElement('td'); td.textContent = text; return td; }
document.getElementById('report-file').addEventListener('change', function(ev){
  var f = ev.target.files[0]; if (!f) return;
  f.text().then(function(t){
    var report = JSON.parse(t), result = document.getElementById('result');
    result.innerHTML = '';
    var filter = document.createElement('p');
    ['contradicted','disputed','unverified','supported'].forEach(function(v){
      var l = document.createElement('label'), b = document.createElement('input');
      b.type = 'checkbox'; b.checked = true; b.value = v;
      b.addEventListener('change', function(){
        document.querySelectorAll('tr.' + v).forEach(function(r){ r.hidden = !b.checked; });
      });
      l.appendChild(b); l.appendChild(document.createTextNode(' ' + v + ' ')); filter.appendChild(l);
    });
    result.appendChild(filter);
    var table = document.createElement('table'); table.className = 'report';
    (report.claims || []).forEach(function(c){
      var tr = document.createElement('tr'); tr.className = c.verdict;
      tr.appendChild(cell(c.id)); tr.appendChild(cell(c.verdict)); tr.appendChild(cell(c.text));
      // version 1 reports give reasons as lines, version 2 as objects with their line
      tr.appendChild(cell((c.reasons || []).map(function(r){ return typeof r === 'string' ? r : r.text; }).join('; ')));
      var e = (c.evidence || [])[0];
      tr.appendChild(cell(e ? e.source + ':' + e.line + ' ' + e.quote : ''));
      table.appendChild(tr);
    });
    result.appendChild(table);
  });
});
"#;

/// The editor's page: a draft to paste or upload, the annotated result,
/// the evidence panel.
pub fn index(prepared: &Prepared) -> String {
    let c = &prepared.corpus;
    let sentences: usize = c.sources.iter().map(|s| s.sentences.len()).sum();
    format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>claimcheck review</title>
<style>{STYLE}</style>
</head>
<body>
<header><h1>claimcheck review</h1><span class="meta">{} sources, {sentences} sentences</span></header>
<main>
<div>
<section id="input">
<form id="draft-form">
<textarea id="draft" name="draft" placeholder="Paste a draft: Markdown, plain text or HTML"></textarea>
<div class="row">
<label>Open a file <input type="file" id="draft-file" accept=".md,.markdown,.txt,.html,.htm"></label>
<select id="draft-format" aria-label="draft format"><option value="md">Markdown or text</option><option value="html">HTML</option></select>
<button type="submit" id="check">Check</button><span id="status" class="meta"></span>
</div>
</form>
<form id="report-form" class="row"><label>Open a saved JSON report <input type="file" id="report-file" accept=".json"></label></form>
<p class="keys">Keys: <kbd>j</kbd>/<kbd>k</kbd> next and previous finding, <kbd>Enter</kbd> shows the one in focus.</p>
</section>
<section id="result" aria-live="polite"></section>
</div>
<aside id="panel" aria-live="polite"><p class="meta">Select a finding to see its evidence.</p></aside>
</main>
<script>{SCRIPT}</script>
</body>
</html>
"#,
        c.sources.len()
    )
}

/// The reviewed draft: counts, the draft's text with each statement and
/// quotation marked by its verdict, and one template of evidence per mark.
pub fn reviewed(
    report: &Report,
    draft: &str,
    source_ids: &dyn Fn(&str) -> Option<usize>,
) -> String {
    let mut out = String::new();
    let s = &report.summary;
    let gating = report.claims.iter().filter(|c| c.gating).count();
    let _ = write!(
        out,
        "<p class=\"summary\" id=\"summary\"><span>{} checked</span><span>{} sourced</span><span>{} contradicted</span><span>{} disputed</span><span>{} unverified</span><span>{gating} to fix before publication</span></p>",
        s.claims, s.supported, s.contradicted, s.disputed, s.unverified
    );
    let index = LineIndex::new(draft);
    let spans: Vec<Option<Range<usize>>> = report
        .claims
        .iter()
        .map(|c| claim_span(&index, draft, c))
        .collect();
    // quotations first, then statements in what the quotations leave
    let mut order: Vec<usize> = (0..report.claims.len()).collect();
    order.sort_by_key(|&i| (report.claims[i].kind != Some("quote"), i));
    let mut taken: Vec<(Range<usize>, usize)> = Vec::new();
    for i in order {
        let Some(span) = &spans[i] else { continue };
        for piece in subtract(span.clone(), taken.iter().map(|(r, _)| r.clone())) {
            taken.push((piece, i));
        }
    }
    taken.sort_by_key(|(r, _)| r.start);
    out.push_str("<div class=\"draft\" id=\"annotated\">");
    let mut at = 0;
    for (r, i) in &taken {
        let c = &report.claims[*i];
        out.push_str(&escape(&draft[at..r.start]));
        let label = c.finding_label();
        let _ = write!(
            out,
            "<mark class=\"finding {}\" data-claim=\"{i}\" data-finding=\"{}\" tabindex=\"0\" title=\"{}\">{}</mark>",
            c.verdict,
            escape(label),
            escape(label),
            escape(&draft[r.clone()])
        );
        at = r.end;
    }
    out.push_str(&escape(&draft[at..]));
    out.push_str("</div>\n");
    for (i, c) in report.claims.iter().enumerate() {
        evidence_template(&mut out, i, c, source_ids);
    }
    out
}

/// Byte span of a claim in the draft, from its location.
fn claim_span(index: &LineIndex, draft: &str, c: &ClaimReport) -> Option<Range<usize>> {
    let start = index.offset(draft, c.location.line, c.location.column)?;
    let last = index.offset(
        draft,
        c.location.end_line.unwrap_or(c.location.line),
        c.location.end_column.unwrap_or(c.location.column),
    )?;
    let end = last + draft[last..].chars().next().map_or(0, char::len_utf8);
    (start < end).then_some(start..end)
}

/// The parts of `span` that none of `taken` covers.
fn subtract(span: Range<usize>, taken: impl Iterator<Item = Range<usize>>) -> Vec<Range<usize>> {
    let mut pieces = vec![span];
    for t in taken {
        pieces = pieces
            .into_iter()
            .flat_map(|p| {
                if t.end <= p.start || p.end <= t.start {
                    return vec![p];
                }
                [p.start..t.start.max(p.start), t.end.min(p.end)..p.end]
                    .into_iter()
                    .filter(|r| r.start < r.end)
                    .collect()
            })
            .collect();
    }
    pieces
}

fn evidence_template(
    out: &mut String,
    i: usize,
    c: &ClaimReport,
    source_ids: &dyn Fn(&str) -> Option<usize>,
) {
    let label = c.finding_label();
    let _ = write!(
        out,
        "<template id=\"evidence-{i}\"><p class=\"label {}\">{}{}</p><h2>{}</h2><p class=\"meta\">{} · line {}</p>",
        c.verdict,
        escape(label),
        if c.gating {
            " · to fix before publication"
        } else {
            ""
        },
        escape(&c.text),
        escape(&c.id),
        c.location.line
    );
    if !c.reasons.is_empty() {
        out.push_str("<ul class=\"reasons\">");
        for r in &c.reasons {
            let _ = write!(out, "<li>{}</li>", diff_markup(&r.to_string()));
        }
        out.push_str("</ul>");
    }
    for e in &c.evidence {
        let quote = highlighted_quote(e, escape, |m| format!("<mark class=\"fact\">{m}</mark>"));
        let place = match source_ids(&e.source) {
            Some(n) => format!(
                "<a href=\"/source/{n}#L{}\" target=\"_blank\">{}:{}</a>",
                e.line,
                escape(&e.source),
                e.line
            ),
            None => format!("{}:{}", escape(&e.source), e.line),
        };
        let mut meta = vec![place, e.relation.as_str().to_string()];
        meta.extend(e.outlet.iter().map(|o| escape(o)));
        meta.extend(e.published.iter().map(|p| p.to_string()));
        if e.hedged {
            meta.push("hedged".into());
        }
        let _ = write!(
            out,
            "<blockquote class=\"{}\">{}<br><span class=\"meta\">{}</span></blockquote>",
            e.relation.as_str(),
            quote.replace('\n', "<br>"),
            meta.join(" · ")
        );
    }
    if c.evidence.is_empty() && c.verdict == Verdict::Unverified {
        out.push_str("<p class=\"meta\">No source sentence speaks to it.</p>");
    }
    out.push_str("</template>\n");
}

/// A misquote's word diff (`[-draft-]`, `{+source+}`) as struck and
/// inserted words; any other reason escaped as it is.
fn diff_markup(reason: &str) -> String {
    let mut out = String::new();
    let mut rest = reason;
    while let Some(at) = rest.find(['[', '{']) {
        let (open, close, tag) = if rest[at..].starts_with("[-") {
            ("[-", "-]", "del")
        } else if rest[at..].starts_with("{+") {
            ("{+", "+}", "ins")
        } else {
            out.push_str(&escape(&rest[..=at]));
            rest = &rest[at + 1..];
            continue;
        };
        let Some(end) = rest[at + 2..].find(close) else {
            break;
        };
        out.push_str(&escape(&rest[..at]));
        let _ = write!(
            out,
            "<{tag}>{}</{tag}>",
            escape(&rest[at + open.len()..at + 2 + end])
        );
        rest = &rest[at + 2 + end + close.len()..];
    }
    out.push_str(&escape(rest));
    out
}

/// A source with its lines numbered, each an anchor (`#L12`).
pub fn source(prepared: &Prepared, n: usize) -> Option<String> {
    let s = prepared.corpus.sources.get(n)?;
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header><h1>{}</h1><span class=\"meta\">{}{}</span></header>\n<main style=\"display:block\"><pre class=\"source\">",
        s.lang.code(),
        escape(&s.path),
        escape(&s.path),
        s.meta.outlet.as_deref().map(escape).unwrap_or_default(),
        s.meta
            .published
            .map(|d| format!(" · {d}"))
            .unwrap_or_default()
    );
    // numbered as the file numbers its lines (an HTML page's text has
    // extra line breaks where its blocks end)
    for (k, line) in s.lines().into_iter().enumerate() {
        let _ = writeln!(
            out,
            "<span id=\"L{}\"><span class=\"meta\">{:>4}</span>  {}</span>",
            k + 1,
            k + 1,
            escape(&s.text[line].replace('\n', " "))
        );
    }
    out.push_str("</pre></main>\n</body>\n</html>\n");
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_left_by_earlier_marks() {
        assert_eq!(subtract(0..10, std::iter::once(3..5)), vec![0..3, 5..10]);
        assert_eq!(
            subtract(0..10, std::iter::once(0..10)),
            Vec::<Range<usize>>::new()
        );
        assert_eq!(subtract(4..8, [0..2, 9..12].into_iter()), vec![4..8]);
    }

    #[test]
    fn diffs_become_markup_and_the_rest_is_escaped() {
        assert_eq!(
            diff_markup("misquote: a [-b-] {+c+} <d>"),
            "misquote: a <del>b</del> <ins>c</ins> &lt;d&gt;"
        );
        assert_eq!(diff_markup("[x] {y}"), "[x] {y}");
    }
}

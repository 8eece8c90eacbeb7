//! HTML sources, read with lol_html (a streaming HTML parser that reports
//! the byte position of every tag and text chunk). The article's text is
//! kept where it is in the file and everything else is blanked, so every
//! span still points into the original bytes; page furniture (navigation,
//! header and footer, share bars, cookie banners, related articles,
//! captions, scripts) is blanked too. Metadata comes from the title, meta
//! tags, Open Graph, JSON-LD and the canonical link.

use crate::calendar::Date;
use crate::text::Lang;
use lol_html::html_content::TextType;
use lol_html::{HtmlRewriter, Settings, doc_comments, doc_text, element, text};
use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

/// What a page says about itself.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageMeta {
    pub title: Option<String>,
    pub author: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<Date>,
    pub language: Option<Lang>,
}

/// An HTML page read: its text (same length as the file, markup blanked)
/// and its metadata.
#[derive(Debug, Clone)]
pub struct HtmlPage {
    pub text: String,
    pub meta: PageMeta,
}

/// Elements whose whole content is not the article's text (furniture, and
/// text a reader never sees: `hidden`, `display:none`).
const FURNITURE: &str = "head, script, style, noscript, template, svg, iframe, nav, header, footer, aside, form, button, \
    figcaption, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], \
    [class*=share], [class*=social], [class*=cookie], [id*=cookie], [class*=consent], [class*=related], \
    [class*=newsletter], [class*=comment], [class*=breadcrumb], [class*=advert], [class*=promo], [class*=subscribe], \
    [hidden], [style*=\"display:none\"], [style*=\"display: none\"], [style*=\"visibility:hidden\"], \
    [style*=\"visibility: hidden\"]";

/// Elements that end a line of text: a new paragraph for the sentence splitter.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "table",
    "article",
    "section",
    "blockquote",
    "figure",
    "dd",
    "dt",
    "main",
    "hr",
];

#[derive(Default)]
struct Collected {
    /// Byte ranges of text chunks in the document (Data text only).
    text: Vec<Range<usize>>,
    /// Byte ranges of furniture elements, start tag to end tag.
    furniture: Vec<Range<usize>>,
    /// Offsets where a block element starts or ends.
    breaks: Vec<usize>,
    meta: PageMeta,
    title: String,
    json_ld: Vec<String>,
    meta_tags: Vec<(String, String)>,
}

/// Read an HTML page. Malformed HTML is read as far as the parser goes; a
/// parser failure leaves the page empty rather than failing the run.
pub fn read_html(html: &str) -> HtmlPage {
    let state = Rc::new(RefCell::new(Collected::default()));
    let json_ld_buffer = Rc::new(RefCell::new(String::new()));
    let result = {
        let (s1, s2, s3, s4, s5, s6, s7) = (
            state.clone(),
            state.clone(),
            state.clone(),
            state.clone(),
            state.clone(),
            state.clone(),
            state.clone(),
        );
        let ld = json_ld_buffer.clone();
        let ld_state = state.clone();
        let settings = Settings::new()
            .append_element_content_handler(element!(FURNITURE, move |el| {
                let start = el.source_location().bytes().start;
                let s = s1.clone();
                match el.end_tag_handlers() {
                    Some(handlers) => {
                        let handler: lol_html::EndTagHandler<'static> = Box::new(move |end| {
                            s.borrow_mut()
                                .furniture
                                .push(start..end.source_location().bytes().end);
                            Ok(())
                        });
                        handlers.push(handler);
                    }
                    None => s1.borrow_mut().furniture.push(el.source_location().bytes()),
                }
                Ok(())
            }))
            .append_element_content_handler(element!("*", move |el| {
                if BLOCKS.contains(&el.tag_name().as_str()) {
                    let at = el.source_location().bytes();
                    s2.borrow_mut().breaks.push(at.start);
                    let s = s2.clone();
                    if let Some(handlers) = el.end_tag_handlers() {
                        let handler: lol_html::EndTagHandler<'static> = Box::new(move |end| {
                            s.borrow_mut()
                                .breaks
                                .push(end.source_location().bytes().start);
                            Ok(())
                        });
                        handlers.push(handler);
                    }
                }
                Ok(())
            }))
            .append_element_content_handler(element!("html[lang]", move |el| {
                let lang = el.get_attribute("lang").unwrap_or_default();
                s3.borrow_mut().meta.language = Lang::parse(lang.get(..2).unwrap_or(""));
                Ok(())
            }))
            .append_element_content_handler(element!("meta[content]", move |el| {
                let key = el
                    .get_attribute("property")
                    .or_else(|| el.get_attribute("name"))
                    .or_else(|| el.get_attribute("itemprop"));
                if let (Some(key), Some(content)) = (key, el.get_attribute("content")) {
                    s4.borrow_mut()
                        .meta_tags
                        .push((key.to_ascii_lowercase(), decode_entities(&content)));
                }
                Ok(())
            }))
            .append_element_content_handler(element!("link[rel=canonical][href]", move |el| {
                s5.borrow_mut().meta.url = el.get_attribute("href");
                Ok(())
            }))
            .append_element_content_handler(text!("title", move |t| {
                s6.borrow_mut().title.push_str(t.as_str());
                Ok(())
            }))
            .append_element_content_handler(text!("script[type='application/ld+json']", move |t| {
                ld.borrow_mut().push_str(t.as_str());
                if t.last_in_text_node() {
                    let json = std::mem::take(&mut *ld.borrow_mut());
                    ld_state.borrow_mut().json_ld.push(json);
                }
                Ok(())
            }))
            .append_document_content_handler(doc_text!(move |t| {
                if t.text_type() == TextType::Data {
                    s7.borrow_mut().text.push(t.source_location().bytes());
                }
                Ok(())
            }))
            .append_document_content_handler(doc_comments!(|_| Ok(())));
        let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
        rewriter
            .write(html.as_bytes())
            .and_then(|()| rewriter.end())
    };
    let collected = Rc::try_unwrap(state)
        .map(RefCell::into_inner)
        .unwrap_or_default();
    if result.is_err() {
        return HtmlPage {
            text: " ".repeat(html.len()),
            meta: PageMeta::default(),
        };
    }
    let text = blank_all_but(html, &collected);
    let meta = page_meta(&collected);
    HtmlPage { text, meta }
}

/// The file's bytes with everything but article text replaced by spaces,
/// and a newline where a block element starts or ends.
fn blank_all_but(html: &str, c: &Collected) -> String {
    let mut keep = vec![false; html.len()];
    // a text chunk is furniture when some furniture element starting at or
    // before it ends at or after it: the furthest end among the elements
    // started so far says (sorted once, linear in chunks and elements)
    let mut furniture: Vec<(usize, usize)> = c.furniture.iter().map(|f| (f.start, f.end)).collect();
    furniture.sort_unstable();
    let mut furthest: Vec<usize> = Vec::with_capacity(furniture.len());
    for &(_, end) in &furniture {
        furthest.push(furthest.last().map_or(end, |&e: &usize| e.max(end)));
    }
    for r in &c.text {
        let started = furniture.partition_point(|&(start, _)| start <= r.start);
        let inside_furniture = started > 0 && furthest[started - 1] >= r.end;
        if !inside_furniture {
            keep[r.start.min(html.len())..r.end.min(html.len())]
                .iter_mut()
                .for_each(|k| *k = true);
        }
    }
    let mut out = String::with_capacity(html.len());
    let mut breaks: Vec<usize> = c.breaks.clone();
    breaks.sort_unstable();
    let mut next_break = breaks.into_iter().peekable();
    // the end of an entity written decoded, whose other bytes are skipped
    let mut decoded_until = 0;
    for (i, ch) in html.char_indices() {
        let is_break = next_break.peek().is_some_and(|&b| b == i);
        while next_break.peek().is_some_and(|&b| b <= i) {
            next_break.next();
        }
        if i < decoded_until {
            continue;
        }
        if keep[i]
            && ch == '&'
            && let Some((len, decoded)) = entity_at(&html[i..])
            && keep[i..i + len].iter().all(|&k| k)
        {
            out.push_str(&decoded);
            decoded_until = i + len;
            continue;
        }
        if keep[i] {
            // a newline in the text itself stays: the paragraph structure of the source
            out.push(ch);
        } else if is_break || ch == '\n' {
            out.push('\n');
            out.extend(std::iter::repeat_n(' ', ch.len_utf8() - 1));
        } else {
            out.extend(std::iter::repeat_n(' ', ch.len_utf8()));
        }
    }
    out
}

fn page_meta(c: &Collected) -> PageMeta {
    let mut meta = c.meta.clone();
    let tag = |names: &[&str]| {
        names
            .iter()
            .find_map(|n| {
                c.meta_tags
                    .iter()
                    .find(|(k, _)| k == n)
                    .map(|(_, v)| v.trim().to_string())
            })
            .filter(|v| !v.is_empty())
    };
    meta.title = tag(&["og:title", "twitter:title"])
        .or_else(|| Some(decode_entities(c.title.trim())).filter(|t| !t.is_empty()));
    meta.outlet = tag(&["og:site_name", "application-name"]);
    meta.author = tag(&["author", "article:author", "parsely-author", "dc.creator"]);
    meta.url = meta.url.clone().or_else(|| tag(&["og:url"]));
    meta.published = tag(&[
        "article:published_time",
        "og:published_time",
        "date",
        "pubdate",
        "dc.date",
        "datepublished",
    ])
    .and_then(|d| parse_date(&d));
    for json in &c.json_ld {
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(json) {
            json_ld_meta(&value, &mut meta);
        }
    }
    meta
}

/// Article metadata from JSON-LD (a NewsArticle or Article object, alone,
/// in a list or in an `@graph`). Values already found in meta tags win.
fn json_ld_meta(v: &serde_json::Value, meta: &mut PageMeta) {
    use serde_json::Value;
    match v {
        Value::Array(items) => items.iter().for_each(|i| json_ld_meta(i, meta)),
        Value::Object(map) => {
            if let Some(graph) = map.get("@graph") {
                json_ld_meta(graph, meta);
            }
            let kind = map.get("@type").map(|t| t.to_string()).unwrap_or_default();
            if !kind.contains("Article")
                && !kind.contains("Report")
                && !kind.contains("BlogPosting")
            {
                return;
            }
            let name_of = |v: &Value| match v {
                Value::String(s) => Some(s.clone()),
                Value::Object(o) => o.get("name").and_then(Value::as_str).map(str::to_string),
                Value::Array(a) => a
                    .first()
                    .and_then(|f| f.get("name").and_then(Value::as_str).or(f.as_str()))
                    .map(str::to_string),
                _ => None,
            };
            if meta.title.is_none() {
                meta.title = map
                    .get("headline")
                    .and_then(Value::as_str)
                    .map(str::to_string);
            }
            if meta.author.is_none() {
                meta.author = map.get("author").and_then(name_of);
            }
            if meta.outlet.is_none() {
                meta.outlet = map.get("publisher").and_then(name_of);
            }
            if meta.published.is_none() {
                meta.published = map
                    .get("datePublished")
                    .and_then(Value::as_str)
                    .and_then(parse_date);
            }
            if meta.url.is_none() {
                meta.url = map.get("url").and_then(Value::as_str).map(str::to_string);
            }
            if meta.language.is_none() {
                meta.language = map
                    .get("inLanguage")
                    .and_then(Value::as_str)
                    .and_then(|l| Lang::parse(l.get(..2).unwrap_or("")));
            }
        }
        _ => {}
    }
}

/// "2021-07-22", "2021-07-22T10:31:00+02:00": the calendar date.
fn parse_date(text: &str) -> Option<Date> {
    Date::parse_iso(text.trim().get(..10)?)
}

/// Longest entity looked for, `&` and `;` included.
const LONGEST_ENTITY: usize = 32;

/// The character reference at the start of `text` (`&eacute;`, `&#233;`,
/// `&#xE9;`), decoded to the same number of bytes: its character, then
/// invisible marks that fold away (U+034F, two bytes; U+FE00, three), so
/// that "r&eacute;unissait" reads as "réunissait" and every byte after it
/// stays where it is in the file (line:column of the evidence). `None` for
/// anything else, or when the bytes cannot be made up (one byte short).
fn entity_at(text: &str) -> Option<(usize, String)> {
    let window = &text.as_bytes()[..text.len().min(LONGEST_ENTITY)];
    let end = window.iter().position(|&b| b == b';')?;
    let entity = &text[..=end];
    let name = &entity[1..end];
    let well_formed = !name.is_empty()
        && (name.bytes().all(|b| b.is_ascii_alphanumeric())
            || name.strip_prefix('#').is_some_and(|n| {
                n.strip_prefix(['x', 'X']).map_or_else(
                    || !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()),
                    |h| !h.is_empty() && h.bytes().all(|b| b.is_ascii_hexdigit()),
                )
            }));
    if !well_formed {
        return None;
    }
    let decoded = html_escape::decode_html_entities(entity);
    if decoded == entity {
        return None;
    }
    let mut out = decoded.into_owned();
    let mut left = entity.len().checked_sub(out.len())?;
    if left == 1 {
        return None;
    }
    while left > 0 {
        // twos, and one three when the count is odd
        if left % 2 == 1 {
            out.push('\u{FE00}');
            left -= 3;
        } else {
            out.push('\u{034F}');
            left -= 2;
        }
    }
    Some((entity.len(), out))
}

/// Metadata values are attribute text: entities decoded (`&eacute;`, `&#39;`).
fn decode_entities(text: &str) -> String {
    html_escape::decode_html_entities(text).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html>
<html lang="fr"><head>
<title>Pegasus : titre de l'onglet</title>
<meta property="og:title" content="Pegasus : une rencontre franco-isra&eacute;lienne">
<meta property="og:site_name" content="Le Quotidien">
<meta name="author" content="Jeanne Martin">
<link rel="canonical" href="https://example.org/pegasus-rencontre">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2021-10-29T09:15:00+02:00","publisher":{"@type":"Organization","name":"Le Quotidien SA"}}</script>
<style>p { color: red }</style>
</head><body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<div class="cookie-banner">Nous utilisons des cookies.</div>
<article>
<h1>Une rencontre pour apaiser les tensions</h1>
<p>L'Élysée a confirmé <b>vendredi</b> qu'une rencontre a eu lieu à Paris.</p>
<figure><img src="x.jpg"><figcaption>Photo AFP</figcaption></figure>
<p>Le consortium réunissait 17 médias.</p>
<div class="share-bar">Partager sur Facebook</div>
</article>
<aside class="related"><h2>Lire aussi</h2><a href="/x">Autre article</a></aside>
<footer>© Le Quotidien 2021</footer>
<script>var tracking = "ne pas lire";</script>
</body></html>"#;

    #[test]
    fn article_text_stays_in_place_and_furniture_goes() {
        let page = read_html(PAGE);
        assert_eq!(page.text.len(), PAGE.len());
        let at = PAGE.find("Le consortium").unwrap();
        assert_eq!(&page.text[at..at + 13], "Le consortium");
        for gone in [
            "Accueil",
            "cookies",
            "Photo AFP",
            "Partager",
            "Lire aussi",
            "Quotidien 2021",
            "tracking",
            "color: red",
            "titre de l'onglet",
        ] {
            assert!(!page.text.contains(gone), "{gone} kept");
        }
        assert!(page.text.contains("confirmé"));
        assert!(page.text.contains("vendredi"));
        // paragraphs stay apart
        let lines: Vec<&str> = page
            .text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        assert!(
            lines.iter().any(|l| l.starts_with("Le consortium")),
            "{lines:?}"
        );
    }

    #[test]
    fn character_references_read_as_their_characters_in_place() {
        let html = "<article><p>Le consortium r&eacute;unissait 17 m&#233;dias &amp; 3 &#xE9;quipes &lt;ici&gt; &bogus; &amp</p>\n<p>Fin.</p></article>";
        let page = read_html(html);
        assert_eq!(page.text.len(), html.len());
        let words: Vec<String> = crate::text::tokenize(&page.text)
            .into_iter()
            .map(|t| t.norm.into())
            .collect();
        for w in [
            "reunissait",
            "medias",
            "equipes",
            "ici",
            "bogus",
            "amp",
            "fin",
        ] {
            assert!(words.contains(&w.to_string()), "{w} in {words:?}");
        }
        assert!(!words.contains(&"eacute".to_string()));
        // what follows stays where it is in the file
        let at = html.find("Fin.").unwrap();
        assert_eq!(&page.text[at..at + 4], "Fin.");
        assert!(page.text.contains("&"));
        assert_eq!(
            entity_at("&eacute;").map(|(n, d)| (n, d.chars().next())),
            Some((8, Some('é')))
        );
        // a reference one byte longer than its character cannot be padded
        assert_eq!(entity_at("&ne;"), None);
        assert_eq!(entity_at("& x;"), None);
        assert_eq!(entity_at("&#;"), None);
    }

    /// Text a reader never sees is no evidence: a page could hide a
    /// sentence that decides a claim.
    #[test]
    fn hidden_text_is_not_read() {
        let page = read_html(
            "<article><p>Le consortium réunissait 17 médias.</p>\
             <p hidden>Le consortium réunissait 40 médias.</p>\
             <div style=\"color: red; display: none\">Trente pays.</div>\
             <span style=\"visibility:hidden\">Caché.</span></article>",
        );
        assert!(page.text.contains("17 médias"));
        for gone in ["40 médias", "Trente pays", "Caché"] {
            assert!(!page.text.contains(gone), "{gone} kept");
        }
    }

    #[test]
    fn metadata_from_meta_tags_and_json_ld() {
        let meta = read_html(PAGE).meta;
        assert_eq!(
            meta.title.as_deref(),
            Some("Pegasus : une rencontre franco-israélienne")
        );
        assert_eq!(meta.outlet.as_deref(), Some("Le Quotidien"));
        assert_eq!(meta.author.as_deref(), Some("Jeanne Martin"));
        assert_eq!(
            meta.url.as_deref(),
            Some("https://example.org/pegasus-rencontre")
        );
        assert_eq!(meta.published, Date::parse_iso("2021-10-29"));
        assert_eq!(meta.language, Some(Lang::Fr));
    }

    #[test]
    fn broken_html_does_not_fail() {
        for html in [
            "<p>unclosed <b>bold",
            "<<<>>>",
            "",
            "<script>",
            "<p attr=\"x>text</p>",
        ] {
            let page = read_html(html);
            assert_eq!(page.text.len(), html.len());
        }
    }
}

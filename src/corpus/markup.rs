//! Markup blanking for HTML sources: tags, scripts, styles and navigation are
//! replaced by spaces (block tags by a newline) so that the text keeps the
//! byte layout of the file and every span points into the original.
//! (Full HTML extraction with metadata is a later stage of the roadmap.)

const SKIPPED_ELEMENTS: &[&str] = &[
    "script", "style", "nav", "footer", "header", "aside", "noscript", "template", "svg", "form",
];
const BLOCK_TAGS: &[&str] = &[
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
    "title",
    "figcaption",
    "dd",
    "dt",
];

pub fn html_to_text(html: &str) -> String {
    let bytes = html.as_bytes();
    let mut out: Vec<u8> = bytes.to_vec();
    let mut i = 0;
    let mut skip_until: Option<String> = None;
    let lower = html.to_ascii_lowercase();
    while i < bytes.len() {
        if bytes[i] == b'<' {
            let end = lower[i..].find('>').map_or(bytes.len(), |e| i + e + 1);
            let tag = &lower[i + 1..end.saturating_sub(1).max(i + 1)];
            let closing = tag.starts_with('/');
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            if tag.starts_with("!--") {
                let comment_end = lower[i..].find("-->").map_or(bytes.len(), |e| i + e + 3);
                blank(&mut out, i, comment_end, false);
                i = comment_end;
                continue;
            }
            let is_block = BLOCK_TAGS.contains(&name.as_str());
            blank(&mut out, i, end, is_block);
            match &skip_until {
                Some(open) if closing && *open == name => skip_until = None,
                None if !closing
                    && SKIPPED_ELEMENTS.contains(&name.as_str())
                    && !tag.ends_with('/') =>
                {
                    skip_until = Some(name)
                }
                _ => {}
            }
            i = end;
        } else {
            let next = lower[i..].find('<').map_or(bytes.len(), |e| i + e);
            if skip_until.is_some() {
                blank(&mut out, i, next, false);
            }
            i = next;
        }
    }
    // Only ASCII bytes were replaced by ASCII bytes, and whole UTF-8 sequences
    // by spaces, so the result is valid UTF-8.
    String::from_utf8(out).unwrap_or_default()
}

/// Replace bytes [start, end) with spaces (keeping newlines); a block tag
/// becomes a newline so that paragraphs split.
fn blank(out: &mut [u8], start: usize, end: usize, newline: bool) {
    for b in &mut out[start..end] {
        if *b != b'\n' {
            *b = b' ';
        }
    }
    if newline && start < end {
        out[start] = b'\n';
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_layout_and_drops_scripts() {
        let html = "<html><script>var x = '<p>';</script><p>Bonjour <b>Élysée</b>.</p><nav>Menu</nav></html>";
        let text = html_to_text(html);
        assert_eq!(text.len(), html.len());
        assert!(text.contains("Bonjour"));
        assert!(text.contains("Élysée"));
        assert!(!text.contains("var x"));
        assert!(!text.contains("Menu"));
        let at = text.find("Élysée").unwrap();
        assert_eq!(&html[at..at + "Élysée".len()], "Élysée");
    }
}

//! Web boilerplate in text sources: share bars, "related articles" blocks,
//! photo credits and captions, subscription prompts. These lines are not
//! statements of the article and must not become evidence (a caption dated a
//! year earlier, a headline list of other stories).

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineClass {
    Body,
    Blank,
    Boilerplate(&'static str),
}

/// Lines after which the rest of the document is page furniture.
const END_OF_ARTICLE: &[&str] = &[
    "articles similaires",
    "sur le meme theme",
    "meme theme",
    "a voir egalement",
    "a lire aussi sur",
    "share this post",
    "en savoir plus sur",
    "subscribe to get",
    "abonnez-vous",
    "vous aimez cet article",
    "related articles",
    "related stories",
    "more from",
    "most read",
    "les plus lus",
];

/// Lines that are furniture on their own.
const FURNITURE: &[&str] = &[
    "lire aussi",
    "a lire aussi",
    "voir aussi",
    "read more",
    "read also",
    "see also",
    "partager",
    "partagez",
    "share",
    "source",
    "continue reading",
    "publicite",
    "advertisement",
];

/// Classify each line of `text`, returning its byte span (without the line
/// break) and class.
pub fn classify_lines(text: &str) -> Vec<(Range<usize>, LineClass)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut article_over = false;
    let mut previous_was_credit = false;
    let lines: Vec<&str> = text.split('\n').collect();
    for line in lines {
        let span = start..start + line.len();
        start += line.len() + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            out.push((span, LineClass::Blank));
            continue;
        }
        let folded = crate::text::fold(trimmed);
        let folded = folded
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_string();
        let class = if article_over {
            LineClass::Boilerplate("after the end of the article")
        } else if END_OF_ARTICLE.iter().any(|m| folded.starts_with(m)) {
            article_over = true;
            LineClass::Boilerplate("related articles or page furniture")
        } else if FURNITURE.iter().any(|m| {
            folded.strip_prefix(m).is_some_and(|rest| {
                rest.is_empty() || rest.starts_with(" :") || rest.starts_with(':')
            })
        }) {
            LineClass::Boilerplate("link or share line")
        } else if is_photo_credit(trimmed) {
            previous_was_credit = true;
            out.push((span, LineClass::Boilerplate("photo credit")));
            continue;
        } else if previous_was_credit {
            LineClass::Boilerplate("photo caption")
        } else if is_dated_link(&folded, trimmed) {
            LineClass::Boilerplate("link to another article")
        } else {
            LineClass::Body
        };
        previous_was_credit = false;
        out.push((span, class));
    }
    out
}

/// "JOHN THYS / AFP", "JACK GUEZ via AFP via Getty Images", "Photo: Reuters".
fn is_photo_credit(line: &str) -> bool {
    const AGENCIES: &[&str] = &[
        "AFP",
        "Getty Images",
        "Reuters",
        "AP Photo",
        "Associated Press",
        "EPA",
        "SIPA",
        "Belga",
    ];
    if line.len() > 80 || line.ends_with('.') {
        return false;
    }
    let names_agency = AGENCIES.iter().any(|a| line.contains(a));
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    let mostly_caps = !letters.is_empty() && upper * 10 >= letters.len() * 5;
    let lower = line.to_lowercase();
    names_agency
        && (mostly_caps
            || line.contains(" / ")
            || lower.contains(" via ")
            || lower.starts_with("photo"))
}

/// List items of other stories: "- Titre de l'articlePublié le 12 juillet 2022 à 8h20".
fn is_dated_link(folded: &str, line: &str) -> bool {
    let markers = [
        "publie le ",
        "publie aujourd'hui",
        "publie hier",
        "published on ",
        "updated on ",
    ];
    // a teaser ends with its publication stamp ("...Publié le 9 mars 2022 à
    // 16h10"); an article's sentence that mentions a report "publié hier"
    // ends like a sentence
    static CLOCK_AT_END: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"\d{1,2}h\d{2}\s*$").expect("valid regex"));
    // the cheap tests first: most lines are long, or name no publication
    folded.len() < 300
        && markers.iter().any(|m| folded.contains(m))
        && (!line.trim_end().ends_with(['.', '!', '?', '»', '"', '”'])
            || CLOCK_AT_END.is_match(folded))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classes(text: &str) -> Vec<LineClass> {
        classify_lines(text)
            .into_iter()
            .map(|(_, c)| c)
            .filter(|c| *c != LineClass::Blank)
            .collect()
    }

    #[test]
    fn credits_captions_and_related_blocks_are_set_aside() {
        let text = "JOHN THYS / AFP\nEmmanuel Macron, ici lors d'un sommet, le 20 juillet 2020.\n\nPEGASUS – Le président a parlé.\n\nÀ voir également sur Le HuffPost\n\nUn autre titre\n";
        let c = classes(text);
        assert_eq!(c[0], LineClass::Boilerplate("photo credit"));
        assert_eq!(c[1], LineClass::Boilerplate("photo caption"));
        assert_eq!(c[2], LineClass::Body);
        assert!(matches!(c[3], LineClass::Boilerplate(_)));
        assert!(matches!(c[4], LineClass::Boilerplate(_)));
    }

    #[test]
    fn dated_links_and_share_lines() {
        let text = "Un vrai paragraphe.\n- Emmanuel Macron, un Président accroPublié le 21 juillet 2021 à 12h03\nShare\nLire aussi : autre chose\nRead more\n";
        let c = classes(text);
        assert_eq!(c[0], LineClass::Body);
        assert!(
            c[1..]
                .iter()
                .all(|c| matches!(c, LineClass::Boilerplate(_))),
            "{c:?}"
        );
    }

    #[test]
    fn ordinary_lines_are_body() {
        let text = "14 membres du gouvernement concernés\nLe gouvernement (AFP) a confirmé.\nSelon le rapport publié hier, la ville comptait 835 écoles.\n";
        assert!(classes(text).iter().all(|c| *c == LineClass::Body));
    }
}

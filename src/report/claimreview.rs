//! `--format claimreview`: schema.org ClaimReview JSON-LD, one object per
//! claim, the markup fact-checkers publish so that search engines and
//! aggregators show the verdict. The rating is the verdict (alternateName)
//! on a 1-4 scale; the sources that decided it are the review's citations
//! (an `appearance` is where the claim was made, which a claims file does
//! not say: the deciding sources are not that).

use super::{Emitter, Report};
use crate::matcher::Relation;
use crate::verdict::Verdict;
use serde_json::{Value, json};
use std::io::{self, Write};

pub struct ClaimReviewEmitter {
    /// The organisation publishing the reviews (`--reviewer`).
    pub reviewer: Option<String>,
    /// The publication date of the reviews (`--review-date`, YYYY-MM-DD);
    /// none by default, so the output depends on nothing but the inputs.
    pub date: Option<String>,
}

/// (rating value, name): 1 worst to 4 best.
fn rating(v: Verdict) -> (u8, &'static str) {
    match v {
        Verdict::Contradicted => (1, "False"),
        Verdict::Disputed => (2, "Disputed"),
        Verdict::Unverified => (3, "Unverified"),
        Verdict::Supported => (4, "True"),
    }
}

impl Emitter for ClaimReviewEmitter {
    fn emit(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let reviews: Vec<Value> = report
            .claims
            .iter()
            .map(|c| {
                let (value, name) = rating(c.verdict);
                let mut citations: Vec<Value> = Vec::new();
                for e in c.evidence.iter().filter(|e| e.relation != Relation::Related) {
                    let record = report.sources.iter().find(|s| s.path == e.source);
                    let mut work = json!({"@type": "CreativeWork", "name": record.and_then(|r| r.title.clone()).unwrap_or_else(|| e.source.clone())});
                    if let Some(url) = record.and_then(|r| r.url.clone()).filter(|u| web_url(u)) {
                        work["url"] = Value::from(url);
                    }
                    if let Some(p) = e.published {
                        work["datePublished"] = Value::from(p.to_string());
                    }
                    if let Some(o) = &e.outlet {
                        work["publisher"] = json!({"@type": "Organization", "name": o});
                    }
                    if !citations.contains(&work) {
                        citations.push(work);
                    }
                }
                let mut review = json!({
                    "@context": "https://schema.org",
                    "@type": "ClaimReview",
                    "claimReviewed": c.text,
                    "reviewRating": {
                        "@type": "Rating",
                        "ratingValue": value,
                        "bestRating": 4,
                        "worstRating": 1,
                        "alternateName": c.verdict.as_str(),
                        "name": name,
                        "ratingExplanation": c
                            .reasons
                            .iter()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>()
                            .join("; "),
                    },
                    "itemReviewed": {"@type": "Claim"},
                    "identifier": c.id,
                });
                if !citations.is_empty() {
                    review["citation"] = Value::Array(citations);
                }
                if let Some(r) = &self.reviewer {
                    review["author"] = json!({"@type": "Organization", "name": r});
                }
                if let Some(d) = &self.date {
                    review["datePublished"] = Value::from(d.clone());
                }
                review
            })
            .collect();
        let text =
            serde_json::to_string_pretty(&Value::Array(reviews)).map_err(io::Error::other)?;
        out.write_all(embeddable(&text).as_bytes())?;
        writeln!(out)
    }
}

/// JSON-LD is embedded in `<script type="application/ld+json">`: a `</script>`
/// or `<!--` from a claim or a source's title would end or hide the element,
/// and U+2028/U+2029 end a line in older JavaScript. Inside JSON strings
/// they are written as escapes, which mean the same characters.
fn embeddable(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// Only web addresses are links: `javascript:`, `data:` and the like from a
/// page's metadata are dropped.
fn web_url(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_cannot_close_its_script_element() {
        let json = serde_json::to_string(
            &json!({"claimReviewed": "x</script><script>alert(1)</script><!-- \u{2028}"}),
        )
        .unwrap();
        let safe = embeddable(&json);
        assert!(!safe.contains('<') && !safe.contains('>') && !safe.contains('\u{2028}'));
        let back: Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(
            back["claimReviewed"],
            "x</script><script>alert(1)</script><!-- \u{2028}"
        );
    }

    #[test]
    fn only_web_addresses_are_links() {
        assert!(web_url("https://example.org/a") && web_url("http://x.fr"));
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "data:text/html,x",
            "file:///etc/passwd",
            "//evil",
        ] {
            assert!(!web_url(bad), "{bad}");
        }
    }
}

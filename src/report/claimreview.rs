//! `--format claimreview`: schema.org ClaimReview JSON-LD, one object per
//! claim, the markup fact-checkers publish so that search engines and
//! aggregators show the verdict. The rating is the verdict (alternateName)
//! on a 1-4 scale; the claim's appearances are the sources that decided it.

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
                let mut appearances: Vec<Value> = Vec::new();
                for e in c.evidence.iter().filter(|e| e.relation != Relation::Related) {
                    let record = report.sources.iter().find(|s| s.path == e.source);
                    let mut work = json!({"@type": "CreativeWork", "name": record.and_then(|r| r.title.clone()).unwrap_or_else(|| e.source.clone())});
                    if let Some(url) = record.and_then(|r| r.url.clone()) {
                        work["url"] = Value::from(url);
                    }
                    if let Some(p) = e.published {
                        work["datePublished"] = Value::from(p.to_string());
                    }
                    if let Some(o) = &e.outlet {
                        work["publisher"] = json!({"@type": "Organization", "name": o});
                    }
                    if !appearances.contains(&work) {
                        appearances.push(work);
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
                        "ratingExplanation": c.reasons.join("; "),
                    },
                    "itemReviewed": {"@type": "Claim", "appearance": appearances},
                    "identifier": c.id,
                });
                if let Some(r) = &self.reviewer {
                    review["author"] = json!({"@type": "Organization", "name": r});
                }
                if let Some(d) = &self.date {
                    review["datePublished"] = Value::from(d.clone());
                }
                review
            })
            .collect();
        serde_json::to_writer_pretty(&mut *out, &Value::Array(reviews))
            .map_err(io::Error::other)?;
        writeln!(out)
    }
}

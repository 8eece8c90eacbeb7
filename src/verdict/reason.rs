//! A claim's reasons: why its verdict is what it is. Typed, so that a
//! program reading the report (a CI gate, a dashboard) can tell a wrong
//! number from a wrong date without parsing English, and each with the
//! line a person reads (report version 2; version 1 had the lines only).

use super::Verdict;
use crate::matcher::{Effect, Finding};
use serde::ser::{Serialize, SerializeMap, Serializer};
use std::fmt;

/// One reason of a claim's verdict.
#[derive(Debug, Clone, PartialEq)]
pub enum ClaimReason {
    /// A fact of the deciding evidence that supports or contradicts.
    Finding(Finding),
    /// No source sentence speaks to the claim.
    NoEvidence,
    /// This many related sentences were found; none decides.
    Related(usize),
    /// The claims file expected another verdict.
    Expected { expected: Verdict, got: Verdict },
    /// `review`: figures of a statement that no source states.
    Unsourced(String),
    /// `review`: a quotation found word for word.
    QuoteFound,
    /// `review`: a quotation found with other words: the share of its words
    /// that match and the word diff.
    Misquote { share: f64, diff: String },
    /// `review`: a quotation found in no source.
    QuoteNotFound,
}

impl ClaimReason {
    /// The report's `kind`: a finding's own kind, else one of the names
    /// below (docs/report.md lists them).
    pub fn kind(&self) -> &'static str {
        match self {
            ClaimReason::Finding(f) => f.kind.as_str(),
            ClaimReason::NoEvidence => "no-evidence",
            ClaimReason::Related(_) => "related",
            ClaimReason::Expected { .. } => "expected",
            ClaimReason::Unsourced(_) => "unsourced",
            ClaimReason::QuoteFound => "quote",
            ClaimReason::Misquote { .. } => "misquote",
            ClaimReason::QuoteNotFound => "quote-not-found",
        }
    }

    /// What the reason does to the verdict, for those that decide it.
    pub fn effect(&self) -> Option<Effect> {
        match self {
            ClaimReason::Finding(f) => Some(f.effect),
            ClaimReason::QuoteFound => Some(Effect::Supports),
            ClaimReason::Misquote { .. } => Some(Effect::Contradicts),
            _ => None,
        }
    }
}

/// The line for people: "number 35 bound to France matches", "date 21
/// July differs from 22 juillet", "no source sentence speaks to this claim".
impl fmt::Display for ClaimReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClaimReason::Finding(r) => f.write_str(&super::describe(r)),
            ClaimReason::NoEvidence => f.write_str("no source sentence speaks to this claim"),
            ClaimReason::Related(n) => write!(
                f,
                "{n} related sentence(s) found, none states or contradicts the claim"
            ),
            ClaimReason::Expected { expected, got } => write!(f, "expected {expected}, got {got}"),
            ClaimReason::Unsourced(figures) => write!(f, "unsourced: no source states {figures}"),
            ClaimReason::QuoteFound => f.write_str("quote found word for word"),
            ClaimReason::Misquote { share, diff } => write!(
                f,
                "misquote ({:.0}% of the words match): {diff}",
                share * 100.0
            ),
            ClaimReason::QuoteNotFound => f.write_str("quote not found in any source"),
        }
    }
}

/// `{kind, effect?, claim?, source?, about?, count?, expected?, got?,
/// figures?, share?, diff?, text}`: only the fields the kind has.
impl Serialize for ClaimReason {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("kind", self.kind())?;
        if let Some(effect) = self.effect() {
            map.serialize_entry("effect", effect.as_str())?;
        }
        match self {
            ClaimReason::Finding(r) => {
                if !r.claim.is_empty() {
                    map.serialize_entry("claim", &r.claim)?;
                }
                if !r.source.is_empty() {
                    map.serialize_entry("source", &r.source)?;
                }
                if let Some(about) = &r.about {
                    map.serialize_entry("about", about)?;
                }
            }
            ClaimReason::Related(n) => map.serialize_entry("count", n)?,
            ClaimReason::Expected { expected, got } => {
                map.serialize_entry("expected", expected)?;
                map.serialize_entry("got", got)?;
            }
            ClaimReason::Unsourced(figures) => map.serialize_entry("figures", figures)?,
            ClaimReason::Misquote { share, diff } => {
                map.serialize_entry("share", &((share * 100.0).round() / 100.0))?;
                map.serialize_entry("diff", diff)?;
            }
            ClaimReason::NoEvidence | ClaimReason::QuoteFound | ClaimReason::QuoteNotFound => {}
        }
        map.serialize_entry("text", &self.to_string())?;
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::Kind;

    fn json(r: &ClaimReason) -> String {
        serde_json::to_string(r).unwrap()
    }

    #[test]
    fn each_kind_has_its_fields_and_its_line() {
        let number = ClaimReason::Finding(
            Finding::new(Kind::Number, Effect::Contradicts, "97", "79")
                .about(Some("Royaume-Uni".into())),
        );
        assert_eq!(
            json(&number),
            r#"{"kind":"number","effect":"contradicts","claim":"97","source":"79","about":"Royaume-Uni","text":"number 97 bound to Royaume-Uni differs from 79"}"#
        );
        assert_eq!(
            json(&ClaimReason::Related(3)),
            r#"{"kind":"related","count":3,"text":"3 related sentence(s) found, none states or contradicts the claim"}"#
        );
        assert_eq!(
            json(&ClaimReason::NoEvidence),
            r#"{"kind":"no-evidence","text":"no source sentence speaks to this claim"}"#
        );
        assert_eq!(
            json(&ClaimReason::Expected {
                expected: Verdict::Supported,
                got: Verdict::Unverified
            }),
            r#"{"kind":"expected","expected":"supported","got":"unverified","text":"expected supported, got unverified"}"#
        );
        assert_eq!(
            json(&ClaimReason::Misquote {
                share: 0.8333,
                diff: "[-a-] {+b+}".into()
            }),
            r#"{"kind":"misquote","effect":"contradicts","share":0.83,"diff":"[-a-] {+b+}","text":"misquote (83% of the words match): [-a-] {+b+}"}"#
        );
        assert_eq!(
            json(&ClaimReason::Unsourced("12".into())),
            r#"{"kind":"unsourced","figures":"12","text":"unsourced: no source states 12"}"#
        );
    }

    #[test]
    fn a_finding_without_a_source_side_omits_it() {
        let denial = ClaimReason::Finding(Finding::new(Kind::Denial, Effect::Contradicts, "", ""));
        let v: serde_json::Value = serde_json::from_str(&json(&denial)).unwrap();
        assert!(v.get("claim").is_none() && v.get("source").is_none());
        assert_eq!(v["kind"], "denial");
    }
}

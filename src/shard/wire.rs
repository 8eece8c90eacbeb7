//! The records of the intermediate files, as they are written: plain
//! fields, spans as `[start, end]`, enums by name. Evidence keeps what a
//! report does not show (the matcher's findings, effects that block,
//! features), because the decision reads it.

use crate::calendar::Date;
use crate::corpus::SourceMeta;
use crate::matcher::{Effect, Features, Finding, Kind, Relation, SourceSpan};
use crate::text::Lang;
use crate::verdict::{ClaimReason, Evidence, Verdict};
use serde::{Deserialize, Serialize};

/// A source's metadata, dates as `YYYY-MM-DD`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Meta {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Lang>,
}

impl Meta {
    pub fn of(meta: &SourceMeta) -> Meta {
        Meta {
            title: meta.title.clone(),
            outlet: meta.outlet.clone(),
            author: meta.author.clone(),
            url: meta.url.clone(),
            published: meta.published.map(|d| d.to_string()),
            language: meta.language,
        }
    }

    /// The metadata; `None` when the date is not one.
    pub fn to_meta(&self) -> Option<SourceMeta> {
        let published = match &self.published {
            Some(text) => Some(Date::parse_iso(text)?),
            None => None,
        };
        Some(SourceMeta {
            title: self.title.clone(),
            outlet: self.outlet.clone(),
            author: self.author.clone(),
            url: self.url.clone(),
            published,
            language: self.language,
        })
    }
}

/// One finding, every field kept.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WireFinding {
    pub kind: String,
    pub effect: String,
    pub claim: String,
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim_span: Option<[usize; 2]>,
    /// (sentence of the window, start, end).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_span: Option<[usize; 3]>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub anchors: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
}

impl WireFinding {
    pub fn of(f: &Finding) -> WireFinding {
        WireFinding {
            kind: f.kind.as_str().to_string(),
            effect: f.effect.code().to_string(),
            claim: f.claim.clone(),
            source: f.source.clone(),
            about: f.about.clone(),
            claim_span: f.claim_span.as_ref().map(|r| [r.start, r.end]),
            source_span: f
                .source_span
                .as_ref()
                .map(|s| [s.sentence, s.span.start, s.span.end]),
            anchors: f.anchors,
            value: f.value,
        }
    }

    /// The finding; `Err` names the field that is not one.
    pub fn to_finding(&self) -> Result<Finding, String> {
        let kind = Kind::parse(&self.kind)
            .ok_or_else(|| format!("unknown finding kind `{}`", self.kind))?;
        let effect = Effect::from_code(&self.effect)
            .ok_or_else(|| format!("unknown finding effect `{}`", self.effect))?;
        Ok(Finding {
            kind,
            claim: self.claim.clone(),
            source: self.source.clone(),
            about: self.about.clone(),
            effect,
            claim_span: self.claim_span.map(|[a, b]| a..b),
            source_span: self.source_span.map(|[sentence, a, b]| SourceSpan {
                sentence,
                span: a..b,
            }),
            anchors: self.anchors,
            value: self.value,
        })
    }
}

/// One reason of a claim's verdict, every field kept.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WireReason {
    Finding(WireFinding),
    NoEvidence,
    Related(usize),
    Expected { expected: Verdict, got: Verdict },
    Unsourced(String),
    QuoteFound,
    Misquote { share: f64, diff: String },
    QuoteNotFound,
}

impl WireReason {
    pub fn of(r: &ClaimReason) -> WireReason {
        match r {
            ClaimReason::Finding(f) => WireReason::Finding(WireFinding::of(f)),
            ClaimReason::NoEvidence => WireReason::NoEvidence,
            ClaimReason::Related(n) => WireReason::Related(*n),
            ClaimReason::Expected { expected, got } => WireReason::Expected {
                expected: *expected,
                got: *got,
            },
            ClaimReason::Unsourced(figures) => WireReason::Unsourced(figures.clone()),
            ClaimReason::QuoteFound => WireReason::QuoteFound,
            ClaimReason::Misquote { share, diff } => WireReason::Misquote {
                share: *share,
                diff: diff.clone(),
            },
            ClaimReason::QuoteNotFound => WireReason::QuoteNotFound,
        }
    }

    /// The reason; `Err` names the field that is not one.
    pub fn to_reason(&self) -> Result<ClaimReason, String> {
        Ok(match self {
            WireReason::Finding(f) => ClaimReason::Finding(f.to_finding()?),
            WireReason::NoEvidence => ClaimReason::NoEvidence,
            WireReason::Related(n) => ClaimReason::Related(*n),
            WireReason::Expected { expected, got } => ClaimReason::Expected {
                expected: *expected,
                got: *got,
            },
            WireReason::Unsourced(figures) => ClaimReason::Unsourced(figures.clone()),
            WireReason::QuoteFound => ClaimReason::QuoteFound,
            WireReason::Misquote { share, diff } => ClaimReason::Misquote {
                share: *share,
                diff: diff.clone(),
            },
            WireReason::QuoteNotFound => ClaimReason::QuoteNotFound,
        })
    }
}

/// One piece of evidence, every field kept.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WireEvidence {
    pub source: usize,
    pub sentences: [usize; 2],
    pub span: [usize; 2],
    pub relation: String,
    pub reasons: Vec<WireFinding>,
    pub hedged: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    pub chain: Vec<String>,
    pub coverage: f64,
    /// [`Features::values`], in [`Features::NAMES`] order.
    pub features: [f64; 6],
    pub score: f64,
}

impl WireEvidence {
    pub fn of(e: &Evidence) -> WireEvidence {
        WireEvidence {
            source: e.source,
            sentences: [e.sentences.start, e.sentences.end],
            span: [e.span.start, e.span.end],
            relation: e.relation.as_str().to_string(),
            reasons: e.reasons.iter().map(WireFinding::of).collect(),
            hedged: e.hedged,
            attribution: e.attribution.clone(),
            chain: e.attribution_chain.clone(),
            coverage: e.coverage,
            features: e.features.values(),
            score: e.retrieval_score,
        }
    }

    /// The evidence; `Err` names the field that is not one.
    pub fn to_evidence(&self) -> Result<Evidence, String> {
        let relation = match self.relation.as_str() {
            "supports" => Relation::Supports,
            "contradicts" => Relation::Contradicts,
            "related" => Relation::Related,
            other => return Err(format!("unknown relation `{other}`")),
        };
        let reasons = self
            .reasons
            .iter()
            .map(WireFinding::to_finding)
            .collect::<Result<Vec<_>, _>>()?;
        let [
            coverage,
            anchored,
            novel,
            missing_weighty,
            hedged,
            cross_language,
        ] = self.features;
        Ok(Evidence {
            source: self.source,
            sentences: self.sentences[0]..self.sentences[1],
            span: self.span[0]..self.span[1],
            relation,
            reasons,
            hedged: self.hedged,
            attribution: self.attribution.clone(),
            attribution_chain: self.chain.clone(),
            coverage: self.coverage,
            features: Features {
                coverage,
                anchored,
                novel,
                missing_weighty,
                hedged,
                cross_language,
            },
            retrieval_score: self.score,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_and_effect_is_read_back_by_its_name() {
        for k in Kind::ALL {
            assert_eq!(Kind::parse(k.as_str()), Some(k));
        }
        for e in Effect::ALL {
            assert_eq!(Effect::from_code(e.code()), Some(e));
        }
        assert_eq!(Kind::parse("nonsense"), None);
    }

    #[test]
    fn evidence_comes_back_field_for_field() {
        let e = Evidence {
            source: 3,
            sentences: 4..6,
            span: 120..250,
            relation: Relation::Contradicts,
            reasons: vec![
                Finding::new(Kind::Number, Effect::Contradicts, "14", "12")
                    .about(Some("ministres".into()))
                    .at_claim(0..2)
                    .at_source(1, 5..7)
                    .anchoring(true),
                Finding::new(Kind::Missing, Effect::Blocks, "heads", ""),
            ],
            hedged: true,
            attribution: Some("Le Monde".into()),
            attribution_chain: vec!["Le Monde".into(), "AFP".into()],
            coverage: 0.1 + 0.2,
            features: Features {
                coverage: 0.1 + 0.2,
                anchored: 1.0,
                novel: 0.0,
                missing_weighty: 2.0,
                hedged: 1.0,
                cross_language: 1.0,
            },
            retrieval_score: f64::from(7.123_456_7_f32),
        };
        let line = serde_json::to_string(&WireEvidence::of(&e)).unwrap();
        let back: WireEvidence = serde_json::from_str(&line).unwrap();
        let back = back.to_evidence().unwrap();
        assert_eq!(back.reasons, e.reasons);
        assert_eq!(back.features, e.features);
        assert_eq!(back.coverage.to_bits(), e.coverage.to_bits());
        assert_eq!(back.retrieval_score.to_bits(), e.retrieval_score.to_bits());
        assert_eq!(
            (back.source, back.sentences, back.span, back.relation),
            (e.source, e.sentences, e.span, e.relation)
        );
        assert_eq!(back.attribution_chain, e.attribution_chain);
        assert!(
            back.reasons[1].effect == Effect::Blocks,
            "blocks is not neutral"
        );
    }

    #[test]
    fn claim_reasons_come_back_variant_for_variant() {
        let reasons = [
            ClaimReason::Finding(
                Finding::new(Kind::Date, Effect::Contradicts, "21 July", "22 juillet")
                    .at_source(0, 3..13),
            ),
            ClaimReason::NoEvidence,
            ClaimReason::Related(4),
            ClaimReason::Expected {
                expected: Verdict::Supported,
                got: Verdict::Disputed,
            },
            ClaimReason::Unsourced("12".into()),
            ClaimReason::QuoteFound,
            ClaimReason::Misquote {
                share: 0.1 + 0.2,
                diff: "[-a-] {+b+}".into(),
            },
            ClaimReason::QuoteNotFound,
        ];
        for r in reasons {
            let line = serde_json::to_string(&WireReason::of(&r)).unwrap();
            let back: WireReason = serde_json::from_str(&line).unwrap();
            assert_eq!(back.to_reason().unwrap(), r, "{line}");
        }
    }
}

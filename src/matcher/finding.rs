//! Findings: what one rule of the matcher found about a claim and a window,
//! typed, with where it was found. The report shows them as the evidence's
//! `reasons`; the decision reads them by kind and effect, never by string.

use serde::{Serialize, Serializer};
use std::ops::Range;

/// What a finding is about. The serialised names are the report's
/// `reasons[].kind` values (docs/report.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// The weighted share of the claim's words the window states.
    Coverage,
    /// A quantity of the claim compared with one of the window.
    Number,
    /// A date of the claim compared with one of the window.
    Date,
    /// A date whose weekday decides (`Thursday 22 July` against `vendredi 22 juillet`).
    Weekday,
    /// The window negates what the claim affirms, or the other way round.
    Negation,
    /// The window states the claim with one word turned into its opposite
    /// ("won" / "lost", "accepté" / "rejected").
    Opposite,
    /// The window ranks the claim's two sides the other way round ("moins
    /// durement frappées que l'Afrique" / "l'Afrique ... moins durement
    /// frappée que l'Amérique").
    Comparison,
    /// The window says its predicate holds only of something else
    /// ("protested only against climate change").
    Exclusive,
    /// The window calls what the claim says false ("l'information ... est
    /// fausse", "the claim that ... is unfounded").
    Refuted,
    /// The window puts what the claim places in one country in another
    /// ("le siège social est au Canada" / "... est aux États-Unis").
    Location,
    /// The window has the claim's place at the other end of a movement
    /// ("a quitté Marseille" / "son départ pour Marseille").
    Direction,
    /// The window has the claim's relation between two names the other way
    /// round ("est propriétaire de" / "est une filiale de").
    Converse,
    /// The window hedges (French conditional, "allegedly").
    Hedge,
    /// The matched words sit in a clause the window does not assert.
    Condition,
    /// A party denies the statement: reported, neither stated nor refuted.
    Denial,
    /// A claim's first name taken as said by the surname alone.
    Surname,
    /// The claim's surname with another first name, or a name of several
    /// words written in part beside another name's word: someone or
    /// something else ("France Inter" for "France Culture").
    Person,
    /// A claim place stated earlier in the same article.
    Context,
    /// Claim words the window does not state.
    Missing,
    /// A quotation of a draft found word for word (`review`).
    Quote,
    /// A quotation of a draft found with other words (`review`).
    Misquote,
    /// Polarity differs but not enough to contradict: keeps the window from
    /// supporting. Shown by `explain` only.
    Polarity,
    /// A claim word that no source sentence uses at all. `explain` only.
    Novel,
    /// The claim's place is stated neither in the window nor in context.
    /// `explain` only (the word is listed under `missing`).
    Place,
    /// The claim's verb ("a commenté", "commented") is not stated: the
    /// window may be about the same people without saying what they did.
    /// `explain` only (the word is listed under `missing`).
    Predicate,
    /// A name of the claim ("Qmoleri", "NSO") is not stated: the window may
    /// be about someone else. `explain` only (the word is listed under
    /// `missing`).
    Participant,
    /// What the claim says of its subject, the window says of someone
    /// else (an apposition or a relative clause on another name). `explain`
    /// only.
    Role,
    /// A claim word no dictionary key found, found by meaning: the window
    /// word the sentence encoder puts closest to it ("logements" / "homes"),
    /// with their cosine as `value`.
    Meaning,
}

impl Kind {
    /// Every kind, in declaration order.
    pub const ALL: [Kind; 28] = [
        Kind::Coverage,
        Kind::Number,
        Kind::Date,
        Kind::Weekday,
        Kind::Negation,
        Kind::Opposite,
        Kind::Comparison,
        Kind::Exclusive,
        Kind::Refuted,
        Kind::Location,
        Kind::Direction,
        Kind::Converse,
        Kind::Hedge,
        Kind::Condition,
        Kind::Denial,
        Kind::Surname,
        Kind::Person,
        Kind::Context,
        Kind::Missing,
        Kind::Quote,
        Kind::Misquote,
        Kind::Polarity,
        Kind::Novel,
        Kind::Place,
        Kind::Predicate,
        Kind::Participant,
        Kind::Role,
        Kind::Meaning,
    ];

    /// The kind named `name` ([`Kind::as_str`]).
    pub fn parse(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Coverage => "coverage",
            Kind::Number => "number",
            Kind::Date => "date",
            Kind::Weekday => "weekday",
            Kind::Negation => "negation",
            Kind::Opposite => "opposite",
            Kind::Comparison => "comparison",
            Kind::Exclusive => "exclusive",
            Kind::Refuted => "refuted",
            Kind::Location => "location",
            Kind::Direction => "direction",
            Kind::Converse => "converse",
            Kind::Hedge => "hedge",
            Kind::Condition => "condition",
            Kind::Denial => "denial",
            Kind::Surname => "surname",
            Kind::Person => "person",
            Kind::Context => "context",
            Kind::Missing => "missing",
            Kind::Quote => "quote",
            Kind::Misquote => "misquote",
            Kind::Polarity => "polarity",
            Kind::Novel => "novel",
            Kind::Place => "place",
            Kind::Predicate => "predicate",
            Kind::Participant => "participant",
            Kind::Role => "role",
            Kind::Meaning => "meaning",
        }
    }

    /// A fact compared by value: numbers, dates, weekdays. Support needs
    /// every one of the claim's facts stated.
    pub fn is_fact(self) -> bool {
        matches!(self, Kind::Number | Kind::Date | Kind::Weekday)
    }

    /// Whether the report's `reasons` carry this kind (the JSON contract);
    /// the others are the matcher's own and shown by `explain`.
    pub fn is_reported(self) -> bool {
        !matches!(
            self,
            Kind::Polarity
                | Kind::Novel
                | Kind::Place
                | Kind::Predicate
                | Kind::Participant
                | Kind::Role
        )
    }
}

impl Serialize for Kind {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// What a finding does to the relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Effect {
    /// The window states this part of the claim.
    Supports,
    /// The window states something incompatible about the same thing.
    Contradicts,
    /// Shown for the reader; decides nothing.
    Neutral,
    /// Keeps the window from supporting, without contradicting: a fact not
    /// found, a clause not asserted, someone else. Reported as `neutral`.
    Blocks,
}

impl Effect {
    /// Every effect, in declaration order.
    pub const ALL: [Effect; 4] = [
        Effect::Supports,
        Effect::Contradicts,
        Effect::Neutral,
        Effect::Blocks,
    ];

    /// A name for each effect, `blocks` apart from `neutral` (reports show
    /// both as `neutral`; a shard's intermediate file keeps them apart).
    pub fn code(self) -> &'static str {
        match self {
            Effect::Blocks => "blocks",
            other => other.as_str(),
        }
    }

    /// The effect whose [`Effect::code`] is `code`.
    pub fn from_code(code: &str) -> Option<Effect> {
        Effect::ALL.into_iter().find(|e| e.code() == code)
    }

    /// The name in the report: `blocks` is a `neutral` reason there.
    pub fn as_str(self) -> &'static str {
        match self {
            Effect::Supports => "supports",
            Effect::Contradicts => "contradicts",
            Effect::Neutral | Effect::Blocks => "neutral",
        }
    }

    /// Supports or contradicts: a finding a verdict's reasons name.
    pub fn decides(self) -> bool {
        matches!(self, Effect::Supports | Effect::Contradicts)
    }
}

impl Serialize for Effect {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Where in the window a finding was seen: the sentence (index in the
/// window) and the byte span in that sentence's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceSpan {
    pub sentence: usize,
    pub span: Range<usize>,
}

/// One typed finding of a rule. Serialises as a report reason (version 2):
/// `kind`, `claim` and `source` when not empty, `about` when known,
/// `effect`; a `coverage` finding gives its share as the number `value`
/// (spans and flags are the matcher's own).
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub kind: Kind,
    /// The claim's side, as written or normalised (`coverage`: the share,
    /// two decimals).
    pub claim: String,
    /// The source's side.
    pub source: String,
    /// What the fact is about (the bound noun or entity), when known.
    pub about: Option<String>,
    pub effect: Effect,
    /// Byte span of the claim's side in the claim text.
    pub claim_span: Option<Range<usize>>,
    /// Where the source's side stands in the window.
    pub source_span: Option<SourceSpan>,
    /// A fact bound to the same noun or entity, or a day-precise date, that
    /// anchors the statement: less of the wording is then needed.
    pub anchors: bool,
    /// A measure of the finding beside its two sides (`meaning`: the cosine).
    pub value: Option<f64>,
}

impl Serialize for Finding {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("kind", &self.kind)?;
        match self.claim.parse::<f64>() {
            Ok(value) if self.kind == Kind::Coverage => map.serialize_entry("value", &value)?,
            _ if self.claim.is_empty() => {}
            _ => map.serialize_entry("claim", &self.claim)?,
        }
        if !self.source.is_empty() {
            map.serialize_entry("source", &self.source)?;
        }
        if let Some(about) = &self.about {
            map.serialize_entry("about", about)?;
        }
        if let Some(value) = self.value {
            map.serialize_entry("value", &value)?;
        }
        map.serialize_entry("effect", &self.effect)?;
        map.end()
    }
}

impl Finding {
    /// A finding with its kind, effect and both sides; no spans.
    pub fn new(
        kind: Kind,
        effect: Effect,
        claim: impl Into<String>,
        source: impl Into<String>,
    ) -> Self {
        Finding {
            kind,
            claim: claim.into(),
            source: source.into(),
            about: None,
            effect,
            claim_span: None,
            source_span: None,
            anchors: false,
            value: None,
        }
    }

    pub fn about(mut self, about: Option<String>) -> Self {
        self.about = about;
        self
    }

    pub fn at_claim(mut self, span: Range<usize>) -> Self {
        self.claim_span = Some(span);
        self
    }

    pub fn at_source(mut self, sentence: usize, span: Range<usize>) -> Self {
        self.source_span = Some(SourceSpan { sentence, span });
        self
    }

    pub fn anchoring(mut self, anchors: bool) -> Self {
        self.anchors = anchors;
        self
    }

    pub fn valued(mut self, value: f64) -> Self {
        self.value = Some(value);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn findings_serialise_as_report_reasons() {
        let f = Finding::new(Kind::Number, Effect::Blocks, "35", "")
            .about(Some("France".into()))
            .at_claim(0..2)
            .anchoring(true);
        assert_eq!(
            serde_json::to_string(&f).unwrap(),
            r#"{"kind":"number","claim":"35","about":"France","effect":"neutral"}"#
        );
        let share = Finding::new(Kind::Coverage, Effect::Neutral, "0.65", "");
        assert_eq!(
            serde_json::to_string(&share).unwrap(),
            r#"{"kind":"coverage","value":0.65,"effect":"neutral"}"#
        );
        let g = Finding::new(Kind::Weekday, Effect::Contradicts, "Friday", "jeudi");
        assert_eq!(
            serde_json::to_string(&g).unwrap(),
            r#"{"kind":"weekday","claim":"Friday","source":"jeudi","effect":"contradicts"}"#
        );
    }

    #[test]
    fn only_the_matchers_own_kinds_stay_out_of_reports() {
        let internal: Vec<Kind> = [
            Kind::Coverage,
            Kind::Number,
            Kind::Polarity,
            Kind::Novel,
            Kind::Place,
            Kind::Missing,
        ]
        .into_iter()
        .filter(|k| !k.is_reported())
        .collect();
        assert_eq!(internal, [Kind::Polarity, Kind::Novel, Kind::Place]);
    }
}

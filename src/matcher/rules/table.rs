//! Test support for the rules' tables: analyse a claim and a window (its
//! sentences separated by " | ") and run the rules up to one of them.

use super::super::context::MatchContext;
use super::super::coverage::coverage;
use super::super::finding::{Effect, Finding, Kind};
use super::super::sentence::{CorpusStats, WindowSentence};
use super::RULES;
use crate::facts::{DateContext, Facts, analyse};
use crate::text::Lang;

/// Every word equally rare, and present in the corpus.
pub struct Uniform;

impl CorpusStats for Uniform {
    fn idf(&self, _: &str) -> f64 {
        2.0
    }
    fn document_frequency(&self, _: &str) -> usize {
        1
    }
}

/// The window's sentences are dated as published on `published` (ISO),
/// when given.
pub struct Case<'a> {
    pub claim: &'a str,
    pub claim_lang: Lang,
    pub window: &'a str,
    pub window_lang: Lang,
    pub published: Option<&'a str>,
}

impl<'a> Case<'a> {
    pub fn new(claim: &'a str, claim_lang: Lang, window: &'a str, window_lang: Lang) -> Self {
        Case {
            claim,
            claim_lang,
            window,
            window_lang,
            published: None,
        }
    }

    pub fn published(mut self, iso: &'a str) -> Self {
        self.published = Some(iso);
        self
    }

    /// The findings of the rule named `rule`, after the rules before it ran.
    pub fn findings_of(&self, rule: &str) -> Vec<Finding> {
        let claim = analyse(self.claim, self.claim_lang, DateContext::default());
        let parts: Vec<&str> = self.window.split(" | ").collect();
        let ctx = DateContext {
            published: self.published.and_then(crate::calendar::Date::parse_iso),
            recent_year: None,
        };
        let facts: Vec<Facts> = parts
            .iter()
            .map(|s| analyse(s, self.window_lang, ctx))
            .collect();
        let window: Vec<WindowSentence<'_>> = parts
            .iter()
            .zip(&facts)
            .map(|(text, facts)| WindowSentence { text, facts })
            .collect();
        let cov = coverage(
            self.claim,
            &claim,
            &window,
            &[],
            crate::matcher::coverage::ContextReach::Places,
            &Uniform,
            crate::matcher::Wording::ByMeaning,
        );
        let cx = MatchContext {
            claim_text: self.claim,
            claim: &claim,
            window: &window,
            context: &[],
            coverage: &cov,
            stats: &Uniform,
        };
        let mut earlier = Vec::new();
        for r in RULES {
            let found = r.check(&cx, &earlier);
            if r.name() == rule {
                return found;
            }
            earlier.extend(found);
        }
        panic!("no rule named {rule}")
    }
}

/// A row of a rule's table: claim, its language, window, its language, and
/// the (kind, effect) of each finding expected.
pub type Row<'a> = (&'a str, Lang, &'a str, Lang, &'a [(Kind, Effect)]);

/// (kind, effect) of each finding, for compact tables.
pub fn kinds(findings: &[Finding]) -> Vec<(Kind, Effect)> {
    findings.iter().map(|f| (f.kind, f.effect)).collect()
}

/// A row of a rule that gives one finding: claim, its language, window, its
/// language, and the finding's effect.
pub type EffectRow<'a> = (&'a str, Lang, &'a str, Lang, Effect);

/// Every row gives exactly one finding of `rule`, with the effect expected.
pub fn assert_effects(rule: &str, rows: &[EffectRow]) {
    for &(claim, claim_lang, window, window_lang, want) in rows {
        let found = Case::new(claim, claim_lang, window, window_lang).findings_of(rule);
        let effects: Vec<Effect> = found.iter().map(|f| f.effect).collect();
        assert_eq!(effects, [want], "{claim} / {window}");
    }
}

/// A row of a rule that gives one finding per effect listed, in order
/// (none, one or several): claim, its language, window, its language.
pub type EffectsRow<'a> = (&'a str, Lang, &'a str, Lang, &'a [Effect]);

/// Every row gives the findings of `rule` with the effects listed.
pub fn assert_effect_lists(rule: &str, rows: &[EffectsRow]) {
    for &(claim, claim_lang, window, window_lang, want) in rows {
        let found = Case::new(claim, claim_lang, window, window_lang).findings_of(rule);
        let effects: Vec<Effect> = found.iter().map(|f| f.effect).collect();
        assert_eq!(effects, want, "{claim} / {window}");
    }
}

/// No finding of `rule` contradicts the claim.
pub fn assert_no_contradiction(rule: &str, case: &Case) {
    let found = case.findings_of(rule);
    assert!(
        found.iter().all(|f| f.effect != Effect::Contradicts),
        "{} / {}: {found:?}",
        case.claim,
        case.window
    );
}

/// Every row's findings of `rule` are the kinds and effects it expects.
pub fn assert_rows(rule: &str, rows: &[Row]) {
    for &(claim, claim_lang, window, window_lang, want) in rows {
        let found = Case::new(claim, claim_lang, window, window_lang).findings_of(rule);
        assert_eq!(kinds(&found), want, "{claim} / {window}");
    }
}

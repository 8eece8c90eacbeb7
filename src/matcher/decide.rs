//! The decision: from the rules' findings and the window's features to one
//! relation. A contradiction needs a typed conflict found by a rule; a veto
//! (a fact not found, a clause not asserted, a polarity flip, someone else,
//! a place not stated) keeps a window from supporting; otherwise a small
//! logistic model over the window's features, fitted on public pairs by
//! `scripts/fit_decision.py` (weights in data/decision/support.tsv), says
//! whether the window states the claim. The support predicate lives here
//! and nowhere else.

use super::Relation;
use super::finding::{Effect, Finding, Kind};
use std::sync::OnceLock;

const SUPPORT_MODEL: &str = include_str!("../../data/decision/support.tsv");

/// Share of the claim a window must state to support without the claim's
/// verb or one of its names: the fixed bar the model replaced (a paraphrased
/// verb is common, so a window that states nearly all else may still support).
pub const PREDICATE_FREE_COVERAGE: f64 = 0.75;
/// Share of the claim a window with an anchoring fact must state.
pub const ANCHORED_COVERAGE: f64 = 0.5;

/// What the decision weighs, for one window: explicit, each explained by
/// `explain` with its contribution.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Features {
    /// Weighted share of the claim's content words the window states.
    pub coverage: f64,
    /// A number bound to the same noun or entity, or a day-precise date,
    /// matched: the fact anchors the statement.
    pub anchored: f64,
    /// Claim words that no source sentence uses at all.
    pub novel: f64,
    /// Claim words that carry meaning and that the window does not state.
    pub missing_weighty: f64,
    /// The window hedges.
    pub hedged: f64,
    /// Claim and window are in different languages.
    pub cross_language: f64,
}

impl Features {
    /// The names the weights file uses, in [`Features::values`] order.
    pub const NAMES: [&'static str; 6] = [
        "coverage",
        "anchored",
        "novel",
        "missing_weighty",
        "hedged",
        "cross_language",
    ];

    pub fn values(&self) -> [f64; 6] {
        [
            self.coverage,
            self.anchored,
            self.novel,
            self.missing_weighty,
            self.hedged,
            self.cross_language,
        ]
    }
}

/// The fitted support model: a bias and one weight per feature.
#[derive(Debug, Clone, PartialEq)]
pub struct SupportModel {
    /// The probability a window needs to support, chosen on held-out data.
    pub threshold: f64,
    pub bias: f64,
    pub weights: [f64; 6],
}

impl SupportModel {
    /// The checked-in model (data/decision/support.tsv).
    pub fn shared() -> &'static SupportModel {
        static MODEL: OnceLock<SupportModel> = OnceLock::new();
        MODEL.get_or_init(|| SupportModel::parse(SUPPORT_MODEL))
    }

    /// `name<TAB>weight` lines; `#` comments. A name the model does not know
    /// is ignored and a missing one weighs 0 (the tests check the file whole).
    pub fn parse(text: &str) -> SupportModel {
        let mut model = SupportModel {
            threshold: 0.5,
            bias: 0.0,
            weights: [0.0; 6],
        };
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let Some((name, value)) = line.split_once('\t') else {
                continue;
            };
            let Ok(value) = value.trim().parse::<f64>() else {
                continue;
            };
            if name == "threshold" {
                model.threshold = value;
            } else if name == "bias" {
                model.bias = value;
            } else if let Some(i) = Features::NAMES.iter().position(|n| *n == name) {
                model.weights[i] = value;
            }
        }
        model
    }

    /// Each feature's contribution to the log-odds of support, bias first.
    pub fn contributions(&self, f: &Features) -> Vec<(&'static str, f64)> {
        let mut out = vec![("bias", self.bias)];
        out.extend(
            Features::NAMES
                .iter()
                .zip(self.weights.iter().zip(f.values()))
                .map(|(n, (w, v))| (*n, w * v)),
        );
        out
    }

    /// The probability that the window states the claim.
    pub fn probability(&self, f: &Features) -> f64 {
        let z: f64 = self.contributions(f).iter().map(|(_, c)| c).sum();
        1.0 / (1.0 + (-z).exp())
    }
}

/// A window contradicts when a rule found an incompatible fact; it supports
/// when nothing contradicts, nothing vetoes, and the model finds it more
/// likely than not to state the claim.
pub fn decide(features: &Features, findings: &[Finding]) -> Relation {
    if findings.iter().any(|f| f.effect == Effect::Contradicts) {
        return Relation::Contradicts;
    }
    if findings.iter().any(|f| f.effect == Effect::Blocks) {
        return Relation::Related;
    }
    // the model may support on less of the wording than the fixed bar it
    // replaces, but not without the claim's named participants, nor without
    // its verb unless a bound fact anchors the statement ("une vingtaine de
    // responsables" found bound)
    let missing = |kind: Kind| findings.iter().any(|f| f.kind == kind);
    if features.coverage < PREDICATE_FREE_COVERAGE
        && (missing(Kind::Participant) || missing(Kind::Predicate) && features.anchored == 0.0)
    {
        return Relation::Related;
    }
    // a bound fact found (a number bound to the same noun or entity, a
    // day-precise date) anchors the statement: half the wording is enough
    // (the public pairs rarely hold one, so the model cannot learn it)
    if features.anchored > 0.0 && features.coverage >= ANCHORED_COVERAGE {
        return Relation::Supports;
    }
    let model = SupportModel::shared();
    if model.probability(features) >= model.threshold {
        Relation::Supports
    } else {
        Relation::Related
    }
}

/// Nothing but the claim's place (and perhaps people a place would not
/// change) keeps the window from supporting: earlier sentences of the
/// article may still say where.
pub fn waits_for_place(findings: &[Finding]) -> bool {
    let blockers = || findings.iter().filter(|f| f.effect == Effect::Blocks);
    !findings.iter().any(|f| f.effect == Effect::Contradicts)
        && blockers().any(|f| f.kind == Kind::Place)
        && blockers().all(|f| matches!(f.kind, Kind::Place | Kind::Person))
}

/// Nothing but figures the window does not give keeps it from supporting:
/// an earlier sentence of the article may give them, when the claim refers
/// to them as known ("Les 14 écoles rouvriront").
pub fn waits_for_figure(findings: &[Finding]) -> bool {
    let blockers = || findings.iter().filter(|f| f.effect == Effect::Blocks);
    !findings.iter().any(|f| f.effect == Effect::Contradicts)
        && blockers().next().is_some()
        && blockers().all(|f| f.kind == Kind::Number && f.source.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(kind: Kind, effect: Effect) -> Finding {
        Finding::new(kind, effect, "", "")
    }

    fn covering(coverage: f64) -> Features {
        Features {
            coverage,
            ..Features::default()
        }
    }

    #[test]
    fn decision_table() {
        use Effect::*;
        let anchored = Features {
            anchored: 1.0,
            ..covering(0.6)
        };
        let verb = Finding::new(Kind::Predicate, Neutral, "commented", "");
        let table: &[(Features, Vec<Finding>, Relation)] = &[
            (covering(1.0), vec![], Relation::Supports),
            (covering(0.2), vec![], Relation::Related),
            (
                anchored,
                vec![f(Kind::Number, Supports)],
                Relation::Supports,
            ),
            (
                covering(1.0),
                vec![f(Kind::Number, Contradicts)],
                Relation::Contradicts,
            ),
            (
                anchored,
                vec![f(Kind::Negation, Contradicts)],
                Relation::Contradicts,
            ),
            (
                covering(1.0),
                vec![f(Kind::Number, Blocks)],
                Relation::Related,
            ),
            (
                covering(1.0),
                vec![f(Kind::Condition, Blocks)],
                Relation::Related,
            ),
            (
                covering(1.0),
                vec![f(Kind::Hedge, Neutral), f(Kind::Denial, Neutral)],
                Relation::Supports,
            ),
            // the verb missing: only nearly all the rest, or a bound fact, supports
            (covering(0.6), vec![verb.clone()], Relation::Related),
            (covering(0.8), vec![verb.clone()], Relation::Supports),
            (anchored, vec![verb.clone()], Relation::Supports),
            // a named participant missing: nothing lowers the bar
            (
                anchored,
                vec![Finding::new(Kind::Participant, Neutral, "gantz", "")],
                Relation::Related,
            ),
        ];
        for (features, findings, want) in table {
            assert_eq!(
                decide(features, findings),
                *want,
                "{features:?} {findings:?}"
            );
        }
    }

    #[test]
    fn the_model_file_is_read_whole_and_monotone_in_coverage() {
        let lines = SUPPORT_MODEL
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .count();
        assert_eq!(
            lines,
            Features::NAMES.len() + 2,
            "threshold, bias and one weight per feature"
        );
        let model = SupportModel::shared();
        assert!(
            model.weights[0] > 0.0,
            "more of the claim stated is more support"
        );
        assert!((0.4..=0.9).contains(&model.threshold));
        let (low, high) = (
            model.probability(&covering(0.3)),
            model.probability(&covering(0.9)),
        );
        assert!(
            low < model.threshold && high > model.threshold,
            "{low} {high}"
        );
        let sum: f64 = model
            .contributions(&covering(0.9))
            .iter()
            .map(|(_, c)| c)
            .sum();
        assert!((1.0 / (1.0 + (-sum).exp()) - high).abs() < 1e-12);
    }

    #[test]
    fn only_a_missing_place_waits_for_context() {
        use Effect::*;
        assert!(waits_for_place(&[f(Kind::Place, Blocks)]));
        assert!(waits_for_place(&[
            f(Kind::Place, Blocks),
            f(Kind::Person, Blocks)
        ]));
        assert!(!waits_for_place(&[
            f(Kind::Place, Blocks),
            f(Kind::Novel, Blocks)
        ]));
        assert!(!waits_for_place(&[f(Kind::Number, Blocks)]));
        assert!(!waits_for_place(&[
            f(Kind::Place, Blocks),
            f(Kind::Date, Contradicts)
        ]));
    }
}

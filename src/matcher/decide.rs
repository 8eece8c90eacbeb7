//! The decision: from the rules' findings and the coverage to one
//! relation. The support predicate lives here and nowhere else.

use super::Relation;
use super::finding::{Effect, Finding, Kind};

/// Share of the claim a window must state to support it.
pub const SUPPORT_COVERAGE: f64 = 0.75;
/// When every number and date of the claim is found bound to the same noun
/// or entity, the fact anchors the statement and less of the wording is needed.
pub const SUPPORT_COVERAGE_ANCHORED: f64 = 0.5;

/// A window contradicts when a rule found an incompatible fact; it supports
/// when nothing contradicts, nothing blocks (a fact not found, a clause not
/// asserted, a polarity flip, someone else, a place not stated, a word the
/// sources never use) and it states enough of the claim.
pub fn decide(coverage: f64, findings: &[Finding]) -> Relation {
    if findings.iter().any(|f| f.effect == Effect::Contradicts) {
        return Relation::Contradicts;
    }
    if findings.iter().any(|f| f.effect == Effect::Blocks) {
        return Relation::Related;
    }
    let anchored = findings.iter().any(|f| f.anchors);
    let needed = if anchored {
        SUPPORT_COVERAGE_ANCHORED
    } else {
        SUPPORT_COVERAGE
    };
    if coverage >= needed {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn f(kind: Kind, effect: Effect) -> Finding {
        Finding::new(kind, effect, "", "")
    }

    #[test]
    fn decision_table() {
        use Effect::*;
        let number_ok = f(Kind::Number, Supports);
        let anchored = f(Kind::Number, Supports).anchoring(true);
        let table: &[(f64, Vec<Finding>, Relation)] = &[
            (0.8, vec![], Relation::Supports),
            (0.7, vec![number_ok.clone()], Relation::Related),
            (0.6, vec![anchored.clone()], Relation::Supports),
            (0.4, vec![anchored.clone()], Relation::Related),
            (
                1.0,
                vec![f(Kind::Number, Contradicts)],
                Relation::Contradicts,
            ),
            (
                1.0,
                vec![anchored.clone(), f(Kind::Negation, Contradicts)],
                Relation::Contradicts,
            ),
            (1.0, vec![f(Kind::Number, Blocks)], Relation::Related),
            (1.0, vec![f(Kind::Condition, Blocks)], Relation::Related),
            (
                1.0,
                vec![f(Kind::Hedge, Neutral), f(Kind::Denial, Neutral)],
                Relation::Supports,
            ),
        ];
        for (coverage, findings, want) in table {
            assert_eq!(decide(*coverage, findings), *want, "{findings:?}");
        }
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

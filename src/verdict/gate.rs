//! The gate: which claims make a run fail, the same for `check` and
//! `review`. A claim with `expect:` gates exactly when its verdict differs
//! (a known-false claim kept as a regression check must not fail CI);
//! otherwise a `--fail-on` verdict gates; with a baseline, only a verdict
//! that is new or worse than before does.

use super::Verdict;
use std::collections::HashMap;

/// Which verdicts make a run fail.
#[derive(Debug, Clone)]
pub struct Gate {
    pub fail_on: Vec<Verdict>,
    /// With a baseline, only claims whose verdict is new or worse gate.
    pub baseline: Option<Baseline>,
    /// `review`: figures that no source states gate too.
    pub unsourced: bool,
}

impl Default for Gate {
    fn default() -> Self {
        Gate {
            fail_on: vec![Verdict::Contradicted, Verdict::Disputed],
            baseline: None,
            unsourced: false,
        }
    }
}

impl Gate {
    /// Does claim `id`, expected to be `expect`, gate the run with `verdict`?
    pub fn gates(&self, id: &str, expect: Option<Verdict>, verdict: Verdict) -> bool {
        let failing = match expect {
            Some(expected) => expected != verdict,
            None => self.fail_on.contains(&verdict),
        };
        failing
            && self
                .baseline
                .as_ref()
                .is_none_or(|b| b.regressed(id, verdict))
    }

    /// Does a draft statement with figures no source states gate the run?
    pub fn gates_unsourced(&self) -> bool {
        self.unsourced
    }
}

/// Claim id -> verdict in a previous report (`--baseline FILE`).
#[derive(Debug, Clone, Default)]
pub struct Baseline {
    verdicts: HashMap<String, Verdict>,
}

/// How bad a verdict is for a gate: a move up this scale is a regression.
fn rank(v: Verdict) -> u8 {
    match v {
        Verdict::Supported => 0,
        Verdict::Unverified => 1,
        Verdict::Disputed => 2,
        Verdict::Contradicted => 3,
    }
}

impl Baseline {
    pub fn new(verdicts: HashMap<String, Verdict>) -> Self {
        Baseline { verdicts }
    }

    /// Is `verdict` for claim `id` new or worse than in the baseline?
    pub fn regressed(&self, id: &str, verdict: Verdict) -> bool {
        self.verdicts
            .get(id)
            .is_none_or(|&before| rank(verdict) > rank(before))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Verdict::*;

    #[test]
    fn gate_table() {
        let base = Baseline::new(HashMap::from([
            ("old".to_string(), Contradicted),
            ("fine".to_string(), Unverified),
        ]));
        let plain = Gate::default();
        let with_base = Gate {
            baseline: Some(base),
            ..Gate::default()
        };
        // (gate, id, expect, verdict, gates)
        let table: &[(&Gate, &str, Option<Verdict>, Verdict, bool)] = &[
            (&plain, "a", None, Contradicted, true),
            (&plain, "a", None, Disputed, true),
            (&plain, "a", None, Unverified, false),
            (&plain, "a", Some(Contradicted), Contradicted, false),
            (&plain, "a", Some(Supported), Unverified, true),
            (&with_base, "old", None, Contradicted, false),
            (&with_base, "fine", None, Contradicted, true),
            (&with_base, "new", None, Disputed, true),
            (&with_base, "old", Some(Supported), Contradicted, false),
        ];
        for &(gate, id, expect, verdict, want) in table {
            assert_eq!(
                gate.gates(id, expect, verdict),
                want,
                "{id} {expect:?} {verdict}"
            );
        }
    }

    #[test]
    fn only_new_or_worse_verdicts_regress() {
        let b = Baseline::new(HashMap::from([
            ("a".to_string(), Unverified),
            ("b".to_string(), Contradicted),
        ]));
        assert!(!b.regressed("a", Unverified));
        assert!(!b.regressed("a", Supported));
        assert!(b.regressed("a", Contradicted));
        assert!(!b.regressed("b", Contradicted));
        assert!(b.regressed("new", Disputed));
    }
}

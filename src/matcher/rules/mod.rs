//! The matcher's rules, one a file, behind one trait (harper's linter is the
//! model). Each rule looks at the claim and one window and returns typed
//! findings; [`super::decide`] turns them into the relation. A rule sees the
//! findings of the rules before it in [`RULES`] (a negation only counts when
//! the facts agree), never their internals.
//!
//! Each file ends with its table of (claim, window, expected findings) in
//! both languages.

mod aspect;
mod bound_place;
mod condition;
mod date;
mod denial;
mod exclusive;
mod hedge;
mod negation;
mod number;
mod opposite;
mod order;
mod people;
mod place;
mod refuted;
mod role;
mod unrelated;
mod wording;

use super::context::MatchContext;
use super::finding::Finding;

/// One rule of the matcher.
pub trait Rule: Sync {
    /// The rule's name, as `explain` shows it.
    fn name(&self) -> &'static str;
    /// What the rule finds about the claim and the window; `earlier` holds
    /// the findings of the rules before it.
    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding>;
}

/// Every rule, in the order they run and their findings are reported.
pub static RULES: &[&dyn Rule] = &[
    &number::NumberRule,
    &date::DateRule,
    &negation::NegationRule,
    &opposite::OppositeRule,
    &order::OrderRule,
    &aspect::AspectRule,
    &exclusive::ExclusiveRule,
    &refuted::RefutedRule,
    &unrelated::UnrelatedRule,
    &hedge::HedgeRule,
    &condition::ConditionRule,
    &denial::DenialRule,
    &people::PeopleRule,
    &role::RoleRule,
    &place::PlaceRule,
    &bound_place::BoundPlaceRule,
    &wording::WordingRule,
];

/// Run every rule in order.
pub fn run(cx: &MatchContext<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    for rule in RULES {
        let found = rule.check(cx, &findings);
        findings.extend(found);
    }
    findings
}

#[cfg(test)]
pub(crate) mod table;

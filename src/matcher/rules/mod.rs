//! The matcher's rules, one a file, behind one trait (harper's linter is the
//! model). Each rule looks at the claim and one window and returns typed
//! findings; [`super::decide`] turns them into the relation. A rule sees the
//! findings of the rules before it in [`RULES`] (a negation only counts when
//! the facts agree), never their internals.
//!
//! Each file ends with its table of (claim, window, expected findings) in
//! both languages.

mod aspect;
mod attribution;
mod bound_place;
mod citizenship;
mod comparison;
mod condition;
mod continuity;
mod contrast;
mod converse;
mod country_slot;
mod date;
mod denial;
mod direction;
mod ended_state;
mod exception;
mod exclusive;
mod governed_act;
mod hedge;
mod intention;
mod kin;
mod life;
mod meaning;
mod name_slot;
mod nationality;
mod negation;
mod number;
mod object_slot;
mod opposite;
mod order;
mod ordinal;
mod other_agent;
mod people;
mod place;
mod prospect;
mod qualified_title;
mod quantifier;
mod refuted;
mod relative_date;
mod role;
mod severity;
mod side;
mod silence;
mod swapped;
mod tally;
mod title_holder;
mod unasserted_event;
mod unrelated;
mod wording;

pub(crate) use number::definite_figure;

pub(crate) use life::{lives_apart, same_state_in};
pub(crate) use opposite::{direction_of, opposite_stems};
pub(crate) use severity::degrees_apart;

use super::context::MatchContext;
use super::finding::Finding;

/// Words that introduce the agent of a passive (folded).
pub(super) const AGENT_WORDS: &[&str] = &["par", "by"];

/// Articles, possessives and demonstratives that open a noun phrase of its
/// own (folded), both languages: "à son homologue", "son homologue Florence
/// Parly", "his counterpart".
pub(super) const PHRASE_DETERMINERS: &[&str] = &[
    "la", "le", "les", "l", "un", "une", "des", "du", "au", "aux", "son", "sa", "ses", "leur",
    "leurs", "ce", "cet", "cette", "ces", "the", "his", "her", "its", "their",
];

/// Auxiliaries of the passive right before a participle (folded): "a été
/// salué", "est démentie", "was welcomed", "is denied".
pub(super) const PASSIVE_AUXILIARIES: &[&str] = &[
    "ete", "etait", "sont", "est", "was", "were", "been", "being", "is", "are",
];

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
    &quantifier::QuantifierRule,
    &ordinal::OrdinalRule,
    &tally::TallyRule,
    &comparison::ComparisonRule,
    &date::DateRule,
    &relative_date::RelativeDateRule,
    &negation::NegationRule,
    &opposite::OppositeRule,
    &life::LifeRule,
    &severity::SeverityRule,
    &side::SideRule,
    &order::OrderRule,
    &aspect::AspectRule,
    &contrast::ContrastRule,
    &exclusive::ExclusiveRule,
    &exception::ExceptionRule,
    &refuted::RefutedRule,
    &unrelated::UnrelatedRule,
    &silence::SilenceRule,
    &hedge::HedgeRule,
    &condition::ConditionRule,
    &intention::IntentionRule,
    &prospect::ProspectRule,
    &denial::DenialRule,
    &people::PeopleRule,
    &name_slot::NameSlotRule,
    &object_slot::ObjectSlotRule,
    &meaning::MeaningRule,
    &role::RoleRule,
    &attribution::AttributionRule,
    &kin::KinRule,
    &place::PlaceRule,
    &bound_place::BoundPlaceRule,
    &direction::DirectionRule,
    &converse::ConverseRule,
    &swapped::SwappedRule,
    &other_agent::OtherAgentRule,
    &nationality::NationalityRule,
    &citizenship::CitizenshipRule,
    &title_holder::TitleHolderRule,
    &country_slot::CountrySlotRule,
    &qualified_title::QualifiedTitleRule,
    &ended_state::EndedStateRule,
    &unasserted_event::UnassertedEventRule,
    &governed_act::GovernedActRule,
    &wording::WordingRule,
    &continuity::ContinuityRule,
];

/// Does every fact the earlier rules compared agree (or was there none)?
/// A contradiction by wording only counts when the facts do.
pub(super) fn facts_agree(earlier: &[Finding]) -> bool {
    earlier
        .iter()
        .filter(|f| f.kind.is_fact())
        .all(|f| f.effect == super::finding::Effect::Supports)
}

/// Has an earlier rule contradicted already?
pub(super) fn contradicted(earlier: &[Finding]) -> bool {
    earlier
        .iter()
        .any(|f| f.effect == super::finding::Effect::Contradicts)
}

/// Is the clause of window sentence `s` that holds token `at` negated? A
/// negation in another clause ("Police arrested two men near the Austrian
/// border, but the paintings have not been found") is about something
/// else: the rules that read a word's place in its clause compare polarity
/// there.
pub(super) fn negated_at(cx: &MatchContext<'_>, s: usize, at: usize) -> bool {
    let clause = cx.clause(s, at);
    cx.window[s]
        .facts
        .negations
        .iter()
        .any(|n| clause.contains(&n.tokens.start))
}

/// Has an earlier rule contradicted, or found the polarities apart (the
/// rules of wording then have nothing to add)?
pub(super) fn settled(earlier: &[Finding]) -> bool {
    contradicted(earlier)
        || earlier
            .iter()
            .any(|f| f.kind == super::finding::Kind::Polarity)
}

/// What the window writes beside its copies of a claim word: the claim's
/// own value there, or another's (where it stands).
pub(super) enum Beside {
    Same,
    Other(usize),
}

/// The first place where the window gives claim token `c` another value
/// than the claim's (sentence, token), in the sentences `about` accepts;
/// none when any copy has the claim's own: a demonym, a side, read by
/// `value` beside each copy.
pub(super) fn other_value_beside(
    cx: &MatchContext<'_>,
    c: usize,
    about: impl Fn(usize) -> bool,
    value: impl Fn(&crate::facts::Facts, usize) -> Option<Beside>,
) -> Option<(usize, usize)> {
    let mut other = None;
    for s in (0..cx.window.len()).filter(|&s| about(s)) {
        for u in cx.places_of(c, s) {
            match value(cx.window[s].facts, u) {
                Some(Beside::Same) => return None,
                Some(Beside::Other(at)) => {
                    other.get_or_insert((s, at));
                }
                None => {}
            }
        }
    }
    other
}

/// A finding between claim token `c` and token `t` of window sentence
/// `s`: each side as written, at its span.
pub(super) fn word_against_word(
    cx: &MatchContext<'_>,
    (kind, effect): (super::finding::Kind, super::finding::Effect),
    c: usize,
    s: usize,
    t: usize,
) -> Finding {
    let cs = cx.claim.tokens[c].span.clone();
    let ts = cx.window[s].facts.tokens[t].span.clone();
    span_against_span(cx, (kind, effect), cs, s, ts)
}

/// A finding between bytes `claim` of the claim and bytes `source` of
/// window sentence `s`: both texts quoted, both spans kept.
pub(super) fn span_against_span(
    cx: &MatchContext<'_>,
    (kind, effect): (super::finding::Kind, super::finding::Effect),
    claim: std::ops::Range<usize>,
    s: usize,
    source: std::ops::Range<usize>,
) -> Finding {
    Finding::new(
        kind,
        effect,
        &cx.claim_text[claim.clone()],
        &cx.window[s].text[source.clone()],
    )
    .at_claim(claim)
    .at_source(s, source)
}

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

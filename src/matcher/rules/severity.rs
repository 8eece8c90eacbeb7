//! Severity of an injury: the claim says people were seriously hurt, the
//! window that the same were slightly hurt, or the other way round ("Deux
//! pompiers ont été grièvement blessés" / "two firefighters were treated
//! in hospital for minor injuries"). WordNet's antonyms do not join
//! "grièvement" and "minor"; the two degrees are a closed class of both
//! languages, read here, each bound to a word of injury beside it
//! ("grièvement blessés", "blessés légèrement", "blessures graves",
//! "serious injuries", "slightly injured").
//!
//! Contradicts when the rest of the claim is stated (the opposite rule's
//! bar) and every word of the claim's subject is found in the window's
//! sentence; a sentence that gives both degrees ("one seriously and two
//! slightly injured"), or a hedged one, only keeps the window from
//! supporting.

use super::life::claim_subject;
use super::{Rule, facts_agree, negated_at, settled, word_against_word};
use crate::facts::Facts;
use crate::matcher::context::MatchContext;
use crate::matcher::finding::{Effect, Finding, Kind};

pub struct SeverityRule;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Degree {
    Serious,
    Slight,
}

/// Words of injury (folded).
const INJURY: &[&str] = &[
    "blesse",
    "blessee",
    "blesses",
    "blessees",
    "blessure",
    "blessures",
    "injured",
    "injury",
    "injuries",
    "wounded",
    "wounds",
    "hurt",
];

/// Nouns of injury among them (folded).
const INJURY_NOUNS: &[&str] = &["blessure", "blessures", "injury", "injuries", "wounds"];

/// Words of a serious injury (folded).
const SERIOUS: &[&str] = &[
    "grievement",
    "gravement",
    "serieusement",
    "grave",
    "graves",
    "seriously",
    "severely",
    "critically",
    "gravely",
    "serious",
    "severe",
    "critical",
];

/// Words of a slight injury (folded).
const SLIGHT: &[&str] = &[
    "legerement",
    "leger",
    "legers",
    "legere",
    "legeres",
    "superficiellement",
    "superficielle",
    "superficielles",
    "slightly",
    "lightly",
    "minor",
    "superficial",
    "superficially",
];

/// Tokens between a degree and its word of injury: "grièvement blessés",
/// "blessés plus légèrement", "minor head injuries".
const DEGREE_REACH: usize = 2;

fn degree_of(norm: &str) -> Option<Degree> {
    if SERIOUS.contains(&norm) {
        Some(Degree::Serious)
    } else if SLIGHT.contains(&norm) {
        Some(Degree::Slight)
    } else {
        None
    }
}

/// Do token `i` of `a` and token `t` of `b` say opposite degrees
/// ("seriously" / "légèrement")? Close in meaning for an encoder, they are
/// never aligned as the same word.
pub(crate) fn degrees_apart(a: &Facts, i: usize, b: &Facts, t: usize) -> bool {
    degree_of(&a.tokens[i].norm)
        .zip(degree_of(&b.tokens[t].norm))
        .is_some_and(|(x, y)| x != y)
}

/// Each degree of `f` bound to a word of injury: (degree token, injury
/// token, degree).
fn degrees(f: &Facts) -> Vec<(usize, usize, Degree)> {
    let norm = |k: usize| f.tokens[k].norm.as_str();
    let mut out = Vec::new();
    for d in 0..f.tokens.len() {
        let Some(degree) = degree_of(norm(d)) else {
            continue;
        };
        let lo = d.saturating_sub(DEGREE_REACH);
        let hi = (d + DEGREE_REACH + 1).min(f.tokens.len());
        if let Some(w) = (lo..hi).find(|&k| k != d && INJURY.contains(&norm(k))) {
            out.push((d, w, degree));
        }
    }
    out
}

/// Is the injury at token `at` of window sentence `s` (its degree or its
/// word, the first) the claim's subject's? After an auxiliary ("was
/// slightly injured", "a été grièvement blessé"), its subject stands right
/// before (the life rule's reading: not "the driver's wife", not "la femme
/// du conducteur"); in a noun phrase ("treated for minor injuries"), the
/// sentence names the whole subject, no relative and no one's possession.
fn of_subject(cx: &MatchContext<'_>, s: usize, at: usize, subject: &[usize]) -> bool {
    let f = cx.window[s].facts;
    if super::life::verb_group_start(f, at) < at {
        return super::life::said_of_subject(cx, s, at, subject);
    }
    // (a participle without its auxiliary is an apposition, whosever it is:
    // "a percuté un cycliste, légèrement blessé"; a noun of injury stands
    // in the clause of its subject: "treated in hospital for minor
    // injuries", not "..., qui souffre de blessures légères")
    let norm = |k: usize| f.tokens.get(k).map_or("", |x| x.norm.as_str());
    let noun =
        (at..(at + DEGREE_REACH + 1).min(f.tokens.len())).any(|k| INJURY_NOUNS.contains(&norm(k)));
    let clause = cx.clause(s, at);
    if !noun
        || !subject.iter().all(|&c| cx.claim_token_in(c, s))
        || !subject
            .iter()
            .any(|&c| cx.places_of(c, s).any(|u| clause.contains(&u)))
    {
        return false;
    }
    let text = cx.window[s].text;
    let possessive = (1..f.tokens.len()).any(|k| {
        f.tokens[k].norm == "s"
            && text
                .get(f.tokens[k - 1].span.end..f.tokens[k].span.start)
                .is_some_and(|gap| gap.contains('\'') || gap.contains('’'))
    });
    !possessive && !f.tokens.iter().any(|x| super::kin::is_kin(&x.norm))
}

impl Rule for SeverityRule {
    fn name(&self) -> &'static str {
        "severity"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        let claim = cx.claim;
        if settled(earlier) || !facts_agree(earlier) || claim.negated() {
            return Vec::new();
        }
        let cov = cx.coverage;
        // the claim's degree, not stated of its subject by the window (a
        // sentence before may give it to others: "Deux gendarmes ont été
        // légèrement blessés ... La femme du suspect a été grièvement
        // blessée")
        let stated_of = |d: usize, subject: &[usize]| {
            cov.found_with_meaning()
                .any(|(c, (s, t))| c == d && of_subject(cx, s, t, subject))
        };
        let Some((i, degree, subject)) = degrees(claim).into_iter().find_map(|(d, w, degree)| {
            let subject = claim_subject(claim, d.min(w));
            (!stated_of(d, &subject)).then_some((d, degree, subject))
        }) else {
            return Vec::new();
        };
        let all_else_stated =
            cov.share_besides(i) >= super::side::SIDE_COVERAGE && cov.missing_names.is_empty();
        for (s, ws) in cx.window.iter().enumerate() {
            let f = ws.facts;
            let found = degrees(f);
            let Some(&(t, _, _)) = found.iter().find(|&&(t, w, d)| {
                d != degree && !negated_at(cx, s, t) && of_subject(cx, s, t.min(w), &subject)
            }) else {
                continue;
            };
            let mixed = found.iter().any(|&(_, _, d)| d == degree);
            let effect = if all_else_stated && !mixed && !f.hedged() {
                Effect::Contradicts
            } else {
                Effect::Blocks
            };
            return vec![word_against_word(cx, (Kind::Opposite, effect), i, s, t)];
        }
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn severity_table() {
        let other_degree = &[(Kind::Opposite, Effect::Contradicts)][..];
        let blocks = &[(Kind::Opposite, Effect::Blocks)][..];
        let table: &[Row] = &[
            (
                "Two firefighters were seriously injured.",
                En,
                "Two firefighters were treated in hospital for minor injuries.",
                En,
                other_degree,
            ),
            (
                "Deux pompiers ont été grièvement blessés.",
                Fr,
                "Deux pompiers ont été légèrement blessés lors de l'intervention.",
                Fr,
                other_degree,
            ),
            (
                "Le conducteur a été légèrement blessé.",
                Fr,
                "Le conducteur a été grièvement blessé dans l'accident.",
                Fr,
                other_degree,
            ),
            (
                "The driver suffered minor injuries.",
                En,
                "The driver suffered serious injuries in the crash.",
                En,
                other_degree,
            ),
            // both degrees in the sentence
            (
                "The passengers were seriously injured.",
                En,
                "Two passengers were critically injured and three suffered minor injuries.",
                En,
                blocks,
            ),
            // the same degree, another's injury, a degree of something else
            (
                "The driver was seriously injured.",
                En,
                "The driver's wife was slightly injured in the crash.",
                En,
                &[],
            ),
            (
                "Le conducteur a été grièvement blessé.",
                Fr,
                "La femme du conducteur a été légèrement blessée.",
                Fr,
                &[],
            ),
            (
                "Le maire de Valmont a été grièvement blessé.",
                Fr,
                "Le chauffeur du maire de Valmont a été légèrement blessé.",
                Fr,
                &[],
            ),
            (
                "Deux pompiers ont été grièvement blessés.",
                Fr,
                "Deux pompiers de Valmont ont été légèrement blessés dimanche.",
                Fr,
                other_degree,
            ),
            (
                "Le conducteur a été grièvement blessé.",
                Fr,
                "Le conducteur a percuté un cycliste, légèrement blessé.",
                Fr,
                &[],
            ),
            (
                "The driver was seriously injured.",
                En,
                "The driver was seriously injured in the crash.",
                En,
                &[],
            ),
            (
                "The driver was seriously injured.",
                En,
                "The passengers suffered minor injuries in the crash.",
                En,
                &[],
            ),
            (
                "Le conducteur a été grièvement blessé.",
                Fr,
                "Le conducteur a été blessé, mais les dégâts sont légers.",
                Fr,
                &[],
            ),
        ];
        assert_rows("severity", table);
    }
}

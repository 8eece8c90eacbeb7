//! Exceptions: the window states the claim's predicate of a group *except*
//! the very one the claim names ("The schools will reopen on Monday 13
//! November, except the Hillside primary school" against "Hillside primary
//! school will reopen on 13 November"; "sauf", "hormis", "excepté", "à
//! l'exception de", "except", "excluding"). The claim's names stand only in
//! the exception, and the rest of what the claim says stands outside it:
//! the window says it of everything but them. So do its days of the week
//! ("open every day except Mondays" against "open on Mondays").
//!
//! It contradicts only when most of the claim is stated, with the same
//! polarity, every fact agrees, and at least two other words of the claim
//! stand outside the exception; otherwise it decides nothing.

use super::Rule;
use crate::matcher::context::{MatchContext, carries_meaning};
use crate::matcher::finding::{Effect, Finding, Kind};

/// Share of the claim the window must state.
pub const EXCEPTION_COVERAGE: f64 = 0.7;
/// Claim words, other than its names, the window must state outside the
/// exception.
const OUTSIDE_WORDS: usize = 2;

pub struct ExceptionRule;

/// Where an exception's phrase starts after its cue at token `i`, if one
/// opens there (folded words): "except (for) X", "excluding X", "sauf X",
/// "hormis X", "excepté X", "à l'exception de X".
fn exception_after(words: &[&str], i: usize) -> Option<usize> {
    match words[i] {
        "except" => Some(if words.get(i + 1) == Some(&"for") {
            i + 2
        } else {
            i + 1
        }),
        "excluding" | "sauf" | "hormis" | "excepte" | "exceptes" | "exceptee" | "exceptees" => {
            Some(i + 1)
        }
        "exception" if i >= 2 && words[i - 1] == "l" && words[i - 2] == "a" => words
            .get(i + 1)
            .is_some_and(|w| matches!(*w, "de" | "du" | "des"))
            .then_some(i + 2),
        _ => None,
    }
}

impl Rule for ExceptionRule {
    fn name(&self) -> &'static str {
        "exception"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        let claim = cx.claim;
        let cov = cx.coverage;
        // a name the claim itself excepts agrees with the window's exception
        // ("Les 14 écoles rouvriront ..., à l'exception de l'école primaire
        // Hillside")
        let claim_words: Vec<&str> = claim.tokens.iter().map(|t| t.norm.as_str()).collect();
        let claim_excepts_from = (0..claim_words.len())
            .find_map(|i| exception_after(&claim_words, i))
            .unwrap_or(usize::MAX);
        let names: Vec<usize> = cx
            .claim_names()
            .into_iter()
            .filter(|&c| c < claim_excepts_from)
            .collect();
        if super::settled(earlier)
            || !super::facts_agree(earlier)
            || cov.share < EXCEPTION_COVERAGE
            || claim.negated()
        {
            return Vec::new();
        }
        // a claim of all of a group ("All schools will reopen") against the
        // window that states it of the group but one of its members
        let of_all = || {
            if claim_excepts_from == usize::MAX {
                all_but_one(cx).into_iter().collect()
            } else {
                Vec::new()
            }
        };
        // a day the claim names, which the window excepts ("open every day
        // except Mondays" against "open on Mondays"): excepted as a name is
        if let Some(finding) = day_excepted(cx) {
            return vec![finding];
        }
        if let Some(finding) = excepted(cx, &names) {
            return vec![finding];
        }
        of_all()
    }
}

/// The claim's days of the week ("on Mondays", "le lundi"), whose window
/// places all stand inside one exception with two other claim words stated
/// before its cue: the window says it of every day but that one.
fn day_excepted(cx: &MatchContext<'_>) -> Option<Finding> {
    let vocab = crate::facts::Vocabulary::shared();
    let claim = cx.claim;
    let days: Vec<usize> = (0..claim.tokens.len())
        .filter(|&c| {
            let norm = claim.tokens[c].norm.as_str();
            let single = norm.strip_suffix('s').unwrap_or(norm);
            [norm, single].iter().any(|w| {
                vocab
                    .calendar(crate::facts::CalendarKind::Weekday, w)
                    .is_some()
            })
        })
        .collect();
    if days.is_empty() {
        return None;
    }
    excepted(cx, &days)
}

/// The contradiction of the first window exception that holds every place
/// of claim tokens `except` in its sentence (one at least), with two other
/// claim words stated before its cue: the window says the claim's
/// predicate of everything but them.
fn excepted(cx: &MatchContext<'_>, except: &[usize]) -> Option<Finding> {
    let &first = except.first()?;
    exceptions(cx).find_map(|e| {
        let inside = |t: usize| e.phrase.contains(&t);
        let all_inside = except.iter().all(|&c| {
            let mut places = cx.places_of(c, e.sentence).peekable();
            places.peek().is_some() && places.all(inside)
        });
        (all_inside && stated_before(cx, &e, except) >= OUTSIDE_WORDS).then(|| {
            let t = cx
                .places_of(first, e.sentence)
                .next()
                .unwrap_or(e.phrase.start);
            e.finding(cx, first, t)
        })
    })
}

/// An exception in a window sentence that negates nothing: its cue's token
/// and the tokens of what it excepts.
struct Exception {
    sentence: usize,
    cue: usize,
    phrase: std::ops::Range<usize>,
}

impl Exception {
    /// The contradiction between claim token `c` and window token `t`, about
    /// the exception's cue.
    fn finding(&self, cx: &MatchContext<'_>, c: usize, t: usize) -> Finding {
        let cue = &cx.window[self.sentence].facts.tokens[self.cue].norm;
        super::word_against_word(
            cx,
            (Kind::Exclusive, Effect::Contradicts),
            c,
            self.sentence,
            t,
        )
        .about(Some(cue.to_string()))
    }
}

/// The exceptions of the window's sentences that negate nothing, each
/// running from after its cue to the end of its clause.
fn exceptions<'a>(cx: &'a MatchContext<'a>) -> impl Iterator<Item = Exception> + 'a {
    cx.window
        .iter()
        .enumerate()
        .filter(|(_, ws)| !ws.facts.negated())
        .flat_map(move |(s, ws)| {
            let words: Vec<&str> = ws.facts.tokens.iter().map(|t| t.norm.as_str()).collect();
            (0..words.len())
                .filter_map(|cue| exception_after(&words, cue).map(|start| (cue, start)))
                .map(|(cue, start)| {
                    let end = cx.clause(s, start.min(words.len().saturating_sub(1))).end;
                    Exception {
                        sentence: s,
                        cue,
                        phrase: start..end,
                    }
                })
                .collect::<Vec<_>>()
        })
}

/// How many claim words that carry meaning, `except` left out, the
/// exception's sentence states before its cue.
fn stated_before(cx: &MatchContext<'_>, e: &Exception, except: &[usize]) -> usize {
    cx.coverage
        .found()
        .filter(|&(c, (s, t))| {
            s == e.sentence
                && !except.contains(&c)
                && carries_meaning(cx.claim, c)
                && !e.phrase.contains(&t)
                && t < e.cue
        })
        .count()
}

/// Words that say a claim is of every member of a group (folded).
const UNIVERSALS: &[&str] = &["all", "every", "each", "tous", "toutes", "chaque"];

/// The claim says its predicate of all of a group ("All schools will
/// reopen on Monday", "Toutes les écoles rouvriront lundi"); a window
/// sentence states it of that group outside an exception and names one of
/// the group inside it ("The schools will reopen on Monday, except the
/// Hillside primary school"): a member the claim's "all" takes in does not.
fn all_but_one(cx: &MatchContext<'_>) -> Option<Finding> {
    let claim = cx.claim;
    let universal =
        (0..claim.tokens.len()).find(|&t| UNIVERSALS.contains(&claim.tokens[t].norm.as_str()))?;
    // the group: the first word that carries meaning after the universal
    let group = (universal + 1..claim.tokens.len()).find(|&t| carries_meaning(claim, t))?;
    for e in exceptions(cx) {
        let f = cx.window[e.sentence].facts;
        let inside = |t: usize| e.phrase.contains(&t);
        // a member of the group inside the exception: the group's word
        // ("except the Hillside primary school") or a name ("sauf le
        // collège Jean-Rostand"), not a date ("except on Tuesday")
        let in_date = |t: usize| f.dates.iter().any(|d| d.tokens.contains(&t));
        let member = cx
            .places_of(group, e.sentence)
            .find(|&t| inside(t))
            .or_else(|| {
                e.phrase
                    .clone()
                    .find(|&t| cx.is_name(e.sentence, t) && !in_date(t))
            });
        if let Some(member) = member
            && stated_before(cx, &e, &[]) >= OUTSIDE_WORDS
        {
            return Some(e.finding(cx, universal, member));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn exception_table() {
        let reopen = "The schools will reopen on Monday 13 November, except the Hillside primary school, whose ground floor was destroyed.";
        let rouvrir = "Les écoles rouvriront lundi 13 novembre, sauf l'école primaire Hillside, dont le rez-de-chaussée a été détruit.";
        let contradicts = &[(Kind::Exclusive, Effect::Contradicts)][..];
        let table: &[Row] = &[
            (
                "The Hillside primary school will reopen on 13 November.",
                En,
                reopen,
                En,
                contradicts,
            ),
            (
                "L'école primaire Hillside rouvrira le 13 novembre.",
                Fr,
                rouvrir,
                Fr,
                contradicts,
            ),
            // a day excepted
            (
                "The Halden museum is open on Mondays.",
                En,
                "The Halden museum is open every day except Mondays.",
                En,
                contradicts,
            ),
            (
                "Le musée de Halden est ouvert le lundi.",
                Fr,
                "Le musée de Halden est ouvert tous les jours sauf le lundi.",
                Fr,
                contradicts,
            ),
            (
                "The Halden museum is open on Tuesdays.",
                En,
                "The Halden museum is open every day except Mondays.",
                En,
                &[],
            ),
            // a name that opens the claim, a known word there, is the name
            // the window writes with a capital inside its sentence
            (
                "Hillside primary school will reopen on 13 November.",
                En,
                reopen,
                En,
                contradicts,
            ),
            (
                "The Hillside primary school will reopen on 13 November.",
                En,
                rouvrir,
                Fr,
                contradicts,
            ),
            // what the exception says of itself is not excepted
            (
                "The ground floor of the Hillside primary school was destroyed.",
                En,
                reopen,
                En,
                &[],
            ),
            // a claim about the rest of the group agrees
            (
                "The schools will reopen on 13 November.",
                En,
                reopen,
                En,
                &[],
            ),
            // the claim excepts the same name: it agrees
            (
                "Les écoles rouvriront le 13 novembre, à l'exception de l'école primaire Hillside.",
                Fr,
                reopen,
                En,
                &[],
            ),
            (
                "The schools will reopen on 13 November, except the Hillside primary school.",
                En,
                rouvrir,
                Fr,
                &[],
            ),
            // the name stated outside the exception too: no exception of it
            (
                "The Hillside primary school will reopen on 13 November.",
                En,
                "The Hillside primary school and the others will reopen on 13 November, except the college.",
                En,
                &[],
            ),
            // a claim of all of the group, one of which the window excepts
            (
                "All schools will reopen on 13 November.",
                En,
                reopen,
                En,
                contradicts,
            ),
            (
                "Toutes les écoles rouvriront le 13 novembre.",
                Fr,
                rouvrir,
                Fr,
                contradicts,
            ),
            (
                "Every school will reopen on 13 November.",
                En,
                rouvrir,
                Fr,
                contradicts,
            ),
            // ... not without the "all", nor when the exception is of
            // something else than the group
            (
                "The schools will reopen on 13 November.",
                En,
                reopen,
                En,
                &[],
            ),
            (
                "All schools will reopen on 13 November.",
                En,
                "The schools will reopen on 13 November, except in the flooded district.",
                En,
                &[],
            ),
            (
                "All schools will reopen on Monday.",
                En,
                "The schools will reopen every day except Tuesday.",
                En,
                &[],
            ),
            // the member named by its name
            (
                "All the schools of Morvel will reopen on 9 January.",
                En,
                "Les écoles de Morvel rouvriront le 9 janvier, sauf le collège Jean-Rostand.",
                Fr,
                contradicts,
            ),
        ];
        assert_rows("exception", table);
    }
}

//! Numbers: each quantity of the claim against the window's quantities
//! about the same thing (same country, same counted noun, same owner).
//! A bound number that matches anchors the statement; a bound number that
//! differs contradicts, but only in a sentence naming the claim's subject
//! and speaking to a fair share of the claim.

use super::Rule;
use crate::facts::{Facts, OF_WORDS, Quantity, Unit};
use crate::matcher::binding::{
    Binding, countries, describe_binding, entity_text, same_measure_unit, same_thing,
};
use crate::matcher::compare::{
    Comparison, compare_dates, compare_quantities, writes_claims_figure,
};
use crate::matcher::context::{CLAUSE_WORDS, MatchContext, carries_meaning};
use crate::matcher::finding::{Effect, Finding, Kind};
use crate::matcher::sentence::WindowSentence;

/// Share of the claim a sentence must state for a number whose binding is
/// unknown to support.
pub const UNBOUND_NUMBER_COVERAGE: f64 = 0.75;
/// The same for money and percentages, which name their subject less often.
pub const UNBOUND_AMOUNT_COVERAGE: f64 = 0.6;
/// Even a number bound to the same noun contradicts only when the sentence
/// speaks to a fair share of the claim: "the two ministers met" is not
/// contradicted by "fourteen ministers were targeted".
pub const BOUND_CONTRADICTION_COVERAGE: f64 = 0.4;
/// A differing figure in a window without the claim's verb contradicts only
/// when the window states this much of the claim: "180 journalists were
/// targeted" is not about "80 journalists took part in the investigation".
/// An amount is exempt: it is bound to what it funds ("un plan de 100
/// millions"), whatever verb says so.
pub const VERBLESS_CONTRADICTION_COVERAGE: f64 = 0.6;
/// A figure bound to nothing ("support reached 40%") is about what the
/// sentence says when the sentence says all the rest of the claim and holds
/// no other figure of its kind: "support for the plan reached 60%" then
/// contradicts it.
pub const SOLE_FIGURE_COVERAGE: f64 = 0.9;
/// ... and the claim says enough to be a statement: "and 35 in France", a
/// fragment of a draft, is about nothing a sentence with France and one
/// figure would say.
pub const SOLE_FIGURE_WORDS: usize = 3;

pub struct NumberRule;

/// A source quantity compared with a claim quantity.
struct Candidate<'w> {
    cmp: Comparison,
    bound: bool,
    sentence: usize,
    quantity: &'w Quantity,
    ws: &'w WindowSentence<'w>,
}

impl Candidate<'_> {
    /// A match beats a mismatch, a bound figure an unbound one.
    fn rank(&self) -> u8 {
        (self.cmp == Comparison::Match) as u8 * 2 + self.bound as u8
    }
}

impl Rule for NumberRule {
    fn name(&self) -> &'static str {
        "number"
    }

    fn check(&self, cx: &MatchContext<'_>, _: &[Finding]) -> Vec<Finding> {
        // (a tally's figures are compared as a pair: the tally rule)
        cx.claim
            .quantities
            .iter()
            .filter(|q| !q.ordinal && !cx.claim.tallies.iter().any(|t| t.holds(q)))
            .map(|cq| finding_for(cx, cq))
            .collect()
    }
}

fn finding_for(cx: &MatchContext<'_>, cq: &Quantity) -> Finding {
    let about_claim = describe_binding(cx.claim_text, cx.claim, cq);
    let claim_side = cx.claim_text[cq.span.clone()].to_string();
    let Some(best) = best_candidate(cx, cq) else {
        if let Some(given) = given_earlier(cx, cq) {
            return Finding::new(
                Kind::Context,
                Effect::Supports,
                claim_side,
                given.text.trim(),
            )
            .about(about_claim);
        }
        return Finding::new(Kind::Number, Effect::Blocks, claim_side, "")
            .about(about_claim)
            .at_claim(cq.span.clone());
    };
    // the same figure in two statements of the window, counting the
    // claim's noun in one and another noun in the other: the one that says
    // more of the rest of the claim is the claim's ("ou encore de 14 chefs
    // d'État" beside "de 14 membres du gouvernement ... figuraient dans la
    // liste des numéros sélectionnés par un service ... marocain" does not
    // say 14 heads of state were on the list); a differing figure of
    // another group is no ground either way
    if best.cmp == Comparison::Match && figure_of_another_statement(cx, cq, best.sentence)
        || best.cmp != Comparison::Match && figure_of_another_group(cx, cq, &best)
    {
        return Finding::new(Kind::Number, Effect::Blocks, claim_side, "")
            .about(about_claim)
            .at_claim(cq.span.clone());
    }
    let (ws, sq) = (best.ws, best.quantity);
    let about = entity_text(ws, sq)
        .or_else(|| {
            sq.noun
                .as_ref()
                .map(|n| ws.text[n.span.clone()].to_string())
        })
        .or(about_claim);
    let effect = if best.cmp == Comparison::Match {
        Effect::Supports
    } else {
        Effect::Contradicts
    };
    // a part is shown with its cue: "dont deux", "of whom 300"
    let cue = partitive_cue(ws.facts, sq.tokens.start).unwrap_or(0);
    let shown = ws.facts.tokens[sq.tokens.start - cue]
        .span
        .start
        .min(sq.span.start)..sq.span.end;
    // (more of a kind counted with the one thing they join, from that
    // thing: "rédaction (Le Monde) ainsi que 16 autres")
    let claims_others = crate::facts::counts_more_of_a_kind(&cx.claim.tokens, cq.tokens.end);
    let shown = match total_of_others(ws.facts, sq) {
        Some(total) if !claims_others => total.span,
        _ => shown,
    };
    Finding::new(Kind::Number, effect, claim_side, &ws.text[shown.clone()])
        .about(about)
        .at_claim(cq.span.clone())
        .at_source(best.sentence, shown)
        .anchoring(best.bound && best.cmp == Comparison::Match)
}

/// Is the differing figure `best` another group's than the claim's: given
/// again for "others" ("destroyed 12 homes and damaged 30 others" against
/// "damaged 30 homes": each figure counts its own group), or the figure of
/// an act put ahead or aimed at ("said it would cut 180 jobs", "plans to cut
/// 180 jobs": what is expected, no figure to set against a claim that says
/// the act done; what is asked for stays the asking's object, "asked the
/// council for 2 million pounds to rebuild" against "requested 5 million")?
fn figure_of_another_group(cx: &MatchContext<'_>, cq: &Quantity, best: &Candidate<'_>) -> bool {
    let start = best.quantity.tokens.start;
    counted_as_others(cx, cq, best.sentence, best.quantity)
        || a_part_by_place(cx, best.sentence, best.quantity)
        || more_added_after(cx, cq, best.sentence, best.quantity)
        || super::prospect::says_it_done(cx.claim)
            && (super::prospect::right_after_an_act_ahead(best.ws.text, best.ws.facts, start)
                || super::prospect::aims_at_the_claims_act(cx, best.sentence, start))
}

/// Prepositions that put a figure in a place ("1,200 in Halden", "300 à
/// Arlay"), folded.
const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "a", "en", "au"];
/// Tokens after a figure, or after what it counts, within which its place
/// is named.
const PLACE_REACH: usize = 2;

/// The place a figure of `f` is given for: a capitalised word right after
/// a preposition of place, after the figure or what it counts ("1,200
/// people in Halden", "300 in Arlay").
fn place_of(f: &crate::facts::Facts, q: &Quantity) -> Option<usize> {
    let after = match &q.noun {
        Some(n) if n.tokens.start >= q.tokens.end => n.tokens.end,
        _ => q.tokens.end,
    };
    (after..(after + PLACE_REACH).min(f.tokens.len()))
        .find(|&k| PLACE_PREPOSITIONS.contains(&f.tokens[k].norm.as_str()))
        .and_then(|k| f.tokens.get(k + 1).filter(|t| t.capitalized).map(|_| k + 1))
}

/// Is the differing figure `differing` of window sentence `s` one part of
/// a breakdown by place the claim does not make ("Orvex employs 1,200
/// people in Halden and 300 in Arlay" against "Orvex employs 1,500
/// people"): the sentence gives another figure of its kind for another
/// place, and the claim names neither? The claim's figure may be the
/// whole; a claim that names the place still meets its part.
fn a_part_by_place(cx: &MatchContext<'_>, s: usize, differing: &Quantity) -> bool {
    let f = cx.window[s].facts;
    let Some(here) = place_of(f, differing) else {
        return false;
    };
    let claim_names = |t: usize| cx.claim.tokens.iter().any(|c| c.norm == f.tokens[t].norm);
    !claim_names(here)
        && f.quantities.iter().any(|o| {
            o.tokens != differing.tokens
                && o.unit == differing.unit
                && place_of(f, o)
                    .is_some_and(|p| f.tokens[p].norm != f.tokens[here].norm && !claim_names(p))
        })
}

/// Words a figure counts that stand for the noun of an earlier figure of
/// its sentence: another group of the same things ("and damaged 30
/// others", "two more on Tuesday", "et en a endommagé 30 autres") (folded).
const OTHERS: &[&str] = &[
    "others",
    "other",
    "more",
    "additional",
    "further",
    "autres",
    "supplementaires",
    "plus",
];

/// The token after a figure and what it counts, where the words that say
/// more of it stand (a period, a side, more of its kind).
fn after_counted(q: &Quantity) -> usize {
    q.noun
        .as_ref()
        .map_or(q.tokens.end, |n| n.tokens.end.max(q.tokens.end))
}

/// The period a figure is a rate of, by the words right after it or what
/// it counts: "500 euros a day", "per month", "par jour de retard",
/// "chaque année" (the period's length in minutes, data/rules/calendar.tsv).
fn rate_of(f: &crate::facts::Facts, q: &Quantity) -> Option<u32> {
    let after = after_counted(q);
    let word = |k: usize| f.tokens.get(k).map_or("", |t| t.norm.as_str());
    let duration = |w: &str| {
        crate::facts::Vocabulary::shared().calendar(crate::facts::CalendarKind::Duration, w)
    };
    // right after the figure or what it counts, or after a French
    // complement of it ("500 euros d'amende par jour")
    let at = if matches!(word(after), "de" | "d") {
        after + 2
    } else {
        after
    };
    // ("310 trains quotidiens", "a daily 130 trains": an adjective of the period)
    let noun = q.noun.as_ref().map_or(0..0, |n| n.tokens.clone());
    if let Some(period) = RATE_ADJECTIVES
        .iter()
        .find(|(adjective, _)| {
            word(at) == *adjective
                || word(after) == *adjective
                || noun.clone().any(|k| word(k) == *adjective)
        })
        .and_then(|(_, unit)| duration(unit))
    {
        return Some(period);
    }
    matches!(
        word(at),
        "a" | "an" | "per" | "par" | "each" | "every" | "chaque"
    )
    .then(|| duration(word(at + 1)))
    .flatten()
}

/// Adjectives that make a figure a rate of a period, with that period's
/// unit (folded).
const RATE_ADJECTIVES: &[(&str, &str)] = &[
    ("daily", "day"),
    ("quotidien", "jour"),
    ("quotidiens", "jour"),
    ("quotidienne", "jour"),
    ("quotidiennes", "jour"),
    ("weekly", "week"),
    ("hebdomadaire", "semaine"),
    ("hebdomadaires", "semaine"),
    ("monthly", "month"),
    ("mensuel", "mois"),
    ("mensuels", "mois"),
    ("mensuelle", "mois"),
    ("mensuelles", "mois"),
    ("yearly", "year"),
    ("annual", "year"),
    ("annuel", "an"),
    ("annuels", "an"),
    ("annuelle", "an"),
    ("annuelles", "an"),
];

/// The side a figure is given for, by the words right after it or what it
/// counts: `true` for ("in favour", "pour", "yes"), `false` against
/// ("against", "contre", "no").
fn side_of(f: &crate::facts::Facts, q: &Quantity) -> Option<bool> {
    let after = after_counted(q);
    let word = |k: usize| f.tokens.get(k).map_or("", |t| t.norm.as_str());
    match word(after) {
        "for" | "pour" | "yes" | "oui" | "favourable" | "favorable" | "favorables" => Some(true),
        "in" if matches!(word(after + 1), "favour" | "favor") => Some(true),
        "against" | "contre" | "no" | "non" | "opposed" | "defavorable" | "defavorables" => {
            Some(false)
        }
        _ => None,
    }
}

/// Does a figure count "others" or "more" of what an earlier figure of its
/// sentence counts ("and damaged 30 others", "2 more on 13 May", "30
/// autres")?
fn counts_others(f: &crate::facts::Facts, q: &Quantity) -> bool {
    let others = |t: usize| OTHERS.contains(&f.tokens[t].norm.as_str());
    q.noun.as_ref().is_some_and(|n| others(n.head))
        || f.tokens.get(q.tokens.end).is_some() && others(q.tokens.end)
}

/// Is the differing figure `differing` of window sentence `s` smaller than
/// the claim's and followed by more of its kind, with no other act between
/// ("killed 3 people on 12 May and 2 more on 13 May" against "killed 5
/// people"; not "destroyed 12 homes and damaged 30 others")? It is then one
/// part of a total the claim's figure may be.
fn more_added_after(cx: &MatchContext<'_>, cq: &Quantity, s: usize, differing: &Quantity) -> bool {
    let f = cx.window[s].facts;
    let after = after_counted(differing);
    // (a date, a place, a name between is no act: "on 12 May and")
    let no_act_between = |q: &Quantity| {
        (after..q.tokens.start).all(|t| {
            !carries_meaning(f, t)
                || f.keys.names.contains(&t)
                || f.dates.iter().any(|d| d.tokens.contains(&t))
        })
    };
    differing.value < cq.value
        && f.quantities.iter().any(|q| {
            q.tokens.start >= after
                && q.unit == differing.unit
                && !q.ordinal
                && counts_others(f, q)
                && no_act_between(q)
        })
}

/// Claim tokens on either side of a figure and what it counts within
/// which the words that govern it stand.
const GOVERNING_REACH: usize = 2;

/// Does window sentence `s` give claim figure `cq` again for "others",
/// with no claim verb nearer the differing figure `differing` than it?
/// Each figure then counts its own group, and the claim's may be the
/// other one.
fn counted_as_others(cx: &MatchContext<'_>, cq: &Quantity, s: usize, differing: &Quantity) -> bool {
    let f = cx.window[s].facts;
    let others = |q: &Quantity| counts_others(f, q);
    // the claim's word that governs its figure: the nearest right before
    // it ("sank 40 boats"), or after what it counts when it is the subject
    // ("Two people were arrested")
    let claim = cx.claim;
    let counted = cq.noun.as_ref().map_or(cq.tokens.clone(), |n| {
        cq.tokens.start.min(n.tokens.start)..cq.tokens.end.max(n.tokens.end)
    });
    let governs = |c: &usize| carries_meaning(claim, *c) && !claim.keys.names.contains(c);
    let governing: Vec<usize> = (counted.start.saturating_sub(GOVERNING_REACH)..counted.start)
        .rev()
        .find(governs)
        .or_else(|| {
            (counted.end..(counted.end + GOVERNING_REACH + 1).min(claim.tokens.len())).find(governs)
        })
        .into_iter()
        .collect();
    let verb_places: Vec<usize> = governing
        .into_iter()
        .flat_map(|v| cx.places_of(v, s).collect::<Vec<_>>())
        .collect();
    f.quantities.iter().any(|q| {
        q.tokens != differing.tokens
            && q.unit == cq.unit
            && writes_claims_figure(cq, q)
            && others(q)
            && !verb_places
                .iter()
                .any(|&u| u.abs_diff(differing.tokens.start) < u.abs_diff(q.tokens.start))
    })
}

/// Does window sentence `s` give one of the claim's figures otherwise: a
/// differing value bound to the very thing the claim counts ("has burned
/// about 4,500 hectares" against "a fire burned 7,000 hectares")? A
/// differing date in that sentence is then no ground for a contradiction:
/// with two facts apart, the claim may tell of another instance ("In 2017,
/// a fire in the region burned 7,000 hectares").
pub(super) fn figure_given_otherwise<'w>(cx: &MatchContext<'w>, s: usize) -> bool {
    let ws = &cx.window[s];
    let head_keys = |f: &'w crate::facts::Facts, q: &Quantity| -> &'w [String] {
        q.noun.as_ref().map_or(&[], |n| &f.keys.words[n.head])
    };
    cx.claim.quantities.iter().filter(|q| !q.ordinal).any(|cq| {
        let claim_head = head_keys(cx.claim, cq);
        // (the claim's own figure there too: the other one is another
        // figure of the same instance, "5.8 metres, half a metre above")
        let figures = || ws.facts.quantities.iter().filter(|q| !q.ordinal);
        !figures().any(|sq| compare_quantities(cq, sq) == Comparison::Match)
            && figures().any(|sq| {
                cq.unit == sq.unit
                    && cq.entity.is_none()
                    && sq.entity.is_none()
                    && far_apart(cq.value, sq.value)
                    && head_keys(ws.facts, sq)
                        .iter()
                        .any(|k| claim_head.contains(k))
            })
    })
}

/// Two values apart by more than a quarter of the larger: not one figure
/// rounded or estimated two ways ("about 4,500" / "7,000").
fn far_apart(a: f64, b: f64) -> bool {
    (a - b).abs() > 0.25 * a.abs().max(b.abs())
}

/// Does another sentence of the window than `matched` (where the claim's
/// figure matched) give the same figure bound to another noun, and say
/// more of the claim besides its figure and what it counts?
fn figure_of_another_statement(cx: &MatchContext<'_>, cq: &Quantity, matched: usize) -> bool {
    if cx.window.len() < 2 {
        return false;
    }
    let claim = cx.claim;
    let counted = cq.noun.as_ref().map_or(0..0, |n| n.tokens.clone());
    // the claim's other words each sentence writes, anywhere in it
    let rest_in = |s: usize| {
        (0..claim.tokens.len())
            .filter(|&c| !counted.contains(&c) && !cq.tokens.contains(&c))
            .filter(|&c| carries_meaning(claim, c))
            .filter(|&c| {
                cx.places_of(c, s).next().is_some()
                    || (cx.coverage.aligned.iter()).any(|a| a.claim_token == c && a.at.0 == s)
            })
            .count()
    };
    let here = rest_in(matched);
    (0..cx.window.len()).filter(|&s| s != matched).any(|s| {
        let ws = &cx.window[s];
        ws.facts.quantities.iter().any(|q| {
            !q.ordinal
                && q.noun.is_some()
                && writes_claims_figure(cq, q)
                && same_thing((cx.claim_text, claim), cq, (ws.text, ws.facts), q)
                    == Binding::Different
        }) && rest_in(s) > here
    })
}

/// Determiners before a noun that may be a clause's subject (folded).
const DETERMINERS: &[&str] = &[
    "le", "la", "l", "les", "un", "une", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces",
    "the", "a", "an", "its", "his", "her", "their", "this", "these",
];

/// Is window figure `sq` of sentence `s` another party's: its clause opens
/// on a subject of its own, no word of the claim ("while management is
/// offering 2.5%", "; la direction propose 2,5 %"), while another clause of
/// the sentence names the claim's subject (tokens `subject`) beside a
/// figure of the same unit ("The union is demanding a 6% pay rise")? That
/// figure then answers the claim; this one is someone else's. The clause's
/// subject is its first word that carries meaning, before the figure: a
/// name, a word after a determiner, or one before an auxiliary or a verb
/// ("Police arrested 20 people, while the army detained 15").
fn figure_of_another_party(
    cx: &MatchContext<'_>,
    s: usize,
    sq: &Quantity,
    subject: &[usize],
) -> bool {
    if subject.is_empty() {
        return false;
    }
    let f = cx.window[s].facts;
    let word = |t: usize| f.tokens.get(t).map_or("", |k| k.norm.as_str());
    let clause = cx.clause(s, sq.tokens.start);
    let Some(party) = (clause.start..sq.tokens.start).find(|&t| carries_meaning(f, t)) else {
        return false;
    };
    let lex = crate::text::Lexicon::shared();
    let verb_after = |w: &str| {
        crate::matcher::context::auxiliaries(f.lang).contains(&w) || lex.is_verb_form(f.lang, w)
    };
    let subject_like = f.keys.names.contains(&party)
        || party > clause.start && DETERMINERS.contains(&word(party - 1))
        || verb_after(word(party + 1));
    if !subject_like || cx.writes_claim_word(s, party) {
        return false;
    }
    // (the clause names the claim's subject itself after its first word:
    // "Firefighters said the fire burned 4,500 hectares")
    let subject_places: Vec<usize> = subject.iter().flat_map(|&c| cx.places_of(c, s)).collect();
    if subject_places.iter().any(|t| clause.contains(t)) {
        return false;
    }
    subject_places.iter().any(|&t| {
        let other = cx.clause(s, t);
        other != clause
            && f.quantities
                .iter()
                .any(|q| !q.ordinal && q.unit == sq.unit && other.contains(&q.tokens.start))
    })
}

/// Whose word a window figure is on, against the claim's figure's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FigureSource {
    /// The claim's party's: "224 000 selon la police" for "Selon la
    /// police, ...".
    Same,
    /// Another party's, with the claim's named apart in the sentence:
    /// "1,2 million de manifestants selon la CGT, 224 000 selon la police"
    /// gives 1,2 million on the CGT's word, not the police's.
    NamedApart,
    /// Another party's, the claim's not named in the sentence: it may be
    /// whom the figure's party quotes, but its figure is not the claim's
    /// party's to contradict.
    Unnamed,
    /// The figure or the claim names no party.
    Unknown,
}

/// The claim's words that name the party it gives its figure `cq` on: the
/// figure's own ([`Quantity::party`]), else the claim's ("Selon la police,
/// ...", [`crate::facts::Facts::party`]); none when it names no party.
fn claim_party_of(cx: &MatchContext<'_>, cq: &Quantity) -> Vec<usize> {
    let claim = cx.claim;
    cq.party
        .clone()
        .or_else(|| claim.party.clone())
        .into_iter()
        .flatten()
        .filter(|&c| carries_meaning(claim, c))
        .collect()
}

/// Whose word window figure `sq` of sentence `s` is on, against the
/// claim's party (`ours`, from [`claim_party_of`]).
fn source_of_figure(
    cx: &MatchContext<'_>,
    ours: &[usize],
    s: usize,
    sq: &Quantity,
) -> FigureSource {
    let Some(theirs) = sq.party.as_ref() else {
        return FigureSource::Unknown;
    };
    if ours.is_empty() {
        return FigureSource::Unknown;
    }
    let places: Vec<usize> = ours.iter().flat_map(|&c| cx.places_of(c, s)).collect();
    if places.iter().any(|u| theirs.contains(u)) {
        FigureSource::Same
    } else if places.is_empty() {
        FigureSource::Unnamed
    } else {
        FigureSource::NamedApart
    }
}

/// The window quantity that best decides the claim's quantity, if any.
fn best_candidate<'w>(cx: &'w MatchContext<'w>, cq: &Quantity) -> Option<Candidate<'w>> {
    best_candidate_with(cx, cq, true)
}

/// The window sentences where another figure of the claim matches a figure
/// bound to the same noun: such a sentence states the claim's event,
/// whatever verb it says it with ("17 newsrooms" found bound in "une
/// enquête menée par plus de 80 journalistes issus de 17 rédactions basées
/// dans 10 pays" for "The investigation brought together journalists from
/// 17 newsrooms based in 12 countries").
fn sentences_of_sibling_figures(cx: &MatchContext<'_>, cq: &Quantity) -> Vec<usize> {
    cx.claim
        .quantities
        .iter()
        .filter(|q| !std::ptr::eq(*q, cq) && !q.ordinal && q.value != cq.value)
        .filter_map(|q| best_candidate_with(cx, q, false))
        .filter(|b| b.bound && b.cmp == Comparison::Match)
        .map(|b| b.sentence)
        .collect()
}

/// [`best_candidate`]; `siblings`: whether a figure of the claim matched
/// bound in the same sentence may stand for the claim's missing verb.
fn best_candidate_with<'w>(
    cx: &'w MatchContext<'w>,
    cq: &Quantity,
    siblings: bool,
) -> Option<Candidate<'w>> {
    let cov = cx.coverage;
    // a differing figure in a window without the claim's verb is about
    // another event unless the window states enough of the claim
    let verb_missing = cx.verb_missing();
    let other_event = verb_missing
        && !matches!(cq.unit, Unit::Money(_))
        && cov.share < VERBLESS_CONTRADICTION_COVERAGE;
    if let Some(part) = partitive_part(cx, cq)
        && (part.cmp == Comparison::Match
            || cov.share >= BOUND_CONTRADICTION_COVERAGE
                && cov.missing_names.is_empty()
                && cx.names_subject(part.sentence)
                && !other_event)
    {
        return Some(part);
    }
    let mut best: Option<Candidate<'w>> = None;
    let mut bound_mismatch_in = Vec::new();
    // (what the claim's figure in years measures, if an age or a time ago)
    let claim_years = crate::facts::years_measured(cx.claim_text, cx.claim, cq);
    // (an age is no count of the verb's subject: "Maria Lopez, 41, was
    // released")
    let subject_verbs = if matches!(claim_years, Some(crate::facts::Years::Age { .. })) {
        Vec::new()
    } else {
        verbs_after_figure(cx, cq)
    };
    let claim_time = crate::facts::claim_time(cx.claim);
    // (the claim's figure counts more of a kind: "15 other newsrooms")
    let claim_counts_others = crate::facts::counts_more_of_a_kind(&cx.claim.tokens, cq.tokens.end);
    let claim_countries = countries(cx.claim);
    let claim_lists_countries = countries_listed(cx.claim);
    // (a sum the claim gives one country, which a window figure of listed
    // countries together holds: see whole_of_listed below)
    let one_countrys_sum =
        sums_across_parties(cx.claim, cq) && claim_years.is_none() && claim_countries.len() == 1;
    let claim_party = cx.claim_subject();
    // (on whose word the claim gives its figure, if it says)
    let claims_source = claim_party_of(cx, cq);
    // (read only for a figure bound to nothing else: see acts_paired)
    let claim_verbs = std::cell::OnceCell::new();
    // (read once, for the first differing figure in a window without the
    // claim's verb)
    let sibling_sentences = std::cell::OnceCell::new();
    // (the dead or the hurt the claim's figure counts, if it counts them)
    let claim_harm = cq
        .noun
        .as_ref()
        .filter(|_| cq.unit == Unit::Count)
        .and_then(|cn| harm_counted(cx.claim, cn));
    for (s, ws) in cx.window.iter().enumerate() {
        let verb_subject = verb_subject_figure(cx, &subject_verbs, s);
        let lists_claims_country = one_countrys_sum
            && countries_listed(ws.facts)
            && claim_countries.is_subset(&countries(ws.facts));
        let times = claim_time.map(|_| crate::facts::figure_times(ws.facts));
        // a sentence giving one figure per time: the figure of the claim's
        // time is the claim's, the others are of other times ("built 95,000
        // cars last year, down from 160,000 in 2019" gives 160,000 for 2019)
        let time_of = |k: usize| -> Option<bool> { claim_time?.same(times.as_ref()?[k].as_ref()?) };
        let time_given = (0..ws.facts.quantities.len()).any(|k| time_of(k) == Some(true));
        for (k, sq) in ws
            .facts
            .quantities
            .iter()
            .enumerate()
            .filter(|(_, q)| !q.ordinal)
        {
            let of_claims_time = time_of(k) == Some(true);
            if time_given && !of_claims_time || time_of(k) == Some(false) {
                continue;
            }
            // a figure in a relative clause of another name than the
            // claim's is that name's ("twice as many residents as Arlay,
            // which has 10,000" gives Arlay's, not Halden's)
            if !cx.claim.keys.names.is_empty()
                && super::date::in_relative_clause_of_another(cx, s, sq.tokens.start)
            {
                continue;
            }
            // a rate is not a sum, nor a rate of another period ("500
            // euros a day" / "500 euros", "2 millions d'euros par mois" /
            // "par an")
            if rate_of(cx.claim, cq) != rate_of(ws.facts, sq) {
                continue;
            }
            // a figure for is not a figure against ("48% in favour" /
            // "52% in favour and 48% against", "48 % de voix contre")
            if matches!((side_of(cx.claim, cq), side_of(ws.facts, sq)), (Some(a), Some(b)) if a != b)
            {
                continue;
            }
            // more of a kind is not a total ("Le Monde and 15 other
            // newsrooms" / "17 rédactions"; "sa propre rédaction ainsi que
            // 16 autres" against "Seventeen newsrooms")
            // (unless the window's more of a kind are joined to one thing
            // of it: "sa propre rédaction ainsi que 16 autres" are 17)
            let with_the_one_joined = (!claim_counts_others)
                .then(|| total_of_others(ws.facts, sq))
                .flatten();
            if claim_counts_others
                != crate::facts::counts_more_of_a_kind(&ws.facts.tokens, sq.tokens.end)
                && with_the_one_joined.is_none()
            {
                continue;
            }
            // a change is not a level ("fell to 7%" / "fell by 7% to 9%":
            // the 9 % is the claim's figure, the 7 % another measure)
            if matches!((cq.movement, sq.movement), (Some(a), Some(b)) if a != b) {
                continue;
            }
            // a figure another party's clause gives ("The union is
            // demanding a 6% pay rise, while management is offering 2.5%":
            // 2.5% is management's)
            if figure_of_another_party(cx, s, sq, &claim_party) {
                continue;
            }
            // a figure given on another party's word than the claim's
            // ("1,2 million de manifestants selon la CGT, 224 000 selon la
            // police" against "Selon la police, 1,2 million ..."); and where
            // the sentence gives figures on several parties' words, a claim
            // that names none is not contradicted by one of them
            let source = source_of_figure(cx, &claims_source, s, sq);
            if source == FigureSource::NamedApart {
                continue;
            }
            // a figure a list gives another country than the claim's is
            // that country's, whatever verb the two share ("L'Espagne a
            // envoyé quatre avions, l'Italie trois" for "L'Italie a envoyé
            // quatre avions")
            if let Some(e) = &sq.entity
                && cq.entity.as_ref() != Some(e)
                && !claim_countries.is_empty()
                && !claim_countries.contains(&e.as_str())
            {
                continue;
            }
            // ... and a figure of one country is its part of what a claim
            // gives several countries together ("Eight planes were sent by
            // Spain, Italy and Greece" / "Spain sent four of the planes,
            // Italy three and Greece one"): no ground for a contradiction
            if sq.entity.is_some() && cq.entity.is_none() && claim_lists_countries {
                continue;
            }
            // ... and the other way round: a figure the window gives several
            // countries together, the claim's one of them, is a whole the
            // claim's figure is part of ("eight planes sent by Spain, Italy
            // and Greece" / "Greece sent one plane"): more than it
            // contradicts, any fewer is not said (a sum: an age or a bound
            // each country shares is no whole, "enfants de moins de 12 ans")
            let whole_of_listed = lists_claims_country && sq.entity.is_none();
            // an amount in another currency: bound as if in the claim's, and
            // never the claim's amount ("12 millions de livres" against "12
            // million euros")
            let other_currency = matches!(
                (&cq.unit, &sq.unit),
                (Unit::Money(a), Unit::Money(b)) if a != b
            );
            let in_claims_currency;
            let sq_bound = if other_currency {
                in_claims_currency = Quantity {
                    unit: cq.unit.clone(),
                    ..sq.clone()
                };
                &in_claims_currency
            } else {
                sq
            };
            // nouns the binding's keys do not relate but the coverage paired
            // ("400 homes" / "400 dwellings" by meaning, "2 300 logements" /
            // "2,300 homes" by a dictionary sense), or whose complements
            // agree ("défenseurs des droits humains" / "militants des droits
            // humains"): the same thing for an agreeing figure only, never
            // ground for a contradiction
            // the claim's figure is its verb's subject, and the window gives
            // that verb a figure for subject: that figure is the claim's
            // ("300 people received the vaccine" / "1,800 people, of whom
            // 300 received the vaccine"), and no other is ("1 800 personnes
            // ont reçu le vaccin" / "1 800 personnes, parmi lesquelles 300
            // ont reçu le vaccin"); a differing part of the whole the claim
            // counts was read before the loop (partitive_part), and any
            // other differing one decides nothing
            if verb_subject.is_some_and(|oq| {
                oq.tokens != sq.tokens || compare_quantities(cq, sq) != Comparison::Match
            }) {
                continue;
            }
            // a length in another unit of time is the claim's length in its
            // own ("douze jours" against "three weeks")
            let in_claims_unit = in_claims_time_unit(cx.claim, cq, ws.facts, sq);
            let sq_compared = in_claims_unit
                .as_ref()
                .or(with_the_one_joined.as_ref())
                .unwrap_or(sq);
            // the dead or the hurt on both sides, named by a noun or by the
            // verb of the people counted ("30 personnes sont décédées" / "au
            // moins 30 morts", "four people died" / "onze morts et quatre
            // blessés"): the same harm is the same thing, bound both ways;
            // another harm is another count
            let harm = match &sq.noun {
                Some(sn) if sq.unit == Unit::Count => claim_harm.zip(harm_counted(ws.facts, sn)),
                _ => None,
            };
            // an age, a time ago and a length of time measure different
            // things, and one person's age is not another's ("James Clark a
            // 86 ans" / "James Clark a travaillé 68 ans à la mine"; "Le pont
            // a 86 ans" / "a été fermé pendant 8 ans"; "James Clark, 68" /
            // "James Jones, 86"): an age is bound to an age, of the same
            // name when both give one ("Robert Senacal is 53 years old" /
            // "Robert Senacal, 35, of Cortlandt Manor")
            let age = years_bound(cx, claim_years, ws, sq).or_else(|| clock_bound(cx, cq, s, sq));
            let (same, paired) =
                match same_thing((cx.claim_text, cx.claim), cq, (ws.text, ws.facts), sq_bound) {
                    _ if age.is_some_and(|b| b == Binding::Different) => {
                        (Binding::Different, false)
                    }
                    _ if crate::matcher::binding::units_differ(cx.claim, cq, ws.facts, sq) => {
                        (Binding::Different, false)
                    }
                    _ if verb_subject.is_some() => (Binding::Same, false),
                    _ if age.is_some() => (Binding::Same, false),
                    // (a length of time in another unit is the claim's in
                    // a sentence that states the claim's subject: "Le
                    // marché, lui, a été fermé pendant huit jours" is no
                    // length of the bridge's closure)
                    _ if in_claims_unit.is_some()
                        && claim_party.iter().all(|&c| cx.claim_token_in(c, s)) =>
                    {
                        (Binding::Same, false)
                    }
                    _ if let Some((a, b)) = harm => (
                        if a == b {
                            Binding::Same
                        } else {
                            Binding::Different
                        },
                        false,
                    ),
                    // the figure of the claim's time in a series of the
                    // claim's noun, written without it ("down from 160,000
                    // in 2019")
                    Binding::Unknown if of_claims_time && series_noun_matches(cx, cq, ws, sq) => {
                        (Binding::Same, false)
                    }
                    Binding::Different
                        if nouns_paired(cx, cq, s, sq) || complements_paired(cx, cq, s, sq) =>
                    {
                        (Binding::Same, true)
                    }
                    Binding::Different | Binding::Unknown
                        if acts_paired(
                            cx,
                            claim_verbs.get_or_init(|| cx.claim_verbs()),
                            cq,
                            s,
                            sq,
                        ) =>
                    {
                        (Binding::Same, true)
                    }
                    other => (other, false),
                };
            if same == Binding::Different {
                continue;
            }
            let same = if whole_of_listed { Binding::Part } else { same };
            let cmp = match same {
                _ if other_currency => Comparison::Mismatch,
                // a part cannot outnumber its whole: "150 researchers"
                // against "120 chercheurs et ingénieurs"; any fewer is not said
                Binding::Part => part_of_whole(cq, sq),
                Binding::Whole => part_of_whole(sq, cq),
                _ => compare_quantities(cq, sq_compared),
            };
            if cmp == Comparison::Unclear || paired && cmp != Comparison::Match {
                continue;
            }
            // a figure that only falls within the claim's bound is the
            // claim's only where the window says what the claim says of it:
            // "two firefighters were treated in hospital" is within "fewer
            // than 300 firefighters were mobilised", and says nothing of it
            if cmp == Comparison::Match && !writes_claims_figure(cq, sq_compared) && verb_missing {
                continue;
            }
            // (another party's figure is not the claim's party's to
            // contradict; and where the sentence gives figures on several
            // parties' words, one of them does not contradict a claim that
            // names none)
            let competing = || {
                ws.facts
                    .quantities
                    .iter()
                    .any(|o| o.unit == sq.unit && of_another_party(sq, o))
            };
            if cmp == Comparison::Mismatch
                && (source == FigureSource::Unnamed
                    || source == FigureSource::Unknown && sq.party.is_some() && competing())
            {
                continue;
            }
            // the same measure in the same unit ("4 500 hectares" / "4,500
            // hectares") is the claim's when it agrees: bound for support,
            // never for a contradiction
            let same_measure = same == Binding::Unknown
                && cmp == Comparison::Match
                && same_measure_unit(cx.claim, cq, ws.facts, sq);
            let bound = matches!(same, Binding::Same | Binding::Part | Binding::Whole)
                || same_measure
                || sole_figure(cx, cq, s, sq, &claim_party);
            // (whether or not it may contradict here; the same amount in
            // another currency is no other figure)
            if bound && cmp == Comparison::Mismatch && !other_currency {
                bound_mismatch_in.push(s);
            }
            let threshold = if matches!(cq.unit, Unit::Money(_) | Unit::Percent) {
                UNBOUND_AMOUNT_COVERAGE
            } else {
                UNBOUND_NUMBER_COVERAGE
            };
            // a figure bound to nothing is the claim's only in a window that
            // states enough of the claim, its subject included ("Le
            // gouvernement a proposé 400 millions de livres" is not stated by
            // "the cost ..., which it put at 400 million pounds")
            if !bound && (cov.share < threshold || !cx.subject_stated()) {
                continue;
            }
            // a number whose binding is unknown may support, never contradict:
            // "7 championnats" is not contradicted by "les World Series de 2005";
            // a differing figure in a sentence that does not name the claim's
            // subject is about someone else ("Qlumavive had 895 ..." next to
            // "Qtotove had 163 ...")
            if cmp == Comparison::Mismatch
                && (!bound
                    || cov.share < BOUND_CONTRADICTION_COVERAGE
                    || !cov.missing_names.is_empty()
                    || !cx.names_subject(s)
                    || !(of_claims_time || same_frame(cx, s, sq))
                    || !(noun_stated(cx, cq)
                        || in_claims_unit.is_some()
                        || harm.is_some()
                        || age.is_some())
                    || other_event
                        && !(siblings
                            && sibling_sentences
                                .get_or_init(|| sentences_of_sibling_figures(cx, cq))
                                .contains(&s))
                    || harm.is_none()
                        && loosely_bound_beside_its_figure(cx, cq, s, sq, |k| {
                            time_given && time_of(k) != Some(true)
                        }))
            {
                continue;
            }
            let candidate = Candidate {
                cmp,
                bound,
                sentence: s,
                quantity: sq,
                ws,
            };
            if best.as_ref().is_none_or(|b| candidate.rank() > b.rank()) {
                best = Some(candidate);
            }
        }
    }
    // the claim's figure written unbound beside a differing figure bound to
    // the claim's noun is another figure of the sentence ("built 95,000
    // cars last year, down from 160,000 in 2019" against "160,000 cars last
    // year"): it decides nothing, nor does the bound one, which lost to it
    if best
        .as_ref()
        .is_some_and(|b| !b.bound && bound_mismatch_in.contains(&b.sentence))
    {
        return None;
    }
    best.or_else(|| by_reference(cx, cq))
}

/// Is quantity `q` of `f` a time of the day ("14 h 30", "8h20")?
fn clock_time(f: &crate::facts::Facts, q: &Quantity) -> bool {
    q.noun
        .as_ref()
        .is_some_and(|n| n.tokens.len() == 1 && f.tokens[n.head].norm == "h")
}

/// How the claim's figure binds to figure `sq` of window sentence `s` as a
/// time of the day: the same time when both are and the window's stands in the clause
/// of a verb of the claim ("Le conseil a commencé à 14 h" / "a commencé à
/// 14 h 30"), another thing when one only is or the time is another
/// event's ("La conférence de presse a eu lieu à 13 h, puis le conseil a
/// commencé"); None when neither is a time of the day.
fn clock_bound(cx: &MatchContext<'_>, cq: &Quantity, s: usize, sq: &Quantity) -> Option<Binding> {
    match (clock_time(cx.claim, cq), clock_time(cx.window[s].facts, sq)) {
        (false, false) => None,
        (true, true) => {
            let clause = cx.clause(s, sq.tokens.start);
            let verbs = cx.claim_verbs();
            let of_claims_event = verbs.is_empty()
                || verbs
                    .iter()
                    .any(|&v| cx.places_of(v, s).any(|u| clause.contains(&u)));
            Some(if of_claims_event {
                Binding::Same
            } else {
                Binding::Different
            })
        }
        _ => Some(Binding::Different),
    }
}

/// Determiners of one thing (folded): "sa propre rédaction", "the
/// minister" (an English noun in "-s" is then no one thing).
const ONE_THING_DETERMINERS: &[&str] = &[
    "le", "la", "l", "un", "une", "sa", "son", "ce", "cet", "cette", "the", "a", "an", "its",
    "his", "her", "this",
];

/// Window figure `sq` of more of a kind whose noun is left out and read
/// from the one thing it is joined to ("sa propre rédaction (Le Monde) ainsi
/// que 16 autres", "the minister and two others"), as the total it makes
/// with that thing (17, 3), for a claim figure that counts no others; None
/// for any other figure.
fn total_of_others(f: &crate::facts::Facts, sq: &Quantity) -> Option<Quantity> {
    if !crate::facts::counts_more_of_a_kind(&f.tokens, sq.tokens.end) {
        return None;
    }
    let noun = sq.noun.as_ref()?;
    let head = noun.head;
    let one = head < sq.tokens.start
        && (head.saturating_sub(2)..head)
            .any(|t| ONE_THING_DETERMINERS.contains(&f.tokens[t].norm.as_str()))
        && !(f.lang == crate::text::Lang::En && f.tokens[head].norm.ends_with('s'));
    // (shown from the thing to its others: "rédaction (Le Monde) ainsi
    // que 16 autres")
    one.then(|| Quantity {
        value: sq.value + 1.0,
        span: f.tokens[noun.tokens.start].span.start..f.tokens[sq.tokens.end].span.end,
        ..sq.clone()
    })
}

/// How the claim's figure in years (`claim_years`: an age, a time ago, or
/// neither) binds to window figure `sq`: None when neither is an age nor a
/// time ago, or both are times ago, or two ages of which one gives no name
/// (the figures' nouns decide); for two ages of a name each, Same when it
/// is the same name; Different when one is an age or a time ago and the
/// other is not the same.
fn years_bound(
    cx: &MatchContext<'_>,
    claim_years: Option<crate::facts::Years>,
    ws: &WindowSentence<'_>,
    sq: &Quantity,
) -> Option<Binding> {
    use crate::facts::Years;
    match (
        claim_years,
        crate::facts::years_measured(ws.text, ws.facts, sq),
    ) {
        (None, None) | (Some(Years::Ago), Some(Years::Ago)) => None,
        (Some(Years::Age { owner: Some(a) }), Some(Years::Age { owner: Some(b) })) => {
            Some(if crate::facts::same_name(cx.claim, a, ws.facts, b) {
                Binding::Same
            } else {
                Binding::Different
            })
        }
        // (whose age it is is written on one side only, or neither: "the
        // 43-year-old driver" / "a 34-year-old passenger")
        (Some(Years::Age { .. }), Some(Years::Age { .. })) => None,
        _ => Some(Binding::Different),
    }
}

/// Does figure `q` of `f` add up across parties: an amount, or a count of
/// things (not a length of time, "enfants de moins de 12 ans")?
fn sums_across_parties(f: &crate::facts::Facts, q: &Quantity) -> bool {
    match q.unit {
        Unit::Money(_) => true,
        Unit::Count => q.noun.is_some() && q.time_unit_minutes(&f.tokens).is_none(),
        _ => false,
    }
}

/// Does `claim` (or a window sentence) list two countries or more, one after the other with
/// only a comma or a coordinator between ("Spain, Italy and Greece", "la
/// France et l'Allemagne")?
fn countries_listed(claim: &crate::facts::Facts) -> bool {
    let mut ranges: Vec<&std::ops::Range<usize>> =
        claim.keys.entities.iter().map(|(r, _)| r).collect();
    ranges.sort_by_key(|r| r.start);
    ranges.windows(2).any(|w| {
        (w[0].end..w[1].start).all(|t| {
            let norm = claim.tokens[t].norm.as_str();
            crate::text::is_coordinator(norm, claim.lang)
                || matches!(norm, "l" | "la" | "le" | "les" | "the")
        })
    })
}

/// The length of time `sq` counts, in the unit of time the claim's `cq`
/// counts, when the two count lengths in different units ("douze jours"
/// as 12/7 weeks against "three weeks"). Lengths in months or years are
/// no whole number of days: against days or weeks such a length is about
/// the value (a month is 28 to 31 days).
fn in_claims_time_unit(
    claim: &crate::facts::Facts,
    cq: &Quantity,
    source: &crate::facts::Facts,
    sq: &Quantity,
) -> Option<Quantity> {
    let (claims, sources) = (
        cq.time_unit_minutes(&claim.tokens)?,
        sq.time_unit_minutes(&source.tokens)?,
    );
    if claims == sources {
        return None;
    }
    // (a month and a year are calendar lengths; minutes to weeks fixed ones)
    let month = crate::facts::Vocabulary::shared()
        .calendar(crate::facts::CalendarKind::Duration, "month")
        .unwrap_or(u32::MAX);
    let calendar = |m: u32| m >= month;
    let approx =
        if calendar(claims) != calendar(sources) && sq.approx == crate::facts::Approx::Exact {
            crate::facts::Approx::About
        } else {
            sq.approx
        };
    // French counts a week as "huit jours" and two as "quinze jours", the
    // day it starts counted twice: in days those are 7 and 14 against another
    // unit ("quinze jours" is "two weeks", "deux semaines")
    let days = |facts: &crate::facts::Facts, q: &Quantity, minutes: u32| {
        let in_days = q.value * f64::from(minutes) / f64::from(DAY_MINUTES);
        match (facts.lang, in_days) {
            (crate::text::Lang::Fr, d) if minutes == DAY_MINUTES && (d == 8.0 || d == 15.0) => {
                d - 1.0
            }
            _ => in_days,
        }
    };
    let source_days = days(source, sq, sources);
    let value = if claims == DAY_MINUTES
        && claim.lang == crate::text::Lang::Fr
        && (cq.value == 8.0 || cq.value == 15.0)
        && (source_days == 7.0 || source_days == 14.0)
    {
        // (and the claim's "quinze jours" is met by a source's two weeks)
        cq.value
    } else {
        source_days * f64::from(DAY_MINUTES) / f64::from(claims)
    };
    Some(Quantity {
        value,
        approx,
        ..sq.clone()
    })
}

/// A day's length in minutes, the unit `time_unit_minutes` counts in.
const DAY_MINUTES: u32 = 1440;

/// Does a figure of a series in time count what the claim's figure
/// counts? Its noun, or, written without one ("down from 160,000 in 2019",
/// "contre 35 000 en 2018"), the noun of the series' figure before it, is
/// the claim's ("tonnes", a unit, counts as well as "cars" here: the series
/// and the claim's time have already told the figures apart).
fn series_noun_matches(
    cx: &MatchContext<'_>,
    cq: &Quantity,
    ws: &WindowSentence<'_>,
    sq: &Quantity,
) -> bool {
    let Some(cn) = &cq.noun else {
        return false;
    };
    let f = ws.facts;
    let noun = sq.noun.as_ref().or_else(|| {
        f.quantities
            .iter()
            .rfind(|q| !q.ordinal && q.tokens.end <= sq.tokens.start)
            .and_then(|q| q.noun.as_ref())
    });
    noun.is_some_and(|sn| crate::matcher::binding::nouns_match(cx.claim, cn, f, sn))
}

/// Words that make the figure after them a part of the whole counted
/// before ("trois guerres, dont deux", "1 800 personnes, parmi lesquelles
/// 300", "of whom 300"), by the word or two before the figure (folded).
const PARTITIVE_CUES: &[&[&str]] = &[
    &["dont"],
    &["parmi", "lesquels"],
    &["parmi", "lesquelles"],
    &["parmi", "eux"],
    &["parmi", "elles"],
    &["of", "whom"],
    &["of", "which"],
    &["among", "them"],
];

/// The length of the partitive cue that ends right before token `t` of
/// `f`, if one does.
fn partitive_cue(f: &crate::facts::Facts, t: usize) -> Option<usize> {
    PARTITIVE_CUES
        .iter()
        .find(|cue| {
            t >= cue.len()
                && cue
                    .iter()
                    .zip(&f.tokens[t - cue.len()..t])
                    .all(|(w, tok)| *w == tok.norm)
        })
        .map(|cue| cue.len())
}

/// The claim counts the whole what the window says of a part of it: "L'Inde
/// et le Pakistan ont mené trois guerres pour la possession du Cachemire"
/// against "ont mené trois guerres, dont deux pour la possession du
/// Cachemire"; "1 800 personnes ont reçu le vaccin" against "plus de 1 800
/// personnes, parmi lesquelles 300 ont reçu le vaccin". The window's whole
/// is the claim's figure, of the claim's noun; its part, fewer, follows a
/// partitive cue, and the first word the claim says of its figure after
/// the figure's phrase ("possession", "reçu") is written after the part,
/// in its clause, and not between the whole and the part. The part is
/// then the figure the window gives for what the claim says: it
/// contradicts the whole's, and is the claim's when they are the same.
fn partitive_part<'w>(cx: &'w MatchContext<'w>, cq: &Quantity) -> Option<Candidate<'w>> {
    let claim = cx.claim;
    if cq.unit != Unit::Count || partitive_cue(claim, cq.tokens.start).is_some() {
        return None;
    }
    let phrase_end = cq.noun.as_ref().map_or(cq.tokens.end, |n| n.tokens.end);
    let clause = cx.claim_clause(cq.tokens.start);
    let said = (phrase_end..clause.end).find(|&t| {
        crate::matcher::context::carries_meaning(claim, t)
            && !crate::text::Lexicon::shared().is_stopword(&claim.tokens[t].norm, claim.lang)
    })?;
    for (s, ws) in cx.window.iter().enumerate() {
        let f = ws.facts;
        let at: Vec<usize> = cx.places_of(said, s).collect();
        for (i, part) in f.quantities.iter().enumerate() {
            if part.ordinal
                || part.unit != Unit::Count
                || partitive_cue(f, part.tokens.start).is_none()
            {
                continue;
            }
            let Some(whole) = f.quantities[..i]
                .iter()
                .rev()
                .find(|q| !q.ordinal && q.unit == Unit::Count)
            else {
                continue;
            };
            // the claim's figure is the part's ("deux guerres pour la
            // possession" / "trois guerres, dont deux pour la possession"),
            // or the whole's, of which fewer did what the claim says
            let cmp = if compare_quantities(cq, part) == Comparison::Match {
                Comparison::Match
            } else if whole.value == cq.value && part.value < whole.value {
                Comparison::Mismatch
            } else {
                continue;
            };
            let same_noun =
                same_thing((cx.claim_text, claim), cq, (ws.text, f), whole) == Binding::Same;
            let part_clause = cx.clause(s, part.tokens.start);
            let said_of_part = at
                .iter()
                .any(|&u| u >= part.tokens.end && part_clause.contains(&u));
            let said_of_whole = at
                .iter()
                .any(|&u| u >= whole.tokens.end && u < part.tokens.start);
            if same_noun && said_of_part && !said_of_whole {
                return Some(Candidate {
                    cmp,
                    bound: true,
                    sentence: s,
                    quantity: part,
                    ws,
                });
            }
        }
    }
    None
}

/// Tokens, at most, between a figure's phrase and the verb it is the
/// subject of: an auxiliary or two ("ont reçu", "have been given").
const SUBJECT_GAP: usize = 2;

/// The claim's verbs whose subject is its figure `cq`: right after the
/// figure's phrase, past an auxiliary or two.
fn verbs_after_figure(cx: &MatchContext<'_>, cq: &Quantity) -> Vec<usize> {
    let claim_end = cq.noun.as_ref().map_or(cq.tokens.end, |n| n.tokens.end);
    cx.claim_verbs()
        .into_iter()
        .filter(|&v| v >= claim_end && v - claim_end <= SUBJECT_GAP)
        .collect()
}

/// The figure window sentence `s` gives for subject to one of `verbs` (the
/// claim's verbs whose subject is its figure): the one with no noun of its
/// own right before the verb ("of whom 300 received", "parmi lesquelles 300
/// ont reçu").
fn verb_subject_figure<'w>(
    cx: &'w MatchContext<'w>,
    verbs: &[usize],
    s: usize,
) -> Option<&'w Quantity> {
    let f = cx.window[s].facts;
    // (not a noun the claim's verb translates: "ont fait 23 morts" for "ont
    // été tués")
    let past_form = |t: usize| {
        let norm = f.tokens[t].norm.as_str();
        f.lang == crate::text::Lang::En
            && crate::text::Lexicon::shared().is_english_verb_or_past(norm)
    };
    verbs.iter().find_map(|&v| {
        cx.places_of(v, s).find_map(|t| {
            // a figure with no noun of its own (an English past form may be
            // read as its noun: "300 received")
            // a count, not the complement of a noun before it ("un plan de
            // 100 millions d'euros avait été lancé": the plan was)
            f.quantities.iter().find(|oq| {
                !oq.ordinal
                    && oq.unit == Unit::Count
                    && !(oq.tokens.start > 0
                        && OF_WORDS.contains(&f.tokens[oq.tokens.start - 1].norm.as_str()))
                    && oq
                        .noun
                        .as_ref()
                        .is_none_or(|n| n.tokens.contains(&t) && past_form(t))
                    && t >= oq.tokens.end
                    && t - oq.tokens.end <= SUBJECT_GAP
            })
        })
    })
}

/// Determiners that make a counted noun phrase a reference to something
/// already counted: "les 14 écoles", "the 14 schools" (folded).
pub const DEFINITE_DETERMINERS: &[&str] = &[
    "les", "ces", "ses", "leurs", "nos", "vos", "the", "these", "those", "its", "their", "our",
];

/// Is the claim's figure a reference to a count given before ("Les 14 écoles
/// rouvriront")? A definite determiner right before it.
pub fn definite_figure(claim: &crate::facts::Facts, cq: &Quantity) -> bool {
    cq.tokens.start > 0
        && DEFINITE_DETERMINERS.contains(&claim.tokens[cq.tokens.start - 1].norm.as_str())
}

/// A claim figure the window does not give, though it names what the figure
/// counts with a definite article ("The schools will reopen" for "Les 14
/// écoles rouvriront"), given in an earlier sentence of the article ("all
/// 14 public schools"): the earlier sentence, which states the same count
/// of the same thing. A reference states no figure of its own, so nothing
/// here contradicts.
fn given_earlier<'w>(cx: &'w MatchContext<'w>, cq: &Quantity) -> Option<&'w WindowSentence<'w>> {
    let noun = cq.noun.as_ref()?;
    if cx.context.is_empty() || !definite_figure(cx.claim, cq) {
        return None;
    }
    let referred = cx.coverage.found().any(|(c, (s, t))| {
        let f = cx.window[s].facts;
        c == noun.head
            && (t.saturating_sub(2)..t)
                .any(|k| DEFINITE_DETERMINERS.contains(&f.tokens[k].norm.as_str()))
    });
    if !referred {
        return None;
    }
    cx.context.iter().find(|ws| {
        ws.facts.quantities.iter().any(|sq| {
            !sq.ordinal
                && same_thing((cx.claim_text, cx.claim), cq, (ws.text, ws.facts), sq)
                    == Binding::Same
                && compare_quantities(cq, sq) == Comparison::Match
        })
    })
}

/// Is the head of the claim quantity's noun the word the coverage found
/// for the head of the window quantity's noun, by a key or by meaning
/// ("logements" / "homes", "homes" / "dwellings")?
fn nouns_paired(cx: &MatchContext<'_>, cq: &Quantity, s: usize, sq: &Quantity) -> bool {
    let (Some(cn), Some(sn)) = (&cq.noun, &sq.noun) else {
        return false;
    };
    // a head that names people taking part says what they are by its
    // complement: "2,3 millions de participants à une manifestation" are
    // "2,3 millions de manifestants"
    let f = cx.window[s].facts;
    let generic = GENERIC_HEADS.contains(&f.tokens[sn.head].norm.as_str());
    // what they take part in: the complement, or the few words after "à",
    // "at", "in" ("participants à une manifestation", "people at the rally")
    let taken_part_in = |t: usize| {
        sn.complement.as_ref().is_some_and(|c| c.contains(&t))
            || f.tokens
                .get(sn.head + 1)
                .is_some_and(|w| matches!(w.norm.as_str(), "a" | "au" | "aux" | "at" | "in"))
                && (sn.head + 2..sn.head + 5).contains(&t)
    };
    let heads = |t: usize| t == sn.head || generic && taken_part_in(t);
    cx.coverage
        .found()
        .any(|(c, (ms, mt))| c == cn.head && ms == s && heads(mt))
        || cx
            .coverage
            .aligned
            .iter()
            .any(|a| a.claim_token == cn.head && a.at.0 == s && heads(a.at.1))
}

/// Tokens after a counted noun within which its verb says what was done
/// to or by what it counts ("deux conseillers se sont abstenus", "five
/// people were arrested").
const ACT_VERB_REACH: usize = 4;

/// Does one side count people by the verb of what they did or underwent,
/// and the other count that act by its noun: "Two councillors abstained" /
/// "with two abstentions", "Police arrested five people" / "five arrests",
/// "cinq personnes ont été interpellées" / "five arrests"? The verb is the
/// claim's ([`MatchContext::claim_verbs`]) after the counted noun or just
/// before the figure, and the coverage found it at the window's counted
/// noun (WordNet's derivations: "abstained" / "abstentions"); or the
/// claim's counted noun was found at such a verb of the window. One act,
/// counted two ways: for an agreeing figure only (as many visits as
/// visitors is no rule).
fn acts_paired(
    cx: &MatchContext<'_>,
    claim_verbs: &[usize],
    cq: &Quantity,
    s: usize,
    sq: &Quantity,
) -> bool {
    let (Some(cn), Some(sn)) = (&cq.noun, &sq.noun) else {
        return false;
    };
    // (a figure of a list is its owner's or its country's: not this)
    if cq.unit != Unit::Count || sq.unit != Unit::Count || sq.owner.is_some() || sq.entity.is_some()
    {
        return false;
    }
    // the verb of a counted noun: after it ("were arrested"), or right
    // before its figure ("arrested five people")
    let governs = |verb: usize, head: usize, figure: usize| {
        (head + 1..=head + ACT_VERB_REACH).contains(&verb) || (verb < figure && figure - verb <= 2)
    };
    let claim_verb_counted = claim_verbs
        .iter()
        .filter(|&&v| governs(v, cn.head, cq.tokens.start))
        .any(|&v| cx.places_of(v, s).any(|u| u == sn.head));
    // (a window's verb by its form: after an auxiliary, or an English
    // past form; not a noun of a list before the figure)
    let f = cx.window[s].facts;
    let auxiliaries = crate::matcher::context::auxiliaries(f.lang);
    let lex = crate::text::Lexicon::shared();
    let verb_form = |u: usize| {
        let norm = f.tokens[u].norm.as_str();
        u > 0 && auxiliaries.contains(&f.tokens[u - 1].norm.as_str())
            || f.lang == crate::text::Lang::En && lex.is_english_verb_or_past(norm)
    };
    claim_verb_counted
        || cx
            .places_of(cn.head, s)
            .any(|u| u != sn.head && verb_form(u) && governs(u, sn.head, sq.tokens.start))
}

/// Heads that count people by what they take part in, said by their
/// complement (folded).
const GENERIC_HEADS: &[&str] = &[
    "participants",
    "participant",
    "personnes",
    "people",
    "persons",
];

/// What a count of people counts when it counts harm: the dead, or the
/// hurt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Harm {
    Dead,
    Hurt,
}

/// Words that name the dead (nouns, or participles said of people), folded.
const DEAD_WORDS: &[&str] = &[
    "mort",
    "morts",
    "morte",
    "mortes",
    "tue",
    "tues",
    "tuee",
    "tuees",
    "decede",
    "decedes",
    "decedee",
    "decedees",
    "deces",
    "peri",
    "peris",
    "dead",
    "deaths",
    "killed",
    "died",
    "perished",
    "fatalities",
];
/// Words that name the hurt, folded.
const HURT_WORDS: &[&str] = &[
    "blesse", "blesses", "blessee", "blessees", "injured", "wounded", "hurt",
];
/// Tokens after a generic head within which its verb says the harm ("30
/// personnes ont été tuées", "two people were killed").
const HARM_VERB_REACH: usize = 4;

/// Does the noun phrase count the dead or the hurt: by its head ("30 morts",
/// "two injured"), or by a generic head ("personnes", "people") whose verb
/// follows ("30 personnes sont décédées", "two people died")?
fn harm_counted(f: &crate::facts::Facts, noun: &crate::facts::NounPhrase) -> Option<Harm> {
    let harm = |t: &crate::text::Token| {
        let norm = t.norm.as_str();
        if DEAD_WORDS.contains(&norm) {
            Some(Harm::Dead)
        } else if HURT_WORDS.contains(&norm) {
            Some(Harm::Hurt)
        } else {
            None
        }
    };
    let head = &f.tokens[noun.head];
    harm(head).or_else(|| {
        GENERIC_HEADS
            .contains(&head.norm.as_str())
            .then(|| {
                f.tokens[noun.head + 1..]
                    .iter()
                    .take(HARM_VERB_REACH)
                    .find_map(harm)
            })
            .flatten()
    })
}

/// Words a complement must hold to pair two heads by itself.
const COMPLEMENT_WORDS: usize = 2;

/// Do the two quantities' nouns share their complement, the head aside:
/// every word of the claim's complement found inside the window's
/// ("85 défenseurs des droits humains" / "85 militants des droits
/// humains", "50,000 phone numbers" has none)? Two heads that name
/// people or things of the same cause, for an agreeing figure only.
fn complements_paired(cx: &MatchContext<'_>, cq: &Quantity, s: usize, sq: &Quantity) -> bool {
    let (Some(cn), Some(sn)) = (&cq.noun, &sq.noun) else {
        return false;
    };
    let (Some(cc), Some(sc)) = (&cn.complement, &sn.complement) else {
        return false;
    };
    // (a complement of one word names too little: "appels de téléphone" /
    // "numéros de téléphone")
    cc.len() >= COMPLEMENT_WORDS
        && cc.clone().all(|c| {
            cx.coverage
                .found()
                .any(|(fc, (fs, ft))| fc == c && fs == s && sc.contains(&ft))
        })
}

/// A window that gives the claim's count only as a definite reference
/// ("les quatre poseurs de bombes" for "four bombers were killed"): the same
/// count of the same thing supports; any other says nothing (what it counts
/// may be a part, the rest named elsewhere).
fn by_reference<'w>(cx: &'w MatchContext<'w>, cq: &Quantity) -> Option<Candidate<'w>> {
    cx.window.iter().enumerate().find_map(|(s, ws)| {
        ws.facts
            .references
            .iter()
            .find(|sq| {
                same_thing((cx.claim_text, cx.claim), cq, (ws.text, ws.facts), sq) == Binding::Same
                    && compare_quantities(cq, sq) == Comparison::Match
            })
            .map(|sq| Candidate {
                cmp: Comparison::Match,
                bound: true,
                sentence: s,
                quantity: sq,
                ws,
            })
    })
}

/// The window's figure is bound to the claim's noun only through the
/// general dictionary, while the same sentence gives the claim's own figure
/// for something the keys do not relate: "Environ 2 300 logements" against
/// "About 2,300 homes were flooded ... and 600 residents" ("logement" ->
/// "residence", stemmed as "residents"). Which figure the claim means is
/// then unclear, never a contradiction. A figure the sentence gives for
/// another time than the claim's (`of_another_time`, by its index) is no
/// such figure: "built 95,000 cars last year, down from 160,000 in 2019"
/// gives 160,000 for 2019, and "160 000 voitures l'an dernier" is
/// contradicted by 95,000. Nor is a figure given on another party's word
/// ("Selon le syndicat, 65 % ... ; la direction avance le chiffre de 40 %").
fn loosely_bound_beside_its_figure(
    cx: &MatchContext<'_>,
    cq: &Quantity,
    s: usize,
    sq: &Quantity,
    of_another_time: impl Fn(usize) -> bool,
) -> bool {
    let f = cx.window[s].facts;
    let (Some(cn), Some(sn)) = (&cq.noun, &sq.noun) else {
        return false;
    };
    f.lang != cx.claim.lang
        && !crate::matcher::binding::nouns_match_strongly(cx.claim, cn, f, sn)
        && f.quantities.iter().enumerate().any(|(k, other)| {
            !other.ordinal
                && !of_another_time(k)
                && !of_another_party(sq, other)
                && writes_claims_figure(cq, other)
        })
}

/// Is `other` given on another party's word than `q`, each naming its own?
fn of_another_party(q: &Quantity, other: &Quantity) -> bool {
    matches!((&q.party, &other.party), (Some(a), Some(b)) if a != b)
}

/// A count of part of a whole against the count of the whole: more than
/// the whole is a mismatch, anything else is not stated.
fn part_of_whole(part: &Quantity, whole: &Quantity) -> Comparison {
    use crate::facts::Approx::Exact;
    if part.approx == Exact && whole.approx == Exact && part.value > whole.value {
        Comparison::Mismatch
    } else {
        Comparison::Unclear
    }
}

/// A bare count that reads as a year ("until 2024", "by 2030"): whether it
/// is one or not, it is no match for the other side's only figure.
fn bare_year(q: &Quantity) -> bool {
    q.unit == Unit::Count
        && q.noun.is_none()
        && q.value.fract() == 0.0
        && crate::facts::is_year(q.value as u32)
}

/// The claim's figure and the sentence's are each the only one of their
/// unit on their side, and the sentence states everything else the claim
/// says: the two figures are about the same thing. A figure that says how
/// far another lies from a third ("half a metre above the record") is no
/// rival of the same measure, nor is a figure of another party's clause
/// ("Le syndicat réclame une prime de 6 % ; la mairie propose 2,5 %", for
/// a claim of the mairie's: `claim_party`).
fn sole_figure(
    cx: &MatchContext<'_>,
    cq: &Quantity,
    s: usize,
    sq: &Quantity,
    claim_party: &[usize],
) -> bool {
    let cov = cx.coverage;
    let window = cx.window[s].facts;
    let of_unit = |q: &Quantity, unit: &Unit| !q.ordinal && &q.unit == unit;
    let only_in_claim = || {
        (cx.claim.quantities.iter())
            .filter(|q| of_unit(q, &cq.unit))
            .count()
            == 1
    };
    // (an offset from what the claim itself speaks of, "the previous
    // record ... was 4.1 metres", is the claim's figure told otherwise)
    let offset_from_elsewhere = |q: &Quantity| {
        offset_from_another(cx.window[s].text, window, q).is_some_and(|after| {
            !(after..(after + REFERENCE_REACH).min(window.tokens.len()))
                .any(|r| carries_meaning(window, r) && cx.writes_claim_word(s, r))
        })
    };
    let only_of_claims_party = || {
        (window.quantities.iter())
            .filter(|q| {
                of_unit(q, &sq.unit)
                    && !offset_from_elsewhere(q)
                    && !figure_of_another_party(cx, s, q, claim_party)
            })
            .count()
            == 1
    };
    cq.unit == sq.unit
        && cq.entity.is_none()
        && sq.entity.is_none()
        && !bare_year(cq)
        && !bare_year(sq)
        && cov.matched_claim.len() >= SOLE_FIGURE_WORDS
        && cov.share >= SOLE_FIGURE_COVERAGE
        && cov.missing_weighty.is_empty()
        && only_in_claim()
        && offset_from_another(cx.window[s].text, window, sq).is_none()
        && only_of_claims_party()
}

/// English words right after a figure and what it counts that make it the
/// distance from another figure ("half a metre above the record", "two
/// points higher than forecast") (folded).
const EN_OFFSET_WORDS: &[&str] = &["above", "below", "higher", "lower", "more", "less", "fewer"];

/// French pairs of words that do so ("50 centimètres au-dessus du record",
/// "0,3 point de plus que prévu") (folded).
const FR_OFFSET_WORDS: &[(&str, &str)] = &[
    ("au", "dessus"),
    ("en", "dessous"),
    ("au", "dessous"),
    ("de", "plus"),
    ("de", "moins"),
];

/// Does figure `q` of `f` say how far something lies from another figure:
/// the words of [`EN_OFFSET_WORDS`] or [`FR_OFFSET_WORDS`] right after it
/// and its noun, nothing written between ("(2.236 miles), légèrement plus
/// grand" is no distance)?
fn offset_from_another(text: &str, f: &Facts, q: &Quantity) -> Option<usize> {
    // (after the figure's whole expression, "5 %", and its noun)
    let after_expression = (q.tokens.end..f.tokens.len())
        .find(|&k| f.tokens[k].span.start >= q.span.end)
        .unwrap_or(f.tokens.len());
    // (the noun may be the offset's word itself: "5% more" reads "more")
    let after_noun = q
        .noun
        .as_ref()
        .map(|n| n.head + 1)
        .filter(|&e| e > after_expression);
    let word = |k: usize| f.tokens.get(k).map_or("", |t| t.norm.as_str());
    // (nothing written from the end of what comes before, the figure's
    // sign included: "5% more")
    let adjacent = |k: usize| {
        k > 0 && k < f.tokens.len() && {
            let from = f.tokens[k - 1]
                .span
                .end
                .max(q.span.end.min(f.tokens[k].span.start));
            text[from..f.tokens[k].span.start].trim().is_empty()
        }
    };
    // (the token after the cue)
    let offset_at = |end: usize| -> Option<usize> {
        if !adjacent(end) {
            return None;
        }
        match f.lang {
            crate::text::Lang::En => EN_OFFSET_WORDS.contains(&word(end)).then_some(end + 1),
            crate::text::Lang::Fr => {
                ((adjacent(end + 1) || word(end) == "au" || word(end) == "en")
                    && FR_OFFSET_WORDS.contains(&(word(end), word(end + 1))))
                .then_some(end + 2)
            }
        }
    };
    offset_at(after_expression).or_else(|| after_noun.and_then(offset_at))
}

/// Words after an offset's cue within which what it is measured from
/// stands ("above the previous record", "au-dessus du précédent record").
const REFERENCE_REACH: usize = 3;

/// A figure bound to a country in a list ("France (35)") counts what the
/// window counts: the claim's noun must be said there, often in the
/// sentence that opens the list ("serveurs" for "35 NSO servers"; not for
/// "40 enquêtes").
fn noun_stated(cx: &MatchContext<'_>, cq: &Quantity) -> bool {
    let Some(noun) = &cq.noun else {
        return true;
    };
    let claim = cx.claim;
    let head = noun.head;
    if claim.keys.words.get(head).is_none_or(|k| k.is_empty()) {
        return true;
    }
    (0..cx.window.len()).any(|s| cx.claim_token_in(head, s))
}

/// A differing figure contradicts only within the same frame: the same
/// polarity ("3% ne sont pas d'accord" and "97% s'accordent" count the two
/// sides of one whole) and no period of the claim that the sentence gives
/// otherwise ("depuis 2021" against "depuis 2019": other totals). A
/// negation that a contrast, a cause or a relative word parts from the
/// figure is another statement's ("arrested two men ..., but the paintings
/// have not been found"); a comma alone does not part them ("Two men,
/// police said, were not charged").
fn same_frame(cx: &MatchContext<'_>, s: usize, sq: &Quantity) -> bool {
    let sentence = cx.window[s].facts;
    let parted = |cue: &crate::facts::Cue| {
        let (a, b) = if cue.tokens.start < sq.tokens.start {
            (cue.tokens.end, sq.tokens.start)
        } else {
            (sq.tokens.end, cue.tokens.start)
        };
        sentence.tokens[a.min(b)..b]
            .iter()
            .any(|t| CLAUSE_WORDS.contains(&t.norm.as_str()))
    };
    let figure_negated = sentence.negations.iter().any(|cue| !parted(cue));
    if cx.claim.negated() != figure_negated {
        return false;
    }
    // (a start that dates the event a clause after it tells, "depuis 2018,
    // quand les conducteurs avaient cessé le travail", is that point in
    // time, as the date rule reads it)
    let text = cx.window[s].text;
    let other_period = |cd: &crate::facts::DateFact, sd: &crate::facts::DateFact| {
        cd.since != sd.since && (cd.since || !super::date::start_of_named_event(text, sd))
    };
    !cx.claim.dates.iter().any(|cd| {
        sentence
            .dates
            .iter()
            .any(|sd| compare_dates(cd, sd).0 == Comparison::Mismatch || other_period(cd, sd))
    })
}

#[cfg(test)]
mod tests {
    use super::super::table::{Case, EffectsRow, assert_effect_lists, assert_effects, kinds};
    use crate::matcher::finding::Effect::{self, Blocks, Contradicts, Supports};
    use crate::matcher::finding::Kind;
    use crate::text::Lang::{self, En, Fr};

    const SERVERS: &str = "Amnesty International accusait l'entreprise israélienne NSO de détenir des serveurs hébergés dans des pays occidentaux dont l'Allemagne, le Royaume-Uni, la Suisse, la France et les Etats-Unis. | Le nombre de serveurs présents dans chaque pays a été précisé : Allemagne (212), Royaume-Uni (79), Suisse (36), France (35) et Etats-Unis (28).";
    const TARGETS: &str = "Il aurait permis d'espionner les numéros d'au moins 180 journalistes, 85 militants des droits humains ou encore de 14 chefs d'État dont le président français Emmanuel Macron.";

    /// claim, its language, window, its language, and the expected finding:
    /// effect, claim side, source side, what it is about.
    type NumberRow<'a> = (
        &'a str,
        crate::text::Lang,
        &'a str,
        crate::text::Lang,
        Effect,
        &'a str,
        &'a str,
        Option<&'a str>,
    );

    /// Every number against the servers list and the targets sentence.
    const NUMBERS: &[NumberRow] = &[
        // "nearly", "presque": not over the figure ("la totalité de sa
        // récolte", 100 %, is not nearly half of it)
        (
            "Marc Dulac a perdu la totalité de sa récolte.",
            Fr,
            "A local vineyard owner, Marc Dulac, said he had lost nearly half of his harvest.",
            En,
            Contradicts,
            "totalité",
            "nearly half",
            Some("harvest"),
        ),
        (
            "Soixante-cinq pompiers ont combattu l'incendie à Castelmar.",
            Fr,
            "Presque 50 pompiers ont combattu l'incendie à Castelmar dimanche.",
            Fr,
            Contradicts,
            "Soixante-cinq",
            "Presque 50",
            Some("pompiers"),
        ),
        (
            "Forty-eight firefighters fought the blaze in Castelmar.",
            En,
            "Nearly 50 firefighters fought the blaze in Castelmar on Sunday.",
            En,
            Supports,
            "Forty-eight",
            "Nearly 50",
            Some("firefighters"),
        ),
        // the dead counted by the verb of the people counted are the dead
        // a noun counts, and the hurt are not ("onze morts et quatre
        // blessés")
        (
            "Quatre personnes sont mortes dans une collision près de Montélimar.",
            Fr,
            "Une collision entre un car et un camion près de Montélimar a fait onze morts et quatre blessés samedi.",
            Fr,
            Contradicts,
            "Quatre",
            "onze",
            Some("morts"),
        ),
        (
            "Four people died in a collision near Montélimar.",
            En,
            "A collision between a coach and a lorry near Montélimar left eleven dead and four injured on Saturday.",
            En,
            Contradicts,
            "Four",
            "eleven",
            Some("dead"),
        ),
        // a short past tense ends the counted noun ("fishermen died"), and
        // a source's cause says the claim's verb ("killed": died)
        (
            "Two fishermen died on the boat.",
            En,
            "One fisherman was killed when his boat sank.",
            En,
            Contradicts,
            "Two",
            "One",
            Some("fisherman"),
        ),
        // one unit of time with the article is a duration of one
        (
            "The Kerhuon bridge was closed to traffic for two weeks.",
            En,
            "Le pont de Kerhuon a été fermé à la circulation pendant une semaine.",
            Fr,
            Contradicts,
            "two",
            "une",
            Some("semaine"),
        ),
        (
            "Le pont de Kerhuon a été fermé à la circulation pendant deux semaines.",
            Fr,
            "The Kerhuon bridge was closed to traffic for a week.",
            En,
            Contradicts,
            "deux",
            "a",
            Some("week"),
        ),
        (
            "France hosted 35 NSO servers.",
            En,
            SERVERS,
            Fr,
            Supports,
            "35",
            "35",
            Some("France"),
        ),
        (
            "Switzerland hosted 35 NSO servers.",
            En,
            SERVERS,
            Fr,
            Contradicts,
            "35",
            "36",
            Some("Suisse"),
        ),
        (
            "La Suisse hébergeait 36 serveurs de NSO.",
            Fr,
            SERVERS,
            Fr,
            Supports,
            "36",
            "36",
            Some("Suisse"),
        ),
        (
            "Italy hosted 35 NSO servers.",
            En,
            SERVERS,
            Fr,
            Blocks,
            "35",
            "",
            Some("NSO servers"),
        ),
        // a country's figure in the list counts servers, not journalists
        (
            "At least 190 journalists were spied on.",
            En,
            SERVERS,
            Fr,
            Blocks,
            "At least 190",
            "",
            Some("journalists"),
        ),
        (
            "14 heads of state were targeted.",
            En,
            TARGETS,
            Fr,
            Supports,
            "14",
            "14",
            Some("chefs d'État"),
        ),
        (
            "65 heads of state were targeted.",
            En,
            TARGETS,
            Fr,
            Contradicts,
            "65",
            "14",
            Some("chefs d'État"),
        ),
        (
            "Le logiciel aurait permis d'espionner au moins 190 journalistes.",
            Fr,
            TARGETS,
            Fr,
            Contradicts,
            "au moins 190",
            "au moins 180",
            Some("journalistes"),
        ),
        (
            "Pegasus was used to spy on at least 180 journalists.",
            En,
            TARGETS,
            Fr,
            Supports,
            "at least 180",
            "au moins 180",
            Some("journalistes"),
        ),
        // a negation after "but" is another statement's; a comma alone
        // does not part it from the figure
        (
            "Police arrested three men near the border.",
            En,
            "Police arrested two men near the border, but the paintings have not been found.",
            En,
            Contradicts,
            "three",
            "two",
            Some("men"),
        ),
        (
            "La police a interpellé trois hommes près de la frontière.",
            Fr,
            "La police a interpellé deux hommes près de la frontière, mais les tableaux n'ont pas été retrouvés.",
            Fr,
            Contradicts,
            "trois",
            "deux",
            Some("hommes près de la frontière"),
        ),
        (
            "Police charged three men.",
            En,
            "Two men, police said, were not charged.",
            En,
            Blocks,
            "three",
            "",
            Some("men"),
        ),
        (
            "La police a inculpé trois hommes.",
            Fr,
            "Deux hommes, selon la police, n'ont pas été inculpés.",
            Fr,
            Blocks,
            "trois",
            "",
            Some("hommes"),
        ),
        // a measure is no count of things
        (
            "The previous record, set in 1998, was 5.3 metres.",
            En,
            "No deaths were reported, but two firefighters were treated in hospital. | The river peaked at 5.8 metres on Sunday, half a metre above the record set in 1998.",
            En,
            Blocks,
            "5.3",
            "",
            Some("metres"),
        ),
        (
            "Le record précédent, établi en 1998, était de 5,3 mètres.",
            Fr,
            "Aucun mort n'a été signalé, mais deux pompiers ont été soignés à l'hôpital. | La rivière a culminé à 5,8 mètres dimanche, un demi-mètre au-dessus du record de 1998.",
            Fr,
            Blocks,
            "5,3",
            "",
            Some("mètres"),
        ),
    ];

    /// A figure of change is not a level ("fell to 7%" / "fell by 7% to
    /// 9%"), the level left is not the level reached, and a figure given
    /// for another month of a series is that month's ("3% in May, after 2%
    /// in April"); the same figure of the same kind and time is stated.
    #[test]
    fn a_change_a_level_and_another_months_figure_are_other_figures() {
        let table: &[(&str, Lang, &str, Lang, bool)] = &[
            (
                "Unemployment in Varenne fell to 7%.",
                En,
                "Unemployment in Varenne fell by 7% to 9%.",
                En,
                false,
            ),
            (
                "Le chômage à Varenne a baissé de 7 %.",
                Fr,
                "Unemployment in Varenne fell to 7%.",
                En,
                false,
            ),
            (
                "Le chômage à Varenne est tombé à 9 %.",
                Fr,
                "Le chômage à Varenne est passé de 9 % à 7 %.",
                Fr,
                false,
            ),
            (
                "Le chômage à Varenne est tombé à 7 %.",
                Fr,
                "Unemployment in Varenne fell from 9% to 7%.",
                En,
                true,
            ),
            (
                "Prices in Varenne rose 2% in May.",
                En,
                "Prices in Varenne rose 3% in May, after 2% in April.",
                En,
                false,
            ),
            (
                "Les prix à Varenne ont augmenté de 2 % en mai.",
                Fr,
                "Les prix à Varenne ont augmenté de 3 % en mai, après 2 % en avril.",
                Fr,
                false,
            ),
            (
                "Prices in Varenne rose 2% in April.",
                En,
                "Les prix à Varenne ont augmenté de 3 % en mai, après 2 % en avril.",
                Fr,
                true,
            ),
        ];
        for &(claim, cl, window, wl, stated) in table {
            let found = Case::new(claim, cl, window, wl).findings_of("number");
            let supports = found.iter().any(|f| f.effect == Supports);
            assert_eq!(supports, stated, "{claim} / {window}: {found:?}");
        }
    }

    /// A range is a lower and an upper bound: a figure within it agrees
    /// with both, one past it contradicts the bound it passes; a claim's
    /// figure within a window's range is not stated, one past it is
    /// contradicted.
    #[test]
    fn a_range_is_two_bounds() {
        let table: &[EffectsRow] = &[
            (
                "Between 10 and 20 people were arrested in Varenne.",
                En,
                "Police arrested 15 people in Varenne on Sunday.",
                En,
                &[Supports, Supports],
            ),
            (
                "Entre 10 et 20 personnes ont été arrêtées à Varenne.",
                Fr,
                "Police arrested 35 people in Varenne on Sunday.",
                En,
                &[Supports, Contradicts],
            ),
            (
                "Police arrested 35 people in Varenne.",
                En,
                "Entre 10 et 20 personnes ont été arrêtées à Varenne dimanche.",
                Fr,
                &[Contradicts],
            ),
            (
                "The repairs in Varenne will cost 2.5 million euros.",
                En,
                "Les réparations à Varenne coûteront entre 2 et 3 millions d'euros.",
                Fr,
                &[Blocks],
            ),
        ];
        assert_effect_lists("number", table);
    }

    #[test]
    fn a_bounds_figure_is_not_every_figure_within_it() {
        // a figure within the claim's bound is no copy of the claim's
        // figure beside another noun ("eight planes" is not "fewer than
        // 300"), nor the claim's figure without the claim's verb
        let fought = "More than 600 firemen, supported by eight water-bombing planes sent by Spain, Italy and Greece, fought the fire.";
        let treated = "No deaths were reported, but two firefighters were treated in hospital for minor injuries.";
        let soignes = "Aucun mort n'a été signalé, mais deux pompiers ont été soignés à l'hôpital pour des blessures légères.";
        let table: &[EffectsRow] = &[
            (
                "Moins de 300 pompiers ont combattu l'incendie.",
                Fr,
                fought,
                En,
                &[Contradicts],
            ),
            (
                "Au plus 300 pompiers ont combattu l'incendie.",
                Fr,
                fought,
                En,
                &[Contradicts],
            ),
            (
                "Fewer than 300 firefighters were mobilised.",
                En,
                treated,
                En,
                &[Blocks],
            ),
            (
                "Moins de 300 pompiers ont été mobilisés.",
                Fr,
                soignes,
                Fr,
                &[Blocks],
            ),
            // (with the claim's verb, a figure within the bound states it)
            (
                "Fewer than 300 firefighters were treated in hospital.",
                En,
                treated,
                En,
                &[Supports],
            ),
            (
                "Moins de 300 pompiers ont été soignés à l'hôpital.",
                Fr,
                soignes,
                Fr,
                &[Supports],
            ),
        ];
        assert_effect_lists("number", table);
    }

    /// A figure of the claim found bound in a sentence says the sentence
    /// states the claim's event, whatever verb it uses: another figure of
    /// the claim that differs there contradicts though the claim's verb is
    /// missing; alone, a differing figure may be another event's.
    #[test]
    fn a_figure_found_bound_stands_for_the_missing_verb() {
        let led = "L'enquête a été menée par plus de 60 journalistes issus de 14 rédactions basées dans 9 pays.";
        let table: &[EffectsRow] = &[
            (
                "The inquiry mobilised journalists working for 14 newsrooms spread over 11 countries.",
                En,
                led,
                Fr,
                &[Supports, Contradicts],
            ),
            (
                "L'enquête a mobilisé des journalistes travaillant pour 14 rédactions réparties dans 11 pays.",
                Fr,
                led,
                Fr,
                &[Supports, Contradicts],
            ),
            (
                "The inquiry mobilised journalists working in 11 countries spread over the world.",
                En,
                led,
                Fr,
                &[Blocks],
            ),
            (
                "L'enquête a mobilisé des journalistes travaillant dans 11 pays répartis sur le globe.",
                Fr,
                led,
                Fr,
                &[Blocks],
            ),
        ];
        assert_effect_lists("number", table);
    }

    #[test]
    fn numbers_table() {
        for &(claim, cl, window, wl, effect, c, s, about) in NUMBERS {
            let found = Case::new(claim, cl, window, wl).findings_of("number");
            assert_eq!(found.len(), 1, "{claim}");
            let f = &found[0];
            assert_eq!(
                (
                    f.effect,
                    f.claim.as_str(),
                    f.source.as_str(),
                    f.about.as_deref()
                ),
                (effect, c, s, about),
                "{claim}"
            );
            assert_eq!(f.kind, Kind::Number);
        }
    }

    #[test]
    fn a_figure_bound_through_the_general_dictionary_beside_the_claims_own() {
        // "logement" -> "residence", stemmed like "residents": the claim's
        // own figure stands beside, for homes the keys do not relate
        let flood = "About 2,300 homes were flooded, according to the county emergency service, and 600 residents spent the night in the sports hall.";
        let found = Case::new("Environ 2 300 logements ont été inondés.", Fr, flood, En)
            .findings_of("number");
        assert!(found.iter().all(|f| f.effect != Contradicts), "{found:?}");
        // a noun the glossary carries across still binds its figure
        let found = Case::new(
            "Quatorze ministres ont été visés.",
            Fr,
            "Twenty ministers and 14 journalists were targeted.",
            En,
        )
        .findings_of("number");
        assert!(found.iter().any(|f| f.effect == Contradicts), "{found:?}");
    }

    /// A figure bound to nothing is the claim's only where the window
    /// states the claim's subject too.
    /// A claim's aside between commas that opens on a participle is said
    /// of the subject before it: the amount after it is the subject's.
    #[test]
    fn an_aside_between_commas_leaves_the_amount_to_its_subject() {
        let plan = "Le gouvernement a rappelé qu'un plan contre les inondations de 60 millions d'euros avait été lancé en 2020.";
        let table = [
            (
                "Le plan contre les inondations, lancé en 2020, s'élève à 80 millions d'euros.",
                Fr,
                plan,
                Fr,
                Contradicts,
            ),
            (
                "Le plan contre les inondations, lancé en 2020, s'élève à 60 millions d'euros.",
                Fr,
                plan,
                Fr,
                Supports,
            ),
            (
                "The flood plan, launched in 2020, is worth 80 million euros.",
                En,
                "The government recalled that a flood plan of 60 million euros had been launched in 2020.",
                En,
                Contradicts,
            ),
            // an aside that is no participle is not skipped
            (
                "Le plan contre les inondations, en revanche, s'élève à 80 millions d'euros.",
                Fr,
                plan,
                Fr,
                Blocks,
            ),
        ];
        assert_effects("number", &table);
    }

    #[test]
    fn an_unbound_figure_needs_the_claims_subject() {
        let table = [
            (
                "Le gouvernement a proposé 400 millions de livres à Vantor.",
                Fr,
                "Vantor a proposé de chiffrer le coût de la conversion à 400 millions de livres.",
                Fr,
                Blocks,
            ),
            (
                "The government offered 400 million pounds to Vantor.",
                En,
                "Vantor offered to put the cost of the conversion at 400 million pounds.",
                En,
                Blocks,
            ),
            (
                "Le gouvernement a proposé 400 millions de livres à Vantor.",
                Fr,
                "The government offered Vantor 400 million pounds.",
                En,
                Supports,
            ),
        ];
        assert_effects("number", &table);
    }

    /// Figures given on several parties' words: the claim's party's figure
    /// decides, another party's neither supports nor contradicts it, and a
    /// claim that names no party is not contradicted by one of them.
    #[test]
    fn figures_on_several_parties_words() {
        let fr = "La marche a réuni 12 000 personnes selon les organisateurs, 4 500 selon la préfecture.";
        let en = "12,000 people marched according to the organisers, and 4,500 according to the prefecture.";
        let table = [
            (
                "Selon la préfecture, 4 500 personnes ont marché.",
                Fr,
                fr,
                Fr,
                Supports,
            ),
            (
                "Selon la préfecture, 12 000 personnes ont marché.",
                Fr,
                fr,
                Fr,
                Contradicts,
            ),
            (
                "According to the prefecture, 4,500 people marched.",
                En,
                fr,
                Fr,
                Supports,
            ),
            (
                "According to the organisers, 4,500 people marched.",
                En,
                en,
                En,
                Contradicts,
            ),
            (
                "Selon les organisateurs, 12 000 personnes ont marché.",
                Fr,
                en,
                En,
                Supports,
            ),
            (
                "Selon le syndicat, 65 % des infirmiers étaient en grève.",
                Fr,
                "Selon le syndicat, 65 % des infirmiers étaient en grève ; la direction avance le chiffre de 40 %.",
                Fr,
                Supports,
            ),
            (
                "According to management, 65% of nurses were on strike.",
                En,
                "According to the union, 65% of nurses were on strike; management put the figure at 40%.",
                En,
                Contradicts,
            ),
            (
                "Selon la direction, 65 % des infirmiers étaient en grève.",
                Fr,
                "According to the union, 65% of nurses were on strike; management put the figure at 40%.",
                En,
                Contradicts,
            ),
        ];
        assert_effects("number", &table);
        // a claim with no party, or another party than the figure's
        for (claim, cl, window) in [
            ("8 000 personnes ont marché.", Fr, fr),
            ("8,000 people marched.", En, en),
            (
                "Selon les organisateurs, 5 000 personnes ont marché.",
                Fr,
                "La marche a réuni 3 000 personnes selon la police.",
            ),
        ] {
            let found = Case::new(claim, cl, window, Fr).findings_of("number");
            assert!(
                found.iter().all(|f| f.effect != Contradicts),
                "{claim}: {found:?}"
            );
        }
    }

    /// A figure in years is an age, a time ago or a length of time, and
    /// compares only with one that measures alike: an age with an age of
    /// the same name, written as an apposition or after "a", "âgé de",
    /// "years old", "aged".
    #[test]
    fn ages_compare_with_ages_of_the_same_name() {
        let table = [
            // an age against how long something lasted
            (
                "James Clark a 86 ans.",
                Fr,
                "James Clark a travaillé 68 ans à la mine.",
                Fr,
                Blocks,
            ),
            (
                "Le pont a 86 ans.",
                Fr,
                "Le pont a été fermé pendant 8 ans.",
                Fr,
                Blocks,
            ),
            (
                "The bridge was built 86 years ago.",
                En,
                "The bridge was closed for 8 years.",
                En,
                Blocks,
            ),
            // a time ago against a length, and against a time ago
            (
                "The bridge closed three years ago.",
                En,
                "The bridge, which closed in 2021, had been in use for 30 years.",
                En,
                Blocks,
            ),
            (
                "Le pont a été construit il y a 30 ans.",
                Fr,
                "Le pont, construit il y a 50 ans, a été fermé.",
                Fr,
                Contradicts,
            ),
            // a sentence of years is not the prisoner's age
            (
                "Le détenu a été condamné à 45 ans de prison.",
                Fr,
                "Le détenu, 45 ans, condamné à 12 ans de prison, a été libéré.",
                Fr,
                Blocks,
            ),
            // an age against an age, of the same name
            (
                "James Clark is 86 years old.",
                En,
                "The car belonged to James Clark, 68, a friend of the family.",
                En,
                Contradicts,
            ),
            (
                "James Clark is 68 years old.",
                En,
                "The car belonged to James Clark, 68, a friend of the family.",
                En,
                Supports,
            ),
            (
                "Robert Senacal est âgé de 53 ans.",
                Fr,
                "La police recherche Robert Senacal, 35 ans, de Cortlandt Manor.",
                Fr,
                Contradicts,
            ),
            (
                "Robert Senacal, âgé de 35 ans, est recherché par la police.",
                Fr,
                "Police are looking for Robert Senacal, 35, of Cortlandt Manor.",
                En,
                Supports,
            ),
            // the subject's age is no count of the subject
            (
                "Maria Lopez, 14, was released.",
                En,
                "Maria Lopez, 41, was released.",
                En,
                Contradicts,
            ),
            // ... nor is another name's age the claim's
            (
                "James Jones is 86 years old.",
                En,
                "The car belonged to James Clark, 68, a friend of James Jones.",
                En,
                Blocks,
            ),
            (
                "James Jones a 86 ans.",
                Fr,
                "La voiture appartenait à James Clark, 68 ans, un ami de James Jones.",
                Fr,
                Blocks,
            ),
        ];
        assert_effects("number", &table);
    }

    /// Times of the day compare when the window's stands in the clause of
    /// the claim's verb; another event's time says nothing.
    #[test]
    fn times_of_the_day_of_the_claims_event() {
        let table = [
            (
                "Le conseil a commencé à 14 h.",
                Fr,
                "Le conseil a commencé à 14 h 30.",
                Fr,
                Contradicts,
            ),
            (
                "Le conseil a commencé à 14 h 30.",
                Fr,
                "Le conseil a commencé à 14h30.",
                Fr,
                Supports,
            ),
            (
                "Le conseil s'est terminé à 16 h.",
                Fr,
                "Le conseil a commencé à 14 h et s'est terminé à 16 h 30.",
                Fr,
                Contradicts,
            ),
            (
                "Le conseil a commencé à 14 h.",
                Fr,
                "La conférence de presse a eu lieu à 13 h, puis le conseil a commencé.",
                Fr,
                Blocks,
            ),
        ];
        assert_effects("number", &table);
    }

    /// Two heads with one complement of two words or more ("défenseurs" /
    /// "militants des droits humains") count the same people for an
    /// agreeing figure, never for a differing one.
    #[test]
    fn heads_paired_by_their_complement() {
        let fr = "Le logiciel aurait permis d'espionner au moins 85 militants des droits humains.";
        let en = "At least 85 activists of human rights were spied on.";
        let table = [
            (
                "Au moins 85 défenseurs des droits humains auraient été espionnés.",
                Fr,
                fr,
                Fr,
                Supports,
            ),
            (
                "At least 85 defenders of human rights were spied on.",
                En,
                en,
                En,
                Supports,
            ),
            (
                "Au moins 85 défenseurs des droits humains auraient été espionnés.",
                Fr,
                en,
                En,
                Supports,
            ),
            // another figure: no ground for a contradiction
            (
                "Au moins 90 défenseurs des droits humains auraient été espionnés.",
                Fr,
                fr,
                Fr,
                Blocks,
            ),
            // a complement of one word names too little
            (
                "Le logiciel a visé 50 000 appels de téléphone.",
                Fr,
                "Le logiciel a visé 50 000 numéros de téléphone.",
                Fr,
                Blocks,
            ),
        ];
        assert_effects("number", &table);
    }

    /// Each row's first number finding against a French window: (claim,
    /// its language, the finding's effect).
    fn assert_first_number_effects(window: &str, table: &[(&str, Lang, Effect)]) {
        for &(claim, lang, want) in table {
            let found = Case::new(claim, lang, window, Fr).findings_of("number");
            assert_eq!(found[0].effect, want, "{claim}: {found:?}");
        }
    }

    /// Every finding of the number rule keeps the window from supporting.
    fn assert_only_blocks(claim: &str, cl: Lang, window: &str, wl: Lang) {
        let found = Case::new(claim, cl, window, wl).findings_of("number");
        assert!(
            found.iter().all(|f| f.effect == Blocks),
            "{claim}: {found:?}"
        );
    }

    /// The same measure in the same unit is the claim's, whatever verb
    /// says it: it supports and anchors the statement; another value in
    /// that unit may measure something else and does not contradict.
    #[test]
    fn the_same_measure_in_the_same_unit_anchors() {
        let fire = "The blaze has burned about 2,300 hectares of forest.";
        for (claim, cl, window, wl) in [
            (
                "Le feu a dévasté environ 2 300 hectares de forêt.",
                Fr,
                fire,
                En,
            ),
            (
                "The flood covered 300 hectares.",
                En,
                "La crue a inondé 300 hectares.",
                Fr,
            ),
        ] {
            let found = Case::new(claim, cl, window, wl).findings_of("number");
            assert!(
                found.iter().any(|f| f.effect == Supports && f.anchors),
                "{claim}: {found:?}"
            );
        }
        assert_only_blocks(
            "Le feu a dévasté environ 6 000 hectares de forêt.",
            Fr,
            fire,
            En,
        );
    }

    /// The claim's figure given again for "others" beside the claim's
    /// verb: the differing figure counts another group, and does not
    /// contradict; with the claim's verb beside the differing figure, it
    /// still does.
    #[test]
    fn a_figure_given_again_for_others() {
        let fire = "The fire destroyed 12 homes and damaged 30 others.";
        assert_only_blocks("The fire damaged 30 homes.", En, fire, En);
        assert_only_blocks(
            "L'incendie a endommagé 30 maisons.",
            Fr,
            "L'incendie a détruit 12 maisons et en a endommagé 30 autres.",
            Fr,
        );
        assert_only_blocks(
            "Two people were arrested on Tuesday.",
            En,
            "Three people were arrested on Monday and two more on Tuesday.",
            En,
        );
        let found = Case::new("The fire destroyed 30 homes.", En, fire, En).findings_of("number");
        assert!(found.iter().any(|f| f.effect == Contradicts), "{found:?}");
    }

    /// A figure broken down by place the claim does not name is a part: it
    /// does not contradict the claim's figure, which may be the whole; a
    /// claim that names the place still meets its part.
    #[test]
    fn a_part_by_place() {
        let staff = "Orvex employs 1,200 people in Halden and 300 in Arlay.";
        assert_only_blocks("Orvex employs 1,500 people.", En, staff, En);
        assert_only_blocks(
            "Orvex emploie 1 500 personnes.",
            Fr,
            "Orvex emploie 1 200 personnes à Halden et 300 à Arlay.",
            Fr,
        );
        for claim in [
            "Orvex employs 1,500 people in Halden.",
            "Orvex employs 900 people in Arlay.",
        ] {
            let found = Case::new(claim, En, staff, En).findings_of("number");
            assert!(
                found.iter().any(|f| f.effect == Contradicts),
                "{claim}: {found:?}"
            );
        }
    }

    /// The figure of an act put ahead or aimed at counts what is expected:
    /// it does not contradict a claim that says the act done, and does
    /// contradict one that says it ahead too.
    #[test]
    fn a_figure_of_an_act_ahead_is_not_the_done_acts() {
        for (claim, cl, window, wl) in [
            (
                "Orvex cut 250 jobs.",
                En,
                "Orvex said it would cut 180 jobs by 2027.",
                En,
            ),
            (
                "Orvex cut 250 jobs.",
                En,
                "Orvex plans to cut 180 jobs.",
                En,
            ),
            (
                "The bridge cost 20 million euros.",
                En,
                "The bridge will cost 30 million euros.",
                En,
            ),
            (
                "Orvex a supprimé 250 emplois.",
                Fr,
                "Orvex supprimera 180 emplois d'ici 2027.",
                Fr,
            ),
            (
                "Orvex a supprimé 250 emplois.",
                Fr,
                "Orvex a annoncé qu'elle allait supprimer 180 emplois.",
                Fr,
            ),
            (
                "Orvex a supprimé 250 emplois.",
                Fr,
                "Orvex souhaite supprimer 180 emplois.",
                Fr,
            ),
        ] {
            assert_only_blocks(claim, cl, window, wl);
        }
        for (claim, cl, window, wl) in [
            (
                "Orvex will cut 250 jobs.",
                En,
                "Orvex will cut 180 jobs.",
                En,
            ),
            (
                "Orvex va supprimer 250 emplois.",
                Fr,
                "Orvex supprimera 180 emplois.",
                Fr,
            ),
            ("Orvex cut 250 jobs.", En, "Orvex cut 180 jobs.", En),
        ] {
            let found = Case::new(claim, cl, window, wl).findings_of("number");
            assert!(
                found.iter().any(|f| f.effect == Contradicts),
                "{claim}: {found:?}"
            );
        }
    }

    /// The infinitive a past modal governs is the claim's verb ("ont dû
    /// quitter", "had to leave"): a window without it tells of another
    /// event, and its differing figure does not contradict.
    #[test]
    fn a_past_modals_infinitive_is_the_claims_verb() {
        assert_only_blocks(
            "Près de 3 000 habitants de la vallée ont dû quitter la ville.",
            Fr,
            "About 4,000 residents of the valley signed a petition.",
            En,
        );
        assert_only_blocks(
            "About 3,000 residents of the valley had to leave the town.",
            En,
            "Environ 4 000 habitants de la vallée ont signé une pétition.",
            Fr,
        );
    }

    /// A figure the window gives several countries together is a whole the
    /// figure of one of them is part of: more than it contradicts, fewer is
    /// not said; a length of time each of them shares is no sum.
    #[test]
    fn a_figure_of_the_listed_countries_together_is_a_whole() {
        let fought = "More than 600 firefighters, supported by eight water-bombing planes sent by Spain, Italy and Greece, fought the blaze.";
        let huit =
            "Huit avions envoyés par l'Espagne, l'Italie et la Grèce ont combattu l'incendie.";
        let ages = "Plusieurs pays, dont les États-Unis, le Canada et le Cambodge, autorisent la vaccination des enfants de moins de 12 ans.";
        let table: &[EffectsRow] = &[
            ("Greece sent one plane.", En, fought, En, &[Blocks]),
            ("La Grèce a envoyé deux avions.", Fr, huit, Fr, &[Blocks]),
            (
                "La Grèce a envoyé dix avions.",
                Fr,
                huit,
                Fr,
                &[Contradicts],
            ),
            ("Greece sent ten planes.", En, fought, En, &[Contradicts]),
            (
                "Le Cambodge autorise la vaccination des enfants de moins de 12 ans.",
                Fr,
                ages,
                Fr,
                &[Supports],
            ),
        ];
        assert_effect_lists("number", table);
    }

    /// A figure a list gives another country is that country's, even when
    /// it counts the claim's noun after the claim's verb; a figure of one
    /// of the claim's listed countries is that country's part.
    #[test]
    fn a_figure_of_another_country_of_a_list_is_not_the_claims() {
        let found = Case::new(
            "L'Italie a envoyé quatre avions.",
            Fr,
            "L'Espagne a envoyé quatre avions, l'Italie trois et la Grèce deux.",
            Fr,
        )
        .findings_of("number");
        assert_eq!(kinds(&found), [(Kind::Number, Contradicts)], "{found:?}");
        let found = Case::new(
            "Italy sent three planes.",
            En,
            "Spain sent four of the planes, Italy three and Greece one.",
            En,
        )
        .findings_of("number");
        assert_eq!(kinds(&found), [(Kind::Number, Supports)], "{found:?}");
        // the figure of one country is its part of what a claim gives the
        // listed countries together: no contradiction
        for (claim, cl, window, wl) in [
            (
                "Eight planes were sent by Spain, Italy and Greece.",
                En,
                "Spain sent four of the planes, Italy three and Greece one.",
                En,
            ),
            (
                "L'Espagne, l'Italie et la Grèce ont envoyé huit avions.",
                Fr,
                "Spain sent four of the planes, Italy three and Greece one.",
                En,
            ),
        ] {
            let found = Case::new(claim, cl, window, wl).findings_of("number");
            assert!(
                found.iter().all(|f| f.effect != Contradicts),
                "{claim}: {found:?}"
            );
        }
    }

    /// Two clauses, each a party and its figure: the claim's party's figure
    /// answers the claim, the other's is not the claim's.
    #[test]
    fn a_figure_of_another_partys_clause_is_not_the_claims() {
        let both = "The union is demanding a 6% pay rise, while management is offering 2.5%.";
        let deux = "Le syndicat a réclamé une hausse des salaires de 6 %, tandis que la direction a proposé 2,5 %.";
        let effects = |claim: &str, cl, window: &str, wl| -> Vec<Effect> {
            Case::new(claim, cl, window, wl)
                .findings_of("number")
                .iter()
                .map(|f| f.effect)
                .collect()
        };
        // the claim's party's figure differs
        for (claim, cl, window, wl) in [
            ("The union is demanding a 2.5% pay rise.", En, both, En),
            (
                "The company hired 500 workers in 2023.",
                En,
                "The company hired 300 workers in 2023, while its rival hired 500.",
                En,
            ),
        ] {
            assert_eq!(effects(claim, cl, window, wl), [Contradicts], "{claim}");
        }
        // another party's figure does not support
        for (claim, cl, window, wl) in [
            ("Management is offering a 6% pay rise.", En, both, En),
            (
                "Le syndicat a réclamé une hausse des salaires de 2,5 %.",
                Fr,
                deux,
                Fr,
            ),
            (
                "La direction a proposé une hausse des salaires de 6 %.",
                Fr,
                deux,
                Fr,
            ),
            // the other clause's party before its verb, no determiner
            (
                "The army detained 20 people.",
                En,
                "Police arrested 20 people, while the army detained 15.",
                En,
            ),
            (
                "The mayor vetoed 12 projects.",
                En,
                "The council approved 12 projects, while the mayor vetoed 3.",
                En,
            ),
            (
                "Le maire a approuvé 12 projets.",
                Fr,
                "Le conseil a approuvé 12 projets, tandis que le maire en a rejeté 3.",
                Fr,
            ),
        ] {
            let got = effects(claim, cl, window, wl);
            assert!(!got.contains(&Supports), "{claim}: {got:?}");
        }
        // the party's own figure does
        for (claim, cl, window, wl) in [
            ("The union is demanding a 6% pay rise.", En, both, En),
            ("Management is offering a 2.5% pay rise.", En, both, En),
            // the claim's subject in the figure's clause, after its first word
            (
                "The fire burned 4,500 hectares.",
                En,
                "Firefighters said the fire burned 4,500 hectares, while the 2017 fire burned 7,000 hectares.",
                En,
            ),
            (
                "La direction a proposé une hausse de 2,5 %.",
                Fr,
                "Le syndicat réclame une hausse des salaires de 6 % ; la direction propose une augmentation de 2,5 %.",
                Fr,
            ),
        ] {
            assert_eq!(effects(claim, cl, window, wl), [Supports], "{claim}");
        }
    }

    /// The whole of something ("all of his harvest", "la totalité de sa
    /// récolte", "his entire harvest") is a share of 100 %: half of it
    /// differs.
    #[test]
    fn the_whole_of_something_against_a_part_of_it() {
        for (claim, cl, window, wl, effect) in [
            (
                "Paul Verrin lost all of his harvest.",
                En,
                "Paul Verrin lost half of his harvest.",
                En,
                Contradicts,
            ),
            (
                "Paul Verrin a perdu la totalité de sa récolte.",
                Fr,
                "Paul Verrin lost half of his harvest.",
                En,
                Contradicts,
            ),
            (
                "Paul Verrin a perdu la moitié de sa récolte.",
                Fr,
                "Paul Verrin lost all of his harvest.",
                En,
                Contradicts,
            ),
            (
                "Paul Verrin lost his entire harvest.",
                En,
                "Paul Verrin lost all of his harvest.",
                En,
                Supports,
            ),
        ] {
            let found = Case::new(claim, cl, window, wl).findings_of("number");
            assert_eq!(
                kinds(&found),
                [(Kind::Number, effect)],
                "{claim}: {found:?}"
            );
        }
    }

    /// A finding of the number rule supports the claim.
    fn assert_supports(claim: &str, cl: Lang, window: &str, wl: Lang) {
        let found = Case::new(claim, cl, window, wl).findings_of("number");
        assert!(found.iter().any(|f| f.effect == Supports), "{found:?}");
    }

    /// The claim counts the whole what the window says of a part ("of
    /// whom 300 received", "dont deux pour"): the part contradicts; the
    /// claim's figure as the part, or what the claim says written of the
    /// whole, does not.
    #[test]
    fn what_the_window_says_of_a_part_of_the_whole() {
        let part = "number";
        let table = [
            (
                "1 800 personnes ont reçu le vaccin bivalent lors de l'étude.",
                Fr,
                "L'étude a inclus 1 800 personnes, parmi lesquelles 300 ont reçu le vaccin bivalent.",
                Fr,
            ),
            (
                "1,800 people received the bivalent vaccine in the trial.",
                En,
                "The trial enrolled 1,800 people, of whom 300 received the bivalent vaccine.",
                En,
            ),
            (
                "1 200 salariés ont voté pour la grève.",
                Fr,
                "The plant employs 1,200 workers, of whom 300 voted for the strike.",
                En,
            ),
            (
                "Les deux pays ont mené trois guerres pour la possession de la vallée.",
                Fr,
                "Les deux pays ont mené trois guerres, dont deux pour la possession de la vallée.",
                Fr,
            ),
            (
                "The two countries fought three wars over the valley.",
                En,
                "The two countries fought three wars, of which two over the valley.",
                En,
            ),
        ];
        for (claim, cl, window, wl) in table {
            let found = Case::new(claim, cl, window, wl).findings_of(part);
            assert!(
                found
                    .iter()
                    .any(|f| f.effect == Contradicts && f.source.starts_with(['d', 'p', 'o'])),
                "{claim}: {found:?}"
            );
        }
        // the claim's figure as the part: the part states it
        assert_supports(
            "Les deux pays ont mené deux guerres pour la possession de la vallée.",
            Fr,
            "Les deux pays ont mené trois guerres, dont deux pour la possession de la vallée.",
            Fr,
        );
        assert_supports(
            "The two countries fought two wars over the valley.",
            En,
            "The two countries fought three wars, of which two over the valley.",
            En,
        );
        // what the claim says written of the whole: the whole states it
        assert_supports(
            "Les deux pays ont mené trois guerres pour la possession de la vallée.",
            Fr,
            "Les deux pays ont mené trois guerres pour la possession de la vallée, dont deux gagnées par le nord.",
            Fr,
        );
        // a noun the claim's verb translates is no subject of it
        assert_supports(
            "Deux fidèles ont été tués en Afghanistan.",
            Fr,
            "Les violences ont fait 23 morts, deux fidèles traînés hors d'une mosquée et abattus en Afghanistan.",
            Fr,
        );
        // the same figure as the verb's subject supports
        assert_supports(
            "300 people received the bivalent vaccine in the trial.",
            En,
            "The trial enrolled 1,800 people, of whom 300 received the bivalent vaccine.",
            En,
        );
    }

    /// The claim's figure written without a noun beside a differing figure
    /// bound to the claim's noun is another figure of the sentence (an
    /// earlier year's): for a claim that gives no time, it neither supports
    /// nor, beside the bound one, contradicts.
    #[test]
    fn an_unbound_figure_beside_a_differing_bound_one() {
        let table = [
            (
                "The plant built 160,000 cars.",
                En,
                "The plant built 95,000 cars last year, down from 160,000 in 2019.",
                En,
            ),
            (
                "L'usine a produit 160 000 voitures.",
                Fr,
                "L'usine a produit 95 000 voitures l'an dernier, contre 160 000 en 2019.",
                Fr,
            ),
            (
                "L'usine a produit 160 000 voitures.",
                Fr,
                "The plant built 95,000 cars last year, down from 160,000 in 2019.",
                En,
            ),
        ];
        for (claim, cl, window, wl) in table {
            assert_only_blocks(claim, cl, window, wl);
        }
        // alone, the unbound figure of a sentence stating the claim supports
        assert_supports(
            "The plant built 160,000 cars last year.",
            En,
            "Last year the plant built cars, 160,000 in all.",
            En,
        );
    }

    /// A sentence giving one figure per time: the claim's time picks the
    /// figure that decides, the others are of other times, whatever they
    /// count (a unit, "tonnes", binds nothing elsewhere) and whether or not
    /// the sentence's dates all agree with the claim's.
    #[test]
    fn a_series_in_time_gives_the_figure_of_the_claims_time() {
        const PLANT: &str = "The plant built 95,000 cars last year, down from 160,000 in 2019.";
        const USINE: &str =
            "L'usine a produit 95 000 voitures l'an dernier, contre 160 000 en 2019.";
        const DAIRY: &str =
            "La laiterie Vallon a traité 42 000 tonnes de lait en 2022, contre 35 000 en 2018.";
        let table: &[(&str, Lang, &str, Lang, Effect)] = &[
            (
                "The plant built 160,000 cars last year.",
                En,
                PLANT,
                En,
                Contradicts,
            ),
            (
                "The plant built 95,000 cars last year.",
                En,
                PLANT,
                En,
                Supports,
            ),
            (
                "The plant built 160,000 cars in 2019.",
                En,
                PLANT,
                En,
                Supports,
            ),
            (
                "The plant built 95,000 cars in 2019.",
                En,
                PLANT,
                En,
                Contradicts,
            ),
            (
                "L'usine a produit 160 000 voitures l'an dernier.",
                Fr,
                USINE,
                Fr,
                Contradicts,
            ),
            (
                "En 2019, l'usine a produit 160 000 voitures.",
                Fr,
                USINE,
                Fr,
                Supports,
            ),
            (
                "L'usine a produit 95 000 voitures en 2019.",
                Fr,
                USINE,
                Fr,
                Contradicts,
            ),
            (
                "The plant built 160,000 cars in 2019.",
                En,
                USINE,
                Fr,
                Supports,
            ),
            // across languages, the noun bound through the general
            // dictionary only ("voitures" / "cars"): the claim's figure
            // given for another time is no other thing's figure
            (
                "L'usine a construit 160 000 voitures l'an dernier.",
                Fr,
                PLANT,
                En,
                Contradicts,
            ),
            (
                "L'usine a construit 95 000 voitures l'an dernier.",
                Fr,
                PLANT,
                En,
                Supports,
            ),
            (
                "La laiterie Vallon a traité 35 000 tonnes de lait en 2022.",
                Fr,
                DAIRY,
                Fr,
                Contradicts,
            ),
            (
                "La laiterie Vallon a traité 35 000 tonnes de lait en 2018.",
                Fr,
                DAIRY,
                Fr,
                Supports,
            ),
        ];
        for (claim, cl, window, wl, want) in table {
            let found = Case::new(claim, *cl, window, *wl).findings_of("number");
            assert!(
                found.iter().any(|f| f.effect == *want)
                    && found
                        .iter()
                        .all(|f| f.effect == *want || f.effect == Blocks),
                "{claim} / {window}: {found:?}"
            );
        }
    }

    /// A definite reference ("les quatre kamikazes") gives a count that
    /// supports the claim's same count and never contradicts another.
    #[test]
    fn a_count_given_as_a_definite_reference() {
        let window = "Les attentats ont tué 52 personnes et les quatre kamikazes.";
        let table = [
            ("Quatre kamikazes ont été tués.", Fr, Some(Supports)),
            ("Four suicide bombers were killed.", En, None),
            ("Five kamikazes were killed.", En, None),
            ("Cinq kamikazes ont été tués.", Fr, None),
        ];
        for (claim, lang, want) in table {
            let found = Case::new(claim, lang, window, Fr).findings_of("number");
            assert!(
                found.iter().all(|f| f.effect != Contradicts),
                "{claim}: {found:?}"
            );
            assert_eq!(
                found.iter().any(|f| f.effect == Supports),
                want == Some(Supports),
                "{claim}: {found:?}"
            );
        }
        let found = Case::new(
            "The two ministers resigned.",
            En,
            "Two ministers resigned.",
            En,
        )
        .findings_of("number");
        assert!(
            found.is_empty(),
            "a claim's own reference is no count: {found:?}"
        );
    }

    /// A figure bound to no noun is about what its sentence says when the
    /// sentence says all the rest and holds no other figure of its kind.
    #[test]
    fn a_sole_figure_in_the_same_statement() {
        let table = [
            (
                "Support for the plan reached 40%.",
                En,
                "Support for the plan reached 60%.",
                En,
                Contradicts,
            ),
            (
                "Le soutien au projet a atteint 40 %.",
                Fr,
                "Support for the plan reached 40%.",
                En,
                Supports,
            ),
            (
                "Le soutien au projet a atteint 40 %.",
                Fr,
                "Le soutien au projet a atteint 60 %.",
                Fr,
                Contradicts,
            ),
            // the sentence says something else of the figure
            (
                "Support for the plan reached 40% among women.",
                En,
                "Support for the plan reached 60% among pensioners.",
                En,
                Blocks,
            ),
            // a fragment says too little to pin the figure
            (
                "40% in France.",
                En,
                "Support for the plan reached 60% in France.",
                En,
                Blocks,
            ),
            // two figures of the kind: which one is meant is not said
            (
                "Support for the plan reached 40%.",
                En,
                "Support for the plan reached 60% in May and 55% in June.",
                En,
                Blocks,
            ),
            // ... unless the other says how far it lies from a third
            (
                "The river peaked at 6.8 metres on Sunday.",
                En,
                "The river peaked at 5.8 metres on Sunday, half a metre above the record.",
                En,
                Contradicts,
            ),
            (
                "La rivière a culminé à 6,8 mètres dimanche.",
                Fr,
                "La rivière a culminé à 5,8 mètres dimanche, 50 centimètres au-dessus du record.",
                Fr,
                Contradicts,
            ),
            (
                "Support for the plan reached 40%.",
                En,
                "Support for the plan reached 60%, 5% more than in May.",
                En,
                Contradicts,
            ),
            (
                "Le soutien au projet a atteint 40 %.",
                Fr,
                "Le soutien au projet a atteint 60 %, 5 % de plus qu'en mai.",
                Fr,
                Contradicts,
            ),
            // (but an offset from what the claim speaks of is the claim's
            // figure told otherwise: 4.6 less half a metre)
            (
                "The previous record was 4.1 metres.",
                En,
                "The river peaked at 4.6 metres on Sunday, half a metre above the record.",
                En,
                Blocks,
            ),
            (
                "The record was 4.1 metres.",
                En,
                "La rivière a culminé à 4,6 mètres dimanche, 50 centimètres au-dessus de l'ancien record historique.",
                Fr,
                Blocks,
            ),
            // ... or is another party's, in a clause of its own
            (
                "La mairie a proposé une prime de 4 %.",
                Fr,
                "Le syndicat a réclamé une prime de 6 % ; la mairie a proposé une prime de 2,5 %.",
                Fr,
                Contradicts,
            ),
            (
                "The town hall offered a 4% bonus.",
                En,
                "The union demanded a 6% bonus, while the town hall offered a 2.5% bonus.",
                En,
                Contradicts,
            ),
            // ... and not a word written apart from it
            (
                "The moon has a diameter of 3,746 kilometres.",
                En,
                "Io has a diameter of 3,598 kilometres (2,236 miles), slightly larger than the moon.",
                En,
                Blocks,
            ),
        ];
        assert_effects("number", &table);
    }

    /// A quantity's qualifier and unit are part of the fact, not words the
    /// window must state ("environ", "au moins", "millions de livres").
    #[test]
    fn qualifiers_are_part_of_the_figure() {
        for (claim, cl) in [
            ("Environ 30 personnes étaient présentes.", Fr),
            ("Au moins 30 personnes étaient présentes.", Fr),
            ("At least 30 people were present.", En),
        ] {
            let found = Case::new(claim, cl, "Environ 30 personnes étaient présentes.", Fr)
                .findings_of("wording");
            assert!(
                found.iter().all(|f| !f.claim.contains("environ")
                    && !f.claim.contains("moins")
                    && !f.claim.contains("least")),
                "{claim}: {found:?}"
            );
        }
    }

    /// "Respectively" gives each figure of a list to its name.
    #[test]
    fn respectively_binds_each_figure_to_its_name() {
        let fr =
            "Tyler Jackson et John Jodka ont été condamnés respectivement à 21 mois et 18 mois.";
        let en = "Tyler Jackson and John Jodka were sentenced to 21 and 18 months respectively.";
        assert_effects(
            "number",
            &[
                (
                    "Tyler Jackson a été condamné à 21 mois.",
                    Fr,
                    fr,
                    Fr,
                    Supports,
                ),
                (
                    "Tyler Jackson a été condamné à 18 mois.",
                    Fr,
                    fr,
                    Fr,
                    Contradicts,
                ),
                (
                    "John Jodka was sentenced to 18 months.",
                    En,
                    fr,
                    Fr,
                    Supports,
                ),
                (
                    "John Jodka was sentenced to 21 months.",
                    En,
                    en,
                    En,
                    Contradicts,
                ),
                // someone the list does not name: neither
                ("Paul Smith was sentenced to 18 months.", En, en, En, Blocks),
            ],
        );
    }

    /// A number before two coordinated nouns counts both: a claim about one
    /// of them is neither stated nor contradicted, unless it counts more.
    #[test]
    fn coordinated_nouns_count_a_whole() {
        let lab = "Le laboratoire emploie 120 chercheurs et ingénieurs.";
        let table = [
            ("The lab employs 100 researchers.", En, lab, Fr, Blocks),
            ("The lab employs 120 researchers.", En, lab, Fr, Blocks),
            ("The lab employs 120 engineers.", En, lab, Fr, Blocks),
            ("The lab employs 150 researchers.", En, lab, Fr, Contradicts),
            (
                "Le laboratoire emploie 120 chercheurs et ingénieurs.",
                Fr,
                lab,
                Fr,
                Supports,
            ),
            (
                "The lab employs 150 researchers and engineers.",
                En,
                lab,
                Fr,
                Contradicts,
            ),
            (
                "Le laboratoire emploie 90 chercheurs et ingénieurs.",
                Fr,
                "The lab employs 100 researchers.",
                En,
                Contradicts,
            ),
        ];
        assert_effects("number", &table);
    }

    /// More of a kind is no total: "15 other newsrooms" compares with the
    /// window's others only, and a total with others joined to one thing
    /// ("sa propre rédaction ainsi que 16 autres" are 17); never with a
    /// total of its own.
    #[test]
    fn more_of_a_kind_is_no_total() {
        let others = "Selon le journal, sa propre rédaction (Le Monde) ainsi que 16 autres ont eu accès à la liste.";
        let table = [
            (
                "Le Monde and 15 other newsrooms had access to the list.",
                En,
                others,
                Fr,
                Contradicts,
            ),
            (
                "Le Monde and 16 other newsrooms had access to the list.",
                En,
                others,
                Fr,
                Supports,
            ),
            (
                "Seventeen newsrooms had access to the list.",
                En,
                others,
                Fr,
                Supports,
            ),
            (
                "Eighteen newsrooms had access to the list.",
                En,
                others,
                Fr,
                Contradicts,
            ),
            (
                "Le Monde et 17 autres rédactions ont eu accès à la liste.",
                Fr,
                others,
                Fr,
                Contradicts,
            ),
            (
                "Le Monde and 15 other newsrooms had access to the list.",
                En,
                "Au total, 17 rédactions ont eu accès à la liste.",
                Fr,
                Blocks,
            ),
            (
                "Seventeen newsrooms had access to the list.",
                En,
                "Le Monde et 16 autres rédactions ont eu accès à la liste.",
                Fr,
                Blocks,
            ),
        ];
        assert_effects("number", &table);
    }

    /// An amount in another currency is not the claim's amount, whatever
    /// its figure; the claim's currency beside it settles it.
    #[test]
    fn amounts_in_another_currency() {
        let aid = "The regional government released 12 million euros in emergency aid.";
        let both = "Le pont coûtera 40 millions d'euros (35 millions de livres).";
        let table = [
            (
                "La région a débloqué 12 millions de livres d'aide d'urgence.",
                Fr,
                aid,
                En,
                Contradicts,
            ),
            (
                "La région a débloqué 12 millions d'euros d'aide d'urgence.",
                Fr,
                aid,
                En,
                Supports,
            ),
            (
                "The bridge will cost 35 million pounds.",
                En,
                both,
                Fr,
                Supports,
            ),
        ];
        assert_effects("number", &table);
    }

    /// A bare figure that reads as a year is never the other side's only
    /// figure: "by 2027" is not "about three years".
    #[test]
    fn a_year_like_figure_is_no_sole_figure() {
        // (every word of the claim stated but a figure written bare)
        let claim = "Construction is due to start soon and should take 2027.";
        for (window, lang) in [
            (
                "Construction is due to start soon and should take about three years.",
                En,
            ),
            (
                "La construction doit commencer bientôt et devrait prendre environ trois ans.",
                Fr,
            ),
        ] {
            let found = Case::new(claim, En, window, lang).findings_of("number");
            assert!(
                found.iter().all(|f| f.effect != Contradicts),
                "{window}: {found:?}"
            );
        }
    }

    /// Bounds in opposite directions contradict when no figure satisfies
    /// both, never when one could.
    #[test]
    fn bounds_in_opposite_directions() {
        let led = "L'enquête a été menée par plus de 80 journalistes de 17 rédactions.";
        let table = [
            (
                "The investigation was led by fewer than 50 journalists.",
                En,
                led,
                Fr,
                Contradicts,
            ),
            (
                "L'enquête a été menée par moins de 50 journalistes.",
                Fr,
                led,
                Fr,
                Contradicts,
            ),
            (
                "The investigation was led by fewer than 100 journalists.",
                En,
                led,
                Fr,
                Blocks,
            ),
            // bounds written as comparisons
            (
                "Les assureurs attendent des indemnisations inférieures à 50 millions d'euros.",
                Fr,
                "Insurers expect compensation claims in excess of 80 million euros.",
                En,
                Contradicts,
            ),
            (
                "Insurers expect compensation claims below 50 million euros.",
                En,
                "Les assureurs attendent des indemnisations supérieures à 80 millions d'euros.",
                Fr,
                Contradicts,
            ),
            (
                "The investigation was led by more than 50 journalists.",
                En,
                led,
                Fr,
                Blocks,
            ),
        ];
        assert_effects("number", &table);
    }

    /// Two coordinated nouns sharing their modifier ("hommes et femmes
    /// politiques", "heads of state and government") name one kind of thing
    /// when a glossary phrase spans them: the figure counts it whole.
    #[test]
    fn coordinated_nouns_sharing_a_modifier_count_one_kind() {
        let report = "Le rapport recense 420 hommes et femmes politiques visés par le logiciel.";
        let summit = "The summit gathered 27 heads of state and government in Brussels.";
        let table = [
            (
                "420 politicians were targeted by the software.",
                En,
                report,
                Fr,
                Supports,
            ),
            (
                "Le rapport recense 420 hommes politiques.",
                Fr,
                report,
                Fr,
                Supports,
            ),
            (
                "500 politicians were targeted by the software.",
                En,
                report,
                Fr,
                Contradicts,
            ),
            (
                "27 chefs de gouvernement étaient réunis à Bruxelles.",
                Fr,
                summit,
                En,
                Supports,
            ),
            (
                "30 heads of government gathered in Brussels.",
                En,
                summit,
                En,
                Contradicts,
            ),
            // coordinated without a shared modifier: still a part of a whole
            (
                "The lab employs 120 researchers.",
                En,
                "Le laboratoire emploie 120 chercheurs et ingénieurs.",
                Fr,
                Blocks,
            ),
        ];
        assert_effects("number", &table);
    }

    #[test]
    fn a_bound_match_anchors_and_spans_point_at_the_figures() {
        let found =
            Case::new("France hosted 35 NSO servers.", En, SERVERS, Fr).findings_of("number");
        let f = &found[0];
        assert!(f.anchors);
        assert_eq!(f.claim_span, Some(14..16));
        let at = f.source_span.as_ref().unwrap();
        assert_eq!(at.sentence, 1);
        let second = SERVERS.split(" | ").nth(1).unwrap();
        assert_eq!(&second[at.span.clone()], "35");
    }

    /// A differing figure in another frame decides nothing: a bound at the
    /// figure itself, the other side of a whole, another period.
    #[test]
    fn figures_in_another_frame_do_not_contradict() {
        let table = [
            // another counted noun in the same list: servers, not investigations
            (
                "La France a ouvert 40 enquêtes sur Pegasus.",
                Fr,
                SERVERS,
                Fr,
            ),
            // another role without the claim's verb: investigators, not targets
            (
                "Pegasus targeted at least 180 journalists.",
                En,
                "L'enquête a été menée par plus de 80 journalistes issus de 17 rédactions.",
                Fr,
            ),
            (
                "Insurers expect claims of more than £35 million.",
                En,
                "Insurers expected claims to exceed £35 million.",
                En,
            ),
            (
                "Plus de 75 % des patients avaient des comorbidités.",
                Fr,
                "75 % des patients avaient des comorbidités.",
                Fr,
            ),
            (
                "Only 3% of the scientists do not agree on the human cause.",
                En,
                "Plus de 97 % des scientifiques s'accordent sur la cause humaine.",
                Fr,
            ),
            (
                "Seuls 3 % des scientifiques ne sont pas d'accord sur la cause humaine.",
                Fr,
                "More than 97% of the scientists agree on the human cause.",
                En,
            ),
            // the same noun in another event, with little of the claim
            // stated ("passé" meets "last" through an adjective's sense)
            (
                "Quelque 300 habitants ont passé la nuit dans une école.",
                Fr,
                "About 2,000 residents signed a petition against the plan last year.",
                En,
            ),
            (
                "Some 300 residents spent the night in a school.",
                En,
                "Environ 2 000 habitants ont signé une pétition contre le projet l'an passé.",
                Fr,
            ),
            (
                "Il y a eu moins de 55.000 morts en France depuis 2021.",
                Fr,
                "Le bilan fait état de 120.832 morts en France depuis 2019.",
                Fr,
            ),
            (
                "There were fewer than 55,000 deaths in France in 2021.",
                En,
                "Il y a eu 120.832 morts en France en 2020.",
                Fr,
            ),
        ];
        for (claim, cl, window, wl) in table {
            let found = Case::new(claim, cl, window, wl).findings_of("number");
            assert!(
                found.iter().all(|f| f.effect != Contradicts),
                "{claim}: {found:?}"
            );
        }
        // the same figures in the same frame still contradict
        let found = Case::new(
            "There were fewer than 55,000 deaths in France in 2021.",
            En,
            "Il y a eu 120.832 morts en France en 2021.",
            Fr,
        )
        .findings_of("number");
        assert_eq!(kinds(&found), [(Kind::Number, Contradicts)]);
    }

    /// An amount written before what it funds is bound to it.
    #[test]
    fn nouns_the_coverage_paired_agree_only() {
        // the binding's keys do not relate the nouns, the coverage paired
        // them (a dictionary sense across languages, the encoder within
        // one): an agreeing figure supports, a differing one decides nothing
        // (the dead and the hurt excepted: a harm is bound both ways)
        let table = [
            (
                "Environ 2 300 logements ont été inondés.",
                Fr,
                "About 2,300 homes were flooded.",
                En,
                Supports,
            ),
            (
                "Environ 4 000 logements ont été inondés.",
                Fr,
                "About 2,300 homes were flooded.",
                En,
                Blocks,
            ),
            (
                "About 400 homes along the quay were damaged by the storm.",
                En,
                "About 400 dwellings along the quay were damaged by the storm.",
                En,
                Supports,
            ),
            (
                "About 900 homes along the quay were damaged by the storm.",
                En,
                "About 400 dwellings along the quay were damaged by the storm.",
                En,
                Blocks,
            ),
            // people counted by what they take part in
            (
                "La police a dénombré 2,3 millions de manifestants à Ottawa.",
                Fr,
                "La police a dénombré 2,3 millions de participants à une manifestation à Ottawa.",
                Fr,
                Supports,
            ),
            (
                "La police a dénombré 3 millions de manifestants à Ottawa.",
                Fr,
                "La police a dénombré 2,3 millions de participants à une manifestation à Ottawa.",
                Fr,
                Blocks,
            ),
            // the dead and the hurt, by a noun or by the verb of people counted
            (
                "Douze personnes sont décédées dans l'incendie de l'entrepôt de Mardyck.",
                Fr,
                "L'incendie de l'entrepôt de Mardyck a fait douze morts.",
                Fr,
                Supports,
            ),
            (
                "Twelve people were killed in the Mardyck warehouse fire.",
                En,
                "L'incendie de l'entrepôt de Mardyck a fait douze morts.",
                Fr,
                Supports,
            ),
            // ... bound both ways: another toll of the dead contradicts
            (
                "Quinze personnes sont décédées dans l'incendie de l'entrepôt de Mardyck.",
                Fr,
                "L'incendie de l'entrepôt de Mardyck a fait douze morts.",
                Fr,
                Contradicts,
            ),
            (
                "Two people were injured in the Mardyck warehouse fire.",
                En,
                "L'incendie de l'entrepôt de Mardyck a fait deux blessés.",
                Fr,
                Supports,
            ),
            // the hurt are not the dead
            (
                "Deux personnes sont mortes dans l'incendie de l'entrepôt de Mardyck.",
                Fr,
                "The Mardyck warehouse fire left two injured.",
                En,
                Blocks,
            ),
            // (a noun of a list before a figure is no verb: "21 mois et 18
            // mois" of "respectivement")
            (
                "Tyler Marsh a été condamné à 18 mois.",
                Fr,
                "Tyler Marsh et John Varga ont été condamnés respectivement à 21 mois et 18 mois.",
                Fr,
                Contradicts,
            ),
        ];
        for (claim, lang, window, window_lang, want) in table {
            let found = Case::new(claim, lang, window, window_lang).findings_of("number");
            assert_eq!(found[0].effect, want, "{claim}: {found:?}");
        }
    }

    #[test]
    fn an_amount_before_its_noun() {
        let window = "Un plan de 100 millions d'euros avait été lancé pour équiper nos hôpitaux face aux cyberattaques.";
        let table = [
            (
                "A 200 million euro plan was launched to protect hospitals against cyberattacks.",
                En,
                Contradicts,
            ),
            (
                "A 100 million euro plan was launched to protect hospitals against cyberattacks.",
                En,
                Supports,
            ),
        ];
        assert_first_number_effects(window, &table);
    }

    /// A claim is one statement: its amount belongs to the whole clause
    /// before it, however long its subject.
    #[test]
    fn an_amount_belongs_to_the_claims_whole_clause() {
        let window = "Le ministre a rappelé qu'un plan de 100 millions d'euros avait été lancé il y a un an pour équiper les hôpitaux.";
        let table = [
            (
                "Le plan lancé il y a un an pour équiper les hôpitaux et les écoles de la région était doté de 10 millions d'euros.",
                Fr,
                Contradicts,
            ),
            (
                "The plan launched a year ago to equip the hospitals and the schools of the region was worth 10 million euros.",
                En,
                Contradicts,
            ),
            (
                "Le plan lancé il y a un an pour équiper les hôpitaux et les écoles de la région était doté de 100 millions d'euros.",
                Fr,
                Supports,
            ),
        ];
        assert_first_number_effects(window, &table);
        // a second amount after the first is not the plan's: another
        // figure of the claim, which the window does not give
        let claim = "The plan received 100 million euros from the regional government of the northern province over the year and later 10 million euros.";
        let found = Case::new(claim, En, window, Fr).findings_of("number");
        assert_eq!(found[0].effect, Supports, "{found:?}");
        assert!(found.iter().all(|f| f.effect != Contradicts), "{found:?}");
    }

    /// The same figure in two statements of a window, counting the claim's
    /// noun in one and another noun in the other: the one that says more of
    /// the rest of the claim is the claim's, and does not state it.
    #[test]
    fn the_same_figure_counting_another_noun_in_the_claims_statement() {
        let window = "Le logiciel aurait visé 12 maires de la région. | Selon le journal, les numéros de 12 députés figuraient dans la liste des cibles établie par le service de renseignement.";
        let table = [
            (
                "Les numéros de 12 maires figuraient dans la liste des cibles établie par le service de renseignement.",
                Fr,
                Blocks,
            ),
            (
                "The numbers of 12 mayors were on the list of targets drawn up by the intelligence service.",
                En,
                Blocks,
            ),
            // the statement that counts the claim's noun says the claim
            (
                "Le logiciel aurait visé 12 maires de la région.",
                Fr,
                Supports,
            ),
        ];
        assert_first_number_effects(window, &table);
    }

    #[test]
    fn lengths_of_time_in_other_units() {
        // (claim, its language, window, its language, the effect of the
        // claim's length of time)
        let table: &[(&str, Lang, &str, Lang, Effect)] = &[
            (
                "The strike lasted three weeks.",
                En,
                "La grève des conducteurs a duré 21 jours.",
                Fr,
                Supports,
            ),
            (
                "La grève a duré deux semaines.",
                Fr,
                "The strike lasted 14 days.",
                En,
                Supports,
            ),
            (
                "The strike lasted twelve days.",
                En,
                "La grève des conducteurs avait duré trois semaines.",
                Fr,
                Contradicts,
            ),
            (
                "La grève a duré trois semaines.",
                Fr,
                "La grève des conducteurs a duré douze jours.",
                Fr,
                Contradicts,
            ),
            (
                "The strike lasted a year.",
                En,
                "The strike lasted 12 months.",
                En,
                Supports,
            ),
            (
                "The strike lasted a year.",
                En,
                "The strike lasted 14 months.",
                En,
                Contradicts,
            ),
            // ("pendant", "durant" are words of no meaning of their own, as
            // "for" and "during" are: the window states enough of the claim)
            (
                "Les écoles de Riverton sont restées fermées pendant deux semaines.",
                Fr,
                "Floods close Riverton schools for a week",
                En,
                Contradicts,
            ),
            // a month is no whole number of days: about its length
            (
                "The strike lasted a month.",
                En,
                "La grève des conducteurs a duré quatre semaines.",
                Fr,
                Supports,
            ),
            (
                "La grève a duré un mois.",
                Fr,
                "The strike lasted 30 days.",
                En,
                Supports,
            ),
            (
                "La grève a duré deux mois.",
                Fr,
                "The strike lasted three weeks.",
                En,
                Contradicts,
            ),
            // French counts a week as "huit jours", two as "quinze jours"
            (
                "The bridge was closed for two weeks.",
                En,
                "Le pont a été fermé pendant quinze jours.",
                Fr,
                Supports,
            ),
            (
                "Le pont a été fermé pendant une semaine.",
                Fr,
                "Le pont a été fermé pendant huit jours.",
                Fr,
                Supports,
            ),
            (
                "Le pont a été fermé pendant quinze jours.",
                Fr,
                "The bridge was closed for two weeks.",
                En,
                Supports,
            ),
            (
                "The bridge was closed for three weeks.",
                En,
                "Le pont a été fermé pendant quinze jours.",
                Fr,
                Contradicts,
            ),
            (
                "The bridge was closed for two weeks.",
                En,
                "Le pont a été fermé pendant seize jours.",
                Fr,
                Contradicts,
            ),
            // the claim's length of one thing against the window's of two:
            // its own decides ("le 50e" is the 50th's)
            (
                "Le 50e anniversaire du débarquement dure un an.",
                Fr,
                "La célébration du 25e anniversaire du débarquement a duré trois jours ; le 50e s'étalera sur un an.",
                Fr,
                Supports,
            ),
        ];
        for &(claim, cl, window, wl, want) in table {
            let found = Case::new(claim, cl, window, wl).findings_of("number");
            assert!(
                found.iter().any(|f| f.effect == want),
                "{claim} / {window}: {found:?}"
            );
            if want == Supports {
                assert!(
                    found.iter().all(|f| f.effect != Contradicts),
                    "{claim} / {window}: {found:?}"
                );
            }
        }
        // a start that dates the event the clause after it tells is that
        // point in time ("depuis 2018, quand ..."); a start alone frames
        // another period
        let when = "C'est la première grève depuis 2018, quand les cheminots avaient cessé le travail pendant douze jours.";
        let since = "Depuis 2018, les cheminots ont cessé le travail pendant douze jours au total.";
        for (claim, lang) in [
            (
                "En 2018, la grève des cheminots avait duré trois semaines.",
                Fr,
            ),
            ("In 2018, the strike lasted three weeks.", En),
        ] {
            let found = Case::new(claim, lang, when, Fr).findings_of("number");
            assert!(
                found.iter().any(|f| f.effect == Contradicts),
                "{claim}: {found:?}"
            );
            let found = Case::new(claim, lang, since, Fr).findings_of("number");
            assert!(
                found.iter().all(|f| f.effect != Contradicts),
                "{claim}: {found:?}"
            );
        }
        // a length in the same unit still meets as before, and lengths are
        // not other counts: "three weeks" is no "21 trains"
        assert_only_blocks(
            "The strike lasted three weeks.",
            En,
            "La grève a supprimé 21 trains.",
            Fr,
        );
    }

    /// A length in another unit of time is the claim's only in a sentence
    /// that states the claim's subject.
    #[test]
    fn a_length_of_another_thing_in_another_unit() {
        let window = "Le pont de Kervel a été fermé pendant quinze jours. Le marché de Kervel, lui, a été fermé pendant huit jours.";
        for (claim, lang) in [
            ("The Kervel bridge was closed for two weeks.", En),
            ("Le pont de Kervel a été fermé pendant deux semaines.", Fr),
        ] {
            let found = Case::new(claim, lang, window, Fr).findings_of("number");
            assert!(
                found.iter().any(|f| f.effect == Supports)
                    && found.iter().all(|f| f.effect != Contradicts),
                "{claim}: {found:?}"
            );
        }
    }

    /// Two units of measure that are not one another's bind nothing, even
    /// with the rest of the noun alike ("5 km long" / "5 miles long").
    #[test]
    fn figures_in_other_units_of_measure() {
        for (claim, cl, window, wl) in [
            (
                "The trail is 5 km long.",
                En,
                "The trail is 5 miles long.",
                En,
            ),
            (
                "The tower is 30 metres high.",
                En,
                "The tower is 30 feet high.",
                En,
            ),
            (
                "Le sentier mesure 5 km.",
                Fr,
                "Le sentier mesure 5 miles.",
                Fr,
            ),
        ] {
            let found = Case::new(claim, cl, window, wl).findings_of("number");
            assert!(
                found
                    .iter()
                    .all(|f| f.effect != Supports && f.effect != Contradicts),
                "{claim}: {found:?}"
            );
        }
        for (claim, cl, window, wl, want) in [
            (
                "The trail is 5 km long.",
                En,
                "The trail is 5 km long, from the port to the cape.",
                En,
                Supports,
            ),
            (
                "The trail is 5 km long.",
                En,
                "The trail is 7 km long.",
                En,
                Contradicts,
            ),
            (
                "Le sentier mesure 5 km.",
                Fr,
                "Le sentier mesure 7 km.",
                Fr,
                Contradicts,
            ),
        ] {
            let found = Case::new(claim, cl, window, wl).findings_of("number");
            assert!(found.iter().any(|f| f.effect == want), "{claim}: {found:?}");
        }
    }

    /// A figure followed by more of its kind, with no other act between, is
    /// a part of a total the claim's larger figure may be.
    #[test]
    fn a_figure_with_more_added_after_it() {
        for (claim, cl, window, wl) in [
            (
                "The flood killed 5 people.",
                En,
                "The flood killed 3 people on 12 May and 2 more on 13 May.",
                En,
            ),
            (
                "Les inondations ont fait 5 morts.",
                Fr,
                "Les inondations ont fait 3 morts le 12 mai et 2 autres le 13 mai.",
                Fr,
            ),
        ] {
            assert_only_blocks(claim, cl, window, wl);
        }
        // another act between: each figure its own ("destroyed 12 homes
        // and damaged 30 others")
        let claim = "The fire destroyed 30 homes.";
        let found = Case::new(
            claim,
            En,
            "The fire destroyed 12 homes and damaged 30 others.",
            En,
        )
        .findings_of("number");
        assert!(
            found.iter().any(|f| f.effect == Contradicts),
            "{claim}: {found:?}"
        );
    }

    /// A figure in a relative clause of another name than the claim's is
    /// that name's: it neither supports nor contradicts the claim's.
    #[test]
    fn a_figure_in_a_relative_clause_of_another_name() {
        for (claim, cl, window, wl) in [
            (
                "Halden has 10,000 residents.",
                En,
                "Halden has twice as many residents as Arlay, which has 10,000.",
                En,
            ),
            (
                "Halden compte 10 000 habitants.",
                Fr,
                "Halden compte deux fois plus d'habitants qu'Arlay, qui en compte 10 000.",
                Fr,
            ),
            (
                "Marc Dulac won 60% of the vote.",
                En,
                "Marc Dulac beat Anna Lind, who won 40% of the vote.",
                En,
            ),
        ] {
            let found = Case::new(claim, cl, window, wl).findings_of("number");
            assert!(
                found.iter().all(|f| f.effect == Blocks),
                "{claim}: {found:?}"
            );
        }
        // the claim's own name's relative clause gives its figure
        let found = Case::new(
            "Halden compte 10 000 habitants.",
            Fr,
            "Halden, qui compte 10 000 habitants, est la plus grande ville de la vallée.",
            Fr,
        )
        .findings_of("number");
        assert!(found.iter().any(|f| f.effect == Supports), "{found:?}");
    }

    /// A rate is not a sum, nor a rate of another period; rates of one
    /// period compare as figures.
    #[test]
    fn rates_of_a_period() {
        for (claim, cl, window, wl) in [
            (
                "Marc Dulac was fined 500 euros.",
                En,
                "Marc Dulac was fined 500 euros a day.",
                En,
            ),
            (
                "Marc Dulac a été condamné à 500 euros d'amende.",
                Fr,
                "Marc Dulac a été condamné à 500 euros d'amende par jour de retard.",
                Fr,
            ),
            (
                "Orvex earns 2 million euros a year.",
                En,
                "Orvex gagne 2 millions d'euros par mois.",
                Fr,
            ),
            (
                "The ferry carries 300 passengers.",
                En,
                "The ferry carries 500 passengers a day.",
                En,
            ),
        ] {
            assert_only_blocks(claim, cl, window, wl);
        }
        for (claim, cl, window, wl, want) in [
            (
                "The network runs 130 trains a day.",
                En,
                "Le réseau compte 310 trains quotidiens.",
                Fr,
                Contradicts,
            ),
            (
                "Marc Dulac was fined 500 euros a day.",
                En,
                "Marc Dulac a été condamné à 500 euros d'amende par jour de retard.",
                Fr,
                Supports,
            ),
            // "in a year" is no rate
            (
                "Orvex paid 2 million euros.",
                En,
                "Orvex paid 2 million euros in a year.",
                En,
                Supports,
            ),
        ] {
            let found = Case::new(claim, cl, window, wl).findings_of("number");
            assert!(found.iter().any(|f| f.effect == want), "{claim}: {found:?}");
        }
    }

    /// A figure for is not a figure against: each side binds its own.
    #[test]
    fn figures_for_and_against() {
        let vote = "The vote was 52% in favour and 48% against.";
        let vote_fr = "Le vote a recueilli 52 % de voix pour et 48 % de voix contre.";
        for (claim, cl, window, wl, want) in [
            ("The vote was 52% in favour.", En, vote, En, Supports),
            (
                "Le vote a recueilli 48 % de voix contre.",
                Fr,
                vote_fr,
                Fr,
                Supports,
            ),
            (
                "Le vote a recueilli 48 % de voix pour.",
                Fr,
                vote_fr,
                Fr,
                Contradicts,
            ),
        ] {
            let found = Case::new(claim, cl, window, wl).findings_of("number");
            assert!(found.iter().any(|f| f.effect == want), "{claim}: {found:?}");
        }
        let found = Case::new("The vote was 48% in favour.", En, vote, En).findings_of("number");
        assert!(found.iter().all(|f| f.effect != Supports), "{found:?}");
    }

    #[test]
    fn a_figure_about_other_chiefs_decides_nothing() {
        let other = "L'enquête avait révélé que le logiciel aurait permis d'espionner 65 chefs d'entreprise de différents pays.";
        for claim in [
            "65 heads of state were targeted.",
            "14 heads of state were targeted.",
        ] {
            let found = Case::new(claim, En, other, Fr).findings_of("number");
            assert_eq!(kinds(&found), [(Kind::Number, Effect::Blocks)], "{claim}");
        }
    }
}

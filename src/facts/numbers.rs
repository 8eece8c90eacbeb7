//! Quantities: digits with French and English separators, number words,
//! scale words, percentages, money, ordinals, and the approximation that
//! qualifies them ("une vingtaine", "au moins", "more than").

use super::binding::{NounPhrase, OF_WORDS, bind_entity, bind_noun, noun_of_others};
use super::vocabulary::{NumberRole, Vocabulary};
use crate::text::{Lang, TermKeys, Token, TokenKind};
use serde::Serialize;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    Exact,
    /// "about", "environ", "une vingtaine": within roughly ±20%.
    About,
    /// "nearly", "almost", "presque": a little under the figure, not over
    /// it ("nearly half of his harvest" is not all of it).
    Nearly,
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Count,
    Percent,
    Money(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// Byte span of the whole expression ("au moins 180", "100 millions d'euros").
    pub span: Range<usize>,
    /// Token range of the number itself (digits or words, with scale).
    pub tokens: Range<usize>,
    pub value: f64,
    pub approx: Approx,
    pub unit: Unit,
    pub ordinal: bool,
    /// What it counts: "ministres", "membres du gouvernement", "NSO servers".
    pub noun: Option<NounPhrase>,
    /// The country it belongs to, in lists like "la Suisse (36)".
    pub entity: Option<String>,
    /// Whose it is, by "respectively": in "Tyler Jackson et John Jodka ont
    /// été condamnés respectivement à 21 mois et 18 mois", 21 is Tyler
    /// Jackson's. The owners of a list hold the name keys of each name.
    pub owner: Option<Owner>,
    /// A change or a level of a quantity that moves, when the words before
    /// it say which.
    pub movement: Option<Movement>,
    /// On whose word it is given, when the sentence gives figures on
    /// several parties' words: the tokens of the party after "selon" /
    /// "d'après" / "according to" right after the figure and what it
    /// counts ("1,2 million de manifestants selon la CGT, 224 000 selon la
    /// police"), or of the sentence's opening attribution for the figures
    /// that name none ("Selon la police, 224 000 personnes ont défilé, 1,2
    /// million selon la CGT").
    pub party: Option<Range<usize>>,
}

/// The name a figure of a "respectively" list belongs to, and the other
/// names of that list.
#[derive(Debug, Clone, PartialEq)]
pub struct Owner {
    /// Its name as written.
    pub name: String,
    /// The name keys of its name's words.
    pub keys: Vec<String>,
    /// The name keys of the list's other names.
    pub others: Vec<String>,
}

impl Quantity {
    /// The interval of values this quantity allows.
    pub fn interval(&self) -> (f64, f64) {
        let v = self.value;
        match self.approx {
            Approx::Exact => (v, v),
            // (below zero, the bounds swap: "about -5" is -6 to -4)
            Approx::About => ((v * 0.8).min(v * 1.2), (v * 0.8).max(v * 1.2)),
            Approx::Nearly => ((v * 0.8).min(v), (v * 0.8).max(v)),
            Approx::AtLeast => (v, f64::INFINITY),
            Approx::MoreThan => (v + f64::EPSILON * v.abs().max(1.0), f64::INFINITY),
            Approx::AtMost => (f64::NEG_INFINITY, v),
            Approx::LessThan => (f64::NEG_INFINITY, v),
        }
    }

    /// The length in minutes of the unit of time this quantity counts, when
    /// it counts one ("trois semaines": 10080): a length of time, which
    /// compares with a length in any other unit (data/rules/calendar.tsv).
    pub fn time_unit_minutes(&self, tokens: &[Token]) -> Option<u32> {
        let noun = self.noun.as_ref()?;
        if self.unit != Unit::Count || self.ordinal {
            return None;
        }
        vocab().calendar(super::CalendarKind::Duration, &tokens.get(noun.head)?.norm)
    }

    /// How the value is written back in reports.
    pub fn display_value(&self) -> String {
        format_number(self.value)
    }
}

pub fn format_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// The words of an English half after a whole ("two and a half", "an
/// hour and a half"), folded.
const HALF_WORDS_EN: &[&str] = &["and", "a", "half"];

/// Do the words at token `k` add a half to the whole before them: "et
/// demi(e)" in French ("une heure et demie", "un million et demi"), "and
/// a half" in English?
fn half_at(tokens: &[Token], k: usize, lang: Lang) -> bool {
    let word = |j: usize| tokens.get(j).map_or("", |t| t.norm.as_str());
    match lang {
        Lang::Fr => word(k) == "et" && matches!(word(k + 1), "demi" | "demie"),
        Lang::En => (0..HALF_WORDS_EN.len()).all(|j| word(k + j) == HALF_WORDS_EN[j]),
    }
}

/// Find the quantities of a text. `skip` holds token ranges already taken by
/// dates (day numbers and years are not quantities).
pub fn extract_quantities(
    text: &str,
    tokens: &[Token],
    keys: &TermKeys,
    lang: Lang,
    skip: &[Range<usize>],
) -> Vec<Quantity> {
    extract_quantities_and_references(text, tokens, keys, lang, skip).0
}

/// [`extract_quantities`], and apart from them the definite references
/// to counted things: "les quatre poseurs de bombes", "the two ministers".
/// Such a figure refers to things already named rather than counting them
/// anew, so it is no quantity of the sentence; but it still says how many
/// there are, and a claim's same count may rest on it.
pub fn extract_quantities_and_references(
    text: &str,
    tokens: &[Token],
    keys: &TermKeys,
    lang: Lang,
    skip: &[Range<usize>],
) -> (Vec<Quantity>, Vec<Quantity>) {
    let mut out = Vec::new();
    let mut references = Vec::new();
    let skipped = |i: usize| skip.iter().any(|r| r.contains(&i));
    let mut i = 0;
    while i < tokens.len() {
        // (nor is the zero of "below zero", "sous zéro", a figure)
        let zero_of_below = matches!(tokens[i].norm.as_str(), "zero")
            && i.checked_sub(1)
                .is_some_and(|p| matches!(tokens[p].norm.as_str(), "below" | "sous" | "de"));
        if skipped(i) || in_a_name(text, tokens, i) || zero_of_below {
            i += 1;
            continue;
        }
        if let Some(share) = read_share(text, tokens, i, lang) {
            // (the noun between the figures ends before "sur" / "in": "train
            // sur deux" is no complement)
            let noun = share
                .noun_at
                .and_then(|at| bind_noun(text, tokens, keys, at, lang))
                .map(|mut n| {
                    if n.head < share.figure_end + 1 && share.figure_end < share.end {
                        let limit = n.head + 1;
                        n.tokens.end = n.tokens.end.min(limit);
                        n.complement = n.complement.filter(|c| c.end <= limit);
                        n.qualifiers.retain(|&q| q < limit);
                        n.coordinated = None;
                        n.span =
                            tokens[n.tokens.start].span.start..tokens[n.tokens.end - 1].span.end;
                    }
                    n
                });
            let mut start_tok = i;
            let mut approx = Approx::Exact;
            if let Some((q, a)) = qualifier_before(tokens, i) {
                approx = a;
                start_tok = q;
            }
            out.push(Quantity {
                span: tokens[start_tok].span.start..tokens[share.end - 1].span.end,
                tokens: i..share.figure_end,
                value: share.percent,
                approx,
                unit: Unit::Percent,
                ordinal: false,
                noun,
                entity: None,
                owner: None,
                movement: None,
                party: None,
            });
            i = share.end;
            continue;
        }
        let Some((mut value, mut end, mut approx)) = read_number(text, tokens, i, lang) else {
            i += 1;
            continue;
        };
        // clock times written "8:20"
        if let Some(next) = tokens.get(end)
            && &text[tokens[end - 1].span.end..next.span.start] == ":"
            && next.kind == TokenKind::Number
        {
            i = end + 1;
            continue;
        }
        // clock times ("8h20", "14 h 30", "14 h"): the hour and its minutes
        // as one figure, counting "h", so that two times of the day compare
        // ("à 14 h" against "à 14 h 30")
        if let Some((hours, clock_end)) = clock_time(text, tokens, i, end, value, lang) {
            let h = end;
            out.push(Quantity {
                span: tokens[i].span.start..tokens[clock_end - 1].span.end,
                tokens: i..end,
                value: hours,
                approx,
                unit: Unit::Count,
                ordinal: false,
                noun: Some(NounPhrase {
                    tokens: h..h + 1,
                    head: h,
                    complement: None,
                    qualifiers: Vec::new(),
                    span: tokens[h].span.clone(),
                    coordinated: None,
                }),
                entity: None,
                owner: None,
                movement: None,
                party: None,
            });
            i = clock_end;
            continue;
        }
        // "the two ministers", "les deux pays", "ses trois enfants": a
        // definite reference to things already named, not a count stated
        if is_definite_reference(tokens, i, end, value) {
            if let Some(noun) = bind_noun(text, tokens, keys, end, lang) {
                references.push(Quantity {
                    span: tokens[i].span.start..tokens[end - 1].span.end,
                    tokens: i..end,
                    value,
                    approx,
                    unit: Unit::Count,
                    ordinal: false,
                    noun: Some(noun),
                    entity: None,
                    owner: None,
                    movement: None,
                    party: None,
                });
            }
            i = end;
            continue;
        }
        let mut ordinal = false;
        if let Some(next) = tokens.get(end) {
            let glued = next.span.start == tokens[end - 1].span.end;
            if glued
                && matches!(
                    next.norm.as_str(),
                    "er" | "re" | "e" | "eme" | "st" | "nd" | "rd" | "th" | "ere"
                )
            {
                ordinal = true;
                end += 1;
            }
        }
        // "two and a half", before its scale: "one and a half million"
        if lang == Lang::En && !ordinal && value.fract() == 0.0 && half_at(tokens, end, lang) {
            value += 0.5;
            end += HALF_WORDS_EN.len();
        }
        // scale words: "100 millions", "1.5bn", "2 million"
        let mut scaled = false;
        if let Some(t) = tokens.get(end)
            && let Some(scale) = vocab().number(NumberRole::Scale, &t.norm)
        {
            value *= scale;
            end += 1;
            scaled = true;
            // "un million et demi": half the scale
            if lang == Lang::Fr && half_at(tokens, end, lang) {
                value += 0.5 * scale;
                end += 2;
            }
            // "un million deux cent mille": number words after a scale word
            // count what the scale leaves
            if tokens[i].kind == TokenKind::Word
                && end < tokens.len()
                && let Some((rest, rest_end, Approx::Exact)) = read_number_words(tokens, end, lang)
                && rest < scale
            {
                value += rest;
                end = rest_end;
            }
        }
        // approximation nouns: "une vingtaine"
        let mut start_tok = i;
        if let Some(q) = approx_noun_before(tokens, i) {
            start_tok = q;
        }
        // qualifiers before the number
        if let Some((q, a)) = qualifier_before(tokens, start_tok) {
            if approx == Approx::Exact {
                approx = a;
            }
            start_tok = q;
        }
        // a temperature below zero: "-5 °C", "minus 5 degrees", "moins 5
        // degrés", "5 degrees below zero", "5 degrés sous zéro"
        if !ordinal && let Some(first) = below_zero(text, tokens, start_tok, i, end, lang) {
            value = -value;
            start_tok = first;
        }
        // units: percent, currency
        let mut unit = Unit::Count;
        let after_text = &text[tokens[end - 1].span.end..];
        let after_trim = after_text.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
        let mut span_end = tokens[end - 1].span.end;
        if after_trim.starts_with('%') {
            unit = Unit::Percent;
            span_end = text.len() - after_trim.len() + 1;
        } else if let Some((cur, used)) = currency_after(tokens, end) {
            unit = Unit::Money(cur.to_string());
            end += used;
            span_end = tokens[end - 1].span.end;
        } else if let Some(t) = tokens.get(end) {
            if matches!(t.norm.as_str(), "pour" | "per")
                && tokens.get(end + 1).is_some_and(|n| n.norm == "cent")
            {
                unit = Unit::Percent;
                end += 2;
                span_end = tokens[end - 1].span.end;
            } else if t.norm == "percent" {
                unit = Unit::Percent;
                end += 1;
                span_end = tokens[end - 1].span.end;
            }
        }
        // "5 000 €", "20 $"
        if unit == Unit::Count
            && let Some(sym) = ['€', '$', '£'].iter().find(|c| after_trim.starts_with(**c))
        {
            unit = Unit::Money(symbol_currency(*sym).to_string());
            span_end = text.len() - after_trim.len() + sym.len_utf8();
        }
        if unit == Unit::Count {
            let before = text[..tokens[i].span.start].trim_end_matches([' ', '\u{a0}']);
            if let Some(sym) = ['€', '$', '£'].iter().find(|c| before.ends_with(**c)) {
                unit = Unit::Money(symbol_currency(*sym).to_string());
            }
        }
        let entity = bind_entity(text, tokens, keys, i, end);
        let noun = bind_noun(text, tokens, keys, end, lang)
            .or_else(|| shared_noun(tokens, &out, start_tok, entity.is_some()))
            .or_else(|| noun_of_others(text, tokens, keys, start_tok, end, lang));
        // a half after what is counted: "une heure et demie", "trois ans et
        // demi", "an hour and a half"
        if let Some(n) = &noun
            && !scaled
            && !ordinal
            && value.fract() == 0.0
            && half_at(tokens, n.head + 1, lang)
        {
            value += 0.5;
        }
        // an amount that leaves out the currency an earlier amount of the
        // sentence gave: "12 million euros in aid, and the mayor asked for
        // another 30 million", "240 millions de livres, dont l'État paiera
        // 90 millions"
        if unit == Unit::Count
            && scaled
            && noun.is_none()
            && entity.is_none()
            && let Some(money) = out
                .iter()
                .rev()
                .map(|q: &Quantity| &q.unit)
                .find(|u| matches!(u, Unit::Money(_)))
        {
            unit = money.clone();
        }
        out.push(Quantity {
            span: tokens[start_tok].span.start..span_end,
            tokens: i..end,
            value,
            approx,
            unit,
            ordinal,
            noun,
            entity,
            owner: None,
            movement: None,
            party: None,
        });
        i = end.max(i + 1);
    }
    bind_respectively(text, tokens, keys, &mut out);
    bind_parties(text, tokens, &mut out);
    bind_first_of_gapped_list(text, tokens, keys, &mut out);
    mark_ranges(text, tokens, lang, &mut out);
    mark_movements(tokens, lang, &mut out);
    (out, references)
}

/// Is the number of tokens `i..end` a temperature below zero, and where does
/// it start then? Only a temperature ("°", "degrés", "degrees") is read so:
/// "-5 %" or "moins 5 %" in a table is a fall, which the claim says with a
/// verb ("fell 5%"), and a hyphen glued to a word or a figure joins a name
/// or a score ("Covid-19", "3-1").
fn below_zero(
    text: &str,
    tokens: &[Token],
    start_tok: usize,
    i: usize,
    end: usize,
    lang: Lang,
) -> Option<usize> {
    let after = text[tokens[end - 1].span.end..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    let degree_word = tokens.get(end).is_some_and(|t| {
        matches!(t.norm.as_str(), "degre" | "degres" | "degree" | "degrees")
            && t.span.start - tokens[end - 1].span.end <= 1
    });
    if !(after.starts_with('°') || degree_word) {
        return None;
    }
    // a sign glued to the figure, after a space or the start
    let before = &text[..tokens[i].span.start];
    let mut back = before.chars().rev();
    if start_tok == i
        && matches!(back.next(), Some('-' | '\u{2212}'))
        && back.next().is_none_or(|c| c.is_whitespace() || c == '(')
    {
        return Some(i);
    }
    // "minus 5", "moins 5" (not "au moins 5", "du moins", a qualifier)
    let minus = match lang {
        Lang::En => "minus",
        Lang::Fr => "moins",
    };
    if start_tok == i
        && let Some(w) = i.checked_sub(1)
        && tokens[w].norm == minus
        && !w
            .checked_sub(1)
            .is_some_and(|p| matches!(tokens[p].norm.as_str(), "au" | "du" | "le" | "pas"))
    {
        return Some(w);
    }
    // "5 degrees below zero", "5 degrés sous zéro", "en dessous de zéro"
    let from = end + usize::from(degree_word);
    let words: Vec<&str> = tokens[from.min(tokens.len())..]
        .iter()
        .take(4)
        .map(|t| t.norm.as_str())
        .collect();
    let below = match lang {
        Lang::En => words.starts_with(&["below", "zero"]),
        Lang::Fr => {
            words.starts_with(&["sous", "zero"])
                || words.starts_with(&["en", "dessous", "de", "zero"])
                || words.starts_with(&["au", "dessous", "de", "zero"])
        }
    };
    below.then_some(start_tok)
}

/// What a figure says of a quantity that moves: by how much it moved
/// ("rose by 7%", "a baissé de 7 %", "une hausse de 7 %"), the level it
/// left ("from 9%", "de 9 % à 7 %") or the level it reached ("fell to 7%",
/// "est tombé à 7 %"). Each is another figure than the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Movement {
    Change,
    From,
    To,
}

/// Words that say a quantity moves (folded; French by their start, which
/// the participles and nouns share: "augmenté", "augmentation").
const MOVING_EN: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "risen",
    "rising",
    "fell",
    "fall",
    "falls",
    "fallen",
    "falling",
    "increased",
    "increase",
    "increases",
    "decreased",
    "decrease",
    "decreases",
    "declined",
    "decline",
    "declines",
    "dropped",
    "drop",
    "drops",
    "grew",
    "grow",
    "grows",
    "grown",
    "climbed",
    "climb",
    "jumped",
    "jump",
    "slipped",
    "slumped",
    "soared",
    "plunged",
    "reduced",
    "cut",
    "raised",
    "up",
    "down",
];
const MOVING_FR: &[&str] = &[
    "augment", "diminu", "recul", "progress", "chut", "grimp", "baiss", "hauss", "tomb", "bondi",
    "redui", "reduc", "relev", "mont",
];
/// Tokens before a figure's preposition within which a moving word makes
/// it a change or a level ("a fortement baissé de 7 %").
const MOVING_REACH: usize = 3;

/// Each figure's [`Movement`], read from the preposition before it (its
/// qualifier aside) and a moving word just before that.
fn mark_movements(tokens: &[Token], lang: Lang, out: &mut [Quantity]) {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let moving = |w: &str| match lang {
        Lang::En => MOVING_EN.contains(&w),
        Lang::Fr => {
            w.len() >= 4 && MOVING_FR.iter().any(|m| w.starts_with(m))
                // "est passé de 9 % à 7 %" ("pass-" alone starts "passager")
                || matches!(w, "passe" | "passee" | "passes" | "passees" | "passer" | "passera")
        }
    };
    for q in out.iter_mut() {
        // (the first token of its span, qualifier included: tokens are in
        // order)
        let start = tokens.partition_point(|t| t.span.start < q.span.start);
        if tokens
            .get(start)
            .is_none_or(|t| t.span.start != q.span.start)
        {
            continue;
        }
        let Some(prep) = start.checked_sub(1) else {
            continue;
        };
        if !(prep.saturating_sub(MOVING_REACH)..prep).any(|k| moving(word(k))) {
            continue;
        }
        // (the figure's end: a unit or a noun after it may stand before
        // the "à" of "de 9 % à 7 %")
        let after = (q.tokens.end..tokens.len().min(q.tokens.end + 3))
            .find(|&k| matches!(word(k), "a" | "to"))
            .is_some_and(|k| {
                tokens
                    .get(k + 1)
                    .is_some_and(|t| t.kind == TokenKind::Number)
            });
        q.movement = match (lang, word(prep)) {
            // "rose by 7%", "a rise of 7%"
            (Lang::En, "by" | "of") => Some(Movement::Change),
            (Lang::En, "from") => Some(Movement::From),
            (Lang::En, "to") => Some(Movement::To),
            (Lang::Fr, "de" | "d") if after => Some(Movement::From),
            (Lang::Fr, "de" | "d") => Some(Movement::Change),
            (Lang::Fr, "a" | "au") => Some(Movement::To),
            _ => None,
        };
    }
    // the level reached after the level left, however far the moving word
    // ("rose from 1.5 million euros in 2022 to 2 million in 2023", "est
    // passé de 9 % en 2020 à 7 % en 2023")
    for k in 1..out.len() {
        if out[k].movement.is_some() {
            continue;
        }
        // (the nearest figure before that moves: a year may stand between)
        let Some(left) = out[..k].iter().rev().find(|q| q.movement.is_some()) else {
            continue;
        };
        let start = tokens.partition_point(|t| t.span.start < out[k].span.start);
        let Some(prep) = start.checked_sub(1) else {
            continue;
        };
        if left.movement == Some(Movement::From)
            && matches!(word(prep), "to" | "a" | "au")
            && prep >= left.tokens.end
            && prep - left.tokens.end <= FROM_TO_GAP
        {
            out[k].movement = Some(Movement::To);
        }
    }
}

/// Words between the level left and the "to" of the level reached ("from
/// 1.5 million euros in 2022 to 2 million").
const FROM_TO_GAP: usize = 5;

/// Two figures written as a range, "between 10 and 20 people", "entre 10
/// et 20 personnes", "10 to 20 people", "10 à 20 personnes", "10-20
/// people": the first is a lower bound, the second an upper one, both of
/// the noun after the second, so that "15 people" is within it and no
/// figure of it alone is read as the count. Not "from 10 to 20", "de 10 à
/// 20" (as often a change: "passé de 10 à 20"), nor two figures of other
/// units ("10 à 20 euros" is of euros). A scale written after the second
/// only is the first's too: "entre 2 et 3 millions d'euros" is from 2
/// million.
fn mark_ranges(text: &str, tokens: &[Token], lang: Lang, out: &mut [Quantity]) {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        if a.ordinal
            || b.ordinal
            || (a.approx, b.approx) != (Approx::Exact, Approx::Exact)
            || !(a.unit == b.unit || a.unit == Unit::Count)
            || a.noun.is_some()
            || a.entity.is_some()
            || b.entity.is_some()
        {
            continue;
        }
        let (end, start) = (a.tokens.end, b.tokens.start);
        let gap = &text[tokens[end - 1].span.end..tokens[start].span.start];
        let before = a.tokens.start.checked_sub(1).map_or("", |p| word(p));
        let range = match (end == start, word(end), start == end + 1) {
            // "10-20"
            (true, _, _) => matches!(gap.trim(), "-" | "–"),
            (_, "and" | "et", true) => matches!(before, "between" | "entre"),
            (_, "to" | "a", true) => !matches!(before, "from" | "de" | "d"),
            _ => false,
        };
        if !range {
            continue;
        }
        let a_value = a.value * shared_scale(text, tokens, lang, a, b);
        if a_value >= b.value || b.value > a_value * RANGE_SPREAD {
            continue;
        }
        let (noun, unit) = (b.noun.clone(), b.unit.clone());
        out[k - 1].value = a_value;
        out[k - 1].approx = Approx::AtLeast;
        out[k - 1].noun = noun;
        out[k - 1].unit = unit;
        out[k].approx = Approx::AtMost;
    }
}

/// The scale the second figure of a range is written with and the first
/// without ("2 et 3 millions": a million), or 1.
fn shared_scale(text: &str, tokens: &[Token], lang: Lang, a: &Quantity, b: &Quantity) -> f64 {
    let written = |q: &Quantity| parse_digits(&text[tokens[q.tokens.start].span.clone()], lang);
    let (Some(wa), Some(wb)) = (written(a), written(b)) else {
        return 1.0;
    };
    let factor = b.value / wb;
    let unscaled = (a.value - wa).abs() < f64::EPSILON * a.value.abs().max(1.0);
    if unscaled
        && [1e3, 1e6, 1e9, 1e12]
            .iter()
            .any(|f| (factor - f).abs() < 1e-6 * f)
    {
        factor
    } else {
        1.0
    }
}

/// How many times the first figure of a range its second may be, at most:
/// more is another scale ("entre 2 et 3 millions").
const RANGE_SPREAD: f64 = 100.0;

/// A share written as a ratio or a fraction, in percent.
struct Share {
    percent: f64,
    /// The token after the share.
    end: usize,
    /// Where the noun it is a share of starts ("deux trains sur trois":
    /// trains; "la moitié des abonnés": des abonnés).
    noun_at: Option<usize>,
    /// The tokens of the figure: the numerator alone when the noun follows
    /// it ("deux trains sur trois"), so that the noun comes after its
    /// figure as in any count.
    figure_end: usize,
}

/// Nouns a fraction measures time or a stage by, not a share of a count:
/// "un quart d'heure", "a quarter of a century", "les quarts de finale"
/// (folded).
const NOT_SHARED: &[&str] = &[
    "heure", "heures", "hour", "hours", "siecle", "century", "finale", "finales", "final",
    "finals", "mile", "miles", "year", "annee", "month", "mois", "week", "semaine", "day",
    "journee", "decade", "decennie", "season", "saison", "temps", "time",
];

/// Words before a fraction that make it a period, not a share: "the first
/// half of the year", "la seconde moitié du match" (folded).
const PERIOD_ORDINALS: &[&str] = &[
    "first", "second", "last", "latter", "former", "premiere", "seconde", "deuxieme", "derniere",
];

/// English determiners of the noun a share counts: "half of his harvest",
/// "his entire harvest" (folded).
const EN_SHARE_DETERMINERS: &[&str] = &["the", "its", "their", "our", "his", "her", "my", "your"];

/// A share at token `i`: a ratio, "deux trains sur trois", "un train sur
/// quatre", "two out of three trains", "one train in two"; or a fraction
/// of something, "la moitié des trains", "half of the trains", "deux tiers
/// des voix", "a quarter of the staff". Read as a percentage, so that "la
/// moitié" meets "50 %" and differs from "deux sur trois".
fn read_share(text: &str, tokens: &[Token], i: usize, lang: Lang) -> Option<Share> {
    let w = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let small_number = |k: usize| -> Option<(f64, usize)> {
        // (the text may end on "sur", "in": no figure after it)
        if k >= tokens.len() {
            return None;
        }
        let (v, end, approx) = read_number(text, tokens, k, lang)?;
        (approx == Approx::Exact && v.fract() == 0.0 && (1.0..=100.0).contains(&v))
            .then_some((v, end))
    };
    let of_something = |k: usize| OF_WORDS.contains(&w(k)) && !NOT_SHARED.contains(&w(k + 1));
    // (after "of", an English determiner: "half of the trains")
    let noun_after_of = |k: usize| {
        let mut at = k;
        if lang == Lang::En {
            at += 1;
            if EN_SHARE_DETERMINERS.contains(&w(at)) || matches!(w(at), "these" | "those" | "all") {
                at += 1;
            }
        }
        at
    };
    // the whole of something: "all of his harvest", "his entire harvest",
    // "la totalité des trains", "l'intégralité de la récolte": a share of
    // 100 %, so that "nearly half of his harvest" differs from it
    let whole_noun = match (lang, w(i), w(i + 1)) {
        (Lang::En, "all", "of") => of_something(i + 1).then(|| noun_after_of(i + 1)),
        (Lang::En, "entire" | "whole", _) if i > 0 && EN_SHARE_DETERMINERS.contains(&w(i - 1)) => {
            Some(i + 1)
        }
        (Lang::Fr, "totalite" | "integralite", _) if i > 0 && matches!(w(i - 1), "la" | "l") => {
            // (past "de" and the article or possessive: "de la récolte",
            // "de sa récolte")
            of_something(i + 1).then(|| {
                (i + 2..tokens.len())
                    .find(|&k| {
                        !matches!(
                            w(k),
                            "la" | "le" | "l" | "les" | "sa" | "son" | "ses" | "leur" | "leurs"
                        )
                    })
                    .unwrap_or(i + 1)
            })
        }
        _ => None,
    };
    if let Some(noun_at) = whole_noun
        && !NOT_SHARED.contains(&w(noun_at))
        && !(lang == Lang::En && NOT_SHARED.contains(&w(noun_at + 1)) && w(noun_at) == "the")
    {
        return Some(Share {
            percent: 100.0,
            end: i + 1,
            noun_at: Some(noun_at),
            figure_end: i + 1,
        });
    }
    // fractions: "la moitié des", "half of the", "half the"
    let half_noun = match (lang, w(i), w(i + 1)) {
        (Lang::Fr, "moitie", _) if i > 0 && matches!(w(i - 1), "la" | "une") => {
            of_something(i + 1).then_some(i + 1)
        }
        (Lang::En, "half", "of") => of_something(i + 1).then(|| noun_after_of(i + 1)),
        (Lang::En, "half", "the") => Some(i + 2),
        _ => None,
    };
    if let Some(noun_at) = half_noun {
        let period = i > 0 && PERIOD_ORDINALS.contains(&w(i - 1))
            || i > 1 && PERIOD_ORDINALS.contains(&w(i - 2));
        if period || NOT_SHARED.contains(&w(noun_at)) {
            return None;
        }
        return Some(Share {
            percent: 50.0,
            end: i + 1,
            noun_at: Some(noun_at),
            figure_end: i + 1,
        });
    }
    let numerator = match w(i) {
        "un" | "une" | "a" | "an" | "one" => Some(1.0_f64),
        "deux" | "two" => Some(2.0),
        "trois" | "three" => Some(3.0),
        _ => None,
    };
    let denominator = match w(i + 1) {
        "tiers" | "third" | "thirds" => Some(3.0),
        "quart" | "quarts" | "quarter" | "quarters" => Some(4.0),
        _ => None,
    };
    if let (Some(n), Some(d)) = (numerator, denominator)
        && n < d
        && of_something(i + 2)
        && !(lang == Lang::En && NOT_SHARED.contains(&w(i + 4)))
    {
        let percent = (n / d * 1000.0).round() / 10.0;
        return Some(Share {
            percent,
            end: i + 2,
            noun_at: Some(noun_after_of(i + 2)),
            figure_end: i + 2,
        });
    }
    // ratios: N [noun] sur|in|out of M
    // ("un", "one": the article reads as no number elsewhere)
    let (n, after_n) = match w(i) {
        "un" | "une" | "one" => (1.0, i + 1),
        _ => small_number(i)?,
    };
    let ratio_word = |k: usize| -> Option<usize> {
        match (lang, w(k), w(k + 1)) {
            (Lang::Fr, "sur", _) => Some(k + 1),
            (Lang::En, "in", _) => Some(k + 1),
            (Lang::En, "out", "of") => Some(k + 2),
            _ => None,
        }
    };
    let (noun_between, m_at) = match ratio_word(after_n) {
        Some(m_at) => (false, m_at),
        None => {
            let noun = tokens.get(after_n)?;
            if noun.kind != TokenKind::Word || noun.capitalized {
                return None;
            }
            (true, ratio_word(after_n + 1)?)
        }
    };
    let (m, end) = small_number(m_at)?;
    if m <= n
        || tokens[m_at].kind == TokenKind::Number
            && text[tokens[end - 1].span.end..]
                .trim_start()
                .starts_with('%')
    {
        return None;
    }
    let noun_at = if noun_between { after_n } else { end };
    let percent = (n / m * 1000.0).round() / 10.0;
    Some(Share {
        percent,
        end,
        noun_at: Some(noun_at),
        figure_end: if noun_between { after_n } else { end },
    })
}

/// The first item of a gapped list ("Spain sent four of the planes, Italy
/// three and Greece one", "l'Espagne a envoyé quatre avions, l'Italie trois
/// et la Grèce un"): once the later figures are bound to the countries
/// right before them, the figure before them is the country's that the
/// sentence names before it, when it names one only.
fn bind_first_of_gapped_list(text: &str, tokens: &[Token], keys: &TermKeys, out: &mut [Quantity]) {
    let gapped = |q: &Quantity| {
        q.entity.is_some()
            && q.tokens.start > 0
            && text[tokens[q.tokens.start - 1].span.end..tokens[q.tokens.start].span.start]
                .trim()
                .is_empty()
    };
    let Some(g) = out.iter().position(gapped) else {
        return;
    };
    let Some(first) = (0..g).rev().find(|&k| !out[k].ordinal) else {
        return;
    };
    if out[first].entity.is_some() {
        return;
    }
    let at = out[first].tokens.start;
    let before: Vec<&String> = (keys.entities.iter())
        .filter(|(r, _)| r.end <= at)
        .map(|(_, code)| code)
        .collect();
    if let [code] = before.as_slice() {
        out[first].entity = Some((*code).clone());
    }
}

/// "A et B ... respectivement X et Y", "A and B ... X and Y respectively":
/// X is A's, Y is B's. The figures are those after the cue (or, with none
/// after it, those before it), the names the runs of names before the
/// first figure joined only by "et"/"and" or commas, as many as figures.
fn bind_respectively(text: &str, tokens: &[Token], keys: &TermKeys, out: &mut [Quantity]) {
    let Some(cue) = tokens
        .iter()
        .position(|t| matches!(t.norm.as_str(), "respectivement" | "respectively"))
    else {
        return;
    };
    let figures = |after: bool| -> Vec<usize> {
        (0..out.len())
            .filter(|&q| !out[q].ordinal && (out[q].tokens.start > cue) == after)
            .collect()
    };
    let mut list = figures(true);
    if list.len() < 2 {
        list = figures(false);
    }
    if list.len() < 2 {
        return;
    }
    let first = out[list[0]].tokens.start.min(cue);
    // runs of names before the first figure, in order
    let runs = keys.name_runs(0..first);
    if runs.len() < list.len() {
        return;
    }
    let chosen = &runs[runs.len() - list.len()..];
    // joined only by "et"/"and" (commas are not tokens)
    let joined = chosen
        .windows(2)
        .all(|w| (w[0].end..w[1].start).all(|t| matches!(tokens[t].norm.as_str(), "et" | "and")));
    if !joined {
        return;
    }
    let name_keys = |r: &std::ops::Range<usize>| -> Vec<String> {
        r.clone()
            .map(|t| crate::text::name_key(&tokens[t].norm))
            .collect()
    };
    for (k, &q) in list.iter().enumerate() {
        let run = &chosen[k];
        let others = chosen
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != k)
            .flat_map(|(_, r)| name_keys(r))
            .collect();
        out[q].owner = Some(Owner {
            name: text[tokens[run.start].span.start..tokens[run.end - 1].span.end].to_string(),
            keys: name_keys(run),
            others,
        });
    }
}

/// Tokens between a figure (or what it counts) and the "selon" that
/// gives whose it is, before the next figure: "1,2 million de manifestants,
/// selon la CGT", "1.2 million people marched against the reform according
/// to the unions".
const PARTY_GAP: usize = 10;
/// Words a party named after "selon" holds at most ("la fédération
/// CGT-Cheminots").
const PARTY_WORDS: usize = 4;

/// Whose word each figure is on, where the sentence says it right after
/// the figure (see [`Quantity::party`]); a bare count whose party is given
/// after a counted figure's counts what that one counts ("1,2 million de
/// manifestants selon la CGT, 224 000 selon la police": 224 000
/// demonstrators).
fn bind_parties(text: &str, tokens: &[Token], out: &mut [Quantity]) {
    let breaks = |t: usize| t > 0 && super::binding::broken(text, &tokens[t - 1], &tokens[t]);
    // (figures given as a figure noun's value: "le chiffre de 48 %" is a
    // figure for what the one before counts, however far back)
    let mut refers_back = vec![false; out.len()];
    for q in 0..out.len() {
        if out[q].ordinal {
            continue;
        }
        let from = out[q]
            .noun
            .as_ref()
            .map_or(out[q].tokens.end, |n| n.tokens.end.max(out[q].tokens.end));
        let until = out
            .iter()
            .map(|o| o.tokens.start)
            .filter(|&start| start >= from)
            .min()
            .unwrap_or(tokens.len());
        // (within the figure's statement: a semicolon ends it)
        let statement_end = (from + 1..until)
            .find(|&t| text[tokens[t - 1].span.end..tokens[t].span.start].contains(';'))
            .unwrap_or(until);
        let Some((cue, len)) = (from..statement_end.min(from + PARTY_GAP + 1))
            .find_map(|t| super::attribution::cue_at(tokens, t).map(|len| (t, len)))
        else {
            out[q].party = party_giving_figure(text, tokens, out[q].tokens.start);
            refers_back[q] = out[q].party.is_some();
            continue;
        };
        let start = cue + len;
        let end = (start..until.min(start + PARTY_WORDS))
            .find(|&t| t > start && breaks(t))
            .unwrap_or(until.min(start + PARTY_WORDS));
        if end > start {
            out[q].party = Some(start..end);
        }
    }
    for q in 1..out.len() {
        let (before, rest) = out.split_at_mut(q);
        let (prev, this) = (&before[q - 1], &mut rest[0]);
        // (right after the one before, its noun and its party: "sur les
        // 70 millions", ", 224 000 selon la police")
        let prev_end = [
            Some(prev.tokens.end),
            prev.noun.as_ref().map(|n| n.tokens.end),
            prev.party.as_ref().map(|r| r.end),
        ]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(prev.tokens.end);
        if this.noun.is_none()
            && this.entity.is_none()
            && this.party.is_some()
            && prev.unit == this.unit
            && !prev.ordinal
            && (refers_back[q] || this.tokens.start.saturating_sub(prev_end) <= ELLIPSIS_GAP)
        {
            this.noun = prev.noun.clone();
        }
    }
}

/// Tokens between a figure (with what it counts and whose it is) and a
/// bare figure after it that counts the same ("sur les 70 millions", "et
/// 224 000 selon la police").
const ELLIPSIS_GAP: usize = 3;

/// Nouns that name a figure given for something already counted ("la
/// direction avance le chiffre de 48 %", "management put the figure at
/// 40%") (folded).
const FIGURE_NOUNS: &[&str] = &[
    "chiffre",
    "estimation",
    "figure",
    "estimate",
    "number",
    "nombre",
    "total",
];

/// The party that gives the figure at token `at` as a figure noun's value
/// ("; la direction avance le chiffre de 48 %", "management put the figure
/// at 40%"): the words that open its clause before the verb that takes the
/// noun.
fn party_giving_figure(text: &str, tokens: &[Token], at: usize) -> Option<Range<usize>> {
    let word = |k: usize| tokens[k].norm.as_str();
    let connector = at.checked_sub(1)?;
    let noun = connector.checked_sub(1)?;
    if !matches!(word(connector), "de" | "d" | "of" | "at" | "a")
        || !FIGURE_NOUNS.contains(&word(noun))
    {
        return None;
    }
    let determiner = noun.checked_sub(1)?;
    if !matches!(
        word(determiner),
        "le" | "un" | "son" | "leur" | "the" | "a" | "its" | "their"
    ) {
        return None;
    }
    let verb = determiner.checked_sub(1)?;
    let breaks = |t: usize| t == 0 || super::binding::broken(text, &tokens[t - 1], &tokens[t]);
    let start = (verb.saturating_sub(OPENING_PARTY_WORDS)..verb)
        .rev()
        .find(|&t| breaks(t))?;
    (start < verb && !breaks(verb)).then_some(start..verb)
}

/// Words an opening attribution's party holds at most ("Selon le ministère
/// de l'Intérieur,").
const OPENING_PARTY_WORDS: usize = 6;

/// The party of an attribution that opens the sentence, up to its comma
/// ("Selon la préfecture, ...", "Jeudi, selon les organisateurs, ...",
/// "According to the organisers, ..."): any words, where the attribution
/// of [`super::find_attribution`] knows names and a few bodies only.
pub(super) fn opening_party(text: &str, tokens: &[Token]) -> Option<Range<usize>> {
    let (cue, len) = (0..tokens.len().min(3))
        .find_map(|t| super::attribution::cue_at(tokens, t).map(|len| (t, len)))?;
    let start = cue + len;
    let comma = |t: usize| text[tokens[t - 1].span.end..tokens[t].span.start].contains(',');
    let end = (start + 1..tokens.len().min(start + OPENING_PARTY_WORDS + 1)).find(|&t| comma(t))?;
    Some(start..end)
}

/// Give the figures that name no party of their own the party of the
/// attribution that opens the sentence (token range `opening`, before every
/// figure), when another figure of the sentence names its own: "Selon la
/// police, 224 000 personnes ont défilé, 1,2 million selon la CGT".
pub(super) fn give_opening_party(quantities: &mut [Quantity], opening: Range<usize>) {
    if !quantities.iter().any(|q| q.party.is_some()) {
        return;
    }
    for q in quantities
        .iter_mut()
        .filter(|q| q.party.is_none() && !q.ordinal)
    {
        q.party = Some(opening.clone());
    }
}

/// "by 23 votes to 8", "par 23 voix contre 8", "23 votes against 8": the
/// second figure counts what the first counts.
fn shared_noun(
    tokens: &[Token],
    before: &[Quantity],
    start: usize,
    has_entity: bool,
) -> Option<NounPhrase> {
    let previous = before.last()?;
    let joiner = start.checked_sub(1)?;
    let joined = matches!(
        tokens[joiner].norm.as_str(),
        "to" | "against" | "versus" | "vs" | "contre"
    );
    let adjacent = previous
        .noun
        .as_ref()
        .is_some_and(|n| n.tokens.end == joiner);
    (joined && adjacent && !has_entity && previous.unit == Unit::Count)
        .then(|| previous.noun.clone())
        .flatten()
}

/// Determiners that make a small number word a reference ("the two", "nos deux").
const DEFINITE_DETERMINERS: &[&str] = &[
    "the", "these", "those", "its", "their", "his", "her", "our", "your", "both", "les", "ces",
    "ses", "leurs", "nos", "vos", "mes", "tes",
];

fn is_definite_reference(tokens: &[Token], i: usize, end: usize, value: f64) -> bool {
    let spelled = tokens[i..end].iter().all(|t| t.kind == TokenKind::Word);
    spelled && value < 10.0 && i > 0 && DEFINITE_DETERMINERS.contains(&tokens[i - 1].norm.as_str())
}

/// Read a number starting at token `i`: digits (with space-separated thousand
/// groups) or number words. Returns value, end token, and an approximation
/// implied by the words ("dozens").
fn read_number(text: &str, tokens: &[Token], i: usize, lang: Lang) -> Option<(f64, usize, Approx)> {
    let t = &tokens[i];
    if t.kind == TokenKind::Number {
        let mut digits = t.norm.clone();
        let mut end = i + 1;
        // "50 000" with a normal, no-break or thin space
        if t.norm.len() <= 3 && t.norm.chars().all(|c| c.is_ascii_digit()) {
            while let Some(n) = tokens.get(end) {
                let gap = &text[tokens[end - 1].span.end..n.span.start];
                let is_group = n.kind == TokenKind::Number
                    && n.norm.len() == 3
                    && n.norm.chars().all(|c| c.is_ascii_digit());
                if is_group && matches!(gap, " " | "\u{a0}" | "\u{202f}" | "\u{2009}") {
                    digits.push_str(&n.norm);
                    end += 1;
                } else {
                    break;
                }
            }
        }
        return parse_digits(&digits, lang).map(|v| (v, end, Approx::Exact));
    }
    if let Some(end) = single_one(text, tokens, i, lang) {
        return Some((1.0, end, Approx::Exact));
    }
    read_number_words(tokens, i, lang)
}

/// Words that make "a single" none ("not a single death", "pas un seul
/// mort", "sans un seul blessé"), folded, read within
/// [`SINGLE_NEGATION_REACH`] tokens before the article.
const SINGLE_NEGATORS: &[&str] = &[
    "not", "no", "t", "never", "without", "pas", "jamais", "sans", "ni", "plus", "aucun",
];
const SINGLE_NEGATION_REACH: usize = 3;

/// One, written as the article and "single" or "seul" ("a single
/// aircraft", "one single vote", "un seul avion", "une seule fois"): the
/// token after "single"; not under a negation (none), nor a compound ("a
/// single-engine plane").
fn single_one(text: &str, tokens: &[Token], i: usize, lang: Lang) -> Option<usize> {
    let next = tokens.get(i + 1)?;
    let after = tokens.get(i + 2)?;
    let single = matches!(
        (lang, tokens[i].norm.as_str(), next.norm.as_str()),
        (Lang::En, "a" | "one", "single") | (Lang::Fr, "un", "seul") | (Lang::Fr, "une", "seule")
    );
    let compound = text[next.span.end..after.span.start].contains('-');
    let negated = tokens[i.saturating_sub(SINGLE_NEGATION_REACH)..i]
        .iter()
        .any(|t| SINGLE_NEGATORS.contains(&t.norm.as_str()));
    (single && !compound && !negated && after.kind == TokenKind::Word).then_some(i + 2)
}

/// "50.000" (French thousands), "50,000", "27,5", "9.4", "1,500.25".
pub fn parse_digits(s: &str, lang: Lang) -> Option<f64> {
    let seps: Vec<(usize, char)> = s
        .char_indices()
        .filter(|(_, c)| *c == '.' || *c == ',')
        .collect();
    if seps.is_empty() {
        return s.parse().ok();
    }
    let groups: Vec<&str> = s.split(['.', ',']).collect();
    let all_thousands = groups[1..].iter().all(|g| g.len() == 3) && groups[0].len() <= 3;
    let distinct: Vec<char> = {
        let mut d: Vec<char> = seps.iter().map(|(_, c)| *c).collect();
        d.dedup();
        d
    };
    if distinct.len() == 1 && seps.len() > 1 {
        // "1.000.000" or "1,000,000"
        return groups.concat().parse().ok();
    }
    if distinct.len() == 2 {
        // "1,500.25" or "1.500,25": the last separator is the decimal one
        let (last_at, _) = *seps.last()?;
        let int: String = s[..last_at].chars().filter(char::is_ascii_digit).collect();
        return format!("{int}.{}", &s[last_at + 1..]).parse().ok();
    }
    // one separator
    let (at, sep) = seps[0];
    if all_thousands && !(sep == '.' && lang == Lang::En && groups[0] == "0") {
        // "50.000" / "50,000": a group of exactly three digits is thousands
        return groups.concat().parse().ok();
    }
    format!("{}.{}", &s[..at], &s[at + 1..]).parse().ok()
}

/// The hours of a clock time whose hour is the figure `value` at tokens
/// `i..end`, and the token after it: "8h20" (glued, either language), "14
/// h 30", "14 h" (French, spaced). An hour of the day, minutes under 60.
fn clock_time(
    text: &str,
    tokens: &[Token],
    i: usize,
    end: usize,
    value: f64,
    lang: Lang,
) -> Option<(f64, usize)> {
    let h = tokens.get(end).filter(|t| t.norm == "h")?;
    let glued = h.span.start == tokens[end - 1].span.end;
    if !(glued || lang == Lang::Fr) || end != i + 1 || !(0.0..=24.0).contains(&value) {
        return None;
    }
    let minutes = tokens.get(end + 1).filter(|m| {
        m.kind == TokenKind::Number
            && (!glued || m.span.start == h.span.end)
            && text[h.span.end..m.span.start].trim().is_empty()
    });
    match minutes.and_then(|m| m.norm.parse::<f64>().ok()) {
        Some(m) if m < 60.0 => Some((value + m / 60.0, end + 2)),
        Some(_) => None,
        None => Some((value, end + 1)),
    }
}

/// Is a folded word a form of the verb that gives a length of time ("a
/// duré", "lasted")? Before a length, it says no more than the length.
pub fn is_duration_verb(lang: Lang, norm: &str) -> bool {
    match lang {
        Lang::En => matches!(norm, "last" | "lasted" | "lasts" | "lasting"),
        Lang::Fr => matches!(
            norm,
            "dure" | "durer" | "durera" | "durait" | "duraient" | "durent" | "dureront"
        ),
    }
}

/// Number words: "quatorze", "quatre-vingt-cinq", "deux mille", "vingt et
/// un", "fourteen", "two thousand", "a dozen", "three hundred and five".
/// Hand-written because news writes approximations and articles ("une
/// vingtaine", "a dozen", "a hundred") that text2num 2.8 does not read: 33
/// of 33 phrases vs 24 (tools/libcompare).
fn read_number_words(tokens: &[Token], i: usize, lang: Lang) -> Option<(f64, usize, Approx)> {
    let first = tokens[i].norm.as_str();
    match first {
        "dozen" | "douzaine" => return Some((12.0, i + 1, Approx::Exact)),
        "dozens" | "dizaines" => return Some((24.0, i + 1, Approx::AtLeast)),
        "centaines" | "hundreds" => return Some((200.0, i + 1, Approx::AtLeast)),
        "milliers" | "thousands" => return Some((2000.0, i + 1, Approx::AtLeast)),
        _ => {}
    }
    // "une quarantaine de produits" counts; "la quarantaine est
    // obligatoire" is the quarantine, "la cinquantaine" an age
    if let Some(v) = vocab().number(NumberRole::ApproxNoun, first) {
        let counts = tokens
            .get(i + 1)
            .is_some_and(|n| matches!(n.norm.as_str(), "de" | "d"));
        return counts.then_some((v, i + 1, Approx::About));
    }
    if first == "a" && lang == Lang::En && tokens.get(i + 1).is_some_and(|n| n.norm == "dozen") {
        return Some((12.0, i + 2, Approx::Exact));
    }
    // half of a unit: "half a metre", "un demi-mètre" (a measure: "half of
    // the schools" is a share, "the first half of 2023" no quantity)
    let unit_at = |k: usize| tokens.get(k).is_some_and(|t| vocab().is_unit(&t.norm));
    let half = matches!(
        (lang, first, tokens.get(i + 1).map(|t| t.norm.as_str())),
        (Lang::En, "half", Some("a" | "an")) | (Lang::Fr, "un" | "une", Some("demi" | "demie"))
    );
    if half && unit_at(i + 2) {
        return Some((0.5, i + 2, Approx::Exact));
    }
    // one unit of time as a duration, written with the article: "closed
    // for a week", "fermées pendant une semaine", "lasted a month", "a duré
    // un mois", "s'étalera sur un an" ("a week later", "une semaine de
    // grève" say no length of time)
    let before = |w: &str| {
        matches!(
            (lang, w),
            (Lang::En, "for" | "over") | (Lang::Fr, "pendant" | "durant" | "sur")
        ) || is_duration_verb(lang, w)
    };
    let duration_of_one = i > 0
        && before(&tokens[i - 1].norm)
        && matches!(
            (lang, first),
            (Lang::En, "a" | "an") | (Lang::Fr, "un" | "une")
        )
        && tokens.get(i + 1).is_some_and(|t| {
            vocab()
                .calendar(super::CalendarKind::Duration, &t.norm)
                .is_some()
        });
    if duration_of_one {
        return Some((1.0, i + 1, Approx::Exact));
    }
    let mut total = 0.0;
    let mut current: f64 = 0.0;
    let mut end = i;
    let mut words = 0;
    let mut j = i;
    while let Some(tok) = tokens.get(j) {
        if tok.kind != TokenKind::Word {
            break;
        }
        let w = tok.norm.as_str();
        if let Some(v) = vocab().number(NumberRole::Word, w) {
            let rest = current % 100.0;
            let fits = current == 0.0
                || rest == 0.0
                || (v == 20.0 && rest == 4.0)
                || (v < 20.0 && rest >= 20.0 && rest % 10.0 == 0.0)
                || (v < 10.0 && rest == 10.0 && current >= 10.0);
            if !fits {
                break;
            }
            if v == 20.0 && rest == 4.0 {
                current += 76.0; // quatre-vingt
            } else {
                current += v;
            }
        } else if let Some(m) = vocab().number(NumberRole::Multiplier, w) {
            if m == 100.0 {
                let hundreds = if current == 0.0 { 1.0 } else { current };
                current = hundreds * 100.0;
            } else {
                total += if current == 0.0 { 1.0 } else { current } * m;
                current = 0.0;
            }
        } else if matches!(w, "et" | "and")
            && words > 0
            && tokens
                .get(j + 1)
                .is_some_and(|n| vocab().number(NumberRole::Word, &n.norm).is_some())
        {
            j += 1;
            continue;
        } else if w == "a"
            && words == 0
            && lang == Lang::En
            && tokens.get(j + 1).is_some_and(|n| {
                vocab().number(NumberRole::Multiplier, &n.norm).is_some()
                    || vocab().number(NumberRole::Scale, &n.norm).is_some()
            })
        {
            current = 1.0;
        } else {
            break;
        }
        words += 1;
        end = j + 1;
        j += 1;
    }
    if words == 0 {
        return None;
    }
    // a lone article ("un", "une", "a") is not a number unless a scale follows ("un million")
    if words == 1
        && matches!(first, "un" | "une" | "a")
        && tokens
            .get(end)
            .is_none_or(|t| vocab().number(NumberRole::Scale, &t.norm).is_none())
    {
        return None;
    }
    if words == 1 && first == "one" && tokens.get(end).is_some_and(|t| t.norm == "of") {
        return None;
    }
    // a pronoun, no count: "no one was killed", "every one of them"
    if words == 1
        && first == "one"
        && lang == Lang::En
        && i.checked_sub(1).is_some_and(|p| {
            matches!(
                tokens[p].norm.as_str(),
                "no" | "any" | "every" | "each" | "some"
            )
        })
    {
        return None;
    }
    Some((total + current, end, Approx::Exact))
}

/// "une vingtaine": include the article in the span.
fn approx_noun_before(tokens: &[Token], i: usize) -> Option<usize> {
    vocab().number(NumberRole::ApproxNoun, &tokens[i].norm)?;
    let prev = i.checked_sub(1)?;
    matches!(
        tokens[prev].norm.as_str(),
        "une" | "un" | "quelque" | "quelques"
    )
    .then_some(prev)
}

fn qualifier_before(tokens: &[Token], i: usize) -> Option<(usize, Approx)> {
    for (words, approx) in vocab().qualifiers() {
        let n = words.len();
        if i < n {
            continue;
        }
        let start = i - n;
        if tokens[start..i]
            .iter()
            .zip(words.iter())
            .all(|(t, w)| t.norm == *w)
        {
            return Some((start, *approx));
        }
    }
    None
}

/// "d'euros", "de dollars", "euros", "dollars US", "€".
fn currency_after(tokens: &[Token], end: usize) -> Option<(&'static str, usize)> {
    let mut j = end;
    let mut used = 0;
    if tokens
        .get(j)
        .is_some_and(|t| matches!(t.norm.as_str(), "de" | "d" | "of"))
    {
        j += 1;
        used += 1;
    }
    let cur = vocab().currency(&tokens.get(j)?.norm)?;
    used += 1;
    if cur == "GBP" && tokens.get(j + 1).is_some_and(|t| t.norm == "sterling") {
        used += 1;
    }
    if cur == "USD"
        && tokens
            .get(j + 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "us" | "americains"))
    {
        used += 1;
    }
    Some((cur, used))
}

fn symbol_currency(c: char) -> &'static str {
    match c {
        '€' => "EUR",
        '£' => "GBP",
        _ => "USD",
    }
}

/// Digits glued to a word are part of a name, not a quantity: "Covid-19",
/// "G7", "F-35", "A320", "Paris-2024". Not "mi-2021" or "fin-2020" (dates).
fn in_a_name(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &tokens[p]) else {
        return false;
    };
    let gap = &text[prev.span.end..tokens[i].span.start];
    tokens[i].kind == TokenKind::Number
        && prev.kind == TokenKind::Word
        && (gap.is_empty() || gap == "-")
        && !matches!(
            prev.norm.as_str(),
            "mi" | "mid" | "fin" | "debut" | "late" | "early" | "pre" | "post" | "l" | "d"
        )
}

/// The number words, currencies and qualifiers of data/rules/.
fn vocab() -> &'static Vocabulary {
    Vocabulary::shared()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Lexicon, tokenize};

    fn quantities(text: &str, lang: Lang) -> Vec<Quantity> {
        let tokens = tokenize(text);
        let keys = Lexicon::shared().keys(text, &tokens, lang);
        extract_quantities(text, &tokens, &keys, lang, &[])
    }

    fn first(text: &str, lang: Lang) -> (f64, Approx, Unit) {
        let q = quantities(text, lang);
        let q = q
            .first()
            .unwrap_or_else(|| panic!("no quantity in {text:?}"));
        (q.value, q.approx, q.unit.clone())
    }

    /// Whose word each figure is on (the party's folded words) and what it
    /// counts (its head), where the sentence says so: "selon" / "according
    /// to" after the figure, an opening attribution for the figures that
    /// name none, a party that gives "le chiffre de" / "the figure at".
    #[test]
    fn figures_on_a_partys_word() {
        let read = |text: &str, lang: Lang| -> Vec<(f64, String, String)> {
            let f = crate::facts::analyse(text, lang, crate::facts::DateContext::default());
            let words = |r: &Range<usize>| {
                r.clone()
                    .map(|t| f.tokens[t].norm.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            f.quantities
                .iter()
                .map(|q| {
                    let party = q.party.as_ref().map(words).unwrap_or_default();
                    let head = q.noun.as_ref().map(|n| f.tokens[n.head].norm.to_string());
                    (q.value, party, head.unwrap_or_default())
                })
                .collect()
        };
        let row = |v: f64, party: &str, head: &str| (v, party.to_string(), head.to_string());
        let table = [
            (
                "La marche a réuni 12 000 personnes selon les organisateurs, 4 500 selon la préfecture.",
                Lang::Fr,
                vec![
                    row(12000.0, "les organisateurs", "personnes"),
                    row(4500.0, "la prefecture", "personnes"),
                ],
            ),
            (
                "12,000 people marched according to the organisers, and 4,500 according to the police.",
                Lang::En,
                vec![
                    row(12000.0, "the organisers", "people"),
                    row(4500.0, "the police", "people"),
                ],
            ),
            (
                "La marche a réuni 12 000 personnes d'après les organisateurs, 4 500 d'après la police.",
                Lang::Fr,
                vec![
                    row(12000.0, "les organisateurs", "personnes"),
                    row(4500.0, "la police", "personnes"),
                ],
            ),
            // an opening attribution for the figure that names no party
            (
                "Selon la police, 4 500 personnes ont défilé, 12 000 selon les organisateurs.",
                Lang::Fr,
                vec![
                    row(4500.0, "la police", "personnes"),
                    row(12000.0, "les organisateurs", "personnes"),
                ],
            ),
            // a party that gives a figure for what the one before counts
            (
                "Selon le syndicat, 65 % des infirmiers étaient en grève ; la direction avance le chiffre de 40 %.",
                Lang::Fr,
                vec![
                    row(65.0, "le syndicat", "infirmiers"),
                    row(40.0, "la direction", "infirmiers"),
                ],
            ),
            (
                "According to the union, 65% of nurses were on strike; management put the figure at 40%.",
                Lang::En,
                vec![
                    row(65.0, "the union", "nurses"),
                    row(40.0, "management", "nurses"),
                ],
            ),
            // one figure on one party's word; a sentence with no party
            (
                "Le rassemblement a réuni 3 000 personnes selon la police.",
                Lang::Fr,
                vec![row(3000.0, "la police", "personnes")],
            ),
            (
                "Selon la police, 3 000 personnes se sont rassemblées.",
                Lang::Fr,
                vec![row(3000.0, "", "personnes")],
            ),
            (
                "3,000 people gathered on Sunday.",
                Lang::En,
                vec![row(3000.0, "", "people")],
            ),
        ];
        for (text, lang, expected) in table {
            assert_eq!(read(text, lang), expected, "{text}");
        }
    }

    /// "one" as a pronoun counts nothing ("No one was killed"); as a
    /// determiner it counts one. (French "un" alone is an article, no
    /// count, whatever comes before it.)
    #[test]
    fn one_as_a_pronoun_counts_nothing() {
        let values = |text: &str, lang: Lang| -> Vec<f64> {
            quantities(text, lang).iter().map(|q| q.value).collect()
        };
        let table: &[(&str, Lang, &[f64])] = &[
            ("No one was killed in the fire.", Lang::En, &[]),
            ("No one in the village was hurt.", Lang::En, &[]),
            (
                "Every one of the 12 firefighters returned.",
                Lang::En,
                &[12.0],
            ),
            ("The one who called was a neighbour.", Lang::En, &[]),
            ("One firefighter died.", Lang::En, &[1.0]),
            ("Deux pompiers sont morts.", Lang::Fr, &[2.0]),
            ("Un pompier est mort.", Lang::Fr, &[]),
            ("Aucun pompier n'a été tué.", Lang::Fr, &[]),
        ];
        for &(text, lang, want) in table {
            assert_eq!(values(text, lang), want, "{text}");
        }
    }

    #[test]
    fn french_phrases() {
        use Approx::*;
        let table: &[(&str, f64, Approx, Unit)] = &[
            ("une liste de 50.000 numéros", 50_000.0, Exact, Unit::Count),
            ("50 000 numéros de téléphone", 50_000.0, Exact, Unit::Count),
            ("50\u{202f}000 numéros", 50_000.0, Exact, Unit::Count),
            (
                "la facture de 27,5 milliards de dollars",
                27.5e9,
                Exact,
                Unit::Money("USD".into()),
            ),
            (
                "un plan de 100 millions d'euros",
                1e8,
                Exact,
                Unit::Money("EUR".into()),
            ),
            ("quatorze ministres", 14.0, Exact, Unit::Count),
            ("quatre-vingt-cinq militants", 85.0, Exact, Unit::Count),
            ("deux mille contacts", 2000.0, Exact, Unit::Count),
            ("vingt et un jours", 21.0, Exact, Unit::Count),
            ("soixante-dix-sept pays", 77.0, Exact, Unit::Count),
            ("trois cents personnes", 300.0, Exact, Unit::Count),
            (
                "un million deux cent mille habitants",
                1.2e6,
                Exact,
                Unit::Count,
            ),
            ("deux millions de personnes", 2e6, Exact, Unit::Count),
            // a half after the whole, or after what it counts
            (
                "un million et demi d'euros",
                1.5e6,
                Exact,
                Unit::Money("EUR".into()),
            ),
            ("trois ans et demi de prison", 3.5, Exact, Unit::Count),
            (
                "le débat a duré une heure et demie",
                1.5,
                Exact,
                Unit::Count,
            ),
            ("une vingtaine de responsables", 20.0, About, Unit::Count),
            ("une centaine de victimes", 100.0, About, Unit::Count),
            ("au moins 180 journalistes", 180.0, AtLeast, Unit::Count),
            ("plus de 80 journalistes", 80.0, MoreThan, Unit::Count),
            (
                "des demandes inférieures à 50 millions d'euros",
                5e7,
                LessThan,
                Unit::Money("EUR".into()),
            ),
            ("un taux supérieur à 12 %", 12.0, MoreThan, Unit::Percent),
            ("en dessous de 20 degrés", 20.0, LessThan, Unit::Count),
            ("moins de 10 pays", 10.0, LessThan, Unit::Count),
            ("environ 30 morts", 30.0, About, Unit::Count),
            ("près de 600 élus", 600.0, About, Unit::Count),
            ("jusqu'à 40 serveurs", 40.0, AtMost, Unit::Count),
            ("un taux de 12,5 %", 12.5, Exact, Unit::Percent),
            ("30 pour cent des voix", 30.0, Exact, Unit::Percent),
            (
                "9,4 milliards de dollars",
                9.4e9,
                Exact,
                Unit::Money("USD".into()),
            ),
        ];
        for (text, value, approx, unit) in table {
            let got = first(text, Lang::Fr);
            assert!(
                (got.0 - value).abs() < 1e-6 * value.max(1.0),
                "{text}: {got:?}"
            );
            assert_eq!(got.1, *approx, "{text}");
            assert_eq!(got.2, *unit, "{text}");
        }
    }

    #[test]
    fn english_phrases() {
        use Approx::*;
        let table: &[(&str, f64, Approx, Unit)] = &[
            ("50,000 phone numbers", 50_000.0, Exact, Unit::Count),
            ("a rate of 9.4 percent", 9.4, Exact, Unit::Percent),
            ("fourteen ministers", 14.0, Exact, Unit::Count),
            ("two thousand contacts", 2000.0, Exact, Unit::Count),
            ("a dozen countries", 12.0, Exact, Unit::Count),
            ("2 million people", 2e6, Exact, Unit::Count),
            ("$1.5bn in fines", 1.5e9, Exact, Unit::Money("USD".into())),
            ("at least 190 journalists", 190.0, AtLeast, Unit::Count),
            ("more than 80 reporters", 80.0, MoreThan, Unit::Count),
            ("nearly 600 politicians", 600.0, Nearly, Unit::Count),
            ("presque 600 élus", 600.0, Nearly, Unit::Count),
            ("quasiment 600 élus", 600.0, Nearly, Unit::Count),
            ("up to 40 servers", 40.0, AtMost, Unit::Count),
            ("no more than 40 servers", 40.0, AtMost, Unit::Count),
            ("not more than 40 servers", 40.0, AtMost, Unit::Count),
            ("no fewer than 300 people", 300.0, AtLeast, Unit::Count),
            ("not less than 300 people", 300.0, AtLeast, Unit::Count),
            ("three hundred and five votes", 305.0, Exact, Unit::Count),
            ("two and a half hours", 2.5, Exact, Unit::Count),
            // at least the scale word alone, as "hundreds"
            ("several hundred people", 100.0, AtLeast, Unit::Count),
            ("a few thousand people", 1000.0, AtLeast, Unit::Count),
            ("several dozen people", 12.0, AtLeast, Unit::Count),
            (
                "the debate lasted an hour and a half",
                1.5,
                Exact,
                Unit::Count,
            ),
            (
                "one and a half million euros",
                1.5e6,
                Exact,
                Unit::Money("EUR".into()),
            ),
            (
                "two million three hundred thousand people",
                2.3e6,
                Exact,
                Unit::Count,
            ),
            ("two million people and five cars", 2e6, Exact, Unit::Count),
            ("fewer than 10 countries", 10.0, LessThan, Unit::Count),
            (
                "claims below 50 million euros",
                5e7,
                LessThan,
                Unit::Money("EUR".into()),
            ),
            (
                "in excess of 80 million euros",
                8e7,
                MoreThan,
                Unit::Money("EUR".into()),
            ),
            ("a rate higher than 12%", 12.0, MoreThan, Unit::Percent),
            ("about 35 servers", 35.0, About, Unit::Count),
            ("12% of the vote", 12.0, Exact, Unit::Percent),
            ("100 million euros", 1e8, Exact, Unit::Money("EUR".into())),
            ("half a metre above the record", 0.5, Exact, Unit::Count),
        ];
        for (text, value, approx, unit) in table {
            let got = first(text, Lang::En);
            assert!(
                (got.0 - value).abs() < 1e-6 * value.max(1.0),
                "{text}: {got:?}"
            );
            assert_eq!(got.1, *approx, "{text}");
            assert_eq!(got.2, *unit, "{text}");
        }
    }

    #[test]
    fn half_of_a_unit_is_a_measure_and_nothing_else_is() {
        let values = |text: &str, lang: Lang| -> Vec<f64> {
            quantities(text, lang).iter().map(|q| q.value).collect()
        };
        assert_eq!(values("un demi-mètre au-dessus du record", Lang::Fr), [0.5]);
        assert_eq!(values("half a kilometre from the coast", Lang::En), [0.5]);
        assert!(values("in the first half of the year", Lang::En).is_empty());
        assert!(values("une demi-heure plus tard", Lang::Fr).is_empty());
    }

    /// A ratio or a fraction of something is a share, in percent: "la
    /// moitié" meets "50 %" and differs from "deux sur trois".
    #[test]
    fn shares_are_percentages_of_their_noun() {
        // (text, language, percent, the noun it is a share of)
        let table: &[(&str, Lang, f64, &str)] = &[
            (
                "deux bus sur trois ont été supprimés",
                Lang::Fr,
                66.7,
                "bus",
            ),
            ("un bus sur quatre a roulé", Lang::Fr, 25.0, "bus"),
            (
                "Quatre élèves sur cinq ont réussi",
                Lang::Fr,
                80.0,
                "élèves",
            ),
            ("trois sur dix ont voté", Lang::Fr, 30.0, ""),
            ("la moitié des élèves", Lang::Fr, 50.0, "élèves"),
            ("les deux tiers des voix", Lang::Fr, 66.7, "voix"),
            ("un quart des salariés", Lang::Fr, 25.0, "salariés"),
            ("one bus in two ran", Lang::En, 50.0, "bus"),
            (
                "two out of three buses were cancelled",
                Lang::En,
                66.7,
                "buses",
            ),
            ("half of the schools", Lang::En, 50.0, "schools"),
            ("half the staff", Lang::En, 50.0, "staff"),
            ("three quarters of the voters", Lang::En, 75.0, "voters"),
            ("a third of the pupils", Lang::En, 33.3, "pupils"),
            // after a possessive too
            ("nearly half of his harvest", Lang::En, 50.0, "harvest"),
            // the whole of something is a share of 100 %
            ("all of his harvest", Lang::En, 100.0, "harvest"),
            ("he lost his entire harvest", Lang::En, 100.0, "harvest"),
            ("la totalité des trains", Lang::Fr, 100.0, "trains"),
            ("l'intégralité de la récolte", Lang::Fr, 100.0, "récolte"),
        ];
        for &(text, lang, percent, noun) in table {
            let q = quantities(text, lang);
            assert_eq!(q.len(), 1, "{text}: {q:?}");
            assert_eq!(
                (q[0].value, &q[0].unit),
                (percent, &Unit::Percent),
                "{text}"
            );
            let got = q[0].noun.as_ref().map_or("", |n| &text[n.span.clone()]);
            assert_eq!(got, noun, "{text}");
        }
        for (text, lang) in [
            // a text that ends where the second figure would stand
            ("deux trains sur", Lang::Fr),
            ("Un sur", Lang::Fr),
            ("one train in", Lang::En),
            ("two out of", Lang::En),
            // a period, a time, a stage: no share
            ("la seconde moitié du match", Lang::Fr),
            ("un quart d'heure plus tard", Lang::Fr),
            ("les quarts de finale", Lang::Fr),
            ("three quarters of an hour", Lang::En),
            ("in the second half of the season", Lang::En),
            ("two people in 2019", Lang::En),
        ] {
            assert!(
                quantities(text, lang)
                    .iter()
                    .all(|q| q.unit != Unit::Percent),
                "{text}"
            );
        }
    }

    #[test]
    fn movements_of_figures() {
        use Movement::*;
        let table: &[(&str, Lang, &[Option<Movement>])] = &[
            (
                "Unemployment rose by 7% last year.",
                Lang::En,
                &[Some(Change)],
            ),
            ("a rise of 7% in prices", Lang::En, &[Some(Change)]),
            ("Unemployment fell to 7%.", Lang::En, &[Some(To)]),
            (
                "Unemployment fell from 9% to 7%.",
                Lang::En,
                &[Some(From), Some(To)],
            ),
            ("Le chômage a baissé de 7 %.", Lang::Fr, &[Some(Change)]),
            ("une hausse de 7 % des prix", Lang::Fr, &[Some(Change)]),
            ("Le chômage est tombé à 7 %.", Lang::Fr, &[Some(To)]),
            (
                "Le chômage est passé de 9 % à 7 %.",
                Lang::Fr,
                &[Some(From), Some(To)],
            ),
            // the level reached after the level left, a year between
            (
                "Profit rose from 1.5 million euros in 2022 to 2 million in 2023.",
                Lang::En,
                &[Some(From), None, Some(To), None],
            ),
            (
                "Le bénéfice est passé de 1,5 million d'euros en 2022 à 2 millions en 2023.",
                Lang::Fr,
                &[Some(From), None, Some(To), None],
            ),
            // no moving word: a plain figure
            ("The company cut 300 jobs.", Lang::En, &[None]),
            ("un taux de 7 %", Lang::Fr, &[None]),
        ];
        for &(text, lang, want) in table {
            let got: Vec<Option<Movement>> =
                quantities(text, lang).iter().map(|q| q.movement).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    /// A temperature below zero is negative, by its sign, "minus"/"moins"
    /// or "below zero"/"sous zéro"; nothing else is ("au moins 5 degrés",
    /// "-5 %", "Covid-19").
    #[test]
    fn temperatures_below_zero() {
        for (text, lang, want) in [
            ("It was -5 °C in Halden.", Lang::En, vec![-5.0]),
            (
                "Temperatures fell to minus 12 degrees.",
                Lang::En,
                vec![-12.0],
            ),
            ("It was 8 degrees below zero.", Lang::En, vec![-8.0]),
            ("Il a fait −7 °C à Halden.", Lang::Fr, vec![-7.0]),
            (
                "La température est descendue à moins 12 degrés.",
                Lang::Fr,
                vec![-12.0],
            ),
            ("Il a fait 8 degrés sous zéro.", Lang::Fr, vec![-8.0]),
            ("Il a fait au moins 5 degrés.", Lang::Fr, vec![5.0]),
            ("It was 5 degrees.", Lang::En, vec![5.0]),
            ("Sales: -5 %.", Lang::En, vec![5.0]),
            ("Covid-19 killed 12 people.", Lang::En, vec![12.0]),
        ] {
            let got: Vec<f64> = quantities(text, lang).iter().map(|q| q.value).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    /// A time of the day is one figure of the hour, counting "h": spaced
    /// in French, glued in either language.
    #[test]
    fn clock_times_are_one_figure_of_the_hour() {
        let clocks = |text: &str, lang: Lang| -> Vec<(f64, String)> {
            let tokens = tokenize(text);
            quantities(text, lang)
                .iter()
                .map(|q| {
                    let head = q
                        .noun
                        .as_ref()
                        .map_or(String::new(), |n| tokens[n.head].norm.to_string());
                    ((q.value * 100.0).round() / 100.0, head)
                })
                .collect()
        };
        let h = |v: f64| vec![(v, String::from("h"))];
        assert_eq!(
            clocks("La réunion a commencé à 14 h 30.", Lang::Fr),
            h(14.5)
        );
        assert_eq!(clocks("La réunion a commencé à 14h30.", Lang::Fr), h(14.5));
        assert_eq!(clocks("La réunion a commencé à 14 h.", Lang::Fr), h(14.0));
        assert_eq!(clocks("The train left at 8h20.", Lang::En), h(8.33));
        // not an hour of the day, nor minutes past 59
        assert!(clocks("Il a roulé 300 h sans panne.", Lang::Fr) != h(300.0));
        assert_eq!(clocks("à 14 h 75 mètres plus loin", Lang::Fr).len(), 2);
    }

    #[test]
    fn a_unit_of_time_as_a_duration_is_one() {
        let values = |text: &str, lang: Lang| -> Vec<f64> {
            quantities(text, lang).iter().map(|q| q.value).collect()
        };
        assert_eq!(
            values("Floods close the schools for a week", Lang::En),
            [1.0]
        );
        assert_eq!(values("the road was shut for an hour", Lang::En), [1.0]);
        assert_eq!(
            values("les écoles resteront fermées pendant une semaine", Lang::Fr),
            [1.0]
        );
        assert_eq!(
            values("le pont a été bloqué durant un mois", Lang::Fr),
            [1.0]
        );
        assert_eq!(values("The strike lasted a month.", Lang::En), [1.0]);
        assert_eq!(values("La grève a duré un mois.", Lang::Fr), [1.0]);
        assert_eq!(values("le 50e s'étalera sur un an", Lang::Fr), [50.0, 1.0]);
        assert_eq!(values("spread over a year", Lang::En), [1.0]);
        assert!(values("a week later the schools reopened", Lang::En).is_empty());
        assert!(values("over a dozen", Lang::En) != [1.0]);
        assert!(values("il compte sur une aide", Lang::Fr).is_empty());
        assert!(values("une semaine de grève", Lang::Fr).is_empty());
        assert!(values("for a while", Lang::En).is_empty());
        assert!(values("pendant une réunion", Lang::Fr).is_empty());
    }

    #[test]
    fn a_single_one_counts_one() {
        let counted = |text: &str, lang: Lang| -> Vec<(f64, String)> {
            quantities(text, lang)
                .into_iter()
                .map(|q| {
                    let noun = q.noun.map(|n| text[n.span].to_string());
                    (q.value, noun.unwrap_or_default())
                })
                .collect()
        };
        let one = |noun: &str| vec![(1.0, noun.to_string())];
        assert_eq!(
            counted("Greece contributed a single aircraft.", Lang::En),
            one("aircraft")
        );
        assert_eq!(
            counted("Only one single vote was cast.", Lang::En),
            one("vote")
        );
        assert_eq!(
            counted("La Grèce a fourni un seul avion.", Lang::Fr),
            one("avion")
        );
        assert_eq!(
            counted("Une seule ligne a été maintenue.", Lang::Fr),
            one("ligne")
        );
        // none under a negation; a compound's first word counts nothing
        assert!(counted("Not a single death was reported.", Lang::En).is_empty());
        assert!(counted("They didn't find a single painting.", Lang::En).is_empty());
        assert!(counted("Il n'y a pas eu un seul mort.", Lang::Fr).is_empty());
        assert!(counted("He flew a single-engine plane.", Lang::En).is_empty());
    }

    #[test]
    fn articles_times_and_ordinals_are_not_counts() {
        assert!(quantities("un numéro du chef de l'État", Lang::Fr).is_empty());
        // (a time of the day counts "h", no thing: see
        // clock_times_are_one_figure_of_the_hour)
        assert!(
            quantities("Publié à 8h20", Lang::Fr)
                .iter()
                .all(|q| q.noun.as_ref().is_some_and(|n| n.tokens.len() == 1))
        );
        // an approximation noun counts only before what it counts
        assert!(quantities("La quarantaine est obligatoire", Lang::Fr).is_empty());
        assert!(quantities("Il a passé la cinquantaine", Lang::Fr).is_empty());
        let q = quantities("le 1er février", Lang::Fr);
        assert!(q.iter().all(|q| q.ordinal));
    }

    #[test]
    fn an_amount_that_leaves_out_its_currency_takes_the_sentences() {
        let units = |text: &str, lang: Lang| -> Vec<(f64, Unit)> {
            quantities(text, lang)
                .into_iter()
                .map(|q| (q.value, q.unit))
                .collect()
        };
        let eur = || Unit::Money("EUR".into());
        let gbp = || Unit::Money("GBP".into());
        assert_eq!(
            units(
                "The region released 12 million euros in aid, and the mayor asked for another 30 million.",
                Lang::En
            ),
            [(12e6, eur()), (30e6, eur())]
        );
        assert_eq!(
            units(
                "Le pont coûtera 240 millions de livres, dont l'État paiera 90 millions.",
                Lang::Fr
            ),
            [(240e6, gbp()), (90e6, gbp())]
        );
        // a figure that counts something keeps counting it
        assert_eq!(
            units(
                "12 million euros of aid for 2 million inhabitants.",
                Lang::En
            ),
            [(12e6, eur()), (2e6, Unit::Count)]
        );
        // and a bare amount with no amount of money before it stays a count
        assert_eq!(
            units("The mayor asked for another 30 million.", Lang::En),
            [(30e6, Unit::Count)]
        );
    }

    #[test]
    fn definite_references_are_not_counts() {
        for (text, lang) in [
            ("the first meeting between the two ministers", Lang::En),
            ("their three children", Lang::En),
            ("la confiance entre nos deux pays", Lang::Fr),
            ("les deux parties", Lang::Fr),
        ] {
            assert!(quantities(text, lang).is_empty(), "{text}");
        }
        // ... but they say how many there are, kept apart with their noun
        let references = |text: &str, lang: Lang| {
            let tokens = tokenize(text);
            let keys = Lexicon::shared().keys(text, &tokens, lang);
            extract_quantities_and_references(text, &tokens, &keys, lang, &[]).1
        };
        for (text, lang, value, noun) in [
            ("the two ministers resigned", Lang::En, 2.0, "ministers"),
            (
                "qui ont tué 52 personnes et les quatre kamikazes",
                Lang::Fr,
                4.0,
                "kamikazes",
            ),
            ("ses trois enfants", Lang::Fr, 3.0, "enfants"),
        ] {
            let got = references(text, lang);
            assert_eq!(got.len(), 1, "{text}");
            let noun_text = got[0].noun.as_ref().map(|n| &text[n.span.clone()]);
            assert_eq!((got[0].value, noun_text), (value, Some(noun)), "{text}");
        }
        assert!(references("les deux", Lang::Fr).is_empty());
        // digits and larger numbers after an article still count
        assert_eq!(quantities("the 14 ministers", Lang::En).len(), 1);
        assert_eq!(quantities("les quatorze ministres", Lang::Fr).len(), 1);
        assert_eq!(quantities("two ministers", Lang::En).len(), 1);
    }

    #[test]
    fn separators() {
        assert_eq!(parse_digits("50.000", Lang::Fr), Some(50_000.0));
        assert_eq!(parse_digits("27,5", Lang::Fr), Some(27.5));
        assert_eq!(parse_digits("9.4", Lang::En), Some(9.4));
        assert_eq!(parse_digits("1,500.25", Lang::En), Some(1500.25));
        assert_eq!(parse_digits("1.500,25", Lang::Fr), Some(1500.25));
        assert_eq!(parse_digits("1.000.000", Lang::Fr), Some(1e6));
    }
}

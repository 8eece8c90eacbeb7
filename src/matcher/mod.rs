//! Match: one claim against one candidate (a sentence or a window of up to
//! three adjacent sentences) gives `supports`, `contradicts` or `related`,
//! with typed reasons.
//!
//! Precision of `contradicts` comes first. A contradiction is only claimed
//! when the two texts are about the same thing: a number bound to the same
//! noun or entity with an incompatible value, a date of the same event
//! (most of the claim's words present) that differs, or the same statement
//! with its polarity flipped by a negation near the matched words.

mod compare;
mod coverage;

pub use compare::{Comparison, compare_dates, compare_quantities};
pub use coverage::{Coverage, coverage, place_names};

use crate::facts::{Facts, NounPhrase, Quantity, Unit};
use crate::text::{Lexicon, Token};
use rustc_hash::FxHashSet as HashSet;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    Contradicts,
    Supports,
    Related,
}

impl Relation {
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Supports => "supports",
            Relation::Contradicts => "contradicts",
            Relation::Related => "related",
        }
    }
}

/// Why a candidate relates to a claim: the facts compared.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    /// `number`, `date`, `weekday`, `noun`, `entity`, `negation`, `hedge`, `coverage`, `missing`,
    /// `context` (a place stated earlier in the article: `source` is that sentence),
    /// `surname` (a first name taken as said by the surname alone), `person` (the
    /// surname with another first name: someone else).
    pub kind: &'static str,
    /// The claim's side, as written or normalised.
    pub claim: String,
    /// The source's side.
    pub source: String,
    /// What the fact is about (the bound noun or entity), when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
    /// `supports`, `contradicts` or `neutral`.
    pub effect: &'static str,
}

/// The outcome of matching a claim against a candidate.
#[derive(Debug, Clone)]
pub struct MatchResult {
    pub relation: Relation,
    pub reasons: Vec<Reason>,
    /// Weighted share of the claim's content words found in the candidate.
    pub coverage: f64,
    pub hedged: bool,
    pub attribution: Option<String>,
    /// Nothing but the claim's place, which the window does not state,
    /// keeps it from supporting: context may still supply the place.
    pub lacks_place: bool,
}

/// One sentence of a candidate window, with its facts and text.
pub struct WindowSentence<'a> {
    pub text: &'a str,
    pub facts: &'a Facts,
}

/// Thresholds of the decision, in one place.
pub const SUPPORT_COVERAGE: f64 = 0.75;
/// When every number and date of the claim is found bound to the same noun
/// or entity, the fact anchors the statement and less of the wording is needed.
pub const SUPPORT_COVERAGE_ANCHORED: f64 = 0.5;
pub const NEGATION_COVERAGE: f64 = 0.7;
pub const DATE_EVENT_COVERAGE: f64 = 0.6;
pub const UNBOUND_NUMBER_COVERAGE: f64 = 0.75;
pub const UNBOUND_AMOUNT_COVERAGE: f64 = 0.6;
/// Even a number bound to the same noun contradicts only when the sentence
/// speaks to a fair share of the claim: "the two ministers met" is not
/// contradicted by "fourteen ministers were targeted".
pub const BOUND_CONTRADICTION_COVERAGE: f64 = 0.4;

/// Match a claim (its text and facts) against a window of sentences.
/// `df` gives the number of corpus sentences holding a key, for weights.
pub fn match_claim(
    claim_text: &str,
    claim: &Facts,
    window: &[WindowSentence<'_>],
    idf: &dyn Fn(&str) -> f64,
    df: &dyn Fn(&str) -> usize,
) -> MatchResult {
    match_claim_in_context(claim_text, claim, window, &[], idf, df)
}

/// [`match_claim`], with sentences from earlier in the same article that
/// may say where the window's event took place ("Eyal Hulata a été envoyé à
/// Paris ... Trois mois plus tard, ... une session ... s'était tenue entre
/// Eyal Hulata et ... Emmanuel Bonne"). They supply place names only; facts,
/// negations and attributions come from the window alone.
pub fn match_claim_in_context(
    claim_text: &str,
    claim: &Facts,
    window: &[WindowSentence<'_>],
    context: &[WindowSentence<'_>],
    idf: &dyn Fn(&str) -> f64,
    df: &dyn Fn(&str) -> usize,
) -> MatchResult {
    let cov = coverage(claim, window, context, idf, df);
    let mut reasons = Vec::new();
    let mut contradicts = false;
    let mut all_facts_matched = true;
    let mut anchored = false;

    // numbers
    for cq in claim.quantities.iter().filter(|q| !q.ordinal) {
        let about_claim = describe_binding(claim_text, claim, cq);
        let mut best: Option<(Comparison, bool, &Quantity, &WindowSentence)> = None;
        for (s, ws) in window.iter().enumerate() {
            for sq in ws.facts.quantities.iter().filter(|q| !q.ordinal) {
                let same = same_thing((claim_text, claim), cq, (ws.text, ws.facts), sq);
                if same == Binding::Different {
                    continue;
                }
                let cmp = compare_quantities(cq, sq);
                if cmp == Comparison::Unclear {
                    continue;
                }
                let bound = same == Binding::Same;
                let threshold = if matches!(cq.unit, Unit::Money(_) | Unit::Percent) {
                    UNBOUND_AMOUNT_COVERAGE
                } else {
                    UNBOUND_NUMBER_COVERAGE
                };
                if !bound && cov.share < threshold {
                    continue;
                }
                // a number whose binding is unknown may support, never contradict:
                // "7 championnats" is not contradicted by "les World Series de 2005"
                // a differing figure in a sentence that does not name the
                // claim's subject is about someone else ("Qlumavive had 895
                // ..." next to "Qtotove had 163 ...")
                if cmp == Comparison::Mismatch
                    && (!bound
                        || cov.share < BOUND_CONTRADICTION_COVERAGE
                        || !cov.missing_names.is_empty()
                        || !names_in_sentence(claim, window, s))
                {
                    continue;
                }
                let rank = |c: Comparison, b: bool| (c == Comparison::Match) as u8 * 2 + b as u8;
                if best
                    .as_ref()
                    .is_none_or(|(bc, bb, _, _)| rank(cmp, bound) > rank(*bc, *bb))
                {
                    best = Some((cmp, bound, sq, ws));
                }
            }
        }
        match best {
            Some((cmp, bound, sq, ws)) => {
                anchored |= bound && cmp == Comparison::Match;
                let about = entity_text(ws, sq)
                    .or_else(|| {
                        sq.noun
                            .as_ref()
                            .map(|n| ws.text[n.span.clone()].to_string())
                    })
                    .or(about_claim);
                let effect = if cmp == Comparison::Match {
                    "supports"
                } else {
                    "contradicts"
                };
                if cmp == Comparison::Mismatch {
                    contradicts = true;
                    all_facts_matched = false;
                }
                reasons.push(Reason {
                    kind: "number",
                    claim: claim_text[cq.span.clone()].to_string(),
                    source: ws.text[sq.span.clone()].to_string(),
                    about,
                    effect,
                });
            }
            None => {
                all_facts_matched = false;
                reasons.push(Reason {
                    kind: "number",
                    claim: claim_text[cq.span.clone()].to_string(),
                    source: String::new(),
                    about: about_claim,
                    effect: "neutral",
                });
            }
        }
    }

    // dates
    // a start ("since 2013") compares with a start only
    for cd in &claim.dates {
        let mut best: Option<(Comparison, &'static str, String)> = None;
        for (s, ws) in window.iter().enumerate() {
            for sd in ws.facts.dates.iter().filter(|d| d.since == cd.since) {
                let (cmp, kind) = compare_dates(cd, sd);
                if cmp == Comparison::Unclear {
                    continue;
                }
                // a differing date must be the date of the matched event: a
                // matched common word close to it ("construit en 1810-1811 ...
                // Franz Liszt y ont vécu" dates the building, not the life)
                if cmp == Comparison::Mismatch
                    && !date_near_matched_word(ws.facts, s, &sd.tokens, &cov)
                {
                    continue;
                }
                let better = match &best {
                    None => true,
                    Some((bc, _, _)) => cmp == Comparison::Match && *bc != Comparison::Match,
                };
                if better {
                    best = Some((cmp, kind, ws.text[sd.span.clone()].to_string()));
                }
            }
        }
        let claim_side = claim_text[cd.span.clone()].to_string();
        match best {
            Some((Comparison::Match, kind, source)) => {
                // a day-precise date anchors the statement like a bound number
                anchored |= cd.day.is_some() && cd.month.is_some();
                reasons.push(Reason {
                    kind,
                    claim: claim_side,
                    source,
                    about: None,
                    effect: "supports",
                })
            }
            // a date of the same event: the whole event is found, not only its
            // participants ("reached San Francisco in August" is not contradicted
            // by "left San Francisco on 1 November")
            Some((_, kind, source))
                if cov.share >= DATE_EVENT_COVERAGE && cov.missing_weighty.is_empty() =>
            {
                contradicts = true;
                all_facts_matched = false;
                reasons.push(Reason {
                    kind,
                    claim: claim_side,
                    source,
                    about: None,
                    effect: "contradicts",
                });
            }
            _ => {
                all_facts_matched = false;
                reasons.push(Reason {
                    kind: "date",
                    claim: claim_side,
                    source: String::new(),
                    about: None,
                    effect: "neutral",
                });
            }
        }
    }

    // polarity
    let claim_negated = claim.negated();
    let relevant_negation = relevant_negation(claim, window, &cov);
    if claim_negated != relevant_negation.is_some()
        && cov.share >= NEGATION_COVERAGE
        && cov.missing_names.is_empty()
        && !contradicts_by_facts(&reasons)
    {
        let (claim_side, source_side) = match &relevant_negation {
            Some(words) => (String::from("(affirmative)"), words.clone()),
            None => (
                claim
                    .negations
                    .iter()
                    .map(|c| c.words.clone())
                    .collect::<Vec<_>>()
                    .join(" "),
                String::from("(affirmative)"),
            ),
        };
        if facts_compatible(&reasons) {
            contradicts = true;
            reasons.push(Reason {
                kind: "negation",
                claim: claim_side,
                source: source_side,
                about: None,
                effect: "contradicts",
            });
        }
    }
    let polarity_ok = claim_negated == relevant_negation.is_some();

    let hedges: Vec<String> = window
        .iter()
        .flat_map(|w| w.facts.hedges.iter().map(|c| c.words.clone()))
        .collect();
    let hedged = !hedges.is_empty();
    if hedged {
        reasons.push(Reason {
            kind: "hedge",
            claim: String::new(),
            source: hedges.join(", "),
            about: None,
            effect: "neutral",
        });
    }
    let attribution = window
        .iter()
        .find_map(|w| w.facts.attribution.as_ref().map(|(_, who)| who.clone()));

    // a common word of the claim is found only in a clause the source does
    // not assert ("savoir si Israël a ouvert une enquête"): not a statement
    let in_condition = |s: usize, t: usize| {
        let f = window[s].facts;
        !f.tokens[t].capitalized
            && !f.keys.entities.iter().any(|(r, _)| r.contains(&t))
            && f.conditions.iter().any(|c| c.tokens.contains(&t))
    };
    let conditional =
        claim.conditions.is_empty() && cov.matched.iter().any(|(s, t)| in_condition(*s, *t));
    if conditional {
        let cues: Vec<&str> = window
            .iter()
            .flat_map(|w| w.facts.conditions.iter().map(|c| c.words.as_str()))
            .collect();
        reasons.push(Reason {
            kind: "condition",
            claim: String::new(),
            source: cues.join(", "),
            about: None,
            effect: "neutral",
        });
    }

    // a party denies what the claim states: the sentence reports the denial,
    // it neither states the claim nor refutes it (a denial is not proof)
    let denial = if claim.denials.is_empty() && cov.share >= NEGATION_COVERAGE {
        relevant_denial(window, &cov)
    } else {
        None
    };
    if let Some((words, who)) = &denial {
        reasons.push(Reason {
            kind: "denial",
            claim: String::from("(stated)"),
            source: words.clone(),
            about: who.clone(),
            effect: "neutral",
        });
    }

    let needed = if anchored && all_facts_matched {
        SUPPORT_COVERAGE_ANCHORED
    } else {
        SUPPORT_COVERAGE
    };
    let supports = !contradicts
        && !conditional
        && all_facts_matched
        && polarity_ok
        && cov.share >= needed
        && cov.novel.is_empty()
        && cov.missing_places.is_empty()
        && cov.other_people.is_empty();
    for (first, surname) in &cov.surnames {
        reasons.push(Reason {
            kind: "surname",
            claim: format!("{first} {surname}"),
            source: surname.clone(),
            about: None,
            effect: "neutral",
        });
    }
    for (claim_person, window_person) in &cov.other_people {
        reasons.push(Reason {
            kind: "person",
            claim: claim_person.clone(),
            source: window_person.clone(),
            about: None,
            effect: "neutral",
        });
    }
    for (word, c) in &cov.from_context {
        reasons.push(Reason {
            kind: "context",
            claim: word.clone(),
            source: context[*c].text.trim().to_string(),
            about: None,
            effect: "supports",
        });
    }
    if !cov.missing.is_empty() && !contradicts {
        reasons.push(Reason {
            kind: "missing",
            claim: cov.missing.join(", "),
            source: String::new(),
            about: None,
            effect: "neutral",
        });
    }
    reasons.insert(
        0,
        Reason {
            kind: "coverage",
            claim: format!("{:.2}", cov.share),
            source: String::new(),
            about: None,
            effect: "neutral",
        },
    );
    let relation = if contradicts {
        Relation::Contradicts
    } else if supports {
        Relation::Supports
    } else {
        Relation::Related
    };
    let lacks_place = !contradicts
        && !conditional
        && all_facts_matched
        && polarity_ok
        && cov.novel.is_empty()
        && !cov.missing_places.is_empty();
    MatchResult {
        relation,
        reasons,
        coverage: cov.share,
        hedged,
        attribution,
        lacks_place,
    }
}

fn contradicts_by_facts(reasons: &[Reason]) -> bool {
    reasons.iter().any(|r| r.effect == "contradicts")
}

/// A negation flip only counts when the facts the claim states were found.
fn facts_compatible(reasons: &[Reason]) -> bool {
    reasons
        .iter()
        .filter(|r| matches!(r.kind, "number" | "date" | "weekday"))
        .all(|r| r.effect == "supports")
}

/// A negation cue in the window that denies a predicate of the claim: one
/// of the words it negates (inside "ne ... pas", or the next few content
/// words after the cue) matched a claim word, and that word is not a name.
/// "n'a pas réussi à détrôner le gouvernement" does not negate "les
/// conservateurs ont obtenu 33 sièges"; "ni NSO n'ont fait de commentaires"
/// negates "NSO commented" but says nothing against "NSO is an Israeli company".
fn relevant_negation(
    claim: &Facts,
    window: &[WindowSentence<'_>],
    cov: &Coverage,
) -> Option<String> {
    for (s, ws) in window.iter().enumerate() {
        // the negation must be in a sentence about the claim's subject
        if !names_in_sentence(claim, window, s) {
            continue;
        }
        let f = ws.facts;
        let is_name = |t: usize| {
            f.tokens[t].capitalized || f.keys.entities.iter().any(|(r, _)| r.contains(&t))
        };
        let matched =
            |t: usize| cov.matched.iter().any(|&(ms, mt)| ms == s && mt == t) && !is_name(t);
        for cue in &f.negations {
            // "ne disait pas si ...", "does not say whether ...": the source
            // leaves the question open; and "if it did not ..." asserts nothing
            let opens_question = f
                .conditions
                .iter()
                .any(|c| c.tokens.start >= cue.tokens.end && c.tokens.start <= cue.tokens.end + 3);
            let inside_condition = f
                .conditions
                .iter()
                .any(|c| c.tokens.contains(&cue.tokens.start));
            if opens_question || inside_condition {
                continue;
            }
            let inner =
                cue.tokens.start + 1..cue.tokens.end.saturating_sub(1).max(cue.tokens.start + 1);
            // the negated verb: the first word after the cue that carries
            // meaning ("n'ont fait de commentaires": commentaires; "n'avait
            // pas divulgué l'appel": divulgué, not its object)
            let after = (cue.tokens.end..f.tokens.len())
                .filter(|&t| {
                    f.keys.words[t]
                        .first()
                        .is_some_and(|stem| !Lexicon::is_light(stem))
                })
                .take(1);
            if inner.chain(after).any(matched) {
                return Some(cue.words.clone());
            }
        }
    }
    None
}

/// Tokens between a date and a matched claim word, at most, for the date to
/// belong to that word's event.
const DATE_EVENT_DISTANCE: usize = 8;

fn date_near_matched_word(
    f: &Facts,
    s: usize,
    date: &std::ops::Range<usize>,
    cov: &Coverage,
) -> bool {
    cov.matched.iter().any(|&(ms, mt)| {
        let distance = if mt < date.start {
            date.start - mt
        } else {
            mt.saturating_sub(date.end - 1)
        };
        ms == s
            && distance <= DATE_EVENT_DISTANCE
            && !f.tokens[mt].capitalized
            && !f.keys.entities.iter().any(|(r, _)| r.contains(&mt))
    })
}

/// Does sentence `s` of the window name the claim's subject? True when the
/// claim names no one, or when a claim name matched a name of that sentence.
fn names_in_sentence(claim: &Facts, window: &[WindowSentence<'_>], s: usize) -> bool {
    if claim.keys.names.is_empty() && claim.keys.entities.is_empty() {
        return true;
    }
    let f = window[s].facts;
    let mut sentence_keys: HashSet<&str> =
        f.keys.words.iter().flatten().map(String::as_str).collect();
    let entity_keys: Vec<String> = f
        .keys
        .entities
        .iter()
        .map(|(_, c)| format!("e:{c}"))
        .collect();
    sentence_keys.extend(entity_keys.iter().map(String::as_str));
    // the subject: a name, or a country or nationality
    claim.keys.names.iter().any(|&t| {
        claim.keys.words[t]
            .iter()
            .any(|k| k.starts_with("n:") && sentence_keys.contains(k.as_str()))
    }) || claim
        .keys
        .entities
        .iter()
        .any(|(_, c)| sentence_keys.contains(format!("e:{c}").as_str()))
}

/// A denial verb in the window near the words that matched the claim, and
/// who denies (the capitalised words just before it: "ce que NSO réfute").
fn relevant_denial(
    window: &[WindowSentence<'_>],
    cov: &Coverage,
) -> Option<(String, Option<String>)> {
    for (s, ws) in window.iter().enumerate() {
        for cue in &ws.facts.denials {
            let near = cov
                .matched
                .iter()
                .filter(|(ms, mt)| *ms == s && mt.abs_diff(cue.tokens.start) <= 12)
                .count();
            if near >= 2 {
                let who = (cue.tokens.start.saturating_sub(3)..cue.tokens.start)
                    .filter(|&t| ws.facts.tokens[t].capitalized)
                    .map(|t| ws.text[ws.facts.tokens[t].span.clone()].to_string())
                    .collect::<Vec<_>>();
                return Some((
                    ws.text[ws.facts.tokens[cue.tokens.start].span.clone()].to_string(),
                    (!who.is_empty()).then(|| who.join(" ")),
                ));
            }
        }
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Binding {
    Same,
    Different,
    Unknown,
}

fn units_compatible(a: &Unit, b: &Unit) -> bool {
    a == b
}

/// Are two quantities about the same thing?
fn same_thing(
    (claim_text, claim): (&str, &Facts),
    cq: &Quantity,
    (sentence_text, sentence): (&str, &Facts),
    sq: &Quantity,
) -> Binding {
    if !units_compatible(&cq.unit, &sq.unit) {
        return Binding::Different;
    }
    let claim_countries: HashSet<&str> = claim
        .keys
        .entities
        .iter()
        .map(|(_, c)| c.as_str())
        .collect();
    if let Some(e) = &sq.entity {
        if let Some(ce) = &cq.entity {
            return if ce == e {
                Binding::Same
            } else {
                Binding::Different
            };
        }
        if claim_countries.contains(e.as_str()) {
            return Binding::Same;
        }
        return if claim_countries.is_empty() {
            Binding::Unknown
        } else {
            Binding::Different
        };
    }
    if cq.entity.is_some() {
        return Binding::Unknown;
    }
    // an amount belongs to what it funds or fines: "un plan de 100 millions
    // d'euros", "le plan ... était doté de 10 millions d'euros"
    if matches!(cq.unit, Unit::Money(_)) && (cq.noun.is_none() || sq.noun.is_none()) {
        let (c_owner, s_owner) = (
            owner_keys(claim_text, claim, cq),
            owner_keys(sentence_text, sentence, sq),
        );
        let shared = !c_owner.0.is_disjoint(&s_owner.0)
            || c_owner
                .1
                .iter()
                .any(|a| s_owner.1.iter().any(|b| Lexicon::cognates(a, b)));
        return if shared {
            Binding::Same
        } else {
            Binding::Unknown
        };
    }
    let (Some(cn), Some(sn)) = (&cq.noun, &sq.noun) else {
        return Binding::Unknown;
    };
    // "3.746 kilomètres", "500 milligrammes": a unit says how it is measured,
    // not what is measured
    if is_unit(&claim.tokens[cn.head].norm) || is_unit(&sentence.tokens[sn.head].norm) {
        return Binding::Unknown;
    }
    if !nouns_match(claim, cn, sentence, sn) {
        return Binding::Different;
    }
    // same noun, but about other countries: "50 servers in Italy" / "50 serveurs en Allemagne"
    let sentence_countries: HashSet<&str> = sentence
        .keys
        .entities
        .iter()
        .map(|(_, c)| c.as_str())
        .collect();
    if !claim_countries.is_empty()
        && !sentence_countries.is_empty()
        && claim_countries.is_disjoint(&sentence_countries)
    {
        return Binding::Different;
    }
    Binding::Same
}

/// Word keys of the content words just before an amount, in its clause:
/// what the amount belongs to.
fn owner_keys(text: &str, facts: &Facts, q: &Quantity) -> (HashSet<String>, Vec<String>) {
    let mut keys = HashSet::default();
    let mut words = Vec::new();
    let first = facts
        .tokens
        .iter()
        .position(|t| t.span.start >= q.span.start)
        .unwrap_or(q.tokens.start);
    let mut t = first;
    while t > 0 && first - t < 8 {
        let gap = &text[facts.tokens[t - 1].span.end..facts.tokens[t].span.start];
        if gap.contains([',', ';', ':', '.', '(', ')']) {
            break;
        }
        t -= 1;
        if let Some(stem) = facts.keys.words[t].first()
            && !Lexicon::is_light(stem)
            && !facts.tokens[t].capitalized
        {
            keys.extend(facts.keys.words[t].iter().cloned());
            words.push(facts.tokens[t].norm.clone());
        }
    }
    (keys, words)
}

/// Units of measure, folded, in French and English.
const UNITS: &[&str] = &[
    "m",
    "km",
    "cm",
    "mm",
    "kg",
    "g",
    "mg",
    "t",
    "l",
    "ml",
    "ha",
    "mph",
    "kmh",
    "metre",
    "metres",
    "meter",
    "meters",
    "kilometre",
    "kilometres",
    "kilometer",
    "kilometers",
    "centimetre",
    "centimetres",
    "millimetre",
    "millimetres",
    "mile",
    "miles",
    "pied",
    "pieds",
    "foot",
    "feet",
    "inch",
    "inches",
    "pouce",
    "pouces",
    "yard",
    "yards",
    "gramme",
    "grammes",
    "gram",
    "grams",
    "kilogramme",
    "kilogrammes",
    "kilogram",
    "kilograms",
    "kilo",
    "kilos",
    "milligramme",
    "milligrammes",
    "milligram",
    "milligrams",
    "tonne",
    "tonnes",
    "ton",
    "tons",
    "litre",
    "litres",
    "liter",
    "liters",
    "hectare",
    "hectares",
    "acre",
    "acres",
    "degre",
    "degres",
    "degree",
    "degrees",
    "livre",
    "livres",
    "pound",
    "pounds",
    "once",
    "onces",
    "ounce",
    "ounces",
    "gallon",
    "gallons",
    "baril",
    "barils",
    "barrel",
    "barrels",
];

fn is_unit(norm: &str) -> bool {
    UNITS.contains(&norm)
}

/// All keys of the tokens in `range`, plus phrase and entity keys touching it.
fn phrase_keys(facts: &Facts, range: std::ops::Range<usize>, cross: bool) -> HashSet<String> {
    let mut keys: HashSet<String> = HashSet::default();
    for i in range.clone() {
        if i < facts.keys.words.len() {
            keys.extend(facts.keys.word_keys(i, cross).iter().cloned());
        }
    }
    for (r, k) in &facts.keys.phrases {
        if r.start < range.end && range.start < r.end {
            keys.insert(k.clone());
        }
    }
    for (r, c) in &facts.keys.entities {
        if r.start < range.end && range.start < r.end {
            keys.insert(format!("e:{c}"));
        }
    }
    keys
}

/// Glossary phrases spanning the whole noun phrase from its head on; only
/// the longest ones, so that "business leaders" is "chef d'entreprise" and
/// not also "chef d'État" through "leaders" alone.
fn whole_phrase_keys<'f>(facts: &'f Facts, np: &NounPhrase) -> HashSet<&'f String> {
    let spanning: Vec<&(std::ops::Range<usize>, String)> = facts
        .keys
        .phrases
        .iter()
        .filter(|(r, _)| r.start <= np.head && r.end >= np.tokens.end)
        .collect();
    let longest = spanning.iter().map(|(r, _)| r.len()).max().unwrap_or(0);
    spanning
        .into_iter()
        .filter(|(r, _)| r.len() == longest)
        .map(|(_, k)| k)
        .collect()
}

fn head_norm(tokens: &[Token], np: &NounPhrase) -> String {
    tokens[np.head].norm.clone()
}

/// "heads of state" / "chefs d'État": same; "heads of state" / "chefs
/// d'entreprise": different (the complements differ); "business leaders" /
/// "responsables gouvernementaux": different (the modifiers differ).
pub fn nouns_match(claim: &Facts, cn: &NounPhrase, source: &Facts, sn: &NounPhrase) -> bool {
    let cross = claim.lang != source.lang;
    let c_all = phrase_keys(claim, cn.tokens.clone(), cross);
    let s_all = phrase_keys(source, sn.tokens.clone(), cross);
    let c_head = phrase_keys(claim, cn.head..cn.head + 1, cross);
    let s_head = phrase_keys(source, sn.head..sn.head + 1, cross);
    // a phrase key shared over the whole noun phrase settles it
    let whole_c = whole_phrase_keys(claim, cn);
    let whole_s = whole_phrase_keys(source, sn);
    if !whole_c.is_disjoint(&whole_s) {
        return true;
    }
    let heads_meet = !c_head.is_disjoint(&s_all)
        || !s_head.is_disjoint(&c_all)
        || Lexicon::cognates(
            &head_norm(&claim.tokens, cn),
            &head_norm(&source.tokens, sn),
        );
    if !heads_meet {
        return false;
    }
    if cn.qualifiers.is_empty() || sn.qualifiers.is_empty() {
        return true;
    }
    let ck: HashSet<String> = cn
        .qualifiers
        .iter()
        .flat_map(|&t| phrase_keys(claim, t..t + 1, cross))
        .collect();
    let sk: HashSet<String> = sn
        .qualifiers
        .iter()
        .flat_map(|&t| phrase_keys(source, t..t + 1, cross))
        .collect();
    let cognate = cn.qualifiers.iter().any(|&a| {
        sn.qualifiers
            .iter()
            .any(|&b| Lexicon::cognates(&claim.tokens[a].norm, &source.tokens[b].norm))
    });
    !ck.is_disjoint(&sk) || cognate
}

fn describe_binding(text: &str, facts: &Facts, q: &Quantity) -> Option<String> {
    q.entity
        .as_ref()
        .map(|e| entity_name(e))
        .or_else(|| q.noun.as_ref().map(|n| text[n.span.clone()].to_string()))
        .or_else(|| {
            facts.keys.entities.first().map(|(r, _)| {
                text[facts.tokens[r.start].span.start..facts.tokens[r.end - 1].span.end].to_string()
            })
        })
}

/// The entity a quantity belongs to, as written in the sentence ("la Suisse (36)" gives "Suisse").
fn entity_text(ws: &WindowSentence<'_>, q: &Quantity) -> Option<String> {
    q.entity.as_ref()?;
    let prev = q.tokens.start.checked_sub(1)?;
    let start = ws
        .facts
        .keys
        .entities
        .iter()
        .find(|(r, _)| r.end == q.tokens.start)
        .map_or(prev, |(r, _)| r.start);
    Some(ws.text[ws.facts.tokens[start].span.start..ws.facts.tokens[prev].span.end].to_string())
}

fn entity_name(code: &str) -> String {
    code.strip_prefix("name:")
        .map_or_else(|| code.to_string(), str::to_string)
}

#[cfg(test)]
mod tests;

//! Direction: the claim puts a place at one end of a movement, the window
//! at the other. "Le cargo a quitté Marseille le 3 mai" against "... jusqu'à
//! son départ pour Marseille le 3 mai": every word but the verb is there,
//! the ship, the port, the day, yet the window has the ship going to the
//! port the claim has it leaving. Read from the word before the place: a
//! verb that takes it as what is left ("a quitté", "left", "fled") or
//! reached ("a atteint", "reached"), or a movement word and its preposition
//! ("départ pour", "partent en", "arrived in", "sailed for" against "parti
//! de", "en provenance de", "returned from").
//!
//! A window whose sentence has the claim's end of the movement in another
//! country, and not the claim's, states another place ("500 soldats ...
//! partent en Roumanie" / "500 soldats sont en route pour l'Ukraine"): it
//! contradicts when the sentence counts the mover as the claim does (a
//! number bound to the same noun), otherwise it keeps the window from
//! supporting.
//!
//! The other end keeps the window from supporting; it contradicts only when
//! the window's movement is dated as the claim's (the same day found by the
//! date rule, in the clause of that movement) and the window is about the
//! claim's subject: one can leave a port one reached another day, not the
//! same day one is said to reach it.

use super::Rule;
use crate::facts::{Facts, OF_WORDS};
use crate::matcher::context::MatchContext;
use crate::matcher::finding::{Effect, Finding, Kind};

pub struct DirectionRule;

/// Which end of a movement a place is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    /// What is left: "a quitté Marseille", "departed from Boston".
    Origin,
    /// What is reached: "arrivé à Lisbonne", "left for Boston".
    Destination,
}

/// Verbs whose object is the place left (folded): "a quitté le port",
/// "fled Kyiv", "departed Pearl Harbor".
fn leaves(w: &str) -> bool {
    w.starts_with("quitt")
        || flees_fr(w)
        || matches!(
            w,
            "left"
                | "leave"
                | "leaves"
                | "leaving"
                | "fled"
                | "flee"
                | "flees"
                | "fleeing"
                | "departed"
                | "evacuated"
        )
}

/// French forms of "fuir": "a fui le pays" leaves it, "a fui au Maroc"
/// goes there.
fn flees_fr(w: &str) -> bool {
    matches!(w, "fui" | "fuit" | "fuient" | "fuir" | "fuyant")
}

/// Verbs whose object is the place reached (folded): "a atteint le port",
/// "a rejoint Kiev", "reached Boston".
fn reaches(w: &str) -> bool {
    w.starts_with("atteign")
        || w.starts_with("rejoign")
        || matches!(
            w,
            "atteint"
                | "atteints"
                | "atteinte"
                | "atteindre"
                | "atteindra"
                | "rejoint"
                | "rejoindre"
                | "rejoindra"
                | "reached"
                | "reach"
                | "reaches"
                | "reaching"
        )
}

/// Words of arriving (folded): "arrivé à", "arrived in", "landed at";
/// with "de" / "from" they name where the mover came from.
fn arrives(w: &str) -> bool {
    w.starts_with("arriv")
        || w.starts_with("debarqu")
        || w.starts_with("atterri")
        || matches!(w, "landed" | "lands" | "landing")
}

/// "débarquement", "arrivée", "atterrissage", "landing", "arrival": the
/// event, not the act of one who comes from somewhere.
fn is_noun_of_arrival(w: &str) -> bool {
    w.ends_with("ment")
        || w.ends_with("age")
        || matches!(
            w,
            "arrivee" | "arrivees" | "landing" | "arrival" | "arrivals"
        )
}

/// French forms of "partir" and "rentrer" / "retourner" whose place after
/// "en", "au", "à" is where the mover goes: "partent en Roumanie", "est
/// rentré au Japon" ("parti" also is a party: the place must follow).
fn goes_fr(w: &str) -> bool {
    matches!(
        w,
        "part"
            | "partent"
            | "parti"
            | "partie"
            | "partis"
            | "parties"
            | "partir"
            | "partait"
            | "partaient"
            | "partira"
            | "partiront"
            | "partant"
            | "depart"
            | "departs"
            | "retour"
    ) || w.starts_with("rentr")
        || w.starts_with("retourn")
        || w.starts_with("envoy")
        || w.starts_with("deploy")
}

/// Words of movement whose place after "pour", "vers", "for", "to" is where
/// the mover goes, and after "de", "from", where it comes from (folded):
/// "départ pour Hawaï", "sailed for Boston", "en route pour", "returned
/// from Kabul", "venant de Lyon".
fn moves(w: &str) -> bool {
    goes_fr(w)
        || leaves(w)
        || arrives(w)
        || w.starts_with("revenu")
        || w.starts_with("venu")
        || matches!(
            w,
            "route"
                | "venant"
                | "provenance"
                | "sailed"
                | "sail"
                | "sails"
                | "flew"
                | "fly"
                | "flies"
                | "headed"
                | "heading"
                | "bound"
                | "went"
                | "go"
                | "goes"
                | "going"
                | "travelled"
                | "traveled"
                | "returned"
                | "return"
                | "returns"
                | "sent"
                | "deployed"
                | "withdrew"
                | "withdrawn"
                | "came"
                | "come"
                | "comes"
                | "departure"
                | "departing"
                | "departs"
        )
}

/// Tokens looked back from "pour" / "for" for the word of movement.
const REACH: usize = 4;

/// Can token `i` belong to the mover named between a word of movement and
/// its "pour": a name, or the "de" that joins it ("départ de M. Brun pour")?
fn mover(f: &Facts, i: usize) -> bool {
    f.tokens[i].capitalized || OF_WORDS.contains(&f.tokens[i].norm.as_str())
}

/// Determiners skipped between the word of movement and its place.
const DETERMINERS: &[&str] = &["le", "la", "les", "l", "the"];

/// Which end of a movement the place at token `t` of `f` is, by the words
/// before it; none when they name no movement.
fn end_of(f: &Facts, t: usize) -> Option<End> {
    let tokens = &f.tokens;
    let mut k = t;
    while k > 0 && t - k < 2 && DETERMINERS.contains(&tokens[k - 1].norm.as_str()) {
        k -= 1;
    }
    let word = |i: usize| tokens[i].norm.as_str();
    let before = k.checked_sub(1)?;
    match word(before) {
        "de" | "d" | "du" | "des" | "from" => {
            let w = word(before.checked_sub(1)?);
            if matches!(w, "destination" | "direction") {
                Some(End::Destination)
            } else {
                // (the noun of an arrival with "de" names where it took
                // place, not where it came from: "le débarquement de
                // Normandie")
                (moves(w) && !(arrives(w) && is_noun_of_arrival(w))).then_some(End::Origin)
            }
        }
        // (the mover may stand between: "le départ de M. Brun pour Londres")
        "pour" | "vers" | "for" | "to" | "towards" | "toward" => (before.saturating_sub(REACH)
            ..before)
            .rev()
            .take_while(|&i| i + 1 == before || mover(f, i + 1))
            .any(|i| moves(word(i)))
            .then_some(End::Destination),
        "a" | "en" | "au" | "aux" | "in" | "at" | "into" => {
            let w = word(before.checked_sub(1)?);
            // (French "fuir" with "en", "au", "à" goes: "a fui aux
            // États-Unis"; "fled in" says where it happened)
            (arrives(w) || goes_fr(w) || flees_fr(w)).then_some(End::Destination)
        }
        w if leaves(w) => Some(End::Origin),
        w if reaches(w) => Some(End::Destination),
        _ => None,
    }
}

/// The token that opens the words naming the end: the movement word.
fn cue_start(f: &Facts, t: usize) -> usize {
    let mut k = t;
    while k > 0 && t - k < 4 && !(moves(&f.tokens[k - 1].norm) || reaches(&f.tokens[k - 1].norm)) {
        k -= 1;
    }
    k.saturating_sub(1)
}

/// The last token of the place name that starts at token `t` ("San
/// Francisco"), read as the converse rule reads names.
fn name_end(f: &Facts, t: usize) -> usize {
    super::converse::name_from(f, t).map_or(t, |name| name.end - 1)
}

/// Is claim token `t` a place: a name, or a country?
fn is_place(f: &Facts, t: usize) -> bool {
    !f.dates.iter().any(|d| d.tokens.contains(&t))
        && (f.tokens[t].capitalized || f.keys.entities.iter().any(|(r, _)| r.start == t))
}

impl Rule for DirectionRule {
    fn name(&self) -> &'static str {
        "direction"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        if super::settled(earlier) {
            return Vec::new();
        }
        let claim = cx.claim;
        for c in (1..claim.tokens.len()).filter(|&c| is_place(claim, c)) {
            let Some(end) = end_of(claim, c) else {
                continue;
            };
            let written = places_written(cx, c);
            let ends: Vec<Option<End>> = written
                .iter()
                .map(|&(s, u)| end_of(cx.window[s].facts, u))
                .collect();
            if ends.contains(&Some(end)) {
                continue;
            }
            let claim_span = claim.tokens[cue_start(claim, c)].span.start
                ..claim.tokens[name_end(claim, c)].span.end;
            let finding = |kind, effect, s: usize, u: usize| {
                let f = cx.window[s].facts;
                let span = f.tokens[cue_start(f, u)].span.start..f.tokens[name_end(f, u)].span.end;
                vec![super::span_against_span(
                    cx,
                    (kind, effect),
                    claim_span.clone(),
                    s,
                    span,
                )]
            };
            // the claim's place at the other end
            if let Some(i) = ends.iter().position(|e| e.is_some()) {
                let (s, u) = written[i];
                let effect = if same_day(cx, earlier, s, u) && cx.names_subject(s) {
                    Effect::Contradicts
                } else {
                    Effect::Blocks
                };
                return finding(Kind::Direction, effect, s, u);
            }
            // the claim's country nowhere in a sentence that has the claim's
            // end in another country ("500 soldats ... partent en Roumanie"
            // against "500 soldats sont en route pour l'Ukraine")
            let Some(code) = claim
                .keys
                .entities
                .iter()
                .find(|(r, _)| r.start == c)
                .map(|(_, code)| code)
            else {
                continue;
            };
            for s in (0..cx.window.len()).filter(|&s| !written.iter().any(|w| w.0 == s)) {
                let f = cx.window[s].facts;
                let elsewhere = f
                    .keys
                    .entities
                    .iter()
                    .find(|(r, k)| k != code && end_of(f, r.start) == Some(end));
                if let Some((r, _)) = elsewhere {
                    // the same mover, counted as the claim counts it
                    let anchored = earlier.iter().any(|d| {
                        d.kind == Kind::Number
                            && d.effect == Effect::Supports
                            && d.anchors
                            && d.source_span.as_ref().is_some_and(|at| at.sentence == s)
                    });
                    let effect = if anchored && super::facts_agree(earlier) && cx.names_subject(s) {
                        Effect::Contradicts
                    } else {
                        Effect::Blocks
                    };
                    return finding(Kind::Location, effect, s, r.start);
                }
            }
        }
        Vec::new()
    }
}

/// Where the window writes claim place `c`: by its keys, or where the
/// coverage found it (a name spelt otherwise, "Hawaii" / "Hawaï").
fn places_written(cx: &MatchContext<'_>, c: usize) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = cx
        .coverage
        .found()
        .filter(|&(ct, _)| ct == c)
        .map(|(_, at)| at)
        .collect();
    for s in 0..cx.window.len() {
        out.extend(cx.places_of(c, s).map(|u| (s, u)));
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Did the date rule find the claim's date as the window's movement's own
/// (sentence `s`, place `u`): the date of its clause nearest the place
/// ("est arrivé à Brest le 2 juin et a quitté Lisbonne en juillet": July
/// is Lisbon's), with every fact agreeing?
fn same_day(cx: &MatchContext<'_>, earlier: &[Finding], s: usize, u: usize) -> bool {
    let f = cx.window[s].facts;
    let clause = cx.clause(s, u);
    let distance = |t: &std::ops::Range<usize>| t.start.abs_diff(u).min(t.end.abs_diff(u + 1));
    let Some(own) = f
        .dates
        .iter()
        .filter(|d| clause.contains(&d.tokens.start))
        .min_by_key(|d| distance(&d.tokens))
    else {
        return false;
    };
    super::facts_agree(earlier)
        && earlier.iter().any(|d| {
            d.kind == Kind::Date
                && d.effect == Effect::Supports
                && d.source_span.as_ref().is_some_and(|at| {
                    at.sentence == s
                        && own.span.start <= at.span.start
                        && at.span.end <= own.span.end
                })
        })
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn directions_table() {
        let contradicts = &[(Kind::Direction, Effect::Contradicts)][..];
        let blocks = &[(Kind::Direction, Effect::Blocks)][..];
        let table: &[Row] = &[
            // the same day, the other end
            (
                "Le cargo a quitté Marseille le 3 mai.",
                Fr,
                "Le cargo a patrouillé au large de Malte jusqu'à son départ pour Marseille le 3 mai.",
                Fr,
                contradicts,
            ),
            (
                "The freighter left Marseille on 3 May.",
                En,
                "The freighter patrolled off Malta until it sailed for Marseille on 3 May.",
                En,
                contradicts,
            ),
            (
                "Le navire a atteint Lisbonne le 2 juin 1944.",
                Fr,
                "Le navire a été affecté à Brest, et a quitté Lisbonne le 2 juin 1944.",
                Fr,
                contradicts,
            ),
            (
                "The delegation arrived in Geneva on 4 March.",
                En,
                "La délégation a quitté Genève le 4 mars.",
                Fr,
                contradicts,
            ),
            (
                "Les 500 soldats sont partis de Roumanie le 3 mars.",
                Fr,
                "Les 500 soldats partent en Roumanie le 3 mars.",
                Fr,
                contradicts,
            ),
            // the other end on no day, or on another's: not stated
            (
                "Mme Martin quitte Londres.",
                Fr,
                "Une visite de Mme Martin entraîne le départ de M. Brun pour Londres.",
                Fr,
                blocks,
            ),
            (
                "The envoy returned from Kabul.",
                En,
                "The envoy flew to Kabul.",
                En,
                blocks,
            ),
            (
                "Le navire a atteint Lisbonne le 2 juin 1944.",
                Fr,
                "Le navire est arrivé à Brest le 2 juin 1944 et a quitté Lisbonne en juillet.",
                Fr,
                blocks,
            ),
            // the same end
            (
                "Le cargo est parti pour Marseille le 3 mai.",
                Fr,
                "Le cargo a patrouillé au large de Malte jusqu'à son départ pour Marseille le 3 mai.",
                Fr,
                &[],
            ),
            (
                "The delegation left Geneva on 4 March.",
                En,
                "La délégation a quitté Genève le 4 mars.",
                Fr,
                &[],
            ),
            // both ends written: the claim's one is stated
            (
                "The delegation arrived in Geneva.",
                En,
                "The delegation left Geneva for Bern, then arrived in Geneva again.",
                En,
                &[],
            ),
            // the claim's end in another country, of the mover the claim counts
            (
                "Les 500 soldats français sont en route pour l'Ukraine.",
                Fr,
                "Les 500 soldats français partent en Roumanie.",
                Fr,
                &[(Kind::Location, Effect::Contradicts)],
            ),
            (
                "The 500 French soldiers left for Ukraine.",
                En,
                "The 500 French soldiers left for Romania.",
                En,
                &[(Kind::Location, Effect::Contradicts)],
            ),
            // ... of a mover not counted: not stated
            (
                "Le ministre est parti pour l'Ukraine.",
                Fr,
                "Le ministre est parti pour la Roumanie.",
                Fr,
                &[(Kind::Location, Effect::Blocks)],
            ),
            // ... the claim's country written there too
            (
                "Le ministre est parti pour l'Ukraine.",
                Fr,
                "Le ministre est parti pour la Roumanie puis pour l'Ukraine.",
                Fr,
                &[],
            ),
            // "fuir" with "aux": where one goes
            (
                "L'ancien président a fui au Maroc.",
                Fr,
                "L'ancien président a fui le Maroc.",
                Fr,
                &[(Kind::Direction, Effect::Blocks)],
            ),
            // the noun of an arrival and its place, not its origin
            (
                "Le débarquement de Normandie a eu lieu en juin 1944.",
                Fr,
                "Le débarquement en Normandie a eu lieu le 6 juin 1944.",
                Fr,
                &[],
            ),
            // a place that ends no movement
            (
                "Le cargo a quitté Marseille.",
                Fr,
                "Le cargo était amarré à Marseille.",
                Fr,
                &[],
            ),
            (
                "He left the party in March.",
                En,
                "He joined the party in March.",
                En,
                &[],
            ),
        ];
        assert_rows("direction", table);
    }
}

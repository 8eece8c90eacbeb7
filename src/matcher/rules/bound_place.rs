//! Bound places: the claim puts a thing in one place, the window puts the
//! same thing in another ("un cabinet d'avocats à Davos" / "un cabinet
//! d'avocats dans la ville de Göttingen"; "le siège social est au Canada" /
//! "le siège social est aux États-Unis"). The thing is the word that carries
//! meaning just before the claim's place ("cabinet d'avocats", "siège
//! social"); the window's place is the first one written after its copy of
//! that word, and none of the names there is the claim's. The city an
//! institution is "of" places it too ("devant le tribunal correctionnel de
//! Paris" / "before a court in Lyon"), on either side, in a sentence that
//! names the claim's parties besides the place: "le maire de Paris" is
//! another mayor than "le maire de Lyon", not the same one elsewhere.
//!
//! Two places that no country could hold both contradict: two countries,
//! a city and another country, two cities of different countries (the
//! cities of 100,000 people or more, data/places.tsv) — when most of the
//! claim is stated, in a sentence about its subject with the same polarity,
//! every fact agreeing; so do two cities of one country more than 100 km
//! apart ("au ministère des Transports, à Paris" / "at the transport
//! ministry in Toulouse"). Other places only keep the window from
//! supporting: two cities of one country close together may be one inside
//! the other's region, a town or a region the gazetteer does not hold may
//! lie in the claim's place.

use super::Rule;
use crate::facts::Facts;
use crate::matcher::context::MatchContext;
use crate::matcher::context::carries_meaning;
use crate::matcher::coverage::{
    PLACE_NAME_WORDS, cities_of, countries_of, is_known_place, place_names,
};
use crate::matcher::finding::{Effect, Finding, Kind};

/// Share of the claim the window must state for two countries to contradict,
/// the claim's place left out: it is never stated where the window names
/// another ("Eyal Hulata was sent to Jerusalem to ease tensions" / "envoyé
/// à Paris afin d'apaiser les tensions").
pub const BOUND_PLACE_COVERAGE: f64 = 0.6;
/// Two cities of one country this far apart (km) are two places: no
/// suburb or region of one holds the other.
const CITIES_APART_KM: f32 = 100.0;
/// Words between the thing and its place, on either side.
const GAP: usize = 5;

/// Words after which a place is set against the one before, not added to
/// it ("et non à Halden", "not in Halden", "rather than", "plutôt qu'à",
/// "instead of", "au lieu de") (folded).
const SET_AGAINST: &[&str] = &["non", "not", "pas", "rather", "plutot", "instead", "lieu"];

/// Words that put a name in place, both languages (folded).
const PLACE_WORDS: &[&str] = &["a", "en", "au", "aux", "dans", "in", "at"];

pub struct BoundPlaceRule;

impl Rule for BoundPlaceRule {
    fn name(&self) -> &'static str {
        "bound place"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        if super::contradicted(earlier) {
            return Vec::new();
        }
        let claim = cx.claim;

        // (a claim's city an institution is "of", "devant le tribunal
        // correctionnel de Lyon", is its place too, as the window's)
        let of_cities = (2..claim.tokens.len()).filter(|&p| {
            CITY_OF_WORDS.contains(&claim.tokens[p - 1].norm.as_str())
                && carries_meaning(claim, p - 2)
                && claim.keys.names.contains(&p)
                && !claim.keys.names.contains(&(p - 2))
                && city_named(claim, p)
        });
        let places: Vec<(usize, bool)> = place_names(claim)
            .into_iter()
            .map(|p| (p, false))
            .chain(of_cities.map(|p| (p, true)))
            .collect();
        for (p, of_city) in places {
            // the thing placed: the nearest word before "à"/"in" that carries
            // meaning and is no name
            let Some(thing) = (p.saturating_sub(GAP + 1)..p.saturating_sub(1))
                .rev()
                .find(|&t| carries_meaning(claim, t) && !claim.keys.names.contains(&t))
            else {
                continue;
            };
            if let Some(found) = list_member_replaced(cx, earlier, p, thing) {
                return vec![found];
            }
            // every place the window puts the thing in; one that is the
            // claim's settles it
            let mut other_place: Option<(usize, usize, bool)> = None;
            let mut agrees = false;
            // (a claim that names nothing but this place is about its
            // thing when the thing is one, named with a definite article:
            // "the next meeting will be held at the transport ministry in
            // Toulouse"; "Morocco filed lawsuits in Italy" is Morocco's,
            // "des plaintes ont été déposées en Espagne" may be others)
            let its_place = |n: usize| n >= p && n < p + PLACE_NAME_WORDS;
            let names_only_its_place = claim.keys.names.iter().all(|&n| its_place(n))
                && claim.keys.entities.iter().all(|(r, _)| its_place(r.start));
            let one_thing_placed = !of_city && names_only_its_place && definite(claim, thing);
            // (the city an institution is "of" places it only in a sentence
            // that names the claim's parties besides the place, as every
            // sentence read below does when the claim has such parties: "le
            // maire de Paris" is another mayor than "le maire de Lyon", not
            // the same one elsewhere)
            let names_claims_parties = !names_only_its_place;
            for (s, ws) in cx.window.iter().enumerate() {
                let f = ws.facts;
                if !one_thing_placed && !cx.names_subject(s) {
                    continue;
                }
                // wherever the window writes the claim's place: the coverage
                // keeps its first place only
                let claim_place_at: Vec<usize> = cx.places_of(p, s).collect();
                for u in cx.places_of(thing, s) {
                    // (a place set off by a comma is the thing's still: "au
                    // ministère des Transports, à Paris")
                    let mut end = cx.clause(s, u).end.min(f.tokens.len());
                    if end < f.tokens.len()
                        && PLACE_WORDS.contains(&f.tokens[end].norm.as_str())
                        && &ws.text[f.tokens[end].span.clone()] != "a"
                        && ws.text[f.tokens[end - 1].span.end..f.tokens[end].span.start].trim()
                            == ","
                    {
                        end = cx.clause(s, end).end.min(f.tokens.len());
                    }
                    let Some(q) = (u + 1..end.min(u + 2 + GAP)).find(|&t| {
                        // "à", not the verb "a" that folds alike; "to" before
                        // a known place names a destination, as in the claim
                        // ("sent to Madrid")
                        let norm = f.tokens[t].norm.as_str();
                        PLACE_WORDS.contains(&norm) && &ws.text[f.tokens[t].span.clone()] != "a"
                            || norm == "to"
                                && t + 1 < f.tokens.len()
                                && cx.is_name(s, t + 1)
                                && is_known_place(f, t + 1)
                            || city_of_the_thing(cx, s, u, t, names_claims_parties)
                    }) else {
                        continue;
                    };
                    // (up to a place set against it: "à Arlay et non à
                    // Halden", "in Arlay, not in Halden", "rather than")
                    let mut names: Vec<usize> = (q + 1..end.min(q + 2 + GAP))
                        .take_while(|&t| !SET_AGAINST.contains(&f.tokens[t].norm.as_str()))
                        .filter(|&t| cx.is_name(s, t))
                        .collect();
                    if let Some(&last) = names.last() {
                        names.extend(wider_places(cx, s, last));
                    }
                    // (every country of a list that opens there, across the
                    // commas that end the clause: "des procédures en France,
                    // en Espagne et en Allemagne" are in Germany too)
                    let mut several = false;
                    if let Some(&first) = names.first() {
                        let listed = country_list(ws.text, f, first);
                        several = listed.len() > 1;
                        names.extend(listed.into_iter().map(|(t, _)| t).skip(1));
                    }
                    if names
                        .iter()
                        .any(|&t| cx.matched(s, t) || claim_place_at.contains(&t))
                    {
                        agrees = true;
                    } else if let Some(&first) = names.first() {
                        // a city or a region widened to a country is in that
                        // country: "à Valence, dans la Drôme, en France" is in
                        // France, whatever city "Valence" names; a list of
                        // countries is not widened ("en France, en Espagne")
                        let is_country = |t: usize| f.keys.in_country(t);
                        let country = names.iter().rev().find(|&&t| is_country(t));
                        let other = match country {
                            Some(&c) if !is_country(first) => c,
                            _ => first,
                        };
                        other_place.get_or_insert((s, other, several));
                    }
                }
            }
            let Some((s, other, several)) = other_place.filter(|_| !agrees) else {
                continue;
            };
            let f = cx.window[s].facts;
            let (cp, wp) = (countries_of(claim, p), countries_of(f, other));
            // two countries, a city and a country, two cities: told apart
            // when no country could hold both
            // ... or two cities far apart whichever of their namesakes
            // each is ("à Paris" / "in Toulouse"; not "Lyon" / "Villeurbanne")
            let far = || {
                let (cc, wc) = (cities_of(claim, p), cities_of(f, other));
                !cc.is_empty()
                    && !wc.is_empty()
                    && cc
                        .iter()
                        .all(|a| wc.iter().all(|b| a.km_to(b) > CITIES_APART_KM))
            };
            // (a list of countries names where a thing of several kinds
            // was, not every place: "des procédures en France, en Espagne
            // et en Allemagne" leave one in Belgium unsaid)
            let apart = !several
                && !cp.is_empty()
                && !wp.is_empty()
                && (cp.iter().all(|c| !wp.contains(c)) || far());
            return vec![place_against_place(
                cx,
                earlier,
                (p, s, other),
                thing,
                apart,
            )];
        }
        Vec::new()
    }
}

/// Does token `t` of window sentence `s` open the city the claim's thing
/// (its copy at `u`) is of: "de"/"of" ([`CITY_OF_WORDS`]) right after the thing or one word
/// after it, a city of the gazetteer after, no country ("l'ambassade de
/// France" is no place of the embassy; see [`city_named`])? Only when
/// `parties_named`.
fn city_of_the_thing(
    cx: &MatchContext<'_>,
    s: usize,
    u: usize,
    t: usize,
    parties_named: bool,
) -> bool {
    let f = cx.window[s].facts;
    parties_named
        && t <= u + 2
        && CITY_OF_WORDS.contains(&f.tokens[t].norm.as_str())
        && t + 1 < f.tokens.len()
        && cx.is_name(s, t + 1)
        && city_named(f, t + 1)
}

/// Is the name at token `t` of `f` a city under its own name, and no
/// person's: "de Paris", not "de Yunus" (another name of Khan Yunis, and a
/// surname), nor "de Paris Hilton" (a name goes on after it)?
fn city_named(f: &Facts, t: usize) -> bool {
    let norm = f.tokens[t].norm.as_str();
    cities_of(f, t).iter().any(|c| {
        let words = c.own_name.split(' ').count();
        c.own_name.split(' ').next() == Some(norm)
            && !(t + words < f.tokens.len() && f.keys.names.contains(&(t + words)))
    })
}

/// Words that give the city an institution is of ("le tribunal
/// correctionnel de Paris", "the court of Paris") (folded): not the "du"
/// and "des" of [`crate::facts::OF_WORDS`], which join a noun to what it
/// counts.
const CITY_OF_WORDS: &[&str] = &["de", "d", "of"];

/// Singular definite determiners (folded).
const DEFINITE: &[&str] = &["the", "this", "le", "la", "l", "ce", "cet", "cette"];

/// Is `thing` (a noun of `f`) named with a singular definite determiner,
/// within the two words before it ("the transport ministry", "le siège
/// social", "la réunion")?
fn definite(f: &Facts, thing: usize) -> bool {
    (thing.saturating_sub(3)..thing)
        .rev()
        .find(|&t| !carries_meaning(f, t))
        .is_some_and(|t| DEFINITE.contains(&f.tokens[t].norm.as_str()))
}

/// The claim's place (token `p`) of its `thing` against the window's other
/// place (token `other` of sentence `s`): a contradiction when the two are
/// `apart` (no country could hold both), most of the claim is stated with
/// the same polarity and every fact agrees; otherwise it keeps the window
/// from supporting.
fn place_against_place(
    cx: &MatchContext<'_>,
    earlier: &[Finding],
    (p, s, other): (usize, usize, usize),
    thing: usize,
    apart: bool,
) -> Finding {
    let claim = cx.claim;
    let contradicts = apart
        && cx.coverage.share_without(p) >= BOUND_PLACE_COVERAGE
        && super::negated_at(cx, s, other) == claim.negated()
        && super::facts_agree(earlier);
    let (kind, effect) = if contradicts {
        (Kind::Location, Effect::Contradicts)
    } else {
        (Kind::Place, Effect::Blocks)
    };
    super::word_against_word(cx, (kind, effect), p, s, other)
        .about(Some(claim.tokens[thing].norm.to_string()))
}

/// Words that may join the countries of a list, besides a comma (folded):
/// "en France, en Espagne et en Allemagne", "in France, Spain and Germany".
const LIST_JOINERS: &[&str] = &[
    "et", "and", "en", "au", "aux", "a", "in", "la", "le", "les", "l", "the",
];

/// Words that make a list a few of the places, not all (folded): "des pays
/// occidentaux dont l'Allemagne", "including Spain", "notamment en Italie".
const PARTIAL_LIST: &[&str] = &[
    "dont",
    "notamment",
    "comme",
    "parmi",
    "including",
    "such",
    "like",
    "among",
    "notably",
    "especially",
    "surtout",
];

/// The countries of the list whose first country holds token `first` of
/// `f` (the analysis of `text`): each country's first token and code. One
/// country alone is a list of one.
fn country_list<'f>(text: &str, f: &'f Facts, first: usize) -> Vec<(usize, &'f str)> {
    let Some((r0, c0)) = f.keys.country_at(first) else {
        return Vec::new();
    };
    let mut list = vec![(r0.start, c0)];
    let mut end = r0.end;
    while end < f.tokens.len() {
        let mut t = end;
        let mut joined = text[f.tokens[end - 1].span.end..f.tokens[end].span.start].contains(',');
        while t < f.tokens.len() && LIST_JOINERS.contains(&f.tokens[t].norm.as_str()) {
            joined |= matches!(f.tokens[t].norm.as_str(), "et" | "and");
            t += 1;
        }
        let next = f.keys.entities.iter().find(|(r, _)| r.start == t);
        let (true, Some((r, c))) = (joined, next) else {
            break;
        };
        list.push((r.start, c.as_str()));
        end = r.end;
    }
    list
}

/// The claim puts a thing in a list of countries, the window in a list of
/// as many or more that holds some of the claim's but not one of them, and
/// another instead: "legal proceedings in France, Italy and Germany"
/// against "procédures judiciaires en France, en Espagne et en Allemagne".
/// The window's list says where the thing is, so the claim's other country
/// is another place; not when the window lists a few of the places only
/// ("dont", "including", "notamment"), when the claim's list is all in the
/// window's, or when no country of the claim's is (another thing). It
/// contradicts on the terms of two places apart (most of the claim stated,
/// the same polarity, every fact agreeing), otherwise it keeps the window
/// from supporting.
fn list_member_replaced(
    cx: &MatchContext<'_>,
    earlier: &[Finding],
    p: usize,
    thing: usize,
) -> Option<Finding> {
    let claim = cx.claim;
    let claim_list = country_list(cx.claim_text, claim, p);
    if claim_list.len() < 2 {
        return None;
    }
    for (s, ws) in cx.window.iter().enumerate() {
        let f = ws.facts;
        if !cx.names_subject(s) {
            continue;
        }
        for u in cx.places_of(thing, s) {
            let end = cx.clause(s, u).end.min(f.tokens.len()).min(u + 2 + GAP);
            let Some(first) =
                (u + 1..end).find(|&t| f.keys.entities.iter().any(|(r, _)| r.start == t))
            else {
                continue;
            };
            let partial = (u + 1..first).any(|t| PARTIAL_LIST.contains(&f.tokens[t].norm.as_str()));
            let window_list = country_list(ws.text, f, first);
            let has = |list: &[(usize, &str)], code: &str| list.iter().any(|(_, c)| *c == code);
            let extra = claim_list.iter().find(|(_, c)| !has(&window_list, c));
            let other = window_list.iter().find(|(_, c)| !has(&claim_list, c));
            let shared = claim_list.iter().any(|(_, c)| has(&window_list, c));
            let (Some(&(ct, _)), Some(&(wt, _)), true, false) = (extra, other, shared, partial)
            else {
                continue;
            };
            return Some(place_against_place(cx, earlier, (ct, s, wt), thing, true));
        }
    }
    None
}

/// Articles a wider place may take ("dans la Drôme"), folded.
const PLACE_ARTICLES: &[&str] = &["le", "la", "l", "les", "the"];

/// The places that widen the one ending at token `last` of window sentence
/// `s` (across the commas that end a clause): "à Valence, dans la Drôme, en France" puts the
/// thing in France too, as "in Valence, Drôme, France" does. A comma, a word
/// that puts a name in place maybe, an article maybe, a name; again.
fn wider_places(cx: &MatchContext<'_>, s: usize, mut last: usize) -> Vec<usize> {
    let (text, f) = (cx.window[s].text, cx.window[s].facts);
    let end = f.tokens.len();
    let mut wider = Vec::new();
    loop {
        let mut t = last + 1;
        let comma = t < end && text[f.tokens[last].span.end..f.tokens[t].span.start].contains(',');
        if !comma {
            return wider;
        }
        if PLACE_WORDS.contains(&f.tokens[t].norm.as_str()) {
            t += 1;
        }
        if t < end && PLACE_ARTICLES.contains(&f.tokens[t].norm.as_str()) {
            t += 1;
        }
        if t >= end || !cx.is_name(s, t) {
            return wider;
        }
        while t < end && cx.is_name(s, t) {
            wider.push(t);
            t += 1;
        }
        last = t - 1;
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn bound_place_table() {
        let contradicts = &[(Kind::Location, Effect::Contradicts)][..];
        let blocks = &[(Kind::Place, Effect::Blocks)][..];
        let table: &[Row] = &[
            // a list of countries goes on past the commas that end the
            // clause: the claim's country is one of them
            (
                "Kessler launched legal proceedings in Italy.",
                En,
                "Kessler a enclenché plusieurs procédures judiciaires en France, en Espagne et en Italie.",
                Fr,
                &[],
            ),
            (
                "Kessler a enclenché des procédures judiciaires en Italie.",
                Fr,
                "Kessler launched legal proceedings in France, in Spain and in Italy.",
                En,
                &[],
            ),
            // a place written in a wider one: the thing is in both
            (
                "Le peintre Marc Leroy est mort en France.",
                Fr,
                "Le peintre Marc Leroy est mort à Valence, dans la Drôme, en France, en 1902.",
                Fr,
                &[],
            ),
            (
                "The painter Mark Leroy died in France.",
                En,
                "The painter Mark Leroy died in Valence, Drôme, France, in 1902.",
                En,
                &[],
            ),
            (
                "The painter Mark Leroy died in France.",
                En,
                "The painter Mark Leroy died in Valencia, Spain, in 1902.",
                En,
                contradicts,
            ),
            // ... and the widest, a country, says where it is; a list of
            // countries holds the claim's
            (
                "Les procédures ont été engagées en Italie.",
                Fr,
                "Des plaintes ont été déposées en Italie. Rabat a engagé des procédures en Italie, en Espagne et en Allemagne.",
                Fr,
                &[],
            ),
            (
                "Le peintre Marc Leroy est mort en Espagne.",
                Fr,
                "Le peintre Marc Leroy est mort à Valence, dans la Drôme, en France, en 1902.",
                Fr,
                contradicts,
            ),
            (
                "Le siège social de Boeing est au Canada.",
                Fr,
                "Boeing, dont le siège social est aux États-Unis, a supprimé trois livraisons pour Air Canada.",
                Fr,
                contradicts,
            ),
            (
                "Boeing's head office is in Canada.",
                En,
                "Boeing, whose head office is in the United States, cut three deliveries for Air Canada.",
                En,
                contradicts,
            ),
            // "to" before a known place names a destination
            (
                "Dana Whitfield was sent to Jerusalem.",
                En,
                "Dana Whitfield a été envoyée à Paris.",
                Fr,
                contradicts,
            ),
            // the claim's place is never stated beside another: the rest of
            // the claim is what must be stated
            (
                "Dana Whitfield was sent to Jerusalem in secret by plane.",
                En,
                "Dana Whitfield a été envoyée à Paris.",
                Fr,
                contradicts,
            ),
            (
                "Jean Martin a été envoyé à Berlin en urgence par avion.",
                Fr,
                "Jean Martin a été envoyé à Madrid.",
                Fr,
                contradicts,
            ),
            // "to" before a known place in the window too
            (
                "Jean Martin a été envoyé à Berlin en urgence par avion.",
                Fr,
                "Jean Martin was sent to Madrid.",
                En,
                contradicts,
            ),
            // ... and too little of it is
            (
                "Dana Whitfield was sent to Jerusalem in secret by plane with her staff.",
                En,
                "Dana Whitfield a été envoyée à Paris.",
                Fr,
                blocks,
            ),
            // ... and before a person, no place
            (
                "The minister handed the award to Smith.",
                En,
                "The minister handed the award to Jones in Paris.",
                En,
                &[],
            ),
            // a city: perhaps in the claim's place, so no support and no contradiction
            (
                "Reiner Fuellmich dispose d'un cabinet d'avocats à Davos.",
                Fr,
                "Reiner Fuellmich, qui dispose d'un cabinet d'avocats dans la ville de Göttingen, a parlé du Forum de Davos.",
                Fr,
                blocks,
            ),
            (
                "Boeing's head office is in Illinois.",
                En,
                "Boeing's head office is in Chicago.",
                En,
                blocks,
            ),
            // a city of another country than the claim's city or country
            (
                "Renault a ouvert son usine à Lyon.",
                Fr,
                "Renault a ouvert son usine à Turin, en Italie.",
                Fr,
                contradicts,
            ),
            (
                "Boeing's head office is in Canada.",
                En,
                "Boeing's head office is in Chicago.",
                En,
                contradicts,
            ),
            // ... but two cities of one country say nothing of each other
            // without a map of regions
            (
                "Unilever's plant is in Manchester.",
                En,
                "Unilever's plant is in Leeds.",
                En,
                blocks,
            ),
            // a city under its name in the other language is the same city
            (
                "Joe Biden a rencontré Vladimir Poutine à Genève.",
                Fr,
                "Joe Biden met Vladimir Putin in Geneva.",
                En,
                &[],
            ),
            // the same place
            (
                "Le siège social de Boeing est à Chicago.",
                Fr,
                "Boeing, dont le siège social est à Chicago, a supprimé trois livraisons.",
                Fr,
                &[],
            ),
            // the verb "a" is no "à"
            (
                "Le cabinet d'avocats de Reiner Fuellmich est à Davos.",
                Fr,
                "Le cabinet d'avocats de Reiner Fuellmich a reçu Angela Merkel hier.",
                Fr,
                &[],
            ),
            // the claim's place among others
            (
                "The company has offices in France.",
                En,
                "The company has offices in Germany and France.",
                En,
                &[],
            ),
            // a place set against the one before is no place of the thing
            (
                "Orvex cut 200 jobs in Halden.",
                En,
                "Orvex cut 200 jobs in Arlay rather than in Halden.",
                En,
                blocks,
            ),
            (
                "Orvex a supprimé 200 emplois à Halden.",
                Fr,
                "Orvex a supprimé 200 emplois à Arlay et non à Halden.",
                Fr,
                blocks,
            ),
            (
                "Orvex a supprimé 200 emplois à Arlay.",
                Fr,
                "Orvex a supprimé 200 emplois à Arlay et non à Halden.",
                Fr,
                &[],
            ),
            (
                "Orvex cut 200 jobs in Halden.",
                En,
                "Orvex cut 200 jobs in Arlay and in Halden.",
                En,
                &[],
            ),
            // the city an institution is "of" is its place, on either side
            (
                "Brenmark sued the newspaper for defamation before a court in Lyon.",
                En,
                "Brenmark a attaqué le journal en diffamation devant le tribunal correctionnel de Paris.",
                Fr,
                contradicts,
            ),
            (
                "Brenmark a attaqué le journal en diffamation devant le tribunal de Rabat.",
                Fr,
                "Brenmark a attaqué le journal en diffamation devant le tribunal correctionnel de Paris.",
                Fr,
                contradicts,
            ),
            (
                "Brenmark a attaqué le journal en diffamation devant le tribunal de Paris.",
                Fr,
                "Brenmark sued the newspaper for defamation before a court in Paris.",
                En,
                &[],
            ),
            // ... but names another one of its kind when the claim names no
            // party besides: another mayor, not the same one elsewhere
            (
                "Le maire de Lyon a démissionné mardi.",
                Fr,
                "Le maire de Paris a démissionné mardi.",
                Fr,
                &[],
            ),
            // a country is no place of what is "of" it; nor is a person's
            // name that a city also goes by
            (
                "Brenmark a rencontré l'ambassadeur de France à Rome.",
                Fr,
                "Brenmark a rencontré l'ambassadeur de France.",
                Fr,
                &[],
            ),
            (
                "Les habitants ont reçu des prêts de Yunus.",
                Fr,
                "Yunus a prêté de l'argent à Begum.",
                Fr,
                &[],
            ),
        ];
        assert_rows("bound place", table);
    }

    /// A list of countries against a list with one of them replaced.
    /// Two cities of one country far apart are two places; close ones may
    /// be one in the other's region. A place set off by a comma is the
    /// thing's still; a claim naming nothing but its place speaks of its
    /// thing when that is one ("la réunion"), not of things that may be
    /// many ("des plaintes").
    #[test]
    fn cities_of_one_country_far_apart() {
        let contradicts = &[(Kind::Location, Effect::Contradicts)][..];
        let blocks = &[(Kind::Place, Effect::Blocks)][..];
        let table: &[Row] = &[
            (
                "La conférence aura lieu à la préfecture à Toulouse.",
                Fr,
                "La conférence aura lieu à la préfecture, à Bordeaux.",
                Fr,
                contradicts,
            ),
            (
                "The conference will be held at the prefecture in Toulouse.",
                En,
                "La conférence aura lieu lundi à la préfecture, à Bordeaux.",
                Fr,
                contradicts,
            ),
            (
                "La conférence aura lieu à la préfecture à Lyon.",
                Fr,
                "La conférence aura lieu à la préfecture, à Villeurbanne.",
                Fr,
                blocks,
            ),
            (
                "Des plaintes ont été déposées à Toulouse.",
                Fr,
                "Des plaintes ont été déposées à Bordeaux.",
                Fr,
                &[],
            ),
        ];
        assert_rows("bound place", table);
    }

    #[test]
    fn a_country_of_a_list_replaced() {
        let contradicts = &[(Kind::Location, Effect::Contradicts)][..];
        const PROCEEDINGS: &str = "Rabat a démenti et a engagé plusieurs procédures judiciaires en France, en Espagne et en Allemagne.";
        let table: &[Row] = &[
            (
                "Rabat launched legal proceedings in France, Italy and Germany.",
                En,
                PROCEEDINGS,
                Fr,
                contradicts,
            ),
            (
                "Rabat a engagé des procédures en Italie, en France et en Allemagne.",
                Fr,
                "Rabat brought legal proceedings in France, Spain and Germany.",
                En,
                contradicts,
            ),
            // all of the claim's countries are in the window's list
            (
                "Rabat launched legal proceedings in France and Germany.",
                En,
                PROCEEDINGS,
                Fr,
                &[],
            ),
            // one place against a list of others: one more may be unsaid
            (
                "Le Maroc a engagé une procédure judiciaire en Belgique.",
                Fr,
                PROCEEDINGS,
                Fr,
                &[],
            ),
            // a few of the places only: Italy may be another
            (
                "NSO hosted servers in Germany, Italy and France.",
                En,
                "NSO détenait des serveurs notamment en Allemagne, en Suisse et en France.",
                Fr,
                &[],
            ),
        ];
        assert_rows("bound place", table);
    }
}

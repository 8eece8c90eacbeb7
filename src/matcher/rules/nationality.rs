//! Nationalities: the claim gives a thing one country's adjective, the
//! window gives the same thing another's ("commercialisé par une société
//! marocaine" against "l'entreprise israélienne NSO, qui commercialise
//! Pegasus"; "a Moroccan company" against "une société israélienne"). The
//! thing is a claim word that carries meaning with a demonym right beside
//! it (after it in French, before it in English); the window's copy of that
//! word has another country's beside it, and none of its copies the claim's.
//!
//! It contradicts when most of the claim is stated, its verb included, in a
//! sentence about its subject with the same polarity, every fact agreeing,
//! and the window does not list its things' countries: things in the plural
//! are of many countries, and a window that lists some does not deny the
//! others ("Les téléphones allemands ont bénéficié de l'interdiction"
//! against "Les téléphones américains et britanniques en bénéficient"; one
//! country named, "proposé que les téléphones français soient déclarés
//! intouchables", names the things the window speaks of). Otherwise it only
//! keeps the window from supporting (the thing may be another of its kind).

use super::{Beside, Rule};
use crate::facts::Facts;
use crate::matcher::context::{MatchContext, carries_meaning};
use crate::matcher::finding::{Effect, Finding, Kind};
use crate::matcher::sentence::after_article;
use crate::text::Lang;

/// Share of the claim the window must state for two nationalities to
/// contradict, the claim's demonym left out (English writes it with a
/// capital, and a name weighs more than an adjective), as for places.
pub const NATIONALITY_COVERAGE: f64 = super::bound_place::BOUND_PLACE_COVERAGE;

pub struct NationalityRule;

impl Rule for NationalityRule {
    fn name(&self) -> &'static str {
        "nationality"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        if super::settled(earlier) {
            return Vec::new();
        }
        let claim = cx.claim;
        // (a country before the claim's verb is its subject, no
        // nationality: "Italy sent three planes" against "Spain sent four
        // of the planes, Italy three and Greece one")
        let verbs = std::cell::OnceCell::new();
        for (thing, countries) in bound_countries(claim) {
            if verbs.get_or_init(|| cx.claim_verbs()).contains(&thing) {
                continue;
            }
            // (a name's title is the citizenship rule's: "the Spanish
            // minister José Manuel Albares" against "le ministre marocain
            // ... son homologue espagnol José Manuel Albares")
            if countries
                .iter()
                .any(|&(d, _)| super::citizenship::gives_a_name(cx.claim_text, claim, d))
            {
                continue;
            }
            // a name is its own thing, but an institution written with a
            // capital after an article is a common noun ("le Parlement
            // français" / "le Parlement israélien"; in English the article
            // stands before the demonym: "the French Parliament")
            let first_word = countries
                .iter()
                .map(|&(at, _)| at)
                .chain([thing])
                .min()
                .unwrap_or(thing);
            if claim.keys.names.contains(&thing) && !after_article(claim, first_word) {
                continue;
            }
            // (the sentence says more of the claim than its thing: "une
            // action contre l'entreprise israélienne" says nothing of who
            // built Pegasus)
            let says_more = |s: usize| {
                (0..claim.tokens.len())
                    .filter(|&c| c != thing && carries_meaning(claim, c))
                    .filter(|&c| !countries.iter().any(|&(d, _)| d == c))
                    .any(|c| cx.places_of(c, s).next().is_some())
            };
            let found = super::other_value_beside(
                cx,
                thing,
                |s| names_subject(cx, s) && says_more(s),
                |f, u| {
                    let found = countries_beside(f, u);
                    if found
                        .iter()
                        .any(|(_, c)| countries.iter().any(|(_, k)| k == c))
                    {
                        Some(Beside::Same)
                    } else {
                        found.first().map(|&(at, _)| Beside::Other(at))
                    }
                },
            );
            let Some((s, at)) = found else {
                continue;
            };
            let demonym = countries[0].0;
            let contradicts = cx.coverage.share_without(demonym) >= NATIONALITY_COVERAGE
                && !cx.verb_missing()
                && cx.claim_states_an_act()
                && super::negated_at(cx, s, at) == claim.negated()
                && !(plural(claim, thing) && listed(cx, thing, s, at))
                && super::facts_agree(earlier);
            let (kind, effect) = if contradicts {
                (Kind::Location, Effect::Contradicts)
            } else {
                (Kind::Place, Effect::Blocks)
            };
            return vec![
                super::word_against_word(cx, (kind, effect), demonym, s, at)
                    .about(Some(claim.tokens[thing].norm.to_string())),
            ];
        }
        Vec::new()
    }
}

/// Does window sentence `s` name one of the claim's names, when it has
/// some? (Not its countries: the claim's demonym is the word in question.)
fn names_subject(cx: &MatchContext<'_>, s: usize) -> bool {
    // (an English demonym is written with a capital: "a French company"
    // names no one)
    let claim = cx.claim;
    let mut names = claim
        .keys
        .names
        .iter()
        .filter(|&&t| !claim.keys.in_country(t))
        .peekable();
    names.peek().is_none() || names.any(|&t| cx.claim_token_in(t, s))
}

/// The claim's words that carry demonyms beside them, with their
/// countries: "société marocaine" (French: after), "Moroccan company"
/// (English: before). Not a word after a possessive: "son homologue
/// israélien" is Israeli from its possessor's side, "son homologue
/// française" the same meeting seen from the other.
fn bound_countries(f: &Facts) -> Vec<(usize, Vec<(usize, &str)>)> {
    (0..f.tokens.len())
        .filter(|&t| carries_meaning(f, t) && !f.keys.in_country(t))
        .filter(|&t| !after_possessive(f, t))
        .map(|t| (t, countries_beside(f, t)))
        .filter(|(_, cs)| !cs.is_empty())
        .collect()
}

/// Does window sentence `s` give the claim's `thing` the demonym at `at`
/// among others ("téléphones américains et britanniques")?
fn listed(cx: &MatchContext<'_>, thing: usize, s: usize, at: usize) -> bool {
    let f = cx.window[s].facts;
    cx.places_of(thing, s).any(|u| {
        let countries = countries_beside(f, u);
        countries.len() > 1 && countries.iter().any(|&(d, _)| d == at)
    })
}

/// French determiners of a plural noun (folded).
const PLURAL_DETERMINERS: &[&str] = &[
    "les",
    "des",
    "ces",
    "ses",
    "leurs",
    "nos",
    "vos",
    "mes",
    "tes",
    "aux",
    "plusieurs",
    "certains",
    "certaines",
    "quelques",
    "divers",
    "diverses",
];
/// French determiners of a singular noun (folded; "l" of "l'").
const SINGULAR_DETERMINERS: &[&str] = &[
    "le", "la", "l", "un", "une", "du", "au", "ce", "cet", "cette", "son", "sa", "leur", "notre",
    "votre", "chaque",
];

/// Is claim word `t` a noun in the plural? In French its determiner says so
/// (an adjective or two may stand between: "les nouveaux téléphones"), or
/// a count before it; without a determiner, its ending. English nouns
/// mark it by their ending ("phones", not "press" nor "virus") or are
/// irregular plurals ("people").
fn plural(f: &Facts, t: usize) -> bool {
    let norm = f.tokens[t].norm.as_str();
    if f.quantities
        .iter()
        .any(|q| !q.ordinal && q.value > 1.0 && q.tokens.end <= t && t - q.tokens.end <= 2)
    {
        return true;
    }
    match f.lang {
        Lang::Fr => {
            let determiner = (t.saturating_sub(3)..t).rev().find_map(|u| {
                let d = f.tokens[u].norm.as_str();
                if PLURAL_DETERMINERS.contains(&d) {
                    Some(true)
                } else if SINGULAR_DETERMINERS.contains(&d) {
                    Some(false)
                } else {
                    None
                }
            });
            determiner.unwrap_or_else(|| norm.ends_with('s') || norm.ends_with('x'))
        }
        Lang::En => {
            crate::text::Lexicon::shared().is_english_plural(norm)
                || (norm.len() > 3
                    && norm.ends_with('s')
                    && !["ss", "us", "is"].iter().any(|e| norm.ends_with(e)))
        }
    }
}

/// Possessive determiners (folded).
const POSSESSIVES: &[&str] = &[
    "son", "sa", "ses", "leur", "leurs", "his", "her", "its", "their",
];

/// Does a possessive stand just before word `t` (an English adjective may
/// come between: "his Israeli counterpart")?
fn after_possessive(f: &Facts, t: usize) -> bool {
    (t.saturating_sub(3)..t).any(|u| POSSESSIVES.contains(&f.tokens[u].norm.as_str()))
}

/// The demonyms right beside word `t`, coordinated ones included
/// ("téléphones américains et britanniques", "American and British
/// phones"), each with where it stands and its country. A demonym is one
/// word, in French written in lower case; a country's name is a place,
/// which the bound-place rule reads ("au Canada", "in France").
fn countries_beside(f: &Facts, t: usize) -> Vec<(usize, &str)> {
    let demonym = |u: usize| {
        f.keys.entities.iter().find_map(|(r, code)| {
            (r.start == u && r.len() == 1 && (f.lang == Lang::En || !f.tokens[u].capitalized))
                .then_some((u, code.as_str()))
        })
    };
    let joins = |u: usize| crate::text::is_coordinator(&f.tokens[u].norm, f.lang);
    let mut out = Vec::new();
    let mut u = t;
    loop {
        let next = match f.lang {
            // (past the state whose thing it is: "un service de sécurité
            // de l'État marocain")
            Lang::Fr if out.is_empty() => {
                Some(of_the_state(f, u).unwrap_or(u) + 1).filter(|&n| n < f.tokens.len())
            }
            Lang::Fr => Some(u + 1).filter(|&n| n < f.tokens.len()),
            Lang::En => u.checked_sub(1),
        };
        let Some(n) = next else { break };
        if let Some(d) = demonym(n) {
            out.push(d);
            u = n;
        } else if !out.is_empty() && joins(n) {
            u = n;
        } else {
            break;
        }
    }
    out
}

/// Words that name a state as a whole (folded): its demonym after them is
/// the thing's ("la police de l'État hébreu", "les services du
/// gouvernement marocain").
const STATE_WORDS: &[&str] = &["etat", "gouvernement", "pays", "royaume", "republique"];

/// The state word of "de l'État", "du gouvernement" right after French
/// word `t`, if there is one.
fn of_the_state(f: &Facts, t: usize) -> Option<usize> {
    let word = |u: usize| f.tokens.get(u).map(|k| k.norm.as_str());
    let mut u = t + 1;
    match word(u)? {
        "de" | "d" => {
            u += 1;
            if matches!(word(u)?, "l" | "la" | "le") {
                u += 1;
            }
        }
        "du" => u += 1,
        _ => return None,
    }
    STATE_WORDS.contains(&word(u)?).then_some(u)
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn nationality_table() {
        let contradicts = &[(Kind::Location, Effect::Contradicts)][..];
        let blocks = &[(Kind::Place, Effect::Blocks)][..];
        let table: &[Row] = &[
            (
                "Le logiciel Falcon est commercialisé par une société marocaine.",
                Fr,
                "Le logiciel Falcon est commercialisé par une société israélienne.",
                Fr,
                contradicts,
            ),
            (
                "The Falcon software is sold by a Moroccan company.",
                En,
                "Le logiciel Falcon est vendu par une société israélienne.",
                Fr,
                contradicts,
            ),
            (
                "Le logiciel Falcon est commercialisé par une société israélienne.",
                Fr,
                "The Falcon software is sold by an Israeli company.",
                En,
                &[],
            ),
            // the thing of a state, its demonym after the state's word
            (
                "The Falcon software was sold to an Algerian security service.",
                En,
                "Le logiciel Falcon a été vendu à un service de sécurité de l'État marocain.",
                Fr,
                contradicts,
            ),
            (
                "Le logiciel Falcon a été vendu à un service de sécurité algérien.",
                Fr,
                "Le logiciel Falcon a été vendu à un service de sécurité du gouvernement marocain.",
                Fr,
                contradicts,
            ),
            (
                "Le logiciel Falcon a été vendu à un service de sécurité marocain.",
                Fr,
                "Le logiciel Falcon a été vendu à un service de sécurité de l'État marocain.",
                Fr,
                &[],
            ),
            // (not a thing of another thing: the hospital's service)
            (
                "Le logiciel Falcon a été vendu à un service de sécurité algérien.",
                Fr,
                "Le logiciel Falcon a été vendu au service de sécurité de l'hôpital marocain.",
                Fr,
                &[],
            ),
            // the claim's verb not stated: another company, perhaps
            (
                "The Falcon software was bought by a Moroccan company.",
                En,
                "Le logiciel Falcon est commercialisé par une société israélienne.",
                Fr,
                blocks,
            ),
            // coordinated demonyms: one shared is enough
            (
                "American and British phones already benefit from the ban.",
                En,
                "Les téléphones américains et britanniques bénéficient déjà de l'interdiction.",
                Fr,
                &[],
            ),
            // things in the plural are of many countries: a window that
            // lists some does not deny the others
            (
                "Les téléphones russes ont bénéficié de l'interdiction.",
                Fr,
                "American and British phones have benefited from the ban.",
                En,
                blocks,
            ),
            (
                "Les téléphones allemands ont bénéficié de cette interdiction.",
                Fr,
                "Les téléphones américains et britanniques ont bénéficié de cette interdiction.",
                Fr,
                blocks,
            ),
            (
                "Two Moroccan companies sold the Falcon software.",
                En,
                "Deux sociétés israéliennes et américaines ont vendu le logiciel Falcon.",
                Fr,
                blocks,
            ),
            // one country named: the things the window speaks of
            (
                "Hulata a proposé que les téléphones allemands soient déclarés intouchables.",
                Fr,
                "Hulata proposed that French phones be declared untouchable.",
                En,
                contradicts,
            ),
            // one thing of several countries: the claim's is not among them
            (
                "Le logiciel Falcon est vendu par une société marocaine.",
                Fr,
                "The Falcon software is sold by an Israeli and American company.",
                En,
                contradicts,
            ),
            // one thing has one country
            (
                "The Falcon software was sold by a German company.",
                En,
                "Le logiciel Falcon a été vendu par la société américaine Kestrel.",
                Fr,
                contradicts,
            ),
            // a counterpart's country depends on whose it is
            (
                "Dana Whitfield a rencontré son homologue israélien mercredi.",
                Fr,
                "Le ministre israélien a rencontré mercredi son homologue française Dana Whitfield.",
                Fr,
                &[],
            ),
            // an institution written with a capital after an article is a
            // common noun, not a name: its country is read
            (
                "Le Parlement français a adopté la loi sur les drones Falcon.",
                Fr,
                "Le Parlement belge a adopté la loi sur les drones Falcon.",
                Fr,
                contradicts,
            ),
            (
                "The French Parliament adopted the law on Falcon drones.",
                En,
                "Le Parlement belge a adopté la loi sur les drones Falcon.",
                Fr,
                contradicts,
            ),
            (
                "Le Parlement belge a adopté la loi sur les drones Falcon.",
                Fr,
                "Le Parlement belge a adopté la loi sur les drones Falcon.",
                Fr,
                &[],
            ),
            // a claim that names no one but its demonym, which English
            // writes with a capital
            (
                "A French company built the drone.",
                En,
                "An Israeli company built the drone.",
                En,
                contradicts,
            ),
            (
                "A German company built the drone.",
                En,
                "Une entreprise suisse a construit le drone.",
                Fr,
                contradicts,
            ),
            // a negation in another clause of the sentence is about
            // something else; in the thing's own clause the polarities are
            // apart (the negation rule's business)
            (
                "La police a arrêté deux hommes près de la frontière italienne.",
                Fr,
                "Police arrested two men near the Austrian border, but the paintings have not been found.",
                En,
                contradicts,
            ),
            (
                "Police arrested two men near the Italian border.",
                En,
                "Police did not arrest anyone near the Austrian border.",
                En,
                &[],
            ),
            // a state said by a copula is a statement too ("Lena Voss is a
            // Dutch artist", a name's, is the citizenship rule's)
            (
                "The portraits are by a Dutch artist.",
                En,
                "The two portraits are by the Belgian artist Lena Voss.",
                En,
                contradicts,
            ),
            (
                "Le tableau volé est l'œuvre d'un peintre belge.",
                Fr,
                "The stolen works include a painting by the Dutch painter Pieter Hals.",
                En,
                contradicts,
            ),
            (
                "Lena Voss est une artiste belge.",
                Fr,
                "The two portraits are by the Belgian artist Lena Voss.",
                En,
                &[],
            ),
            // ... against a sentence that says nothing more of the claim
            // than its thing: nothing to say
            (
                "A Moroccan company built the drone.",
                En,
                "The investigators want to sue the Israeli company.",
                En,
                &[],
            ),
            // an act stated by a light verb and its noun ("a mis en place")
            (
                "Le Parlement français a mis en place une commission sur les drones.",
                Fr,
                "Le Parlement belge a mis en place une commission sur les drones.",
                Fr,
                contradicts,
            ),
            // one of the window's copies has the claim's country: agrees
            (
                "Le logiciel Falcon est commercialisé par une société marocaine.",
                Fr,
                "Le logiciel Falcon est commercialisé par une société israélienne et une société marocaine.",
                Fr,
                &[],
            ),
            // a country before the claim's verb is its subject, no
            // nationality of the verb
            (
                "Italy sent three planes.",
                En,
                "Spain sent four of the planes, Italy three and Greece one.",
                En,
                &[],
            ),
        ];
        assert_rows("nationality", table);
    }
}

//! Places: where the claim says it happened ("in Madrid", "à Paris") must
//! be stated, in the window or in an earlier sentence of the same article
//! that names one of the same people (shown as `context`, with that
//! sentence). A place stated nowhere keeps the window from supporting, and
//! so does a country the window writes only as what lies outside ("sa
//! dernière opération hors Royaume-Uni, ... Wehkamp" does not put Wehkamp
//! in the United Kingdom), or, where the claim says something is or
//! happened in a country, only as a party to a relation ("la relation
//! entre le Maroc et la France" puts nothing in Morocco: "NSO est une
//! société basée au Maroc").

use super::Rule;
use crate::facts::OF_WORDS;
use crate::matcher::context::MatchContext;
use crate::matcher::coverage::{PLACE_WORDS_EN, PLACE_WORDS_FR};
use crate::matcher::finding::{Effect, Finding, Kind};

pub struct PlaceRule;

impl Rule for PlaceRule {
    fn name(&self) -> &'static str {
        "place"
    }

    fn check(&self, cx: &MatchContext<'_>, _: &[Finding]) -> Vec<Finding> {
        let cov = cx.coverage;
        let mut found: Vec<Finding> = cov
            .from_context
            .iter()
            .map(|(word, c)| {
                Finding::new(
                    Kind::Context,
                    Effect::Supports,
                    word,
                    cx.context[*c].text.trim(),
                )
            })
            .collect();
        if !cov.missing_places.is_empty() {
            found.push(Finding::new(
                Kind::Place,
                Effect::Blocks,
                cov.missing_places.join(", "),
                "",
            ));
        }
        found.extend(only_excluded(cx));
        found.extend(only_as_party(cx));
        found
    }
}

/// Words that put the place after them outside what is said (folded):
/// "hors (de)", "en dehors de", "à l'extérieur de", "outside (of)",
/// "except", "excluding", "sauf".
const EXCLUDING: &[&str] = &[
    "hors",
    "dehors",
    "exterieur",
    "outside",
    "except",
    "excluding",
    "sauf",
    "excepte",
];

/// Words that may stand between an excluding word and its place (folded).
const BETWEEN: &[&str] = &["de", "du", "des", "d", "l", "la", "le", "les", "of", "the"];

/// The claim's countries the window writes, each only after a word that
/// excludes it: not stated.
fn only_excluded(cx: &MatchContext<'_>) -> Option<Finding> {
    // the excluding word before the place at token `start` of sentence `s`
    let excluding = |s: usize, start: usize| {
        let tokens = &cx.window[s].facts.tokens;
        let mut k = start;
        while k > 0 && start - k < 3 && BETWEEN.contains(&tokens[k - 1].norm.as_str()) {
            k -= 1;
        }
        // ("le renseignement extérieur français" is foreign intelligence:
        // "extérieur" and "dehors" exclude only with their "de")
        let complement = tokens[k..start]
            .iter()
            .any(|t| OF_WORDS.contains(&t.norm.as_str()));
        (k > 0
            && EXCLUDING.contains(&tokens[k - 1].norm.as_str())
            && (complement || !matches!(tokens[k - 1].norm.as_str(), "exterieur" | "dehors")))
        .then(|| k - 1)
    };
    written_only_after(cx, |_| true, excluding)
}

/// The first of the claim's countries `considered` accepts (by its tokens)
/// that the window writes, every place it writes it after a word `cue`
/// finds before the country at token `start` of sentence `s`: the window
/// does not state it; shown from its first cue to its country.
fn written_only_after(
    cx: &MatchContext<'_>,
    considered: impl Fn(&std::ops::Range<usize>) -> bool,
    cue: impl Fn(usize, usize) -> Option<usize>,
) -> Option<Finding> {
    for (range, code) in &cx.claim.keys.entities {
        if !considered(range) {
            continue;
        }
        let written: Vec<(usize, usize)> = cx
            .window
            .iter()
            .enumerate()
            .flat_map(|(s, w)| {
                w.facts
                    .keys
                    .entities
                    .iter()
                    .filter(|(_, c)| c == code)
                    .map(move |(r, _)| (s, r.start))
            })
            .collect();
        let cues: Option<Vec<usize>> = written.iter().map(|&(s, t)| cue(s, t)).collect();
        if let (Some(&(s, t)), Some(&first)) =
            (written.first(), cues.as_ref().and_then(|c| c.first()))
        {
            let f = cx.window[s].facts;
            let claim_span = cx.claim.span_of(range.clone());
            let span = f.tokens[first].span.start..f.tokens[t].span.end;
            return Some(super::span_against_span(
                cx,
                (Kind::Place, Effect::Blocks),
                claim_span,
                s,
                span,
            ));
        }
    }
    None
}

/// Words that make the country after them a party to a relation, not a
/// place (folded): "entre le Maroc et la France", "between", "avec",
/// "with", "contre", "against".
const RELATING: &[&str] = &["entre", "between", "avec", "with", "contre", "against"];

/// Determiners between a relating word, or a place word, and its country
/// (folded).
const DETERMINERS: &[&str] = &["l", "la", "le", "les", "the"];

/// The first token of the determiners before token `start` of `tokens`.
fn before_determiners(tokens: &[crate::text::Token], start: usize) -> usize {
    let mut k = start;
    while k > 0 && start - k < 2 && DETERMINERS.contains(&tokens[k - 1].norm.as_str()) {
        k -= 1;
    }
    k
}

/// The claim's countries it gives as where something is or happens ("au
/// Maroc", "in the United Kingdom") that the window writes, each only as a
/// party to a relation ("entre le Maroc et la France", "with Morocco",
/// and the countries coordinated after one: "entre la France et le
/// Maroc"): the window does not say it is there.
fn only_as_party(cx: &MatchContext<'_>) -> Option<Finding> {
    // the relating word before the country at token `start` of sentence
    // `s`, through the countries coordinated before it
    let relating = |s: usize, start: usize| {
        let f = cx.window[s].facts;
        let mut at = start;
        for _ in 0..3 {
            let k = before_determiners(&f.tokens, at);
            let word = f.tokens.get(k.checked_sub(1)?)?.norm.as_str();
            if RELATING.contains(&word) {
                return Some(k - 1);
            }
            if !crate::text::is_coordinator(word, f.lang) {
                return None;
            }
            // (the country before "et" stands where this one does)
            at = f
                .keys
                .entities
                .iter()
                .find(|(r, _)| r.end == k - 1)
                .map(|(r, _)| r.start)?;
        }
        None
    };
    let claim_tokens = &cx.claim.tokens;
    // (the words that put a place after them, "held in the United
    // Kingdom", "basée au Maroc": the coverage's, by language, for "à" is
    // "a", which English writes for an article)
    let where_words = match cx.claim.lang {
        crate::text::Lang::En => PLACE_WORDS_EN,
        crate::text::Lang::Fr => PLACE_WORDS_FR,
    };
    let placed = |range: &std::ops::Range<usize>| {
        let k = before_determiners(claim_tokens, range.start);
        k > 0 && where_words.contains(&claim_tokens[k - 1].norm.as_str())
    };
    written_only_after(cx, placed, relating)
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn places_table() {
        let met = "Une session s'était tenue entre Eyal Hulata et Emmanuel Bonne.";
        let table: &[Row] = &[
            (
                "Eyal Hulata met Emmanuel Bonne in Paris.",
                En,
                met,
                Fr,
                &[(Kind::Place, Effect::Blocks)],
            ),
            (
                "Eyal Hulata a rencontré Emmanuel Bonne à Paris.",
                Fr,
                met,
                Fr,
                &[(Kind::Place, Effect::Blocks)],
            ),
            ("Eyal Hulata met Emmanuel Bonne.", En, met, Fr, &[]),
            // a country written only as what lies outside
            (
                "Wehkamp était basée au Royaume-Uni.",
                Fr,
                "GUS a vendu sa dernière opération de détail hors Royaume-Uni, la société néerlandaise Wehkamp.",
                Fr,
                &[(Kind::Place, Effect::Blocks)],
            ),
            (
                "Wehkamp was based in the United Kingdom.",
                En,
                "GUS sold its last retail business outside the United Kingdom, the Dutch company Wehkamp.",
                En,
                &[(Kind::Place, Effect::Blocks)],
            ),
            (
                "Wehkamp était basée au Royaume-Uni.",
                Fr,
                "GUS a vendu son activité au Royaume-Uni, la société Wehkamp.",
                Fr,
                &[],
            ),
            (
                "Wehkamp était basée en France.",
                Fr,
                "GUS a vendu Wehkamp, sa dernière activité en dehors de la France.",
                Fr,
                &[(Kind::Place, Effect::Blocks)],
            ),
            // "extérieur" as an adjective: foreign
            (
                "Gantz spoke with the head of French foreign intelligence.",
                En,
                "Il s'est entretenu avec le patron du renseignement extérieur français.",
                Fr,
                &[],
            ),
            (
                "Eyal Hulata met Emmanuel Bonne in Paris.",
                En,
                "Une session s'était tenue à Paris entre Eyal Hulata et Emmanuel Bonne.",
                Fr,
                &[],
            ),
            // a country written only as a party to a relation: not where
            // the claim puts its thing
            (
                "Veltrix est une société basée au Maroc.",
                Fr,
                "Veltrix veut déstabiliser la relation entre le Maroc et la France.",
                Fr,
                &[(Kind::Place, Effect::Blocks)],
            ),
            (
                "The summit was held in Morocco.",
                En,
                "The summit strained relations between France and Morocco.",
                En,
                &[(Kind::Place, Effect::Blocks)],
            ),
            (
                "Le sommet s'est tenu au Maroc.",
                Fr,
                "Le sommet, tenu au Maroc, a tendu la relation entre le Maroc et la France.",
                Fr,
                &[],
            ),
            // (a claim that does not put anything in the country)
            (
                "Le Maroc a signé un accord avec la France.",
                Fr,
                "La relation entre le Maroc et la France s'améliore.",
                Fr,
                &[],
            ),
        ];
        assert_rows("place", table);
    }
}

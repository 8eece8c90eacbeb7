//! Places: where the claim says it happened ("in Madrid", "à Paris") must
//! be stated, in the window or in an earlier sentence of the same article
//! that names one of the same people (shown as `context`, with that
//! sentence). A place stated nowhere keeps the window from supporting, and
//! so does a country the window writes only as what lies outside ("sa
//! dernière opération hors Royaume-Uni, ... Wehkamp" does not put Wehkamp
//! in the United Kingdom).

use super::Rule;
use crate::facts::OF_WORDS;
use crate::matcher::context::MatchContext;
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
    for (range, code) in &cx.claim.keys.entities {
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
        // every place the window writes it, each after its excluding word
        let cues: Option<Vec<usize>> = written.iter().map(|&(s, t)| excluding(s, t)).collect();
        if let (Some(&(s, t)), Some(&cue)) =
            (written.first(), cues.as_ref().and_then(|c| c.first()))
        {
            let f = cx.window[s].facts;
            let claim_span = cx.claim.span_of(range.clone());
            let span = f.tokens[cue].span.start..f.tokens[t].span.end;
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
        ];
        assert_rows("place", table);
    }
}

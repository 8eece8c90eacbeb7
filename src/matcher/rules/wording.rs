//! Wording: the claim words the window does not state, shown unless the
//! window contradicts; claim words that no source sentence uses at all are
//! noted (`explain`): the decision weighs how many there are, it no longer
//! vetoes support for one word the lexicon lacks.

use super::Rule;
use super::comparison::equality_in;
use crate::matcher::context::{COMPLEMENTISERS, MatchContext, carries_meaning, compares};
use crate::matcher::finding::{Effect, Finding, Kind};

pub struct WordingRule;

impl Rule for WordingRule {
    fn name(&self) -> &'static str {
        "wording"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        let cov = cx.coverage;
        let mut found = Vec::new();
        let contradicts = earlier.iter().any(|f| f.effect == Effect::Contradicts);
        if !cov.missing.is_empty() && !contradicts {
            found.push(Finding::new(
                Kind::Missing,
                Effect::Neutral,
                cov.missing.join(", "),
                "",
            ));
        }
        let verbs: Vec<&str> = cx
            .claim_verbs()
            .into_iter()
            .map(|t| cx.claim.tokens[t].norm.as_str())
            .filter(|norm| cov.missing.iter().any(|m| m == norm))
            .collect();
        if !verbs.is_empty() {
            // a party's admission, confirmation or denial is said by one
            // only ("a reconnu", "la confirmation", "a démenti"): a window
            // without it reports no stance of that party ("Belmar admitted
            // using Falcon" / "Belmar a été accusé d'avoir eu recours au
            // logiciel"; "Amnesty denied the information on 18 July" /
            // "Dans son enquête rendue publique le 18 juillet, Amnesty
            // accusait NSO ...")
            // ... and so is a certainty ("the facts had been proven", "ont été
            // établis"): a window that speaks of checking them says none
            let vocab = crate::facts::Vocabulary::shared();
            let lang = cx.claim.lang;
            let stance_missing = verbs.iter().any(|v| {
                vocab.confirms(lang, v)
                    || vocab.denies(lang, v)
                    || vocab.is_cue(lang, crate::facts::CueKind::Certainty, v)
            });
            let effect = if stance_missing && !contradicts {
                Effect::Blocks
            } else {
                Effect::Neutral
            };
            found.push(Finding::new(Kind::Predicate, effect, verbs.join(", "), ""));
        }
        if !contradicts {
            let anchored = earlier
                .iter()
                .any(|f| f.anchors && f.effect == Effect::Supports);
            found.extend(verbs_found_apart(cx, anchored));
        }
        if !contradicts && let Some(finding) = stance_of_another_party(cx) {
            found.push(finding);
        }
        // a comparison is the claim's predicate: a window that compares
        // nothing does not state it ("Germany hosted fewer servers than
        // Switzerland" / "des serveurs hébergés en Allemagne et en Suisse";
        // "Germany hosted the most servers" likewise),
        // unless it gives the two figures that rank them (the comparison
        // rule's finding)
        let claim = cx.claim;
        let ranked_by_figures = claim.quantities.is_empty()
            && earlier
                .iter()
                .any(|f| f.kind == Kind::Number && f.effect == Effect::Supports);
        // (an equality too: "as many planes as Greece")
        let compares_all =
            |f: &crate::facts::Facts| compares(f, 0..f.tokens.len()) || equality_in(f).is_some();
        if (compares_all(claim) || super::comparison::gives_the_most_or_fewest(claim))
            && !contradicts
            && !ranked_by_figures
            && !cx.window.iter().any(|w| compares_all(w.facts))
        {
            found.push(Finding::new(
                Kind::Predicate,
                Effect::Blocks,
                "(a comparison)",
                "",
            ));
        }
        if !cov.missing_names.is_empty() {
            found.push(Finding::new(
                Kind::Participant,
                Effect::Neutral,
                cov.missing_names.join(", "),
                "",
            ));
        }
        if !cov.novel.is_empty() {
            found.push(Finding::new(
                Kind::Novel,
                Effect::Neutral,
                cov.novel.join(", "),
                "",
            ));
        }
        found
    }
}

/// The claim's verbs that a window of several sentences writes only in a
/// sentence that writes no other word of the claim: the verb is not said of
/// what the claim speaks of ("... avait “permis d'avoir un point d'étape”.
/// ... Une source ... : les installations d'applications et téléchargements
/// sont bloquées" does not say that downloading apps "is allowed"). Such a
/// verb keeps the window from supporting unless a bound fact found anchors
/// the statement (`anchored`): the words that speak of the claim's thing
/// are then too few to be sure the window says what the claim says of it.
fn verbs_found_apart(cx: &MatchContext<'_>, anchored: bool) -> Option<Finding> {
    let apart = verbs_apart(cx);
    let &(_, (s, at)) = apart.first()?;
    let claim = cx.claim;
    let words: Vec<&str> = apart
        .iter()
        .map(|&(v, _)| claim.tokens[v].norm.as_str())
        .collect();
    let f = cx.window[s].facts;
    // a bound fact found (a figure bound to the same noun, a day-precise
    // date) anchors the statement without its verb, as in the decision
    let effect = if anchored {
        Effect::Neutral
    } else {
        Effect::Blocks
    };
    Some(
        Finding::new(
            Kind::Predicate,
            effect,
            words.join(", "),
            &cx.window[s].text[f.tokens[at].span.clone()],
        )
        .at_source(s, f.tokens[at].span.clone()),
    )
}

/// The claim's verbs a window of several sentences writes only in sentences
/// that write no other word of the claim, each with its first place
/// (sentence, token): see [`verbs_found_apart`]. The negation rule reads
/// it too: such a verb is no statement of the claim's predicate to deny.
pub(super) fn verbs_apart(cx: &MatchContext<'_>) -> Vec<(usize, (usize, usize))> {
    if cx.window.len() < 2 {
        return Vec::new();
    }
    let cov = cx.coverage;
    let claim = cx.claim;
    // (claim token, (sentence, token)) of every word found, by key or by
    // meaning
    let places: Vec<(usize, (usize, usize))> = cov.found_with_meaning().collect();
    // each verb's places, when every one of them is in a sentence that
    // holds no other claim word
    let alone = |v: usize, s: usize| {
        !places
            .iter()
            .any(|&(c, (at, _))| at == s && c != v && carries_meaning(claim, c))
    };
    cx.claim_verbs()
        .into_iter()
        .filter_map(|v| {
            let mut of_verb = places.iter().filter(|&&(c, _)| c == v);
            let &(_, first) = of_verb.clone().next()?;
            of_verb
                .all(|&(_, (s, _))| alone(v, s))
                .then_some((v, first))
        })
        .collect()
}

/// Words after a window's stance verb its party may stand in, inverted
/// ("« ... », a reconnu mardi l'entreprise Orvex").
const INVERTED_PARTY: usize = 5;

/// The claim's party confirms or admits ("NSO acknowledged that ...") and
/// the window's verb for it is another party's ("l'Élysée a affirmé ...
/// l'affaire NSO"): the window reports someone else's stance, which says
/// nothing of the claim's party. The claim's subject must be found just
/// before the window's verb, or just after it (inverted), not elsewhere in
/// the sentence.
fn stance_of_another_party(cx: &MatchContext<'_>) -> Option<Finding> {
    let claim = cx.claim;
    let cov = cx.coverage;
    let vocab = crate::facts::Vocabulary::shared();
    (0..claim.tokens.len())
        .filter(|&c| vocab.confirms(claim.lang, &claim.tokens[c].norm))
        .filter(|&c| (0..c).any(|t| carries_meaning(claim, t)))
        .find_map(|c| {
            let (s, t) = cov
                .found()
                .find(|&(ct, _)| ct == c)
                .map(|(_, at)| at)
                .or_else(|| {
                    cov.aligned
                        .iter()
                        .find(|a| a.claim_token == c)
                        .map(|a| a.at)
                })?;
            let f = cx.window[s].facts;
            let clause = cx.clause(s, t);
            let inverted = cov.found().any(|(ct, (ms, mt))| {
                ct < c
                    && ms == s
                    && mt > t
                    && mt <= t + INVERTED_PARTY
                    && clause.contains(&mt)
                    && !(t + 1..mt).any(|k| COMPLEMENTISERS.contains(&f.tokens[k].norm.as_str()))
            });
            (!cx.same_party(c, s, t) && !inverted).then(|| {
                Finding::new(
                    Kind::Predicate,
                    Effect::Blocks,
                    &cx.claim_text[claim.tokens[c].span.clone()],
                    &cx.window[s].text[f.tokens[t].span.clone()],
                )
                .at_source(s, f.tokens[t].span.clone())
            })
        })
}

#[cfg(test)]
mod tests {
    use super::super::table::{Case, Row, kinds};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn stance_of_another_party_table() {
        // (claim, its language, window, is the window kept from support)
        let table = [
            // the window's confirmation is the ministry's, the claim's
            // party only named inside what it confirms
            (
                "Orvex confirmed that the software had been sold to Belmar.",
                En,
                "Le ministère a confirmé que l'affaire Orvex concernait un logiciel vendu à Belmar.",
                true,
            ),
            (
                "Orvex a confirmé que le logiciel avait été vendu à Belmar.",
                Fr,
                "Le ministère a confirmé que l'affaire Orvex concernait un logiciel vendu à Belmar.",
                true,
            ),
            // the claim's party before the verb, or after it, inverted
            (
                "Orvex confirmed that the software had been sold to Belmar.",
                En,
                "Orvex a confirmé que le logiciel avait été vendu à Belmar.",
                false,
            ),
            (
                "Orvex confirmed that the software had been sold to Belmar.",
                En,
                "« Le logiciel a été vendu à Belmar », a confirmé mardi l'entreprise Orvex.",
                false,
            ),
        ];
        for (claim, lang, window, want) in table {
            let found = Case::new(claim, lang, window, Fr).findings_of("wording");
            let blocked = found
                .iter()
                .any(|f| f.kind == Kind::Predicate && f.effect == Effect::Blocks);
            assert_eq!(blocked, want, "{claim} / {window}: {found:?}");
        }
    }

    #[test]
    fn wording_table() {
        let window = "Quatorze ministres auraient été visés par le logiciel espion.";
        let missing = [(Kind::Missing, Effect::Neutral)];
        let missing_verb = [
            (Kind::Missing, Effect::Neutral),
            (Kind::Predicate, Effect::Neutral),
        ];
        // (row, the missing words shown)
        let table: &[(Row, &str)] = &[
            (
                ("Fourteen ministers were targeted.", En, window, Fr, &[]),
                "",
            ),
            (
                (
                    "Fourteen ministers were secretly targeted.",
                    En,
                    window,
                    Fr,
                    &missing,
                ),
                "secretly",
            ),
            (
                (
                    "Quatorze ministres ont été visés en secret.",
                    Fr,
                    window,
                    Fr,
                    &missing,
                ),
                "secret",
            ),
            // the claim's own hedge is compared as a hedge, not looked for as a word
            (
                (
                    "Fourteen ministers may have been targeted.",
                    En,
                    window,
                    Fr,
                    &[],
                ),
                "",
            ),
            // the verb itself is not stated: noted for the decision
            (
                (
                    "Fourteen ministers were arrested.",
                    En,
                    window,
                    Fr,
                    &missing_verb,
                ),
                "arrested",
            ),
            (
                (
                    "Quatorze ministres ont été arrêtés.",
                    Fr,
                    window,
                    Fr,
                    &missing_verb,
                ),
                "arretes",
            ),
        ];
        for &((claim, cl, window, wl, want), shown) in table {
            let found = Case::new(claim, cl, window, wl).findings_of("wording");
            assert_eq!(kinds(&found), want, "{claim}");
            assert_eq!(found.first().map_or("", |f| f.claim.as_str()), shown);
        }
    }

    /// A claim's admission, confirmation or denial missing keeps the window from
    /// supporting: no other verb says a party's stance (an admission, a
    /// confirmation or a denial).
    #[test]
    fn a_rejection_missing_blocks() {
        // a body's rejection is its stance on the plan: a window with the
        // tally but another decision does not state it
        let window =
            "Les conseillers de Halden ont approuvé le projet de stade par 23 voix contre 8.";
        for (claim, lang) in [
            ("Le projet de stade a été rejeté par 23 voix contre 8.", Fr),
            ("Le conseil de Halden a rejeté le projet de stade.", Fr),
            ("The stadium project was rejected by 23 votes to 8.", En),
        ] {
            let found = Case::new(claim, lang, window, Fr).findings_of("wording");
            assert!(
                found
                    .iter()
                    .any(|f| f.kind == Kind::Predicate && f.effect == Effect::Blocks),
                "{claim}: {found:?}"
            );
        }
    }

    #[test]
    fn a_stance_missing_blocks() {
        let window = "Le Belmar a été accusé d'avoir eu recours au logiciel Falcon.";
        let table = [
            (
                "Belmar admitted using the Falcon software.",
                En,
                Effect::Blocks,
            ),
            (
                "Le Belmar a reconnu avoir eu recours au logiciel Falcon.",
                Fr,
                Effect::Blocks,
            ),
            (
                "Belmar was accused of using the Falcon software.",
                En,
                Effect::Neutral,
            ),
            // a denial too
            (
                "Belmar denied using the Falcon software.",
                En,
                Effect::Blocks,
            ),
            (
                "Le Belmar a démenti avoir eu recours au logiciel Falcon.",
                Fr,
                Effect::Blocks,
            ),
        ];
        // and a certainty: checking the facts proves none
        let checked = "Le porte-parole a indiqué que le conseil avait permis un point d'étape sur ce travail de vérification des faits.";
        let certainty = [
            (
                "The spokesman said that the facts had been proven.",
                En,
                Effect::Blocks,
            ),
            (
                "Le porte-parole a indiqué que les faits ont été établis.",
                Fr,
                Effect::Blocks,
            ),
        ];
        let cases = (table.iter().map(|&(c, l, w)| (c, l, window, w)))
            .chain(certainty.iter().map(|&(c, l, w)| (c, l, checked, w)));
        for (claim, lang, window, want) in cases {
            let found = Case::new(claim, lang, window, Fr).findings_of("wording");
            let predicate: Vec<Effect> = found
                .iter()
                .filter(|f| f.kind == Kind::Predicate)
                .map(|f| f.effect)
                .collect();
            assert!(
                predicate.iter().all(|&e| e == want)
                    && (want != Effect::Blocks || !predicate.is_empty()),
                "{claim}: {found:?}"
            );
        }
    }

    /// A claim's verb that a window of several sentences writes only in a
    /// sentence holding nothing else of the claim is not said of the claim's
    /// thing: it keeps the window from supporting, unless a bound figure
    /// anchors the statement.
    #[test]
    fn a_verb_found_only_apart_blocks() {
        let apart = "Le préfet avait jugé que la réunion avait permis de faire le point. | Selon une source municipale, le téléchargement d'applications sur les ordinateurs de la mairie est bloqué.";
        let together = "Le préfet a parlé aux journalistes mardi. | Selon une source municipale, le téléchargement d'applications sur les ordinateurs de la mairie est permis.";
        let apart_fr = "Le préfet avait jugé que la réunion était autorisée par la loi. | Selon une source municipale, le téléchargement d'applications sur les ordinateurs de la mairie est bloqué.";
        let together_fr = "Le préfet a parlé aux journalistes mardi. | Selon une source municipale, le téléchargement d'applications sur les ordinateurs de la mairie est autorisé.";
        let counted = "Le préfet avait jugé que la réunion avait permis de faire le point. | Selon une source municipale, le téléchargement d'applications sur 40 ordinateurs de la mairie est bloqué.";
        let table = [
            (
                "Downloading applications onto the town hall's computers is allowed.",
                En,
                apart,
                true,
            ),
            (
                "Le téléchargement d'applications sur les ordinateurs de la mairie est autorisé.",
                Fr,
                apart_fr,
                true,
            ),
            (
                "Downloading applications onto the town hall's computers is allowed.",
                En,
                together,
                false,
            ),
            (
                "Le téléchargement d'applications sur les ordinateurs de la mairie est autorisé.",
                Fr,
                together_fr,
                false,
            ),
            // a bound figure found anchors the statement
            (
                "Downloading applications onto 40 computers of the town hall is allowed.",
                En,
                counted,
                false,
            ),
        ];
        for (claim, lang, window, blocks) in table {
            let found = Case::new(claim, lang, window, Fr).findings_of("wording");
            let apart_blocks = found
                .iter()
                .any(|f| f.kind == Kind::Predicate && f.effect == Effect::Blocks);
            assert_eq!(apart_blocks, blocks, "{claim} / {window}: {found:?}");
        }
        // the verb's sentence is named in the finding
        let found = Case::new(table[0].0, En, apart, Fr).findings_of("wording");
        assert!(
            found
                .iter()
                .any(|f| f.kind == Kind::Predicate && f.source == "permis"),
            "{found:?}"
        );
    }

    #[test]
    fn a_comparison_is_stated_only_by_a_comparison() {
        let compared = |claim: &str, cl, window: &str, wl| {
            Case::new(claim, cl, window, wl)
                .findings_of("wording")
                .iter()
                .any(|f| f.kind == Kind::Predicate && f.effect == Effect::Blocks)
        };
        let table = [
            (
                "Germany hosted fewer NSO servers than Switzerland.",
                En,
                "NSO détenait des serveurs hébergés en Allemagne et en Suisse.",
                Fr,
                true,
            ),
            (
                "L'Allemagne hébergeait moins de serveurs de NSO que la Suisse.",
                Fr,
                "NSO had servers hosted in Germany and Switzerland.",
                En,
                true,
            ),
            // the window compares: it states the claim or contradicts it
            (
                "Germany hosted fewer NSO servers than Switzerland.",
                En,
                "L'Allemagne hébergeait plus de serveurs de NSO que la Suisse.",
                Fr,
                false,
            ),
            // an equality compares too ("autant ... que", "as many ... as")
            (
                "L'Italie et la Grèce ont envoyé autant d'avions l'une que l'autre.",
                Fr,
                "Spain sent four of the planes, Italy three and Greece one.",
                En,
                true,
            ),
            (
                "Italy sent as many planes as Greece.",
                En,
                "Des avions sont venus d'Italie et de Grèce.",
                Fr,
                true,
            ),
            // a bound is no comparison
            (
                "More than 80 journalists took part in the investigation.",
                En,
                "L'enquête a été menée par 85 journalistes.",
                Fr,
                false,
            ),
            (
                "Plus de 80 journalistes ont participé à l'enquête.",
                Fr,
                "85 journalists took part in the investigation.",
                En,
                false,
            ),
        ];
        for (claim, cl, window, wl, want) in table {
            assert_eq!(compared(claim, cl, window, wl), want, "{claim} / {window}");
        }
    }
}

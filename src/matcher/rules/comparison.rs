//! Comparisons of two parties' figures: the claim ranks two countries by a
//! count it does not give ("Germany hosted fewer NSO servers than
//! Switzerland", "l'Allemagne hébergeait plus de serveurs que la Suisse",
//! "NSO had fewer servers in Germany than in the United Kingdom"),
//! the window gives each its figure ("Allemagne (212), Royaume-Uni (79),
//! Suisse (36)"). The figures decide the ranking: they state it or
//! contradict it.
//!
//! Only a sentence that gives both figures of the same kind and writes the
//! word the claim counts ("servers" / "serveurs") decides, with the same
//! polarity as the claim; a claim with a figure of its own ("more than 80
//! journalists") bounds that figure and is the number rule's.
//!
//! A claim that gives one country the most or the fewest ("Germany hosted
//! the most NSO servers", "le plus de serveurs", "more servers than any
//! other country") is decided by a sentence that gives the claim's country
//! and two others or more their figures of that count: the claim's figure
//! must beat every other.
//!
//! A window that compares the same two parties the other way round decides
//! too: "l'Amérique, l'Europe et l'Asie sont moins durement frappées par le
//! Covid que l'Afrique" against "l'Afrique ... semble moins durement frappée
//! par la pandémie que l'Amérique, l'Europe ou l'Asie" (the parties swapped,
//! the same comparative: contradicted; "plus ... que" swapped: stated).

use super::Rule;
use crate::facts::{Facts, OF_WORDS, Quantity};
use crate::matcher::context::{FEWER, MORE, MatchContext, THAN, carries_meaning};
use crate::matcher::finding::{Effect, Finding, Kind};

pub struct ComparisonRule;

/// A claim that ranks two countries: their codes, whether the first has
/// more (`Some(true)`), fewer (`Some(false)`) or as many (`None`: "as many
/// planes as", "autant d'avions que"), the tokens of the words counted
/// (between the comparative and "than"), and the claim's span from the
/// comparative to the second party.
struct Ranking {
    first: String,
    second: String,
    more: Option<bool>,
    counted: Vec<usize>,
    span: std::ops::Range<usize>,
}

impl Rule for ComparisonRule {
    fn name(&self) -> &'static str {
        "comparison"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        let claim = cx.claim;
        if super::contradicted(earlier) {
            return Vec::new();
        }
        // one country given the most or the fewest, decided by a list of
        // every country's figure
        if let Some(superlative) = superlative_in(claim) {
            return superlative_decided(cx, &superlative).into_iter().collect();
        }
        // (read once: the claim's comparative and its "than", for both ways
        // a window decides it)
        let ranked = match comparison_in(claim) {
            Some(comparison) => {
                if let Some(finding) = sides_swapped(cx, comparison) {
                    return vec![finding];
                }
                let (cue, than, more) = comparison;
                ranking(claim, (cue, than), Some(more))
            }
            None => equality_in(claim).and_then(|at| ranking(claim, at, None)),
        };
        let Some(ranking) = ranked else {
            return Vec::new();
        };
        for (s, ws) in cx.window.iter().enumerate() {
            let f = ws.facts;
            if f.negated() != claim.negated() {
                continue;
            }
            // the word the claim counts, written in this sentence (where
            // the coverage found it or not: "des serveurs hébergés dans des
            // pays occidentaux ... . Le nombre de serveurs présents dans
            // chaque pays : Allemagne (212), ...")
            let counts_it = ranking
                .counted
                .iter()
                .any(|&c| !claim.keys.names.contains(&c) && cx.places_of(c, s).next().is_some());
            if !counts_it {
                continue;
            }
            let figure_of = |code: &str| -> Option<&Quantity> {
                f.quantities
                    .iter()
                    .find(|q| !q.ordinal && q.entity.as_deref() == Some(code))
            };
            let (Some(a), Some(b)) = (figure_of(&ranking.first), figure_of(&ranking.second)) else {
                continue;
            };
            // a figure bound to a noun counts that noun: the claim's
            // ("l'Allemagne compte 212 serveurs et la France 35 clients"
            // ranks nothing)
            let counts_claims_word = |q: &Quantity| {
                q.noun.as_ref().is_none_or(|n| {
                    ranking
                        .counted
                        .iter()
                        .any(|&c| cx.places_of(c, s).any(|t| t == n.head))
                })
            };
            if a.unit != b.unit
                || a.value == b.value && ranking.more.is_some()
                || !counts_claims_word(a)
                || !counts_claims_word(b)
            {
                continue;
            }
            let holds = match ranking.more {
                Some(more) => (a.value > b.value) == more,
                None => a.value == b.value,
            };
            let effect = if holds {
                Effect::Supports
            } else {
                Effect::Contradicts
            };
            let (from, to) = if a.span.start <= b.span.start {
                (a, b)
            } else {
                (b, a)
            };
            let source = format!(
                "{} / {}",
                &ws.text[a.span.clone()],
                &ws.text[b.span.clone()]
            );
            let about = counted_noun(claim, &ranking.counted);
            return vec![
                Finding::new(
                    Kind::Number,
                    effect,
                    &cx.claim_text[ranking.span.clone()],
                    source,
                )
                .about(about)
                .at_claim(ranking.span.clone())
                .at_source(s, from.span.start..to.span.end)
                .anchoring(holds),
            ];
        }
        Vec::new()
    }
}

/// A comparative and the "than" after it in `f`: (comparative token,
/// "than" token, whether it ranks the first side above), the "than" not
/// before a figure ("more than 80" is a bound).
fn comparison_in(f: &Facts) -> Option<(usize, usize, bool)> {
    let norm = |t: usize| f.tokens[t].norm.as_str();
    let cue = (0..f.tokens.len()).find(|&t| MORE.contains(&norm(t)) || FEWER.contains(&norm(t)))?;
    let than = (cue + 1..f.tokens.len()).find(|&t| THAN.contains(&norm(t)))?;
    (!before_figure(f, than)).then_some((cue, than, MORE.contains(&norm(cue))))
}

/// Does token `t` ("than", "as", "que") stand right before a figure? The
/// comparison is then a bound: "more than 80", "as many as 300".
fn before_figure(f: &Facts, t: usize) -> bool {
    f.tokens
        .get(t + 1)
        .is_some_and(|t| t.kind == crate::text::TokenKind::Number)
}

/// An equality and the "as" after it in `f`: (cue token, "as"/"que"
/// token): "as many planes as Greece", "as much aid as", "autant d'avions
/// que la Grèce"; not a bound ("as many as 300 people").
pub(super) fn equality_in(f: &Facts) -> Option<(usize, usize)> {
    let norm = |t: usize| f.tokens[t].norm.as_str();
    let (cue, other_side): (usize, &[&str]) = (0..f.tokens.len()).find_map(|t| {
        if norm(t) == "autant" {
            Some((t, &["que", "qu"][..]))
        } else if matches!(norm(t), "many" | "much") && t > 0 && norm(t - 1) == "as" {
            Some((t, &["as"][..]))
        } else {
            None
        }
    })?;
    let than = (cue + 1..f.tokens.len()).find(|&t| other_side.contains(&norm(t)))?;
    (!before_figure(f, than) && than > cue + 1).then_some((cue, than))
}

/// The window compares the claim's two sides the other way round: every
/// name the claim ranks first stands after the window's "than", a name the
/// claim ranks second before its comparative (or in an earlier sentence of
/// the window, when the comparison opens on no name: "le continent"), and
/// a word the claim compares by is written there.
fn sides_swapped(
    cx: &MatchContext<'_>,
    (cue, than, more): (usize, usize, bool),
) -> Option<Finding> {
    let claim = cx.claim;
    let names = |range: std::ops::Range<usize>| -> Vec<usize> {
        range.filter(|t| claim.keys.names.contains(t)).collect()
    };
    let (first, second) = (names(0..cue), names(than + 1..claim.tokens.len()));
    let compared: Vec<usize> = (cue + 1..than)
        .filter(|&t| carries_meaning(claim, t) && !claim.keys.names.contains(&t))
        .collect();
    if first.is_empty() || second.is_empty() || compared.is_empty() {
        return None;
    }
    for (s, ws) in cx.window.iter().enumerate() {
        let f = ws.facts;
        let Some((w_cue, w_than, w_more)) = comparison_in(f) else {
            continue;
        };
        if f.negated() != claim.negated() {
            continue;
        }
        let places = |c: usize| cx.places_of(c, s).collect::<Vec<usize>>();
        let first_after = first.iter().all(|&c| places(c).iter().any(|&t| t > w_than));
        let first_before = first.iter().any(|&c| places(c).iter().any(|&t| t < w_cue));
        let opens_on_no_name = !(0..w_cue).any(|t| f.keys.names.contains(&t));
        // (named before in the window, or in an earlier sentence of the
        // article: "Vaccination rates in Africa ..." before "Yet the
        // continent seems less severely hit ...")
        let named_earlier = |c: usize| {
            (0..s).any(|e| cx.places_of(c, e).next().is_some())
                || cx.context.iter().any(|ws| {
                    let stem = claim.keys.words[c].first();
                    ws.facts.keys.words.iter().any(|w| w.first() == stem)
                })
        };
        let second_before = second
            .iter()
            .any(|&c| places(c).iter().any(|&t| t < w_cue) || opens_on_no_name && named_earlier(c));
        // (written here, wherever the coverage first found it)
        let compared_here = compared.iter().any(|&c| !places(c).is_empty());
        if !(first_after && !first_before && compared_here) {
            continue;
        }
        // swapped sides, the same comparative: the other ranking; with the
        // claim's second side not found there, the window ranks something
        // else against the claim's first: it does not state the claim
        let effect = match (second_before, more == w_more) {
            (true, true) => Effect::Contradicts,
            (true, false) => Effect::Supports,
            (false, _) => Effect::Blocks,
        };
        // each side's whole comparison, its two parties included
        let Some(&to) = second.iter().max() else {
            continue;
        };
        let claim_span = claim.tokens[0].span.start..claim.tokens[to].span.end;
        let last_party = first
            .iter()
            .flat_map(|&c| places(c))
            .filter(|&t| t > w_than)
            .max()
            .unwrap_or(w_than);
        let opening = cx.clause(s, w_cue).start;
        let source_span = f.tokens[opening].span.start..f.tokens[last_party].span.end;
        return Some(
            Finding::new(
                Kind::Comparison,
                effect,
                &cx.claim_text[claim_span.clone()],
                &ws.text[source_span.clone()],
            )
            .at_claim(claim_span)
            .at_source(s, source_span),
        );
    }
    None
}

/// A claim that gives one country the most or the fewest of a count it does
/// not give ("Germany hosted the most NSO servers", "C'est en France que NSO
/// avait le plus de serveurs", "more servers than any other country"): its
/// country's code, whether it has the most, the tokens of the words counted,
/// and the claim's span from the cue to the last of them.
struct Superlative {
    country: String,
    most: bool,
    counted: Vec<usize>,
    span: std::ops::Range<usize>,
}

/// Articles before "most"/"plus" that make it a superlative (folded).
const SUPERLATIVE_ARTICLES: &[&str] = &["the", "le", "la", "les"];
/// English superlatives of a count, each with whether it ranks highest.
const SUPERLATIVES_EN: &[(&str, bool)] = &[("most", true), ("fewest", false), ("least", false)];
/// "than any other", "que tout autre", "que n'importe quel autre": a
/// comparative against every other party (folded, after "than").
const ANY_OTHER: &[&str] = &["any", "tout", "toute", "n", "importe", "quel", "quelle"];

/// Does the claim give one country the most or the fewest of a count (the
/// wording rule: a window that ranks nothing does not state it)?
pub(super) fn gives_the_most_or_fewest(claim: &Facts) -> bool {
    superlative_in(claim).is_some()
}

fn superlative_in(claim: &Facts) -> Option<Superlative> {
    if !claim.quantities.is_empty() {
        return None;
    }
    let countries: Vec<&(std::ops::Range<usize>, String)> = claim.keys.entities.iter().collect();
    let [(country_tokens, code)] = countries.as_slice() else {
        return None;
    };
    let norm = |t: usize| claim.tokens[t].norm.as_str();
    let article_before = |t: usize| t > 0 && SUPERLATIVE_ARTICLES.contains(&norm(t - 1));
    // (cue token, whether it ranks highest, first counted token)
    // a count, not a quality ("the most restrictive settings", "la plus
    // ancienne banque"): in French "de" follows, in English a plural noun
    // within two words
    let counts_after = |t: usize| match claim.lang {
        crate::text::Lang::Fr => claim
            .tokens
            .get(t + 1)
            .is_some_and(|w| OF_WORDS.contains(&w.norm.as_str())),
        crate::text::Lang::En => (t + 1..(t + 3).min(claim.tokens.len())).any(|u| {
            let w = norm(u);
            w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("ous")
        }),
    };
    let found = (0..claim.tokens.len()).find_map(|t| {
        if let Some(&(_, most)) = SUPERLATIVES_EN.iter().find(|(w, _)| *w == norm(t)) {
            return (article_before(t) && counts_after(t)).then_some((t, most, t + 1));
        }
        let more = MORE.contains(&norm(t));
        if (more || FEWER.contains(&norm(t)))
            && article_before(t)
            && claim.lang == crate::text::Lang::Fr
        {
            return counts_after(t).then_some((t, more, t + 1));
        }
        // a comparative against any other: "more servers than any other"
        if more || FEWER.contains(&norm(t)) {
            let than = (t + 1..claim.tokens.len()).find(|&u| THAN.contains(&norm(u)))?;
            let any_other = (than + 1..(than + 4).min(claim.tokens.len()))
                .any(|u| ANY_OTHER.contains(&norm(u)))
                && (than + 1..(than + 5).min(claim.tokens.len()))
                    .any(|u| matches!(norm(u), "other" | "autre" | "autres"));
            return any_other.then_some((t, more, t + 1));
        }
        None
    })?;
    let (cue, most, from) = found;
    let counted: Vec<usize> = (from..claim.tokens.len())
        .take_while(|&u| !THAN.contains(&norm(u)))
        .filter(|&u| carries_meaning(claim, u) && !country_tokens.contains(&u))
        .collect();
    let &last = counted.last()?;
    Some(Superlative {
        country: code.clone(),
        most,
        counted,
        span: claim.tokens[cue].span.start..claim.tokens[last].span.end,
    })
}

/// The window's list of figures, one per country, decides the claim's
/// superlative: a sentence with the same polarity that writes a word the
/// claim counts and gives the claim's country and two others or more a
/// figure of the same kind ("Allemagne (212), Royaume-Uni (79), Suisse
/// (36), France (35)"). It holds when the claim's country's figure beats
/// every other of the list.
fn superlative_decided(cx: &MatchContext<'_>, sup: &Superlative) -> Option<Finding> {
    let claim = cx.claim;
    for (s, ws) in cx.window.iter().enumerate() {
        let f = ws.facts;
        // (the word written anywhere in the sentence, not only where the
        // coverage first found it)
        let counts_it = (sup.counted.iter())
            .any(|&c| !claim.keys.names.contains(&c) && cx.places_of(c, s).next().is_some());
        if f.negated() != claim.negated() || !counts_it {
            continue;
        }
        // (figures that belong to a country and count nothing else)
        let listed: Vec<&Quantity> = (f.quantities.iter())
            .filter(|q| !q.ordinal && q.noun.is_none() && q.entity.is_some())
            .collect();
        let Some(own) = listed
            .iter()
            .find(|q| q.entity.as_deref() == Some(sup.country.as_str()))
        else {
            continue;
        };
        let others: Vec<&Quantity> = (listed.iter().copied())
            .filter(|q| q.entity != own.entity)
            .collect();
        if others.len() < 2 || listed.iter().any(|q| q.unit != own.unit) {
            continue;
        }
        let beats = |q: &Quantity| {
            if sup.most {
                own.value > q.value
            } else {
                own.value < q.value
            }
        };
        // the other figure that the claim's country's does not beat, the
        // first one written
        let rival = others.iter().find(|q| !beats(q));
        let effect = if rival.is_none() {
            Effect::Supports
        } else {
            Effect::Contradicts
        };
        let shown = match rival {
            Some(r) => format!(
                "{} / {}",
                &ws.text[own.span.clone()],
                &ws.text[r.span.clone()]
            ),
            None => ws.text[own.span.clone()].to_string(),
        };
        let (from, to) = match rival {
            Some(r) => (
                own.span.start.min(r.span.start),
                own.span.end.max(r.span.end),
            ),
            None => (own.span.start, own.span.end),
        };
        let about = counted_noun(claim, &sup.counted);
        return Some(
            Finding::new(
                Kind::Number,
                effect,
                &cx.claim_text[sup.span.clone()],
                shown,
            )
            .about(about)
            .at_claim(sup.span.clone())
            .at_source(s, from..to)
            .anchoring(rival.is_none()),
        );
    }
    None
}

/// The claim's ranking of two countries, if it ranks two by a count it
/// does not give: a country, a comparative, the words counted, "than" and
/// a second country.
fn ranking(claim: &Facts, (cue, than): (usize, usize), more: Option<bool>) -> Option<Ranking> {
    if !claim.quantities.is_empty() || claim.keys.entities.len() < 2 {
        return None;
    }
    // the first party before the comparative ("Germany hosted fewer
    // servers than ..."), or, when none stands there, a place after the
    // counted word ("NSO had fewer servers in Germany than in the United
    // Kingdom", "moins de serveurs en Allemagne qu'au Royaume-Uni")
    let (first, counted_end) = match claim.keys.entities.iter().rfind(|(r, _)| r.end <= cue) {
        Some(e) => (e, than),
        None => {
            let e =
                (claim.keys.entities.iter()).rfind(|(r, _)| r.start > cue + 1 && r.end <= than)?;
            (e, e.0.start)
        }
    };
    let second = claim.keys.entities.iter().find(|(r, _)| r.start > than)?;
    if first.1 == second.1 {
        return None;
    }
    let counted: Vec<usize> = (cue + 1..counted_end)
        .filter(|&t| carries_meaning(claim, t))
        .collect();
    if counted.is_empty() {
        return None;
    }
    let span = claim.tokens[cue].span.start..claim.tokens[second.0.end - 1].span.end;
    Some(Ranking {
        first: first.1.clone(),
        second: second.1.clone(),
        more,
        counted,
        span,
    })
}

/// What a ranking or a superlative counts, as a reason shows it: the last
/// of its counted words that is no name ("servers" in "NSO servers").
fn counted_noun(claim: &crate::facts::Facts, counted: &[usize]) -> Option<String> {
    counted
        .iter()
        .rev()
        .find(|&&c| !claim.keys.names.contains(&c))
        .map(|&c| claim.tokens[c].norm.to_string())
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn comparison_table() {
        let states = &[(Kind::Number, Effect::Supports)][..];
        let contradicts = &[(Kind::Number, Effect::Contradicts)][..];
        let list = "Le nombre de serveurs présents dans chaque pays a été précisé : Allemagne (212), Royaume-Uni (79), Suisse (36), France (35) et Etats-Unis (28).";
        let radars = "Le nombre de radars installés dans chaque pays : Belgique (48), Autriche (17) et Portugal (9).";
        let table: &[Row] = &[
            // the counted word written in the sentence before too: the
            // figures' sentence writes it as well
            (
                "Austria installed more radars than Portugal.",
                En,
                "Des radars ont été installés en Belgique, en Autriche et au Portugal. | Le nombre de radars installés dans chaque pays : Belgique (48), Autriche (17) et Portugal (9).",
                Fr,
                states,
            ),
            (
                "Le Portugal a installé plus de radars que l'Autriche.",
                Fr,
                "Des radars ont été installés en Belgique, en Autriche et au Portugal. | Le nombre de radars installés dans chaque pays : Belgique (48), Autriche (17) et Portugal (9).",
                Fr,
                contradicts,
            ),
            // "davantage de ... que" ranks as "plus de ... que"
            (
                "L'Autriche a installé davantage de radars que la Belgique.",
                Fr,
                radars,
                Fr,
                contradicts,
            ),
            (
                "La Belgique a installé davantage de radars que le Portugal.",
                Fr,
                radars,
                Fr,
                states,
            ),
            (
                "Germany hosted fewer NSO servers than Switzerland.",
                En,
                list,
                Fr,
                contradicts,
            ),
            // one country given the most or the fewest: every other
            // figure of the list decides
            ("Germany hosted the most NSO servers.", En, list, Fr, states),
            (
                "France hosted the most NSO servers.",
                En,
                list,
                Fr,
                contradicts,
            ),
            (
                "Germany hosted more NSO servers than any other country.",
                En,
                list,
                Fr,
                states,
            ),
            (
                "The United States hosted the fewest servers.",
                En,
                list,
                Fr,
                states,
            ),
            (
                "L'Allemagne hébergeait le plus de serveurs de NSO.",
                Fr,
                list,
                Fr,
                states,
            ),
            (
                "C'est en France que NSO avait le plus de serveurs.",
                Fr,
                list,
                Fr,
                contradicts,
            ),
            (
                "La Suisse a installé le moins de radars.",
                Fr,
                radars,
                Fr,
                &[],
            ),
            (
                "Le Portugal a installé le moins de radars.",
                Fr,
                radars,
                Fr,
                states,
            ),
            (
                "L'Autriche a installé le moins de radars.",
                Fr,
                radars,
                Fr,
                contradicts,
            ),
            // a superlative of quality ranks nothing a figure decides
            (
                "L'Allemagne était le plus ancien pays hôte des serveurs.",
                Fr,
                list,
                Fr,
                &[],
            ),
            (
                "Germany had the most powerful NSO servers.",
                En,
                list,
                Fr,
                &[],
            ),
            // the two parties as places of a third party's count
            (
                "NSO had fewer servers in Germany than in the United Kingdom.",
                En,
                list,
                Fr,
                contradicts,
            ),
            (
                "NSO avait plus de serveurs en Allemagne qu'au Royaume-Uni.",
                Fr,
                list,
                Fr,
                states,
            ),
            (
                "On a installé moins de radars au Portugal qu'en Autriche.",
                Fr,
                radars,
                Fr,
                states,
            ),
            (
                "Germany hosted more NSO servers than Switzerland.",
                En,
                list,
                Fr,
                states,
            ),
            (
                "La France hébergeait moins de serveurs que le Royaume-Uni.",
                Fr,
                list,
                Fr,
                states,
            ),
            (
                "La France hébergeait plus de serveurs que l'Allemagne.",
                Fr,
                "The number of servers in each country was given: Germany (212), the United Kingdom (79), France (35).",
                En,
                contradicts,
            ),
            // as many: equal figures state it, other figures contradict it;
            // "as many as 300" is a bound, no comparison
            (
                "Italy sent as many planes as Greece.",
                En,
                "Spain sent four of the planes, Italy three and Greece one.",
                En,
                contradicts,
            ),
            (
                "L'Italie a envoyé autant d'avions que la Grèce.",
                Fr,
                "L'Espagne a envoyé quatre avions, l'Italie trois et la Grèce trois.",
                Fr,
                states,
            ),
            (
                "Italy sent as many as 3 planes to Greece.",
                En,
                "Spain sent four of the planes, Italy three and Greece one.",
                En,
                &[],
            ),
            // another thing counted: the figures say nothing of it
            (
                "Germany has fewer ministers than Switzerland.",
                En,
                list,
                Fr,
                &[],
            ),
            // figures of two things
            (
                "Germany hosted more NSO servers than France.",
                En,
                "Selon Amnesty, l'Allemagne hébergeait 212 serveurs de NSO et la France 35 clients.",
                Fr,
                &[],
            ),
            // a country without its figure
            (
                "Germany hosted fewer NSO servers than Italy.",
                En,
                list,
                Fr,
                &[],
            ),
            // a bound on a figure of its own is the number rule's
            (
                "Germany hosted more than 200 servers, unlike Switzerland.",
                En,
                list,
                Fr,
                &[],
            ),
        ];
        assert_rows("comparison", table);
    }

    #[test]
    fn sides_swapped_table() {
        let other_way = &[(Kind::Comparison, Effect::Contradicts)][..];
        let same_way = &[(Kind::Comparison, Effect::Supports)][..];
        let something_else = &[(Kind::Comparison, Effect::Blocks)][..];
        let fr = "Les taux de vaccination en Afrique sont très bas. | Pourtant, le continent semble moins durement frappé par la pandémie que l'Amérique, l'Europe ou l'Asie.";
        let en = "Paris saw fewer strikes than Lyon last year, the union said.";
        let table: &[Row] = &[
            (
                "L'Amérique, l'Europe et l'Asie sont moins durement frappées par la pandémie que l'Afrique.",
                Fr,
                fr,
                Fr,
                other_way,
            ),
            (
                "L'Amérique, l'Europe et l'Asie sont plus durement frappées par la pandémie que l'Afrique.",
                Fr,
                fr,
                Fr,
                same_way,
            ),
            ("Lyon saw fewer strikes than Paris.", En, en, En, other_way),
            // the compared word written in an earlier sentence too
            (
                "Lyon saw fewer strikes than Paris.",
                En,
                "Strikes hit Paris and Lyon in the spring. | Paris saw fewer strikes than Lyon last year, the union said.",
                En,
                other_way,
            ),
            ("Lyon saw more strikes than Paris.", En, en, En, same_way),
            (
                "Lyon a connu moins de grèves que Paris.",
                Fr,
                en,
                En,
                other_way,
            ),
            // the window ranks someone else against the claim's first side
            (
                "Lyon saw fewer strikes than Marseille.",
                En,
                en,
                En,
                something_else,
            ),
            // the same order: the wording says whether it is stated
            ("Paris saw fewer strikes than Lyon.", En, en, En, &[]),
        ];
        assert_rows("comparison", table);
    }
}

//! Opposites: the window states the claim with one word turned into its
//! opposite ("the museum is open in winter" / "le musée est fermé le
//! dimanche", "la grève était illégale" / "the strike was legal"). The
//! opposites are WordNet's direct antonyms of the frequent senses of
//! adjectives and verbs (data/lexicon/en-antonyms.tsv: "won" / "lost",
//! "a rejeté" / "accepted"; not the converse roles that name one act from
//! its two sides, "bought" / "sold", nor nouns); a French word reaches them
//! through its English translations, or a French phrase of the glossary
//! through its translation's words ("renseignement extérieur": "foreign
//! intelligence", against "domestic intelligence").
//!
//! It contradicts only when everything else the claim says is stated, in a
//! sentence about the claim's subject with the same polarity (a window
//! that negates the opposite does not contradict: "not closed"), and every
//! fact agrees. With less stated, an opposite bound to a claim word found
//! beside it ("the closing ceremony" / "la cérémonie d'ouverture") keeps
//! the window from supporting: it speaks of the other thing.

use super::Rule;
use crate::facts::{CueKind, Facts, Unit, Vocabulary};
use crate::matcher::context::MatchContext;
use crate::matcher::finding::{Effect, Finding, Kind};
use crate::text::{Lang, Lexicon};

/// Share of the claim the window must state, the opposite word included
/// as not stated: "la grève était illégale" against "the strike was legal"
/// states half of it, the strike; every other word that carries meaning
/// must be stated too.
pub const OPPOSITE_COVERAGE: f64 = 0.45;
/// The share of the rest of the claim, the word the window gives the
/// opposite of left out, that contradicts as well (the side rule's bar).
pub const ALL_ELSE_COVERAGE: f64 = super::side::SIDE_COVERAGE;

pub struct OppositeRule;

impl Rule for OppositeRule {
    fn name(&self) -> &'static str {
        "opposite"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        let cov = cx.coverage;
        let facts_agree = super::facts_agree(earlier);
        // (a figure the window gives of the other movement, "fell by 5%"
        // against "rose by 5%", is not stated for the claim's: the
        // movements decide, when the figures are the same)
        let only_figures_apart = earlier.iter().filter(|f| f.kind.is_fact()).all(|f| {
            f.effect == Effect::Supports || (f.kind, f.effect) == (Kind::Number, Effect::Blocks)
        });
        let decided = super::settled(earlier);
        // one word of the claim is missing, or two when the opposite is
        // bound to the same word as the claim's ("an unlimited number of
        // contacts" / "un nombre limité de contacts", the claim's verb
        // paraphrased)
        if decided || !(facts_agree || only_figures_apart) || cov.missing_weighty.is_empty() {
            return Vec::new();
        }
        // all else stated: the opposite contradicts; less stated, an
        // opposite bound to a claim word found beside it ("the closing
        // ceremony" / "la cérémonie d'ouverture") still says the window
        // speaks of the other thing, and keeps it from supporting
        // (the rest of the claim, the word the window gives the opposite
        // of left out, is stated as the side rule judges a stance: "Le
        // centre commercial Amstor était fermé" against "... était ouvert")
        let all_else_stated = |i: usize| {
            (cov.share >= OPPOSITE_COVERAGE || cov.share_besides(i) >= ALL_ELSE_COVERAGE)
                && cov.missing_weighty.len() <= 2
                && cov.missing_names.is_empty()
        };
        let claim = cx.claim;
        for missing in &cov.missing_weighty {
            let Some(i) = (0..claim.tokens.len())
                .find(|&i| claim.tokens[i].norm == *missing && !claim.keys.words[i].is_empty())
            else {
                continue;
            };
            // (life and death are the life rule's, which reads whose)
            if super::life::is_life_word(claim, i) {
                continue;
            }
            let all_else_stated = all_else_stated(i);
            let must_bind = !all_else_stated || cov.missing_weighty.len() > 1;
            let effect = if all_else_stated {
                Effect::Contradicts
            } else {
                Effect::Blocks
            };
            if let Some((s, t)) = opposite_in_window(cx, i, must_bind, !facts_agree) {
                // a denial is a party's stance: whose it is, the denial
                // rule reads ("Marc Dulac was accused by Lucia Ferran of
                // taking the money, which she denied" is not his denial)
                let another_party = cx.window[s]
                    .facts
                    .denials
                    .iter()
                    .any(|c| c.tokens.contains(&t))
                    && super::denial::denied_by_another(cx, s, t);
                // a quantity moved the other way at another time, or at a
                // time only one side gives, is not the claim's movement
                // stated ("raised this year" / "réduit l'an dernier"), nor
                // denied
                let another_time = direction_of(claim, i).is_some() && !same_time(cx, s);
                let effect = if another_party || another_time {
                    Effect::Blocks
                } else {
                    effect
                };
                return vec![super::word_against_word(
                    cx,
                    (Kind::Opposite, effect),
                    i,
                    s,
                    t,
                )];
            }
        }
        Vec::new()
    }
}

/// Claim tokens on either side of a word that may be bound to it ("an
/// unlimited number"), and window tokens on either side of the opposite
/// ("nombre limité de").
const BINDING_REACH: usize = 2;

/// Window tokens between an opposite and a word of the claim found beside
/// it: "Shares in Vantor rose", "the strike was legal", "le musée est fermé
/// en hiver".
const OPPOSITE_REACH: usize = 4;

/// The English stems the lexicon gives as opposite to token `t`: through
/// its translations when it is French (and its stem, when the two languages
/// write it alike, "illégal"/"illegal"); not through the synonyms of its
/// translations: a third step of meaning drifts ("détenir" -> "stop", a
/// sense of the Spanish pivot's "detener" -> "discontinue" -> opposite of
/// "continu").
pub(crate) fn opposite_stems(f: &Facts, t: usize) -> Vec<&'static String> {
    let lex = Lexicon::shared();
    let english: &[String] = match f.lang {
        Lang::En => &f.keys.words[t][..1.min(f.keys.words[t].len())],
        Lang::Fr => f.keys.own_word_keys(t),
    };
    english.iter().flat_map(|k| lex.antonyms(k)).collect()
}

/// Letters a French word and an English stem share at their start to be
/// taken for cognates here ("interieur" / "intern", "exterieur" /
/// "extern"): fewer make "mariée" meet what "femme" means.
const COGNATE_START: usize = 5;

/// Do a folded French word and an English stem start alike
/// ([`COGNATE_START`] letters)?
fn same_stem_start(norm: &str, stem: &str) -> bool {
    norm.len() >= COGNATE_START
        && stem.len() >= COGNATE_START
        && norm.as_bytes()[..COGNATE_START] == stem.as_bytes()[..COGNATE_START]
}

/// The first general-dictionary translation of French token `t`: the
/// sense its dictionary gives first. Within French, two words are
/// opposites when their first senses are ("mauvais" / "bon": "bad" /
/// "good"); a later sense of either drifts ("mariée" is "married", and
/// "femme" is "wife" only in its second sense).
fn first_translation(f: &Facts, t: usize) -> Option<&String> {
    match f.lang {
        Lang::Fr => f.keys.own_word_keys(t).get(f.keys.strong[t]),
        Lang::En => None,
    }
}

/// Which way a word says a quantity moves: up ("rose", "raised the
/// budget", "a augmenté", "une hausse de"), down ("fell", "cut", "a
/// reculé", "une baisse de"), or not at all ("unchanged", "inchangé",
/// "stable"). Any two of them are opposites.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Direction {
    Up,
    Down,
    Steady,
}

/// English words after a movement verb that make another verb of it: "grew
/// up", "cut off", "dropped out", "fell short", "fell ill".
const NOT_A_MOVEMENT_AFTER: &[&str] = &[
    "up", "off", "out", "short", "apart", "ill", "silent", "asleep", "behind", "through", "victim",
];

/// Tokens after "raised" within which a sum makes it money collected, not a
/// quantity raised ("raised 5 million euros", "raised $10,000").
const RAISED_SUM_REACH: usize = 3;

/// Which way token `t` of `f` says a quantity moves, if it is a word of
/// movement (data/rules/cues.tsv: `rise`, `fall`, `steady`; French by the
/// start of the word, which verb and noun share: "augmenté",
/// "augmentation").
pub(crate) fn direction_of(f: &Facts, t: usize) -> Option<Direction> {
    let vocab = Vocabulary::shared();
    let norm = f.tokens[t].norm.as_str();
    let is = |word: CueKind, start: CueKind| {
        vocab.is_cue(f.lang, word, norm)
            || f.lang == Lang::Fr && vocab.starts_with_cue(Lang::Fr, start, norm)
    };
    if vocab.is_cue(f.lang, CueKind::Steady, norm) {
        return Some(Direction::Steady);
    }
    // ("haussement d'épaules" is a shrug)
    let direction = if is(CueKind::Rise, CueKind::RisePrefix) && !norm.starts_with("haussement") {
        Direction::Up
    } else if is(CueKind::Fall, CueKind::FallPrefix) {
        Direction::Down
    } else {
        return None;
    };
    let next = f.tokens.get(t + 1).map(|n| n.norm.as_str());
    if f.lang == Lang::En && next.is_some_and(|n| NOT_A_MOVEMENT_AFTER.contains(&n)) {
        return None;
    }
    let raised_a_sum = norm.starts_with("rais")
        && f.quantities.iter().any(|q| {
            matches!(q.unit, Unit::Money(_))
                && q.tokens.start > t
                && q.tokens.start <= t + RAISED_SUM_REACH
        });
    (!raised_a_sum).then_some(direction)
}

/// Tokens before a French participle within which its auxiliary stands
/// ("a été fortement réduit").
const AUXILIARY_REACH: usize = 3;

/// English determiners before a participle used as an adjective ("a
/// reduced service", "the increased risk"), folded.
pub(super) const DETERMINERS: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those",
];

/// Endings of French participles as written ("réduit", "augmentée").
const PARTICIPLE_ENDINGS: &[&str] = &[
    "é", "ée", "és", "ées", "it", "its", "ite", "ites", "u", "us", "ue", "ues",
];

/// Is token `t` of `f` (analysed from `text`), a word of rising or
/// falling, a participle that describes a noun rather than moves it:
/// French without an auxiliary in the words before it ("un tarif réduit", against "a réduit", "ont été
/// réduits"), English after a determiner ("a reduced fare")? A state is
/// not a movement: "propose un tarif réduit le dimanche" says nothing of
/// prices raised.
fn describes(text: &str, f: &Facts, t: usize) -> bool {
    let word = &text[f.tokens[t].span.clone()];
    match f.lang {
        Lang::Fr => {
            PARTICIPLE_ENDINGS.iter().any(|e| word.ends_with(e))
                && !(t.saturating_sub(AUXILIARY_REACH)..t)
                    .any(|k| crate::text::FR_AUXILIARIES.contains(&f.tokens[k].norm.as_str()))
        }
        Lang::En => {
            word.ends_with("ed")
                && t.checked_sub(1)
                    .is_some_and(|k| DETERMINERS.contains(&f.tokens[k].norm.as_str()))
        }
    }
}

/// Where the coverage found claim token `c`: by its keys, or by meaning
/// ("grant" / "subvention").
fn found_at<'a>(cx: &'a MatchContext<'a>, c: usize) -> impl Iterator<Item = (usize, usize)> + 'a {
    cx.coverage
        .found_with_meaning()
        .filter(move |&(k, _)| k == c)
        .map(|(_, at)| at)
}

/// The direction claim token `i` says its quantity moves, and the claim
/// words that name what moves and who moves it: those of its clause that
/// carry meaning, its time aside. None unless there is one and the window
/// states each ("raised the museum's budget"; not "raised concerns about
/// the budget" where the concerns are not found: what was raised is
/// something else).
fn claim_direction(cx: &MatchContext<'_>, i: usize) -> Option<(Direction, Vec<usize>)> {
    let claim = cx.claim;
    if claim.negated() {
        return None;
    }
    let direction = direction_of(claim, i)?;
    if direction != Direction::Steady && describes(cx.claim_text, claim, i) {
        return None;
    }
    let clause = cx.claim_clause(i);
    let movers: Vec<usize> = cx
        .coverage
        .weights
        .iter()
        .map(|&(c, _)| c)
        .filter(|&c| {
            c != i
                && clause.contains(&c)
                && direction_of(claim, c).is_none()
                && crate::matcher::context::carries_meaning(claim, c)
                // (a date or a unit of time says when, which the date rules
                // judge: "was cut last year" against "Last year, ... raised")
                && !crate::facts::in_time_phrase(claim, c)
                && !crate::facts::is_fact_word(&claim.tokens[c].norm)
                && Vocabulary::shared()
                    .calendar(crate::facts::CalendarKind::Duration, &claim.tokens[c].norm)
                    .is_none()
        })
        .collect();
    let found = |c: usize| found_at(cx, c).next().is_some();
    (!movers.is_empty() && movers.iter().all(|&c| found(c))).then_some((direction, movers))
}

/// Does window sentence `s` state another movement than the claim's (the
/// other way, or none) at token `t`, of what the claim says moves (claim
/// tokens `movers`, each written in the clause of `t`: "Exports to Japan fell by
/// 4%, while those to China were stable" is not about exports to China),
/// as a fact: the claim gives a figure or a time, or the clause a figure
/// (a movement with neither may be a body's: "cut his hand"), the clause
/// is asserted, not negated, not hedged, and the sentence moves nothing the claim's way
/// ("rose in February but fell in March" says both)?
fn moves_the_other_way(
    cx: &MatchContext<'_>,
    (s, t): (usize, usize),
    (direction, movers): (Direction, &[usize]),
    claim_figure_or_time: bool,
) -> bool {
    let f = cx.window[s].facts;
    match direction_of(f, t) {
        None => return false,
        Some(d) if d == direction => return false,
        Some(Direction::Steady) => {}
        Some(_) if describes(cx.window[s].text, f, t) => return false,
        Some(_) => {}
    }
    let clause = cx.clause(s, t);
    let figure = claim_figure_or_time
        || f.quantities
            .iter()
            .any(|q| clause.contains(&q.tokens.start));
    figure
        && movers.iter().all(|&c| {
            cx.places_of(c, s).any(|u| clause.contains(&u))
                || found_at(cx, c).any(|(ms, mt)| ms == s && clause.contains(&mt))
        })
        && !f.in_unasserted_clause(t)
        && !f.hedged()
        && !super::negated_at(cx, s, t)
        && (0..f.tokens.len()).all(|u| direction_of(f, u) != Some(direction))
}

/// Do the claim and window sentence `s` move their quantity at the same
/// time, as far as they say: neither says when, or both do alike. A
/// quantity moves one way one year and the other way the next ("was cut
/// last year" against "This year, ... raised"; "was cut" against "In 2023,
/// ... raised" says nothing of the other years). Dates the date rules
/// compared and found the same; relative years ("l'an dernier", "last
/// year"), which they read only against a publication date, compared here
/// as written.
fn same_time(cx: &MatchContext<'_>, s: usize) -> bool {
    use crate::facts::says_when;
    let f = cx.window[s].facts;
    let claim = cx.claim;
    let years = |x: &Facts| -> Vec<i32> {
        (0..x.tokens.len())
            .filter_map(|i| crate::facts::relative_year(&x.tokens, i).map(|(d, _)| d))
            .collect()
    };
    says_when(claim) == says_when(f) && years(claim) == years(f)
}

/// Does the clause of token `t` of window sentence `s` give each of the
/// claim's figures, the same value of the same unit ("fell by 5%" for
/// "rose by 5%")?
fn same_figures_in_clause(cx: &MatchContext<'_>, s: usize, t: usize) -> bool {
    let f = cx.window[s].facts;
    let clause = cx.clause(s, t);
    cx.claim.quantities.iter().all(|c| {
        f.quantities
            .iter()
            .any(|q| clause.contains(&q.tokens.start) && q.unit == c.unit && q.value == c.value)
    })
}

/// Where the window writes the opposite of claim token `i`: (sentence,
/// token), in a sentence about the claim's subject with the claim's
/// polarity. `bound`: only beside the place where a claim word next to `i`
/// was found.
fn opposite_in_window(
    cx: &MatchContext<'_>,
    i: usize,
    bound: bool,
    figures_apart: bool,
) -> Option<(usize, usize)> {
    let claim = cx.claim;
    // (figures kept apart leave only movements to compare; a word of
    // movement meets its opposites as a movement, of the same thing at the
    // same time: "Exports to China rose" is not contradicted by "Exports to
    // Japan fell, while those to China were stable")
    let opposites = if figures_apart || direction_of(claim, i).is_some() {
        Vec::new()
    } else {
        opposite_stems(claim, i)
    };
    let direction = claim_direction(cx, i);
    if opposites.is_empty() && direction.is_none() {
        return None;
    }
    // (a figure or a time: a movement with neither may be a body's, "raised
    // his hand" / "cut his hand"; read only for a claim word of movement)
    let claim_figure_or_time =
        direction.is_some() && (!claim.quantities.is_empty() || crate::facts::says_when(claim));
    // (within French: the opposites of the claim word's translations that
    // are its cognates)
    let cognate_opposites: Vec<&String> = match claim.lang {
        Lang::Fr => {
            let lex = Lexicon::shared();
            let norm = &claim.tokens[i].norm;
            claim
                .keys
                .own_word_keys(i)
                .iter()
                .filter(|k| same_stem_start(norm, k))
                .flat_map(|k| lex.antonyms(k))
                .collect()
        }
        Lang::En => Vec::new(),
    };
    // (within French: the opposites of the claim word's first translation,
    // met by the window word's first translation: "mauvaises" / "bonnes",
    // "bad" / "good")
    let first_opposites: Vec<&String> = match claim.lang {
        Lang::Fr => first_translation(claim, i)
            .map(|k| Lexicon::shared().antonyms(k).iter().collect())
            .unwrap_or_default(),
        Lang::En => Vec::new(),
    };
    let near = |a: usize, b: usize| a.abs_diff(b) <= BINDING_REACH;
    let neighbour_found_beside = |s: usize, t: usize| {
        cx.coverage
            .found()
            .any(|(c, (ms, mt))| c != i && near(c, i) && ms == s && near(mt, t))
    };
    // the opposite stands where the rest of the claim is said: near a word
    // of the claim found in its sentence (a "choc différé" thirty words
    // before the "chirurgiens" who "approuvent la peau en spray" is
    // another thing)
    let near_found = |s: usize, t: usize| {
        cx.coverage
            .found()
            .any(|(c, (ms, mt))| c != i && ms == s && mt.abs_diff(t) <= OPPOSITE_REACH)
    };
    for (s, ws) in cx.window.iter().enumerate() {
        let f = ws.facts;
        if !cx.names_subject(s) || f.negated() != claim.negated() {
            continue;
        }
        // general-dictionary translations only across languages, as for
        // coverage: within French they make opposites of unrelated words
        // ("mariée" / "femme"); unless each side's translation is its
        // cognate ("intérieur" / "internal", "extérieur" / "external")
        let cross = f.lang != claim.lang;
        let hit = (0..f.tokens.len()).find(|&t| {
            let norm = &f.tokens[t].norm;
            !cx.matched(s, t)
                && (f
                    .keys
                    .word_keys(t, cross)
                    .iter()
                    .any(|k| opposites.contains(&k))
                    || !cross
                        && f.keys
                            .word_keys(t, true)
                            .iter()
                            .any(|k| cognate_opposites.contains(&k) && same_stem_start(norm, k))
                    || !cross
                        && first_translation(f, t).is_some_and(|k| first_opposites.contains(&k))
                    // (a word of a glossary phrase whose translation holds
                    // the opposite: "renseignement extérieur", "foreign
                    // intelligence", against "domestic intelligence")
                    || cross && phrase_holds_opposite(f, t, &opposites)
                    || direction.as_ref().is_some_and(|(d, movers)| {
                        moves_the_other_way(cx, (s, t), (*d, movers), claim_figure_or_time)
                            && (!figures_apart || same_figures_in_clause(cx, s, t))
                    }))
                && near_found(s, t)
                && (!bound || neighbour_found_beside(s, t))
        });
        if let Some(t) = hit {
            return Some((s, t));
        }
    }
    None
}

/// Does token `t` of `f` stand in a glossary phrase whose translation
/// writes one of `opposites` (stems) as a word of its own?
fn phrase_holds_opposite(f: &crate::facts::Facts, t: usize, opposites: &[&String]) -> bool {
    f.keys.phrases.iter().any(|(r, key)| {
        r.contains(&t)
            && key.strip_prefix("p:").is_some_and(|k| {
                k.split(' ')
                    .any(|w| opposites.iter().any(|o| o.as_str() == w))
            })
    })
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn opposite_table() {
        let opposite = &[(Kind::Opposite, Effect::Contradicts)][..];
        let other_thing = &[(Kind::Opposite, Effect::Blocks)][..];
        let table: &[Row] = &[
            // less of the claim stated, an opposite bound to a claim word
            // found beside it still says the window speaks of another thing
            (
                "The mayor flew to Cannes to attend the closing ceremony of the festival.",
                En,
                "Il partira pour Cannes afin d'assister à la cérémonie d'ouverture du festival.",
                Fr,
                other_thing,
            ),
            (
                "Le maire s'est rendu à Cannes pour soutenir une manifestation légale des marins.",
                Fr,
                "He will leave for Cannes to support an illegal demonstration of sailors.",
                En,
                other_thing,
            ),
            (
                "The museum is open in winter.",
                En,
                "The museum is closed in winter.",
                En,
                opposite,
            ),
            // the opposite in the translation of a glossary phrase
            // ("renseignement extérieur": "foreign intelligence")
            (
                "Karel Vonn met the head of Norwegian domestic intelligence.",
                En,
                "Karel Vonn a rencontré le patron du renseignement extérieur norvégien.",
                Fr,
                opposite,
            ),
            (
                "Karel Vonn met the head of Norwegian foreign intelligence.",
                En,
                "Karel Vonn a rencontré le patron du renseignement extérieur norvégien.",
                Fr,
                &[],
            ),
            // the rest of the claim stated, the word the window gives the
            // opposite of left out
            (
                "Rabat a reconnu avoir utilisé le logiciel espion.",
                Fr,
                "Le Maroc a été accusé d'avoir eu recours au logiciel espion, des affirmations que Rabat a démenties.",
                Fr,
                opposite,
            ),
            (
                "Rabat admitted using the spyware.",
                En,
                "Le Maroc a été accusé d'avoir eu recours au logiciel espion, des affirmations que Rabat a démenties.",
                Fr,
                opposite,
            ),
            // a phrasal verb with its pronoun between verb and particle
            (
                "The company accepted the government's financial support.",
                En,
                "The government had offered financial support but the company had turned it down.",
                En,
                opposite,
            ),
            (
                "La société a accepté l'aide financière du gouvernement.",
                Fr,
                "The government had offered financial support but the company had turned it down.",
                En,
                opposite,
            ),
            // within French, a general translation makes an opposite only
            // when each side's is its cognate
            (
                "Karl Sommer dirige le renseignement intérieur belge.",
                Fr,
                "Il s'est entretenu avec le patron du renseignement extérieur belge, Karl Sommer.",
                Fr,
                opposite,
            ),
            // ... or when each side's first translation is the other's
            // opposite ("mauvaises" / "bonnes": "bad" / "good")
            (
                "Le rapport décrit de mauvaises pratiques médicales.",
                Fr,
                "Le rapport décrit de bonnes pratiques médicales.",
                Fr,
                opposite,
            ),
            (
                "La mariée portait une robe blanche.",
                Fr,
                "La femme portait une robe blanche.",
                Fr,
                &[],
            ),
            (
                "The museum is open in winter.",
                En,
                "Le musée est fermé en hiver.",
                Fr,
                opposite,
            ),
            (
                "La grève était illégale.",
                Fr,
                "The strike was legal.",
                En,
                opposite,
            ),
            // (life and death are the life rule's, which reads whose)
            (
                "The journalist Omar Radi is alive.",
                En,
                "The journalist Omar Radi is dead.",
                En,
                &[],
            ),
            // the adjectives of one sense, whatever the word is used as
            // most: "south" / "north" of a place
            (
                "The storm damaged the villages south of Verlonne.",
                En,
                "The storm damaged the villages north of Verlonne.",
                En,
                opposite,
            ),
            (
                "La tempête a endommagé les villages au sud de Verlonne.",
                Fr,
                "The storm damaged the villages north of Verlonne.",
                En,
                opposite,
            ),
            (
                "The company won the contract.",
                En,
                "The company lost the contract.",
                En,
                opposite,
            ),
            (
                "Le Parlement a rejeté l'amendement.",
                Fr,
                "The parliament accepted the amendment.",
                En,
                opposite,
            ),
            (
                "Wheat exports from Ukraine rose sharply in 2021.",
                En,
                "Wheat exports from Ukraine fell sharply in 2021.",
                En,
                opposite,
            ),
            // every word of the opposite sense, not only the one WordNet
            // pairs: "baisser" is "go down", "descend", whose sense is the
            // opposite of "rise, go up"; "increase" is read as the verb
            (
                "Les actions de Vantor ont baissé de 4 % après l'annonce.",
                Fr,
                "Shares in Vantor rose 4% after the announcement.",
                En,
                opposite,
            ),
            (
                "Sales of the new model increased in 2023.",
                En,
                "Sales of the new model decreased in 2023.",
                En,
                opposite,
            ),
            (
                "The union praised the decision to close the plant.",
                En,
                "The union criticised the decision to close the plant.",
                En,
                opposite,
            ),
            (
                "Le syndicat a critiqué la décision de fermer l'usine.",
                Fr,
                "The union praised the decision to close the plant.",
                En,
                opposite,
            ),
            // the opposite stands where the claim is said, not words away
            // in another clause ("a delayed shock" is no "differing")
            (
                "Les chirurgiens approuvent la peau en spray du Dr Wood.",
                Fr,
                "Le Dr Wood a soigné des patients souffrant d'un choc différé pendant des années, puis d'autres chirurgiens ont étudié la peau en spray.",
                Fr,
                &[],
            ),
            // the claim's verb paraphrased ("store" / "ont"): the opposite
            // must then stand beside the word the claim binds it to
            (
                "The new phones can store an unlimited number of contacts.",
                En,
                "Les nouveaux téléphones ont un nombre limité de contacts.",
                Fr,
                opposite,
            ),
            (
                "The new phones can store an unlimited number of contacts.",
                En,
                "Les nouveaux téléphones, limités à un usage professionnel, ont un nombre de contacts secret.",
                Fr,
                &[],
            ),
            // one act seen from its two sides is no opposite, whichever
            // word of its sense the claim uses
            (
                "Acme bought the plant in 2019.",
                En,
                "Acme sold the plant in 2019.",
                En,
                &[],
            ),
            (
                "Un milliardaire de Houston achète la voiture du pape.",
                Fr,
                "La voiture du pape s'est vendue à un milliardaire de Houston.",
                Fr,
                &[],
            ),
            (
                "The storm followed the heatwave.",
                En,
                "The storm preceded the heatwave.",
                En,
                &[],
            ),
            // the same polarity only: "not closed" agrees with "open"
            (
                "The museum is open in winter.",
                En,
                "The museum is not closed in winter.",
                En,
                &[],
            ),
            // more than one word differs: another statement
            (
                "The museum is open in winter.",
                En,
                "The garden is closed in summer.",
                En,
                &[],
            ),
            // someone else
            (
                "The Louvre is open in winter.",
                En,
                "The Orsay museum is closed in winter.",
                En,
                &[],
            ),
        ];
        assert_rows("opposite", table);
    }

    /// A quantity moved one way in the claim, the other in the window: the
    /// same thing, at the same time as far as either says, with a figure on
    /// one side, the window moving nothing the claim's way.
    #[test]
    fn directions_of_change() {
        let opposite = &[(Kind::Opposite, Effect::Contradicts)][..];
        let other_movement = &[(Kind::Opposite, Effect::Blocks)][..];
        let table: &[Row] = &[
            (
                "The council raised the library's budget last year.",
                En,
                "Last year, the council cut the library's budget by 8%, to 2 million euros.",
                En,
                opposite,
            ),
            (
                "Le conseil a augmenté le budget de la bibliothèque l'an dernier.",
                Fr,
                "L'an dernier, le conseil a réduit de 8 % le budget de la bibliothèque.",
                Fr,
                opposite,
            ),
            (
                "The council raised the library's budget last year.",
                En,
                "L'an dernier, le conseil a réduit de 8 % le budget de la bibliothèque.",
                Fr,
                opposite,
            ),
            (
                "Les ventes de voitures de Vantor ont augmenté en 2023.",
                Fr,
                "Les ventes de voitures de Vantor ont reculé de 5 % en 2023, selon l'entreprise.",
                Fr,
                opposite,
            ),
            (
                "Vantor's car sales increased in 2023.",
                En,
                "Vantor's car sales dropped by 5% in 2023, the company said.",
                En,
                opposite,
            ),
            // the same figure of the other movement: the movements decide
            (
                "Les ventes de voitures de Vantor ont augmenté de 5 % en 2023.",
                Fr,
                "Les ventes de voitures de Vantor ont baissé de 5 % en 2023.",
                Fr,
                opposite,
            ),
            // moved against left as it was, and the other way round
            (
                "The central bank raised interest rates in May.",
                En,
                "In May, the central bank left interest rates unchanged at 4.5%.",
                En,
                opposite,
            ),
            (
                "La banque centrale a augmenté ses taux en mai.",
                Fr,
                "In May, the central bank left its rates unchanged at 4.5%.",
                En,
                opposite,
            ),
            (
                "Le budget du musée a été augmenté l'an dernier.",
                Fr,
                "L'an dernier, le budget du musée est resté stable, à 4,5 millions d'euros.",
                Fr,
                opposite,
            ),
            // what the window leaves unchanged is another thing
            (
                "The central bank left its forecast unchanged in May.",
                En,
                "In May, the central bank raised interest rates by 0.25 points, leaving its forecast unchanged.",
                En,
                &[],
            ),
            // another time, or a time on one side only: not the claim's
            // movement, stated or denied
            (
                "The museum's budget was cut last year.",
                En,
                "This year, the regional government raised the museum's budget by 8%.",
                En,
                other_movement,
            ),
            (
                "The museum's budget was cut.",
                En,
                "In 2023, the regional government raised the museum's budget by 8%.",
                En,
                other_movement,
            ),
            // the window moves it both ways
            (
                "Unemployment fell in March.",
                En,
                "Unemployment rose to 7.2% in February but fell in March.",
                En,
                &[],
            ),
            // another thing moved: its clause does not name the claim's
            (
                "Exports to China rose by 4%.",
                En,
                "Exports to Japan fell by 4%, while those to China were stable.",
                En,
                &[],
            ),
            (
                "Les exportations vers la Chine ont augmenté de 4 %.",
                Fr,
                "Les exportations vers le Japon ont baissé de 4 %, tandis que celles vers la Chine sont restées stables.",
                Fr,
                &[],
            ),
            // what the claim raises is not a quantity the window has
            (
                "The council raised concerns about the library's budget.",
                En,
                "The council cut the library's budget by 8%.",
                En,
                &[],
            ),
            // a sum raised is money collected
            (
                "The charity raised 5 million euros.",
                En,
                "The government cut the charity's funding by 5 million euros.",
                En,
                &[],
            ),
            // a participle that describes a noun is a state, not a movement
            (
                "Le musée de Varenne a augmenté ses tarifs le dimanche.",
                Fr,
                "Le dimanche, le musée de Varenne propose un tarif réduit de 5 euros.",
                Fr,
                &[],
            ),
            (
                "The Varenne museum cut its fares on Sundays.",
                En,
                "On Sundays, the Varenne museum charges the increased fare of 5 euros.",
                En,
                &[],
            ),
            (
                "La banque centrale a augmenté ses taux en mai.",
                Fr,
                "En mai, la banque centrale a laissé ses taux inchangés à 4,5 %.",
                Fr,
                opposite,
            ),
            // no figure on either side: a movement may be a body's
            (
                "He raised his hand.",
                En,
                "He cut his hand on a knife.",
                En,
                &[],
            ),
            // a window that hedges, or negates, the other movement
            (
                "Prices rose by 5%.",
                En,
                "Prices could fall by 5% next year, analysts said.",
                En,
                &[],
            ),
            (
                "Wages increased by 3%.",
                En,
                "Wages did not fall by 3%.",
                En,
                &[],
            ),
            // a negated claim says nothing moved its way
            (
                "Sales did not rise in 2023.",
                En,
                "Sales fell by 5% in 2023.",
                En,
                &[],
            ),
        ];
        assert_rows("opposite", table);
    }
}

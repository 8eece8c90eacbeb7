//! An act found by meaning in a noun another verb governs: the claim says
//! the act done ("The mayor was convicted of fraud"), no key finds its verb
//! in the window, and the encoder finds it in a noun ("accusations") over
//! which another verb of its clause says what became of it ("was cleared
//! of the accusations of fraud", "a été relaxé des accusations de fraude").
//! The closeness is the noun's, the statement the other verb's: the window
//! does not state the claim. It keeps the window from supporting, never
//! contradicts. (A noun the keys find, "closure" / "closed", is read by the
//! unasserted-event rule, by the words right before it.)
//!
//! The noun: a nominal ending ("-tion", "-ment", "-ure", ...) after an
//! article or a preposition within a few words. The governing verb: the
//! nearest verb before it in its clause (English: a past form or a form the
//! lexicon knows, not after a determiner; French: a participle after an
//! auxiliary). Not when that verb writes a word of the claim, says the act
//! achieved ("won the election"), or only reports or confirms it
//! ("announced the arrest of", "a confirmé la fermeture"); nor when a word
//! between them takes the act as given, a time after or before it, a
//! cause, a possessive ("known for her invention", "after the approval",
//! "treated for smoke inhalation"). In a window of several sentences, only
//! those that name the claim's named participants count.

use super::Rule;
use crate::facts::{CueKind, Facts, Vocabulary};
use crate::matcher::context::MatchContext;
use crate::matcher::finding::{Effect, Finding, Kind};
use crate::text::Lang;

pub struct GovernedActRule;

/// Endings of a noun made from a verb (folded, a plural's "s" aside).
const NOMINAL_ENDINGS: &[&str] = &["tion", "sion", "ment", "ure", "age", "ance", "ence", "al"];
/// Words that open the noun phrase of the act's noun, within
/// [`OPENER_REACH`] tokens before it (folded).
const OPENERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "this", "of", "in", "for", "le", "la", "l",
    "les", "un", "une", "des", "du", "de", "d", "au", "aux", "sa", "son", "ses", "leur", "leurs",
    "cette",
];
/// Tokens before the act's noun within which its opener stands ("in the
/// Varenne mayoral election").
const OPENER_REACH: usize = 4;
/// Words between the governing verb and the act's noun that take the act
/// as given: a time after or before it, a cause, a possessive ("known for
/// her invention", "took a turn after the approval", "treated for smoke
/// inhalation", "depuis la fermeture") (folded).
const PRESUPPOSING: &[&str] = &[
    "for",
    "pour",
    "after",
    "apres",
    "since",
    "depuis",
    "before",
    "avant",
    "following",
    "suite",
    "because",
    "cause",
    "thanks",
    "grace",
    "his",
    "her",
    "its",
    "their",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
];
/// Verbs that say the act achieved: its noun under them is the act done
/// ("won the election" is being elected) (folded).
const ACHIEVING: &[&str] = &[
    "won", "win", "wins", "secured", "obtained", "remporte", "gagne", "obtenu", "decroche",
];
/// English words that are no verb of their own: auxiliaries, the copula
/// (folded).
const EN_NOT_GOVERNING: &[&str] = &[
    "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "did", "does", "do",
];
/// French adverbs that may stand between an auxiliary and its participle
/// (folded).
const FR_ADVERBS: &[&str] = &[
    "deja",
    "bien",
    "pas",
    "jamais",
    "aussi",
    "enfin",
    "finalement",
];
/// Endings of a French past participle as written.
const FR_PARTICIPLE_ENDINGS: &[&str] = &[
    "é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite", "its",
];

impl Rule for GovernedActRule {
    fn name(&self) -> &'static str {
        "governed act"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        // (most windows have nothing found by meaning: read before the
        // claim's verbs)
        if cx.coverage.aligned.is_empty() || super::contradicted(earlier) {
            return Vec::new();
        }
        for v in cx.claim_verbs() {
            // (a word of the claim's verb its keys find is the lexicon's
            // reading: the unasserted-event rule weighs the words around it)
            if (0..cx.window.len()).any(|s| cx.places_of(v, s).next().is_some()) {
                continue;
            }
            let mut places: Vec<(usize, usize)> = cx
                .coverage
                .aligned
                .iter()
                .filter(|a| a.claim_token == v)
                .map(|a| a.at)
                .collect();
            // (in a window of several sentences, the places in the
            // sentences that name the claim's named participants: "Lucie
            // Aubry won the election" is not said of Marc Delorme)
            let names_all: Vec<bool> = (0..cx.window.len())
                .map(|s| {
                    cx.claim
                        .keys
                        .names
                        .iter()
                        .all(|&n| cx.places_of(n, s).next().is_some())
                })
                .collect();
            if places.iter().any(|&(s, _)| names_all[s]) {
                places.retain(|&(s, _)| names_all[s]);
            }
            if places.is_empty() {
                continue;
            }
            let governed: Vec<(usize, usize, usize)> = places
                .iter()
                .filter_map(|&(s, u)| {
                    let f = cx.window[s].facts;
                    if !act_noun(f, u) || f.tokens[u].norm == cx.claim.tokens[v].norm {
                        return None;
                    }
                    governing_verb(cx, s, u).map(|g| (s, g, u))
                })
                .collect();
            if governed.len() < places.len() {
                continue;
            }
            let (s, g, u) = governed[0];
            let f = cx.window[s].facts;
            let shown = f.tokens[g].span.start..f.tokens[u].span.end;
            let claim_side = &cx.claim_text[cx.claim.tokens[v].span.clone()];
            return vec![
                Finding::new(
                    Kind::Predicate,
                    Effect::Blocks,
                    claim_side,
                    &cx.window[s].text[shown.clone()],
                )
                .at_claim(cx.claim.tokens[v].span.clone())
                .at_source(s, shown),
            ];
        }
        Vec::new()
    }
}

/// Is token `u` of `f` a noun made from a verb, in a noun phrase: a
/// nominal ending ("election", "accusations", "fermeture") and an article
/// or a preposition a few words before it?
fn act_noun(f: &Facts, u: usize) -> bool {
    let norm = f.tokens[u].norm.as_str();
    let singular = norm.strip_suffix('s').unwrap_or(norm);
    NOMINAL_ENDINGS.iter().any(|e| singular.ends_with(e))
        && (u.saturating_sub(OPENER_REACH)..u).any(|k| OPENERS.contains(&f.tokens[k].norm.as_str()))
}

/// The verb that governs the noun at token `u` of window sentence `s`: the
/// nearest verb before it in its clause, when it says something else than
/// the claim (it writes no claim word) and more than that the act was
/// reported or confirmed.
fn governing_verb(cx: &MatchContext<'_>, s: usize, u: usize) -> Option<usize> {
    let ws = &cx.window[s];
    let f = ws.facts;
    let clause = cx.clause(s, u);
    let g = (clause.start..u).rev().find(|&k| is_verb(ws.text, f, k))?;
    if (g + 1..u).any(|k| PRESUPPOSING.contains(&f.tokens[k].norm.as_str())) {
        return None;
    }
    let vocab = Vocabulary::shared();
    let norm = f.tokens[g].norm.as_str();
    let reports = [CueKind::SpeechVerb, CueKind::Confirmation]
        .into_iter()
        .any(|kind| vocab.is_cue(f.lang, kind, norm));
    let claims_word = cx.writes_claim_word(s, g);
    (!reports && !claims_word && !ACHIEVING.contains(&norm)).then_some(g)
}

/// Is token `k` of `f` (analysed from `text`) a verb of its own: English, a
/// past form or one the lexicon knows, not after a determiner and not an
/// auxiliary; French, a participle after an auxiliary.
fn is_verb(text: &str, f: &Facts, k: usize) -> bool {
    let word = |i: usize| f.tokens[i].norm.as_str();
    match f.lang {
        Lang::En => {
            let w = word(k);
            let lex = crate::text::Lexicon::shared();
            lex.is_english_verb_or_past(w)
                && !EN_NOT_GOVERNING.contains(&w)
                && !(k > 0 && super::opposite::DETERMINERS.contains(&word(k - 1)))
        }
        Lang::Fr => {
            let written = &text[f.tokens[k].span.clone()];
            // right after its auxiliary, or after an adverb after it ("a
            // été relaxé", "a déjà rejeté"; not "a été relaxé mardi")
            let auxiliary = |i: usize| crate::text::FR_AUXILIARIES.contains(&word(i));
            let adverb = |i: usize| word(i).ends_with("ment") || FR_ADVERBS.contains(&word(i));
            FR_PARTICIPLE_ENDINGS.iter().any(|e| written.ends_with(e))
                && word(k) != "ete"
                && k > 0
                && (auxiliary(k - 1) || k > 1 && auxiliary(k - 2) && adverb(k - 1))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn acts_found_by_meaning_in_a_noun_another_verb_governs() {
        let blocks = &[(Kind::Predicate, Effect::Blocks)][..];
        let table: &[Row] = &[
            (
                "The mayor of Varenne was convicted of fraud.",
                En,
                "Le maire de Varenne a été relaxé des accusations de fraude.",
                Fr,
                blocks,
            ),
            (
                "The mayor of Varenne was convicted of fraud.",
                En,
                "The mayor of Varenne was cleared of the accusations of fraud.",
                En,
                blocks,
            ),
            // the act's verb found by its keys: not this rule's
            (
                "Marc Delorme was elected mayor of Varenne.",
                En,
                "Marc Delorme was elected mayor of Varenne in 2020.",
                En,
                &[],
            ),
        ];
        assert_rows("governed act", table);
    }
}

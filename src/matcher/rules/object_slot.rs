//! Object slot: the window writes the claim's verb with another object, and
//! the claim's object elsewhere. "Kennon n'a pas participé à la Seconde
//! Guerre mondiale" against "Bien que Kennon n'ait pas participé à des
//! combats actifs, il n'est pas rentré de la Seconde Guerre mondiale avant
//! mai 1945"; "l'UE a introduit une quarantaine obligatoire" against "l'UE a
//! introduit la possibilité de demander des passeports ... Cela a remplacé
//! l'ancien système de quarantaine obligatoire". Every word is there, but
//! the verb governs another thing: the bag of words says what the sentence
//! does not.
//!
//! Read from the order of the words, without a parser: in the claim, the
//! first word that carries meaning right after its verb (function words
//! between, in its clause) is the verb's object; in the window, the first
//! such word after a copy of the verb, opening a noun phrase (right after an
//! article or a possessive), in its clause. When every copy of the verb
//! governs a word of no claim word there, and the claim's object is written
//! elsewhere in the window (not in that noun phrase: "a introduit une
//! nouvelle quarantaine" is the claim's), the window does not state the
//! claim. It keeps it from supporting, never contradicts (the verb may have
//! both objects, said apart). An object the window does not write at all is
//! the coverage's business: it may be the claim's in other words.

use super::{PHRASE_DETERMINERS, Rule};
use crate::facts::Facts;
use crate::matcher::context::{MatchContext, after_auxiliary, carries_meaning, has_adverb_form};
use crate::matcher::finding::{Effect, Finding, Kind};
use crate::text::{Lang, TokenKind};

/// Share of the claim the window must state for another object to be worth
/// saying: below it the window is only related anyway.
pub const OBJECT_SLOT_COVERAGE: f64 = 0.6;
/// Claim words between the verb and its object, at most ("participé à la
/// Seconde Guerre").
const OBJECT_REACH: usize = 3;
/// Window words between the verb's copy and the word its object opens on,
/// at most ("participé à des combats").
const SLOT_REACH: usize = 3;
/// Window words after the slot's first word still of its noun phrase, where
/// the claim's object may stand ("une nouvelle quarantaine", "la
/// possibilité d'une quarantaine").
const PHRASE_REACH: usize = 3;

/// Prepositions (folded): a verb's object after one is a complement of it
/// ("participé à la guerre"), after none a direct object ("a introduit une
/// taxe"); the window's must be of the same kind ("hébergés dans des pays"
/// does not say what was hosted). "du" and "des" are articles too, and a
/// French "a" after a verb is "à".
const PREPOSITIONS_FR: &[&str] = &[
    "a", "au", "aux", "de", "d", "en", "dans", "pour", "par", "sur", "chez", "vers", "avec",
    "contre", "entre", "sans", "sous",
];
const PREPOSITIONS_EN: &[&str] = &[
    "in", "on", "at", "to", "of", "for", "from", "with", "by", "against", "about", "into",
    "between", "over", "under", "through",
];

pub struct ObjectSlotRule;

impl Rule for ObjectSlotRule {
    fn name(&self) -> &'static str {
        "object slot"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        let cov = cx.coverage;
        if super::contradicted(earlier) || cov.share < OBJECT_SLOT_COVERAGE {
            return Vec::new();
        }
        let claim = cx.claim;
        let lex = crate::text::Lexicon::shared();
        let mut verbs = cx.claim_verbs();
        // (a French verb in the present: "Gazprom détient le monopole")
        verbs.extend((1..claim.tokens.len()).filter(|&t| {
            claim.lang == crate::text::Lang::Fr
                && !claim.tokens[t].capitalized
                && lex.is_french_verb_form(&claim.tokens[t].norm)
        }));
        // the claim's main verb: its first ("Macron uses the Osiris phone
        // for conversations linked to national security": "linked" tells
        // which conversations)
        let Some(v) = verbs.into_iter().min() else {
            return Vec::new();
        };
        // a verb of speech governs what was said, not a thing
        if crate::facts::is_speech(claim.lang, &claim.tokens[v].norm) {
            return Vec::new();
        }
        // (an English past with no auxiliary before a preposition may tell
        // which thing, as "linked to" does: only a direct object is read)
        claim_object(cx, v)
            .filter(|&object| {
                claim.lang == Lang::Fr
                    || after_auxiliary(claim, v)
                    || !preposition_among(claim, v + 1..object)
            })
            .and_then(|object| object_elsewhere(cx, v, object))
            .into_iter()
            .collect()
    }
}

/// The claim's object after its verb at token `v`: the first word that
/// carries meaning within a few words, only function words between, in the
/// verb's clause; not a figure (the rules of facts read those).
fn claim_object(cx: &MatchContext<'_>, v: usize) -> Option<usize> {
    let claim = cx.claim;
    let clause = cx.claim_clause(v);
    let end = (v + 1 + OBJECT_REACH).min(clause.end);
    let o = (v + 1..end).find(|&c| carries_meaning(claim, c))?;
    (!figure(claim, o) && !has_adverb_form(&claim.tokens[o].norm)).then_some(o)
}

/// Is token `t` of `f` a figure's (a number, a date, a quantity)? The rules
/// of facts read those.
fn figure(f: &Facts, t: usize) -> bool {
    f.tokens[t].kind == TokenKind::Number
        || f.dates.iter().any(|d| d.tokens.contains(&t))
        || f.quantities.iter().any(|q| q.tokens.contains(&t))
}

/// Does a preposition stand among tokens `between` of `f`?
fn preposition_among(f: &Facts, between: std::ops::Range<usize>) -> bool {
    let prepositions = match f.lang {
        Lang::Fr => PREPOSITIONS_FR,
        Lang::En => PREPOSITIONS_EN,
    };
    between
        .into_iter()
        .any(|t| prepositions.contains(&f.tokens[t].norm.as_str()))
}

/// Is token `at` of `f` written as a verb: after an auxiliary (negations
/// between), an English past or verb form, a French form only a verb has?
/// ("utilisateur du logiciel" writes "used" as a noun, whose complement is
/// no object.)
fn written_as_verb(f: &Facts, at: usize) -> bool {
    after_auxiliary(f, at)
        || crate::text::Lexicon::shared().is_verb_form(f.lang, &f.tokens[at].norm)
}

/// Every copy of the claim's verb (token `v`) in the window governs another
/// word than the claim's object (token `object`), which the window writes
/// elsewhere: the finding, on the first such copy's word.
fn object_elsewhere(cx: &MatchContext<'_>, v: usize, object: usize) -> Option<Finding> {
    let complement = preposition_among(cx.claim, v + 1..object);
    let mut other = None;
    let mut object_written = false;
    for s in 0..cx.window.len() {
        let objects = copies(cx, object, s);
        object_written |= !objects.is_empty();
        for at in copies(cx, v, s) {
            if !written_as_verb(cx.window[s].facts, at) {
                continue;
            }
            match slot_after(cx, s, at, complement) {
                // the verb's copy governs the claim's object, or its slot
                // cannot be read: the window may state the claim there
                None => return None,
                Some(t) if cx.writes(object, s, t) => return None,
                Some(t) => {
                    // (the slot's word may head a phrase whose complement
                    // is the claim's object: "a introduit la possibilité
                    // ... de demander des passeports")
                    let phrase = at + 1..cx.clause(s, t).end.max(t + 1 + PHRASE_REACH);
                    if objects.iter().any(|o| phrase.contains(o)) {
                        return None;
                    }
                    if other.is_none() {
                        other = Some((s, t));
                    }
                }
            }
        }
    }
    let (s, t) = other.filter(|_| object_written)?;
    // (the other object must be no word of the claim's: a claim word in
    // the slot may be its object written otherwise)
    if (0..cx.claim.tokens.len()).any(|c| cx.writes(c, s, t)) {
        return None;
    }
    let f = cx.window[s].facts;
    Some(
        Finding::new(
            Kind::Role,
            Effect::Blocks,
            &cx.claim_text[cx.claim.tokens[object].span.clone()],
            &cx.window[s].text[f.tokens[t].span.clone()],
        )
        .at_claim(cx.claim.tokens[object].span.clone())
        .at_source(s, f.tokens[t].span.clone()),
    )
}

/// The tokens of window sentence `s` that write claim token `c`: by its
/// keys, and where the coverage found it (by a cognate's prefix too:
/// "introduced" / "a introduit").
fn copies(cx: &MatchContext<'_>, c: usize, s: usize) -> Vec<usize> {
    let mut at: Vec<usize> = cx.places_of(c, s).collect();
    at.extend(
        cx.coverage
            .found()
            .filter(|&(ct, (ms, _))| ct == c && ms == s)
            .map(|(_, (_, t))| t),
    );
    at.sort_unstable();
    at.dedup();
    at
}

/// The word the verb's copy at token `at` of window sentence `s` governs:
/// the first that carries meaning within a few words, in its clause, right
/// after an article or a possessive, after a preposition when the claim's
/// object is a `complement` and after none when it is not. None when that
/// word opens no such noun phrase (an adverb, a time, a figure: "a participé
/// mardi à la réunion"; a place: "hébergés dans des pays").
fn slot_after(cx: &MatchContext<'_>, s: usize, at: usize, complement: bool) -> Option<usize> {
    let f = cx.window[s].facts;
    let clause = cx.clause(s, at);
    let end = (at + 1 + SLOT_REACH).min(clause.end);
    let t = (at + 1..end).find(|&t| carries_meaning(f, t))?;
    let opens_phrase = t > at + 1 && PHRASE_DETERMINERS.contains(&f.tokens[t - 1].norm.as_str());
    (opens_phrase
        && preposition_among(f, at + 1..t) == complement
        && !figure(f, t)
        && !has_adverb_form(&f.tokens[t].norm))
    .then_some(t)
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn object_slot_table() {
        let other = &[(Kind::Role, Effect::Blocks)][..];
        let table: &[Row] = &[
            // the verb governs another thing; the claim's is said apart
            (
                "Lena Voss n'a pas participé à la guerre civile.",
                Fr,
                "Bien que Lena Voss n'ait pas participé à des combats actifs, elle n'est pas rentrée de la guerre civile avant mai 1921.",
                Fr,
                other,
            ),
            (
                "Lena Voss did not fight in the civil war.",
                En,
                "Although Lena Voss did not fight in the battles of the north, she did not come back from the civil war until May 1921.",
                En,
                other,
            ),
            (
                "La commune de Varenne a introduit une taxe sur les piscines.",
                Fr,
                "La commune de Varenne a introduit la gratuité des transports, qui remplace l'ancienne taxe sur les piscines.",
                Fr,
                other,
            ),
            (
                "The town of Varenne introduced a tax on swimming pools.",
                En,
                "The town of Varenne introduced the free bus service, which replaces the old tax on swimming pools.",
                En,
                other,
            ),
            // the claim's object in the verb's noun phrase: stated
            (
                "La commune de Varenne a introduit une taxe sur les piscines.",
                Fr,
                "La commune de Varenne a introduit une nouvelle taxe sur les piscines.",
                Fr,
                &[],
            ),
            (
                "The town of Varenne introduced a tax on swimming pools.",
                En,
                "The town of Varenne introduced a new tax on swimming pools.",
                En,
                &[],
            ),
            // another copy of the verb governs the claim's object
            (
                "La commune de Varenne a introduit une taxe sur les piscines.",
                Fr,
                "La commune de Varenne a introduit la gratuité des bus et elle a aussi introduit une taxe sur les piscines.",
                Fr,
                &[],
            ),
            // a time after the verb: its object is not read
            (
                "La commune de Varenne a introduit une taxe sur les piscines.",
                Fr,
                "La commune de Varenne a introduit mardi, pour les piscines, une taxe nouvelle.",
                Fr,
                &[],
            ),
            // the claim's object written nowhere: the coverage weighs it
            (
                "La commune de Varenne a introduit une taxe sur les piscines.",
                Fr,
                "La commune de Varenne a introduit la gratuité des piscines.",
                Fr,
                &[],
            ),
        ];
        assert_rows("object slot", table);
    }
}

//! Exclusive statements: the window says its predicate holds *only* of
//! something, and the claim gives the same predicate something else
//! ("les manifestants ont protesté contre l'invasion de l'Ukraine" /
//! "... ont protesté uniquement contre le réchauffement climatique", "the
//! post was shared only by the Russian embassy" against "EU embassies
//! shared the post"). Cues: "uniquement", "seulement", "exclusivement",
//! "ne ... que", "only", "solely", "exclusively" (not "non seulement", "not
//! only").
//!
//! It contradicts when most of the claim is stated, in a sentence about its
//! subject (not about the country of a body the claim names) with the same
//! polarity, every fact agrees, the focus of the
//! restriction holds a word of its own that carries meaning, and the words
//! the claim has instead stand beside the claim's copy of the restricted
//! predicate or focus; otherwise it decides nothing.

use super::Rule;
use crate::matcher::context::MatchContext;
use crate::matcher::context::carries_meaning;
use crate::matcher::finding::{Effect, Finding, Kind};

/// Share of the claim the window must state.
pub const EXCLUSIVE_COVERAGE: f64 = 0.4;
/// Words of the focus looked at after the cue.
const FOCUS: usize = 8;
/// How far (in words) a claim word the window lacks may stand from the
/// claim's copy of the restricted predicate or focus.
const SLOT: usize = 4;

/// How far after "ne" its "que" may stand: past a verb and its object
/// ("ne donnait des autorisations d'exportation de produits cyber qu'à des
/// États").
const NE_QUE_REACH: usize = 12;

/// Cues that restrict what follows them to itself (folded).
const EXCLUSIVE: &[&str] = &[
    "uniquement",
    "seulement",
    "exclusivement",
    "only",
    "solely",
    "exclusively",
];

pub struct ExclusiveRule;

/// Where a restriction's focus starts in a sentence, with the cue's span:
/// after "uniquement"/"only", after the "que" of "ne ... que".
fn restrictions(words: &[&str]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let after_not = i > 0 && matches!(words[i - 1], "non" | "not");
        if EXCLUSIVE.contains(w) && !after_not {
            out.push((i, i + 1));
        }
        // "personne n'accepte que ...", "rien ne prouve que ...": a negation
        // and a completive "que", no restriction
        let negative_subject = words[i.saturating_sub(8)..i].iter().any(|w| {
            matches!(
                *w,
                "personne" | "rien" | "aucun" | "aucune" | "nul" | "nulle"
            )
        });
        if matches!(*w, "ne" | "n") && !negative_subject {
            // "ne ... que" with no negator between: a restriction
            if let Some(k) = (i + 1..words.len().min(i + NE_QUE_REACH))
                .find(|&k| matches!(words[k], "que" | "qu"))
                && !(i + 1..k).any(|j| {
                    matches!(
                        words[j],
                        "pas" | "plus" | "jamais" | "rien" | "aucun" | "aucune"
                    )
                })
            {
                out.push((i, k + 1));
            }
        }
    }
    out
}

/// Prepositions that open a circumstance of time (folded).
const TIME_PREPOSITIONS: &[&str] = &[
    "after", "before", "during", "until", "apres", "avant", "pendant", "lors", "jusqu",
];

/// Does claim token `t` stand in a circumstance of time: the nearest word
/// before it that the window states or that opens a phrase of time is a
/// preposition of time ("after the meeting with Parly")?
fn in_time_circumstance(cx: &MatchContext<'_>, t: usize) -> bool {
    let claim = cx.claim;
    (0..t)
        .rev()
        .find_map(|u| {
            let time = TIME_PREPOSITIONS.contains(&claim.tokens[u].norm.as_str());
            let stated = cx.coverage.matched_claim.contains(&u) && carries_meaning(claim, u);
            (time || stated).then_some(time)
        })
        .unwrap_or(false)
}

/// Is claim token `t` an English possessor ("NSO's export licence")?
fn possessor(claim: &crate::facts::Facts, t: usize) -> bool {
    claim.lang == crate::text::Lang::En && claim.tokens.get(t + 1).is_some_and(|n| n.norm == "s")
}

impl Rule for ExclusiveRule {
    fn name(&self) -> &'static str {
        "exclusive"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        let cov = cx.coverage;
        let facts_agree = super::facts_agree(earlier);
        let decided = super::settled(earlier);
        // (the claim's subject stated: "NSO assure que son logiciel sert
        // uniquement à obtenir des renseignements" restricts the software,
        // not what "Morocco admitted using" it says of Morocco)
        if decided
            || !facts_agree
            || cov.share < EXCLUSIVE_COVERAGE
            || cov.missing_weighty.is_empty()
            || !cx.subject_stated()
            || cx.country_party_lacking()
        {
            return Vec::new();
        }
        let claim = cx.claim;
        // a claim that restricts too ("only used to gather") compares two
        // foci worded apart: a question of paraphrase, not of exclusion
        let claim_words: Vec<&str> = claim.tokens.iter().map(|t| t.norm.as_str()).collect();
        if !restrictions(&claim_words).is_empty() {
            return Vec::new();
        }
        // the claim's words the window lacks, by position
        let lacking: Vec<usize> = (0..claim.tokens.len())
            .filter(|&t| {
                cov.missing_weighty
                    .iter()
                    .any(|m| *m == claim.tokens[t].norm)
            })
            .collect();
        // what the claim has instead of the focus is what the restricted
        // predicate governs: not the claim's own verb (what it does with the
        // restricted thing: "Israel suspended NSO's export licence"), nor
        // the thing's possessor ("NSO's"), nor a circumstance of time
        // ("after the meeting with Parly")
        let verbs = cx.claim_verbs();
        let substitutes: Vec<usize> = lacking
            .iter()
            .copied()
            .filter(|&l| {
                !verbs.contains(&l) && !possessor(claim, l) && !in_time_circumstance(cx, l)
            })
            .collect();
        for (s, ws) in cx.window.iter().enumerate() {
            let f = ws.facts;
            if !cx.names_subject(s) || f.negated() != claim.negated() {
                continue;
            }
            let words: Vec<&str> = f.tokens.iter().map(|t| t.norm.as_str()).collect();
            for (cue_start, focus_start) in restrictions(&words) {
                let clause_end = cx
                    .clause(s, focus_start.min(words.len().saturating_sub(1)))
                    .end;
                let focus = focus_start..clause_end.min(focus_start + FOCUS);
                // "seulement 2 %", "only 12 ministers": a bound on a figure,
                // which the number rules compare
                if f.tokens
                    .get(focus_start)
                    .is_some_and(|t| t.kind == crate::text::TokenKind::Number)
                {
                    continue;
                }
                // a focus that writes a word the claim lacks, in another
                // sense or kept from meeting it, restricts nothing to
                // another thing ("qu'à des États" against the claim's
                // "United States": a country's words meet the country only)
                let cross = f.lang != claim.lang;
                let claims_word = |t: usize| {
                    lacking.iter().any(|&l| {
                        claim.keys.words[l]
                            .iter()
                            .any(|k| f.keys.word_keys(t, cross).contains(k))
                    })
                };
                if focus.clone().any(claims_word) {
                    continue;
                }
                let own = focus
                    .clone()
                    .find(|&t| carries_meaning(f, t) && !cx.matched(s, t));
                let Some(own) = own else { continue };
                // the claim's copies of the focus and of the word restricted
                // (two words before the cue only across a word that carries
                // no meaning: in "Pegasus sert uniquement à" the restricted
                // word is "sert", and "Pegasus" its subject)
                // (in "ne ... que", the verb phrase the two enclose, and
                // not the subject before "ne": "l'État d'Israël ne donnait
                // des autorisations d'exportation qu'à des États")
                let enclosed = cue_start + 1 < focus_start;
                let restricted = |mt: usize| {
                    if enclosed {
                        (cue_start + 1..focus_start).contains(&mt)
                    } else {
                        mt + 1 == cue_start
                            || mt + 2 == cue_start && !carries_meaning(f, cue_start - 1)
                    }
                };
                let anchors: Vec<usize> = cov
                    .found()
                    .filter(|&(_, (ms, mt))| ms == s && (focus.contains(&mt) || restricted(mt)))
                    .map(|(ct, _)| ct)
                    .collect();
                let in_slot = substitutes
                    .iter()
                    .any(|&l| anchors.iter().any(|&a| l.abs_diff(a) <= SLOT));
                if !in_slot {
                    continue;
                }
                let cue_span = f.tokens[cue_start].span.start..f.tokens[focus_start - 1].span.end;
                let lacking_words: Vec<&str> = lacking
                    .iter()
                    .map(|&l| &cx.claim_text[claim.tokens[l].span.clone()])
                    .collect();
                return vec![
                    Finding::new(
                        Kind::Exclusive,
                        Effect::Contradicts,
                        lacking_words.join(" "),
                        format!(
                            "{} {}",
                            &ws.text[cue_span.clone()],
                            &ws.text[f.tokens[own].span.clone()]
                        ),
                    )
                    .at_source(s, cue_span),
                ];
            }
        }
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use super::restrictions;
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn restriction_cues() {
        let words = |t: &str| -> Vec<String> {
            crate::text::tokenize(t)
                .into_iter()
                .map(|t| t.norm.into())
                .collect()
        };
        for (text, found) in [
            ("ils ont protesté uniquement contre le climat", 1),
            ("ils n'ont protesté que contre le climat", 1),
            ("ils n'ont pas protesté contre le climat", 0),
            ("personne n'accepte que Norbu soit le vrai lama", 0),
            (
                "personne dans la communauté tibétaine n'accepte que Norbu soit le vrai lama",
                0,
            ),
            ("non seulement la France mais aussi l'Espagne", 0),
            ("only the Russian embassy shared it", 1),
            ("not only the embassy but also the ministry", 0),
        ] {
            let w = words(text);
            let w: Vec<&str> = w.iter().map(String::as_str).collect();
            assert_eq!(restrictions(&w).len(), found, "{text}");
        }
    }

    #[test]
    fn exclusive_table() {
        let only = &[(Kind::Exclusive, Effect::Contradicts)][..];
        let table: &[Row] = &[
            // "ne ... que" around a verb and a long object
            (
                "La mairie accorde des subventions de rénovation des façades aux entreprises privées.",
                Fr,
                "La mairie n'accorde des subventions de rénovation des façades anciennes qu'aux associations de quartier.",
                Fr,
                only,
            ),
            (
                "France grants export licences for military drones to private companies.",
                En,
                "La France ne donne des autorisations d'exportation de drones militaires qu'à des États.",
                Fr,
                only,
            ),
            // the focus writes the claim's own lacking word in another
            // sense: no other thing ("the United States" against "qu'à des
            // États", a country's words meeting the country only)
            (
                "France grants export licences for military drones to the United States.",
                En,
                "La France ne donne des autorisations d'exportation de drones militaires qu'à des États.",
                Fr,
                &[],
            ),
            // what the claim does with the restricted thing, whose it is,
            // and when: not to whom it goes
            (
                "France suspended Belvane's export licence for military drones after the meeting with Orlik.",
                En,
                "La France ne donne des autorisations d'exportation de drones militaires qu'à des États.",
                Fr,
                &[],
            ),
            (
                "France withdrew export licences for military drones after the meeting with Orlik.",
                En,
                "La France ne donne des autorisations d'exportation de drones militaires qu'à des États.",
                Fr,
                &[],
            ),
            (
                "La France a suspendu les licences d'exportation de drones militaires après la rencontre avec Orlik.",
                Fr,
                "La France ne donne des autorisations d'exportation de drones militaires qu'à des États.",
                Fr,
                &[],
            ),
            // what "ne ... que" restricts is another predicate of the claim's
            // subject: nothing
            (
                "The mayor told the council that the town took the complaints seriously.",
                En,
                "Le maire a souligné que la mairie n'accorde des subventions de rénovation des façades anciennes qu'aux associations de quartier.",
                Fr,
                &[],
            ),
            (
                "Les manifestants de Vienne ont protesté contre l'invasion de l'Ukraine.",
                Fr,
                "Les manifestants de Vienne ont protesté uniquement contre le réchauffement climatique.",
                Fr,
                only,
            ),
            (
                "The Vienna protesters demonstrated against the invasion of Ukraine.",
                En,
                "The Vienna protesters demonstrated only against climate change.",
                En,
                only,
            ),
            (
                "Les manifestants de Vienne ont protesté contre l'invasion de l'Ukraine.",
                Fr,
                "Les manifestants de Vienne n'ont protesté que contre le réchauffement climatique.",
                Fr,
                only,
            ),
            // the claim's own focus: agrees
            (
                "The Vienna protesters demonstrated against climate change.",
                En,
                "The Vienna protesters demonstrated only against climate change.",
                En,
                &[],
            ),
            // what the claim adds stands elsewhere than the restriction
            (
                "The Vienna protesters, lying in dark bags, demonstrated against climate change.",
                En,
                "The Vienna protesters demonstrated only against climate change.",
                En,
                &[],
            ),
            // a bound on a figure is the number rules' business
            (
                "The Vienna protesters demonstrated against the invasion of Ukraine.",
                En,
                "The Vienna protesters demonstrated only 2 times against climate change.",
                En,
                &[],
            ),
            // the word before the restricted verb is its subject, not the
            // restricted predicate: what the claim says of the meeting is
            // not what the window restricts the software to
            (
                "The meeting was devoted to the Falcon software.",
                En,
                "Le logiciel Falcon, au cœur de la réunion, sert uniquement à surveiller des réseaux criminels.",
                Fr,
                &[],
            ),
            // "not only" restricts nothing
            (
                "The Vienna protesters demonstrated against the invasion of Ukraine.",
                En,
                "The Vienna protesters demonstrated not only against climate change.",
                En,
                &[],
            ),
            // the window restricts the software, and does not name the
            // claim's subject: nothing it says is of Belmar
            (
                "Belmar admitted using the Falcon software.",
                En,
                "Le groupe Orvex assure que son logiciel Falcon sert uniquement à surveiller des réseaux criminels.",
                Fr,
                &[],
            ),
        ];
        assert_rows("exclusive", table);
    }
}

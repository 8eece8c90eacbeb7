//! Prospects: a verb said of what will or may happen, not of what did. The
//! future ("will approve", "approuvera", "va approuver", "sera approuvé"),
//! an expectation or a schedule ("is expected to approve", "is due to",
//! "is set to", "devrait approuver", "doit approuver", "est censé
//! approuver"), a possibility ("may approve", "pourrait approuver"), what
//! someone said they would do ("said he would approve"), and what nearly
//! happened ("almost approved", "a failli approuver"). Each
//! cue runs from its first word to the verb it puts ahead. A window that
//! writes the claim's act only so does not state it done (the prospect
//! rule); a negated future ("will not approve") is the negation's.

use super::{Cue, is_french_infinitive};
use crate::text::{Lang, Token, TokenKind};

/// English words that put the verb after them ahead (folded; "ll" of
/// "it'll").
const EN_AHEAD: &[&str] = &[
    "will", "shall", "ll", "would", "should", "must", "may", "might", "could", "can",
];

/// English words that, before "to", say an act is expected or scheduled.
const EN_EXPECTED: &[&str] = &[
    "expected",
    "due",
    "set",
    "scheduled",
    "likely",
    "poised",
    "slated",
    "going",
];

/// Adverbs that may stand between an auxiliary and its verb (folded).
const BETWEEN: &[&str] = &[
    "also", "soon", "still", "then", "now", "probably", "likely", "finally",
];

/// French verbs that put an infinitive after them ahead: the near future,
/// an expectation, an obligation not yet met, a possibility (folded);
/// "faillir" ("a failli approuver") too, what nearly happened.
const FR_AHEAD: &[&str] = &[
    "va",
    "vont",
    "allait",
    "allaient",
    "devrait",
    "devraient",
    "devait",
    "devaient",
    "doit",
    "doivent",
    "devra",
    "devront",
    "pourrait",
    "pourraient",
    "pourra",
    "pourront",
    "compte",
    "comptent",
    "cense",
    "censee",
    "censes",
    "censees",
];

/// French adverbs that may stand between a verb of FR_AHEAD and its
/// infinitive ("doit encore confirmer", "devrait bientôt fermer") (folded).
const FR_BETWEEN: &[&str] = &[
    "encore",
    "toujours",
    "bientot",
    "desormais",
    "aussi",
    "egalement",
    "probablement",
    "finalement",
];

/// French future auxiliaries before a participle ("sera approuvé").
const FR_FUTURE_AUXILIARIES: &[&str] = &["sera", "seront", "aura", "auront"];

/// The prospects of a tokenised text.
pub fn find_prospects(text: &str, tokens: &[Token], lang: Lang) -> Vec<Cue> {
    let lex = crate::text::Lexicon::shared();
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let is_word = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word);
    let mut out: Vec<Cue> = Vec::new();
    let mut push = |start: usize, verb: usize| {
        let words = tokens[start..=verb]
            .iter()
            .map(|t| &text[t.span.clone()])
            .collect::<Vec<_>>()
            .join(" ");
        out.push(Cue {
            tokens: start..verb + 1,
            words,
        });
    };
    let mut i = 0;
    while i < tokens.len() {
        let w = word(i);
        let verb = match lang {
            Lang::En => {
                // "will approve", "will soon be approved", "may have left"
                let after_ahead = (EN_AHEAD.contains(&w) && !(w == "may" && tokens[i].capitalized))
                    .then_some(i + 1);
                // "is expected to approve", "due to be approved"
                let after_expected =
                    (EN_EXPECTED.contains(&w) && word(i + 1) == "to").then_some(i + 2);
                // "almost approved", "nearly resigned": a past form only
                // (not "almost 50", "nearly half")
                let past = |k: usize| is_word(k) && lex.is_english_verb_or_past(word(k));
                if matches!(w, "almost" | "nearly") && past(i + 1) {
                    push(i, i + 1);
                    i += 2;
                    continue;
                }
                // "was about to approve": on the verge, not done
                let about_to = (w == "about" && word(i + 1) == "to").then_some(i + 2);
                // "is to cut", "was to open": a plan, the British news
                // future ("the plant is to close")
                let be_to = (matches!(w, "is" | "are" | "was" | "were") && word(i + 1) == "to")
                    .then_some(i + 2);
                after_ahead
                    .or(after_expected)
                    .or(about_to)
                    .or(be_to)
                    .and_then(|mut k| {
                        if BETWEEN.contains(&word(k)) {
                            k += 1;
                        }
                        if matches!(word(k), "be" | "have") {
                            k += 1;
                            if word(k) == "been" {
                                k += 1;
                            }
                        }
                        // (a negated future is the negation's; a function word
                        // after "will" makes it a noun: "the will of the people")
                        (is_word(k) && !lex.is_stopword(word(k), Lang::En)).then_some(k)
                    })
            }
            Lang::Fr => {
                let infinitive = |k: usize| {
                    tokens
                        .get(k)
                        .is_some_and(|t| is_french_infinitive(&text[t.span.clone()]))
                };
                if FR_AHEAD.contains(&w) || w == "failli" {
                    // "va approuver", "doit se tenir", "doit être approuvé",
                    // "doit encore confirmer"
                    let k = i + 1 + usize::from(FR_BETWEEN.contains(&word(i + 1)));
                    let k = if matches!(word(k), "se" | "s") {
                        k + 1
                    } else {
                        k
                    };
                    if word(k) == "etre" && is_word(k + 1) {
                        Some(k + 1)
                    } else {
                        infinitive(k).then_some(k)
                    }
                } else if w == "point"
                    && i >= 2
                    && word(i - 1) == "le"
                    && word(i - 2) == "sur"
                    && matches!(word(i + 1), "de" | "d")
                {
                    // "était sur le point d'approuver": on the verge, not done
                    infinitive(i + 2).then_some(i + 2)
                } else if w == "presque"
                    && i > 0
                    && crate::text::FR_AUXILIARIES.contains(&word(i - 1))
                    && is_word(i + 1)
                    && !lex.is_stopword(word(i + 1), Lang::Fr)
                {
                    // "a presque approuvé": not done ("presque 50" is a
                    // figure's bound)
                    Some(i + 1)
                } else if FR_FUTURE_AUXILIARIES.contains(&w) && is_word(i + 1) {
                    // "sera approuvé", "sera fini"; not "sera le premier"
                    (!lex.is_stopword(word(i + 1), Lang::Fr)).then_some(i + 1)
                } else if french_future_form(w) {
                    // "approuvera", "approuveraient"
                    Some(i)
                } else {
                    None
                }
            }
        };
        match verb {
            Some(k) => {
                push(i, k);
                i = k + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// A French verb in the simple future or the conditional, by its ending
/// ("approuvera", "fermeront", "approuverait").
fn french_future_form(w: &str) -> bool {
    french_future_tense(w)
        || w.chars().count() > 6
            && ["erait", "eraient", "irait", "iraient"]
                .iter()
                .any(|e| w.ends_with(e))
}

/// A French verb in the simple future, by its ending ("approuvera",
/// "fermeront"), long enough not to be a noun ("caméra", "opéra").
pub(crate) fn french_future_tense(w: &str) -> bool {
    w.chars().count() > 6
        && ["era", "eront", "ira", "iront"]
            .iter()
            .any(|e| w.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn read(text: &str, lang: Lang) -> Vec<String> {
        find_prospects(text, &tokenize(text), lang)
            .into_iter()
            .map(|c| c.words)
            .collect()
    }

    #[test]
    fn prospects_and_their_verbs() {
        use Lang::{En, Fr};
        let table: &[(&str, Lang, &[&str])] = &[
            ("The mayor will approve the project.", En, &["will approve"]),
            (
                "The project will soon be approved.",
                En,
                &["will soon be approved"],
            ),
            (
                "The mayor is expected to approve it.",
                En,
                &["expected to approve"],
            ),
            (
                "The vote is due to take place on Monday.",
                En,
                &["due to take"],
            ),
            (
                "The council is set to approve the plan.",
                En,
                &["set to approve"],
            ),
            ("The mayor may approve the project.", En, &["may approve"]),
            // on the verge, not done
            (
                "The mayor was about to approve the project.",
                En,
                &["about to approve"],
            ),
            (
                "Le maire était sur le point d'approuver le projet.",
                Fr,
                &["point d approuver"],
            ),
            (
                "Le maire a presque approuvé le projet.",
                Fr,
                &["presque approuvé"],
            ),
            ("Presque 50 % des habitants ont voté.", Fr, &[]),
            // an adverb between: still to be done
            (
                "Orvex doit encore confirmer la fermeture.",
                Fr,
                &["doit encore confirmer"],
            ),
            ("The talks were about the project.", En, &[]),
            ("It'll be approved next week.", En, &["ll be approved"]),
            ("Le maire approuvera le projet.", Fr, &["approuvera"]),
            ("Le maire va approuver le projet.", Fr, &["va approuver"]),
            (
                "Le maire devrait approuver le projet.",
                Fr,
                &["devrait approuver"],
            ),
            ("La réunion doit se tenir mardi.", Fr, &["doit se tenir"]),
            (
                "Le projet doit être approuvé lundi.",
                Fr,
                &["doit être approuvé"],
            ),
            ("Le projet sera approuvé lundi.", Fr, &["sera approuvé"]),
            ("Le chantier sera fini en mai.", Fr, &["sera fini"]),
            (
                "Le maire est censé approuver le projet.",
                Fr,
                &["censé approuver"],
            ),
            (
                "Le maire pourrait approuver le projet.",
                Fr,
                &["pourrait approuver"],
            ),
            (
                "The mayor said he would approve it.",
                En,
                &["would approve"],
            ),
            (
                "The mayor almost approved the project.",
                En,
                &["almost approved"],
            ),
            (
                "Le maire a failli démissionner.",
                Fr,
                &["failli démissionner"],
            ),
            ("Le pont devait ouvrir en 2019.", Fr, &["devait ouvrir"]),
            (
                "Construction should start in the spring.",
                En,
                &["should start"],
            ),
            // a possibility, a plan in the British news future
            ("The firm could cut up to 200 jobs.", En, &["could cut"]),
            ("The plant can close in a week.", En, &["can close"]),
            ("The plant is to close in May.", En, &["is to close"]),
            (
                "The ministers were to meet on Monday.",
                En,
                &["were to meet"],
            ),
            // done, negated, or no verb ahead
            ("The plant is to the north of the town.", En, &[]),
            ("The firm could not cut costs.", En, &[]),
            ("Almost 50 people were evacuated.", En, &[]),
            ("Nearly half of the residents left.", En, &[]),
            ("The mayor approved the project.", En, &[]),
            ("The mayor will not approve the project.", En, &[]),
            ("The vote took place in May.", En, &[]),
            ("It was the will of the people.", En, &[]),
            ("Le maire a approuvé le projet.", Fr, &[]),
            ("Il va à Paris.", Fr, &[]),
            ("Ce sera le premier pont.", Fr, &[]),
            ("Une caméra a filmé la scène.", Fr, &[]),
            ("Le compte rendu a été publié.", Fr, &[]),
        ];
        for (text, lang, want) in table {
            assert_eq!(read(text, *lang), *want, "{text}");
        }
    }
}

//! Polarity and modality. Negation ("ne ... pas", "aucun", "not", "never",
//! "declined to") flips a statement; hedging (French conditional "auraient
//! été visés", "présumé", "allegedly", "may have") marks it as reported, not
//! asserted. "ne ... que" is a restriction ("only"), not a negation.

use super::vocabulary::{CueKind, Vocabulary};
use crate::text::{Lang, Token};
use std::ops::Range;

/// A cue word or phrase, by token range, with the words as written (folded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub tokens: Range<usize>,
    pub words: String,
}

/// A cue's words as a reader knows them: an elided French word keeps its
/// apostrophe and joins the next ("n'ont pas", not "n ont pas"); an English
/// contraction is one word again ("didn't").
fn cue_words(words: &[&str], lang: Lang) -> String {
    let mut out = String::new();
    for (k, w) in words.iter().enumerate() {
        let contraction = lang == Lang::En && *w == "t" && out.ends_with('n');
        if contraction {
            out.push('\'');
        } else if k > 0 && !out.ends_with('\'') {
            out.push(' ');
        }
        out.push_str(w);
        if lang == Lang::Fr && matches!(*w, "n" | "l" | "d" | "qu" | "s" | "c" | "j" | "m") {
            out.push('\'');
        }
    }
    out
}

pub fn find_negations(text: &str, tokens: &[Token], lang: Lang) -> Vec<Cue> {
    let words: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
    let mut cues = find_negation_cues(text, tokens, lang);
    // a negated cessation goes on: "n'a pas cessé de soutenir", "ne
    // cessent pas de", "never stopped supporting", "did not stop" say the
    // support continues; the two cues cancel
    let mut i = 0;
    while i < cues.len() {
        let (cue, _) = &cues[i];
        let next_cessation = cues
            .get(i + 1)
            .is_some_and(|(next, cessation)| *cessation && next.tokens.start == cue.tokens.end);
        let holds_cessation = lang == Lang::Fr
            && cue.tokens.len() > 2
            && words[cue.tokens.start + 1..cue.tokens.end - 1]
                .iter()
                .any(|w| is_cessation(w, lang))
            && words
                .get(cue.tokens.end)
                .is_some_and(|n| matches!(*n, "de" | "d" | "a"));
        // (a verb of failure may be a cue of its own: "failed to" negates
        // its verb, and "never failed to" cancels)
        let reluctance = negates_a_reluctance(text, tokens, cue, lang);
        let next_is_the_verb = reluctance
            && cues
                .get(i + 1)
                .is_some_and(|(next, _)| next.tokens.start <= cue.tokens.end + 1);
        if next_cessation || next_is_the_verb {
            cues.drain(i..i + 2);
        } else if holds_cessation || reluctance {
            cues.remove(i);
        } else {
            i += 1;
        }
    }
    cues.into_iter()
        .map(|(cue, _)| cue)
        .filter(|cue| !affirms_after_all(text, tokens, cue, lang))
        .collect()
}

/// Tokens after an English negation within which "until" or "till" makes
/// it a time: "did not approve the project until March" says it was
/// approved, in March.
const UNTIL_REACH: usize = 8;

/// Words that close the negation's clause before an "until" that would be
/// another clause's ("did not approve the project, which ran until March").
const CLAUSE_CLOSERS: &[&str] = &["which", "who", "that", "but", "and", "while", "because"];

/// Does negation `cue` assert what it seems to deny: an English "not ...
/// until" (the act took place, later)?
fn affirms_after_all(text: &str, tokens: &[Token], cue: &Cue, lang: Lang) -> bool {
    lang == Lang::En
        && clause_after(text, tokens, cue.tokens.end)
            .any(|k| matches!(tokens[k].norm.as_str(), "until" | "till"))
}

/// The tokens after a negation ending at `end` that stand in its clause,
/// within [`UNTIL_REACH`]: up to a comma or a stop between two words, or a
/// word that closes the clause.
fn clause_after<'t>(
    text: &'t str,
    tokens: &'t [Token],
    end: usize,
) -> impl Iterator<Item = usize> + 't {
    let parted = move |k: usize| {
        text.get(tokens[k - 1].span.end..tokens[k].span.start)
            .is_some_and(|gap| gap.contains([',', ';', '.', ':']))
    };
    (end..(end + UNTIL_REACH).min(tokens.len())).take_while(move |&k| {
        !(k > end && parted(k) || CLAUSE_CLOSERS.contains(&tokens[k].norm.as_str()))
    })
}

/// The "before" ("avant", "prior to") that bounds negation `cue` in time,
/// within its clause: "had never visited Halden before 2020", "n'avait
/// jamais voté avant 2019", "did not speak before the vote", "n'a pas parlé
/// avant de partir". The act is denied before a time only.
pub fn negation_bounded_before(text: &str, tokens: &[Token], cue: &Range<usize>) -> Option<usize> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let k = clause_after(text, tokens, cue.end).find(|&k| {
        matches!(word(k), "before" | "avant") || word(k) == "prior" && word(k + 1) == "to"
    })?;
    let prior_to = word(k) == "prior";
    // (a time or an event after it: "before 2020", "avant les élections",
    // "avant de partir"; not "avant-garde")
    tokens
        .get(k + 1 + usize::from(prior_to))
        .filter(|t| t.span.start > tokens[k].span.end)
        .map(|_| k + usize::from(prior_to))
}

/// Words after which "far from" / "loin de" is about a place or a thing,
/// not a negation ("far from the city", "loin de sa famille") (folded).
const FAR_FROM_THINGS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
    "those", "home", "here", "there", "it", "them", "le", "la", "l", "les", "un", "une", "des",
    "du", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "ce", "cette", "ces", "chez", "ici",
    "la", "tout", "tous", "toute", "toutes",
];

/// The end of a "far from" / "loin de" that negates what follows it: an
/// adjective, a participle or a verb ("far from over", "far from
/// finished", "loin d'être terminée", "loin de régler"), never a place or
/// a thing (a name, an article, a possessive after it).
fn far_from(tokens: &[Token], words: &[&str], i: usize, lang: Lang) -> Option<usize> {
    let (first, second) = match lang {
        Lang::En => ("far", "from"),
        Lang::Fr => ("loin", "de"),
    };
    let second_here = words
        .get(i + 1)
        .is_some_and(|w| *w == second || lang == Lang::Fr && *w == "d");
    if words[i] != first || !second_here {
        return None;
    }
    let next = tokens.get(i + 2)?;
    if next.capitalized
        || next.kind != crate::text::TokenKind::Word
        || FAR_FROM_THINGS.contains(&words[i + 2])
    {
        return None;
    }
    Some(i + 2)
}

/// Verbs of reluctance or failure whose negation asserts what follows
/// them: "n'a pas hésité à approuver", "ne manque pas de rappeler", "n'a
/// pas tardé à réagir", "did not hesitate to approve", "never failed to
/// vote" (folded; French by their start).
const RELUCTANCE_FR: &[&str] = &["hesit", "manqu", "tard"];
const RELUCTANCE_EN: &[&str] = &[
    "hesitate",
    "hesitated",
    "hesitates",
    "hesitating",
    "fail",
    "failed",
    "fails",
    "failing",
];

/// Does negation `cue` negate a verb of reluctance that an infinitive
/// follows ("n'a pas hésité à approuver le projet", "did not hesitate to
/// approve")? The act is asserted: the cue negates nothing the claim says.
fn negates_a_reluctance(text: &str, tokens: &[Token], cue: &Cue, lang: Lang) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let reluctance = |k: usize| match lang {
        Lang::Fr => word(k).len() >= 5 && RELUCTANCE_FR.iter().any(|r| word(k).starts_with(r)),
        Lang::En => RELUCTANCE_EN.contains(&word(k)),
    };
    // the verb inside the French cue ("n'hésite pas à") or right after it
    // ("n'a pas hésité à", "did not hesitate to", "never failed to")
    let inside = match lang {
        Lang::Fr => cue.tokens.start + 1..cue.tokens.end.saturating_sub(1),
        Lang::En => cue.tokens.end..cue.tokens.end,
    };
    let Some(verb) = inside.chain([cue.tokens.end]).find(|&k| reluctance(k)) else {
        return false;
    };
    // (the marker after the cue when the verb stands inside it)
    let marker = verb.max(cue.tokens.end.saturating_sub(1)) + 1;
    match (lang, word(marker)) {
        (Lang::Fr, "a" | "de" | "d") => verb_at(tokens, text, marker + 1),
        (Lang::En, "to") => !word(marker + 1).is_empty(),
        _ => false,
    }
}

/// The negation cues of a sentence as written, each with whether it is a
/// cessation ("cesser de", "stopped selling").
fn find_negation_cues(text: &str, tokens: &[Token], lang: Lang) -> Vec<(Cue, bool)> {
    let vocab = Vocabulary::shared();
    let mut out: Vec<(Cue, bool)> = Vec::new();
    let words: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
    let cue = |a: usize, b: usize| Cue {
        tokens: a..b,
        words: cue_words(&words[a..b], lang),
    };
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        // "far from over", "loin d'être terminée", "loin de régler le
        // problème": not so at all (not "far from the city", "loin de Paris")
        if let Some(end) = far_from(tokens, &words, i, lang) {
            out.push((cue(i, end), false));
            i = end;
            continue;
        }
        if w == "non" && negating_non(tokens, &words, i, lang) {
            // "non-autorisé pour les mineurs", "les personnes non vaccinées"
            out.push((cue(i, i + 1), false));
            i += 1;
            continue;
        }
        match lang {
            Lang::Fr => {
                if w == "ne" || w == "n" {
                    // look ahead for the second half of the negation, or "que" (restriction)
                    let mut found = None;
                    for (k, word) in words
                        .iter()
                        .enumerate()
                        .take((i + 7).min(words.len()))
                        .skip(i + 1)
                    {
                        if *word == "que" || *word == "qu" {
                            break;
                        }
                        if vocab.is_cue(Lang::Fr, CueKind::Negator, word) {
                            // "ne ... plus de 10" is comparative only with a number after; keep as negation otherwise
                            found = Some(k);
                            break;
                        }
                    }
                    if let Some(k) = found {
                        // "il ne fait aucun doute": certain, no negation
                        if doubt_denied(&words, k) {
                            i = k + 2;
                            continue;
                        }
                        // "ne peut en aucun cas": the cue takes its noun, and
                        // what it negates is the verb after it
                        let end = k + 1 + usize::from(negative_adverbial(&words, k));
                        out.push((cue(i, end), false));
                        i = end;
                        continue;
                    }
                    // "Personne n'est mort", "Rien n'a été fait": a negative
                    // pronoun for subject is the second half, written first
                    if negative_pronoun_before(&words, i) {
                        out.push((cue(i - 1, i + 1), false));
                        i += 1;
                        continue;
                    }
                    // "ni X, ni NSO, n'ont fait": the n' alone with a preceding "ni"
                    if words[..i].contains(&"ni") {
                        out.push((
                            Cue {
                                tokens: i..i + 1,
                                words: format!("ni … {}", cue_words(&words[i..i + 1], lang)),
                            },
                            false,
                        ));
                    }
                } else if is_cessation(w, lang)
                    && words
                        .get(i + 1)
                        .is_some_and(|n| matches!(*n, "de" | "d" | "a"))
                    // what stops is an act, an infinitive ("a arrêté de
                    // vendre"); "arrêté à Halden" is arrested there. One
                    // renounces a thing too ("a renoncé à la présidence")
                    && (w.starts_with("renonc") || verb_at(tokens, text, i + 2))
                    // "ne cesse de": keeps on, a double negation
                    && !(i > 0 && matches!(words[i - 1], "ne" | "n"))
                {
                    // "va cesser de vendre", "a renoncé à": no longer
                    out.push((cue(i, i + 2), true));
                    i += 2;
                    continue;
                } else if vocab.is_cue(Lang::Fr, CueKind::NegationBeforeTo, w)
                    && words
                        .get(i + 1)
                        .is_some_and(|n| matches!(*n, "de" | "d"))
                    // "n'a pas refusé de": did
                    && !words[i.saturating_sub(3)..i].iter().any(|p| matches!(*p, "ne" | "n"))
                {
                    // "a refusé de dire": did not say
                    out.push((cue(i, i + 2), false));
                    i += 2;
                    continue;
                } else if vocab.is_cue(Lang::Fr, CueKind::Negation, w)
                    && !out.iter().any(|(c, _)| c.tokens.contains(&i))
                {
                    // "aucun doute": certain
                    if doubt_denied(&words, i) {
                        i += 2;
                        continue;
                    }
                    let end = i + 1 + usize::from(negative_adverbial(&words, i));
                    out.push((cue(i, end), false));
                    i = end;
                    continue;
                } else if w == "sans"
                    && words
                        .get(i + 1)
                        .is_some_and(|n| matches!(*n, "aucun" | "aucune"))
                {
                    // "sans aucun doute": certainly
                    if doubt_denied(&words, i + 1) {
                        i += 3;
                        continue;
                    }
                    let end = i + 2 + usize::from(negative_adverbial(&words, i + 1));
                    out.push((cue(i, end), false));
                    i = end;
                    continue;
                } else if w == "sans"
                    // "sans condamner l'invasion": without; but "sans doute"
                    // (probably) and "sans cesse" (constantly) are no negation
                    && words
                        .get(i + 1)
                        .is_some_and(|n| !matches!(*n, "doute" | "cesse" | "compter"))
                {
                    out.push((cue(i, i + 1), false));
                }
            }
            Lang::En => {
                let next = words.get(i + 1).copied();
                let is_cue = match w {
                    // "not only" is not a negation, nor is "no doubt", nor
                    // a bound ("no fewer than 300", "no later than Friday")
                    w if vocab.is_cue(Lang::En, CueKind::Negation, w) => {
                        !(w == "not" && next == Some("only")
                            || doubt_denied(&words, i)
                            || bound_by_comparison(&words, i))
                    }
                    // contractions are split by the tokenizer: "didn" + "t"
                    "t" => {
                        i > 0
                            && words[i - 1].ends_with('n')
                            && tokens[i - 1].span.end + 1 >= tokens[i].span.start
                    }
                    w if vocab.is_cue(Lang::En, CueKind::NegationBeforeTo, w) => next == Some("to"),
                    // "stopped selling", "will cease to sell"
                    w if is_cessation(w, lang) => {
                        next.is_some_and(|n| n == "to" || n.ends_with("ing"))
                    }
                    _ => false,
                };
                if is_cue {
                    let end = if vocab.is_cue(Lang::En, CueKind::NegationBeforeTo, w) {
                        i + 2
                    } else {
                        // "in no way", "at no time": the cue takes its noun
                        i + 1 + usize::from(negative_adverbial(&words, i))
                    };
                    let start = if w == "t" { i - 1 } else { i };
                    let cessation =
                        is_cessation(w, lang) && !vocab.is_cue(Lang::En, CueKind::Negation, w);
                    out.push((cue(start, end), cessation));
                }
            }
        }
        i += 1;
    }
    out
}

/// Is the word before the French "ne" at `i` a negative pronoun, its
/// subject ("Personne n'est mort", "Rien n'indique que", "Nul n'est
/// censé")? Not the noun "personne" or "rien" after a determiner ("La
/// personne n'a rien dit" finds its "rien" after the verb; "un rien").
fn negative_pronoun_before(words: &[&str], i: usize) -> bool {
    const DETERMINERS: &[&str] = &[
        "la", "une", "un", "cette", "chaque", "toute", "quelque", "de", "d", "du", "des", "le",
        "les", "ma", "ta", "sa", "notre", "votre", "leur", "aucune", "aucun", "seule", "meme",
    ];
    i >= 1
        && matches!(words[i - 1], "personne" | "rien" | "nul" | "nulle")
        && (i < 2 || !DETERMINERS.contains(&words[i - 2]))
}

/// Nouns that make a negative word an adverbial of manner or time ("en
/// aucun cas", "à aucun moment", "d'aucune façon", "in no way", "at no
/// time", "by no means"): the negation is of the verb, not of the noun.
const NEGATIVE_ADVERBIAL_NOUNS: &[&str] = &[
    "cas", "moment", "facon", "maniere", "sorte", "way", "time", "case", "means", "point",
];

/// Does the negative word at `i` deny a doubt ("aucun doute", "no doubt"):
/// a statement of certainty, not a negation of what follows?
fn doubt_denied(words: &[&str], i: usize) -> bool {
    words
        .get(i + 1)
        .is_some_and(|n| matches!(*n, "doute" | "doubt"))
}

/// Comparatives that "no"/"not" and "than" make a bound of what follows.
const BOUND_COMPARATIVES: &[&str] = &[
    "fewer", "less", "more", "later", "earlier", "sooner", "greater", "higher", "lower",
];

/// Is the English "no"/"not" at `i` the head of a bound: "no fewer than
/// 300", "not more than 20%", "no later than Friday"? It limits the figure
/// or the date; it denies nothing.
fn bound_by_comparison(words: &[&str], i: usize) -> bool {
    matches!(words[i], "no" | "not")
        && words
            .get(i + 1)
            .is_some_and(|n| BOUND_COMPARATIVES.contains(n))
        && words.get(i + 2) == Some(&"than")
}

/// Is the negative word at `i` ("aucun", "no") the head of a negative
/// adverbial, its noun next?
fn negative_adverbial(words: &[&str], i: usize) -> bool {
    let next = words.get(i + 1);
    (matches!(words[i], "aucun" | "aucune" | "no")
        && next.is_some_and(|n| NEGATIVE_ADVERBIAL_NOUNS.contains(n)))
        // "ne ... nulle part": nowhere
        || (words[i] == "nulle" && next == Some(&"part"))
}

/// Words after "non" that make it no negation of what follows: "non
/// seulement" (not only), "moi non plus" (neither), "non loin de" (near),
/// "non sans" (not without), "et non des législations" (rather than),
/// "non pas X mais Y"; and the answer "non" itself.
const NON_NOT_NEGATING: &[&str] = &[
    "seulement",
    "plus",
    "pas",
    "loin",
    "sans",
    "moins",
    "de",
    "des",
    "du",
    "d",
    "la",
    "le",
    "les",
    "l",
    "un",
    "une",
    "a",
    "au",
    "aux",
    "et",
    "ou",
    "que",
    "qu",
    "only",
    "the",
];

/// Copulas, every form (folded): after one, "non" negates what is said of
/// the subject ("est non conforme", "are non-binding"); the `refuted` rule
/// takes the forms that assert.
pub const COPULAS: &[&str] = &[
    "est",
    "sont",
    "etait",
    "etaient",
    "fut",
    "furent",
    "ete",
    "soit",
    "soient",
    "sera",
    "seront",
    "reste",
    "restent",
    "demeure",
    "demeurent",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "remains",
    "remain",
];

/// Forms of a copula that do not assert ("sera faux", "could be false",
/// "a été", "soit"): what is said with them is not the text's.
const NOT_ASSERTED: &[&str] = &["ete", "soit", "soient", "sera", "seront", "be", "been"];

/// A copula that asserts what follows ("est fausse", "is unfounded", "est
/// une filiale de").
pub fn asserting_copula(word: &str) -> bool {
    COPULAS.contains(&word) && !NOT_ASSERTED.contains(&word)
}

/// Is "non" at `i` a prefix that negates what is said: "le vaccin Janssen,
/// non-autorisé pour les mineurs", "the agreement is non-binding"? Only
/// where it is said of something: after a copula or opening a clause or an
/// apposition. Inside a noun phrase it names another group, it denies
/// nothing: "les personnes non vaccinées sont ...", "le traité de
/// non-prolifération". English "non" only with a hyphen.
fn negating_non(tokens: &[Token], words: &[&str], i: usize, lang: Lang) -> bool {
    let Some(next) = words.get(i + 1) else {
        return false;
    };
    // nothing but a hyphen between "non" and the word
    let hyphenated = tokens[i].span.end + 1 == tokens[i + 1].span.start;
    // more than a space before "non": a comma, a dash, a bracket
    let said_of = i == 0
        || tokens[i - 1].span.end + 2 <= tokens[i].span.start
        || COPULAS.contains(&words[i - 1]);
    said_of
        && !NON_NOT_NEGATING.contains(next)
        && next.chars().next().is_some_and(char::is_alphabetic)
        && (hyphenated || lang == Lang::Fr)
}

/// Verbs that end what follows them: "cesser de", "arrêter de", "renoncer à", "stop", "cease".
fn is_cessation(w: &str, lang: Lang) -> bool {
    let vocab = Vocabulary::shared();
    // "cessation" is the noun, not the verb
    (vocab.starts_with_cue(lang, CueKind::CessationPrefix, w) && !w.starts_with("cessation"))
        || vocab.is_cue(lang, CueKind::Cessation, w)
}

/// French conditional forms of the verbs that carry reported speech
/// ("aurait", "auraient", "serait", "pourrait", "devrait") and of any verb
/// ("permettrait"): the -rait/-raient endings.
/// Words ending in -rait/-raient that are no conditional: imperfects of
/// verbs whose stem ends in -r ("déclarait", "espérait"), presents
/// ("disparaît"), nouns ("retrait", "portrait"); generated from Apertium's
/// French analyser by scripts/gen_verb_forms.py.
const FR_NOT_CONDITIONAL: &str = include_str!("../../data/lexicon/fr-not-conditional.txt");

pub fn is_french_conditional(w: &str) -> bool {
    static NOT_CONDITIONAL: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
        std::sync::LazyLock::new(|| {
            FR_NOT_CONDITIONAL
                .lines()
                .filter(|l| !l.starts_with('#') && !l.is_empty())
                .collect()
        });
    (w.ends_with("rait") || w.ends_with("raient")) && w.len() > 5 && !NOT_CONDITIONAL.contains(w)
}

/// French conditionals of the auxiliaries and modals, folded: the reserve
/// only, the meaning is in the verb after them ("auraient été visés",
/// "pourrait fermer").
const CONDITIONAL_AUXILIARIES: &[&str] = &[
    "aurait",
    "auraient",
    "serait",
    "seraient",
    "pourrait",
    "pourraient",
    "devrait",
    "devraient",
    "voudrait",
    "voudraient",
    "faudrait",
];

/// Is the hedge word `w` also the verb that says what is hedged ("l'usine
/// fermerait": the conditional of "fermer")? It is a word of the statement
/// to find, not only a mark of reserve.
pub fn hedge_is_verb(w: &str) -> bool {
    is_french_conditional(w) && !CONDITIONAL_AUXILIARIES.contains(&w)
}

/// Tokens before a conditional within which the "que" of its clause is
/// looked for, and words before that "que" within which its verb is.
const REPORTED_CLAUSE_REACH: usize = 12;
const REPORTING_VERB_REACH: usize = 5;

/// Is the French conditional at `i` the future of a past report, not a
/// hedge: in the "que" clause of a verb of saying in the past ("a annoncé
/// que l'usine fermerait", "n'a pas écrit que des épidémies élimineraient
/// 4 milliards de personnes", "avait assuré qu'il viendrait")? The tense
/// follows the report's; what is reserved is the report, which its own
/// words say.
fn reported_future(tokens: &[Token], i: usize) -> bool {
    let vocab = Vocabulary::shared();
    let word = |k: usize| tokens[k].norm.as_str();
    // the past conditional and the conditional of "être" are the press's
    // reserve even after a report ("avait révélé que le logiciel aurait
    // permis d'espionner", "a affirmé que X serait impliqué")
    if matches!(word(i), "aurait" | "auraient" | "serait" | "seraient") {
        return false;
    }
    let Some(que) = (i.saturating_sub(REPORTED_CLAUSE_REACH)..i)
        .rev()
        .find(|&k| matches!(word(k), "que" | "qu"))
    else {
        return false;
    };
    (que.saturating_sub(REPORTING_VERB_REACH)..que).any(|v| {
        let verb = word(v);
        let reports = verb == "dit" || vocab.is_cue(Lang::Fr, CueKind::SpeechVerb, verb);
        // in the past: after an auxiliary ("a annoncé", "n'avait pas
        // écrit"), or in the imperfect ("annonçait")
        let past = verb.ends_with("ait")
            || verb.ends_with("aient")
            || (0..v)
                .rev()
                .take(3)
                .map(word)
                .find(|w| !matches!(*w, "pas" | "jamais" | "deja" | "plus" | "bien"))
                .is_some_and(|w| {
                    matches!(
                        w,
                        "a" | "ont" | "avait" | "avaient" | "eu" | "aurait" | "auraient"
                    )
                });
        reports && past
    })
}

/// Is English "would" at `i` the future of a past report ("announced that
/// the plant would close", "said it would ballot its members")? English
/// often drops the "that": a verb of saying in the past among the few
/// words before is enough ("said", "announced", "told"; "says" is now).
fn reported_future_en(tokens: &[Token], i: usize) -> bool {
    let vocab = Vocabulary::shared();
    // "would have" is the reserve ("said it would have been targeted")
    if tokens.get(i + 1).is_some_and(|t| t.norm == "have") {
        return false;
    }
    (i.saturating_sub(REPORTING_VERB_REACH + 2)..i).any(|v| {
        let verb = tokens[v].norm.as_str();
        vocab.is_cue(Lang::En, CueKind::SpeechVerb, verb)
            && (verb.ends_with("ed") || matches!(verb, "said" | "told" | "wrote"))
    })
}

pub fn find_hedges(tokens: &[Token], lang: Lang) -> Vec<Cue> {
    let vocab = Vocabulary::shared();
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let w = t.norm.as_str();
        let hedge = match lang {
            Lang::Fr => {
                is_french_conditional(w) && !reported_future(tokens, i)
                    || vocab.is_cue(Lang::Fr, CueKind::Hedge, w)
                    || (w == "peut" && tokens.get(i + 1).is_some_and(|n| n.norm == "etre"))
            }
            Lang::En => {
                // "May" written with a capital inside a sentence is the month
                (vocab.is_cue(Lang::En, CueKind::Hedge, w)
                    && !(w == "may" && t.capitalized && i > 0)
                    && !(w == "would" && reported_future_en(tokens, i)))
                    || (w == "according" && tokens.get(i + 1).is_some_and(|n| n.norm == "to"))
            }
        };
        if hedge {
            out.push(Cue {
                tokens: i..i + 1,
                words: w.to_string(),
            });
        }
    }
    out
}

pub fn find_denials(tokens: &[Token], lang: Lang) -> Vec<Cue> {
    let vocab = Vocabulary::shared();
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let w = t.norm.as_str();
        if let Some(len) = rules_out(tokens, i, lang) {
            out.push(Cue {
                tokens: i..i + len,
                words: tokens[i..i + len]
                    .iter()
                    .map(|t| t.norm.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            });
            continue;
        }
        if vocab.denies(lang, w) {
            out.push(Cue {
                tokens: i..i + 1,
                words: w.to_string(),
            });
        }
    }
    out
}

/// A verb that rules a possibility out, denying it will be or is so: "ruled
/// out more rain", "rules out a merger"; "a exclu toute hausse", "écarte
/// l'hypothèse d'un attentat", "a exclu la possibilité d'un accord". French
/// "exclure" and "écarter" alone also mean to expel and to push aside ("a
/// exclu le député"), so they deny only what "tout", "l'hypothèse", "la
/// possibilité" or "l'idée" opens. Its length in tokens (the verb; its
/// particle, "out").
fn rules_out(tokens: &[Token], i: usize, lang: Lang) -> Option<usize> {
    let w = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    match lang {
        Lang::En => (matches!(w(i), "rule" | "rules" | "ruled" | "ruling") && w(i + 1) == "out")
            .then_some(2),
        Lang::Fr => {
            let verb = [
                "exclu", "exclut", "exclue", "exclure", "excluent", "excluait", "ecart",
            ]
            .iter()
            .any(|v| w(i).starts_with(v))
                && !w(i).starts_with("exclus")
                && !w(i).starts_with("ecartement");
            let possibility = match w(i + 1) {
                "tout" | "toute" | "tous" | "toutes" => true,
                "l" => matches!(w(i + 2), "hypothese" | "idee" | "eventualite" | "option"),
                "la" => matches!(w(i + 2), "possibilite" | "piste"),
                _ => false,
            };
            (verb && possibility).then_some(1)
        }
    }
}

/// Clauses that are not asserted: conditions and embedded questions ("si
/// les faits sont avérés", "savoir si Israël a ouvert une enquête", "if",
/// "whether"). Each cue's token range runs from the "si"/"if" to the end of
/// its clause (the next comma, semicolon, colon, closing quote or the end).
pub fn find_conditions(text: &str, tokens: &[Token], lang: Lang) -> Vec<Cue> {
    let vocab = Vocabulary::shared();
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let w = t.norm.as_str();
        let next = tokens.get(i + 1);
        let opens = match lang {
            Lang::Fr => {
                (vocab.is_cue(Lang::Fr, CueKind::Condition, w)
                    && next.is_some_and(|n| {
                        n.capitalized || vocab.is_cue(Lang::Fr, CueKind::SubjectStart, &n.norm)
                    }))
                    || (w == "s"
                        && next.is_some_and(|n| {
                            matches!(n.norm.as_str(), "il" | "ils")
                                && n.span.start == t.span.end + 1
                        }))
            }
            Lang::En => vocab.is_cue(Lang::En, CueKind::Condition, w),
        };
        if !opens {
            continue;
        }
        let end = clause_end(text, tokens, i);
        if out.last().is_some_and(|c: &Cue| c.tokens.contains(&i)) {
            continue;
        }
        if lang == Lang::Fr && concessive(tokens, i) {
            continue;
        }
        out.push(Cue {
            tokens: i..end,
            words: cue_words(&[w], lang),
        });
    }
    // a question asks, it does not assert ("Did the mayor approve the
    // project?", "Le maire a-t-il approuvé le projet ?"): the whole
    // sentence, when it ends on its question mark (the conditions inside
    // it with it)
    if is_question(text) && !tokens.is_empty() {
        return vec![Cue {
            tokens: 0..tokens.len(),
            words: String::from("?"),
        }];
    }
    out
}

/// Does `text` end on a question mark, closing quotes and brackets aside?
pub fn is_question(text: &str) -> bool {
    text.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '»' | '”' | '’' | ')' | ']')
    })
    .ends_with('?')
}

/// Is the French "si" at token `i` concessive, "même si" ("even though"):
/// the clause it opens is asserted ("même s'ils contrôlent les deux
/// chambres", "même si Moscou dément"), unless a conditional makes the
/// sentence a hypothesis ("même s'il était élu, il ne pourrait pas").
fn concessive(tokens: &[Token], i: usize) -> bool {
    i > 0 && tokens[i - 1].norm == "meme" && !tokens.iter().any(|t| is_french_conditional(&t.norm))
}

/// Where the clause that token `from` opens ends: the next comma,
/// semicolon, colon, full stop, closing quote or bracket, or the end.
fn clause_end(text: &str, tokens: &[Token], from: usize) -> usize {
    (from + 1..tokens.len())
        .find(|&end| {
            text[tokens[end - 1].span.end..tokens[end].span.start]
                .contains([',', ';', ':', '.', '!', '?', '»', '”', '(', ')'])
        })
        .unwrap_or(tokens.len())
}

/// Does a French word, as written, have an infinitive's form: "-er",
/// "-ir", "-re" after three letters or more ("fusionner", "acquérir",
/// "prendre"), never "-ère" ("particulière")?
pub fn is_french_infinitive(written: &str) -> bool {
    written.chars().count() > 3
        && ["er", "ir", "re"].iter().any(|e| written.ends_with(e))
        && !written.ends_with("ère")
}

/// Aims, attempts, requests and proposals whose object is not asserted as
/// done: an intention or a directive cue, then "de"/"d'"/"à" and an
/// infinitive, or "to" in English ("a tenté de racheter", "l'intention de
/// fusionner", "plans to merge", "asked to resign"); a directive cue, then
/// a "que"/"that" clause ("a proposé que les téléphones soient déclarés
/// intouchables", "demanded that it stop"); a French infinitive right after
/// a verb of will ("veut racheter"). Each cue's
/// token range runs from the cue to the end of its clause, as a
/// condition's. Not when negated just before: "n'a pas souhaité commenter",
/// "did not want to comment" are refusals, which the negation rules read.
pub fn find_intentions(text: &str, tokens: &[Token], lang: Lang) -> Vec<Cue> {
    let vocab = Vocabulary::shared();
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    // as written: a French infinitive ends in -er, -ir, -re, never in -ère
    // ("particulière")
    let infinitive = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| is_french_infinitive(&text[t.span.clone()]))
    };
    let mut out: Vec<Cue> = Vec::new();
    for i in 0..tokens.len() {
        let w = word(i);
        if let Some(marker) = purpose_at(tokens, text, i, lang) {
            if !out.last().is_some_and(|c| c.tokens.contains(&i)) {
                // a relative clause in the aim tells what is so: "afin
                // d'apaiser les tensions qui sont nées des révélations"
                // asserts that they arose from them
                let end = clause_end(text, tokens, i);
                let end = (i + 2..end)
                    .find(|&k| RELATIVE_WORDS.contains(&word(k)))
                    .unwrap_or(end);
                out.push(Cue {
                    tokens: i..end,
                    words: cue_words(&[w, marker], lang),
                });
            }
            continue;
        }
        let sentenced = match lang {
            Lang::Fr => sentenced_to(text, tokens, i),
            Lang::En => None,
        };
        let directive =
            vocab.is_cue(lang, CueKind::Directive, w) || sentenced.is_some() || calls_on(w, lang);
        // (a suspicion is a hedge as well: "the suspected gunman"; with what
        // it is of, an accusation: "soupçonné d'avoir touché")
        let suspicion = is_accusation(w) && vocab.is_cue(lang, CueKind::Hedge, w);
        if !directive && !suspicion && !vocab.is_cue(lang, CueKind::Intention, w) {
            continue;
        }
        // (where the clause of what is aimed at is read from: past the
        // party accused, with its apposition)
        let mut from = i;
        let (object, marker) = match lang {
            _ if let Some(k) = sentenced => (true, Some(word(k))),
            // a call on someone: only with its addressee and its act
            _ if calls_on(w, lang) => match addressee_then_object(text, tokens, i, lang) {
                Some(k) => (true, Some(word(k))),
                None => (false, None),
            },
            // "a proposé que les téléphones soient déclarés intouchables"
            Lang::Fr if directive && matches!(word(i + 1), "que" | "qu") => {
                (true, Some(word(i + 1)))
            }
            Lang::En if directive && word(i + 1) == "that" => (true, Some("that")),
            Lang::Fr if matches!(word(i + 1), "de" | "d" | "a") && verb_at(tokens, text, i + 2) => {
                (true, Some(word(i + 1)))
            }
            // what one is accused of, a noun as well: "accusé de liens avec
            // la mafia", "soupçonné de corruption", "accused of links to"
            _ if is_accusation(w)
                && matches!(word(i + 1), "de" | "d" | "du" | "des" | "of")
                && tokens.get(i + 2).is_some_and(|t| !t.capitalized) =>
            {
                (true, Some(word(i + 1)))
            }
            // an aim's "pour": "son intérêt pour acquérir"; not a cause,
            // "pour avoir", "pour être"
            Lang::Fr
                if word(i + 1) == "pour"
                    && !directive
                    && !matches!(word(i + 2), "avoir" | "etre")
                    && verb_at(tokens, text, i + 2) =>
            {
                (true, Some("pour"))
            }
            // the request's addressee before its object: "a demandé au
            // gouvernement d'enquêter", "asked the government to investigate"
            _ if directive && let Some(k) = addressee_then_object(text, tokens, i, lang) => {
                (true, Some(word(k)))
            }
            // an accusation's party before what it is accused of: "accuse
            // le Maroc d'avoir utilisé", "accused Morocco of using"
            _ if is_accusation(w)
                && let Some(k) = accused_then_object(text, tokens, i, lang) =>
            {
                from = k;
                (true, Some(word(k)))
            }
            // "veut racheter"; "veut dire" is "means"
            Lang::Fr => (
                FRENCH_WILL.contains(&w) && infinitive(i + 1) && word(i + 1) != "dire",
                None,
            ),
            // an accusation: "accused of taking bribes"; an aim or an
            // interest: "aimed at extending", "interested in buying"
            Lang::En if matches!(word(i + 1), "of" | "at" | "in") => {
                (word(i + 2).ends_with("ing"), Some(word(i + 1)))
            }
            Lang::En => (word(i + 1) == "to", Some("to")),
        };
        let negated = (i.saturating_sub(3)..i).any(|k| {
            vocab.negates(lang, word(k))
                // "didn't"
                || word(k) == "t"
        });
        if !object || negated || out.last().is_some_and(|c| c.tokens.contains(&i)) {
            continue;
        }
        let end = clause_end(text, tokens, from);
        let words = match marker {
            Some(m) => cue_words(&[w, m], lang),
            None => cue_words(&[w], lang),
        };
        out.push(Cue {
            tokens: i..end,
            words,
        });
    }
    out
}

/// Words a sentence's party may hold between "condamné" and its "à"
/// ("a condamné mardi la société Orvex à verser").
const SENTENCED_PARTY_WORDS: usize = 6;

/// After French "condamner" at token `i`, the "à" of what the sentence
/// says must be done, an infinitive ("condamnée à verser", "a condamné
/// la société à verser"): what must be done, not that it was. "Condamner"
/// alone is a disapproval, and "condamné à une amende" names the penalty.
fn sentenced_to(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    if !tokens[i].norm.starts_with("condamn") {
        return None;
    }
    let end = clause_end(text, tokens, i).min(i + 2 + SENTENCED_PARTY_WORDS);
    (i + 1..end).find(|&k| tokens[k].norm == "a" && verb_at(tokens, text, k + 1))
}

/// Relative words, folded: the clause they open is said of the noun
/// before them, and asserted even within an aim.
pub const RELATIVE_WORDS: &[&str] = &["qui", "who", "which", "dont", "whose", "lequel", "laquelle"];

/// A purpose clause opening at token `i`: "pour que", "afin que", "afin
/// de" and an infinitive, "en vue de" and an infinitive, "in order to",
/// "in order that", "so as to", "with a view to". What
/// an act is done for is its aim, not a fact: "Pour que la protéine puisse
/// endommager les cellules, il faudrait ..." does not say that it can.
/// The marker word after the cue; not "pour" and an infinitive ("pour
/// avoir volé" gives a cause, asserted) nor "so that" (also a result).
fn purpose_at(tokens: &[Token], text: &str, i: usize, lang: Lang) -> Option<&'static str> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    match (lang, word(i), word(i + 1)) {
        (Lang::Fr, "pour" | "afin", "que") => Some("que"),
        (Lang::Fr, "pour" | "afin", "qu") => Some("qu"),
        (Lang::Fr, "afin", "de") if verb_at(tokens, text, i + 2) => Some("de"),
        (Lang::Fr, "afin", "d") if verb_at(tokens, text, i + 2) => Some("d"),
        // "en vue de conclure", "en vue d'acquérir"
        (Lang::Fr, "vue", "de" | "d")
            if i > 0 && word(i - 1) == "en" && verb_at(tokens, text, i + 2) =>
        {
            Some(if word(i + 1) == "de" { "de" } else { "d" })
        }
        // "with a view to taking part"
        (Lang::En, "view", "to") if i > 1 && word(i - 1) == "a" && word(i - 2) == "with" => {
            Some("to")
        }
        (Lang::En, "order", "to") if i > 0 && word(i - 1) == "in" => Some("to"),
        (Lang::En, "order", "that") if i > 0 && word(i - 1) == "in" => Some("that"),
        (Lang::En, "as", "to") if i > 0 && word(i - 1) == "so" => Some("to"),
        _ => None,
    }
}

/// Where a French text says what something is done for with "pour" and an
/// infinitive ("une pression est exercée pour mettre fin aux essais"): the
/// token of "pour". Not a purpose cue of its own (`purpose_at`): as often it
/// names a cause or a use ("pour avoir volé", "connu pour soutenir"); but a
/// claim that says it speaks of an aim, which a window's aim may state.
pub fn purpose_named_at(text: &str, tokens: &[Token], lang: Lang) -> Option<usize> {
    if lang != Lang::Fr {
        return None;
    }
    (0..tokens.len()).find(|&i| {
        tokens[i].norm == "pour"
            && tokens
                .get(i + 1)
                .is_some_and(|t| !matches!(t.norm.as_str(), "avoir" | "etre"))
            && verb_at(tokens, text, i + 1)
    })
}

/// A French infinitive at token `k`, reflexive or not ("de fusionner", "de
/// se rencontrer", "de s'entendre"); never a name ("arrêté à Nanterre").
fn verb_at(tokens: &[Token], text: &str, k: usize) -> bool {
    let infinitive = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| !t.capitalized && is_french_infinitive(&text[t.span.clone()]))
    };
    infinitive(k)
        || tokens
            .get(k)
            .is_some_and(|t| matches!(t.norm.as_str(), "se" | "s"))
            && infinitive(k + 1)
}

/// Words an English party (an addressee, the one accused) opens on when it
/// is no name: "asked the government", "accused its rival".
const EN_PARTY_OPENERS: &[&str] = &["the", "a", "an", "its", "his", "her", "their"];

/// Words an addressee may hold between a directive cue and its object.
const ADDRESSEE_WORDS: usize = 10;

/// Is folded word `w` an accusation or a suspicion ("accusé", "soupçonne",
/// "reproche", "accused", "suspected")? What it is of is a party's charge,
/// not a fact, whether a verb or a noun says it.
pub fn is_accusation(w: &str) -> bool {
    ["accus", "soupcon", "reproch", "suspect"]
        .iter()
        .any(|p| w.starts_with(p))
}

/// After an intention cue at token `i`, its object, then "de"/"d'" and a
/// verb in French, "of" and a gerund in English: the party accused or
/// suspected and what of ("accuse le Maroc d'avoir utilisé", "soupçonne
/// l'ancien ministre d'avoir touché", "reproche à Lucia Ferran d'avoir
/// réduit", "accused Morocco of using", "accused her of having cut"). The
/// token of "de"/"of". The object opens on a determiner, a name or an
/// English pronoun.
fn accused_then_object(text: &str, tokens: &[Token], i: usize, lang: Lang) -> Option<usize> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    // (the French party of "reprocher" follows "à")
    let first = match lang {
        Lang::Fr if matches!(word(i + 1), "a" | "au" | "aux") => i + 2,
        _ => i + 1,
    };
    if lang == Lang::En && matches!(word(first), "him" | "them" | "it" | "us" | "me" | "you") {
        return (word(first + 1) == "of" && word(first + 2).ends_with("ing")).then_some(first + 1);
    }
    let opens = word(first - 1) == "au"
        || word(first - 1) == "aux"
        || match lang {
            Lang::Fr => matches!(
                word(first),
                "le" | "la"
                    | "les"
                    | "l"
                    | "un"
                    | "une"
                    | "des"
                    | "son"
                    | "sa"
                    | "ses"
                    | "leur"
                    | "leurs"
                    | "ce"
                    | "cette"
                    | "ces"
            ),
            Lang::En => EN_PARTY_OPENERS.contains(&word(first)),
        }
        || tokens.get(first).is_some_and(|t| t.capitalized);
    if !opens {
        return None;
    }
    for k in first + 1..(first + ADDRESSEE_WORDS + 1).min(tokens.len()) {
        // (an apposition between commas stays in the party: "accuse l'ancien
        // maire, Paul Mercadier, d'avoir détourné"; a clause does not)
        let gap = &text[tokens[k - 1].span.end..tokens[k].span.start];
        let apposed = gap.trim() == ",";
        if (!apposed && super::binding::broken(text, &tokens[k - 1], &tokens[k]))
            || matches!(word(k), "que" | "qu" | "that" | "if" | "si")
            || RELATIVE_WORDS.contains(&word(k))
        {
            return None;
        }
        let object = match lang {
            Lang::Fr => matches!(word(k), "de" | "d") && verb_at(tokens, text, k + 1),
            Lang::En => word(k) == "of" && word(k + 1).ends_with("ing"),
        };
        if object {
            return Some(k);
        }
    }
    None
}

/// After directive cue `i`, an addressee and then the request's object:
/// "à"/"au"/"aux" and a noun phrase, then "de"/"d'" and an infinitive ("a
/// demandé au gouvernement de la nation d'enquêter"); in English a noun
/// phrase and "to" and a verb ("asked the government to investigate",
/// "urged the company to stop"). The place of "de"/"to", when the words
/// between hold no punctuation and no verb of their own.
fn addressee_then_object(text: &str, tokens: &[Token], i: usize, lang: Lang) -> Option<usize> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    // (a call's addressee comes first in French, its object after "à": "a
    // appelé le maire à démissionner"; in English after "on": "called on
    // the mayor to resign")
    let call = calls_on(word(i), lang);
    let first = match lang {
        Lang::Fr if call => i + 1,
        Lang::Fr if matches!(word(i + 1), "a" | "au" | "aux") => i + 2,
        Lang::Fr => return None,
        Lang::En if call && matches!(word(i + 1), "on" | "upon") => i + 2,
        Lang::En => i + 1,
    };
    // an English addressee opens on a determiner or a name: "asked the
    // government", "urged Sony"; not "asked questions to"
    if lang == Lang::En
        && !(EN_PARTY_OPENERS.contains(&word(first))
            || tokens.get(first).is_some_and(|t| t.capitalized))
    {
        return None;
    }
    for k in first..(first + ADDRESSEE_WORDS + 1).min(tokens.len()) {
        if k > i + 1 && super::binding::broken(text, &tokens[k - 1], &tokens[k])
            || matches!(word(k), "que" | "qu" | "that" | "if" | "si")
        {
            return None;
        }
        let object = match lang {
            Lang::Fr if call => word(k) == "a" && k > first && verb_at(tokens, text, k + 1),
            Lang::Fr => matches!(word(k), "de" | "d") && verb_at(tokens, text, k + 1),
            Lang::En => word(k) == "to" && k > first,
        };
        if object {
            return Some(k);
        }
    }
    None
}

/// Verbs that call on someone to act, their addressee before the act: "a
/// appelé le maire à démissionner", "exhorte le gouvernement à agir",
/// "incite les habitants à partir", "called on the mayor to resign"
/// (folded; French by their start, English by their forms).
fn calls_on(w: &str, lang: Lang) -> bool {
    match lang {
        Lang::Fr => {
            ["appel", "exhort", "incit"]
                .iter()
                .any(|p| w.starts_with(p))
                && w.len() > 5
        }
        Lang::En => matches!(w, "call" | "calls" | "called" | "calling"),
    }
}

/// French verbs of will and hope, and "censé" (supposed), followed by an
/// infinitive without "de" (folded).
const FRENCH_WILL: &[&str] = &[
    "cense",
    "censee",
    "censes",
    "censees",
    "espere",
    "esperent",
    "esperait",
    "esperaient",
    "esperer",
    "veut",
    "veulent",
    "voulait",
    "voulaient",
    "vouloir",
    "souhaite",
    "souhaitent",
    "souhaitait",
    "souhaitaient",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn negated(text: &str, lang: Lang) -> bool {
        !find_negations(text, &tokenize(text), lang).is_empty()
    }

    fn hedged(text: &str, lang: Lang) -> bool {
        !find_hedges(&tokenize(text), lang).is_empty()
    }

    #[test]
    fn negations() {
        let table = [
            ("NSO n'a pas souhaité commenter", Lang::Fr, true),
            (
                "Ni le bureau du Premier ministre, ni NSO, n'ont fait de commentaires",
                Lang::Fr,
                true,
            ),
            ("ne bénéficient d'aucune protection", Lang::Fr, true),
            ("Il n'a jamais dit cela", Lang::Fr, true),
            ("aucune certitude n'est apparue", Lang::Fr, true),
            (
                "Israël ne donnait des autorisations qu'à des États",
                Lang::Fr,
                false,
            ),
            (
                "Les téléphones bénéficient déjà de cette interdiction",
                Lang::Fr,
                false,
            ),
            ("Il ne reste plus rien", Lang::Fr, true),
            // "not ... until" asserts, later
            (
                "The mayor did not approve the project until March",
                Lang::En,
                false,
            ),
            // ... an "until" of another clause does not
            (
                "The mayor did not approve the project, which ran until March",
                Lang::En,
                true,
            ),
            (
                "The mayor did not approve the plan that ran until March",
                Lang::En,
                true,
            ),
            // a negative pronoun for subject, before its "ne"
            ("Personne n'est mort pendant la tempête", Lang::Fr, true),
            ("Rien n'indique que le feu était criminel", Lang::Fr, true),
            ("Nul n'est censé ignorer la loi", Lang::Fr, true),
            ("Selon la police, personne n'a été blessé", Lang::Fr, true),
            // ... not the noun "personne" after its determiner
            ("La personne ne sera pas nommée", Lang::Fr, true),
            ("Chaque personne ne paie que sa part", Lang::Fr, false),
            ("CVS va cesser de vendre sa marque", Lang::Fr, true),
            ("le groupe a renoncé à son projet", Lang::Fr, true),
            ("la police a arrêté le suspect", Lang::Fr, false),
            // arrested somewhere, at some time: no act stopped
            ("Marc Dulac a été arrêté à Halden", Lang::Fr, false),
            ("Marc Dulac a été arrêté à Nanterre", Lang::Fr, false),
            ("Le suspect a été arrêté dans la nuit", Lang::Fr, false),
            ("L'usine a arrêté de produire du papier", Lang::Fr, true),
            // a negated cessation goes on: the two cues cancel
            (
                "Le ministre n'a pas cessé de soutenir le projet",
                Lang::Fr,
                false,
            ),
            (
                "Les ministres ne cessent pas de soutenir le projet",
                Lang::Fr,
                false,
            ),
            (
                "Le ministre n'a jamais renoncé à son projet",
                Lang::Fr,
                false,
            ),
            (
                "The minister never stopped supporting the project",
                Lang::En,
                false,
            ),
            (
                "The minister did not stop supporting the project",
                Lang::En,
                false,
            ),
            (
                "The minister didn't stop supporting the project",
                Lang::En,
                false,
            ),
            // a weak negation is a negation cue (the rules read it as one
            // that says little)
            ("Le prix n'a guère changé", Lang::Fr, true),
            ("The price has hardly changed", Lang::En, true),
            // not yet done
            ("The results are yet to be published", Lang::En, true),
            ("Orvex has yet to confirm the closure", Lang::En, true),
            // a bound, not a negation
            ("No fewer than 300 people were evacuated", Lang::En, false),
            (
                "Not more than 20% of the votes went to him",
                Lang::En,
                false,
            ),
            ("The report is due no later than Friday", Lang::En, false),
            ("No more people were evacuated", Lang::En, true),
            // a negated reluctance asserts the act: "n'a pas hésité à",
            // "ne manque pas de" and an infinitive, "did not hesitate to",
            // "never failed to"
            (
                "Le maire n'a pas hésité à approuver le projet",
                Lang::Fr,
                false,
            ),
            (
                "Le maire n'hésite pas à critiquer le projet",
                Lang::Fr,
                false,
            ),
            (
                "Le maire ne manque pas de rappeler ses engagements",
                Lang::Fr,
                false,
            ),
            (
                "The mayor did not hesitate to approve the plan",
                Lang::En,
                false,
            ),
            ("The mayor never failed to vote", Lang::En, false),
            // ... not a lack negated with its noun, nor a failure without
            // its verb
            ("Le maire ne manque pas de ressources", Lang::Fr, true),
            ("The plan did not fail", Lang::En, true),
            // ... not across another word: no intention to stop is not
            // buying
            (
                "Elle n'avait pas l'intention d'arrêter d'acheter les produits",
                Lang::Fr,
                true,
            ),
            ("He did not say he would stop selling", Lang::En, true),
            ("la cessation des hostilités", Lang::Fr, false),
            ("The company stopped selling the pills", Lang::En, true),
            ("The bus stopped at the station", Lang::En, false),
            ("NSO did not comment", Lang::En, true),
            ("NSO didn't comment", Lang::En, true),
            ("NSO declined to comment", Lang::En, true),
            // a refusal negates the verb after "to" / "de", in both
            // languages, unless itself negated
            ("The insurer refuses to say", Lang::En, true),
            (
                "L'assureur a refusé de dire si les tableaux étaient assurés",
                Lang::Fr,
                true,
            ),
            ("Le ministre refuse d'aborder la question", Lang::Fr, true),
            ("Le refus de signer a surpris", Lang::Fr, false),
            ("There is no evidence", Lang::En, true),
            ("He never said it", Lang::En, true),
            ("NSO commented on the meeting", Lang::En, false),
            ("not only France but also Spain", Lang::En, false),
            ("The phones are protected", Lang::En, false),
            // "non" said of something denies it; inside a noun phrase it
            // names another group
            (
                "tous avec le vaccin Janssen, non-autorisé pour les mineurs",
                Lang::Fr,
                true,
            ),
            ("ce produit est non conforme", Lang::Fr, true),
            ("The agreement is non-binding", Lang::En, true),
            (
                "les personnes non vaccinées sont plus exposées",
                Lang::Fr,
                false,
            ),
            ("le traité de non-prolifération nucléaire", Lang::Fr, false),
            (
                "non seulement la France mais aussi l'Espagne",
                Lang::Fr,
                false,
            ),
            ("elles dépendent des États et non de l'UE", Lang::Fr, false),
            ("a non-profit organisation", Lang::En, false),
            // certainty, not negation
            ("Il ne fait aucun doute que le retard pèse", Lang::Fr, false),
            ("C'est sans aucun doute le plus grand", Lang::Fr, false),
            ("Nul doute que la France gagnera", Lang::Fr, false),
            ("There is no doubt that the delay weighs", Lang::En, false),
            ("Il n'a à aucun moment évoqué le code", Lang::Fr, true),
            ("He at no time mentioned the code", Lang::En, true),
        ];
        for (text, lang, expected) in table {
            assert_eq!(negated(text, lang), expected, "{text}");
        }
    }

    /// "far from" / "loin de" before a place or a thing is no negation.
    #[test]
    fn far_from_a_place_is_no_negation() {
        for (text, lang) in [
            ("Marc Dulac lives far from the city", Lang::En),
            ("Marc Dulac lives far from Halden", Lang::En),
            ("Marc Dulac vit loin de Halden", Lang::Fr),
            ("Marc Dulac vit loin de sa famille", Lang::Fr),
            ("Il vit loin d'ici", Lang::Fr),
        ] {
            assert!(
                find_negations(text, &tokenize(text), lang).is_empty(),
                "{text}"
            );
        }
    }

    #[test]
    fn negation_cues_read_as_written() {
        let table = [
            ("NSO n'a pas souhaité commenter", Lang::Fr, "n'a pas"),
            ("il ne l'a jamais dit", Lang::Fr, "ne l'a jamais"),
            (
                "Ni le ministère, ni NSO, n'ont fait de commentaires",
                Lang::Fr,
                "ni … n'",
            ),
            ("the company didn't comment", Lang::En, "didn't"),
            ("the company did not comment", Lang::En, "not"),
            // a negative adverbial takes its noun: the verb after is negated
            (
                "Un spermatozoïde ne peut en aucun cas interagir avec l'ARN",
                Lang::Fr,
                "ne peut en aucun cas",
            ),
            ("sans à aucun moment évoquer le code", Lang::Fr, "sans"),
            // (cue words are folded)
            (
                "Il n'a à aucun moment évoqué le code",
                Lang::Fr,
                "n'a a aucun moment",
            ),
            ("the vaccine in no way alters DNA", Lang::En, "no way"),
            // "nulle part": nowhere
            (
                "Le communiqué ne fait nulle part mention des hôpitaux",
                Lang::Fr,
                "ne fait nulle part",
            ),
            ("L'assureur a refusé de dire si", Lang::Fr, "refuse de"),
            ("The insurer refused to say whether", Lang::En, "refused to"),
            // "far from" / "loin de" before what it denies
            ("la grève est loin d'être terminée", Lang::Fr, "loin d'"),
            ("la loi est loin de régler le problème", Lang::Fr, "loin de"),
            (
                "the law is far from solving the problem",
                Lang::En,
                "far from",
            ),
        ];
        for (text, lang, expected) in table {
            let cues = find_negations(text, &tokenize(text), lang);
            assert_eq!(
                cues.first().map(|c| c.words.as_str()),
                Some(expected),
                "{text}"
            );
        }
        // a refusal that is itself negated is no second negation
        let cues = {
            let text = "Le ministre n'a pas refusé de signer";
            find_negations(text, &tokenize(text), Lang::Fr)
        };
        assert_eq!(cues.len(), 1, "{cues:?}");
    }

    #[test]
    fn hedges() {
        let table = [
            ("Quatorze ministres auraient été visés", Lang::Fr, true),
            ("le logiciel aurait permis d'espionner", Lang::Fr, true),
            ("le présumé espion", Lang::Fr, true),
            ("les cibles potentielles du logiciel", Lang::Fr, true),
            ("Quatorze ministres ont été visés", Lang::Fr, false),
            // an imperfect or a noun ending like a conditional
            ("La brigade se procurait des armes", Lang::Fr, false),
            ("Le ministre déclarait la guerre", Lang::Fr, false),
            ("Le retrait des troupes a commencé", Lang::Fr, false),
            ("Le groupe espérait un accord", Lang::Fr, false),
            ("Le groupe espérerait un accord", Lang::Fr, true),
            // the future of a past report is no reserve
            (
                "Le groupe a annoncé que l'usine fermerait en juin",
                Lang::Fr,
                false,
            ),
            (
                "Il n'a pas écrit dans son livre que des épidémies élimineraient 4 milliards de personnes",
                Lang::Fr,
                false,
            ),
            ("Le maire avait assuré qu'il viendrait", Lang::Fr, false),
            // the past conditional stays the press's reserve
            (
                "L'enquête avait révélé que le logiciel aurait permis d'espionner 180 journalistes",
                Lang::Fr,
                true,
            ),
            (
                "The report said the phone would have been targeted",
                Lang::En,
                true,
            ),
            // ... but a report now, or a conditional of its own, is
            (
                "Le groupe annonce que l'usine fermerait en juin",
                Lang::Fr,
                true,
            ),
            (
                "Le ministre a démissionné et l'usine fermerait",
                Lang::Fr,
                true,
            ),
            ("Ministers were allegedly targeted", Lang::En, true),
            (
                "The group announced that the plant would close",
                Lang::En,
                false,
            ),
            (
                "The union said it would ballot its members",
                Lang::En,
                false,
            ),
            ("The union says it would ballot its members", Lang::En, true),
            ("The plant would close if sales fell", Lang::En, true),
            ("Pegasus may have been used", Lang::En, true),
            ("according to Amnesty", Lang::En, true),
            ("Ministers were targeted", Lang::En, false),
        ];
        for (text, lang, expected) in table {
            assert_eq!(hedged(text, lang), expected, "{text}");
        }
    }

    #[test]
    fn denials() {
        let table = [
            ("ce que NSO réfute", Lang::Fr, true),
            ("Des affirmations que Rabat a démenties", Lang::Fr, true),
            (
                "Le royaume chérifien conteste son implication",
                Lang::Fr,
                true,
            ),
            ("Le gouvernement nie toute implication", Lang::Fr, true),
            ("Le ministère a confirmé la rencontre", Lang::Fr, false),
            ("la niece du ministre", Lang::Fr, false),
            ("The company denied the allegations", Lang::En, true),
            ("NSO disputes the findings", Lang::En, true),
            ("NSO confirmed the findings", Lang::En, false),
            ("Weather forecasters ruled out more rain", Lang::En, true),
            ("The bank rules out a merger", Lang::En, true),
            ("The court ruled that the law was void", Lang::En, false),
            ("The party ruled the city for years", Lang::En, false),
            ("Météo-France a exclu toute nouvelle pluie", Lang::Fr, true),
            ("La police écarte l'hypothèse d'un attentat", Lang::Fr, true),
            (
                "Le ministre a exclu la possibilité d'un accord",
                Lang::Fr,
                true,
            ),
            ("Le parti a exclu le député", Lang::Fr, false),
            ("Il a écarté les branches", Lang::Fr, false),
        ];
        for (text, lang, expected) in table {
            assert_eq!(
                !find_denials(&tokenize(text), lang).is_empty(),
                expected,
                "{text}"
            );
        }
    }

    fn conditions(text: &str, lang: Lang) -> Vec<String> {
        let tokens = tokenize(text);
        find_conditions(text, &tokens, lang)
            .iter()
            .map(|c| {
                text[tokens[c.tokens.start].span.start..tokens[c.tokens.end - 1].span.end]
                    .to_string()
            })
            .collect()
    }

    fn intentions(text: &str, lang: Lang) -> Vec<(String, String)> {
        let tokens = tokenize(text);
        find_intentions(text, &tokens, lang)
            .iter()
            .map(|c| {
                let clause =
                    &text[tokens[c.tokens.start].span.start..tokens[c.tokens.end - 1].span.end];
                (c.words.clone(), clause.to_string())
            })
            .collect()
    }

    /// (text, language, [(cue words, clause)])
    type AimRow<'a> = (&'a str, Lang, &'a [(&'a str, &'a str)]);

    #[test]
    fn aims_and_attempts() {
        let table: &[AimRow] = &[
            (
                "Le groupe a tenté de racheter le moulin, sans succès.",
                Lang::Fr,
                &[("tente de", "tenté de racheter le moulin")],
            ),
            (
                "Les deux banques ont annoncé leur intention de fusionner.",
                Lang::Fr,
                &[("intention de", "intention de fusionner")],
            ),
            (
                "Il cherchait à acquérir une influence.",
                Lang::Fr,
                &[("cherchait a", "cherchait à acquérir une influence")],
            ),
            (
                "UFJ veut fusionner avec Mitsubishi.",
                Lang::Fr,
                &[("veut", "veut fusionner avec Mitsubishi")],
            ),
            (
                "The airlines plan to merge next year.",
                Lang::En,
                &[("plan to", "plan to merge next year")],
            ),
            (
                "He tried to persuade a banker; the banker refused.",
                Lang::En,
                &[("tried to", "tried to persuade a banker")],
            ),
            // a promise, an offer
            (
                "Lucia Ferran pledged to rebuild the homes.",
                Lang::En,
                &[("pledged to", "pledged to rebuild the homes")],
            ),
            (
                "The minister offered to resign.",
                Lang::En,
                &[("offered to", "offered to resign")],
            ),
            (
                "Lucia Ferran a promis de reconstruire les maisons.",
                Lang::Fr,
                &[("promis de", "promis de reconstruire les maisons")],
            ),
            (
                "Elle s'est engagée à reconstruire les maisons.",
                Lang::Fr,
                &[("engagee a", "engagée à reconstruire les maisons")],
            ),
            // what one is supposed to do, or accused of
            (
                "The bridge was supposed to open in 2024.",
                Lang::En,
                &[("supposed to", "supposed to open in 2024")],
            ),
            (
                "Le pont était censé ouvrir en 2024.",
                Lang::Fr,
                &[("cense", "censé ouvrir en 2024")],
            ),
            (
                "The mayor is accused of taking bribes.",
                Lang::En,
                &[("accused of", "accused of taking bribes")],
            ),
            (
                "Le maire est accusé d'avoir touché des pots-de-vin.",
                Lang::Fr,
                &[("accuse d'", "accusé d'avoir touché des pots-de-vin")],
            ),
            (
                "The mayor was accused of corruption.",
                Lang::En,
                &[("accused of", "accused of corruption")],
            ),
            // the party accused or suspected before what of
            (
                "Amnesty accused Morocco of using the software.",
                Lang::En,
                &[("accused of", "accused Morocco of using the software")],
            ),
            (
                "The opposition accused her of having cut the budget.",
                Lang::En,
                &[("accused of", "accused her of having cut the budget")],
            ),
            (
                "Amnesty accuse le Maroc d'avoir utilisé le logiciel.",
                Lang::Fr,
                &[("accuse d'", "accuse le Maroc d'avoir utilisé le logiciel")],
            ),
            (
                "L'opposition reproche à Lucia Ferran d'avoir réduit le budget.",
                Lang::Fr,
                &[(
                    "reproche d'",
                    "reproche à Lucia Ferran d'avoir réduit le budget",
                )],
            ),
            (
                "L'association accuse l'ancien maire, Paul Mercadier, d'avoir détourné des fonds.",
                Lang::Fr,
                &[(
                    "accuse d'",
                    "accuse l'ancien maire, Paul Mercadier, d'avoir détourné des fonds",
                )],
            ),
            (
                "Le maire est soupçonné de corruption.",
                Lang::Fr,
                &[("soupconne de", "soupçonné de corruption")],
            ),
            (
                "Le maire, soupçonné d'avoir touché des pots-de-vin, a démissionné.",
                Lang::Fr,
                &[("soupconne d'", "soupçonné d'avoir touché des pots-de-vin")],
            ),
            // a suspect is no suspicion
            ("Le suspect a été arrêté.", Lang::Fr, &[]),
            ("The suspect was accused.", Lang::En, &[]),
            // what is aimed at or of interest; a purpose
            (
                "The fund backs a programme aimed at extending loans to farmers.",
                Lang::En,
                &[("aimed at", "aimed at extending loans to farmers")],
            ),
            (
                "Un programme visant à étendre les prêts aux agriculteurs.",
                Lang::Fr,
                &[("visant a", "visant à étendre les prêts aux agriculteurs")],
            ),
            (
                "Gazprom is interested in acquiring a stake in the pipeline.",
                Lang::En,
                &[(
                    "interested in",
                    "interested in acquiring a stake in the pipeline",
                )],
            ),
            (
                "Gazprom a manifesté son intérêt pour acquérir une participation.",
                Lang::Fr,
                &[("interet pour", "intérêt pour acquérir une participation")],
            ),
            (
                "Ils ont comploté en vue de participer aux attentats.",
                Lang::Fr,
                &[("vue de", "vue de participer aux attentats")],
            ),
            (
                "They conspired with a view to taking part in the attacks.",
                Lang::En,
                &[("view to", "view to taking part in the attacks")],
            ),
            // what one is required or sentenced to do
            (
                "Orvex is required to pay 2 million euros to the victims.",
                Lang::En,
                &[(
                    "required to",
                    "required to pay 2 million euros to the victims",
                )],
            ),
            (
                "Orvex a été condamnée à verser 2 millions d'euros aux victimes.",
                Lang::Fr,
                &[(
                    "condamnee a",
                    "condamnée à verser 2 millions d'euros aux victimes",
                )],
            ),
            (
                "Le tribunal a condamné mardi la société Orvex à verser 2 millions d'euros.",
                Lang::Fr,
                &[(
                    "condamne a",
                    "condamné mardi la société Orvex à verser 2 millions d'euros",
                )],
            ),
            ("Orvex a été condamnée à une amende.", Lang::Fr, &[]),
            ("Le maire a condamné l'attaque à Halden.", Lang::Fr, &[]),
            // an interest that is no aim; a cause
            ("Interest in the company rose sharply.", Lang::En, &[]),
            ("Il a perdu tout intérêt pour avoir menti.", Lang::Fr, &[]),
            ("La vue de la mer est belle.", Lang::Fr, &[]),
            // refusals, nouns, "veut dire", adjectives in -ère: no aim
            ("NSO n'a pas souhaité commenter.", Lang::Fr, &[]),
            ("NSO did not want to comment.", Lang::En, &[]),
            ("une tentative de coup d'État", Lang::Fr, &[]),
            ("Cela veut dire que tout change.", Lang::Fr, &[]),
            ("une menace particulière pour l'Amérique", Lang::Fr, &[]),
            ("The plan was approved.", Lang::En, &[]),
            // requests and proposals: a "que"/"that" clause or an infinitive
            (
                "Il a proposé que les téléphones soient déclarés intouchables, selon Axios.",
                Lang::Fr,
                &[(
                    "propose que",
                    "proposé que les téléphones soient déclarés intouchables",
                )],
            ),
            (
                "Hulata a suggéré que NSO ne puisse plus cibler ces téléphones.",
                Lang::Fr,
                &[(
                    "suggere que",
                    "suggéré que NSO ne puisse plus cibler ces téléphones",
                )],
            ),
            (
                "Le ministre a demandé de suspendre les ventes.",
                Lang::Fr,
                &[("demande de", "demandé de suspendre les ventes")],
            ),
            (
                "The regulator demanded that the company stop the sales.",
                Lang::En,
                &[("demanded that", "demanded that the company stop the sales")],
            ),
            (
                "He was asked to resign.",
                Lang::En,
                &[("asked to", "asked to resign")],
            ),
            // a necessity: what must be done is not done
            (
                "D'abord il faut que les faits soient prouvés.",
                Lang::Fr,
                &[("faut que", "faut que les faits soient prouvés")],
            ),
            (
                "It is necessary to verify the claims first.",
                Lang::En,
                &[("necessary to", "necessary to verify the claims first")],
            ),
            // the addressee before the object
            (
                "Le groupe a demandé au gouvernement de la nation d'enquêter sur Sony.",
                Lang::Fr,
                &[(
                    "demande d'",
                    "demandé au gouvernement de la nation d'enquêter sur Sony",
                )],
            ),
            (
                "The group asked the government to investigate Sony.",
                Lang::En,
                &[("asked to", "asked the government to investigate Sony")],
            ),
            (
                "Les syndicats ont exigé aux patrons de rouvrir l'usine.",
                Lang::Fr,
                &[("exige de", "exigé aux patrons de rouvrir l'usine")],
            ),
            (
                "L'Iran a demandé aux présidents de l'Irak et de la Syrie de se rencontrer à Téhéran.",
                Lang::Fr,
                &[(
                    "demande de",
                    "demandé aux présidents de l'Irak et de la Syrie de se rencontrer à Téhéran",
                )],
            ),
            (
                "Les deux pays ont l'intention de s'entendre sur un prix.",
                Lang::Fr,
                &[("intention de", "intention de s'entendre sur un prix")],
            ),
            // a request whose object is a noun, even with an addressee
            (
                "Il a demandé aux juges de Paris une nouvelle enquête.",
                Lang::Fr,
                &[],
            ),
            ("They asked questions to the minister.", Lang::En, &[]),
            // a call on someone to act, its addressee first
            (
                "L'opposition a appelé le maire à démissionner.",
                Lang::Fr,
                &[("appele a", "appelé le maire à démissionner")],
            ),
            (
                "The opposition called on the mayor to resign.",
                Lang::En,
                &[("called to", "called on the mayor to resign")],
            ),
            // ... not a call made, nor one to a place
            ("Marc Dulac a appelé le maire à 9 heures.", Lang::Fr, &[]),
            ("Firefighters were called to the plant.", Lang::En, &[]),
            (
                "The union demanded the resignation of the minister, to general surprise.",
                Lang::En,
                &[],
            ),
            // a request whose object is a noun states nothing unasserted
            (
                "Macron a demandé un renforcement des protocoles.",
                Lang::Fr,
                &[],
            ),
            ("The minister proposed a new law.", Lang::En, &[]),
            ("Il a proposé une solution.", Lang::Fr, &[]),
        ];
        for (text, lang, want) in table {
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(w, c)| (w.to_string(), c.to_string()))
                .collect();
            assert_eq!(intentions(text, *lang), want, "{text}");
        }
    }

    #[test]
    fn conditions_and_embedded_questions() {
        let table: &[(&str, Lang, &[&str])] = &[
            (
                "Si les faits sont avérés, ils sont très graves.",
                Lang::Fr,
                &["Si les faits sont avérés"],
            ),
            (
                "la France souhaite savoir « si Israël a effectivement ouvert une enquête » sur NSO",
                Lang::Fr,
                &["si Israël a effectivement ouvert une enquête"],
            ),
            (
                "l'enquête ne disait pas si les téléphones avaient été infectés",
                Lang::Fr,
                &["si les téléphones avaient été infectés"],
            ),
            (
                "Il a demandé s'il pouvait venir.",
                Lang::Fr,
                &["s'il pouvait venir"],
            ),
            ("C'est si grave que personne ne vient.", Lang::Fr, &[]),
            // concessive: asserted
            (
                "Le projet a échoué, même s'ils contrôlent les deux chambres.",
                Lang::Fr,
                &[],
            ),
            (
                "Même si Orvane dément, les livraisons ont repris.",
                Lang::Fr,
                &[],
            ),
            // ... unless a conditional makes the sentence a hypothesis
            (
                "Même s'il était élu, il ne pourrait pas gouverner.",
                Lang::Fr,
                &["s'il était élu"],
            ),
            (
                "Axios does not say whether the proposal was accepted.",
                Lang::En,
                &["whether the proposal was accepted"],
            ),
            (
                "If confirmed, the facts are serious.",
                Lang::En,
                &["If confirmed"],
            ),
            ("The proposal was accepted.", Lang::En, &[]),
        ];
        for (text, lang, want) in table {
            assert_eq!(conditions(text, *lang), *want, "{text}");
        }
    }
}

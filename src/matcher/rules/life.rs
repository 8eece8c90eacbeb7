//! Life and death: the claim says someone is alive or survived, the window
//! that the same one died, or the other way round ("Le père Cuevas est bien
//! vivant" / "Cuevas ... est décédé", "The soldiers on the island are
//! alive" / "Des soldats ... sont morts sur l'île"). WordNet's antonyms
//! hold "alive" / "dead" but not "died", "killed" or "décédé", and a
//! death hoax is among the commonest claims a fact-checker meets; the
//! states are a closed class of both languages, read here.
//!
//! Read without a parser, so with care for whose life it is: the window's
//! word of life or death must stand right after its subject (over the
//! verb's auxiliaries and adverbs, and over one apposition between
//! commas: "Father Cuevas, a priest in Lima, is dead"), that subject must
//! be words of the claim's own subject, not the complement of another
//! noun ("le frère de Jean Roux est mort"), and every word of the claim's
//! subject must be found in that sentence. "Killed" and "tué" are a
//! death only in the passive ("a été tué"; "Jean a tué" is the killer's
//! act). A death is for good, so a claim that someone is alive now, with
//! no time, is contradicted by a death at any time, and a death by a
//! window that says they are alive now; alive at a time against dead at
//! that time only keeps the window from supporting (the same month is not
//! the same day). Surviving an event is contradicted
//! only by a death in that event (a claim word after it found there, no
//! "later" or "after" on either side: "survived the crash" is not denied
//! by "died in hospital two days after the crash").
//!
//! Contradicts when the rest of the claim is stated (the opposite rule's
//! bar); with less, the window still says the claim's subject is dead or
//! alive and keeps it from supporting.

use super::{Rule, facts_agree, negated_at, settled, word_against_word};
use crate::facts::Facts;
use crate::matcher::context::{MatchContext, carries_meaning};
use crate::matcher::finding::{Effect, Finding, Kind};
use crate::text::Lang;

pub struct LifeRule;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Life {
    /// alive now or then ("alive", "vivant", "en vie")
    Alive,
    /// came through an event alive ("survived", "a survécu")
    Survived,
    Dead,
}

/// Words of being alive (folded). "Living" and "vit" are left out: "living
/// in Lyon", "vit à Lyon" say where.
const ALIVE: &[&str] = &["alive", "vivant", "vivante", "vivants", "vivantes"];

/// Words of surviving an event (folded).
const SURVIVED: &[&str] = &[
    "survived",
    "survive",
    "survives",
    "survecu",
    "survit",
    "survivent",
];

/// Verbs of dying, and their participles (folded): the subject is the
/// one who died.
const DIED: &[&str] = &[
    "died", "dies", "perished", "decede", "decedee", "decedes", "decedees", "decedent",
];

/// Adjectives and participles of being dead that are also nouns ("la mort
/// de", "trois morts", "the dead"): dead only after no determiner or
/// figure (folded).
const DEAD: &[&str] = &["dead", "deceased", "mort", "morte", "morts", "mortes"];

/// Participles of being killed: a death only in the passive ("a été tué",
/// "was killed"); in the active they are the killer's act (folded).
const KILLED: &[&str] = &[
    "killed",
    "murdered",
    "assassinated",
    "tue",
    "tuee",
    "tues",
    "tuees",
    "assassine",
    "assassinee",
    "assassines",
    "assassinees",
];

/// Words before which "mort" and "dead" are nouns (folded).
const NOUN_OPENERS: &[&str] = &[
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "sa", "son", "ses", "leur",
    "leurs", "ce", "cette", "ces", "the", "a", "his", "her", "their", "its",
];

/// Words between a subject and its word of life or death: auxiliaries,
/// copulas, adverbs of time or emphasis (folded). "still alive",
/// "est toujours en vie", "s'est éteint": the subject stands before them.
const VERB_GROUP: &[&str] = &[
    "est",
    "sont",
    "etait",
    "etaient",
    "fut",
    "furent",
    "a",
    "ont",
    "avait",
    "avaient",
    "ete",
    "se",
    "s",
    "bien",
    "toujours",
    "encore",
    "deja",
    "aussi",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "been",
    "be",
    "still",
    "already",
    "also",
    "reportedly",
    "en",
];

/// Copulas of the present: a claim that someone "is" alive speaks of now.
const PRESENT_COPULAS: &[&str] = &["est", "sont", "is", "are", "reste", "restent", "remains"];

/// Words that put a death after the event survived (folded).
const LATER: &[&str] = &[
    "later",
    "after",
    "afterwards",
    "subsequently",
    "apres",
    "tard",
    "suites",
    "ensuite",
];

/// "of" words: a subject after one is the complement of another noun.
const OF: &[&str] = &["de", "du", "des", "d", "of"];

/// Tokens the complement of a subject's noun may hold ("de Valmont", "du
/// braquage de la rue Neuve").
const COMPLEMENT_REACH: usize = 4;

/// Tokens an apposition between commas may hold.
const APPOSITION_REACH: usize = 15;

/// Words that make the state after them a report or a fear, not a fact:
/// "annoncé mort", "donné pour mort", "presumed dead", "feared dead",
/// "reported killed" (folded).
const REPORTED: &[&str] = &[
    "annonce",
    "annoncee",
    "annonces",
    "annoncees",
    "pour",
    "presume",
    "presumee",
    "presumes",
    "presumees",
    "suppose",
    "supposee",
    "supposes",
    "supposees",
    "reported",
    "rumoured",
    "rumored",
    "feared",
    "presumed",
    "believed",
    "thought",
];

/// Is token `t` of `f` a state only reported or feared ("annoncé mort",
/// "a été donné pour mort", "feared dead")?
fn reported(f: &Facts, t: usize) -> bool {
    let word = |k: usize| f.tokens.get(k).map_or("", |x| x.norm.as_str());
    let before = t.checked_sub(1).map_or("", word);
    REPORTED.contains(&before) || before == "ete" && t >= 2 && REPORTED.contains(&word(t - 2))
}

/// The state token `t` of `f` says, if it is a word of life or death
/// asserted as such.
fn life_of(f: &Facts, t: usize) -> Option<Life> {
    let word = |k: usize| f.tokens.get(k).map_or("", |x| x.norm.as_str());
    let norm = word(t);
    let before = t.checked_sub(1).map_or("", word);
    if reported(f, t) {
        return None;
    }
    // "a perdu la vie", "lost his life", "passed away": the verb is the word
    let (next, after_next) = (word(t + 1), word(t + 2));
    let lost_life = matches!(norm, "perdu" | "perdus" | "perdue" | "perdues")
        && matches!(next, "la" | "leur")
        && after_next == "vie"
        || norm == "lost"
            && matches!(next, "his" | "her" | "their")
            && matches!(after_next, "life" | "lives");
    if lost_life || norm == "passed" && next == "away" {
        return Some(Life::Dead);
    }
    if ALIVE.contains(&norm) || norm == "vie" && before == "en" {
        return Some(Life::Alive);
    }
    if SURVIVED.contains(&norm) {
        return Some(Life::Survived);
    }
    if DIED.contains(&norm) {
        return Some(Life::Dead);
    }
    if DEAD.contains(&norm) {
        let noun = NOUN_OPENERS.contains(&before)
            || t > 0 && f.quantities.iter().any(|q| q.tokens.contains(&(t - 1)));
        return (!noun).then_some(Life::Dead);
    }
    if KILLED.contains(&norm) {
        let passive = before == "ete"
            || matches!(f.lang, Lang::En) && super::PASSIVE_AUXILIARIES.contains(&before);
        return passive.then_some(Life::Dead);
    }
    None
}

/// Is token `t` of `f` one of the words this rule reads, whatever its
/// use ("la mort", "a tué")? The opposite rule leaves them here: WordNet's
/// "alive" / "dead" met "a frôlé la mort" and "the dog's owner is dead".
/// ("lost his life", a phrase, is read by [`life_of`] alone: "lost" has
/// opposites of its own.)
pub(crate) fn is_life_word(f: &Facts, t: usize) -> bool {
    let norm = f.tokens[t].norm.as_str();
    [ALIVE, SURVIVED, DIED, DEAD, KILLED]
        .iter()
        .any(|words| words.contains(&norm))
        || norm == "vie" && t > 0 && f.tokens[t - 1].norm == "en"
}

/// Where the window says the state claim token `i` says, in other words:
/// "died" / "est décédé" / "was killed" / "a perdu la vie" / "passed
/// away" (the dictionaries join few of them). The noun of "a perdu la
/// vie", "lost his life", goes with its verb. Asserted states only, the
/// same state exactly: surviving an event is not being alive.
pub(crate) fn same_state_in(
    claim: &Facts,
    i: usize,
    window: &[crate::matcher::sentence::WindowSentence<'_>],
) -> Option<(usize, usize)> {
    let noun_of_phrase = matches!(claim.tokens[i].norm.as_str(), "vie" | "life" | "lives")
        && i >= 2
        && life_of(claim, i - 2) == Some(Life::Dead);
    let state = if noun_of_phrase {
        Life::Dead
    } else {
        life_of(claim, i)?
    };
    window.iter().enumerate().find_map(|(s, w)| {
        (0..w.facts.tokens.len())
            .find(|&t| life_of(w.facts, t) == Some(state))
            .map(|t| (s, t))
    })
}

/// Are two states incompatible? Alive or survived against dead.
fn apart(a: Life, b: Life) -> bool {
    (a == Life::Dead) != (b == Life::Dead)
}

/// Do token `i` of `a` and token `t` of `b` say opposite states of life?
/// Close in meaning ("survived" / "died" are near neighbours for an
/// encoder), they are never aligned as the same word.
pub(crate) fn lives_apart(a: &Facts, i: usize, b: &Facts, t: usize) -> bool {
    life_of(a, i)
        .zip(life_of(b, t))
        .is_some_and(|(x, y)| apart(x, y))
}

/// The first token of the verb group that ends right before token `t`
/// ("est toujours" before "vivant").
pub(super) fn verb_group_start(f: &Facts, t: usize) -> usize {
    let mut g = t;
    while g > 0 && VERB_GROUP.contains(&f.tokens[g - 1].norm.as_str()) {
        g -= 1;
    }
    g
}

/// Does a comma stand in the text right before token `k` of `f`?
fn comma_before(text: &str, f: &Facts, k: usize) -> bool {
    k > 0 && super::converse::comma_after(text, f, k - 1)
}

/// The token that ends the subject of the word of life at `t` of window
/// sentence `s`: the one right before its verb group, or before the
/// apposition between commas that stands there.
/// The tokens that may end the subject of the word of life at `t` of
/// window sentence `s`: the one right before its verb group and, when an
/// apposition between commas stands there, the one before it ("Father
/// Cuevas, a priest in Lima, is dead"; "Sa mère, Jeanne Lenoir, est
/// décédée": the apposition is the name).
fn subject_ends(cx: &MatchContext<'_>, s: usize, t: usize) -> Vec<usize> {
    let (text, f) = (cx.window[s].text, cx.window[s].facts);
    let g = verb_group_start(f, t);
    let mut ends: Vec<usize> = g.checked_sub(1).into_iter().collect();
    if comma_before(text, f, g)
        && let Some(opened) = (g.saturating_sub(APPOSITION_REACH)..g - 1)
            .rev()
            .find(|&k| comma_before(text, f, k))
    {
        ends.extend(opened.checked_sub(1));
    }
    ends
}

/// The claim's subject: the words that carry meaning before the verb group
/// of its word of life at `i`, figures aside (the number rules compare
/// them: "Deux pompiers" / "Two firefighters").
pub(super) fn claim_subject(claim: &Facts, i: usize) -> Vec<usize> {
    let in_figure = |c: usize| claim.quantities.iter().any(|q| q.tokens.contains(&c));
    (0..verb_group_start(claim, i))
        .filter(|&c| carries_meaning(claim, c) && !in_figure(c))
        .collect()
}

/// Is the window's word of life at `t` of sentence `s` said of the
/// claim's subject (`subject`, claim tokens)? The word right before its
/// verb group is one of them, found there, and the words of the subject
/// run before it are found or joining words: no "of" after a word the
/// claim does not have ("le frère de Jean Roux").
pub(super) fn said_of_subject(
    cx: &MatchContext<'_>,
    s: usize,
    t: usize,
    subject: &[usize],
) -> bool {
    let f = cx.window[s].facts;
    subject_ends(cx, s, t)
        .into_iter()
        .flat_map(|end| {
            // (over the complement of the subject's noun: "Deux pompiers de
            // Valmont ont été ... blessés", "le suspect du braquage")
            let head = (end.saturating_sub(COMPLEMENT_REACH)..end)
                .rev()
                .find(|&k| OF.contains(&f.tokens[k].norm.as_str()))
                .and_then(|k| k.checked_sub(1));
            std::iter::once(end).chain(head)
        })
        .any(|end| subject_ends_at(cx, s, end, subject))
}

/// [`said_of_subject`], for the subject ending at token `end`.
fn subject_ends_at(cx: &MatchContext<'_>, s: usize, end: usize, subject: &[usize]) -> bool {
    // (any place a claim word is written, not only the first the coverage
    // marks: "... l'interpellation d'un suspect. La femme du suspect a été
    // grièvement blessée")
    let claim_token_at = |u: usize| {
        cx.coverage
            .found_with_meaning()
            .find(|&(_, at)| at == (s, u))
            .map(|(c, _)| c)
            .or_else(|| {
                (0..cx.claim.tokens.len())
                    .find(|&c| carries_meaning(cx.claim, c) && cx.writes(c, s, u))
            })
    };
    if !claim_token_at(end).is_some_and(|c| subject.contains(&c)) {
        return false;
    }
    let f = cx.window[s].facts;
    let norm = |k: usize| f.tokens[k].norm.as_str();
    // back over the subject's words, its articles and the "of"s that join
    // them ("le maire de Valmont"), to what stands before it: a noun the
    // claim does not have before an "of" makes it that noun's complement
    // ("le chauffeur du maire de Valmont", "la mère de la reine")
    let mut k = end;
    loop {
        while k > 0
            && (claim_token_at(k - 1).is_some() || super::role::ARTICLES.contains(&norm(k - 1)))
        {
            k -= 1;
        }
        if k < 2 || !OF.contains(&norm(k - 1)) {
            return true;
        }
        if claim_token_at(k - 2).is_none() {
            return !carries_meaning(f, k - 2);
        }
        k -= 1;
    }
}

/// Does a word putting things later stand in `f`'s tokens `within`?
fn says_later(f: &Facts, within: std::ops::Range<usize>) -> bool {
    within
        .filter_map(|k| f.tokens.get(k))
        .any(|x| LATER.contains(&x.norm.as_str()))
}

/// Is the state at token `i` of `f` said in the present: a present copula
/// in its verb group ("est toujours", "is still")?
fn in_present(f: &Facts, i: usize) -> bool {
    let g = verb_group_start(f, i);
    (g..i).any(|k| PRESENT_COPULAS.contains(&f.tokens[k].norm.as_str()))
}

impl Rule for LifeRule {
    fn name(&self) -> &'static str {
        "life"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        let claim = cx.claim;
        if settled(earlier) || !facts_agree(earlier) || claim.negated() {
            return Vec::new();
        }
        let cov = cx.coverage;
        let Some((i, state)) =
            (0..claim.tokens.len()).find_map(|i| life_of(claim, i).map(|l| (i, l)))
        else {
            return Vec::new();
        };
        // where the window writes the claim's word: stated, or only reported
        // ("annoncé mort" does not state it)
        let (reported_at, places): (Vec<_>, Vec<_>) = cov
            .found_with_meaning()
            .filter(|&(x, _)| x == i)
            .map(|(_, at)| at)
            .partition(|&(s, t)| reported(cx.window[s].facts, t));
        // (stated, and its opposite said of the subject as well: "survived
        // the crash but died two days later" for "was killed in the crash")
        let stated = !places.is_empty();
        let subject = claim_subject(claim, i);
        if subject.is_empty() {
            return Vec::new();
        }
        let all_else_stated =
            cov.share_besides(i) >= super::side::SIDE_COVERAGE && cov.missing_names.is_empty();
        for (s, ws) in cx.window.iter().enumerate() {
            let f = ws.facts;
            if !subject.iter().all(|&c| cx.claim_token_in(c, s)) {
                continue;
            }
            let hit = (0..f.tokens.len()).find_map(|t| {
                let l = life_of(f, t).filter(|&l| apart(state, l))?;
                (!negated_at(cx, s, t) && said_of_subject(cx, s, t, &subject)).then_some((t, l))
            });
            let Some((t, window_state)) = hit else {
                continue;
            };
            // the sentence gives the claim's state too, of others, of some
            // or at another time ("Three soldiers died and twelve survived
            // the attack", "a survécu à l'accident, mais il est décédé deux
            // jours plus tard"): neither stated nor denied
            let mixed = stated
                || (0..f.tokens.len()).any(|u| life_of(f, u).is_some_and(|l| !apart(state, l)));
            // surviving an event: a death in that event, not after it
            let event_kept = if state == Life::Survived || window_state == Life::Survived {
                let event_found = (i + 1..claim.tokens.len())
                    .any(|c| carries_meaning(claim, c) && cx.claim_token_in(c, s));
                // (the times, when both give one, the date rules compared)
                event_found
                    && !says_later(claim, 0..claim.tokens.len())
                    && !says_later(f, cx.clause(s, t))
            } else {
                // (alive at a time and dead at the same time are apart
                // only to the day: "alive in March" / "died in March")
                // (a window that says so now, whenever it says it: "est
                // bien vivante, a assuré sa fille lundi")
                (state == Life::Alive && in_present(claim, i) && !crate::facts::says_when(claim))
                    || (window_state == Life::Alive && in_present(f, t))
            };
            let effect = if all_else_stated && event_kept && !mixed && !f.hedged() {
                Effect::Contradicts
            } else {
                Effect::Blocks
            };
            return vec![word_against_word(cx, (Kind::Opposite, effect), i, s, t)];
        }
        // the claim's state found only as another's ("Le chien de Paul Roux
        // est mort") or as the killer's act ("Paul Roux a tué son voisin"):
        // the window does not say it of the claim's subject
        if stated {
            let of_another = |&(s, t): &(usize, usize)| {
                let f = cx.window[s].facts;
                // (the killer: the claim's subject before the active verb;
                // "les attentats, qui ont tué 52 personnes" is their death)
                let asserted = life_of(f, t).is_some();
                let active = KILLED.contains(&f.tokens[t].norm.as_str()) && !asserted;
                let predicate = asserted && verb_group_start(f, t) < t;
                if active {
                    said_of_subject(cx, s, t, &subject)
                } else {
                    predicate && !said_of_subject(cx, s, t, &subject)
                }
            };
            return match places.first() {
                Some(&(s, t)) if places.iter().all(of_another) => {
                    vec![word_against_word(cx, (Kind::Role, Effect::Blocks), i, s, t)]
                }
                _ => Vec::new(),
            };
        }
        // the window only reports the claim's state: it does not state it
        reported_at
            .first()
            .map(|&(s, t)| word_against_word(cx, (Kind::Hedge, Effect::Blocks), i, s, t))
            .into_iter()
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn life_table() {
        let dead = &[(Kind::Opposite, Effect::Contradicts)][..];
        let blocks = &[(Kind::Opposite, Effect::Blocks)][..];
        let table: &[Row] = &[
            (
                "Father Cuevas is alive.",
                En,
                "Father Cuevas, a priest in Lima, is dead.",
                En,
                dead,
            ),
            (
                "The journalist Omar Radi is alive.",
                En,
                "The journalist Omar Radi is dead.",
                En,
                dead,
            ),
            (
                "Father Cuevas is still alive.",
                En,
                "Father Cuevas died in March after a mass in Lima.",
                En,
                dead,
            ),
            (
                "Le père Cuevas est bien vivant.",
                Fr,
                "Le père Cuevas est décédé en mars après une messe à Lima.",
                Fr,
                dead,
            ),
            (
                "Les soldats de l'île des Serpents sont en vie.",
                Fr,
                "Des soldats sont morts en héros sur l'île des Serpents jeudi 24 février.",
                Fr,
                dead,
            ),
            (
                "The Ukrainian soldiers on the island are alive.",
                En,
                "Des soldats ukrainiens sont morts en héros sur l'île jeudi.",
                Fr,
                dead,
            ),
            (
                "Le maire Paul Roux est mort.",
                Fr,
                "Le maire Paul Roux est toujours en vie, a indiqué la mairie.",
                Fr,
                dead,
            ),
            (
                "The pilot survived the crash.",
                En,
                "The pilot was killed in the crash near Lyon.",
                En,
                dead,
            ),
            (
                "Le pilote a survécu à l'accident.",
                Fr,
                "Le pilote a été tué dans l'accident près de Lyon.",
                Fr,
                dead,
            ),
            // a death after the event survived
            (
                "The pilot survived the crash.",
                En,
                "The pilot died in hospital two days after the crash.",
                En,
                blocks,
            ),
            (
                "Le pilote a survécu à l'accident.",
                Fr,
                "Le pilote est mort à l'hôpital deux jours après l'accident.",
                Fr,
                blocks,
            ),
            // alive then, dead later or at about that time: no contradiction
            (
                "Paul Roux était vivant en 1990.",
                Fr,
                "Paul Roux est mort en 2004.",
                Fr,
                &[],
            ),
            (
                "Paul Roux was alive in March.",
                En,
                "Paul Roux died in March.",
                En,
                blocks,
            ),
            // the killer is alive
            (
                "Jean Roux est vivant.",
                Fr,
                "Jean Roux a tué un ours dans les Pyrénées.",
                Fr,
                &[],
            ),
            (
                "Jean Roux is alive.",
                En,
                "Jean Roux killed a bear in the Pyrenees.",
                En,
                &[],
            ),
            // some dead and some alive
            (
                "The soldiers are alive.",
                En,
                "Three soldiers died and twelve survived the attack.",
                En,
                blocks,
            ),
            // another's death
            (
                "La reine est vivante.",
                Fr,
                "La mère de la reine est morte.",
                Fr,
                &[],
            ),
            ("The dog is alive.", En, "The dog's owner is dead.", En, &[]),
            (
                "Jean Roux est vivant.",
                Fr,
                "Le frère de Jean Roux est mort en mars.",
                Fr,
                &[],
            ),
            (
                "Jean Roux is alive.",
                En,
                "Jean Roux's brother died in March.",
                En,
                &[],
            ),
            // a death denied, a noun of death
            (
                "Jean Roux est vivant.",
                Fr,
                "Jean Roux n'est pas mort, contrairement aux rumeurs.",
                Fr,
                &[],
            ),
            (
                "Jean Roux est vivant.",
                Fr,
                "Jean Roux a frôlé la mort en mars.",
                Fr,
                &[],
            ),
            // the claim's state, another's or the killer's act
            (
                "Paul Roux died in the fire.",
                En,
                "Le chien de Paul Roux est mort dans l'incendie.",
                Fr,
                &[(Kind::Role, Effect::Blocks)],
            ),
            (
                "52 personnes ont été tuées le 7 juillet.",
                Fr,
                "Les attentats du 7 juillet, qui ont tué 52 personnes, ont choqué le pays.",
                Fr,
                &[],
            ),
            (
                "Paul Roux est mort dans l'incendie.",
                Fr,
                "Paul Roux a perdu la vie dans l'incendie.",
                Fr,
                &[],
            ),
            // the subject's noun with its complement; another's noun before
            // the subject's whole name
            (
                "Les habitants de Valmont sont vivants.",
                Fr,
                "Trois habitants de Valmont sont morts dans la crue.",
                Fr,
                dead,
            ),
            (
                "Le maire de Valmont est vivant.",
                Fr,
                "Le chauffeur du maire de Valmont est mort mardi.",
                Fr,
                &[],
            ),
            // a state only reported: neither stated nor the claim's
            // opposite
            (
                "Marc Lenoir died last week.",
                En,
                "Marc Lenoir, annoncé mort la semaine dernière, est bien vivant.",
                Fr,
                dead,
            ),
            (
                "Paul Roux est mort.",
                Fr,
                "Paul Roux, donné pour mort en mars, a été retrouvé dans la montagne.",
                Fr,
                &[(Kind::Hedge, Effect::Blocks)],
            ),
            (
                "Les deux randonneurs sont vivants.",
                Fr,
                "Les deux randonneurs ont perdu la vie dans l'avalanche.",
                Fr,
                dead,
            ),
            (
                "The two hikers are alive.",
                En,
                "The two hikers lost their lives in the avalanche.",
                En,
                dead,
            ),
            // the apposition is the name
            (
                "Jeanne Lenoir est vivante.",
                Fr,
                "Sa mère, Jeanne Lenoir, est décédée en mars.",
                Fr,
                dead,
            ),
            // both states in the sentence
            (
                "Lucas Berthier was killed in the crash.",
                En,
                "Lucas Berthier survived the crash but died two days later.",
                En,
                blocks,
            ),
            // the same state
            (
                "Jean Roux est vivant.",
                Fr,
                "Jean Roux est vivant, a confirmé sa famille.",
                Fr,
                &[],
            ),
        ];
        assert_rows("life", table);
    }
}

//! Denials: a party denies what the claim states ("ce que NSO réfute").
//! The sentence reports the denial; it neither states the claim nor refutes
//! it (a denial is not proof). Shown with who denies. But a claim that the
//! party confirmed ("NSO confirmed ...") is contradicted by its denial, and
//! a claim that it denied by its confirmation: the stance is the fact.

use super::Rule;
use super::negation::NEGATION_COVERAGE;
use crate::facts::{CueKind, Vocabulary};
use crate::matcher::context::MatchContext;
use crate::matcher::finding::{Effect, Finding, Kind};
use crate::text::name_key;

/// Tokens around a denial verb within which claim words must match.
const DENIAL_REACH: usize = 12;
/// Tokens before a stance verb within which who takes the stance is read
/// ("ce que NSO réfute", "que Rabat a démenties").
const WHO_REACH: usize = 3;

pub struct DenialRule;

impl Rule for DenialRule {
    fn name(&self) -> &'static str {
        "denial"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        let vocab = Vocabulary::shared();
        // the claim's own stance verb is compared as a stance, not looked
        // for as a word: "NSO confirmed the sale" against "NSO a démenti la
        // vente" states all the rest
        let claim = cx.claim;
        let stance_word = |norm: &str| {
            vocab.confirms(claim.lang, norm)
                || vocab.is_cue(claim.lang, CueKind::SpeechVerb, norm)
                || claim.denials.iter().any(|c| {
                    claim.tokens[c.tokens.clone()]
                        .iter()
                        .any(|t| t.norm == norm)
                })
        };
        let only_stance_missing =
            !cx.coverage.missing.is_empty() && cx.coverage.missing.iter().all(|m| stance_word(m));
        // enough of the claim stated to compare stances; less is enough to
        // see that the claim's own subject denies it
        // ... or a bound figure of the claim found, and nothing missing but
        // its verbs ("NSO accepted that Pegasus had been used against 14
        // heads of state" / "Il aurait permis d'espionner ... 14 chefs
        // d'État – ce que NSO réfute": the figure names the statement)
        let verbs = cx.claim_verbs();
        let anchored_but_verbs = earlier
            .iter()
            .any(|f| f.anchors && f.effect == Effect::Supports)
            && cx
                .coverage
                .missing
                .iter()
                .all(|m| stance_word(m) || verbs.iter().any(|&v| claim.tokens[v].norm == *m));
        let stated =
            cx.coverage.share >= NEGATION_COVERAGE || only_stance_missing || anchored_but_verbs;
        // the claim's stance verb: a confirmation, or its denial
        let claim_stance = claim_stance(cx);
        let claim_denies = !cx.claim.denials.is_empty();
        if claim_denies {
            let Some(stance) = claim_stance.filter(|_| stated) else {
                return Vec::new();
            };
            // "NSO denied" against "NSO a confirmé": the opposite stance;
            // "forecasters ruled out more rain" against "forecasters said
            // more rain was likely": the same party saying it plainly
            return stance_near_match(cx, |s, t| {
                let f = cx.window[s].facts;
                vocab.confirms(f.lang, &f.tokens[t].norm) || says_plainly(cx, stance, s, t)
            })
            .map(|(s, t, who)| opposite(cx, stance, s, t, who))
            .into_iter()
            .collect();
        }
        // the claim has its party say it, and that party denies it: "NSO
        // said it had sold ..." against "ce que NSO dément"
        let denial = stance_near_match(cx, |s, t| {
            cx.window[s]
                .facts
                .denials
                .iter()
                .any(|c| c.tokens.start == t)
        });
        let claim_says = denial.as_ref().and_then(|_| claim_speech(cx));
        let claims_stance_stated = stated && cx.coverage.missing_names.is_empty();
        match denial {
            // "NSO confirmed" against "ce que NSO dément": the opposite stance
            // of the same party
            Some((s, t, who)) if claims_stance_stated && claim_stance.is_some() => {
                vec![opposite(cx, claim_stance.unwrap_or_default(), s, t, who)]
            }
            Some((s, t, who))
                if claims_stance_stated && claim_says.is_some_and(|i| cx.same_party(i, s, t)) =>
            {
                vec![opposite(cx, claim_says.unwrap_or_default(), s, t, who)]
            }
            // the claim's own subject denies what the claim has it say or
            // do ("NSO accepted that Pegasus was used ..." against "...,
            // ce que NSO réfute"): the window cannot state the claim
            Some((s, t, who)) => {
                let by_subject = denier_is_claim_subject(cx, s, t, who.as_deref());
                if !stated && !by_subject {
                    return Vec::new();
                }
                let effect = if by_subject || only_the_denial_stated(cx, s, t) {
                    Effect::Blocks
                } else {
                    Effect::Neutral
                };
                let ws = &cx.window[s];
                let verb = ws.facts.tokens[t].span.clone();
                vec![
                    Finding::new(Kind::Denial, effect, "(stated)", &ws.text[verb.clone()])
                        .about(who)
                        .at_source(s, verb),
                ]
            }
            None => Vec::new(),
        }
    }
}

/// A stance verb of the window (token `t` of sentence `s`, where `is_stance`
/// holds) with at least two claim words matched near it, in a sentence about
/// the claim's subject; and who takes the stance (the capitalised words just
/// before it: "ce que NSO réfute").
fn stance_near_match(
    cx: &MatchContext<'_>,
    is_stance: impl Fn(usize, usize) -> bool,
) -> Option<(usize, usize, Option<String>)> {
    for (s, ws) in cx.window.iter().enumerate() {
        let tokens = &ws.facts.tokens;
        for t in (0..tokens.len()).filter(|&t| is_stance(s, t)) {
            // (what the verb takes a stance on is before it, "ce que NSO
            // réfute", or after it in its clause: "Des affirmations que
            // Rabat a démenties, ... et enclenchant plusieurs procédures
            // judiciaires" denies no proceedings)
            let clause_end = cx.clause(s, t).end;
            let near = cx
                .coverage
                .matched
                .iter()
                .filter(|(ms, mt)| *ms == s && *mt != t && mt.abs_diff(t) <= DENIAL_REACH)
                .filter(|(_, mt)| *mt < t || *mt < clause_end)
                .count();
            // a stance on what was said or alleged is on the sentence
            // before, which must state the claim ("Le Maroc a été accusé
            // d'avoir eu recours au logiciel. Des affirmations que Rabat a
            // démenties")
            let on_the_sentence_before = near < 2
                && s > 0
                && takes_a_statement(ws.facts, t)
                && cx
                    .coverage
                    .matched
                    .iter()
                    .filter(|(ms, _)| *ms == s - 1)
                    .count()
                    >= 2;
            if near < 2 && !on_the_sentence_before {
                continue;
            }
            let who: Vec<&str> = (t.saturating_sub(WHO_REACH)..t)
                .filter(|&k| tokens[k].capitalized)
                .map(|k| &ws.text[tokens[k].span.clone()])
                .collect();
            return Some((s, t, (!who.is_empty()).then(|| who.join(" "))));
        }
    }
    None
}

/// Tokens before a stance verb within which the noun it takes is read ("des
/// affirmations que Rabat a démenties"), and after it ("denied the
/// allegations", "a démenti ces informations").
const STATEMENT_BEFORE: usize = 4;
const STATEMENT_AFTER: usize = 3;

/// Does the stance verb at token `t` of `f` take a noun naming what was
/// said or alleged (data/rules/cues.tsv `statement-noun`)?
fn takes_a_statement(f: &crate::facts::Facts, t: usize) -> bool {
    let vocab = Vocabulary::shared();
    (t.saturating_sub(STATEMENT_BEFORE)..(t + 1 + STATEMENT_AFTER).min(f.tokens.len()))
        .any(|k| k != t && vocab.is_cue(f.lang, CueKind::StatementNoun, &f.tokens[k].norm))
}

/// The window takes the opposite stance of the claim's, about the claim's
/// party: a contradiction; another party's stance is only shown.
fn opposite(
    cx: &MatchContext<'_>,
    claim_verb: usize,
    s: usize,
    t: usize,
    who: Option<String>,
) -> Finding {
    let (claim_side, claim_at) = stance_words(cx, claim_verb);
    let ws = &cx.window[s];
    let verb = ws.facts.tokens[t].span.clone();
    // the party that takes the stance must be the claim's: "NSO a démenti"
    // contradicts "NSO confirmed", "Rabat a démenti" only reports
    let same_party = who
        .as_deref()
        .is_some_and(|w| names_one_of(w, &claim_name_keys(cx, |_| true)))
        || cx
            .claim_verb_start()
            .is_some_and(|verb| seat_of_claims_country_before(cx, s, t, |i| i < verb))
        || cx.same_party(claim_verb, s, t)
        || pronoun_for_claim_subject(cx, s, t);
    // the claim's own stance verb absent: the window reports the other
    // party's stance and states nothing of the claim's party
    let stance_stated =
        cx.claim.tokens.iter().enumerate().any(|(i, tok)| {
            is_stance(cx, i) && !cx.coverage.missing.iter().any(|m| *m == tok.norm)
        });
    let effect = if same_party {
        Effect::Contradicts
    } else if stance_stated {
        Effect::Neutral
    } else {
        Effect::Blocks
    };
    Finding::new(Kind::Denial, effect, &claim_side, &ws.text[verb.clone()])
        .about(who)
        .at_claim(claim_at)
        .at_source(s, verb)
}

/// A person's pronoun right before the window's stance verb (token `t`
/// of sentence `s`: "which she denied", "ce qu'il dément", "qu'elle a
/// démenti"), with only auxiliaries between, stands for the claim's
/// subject when the window speaks of no one else: the sentence names the
/// subject and no other name before the pronoun, or names no one and the
/// sentence before names the subject only ("The regional president, Lucia
/// Ferran, declared ... The opposition accused her of having cut the
/// budget, which she denied").
fn pronoun_for_claim_subject(cx: &MatchContext<'_>, s: usize, t: usize) -> bool {
    let Some(verb) = cx.claim_verb_start() else {
        return false;
    };
    let subject = claim_name_keys(cx, |i| i < verb);
    if subject.is_empty() {
        return false;
    }
    let Some(p) = pronoun_before(cx.window[s].facts, t) else {
        return false;
    };
    // the names of sentence `u` of the window before token `end`: the
    // claim's subject's, and others' that may be a person's (not a name of
    // the claim, nor one after "of", "de", "in": "The regional president
    // of Varenne, Lucia Ferran")
    let claims_names = claim_name_keys(cx, |_| true);
    let named = |u: usize, end: usize| -> (bool, bool) {
        let g = cx.window[u].facts;
        let (mut own, mut other) = (false, false);
        for &k in g.keys.names.iter().filter(|&&k| k < end) {
            let key = name_key(&g.tokens[k].norm);
            let complement = k > 0
                && matches!(
                    g.tokens[k - 1].norm.as_str(),
                    "of" | "de" | "d" | "du" | "des" | "in" | "a" | "en" | "au"
                );
            if subject.contains(&key) {
                own = true;
            } else if !claims_names.contains(&key) && !complement {
                other = true;
            }
        }
        (own, other)
    };
    let subject_here = match named(s, p) {
        (true, false) => true,
        (false, false) if s > 0 && named(s - 1, usize::MAX) == (true, false) => false,
        _ => return false,
    };
    accused_is_the_subject(cx, s, p, subject_here, &subject)
}

/// Is the one accused before the pronoun at token `p` of sentence `s` the
/// claim's subject (name keys `subject`)? A denial answers an accusation:
/// "Lucia Ferran was accused of ..., which she denied", "The opposition
/// accused her of ..., which she denied", "l'opposition l'a accusée de ...,
/// ce qu'elle a démenti", "accused Lucia Ferran of". The accused is the
/// passive's subject (the subject's name before it, in this sentence
/// `subject_here`, or a pronoun opening the sentence), or the active
/// verb's object: a pronoun or the subject's name. Without such an
/// accusation the pronoun may stand for anyone the sentence speaks of
/// ("Lucia Ferran said the minister had cut the budget, which he denied").
fn accused_is_the_subject(
    cx: &MatchContext<'_>,
    s: usize,
    p: usize,
    subject_here: bool,
    subject: &[String],
) -> bool {
    let f = cx.window[s].facts;
    let word = |k: usize| f.tokens.get(k).map_or("", |x| x.norm.as_str());
    let subject_at =
        |k: usize| f.keys.names.contains(&k) && subject.contains(&name_key(&f.tokens[k].norm));
    let Some(a) = (0..p).rev().find(|&k| word(k).starts_with("accus")) else {
        return false;
    };
    // no one else named between the accusation and the pronoun
    if (a..p).any(|k| f.keys.names.contains(&k) && !subject_at(k)) {
        return false;
    }
    let passive = (a.saturating_sub(2)..a).any(|k| super::PASSIVE_AUXILIARIES.contains(&word(k)));
    if passive {
        let opens_on_pronoun = PERSON_PRONOUNS.contains(&word(0));
        return (0..a).any(subject_at) && subject_here || opens_on_pronoun && !subject_here;
    }
    // "accused her", "accused Lucia Ferran", "l'a accusée", "l'accuse"
    let object_pronoun = matches!(word(a + 1), "her" | "him")
        || (a.saturating_sub(3)..a).any(|k| matches!(word(k), "l" | "la" | "le"))
            && (a.saturating_sub(3)..a).all(|k| !f.keys.names.contains(&k));
    object_pronoun && !subject_here || subject_at(a + 1)
}

/// Is the denial at token `t` of window sentence `s` a person's pronoun's
/// (right before it, only auxiliaries between) in a sentence that names
/// someone the claim lacks before it ("Marc Dulac was accused by Lucia
/// Ferran of taking the money, which she denied" is not Marc Dulac's
/// denial)? A name before the denial may be the claim's party under
/// another name ("des affirmations que Rabat a démenties" for Morocco).
pub(super) fn denied_by_another(cx: &MatchContext<'_>, s: usize, t: usize) -> bool {
    let f = cx.window[s].facts;
    let claims = claim_name_keys(cx, |_| true);
    let another = |k: usize| {
        f.keys.names.contains(&k)
            && f.tokens[k].capitalized
            && !claims.contains(&name_key(&f.tokens[k].norm))
    };
    pronoun_before(f, t).is_some_and(|p| (0..p).any(another))
}

/// A person's pronoun that is the subject of the verb at token `t` of `f`:
/// among the three tokens before it, with only auxiliaries between ("which
/// she denied", "ce qu'elle a démenti"; not "ce qu'elle n'a pas démenti").
fn pronoun_before(f: &crate::facts::Facts, t: usize) -> Option<usize> {
    let word = |k: usize| f.tokens[k].norm.as_str();
    let p = (t.saturating_sub(3)..t)
        .rev()
        .find(|&k| PERSON_PRONOUNS.contains(&word(k)))?;
    let auxiliaries = crate::matcher::context::auxiliaries(f.lang);
    (p + 1..t)
        .all(|k| auxiliaries.contains(&word(k)))
        .then_some(p)
}

/// Pronouns for one person (folded).
const PERSON_PRONOUNS: &[&str] = &["he", "she", "il", "elle"];

/// The claim's stance or saying verb at token `i` as written ("ruled out",
/// "a démenti" without its auxiliary: "démenti"), with its byte span.
fn stance_words(cx: &MatchContext<'_>, i: usize) -> (String, std::ops::Range<usize>) {
    let claim = cx.claim;
    let tokens = claim
        .denials
        .iter()
        .find(|c| c.tokens.contains(&i))
        .map_or(i..i + 1, |c| c.tokens.clone());
    let span = claim.span_of(tokens);
    (cx.claim_text[span.clone()].to_string(), span)
}

/// The claim's first stance verb (a confirmation or a denial).
fn claim_stance(cx: &MatchContext<'_>) -> Option<usize> {
    (0..cx.claim.tokens.len()).find(|&i| is_stance(cx, i))
}

/// The claim's verb of saying when the claim has its party say something
/// plainly: no negation, denial, hedge or condition ("NSO said it had sold
/// Pegasus"; not "NSO said it might have", "NSO did not say").
fn claim_speech(cx: &MatchContext<'_>) -> Option<usize> {
    let claim = cx.claim;
    if claim.negated()
        || claim.hedged()
        || !claim.denials.is_empty()
        || !claim.conditions.is_empty()
    {
        return None;
    }
    let vocab = Vocabulary::shared();
    (0..claim.tokens.len())
        .find(|&i| vocab.is_cue(claim.lang, CueKind::SpeechVerb, &claim.tokens[i].norm))
}

/// Does window token `t` of sentence `s` have the claim's party (of its
/// stance verb `claim_verb`) say something plainly: a verb of saying in a
/// sentence that negates, denies and conditions nothing ("Weather
/// forecasters said more rain was likely")? What it says is then asserted
/// by the party whose denial the claim reports; another party's saying so
/// is no stance of the claim's party.
fn says_plainly(cx: &MatchContext<'_>, claim_verb: usize, s: usize, t: usize) -> bool {
    let f = cx.window[s].facts;
    cx.same_party(claim_verb, s, t)
        && Vocabulary::shared().is_cue(f.lang, CueKind::SpeechVerb, &f.tokens[t].norm)
        && f.negations.is_empty()
        && f.denials.is_empty()
        && f.conditions.is_empty()
}

/// Does the window state nothing but the denial (token `t` of sentence
/// `s`), not what is denied: the denied statement is the subject of a
/// passive denial ("L'information selon laquelle les soldats seraient
/// décédés a été démentie par les deux camps")? Whatever denies it, the
/// window does not state it. (An active denial after what it denies, "...
/// 14 chefs d'État – ce que NSO réfute", follows a statement of its own.)
fn only_the_denial_stated(cx: &MatchContext<'_>, s: usize, t: usize) -> bool {
    let f = cx.window[s].facts;
    t > 0 && super::PASSIVE_AUXILIARIES.contains(&f.tokens[t - 1].norm.as_str())
}

/// Is the party who denies (the capitalised words before the window's
/// denial verb) named in the claim's subject, before its verb?
fn denier_is_claim_subject(cx: &MatchContext<'_>, s: usize, t: usize, who: Option<&str>) -> bool {
    let (Some(who), Some(verb)) = (who, cx.claim_verb_start()) else {
        return false;
    };
    names_one_of(who, &claim_name_keys(cx, |i| i < verb))
        || seat_of_claims_country_before(cx, s, t, |i| i < verb)
}

/// Is the party right before the window's stance verb (token `t` of
/// sentence `s`, where [`stance_near_match`] reads who) the capital of a
/// country the claim names at the tokens `keep` keeps ("des affirmations
/// que Rabat a démenties" for "Le Maroc a reconnu")?
fn seat_of_claims_country_before(
    cx: &MatchContext<'_>,
    s: usize,
    t: usize,
    keep: impl Fn(usize) -> bool,
) -> bool {
    let claim = cx.claim;
    cx.window[s].facts.keys.seats.iter().any(|&(k, code)| {
        k < t
            && k + WHO_REACH >= t
            && claim
                .keys
                .entities
                .iter()
                .any(|(r, c)| c == code && keep(r.start))
    })
}

/// The name keys of the claim's names at the tokens `keep` keeps.
fn claim_name_keys(cx: &MatchContext<'_>, keep: impl Fn(usize) -> bool) -> Vec<String> {
    let claim = cx.claim;
    claim
        .keys
        .names
        .iter()
        .filter(|&&i| keep(i))
        .map(|&i| name_key(&claim.tokens[i].norm))
        .collect()
}

/// Does one word of `who` (as written) have one of these name keys?
fn names_one_of(who: &str, keys: &[String]) -> bool {
    who.split_whitespace()
        .any(|word| keys.contains(&name_key(&crate::text::fold(word))))
}

/// Is claim token `i` a stance verb (a confirmation or a denial)?
fn is_stance(cx: &MatchContext<'_>, i: usize) -> bool {
    let claim = cx.claim;
    Vocabulary::shared().confirms(claim.lang, &claim.tokens[i].norm)
        || claim.denials.iter().any(|c| c.tokens.contains(&i))
}

#[cfg(test)]
mod tests {
    use super::super::table::Case;
    use crate::text::Lang::{En, Fr};

    #[test]
    fn opposite_stances_contradict() {
        use crate::matcher::finding::Effect;
        let table = [
            (
                "NSO confirmed that its software was sold to the Moroccan police.",
                En,
                "NSO a démenti que son logiciel ait été vendu à la police marocaine.",
                Fr,
                Effect::Contradicts,
            ),
            (
                "NSO a confirmé avoir vendu son logiciel à la police marocaine.",
                Fr,
                "NSO denied selling its software to the Moroccan police.",
                En,
                Effect::Contradicts,
            ),
            (
                "NSO denied selling its software to the Moroccan police.",
                En,
                "NSO a confirmé avoir vendu son logiciel à la police marocaine.",
                Fr,
                Effect::Contradicts,
            ),
            // "accepted that" admits what the other side denies
            (
                "Renault accepted that customer data had been stolen from its servers.",
                En,
                "Des données de clients auraient été volées sur les serveurs de Renault, ce que Renault dément.",
                Fr,
                Effect::Contradicts,
            ),
            (
                "Renault a accepté que des données de clients avaient été volées sur ses serveurs.",
                Fr,
                "Customer data was allegedly stolen from Renault's servers, which Renault denies.",
                En,
                Effect::Contradicts,
            ),
            // the claim's subject is who denies, whatever the claim has it
            // say: the window cannot state the claim
            (
                "Renault said that customer data had been stolen from the servers of its factories in 2023.",
                En,
                "Des données de clients auraient été volées, ce que Renault dément.",
                Fr,
                Effect::Blocks,
            ),
            (
                "Renault a expliqué que des données de clients avaient été volées sur les serveurs de ses usines en 2023.",
                Fr,
                "Customer data was allegedly stolen, which Renault denies.",
                En,
                Effect::Blocks,
            ),
            // short claims: everything but the stance verb is stated
            (
                "NSO confirmed the sale.",
                En,
                "NSO a démenti la vente.",
                Fr,
                Effect::Contradicts,
            ),
            (
                "NSO a démenti la vente.",
                Fr,
                "NSO confirmed the sale.",
                En,
                Effect::Contradicts,
            ),
            // a capital speaks for its country, and a stance on the
            // allegations is one on the sentence before
            (
                "Le Maroc a reconnu avoir acheté des drones armés.",
                Fr,
                "Le Maroc a été accusé d'avoir acheté des drones armés. Des affirmations que Rabat a démenties.",
                Fr,
                Effect::Contradicts,
            ),
            (
                "Morocco admitted buying armed drones.",
                En,
                "Morocco was accused of buying armed drones. Rabat denied the allegations.",
                En,
                Effect::Contradicts,
            ),
            // the same party named by common nouns
            (
                "The ministry of industry confirmed it had been informed of the closure.",
                En,
                "Le ministère de l'Industrie a démenti avoir été informé de la fermeture.",
                Fr,
                Effect::Contradicts,
            ),
            (
                "Le ministère de l'Industrie a démenti avoir été informé de la fermeture.",
                Fr,
                "The ministry of industry confirmed it had been informed of the closure.",
                En,
                Effect::Contradicts,
            ),
            // another party's denial is only shown; it keeps the window from
            // supporting a confirmation it does not state
            (
                "NSO confirmed that its software was sold to the Moroccan police.",
                En,
                "Rabat a démenti que le logiciel de NSO ait été vendu à la police marocaine.",
                Fr,
                Effect::Blocks,
            ),
            (
                "NSO confirmed that its software was sold to the Moroccan police.",
                En,
                "NSO confirmed that its software was sold to the Moroccan police, which Rabat denied.",
                En,
                Effect::Neutral,
            ),
            // a bound figure of the claim found, nothing missing but its
            // verbs: the statement the party denies is the claim's
            (
                "Orvex accepted that Falcon had been used against 14 heads of state.",
                En,
                "Le logiciel Falcon aurait permis d'espionner les numéros de 14 chefs d'État, ce que Orvex réfute.",
                Fr,
                Effect::Contradicts,
            ),
        ];
        super::super::table::assert_effects("denial", &table);
        // a stance is compared only when the rest of the claim is stated
        let found = Case::new(
            "NSO confirmed the sale.",
            En,
            "NSO a vendu le logiciel.",
            Fr,
        )
        .findings_of("denial");
        assert!(found.is_empty(), "{found:?}");
    }

    /// A person's pronoun before the window's denial stands for the claim's
    /// subject when the window speaks of no one else.
    #[test]
    fn a_pronoun_denies_for_the_one_the_window_speaks_of() {
        use super::super::table::assert_no_contradiction;
        use crate::matcher::finding::Effect::Contradicts;
        let table = [
            (
                "Lucia Ferran admitted cutting the fire service's budget by 15%.",
                En,
                "The regional president, Lucia Ferran, was accused by the opposition of having cut the fire service's budget by 15%, which she denied.",
                En,
                Contradicts,
            ),
            (
                "Lucia Ferran a reconnu avoir réduit de 15 % le budget des pompiers.",
                Fr,
                "La présidente de la région, Lucia Ferran, a été accusée par l'opposition d'avoir réduit de 15 % le budget des pompiers, ce qu'elle a démenti.",
                Fr,
                Contradicts,
            ),
        ];
        super::super::table::assert_effects("denial", &table);
        // another person named before the pronoun, or no accusation of
        // the subject: whose denial it is is not read
        for (claim, cl, window, wl) in [
            (
                "Lucia Ferran admitted cutting the fire service's budget by 15%.",
                En,
                "Lucia Ferran said Marc Dulac had cut the fire service's budget by 15%, which he denied.",
                En,
            ),
            (
                "Lucia Ferran admitted cutting the fire service's budget by 15%.",
                En,
                "Lucia Ferran said the minister had cut the fire service's budget by 15%, which he denied.",
                En,
            ),
            (
                "Lucia Ferran a reconnu avoir réduit de 15 % le budget des pompiers.",
                Fr,
                "Lucia Ferran a accusé le ministre d'avoir réduit de 15 % le budget des pompiers, ce qu'il a démenti.",
                Fr,
            ),
        ] {
            assert_no_contradiction("denial", &Case::new(claim, cl, window, wl));
        }
        // nor is the opposite word of another's denial the claim's party's
        for (claim, cl, window, wl) in [
            (
                "Marc Dulac admitted taking the money.",
                En,
                "Marc Dulac was accused by Lucia Ferran of taking the money, which she denied.",
                En,
            ),
            (
                "Marc Dulac a reconnu avoir pris l'argent.",
                Fr,
                "Marc Dulac a été accusé par Lucia Ferran d'avoir pris l'argent, ce qu'elle a nié.",
                Fr,
            ),
        ] {
            let case = Case::new(claim, cl, window, wl);
            assert_no_contradiction("opposite", &case);
            assert_no_contradiction("denial", &case);
        }
    }

    /// A party that rules something out, or denies it, against the same
    /// party saying it plainly; a party that says something against its
    /// own denial. Another party's saying, or a saying that negates or
    /// denies, is no opposite stance.
    #[test]
    fn saying_against_denying() {
        use super::super::table::assert_no_contradiction;
        use crate::matcher::finding::Effect::Contradicts;
        let table = [
            (
                "Weather forecasters ruled out more rain on Thursday.",
                En,
                "Weather forecasters said more rain was likely on Thursday.",
                En,
                Contradicts,
            ),
            (
                "Les météorologues ont exclu toute nouvelle pluie jeudi.",
                Fr,
                "Les météorologues ont annoncé de nouvelles pluies jeudi.",
                Fr,
                Contradicts,
            ),
            (
                "Forecasters ruled out more rain on Thursday.",
                En,
                "Les prévisionnistes ont déclaré que de nouvelles pluies étaient probables jeudi.",
                Fr,
                Contradicts,
            ),
            (
                "NSO said it had sold its software to the Moroccan police.",
                En,
                "NSO a démenti avoir vendu son logiciel à la police marocaine.",
                Fr,
                Contradicts,
            ),
            (
                "Le ministère a déclaré avoir été informé de la fermeture.",
                Fr,
                "The ministry denied it had been informed of the closure.",
                En,
                Contradicts,
            ),
        ];
        super::super::table::assert_effects("denial", &table);
        let consistent = [
            // another party says it
            (
                "Weather forecasters ruled out more rain on Thursday.",
                En,
                "Farmers said more rain was likely on Thursday, but forecasters disagreed.",
                En,
            ),
            // the party says it will not happen
            (
                "Weather forecasters ruled out more rain on Thursday.",
                En,
                "Weather forecasters said no more rain was expected on Thursday.",
                En,
            ),
            // another party said it, the window's party denies it
            (
                "Amnesty said NSO had sold its software to the Moroccan police.",
                En,
                "NSO a démenti avoir vendu son logiciel à la police marocaine.",
                Fr,
            ),
            // the claim's saying is hedged
            (
                "NSO said it may have sold its software to the Moroccan police.",
                En,
                "NSO denied selling its software to the Moroccan police.",
                En,
            ),
        ];
        for (claim, cl, window, wl) in consistent {
            assert_no_contradiction("denial", &Case::new(claim, cl, window, wl));
        }
    }

    /// A statement that is the subject of a passive denial is not stated
    /// by the window; one followed by another party's active denial is
    /// (only shown).
    #[test]
    fn a_denied_report_is_not_stated() {
        use crate::matcher::finding::Effect::{Blocks, Neutral};
        let table = [
            (
                "Les soldats de l'île des Serpents seraient décédés.",
                Fr,
                "L'information selon laquelle les soldats de l'île des Serpents seraient décédés a été démentie par les deux camps.",
                Fr,
                Blocks,
            ),
            (
                "The soldiers on Snake Island were killed.",
                En,
                "The report that the soldiers on Snake Island were killed was denied by both sides.",
                En,
                Blocks,
            ),
            (
                "Les soldats de l'île des Serpents sont décédés.",
                Fr,
                "Les soldats de l'île des Serpents sont décédés, ce que Kiev dément.",
                Fr,
                Neutral,
            ),
        ];
        super::super::table::assert_effects("denial", &table);
    }

    #[test]
    fn denials_table() {
        let table = [
            (
                "Pegasus was used to spy on the French president.",
                En,
                "Pegasus aurait été utilisé pour espionner le président français, ce que NSO réfute.",
                Fr,
                Some(("réfute", Some("NSO"))),
            ),
            (
                "Pegasus was used to spy on the president.",
                En,
                "NSO denies that Pegasus was used to spy on the president.",
                En,
                Some(("denies", Some("NSO"))),
            ),
            (
                "Pegasus was used to spy on the president.",
                En,
                "Pegasus was used to spy on the president.",
                En,
                None,
            ),
            // what a relative denial denies is its antecedent, not the clause
            // after the comma
            (
                "Kessler launched legal proceedings in Italy.",
                En,
                "Des accusations que Kessler a démenties, en enclenchant plusieurs procédures judiciaires en Italie.",
                Fr,
                None,
            ),
            (
                "Kessler a enclenché des procédures judiciaires en Italie.",
                Fr,
                "Kessler denied the accusations, and launched legal proceedings in Italy.",
                En,
                None,
            ),
        ];
        for (claim, cl, window, wl, want) in table {
            let found = Case::new(claim, cl, window, wl).findings_of("denial");
            let got = found
                .first()
                .map(|f| (f.source.as_str(), f.about.as_deref()));
            assert_eq!(got, want, "{window}");
        }
    }
}

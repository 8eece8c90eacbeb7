//! Role: what the claim says of its subject, the window says of someone
//! else. "Judith Miller est un membre de la CIA" against "... qui a
//! identifié un membre de la CIA, Valerie Plame": the words are all there,
//! but "membre de la CIA" is said of Valerie Plame. The window then does not
//! support the claim (nor contradict it: the subject may be a member too).
//!
//! The attribution is read from the wording around the claim's words in
//! the window, without a parser: an apposition ("un membre de la CIA,
//! Valerie Plame"; "Valerie Plame, un membre de la CIA") or a relative
//! clause ("le pape Pie VI, qui mourra en 1799") whose noun is a name the
//! claim does not have, while the claim's subject stands outside that
//! clause; or the claim's verb as a participle apposed to another name
//! ("un échange entre le député Meyer Habib et le groupe LFI, accusé
//! d'antisémitisme" does not say Meyer Habib was accused); or the title
//! the claim gives its subject written as another name's ("Saad Hariri,
//! fils de l'ancien Premier ministre du Liban Rafic Hariri" does not say
//! Saad Hariri was elected prime minister; "Marc Dubois met the director
//! of the hospital, Jean Leroy"); or the claim's
//! verb as a passive whose agent is a name the claim does not have ("une
//! déclaration ..., immédiatement saluée par Kiev" does not say Russia
//! welcomed it). A claim without names: its predicate stated in a relative
//! clause of another noun, its subject named outside it ("le passeport ...
//! ne doit pas être confondu avec la pochette violette, qui enregistre
//! l'historique complet des vaccinations").

use super::{AGENT_WORDS, PASSIVE_AUXILIARIES, Rule};
use crate::matcher::context::MatchContext;
use crate::matcher::finding::{Effect, Finding, Kind};
use std::ops::Range;

pub struct RoleRule;

/// Tokens that may stand between a claim word and the name it is apposed
/// to, or between a relative word and its noun: unmatched words of the same
/// noun phrase ("membre de la CIA américaine, Valerie Plame").
const MAX_GAP: usize = 2;

/// Words that make the name after them a complement of another noun
/// (folded).
const COMPLEMENT_WORDS: &[&str] = &["de", "d", "du", "des", "of", "par", "by"];

/// Words of the claim's predicate a relative clause must hold to state it
/// of its own noun.
const RELATIVE_PREDICATE_WORDS: usize = 2;

/// Articles that open a noun phrase (folded).
pub(super) const ARTICLES: &[&str] = &["un", "une", "le", "la", "l", "les", "a", "an", "the"];

impl Rule for RoleRule {
    fn name(&self) -> &'static str {
        "role"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        if earlier.iter().any(|f| f.effect == Effect::Contradicts) {
            return Vec::new();
        }
        let claim = cx.claim;
        let Some(&first) = claim.keys.names.first() else {
            return relative_of_another(cx)
                .or_else(|| subject_only_speaks(cx))
                .or_else(|| speaker_after_report(cx))
                .into_iter()
                .collect();
        };
        // the subject's whole name: a first name at the claim's start may
        // be a word the lexicon knows ("Alexandre")
        let mut subject = first..first + 1;
        while claim.keys.names.contains(&subject.end) {
            subject.end += 1;
        }
        while subject.start > 0 && claim.tokens[subject.start - 1].capitalized {
            subject.start -= 1;
        }
        // where the window states the rest of the claim, by sentence
        let cov = cx.coverage;
        let mut said: Vec<(usize, usize)> = cov
            .found()
            .filter(|(ct, _)| !subject.contains(ct))
            .map(|(_, at)| at)
            .collect();
        said.sort_unstable();
        said.dedup();
        let mut found = Vec::new();
        // (of the claim alone: read once, when a sentence first asks)
        let titles = std::cell::OnceCell::new();
        if let Some(finding) = participle_of_another(cx, &subject)
            .or_else(|| agent_of_another(cx, &subject))
            .or_else(|| speaker_only(cx))
        {
            return vec![finding];
        }
        for s in 0..cx.window.len() {
            let here: Vec<usize> = said.iter().filter(|a| a.0 == s).map(|a| a.1).collect();
            let (Some(&lo), Some(&hi)) = (here.iter().min(), here.iter().max()) else {
                continue;
            };
            // the claim's words must sit in one clause
            let clause = cx.clause(s, lo);
            if !clause.contains(&hi) {
                continue;
            }
            let subject_in_clause = cov
                .found()
                .any(|(ct, (ms, mt))| subject.contains(&ct) && ms == s && clause.contains(&mt));
            if subject_in_clause {
                if let Some(other) = apposed_to_another(cx, s, lo..hi + 1, &subject)
                    .filter(|_| *titles.get_or_init(|| titles_subject(cx, &subject)))
                {
                    found.push(said_of_another(cx, &subject, s, other));
                }
                continue;
            }
            let titles = *titles.get_or_init(|| titles_subject(cx, &subject));
            if let Some(other) = attributed_to(cx, s, lo..hi + 1, clause.clone(), &subject, titles)
            {
                found.push(said_of_another(cx, &subject, s, other));
            }
        }
        found
    }
}

/// Words that may stand between a name and the title the window gives it
/// ("Marc Dubois, the new director of", "Saad Hariri est désormais l'actuel
/// Premier ministre"), folded: with only these between, the title is the
/// name's.
const TITLE_LINKS: &[&str] = &[
    "un",
    "une",
    "le",
    "la",
    "l",
    "les",
    "a",
    "an",
    "the",
    "is",
    "was",
    "are",
    "were",
    "been",
    "has",
    "had",
    "have",
    "became",
    "becomes",
    "remains",
    "also",
    "now",
    "still",
    "then",
    "new",
    "former",
    "current",
    "aussi",
    "egalement",
    "desormais",
    "toujours",
    "alors",
    "nouveau",
    "nouvel",
    "nouvelle",
    "ancien",
    "ancienne",
    "actuel",
    "actuelle",
    "devenu",
    "devenue",
    "deviendra",
    "devient",
    "qui",
    "est",
    "etait",
    "fut",
    "sont",
    "etaient",
    "reste",
    "demeure",
];

/// Verbs that give their subject a title (folded): "a été élu Premier
/// ministre", "was appointed director".
const TITLE_VERBS: &[&str] = &[
    "elu",
    "elue",
    "reelu",
    "reelue",
    "nomme",
    "nommee",
    "designe",
    "designee",
    "elected",
    "reelected",
    "appointed",
    "named",
];

/// Does the claim give its subject (tokens `subject`) a title: the subject,
/// then only a copula, a verb of appointment or a title's modifiers, then a
/// word that is no name ("Saad Hariri a été élu Premier ministre", "Marc
/// Dubois is the director")? Not "Steven Jenkins a été abattu par un ami"
/// (the friend is someone else), nor "... est Barbara" (a name, not a
/// title).
fn titles_subject(cx: &MatchContext<'_>, subject: &Range<usize>) -> bool {
    let claim = cx.claim;
    let mut k = subject.end;
    while k < claim.tokens.len() {
        let w = claim.tokens[k].norm.as_str();
        if !(TITLE_LINKS.contains(&w) || TITLE_VERBS.contains(&w) || matches!(w, "ete" | "be")) {
            break;
        }
        k += 1;
    }
    let Some(title) = claim.tokens.get(k).filter(|_| k > subject.end) else {
        return false;
    };
    // (a verb's participle is an act: "a été abattu", "was shot"; a title
    // may be capitalised, "a été élu Premier ministre")
    let written = cx.claim_text[title.span.clone()].to_lowercase();
    let participle = match claim.lang {
        crate::text::Lang::Fr => FRENCH_PARTICIPLE_ENDINGS
            .iter()
            .any(|e| written.ends_with(e)),
        crate::text::Lang::En => {
            written.ends_with("ed")
                || crate::text::Lexicon::shared().is_english_verb_form(&title.norm)
        }
    };
    !participle
        && (title.capitalized || !claim.keys.names.contains(&k))
        && crate::matcher::context::carries_meaning(claim, k)
}

/// Endings of French past participles, as written: "abattu", "tué",
/// "mis", "écrit", "ouvert", "atteint".
const FRENCH_PARTICIPLE_ENDINGS: &[&str] = &[
    "é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite", "its",
    "ites", "ert", "erte", "erts", "ertes", "int", "inte", "ints", "intes",
];

/// What the claim says of its subject written in the window as the title
/// or the apposition of another name, in a clause that names the subject
/// as someone else: "Marc Dubois met the director of the hospital, Jean
/// Leroy" does not say Dubois directs it, "Saad Hariri, fils de l'ancien
/// Premier ministre du Liban Rafic Hariri" does not say Saad Hariri led
/// Lebanon. The phrase (tokens `said` of window sentence `s`) is another
/// name's when that name follows it with no stop between ("Premier
/// ministre du Liban Rafic Hariri"), or after a comma when the phrase
/// opens with an article ("the director of the hospital, Jean Leroy"). Not
/// when the window joins the subject to the phrase itself, only an
/// apposition's comma, a copula or a title's modifiers between them ("Marc
/// Dubois, directeur de l'hôpital Georges Pompidou": the hospital's name).
fn apposed_to_another(
    cx: &MatchContext<'_>,
    s: usize,
    said: Range<usize>,
    subject: &Range<usize>,
) -> Option<Range<usize>> {
    let (text, f) = (cx.window[s].text, cx.window[s].facts);
    let word = |k: usize| f.tokens[k].norm.as_str();
    if subject_end_before(cx, s, &said, subject).is_none_or(|end| joins(f, end, &said)) {
        return None;
    }
    if let Some(name) = titled_name(cx, s, &said) {
        return Some(name);
    }
    let next = said.end;
    let apposed = next < f.tokens.len()
        && f.keys.names.contains(&next)
        && !cx.matched(s, next)
        && text[f.tokens[next - 1].span.end..f.tokens[next].span.start].trim() == ","
        && said.start > 0
        && ARTICLES.contains(&word(said.start - 1));
    apposed.then(|| name_from(f, next))
}

/// Does the window join the claim's subject (tokens `subject`) to the
/// phrase at tokens `said` of sentence `s` itself: the subject's last word
/// found before it, only an apposition's comma, a copula or a title's
/// modifiers between ("Marc Dubois, directeur de", "Marc Dubois is the new
/// director of")?
fn title_joined_to_subject(
    cx: &MatchContext<'_>,
    s: usize,
    said: &Range<usize>,
    subject: &Range<usize>,
) -> bool {
    subject_end_before(cx, s, said, subject).is_some_and(|end| joins(cx.window[s].facts, end, said))
}

/// The last place of sentence `s` before the phrase `said` where a word of
/// the claim's subject (tokens `subject`) is found.
fn subject_end_before(
    cx: &MatchContext<'_>,
    s: usize,
    said: &Range<usize>,
    subject: &Range<usize>,
) -> Option<usize> {
    cx.coverage
        .found()
        .filter(|&(c, (ms, t))| subject.contains(&c) && ms == s && t < said.start)
        .map(|(_, (_, t))| t)
        .max()
}

/// Only a title's links ([`TITLE_LINKS`]) between token `end` and the phrase
/// `said` of `f`?
fn joins(f: &crate::facts::Facts, end: usize, said: &Range<usize>) -> bool {
    (end + 1..said.start).all(|k| TITLE_LINKS.contains(&f.tokens[k].norm.as_str()))
}

/// The name of window sentence `s` that the phrase at tokens `said` is the
/// title of: written right after it, nothing between ("l'ancien Premier
/// ministre du Liban Rafic Hariri", "former Lebanese prime minister Rafik
/// Hariri"), and not one the claim has. Not the rest of a name the phrase
/// ends on ("Barbara Pierce"; a capitalised word the dictionary knows,
/// "ministre de la Défense Benny Gantz", or a country ends a title); not a phrase that holds an "of" or a "to"
/// before a person's title ("fils de l'ancien Premier ministre ... Rafic
/// Hariri", "conseiller du président Emmanuel Macron": the name is the
/// complement's, titled by the words after the "of").
fn titled_name(cx: &MatchContext<'_>, s: usize, said: &Range<usize>) -> Option<Range<usize>> {
    let (text, f) = (cx.window[s].text, cx.window[s].facts);
    let lex = crate::text::Lexicon::shared();
    let last = said.end.checked_sub(1)?;
    let word = |k: usize| f.tokens[k].norm.as_str();
    // (past a country's adjective after the title: "le Premier ministre
    // israélien Naftali Bennett")
    let mut next = said.end;
    while next < f.tokens.len() && f.keys.in_country(next) && !f.keys.names.contains(&next) {
        next += 1;
    }
    if next >= f.tokens.len()
        || !f.keys.names.contains(&next)
        || cx.matched(s, next)
        || text[f.tokens[last].span.end..f.tokens[next].span.start]
            .contains([',', ';', ':', '(', ')', '.', '"', '«', '»', '“', '”'])
        || f.keys.names.contains(&last)
            && !f.keys.in_country(last)
            && !lex.knows(&lex.stem(word(last), f.lang), f.lang)
    {
        return None;
    }
    // (the complement's first word, past articles, a title's modifiers
    // and a country's adjective: "de l'ancien Premier ministre", "of former
    // Lebanese prime minister")
    let complement = (said.start..last).any(|k| {
        RELATION_WORDS.contains(&word(k))
            && (k + 1..next)
                .find(|&j| {
                    !ARTICLES.contains(&word(j))
                        && !TITLE_LINKS.contains(&word(j))
                        && !f.keys.in_country(j)
                })
                .is_some_and(|j| PERSON_TITLES.contains(&word(j)))
    });
    (!complement).then(|| name_from(f, next))
}

/// Titles a person holds (folded): after "of", "de", "to", the name that
/// follows holds the complement's title ("fils de l'ancien Premier
/// ministre Rafic Hariri", "conseiller du président Emmanuel Macron"),
/// while after an institution or a field it holds the whole ("le chef de
/// la diplomatie Jean-Yves Le Drian", "ministre de la Défense Benny
/// Gantz", "porte-parole du gouvernement Gabriel Attal").
const PERSON_TITLES: &[&str] = &[
    "president",
    "presidente",
    "ministre",
    "minister",
    "premier",
    "prime",
    "roi",
    "king",
    "reine",
    "queen",
    "chancelier",
    "chanceliere",
    "chancellor",
    "maire",
    "mayor",
    "gouverneur",
    "governor",
    "pape",
    "pope",
    "prince",
    "princesse",
    "princess",
    "ambassadeur",
    "ambassadrice",
    "ambassador",
    "general",
    "directeur",
    "directrice",
    "director",
    "pdg",
    "ceo",
    "patron",
    "patronne",
    "chef",
    "head",
    "dirigeant",
    "dirigeante",
    "leader",
    "secretaire",
    "secretary",
    "senateur",
    "senatrice",
    "senator",
    "depute",
    "deputee",
    "juge",
    "judge",
    "procureur",
    "procureure",
    "prosecutor",
    "emir",
    "sultan",
    "monarque",
    "monarch",
    "empereur",
    "emperor",
    "imperatrice",
    "empress",
    "duc",
    "duchesse",
    "duke",
    "duchess",
    "eveque",
    "bishop",
    "cardinal",
    "commissaire",
    "commissioner",
    "gouverneure",
    "chairman",
    "chairwoman",
];

/// Words that make what follows them a title's complement (folded): "fils
/// de", "adviser to", "conseiller auprès du", "ambassadeur à".
const RELATION_WORDS: &[&str] = &[
    "de", "d", "du", "des", "of", "to", "for", "with", "a", "au", "aux", "pour", "aupres", "avec",
];

/// The name that starts at token `t` of `f`, whole.
fn name_from(f: &crate::facts::Facts, t: usize) -> Range<usize> {
    let mut end = t;
    while end < f.tokens.len() && f.keys.names.contains(&end) {
        end += 1;
    }
    t..end
}

/// The claim's predicate stated in a relative clause whose noun is not the
/// claim's subject: "la pochette violette délivrée par les vétérinaires, qui
/// enregistre l'historique complet des vaccinations" says the pouch records
/// it, not "le passeport pour animaux de compagnie", the claim's subject,
/// which the sentence names outside that clause. Two words of the claim's
/// predicate or more in the clause, and none of its subject.
fn relative_of_another(cx: &MatchContext<'_>) -> Option<Finding> {
    let claim = cx.claim;
    // (a French verb in the present: "le passeport contient")
    let lex = crate::text::Lexicon::shared();
    let verb = cx.claim_verb_start().or_else(|| {
        (1..claim.tokens.len()).find(|&t| {
            claim.lang == crate::text::Lang::Fr
                && !claim.tokens[t].capitalized
                && lex.is_french_verb_form(&claim.tokens[t].norm)
        })
    })?;
    let in_subject = |c: usize| c < verb;
    let subject: Vec<usize> = (0..verb)
        .filter(|&c| crate::matcher::context::carries_meaning(claim, c))
        .collect();
    if subject.is_empty() {
        return None;
    }
    for s in 0..cx.window.len() {
        let f = cx.window[s].facts;
        let here: Vec<(usize, usize)> = cx
            .coverage
            .found()
            .filter(|&(_, (ms, _))| ms == s)
            .map(|(c, (_, t))| (c, t))
            .collect();
        // (a word of both the subject and the predicate tells neither:
        // "le passeport pour animaux ... l'historique des vaccinations des
        // animaux")
        let subject_word = |c: usize| {
            subject
                .iter()
                .any(|&k| claim.tokens[k].norm == claim.tokens[c].norm)
        };
        let predicate: Vec<usize> = here
            .iter()
            .filter(|&&(c, _)| {
                !in_subject(c)
                    && !subject_word(c)
                    && crate::matcher::context::carries_meaning(claim, c)
            })
            .map(|&(_, t)| t)
            .collect();
        let predicate_word = |c: usize| {
            (verb..claim.tokens.len()).any(|k| claim.tokens[k].norm == claim.tokens[c].norm)
        };
        let subject_at: Vec<usize> = here
            .iter()
            .filter(|&&(c, _)| in_subject(c) && !predicate_word(c))
            .map(|&(_, t)| t)
            .collect();
        let (Some(&lo), Some(&hi)) = (predicate.iter().min(), predicate.iter().max()) else {
            continue;
        };
        if predicate.len() < RELATIVE_PREDICATE_WORDS || subject_at.is_empty() {
            continue;
        }
        let clause = cx.clause(s, lo);
        // the noun the relative word follows: another thing
        let Some(antecedent) = cx.relative_noun(s, &clause) else {
            continue;
        };
        if !clause.contains(&hi)
            || subject_at
                .iter()
                .any(|t| clause.contains(t) || *t == antecedent)
            || !crate::matcher::context::carries_meaning(f, antecedent)
        {
            continue;
        }
        // the noun before the relative word may be the complement of the
        // subject's ("the largest union of the company, which is demanding",
        // "premier syndicat de l'entreprise, qui réclame"): the clause may
        // be the subject's, and is not read as another's
        let word = |k: usize| f.tokens[k].norm.as_str();
        let mut of = antecedent.saturating_sub(1);
        if of > 0 && ARTICLES.contains(&word(of)) {
            of -= 1;
        }
        if of > 0 && crate::facts::OF_WORDS.contains(&word(of)) && subject_at.contains(&(of - 1)) {
            continue;
        }
        let whole = subject[0]..*subject.last().unwrap_or(&subject[0]) + 1;
        return Some(said_of_another(cx, &whole, s, antecedent..antecedent + 1));
    }
    None
}

/// What the claim says of its subject (tokens `subject`) is said of
/// another: the name at tokens `other` of window sentence `s`.
pub(super) fn said_of_another(
    cx: &MatchContext<'_>,
    subject: &Range<usize>,
    s: usize,
    other: Range<usize>,
) -> Finding {
    let (claim, f) = (cx.claim, cx.window[s].facts);
    let span = f.tokens[other.start].span.start..f.tokens[other.end - 1].span.end;
    let subject_text =
        claim.tokens[subject.start].span.start..claim.tokens[subject.end - 1].span.end;
    super::span_against_span(cx, (Kind::Role, Effect::Blocks), subject_text, s, span)
}

/// The claim's verb written as a participle apposed to another name: "le
/// groupe LFI, accusé d'antisémitisme" says LFI was accused, not "Meyer
/// Habib", the claim's subject (tokens `subject`), whatever else the
/// sentence names. A comma, then the participle, the name right before the
/// comma.
fn participle_of_another(cx: &MatchContext<'_>, subject: &Range<usize>) -> Option<Finding> {
    let verbs = cx.claim_verbs();
    let subject_at = |s: usize, t: usize| {
        cx.coverage
            .found()
            .any(|(c, at)| subject.contains(&c) && at == (s, t))
    };
    for (c, (s, t)) in cx.coverage.found() {
        let (text, f) = (cx.window[s].text, cx.window[s].facts);
        if !verbs.contains(&c)
            || t == 0
            || !text[f.tokens[t - 1].span.end..f.tokens[t].span.start].contains(',')
            || !f.keys.names.contains(&(t - 1))
            || subject_at(s, t - 1)
        {
            continue;
        }
        // the whole name before the comma, the head of its noun phrase: not
        // itself apposed ("Riverton's mayor, Carla Mendes, closed": the
        // sentence's verb), nor a complement ("ce véhicule de Mabel
        // Normand, produit par Mack Sennett": the vehicle was produced)
        let mut start = t - 1;
        while start > 0 && f.keys.names.contains(&(start - 1)) {
            start -= 1;
        }
        let apposed = start > 0
            && text[f.tokens[start - 1].span.end..f.tokens[start].span.start].contains(',');
        let complement = start > 0 && COMPLEMENT_WORDS.contains(&f.tokens[start - 1].norm.as_str());
        if apposed || complement {
            continue;
        }
        return Some(said_of_another(cx, subject, s, start..t));
    }
    None
}

/// The claim's verb written as a passive participle whose agent is another
/// name: "une déclaration ..., immédiatement saluée par Kiev" says Kiev
/// welcomed it, not "la Russie", the claim's subject (tokens `subject`,
/// before its verb in an active claim). Not when a name of the claim is
/// among the agents ("saluée par Kiev et par Moscou" for Moscow).
fn agent_of_another(cx: &MatchContext<'_>, subject: &Range<usize>) -> Option<Finding> {
    let claim = cx.claim;
    let verbs = cx.claim_verbs();
    let verb_start = cx.claim_verb_start();
    let word = |t: usize| claim.tokens.get(t).map_or("", |k| k.norm.as_str());
    for (c, (s, t)) in cx.coverage.found() {
        // an active claim: its subject before its verb, no auxiliary of
        // the passive before it, no agent after it
        let passive_claim = (c.saturating_sub(2)..c)
            .any(|k| PASSIVE_AUXILIARIES.contains(&word(k)))
            || AGENT_WORDS.contains(&word(c + 1));
        let named_before = |c: usize| {
            claim.keys.names.iter().any(|&n| n < c)
                || claim.keys.entities.iter().any(|(r, _)| r.start < c)
        };
        if !verbs.contains(&c)
            || !named_before(c)
            || passive_claim
            || !opens_predicate(cx, verb_start, c)
        {
            continue;
        }
        let (text, f) = (cx.window[s].text, cx.window[s].facts);
        let wword = |k: usize| f.tokens.get(k).map_or("", |x| x.norm.as_str());
        if !AGENT_WORDS.contains(&wword(t + 1)) {
            continue;
        }
        // the agents: the names up to the end of the phrase
        let mut agents = Vec::new();
        let mut k = t + 2;
        while k < f.tokens.len()
            && !text[f.tokens[k - 1].span.end..f.tokens[k].span.start]
                .chars()
                .any(|ch| matches!(ch, ',' | ';' | ':' | '.' | '(' | ')'))
        {
            if f.keys.names.contains(&k) || f.keys.in_country(k) {
                agents.push(k);
            } else if !ARTICLES.contains(&wword(k))
                && !matches!(wword(k), "et" | "and" | "par" | "by")
            {
                break;
            }
            k += 1;
        }
        // (an agent the claim names is one of its participants: "which
        // clarifications France expects" / "attendues par la France")
        let claims_own = agents.iter().any(|&a| {
            cx.matched(s, a)
                || (0..claim.tokens.len()).any(|ct| cx.places_of(ct, s).any(|u| u == a))
        });
        let Some(&first) = agents.first() else {
            continue;
        };
        if claims_own {
            continue;
        }
        let last = *agents.last().unwrap_or(&first);
        return Some(said_of_another(cx, subject, s, first..last + 1));
    }
    None
}

/// Is claim token `c` the verb its subject governs: its verb phrase opens
/// there, or only auxiliaries, negations and adverbs stand between ("a
/// immédiatement salué", "has strongly welcomed")? A participle further on
/// qualifies a noun of what the verb governs ("had access to 50,000
/// potentially targeted phone numbers"): its agent is not the subject's
/// rival. `start`: where the claim's verb phrase opens
/// ([`MatchContext::claim_verb_start`]).
fn opens_predicate(cx: &MatchContext<'_>, start: Option<usize>, c: usize) -> bool {
    use crate::matcher::context::{NEGATORS_BEFORE_VERB, auxiliaries, has_adverb_form};
    let claim = cx.claim;
    let Some(start) = start else {
        return false;
    };
    let auxiliaries = auxiliaries(claim.lang);
    (start..c).all(|k| {
        let w = claim.tokens[k].norm.as_str();
        auxiliaries.contains(&w) || NEGATORS_BEFORE_VERB.contains(&w) || has_adverb_form(w)
    })
}

/// Claim verbs that are themselves a report or a finding (folded
/// prefixes): such a claim may rest on who says it ("Amnesty a identifié 14
/// ministres" / "selon Amnesty, 14 ministres ont été visés").
const REPORT_VERB_PREFIXES: &[&str] = &[
    "trouv", "identifi", "decouvr", "revel", "montr", "estim", "compt", "recens", "denombr",
    "constat", "observ", "signal", "found", "find", "identif", "discover", "reveal", "show",
    "count", "report", "say", "said", "tell", "told",
];

/// Subject pronouns (folded): a reported clause opening on one may be
/// about the speaker ("Amnesty a déclaré qu'elle avait trouvé").
const SUBJECT_PRONOUNS: &[&str] = &[
    "il", "elle", "ils", "elles", "on", "nous", "je", "j", "he", "she", "it", "they", "we", "i",
];

/// A name of the claim the window has only as who says what it says:
/// "Hadley a déclaré que la Jordanie avait été choisie comme site de la
/// rencontre entre Bush et al-Maliki" does not put the meeting at Hadley,
/// "Kofi Annan a constaté que le peuple irakien s'est déplacé pour voter"
/// does not say Annan was elected. The window's attribution holds the name,
/// no other place of the window writes it, the reported clause opens on a
/// subject of its own (not "qu'elle", "that it"), and the claim is not a
/// report itself (a speech verb, or a finding: "a identifié", "found").
fn speaker_only(cx: &MatchContext<'_>) -> Option<Finding> {
    let claim = cx.claim;
    if claim_reports(claim) {
        return None;
    }
    let in_attribution = |s: usize, t: usize| {
        let f = cx.window[s].facts;
        f.attribution
            .as_ref()
            .is_some_and(|(span, _)| span.contains(&f.tokens[t].span.start))
    };
    for (c, (s, t)) in cx.coverage.found() {
        if !claim.keys.names.contains(&c) || !in_attribution(s, t) {
            continue;
        }
        let f = cx.window[s].facts;
        // the speaker before its verb ("Hadley a déclaré que", "Hadley
        // said"), not "selon X" nor "..., a déclaré X, 48 ans": the words
        // around such a name may be its apposition or its own quote
        let Some(verb) = speech_verb_after(cx, s) else {
            continue;
        };
        let norm = &f.tokens[t].norm;
        let elsewhere = cx.window.iter().enumerate().any(|(ws, w)| {
            (0..w.facts.tokens.len())
                .any(|k| w.facts.tokens[k].norm == *norm && !in_attribution(ws, k))
        });
        // the rest of the claim all in what the speaker reports
        let rest: Vec<usize> = cx
            .coverage
            .found()
            .filter(|&(oc, (os, ot))| oc != c && os == s && !in_attribution(os, ot))
            .map(|(_, (_, ot))| ot)
            .collect();
        if elsewhere
            || rest.is_empty()
            || rest.iter().any(|&ot| ot < verb)
            || speaks_of_itself(cx.window[s].text, f, verb)
        {
            continue;
        }
        let (span, _) = f.attribution.as_ref()?;
        let speaker = f.tokens_within(span).collect::<Vec<_>>();
        let (&first, &last) = (speaker.first()?, speaker.last()?);
        return Some(said_of_another(cx, &(c..c + 1), s, first..last + 1));
    }
    subject_only_speaks(cx).or_else(|| speaker_after_report(cx))
}

/// Is the claim a report itself: attributed, or with a verb of saying, of
/// belief or of finding ("a identifié", "found")?
fn claim_reports(claim: &crate::facts::Facts) -> bool {
    let reports = |lang, norm: &str| {
        says_or_believes(lang, norm) || REPORT_VERB_PREFIXES.iter().any(|p| norm.starts_with(p))
    };
    claim.attribution.is_some() || claim.tokens.iter().any(|t| reports(claim.lang, &t.norm))
}

/// A verb of saying or of belief ("a indiqué", "said", "pensait",
/// "believed"): its subject reports the clause after it, no party to it.
fn says_or_believes(lang: crate::text::Lang, norm: &str) -> bool {
    crate::facts::is_speech(lang, norm)
        || crate::facts::Vocabulary::shared().is_cue(lang, crate::facts::CueKind::BeliefVerb, norm)
}

/// Tokens after a claim's subject word within which the window's verb of
/// saying stands ("Le maire a annoncé", "The mayor said").
const SPEECH_REACH: usize = 2;

/// [`speaker_only`] for a claim's subject of common nouns, which the
/// attribution reader does not take for a party: "Le maire a annoncé que le
/// conseil avait approuvé le projet", "The mayor said that the council had
/// approved the project" do not say the mayor approved it. The subject word
/// right before a verb of saying, the rest of the claim all after that verb,
/// in a clause that opens on a subject of its own (not "qu'il", "he had"),
/// no word of the claim.
fn subject_only_speaks(cx: &MatchContext<'_>) -> Option<Finding> {
    let (subject, found) = subject_found(cx)?;
    found.into_iter().find_map(|(c, (s, t))| {
        let f = cx.window[s].facts;
        let verb = (t + 1..(t + 1 + SPEECH_REACH).min(f.tokens.len()))
            .find(|&k| says_or_believes(f.lang, &f.tokens[k].norm))?;
        // a name before a verb of saying is the attribution reader's
        // (`speaker_only`); before a verb of belief, this reading's
        if cx.claim.keys.names.contains(&c) && crate::facts::is_speech(f.lang, &f.tokens[verb].norm)
        {
            return None;
        }
        let rest: Vec<usize> = cx
            .coverage
            .found()
            .filter(|&(oc, (os, _))| os == s && !subject.contains(&oc))
            .map(|(_, (_, ot))| ot)
            .collect();
        let written_again = cx.places_of(c, s).any(|u| u > verb);
        // the reported clause's own subject is no word of the claim ("the
        // council had approved"; not "Insurers said claims were expected to
        // exceed £35 million", the claim's own object in the passive)
        let text = cx.window[s].text;
        let opens =
            crate::facts::complementizer_after(text, &f.tokens, verb).map_or(verb + 1, |k| k + 1);
        let own_subject = (opens..f.tokens.len())
            .find(|&k| crate::matcher::context::carries_meaning(f, k))
            .is_some_and(|k| !cx.matched(s, k));
        (own_subject
            && !rest.is_empty()
            && rest.iter().all(|&ot| ot > verb)
            && !written_again
            && !speaks_of_itself(cx.window[s].text, f, verb))
        .then(|| said_of_another(cx, &(c..c + 1), s, t..t + 1))
    })
}

/// [`subject_only_speaks`] with the speaker after what it reports, or in a
/// "selon"/"according to" phrase: "Le conseil a approuvé le projet lundi, a
/// indiqué le maire", "The council approved the project, the mayor said",
/// "Selon le maire, le conseil a approuvé le projet" do not say the mayor
/// approved it. The claim's subject written only in that phrase, the rest
/// of the claim all in the reported clause, which opens on a subject of its
/// own: no word of the claim ("The project was approved, the mayor said"
/// leaves who approved it open), no pronoun ("«J'ai approuvé le projet», a
/// déclaré le maire" is the mayor's own word).
fn speaker_after_report(cx: &MatchContext<'_>) -> Option<Finding> {
    let (subject, found) = subject_found(cx)?;
    found.into_iter().find_map(|(c, (s, t))| {
        let (text, f) = (cx.window[s].text, cx.window[s].facts);
        let n = f.tokens.len();
        let word = |k: usize| f.tokens[k].norm.as_str();
        let comma_before = |k: usize| {
            k > 0 && text[f.tokens[k - 1].span.end..f.tokens[k].span.start].contains(',')
        };
        let of_subject = |k: usize| subject.iter().any(|&sc| cx.writes(sc, s, k));
        // the speaker's phrase: the subject's words, an article before them
        let mut start = t;
        while start > 0 && of_subject(start - 1) && !comma_before(start) {
            start -= 1;
        }
        if start > 0 && ARTICLES.contains(&word(start - 1)) && !comma_before(start) {
            start -= 1;
        }
        let mut end = t + 1;
        while end < n && of_subject(end) && !comma_before(end) {
            end += 1;
        }
        let reported = if let Some(cue) = source_cue_before(f, start) {
            // "Selon le maire, ..." opens the sentence: what follows its
            // comma; "..., selon le maire": what stands before
            if cue == 0 {
                (end < n && comma_before(end)).then_some(end..n)?
            } else {
                comma_before(cue).then_some(0..cue)?
            }
        } else if let Some(verb) =
            (end..n.min(end + SPEECH_REACH)).find(|&k| says_or_believes(f.lang, word(k)))
        {
            // "..., the mayor said": the verb opens no clause of its own
            (comma_before(start)
                && crate::facts::complementizer_after(text, &f.tokens, verb).is_none())
            .then_some(0..start)?
        } else {
            // "..., a indiqué le maire", "..., said the mayor"
            let verb = start.checked_sub(1)?;
            let opens = if verb > 0 && crate::facts::SPEECH_AUXILIARIES.contains(&word(verb - 1)) {
                verb - 1
            } else {
                verb
            };
            (crate::facts::is_speech(f.lang, word(verb)) && comma_before(opens))
                .then_some(0..opens)?
        };
        // "Selon X, qui est ...": a relative clause of the speaker's own
        if reported.start > 0 && crate::facts::RELATIVE_WORDS.contains(&word(reported.start)) {
            return None;
        }
        // the speaker's own words ("«La propagande contre moi ...», a
        // déclaré X") may be of itself
        if (reported.start..reported.end).any(|k| FIRST_PERSON.contains(&word(k))) {
            return None;
        }
        let rest: Vec<(usize, usize)> = cx
            .coverage
            .found()
            .filter(|&(oc, (os, _))| os == s && !subject.contains(&oc))
            .map(|(oc, (_, ot))| (oc, ot))
            .collect();
        // the claim's verb among what is reported ("The fire service gave the
        // figure of 4,500 hectares" against "..., the fire service said":
        // giving a figure is saying it)
        let claim_verb = cx.claim_verb_start().and_then(|v| {
            (v..cx.claim.tokens.len())
                .find(|&k| crate::matcher::context::carries_meaning(cx.claim, k))
        })?;
        let elsewhere = subject.iter().any(|&sc| {
            (0..cx.window.len()).any(|ws| {
                cx.places_of(sc, ws)
                    .any(|u| ws != s || !(start..end).contains(&u))
            })
        });
        // the reported clause's own subject (past an opening quote)
        let opener = (reported.start..reported.end).find(|&k| {
            crate::matcher::context::carries_meaning(f, k) || SUBJECT_PRONOUNS.contains(&word(k))
        });
        let own_subject =
            opener.is_some_and(|k| !cx.matched(s, k) && !SUBJECT_PRONOUNS.contains(&word(k)));
        (own_subject
            && !elsewhere
            && rest.iter().any(|&(oc, _)| oc == claim_verb)
            && rest.iter().all(|(_, ot)| reported.contains(ot)))
        .then(|| said_of_another(cx, &(c..c + 1), s, start..end))
    })
}

/// A claim word found in the window: (claim token, (window sentence,
/// token)).
type FoundWord = (usize, (usize, usize));

/// The claim's subject words (before its verb) and where the window has
/// each, for the readings of who only says or believes what the window
/// says; None for a claim that is a report itself.
fn subject_found(cx: &MatchContext<'_>) -> Option<(Vec<usize>, Vec<FoundWord>)> {
    if claim_reports(cx.claim) {
        return None;
    }
    let subject = cx.claim_subject();
    let found = cx
        .coverage
        .found()
        .filter(|(c, _)| subject.contains(c))
        .collect();
    Some((subject, found))
}

/// The first token of a "selon"/"d'après"/"according to" before token
/// `start` of `f`: what follows it is who says the rest of the sentence.
fn source_cue_before(f: &crate::facts::Facts, start: usize) -> Option<usize> {
    let word = |k: usize| f.tokens.get(k).map(|t| t.norm.as_str());
    let before = start.checked_sub(1)?;
    match word(before)? {
        "selon" => Some(before),
        "apres" if before > 0 && word(before - 1) == Some("d") => Some(before - 1),
        "to" if before > 0 && word(before - 1) == Some("according") => Some(before - 1),
        _ => None,
    }
}

/// Words of the first person (folded): a quote in them is the speaker's
/// own word, maybe of itself.
const FIRST_PERSON: &[&str] = &[
    "je", "j", "moi", "me", "m", "mon", "ma", "mes", "nous", "notre", "nos", "i", "my", "we", "us",
    "our",
];

/// The speech verb right after the name window sentence `s` attributes
/// it to (past an auxiliary): the name is its subject.
fn speech_verb_after(cx: &MatchContext<'_>, s: usize) -> Option<usize> {
    let f = cx.window[s].facts;
    let (span, _) = f.attribution.as_ref()?;
    let after = f.tokens.iter().position(|t| t.span.start >= span.end)?;
    (after..f.tokens.len().min(after + 2))
        .find(|&t| crate::facts::is_speech(f.lang, &f.tokens[t].norm))
}

/// Does the clause speech verb `verb` reports open on a pronoun, or on no
/// subject (an infinitive): what the speaker says of itself ("Amnesty a
/// déclaré qu'elle avait trouvé", "NSO said it had")?
fn speaks_of_itself(text: &str, f: &crate::facts::Facts, verb: usize) -> bool {
    let word = |k: usize| f.tokens.get(k).map(|t| t.norm.as_str());
    // past what stands between the verb and its clause ("a déclaré jeudi à
    // l'AFP que")
    match crate::facts::complementizer_after(text, &f.tokens, verb) {
        Some(k) => word(k + 1).is_none_or(|w| SUBJECT_PRONOUNS.contains(&w)),
        None => word(verb + 1).is_none_or(|w| {
            SUBJECT_PRONOUNS.contains(&w) || matches!(w, "avoir" | "etre" | "to" | "de" | "d")
        }),
    }
}

/// The name, not the claim's, that the words `said` of sentence `s` (in
/// `clause`) are said of: titled by them when the claim gives its subject
/// (tokens `subject`) a title (`titles_subject`), apposed after or before
/// them, or the noun of the relative clause they stand in.
fn attributed_to(
    cx: &MatchContext<'_>,
    s: usize,
    said: Range<usize>,
    clause: Range<usize>,
    subject: &Range<usize>,
    titles_subject: bool,
) -> Option<Range<usize>> {
    let (text, f) = (cx.window[s].text, cx.window[s].facts);
    let comma_before =
        |t: usize| t > 0 && text[f.tokens[t - 1].span.end..f.tokens[t].span.start].contains(',');
    let other_name = |t: usize| f.keys.names.contains(&t) && !cx.matched(s, t);
    let run_to = |t: usize| {
        let mut start = t;
        while start > 0 && f.keys.names.contains(&(start - 1)) && !comma_before(start) {
            start -= 1;
        }
        start..t + 1
    };
    // an apposition is a noun phrase: it opens with an article
    let article = |t: usize| ARTICLES.contains(&f.tokens[t].norm.as_str());
    // "l'ancien Premier ministre du Liban Rafic Hariri", not "Marc Dubois,
    // directeur de l'hôpital Georges Pompidou"
    if titles_subject
        && !title_joined_to_subject(cx, s, &said, subject)
        && let Some(name) = titled_name(cx, s, &said)
    {
        return Some(name);
    }
    // "un membre de la CIA, Valerie Plame"; the claim's name may be found
    // at the start of a longer one ("la Central Intelligence Agency (CIA)"
    // for "la CIA"), whose words are no gap
    let after = clause.end;
    let mut said_end = said.end;
    while said_end < after && f.tokens[said_end].capitalized {
        said_end += 1;
    }
    if after < f.tokens.len()
        && said.start > 0
        && article(said.start - 1)
        && after - said_end <= MAX_GAP
        && comma_before(after)
        && other_name(after)
    {
        return Some(name_from(f, after));
    }
    // "Valerie Plame, un membre de la CIA"
    if clause.start > 0
        && article(clause.start)
        && said.start - clause.start <= MAX_GAP
        && comma_before(clause.start)
        && other_name(clause.start - 1)
    {
        return Some(run_to(clause.start - 1));
    }
    // "le pape Pie VI, qui mourra en captivité"
    cx.relative_noun(s, &clause)
        .filter(|&noun| other_name(noun))
        .map(run_to)
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn role_table() {
        let elsewhere = &[(Kind::Role, Effect::Blocks)][..];
        let table: &[Row] = &[
            // a title right before another name is that name's
            (
                "Karim Haddad a été Premier ministre du Liban.",
                Fr,
                "La coalition menée par Karim Haddad, fils de l'ancien Premier ministre du Liban Nabil Haddad, a remporté la majorité des sièges.",
                Fr,
                elsewhere,
            ),
            (
                "Karim Haddad was prime minister of Lebanon.",
                En,
                "The coalition led by Karim Haddad, son of former Lebanese prime minister Nabil Haddad, won a majority of seats.",
                En,
                elsewhere,
            ),
            // ... past a country's adjective after the title
            (
                "Paul Girard est Premier ministre.",
                Fr,
                "Paul Girard a appelé le Premier ministre israélien Nadav Levi.",
                Fr,
                elsewhere,
            ),
            (
                "Nadav Levi est Premier ministre.",
                Fr,
                "Paul Girard a appelé le Premier ministre israélien Nadav Levi.",
                Fr,
                &[],
            ),
            // a title of an institution or a field: the whole is the name's
            (
                "Marc Dubois est ministre de la Défense.",
                Fr,
                "Marc Dubois a reçu le ministre de la Défense Benny Gantz.",
                Fr,
                elsewhere,
            ),
            (
                "Marc Dubois is the director of the hospital.",
                En,
                "Marc Dubois met the director of the hospital Jean Leroy on Tuesday.",
                En,
                elsewhere,
            ),
            // ... the title joined to the subject, the name the hospital's
            (
                "Marc Dubois is the director of the hospital.",
                En,
                "Marc Dubois, director of the hospital Georges Pompidou, met Jean Leroy.",
                En,
                &[],
            ),
            // ... or apposed to it, the claim's subject in the clause as
            // someone else
            (
                "Marc Dubois is the director of the hospital.",
                En,
                "Marc Dubois met the director of the hospital, Jean Leroy, on Tuesday.",
                En,
                elsewhere,
            ),
            (
                "Marc Dubois est le directeur de l'hôpital.",
                Fr,
                "Marc Dubois a rencontré le directeur de l'hôpital, Jean Leroy, mardi.",
                Fr,
                elsewhere,
            ),
            // the claim's own relation to the titled name
            (
                "Karim Haddad est le fils de l'ancien Premier ministre du Liban.",
                Fr,
                "Karim Haddad, fils de l'ancien Premier ministre du Liban Nabil Haddad, a gagné.",
                Fr,
                &[],
            ),
            (
                "Karim Haddad is the son of Lebanon's former prime minister.",
                En,
                "Karim Haddad, son of former Lebanese prime minister Nabil Haddad, won.",
                En,
                &[],
            ),
            (
                "Marc Dubois is an adviser to the president.",
                En,
                "Marc Dubois, an adviser to president Paul Girard, resigned.",
                En,
                &[],
            ),
            // the window gives the title to the subject: the name after it
            // is the hospital's
            (
                "Marc Dubois est le directeur de l'hôpital.",
                Fr,
                "Marc Dubois, directeur de l'hôpital Georges Pompidou, a rencontré Jean Leroy.",
                Fr,
                &[],
            ),
            (
                "Marc Dubois is the director of the hospital.",
                En,
                "Marc Dubois is the director of the hospital Georges Pompidou.",
                En,
                &[],
            ),
            // an act, not a title: the friend is someone else in the claim too
            (
                "Steven Mills a été abattu par un ami.",
                Fr,
                "La mort de Steven Mills, abattu par son ami Philip Saylor, a choqué la ville.",
                Fr,
                &[],
            ),
            // the relative clause may be said of the noun whose complement
            // stands before it, the claim's subject
            (
                "The union is demanding a 6% pay rise.",
                En,
                "The strike was called by the UDC, the largest union of the company, which is demanding a 6% pay rise.",
                En,
                &[],
            ),
            (
                "Le syndicat a réclamé une hausse des salaires de 6 %.",
                Fr,
                "La grève a été lancée par l'UDC, premier syndicat de l'entreprise, qui a réclamé une hausse des salaires de 6 %.",
                Fr,
                &[],
            ),
            // the noun's name before the bracket that abbreviates it
            (
                "Marco Bellini est membre de l'Académie Rossi.",
                Fr,
                "Marco Bellini a fondé en 1996 l'Orchestra Nuova di Torino (O.N.T.), dont les membres sont les meilleurs élèves de l'Académie Rossi.",
                Fr,
                elsewhere,
            ),
            (
                "Marco Bellini is a member of the Rossi Academy.",
                En,
                "In 1996 Marco Bellini founded the Nuova Orchestra of Turin (N.O.T.), whose members are the best students of the Rossi Academy.",
                En,
                elsewhere,
            ),
            // the claim's name found at the start of a longer one, its
            // abbreviation in a bracket
            (
                "Anna Berg est membre de la NRA.",
                Fr,
                "La journaliste Anna Berg a été condamnée pour avoir refusé de nommer la source qui a identifié un membre de la National Rowing Association (NRA) suédoise, Lena Holm.",
                Fr,
                elsewhere,
            ),
            (
                "Anna Berg is a member of the NRA.",
                En,
                "The journalist Anna Berg was jailed for refusing to name the source who identified a member of the National Rowing Association (NRA), Lena Holm.",
                En,
                elsewhere,
            ),
            (
                "Judith Miller est un membre de la CIA.",
                Fr,
                "Judith Miller a refusé de nommer la source qui a identifié un membre de la CIA, Valerie Plame.",
                Fr,
                elsewhere,
            ),
            (
                "Judith Miller is a member of the CIA.",
                En,
                "Judith Miller refused to name the source who identified a CIA member, Valerie Plame.",
                En,
                elsewhere,
            ),
            (
                "Alexandre Berthier est mort en captivité.",
                Fr,
                "L'armée du général Alexandre Berthier a emprisonné le pape Pie VI, qui mourra en captivité.",
                Fr,
                elsewhere,
            ),
            (
                "Berthier died in captivity.",
                En,
                "Berthier's army jailed Pope Pius VI, who died in captivity.",
                En,
                elsewhere,
            ),
            (
                "Florence Parly is the defence minister.",
                En,
                "Le ministre israélien de la Défense, Benny Gantz, a assuré son homologue française.",
                Fr,
                elsewhere,
            ),
            (
                "Florence Parly est la ministre des Armées.",
                Fr,
                "La ministre des Armées, Florence Parly, a reçu Benny Gantz.",
                Fr,
                &[],
            ),
            (
                "Valerie Plame est un membre de la CIA.",
                Fr,
                "Judith Miller a refusé de nommer la source qui a identifié un membre de la CIA, Valerie Plame.",
                Fr,
                &[],
            ),
            // the relative clause is said of the claim's subject
            (
                "Pius VI died in captivity.",
                En,
                "Berthier's army jailed Pope Pius VI, who died in captivity.",
                En,
                &[],
            ),
            (
                "Gabriel Attal a présidé le conseil de défense.",
                Fr,
                "Le porte-parole, Gabriel Attal, a présidé le conseil de défense.",
                Fr,
                &[],
            ),
        ];
        assert_rows("role", table);
    }

    /// The claim's verb as a participle apposed to another name: said of
    /// that name.
    #[test]
    fn a_relative_clause_of_another_noun() {
        let elsewhere = &[(Kind::Role, Effect::Blocks)][..];
        let table: &[Row] = &[
            (
                "Le passeport pour animaux contient l'historique complet des vaccinations.",
                Fr,
                "Le passeport pour animaux ne doit pas être confondu avec la pochette violette, qui enregistre l'historique complet des vaccinations.",
                Fr,
                elsewhere,
            ),
            (
                "The pet passport contains the full history of vaccinations.",
                En,
                "The pet passport must not be confused with the purple booklet, which contains the full history of vaccinations.",
                En,
                elsewhere,
            ),
            (
                "The pet passport contains the full history of vaccinations.",
                En,
                "Le passeport pour animaux ne doit pas être confondu avec la pochette violette, qui enregistre l'historique complet des vaccinations.",
                Fr,
                elsewhere,
            ),
            // the relative clause of the claim's subject states it
            (
                "Le passeport pour animaux contient l'historique complet des vaccinations.",
                Fr,
                "Voici le passeport, qui contient l'historique complet des vaccinations.",
                Fr,
                &[],
            ),
            // the claim's subject inside the clause
            (
                "The pet passport contains the full history of vaccinations.",
                En,
                "Vets issue a booklet, which the pet passport replaces, and which contains the full history of vaccinations.",
                En,
                &[],
            ),
        ];
        assert_rows("role", table);
    }

    #[test]
    fn a_passive_whose_agent_is_another_name() {
        let elsewhere = &[(Kind::Role, Effect::Blocks)][..];
        let table: &[Row] = &[
            (
                "La Russie a salué la déclaration du Parlement letton.",
                Fr,
                "Le Parlement letton a publié une déclaration, immédiatement saluée par Kiev.",
                Fr,
                elsewhere,
            ),
            (
                "Russia welcomed the statement of the Latvian parliament.",
                En,
                "The Latvian parliament issued a statement, which was welcomed by Kyiv.",
                En,
                elsewhere,
            ),
            (
                "Russia published the statement of the Latvian parliament.",
                En,
                "Le Parlement letton a adopté une déclaration, publiée par Kiev.",
                Fr,
                elsewhere,
            ),
            // the claim's subject among the agents
            (
                "La Russie a salué la déclaration du Parlement letton.",
                Fr,
                "Le Parlement letton a publié une déclaration, saluée par Kiev et par la Russie.",
                Fr,
                &[],
            ),
            // a passive claim names its agent after its verb
            (
                "La déclaration du Parlement letton a été saluée par la Russie.",
                Fr,
                "Le Parlement letton a publié une déclaration, saluée par Kiev.",
                Fr,
                &[],
            ),
            // an agent that is not a name
            (
                "La Russie a salué la déclaration du Parlement letton.",
                Fr,
                "La Russie a salué la déclaration du Parlement letton, saluée par beaucoup.",
                Fr,
                &[],
            ),
            // a participle in what the claim's verb governs is not its verb
            (
                "Le Soir and 12 other newsrooms had access to 8,000 potentially targeted phone numbers.",
                En,
                "Le Soir ainsi que 12 autres rédactions ont eu accès à 8 000 numéros potentiellement ciblés par Orvex.",
                Fr,
                &[],
            ),
            (
                "Le Soir et 12 autres rédactions ont eu accès à 8 000 numéros ciblés.",
                Fr,
                "Le Soir ainsi que 12 autres rédactions ont eu accès à 8 000 numéros potentiellement ciblés par Orvex.",
                Fr,
                &[],
            ),
        ];
        assert_rows("role", table);
    }

    #[test]
    fn a_participle_apposed_to_another_name() {
        let elsewhere = &[(Kind::Role, Effect::Blocks)][..];
        let table: &[Row] = &[
            (
                "Meyer Habib a été accusé d'antisémitisme par La France insoumise.",
                Fr,
                "Un violent échange a opposé le député Meyer Habib et le groupe LFI, accusé d'antisémitisme.",
                Fr,
                elsewhere,
            ),
            (
                "Tom Baker was accused of fraud by the Greens.",
                En,
                "The debate pitted Tom Baker against the Green leader Anna Lind, accused of fraud.",
                En,
                elsewhere,
            ),
            (
                "Tom Baker a été accusé de fraude.",
                Fr,
                "The debate pitted Tom Baker against the Green leader Anna Lind, accused of fraud.",
                En,
                elsewhere,
            ),
            // the name is the claim's subject
            (
                "Anna Lind was accused of fraud.",
                En,
                "The debate pitted Tom Baker against the Green leader Anna Lind, accused of fraud.",
                En,
                &[],
            ),
            // the name closes an apposition: the participle is the sentence's verb
            (
                "Carla Mendes closed all 14 public schools.",
                En,
                "Riverton's mayor, Carla Mendes, closed all 14 public schools.",
                En,
                &[],
            ),
            // the name is a complement: the participle is said of the noun before it
            (
                "Charles Chaplin a produit le film.",
                Fr,
                "Ce film de Mabel Normand, produit par Charles Chaplin, a été un succès.",
                Fr,
                &[],
            ),
        ];
        assert_rows("role", table);
    }

    /// A name of the claim the window has only as who reports what it
    /// says: the speaker is not the one who did it, nor a place.
    #[test]
    fn a_name_only_as_the_speaker() {
        let speaker = &[(Kind::Role, Effect::Blocks)][..];
        let table: &[Row] = &[
            (
                "Marta Keller a été élue lors du scrutin du 12 mars.",
                Fr,
                "La présidente du comité, Marta Keller, a constaté que les habitants se sont déplacés en grand nombre pour voter lors du scrutin du 12 mars.",
                Fr,
                speaker,
            ),
            (
                "Marta Keller was elected in the vote of 12 March.",
                En,
                "Marta Keller said the residents turned out in large numbers for the vote of 12 March.",
                En,
                speaker,
            ),
            (
                "Le maire rencontrera le préfet à Dunmore.",
                Fr,
                "Dunmore a déclaré que la mairie avait été choisie pour la rencontre entre le maire et le préfet.",
                Fr,
                speaker,
            ),
            (
                "Marta Keller étudie le conflit avec les voisins.",
                Fr,
                "La rédactrice du journal, Marta Keller, affirme que de nombreux voisins sont fatigués du conflit.",
                Fr,
                speaker,
            ),
            (
                "Southwest Airlines opère à Riverton.",
                Fr,
                "Southwest Airlines a déclaré jeudi que la reconstruction du service à Riverton était sa priorité.",
                Fr,
                speaker,
            ),
            // ... a subject of common nouns too
            (
                "The mayor approved the stadium project.",
                En,
                "The mayor said that the council had approved the stadium project.",
                En,
                speaker,
            ),
            (
                "Le maire a approuvé le projet de stade.",
                Fr,
                "Le maire a annoncé que le conseil avait approuvé le projet de stade.",
                Fr,
                speaker,
            ),
            (
                "Le maire a approuvé le projet de stade.",
                Fr,
                "Le maire a annoncé qu'il avait approuvé le projet de stade.",
                Fr,
                &[],
            ),
            // ... a verb of belief
            (
                "The mayor approved the stadium project.",
                En,
                "The mayor wrongly believed that the council had approved the stadium project.",
                En,
                speaker,
            ),
            (
                "Le maire a approuvé le projet de stade.",
                Fr,
                "Le maire pensait que le conseil avait approuvé le projet de stade.",
                Fr,
                speaker,
            ),
            (
                "Jean Morel approved the stadium project.",
                En,
                "Jean Morel thought the council had approved the stadium project.",
                En,
                speaker,
            ),
            (
                "Jean Morel thought the council had approved the stadium project.",
                En,
                "Jean Morel thought the council had approved the stadium project.",
                En,
                &[],
            ),
            // ... the speaker after what it reports, or in "selon X"
            (
                "The mayor approved the stadium project.",
                En,
                "The council approved the stadium project on Monday, the mayor said.",
                En,
                speaker,
            ),
            (
                "The mayor approved the stadium project.",
                En,
                "The council approved the stadium project, said the mayor.",
                En,
                speaker,
            ),
            (
                "The mayor approved the stadium project.",
                En,
                "According to the mayor, the council approved the stadium project.",
                En,
                speaker,
            ),
            (
                "Le maire a approuvé le projet de stade.",
                Fr,
                "Le conseil a approuvé le projet de stade lundi, a indiqué le maire.",
                Fr,
                speaker,
            ),
            (
                "Le maire a approuvé le projet de stade.",
                Fr,
                "Selon le maire, le conseil a approuvé lundi le projet de stade.",
                Fr,
                speaker,
            ),
            (
                "Jean Morel a approuvé le projet de stade.",
                Fr,
                "Le conseil a approuvé le projet de stade, selon Jean Morel.",
                Fr,
                speaker,
            ),
            // (the speaker's own words; the claim's subject in what is
            // reported; its relative clause; a claim verb not reported)
            (
                "Le maire a approuvé le projet de stade.",
                Fr,
                "« Le conseil et moi avons approuvé le projet de stade », a déclaré le maire.",
                Fr,
                &[],
            ),
            (
                "The mayor approved the stadium project.",
                En,
                "The mayor approved the stadium project on Monday, his spokesman said.",
                En,
                &[],
            ),
            (
                "Le conseil a approuvé le projet de stade.",
                Fr,
                "Selon le maire, le conseil a approuvé lundi le projet de stade.",
                Fr,
                &[],
            ),
            (
                "Le maire est propriétaire du stade.",
                Fr,
                "Selon le maire, qui est propriétaire du stade, le projet a été approuvé.",
                Fr,
                &[],
            ),
            (
                "The fire service gave the figure of 4,500 hectares.",
                En,
                "The fire burned 4,500 hectares, the fire service said.",
                En,
                &[],
            ),
            (
                "The mayor said that the council had approved the stadium project.",
                En,
                "The mayor said that the council had approved the stadium project.",
                En,
                &[],
            ),
            // (the reported clause opening on the claim's own object: the
            // speaker's expectation, in the passive)
            (
                "Insurers expect claims of more than £35 million.",
                En,
                "Insurers said claims were expected to exceed £35 million.",
                En,
                &[],
            ),
            // the speaker speaks of itself: a pronoun, an infinitive
            (
                "Marta Keller a voté lors du scrutin du 12 mars.",
                Fr,
                "Marta Keller a déclaré qu'elle avait voté lors du scrutin du 12 mars.",
                Fr,
                &[],
            ),
            (
                "Marta Keller voted in the vote of 12 March.",
                En,
                "Marta Keller said she voted in the vote of 12 March.",
                En,
                &[],
            ),
            // a claim that is itself a report or a finding
            (
                "Amnesty International a identifié 14 ministres.",
                Fr,
                "Amnesty International a déclaré que 14 ministres ont été visés.",
                Fr,
                &[],
            ),
            // the claim's words in the speaker's apposition
            (
                "Jack Straw est ministre des Affaires étrangères.",
                Fr,
                "Le ministre des Affaires étrangères, Jack Straw, a déclaré que les Irakiens avaient voté.",
                Fr,
                &[],
            ),
        ];
        assert_rows("role", table);
    }
}

//! Candidate windows: a fact is often split over sentences ("Selon
//! Amnesty, ... . Parmi eux, 14 ..."), so a candidate sentence is tried
//! alone and with its neighbours, and a window that lacks only the claim's
//! place is tried again with the earlier sentences that say where.

use super::decide::{waits_for_figure, waits_for_place};
use super::finding::{Effect, Finding, Kind};
use super::sentence::{CorpusStats, WindowSentence};
use super::{
    MatchResult, Relation, match_claim_after_antecedent, match_claim_by_meaning,
    match_claim_in_context, place_names,
};
use crate::facts::Facts;
use crate::text::{Lang, TokenKind, name_key};
use std::ops::Range;

/// The sentences of one source as the matcher reads them: analysed on
/// demand (a claim touches a few sentences of a large corpus).
pub trait Article {
    fn sentence_count(&self) -> usize;
    fn text(&self, k: usize) -> &str;
    /// Make sure sentences `range` (clipped to the article) are analysed.
    fn analyse(&mut self, range: Range<usize>);
    /// The facts of sentence `k`, analysed already.
    fn facts(&self, k: usize) -> &Facts;

    /// Sentences `ks`, analysed already, as a window.
    fn window(&self, ks: impl Iterator<Item = usize>) -> Vec<WindowSentence<'_>>
    where
        Self: Sized,
    {
        ks.map(|k| WindowSentence {
            text: self.text(k),
            facts: self.facts(k),
        })
        .collect()
    }
}

/// The claim as every window is matched against it.
pub struct ClaimUnderCheck<'a> {
    pub text: &'a str,
    pub facts: &'a Facts,
}

/// The windows tried around sentence `i`, in order: alone, with the one
/// before, with the one after, with both, and with the two before (a
/// pronoun's antecedent two sentences back: "Benny Gantz a informé ... Il
/// s'est également entretenu avec ...").
fn windows_around(i: usize, n: usize) -> Vec<Range<usize>> {
    let mut windows = Vec::with_capacity(5);
    windows.push(i..i + 1);
    if i > 0 {
        windows.push(i - 1..i + 1);
    }
    if i + 1 < n {
        windows.push(i..i + 2);
    }
    if i > 0 && i + 1 < n {
        windows.push(i - 1..i + 2);
    }
    if i > 1 {
        windows.push(i - 2..i + 1);
    }
    windows
}

/// The windows around candidate sentence `i`, each matched when the
/// iterator reaches it (a caller that stops early matches no more).
fn matched_windows<'a, A: Article>(
    article: &'a mut A,
    claim: &'a ClaimUnderCheck<'a>,
    i: usize,
    stats: &'a dyn CorpusStats,
) -> impl Iterator<Item = (Range<usize>, MatchResult)> + 'a {
    let n = article.sentence_count();
    // each window's sentences are analysed when it is reached: the first
    // window that decides spares the analysis of the others
    windows_around(i, n).into_iter().map(move |w| {
        article.analyse(w.clone());
        let sentences = article.window(w.clone());
        let result = match_claim_in_context(claim.text, claim.facts, &sentences, &[], stats);
        (w, result)
    })
}

/// Match the claim around candidate sentence `i`: the first window that
/// decides, else the related one that states most of the claim; a window
/// that lacks only the place gets the article's earlier sentences.
pub fn match_candidate(
    article: &mut impl Article,
    claim: &ClaimUnderCheck<'_>,
    i: usize,
    stats: &dyn CorpusStats,
) -> Option<(Range<usize>, MatchResult)> {
    let mut best: Option<(Range<usize>, MatchResult)> = None;
    for (w, result) in matched_windows(article, claim, i, stats) {
        if result.relation != Relation::Related {
            best = Some((w, result));
            break;
        }
        if best
            .as_ref()
            .is_none_or(|(_, b)| result.coverage > b.coverage + 1e-9)
        {
            best = Some((w, result));
        }
    }
    let (window, mut result) = best?;
    // no window decided: the one that states most of the claim, read again
    // with the words no dictionary found looked for by meaning
    if result.relation == Relation::Related && result.worth_aligning {
        let sentences = article.window(window.clone());
        let by_meaning = match_claim_by_meaning(claim.text, claim.facts, &sentences, stats);
        if by_meaning.relation != Relation::Related || by_meaning.coverage > result.coverage {
            result = by_meaning;
        }
    }
    if waits_for_place(&result.findings)
        && let Some(placed) = with_place_context(article, claim, window.clone(), stats)
    {
        return Some((window, placed));
    }
    if waits_for_figure(&result.findings)
        && let Some(counted) = with_figure_context(article, claim, window.clone(), stats)
    {
        return Some((window, counted));
    }
    if result.relation == Relation::Related
        && only_names_missing(&result.findings)
        && let Some(resolved) = with_antecedent(article, claim, window.clone(), stats)
    {
        return Some((window, resolved));
    }
    if result.relation == Relation::Related
        && let Some(resolved) = with_title_holder(article, claim, window.clone(), stats)
    {
        return Some((window, resolved));
    }
    Some((window, result))
}

/// Every window around candidate sentence `i`, matched, without choosing:
/// what `scripts/fit_decision.py` learns from (the findings and features of
/// a window do not depend on the decision).
pub fn every_window(
    article: &mut impl Article,
    claim: &ClaimUnderCheck<'_>,
    i: usize,
    stats: &dyn CorpusStats,
) -> Vec<MatchResult> {
    matched_windows(article, claim, i, stats)
        .map(|(_, result)| result)
        .collect()
}

/// The name keys of tokens `tokens` of `facts` (the claim's names, its
/// places).
fn name_keys_of(facts: &Facts, tokens: &[usize]) -> Vec<String> {
    tokens
        .iter()
        .map(|&i| name_key(&facts.tokens[i].norm))
        .collect()
}

/// Does sentence `f` write key `key` (a name's, a word's)?
fn writes_key(f: &Facts, key: &str) -> bool {
    f.keys.words.iter().any(|w| w.iter().any(|k| k == key))
}

/// Sentences before a window searched for where its event took place.
const PLACE_LOOKBACK: usize = 8;

/// A window that says everything but where ("... une session ... s'était
/// tenue entre Eyal Hulata et ... Emmanuel Bonne" for "Eyal Hulata met
/// Emmanuel Bonne in Paris"), matched again with the earlier sentences of the
/// same article that name one of the same people together with the claim's
/// place ("Eyal Hulata a été envoyé à Paris"). Kept only if it then
/// supports the claim: context never makes a contradiction.
fn with_place_context(
    article: &mut impl Article,
    claim: &ClaimUnderCheck<'_>,
    window: Range<usize>,
    stats: &dyn CorpusStats,
) -> Option<MatchResult> {
    let facts = claim.facts;
    let place_tokens = place_names(facts);
    if place_tokens.is_empty() {
        return None;
    }
    let places = name_keys_of(facts, &place_tokens);
    // the claim's people that the window names too
    let mut shared = name_keys_of(facts, &facts.keys.names);
    shared
        .retain(|k| !places.contains(k) && window.clone().any(|w| writes_key(article.facts(w), k)));
    if shared.is_empty() {
        return None;
    }
    // only sentences that spell a place out are worth analysing
    let place_words: Vec<&str> = place_tokens
        .iter()
        .map(|&i| facts.tokens[i].norm.as_str())
        .collect();
    let lookback: Vec<usize> = (window.start.saturating_sub(PLACE_LOOKBACK)..window.start)
        .filter(|&k| {
            let folded = crate::text::fold(article.text(k));
            place_words.iter().any(|p| folded.contains(p))
        })
        .collect();
    for &k in &lookback {
        article.analyse(k..k + 1);
    }
    let article = &*article;
    let context = article.window(lookback.into_iter().filter(|&k| {
        let f = article.facts(k);
        places.iter().any(|p| writes_key(f, p)) && shared.iter().any(|n| writes_key(f, n))
    }));
    if context.is_empty() {
        return None;
    }
    supported_in_context(article, claim, window, &context, stats)
}

/// Sentences before a window searched for a count the claim refers to.
const FIGURE_LOOKBACK: usize = 12;

/// A window that says everything but a figure the claim refers to as known
/// ("Les 14 écoles rouvriront le lundi 13 novembre" against "The schools
/// will reopen on Monday 13 November"), matched again with the earlier
/// sentences of the same article that give figures ("closed all 14 public
/// schools"). Kept only if it then supports the claim: context
/// never makes a contradiction.
fn with_figure_context(
    article: &mut impl Article,
    claim: &ClaimUnderCheck<'_>,
    window: Range<usize>,
    stats: &dyn CorpusStats,
) -> Option<MatchResult> {
    let facts = claim.facts;
    if !facts
        .quantities
        .iter()
        .any(|q| super::rules::definite_figure(facts, q))
    {
        return None;
    }
    let lookback = window.start.saturating_sub(FIGURE_LOOKBACK)..window.start;
    article.analyse(lookback.clone());
    let article = &*article;
    let context = article.window(
        lookback
            .into_iter()
            .filter(|&k| !article.facts(k).quantities.is_empty()),
    );
    if context.is_empty() {
        return None;
    }
    supported_in_context(article, claim, window, &context, stats)
}

/// The window matched again with `context`, kept only if it then supports
/// the claim: context never makes a contradiction.
fn supported_in_context(
    article: &impl Article,
    claim: &ClaimUnderCheck<'_>,
    window: Range<usize>,
    context: &[WindowSentence<'_>],
    stats: &dyn CorpusStats,
) -> Option<MatchResult> {
    let sentences = article.window(window);
    let result = match_claim_in_context(claim.text, claim.facts, &sentences, context, stats);
    (result.relation == Relation::Supports).then_some(result)
}

/// `result` with the reason that the window's words `said` (at `at`: its
/// sentence, the span) were read through `sentence`, earlier in the
/// article (`context`).
fn with_context_reason(
    mut result: MatchResult,
    said: &str,
    sentence: &str,
    (slot, span): (usize, Range<usize>),
) -> MatchResult {
    result.findings.push(
        Finding::new(Kind::Context, Effect::Neutral, said, sentence.trim()).at_source(slot, span),
    );
    result
}

/// Demonstratives that point back to a thing named earlier (folded):
/// "cette rencontre", "these talks". ("that" is left out: it is a
/// conjunction as often, "said that NSO ...".)
const DEMONSTRATIVES_FR: &[&str] = &["ce", "cet", "cette", "ces"];
const DEMONSTRATIVES_EN: &[&str] = &["this", "these", "those"];

/// Nouns after a demonstrative that point to a time or a stage of what is
/// said, not to a thing an earlier sentence names ("ce jeudi", "à ce
/// stade", "this week") (folded).
const NOT_ANTECEDENT_NOUNS: &[&str] = &[
    "jour", "jours", "matin", "soir", "nuit", "semaine", "mois", "annee", "an", "moment", "stade",
    "point", "sujet", "day", "days", "morning", "evening", "night", "week", "month", "year",
    "time", "stage", "point", "matter",
];

/// Tokens of the sentence a demonstrative points back to, on either side
/// of its noun, within which the names it supplies stand: the noun's own
/// phrase and clause ("une rencontre entre responsables israélien et
/// français a eu lieu récemment à Paris").
const ANTECEDENT_REACH: usize = 16;

/// Is every claim word the window misses a name or a place? Only then may
/// the sentence a demonstrative points back to complete it: it supplies
/// names, and a window that misses other words is about something else
/// ("cette affaire" does not make "Le royaume chérifien conteste son
/// implication" say what the Élysée denied).
fn only_names_missing(findings: &[Finding]) -> bool {
    let words = |kind: Kind| -> std::collections::BTreeSet<&str> {
        findings
            .iter()
            .filter(|f| f.kind == kind)
            .flat_map(|f| f.claim.split(", "))
            .collect()
    };
    let missing = words(Kind::Missing);
    !missing.is_empty() && missing.is_subset(&words(Kind::Participant))
}

/// Does sentence `a` write name `key` near a word of `noun_keys` (within
/// [`ANTECEDENT_REACH`] tokens), not as the party it quotes ("... les
/// avancées de l'enquête”, souligne l'Élysée": the Élysée speaks of the
/// inquiry, it takes no part in it)?
fn names_near(a: &Facts, noun_keys: &[String], key: &str) -> bool {
    let speaker = a.attribution.as_ref().map(|(span, _)| span.clone());
    let quoted = |t: usize| {
        speaker
            .as_ref()
            .is_some_and(|s| s.start <= a.tokens[t].span.start && a.tokens[t].span.end <= s.end)
    };
    let at = |t: usize, keys: &dyn Fn(&String) -> bool| a.keys.words[t].iter().any(keys);
    let nouns: Vec<usize> = (0..a.tokens.len())
        .filter(|&t| at(t, &|k| noun_keys.contains(k)))
        .collect();
    (0..a.tokens.len())
        .filter(|&t| at(t, &|k| k == key) && !quoted(t))
        .any(|t| nouns.iter().any(|&n| n.abs_diff(t) <= ANTECEDENT_REACH))
}

/// Sentences before a window searched for what its demonstrative points
/// back to: an article names a meeting in its lead and comes back to "cette
/// rencontre" many paragraphs on.
const ANTECEDENT_LOOKBACK: usize = 24;

/// The demonstratives of `f` with their noun: (the demonstrative's token,
/// the noun's token), for nouns that carry meaning and are no date or time.
fn demonstrative_nouns(f: &Facts) -> Vec<(usize, usize)> {
    let demonstratives = match f.lang {
        Lang::Fr => DEMONSTRATIVES_FR,
        Lang::En => DEMONSTRATIVES_EN,
    };
    let in_date = |t: usize| f.dates.iter().any(|d| d.tokens.contains(&t));
    (0..f.tokens.len().saturating_sub(1))
        .filter(|&t| demonstratives.contains(&f.tokens[t].norm.as_str()))
        .map(|t| (t, t + 1))
        .filter(|&(_, n)| {
            let noun = &f.tokens[n];
            noun.kind == TokenKind::Word
                && !noun.capitalized
                && !f.keys.words[n].is_empty()
                && !NOT_ANTECEDENT_NOUNS.contains(&noun.norm.as_str())
                && !in_date(n)
        })
        .collect()
}

/// A window that says what the claim says of a thing it names by a
/// demonstrative ("Ni le bureau du Premier ministre israélien, ni NSO,
/// n'ont fait de commentaires sur cette rencontre" for "NSO commented on
/// the meeting in Paris"), without the claim's names or place that the
/// sentence it points back to gives ("une rencontre entre responsables
/// israélien et français a eu lieu récemment à Paris"): matched again with
/// that sentence, the nearest earlier one of the article that writes the
/// same noun and one of the names. The window then decides as it would with
/// the names written in it, support or contradiction, and says so
/// (`context`: the demonstrative and the sentence it points back to).
fn with_antecedent(
    article: &mut impl Article,
    claim: &ClaimUnderCheck<'_>,
    window: Range<usize>,
    stats: &dyn CorpusStats,
) -> Option<MatchResult> {
    let facts = claim.facts;
    // the claim's names and places the window does not write
    let mut missing = name_keys_of(facts, &facts.keys.names);
    missing.extend(name_keys_of(facts, &place_names(facts)));
    missing.retain(|k| !window.clone().any(|w| writes_key(article.facts(w), k)));
    if missing.is_empty() {
        return None;
    }
    let lookback = window.start.saturating_sub(ANTECEDENT_LOOKBACK)..window.start;
    for w in window.clone() {
        for (det, noun) in demonstrative_nouns(article.facts(w)) {
            let f = article.facts(w);
            let noun_keys = f.keys.words[noun].clone();
            // (only sentences that spell the noun out are worth analysing:
            // its singular, "ces révélations" / "une révélation")
            let norm = f.tokens[noun].norm.to_string();
            let stem = norm.strip_suffix(['s', 'x']).unwrap_or(&norm).to_string();
            let phrase = f.tokens[det].span.start..f.tokens[noun].span.end;
            let Some(k) = lookback.clone().rev().find(|&k| {
                crate::text::fold(article.text(k)).contains(&stem) && {
                    article.analyse(k..k + 1);
                    let a = article.facts(k);
                    a.keys
                        .words
                        .iter()
                        .any(|ws| ws.iter().any(|x| noun_keys.contains(x)))
                }
            }) else {
                continue;
            };
            // the names it writes are the thing's own, or it is not the
            // thing named with its participants
            let a = article.facts(k);
            let written: Vec<&String> = missing.iter().filter(|m| writes_key(a, m)).collect();
            if written.is_empty() || !written.iter().all(|m| names_near(a, &noun_keys, m)) {
                continue;
            }
            let article = &*article;
            let sentences = article.window(window.clone());
            let context = article.window(std::iter::once(k));
            let result =
                match_claim_after_antecedent(claim.text, facts, &sentences, &context, stats);
            if result.relation == Relation::Related {
                continue;
            }
            let ws = &sentences[w - window.start];
            let said = &ws.text[phrase.clone()];
            let at = (w - window.start, phrase.clone());
            return Some(with_context_reason(result, said, article.text(k), at));
        }
    }
    None
}

/// Articles a sentence opens on before a title ("Le président français a
/// réuni ...") and before a title given a name ("du président Emmanuel
/// Macron") (folded).
const TITLE_OPENERS: &[&str] = &["le", "la", "l", "the"];
const TITLE_ARTICLES: &[&str] = &["le", "la", "l", "the", "du", "au"];
/// Words after which an article opens a title's complement, not the title
/// ("ministre de l'Industrie", "minister of the Interior") (folded).
const TITLE_COMPLEMENTS: &[&str] = &["de", "d", "of"];
/// Words of a title between its article and the name it is given, at most
/// ("le ministre israélien de la Défense Benny Gantz").
const TITLE_WORDS: usize = 5;
/// Sentences of the article on either side of a window searched for the
/// name its title is given.
const TITLE_LOOKAROUND: usize = 40;

/// A title sentence `a` gives a name: the folded words between its article
/// and the name ("le président français Emmanuel Macron": ["president",
/// "francais"]), and the name's run of capitalised words, each with its
/// name keys (a title's own capitalised words lead the run: "le ministre
/// de la Défense Benny Gantz", "le directeur de l'usine de Brenac Paul
/// Serre").
struct TitleGiven {
    title: Vec<String>,
    run: Vec<(String, Vec<String>)>,
}

/// The titles sentence `a` gives names.
fn titles_given(a: &Facts) -> Vec<TitleGiven> {
    let is_name = |t: usize| a.keys.names.contains(&t);
    let norm = |t: usize| a.tokens[t].norm.as_str();
    let mut found = Vec::new();
    for n in 1..a.tokens.len() {
        if !is_name(n) || is_name(n - 1) {
            continue;
        }
        // back from the name over the title's words to its article (an
        // article after "de" is the title's own: "le ministre de
        // l'Industrie")
        let mut det = None;
        for d in (n.saturating_sub(TITLE_WORDS + 1)..n - 1).rev() {
            if a.tokens[d].kind != TokenKind::Word || is_name(d) {
                break;
            }
            let inside = d > 0 && TITLE_COMPLEMENTS.contains(&norm(d - 1));
            if TITLE_ARTICLES.contains(&norm(d)) && !inside {
                det = Some(d);
                break;
            }
        }
        let Some(det) = det else {
            continue;
        };
        if !(det + 1..n).any(|t| !a.keys.words[t].is_empty()) {
            continue;
        }
        let run = (n..a.tokens.len())
            .take_while(|&t| is_name(t))
            .map(|t| {
                let keys = a.keys.words[t]
                    .iter()
                    .filter(|k| k.starts_with("n:"))
                    .cloned()
                    .collect();
                (norm(t).to_string(), keys)
            })
            .collect();
        let title = (det + 1..n).map(|t| norm(t).to_string()).collect();
        found.push(TitleGiven { title, run });
    }
    found
}

/// The name keys sentence `f` reads its opening title as, when it opens on
/// the article and the words of `given`'s title, perhaps the leading
/// capitalised words of its name's run too ("Le directeur de l'usine de
/// Brenac a annoncé"), then no other name: the keys of the rest of the run
/// (at least one word), with the tokens the title spans.
fn title_read_as(f: &Facts, given: &TitleGiven) -> Option<(Vec<String>, usize)> {
    let m = given.title.len();
    let norm = |t: usize| f.tokens.get(t).map_or("", |x| x.norm.as_str());
    if !(0..m).all(|j| norm(1 + j) == given.title[j]) {
        return None;
    }
    let mut end = 1 + m;
    let mut taken = 0;
    while taken < given.run.len() && f.keys.names.contains(&end) && norm(end) == given.run[taken].0
    {
        end += 1;
        taken += 1;
    }
    if taken == given.run.len() || f.keys.names.contains(&end) || end >= f.tokens.len() {
        return None;
    }
    let keys: Vec<String> = given.run[taken..]
        .iter()
        .flat_map(|(_, k)| k.iter().cloned())
        .collect();
    (!keys.is_empty()).then_some((keys, end))
}

/// A window whose sentence opens on a title and says what the claim says of
/// a name it does not write ("Le président français a réuni, le 22 juillet,
/// un conseil de défense" for "Macron convened a defence council on 23
/// July"), when its article gives that title, word for word, to one name
/// only and that name is the claim's ("Le président français Emmanuel
/// Macron a demandé ..."): matched again with the title read as the name.
/// The window then decides as it would with the name written in it, and
/// says so (`context`: the title and the sentence that gives it the name).
fn with_title_holder(
    article: &mut impl Article,
    claim: &ClaimUnderCheck<'_>,
    window: Range<usize>,
    stats: &dyn CorpusStats,
) -> Option<MatchResult> {
    let facts = claim.facts;
    let claim_names = name_keys_of(facts, &facts.keys.names);
    if claim_names.is_empty() {
        return None;
    }
    let folded_names: Vec<&str> = facts
        .keys
        .names
        .iter()
        .map(|&i| facts.tokens[i].norm.as_str())
        .collect();
    let n = article.sentence_count();
    let around =
        window.start.saturating_sub(TITLE_LOOKAROUND)..(window.end + TITLE_LOOKAROUND).min(n);
    // the sentences around that write a name of the claim, folded once for
    // every sentence of the window (only they may give it a title)
    let naming = std::cell::OnceCell::new();
    for w in window.clone() {
        let f = article.facts(w);
        let opens = f
            .tokens
            .first()
            .is_some_and(|t| TITLE_OPENERS.contains(&t.norm.as_str()));
        if !opens || f.tokens.len() < 3 || claim_names.iter().any(|k| writes_key(f, k)) {
            continue;
        }
        let head = f.tokens[1].norm.to_string();
        let naming: &Vec<(usize, String)> = naming.get_or_init(|| {
            around
                .clone()
                .filter(|k| !window.contains(k))
                .map(|k| (k, crate::text::fold(article.text(k))))
                .filter(|(_, folded)| folded_names.iter().any(|m| folded.contains(m)))
                .collect()
        });
        // (only those that spell the title's first word are worth analysing)
        let candidates: Vec<usize> = naming
            .iter()
            .filter(|(_, folded)| folded.contains(&head))
            .map(|&(k, _)| k)
            .collect();
        for &k in &candidates {
            article.analyse(k..k + 1);
        }
        // every name the article gives a title the window's sentence opens
        // on, word for word
        let f = article.facts(w);
        let mut holders: Vec<(Vec<String>, usize, usize)> = Vec::new();
        for &k in &candidates {
            for given in titles_given(article.facts(k)) {
                if let Some((keys, end)) = title_read_as(f, &given)
                    && !holders.iter().any(|(h, ..)| *h == keys)
                {
                    holders.push((keys, end, k));
                }
            }
        }
        // one holder, whose name is the claim's
        let [(keys, end, k)] = holders.as_slice() else {
            continue;
        };
        if !claim_names.iter().any(|m| keys.contains(m)) {
            continue;
        }
        // the sentence with its title read as the name
        let mut read = f.clone();
        let at = 1;
        let strong = read.keys.strong.get(at).copied().unwrap_or(0);
        let word = &mut read.keys.words[at];
        let from = strong.min(word.len());
        for (j, key) in keys.iter().enumerate() {
            word.insert(from + j, key.clone());
        }
        if let Some(s) = read.keys.strong.get_mut(at) {
            *s += keys.len();
        }
        let article = &*article;
        let mut sentences = article.window(window.clone());
        let slot = w - window.start;
        sentences[slot] = WindowSentence {
            text: article.text(w),
            facts: &read,
        };
        let result = match_claim_in_context(claim.text, facts, &sentences, &[], stats);
        if result.relation == Relation::Related {
            continue;
        }
        let span = f.tokens[0].span.start..f.tokens[end - 1].span.end;
        let said = &article.text(w)[span.clone()];
        return Some(with_context_reason(
            result,
            said,
            article.text(*k),
            (slot, span),
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::rules::table::Uniform;
    use super::*;
    use crate::facts::{DateContext, analyse};

    /// An article whose sentences are analysed up front.
    struct Sentences(Vec<(String, Facts)>);

    impl Article for Sentences {
        fn sentence_count(&self) -> usize {
            self.0.len()
        }
        fn text(&self, k: usize) -> &str {
            &self.0[k].0
        }
        fn analyse(&mut self, _: Range<usize>) {}
        fn facts(&self, k: usize) -> &Facts {
            &self.0[k].1
        }
    }

    /// Sentences that name nothing of the claims below, between a thing's
    /// first mention and the demonstrative that points back to it: beyond
    /// the windows around the candidate.
    const BETWEEN_FR: &[&str] = &[
        "Le texte a été publié plus tard dans la journée.",
        "Plusieurs élus ont réclamé des explications.",
        "La question reste ouverte selon les observateurs.",
        "Le calendrier n'a pas été précisé.",
    ];

    /// The claim matched around the last sentence of `first`, the
    /// sentences between, and `last`, all in French.
    fn matched(claim: &str, lang: Lang, first: &str, last: &str) -> MatchResult {
        let texts = std::iter::once(first)
            .chain(BETWEEN_FR.iter().copied())
            .chain(std::iter::once(last));
        let mut article = Sentences(
            texts
                .map(|t| (t.to_string(), analyse(t, Lang::Fr, DateContext::default())))
                .collect(),
        );
        let facts = analyse(claim, lang, DateContext::default());
        let claim = ClaimUnderCheck {
            text: claim,
            facts: &facts,
        };
        let last = article.sentence_count() - 1;
        match_candidate(&mut article, &claim, last, &Uniform)
            .unwrap()
            .1
    }

    fn context_of(result: &MatchResult) -> Option<(&str, &str)> {
        result
            .findings
            .iter()
            .find(|f| f.kind == Kind::Context && f.effect == Effect::Neutral)
            .map(|f| (f.claim.as_str(), f.source.as_str()))
    }

    const MEETING: &str = "Une rencontre entre responsables des deux pays a eu lieu à Lyon.";
    const NO_COMMENT: &str =
        "Ni le ministère ni la société Orvex n'ont fait de commentaires sur cette rencontre.";

    #[test]
    fn a_demonstrative_takes_the_place_its_antecedent_gives() {
        for (claim, lang) in [
            ("Orvex commented on the meeting in Lyon.", Lang::En),
            ("Orvex a commenté la rencontre à Lyon.", Lang::Fr),
        ] {
            let r = matched(claim, lang, MEETING, NO_COMMENT);
            assert_eq!(r.relation, Relation::Contradicts, "{claim}");
            assert_eq!(
                context_of(&r),
                Some(("cette rencontre", MEETING)),
                "{claim}"
            );
        }
        // another place than the antecedent's: not that meeting
        let r = matched(
            "Orvex commented on the meeting in Marseille.",
            Lang::En,
            MEETING,
            NO_COMMENT,
        );
        assert_eq!(r.relation, Relation::Related);
        assert_eq!(context_of(&r), None);
    }

    #[test]
    fn a_demonstrative_supplies_the_names_of_its_antecedent() {
        let signed = "Un accord a été signé à Brackley entre le syndicat Unitex et la direction.";
        let criticised = "Le ministre Jean Morel a critiqué cet accord.";
        for (claim, lang) in [
            (
                "Jean Morel criticised the Unitex agreement in Brackley.",
                Lang::En,
            ),
            (
                "Jean Morel a critiqué l'accord d'Unitex à Brackley.",
                Lang::Fr,
            ),
        ] {
            let r = matched(claim, lang, signed, criticised);
            assert_eq!(r.relation, Relation::Supports, "{claim}");
            assert_eq!(context_of(&r), Some(("cet accord", signed)), "{claim}");
        }
        // a name the antecedent does not write is still missing
        let r = matched(
            "Jean Morel criticised the Unitex agreement in Dunmore.",
            Lang::En,
            signed,
            criticised,
        );
        assert_eq!(r.relation, Relation::Related);
    }

    #[test]
    fn a_title_the_article_gives_one_name_reads_as_that_name() {
        let visited = "Le directeur de l'usine Paul Serre a reçu les syndicats lundi.";
        let announced =
            "Le directeur de l'usine a annoncé, le 14 mars, un plan de 20 millions d'euros.";
        for (claim, lang, want) in [
            (
                "Paul Serre announced a 20 million euro plan on 15 March.",
                Lang::En,
                Relation::Contradicts,
            ),
            (
                "Paul Serre a annoncé un plan de 20 millions d'euros le 15 mars.",
                Lang::Fr,
                Relation::Contradicts,
            ),
            (
                "Paul Serre announced a 20 million euro plan on 14 March.",
                Lang::En,
                Relation::Supports,
            ),
        ] {
            let r = matched(claim, lang, visited, announced);
            assert_eq!(r.relation, want, "{claim}");
            assert_eq!(
                context_of(&r),
                Some(("Le directeur de l'usine", visited)),
                "{claim}"
            );
        }
        // a title with a name of its own, "de Brenac", leads the name's run
        let placed = "Le directeur de l'usine de Brenac Paul Serre a reçu les syndicats lundi.";
        let r = matched(
            "Paul Serre announced a 20 million euro plan on 15 March.",
            Lang::En,
            placed,
            "Le directeur de l'usine de Brenac a annoncé, le 14 mars, un plan de 20 millions d'euros.",
        );
        assert_eq!(r.relation, Relation::Contradicts);
        assert_eq!(
            context_of(&r),
            Some(("Le directeur de l'usine de Brenac", placed))
        );
        // the title given to another name than the claim's, or to two names
        let claim = "Jean Morel announced a 20 million euro plan on 15 March.";
        assert_eq!(
            matched(claim, Lang::En, visited, announced).relation,
            Relation::Related
        );
        let two =
            "Le directeur de l'usine Paul Serre a succédé au directeur de l'usine Jean Morel.";
        let claim = "Paul Serre announced a 20 million euro plan on 15 March.";
        assert_eq!(
            matched(claim, Lang::En, two, announced).relation,
            Relation::Related
        );
    }

    #[test]
    fn the_party_an_antecedent_quotes_is_no_participant() {
        // Orvex speaks of the inquiry; it is not a party to it
        let quoted = "« Le ministre suit de près les avancées de l'enquête », souligne Orvex.";
        let said = "Le ministre a précisé que cette enquête ne disait rien des données.";
        let r = matched(
            "Orvex a précisé que cette enquête ne disait rien des données.",
            Lang::Fr,
            quoted,
            said,
        );
        assert_eq!(r.relation, Relation::Related);
        // ... nor does a window that misses more than names take them
        let r = matched(
            "Orvex commented on the agreement in Lyon.",
            Lang::En,
            MEETING,
            NO_COMMENT,
        );
        assert_eq!(r.relation, Relation::Related);
    }
}

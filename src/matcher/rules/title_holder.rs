//! Title holder: the claim gives a name a post ("Edouard Philippe is the
//! French foreign minister", "Le chef de la diplomatie française est
//! Gabriel Attal", "Government spokesman Jean-Yves Le Drian said ...") that
//! the window gives another name ("le chef de la diplomatie Jean-Yves Le
//! Drian"), while it gives the claim's name a post of its own ("l'ancien
//! Premier ministre Edouard Philippe", "le porte-parole du gouvernement
//! français, Gabriel Attal"). Every word of such a claim is in the window,
//! each said of someone, so without this rule it read as stated.
//!
//! A name's post is what the citizenship rule reads as its title: the
//! words right before it, an apposition right after it, what a copula
//! after it says, and, in the claim, a title before a copula before the
//! name ("Le chef de la diplomatie française est Gabriel Attal"). Only a
//! post one person holds counts: the claim's and the other name's are not
//! opened by an indefinite or plural determiner ("un membre de la CIA",
//! "one of the ministers", "des conseillers"). The other name's post must
//! write every word of the claim's that carries meaning (countries aside:
//! a country's adjective of the other post that differs from the claim's
//! makes another post, "le ministre israélien de la Défense" is not the
//! French one), and the claim's name must be given a post in the window
//! that does not, and never one that does (a person may hold two posts:
//! "l'ancien Premier ministre" and mayor).
//!
//! It contradicts (reason `person`) when the rest of the claim is stated,
//! its names among it, every fact agreeing; otherwise it keeps the window
//! from supporting.

use super::Rule;
use super::citizenship::{COPULAS, NameSaid, name_runs, name_token, said_of_name};
use crate::facts::Facts;
use crate::matcher::context::{MatchContext, carries_meaning};
use crate::matcher::finding::{Effect, Finding, Kind};
use std::ops::Range;

/// Share of the claim the window must state, the claim's post left out,
/// for the post held by another to contradict (the citizenship rule's bar).
pub const TITLE_HOLDER_COVERAGE: f64 = super::citizenship::CITIZENSHIP_COVERAGE;

/// Determiners that open a post several people hold, or one of them
/// (folded): "un membre", "one of the ministers", "des conseillers".
const SHARED_POST: &[&str] = &[
    "un",
    "une",
    "a",
    "an",
    "one",
    "des",
    "les",
    "some",
    "several",
    "plusieurs",
    "deux",
    "two",
];

pub struct TitleHolderRule;

impl Rule for TitleHolderRule {
    fn name(&self) -> &'static str {
        "title holder"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        let claim = cx.claim;
        if super::settled(earlier) || claim.negated() {
            return Vec::new();
        }
        for name in name_runs(claim) {
            let Some(ClaimPost { post, predicated }) = claim_post(cx, &name) else {
                continue;
            };
            if let Some(found) = held_by_another(cx, earlier, &name, &post, predicated) {
                return vec![found];
            }
            // a post the claim says with a copula of which the window
            // writes no word says nothing of it ("Karim Haddad est le
            // directeur de l'hôpital de Varenne" against "La coalition menée
            // par Karim Haddad ... au conseil de Varenne")
            let cov = cx.coverage;
            if predicated
                && post.words.iter().all(|w| {
                    !cov.matched_claim.contains(w)
                        && !cov.aligned.iter().any(|a| a.claim_token == *w)
                })
            {
                let span = claim.span_of(post.tokens.clone());
                return vec![
                    Finding::new(
                        Kind::Predicate,
                        Effect::Blocks,
                        &cx.claim_text[span.clone()],
                        "",
                    )
                    .at_claim(span),
                ];
            }
        }
        Vec::new()
    }
}

/// The post a text gives a name: the tokens that say it, and the words of
/// them that carry meaning (no names, no countries).
struct Post {
    tokens: Range<usize>,
    words: Vec<usize>,
}

/// The post the claim gives a name, and whether it is what the claim says
/// of the name ([`predicated`]).
struct ClaimPost {
    post: Post,
    predicated: bool,
}

/// Articles that open a post (folded): "le chef de la diplomatie", "the
/// government spokesman", as they open an apposition.
const OPENERS: &[&str] = super::citizenship::APPOSITION_OPENERS;

/// An article and a preposition in one word, which open a post wherever
/// they stand (folded): "du chef de la diplomatie Anne Lemaire", "au
/// Premier ministre israélien Naftali Bennett".
const CONTRACTED: &[&str] = &["du", "au"];

/// Words before a name that make it a complement, not the holder of what
/// precedes ("le documentaire de Guy Lagache"), folded.
const COMPLEMENT_OF: &[&str] = crate::facts::OF_WORDS;

/// Where a post is read: a title right before a name (after a comma or
/// not: "la ministre des Armées, Florence Parly", "le chef de la
/// diplomatie Jean-Yves Le Drian"), or a phrase after a name's copula or
/// apposition, or before a copula before it ("Le chef de la diplomatie est
/// Gabriel Attal").
#[derive(Clone, Copy, PartialEq)]
enum Reading {
    Title { apposed: bool },
    Phrase,
}

/// Longest title written without an article before a name, at the start
/// of a sentence ("Government spokesman Jean-Yves Le Drian").
const BARE_TITLE_WORDS: usize = 3;

/// The post tokens `region` of `f` say, when one person holds it (no
/// determiner of a shared post at its start) and it has a word that
/// carries meaning. It opens on an article: a phrase with it, a title
/// apposed by a comma with it ("Before the meeting, Gabriel Attal" holds
/// none), any other title at its first article, function words before it
/// ("dont le chef de la diplomatie") or opening a complement ("les
/// numéros de l'ancien Premier ministre"), or at a word of [`CONTRACTED`];
/// only at a sentence's start may a title go without one: a few known
/// words, one in lower case, no verb ("Government spokesman", not "Marc"
/// of "Marc Olivo", nor "France hosted 35"). A title a word of
/// [`COMPLEMENT_OF`] ends is none ("le documentaire de Guy Lagache").
fn post_in(f: &Facts, region: Range<usize>, reading: Reading) -> Option<Post> {
    let lex = crate::text::Lexicon::shared();
    let word = |k: usize| f.tokens[k].norm.as_str();
    let title = matches!(reading, Reading::Title { .. });
    if region.is_empty() || title && COMPLEMENT_OF.contains(&word(region.end - 1)) {
        return None;
    }
    // (a phrase a preposition opens, then a comma, is no apposed title:
    // "consacré à la sécurité nationale, Emmanuel Macron")
    if reading == (Reading::Title { apposed: true })
        && region.start > 0
        && super::citizenship::TITLE_ENDS.contains(&word(region.start - 1))
    {
        return None;
    }
    // (the first article with only function words before it, or opening
    // a complement: "les numéros de l'ancien Premier ministre Édouard
    // Philippe")
    // (a country's possessive opens one as an article does: "is Israel's
    // defence minister")
    let possessive = f.lang == crate::text::Lang::En
        && region.len() > 2
        && f.keys.in_country(region.start)
        && word(region.start + 1) == "s";
    let opener = region.clone().find(|&k| {
        possessive && k == region.start
            || CONTRACTED.contains(&word(k))
            || OPENERS.contains(&word(k))
                && ((region.start..k).all(|j| !carries_meaning(f, j))
                    || k > region.start && COMPLEMENT_OF.contains(&word(k - 1)))
    });
    // (a word of a title written without an article: in lower case, or a
    // word the dictionaries know, "Government spokesman"; no verb)
    let known_noun = |k: usize| {
        let w = word(k);
        (!f.tokens[k].capitalized || lex.knows(&lex.stem(w, f.lang), f.lang))
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && !lex.is_english_verb_form(w)
            && !lex.is_french_verb_form(w)
    };
    let start = match (reading, opener) {
        (Reading::Phrase, Some(k)) if k == region.start => k,
        (Reading::Title { apposed: true }, Some(k)) if k == region.start => k,
        (Reading::Title { apposed: false }, Some(k)) => k,
        (Reading::Title { apposed: false }, None)
            if region.start == 0
                && region.len() <= BARE_TITLE_WORDS
                && region.clone().all(known_noun)
                && region.clone().any(|k| !f.tokens[k].capitalized) =>
        {
            0
        }
        _ => return None,
    };
    let tokens = start..region.end;
    // (a relation to a person is no post: "la femme d'Andy Sipowicz", "le
    // père d'Elizabeth II", "the son of a former prime minister")
    if tokens.clone().any(|k| super::kin::is_kin(word(k))) {
        return None;
    }
    let shared = tokens
        .clone()
        .take(3)
        .any(|k| SHARED_POST.contains(&word(k)));
    let words: Vec<usize> = tokens
        .clone()
        .filter(|&k| carries_meaning(f, k) && !name_token(f, k) && !f.keys.in_country(k))
        .collect();
    (!shared && !words.is_empty()).then_some(Post { tokens, words })
}

/// The posts `said` reads for the name at `name` of `f` (analysed from
/// `text`): its title, and what an apposition or a copula after it says.
fn posts_of(text: &str, f: &Facts, name: &Range<usize>, said: &NameSaid) -> Vec<Post> {
    let apposed = said.title.end == name.start
        && !said.title.is_empty()
        && text[f.tokens[name.start - 1].span.end..f.tokens[name.start].span.start].contains(',');
    post_in(f, said.title.clone(), Reading::Title { apposed })
        .into_iter()
        .chain(post_in(f, said.after_phrase.clone(), Reading::Phrase))
        .collect()
}

/// The post the claim gives its name at `name`: its title before it, an
/// apposition or a copula's predicate after it, or a title before a copula
/// before it ("Le chef de la diplomatie française est Gabriel Attal").
fn claim_post(cx: &MatchContext<'_>, name: &Range<usize>) -> Option<ClaimPost> {
    let claim = cx.claim;
    let said = said_of_name(cx.claim_text, claim, name);
    let before_copula = name
        .start
        .checked_sub(1)
        .filter(|&c| c > 0 && COPULAS.contains(&claim.tokens[c].norm.as_str()))
        .and_then(|c| post_in(claim, 0..c, Reading::Phrase));
    let read = |post: Post| ClaimPost {
        predicated: predicated(claim, name, &post),
        post,
    };
    // (what a copula says before a label: "Marc Olivo est le chef de la
    // diplomatie")
    let mut posts: Vec<ClaimPost> = posts_of(cx.claim_text, claim, name, &said)
        .into_iter()
        .map(read)
        .collect();
    posts.sort_by_key(|p| !p.predicated);
    before_copula.map(read).or_else(|| posts.into_iter().next())
}

/// Is the post at `post` what the claim says of its name (a copula's
/// either side: "Edouard Philippe est le chef de la diplomatie", "Le chef
/// de la diplomatie est Gabriel Attal"), not a label it puts on the name
/// while it says something else ("Le constructeur Vantor fermera son
/// usine")?
fn predicated(claim: &Facts, name: &Range<usize>, post: &Post) -> bool {
    let copula = |k: usize| {
        claim
            .tokens
            .get(k)
            .is_some_and(|t| COPULAS.contains(&t.norm.as_str()))
    };
    name.start > 0 && post.tokens.end == name.start - 1 && copula(name.start - 1)
        || post.tokens.start == name.end + 1 && copula(name.end)
}

/// The name run `run` of `f` with the capitalised words that follow it
/// one space apart.
fn whole_name(f: &Facts, run: Range<usize>) -> Range<usize> {
    let mut end = run.end;
    while f.tokens.get(end).is_some_and(|t| t.capitalized)
        && f.tokens[end - 1].span.end + 1 == f.tokens[end].span.start
    {
        end += 1;
    }
    run.start..end
}

/// The country codes the tokens `region` of `f` name.
fn countries_in<'f>(f: &'f Facts, region: &Range<usize>) -> Vec<&'f str> {
    f.keys
        .entities
        .iter()
        .filter(|(r, _)| region.contains(&r.start))
        .map(|(_, code)| code.as_str())
        .collect()
}

/// The window's post that holds the claim's (`post`) given to another name
/// than the claim's at `name`, while the claim's name is given only other
/// posts: the finding; or, for a post the claim says of the name
/// (`predicated`), the other post the window gives the name alone.
fn held_by_another(
    cx: &MatchContext<'_>,
    earlier: &[Finding],
    name: &Range<usize>,
    post: &Post,
    predicated: bool,
) -> Option<Finding> {
    let claim = cx.claim;
    let claim_countries = countries_in(claim, &post.tokens);
    // (a claim word written by a window word, or by a glossary phrase of
    // the window, "spokesman" by "porte-parole", "foreign minister" by
    // "chef de la diplomatie"; the claim's phrases over each word of its
    // post read once)
    let phrases_over: Vec<Vec<&String>> = post
        .words
        .iter()
        .map(|&c| {
            claim
                .keys
                .phrases
                .iter()
                .filter(|(r, _)| r.contains(&c))
                .map(|(_, k)| k)
                .collect()
        })
        .collect();
    let written_at = |i: usize, s: usize, u: usize| {
        let c = post.words[i];
        let f = cx.window[s].facts;
        let keys = claim.keys.word_keys(c, f.lang != claim.lang);
        cx.writes(c, s, u)
            || f.keys
                .phrases
                .iter()
                .filter(|(r, _)| r.contains(&u))
                .any(|(_, k)| keys.contains(k) || phrases_over[i].contains(&k))
    };
    let holds = |s: usize, p: &Post| {
        (0..post.words.len()).all(|i| p.tokens.clone().any(|u| written_at(i, s, u)))
    };
    // (the claim's name: its last word written, and its first too when
    // both have two: "Nabil Haddad" is not "Karim Haddad")
    let claims_name = |s: usize, run: &Range<usize>| {
        let writes = |c: usize| run.clone().any(|u| cx.writes(c, s, u));
        writes(name.end - 1) && (run.len() < 2 || name.len() < 2 || writes(name.start))
    };
    let any_claim_name = |s: usize, run: &Range<usize>| {
        run.clone()
            .any(|u| (0..claim.tokens.len()).any(|c| name_token(claim, c) && cx.writes(c, s, u)))
    };
    // (each shown from the post to the name it is given)
    let shown =
        |p: &Post, run: &Range<usize>| p.tokens.start.min(run.start)..p.tokens.end.max(run.end);
    let mut own_other: Option<(usize, Range<usize>)> = None;
    let mut other: Option<(usize, Range<usize>)> = None;
    for (s, ws) in cx.window.iter().enumerate() {
        let mut read_to = 0;
        for run in name_runs(ws.facts) {
            // (a name goes on over the capitalised words right after its
            // run: "Jean-Yves Le Drian", whose "Le" is no name word)
            if run.start < read_to {
                continue;
            }
            let run = whole_name(ws.facts, run);
            read_to = run.end;
            let said = said_of_name(ws.text, ws.facts, &run);
            let posts = posts_of(ws.text, ws.facts, &run, &said);
            if claims_name(s, &run) {
                if posts.iter().any(|p| holds(s, p)) {
                    return None;
                }
                if let (None, Some(p)) = (&own_other, posts.first()) {
                    own_other = Some((s, shown(p, &run)));
                }
            } else if !any_claim_name(s, &run) && other.is_none() {
                let held = posts.iter().find(|p| {
                    holds(s, p)
                        && countries_in(ws.facts, &p.tokens)
                            .iter()
                            .all(|c| claim_countries.is_empty() || claim_countries.contains(c))
                });
                if let Some(p) = held {
                    other = Some((s, shown(p, &run)));
                }
            }
        }
    }
    let claim_span = claim.span_of(post.tokens.clone());
    let about = Some(cx.claim_text[claim.span_of(name.clone())].to_string());
    let Some((s, shown)) = other.filter(|_| own_other.is_some()) else {
        // the window gives the claim's name only other posts: it does not
        // say the claim's ("l'ancien Premier ministre Edouard Philippe" for
        // "Edouard Philippe est le chef de la diplomatie")
        let (s, own) = own_other.filter(|_| predicated)?;
        let source = cx.window[s].facts.span_of(own);
        return Some(
            super::span_against_span(cx, (Kind::Role, Effect::Blocks), claim_span, s, source)
                .about(about),
        );
    };
    let left_out: Vec<usize> = post.tokens.clone().collect();
    let post_words: Vec<&str> = left_out
        .iter()
        .map(|&k| claim.tokens[k].norm.as_str())
        .collect();
    let contradicts = cx.coverage.share_without_all(&left_out) >= TITLE_HOLDER_COVERAGE
        && cx
            .coverage
            .missing_names
            .iter()
            .all(|m| post_words.contains(&m.as_str()))
        && super::facts_agree(earlier);
    let effect = if contradicts {
        Effect::Contradicts
    } else {
        Effect::Blocks
    };
    let source = cx.window[s].facts.span_of(shown);
    Some(super::span_against_span(cx, (Kind::Person, effect), claim_span, s, source).about(about))
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn title_holder_table() {
        let contradicts = &[(Kind::Person, Effect::Contradicts)][..];
        let blocks = &[(Kind::Person, Effect::Blocks)][..];
        let other_post = &[(Kind::Role, Effect::Blocks)][..];
        let cabinet = "Les numéros de l'ancien Premier ministre Paul Verdier et du chef de la diplomatie Anne Lemaire figuraient sur la liste. | « Nous en tirerons les conséquences », a déclaré le porte-parole du gouvernement, Marc Olivo.";
        let table: &[Row] = &[
            // the claim's post held by another, the claim's name another's
            (
                "Le chef de la diplomatie est Marc Olivo.",
                Fr,
                cabinet,
                Fr,
                contradicts,
            ),
            (
                "Marc Olivo est le chef de la diplomatie.",
                Fr,
                cabinet,
                Fr,
                contradicts,
            ),
            (
                "Paul Verdier is the foreign minister.",
                En,
                cabinet,
                Fr,
                contradicts,
            ),
            (
                "Government spokesman Anne Lemaire spoke after the meeting.",
                En,
                cabinet,
                Fr,
                blocks,
            ),
            // a name with a particle ("Le" of "Jean-Luc Le Bris" is no name
            // word)
            (
                "Jean-Luc Le Bris is the government spokesman.",
                En,
                "Les ministres, dont le chef de la diplomatie Jean-Luc Le Bris, ont vu la liste. | « Nous verrons », a déclaré le porte-parole du gouvernement, Marc Olivo.",
                Fr,
                contradicts,
            ),
            // the claim's name holds it
            (
                "Anne Lemaire est le chef de la diplomatie.",
                Fr,
                cabinet,
                Fr,
                &[],
            ),
            (
                "Marc Olivo is the government spokesman.",
                En,
                cabinet,
                Fr,
                &[],
            ),
            // a post several people hold
            (
                "Marc Olivo est un membre du gouvernement.",
                Fr,
                cabinet,
                Fr,
                &[],
            ),
            // the claim's name given no post: the other may share it
            (
                "Le directeur de l'hôpital est Jean Roux.",
                Fr,
                "Le directeur de l'hôpital, Paul Morin, a reçu Jean Roux.",
                Fr,
                &[],
            ),
            // another country's post: not the claim's, and the name given
            // another
            (
                "Anne Lemaire is the French foreign minister.",
                En,
                "Le chef de la diplomatie israélienne Yossi Arad a reçu la ministre de la Culture Anne Lemaire.",
                Fr,
                other_post,
            ),
            // the claim's name given only another post, the claim's held by
            // a country's possessive opens a post
            (
                "Paul Verdier is France's defence minister.",
                En,
                "Les numéros de l'ancien Premier ministre Paul Verdier figuraient sur la liste.",
                Fr,
                other_post,
            ),
            // no one
            (
                "Paul Verdier est le porte-parole du gouvernement.",
                Fr,
                "Les numéros de l'ancien Premier ministre Paul Verdier figuraient sur la liste.",
                Fr,
                other_post,
            ),
            // ... which a claim that only labels its name with the post
            // does not assert
            (
                "Le porte-parole Paul Verdier a vu la liste.",
                Fr,
                "L'ancien Premier ministre Paul Verdier a vu la liste.",
                Fr,
                &[],
            ),
            // a title after "de" names another thing's ("le documentaire de
            // Guy Lagache"), a comma after a phrase no title ("Before the
            // meeting, Gabriel Attal")
            (
                "Le documentaire de Paul Verdier a été diffusé.",
                Fr,
                "Le documentaire d'Anne Lemaire, avec le porte-parole du gouvernement Paul Verdier, a été diffusé.",
                Fr,
                &[],
            ),
            (
                "Marc Olivo est le porte-parole du gouvernement.",
                Fr,
                "Lors d'un conseil consacré à la sécurité nationale, Marc Olivo a parlé au porte-parole du gouvernement.",
                Fr,
                &[],
            ),
            // a post said with a copula, of which the window writes no word
            (
                "Marc Olivo est le directeur de l'hôpital de Varenne.",
                Fr,
                "La coalition menée par Marc Olivo a gagné le conseil de Varenne.",
                Fr,
                &[(Kind::Predicate, Effect::Blocks)],
            ),
            // a relative of the same surname is someone else, and a
            // relation is no post
            (
                "Karim Haddad est le conseiller du maire.",
                Fr,
                "Karim Haddad, fils de l'ancien Premier ministre Nabil Haddad, a vu le maire et son conseiller.",
                Fr,
                &[],
            ),
            (
                "Karim Haddad is the son of a former prime minister.",
                En,
                "Karim Haddad, fils de l'ancien Premier ministre Nabil Haddad, a gagné.",
                Fr,
                &[],
            ),
            (
                "Before the meeting, Marc Olivo spoke.",
                En,
                "After the meeting, the government spokesman Anne Lemaire spoke to Marc Olivo, the minister.",
                En,
                &[],
            ),
        ];
        assert_rows("title holder", table);
    }
}

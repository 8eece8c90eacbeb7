//! Citizenship: the claim gives a named person (or a named body) one
//! country's demonym, the window gives the same name another's. "Benny
//! Gantz is the French defence minister", "Eyal Hulata est français"
//! against "le ministre israélien de la Défense Benny Gantz", "le conseiller
//! israélien Eyal Hulata": every word of the claim is in the window (the
//! French minister is there too, "son homologue française Florence
//! Parly"), so without this rule the claim reads as stated.
//!
//! A name's demonym is read in three places: its title right before it (no
//! verb nor punctuation between, a comma before the name allowed: "la
//! ministre française des Armées, Florence Parly"), an apposition right
//! after it ("Marc Weber, a 34-year-old Swiss national,"), or after a
//! copula after it ("Benny Gantz is French", "Florence Parly est la
//! ministre israélienne des Armées"). A country after a preposition is a
//! place, not a citizenship ("l'envoyé américain en Israël").
//!
//! It contradicts when the window gives the name another demonym and never
//! the claim's, most of the rest of the claim stated, the window's clause
//! not negated, every fact agreeing. A window that gives the claim's
//! demonym only to another name ("son homologue française Florence Parly"
//! for "the French minister Benny Gantz"), or, when the claim is about the
//! name's citizenship ("Benny Gantz is French"), not to the name itself
//! ("le ministère français"; "Benny Gantz a informé Florence Parly"), does
//! not state it: that keeps it from supporting.

use super::Rule;
use crate::facts::Facts;
use crate::matcher::context::MatchContext;
use crate::matcher::finding::{Effect, Finding, Kind};
use crate::text::{Lang, Lexicon};
use std::ops::Range;

/// Share of the claim the window must state, the claim's demonym left out,
/// for two citizenships to contradict (the nationality rule's bar).
pub const CITIZENSHIP_COVERAGE: f64 = super::nationality::NATIONALITY_COVERAGE;

/// Tokens before a name within which its title gives a demonym ("le
/// ministre israélien de la Défense Benny Gantz").
const TITLE_REACH: usize = 6;
/// Tokens after a copula or an apposition's comma within which a demonym
/// is the name's, up to a relative word ("est la ministre israélienne", ",
/// a 34-year-old Swiss national", ", l'un des dramaturges les plus joués
/// d'Allemagne").
const PREDICATE_REACH: usize = 10;

/// Words that end a name's title, read back from the name: what stands
/// before them is another phrase ("a abordé le nucléaire iranien avec
/// Florence Parly", "Benny Gantz et la ministre française Florence
/// Parly"), folded. "de" / "of" stay inside a title ("ministre de la
/// Défense").
pub(super) const TITLE_ENDS: &[&str] = &[
    "avec", "with", "a", "to", "par", "by", "pour", "for", "sur", "on", "contre", "against",
    "chez", "et", "and", "ou", "or", "que", "than", "entre", "between",
];

/// Copulas after a name (folded).
pub(super) const COPULAS: &[&str] = &["is", "was", "est", "etait"];

/// Words that give a body the country they put it in as its own (folded):
/// "NSO est une société basée au Maroc", "Wehkamp, based in the United
/// Kingdom", "headquartered in": a company based in a country is that
/// country's, as "une société marocaine" says.
const BASED: &[&str] = &["based", "headquartered", "base", "basee", "bases", "basees"];

/// Words between a word of [`BASED`] and its country (folded): "basée au
/// Maroc", "based in the United Kingdom".
const BASED_BEFORE_COUNTRY: &[&str] =
    &["in", "the", "a", "au", "aux", "en", "l", "la", "le", "les"];

/// Words before a country that make it a place, not a citizenship
/// (folded): "en Israël", "of France", "au Maroc".
const PREPOSITIONS: &[&str] = &[
    "de", "du", "des", "d", "en", "au", "aux", "a", "in", "of", "to", "from", "at", "for", "pour",
    "par", "by", "with", "avec", "vers", "chez", "dans", "into",
];

pub struct CitizenshipRule;

impl Rule for CitizenshipRule {
    fn name(&self) -> &'static str {
        "citizenship"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        let claim = cx.claim;
        if super::settled(earlier) || claim.negated() {
            return Vec::new();
        }
        // (a name given another citizenship decides, whichever name of the
        // claim it is; a citizenship not stated only keeps from supporting)
        let mut blocking = None;
        for name in name_runs(claim) {
            match citizenship_of(cx, earlier, &name) {
                Some(f) if f.effect == Effect::Contradicts => return vec![f],
                Some(f) => {
                    blocking.get_or_insert(f);
                }
                None => {}
            }
        }
        blocking.into_iter().collect()
    }
}

/// What the window says of the citizenship the claim gives its name at
/// `name`, if the claim gives one and the window does not give the same.
fn citizenship_of(
    cx: &MatchContext<'_>,
    earlier: &[Finding],
    name: &Range<usize>,
) -> Option<Finding> {
    let claim = cx.claim;
    let given: Vec<Citizenship> = demonyms_of(cx.claim_text, claim, name)
        .into_iter()
        .filter(|c| !c.of_country)
        .collect();
    let demonym = given.first()?.at;
    // (the claim's words that give the citizenship: the demonym, or a
    // country and the word that puts the body there)
    // (the words of the claim's country, "Royaume-Uni", "the United
    // States", all of them)
    let country = claim
        .keys
        .country_at(demonym)
        .map_or(demonym..demonym + 1, |(r, _)| r.clone());
    let giving: Vec<usize> = country.clone().chain(given[0].based).collect();
    let claims_code = |code: &str| given.iter().any(|c| c.code == code);
    let surname = name.end - 1;
    let mut other = None;
    for (s, ws) in cx.window.iter().enumerate() {
        for u in cx.places_of(surname, s) {
            let run = run_around(ws.facts, u);
            for c in demonyms_of(ws.text, ws.facts, &run) {
                if claims_code(c.code) {
                    return None;
                }
                if !c.of_country {
                    other.get_or_insert((s, c.at));
                }
            }
        }
    }
    let about = Some(cx.claim_text[claim.span_of(name.clone())].to_string());
    if let Some((s, at)) = other {
        let contradicts = cx.coverage.share_without_all(&giving) >= CITIZENSHIP_COVERAGE
            // (an English demonym is written with a capital: the claim's
            // own is no missing name)
            && cx
                .coverage
                .missing_names
                .iter()
                .all(|m| country.clone().any(|t| *m == claim.tokens[t].norm))
            && !super::negated_at(cx, s, at)
            && super::facts_agree(earlier);
        let (kind, effect) = if contradicts {
            (Kind::Location, Effect::Contradicts)
        } else {
            (Kind::Place, Effect::Blocks)
        };
        return Some(super::word_against_word(cx, (kind, effect), demonym, s, at).about(about));
    }
    // a claim about the name's citizenship ("Benny Gantz is French"): a
    // window that does not give it to the name does not state it (the
    // name's other words are all the claim has), whether it does not write
    // it or writes it of another thing ("le ministère français des Armées"
    // two sentences after "Benny Gantz a abordé le sujet")
    let predicate = claim
        .tokens
        .get(name.end)
        .is_some_and(|t| COPULAS.contains(&t.norm.as_str()))
        && demonym >= name.end;
    if predicate {
        let written_at =
            (0..cx.window.len()).find_map(|s| cx.places_of(demonym, s).next().map(|t| (s, t)));
        if let Some((s, at)) = written_at {
            return Some(
                super::word_against_word(cx, (Kind::Place, Effect::Blocks), demonym, s, at)
                    .about(about),
            );
        }
        let span = claim.tokens[demonym].span.clone();
        return Some(
            Finding::new(
                Kind::Place,
                Effect::Blocks,
                &cx.claim_text[span.clone()],
                "",
            )
            .at_claim(span)
            .about(about),
        );
    }
    let (s, at) = given_to_another(cx, demonym, name)?;
    Some(super::word_against_word(cx, (Kind::Place, Effect::Blocks), demonym, s, at).about(about))
}

/// Where the window writes the claim's demonym (claim token `demonym`),
/// when each of its places there is the demonym of a name that shares no
/// word with the claim's at `name`: the first of them.
fn given_to_another(
    cx: &MatchContext<'_>,
    demonym: usize,
    name: &Range<usize>,
) -> Option<(usize, usize)> {
    let mut first = None;
    for (s, ws) in cx.window.iter().enumerate() {
        let places: Vec<usize> = cx.places_of(demonym, s).collect();
        if places.is_empty() {
            continue;
        }
        // (each name of the sentence with the tokens of its citizenships,
        // read once for all the places)
        let owners: Vec<(Range<usize>, Vec<usize>)> = name_runs(ws.facts)
            .into_iter()
            .map(|run| {
                let at = demonyms_of(ws.text, ws.facts, &run)
                    .iter()
                    .map(|c| c.at)
                    .collect();
                (run, at)
            })
            .collect();
        for u in places {
            let owner = owners
                .iter()
                .find(|(_, at)| at.contains(&u))
                .map(|(run, _)| run);
            match owner {
                // (a name that shares a word with the claim's may be its:
                // "l'État de Qin" for "Qin Shi Huang")
                Some(run)
                    if !run
                        .clone()
                        .any(|k| name.clone().any(|c| cx.writes(c, s, k))) =>
                {
                    first.get_or_insert((s, u));
                }
                _ => return None,
            }
        }
    }
    first
}

/// Is token `demonym` of `f` (analysed from `text`) the citizenship `f`
/// gives one of its names ("the Spanish minister José Manuel Albares")?
/// This rule reads it then, against what the window gives that name; the
/// nationality rule, which reads a demonym against the same noun anywhere
/// in the window, would meet another's title ("le ministre marocain" of
/// the minister Albares meets).
pub(super) fn gives_a_name(text: &str, f: &Facts, demonym: usize) -> bool {
    name_runs(f)
        .iter()
        .any(|run| demonyms_of(text, f, run).iter().any(|c| c.at == demonym))
}

/// The names of `f`: runs of name tokens, countries aside; not a word
/// written with a capital right after an article, or after an article and
/// a demonym: an institution, a common noun ("le Parlement belge", "The
/// French Parliament"), whose nationality the nationality rule reads.
pub(super) fn name_runs(f: &Facts) -> Vec<Range<usize>> {
    let is_name = |t: usize| name_token(f, t);
    let article = |t: Option<usize>| {
        t.is_some_and(|t| super::role::ARTICLES.contains(&f.tokens[t].norm.as_str()))
    };
    let institution = |run: &Range<usize>| {
        let before = run.start.checked_sub(1);
        run.len() == 1
            && (article(before)
                || before.is_some_and(|b| f.keys.in_country(b))
                    && article(before.and_then(|b| b.checked_sub(1))))
    };
    let mut runs = Vec::new();
    let mut t = 0;
    while t < f.tokens.len() {
        if is_name(t) {
            let start = t;
            while t < f.tokens.len() && is_name(t) {
                t += 1;
            }
            if !institution(&(start..t)) {
                runs.push(start..t);
            }
        } else {
            t += 1;
        }
    }
    runs
}

/// Is token `t` of `f` a word of a name, not of a country's?
pub(super) fn name_token(f: &Facts, t: usize) -> bool {
    f.keys.names.contains(&t) && !f.keys.in_country(t)
}

/// The name run of `f` that holds token `u`.
fn run_around(f: &Facts, u: usize) -> Range<usize> {
    let is_name = |t: usize| name_token(f, t);
    let mut start = u;
    while start > 0 && is_name(start - 1) {
        start -= 1;
    }
    let mut end = u + 1;
    while end < f.tokens.len() && is_name(end) {
        end += 1;
    }
    start..end
}

/// A citizenship a text gives a name: the token that says it, the
/// country's code, and whether it is a country after "de" / "of" ("l'un
/// des dramaturges d'Allemagne"), which states a citizenship the claim
/// gives but is too often a place to give another ("l'ambassadeur de
/// France en Israël").
struct Citizenship<'f> {
    at: usize,
    code: &'f str,
    of_country: bool,
    /// The word that puts a body in the country, if it is a country it is
    /// based in ("basée" of "basée au Maroc").
    based: Option<usize>,
}

/// Determiners that open an apposition right after a name ("Rolf Ekeus le
/// diplomate suédois"), folded.
pub(super) const APPOSITION_OPENERS: &[&str] = &["le", "la", "l", "the"];

/// What a text says a name is, without a parser: the tokens of its title
/// right before it (no verb nor punctuation between, a comma before the
/// name allowed: "le ministre israélien de la Défense Benny Gantz", "la
/// ministre française des Armées, Florence Parly"), and the tokens of an
/// apposition right after it or of what a copula after it says ("Marc
/// Weber, a 34-year-old Swiss national", "Benny Gantz est le ministre"), up
/// to a verb, a relative word or a complement with its own article.
pub(super) struct NameSaid {
    /// The title before the name.
    pub title: Range<usize>,
    /// The token that ended the reading after it (a verb, a relative
    /// word, punctuation, a complement with its own article), when one did
    /// before the reach.
    pub after_stop: Option<usize>,
    /// The reading after it through complements ("est le chef de la
    /// diplomatie"): the whole noun phrase after it.
    pub after_phrase: Range<usize>,
}

impl NameSaid {
    /// The apposition or the copula's predicate after the name, up to a
    /// complement with its own article ("est le directeur" of "est le
    /// directeur de la société française Orvex"): the phrase, cut where
    /// the reading stopped (a phrase that ran to the reach stopped nowhere
    /// before it).
    pub fn after(&self) -> Range<usize> {
        self.after_phrase.start..self.after_stop.unwrap_or(self.after_phrase.end)
    }
}

/// Forms of "avoir" before a participle (folded; "a" is also "à", which a
/// title's word does not follow); not "être", whose "est" is a copula
/// ("est français").
const AVOIR: &[&str] = &[
    "a", "ont", "avait", "avaient", "aura", "auront", "ait", "aient",
];

/// Is token `k` of `f` a verb form (not a capitalised word, nor "du", the
/// article a title's complement opens with far more often than "dû": "le
/// porte-parole du gouvernement")? A word that carries meaning right after
/// an auxiliary is its participle, which the form tables leave out when
/// its stem is the verb's ("a déclaré", "has named").
fn verb_at(f: &Facts, k: usize) -> bool {
    let lex = Lexicon::shared();
    let word = f.tokens[k].norm.as_str();
    let after_auxiliary = k > 0
        && crate::matcher::context::carries_meaning(f, k)
        && match f.lang {
            Lang::Fr => AVOIR.contains(&f.tokens[k - 1].norm.as_str()),
            Lang::En => matches!(f.tokens[k - 1].norm.as_str(), "has" | "have" | "had"),
        };
    !f.tokens[k].capitalized
        && word != "du"
        && (after_auxiliary
            || match f.lang {
                Lang::Fr => {
                    crate::text::FR_AUXILIARIES.contains(&word) || lex.is_french_verb_form(word)
                }
                Lang::En => lex.is_english_verb_form(word),
            })
}

/// Is token `k` of `f` (analysed from `text`) a written "à" that joins a
/// bare common noun to the noun before it, inside one title ("la société
/// néerlandaise de vente à domicile, Wehkamp", "le bateau à voile")? Such
/// an "à" neither ends the title nor is the verb "a": the demonym before
/// it is the title's. An "à" before an article, a possessive ("à son
/// homologue") or a name opens another thing ("a remis le plan français à
/// Jean Dupont").
fn links_a_bare_noun(text: &str, f: &Facts, k: usize) -> bool {
    let Some(next) = f.tokens.get(k + 1) else {
        return false;
    };
    text[f.tokens[k].span.clone()].starts_with('à')
        && !next.capitalized
        && !super::PHRASE_DETERMINERS.contains(&next.norm.as_str())
        && crate::matcher::context::carries_meaning(f, k + 1)
}

/// Does the text between two tokens hold punctuation?
pub(super) fn punctuated(gap: &str) -> bool {
    gap.contains([
        ',', ';', ':', '.', '(', ')', '«', '»', '"', '“', '”', '!', '?',
    ])
}

/// What `f` (analysed from `text`) says the name at `name` is.
pub(super) fn said_of_name(text: &str, f: &Facts, name: &Range<usize>) -> NameSaid {
    let lex = Lexicon::shared();
    let word = |k: usize| f.tokens[k].norm.as_str();
    let gap = |a: usize, b: usize| &text[f.tokens[a].span.end..f.tokens[b].span.start];
    let another_name = |k: usize| name_token(f, k);
    // a complement with its own article, an agent or a partner, or a
    // possessive: what comes after it is another thing's ("est le
    // directeur de la société française Orvex", "is the French company's
    // chief executive" reads "French" before it, "is the chief executive
    // of the French company" after it); not a partitive, "l'un des
    // dramaturges allemands"
    let opens_a_complement = |k: usize| {
        let next = f.tokens.get(k + 1).map_or("", |t| t.norm.as_str());
        match word(k) {
            // (an agent, a partner: "est commercialisé par une société
            // marocaine", "is married to a French woman")
            "du" | "par" | "by" | "avec" | "with" | "pour" | "for" | "to" => true,
            "de" | "d" => matches!(next, "la" | "l" | "le"),
            "of" => matches!(next, "the" | "a" | "an"),
            "s" => k > 0 && gap(k - 1, k).contains(['\'', '’']),
            _ => false,
        }
    };
    // the title before it
    let mut k = name.start;
    let mut first = name.start;
    while k > 0 && name.start - k < TITLE_REACH {
        let g = gap(k - 1, k);
        let apposed = k == name.start && g.trim() == ",";
        // (a title word written with a capital goes on the title: "l'ancien
        // Premier ministre Edouard Philippe"; asked of a name word only)
        let capitalised_title = || {
            k < name.start
                && !f.tokens[k].capitalized
                && lex.knows(&lex.stem(word(k - 1), f.lang), f.lang)
        };
        if punctuated(g) && !apposed || another_name(k - 1) && !capitalised_title() {
            break;
        }
        k -= 1;
        // (a bare noun after such an "à" is no participle after "a":
        // "à voile", "à domicile")
        let verb = verb_at(f, k) && !(k > 0 && links_a_bare_noun(text, f, k - 1));
        if (verb || TITLE_ENDS.contains(&word(k))) && !links_a_bare_noun(text, f, k) {
            break;
        }
        first = k;
    }
    let title = first..name.start;
    // an apposition after it, or a copula and what it says
    let after = name.end;
    let nothing = NameSaid {
        title: title.clone(),
        after_stop: None,
        after_phrase: after..after,
    };
    if after >= f.tokens.len() {
        return nothing;
    }
    let joined = !punctuated(gap(after - 1, after));
    let copula = joined && COPULAS.contains(&word(after));
    let opens = copula
        || gap(after - 1, after).trim() == ","
        || joined && APPOSITION_OPENERS.contains(&word(after));
    if !opens {
        return nothing;
    }
    let start = if copula { after + 1 } else { after };
    let reach = (start + PREDICATE_REACH).min(f.tokens.len());
    let ends_phrase = |k: usize| {
        k > start && punctuated(gap(k - 1, k))
            || another_name(k)
            || verb_at(f, k)
            || crate::facts::RELATIVE_WORDS.contains(&word(k))
    };
    let after_stop = (start..reach).find(|&k| ends_phrase(k) || opens_a_complement(k));
    let phrase_end = (start..reach).find(|&k| ends_phrase(k)).unwrap_or(reach);
    NameSaid {
        title,
        after_stop,
        after_phrase: start..phrase_end,
    }
}

/// The citizenships `f` (analysed from `text`) gives the name at `name`:
/// in its title right before it, in an apposition right after it, or after
/// a copula after it ([`said_of_name`]).
fn demonyms_of<'f>(text: &str, f: &'f Facts, name: &Range<usize>) -> Vec<Citizenship<'f>> {
    let lex = Lexicon::shared();
    let word = |k: usize| f.tokens[k].norm.as_str();
    let gap = |a: usize, b: usize| &text[f.tokens[a].span.end..f.tokens[b].span.start];
    let citizenship = |k: usize| {
        let before = k
            .checked_sub(1)
            .filter(|&p| !punctuated(gap(p, k)))
            .map(&word);
        let code = f
            .keys
            .entities
            .iter()
            .find(|(r, _)| r.start == k && r.len() == 1)
            .map(|(_, code)| code.as_str())?;
        // (a people's word, not a country's name: "France hosted 35 NSO
        // servers" gives NSO no citizenship; nor a people's word after a
        // preposition)
        // ("a" is the French "à" folded, the English article)
        let preposition = |w: &str| PREPOSITIONS.contains(&w) && !(f.lang == Lang::En && w == "a");
        if lex.is_demonym(word(k)) && !before.is_some_and(preposition) {
            Some(Citizenship {
                at: k,
                code,
                of_country: false,
                based: None,
            })
        } else if !lex.is_demonym(word(k))
            && before.is_some_and(|w| crate::facts::OF_WORDS.contains(&w))
        {
            Some(Citizenship {
                at: k,
                code,
                of_country: true,
                based: None,
            })
        } else {
            None
        }
    };
    // the country a body is based in ("basée au Maroc"), read after the
    // words that say so
    let based_in = |k: usize| {
        if !BASED.contains(&word(k)) {
            return None;
        }
        let mut c = k + 1;
        while c < f.tokens.len()
            && c - k <= 3
            && BASED_BEFORE_COUNTRY.contains(&word(c))
            && !punctuated(gap(c - 1, c))
        {
            c += 1;
        }
        let code = f
            .keys
            .entities
            .iter()
            .find(|(r, _)| r.start == c && c > k + 1)
            .map(|(_, code)| code.as_str())?;
        (!lex.is_demonym(word(c))).then_some(Citizenship {
            at: c,
            code,
            of_country: false,
            based: Some(k),
        })
    };
    let said = said_of_name(text, f, name);
    // (read from the name outwards)
    let mut out: Vec<Citizenship> = said.title.clone().rev().filter_map(citizenship).collect();
    for k in said.after() {
        if let Some(c) = based_in(k) {
            out.push(c);
            return out;
        }
        out.extend(citizenship(k));
    }
    // (a body's base read where the reading stopped: "basée" is a verb)
    out.extend(said.after_stop.and_then(based_in));
    out
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn citizenship_table() {
        let contradicts = &[(Kind::Location, Effect::Contradicts)][..];
        let blocks = &[(Kind::Place, Effect::Blocks)][..];
        let gantz = "Le ministre israélien de la Défense Benny Gantz a reçu son homologue française Florence Parly.";
        let bourita = "Nasser Bourita, le ministre marocain des Affaires étrangères, a rencontré son homologue espagnol José Manuel Albares.";
        let table: &[Row] = &[
            // the title before the name
            ("Benny Gantz est français.", Fr, gantz, Fr, contradicts),
            (
                "Florence Parly is the Israeli defence minister.",
                En,
                gantz,
                Fr,
                contradicts,
            ),
            (
                "The Moroccan minister José Manuel Albares met Nasser Bourita.",
                En,
                bourita,
                Fr,
                contradicts,
            ),
            // an apposition after it
            ("Nasser Bourita est espagnol.", Fr, bourita, Fr, contradicts),
            (
                "Marc Weber is German.",
                En,
                "A third suspect, Marc Weber, a 34-year-old Swiss national, is still being sought.",
                En,
                contradicts,
            ),
            // a bare noun joined by "à" stays in the title ("vente à
            // domicile" is no "a vendu"), before an apposed name too
            (
                "Wehkamp est une société basée au Royaume-Uni.",
                Fr,
                "GUS a vendu la société néerlandaise de vente à domicile, Wehkamp, à un fonds.",
                Fr,
                contradicts,
            ),
            (
                "Wehkamp is a British company.",
                En,
                "La société néerlandaise de bateaux à voile Wehkamp a été vendue.",
                Fr,
                contradicts,
            ),
            // ... not an "à" before a name: the demonym is another thing's
            (
                "Jan Wehkamp est britannique.",
                Fr,
                "GUS a remis le plan néerlandais à Jan Wehkamp.",
                Fr,
                blocks,
            ),
            // "a" before the demonym is the English article, no "à"
            (
                "Lena Voss is a Dutch artist.",
                En,
                "The two portraits are by the Belgian artist Lena Voss.",
                En,
                contradicts,
            ),
            // the country a body is based in is its own
            (
                "Veltrix est une société basée au Maroc.",
                Fr,
                "Les clients de l'entreprise israélienne Veltrix ont acheté le logiciel.",
                Fr,
                contradicts,
            ),
            (
                "Veltrix is based in Morocco.",
                En,
                "Les clients de l'entreprise israélienne Veltrix ont acheté le logiciel.",
                Fr,
                contradicts,
            ),
            (
                "Veltrix is headquartered in Belgium.",
                En,
                "The Dutch firm Veltrix was fined on Monday.",
                En,
                contradicts,
            ),
            (
                "Veltrix est une société basée en Israël.",
                Fr,
                "Les clients de l'entreprise israélienne Veltrix ont acheté le logiciel.",
                Fr,
                &[],
            ),
            // a country after a preposition is a place
            (
                "Tom Nides est israélien.",
                Fr,
                "L'ambassadeur américain en Israël, Tom Nides, a démissionné.",
                Fr,
                contradicts,
            ),
            (
                "Yaël German est française.",
                Fr,
                "L'ambassadrice d'Israël en France, Yaël German, a été reçue à l'Élysée.",
                Fr,
                &[],
            ),
            // the same citizenship, or both of two
            ("Florence Parly est française.", Fr, gantz, Fr, &[]),
            (
                "Marc Levy is Israeli.",
                En,
                "The French-Israeli businessman Marc Levy bought the club.",
                En,
                &[],
            ),
            (
                "The Spanish minister José Manuel Albares met Nasser Bourita.",
                En,
                bourita,
                Fr,
                &[],
            ),
            // a demonym before a preposition is another phrase's
            (
                "Le ministre israélien a abordé le nucléaire iranien avec Florence Parly.",
                Fr,
                gantz,
                Fr,
                &[],
            ),
            (
                "Gantz also discussed the Iranian nuclear programme with Parly.",
                En,
                gantz,
                Fr,
                &[],
            ),
            // the claim's citizenship given only to another name
            (
                "Benny Gantz is French.",
                En,
                "Benny Gantz a informé la ministre française des Armées, Florence Parly, de l'enquête.",
                Fr,
                blocks,
            ),
            // ... or to a thing, the name given none in the window
            (
                "Karel Vonn is French.",
                En,
                "Karel Vonn a abordé le sujet avec ses hôtes. | Le gouvernement français a salué la visite.",
                Fr,
                blocks,
            ),
            (
                "Karel Vonn est français.",
                Fr,
                "Karel Vonn a abordé le sujet avec ses hôtes. | Le gouvernement français a salué la visite.",
                Fr,
                blocks,
            ),
            (
                "Karel Vonn est français.",
                Fr,
                "Le ministre français Karel Vonn a abordé le sujet avec ses hôtes. | Le gouvernement a salué la visite.",
                Fr,
                &[],
            ),
            // a demonym of a complement or of an agent is not the name's
            (
                "Marc Dubois is the chief executive of the French company Orvex.",
                En,
                "Orvex's chief executive Marc Dubois, a Belgian national, resigned.",
                En,
                &[],
            ),
            (
                "Le logiciel Pegasus est commercialisé par une société marocaine.",
                Fr,
                "L'entreprise israélienne NSO commercialise le logiciel Pegasus.",
                Fr,
                &[],
            ),
        ];
        assert_rows("citizenship", table);
    }
}

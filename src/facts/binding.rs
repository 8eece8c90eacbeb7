//! Binding: what a number counts or belongs to. "14 ministres", "14 membres
//! du gouvernement" and "14 chefs d'État" count three different things; in
//! "la Suisse (36), la France (35)" each number belongs to its country.

use crate::text::{Lang, Lexicon, TermKeys, Token, TokenKind};
use std::ops::Range;

/// The noun phrase a number counts: head word, modifiers, and an optional
/// "de/of" complement ("chefs d'État", "heads of state").
#[derive(Debug, Clone, PartialEq)]
pub struct NounPhrase {
    /// Token range of the whole phrase.
    pub tokens: Range<usize>,
    /// Token index of the head noun.
    pub head: usize,
    /// Token range of the complement's content words, if any.
    pub complement: Option<Range<usize>>,
    /// Tokens that narrow the head: modifiers ("business" leaders,
    /// responsables "gouvernementaux") and the complement's words. Two
    /// phrases whose qualifiers share nothing count different things.
    pub qualifiers: Vec<usize>,
    /// Byte span of the phrase.
    pub span: Range<usize>,
    /// The head of a noun coordinated with this one ("120 chercheurs et
    /// ingénieurs", "researchers and engineers"): the number counts both.
    pub coordinated: Option<usize>,
}

/// Does the text between two tokens break a phrase (punctuation)?
pub(crate) fn broken(text: &str, a: &Token, b: &Token) -> bool {
    text[a.span.end..b.span.start].chars().any(|c| {
        matches!(
            c,
            ',' | ';' | ':' | '(' | ')' | '.' | '!' | '?' | '–' | '—' | '"' | '«' | '»' | '“' | '”'
        )
    })
}

fn is_content(lex: &Lexicon, t: &Token, lang: Lang) -> bool {
    t.kind == TokenKind::Word && !lex.is_stopword(&t.norm, lang) && t.norm.chars().count() > 1
}

/// Words that join a noun to its complement, both languages (folded): "une
/// vingtaine de responsables", "14 members of the government".
pub const OF_WORDS: &[&str] = &["de", "d", "du", "des", "of"];
/// Words between a figure and its noun that count more of a kind (folded).
const OTHER_WORDS: &[&str] = &["other", "autres", "autre"];
/// Words after a figure that count more of a kind, its noun left out
/// ("16 autres", "16 others") (folded).
const OTHERS: &[&str] = &["autres", "others"];

/// Does the figure whose number ends before token `after` count more of a
/// kind than those already named ("15 other newsrooms", "16 autres")? Such
/// a count leaves out what it adds to: it is no total.
pub fn counts_more_of_a_kind(tokens: &[Token], after: usize) -> bool {
    tokens.get(after).is_some_and(|t| {
        OTHER_WORDS.contains(&t.norm.as_str()) || OTHERS.contains(&t.norm.as_str())
    })
}

/// "sa propre rédaction (Le Monde) ainsi que 16 autres", "the minister and
/// two others": a figure of more of a kind whose noun is left out (its
/// number from `number_start`, "autres" at `after`) counts the kind of the
/// noun phrase it is joined to ("et", "and", "ainsi que", "as well as"). That
/// phrase's head is the first content word before the joining word, with
/// only names, determiners and a parenthesis between and a determiner
/// before it (a noun, no verb); no other punctuation.
pub fn noun_of_others(
    text: &str,
    tokens: &[Token],
    keys: &TermKeys,
    number_start: usize,
    after: usize,
    lang: Lang,
) -> Option<NounPhrase> {
    let lex = Lexicon::shared();
    // (read when no noun after binds: "16 autres rédactions" has its own)
    if !OTHERS.contains(&tokens.get(after)?.norm.as_str()) {
        return None;
    }
    let norm = |t: usize| tokens[t].norm.as_str();
    let last = number_start.checked_sub(1)?;
    let joiner = match norm(last) {
        "et" | "and" => last,
        "que" if last > 0 && norm(last - 1) == "ainsi" => last - 1,
        "well" if last > 1 && norm(last - 1) == "as" && norm(last - 2) == "as" => last - 2,
        _ => return None,
    };
    let mut t = joiner;
    loop {
        let prev = t.checked_sub(1)?;
        let gap = &text[tokens[prev].span.end..tokens[t].span.start];
        if gap
            .chars()
            .any(|c| !c.is_whitespace() && c != '(' && c != ')')
        {
            return None;
        }
        t = prev;
        let tok = &tokens[t];
        if tok.capitalized || keys.names.contains(&t) || !is_content(lex, tok, lang) {
            if joiner - t > NAME_BETWEEN {
                return None;
            }
            continue;
        }
        // a noun: a determiner opens its phrase ("sa propre rédaction",
        // "the minister"; not "said Le Monde")
        let determined =
            (t.saturating_sub(2)..t).any(|d| NOUN_DETERMINERS.contains(&tokens[d].norm.as_str()));
        if !determined || tok.kind != TokenKind::Word {
            return None;
        }
        return bind_noun(text, tokens, keys, t, lang).filter(|n| n.head == t);
    }
}

/// Determiners that open a noun phrase, both languages (folded).
const NOUN_DETERMINERS: &[&str] = &[
    "le", "la", "l", "les", "un", "une", "sa", "son", "ses", "ce", "cet", "cette", "ces", "leur",
    "leurs", "notre", "nos", "votre", "vos", "the", "a", "an", "its", "his", "her", "their",
    "this", "these", "those", "our", "your",
];

/// Tokens of names, determiners and a parenthesis at most between a noun
/// and the "et"/"and" that joins more of its kind to it ("sa propre
/// rédaction (Le Monde) ainsi que").
const NAME_BETWEEN: usize = 5;
/// English prepositions the stop-word list leaves as content words: one
/// ends a noun phrase, never modifies its head ("400 homes along the quay"
/// counts homes, not "along").
const ENGLISH_PREPOSITIONS: &[&str] = &[
    "along",
    "across",
    "near",
    "within",
    "without",
    "beside",
    "behind",
    "beneath",
    "among",
    "amongst",
    "amid",
    "toward",
    "towards",
    "upon",
    "onto",
    "throughout",
    "via",
    "per",
    "despite",
    "except",
    "beyond",
    "around",
    "till",
    // "cut by 25% since 2021" counts nothing
    "since",
    "unlike",
    "versus",
    // participles that stand as prepositions: "rose 4% following the
    // announcement" counts nothing
    "following",
    "including",
    "excluding",
    "regarding",
    "concerning",
    "pending",
];
const SKIP_DETERMINERS: &[&str] = &["la", "le", "l", "les", "the"];
/// English words that open a time adverbial right after a noun phrase: the
/// phrase ends before them ("160,000 cars last year" counts cars, not years;
/// "200 jobs next month").
const TIME_OPENERS_EN: &[&str] = &[
    "last",
    "next",
    "previous",
    "past",
    "every",
    "each",
    "ago",
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
];

/// English adverbs that stand after a counted noun and do not narrow it:
/// "-wide" words ("worldwide", "nationwide"), "-ly" words ("annually",
/// "nationally"), and a few others.
fn is_adverb_after_head(norm: &str) -> bool {
    (norm.ends_with("wide") && norm.len() > 4)
        || (norm.ends_with("ly") && norm.len() > 4)
        || matches!(
            norm,
            "overall" | "apiece" | "abroad" | "altogether" | "alone" | "combined" | "total"
        )
}

/// Does token `t` open a time adverbial after a noun phrase: a weekday or a
/// month in either language ("12 morts dimanche", "300 jobs in May" has its
/// preposition), or an English relative time word ([`TIME_OPENERS_EN`])?
fn opens_time_adverbial(t: &Token, lang: Lang) -> bool {
    use crate::facts::{CalendarKind, Vocabulary};
    let v = Vocabulary::shared();
    let calendar = [CalendarKind::Weekday, CalendarKind::Month]
        .into_iter()
        .any(|kind| v.calendar(kind, &t.norm).is_some());
    calendar || lang == Lang::En && TIME_OPENERS_EN.contains(&t.norm.as_str())
}

/// The noun phrase starting at token `start` (just after a number).
pub fn bind_noun(
    text: &str,
    tokens: &[Token],
    _keys: &TermKeys,
    start: usize,
    lang: Lang,
) -> Option<NounPhrase> {
    let lex = Lexicon::shared();
    let mut j = start;
    // "224 000 selon la police", "d'après la police": whose figure, not
    // what it counts
    if super::attribution::cue_at(tokens, j).is_some() {
        return None;
    }
    // "une vingtaine de responsables", "des milliers de"
    if tokens
        .get(j)
        .is_some_and(|t| OF_WORDS.contains(&t.norm.as_str()))
    {
        if j > 0 && broken(text, &tokens[j - 1], &tokens[j]) {
            return None;
        }
        j += 1;
    }
    // "16 others": what it counts is named before it ([`noun_of_others`])
    if tokens.get(j).is_some_and(|t| t.norm == "others") {
        return None;
    }
    // "15 other newsrooms", "deux autres personnes": the count of more of
    // a kind counts that kind
    if tokens
        .get(j)
        .is_some_and(|t| OTHER_WORDS.contains(&t.norm.as_str()))
        && tokens
            .get(j + 1)
            .is_some_and(|n| is_content(lex, n, lang) && !broken(text, &tokens[j], n))
    {
        j += 1;
    }
    let first = tokens.get(j)?;
    if j > 0 && broken(text, &tokens[j - 1], first)
        || !is_content(lex, first, lang)
        || lang == Lang::En && ENGLISH_PREPOSITIONS.contains(&first.norm.as_str())
    {
        return None;
    }
    let mut last = j;
    // modifiers: English pre-head nouns/adjectives, French post-head adjectives
    while let Some(next) = tokens.get(last + 1) {
        let verb_like = match lang {
            Lang::En => past_like(&next.norm) || lex.is_english_verb_form(&next.norm),
            // "une trentaine de fournisseurs dépendent de l'usine"; "les 14
            // écoles rouvriront", "3 000 salariés manifestaient": endings of
            // the future and the imperfect that no adjective has
            Lang::Fr => {
                lex.is_french_verb_form(&next.norm)
                    || ["ront", "aient"].iter().any(|e| next.norm.ends_with(e))
            }
        };
        // "23 voix contre 8": the preposition ends the phrase
        // ... and so does whose figure it is ("manifestants selon la CGT")
        let joiner = matches!(next.norm.as_str(), "contre" | "against" | "versus")
            || lang == Lang::En && ENGLISH_PREPOSITIONS.contains(&next.norm.as_str())
            || super::attribution::cue_at(tokens, last + 1).is_some();
        if broken(text, &tokens[last], next)
            || !is_content(lex, next, lang)
            || verb_like
            || joiner
            || opens_time_adverbial(next, lang)
        {
            break;
        }
        if lang == Lang::Fr && last - j >= 1 {
            break;
        }
        last += 1;
    }
    // an English adverb after the head ends the phrase ("5,000 phone
    // numbers worldwide" counts numbers, "300 jobs overall" jobs); one
    // before another word is a modifier ("10 daily flights")
    while lang == Lang::En && last > j && is_adverb_after_head(&tokens[last].norm) {
        last -= 1;
    }
    let head = if lang == Lang::En { last } else { j };
    // complement: "de/d'/du/des/of (the) X [Y]"
    let mut complement = None;
    if let Some(of) = tokens.get(last + 1)
        && OF_WORDS.contains(&of.norm.as_str())
        && !broken(text, &tokens[last], of)
    {
        let mut k = last + 2;
        while tokens
            .get(k)
            .is_some_and(|t| SKIP_DETERMINERS.contains(&t.norm.as_str()))
        {
            k += 1;
        }
        if tokens
            .get(k)
            .is_some_and(|t| is_content(lex, t, lang) && !broken(text, of, t))
        {
            let mut c_end = k + 1;
            if let Some(next) = tokens.get(c_end)
                && is_content(lex, next, lang)
                && !broken(text, &tokens[k], next)
                && !next.capitalized
            {
                c_end += 1;
            }
            complement = Some(k..c_end);
            last = c_end - 1;
        }
    }
    let modifiers_end = complement
        .as_ref()
        .map_or(last + 1, |c| c.start.saturating_sub(1).max(j));
    let mut qualifiers: Vec<usize> = (j..modifiers_end)
        .filter(|&t| {
            t != head && !is_participle(text, &tokens[t], lang) && is_content(lex, &tokens[t], lang)
        })
        .collect();
    qualifiers.extend(complement.clone().into_iter().flatten());
    // a name right after the complement belongs to it: "serveurs de l'entreprise NSO"
    if let Some(c) = &complement
        && let Some(name) = tokens.get(c.end)
        && name.capitalized
        && name.kind == TokenKind::Word
        && !broken(text, &tokens[c.end - 1], name)
    {
        qualifiers.push(c.end);
    }
    Some(NounPhrase {
        tokens: j..last + 1,
        head,
        complement,
        qualifiers,
        span: tokens[j].span.start..tokens[last].span.end,
        coordinated: coordinated_head(text, tokens, last, lang),
    })
}

/// "et"/"and" and a second noun right after a noun phrase ending at
/// `last`: the head of that noun (its last content word in English, its
/// first in French). A number or a determiner after the conjunction starts
/// another count ("35 serveurs et 80 clients", "14 ministres et un
/// Premier ministre").
fn coordinated_head(text: &str, tokens: &[Token], last: usize, lang: Lang) -> Option<usize> {
    let lex = Lexicon::shared();
    let and = tokens.get(last + 1)?;
    if !matches!(and.norm.as_str(), "et" | "and") || broken(text, &tokens[last], and) {
        return None;
    }
    let first = last + 2;
    let noun = tokens.get(first)?;
    // both nouns plural, as the things one number counts are: "et établi"
    // after "médailles d'or" is a verb
    let plural = |t: &Token| {
        t.norm.ends_with('s')
            || t.norm.ends_with('x')
            || ["people", "children", "men", "women"].contains(&t.norm.as_str())
    };
    if broken(text, and, noun)
        || !is_content(lex, noun, lang)
        || noun.capitalized
        || !plural(&tokens[last])
    {
        return None;
    }
    if lang == Lang::Fr {
        return plural(noun).then_some(first);
    }
    let mut head = first;
    while let Some(next) = tokens.get(head + 1) {
        let verb_like = past_like(&next.norm) || lex.is_english_verb_form(&next.norm);
        if broken(text, &tokens[head], next) || !is_content(lex, next, lang) || verb_like {
            break;
        }
        head += 1;
    }
    plural(&tokens[head]).then_some(head)
}

/// Does an English word read as a past tense or participle, ending a noun
/// phrase ("300 people died", "two men tied to the attack")? Short words in
/// "-ed" are mostly nouns ("bed", "seed"), but not in "-ied" ("died").
fn past_like(norm: &str) -> bool {
    norm.ends_with("ed") && (norm.len() > 4 || norm.ends_with("ied"))
}

/// Participles describe an event ("serveurs hébergés", "journalistes
/// issus"), not a kind of thing; they do not narrow what is counted.
fn is_participle(text: &str, t: &Token, lang: Lang) -> bool {
    let surface = text[t.span.clone()].to_lowercase();
    let w = surface.as_str();
    match lang {
        Lang::Fr => [
            "é", "ée", "és", "ées", "ant", "ants", "issu", "issus", "issue", "issues",
        ]
        .iter()
        .any(|e| w.ends_with(e)),
        Lang::En => w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")),
    }
}

/// "l'Allemagne (212)": the name just before a parenthesised number.
pub fn bind_entity(
    text: &str,
    tokens: &[Token],
    keys: &TermKeys,
    num_start: usize,
    num_end: usize,
) -> Option<String> {
    let prev = num_start.checked_sub(1)?;
    let gap = &text[tokens[prev].span.end..tokens[num_start].span.start];
    let closes = tokens
        .get(num_end)
        .map_or(&text[tokens[num_end - 1].span.end..], |n| {
            &text[tokens[num_end - 1].span.end..n.span.start]
        });
    if gap.trim().is_empty() {
        return gapped_entity(text, tokens, keys, num_start);
    }
    if gap.trim() != "(" || !closes.trim_start().starts_with(')') {
        return None;
    }
    if let Some((_, code)) = keys.entities.iter().find(|(r, _)| r.end == num_start) {
        return Some(code.clone());
    }
    tokens[prev]
        .capitalized
        .then(|| format!("name:{}", tokens[prev].norm))
}

/// "Spain sent four of the planes, Italy three and Greece one": a country
/// right before a number, itself right after a comma or "and"/"et", is an
/// item of a list whose verb and noun the first item gave; the number is
/// that country's.
fn gapped_entity(
    text: &str,
    tokens: &[Token],
    keys: &TermKeys,
    num_start: usize,
) -> Option<String> {
    let (range, code) = keys.entities.iter().find(|(r, _)| r.end == num_start)?;
    // (an article may open the country: "et la Grèce un")
    let mut first = range.start;
    if first > 0 && SKIP_DETERMINERS.contains(&tokens[first - 1].norm.as_str()) {
        first -= 1;
    }
    let item = first > 0
        && (text[tokens[first - 1].span.end..tokens[first].span.start].contains(',')
            || matches!(tokens[first - 1].norm.as_str(), "and" | "et"));
    // (the number counts on its own: "Italy 3-1" or "Italy 2021" are no item)
    let alone = tokens
        .get(num_start + 1)
        .is_none_or(|t| t.kind != TokenKind::Number);
    (item && alone).then(|| code.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{DateContext, analyse};

    fn bound(text: &str, lang: Lang) -> Vec<(String, String)> {
        let f = analyse(text, lang, DateContext::default());
        f.quantities
            .iter()
            .map(|q| {
                let noun = q
                    .noun
                    .as_ref()
                    .map_or(String::new(), |n| text[n.span.clone()].to_string());
                (q.display_value(), q.entity.clone().unwrap_or(noun))
            })
            .collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn french_bindings() {
        // "autres" before the noun counts more of that kind; alone, it
        // binds none (what it counts was named before it)
        assert_eq!(
            bound(
                "Le Monde et 16 autres rédactions ont eu accès à la liste.",
                Lang::Fr
            ),
            pairs(&[("16", "rédactions")])
        );
        assert_eq!(
            bound(
                "Le Monde ainsi que 16 autres ont eu accès à la liste.",
                Lang::Fr
            ),
            pairs(&[("16", "")])
        );
        // ... unless a noun stands before what it is joined to: it counts
        // that noun's kind
        assert_eq!(
            bound(
                "Selon le journal, sa propre rédaction (Le Monde) ainsi que 16 autres ont eu accès à la liste.",
                Lang::Fr
            ),
            pairs(&[("16", "rédaction")])
        );
        assert_eq!(
            bound(
                "Hier, la ministre et deux autres ont démissionné.",
                Lang::Fr
            ),
            pairs(&[("2", "ministre")])
        );
        assert_eq!(
            bound(
                "L'Espagne a envoyé quatre avions, l'Italie trois et la Grèce deux.",
                Lang::Fr
            ),
            pairs(&[("4", "ES"), ("3", "IT"), ("2", "GR")])
        );
        // a figure right after a country that opens no list item is not its
        assert_eq!(
            bound("Selon lui la France 3 fois plus touchée.", Lang::Fr),
            pairs(&[("3", "fois")])
        );
        assert_eq!(
            bound("14 membres du gouvernement", Lang::Fr),
            pairs(&[("14", "membres du gouvernement")])
        );
        // a weekday after the noun dates the count, it does not narrow it
        assert_eq!(
            bound(
                "La police a compté 3 000 manifestants samedi à Paris.",
                Lang::Fr
            ),
            pairs(&[("3000", "manifestants")])
        );
        assert_eq!(
            bound("de 14 chefs d'État dont le président", Lang::Fr),
            pairs(&[("14", "chefs d'État")])
        );
        assert_eq!(
            bound(
                "au moins 180 journalistes, 600 hommes et femmes politiques, 85 militants des droits humains",
                Lang::Fr
            ),
            pairs(&[
                ("180", "journalistes"),
                ("600", "hommes"),
                ("85", "militants des droits humains")
            ])
        );
        assert_eq!(
            bound(
                "Allemagne (212), Royaume-Uni (79), Suisse (36), France (35) et Etats-Unis (28).",
                Lang::Fr
            ),
            pairs(&[
                ("212", "DE"),
                ("79", "GB"),
                ("36", "CH"),
                ("35", "FR"),
                ("28", "US")
            ])
        );
        assert_eq!(
            bound("une vingtaine de responsables gouvernementaux", Lang::Fr),
            pairs(&[("20", "responsables gouvernementaux")])
        );
        assert_eq!(
            bound("50.000 numéros de téléphone dans le monde", Lang::Fr),
            pairs(&[("50000", "numéros de téléphone")])
        );
        // a verb form ends the phrase ("dépendent", "prennent")
        assert_eq!(
            bound(
                "Une trentaine de fournisseurs dépendent de l'usine.",
                Lang::Fr
            ),
            pairs(&[("30", "fournisseurs")])
        );
        assert_eq!(
            bound("Trois partis prennent part au gouvernement.", Lang::Fr),
            pairs(&[("3", "partis")])
        );
        // ... and so do the future and the imperfect, regular or not
        assert_eq!(
            bound("Les 14 écoles rouvriront lundi.", Lang::Fr),
            pairs(&[("14", "écoles")])
        );
        assert_eq!(
            bound(
                "Quelque 3 000 salariés manifestaient devant l'usine.",
                Lang::Fr
            ),
            pairs(&[("3000", "salariés")])
        );
    }

    #[test]
    fn english_bindings() {
        // "other" before the noun counts more of that kind
        assert_eq!(
            bound(
                "Le Monde and 15 other newsrooms had access to the list.",
                Lang::En
            ),
            pairs(&[("15", "newsrooms")])
        );
        // "others" with its noun left out counts the kind it is joined to;
        // not a verb's ("said Le Monde and 16 others")
        assert_eq!(
            bound("Yesterday the minister and two others resigned.", Lang::En),
            pairs(&[("2", "minister")])
        );
        assert_eq!(
            bound(
                "Amnesty said Le Monde and 16 others had access to the list.",
                Lang::En
            ),
            pairs(&[("16", "")])
        );
        // an adverb after the noun does not narrow it
        assert_eq!(
            bound("a list of 50,000 phone numbers worldwide", Lang::En),
            pairs(&[("50000", "phone numbers")])
        );
        assert_eq!(
            bound("The group employs 4,000 people nationwide.", Lang::En),
            pairs(&[("4000", "people")])
        );
        assert_eq!(
            bound("It lost 300 jobs overall.", Lang::En),
            pairs(&[("300", "jobs")])
        );
        // ... one before another word is a modifier
        assert_eq!(
            bound("The airport runs 40 daily flights.", Lang::En),
            pairs(&[("40", "daily flights")])
        );
        // a short past tense ends it too ("died"), not a short noun ("bed")
        assert_eq!(
            bound("Two fishermen died in the storm.", Lang::En),
            pairs(&[("2", "fishermen")])
        );
        assert_eq!(
            bound("The hospital has 300 hospital beds.", Lang::En),
            pairs(&[("300", "hospital beds")])
        );
        assert_eq!(
            bound("France hosted 35 NSO servers.", Lang::En),
            pairs(&[("35", "NSO servers")])
        );
        assert_eq!(
            bound("14 heads of state were targeted", Lang::En),
            pairs(&[("14", "heads of state")])
        );
        assert_eq!(
            bound("14 members of the government", Lang::En),
            pairs(&[("14", "members of the government")])
        );
        assert_eq!(
            bound("17 media outlets published it", Lang::En),
            pairs(&[("17", "media outlets")])
        );
        assert_eq!(
            bound("at least 190 journalists.", Lang::En),
            pairs(&[("190", "journalists")])
        );
        // a gapped list: each country right before a figure, after a comma
        // or "and", owns it, and the first figure is the subject's
        assert_eq!(
            bound(
                "Spain sent four of the planes, Italy three and Greece one.",
                Lang::En
            ),
            pairs(&[("4", "ES"), ("3", "IT"), ("1", "GR")])
        );
        // "since" opens a time, it counts nothing
        assert_eq!(
            bound("The budget has been cut by 25% since 2021.", Lang::En),
            pairs(&[("25", "")])
        );
        // a word that is only a verb starts the predicate, in any person
        assert_eq!(
            bound("About 30 suppliers depend on the plant.", Lang::En),
            pairs(&[("30", "suppliers")])
        );
        assert_eq!(
            bound("Claims of 35 insurers exceed the estimate.", Lang::En),
            pairs(&[("35", "insurers")])
        );
        // a preposition ends it: the head is the noun before
        assert_eq!(
            bound("About 400 homes along the quay were damaged.", Lang::En),
            pairs(&[("400", "homes")])
        );
        assert_eq!(
            bound("12 patrols per night near the border", Lang::En),
            pairs(&[("12", "patrols")])
        );
        // a time adverbial ends it: the number counts cars, not years
        assert_eq!(
            bound("The plant built 160,000 cars last year.", Lang::En),
            pairs(&[("160000", "cars")])
        );
        assert_eq!(
            bound("The firm will cut 200 jobs next month.", Lang::En),
            pairs(&[("200", "jobs")])
        );
        assert_eq!(
            bound(
                "Police counted 3,000 protesters Saturday in the capital.",
                Lang::En
            ),
            pairs(&[("3000", "protesters")])
        );
        // a preposition right after the figure: it counts nothing
        assert_eq!(
            bound("Shares rose 4% following the announcement.", Lang::En),
            pairs(&[("4", "")])
        );
        assert_eq!(
            bound("Police counted 300 including 40 children.", Lang::En),
            pairs(&[("300", ""), ("40", "children")])
        );
    }

    fn qualifiers(text: &str, lang: Lang) -> Vec<String> {
        let f = analyse(text, lang, DateContext::default());
        let q = &f.quantities[0];
        q.noun
            .as_ref()
            .unwrap()
            .qualifiers
            .iter()
            .map(|&t| f.tokens[t].norm.to_string())
            .collect()
    }

    #[test]
    fn qualifiers_narrow_the_head() {
        let table: &[(&str, Lang, &[&str])] = &[
            ("65 business leaders", Lang::En, &["business"]),
            ("14 heads of state", Lang::En, &["state"]),
            ("35 NSO servers", Lang::En, &["nso"]),
            ("20 journalists", Lang::En, &[]),
            (
                "une vingtaine de responsables gouvernementaux",
                Lang::Fr,
                &["gouvernementaux"],
            ),
            ("65 chefs d'entreprise", Lang::Fr, &["entreprise"]),
            (
                "35 serveurs de l'entreprise NSO",
                Lang::Fr,
                &["entreprise", "nso"],
            ),
            ("36 serveurs hébergés en Suisse", Lang::Fr, &[]),
            ("80 journalistes issus de 17 rédactions", Lang::Fr, &[]),
        ];
        for (text, lang, want) in table {
            assert_eq!(qualifiers(text, *lang), *want, "{text}");
        }
    }
}

//! Attribution: who states a sentence ("selon Amnesty International", "a
//! indiqué l'Élysée", "a rapporté Axios", "X said", "according to X").

use super::vocabulary::{CueKind, Vocabulary};
use crate::text::{Lang, Token};
use std::ops::Range;

/// A verb that reports who says it; confirming is reporting too.
pub fn is_speech(lang: Lang, w: &str) -> bool {
    let vocab = Vocabulary::shared();
    vocab.is_cue(lang, CueKind::SpeechVerb, w) || vocab.confirms(lang, w)
}

/// The source a sentence attributes its content to, with its byte span.
pub fn find_attribution(
    text: &str,
    tokens: &[Token],
    lang: Lang,
) -> Option<(Range<usize>, String)> {
    let words: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
    for i in 0..words.len() {
        // "selon X", "d'après X", "according to X"
        if let Some(start) = cue_at(tokens, i).map(|len| i + len)
            && let Some(found) =
                name_after(text, tokens, start).or_else(|| name_in_phrase(text, tokens, start))
        {
            return Some(found);
        }
    }
    for (i, w) in words.iter().enumerate() {
        // French inversion after a quote or clause: "a indiqué l'Élysée", "précise la
        // présidence"; not the passive "a été précisé :" nor across a colon or comma
        let passive = i > 0 && words[i - 1] == "ete";
        let gap_after = tokens
            .get(i + 1)
            .map_or("", |n| &text[tokens[i].span.end..n.span.start]);
        let broken = gap_after.contains([':', ',', ';', '.']);
        if lang == Lang::Fr
            && is_speech(Lang::Fr, w)
            && !passive
            && !broken
            && let Some(found) = name_after(text, tokens, i + 1)
        {
            return Some(found);
        }
        // "Hadley a déclaré que", "Le secrétaire général de l'ONU, Kofi
        // Annan, a constaté que": the name before the auxiliary, a
        // complement clause after (not "la France a annoncé un plan")
        if lang == Lang::Fr
            && is_speech(Lang::Fr, w)
            && complementizer_after(text, tokens, i).is_some()
            && let Some(found) = name_before_auxiliary(text, tokens, i)
        {
            return Some(found);
        }
        // "X said"
        if lang == Lang::En
            && is_speech(Lang::En, w)
            && *w != "according"
            && let Some(found) = name_before(text, tokens, i)
        {
            return Some(found);
        }
    }
    None
}

/// The words that give on whose word what is near them holds, starting at
/// token `t` ("selon", "d'après", "according to"), and how many tokens
/// they take.
pub(super) fn cue_at(tokens: &[Token], t: usize) -> Option<usize> {
    let word = |k: usize| tokens.get(k).map_or("", |tok| tok.norm.as_str());
    match word(t) {
        "selon" => Some(1),
        "d" if word(t + 1) == "apres" => Some(2),
        "according" if word(t + 1) == "to" => Some(2),
        _ => None,
    }
}

fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "l" | "le" | "la" | "les" | "the" | "ce" | "ces" | "cette" | "son" | "sa" | "ses"
    )
}

/// "d'après une révélation faite par Le Monde", "according to a report by
/// Axios": the first name in the phrase, before its clause ends.
fn name_in_phrase(text: &str, tokens: &[Token], start: usize) -> Option<(Range<usize>, String)> {
    let mut i = start;
    while i < tokens.len() && i < start + 7 {
        if i > start
            && text[tokens[i - 1].span.end..tokens[i].span.start].contains([',', ';', ':', '.'])
        {
            return None;
        }
        if tokens[i].capitalized {
            return name_after(text, tokens, i);
        }
        i += 1;
    }
    None
}

/// A name (capitalised words, possibly after a determiner) starting at `start`.
fn name_after(text: &str, tokens: &[Token], start: usize) -> Option<(Range<usize>, String)> {
    let mut i = start;
    while tokens.get(i).is_some_and(|t| is_determiner(&t.norm)) {
        i += 1;
    }
    let first = tokens.get(i)?;
    // a capitalised article belongs to the name: "Le Monde", "The Guardian"
    let name_start = if i > start && tokens[i - 1].capitalized && first.capitalized {
        i - 1
    } else {
        i
    };
    // a body that speaks as one, named by a common noun ("selon la
    // direction", "according to the union")
    let lower_ok = matches!(
        first.norm.as_str(),
        "presidence"
            | "gouvernement"
            | "ministere"
            | "police"
            | "enquete"
            | "agence"
            | "revelations"
            | "medias"
            | "associations"
            | "source"
            | "sources"
            | "direction"
            | "syndicat"
            | "syndicats"
            | "entreprise"
            | "prefecture"
            | "mairie"
            | "management"
            | "union"
            | "unions"
            | "company"
            | "government"
            | "ministry"
            | "presidency"
            | "council"
    );
    if !first.capitalized && !lower_ok {
        return None;
    }
    let mut end = i + 1;
    while let Some(t) = tokens.get(end) {
        let gap = &text[tokens[end - 1].span.end..t.span.start];
        let joins = gap.trim().is_empty() || gap.trim() == "'" || gap.trim() == "’";
        let connector = matches!(
            t.norm.as_str(),
            "de" | "du" | "des" | "d" | "of" | "la" | "l"
        );
        if joins
            && (t.capitalized || connector && tokens.get(end + 1).is_some_and(|n| n.capitalized))
        {
            end += 1;
        } else {
            break;
        }
        if end - i > 6 {
            break;
        }
    }
    let span = tokens[name_start].span.start..tokens[end - 1].span.end;
    Some((span.clone(), text[span].to_string()))
}

/// Words, at most, between a French speech verb and the "que" of what it
/// reports: a day, a listener ("a déclaré jeudi que", "a indiqué à l'AFP
/// que").
const BEFORE_QUE: usize = 4;

/// The "que" (or "that") of the clause speech verb `verb` reports: after
/// it, within a few words and no punctuation.
pub fn complementizer_after(text: &str, tokens: &[Token], verb: usize) -> Option<usize> {
    (verb + 1..tokens.len().min(verb + 2 + BEFORE_QUE))
        .take_while(|&k| {
            !text[tokens[k - 1].span.end..tokens[k].span.start]
                .contains([',', ';', ':', '.', '"', '«'])
        })
        .find(|&k| matches!(tokens[k].norm.as_str(), "que" | "qu" | "that"))
}

/// French prepositions (folded; "a" is "à": no auxiliary stands before a
/// subject).
const PREPOSITIONS: &[&str] = &[
    "de", "du", "des", "d", "a", "au", "aux", "en", "dans", "pour", "par", "sur", "chez", "vers",
    "avec", "contre", "entre", "sans", "sous", "depuis", "pres",
];

/// French auxiliaries of a past speech verb (folded), and of a compound
/// past before its participle ("a indiqué", "avaient employé").
pub const SPEECH_AUXILIARIES: &[&str] = &["a", "ont", "avait", "avaient"];

/// The French subject of speech verb `verb`: the name right before its
/// auxiliary (or before the verb in the present), the comma that closes
/// an apposition allowed between ("Kofi Annan, a constaté").
fn name_before_auxiliary(
    text: &str,
    tokens: &[Token],
    verb: usize,
) -> Option<(Range<usize>, String)> {
    let mut end = verb;
    if end > 0 && SPEECH_AUXILIARIES.contains(&tokens[end - 1].norm.as_str()) {
        end -= 1;
    }
    let gap = |t: usize| &text[tokens[t - 1].span.end..tokens[t].span.start];
    if end == 0 || !tokens[end - 1].capitalized || !matches!(gap(end).trim(), "" | ",") {
        return None;
    }
    let mut start = end - 1;
    while start > 0
        && tokens[start - 1].capitalized
        && gap(start).trim().is_empty()
        && end - start < 5
    {
        start -= 1;
    }
    let start = past_function_words(tokens, start, end, Lang::Fr);
    // a complement of the speaker's apposition is not the speaker, nor the
    // place that ends a clause before the verb: "David Vance, de South
    // Portland, a déclaré", "Molly Walsh, qui fait ses courses à Washington,
    // a déclaré"
    let complement = start > 0 && PREPOSITIONS.contains(&tokens[start - 1].norm.as_str());
    if start == end || complement {
        return None;
    }
    let span = tokens[start].span.start..tokens[end - 1].span.end;
    Some((span.clone(), text[span].to_string()))
}

/// The first token of `start..end` past the capitalised function words
/// that open a sentence and are no name ("If confirmed", "Selon"); an
/// article is one ("The Guardian", "Le Monde").
fn past_function_words(tokens: &[Token], mut start: usize, end: usize, lang: Lang) -> usize {
    let article = |w: &str| match lang {
        Lang::En => w == "the",
        Lang::Fr => matches!(w, "le" | "la" | "les"),
    };
    while start < end
        && crate::text::Lexicon::shared().is_stopword(&tokens[start].norm, lang)
        && !article(&tokens[start].norm)
    {
        start += 1;
    }
    start
}

fn name_before(text: &str, tokens: &[Token], verb: usize) -> Option<(Range<usize>, String)> {
    let mut start = verb;
    while start > 0 && tokens[start - 1].capitalized && verb - start < 5 {
        start -= 1;
    }
    let start = past_function_words(tokens, start, verb, Lang::En);
    if start == verb {
        return None;
    }
    let span = tokens[start].span.start..tokens[verb - 1].span.end;
    Some((span.clone(), text[span].to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn who(text: &str, lang: Lang) -> Option<String> {
        find_attribution(text, &tokenize(text), lang).map(|(_, s)| s)
    }

    #[test]
    fn attributions() {
        let table = [
            (
                "Selon Amnesty International, 14 ministres sont visés.",
                Lang::Fr,
                Some("Amnesty International"),
            ),
            (
                "des protocoles de sécurité, a indiqué l'Élysée en début de soirée.",
                Lang::Fr,
                Some("Élysée"),
            ),
            (
                "Selon Axios, Eyal Hulata a proposé",
                Lang::Fr,
                Some("Axios"),
            ),
            ("d'après Le Monde, 17 médias", Lang::Fr, Some("Le Monde")),
            (
                "D'après une révélation faite par Le Monde, 17 rédactions",
                Lang::Fr,
                Some("Le Monde"),
            ),
            (
                "According to a report by Axios, the talks failed",
                Lang::En,
                Some("Axios"),
            ),
            ("selon toute vraisemblance, Paris le savait", Lang::Fr, None),
            ("14 ministres sont visés.", Lang::Fr, None),
            (
                "Le nombre a été précisé : Allemagne (212), Suisse (36).",
                Lang::Fr,
                None,
            ),
            ("ce que précise, à Paris, le ministère", Lang::Fr, None),
            (
                "According to Amnesty International, France hosted 35 servers.",
                Lang::En,
                Some("Amnesty International"),
            ),
            (
                "Amnesty International said NSO had servers",
                Lang::En,
                Some("Amnesty International"),
            ),
            ("France hosted 35 servers.", Lang::En, None),
            (
                "Hadley a déclaré que la Jordanie avait été choisie.",
                Lang::Fr,
                Some("Hadley"),
            ),
            (
                "Le secrétaire général de l'ONU, Kofi Annan, a constaté que le peuple a voté.",
                Lang::Fr,
                Some("Kofi Annan"),
            ),
            ("Le Monde révèle que 17 médias", Lang::Fr, Some("Le Monde")),
            (
                "Southwest Airlines a déclaré jeudi à l'AFP que le service reprendrait",
                Lang::Fr,
                Some("Southwest Airlines"),
            ),
            // an object, not a reported clause; a lower-case subject
            ("La France a annoncé un plan.", Lang::Fr, None),
            (
                "David Vance, de South Portland, a déclaré que Hooper passait",
                Lang::Fr,
                None,
            ),
            (
                "Molly Walsh, qui fait ses courses dans une pharmacie à Washington, a déclaré qu'elle ne prévoyait pas",
                Lang::Fr,
                None,
            ),
            (
                "Le ministre a déclaré que le plan était prêt.",
                Lang::Fr,
                None,
            ),
        ];
        for (text, lang, expected) in table {
            assert_eq!(who(text, lang).as_deref(), expected, "{text}");
        }
    }
}

//! What every rule sees: the claim, its facts, the window, the sentences
//! before it that may say where, the coverage, and the corpus's counts.

use super::coverage::Coverage;
use super::sentence::{CorpusStats, WindowSentence};
use crate::facts::Facts;
use crate::text::Lexicon;

/// The claim and one candidate window, as every rule takes them.
pub struct MatchContext<'a> {
    pub claim_text: &'a str,
    pub claim: &'a Facts,
    pub window: &'a [WindowSentence<'a>],
    /// Earlier sentences of the same article that may supply the claim's
    /// place; nothing else is taken from them.
    pub context: &'a [WindowSentence<'a>],
    pub coverage: &'a Coverage,
    pub stats: &'a dyn CorpusStats,
}

/// Does token `t` carry meaning: neither a stop word nor a light verb?
pub fn carries_meaning(f: &Facts, t: usize) -> bool {
    f.keys.words[t]
        .first()
        .is_some_and(|stem| !Lexicon::is_light(stem))
}

impl MatchContext<'_> {
    /// Is token `t` of window sentence `s` a name (capitalised inside a
    /// sentence, or a country)?
    pub fn is_name(&self, s: usize, t: usize) -> bool {
        let f = self.window[s].facts;
        f.tokens[t].capitalized || f.keys.in_country(t)
    }

    /// Every token of window sentence `s` that writes claim token `c` (the
    /// coverage keeps one match a word: "the Nuremberg code ... the
    /// Nuremberg trials" has two places).
    pub fn places_of(&self, c: usize, s: usize) -> impl Iterator<Item = usize> + '_ {
        (0..self.window[s].facts.tokens.len()).filter(move |&u| self.writes(c, s, u))
    }

    /// Does token `u` of window sentence `s` write claim token `c`: a key
    /// of one among the other's (across languages, the translations too)?
    pub fn writes(&self, c: usize, s: usize, u: usize) -> bool {
        let f = self.window[s].facts;
        let cross = f.lang != self.claim.lang;
        let keys = self.claim.keys.word_keys(c, cross);
        f.keys.word_keys(u, cross).iter().any(|k| keys.contains(k))
    }

    /// Does token `t` of window sentence `s` write a word of the claim that
    /// carries meaning, wherever it stands? The coverage marks the first
    /// place of each word only ("l'obligation du pass sanitaire ... sans
    /// pass sanitaire").
    pub fn writes_claim_word(&self, s: usize, t: usize) -> bool {
        self.matched(s, t)
            || (0..self.claim.tokens.len())
                .any(|c| carries_meaning(self.claim, c) && self.writes(c, s, t))
    }

    /// The claim's names, and the word that opens the claim when it is a
    /// known word there but the window writes it with a capital inside a
    /// sentence ("Hillside primary school will reopen" / "except the
    /// Hillside primary school"): a name.
    pub fn claim_names(&self) -> Vec<usize> {
        let claim = self.claim;
        let mut names = claim.keys.names.clone();
        let opens_on_name = !names.contains(&0)
            && claim.tokens.first().is_some_and(|t| t.capitalized)
            && carries_meaning(claim, 0)
            && (0..self.window.len()).any(|s| {
                self.places_of(0, s)
                    .any(|u| u > 0 && self.window[s].facts.tokens[u].capitalized)
            });
        if opens_on_name {
            names.insert(0, 0);
        }
        names
    }

    /// Did token `t` of window sentence `s` match a claim word?
    pub fn matched(&self, s: usize, t: usize) -> bool {
        self.coverage
            .matched
            .iter()
            .any(|&(ms, mt)| ms == s && mt == t)
    }

    /// Does sentence `s` of the window name the claim's subject? True when
    /// the claim names no one, or when a claim name or country is one of that
    /// sentence's.
    pub fn names_subject(&self, s: usize) -> bool {
        let claim = self.claim;
        if claim.keys.names.is_empty() && claim.keys.entities.is_empty() {
            return true;
        }
        // a sentence that opens on a subject pronoun ("Elle n'avait pas
        // non plus l'intention ...") continues the one before it, which
        // may name the subject
        // ... and so does one that names no one at all ("No deaths were
        // reported." after the sentence about the fire at the plant)
        // ... and so does one that opens on a definite description of what
        // that one named ("Le bureau du Premier ministre ..." after "le
        // Premier ministre israélien Naftali Bennett")
        self.names_subject_itself(s)
            || s > 0
                && (opens_on_pronoun(self.window[s].facts)
                    || names_no_one(self.window[s].facts)
                    || opens_on_description_of(self.window[s].facts, self.window[s - 1].facts))
                && self.names_subject_itself(s - 1)
    }

    /// [`MatchContext::names_subject`], by sentence `s`'s own words.
    pub fn names_subject_itself(&self, s: usize) -> bool {
        let claim = self.claim;
        let f = self.window[s].facts;
        let has_word_key = |k: &str| f.keys.words.iter().flatten().any(|w| w == k);
        // (a capital written as a party names its country: "Rabat a
        // démenti")
        let has_entity = |code: &str| {
            f.keys.entities.iter().any(|(_, c)| c == code)
                || f.keys.seats.iter().any(|&(_, c)| c == code)
                || has_word_key(&format!("e:{code}"))
        };
        // (a name found there by the coverage counts too: a surname alone,
        // an institution through its translation, "le Parlement" / "the
        // parliament")
        claim.keys.names.iter().any(|&t| {
            self.claim_token_in(t, s)
                || claim.keys.words[t]
                    .iter()
                    .any(|k| k.starts_with("n:") && has_word_key(k))
        }) || claim.keys.entities.iter().any(|(_, c)| has_entity(c))
    }

    /// Token `from` of sentence `s`, or the token after the incise that
    /// opens there (", selon lui, des vaccins": "des").
    pub fn after_incise(&self, s: usize, from: usize) -> usize {
        let (text, tokens) = (self.window[s].text, &self.window[s].facts.tokens);
        let gap_has_comma = |t: usize| {
            t > 0
                && t < tokens.len()
                && text[tokens[t - 1].span.end..tokens[t].span.start].contains(',')
        };
        if !gap_has_comma(from) {
            return from;
        }
        (from + 1..tokens.len().min(from + 6))
            .find(|&t| gap_has_comma(t))
            .unwrap_or(from)
    }

    /// The first word after token `t` of sentence `s` that carries meaning
    /// (not a stop word, not a light verb).
    pub fn next_meaningful(&self, s: usize, from: usize) -> Option<usize> {
        let f = self.window[s].facts;
        (from..f.tokens.len()).find(|&t| carries_meaning(f, t))
    }

    /// The claim's verbs, by form: a word after an auxiliary ("a commenté",
    /// "were targeted", "will meet") or an English past form ("commented",
    /// "met"). Other verb forms are not recognised (no part-of-speech tagger).
    pub fn claim_verbs(&self) -> Vec<usize> {
        let claim = self.claim;
        let lex = crate::text::Lexicon::shared();
        let content = |t: usize| carries_meaning(claim, t) && !claim.keys.names.contains(&t);
        let auxiliaries = auxiliaries(claim.lang);
        (0..claim.tokens.len())
            .filter(|&t| content(t))
            .filter(|&t| {
                let norm = claim.tokens[t].norm.as_str();
                let before = before_negators(claim, t);
                let after_auxiliary =
                    before.is_some_and(|u| auxiliaries.contains(&claim.tokens[u].norm.as_str()));
                // the infinitive a modal governs ("ont dû quitter", "peuvent
                // payer", "had to leave", "could close")
                let after_modal = before.is_some_and(|u| governed_by_modal(claim, u, t));
                let after_auxiliary = after_auxiliary || after_modal;
                let english_past = claim.lang == crate::text::Lang::En
                    && t > 0
                    && (norm.ends_with("ed") || lex.is_english_verb_form(norm));
                // "were secretly targeted": the adverb is not the verb
                (after_auxiliary || english_past) && !has_adverb_form(norm)
            })
            .collect()
    }

    /// Does the claim state an act or a state: a verb [`Self::claim_verbs`]
    /// recognises, a light verb after an auxiliary with its noun ("a mis en
    /// place une commission", "a pris part", "has taken part"), which no
    /// list of verbs holds but which says what was done as well, or a copula
    /// with what it says of its subject?
    pub fn claim_states_an_act(&self) -> bool {
        let claim = self.claim;
        let auxiliaries = auxiliaries(claim.lang);
        let light_after_auxiliary = (1..claim.tokens.len()).any(|t| {
            auxiliaries.contains(&claim.tokens[t - 1].norm.as_str())
                && claim.keys.words[t]
                    .first()
                    .is_some_and(|stem| Lexicon::is_light(stem))
                && (t + 1..(t + 3).min(claim.tokens.len())).any(|u| carries_meaning(claim, u))
        });
        // a copula and what it says of its subject: "Marie Dumont is a
        // Dutch artist", "le logiciel est israélien"
        let copula = (0..claim.tokens.len()).any(|t| {
            crate::facts::COPULAS.contains(&claim.tokens[t].norm.as_str())
                && (t + 1..(t + 4).min(claim.tokens.len())).any(|u| carries_meaning(claim, u))
        });
        light_after_auxiliary || copula || !self.claim_verbs().is_empty()
    }

    /// Where the claim's verb phrase starts: its first auxiliary ("a fait
    /// appel", "n'a pas été") or English past form ("gave"), or, without
    /// one, its first verb. What comes
    /// before is its subject; what comes after, what its verb governs.
    pub fn claim_verb_start(&self) -> Option<usize> {
        let claim = self.claim;
        let auxiliaries = auxiliaries(claim.lang);
        let lex = crate::text::Lexicon::shared();
        // (an English past form even of a light verb: "Putin gave his view")
        (0..claim.tokens.len())
            .find(|&t| {
                let norm = claim.tokens[t].norm.as_str();
                auxiliaries.contains(&norm)
                    || claim.lang == crate::text::Lang::En
                        && t > 0
                        && lex.is_english_verb_form(norm)
            })
            .or_else(|| self.claim_verbs().first().copied())
    }

    /// Does the claim speak of a body of a country the window does not
    /// name: the word its country's adjective qualifies ("the Israeli
    /// parliament", "le Parlement israélien") is one the window lacks?
    /// The window then names the country, not the claim's party: what
    /// "l'État d'Israël" does is not what the parliament does.
    pub fn country_party_lacking(&self) -> bool {
        let claim = self.claim;
        super::coverage::country_qualified(claim)
            .into_iter()
            .any(|q| {
                self.coverage
                    .missing_weighty
                    .iter()
                    .any(|m| *m == claim.tokens[q].norm)
            })
    }

    /// Is a word of the claim's subject (what carries meaning before its
    /// verb) found in the window, or has the claim none?
    pub fn subject_stated(&self) -> bool {
        let subject = self.claim_subject();
        subject.is_empty() || self.coverage.found().any(|(c, _)| subject.contains(&c))
    }

    /// The claim's subject: its words before its verb
    /// ([`Self::claim_verb_start`]) that carry meaning; none when no verb
    /// is recognised.
    pub fn claim_subject(&self) -> Vec<usize> {
        let Some(verb) = self.claim_verb_start() else {
            return Vec::new();
        };
        (0..verb)
            .filter(|&t| carries_meaning(self.claim, t))
            .collect()
    }

    /// Is the party of window token `t` (sentence `s`) the claim's party of
    /// its token `claim_verb`: a claim word before that verb found among
    /// the few words before `t`? "Le ministère de l'Industrie a démenti" /
    /// "The ministry of industry confirmed", "Axios ne dit pas" / "Axios
    /// reports": the same party, whether named by a name or common nouns.
    pub fn same_party(&self, claim_verb: usize, s: usize, t: usize) -> bool {
        self.coverage
            .found()
            .any(|(c, (ms, mt))| c < claim_verb && ms == s && mt < t && mt + PARTY_REACH >= t)
    }

    /// Was claim token `t` found in window sentence `s`?
    pub fn claim_token_in(&self, t: usize, s: usize) -> bool {
        self.coverage
            .found()
            .any(|(ct, (ms, _))| ct == t && ms == s)
    }

    /// The clause of window sentence `s` that token `t` stands in, as a
    /// token range. A clause ends at a comma, semicolon, colon or bracket,
    /// at a contrast ("mais", "but", "while"), a cause ("car", "because") or
    /// a relative or interrogative word that opens a clause of its own
    /// ("les militaires qui combattent", "combien de CD sont protégés"); a
    /// completive "que"/"that" stays inside ("il n'est pas établi que
    /// l'État en profite" is one clause).
    pub fn clause(&self, s: usize, t: usize) -> std::ops::Range<usize> {
        clause_of(self.window[s].text, &self.window[s].facts.tokens, t)
    }

    /// The token a relative clause (`clause` of window sentence `s`) is
    /// said of: the one before its relative word ("le pape Pie VI, qui
    /// mourra"), or before the bracket that abbreviates it ("l'Orchestra da
    /// Camera Italiana (O.C.I.), dont les membres"). None when the clause
    /// opens on no relative word.
    pub fn relative_noun(&self, s: usize, clause: &std::ops::Range<usize>) -> Option<usize> {
        let (text, tokens) = (self.window[s].text, &self.window[s].facts.tokens);
        let opener = tokens.get(clause.start)?;
        if clause.start == 0 || !RELATIVE_WORDS.contains(&opener.norm.as_str()) {
            return None;
        }
        Some(before_brackets(text, tokens, clause.start - 1))
    }

    /// [`MatchContext::clause`] of the claim's token `t`.
    pub fn claim_clause(&self, t: usize) -> std::ops::Range<usize> {
        clause_of(self.claim_text, &self.claim.tokens, t)
    }

    /// Is one of the claim's verbs missing from the window?
    pub fn verb_missing(&self) -> bool {
        self.missing_verb().is_some()
    }

    /// The first of the claim's verbs missing from the window (its token).
    pub fn missing_verb(&self) -> Option<usize> {
        self.claim_verbs().into_iter().find(|&t| {
            let norm = &self.claim.tokens[t].norm;
            self.coverage.missing.iter().any(|m| m == norm)
        })
    }
}

/// The clause of `text` (tokenised as `tokens`) that token `t` stands in
/// ([`MatchContext::clause`]).
pub fn clause_of(text: &str, tokens: &[crate::text::Token], t: usize) -> std::ops::Range<usize> {
    // (a bracket that abbreviates the name before it opens no clause:
    // "un membre de la Central Intelligence Agency (CIA), Valerie Plame")
    let abbreviation = |u: usize| {
        let gap = &text[tokens[u - 1].span.end..tokens[u].span.start];
        gap.trim() == "(" && tokens[u].capitalized && text[tokens[u].span.end..].starts_with(')')
    };
    let opens_clause = |u: usize| {
        let gap = &text[tokens[u - 1].span.end..tokens[u].span.start];
        (gap.contains([',', ';', ':', '(']) && !abbreviation(u))
            || CLAUSE_WORDS.contains(&tokens[u].norm.as_str())
    };
    let start = (1..=t.min(tokens.len().saturating_sub(1)))
        .rev()
        .find(|&u| opens_clause(u))
        .unwrap_or(0);
    let end = (t + 1..tokens.len())
        .find(|&u| opens_clause(u))
        .unwrap_or(tokens.len());
    start..end
}

/// Token `t`, or, when it closes a bracket, the token before that bracket
/// opens.
fn before_brackets(text: &str, tokens: &[crate::text::Token], t: usize) -> usize {
    let closes = text[tokens[t].span.end..]
        .trim_start_matches([' ', '.'])
        .starts_with(')');
    if !closes {
        return t;
    }
    let Some(open) = text[..tokens[t].span.start].rfind('(') else {
        return t;
    };
    tokens[..t]
        .iter()
        .rposition(|k| k.span.end <= open)
        .unwrap_or(t)
}

/// Subject pronouns for a person or group already named (folded): "it",
/// "this", "cela" are left out, they as often stand for a thing or a
/// whole statement.
const SUBJECT_PRONOUNS_EN: &[&str] = &["he", "she", "they"];
const SUBJECT_PRONOUNS_FR: &[&str] = &["il", "elle", "ils", "elles"];

/// Tokens before a verb where its party is named ("Le ministère de
/// l'Industrie a démenti": "Industrie" two before).
pub(crate) const PARTY_REACH: usize = 4;

/// Words of a definite description's opening: articles and demonstratives
/// (folded).
const DEFINITE_OPENERS: &[&str] = &[
    "le", "la", "l", "les", "ce", "cet", "cette", "ces", "the", "this", "these", "that",
];
/// Tokens after the opener where the description's noun is looked for.
const DESCRIPTION_REACH: usize = 4;

/// Does sentence `f` open on a definite description ("Le bureau du Premier
/// ministre", "The minister's office") with a word sentence `before` wrote?
pub fn opens_on_description_of(f: &Facts, before: &Facts) -> bool {
    let opens = f
        .tokens
        .first()
        .is_some_and(|t| DEFINITE_OPENERS.contains(&t.norm.as_str()));
    opens
        && (1..f.tokens.len().min(1 + DESCRIPTION_REACH)).any(|t| {
            carries_meaning(f, t)
                && f.keys.words[t]
                    .first()
                    .is_some_and(|stem| before.keys.words.iter().any(|w| w.first() == Some(stem)))
        })
}

/// Does a comparison stand in tokens `scope` of `f`: a comparative word,
/// then what introduces the other side ("plus proche ... que", "fewer
/// servers than")? Not a bound: "more than 80 journalists" says how many.
pub fn compares(f: &Facts, scope: std::ops::Range<usize>) -> bool {
    let words = &f.tokens[scope];
    let norm = |i: usize| words[i].norm.as_str();
    let other_side = |j: usize| {
        THAN.contains(&norm(j))
            && words
                .get(j + 1)
                .is_none_or(|t| t.kind != crate::text::TokenKind::Number)
    };
    let comparative =
        |w: &str| MORE.contains(&w) || FEWER.contains(&w) || BETTER_OR_WORSE.contains(&w);
    (0..words.len()).any(|i| comparative(norm(i)) && (i + 1..words.len()).any(other_side))
}

/// Comparative words that rank the first party above the second, and below
/// (folded): the comparison rule reads their side.
pub const MORE: &[&str] = &[
    "plus",
    "davantage",
    "more",
    "greater",
    "higher",
    "larger",
    "bigger",
];
pub const FEWER: &[&str] = &["moins", "fewer", "less", "lower", "smaller"];
/// Comparatives of quality: they compare, with no side a figure decides.
const BETTER_OR_WORSE: &[&str] = &["meilleur", "meilleure", "pire", "better", "worse"];
/// What introduces the other side of a comparison (folded).
pub const THAN: &[&str] = &["que", "qu", "than"];
/// Words that open a completive clause, another statement (folded).
pub const COMPLEMENTISERS: &[&str] = &["que", "qu", "that"];

/// Does the sentence name no one: no name, no country?
pub fn names_no_one(f: &Facts) -> bool {
    f.keys.names.is_empty() && f.keys.entities.is_empty()
}

/// Does the sentence open on a subject pronoun?
pub fn opens_on_pronoun(f: &Facts) -> bool {
    let pronouns = match f.lang {
        crate::text::Lang::En => SUBJECT_PRONOUNS_EN,
        crate::text::Lang::Fr => SUBJECT_PRONOUNS_FR,
    };
    f.tokens
        .first()
        .is_some_and(|t| pronouns.contains(&t.norm.as_str()))
}

/// Words that open a clause of their own (folded).
pub const CLAUSE_WORDS: &[&str] = &[
    "mais", "but", "while", "whereas", "tandis", "car", "because", "parce", "qui", "who", "which",
    "combien", "how", "dont", "whose", "lorsque", "when",
];

pub use crate::facts::RELATIVE_WORDS;

/// Does a word (folded) have an adverb's ending ("secretly",
/// "immédiatement", "constamment")? Such a word between an auxiliary and a
/// verb is not the verb.
pub(crate) fn has_adverb_form(norm: &str) -> bool {
    norm.ends_with("ly")
        || ["ement", "amment", "emment"]
            .iter()
            .any(|e| norm.ends_with(e))
}

/// The words of a negation that stand between an auxiliary and its verb
/// (folded).
pub(crate) const NEGATORS_BEFORE_VERB: &[&str] = &[
    "pas", "jamais", "plus", "rien", "guere", "point", "not", "never", "t",
];
/// The token before token `t` of `f`, across the second half of a negation
/// ("ne sont jamais changés", "were not targeted"): where an auxiliary of
/// `t` would stand.
pub(crate) fn before_negators(f: &crate::facts::Facts, t: usize) -> Option<usize> {
    (0..t)
        .rev()
        .find(|&u| !NEGATORS_BEFORE_VERB.contains(&f.tokens[u].norm.as_str()))
}

/// Does token `t` of `f` follow an auxiliary of its language ([`before_negators`])?
pub(crate) fn after_auxiliary(f: &crate::facts::Facts, t: usize) -> bool {
    before_negators(f, t).is_some_and(|u| auxiliaries(f.lang).contains(&f.tokens[u].norm.as_str()))
}

/// French modal participles, folded: after an auxiliary, the infinitive
/// they govern is the claim's verb ("ont dû quitter", "a pu rentrer"). A
/// finite modal ("doivent durer", "devrait commencer") frames a plan or a
/// likelihood, whose verb the sources often word otherwise ("is due to
/// start"): it is left unread as before.
const FR_MODAL_PARTICIPLES: &[&str] = &["du", "pu", "voulu"];
/// English words before "to" whose infinitive is the claim's verb ("had to
/// leave", "were able to return", "was forced to close").
const EN_BEFORE_TO: &[&str] = &["had", "able", "forced", "allowed"];

/// Does the word at `modal` govern the infinitive at `t` as a past modal?
fn governed_by_modal(f: &crate::facts::Facts, modal: usize, t: usize) -> bool {
    let norm = |u: usize| f.tokens[u].norm.as_str();
    if modal == 0 {
        return false;
    }
    match f.lang {
        crate::text::Lang::Fr => {
            ["er", "ir", "re"].iter().any(|e| norm(t).ends_with(e))
                && FR_MODAL_PARTICIPLES.contains(&norm(modal))
                && crate::text::FR_AUXILIARIES.contains(&norm(modal - 1))
        }
        crate::text::Lang::En => norm(modal) == "to" && EN_BEFORE_TO.contains(&norm(modal - 1)),
    }
}

/// The auxiliaries of `lang`.
pub(crate) fn auxiliaries(lang: crate::text::Lang) -> &'static [&'static str] {
    match lang {
        crate::text::Lang::Fr => crate::text::FR_AUXILIARIES,
        crate::text::Lang::En => EN_AUXILIARIES,
    }
}

/// English auxiliaries before a participle or a base form.
const EN_AUXILIARIES: &[&str] = &[
    "has", "have", "had", "was", "were", "is", "are", "been", "be", "will", "would", "did", "does",
    "do",
];

//! The French-English term space.
//!
//! Every content word gets *keys*: its own stem, plus the English stems of its
//! translations when it is French. Phrases from the glossary ("chef d'État",
//! "membres du gouvernement") get phrase keys, country names and demonyms get
//! entity keys (`e:CH`). Two words from either language mean the same thing
//! when they share a key, or, as a fallback where the lexicon is silent, when
//! they are cognates ("serveurs"/"servers").
//!
//! Data files live under `data/` (see data/README.md for origins and licences)
//! and are compiled in.

use super::lang::Lang;
use super::normalize::fold;
use super::places::Places;
use super::tokens::{Token, TokenKind};
use compact_str::CompactString;
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::cell::RefCell;
use std::ops::Range;
use std::sync::OnceLock;

const DOMAIN_GLOSSARY: &str = include_str!("../../data/lexicon/domain.tsv");
/// General French-English vocabulary generated from Apertium and FreeDict.
const GENERAL_LEXICON: &str = include_str!("../../data/lexicon/fr-en.tsv");
/// Translations kept per general-lexicon word: the first ones are the
/// common senses; the tail of a dictionary entry is mostly rare senses that
/// would make unrelated words meet.
const GENERAL_TRANSLATIONS: usize = 4;
const COUNTRIES: &str = include_str!("../../data/countries.tsv");
const STOP_FR: &str = include_str!("../../data/stopwords-fr.txt");
const STOP_EN: &str = include_str!("../../data/stopwords-en.txt");
const EN_IRREGULAR: &str = include_str!("../../data/en-irregular.tsv");
/// More English irregular forms, from WordNet's exception lists.
const EN_FORMS: &str = include_str!("../../data/lexicon/en-forms.tsv");
/// English words that are only verbs (WordNet).
const EN_VERBS: &str = include_str!("../../data/lexicon/en-verbs.txt");
/// French verb forms whose stem is not their infinitive's -> the infinitive
/// (generated from Apertium's French analyser).
const FR_VERB_FORMS: &str = include_str!("../../data/lexicon/fr-verb-forms.tsv");
/// French past participles that are also nouns or adjectives -> the
/// infinitive, read as the verb after an auxiliary only.
const FR_PARTICIPLES: &str = include_str!("../../data/lexicon/fr-participles.tsv");
/// English synonyms of frequent senses, generated from WordNet 3.0.
const EN_SYNONYMS: &str = include_str!("../../data/lexicon/en-synonyms.tsv");
/// Nouns of a second frequent sense ("picture" / "painting"), for a French
/// word's translations only: a dictionary gives "tableau" as "picture".
const EN_SYNONYMS_WIDE: &str = include_str!("../../data/lexicon/en-synonyms-wide.tsv");
/// English lemma -> its direct antonyms (WordNet, frequent senses).
const EN_ANTONYMS: &str = include_str!("../../data/lexicon/en-antonyms.tsv");
/// English verb -> the verbs that cause it ("die": "kill"; WordNet, first
/// senses): a claim's effect meets a source's cause, never the reverse.
const EN_CAUSES: &str = include_str!("../../data/lexicon/en-causes.tsv");
/// English phrasal verbs with the single words of their frequent senses
/// ("look into": investigate, check), from WordNet.
const EN_PHRASAL: &str = include_str!("../../data/lexicon/en-phrasal.tsv");

/// French auxiliaries, every tense (folded; "à" folds to "a" too): a
/// participle after one is a verb form ("a commenté", "ont été visés",
/// "s'est réuni").
pub const FR_AUXILIARIES: &[&str] = &[
    "a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "avais", "aura", "auront",
    "aurait", "auraient", "avoir", "ayant", "ait", "aient", "est", "sont", "suis", "es", "sommes",
    "etes", "etait", "etaient", "etais", "fut", "furent", "sera", "seront", "serait", "seraient",
    "soit", "soient", "etre", "etant", "ete",
];

/// Adverbs that may stand between an auxiliary and its participle ("n'est
/// pas encore ouvert", "a déjà été élu"), folded.
const AUXILIARY_ADVERBS: &[&str] = &[
    "pas",
    "plus",
    "jamais",
    "deja",
    "encore",
    "bien",
    "aussi",
    "egalement",
    "toujours",
    "finalement",
    "enfin",
    "recemment",
    "effectivement",
    "notamment",
    "tout",
    "meme",
    "point",
];

/// Adverbs at most between an auxiliary and its participle.
const MAX_AUXILIARY_ADVERBS: usize = 3;

/// Does token `i` follow an auxiliary, across a few adverbs?
fn after_auxiliary(text: &str, tokens: &[Token], i: usize) -> bool {
    tokens[..i]
        .iter()
        .rev()
        .take(MAX_AUXILIARY_ADVERBS + 1)
        .find(|t| !AUXILIARY_ADVERBS.contains(&t.norm.as_str()))
        .is_some_and(|t| {
            // "à mort" is no auxiliary
            FR_AUXILIARIES.contains(&t.norm.as_str())
                && (t.norm != "a" || text[t.span.clone()].eq_ignore_ascii_case("a"))
        })
}

/// English object pronouns a phrasal verb's particle may follow ("turned it
/// down"), folded.
const OBJECT_PRONOUNS: &[&str] = &[
    "it", "them", "him", "her", "us", "me", "you", "this", "that",
];

/// French determiners after which a word is a noun, folded ("les faits",
/// "un don"; not "le" or "l'", which are also object pronouns before a
/// verb: "il l'a fait", "de le faire").
const NOUN_DETERMINERS_FR: &[&str] = &[
    "les", "des", "ces", "un", "une", "ses", "leurs", "nos", "vos", "mes", "tes", "aux", "du",
    "ce", "cet", "son",
];

/// The French verbs among the light words (stems), whose forms are also
/// nouns: "les faits", "un don", "les dires", "les devoirs".
const FR_LIGHT_VERBS: &[&str] = &[
    "pren", "prendr", "fair", "fait", "avoir", "etre", "mettr", "mis", "don", "aller", "ven",
    "dir", "dit", "devr", "dev", "doit", "doivent",
];

/// Verbs so common that they carry little of a claim's meaning ("took",
/// "a fait"): a claim is not unsupported because of them. Stems.
const LIGHT_WORDS: &[&str] = &[
    "take",
    "make",
    "get",
    "give",
    "have",
    "do",
    "go",
    "come",
    "put",
    "set",
    "say",
    "tell",
    "also",
    "includ",
    "pren",
    "prendr",
    "fair",
    "fait",
    "avoir",
    "etre",
    "mettr",
    "mis",
    "don",
    "aller",
    "ven",
    "dir",
    "dit",
    // modal verbs: "n'a pas souhaité commenter" negates the comment
    "souhait",
    "voul",
    "veul",
    "pouv",
    "peuvent",
    "want",
    "wish",
    "tri",
    "tent",
    "cherch",
    // relative time words: vague, and rarely written the same way twice
    "earlier",
    "later",
    "ago",
    "befor",
    "after",
    "previous",
    "plus",
    "tard",
    "tot",
    "auparav",
    "last",
    "past",
    "next",
    // small number words left after a definite article ("the two ministers")
    "one",
    "two",
    "three",
    "both",
    "un",
    "deux",
    "trois",
    // "devoir" as a modal ("devraient durer"): the meaning is in the verb after it
    "devr",
    "dev",
    "doit",
    "doivent",
    // the generic human noun ("two people died", "12 personnes"): what is
    // said of them carries the meaning
    "person",
    // an event that occurs: its date and place carry the meaning
    "occur",
    "happen",
    // the key of a light phrase (`light_phrase`)
    LIGHT_PHRASE_KEY,
];

/// The key of each word of a phrase that only dates or places what the
/// claim's other words name (`light_phrase`): it is said by any other.
pub const LIGHT_PHRASE_KEY: &str = "~light";

/// Forms of "avoir" before "lieu" ("a eu lieu", "aura lieu").
const AVOIR_FORMS: &[&str] = &[
    "eu", "a", "ont", "aura", "auront", "avait", "avaient", "avoir", "ayant", "aurait", "auraient",
    "ait", "aient",
];

/// Is token `i` a word of a phrase that says only that an event took
/// place: "a eu lieu", "took place", "s'est produite", "se sont déroulés",
/// "s'est tenue"?
/// Such a claim is stated by a sentence that gives its event with the date
/// or the place, whatever the verb ("la guerre de 1982", "the vote on
/// Tuesday"); the date and place rules judge the rest. Where a thing is
/// ("est située au Canada", "based in") is no such phrase: the verb binds
/// the thing to the place, which two names in one sentence do not ("un
/// voyage d'Abuja à Yola, la capitale de l'État d'Adamawa").
fn light_phrase(tokens: &[Token], i: usize, lang: Lang) -> bool {
    let norm = tokens[i].norm.as_str();
    let before = |k: usize| i.checked_sub(k).map(|j| tokens[j].norm.as_str());
    // "se produit", "s'est produite", "se sont déroulés"
    let reflexive = || {
        let se = |w: Option<&str>| matches!(w, Some("se" | "s"));
        se(before(1)) || se(before(2)) && before(1).is_some_and(|w| FR_AUXILIARIES.contains(&w))
    };
    match lang {
        Lang::Fr => {
            norm == "lieu" && before(1).is_some_and(|w| AVOIR_FORMS.contains(&w))
                || (norm.starts_with("produi") || norm.starts_with("deroul")) && reflexive()
                // "s'est tenue", "se tiendra", "se tient" (a meeting, a vote)
                || (norm.starts_with("tenu") || norm.starts_with("tien")) && reflexive()
        }
        Lang::En => {
            // (its verb too: "took" says no more than "place")
            let take = |w: &str| matches!(w, "take" | "takes" | "took" | "taken" | "taking");
            norm == "place" && before(1).is_some_and(take)
                || take(norm) && tokens.get(i + 1).is_some_and(|t| t.norm == "place")
        }
    }
}

/// Is `norm` (a word of a light phrase) a form of "se tenir", whose own
/// sense, "hold" an event, is said by the other language's verb too?
fn holds_an_event(norm: &str, lang: Lang) -> bool {
    lang == Lang::Fr && (norm.starts_with("tenu") || norm.starts_with("tien"))
}

/// Is token `i` "passé" after a noun of time ("l'an passé", "la semaine
/// passée", "le mois passé")?
fn relative_past(tokens: &[Token], i: usize) -> bool {
    const TIME_NOUNS: &[&str] = &[
        "an",
        "annee",
        "semaine",
        "mois",
        "trimestre",
        "siecle",
        "decennie",
        "week",
        "end",
        "weekend",
        "ete",
        "hiver",
        "automne",
        "printemps",
        "saison",
    ];
    i > 0
        && matches!(
            tokens[i].norm.as_str(),
            "passe" | "passee" | "passes" | "passees"
        )
        && TIME_NOUNS.contains(&tokens[i - 1].norm.as_str())
}

/// Changes with the code that turns the data into keys (inflections, phrase
/// rules): a stored index made with other keys is stale.
const KEYS_VERSION: &str = "keys 7: 'se tenir' says only that an event took place";

/// Stems remembered per thread and language before the memory starts over.
const STEM_CACHE_WORDS: usize = 10_000;
/// Longest glossary phrase, in content words.
const MAX_PHRASE: usize = 4;
/// Longest country name, in tokens ("Royaume-Uni de Grande-Bretagne et d'Irlande du Nord").
const MAX_COUNTRY: usize = 10;

pub struct Lexicon {
    fr: Stemmer,
    en: Stemmer,
    stop_fr: HashSet<String>,
    stop_en: HashSet<String>,
    /// French word key -> English word keys, from the domain glossary.
    fr_to_en: HashMap<String, Vec<String>>,
    /// French word key -> English word keys, from the general dictionaries:
    /// wider and noisier, used only to cross from one language to the other.
    fr_to_en_general: HashMap<String, Vec<String>>,
    /// English word keys that some French word translates to.
    en_known: HashSet<String>,
    /// French word keys one of whose translations begins as the key does
    /// (its cognate: "list" for "liste", "minist" for "ministr"), the
    /// translation the same as the key included (the tables leave it out).
    fr_cognate_rendered: HashSet<String>,
    /// French phrase key -> concept keys (English phrase or word keys).
    fr_phrases: HashMap<String, Vec<String>>,
    /// English phrase keys the glossary knows.
    en_phrases: HashSet<String>,
    /// Folded country name or demonym tokens joined by spaces -> (ISO code,
    /// written in capitals, which of its words after the first are
    /// capitalised in every listed spelling: bit k for word k + 1).
    countries: HashMap<String, (String, bool, u32)>,
    /// The keys of `countries` that are a people's adjective or noun
    /// ("israeli", "americains"), not a country's name.
    demonyms: HashSet<String>,
    /// The keys of `countries` that are a French people's adjective or noun
    /// ("americains", "suisse"): only those are written in lower case. Any
    /// other word is a common noun there ("la réunion a commencé", "a family
    /// reunion"), never the country.
    fr_demonyms: HashSet<String>,
    /// English irregular forms -> base form.
    en_irregular: HashMap<&'static str, &'static str>,
    /// French verb forms whose stem is not their infinitive's -> the
    /// infinitive: "préviendra" and "prévient" are "prévenir", "pris" is
    /// "prendre" (and so meets "took" through the bilingual lexicon).
    fr_verb_forms: HashMap<&'static str, &'static str>,
    /// French past participles that are a noun or an adjective too -> the
    /// infinitive: "est mort" is "mourir" (and meets "mourra", "died"),
    /// "la mort" stays a noun.
    fr_participles: HashMap<&'static str, &'static str>,
    /// The irregular forms that are verb forms (the rest are plurals).
    en_irregular_verbs: HashSet<String>,
    /// The hand-written irregular forms that are plurals ("people").
    en_irregular_plurals: HashSet<&'static str>,
    /// English words that are only verbs ("depend", "exceed").
    en_verbs: HashSet<&'static str>,
    /// English stem -> stems of its synonyms (WordNet, frequent senses).
    en_synonyms: HashMap<String, Vec<String>>,
    /// English stem -> stems of nouns sharing a second frequent sense
    /// (WordNet), read for a French word's translations only.
    en_synonyms_wide: HashMap<String, Vec<String>>,
    /// English stem -> stems of its direct antonyms (WordNet, frequent senses).
    en_antonyms: HashMap<String, Vec<String>>,
    /// English stem -> stems of the verbs that cause it (WordNet, first
    /// senses): "die" -> "kill".
    en_causes: HashMap<String, Vec<String>>,
    /// Verb stem -> its phrasal verbs: (particle, stems of the phrasal
    /// verb's single-word synonyms) ("look": ("into", ["investig", "check"]);
    /// WordNet, frequent senses).
    en_phrasal: HashMap<String, Vec<(String, Vec<String>)>>,
    /// The first stems of the glossary's phrases of two words or more, by
    /// language (`Lang as usize`): a run of words that starts otherwise is
    /// no phrase, and is not joined up to be looked for.
    phrase_starts: [HashSet<String>; 2],
    /// The first tokens (one or more) of the country names of several
    /// tokens: a longer name is looked for only after one of them.
    country_prefixes: HashSet<String>,
    /// The first word of every country name and demonym: a word that is
    /// none starts none, and most words are looked up for nothing.
    country_starts: super::WordFilter,
}

/// Prepositions after which a capital is a place, not its government
/// (folded; "a" is "à"). "par"/"by" and "selon" are left out: what follows
/// them acts or speaks.
const PLACE_PREPOSITIONS: &[&str] = &[
    "a", "au", "aux", "en", "dans", "de", "du", "d", "des", "vers", "depuis", "pres", "sur",
    "chez", "pour", "entre", "jusqu", "in", "at", "to", "from", "near", "into", "of", "toward",
    "towards", "outside", "around", "across", "via", "between", "for", "on", "over", "within",
    "inside",
];

/// The capitals of `tokens` written as a party (see [`TermKeys::seats`]):
/// a capitalised name token standing alone (not "George Washington", not
/// "le Washington Post"), no preposition of place before it, and no
/// country's name itself ("Singapour").
fn seats_of_government(tokens: &[Token], keys: &TermKeys) -> Vec<(usize, &'static str)> {
    let is_name = |i: usize| keys.names.contains(&i);
    let before = |i: usize| i.checked_sub(1).map(|b| (b, tokens[b].norm.as_str()));
    keys.names
        .iter()
        .copied()
        .filter(|&i| {
            let named_or_placed =
                before(i).is_some_and(|(b, norm)| is_name(b) || PLACE_PREPOSITIONS.contains(&norm));
            tokens[i].capitalized && !named_or_placed && !is_name(i + 1) && !keys.in_country(i)
        })
        .filter_map(|i| Some((i, Places::shared().capital_of(&tokens[i].norm)?)))
        .collect()
}

/// Keys of one tokenised text.
#[derive(Debug, Clone, Default)]
pub struct TermKeys {
    /// Per token: its word keys (empty for stop words and numbers): the stem,
    /// then glossary translations, then general-dictionary translations.
    pub words: Vec<Vec<String>>,
    /// Per token: how many of its keys are stem and glossary keys, the ones
    /// that hold within one language; the rest only cross languages.
    pub strong: Vec<usize>,
    /// Tokens that are names (capitalised inside a sentence, or unknown to
    /// the lexicon at its start): matched exactly, never as cognates.
    pub names: Vec<usize>,
    /// Phrase keys, each with the token range it covers.
    pub phrases: Vec<(Range<usize>, String)>,
    /// Country mentions: token range and ISO 3166 alpha-2 code.
    pub entities: Vec<(Range<usize>, String)>,
    /// Capitals written as a party, with the code of the country whose
    /// government they stand for ("Rabat a démenti", "selon Moscou",
    /// "accused by Washington"): a name of one word, no place after a
    /// preposition ("à Paris", "in London"). A source's seat says the
    /// claim's country; a claim's seat is not said by its country (the
    /// capital is the narrower).
    pub seats: Vec<(usize, &'static str)>,
    /// A French claim's tokens: how many of their keys are the word's own
    /// (stem and translations), before the synonyms of its translations
    /// were added (empty for sources and English claims: all their keys are
    /// their own).
    pub own_keys: Vec<usize>,
    /// French tokens whose stem is an English word their translations do
    /// not give: a false friend ("pays" is "country", not "pay"; "faite" is
    /// not "fair"), or a cognate the dictionary lists late ("source"). Across
    /// languages coverage takes no such stem as a key (or every French
    /// sentence with "pays" would say "paid"); the word still meets its
    /// translations, and a word spelled alike as a cognate ("sources" /
    /// "sources"). Most sentences have none.
    pub unvouched_stems: Vec<usize>,
}

impl TermKeys {
    /// The keys of token `i` that are its own: synonyms of its
    /// translations left out (see [`TermKeys::own_keys`]).
    pub fn own_word_keys(&self, i: usize) -> &[String] {
        let all = &self.words[i];
        &all[..self
            .own_keys
            .get(i)
            .map_or(all.len(), |&n| n.min(all.len()))]
    }

    /// Is token `t` part of a country mention, its name or its demonym?
    pub fn in_country(&self, t: usize) -> bool {
        self.country_at(t).is_some()
    }

    /// The country mention token `t` is part of: its tokens ("Royaume-Uni"
    /// is two) and its ISO code.
    pub fn country_at(&self, t: usize) -> Option<(&Range<usize>, &str)> {
        self.entities
            .iter()
            .find(|(r, _)| r.contains(&t))
            .map(|(r, code)| (r, code.as_str()))
    }

    /// The keys of token `i` that hold for a comparison within one language
    /// (`cross` false) or across languages (`cross` true).
    /// The runs of name tokens among tokens `within`, in order ("Naftali
    /// Bennett" is one run).
    pub fn name_runs(&self, within: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
        let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
        for t in within.filter(|t| self.names.contains(t)) {
            match runs.last_mut() {
                Some(r) if r.end == t => r.end = t + 1,
                _ => runs.push(t..t + 1),
            }
        }
        runs
    }

    pub fn word_keys(&self, i: usize, cross: bool) -> &[String] {
        let all = &self.words[i];
        if cross {
            all
        } else {
            &all[..self.strong[i].min(all.len())]
        }
    }

    /// The keys of token `i` coverage compares with: [`TermKeys::word_keys`],
    /// without an unvouched stem across languages (see
    /// [`TermKeys::unvouched_stems`]).
    pub fn coverage_keys(&self, i: usize, cross: bool) -> &[String] {
        let keys = self.word_keys(i, cross);
        if cross && !keys.is_empty() && self.unvouched_stems.contains(&i) {
            &keys[1..]
        } else {
            keys
        }
    }

    /// [`TermKeys::all_keys`], moving the keys out instead of copying them
    /// (indexing drops a sentence's keys once its terms are taken).
    pub fn into_all_keys(self, tokens: &[Token]) -> Vec<String> {
        let mut out = Vec::with_capacity(self.words.iter().map(|w| w.len() + 1).sum::<usize>());
        for (i, mut keys) in self.words.into_iter().enumerate() {
            let content = !keys.is_empty();
            // a light phrase's word finds by its light key alone ("s'est
            // produite" is no query for "produire")
            if keys.first().is_some_and(|k| k == LIGHT_PHRASE_KEY) {
                keys.truncate(1);
            }
            out.extend(keys);
            if content && let Some(c) = cognate_prefix(&tokens[i].norm) {
                out.push(c);
            }
        }
        out.extend(self.phrases.into_iter().map(|(_, k)| k));
        out.extend(self.entities.iter().map(|(_, c)| format!("e:{c}")));
        out
    }

    /// Every key, for indexing: words, phrases, entities, cognate prefixes.
    pub fn all_keys(&self, tokens: &[Token]) -> Vec<String> {
        self.clone().into_all_keys(tokens)
    }
}

/// A retrieval key shared by likely cognates: the first five letters.
pub fn cognate_prefix(norm: &str) -> Option<String> {
    // the byte where the sixth character starts, if there is one
    let sixth = norm.char_indices().nth(5)?.0;
    let fifth_end = norm[..sixth].len();
    let mut key = String::with_capacity(fifth_end + 1);
    key.push('~');
    key.push_str(&norm[..fifth_end]);
    Some(key)
}

/// The first two columns of a compiled-in table's rows (`#` starts a
/// comment line), borrowed: tens of thousands of rows as separate strings
/// would weigh megabytes on every run.
fn pairs(table: &'static str) -> HashMap<&'static str, &'static str> {
    table
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut cols = l.split('\t');
            Some((cols.next()?, cols.next()?))
        })
        .collect()
}

/// A coordinator of `lang` (folded): "et", "ou", "and", "or".
pub fn is_coordinator(norm: &str, lang: Lang) -> bool {
    match lang {
        Lang::Fr => matches!(norm, "et" | "ou"),
        Lang::En => matches!(norm, "and" | "or"),
    }
}

/// Are tokens `a` and `b` joined by a coordinator alone (and stop words),
/// within one clause: "hommes et femmes", "d'État et de gouvernement"?
fn coordinated(text: &str, tokens: &[Token], a: usize, b: usize, lang: Lang) -> bool {
    let between = &tokens[a + 1..b];
    between.iter().any(|t| is_coordinator(&t.norm, lang))
        && between.iter().all(|t| t.kind == TokenKind::Word)
        && !text[tokens[a].span.end..tokens[b].span.start]
            .contains(['.', ';', ':', '!', '?', '(', ')'])
}

impl Lexicon {
    /// SHA-256 of the lexicon's data: a stored index made with other data is
    /// stale.
    pub fn data_fingerprint() -> String {
        let data = [
            KEYS_VERSION,
            DOMAIN_GLOSSARY,
            GENERAL_LEXICON,
            COUNTRIES,
            STOP_FR,
            STOP_EN,
            EN_IRREGULAR,
            EN_FORMS,
            EN_VERBS,
            FR_VERB_FORMS,
            FR_PARTICIPLES,
            EN_PHRASAL,
        ]
        .join("\u{0}");
        crate::digest::sha256_hex(data.as_bytes())
    }

    /// The compiled-in lexicon, built once.
    pub fn shared() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::build)
    }

    fn build() -> Lexicon {
        let mut lex = Lexicon {
            fr: Stemmer::create(Algorithm::French),
            en: Stemmer::create(Algorithm::English),
            stop_fr: word_list(STOP_FR),
            stop_en: word_list(STOP_EN),
            fr_to_en: HashMap::default(),
            fr_to_en_general: HashMap::default(),
            en_known: HashSet::default(),
            fr_cognate_rendered: HashSet::default(),
            fr_phrases: HashMap::default(),
            en_phrases: HashSet::default(),
            countries: HashMap::default(),
            demonyms: HashSet::default(),
            fr_demonyms: HashSet::default(),
            // the hand-written forms win over WordNet's
            en_irregular: pairs(EN_FORMS)
                .into_iter()
                .chain(pairs(EN_IRREGULAR))
                .collect(),
            fr_verb_forms: pairs(FR_VERB_FORMS),
            fr_participles: pairs(FR_PARTICIPLES),
            en_irregular_plurals: EN_IRREGULAR
                .lines()
                .filter(|l| !l.starts_with('#') && l.ends_with("\tnoun"))
                .filter_map(|l| l.split('\t').next())
                .collect(),
            en_irregular_verbs: EN_IRREGULAR
                .lines()
                .filter(|l| !l.starts_with('#') && !l.ends_with("\tnoun"))
                .filter_map(|l| l.split('\t').next())
                .map(str::to_string)
                .collect(),
            // (lower-case ASCII: WordNet's lemmas, already folded)
            en_verbs: EN_VERBS
                .lines()
                .filter(|l| !l.starts_with('#') && !l.is_empty())
                .collect(),
            en_synonyms: HashMap::default(),
            en_synonyms_wide: HashMap::default(),
            en_antonyms: HashMap::default(),
            en_causes: HashMap::default(),
            en_phrasal: HashMap::default(),
            phrase_starts: Default::default(),
            country_prefixes: HashSet::default(),
            country_starts: super::WordFilter::of([]),
        };
        for (text, limit, general) in [
            (DOMAIN_GLOSSARY, usize::MAX, false),
            (GENERAL_LEXICON, GENERAL_TRANSLATIONS, true),
        ] {
            for line in text.lines() {
                if line.starts_with('#') || line.trim().is_empty() {
                    continue;
                }
                let Some((fr, ens)) = line.split_once('\t') else {
                    continue;
                };
                for form in french_inflections(fr) {
                    if general {
                        lex.add_general_pair(&form, ens.split('|').take(limit));
                    } else {
                        lex.add_pair(&form, ens.split('|'));
                    }
                }
            }
        }
        lex.en_synonyms = lex.stem_table(EN_SYNONYMS);
        lex.en_synonyms_wide = lex.stem_table(EN_SYNONYMS_WIDE);
        lex.en_antonyms = lex.stem_table(EN_ANTONYMS);
        lex.en_causes = lex.stem_table(EN_CAUSES);
        for line in EN_PHRASAL.lines().filter(|l| !l.starts_with('#')) {
            let Some((phrase, words)) = line.split_once('\t') else {
                continue;
            };
            let Some((verb, particle)) = phrase.split_once(' ') else {
                continue;
            };
            let head = lex.stem(verb, Lang::En);
            let mut stems: Vec<String> = Vec::new();
            for word in words.split('|') {
                let s = lex.stem(word, Lang::En);
                if s != head && !stems.contains(&s) {
                    stems.push(s);
                }
            }
            lex.en_phrasal
                .entry(head)
                .or_default()
                .push((particle.to_string(), stems));
        }
        lex.en_known = lex
            .fr_to_en
            .values()
            .chain(lex.fr_to_en_general.values())
            .flatten()
            .cloned()
            .collect();
        for line in COUNTRIES.lines() {
            if line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(code), Some(lang), Some(kind), Some(name)) =
                (cols.next(), cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            let key: Vec<String> = super::tokenize(name)
                .into_iter()
                .map(|t| t.norm.into())
                .collect();
            if key.is_empty() {
                continue;
            }
            if kind == "demonym" {
                lex.demonyms.insert(key.join(" "));
                if lang == "fr" {
                    lex.fr_demonyms.insert(key.join(" "));
                }
            }
            let all_caps = name
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(|c| c.is_uppercase());
            let capitals = super::tokenize(name)
                .iter()
                .skip(1)
                .take(32)
                .enumerate()
                .filter(|(_, t)| t.capitalized)
                .fold(0u32, |mask, (k, _)| mask | 1 << k);
            lex.countries
                .entry(key.join(" "))
                .and_modify(|(_, _, mask)| *mask &= capitals)
                .or_insert((code.to_string(), all_caps, capitals));
        }
        for name in lex.countries.keys() {
            let mut cut = name.as_str();
            while let Some((shorter, _)) = cut.rsplit_once(' ') {
                lex.country_prefixes.insert(shorter.to_string());
                cut = shorter;
            }
        }
        lex.country_starts =
            super::WordFilter::of(lex.countries.keys().filter_map(|k| k.split(' ').next()));
        let first_word = |key: &String| key.split_once(' ').map(|(w, _)| w.to_string());
        lex.phrase_starts[Lang::Fr as usize] =
            lex.fr_phrases.keys().filter_map(first_word).collect();
        lex.phrase_starts[Lang::En as usize] =
            lex.en_phrases.iter().filter_map(first_word).collect();
        lex
    }

    /// A generated `lemma\tword|word...` table of English words, keyed and
    /// valued by stems (a stem's entries merge those of its lemmas).
    fn stem_table(&self, text: &str) -> HashMap<String, Vec<String>> {
        let mut table: HashMap<String, Vec<String>> = HashMap::default();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let Some((lemma, words)) = line.split_once('\t') else {
                continue;
            };
            let stem = self.stem(lemma, Lang::En);
            let entry = table.entry(stem.clone()).or_default();
            for word in words.split('|') {
                let s = self.stem(word, Lang::En);
                if s != stem && !entry.contains(&s) {
                    entry.push(s);
                }
            }
        }
        table
    }

    /// The stems of the direct antonyms of an English stem ("win": "lose").
    pub fn antonyms(&self, stem: &str) -> &[String] {
        self.en_antonyms.get(stem).map_or(&[], Vec::as_slice)
    }

    /// Add a glossary entry: a French form and its English equivalents.
    pub fn add_pair<'a>(&mut self, fr: &str, ens: impl Iterator<Item = &'a str>) {
        let fr_key = self.phrase_key(fr, Lang::Fr);
        if fr_key.is_empty() {
            return;
        }
        for en in ens {
            let en_key = self.phrase_key(en, Lang::En);
            if en_key.is_empty() {
                continue;
            }
            self.note_cognate_rendering(&fr_key, &en_key);
            let en_is_phrase = en_key.contains(' ');
            if en_is_phrase {
                self.en_phrases.insert(en_key.clone());
            }
            if fr_key.contains(' ') || en_is_phrase {
                let concepts = self.fr_phrases.entry(fr_key.clone()).or_default();
                let concept = if en_is_phrase {
                    format!("p:{en_key}")
                } else {
                    en_key.clone()
                };
                if !concepts.contains(&concept) {
                    concepts.push(concept);
                }
            } else {
                let words = self.fr_to_en.entry(fr_key.clone()).or_default();
                if !words.contains(&en_key) && en_key != fr_key {
                    words.push(en_key);
                }
            }
        }
    }

    /// Add a general-dictionary entry: single words only (a dictionary's
    /// multi-word senses are too loose to bind phrases), a hyphenated
    /// compound being one word ("sapeur-pompier" is a firefighter, its
    /// parts a sapper and a fireman; "arrière-goût" an aftertaste).
    pub fn add_general_pair<'a>(&mut self, fr: &str, ens: impl Iterator<Item = &'a str>) {
        let fr_key = self.phrase_key(fr, Lang::Fr);
        if fr_key.contains(' ') && fr.contains('-') && !fr.contains(' ') {
            return self.add_pair(fr, ens);
        }
        if fr_key.is_empty() || fr_key.contains(' ') {
            return;
        }
        for en in ens {
            let en_key = self.phrase_key(en, Lang::En);
            if en_key.is_empty() || en_key.contains(' ') {
                continue;
            }
            self.note_cognate_rendering(&fr_key, &en_key);
            if en_key == fr_key {
                continue;
            }
            let known = self
                .fr_to_en
                .get(&fr_key)
                .is_some_and(|w| w.contains(&en_key));
            let words = self.fr_to_en_general.entry(fr_key.clone()).or_default();
            if !known && !words.contains(&en_key) {
                words.push(en_key);
            }
        }
    }

    /// Remember a French word key whose translation begins as it does (see
    /// [`Lexicon::unvouched_stem`]).
    fn note_cognate_rendering(&mut self, fr_key: &str, en_key: &str) {
        if fr_key.contains(' ') || self.fr_cognate_rendered.contains(fr_key) {
            return;
        }
        let head: String = fr_key.chars().take(3).collect();
        if en_key.starts_with(head.as_str()) {
            self.fr_cognate_rendered.insert(fr_key.to_string());
        }
    }

    /// Content-word stems of a short text, joined by spaces.
    fn phrase_key(&self, text: &str, lang: Lang) -> String {
        super::tokenize(text)
            .iter()
            .filter(|t| t.kind == TokenKind::Word && !self.is_stopword(&t.norm, lang))
            .map(|t| self.stem(&t.norm, lang))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A French verb form the analyser's table lacks whose verb is a
    /// prefix and a verb it holds ("reconstruit": "re" and "construit", of
    /// "construire"): the prefixed infinitive, when the dictionaries know
    /// it ("reconstruire"). Not a form of four letters or fewer after the
    /// prefix, nor one whose prefixed verb no dictionary has ("depuis" is
    /// no "dépouvoir"), nor a participle that is also a noun.
    fn prefixed_verb_form(&self, norm: &str) -> Option<String> {
        // (a participle that is also a noun stays the noun unless an
        // auxiliary makes it the verb: "revenus" are incomes)
        let singular = norm.strip_suffix('s').unwrap_or(norm);
        if [
            norm,
            singular,
            singular.strip_suffix('e').unwrap_or(singular),
        ]
        .iter()
        .any(|w| self.fr_participles.contains_key(w))
        {
            return None;
        }
        ["re", "de", "pre"].iter().find_map(|prefix| {
            let rest = norm.strip_prefix(prefix)?;
            if rest.len() <= 4 {
                return None;
            }
            let infinitive = format!("{prefix}{}", self.fr_verb_forms.get(rest)?);
            let stem = fold(&self.fr.stem(&infinitive)).to_string();
            (self.fr_to_en.contains_key(&stem) || self.fr_to_en_general.contains_key(&stem))
                .then_some(infinitive)
        })
    }

    pub fn is_stopword(&self, norm: &str, lang: Lang) -> bool {
        match lang {
            Lang::Fr => self.stop_fr.contains(norm),
            Lang::En => self.stop_en.contains(norm),
        }
    }

    /// The stem of a folded word in its language. Words recur (a corpus
    /// of a million sentences has a few hundred thousand distinct words), so
    /// each thread remembers the stems it has made.
    pub fn stem(&self, norm: &str, lang: Lang) -> String {
        thread_local! {
            // inline strings: a word and its stem in the table itself, not
            // two heap strings to reach for each lookup
            static STEMS: RefCell<[HashMap<CompactString, CompactString>; 2]> = RefCell::default();
        }
        STEMS.with(|cell| {
            let cache = &mut cell.borrow_mut()[lang as usize];
            if let Some(stem) = cache.get(norm) {
                return stem.to_string();
            }
            let stem = match lang {
                Lang::Fr => match self.fr_verb_forms.get(norm) {
                    Some(infinitive) => self.fr.stem(infinitive),
                    None => match self.prefixed_verb_form(norm) {
                        Some(infinitive) => self.fr.stem(&infinitive).into_owned().into(),
                        None => self.fr.stem(norm),
                    },
                },
                Lang::En => self
                    .en
                    .stem(self.en_irregular.get(norm).copied().unwrap_or(norm)),
            };
            let stem = fold(&stem);
            if cache.len() >= STEM_CACHE_WORDS {
                cache.clear();
            }
            cache.insert(CompactString::new(norm), CompactString::new(&stem));
            stem
        })
    }

    /// An English irregular verb form ("took", "met", "held"), or a present
    /// form of a word that is only a verb ("depend", "exceeds"): it ends a
    /// noun phrase.
    /// An English irregular plural of the hand-written list ("people",
    /// "children", "men").
    pub fn is_english_plural(&self, norm: &str) -> bool {
        self.en_irregular_plurals.contains(norm)
    }

    /// An English verb form by the lexicon or a past form by its "-ed"
    /// ("said", "depends", "launched").
    pub fn is_english_verb_or_past(&self, norm: &str) -> bool {
        norm.ends_with("ed") || self.is_english_verb_form(norm)
    }

    /// A form only a verb has, in `lang`: an English verb or past form
    /// ([`Self::is_english_verb_or_past`]), a French verb form
    /// ([`Self::is_french_verb_form`]).
    pub fn is_verb_form(&self, lang: Lang, norm: &str) -> bool {
        match lang {
            Lang::En => self.is_english_verb_or_past(norm),
            Lang::Fr => self.is_french_verb_form(norm),
        }
    }

    pub fn is_english_verb_form(&self, norm: &str) -> bool {
        self.en_irregular_verbs.contains(norm)
            || self.en_verbs.contains(norm)
            || ["es", "s"].iter().any(|ending| {
                norm.strip_suffix(ending)
                    .is_some_and(|base| self.en_verbs.contains(base))
            })
    }

    /// A French form that is only a verb's, of the ones whose stem is not
    /// their infinitive's ("dépendent", "prennent"): it ends a noun phrase.
    pub fn is_french_verb_form(&self, norm: &str) -> bool {
        self.fr_verb_forms.contains_key(norm)
    }

    /// Is this French stem an English word that none of the French word's
    /// translations is, nor begins as ("pay" for "pays", "sort" for "sort",
    /// "locat" for "location")? A French word the dictionaries do not
    /// translate keeps its stem across languages: it is most often a
    /// cognate. (The two languages' stemmers cut a word apart, "ministr"
    /// renders "minist": a rendering that begins as the stem is a cognate;
    /// so is an English word whose synonyms hold one of the renderings.)
    fn unvouched_stem(&self, stem: &str) -> bool {
        let glossary = self.fr_to_en.get(stem);
        let general = self.fr_to_en_general.get(stem);
        if glossary.is_none() && general.is_none() || self.fr_cognate_rendered.contains(stem) {
            return false;
        }
        if !self.en_known.contains(stem) && !self.en_synonyms.contains_key(stem) {
            return false;
        }
        // the English word means one of the French word's renderings: the
        // same word in both languages, whatever the dictionary gives first
        // ("source" / "origin")
        let english_senses = self.en_synonyms.get(stem);
        !glossary
            .into_iter()
            .chain(general)
            .flatten()
            .any(|e| english_senses.is_some_and(|senses| senses.contains(e)))
    }

    /// The single-word synonyms' stems of the phrasal verb English token
    /// `i` (of stem `stem`) opens with the particle or noun right after it
    /// ("looked into", "carried out", "took part"), or after the pronoun it
    /// governs ("turned it down", "called them off"); not across
    /// punctuation. With the place of that particle or noun.
    fn phrasal_synonyms(
        &self,
        text: &str,
        tokens: &[Token],
        i: usize,
        stem: &str,
    ) -> Option<(usize, &[String])> {
        let word = |k: usize| tokens.get(k).filter(|t| t.kind == TokenKind::Word);
        let spaced = |a: usize, b: usize| {
            text.get(tokens[a].span.end..tokens[b].span.start)
                .is_some_and(|gap| gap.chars().all(char::is_whitespace))
        };
        let pronoun = word(i + 1).is_some_and(|t| OBJECT_PRONOUNS.contains(&t.norm.as_str()));
        let at = if pronoun { i + 2 } else { i + 1 };
        let next = word(at)?;
        let (_, synonyms) = self
            .en_phrasal
            .get(stem)?
            .iter()
            .find(|(particle, _)| *particle == next.norm)?;
        (spaced(i, i + 1) && spaced(at - 1, at)).then_some((at, synonyms.as_slice()))
    }

    /// Does the lexicon know this stem as an ordinary word of `lang`?
    /// Does the dictionary of `lang` know this stem as a common word?
    pub fn knows(&self, stem: &str, lang: Lang) -> bool {
        match lang {
            Lang::Fr => {
                self.fr_to_en.contains_key(stem) || self.fr_to_en_general.contains_key(stem)
            }
            Lang::En => self.en_known.contains(stem),
        }
    }

    /// Which language's dictionary knows more of the words of `text` that
    /// the other's does not: lower-case words of three letters or more,
    /// stop words apart (names and shared words say nothing). `None` on a
    /// tie. What decides a text the stop-word vote leaves open ("GUS a
    /// vendu Wehkamp.": "a" is both; "vendu" is French only).
    pub fn language_vote(&self, text: &str) -> Option<Lang> {
        let (mut fr, mut en) = (0usize, 0usize);
        for t in super::tokenize(text) {
            if t.kind != TokenKind::Word
                || t.capitalized
                || t.norm.chars().count() < 3
                || self.is_stopword(&t.norm, Lang::Fr)
                || self.is_stopword(&t.norm, Lang::En)
            {
                continue;
            }
            let fr_stem = self.stem(&t.norm, Lang::Fr);
            let en_stem = self.stem(&t.norm, Lang::En);
            let french = self.knows(&fr_stem, Lang::Fr);
            let english = self.knows(&en_stem, Lang::En) || self.en_synonyms.contains_key(&en_stem);
            match (french, english) {
                (true, false) => fr += 1,
                (false, true) => en += 1,
                _ => {}
            }
        }
        match fr.cmp(&en) {
            std::cmp::Ordering::Greater => Some(Lang::Fr),
            std::cmp::Ordering::Less => Some(Lang::En),
            std::cmp::Ordering::Equal => None,
        }
    }

    /// A stem of a very common verb or adverb that says little on its own.
    pub fn is_light(stem: &str) -> bool {
        // (asked of every token of every window: a set, not a scan)
        static LIGHT: std::sync::LazyLock<HashSet<&'static str>> =
            std::sync::LazyLock::new(|| LIGHT_WORDS.iter().copied().collect());
        LIGHT.contains(stem)
    }

    /// The keys of a tokenised text in `lang`.
    pub fn keys(&self, text: &str, tokens: &[Token], lang: Lang) -> TermKeys {
        let mut keys = TermKeys {
            words: Vec::with_capacity(tokens.len()),
            ..TermKeys::default()
        };
        // content words: (token, its stem's place in `keys.words`)
        let mut content: Vec<usize> = Vec::new();
        // the noun of a verb's idiom ahead, with the idiom's synonyms
        let mut idiom_noun: Option<(usize, &[String])> = None;
        for (i, tok) in tokens.iter().enumerate() {
            let mut word_keys = Vec::new();
            let mut strong = 0;
            if tok.kind == TokenKind::Word
                && !self.is_stopword(&tok.norm, lang)
                && tok.norm.chars().count() > 1
            {
                // "l'an passé", "la semaine passée": a relative time word,
                // as light as "last year", not the verb "passer"
                if lang == Lang::Fr && relative_past(tokens, i) {
                    keys.words.push(vec![String::from("past")]);
                    keys.strong.push(1);
                    continue;
                }
                // a light phrase's word says only that its event took place
                // ("a eu lieu" is no place, "s'est produite" produces
                // nothing), except a verb whose own sense is the event's:
                // "s'est tenue" meets "took place" and "was held"
                let light = light_phrase(tokens, i, lang);
                if light && !holds_an_event(&tok.norm, lang) {
                    keys.words.push(vec![String::from(LIGHT_PHRASE_KEY)]);
                    keys.strong.push(1);
                    continue;
                }
                // a participle that is also a noun or an adjective is the
                // verb after an auxiliary ("est mort", "a été élu"); it keeps
                // its own key too ("la mort de" meets "est mort")
                let participle = match lang {
                    Lang::Fr => self
                        .fr_participles
                        .get(tok.norm.as_str())
                        .filter(|_| after_auxiliary(text, tokens, i)),
                    Lang::En => None,
                };
                let stem = self.stem(participle.copied().unwrap_or(&tok.norm), lang);
                if lang == Lang::Fr {
                    if let Some(ens) = self.fr_to_en.get(&stem) {
                        word_keys.extend(ens.iter().cloned());
                    }
                    if let Some(concepts) = self.fr_phrases.get(&stem) {
                        keys.phrases
                            .extend(concepts.iter().map(|c| (i..i + 1, c.clone())));
                    }
                }
                if !light {
                    content.push(i);
                }
                // a light verb's form right after a determiner is a noun:
                // "les faits" are facts, "des dons" gifts, not "a fait", "a
                // donné" (its own key, no light stem: it carries meaning)
                let noun_of_light_verb = lang == Lang::Fr
                    && i > 0
                    && FR_LIGHT_VERBS.contains(&stem.as_str())
                    && NOUN_DETERMINERS_FR.contains(&tokens[i - 1].norm.as_str());
                // (the dictionaries still read its stem)
                let (stem, dictionary_stem) = match noun_of_light_verb {
                    true if tok.norm != stem => (tok.norm.to_string(), Some(stem)),
                    true => (format!("{stem}_n"), Some(stem)),
                    false => (stem, None),
                };
                word_keys.insert(0, stem);
                if participle.is_some() {
                    let own = self.stem(&tok.norm, lang);
                    if !word_keys.contains(&own) {
                        word_keys.insert(1, own);
                    }
                }
                // a name is written the same in both languages: one key for it,
                // whatever each language's stemmer makes of it
                if tok.capitalized
                    && (i > 0 || !self.knows(&word_keys[0], lang))
                    && !CAPITALISED_COMMON_NOUNS.contains(&tok.norm.as_str())
                {
                    word_keys.insert(1, name_key(&tok.norm));
                    // a city under its name in the other language meets its
                    // own name: "Londres" / "London", "Pékin" / "Beijing"
                    let places = Places::shared();
                    for city in places.cities(&tok.norm) {
                        let own = city.own_name;
                        let key = name_key(own);
                        if own != tok.norm && !own.contains(' ') && !word_keys.contains(&key) {
                            word_keys.insert(2, key);
                        }
                    }
                    keys.names.push(i);
                }
                // a phrasal verb says what its single-word synonyms say
                // ("looked into" / "investigated", "a enquêté"); the noun of
                // one that takes a noun says it too ("took part" /
                // "participated": "part" is no part of anything)
                let as_noun = idiom_noun.filter(|&(at, _)| at == i).map(|(_, syns)| syns);
                let phrasal = match lang {
                    Lang::En => self.phrasal_synonyms(text, tokens, i, &word_keys[0]),
                    Lang::Fr => None,
                };
                if let Some((at, syns)) = phrasal
                    && !self.is_stopword(&tokens[at].norm, lang)
                {
                    idiom_noun = Some((at, syns));
                }
                for syn in phrasal
                    .map(|(_, syns)| syns)
                    .into_iter()
                    .chain(as_noun)
                    .flatten()
                {
                    if !word_keys.contains(syn) {
                        word_keys.push(syn.clone());
                    }
                }
                strong = word_keys.len();
                if lang == Lang::Fr
                    && let Some(ens) = self
                        .fr_to_en_general
                        .get(dictionary_stem.as_ref().unwrap_or(&word_keys[0]))
                {
                    for e in ens {
                        if !word_keys[..strong].contains(e) {
                            word_keys.push(e.clone());
                        }
                    }
                }
                if lang == Lang::Fr && self.unvouched_stem(&word_keys[0]) && !light {
                    keys.unvouched_stems.push(i);
                }
                if light {
                    word_keys.insert(0, String::from(LIGHT_PHRASE_KEY));
                    strong += 1;
                }
            }
            keys.words.push(word_keys);
            keys.strong.push(strong);
        }
        // glossary phrases over runs of content words
        let phrase_starts = &self.phrase_starts[lang as usize];
        // content word `j` joined to the one before it by a coordinator alone
        // (most sentences have none: then no phrase skips a word)
        let joined: Vec<bool> = if tokens.iter().any(|t| is_coordinator(&t.norm, lang)) {
            (0..content.len())
                .map(|j| j > 0 && coordinated(text, tokens, content[j - 1], content[j], lang))
                .collect()
        } else {
            Vec::new()
        };
        let mut key = String::new();
        for start in 0..content.len() {
            if !phrase_starts.contains(&keys.words[content[start]][0]) {
                continue;
            }
            let may_skip = !joined.is_empty();
            for (n, skip) in (2..=MAX_PHRASE).rev().flat_map(|n| {
                let skips = (1..n).filter(move |_| may_skip).map(move |k| (n, Some(k)));
                std::iter::once((n, None)).chain(skips)
            }) {
                // one more content word when one is skipped
                let len = n + usize::from(skip.is_some());
                if start + len > content.len() {
                    continue;
                }
                let whole = &content[start..start + len];
                // a phrase may skip stop words but not other content or a long gap
                if whole[len - 1] - whole[0] > 2 * len {
                    continue;
                }
                // ... save a word coordinated with its neighbour, which shares
                // the phrase's other words: "hommes et femmes politiques" says
                // "hommes politiques", "chefs d'État et de gouvernement" says
                // "chefs de gouvernement"
                if let Some(k) = skip
                    && !(joined[start + k] || joined.get(start + k + 1) == Some(&true))
                {
                    continue;
                }
                key.clear();
                for (j, &t) in whole.iter().enumerate() {
                    if Some(j) == skip {
                        continue;
                    }
                    if !key.is_empty() {
                        key.push(' ');
                    }
                    key.push_str(&keys.words[t][0]);
                }
                let range = whole[0]..whole[len - 1] + 1;
                match lang {
                    Lang::Fr => {
                        if let Some(concepts) = self.fr_phrases.get(&key) {
                            keys.phrases.push((range.clone(), format!("p:{key}")));
                            for c in concepts {
                                keys.phrases.push((range.clone(), c.clone()));
                            }
                        }
                    }
                    Lang::En => {
                        if self.en_phrases.contains(&key) {
                            keys.phrases.push((range, format!("p:{key}")));
                        }
                    }
                }
            }
        }
        keys.entities = self.countries_in(text, tokens);
        keys.seats = seats_of_government(tokens, &keys);
        keys
    }

    /// Give a claim's English words the stems of their synonyms (WordNet,
    /// frequent senses), and a French claim word's English translations
    /// theirs: "devoted" meets "dedicated" and, through the French lexicon,
    /// "dédié". Claims only: sources keep their own keys, so the index does
    /// not grow and a claim word still needs a source word to meet.
    pub fn expand_synonyms(&self, keys: &mut TermKeys, tokens: &[Token], lang: Lang) {
        // (and the verbs that cause it: a source that says the cause says
        // the effect, "one fisherman was killed" says one died; one way
        // only, as sources keep their own keys: "died" never says "killed")
        let synonyms = |key: &String| {
            (self.en_synonyms.get(key).into_iter().flatten())
                .chain(self.en_causes.get(key).into_iter().flatten())
        };
        // (a French word's translation is read in its second frequent
        // sense too: dictionaries give "tableau" as "picture", which a
        // painting is; so is an English word, but only across languages,
        // where that translation meets it: "paintings" / "tableaux")
        let wide = |key: &String| self.en_synonyms_wide.get(key).into_iter().flatten();
        if lang == Lang::Fr {
            keys.own_keys = keys.words.iter().map(Vec::len).collect();
        }
        for i in 0..keys.words.len() {
            let words = &keys.words[i];
            if words.is_empty() {
                continue;
            }
            let strong = keys.strong[i].min(words.len());
            let mut added: Vec<String> = Vec::new();
            // an English stem's synonyms hold within English (strong keys);
            // a French word's translations' synonyms only cross languages, as
            // the translations do
            let sources: &[String] = match lang {
                Lang::En => &words[..1],
                Lang::Fr => &words[1..],
            };
            for syn in sources.iter().flat_map(|key| {
                synonyms(key).chain((lang == Lang::Fr).then(|| wide(key)).into_iter().flatten())
            }) {
                if !words.contains(syn) && !added.contains(syn) {
                    added.push(syn.clone());
                }
            }
            let mut across: Vec<String> = Vec::new();
            // (the wide table is of nouns: not for a verb's form, "NSO
            // commented" is no "a affirmé", through "statement")
            let verb = |t: usize| {
                tokens.get(t).is_some_and(|tok| {
                    tok.norm.ends_with("ed")
                        || self.is_english_verb_form(&tok.norm)
                        || t.checked_sub(1)
                            .and_then(|p| tokens.get(p))
                            .is_some_and(|p| p.norm == "to")
                })
            };
            if lang == Lang::En && !verb(i) {
                for syn in wide(&words[0]) {
                    if !words.contains(syn) && !added.contains(syn) && !across.contains(syn) {
                        across.push(syn.clone());
                    }
                }
            }
            let words = &mut keys.words[i];
            match lang {
                Lang::En => {
                    keys.strong[i] = strong + added.len();
                    words.splice(strong..strong, added);
                    words.extend(across);
                }
                Lang::Fr => words.extend(added),
            }
        }
        // a French phrase's one-word translations are read with their
        // synonyms as a word's are ("sapeurs-pompiers", a fireman, meets
        // "firefighters")
        if lang == Lang::Fr {
            let mut added: Vec<(Range<usize>, String)> = Vec::new();
            for (range, concept) in keys.phrases.iter().filter(|(_, c)| !c.starts_with("p:")) {
                for syn in synonyms(concept).chain(wide(concept)) {
                    let taken = |p: &(Range<usize>, String)| p.0 == *range && p.1 == *syn;
                    if !keys.phrases.iter().any(taken) && !added.iter().any(taken) {
                        added.push((range.clone(), syn.clone()));
                    }
                }
            }
            keys.phrases.extend(added);
        }
    }

    /// Is this folded word (or words joined by spaces) a people's adjective
    /// or noun ("israelien", "American")?
    pub fn is_demonym(&self, key: &str) -> bool {
        self.demonyms.contains(key)
    }

    /// Country names and demonyms in a token sequence, longest match first.
    pub fn countries_in(&self, text: &str, tokens: &[Token]) -> Vec<(Range<usize>, String)> {
        let mut found = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let mut matched = 0;
            if !self.country_starts.may_contain(&tokens[i].norm) {
                // no name starts with this word
            } else if tokens[i].capitalized {
                let mut key = String::new();
                for n in 1..=MAX_COUNTRY.min(tokens.len() - i) {
                    if n > 1 {
                        key.push(' ');
                    }
                    key.push_str(&tokens[i + n - 1].norm);
                    if let Some((code, caps, capitals)) = self.countries.get(&key) {
                        let written = &text[tokens[i].span.start..tokens[i + n - 1].span.end];
                        // (the words the name capitalises after its first,
                        // capitalised: "La Réunion", not "La réunion a
                        // commencé"; "République populaire de Chine" as
                        // written)
                        let words_ok = tokens[i + 1..i + n]
                            .iter()
                            .enumerate()
                            .all(|(k, t)| t.capitalized || k >= 32 || capitals & (1 << k) == 0);
                        let caps_ok = words_ok
                            && (!caps
                                || written
                                    .chars()
                                    .filter(|c| c.is_alphabetic())
                                    .all(char::is_uppercase));
                        if caps_ok {
                            matched = n;
                            found.push((i..i + n, code.clone()));
                        }
                    }
                    if !self.country_prefixes.contains(&key) {
                        break;
                    }
                }
            } else if let Some((code, false, _)) = self.countries.get(tokens[i].norm.as_str()) {
                // lower-case demonyms: "les téléphones américains"
                if tokens[i].norm.len() > 3 && self.fr_demonyms.contains(tokens[i].norm.as_str()) {
                    found.push((i..i + 1, code.clone()));
                    matched = 1;
                }
            }
            if matched > 1 {
                // keep only the longest match starting here
                let longest = found.last().cloned();
                found.retain(|(r, _)| r.start != i);
                found.extend(longest);
            }
            i += matched.max(1);
        }
        found
    }

    /// Whether two folded words of possibly different languages are cognates
    /// ("journalistes"/"journalists", "allégations"/"allegations").
    pub fn cognates(a: &str, b: &str) -> bool {
        // the suffix rules keep at least a word's first four bytes, which
        // cognates share: most pairs are told apart here, without the forms
        if a.len() < 4 || b.len() < 4 || a.as_bytes()[..4] != b.as_bytes()[..4] {
            return false;
        }
        let (a, b) = (cognate_form(a), cognate_form(b));
        if a.len() < 5 || b.len() < 5 {
            return false;
        }
        if a == b {
            return true;
        }
        let prefix_ok = a.chars().take(4).eq(b.chars().take(4));
        prefix_ok && strsim::jaro_winkler(&a, &b) >= 0.93
    }
}

/// Undo the regular French/English suffix differences before comparing.
fn cognate_form(word: &str) -> String {
    let mut w = word.to_string();
    for plural in ["s", "x"] {
        if w.len() > 4 && w.ends_with(plural) {
            w.pop();
        }
    }
    const PAIRS: &[(&str, &str)] = &[
        ("aire", "ary"),
        ("ique", "ic"),
        ("iste", "ist"),
        ("isme", "ism"),
        ("eur", "er"),
        ("ee", "ed"),
        ("e", ""),
        ("ie", "y"),
        ("if", "ive"),
        ("el", "al"),
    ];
    for (fr, en) in PAIRS {
        if w.len() > fr.len() + 3 && w.ends_with(fr) {
            w.truncate(w.len() - fr.len());
            w.push_str(en);
            break;
        }
    }
    if w.len() > 6 && w.ends_with("ed") {
        w.truncate(w.len() - 2);
    }
    w
}

fn word_list(text: &str) -> HashSet<String> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| fold(l.trim()))
        .collect()
}

/// A French glossary word with its feminine and plural forms, whose stems
/// the stemmer does not always bring together ("premier"/"première",
/// "actif"/"active"). Phrases are returned as they are.
pub fn french_inflections(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    if word.contains([' ', '\'', '-']) {
        return out;
    }
    let swaps: &[(&str, &[&str])] = &[
        ("ier", &["ière", "ières", "iers"]),
        ("eur", &["euse", "euses", "rice", "rices", "eurs"]),
        ("if", &["ive", "ives", "ifs"]),
        ("el", &["elle", "elles", "els"]),
        ("en", &["enne", "ennes", "ens"]),
        ("on", &["onne", "onnes", "ons"]),
        ("al", &["ale", "ales", "aux"]),
        ("eau", &["eaux", "elle", "elles"]),
        // "mauvais"/"mauvaise": the stemmer cuts "-ais" as a verb ending
        // from the masculine only ("mauv" / "mauvais")
        ("s", &["se", "ses"]),
    ];
    for (ending, forms) in swaps {
        if let Some(base) = word.strip_suffix(ending) {
            out.extend(forms.iter().map(|f| format!("{base}{f}")));
        }
    }
    // past participles the stemmer does not bring back to the infinitive
    // ("découvert"/"découvrir", "atteint"/"atteindre", "vendu"/"vendre")
    let participles: &[(&str, &str)] = &[
        ("prendre", "pris"),
        ("mettre", "mis"),
        ("indre", "int"),
        ("uire", "uit"),
        ("rir", "ert"),
        ("enir", "enu"),
        ("oir", "u"),
        ("dre", "du"),
        ("ir", "i"),
    ];
    if let Some((ending, participle)) = participles.iter().find(|(e, _)| word.ends_with(e)) {
        let base = &word[..word.len() - ending.len()];
        for suffix in ["", "e", "s", "es"] {
            out.push(format!("{base}{participle}{suffix}"));
        }
    }
    // first-group past participles, which the stemmer cuts shorter than the
    // infinitive ("dédié" -> "ded", "dédier" -> "dedi")
    if let Some(base) = word.strip_suffix("er")
        && base.chars().count() > 2
    {
        for suffix in ["é", "ée", "és", "ées"] {
            out.push(format!("{base}{suffix}"));
        }
    }
    if !word.ends_with(['e', 's', 'x', 'r']) {
        out.extend([format!("{word}e"), format!("{word}s"), format!("{word}es")]);
    } else if word.ends_with('e') {
        out.push(format!("{word}s"));
    }
    out
}

/// The language-neutral key of a name token (folded): the same in every
/// language, up to doubled letters.
/// Common nouns French writes with a capital by convention when they name
/// the institution ("l'État paiera", "l'Église a condamné"): no one's name,
/// folded.
const CAPITALISED_COMMON_NOUNS: &[&str] = &["etat", "eglise"];

pub fn name_key(norm: &str) -> String {
    let mut key = String::with_capacity(norm.len() + 2);
    key.push_str("n:");
    key.extend(squeezed(norm));
    key
}

/// A name with its doubled letters written once: transliterations and
/// misspellings of one name ("Condoleezza"/"Condoleeza", "Bennett"/"Bennet")
/// meet; names that differ in any other letter do not.
pub fn squeeze(norm: &str) -> String {
    squeezed(norm).collect()
}

/// Two name words this close in spelling (Jaro-Winkler) are one name
/// spelled two ways ("Cortland" / "Cortlandt", "Mercedez" / "Mercedes",
/// "Yersey" / "Jersey"), not two names ("Inter" / "Culture", "Macron" /
/// "Bonne", "Pierre" / "Jean").
pub const SAME_NAME_SPELLING: f64 = 0.85;

/// Are two folded name words one name spelled two ways
/// ([`SAME_NAME_SPELLING`])?
pub fn spelled_alike(a: &str, b: &str) -> bool {
    strsim::jaro_winkler(a, b) >= SAME_NAME_SPELLING
}

/// The characters of [`squeeze`], without making the string: names are
/// compared this way for every word of a window.
pub fn squeezed(norm: &str) -> impl Iterator<Item = char> + '_ {
    let mut last = None;
    norm.chars().filter(move |&c| {
        let keep = last != Some(c);
        last = Some(c);
        keep
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    /// Function words are no words of a claim to find: articles, pronouns,
    /// the relative pronouns ("dans lesquelles"), in both languages; words
    /// that carry meaning are not stop words.
    #[test]
    fn stop_words_are_function_words() {
        let lex = Lexicon::shared();
        for (word, lang) in [
            ("les", Lang::Fr),
            ("dont", Lang::Fr),
            ("lesquelles", Lang::Fr),
            ("auxquels", Lang::Fr),
            ("duquel", Lang::Fr),
            ("the", Lang::En),
            ("which", Lang::En),
            // prepositions, as their French counterparts are ("parmi",
            // "depuis", "vers")
            ("parmi", Lang::Fr),
            ("among", Lang::En),
            ("since", Lang::En),
            ("towards", Lang::En),
            ("another", Lang::En),
            ("away", Lang::En),
            ("chez", Lang::Fr),
            ("plupart", Lang::Fr),
            // a modal's forms, as "can", "could", "must"
            ("pu", Lang::Fr),
            ("peuvent", Lang::Fr),
            ("must", Lang::En),
            // adverbs and conjunctions with function words on the other side
            // ("also" / "également", "when" / "lorsque", "some" / "quelques")
            ("egalement", Lang::Fr),
            ("lorsque", Lang::Fr),
            ("quelques", Lang::Fr),
            ("plusieurs", Lang::Fr),
            ("several", Lang::En),
            ("notamment", Lang::Fr),
            // every form of an auxiliary the verb reader knows
            ("auront", Lang::Fr),
            ("soient", Lang::Fr),
        ] {
            assert!(lex.is_stopword(word, lang), "{word}");
        }
        for (word, lang) in [
            ("liste", Lang::Fr),
            ("villes", Lang::Fr),
            ("list", Lang::En),
        ] {
            assert!(!lex.is_stopword(word, lang), "{word}");
        }
    }

    /// A participle that is also a noun or an adjective is its verb after
    /// an auxiliary, and itself elsewhere.
    #[test]
    fn participles_after_an_auxiliary_are_verbs() {
        let lex = Lexicon::shared();
        let verb = |w: &str| lex.stem(&crate::text::fold(w), Lang::Fr);
        let keys_of = |text: &str, word: &str| {
            let tokens = tokenize(text);
            let keys = lex.keys(text, &tokens, Lang::Fr);
            let i = tokens
                .iter()
                .position(|t| t.norm == crate::text::fold(word))
                .unwrap();
            keys.words[i].clone()
        };
        let table = [
            ("Le roi est mort en 1799.", "mort", "mourra", true),
            ("Le roi n'est pas encore mort.", "mort", "meurt", true),
            ("Les deux soldats sont morts.", "morts", "mourir", true),
            ("La députée a été élue en 2017.", "élue", "élira", true),
            ("La police a ouvert une enquête.", "ouvert", "ouvrira", true),
            (
                "Le ministère a permis la vente.",
                "permis",
                "permettra",
                true,
            ),
            ("La mort du roi a surpris.", "mort", "mourra", false),
            ("Il a été condamné à mort.", "mort", "mourra", false),
            ("Un magasin ouvert le dimanche.", "ouvert", "ouvrira", false),
            ("Son permis de conduire.", "permis", "permettra", false),
        ];
        for (text, word, form, is_verb) in table {
            let keys = keys_of(text, word);
            assert_eq!(keys.contains(&verb(form)), is_verb, "{text}: {keys:?}");
            // the word's own key is kept
            assert!(keys.contains(&verb(word)), "{text}: {keys:?}");
        }
        assert!(shared_key(
            "La députée a été élue.",
            Lang::Fr,
            "The MP was elected.",
            Lang::En
        ));
    }

    fn shared_key(a: &str, la: Lang, b: &str, lb: Lang) -> bool {
        let lex = Lexicon::shared();
        let (ta, tb) = (tokenize(a), tokenize(b));
        let (ka, kb) = (lex.keys(a, &ta, la), lex.keys(b, &tb, lb));
        let set_b: HashSet<String> = kb
            .all_keys(&tb)
            .into_iter()
            .filter(|k| !k.starts_with('~'))
            .collect();
        ka.all_keys(&ta)
            .iter()
            .any(|k| !k.starts_with('~') && set_b.contains(k))
    }

    /// A glossary phrase reaches over a word coordinated with its neighbour
    /// ("hommes et femmes politiques" says "hommes politiques"), in both
    /// languages, and not across other content, a comma's list or a clause.
    #[test]
    fn phrases_over_coordinated_words() {
        let lex = Lexicon::shared();
        let phrase = |text: &str, lang: Lang, key: &str| {
            let tokens = tokenize(text);
            lex.keys(text, &tokens, lang)
                .phrases
                .iter()
                .any(|(_, k)| k == key)
        };
        let table = [
            (
                "600 hommes et femmes politiques",
                Lang::Fr,
                "p:homm polit",
                true,
            ),
            (
                "les chefs d'État et de gouvernement",
                Lang::Fr,
                "p:chef gouvern",
                true,
            ),
            (
                "les chefs d'État ou de gouvernement",
                Lang::Fr,
                "p:chef gouvern",
                true,
            ),
            (
                "heads of state and government",
                Lang::En,
                "p:head govern",
                true,
            ),
            // no coordinator, or more than a coordinator between
            (
                "les chefs d'État, de gouvernement",
                Lang::Fr,
                "p:chef gouvern",
                false,
            ),
            (
                "des hommes. Et des femmes politiques",
                Lang::Fr,
                "p:homm polit",
                false,
            ),
            (
                "heads of state met government",
                Lang::En,
                "p:head govern",
                false,
            ),
        ];
        for (text, lang, key, want) in table {
            assert_eq!(phrase(text, lang, key), want, "{text}");
        }
    }

    #[test]
    fn words_meet_across_languages() {
        let table = [
            ("ministers", "ministres"),
            ("servers", "serveurs"),
            ("targeted", "visés"),
            ("meeting", "rencontre"),
            ("government", "gouvernement"),
            ("spyware", "logiciel espion"),
            ("heads of state", "chefs d'État"),
            ("ministers", "membres du gouvernement"),
            // a phrase over coordinated words that share its other words
            ("heads of government", "chefs d'État et de gouvernement"),
            ("Switzerland", "la Suisse"),
            ("the United Kingdom", "le Royaume-Uni"),
            ("American phones", "téléphones américains"),
            ("first meeting", "première rencontre"),
            // general dictionary (Apertium pivot and FreeDict)
            ("discovered", "découverte"),
            ("sold", "vendu"),
            ("software", "logiciel"),
            ("council", "conseil"),
            ("reached", "atteint"),
            ("sued", "attaquer"),
            ("launched", "lancé"),
            // irregular English plurals meet through their singular
            ("people", "personnes"),
            ("children", "enfants"),
            ("women", "femmes"),
            // ... and the "-men" plurals of "-man" nouns
            ("fishermen", "pêcheurs"),
            ("policemen", "policiers"),
            // ... and pasts that are nouns of their own too ("Lent")
            ("left", "est parti"),
            ("lent", "a prêté"),
            // ... and pasts WordNet lists as rare nouns SemCor never tags
            ("shook", "a secoué"),
            ("drove", "a conduit"),
            ("dug", "ont creusé"),
            ("sang", "a chanté"),
            // a hyphenated compound of the general dictionary is one word
            ("kites", "cerfs-volants"),
            ("aftertaste", "arrière-goût"),
            ("forearm", "avant-bras"),
            ("masterpieces", "chefs-d'œuvre"),
        ];
        for (en, fr) in table {
            assert!(shared_key(en, Lang::En, fr, Lang::Fr), "{en} / {fr}");
        }
        let lex = Lexicon::shared();
        assert!(lex.is_english_verb_form("took") && !lex.is_english_verb_form("people"));
    }

    #[test]
    fn a_light_verbs_form_after_a_determiner_is_a_noun() {
        let lex = Lexicon::shared();
        let first_key = |text: &str, word: &str| {
            let tokens = tokenize(text);
            let keys = lex.keys(text, &tokens, Lang::Fr);
            let i = tokens.iter().position(|t| t.norm == word).unwrap();
            keys.words[i].clone()
        };
        // a noun: it carries meaning and meets its translation
        for (text, word, english) in [
            ("Les faits sont très graves.", "faits", "fact"),
            ("Des dons ont été versés.", "dons", "gift"),
        ] {
            let keys = first_key(text, word);
            assert!(!Lexicon::is_light(&keys[0]), "{text}: {keys:?}");
            assert!(keys.iter().any(|k| k == english), "{text}: {keys:?}");
        }
        // the verb stays light
        for (text, word) in [
            ("Des efforts ont été faits.", "faits"),
            ("Ils les ont faits eux-mêmes.", "faits"),
        ] {
            let keys = first_key(text, word);
            assert!(Lexicon::is_light(&keys[0]), "{text}: {keys:?}");
        }
        assert!(shared_key("facts", Lang::En, "les faits", Lang::Fr));
    }

    /// A French word whose stem is an English word none of its
    /// translations is nor begins as is marked ("vente" is a sale); a
    /// cognate the translations give is not ("liste" / "list", "ministres" /
    /// "minister"), nor an English word that means one of them.
    #[test]
    fn french_stems_the_translations_do_not_vouch_for() {
        let lex = Lexicon::shared();
        let marked = |word: &str| {
            let tokens = tokenize(word);
            !lex.keys(word, &tokens, Lang::Fr).unvouched_stems.is_empty()
        };
        for word in ["pays", "faite", "vente"] {
            assert!(marked(word), "{word}");
        }
        for word in ["liste", "ministres", "serveurs", "gouvernement", "logiciel"] {
            assert!(!marked(word), "{word}");
        }
        // English keys are all vouched for
        let tokens = tokenize("pays");
        assert!(
            lex.keys("pays", &tokens, Lang::En)
                .unvouched_stems
                .is_empty()
        );
    }

    /// A phrasal verb meets the single words of its frequent senses, in
    /// English and through the French lexicon; its verb alone, or the verb
    /// and a particle apart, does not.
    #[test]
    fn phrasal_verbs_meet_their_single_words() {
        for (phrasal, word, lang) in [
            ("they looked into it", "a enquêté", Lang::Fr),
            ("they looked into it", "investigated", Lang::En),
            ("the board turned down the offer", "a rejeté", Lang::Fr),
            ("they carried out the plan", "executed", Lang::En),
            ("the minister stepped down", "a démissionné", Lang::Fr),
            // the pronoun it governs between the verb and its particle
            ("the company turned it down", "a refusé", Lang::Fr),
            ("the council called it off", "cancelled", Lang::En),
            // a verb with the noun it takes without an article, the noun
            // as well as the verb
            ("they took part in the vote", "participated", Lang::En),
            ("they took part in the vote", "ont participé", Lang::Fr),
            ("the minister will leave office", "resigned", Lang::En),
            ("the minister will leave office", "a démissionné", Lang::Fr),
            // "away", "around", "across" are particles too
            ("her father passed away", "est décédé", Lang::Fr),
            ("the police took away the paintings", "removed", Lang::En),
        ] {
            assert!(
                shared_key(phrasal, Lang::En, word, lang),
                "{phrasal} / {word}"
            );
        }
        for (text, word, lang) in [
            ("they looked at it", "a enquêté", Lang::Fr),
            ("they looked, into the night", "investigated", Lang::En),
            ("the board turned the page", "a rejeté", Lang::Fr),
            ("the board turned it, down", "a rejeté", Lang::Fr),
            ("the board turned it over", "a rejeté", Lang::Fr),
        ] {
            assert!(!shared_key(text, Lang::En, word, lang), "{text} / {word}");
        }
    }

    /// A French phrase's one-word translation is read with its synonyms in a
    /// claim, as a word's is: "sapeurs-pompiers", firemen, are firefighters.
    #[test]
    fn a_claims_phrase_meets_its_translations_synonyms() {
        let lex = Lexicon::shared();
        let text = "Les sapeurs-pompiers sont arrivés.";
        let tokens = tokenize(text);
        let mut keys = lex.keys(text, &tokens, Lang::Fr);
        let firefighter = lex.stem("firefighters", Lang::En);
        let phrase_says = |keys: &TermKeys| {
            (keys.phrases.iter()).any(|(range, c)| *c == firefighter && range.len() == 2)
        };
        assert!(!phrase_says(&keys));
        lex.expand_synonyms(&mut keys, &tokens, Lang::Fr);
        assert!(phrase_says(&keys), "{:?}", keys.phrases);
    }

    /// A claim's words meet their synonyms (WordNet, frequent senses, both
    /// ways) in English and, through the translations, in French.
    #[test]
    fn claim_words_meet_their_synonyms() {
        let lex = Lexicon::shared();
        let expanded = |text: &str, lang: Lang| {
            let tokens = tokenize(text);
            let mut keys = lex.keys(text, &tokens, lang);
            lex.expand_synonyms(&mut keys, &tokens, lang);
            keys
        };
        let plain = |text: &str, lang: Lang| {
            let tokens = tokenize(text);
            lex.keys(text, &tokens, lang)
        };
        let meets = |claim: &str, cl: Lang, source: &str, sl: Lang| {
            let c = expanded(claim, cl);
            let s = plain(source, sl);
            let cross = cl != sl;
            (0..c.words.len()).any(|i| {
                c.word_keys(i, cross)
                    .iter()
                    .any(|k| (0..s.words.len()).any(|j| s.word_keys(j, cross).contains(k)))
            })
        };
        let table = [
            ("devoted", Lang::En, "dedicated", Lang::En, true),
            ("devoted", Lang::En, "dédié", Lang::Fr, true),
            ("started", Lang::En, "began", Lang::En, true),
            ("perished", Lang::En, "died", Lang::En, true),
            ("purchased", Lang::En, "bought", Lang::En, true),
            ("commencé", Lang::Fr, "started", Lang::En, true),
            // rare senses stay apart: "hold" is not "bear", "die" is not "dice"
            ("held", Lang::En, "bear", Lang::En, false),
            ("died", Lang::En, "dice", Lang::En, false),
            // a French word's translation in its second frequent sense:
            // "tableau" is given as "picture", which a painting is; an
            // English claim word keeps to its first ("comment" is no
            // "input")
            ("tableaux", Lang::Fr, "paintings", Lang::En, true),
            ("logements", Lang::Fr, "homes", Lang::En, true),
            ("comment", Lang::En, "input", Lang::En, false),
            // an English claim's noun meets a French word through its second
            // sense too, as the translation does ("paintings" / "tableaux"),
            // never an English word, nor as a verb ("NSO commented" is no
            // "a affirmé", through the noun "statement")
            ("paintings", Lang::En, "tableaux", Lang::Fr, true),
            ("paintings", Lang::En, "pictures", Lang::En, false),
            ("commented", Lang::En, "a affirmé", Lang::Fr, false),
            // "lives" is the verb's as well as the plural of "life": it keeps
            // its own key and meets "habite" ("thieves" stays the thief's)
            ("lives", Lang::En, "habite", Lang::Fr, true),
            ("thieves", Lang::En, "voleurs", Lang::Fr, true),
            // ... and the noun of one sense that names one of its first four:
            // "pompier" is given as "fireman", a firefighter in its fourth
            ("pompiers", Lang::Fr, "firefighters", Lang::En, true),
            ("fireman", Lang::En, "firefighters", Lang::En, false),
            // a claim's effect meets the source's cause ("killed" says one
            // died, "taught" says one learned), never the reverse
            ("died", Lang::En, "was killed", Lang::En, true),
            ("sont morts", Lang::Fr, "were killed", Lang::En, true),
            ("died", Lang::En, "ont été tués", Lang::Fr, true),
            ("learned", Lang::En, "taught", Lang::En, true),
            ("was killed", Lang::En, "died", Lang::En, false),
            ("taught", Lang::En, "learned", Lang::En, false),
        ];
        for (claim, cl, source, sl, want) in table {
            assert_eq!(meets(claim, cl, source, sl), want, "{claim} / {source}");
        }
        // sources keep their own keys: nothing is added without a claim
        assert_eq!(plain("devoted", Lang::En).words[0], ["devot"]);
    }

    /// Forms of one French verb share its key whatever their stem, and so
    /// meet each other and, through the infinitive, its translations; a
    /// form that is also a noun keeps its own ("été" is not "être").
    #[test]
    fn relative_time_words_are_light() {
        for (text, lang, word) in [
            ("Ils ont signé une pétition l'an passé.", Lang::Fr, "passe"),
            (
                "La réunion de la semaine passée a été annulée.",
                Lang::Fr,
                "passee",
            ),
            ("They signed a petition last year.", Lang::En, "last"),
            ("The past decade was warm.", Lang::En, "past"),
        ] {
            assert!(Lexicon::is_light(&first_key(text, lang, word)), "{text}");
        }
        // the verb is not
        for (text, lang, word) in [
            ("Ils ont passé la nuit dans un gymnase.", Lang::Fr, "passe"),
            ("Le projet est passé devant le conseil.", Lang::Fr, "passe"),
        ] {
            assert!(!Lexicon::is_light(&first_key(text, lang, word)), "{text}");
        }
    }

    /// The first key of `word` (folded) in `text`.
    fn first_key(text: &str, lang: Lang, word: &str) -> String {
        let tokens = crate::text::tokenize(text);
        let keys = Lexicon::shared().keys(text, &tokens, lang);
        let i = tokens.iter().position(|t| t.norm == word).unwrap();
        keys.words[i].first().cloned().unwrap_or_default()
    }

    /// A phrase that says only that an event took place is light, in both
    /// languages; the same words elsewhere are not.
    #[test]
    fn taking_place_is_light() {
        for (text, lang, word) in [
            ("Le vote a eu lieu mardi.", Lang::Fr, "lieu"),
            ("Les élections auront lieu en octobre.", Lang::Fr, "lieu"),
            (
                "La catastrophe s'est produite en 1986.",
                Lang::Fr,
                "produite",
            ),
            ("L'accident se produit la nuit.", Lang::Fr, "produit"),
            (
                "Les combats se sont déroulés en juin.",
                Lang::Fr,
                "deroules",
            ),
            ("The vote took place on Tuesday.", Lang::En, "place"),
            ("The games will take place in Nagano.", Lang::En, "place"),
            ("The crash happened at night.", Lang::En, "happened"),
            ("The explosion occurred in 1986.", Lang::En, "occurred"),
            ("La réunion s'est tenue mardi.", Lang::Fr, "tenue"),
            ("Le sommet se tiendra à Rome.", Lang::Fr, "tiendra"),
        ] {
            assert!(Lexicon::is_light(&first_key(text, lang, word)), "{text}");
        }
        // the light word keeps its own keys after the light one ("s'est
        // tenue" meets "was held"), but is found by the light key alone
        let lex = Lexicon::shared();
        let text = "La réunion s'est tenue mardi.";
        let tokens = crate::text::tokenize(text);
        let keys = lex.keys(text, &tokens, Lang::Fr);
        let at = tokens.iter().position(|t| t.norm == "tenue").unwrap();
        assert_eq!(keys.words[at][0], LIGHT_PHRASE_KEY);
        assert!(keys.words[at].len() > 1, "{:?}", keys.words[at]);
        let indexed = keys.all_keys(&tokens);
        assert!(
            !keys.words[at][1..].iter().any(|k| indexed.contains(k)),
            "{indexed:?}"
        );
        assert!(!Lexicon::is_light(&first_key(
            "Il a tenu parole.",
            Lang::Fr,
            "tenu"
        )));
        for (text, lang, word) in [
            ("Le lieu du crime a été bouclé.", Lang::Fr, "lieu"),
            ("L'usine a produit des voitures.", Lang::Fr, "produit"),
            ("Ils ont déroulé le tapis rouge.", Lang::Fr, "deroule"),
            ("The place was closed.", Lang::En, "place"),
            ("They took the place of the old council.", Lang::En, "place"),
        ] {
            assert!(!Lexicon::is_light(&first_key(text, lang, word)), "{text}");
        }
    }

    #[test]
    fn french_verb_forms_meet_through_their_infinitive() {
        let lex = Lexicon::shared();
        let stem = |w: &str| lex.stem(&crate::text::fold(w), Lang::Fr);
        let same = [
            ("préviendra", "prévient"),
            ("préviendra", "prévenir"),
            ("pris", "prennent"),
            ("attendaient", "attendre"),
            ("obtiendra", "obtenu"),
            ("meurt", "mourir"),
            ("jette", "jeter"),
            ("vécu", "vivre"),
            // a prefix and a verb the analyser's table holds
            ("reconstruit", "reconstruire"),
            ("recouvert", "recouvrir"),
        ];
        for (a, b) in same {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
        // (not a noun that is also a participle, nor a word that only
        // starts as a prefix)
        for (a, b) in [
            ("été", "être"),
            ("prévient", "prévoit"),
            ("revenus", "revenir"),
            ("depuis", "dépouvoir"),
        ] {
            assert_ne!(stem(a), stem(b), "{a} / {b}");
        }
        // English irregular forms from WordNet's exception lists, the
        // hand-written ones first; a form that is a word of its own
        // ("ground", "lay") keeps its own stem
        let en = |w: &str| lex.stem(w, Lang::En);
        for (a, b) in [("wrote", "write"), ("thieves", "thief"), ("took", "take")] {
            assert_eq!(en(a), en(b), "{a} / {b}");
        }
        for (a, b) in [("ground", "grind"), ("lay", "lie")] {
            assert_ne!(en(a), en(b), "{a} / {b}");
        }
        let table = [
            ("took", "pris"),
            ("prevents", "préviendra"),
            ("waited", "attendaient"),
            ("obtained", "obtiendra"),
        ];
        for (en, fr) in table {
            assert!(shared_key(en, Lang::En, fr, Lang::Fr), "{en} / {fr}");
        }
    }

    #[test]
    fn first_group_participles_take_the_verbs_translations() {
        assert!(shared_key("dedicated", Lang::En, "dédié", Lang::Fr));
        assert!(shared_key("dedicated", Lang::En, "dédiées", Lang::Fr));
    }

    #[test]
    fn different_things_stay_apart() {
        let table = [
            ("heads of state", "chefs d'entreprise"),
            ("ministers", "journalistes"),
            ("Switzerland", "la France"),
        ];
        for (en, fr) in table {
            let lex = Lexicon::shared();
            let (ta, tb) = (tokenize(en), tokenize(fr));
            let ka = lex.keys(en, &ta, Lang::En);
            let kb = lex.keys(fr, &tb, Lang::Fr);
            let pa: HashSet<_> = ka
                .phrases
                .iter()
                .map(|p| &p.1)
                .chain(ka.entities.iter().map(|e| &e.1))
                .collect();
            let pb: HashSet<_> = kb
                .phrases
                .iter()
                .map(|p| &p.1)
                .chain(kb.entities.iter().map(|e| &e.1))
                .collect();
            assert!(pa.is_disjoint(&pb), "{en} / {fr}");
        }
    }

    /// An adjective's feminine and plural forms reach its translations even
    /// where the stemmer cuts the masculine otherwise ("mauvais" -> "mauv",
    /// "mauvaises" -> "mauvais").
    #[test]
    fn feminine_forms_of_adjectives_in_s_are_translated() {
        let lex = Lexicon::shared();
        for word in ["mauvais", "mauvaise", "mauvaises", "précise", "grise"] {
            let tokens = tokenize(word);
            let keys = lex.keys(word, &tokens, Lang::Fr);
            assert!(
                keys.words[0].len() > keys.strong[0],
                "{word}: {:?}",
                keys.words[0]
            );
        }
    }

    #[test]
    fn general_translations_only_cross_languages() {
        // "accueillir" and "prendre" share the dictionary sense "take": that
        // may bridge English and French, never two French words
        let lex = Lexicon::shared();
        let (a, b) = ("accueillir", "prendre");
        let (ta, tb) = (tokenize(a), tokenize(b));
        let (ka, kb) = (lex.keys(a, &ta, Lang::Fr), lex.keys(b, &tb, Lang::Fr));
        let strong_a: HashSet<&String> = ka.word_keys(0, false).iter().collect();
        let strong_b: HashSet<&String> = kb.word_keys(0, false).iter().collect();
        assert!(strong_a.is_disjoint(&strong_b));
        assert!(ka.word_keys(0, true).len() > ka.word_keys(0, false).len());
    }

    #[test]
    fn capitalised_institutions_are_no_names() {
        let lex = Lexicon::shared();
        let names = |text: &str| {
            let tokens = tokenize(text);
            let keys = lex.keys(text, &tokens, Lang::Fr);
            keys.names
                .iter()
                .map(|&t| tokens[t].norm.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            names("Selon lui, l'État paiera le pont."),
            Vec::<String>::new()
        );
        assert_eq!(
            names("L'Église a condamné Paul Martin."),
            ["paul", "martin"]
        );
    }

    #[test]
    fn a_city_meets_its_name_in_the_other_language() {
        let lex = Lexicon::shared();
        let name_keys = |text: &str, lang: Lang, word: &str| {
            let tokens = tokenize(text);
            let keys = lex.keys(text, &tokens, lang);
            let t = tokens.iter().position(|t| t.norm == word).unwrap();
            keys.words[t].clone()
        };
        let fr = name_keys("Le sommet aura lieu à Londres.", Lang::Fr, "londres");
        let en = name_keys("The summit will be held in London.", Lang::En, "london");
        assert!(fr.contains(&"n:london".to_string()) && en.contains(&"n:london".to_string()));
        let fr = name_keys("Il est arrivé à Pékin lundi.", Lang::Fr, "pekin");
        assert!(fr.contains(&"n:beijing".to_string()), "{fr:?}");
    }

    #[test]
    fn names_meet_up_to_a_doubled_letter() {
        assert_eq!(squeeze("condoleezza"), squeeze("condoleeza"));
        assert_eq!(squeeze("bennett"), squeeze("bennet"));
        assert_ne!(squeeze("qselthogaa"), squeeze("qselthoraa"));
        assert_ne!(squeeze("martin"), squeeze("martins"));
    }

    #[test]
    fn cognates() {
        for (a, b) in [
            ("journalistes", "journalists"),
            ("allegations", "allegations"),
            ("serveurs", "servers"),
            ("documentaire", "documentary"),
            ("protection", "protection"),
        ] {
            assert!(Lexicon::cognates(a, b), "{a} {b}");
        }
        for (a, b) in [
            ("ministre", "minute"),
            ("serveurs", "services"),
            ("etat", "etats"),
        ] {
            assert!(!Lexicon::cognates(a, b), "{a} {b}");
        }
    }

    #[test]
    fn countries_need_capitals_where_the_name_is_an_acronym() {
        let lex = Lexicon::shared();
        let text = "Give us the US list";
        let codes: Vec<_> = lex
            .countries_in(text, &tokenize(text))
            .into_iter()
            .map(|(_, c)| c)
            .collect();
        assert_eq!(codes, ["US"]);
    }

    /// A capital written as a party stands for its country; written as a
    /// place, or inside a longer name, it does not.
    #[test]
    fn capitals_as_parties() {
        let lex = Lexicon::shared();
        let seats = |text: &str, lang: Lang| -> Vec<&str> {
            let tokens = tokenize(text);
            lex.keys(text, &tokens, lang)
                .seats
                .into_iter()
                .map(|(_, c)| c)
                .collect()
        };
        for (text, lang, codes) in [
            (
                "Des affirmations que Rabat a démenties.",
                Lang::Fr,
                &["MA"][..],
            ),
            (
                "Le gouvernement a été accusé par Moscou de mentir.",
                Lang::Fr,
                &["RU"],
            ),
            (
                "Selon Pékin, les négociations continuent.",
                Lang::Fr,
                &["CN"],
            ),
            (
                "The allegations were denied by Washington on Monday.",
                Lang::En,
                &["US"],
            ),
            (
                "Officials in Nairobi rejected the claims, and Lima did too.",
                Lang::En,
                &["PE"],
            ),
            // a place
            ("La réunion s'est tenue à Paris mardi.", Lang::Fr, &[]),
            ("The summit was held in London.", Lang::En, &[]),
            // part of a longer name
            ("Le Washington Post a publié l'enquête.", Lang::Fr, &[]),
            (
                "The speech quoted George Washington at length.",
                Lang::En,
                &[],
            ),
            // no capital, or one that names another body (the EU)
            ("Des affirmations que Marseille a démenties.", Lang::Fr, &[]),
            ("Bruxelles a exigé des garanties.", Lang::Fr, &[]),
        ] {
            assert_eq!(seats(text, lang), codes, "{text}");
        }
    }

    /// A country's name is capitalised where its listed spelling is: "La
    /// réunion a commencé" is a meeting, "La Réunion" the island, and
    /// "République populaire de Chine" keeps its small adjective.
    #[test]
    fn country_names_are_written_with_their_capitals() {
        let lex = Lexicon::shared();
        let codes = |text: &str| -> Vec<String> {
            lex.countries_in(text, &tokenize(text))
                .into_iter()
                .map(|(_, c)| c)
                .collect()
        };
        assert!(codes("La réunion a commencé à 14 h.").is_empty());
        assert!(codes("Après la réunion, les ministres sont partis.").is_empty());
        assert_eq!(codes("Il est né à La Réunion."), ["RE"]);
        assert_eq!(codes("la République populaire de Chine"), ["CN"]);
        assert_eq!(codes("les téléphones américains"), ["US"]);
        assert_eq!(codes("une entreprise suisse"), ["CH"]);
        assert!(codes("a family reunion").is_empty());
    }
}

//! The rules' vocabulary: number words, currencies, units, qualifiers and
//! cue words of both languages, kept as data under `data/rules/` (one
//! meaning per entry; conflicts resolved in the files' headers) and read
//! once.

use super::numbers::Approx;
use crate::text::{Lang, WordFilter};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

const NUMBERS: &str = include_str!("../../data/rules/numbers.tsv");
const CURRENCIES: &str = include_str!("../../data/rules/currencies.tsv");
const UNITS: &str = include_str!("../../data/rules/units.tsv");
const QUALIFIERS: &str = include_str!("../../data/rules/qualifiers.tsv");
const CUES: &str = include_str!("../../data/rules/cues.tsv");
const CALENDAR: &str = include_str!("../../data/rules/calendar.tsv");

/// How a number word is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumberRole {
    /// "quatorze", "fourteen"
    Word,
    /// "cent", "thousand" inside a spelled number
    Multiplier,
    /// after digits: "35 millions", "5 bn"
    Scale,
    /// "une vingtaine": about the value
    ApproxNoun,
    /// "troisième", "third": a place in a series
    Ordinal,
}

/// Calendar words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CalendarKind {
    /// 1 = January .. 12 = December
    Month,
    /// 0 = Monday .. 6 = Sunday
    Weekday,
    /// 0 = early, 1 = mid, 2 = late
    Part,
    /// A unit of time a duration is counted in, by its length in minutes
    /// ("semaines" 10080): "trois semaines" and "21 jours" are one length.
    Duration,
}

/// What a cue word signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueKind {
    Negator,
    Negation,
    NegationBeforeTo,
    Cessation,
    CessationPrefix,
    Hedge,
    Denial,
    DenialPrefix,
    SpeechVerb,
    /// reports what someone believes or fears ("pensait que", "believed
    /// that"): its subject is no party to the clause after it
    BeliefVerb,
    Confirmation,
    /// opens a clause that is not asserted ("si", "if", "whether")
    Condition,
    /// an aim or attempt whose object is not asserted as done ("a tenté
    /// de", "plans to")
    Intention,
    /// a request or a proposal whose object, a "que"/"that" clause or an
    /// infinitive, is not asserted ("a proposé que", "asked that")
    Directive,
    /// a word after which French "si" opens a clause (a subject), not "so"
    SubjectStart,
    /// a party takes the side of what follows ("a soutenu", "welcomed")
    Approval,
    /// a party takes the side against what follows ("a dénoncé", "opposed")
    Disapproval,
    /// a verb whose side is the "pour"/"contre" after it ("a voté contre")
    SideVerb,
    /// a noun whose side is the "pour"/"contre" after it ("une pétition
    /// contre le projet", "a petition in favour of")
    SideNoun,
    /// calls what follows something ("called ... a betrayal")
    EvaluationVerb,
    /// states what follows as established ("established that", "a
    /// prouvé que")
    Certainty,
    /// what an evaluation verb calls a thing it approves of ("victoire")
    ApprovalWord,
    /// what an evaluation verb calls a thing it is against ("trahison")
    DisapprovalWord,
    /// a verb of knowing, saying, deciding or asking after which "si" /
    /// "if" opens an indirect question, not a condition ("n'a pas décidé
    /// si", "did not say if"): word starts
    QuestionVerbPrefix,
    /// a quantity goes up ("rose", "raised the budget")
    Rise,
    /// a quantity goes up, by the start of the word ("augment", "hauss")
    RisePrefix,
    /// a quantity goes down ("fell", "cut the budget")
    Fall,
    /// a quantity goes down, by the start of the word ("baiss", "recul")
    FallPrefix,
    /// a quantity does not move ("unchanged", "inchangé")
    Steady,
    /// a noun naming what was said or alleged ("des affirmations que Rabat
    /// a démenties", "denied the allegations"): a stance taken on it is
    /// taken on the sentence before
    StatementNoun,
}

pub struct Vocabulary {
    /// word -> its value in each role (indexed by `NumberRole as usize`)
    numbers: HashMap<String, [Option<f64>; 5]>,
    currencies: HashMap<String, &'static str>,
    units: HashSet<String>,
    qualifiers: Vec<(Vec<String>, Approx)>,
    cues: HashMap<(Lang, CueKind), Vec<String>>,
    /// word -> its value as each calendar kind (indexed by `CalendarKind as usize`)
    calendar: HashMap<String, [Option<u32>; 4]>,
    /// Each cue list as a set, for [`Vocabulary::is_cue`].
    cue_sets: HashMap<(Lang, CueKind), HashSet<String>>,
    /// Quick rejections: every word is looked up, few are listed.
    number_words: WordFilter,
    calendar_words: WordFilter,
    cue_words: WordFilter,
}

/// The data lines of a file: not blank, not a comment, split on tabs.
fn rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

impl Vocabulary {
    /// The compiled-in vocabulary, read once. The files are checked by
    /// this module's tests, so a malformed line fails the build's tests,
    /// never a run.
    pub fn shared() -> &'static Vocabulary {
        static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
        VOCABULARY.get_or_init(Vocabulary::read)
    }

    fn read() -> Vocabulary {
        let mut numbers = HashMap::default();
        for row in rows(NUMBERS) {
            if let [word, role, value] = row[..]
                && let (Some(role), Ok(value)) = (number_role(role), value.parse())
            {
                numbers.entry(word.to_string()).or_insert([None; 5])[role as usize] = Some(value);
            }
        }
        let currencies = rows(CURRENCIES)
            .filter_map(|r| Some((r.first()?.to_string(), *r.get(1)?)))
            .collect();
        let units = rows(UNITS)
            .filter_map(|r| r.first().map(|w| w.to_string()))
            .collect();
        let qualifiers = rows(QUALIFIERS)
            .filter_map(|r| {
                let words = r.first()?.split(' ').map(str::to_string).collect();
                Some((words, bound(r.get(1)?)?))
            })
            .collect();
        let mut cues: HashMap<(Lang, CueKind), Vec<String>> = HashMap::default();
        for row in rows(CUES) {
            if let [lang, kind, word] = row[..]
                && let (Some(lang), Some(kind)) = (Lang::parse(lang), cue_kind(kind))
            {
                cues.entry((lang, kind)).or_default().push(word.to_string());
            }
        }
        let mut calendar = HashMap::default();
        for row in rows(CALENDAR) {
            if let [word, kind, value] = row[..]
                && let Some((kind, value)) = calendar_entry(kind, value)
            {
                calendar.entry(word.to_string()).or_insert([None; 4])[kind as usize] = Some(value);
            }
        }
        let cue_sets = cues
            .iter()
            .map(|(&kind, words)| (kind, words.iter().cloned().collect()))
            .collect();
        Vocabulary {
            number_words: WordFilter::of(numbers.keys().map(String::as_str)),
            calendar_words: WordFilter::of(calendar.keys().map(String::as_str)),
            cue_words: WordFilter::of(cues.values().flatten().map(String::as_str)),
            cue_sets,
            calendar,
            numbers,
            currencies,
            units,
            qualifiers,
            cues,
        }
    }

    /// The value of a folded number word in a role.
    pub fn number(&self, role: NumberRole, word: &str) -> Option<f64> {
        if !self.number_words.may_contain(word) {
            return None;
        }
        self.numbers
            .get(word)
            .and_then(|roles| roles[role as usize])
    }

    /// The ISO code of a folded currency word.
    pub fn currency(&self, word: &str) -> Option<&'static str> {
        self.currencies.get(word).copied()
    }

    pub fn is_unit(&self, word: &str) -> bool {
        self.units.contains(word)
    }

    /// Qualifier token sequences and the bound each gives, in file order.
    pub fn qualifiers(&self) -> &[(Vec<String>, Approx)] {
        &self.qualifiers
    }

    /// The value of a folded calendar word of a kind.
    pub fn calendar(&self, kind: CalendarKind, word: &str) -> Option<u32> {
        if !self.calendar_words.may_contain(word) {
            return None;
        }
        self.calendar
            .get(word)
            .and_then(|kinds| kinds[kind as usize])
    }

    /// The cue words of a kind in a language.
    pub fn cues(&self, lang: Lang, kind: CueKind) -> &[String] {
        self.cues.get(&(lang, kind)).map_or(&[], Vec::as_slice)
    }

    /// Is `word` a cue of this kind?
    pub fn is_cue(&self, lang: Lang, kind: CueKind, word: &str) -> bool {
        self.cue_words.may_contain(word)
            && self
                .cue_sets
                .get(&(lang, kind))
                .is_some_and(|set| set.contains(word))
    }

    /// Does `word` negate: the second half of a French negation ("pas") or
    /// a negation of its own ("aucun", "never")?
    pub fn negates(&self, lang: Lang, word: &str) -> bool {
        self.is_cue(lang, CueKind::Negator, word) || self.is_cue(lang, CueKind::Negation, word)
    }

    /// Is `word` a verb by which a party confirms or admits a statement
    /// ("a confirmé", "admitted", "a reconnu")?
    pub fn confirms(&self, lang: Lang, word: &str) -> bool {
        self.is_cue(lang, CueKind::Confirmation, word)
    }

    /// Is `word` a verb by which a party denies a statement ("a démenti",
    /// "nie", "denied", "rejected"; not "démentiel")?
    pub fn denies(&self, lang: Lang, word: &str) -> bool {
        self.is_cue(lang, CueKind::Denial, word)
            || lang == Lang::Fr
                && self.starts_with_cue(Lang::Fr, CueKind::DenialPrefix, word)
                && !word.starts_with("dementiel")
    }

    /// Does `word` start with a cue of this kind (a prefix kind)?
    pub fn starts_with_cue(&self, lang: Lang, kind: CueKind, word: &str) -> bool {
        self.cues(lang, kind)
            .iter()
            .any(|c| word.starts_with(c.as_str()))
    }
}

fn calendar_entry(kind: &str, value: &str) -> Option<(CalendarKind, u32)> {
    Some(match kind {
        "month" => (CalendarKind::Month, value.parse().ok()?),
        "weekday" => (CalendarKind::Weekday, value.parse().ok()?),
        "duration" => (CalendarKind::Duration, value.parse().ok()?),
        "part" => (
            CalendarKind::Part,
            match value {
                "early" => 0,
                "mid" => 1,
                "late" => 2,
                _ => return None,
            },
        ),
        _ => return None,
    })
}

fn number_role(name: &str) -> Option<NumberRole> {
    Some(match name {
        "word" => NumberRole::Word,
        "multiplier" => NumberRole::Multiplier,
        "scale" => NumberRole::Scale,
        "approx-noun" => NumberRole::ApproxNoun,
        "ordinal" => NumberRole::Ordinal,
        _ => return None,
    })
}

fn bound(name: &str) -> Option<Approx> {
    Some(match name {
        "at-least" => Approx::AtLeast,
        "more-than" => Approx::MoreThan,
        "less-than" => Approx::LessThan,
        "at-most" => Approx::AtMost,
        "about" => Approx::About,
        "nearly" => Approx::Nearly,
        _ => return None,
    })
}

fn cue_kind(name: &str) -> Option<CueKind> {
    Some(match name {
        "negator" => CueKind::Negator,
        "negation" => CueKind::Negation,
        "negation-before-to" => CueKind::NegationBeforeTo,
        "cessation" => CueKind::Cessation,
        "cessation-prefix" => CueKind::CessationPrefix,
        "hedge" => CueKind::Hedge,
        "denial" => CueKind::Denial,
        "denial-prefix" => CueKind::DenialPrefix,
        "speech-verb" => CueKind::SpeechVerb,
        "belief-verb" => CueKind::BeliefVerb,
        "confirmation" => CueKind::Confirmation,
        "condition" => CueKind::Condition,
        "intention" => CueKind::Intention,
        "directive" => CueKind::Directive,
        "subject-start" => CueKind::SubjectStart,
        "approval" => CueKind::Approval,
        "disapproval" => CueKind::Disapproval,
        "side-verb" => CueKind::SideVerb,
        "side-noun" => CueKind::SideNoun,
        "evaluation-verb" => CueKind::EvaluationVerb,
        "certainty" => CueKind::Certainty,
        "approval-word" => CueKind::ApprovalWord,
        "disapproval-word" => CueKind::DisapprovalWord,
        "question-verb-prefix" => CueKind::QuestionVerbPrefix,
        "rise" => CueKind::Rise,
        "rise-prefix" => CueKind::RisePrefix,
        "fall" => CueKind::Fall,
        "fall-prefix" => CueKind::FallPrefix,
        "steady" => CueKind::Steady,
        "statement-noun" => CueKind::StatementNoun,
        _ => return None,
    })
}

/// Is a folded word one that facts are written with: a number word, a unit,
/// a currency, a month, a weekday? Facts are compared by value; such words
/// of different values are close in meaning ("kilomètres" / "miles").
pub fn is_fact_word(norm: &str) -> bool {
    let v = Vocabulary::shared();
    v.is_unit(norm)
        || v.currency(norm).is_some()
        || [
            NumberRole::Word,
            NumberRole::Multiplier,
            NumberRole::Scale,
            NumberRole::ApproxNoun,
        ]
        .into_iter()
        .any(|role| v.number(role, norm).is_some())
        || [
            CalendarKind::Month,
            CalendarKind::Weekday,
            CalendarKind::Part,
        ]
        .into_iter()
        .any(|kind| v.calendar(kind, norm).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every data line of every file is read: a typo in a role, a bound or
    /// a kind would otherwise drop the line silently.
    #[test]
    fn every_line_of_the_rule_files_is_understood() {
        let v = Vocabulary::shared();
        let entries = v.numbers.values().flatten().filter(|v| v.is_some()).count();
        assert_eq!(entries, rows(NUMBERS).count());
        assert_eq!(v.currencies.len(), rows(CURRENCIES).count());
        assert_eq!(v.units.len(), rows(UNITS).count());
        assert_eq!(v.qualifiers.len(), rows(QUALIFIERS).count());
        assert_eq!(
            v.cues.values().map(Vec::len).sum::<usize>(),
            rows(CUES).count()
        );
        for row in rows(NUMBERS).chain(rows(CURRENCIES)).chain(rows(CUES)) {
            assert!(
                row.iter().all(|c| !c.is_empty() && c.trim() == *c),
                "{row:?}"
            );
        }
    }

    /// One meaning per entry: a word is a number word, a currency or a
    /// unit, never two of them; a number word has one value whatever its role.
    #[test]
    fn one_meaning_per_entry() {
        let v = Vocabulary::shared();
        let mut values: HashMap<&str, f64> = HashMap::default();
        for (word, roles) in &v.numbers {
            for value in roles.iter().flatten() {
                let seen = *values.entry(word.as_str()).or_insert(*value);
                assert_eq!(seen, *value, "{word} has two values");
            }
            assert!(v.currency(word).is_none(), "{word}: number and currency");
            assert!(!v.is_unit(word), "{word}: number and unit");
        }
        for word in v.currencies.keys() {
            assert!(!v.is_unit(word), "{word}: currency and unit");
        }
        // "aucun", "jamais" end a "ne ..." and negate alone: one meaning, two places
        let meaning = |k: CueKind| match k {
            CueKind::Negator | CueKind::Negation => CueKind::Negation,
            other => other,
        };
        for lang in [Lang::Fr, Lang::En] {
            let mut kinds: HashMap<&str, CueKind> = HashMap::default();
            for ((l, kind), words) in &v.cues {
                if *l != lang {
                    continue;
                }
                for w in words {
                    let seen = *kinds.entry(w.as_str()).or_insert(meaning(*kind));
                    assert_eq!(seen, meaning(*kind), "{w} ({lang:?}) is two kinds of cue");
                }
            }
        }
    }

    #[test]
    fn rule_words_in_both_languages() {
        let v = Vocabulary::shared();
        let table = [
            (v.number(NumberRole::Word, "quatorze"), Some(14.0)),
            (v.number(NumberRole::Word, "fourteen"), Some(14.0)),
            (v.number(NumberRole::Scale, "milliards"), Some(1e9)),
            (v.number(NumberRole::Scale, "m"), Some(1e6)),
            (v.number(NumberRole::ApproxNoun, "vingtaine"), Some(20.0)),
        ];
        for (got, want) in table {
            assert_eq!(got, want);
        }
        assert_eq!(v.currency("livres"), Some("GBP"));
        assert!(v.is_unit("kilometres") && !v.is_unit("m") && !v.is_unit("livres"));
        assert!(v.is_cue(Lang::Fr, CueKind::Hedge, "presume"));
        assert!(v.is_cue(Lang::En, CueKind::Denial, "denied"));
        assert!(v.starts_with_cue(Lang::Fr, CueKind::DenialPrefix, "dementi"));
    }
}

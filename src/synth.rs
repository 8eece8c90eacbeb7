//! A seeded synthetic corpus: news-like French and English articles with
//! facts whose truth is known (counts bound to nouns and places, dates with
//! weekdays, negations), and claims about them with the verdict they must
//! get. The same generator feeds the scale tests (small) and the benchmark
//! (hundreds of megabytes), so correctness is checked at scale too.

use crate::calendar::{Date, MONTH_NAMES_EN, WEEKDAY_NAMES_EN};
use crate::verdict::Verdict;

/// A small, fast, seeded random generator (SplitMix64): the same seed gives
/// the same corpus on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Counted things: (English plural, French plural).
const NOUNS: &[(&str, &str)] = &[
    ("servers", "serveurs"),
    ("journalists", "journalistes"),
    ("soldiers", "soldats"),
    ("hospitals", "hôpitaux"),
    ("schools", "écoles"),
    ("ministers", "ministres"),
    ("lawyers", "avocats"),
    ("companies", "entreprises"),
    ("activists", "militants"),
    ("doctors", "médecins"),
];
const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const WEEKDAYS_FR: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];
/// Consonant-vowel syllables: their sequences decode one way and never
/// double a letter, so every generated name is distinct even to the name
/// matcher, which reads "Bennet" as "Bennett".
const SYLLABLES: &[&str] = &[
    "ta", "mo", "ri", "ve", "lu", "ka", "ne", "si", "po", "du", "ga", "be", "fi", "zo", "ru", "ma",
    "le", "vi", "to", "ke",
];
/// Filler sentences are assembled from parts (subject, verb phrase,
/// complement), so that articles share words but rarely whole sentences,
/// as real articles do: news prose without checkable facts.
const FILLER_FR: [&[&str]; 3] = [
    &[
        "Les délégations",
        "Plusieurs observateurs",
        "Les responsables",
        "Les associations",
        "Le gouvernement",
        "Les diplomates",
        "Les syndicats",
        "La presse locale",
        "Les experts",
        "L'opposition",
    ],
    &[
        "ont salué",
        "ont critiqué",
        "attendent",
        "réclament",
        "commentent",
        "suivent de près",
        "contestent",
        "soutiennent",
        "redoutent",
        "examinent",
    ],
    &[
        "la prudence des autorités",
        "la lenteur des négociations",
        "un rapport détaillé",
        "davantage de transparence",
        "les décisions prises",
        "la protection des données",
        "le calendrier annoncé",
        "les conséquences économiques",
        "la position du ministère",
        "l'issue des discussions",
    ],
];
const FILLER_EN: [&[&str]; 3] = [
    &[
        "The delegations",
        "Several observers",
        "Officials",
        "Campaign groups",
        "The government",
        "Diplomats",
        "The unions",
        "The local press",
        "Experts",
        "The opposition",
    ],
    &[
        "praised",
        "criticised",
        "are waiting for",
        "are asking for",
        "commented on",
        "are following",
        "disputed",
        "support",
        "fear",
        "are examining",
    ],
    &[
        "the caution of the authorities",
        "the slow pace of the talks",
        "a detailed report",
        "more transparency",
        "the decisions taken",
        "the protection of data",
        "the announced timetable",
        "the economic consequences",
        "the position of the ministry",
        "the outcome of the talks",
    ],
];

fn filler(rng: &mut Rng, french: bool) -> String {
    let parts = if french { FILLER_FR } else { FILLER_EN };
    format!(
        "{} {} {}.",
        rng.pick(parts[0]),
        rng.pick(parts[1]),
        rng.pick(parts[2])
    )
}

/// A fact written in the corpus.
#[derive(Debug, Clone)]
enum Fact {
    /// `place` had `count` of noun `noun`.
    Count {
        place: String,
        noun: usize,
        count: u32,
    },
    /// The summit in `place` opened on `date`.
    Date { place: String, date: Date },
    /// The agency of `place` did (not) publish its report.
    Polarity { place: String, negated: bool },
}

/// A claim about the synthetic corpus, with the verdict it must get.
#[derive(Debug, Clone, PartialEq)]
pub struct SynthClaim {
    pub id: String,
    pub text: String,
    pub expect: Verdict,
}

/// A generated corpus: files (name, text) and claims.
pub struct SynthCorpus {
    pub files: Vec<(String, String)>,
    pub claims: Vec<SynthClaim>,
}

/// A made-up place name, unique per index: capitalised, pronounceable, and
/// never a real word of either language.
fn place_name(i: usize) -> String {
    let mut n = i;
    let mut name = String::from("Q");
    let mut syllables = 0;
    while syllables < 3 || n > 0 {
        name.push_str(SYLLABLES[n % SYLLABLES.len()]);
        n /= SYLLABLES.len();
        syllables += 1;
    }
    name
}

fn write_fact(fact: &Fact, french: bool) -> String {
    match (fact, french) {
        (Fact::Count { place, noun, count }, true) => format!(
            "Selon le rapport publié hier, {place} comptait {count} {} au total.",
            NOUNS[*noun].1
        ),
        (Fact::Count { place, noun, count }, false) => format!(
            "According to the report released yesterday, {place} had {count} {} in total.",
            NOUNS[*noun].0
        ),
        (Fact::Date { place, date }, true) => format!(
            "Le sommet de {place} s'est ouvert le {} {} {} {}.",
            WEEKDAYS_FR[usize::from(date.weekday())],
            date.day,
            MONTHS_FR[usize::from(date.month) - 1],
            date.year
        ),
        (Fact::Date { place, date }, false) => format!(
            "The {place} summit opened on {} {} {} {}.",
            WEEKDAY_NAMES_EN[usize::from(date.weekday())],
            date.day,
            MONTH_NAMES_EN[usize::from(date.month) - 1],
            date.year
        ),
        (
            Fact::Polarity {
                place,
                negated: true,
            },
            true,
        ) => format!("L'agence de {place} n'a pas publié son rapport annuel."),
        (
            Fact::Polarity {
                place,
                negated: false,
            },
            true,
        ) => format!("L'agence de {place} a publié son rapport annuel."),
        (
            Fact::Polarity {
                place,
                negated: true,
            },
            false,
        ) => format!("The {place} agency did not publish its annual report."),
        (
            Fact::Polarity {
                place,
                negated: false,
            },
            false,
        ) => format!("The {place} agency published its annual report."),
    }
}

/// A claim in English about a fact, true or made false.
fn claim_about(fact: &Fact, rng: &mut Rng, expect: Verdict) -> String {
    let wrong = expect == Verdict::Contradicted;
    match fact {
        Fact::Count { place, noun, count } => {
            let n = if wrong {
                count + 1 + rng.below(9) as u32
            } else {
                *count
            };
            format!("{place} had {n} {}.", NOUNS[*noun].0)
        }
        Fact::Date { place, date } => {
            let d = if wrong { date.day % 27 + 1 } else { date.day };
            format!(
                "The {place} summit opened on {d} {} {}.",
                MONTH_NAMES_EN[usize::from(date.month) - 1],
                date.year
            )
        }
        Fact::Polarity { place, negated } => {
            let says_published = if wrong { *negated } else { !*negated };
            if says_published {
                format!("The {place} agency published its annual report.")
            } else {
                format!("The {place} agency did not publish its annual report.")
            }
        }
    }
}

/// Generate about `bytes` of articles (half French, half English) and
/// `claims` claims: a third supported, a third contradicted, a third about
/// places the corpus never mentions (unverified).
pub fn generate(seed: u64, bytes: usize, claims: usize) -> SynthCorpus {
    let mut rng = Rng::new(seed);
    let mut files = Vec::new();
    let mut facts: Vec<Fact> = Vec::new();
    let mut written = 0;
    let mut place = 0;
    let mut doc = 0;
    while written < bytes {
        let french = doc % 2 == 0;
        let mut text = String::new();
        text.push_str(&format!(
            "{} {}\n\n",
            if french { "Dépêche" } else { "Dispatch" },
            doc + 1
        ));
        for _ in 0..30 {
            if rng.below(3) == 0 {
                let p = place_name(place);
                place += 1;
                let fact = match rng.below(3) {
                    0 => Some(Fact::Count {
                        place: p,
                        noun: rng.below(NOUNS.len()),
                        count: 10 + rng.below(990) as u32,
                    }),
                    // days 1 to 28 exist in every month
                    1 => Date::new(
                        2000 + rng.below(24) as i32,
                        1 + rng.below(12) as u8,
                        1 + rng.below(28) as u8,
                    )
                    .map(|date| Fact::Date { place: p, date }),
                    _ => Some(Fact::Polarity {
                        place: p,
                        negated: rng.below(2) == 0,
                    }),
                };
                let Some(fact) = fact else { continue };
                text.push_str(&write_fact(&fact, french));
                facts.push(fact);
            } else {
                text.push_str(&filler(&mut rng, french));
            }
            text.push(if rng.below(3) == 0 { '\n' } else { ' ' });
        }
        text.push('\n');
        written += text.len();
        files.push((
            format!("{:06}-{}.txt", doc, if french { "fr" } else { "en" }),
            text,
        ));
        doc += 1;
    }
    let mut out = Vec::with_capacity(claims);
    for i in 0..claims {
        let expect = [
            Verdict::Supported,
            Verdict::Contradicted,
            Verdict::Unverified,
        ][i % 3];
        let text = if expect == Verdict::Unverified || facts.is_empty() {
            // a place the corpus never names
            format!(
                "{} had {} {}.",
                place_name(place + 1 + i),
                10 + rng.below(990),
                NOUNS[rng.below(NOUNS.len())].0
            )
        } else {
            let fact = facts[rng.below(facts.len())].clone();
            claim_about(&fact, &mut rng, expect)
        };
        out.push(SynthClaim {
            id: format!("s{i:06}"),
            text,
            expect: if facts.is_empty() {
                Verdict::Unverified
            } else {
                expect
            },
        });
    }
    SynthCorpus { files, claims: out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_corpus() {
        let (a, b) = (generate(7, 20_000, 30), generate(7, 20_000, 30));
        assert_eq!(a.files, b.files);
        assert_eq!(a.claims, b.claims);
        assert_ne!(generate(8, 20_000, 30).files, a.files);
        let size: usize = a.files.iter().map(|(_, t)| t.len()).sum();
        assert!((20_000..30_000).contains(&size), "{size}");
    }

    #[test]
    fn place_names_are_unique() {
        let names: std::collections::HashSet<String> = (0..200_000)
            .map(|i| crate::text::squeeze(&place_name(i).to_lowercase()))
            .collect();
        assert_eq!(names.len(), 200_000);
    }
}

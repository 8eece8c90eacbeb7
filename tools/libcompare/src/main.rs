//! claimcheck's hand-written parts against the well-kept libraries that
//! could replace them, on this project's data: language detection,
//! sentence segmentation, number words, the calendar, the JUnit writer.
//! Prints a table per part; docs/dependencies.md records the figures and
//! the decision each one supports.
//!
//! Run from the repository root, with ../shared beside it:
//!     cargo run --release --manifest-path tools/libcompare/Cargo.toml

use claimcheck::calendar::Date;
use claimcheck::corpus::split_sentences;
use claimcheck::facts::extract_quantities;
use claimcheck::text::{Lang, Lexicon, detect_lang, tokenize};
use std::fs;
use std::time::Instant;
use unicode_segmentation::UnicodeSegmentation;

fn main() {
    language();
    segmentation();
    words();
    number_words();
    calendar();
    junit();
    error_snippets();
    minhash();
    sarif();
    html();
}

// --- language ---------------------------------------------------------------

/// Texts of known language: the French pairs (claims and evidence) and the
/// English claims and articles the project holds.
fn labelled_texts() -> Vec<(Lang, String)> {
    let mut out = Vec::new();
    for set in ["rte3fr-dev.jsonl", "daccord-dev.jsonl"] {
        let path = format!("../shared/eval/{set}");
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            out.push((Lang::Fr, v["claim"].as_str().unwrap().to_string()));
            for e in v["evidence"].as_array().unwrap() {
                out.push((Lang::Fr, e.as_str().unwrap().to_string()));
            }
        }
    }
    let sample =
        fs::read_to_string("eval/rte3fr-en-sample.tsv").expect("eval/rte3fr-en-sample.tsv");
    for line in sample.lines().filter(|l| !l.starts_with('#')) {
        if let Some((_, claim)) = line.split_once('\t') {
            out.push((Lang::En, claim.to_string()));
        }
    }
    // the shipped claims: English unless a claim says `lang: fr`
    let claims: serde_yaml_ng::Value =
        serde_yaml_ng::from_str(&fs::read_to_string("claims/pegasus.yaml").expect("claims"))
            .expect("YAML");
    let list = claims
        .get("claims")
        .and_then(|c| c.as_sequence())
        .or(claims.as_sequence())
        .expect("a list of claims");
    for c in list {
        let lang = match c.get("lang").and_then(|l| l.as_str()) {
            Some("fr") => Lang::Fr,
            _ => Lang::En,
        };
        out.push((lang, c["text"].as_str().unwrap().to_string()));
    }
    let mut files: Vec<_> = fs::read_dir("eval/english-corpus/sources")
        .expect("english sources")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    for f in files {
        let text = fs::read_to_string(&f).unwrap();
        for para in text.split("\n\n") {
            let start = para.as_ptr() as usize - text.as_ptr() as usize;
            for s in split_sentences(&text, start..start + para.len()) {
                let s = text[s].trim();
                if s.split_whitespace().count() >= 3 {
                    out.push((Lang::En, s.to_string()));
                }
            }
        }
    }
    out
}

fn language() {
    let texts = labelled_texts();
    let allow = whatlang::Detector::with_allowlist(vec![whatlang::Lang::Eng, whatlang::Lang::Fra]);
    let theirs = |t: &str| match allow.detect_lang(t) {
        Some(whatlang::Lang::Fra) => Some(Lang::Fr),
        Some(whatlang::Lang::Eng) => Some(Lang::En),
        _ => None,
    };
    println!("## Language detection (French or English)\n");
    println!(
        "| texts | n | claimcheck (stop-word vote, lexicon on a close vote) | whatlang 0.16 (allowlist en, fr) |"
    );
    println!("|---|---|---|---|");
    let buckets: [(&str, fn(usize) -> bool); 3] = [
        ("up to 8 words", |n| n <= 8),
        ("9 words or more", |n| n > 8),
        ("all", |_| true),
    ];
    for lang in [Lang::Fr, Lang::En] {
        for (name, keep) in buckets {
            let chosen: Vec<&String> = texts
                .iter()
                .filter(|(l, t)| *l == lang && keep(t.split_whitespace().count()))
                .map(|(_, t)| t)
                .collect();
            let ours = chosen.iter().filter(|t| detect_lang(t) == lang).count();
            let lib = chosen.iter().filter(|t| theirs(t) == Some(lang)).count();
            let n = chosen.len().max(1) as f64;
            println!(
                "| {lang}, {name} | {} | {:.3} | {:.3} |",
                chosen.len(),
                ours as f64 / n,
                lib as f64 / n
            );
        }
    }
    if std::env::var_os("LIBCOMPARE_SHOW").is_some() {
        for (lang, t) in &texts {
            if detect_lang(t) != *lang || theirs(t) != Some(*lang) {
                println!(
                    "- {lang}: ours {}, whatlang {:?}: {t}",
                    detect_lang(t),
                    theirs(t)
                );
            }
        }
    }
    let all: Vec<&str> = texts.iter().map(|(_, t)| t.as_str()).collect();
    let time = |f: &dyn Fn(&str)| {
        let t = Instant::now();
        for _ in 0..5 {
            all.iter().for_each(|s| f(s));
        }
        t.elapsed().as_secs_f64() / 5.0
    };
    let ours = time(&|s| {
        std::hint::black_box(detect_lang(s));
    });
    let lib = time(&|s| {
        std::hint::black_box(theirs(s));
    });
    let bytes: usize = all.iter().map(|s| s.len()).sum();
    println!(
        "\nSpeed on these {} texts ({:.1} MB): claimcheck {:.0} MB/s, whatlang {:.0} MB/s.\n",
        all.len(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / ours,
        bytes as f64 / 1e6 / lib
    );
}

// --- sentences --------------------------------------------------------------

/// Paragraphs with their sentence boundaries marked `|`: the conventions
/// of French and English news writing (titles, initials, decimals,
/// abbreviations, quotations, ellipses), written for this table.
const SENTENCES: &[&str] = &[
    "M. Dupont a quitté la réunion.|Il n'a pas commenté.",
    "Mr. Smith left the meeting.|He did not comment.",
    "Dr. Jones and Mrs. Brown arrived at 3 p.m. on Monday.|They left at five.",
    "The U.S. Senate voted on Tuesday.|The bill passed.",
    "Le taux est passé de 3.5 % à 4,2 %.|C'est un record.",
    "Growth reached 2.5 per cent in the first quarter.|Analysts expected less.",
    "« Nous ne savions rien », a-t-il déclaré.|Le ministère a démenti.",
    "\"We knew nothing,\" he said.|The ministry denied it.",
    "Il a cité Victor Hugo, Émile Zola, etc. dans son discours.",
    "The report (see p. 12) lists the names.|It was published in May.",
    "J.-L. Mélenchon a réagi sur Twitter.|Il a dénoncé une manœuvre.",
    "John F. Kennedy was elected in 1960.|He was 43.",
    "Le match a lieu le 1er janv. à Paris.|Les billets sont vendus.",
    "Is it true?|Nobody knows.",
    "Est-ce vrai ?|Personne ne le sait.",
    "Wait...|Then it happened.",
    "Il hésita…|Puis il partit.",
    "The company, Acme Inc., said profits rose.|Shares fell 3%.",
    "Selon l'AFP, le bilan s'élève à 12 morts.|Les secours sont sur place.",
    "He earned $1.5 million in 2020.|His salary doubled.",
    "Le projet coûte 1,5 Md€.|Il sera livré en 2025.",
    "Prof. Martin teaches at St. Andrews.|She studies birds.",
    "Il est arrivé vers 8 h. Le train était en retard.",
    "The vote was 52-48.|The motion carried.",
    "Gen. Smith spoke first.|Lt. Col. Jones followed.",
    "Elle habite au 12, av. de la République.|Elle y vit depuis 2010.",
    "The No. 2 official resigned.|A successor was named.",
    "Voir l'art. 3 de la loi.|Il s'applique dès 2022.",
    "He said: \"It is over.\"|The crowd cheered.",
    "Le chiffre a été revu à la hausse !|Il atteint 40.",
];

fn sentence_ends(text: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut clean = String::new();
    for part in text.split('|') {
        clean.push_str(part);
        ends.push(clean.len());
        clean.push(' ');
    }
    ends
}

fn ours_ends(text: &str) -> Vec<usize> {
    split_sentences(text, 0..text.len())
        .into_iter()
        .map(|r| r.end)
        .collect()
}

fn library_ends(text: &str) -> Vec<usize> {
    text.split_sentence_bound_indices()
        .map(|(at, s)| at + s.trim_end().len())
        .filter(|&end| end > 0 && !text[..end].trim().is_empty())
        .collect()
}

fn segmentation() {
    let (mut ours, mut lib) = (0, 0);
    let mut misses = Vec::new();
    for case in SENTENCES {
        let gold = sentence_ends(case);
        let text = case.replace('|', " ");
        let a = ours_ends(&text);
        let b = library_ends(&text);
        ours += usize::from(a == gold);
        lib += usize::from(b == gold);
        if a != gold || b != gold {
            misses.push(format!(
                "- {text:?}: claimcheck {}, unicode-segmentation {}",
                if a == gold { "right" } else { "wrong" },
                if b == gold { "right" } else { "wrong" }
            ));
        }
    }
    println!("## Sentence segmentation\n");
    println!(
        "Paragraphs split exactly as written ({} cases, tools/libcompare SENTENCES): \
         claimcheck {ours}, unicode-segmentation (UAX #29) {lib}.\n",
        SENTENCES.len()
    );
    for m in &misses {
        println!("{m}");
    }
    // the shipped articles: how often the two agree
    let mut files: Vec<_> = fs::read_dir("sources")
        .expect("sources/")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let (mut n_ours, mut n_lib, mut shared) = (0, 0, 0);
    for f in files {
        let text = fs::read_to_string(&f).unwrap();
        for para in text.split("\n\n").filter(|p| !p.trim().is_empty()) {
            let a = ours_ends(para);
            let b = library_ends(para);
            n_ours += a.len();
            n_lib += b.len();
            shared += a.iter().filter(|e| b.contains(e)).count();
        }
    }
    println!(
        "\nShipped articles (sources/*.txt): claimcheck {n_ours} sentences, \
         unicode-segmentation {n_lib}, {shared} ends in common.\n"
    );
}

// --- number words -----------------------------------------------------------

/// Number phrases and their values, French and English, from the rules of
/// each language's numerals.
const NUMBERS: &[(&str, Lang, f64)] = &[
    ("quatorze", Lang::Fr, 14.0),
    ("vingt et un", Lang::Fr, 21.0),
    ("soixante et onze", Lang::Fr, 71.0),
    ("soixante-dix-sept", Lang::Fr, 77.0),
    ("quatre-vingts", Lang::Fr, 80.0),
    ("quatre-vingt-dix-neuf", Lang::Fr, 99.0),
    ("trois cents", Lang::Fr, 300.0),
    ("deux cent cinquante", Lang::Fr, 250.0),
    ("deux mille", Lang::Fr, 2000.0),
    ("mille neuf cent quatre-vingt-dix-neuf", Lang::Fr, 1999.0),
    ("trois millions", Lang::Fr, 3e6),
    ("un million deux cent mille", Lang::Fr, 1.2e6),
    ("septante-cinq", Lang::Fr, 75.0),
    ("nonante", Lang::Fr, 90.0),
    ("une douzaine", Lang::Fr, 12.0),
    ("une vingtaine", Lang::Fr, 20.0),
    ("2 millions", Lang::Fr, 2e6),
    ("3,5 milliards", Lang::Fr, 3.5e9),
    ("fourteen", Lang::En, 14.0),
    ("twenty-one", Lang::En, 21.0),
    ("seventy seven", Lang::En, 77.0),
    ("ninety-nine", Lang::En, 99.0),
    ("three hundred", Lang::En, 300.0),
    ("three hundred and five", Lang::En, 305.0),
    ("two thousand", Lang::En, 2000.0),
    ("nineteen hundred", Lang::En, 1900.0),
    ("one thousand nine hundred ninety-nine", Lang::En, 1999.0),
    ("three million", Lang::En, 3e6),
    ("a hundred", Lang::En, 100.0),
    ("a dozen", Lang::En, 12.0),
    ("dozens", Lang::En, 24.0),
    ("2 million", Lang::En, 2e6),
    ("3.5 billion", Lang::En, 3.5e9),
];

fn ours_number(phrase: &str, lang: Lang) -> Option<f64> {
    let noun = if lang == Lang::Fr {
        "personnes"
    } else {
        "people"
    };
    let text = format!("{phrase} {noun}");
    let tokens = tokenize(&text);
    let keys = Lexicon::shared().keys(&text, &tokens, lang);
    extract_quantities(&text, &tokens, &keys, lang, &[])
        .first()
        .map(|q| q.value)
}

fn library_number(phrase: &str, lang: Lang) -> Option<f64> {
    let language = match lang {
        Lang::Fr => text2num::Language::french(),
        Lang::En => text2num::Language::english(),
    };
    text2num::text2digits(phrase, &language)
        .ok()
        .and_then(|d| d.replace(',', ".").parse().ok())
}

fn number_words() {
    let (mut ours, mut lib) = (0, 0);
    let mut misses = Vec::new();
    for &(phrase, lang, value) in NUMBERS {
        let a = ours_number(phrase, lang);
        let b = library_number(phrase, lang);
        let right = |v: Option<f64>| v.is_some_and(|v| (v - value).abs() < 1e-6 * value);
        ours += usize::from(right(a));
        lib += usize::from(right(b));
        if !right(a) || !right(b) {
            misses.push(format!(
                "- {phrase:?} ({lang}, {value}): claimcheck {a:?}, text2num {b:?}"
            ));
        }
    }
    println!("## Number words\n");
    println!(
        "Phrases read to their value ({} cases, French and English): claimcheck {ours}, text2num {lib}.\n",
        NUMBERS.len()
    );
    for m in &misses {
        println!("{m}");
    }
    println!();
}

// --- calendar ---------------------------------------------------------------

fn calendar() {
    let epoch = jiff::civil::date(1970, 1, 1);
    let (mut days, mut agree) = (0u32, 0u32);
    for year in 1583..=2400 {
        for month in 1..=12u8 {
            for day in 1..=31u8 {
                let ours = Date::new(year, month, day);
                let lib = jiff::civil::Date::new(year as i16, month as i8, day as i8).ok();
                days += 1;
                let same = match (ours, lib) {
                    (None, None) => true,
                    (Some(a), Some(b)) => {
                        let span = b.since(epoch).expect("a span in days");
                        i64::from(span.get_days()) == a.days_from_epoch()
                            && b.weekday().to_monday_zero_offset() as u8 == a.weekday()
                    }
                    _ => false,
                };
                agree += u32::from(same);
            }
        }
    }
    let iso = [
        "2021-07-22",
        "2020-02-29",
        "2021-02-29",
        "2021-13-01",
        "2021-7-22",
        " 2021-07-22 ",
        "22/07/2021",
        "2021-07-22T10:00",
        "",
    ];
    let differ: Vec<String> = iso
        .iter()
        .filter(|s| Date::parse_iso(s).is_some() != s.trim().parse::<jiff::civil::Date>().is_ok())
        .map(|s| {
            format!(
                "{s:?} (claimcheck {}, jiff {})",
                Date::parse_iso(s).map_or("refuses", |_| "reads"),
                s.trim()
                    .parse::<jiff::civil::Date>()
                    .map_or("refuses", |_| "reads")
            )
        })
        .collect();
    let iso_agree = iso.len() - differ.len();
    println!("## Calendar\n");
    println!(
        "Year, month, day triples 1583-2400 (31 days a month, invalid ones included): {agree} of {days} \
         agree with jiff 0.2 on validity, days from 1970-01-01 and weekday. \
         ISO dates as written in a manifest: {iso_agree} of {} read alike; differ: {}.\n",
        iso.len(),
        differ.join(", ")
    );
}

// --- JUnit ------------------------------------------------------------------

fn junit() {
    use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};
    // what a claim or a source can hold: characters XML 1.0 forbids
    let hostile = "France hosted 35 servers\u{FFFE}\u{1b}[2J <b>&</b>";
    let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
    status.set_message(hostile);
    status.set_description(hostile);
    let mut case = TestCase::new(hostile, status);
    case.set_classname("claims");
    let mut suite = TestSuite::new("claimcheck");
    suite.add_test_case(case);
    let mut report = Report::new("claimcheck");
    report.add_test_suite(suite);
    let xml = report.to_string().expect("serialised");
    let parses = roxmltree::Document::parse(&xml).is_ok();
    println!("## JUnit\n");
    println!(
        "A claim holding U+FFFE and ESC written by quick-junit 0.5: the XML {}.\n",
        if parses {
            "parses"
        } else {
            "does not parse (roxmltree)"
        }
    );
}

// --- error snippets ---------------------------------------------------------

fn error_snippets() {
    use annotate_snippets::{Level, Renderer, Snippet};
    let render = |line: &str, at: std::ops::Range<usize>| {
        let message = Level::Error.title("bad claim").snippet(
            Snippet::source(line)
                .line_start(3)
                .origin("claims.yaml")
                .annotation(Level::Error.span(at)),
        );
        Renderer::plain().render(message).to_string()
    };
    // a claim line holding an escape sequence (clear screen) and a bidi override
    let hostile = "  - {id: a, text: \"x \u{1b}[2J \u{202e}evil\"}";
    let shown = render(hostile, 6..7);
    let raw_controls = shown.contains('\u{1b}') || shown.contains('\u{202e}');
    // one 20,000-character line (a minified file) with the error at its end
    let long = format!("{}: x", "a".repeat(20_000));
    let widest = render(&long, 20_000..20_001)
        .lines()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0);
    println!("## Error snippets\n");
    println!(
        "annotate-snippets 0.11 (plain): control characters from the file {}; \
         a 20,000-character line renders {widest} characters wide \
         (claimcheck: escapes shown as [U+001B], at most 100 characters around the column).\n",
        if raw_controls {
            "reach the terminal raw"
        } else {
            "are escaped"
        }
    );
}

// --- MinHash ----------------------------------------------------------------

/// The folded word 3-grams of a text, as claimcheck shingles it.
fn shingles(text: &str) -> Vec<String> {
    let folded = claimcheck::text::fold(text);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(3).map(|w| w.join(" ")).collect()
}

fn minhash() {
    use claimcheck::corpus::Signature;
    use gaoya::minhash::{MinHasher, MinHasher64V1, compute_minhash_similarity};
    use std::collections::HashSet;
    // the benchmark's synthetic corpus (20 MB, seed 42), made in memory
    let corpus = claimcheck::synth::generate(42, 20_000_000, 10);
    let mut docs: Vec<String> = corpus.files.into_iter().map(|(_, text)| text).collect();
    // the shipped articles, two of which are copies of one text
    let mut shipped: Vec<_> = fs::read_dir("sources")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "html"))
        .collect();
    shipped.sort();
    for p in shipped {
        let text = fs::read_to_string(&p).unwrap();
        docs.push(if p.extension().is_some_and(|x| x == "html") {
            claimcheck::corpus::read_html(&text).text
        } else {
            text
        });
    }
    let bytes: usize = docs.iter().map(String::len).sum();
    let lib = MinHasher64V1::new(64);
    let t = Instant::now();
    let ours: Vec<Option<Signature>> = docs.iter().map(|d| Signature::of(d)).collect();
    let ours_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    // the library hashes each 3-gram as a slice of words: no string made
    let theirs: Vec<Vec<u64>> = docs
        .iter()
        .map(|d| {
            let folded = claimcheck::text::fold(d);
            let words: Vec<&str> = folded
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            lib.create_signature(words.windows(3))
        })
        .collect();
    let theirs_s = t.elapsed().as_secs_f64();
    // exact Jaccard on the pairs among the last 300 documents (the shipped
    // ones included): error of each estimate and same-origin decisions (0.5)
    let from = docs.len().saturating_sub(300);
    let sets: Vec<HashSet<String>> = docs[from..]
        .iter()
        .map(|d| shingles(d).into_iter().collect())
        .collect();
    let (mut pairs, mut err_ours, mut err_lib, mut wrong_ours, mut wrong_lib, mut same) =
        (0usize, 0.0, 0.0, 0, 0, 0);
    for i in 0..sets.len() {
        for j in i + 1..sets.len() {
            let (a, b) = (&sets[i], &sets[j]);
            if a.is_empty() || b.is_empty() {
                continue;
            }
            let exact = a.intersection(b).count() as f64 / a.union(b).count() as f64;
            let (x, y) = (from + i, from + j);
            let o = match (&ours[x], &ours[y]) {
                (Some(p), Some(q)) => p.similarity(q),
                _ => 0.0,
            };
            let l = compute_minhash_similarity(&theirs[x], &theirs[y]);
            pairs += 1;
            err_ours += (o - exact).abs();
            err_lib += (l - exact).abs();
            let truth = exact >= 0.5;
            if std::env::var_os("LIBCOMPARE_SHOW").is_some()
                && ((o >= 0.5) != truth || (l >= 0.5) != truth)
            {
                println!("  pair {x} {y}: exact {exact:.3}, claimcheck {o:.3}, gaoya {l:.3}");
            }
            same += usize::from(truth);
            wrong_ours += usize::from((o >= 0.5) != truth);
            wrong_lib += usize::from((l >= 0.5) != truth);
        }
    }
    println!("## MinHash (64 hash functions, folded word 3-grams)\n");
    println!(
        "Signatures of {} documents ({:.1} MB): claimcheck {:.0} MB/s, gaoya 0.2 MinHasher64V1 {:.0} MB/s. \
         On {pairs} pairs ({same} of one origin by exact Jaccard >= 0.5): mean absolute error \
         claimcheck {:.4}, gaoya {:.4}; same-origin decisions wrong: claimcheck {wrong_ours}, gaoya {wrong_lib}.\n",
        docs.len(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / ours_s,
        bytes as f64 / 1e6 / theirs_s,
        err_ours / pairs.max(1) as f64,
        err_lib / pairs.max(1) as f64,
    );
}

// --- SARIF ------------------------------------------------------------------

fn sarif() {
    let bin =
        std::env::var("CLAIMCHECK_BIN").unwrap_or_else(|_| "target/release/claimcheck".into());
    let Ok(out) = std::process::Command::new(&bin)
        .args(["check", "--format", "sarif", "--fail-on", "none"])
        .output()
    else {
        println!("## SARIF\n\n(no claimcheck binary at {bin}: build it, or set CLAIMCHECK_BIN)\n");
        return;
    };
    let ours: serde_json::Value = serde_json::from_slice(&out.stdout).expect("SARIF is JSON");
    // read into serde-sarif's types (generated from the SARIF 2.1.0 schema)
    // and written back: what the typed model keeps
    let typed: Result<serde_sarif::sarif::Sarif, _> = serde_json::from_value(ours.clone());
    let verdict = match typed {
        Ok(t) => {
            let back = serde_json::to_value(&t).expect("serialised");
            if back == ours {
                "read into serde-sarif's types and written back unchanged".to_string()
            } else {
                "read into serde-sarif's types, written back with differences".to_string()
            }
        }
        Err(e) => format!("refused by serde-sarif's types: {e}"),
    };
    println!("## SARIF\n");
    println!(
        "The shipped example's SARIF report (serde_json, validated against the SARIF 2.1.0 schema in tests/formats.rs): {verdict}.\n"
    );
}

// --- HTML -------------------------------------------------------------------

fn html() {
    // a claim holding markup, a right-to-left override and an escape sequence
    let claim = "35 <b>servers</b> \u{202e}lanigiro\u{202c} \u{1b}[2J";
    let page = maud::html! { h2 { (claim) } }.into_string();
    let markup_escaped = !page.contains("<b>");
    let controls_raw = page.contains('\u{202e}') || page.contains('\u{1b}');
    let ours = claimcheck::report::escape_html(claim);
    println!("## HTML\n");
    println!(
        "maud 0.27 on a claim with markup, U+202E and ESC: markup {}, control and bidi characters {}; \
         claimcheck's escape: markup {}, control and bidi characters {}.\n",
        if markup_escaped { "escaped" } else { "raw" },
        if controls_raw { "raw" } else { "shown" },
        if ours.contains("<b>") {
            "raw"
        } else {
            "escaped"
        },
        if ours.contains('\u{202e}') || ours.contains('\u{1b}') {
            "raw"
        } else {
            "shown as [U+202E]"
        }
    );
}

// --- words ------------------------------------------------------------------

fn words() {
    // the French texts of the pair sets
    let french: Vec<String> = labelled_texts()
        .into_iter()
        .filter(|(l, _)| *l == Lang::Fr)
        .map(|(_, t)| t)
        .collect();
    let (mut lib_words, mut glued, mut ours_words) = (0usize, 0usize, 0usize);
    let mut example = None;
    for t in &french {
        for w in t.unicode_words() {
            lib_words += 1;
            if w.contains(['\'', '\u{2019}']) {
                glued += 1;
                example.get_or_insert_with(|| w.to_string());
            }
        }
        ours_words += tokenize(t).len();
    }
    println!("## Words\n");
    println!(
        "French texts of the pair sets: UAX #29 (unicode-segmentation) gives {lib_words} words, of which \
         {glued} ({:.1}%) keep an elided article or pronoun glued on ({}), so their stem never meets \
         the same word without it; claimcheck's tokenizer gives {ours_words} tokens, the elision apart.\n",
        100.0 * glued as f64 / lib_words.max(1) as f64,
        example.unwrap_or_default()
    );
}

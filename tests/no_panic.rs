//! Property tests: no input makes the parsers, the segmenter, the fact
//! extractors, the HTML reader or any report format panic. Each property
//! runs `CASES` generated inputs (256 by default; PROPTEST_CASES overrides).

use claimcheck::check::{check_all, prepare};
use claimcheck::claims::{Claim, Severity};
use claimcheck::corpus::{read_html, split_sentences};
use claimcheck::error::InputLocation;
use claimcheck::facts::{DateContext, analyse};
use claimcheck::report::*;
use claimcheck::text::Lang;
use claimcheck::verdict::Gate;
use proptest::prelude::*;
use std::path::Path;

/// Text with the characters that break naive code: digits and separators,
/// quotes, markup, accents, bidi and control characters, emoji.
fn hostile_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            "[a-zA-Zéèàçœ ]{1,12}",
            "[0-9]{1,7}",
            Just(".".to_string()),
            Just(",".to_string()),
            Just(" 000 ".to_string()),
            Just("27,5".to_string()),
            Just("« ".to_string()),
            Just(" »".to_string()),
            Just("\"".to_string()),
            Just("'".to_string()),
            Just("<p>".to_string()),
            Just("</script>".to_string()),
            Just("&amp;".to_string()),
            Just("\u{202E}".to_string()),
            Just("\u{1b}[2J".to_string()),
            Just("\n".to_string()),
            Just("\u{a0}".to_string()),
            Just("😀".to_string()),
            Just("jeudi 22 juillet 2021".to_string()),
            Just("au moins".to_string()),
            Just("n'a pas".to_string()),
            Just("M.".to_string()),
            Just("si".to_string()),
            Just("%".to_string()),
            Just("€".to_string()),
            Just(" (ANSSI) ".to_string()),
            Just("(DG".to_string()),
            Just("SE)".to_string()),
            Just(" à Paris".to_string()),
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #[test]
    fn the_segmenter_keeps_spans_on_char_boundaries(text in hostile_text()) {
        for span in split_sentences(&text, 0..text.len()) {
            prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end) && span.start <= span.end);
        }
    }

    #[test]
    fn facts_extract_without_panicking(text in hostile_text()) {
        for lang in [Lang::Fr, Lang::En] {
            let f = analyse(&text, lang, DateContext::default());
            for q in &f.quantities {
                prop_assert!(text.get(q.span.clone()).is_some());
            }
            for d in &f.dates {
                prop_assert!(text.get(d.span.clone()).is_some());
            }
            // acronym definitions, and the aliases they make, on any text
            let mut aliases = claimcheck::text::Aliases::default();
            for (acronym, long) in claimcheck::text::acronym_definitions(&text, &f.tokens) {
                prop_assert!(long.len() >= 2 && long.end <= f.tokens.len());
                let span = f.tokens[long.start].span.start..f.tokens[long.end - 1].span.end;
                aliases.add(&acronym, &text[span], lang);
            }
            let mut g = f.clone();
            aliases.augment(&text, &g.tokens, &mut g.keys);
            prop_assert_eq!(g.keys.words.len(), f.keys.words.len());
        }
    }

    #[test]
    fn html_keeps_its_length(text in hostile_text()) {
        prop_assert_eq!(read_html(&text).text.len(), text.len());
    }

    #[test]
    fn claims_parsing_fails_cleanly(text in hostile_text()) {
        let _ = claimcheck::claims::parse(Path::new("claims.yaml"), &text);
        let yaml = format!("- id: a\n  text: {text}\n");
        let _ = claimcheck::claims::parse(Path::new("claims.yaml"), &yaml);
    }
}

/// One small corpus, prepared once, against which generated claims are
/// checked and reported in every format.
fn prepared() -> &'static claimcheck::check::Prepared {
    static PREPARED: std::sync::OnceLock<claimcheck::check::Prepared> = std::sync::OnceLock::new();
    PREPARED.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("a.txt"),
            "Le consortium réunissait 17 médias le jeudi 22 juillet 2021.\nNSO n'a pas commenté.\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("b.html"),
            "<p>The council gathered 15 members « selon Amnesty ».</p>",
        )
        .unwrap();
        let corpus = claimcheck::corpus::load(&[dir.path().to_path_buf()]).unwrap();
        // the folder may go: everything needed was read
        prepare(corpus)
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
    #[test]
    fn every_format_renders_any_claim(text in hostile_text().prop_filter("non-empty", |t| !t.trim().is_empty())) {
        let prepared = prepared();
        let claim = Claim {
            id: "x\u{202E}<b>".into(),
            text,
            lang: None,
            sources: Vec::new(),
            expect: None,
            severity: Severity::Error,
            note: Some("note & <i>".into()),
            location: InputLocation::at("claims.yaml", 1, 1),
        };
        let claims = vec![claim];
        let outcomes = check_all(prepared, &claims);
        let report = Report::build(&prepared.corpus, &claims, &outcomes, &Gate::default());
        let emitters: Vec<Box<dyn Emitter>> = vec![
            Box::new(JsonEmitter),
            Box::new(TableEmitter { color: true, width: 80 }),
            Box::new(MarkdownEmitter),
            Box::new(HtmlEmitter),
            Box::new(SarifEmitter),
            Box::new(JunitEmitter),
            Box::new(GithubEmitter),
            Box::new(RdjsonEmitter),
            Box::new(ClaimReviewEmitter { reviewer: None, date: None }),
        ];
        for e in emitters {
            let mut out = Vec::new();
            prop_assert!(e.emit(&report, &mut out).is_ok());
            prop_assert!(String::from_utf8(out).is_ok());
        }
    }
}

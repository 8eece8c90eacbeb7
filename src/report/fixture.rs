//! A fixed report for the emitters' snapshots: one claim of each verdict,
//! with the reasons, hedges, attributions and provenance every format
//! renders. Built by hand, so a matcher change rewrites no emitter snapshot.

use super::*;
use crate::matcher::{Effect, Finding, Kind};

fn evidence(
    source: &str,
    line: usize,
    quote: &str,
    relation: Relation,
    reasons: Vec<Finding>,
) -> EvidenceReport {
    EvidenceReport {
        source: source.to_string(),
        line,
        column: 1,
        end_line: line,
        end_column: quote.chars().count() + 1,
        byte_start: line * 100,
        byte_end: line * 100 + quote.len(),
        quote: quote.to_string(),
        relation,
        reasons,
        hedged: false,
        attribution: None,
        attribution_chain: Vec::new(),
        outlet: Some("Le Monde".to_string()),
        published: Date::new(2021, 7, 18),
        path_from_cwd: format!("sources/{source}"),
        marks: Vec::new(),
    }
}

fn claim(id: &str, text: &str, verdict: Verdict, line: usize) -> ClaimReport {
    ClaimReport {
        id: id.to_string(),
        text: text.to_string(),
        lang: "en".to_string(),
        verdict,
        kind: None,
        finding: None,
        expect: None,
        severity: Severity::Error,
        gating: matches!(verdict, Verdict::Contradicted | Verdict::Disputed),
        note: None,
        location: ClaimLocation {
            file: "claims/pegasus.yaml".to_string(),
            line,
            column: 5,
            end_line: None,
            end_column: None,
        },
        reasons: Vec::new(),
        evidence: Vec::new(),
        provenance: Provenance {
            independent_sources: 0,
            supporting_origins: 0,
            contradicting_origins: 0,
            earliest: None,
            origins: Vec::new(),
        },
    }
}

fn number(claim: &str, source: &str, about: &str, effect: Effect) -> Finding {
    Finding::new(Kind::Number, effect, claim, source).about(Some(about.to_string()))
}

fn coverage(share: &str) -> Finding {
    Finding::new(Kind::Coverage, Effect::Neutral, share, "")
}

/// Supported (hedged, attributed), contradicted (a number bound to another
/// country), disputed (a date), unverified (a related sentence only).
pub fn fixed_report() -> Report {
    let servers =
        "Le nombre de serveurs a été précisé : Allemagne (212), Suisse (36), France (35).";
    let mut supported = claim(
        "servers-france",
        "France hosted 35 NSO servers.",
        Verdict::Supported,
        2,
    );
    let mut e = evidence(
        "002_servers.txt",
        9,
        servers,
        Relation::Supports,
        vec![
            coverage("0.86"),
            number("35", "35", "France", Effect::Supports),
            Finding::new(Kind::Hedge, Effect::Neutral, "", "aurait"),
        ],
    );
    e.hedged = true;
    e.attribution = Some("Amnesty International".to_string());
    e.attribution_chain = vec!["Amnesty International".into(), "Le Monde".into()];
    supported.reasons = vec![ClaimReason::Finding(number(
        "35",
        "35",
        "France",
        Effect::Supports,
    ))];
    supported.evidence = vec![e];
    supported.provenance = Provenance {
        independent_sources: 1,
        supporting_origins: 1,
        contradicting_origins: 0,
        earliest: Some(Earliest {
            source: "002_servers.txt".into(),
            published: Date::new(2021, 7, 18).expect("a real date"),
        }),
        origins: vec![vec!["002_servers.txt".into()]],
    };

    let mut contradicted = claim(
        "servers-swiss",
        "Switzerland hosted 35 <NSO> servers & more.",
        Verdict::Contradicted,
        6,
    );
    contradicted.reasons = vec![ClaimReason::Finding(number(
        "35",
        "36",
        "Suisse",
        Effect::Contradicts,
    ))];
    contradicted.evidence = vec![evidence(
        "002_servers.txt",
        9,
        servers,
        Relation::Contradicts,
        vec![
            coverage("0.86"),
            number("35", "36", "Suisse", Effect::Contradicts),
        ],
    )];
    contradicted.provenance.independent_sources = 1;
    contradicted.provenance.contradicting_origins = 1;
    contradicted.provenance.origins = vec![vec!["002_servers.txt".into()]];

    let council_a = "Emmanuel Macron a réuni un conseil de défense jeudi 22 juillet.";
    let council_b = "Le conseil de défense s'est tenu le 23 juillet, selon l'Élysée.";
    let date = |source: &str, effect| Finding::new(Kind::Date, effect, "22 July", source);
    let mut disputed = claim(
        "council-date",
        "The defence council met on 22 July.",
        Verdict::Disputed,
        10,
    );
    disputed.reasons = vec![
        ClaimReason::Finding(date("23 juillet", Effect::Contradicts)),
        ClaimReason::Finding(date("jeudi 22 juillet", Effect::Supports)),
    ];
    disputed.evidence = vec![
        evidence(
            "001_council.txt",
            4,
            council_b,
            Relation::Contradicts,
            vec![coverage("0.90"), date("23 juillet", Effect::Contradicts)],
        ),
        evidence(
            "000_council.txt",
            3,
            council_a,
            Relation::Supports,
            vec![coverage("0.90"), date("jeudi 22 juillet", Effect::Supports)],
        ),
    ];
    disputed.provenance = Provenance {
        independent_sources: 2,
        supporting_origins: 1,
        contradicting_origins: 1,
        earliest: None,
        origins: vec![
            vec!["001_council.txt".into()],
            vec!["000_council.txt".into()],
        ],
    };

    let mut unverified = claim(
        "macron-switzerland",
        "Macron asked Switzerland for explanations.",
        Verdict::Unverified,
        14,
    );
    unverified.reasons = vec![ClaimReason::Related(1)];
    unverified.evidence = vec![evidence(
        "000_council.txt",
        3,
        council_a,
        Relation::Related,
        vec![
            coverage("0.40"),
            Finding::new(
                Kind::Missing,
                Effect::Neutral,
                "asked, switzerland, explanations",
                "",
            ),
        ],
    )];

    let claims = vec![supported, contradicted, disputed, unverified];
    let source = |path: &str, origin| SourceRecord {
        path: path.to_string(),
        sha256: "0".repeat(64),
        bytes: 4096,
        language: "fr".to_string(),
        origin,
        title: Some(format!("Title of {path}")),
        outlet: Some("Le Monde".to_string()),
        author: None,
        url: Some(format!("https://example.org/{path}")),
        published: Date::new(2021, 7, 18),
    };
    let mut report = Report {
        version: REPORT_VERSION,
        summary: Summary {
            sources: 3,
            sentences: 120,
            ..Summary::default()
        },
        claims,
        sources: vec![
            source("000_council.txt", 0),
            source("001_council.txt", 1),
            source("002_servers.txt", 2),
        ],
        considered: None,
    };
    report.recount();
    report
}

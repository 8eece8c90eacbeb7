//! `claimcheck explain ID`: one claim's full trace, as text.

use claimcheck::check::{Prepared, check_claim, claim_facts};
use claimcheck::claims::Claim;
use claimcheck::matcher::{Effect, Relation, SupportModel};
use claimcheck::verdict::describe;
use std::fmt::Write;

pub fn explain(prepared: &Prepared, claim: &Claim) -> String {
    let outcome = check_claim(prepared, claim);
    let (_, f) = claim_facts(claim);
    let f = &f;
    let mut out = String::new();
    let _ = writeln!(out, "claim {} ({}): {}", claim.id, outcome.lang, claim.text);
    let _ = writeln!(out, "\nfacts:");
    for q in &f.quantities {
        let noun = q
            .noun
            .as_ref()
            .map(|n| claim.text[n.span.clone()].to_string());
        let party = q
            .party
            .as_ref()
            .filter(|r| !r.is_empty())
            .map(|r| &claim.text[f.span_of(r.clone())]);
        let _ = writeln!(
            out,
            "  number {} ({:?}, {:?}{}){}{}{}",
            &claim.text[q.span.clone()],
            q.approx,
            q.unit,
            if q.ordinal { ", ordinal" } else { "" },
            noun.map(|n| format!(" counts \"{n}\"")).unwrap_or_default(),
            q.entity
                .as_ref()
                .map(|e| format!(" belongs to {e}"))
                .unwrap_or_default(),
            party
                .map(|p| format!(" on the word of \"{p}\""))
                .unwrap_or_default()
        );
    }
    for d in &f.dates {
        let _ = writeln!(
            out,
            "  date {} = {}",
            &claim.text[d.span.clone()],
            d.describe()
        );
    }
    for (r, code) in &f.keys.entities {
        let span = f.tokens[r.start].span.start..f.tokens[r.end - 1].span.end;
        let _ = writeln!(out, "  entity {} = {code}", &claim.text[span]);
    }
    for n in &f.negations {
        let _ = writeln!(out, "  negation \"{}\"", n.words);
    }
    for h in &f.hedges {
        let _ = writeln!(out, "  hedge \"{}\"", h.words);
    }
    let _ = writeln!(
        out,
        "\ncandidates from the index ({}):",
        outcome.candidates.len()
    );
    for (at, score) in &outcome.candidates {
        let source = &prepared.corpus.sources[at.source as usize];
        let sentence = &source.sentences[at.sentence as usize];
        let (line, _) = source
            .line_index()
            .position(&source.text, sentence.span().start);
        let text: String = source
            .sentence_text(at.sentence as usize)
            .chars()
            .take(100)
            .collect();
        let _ = writeln!(out, "  {score:6.2}  {}:{line}  {text}", source.path);
    }
    let _ = writeln!(out, "\nevidence:");
    for e in &outcome.evidence {
        let source = &prepared.corpus.sources[e.source];
        let (line, _) = source.line_index().position(&source.text, e.span.start);
        let _ = writeln!(
            out,
            "  {} {}:{line} (coverage {:.2}{})",
            e.relation.as_str(),
            source.path,
            e.coverage,
            if e.hedged { ", hedged" } else { "" }
        );
        let _ = writeln!(out, "    \"{}\"", &source.text[e.span.clone()]);
        for r in &e.reasons {
            let line = if r.effect.decides() {
                describe(r)
            } else {
                // a side the finding does not have is left out ("hedge: aurait")
                let sides: Vec<&str> = [r.claim.as_str(), r.source.as_str()]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect();
                format!("{}: {}", r.kind.as_str(), sides.join(" / "))
            };
            let effect = match r.effect {
                Effect::Blocks => "keeps it from supporting",
                other => other.as_str(),
            };
            let _ = writeln!(out, "    - {} [{effect}]", line.trim());
        }
        if let Some(a) = &e.attribution {
            let _ = writeln!(out, "    - attributed to {a}");
        }
        if e.relation != Relation::Contradicts {
            let model = SupportModel::shared();
            let parts: Vec<String> = model
                .contributions(&e.features)
                .iter()
                .map(|(name, c)| format!("{name} {c:+.2}"))
                .collect();
            let _ = writeln!(
                out,
                "    - support model: p = {:.2} (needs {:.2}): {}",
                model.probability(&e.features),
                model.threshold,
                parts.join(", ")
            );
        }
    }
    let _ = writeln!(out, "\nverdict: {}", outcome.verdict);
    for r in &outcome.reasons {
        let _ = writeln!(out, "  because {r}");
    }
    let _ = writeln!(
        out,
        "  (supported: a sentence states it and none contradicts it; contradicted: a sentence about the same thing states an incompatible fact and none supports it; disputed: both; unverified: neither)"
    );
    out
}

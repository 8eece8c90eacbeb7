//! Aggregation: from the relations of a claim's candidates to one verdict,
//! with evidence grouped by origin (near-identical sentences in different
//! files are one origin: syndicated copies are not independent confirmation).

use super::{ClaimReason, Verdict};
use crate::matcher::{Effect, Finding, Kind, Relation};
use std::ops::Range;

/// One piece of evidence for a claim, in byte spans (line:column come later).
#[derive(Debug, Clone)]
pub struct Evidence {
    pub source: usize,
    /// Sentence indices in the source (a window of 1 to 3).
    pub sentences: Range<usize>,
    /// Byte span in the source text.
    pub span: Range<usize>,
    pub relation: Relation,
    /// The rules' findings: what the report shows as reasons, and (for
    /// `explain`) the matcher's own.
    pub reasons: Vec<Finding>,
    pub hedged: bool,
    pub attribution: Option<String>,
    /// Who says it, nearest first: the sentence's attribution, who reported
    /// that, the outlet that published the file.
    pub attribution_chain: Vec<String>,
    pub coverage: f64,
    /// What the decision weighed (`explain` shows each contribution).
    pub features: crate::matcher::Features,
    pub retrieval_score: f64,
}

/// The word set of a quote: its folded words as hashes, sorted, each once,
/// what grouping by origin compares. Made when a report groups its
/// evidence, not kept with every outcome (10,000 claims' quotes).
pub fn word_set<'a>(words: impl Iterator<Item = &'a str>) -> Vec<u64> {
    use std::hash::BuildHasher;
    let mut set: Vec<u64> = words
        .map(|w| rustc_hash::FxBuildHasher.hash_one(w))
        .collect();
    set.sort_unstable();
    set.dedup();
    set
}

/// The verdict that the evidence supports, and a reason per deciding fact
/// (findings that read alike once).
pub fn aggregate(evidence: &[Evidence]) -> (Verdict, Vec<ClaimReason>) {
    let supports: Vec<&Evidence> = evidence
        .iter()
        .filter(|e| e.relation == Relation::Supports)
        .collect();
    let contradicts: Vec<&Evidence> = evidence
        .iter()
        .filter(|e| e.relation == Relation::Contradicts)
        .collect();
    let verdict = match (supports.is_empty(), contradicts.is_empty()) {
        (false, true) => Verdict::Supported,
        (true, false) => Verdict::Contradicted,
        (false, false) => Verdict::Disputed,
        (true, true) => Verdict::Unverified,
    };
    let mut reasons = Vec::new();
    let mut lines = Vec::new();
    for e in contradicts.iter().chain(supports.iter()).take(3) {
        for r in e.reasons.iter().filter(|r| r.effect.decides()) {
            let line = describe(r);
            if !lines.contains(&line) {
                lines.push(line);
                reasons.push(ClaimReason::Finding(r.clone()));
            }
        }
    }
    if verdict == Verdict::Unverified {
        let related = evidence
            .iter()
            .filter(|e| e.relation == Relation::Related)
            .count();
        reasons.push(if related == 0 {
            ClaimReason::NoEvidence
        } else {
            ClaimReason::Related(related)
        });
    }
    (verdict, reasons)
}

/// "number 35 bound to France matches", "date 21 July differs from 22 juillet".
pub fn describe(r: &Finding) -> String {
    let about = r
        .about
        .as_ref()
        .map(|a| format!(" bound to {a}"))
        .unwrap_or_default();
    let kind = r.kind.as_str();
    if let Some(heading) = two_sides_heading(r) {
        return format!("{heading}: claim {} / source {}", r.claim, r.source);
    }
    match (r.kind, r.effect) {
        (Kind::Refuted, _) => format!("the source calls it false: \"{}\"", r.source),
        (Kind::Denial, _) => format!(
            "denied{}: \"{}\"",
            r.about
                .as_ref()
                .map(|a| format!(" by {a}"))
                .unwrap_or_default(),
            r.source
        ),
        (_, Effect::Supports) if r.claim.trim() == r.source.trim() => {
            format!("{kind} {}{about} matches", r.claim)
        }
        (_, Effect::Supports) => format!("{kind} {}{about} matches {}", r.claim, r.source),
        _ => format!("{kind} {}{about} differs from {}", r.claim, r.source),
    }
}

/// What a finding that sets the claim's wording against the source's says
/// before both sides ("polarity differs: claim ... / source ...").
fn two_sides_heading(r: &Finding) -> Option<&'static str> {
    Some(match (r.kind, r.effect) {
        (Kind::Negation, _) => "polarity differs",
        (Kind::Exclusive, _) => "the source restricts it to something else",
        (Kind::Direction, Effect::Contradicts) => "the source has the other end of the movement",
        (Kind::Converse, Effect::Contradicts) => "the source ties the two names otherwise",
        (Kind::Denial, Effect::Contradicts) => "the same party takes the opposite stance",
        _ => return None,
    })
}

/// Group evidence indices by origin: two quotes whose word sets (`words[i]`
/// of `evidence[i]`, see [`word_set`]) overlap by at least 70% (Jaccard)
/// are copies of one text, and so are two pieces of evidence whose sources
/// `same_document_origin` says are copies.
pub fn origins_with(
    evidence: &[&Evidence],
    words: &[Vec<u64>],
    same_document_origin: &dyn Fn(usize, usize) -> bool,
) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, e) in evidence.iter().enumerate() {
        let found = groups.iter_mut().find(|g| {
            g.iter().any(|&j| {
                same_document_origin(evidence[j].source, e.source)
                    || jaccard(&words[j], &words[i]) >= 0.7
            })
        });
        match found {
            Some(g) => g.push(i),
            None => groups.push(vec![i]),
        }
    }
    groups
}

/// Jaccard overlap of two word sets (sorted, each word once).
fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - shared;
    if union == 0 {
        0.0
    } else {
        shared as f64 / union as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(relation: Relation) -> Evidence {
        Evidence {
            source: 0,
            sentences: 0..1,
            span: 0..1,
            relation,
            reasons: vec![],
            hedged: false,
            attribution: None,
            attribution_chain: Vec::new(),
            coverage: 1.0,
            features: crate::matcher::Features::default(),
            retrieval_score: 1.0,
        }
    }

    #[test]
    fn verdict_table() {
        use Relation::*;
        let cases = [
            (vec![Supports], Verdict::Supported),
            (vec![Contradicts], Verdict::Contradicted),
            (vec![Supports, Contradicts], Verdict::Disputed),
            (vec![Related], Verdict::Unverified),
            (vec![], Verdict::Unverified),
        ];
        for (relations, expected) in cases {
            let evidence: Vec<Evidence> = relations.into_iter().map(ev).collect();
            assert_eq!(aggregate(&evidence).0, expected);
        }
    }

    #[test]
    fn copies_are_one_origin() {
        let quotes = [
            "14 membres du gouvernement figuraient dans la liste",
            "et de 14 membres du gouvernement figuraient dans la liste",
            "quatorze ministres auraient ete vises",
        ];
        let words: Vec<Vec<u64>> = quotes.iter().map(|q| word_set(q.split(' '))).collect();
        let (a, b, c) = (
            ev(Relation::Supports),
            ev(Relation::Supports),
            ev(Relation::Supports),
        );
        assert_eq!(
            origins_with(&[&a, &b, &c], &words, &|_, _| false),
            vec![vec![0, 1], vec![2]]
        );
    }
}

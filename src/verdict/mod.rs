//! Verdicts: what the sources say about one claim, aggregated from the
//! relations of its candidate sentences.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The four answers claimcheck gives. Order matters for `--baseline`-style
/// comparisons: later is worse for CI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// A sentence states it and none contradicts it.
    Supported,
    /// Nothing in the sources decides it.
    Unverified,
    /// Some sentences support it, others contradict it.
    Disputed,
    /// A sentence about the same thing states an incompatible fact, none supports it.
    Contradicted,
}

impl Verdict {
    pub const ALL: [Verdict; 4] = [
        Verdict::Supported,
        Verdict::Contradicted,
        Verdict::Disputed,
        Verdict::Unverified,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Contradicted => "contradicted",
            Verdict::Disputed => "disputed",
            Verdict::Unverified => "unverified",
        }
    }

    pub fn parse(name: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.as_str() == name)
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

mod aggregate;
mod gate;
mod reason;
pub use aggregate::*;
pub use gate::{Baseline, Gate};
pub use reason::ClaimReason;

/// What checking one claim gives: the verdict, its reasons and the
/// evidence, in the claim's order among the claims.
#[derive(Debug, Clone)]
pub struct ClaimOutcome {
    pub lang: crate::text::Lang,
    pub verdict: Verdict,
    pub reasons: Vec<ClaimReason>,
    pub evidence: Vec<Evidence>,
    /// The candidates the index returned, with their scores (for `explain`).
    pub candidates: Vec<(crate::retrieve::SentenceRef, f64)>,
}

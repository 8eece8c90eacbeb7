//! Silence: the window says that the party the claim quotes does not say
//! what the claim reports it says ("Axios ne dit pas si la proposition
//! israélienne a été acceptée" against "Axios reports that the Israeli
//! proposal was accepted"; "the report does not say that ..."). The
//! question stays open: the negation rule denies the saying only when the
//! claim's words name it; but the claim is about the report, and the
//! report is said not to make it.
//!
//! It contradicts when the claim reports with a speech verb what a party
//! says, the window negates a speech verb of the same party (named with the
//! claim's words before its own speech verb), and the clause after the
//! window's verb states most of what the claim reports, facts agreeing.

use super::Rule;
use crate::facts::Facts;
use crate::matcher::context::{MatchContext, carries_meaning};
use crate::matcher::finding::{Effect, Finding, Kind};
use crate::text::{Lang, Lexicon};
use std::sync::OnceLock;

/// Share of the claim the window must state.
const SILENCE_COVERAGE: f64 = 0.6;
/// Share of the reported clause's words (after the claim's speech verb)
/// the window's clause after its negated verb must state.
const REPORTED_SHARE: f64 = 0.7;
/// Tokens between the negation cue and its speech verb ("ne dit pas",
/// "does not say", "n'a jamais écrit").
const VERB_REACH: usize = 3;

/// Verbs that report what someone says, beyond the cue list's forms (which
/// name an attribution): their stems in each language.
const SPEECH_FR: &[&str] = &[
    "dire",
    "indiquer",
    "préciser",
    "mentionner",
    "affirmer",
    "rapporter",
    "écrire",
    "évoquer",
    "déclarer",
    "annoncer",
    "expliquer",
    "prétendre",
];
const SPEECH_EN: &[&str] = &[
    "say", "tell", "mention", "state", "report", "specify", "indicate", "write", "claim",
    "announce", "explain", "assert",
];

fn speech_stems(lang: Lang) -> &'static [String] {
    static STEMS: OnceLock<[Vec<String>; 2]> = OnceLock::new();
    let stems = STEMS.get_or_init(|| {
        let lex = Lexicon::shared();
        let of = |words: &[&str], lang| {
            words
                .iter()
                .map(|w| lex.stem(&crate::text::fold(w), lang))
                .collect()
        };
        let mut stems: [Vec<String>; 2] = Default::default();
        stems[Lang::Fr as usize] = of(SPEECH_FR, Lang::Fr);
        stems[Lang::En as usize] = of(SPEECH_EN, Lang::En);
        stems
    });
    &stems[lang as usize]
}

/// Is token `t` a speech verb ("dit", "reports", "a écrit"), or one that
/// confirms ("confirmed that", "a reconnu que": a confirmation is said)?
fn is_speech_verb(f: &Facts, t: usize) -> bool {
    crate::facts::is_speech(f.lang, &f.tokens[t].norm)
        || f.keys.words[t]
            .first()
            .is_some_and(|stem| speech_stems(f.lang).contains(stem))
}

pub struct SilenceRule;

impl Rule for SilenceRule {
    fn name(&self) -> &'static str {
        "silence"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        let claim = cx.claim;
        if claim.negated()
            || super::contradicted(earlier)
            || !super::facts_agree(earlier)
            || cx.coverage.share < SILENCE_COVERAGE
        {
            return Vec::new();
        }
        // the claim's speech verb, with its party before it and what it
        // reports after it
        // (a word with a party before it: "the report says", not "report")
        let Some(k) = (1..claim.tokens.len())
            .find(|&t| is_speech_verb(claim, t) && (0..t).any(|p| carries_meaning(claim, p)))
        else {
            return Vec::new();
        };
        let reported: Vec<usize> = (k + 1..claim.tokens.len())
            .filter(|&t| carries_meaning(claim, t))
            .collect();
        if reported.len() < 2 {
            return Vec::new();
        }
        for (s, ws) in cx.window.iter().enumerate() {
            let f = ws.facts;
            for cue in &f.negations {
                let start = cue.tokens.start;
                // the negated verb is a speech verb
                let Some(verb) = (start..(cue.tokens.end + VERB_REACH).min(f.tokens.len()))
                    .find(|&t| is_speech_verb(f, t))
                else {
                    continue;
                };
                // ... of the claim's party
                if !cx.same_party(k, s, start) {
                    continue;
                }
                // ... over what the claim reports
                let stated = reported
                    .iter()
                    .filter(|&&c| {
                        cx.coverage
                            .found()
                            .any(|(fc, (ms, mt))| fc == c && ms == s && mt > verb)
                    })
                    .count();
                if (stated as f64) < REPORTED_SHARE * reported.len() as f64 {
                    continue;
                }
                let span = f.tokens[start].span.start..f.tokens[verb].span.end;
                return vec![
                    Finding::new(
                        Kind::Negation,
                        Effect::Contradicts,
                        claim.tokens[k].norm.to_string(),
                        &ws.text[span.clone()],
                    )
                    .at_source(s, span),
                ];
            }
        }
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn silence_table() {
        let silent = &[(Kind::Negation, Effect::Contradicts)][..];
        let axios_fr = "Axios ne dit pas si la proposition israélienne a été acceptée.";
        let table: &[Row] = &[
            (
                "Axios reports that the Israeli proposal was accepted.",
                En,
                axios_fr,
                Fr,
                silent,
            ),
            (
                "Axios affirme que la proposition israélienne a été acceptée.",
                Fr,
                axios_fr,
                Fr,
                silent,
            ),
            (
                "The report says that the company sold the software to the police.",
                En,
                "The report does not say whether the company sold the software to the police.",
                En,
                silent,
            ),
            // a confirmation is said; a refusal to say is silence
            (
                "The insurer confirmed that the paintings were insured for their full value.",
                En,
                "The insurer, Helvetia Art, refused to say whether the paintings were insured for their full value.",
                En,
                silent,
            ),
            (
                "L'assureur a confirmé que les tableaux étaient assurés pour leur pleine valeur.",
                Fr,
                "L'assureur a refusé de dire si les tableaux étaient assurés pour leur pleine valeur.",
                Fr,
                silent,
            ),
            // another party's silence
            (
                "Axios reports that the Israeli proposal was accepted.",
                En,
                "Le Monde ne dit pas si la proposition israélienne a été acceptée.",
                Fr,
                &[],
            ),
            // the claim does not report anyone
            ("The Israeli proposal was accepted.", En, axios_fr, Fr, &[]),
            // the silence is about something else
            (
                "Axios reports that the Israeli proposal was accepted.",
                En,
                "Axios ne dit pas qui a rédigé la proposition, mais affirme qu'elle a été acceptée.",
                Fr,
                &[],
            ),
        ];
        assert_rows("silence", table);
    }
}

//! Times counted from the time of writing ("three months ago", "la semaine
//! prochaine", "hier"): each of the claim's against the window's. The same
//! time supports, never anchoring (it names no day of the calendar); a time
//! plainly apart on the same side of the writing ("il y a quelques jours" /
//! "three months ago") contradicts when it dates the claim's event as the
//! date rule binds a date (the event stated, its verb and subject in the
//! sentence, the time beside a matched word, not dating a statement); a
//! claim's time the window does not give keeps it from supporting ("would
//! visit next week" against "s'étaient rendus ce mercredi": without the
//! claim's date of writing, no calendar date can be compared). A claim's
//! "depuis six ans" says how long something lasted, from a time it may not
//! give ("le débat durait depuis six ans"): not compared. A time counted
//! from another event ("le lendemain", "a few days earlier") may agree
//! with one counted from the writing, never differ from it.

use super::Rule;
use super::date::{date_near_matched_word, dates_a_statement, same_event, says_claim_verb};
use crate::facts::RelativeTime;
use crate::matcher::context::MatchContext;
use crate::matcher::finding::{Effect, Finding, Kind};

pub struct RelativeDateRule;

impl Rule for RelativeDateRule {
    fn name(&self) -> &'static str {
        "relative date"
    }

    fn check(&self, cx: &MatchContext<'_>, _: &[Finding]) -> Vec<Finding> {
        cx.claim
            .relative_times
            .iter()
            // how long something lasts is no time of writing in a claim
            .filter(|rt| !rt.lasting)
            .map(|rt| finding_for(cx, rt))
            .collect()
    }
}

fn finding_for(cx: &MatchContext<'_>, rt: &RelativeTime) -> Finding {
    let claim_side = cx.claim_text[rt.span.clone()].to_string();
    let found = |effect, s: usize, st: &RelativeTime| {
        Finding::new(
            Kind::Date,
            effect,
            claim_side.clone(),
            &cx.window[s].text[st.span.clone()],
        )
        .at_claim(rt.span.clone())
        .at_source(s, st.span.clone())
    };
    let times = || {
        cx.window
            .iter()
            .enumerate()
            .flat_map(|(s, ws)| ws.facts.relative_times.iter().map(move |st| (s, st)))
    };
    if let Some((s, st)) = times().find(|(_, st)| st.overlaps(rt)) {
        return found(Effect::Supports, s, st);
    }
    let verbs = std::cell::OnceCell::new();
    let of_the_event = |s: usize, st: &RelativeTime| {
        let verbs = verbs.get_or_init(|| cx.claim_verbs());
        says_claim_verb(cx, verbs, s)
            && cx.names_subject(s)
            && date_near_matched_word(
                (cx.window[s].text, cx.window[s].facts),
                s,
                &st.tokens,
                cx.coverage,
                false,
            )
            && !dates_a_statement(cx, verbs, s, &st.tokens)
    };
    if same_event(cx)
        && let Some((s, st)) = times().find(|&(s, st)| st.apart(rt) && of_the_event(s, st))
    {
        return found(Effect::Contradicts, s, st);
    }
    Finding::new(Kind::Date, Effect::Blocks, claim_side, "").at_claim(rt.span.clone())
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn times_counted_from_the_writing_in_both_languages() {
        let supports = &[(Kind::Date, Effect::Supports)][..];
        let contradicts = &[(Kind::Date, Effect::Contradicts)][..];
        let blocks = &[(Kind::Date, Effect::Blocks)][..];
        let table: &[Row] = &[
            // the same time, in other words or the other language
            (
                "The envoy Paul Verrin was sent to Madrid a few days ago.",
                En,
                "L'émissaire Paul Verrin a été envoyé à Madrid il y a quelques jours.",
                Fr,
                supports,
            ),
            (
                "Paul Verrin a fondé la coopérative il y a 30 ans.",
                Fr,
                "Paul Verrin, who founded the cooperative thirty years ago, spoke on Friday.",
                En,
                supports,
            ),
            (
                "A fund of 5 million euros was set up a year ago for the ports.",
                En,
                "Un fonds de 5 millions d'euros a été créé depuis un an pour les ports.",
                Fr,
                supports,
            ),
            // how long something had lasted, in a claim, is not when
            (
                "Le débat sur le port durait depuis six ans.",
                Fr,
                "The harbour debate had lasted six years when the council voted.",
                En,
                &[],
            ),
            // counted from another event: agrees with a time counted from
            // the writing, never differs from one
            (
                "The envoy Paul Verrin had been sent to Madrid a few days earlier.",
                En,
                "L'émissaire Paul Verrin a été envoyé à Madrid il y a quelques jours.",
                Fr,
                supports,
            ),
            (
                "Radio Sud et Canal Nord ont annoncé la nouvelle le lendemain.",
                Fr,
                "Radio Sud and Canal Nord had announced the news earlier in the day.",
                En,
                blocks,
            ),
            (
                "The envoy Paul Verrin had been sent to Madrid three months earlier.",
                En,
                "L'émissaire Paul Verrin a été envoyé à Madrid il y a quelques jours.",
                Fr,
                blocks,
            ),
            // another time of the same event
            (
                "The envoy Paul Verrin was sent to Madrid three months ago.",
                En,
                "L'émissaire Paul Verrin a été envoyé à Madrid il y a quelques jours.",
                Fr,
                contradicts,
            ),
            (
                "Paul Verrin a fondé la coopérative il y a 25 ans.",
                Fr,
                "Paul Verrin a fondé la coopérative il y a 30 ans.",
                Fr,
                contradicts,
            ),
            (
                "Paul Verrin resigned yesterday.",
                En,
                "Paul Verrin a démissionné il y a deux jours.",
                Fr,
                contradicts,
            ),
            // before and after the writing are not compared: when each text
            // was written decides
            (
                "Inspectors will visit the Verrin plant next week.",
                En,
                "Des inspecteurs ont visité l'usine Verrin la semaine dernière.",
                Fr,
                blocks,
            ),
            // no time counted from the writing in the window: a calendar
            // date cannot be compared with one
            (
                "Inspectors will visit the Verrin plant next week.",
                En,
                "Des inspecteurs ont visité l'usine Verrin ce mercredi.",
                Fr,
                blocks,
            ),
            // the time of another event: a statement about it
            (
                "The envoy Paul Verrin was sent to Madrid three months ago.",
                En,
                "Paul Verrin a déclaré il y a quelques jours que l'émissaire avait été envoyé à Madrid.",
                Fr,
                blocks,
            ),
            // not the same event: the claim's verb is missing
            (
                "Paul Verrin resigned yesterday.",
                En,
                "Paul Verrin a parlé il y a deux jours.",
                Fr,
                blocks,
            ),
        ];
        assert_rows("relative date", table);
    }
}

//! Dates: each date of the claim against the window's dates. A match
//! supports (a day-precise one anchors the statement); a differing date
//! contradicts only when it is the date of the matched event: a matched
//! common word close to it, half the claim or more found, and few of its
//! weighty words missing (see `same_event`).

use super::Rule;
use crate::facts::{DateFact, Facts, OF_WORDS};
use crate::matcher::compare::{Comparison, compare_dates};
use crate::matcher::context::{COMPLEMENTISERS, MatchContext, PARTY_REACH, carries_meaning};
use crate::matcher::coverage::Coverage;
use crate::matcher::finding::{Effect, Finding, Kind};
use crate::matcher::sentence::after_article;
use crate::text::{LIGHT_PHRASE_KEY, Lang};
use std::ops::Range;

/// Share of the claim a window must state for a differing date to be the
/// date of the same event.
pub const DATE_EVENT_COVERAGE: f64 = 0.5;
/// Tokens between a date and a matched claim word, at most, for the date to
/// belong to that word's event.
const DATE_EVENT_DISTANCE: usize = 8;

pub struct DateRule;

impl Rule for DateRule {
    fn name(&self) -> &'static str {
        "date"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        cx.claim
            .dates
            .iter()
            .map(|cd| finding_for(cx, cd, earlier))
            .collect()
    }
}

/// Does window sentence `s` give one of the claim's figures, the same value
/// bound to the same thing (the number rule's support)?
fn gives_the_claims_count(earlier: &[Finding], s: usize) -> bool {
    earlier.iter().any(|f| {
        f.kind == Kind::Number
            && f.effect == Effect::Supports
            && f.source_span.as_ref().is_some_and(|at| at.sentence == s)
    })
}

fn finding_for(cx: &MatchContext<'_>, cd: &DateFact, earlier: &[Finding]) -> Finding {
    let cov = cx.coverage;
    // a start ("since 2013") compares with a start only
    // (comparison, kind, sentence, date, the calendar alone decides)
    // (comparison, kind, sentence, date, the calendar alone decides, an
    // exchange of the claim's parties dates their meeting)
    let mut best: Option<(Comparison, Kind, usize, &DateFact, bool, bool)> = None;
    // the window gives the claim's own date somewhere, near its words or not
    let mut claim_date_stated = false;
    // (the claim's verbs, found once a date, when a date differs)
    let verbs = std::cell::OnceCell::new();
    // (the two parties of a meeting the claim tells, read once a date
    // differs: `exchange_of_claim_parties`)
    let meeting = std::cell::OnceCell::new();
    // (the claim tells of a further instance, read once a date differs)
    let claim_repeats = std::cell::OnceCell::new();
    // (read once for the claim, not for each date of the window)
    let takes_place_only = takes_place_only(cx);
    // (a claim's start that frames a ranking: read once, not for each window date)
    let claim_ranks_since = cd.since && ranks_before(cx.claim, 0, cd.tokens.start);
    // a claim that dates an event a day from its date ("le 31 décembre,
    // le lendemain de la fête") has that event's date to compare with a
    // window's date counted so: its date written is another event's
    let claim_counts_a_day = cd.event.is_none() && cx.claim.dates.iter().any(|d| d.event.is_some());
    // a date right after an act put ahead ("due to open in 2019", "doit
    // ouvrir en 2019") dates what was expected, not what was done: no date
    // of a claim that says it done ("opened in 2019" / "which was due to
    // open in 2019, finally opened in 2021")
    let claim_done = super::prospect::says_it_done(cx.claim);
    for (s, ws) in cx.window.iter().enumerate() {
        for sd in (ws.facts.dates.iter())
            .filter(|d| d.since == cd.since || !cd.since && start_of_named_event(ws.text, d))
            .filter(|d| !(claim_counts_a_day && d.event.is_some()))
            .filter(|d| {
                !(claim_done
                    && (super::prospect::right_after_an_act_ahead(
                        ws.text,
                        ws.facts,
                        d.tokens.start,
                    ) || super::prospect::within_an_aim(cx.claim, ws.facts, d.tokens.start)))
            })
        {
            let (cmp, kind) = compare_dates(cd, sd);
            if cmp == Comparison::Unclear {
                continue;
            }
            // the claim's date beside another event of a sentence that
            // dates the claim's own otherwise is that other event's (still
            // written: which date is whose stays open, so the other date
            // only keeps the window from supporting); not when the sentence
            // gives the claim's figure, whose date an elliptic clause writes
            // without the verb ("a traité 42 000 tonnes en 2022, contre 35
            // 000 en 2018", "rose 3% in May, after 2% in April")
            // (nor does it leave open which date is the claim's event's:
            // "The museum, burgled on 3 May, reopened on 10 May" dates the
            // reopening on 10 May)
            // (when the claim's verb is found by its words, not by meaning:
            // "s'est déclaré" is no "said on Monday")
            let dated_otherwise = cmp == Comparison::Match
                && !gives_the_claims_count(earlier, s)
                && claim_verb_dated_otherwise(cx, verbs.get_or_init(|| cx.claim_verbs()), s, cd);
            claim_date_stated |= cmp == Comparison::Match
                && !(dated_otherwise
                    && verbs_found_by_words(cx, verbs.get_or_init(|| cx.claim_verbs()))
                    && claim_dates_its_verb(cx, verbs.get_or_init(|| cx.claim_verbs()), cd));
            if dated_otherwise {
                continue;
            }
            // the start of the period a figure counts over ("55 000 morts
            // depuis 2021" / "120 832 morts depuis 2019") frames the count:
            // another start is another count, not a wrong date; unless the
            // sentence gives the claim's own figure of the same thing ("50
            // 000 numéros sélectionnés depuis 2019" / "50.000 numéros ...
            // sélectionnés depuis 2016"): the same count, started otherwise
            if cmp == Comparison::Mismatch
                && cd.since
                && !cx.claim.quantities.is_empty()
                && !gives_the_claims_count(earlier, s)
            {
                continue;
            }
            // a date decides only for the matched event: a matched common
            // word close to it ("construit en 1810-1811 ... Franz Liszt y ont
            // vécu" dates the building, not the life; "la ministre avait
            // indiqué mardi" does not date the meeting; "Republié le 29
            // juillet" dates the page)
            // (a matching date may sit by the matched names: "Benny Gantz a
            // assuré ce mercredi 28 juillet"; a differing one needs a common word)
            // the claim's weekday does not fit its own date, which the window
            // writes with the weekday that does: the calendar decides,
            // whatever the event ("Thursday 28 July 2021" / "ce mercredi 28
            // juillet"), beside the same names
            let calendar = cmp == Comparison::Mismatch
                && kind == Kind::Weekday
                && claim_weekday_wrong(cd, sd)
                && sd.weekday_mismatch().is_none();
            // a differing date dates the claim's event only in a sentence
            // that says its verb ("s'étaient rendus ce mercredi dans les
            // bureaux", after "NSO assure ...", does not date "the office
            // confirmed the call of 24 July"), and names its subject ("Une
            // source proche de NSO avait affirmé début octobre" is someone
            // else's statement)
            // (a date counted from the event's name, "la veille de
            // l'ouverture du festival", dates what that name says: its
            // words are the claim's)
            let counted = sd.event.as_ref().is_some_and(|e| {
                (0..cx.claim.tokens.len()).any(|c| {
                    carries_meaning(cx.claim, c) && cx.places_of(c, s).any(|u| e.contains(&u))
                })
            });
            let of_the_claims_verb = || {
                says_claim_verb(cx, verbs.get_or_init(|| cx.claim_verbs()), s)
                    && cx.names_subject(s)
            };
            // (an act of one of the claim's two parties to the other dates
            // their meeting: `exchange_of_claim_parties`)
            let exchange = cmp == Comparison::Mismatch
                && !calendar
                && meeting
                    .get_or_init(|| {
                        meeting_parties(cx.claim, verbs.get_or_init(|| cx.claim_verbs()))
                    })
                    .as_ref()
                    .is_some_and(|parties| exchange_of_claim_parties(cx, parties, s, sd));
            if cmp == Comparison::Mismatch
                && !calendar
                && !counted
                && !exchange
                && !of_the_claims_verb()
            {
                continue;
            }
            // a claim that says its act done is not dated by a sentence
            // that writes the act only ahead ("On 3 May, the mayor said
            // that the pool would close on 10 May" does not date "The pool
            // closed on 10 May" on 3 May): the act is not asserted there
            if cmp == Comparison::Mismatch
                && !calendar
                && claim_done
                && act_only_ahead(cx, verbs.get_or_init(|| cx.claim_verbs()), s)
            {
                continue;
            }
            // a date right after a statement's verb dates the statement
            // ("La ministre avait déjà indiqué mardi vouloir saisir
            // l'occasion de cet entretien", "said on Tuesday it would
            // meet"), unless the claim's verb is that one
            // (nor does it state the claim's date when what was said then is
            // an act ahead: "La ministre avait déjà indiqué mardi vouloir
            // saisir l'occasion de cet entretien" does not date the meeting
            // on Tuesday; "the fire service said on Monday." and "a assuré ce
            // mercredi 28 juillet son homologue" date what they say)
            if !calendar
                && !exchange
                && (cmp == Comparison::Mismatch
                    || cmp == Comparison::Match && says_an_act_ahead(ws.facts, &sd.tokens))
                && dates_a_statement(cx, verbs.get_or_init(|| cx.claim_verbs()), s, &sd.tokens)
            {
                continue;
            }
            // a start that frames a ranking ("the largest fire in the
            // region since 2017", "le plus grand incendie depuis 2017") is
            // contradicted by another start of a ranking only, not by the
            // start of something else ("cut the budget by 15% since 2021")
            if cmp == Comparison::Mismatch
                && claim_ranks_since
                && !ranks_before(
                    ws.facts,
                    cx.clause(s, sd.tokens.start).start,
                    sd.tokens.start,
                )
            {
                continue;
            }
            // a sentence that gives the claim's figure otherwise tells of
            // another instance ("has burned about 4,500 hectares" on 12
            // August 2023 against "In 2017, a fire burned 7,000 hectares")
            if cmp == Comparison::Mismatch
                && !calendar
                && super::number::figure_given_otherwise(cx, s)
            {
                continue;
            }
            // a claim about a further instance of its event ("a second
            // report in 2022", "a de nouveau voté en mars") is not dated by
            // a window that speaks of the event without counting it ("son
            // enquête rendue publique le 18 juillet 2021" may be the first)
            if cmp == Comparison::Mismatch
                && !calendar
                && *claim_repeats.get_or_init(|| tells_a_repeat(cx.claim))
                && !tells_a_repeat(ws.facts)
            {
                continue;
            }
            // a relative clause of another name dates that name's event
            // when the claim names its own subject ("Uttar Pradesh, qui a
            // adopté en 1986 une loi" dates the law a claim without names
            // speaks of)
            if cmp == Comparison::Mismatch
                && !calendar
                && !cx.claim.keys.names.is_empty()
                && in_relative_clause_of_another(cx, s, sd.tokens.start)
            {
                continue;
            }
            let names_count = cmp == Comparison::Match || calendar;
            // a claim that only says its event took place ("la guerre a eu
            // lieu en 1982", "the vote took place on Tuesday") has no verb
            // to bind a date: the date must be the event word's own ("la
            // guerre de 1982", "voted on Tuesday", "a eu lieu le 14 mars"),
            // not the date of another event near it ("de nouvelles lois
            // électorales le 14 juillet", "obsédée par les îles Malouines
            // même en 1994, 12 ans après sa défaite dans la guerre")
            let bound = if takes_place_only {
                date_of_matched_word(ws.facts, s, &sd.tokens, cov)
            } else {
                date_near_matched_word((ws.text, ws.facts), s, &sd.tokens, cov, names_count)
            };
            // "the first meeting between A and B since 2013": the start
            // dates the event the ordinal counts, however long its
            // description, when the claim counts one too
            let bound = bound || cd.since && first_since(cx, s, &sd.tokens);
            // the claim's verb before the date in its clause, no other verb
            // between, dates its event however long the words between
            // ("Thieves broke into the Oberhaven Museum of Fine Arts in the
            // early hours of Sunday 19 May 2024")
            let bound = bound
                || !takes_place_only
                    && dated_by_claim_verb(
                        cx,
                        verbs.get_or_init(|| cx.claim_verbs()),
                        s,
                        &sd.tokens,
                    );
            // a weekday that does not fit the claim's own date, written
            // right in a sentence that states the claim: the calendar decides
            // without the event's word beside the date ("Le cambriolage a eu
            // lieu le lundi 19 mai 2024" / "Thieves broke into the museum in
            // the early hours of Sunday 19 May 2024")
            let bound = bound
                || calendar && cov.share >= DATE_EVENT_COVERAGE && cx.names_subject(s)
                || exchange;
            if !bound {
                continue;
            }
            let better = match &best {
                None => true,
                Some((bc, ..)) => cmp == Comparison::Match && *bc != Comparison::Match,
            };
            if better {
                best = Some((cmp, kind, s, sd, calendar, exchange));
            }
        }
    }
    let claim_side = cx.claim_text[cd.span.clone()].to_string();
    let found = |effect, kind, s: usize, sd: &DateFact| {
        Finding::new(
            kind,
            effect,
            claim_side.clone(),
            &cx.window[s].text[sd.span.clone()],
        )
        .at_claim(cd.span.clone())
        .at_source(s, sd.span.clone())
    };
    match best {
        // a day-precise date anchors the statement like a bound number
        Some((Comparison::Match, kind, s, sd, ..)) => {
            // (a bound met by a point says where the date lies, not which
            // it is: it does not anchor)
            let point = !cd.before && !cd.after || cd.before == sd.before && cd.after == sd.after;
            found(Effect::Supports, kind, s, sd)
                .anchoring(cd.day.is_some() && cd.month.is_some() && point)
        }
        // a date of the same event: the whole event is found, not only its
        // participants ("reached San Francisco in August" is not contradicted
        // by "left San Francisco on 1 November")
        // ... unless the window also gives the claim's own date, away from
        // the words it matched: which of its dates is the event's is then
        // unclear ("a promulgué de nouvelles lois électorales le 14 juillet
        // ... le scrutin présidentiel, prévu le 30 octobre" against "the new
        // elections will take place on 30 October")
        // (a date counted from the event's name, "la veille de
        // l'ouverture", is the event's whatever other date is written)
        Some((_, kind, s, sd, calendar, exchange))
            if calendar
                || (same_event(cx)
                    || exchange
                        && meeting_all_else_stated(cx, verbs.get_or_init(|| cx.claim_verbs()))
                    || same_verb_dates_both(
                        cx,
                        verbs.get_or_init(|| cx.claim_verbs()),
                        s,
                        cd,
                        sd,
                    ))
                    && (!claim_date_stated || sd.event.is_some()) =>
        {
            found(Effect::Contradicts, kind, s, sd)
        }
        _ => Finding::new(Kind::Date, Effect::Blocks, claim_side.clone(), "")
            .at_claim(cd.span.clone()),
    }
}

/// Is a start ("since 2017") also the date of the event a clause after it
/// tells ("since 2017, when 7,000 hectares burned", "depuis 2013, année
/// où ...", "depuis 2017, lorsque ...")? It then dates that event like any
/// point in time.
pub(super) fn start_of_named_event(text: &str, d: &DateFact) -> bool {
    let rest = text[d.span.end..].trim_start();
    let Some(rest) = rest.strip_prefix(',') else {
        return false;
    };
    let next: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    matches!(
        next.as_str(),
        "when" | "où" | "lorsque" | "lorsqu" | "quand" | "année" | "year"
    )
}

/// Words between a party and the date of its act on the other party, at
/// most ("Benny Gantz a assuré ce mercredi 28 juillet").
const EXCHANGE_ACT_REACH: usize = 4;
/// Words between that date and the other party, at most ("son homologue
/// française Florence Parly").
const EXCHANGE_OBJECT_REACH: usize = 5;

/// Does window sentence `s` date, with `sd`, an act of one of the claim's
/// two named parties on the other, the parties of the meeting the claim
/// tells ([`meeting_parties`]: "met", "a rencontré", "talked with")? One
/// party stands just before the date, after a verb of speech or of meeting,
/// and the other right after the date as the act's object, in one clause,
/// with no complementiser or punctuation between the date and the object:
/// "Benny Gantz a assuré ce mercredi 28 juillet son homologue française
/// Florence Parly que ..." tells what one said to the other that day, so
/// the two met that day (an act of another kind, "a félicité mardi", may
/// be done from afar). A date after a
/// complementiser is what was said ("a informé Florence Parly que des
/// représentants s'étaient rendus ce mercredi"), and a date of a
/// statement with no party after it is said to others ("La ministre avait
/// déjà indiqué mardi vouloir ...").
fn exchange_of_claim_parties(
    cx: &MatchContext<'_>,
    parties: &[Range<usize>; 2],
    s: usize,
    sd: &DateFact,
) -> bool {
    if !(sd.day.is_some() || sd.weekday.is_some()) {
        return false;
    }
    let (text, f) = (cx.window[s].text, cx.window[s].facts);
    let places = |run: &Range<usize>| -> Vec<usize> {
        let mut at: Vec<usize> = run.clone().flat_map(|c| cx.places_of(c, s)).collect();
        at.sort_unstable();
        at
    };
    let (a, b) = (places(&parties[0]), places(&parties[1]));
    let date = &sd.tokens;
    let gap = |from: usize, to: usize| &text[f.tokens[from].span.end..f.tokens[to].span.start];
    let act = |k: usize| {
        crate::facts::is_speech(f.lang, &f.tokens[k].norm)
            || super::swapped::joins_parties_alike(f, k)
    };
    // the object's name run from `q` on, in `object`: its last token
    let run_end = |object: &[usize], q: usize| {
        let mut end = q;
        while object.contains(&(end + 1)) {
            end += 1;
        }
        end
    };
    let act_then_object = |subject: &[usize], object: &[usize]| {
        subject.iter().any(|&p| {
            object.iter().any(|&q| {
                if p >= q || object.contains(&p) || subject.contains(&q) {
                    return false;
                }
                let one_clause = cx.clause(s, p).contains(&q)
                    && !(p + 1..q).any(|k| COMPLEMENTISERS.contains(&f.tokens[k].norm.as_str()));
                // "A a assuré ce mardi 15 mars son homologue B"
                let dated_before_object = p < date.start
                    && date.end <= q
                    && date.start - p <= EXCHANGE_ACT_REACH + 1
                    && q - date.end < EXCHANGE_OBJECT_REACH
                    && !super::citizenship::punctuated(gap(date.end - 1, q))
                    && object_phrase(f, date.end..q)
                    && (p + 1..date.start).any(act);
                // "A told B on Tuesday 15 March that ..."
                let end = run_end(object, q);
                let dated_after_object = date.start > end
                    && date.start - end <= 2
                    && !super::citizenship::punctuated(gap(end, date.start))
                    && cx.clause(s, p).contains(&date.start)
                    && (p + 1..q).any(|k| {
                        act(k) && k + EXCHANGE_OBJECT_REACH > q && object_phrase(f, k + 1..q)
                    });
                one_clause && (dated_before_object || dated_after_object)
            })
        })
    };
    act_then_object(&a, &b) || act_then_object(&b, &a)
}

/// The claim's two named parties, when its first verb is one whose parties
/// play the same part ("met", "a rencontré", "talked with") and it names
/// exactly two.
fn meeting_parties(claim: &Facts, verbs: &[usize]) -> Option<[Range<usize>; 2]> {
    let &verb = verbs.first()?;
    if !super::swapped::joins_parties_alike(claim, verb) {
        return None;
    }
    let parties = claim.keys.name_runs(0..claim.tokens.len());
    <[Range<usize>; 2]>::try_from(parties).ok()
}

/// Words that open the noun phrase of an act's object, after the act's
/// date: a preposition of the indirect object, then an article or a
/// possessive ([`super::PHRASE_DETERMINERS`]) (folded).
const OBJECT_OPENERS: &[&str] = &["a", "au", "to", "with", "avec"];

/// Are the tokens `gap` of `f`, between an act's date and a name, the
/// opening of that name's noun phrase ("son homologue française", "à son
/// homologue", "his counterpart"), or nothing? A verb there makes the name
/// another act's object ("a indiqué mardi vouloir rencontrer Tomas Keller").
fn object_phrase(f: &Facts, gap: Range<usize>) -> bool {
    let word = |k: usize| f.tokens[k].norm.as_str();
    let mut k = gap.start;
    if k < gap.end && OBJECT_OPENERS.contains(&word(k)) {
        k += 1;
    }
    k == gap.end || super::PHRASE_DETERMINERS.contains(&word(k))
}

/// Does the window state all of a meeting claim but its verb ("met"): half
/// of it or more, its names, no other weighty word missing?
fn meeting_all_else_stated(cx: &MatchContext<'_>, verbs: &[usize]) -> bool {
    let cov = cx.coverage;
    cov.share >= DATE_EVENT_COVERAGE
        && cov.missing_names.is_empty()
        && cov
            .missing_weighty
            .iter()
            .all(|m| verbs.iter().any(|&v| cx.claim.tokens[v].norm == *m))
}

/// Does what follows the date at `date` (after a statement's verb) put an
/// act ahead: a French infinitive ("indiqué mardi vouloir saisir"), "to"
/// ("said on Tuesday to be ready"), or a prospect's cue within the next few
/// words ("said on Tuesday it would meet", "a annoncé lundi qu'il allait
/// démissionner")?
fn says_an_act_ahead(f: &Facts, date: &Range<usize>) -> bool {
    let Some(next) = f.tokens.get(date.end) else {
        return false;
    };
    match f.lang {
        Lang::Fr if crate::facts::is_french_infinitive(&next.norm) => return true,
        Lang::En if next.norm == "to" => return true,
        _ => {}
    }
    f.prospects
        .iter()
        .any(|c| c.tokens.start >= date.end && c.tokens.start < date.end + AHEAD_REACH)
}

/// Words between a statement's date and the cue of the act it puts ahead
/// ("said on Tuesday that it would", "a annoncé lundi qu'il allait").
const AHEAD_REACH: usize = 4;

/// Does the claim say no more of its event than that it took place ("a eu
/// lieu", "took place", "s'est produite")?
fn takes_place_only(cx: &MatchContext<'_>) -> bool {
    let claim = cx.claim;
    claim
        .keys
        .words
        .iter()
        .any(|k| k.first().is_some_and(|k| k == LIGHT_PHRASE_KEY))
        && cx.claim_verbs().is_empty()
}

/// Does window sentence `s` write one of the claim's `verbs` (or does the
/// claim have none the matcher recognises)?
pub(super) fn says_claim_verb(cx: &MatchContext<'_>, verbs: &[usize], s: usize) -> bool {
    // (by a key, or by meaning: "a culminé" / "peaked")
    let aligned_here = |v: usize| {
        cx.coverage
            .aligned
            .iter()
            .any(|a| a.claim_token == v && a.at.0 == s)
    };
    verbs.is_empty()
        || verbs
            .iter()
            .any(|&v| cx.places_of(v, s).next().is_some() || aligned_here(v))
}

/// Does a copy of one of the claim's `verbs` stand before the date
/// `date` in window sentence `s`, in its clause, with no complementiser and
/// no other verb between (an auxiliary, an English verb form): the verb's
/// event is the one the date is of.
fn dated_by_claim_verb(
    cx: &MatchContext<'_>,
    verbs: &[usize],
    s: usize,
    date: &Range<usize>,
) -> bool {
    verbs
        .iter()
        .any(|&v| cx.places_of(v, s).any(|t| verb_dated(cx, s, t, date)))
}

/// Does token `t` of window sentence `s`, a verb, stand before the date
/// `date` in its clause, with no complementiser and no other verb between
/// (an auxiliary, an English verb form)?
fn verb_dated(cx: &MatchContext<'_>, s: usize, t: usize, date: &Range<usize>) -> bool {
    let (text, f) = (cx.window[s].text, cx.window[s].facts);
    t < date.start
        && cx.clause(s, t).contains(&date.start)
        && !(t + 1..date.start).any(|k| other_verb_at(text, f, k))
}

/// Is token `k` of `f` (its text `text`) a verb or what opens another
/// clause: a complementiser, a French auxiliary ("à", folded alike, is
/// none), an English verb form? A date after it is that verb's.
fn other_verb_at(text: &str, f: &Facts, k: usize) -> bool {
    let t = &f.tokens[k];
    let norm = t.norm.as_str();
    let auxiliary =
        crate::text::FR_AUXILIARIES.contains(&norm) && !text[t.span.clone()].starts_with('à');
    COMPLEMENTISERS.contains(&norm)
        || auxiliary
        || f.lang == crate::text::Lang::En
            && !t.capitalized
            && crate::text::Lexicon::shared().is_english_verb_or_past(norm)
}

/// Does window sentence `s` date the claim's event otherwise: each place
/// of a claim verb there has, after it in its clause and no other verb
/// between, a date that differs from the claim's `cd`, and none that
/// matches it? A date of the claim elsewhere in the sentence is then
/// another event's ("In May, the bank
/// left its rate unchanged, after raising it in March" does not say it
/// raised it in May; "Mardi, le ministre a rencontré les syndicats, après
/// avoir démissionné vendredi"). One place of its verb not so dated keeps
/// the claim's date possible ("In May the bank raised rates, the first
/// rise since it raised them in March 2022").
fn claim_verb_dated_otherwise(
    cx: &MatchContext<'_>,
    verbs: &[usize],
    s: usize,
    cd: &DateFact,
) -> bool {
    let f = cx.window[s].facts;
    let places: Vec<usize> = verbs.iter().flat_map(|&v| cx.places_of(v, s)).collect();
    // (each place by the dates it dates: "rose in April and in May" dates
    // it in May too)
    let dated = |t: usize, want: Comparison| {
        f.dates
            .iter()
            .any(|d| compare_dates(cd, d).0 == want && verb_dated(cx, s, t, &d.tokens))
    };
    !places.is_empty()
        && places
            .iter()
            .all(|&t| dated(t, Comparison::Mismatch) && !dated(t, Comparison::Match))
}

/// Was every one of the claim's `verbs` found by a dictionary key, none by
/// the sentence encoder's meaning alone?
fn verbs_found_by_words(cx: &MatchContext<'_>, verbs: &[usize]) -> bool {
    !verbs.is_empty()
        && verbs
            .iter()
            .all(|v| !cx.coverage.aligned.iter().any(|a| a.claim_token == *v))
}

/// Does window sentence `s` write the claim's `verbs` only as put ahead
/// ("would close", "pourrait fermer"), each of their places ending a
/// prospect?
fn act_only_ahead(cx: &MatchContext<'_>, verbs: &[usize], s: usize) -> bool {
    let f = cx.window[s].facts;
    let mut places = verbs.iter().flat_map(|&v| cx.places_of(v, s)).peekable();
    places.peek().is_some() && places.all(|t| f.prospects.iter().any(|c| c.tokens.end == t + 1))
}

/// Does the claim's date `cd` date one of its `verbs`: after it, no other
/// verb nor a complementiser between ("reopened on 3 May"; not "said on 3
/// May that the pool would close", whose date is the saying's)?
fn claim_dates_its_verb(cx: &MatchContext<'_>, verbs: &[usize], cd: &DateFact) -> bool {
    verbs.iter().any(|&v| claim_date_of_verb(cx, v, cd))
}

/// Does the claim's date `cd` date its verb `v`: after it, no other verb
/// nor a complementiser between?
fn claim_date_of_verb(cx: &MatchContext<'_>, v: usize, cd: &DateFact) -> bool {
    v < cd.tokens.start
        && !(v + 1..cd.tokens.start).any(|k| other_verb_at(cx.claim_text, cx.claim, k))
}

/// Is the claim's start dated by one of its `verbs` (right before it, no
/// other verb between) whose copy in window sentence `s` dates the
/// window's start the same way ("50,000 numbers selected since 2018" /
/// "50.000 numéros ... sélectionnés depuis 2016")? The two starts are then
/// of one state, whatever else of the claim the window leaves out ("The
/// list contains ..." / "l'affaire concerne une liste de ..."), when it
/// states enough of the claim with its names. (Starts only: a point
/// dated by a verb's copy may be another sense's, "s'est déclaré le
/// samedi" / "said on Monday".)
fn same_verb_dates_both(
    cx: &MatchContext<'_>,
    verbs: &[usize],
    s: usize,
    cd: &DateFact,
    sd: &DateFact,
) -> bool {
    cd.since
        && sd.since
        && cx.coverage.share >= DATE_EVENT_COVERAGE
        && cx.coverage.missing_names.is_empty()
        && verbs.iter().any(|&v| {
            claim_date_of_verb(cx, v, cd)
                && cx.places_of(v, s).any(|t| verb_dated(cx, s, t, &sd.tokens))
        })
}

/// Words that may stand between a verb and the date it is said on: "a
/// indiqué ce mardi", "said on Tuesday", "announced last week" (folded).
const STATEMENT_DATE_LINKS: &[&str] = &["le", "ce", "on", "this", "last"];

/// Does the date `date` of window sentence `s` follow a speech verb that is
/// not a copy of one of the claim's `verbs`, with at most an article or a
/// preposition between, when the claim reports no statement: the day the
/// statement was made, not its content's? When the claim reports one, the
/// statement of another party of the same title: the claim's speaker is
/// qualified by a country ("Israel's defence minister told ...") that the
/// words before the window's verb do not give ("La ministre avait déjà
/// indiqué mardi", "le gouvernement israélien" later in the sentence).
pub(super) fn dates_a_statement(
    cx: &MatchContext<'_>,
    verbs: &[usize],
    s: usize,
    date: &Range<usize>,
) -> bool {
    let f = cx.window[s].facts;
    let mut k = date.start;
    while k > 0
        && date.start - k < 2
        && STATEMENT_DATE_LINKS.contains(&f.tokens[k - 1].norm.as_str())
    {
        k -= 1;
    }
    let Some(verb) = k.checked_sub(1) else {
        return false;
    };
    // (a claim that reports a statement dates the statement: "Parly had
    // said on Monday that ...")
    let claim_reports =
        (cx.claim.tokens.iter()).any(|t| crate::facts::is_speech(cx.claim.lang, &t.norm));
    crate::facts::is_speech(f.lang, &f.tokens[verb].norm)
        && (!claim_reports || another_partys_statement(cx, s, verb))
        && !verbs.iter().any(|&v| {
            cx.places_of(v, s).any(|t| t == verb)
                || cx
                    .coverage
                    .aligned
                    .iter()
                    .any(|a| a.claim_token == v && a.at == (s, verb))
        })
}

/// Is the speech verb at `verb` of window sentence `s` another party's than
/// the claim's speaker, told by the country that qualifies the claim's
/// speaker ("Israel's defence minister", "le ministre israélien"): none of
/// its words among the few words before the verb, where its party stands
/// ([`PARTY_REACH`]: "La ministre avait déjà indiqué")?
fn another_partys_statement(cx: &MatchContext<'_>, s: usize, verb: usize) -> bool {
    let claim = cx.claim;
    let speakers_country: Vec<usize> = cx
        .claim_subject()
        .into_iter()
        .filter(|&t| claim.keys.in_country(t))
        .collect();
    !speakers_country.is_empty()
        && !speakers_country.iter().any(|&c| {
            cx.places_of(c, s)
                .any(|u| u < verb && u + PARTY_REACH >= verb)
        })
}

/// Does token `t` of window sentence `s` stand in a relative clause whose
/// noun is a name the claim does not have? "Jean Dubois, ami du peintre
/// Paul Marchand, qui mourra à Nice en 1911" dates Paul Marchand's death,
/// not Jean Dubois's.
pub(super) fn in_relative_clause_of_another(cx: &MatchContext<'_>, s: usize, t: usize) -> bool {
    cx.relative_noun(s, &cx.clause(s, t))
        .is_some_and(|noun| cx.window[s].facts.keys.names.contains(&noun) && !cx.matched(s, noun))
}

/// Does the claim's weekday not fit its date, in its own year or, when it
/// writes none, in the window's?
fn claim_weekday_wrong(cd: &DateFact, sd: &DateFact) -> bool {
    let actual = || {
        crate::calendar::Date::new(cd.year.or(sd.year)?, cd.month?, cd.day?).map(|d| d.weekday())
    };
    cd.weekday
        .is_some_and(|written| actual().is_some_and(|a| a != written))
}

/// The window's event is the claim's: half the claim or more stated, its
/// names and verbs among it, and no word that carries meaning missing, one
/// with three or more found ("the extraordinary council" for "le conseil de
/// défense"; not "a eu lieu" missing from a three-word claim), one beside a
/// found word of its noun phrase with two found ("building work" for
/// "construction", "record level" for "record"), or two with five or more
/// found (a circumstance the window leaves out).
pub(super) fn same_event(cx: &MatchContext<'_>) -> bool {
    let cov = cx.coverage;
    let found_weighty = cov
        .matched_claim
        .iter()
        .filter(|&&t| carries_meaning(cx.claim, t))
        .count();
    let missing = cov.missing_weighty.len();
    cov.share >= DATE_EVENT_COVERAGE
        && cov.missing_names.is_empty()
        && !cx.verb_missing()
        && (missing == 0
            || (missing == 1 && found_weighty >= 3)
            || (missing == 1 && found_weighty >= 2 && missing_beside_found(cx))
            || (missing == 2 && found_weighty >= 5))
}

/// Does the claim's one missing weighty word stand right beside a found word
/// that is not light, in the same noun phrase ("Building work will begin"
/// against "Construction is due to start")?
fn missing_beside_found(cx: &MatchContext<'_>) -> bool {
    let claim = cx.claim;
    let cov = cx.coverage;
    let weighty_found = |t: usize| cov.matched_claim.contains(&t) && carries_meaning(claim, t);
    // "les travaux de rénovation": a word of the noun phrase may be linked
    // by "de"/"of"
    let of = |t: usize| {
        claim
            .tokens
            .get(t)
            .is_some_and(|k| OF_WORDS.contains(&k.norm.as_str()))
    };
    (0..claim.tokens.len())
        .filter(|&t| {
            cov.missing_weighty
                .iter()
                .any(|m| *m == claim.tokens[t].norm)
        })
        .any(|t| {
            (t > 0 && weighty_found(t - 1))
                || weighty_found(t + 1)
                || (t > 1 && of(t - 1) && weighty_found(t - 2))
                || (of(t + 1) && weighty_found(t + 2))
        })
}

/// The stems of the words the coverage matched in sentence `s`: a date
/// belongs to any place of one of them.
fn matched_stems<'f>(f: &'f Facts, s: usize, cov: &Coverage) -> Vec<&'f String> {
    cov.matched
        .iter()
        .filter(|&&(ms, _)| ms == s)
        .filter_map(|&(_, mt)| f.keys.words[mt].first())
        .collect()
}

/// Words that may stand between an event word and its date: "la
/// catastrophe de 1986", "voted on Tuesday", "a eu lieu le 14 mars" (folded).
const EVENT_DATE_LINKS: &[&str] = &[
    "de", "du", "d", "des", "en", "le", "la", "l", "au", "ce", "dans", "on", "in", "of", "the",
    "at",
];

/// Nouns of a day that may name the date before it is written: "le
/// débarquement de Normandie le jour J, le 6 juin 1944".
const DAY_NOUNS: &[&str] = &[
    "jour", "day", "matin", "soir", "nuit", "morning", "evening", "night",
];

/// Does a matched claim word stand just before the date (sentence `s`) or
/// in its time phrase,
/// with nothing but prepositions, articles or the day's own name between:
/// the date is that word's? (Every place of a matched word counts: the
/// coverage keeps the first, "l'appel avec Macron ... de l'appel du 24
/// juillet".)
fn date_of_matched_word(f: &Facts, s: usize, date: &Range<usize>, cov: &Coverage) -> bool {
    const MAX_GAP: usize = 5;
    let stem = |t: usize| f.keys.words[t].first();
    let matched_stems = matched_stems(f, s, cov);
    let linked = |gap: &[crate::text::Token]| {
        gap.iter().enumerate().all(|(k, w)| {
            let norm = w.norm.as_str();
            EVENT_DATE_LINKS.contains(&norm)
                || DAY_NOUNS.contains(&norm)
                // the day's name: "jour J", "day one"
                || k > 0 && DAY_NOUNS.contains(&gap[k - 1].norm.as_str())
        })
    };
    // (a word inside the date's own time phrase is its event: "pendant la
    // catastrophe de 1986")
    let before = (date.start.saturating_sub(MAX_GAP + 1)..date.end).any(|t| {
        stem(t).is_some_and(|k| matched_stems.contains(&k))
            && (t >= date.start || linked(&f.tokens[t + 1..date.start]))
    });
    // the event named right after its date, the verb before it: "a réuni,
    // le 22 juillet, un conseil de défense", "ce jeudi 22 juillet, au cours
    // d'un Conseil de défense", "held on 22 July an emergency council"
    let after = || {
        (date.end..(date.end + EVENT_AFTER_DATE_GAP + 1).min(f.tokens.len())).any(|t| {
            stem(t).is_some_and(|k| matched_stems.contains(&k))
                // a common word, not a name ("4 février 2005, Irak.")
                && common_word(f, t)
                && f.tokens[date.end..t]
                    .iter()
                    .all(|w| EVENT_AFTER_DATE_LINKS.contains(&w.norm.as_str()))
        })
    };
    before || after()
}

/// Tokens, at most, between a date and the event noun named after it.
const EVENT_AFTER_DATE_GAP: usize = 4;

/// Words that may stand between a date and the event named after it: an
/// indefinite or definite article, "au cours de", "lors de", "during"
/// (folded).
const EVENT_AFTER_DATE_LINKS: &[&str] = &[
    "un", "une", "le", "la", "l", "au", "cours", "lors", "d", "de", "du", "a", "an", "the",
    "during",
];

/// Ordinals that say none came before them since a start: "the first ...
/// since" (folded).
pub(super) const FIRST: &[&str] = &["first", "premier", "premiere", "premiers", "premieres"];
/// Ordinals that say none came after them since a start: "la dernière ...
/// depuis" (folded).
const LAST: &[&str] = &["last", "dernier", "derniere", "derniers", "dernieres"];

/// Superlatives a ranking since a start is said with, both languages
/// (folded); French writes most with "le plus" / "la moins" (see
/// [`ranks_before`]).
const SUPERLATIVES: &[&str] = &[
    "most",
    "least",
    "largest",
    "biggest",
    "highest",
    "lowest",
    "greatest",
    "deadliest",
    "worst",
    "best",
    "strongest",
    "hottest",
    "coldest",
    "wettest",
    "driest",
    "longest",
    "fastest",
    "oldest",
    "smallest",
    "heaviest",
    "warmest",
    "costliest",
    "busiest",
    "record",
    "meilleur",
    "meilleure",
    "meilleurs",
    "meilleures",
    "pire",
    "pires",
];

/// Do tokens `from..to` of `f` rank something: an ordinal that counts from
/// a start ("first", "dernière"), a superlative ("the largest", "le plus
/// grand", "la moins chère"), a record?
fn ranks_before(f: &Facts, from: usize, to: usize) -> bool {
    let norm = |t: usize| f.tokens[t].norm.as_str();
    (from..to).any(|t| {
        FIRST.contains(&norm(t))
            || LAST.contains(&norm(t))
            || SUPERLATIVES.contains(&norm(t))
            || matches!(norm(t), "plus" | "moins")
                && t > 0
                && matches!(norm(t - 1), "le" | "la" | "les" | "l")
    })
}

/// Does the window's start at `date` (sentence `s`) close a clause that
/// opens on an ordinal the claim says too: "la première rencontre entre le
/// ministre israélien et son homologue français depuis 2013" for "their
/// first meeting since 2015"?
fn first_since(cx: &MatchContext<'_>, s: usize, date: &Range<usize>) -> bool {
    let counted_from = |w: &str| FIRST.contains(&w) || LAST.contains(&w);
    let claim = cx.claim;
    claim.tokens.iter().any(|t| counted_from(&t.norm)) && start_opened_by(cx, s, date, counted_from)
}

/// Does the clause the start at `date` (sentence `s`) closes open on a word
/// `opens` takes, before the start?
pub(super) fn start_opened_by(
    cx: &MatchContext<'_>,
    s: usize,
    date: &Range<usize>,
    opens: impl Fn(&str) -> bool,
) -> bool {
    let f = cx.window[s].facts;
    let clause = cx.clause(s, date.start);
    (clause.start..date.start).any(|t| opens(&f.tokens[t].norm))
}

pub(super) fn date_near_matched_word(
    (text, f): (&str, &Facts),
    s: usize,
    date: &Range<usize>,
    cov: &Coverage,
    names_count: bool,
) -> bool {
    // every place in the sentence where a matched word occurs (the coverage
    // keeps its first: "l'appel avec Macron ... de l'appel du 24 juillet")
    let stem = |t: usize| f.keys.words[t].first();
    let matched_stems = matched_stems(f, s, cov);
    // a clause a complementiser opens is another event: "a déclaré le 7
    // juin que la visite au Mexique ..." dates the statement, not the visit
    // (not the "that" of a relative clause right after the word, its
    // subject: "a wildfire that broke out on Saturday 12 August" dates the
    // wildfire's outbreak)
    let complementiser_between = |t: usize| {
        let between = if t < date.start {
            t + 1..date.start
        } else {
            date.end..t
        };
        between.into_iter().any(|k| {
            COMPLEMENTISERS.contains(&f.tokens[k].norm.as_str())
                && !(k == t + 1 && opens_subject_relative(f, k))
        })
    };
    // ... and so is the next clause of a coordination ("Temperatures
    // reached 41 degrees on Saturday, and no rain is forecast"): a comma
    // and a coordinator, or a semicolon, between the date and the word
    let clause_break_between = |t: usize| {
        let between = if t < date.start {
            t + 1..date.start + 1
        } else {
            date.end..t + 1
        };
        between.into_iter().any(|k| {
            let gap = &text[f.tokens[k - 1].span.end..f.tokens[k].span.start];
            gap.contains(';')
                || gap.contains(',') && COORDINATORS.contains(&f.tokens[k].norm.as_str())
        })
    };
    // the name of an event dated a day apart ("la veille du début de la
    // grève") is that date's, not this one's
    let named_by_another = |t: usize| {
        f.dates
            .iter()
            .any(|d| d.tokens != *date && d.event.as_ref().is_some_and(|e| e.contains(&t)))
    };
    (0..f.tokens.len()).any(|t| {
        let distance = if t < date.start {
            date.start - t
        } else {
            t.saturating_sub(date.end - 1)
        };
        distance <= DATE_EVENT_DISTANCE
            && !date.contains(&t)
            && !complementiser_between(t)
            && !clause_break_between(t)
            && !named_by_another(t)
            && stem(t).is_some_and(|k| matched_stems.contains(&k))
            && (names_count || common_word(f, t))
    })
}

/// Words that open a clause's subject in English: after "that" they make
/// it a complement clause ("the claim that the fire started") or a relative
/// clause of another subject ("the fire that Paul saw"), folded.
const SUBJECT_STARTS_EN: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your",
    "it", "he", "she", "they", "we", "i", "you", "there", "some", "no", "any",
];

/// Is English "that" at token `k` the subject of a relative clause ("a
/// wildfire that broke out", "the report that was published"): right after
/// a word that is no verb of saying, and followed by no subject of its own?
fn opens_subject_relative(f: &Facts, k: usize) -> bool {
    f.lang == crate::text::Lang::En
        && f.tokens[k].norm == "that"
        && k > 0
        && !crate::facts::is_speech(f.lang, &f.tokens[k - 1].norm)
        && f.tokens
            .get(k + 1)
            .is_some_and(|n| !n.capitalized && !SUBJECT_STARTS_EN.contains(&n.norm.as_str()))
}

/// Coordinators that open a clause of its own after a comma (folded).
const COORDINATORS: &[&str] = &["and", "but", "while", "whereas", "et", "mais", "tandis"];

/// Words that make an event a further instance of its kind: "another
/// report", "voted again", "un nouveau rapport", "a de nouveau voté"
/// (folded). Ordinals past the first ("a second report", "la troisième
/// rencontre") do too, from data/rules/numbers.tsv.
const REPEAT_WORDS: &[&str] = &[
    "again",
    "anew",
    "another",
    "new",
    "renewed",
    "autre",
    "nouveau",
    "nouvel",
    "nouvelle",
    "nouveaux",
    "nouvelles",
];

/// Does the text tell of a further instance of an event, in a common word
/// (not "New York", "Nouvelle-Calédonie")?
fn tells_a_repeat(f: &Facts) -> bool {
    let vocab = crate::facts::Vocabulary::shared();
    (0..f.tokens.len()).any(|t| {
        let norm = f.tokens[t].norm.as_str();
        (REPEAT_WORDS.contains(&norm)
            || vocab
                .number(crate::facts::NumberRole::Ordinal, norm)
                .is_some_and(|v| v >= 2.0))
            && common_word(f, t)
    })
}

/// Is token `t` a common word, not a name: lower-case or after an article
/// ("un Conseil de défense"), and in no entity ("4 février 2005, Irak.")?
fn common_word(f: &Facts, t: usize) -> bool {
    (!f.tokens[t].capitalized || after_article(f, t)) && !f.keys.in_country(t)
}

#[cfg(test)]
mod tests {
    use super::super::table::{Case, EffectRow, assert_effects};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    const COUNCIL: &str = "Le président français a réuni, le 22 juillet, un conseil de défense dédié à l'affaire Pegasus.";
    const COUNCIL_THURSDAY: &str = "Le président français a réuni, le jeudi 22 juillet, un conseil de défense dédié à l'affaire Pegasus.";

    const HEALTH_VISIT: &str = "C'était la première visite du ministre de la Santé belge et de son homologue néerlandais depuis 2016, a indiqué le ministère.";

    /// A claim about a further instance of its event ("a second report",
    /// "un nouveau rapport", "again") is not dated by a window that does
    /// not count the event: the window's date may be the first instance's.
    #[test]
    fn a_further_instance_is_not_dated_by_the_first() {
        use Effect::*;
        let rapport = "Dans son rapport publié le 18 juillet 2021, l'ONG Veritas accusait la société Orvex de vendre ses logiciels à des régimes autoritaires.";
        let report = "In its report published on 18 July 2021, the NGO Veritas accused the company Orvex of selling its software to authoritarian regimes.";
        let table: &[EffectRow] = &[
            // the claim counts the event, the window does not
            (
                "Veritas published a second report on Orvex on 3 May 2022.",
                En,
                rapport,
                Fr,
                Blocks,
            ),
            (
                "Veritas published another report on Orvex on 3 May 2022.",
                En,
                report,
                En,
                Blocks,
            ),
            (
                "Veritas a publié un nouveau rapport sur Orvex le 3 mai 2022.",
                Fr,
                rapport,
                Fr,
                Blocks,
            ),
            (
                "Veritas a de nouveau accusé Orvex dans un rapport publié le 3 mai 2022.",
                Fr,
                report,
                En,
                Blocks,
            ),
            // without the count, the window's date is the claim's event's
            (
                "Veritas published its report on Orvex on 3 May 2022.",
                En,
                rapport,
                Fr,
                Contradicts,
            ),
            (
                "Veritas a publié son rapport sur Orvex le 3 mai 2022.",
                Fr,
                report,
                En,
                Contradicts,
            ),
            // the window counts it too: the dates compare
            (
                "Veritas published a second report on Orvex on 3 May 2022.",
                En,
                "Veritas published a second report on Orvex on 3 May 2023, accusing the company of selling its software to authoritarian regimes.",
                En,
                Contradicts,
            ),
        ];
        assert_effects("date", table);
    }

    /// A claim that only says its event took place, on a weekday that does
    /// not fit its own date: a sentence that states the claim and writes
    /// that date with the weekday that fits contradicts it, the event's
    /// word near the date or not. A sentence about something else does not.
    #[test]
    fn a_weekday_that_does_not_fit_the_date_taken_place() {
        use Effect::*;
        let night = "Des cambrioleurs se sont introduits dans la galerie Varnholt dans la nuit du dimanche 19 mai 2024.";
        let table: &[EffectRow] = &[
            (
                "Le cambriolage de la galerie Varnholt a eu lieu le lundi 19 mai 2024.",
                Fr,
                "Thieves broke into the Varnholt gallery in the early hours of Sunday 19 May 2024 and took two paintings.",
                En,
                Contradicts,
            ),
            (
                "The burglary at the Varnholt gallery took place on Monday 19 May 2024.",
                En,
                night,
                Fr,
                Contradicts,
            ),
            (
                "The burglary took place on Monday 19 May 2024.",
                En,
                "The burglary at the Varnholt gallery happened in the night of Sunday 19 May 2024.",
                En,
                Contradicts,
            ),
            // the weekday fits: the date agrees
            (
                "The burglary at the Varnholt gallery took place on Sunday 19 May 2024.",
                En,
                night,
                Fr,
                Supports,
            ),
        ];
        assert_effects("date", table);
        // a sentence about something else, on that date, says nothing of it
        let other = Case::new(
            "Le cambriolage a eu lieu le lundi 19 mai 2024.",
            Fr,
            "Le maire a inauguré la piscine municipale le dimanche 19 mai 2024.",
            Fr,
        )
        .findings_of("date");
        assert!(other.iter().all(|f| f.effect != Contradicts), "{other:?}");
    }

    /// A date right after a speech verb is the day of the statement, not
    /// of the event it announces, unless the claim reports a statement too.
    #[test]
    fn a_date_after_a_speech_verb_dates_the_statement() {
        use Effect::*;
        let indique = "La ministre avait indiqué le mardi 27 juillet vouloir profiter de la rencontre avec son homologue.";
        let said = "The minister had said on Tuesday 27 July she wanted to use the meeting with her counterpart.";
        let table: &[EffectRow] = &[
            (
                "La ministre a rencontré son homologue le mercredi 28 juillet.",
                Fr,
                indique,
                Fr,
                Blocks,
            ),
            (
                "The minister met her counterpart on Wednesday 28 July.",
                En,
                said,
                En,
                Blocks,
            ),
            // the claim reports the statement: its day is the claim's
            (
                "The minister had said on Wednesday 28 July that she wanted to use the meeting with her counterpart.",
                En,
                said,
                En,
                Contradicts,
            ),
            // ... said by the claim's speaker: one qualified by a country
            // is not the speaker of a sentence that gives that country to
            // another noun only
            (
                "Norway's defence minister had said on Wednesday 28 July that she wanted to use the meeting with the Norwegian government.",
                En,
                "The minister had said on Tuesday 27 July she wanted to use the meeting with the Norwegian government.",
                En,
                Blocks,
            ),
            (
                "Le ministre norvégien de la Défense avait indiqué le mercredi 28 juillet vouloir profiter de la rencontre avec son homologue.",
                Fr,
                "Le ministre norvégien de la Défense avait indiqué le mardi 27 juillet vouloir profiter de la rencontre avec son homologue.",
                Fr,
                Contradicts,
            ),
            // a date that dates the meeting itself still differs
            (
                "La ministre a rencontré son homologue le mercredi 28 juillet.",
                Fr,
                "La ministre a rencontré son homologue le mardi 27 juillet.",
                Fr,
                Contradicts,
            ),
            // nor does the statement's day state the meeting's, when what
            // was said then is an act ahead
            (
                "La ministre a rencontré son homologue le mardi 27 juillet.",
                Fr,
                indique,
                Fr,
                Blocks,
            ),
            (
                "The minister met her counterpart on Tuesday 27 July.",
                En,
                "The minister had said on Tuesday 27 July that she would use the meeting with her counterpart.",
                En,
                Blocks,
            ),
            (
                "The minister met her counterpart on Tuesday 27 July.",
                En,
                "The minister said on Tuesday 27 July to be ready for the meeting with her counterpart.",
                En,
                Blocks,
            ),
            // ... but a statement made then, to the claim's party, does
            (
                "Le ministre a rencontré son homologue Ilse Varga le mardi 27 juillet.",
                Fr,
                "Le ministre a assuré ce mardi 27 juillet son homologue Ilse Varga que son pays prenait les allégations au sérieux.",
                Fr,
                Supports,
            ),
            (
                "The fire service gave the figure of 4,500 hectares on Monday 14 August.",
                En,
                "The fire has burned about 4,500 hectares, the fire service said on Monday 14 August.",
                En,
                Supports,
            ),
        ];
        assert_effects("date", table);
    }

    /// A start dated by the same verb on both sides is one state's, even
    /// where the window words the rest of the claim otherwise ("contains" /
    /// "concerne"); a start of another verb is not.
    #[test]
    fn a_start_dated_by_the_same_verb() {
        use Effect::*;
        let window = "L'affaire concerne une liste de 50.000 numéros sélectionnés depuis 2016 par les clients de la société Orvex.";
        let table: &[EffectRow] = &[
            (
                "The list contains 50,000 numbers selected since 2018 by Orvex's clients.",
                En,
                window,
                Fr,
                Contradicts,
            ),
            (
                "The list contains 50,000 numbers published since 2018 by Orvex's clients.",
                En,
                window,
                Fr,
                Blocks,
            ),
        ];
        assert_effects("date", table);
    }

    /// The claim's verb before the date in its clause dates its event
    /// however long the name between; another verb between dates another.
    #[test]
    fn a_date_after_the_claims_verb_and_a_long_name() {
        use Effect::*;
        let broke = "Thieves broke into the Oberhaven Museum of Fine Arts in the early hours of Sunday 19 May 2024 and took three paintings.";
        let cambriole = "Des voleurs ont cambriolé le musée des Beaux-Arts d'Oberhaven aux premières heures du dimanche 19 mai 2024 et ont emporté trois tableaux.";
        let table: &[EffectRow] = &[
            (
                "The thieves broke into the museum on Saturday 18 May 2024.",
                En,
                broke,
                En,
                Contradicts,
            ),
            (
                "The thieves broke into the museum on Sunday 19 May 2024.",
                En,
                broke,
                En,
                Supports,
            ),
            (
                "Les voleurs ont cambriolé le musée le samedi 18 mai 2024.",
                Fr,
                cambriole,
                Fr,
                Contradicts,
            ),
            (
                "Les voleurs ont cambriolé le musée le dimanche 19 mai 2024.",
                Fr,
                cambriole,
                Fr,
                Supports,
            ),
            // another verb between: the date is that verb's
            (
                "The thieves broke into the museum on Saturday 18 May 2024.",
                En,
                "Thieves broke into the Oberhaven Museum of Fine Arts before the guards discovered the damage on Sunday 19 May 2024.",
                En,
                Blocks,
            ),
        ];
        assert_effects("date", table);
    }

    /// An act of one of the claim's parties on the other, told with its
    /// date, dates the meeting the claim tells: "met" / "a assuré ce mardi
    /// 15 mars son homologue". Not a date after "que" (what was said), nor
    /// one of a statement whose object is another act's.
    #[test]
    fn an_exchange_of_the_two_parties_dates_their_meeting() {
        use Effect::*;
        let assure = "La ministre autrichienne Ilse Varga a assuré ce mardi 15 mars son homologue suisse Tomas Keller que les négociations continueraient.";
        let told = "Ilse Varga told her Swiss counterpart Tomas Keller on Tuesday 15 March that the talks would go on.";
        let table: &[EffectRow] = &[
            (
                "Ilse Varga met Tomas Keller on Monday 14 March.",
                En,
                assure,
                Fr,
                Contradicts,
            ),
            (
                "Ilse Varga met Tomas Keller on Tuesday 15 March.",
                En,
                assure,
                Fr,
                Supports,
            ),
            (
                "Ilse Varga a rencontré Tomas Keller le lundi 14 mars.",
                Fr,
                assure,
                Fr,
                Contradicts,
            ),
            (
                "Ilse Varga and Tomas Keller met on 16 March.",
                En,
                told,
                En,
                Contradicts,
            ),
            (
                "Ilse Varga s'est entretenue avec Tomas Keller le 14 mars.",
                Fr,
                told,
                En,
                Contradicts,
            ),
            // what was said is dated, not the saying
            (
                "Ilse Varga met Tomas Keller on Monday 14 March.",
                En,
                "Ilse Varga a informé Tomas Keller que des experts s'étaient rendus ce mardi 15 mars à Berne.",
                Fr,
                Blocks,
            ),
            // the name is another act's object: the date is the statement's
            (
                "Ilse Varga met Tomas Keller on Monday 14 March.",
                En,
                "Ilse Varga avait indiqué mardi 15 mars vouloir rencontrer Tomas Keller.",
                Fr,
                Blocks,
            ),
            // an act that may be done from afar does not date a meeting
            (
                "Ilse Varga met Tomas Keller on Monday 14 March.",
                En,
                "Ilse Varga a félicité ce mardi 15 mars son homologue suisse Tomas Keller pour sa réélection.",
                Fr,
                Blocks,
            ),
            // a verb whose parties play different parts is not dated so
            (
                "Ilse Varga criticised Tomas Keller on Monday 14 March.",
                En,
                assure,
                Fr,
                Blocks,
            ),
        ];
        assert_effects("date", table);
    }

    #[test]
    fn dates_table() {
        use Effect::*;
        // (claim, language, window, expected kind, effect, source side)
        let table: &[(&str, _, &str, Kind, Effect, &str)] = &[
            (
                "The defence council met on 22 July.",
                En,
                COUNCIL,
                Kind::Date,
                Supports,
                "22 juillet",
            ),
            (
                "The defence council met on 21 July.",
                En,
                COUNCIL,
                Kind::Date,
                Contradicts,
                "22 juillet",
            ),
            (
                "Le conseil de défense s'est réuni le 23 juillet.",
                Fr,
                COUNCIL,
                Kind::Date,
                Contradicts,
                "22 juillet",
            ),
            // the event's word nearest the date is an institution's title
            // ("ministre de la Santé"): a common noun, not a name
            (
                "It was the first visit by the Belgian and Dutch health ministers since 2019.",
                En,
                HEALTH_VISIT,
                Kind::Date,
                Contradicts,
                "depuis 2016",
            ),
            // the start dates the event its ordinal counts, past the long
            // description the claim replaces by a pronoun
            (
                "C'était leur première visite depuis 2018.",
                Fr,
                HEALTH_VISIT,
                Kind::Date,
                Contradicts,
                "depuis 2016",
            ),
            (
                "It was their first visit since 2016.",
                En,
                HEALTH_VISIT,
                Kind::Date,
                Supports,
                "depuis 2016",
            ),
            // the weekday fits the source's date, or not (2021-07-22 was a Thursday)
            (
                "The defence council met on Thursday 22 July.",
                En,
                COUNCIL,
                Kind::Weekday,
                Supports,
                "22 juillet",
            ),
            (
                "Le conseil de défense s'est réuni le vendredi 22 juillet.",
                Fr,
                COUNCIL,
                Kind::Weekday,
                Contradicts,
                "22 juillet",
            ),
            (
                "The defence council met on Friday 22 July.",
                En,
                COUNCIL_THURSDAY,
                Kind::Weekday,
                Contradicts,
                "jeudi 22 juillet",
            ),
            (
                "Le conseil de défense s'est réuni le vendredi 22 juillet.",
                Fr,
                COUNCIL_THURSDAY,
                Kind::Weekday,
                Contradicts,
                "jeudi 22 juillet",
            ),
            // another event of that day: the date is not its date
            (
                "The spyware was sold on 21 July.",
                En,
                COUNCIL,
                Kind::Date,
                Blocks,
                "",
            ),
            // the claim's weekday does not fit its own date (22 July 2021 was
            // a Thursday), which the window writes beside the same names
            // with its weekday: the calendar decides, whatever the event
            (
                "Emmanuel Macron met his ministers on Friday 22 July 2021.",
                En,
                "Emmanuel Macron a réuni, ce jeudi 22 juillet, un conseil de défense.",
                Kind::Weekday,
                Contradicts,
                "jeudi 22 juillet",
            ),
            // ... but a claim whose weekday fits keeps to the event rule
            (
                "Emmanuel Macron met his ministers on Thursday 22 July 2021.",
                En,
                "Emmanuel Macron a réuni, ce jeudi 22 juillet, un conseil de défense.",
                Kind::Weekday,
                Supports,
                "jeudi 22 juillet",
            ),
        ];
        for &(claim, lang, window, kind, effect, source) in table {
            let found = Case::new(claim, lang, window, Fr)
                .published("2021-07-24")
                .findings_of("date");
            assert_eq!(found.len(), 1, "{claim}");
            let f = &found[0];
            assert_eq!(
                (f.kind, f.effect, f.source.as_str()),
                (kind, effect, source),
                "{claim}"
            );
        }
    }

    /// One word of the claim not in the window leaves the event the same
    /// with two found when it stands beside one of them in a noun phrase
    /// the window names otherwise ("repair work" / "repairs"); not a word
    /// of its own ("a eu lieu"). A date in a relative clause of another
    /// name is that name's event.
    #[test]
    fn a_noun_phrase_stated_in_part_is_the_same_event() {
        use super::super::table::{Row, assert_rows};
        let contradicts = &[(Kind::Date, Effect::Contradicts)][..];
        let blocks = &[(Kind::Date, Effect::Blocks)][..];
        let table: &[Row] = &[
            (
                "The repair work will start in 2026.",
                En,
                "Repairs are due to start in the autumn of 2025.",
                En,
                contradicts,
            ),
            (
                "Les travaux de rénovation commenceront en 2026.",
                Fr,
                "La rénovation doit commencer à l'automne 2025.",
                Fr,
                contradicts,
            ),
            // the date of a relative clause of another name is its event's,
            // when the claim names its own subject
            (
                "La loi sur le travail des enfants a été adoptée en 1990.",
                Fr,
                "En Inde, les tapis sont surtout fabriqués dans le Bihar, qui a adopté en 1986 une loi sur le travail des enfants.",
                Fr,
                contradicts,
            ),
            (
                "Jean Dubois mourut en 1890.",
                Fr,
                "En 1895, Jean Dubois, ami du peintre Paul Marchand, qui mourra à Nice en 1911, a vu ses carnets publiés.",
                Fr,
                blocks,
            ),
            (
                "John Dubois died in 1890.",
                En,
                "In 1895 John Dubois, a friend of the painter Paul Marchand, who died in Nice in 1911, saw his notebooks published.",
                En,
                blocks,
            ),
            (
                "La guerre a eu lieu en 1982.",
                Fr,
                "Le pays était toujours obsédé par la guerre, même en 1994.",
                Fr,
                blocks,
            ),
            // the year of a time phrase dates the claim's event
            (
                "Le poète Jan Vrba s'est installé à Brno durant la pandémie de 2021.",
                Fr,
                "Le poète tchèque Jan Vrba s'est installé à Brno en 1969 pour écrire.",
                Fr,
                contradicts,
            ),
            (
                "The poet Jan Vrba moved to Brno during the 2021 pandemic.",
                En,
                "The Czech poet Jan Vrba moved to Brno in 1969 to write.",
                En,
                contradicts,
            ),
        ];
        assert_rows("date", table);
    }

    /// A claim's bound ("après le 24 février 2022", "before 15 November")
    /// against the event's date in the window: the calendar decides, and a
    /// bound met does not anchor the statement.
    #[test]
    fn a_bound_against_the_events_date() {
        use super::super::table::{Row, assert_rows};
        let contradicts = &[(Kind::Date, Effect::Contradicts)][..];
        let supports = &[(Kind::Date, Effect::Supports)][..];
        let table: &[Row] = &[
            (
                "La vidéo a été enregistrée après le 24 février 2022.",
                Fr,
                "La vidéo a été enregistrée le 14 novembre 2020 pendant le tournage d'une série.",
                Fr,
                contradicts,
            ),
            (
                "The video was recorded after 24 February 2022.",
                En,
                "La vidéo a été enregistrée le 14 novembre 2022 pendant le tournage d'une série.",
                Fr,
                supports,
            ),
            (
                "Le pont de Varenne a été fermé avant le 15 novembre 2023.",
                Fr,
                "Le pont de Varenne a été fermé le 3 novembre 2023 par la mairie.",
                Fr,
                supports,
            ),
            (
                "The Varenne bridge was closed before 15 November 2023.",
                En,
                "The Varenne bridge was closed on 23 November 2023 by the council.",
                En,
                contradicts,
            ),
            (
                "Le pont de Varenne a été construit après 1990.",
                Fr,
                "The Varenne bridge was built in 1985 by a local company.",
                En,
                contradicts,
            ),
        ];
        assert_rows("date", table);
    }

    /// A date right after an act put ahead dates what was expected: the act
    /// done is dated elsewhere, or not at all.
    #[test]
    fn a_date_of_an_act_ahead_is_not_the_acts() {
        use super::super::table::{Row, assert_rows};
        let contradicts = &[(Kind::Date, Effect::Contradicts)][..];
        let supports = &[(Kind::Date, Effect::Supports)][..];
        let late = "The Varenne bridge, which was due to open in 2019, finally opened in 2021.";
        let tard = "Le pont de Varenne, qui devait ouvrir en 2019, a finalement ouvert en 2021.";
        let table: &[Row] = &[
            (
                "The Varenne bridge opened in 2019.",
                En,
                late,
                En,
                contradicts,
            ),
            (
                "Le pont de Varenne a ouvert en 2019.",
                Fr,
                tard,
                Fr,
                contradicts,
            ),
            ("The Varenne bridge opened in 2021.", En, tard, Fr, supports),
            // a claim ahead is dated by the act ahead
            (
                "The Varenne bridge will open in 2019.",
                En,
                "The Varenne bridge is due to open in 2019.",
                En,
                supports,
            ),
        ];
        assert_rows("date", table);
    }

    /// A date in an aim or a condition dates what is hoped for or
    /// supposed: no date of a claim that says it done, which it then does
    /// not state; a claim that is an aim itself still compares.
    #[test]
    fn a_date_of_an_aim_is_not_the_acts() {
        use super::super::table::{Row, assert_rows};
        let contradicts = &[(Kind::Date, Effect::Contradicts)][..];
        // (the claim's date then stated nowhere: it keeps the window from
        // supporting)
        let unstated = &[(Kind::Date, Effect::Blocks)][..];
        let table: &[Row] = &[
            (
                "The museum received 2 million visitors in 2023.",
                En,
                "The museum plans to receive 2 million visitors in 2025.",
                En,
                unstated,
            ),
            (
                "Le musée a accueilli 2 millions de visiteurs en 2023.",
                Fr,
                "Le musée espère accueillir 2 millions de visiteurs en 2025.",
                Fr,
                unstated,
            ),
            (
                "The museum received 2 million visitors in 2023.",
                En,
                "Did the museum receive 2 million visitors in 2025?",
                En,
                unstated,
            ),
            (
                "The museum plans to receive 2 million visitors in 2023.",
                En,
                "The museum plans to receive 2 million visitors in 2025.",
                En,
                contradicts,
            ),
            (
                "The museum received 2 million visitors in 2023.",
                En,
                "The museum received 2 million visitors in 2025.",
                En,
                contradicts,
            ),
        ];
        assert_rows("date", table);
    }

    /// The claim's date written beside another event of a sentence that
    /// dates the claim's verb otherwise is that other event's: it no longer
    /// supports, and the date of the claim's verb contradicts when the
    /// claim's date dates that verb in the claim too (found by its words,
    /// not by meaning alone).
    #[test]
    fn a_claims_date_beside_another_event() {
        use super::super::table::{Row, assert_rows};
        let supports = &[(Kind::Date, Effect::Supports)][..];
        let weekday = &[(Kind::Weekday, Effect::Supports)][..];
        let contradicts = &[(Kind::Date, Effect::Contradicts)][..];
        let weekday_differs = &[(Kind::Weekday, Effect::Contradicts)][..];
        let bank = "In May, the Kessel central bank left its key rate unchanged, after raising it in March.";
        let ministre =
            "Mardi, le ministre a rencontré les syndicats, après avoir démissionné vendredi.";
        let table: &[Row] = &[
            (
                "The Kessel central bank raised its key rate in May.",
                En,
                bank,
                En,
                contradicts,
            ),
            (
                "La banque centrale de Kessel a relevé son taux directeur en mars.",
                Fr,
                bank,
                En,
                supports,
            ),
            (
                "Le ministre a démissionné mardi.",
                Fr,
                ministre,
                Fr,
                weekday_differs,
            ),
            (
                "The minister resigned on Tuesday.",
                En,
                ministre,
                Fr,
                weekday_differs,
            ),
            (
                "Le ministre a démissionné vendredi.",
                Fr,
                ministre,
                Fr,
                weekday,
            ),
            // a verb that dates the claim's date too keeps it
            (
                "Prices in Varenne rose in May.",
                En,
                "Prices in Varenne rose in April and in May, the statistics office said.",
                En,
                supports,
            ),
            (
                "Les prix ont augmenté en mai à Varenne.",
                Fr,
                "À Varenne, les prix ont augmenté en avril puis en mai, selon l'Insee.",
                Fr,
                supports,
            ),
            // one place of the claim's verb not dated otherwise keeps the
            // claim's date
            (
                "The bank raised rates in May.",
                En,
                "In May the bank raised rates, the first rise since it raised them in March 2022.",
                En,
                supports,
            ),
            // the claim's figure given with its date by an elliptic clause
            (
                "Prices in Varenne rose 2% in April.",
                En,
                "Prices in Varenne rose 3% in May, after 2% in April.",
                En,
                supports,
            ),
            // the other event's date, the claim's verb's own date
            (
                "The Varenne museum reopened on 3 May.",
                En,
                "The Varenne museum, burgled on 3 May, reopened on 10 May.",
                En,
                contradicts,
            ),
            (
                "Le musée de Varenne a été cambriolé le 10 mai.",
                Fr,
                "Le musée de Varenne, cambriolé le 3 mai, a rouvert le 10 mai.",
                Fr,
                contradicts,
            ),
            (
                "Marc Dulac a été libéré en 2019.",
                Fr,
                "Marc Dulac, arrested in 2019, was released in 2021.",
                En,
                contradicts,
            ),
            (
                "The Varenne festival closed on 3 June.",
                En,
                "The Varenne festival opened on 3 June and closed on 12 June.",
                En,
                contradicts,
            ),
            // a claim's date of another verb of its own, an act only ahead
            (
                "The Varenne mayor said on 3 May that the pool would close.",
                En,
                "On 3 May, the Varenne mayor said that the pool would close on 10 May.",
                En,
                &[(Kind::Date, Effect::Blocks)],
            ),
            (
                "The Varenne pool closed on 10 May.",
                En,
                "On 3 May, the Varenne mayor said that the pool would close on 10 May.",
                En,
                &[(Kind::Date, Effect::Blocks)],
            ),
        ];
        assert_rows("date", table);
    }

    /// A claim that says only that its event took place ("a eu lieu",
    /// "took place", "s'est produite") is dated by a date written with the
    /// event's word ("la catastrophe de 1986", "voted on Tuesday"), not by
    /// another event's date near one of its words.
    #[test]
    fn an_event_that_took_place_is_dated_by_its_word() {
        use super::super::table::{Row, assert_rows};
        let supports = &[(Kind::Date, Effect::Supports)][..];
        let weekday = &[(Kind::Weekday, Effect::Supports)][..];
        let contradicts = &[(Kind::Date, Effect::Contradicts)][..];
        let blocks = &[(Kind::Date, Effect::Blocks)][..];
        let table: &[Row] = &[
            (
                "Le vote a eu lieu le mardi 14 mars 2023.",
                Fr,
                "The city council voted on Tuesday 14 March 2023 to build a second bridge.",
                En,
                weekday,
            ),
            (
                "The vote took place on 15 March 2023.",
                En,
                "Le conseil municipal a voté le 14 mars 2023 la construction d'un second pont.",
                Fr,
                contradicts,
            ),
            (
                "La catastrophe s'est produite en 1986.",
                Fr,
                "Des milliers d'habitants ont fui pendant la catastrophe de 1986.",
                Fr,
                supports,
            ),
            (
                "The war took place in 1983.",
                En,
                "The country never forgot the war of 1982.",
                En,
                contradicts,
            ),
            // the day's name between the event and its date
            (
                "Le débarquement a eu lieu en juin 1944.",
                Fr,
                "La ville est au cœur de la zone du débarquement le jour J, le 6 juin 1944.",
                Fr,
                supports,
            ),
            // the event named right after its date, its verb before
            (
                "The summit took place on 23 July 2021.",
                En,
                "Le président a réuni, le 22 juillet 2021, un sommet consacré à la cybersécurité.",
                Fr,
                contradicts,
            ),
            (
                "Le sommet a eu lieu le 22 juillet 2021.",
                Fr,
                "The president announced on 22 July 2021, during a summit on cybersecurity, new rules for phones.",
                En,
                supports,
            ),
            // another event's date near a word of the claim
            (
                "Le nouveau référendum aura lieu le 3 mai.",
                Fr,
                "Le gouvernement a annoncé un nouveau référendum dans un décret publié le 3 mai.",
                Fr,
                blocks,
            ),
            (
                "The new referendum will take place on 3 May.",
                En,
                "The government announced a new referendum in a decree published on 3 May.",
                En,
                blocks,
            ),
        ];
        assert_rows("date", table);
    }

    /// Two words of the claim not in the window leave the event the same
    /// when five or more that carry meaning are found; with fewer found, the
    /// window may be about another event of the same kind.
    #[test]
    fn an_event_stated_all_but_two_words_is_the_same_event() {
        let window = "La nouvelle loi sur la protection des données personnelles est entrée en vigueur le 3 mars 2022.";
        let table = [
            (
                "La nouvelle loi sur la protection des données personnelles est entrée en vigueur sans débat public le 3 mars 2021.",
                Effect::Contradicts,
            ),
            (
                "La loi est entrée en vigueur sans débat public le 3 mars 2021.",
                Effect::Blocks,
            ),
            (
                "La nouvelle loi sur la protection des données personnelles est entrée en vigueur le 3 mars 2022.",
                Effect::Supports,
            ),
        ];
        for (claim, effect) in table {
            let found = Case::new(claim, Fr, window, Fr)
                .published("2022-03-05")
                .findings_of("date");
            assert_eq!(found.len(), 1, "{claim}: {found:?}");
            assert_eq!(found[0].effect, effect, "{claim}");
        }
    }

    /// A date supports only the event it is attached to: not the date a
    /// page was republished.
    #[test]
    fn a_date_of_another_event_does_not_support() {
        let table = [(
            "Benny Gantz a rencontré Florence Parly le 29 juillet.",
            Fr,
            "Republié avec l'accord de l'AFP, le 29 juillet 2021. | Benny Gantz a assuré mercredi Florence Parly du sérieux d'Israël.",
        )];
        for (claim, lang, window) in table {
            let found = Case::new(claim, lang, window, Fr)
                .published("2021-07-28")
                .findings_of("date");
            assert!(
                found.iter().all(|f| f.effect != Effect::Supports),
                "{claim}: {found:?}"
            );
        }
        // a date before the complementiser dates the statement, not what is
        // stated in the clause it opens
        let reported = [
            (
                "Alfredo Cristiani se rend au Mexique le 7 juin.",
                Fr,
                "Cardenas a déclaré lors d'une conférence de presse le 7 juin que la visite au Mexique d'Alfredo Cristiani est une provocation.",
                Fr,
            ),
            (
                "Cristiani visited Mexico on 7 June.",
                En,
                "Cardenas told reporters on 7 June that the visit to Mexico by Cristiani was a provocation.",
                En,
            ),
        ];
        for (claim, lang, window, wlang) in reported {
            let found = Case::new(claim, lang, window, wlang)
                .published("1990-06-10")
                .findings_of("date");
            assert!(
                found.iter().all(|f| f.effect != Effect::Supports),
                "{claim}: {found:?}"
            );
        }
        // the date next to the matched names does
        let found = Case::new(
            "Benny Gantz met Florence Parly on Wednesday 28 July.",
            En,
            "Benny Gantz a assuré ce mercredi 28 juillet son homologue Florence Parly.",
            Fr,
        )
        .published("2021-07-28")
        .findings_of("date");
        assert_eq!(found[0].effect, Effect::Supports);
    }

    /// "That" right after the word, the subject of a relative clause, binds
    /// the date to that word's event; a "that" with a subject of its own
    /// opens another clause.
    #[test]
    fn a_relative_clause_dates_the_word_it_follows() {
        let dated = |claim: &str, window: &str| {
            Case::new(claim, En, window, En)
                .published("2023-08-15")
                .findings_of("date")
        };
        let found = dated(
            "The wildfire started on Saturday 12 August 2023.",
            "A wildfire that broke out on Saturday 12 August 2023 in the hills has burned about 4,500 hectares.",
        );
        assert_eq!(found[0].effect, Effect::Supports, "{found:?}");
        let found = dated(
            "The wildfire started on Saturday 12 August 2023.",
            "Residents spoke of the wildfire that the council had predicted on Saturday 12 August 2023.",
        );
        assert!(
            found.iter().all(|f| f.effect != Effect::Supports),
            "{found:?}"
        );
    }

    /// The start of the period a figure counts over frames the count: another
    /// start is another count, not a wrong date.
    #[test]
    fn the_start_of_a_counted_period_is_a_frame() {
        let case = Case::new(
            "Il y a eu 55 000 morts du Covid en France depuis 2021.",
            Fr,
            "Le bilan fait état de 120 832 morts du Covid en France depuis 2019.",
            Fr,
        );
        super::super::table::assert_no_contradiction("date", &case);
    }

    /// The same figure of the same thing, counted from another start: the
    /// start is wrong, in both languages; another figure is another count.
    #[test]
    fn the_same_count_from_another_start_is_a_wrong_start() {
        let window = "Selon l'ONG Veltra, la liste compte 30 000 adresses sélectionnées depuis 2014 par les clients de la société Orbix.";
        for (claim, lang, want) in [
            (
                "La liste compte 30 000 adresses sélectionnées depuis 2018 par les clients d'Orbix.",
                Fr,
                Effect::Contradicts,
            ),
            (
                "The list counts 30,000 addresses selected since 2018 by Orbix's clients.",
                En,
                Effect::Contradicts,
            ),
            (
                "La liste compte 30 000 adresses sélectionnées depuis 2014 par les clients d'Orbix.",
                Fr,
                Effect::Supports,
            ),
            (
                // (unstated: kept from supporting, not contradicted)
                "La liste compte 20 000 adresses sélectionnées depuis 2018 par les clients d'Orbix.",
                Fr,
                Effect::Blocks,
            ),
        ] {
            let found = Case::new(claim, lang, window, Fr).findings_of("date");
            assert_eq!(found[0].effect, want, "{claim}: {found:?}");
        }
    }

    /// A window that also gives the claim's own date, away from the words
    /// it matched, leaves unclear which of its dates is the event's.
    #[test]
    fn a_window_with_the_claims_date_elsewhere_does_not_contradict() {
        let window = "Le président a promulgué de nouvelles lois électorales le 14 juillet, notamment la création d'une commission chargée de superviser le scrutin présidentiel, prévu le 30 octobre.";
        for (claim, lang) in [
            ("The new elections will take place on 30 October.", En),
            ("Les nouvelles élections auront lieu le 30 octobre.", Fr),
        ] {
            let case = Case::new(claim, lang, window, Fr);
            super::super::table::assert_no_contradiction("date", &case);
        }
        // without the claim's date the nearer one still decides
        let found = Case::new(
            "The new electoral laws were promulgated on 15 July.",
            En,
            "Le président a promulgué de nouvelles lois électorales le 14 juillet.",
            Fr,
        )
        .findings_of("date");
        assert!(
            found.iter().any(|f| f.effect == Effect::Contradicts),
            "{found:?}"
        );
    }

    /// A start compares with a start, its cue part of the fact ("onwards"
    /// is not a word to find).
    #[test]
    fn a_differing_date_needs_the_claims_verb_and_subject_in_its_sentence() {
        // the date of another act, by the words the claim matched in
        // another sentence
        for (claim, lang, window, wl) in [
            (
                "The minister's office confirmed the call of 24 July.",
                En,
                "Le ministre a confirmé l'existence d'une enquête. | Des représentants se sont rendus le 28 juillet dans les bureaux du ministre.",
                Fr,
            ),
            (
                "Le bureau du ministre a confirmé l'appel du 24 juillet.",
                Fr,
                "The minister confirmed that an inquiry was under way. | Officials visited the minister's office on 28 July.",
                En,
            ),
            // the claim's verb, said by someone else
            (
                "Le ministère israélien de la Défense a confirmé la visite le 24 juillet.",
                Fr,
                "Une source proche de NSO avait confirmé le 2 octobre que la visite avait eu lieu.",
                Fr,
            ),
            (
                "The Israeli defence ministry confirmed the visit on 24 July.",
                En,
                "Une source proche de NSO avait confirmé le 2 octobre que la visite avait eu lieu.",
                Fr,
            ),
        ] {
            let case = Case::new(claim, lang, window, wl);
            super::super::table::assert_no_contradiction("date", &case);
        }
        // the claim's verb and subject beside the date: it contradicts
        for (claim, lang) in [
            (
                "Le ministère israélien de la Défense a confirmé la visite le 24 juillet.",
                Fr,
            ),
            (
                "The Israeli defence ministry confirmed the visit on 24 July.",
                En,
            ),
        ] {
            let found = Case::new(
                claim,
                lang,
                "Le ministère israélien de la Défense a confirmé la visite le 28 juillet.",
                Fr,
            )
            .findings_of("date");
            assert!(
                found.iter().any(|f| f.effect == Effect::Contradicts),
                "{claim}: {found:?}"
            );
        }
    }

    /// A start followed by a clause that tells what happened then ("since
    /// 2015, when ...", "depuis 2015, année où ...") is that event's date.
    #[test]
    fn a_start_that_opens_a_when_clause_dates_its_event() {
        assert_effects(
            "date",
            &[
                (
                    "In 2015, a storm in the valley flooded 900 homes.",
                    En,
                    "It is the worst storm in the valley since 2015, when 900 homes were flooded.",
                    En,
                    Effect::Supports,
                ),
                (
                    "En 2015, une tempête a inondé 900 maisons dans la vallée.",
                    Fr,
                    "C'est la pire tempête de la vallée depuis 2015, année où 900 maisons ont été inondées.",
                    Fr,
                    Effect::Supports,
                ),
                // a start alone is no point in time
                (
                    "In 2015, a storm in the valley flooded 900 homes.",
                    En,
                    "It is the worst storm in the valley since 2015.",
                    En,
                    Effect::Blocks,
                ),
            ],
        );
    }

    /// A sentence that gives the claim's figure otherwise, and another
    /// date, may tell of another instance: the date does not contradict.
    #[test]
    fn another_date_with_another_figure_is_another_instance() {
        assert_effects(
            "date",
            &[
                (
                    "In 2015, a storm in the valley flooded 900 homes.",
                    En,
                    "A storm that hit the valley on Monday 3 March 2024 flooded about 400 homes.",
                    En,
                    Effect::Blocks,
                ),
                (
                    "En 2015, une tempête a inondé 900 maisons dans la vallée.",
                    Fr,
                    "La tempête qui a frappé la vallée le lundi 3 mars 2024 a inondé environ 400 maisons.",
                    Fr,
                    Effect::Blocks,
                ),
                // the claim's own figure: the same instance, dated otherwise
                (
                    "In 2015, a storm in the valley flooded 400 homes.",
                    En,
                    "A storm that hit the valley on Monday 3 March 2024 flooded about 400 homes.",
                    En,
                    Effect::Contradicts,
                ),
            ],
        );
    }

    /// A start that frames a ranking ("the worst ... since 2010") is
    /// contradicted by the start of another ranking, not of something else.
    #[test]
    fn the_start_of_a_ranking_against_other_starts() {
        assert_effects(
            "date",
            &[
                (
                    "It is the largest fire in the region since 2010.",
                    En,
                    "The regional president promised 5 million euros to the farmers. | The opposition accused her of having cut the fire service's budget by 10% since 2016.",
                    En,
                    Effect::Blocks,
                ),
                (
                    "C'est le plus grand incendie de la région depuis 2010.",
                    Fr,
                    "La présidente de la région a promis 5 millions d'euros aux agriculteurs. | L'opposition l'accuse d'avoir réduit de 10 % le budget de la lutte contre l'incendie depuis 2016.",
                    Fr,
                    Effect::Blocks,
                ),
                (
                    "It is the worst flood in the region since 2010.",
                    En,
                    "It is the worst flood in the region since 2016.",
                    En,
                    Effect::Contradicts,
                ),
            ],
        );
    }

    /// A date in one clause of a coordination does not date the event of
    /// the next ("reached 35 degrees on Saturday, and no rain is forecast").
    #[test]
    fn a_date_does_not_cross_into_the_next_coordinated_clause() {
        assert_effects(
            "date",
            &[
                (
                    "Forecasters expect rain on Thursday.",
                    En,
                    "Temperatures reached 35 degrees on Saturday, and rain is forecast by the forecasters.",
                    En,
                    Effect::Blocks,
                ),
                (
                    "Les prévisionnistes annoncent de la pluie jeudi.",
                    Fr,
                    "Le thermomètre a atteint 35 degrés samedi, et les prévisionnistes annoncent de la pluie.",
                    Fr,
                    Effect::Blocks,
                ),
                (
                    "Forecasters expect rain on Thursday.",
                    En,
                    "Forecasters expect rain on Saturday.",
                    En,
                    Effect::Contradicts,
                ),
            ],
        );
    }

    /// "la veille de X", "the day after X" beside a date dates X a day
    /// apart, and the date written dates only its own clause's event.
    #[test]
    fn an_event_named_a_day_from_a_date_is_dated_a_day_apart() {
        use Effect::*;
        let fr = "Le conseil municipal s'est réuni lundi 3 mars, la veille de l'ouverture du festival, sans trancher.";
        let en = "The council met on Monday 3 March, the day before the festival opened.";
        assert_effects(
            "date",
            &[
                (
                    "The festival opened on Tuesday 4 March.",
                    En,
                    fr,
                    Fr,
                    Supports,
                ),
                (
                    "Le festival a ouvert le lundi 3 mars.",
                    Fr,
                    fr,
                    Fr,
                    Contradicts,
                ),
                ("The festival opened on 5 March.", En, fr, Fr, Contradicts),
                (
                    "Le conseil municipal s'est réuni le 3 mars.",
                    Fr,
                    fr,
                    Fr,
                    Supports,
                ),
                ("Le festival a ouvert le 4 mars.", Fr, en, En, Supports),
                ("The festival opened on 3 March.", En, en, En, Contradicts),
            ],
        );
        // a claim that counts a day from its own date compares that day
        // with the window's: its date written is another event's
        let counted = "Le concert a eu lieu le 31 décembre 2024, le lendemain de la fête.";
        for (claim, want) in [
            (counted, &[Supports, Supports][..]),
            (
                "Le concert a eu lieu le 30 décembre 2024, le lendemain de la fête.",
                &[Contradicts, Contradicts][..],
            ),
        ] {
            let found = Case::new(claim, Fr, counted, Fr).findings_of("date");
            let effects: Vec<Effect> = found.iter().map(|f| f.effect).collect();
            assert_eq!(effects, want, "{claim}");
        }
        let bare = "le 31 décembre 2024, le lendemain de la fête";
        let found = Case::new(bare, Fr, bare, Fr).findings_of("date");
        assert!(found.iter().all(|f| f.effect != Contradicts), "{found:?}");
    }

    /// "s'est tenue" says only that an event took place, as "took place"
    /// and "a eu lieu" do: the date of the event word decides.
    #[test]
    fn an_event_held_took_place() {
        use Effect::*;
        let fr = "La conférence des maires s'est tenue le 12 mai à Lyon.";
        assert_effects(
            "date",
            &[
                (
                    "The mayors' conference took place on 11 May.",
                    En,
                    fr,
                    Fr,
                    Contradicts,
                ),
                (
                    "La conférence des maires a eu lieu le 12 mai.",
                    Fr,
                    fr,
                    Fr,
                    Supports,
                ),
            ],
        );
    }

    #[test]
    fn starts_compare_with_starts() {
        let from = "La règle s'applique à partir de 2019.";
        for (claim, want) in [
            ("The rule applies from 2019 onwards.", Effect::Supports),
            ("The rule applies from 2020 onwards.", Effect::Contradicts),
            ("La règle s'applique depuis 2019.", Effect::Supports),
        ] {
            let lang = crate::text::detect_lang(claim);
            let case = Case::new(claim, lang, from, Fr);
            let found = case.findings_of("date");
            assert_eq!(found[0].effect, want, "{claim}");
            assert!(case.findings_of("wording").is_empty(), "{claim}");
        }
    }

    /// One word that carries meaning may be missing from the event when
    /// the claim has enough others; not from a short claim.
    #[test]
    fn the_same_event_in_other_words() {
        let found = Case::new(
            "The urgent defence council met on 21 July.",
            En,
            COUNCIL,
            Fr,
        )
        .published("2021-07-24")
        .findings_of("date");
        assert_eq!(found[0].effect, Effect::Contradicts);
        let found = Case::new(
            "La guerre a eu lieu en 1982.",
            Fr,
            "L'Argentine était obsédée par les îles même en 1994, douze ans après la guerre.",
            Fr,
        )
        .findings_of("date");
        assert!(
            found.iter().all(|f| f.effect != Effect::Contradicts),
            "{found:?}"
        );
    }

    /// An end ("until December 2020", "avant décembre") is not a point.
    #[test]
    fn ends_are_not_points() {
        let until = "Christian Perronne a dirigé le service jusqu'à décembre 2020.";
        let table = [
            ("Christian Perronne ran the department in 2021.", En, until),
            (
                "Christian Perronne dirigeait le service en décembre 2020.",
                Fr,
                until,
            ),
            (
                "Les enfants ont été vaccinés avant décembre.",
                Fr,
                "Les enfants ont été vaccinés en décembre.",
            ),
        ];
        for (claim, lang, window) in table {
            let found = Case::new(claim, lang, window, Fr).findings_of("date");
            assert!(
                found.iter().all(|f| f.effect == Effect::Blocks),
                "{claim}: {found:?}"
            );
        }
        let found = Case::new(
            "Christian Perronne ran the department until December 2020.",
            En,
            until,
            Fr,
        )
        .findings_of("date");
        assert_eq!(found[0].effect, Effect::Supports);
    }

    #[test]
    fn a_day_precise_match_anchors() {
        let found = Case::new("The defence council met on 22 July.", En, COUNCIL, Fr)
            .published("2021-07-24")
            .findings_of("date");
        assert!(found[0].anchors);
        let at = found[0].source_span.as_ref().unwrap();
        assert_eq!(&COUNCIL[at.span.clone()], "22 juillet");
    }
}

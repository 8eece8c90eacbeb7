//! Negation: the window negates a predicate the claim affirms, or the
//! other way round. That contradicts when the window is about the claim's
//! subject, states most of it, and agrees on every fact; otherwise a
//! differing polarity only keeps the window from supporting.

use super::Rule;
use crate::facts::{Cue, CueKind, Facts, Unit, Vocabulary};
use crate::matcher::context::{CLAUSE_WORDS, MatchContext, carries_meaning, compares};
use crate::matcher::finding::{Effect, Finding, Kind};
use crate::text::{Lang, Lexicon};
use std::ops::Range;

/// Share of the claim a window must state for its negation to contradict.
pub const NEGATION_COVERAGE: f64 = 0.7;

pub struct NegationRule;

impl Rule for NegationRule {
    fn name(&self) -> &'static str {
        "negation"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        let claim_negated = cx.claim.negated();
        let relevant = relevant_negation(cx);
        if claim_negated && relevant.is_none() && first_since_claims_start(cx) {
            return Vec::new();
        }
        if !claim_negated
            && relevant.is_none()
            && let Some(at) = negation_over_claim_words(cx)
        {
            // the negated verb is not the claim's, but what it negates is
            // what the claim's verb governs ("il n'est jamais fait mention
            // de l'élection" against "il a donné son avis sur
            // l'élection"): with as much of the claim stated as a negation
            // of its own verb needs, its names, agreeing facts and no
            // hedge, the window says did not happen what the claim says
            // did. Otherwise it keeps the window from supporting. A
            // negation over the claim's subject denies something else of
            // it ("il est impossible pour Marlowe de quitter l'Italie"
            // against "Marlowe a été arrêté").
            let contradicts = cx.coverage.share >= NEGATION_COVERAGE
                && cx.coverage.missing_names.is_empty()
                && super::facts_agree(earlier)
                && cx.names_subject(at.sentence)
                && !negation_left_open(cx, at.sentence, &at.cue)
                && denies_what_claim_verb_governs(cx, &at)
                && !cx.claim.hedged()
                && !cx.window[at.sentence].facts.hedged();
            let (kind, effect) = if contradicts {
                (Kind::Negation, Effect::Contradicts)
            } else {
                (Kind::Polarity, Effect::Blocks)
            };
            return vec![
                Finding::new(kind, effect, "(affirmative)", at.words)
                    .at_source(at.sentence, at.span),
            ];
        }
        // one claim word only under the window's negation, the claim's verb
        // written nowhere: the window may deny what the claim says was done
        // ("mentioned the cost of the project" / "a défendu le projet sans
        // même évoquer son coût"), or deny something else of it; it does not
        // state it, and says too little to contradict it. (Shown as the
        // claim's predicate: a polarity would settle the window, and the
        // rules after this one may still read an opposite in it.)
        // (in a sentence that states more of the claim: "In Leeds no deaths
        // were reported" after the fire at the Dunmore plant speaks of
        // another place)
        if !claim_negated
            && relevant.is_none()
            && let Some(verb) = cx.missing_verb()
            && let Some(at) = negation_over(cx, 1)
            && denial_about_claim(cx, at.sentence, &at.cue)
        {
            let verb = cx.claim.tokens[verb].norm.as_str();
            return vec![
                Finding::new(Kind::Predicate, Effect::Blocks, verb, at.words)
                    .at_source(at.sentence, at.span),
            ];
        }
        // both negate: the same predicate, unless the window denies one
        // more the claim affirms ("ont été choquées que la transmission
        // n'avait pas été évaluée" / "la transmission n'avait pas été
        // évaluée, et cela n'a absolument pas choqué les autorités")
        let (claim_negated, relevant) = match relevant {
            Some(_) if claim_negated => match further_denial(cx) {
                Some(at) => (false, Some(at)),
                None => return Vec::new(),
            },
            relevant => (claim_negated, relevant),
        };
        if claim_negated == relevant.is_some() {
            return Vec::new();
        }
        let zero = relevant.as_ref().is_some_and(|r| r.zero);
        let (claim_side, source_side, at) = match relevant {
            Some(r) => (
                String::from("(affirmative)"),
                r.words,
                Some((r.sentence, r.span, r.cue)),
            ),
            None => (
                cx.claim
                    .negations
                    .iter()
                    .map(|c| c.words.clone())
                    .collect::<Vec<_>>()
                    .join(" "),
                String::from("(affirmative)"),
                None,
            ),
        };
        let contradicted_by_facts = earlier.iter().any(|f| f.effect == Effect::Contradicts);
        // a negation flip only counts when the facts the claim states were found
        // ... or, against "no deaths" / "aucun mort", the claim counts some:
        // a count the window does not give is then the one it denies
        let some_counted = zero
            && cx
                .claim
                .quantities
                .iter()
                .all(|q| q.unit == Unit::Count && q.value > 0.0);
        let facts_agree = earlier.iter().filter(|f| f.kind.is_fact()).all(|f| {
            f.effect == Effect::Supports
                || (some_counted && f.kind == Kind::Number && f.effect == Effect::Blocks)
        });
        // a negated claim against a window that negates something else
        // ("aucune disposition" / "ne mentionnent aucune interdiction") is
        // unclear, and the claim's negated predicate must be in the window,
        // said of the claim's thing: not only in a sentence that writes no
        // other claim word ("The office had not disclosed the call" / "...
        // sur son bureau ... . Pour rappel, il a été révélé, en 2021, que le
        // logiciel Pegasus opère en France")
        // ... or, its predicate in other words, a bound fact of the claim
        // found in an affirmative sentence says the window states what the
        // claim denies ("More than 80 journalists from 17 newsrooms did not
        // take part in the investigation" / "une enquête menée par plus de
        // 80 journalistes issus de 17 rédactions"), as it would support the
        // claim affirmed
        // (the claim's own negation, over its main clause: "les travailleurs
        // qui ne font pas l'objet de la procédure du 25 octobre" denies
        // nothing the date anchors)
        // (nor a hedged denial, "may not have been used", which a report
        // that it was does not settle)
        let anchored = || {
            negation_in_main_clause(cx.claim)
                && !cx.claim.hedged()
                && earlier.iter().any(|f| {
                    f.anchors
                        && f.effect == Effect::Supports
                        && f.source_span
                            .as_ref()
                            .is_some_and(|at| cx.window[at.sentence].facts.negations.is_empty())
                })
        };
        let negated_claim_holds = !claim_negated
            || (!window_negates_claim_words(cx)
                && (claim_predicate_found(cx) || anchored())
                && super::wording::verbs_apart(cx).is_empty());
        // the claim says more than the window, but everything the window
        // denies is the claim's ("une capture d'écran prouve que les hôpitaux
        // gonflent le nombre de patients" / "les hôpitaux ne gonflent pas le
        // nombre de patients")
        let denial_within_claim = !claim_negated
            && cx.coverage.share >= DENIED_CLAUSE_MIN_COVERAGE
            && at
                .as_ref()
                .is_some_and(|(s, _, cue)| denied_clause_within_claim(cx, *s, cue));
        // ... and the other way round: the claim says more than the window,
        // but the clause the claim denies is all in the window, stated
        // ("Aucun des trois joueurs n'a abandonné le tournoi qui se tient à
        // Melbourne" / "Trois joueurs ont abandonné le tournoi de l'Open
        // d'Australie")
        let claim_denial_stated = claim_negated
            && cx.coverage.share >= DENIED_CLAUSE_MIN_COVERAGE
            && !cx.claim.hedged()
            && denied_claim_clause_stated(cx);
        // (names the claim adds frame what it asserts: "BFMTV prouve que")
        // a negation of the claim's own word (the window's, or the claim's
        // with its verb stated) needs less of the rest stated, when neither
        // side hedges
        // (the window's own verb denied, its object only the claim's: "il
        // était connu que les vaccins n'empêchaient pas la transmission"
        // against "l'impact du vaccin sur la transmission" needs the full
        // share; a zero denies the noun after it, "ne disposait d'aucun
        // plan")
        let claims_word_denied = zero
            || at
                .as_ref()
                .is_none_or(|(s, _, cue)| !denies_other_verb(cx, *s, cue));
        let unhedged_denial = cx.coverage.share >= DENIED_WORD_COVERAGE
            && claims_word_denied
            && !(claim_negated && cx.verb_missing())
            && !cx.claim.hedged()
            && match &at {
                Some((s, ..)) => !cx.window[*s].facts.hedged(),
                None => cx.window.iter().all(|w| !w.facts.hedged()),
            };
        // (the window's own negation denies a word of the claim's, its
        // verb or its object; another act denied is no flip of the claim)
        let enough = cx.coverage.share >= NEGATION_COVERAGE
            && at
                .as_ref()
                .is_none_or(|(s, _, cue)| denies_a_claim_word(cx, *s, cue))
            || unhedged_denial;
        // a claim negation inside a clause the claim does not assert (a
        // proposal, a condition: "a suggéré que NSO ne puisse plus cibler
        // les téléphones") says nothing did not happen
        let claim_denial_asserted = !claim_negated || claim_negation_asserted(cx.claim);
        // (the window's negation in a sentence that states more of the claim
        // than the word it denies, or continues one that does; a zero denies
        // the claim's own thing: "No deaths were reported." after the
        // sentence about the fire. Read last: it scans the sentence)
        let denial_about_claim = || match &at {
            Some((s, _, cue)) => zero || denial_about_claim(cx, *s, cue),
            None => true,
        };
        let contradicts = (denial_within_claim
            || claim_denial_stated
            || enough && cx.coverage.missing_names.is_empty())
            && !contradicted_by_facts
            && facts_agree
            && negated_claim_holds
            && claim_denial_asserted
            && at
                .as_ref()
                .is_none_or(|(s, _, cue)| !negation_left_open(cx, *s, cue))
            && denial_about_claim();
        let (kind, effect) = if contradicts {
            (Kind::Negation, Effect::Contradicts)
        } else {
            (Kind::Polarity, Effect::Blocks)
        };
        let mut finding = Finding::new(kind, effect, claim_side, source_side);
        if let Some((s, span, _)) = at {
            finding = finding.at_source(s, span);
        }
        vec![finding]
    }
}

/// Words that give a claim a time of its own, which a negation bounded by
/// "before" is compared with ("the coming days", "bientôt", "before 2020")
/// (folded; units of time are read from data/rules/calendar.tsv).
const CLAIM_TIME_WORDS: &[&str] = &[
    "before",
    "avant",
    "prior",
    "soon",
    "bientot",
    "tomorrow",
    "demain",
    "today",
    "aujourd",
    "tonight",
    "coming",
    "next",
    "prochain",
    "prochains",
    "prochaine",
    "prochaines",
];

/// Words after a negation that make it "not only" (folded).
const ONLY_AFTER_NEGATION: &[&str] = &[
    "only",
    "just",
    "merely",
    "simply",
    "solely",
    "seulement",
    "uniquement",
    "simplement",
];

/// Negations that say little rather than nothing ("le prix n'a guère
/// changé", "has hardly changed", "barely", "scarcely"), folded: they keep
/// a window from supporting what they qualify, and contradict nothing, on
/// either side ("a peu changé" says the same).
const WEAK_NEGATIONS: &[&str] = &["guere", "hardly", "barely", "scarcely"];

/// Words of a claim that says how things were ("was", "were", "used to",
/// "était", "avait"), folded: what a window says is "no longer" so.
const PAST_STATE_WORDS: &[&str] = &[
    "was", "were", "used", "had", "etait", "etaient", "avait", "avaient",
];

/// Words that open an exception to what a negation denies ("aucun autre
/// maire que celui de Varenne", "no one except the mayor", "personne, sauf
/// le maire"), folded.
const EXCEPTION_WORDS: &[&str] = &["except", "excepte", "sauf", "hormis"];

/// Tokens after "autre(s)" within which its "que" stands ("aucun autre
/// maire que").
const OTHER_THAN_REACH: usize = 3;

/// Does window negation `cue` (tokens of sentence `s`) leave the claim's
/// predicate open rather than deny it?
/// - It is "not only" ("n'a pas seulement approuvé le projet : il l'a
///   financé"): what follows is said, and more.
/// - It is "no longer" ("n'est plus", "anymore") and the claim says how
///   things were ("Le musée était ouvert le dimanche"): that is what "no
///   longer" takes for granted.
/// - It excepts someone ("Aucun autre maire que celui de Varenne n'a
///   approuvé le projet", "No mayor other than that of Varenne approved
///   the project", "Nobody but the mayor", "No one except the mayor"): it
///   asserts the predicate of the one excepted and denies it of the rest,
///   which the claim's names decide.
/// - The sentence states the verb of the claim it denies outside what its
///   negations deny too ("The mayor, who had not approved the previous
///   project, approved this one"): it says both, of two things.
/// - A denial after it takes back the negated clause ("The opposition said
///   the mayor had not approved the project, which he denied", "ce qu'il
///   dément"): the sentence asserts neither.
fn negation_left_open(cx: &MatchContext<'_>, s: usize, cue: &Range<usize>) -> bool {
    let f = cx.window[s].facts;
    let word = |k: usize| f.tokens.get(k).map_or("", |t| t.norm.as_str());
    let clause = cx.clause(s, cue.end.max(cue.start + 1) - 1);
    let after = cue.end..clause.end.max(cue.end);
    let excepts = after.clone().any(|k| {
        EXCEPTION_WORDS.contains(&word(k))
            || word(k) == "other" && word(k + 1) == "than"
            || matches!(word(k), "autre" | "autres")
                && (k + 1..=k + OTHER_THAN_REACH).any(|q| matches!(word(q), "que" | "qu"))
    }) || word(cue.end) == "but"
        && matches!(word(cue.end - 1), "nobody" | "none" | "one" | "nothing");
    // "not only": more is said, not less ("n'a pas seulement approuvé le
    // projet : il l'a financé", "did not just approve the project"); a
    // weak negation says little, not nothing ("n'a guère changé")
    if excepts
        || ONLY_AFTER_NEGATION.contains(&word(cue.end))
        || cue.clone().any(|k| WEAK_NEGATIONS.contains(&word(k)))
    {
        return true;
    }
    // a negation bounded by "before" denies the act before a time only
    // ("had never visited Halden before 2020", "n'a pas parlé à la presse
    // avant le vote"): a claim that gives no time of its own may be of any
    // later one ("Marc Dulac visited Halden"); one that does is compared
    // ("Rain is forecast for the coming days" / "no rain is forecast before
    // next week")
    let vocab = crate::facts::Vocabulary::shared();
    let time_word = |w: &str| {
        CLAIM_TIME_WORDS.contains(&w)
            || vocab
                .calendar(crate::facts::CalendarKind::Duration, w)
                .is_some()
    };
    // (the bound read first: most negations have none)
    let claim_timeless = || {
        cx.claim.dates.is_empty()
            && cx.claim.relative_times.is_empty()
            && !cx.claim.tokens.iter().any(|t| time_word(&t.norm))
    };
    if crate::facts::negation_bounded_before(cx.window[s].text, &f.tokens, cue).is_some()
        && claim_timeless()
    {
        return true;
    }
    // "no longer" says it was so before: a claim in the past agrees ("The
    // museum was open on Sundays" / "is no longer open on Sundays")
    let no_longer = cue.clone().any(|k| word(k) == "plus")
        || word(cue.end) == "longer"
        || (cue.end..clause.end).any(|k| word(k) == "anymore");
    if no_longer
        && cx
            .claim
            .tokens
            .iter()
            .any(|t| PAST_STATE_WORDS.contains(&t.norm.as_str()))
    {
        return true;
    }
    // (the words each negation of the sentence denies, read once: this
    // one's, and all of them)
    let per_cue: Vec<(&Range<usize>, Vec<usize>)> = f
        .negations
        .iter()
        .map(|c| (&c.tokens, negated_words(cx, s, c)))
        .collect();
    let Some((_, denied_here)) = per_cue.iter().find(|(tokens, _)| *tokens == cue) else {
        return false;
    };
    let denied: Vec<usize> = per_cue
        .iter()
        .flat_map(|(_, w)| w.iter().copied())
        .collect();
    // (a verb of the claim this negation denies, which the sentence states
    // too, outside every negation)
    let affirmed_elsewhere = cx.claim_verbs().into_iter().any(|v| {
        let places: Vec<usize> = cx.places_of(v, s).collect();
        places.iter().any(|u| denied_here.contains(u))
            && places.iter().any(|&u| {
                !denied.contains(&u) && !f.negations.iter().any(|c| c.tokens.contains(&u))
            })
    });
    if affirmed_elsewhere {
        return true;
    }
    f.denials.iter().any(|d| {
        d.tokens.start >= cue.end
            && (d.tokens.start.saturating_sub(3)..d.tokens.start)
                .any(|k| matches!(word(k), "which" | "ce"))
    })
}

/// Does a window sentence call its event the first since the claim's own
/// start ("la première rencontre entre le ministre israélien et son
/// homologue français depuis 2013")? It then says none took place between,
/// which a negated claim with that start says too ("The two ministers had
/// not met since 2013"): the affirmative sentence agrees with it.
/// A claim that denies the event is the first ("It was not the first
/// meeting ... since 2013") says another took place between: the window
/// does not agree with it.
fn first_since_claims_start(cx: &MatchContext<'_>) -> bool {
    use crate::matcher::compare::{Comparison, compare_dates};
    let starts: Vec<&crate::facts::DateFact> = cx.claim.dates.iter().filter(|d| d.since).collect();
    if starts.is_empty()
        || (cx.claim.tokens.iter()).any(|t| super::date::FIRST.contains(&t.norm.as_str()))
    {
        return false;
    }
    cx.window.iter().enumerate().any(|(s, ws)| {
        ws.facts
            .dates
            .iter()
            .filter(|sd| sd.since)
            .filter(|sd| {
                starts
                    .iter()
                    .any(|cd| compare_dates(cd, sd).0 == Comparison::Match)
            })
            .any(|sd| {
                super::date::start_opened_by(cx, s, &sd.tokens, |w| super::date::FIRST.contains(&w))
            })
    })
}

/// Does one of the claim's negations stand outside its conditions, aims
/// and proposals?
fn claim_negation_asserted(claim: &Facts) -> bool {
    claim.negations.iter().any(|n| {
        !claim.in_unasserted_clause(n.tokens.start)
            && !n
                .tokens
                .clone()
                .any(|t| WEAK_NEGATIONS.contains(&claim.tokens[t].norm.as_str()))
    })
}

/// Share of the claim a window must state when its negation denies a word
/// of the claim and neither side hedges.
pub const DENIED_WORD_COVERAGE: f64 = 0.45;

/// Share of the claim a window must state when the claim says more than the
/// window and the window's negated clause is all the claim's.
pub const DENIED_CLAUSE_MIN_COVERAGE: f64 = 0.4;
/// Share of the negated clause's words the claim must state.
const DENIED_CLAUSE_SHARE: f64 = 0.8;
/// Words that carry meaning the negated clause must hold: a short clause
/// ("ce n'est pas vrai") could be about anything.
const DENIED_CLAUSE_MIN_WORDS: usize = 3;

/// Is the clause that the window's negation (tokens `cue` of sentence `s`)
/// stands in made of the claim's words: every name, and nearly every other
/// word that carries meaning?
fn denied_clause_within_claim(cx: &MatchContext<'_>, s: usize, cue: &Range<usize>) -> bool {
    let f = cx.window[s].facts;
    let clause = cx.clause(s, cue.start);
    // (from the completive the negation stands in: "il était déjà connu que
    // les vaccins n'empêchaient pas la transmission" denies nothing of
    // "connu")
    let start = (clause.start..cue.start)
        .rev()
        .find(|&t| COMPLETIVES.contains(&f.tokens[t].norm.as_str()))
        .map_or(clause.start, |t| t + 1);
    // (the verb inside "ne ... pas" is a word of the clause too: what is
    // denied)
    let verb = verb_inside(cx, s, cue);
    let words: Vec<usize> = (start..clause.end)
        .filter(|&t| !cue.contains(&t) || Some(t) == verb)
        .filter(|&t| carries_meaning(f, t))
        .collect();
    let matched = words.iter().filter(|&&t| cx.matched(s, t)).count();
    words.len() >= DENIED_CLAUSE_MIN_WORDS
        && denies_a_claim_word(cx, s, cue)
        && words.iter().all(|&t| !cx.is_name(s, t) || cx.matched(s, t))
        && matched as f64 >= DENIED_CLAUSE_SHARE * words.len() as f64
}

/// Determiners between a French negation and its direct object ("ne
/// prévoit pas la réintégration", "n'a pas de plan"), folded (only a
/// French "ne ... pas" holds a verb inside, `verb_inside`): a preposition there makes what follows no object ("ne se
/// représentera pas à la mairie").
const OBJECT_DETERMINERS: &[&str] = &[
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "son", "sa", "ses", "leur",
    "leurs", "ce", "cette", "ces",
];

/// Is what the French negation `cue` of sentence `s` denies the claim's:
/// the verb inside it, or its direct object, an act named by its noun ("ne
/// prévoit pas la réintégration" against "a ordonné la réintégration",
/// "n'ont fait de commentaires" against "commented"; a "que" clause)?
/// Another verb with no
/// such object denies another act of the claim's parties ("Marc Dulac ne
/// se représentera pas à la mairie" against "a été réélu maire"). A
/// negation with no verb inside (English, a compound tense) is read by the
/// other tests.
fn denies_a_claim_word(cx: &MatchContext<'_>, s: usize, cue: &Range<usize>) -> bool {
    let f = cx.window[s].facts;
    let Some(verb) = verb_inside(cx, s, cue) else {
        return true;
    };
    let clause = cx.clause(s, cue.start);
    // (a "que" clause is the object too: "ne démontrent pas que les
    // infections sont facilitées")
    cx.matched(s, verb)
        || (cue.end..clause.end.max(cue.end))
            .find(|&t| !OBJECT_DETERMINERS.contains(&f.tokens[t].norm.as_str()))
            .is_some_and(|t| cx.matched(s, t) || COMPLETIVES.contains(&f.tokens[t].norm.as_str()))
}

/// Words that open a completive clause (folded).
const COMPLETIVES: &[&str] = &["que", "qu", "that"];

/// Is the clause that the claim's negation stands in made of words the
/// window states: every name, and nearly every other word that carries
/// meaning ([`denied_clause_within_claim`], the claim's side)?
fn denied_claim_clause_stated(cx: &MatchContext<'_>) -> bool {
    let claim = cx.claim;
    // (stated, not inside a condition or an aim of the window: "Si Mario
    // Draghi reconnaît que ..." does not assert it)
    let asserted = |&(s, t): &(usize, usize)| !cx.window[s].facts.in_unasserted_clause(t);
    let found: Vec<usize> = cx
        .coverage
        .found()
        .filter(|(_, at)| asserted(at))
        .map(|(c, _)| c)
        .collect();
    !claim.negations.is_empty()
        && claim.negations.iter().all(|cue| {
            let words: Vec<usize> = cx
                .claim_clause(cue.tokens.start)
                .filter(|t| !cue.tokens.contains(t))
                .filter(|&t| carries_meaning(claim, t))
                .collect();
            let stated = words.iter().filter(|t| found.contains(t)).count();
            words.len() >= DENIED_CLAUSE_MIN_WORDS
                && words
                    .iter()
                    .all(|t| !claim.keys.names.contains(t) || found.contains(t))
                && stated as f64 >= DENIED_CLAUSE_SHARE * words.len() as f64
        })
}

/// Does a window sentence about the claim's subject negate words of the
/// claim ("aucune disposition" / "ne mentionnent aucune interdiction")? A
/// negation in a clause of its own ("n'empêche pas la contamination, mais
/// elle préviendra le développement des symptômes") says nothing of the
/// clause that states the claim.
fn window_negates_claim_words(cx: &MatchContext<'_>) -> bool {
    asserted_negations(cx).any(|(s, cue)| {
        let scope = cue.tokens.start..cx.clause(s, cue_end(cue)).end;
        // (every place a claim word is written: the coverage keeps the
        // first, "l'obligation du pass sanitaire ... sans pass sanitaire";
        // within one language, a word written again is the claim word
        // itself, not another that shares a translation with it: "estimant
        // ne pas disposer de garanties" denies no "a assuré", though the
        // glossary gives both "assurance")
        let f = cx.window[s].facts;
        let again = |t: usize| {
            f.lang != cx.claim.lang
                || (0..cx.claim.tokens.len()).any(|c| {
                    carries_meaning(cx.claim, c)
                        && (cx.claim.keys.words[c].first())
                            .is_some_and(|stem| f.keys.words[t].first() == Some(stem))
                })
        };
        scope
            .into_iter()
            .any(|t| cx.matched(s, t) || cx.writes_claim_word(s, t) && again(t))
    }) || non_before_claim_word(cx)
}

/// Does a window sentence write a word the claim's negation denies right
/// after "non" ("une
/// résolution non contraignante" for "ne contraint pas", "non-binding")?
/// Inside a noun phrase "non" is no negation of the sentence (it names a
/// kind of thing), but it says the claim's word does not hold of it: no
/// affirmative to set against a negated claim.
fn non_before_claim_word(cx: &MatchContext<'_>) -> bool {
    // (the words the claim's own negation denies: not a claim word that
    // has its own "non", "les non-vaccinés")
    let denied = claim_negated_words(cx);
    let after_non = |s: usize, u: usize| u > 0 && cx.window[s].facts.tokens[u - 1].norm == "non";
    // (where the coverage found the word, by a key or as a cognate
    // "contraint" / "contraignante", or any other place a key writes it)
    cx.coverage
        .found()
        .any(|(c, (s, u))| denied.contains(&c) && after_non(s, u))
        || (0..cx.window.len()).any(|s| {
            denied
                .iter()
                .any(|&c| cx.places_of(c, s).any(|u| after_non(s, u)))
        })
}

/// Does every negation of the claim stand in its main clause, no relative
/// word or complementiser before it ("qui ne font pas", "said that it did
/// not")?
fn negation_in_main_clause(claim: &Facts) -> bool {
    claim.negations.iter().all(|cue| {
        claim.tokens[..cue.tokens.start].iter().all(|t| {
            let w = t.norm.as_str();
            !crate::facts::RELATIVE_WORDS.contains(&w)
                && !crate::matcher::context::COMPLEMENTISERS.contains(&w)
        })
    })
}

/// The claim's negated predicate (inside "ne ... pas", or the first word
/// that carries meaning after the cue) is stated by the window: "n'ont plus
/// l'obligation de commander" is not contradicted by a window without
/// "obligation".
fn claim_predicate_found(cx: &MatchContext<'_>) -> bool {
    let claim = cx.claim;
    claim.negations.iter().all(|cue| {
        let predicate = claim_denied_by(cx, cue);
        predicate.is_empty()
            || predicate.iter().any(|&t| {
                !cx.coverage
                    .missing
                    .iter()
                    .any(|m| *m == claim.tokens[t].norm)
            })
    })
}

/// The claim words that its negation `cue` denies and that carry meaning:
/// inside "ne ... pas", and the first such word after the cue.
fn claim_denied_by(cx: &MatchContext<'_>, cue: &Cue) -> Vec<usize> {
    let claim = cx.claim;
    let content = |t: usize| carries_meaning(claim, t);
    let inner = cue.tokens.start + 1..cue.tokens.end.saturating_sub(1).max(cue.tokens.start + 1);
    let after = (cue.tokens.end..claim.tokens.len()).find(|&t| content(t));
    inner.filter(|&t| content(t)).chain(after).collect()
}

/// Claim words a negation must hold in its clause before it keeps the window
/// from supporting.
const NEGATED_CLAIM_WORDS: usize = 2;

/// A negation cue of the window: its words, its sentence in the window, its
/// byte span there, its tokens, the tokens it governs (from the cue to its
/// clause's end), and whether it says "none" ("no deaths").
struct NegationAt {
    words: String,
    sentence: usize,
    span: Range<usize>,
    cue: Range<usize>,
    scope: Range<usize>,
    zero: bool,
}

/// The negation cues the window asserts, in sentences about the claim's
/// subject: not inside a condition ("if it did not ..."), not opening a
/// question the source leaves open ("ne disait pas si ...", "does not say
/// whether ..."). With each, its sentence.
fn asserted_negations<'a>(cx: &'a MatchContext<'a>) -> impl Iterator<Item = (usize, &'a Cue)> {
    asserted_negations_in(cx, |s| cx.names_subject(s))
}

/// [`asserted_negations`] in the window sentences `keep` keeps.
fn asserted_negations_in<'a>(
    cx: &'a MatchContext<'a>,
    keep: impl Fn(usize) -> bool + 'a,
) -> impl Iterator<Item = (usize, &'a Cue)> {
    cx.window
        .iter()
        .enumerate()
        .filter(move |&(s, _)| keep(s))
        .flat_map(move |(s, ws)| {
            let f = ws.facts;
            // (a condition right after the negation conditions it, "ne
            // viendra pas s'il pleut"; an indirect question is what the
            // negated verb is about, "has not decided whether")
            f.negations
                .iter()
                .filter(move |cue| {
                    !f.conditions.iter().any(|c| {
                        c.tokens.contains(&cue.tokens.start)
                            || (c.tokens.start >= cue.tokens.end
                                && c.tokens.start <= cue.tokens.end + 3
                                && !opens_indirect_question(f, c))
                    })
                })
                .filter(move |cue| !said_of_another_place(cx, s, cue))
                .map(move |cue| (s, cue))
        })
}

/// Words that open a clause said of the name before it (folded: "où" is
/// "ou").
const RELATIVE_OPENERS: &[&str] = &["ou", "where", "qui", "who", "which", "dont", "whose"];

/// Is negation `cue` of window sentence `s` said of another place than the
/// claim's? Its clause (with the clause before, when it is a relative
/// clause: "celles de Toulouse à Bordeaux, où aucun train n'a circulé")
/// holds a place the claim does not name, and a place of the claim that
/// the sentence writes stands only outside it ("..., et de Toulouse à
/// Montpellier, où un train sur quatre a été maintenu" against "un train
/// sur quatre a circulé sur la ligne Toulouse-Montpellier"): the sentence
/// denies it of the other place.
fn said_of_another_place(cx: &MatchContext<'_>, s: usize, cue: &Cue) -> bool {
    let f = cx.window[s].facts;
    let clause = cx.clause(s, cue.tokens.start);
    let relative =
        clause.start > 0 && RELATIVE_OPENERS.contains(&f.tokens[clause.start].norm.as_str());
    let region = if relative {
        cx.clause(s, clause.start - 1).start..clause.end
    } else {
        clause
    };
    // (places only: a city or a country stands for another in a list of
    // them; two names of unknown kinds may be a thing and its part)
    let claim_places: Vec<usize> = (cx.claim.keys.names.iter().copied())
        .filter(|&c| is_place(cx.claim, c))
        .collect();
    let claims_place_at = |u: usize| {
        claim_places
            .iter()
            .any(|&c| cx.places_of(c, s).any(|p| p == u))
    };
    let other_place_inside = (f.keys.names.iter())
        .any(|&t| region.contains(&t) && is_place(f, t) && !claims_place_at(t));
    other_place_inside
        && claim_places.iter().any(|&c| {
            let mut places = cx.places_of(c, s).peekable();
            places.peek().is_some() && places.all(|u| !region.contains(&u))
        })
}

/// Is token `t` of `f` a city or a country?
fn is_place(f: &Facts, t: usize) -> bool {
    crate::text::Places::shared()
        .cities(&f.tokens[t].norm)
        .next()
        .is_some()
        || f.keys.in_country(t)
}

/// Adverbs of time or degree between a negation and its verb ("has not yet
/// decided", "n'a pas encore décidé", "without ever mentioning", "sans même
/// mentionner"), folded.
const ADVERBS_AFTER_NEGATION: &[&str] =
    &["yet", "still", "encore", "toujours", "ever", "even", "meme"];

/// Does condition cue `c` open an indirect question: "whether", or "si" /
/// "if" right after a verb of knowing, saying, deciding or asking ("n'a
/// pas encore décidé si", "ne sait pas si", "did not say if"; not "ne
/// viendra pas s'il pleut")?
pub(crate) fn opens_indirect_question(f: &Facts, c: &Cue) -> bool {
    let Some(first) = f.tokens.get(c.tokens.start) else {
        return false;
    };
    if first.norm == "whether" {
        return true;
    }
    let vocab = Vocabulary::shared();
    // (the verb, across the second half of the negation and an adverb of
    // time: "ne sait pas si", "has not yet decided if")
    let verb = (0..c.tokens.start).rev().find(|&t| {
        let norm = f.tokens[t].norm.as_str();
        !vocab.negates(f.lang, norm) && !ADVERBS_AFTER_NEGATION.contains(&norm)
    });
    verb.is_some_and(|t| {
        vocab.starts_with_cue(f.lang, CueKind::QuestionVerbPrefix, &f.tokens[t].norm)
    })
}

/// The last token of a cue (a cue holds at least one).
fn cue_end(cue: &Cue) -> usize {
    cue.tokens.end.max(cue.tokens.start + 1) - 1
}

/// The tokens a cue of window sentence `s` governs: from the cue to the end
/// of its clause.
fn cue_scope(cx: &MatchContext<'_>, s: usize, cue: &Cue) -> Range<usize> {
    let end = cx.clause(s, cue_end(cue)).end;
    // (an indirect question after the negated verb is asked, not denied:
    // "has not decided whether drivers will pay a toll" denies no toll)
    let question = question_after(cx, s, cue, end).unwrap_or(end);
    cue.tokens.start..question
}

/// Where an indirect question opens after negation `cue` of sentence `s`,
/// before token `end` ([`opens_indirect_question`]).
fn question_after(cx: &MatchContext<'_>, s: usize, cue: &Cue, end: usize) -> Option<usize> {
    let f = cx.window[s].facts;
    f.conditions
        .iter()
        .filter(|c| c.tokens.start >= cue.tokens.end && c.tokens.start < end)
        .find(|c| opens_indirect_question(f, c))
        .map(|c| c.tokens.start)
}

fn negation_at(cx: &MatchContext<'_>, s: usize, cue: &Cue) -> NegationAt {
    let f = cx.window[s].facts;
    NegationAt {
        words: cue.words.clone(),
        sentence: s,
        span: f.tokens[cue.tokens.start].span.start..f.tokens[cue_end(cue)].span.end,
        cue: cue.tokens.clone(),
        scope: cue_scope(cx, s, cue),
        zero: f.tokens[cue.tokens.clone()]
            .iter()
            .any(|t| ZERO_WORDS.contains(&t.norm.as_str())),
    }
}

/// A negation whose clause holds several words the claim states: the
/// window says those things do not hold, whatever its verb.
fn negation_over_claim_words(cx: &MatchContext<'_>) -> Option<NegationAt> {
    negation_over(cx, NEGATED_CLAIM_WORDS)
}

/// The first asserted negation of the window whose scope writes `words`
/// claim words or more (see [`negation_over_claim_words`]).
fn negation_over(cx: &MatchContext<'_>, words: usize) -> Option<NegationAt> {
    // in any sentence of the window: the claim's words it denies are the
    // ones the window's support would rest on, whoever the sentence names
    asserted_negations_in(cx, |_| true)
        .find(|&(s, cue)| {
            // the cue governs the rest of its clause
            let scope = cue_scope(cx, s, cue);
            // (a comparison in its scope ranks, it denies nothing: "aucun
            // n'est plus proche d'une grande ville que les Everglades")
            !compares(cx.window[s].facts, scope.clone())
                && scope.filter(|&t| cx.matched(s, t)).count() >= words
        })
        .map(|(s, cue)| negation_at(cx, s, cue))
}

/// Are the claim words the window's negation (`at`) denies all words the
/// claim's verb governs, after it? "n'est jamais fait mention de
/// l'élection" denies what "a donné son avis sur l'élection" is about; "il
/// est impossible pour Marlowe de quitter l'Italie" denies nothing of
/// "Marlowe a été arrêté par les autorités italiennes", it names its
/// subject. The claim's verb itself is not among them: the window's other
/// verb then takes the claim's act as its object ("n'avait pas divulgué
/// l'appel avec Macron" against "Bennett a appelé Macron", "did not confirm
/// the sale"), and saying nothing of an act presupposes it rather than
/// denies it.
fn denies_what_claim_verb_governs(cx: &MatchContext<'_>, at: &NegationAt) -> bool {
    let Some(verb) = cx.claim_verb_start() else {
        return false;
    };
    // (its first verb: one in what it governs is governed, "a fourni une
    // liste des États dans lesquels les pilules ont été vendues")
    let main_verb = cx.claim_verbs().first().copied();
    // (every claim word written there, not only where the coverage found
    // it first)
    let mut denied = (0..cx.claim.tokens.len())
        .filter(|&c| carries_meaning(cx.claim, c))
        .filter(|&c| cx.places_of(c, at.sentence).any(|t| at.scope.contains(&t)))
        .peekable();
    denied.peek().is_some() && denied.all(|c| c > verb && Some(c) != main_verb)
}

/// A negation cue in the window that denies a predicate of the claim: one
/// of the words it negates (inside "ne ... pas", or the next content word
/// after the cue) matched a claim word, and that word is not a name. "n'a
/// pas réussi à détrôner le gouvernement" does not negate "les
/// conservateurs ont obtenu 33 sièges"; "ni NSO n'ont fait de commentaires"
/// negates "NSO commented" but says nothing against "NSO is an Israeli
/// company".
fn relevant_negation(cx: &MatchContext<'_>) -> Option<NegationAt> {
    asserted_negations(cx)
        .find(|&(s, cue)| {
            negated_words(cx, s, cue)
                .into_iter()
                .any(|t| cx.matched(s, t) && !cx.is_name(s, t))
        })
        .map(|(s, cue)| negation_at(cx, s, cue))
}

/// Does window sentence `s`, whose negation `cue` denies a claim word,
/// state another word of the claim, or continue (on a pronoun) a sentence
/// that does? A window of several sentences may find the rest of the claim
/// in another one: the negation then denies something else ("estimant ne
/// pas disposer de garanties suffisantes. | Ni le bureau du Premier
/// ministre, ni NSO, n'ont fait de commentaires sur cette rencontre"
/// against "The meeting was arranged at the last minute": "disposer"
/// writes "arrange", and that is all the first sentence shares).
fn denial_about_claim(cx: &MatchContext<'_>, s: usize, cue: &Range<usize>) -> bool {
    let states_more = |s: usize, denied: &[usize]| {
        (0..cx.window[s].facts.tokens.len())
            .filter(|t| !denied.contains(t))
            .any(|t| cx.writes_claim_word(s, t))
    };
    let denied: Vec<usize> = cx.window[s]
        .facts
        .negations
        .iter()
        .filter(|c| c.tokens == *cue)
        .flat_map(|c| negated_words(cx, s, c))
        .collect();
    cx.window.len() == 1
        || states_more(s, &denied)
        || s > 0
            && crate::matcher::context::opens_on_pronoun(cx.window[s].facts)
            && states_more(s - 1, &[])
}

/// The words window negation `cue` (sentence `s`) denies: inside "ne ...
/// pas", and the negated verb, the first word after the cue that carries
/// meaning ("n'ont fait de commentaires": commentaires; "n'avait pas
/// divulgué l'appel": divulgué, not its object), with the verbs joined to
/// it ("ne peut interagir avec l'ARN, injecté dans le muscle, et se
/// retrouver porteur").
fn negated_words(cx: &MatchContext<'_>, s: usize, cue: &Cue) -> Vec<usize> {
    let inner = cue.tokens.start + 1..cue.tokens.end.saturating_sub(1).max(cue.tokens.start + 1);
    // (across an adverb of time: "has not yet decided", "n'a pas encore
    // décidé")
    // (not inside an indirect question after it: "ne dit pas si la
    // proposition a été acceptée" denies the saying, not the proposal)
    let f = cx.window[s].facts;
    let question = question_after(cx, s, cue, cx.clause(s, cue_end(cue)).end);
    let after = cx
        .next_meaningful(s, cx.after_incise(s, cue.tokens.end))
        .and_then(|t| {
            if ADVERBS_AFTER_NEGATION.contains(&f.tokens[t].norm.as_str()) {
                cx.next_meaningful(s, t + 1)
            } else {
                Some(t)
            }
        })
        .filter(|&t| question.is_none_or(|q| t < q));
    let joined = after
        .map(|v| coordinated_verbs(cx, s, v))
        .unwrap_or_default();
    inner.chain(after).chain(joined).collect()
}

/// Does window negation `cue` (tokens of sentence `s`) deny a verb of
/// meaning the claim does not have, the claim's words only after it
/// ("n'empêchaient pas la transmission": "empêchaient" is not the claim's,
/// "transmission" is)? (A zero, "aucun", denies the noun after it: the
/// caller asks only of the others.)
fn denies_other_verb(cx: &MatchContext<'_>, s: usize, cue: &Range<usize>) -> bool {
    verb_inside(cx, s, cue).is_some_and(|v| !cx.matched(s, v))
}

/// The verb of meaning a French negation stands around: the word after
/// "ne" and its clitics ("n'empêchait pas", "ne le prévient pas"), when it
/// carries meaning; none when it is an auxiliary ("n'a en revanche jamais
/// publié": the verb comes after the cue).
fn verb_inside(cx: &MatchContext<'_>, s: usize, cue: &Range<usize>) -> Option<usize> {
    let f = cx.window[s].facts;
    if !matches!(f.tokens[cue.start].norm.as_str(), "ne" | "n") {
        return None;
    }
    (cue.start + 1..cue.end.saturating_sub(1))
        .find(|&t| !CLITICS.contains(&f.tokens[t].norm.as_str()))
        .filter(|&t| carries_meaning(f, t))
}

/// The claim's words its own negations deny ([`claim_denied_by`]).
fn claim_negated_words(cx: &MatchContext<'_>) -> Vec<usize> {
    cx.claim
        .negations
        .iter()
        .flat_map(|cue| claim_denied_by(cx, cue))
        .collect()
}

/// When claim and window both negate: a window negation of a claim word
/// the claim affirms, while every word the claim denies the window denies
/// too. The window then says one thing more is not so.
fn further_denial(cx: &MatchContext<'_>) -> Option<NegationAt> {
    let claim_denies = claim_negated_words(cx);
    // wherever the sentence writes the claim word, not only where the
    // coverage first found it ("les médicaments qu'elle avait achetés. Elle
    // n'avait pas l'intention d'arrêter d'acheter")
    let denied_in_window = |s: usize, cue: &Cue| -> Vec<usize> {
        let words = negated_words(cx, s, cue);
        cx.coverage
            .found()
            .map(|(c, _)| c)
            .filter(|&c| {
                !cx.claim.keys.names.contains(&c) && cx.places_of(c, s).any(|u| words.contains(&u))
            })
            .collect()
    };
    let negations: Vec<(usize, &Cue)> = asserted_negations(cx).collect();
    let all_denied: Vec<usize> = negations
        .iter()
        .flat_map(|&(s, cue)| denied_in_window(s, cue))
        .collect();
    let claims_denials_met = claim_denies.iter().all(|c| all_denied.contains(c));
    if claim_denies.is_empty() || !claims_denials_met {
        return None;
    }
    negations
        .into_iter()
        .find(|&(s, cue)| {
            let denied = denied_in_window(s, cue);
            !denied.is_empty() && denied.iter().all(|c| !claim_denies.contains(c))
        })
        .map(|(s, cue)| negation_at(cx, s, cue))
}

/// Words that join two verbs under one negation (folded).
const COORDINATORS: &[&str] = &["et", "ou", "ni", "and", "or", "nor"];
/// Object and reflexive pronouns between a coordinator and its verb ("et
/// se retrouver", "et l'a vendu").
const CLITICS: &[&str] = &[
    "se", "s", "en", "y", "le", "la", "les", "l", "lui", "leur", "me", "m", "te", "t", "nous",
    "vous",
];

/// The verbs joined by "et"/"and" to verb `v` of window sentence `s`, in the
/// same form (two infinitives, two participles, two English verb forms):
/// the negation of `v` is theirs too. Without a part-of-speech tagger the
/// form is told by the ending; a word that opens a clause of its own (a
/// contrast, a cause, a relative) ends the search.
fn coordinated_verbs(cx: &MatchContext<'_>, s: usize, v: usize) -> Vec<usize> {
    let ws = &cx.window[s];
    let words = &ws.facts.tokens;
    let form = |t: usize| {
        VerbForm::of(
            &ws.text[words[t].span.clone()],
            &words[t].norm,
            ws.facts.lang,
        )
    };
    let Some(kind) = form(v) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut u = v + 1;
    while u < words.len() && !CLAUSE_WORDS.contains(&words[u].norm.as_str()) {
        if COORDINATORS.contains(&words[u].norm.as_str()) {
            let verb = (u + 1..words.len()).find(|&t| !CLITICS.contains(&words[t].norm.as_str()));
            if let Some(t) = verb.filter(|&t| form(t) == Some(kind)) {
                out.push(t);
            }
        }
        u += 1;
    }
    out
}

/// The form of a verb, as its ending tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum VerbForm {
    /// "interagir", "retrouver", "prendre".
    FrenchInfinitive,
    /// "vendu", "créée", "injectés".
    FrenchParticiple,
    /// A form the lexicon knows only as an English verb's.
    English,
}

impl VerbForm {
    /// The form of a word as written (French endings keep their accent:
    /// "créé", not "cree") and folded (the English lexicon's), if it is one.
    fn of(word: &str, folded: &str, lang: Lang) -> Option<VerbForm> {
        let long = word.chars().count() > 3;
        let ends = |endings: &[&str]| long && endings.iter().any(|e| word.ends_with(e));
        match lang {
            Lang::Fr if crate::facts::is_french_infinitive(word) => {
                Some(VerbForm::FrenchInfinitive)
            }
            Lang::Fr if ends(&["é", "és", "ée", "ées", "u", "us", "ue", "ues"]) => {
                Some(VerbForm::FrenchParticiple)
            }
            Lang::En if Lexicon::shared().is_english_verb_form(folded) => Some(VerbForm::English),
            _ => None,
        }
    }
}

/// Negations that say "none of them" (folded): "no deaths", "aucun mort".
const ZERO_WORDS: &[&str] = &[
    "no", "none", "nobody", "zero", "aucun", "aucune", "nul", "nulle",
];

#[cfg(test)]
mod tests {
    use super::super::table::{Case, Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    /// A negated claim whose predicate the window words otherwise is
    /// contradicted when a bound fact of the claim is found in an
    /// affirmative sentence (as it would be supported affirmed); not when
    /// its negation stands in a relative clause, nor when it hedges.
    #[test]
    fn a_bound_fact_found_stands_for_the_denied_predicate() {
        let led = "L'organisation parle d'une enquête menée par plus de 60 journalistes issus de 14 rédactions.";
        let contradicts = &[(Kind::Negation, Effect::Contradicts)][..];
        let weak = &[(Kind::Polarity, Effect::Blocks)][..];
        let table: &[Row] = &[
            (
                "More than 60 journalists from 14 newsrooms did not take part in the inquiry.",
                En,
                led,
                Fr,
                contradicts,
            ),
            (
                "Plus de 60 journalistes de 14 rédactions n'ont pas pris part à l'enquête.",
                Fr,
                led,
                Fr,
                contradicts,
            ),
            (
                "More than 60 journalists from 14 newsrooms may not have taken part in the inquiry.",
                En,
                led,
                Fr,
                weak,
            ),
            (
                "Plus de 60 journalistes qui n'ont pas quitté 14 rédactions ont mené l'enquête.",
                Fr,
                led,
                Fr,
                weak,
            ),
        ];
        assert_rows("negation", table);
    }

    #[test]
    fn negation_table() {
        let no_comment =
            "Contactés par Le Monde, ni le ministère ni NSO n'ont fait de commentaires.";
        let sold = "La société a vendu le logiciel à la police marocaine.";
        let not_sold = "La société n'a pas vendu le logiciel à la police marocaine.";
        let weak = &[(Kind::Polarity, Effect::Blocks)][..];
        let table: &[Row] = &[
            // a weak negation says little, not nothing: it keeps the window
            // from supporting, contradicts nothing
            (
                "Le prix du pain à Halden a peu changé.",
                Fr,
                "Le prix du pain à Halden n'a guère changé depuis 2020.",
                Fr,
                weak,
            ),
            (
                "The price of bread in Halden changed.",
                En,
                "The price of bread in Halden has hardly changed since 2020.",
                En,
                weak,
            ),
            (
                "The price of bread in Halden has barely changed.",
                En,
                "The price of bread in Halden has hardly changed since 2020.",
                En,
                &[],
            ),
            (
                "The price of bread in Halden has barely changed.",
                En,
                "The price of bread in Halden changed in 2021.",
                En,
                weak,
            ),
            // another verb denied, with no object of the claim's: another
            // act of the claim's parties
            (
                "Marc Dulac a été réélu maire de Halden.",
                Fr,
                "Marc Dulac ne se représentera pas à la mairie de Halden.",
                Fr,
                &[(Kind::Polarity, Effect::Blocks)],
            ),
            // ... an act named by its noun, the verb's direct object, is the
            // claim's
            (
                "La Cour suprême de Halden a ordonné la réintégration des employés non vaccinés.",
                Fr,
                "L'ordonnance de la Cour suprême de Halden ne prévoit pas la réintégration des employés non vaccinés.",
                Fr,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            // not yet done
            (
                "The Halden inquiry's results have not been published.",
                En,
                "The Halden inquiry's results are yet to be published, the prosecutor said.",
                En,
                &[],
            ),
            // both negate (the claim by "arrêter de"), the window one word
            // more; the claim's word written first where it is affirmed
            (
                "Marta Keller prévoit d'arrêter d'acheter les produits génériques.",
                Fr,
                "Marta Keller a dit qu'elle ne prévoyait pas de jeter les médicaments qu'elle avait achetés. Elle n'avait pas non plus l'intention d'arrêter d'acheter les produits génériques.",
                Fr,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            (
                "NSO commented.",
                En,
                no_comment,
                Fr,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            (
                "NSO a fait des commentaires.",
                Fr,
                no_comment,
                Fr,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            ("NSO did not comment.", En, no_comment, Fr, &[]),
            // a negation in another clause that writes a word sharing only a
            // translation with a claim word ("garanties" / "a assuré", both
            // "assurance") denies nothing of the claim
            (
                "Une source proche de Qorvane a assuré que le groupe n'avait jamais écarté de client.",
                Fr,
                "Une source proche de Qorvane avait assuré que le groupe avait déjà écarté de nombreux clients, estimant ne pas disposer de garanties suffisantes sur leur utilisation.",
                Fr,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            // a negative pronoun for subject ("Personne n'est mort"), and a
            // source that says the cause of the claim's verb ("was killed"
            // says one died; "died" does not say one was killed)
            (
                "Personne n'est mort sur le bateau.",
                Fr,
                "Un pêcheur est mort lorsque son bateau a coulé.",
                Fr,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            (
                "No one died on the boat.",
                En,
                "One fisherman was killed when his boat sank.",
                En,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            (
                "Personne n'est mort sur le bateau.",
                Fr,
                "One fisherman was killed when his boat sank.",
                En,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            // a zero denies the noun after it, whatever the verb: "ne
            // disposait d'aucun plan" says there were no plans
            (
                "Les documents comprenaient des plans secrets pour une nouvelle usine.",
                Fr,
                "M. Varga a déclaré que l'entreprise ne disposait d'aucun plan ou document confidentiel concernant le projet d'usine.",
                Fr,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            // a negated verb before an indirect question is asserted: the
            // question is what it is about, not a condition on it
            (
                "The Morlaix council has decided that the covered market will reopen in March.",
                En,
                "Le conseil municipal de Morlaix n'a pas encore décidé si le marché couvert rouvrira en mars.",
                Fr,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            (
                "Le conseil municipal de Morlaix a décidé que le marché couvert rouvrirait en mars.",
                Fr,
                "The Morlaix council has not decided whether the covered market will reopen in March.",
                En,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            (
                "Les commerçants ont été informés que leurs baux seraient prolongés.",
                Fr,
                "Les commerçants n'ont pas été informés si leurs baux seraient prolongés.",
                Fr,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            (
                "The Morlaix council has already decided that the covered market will reopen in March.",
                En,
                "The Morlaix council has not yet decided whether the covered market will reopen in March.",
                En,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            // ... what the question asks is not denied (the condition rule
            // keeps it from supporting)
            (
                "The covered market in Morlaix will reopen in March.",
                En,
                "The Morlaix council has not decided whether the covered market will reopen in March.",
                En,
                &[],
            ),
            (
                "La proposition de Qarvel a été acceptée.",
                Fr,
                "L'agence ne dit pas si la proposition de Qarvel a été acceptée.",
                Fr,
                &[],
            ),
            // a negation inside what the claim says was asked or proposed
            // is not asserted: it denies nothing the window states
            (
                "Le syndicat a demandé que l'usine ne ferme plus le dimanche.",
                Fr,
                "L'usine ferme le dimanche depuis mars, a rappelé le syndicat.",
                Fr,
                &[(Kind::Polarity, Effect::Blocks)],
            ),
            (
                "The union demanded that the factory no longer close on Sundays.",
                En,
                "L'usine ferme le dimanche depuis mars, a rappelé le syndicat.",
                Fr,
                &[(Kind::Polarity, Effect::Blocks)],
            ),
            (
                "Le syndicat a rappelé que l'usine ne ferme plus le dimanche.",
                Fr,
                "L'usine ferme le dimanche depuis mars, a rappelé le syndicat.",
                Fr,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            // the window denies, with a verb of its own, what the claim's
            // verb governs
            (
                "Le maire de Lyon a présenté le projet de nouveau stade municipal lors du conseil municipal de lundi.",
                Fr,
                "Lors du conseil municipal de lundi, le maire de Lyon n'a jamais évoqué le projet de nouveau stade municipal.",
                Fr,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            (
                "Le maire de Lyon a présenté le projet de nouveau stade municipal lors du conseil municipal de lundi.",
                Fr,
                "At Monday's city council meeting, the mayor of Lyon never once mentioned the new municipal stadium project.",
                En,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            (
                "The mayor of Lyon presented the new municipal stadium project at Monday's city council meeting.",
                En,
                "At Monday's city council meeting, the mayor of Lyon never once mentioned the new municipal stadium project.",
                En,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            // both negate, and the window one thing more the claim
            // affirms
            (
                "Les médecins ont été surpris que le rapport n'ait pas été publié.",
                Fr,
                "Le rapport n'a pas été publié, et cela n'a pas du tout surpris les médecins.",
                Fr,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            (
                "The doctors were surprised that the report was not published.",
                En,
                "The report was not published, and that did not surprise the doctors.",
                En,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            // ... the same one: no difference
            (
                "Les médecins ont été surpris que le rapport n'ait pas été publié.",
                Fr,
                "Le rapport n'a pas été publié, ce qui a surpris les médecins.",
                Fr,
                &[],
            ),
            // ... another one, while what the claim denies is stated: unclear
            (
                "The doctors were surprised that the report was not published.",
                En,
                "The report was published, and that did not surprise the doctors.",
                En,
                &[],
            ),
            // a negated reluctance asserts the act ("n'a pas hésité à
            // approuver", "did not hesitate to approve")
            (
                "Le maire de Varenne a approuvé le projet de stade.",
                Fr,
                "Le maire de Varenne n'a pas hésité à approuver le projet de stade lundi.",
                Fr,
                &[],
            ),
            (
                "The mayor of Varenne did not approve the stadium project.",
                En,
                "The mayor of Varenne did not hesitate to approve the stadium project on Monday.",
                En,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            // a negated cessation goes on ("n'a pas cessé de soutenir"):
            // against a window where it stopped
            (
                "Le ministre n'a pas cessé de soutenir le projet de stade.",
                Fr,
                "Le ministre a cessé de soutenir le projet de stade en mars.",
                Fr,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            (
                "The minister never stopped supporting the stadium project.",
                En,
                "Le ministre a cessé de soutenir le projet de stade en mars.",
                Fr,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            (
                "The minister never stopped supporting the stadium project.",
                En,
                "The minister still supports the stadium project.",
                En,
                &[],
            ),
            // the claim says more than the window, but the clause it
            // denies is all stated there
            (
                "Aucun des deux joueurs de tennis n'a quitté le tournoi qui se tient actuellement à Melbourne.",
                Fr,
                "Deux joueurs de tennis ont quitté le tournoi de l'Open d'Australie après leur blessure.",
                Fr,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            (
                "None of the three riders left the cycling race, which was held in Brittany.",
                En,
                "Three riders left the cycling race after the crash on Tuesday.",
                En,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            // ... not when the denied clause says more ("injured")
            (
                "None of the three injured riders left the cycling race after the crash, which happened in Brittany.",
                En,
                "Three riders left the cycling race after the crash on Tuesday.",
                En,
                &[(Kind::Polarity, Effect::Blocks)],
            ),
            // ... nor when the window states it only as a condition
            (
                "Le ministre n'a pas signé l'accord sur les quotas de pêche, qui limite la pêche en Bretagne.",
                Fr,
                "Si le ministre a signé l'accord sur les quotas de pêche, il ne l'a pas annoncé.",
                Fr,
                &[(Kind::Polarity, Effect::Blocks)],
            ),
            // ... not when it names the claim's subject: it denies
            // something else of him
            (
                "Marlowe was arrested by the Italian authorities.",
                En,
                "It is impossible for Marlowe to leave Italy after an arrest warrant was issued by the Italian authorities.",
                En,
                &[(Kind::Polarity, Effect::Blocks)],
            ),
            (
                "Marlowe a été arrêté par les autorités italiennes.",
                Fr,
                "Il est impossible pour Marlowe de quitter l'Italie après le mandat d'arrêt lancé par les autorités italiennes.",
                Fr,
                &[(Kind::Polarity, Effect::Blocks)],
            ),
            // a comparison after the cue ranks, it denies nothing
            (
                "Les Everglades font 80 kilomètres de large.",
                Fr,
                "Aucun parc national n'est plus proche d'une grande ville que les Everglades, larges de 80 kilomètres.",
                Fr,
                &[],
            ),
            (
                "The Everglades are 50 miles wide.",
                En,
                "No national park is closer to a large city than the Everglades, a river of grass 50 miles wide.",
                En,
                &[],
            ),
            // "jamais", "never": the negation's words, not words the window
            // must state; the verb after them is the claim's
            (
                "Les téléphones du ministre ne sont jamais changés.",
                Fr,
                "Les téléphones du ministre sont changés régulièrement.",
                Fr,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            (
                "The minister's phones are never changed.",
                En,
                "Les téléphones du ministre sont changés régulièrement.",
                Fr,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            // a sentence opening on "il" continues the one that names him
            (
                "Jean Dupont a rencontré les ouvriers de l'usine.",
                Fr,
                "Jean Dupont a visité l'usine de Lyon lundi matin avec le préfet. | Il n'a pas rencontré les ouvriers de l'usine.",
                Fr,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            // ... and so does one that opens on a definite description of
            // what the one before named
            (
                "The Israeli prime minister's office formally confirmed the call.",
                En,
                "Selon la télévision, le Premier ministre israélien Naftali Bennett avait indiqué que l'enquête avançait. | Le bureau du Premier ministre n'a donné aucune confirmation formelle de l'appel.",
                Fr,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            (
                "The Israeli prime minister's office formally confirmed the call.",
                En,
                "Selon la télévision, le Premier ministre israélien Naftali Bennett avait indiqué que l'enquête avançait. | Le bureau de la présidence française n'a donné aucune confirmation formelle de l'appel.",
                Fr,
                &[(Kind::Polarity, Effect::Blocks)],
            ),
            // ... and only that one; a negation of the claim's words in a
            // sentence about someone else still keeps the window from
            // supporting (they are the words its support would rest on)
            (
                "Jean Dupont a rencontré les ouvriers de l'usine.",
                Fr,
                "Jean Dupont a visité l'usine de Lyon. | Marie Curie a visité l'atelier. | Il n'a pas rencontré les ouvriers de l'usine.",
                Fr,
                &[(Kind::Polarity, Effect::Blocks)],
            ),
            // a sentence that names no one continues the one before it
            (
                "Two deaths followed the fire at the Dunmore plant.",
                En,
                "A fire damaged the paint shop of the Dunmore plant. | No deaths were reported.",
                En,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            // ... one that names another place does not
            (
                "Two deaths followed the fire at the Dunmore plant.",
                En,
                "A fire damaged the paint shop of the Dunmore plant. | In Leeds no deaths were reported.",
                En,
                &[],
            ),
            // the negation is about commenting, not about what NSO is
            ("NSO is an Israeli company.", En, no_comment, Fr, &[]),
            (
                "La société n'a pas vendu le logiciel à la police marocaine.",
                Fr,
                sold,
                Fr,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            (
                "The company sold the software to the Moroccan police.",
                En,
                not_sold,
                Fr,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            (
                "The company sold the software to the Moroccan police.",
                En,
                sold,
                Fr,
                &[],
            ),
            // the claim says more ("une vidéo prouve que"), but what the
            // window denies is all the claim's
            (
                "Une vidéo de BFMTV prouve que les hôpitaux français gonflent le nombre de patients en réanimation.",
                Fr,
                "Les hôpitaux français ne gonflent pas le nombre de patients en réanimation.",
                Fr,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            (
                "A BFMTV video proves that French hospitals inflate the number of intensive care patients.",
                En,
                "French hospitals do not inflate the number of intensive care patients.",
                En,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            // the negation of a verb is the negation of the verbs joined to
            // it, across an incise
            (
                "Un spermatozoïde peut se retrouver porteur de la protéine spike.",
                Fr,
                "Un spermatozoïde ne peut en aucun cas interagir avec l'ARN messager, injecté dans le muscle, et se retrouver porteur de la protéine spike.",
                Fr,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            (
                "A sperm cell can become a carrier of the spike protein.",
                En,
                "A sperm cell cannot interact with messenger RNA, injected in the muscle, and become a carrier of the spike protein.",
                En,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            // a negated claim against a window whose negation is of another
            // clause: the clause that states the claim affirms it
            (
                "L'immunité ne prévient pas le développement des symptômes.",
                Fr,
                "L'immunité n'empêche pas la contamination, mais elle prévient le développement des symptômes.",
                Fr,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            (
                "Immunity does not prevent the development of symptoms.",
                En,
                "Immunity does not stop infection, but it prevents the development of symptoms.",
                En,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            // a window denying the claim's own verb contradicts from about
            // half the claim stated ...
            (
                "La banque centrale russe peut déstabiliser le marché monétaire.",
                Fr,
                "Une économie comme la Russie ne peut pas déstabiliser durablement le marché monétaire.",
                Fr,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
            // ... unless it hedges
            (
                "La banque centrale russe peut déstabiliser le marché monétaire.",
                Fr,
                "Une économie comme la Russie ne pourrait pas déstabiliser durablement le marché monétaire.",
                Fr,
                &[(Kind::Polarity, Effect::Blocks)],
            ),
            // ... but not when the denied clause holds words the claim lacks
            (
                "Une vidéo de BFMTV prouve que les hôpitaux français gonflent le nombre de patients en réanimation.",
                Fr,
                "Les cliniques privées françaises ne gonflent pas le nombre de patients en réanimation pédiatrique.",
                Fr,
                &[(Kind::Polarity, Effect::Blocks)],
            ),
            // a relative pronoun is no word of the claim to find
            (
                "L'agence a fourni la liste des villes dans lesquelles le vaccin a été livré.",
                Fr,
                "L'agence n'a pas voulu dire dans quelles villes le vaccin avait été livré, mais a recommandé de consulter la liste des lots.",
                Fr,
                &[(Kind::Negation, Effect::Contradicts)],
            ),
        ];
        assert_rows("negation", table);
    }

    #[test]
    fn si_after_a_verb_of_knowing_opens_a_question_not_a_condition() {
        use crate::facts::{DateContext, analyse};
        let opens = |text: &str, lang| {
            let f = analyse(text, lang, DateContext::default());
            f.conditions
                .iter()
                .any(|c| super::opens_indirect_question(&f, c))
        };
        assert!(opens(
            "Le conseil n'a pas encore décidé si le marché rouvrira.",
            Fr
        ));
        assert!(opens("Elle ne sait pas si l'usine fermera.", Fr));
        assert!(opens(
            "The minister did not say if the plant would close.",
            En
        ));
        assert!(opens(
            "The council has not decided whether drivers will pay.",
            En
        ));
        assert!(!opens("Il ne viendra pas s'il pleut.", Fr));
        assert!(!opens(
            "The plant will not close if the order is signed.",
            En
        ));
    }

    /// A negated claim's predicate written only in a sentence of the window
    /// that writes no other word of the claim is not said of the claim's
    /// thing: nothing there to deny. Written beside the claim's words, it is.
    #[test]
    fn a_predicate_found_apart_is_not_what_a_negated_claim_denies() {
        let apart = "Le bureau Valdor a reçu une lettre du ministre la semaine dernière. | Pour rappel, il a été révélé en 2021 que le logiciel opère en France.";
        for (claim, lang) in [
            (
                "The Valdor office had not disclosed the minister's letter.",
                En,
            ),
            (
                "Le bureau Valdor n'avait pas révélé la lettre du ministre.",
                Fr,
            ),
        ] {
            let case = Case::new(claim, lang, apart, Fr);
            super::super::table::assert_no_contradiction("negation", &case);
            let beside = Case::new(
                claim,
                lang,
                "Le bureau Valdor a révélé la lettre du ministre la semaine dernière. | Pour rappel, le logiciel opère en France.",
                Fr,
            );
            let found = beside.findings_of("negation");
            assert!(
                found.iter().any(|f| f.effect == Effect::Contradicts),
                "{claim}: {found:?}"
            );
        }
    }

    /// A negation in a sentence of the window that shares nothing with the
    /// claim but the word it denies denies something else: the rest of the
    /// claim stands in another sentence.
    #[test]
    fn a_denial_in_a_sentence_of_its_own_does_not_contradict() {
        for (claim, lang) in [
            (
                "The ministry confirmed the sale of the Falcon software.",
                En,
            ),
            ("Le ministère a confirmé la vente du logiciel Falcon.", Fr),
        ] {
            let apart = Case::new(
                claim,
                lang,
                "Le ministère a publié une lettre sur la vente du logiciel Falcon. | Une source estimait ne pas confirmer les garanties données aux clients.",
                Fr,
            );
            super::super::table::assert_no_contradiction("negation", &apart);
            for together in [
                "Le ministère a publié une lettre sur le logiciel Falcon. | Il n'a pas confirmé la vente.",
                "Le ministère n'a pas confirmé la vente du logiciel Falcon. | Une source estimait que les garanties données aux clients étaient suffisantes.",
            ] {
                let found = Case::new(claim, lang, together, Fr).findings_of("negation");
                assert!(
                    found.iter().any(|f| f.effect == Effect::Contradicts),
                    "{claim} / {together}: {found:?}"
                );
            }
        }
    }

    /// "The first meeting since 2013" says there was none between: a
    /// negated claim with that start agrees, one that denies the event is
    /// the first does not; another start does not say so.
    #[test]
    fn the_first_since_a_start_says_none_came_between() {
        let window = "Il s'agissait de la première rencontre entre le ministre orlandais de la Défense et son homologue valdien depuis 2013.";
        let window_en = "It was the first meeting between the Orlandian defence minister and his Valdian counterpart since 2013.";
        // (a claim that denies it is the first says another came between:
        // the window's polarity is read)
        for (claim, lang, denies_first) in [
            (
                "The Orlandian and Valdian defence ministers had not met since 2013.",
                En,
                false,
            ),
            (
                "Les ministres de la Défense orlandais et valdien ne s'étaient pas rencontrés depuis 2013.",
                Fr,
                false,
            ),
            (
                "It was not the first meeting between the Orlandian defence minister and his Valdian counterpart since 2013.",
                En,
                true,
            ),
            (
                "Ce n'était pas la première rencontre entre le ministre orlandais de la Défense et son homologue valdien depuis 2013.",
                Fr,
                true,
            ),
        ] {
            for (w, w_lang) in [(window, Fr), (window_en, En)] {
                let found = Case::new(claim, lang, w, w_lang).findings_of("negation");
                assert_eq!(found.is_empty(), !denies_first, "{claim} / {w}: {found:?}");
            }
            // another start: the window does not say none came since 2010
            let other =
                Case::new(claim, lang, &window.replace("2013", "2010"), Fr).findings_of("negation");
            assert!(!other.is_empty(), "{claim}: {other:?}");
        }
    }

    /// Negations that do not flip the claim: both sides negate, the claim's
    /// negated word is absent, the negation sits in an incise about
    /// something else.
    #[test]
    fn negations_that_do_not_contradict() {
        let table = [
            (
                "Les accords ne contiennent aucune clause sur la vente d'armes.",
                Fr,
                "Les accords ne mentionnent pourtant aucune interdiction de vente d'armes.",
                Fr,
            ),
            (
                "The agreements contain no clause on arms sales.",
                En,
                "Les accords ne mentionnent aucune interdiction de vente d'armes.",
                Fr,
            ),
            (
                "Le Conseil n'a pas condamné la Russie.",
                Fr,
                "Le Conseil, sans condamner la Russie, a convoqué l'Assemblée.",
                Fr,
            ),
            (
                "Les autorités n'ont plus l'obligation de commander le médicament.",
                Fr,
                "Le tribunal a ordonné aux autorités de commander le médicament.",
                Fr,
            ),
            (
                "Il est impossible que la molécule circule dans le corps.",
                Fr,
                "La molécule ne peut pas circuler dans le corps.",
                Fr,
            ),
            (
                "It is impossible for the molecule to circulate in the body.",
                En,
                "La molécule ne peut pas circuler dans le corps.",
                Fr,
            ),
            (
                "Selon Christian Perronne, les injections sont un traitement expérimental.",
                Fr,
                "Christian Perronne affirme que les injections ne sont pas, selon lui, des vaccins mais un traitement expérimental.",
                Fr,
            ),
            // the claim's denied word after "non" in the window: not
            // affirmed there
            (
                "Le texte voté par l'Assemblée condamne l'invasion, mais juridiquement il ne contraint pas.",
                Fr,
                "L'Assemblée a condamné l'invasion dans une résolution non contraignante, et exigé le retrait des troupes.",
                Fr,
            ),
            (
                "The text the Assembly voted condemns the invasion, but legally it is not binding.",
                En,
                "The Assembly condemned the invasion in a non-binding resolution and demanded the withdrawal of troops.",
                En,
            ),
            // the window denies its own verb, of which only the object is
            // the claim's: nothing the claim says is denied (with "même
            // si", which concedes, or without); "établi" is the
            // completive's frame, not denied with it
            (
                "Il était déjà connu et public, mais des élus ont fait des raccourcis hasardeux sur l'effet du traitement sur la propagation de la maladie.",
                Fr,
                "Même s'il était déjà connu que le traitement n'empêchait pas la propagation de la maladie, des élus ont multiplié les déclarations hâtives.",
                Fr,
            ),
            (
                "Il était déjà connu et public, mais des élus ont fait des raccourcis hasardeux sur l'effet du traitement sur la propagation de la maladie.",
                Fr,
                "Il était déjà connu que le traitement n'empêchait pas la propagation de la maladie, mais des élus ont multiplié les déclarations hâtives.",
                Fr,
            ),
        ];
        for (claim, cl, window, wl) in table {
            let found = Case::new(claim, cl, window, wl).findings_of("negation");
            assert!(
                found.iter().all(|f| f.effect != Effect::Contradicts),
                "{claim}: {found:?}"
            );
        }
    }

    /// A negation that leaves the claim's predicate open keeps the window
    /// from supporting, never contradicts: one that excepts someone, "not
    /// only", a sentence that states the denied verb of the claim outside
    /// the negation too, a negated clause a denial takes back; and an
    /// English "not ... until" is no negation at all, a negation bounded by
    /// "before" denies a claim of no time of its own nothing. The plain negation
    /// still contradicts.
    #[test]
    fn negations_that_leave_the_predicate_open() {
        let cases = [
            (
                "Le maire de Varenne a approuvé le projet.",
                Fr,
                "Aucun autre maire que celui de Varenne n'a approuvé le projet.",
                Fr,
            ),
            (
                "The mayor of Varenne approved the project.",
                En,
                "No mayor other than that of Varenne approved the project.",
                En,
            ),
            (
                "The mayor approved the project.",
                En,
                "Nobody but the mayor approved the project.",
                En,
            ),
            (
                "Le maire a approuvé le projet.",
                Fr,
                "Le maire n'a pas seulement approuvé le projet : il l'a financé.",
                Fr,
            ),
            (
                "The mayor approved the project.",
                En,
                "The mayor, who had not approved the previous project, approved this one.",
                En,
            ),
            (
                "The mayor approved the project.",
                En,
                "The opposition said the mayor had not approved the project, which he denied.",
                En,
            ),
            (
                "Le maire a approuvé le projet.",
                Fr,
                "L'opposition affirme que le maire n'a pas approuvé le projet, ce qu'il dément.",
                Fr,
            ),
            (
                "The mayor approved the project.",
                En,
                "The mayor did not approve the project until March.",
                En,
            ),
            (
                "The museum was open on Sundays.",
                En,
                "The museum is no longer open on Sundays.",
                En,
            ),
            (
                "Le musée était ouvert le dimanche.",
                Fr,
                "Le musée n'est plus ouvert le dimanche.",
                Fr,
            ),
            // bounded by "before": denied before a time only
            (
                "Marc Dulac visited Halden.",
                En,
                "Marc Dulac had never visited Halden before 2020.",
                En,
            ),
            (
                "Marc Dulac a parlé à la presse.",
                Fr,
                "Marc Dulac n'a pas parlé à la presse avant le vote.",
                Fr,
            ),
        ];
        for (claim, cl, window, wl) in cases {
            let found = Case::new(claim, cl, window, wl).findings_of("negation");
            assert!(
                found.iter().all(|f| f.effect != Effect::Contradicts),
                "{claim} / {window}: {found:?}"
            );
        }
        for (claim, cl, window, wl) in [
            (
                "Le maire a approuvé le projet.",
                Fr,
                "Le maire n'a pas approuvé le projet.",
                Fr,
            ),
            (
                "The mayor approved the project.",
                En,
                "The mayor did not approve the project, which ran until March.",
                En,
            ),
            (
                "Le musée est ouvert le dimanche.",
                Fr,
                "Le musée n'est plus ouvert le dimanche.",
                Fr,
            ),
            // ... a claim of its own time is compared with the bound
            (
                "Rain is forecast for the coming days.",
                En,
                "No rain is forecast before next week.",
                En,
            ),
            (
                "Marc Dulac a visité Halden.",
                Fr,
                "Marc Dulac n'a jamais visité Halden, même avant la guerre.",
                Fr,
            ),
        ] {
            let found = Case::new(claim, cl, window, wl).findings_of("negation");
            assert!(
                found.iter().any(|f| f.effect == Effect::Contradicts),
                "{claim} / {window}: {found:?}"
            );
        }
    }

    /// A negation in a clause said of another place of a list than the
    /// claim's denies nothing of the claim's place: "où aucun bus n'a
    /// roulé" is Lille's, not Nantes's; the claim's own place denied still
    /// contradicts.
    #[test]
    fn a_negation_said_of_another_place_denies_nothing_of_the_claims() {
        let fr = "Les villes les plus touchées sont Lille, où aucun bus n'a roulé mardi, et Nantes, où un bus sur trois a roulé.";
        let en = "The worst hit were Leeds, where no buses ran on Tuesday, and York, where one bus in three ran.";
        for (claim, cl, window, wl, denied) in [
            (
                "À Nantes, un bus sur trois a roulé mardi.",
                Fr,
                fr,
                Fr,
                false,
            ),
            ("In Nantes, buses ran on Tuesday.", En, fr, Fr, false),
            (
                "In York, one bus in three ran on Tuesday.",
                En,
                en,
                En,
                false,
            ),
            ("À Lille, des bus ont roulé mardi.", Fr, fr, Fr, true),
            ("In Leeds, buses ran on Tuesday.", En, en, En, true),
        ] {
            let found = Case::new(claim, cl, window, wl).findings_of("negation");
            let contradicts = found.iter().any(|f| f.effect == Effect::Contradicts);
            assert_eq!(contradicts, denied, "{claim}: {found:?}");
            if !denied {
                assert!(found.is_empty(), "{claim}: {found:?}");
            }
        }
    }

    /// A negation whose clause holds what the claim states, with another
    /// verb than the claim's: the window does not support the claim (nor
    /// contradict it). A negation in a clause of its own says nothing of
    /// the rest of the sentence.
    #[test]
    fn a_negation_over_the_claims_words_contradicts_or_keeps_it_from_supporting() {
        let denied = &[(Kind::Negation, Effect::Contradicts)][..];
        let blocked = &[(Kind::Polarity, Effect::Blocks)][..];
        let table: &[Row] = &[
            (
                "Vladimir Poutine a donné son avis sur l'élection présidentielle française.",
                Fr,
                "Vladimir Poutine n'a jamais fait mention de l'élection présidentielle française.",
                Fr,
                denied,
            ),
            (
                "The president referred to the Nuremberg code at the press conference.",
                En,
                "The president spoke at the press conference without ever mentioning the Nuremberg code.",
                En,
                denied,
            ),
            // too little of the claim stated (no "Putin" for "Poutine"):
            // it only keeps it from supporting
            (
                "Putin gave his view on the French presidential election.",
                En,
                "Vladimir Poutine n'a jamais fait mention de l'élection présidentielle française.",
                Fr,
                blocked,
            ),
            // ... and so does a hedged window
            (
                "The president referred to the Nuremberg code at the press conference.",
                En,
                "The president reportedly spoke at the press conference without ever mentioning the Nuremberg code.",
                En,
                blocked,
            ),
            // the claim's act itself is what the window's other verb
            // governs: not disclosing a call says nothing against it
            (
                "Tomas Varga a appelé Elena Moretti.",
                Fr,
                "Le cabinet de Tomas Varga n'avait pas divulgué l'appel avec Elena Moretti.",
                Fr,
                blocked,
            ),
            (
                "Tomas Varga called Elena Moretti.",
                En,
                "Tomas Varga's office had not disclosed the call with Elena Moretti.",
                En,
                blocked,
            ),
            (
                "Les militaires combattent une guerre dans le sud de l'Afghanistan.",
                Fr,
                "Il n'a pas rendu visite depuis longtemps aux militaires qui combattent une guerre dans le sud de l'Afghanistan.",
                Fr,
                &[],
            ),
            (
                "Troops are fighting a war in southern Afghanistan.",
                En,
                "He has not visited for too long the troops who are fighting a war in southern Afghanistan.",
                En,
                &[],
            ),
        ];
        assert_rows("negation", table);
    }

    /// One claim word only under the window's negation, the claim's verb
    /// written nowhere: the window does not state the claim (shown as its
    /// predicate), and says too little to contradict it.
    #[test]
    fn one_claim_word_negated_without_the_claims_verb_keeps_it_from_supporting() {
        let window =
            "La présidente de la région a défendu le projet de tramway sans même évoquer son coût.";
        let blocked = &[(Kind::Predicate, Effect::Blocks)][..];
        let table: &[Row] = &[
            (
                "The regional president mentioned the cost of the tram project.",
                En,
                window,
                Fr,
                blocked,
            ),
            (
                "La présidente de la région a chiffré le coût du projet de tramway.",
                Fr,
                window,
                Fr,
                blocked,
            ),
            // the claim's verb written: what the window negates is not it
            (
                "The regional president defended the tram project.",
                En,
                window,
                Fr,
                &[],
            ),
        ];
        assert_rows("negation", table);
    }

    #[test]
    fn an_open_question_is_no_negation() {
        let open = "Le ministère ne disait pas si la société avait vendu le logiciel.";
        let found =
            Case::new("The company sold the software.", En, open, Fr).findings_of("negation");
        assert!(found.iter().all(|f| f.effect != Effect::Contradicts));
    }
}

//! Facts: what a claim or a sentence states, in a form that can be compared
//! across languages. Quantities with what they count, dates, polarity,
//! hedging and attribution, each with its byte span in the text it came from.

mod ages;
mod attribution;
mod binding;
mod dates;
mod numbers;
mod polarity;
mod prospects;
mod quantifiers;
mod relative;
#[cfg(test)]
mod tables;
mod tally;
mod times;
mod vocabulary;

pub use ages::{Years, age_words, same_name, years_measured};
pub use attribution::{SPEECH_AUXILIARIES, complementizer_after, find_attribution, is_speech};
pub use binding::{NounPhrase, OF_WORDS, counts_more_of_a_kind};
pub use dates::{DateFact, DatePart, Season, extract_dates};
pub(crate) use dates::{is_year, relative_year};
pub use numbers::{
    Approx, Quantity, Unit, extract_quantities, extract_quantities_and_references, is_duration_verb,
};
pub use polarity::{
    COPULAS, Cue, RELATIVE_WORDS, asserting_copula, find_conditions, find_denials, find_hedges,
    find_intentions, find_negations, hedge_is_verb, is_accusation, is_french_conditional,
    is_french_infinitive, is_question, negation_bounded_before, purpose_named_at,
};
pub use prospects::find_prospects;
pub(crate) use prospects::french_future_tense;
pub use quantifiers::{Quantifier, Share, find_quantifiers};
pub use relative::{RelativeTime, TimeUnit, find_relative_times};
pub use tally::{Tally, find_tallies};
pub use times::{FigureTime, claim_time, figure_times, in_time_phrase, says_when};
pub use vocabulary::{CalendarKind, CueKind, NumberRole, Vocabulary, is_fact_word};

use crate::calendar::Date;
use crate::text::{Lang, Lexicon, TermKeys, Token, tokenize};
use std::ops::Range;

/// The analysed form of one text (a claim or a source sentence).
#[derive(Debug, Clone)]
pub struct Facts {
    pub lang: Lang,
    pub tokens: Vec<Token>,
    pub keys: TermKeys,
    pub quantities: Vec<Quantity>,
    /// Definite references to counted things ("les quatre poseurs de
    /// bombes"): they may support a claim's same count, never contradict
    /// another (the rest of what they count may be named elsewhere).
    pub references: Vec<Quantity>,
    /// Vote tallies: pairs of `quantities` read as one fact ("23 voix
    /// contre 8").
    pub tallies: Vec<Tally>,
    pub dates: Vec<DateFact>,
    /// Times counted from the time of writing ("il y a trois mois", "next
    /// week"); read with the cues, for the sentences a claim touches.
    pub relative_times: Vec<RelativeTime>,
    pub negations: Vec<Cue>,
    pub hedges: Vec<Cue>,
    /// Verbs by which a party denies a statement.
    pub denials: Vec<Cue>,
    /// Clauses stated as a condition or a question, not asserted.
    pub conditions: Vec<Cue>,
    /// Clauses stated as an aim or an attempt ("a tenté de racheter",
    /// "plans to merge"), not as done.
    pub intentions: Vec<Cue>,
    /// Shares of a set said without a figure ("most residents", "la
    /// plupart des habitants").
    pub quantifiers: Vec<Quantifier>,
    /// Verbs said of what will or may happen ("will approve",
    /// "approuvera", "is expected to approve").
    pub prospects: Vec<Cue>,
    pub attribution: Option<(Range<usize>, String)>,
    /// On whose word the text speaks, as tokens: the party an attribution
    /// that opens it names up to its comma ("Selon la préfecture, ...",
    /// "According to the organisers, ..."; any words), else its
    /// attribution's. Its figures are on that party's word (see
    /// [`Quantity::party`]).
    pub party: Option<Range<usize>>,
}

/// What the text's surroundings tell about dates: the publication date of
/// its document and the last explicit year before it.
#[derive(Debug, Clone, Copy, Default)]
pub struct DateContext {
    pub published: Option<Date>,
    pub recent_year: Option<i32>,
}

impl Facts {
    /// The bytes tokens `tokens` cover, first to last, in the analysed text.
    pub fn span_of(&self, tokens: Range<usize>) -> Range<usize> {
        self.tokens[tokens.start].span.start..self.tokens[tokens.end - 1].span.end
    }

    /// The tokens that start inside byte span `span` (the inverse of
    /// [`Facts::span_of`]).
    pub fn tokens_within<'f>(&'f self, span: &'f Range<usize>) -> impl Iterator<Item = usize> + 'f {
        (0..self.tokens.len()).filter(move |&t| span.contains(&self.tokens[t].span.start))
    }

    pub fn negated(&self) -> bool {
        !self.negations.is_empty()
    }
    pub fn hedged(&self) -> bool {
        !self.hedges.is_empty()
    }
    /// Does token `t` stand in a clause the text does not assert: a
    /// condition, an aim, a request ("si les faits sont avérés", "a proposé
    /// que ...")?
    pub fn in_unasserted_clause(&self, t: usize) -> bool {
        self.conditions
            .iter()
            .chain(&self.intentions)
            .any(|c| c.tokens.contains(&t))
    }
}

/// Analyse `text` in `lang`.
pub fn analyse(text: &str, lang: Lang, ctx: DateContext) -> Facts {
    let mut facts = analyse_for_index(text, lang, ctx);
    let tokens = &facts.tokens;
    facts.relative_times = find_relative_times(tokens);
    facts.negations = find_negations(text, tokens, lang);
    facts.hedges = find_hedges(tokens, lang);
    facts.conditions = find_conditions(text, tokens, lang);
    facts.intentions = find_intentions(text, tokens, lang);
    facts.denials = find_denials(tokens, lang);
    facts.quantifiers = find_quantifiers(tokens, &facts.keys, lang);
    facts.prospects = find_prospects(text, tokens, lang);
    facts.attribution = find_attribution(text, tokens, lang);
    facts.party = numbers::opening_party(text, &facts.tokens).or_else(|| {
        let (span, _) = facts.attribution.as_ref()?;
        let mut within = facts.tokens_within(span);
        let first = within.next()?;
        Some(first..within.last().unwrap_or(first) + 1)
    });
    // (the party of an attribution that opens the sentence, before every
    // figure, for the figures that name none)
    if let Some(party) = facts.party.clone()
        && facts.quantities.iter().all(|q| q.tokens.start >= party.end)
    {
        numbers::give_opening_party(&mut facts.quantities, party);
    }
    facts
}

/// What indexing a sentence needs of it: tokens, keys, dates and figures.
/// The cues (negation, hedge, condition, denial) and the attribution are
/// left empty: only the sentences a claim's candidates touch need them, and
/// [`analyse`] finds them.
pub fn analyse_for_index(text: &str, lang: Lang, ctx: DateContext) -> Facts {
    let lex = Lexicon::shared();
    let tokens = tokenize(text);
    let mut keys = lex.keys(text, &tokens, lang);
    let dates = extract_dates(text, &tokens, ctx);
    let date_tokens: Vec<Range<usize>> = dates.iter().map(|d| d.tokens.clone()).collect();
    let (quantities, references) =
        extract_quantities_and_references(text, &tokens, &keys, lang, &date_tokens);
    // month and weekday names are capitalised in English, and a sentence may
    // open on a number word ("Two people died"), but they are dates and
    // figures, not names
    keys.names.retain(|t| {
        !dates.iter().any(|d| d.tokens.contains(t))
            && !quantities
                .iter()
                .chain(&references)
                .any(|q| q.tokens.contains(t))
    });
    let tallies = find_tallies(&tokens, &quantities);
    Facts {
        lang,
        tokens,
        keys,
        quantities,
        references,
        tallies,
        dates,
        relative_times: Vec::new(),
        negations: Vec::new(),
        hedges: Vec::new(),
        denials: Vec::new(),
        conditions: Vec::new(),
        intentions: Vec::new(),
        quantifiers: Vec::new(),
        prospects: Vec::new(),
        attribution: None,
        party: None,
    }
}

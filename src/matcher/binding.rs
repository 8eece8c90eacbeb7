//! Are a claim's quantity and a window's quantity about the same thing?
//! The same country, the same counted noun (with compatible qualifiers),
//! or, for an amount, the same owner ("un plan de 100 millions").

use crate::facts::{Facts, NounPhrase, Quantity, Unit};
use crate::text::{Lexicon, Token};
use rustc_hash::FxHashSet as HashSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binding {
    Same,
    Different,
    Unknown,
    /// The claim counts a part of what the source counts ("100
    /// researchers" against "120 chercheurs et ingénieurs").
    Part,
    /// The claim counts a whole the source counts a part of.
    Whole,
}

fn units_compatible(a: &Unit, b: &Unit) -> bool {
    a == b
}

/// Are two quantities about the same thing?
pub fn same_thing(
    (claim_text, claim): (&str, &Facts),
    cq: &Quantity,
    (sentence_text, sentence): (&str, &Facts),
    sq: &Quantity,
) -> Binding {
    if !units_compatible(&cq.unit, &sq.unit) {
        return Binding::Different;
    }
    // a figure of a "respectively" list is its owner's: the claim must name
    // that owner (its surname at least), and naming another of the list is
    // about someone else
    if let Some(owner) = &sq.owner {
        let has = |k: &String| claim.keys.words.iter().flatten().any(|w| w == k);
        // a name past the first (a surname: "Jodka" of "John Jodka III"),
        // and half of the name's words
        let surname =
            owner.keys.iter().skip(1).any(has) || owner.keys.len() == 1 && has(&owner.keys[0]);
        return if surname && owner.keys.iter().filter(|k| has(k)).count() * 2 >= owner.keys.len() {
            match (&cq.noun, &sq.noun) {
                (Some(cn), Some(sn)) if !nouns_match(claim, cn, sentence, sn) => Binding::Different,
                _ => Binding::Same,
            }
        } else if owner.others.iter().any(has) {
            Binding::Different
        } else {
            Binding::Unknown
        };
    }
    let claim_countries = countries(claim);
    if let Some(e) = &sq.entity {
        if let Some(ce) = &cq.entity {
            return if ce == e {
                Binding::Same
            } else {
                Binding::Different
            };
        }
        if claim_countries.contains(e.as_str()) {
            return Binding::Same;
        }
        // a figure of a country in a list counts what the list counts: a
        // claim that counts something (journalists) and names no country is
        // about something else
        return if claim_countries.is_empty() && cq.noun.is_none() {
            Binding::Unknown
        } else {
            Binding::Different
        };
    }
    if cq.entity.is_some() {
        return Binding::Unknown;
    }
    // an amount belongs to what it funds or fines: "un plan de 100 millions
    // d'euros", "le plan ... était doté de 10 millions d'euros"
    if matches!(cq.unit, Unit::Money(_)) && (cq.noun.is_none() || sq.noun.is_none()) {
        let (c_owner, s_owner) = (
            owner_keys(claim_text, claim, cq, CLAIM_OWNER_REACH),
            owner_keys(sentence_text, sentence, sq, OWNER_REACH),
        );
        let shared = !c_owner.0.is_disjoint(&s_owner.0)
            || c_owner
                .1
                .iter()
                .any(|a| s_owner.1.iter().any(|b| Lexicon::cognates(a, b)));
        return if shared {
            Binding::Same
        } else {
            Binding::Unknown
        };
    }
    let (Some(cn), Some(sn)) = (&cq.noun, &sq.noun) else {
        return Binding::Unknown;
    };
    // "3.746 kilomètres", "500 milligrammes": a unit says how it is measured,
    // not what is measured; but a measure is no count of things ("5.3
    // metres" / "two firefighters")
    match (
        measure_unit(claim, cn).is_some(),
        measure_unit(sentence, sn).is_some(),
    ) {
        // (in two units that are not one another's: "5 km long" is no "5
        // miles long")
        (true, true) if !same_unit(claim, cn, sentence, sn) => return Binding::Different,
        (true, true) => return Binding::Unknown,
        (true, false) | (false, true) => return Binding::Different,
        (false, false) => {}
    }
    // one side counts two coordinated nouns, the other one of them
    let second = |phrase: &NounPhrase, head: usize| NounPhrase {
        tokens: head..head + 1,
        head,
        complement: None,
        qualifiers: Vec::new(),
        span: phrase.span.clone(),
        coordinated: None,
    };
    // two coordinated nouns that share a modifier name one kind of thing
    // together: "600 hommes et femmes politiques" counts politicians
    let cross = claim.lang != sentence.lang;
    let one_kind = match (cn.coordinated, sn.coordinated) {
        (None, Some(h)) => shares_coordinated_phrase(sentence, sn, h, claim, cn, cross),
        (Some(h), None) => shares_coordinated_phrase(claim, cn, h, sentence, sn, cross),
        _ => false,
    };
    if one_kind {
        return Binding::Same;
    }
    let part_whole = match (cn.coordinated, sn.coordinated) {
        (None, Some(h)) => (nouns_match(claim, cn, sentence, sn)
            || nouns_match(claim, cn, sentence, &second(sn, h)))
        .then_some(Binding::Part),
        (Some(h), None) => (nouns_match(claim, cn, sentence, sn)
            || nouns_match(claim, &second(cn, h), sentence, sn))
        .then_some(Binding::Whole),
        _ => None,
    };
    if let Some(binding) = part_whole {
        return binding;
    }
    if !nouns_match(claim, cn, sentence, sn) {
        return Binding::Different;
    }
    // same noun, but about other countries: "50 servers in Italy" / "50 serveurs en Allemagne"
    let sentence_countries = countries(sentence);
    if !claim_countries.is_empty()
        && !sentence_countries.is_empty()
        && claim_countries.is_disjoint(&sentence_countries)
    {
        return Binding::Different;
    }
    Binding::Same
}

/// Does a glossary phrase running from `np`'s head over its coordinated
/// noun `second` (the two sharing the phrase's last words) meet the other
/// side's noun phrase `other`?
fn shares_coordinated_phrase(
    facts: &Facts,
    np: &NounPhrase,
    second: usize,
    other_facts: &Facts,
    other: &NounPhrase,
    cross: bool,
) -> bool {
    let other_keys = phrase_keys(other_facts, other.tokens.clone(), cross);
    facts
        .keys
        .phrases
        .iter()
        .filter(|(r, _)| r.start <= np.head && r.end > second + 1)
        .any(|(_, k)| other_keys.contains(k))
}

/// The ISO codes of the countries a text names.
pub fn countries(facts: &Facts) -> HashSet<&str> {
    facts
        .keys
        .entities
        .iter()
        .map(|(_, c)| c.as_str())
        .collect()
}

/// Tokens before a source's amount searched for what it belongs to.
const OWNER_REACH: usize = 8;
/// The same in a claim, one statement: the whole clause before the amount,
/// however long its subject ("Le plan lancé il y a un an pour les hôpitaux
/// et les collectivités était doté de 10 millions d'euros" is the plan's).
const CLAIM_OWNER_REACH: usize = 24;

/// Word keys of the content words just before an amount, in its clause (up
/// to `reach` tokens), and of the word right after it: what the amount
/// belongs to.
fn owner_keys(
    text: &str,
    facts: &Facts,
    q: &Quantity,
    reach: usize,
) -> (HashSet<String>, Vec<String>) {
    let mut keys = HashSet::default();
    let mut words = Vec::new();
    let first = facts
        .tokens
        .iter()
        .position(|t| t.span.start >= q.span.start)
        .unwrap_or(q.tokens.start);
    let mut t = first;
    // (past an aside's opening comma, once)
    let mut past_aside = false;
    while t > 0 && first - t < reach {
        let gap = &text[facts.tokens[t - 1].span.end..facts.tokens[t].span.start];
        if !past_aside && gap.contains([',', ';', ':', '.', '(', ')']) {
            // a claim's aside set off by commas that opens on a participle
            // is said of the subject before it: "Le plan contre les
            // cyberattaques, lancé il y a un an, s'élève à 200 millions
            // d'euros" is the plan's
            match (reach == CLAIM_OWNER_REACH && gap.trim() == ",")
                .then(|| participle_aside_before(text, facts, t))
                .flatten()
            {
                Some(open) => {
                    t = open;
                    past_aside = true;
                    continue;
                }
                None => break,
            }
        }
        past_aside = false;
        t -= 1;
        if let Some(stem) = facts.keys.words[t].first()
            && !Lexicon::is_light(stem)
            && !facts.tokens[t].capitalized
        {
            keys.extend(facts.keys.words[t].iter().cloned());
            words.push(facts.tokens[t].norm.to_string());
        }
    }
    // an amount written before what it funds: "a 200 million euro plan"
    let after = facts
        .tokens
        .iter()
        .position(|t| t.span.start >= q.span.end)
        .filter(|&t| {
            text[q.span.end..facts.tokens[t].span.start]
                .trim()
                .is_empty()
        });
    if let Some(t) = after
        && let Some(stem) = facts.keys.words[t].first()
        && !Lexicon::is_light(stem)
        && !facts.tokens[t].capitalized
    {
        keys.extend(facts.keys.words[t].iter().cloned());
        words.push(facts.tokens[t].norm.to_string());
    }
    (keys, words)
}

/// Tokens an aside between commas holds at most ("lancé il y a un an").
const ASIDE_WORDS: usize = 8;

/// The first token of an aside set off by commas that ends right before
/// token `t` (after its closing comma) and opens on a past participle
/// ("lancé", "launched", "built"), if there is one and a clause before it.
fn participle_aside_before(text: &str, facts: &Facts, t: usize) -> Option<usize> {
    let comma_before =
        |k: usize| text[facts.tokens[k - 1].span.end..facts.tokens[k].span.start].contains(',');
    let open = (t.saturating_sub(ASIDE_WORDS)..t)
        .rev()
        .find(|&k| k > 0 && comma_before(k))?;
    let word = &text[facts.tokens[open].span.clone()];
    let participle = match facts.lang {
        crate::text::Lang::Fr => ["é", "ée", "és", "ées"].iter().any(|e| word.ends_with(e)),
        crate::text::Lang::En => {
            Lexicon::shared().is_english_verb_or_past(&facts.tokens[open].norm)
        }
    };
    (open < t && participle && !facts.tokens[open].capitalized).then_some(open)
}

/// A unit of measure (data/rules/units.tsv).
/// Do two quantities give a measure in the same unit ("environ 4 500
/// hectares" / "about 4,500 hectares")? The unit says how, not what, is
/// measured: the same value in it may support a claim that says the rest,
/// never contradict one (see [`same_thing`]).
pub fn same_measure_unit(claim: &Facts, cq: &Quantity, source: &Facts, sq: &Quantity) -> bool {
    let (Some(cn), Some(sn)) = (&cq.noun, &sq.noun) else {
        return false;
    };
    cq.unit == sq.unit
        && if is_unit(&claim.tokens[cn.head].norm) && is_unit(&source.tokens[sn.head].norm) {
            nouns_match(claim, cn, source, sn)
        } else {
            // (a unit before a dimension: "5 km long" / "5 kilometres long")
            same_unit(claim, cn, source, sn) && nouns_match(claim, cn, source, sn)
        }
}

/// The unit of measure a noun phrase counts in: its head, or its first word
/// when a dimension follows it ("5 km long", "3 metres high", "12 mètres de
/// haut").
fn measure_unit(facts: &Facts, np: &NounPhrase) -> Option<usize> {
    [np.head, np.tokens.start]
        .into_iter()
        .find(|&t| facts.tokens.get(t).is_some_and(|tok| is_unit(&tok.norm)))
}

/// Do two quantities measure in units that are not one another's ("5 km
/// long" / "5 miles long", "30 metres" / "30 feet")? No pairing of their
/// other words binds them then.
pub fn units_differ(claim: &Facts, cq: &Quantity, source: &Facts, sq: &Quantity) -> bool {
    let (Some(cn), Some(sn)) = (&cq.noun, &sq.noun) else {
        return false;
    };
    measure_unit(claim, cn).is_some()
        && measure_unit(source, sn).is_some()
        && !same_unit(claim, cn, source, sn)
}

/// Do two noun phrases' units of measure meet ("km" / "kilomètres")?
fn same_unit(claim: &Facts, cn: &NounPhrase, source: &Facts, sn: &NounPhrase) -> bool {
    let (Some(c), Some(s)) = (measure_unit(claim, cn), measure_unit(source, sn)) else {
        return false;
    };
    let one = |np: &NounPhrase, t: usize| NounPhrase {
        tokens: t..t + 1,
        head: t,
        complement: None,
        qualifiers: Vec::new(),
        span: np.span.clone(),
        coordinated: None,
    };
    nouns_match(claim, &one(cn, c), source, &one(sn, s))
}

fn is_unit(norm: &str) -> bool {
    crate::facts::Vocabulary::shared().is_unit(norm)
}

/// All keys of the tokens in `range`, plus phrase and entity keys touching it.
fn phrase_keys(facts: &Facts, range: std::ops::Range<usize>, cross: bool) -> HashSet<String> {
    let mut keys: HashSet<String> = HashSet::default();
    for i in range.clone() {
        if i < facts.keys.words.len() {
            keys.extend(facts.keys.word_keys(i, cross).iter().cloned());
        }
    }
    for (r, k) in &facts.keys.phrases {
        if r.start < range.end && range.start < r.end {
            keys.insert(k.clone());
        }
    }
    for (r, c) in &facts.keys.entities {
        if r.start < range.end && range.start < r.end {
            keys.insert(format!("e:{c}"));
        }
    }
    keys
}

/// Glossary phrases spanning the whole noun phrase from its head on; only
/// the longest ones, so that "business leaders" is "chef d'entreprise" and
/// not also "chef d'État" through "leaders" alone.
fn whole_phrase_keys<'f>(facts: &'f Facts, np: &NounPhrase) -> HashSet<&'f String> {
    let spanning: Vec<&(std::ops::Range<usize>, String)> = facts
        .keys
        .phrases
        .iter()
        .filter(|(r, _)| r.start <= np.head && r.end >= np.tokens.end)
        .collect();
    let longest = spanning.iter().map(|(r, _)| r.len()).max().unwrap_or(0);
    spanning
        .into_iter()
        .filter(|(r, _)| r.len() == longest)
        .map(|(_, k)| k)
        .collect()
}

fn head_norm(tokens: &[Token], np: &NounPhrase) -> String {
    tokens[np.head].norm.to_string()
}

/// "heads of state" / "chefs d'État": same; "heads of state" / "chefs
/// d'entreprise": different (the complements differ); "business leaders" /
/// "responsables gouvernementaux": different (the modifiers differ).
pub fn nouns_match(claim: &Facts, cn: &NounPhrase, source: &Facts, sn: &NounPhrase) -> bool {
    nouns_match_by(claim, cn, source, sn, claim.lang != source.lang)
}

/// [`nouns_match`] by stems, glossary and phrase keys only, without the
/// general dictionary's renderings, which reach across word families once
/// stemmed ("logement" -> "residence" meets "residents").
pub fn nouns_match_strongly(
    claim: &Facts,
    cn: &NounPhrase,
    source: &Facts,
    sn: &NounPhrase,
) -> bool {
    nouns_match_by(claim, cn, source, sn, false)
}

/// `cross`: with the keys that only hold across languages.
fn nouns_match_by(
    claim: &Facts,
    cn: &NounPhrase,
    source: &Facts,
    sn: &NounPhrase,
    cross: bool,
) -> bool {
    let c_all = phrase_keys(claim, cn.tokens.clone(), cross);
    let s_all = phrase_keys(source, sn.tokens.clone(), cross);
    let c_head = phrase_keys(claim, cn.head..cn.head + 1, cross);
    let s_head = phrase_keys(source, sn.head..sn.head + 1, cross);
    // a phrase key shared over the whole noun phrase settles it
    let whole_c = whole_phrase_keys(claim, cn);
    let whole_s = whole_phrase_keys(source, sn);
    if !whole_c.is_disjoint(&whole_s) {
        return true;
    }
    let heads_meet = !c_head.is_disjoint(&s_all)
        || !s_head.is_disjoint(&c_all)
        || Lexicon::cognates(
            &head_norm(&claim.tokens, cn),
            &head_norm(&source.tokens, sn),
        );
    if !heads_meet {
        return false;
    }
    if cn.qualifiers.is_empty() || sn.qualifiers.is_empty() {
        return true;
    }
    let ck: HashSet<String> = cn
        .qualifiers
        .iter()
        .flat_map(|&t| phrase_keys(claim, t..t + 1, cross))
        .collect();
    let sk: HashSet<String> = sn
        .qualifiers
        .iter()
        .flat_map(|&t| phrase_keys(source, t..t + 1, cross))
        .collect();
    let cognate = cn.qualifiers.iter().any(|&a| {
        sn.qualifiers
            .iter()
            .any(|&b| Lexicon::cognates(&claim.tokens[a].norm, &source.tokens[b].norm))
    });
    !ck.is_disjoint(&sk) || cognate
}

pub fn describe_binding(text: &str, facts: &Facts, q: &Quantity) -> Option<String> {
    q.entity
        .as_ref()
        .map(|e| entity_name(e))
        .or_else(|| q.noun.as_ref().map(|n| text[n.span.clone()].to_string()))
        .or_else(|| {
            facts.keys.entities.first().map(|(r, _)| {
                text[facts.tokens[r.start].span.start..facts.tokens[r.end - 1].span.end].to_string()
            })
        })
}

/// The entity a quantity belongs to, as written in the sentence ("la Suisse (36)" gives "Suisse").
pub fn entity_text(ws: &super::WindowSentence<'_>, q: &Quantity) -> Option<String> {
    q.entity.as_ref()?;
    let prev = q.tokens.start.checked_sub(1)?;
    let start = ws
        .facts
        .keys
        .entities
        .iter()
        .find(|(r, _)| r.end == q.tokens.start)
        .map_or(prev, |(r, _)| r.start);
    Some(ws.text[ws.facts.tokens[start].span.start..ws.facts.tokens[prev].span.end].to_string())
}

fn entity_name(code: &str) -> String {
    code.strip_prefix("name:")
        .map_or_else(|| code.to_string(), str::to_string)
}

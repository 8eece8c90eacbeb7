//! Converse and other ties: the claim ties two names by a relation that runs one
//! way, the window ties the same two the other way. "Blue Mountain Lumber
//! est propriétaire d'Ernslaw One" against "Blue Mountain Lumber est une
//! filiale de ... Ernslaw One"; "Yasser Arafat a succédé à Abbas" against
//! "le prédécesseur d'Abbas, le défunt Yasser Arafat"; "Paul Roy est le père
//! de Marc Roy" against "Paul Roy, fils de Marc Roy". Both names are there
//! and the relation's word has its converse: the window says the claim's
//! relation holds the other way round, which it cannot (one is not the
//! owner of one's owner, nor the successor of one's successor). Ties of
//! family exclude each other too: "Le père de Jean Roy est Paul Roy"
//! against "Paul Roy, le frère de Jean Roy"; brothers, spouses and former
//! spouses are ties read the same both ways.
//!
//! Read from the wording, without a parser: a relational noun and its "de"
//! / "of" with the copula before it ("A est le R de B", "Le R de B est A")
//! or an apposition ("A, R de B", "le R de B, A"), the English possessive
//! ("A is B's R", "B's R, A"), and "A a succédé à B" / "A succeeded B". The relations are a closed class of both languages:
//! ownership, succession, parent and child, uncle and nephew, in-laws,
//! grandparents.

use super::Rule;
use crate::facts::{Facts, OF_WORDS, asserting_copula};
use crate::matcher::context::MatchContext;
use crate::matcher::finding::{Effect, Finding, Kind};
use std::ops::Range;

pub struct ConverseRule;

/// Kinds of relation that run one way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Relation {
    Ownership,
    Succession,
    Parenthood,
    Grandparenthood,
    InLaw,
    Uncle,
    /// Brothers and sisters: the same both ways.
    Sibling,
    /// Husband and wife: the same both ways.
    Spouse,
    /// A former husband or wife ("ex-mari", "ex-wife").
    FormerSpouse,
}

impl Relation {
    /// A relation read the same both ways round ("A est le frère de B").
    fn symmetric(self) -> bool {
        matches!(
            self,
            Relation::Sibling | Relation::Spouse | Relation::FormerSpouse
        )
    }

    /// A tie of family: two of them between the same two people exclude
    /// each other (a father is not a brother, a husband not a former one).
    fn kinship(self) -> bool {
        !matches!(self, Relation::Ownership | Relation::Succession)
    }
}

/// One relation read in a text: `a` is the `upper` (owner, successor,
/// parent ...) or the lower side of `b`.
#[derive(Debug, Clone, PartialEq)]
struct Tie {
    relation: Relation,
    upper: bool,
    a: Range<usize>,
    b: Range<usize>,
    /// The relational word's tokens.
    cue: Range<usize>,
}

/// The relational noun at token `t` (with the one before it when joined by
/// a hyphen: "beau-père", "petit-fils"), and its side: owner, successor,
/// parent are the upper side. A noun only: verbs are read apart.
fn relational(text: &str, f: &Facts, t: usize) -> Option<(Relation, bool, usize)> {
    use Relation::*;
    let word = f.tokens[t].norm.as_str();
    let hyphenated = t > 0 && &text[f.tokens[t - 1].span.end..f.tokens[t].span.start] == "-";
    let first = hyphenated.then(|| f.tokens[t - 1].norm.as_str());
    let compound = |rel, upper| Some((rel, upper, t - 1));
    match (first, word) {
        (Some("beau"), "pere") | (Some("belle"), "mere") => compound(InLaw, true),
        (Some("belle"), "fille") => compound(InLaw, false),
        (Some("grand"), "pere" | "mere" | "peres" | "meres") => compound(Grandparenthood, true),
        (Some("petit"), "fils") | (Some("petite"), "fille") => compound(Grandparenthood, false),
        (Some("ex"), "mari" | "epoux" | "epouse" | "femme" | "husband" | "wife") => {
            compound(FormerSpouse, true)
        }
        (Some("beau" | "belle" | "grand" | "petit" | "petite" | "demi" | "ex"), _) => None,
        (_, "gendre" | "bru") => Some((InLaw, false, t)),
        (_, "pere" | "mere" | "father" | "mother") => Some((Parenthood, true, t)),
        (_, "fils" | "fille" | "son" | "daughter" | "enfant" | "child") => {
            Some((Parenthood, false, t))
        }
        (_, "grandfather" | "grandmother") => Some((Grandparenthood, true, t)),
        (_, "grandson" | "granddaughter") => Some((Grandparenthood, false, t)),
        (_, "frere" | "soeur" | "brother" | "sister") => Some((Sibling, true, t)),
        (_, "mari" | "epoux" | "epouse" | "femme" | "husband" | "wife") => Some((Spouse, true, t)),
        (_, "oncle" | "tante" | "uncle" | "aunt") => Some((Uncle, true, t)),
        (_, "neveu" | "niece" | "nephew") => Some((Uncle, false, t)),
        (_, "proprietaire" | "owner") => Some((Ownership, true, t)),
        (_, "filiale" | "subsidiary") => Some((Ownership, false, t)),
        (_, "successeur" | "successor") => Some((Succession, true, t)),
        (_, "predecesseur" | "predecessor") => Some((Succession, false, t)),
        _ => None,
    }
}

/// "a succédé à", "succeeded": the subject is the successor.
fn succeeds(word: &str) -> bool {
    matches!(
        word,
        "succede" | "succedent" | "succedait" | "succedera" | "succeeded" | "succeeds"
    )
}

/// Determiners and the like before a relational noun or a name.
const DETERMINERS: &[&str] = &[
    "le", "la", "l", "les", "un", "une", "son", "sa", "the", "a", "an", "his", "her", "its",
];
/// Tokens of a description allowed between "de" and the name it leads to
/// ("filiale de la société transnationale forestière malaisienne, Ernslaw
/// One"), or between an apposition's comma and its name ("le défunt").
const DESCRIPTION_REACH: usize = 6;

/// Does token `t` belong to a name: capitalised, not a determiner?
fn in_name(f: &Facts, t: usize) -> bool {
    f.tokens[t].capitalized && !DETERMINERS.contains(&f.tokens[t].norm.as_str())
}

/// The name that starts at token `t`: its capitalised tokens, with "and",
/// "et", "of", "de" inside ("Ernst and Young").
pub(super) fn name_from(f: &Facts, t: usize) -> Option<Range<usize>> {
    if t >= f.tokens.len() || !in_name(f, t) {
        return None;
    }
    let mut end = t + 1;
    loop {
        if end < f.tokens.len() && in_name(f, end) {
            end += 1;
        } else if end + 1 < f.tokens.len()
            && matches!(f.tokens[end].norm.as_str(), "and" | "et" | "of")
            && in_name(f, end + 1)
        {
            end += 2;
        } else {
            return Some(t..end);
        }
    }
}

/// The name that ends at token `t` (inclusive).
fn name_to(f: &Facts, t: usize) -> Option<Range<usize>> {
    if !in_name(f, t) {
        return None;
    }
    let mut start = t;
    while start > 0 && in_name(f, start - 1) {
        start -= 1;
    }
    Some(start..t + 1)
}

/// The first name within reach after token `from`, through lower-case words
/// only (a description), not past a name of another kind.
fn name_after(f: &Facts, from: usize, reach: usize) -> Option<Range<usize>> {
    (from..(from + reach).min(f.tokens.len()))
        .find(|&u| in_name(f, u) || f.tokens[u].kind == crate::text::TokenKind::Number)
        .and_then(|u| name_from(f, u))
}

/// Is there a comma between tokens `a` and `a + 1`?
pub(super) fn comma_after(text: &str, f: &Facts, a: usize) -> bool {
    a + 1 < f.tokens.len() && text[f.tokens[a].span.end..f.tokens[a + 1].span.start].contains(',')
}

/// Every relation the text states between two names.
fn ties(text: &str, f: &Facts) -> Vec<Tie> {
    let mut out = Vec::new();
    for t in 0..f.tokens.len() {
        if succeeds(&f.tokens[t].norm) {
            // "A a succédé à B", "A succeeded B"
            let mut k = t;
            while k > 0 && matches!(f.tokens[k - 1].norm.as_str(), "a" | "avait" | "has" | "had") {
                k -= 1;
            }
            let after = t + 1 + usize::from(f.tokens.get(t + 1).is_some_and(|x| x.norm == "a"));
            if let (Some(a), Some(b)) = (
                k.checked_sub(1).and_then(|p| name_to(f, p)),
                name_from(f, after),
            ) {
                out.push(Tie {
                    relation: Relation::Succession,
                    upper: true,
                    a,
                    b,
                    cue: t..t + 1,
                });
            }
            continue;
        }
        let Some((relation, upper, start)) = relational(text, f, t) else {
            continue;
        };
        // "R de B" / "R of B", or "B's R": the related name, where the
        // phrase starts and where it ends
        let of = f
            .tokens
            .get(t + 1)
            .is_some_and(|x| OF_WORDS.contains(&x.norm.as_str()));
        let possessive = start >= 2
            && f.tokens[start - 1].norm == "s"
            && matches!(
                &text[f.tokens[start - 2].span.end..f.tokens[start - 1].span.start],
                "'" | "\u{2019}"
            );
        let (b, mut k, end) = if of {
            let Some(b) = name_after(f, t + 2, DESCRIPTION_REACH) else {
                continue;
            };
            let end = b.end;
            (b, start, end)
        } else if possessive {
            let Some(b) = name_to(f, start - 2) else {
                continue;
            };
            let phrase_start = b.start;
            (b, phrase_start, t + 1)
        } else {
            continue;
        };
        while k > 0 && DETERMINERS.contains(&f.tokens[k - 1].norm.as_str()) {
            k -= 1;
        }
        let cue = start..t + 1;
        // "A est le R de B" / "A, R de B"
        let before = match k.checked_sub(1) {
            Some(p) if asserting_copula(&f.tokens[p].norm) => {
                p.checked_sub(1).and_then(|q| name_to(f, q))
            }
            Some(p) if comma_after(text, f, p) => name_to(f, p),
            _ => None,
        };
        // "Le R de B est A" / "le R de B, A"
        let after = || {
            if end < f.tokens.len() && asserting_copula(&f.tokens[end].norm) {
                name_after(f, end + 1, 3)
            } else {
                // (a complement may end the noun's phrase before the comma:
                // "le prédécesseur de Nordbois sur le site, la société
                // Lindqvist")
                (end - 1..(end + 3).min(f.tokens.len()))
                    .take_while(|&u| u < end || !in_name(f, u))
                    .find(|&u| comma_after(text, f, u))
                    .and_then(|u| name_after(f, u + 1, 3))
            }
        };
        if let Some(a) = before.or_else(after) {
            out.push(Tie {
                relation,
                upper,
                a,
                b,
                cue,
            });
        }
    }
    out
}

impl Rule for ConverseRule {
    fn name(&self) -> &'static str {
        "converse"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        if super::settled(earlier) || !super::facts_agree(earlier) {
            return Vec::new();
        }
        let claim_ties = ties(cx.claim_text, cx.claim);
        if claim_ties.is_empty() {
            return Vec::new();
        }
        // does window name `w` of sentence `s` write claim name `c`, each
        // of its words ("Anne Roy" is not "Louis Roy")?
        let same = |c: &Range<usize>, s: usize, w: &Range<usize>| {
            c.clone().all(|ct| {
                cx.coverage
                    .found()
                    .any(|(t, (ms, mt))| t == ct && ms == s && w.contains(&mt))
                    || cx.places_of(ct, s).any(|u| w.contains(&u))
            })
        };
        for (s, sentence) in cx.window.iter().enumerate() {
            for tie in ties(sentence.text, sentence.facts) {
                for claim_tie in &claim_ties {
                    let straight = same(&claim_tie.a, s, &tie.a) && same(&claim_tie.b, s, &tie.b);
                    let crossed = same(&claim_tie.a, s, &tie.b) && same(&claim_tie.b, s, &tie.a);
                    let reversed = if claim_tie.relation == tie.relation {
                        !tie.relation.symmetric()
                            && ((straight && claim_tie.upper != tie.upper)
                                || (crossed && !straight && claim_tie.upper == tie.upper))
                    } else {
                        // another tie of family between the same two
                        // people: "le père de Jean Roy est Paul Roy" /
                        // "Paul Roy, le frère de Jean Roy"
                        claim_tie.relation.kinship()
                            && tie.relation.kinship()
                            && (straight || crossed)
                    };
                    if reversed {
                        let span = |t: &Tie, f: &Facts| {
                            f.span_of(
                                t.a.start.min(t.b.start).min(t.cue.start)
                                    ..t.a.end.max(t.b.end).max(t.cue.end),
                            )
                        };
                        return vec![super::span_against_span(
                            cx,
                            (Kind::Converse, Effect::Contradicts),
                            span(claim_tie, cx.claim),
                            s,
                            span(&tie, sentence.facts),
                        )];
                    }
                }
            }
        }
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use super::*;
    use crate::facts::{DateContext, analyse};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{self, En, Fr};

    /// A tie as the table writes it: (a, relation, upper, b).
    type ReadTie<'a> = (&'a str, Relation, bool, &'a str);

    /// (a, relation, upper, b) of every tie of `text`, names as written.
    fn read(text: &str, lang: Lang) -> Vec<(String, Relation, bool, String)> {
        let f = analyse(text, lang, DateContext::default());
        let name = |r: &Range<usize>| text[f.span_of(r.clone())].to_string();
        ties(text, &f)
            .iter()
            .map(|t| (name(&t.a), t.relation, t.upper, name(&t.b)))
            .collect()
    }

    #[test]
    fn ties_table() {
        use Relation::*;
        let table: &[(&str, Lang, &[ReadTie])] = &[
            (
                "Nordbois est propriétaire d'Holzwerk.",
                Fr,
                &[("Nordbois", Ownership, true, "Holzwerk")],
            ),
            (
                "Nordbois est une filiale de la société forestière suédoise, Holzwerk AB.",
                Fr,
                &[("Nordbois", Ownership, false, "Holzwerk AB")],
            ),
            (
                "Nordbois is a subsidiary of Holzwerk.",
                En,
                &[("Nordbois", Ownership, false, "Holzwerk")],
            ),
            (
                "Marc Roy a succédé à Paul Roy.",
                Fr,
                &[("Marc Roy", Succession, true, "Paul Roy")],
            ),
            (
                "Marc Roy succeeded Paul Roy as mayor.",
                En,
                &[("Marc Roy", Succession, true, "Paul Roy")],
            ),
            (
                "Il n'a jamais reçu le prédécesseur de Roy, le défunt Paul Dubois.",
                Fr,
                &[("Paul Dubois", Succession, false, "Roy")],
            ),
            (
                "Le père d'Anne Roy était Louis Roy.",
                Fr,
                &[("Louis Roy", Parenthood, true, "Anne Roy")],
            ),
            (
                "Le prédécesseur de Nordbois sur le site, la société Lindqvist, a fermé.",
                Fr,
                &[("Lindqvist", Succession, false, "Nordbois")],
            ),
            (
                "Anne Roy's father, Louis Roy, spoke.",
                En,
                &[("Louis Roy", Parenthood, true, "Anne Roy")],
            ),
            (
                "Louis Roy is Anne Roy's father.",
                En,
                &[("Louis Roy", Parenthood, true, "Anne Roy")],
            ),
            (
                "Louis Roy, beau-père de Jean Martin, a parlé.",
                Fr,
                &[("Louis Roy", InLaw, true, "Jean Martin")],
            ),
            (
                "Louis Roy, the grandson of Jean Martin, spoke.",
                En,
                &[("Louis Roy", Grandparenthood, false, "Jean Martin")],
            ),
            // a noun of another sense, or no name on one side
            ("Sa mère était la fille d'un comte écossais.", Fr, &[]),
            ("Le fils de Paul Roy a parlé.", Fr, &[]),
            // ties read the same both ways, and a former one
            (
                "Paul Roy, le frère de Jean Roy, dirige la ferme.",
                Fr,
                &[("Paul Roy", Sibling, true, "Jean Roy")],
            ),
            (
                "Valerie Plame, épouse de l'ancien ambassadeur Joseph Wilson, travaillait pour la CIA.",
                Fr,
                &[("Valerie Plame", Spouse, true, "Joseph Wilson")],
            ),
            (
                "Joseph Wilson is Valerie Plame's ex-husband.",
                En,
                &[("Joseph Wilson", FormerSpouse, true, "Valerie Plame")],
            ),
        ];
        for (text, lang, expected) in table {
            let got = read(text, *lang);
            let want: Vec<(String, Relation, bool, String)> = expected
                .iter()
                .map(|(a, r, u, b)| (a.to_string(), *r, *u, b.to_string()))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn converse_table() {
        let contradicts = &[(Kind::Converse, Effect::Contradicts)][..];
        let table: &[Row] = &[
            (
                "Nordbois est propriétaire d'Holzwerk.",
                Fr,
                "Nordbois est une filiale de la société forestière suédoise, Holzwerk.",
                Fr,
                contradicts,
            ),
            (
                "Nordbois is the owner of Holzwerk.",
                En,
                "Nordbois est une filiale de Holzwerk.",
                Fr,
                contradicts,
            ),
            (
                "Paul Dubois a succédé à Roy.",
                Fr,
                "Il n'a jamais reçu le prédécesseur de Roy, le défunt Paul Dubois.",
                Fr,
                contradicts,
            ),
            (
                "Paul Dubois succeeded Roy.",
                En,
                "He never met the predecessor of Roy, the late Paul Dubois.",
                En,
                contradicts,
            ),
            (
                "Paul Dubois succeeded Roy.",
                En,
                "He never met Roy's predecessor, the late Paul Dubois.",
                En,
                contradicts,
            ),
            (
                "Nordbois is the owner of Holzwerk.",
                En,
                "Nordbois is Holzwerk's subsidiary.",
                En,
                contradicts,
            ),
            // the two names swapped, the same word
            (
                "Louis Roy est le père d'Anne Roy.",
                Fr,
                "Anne Roy, père de Louis Roy, a parlé.",
                Fr,
                contradicts,
            ),
            (
                "Louis Roy est le père d'Anne Roy.",
                Fr,
                "Louis Roy, fils d'Anne Roy, a parlé.",
                Fr,
                contradicts,
            ),
            // the same way round
            (
                "Louis Roy est le père d'Anne Roy.",
                Fr,
                "Louis Roy, père d'Anne Roy, a parlé.",
                Fr,
                &[],
            ),
            (
                "Paul Dubois a succédé à Roy.",
                Fr,
                "Il a reçu le successeur de Roy, Paul Dubois.",
                Fr,
                &[],
            ),
            // another relation: both may hold
            (
                "Louis Roy est le père d'Anne Roy.",
                Fr,
                "Louis Roy, beau-fils d'Anne Roy, a parlé.",
                Fr,
                &[],
            ),
            // other names
            (
                "Louis Roy est le père d'Anne Roy.",
                Fr,
                "Marc Roy, fils de Louis Roy, a parlé.",
                Fr,
                &[],
            ),
        ];
        assert_rows("converse", table);
    }

    /// Two ties of family between the same two people exclude each other;
    /// a tie read the same both ways is not turned round by its order.
    #[test]
    fn another_tie_of_family() {
        let contradicts = &[(Kind::Converse, Effect::Contradicts)][..];
        let table: &[Row] = &[
            (
                "Le père de Jean Roy est Paul Roy.",
                Fr,
                "Paul Roy, le frère de Jean Roy, dirige la ferme familiale.",
                Fr,
                contradicts,
            ),
            (
                "Joseph Wilson est l'ex-mari de Valerie Plame.",
                Fr,
                "Valerie Plame, épouse de l'ancien ambassadeur Joseph Wilson, travaillait pour la CIA.",
                Fr,
                contradicts,
            ),
            (
                "Paul Roy is Jean Roy's uncle.",
                En,
                "Paul Roy, le père de Jean Roy, dirige la ferme.",
                Fr,
                contradicts,
            ),
            // the same tie both ways
            (
                "Paul Roy est le frère de Jean Roy.",
                Fr,
                "Jean Roy, frère de Paul Roy, dirige la ferme.",
                Fr,
                &[],
            ),
            (
                "Joseph Wilson is the husband of Valerie Plame.",
                En,
                "Valerie Plame, épouse de Joseph Wilson, travaillait pour la CIA.",
                Fr,
                &[],
            ),
            // a tie of business against one of family is no contradiction
            (
                "Paul Roy est le successeur de Jean Roy.",
                Fr,
                "Paul Roy, le frère de Jean Roy, dirige la ferme.",
                Fr,
                &[],
            ),
        ];
        assert_rows("converse", table);
    }
}

//! Intentions: the window states what the claim says happened only as an
//! aim or an attempt ("ont annoncé leur intention de fusionner et de créer
//! la plus grande banque du monde" against "the merger creates the largest
//! bank", "a tenté de racheter" against "a racheté", "plans to merge"
//! against "merged"). What someone meant or tried to do is not done: the
//! window does not state the claim (`condition`, a clause not asserted).
//!
//! The claim's verb decides where it is written; a claim whose verb is not
//! recognised by its form needs most of its common words in the aim. A
//! claim that is itself an aim compares as one, and so does a claim in the
//! future ("will announce", "seront annoncés") with a plan; a request or a
//! proposal that others do it states no more the future than the past.

use super::Rule;
use crate::facts::{CueKind, Facts, Vocabulary};
use crate::matcher::context::{MatchContext, carries_meaning};
use crate::matcher::finding::Finding;
use crate::text::Lang;

pub struct IntentionRule;

impl Rule for IntentionRule {
    fn name(&self) -> &'static str {
        "intention"
    }

    fn check(&self, cx: &MatchContext<'_>, _: &[Finding]) -> Vec<Finding> {
        // (most windows hold no aim: that is read before the claim's words)
        if cx.window.iter().all(|w| w.facts.intentions.is_empty()) {
            return Vec::new();
        }
        // the claim's own aim compares as one: its words may stand in the
        // window's aim ("Le Maroc a tenté d'espionner Macron" / "a tenté
        // d'espionner"); what it says was done may not ("Le Maroc a utilisé
        // Pegasus pour espionner Macron" / "Amnesty accuse le Maroc d'avoir
        // utilisé Pegasus pour espionner Macron")
        let claim = cx.claim;
        let purpose = crate::facts::purpose_named_at(cx.claim_text, &claim.tokens, claim.lang);
        let outside_claims_aim = |c: usize| {
            !claim.intentions.iter().any(|cue| cue.tokens.contains(&c))
                && purpose.is_none_or(|p| c < p)
        };
        // a claim in the future is stated by a plan ("plans to merge" /
        // "will merge"), not by what a party asks or proposes that others
        // do ("l'Iran a demandé aux présidents de se rencontrer à Téhéran"
        // / "Bush rencontrera les présidents à Téhéran")
        let future = speaks_of_the_future(cx.claim);
        let counts = |f: &Facts, cue: &crate::facts::Cue| {
            !future
                || Vocabulary::shared().is_cue(
                    f.lang,
                    CueKind::Directive,
                    &f.tokens[cue.tokens.start].norm,
                )
        };
        // (an accusation is what its party says: a claim that reports what a
        // party says is compared with it as with any report, "The
        // opposition says the budget has been cut by 25%" / "The
        // opposition accused her of having cut the budget by 15%")
        // (read once, and only when an accusation holds a claim word)
        let reported = std::cell::OnceCell::new();
        let held_back = |f: &Facts, cue: &crate::facts::Cue| {
            counts(f, cue)
                && !(accuses(f, cue) && *reported.get_or_init(|| reports_a_saying(claim)))
        };
        let in_aim = |s: usize, t: usize| {
            let f = cx.window[s].facts;
            f.intentions
                .iter()
                .any(|c| c.tokens.contains(&t) && c.tokens.start != t && held_back(f, c))
        };
        // every place the window writes claim token `c`
        // (and the place the coverage found it at, which may be by spelling
        // alone: "mafia" across languages shares no key)
        let places = |c: usize| {
            let mut at: Vec<(usize, usize)> = (0..cx.window.len())
                .flat_map(move |s| cx.places_of(c, s).map(move |t| (s, t)))
                .collect();
            if let Some((_, place)) = cx.coverage.found().find(|&(k, _)| k == c)
                && !at.contains(&place)
            {
                at.push(place);
            }
            at
        };
        // only in the aim: every place the window writes it is inside one
        let only_in_aim =
            |at: &[(usize, usize)]| !at.is_empty() && at.iter().all(|&(s, t)| in_aim(s, t));
        // the places of each claim verb the window writes
        let written_verbs: Vec<Vec<(usize, usize)>> = cx
            .claim_verbs()
            .into_iter()
            .filter(|&v| outside_claims_aim(v))
            .map(places)
            .filter(|at| !at.is_empty())
            .collect();
        let aimed = if !written_verbs.is_empty() {
            written_verbs.iter().all(|at| only_in_aim(at))
        } else {
            // no verb recognised (or none written): most of the common words
            // of what the claim says of its subject, from its verb on (a
            // light verb: "took bribes" / "accused of taking bribes")
            let start = cx
                .claim_verb_start()
                .filter(|&v| {
                    cx.claim.keys.words[v]
                        .first()
                        .is_some_and(|stem| crate::text::Lexicon::is_light(stem))
                })
                .unwrap_or(0);
            let common_from = |from: usize| -> Vec<usize> {
                cx.coverage
                    .found()
                    .map(|(c, _)| c)
                    .filter(|&c| {
                        c >= from
                            && carries_meaning(cx.claim, c)
                            && !cx.claim.tokens[c].capitalized
                            && outside_claims_aim(c)
                    })
                    .collect()
            };
            let predicate = common_from(start);
            let common = if predicate.is_empty() {
                common_from(0)
            } else {
                predicate
            };
            let inside = common.iter().filter(|&&c| only_in_aim(&places(c))).count();
            inside > 0 && inside * 2 > common.len()
        };
        if !aimed {
            return Vec::new();
        }
        super::condition::not_asserted(cx, |f| &f.intentions)
    }
}

/// Is intention cue `cue` of `f` an accusation or a suspicion ("accusé",
/// "soupçonne", "reproche", "accused", "suspected")? It holds back what a
/// party says, which a claim that reports a saying compares with.
pub(super) fn accuses(f: &Facts, cue: &crate::facts::Cue) -> bool {
    crate::facts::is_accusation(&f.tokens[cue.tokens.start].norm)
}

/// Does the claim report what a party says ("The opposition says the
/// budget has been cut", "selon l'opposition")?
pub(super) fn reports_a_saying(claim: &Facts) -> bool {
    claim.attribution.is_some()
        || (claim.tokens.iter()).any(|t| crate::facts::is_speech(claim.lang, &t.norm))
}

/// Does the claim speak of the future: "will", "shall", "going to", a
/// French future ("seront annoncés", "annoncera", "va annoncer")?
pub(super) fn speaks_of_the_future(claim: &Facts) -> bool {
    let words = || claim.tokens.iter().map(|t| t.norm.as_str());
    match claim.lang {
        Lang::En => {
            words().any(|w| matches!(w, "will" | "shall" | "ll"))
                || words()
                    .zip(words().skip(1))
                    .any(|(a, b)| a == "going" && b == "to")
        }
        Lang::Fr => {
            words().any(|w| FRENCH_FUTURE.contains(&w) || crate::facts::french_future_tense(w))
        }
    }
}

/// French future auxiliaries and the near future's "aller" (folded).
const FRENCH_FUTURE: &[&str] = &[
    "sera", "seront", "aura", "auront", "fera", "feront", "va", "vont", "ira", "iront", "devra",
    "devront", "pourra", "pourront",
];

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn intentions_table() {
        let blocks = [(Kind::Condition, Effect::Blocks)];
        let table: &[Row] = &[
            (
                "The mayor of Varenne took bribes.",
                En,
                "The mayor of Varenne is accused of taking bribes.",
                En,
                &blocks,
            ),
            (
                "Le maire de Varenne a touché des pots-de-vin.",
                Fr,
                "Le maire de Varenne est accusé d'avoir touché des pots-de-vin.",
                Fr,
                &blocks,
            ),
            (
                "The Orvel bridge opened in 2024.",
                En,
                "The Orvel bridge was supposed to open in 2024.",
                En,
                &blocks,
            ),
            (
                "Le pont d'Orvel a ouvert en 2024.",
                Fr,
                "Le pont d'Orvel était censé ouvrir en 2024.",
                Fr,
                &blocks,
            ),
            (
                "Brightwater acquired the Harlow mill.",
                En,
                "Brightwater a tenté de racheter le moulin de Harlow.",
                Fr,
                &blocks,
            ),
            (
                "Brightwater a racheté le moulin de Harlow.",
                Fr,
                "Brightwater wants to buy the Harlow mill.",
                En,
                &blocks,
            ),
            (
                "La fusion des deux banques crée le premier assureur du pays.",
                Fr,
                "Les deux banques ont annoncé leur intention de fusionner et de créer le premier assureur du pays.",
                Fr,
                &blocks,
            ),
            (
                "The two airlines merged.",
                En,
                "The two airlines plan to merge next year.",
                En,
                &blocks,
            ),
            // what a party is accused or suspected of, by another, a noun
            // as well as a verb
            (
                "Morocco used the Orvex software.",
                En,
                "Amnesty accused Morocco of using the Orvex software.",
                En,
                &blocks,
            ),
            (
                "Le Maroc a utilisé le logiciel Orvex.",
                Fr,
                "Amnesty accuse le Maroc d'avoir utilisé le logiciel Orvex.",
                Fr,
                &blocks,
            ),
            (
                "Le Maroc a utilisé le logiciel Orvex.",
                Fr,
                "Le Maroc est soupçonné d'avoir utilisé le logiciel Orvex.",
                Fr,
                &blocks,
            ),
            (
                "The mayor of Varenne has links with the mafia.",
                En,
                "The mayor of Varenne is suspected of links with the mafia.",
                En,
                &blocks,
            ),
            (
                "Le maire de Varenne a des liens avec la mafia.",
                Fr,
                "Le maire de Varenne est accusé de liens avec la mafia.",
                Fr,
                &blocks,
            ),
            // (the claim's own aim does not excuse what it says was done)
            (
                "Le Maroc a utilisé le logiciel Orvex pour espionner le maire.",
                Fr,
                "Amnesty accuse le Maroc d'avoir utilisé le logiciel Orvex pour espionner le maire.",
                Fr,
                &blocks,
            ),
            // an accusation is what its party says: a claim that reports a
            // saying, or makes the accusation, compares with it
            (
                "The opposition says the fire service budget was cut.",
                En,
                "The opposition accused her of cutting the fire service budget.",
                En,
                &[],
            ),
            (
                "L'opposition reproche à Lucia Ferran d'avoir réduit le budget des pompiers.",
                Fr,
                "L'opposition reproche à Lucia Ferran d'avoir réduit le budget des pompiers.",
                Fr,
                &[],
            ),
            (
                "Amnesty accused Morocco of using the Orvex software.",
                En,
                "Amnesty accuse le Maroc d'avoir utilisé le logiciel Orvex.",
                Fr,
                &[],
            ),
            // what a party is required or sentenced to do
            (
                "Orvex paid 2 million euros to the Halden victims.",
                En,
                "Orvex is required to pay 2 million euros to the Halden victims.",
                En,
                &blocks,
            ),
            (
                "Orvex a versé 2 millions d'euros aux victimes de Halden.",
                Fr,
                "Orvex a été condamnée à verser 2 millions d'euros aux victimes de Halden.",
                Fr,
                &blocks,
            ),
            // what a programme aims at, what a party is interested in, what
            // a plot is for
            (
                "The Halden fund extended its loans to 5,000 farmers.",
                En,
                "The Halden fund launched a programme aimed at extending its loans to 5,000 farmers.",
                En,
                &blocks,
            ),
            (
                "Le fonds de Halden a étendu ses prêts à 5 000 agriculteurs.",
                Fr,
                "Le fonds de Halden a lancé un programme visant à étendre ses prêts à 5 000 agriculteurs.",
                Fr,
                &blocks,
            ),
            (
                "Orvex holds a stake in the Varenne pipeline.",
                En,
                "Orvex has expressed interest in acquiring a stake in the Varenne pipeline.",
                En,
                &blocks,
            ),
            (
                "Orvex détient une participation dans le gazoduc de Varenne.",
                Fr,
                "Orvex a manifesté son intérêt pour acquérir une participation dans le gazoduc de Varenne.",
                Fr,
                &blocks,
            ),
            (
                "Marc Dulac took part in the attacks.",
                En,
                "Marc Dulac pleaded guilty to conspiring with a view to taking part in the attacks.",
                En,
                &blocks,
            ),
            (
                "Marc Dulac a participé aux attentats.",
                Fr,
                "Marc Dulac a plaidé coupable d'avoir comploté en vue de participer aux attentats.",
                Fr,
                &blocks,
            ),
            // done, not only meant
            (
                "Brightwater acquired the Harlow mill.",
                En,
                "Brightwater a racheté le moulin de Harlow.",
                Fr,
                &[],
            ),
            // the claim's verb stated outside the aim
            (
                "Yunus a créé sa propre banque pour prêter aux villageois.",
                Fr,
                "Il a essayé de persuader un banquier de prêter aux villageois. Alors Yunus a créé sa propre banque.",
                Fr,
                &[],
            ),
            // a claim in the future, or itself an aim, compares as one
            (
                "Mardi, les résultats seront annoncés.",
                Fr,
                "Dell prévoit d'annoncer ses résultats mardi.",
                Fr,
                &[],
            ),
            (
                "The two airlines plan to merge.",
                En,
                "The two airlines plan to merge next year.",
                En,
                &[],
            ),
            // ... but not a request that others do it
            (
                "Le maire rencontrera les ministres à Lyon.",
                Fr,
                "Le préfet a préparé un rapport pour le maire, et le syndicat a demandé aux ministres de se rencontrer à Lyon.",
                Fr,
                &blocks,
            ),
            (
                "The mayor will meet the ministers in Lyon.",
                En,
                "The prefect prepared a report for the mayor, and the union asked the ministers to meet in Lyon.",
                En,
                &blocks,
            ),
            (
                "Le maire rencontrera les ministres à Lyon.",
                Fr,
                "Le maire a l'intention de rencontrer les ministres à Lyon.",
                Fr,
                &[],
            ),
            // a refusal is a negation, not an aim
            (
                "NSO commented on the meeting.",
                En,
                "NSO n'a pas souhaité commenter la rencontre.",
                Fr,
                &[],
            ),
            // "veut dire" is "means"; an adjective after a noun is no infinitive
            (
                "Clinton considère l'espionnage comme une menace particulière.",
                Fr,
                "Clinton considérait l'espionnage industriel comme une menace particulière.",
                Fr,
                &[],
            ),
            // a purpose clause states an aim: "pour que", "afin de", "in
            // order to"
            (
                "La protéine peut endommager les cellules des vaisseaux.",
                Fr,
                "Pour que la protéine puisse endommager les cellules des vaisseaux, il faudrait qu'elle soit présente en grande quantité.",
                Fr,
                &blocks,
            ),
            (
                "La mairie a réduit la circulation dans le centre.",
                Fr,
                "La mairie a fermé le pont Vauclain afin de réduire la circulation dans le centre.",
                Fr,
                &blocks,
            ),
            (
                "The new dam protects the Ostry valley from floods.",
                En,
                "The council built a new dam so as to protect the Ostry valley from floods.",
                En,
                &blocks,
            ),
            (
                "The new dam protects the Ostry valley.",
                En,
                "Le conseil construit un nouveau barrage pour que le barrage protège la vallée de l'Ostry.",
                Fr,
                &blocks,
            ),
            // the act done for it is asserted
            (
                "La mairie a fermé le pont Vauclain.",
                Fr,
                "La mairie a fermé le pont Vauclain afin de réduire la circulation dans le centre.",
                Fr,
                &[],
            ),
            // a relative clause within the aim asserts what it says
            (
                "Les tensions sont nées des révélations du journal Ostrava.",
                Fr,
                "Le conseiller a été envoyé à Paris afin d'apaiser les tensions qui sont nées des révélations du journal Ostrava.",
                Fr,
                &[],
            ),
            // a claim that names an aim itself ("pour" and an infinitive)
            // compares as one
            (
                "Une pression est exercée sur Dorvane pour mettre fin aux essais.",
                Fr,
                "Le boycott fait pression sur les entreprises pour qu'elles encouragent Dorvane à mettre fin aux essais.",
                Fr,
                &[],
            ),
        ];
        assert_rows("intention", table);
    }
}

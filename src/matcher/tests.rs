use super::rules::table::Uniform;
use super::*;
use crate::facts::{DateContext, analyse};
use crate::text::Lang;

fn relation(
    claim: &str,
    claim_lang: Lang,
    sentences: &str,
    published: Option<crate::calendar::Date>,
) -> (Relation, Vec<Finding>) {
    // the claim's keys as checking makes them (synonyms added)
    let mut c = analyse(claim, claim_lang, DateContext::default());
    crate::text::Lexicon::shared().expand_synonyms(&mut c.keys, &c.tokens, claim_lang);
    let parts: Vec<&str> = sentences.split(" | ").collect();
    let facts: Vec<_> = parts
        .iter()
        .map(|s| {
            analyse(
                s,
                Lang::Fr,
                DateContext {
                    published,
                    recent_year: None,
                },
            )
        })
        .collect();
    let window: Vec<_> = parts
        .iter()
        .zip(&facts)
        .map(|(text, facts)| WindowSentence { text, facts })
        .collect();
    let r = match_claim(claim, &c, &window, &Uniform);
    (r.relation, r.findings)
}

const SERVERS: &str = "Amnesty International accusait l'entreprise israélienne NSO de détenir des serveurs hébergés dans des pays occidentaux dont l'Allemagne, le Royaume-Uni, la Suisse, la France et les Etats-Unis. | Le nombre de serveurs présents dans chaque pays a été précisé : Allemagne (212), Royaume-Uni (79), Suisse (36), France (35) et Etats-Unis (28).";

#[test]
fn numbers_bound_to_countries() {
    assert_eq!(
        relation("France hosted 35 NSO servers.", Lang::En, SERVERS, None).0,
        Relation::Supports
    );
    let (rel, reasons) = relation(
        "Switzerland hosted 35 NSO servers.",
        Lang::En,
        SERVERS,
        None,
    );
    assert_eq!(rel, Relation::Contradicts);
    let number = reasons.iter().find(|r| r.kind == Kind::Number).unwrap();
    assert_eq!(
        (
            number.claim.as_str(),
            number.source.as_str(),
            number.about.as_deref()
        ),
        ("35", "36", Some("Suisse"))
    );
    // a country the list does not name is not contradicted by the others
    assert_ne!(
        relation("Italy hosted 35 NSO servers.", Lang::En, SERVERS, None).0,
        Relation::Contradicts
    );
}

#[test]
fn numbers_bound_to_nouns() {
    let s = "Il aurait permis d'espionner les numéros d'au moins 180 journalistes, 85 militants des droits humains ou encore de 14 chefs d'État dont le président français Emmanuel Macron.";
    assert_eq!(
        relation("14 heads of state were targeted.", Lang::En, s, None).0,
        Relation::Supports
    );
    assert_eq!(
        relation("65 heads of state were targeted.", Lang::En, s, None).0,
        Relation::Contradicts
    );
    // (the sentence names the software: a figure is contradicted only where
    // the claim's subject is)
    let pegasus = s.replace("Il aurait", "Pegasus aurait");
    assert_eq!(
        relation(
            "Pegasus was used to spy on at least 190 journalists.",
            Lang::En,
            &pegasus,
            None
        )
        .0,
        Relation::Contradicts
    );
    let other = "L'enquête avait révélé que le logiciel aurait permis d'espionner 65 chefs d'entreprise de différents pays.";
    assert_ne!(
        relation("65 heads of state were targeted.", Lang::En, other, None).0,
        Relation::Supports
    );
    assert_ne!(
        relation("14 heads of state were targeted.", Lang::En, other, None).0,
        Relation::Contradicts
    );
}

#[test]
fn dates_of_the_same_event() {
    let s = "Le président français a réuni, le 22 juillet, un conseil de défense dédié à l'affaire Pegasus.";
    let published = crate::calendar::Date::new(2021, 7, 24);
    assert_eq!(
        relation(
            "The defence council met on 21 July.",
            Lang::En,
            s,
            published
        )
        .0,
        Relation::Contradicts
    );
    assert_eq!(
        relation(
            "The defence council met on 22 July.",
            Lang::En,
            s,
            published
        )
        .0,
        Relation::Supports
    );
}

#[test]
fn negation_flips() {
    let s = "Ni le bureau du Premier ministre israélien, ni NSO, n'ont fait de commentaires sur cette rencontre.";
    assert_eq!(
        relation("NSO commented on the meeting.", Lang::En, s, None).0,
        Relation::Contradicts
    );
    assert_eq!(
        relation("NSO did not comment on the meeting.", Lang::En, s, None).0,
        Relation::Supports
    );
}

#[test]
fn a_claim_word_meets_the_other_language_through_its_synonyms_cognate() {
    // "disclose" has "divulge" among its synonyms; the bilingual
    // dictionary gives "divulguer" only "spread"
    let s = "Le bureau du Premier ministre n'avait pas divulgué l'appel avec Macron.";
    let (relation_of, findings) = relation(
        "The prime minister's office disclosed the call with Macron.",
        Lang::En,
        s,
        None,
    );
    assert_eq!(relation_of, Relation::Contradicts, "{findings:?}");
    assert!(findings.iter().any(|f| f.kind == Kind::Negation));
    assert_eq!(
        relation(
            "The prime minister's office did not disclose the call with Macron.",
            Lang::En,
            s,
            None,
        )
        .0,
        Relation::Supports
    );
    // within one language a synonym's look-alike is no match: the stems
    // already say what the words share ("dévoilé" stays missing; the
    // window's negation of what the verb governs, "l'appel avec Macron",
    // still denies the claim)
    let (_, findings) = relation(
        "Le bureau du Premier ministre a dévoilé l'appel avec Macron.",
        Lang::Fr,
        s,
        None,
    );
    assert!(
        findings
            .iter()
            .any(|f| f.kind == Kind::Predicate && f.claim == "devoile"),
        "{findings:?}"
    );
}

#[test]
fn place_names_of_a_claim_in_both_languages() {
    let cases: &[(&str, Lang, &[&str])] = &[
        (
            "Eyal Hulata met Emmanuel Bonne in Paris.",
            Lang::En,
            &["paris"],
        ),
        (
            "The summit opened at Geneva on Monday.",
            Lang::En,
            &["geneva"],
        ),
        ("A Reuters journalist met Anna Keller.", Lang::En, &[]),
        (
            "Eyal Hulata a rencontré Emmanuel Bonne à Paris.",
            Lang::Fr,
            &["paris"],
        ),
        (
            "Les serveurs sont hébergés en Suisse et au Maroc.",
            Lang::Fr,
            &["suisse", "maroc"],
        ),
        ("Benny Gantz a rencontré Florence Parly.", Lang::Fr, &[]),
    ];
    for (text, lang, expected) in cases {
        let f = analyse(text, *lang, DateContext::default());
        let got: Vec<&str> = place_names(&f)
            .iter()
            .map(|&i| f.tokens[i].norm.as_str())
            .collect();
        assert_eq!(&got, expected, "{text}");
    }
}

#[test]
fn a_place_missing_from_the_window_blocks_support_unless_context_states_it() {
    let claim = "Anna Keller met Paul Varga in Madrid.";
    let c = analyse(claim, Lang::En, DateContext::default());
    let analysed = |s: &str| analyse(s, Lang::Fr, DateContext::default());
    let meeting = "Une réunion de travail s'est tenue entre Anna Keller et Paul Varga.";
    let window_facts = analysed(meeting);
    let window = [WindowSentence {
        text: meeting,
        facts: &window_facts,
    }];
    let alone = match_claim(claim, &c, &window, &Uniform);
    assert_eq!(alone.relation, Relation::Related);
    assert!(
        alone
            .findings
            .iter()
            .any(|r| r.kind == Kind::Missing && r.claim.contains("madrid"))
    );
    let sent = "Anna Keller a été envoyée à Madrid pour 12 jours.";
    let context_facts = analysed(sent);
    let context = [WindowSentence {
        text: sent,
        facts: &context_facts,
    }];
    let placed = match_claim_in_context(claim, &c, &window, &context, &Uniform);
    assert_eq!(placed.relation, Relation::Supports);
    let reason = placed
        .findings
        .iter()
        .find(|r| r.kind == Kind::Context)
        .unwrap();
    assert_eq!(
        (reason.claim.as_str(), reason.source.as_str()),
        ("madrid", sent)
    );
    // context supplies places only: its numbers are not compared with the claim's
    let counted = "Anna Keller met Paul Varga 3 times in Madrid.";
    let c3 = analyse(counted, Lang::En, DateContext::default());
    let r = match_claim_in_context(counted, &c3, &window, &context, &Uniform);
    assert_ne!(r.relation, Relation::Contradicts);
}

#[test]
fn a_surname_stands_for_the_person_unless_another_first_name_precedes_it() {
    let claim = "Emmanuel Macron a appelé Naftali Bennett.";
    // surnames alone, with a title: the same people
    let (rel, reasons) = relation(
        claim,
        Lang::Fr,
        "Le président Macron a appelé M. Bennett mardi.",
        None,
    );
    assert_eq!(rel, Relation::Supports);
    let implied: Vec<&str> = reasons
        .iter()
        .filter(|r| r.kind == Kind::Surname)
        .map(|r| r.claim.as_str())
        .collect();
    assert_eq!(implied, ["emmanuel macron", "naftali bennett"]);
    // another first name before the surname: someone else
    let (rel, reasons) = relation(
        "L'accord de pêche a été signé par Jean Dupont.",
        Lang::Fr,
        "L'accord de pêche a été signé par Pierre Dupont.",
        None,
    );
    assert_ne!(rel, Relation::Supports);
    let person = reasons.iter().find(|r| r.kind == Kind::Person).unwrap();
    assert_eq!(
        (person.claim.as_str(), person.source.as_str()),
        ("jean dupont", "pierre dupont")
    );
    // names apart across a comma are two names, not a first name and its
    // surname ("Yediot Ahronot" is not someone called "France")
    for claim in [
        "According to Yediot Ahronot, France has already sued NSO.",
        "Selon Yediot Ahronot, la France a déjà porté plainte contre NSO.",
    ] {
        let lang = if claim.starts_with("According") {
            Lang::En
        } else {
            Lang::Fr
        };
        let (_, reasons) = relation(
            claim,
            lang,
            "La France a déjà indiqué vouloir saisir l'occasion de cet entretien avec NSO.",
            None,
        );
        assert!(
            !reasons.iter().any(|r| r.kind == Kind::Surname),
            "{claim}: {reasons:?}"
        );
    }
    // across languages
    let (rel, _) = relation(
        "Emmanuel Macron called Naftali Bennett.",
        Lang::En,
        "Macron a appelé Bennett au téléphone.",
        None,
    );
    assert_eq!(rel, Relation::Supports);
}

/// "Benny Gantz met Florence Parly on Tuesday 27 July" is not supported by a
/// sentence where the minister "avait indiqué mardi" something, without Gantz.
#[test]
fn a_weekday_of_another_event_without_the_participants_does_not_support() {
    let window = "Florence Parly lui a indiqué les clarifications attendues par la France. | La ministre avait déjà indiqué mardi vouloir saisir l'occasion de cet entretien bilatéral, prévu de longue date.";
    let (rel, _) = relation(
        "Benny Gantz met Florence Parly on Tuesday 27 July.",
        Lang::En,
        window,
        crate::calendar::Date::new(2021, 7, 28),
    );
    assert_ne!(rel, Relation::Supports);
}

/// The words of a claim's negation that only negate ("nulle part",
/// "nullement") are no words for the window to state: the negation rules
/// judge them. The verb the French cue stands around still is one.
/// The claim words the findings report missing.
fn missing_words(findings: &[Finding]) -> Vec<&str> {
    findings
        .iter()
        .filter(|f| f.kind == Kind::Missing)
        .map(|f| f.claim.as_str())
        .collect()
}

#[test]
fn a_negation_cue_is_not_a_word_to_find() {
    let window =
        "Le maire parle, dans son communiqué, d'un plan pour accueillir des familles sinistrées.";
    let (relation_found, findings) = relation(
        "Le communiqué du maire ne fait nulle part mention d'un plan pour accueillir des familles sinistrées.",
        Lang::Fr,
        window,
        None,
    );
    let missing = missing_words(&findings);
    assert!(
        missing
            .iter()
            .all(|m| !m.contains("nulle") && !m.contains("part")),
        "{missing:?}"
    );
    assert_eq!(relation_found, Relation::Contradicts, "{findings:?}");
}

/// A French word whose stem is an English word its translations do not
/// give does not say that English word through the stem: the French stem
/// of "pays" is "pay", yet "son pays" does not say "paid". A word spelled
/// alike still meets as a cognate: "sources" says "sources", "militant"
/// "militant".
#[test]
fn a_french_stem_that_is_another_english_word_does_not_say_it() {
    let missing = |claim: &str, window: &str| {
        let (_, findings) = relation(claim, Lang::En, window, None);
        missing_words(&findings).join(", ")
    };
    let envoy = "Le conseiller Arlo Venn a été envoyé à Paris pour apaiser les tensions entre la France et son pays.";
    assert!(
        missing("Arlo Venn paid France.", envoy).contains("paid"),
        "{}",
        missing("Arlo Venn paid France.", envoy)
    );
    let rows = [
        (
            "Two sources say Arlo Venn was sent to Paris.",
            "Selon deux sources, Arlo Venn a été envoyé à Paris.",
            "sources",
        ),
        (
            "Arlo Venn met a militant in Paris.",
            "Arlo Venn a rencontré un militant à Paris.",
            "militant",
        ),
    ];
    for (claim, window, word) in rows {
        let said = missing(claim, window);
        assert!(!said.contains(word), "{claim}: {said}");
    }
}

#[test]
fn a_country_adjective_of_the_claim_is_a_party_in_both_languages() {
    // written small in French, capitalised in English: missing, it is a
    // missing party either way, and the window does not support
    let window = "En juillet 2020, l'organisation accusait le Maroc d'avoir traqué le journaliste et militant Karim Ouzane.";
    for (claim, lang) in [
        ("Ouzane est un journaliste algérien.", Lang::Fr),
        ("Ouzane is an Algerian journalist.", Lang::En),
    ] {
        let (rel, findings) = relation(claim, lang, window, None);
        assert_ne!(rel, Relation::Supports, "{claim}");
        assert!(
            findings.iter().any(|f| f.kind == Kind::Participant),
            "{claim}: {findings:?}"
        );
    }
    // stated, it is found
    let (rel, findings) = relation(
        "Karim Ouzane est un journaliste marocain.",
        Lang::Fr,
        "Karim Ouzane est un journaliste marocain et un militant des droits humains.",
        None,
    );
    assert_eq!(rel, Relation::Supports, "{findings:?}");
}

/// A word of a country's name is said by that country only: "the United
/// States" is not "a réuni" (through "unite") nor "les États" (through
/// "state"), and a window without the country does not support.
#[test]
fn a_country_name_is_said_by_the_country_only() {
    for window in [
        "Le président a réuni un conseil de défense dédié au logiciel Falcon, fabriqué par la société Orvex.",
        "The president reunited a defence council on the Falcon software, made by the Orvex company.",
    ] {
        let (rel, findings) = relation(
            "The Falcon software was made in the United States.",
            Lang::En,
            window,
            None,
        );
        let missing = missing_words(&findings).join(", ");
        assert!(
            missing.contains("united") && missing.contains("states"),
            "{window}: {missing}"
        );
        assert_ne!(rel, Relation::Supports, "{window}: {findings:?}");
    }
    // written, it is found
    let (_, findings) = relation(
        "The Falcon software was made in the United States.",
        Lang::En,
        "Le logiciel Falcon a été fabriqué aux États-Unis.",
        None,
    );
    assert!(!missing_words(&findings).join(", ").contains("united"));
}

/// A certainty is said by its own word and its translations, not by its
/// synonyms' other senses: "proven" is no "vérification", through "verify".
#[test]
fn a_certainty_is_not_met_by_a_synonyms_other_sense() {
    let (relation_found, findings) = relation(
        "Karl Sommer said that the facts had been proven.",
        Lang::En,
        "Le porte-parole Karl Sommer a indiqué que le conseil avait permis un point d'étape sur ce travail de vérification des faits.",
        None,
    );
    let missing = missing_words(&findings);
    assert!(missing.iter().any(|m| m.contains("proven")), "{findings:?}");
    assert_ne!(relation_found, Relation::Supports, "{findings:?}");
}

/// A verb with the noun it takes ("took part") says its meaning by the
/// noun as by the verb, and only the noun can say a claim word that
/// carries meaning: "took" is a light verb. The window's first place of a
/// key is its first word that carries meaning.
#[test]
fn a_verb_idiom_says_its_meaning_by_its_noun() {
    let text = "Elena Marlowe took part in the summit on behalf of the farm council.";
    let window_facts = analyse(text, Lang::En, DateContext::default());
    let window = [WindowSentence {
        text,
        facts: &window_facts,
    }];
    for (claim, lang) in [
        ("Elena Marlowe participated in the summit.", Lang::En),
        ("Elena Marlowe a participé au sommet.", Lang::Fr),
    ] {
        let mut c = analyse(claim, lang, DateContext::default());
        crate::text::Lexicon::shared().expand_synonyms(&mut c.keys, &c.tokens, lang);
        let r = match_claim(claim, &c, &window, &Uniform);
        assert!(
            missing_words(&r.findings).is_empty(),
            "{claim}: {:?}",
            r.findings
        );
        assert_eq!(r.relation, Relation::Supports, "{claim}: {:?}", r.findings);
    }
}

/// The claim's and window's sentences analysed in their own languages.
fn relation_across(
    claim: &str,
    claim_lang: Lang,
    sentence: &str,
    sentence_lang: Lang,
) -> (Relation, Vec<Finding>) {
    let mut c = analyse(claim, claim_lang, DateContext::default());
    crate::text::Lexicon::shared().expand_synonyms(&mut c.keys, &c.tokens, claim_lang);
    let facts = analyse(sentence, sentence_lang, DateContext::default());
    let window = [WindowSentence {
        text: sentence,
        facts: &facts,
    }];
    let r = match_claim(claim, &c, &window, &Uniform);
    (r.relation, r.findings)
}

/// An institution written with a capital after an article is a common
/// noun the dictionary knows: it meets its translation both ways, "the
/// Senate" / "le Sénat" (whose French stem is its translation's), "the
/// Parliament" / "le Parlement", and is no other name in the slot.
#[test]
fn an_institution_meets_its_translation_both_ways() {
    let rows = [
        (
            "The Senate rejected the text on Monday.",
            Lang::En,
            "Le Sénat a rejeté le texte lundi.",
            Lang::Fr,
        ),
        (
            "The Parliament rejected the text on Monday.",
            Lang::En,
            "Le Parlement a rejeté le texte lundi.",
            Lang::Fr,
        ),
        (
            "Le Sénat a rejeté le texte lundi.",
            Lang::Fr,
            "The Senate rejected the text on Monday.",
            Lang::En,
        ),
        (
            "Le Parlement a rejeté le texte lundi.",
            Lang::Fr,
            "The Parliament rejected the text on Monday.",
            Lang::En,
        ),
    ];
    for (claim, cl, sentence, sl) in rows {
        let (found, findings) = relation_across(claim, cl, sentence, sl);
        assert!(missing_words(&findings).is_empty(), "{claim}: {findings:?}");
        assert_eq!(found, Relation::Supports, "{claim}: {findings:?}");
    }
}

/// People counted by the verb of their act, and the act counted by its
/// noun (WordNet's derivations pair the two words): an agreeing figure
/// supports, a differing one decides nothing (as many visits as visitors
/// is no rule).
#[test]
fn people_counted_by_their_act_and_the_act_by_its_noun() {
    use Lang::{En, Fr};
    let vote = "The Varenne council approved the bridge by 20 votes to 3, with two abstentions.";
    let arrests = "Police made five arrests after the match in Varenne.";
    let arrested = "Police arrested five people after the match in Varenne.";
    let table = [
        (
            "Two councillors abstained in the Varenne bridge vote.",
            En,
            vote,
            En,
            Relation::Supports,
        ),
        (
            "Deux conseillers se sont abstenus lors du vote sur le pont de Varenne.",
            Fr,
            vote,
            En,
            Relation::Supports,
        ),
        (
            "Four councillors abstained in the Varenne bridge vote.",
            En,
            vote,
            En,
            Relation::Related,
        ),
        (arrested, En, arrests, En, Relation::Supports),
        (arrests, En, arrested, En, Relation::Supports),
        (
            "Police made seven arrests after the match in Varenne.",
            En,
            arrested,
            En,
            Relation::Related,
        ),
    ];
    for (claim, claim_lang, sentence, sentence_lang, want) in table {
        let (rel, findings) = relation_across(claim, claim_lang, sentence, sentence_lang);
        assert_eq!(rel, want, "{claim}: {findings:?}");
        let number = findings.iter().find(|f| f.kind == Kind::Number);
        let want_effect = if want == Relation::Supports {
            Effect::Supports
        } else {
            Effect::Blocks
        };
        assert_eq!(
            number.map(|f| f.effect),
            Some(want_effect),
            "{claim}: {findings:?}"
        );
    }
}

/// A country named in several words ("Royaume-Uni", "the United States")
/// weighs in the coverage as a country of one word does: its words share
/// one word's weight, so a claim that names it is not made of its country
/// more than one that names "Belgique".
#[test]
fn a_country_of_several_words_weighs_as_one_word() {
    let window = "GUS a vendu la société néerlandaise Wehkamp à Industri Kapital.";
    let share = |claim: &str, lang: Lang| {
        let c = analyse(claim, lang, DateContext::default());
        let facts = analyse(window, Lang::Fr, DateContext::default());
        let w = [WindowSentence {
            text: window,
            facts: &facts,
        }];
        coverage::coverage(
            claim,
            &c,
            &w,
            &[],
            coverage::ContextReach::Places,
            &Uniform,
            coverage::Wording::Lexical,
        )
        .share
    };
    for (several, one, lang) in [
        (
            "Wehkamp est une société basée au Royaume-Uni.",
            "Wehkamp est une société basée en Belgique.",
            Lang::Fr,
        ),
        (
            "Wehkamp is a company based in the United Kingdom.",
            "Wehkamp is a company based in Belgium.",
            Lang::En,
        ),
    ] {
        let (a, b) = (share(several, lang), share(one, lang));
        assert!((a - b).abs() < 1e-9, "{several}: {a} / {one}: {b}");
        assert!(a > 0.0 && a < 1.0, "{several}: {a}");
    }
}

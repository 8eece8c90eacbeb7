//! Phrase tables: what the fact layer extracts from short French and English
//! texts, written as one line of facts per phrase. Each row is read by a
//! person: the value, its approximation and unit, what it counts or belongs
//! to, dates with their precision, negation, hedging and attribution.
//!
//! Line format, facts in text order, separated by " | ":
//! `n:VALUE[~|>=|>|<=|<][ UNIT][ @NOUN][ #ENTITY][ ord]`, `d:DATE[ decade][ before][ since][ after][ wd:N]` (DATE as
//! YYYY-MM-DD, YYYY-MM, MM-DD, YYYY, with `early`/`mid`/`late` parts), `neg`, `hedge`,
//! `cond`, `deny`, `by:WHO`.

use super::{DateContext, DatePart, Facts, Unit, analyse};
use crate::calendar::Date;
use crate::text::Lang;

fn summary(text: &str, f: &Facts) -> String {
    let mut parts: Vec<(usize, String)> = Vec::new();
    for q in &f.quantities {
        let approx = match q.approx {
            super::Approx::Exact => "",
            super::Approx::About => "~",
            super::Approx::Nearly => "~<",
            super::Approx::AtLeast => ">=",
            super::Approx::MoreThan => ">",
            super::Approx::AtMost => "<=",
            super::Approx::LessThan => "<",
        };
        let mut s = format!("n:{}{approx}", q.display_value());
        match &q.unit {
            Unit::Count => {}
            Unit::Percent => s.push_str(" %"),
            Unit::Money(c) => s.push_str(&format!(" {c}")),
        }
        if let Some(n) = &q.noun {
            s.push_str(&format!(" @{}", &text[n.span.clone()]));
            if let Some(c) = n.coordinated {
                s.push_str(&format!(" +{}", &text[f.tokens[c].span.clone()]));
            }
        }
        if let Some(e) = &q.entity {
            s.push_str(&format!(" #{e}"));
        }
        if let Some(o) = &q.owner {
            s.push_str(&format!(" &{}", o.name));
        }
        if q.ordinal {
            s.push_str(" ord");
        }
        parts.push((q.span.start, s));
    }
    for d in &f.dates {
        let mut s = String::from("d:");
        let mut fields = Vec::new();
        if let Some(y) = d.year.filter(|_| !d.year_inferred) {
            fields.push(format!("{y:04}"));
        }
        if let Some(m) = d.month {
            fields.push(format!("{m:02}"));
        }
        if let Some(day) = d.day {
            fields.push(format!("{day:02}"));
        }
        s.push_str(&fields.join("-"));
        if let Some(p) = d.part {
            s.push_str(match p {
                DatePart::Early => " early",
                DatePart::Mid => " mid",
                DatePart::Late => " late",
            });
        }
        if let Some(end) = d.until {
            s.push_str(&format!("..{end}"));
        }
        if d.decade {
            s.push_str(" decade");
        }
        if d.before {
            s.push_str(" before");
        }
        if d.since {
            s.push_str(" since");
        }
        if d.after {
            s.push_str(" after");
        }
        if let Some(w) = d.weekday {
            s.push_str(&format!(" wd:{w}"));
        }
        parts.push((d.span.start, s));
    }
    parts.sort();
    let mut out: Vec<String> = parts.into_iter().map(|(_, s)| s).collect();
    if f.negated() {
        out.push("neg".into());
    }
    if f.hedged() {
        out.push("hedge".into());
    }
    if !f.conditions.is_empty() {
        out.push("cond".into());
    }
    if !f.denials.is_empty() {
        out.push("deny".into());
    }
    if let Some((_, who)) = &f.attribution {
        out.push(format!("by:{who}"));
    }
    out.join(" | ")
}

fn check(rows: &[(&str, &str)], lang: Lang) {
    let ctx = DateContext {
        published: Date::new(2021, 7, 24),
        recent_year: None,
    };
    let mut failures = Vec::new();
    for (text, want) in rows {
        let got = summary(text, &analyse(text, lang, ctx));
        if got != *want {
            failures.push(format!("{text:?}\n    want {want:?}\n    got  {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows differ:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
    assert!(rows.len() >= 100, "a table holds at least 100 phrases");
}

#[test]
fn french_phrases() {
    check(FRENCH, Lang::Fr);
}

#[test]
fn english_phrases() {
    check(ENGLISH, Lang::En);
}

const FRENCH: &[(&str, &str)] = &[
    // digits and separators
    ("35 serveurs", "n:35 @serveurs"),
    ("une liste de 50.000 numéros", "n:50000 @numéros"),
    (
        "50 000 numéros de téléphone",
        "n:50000 @numéros de téléphone",
    ),
    ("50\u{a0}000 numéros", "n:50000 @numéros"),
    ("50\u{202f}000 numéros", "n:50000 @numéros"),
    ("1 500 000 habitants", "n:1500000 @habitants"),
    ("un taux de 27,5 %", "n:27.5 %"),
    ("27,5 milliards de dollars", "n:27500000000 USD"),
    ("100 millions d'euros", "n:100000000 EUR"),
    ("2,3 millions de personnes", "n:2300000 @personnes"),
    ("3 milliards d'habitants", "n:3000000000 @habitants"),
    ("12 % des voix", "n:12 % @voix"),
    ("12 pour cent des voix", "n:12 % @voix"),
    ("un budget de 1.500.000 euros", "n:1500000 EUR"),
    ("une amende de 5 000 €", "n:5000 EUR"),
    ("un prix de 20 dollars", "n:20 USD"),
    ("une facture de 300 livres sterling", "n:300 GBP"),
    ("9,4 millions d'habitants", "n:9400000 @habitants"),
    // number words
    ("quatorze ministres", "n:14 @ministres"),
    (
        "Quatorze ministres auraient été visés.",
        "n:14 @ministres | hedge",
    ),
    ("deux mille manifestants", "n:2000 @manifestants"),
    ("quatre-vingt-cinq militants", "n:85 @militants"),
    ("soixante-dix députés", "n:70 @députés"),
    ("vingt et un jours", "n:21 @jours"),
    ("trois cents soldats", "n:300 @soldats"),
    ("dix-sept rédactions", "n:17 @rédactions"),
    ("cent cinquante salariés", "n:150 @salariés"),
    ("onze joueurs", "n:11 @joueurs"),
    // approximations and bounds
    (
        "une vingtaine de responsables gouvernementaux",
        "n:20~ @responsables gouvernementaux",
    ),
    ("une centaine de manifestants", "n:100~ @manifestants"),
    ("une dizaine de pays", "n:10~ @pays"),
    ("des milliers de personnes", "n:2000>= @personnes"),
    ("environ 300 personnes", "n:300~ @personnes"),
    ("près de 40 pays", "n:40~ @pays"),
    ("presque 40 pays", "n:40~< @pays"),
    ("quasiment 40 pays", "n:40~< @pays"),
    ("quelque 200 salariés", "n:200~ @salariés"),
    ("au moins 180 journalistes", "n:180>= @journalistes"),
    // a range: a lower and an upper bound of the noun after both
    (
        "entre 10 et 20 personnes",
        "n:10>= @personnes | n:20<= @personnes",
    ),
    ("10 à 20 personnes", "n:10>= @personnes | n:20<= @personnes"),
    (
        "entre 2 et 3 millions d'euros",
        "n:2000000>= EUR | n:3000000<= EUR",
    ),
    // (not a change: "de 10 à 20")
    ("passé de 10 à 20 personnes", "n:10 | n:20 @personnes"),
    ("plus de 80 journalistes", "n:80> @journalistes"),
    ("moins de 10 pays", "n:10< @pays"),
    ("au plus 5 personnes", "n:5<= @personnes"),
    ("jusqu'à 20 ans de prison", "n:20<= @ans de prison"),
    // binding: what each number counts
    (
        "14 membres du gouvernement",
        "n:14 @membres du gouvernement",
    ),
    ("14 chefs d'État", "n:14 @chefs d'État"),
    ("65 chefs d'entreprise", "n:65 @chefs d'entreprise"),
    (
        "au moins 180 journalistes, 600 hommes et femmes politiques, 85 militants des droits humains",
        "n:180>= @journalistes | n:600 @hommes +femmes | n:85 @militants des droits humains",
    ),
    (
        "Allemagne (212), Royaume-Uni (79), Suisse (36), France (35) et Etats-Unis (28).",
        "n:212 #DE | n:79 #GB | n:36 #CH | n:35 #FR | n:28 #US",
    ),
    ("17 médias internationaux", "n:17 @médias internationaux"),
    ("10 pays", "n:10 @pays"),
    ("3 enfants", "n:3 @enfants"),
    ("200 policiers", "n:200 @policiers"),
    ("40 délégués", "n:40 @délégués"),
    // coordinated nouns: one count for both
    (
        "120 chercheurs et ingénieurs",
        "n:120 @chercheurs +ingénieurs",
    ),
    (
        "35 serveurs et 80 clients",
        "n:35 @serveurs | n:80 @clients",
    ),
    ("14 ministres et un Premier ministre", "n:14 @ministres"),
    (
        "18 médailles d'or et établi 21 records",
        "n:18 @médailles d'or | n:21 @records",
    ),
    // not counts
    ("un numéro du chef de l'État", ""),
    // a time of the day: one figure of the hour
    ("Publié à 8h20", "n:8.333333333333334 @h"),
    ("le 1er février", "d:02-01"),
    ("la confiance entre nos deux pays", ""),
    ("les deux parties", ""),
    ("la 3e édition", "n:3 @édition ord"),
    // dates
    ("ce jeudi 22 juillet", "d:07-22 wd:3"),
    ("le jeudi 22 juillet 2021", "d:2021-07-22 wd:3"),
    ("le 22/07/2021", "d:2021-07-22"),
    ("le 22 juillet 2021", "d:2021-07-22"),
    ("le 18 juillet", "d:07-18"),
    ("en juillet 2020", "d:2020-07"),
    ("en mai", "d:05"),
    ("à la mi-juillet", "d:07 mid"),
    ("début octobre", "d:10 early"),
    ("fin juin", "d:06 late"),
    ("depuis 2016", "d:2016 since"),
    ("en 2021", "d:2021"),
    ("mercredi", "d:07-21 wd:2"),
    ("le 28 août 2016", "d:2016-08-28"),
    ("le 1er novembre 1945", "d:1945-11-01"),
    ("le 14 février 2002", "d:2002-02-14"),
    ("Franz Liszt a vécu de 1811 à 1886.", "d:1811..1886"),
    ("entre 2010 et 2012", "d:2010..2012"),
    ("construit en 1810-1811", "d:1810..1811"),
    ("construit dans les années 1990", "d:1990 decade"),
    ("une mode des années 80", "d:1980 decade"),
    ("au début des années 2000", "d:2000 early decade"),
    ("à la fin des années 1970", "d:1970 late decade"),
    ("au milieu des années 1990", "d:1990 mid decade"),
    ("depuis les années 1990", "d:1990 decade since"),
    ("avant les années 1990", "d:1990 decade before"),
    ("les années 20", "n:20"),
    ("l'an dernier", "d:2020"),
    ("l'année prochaine", "d:2022"),
    ("cette année", "d:2021"),
    // negation
    ("NSO n'a pas souhaité commenter", "neg"),
    (
        "Ni le bureau du Premier ministre, ni NSO, n'ont fait de commentaires",
        "neg",
    ),
    ("ne bénéficient d'aucune protection", "neg"),
    ("Il n'a jamais dit cela", "neg"),
    ("aucune certitude n'est apparue", "neg"),
    ("Israël ne donnait des autorisations qu'à des États", ""),
    ("Il ne reste plus rien", "neg"),
    ("CVS va cesser de vendre sa marque", "neg"),
    ("le groupe a renoncé à son projet", "neg"),
    ("sans aucune preuve", "neg"),
    ("il n'y a fait nulle part mention de l'Ukraine", "neg"),
    ("ce texte n'a nul effet", "neg"),
    // certainty, not a negation of what follows
    ("sans aucun doute", ""),
    ("il ne fait aucun doute que le retard pèse", ""),
    // a negative adverbial negates the verb
    ("il ne peut en aucun cas circuler", "neg"),
    ("il n'a à aucun moment évoqué le code", "neg"),
    // "quarantaine" counts only what follows it
    ("une quarantaine de produits", "n:40~ @produits"),
    ("la quarantaine est obligatoire", ""),
    (
        "le Conseil, sans condamner l'invasion, a convoqué l'Assemblée",
        "neg",
    ),
    ("il est impossible que la molécule circule", "neg"),
    ("il n'a aucunement participé", "neg"),
    ("la polémique ne cesse de grandir", ""),
    ("il a sans doute menti", ""),
    ("il parle sans cesse", ""),
    ("jusqu'à décembre 2020", "d:2020-12 before"),
    ("adopté par 23 voix contre 8", "n:23 @voix | n:8 @voix"),
    ("les morts du Covid-19 en France", ""),
    ("le sommet du G7 a réuni 7 dirigeants", "n:7 @dirigeants"),
    ("avant 2019", "d:2019 before"),
    ("à partir de 2019", "d:2019 since"),
    ("Les téléphones bénéficient déjà de cette interdiction", ""),
    ("la police a arrêté le suspect", ""),
    // hedging
    ("le logiciel aurait permis d'espionner", "hedge"),
    ("le présumé espion", "hedge"),
    ("les cibles potentielles du logiciel", "hedge"),
    ("il serait parti", "hedge"),
    ("peut-être demain", "hedge"),
    ("le suspect, soupçonné d'avoir volé", "hedge"),
    ("Quatorze ministres ont été visés", "n:14 @ministres"),
    // conditions, denials
    ("Si les faits sont avérés, ils sont très graves.", "cond"),
    (
        "la France souhaite savoir si Israël a ouvert une enquête",
        "cond",
    ),
    ("ce que NSO réfute", "deny"),
    ("Des affirmations que Rabat a démenties", "deny"),
    ("Le royaume chérifien conteste son implication", "deny"),
    // attribution
    (
        "Selon Amnesty International, 14 ministres sont visés.",
        "n:14 @ministres | by:Amnesty International",
    ),
    (
        "des protocoles de sécurité, a indiqué l'Élysée en début de soirée.",
        "by:Élysée",
    ),
    ("d'après Le Monde, 17 médias", "n:17 @médias | by:Le Monde"),
    ("a rapporté Axios", "by:Axios"),
    ("Le nombre a été précisé : Allemagne (212).", "n:212 #DE"),
];

const ENGLISH: &[(&str, &str)] = &[
    // digits and separators
    ("France hosted 35 NSO servers.", "n:35 @NSO servers"),
    ("50,000 phone numbers", "n:50000 @phone numbers"),
    ("a list of 50,000 numbers", "n:50000 @numbers"),
    ("1,500,000 residents", "n:1500000 @residents"),
    ("9.4 million people", "n:9400000 @people"),
    ("a 27.5% rise", "n:27.5 % @rise"),
    ("12 percent of the vote", "n:12 %"),
    ("$27.5 billion", "n:27500000000 USD"),
    ("100 million euros", "n:100000000 EUR"),
    ("€5,000 fine", "n:5000 EUR @fine"),
    ("£300", "n:300 GBP"),
    ("2 million people", "n:2000000 @people"),
    ("1.5bn dollars", "n:1500000000 USD"),
    ("3 billion people", "n:3000000000 @people"),
    ("a 10 million euro plan", "n:10000000 EUR @plan"),
    ("0.5 percent", "n:0.5 %"),
    ("17 media outlets published it", "n:17 @media outlets"),
    ("14 heads of state were targeted", "n:14 @heads of state"),
    // number words
    ("fourteen ministers", "n:14 @ministers"),
    ("a dozen countries", "n:12 @countries"),
    ("two thousand protesters", "n:2000 @protesters"),
    ("eighty-five activists", "n:85 @activists"),
    ("twenty-one days", "n:21 @days"),
    ("three hundred soldiers", "n:300 @soldiers"),
    ("seventeen newsrooms", "n:17 @newsrooms"),
    ("one hundred and fifty employees", "n:150 @employees"),
    ("eleven players", "n:11 @players"),
    ("two ministers", "n:2 @ministers"),
    // approximations and bounds
    ("about 20 officials", "n:20~ @officials"),
    (
        "between 10 and 20 people",
        "n:10>= @people | n:20<= @people",
    ),
    ("10 to 20 people", "n:10>= @people | n:20<= @people"),
    ("10-20 people", "n:10>= @people | n:20<= @people"),
    ("rose from 10 to 20 people", "n:10 | n:20 @people"),
    (
        "between 2 and 3 million euros",
        "n:2000000>= EUR | n:3000000<= EUR",
    ),
    ("around 300 people", "n:300~ @people"),
    ("nearly 40 countries", "n:40~< @countries"),
    ("almost 40 countries", "n:40~< @countries"),
    ("roughly 200 workers", "n:200~ @workers"),
    ("some 200 workers", "n:200~ @workers"),
    ("at least 190 journalists", "n:190>= @journalists"),
    ("more than 80 journalists", "n:80> @journalists"),
    ("over 80 journalists", "n:80> @journalists"),
    ("fewer than 10 countries", "n:10< @countries"),
    ("less than 10 percent", "n:10< %"),
    ("up to 20 years", "n:20<= @years"),
    ("at most 5 people", "n:5<= @people"),
    ("dozens of people", "n:24>= @people"),
    ("hundreds of people", "n:200>= @people"),
    ("thousands of people", "n:2000>= @people"),
    // binding
    (
        "14 members of the government",
        "n:14 @members of the government",
    ),
    ("65 business leaders", "n:65 @business leaders"),
    ("85 human rights activists", "n:85 @human rights activists"),
    (
        "at least 180 journalists, 600 politicians and 85 activists",
        "n:180>= @journalists | n:600 @politicians | n:85 @activists",
    ),
    (
        "Germany (212), the United Kingdom (79), Switzerland (36)",
        "n:212 #DE | n:79 #GB | n:36 #CH",
    ),
    ("10 countries", "n:10 @countries"),
    ("40 delegates from Ghana", "n:40 @delegates"),
    ("200 police officers", "n:200 @police officers"),
    ("3 children", "n:3 @children"),
    ("45 delegates", "n:45 @delegates"),
    (
        "120 researchers and engineers",
        "n:120 @researchers +engineers",
    ),
    (
        "120 researchers and software engineers",
        "n:120 @researchers +engineers",
    ),
    // not counts
    ("the first meeting between the two ministers", ""),
    ("their three children", ""),
    ("the 14 ministers", "n:14 @ministers"),
    ("the 3rd edition", "n:3 @edition ord"),
    ("the 21st century", "n:21 @century ord"),
    ("at 8:20", ""),
    // dates
    ("on Thursday 22 July 2021", "d:2021-07-22 wd:3"),
    ("on 22 July 2021", "d:2021-07-22"),
    ("on July 22, 2021", "d:2021-07-22"),
    ("on 22 July", "d:07-22"),
    ("on 21 July", "d:07-21"),
    ("in July 2020", "d:2020-07"),
    ("in May", "d:05"),
    ("in mid-July", "d:07 mid"),
    ("in early October", "d:10 early"),
    ("in late June", "d:06 late"),
    ("since 2016", "d:2016 since"),
    ("in 2021", "d:2021"),
    ("on Wednesday", "d:07-21 wd:2"),
    ("on 28 August 2016", "d:2016-08-28"),
    ("on 1 November 1945", "d:1945-11-01"),
    ("on February 14, 2002", "d:2002-02-14"),
    ("on Friday 22 July", "d:07-22 wd:4"),
    ("22/07/2021", "d:2021-07-22"),
    ("from 1986 to 1993", "d:1986..1993"),
    ("between 2010 and 2012", "d:2010..2012"),
    ("built in the 1990s", "d:1990 decade"),
    ("a fashion of the '80s", "d:1980 decade"),
    ("in the 1990's", "d:1990 decade"),
    ("in the early 2010s", "d:2010 early decade"),
    ("in the mid-1990s", "d:1990 mid decade"),
    ("since the 1970s", "d:1970 decade since"),
    ("after the 1990s", "d:1990 decade after"),
    ("a man in his 30s", "n:30"),
    ("last year", "d:2020"),
    ("this year", "d:2021"),
    // negation
    ("NSO did not comment", "neg"),
    ("NSO didn't comment", "neg"),
    ("NSO declined to comment", "neg"),
    ("There is no evidence", "neg"),
    ("There is no doubt that the delay weighs", ""),
    ("The vaccine in no way alters DNA", "neg"),
    ("Ukraine is mentioned nowhere in the speech", "neg"),
    ("He never said it", "neg"),
    ("The company stopped selling the pills", "neg"),
    ("Neither the office nor NSO commented", "neg"),
    ("NSO commented on the meeting", ""),
    ("not only France but also Spain", ""),
    ("The bus stopped at the station", ""),
    ("The phones are protected", ""),
    ("The council met without condemning the invasion", "neg"),
    ("It is impossible to verify the figure", "neg"),
    ("until December 2020", "d:2020-12 before"),
    ("approved by 23 votes to 8", "n:23 @votes | n:8 @votes"),
    ("Covid-19 deaths in France", ""),
    ("the F-35 fleet of 14 aircraft", "n:14 @aircraft"),
    ("before 2019", "d:2019 before"),
    ("from 2019 onwards", "d:2019 since"),
    // hedging
    ("Ministers were allegedly targeted", "hedge"),
    ("Pegasus may have been used", "hedge"),
    ("according to Amnesty", "hedge | by:Amnesty"),
    ("the reportedly hacked phone", "hedge"),
    ("the suspected spy", "hedge"),
    ("Ministers were targeted", ""),
    // conditions, denials
    (
        "Axios does not say whether the proposal was accepted.",
        "neg | cond",
    ),
    ("If confirmed, the facts are serious.", "cond"),
    ("The company denied the allegations", "deny"),
    ("NSO disputes the findings", "deny"),
    ("NSO confirmed the findings", "by:NSO"),
    // attribution
    (
        "According to Amnesty International, France hosted 35 servers.",
        "n:35 @servers | hedge | by:Amnesty International",
    ),
    ("The Elysee said the meeting took place.", "by:The Elysee"),
    (
        "Axios reported that the proposal was discussed.",
        "by:Axios",
    ),
    ("the spokesman told reporters", ""),
    (
        "France hosted 35 servers, Amnesty said.",
        "n:35 @servers | by:Amnesty",
    ),
];

//! Closed word lists: titles, roles, pronouns, function words and organisation heads.
//! Every lookup takes a word as it stands in the text (case matters where noted).

use super::SortedWords;

/// Titles that stand before a name (`President Joe Biden`, `Dr. Smith`). Matched case-sensitively
/// with and without a final period.
#[rustfmt::skip]
static TITLES: SortedWords = sorted_words!("
    Admiral Adviser Advisor Agent Alderman Ambassador Archbishop Assistant Associate Attorney
    Auditor Bishop CEO Capt Captain Cardinal Chair Chairman Chairperson Chairwoman Chancellor Chef
    Chief Clerk Cllr Co-founder Coach Col Colonel Commander Commissioner Comptroller Congressman
    Congresswoman Const Constable Corporal Coun Councillor Councilman Councilor Councilwoman
    Counsel Cpl Crown Dame Dean Deputy Det Detective Director Dr Elder Emir Envoy Executive Father
    Founder Gen General Gov Governor Grand Head Imam Insp Inspector Judge Justice King Lady Leader
    Lieutenant Lord Lt MLA MNA MP MPP Majority Manager Marshal Mayor Minister Minority Miss Mr Mrs
    Ms Mx Officer Ombudsman Pope Premier President Press Prime Prince Princess Principal Prof
    Professor Queen Rabbi Rep Representative Rev Reverend Secretary Sen Sen. Senator Sergeant Sgt
    Sheikh Sheriff Sir Sister Speaker Spokesman Spokesperson Spokeswoman Superintendent Supt
    Treasurer Trustee Vice Warden Whip
");

/// Lower-case nouns for people by what they do or are (`Carolina coach Rod Brind'Amour`,
/// `the spokesperson`, `police`). Plural forms are listed where they commonly speak.
#[rustfmt::skip]
static ROLES: SortedWords = sorted_words!("
    accountant activist actor actress administration administrator admiral adviser advisor advocate
    agency agent aide alderman alderwoman ally ambassador analyst anchor announcer archbishop
    architect artist assemblyman assemblywoman assistant association astronomer athlete attendee
    attorney audience auditor aunt author authorities backer bailiff baker banker barber barrister
    bartender batsman batter billionaire biologist bishop blogger blueliner board boss bowler boxer
    boy boyfriend broadcaster broker brother builder businessman businessperson businesswoman
    butcher bystander caddie caller campaign campaigner camper candidate cantor captain cardinal
    caregiver caretaker carpenter cartoonist cashier catcher center centre ceo chair chairman
    chairperson chairwoman challenger chancellor chaplain chef chemist chief child children citizen
    classmate clerk client climatologist club co-worker coach cofounder colleague colonel columnist
    comedian commander commentator commenter commission commissioner committee commuter company
    complainant conductor confidant confidante congressman congresswoman constable consultant
    contender contractor coordinator cop cornerback coroner corporal correspondent council
    councillor councilman councilor councilwoman counsel counsellor counselor courier court cousin
    coworker creator critic crowd curate curator customer cyclist dad dancer daughter deacon dean
    defenceman defendant defender defenseman delegate demonstrator dentist department deputy
    designer detective developer dietitian diplomat director director-general dispatcher doctor
    donor driver ecologist economist editor electrician employee employer engineer entrepreneur
    envoy epidemiologist evacuee executive expert family fan farmer father fiance fiancee fighter
    filmmaker firefighter fisher fisherman follower forecaster foreperson forward founder friend
    front-runner frontrunner general geologist girl girlfriend goalie goalkeeper goaltender golfer
    government governor granddaughter grandfather grandmother grandson group guard hairdresser
    headmaster headmistress headteacher hiker historian homeowner host housekeeper hurdler husband
    illustrator imam immigrant incumbent infielder inmate inspector instructor intern interviewer
    investigator investigators investor janitor jockey journalist judge junior juror keeper kicker
    kid king landlord landowner lawmaker lawyer leader league lecturer left-hander legislator
    librarian lieutenant lifeguard linebacker lineman listener lobbyist loyalist magazine magistrate
    man manager marcher mayor mechanic member merchant meteorologist midfielder midwife migrant
    miner minister ministry mla moderator mogul mom mother mourner mp mpp msp mum musician narrator
    native negotiator neighbor neighbour nephew netminder network newspaper niece nominee novelist
    nurse observer observers oceanographer office officer official onlooker operative operator
    opponent organiser organizer outfielder outlet owner panelist paramedic parent participant
    partner passenger passerby pastor patient pedestrian pensioner people person pharmacist
    philanthropist photographer physician physicist pilot pitcher plaintiff planner player playmaker
    plumber podcaster poet police pollster pope porter premier premier-elect president
    president-elect priest prince princess principal prisoner producer professor programmer
    proprietor prosecutor protester provost psychiatrist psychologist publication publisher pundit
    punter quarterback queen rabbi rancher ranger rapper reader realtor receiver rector reeve
    referee refugee registrar relative reliever renter reporter representative researcher resident
    respondent retiree reverend right-hander rival rookie roommate runner sailor scholar scientist
    secretary seismologist selectman senator senior sergeant shareholder sheriff shopkeeper shopper
    shortstop singer sister skater skier skipper slugger soldier solicitor son songwriter source
    southpaw speaker specialist spectator spokesman spokespeople spokesperson spokesperson's
    spokeswoman sprinter staff staffer statement station stepfather stepmother strategist striker
    student subscriber superintendent supervisor supporter surgeon surrogate survivor suspect
    swimmer tabloid tailor taxpayer teacher team teammate technician teen teenager tenant therapist
    tourist trader trainer treasurer trooper trucker trustee tutor umpire uncle union user vendor
    veteran veterinarian vicar victim viewer villager virologist visitor volcanologist volunteer
    voter waiter waitress warden website welder widow widower wife winger witness woman worker
    writer
");

/// Words that make a name a place (`Lake Cowichan`, `Mount Royal`, `Fraser River`).
#[rustfmt::skip]
static PLACE_HEADS: SortedWords = sorted_words!("
    Avenue Bay Beach Boulevard Canyon Cape County Creek Desert Falls Fort Gulf Harbor Harbour
    Heights Highway Hills Island Islands Lake Lakes Mount Mt Ocean Parish Peninsula Port Province
    Ridge River Sea Springs States Strait Street Territories Territory Township Valley Village
");

/// Words that head an organisation's name (`the Justice Department`, `Fisheries Agency`).
#[rustfmt::skip]
static ORG_HEADS: SortedWords = sorted_words!("
    Academy Administration Agency Airlines Airways Alliance Army Assembly Association Authority
    Automotive Bancorp Bank Board Brands Brokerage Bureau Cabinet Campaign Capital Caucus Center
    Centre Chamber Chronicle Church City Clinic Club Coalition Collective College Commission
    Committee Commons Communications Company Conference Congress Consortium Construction
    Cooperative Corp Corporation Corps Council County Courier Court Department District Electric
    Embassy Energy Enterprises Entertainment Examiner Exchange Federation Foods Force Forces
    Foundation Fund Gazette Globe Government Group Guard Guild Health Herald Holdings Hospital
    Hotels Inc Industries Initiative Institute Institution Insurance Investments Journal Laboratory
    Labs League Library Logistics Ltd Media Mining Ministry Motors Movement Municipality Museum
    Nations Navy Network News Observer Office Organisation Organization Panel Parliament Partners
    Party Petroleum Pharmaceuticals Police Post Press Project Properties Province Realty Region
    Resources Robotics School Secretariat Securities Senate Service Services Society Software
    Solutions Stores Studios Syndicate Systems Team Technologies Telegraph Therapeutics Times
    Township Tribunal Tribune Trust Union University Ventures
");

/// Capitalised words that start sentences or headlines but never names.
#[rustfmt::skip]
static NOT_NAMES: SortedWords = sorted_words!("
    A Aboard About Above According Across Advertisement After Afterward Afterwards Again Against
    All Almost Along Alongside Already Also Although Always Amid Amidst Among Amongst An And
    Another Any Anybody Anyone Anything Apr April Are Aren't Around Article As Asked Asking At Atop
    Aug August Back Be Because Been Before Behind Being Below Beneath Beside Besides Between Beyond
    Both But By Can Can't Click Concerning Considering Could Currently Dec December Der Despite Did
    Didn't Die Do Does Doesn't Don't Down Dr During Each Earlier Editor Either El Even Eventually
    Ever Every Everybody Everyone Everything Except Excluding Feb February Few Finally First Five
    Follow Following For Former Four Friday From Furthermore Given Had Half Has Hasn't Have Haven't
    Having He He's Hello Hence Her Here Here's Hi His How However I I'm If Il In Including Indeed
    Initially Inside Instead Into Is Isn't It It's Its Jan January Jul July Jun June Just La Last
    Late Later Le Les Let Let's Like Los Many Mar March May Maybe Meanwhile Might Monday More
    Moreover Most Mr Mrs Ms Much Must My Near Nearly Neither Never Nevertheless New Next No Nobody
    None Nonetheless Nor Not Note Nothing Notwithstanding Nov November Now Oct October Of Off Often
    Oh On Once One Only Onto Or Other Otherwise Our Out Outside Over Overall Per Perhaps Photo
    Please Plenty Previously Read Recently Regarding Related Responding Saturday Second Sep Sept
    September Several Shall Share She She's Should Sign Since So Some Somebody Someone Something
    Sometimes Soon Speaking Still Story Such Sunday Thank Thanks That That's The Their Then Then-
    There There's Therefore These They They're Third This Those Though Three Through Throughout
    Thursday Thus To Today Tomorrow Tonight Toward Towards Tuesday Two Ultimately Under Underneath
    Unless Unlike Until Unto Up Update Updated Upon Versus Very Via Video Was Wasn't Watch We We're
    Wednesday Well Were What What's Whatever When Whenever Where Whereas Wherever Whether Which
    While Who Who's Whoever Why Will With Within Without Won't Would Yes Yesterday Yet You Your
");

/// Whether a capitalised word is a title that stands before a name (`President`, `Sen.`, `Dr`),
/// with or without its final period.
pub(crate) fn is_title(word: &str) -> bool {
    let w = word.strip_suffix('.').unwrap_or(word);
    TITLES.contains(w)
}

/// The office nouns an abbreviated title stands for (`Sen.` is a senator, `Rep.` a
/// representative, congressman or congresswoman; `Justice` a judge), so that a description
/// (`the senator`) can name the person introduced with the abbreviation. Empty for other words.
pub(crate) fn title_nouns(word: &str) -> &'static [&'static str] {
    match word.strip_suffix('.').unwrap_or(word) {
        "Sen" => &["senator"],
        "Rep" => &["representative", "congressman", "congresswoman"],
        "Gov" => &["governor"],
        "Lt" => &["lieutenant"],
        "Gen" => &["general"],
        "Col" => &["colonel"],
        "Capt" => &["captain"],
        "Sgt" => &["sergeant"],
        "Cpl" => &["corporal"],
        "Det" => &["detective"],
        "Insp" => &["inspector"],
        "Supt" => &["superintendent"],
        "Const" => &["constable"],
        "Coun" | "Cllr" => &["councillor", "councilor"],
        "Prof" => &["professor"],
        "Dr" => &["doctor"],
        "Rev" => &["reverend"],
        "Justice" => &["judge"],
        _ => &[],
    }
}

/// Role nouns English uses for one another (`the goalie` for someone introduced as a
/// goaltender): the group holding `head`, or none.
pub(crate) fn role_synonyms(head: &str) -> &'static [&'static str] {
    // Not `lawyer` and `attorney`, nor `minister` and `pastor`: a court story has lawyers on
    // both sides, and a minister may be of a government.
    const GROUPS: [&[&str]; 7] = [
        &["goalie", "goaltender", "goalkeeper", "keeper", "netminder"],
        &["defenceman", "defenseman", "blueliner"],
        // `chair` is found in `who chairs the committee` too.
        &["chairman", "chairwoman", "chairperson", "chair"],
        &["spokesperson", "spokesman", "spokeswoman"],
        &["doctor", "physician"],
        &["councillor", "councilor", "councilman", "councilwoman"],
        &["congressman", "congresswoman", "representative"],
    ];
    GROUPS
        .into_iter()
        .find(|g| g.contains(&head))
        .unwrap_or(&[])
}

/// A role noun, singular or plural (`voter`, `voters`, `deputies`).
pub(crate) fn is_role(lower: &str) -> bool {
    let mut buf = [0u8; 24];
    ROLES.contains(lower)
        || singular(lower, &mut buf).is_some_and(|one| ROLES.contains(one))
        // `vice-president`, `co-founders`, `ex-husband`: a role with a prefix of rank.
        || super::at_hyphen(lower).is_some_and(|(prefix, rest)| {
            matches!(prefix, "vice" | "co" | "ex" | "deputy" | "assistant" | "acting")
                && is_role(rest)
        })
}

/// Whether a word looks plural by its spelling: an `s` that is no `ss` (`officials`, not
/// `boss`). A guess, for nouns the lists do not hold.
pub(crate) fn looks_plural(word: &str) -> bool {
    word.ends_with('s') && !word.ends_with("ss")
}

/// A role in the plural (`nurses`, `doctors`): one person's title never is, so capitalised
/// inside a name it makes an organisation's (`National Nurses United`, `Doctors Nova Scotia`).
pub(crate) fn is_plural_role(lower: &str) -> bool {
    let mut buf = [0u8; 24];
    !ROLES.contains(lower) && singular(lower, &mut buf).is_some_and(|one| ROLES.contains(one))
}

/// The singular of a regular plural noun, lower case (`voters`, `deputies`, `witnesses`),
/// spelled in `buf` where it differs by more than an `s`.
fn singular<'a>(lower: &'a str, buf: &'a mut [u8; 24]) -> Option<&'a str> {
    let Some(stem) = lower.strip_suffix("ies") else {
        // `witnesses`, `coaches`: `-es` after a hissing sound.
        let hiss = |one: &&str| one.ends_with("ss") || one.ends_with("ch") || one.ends_with("sh");
        return lower
            .strip_suffix("es")
            .filter(hiss)
            .or_else(|| lower.strip_suffix('s').filter(|one| !one.ends_with('s')));
    };
    let n = stem.len() + 1;
    buf.get_mut(..stem.len())?.copy_from_slice(stem.as_bytes());
    *buf.get_mut(stem.len())? = b'y';
    std::str::from_utf8(&buf[..n]).ok()
}

/// A party's label for its members, which stands before a name as an affiliation
/// (`Democrat Hillary Clinton`, `Conservative MP Jane Doe`).
pub(crate) fn is_party_label(word: &str) -> bool {
    matches!(
        word,
        "Democrat"
            | "Democratic"
            | "Republican"
            | "GOP"
            | "Libertarian"
            | "Conservative"
            | "Labour"
    )
}

/// The party a word names, as one word (`Democratic` and `Democrat` → `democrat`), for telling
/// whether two mentions can be one person (`the Ohio Democrat` is no Republican). Capitalised
/// only: `liberal` and `independent` in lower case are no party.
pub(crate) fn party(word: &str) -> Option<&'static str> {
    Some(match word {
        "Democrat" | "Democratic" | "Democrats" | "Dem" => "democrat",
        "Republican" | "Republicans" | "GOP" => "republican",
        "Independent" => "independent",
        "Libertarian" => "libertarian",
        "Conservative" | "Tory" => "conservative",
        "Liberal" => "liberal",
        "Labour" | "Labor" => "labour",
        "Green" => "green",
        _ => return None,
    })
}

/// A party's word for one member (`Democrat`, not `Democratic` or `Democrats`).
pub(crate) fn is_party_member(word: &str) -> bool {
    matches!(
        word,
        "Democrat"
            | "Republican"
            | "Independent"
            | "Libertarian"
            | "Conservative"
            | "Liberal"
            | "Tory"
    )
}

/// Nouns for one person of a country, nation or region, as English writes them capitalised
/// (`the Swede`, `the 31-year-old Albertan`): sports and world news call someone named before
/// by them. Only nouns: an adjective that is also one (`Canadian`) stands for a person only
/// when no noun follows it, which the phrase readers check. Several-word ones (`New Zealander`)
/// are left out.
#[rustfmt::skip]
static DEMONYMS: SortedWords = sorted_words!("
    Afghan Albanian Albertan Algerian American Argentine Argentinian Armenian Australian Austrian
    Bangladeshi Belarusian Belgian Bosnian Brazilian Brit Briton Bulgarian Californian Cameroonian
    Canadian Chilean Chinese Colombian Croat Croatian Cuban Czech Dane Dominican Dutchman
    Dutchwoman Ecuadorian Egyptian Englishman Englishwoman Estonian Ethiopian Filipina Filipino
    Finn Floridian Frenchman Frenchwoman Georgian German Ghanaian Greek Haitian Hungarian Icelander
    Indian Indonesian Iranian Iraqi Irishman Irishwoman Israeli Italian Jamaican Japanese Jordanian
    Kazakh Kenyan Kiwi Korean Latvian Lebanese Lithuanian Manitoban Mexican Moroccan Newfoundlander
    Nigerian Norwegian Ontarian Pakistani Palestinian Peruvian Pole Portuguese Quebecer Quebecker
    Romanian Russian Saudi Scot Scotsman Scotswoman Senegalese Serb Serbian Slovak Slovakian
    Slovene Slovenian Somali Spaniard Sudanese Swede Swiss Syrian Taiwanese Texan Thai Tunisian
    Turk Ugandan Ukrainian Uruguayan Venezuelan Vietnamese Welshman Welshwoman Zimbabwean
");

/// Whether `word`, as written, is a noun for one person of a country or region (`Swede`).
pub(crate) fn is_demonym(word: &str) -> bool {
    DEMONYMS.contains(word)
}

/// Whether a lower-case word is a party as [`party`] gives it.
pub(crate) fn is_party_name(lower: &str) -> bool {
    matches!(
        lower,
        "democrat"
            | "republican"
            | "independent"
            | "libertarian"
            | "conservative"
            | "liberal"
            | "labour"
            | "green"
    )
}

/// The party of a US legislator's tag (`D-Ohio` → `democrat`), and its state's letters.
pub(crate) fn party_tag(word: &str) -> Option<(&'static str, &str)> {
    if !is_party_tag(word) {
        return None;
    }
    let party = match word.as_bytes()[0] {
        b'D' => "democrat",
        b'R' => "republican",
        _ => "independent",
    };
    Some((party, word.get(2..)?))
}

/// Whether `short` may be written for `long`, both lower case: the same, its initials
/// (`ny`, `new york`), or its first letter and then some of its letters in order (`ky`,
/// `kentucky`; `calif`, `california`): how news abbreviates places, with no list of them.
pub(crate) fn abbreviates(short: &str, long: &str) -> bool {
    if short == long {
        return true;
    }
    if long.contains(' ') {
        let initials: String = long.split(' ').filter_map(|w| w.chars().next()).collect();
        return short == initials;
    }
    let mut rest = long.chars();
    short.len() >= 2
        && short.len() < long.len()
        && short.chars().next() == long.chars().next()
        && short.chars().all(|c| rest.any(|l| l == c))
}

/// Words that open a place's name (`New York`, `Los Angeles`, `El Paso`, `North Dakota`,
/// `South Africa`), never a person's.
pub(crate) fn is_place_opener(word: &str) -> bool {
    matches!(
        word,
        "New" | "Los" | "Las" | "El" | "North" | "South" | "East" | "West"
    )
}

/// Nouns for an institution, which stand for one named before or speak as one (`the company
/// said`, `the committee voted`). Lower case: capitalised, they head a name (`ORG_HEADS`).
#[rustfmt::skip]
static INSTITUTIONS: SortedWords = sorted_words!("
    academy administration agency airline alliance army association authority automaker bank board
    broadcaster brokerage campaign carrier caucus chamber charity church city clinic club coalition
    college commission committee company consortium cooperative corporation council county court
    department district embassy federation firm foundation government group guild hospital
    institute insurer league lender library magazine manufacturer ministry movement municipality
    museum network newspaper office organisation organization outlet panel party province
    publication railway regulator retailer school service society station tabloid team township
    tribunal union university utility website
");

/// Whether a capitalised word ends a news outlet's name (`The Canadian Press`, `the Valley
/// Courier`): an outlet is what only an outlet's noun refers back to.
pub(crate) fn is_outlet_head(word: &str) -> bool {
    matches!(
        word,
        "Press"
            | "News"
            | "Times"
            | "Post"
            | "Herald"
            | "Journal"
            | "Tribune"
            | "Gazette"
            | "Telegraph"
            | "Guardian"
            | "Chronicle"
            | "Observer"
            | "Courier"
            | "Examiner"
            | "Magazine"
    )
}

/// Whether a lower-case word may name a news outlet or its part (`the newspaper`, `the
/// editorial board`).
pub(crate) fn is_outlet_noun(lower: &str) -> bool {
    matches!(
        lower,
        "newspaper"
            | "paper"
            | "editorial"
            | "outlet"
            | "magazine"
            | "publication"
            | "tabloid"
            | "website"
            | "agency"
            | "broadcaster"
            | "network"
            | "station"
    )
}

/// Nouns for people taken together, singular in form (`the crowd chanted`): never one person.
pub(crate) fn is_collective(lower: &str) -> bool {
    matches!(
        lower,
        "crowd"
            | "audience"
            | "family"
            | "people"
            | "police"
            | "staff"
            | "children"
            | "crew"
            | "spokespeople"
            | "public"
            | "jury"
    )
}

/// Whether a lower-case word is an institution's noun.
pub(crate) fn is_institution(lower: &str) -> bool {
    INSTITUTIONS.contains(lower)
}

/// What a ministry or department is of, in a title (`Minister of Innovation`, `Secretary of
/// State`): after `of`, these words belong to the title, not to a name.
static PORTFOLIOS: SortedWords = sorted_words!(
    "
    Affairs Agriculture Change Children Citizenship Climate Commerce Communities Culture Defence
    Defense Development Economic Economy Education Employment Energy Environment Equality Families
    Finance Fisheries Foreign Gender Health Heritage Homeland Housing Human Immigration Indigenous
    Industry Infrastructure Innovation Intergovernmental Interior International Justice Labor
    Labour Municipal National Natural Northern Oceans Public Relations Resources Revenue Safety
    Science Security Seniors Services Social Sport State Tourism Trade Transport Transportation
    Treasury Veterans Women Youth
"
);

/// A word naming a portfolio (`Justice`, `State`) in a title after `of`.
pub(crate) fn is_portfolio(word: &str) -> bool {
    PORTFOLIOS.contains(word)
}

/// A title that goes before any name and says nothing of an office (`Mr.`, `Sir`; `Dr.` only
/// that they are a doctor, see [`title_nouns`]), with or without its full stop.
pub(crate) fn is_honorific(word: &str) -> bool {
    matches!(
        word.strip_suffix('.').unwrap_or(word),
        "Mr" | "Mrs" | "Ms" | "Miss" | "Mx" | "Dr" | "Sir"
    )
}

/// Roles that are common surnames too (`Jason Porter`, `Anna Fisher`).
pub(crate) fn is_surname_role(lower: &str) -> bool {
    SURNAME_ROLES.contains(lower)
}

#[rustfmt::skip]
static SURNAME_ROLES: SortedWords = sorted_words!("
    archer barber bishop brewer butler carpenter cooper dean driver farmer fisher hunter judge
    knight marshal mason miller page painter porter potter sawyer shepherd singer steward taylor
    turner weaver
");

/// Adjectives that describe a statement between its determiner and its noun (`his recent
/// remarks`, `the senator's earlier claims`): the noun is no verb. None of them is also a noun
/// that speaks (`the official says`, `the brief argues`).
pub(crate) fn describes_statement(lower: &str) -> bool {
    DESCRIBES_STATEMENT.contains(lower)
}

#[rustfmt::skip]
static DESCRIBES_STATEMENT: SortedWords = sorted_words!("
    additional angry closing controversial derogatory disparaging earlier final first further harsh
    inflammatory initial last latest many new numerous offensive opening own past prepared previous
    private public racist recent repeated several sexist similar various written
");

/// Words before a role that make part of it (`former`, `then-`, `longtime`).
pub(crate) fn modifies_role(lower: &str) -> bool {
    matches!(
        lower,
        "former"
            | "then"
            | "late"
            | "retired"
            | "longtime"
            | "long-time"
            | "veteran"
            | "fellow"
            | "current"
            | "acting"
            | "interim"
            | "outgoing"
            | "incoming"
            | "newly"
            | "senior"
            | "junior"
            | "chief"
            | "lead"
            | "top"
            | "presumptive"
            | "prime"
            | "ranking"
    )
}

pub(crate) fn is_place_head(word: &str) -> bool {
    PLACE_HEADS.contains(word.strip_suffix('.').unwrap_or(word))
}

pub(crate) fn is_org_head(word: &str) -> bool {
    ORG_HEADS.contains(word.strip_suffix('.').unwrap_or(word))
}

pub(crate) fn is_not_name(word: &str) -> bool {
    NOT_NAMES.contains(word)
}

/// Particles that may open a name written in lower case (`de Volkskrant`, `van der Berg`): the
/// European ones. `al`, `el`, `bin` before a capital are as often an article (`al Qaeda-linked`).
pub(crate) fn is_leading_particle(word: &str) -> bool {
    matches!(
        word,
        "van" | "von" | "de" | "der" | "den" | "du" | "da" | "di" | "la" | "le"
    )
}

/// Arabic articles a name is written with, joined on in lower case (`an-Nahda`, `al-Sadr`).
pub(crate) fn is_joined_article(word: &str) -> bool {
    matches!(word, "al" | "an" | "ad" | "ar" | "as" | "at" | "el" | "ul")
}

/// Irregular past participles that open a phrase describing what stands before them (`The
/// memo, written by a deputy chief, warned`), as a regular one in -ed does (`signed by`). Not
/// those spelt as a base form too (`read`, `put`, `cut`), nor verbs of saying.
pub(crate) fn is_irregular_participle(lower: &str) -> bool {
    IRREGULAR_PARTICIPLES.contains(lower)
}

#[rustfmt::skip]
static IRREGULAR_PARTICIPLES: SortedWords = sorted_words!("
    beaten begun born bought bound broken brought built caught chosen drawn driven fallen fled
    forbidden forgotten found frozen given grown held hidden kept known led made mistaken overseen
    paid risen seen sent shaken shown sold sought spent stolen struck sworn taken taught thrown
    torn undertaken won worn written
");

/// What a verb of saying governs its object on through (`chided Trump for`, `urged the
/// council to`, `warned them that`, `warned officers against`).
pub(crate) fn governs_object(lower: &str) -> bool {
    matches!(
        lower,
        "for" | "to" | "that" | "of" | "about" | "over" | "against"
    )
}

/// The finite forms of `be` (`That was the message`, `was asked`).
pub(crate) fn is_finite_be(lower: &str) -> bool {
    matches!(lower, "is" | "are" | "was" | "were")
}

/// Forms of the verbs of telling, whose object is who listens (`told Tracy she was "..."`,
/// `told The Canadian Press`), not who speaks.
pub(crate) fn tells_listener(lower: &str) -> bool {
    matches!(
        lower,
        "told" | "tells" | "tell" | "telling" | "informed" | "reminded" | "assured" | "reassured"
    )
}

/// Past forms of verbs whose object is who listens (`was asked`, `were told`): in the passive,
/// their subject is the listener.
pub(crate) fn addresses_listener(lower: &str) -> bool {
    matches!(
        lower,
        "asked" | "told" | "questioned" | "pressed" | "quizzed" | "reminded" | "warned"
    )
}

/// Nouns for what someone said (`That was the message from ...`, `the verdict of ...`).
pub(crate) fn names_words(lower: &str) -> bool {
    matches!(
        lower,
        "message"
            | "words"
            | "warning"
            | "plea"
            | "advice"
            | "reaction"
            | "response"
            | "verdict"
            | "view"
            | "assessment"
            | "answer"
            | "reply"
            | "promise"
            | "pledge"
            | "sentiment"
    )
}

/// Words that stand for more of a kind just named (`Another tweeted`, `Others shouted`).
pub(crate) fn is_elliptical(lower: &str) -> bool {
    matches!(lower, "another" | "others")
}

/// Lower-case particles inside names (`Beth van Schaack`, `Charles de Gaulle`).
pub(crate) fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "van"
            | "von"
            | "de"
            | "der"
            | "den"
            | "del"
            | "della"
            | "da"
            | "di"
            | "du"
            | "la"
            | "le"
            | "bin"
            | "ibn"
            | "al"
            | "el"
            | "dos"
            | "das"
            | "ter"
            | "ten"
            | "St."
            | "y"
    )
}

/// Gender a pronoun refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
}

/// Pronouns that can name a speaker (`he said`), with what they refer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pronoun {
    Gendered(Gender),
    /// `they`, `we`, `it`: a group or an organisation.
    Plural,
    /// `I`, `you`: never resolved to a speaker.
    Other,
}

/// An article or a possessive before a noun (`the`, `a`, `her`): what follows is a noun phrase.
pub(crate) fn is_article_or_possessive(lower: &str) -> bool {
    matches!(
        lower,
        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your"
    )
}

pub(crate) fn pronoun(word: &str) -> Option<Pronoun> {
    let mut buf = [0u8; 24];
    Some(match super::ascii_lower(word, &mut buf)? {
        "he" => Pronoun::Gendered(Gender::Male),
        "she" => Pronoun::Gendered(Gender::Female),
        "they" | "we" | "it" => Pronoun::Plural,
        "i" | "you" => Pronoun::Other,
        _ => return None,
    })
}

/// Documents that speak for whoever wrote them (`the report said`, `says a document titled`,
/// `the statement said`, `the order released Friday said`).
pub(crate) fn is_document(lower: &str) -> bool {
    DOCUMENTS.contains(lower)
}

#[rustfmt::skip]
static DOCUMENTS: SortedWords = sorted_words!("
    ad advertisement affidavit analysis article assessment audit bill blog book bulletin column
    complaint decision declaration document e-mail editorial email filing flyer indictment lawsuit
    letter manifesto memo memoir message motion newsletter note notice op-ed order paper petition
    post proposal readout release report ruling statement study survey transcript tweet video
");

/// Organisations that act in someone's name: `her campaign said` is the campaign speaking,
/// not the candidate, as `the Clinton campaign said` is.
pub(crate) fn acts_for_owner(lower: &str) -> bool {
    matches!(lower, "campaign" | "administration" | "government") || is_owned_office(lower)
}

/// Of the organisations that act in someone's name, those English names with a possessive
/// (`Reyes's office`, not `the Reyes office`).
pub(crate) fn is_owned_office(lower: &str) -> bool {
    matches!(lower, "office")
}

/// Roles that are a relation to someone (`a Clinton ally`, `the Christie supporter`): the one
/// named before them is whom they relate to, not who they are.
pub(crate) fn is_relation(lower: &str) -> bool {
    matches!(
        lower,
        "ally"
            | "backer"
            | "confidant"
            | "confidante"
            | "donor"
            | "loyalist"
            | "rival"
            | "supporter"
            | "surrogate"
            | "fan"
            | "critic"
            | "friend"
    )
}

/// `D-Calif.`, `R-Texas`, `I-Vt.`, `D-N` (of `D-N.Y.`): a US legislator's party and state, as
/// US news writes them.
pub(crate) fn is_party_tag(word: &str) -> bool {
    matches!(word.as_bytes(), [b'D' | b'R' | b'I', b'-', c, ..] if c.is_ascii_uppercase())
}

/// Words of a photo credit (`(AP Photo/Jane Doe)`, `(Getty Images)`, `(File photo)`).
pub(crate) fn is_credit_word(lower: &str) -> bool {
    matches!(
        lower,
        "photo" | "photos" | "photograph" | "file" | "images" | "courtesy" | "handout"
    )
}

/// Things that speak for their owner: `her statement read`, `Wilson-Raybould's office told`,
/// `the company's website says`. The owner is the speaker.
pub(crate) fn is_proxy(lower: &str) -> bool {
    matches!(
        lower,
        "statement"
            | "office"
            | "campaign"
            | "website"
            | "memo"
            | "letter"
            | "email"
            | "e-mail"
            | "release"
            | "tweet"
            | "post"
            | "account"
            | "blog"
            | "lawsuit"
            | "filing"
            | "affidavit"
    )
}

/// Words after which a pronoun shows the gender of the person just named (`his`, `her`).
pub(crate) fn gender_evidence(lower: &str) -> Option<Gender> {
    match lower {
        "he" | "his" | "him" | "himself" => Some(Gender::Male),
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

/// Gender a title implies.
pub(crate) fn title_gender(word: &str) -> Option<Gender> {
    match word.strip_suffix('.').unwrap_or(word) {
        "Mr" | "Sir" | "King" | "Prince" | "Lord" | "Father" | "Congressman" | "Chairman"
        | "Spokesman" | "Councilman" | "Brother" => Some(Gender::Male),
        "Mrs" | "Ms" | "Miss" | "Queen" | "Princess" | "Lady" | "Dame" | "Sister"
        | "Congresswoman" | "Chairwoman" | "Spokeswoman" | "Councilwoman" => Some(Gender::Female),
        _ => None,
    }
}

/// Gender a lower-case noun for a person implies (`her father Khaled`, `the incoming
/// chairwoman`).
pub(crate) fn noun_gender(lower: &str) -> Option<Gender> {
    match lower {
        "father" | "son" | "brother" | "husband" | "uncle" | "nephew" | "grandfather"
        | "grandson" | "boyfriend" | "dad" | "stepfather" | "widower" | "man" | "boy"
        | "chairman" | "spokesman" | "congressman" | "councilman" | "businessman" | "alderman"
        | "actor" | "king" | "prince" => Some(Gender::Male),
        "mother" | "daughter" | "sister" | "wife" | "aunt" | "niece" | "grandmother"
        | "granddaughter" | "girlfriend" | "mom" | "mum" | "stepmother" | "widow" | "woman"
        | "girl" | "chairwoman" | "spokeswoman" | "congresswoman" | "councilwoman"
        | "businesswoman" | "alderwoman" | "actress" | "queen" | "princess" => Some(Gender::Female),
        _ => None,
    }
}

/// Nouns of close family, whose bearer usually has the family name of whose family it is
/// (`his wife, Jane`; not `uncle` or `girlfriend`).
pub(crate) fn shares_family_name(lower: &str) -> bool {
    matches!(
        lower.strip_suffix('s').unwrap_or(lower),
        "father"
            | "son"
            | "brother"
            | "husband"
            | "grandson"
            | "dad"
            | "widower"
            | "mother"
            | "daughter"
            | "sister"
            | "wife"
            | "granddaughter"
            | "mom"
            | "mum"
            | "widow"
    )
}

/// Words whose `'s` is a contracted `is` or `us`, never a possessive (`Here's Clinton in 1992:`,
/// `Then there's Axelrod.`, `It's`, `That's`, `Let's`) and that open sentences: lower case.
pub(crate) fn takes_contraction(lower: &str) -> bool {
    matches!(lower, "here" | "there" | "it" | "that" | "what" | "let")
}

/// Determiners that bring someone new into the story (`a spokesperson`, `one aide`, `another
/// delegate`), where `the` refers back.
pub(crate) fn is_indefinite(lower: &str) -> bool {
    matches!(lower, "a" | "an" | "one" | "another")
}

/// Lower-case words that join or govern phrases and never describe a person: a description
/// (`the cautious candidate`) stops at them.
pub(crate) fn is_function_word(lower: &str) -> bool {
    matches!(
        lower,
        "and"
            | "or"
            | "but"
            | "nor"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "by"
            | "for"
            | "with"
            | "from"
            | "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "as"
            | "than"
            | "is"
            | "was"
            | "are"
            | "were"
            | "be"
            | "been"
            | "not"
            | "no"
            | "so"
            | "if"
            | "when"
            | "while"
            | "after"
            | "before"
            | "since"
            | "because"
            | "this"
            | "these"
            | "those"
            | "there"
            | "here"
            | "it"
            | "what"
            | "about"
            | "into"
            | "over"
            | "said"
            | "says"
    )
}

/// A word that counts what follows (`two`, `several`).
pub(crate) fn is_count(lower: &str) -> bool {
    matches!(
        lower,
        "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "dozens"
            | "hundreds"
            | "thousands"
            | "several"
            | "some"
            | "many"
    )
}

/// Words that take a part of a group (`one of the officials`, `many of them`).
pub(crate) fn is_partitive(lower: &str) -> bool {
    is_count(lower)
        || matches!(
            lower,
            "one" | "most" | "each" | "both" | "all" | "none" | "few" | "half"
        )
}

/// Prepositions that place someone in what they speak for (`a spokesman for the company`,
/// `Jeffrey Lewis of the Center`).
pub(crate) fn is_placing(lower: &str) -> bool {
    matches!(lower, "of" | "at" | "for" | "from" | "with")
}

/// Words that place an unnamed source before a preposition (`people familiar with the
/// matter`, `a source close to the family`, `officials briefed on the talks`).
pub(crate) fn places_a_source(lower: &str) -> bool {
    matches!(lower, "familiar" | "close" | "briefed" | "knowledgeable")
}

/// Prepositions that say where people are (`Officials in Ottawa said`, `Republicans on
/// Capitol Hill say`): the place they govern is no speaker.
pub(crate) fn is_locating(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "on" | "across" | "around" | "inside" | "outside" | "near" | "within"
    )
}

/// Conjunctions that open a clause of their own, which a verb of saying before them does not
/// report (`Axelrod tweeted after Clinton argued that "..."`).
pub(crate) fn opens_other_clause(lower: &str) -> bool {
    matches!(
        lower,
        "after"
            | "while"
            | "as"
            | "when"
            | "before"
            | "because"
            | "since"
            | "although"
            | "though"
            | "but"
            | "whereas"
            | "until"
    )
}

/// Verbs whose object, then `as saying`, is who spoke (`Reuters quoted Ana Ruiz as saying`).
pub(crate) fn quotes_someone(lower: &str) -> bool {
    matches!(lower, "quoted" | "quotes" | "quoting" | "quote")
}

/// Participles of getting hold of a document (`a memo obtained by The Globe`): the one named
/// after `by` has it, and did not write it.
pub(crate) fn gets_hold_of(lower: &str) -> bool {
    matches!(
        lower,
        "obtained" | "seen" | "reviewed" | "viewed" | "received" | "acquired" | "intercepted"
    )
}

/// Verbs of going to a medium to speak from it (`took to Twitter to say`, `went on CNN to
/// declare`, `turned to Facebook to ask`): the one who goes speaks, not the medium.
pub(crate) fn goes_to_a_medium(lower: &str) -> bool {
    matches!(
        lower,
        "took"
            | "take"
            | "takes"
            | "taking"
            | "went"
            | "go"
            | "goes"
            | "going"
            | "turned"
            | "turn"
            | "turns"
            | "turning"
    )
}

/// Verbs whose object, then a participle of saying, is who spoke (`the clip shows Mayor Park
/// telling supporters`).
pub(crate) fn shows_someone(lower: &str) -> bool {
    matches!(
        lower,
        "shows"
            | "showed"
            | "shown"
            | "show"
            | "captured"
            | "captures"
            | "caught"
            | "heard"
            | "hears"
            | "hear"
    )
}

/// Forms of `have`, `be` and `do` that agree with one subject only (`Couric has`, `it is`).
pub(crate) fn agrees_with_one(lower: &str) -> bool {
    matches!(lower, "has" | "is" | "was" | "does")
}

/// Words that introduce a quoted term rather than speech (`so-called "Starlight Tours"`).
#[rustfmt::skip]
pub(crate) fn introduces_term(lower: &str) -> bool {
    TERM_INTRODUCERS.contains(lower) || introduces_title(lower)
}

#[rustfmt::skip]
static TERM_INTRODUCERS: SortedWords = sorted_words!("
    banner branded buzzword buzzwords campaign christened coined dubbed expression expressions
    hashtag initiative known label labeled labelled mantra marked moniker motto name named nickname
    nicknamed operation phrase phrases project reading slogan so-called stamped term termed terms
    word words
");

/// Nouns for a body of workers or members, any of which may refer back to one named by
/// another (`the Ontario Nurses' Association` ... `the union`).
pub(crate) fn is_union(lower: &str) -> bool {
    matches!(
        lower,
        "union" | "association" | "federation" | "guild" | "alliance"
    )
}

/// Things that carry words for all to read (`one sign`, `a banner`, `her T-shirt`).
pub(crate) fn is_sign(lower: &str) -> bool {
    matches!(
        lower,
        "sign"
            | "signs"
            | "placard"
            | "placards"
            | "banner"
            | "banners"
            | "poster"
            | "posters"
            | "billboard"
            | "shirt"
            | "t-shirt"
            | "sticker"
    )
}

/// Words that introduce the proper name of an undertaking (`Operation "Starlight"`, the
/// `"Clean Streets" initiative`): a quotation after one names it only if it starts with a
/// capital (`his campaign "hemorrhaging cash"` quotes someone), as after a word that introduces
/// a work's title (`said the program "came too late"`).
pub(crate) fn introduces_proper_name(lower: &str) -> bool {
    matches!(lower, "campaign" | "initiative" | "operation" | "project")
}

/// Words of [`introduces_term`] that are verbs as often as nouns (`polls show`, `they report`).
pub(crate) fn is_noun_or_verb(lower: &str) -> bool {
    matches!(
        lower,
        "show"
            | "play"
            | "report"
            | "study"
            | "label"
            | "campaign"
            | "headline"
            | "program"
            | "exhibit"
            | "project"
    )
}

/// Words that introduce the title of a work (`the film "..."`, `titled "..."`).
#[rustfmt::skip]
pub(crate) fn introduces_title(lower: &str) -> bool {
    TITLE_INTRODUCERS.contains(lower)
}

#[rustfmt::skip]
static TITLE_INTRODUCERS: SortedWords = sorted_words!("
    album article book column documentary entitled episode essay exhibit exhibition film headline
    headlined movie novel play podcast poem program programme report series show single song
    starred starring study titled
");

/// Words that say when (`Monday`, `week`, `morning`): with `on`, `last`, `this` or `earlier`
/// before them they make a time phrase that may stand between a subject and its verb (`Sanders
/// on Saturday criticized`).
pub(crate) fn is_time_word(lower: &str) -> bool {
    // `Monday` ... `Sunday`, `today`, `yesterday`
    lower.ends_with("day")
        || matches!(
            lower,
            "tonight"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "week"
                | "weekend"
                | "month"
        )
}

/// Recordings, which show someone speaking (`footage of`, `a video of`).
pub(crate) fn is_recording(lower: &str) -> bool {
    matches!(
        lower,
        "footage"
            | "video"
            | "videos"
            | "clip"
            | "clips"
            | "recording"
            | "recordings"
            | "tape"
            | "tapes"
            | "audio"
            | "film"
    )
}

/// Forms of `be`, `have` and `do`, and the modals: the finite verb of a clause of its own
/// (`Trump has also announced`).
pub(crate) fn is_auxiliary(lower: &str) -> bool {
    matches!(
        lower,
        "is" | "was"
            | "were"
            | "are"
            | "has"
            | "had"
            | "have"
            | "did"
            | "does"
            | "do"
            | "would"
            | "will"
            | "could"
            | "can"
            | "may"
            | "might"
            | "should"
            | "must"
    )
}

/// Adverbs and auxiliaries that may stand between a speaker and the verb (`he later said`,
/// `she has said`, `Smith would not say`); a role in -ly is no adverb (`the family said`).
pub(crate) fn is_verb_filler(lower: &str) -> bool {
    lower.ends_with("ly") && lower.len() > 4 && !is_role(lower)
        || is_auxiliary(lower)
        || matches!(
            lower,
            "also"
                | "later"
                | "then"
                | "again"
                | "once"
                | "further"
                | "been"
                | "be"
                | "not"
                | "never"
                | "still"
                | "recently"
                | "previously"
                | "earlier"
                | "even"
                | "too"
                | "just"
                | "soon"
                | "quickly"
                | "simply"
                | "often"
                | "always"
                | "both"
                | "all"
                | "went"
                | "on"
                | "to"
                | "go"
                | "goes"
                | "going"
                | "gone"
                | "who"
                | "now"
                | "first"
                | "last"
                | "long"
        )
}

/// The searched lists, by name, for the lexicon's tests (no list repeats a word; the lists agree).
#[cfg(test)]
pub(super) fn lists() -> Vec<(&'static str, &'static str)> {
    macro_rules! named {
        ($($list:ident),+) => {
            vec![$((stringify!($list), $list.list())),+]
        };
    }
    named!(
        TITLES,
        ROLES,
        PORTFOLIOS,
        PLACE_HEADS,
        ORG_HEADS,
        NOT_NAMES,
        INSTITUTIONS,
        DESCRIBES_STATEMENT,
        IRREGULAR_PARTICIPLES,
        DOCUMENTS,
        TERM_INTRODUCERS,
        TITLE_INTRODUCERS,
        SURNAME_ROLES,
        DEMONYMS
    )
}

#[cfg(test)]
mod tests {
    use super::abbreviates;

    #[test]
    fn abbreviations_of_places() {
        for (short, long, same) in [
            ("ky", "kentucky", true),
            ("calif", "california", true),
            ("ny", "new york", true),
            ("vt", "vermont", true),
            ("ohio", "ohio", true),
            ("va", "vermont", false),
            ("k", "kentucky", false),
            ("ny", "nebraska", false),
            ("iowa", "ohio", false),
        ] {
            assert_eq!(abbreviates(short, long), same, "{short} / {long}");
        }
    }
}

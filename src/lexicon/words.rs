//! Closed word lists: titles, roles, pronouns, function words and organisation heads.
//! Every lookup takes a word as it stands in the text (case matters where noted).

use super::WordSet;

/// Titles that stand before a name (`President Joe Biden`, `Dr. Smith`). Matched case-sensitively
/// with and without a final period.
#[rustfmt::skip]
const TITLES: &str = "
    President
    Vice
    Prime
    Minister
    Secretary
    Senator
    Sen
    Rep
    Representative
    Gov
    Governor
    Mayor
    Premier
    Chief
    Director
    Ambassador
    Judge
    Justice
    Chancellor
    Commissioner
    Councillor
    Councilor
    Coun
    Dr
    Mr
    Mrs
    Ms
    Miss
    Mx
    Prof
    Professor
    Rev
    Reverend
    Father
    Sister
    Pope
    King
    Queen
    Prince
    Princess
    Sir
    Dame
    Lord
    Lady
    Sgt
    Sergeant
    Lt
    Lieutenant
    Capt
    Captain
    Col
    Colonel
    Gen
    General
    Cpl
    Corporal
    Const
    Constable
    Officer
    Det
    Detective
    Insp
    Inspector
    Supt
    Superintendent
    Chair
    Chairman
    Chairwoman
    Chairperson
    CEO
    Spokesperson
    Spokesman
    Spokeswoman
    Coach
    Leader
    Speaker
    MP
    MPP
    MLA
    MNA
    Attorney
    Deputy
    Assistant
    Associate
    Executive
    Manager
    Dean
    Rabbi
    Imam
    Bishop
    Archbishop
    Cardinal
    Commander
    Admiral
    Marshal
    Sheriff
    Agent
    Press
    Envoy
    Adviser
    Advisor
    Counsel
    Congressman
    Congresswoman
    Treasurer
    Auditor
    Comptroller
    Clerk
    Warden
    Principal
    Trustee
    Councilman
    Councilwoman
    Alderman
    Ombudsman
    Sen.
    Emir
    Sheikh
    Crown
    Grand
    Elder
    Chef
    Founder
    Co-founder
    Head
";

/// Lower-case nouns for people by what they do or are (`Carolina coach Rod Brind'Amour`,
/// `the spokesperson`, `police`). Plural forms are listed where they commonly speak.
#[rustfmt::skip]
const ROLES: &str = "
    coach
    spokesperson
    spokesman
    spokeswoman
    president
    minister
    secretary
    chief
    director
    officer
    manager
    leader
    analyst
    expert
    professor
    economist
    lawyer
    attorney
    senator
    mayor
    premier
    councillor
    councilor
    chair
    chairman
    chairwoman
    founder
    ceo
    teacher
    mother
    father
    resident
    student
    doctor
    nurse
    official
    officials
    police
    witness
    neighbour
    neighbor
    owner
    worker
    driver
    player
    defenceman
    defenseman
    goaltender
    goalie
    forward
    winger
    centre
    center
    captain
    veteran
    rookie
    fan
    voter
    farmer
    activist
    advocate
    organizer
    organiser
    researcher
    scientist
    author
    writer
    survivor
    victim
    friend
    daughter
    son
    wife
    husband
    sister
    brother
    parent
    parents
    grandmother
    grandfather
    member
    volunteer
    representative
    source
    sources
    authorities
    investigators
    prosecutor
    prosecutors
    critics
    experts
    residents
    judge
    governor
    candidate
    host
    reporter
    editor
    correspondent
    actor
    actress
    singer
    rapper
    musician
    artist
    comedian
    athlete
    quarterback
    pitcher
    striker
    midfielder
    defender
    skater
    runner
    swimmer
    skier
    boxer
    fighter
    chef
    designer
    architect
    engineer
    consultant
    adviser
    advisor
    counsel
    partner
    executive
    boss
    commissioner
    superintendent
    principal
    dean
    chancellor
    ambassador
    diplomat
    envoy
    negotiator
    general
    commander
    soldier
    sergeant
    constable
    detective
    inspector
    sheriff
    deputy
    agent
    firefighter
    paramedic
    physician
    surgeon
    psychologist
    psychiatrist
    pharmacist
    dentist
    veterinarian
    mp
    mpp
    mla
    lawmaker
    legislator
    congressman
    congresswoman
    councilman
    councilwoman
    trustee
    organizers
    organisers
    officers
    doctors
    nurses
    teachers
    students
    workers
    scientists
    researchers
    analysts
    economists
    lawyers
    observers
    historian
    spokespeople
    aide
    aides
    staffer
    director-general
    chairperson
    president-elect
    premier-elect
    woman
    man
    girl
    boy
    mom
    dad
    person
    homeowner
    tenant
    landlord
    shopper
    customer
    patient
    patients
    citizen
    citizens
    protester
    protesters
    demonstrator
    demonstrators
    group
    company
    ministry
    department
    government
    agency
    office
    campaign
    statement
    team
    club
    league
    union
    association
    board
    council
    committee
    commission
    court
    administration
    spokesperson's
    senior
    junior
    proprietor
    creator
    publisher
    retiree
    accountant
    strategist
    geologist
    dietitian
    pastor
    priest
    rabbi
    imam
    entrepreneur
    businessman
    businesswoman
    businessperson
    billionaire
    mogul
    novelist
    poet
    journalist
    photographer
    songwriter
    employee
    pilot
    lecturer
    therapist
    biologist
    ecologist
    epidemiologist
    virologist
    investor
    trader
    banker
    broker
    realtor
    shopkeeper
    merchant
    vendor
    mechanic
    electrician
    plumber
    carpenter
    miner
    fisherman
    rancher
    coordinator
    curator
    librarian
    filmmaker
    producer
    illustrator
    cartoonist
    blogger
    podcaster
    cofounder
    co-founder
    operator
    contractor
    developer
    programmer
    technician
    counsellor
    counselor
    lobbyist
    pollster
    commentator
    columnist
    critic
    scholar
    specialist
    planner
    auditor
    chemist
    physicist
    astronomer
    meteorologist
    forecaster
    porter
    conductor
    cashier
    clerk
    janitor
    welder
    fisher
    trucker
    courier
    bartender
    waiter
    waitress
    baker
    butcher
    barber
    hairdresser
    tailor
    climatologist
    oceanographer
    seismologist
    volcanologist
";

/// Words that make a name a place (`Lake Cowichan`, `Mount Royal`, `Fraser River`).
#[rustfmt::skip]
const PLACE_HEADS: &str = "
    Lake Lakes Mount Mt River Bay Island Islands County Valley Creek Beach Falls Harbour Harbor
    Port Fort Cape Canyon Peninsula Ridge Springs Heights Hills Strait Gulf Ocean Sea Desert
    Street Avenue Boulevard Highway Township Village Parish Province Territory Territories
    States
";

/// Words that head an organisation's name (`Health Canada`, `the Justice Department`).
#[rustfmt::skip]
const ORG_HEADS: &str = "
    Department
    Ministry
    Government
    Police
    Service
    Services
    Council
    Agency
    Commission
    Committee
    Association
    Union
    Party
    University
    College
    Company
    Corp
    Corporation
    Inc
    Ltd
    Group
    Bank
    Board
    Office
    Court
    Kremlin
    Pentagon
    Parliament
    Congress
    Senate
    Authority
    Institute
    Foundation
    Society
    Network
    Organization
    Organisation
    Federation
    Assembly
    Coalition
    Alliance
    League
    Club
    Team
    RCMP
    FBI
    CIA
    NATO
    UN
    EU
    Canada
    Nations
    Administration
    Campaign
    Hospital
    Centre
    Center
    School
    Church
    Embassy
    Bureau
    Force
    Forces
    Army
    Navy
    Council
    Tribunal
    Coalition
    Fund
    Trust
    Times
    Post
    News
    Press
    Journal
    Herald
    Globe
    Tribune
    Media
    Reuters
    Greenpeace
    Commons
    Cabinet
    Ministry
    Province
    City
    County
    Region
    Township
    Municipality
    Health
    Airlines
    Motors
    Partners
    Capital
    Holdings
    Industries
    Systems
    Technologies
    Labs
    Studios
    Entertainment
";

/// Capitalised words that start sentences or headlines but never names.
#[rustfmt::skip]
const NOT_NAMES: &str = "
    The
    A
    An
    In
    On
    At
    After
    Before
    But
    And
    Or
    So
    If
    When
    While
    As
    This
    That
    These
    Those
    It
    He
    She
    They
    We
    I
    You
    His
    Her
    Their
    Our
    My
    Its
    There
    Here
    What
    Why
    How
    Who
    Where
    Which
    For
    From
    With
    Without
    By
    To
    Of
    Despite
    Although
    Though
    Since
    Because
    Until
    Once
    Then
    Now
    Still
    Yet
    Also
    Even
    Just
    Only
    Some
    Many
    Most
    All
    Both
    Each
    Every
    No
    Not
    Other
    Another
    Such
    One
    Two
    Three
    Four
    Five
    Last
    Next
    First
    Monday
    Tuesday
    Wednesday
    Thursday
    Friday
    Saturday
    Sunday
    January
    February
    March
    April
    May
    June
    July
    August
    September
    October
    November
    December
    Jan
    Feb
    Mar
    Apr
    Jun
    Jul
    Aug
    Sept
    Sep
    Oct
    Nov
    Dec
    Yes
    Oh
    Well
    Do
    Does
    Did
    Is
    Are
    Was
    Were
    Be
    Been
    Has
    Have
    Had
    Will
    Would
    Can
    Could
    Should
    Shall
    Must
    Might
    Let
    Please
    Thank
    Thanks
    Hi
    Hello
    Meanwhile
    However
    Instead
    Indeed
    Also
    Earlier
    Later
    Today
    Tonight
    Yesterday
    Tomorrow
    According
    Asked
    Speaking
    During
    Under
    Over
    About
    Against
    Between
    Among
    Through
    Into
    Like
    Unlike
    Whether
    Once
    Every
    Any
    Few
    More
    Much
    Very
    Never
    Always
    Often
    Sometimes
    Perhaps
    Maybe
    Why
    Photo
    Watch
    Read
    Related
    Click
    Sign
    Follow
    Share
    Video
    Advertisement
    Article
    Story
    Note
    Editor
    Update
    Updated
    Mr
    Mrs
    Ms
    Dr
    Our
    Your
    Who's
    It's
    That's
    There's
    What's
    Here's
    He's
    She's
    I'm
    We're
    They're
    Don't
    Can't
    Won't
    Isn't
    Aren't
    Wasn't
    Didn't
    Doesn't
    Haven't
    Hasn't
    Let's
    Via
    Per
    Up
    Down
    Out
    Off
    Back
    Around
    Along
    Across
    Behind
    Beyond
    Inside
    Outside
    Near
    Toward
    Towards
    Upon
    Within
    Amid
    Amidst
    Following
    Including
    Regarding
    Given
    Unless
    Whatever
    Whoever
    Wherever
    Whenever
    Otherwise
    Already
    Again
    Soon
    Almost
    Nearly
    Ever
    Nor
    Either
    Neither
    Anyone
    Everyone
    Someone
    Nobody
    Everybody
    Somebody
    Nothing
    Everything
    Something
    Anything
    New
    Former
    Late
    Several
    Second
    Third
    Then-
    Le
    La
    Les
    Der
    Die
    Das
    El
    Los
    Il
";

/// Nouns and adjectives for nationality or place that sit before a title (`Ukrainian President`).
pub fn is_title(word: &str) -> bool {
    let w = word.strip_suffix('.').unwrap_or(word);
    static SET: WordSet = WordSet::new(TITLES);
    SET.contains(w)
}

pub fn is_role(lower: &str) -> bool {
    static SET: WordSet = WordSet::new(ROLES);
    SET.contains(lower)
}

/// What a ministry or department is of, in a title (`Minister of Innovation`, `Secretary of
/// State`): after `of`, these words belong to the title, not to a name.
const PORTFOLIOS: &str = "
Affairs Agriculture Change Children Citizenship Climate Commerce Communities Crown-Indigenous
Culture Defence Defense Development Economic Economy Education Employment Energy Environment
Equality Families Finance Fisheries Foreign Gender Health Heritage Homeland Housing Immigration
Indigenous Industry Infrastructure Innovation Interior Intergovernmental International Justice
Labor Labour Municipal National Natural Northern Oceans Public Relations Resources Revenue Safety
Science Security Seniors Services Social Sport State Tourism Trade Transport Transportation
Treasury Veterans Women Youth
";

/// A word naming a portfolio (`Justice`, `State`) in a title after `of`.
pub fn is_portfolio(word: &str) -> bool {
    static SET: WordSet = WordSet::new(PORTFOLIOS);
    SET.contains(word)
}

/// A title that goes before any name and says nothing of a role (`Mr.`, `Dr.`, `Sir`), with
/// or without its full stop.
pub fn is_honorific(word: &str) -> bool {
    matches!(
        word.strip_suffix('.').unwrap_or(word),
        "Mr" | "Mrs" | "Ms" | "Miss" | "Mx" | "Dr" | "Sir"
    )
}

/// Roles that are common surnames too (`Tim Cook`, `Jason Porter`, `Anna Baker`).
pub fn is_surname_role(lower: &str) -> bool {
    matches!(
        lower,
        "cook"
            | "baker"
            | "porter"
            | "fisher"
            | "farmer"
            | "carpenter"
            | "mason"
            | "butler"
            | "judge"
            | "bishop"
            | "dean"
            | "marshal"
            | "barber"
            | "singer"
            | "painter"
            | "driver"
            | "hunter"
            | "miller"
            | "taylor"
            | "turner"
            | "cooper"
            | "shepherd"
            | "potter"
            | "weaver"
            | "brewer"
            | "archer"
            | "sawyer"
            | "knight"
            | "page"
            | "steward"
    )
}

/// Words before a role that make part of it (`former`, `then-`, `longtime`).
pub fn modifies_role(lower: &str) -> bool {
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
    )
}

pub fn is_place_head(word: &str) -> bool {
    static SET: WordSet = WordSet::new(PLACE_HEADS);
    SET.contains(word.strip_suffix('.').unwrap_or(word))
}

pub fn is_org_head(word: &str) -> bool {
    static SET: WordSet = WordSet::new(ORG_HEADS);
    SET.contains(word.strip_suffix('.').unwrap_or(word))
}

pub fn is_not_name(word: &str) -> bool {
    static SET: WordSet = WordSet::new(NOT_NAMES);
    SET.contains(word)
}

/// Lower-case particles inside names (`Beth van Schaack`, `Charles de Gaulle`).
pub fn is_name_particle(word: &str) -> bool {
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
pub enum Gender {
    Male,
    Female,
}

/// Pronouns that can name a speaker (`he said`), with what they refer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pronoun {
    Gendered(Gender),
    /// `they`, `we`, `it`: a group or an organisation.
    Plural,
    /// `I`, `you`: never resolved to a speaker.
    Other,
}

/// An article or a possessive before a noun (`the`, `a`, `her`): what follows is a noun phrase.
pub fn is_article_or_possessive(lower: &str) -> bool {
    matches!(
        lower,
        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your"
    )
}

pub fn pronoun(word: &str) -> Option<Pronoun> {
    Some(match word.to_ascii_lowercase().as_str() {
        "he" => Pronoun::Gendered(Gender::Male),
        "she" => Pronoun::Gendered(Gender::Female),
        "they" | "we" | "it" => Pronoun::Plural,
        "i" | "you" => Pronoun::Other,
        _ => return None,
    })
}

/// Documents that speak for whoever wrote them (`the report said`, `says a document titled`,
/// `the statement said`, `the order released Friday said`).
pub fn is_document(lower: &str) -> bool {
    matches!(
        lower,
        "report"
            | "study"
            | "paper"
            | "document"
            | "survey"
            | "analysis"
            | "audit"
            | "assessment"
            | "statement"
            | "memo"
            | "letter"
            | "release"
            | "filing"
            | "lawsuit"
            | "affidavit"
            | "complaint"
            | "indictment"
            | "ruling"
            | "order"
    )
}

/// Things that speak for their owner: `her statement read`, `Wilson-Raybould's office told`,
/// `the company's website says`. The owner is the speaker.
pub fn is_proxy(lower: &str) -> bool {
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
pub fn gender_evidence(lower: &str) -> Option<Gender> {
    match lower {
        "he" | "his" | "him" | "himself" => Some(Gender::Male),
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

/// Gender a title implies.
pub fn title_gender(word: &str) -> Option<Gender> {
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
pub fn noun_gender(lower: &str) -> Option<Gender> {
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

/// Lower-case words that join or govern phrases and never describe a person: a description
/// (`the cautious candidate`) stops at them.
pub fn is_function_word(lower: &str) -> bool {
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

/// Words that introduce a quoted term rather than speech (`so-called "Starlight Tours"`).
#[rustfmt::skip]
pub fn introduces_term(lower: &str) -> bool {
    matches!(
        lower,
        "so-called" | "dubbed" | "nicknamed" | "termed" | "named" | "labelled" | "labeled"
            | "branded" | "word" | "words" | "term" | "terms" | "phrase" | "slogan" | "hashtag"
            | "motto" | "mantra" | "nickname" | "moniker" | "label" | "banner" | "reading"
            | "marked" | "stamped" | "coined" | "christened" | "known" | "campaign"
            | "initiative" | "operation" | "project"
    ) || introduces_title(lower)
}

/// Words that introduce the title of a work (`the film "..."`, `titled "..."`).
#[rustfmt::skip]
pub fn introduces_title(lower: &str) -> bool {
    matches!(
        lower,
        "titled" | "entitled" | "album" | "song" | "film" | "movie" | "book" | "novel" | "show"
            | "series" | "program" | "programme" | "podcast" | "exhibit" | "exhibition" | "play"
            | "documentary" | "report" | "study" | "single" | "episode" | "starred" | "starring"
            | "poem" | "article" | "column" | "essay" | "headlined" | "headline"
    )
}

/// Adverbs and auxiliaries that may stand between a speaker and the verb (`he later said`,
/// `she has said`, `Smith would not say`).
pub fn is_verb_filler(lower: &str) -> bool {
    lower.ends_with("ly") && lower.len() > 4
        || matches!(
            lower,
            "also"
                | "later"
                | "then"
                | "again"
                | "once"
                | "further"
                | "has"
                | "had"
                | "have"
                | "would"
                | "will"
                | "did"
                | "does"
                | "do"
                | "could"
                | "can"
                | "may"
                | "might"
                | "should"
                | "must"
                | "is"
                | "was"
                | "were"
                | "are"
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

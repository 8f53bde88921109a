//! The verbs of saying and of stating a view, written once as bases. Their regular forms are
//! read off a word when it is looked up (`super::lookup`); the irregular ones are listed.

use crate::lexicon::WordSet;

/// Every verb, of saying first: one table, so a word is looked up once.
pub(super) static VERBS: WordSet = word_set!(SPEECH_LIST, WEAK_LIST);

/// Where the weak verbs start in [`VERBS`]' list.
pub(super) const WEAK_START: usize = crate::lexicon::table::squeezed_len(&[SPEECH_LIST]) + 1;

/// Verbs of saying.
pub(super) const SPEECH_LIST: &str = "
    say tell add write speak note insist vow tweet state explain ask argue claim warn admit
    acknowledge announce declare reply respond answer conclude comment confirm deny recall remark
    report repeat reiterate reaffirm re-affirm stress emphasize emphasise observe suggest predict
    promise pledge assert contend maintain mention muse quip joke laugh shout chant yell scream
    cry whisper murmur mutter sigh exclaim complain lament boast brag concede caution urge plead
    beg demand propose recommend advise counter retort rebut object protest wonder inquire enquire
    query testify post text email e-mail recount relate continue begin chime interject interrupt
    elaborate clarify summarize summarise allege charge thunder gush marvel rave snap growl
    grumble hint point posit proclaim profess reason reassure recite rejoin remind reveal share
    specify swear theorize theorise volunteer assure agree disagree apologize apologise estimate
    guess reckon forecast blurt scold chide rebuke admonish tease taunt mock jest opine intone
    drawl rasp croak coo squeal yelp bellow holler gripe rant huff scoff snort grunt mumble babble
    ramble stammer stutter cajole coax implore entreat exhort instruct inform confide divulge
    disclose affirm aver avow attest refute riposte persist narrate scrawl scribble speculate
    surmise exult enthuse compliment congratulate grouse bemoan confess pronounce sneer snarl hiss
    gasp shriek moan groan whine wail chuckle giggle interrogate preach recollect reminisce beam
    smile grin deadpan fume crow bark remember lecture riff sing underscore vent venture
    pontificate
";

/// Verbs of stating a view or acting with words (none of them in both lists: a test checks).
pub(super) const WEAK_LIST: &str = "
    believe think feel hope fear worry call describe characterize characterise accuse blame
    criticize criticise condemn praise thank welcome tout hail decry slam blast dispute question
    cite quote release issue offer find express signal indicate label brand dismiss defend
    celebrate applaud credit challenge concur assess figure know understand expect stipulate
    decree
";

/// Irregular pasts and participles, with their bases; a verb listed here has no regular past.
pub(super) const IRREGULAR: [(&str, &str); 21] = [
    ("said", "say"),
    ("told", "tell"),
    ("wrote", "write"),
    ("written", "write"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("began", "begin"),
    ("begun", "begin"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("sang", "sing"),
    ("sung", "sing"),
    ("thought", "think"),
    ("felt", "feel"),
    ("found", "find"),
    ("knew", "know"),
    ("known", "know"),
    ("understood", "understand"),
    ("shot", "shoot"),
    ("hit", "hit"),
    ("put", "put"),
];

/// Phrasal verbs of saying, base and particle: the verb counts only when its particle comes
/// next (`pointed out`, `shot back`).
pub(super) const PHRASAL: [(&str, &str); 10] = [
    ("point", "out"),
    ("speak", "out"),
    ("cry", "out"),
    ("spell", "out"),
    ("shoot", "back"),
    ("fire", "back"),
    ("hit", "back"),
    ("chime", "in"),
    ("weigh", "in"),
    ("put", "it"),
];

/// Verbs that double their last consonant before `-ed` and `-ing` (`admitted`, `snapping`).
pub(super) const DOUBLING: [&str; 11] = [
    "admit", "aver", "beg", "brag", "concur", "grin", "put", "quip", "rebut", "slam", "snap",
];

/// Verbs whose `l` doubles in British and Canadian spelling (`marvelled`, `labelling`) but not
/// in American (`marveled`): both spellings are forms.
pub(super) const BRITISH_DOUBLE_L: [&str; 3] = ["label", "marvel", "signal"];

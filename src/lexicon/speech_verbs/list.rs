//! The verbs of saying and of stating a view, written once as bases. Their regular forms are
//! read off a word when it is looked up (`super::lookup`); the irregular ones are listed.

use crate::lexicon::SortedWords;

/// The verbs of saying, searched by bisection.
pub(super) static SPEECH: SortedWords = sorted_words!(SPEECH_LIST);

/// The verbs of stating a view, searched by bisection.
pub(super) static WEAK: SortedWords = sorted_words!(WEAK_LIST);

/// Verbs of saying, in byte order.
pub(super) const SPEECH_LIST: &str = "
    acknowledge add admit admonish advise affirm agree allege announce answer apologise apologize
    argue ask assert assure attest aver avow babble bark beam beg begin bellow bemoan blurt boast
    brag cajole caution chant charge chide chime chuckle claim clarify coax comment complain
    compliment concede conclude confess confide confirm congratulate contend continue coo counter
    croak crow cry deadpan declare demand deny disagree disclose divulge drawl e-mail elaborate
    email emphasise emphasize enquire enthuse entreat estimate exclaim exhort explain exult
    forecast fume gasp giggle grin gripe groan grouse growl grumble grunt guess gush hint hiss
    holler huff implore inform inquire insist instruct interject interrogate interrupt intone jest
    joke lament laugh lecture maintain marvel mention moan mock mumble murmur muse mutter narrate
    note object observe opine persist plead pledge point pontificate posit post preach predict
    proclaim profess promise pronounce propose protest query quip ramble rant rasp rave re-affirm
    reaffirm reason reassure rebuke rebut recall recite reckon recollect recommend recount refute
    reiterate rejoin relate remark remember remind reminisce repeat reply report respond retort
    reveal riff riposte say scoff scold scrawl scream scribble share shout shriek sigh sing smile
    snap snarl sneer snort speak specify speculate squeal stammer state stress stutter suggest
    summarise summarize surmise swear taunt tease tell testify text theorise theorize thunder tweet
    underscore urge vent venture volunteer vow wail warn whine whisper wonder write yell yelp
";

/// Verbs of stating a view or acting with words, in byte order (none of them in both lists: a
/// test checks).
pub(super) const WEAK_LIST: &str = "
    accuse applaud assess believe blame blast brand call celebrate challenge characterise
    characterize cite concur condemn credit criticise criticize decree decry defend describe
    dismiss dispute expect express fear feel figure find hail hope indicate issue know label offer
    praise question quote release signal slam stipulate thank think tout understand welcome worry
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

//! Verbs that report speech or a stated view, with their inflections.
//!
//! Each entry is `base` or `base:past:participle` for irregular verbs; the other forms
//! (`-s`, `-ed`, `-ing`) are derived. Phrasal verbs (`point out`) are listed apart with their
//! particle: their verb alone is no verb of saying. Lookups take a lower-case word.

use crate::fast_hash::FastMap;
use std::sync::OnceLock;

/// How a verb form can be used in a cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// `said`, `says`, `told`, `adds`: has a subject of its own.
    Finite,
    /// `say`, `tell`: after an auxiliary (`would say`, `went on to say`).
    Base,
    /// `adding`, `saying`: borrows the subject of the clause it hangs from.
    Ing,
}

/// How strongly a verb marks speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strength {
    /// Verbs of saying: said, told, added, wrote.
    Speech,
    /// Verbs of stating a view or acting with words: believes, called, accused, released.
    Weak,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpeechVerb {
    pub form: Form,
    pub strength: Strength,
    /// A phrasal verb whose particle follows it (`pointed out`, `shot back`): a cue reads the
    /// speaker after the particle (`," points out the Cambridge resident`).
    pub particle: bool,
}

#[rustfmt::skip]
const SPEECH: &str = "
    say:said:said
    tell:told:told
    add
    write:wrote:written
    speak:spoke:spoken
    note
    insist
    vow
    tweet
    state
    explain
    ask
    argue
    claim
    warn
    admit
    acknowledge
    announce
    declare
    reply
    respond
    answer
    conclude
    comment
    confirm
    deny
    recall
    remark
    report
    repeat
    reiterate
    reaffirm
    re-affirm
    stress
    emphasize
    emphasise
    observe
    suggest
    predict
    promise
    pledge
    assert
    contend
    maintain
    mention
    muse
    quip
    joke
    laugh
    shout
    yell
    scream
    cry
    whisper
    murmur
    mutter
    sigh
    exclaim
    complain
    lament
    boast
    brag
    concede
    caution
    urge
    plead
    beg
    demand
    propose
    recommend
    advise
    counter
    retort
    rebut
    object
    protest
    wonder
    inquire
    enquire
    query
    testify
    post
    text
    email
    e-mail
    recount
    relate
    continue
    begin:began:begun
    chime
    interject
    interrupt
    elaborate
    clarify
    summarize
    summarise
    acknowledge
    allege
    charge
    thunder
    gush
    marvel
    rave
    snap
    growl
    grumble
    hint
    point
    posit
    proclaim
    profess
    reason
    reassure
    recite
    rejoin
    remind
    reveal
    share
    specify
    swear:swore:sworn
    theorize
    theorise
    volunteer
    assure
    agree
    disagree
    apologize
    apologise
    estimate
    guess
    reckon
    forecast
    blurt
    scold
    chide
    rebuke
    admonish
    tease
    taunt
    mock
    jest
    opine
    intone
    drawl
    rasp
    croak
    coo
    squeal
    yelp
    bellow
    holler
    gripe
    rant
    huff
    scoff
    snort
    grunt
    mumble
    babble
    ramble
    stammer
    stutter
    cajole
    coax
    implore
    entreat
    exhort
    instruct
    inform
    confide
    divulge
    disclose
    affirm
    aver
    avow
    attest
    refute
    riposte
    persist
    narrate
    scrawl
    scribble
    speculate
    surmise
    exult
    enthuse
    compliment
    congratulate
    grouse
    bemoan
    confess
    pronounce
    sneer
    snarl
    hiss
    gasp
    shriek
    moan
    groan
    whine
    wail
    chuckle
    giggle
    interrogate
    preach
    recollect
    reminisce
";

#[rustfmt::skip]
const WEAK: &str = "
    believe
    think:thought:thought
    feel:felt:felt
    hope
    fear
    worry
    call
    describe
    characterize
    characterise
    accuse
    blame
    criticize
    criticise
    condemn
    praise
    thank
    welcome
    tout
    hail
    decry
    slam
    blast
    dispute
    question
    cite
    quote
    release
    issue
    offer
    find:found:found
    express
    signal
    indicate
    stress
    caution
    label
    brand
    dismiss
    defend
    celebrate
    applaud
    credit
    challenge
    concur
    assess
    conclude
    figure
    know:knew:known
    understand:understood:understood
    expect
    contend
";

/// Phrasal verbs of saying, `base[:past:participle]:particle`: the verb counts only when its
/// particle comes next.
#[rustfmt::skip]
const PHRASAL: &str = "
    point:out speak:spoke:spoken:out cry:out spell:out shoot:shot:shot:back fire:back
    hit:hit:hit:back chime:in weigh:in
";

/// Verbs that double their last consonant before `-ed` and `-ing` (`admitted`, `snapping`).
const DOUBLING: &[&str] = &[
    "admit", "aver", "beg", "brag", "concur", "quip", "rebut", "slam", "snap",
];

/// Verbs whose `l` doubles in British and Canadian spelling (`marvelled`, `labelling`) but not
/// in American (`marveled`): both spellings are forms.
const BRITISH_DOUBLE_L: &[&str] = &["label", "marvel", "signal"];

fn regular_forms(base: &str) -> (String, String, String) {
    let b = base.as_bytes();
    let last = b[b.len() - 1];
    let before = if b.len() > 1 { b[b.len() - 2] } else { b'a' };
    let vowel = |c: u8| b"aeiou".contains(&c);
    let doubles = DOUBLING.contains(&base);
    let third = if base.ends_with('s')
        || base.ends_with("sh")
        || base.ends_with("ch")
        || base.ends_with('x')
        || base.ends_with('z')
    {
        format!("{base}es")
    } else if last == b'y' && !vowel(before) {
        format!("{}ies", &base[..base.len() - 1])
    } else {
        format!("{base}s")
    };
    let past = if last == b'e' {
        format!("{base}d")
    } else if last == b'y' && !vowel(before) {
        format!("{}ied", &base[..base.len() - 1])
    } else if matches!(base, "vow" | "tweet" | "text" | "post") {
        format!("{base}ed")
    } else if doubles {
        format!("{base}{}ed", last as char)
    } else {
        format!("{base}ed")
    };
    let ing = if last == b'e' && !base.ends_with("ee") {
        format!("{}ing", &base[..base.len() - 1])
    } else if doubles {
        format!("{base}{}ing", last as char)
    } else {
        format!("{base}ing")
    };
    (third, past, ing)
}

/// Every form of an entry `base[:past:participle]`, with how each is used.
fn forms(base: &str, irregular: Option<(&str, &str)>) -> Vec<(String, Form)> {
    let (third, mut past, ing) = regular_forms(base);
    let mut participle = past.clone();
    if let Some((p, pp)) = irregular {
        past = p.to_string();
        participle = pp.to_string();
    }
    let mut out = vec![
        (base.to_string(), Form::Base),
        (third, Form::Finite),
        (participle, Form::Finite),
        (past, Form::Finite),
        (ing, Form::Ing),
    ];
    if BRITISH_DOUBLE_L.contains(&base) {
        out.push((format!("{base}led"), Form::Finite));
        out.push((format!("{base}ling"), Form::Ing));
    }
    out
}

/// Every form of every verb, a phrasal verb's forms keyed with their particle (`pointed out`).
fn table() -> &'static FastMap<String, SpeechVerb> {
    static TABLE: OnceLock<FastMap<String, SpeechVerb>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = FastMap::default();
        for (list, strength, phrasal) in [
            (WEAK, Strength::Weak, false),
            (SPEECH, Strength::Speech, false),
            (PHRASAL, Strength::Speech, true),
        ] {
            for entry in list.split_ascii_whitespace() {
                let mut parts: Vec<&str> = entry.split(':').collect();
                let suffix = if phrasal { parts.pop() } else { None };
                let irregular = match parts[..] {
                    [_, past, participle] => Some((past, participle)),
                    _ => None,
                };
                for (w, form) in forms(parts[0], irregular) {
                    let key = match suffix {
                        Some(p) => format!("{w} {p}"),
                        None => w,
                    };
                    map.insert(
                        key,
                        SpeechVerb {
                            form,
                            strength,
                            particle: phrasal,
                        },
                    );
                }
            }
        }
        map
    })
}

/// The speech verb a lower-case word is a form of, if any.
pub fn lookup(lower: &str) -> Option<SpeechVerb> {
    table().get(lower).copied()
}

/// The phrasal speech verb a lower-case word is a form of, when `next` is its particle:
/// `lookup_phrasal("pointed", "out")`.
pub fn lookup_phrasal(lower: &str, next: &str) -> Option<SpeechVerb> {
    let mut key = [0u8; 32];
    let n = lower.len() + 1 + next.len();
    if n > key.len() {
        return None;
    }
    key[..lower.len()].copy_from_slice(lower.as_bytes());
    key[lower.len()] = b' ';
    key[lower.len() + 1..n].copy_from_slice(next.as_bytes());
    table().get(std::str::from_utf8(&key[..n]).ok()?).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections() {
        for (w, form) in [
            ("said", Form::Finite),
            ("says", Form::Finite),
            ("told", Form::Finite),
            ("added", Form::Finite),
            ("adding", Form::Ing),
            ("tweeted", Form::Finite),
            ("insists", Form::Finite),
            ("vowed", Form::Finite),
            ("denies", Form::Finite),
            ("quipped", Form::Finite),
            ("admitted", Form::Finite),
            ("admitting", Form::Ing),
            ("marvelled", Form::Finite),
            ("marveled", Form::Finite),
            ("say", Form::Base),
            ("wrote", Form::Finite),
            ("written", Form::Finite),
            ("re-affirmed", Form::Finite),
            ("believes", Form::Finite),
            ("citing", Form::Ing),
        ] {
            assert_eq!(lookup(w).map(|v| v.form), Some(form), "{w}");
        }
        assert_eq!(lookup("called").unwrap().strength, Strength::Weak);
        assert_eq!(lookup("said").unwrap().strength, Strength::Speech);
        assert!(lookup("walked").is_none());
        assert!(lookup("the").is_none());
    }

    #[test]
    fn phrasal_verbs_need_their_particle() {
        for (w, next, form) in [
            ("points", "out", Form::Finite),
            ("pointed", "out", Form::Finite),
            ("pointing", "out", Form::Ing),
            ("shot", "back", Form::Finite),
            ("chimed", "in", Form::Finite),
            ("weighs", "in", Form::Finite),
        ] {
            let v = lookup_phrasal(w, next).unwrap_or_else(|| panic!("{w} {next}"));
            assert_eq!((v.form, v.particle), (form, true), "{w} {next}");
        }
        assert!(lookup_phrasal("pointed", "to").is_none());
        assert!(lookup_phrasal("shot", "dead").is_none());
        assert!(lookup("shot").is_none());
    }

    #[test]
    fn the_lexicon_is_large() {
        assert!(table().len() > 500, "{}", table().len());
    }
}

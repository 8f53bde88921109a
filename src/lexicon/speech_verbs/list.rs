//! The verbs of saying and of stating a view, written once as bases, and how their forms are
//! derived: the source of `forms.txt`, which the test below keeps current.
//!
//! Each entry is `base` or `base:past:participle` for irregular verbs; the other forms
//! (`-s`, `-ed`, `-ing`) are derived. Phrasal verbs (`point out`) are listed apart with their
//! particle: their verb alone is no verb of saying.

use super::{Form, SpeechVerb, Strength};
use std::collections::HashMap;

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
    chant
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
    beam
    smile
    grin
    deadpan
    fume
    crow
    bark
    remember
    lecture
    riff
    sing:sang:sung
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
    hit:hit:hit:back chime:in weigh:in put:put:put:it
";

/// Verbs that double their last consonant before `-ed` and `-ing` (`admitted`, `snapping`).
const DOUBLING: &[&str] = &[
    "admit", "aver", "beg", "brag", "concur", "grin", "put", "quip", "rebut", "slam", "snap",
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
/// A form of two verbs takes the later one's use: a verb of saying outweighs a weak one.
fn derive() -> HashMap<String, SpeechVerb> {
    let mut map = HashMap::new();
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
                let verb = SpeechVerb {
                    form,
                    strength,
                    particle: phrasal,
                };
                map.insert(key, verb);
            }
        }
    }
    map
}

/// `forms.txt` as `derive` spells it: sorted `form=how` lines.
fn forms_file() -> String {
    let mut rows: Vec<(String, SpeechVerb)> = derive().into_iter().collect();
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = String::new();
    for (key, v) in rows {
        let form = match v.form {
            Form::Finite => 'F',
            Form::Base => 'B',
            Form::Ing => 'I',
        };
        let strength = match v.strength {
            Strength::Speech => 'S',
            Strength::Weak => 'W',
        };
        let particle = if v.particle { "P" } else { "" };
        out.push_str(&format!("{key}={form}{strength}{particle}\n"));
    }
    out
}

#[test]
fn forms_file_is_current() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/lexicon/speech_verbs/forms.txt"
    );
    let want = forms_file();
    if std::env::var_os("UPDATE_LEXICON").is_some() {
        std::fs::write(path, &want).expect("writing forms.txt");
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        have == want,
        "src/lexicon/speech_verbs/forms.txt is stale: run UPDATE_LEXICON=1 cargo test --lib speech_verbs"
    );
}

#[test]
fn every_derived_form_is_found() {
    for (key, v) in derive() {
        let found = match key.split_once(' ') {
            Some((w, particle)) => super::lookup_phrasal(w, particle),
            None => super::lookup(&key),
        };
        assert_eq!(found, Some(v), "{key}");
    }
}

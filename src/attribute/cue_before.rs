//! Rule: the cue just before the quotation — `Blinken wrote in part, "..."`, `X said: "..."`,
//! `said the plan was "too dangerous"`, `adding, "..."`.

use super::Cue;
use crate::doc::Doc;
use crate::lexicon::speech_verbs::{self, Form};
use crate::rule::Rule;
use crate::syntax::phrase::{self, Head, Phrase};
use crate::syntax::subject::{self, Who};

pub(crate) const RULE: Rule = Rule::CueBefore;

/// How far before the quotation the verb may stand (`told the European Union on Monday:`).
const REACH: usize = 9;

pub(crate) fn apply(doc: &Doc, q: usize) -> Option<Cue> {
    let (qs, _) = doc.quote_tokens[q];
    if qs == 0 || qs >= doc.tokens.len() {
        return None;
    }
    if let Some(cue) = headline_speaker(doc, qs).or_else(|| owners_question(doc, qs)) {
        return Some(cue);
    }
    let (lo, hi) = doc.sentence_of(qs);
    let lo = lo.max(qs.saturating_sub(60));
    if lo >= qs {
        return None;
    }
    let mut k = qs;
    let punct = adjacent(doc, q);
    if punct {
        k -= 1;
    }
    let floor = lo.max(k.saturating_sub(REACH));
    let Some(v) = (floor..k)
        .rev()
        .take_while(|&i| doc.outside(i))
        .find(|&i| doc.verb(i).is_some())
    else {
        return colon_subject(doc, qs, lo);
    };
    // A colon or comma, or the verb right before, makes it a cue for this quotation.
    let confidence = if punct || v + 1 == k { 0.9 } else { 0.8 };
    if let Some(p) = subject::according_to(doc, v) {
        return Some(Cue::new(Who::Phrase(p), v, RULE, confidence));
    }
    if let Some(p) = subject::inverted(doc, v, lo, hi) {
        if p.end <= k {
            return Some(Cue::new(Who::Phrase(p), v, RULE, confidence));
        }
    }
    if let Some((u, p)) = subject::reporter(doc, v, lo) {
        return Some(Cue::new(Who::Phrase(p), u, RULE, confidence));
    }
    match subject::of_verb(doc, v, lo) {
        Some(who) => Some(Cue::new(who, v, RULE, confidence)),
        // `Asked what went wrong, Reid was blunt: "..."`: a verb opening the sentence, with no
        // subject of its own.
        None if v == doc.sentence_of(v).0 => colon_subject(doc, qs, lo),
        None => None,
    }
}

/// Whether a colon or a comma stands right before quotation `q` (`interjected: "..."`).
pub(crate) fn adjacent(doc: &Doc, q: usize) -> bool {
    let (qs, _) = doc.quote_tokens[q];
    qs > 0 && (doc.is_punct(qs - 1, ":") || doc.is_punct(qs - 1, ","))
}

/// `John McCain: Populist Anger Appeals to 'Bad Angels'`: a headline that opens with a name
/// and a colon quotes that person, whatever stands between the colon and the quotation; so
/// does one that opens with a name and a verb of saying (`Jo Park Calls Plan 'A Disgrace'`).
fn headline_speaker(doc: &Doc, qs: usize) -> Option<Cue> {
    let b = doc.block[qs] as usize;
    if !doc.headline[b] {
        return None;
    }
    let (start, _) = doc.block_tokens[b];
    let says = |i: usize| {
        doc.lower(i)
            .and_then(speech_verbs::lookup)
            .is_some_and(|v| v.form == Form::Finite)
    };
    let cue = (start..qs).find(|&i| doc.is_punct(i, ":")).or_else(|| {
        (start + 1..qs.min(start + 5))
            .take_while(|&i| doc.is_word(i) && doc.tokens[i].cap)
            .find(|&i| says(i))
    })?;
    let p = phrase::right(doc, start, cue)?;
    let Head::Name { name } = p.head else {
        return None;
    };
    // A headline capitalises every word, so a run of capitals can hold a verb (`Reyes Backs
    // Ortiz:`): only a short run is a name. Its given name and what follows name the person
    // (`Harbour Board Chair Lena Ortiz`); with none, a surname the article gives in full
    // (`Gov. Ortiz:`).
    let short = |from: usize| name.1 == cue && cue - from <= 3;
    let given = (name.0..name.1).find(|&i| doc.is_given_name(i));
    let from = match given {
        Some(g) if short(g) => g,
        None if short(name.0) && doc.surname_in_body(doc.word(cue - 1)) => cue - 1,
        _ => return None,
    };
    let p = Phrase {
        start: from,
        end: cue,
        head: Head::Name {
            name: (from, name.1),
        },
    };
    Some(Cue::new(Who::Phrase(p), cue, RULE, 0.8))
}

/// `Torres' verdict? "..."`, `His answer? "..."`: a question of a few words, in the quotation's
/// paragraph, that opens with an owner (asking for what they said) hands it to the owner.
fn owners_question(doc: &Doc, qs: usize) -> Option<Cue> {
    let mark = qs.checked_sub(1).filter(|&m| doc.is_punct(m, "?"))?;
    let (s, _) = doc.sentence_of(mark);
    if mark < s + 2 || mark > s + 4 || doc.block[s] != doc.block[qs] {
        return None;
    }
    if !(s..mark).all(|i| (doc.is_word(i) || doc.is_apostrophe(i)) && doc.outside(i)) {
        return None;
    }
    let (own, p) = (s..mark - 1).find_map(|i| Some((i, phrase::owner(doc, i, s)?)))?;
    // The owner opens the question (not `Does Trump's plan work? "No," said ...`).
    if p.start != s {
        return None;
    }
    Some(Cue::new(Who::Phrase(p), own, RULE, 0.8))
}

/// `Martell, the addictions doctor, is more blunt: "..."`, `The mayor was blunt: "..."`, `Here's
/// Clinton in 1992: "..."`: a colon with no verb of saying hands the quotation to the subject of
/// its sentence, or to whom `here is` presents.
fn colon_subject(doc: &Doc, qs: usize, lo: usize) -> Option<Cue> {
    // A headline's colon is [`headline_speaker`]'s: its run of capitals is no subject.
    if !doc.is_punct(qs - 1, ":") || doc.headline[doc.block[qs] as usize] {
        return None;
    }
    let lo = subject::presented_after(doc, lo).unwrap_or(lo);
    // Or past an opening phrase (`Asked what went wrong, Reid was blunt:`).
    let p = phrase::right(doc, lo, qs - 1)
        .or_else(|| subject::sentence_subject(doc, qs - 1, lo).filter(|p| p.end < qs - 1))?;
    // `Her mother, Farida, put it simply:`: the name in apposition to a description.
    let p = match p.head {
        Head::Description if doc.is_punct(p.end, ",") => phrase::right(doc, p.end + 1, qs - 1)
            .filter(|n| matches!(n.head, Head::Name { .. }) && doc.is_punct(n.end, ","))
            .unwrap_or(p),
        _ => p,
    };
    (p.head != Head::Description || doc.is_word(p.end) && !doc.tokens[p.end].cap)
        .then(|| Cue::new(Who::Phrase(p), qs - 1, RULE, 0.7))
}

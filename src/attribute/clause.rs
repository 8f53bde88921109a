//! Rule: a speech verb elsewhere in the quotation's sentence — `The Kremlin called Biden's
//! accusation "unforgivable."`, `The president, said Psaki, 43, was "..."` (Psaki, not the
//! president), `After citing "...", Blinken re-affirmed` (the speaker comes later),
//! `according to police`, `in her words`; and, for speech with no cue at all, the subject of
//! the sentence it is woven into (`Cruz coached Trump to "breathe."`).

use super::Cue;
use crate::doc::Doc;
use crate::lexicon::speech_verbs::{self, Form, Strength};
use crate::lexicon::words;
use crate::rule::Rule;
use crate::syntax::phrase::{self, Head, Phrase};
use crate::syntax::subject::{self, Who};

pub(crate) const RULE: Rule = Rule::Clause;

pub(crate) fn apply(doc: &Doc, q: usize) -> Option<Cue> {
    let (qs, qe) = doc.quote_tokens[q];
    if qs >= doc.tokens.len() {
        return None;
    }
    let (lo, hi) = doc.sentence_of(qs);
    let lo = lo.max(qs.saturating_sub(80));
    let hi = hi.min(qe + 80);
    // `With her rivals worried, Nora Vance ...`: an opening phrase led by a preposition or
    // conjunction, up to its comma, is no clause that speaks.
    let opener_end = subject::opening_phrase(doc, lo, qs).unwrap_or(lo);
    // `In Hale's words, the budget is "a fantasy."`: an opener that says whose words they are.
    if let Some((p, end)) = words_of(doc, lo, lo, qs) {
        if opener_end == end {
            return Some(Cue::new(Who::Phrase(p), lo, RULE, 0.8));
        }
    }
    // Verbs before the quotation, nearest first, then those after it.
    let before = (opener_end..qs).rev();
    let after = qe..hi;
    let mut saw_ing = None;
    // `Clark's comments further "...", the groups say.`: an attribution closing the sentence
    // says whose account the whole sentence is, over a verb of opinion or an owner's noun.
    let closing = std::cell::OnceCell::new();
    let closing = || *closing.get_or_init(|| closing_attribution(doc, qe, hi));
    for v in before.chain(after) {
        if !doc.outside(v) {
            continue;
        }
        if doc.is(v, "according") && doc.is(v + 1, "to") {
            if let Some(p) = phrase::right(doc, v + 2, hi) {
                return Some(Cue::new(Who::Phrase(p), v, RULE, 0.85));
            }
        }
        // `It had, in her words, become "unhealthy."`
        if let Some((p, _)) = words_of(doc, v, lo, hi) {
            return Some(Cue::new(Who::Phrase(p), v, RULE, 0.8));
        }
        let Some(verb) = doc.verb(v) else {
            if let Some(p) = owned_saying(doc, v, lo) {
                return Some(closing().unwrap_or(Cue::new(Who::Phrase(p), v, RULE, 0.6)));
            }
            continue;
        };
        if verb.form == Form::Ing {
            saw_ing.get_or_insert(v);
            continue;
        }
        if verb.form != Form::Finite {
            continue;
        }
        let confidence = if verb.strength == Strength::Speech {
            0.75
        } else if let Some(cue) = closing().filter(|_| v < qs) {
            return Some(cue);
        } else {
            0.65
        };
        if let Some(p) = subject::inverted(doc, v, lo, hi) {
            return Some(Cue::new(Who::Phrase(p), v, RULE, confidence));
        }
        if let Some((u, p)) = subject::reporter(doc, v, lo) {
            return Some(Cue::new(Who::Phrase(p), u, RULE, confidence));
        }
        if let Some(Who::Phrase(p)) = subject::of_verb(doc, v, lo) {
            return Some(Cue::new(Who::Phrase(p), v, RULE, confidence));
        }
    }
    if let Some(cue) = closing() {
        return Some(cue);
    }
    // `After citing "...", Blinken re-affirmed`: a participle's speaker is the subject of the
    // main clause, the name that follows the next comma.
    let v = saw_ing?;
    let comma = (qe..hi).find(|&i| doc.is_punct(i, ","))?;
    let p = phrase::right(doc, comma + 1, hi)?;
    matches!(p.head, Head::Name { .. } | Head::Pronoun(_))
        .then(|| Cue::new(Who::Phrase(p), v, RULE, 0.6))
}

/// `..., the groups say.`, `..., two aides said Monday.`: after quotation end `qe`, a comma,
/// then a subject and its verb of saying (not a participle) closing the sentence (ending at
/// `in her words`, `in Forbes’ own words`, `in the words of Sen. Ann Holt`: whose words a
/// phrase opening at token `v` says they are, and the token after it.
fn words_of(doc: &Doc, v: usize, lo: usize, hi: usize) -> Option<(Phrase, usize)> {
    if !doc.is(v, "in") {
        return None;
    }
    if doc.is(v + 1, "the") && doc.is(v + 2, "words") && doc.is(v + 3, "of") {
        let p = phrase::right(doc, v + 4, hi)?;
        return Some((p, p.end));
    }
    // The owner ends right before `words` (or `own words`): a possessive, or the apostrophe
    // after it as a token of its own (`Forbes’`).
    let w = (v + 2..hi.min(v + 7)).find(|&i| doc.is(i, "words"))?;
    let o = w - 1 - usize::from(doc.is(w - 1, "own"));
    let p = phrase::owner(doc, o, lo).filter(|p| p.start > v)?;
    Some((p, w + 1))
}

/// `hi`), with at most a few words of when after the verb.
fn closing_attribution(doc: &Doc, qe: usize, hi: usize) -> Option<Cue> {
    let end = (qe..hi).rev().find(|&i| doc.is_word(i))? + 1;
    let c = (qe..end).rev().take(12).find(|&i| doc.is_punct(i, ","))?;
    if !(c + 1..end).all(|i| doc.outside(i)) {
        return None;
    }
    let p = phrase::right(doc, c + 1, end)?;
    let v = p.end;
    let says = doc
        .verb(v)
        .is_some_and(|sv| sv.form != Form::Ing && sv.strength == Strength::Speech);
    let tail = (v + 1..end).all(|i| doc.lower_is(i, words::is_time_word) || doc.is(i, "on"));
    (says && tail && v + 4 >= end).then(|| Cue::new(Who::Phrase(p), v, RULE, 0.7))
}

/// `Cruz coached Trump to "breathe, breathe, breathe."`, `the bar association deemed him "well
/// qualified"`: with no verb of saying, words quoted inside a sentence are its subject's. Tried
/// only for a quotation already taken as speech: so weak a cue says nothing of that.
pub(crate) fn woven(doc: &Doc, q: usize) -> Option<Cue> {
    let (qs, _) = doc.quote_tokens[q];
    if qs >= doc.tokens.len() {
        return None;
    }
    let lo = doc.sentence_of(qs).0.max(qs.saturating_sub(80));
    // After a word of the sentence, or after a colon or a dash that hands it on (`Obama is
    // rolling out a new message: "It's about me."`, `Trump also embraced harsher methods --
    // "I think ..."`).
    let dashed = (qs.saturating_sub(2)..qs).any(|k| doc.dash_end(k) == Some(qs));
    let inside = qs > lo
        && doc.outside(qs - 1)
        && (doc.is_word(qs - 1) || doc.is_punct(qs - 1, ":") || dashed)
        && doc.sentence[qs - 1] == doc.sentence[qs];
    if !inside {
        return None;
    }
    let p = subject::sentence_subject(doc, qs, lo)?;
    Some(Cue::new(Who::Phrase(p), p.end, RULE, 0.5))
}

/// `his warning that Britain would go to "the back of the queue"`, `Lee's recent comments that
/// "..."`, `his call for "a total ban"`: a verb of saying used as a noun, and who owns it (past
/// a word that describes a statement), whose words the quotation is.
fn owned_saying(doc: &Doc, v: usize, lo: usize) -> Option<Phrase> {
    let strong = doc
        .lower(v)
        .and_then(speech_verbs::lookup)
        .is_some_and(|sv| sv.strength == Strength::Speech);
    if !strong || v <= lo {
        return None;
    }
    // What was said follows the noun (`warning that`, `call for`, `comment Monday that`); and
    // no verb of saying before it says it of someone else (`called Clinton's remarks "..."`).
    let next = if doc.lower_is(v + 1, words::is_time_word) {
        v + 2
    } else {
        v + 1
    };
    if !doc.lower_is(next, |w| matches!(w, "that" | "for")) && !doc.is_punct(next, ":")
        || (lo..v).any(|i| {
            doc.verb(i)
                .is_some_and(|sv| sv.strength == Strength::Speech)
        })
    {
        return None;
    }
    let o = if v > lo + 1 && doc.lower_is(v - 1, words::describes_statement) {
        v - 2
    } else {
        v - 1
    };
    phrase::owner(doc, o, lo)
}

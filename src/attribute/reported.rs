//! Rule: a quotation with no cue of its own, after a sentence that reports speech without
//! quoting it (`Howell says she wants the government to act.` / `"When my kids come home ..."`),
//! is the reported speaker's. They are the one talking now: the report is more recent than the
//! last quotation, which `continuation` would otherwise hand the quote to. With no report, a
//! quotation right after a sentence of its paragraph whose subject is a name
//! ([`after_subject`]) is that person's, for the same reason.

use super::Cue;
use crate::doc::Doc;
use crate::lexicon::speech_verbs::Form;
use crate::rule::Rule;
use crate::syntax::phrase::{self, Head, Phrase};
use crate::syntax::subject::{self, Who};

pub(crate) const RULE: Rule = Rule::Reported;

/// The nearest reported-speech verb before quotation `q`, in its paragraph or the one before,
/// and after token `since` (the end of the last speech quotation).
#[inline(never)] // a stage of its own: see `annotate`
pub(crate) fn apply(doc: &Doc, q: usize, since: usize) -> Option<Cue> {
    let (qs, _) = doc.quote_tokens[q];
    let block = *doc.block.get(qs)? as usize;
    let from = doc.block_tokens[block.saturating_sub(1)].0;
    let lo = since.max(from);
    // The rest of the last quotation's sentence is its own cue's (`"...," Obama said at the
    // dinner, where Clinton also spoke.`): no report of new speech.
    let last_sentence = since
        .checked_sub(1)
        .and_then(|t| doc.sentence.get(t))
        .copied();
    for v in (lo..qs).rev() {
        if !doc.outside(v)
            || !doc.verb(v).is_some_and(|sv| sv.form == Form::Finite)
            || Some(doc.sentence[v]) == last_sentence
        {
            continue;
        }
        let (start, end) = doc.sentence_of(v);
        // `..., said the winter railroading report.` (as the cue rules, inverted first)
        let inverted = subject::inverted(doc, v, start.max(lo), end.min(qs));
        if let Some(p) = inverted.or_else(|| match subject::of_verb(doc, v, start.max(lo)) {
            Some(Who::Phrase(p)) => Some(p),
            _ => None,
        }) {
            return Some(Cue::new(Who::Phrase(p), v, RULE, 0.55));
        }
    }
    None
}

/// `Mina Ito, 34, waited outside for three hours. "It was very cold."`: with no report of speech
/// either, a quotation opening a sentence right after one in its paragraph (and after token
/// `since`) whose subject is a name is that person's.
pub(crate) fn after_subject(doc: &Doc, q: usize, since: usize) -> Option<Cue> {
    let (qs, _) = doc.quote_tokens[q];
    let prev = qs.checked_sub(1)?;
    // A quotation opening its paragraph after one that ends by introducing someone
    // (`Reimer's neighbour, Angela Dyck, has sold her herd.`) is theirs too.
    let opens_paragraph = doc.block.get(prev)? != doc.block.get(qs)?;
    if !doc.outside(prev) || opens_paragraph && doc.block_tokens[doc.block[qs] as usize].0 != qs {
        return None;
    }
    if doc.sentence[prev] == doc.sentence[qs] {
        return None;
    }
    // The whole sentence after the last quotation (`since`), so after `prev` too.
    let (s0, _) = doc.sentence_of(prev);
    if s0 < since {
        return None;
    }
    // `Mina Ito, 34, waited`: a person's full name before an apposition opens it too, and so
    // does one in apposition to a description (`Her neighbour, Angela Dyck, has sold`).
    let full_name_apposed = |p: &Phrase| match p.head {
        Head::Name { name } => {
            name.1 - name.0 >= 2 && doc.is_given_name(name.0) && doc.is_punct(p.end, ",")
        }
        _ => false,
    };
    let apposed_to = |p: Phrase| match p.head {
        Head::Description if doc.is_punct(p.end, ",") => {
            phrase::right(doc, p.end + 1, prev).filter(full_name_apposed)
        }
        _ => Some(p).filter(full_name_apposed),
    };
    let p = match subject::sentence_subject(doc, prev, s0) {
        Some(p) if p.head == Head::Description && doc.is_punct(p.end, ",") => apposed_to(p),
        Some(p) => Some(p),
        None => phrase::right(doc, s0, prev).and_then(apposed_to),
    }?;
    let Head::Name { name } = p.head else {
        return None;
    };
    // Across paragraphs, only someone named here for the first time, in full.
    let surname = doc.word(name.1 - 1);
    // A caption (`Whangārei Harbour seen from the hills`) ends with no full stop.
    let new_person = name.1 - name.0 >= 2
        && doc.is_given_name(name.0)
        && doc.is_punct(prev, ".")
        && !(0..name.0).any(|i| doc.word(i) == surname);
    (!opens_paragraph || new_person).then(|| Cue::new(Who::Phrase(p), p.end, RULE, 0.5))
}

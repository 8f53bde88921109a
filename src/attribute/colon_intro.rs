//! Rule: a quotation that opens its paragraph after a paragraph ending in a colon —
//! `From the statement:` or `Smith told reporters:` — belongs to the speaker that colon
//! introduces.

use super::Cue;
use crate::doc::Doc;
use crate::rule::Rule;
use crate::syntax::phrase::{self, Head};
use crate::syntax::subject::{self, Who};

pub(crate) const RULE: Rule = Rule::ColonIntro;

pub(crate) fn apply(doc: &Doc, q: usize) -> Option<Cue> {
    let (qs, _) = doc.quote_tokens[q];
    let b = doc.quotes[q].block;
    if b == 0 || qs >= doc.tokens.len() || doc.block_tokens[b].0 != qs {
        return None;
    }
    let (ps, pe) = doc.block_tokens[b - 1];
    if pe == ps || !doc.is_punct(pe - 1, ":") {
        return None;
    }
    let (lo, _) = doc.sentence_of(pe - 1);
    let lo = lo.max(ps);
    for v in (lo..pe)
        .rev()
        .filter(|&v| doc.outside(v) && doc.verb(v).is_some())
    {
        if let Some(p) = subject::inverted(doc, v, lo, pe) {
            return Some(Cue::new(Who::Phrase(p), v, RULE, 0.8));
        }
        if let Some(who) = subject::of_verb(doc, v, lo) {
            return Some(Cue::new(who, v, RULE, 0.8));
        }
    }
    // `He then listed the qualities a nominee needs:`: a pronoun as the sentence's subject
    // introduces the list, not a name inside it.
    if let Some(p) = subject::sentence_subject(doc, pe - 1, lo)
        .filter(|p| p.start == lo && matches!(p.head, Head::Pronoun(_)))
    {
        return Some(Cue::new(Who::Phrase(p), pe - 1, RULE, 0.7));
    }
    // `From Blinken's statement:` names its speaker; `From the statement:` leaves it to the
    // speaker quoted last. A lone capitalised word opening the sentence is a name only if the
    // article capitalises it mid-sentence too (not `Transcript as follows:`, `Wait, it gets
    // better:`).
    let named = (lo..pe).find_map(|i| {
        phrase::right(doc, i, pe).filter(|p| match p.head {
            Head::Name { name } => {
                name.1 - name.0 > 1 || name.0 > lo || doc.capitalised_mid_sentence(doc.word(lo))
            }
            _ => false,
        })
    });
    Some(match named {
        Some(p) => Cue::new(Who::Phrase(p), pe - 1, RULE, 0.7),
        None => Cue::new(Who::Inherit, pe - 1, RULE, 0.6),
    })
}

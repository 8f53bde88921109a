//! Rule: a quotation in a headline that repeats words the body quotes is theirs who said them
//! there (`Fiorina 'Horrified' by Video` over `"I was horrified," Fiorina said`). A headline
//! names no one the way a sentence does: its quotation is too short to read as speech by its
//! shape, and its cue, when it has one, is a run of capitals.

use super::Decision;
use crate::annotations::{QuoteKind, SpeakerKind};
use crate::doc::Doc;
use crate::entities::Entities;
use crate::lexicon::contains_ignore_case;
use crate::rule::Rule;

pub(crate) const RULE: Rule = Rule::Echo;

/// Headline quotations looked at: a headline holds one or two; a page with no line breaks is
/// one long "headline". With the two bounds below, the search costs at most a constant.
const MAX_HEADLINE_QUOTES: usize = 4;

/// A headline's quotation is a few words; a longer one is not looked for.
const MAX_WORDS: usize = 80;

/// How much of the body's quoted text is searched for each, in bytes, first quotation first: a
/// headline repeats what the article quotes near its top, and a long page is not read to its end.
const BODY_REACH: usize = 32 * 1024;

/// Gives each headline quotation with no speaker the speaker of the first body quotation that
/// holds its words, named where the headline names them (`Fiorina` in `Carly Fiorina: I Am
/// 'Horrified'`), else where the body does.
#[inline(never)] // a stage of its own: see `annotate`
pub(crate) fn apply(doc: &Doc, ents: &Entities, out: &mut [Decision]) {
    let in_headline = |q: usize| doc.headline.get(doc.quotes[q].block) == Some(&true);
    let mut looked = 0;
    for q in 0..out.len() {
        // A speaker another rule found but named by no name (`'We were lied to': residents
        // demand answers`) gives way to the body's.
        let decided = out[q]
            .speaker
            .and_then(|e| ents.list.get(e))
            .is_some_and(|e| e.kind != SpeakerKind::Unnamed);
        if !in_headline(q) || decided || looked == MAX_HEADLINE_QUOTES {
            continue;
        }
        looked += 1;
        let words = doc.inner(q).trim_matches(|c: char| !c.is_alphanumeric());
        // Four letters at least: `no` or `OK` alone is anyone's.
        if words.len() < 4 || words.len() > MAX_WORDS {
            continue;
        }
        // The body's quotations are never changed here: only a headline's are.
        let mut read = 0;
        let source = (0..out.len())
            .filter(|&r| !in_headline(r) && out[r].kind.is_speech() && out[r].speaker.is_some())
            .take_while(|&r| {
                read += doc.inner(r).len();
                read <= BODY_REACH
            })
            .find(|&r| contains_ignore_case(doc.inner(r), words));
        let Some(source) = source.map(|r| out[r]) else {
            continue;
        };
        let surname = source
            .speaker
            .and_then(|e| ents.list.get(e))
            .and_then(|e| e.name.rsplit(' ').next());
        let named = surname.and_then(|w| headline_name(doc, q, w));
        let d = &mut out[q];
        if !d.kind.is_speech() {
            d.kind = QuoteKind::Partial;
        }
        d.speaker = source.speaker;
        d.mention = named.or(source.mention);
        d.cue = None;
        d.rule = RULE;
        d.confidence = source.confidence;
    }
}

/// Where quotation `q`'s headline names `surname`, outside quotation marks, as a token range.
fn headline_name(doc: &Doc, q: usize, surname: &str) -> Option<(usize, usize)> {
    let (start, end) = *doc.block_tokens.get(doc.quotes[q].block)?;
    (start..end)
        .find(|&i| doc.outside(i) && doc.word(i).eq_ignore_ascii_case(surname))
        .map(|i| (i, i + 1))
}

//! Telling speech from other quoted text: scare quotes, nicknames, quoted terms and titles of
//! works are quoted but nobody says them.

use crate::doc::{possessive_base, Doc};
use crate::lexicon::words;

/// What the words around a quotation and its own shape say about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Shape {
    /// Introduced as a term: `so-called "..."`, `dubbed "..."`, `the word "..."`.
    pub introduced_as_term: bool,
    /// Introduced as a title: `the film "..."`, `titled "..."`, `starred in "..."`.
    pub introduced_as_title: bool,
    /// Every main word capitalised, as a title is (`"War and Peace"`), outside a headline.
    pub title_case: bool,
    /// After `on` or an owner's possessive (`on NBC's "Meet the Press."`): a programme or a
    /// work when its words are capitalised.
    pub after_owner: bool,
    pub words: usize,
    /// Ends the way a sentence or a clause of speech does (`.`, `,`, `?`, `!`).
    pub sentence_like: bool,
    /// Ends as a sentence does (a comma inside the marks, American style, does not count).
    pub sentence_end: bool,
    /// Woven into the writer's sentence rather than standing on its own.
    pub partial: bool,
    /// Opens a sentence (`she said. "Why?"`), not in a list of the writer's (`and, yes,
    /// "Sanity."`).
    pub opens_sentence: bool,
    /// Alone in its paragraph, in single marks, with no sentence end: a subhead that repeats a
    /// quotation (`'Just listen to us'`), as headlines quote in single marks.
    pub headline: bool,
}

#[inline(never)] // a stage of its own: see `annotate`
pub(crate) fn shape(doc: &Doc, q: usize) -> Shape {
    let found = doc.quotes[q];
    let inner = doc.inner(q);
    let (qs, qe) = doc.quote_tokens[q];
    let word_toks: Vec<&str> = (qs..qe)
        .filter(|&i| doc.is_word(i))
        .map(|i| doc.word(i))
        .collect();
    // Scripts written without spaces (Chinese, Japanese): about two characters a word.
    let cjk = inner
        .chars()
        .filter(|&c| matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x9FFF | 0xAC00..=0xD7AF))
        .count();
    let words = word_toks.len().max(cjk / 2);
    let minor = |w: &str| {
        matches!(
            w,
            "a" | "an"
                | "the"
                | "of"
                | "and"
                | "or"
                | "in"
                | "on"
                | "at"
                | "to"
                | "for"
                | "with"
                | "by"
                | "from"
                | "is"
                | "vs"
                | "de"
                | "la"
        )
    };
    // A headline capitalises every word, its quotations' too: there capitals say nothing.
    let title_case = word_toks.len() >= 2
        && !doc.headline[doc.block[qs] as usize]
        && word_toks
            .iter()
            .all(|w| minor(w) || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    let capitalised = inner.starts_with(|c: char| !c.is_lowercase());
    // Up to three words before the opening mark in its paragraph may introduce a term (`known
    // as the`).
    let introduced_as_term = (qs.saturating_sub(3)..qs).any(|i| {
        doc.outside(i)
            && doc.is_word(i)
            && doc.block[i] == doc.block[qs]
            && doc.lower_is(i, words::introduces_term)
            && (capitalised
                || !doc.lower_is(i, |w| {
                    words::introduces_proper_name(w) || words::introduces_title(w)
                }))
            && !is_verb(doc, i)
            && {
                // `called "..."` right before a short quotation names it rather than says it;
                // so do `words like "..."` and `terms such as "..."`.
                (i + 1..qs).all(|j| {
                    doc.lower_is(j, |w| {
                        matches!(w, "the" | "a" | "an" | "as" | "like" | "such")
                    })
                })
            }
    }) || (qs >= 1
        && doc.outside(qs - 1)
        && (doc.is(qs - 1, "called") || doc.is(qs - 1, "named"))
        && word_toks.len() <= 4
        && !inner.ends_with(['.', '!', '?']));
    // `Riefian "Ifan" Fajarsyah`: a nickname between a given name and a surname.
    let nickname = qs >= 1
        && qe < doc.tokens.len()
        && words <= 2
        && doc.tokens[qs - 1].cap
        && doc.is_word(qs - 1)
        && doc.tokens[qe].cap
        && doc.is_word(qe)
        && doc.block[qe] == doc.block[qs]
        && !inner.ends_with(['.', ',', '?', '!']);
    let introduced_as_term = introduced_as_term || nickname || on_a_sign(doc, qs, qe);
    let after_owner = qs >= 1 && doc.outside(qs - 1) && {
        let w = doc.word(qs - 1);
        let owner_s = |i: usize| doc.tokens[i].cap && doc.word(i).ends_with(['s', 'S']);
        matches!(w, "on" | "On")
            || doc.tokens[qs - 1].cap && possessive_base(w).is_some()
            || matches!(w, "'" | "’") && qs >= 2 && owner_s(qs - 2)
    };
    let introduced_as_title = (qs.saturating_sub(3)..qs).any(|i| {
        doc.outside(i)
            && doc.is_word(i)
            && doc.block[i] == doc.block[qs]
            && doc.lower_is(i, words::introduces_title)
            && !is_verb(doc, i)
            // `said the report was "a wake-up call"`: what it was called, not its title.
            && !(i + 1..qs).any(|k| doc.lower_is(k, words::is_auxiliary))
    });
    let sentence_end = inner.ends_with(['.', '?', '!', '…', '。', '！', '？'])
        || inner.as_bytes().windows(2).any(|w| w == b". ");
    let sentence_like = sentence_end || inner.ends_with(',');
    let partial = doc.woven_at(qs) || doc.opens_lower(q);
    let opens_sentence =
        qs == 0 || qs < doc.tokens.len() && doc.sentence[qs - 1] != doc.sentence[qs];
    let (bs, be) = doc.block_tokens[doc.block[qs] as usize];
    let headline = (bs, be) == (qs, qe)
        && matches!(
            doc.text
                .get(found.outer.0..)
                .unwrap_or_default()
                .chars()
                .next(),
            Some('\'' | '‘')
        )
        && !sentence_like
        && found.continues.is_none()
        && !found.open_ended;
    Shape {
        introduced_as_term,
        introduced_as_title,
        title_case,
        after_owner,
        words,
        sentence_end,
        sentence_like,
        partial,
        opens_sentence,
        headline,
    }
}

/// `"Hands off our pensions," read one sign`, `A banner on the steps read: "No cuts."`: words a
/// sign, banner or shirt carries, which nobody says (not `she held a sign that read "..."`,
/// which news gives as hers).
fn on_a_sign(doc: &Doc, qs: usize, qe: usize) -> bool {
    let reads = |i: usize| {
        doc.outside(i) && doc.lower_is(i, |w| matches!(w, "read" | "reads" | "said" | "says"))
    };
    let sign = |i: usize| doc.lower_is(i, words::is_sign);
    // After: a verb, then the sign and at most two words before it.
    let v = (qe..(qe + 2).min(doc.tokens.len())).find(|&i| doc.is_word(i));
    let after = v.is_some_and(|v| {
        reads(v)
            && (v + 1..(v + 4).min(doc.tokens.len()))
                .find(|&i| sign(i))
                .is_some_and(|n| {
                    doc.sentence[n] == doc.sentence[v]
                        && (v + 1..n).all(|i| doc.is_word(i) && !doc.tokens[i].cap)
                })
    });
    // Before: the sign is the subject of the verb before the quotation.
    let v = (qs.saturating_sub(2)..qs).rev().find(|&i| doc.is_word(i));
    let before = v.is_some_and(|v| {
        let start = doc.sentence_of(v).0.max(v.saturating_sub(6));
        reads(v)
            && (start..v).any(sign)
            && !(start..v).any(|i| {
                doc.lower_is(i, |w| matches!(w, "that" | "which")) || doc.verb(i).is_some()
            })
    });
    after || before
}

/// `Polls show "..."`, `they report "..."`, `to play "..."`: a word that names a work or a term
/// as a noun (`the show`, `a report`) is a verb after a plural, a pronoun, `to` or a modal.
fn is_verb(doc: &Doc, i: usize) -> bool {
    i > 0
        && doc.lower_is(i, words::is_noun_or_verb)
        && doc.is_word(i - 1)
        && doc.lower_is(i - 1, |w| {
            matches!(
                w,
                "they"
                    | "we"
                    | "you"
                    | "i"
                    | "to"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "may"
                    | "might"
                    | "should"
                    | "must"
                    | "did"
                    | "does"
                    | "do"
                    | "data"
            ) || w.len() > 3
                && words::looks_plural(w)
                && !w.ends_with("us")
                && possessive_base(w).is_none()
        })
}

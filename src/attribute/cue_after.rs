//! Rule: the cue right after the quotation — `"...," Backlund said.`, `"...," said Backlund.`,
//! `"...," he added.`, `"...," Liliya Marynchak, a 45-year-old teacher, told PEOPLE.`

use super::Cue;
use crate::doc::{possessive_base, Doc};
use crate::lexicon::speech_verbs::{Form, Strength};
use crate::lexicon::{lower_is, words};
use crate::rule::Rule;
use crate::syntax::phrase::{self, Phrase};
use crate::syntax::subject::{self, Who};
use crate::tokens::TokenKind;

pub(crate) const RULE: Rule = Rule::CueAfter;

pub(crate) fn apply(doc: &Doc, q: usize) -> Option<Cue> {
    let cue = find(doc, q)?;
    // `"...," O'Malley said at a press conference, according to the Las Vegas Sun.`: the
    // source that reports the cue reports the quotation (as an opening `According to` does).
    let (_, send) = doc.sentence_of(cue.verb);
    let source = (cue.verb + 1..send.min(cue.verb + 40))
        .take_while(|&k| doc.outside(k))
        .find(|&k| doc.is_punct(k - 1, ",") && doc.is(k, "according") && doc.is(k + 1, "to"))
        .and_then(|k| phrase::right(doc, k + 2, send));
    Some(match source {
        Some(p) => Cue::new(Who::Phrase(p), cue.verb, RULE, cue.confidence),
        None => cue,
    })
}

/// The cue right after quotation `q`, as its words give it.
fn find(doc: &Doc, q: usize) -> Option<Cue> {
    let (_, qe) = doc.quote_tokens[q];
    let mut j = qe;
    if j >= doc.tokens.len() || !doc.outside(j) {
        return None;
    }
    let is_dash = |i: usize| ["—", "―", "–", "-"].iter().any(|d| doc.is_punct(i, d));
    if let Some(cue) = named_after(doc, q, j) {
        return Some(cue);
    }
    if doc.block[j] != doc.block[qe - 1] {
        return signature_line(doc, q, j, is_dash(j));
    }
    let dash = is_dash(j) && !doc.is_punct(j, "-");
    if dash || doc.is_punct(j, ",") {
        j += 1;
    }
    let hi = (doc.sentence_of(j.min(doc.tokens.len() - 1)).1).min(j + 40);
    if dash {
        // `"..." — Sonya Herridge` closing the paragraph or its line: a signed quotation.
        let end = doc.block_tokens[doc.block[qe - 1] as usize].1;
        let ends_line = |t: usize| {
            t == end
                || doc
                    .tokens
                    .get(t)
                    .is_some_and(|k| k.kind == TokenKind::Break)
        };
        if let Some(p) = phrase::right(doc, j, hi).filter(|p| {
            matches!(p.head, phrase::Head::Name { .. })
                && (ends_line(p.end) || (doc.is_punct(p.end, ".") && ends_line(p.end + 1)))
        }) {
            return Some(Cue::new(Who::Phrase(p), j - 1, RULE, 0.85));
        }
    }
    if let Some(cue) = passive_agent(doc, q, j, hi) {
        return Some(cue);
    }
    // `"... we don't even know." Colton laughed and stuttered, "I … I …"`: after a finished
    // sentence, a cue whose own sentence runs into the next quotation introduces that one.
    let inner = doc.inner(q);
    let finished = inner.ends_with(['.', '?', '!']);
    if finished && j == qe && doc.quote_tokens.get(q + 1).is_some_and(|n| n.0 < hi) {
        return None;
    }
    // `accusing them of "overclassification run amok." Some allies suggested`: a quotation
    // woven into the writer's sentence and closing it leaves the next sentence its own.
    if finished && j == qe && doc.woven_at(doc.quote_tokens[q].0) {
        return None;
    }
    // `," said Backlund` / `," added the spokesperson`
    let mut k = j;
    while k < hi && doc.is_filler(k) && doc.verb(k).is_none() {
        k += 1;
    }
    if k < hi && doc.verb(k).is_some_and(|v| v.form == Form::Finite) {
        if let Some(p) = subject::inverted(doc, k, j, hi) {
            return Some(Cue::new(Who::Phrase(p), k, RULE, 0.95));
        }
    }
    if doc.is(j, "according") && doc.is(j + 1, "to") {
        let p = phrase::right(doc, j + 2, hi)?;
        return Some(Cue::new(Who::Phrase(p), j, RULE, 0.9));
    }
    // `," Backlund said` / `," he added` / `," Marynchak, a teacher, told`
    let Some(mut p) = phrase::right(doc, j, hi) else {
        let (p, v) = described_subject(doc, j, hi)?;
        let weak = doc.verb(v).is_some_and(|sv| sv.strength == Strength::Weak);
        return (!(weak && inner.ends_with(['.', '?', '!'])))
            .then(|| Cue::new(Who::Phrase(p), v, RULE, 0.85));
    };
    // `," Reyes and Lee said`: they speak together (see `subject::coordinated`), read from the
    // last name.
    let pair = subject::listed_after(doc, p, hi)
        .pop()
        .filter(|n| verb_after(doc, n.end, hi, true).is_some());
    if let Some(n) = pair {
        p = n;
    }
    let mut v = doc.paren_after(p.end).unwrap_or(p.end);
    if doc.is_punct(v, ",") {
        // An apposition: the verb follows the comma that closes it. One that opens with an
        // article may go unclosed (`Nate Silver, the polling guru who founded
        // fivethirtyeight.com tweeted`): it ends at the first verb of saying, unless a relative
        // pronoun governs that verb.
        let closed = (v + 1..hi.min(v + 32))
            .find(|&c| doc.is_punct(c, ",") && verb_after(doc, c + 1, hi, false).is_some());
        let article = matches!(doc.word(v + 1), "the" | "a" | "an");
        let unclosed = || {
            (v + 2..hi.min(v + 24))
                .take_while(|&c| doc.outside(c) && !doc.is_punct(c, ","))
                .find(|&c| {
                    doc.verb(c).is_some_and(|sv| {
                        sv.form == Form::Finite && sv.strength == Strength::Speech
                    }) && !matches!(doc.word(c - 1), "who" | "that" | "which")
                })
        };
        // `," another fraternity brother, Stuart Oltchick, recalled`: the description's name.
        let named = closed
            .filter(|_| p.head == phrase::Head::Description)
            .and_then(|c| {
                phrase::right(doc, v + 1, c)
                    .filter(|n| matches!(n.head, phrase::Head::Name { .. }) && n.end == c)
            });
        p = named.unwrap_or(p);
        v = match closed {
            Some(c) => c + 1,
            None if article => unclosed()?,
            None => return None,
        };
    }
    // `," the veteran anesthesiologist said`: a description read up to a role word may go on
    // in words no list knows, up to its verb; so may one read as a name after `the` (`," the
    // Swedish netminder said`).
    let v = match verb_after(doc, v, hi, pair.is_some() || plural(doc, p)) {
        Some(v) => v,
        None if p.head == phrase::Head::Description || doc.is(p.start, "the") => {
            let (d, v) = described_subject(doc, j, hi)?;
            p = d;
            v
        }
        None => return None,
    };
    // After a quotation that ends a sentence, the next sentence's own verb of opinion (`... to
    // go." Republicans ... have not signalled`, `... does it make?" Her critics cited it`) is
    // no cue.
    if inner.ends_with(['.', '?', '!'])
        && doc.verb(v).is_some_and(|sv| sv.strength == Strength::Weak)
    {
        return None;
    }
    Some(Cue::new(Who::Phrase(p), v, RULE, 0.95))
}

/// `has been described as "heartbreaking" by the conservation department`, `labeled "top
/// secret" by the State Department`: a verb of saying in the passive before quotation `q`,
/// and its agent after `by` (from token `j`), who said it. Not a feeling's cause (`was
/// "encouraged" by the plan`): the verb must be one of saying, in its past form.
fn passive_agent(doc: &Doc, q: usize, j: usize, hi: usize) -> Option<Cue> {
    let (qs, _) = doc.quote_tokens[q];
    let by = if doc.is_punct(j, ",") { j + 1 } else { j };
    if !doc.is(by, "by") || qs == 0 {
        return None;
    }
    let v = if doc.is(qs - 1, "as") {
        qs.checked_sub(2)?
    } else {
        qs - 1
    };
    let past = doc.word(v).ends_with("ed") || doc.lower_is(v, words::is_irregular_participle);
    if !past || doc.verb(v).is_none_or(|sv| sv.form != Form::Finite) {
        return None;
    }
    let p = phrase::right(doc, by + 1, hi)?;
    Some(Cue::new(Who::Phrase(p), v, RULE, 0.85))
}

/// `"We are not going anywhere." ¶ That was the message from Chief Ron Bearpaw`, `That's the
/// view of the union`: the sentence after a finished quotation (from token `j`) that opens
/// with a demonstrative and a form of `be` names whose words they were, after `from` or `of`.
fn named_after(doc: &Doc, q: usize, j: usize) -> Option<Cue> {
    let demonstrative = |w: &str| matches!(w, "that" | "this" | "those" | "these");
    if !doc.inner(q).ends_with(['.', '?', '!']) || !doc.tokens.get(j)?.cap {
        return None;
    }
    // `That was`, or `That's` as one word.
    let k = if doc.lower_is(j, demonstrative) && doc.lower_is(j + 1, words::is_finite_be) {
        j + 2
    } else if possessive_base(doc.word(j)).is_some_and(|b| lower_is(b, demonstrative)) {
        j + 1
    } else {
        return None;
    };
    let (_, send) = doc.sentence_of(j);
    // Up to `from` or `of`, a few lower-case words ending in a noun of words (`the message`,
    // `the blunt verdict`; not `the flip side of`).
    let by = (k..send.min(k + 6))
        .take_while(|&i| doc.is_word(i) && !doc.tokens[i].cap)
        .find(|&i| doc.is(i, "from") || doc.is(i, "of"))
        .filter(|&i| i > k && doc.lower_is(i - 1, words::names_words))?;
    let p = phrase::right(doc, by + 1, send)?;
    let someone = match p.head {
        phrase::Head::Name { .. } => true,
        phrase::Head::Description => {
            doc.lower_is(p.end - 1, |w| words::is_role(w) || words::is_institution(w))
        }
        phrase::Head::Pronoun(_) => false,
    };
    someone.then(|| Cue::new(Who::Phrase(p), by, RULE, 0.8))
}

/// Whether the cue verb `v` found after quotation `q` opens a sentence of its own that goes on
/// to report (`"It's not true." He said Clinton would ...`), rather than closing the
/// quotation's sentence (`"It's not true," he said.`).
pub(crate) fn reports_on(doc: &Doc, q: usize, v: usize) -> bool {
    let (_, qe) = doc.quote_tokens[q];
    doc.inner(q).ends_with(['.', '?', '!'])
        && doc.tokens.get(qe).is_some_and(|t| t.cap)
        && doc.is_word(v + 1)
        && doc.sentence_of(v).0 == doc.sentence_of(v + 1).0
}

/// A paragraph that is one quotation, then a line `— Michelle Marks, Philadelphia.`: a
/// signature (a credit line after a quote inside a sentence is not one: `called him "my
/// friend." / - Reuters`).
fn signature_line(doc: &Doc, q: usize, j: usize, dash: bool) -> Option<Cue> {
    let (qs, qe) = doc.quote_tokens[q];
    let (bs, be) = doc.block_tokens[doc.block[j] as usize];
    let alone = doc.block_tokens[doc.block[qe - 1] as usize] == (qs, qe);
    if !dash || !alone || j != bs || be - bs > 14 {
        return None;
    }
    let p = phrase::right(doc, j + 1, be)?;
    (matches!(p.head, phrase::Head::Name { .. })
        && (p.end == be || doc.is_punct(p.end, ",") || doc.is_punct(p.end, ".")))
    .then(|| Cue::new(Who::Phrase(p), j, RULE, 0.8))
}

/// `," one user wrote`, `," another supporter said`, `," his nephew said`, `," city officials
/// said`, `," the retired postman said`: a noun phrase naming no one that no word list reads,
/// right before the verb, describes who spoke (an indefinite one someone the article does not
/// name; a definite one may stand for someone named before, see `Entities::describe`). A
/// document (`his statement`) speaks for its author and is left to the other rules.
fn described_subject(doc: &Doc, j: usize, hi: usize) -> Option<(Phrase, usize)> {
    let det = doc.is_word(j)
        && doc.lower_is(j, |w| {
            matches!(
                w,
                "a" | "an"
                    | "the"
                    | "one"
                    | "another"
                    | "some"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "our"
            )
        });
    let first = j + usize::from(det);
    let mut k = first;
    while k < hi.min(j + 5) && doc.is_word(k) && doc.outside(k) && doc.verb(k).is_none() {
        if doc.lower_is(k, words::is_function_word) || words::pronoun(doc.word(k)).is_some() {
            return None;
        }
        k += 1;
    }
    if k == first || doc.lower_is(k - 1, |w| words::is_proxy(w) || words::is_document(w)) {
        return None;
    }
    // `," city officials said`, `," health experts say`: with no determiner, lower-case
    // words ending in a plural role.
    let bare = || {
        (j..k).all(|i| !doc.tokens[i].cap) && doc.word(k - 1).ends_with('s') && doc.is_role(k - 1)
    };
    if !det && !bare() {
        return None;
    }
    let described = Phrase {
        start: j,
        end: k,
        head: phrase::Head::Description,
    };
    let v = verb_after(doc, k, hi, plural(doc, described))?;
    // `," his nephew Michel Sawan added`: the description introduces a name, which speaks.
    let named = (j + 1..k)
        .find(|&i| doc.tokens[i].cap)
        .and_then(|i| phrase::right(doc, i, k))
        .filter(|p| p.end == k && matches!(p.head, phrase::Head::Name { .. }));
    Some((named.unwrap_or(described), v))
}

/// Whether phrase `p` is plural: `they`, `we`, a plural noun (`officials`, `the Saudis`) or
/// two joined (`Park and Lee`).
fn plural(doc: &Doc, p: Phrase) -> bool {
    match p.head {
        phrase::Head::Pronoun(words::Pronoun::Plural) => !doc.is(p.start, "it"),
        phrase::Head::Pronoun(_) => false,
        _ => {
            let last = doc.word(p.end - 1);
            words::looks_plural(last) || (p.start..p.end).any(|i| doc.is(i, "and"))
        }
    }
}

/// A speech verb at `i`, after at most three fillers (`later said`, `has said`, `would not say`).
/// Right after a plural subject, a base form is its present (`," officials say`).
fn verb_after(doc: &Doc, mut i: usize, hi: usize, plural: bool) -> Option<usize> {
    let start = i;
    while i < hi && i < start + 4 {
        if let Some(v) = doc.verb(i) {
            let base = v.form == Form::Base && (i > start || plural);
            return (v.form == Form::Finite || base).then_some(i);
        }
        if !(doc.is_word(i) && doc.lower_is(i, words::is_verb_filler)) {
            return None;
        }
        i += 1;
    }
    None
}

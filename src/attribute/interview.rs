//! Rule: an answer in an interview printed as questions and answers (`Q: ...` ¶ `A: ...`) is
//! the words of the person the interview is with: of the people its introduction names, the
//! one it mentions most.

use crate::doc::Doc;
use crate::entities::Entities;
use crate::rule::Rule;
use crate::syntax::phrase;

pub(crate) const RULE: Rule = Rule::Interview;

/// Who the article's answers are by, and the token range of their first mention; `None` when
/// the article has no answers or names no one before the first.
pub(crate) fn interviewee(doc: &Doc, ents: &Entities) -> Option<(usize, (usize, usize))> {
    let first = doc.quotes.iter().position(|f| f.answer)?;
    let upto = doc.quote_tokens[first].0;
    let (e, tok) = ents.interviewee(upto)?;
    let (_, send) = doc.sentence_of(tok);
    let end = phrase::right(doc, tok, send).map_or(tok + 1, |p| p.end);
    Some((e, (tok, end)))
}

//! Interviews printed as questions and answers (`Q: ...` ¶ `A: ...`): each answer is the words of
//! the person interviewed, with no quotation marks, and its later paragraphs go on with it up to
//! the next question.

use crate::article::{BlockKind, BlockSpan};

/// Where an answer's words start (past its label), and whether it opens the answer (rather
/// than going on with the paragraph before).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Answer {
    pub start: usize,
    pub opens: bool,
}

/// A paragraph's label: whether it marks an answer (else a question), how many bytes it takes
/// with the space after it, and whether it is a `Q` run into the question (`QWhat ...`, where a
/// page lost the label's bold), which counts only before a labelled answer. Labels: `Q` or `A`
/// and a colon, a full stop or a spaced dash (`Q:`, `A.`, `A —`).
fn label(block: &str) -> Option<(bool, usize, bool)> {
    let (answer, rest) = (block.starts_with('A'), block.strip_prefix(['Q', 'A'])?);
    let after = rest.trim_start_matches([' ', '\u{a0}']);
    let mut chars = after.chars();
    let mark = chars.next()?;
    let past = chars.as_str();
    let words = past.trim_start();
    // `A-list` has a hyphen; `A. J. Foyt` an initial.
    let dash = matches!(mark, '—' | '–' | '-');
    let labelled = (mark == ':' || mark == '.' || dash && words.len() < past.len())
        && !words.is_empty()
        && !(mark == '.' && words.as_bytes().get(1) == Some(&b'.'));
    if labelled {
        return Some((answer, block.len() - words.len(), false));
    }
    let b = rest.as_bytes();
    let glued = !answer
        && rest.len() + 1 == block.len()
        && b.first().is_some_and(u8::is_ascii_uppercase)
        && b.get(1).is_some_and(u8::is_ascii_lowercase);
    glued.then_some((false, 1, true))
}

/// The answers of an article set out as an interview, by block: none unless at least two
/// paragraphs are labelled answers and one a question. A paragraph with no label after an
/// answer goes on with it when a question comes later; after the last question, only the
/// labelled answer is the interview's (what follows may be the article's own end).
pub(crate) fn answers(text: &str, blocks: &[BlockSpan]) -> Vec<Option<Answer>> {
    // (A glued question reads the next block's label too: rare, and constant.)
    let label_at = |b: usize| {
        let block = blocks.get(b).filter(|b| b.kind != BlockKind::Heading)?;
        let t = text.get(block.start..block.end).unwrap_or_default();
        let trimmed = t.trim_start();
        label(trimmed).map(|(answer, n, glued)| (answer, n + t.len() - trimmed.len(), glued))
    };
    let labelled = |b: usize| {
        label_at(b)
            .filter(|l| !l.2 || label_at(b + 1).is_some_and(|n| n.0))
            .map(|l| (l.0, l.1))
    };
    // (Labels are read twice, to keep no list of them: a label is a few bytes' look.)
    let (mut answered, mut last_question) = (0, None);
    for b in 0..blocks.len() {
        match labelled(b) {
            Some((true, _)) => answered += 1,
            Some((false, _)) => last_question = Some(b),
            None => {}
        }
    }
    let mut out = vec![None; blocks.len()];
    let Some(last_question) = last_question.filter(|_| answered >= 2) else {
        return out;
    };
    let mut in_answer = false;
    for (b, block) in blocks.iter().enumerate() {
        match labelled(b) {
            Some((true, n)) => {
                out[b] = Some(Answer {
                    start: block.start + n,
                    opens: true,
                });
                in_answer = true;
            }
            None if in_answer && block.kind == BlockKind::Paragraph && b < last_question => {
                out[b] = Some(Answer {
                    start: block.start,
                    opens: false,
                });
            }
            _ => in_answer = false,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        let cases = [
            ("Q: Why now?", Some((false, 3, false))),
            ("A: Because.", Some((true, 3, false))),
            ("Q. Why now?", Some((false, 3, false))),
            ("A — Because.", Some((true, 6, false))),
            ("Question: Why?", None),
            ("QWhy now?", Some((false, 1, true))),
            ("A. J. Foyt won.", None),
            ("QAnon grew.", Some((false, 1, true))),
            ("QUEBEC CITY — The", None),
            ("A man said.", None),
            ("Answers came later.", None),
            ("A:", None),
            ("A-list stars came.", None),
        ];
        for (text, want) in cases {
            assert_eq!(label(text), want, "{text:?}");
        }
    }
}

//! Pairs quotation marks inside one block.
//!
//! Marks are paired with a stack, so a quote nested in another (with the other kind of mark) is
//! read as part of the outer one. A mark left open at the end of the block is either the
//! opening of a quotation that runs on into the next paragraph, a quotation whose closing mark
//! is missing (it opens the paragraph), or a stray mark: a stray mark is set aside and the block
//! paired again without it, so one bad mark never spoils more than its own paragraph.

use super::marks::{classify, is_single, Role};
use crate::tokens::char_at;

/// A top-level quotation found in a block, in byte offsets of the article text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Pair {
    /// The opening mark's start and end.
    pub open: (usize, usize),
    /// The closing mark's start and end; `None` when the quotation runs to the end of the block.
    pub close: Option<(usize, usize)>,
}

#[derive(Clone, Copy)]
struct Opener {
    at: usize,
    len: usize,
    mark: char,
    closers: &'static [char],
}

/// How many open quotations a closing mark looks through for its opener. Real quotations nest
/// two or three deep; a run of unclosed marks (`« « « …`) stacks up without bound, and searching
/// all of it for every mark made such a run quadratic.
const MAX_DEPTH: usize = 8;

/// How many stray marks one block may set aside (each costs a pass over the block).
const MAX_STRAYS: usize = 4;

/// Pairs the marks of `text[start..end]`. `runs_on` says whether the next block opens with a
/// quotation mark (a multi-paragraph quotation continues there).
pub(crate) fn pair_block(text: &str, start: usize, end: usize, runs_on: Option<char>) -> Vec<Pair> {
    let mut strays: Vec<usize> = Vec::new();
    loop {
        let (pairs, open, reopened) = pass(text, start, end, &strays);
        let Some(bottom) = open else { return pairs };
        if let Some(at) = reopened.filter(|_| strays.len() < MAX_STRAYS) {
            strays.push(at);
            continue;
        }
        let before = text.get(start..bottom.at).unwrap_or_default();
        let starts_block = before.trim().is_empty();
        let after_colon = before.trim_end().ends_with([':', ',']);
        let continues = runs_on.is_some_and(|m| is_single(m) == is_single(bottom.mark));
        if continues
            || starts_block
            || (after_colon
                && !text
                    .get(bottom.at + bottom.len..end)
                    .unwrap_or_default()
                    .trim()
                    .is_empty())
        {
            let mut pairs = pairs;
            pairs.push(Pair {
                open: (bottom.at, bottom.at + bottom.len),
                close: None,
            });
            return pairs;
        }
        if strays.len() >= MAX_STRAYS {
            return pairs;
        }
        strays.push(bottom.at);
    }
}

/// One pass over the block: the top-level pairs, the lowest mark still open at the end, and
/// where that mark was re-opened after a sentence (the same mark pushed right above it).
#[inline(never)] // a stage of its own: see `annotate`
fn pass(
    text: &str,
    start: usize,
    end: usize,
    strays: &[usize],
) -> (Vec<Pair>, Option<Opener>, Option<usize>) {
    let block = text.get(start..end).unwrap_or_default();
    let mut stack: Vec<Opener> = Vec::new();
    let mut pairs = Vec::new();
    let mut reopened: Option<(usize, usize)> = None;
    let mut prev: Option<char> = None;
    let mut from = 0;
    while let Some(i) = next_mark_byte(block, from) {
        if i > from {
            prev = block.get(..i).and_then(|b| b.chars().next_back());
        }
        let Some(c) = char_at(block, i) else {
            break;
        };
        from = i + c.len_utf8();
        let mut next = char_at(block, from);
        let at = start + i;
        if !is_mark(c) || strays.contains(&at) {
            prev = Some(c);
            continue;
        }
        // Two single marks written for a double one (`creators,’’ says`, wire copy's `''`).
        // In a run of three (`in line,'''`) the first closes a single quotation.
        let single = |m: Option<char>| matches!(m, Some('\'' | '’' | '‘'));
        let third = single(
            block
                .get(i + c.len_utf8()..)
                .unwrap_or_default()
                .chars()
                .nth(1),
        );
        let (c, width) = match (c, next) {
            ('\'' | '’' | '‘', Some(n @ ('\'' | '’' | '‘'))) if !third => {
                from += n.len_utf8();
                next = char_at(block, from);
                let before_space = prev.is_none_or(char::is_whitespace);
                let double = if before_space { '“' } else { '”' };
                (double, c.len_utf8() + n.len_utf8())
            }
            _ => (c, c.len_utf8()),
        };
        let rest = block.get(i + width..).unwrap_or_default();
        let word_end = rest
            .find(|x: char| !x.is_alphanumeric())
            .unwrap_or(rest.len());
        let role = classify(c, prev, next, rest.get(..word_end).unwrap_or_default());
        prev = Some(c);
        let opener_for = |stack: &[Opener]| -> Option<usize> {
            if is_single(c) || c == '\'' {
                // Single marks close only the innermost quotation: an apostrophe must not close
                // an outer one.
                let top = stack.len().checked_sub(1)?;
                return stack[top].closers.contains(&c).then_some(top);
            }
            let low = stack.len().saturating_sub(MAX_DEPTH);
            stack[low..]
                .iter()
                .rposition(|o| o.closers.contains(&c))
                .map(|k| low + k)
        };
        // French guillemets take a space inside: `« non »`.
        let opens_here = prev_allows_open(block, i)
            && (next.is_some_and(|n| !n.is_whitespace()) || matches!(c, '«' | '‹'));
        let push = |stack: &mut Vec<Opener>, closers| {
            stack.push(Opener {
                at,
                len: width,
                mark: c,
                closers,
            })
        };
        match role {
            None | Some(Role::Apostrophe) => {}
            Some(Role::Open(closers)) => push(&mut stack, closers),
            Some(Role::Close) => {
                if let Some(k) = opener_for(&stack) {
                    close(&mut stack, &mut pairs, k, at, width);
                }
            }
            Some(Role::Either(closers)) => match opener_for(&stack) {
                Some(k) => close(&mut stack, &mut pairs, k, at, width),
                None => push(&mut stack, closers),
            },
            Some(Role::CloseOrOpen(closers)) => {
                let k = opener_for(&stack);
                match k {
                    Some(k) if !opens_here || stack[k].closers[0] == c || stack[k].mark == '„' => {
                        close(&mut stack, &mut pairs, k, at, width)
                    }
                    _ if opens_here => push(&mut stack, closers),
                    Some(k) => close(&mut stack, &mut pairs, k, at, width),
                    None => {}
                }
            }
        }
        if let [bottom, top] = stack[..] {
            if top.at == at && bottom.mark == c && !is_single(c) && after_sentence(block, i) {
                reopened.get_or_insert((bottom.at, at));
            }
        }
    }
    let bottom = stack.first().copied();
    let reopened = reopened
        .filter(|(b, _)| bottom.is_some_and(|o| o.at == *b))
        .map(|(_, at)| at);
    (pairs, bottom, reopened)
}

/// The first byte at or after `from` that may start a quotation mark: `"`, `'`, or the lead
/// byte of the marks outside ASCII (`«` `»`; `“` to `›`; `「` to `』`). The text between is
/// skipped without decoding it.
fn next_mark_byte(block: &str, from: usize) -> Option<usize> {
    let rest = block.as_bytes().get(from..)?;
    let k = rest
        .iter()
        .position(|&b| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2 | 0xE3))?;
    Some(from + k)
}

/// Whether a sentence ends just before `i` (`indivisible. “`).
fn after_sentence(block: &str, i: usize) -> bool {
    let before = block.get(..i).unwrap_or_default().trim_end();
    before.len() < i && before.ends_with(['.', '!', '?', '…'])
}

fn prev_allows_open(block: &str, i: usize) -> bool {
    match block.get(..i).unwrap_or_default().chars().next_back() {
        None => true,
        Some(p) => p.is_whitespace() || !p.is_alphanumeric(),
    }
}

fn close(stack: &mut Vec<Opener>, pairs: &mut Vec<Pair>, k: usize, at: usize, len: usize) {
    let opener = stack[k];
    stack.truncate(k);
    if k == 0 {
        pairs.push(Pair {
            open: (opener.at, opener.at + opener.len),
            close: Some((at, at + len)),
        });
    }
}

/// Every character that can be a quotation mark.
pub(crate) fn is_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '‘'
            | '’'
            | '„'
            | '‚'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
    )
}

/// The opening mark of a block, if it opens with one (for multi-paragraph quotations).
pub(crate) fn leading_mark(block: &str) -> Option<char> {
    let c = block.trim_start().chars().next()?;
    let next = block.trim_start().chars().nth(1);
    (is_mark(c) && next.is_some_and(|n| !n.is_whitespace())).then_some(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(s: &str) -> Vec<&str> {
        pair_block(s, 0, s.len(), None)
            .iter()
            .map(|p| &s[p.open.1..p.close.map_or(s.len(), |c| c.0)])
            .collect()
    }

    #[test]
    fn a_closing_mark_looks_only_a_few_quotations_deep() {
        // Its opener under eight unclosed guillemets is out of reach: the quotation stays open.
        let s = format!("“a {}c”", "« b ".repeat(MAX_DEPTH));
        let pairs = pair_block(&s, 0, s.len(), None);
        assert!(pairs.iter().all(|p| p.close.is_none()), "{pairs:?}");
        assert_eq!(quotes("« a « b » c »"), [" a « b » c "]);
    }

    #[test]
    fn doubled_single_marks_are_one_double_mark() {
        assert_eq!(quotes("“Hi,’’ she said."), ["Hi,"]);
        assert_eq!(quotes("''Hi,'' she said."), ["Hi,"]);
        // Three in a row: the first closes the single quotation inside.
        assert_eq!(quotes("''He said, 'no,''' she said."), ["He said, 'no,'"]);
    }

    #[test]
    fn straight_and_curly() {
        assert_eq!(quotes(r#""Hi," he said, "bye.""#), ["Hi,", "bye."]);
        assert_eq!(quotes("“Hi,” he said, “bye.”"), ["Hi,", "bye."]);
    }

    #[test]
    fn apostrophes_inside_single_quotes() {
        assert_eq!(
            quotes("U.S. Believes 'Russia's Forces Have Committed War Crimes'"),
            ["Russia's Forces Have Committed War Crimes"]
        );
        assert_eq!(
            quotes("in the '90s, rock 'n' roll and the Joneses' car"),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn nested_quote_belongs_to_the_outer_one() {
        assert_eq!(
            quotes(r#""He told me 'never again,' and left," she said."#),
            ["He told me 'never again,' and left,"]
        );
    }

    #[test]
    fn other_languages() {
        assert_eq!(quotes("Er sagte: „Nein.“ Dann"), ["Nein."]);
        assert_eq!(quotes("Il a dit « non » hier"), [" non "]);
        assert_eq!(quotes("Er sagte »Nein« und"), ["Nein"]);
        assert_eq!(quotes("彼は「はい」と言った"), ["はい"]);
        assert_eq!(quotes("‚Ja‘ sagte er"), ["Ja"]);
    }

    #[test]
    fn stray_mark_is_set_aside() {
        assert_eq!(quotes(r#"He is 6'2" tall and said "yes" twice."#), ["yes"]);
        assert_eq!(
            quotes(r#"A " stray mark, then "a real one" here."#),
            ["a real one"]
        );
    }

    #[test]
    fn quote_reopened_after_a_sentence_is_one_quote() {
        assert_eq!(
            quotes("“When they say ‘Hey George’ it meant nothing. “You had no name.” he said."),
            ["When they say ‘Hey George’ it meant nothing. “You had no name."]
        );
        // Nested with the same mark and closed: still the outer quotation.
        assert_eq!(
            quotes("“He said “no” to me,” she said."),
            ["He said “no” to me,"]
        );
    }

    #[test]
    fn open_paragraph_runs_to_the_end() {
        assert_eq!(
            quotes(r#""First paragraph of a long quote."#),
            ["First paragraph of a long quote."]
        );
    }

    #[test]
    fn many_marks_pair_up() {
        let s = "\"".repeat(10_001);
        assert!(quotes(&s).iter().all(|q| q.is_empty()));
    }
}

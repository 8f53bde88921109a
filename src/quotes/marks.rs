//! What one quotation-mark character can be at one place: an opening mark, a closing mark, or
//! an apostrophe. Decided from the characters on each side, never from far away.

/// The role a mark can play where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// Opens a quotation closed by any of these marks.
    Open(&'static [char]),
    /// Closes a quotation (or opens one closed by the given marks, when nothing is open).
    CloseOrOpen(&'static [char]),
    /// Either, judged by what is open: a straight mark in the middle of nowhere.
    Either(&'static [char]),
    /// Can only close.
    Close,
    /// Not a quotation mark here: an apostrophe (`Russia's`, `'90s`, `the Joneses'`).
    Apostrophe,
}

/// Whether a quotation opened by `open` is a single-quote one (nested inside double quotes).
pub(crate) fn is_single(open: char) -> bool {
    matches!(open, '\'' | '‘' | '‚' | '’' | '‹' | '›' | '『')
}

/// Words written with a leading apostrophe for missing letters (`'em`, `'til`, `'n'`).
fn is_elision(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    matches!(
        lower.as_str(),
        "em" | "til"
            | "till"
            | "cause"
            | "n"
            | "tis"
            | "twas"
            | "bout"
            | "round"
            | "nuff"
            | "ere"
            | "s"
            | "cos"
            | "coz"
            | "kay"
            | "ol"
            | "ya"
            | "sup"
    ) || lower.starts_with(|c: char| c.is_ascii_digit())
}

fn opening_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(p) => {
            p.is_whitespace()
                || matches!(
                    p,
                    '(' | '['
                        | '{'
                        | '—'
                        | '–'
                        | '-'
                        | '/'
                        | '“'
                        | '‘'
                        | '„'
                        | '‚'
                        | '«'
                        | '‹'
                        | '"'
                        | '\''
                        | '「'
                        | '『'
                        | ':'
                        | '…'
                )
        }
    }
}

fn closing_context(next: Option<char>) -> bool {
    match next {
        None => true,
        Some(n) => n.is_whitespace() || (!n.is_alphanumeric() && !matches!(n, '(' | '[' | '{')),
    }
}

/// Classifies the mark `c`; `prev` and `next` are its neighbours in the block and `word` the
/// word that follows it (for elisions like `'90s`).
pub(crate) fn classify(
    c: char,
    prev: Option<char>,
    next: Option<char>,
    word: &str,
) -> Option<Role> {
    let letter_before = prev.is_some_and(|p| p.is_alphanumeric());
    let letter_after = next.is_some_and(|n| n.is_alphanumeric());
    let opens = opening_context(prev) && next.is_some_and(|n| !n.is_whitespace());
    let closes = prev.is_some_and(|p| !p.is_whitespace()) && closing_context(next);
    Some(match c {
        '"' => match (opens, closes) {
            (true, false) => Role::Open(&['"', '”', '“']),
            (false, true) => Role::Close,
            _ => Role::Either(&['"', '”', '“']),
        },
        '“' => Role::CloseOrOpen(&['”', '"', '“']),
        '”' => Role::CloseOrOpen(&['”', '"']),
        '„' => Role::Open(&['“', '”', '"']),
        '«' => Role::CloseOrOpen(&['»']),
        '»' => Role::CloseOrOpen(&['«']),
        '‹' => Role::CloseOrOpen(&['›']),
        '›' => Role::CloseOrOpen(&['‹']),
        '「' => Role::Open(&['」']),
        '」' => Role::Close,
        '『' => Role::Open(&['』']),
        '』' => Role::Close,
        '‚' => Role::Open(&['‘', '’', '\'']),
        '\'' | '’' | '‘' => {
            if letter_before && letter_after {
                return Some(Role::Apostrophe);
            }
            if opens && !letter_before {
                if is_elision(word) {
                    return Some(Role::Apostrophe);
                }
                return Some(if c == '’' {
                    // A right mark standing where a left one should: closes, or opens.
                    Role::CloseOrOpen(&['’', '\''])
                } else {
                    Role::Open(&['\'', '’', '‘'])
                });
            }
            if closes || c == '’' {
                return Some(Role::Close);
            }
            if c == '‘' {
                return Some(Role::Open(&['’', '\'']));
            }
            Role::Apostrophe
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apostrophes() {
        for (c, prev, next, word) in [
            ('\'', Some('a'), Some('s'), "s"),
            ('’', Some('a'), Some('s'), "s"),
            ('\'', Some(' '), Some('9'), "90s"),
            ('‘', Some(' '), Some('9'), "90s"),
            ('\'', Some(' '), Some('n'), "n"),
            ('\'', Some(' '), Some('e'), "em"),
        ] {
            assert_eq!(
                classify(c, prev, next, word),
                Some(Role::Apostrophe),
                "{c} {word}"
            );
        }
    }

    #[test]
    fn straight_double_marks_by_flank() {
        assert!(matches!(
            classify('"', Some(' '), Some('H'), "Hi"),
            Some(Role::Open(_))
        ));
        assert_eq!(classify('"', Some(','), Some(' '), ""), Some(Role::Close));
        assert!(matches!(
            classify('"', Some(' '), Some(' '), ""),
            Some(Role::Either(_))
        ));
    }

    #[test]
    fn trailing_s_apostrophe_can_close() {
        // `the Joneses' car`: a close-like mark; the pairing decides (nothing open: apostrophe).
        assert_eq!(classify('\'', Some('s'), Some(' '), ""), Some(Role::Close));
    }
}

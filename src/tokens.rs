//! Splits an article into word and punctuation tokens with byte offsets.
//!
//! A word keeps inner apostrophes (`Russia's`, `Brind'Amour`), hyphens (`re-affirmed`,
//! `45-year-old`) and the periods of abbreviations (`U.S.`, `Dr.`), so the rules can look at
//! whole words. White space is not a token; a line break is.

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    Word,
    Punct,
    /// A line break inside a block (`\n`).
    Break,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    /// Byte offsets, in 32 bits: a token table is some 5 bytes of text long, and half as much
    /// memory to fill and read is faster on long texts. (Sentences and quotations are counted
    /// in 32 bits too: a text is under 4 GiB.)
    pub start: u32,
    pub end: u32,
    pub kind: TokenKind,
    /// The first character is an upper-case letter.
    pub cap: bool,
}

impl Token {
    pub(crate) fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start as usize..self.end as usize)
            .unwrap_or_default()
    }
}

/// Abbreviations whose final period belongs to the word rather than ending a sentence.
fn is_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "St"
            | "Jr"
            | "Sr"
            | "Sgt"
            | "Lt"
            | "Col"
            | "Gen"
            | "Gov"
            | "Sen"
            | "Rep"
            | "Prof"
            | "Rev"
            | "Capt"
            | "Cpl"
            | "Const"
            | "Insp"
            | "Supt"
            | "Det"
            | "Coun"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Aug"
            | "Sept"
            | "Sep"
            | "Oct"
            | "Nov"
            | "Dec"
            | "No"
            | "vs"
            | "Mt"
            | "Ft"
            | "Inc"
            | "Ltd"
            | "Corp"
            | "Co"
            | "Hon"
            | "Atty"
            | "Gens"
            | "Adm"
            | "Cmdr"
            | "Maj"
            | "Pres"
            | "approx"
            | "Ave"
    )
}

fn is_inner_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‑' | '.' | '&')
}

/// Tokenizes `text[start..end]`, appending to `out`.
#[inline(never)] // a stage of its own: see `annotate`
pub(crate) fn tokenize(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let slice = text.get(start..end).unwrap_or_default();
    let mut i = 0;
    while let Some(c) = char_at(slice, i) {
        let at = start + i;
        i += c.len_utf8();
        if c == '\n' {
            out.push(Token {
                start: at as u32,
                end: at as u32 + 1,
                kind: TokenKind::Break,
                cap: false,
            });
            continue;
        }
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Token {
                start: at as u32,
                end: (start + i) as u32,
                kind: TokenKind::Punct,
                cap: false,
            });
            continue;
        }
        let mut so_far = WordSoFar::new(c);
        while let Some(d) = char_at(slice, i) {
            let after = i + d.len_utf8();
            if d.is_alphanumeric() || is_combining(d) {
                so_far.take(d);
                i = after;
                continue;
            }
            // `9/11`, `24/7`: a slash between digits is part of the number.
            if d == '/'
                && slice.as_bytes().get(i - 1).is_some_and(u8::is_ascii_digit)
                && slice.as_bytes().get(after).is_some_and(u8::is_ascii_digit)
            {
                so_far.take(d);
                i = after;
                continue;
            }
            if is_inner_joiner(d) {
                // A joiner stays in the word only when a letter or digit follows it, or it is the
                // period of an abbreviation (`U.S.`, `Dr.`).
                let next = char_at(slice, after);
                let word = text.get(at..start + i).unwrap_or_default();
                let joins = next.is_some_and(|n| n.is_alphanumeric())
                    && (d != '.' || so_far.count == 1 || so_far.has_period);
                let abbrev_period = d == '.'
                    && (is_abbreviation(word)
                        || (so_far.has_period && so_far.letters_and_periods)
                        || (so_far.count == 1
                            && c.is_uppercase()
                            && next.is_some_and(|n| n.is_whitespace())));
                if joins || abbrev_period {
                    so_far.take(d);
                    i = after;
                    continue;
                }
            }
            break;
        }
        out.push(Token {
            start: at as u32,
            end: (start + i) as u32,
            kind: TokenKind::Word,
            cap: c.is_uppercase(),
        });
    }
}

/// The character starting at byte `i` of `s` (a character boundary), read without decoding
/// when it is ASCII, as most of a news text is.
pub(crate) fn char_at(s: &str, i: usize) -> Option<char> {
    match *s.as_bytes().get(i)? {
        b if b.is_ascii() => Some(char::from(b)),
        _ => s.get(i..)?.chars().next(),
    }
}

/// What a word read so far is, kept as it grows so that no character is looked at twice: a run
/// like `A.A.A.…` is one long word, and looking back over it at every period was quadratic.
struct WordSoFar {
    count: usize,
    has_period: bool,
    letters_and_periods: bool,
}

impl WordSoFar {
    fn new(first: char) -> Self {
        WordSoFar {
            count: 1,
            has_period: false,
            letters_and_periods: first.is_alphabetic(),
        }
    }

    fn take(&mut self, c: char) {
        self.count += 1;
        self.has_period |= c == '.';
        self.letters_and_periods &= c.is_alphabetic() || c == '.';
    }
}

/// Combining marks (accents typed as separate code points) stay inside words.
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(s, 0, s.len(), &mut out);
        out.iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn words_keep_inner_marks() {
        assert_eq!(
            words("Russia's U.S. Dr. Smith re-affirmed, Brind'Amour's 45-year-old."),
            [
                "Russia's",
                "U.S.",
                "Dr.",
                "Smith",
                "re-affirmed",
                ",",
                "Brind'Amour's",
                "45-year-old",
                "."
            ]
        );
    }

    #[test]
    fn a_slash_between_digits_stays_in_the_number() {
        assert_eq!(
            words("9/11 widow, 24/7 and/or 3/ 4"),
            ["9/11", "widow", ",", "24/7", "and", "/", "or", "3", "/", "4"]
        );
    }

    #[test]
    fn quote_marks_are_punctuation() {
        assert_eq!(
            words("\"Hi,\" he said."),
            ["\"", "Hi", ",", "\"", "he", "said", "."]
        );
        assert_eq!(
            words("'Tis the Joneses' car"),
            ["'", "Tis", "the", "Joneses", "'", "car"]
        );
    }

    #[test]
    fn sentence_period_is_its_own_token() {
        assert_eq!(words("in Ukraine. The"), ["in", "Ukraine", ".", "The"]);
        assert_eq!(words("Joe A. Smith"), ["Joe", "A.", "Smith"]);
    }
}

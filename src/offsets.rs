//! Byte offsets to Unicode character offsets, in one forward pass for offsets asked in
//! (mostly) increasing order: each step costs its distance, so a
//! pass over an article is linear.

use crate::annotations::Span;

/// The characters in `bytes` of UTF-8: every byte that is not a continuation byte starts one.
pub(crate) fn char_count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

pub(crate) struct CharIndex<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharIndex<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        CharIndex {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The character offset of byte offset `at` (which must be on a character boundary).
    pub(crate) fn char_of(&mut self, at: usize) -> usize {
        let bytes = self.text.as_bytes();
        if at < self.byte {
            // Mentions and cues may stand before their quotation: step back, not from zero.
            self.chars -= char_count(&bytes[at..self.byte]);
        } else {
            self.chars += char_count(&bytes[self.byte..at]);
        }
        self.byte = at;
        self.chars
    }

    pub(crate) fn span(&mut self, start: usize, end: usize) -> Span {
        let char_start = self.char_of(start);
        let char_end = self.char_of(end);
        Span {
            start,
            end,
            char_start,
            char_end,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_code_points() {
        let t = "é😀a";
        let mut c = CharIndex::new(t);
        assert_eq!(
            c.span(2, 6),
            Span {
                start: 2,
                end: 6,
                char_start: 1,
                char_end: 2
            }
        );
        assert_eq!(c.char_of(7), 3);
        assert_eq!(c.char_of(2), 1);
        assert_eq!(c.char_of(0), 0);
    }
}

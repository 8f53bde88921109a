//! Byte offsets to Unicode character offsets. Offsets come mostly in increasing order, but a
//! mention or a continuation's carried mention may stand far before its quotation: each lookup
//! starts from the nearest checkpoint below it (one every [`STRIDE`] bytes, counted in one pass),
//! so a lookup costs at most a stride and a pass over an article stays linear in any order.

use crate::annotations::Span;

/// Bytes between checkpoints: a lookup counts at most this many.
const STRIDE: usize = 64;

/// The characters in `bytes` of UTF-8: every byte that is not a continuation byte starts one.
pub(crate) fn char_count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

pub(crate) struct CharIndex<'a> {
    text: &'a str,
    /// The characters before byte `k * STRIDE`, for each `k`.
    before: Vec<usize>,
}

impl<'a> CharIndex<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let mut before = Vec::with_capacity(text.len() / STRIDE + 2);
        let mut chars = 0;
        for chunk in text.as_bytes().chunks(STRIDE) {
            before.push(chars);
            chars += char_count(chunk);
        }
        // The end, for a text whose length is a whole number of strides.
        before.push(chars);
        CharIndex { text, before }
    }

    /// The character offset of byte offset `at` (on a character boundary; past the end, the
    /// text's length).
    pub(crate) fn char_of(&self, at: usize) -> usize {
        let bytes = self.text.as_bytes();
        let at = at.min(bytes.len());
        let k = at / STRIDE;
        let base = self.before.get(k).copied().unwrap_or_default();
        base + char_count(bytes.get(k * STRIDE..at).unwrap_or_default())
    }

    pub(crate) fn span(&self, start: usize, end: usize) -> Span {
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
        let c = CharIndex::new(t);
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

    #[test]
    fn any_order_across_strides() {
        // Two-byte characters, so a stride ends inside none and every offset is even.
        let t = "é".repeat(STRIDE * 3);
        let c = CharIndex::new(&t);
        for at in [
            t.len(),
            0,
            STRIDE * 2,
            2,
            STRIDE + 2,
            t.len() - 2,
            STRIDE * 3,
        ] {
            assert_eq!(c.char_of(at), at / 2, "at {at}");
        }
    }
}

//! What an HTML tag is to the article reader: a block of some kind, inline, or never article
//! text.

use crate::article::BlockKind;

/// An element's tag name, lower-cased on the stack (tags longer than the buffer are no tag the
/// reader knows: custom elements, read as inline).
pub(crate) struct Tag {
    buf: [u8; 24],
    len: usize,
}

impl Tag {
    pub(crate) fn new(name: &str) -> Tag {
        let mut buf = [0u8; 24];
        let len = name.len();
        if len > buf.len() || !name.is_ascii() {
            return Tag { buf, len: 0 };
        }
        buf[..len].copy_from_slice(name.as_bytes());
        buf[..len].make_ascii_lowercase();
        Tag { buf, len }
    }

    fn name(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }

    pub(crate) fn is(&self, name: &str) -> bool {
        self.name() == name
    }

    /// The engine's kind for a block-level tag; `None` for inline elements.
    pub(crate) fn block_kind(&self) -> Option<BlockKind> {
        Some(match self.name() {
            "p" | "pre" | "dd" | "dt" | "td" | "th" => BlockKind::Paragraph,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
            "blockquote" => BlockKind::BlockQuote,
            "li" => BlockKind::ListItem,
            "figcaption" | "caption" => BlockKind::Caption,
            "div" | "section" | "article" | "main" | "header" | "figure" | "ul" | "ol" | "dl"
            | "table" | "tbody" | "thead" | "tr" | "hgroup" | "address" | "details" | "summary"
            | "body" | "center" => BlockKind::Other,
            _ => return None,
        })
    }

    /// Tags whose content is never article text (with the text-less ones a reader would
    /// otherwise ask about their attributes and visibility: a news page's `<picture>`s hold
    /// dozens of `<source>`s, its microdata dozens of `<meta>`s), and the widget's own hosts.
    pub(crate) fn skipped(&self) -> bool {
        matches!(
            self.name(),
            "script"
                | "picture"
                | "img"
                | "source"
                | "meta"
                | "link"
                | "style"
                | "noscript"
                | "template"
                | "textarea"
                | "input"
                | "select"
                | "option"
                | "button"
                | "svg"
                | "canvas"
                | "iframe"
                | "object"
                | "embed"
                | "video"
                | "audio"
                | "form"
                | "nav"
                | "aside"
                | "footer"
                | "menu"
                | "dialog"
                | "whosaid-card"
                | "whosaid-panel"
        )
    }

    /// `<article>` and `<main>` hold one article: widening the root stops there.
    pub(crate) fn bounds_article(&self) -> bool {
        self.is("article") || self.is("main")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_read_case_blind() {
        assert_eq!(Tag::new("P").block_kind(), Some(BlockKind::Paragraph));
        assert_eq!(
            Tag::new("BlockQuote").block_kind(),
            Some(BlockKind::BlockQuote)
        );
        assert!(Tag::new("SCRIPT").skipped());
        assert_eq!(Tag::new("em").block_kind(), None);
    }

    #[test]
    fn long_or_non_ascii_names_are_inline() {
        assert_eq!(
            Tag::new("a-very-long-custom-element-name").block_kind(),
            None
        );
        assert!(!Tag::new("é").skipped());
    }
}

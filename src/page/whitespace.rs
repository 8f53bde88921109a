//! White space as a browser renders it: runs of ASCII space, tab, CR, LF and FF become one space,
//! none at the start or end of a block. The widget's text map and the native reader both copy
//! text through this, so they read the same article from the same page.

/// The collapsing state of one block's text.
#[derive(Clone, Copy, Debug, Default)]
pub struct Collapse {
    space: bool,
}

/// HTML's white space (not Unicode's: a no-break space is text).
fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}')
}

impl Collapse {
    /// Appends `c` to the block's text `out`, after one space if white space came before it and
    /// the block has text. Returns whether `c` was written (white space never is, on its own).
    pub fn push(&mut self, out: &mut String, c: char) -> bool {
        if is_html_space(c) {
            self.space = !out.is_empty();
            return false;
        }
        if self.space {
            out.push(' ');
            self.space = false;
        }
        out.push(c);
        true
    }

    /// A line break (`<br>`) reads as white space.
    pub fn gap(&mut self, out: &str) {
        self.space = !out.is_empty();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collapse(parts: &[&str]) -> String {
        let mut out = String::new();
        let mut c = Collapse::default();
        for p in parts {
            for ch in p.chars() {
                c.push(&mut out, ch);
            }
        }
        out
    }

    #[test]
    fn runs_become_one_space_and_ends_are_trimmed() {
        assert_eq!(collapse(&["\n  Hello,\n\t ", "  world  "]), "Hello, world");
        assert_eq!(collapse(&["a\u{a0} b"]), "a\u{a0} b");
        assert_eq!(collapse(&["   "]), "");
    }
}

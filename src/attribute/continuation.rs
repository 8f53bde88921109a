//! Rule: a speech quotation with no cue of its own continues the speaker of the speech
//! quotation just before it, in the same paragraph or up to three paragraphs before.

use crate::rule::Rule;

pub(crate) const RULE: Rule = Rule::Continuation;

/// The confidence of a continuation `blocks_apart` paragraphs after the quote it continues, or
/// `None` when it is too far to continue anything.
pub(crate) fn confidence(blocks_apart: usize) -> Option<f32> {
    match blocks_apart {
        0 => Some(0.7),
        1 => Some(0.6),
        2 => Some(0.5),
        3 => Some(0.4),
        _ => None,
    }
}

//! Rule: a speech quotation with no cue of its own continues the speaker of the speech
//! quotation just before it, in the same paragraph or the one before.

pub const RULE: &str = "continuation";

/// The confidence of a continuation `blocks_apart` paragraphs after the quote it continues, or
/// `None` when it is too far to continue anything.
pub fn confidence(blocks_apart: usize) -> Option<f32> {
    match blocks_apart {
        0 => Some(0.7),
        1 => Some(0.6),
        _ => None,
    }
}

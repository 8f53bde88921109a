//! How the card answers the reader: which quotation a key or a pointer move leads to, and when
//! a card opens or closes. Plain Rust with no DOM types, so its decisions are tested natively;
//! the widget (`widget::input`) carries them out on the page.
//!
//! The widget is wasm32 only; natively this builds for its tests alone.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

/// How a card was opened: it closes differently for each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Via {
    /// A mouse or pen hovered the quotation: the card closes when the pointer leaves.
    Pointer,
    /// The quotation's paragraph took keyboard focus: the card closes when focus moves on.
    Keyboard,
    /// A tap: the card stays until a tap elsewhere.
    Touch,
    /// The speakers panel stepped to the quotation: the card stays, as a tap's does, while the
    /// reader goes on in the panel.
    Panel,
}

/// What the widget does when a hovering pointer moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Hover {
    /// Over the quotation whose card is open: keep it (cancel a close counting down).
    Keep,
    /// Over another quotation: open its card after the hover delay (and cancel a close).
    Pend(usize),
    /// Already waiting to open this one: nothing new (but cancel a close).
    Wait,
    /// Over no quotation: drop the pending open, and close a pointer's card after a grace
    /// period (unless that is already counting down).
    Leave { close: bool },
}

/// Decides a pointer move: `hit` is the quotation under the pointer, `open` the card showing,
/// `pending` the quotation waiting for the hover delay, `closing` whether a close is counting
/// down.
pub(crate) fn hover(
    hit: Option<usize>,
    open: Option<(usize, Via)>,
    pending: Option<usize>,
    closing: bool,
) -> Hover {
    match hit {
        Some(i) if open.is_some_and(|(o, _)| o == i) => Hover::Keep,
        Some(i) if pending == Some(i) => Hover::Wait,
        Some(i) => Hover::Pend(i),
        None => Hover::Leave {
            close: open.is_some_and(|(_, via)| via == Via::Pointer) && !closing,
        },
    }
}

/// Where an arrow key moves from the quotation at `at`, among `len`: right and down forward,
/// left and up back; `None` past either end or for any other key.
pub(crate) fn arrow(key: &str, at: usize, len: usize) -> Option<usize> {
    match key {
        "ArrowRight" | "ArrowDown" => (at + 1 < len).then_some(at + 1),
        "ArrowLeft" | "ArrowUp" => at.checked_sub(1),
        _ => None,
    }
}

/// How the card for the speaker's next quotation opens from the card's ‹ › buttons: the
/// button keeps focus, so a keyboard card continues the way a pointer card does.
pub(crate) fn step_via(via: Via) -> Via {
    match via {
        Via::Keyboard => Via::Pointer,
        other => other,
    }
}

/// Whether a scroll or resize closes the card (a pointer's, which no longer sits under the
/// pointer) rather than moving it along with its quotation.
pub(crate) fn closes_on_scroll(via: Via) -> bool {
    via == Via::Pointer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hovering_the_open_quotation_keeps_its_card() {
        assert_eq!(
            hover(Some(2), Some((2, Via::Pointer)), None, true),
            Hover::Keep
        );
    }

    #[test]
    fn hovering_another_quotation_waits_for_the_delay_once() {
        assert_eq!(
            hover(Some(3), Some((2, Via::Pointer)), None, false),
            Hover::Pend(3)
        );
        assert_eq!(
            hover(Some(3), Some((2, Via::Pointer)), Some(3), false),
            Hover::Wait
        );
    }

    #[test]
    fn leaving_closes_only_a_pointer_card_and_only_once() {
        let leave = |open, closing| hover(None, open, Some(1), closing);
        assert_eq!(
            leave(Some((0, Via::Pointer)), false),
            Hover::Leave { close: true }
        );
        assert_eq!(
            leave(Some((0, Via::Pointer)), true),
            Hover::Leave { close: false }
        );
        assert_eq!(
            leave(Some((0, Via::Keyboard)), false),
            Hover::Leave { close: false }
        );
        assert_eq!(
            leave(Some((0, Via::Touch)), false),
            Hover::Leave { close: false }
        );
        assert_eq!(
            leave(Some((0, Via::Panel)), false),
            Hover::Leave { close: false }
        );
        assert_eq!(leave(None, false), Hover::Leave { close: false });
    }

    #[test]
    fn arrows_move_within_the_quotations_and_stop_at_the_ends() {
        assert_eq!(arrow("ArrowRight", 0, 3), Some(1));
        assert_eq!(arrow("ArrowDown", 1, 3), Some(2));
        assert_eq!(arrow("ArrowRight", 2, 3), None);
        assert_eq!(arrow("ArrowLeft", 2, 3), Some(1));
        assert_eq!(arrow("ArrowUp", 0, 3), None);
        assert_eq!(arrow("Enter", 1, 3), None);
    }

    #[test]
    fn the_card_buttons_continue_a_keyboard_card_as_a_pointer_card() {
        assert_eq!(step_via(Via::Keyboard), Via::Pointer);
        assert_eq!(step_via(Via::Touch), Via::Touch);
        assert_eq!(step_via(Via::Pointer), Via::Pointer);
    }

    #[test]
    fn a_scroll_closes_a_pointer_card_and_moves_the_others() {
        assert!(closes_on_scroll(Via::Pointer));
        assert!(!closes_on_scroll(Via::Keyboard));
        assert!(!closes_on_scroll(Via::Touch));
        assert!(!closes_on_scroll(Via::Panel));
    }
}

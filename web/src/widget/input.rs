//! The reader's side: pointer, focus, keys, the card's buttons, scrolling; and opening and
//! closing the card. What each event leads to is decided by `crate::nav`.

use std::cell::RefCell;
use std::rc::Weak;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    AddEventListenerOptions, DomRect, Element, Event, EventTarget, HtmlElement, KeyboardEvent,
    PointerEvent, Window,
};

use super::timers::{cancel, schedule};
use super::{Listener, Open, Placed, Shared, State, Timer};
use crate::card::Card;
use crate::nav::{self, Hover, Via};

/// Registers the event handlers (they hold the state weakly).
pub(crate) fn listen(weak: &Weak<RefCell<State>>, s: &mut State) {
    let doc: EventTarget = s.doc.clone().into();
    let win: EventTarget = s.win.clone().into();
    s.listeners = vec![
        listener(
            &doc,
            "whosaid:probe",
            false,
            Box::new(|e: Event| e.prevent_default()),
        ),
        listener(&doc, "pointermove", false, handler(weak, on_pointer_move)),
        listener(&doc, "pointerdown", false, handler(weak, on_pointer_down)),
        listener(&doc, "focusin", false, handler(weak, on_focus_in)),
        listener(&doc, "keydown", false, handler(weak, on_key_down)),
        listener(&win, "scroll", true, handler(weak, on_viewport_change)),
        listener(&win, "resize", false, handler(weak, on_viewport_change)),
        listener(&doc, "click", false, handler(weak, on_click)),
    ];
}

/// Adds `f` as a `kind` listener on `target`, removed again when the `Listener` drops. Only
/// the listeners that may cancel (`keydown`, the probe) are not passive.
pub(crate) fn listener(
    target: &EventTarget,
    kind: &'static str,
    capture: bool,
    f: Box<dyn FnMut(Event)>,
) -> Listener {
    let f = Closure::wrap(f);
    let opts = AddEventListenerOptions::new();
    opts.set_capture(capture);
    opts.set_passive(kind != "keydown" && kind != "whosaid:probe");
    let _ = target.add_event_listener_with_callback_and_add_event_listener_options(
        kind,
        f.as_ref().unchecked_ref(),
        &opts,
    );
    Listener {
        target: target.clone(),
        kind,
        capture,
        f,
    }
}

/// An event handler that reaches the state through `weak` (nothing once the widget is gone).
pub(crate) fn handler(
    weak: &Weak<RefCell<State>>,
    f: fn(&Shared, &Event),
) -> Box<dyn FnMut(Event)> {
    let weak = weak.clone();
    Box::new(move |e: Event| {
        if let Some(state) = weak.upgrade() {
            f(&state, &e);
        }
    })
}

/// The placed quotation under viewport point (x, y), with the line box the point is on.
fn quote_at(s: &State, x: f64, y: f64) -> Option<(usize, DomRect)> {
    let pos = s.doc.caret_position_from_point(x as f32, y as f32)?;
    let node = pos.offset_node()?;
    let offset = pos.offset();
    // Quotations are in document order: find the first that does not end before the point.
    let after = |p: &Placed| p.range.compare_point(&node, offset).is_ok_and(|c| c > 0);
    let first = s.placed.partition_point(after);
    (first..s.placed.len().min(first + 3)).find_map(|i| {
        let p = &s.placed[i];
        if p.range.compare_point(&node, offset).ok()? != 0 {
            return None;
        }
        let rects = p.range.get_client_rects()?;
        (0..rects.length())
            .filter_map(|k| rects.get(k))
            .find(|r| {
                x >= r.left() - 2.0
                    && x <= r.right() + 2.0
                    && y >= r.top() - 2.0
                    && y <= r.bottom() + 2.0
            })
            .map(|r| (i, r))
    })
}

fn on_card(s: &State, e: &Event) -> bool {
    match (&s.card, e.target()) {
        (Some(c), Some(t)) => {
            let host: &EventTarget = c.host.as_ref();
            *host == t
        }
        _ => false,
    }
}

fn on_pointer_move(state: &Shared, e: &Event) {
    let Ok(mut s) = state.try_borrow_mut() else {
        return;
    };
    let Some(pe) = e.dyn_ref::<PointerEvent>() else {
        return;
    };
    if pe.pointer_type() == "touch" {
        return;
    }
    if on_card(&s, e) {
        cancel(&mut s, Timer::Close);
        cancel(&mut s, Timer::Open);
        s.pending = None;
        return;
    }
    let hit = quote_at(&s, pe.client_x() as f64, pe.client_y() as f64);
    let open = s.open.as_ref().map(|o| (o.placed, o.via));
    let pending = s.pending.as_ref().map(|p| p.0);
    match nav::hover(
        hit.as_ref().map(|h| h.0),
        open,
        pending,
        s.timers.pending(Timer::Close),
    ) {
        Hover::Keep | Hover::Wait => cancel(&mut s, Timer::Close),
        Hover::Pend(i) => {
            cancel(&mut s, Timer::Close);
            if let Some((_, rect)) = hit {
                s.pending = Some((i, Via::Pointer, rect));
                let delay = s.opts.hover_delay.max(0);
                schedule(&mut s, Timer::Open, delay);
            }
        }
        Hover::Leave { close } => {
            cancel(&mut s, Timer::Open);
            s.pending = None;
            if close {
                schedule(&mut s, Timer::Close, 300);
            }
        }
    }
}

fn on_pointer_down(state: &Shared, e: &Event) {
    let Ok(mut s) = state.try_borrow_mut() else {
        return;
    };
    let Some(pe) = e.dyn_ref::<PointerEvent>() else {
        return;
    };
    if on_card(&s, e) {
        return;
    }
    let hit = quote_at(&s, pe.client_x() as f64, pe.client_y() as f64);
    match hit {
        Some((i, rect)) if pe.pointer_type() != "mouse" => {
            cancel(&mut s, Timer::Open);
            open(&mut s, i, Via::Touch, None, Some(rect));
        }
        Some(_) => {}
        None => close(&mut s),
    }
}

fn on_focus_in(state: &Shared, e: &Event) {
    let Ok(mut s) = state.try_borrow_mut() else {
        return;
    };
    if on_card(&s, e) {
        return;
    }
    let Some(target) = e.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) else {
        return;
    };
    let found = s
        .placed
        .iter()
        .position(|p| p.focus.as_ref() == Some(&target));
    match found {
        Some(i) => open(&mut s, i, Via::Keyboard, Some(target), None),
        None => {
            if s.open.as_ref().is_some_and(|o| o.via == Via::Keyboard) {
                close(&mut s);
            }
        }
    }
}

fn on_key_down(state: &Shared, e: &Event) {
    let Some(ke) = e.dyn_ref::<KeyboardEvent>() else {
        return;
    };
    let key = ke.key();
    if key == "Escape" {
        escape(state);
        return;
    }
    // Arrows move between quotations only while a card opened from the keyboard is showing
    // and focus is on its quotation.
    let target = {
        let Ok(s) = state.try_borrow() else { return };
        let Some(o) = s.open.as_ref().filter(|o| o.via == Via::Keyboard) else {
            return;
        };
        let active = s.doc.active_element();
        if active.is_none() || o.origin.as_ref().map(|x| x.as_ref() as &Element) != active.as_ref()
        {
            return;
        }
        let Some(to) = nav::arrow(&key, o.placed, s.placed.len()) else {
            return;
        };
        to
    };
    e.prevent_default();
    go_to(state, target, Via::Keyboard);
}

/// Escape closes the card; from inside the card, focus goes back to its quotation.
fn escape(state: &Shared) {
    let Ok(mut s) = state.try_borrow_mut() else {
        return;
    };
    if s.open.is_none() {
        return;
    }
    let origin = s.open.as_ref().and_then(|o| o.origin.clone());
    let in_card = s
        .card
        .as_ref()
        .is_some_and(|c| s.doc.active_element().is_some_and(|a| a == *c.host));
    close(&mut s);
    drop(s);
    if in_card {
        if let Some(o) = origin {
            // Held so the focus handler does not open the card again.
            let _held = state.try_borrow_mut();
            let _ = o.focus();
        }
    }
}

/// Moves to placed quotation `i`: focus (when it came from the keyboard), scroll, card.
pub(crate) fn go_to(state: &Shared, i: usize, via: Via) {
    let focus = state
        .try_borrow()
        .ok()
        .and_then(|s| s.placed.get(i).and_then(|p| p.focus.clone()));
    if via == Via::Keyboard {
        if let Some(f) = &focus {
            // A user's key press asked for this; the focus handler is skipped while we hold
            // the state, so the card below is the one for quotation `i`.
            let _g = state.try_borrow_mut();
            let _ = f.focus();
        }
    }
    let Ok(mut s) = state.try_borrow_mut() else {
        return;
    };
    if let Some(p) = s.placed.get(i) {
        if let Some(el) = p
            .range
            .start_container()
            .ok()
            .and_then(|n| n.parent_element())
        {
            let opts = web_sys::ScrollIntoViewOptions::new();
            opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
            el.scroll_into_view_with_scroll_into_view_options(&opts);
        }
    }
    let origin = if via == Via::Keyboard {
        focus
    } else {
        s.open.as_ref().and_then(|o| o.origin.clone())
    };
    open(&mut s, i, via, origin, None);
}

/// The card's previous/next buttons. The listener is on the document (the card is built on
/// first use, after the listeners): a click inside the card's shadow root reaches it through
/// the event's composed path.
fn on_click(state: &Shared, e: &Event) {
    let forward = {
        let Ok(s) = state.try_borrow() else { return };
        let (Some(card), Some(inner)) = (
            &s.card,
            e.composed_path().get(0).dyn_into::<web_sys::Node>().ok(),
        ) else {
            return;
        };
        if card.prev.is_same_node(Some(&inner)) {
            false
        } else if card.next.is_same_node(Some(&inner)) {
            true
        } else {
            return;
        }
    };
    step_speaker(state, forward);
}

/// Goes to the same speaker's previous or next quotation.
fn step_speaker(state: &Shared, forward: bool) {
    let target = {
        let Ok(s) = state.try_borrow() else { return };
        let (Some(o), Some(ann), Some(page)) = (&s.open, &s.ann, &s.page) else {
            return;
        };
        let q = s.placed[o.placed].quote;
        let e = whosaid::explain::explain(ann, page.map.article().text(), q, s.opts.min_confidence);
        let to = if forward { e.next } else { e.previous };
        let Some(to) = to.and_then(|t| s.placed.iter().position(|p| p.quote == t)) else {
            return;
        };
        // The button keeps focus: the next card opens without moving focus to the quotation.
        (to, nav::step_via(o.via))
    };
    go_to(state, target.0, target.1);
}

fn on_viewport_change(state: &Shared, _e: &Event) {
    let Ok(mut s) = state.try_borrow_mut() else {
        return;
    };
    let Some(o) = &s.open else { return };
    let (i, via) = (o.placed, o.via);
    if nav::closes_on_scroll(via) {
        close(&mut s);
        return;
    }
    let origin = o.origin.clone();
    open(&mut s, i, via, origin, None);
}

fn viewport(win: &Window) -> (f64, f64) {
    let w = win
        .inner_width()
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(1024.0);
    let h = win
        .inner_height()
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(768.0);
    (w, h)
}

/// Opens the card for placed quotation `i`, anchored at `rect` (else its first line).
pub(crate) fn open(
    s: &mut State,
    i: usize,
    via: Via,
    origin: Option<HtmlElement>,
    rect: Option<DomRect>,
) {
    cancel(s, Timer::Close);
    // The card is built the first time it opens: most of a page's life, and its first paint,
    // do without it.
    if s.card.is_none() {
        s.card = Card::new(&s.doc, s.opts.theme);
    }
    let (Some(p), Some(ann), Some(page), Some(card)) = (s.placed.get(i), &s.ann, &s.page, &s.card)
    else {
        return;
    };
    let e = whosaid::explain::explain(
        ann,
        page.map.article().text(),
        p.quote,
        s.opts.min_confidence,
    );
    let anchor = rect.or_else(|| p.range.get_client_rects().and_then(|r| r.get(0)));
    let Some(anchor) = anchor else { return };
    card.fill(&e, via == Via::Keyboard);
    let mut room = viewport(&s.win);
    if via == Via::Panel {
        // Beside the panel, not over it, when the viewport is wide enough for both.
        if let Some(p) = s.panel.as_ref().filter(|p| p.is_open()) {
            let left = p.dialog.get_bounding_client_rect().left();
            if left > 260.0 {
                room.0 = room.0.min(left - 8.0);
            }
        }
    }
    card.show(&anchor, room);
    s.painter.set_active(Some(&p.range), &p.wrappers);
    s.open = Some(Open {
        placed: i,
        via,
        origin,
    });
}

pub(crate) fn close(s: &mut State) {
    cancel(s, Timer::Close);
    if s.open.take().is_some() {
        if let Some(card) = &s.card {
            card.hide();
        }
        s.painter.set_active(None, &[]);
    }
}

//! The speakers panel at work: kept in step with the annotations, opened and closed by its
//! button, the JS API or the extension, and stepping through a chosen speaker's quotations
//! (scrolled into view, marked, and their card open) from the pointer or the keyboard.
//!
//! Keys inside the panel: Enter or Space on a row steps to the speaker's next quotation (with
//! Shift, the previous one); ArrowDown/ArrowUp, Home/End move between rows; Escape closes the
//! card, then the panel, and gives focus back to where it was before the panel opened.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventTarget, HtmlElement, KeyboardEvent, MouseEvent};

use super::input::{self, handler, listener};
use super::{Shared, State};
use crate::nav::Via;
use crate::panel::Panel;

/// The summary of what is painted, counted as the cards count it.
pub(crate) fn summary(s: &State) -> Option<whosaid::summary::Summary> {
    let (ann, page) = (s.ann.as_ref()?, s.page.as_ref()?);
    Some(whosaid::summary::summarize(
        ann,
        page.map.article().text(),
        s.opts.min_confidence,
    ))
}

/// After new annotations: builds the panel the first time there is a quotation, and refills it.
pub(crate) fn update(state: &Shared) {
    let Ok(mut s) = state.try_borrow_mut() else {
        return;
    };
    let Some(summary) = summary(&s) else { return };
    if s.panel.is_none() && summary.quotes == 0 {
        return;
    }
    ensure(state, &mut s);
    let s = &mut *s;
    let placed = |q: usize| s.placed.iter().any(|p| p.quote == q);
    if let Some(panel) = s.panel.as_mut() {
        panel.fill(&s.doc, &summary, &placed);
    }
}

/// Builds the panel and its listeners when it is not there yet.
fn ensure(state: &Shared, s: &mut State) {
    if s.panel.is_some() {
        return;
    }
    let Some(panel) = Panel::new(&s.doc, s.opts.theme, s.opts.panel_button) else {
        return;
    };
    let weak = Rc::downgrade(state);
    let root: EventTarget = panel.shadow.clone().into();
    s.listeners
        .push(listener(&root, "click", false, handler(&weak, on_click)));
    s.listeners
        .push(listener(&root, "keydown", false, handler(&weak, on_key)));
    s.panel = Some(panel);
}

/// Opens the panel (building it if need be) and puts focus on its first row: a reader asked.
pub(crate) fn open(state: &Shared) {
    let first = {
        let Ok(mut s) = state.try_borrow_mut() else {
            return;
        };
        ensure(state, &mut s);
        let Some(summary) = summary(&s) else { return };
        let s = &mut *s;
        let placed = |q: usize| s.placed.iter().any(|p| p.quote == q);
        let active = s.doc.active_element();
        let Some(panel) = s.panel.as_mut() else {
            return;
        };
        if !panel.is_open() {
            panel.fill(&s.doc, &summary, &placed);
            // Focus on the panel's own button is given back to that button (below).
            s.panel_return = active.filter(|a| *a != *panel.host);
        }
        panel.show();
        let first: &HtmlElement = panel.rows.first().map_or(&panel.close, |r| &r.button);
        first.clone()
    };
    let _ = first.focus();
}

/// Closes the panel, and its card. When focus is in the panel (a reader pressed Escape or
/// Close), it goes back where it was when the panel opened, else to the panel's button.
pub(crate) fn close(state: &Shared) {
    let back = {
        let Ok(mut s) = state.try_borrow_mut() else {
            return;
        };
        let s = &mut *s;
        let Some(panel) = s.panel.as_mut().filter(|p| p.is_open()) else {
            return;
        };
        let inside = s.doc.active_element().is_some_and(|a| a == *panel.host);
        panel.hide();
        let toggle: Option<Element> = (!panel.toggle.hidden()).then(|| panel.toggle.clone().into());
        let back = s.panel_return.take();
        if s.open.as_ref().is_some_and(|o| o.via == Via::Panel) {
            input::close(s);
        }
        if inside {
            back.or(toggle)
        } else {
            None
        }
    };
    if let Some(el) = back.and_then(|e: Element| e.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Opens or closes the panel.
pub(crate) fn toggle(state: &Shared) {
    let is_open = state
        .try_borrow()
        .is_ok_and(|s| s.panel.as_ref().is_some_and(Panel::is_open));
    if is_open {
        close(state)
    } else {
        open(state)
    }
}

/// The button or row an event inside the panel's shadow root came from.
fn button_of(e: &Event) -> Option<Element> {
    e.target()?
        .dyn_into::<Element>()
        .ok()?
        .closest("button")
        .ok()?
}

fn on_click(state: &Shared, e: &Event) {
    let Some(button) = button_of(e) else { return };
    let back = e.dyn_ref::<MouseEvent>().is_some_and(|m| m.shift_key());
    let which = {
        let Ok(s) = state.try_borrow() else { return };
        let Some(panel) = &s.panel else { return };
        if button == *panel.toggle {
            Some(Err(true))
        } else if button == *panel.close {
            Some(Err(false))
        } else {
            panel.row_of(&button).map(Ok)
        }
    };
    match which {
        Some(Err(true)) => toggle(state),
        Some(Err(false)) => close(state),
        Some(Ok(row)) => step(state, row, !back),
        None => {}
    }
}

fn on_key(state: &Shared, e: &Event) {
    let Some(ke) = e.dyn_ref::<KeyboardEvent>() else {
        return;
    };
    let key = ke.key();
    let row = button_of(e).and_then(|b| {
        let s = state.try_borrow().ok()?;
        s.panel.as_ref()?.row_of(&b)
    });
    match key.as_str() {
        "Escape" => {
            let card = state
                .try_borrow()
                .is_ok_and(|s| s.open.as_ref().is_some_and(|o| o.via == Via::Panel));
            if card {
                if let Ok(mut s) = state.try_borrow_mut() {
                    input::close(&mut s);
                }
            } else {
                close(state);
            }
        }
        "Enter" if ke.shift_key() && row.is_some() => {
            step(state, row.unwrap_or(0), false);
        }
        "ArrowDown" | "ArrowUp" | "Home" | "End" => {
            let target = {
                let Ok(s) = state.try_borrow() else { return };
                let Some(panel) = &s.panel else { return };
                let n = panel.rows.len();
                if n == 0 {
                    return;
                }
                let to = match (key.as_str(), row) {
                    ("Home", _) => 0,
                    ("End", _) => n - 1,
                    ("ArrowDown", Some(r)) => (r + 1).min(n - 1),
                    ("ArrowUp", Some(r)) => r.saturating_sub(1),
                    _ => 0,
                };
                panel.rows[to].button.clone()
            };
            let _ = target.focus();
        }
        _ => return,
    }
    // Keys the panel answered are not the page's.
    e.prevent_default();
    e.stop_propagation();
}

/// Steps row `row` to the next (or previous) of its quotations: scrolled to, marked, its card
/// open; focus stays in the panel.
fn step(state: &Shared, row: usize, forward: bool) {
    let target = {
        let Ok(mut s) = state.try_borrow_mut() else {
            return;
        };
        let s = &mut *s;
        let Some(panel) = s.panel.as_mut() else {
            return;
        };
        let Some(r) = panel.rows.get_mut(row) else {
            return;
        };
        let n = r.quotes.len();
        if n == 0 {
            return;
        }
        let at = match (r.at, forward) {
            (None, true) => 0,
            (None, false) => n - 1,
            (Some(a), true) => (a + 1) % n,
            (Some(a), false) => (a + n - 1) % n,
        };
        r.at = Some(at);
        let quote = r.quotes[at];
        let words = format!("{}: quote {} of {n}", r.label, at + 1);
        panel.mark(Some(row));
        panel.announce(&words);
        s.placed.iter().position(|p| p.quote == quote)
    };
    if let Some(i) = target {
        input::go_to(state, i, Via::Panel);
    }
}

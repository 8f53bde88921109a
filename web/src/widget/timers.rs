//! The widget's timeouts: one slot per purpose, each with its callback made once for the
//! widget's life.

use std::cell::RefCell;
use std::rc::Weak;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::input::{close, open};
use super::work::{refresh, resume};
use super::{Shared, State};

/// What a timeout is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Timer {
    /// Opens the card for the quotation a pointer rests on (the hover delay).
    Open,
    /// Closes a pointer's card after the pointer left it.
    Close,
    /// Re-reads the article after it changed (debounced).
    Refresh,
    /// Runs the next step of work on a long article, in a task of its own.
    Step,
}

impl Timer {
    const ALL: [Timer; 4] = [Timer::Open, Timer::Close, Timer::Refresh, Timer::Step];

    /// What the timeout does when it fires.
    fn fire(self, state: &Shared) {
        match self {
            Timer::Open => {
                if let Ok(mut s) = state.try_borrow_mut() {
                    if let Some((i, via, rect)) = s.pending.take() {
                        open(&mut s, i, via, None, Some(rect));
                    }
                }
            }
            Timer::Close => {
                if let Ok(mut s) = state.try_borrow_mut() {
                    close(&mut s);
                }
            }
            Timer::Refresh => {
                let force = state
                    .try_borrow_mut()
                    .is_ok_and(|mut s| std::mem::take(&mut s.forced));
                refresh(state, force);
            }
            Timer::Step => resume(state),
        }
    }
}

/// A timeout's pending id and its callback.
#[derive(Default)]
struct Slot {
    id: Option<i32>,
    callback: Option<Closure<dyn FnMut()>>,
}

/// One slot per [`Timer`].
#[derive(Default)]
pub(crate) struct Timers {
    slots: [Slot; Timer::ALL.len()],
}

impl Timers {
    /// Whether timer `t` is counting down.
    pub(crate) fn pending(&self, t: Timer) -> bool {
        self.slots[t as usize].id.is_some()
    }
}

/// Makes each timer's callback (they hold the state weakly).
pub(crate) fn install(weak: &Weak<RefCell<State>>, s: &mut State) {
    for t in Timer::ALL {
        let weak = weak.clone();
        s.timers.slots[t as usize].callback = Some(Closure::wrap(Box::new(move || {
            if let Some(state) = weak.upgrade() {
                if let Ok(mut s) = state.try_borrow_mut() {
                    s.timers.slots[t as usize].id = None;
                }
                t.fire(&state);
            }
        }) as Box<dyn FnMut()>));
    }
}

/// (Re)starts timer `t` to fire after `ms`.
pub(crate) fn schedule(s: &mut State, t: Timer, ms: i32) {
    cancel(s, t);
    let slot = &s.timers.slots[t as usize];
    let Some(cb) = &slot.callback else {
        return;
    };
    let id = s
        .win
        .set_timeout_with_callback_and_timeout_and_arguments_0(cb.as_ref().unchecked_ref(), ms)
        .ok();
    s.timers.slots[t as usize].id = id;
}

/// Stops timer `t` if it is counting down.
pub(crate) fn cancel(s: &mut State, t: Timer) {
    if let Some(id) = s.timers.slots[t as usize].id.take() {
        s.win.clear_timeout_with_handle(id);
    }
}

/// Stops every timer and drops the callbacks (on destroy).
pub(crate) fn clear(s: &mut State) {
    for t in Timer::ALL {
        cancel(s, t);
        s.timers.slots[t as usize].callback = None;
    }
}

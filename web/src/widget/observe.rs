//! Following the page: a mutation observer on the article (text and children) and on the
//! document only for the article being taken out (client-side navigation replaces it).

use std::cell::RefCell;
use std::rc::Weak;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MutationObserver, MutationObserverInit};

use super::timers::schedule;
use super::{State, Timer};

pub(crate) type MutationCallback = dyn FnMut(js_sys::Array);

/// The widget's own DOM changes (wrapping) must not wake the observer.
pub(crate) fn drop_own_records(s: &State) {
    if let Some((obs, _)) = &s.observer {
        let _ = obs.take_records();
    }
}

/// Watches the article for changes (text and children) and the rest of the document only for
/// the article being taken out (client-side navigation replaces it).
pub(crate) fn observe(s: &mut State) {
    if let Some((obs, _)) = &s.observer {
        obs.disconnect();
        let whole = MutationObserverInit::new();
        whole.set_child_list(true);
        whole.set_subtree(true);
        if let Some(top) = s.doc.document_element() {
            let _ = obs.observe_with_options(&top, &whole);
        }
        let article = MutationObserverInit::new();
        article.set_child_list(true);
        article.set_subtree(true);
        article.set_character_data(true);
        let _ = obs.observe_with_options(&s.root, &article);
    }
}

/// Creates the observer and starts it (its callback holds the state weakly).
pub(crate) fn install(weak: &Weak<RefCell<State>>, s: &mut State) {
    let weak_obs = weak.clone();
    let cb = Closure::wrap(Box::new(move |records: js_sys::Array| {
        let Some(state) = weak_obs.upgrade() else {
            return;
        };
        let Ok(mut s) = state.try_borrow_mut() else {
            return;
        };
        let root = s.root.clone();
        let touched = !root.is_connected()
            || records.iter().any(|r| {
                let target = r.unchecked_into::<web_sys::MutationRecord>().target();
                root.contains(target.as_ref())
            });
        if touched {
            schedule(&mut s, Timer::Refresh, 150);
        }
    }) as Box<MutationCallback>);
    if let Ok(obs) = MutationObserver::new(cb.as_ref().unchecked_ref()) {
        s.observer = Some((obs, cb));
        observe(s);
    }
}

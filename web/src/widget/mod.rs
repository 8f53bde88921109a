//! The in-page widget: reads the article, annotates it, paints the quotations, opens cards on
//! hover, focus and tap, follows changes to the article, and undoes all of it on `destroy`.
//!
//! State lives in one `Rc<RefCell<State>>`; every event handler holds a `Weak` to it and
//! `try_borrow_mut`s, so an event fired from inside the widget's own work (a `focus()`, say) is
//! skipped rather than panicking. Nothing here throws into the page: failures become one
//! console warning.
//!
//! By concern: `work` reads, annotates (here or in the loader's worker) and applies the result;
//! `place` turns quotations into ranges and paints them; `input` answers the pointer, focus and
//! keys and opens the card (its decisions are `crate::nav`'s); `observe` follows changes to the
//! article; `speakers` runs the speakers panel; `timers` are the widget's few timeouts; `output`
//! is what JavaScript reads back.

mod input;
mod observe;
mod output;
mod place;
mod speakers;
mod timers;
mod work;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    CustomEvent, CustomEventInit, Document, DomRect, Element, Event, EventTarget, HtmlElement,
    MutationObserver, Range, Window,
};

use crate::card::Card;
use crate::nav::Via;
use crate::options::Options;
use crate::paint::Painter;
use crate::panel::Panel;
use crate::read::{self, Page};
use crate::shapes::Stats;
use whosaid::Annotations;

use observe::MutationCallback;
pub(crate) use output::{annotations_js, article_js, stats_js, summary_js};
#[cfg(test)]
pub(crate) use place::make_range;
pub(crate) use speakers::{close as close_panel, open as open_panel, toggle as toggle_panel};
use timers::{schedule, Timer, Timers};
pub(crate) use work::refresh;
use work::Step;

/// A speech quotation on the page.
pub(crate) struct Placed {
    /// Index into `Annotations::quotes`.
    pub(crate) quote: usize,
    pub(crate) range: Range,
    /// What takes keyboard focus for it: its block (highlights) or its first wrapper (wrap).
    pub(crate) focus: Option<HtmlElement>,
    pub(crate) wrappers: Vec<Element>,
    pub(crate) key: Key,
}

/// Identifies a quotation across re-reads: its block's text and its place in that block.
pub(crate) type Key = (u64, usize, usize);

pub(crate) struct Open {
    pub(crate) placed: usize,
    pub(crate) via: Via,
    pub(crate) origin: Option<HtmlElement>,
}

pub(crate) struct Listener {
    pub(crate) target: EventTarget,
    pub(crate) kind: &'static str,
    pub(crate) capture: bool,
    pub(crate) f: Closure<dyn FnMut(Event)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback_and_bool(
            self.kind,
            self.f.as_ref().unchecked_ref(),
            self.capture,
        );
    }
}

pub(crate) struct State {
    pub(crate) win: Window,
    pub(crate) doc: Document,
    pub(crate) opts: Options,
    pub(crate) root: Element,
    pub(crate) page: Option<Page>,
    pub(crate) ann: Option<Annotations>,
    pub(crate) placed: Vec<Placed>,
    pub(crate) painter: Painter,
    pub(crate) card: Option<Card>,
    /// The speakers panel, built once there is a quotation (or when asked for).
    pub(crate) panel: Option<Panel>,
    /// What had focus when the panel opened: it gets it back when the panel closes.
    pub(crate) panel_return: Option<Element>,
    /// Elements given `tabindex="0"` by the widget (removed again on destroy).
    pub(crate) made_focusable: Vec<HtmlElement>,
    pub(crate) open: Option<Open>,
    pub(crate) pending: Option<(usize, Via, DomRect)>,
    pub(crate) timers: Timers,
    pub(crate) listeners: Vec<Listener>,
    pub(crate) observer: Option<(MutationObserver, Closure<MutationCallback>)>,
    pub(crate) annotator: Option<js_sys::Function>,
    pub(crate) generation: u32,
    pub(crate) announced: bool,
    pub(crate) stats: Stats,
    /// The next refresh annotates even when the text did not change (the first one).
    pub(crate) forced: bool,
    /// Main-thread work left for the next task (timer 3).
    pub(crate) step: Option<Step>,
}

pub(crate) type Shared = Rc<RefCell<State>>;

pub(crate) fn now(win: &Window) -> f64 {
    win.performance().map_or(0.0, |p| p.now())
}

pub(crate) fn warn(msg: &str) {
    web_sys::console::warn_1(&JsValue::from_str(&format!("whosaid: {msg}")));
}

/// Starts the widget on the current page.
pub(crate) fn start(opts: Options, annotator: Option<js_sys::Function>) -> Result<Shared, String> {
    let win = web_sys::window().ok_or("no window: whosaid runs in a web page")?;
    let doc = win.document().ok_or("no document")?;
    // A second instance (the embed and the extension together) stands down: the first answers
    // the probe by cancelling it. Events cross the extension's isolated world; globals do not.
    let probe = CustomEventInit::new();
    probe.set_cancelable(true);
    if let Ok(ev) = CustomEvent::new_with_event_init_dict("whosaid:probe", &probe) {
        if !doc.dispatch_event(&ev).unwrap_or(true) {
            return Err(
                "another whosaid instance is already annotating this page; this one stands down"
                    .into(),
            );
        }
    }
    let t_find = now(&win);
    let root = read::find_root(&doc, opts.root.as_deref())?;
    let find_ms = now(&win) - t_find;
    let t_setup = now(&win);
    let painter = Painter::new(opts.highlight, opts.theme);
    let state = Rc::new(RefCell::new(State {
        win,
        doc,
        opts,
        root,
        page: None,
        ann: None,
        placed: Vec::new(),
        painter,
        card: None,
        panel: None,
        panel_return: None,
        made_focusable: Vec::new(),
        open: None,
        pending: None,
        timers: Timers::default(),
        listeners: Vec::new(),
        observer: None,
        annotator,
        generation: 0,
        announced: false,
        forced: false,
        step: None,
        stats: Stats {
            find_ms,
            ..Stats::default()
        },
    }));
    install(&state);
    if let Ok(mut s) = state.try_borrow_mut() {
        s.stats.setup_ms = now(&s.win) - t_setup;
    }
    // A short article is read, annotated and painted in this same task: yielding would let the
    // page's own rendering run first and delay the highlights. A long one is read in a task of
    // its own, after finding the root, so neither stretch of main-thread work gets long.
    let short = state.try_borrow().is_ok_and(|s| {
        read::text_content(&s.root).is_some_and(|t| t.length() as usize <= s.opts.worker_threshold)
    });
    if short {
        refresh(&state, true);
        if let Ok(mut s) = state.try_borrow_mut() {
            let st = &mut s.stats;
            let whole = st.find_ms
                + st.setup_ms
                + st.read_ms
                + st.annotate_ms
                + st.paint_ms
                + st.announce_ms;
            st.longest_task_ms = st.longest_task_ms.max(whole);
        }
    } else if let Ok(mut s) = state.try_borrow_mut() {
        s.forced = true;
        schedule(&mut s, Timer::Refresh, 0);
    }
    Ok(state)
}

/// Removes everything the widget added; the page's DOM serializes as it did before.
pub(crate) fn destroy(state: &Shared) {
    let Ok(mut s) = state.try_borrow_mut() else {
        return;
    };
    s.generation = s.generation.wrapping_add(1);
    if let Some((obs, _)) = s.observer.take() {
        obs.disconnect();
    }
    s.listeners.clear();
    timers::clear(&mut s);
    s.step = None;
    s.open = None;
    for el in s.made_focusable.drain(..) {
        let _ = el.remove_attribute("tabindex");
    }
    s.placed.clear();
    let doc = s.doc.clone();
    s.painter.remove(&doc);
    if let Some(card) = s.card.take() {
        card.remove();
    }
    if let Some(panel) = s.panel.take() {
        panel.remove();
    }
    s.panel_return = None;
    s.ann = None;
    s.page = None;
}

/// Registers the event handlers, the timers' callbacks and the observer.
fn install(state: &Shared) {
    let weak = Rc::downgrade(state);
    let Ok(mut s) = state.try_borrow_mut() else {
        return;
    };
    input::listen(&weak, &mut s);
    timers::install(&weak, &mut s);
    observe::install(&weak, &mut s);
}

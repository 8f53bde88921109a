//! The in-page widget: reads the article, annotates it, paints the quotations, opens cards on
//! hover, focus and tap, follows changes to the article, and undoes all of it on `destroy`.
//!
//! State lives in one `Rc<RefCell<State>>`; every event handler holds a `Weak` to it and
//! `try_borrow_mut`s, so an event fired from inside the widget's own work (a `focus()`, say) is
//! skipped rather than panicking. Nothing here throws into the page: failures become one
//! console warning.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    AddEventListenerOptions, CustomEvent, CustomEventInit, Document, DomRect, Element, Event,
    EventTarget, HtmlElement, KeyboardEvent, MutationObserver, MutationObserverInit, PointerEvent,
    Range, Window,
};

use crate::card::Card;
use crate::options::Options;
use crate::paint::Painter;
use crate::read::{self, Page};
use whosaid::{Annotations, Quote, QuoteKind, Span, Speaker};
use whosaid::{Article, Block};

/// How a card was opened: it closes differently for each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Via {
    Pointer,
    Keyboard,
    Touch,
}

/// A speech quotation on the page.
struct Placed {
    /// Index into `Annotations::quotes`.
    quote: usize,
    range: Range,
    /// What takes keyboard focus for it: its block (highlights) or its first wrapper (wrap).
    focus: Option<HtmlElement>,
    wrappers: Vec<Element>,
    key: Key,
}

/// Identifies a quotation across re-reads: its block's text and its place in that block.
type Key = (u64, usize, usize);

struct Open {
    placed: usize,
    via: Via,
    origin: Option<HtmlElement>,
}

#[derive(Default, Serialize)]
#[serde(rename_all = "camelCase")]
struct Stats {
    mode: &'static str,
    /// Finding the article root.
    find_ms: f64,
    /// Building the painter and registering the listeners (the card is built when it first
    /// opens).
    setup_ms: f64,
    read_ms: f64,
    /// Taking the worker's answer in (main thread).
    receive_ms: f64,
    annotate_ms: f64,
    paint_ms: f64,
    /// Building the annotations for `whosaid:ready`/`update` and dispatching the event.
    announce_ms: f64,
    /// The longest single stretch of main-thread work the widget did.
    longest_task_ms: f64,
    off_thread: bool,
    chars: usize,
    blocks: usize,
    quotes: usize,
    painted: usize,
    reused: usize,
    refreshes: u32,
}

struct Listener {
    target: EventTarget,
    kind: &'static str,
    capture: bool,
    f: Closure<dyn FnMut(Event)>,
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
    win: Window,
    doc: Document,
    opts: Options,
    root: Element,
    page: Option<Page>,
    ann: Option<Annotations>,
    placed: Vec<Placed>,
    painter: Painter,
    card: Option<Card>,
    /// Elements given `tabindex="0"` by the widget (removed again on destroy).
    made_focusable: Vec<HtmlElement>,
    open: Option<Open>,
    pending: Option<(usize, Via, DomRect)>,
    timers: Timers,
    listeners: Vec<Listener>,
    observer: Option<(MutationObserver, Closure<MutationCallback>)>,
    annotator: Option<js_sys::Function>,
    generation: u32,
    announced: bool,
    stats: Stats,
    /// The next refresh annotates even when the text did not change (the first one).
    forced: bool,
    /// Main-thread work left for the next task (timer 3).
    step: Option<Step>,
}

#[derive(Default)]
struct Timers {
    open: Option<i32>,
    close: Option<i32>,
    refresh: Option<i32>,
    step: Option<i32>,
    callbacks: Vec<Closure<dyn FnMut()>>,
}

pub(crate) type Shared = Rc<RefCell<State>>;
type MutationCallback = dyn FnMut(js_sys::Array);

fn now(win: &Window) -> f64 {
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
        schedule(&mut s, 2, 0);
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
    let win = s.win.clone();
    for id in [
        s.timers.open.take(),
        s.timers.close.take(),
        s.timers.refresh.take(),
        s.timers.step.take(),
    ]
    .into_iter()
    .flatten()
    {
        win.clear_timeout_with_handle(id);
    }
    s.timers.callbacks.clear();
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
    s.ann = None;
    s.page = None;
}

/// The engine's result with each quotation's text and speaker name, for `WhoSaid.annotations()`.
pub(crate) fn annotations_js(state: &Shared) -> JsValue {
    let Ok(s) = state.try_borrow() else {
        return JsValue::NULL;
    };
    let (Some(ann), Some(page)) = (&s.ann, &s.page) else {
        return JsValue::NULL;
    };
    // The quote's own fields written out, not `#[serde(flatten)]`: flattening buffers each
    // quote through serde's generic content type (slower, and more code in the wasm).
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct QuoteOut<'a> {
        span: &'a Span,
        outer: &'a Span,
        kind: QuoteKind,
        speaker: Option<usize>,
        mention: &'a Option<Span>,
        cue: &'a Option<Span>,
        rule: &'a str,
        confidence: f32,
        continues: Option<usize>,
        block: usize,
        text: &'a str,
        speaker_name: Option<&'a str>,
    }
    #[derive(Serialize)]
    struct Out<'a> {
        quotes: Vec<QuoteOut<'a>>,
        speakers: &'a [Speaker],
    }
    let text = page.map.article().text();
    let out = Out {
        quotes: ann
            .quotes
            .iter()
            .map(|q| QuoteOut {
                span: &q.span,
                outer: &q.outer,
                kind: q.kind,
                speaker: q.speaker,
                mention: &q.mention,
                cue: &q.cue,
                rule: &q.rule,
                confidence: q.confidence,
                continues: q.continues,
                block: q.block,
                text: text.get(q.span.start..q.span.end).unwrap_or(""),
                speaker_name: q
                    .speaker
                    .and_then(|i| ann.speakers.get(i))
                    .map(|sp| sp.name.as_str()),
            })
            .collect(),
        speakers: &ann.speakers,
    };
    to_js(&out)
}

/// The article as read: `{text, blocks: [{kind, text}]}` (for reader views and tests).
pub(crate) fn article_js(state: &Shared) -> JsValue {
    let Ok(s) = state.try_borrow() else {
        return JsValue::NULL;
    };
    let Some(page) = &s.page else {
        return JsValue::NULL;
    };
    to_js(&article_blocks(page.map.article()))
}

pub(crate) fn stats_js(state: &Shared) -> JsValue {
    state
        .try_borrow()
        .map_or(JsValue::NULL, |s| to_js(&s.stats))
}

fn to_js<T: Serialize>(v: &T) -> JsValue {
    crate::exports::to_js(v).unwrap_or(JsValue::NULL)
}

#[derive(Serialize)]
struct ArticleOut {
    text: String,
    blocks: Vec<Block>,
}

fn article_blocks(a: &Article) -> ArticleOut {
    ArticleOut {
        text: a.text().to_string(),
        blocks: a
            .blocks()
            .iter()
            .map(|b| Block {
                kind: b.kind,
                text: a.text()[b.start..b.end].to_string(),
            })
            .collect(),
    }
}

/// Where a read article is annotated, with the read's generation.
enum Work {
    Here(u32),
    /// The loader's worker: its function and the blocks for it.
    Worker(js_sys::Function, JsValue, u32),
}

/// Re-reads the article; when its text changed (or `force`), annotates and paints again. The
/// read goes in slices of at most `READ_SLICE_MS`, each in a task of its own.
pub(crate) fn refresh(state: &Shared, force: bool) {
    {
        let Ok(mut s) = state.try_borrow_mut() else {
            return;
        };
        let t0 = now(&s.win);
        if !s.root.is_connected() {
            match read::find_root(&s.doc, s.opts.root.as_deref()) {
                Ok(root) => {
                    s.root = root;
                    observe(&mut s);
                }
                Err(e) => {
                    warn(&format!(
                        "the article went away and no other was found ({e})"
                    ));
                    return;
                }
            }
        }
        if s.painter.wraps() {
            // Wrapping split text nodes: restore them before reading.
            unpaint(&mut s);
        }
        cancel(&mut s, 3);
        let reader = read::Reader::new(&s.root);
        let ms = now(&s.win) - t0;
        s.step = Some(Step::Read(Reading { reader, force, ms }));
    }
    resume(state);
}

/// Longest stretch of reading in one task (a 1 MB article takes several).
const READ_SLICE_MS: f64 = 25.0;

/// Work on a long article, one step per task.
enum Step {
    Read(Reading),
    /// The worker's answer, for the read of this generation.
    Apply(Annotations, u32),
    Announce,
}

/// Runs the pending step.
fn resume(state: &Shared) {
    let step = state.try_borrow_mut().ok().and_then(|mut s| {
        s.timers.step = None;
        s.step.take()
    });
    match step {
        Some(Step::Read(reading)) => read_on(state, reading),
        Some(Step::Apply(ann, generation))
            if state.try_borrow().is_ok_and(|s| s.generation == generation) =>
        {
            apply(state, ann)
        }
        Some(Step::Announce) => announce(state),
        _ => {}
    }
}

/// A read in progress: the reader, whether to annotate even if nothing changed, and the time
/// spent so far.
struct Reading {
    reader: read::Reader,
    force: bool,
    ms: f64,
}

/// Reads on for one slice; when the read is done, annotates what changed.
fn read_on(state: &Shared, reading: Reading) {
    let Reading {
        mut reader,
        force,
        ms,
    } = reading;
    let work = {
        let Ok(mut s) = state.try_borrow_mut() else {
            return;
        };
        let win = s.win.clone();
        let t0 = now(&win);
        let done = reader.step(&mut || now(&win) - t0 > READ_SLICE_MS);
        let took = now(&win) - t0;
        s.stats.longest_task_ms = s.stats.longest_task_ms.max(took);
        if !done {
            s.step = Some(Step::Read(Reading {
                reader,
                force,
                ms: ms + took,
            }));
            schedule(&mut s, 3, 0);
            return;
        }
        let page = reader.finish();
        let same = s
            .page
            .as_ref()
            .is_some_and(|old| same_article(old.map.article(), page.map.article()));
        if same && !force {
            if s.painter.wraps() {
                repaint(&mut s);
            }
            s.page = Some(page);
            drop_own_records(&s);
            return;
        }
        s.stats.read_ms = ms + now(&win) - t0;
        s.stats.longest_task_ms = s.stats.longest_task_ms.max(s.stats.find_ms);
        s.stats.refreshes += 1;
        s.generation = s.generation.wrapping_add(1);
        let big = page.map.article().text().len() > s.opts.worker_threshold;
        let async_with = s.annotator.clone().filter(|_| big);
        let blocks = async_with
            .as_ref()
            .map(|_| to_js(&article_blocks(page.map.article()).blocks));
        s.page = Some(page);
        match (async_with, blocks) {
            (Some(f), Some(blocks)) => Work::Worker(f, blocks, s.generation),
            _ => Work::Here(s.generation),
        }
    };
    match work {
        Work::Here(generation) => annotate_here(state, generation),
        Work::Worker(f, blocks, generation) => annotate_off_thread(state, &f, &blocks, generation),
    }
}

/// Hands the blocks to the loader's worker and applies the result when it comes back.
fn annotate_off_thread(state: &Shared, f: &js_sys::Function, blocks: &JsValue, generation: u32) {
    let started = state.try_borrow().map_or(0.0, |s| now(&s.win));
    let promise = match f.call1(&JsValue::NULL, blocks).map(js_sys::Promise::from) {
        Ok(p) => p,
        Err(_) => return annotate_here(state, generation),
    };
    let weak = Rc::downgrade(state);
    let done = Closure::once(move |value: JsValue| {
        let Some(state) = weak.upgrade() else { return };
        if state
            .try_borrow()
            .map_or(true, |s| s.generation != generation)
        {
            return;
        }
        let received = state.try_borrow().map_or(0.0, |s| now(&s.win));
        let packed = value.dyn_into::<js_sys::Uint8Array>().map(|a| a.to_vec());
        match packed.map(|bytes| whosaid::packed::decode(&bytes)) {
            Ok(Some(ann)) => {
                // Painting is the next task's work.
                if let Ok(mut s) = state.try_borrow_mut() {
                    let t = now(&s.win);
                    s.stats.annotate_ms = received - started;
                    s.stats.receive_ms = t - received;
                    s.stats.longest_task_ms = s.stats.longest_task_ms.max(t - received);
                    s.stats.off_thread = true;
                    s.step = Some(Step::Apply(ann, generation));
                    schedule(&mut s, 3, 0);
                }
            }
            _ => {
                warn("the worker's answer could not be read; annotating here");
                annotate_here(&state, generation);
            }
        }
    });
    let weak = Rc::downgrade(state);
    let failed = Closure::once(move |err: JsValue| {
        let Some(state) = weak.upgrade() else { return };
        warn(&format!(
            "the worker failed ({}); annotating on the main thread",
            err.as_string().unwrap_or_else(|| "no reason given".into())
        ));
        annotate_here(&state, generation);
    });
    let _ = promise.then2(&done, &failed);
    done.forget();
    failed.forget();
}

/// Annotates on the main thread (short articles, or when the worker failed), unless a newer
/// read has come in since.
fn annotate_here(state: &Shared, generation: u32) {
    let ann = {
        let Ok(mut s) = state.try_borrow_mut() else {
            return;
        };
        if s.generation != generation {
            return;
        }
        let t0 = now(&s.win);
        let ann = s.page.as_ref().map(|p| whosaid::annotate(p.map.article()));
        s.stats.annotate_ms = now(&s.win) - t0;
        s.stats.off_thread = false;
        ann
    };
    if let Some(ann) = ann {
        apply(state, ann);
    }
}

fn same_article(a: &Article, b: &Article) -> bool {
    a.text() == b.text()
        && a.blocks().len() == b.blocks().len()
        && a.blocks()
            .iter()
            .zip(b.blocks())
            .all(|(x, y)| x.kind == y.kind)
}

/// Places and paints the speech quotations of `ann`, then tells the page.
fn apply(state: &Shared, ann: Annotations) {
    let later = {
        let Ok(mut s) = state.try_borrow_mut() else {
            return;
        };
        let t0 = now(&s.win);
        close(&mut s);
        let old: HashMap<Key, Range> = s
            .placed
            .drain(..)
            .filter(|p| p.range.start_container().is_ok_and(|n| n.is_connected()))
            .map(|p| (p.key, p.range))
            .collect();
        unpaint(&mut s);
        let mut placed = Vec::new();
        let mut reused = 0;
        let mut block_hash: Option<(usize, u64)> = None;
        if let Some(page) = &s.page {
            let article = page.map.article();
            for (i, q) in ann.quotes.iter().enumerate() {
                if !q.kind.is_speech() {
                    continue;
                }
                let Some(b) = article.blocks().get(q.block) else {
                    continue;
                };
                let h = match block_hash {
                    Some((block, h)) if block == q.block => h,
                    _ => {
                        let h = hash(&article.text()[b.start..b.end]);
                        block_hash = Some((q.block, h));
                        h
                    }
                };
                let key = (
                    h,
                    q.span.start.saturating_sub(b.start),
                    q.span.end.saturating_sub(b.start),
                );
                let range = match old.get(&key) {
                    Some(r) if !s.painter.wraps() => {
                        reused += 1;
                        Some(r.clone())
                    }
                    _ => make_range(&s.doc, page, q),
                };
                let Some(range) = range else { continue };
                let focus = page
                    .map
                    .source_of(q.block)
                    .and_then(|e| page.elements.get(e))
                    .and_then(|e| e.clone().dyn_into::<HtmlElement>().ok());
                placed.push(Placed {
                    quote: i,
                    range,
                    focus,
                    wrappers: Vec::new(),
                    key,
                });
            }
        }
        s.placed = placed;
        s.ann = Some(ann);
        repaint(&mut s);
        drop_own_records(&s);
        let took = now(&s.win) - t0;
        s.stats.paint_ms = took;
        s.stats.longest_task_ms = s
            .stats
            .longest_task_ms
            .max(took)
            .max(if s.stats.off_thread {
                0.0
            } else {
                s.stats.annotate_ms
            });
        s.stats.reused = reused;
        s.stats.painted = s.placed.len();
        s.stats.quotes = s.ann.as_ref().map_or(0, |a| a.quotes.len());
        s.stats.chars = s
            .page
            .as_ref()
            .map_or(0, |p| p.map.article().text().chars().count());
        s.stats.blocks = s
            .page
            .as_ref()
            .map_or(0, |p| p.map.article().blocks().len());
        s.stats.mode = if s.painter.wraps() {
            "wrap"
        } else {
            "highlight"
        };
        // After a long article, telling the page (which copies every quotation out to JS) is
        // a task of its own.
        s.stats.off_thread
    };
    if later {
        if let Ok(mut s) = state.try_borrow_mut() {
            s.step = Some(Step::Announce);
            schedule(&mut s, 3, 0);
        }
    } else {
        announce(state);
    }
}

/// Dispatches `whosaid:ready` (the first time) or `whosaid:update` with the annotations.
fn announce(state: &Shared) {
    let Some(first) = state
        .try_borrow_mut()
        .ok()
        .map(|mut s| !std::mem::replace(&mut s.announced, true))
    else {
        return;
    };
    let t0 = state.try_borrow().map_or(0.0, |s| now(&s.win));
    let detail = annotations_js(state);
    let init = CustomEventInit::new();
    init.set_detail(&detail);
    let name = if first {
        "whosaid:ready"
    } else {
        "whosaid:update"
    };
    let doc = state.try_borrow().ok().map(|s| s.doc.clone());
    if let (Some(doc), Ok(ev)) = (doc, CustomEvent::new_with_event_init_dict(name, &init)) {
        let _ = doc.dispatch_event(&ev);
    }
    if let Ok(mut s) = state.try_borrow_mut() {
        s.stats.announce_ms = now(&s.win) - t0;
    }
}

fn hash(s: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

pub(super) fn make_range(doc: &Document, page: &Page, q: &Quote) -> Option<Range> {
    let a = page.map.start_point(q.span.start)?;
    let b = page.map.end_point(q.span.end)?;
    let range = doc.create_range().ok()?;
    range
        .set_start(page.nodes.get(a.node)?, a.utf16 as u32)
        .ok()?;
    range
        .set_end(page.nodes.get(b.node)?, b.utf16 as u32)
        .ok()?;
    Some(range)
}

/// Paints every placed quotation and makes each focusable.
fn repaint(s: &mut State) {
    let doc = s.doc.clone();
    let min = s.opts.min_confidence;
    let known: Vec<bool> = s
        .placed
        .iter()
        .map(|p| {
            s.ann
                .as_ref()
                .and_then(|a| a.quotes.get(p.quote))
                .is_some_and(|q| q.speaker.is_some() && q.confidence >= min)
        })
        .collect();
    // Wrapping splits text nodes; going backwards keeps the earlier ranges' nodes whole.
    for i in (0..s.placed.len()).rev() {
        let range = s.placed[i].range.clone();
        let wrappers = s.painter.paint(&doc, &range, known[i]);
        if let Some(first) = wrappers
            .first()
            .and_then(|w| w.clone().dyn_into::<HtmlElement>().ok())
        {
            s.placed[i].focus = Some(first);
        }
        s.placed[i].wrappers = wrappers;
    }
    for i in 0..s.placed.len() {
        let Some(el) = s.placed[i].focus.clone() else {
            continue;
        };
        if el.has_attribute("tabindex") || natively_focusable(&el) {
            continue;
        }
        let _ = el.set_attribute("tabindex", "0");
        s.made_focusable.push(el);
    }
}

/// Takes the paint off again (the placed quotations stay).
fn unpaint(s: &mut State) {
    s.painter.clear();
    for el in s.made_focusable.drain(..) {
        let _ = el.remove_attribute("tabindex");
    }
    for p in &mut s.placed {
        p.wrappers.clear();
    }
}

fn natively_focusable(el: &Element) -> bool {
    let tag = el.tag_name().to_ascii_lowercase();
    matches!(
        tag.as_str(),
        "a" | "button" | "input" | "select" | "textarea" | "summary"
    )
}

/// The widget's own DOM changes (wrapping) must not wake the observer.
fn drop_own_records(s: &State) {
    if let Some((obs, _)) = &s.observer {
        let _ = obs.take_records();
    }
}

/// Watches the article for changes (text and children) and the rest of the document only for
/// the article being taken out (client-side navigation replaces it).
fn observe(s: &mut State) {
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

/// Registers the event handlers, the observer and the timers' callbacks.
fn install(state: &Shared) {
    let weak = Rc::downgrade(state);
    let Ok(mut s) = state.try_borrow_mut() else {
        return;
    };
    let doc: EventTarget = s.doc.clone().into();
    let win: EventTarget = s.win.clone().into();
    let add =
        |target: &EventTarget, kind: &'static str, capture: bool, f: Box<dyn FnMut(Event)>| {
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
        };
    let mut listeners = vec![add(
        &doc,
        "whosaid:probe",
        false,
        Box::new(|e: Event| e.prevent_default()),
    )];
    let h = |weak: &Weak<RefCell<State>>, f: fn(&Shared, &Event)| {
        let weak = weak.clone();
        Box::new(move |e: Event| {
            if let Some(state) = weak.upgrade() {
                f(&state, &e);
            }
        }) as Box<dyn FnMut(Event)>
    };
    listeners.push(add(&doc, "pointermove", false, h(&weak, on_pointer_move)));
    listeners.push(add(&doc, "pointerdown", false, h(&weak, on_pointer_down)));
    listeners.push(add(&doc, "focusin", false, h(&weak, on_focus_in)));
    listeners.push(add(&doc, "keydown", false, h(&weak, on_key_down)));
    listeners.push(add(&win, "scroll", true, h(&weak, on_viewport_change)));
    listeners.push(add(&win, "resize", false, h(&weak, on_viewport_change)));
    listeners.push(add(&doc, "click", false, h(&weak, on_click)));
    s.listeners = listeners;
    // Timers: one callback each, kept for the widget's life.
    let timer = |f: fn(&Shared)| {
        let weak = weak.clone();
        Closure::wrap(Box::new(move || {
            if let Some(state) = weak.upgrade() {
                f(&state);
            }
        }) as Box<dyn FnMut()>)
    };
    s.timers.callbacks = vec![
        timer(|st| {
            if let Ok(mut s) = st.try_borrow_mut() {
                s.timers.open = None;
                if let Some((i, via, rect)) = s.pending.take() {
                    open(&mut s, i, via, None, Some(rect));
                }
            }
        }),
        timer(|st| {
            if let Ok(mut s) = st.try_borrow_mut() {
                s.timers.close = None;
                close(&mut s);
            }
        }),
        timer(|st| {
            let force = st.try_borrow_mut().is_ok_and(|mut s| {
                s.timers.refresh = None;
                std::mem::take(&mut s.forced)
            });
            refresh(st, force);
        }),
        timer(resume),
    ];
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
            schedule(&mut s, 2, 150);
        }
    }) as Box<MutationCallback>);
    if let Ok(obs) = MutationObserver::new(cb.as_ref().unchecked_ref()) {
        s.observer = Some((obs, cb));
        observe(&mut s);
    }
}

/// (Re)starts timer `which` (0 open, 1 close, 2 refresh, 3 the next step) to fire after `ms`.
fn schedule(s: &mut State, which: usize, ms: i32) {
    cancel(s, which);
    let Some(cb) = s.timers.callbacks.get(which) else {
        return;
    };
    let id = s
        .win
        .set_timeout_with_callback_and_timeout_and_arguments_0(cb.as_ref().unchecked_ref(), ms)
        .ok();
    *timer_slot(s, which) = id;
}

fn cancel(s: &mut State, which: usize) {
    if let Some(id) = timer_slot(s, which).take() {
        s.win.clear_timeout_with_handle(id);
    }
}

fn timer_slot(s: &mut State, which: usize) -> &mut Option<i32> {
    match which {
        0 => &mut s.timers.open,
        1 => &mut s.timers.close,
        2 => &mut s.timers.refresh,
        _ => &mut s.timers.step,
    }
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
        cancel(&mut s, 1);
        cancel(&mut s, 0);
        s.pending = None;
        return;
    }
    let hit = quote_at(&s, pe.client_x() as f64, pe.client_y() as f64);
    match hit {
        Some((i, _)) if s.open.as_ref().is_some_and(|o| o.placed == i) => cancel(&mut s, 1),
        Some((i, rect)) => {
            cancel(&mut s, 1);
            if s.pending.as_ref().is_none_or(|p| p.0 != i) {
                s.pending = Some((i, Via::Pointer, rect));
                let delay = s.opts.hover_delay.max(0);
                schedule(&mut s, 0, delay);
            }
        }
        None => {
            cancel(&mut s, 0);
            s.pending = None;
            if s.open.as_ref().is_some_and(|o| o.via == Via::Pointer) && s.timers.close.is_none() {
                schedule(&mut s, 1, 300);
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
            cancel(&mut s, 0);
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
    let step = match key.as_str() {
        "Escape" => {
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
            return;
        }
        "ArrowRight" | "ArrowDown" => 1,
        "ArrowLeft" | "ArrowUp" => -1,
        _ => return,
    };
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
        let to = o.placed as isize + step;
        if to < 0 || to as usize >= s.placed.len() {
            return;
        }
        to as usize
    };
    e.prevent_default();
    go_to(state, target, Via::Keyboard);
}

/// Moves to placed quotation `i`: focus (when it came from the keyboard), scroll, card.
fn go_to(state: &Shared, i: usize, via: Via) {
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
        // The button keeps focus: opened from the keyboard or not, the next card opens the
        // way a pointer opens it, without moving focus to the quotation.
        let via = if o.via == Via::Keyboard {
            Via::Pointer
        } else {
            o.via
        };
        (to, via)
    };
    go_to(state, target.0, target.1);
}

fn on_viewport_change(state: &Shared, _e: &Event) {
    let Ok(mut s) = state.try_borrow_mut() else {
        return;
    };
    let Some(o) = &s.open else { return };
    let (i, via) = (o.placed, o.via);
    if via == Via::Pointer {
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
fn open(s: &mut State, i: usize, via: Via, origin: Option<HtmlElement>, rect: Option<DomRect>) {
    cancel(s, 1);
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
    card.show(&anchor, viewport(&s.win));
    s.painter.set_active(Some(&p.range), &p.wrappers);
    s.open = Some(Open {
        placed: i,
        via,
        origin,
    });
}

fn close(s: &mut State) {
    cancel(s, 1);
    if s.open.take().is_some() {
        if let Some(card) = &s.card {
            card.hide();
        }
        s.painter.set_active(None, &[]);
    }
}

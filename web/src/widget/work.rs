//! Reading, annotating and applying: a short article in one task; a long one read in slices,
//! annotated in the loader's worker and painted and announced in tasks of their own.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement, Range};

use super::input::close;
use super::observe::{drop_own_records, observe};
use super::output::{annotations_js, to_js};
use super::place::{make_range, repaint, unpaint};
use super::timers::{cancel, schedule};
use super::{now, warn, Key, Placed, Shared, Timer};
use crate::read;
use crate::shapes::article_blocks;
use whosaid::{Annotations, Article};

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
        cancel(&mut s, Timer::Step);
        let reader = read::Reader::new(&s.doc, &s.root);
        let ms = now(&s.win) - t0;
        s.step = Some(Step::Read(Reading { reader, force, ms }));
    }
    resume(state);
}

/// Longest stretch of reading in one task (a 1 MB article takes several).
const READ_SLICE_MS: f64 = 25.0;

/// Work on a long article, one step per task.
pub(crate) enum Step {
    Read(Reading),
    /// The worker's answer, for the read of this generation.
    Apply(Annotations, u32),
    Announce,
}

/// Runs the pending step.
pub(crate) fn resume(state: &Shared) {
    let step = state.try_borrow_mut().ok().and_then(|mut s| s.step.take());
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
pub(crate) struct Reading {
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
            schedule(&mut s, Timer::Step, 0);
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
                    schedule(&mut s, Timer::Step, 0);
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
        let old: Vec<(Key, Range)> = s
            .placed
            .drain(..)
            .filter(|p| p.range.start_container().is_ok_and(|n| n.is_connected()))
            .map(|p| (p.key, p.range))
            .collect();
        // By block and start, pointing back into `old` (sorted as the engine sorts).
        let mut by_place: Vec<(u64, usize, usize)> = old
            .iter()
            .enumerate()
            .map(|(i, &((h, start, _), _))| (h, start, i))
            .collect();
        whosaid::heap_sort::sort(&mut by_place);
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
                        let h = hash(article.text().get(b.start..b.end).unwrap_or_default());
                        block_hash = Some((q.block, h));
                        h
                    }
                };
                let key = (
                    h,
                    q.span.start.saturating_sub(b.start),
                    q.span.end.saturating_sub(b.start),
                );
                let found = by_place
                    .binary_search_by(|&(h, start, _)| (h, start).cmp(&(key.0, key.1)))
                    .ok()
                    .map(|j| &old[by_place[j].2])
                    .filter(|(k, _)| *k == key);
                let range = match found.map(|(_, r)| r) {
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
        s.stats.chars = s.page.as_ref().map_or(0, |p| p.map.article().char_count());
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
    super::speakers::update(state);
    if later {
        if let Ok(mut s) = state.try_borrow_mut() {
            s.step = Some(Step::Announce);
            schedule(&mut s, Timer::Step, 0);
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

/// A block's fingerprint (64-bit FNV-1a), to know a quotation again when the page is read anew.
fn hash(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

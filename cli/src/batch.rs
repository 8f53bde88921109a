//! Annotating many documents on all cores, writing them out in input order.
//!
//! Jobs are taken a window at a time (so memory stays bounded on a file of any size); the
//! window's documents are shared out to the threads one by one as each thread frees up, then
//! written in order.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::input::Job;

/// Documents per thread in a window.
const PER_THREAD: usize = 64;
/// A window closes early past this many bytes of input.
const WINDOW_BYTES: usize = 64 << 20;

/// Runs `work` on every job with `threads` threads and hands each job with its result to `emit`
/// in input order. `emit` returns false to stop.
pub fn run<W, E>(
    jobs: impl Iterator<Item = Job>,
    threads: usize,
    work: W,
    mut emit: E,
    progress: &mut Progress,
) where
    W: Fn(&Job) -> Result<String, String> + Sync,
    E: FnMut(&Job, Result<String, String>) -> bool,
{
    let mut jobs = jobs.peekable();
    while jobs.peek().is_some() {
        let mut window = Vec::new();
        let mut bytes = 0;
        while window.len() < threads * PER_THREAD && bytes < WINDOW_BYTES {
            let Some(job) = jobs.next() else { break };
            bytes += job.size();
            window.push(job);
        }
        let results = if threads <= 1 || window.len() == 1 {
            window.iter().map(&work).collect()
        } else {
            in_parallel(&window, threads, &work)
        };
        for (job, result) in window.iter().zip(results) {
            progress.add(job.size());
            if !emit(job, result) {
                progress.done();
                return;
            }
        }
    }
    progress.done();
}

fn in_parallel<W>(window: &[Job], threads: usize, work: &W) -> Vec<Result<String, String>>
where
    W: Fn(&Job) -> Result<String, String> + Sync,
{
    let next = AtomicUsize::new(0);
    let slots: Vec<Mutex<Option<Result<String, String>>>> =
        window.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|s| {
        for _ in 0..threads.min(window.len()) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(job) = window.get(i) else { break };
                let result = work(job);
                if let Ok(mut slot) = slots[i].lock() {
                    *slot = Some(result);
                }
            });
        }
    });
    slots
        .into_iter()
        .map(|m| {
            m.into_inner()
                .ok()
                .flatten()
                .unwrap_or_else(|| Err("the worker stopped".into()))
        })
        .collect()
}

/// Progress on standard error while it is a terminal: documents, bytes, speed, and the share
/// done when the input's size is known.
pub struct Progress {
    on: bool,
    total: Option<u64>,
    docs: usize,
    bytes: u64,
    start: Instant,
    last: Instant,
}

impl Progress {
    pub fn new(wanted: bool, total: Option<u64>) -> Self {
        let now = Instant::now();
        Progress {
            on: wanted && std::io::stderr().is_terminal(),
            total,
            docs: 0,
            bytes: 0,
            start: now,
            last: now,
        }
    }

    fn add(&mut self, bytes: usize) {
        self.docs += 1;
        self.bytes += bytes as u64;
        if self.on && self.last.elapsed() >= Duration::from_millis(200) {
            self.last = Instant::now();
            let secs = self.start.elapsed().as_secs_f64().max(1e-3);
            let mb = self.bytes as f64 / 1e6;
            let share = self
                .total
                .filter(|&t| t > 0)
                .map(|t| format!(" ({:.0}%)", 100.0 * self.bytes as f64 / t as f64))
                .unwrap_or_default();
            let mut err = std::io::stderr().lock();
            let _ = write!(
                err,
                "\r\x1b[Kwhosaid: {} documents, {mb:.1} MB{share}, {:.1} MB/s",
                self.docs,
                mb / secs
            );
            let _ = err.flush();
        }
    }

    fn done(&mut self) {
        if self.on && self.last != self.start {
            let _ = write!(std::io::stderr(), "\r\x1b[K");
        }
        self.on = false;
    }
}

//! Watches for super-linear time. The input is a unit of text (a quote mark, a capitalised
//! name, `"a," said `...); the unit repeated to ~16 kB and to four times that is annotated,
//! each three times (nine before a finding is reported), and the fastest runs compared, in the
//! thread's CPU time so that other work on the machine does not count. Linear work takes ~4× as
//! long; the target fails past 10× (quadratic work takes ~16×), once the larger text takes over
//! 4 ms, so that timer noise on tiny inputs is no finding. `scripts/fuzz` seeds it with
//! adversarial units.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::time::Duration;
use whosaid::annotate_text;

const SMALL: usize = 16 * 1024;
const RATIO: f64 = 10.0;
const FLOOR: Duration = Duration::from_millis(4);

/// CPU time this thread has used: unlike wall time, other processes competing for the cores
/// do not add to it.
fn thread_time() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec, and the clock id is a constant the C library
    // defines.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

fn fastest(text: &str, runs: usize) -> Duration {
    (0..runs)
        .map(|_| {
            let t = thread_time();
            std::hint::black_box(annotate_text(std::hint::black_box(text)));
            thread_time().saturating_sub(t)
        })
        .min()
        .unwrap_or_default()
}

fuzz_target!(|data: &[u8]| {
    let Ok(unit) = std::str::from_utf8(data) else {
        return;
    };
    if unit.is_empty() {
        return;
    }
    let small = unit.repeat(SMALL.div_ceil(unit.len()));
    let large = small.repeat(4);
    let ratio = |a: Duration, b: Duration| b.as_secs_f64() / a.as_secs_f64().max(1e-6);
    let (mut a, mut b) = (fastest(&small, 3), fastest(&large, 3));
    if b > FLOOR && ratio(a, b) > RATIO {
        // Confirm before reporting: a busy machine can slow one measurement.
        (a, b) = (fastest(&small, 9), fastest(&large, 9));
    }
    if b > FLOOR {
        let ratio = ratio(a, b);
        assert!(
            ratio <= RATIO,
            "super-linear: {} bytes took {a:?}, {} bytes took {b:?} ({ratio:.1}×) for unit {unit:?}",
            small.len(),
            large.len(),
        );
    }
});

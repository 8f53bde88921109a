//! Throughput of the engine on news text (the seed articles repeated) at 100 KB, 1 MB and 10 MB.
//! Also the cost of the first call (word lists built on first use). Prints numbers; asserts
//! nothing. `cargo bench --bench throughput`.

use std::time::Instant;

fn main() {
    let seed = [
        include_str!("../tests/fixtures/seeds/people-blinken-war-crimes.txt"),
        include_str!("../tests/fixtures/seeds/mediaite-blinken-war-crimes.txt"),
    ]
    .join("\n\n");
    // The first call builds the word lists; a page pays this once, before its first highlight.
    let t = Instant::now();
    whosaid::annotate_text(&seed);
    let first = t.elapsed().as_secs_f64();
    let t = Instant::now();
    whosaid::annotate_text(&seed);
    let again = t.elapsed().as_secs_f64();
    println!(
        "first call on the seeds ({} KB): {:.2} ms, then {:.2} ms",
        seed.len() / 1000,
        first * 1e3,
        again * 1e3
    );
    let mut results = Vec::new();
    for (label, size) in [
        ("100 KB", 100_000),
        ("1 MB", 1_000_000),
        ("10 MB", 10_000_000),
    ] {
        let mut text = String::with_capacity(size + seed.len());
        while text.len() < size {
            text.push_str(&seed);
            text.push_str("\n\n");
        }
        // Best of a few runs, to keep noise from the other core out.
        let runs = if size >= 10_000_000 { 3 } else { 5 };
        let mut best = f64::MAX;
        let mut quotes = 0;
        for _ in 0..runs {
            let t = Instant::now();
            let a = whosaid::annotate_text(&text);
            best = best.min(t.elapsed().as_secs_f64());
            quotes = a.quotes.len();
        }
        let mbs = text.len() as f64 / 1e6 / best;
        println!(
            "{label:>7}: {:>8.1} ms  {mbs:>6.1} MB/s  ({quotes} quotes)",
            best * 1e3
        );
        results.push(best);
    }
    println!(
        "10 MB / 1 MB time ratio: {:.2} (linear is 10)",
        results[2] / results[1]
    );
}

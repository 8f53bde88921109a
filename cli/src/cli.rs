//! The command line proper (native only).

use std::io::{self, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: whosaid annotate [--jsonl] FILE|-\n\n  FILE     an article as UTF-8 plain text (a blank line between paragraphs); - reads stdin\n  --jsonl  FILE holds one {\"id\",\"text\"} JSON object a line; prints one\n           {\"id\",\"quotes\":[{\"start\",\"end\",\"speaker\",\"speaker_mention\",\"rule\",\"confidence\"}]}\n           line each (character offsets, speech quotations only)\n  --features  with --jsonl: each quote also carries the confidence model's evidence\n           (whosaid::calibrate::FEATURES), for scripts/fit_confidence.py";

pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(msg)) => {
            eprintln!("whosaid: {msg}\n\n{USAGE}");
            ExitCode::from(2)
        }
        Err(Failure::Input(msg)) => {
            eprintln!("whosaid: {msg}");
            ExitCode::from(1)
        }
    }
}

enum Failure {
    Usage(String),
    Input(String),
}

fn run(args: &[String]) -> Result<(), Failure> {
    let mut jsonl = false;
    let mut extra = Extra::default();
    let mut path = None;
    let mut iter = args.iter();
    match iter.next().map(String::as_str) {
        Some("annotate") => {}
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            return Ok(());
        }
        Some(other) => return Err(Failure::Usage(format!("unknown command '{other}'"))),
        None => return Err(Failure::Usage("no command given".into())),
    }
    for a in iter {
        match a.as_str() {
            "--jsonl" => jsonl = true,
            "--features" => extra.features = true,
            #[cfg(feature = "research")]
            "--salience" => extra.salience = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            s if s.starts_with("--") => {
                return Err(Failure::Usage(format!("unknown option '{s}'")))
            }
            s if path.is_none() => path = Some(s.to_string()),
            s => return Err(Failure::Usage(format!("unexpected argument '{s}'"))),
        }
    }
    let path = path.ok_or_else(|| Failure::Usage("no input file given".into()))?;
    let bytes = read(&path)?;
    let name = if path == "-" {
        "<stdin>".to_string()
    } else {
        path.clone()
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let write_err = |e: io::Error| Failure::Input(format!("cannot write output: {e}"));
    if jsonl {
        for (n, line) in bytes.split(|&b| b == b'\n').enumerate() {
            let line = std::str::from_utf8(line).map_err(|e| {
                Failure::Input(format!(
                    "{name}:{}: not UTF-8 (byte {} of the line)",
                    n + 1,
                    e.valid_up_to()
                ))
            })?;
            if line.trim().is_empty() {
                continue;
            }
            let row = jsonl_row(line, extra)
                .map_err(|e| Failure::Input(format!("{name}:{}: {e}", n + 1)))?;
            writeln!(out, "{row}").map_err(write_err)?;
        }
    } else {
        let text = String::from_utf8(bytes).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            Failure::Input(format!("{name}: not UTF-8 (invalid byte at offset {at})"))
        })?;
        let a = whosaid::annotate_text(&text);
        serde_json::to_writer_pretty(&mut out, &a).map_err(|e| Failure::Input(e.to_string()))?;
        writeln!(out).map_err(write_err)?;
    }
    out.flush().map_err(write_err)
}

fn read(path: &str) -> Result<Vec<u8>, Failure> {
    let mut bytes = Vec::new();
    if path == "-" {
        io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| Failure::Input(format!("cannot read stdin: {e}")))?;
    } else {
        let f = std::fs::File::open(path)
            .map_err(|e| Failure::Input(format!("cannot read {path}: {e}")))?;
        io::BufReader::new(f)
            .read_to_end(&mut bytes)
            .map_err(|e| Failure::Input(format!("cannot read {path}: {e}")))?;
    }
    Ok(bytes)
}

/// What a JSONL row carries besides the scorer's fields, for the fitting scripts.
#[derive(Clone, Copy, Default)]
struct Extra {
    /// Each quote's evidence for the confidence model.
    features: bool,
    /// Each pronoun's candidates and their evidence for the salience model (`research` builds).
    #[cfg(feature = "research")]
    salience: bool,
}

/// One scorer-format line for one `{"id","text"}` line.
fn jsonl_row(line: &str, extra: Extra) -> Result<String, String> {
    let v: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("bad JSON: {e}"))?;
    let id = v.get("id").cloned().ok_or("no \"id\" field")?;
    let text = v
        .get("text")
        .and_then(|t| t.as_str())
        .ok_or("no \"text\" string field")?;
    let a = whosaid::annotate_text(text);
    let quotes: Vec<serde_json::Value> = a
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.kind.is_speech())
        .map(|(i, q)| {
            let mut row = serde_json::json!({
                "start": q.span.char_start,
                "end": q.span.char_end,
                "speaker": a.speaker_of(i).map(|s| s.name.as_str()),
                "speaker_mention": q.mention.map(|m| [m.char_start, m.char_end]),
                "rule": q.rule,
                "confidence": q.confidence,
            });
            if extra.features {
                row["features"] = serde_json::json!(whosaid::calibrate::features(&a, text, i));
            }
            row
        })
        .collect();
    #[allow(unused_mut)]
    let mut row = serde_json::json!({ "id": id, "quotes": quotes });
    #[cfg(feature = "research")]
    if extra.salience {
        let (_, choices) = whosaid::research::pronoun_choices(&whosaid::Article::from_text(text));
        row["pronouns"] = choices
            .iter()
            .map(|c| serde_json::json!({ "start": c.char_start, "candidates": c.candidates }))
            .collect();
    }
    Ok(row.to_string())
}

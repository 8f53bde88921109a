//! The commands: parse the arguments, then annotate or print completions.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::{CommandFactory, Parser};

use crate::args::{Annotate, Cli, Command, Format, Input};
use crate::batch::{self, Progress};
use crate::input::{self, Data, Job};
use crate::output::{self, Options};

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match cli.command {
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "whosaid", &mut io::stdout());
            ExitCode::SUCCESS
        }
        Command::Annotate(args) => annotate(&args),
    }
}

fn annotate(args: &Annotate) -> ExitCode {
    let input = if args.jsonl { Input::Jsonl } else { args.input };
    // Whether the output holds several documents: several files, or JSONL, however it was
    // told (the first job says how its file was read: by option, name or content).
    let mut jobs = input::jobs(&args.files, input).peekable();
    let several = args.files.len() > 1
        || input == Input::Jsonl
        || jobs.peek().is_some_and(|j| matches!(j.data, Data::Line(_)));
    let format = args.format.unwrap_or(if io::stdout().is_terminal() {
        Format::Text
    } else if several {
        Format::Jsonl
    } else {
        Format::Json
    });
    let opts = Options {
        format,
        min_confidence: args.min_confidence,
        features: args.features,
        #[cfg(feature = "research")]
        salience: args.salience,
    };
    let threads = args.jobs.map_or_else(
        || std::thread::available_parallelism().map_or(1, |n| n.get()),
        |n| n.get(),
    );
    let root = args.root.as_deref();
    let work = |job: &Job| -> Result<String, String> {
        let doc = input::parse(job, root)?;
        let a = whosaid::annotate(&doc.article);
        Ok(output::render(&doc, &a, &opts))
    };
    let total: Option<u64> = args
        .files
        .iter()
        .map(|f| {
            (f != "-")
                .then(|| std::fs::metadata(f).ok().map(|m| m.len()))
                .flatten()
        })
        .sum();
    let mut progress = Progress::new(!args.quiet, total);

    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut written = 0usize;
    let mut skipped = 0usize;
    let mut failed: Option<String> = None;
    if format == Format::Csv {
        let _ = writeln!(out, "{}", output::CSV_HEADER.join(","));
    }
    batch::run(
        jobs,
        threads,
        work,
        |job, result| {
            let text = match result {
                Ok(text) => text,
                Err(msg) => {
                    let msg = if msg.starts_with("cannot read") {
                        msg
                    } else {
                        format!("{}: {msg}", job.place)
                    };
                    if args.keep_going {
                        eprintln!("whosaid: {msg} (skipped)");
                        skipped += 1;
                        return true;
                    }
                    failed = Some(msg);
                    return false;
                }
            };
            let sep = match (format, written) {
                (Format::Json, 0) if several => "[\n",
                (Format::Json, _) if several => ",\n",
                (Format::Text, n) if n > 0 => "\n",
                _ => "",
            };
            let newline = if matches!(format, Format::Csv | Format::Text)
                || (format == Format::Json && several)
            {
                ""
            } else {
                "\n"
            };
            written += 1;
            if out
                .write_all(sep.as_bytes())
                .and_then(|_| out.write_all(text.as_bytes()))
                .and_then(|_| out.write_all(newline.as_bytes()))
                .is_err()
            {
                failed = Some("cannot write the output".into());
                return false;
            }
            true
        },
        &mut progress,
    );
    if format == Format::Json && several {
        let _ = out.write_all(if written == 0 { b"[]\n" } else { b"\n]\n" });
    }
    let flushed = out.flush();
    if let Some(msg) = failed {
        eprintln!("whosaid: {msg}");
        return ExitCode::from(1);
    }
    if flushed.is_err() {
        eprintln!("whosaid: cannot write the output");
        return ExitCode::from(1);
    }
    if skipped > 0 {
        eprintln!(
            "whosaid: {skipped} of {} documents skipped",
            skipped + written
        );
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

//! The command line's grammar (clap): commands, options and their help.

use std::num::NonZeroUsize;

use clap::{Parser, Subcommand, ValueEnum};

/// Find every quotation in news articles, and who said it.
#[derive(Parser, Debug)]
#[command(name = "whosaid", version, propagate_version = true)]
#[command(after_help = "Run `whosaid annotate --help` for the inputs and formats.")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Annotate articles: plain text, saved web pages, or JSONL batches.
    #[command(after_long_help = AFTER_ANNOTATE)]
    Annotate(Annotate),
    /// Print a shell completion script (for example: whosaid completions bash >
    /// ~/.local/share/bash-completion/completions/whosaid).
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
}

const AFTER_ANNOTATE: &str = "\
Inputs:
  text   UTF-8 plain text, a blank line between paragraphs.
  html   A saved web page: the article is found as the browser widget finds it (or under
         --root), and the output carries the text it read, \"article\": {\"text\", \"blocks\"},
         which the offsets refer to.
  jsonl  One JSON object a line: {\"id\", \"text\"} or {\"id\", \"html\"}. Lines are annotated on
         all cores (see --jobs); a bad line is reported with its line number.

Formats:
  text   Each quotation with its speaker and why, then who is quoted and how much.
  json   The full annotations: quotes (byte and character offsets, kind, speaker, mention, cue,
         rule, confidence) and speakers (name, aliases, role, age, description, kind).
  jsonl  One line a document: {\"id\", \"quotes\": [{\"start\", \"end\", \"speaker\",
         \"speaker_mention\", \"rule\", \"confidence\"}]}, speech only, character offsets (the
         format eval/score.py reads).
  csv    One row a speech quotation: id, start, end, kind, speaker, speaker_kind, about, rule,
         confidence, quote.

Exit status: 0 when every document was annotated, 1 when an input could not be read (with
--keep-going: when any was skipped), 2 for a usage error.";

/// What `annotate` reads and writes.
#[derive(clap::Args, Debug)]
pub struct Annotate {
    /// Files to annotate; `-` (the default) reads standard input.
    #[arg(value_name = "FILE", default_value = "-")]
    pub files: Vec<String>,

    /// What the input is; `auto` goes by the file name (.html, .htm, .jsonl, .ndjson), then by
    /// whether the content starts like HTML.
    #[arg(long, value_enum, default_value_t = Input::Auto)]
    pub input: Input,

    /// Same as --input jsonl.
    #[arg(long, conflicts_with = "input")]
    pub jsonl: bool,

    /// Output format [default: text when standard output is a terminal; else jsonl for JSONL
    /// input or several files, json for one document].
    #[arg(short, long, value_enum)]
    pub format: Option<Format>,

    /// For web pages: the CSS selector of the element holding the article, instead of finding
    /// it.
    #[arg(long, value_name = "SELECTOR")]
    pub root: Option<String>,

    /// Threads to annotate with [default: all cores].
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<NonZeroUsize>,

    /// Skip documents that cannot be read (reporting each with its file and line) instead of
    /// stopping at the first.
    #[arg(short, long)]
    pub keep_going: bool,

    /// In text output, quotations whose speaker is less sure than this (0 to 1) are shown as
    /// not identified, as the widget shows them.
    #[arg(long, value_name = "P", default_value_t = whosaid::explain::DEFAULT_MIN_CONFIDENCE,
          value_parser = probability)]
    pub min_confidence: f32,

    /// Never show progress (shown on standard error when it is a terminal).
    #[arg(short, long)]
    pub quiet: bool,

    /// jsonl: each quote also carries the confidence model's evidence
    /// (whosaid::calibrate::FEATURES), for scripts/fit_confidence.py.
    #[arg(long, hide = true)]
    pub features: bool,

    /// jsonl: the pronoun candidates the engine weighed, for scripts/fit_salience.py.
    #[cfg(feature = "research")]
    #[arg(long, hide = true)]
    pub salience: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Input {
    Auto,
    Text,
    Html,
    Jsonl,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
    Jsonl,
    Csv,
}

fn probability(s: &str) -> Result<f32, String> {
    match s.parse::<f32>() {
        Ok(p) if (0.0..=1.0).contains(&p) => Ok(p),
        _ => Err(format!("{s:?} is not a number from 0 to 1")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_grammar_is_consistent() {
        Cli::command().debug_assert();
    }
}

//! Reading inputs into documents: files and standard input, as text, HTML or JSONL lines.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};

use serde_json::Value;
use whosaid::Article;

use crate::args::Input;
use crate::html;

/// One document to annotate, not yet parsed: where it is from (`file` or `file:line`, for
/// messages), its id (the file name, or the line number until the line's own `"id"` is read),
/// and its bytes.
pub struct Job {
    pub place: String,
    pub id: Value,
    pub data: Data,
}

pub enum Data {
    /// A whole file, as text or HTML.
    File(Vec<u8>, Input),
    /// One JSONL line.
    Line(Vec<u8>),
    /// The input could not be read.
    Unreadable(String),
}

impl Job {
    /// Bytes of input this job covers (for progress).
    pub fn size(&self) -> usize {
        match &self.data {
            Data::File(b, _) | Data::Line(b) => b.len() + 1,
            Data::Unreadable(_) => 0,
        }
    }
}

/// A document read: its id, the article, and whether it came from HTML (then the output
/// carries the article text, which the offsets refer to).
pub struct Doc {
    pub id: Value,
    pub article: Article,
    pub html: bool,
}

/// Parses a job into a document (in a worker thread). `Err` is the message, without the place.
pub fn parse(job: &Job, root: Option<&str>) -> Result<Doc, String> {
    let mut id = job.id.clone();
    let (article, html) = match &job.data {
        Data::Unreadable(msg) => return Err(msg.clone()),
        Data::File(bytes, kind) => {
            let text = std::str::from_utf8(bytes)
                .map_err(|e| format!("not UTF-8 (invalid byte at offset {})", e.valid_up_to()))?;
            read(text, *kind == Input::Html, root)?
        }
        Data::Line(bytes) => {
            let line = std::str::from_utf8(bytes)
                .map_err(|e| format!("not UTF-8 (byte {} of the line)", e.valid_up_to()))?;
            let v: Value = serde_json::from_str(line).map_err(|e| format!("bad JSON: {e}"))?;
            if let Some(given) = v.get("id") {
                id = given.clone();
            }
            match (v.get("text"), v.get("html")) {
                (Some(Value::String(t)), _) => read(t, false, root)?,
                (_, Some(Value::String(h))) => read(h, true, root)?,
                _ => return Err("no \"text\" string field (or \"html\")".into()),
            }
        }
    };
    Ok(Doc { id, article, html })
}

fn read(text: &str, is_html: bool, root: Option<&str>) -> Result<(Article, bool), String> {
    if is_html {
        Ok((html::article(text, root)?, true))
    } else {
        Ok((Article::from_text(text), false))
    }
}

/// The jobs of all `files` in order: a text or HTML file is one job, a JSONL file one a line.
/// Files are opened as the jobs are taken, and JSONL is read a line at a time.
pub fn jobs(files: &[String], input: Input) -> impl Iterator<Item = Job> + '_ {
    files
        .iter()
        .flat_map(move |path| -> Box<dyn Iterator<Item = Job>> {
            let name = if path == "-" {
                "<stdin>"
            } else {
                path.as_str()
            };
            let unreadable = |msg: String| {
                Box::new(std::iter::once(Job {
                    place: name.to_string(),
                    id: Value::String(name.to_string()),
                    data: Data::Unreadable(msg),
                }))
            };
            let reader: Box<dyn Read> = if path == "-" {
                Box::new(io::stdin())
            } else {
                match File::open(path) {
                    Ok(f) => Box::new(f),
                    Err(e) => return unreadable(format!("cannot read {path}: {e}")),
                }
            };
            let mut reader = BufReader::with_capacity(1 << 16, reader);
            let kind = match input {
                Input::Auto => match by_name(path) {
                    Some(kind) => kind,
                    None => match reader.fill_buf() {
                        Ok(head) => sniff(head),
                        Err(e) => return unreadable(format!("cannot read {name}: {e}")),
                    },
                },
                kind => kind,
            };
            if kind == Input::Jsonl {
                return Box::new(Lines {
                    name: name.to_string(),
                    reader,
                    line: 0,
                    done: false,
                });
            }
            let mut bytes = Vec::new();
            if let Err(e) = reader.read_to_end(&mut bytes) {
                return unreadable(format!("cannot read {name}: {e}"));
            }
            Box::new(std::iter::once(Job {
                place: name.to_string(),
                id: Value::String(name.to_string()),
                data: Data::File(bytes, kind),
            }))
        })
}

/// The input kind a file name says.
fn by_name(path: &str) -> Option<Input> {
    let ext = path.rsplit_once('.')?.1.to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" | "xhtml" | "shtml" => Some(Input::Html),
        "jsonl" | "ndjson" => Some(Input::Jsonl),
        "txt" | "text" => Some(Input::Text),
        _ => None,
    }
}

/// The input kind the first bytes say: markup if it opens with a tag or doctype.
fn sniff(head: &[u8]) -> Input {
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace());
    let rest = &head[start.unwrap_or(head.len())..];
    let lower: Vec<u8> = rest.iter().take(15).map(u8::to_ascii_lowercase).collect();
    if [
        &b"<!doctype"[..],
        b"<html",
        b"<!--",
        b"<head",
        b"<body",
        b"<meta",
        b"<article",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
    {
        Input::Html
    } else if rest.first() == Some(&b'{') {
        Input::Jsonl
    } else {
        Input::Text
    }
}

/// A JSONL file's lines as jobs, blank lines skipped.
struct Lines {
    name: String,
    reader: BufReader<Box<dyn Read>>,
    line: usize,
    done: bool,
}

impl Iterator for Lines {
    type Item = Job;

    fn next(&mut self) -> Option<Job> {
        while !self.done {
            let mut buf = Vec::new();
            self.line += 1;
            let place = format!("{}:{}", self.name, self.line);
            match self.reader.read_until(b'\n', &mut buf) {
                Ok(0) => self.done = true,
                Ok(_) => {
                    if buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    return Some(Job {
                        place,
                        id: Value::from(self.line),
                        data: Data::Line(buf),
                    });
                }
                Err(e) => {
                    self.done = true;
                    return Some(Job {
                        place: self.name.clone(),
                        id: Value::Null,
                        data: Data::Unreadable(format!("cannot read {}: {e}", self.name)),
                    });
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_name_and_by_content() {
        assert_eq!(by_name("a/page.HTML"), Some(Input::Html));
        assert_eq!(by_name("x.ndjson"), Some(Input::Jsonl));
        assert_eq!(by_name("notes"), None);
        assert_eq!(sniff(b"\xef\xbb\xbf  <!DOCTYPE html><p>"), Input::Html);
        assert_eq!(sniff(b"\n{\"id\": 1}"), Input::Jsonl);
        assert_eq!(sniff(b"\"Quote,\" she said. <b>"), Input::Text);
    }
}

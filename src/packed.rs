//! [`Annotations`] as bytes, for handing them from one thread to another (the browser layer's
//! worker) without a serializer call per field on either side: the worker sends one byte
//! array, the page decodes it in one pass.
//!
//! Layout: a version byte, the speakers, then the quotes. Numbers are LEB128 varints, strings a
//! length and UTF-8 bytes, `Option`s a presence byte, enums their index in the order declared,
//! the confidence four little-endian bytes. Decoding checks everything it reads (indices point
//! at speakers and earlier quotes, strings are UTF-8) and returns `None` for anything else.

use crate::annotations::{Annotations, Quote, QuoteKind, Span, Speaker, SpeakerKind};
use crate::rule::Rule;

const VERSION: u8 = 1;
/// Each enum's values in the order declared: an encoded kind is its index here.
const QUOTE_KINDS: [QuoteKind; 7] = [
    QuoteKind::Direct,
    QuoteKind::Partial,
    QuoteKind::Block,
    QuoteKind::Term,
    QuoteKind::Title,
    QuoteKind::Headline,
    QuoteKind::Answer,
];
const SPEAKER_KINDS: [SpeakerKind; 4] = [
    SpeakerKind::Person,
    SpeakerKind::Organisation,
    SpeakerKind::Unnamed,
    SpeakerKind::Group,
];

/// The bytes of `ann`.
pub fn encode(ann: &Annotations) -> Vec<u8> {
    let mut w = Writer(Vec::with_capacity(64 + 48 * ann.quotes.len()));
    w.0.push(VERSION);
    w.num(ann.speakers.len());
    for s in &ann.speakers {
        w.str(&s.name);
        w.num(s.aliases.len());
        for a in &s.aliases {
            w.str(a);
        }
        w.opt(s.role.as_deref(), Writer::str);
        w.opt(s.age, |w, age| w.num(age as usize));
        w.opt(s.description.as_deref(), Writer::str);
        w.num(s.kind as usize);
        w.num(s.quotes);
    }
    w.num(ann.quotes.len());
    for q in &ann.quotes {
        w.span(&q.span);
        w.span(&q.outer);
        w.num(q.kind as usize);
        w.opt(q.speaker, Writer::num);
        w.opt(q.mention.as_ref(), Writer::span);
        w.opt(q.cue.as_ref(), Writer::span);
        w.num(q.rule as usize);
        w.0.extend_from_slice(&q.confidence.to_le_bytes());
        w.opt(q.continues, Writer::num);
        w.num(q.block);
    }
    w.0
}

/// The annotations `bytes` encode, or `None` when they are not what [`encode`] writes.
pub fn decode(bytes: &[u8]) -> Option<Annotations> {
    let mut r = Reader { bytes, at: 0 };
    if r.byte()? != VERSION {
        return None;
    }
    // Each speaker and quote takes at least a few bytes: a count larger than what is left is
    // garbage, and must not reserve memory.
    let n = r.count()?;
    let mut speakers = Vec::with_capacity(n);
    for _ in 0..n {
        let name = r.str()?;
        let aliases = (0..r.count()?)
            .map(|_| r.str())
            .collect::<Option<Vec<_>>>()?;
        speakers.push(Speaker {
            name,
            aliases,
            role: r.opt(Reader::str)?,
            age: r.opt(|r| r.num()?.try_into().ok())?,
            description: r.opt(Reader::str)?,
            kind: *SPEAKER_KINDS.get(r.num()?)?,
            quotes: r.num()?,
        });
    }
    let n = r.count()?;
    let mut quotes = Vec::with_capacity(n);
    for i in 0..n {
        let q = Quote {
            span: r.span()?,
            outer: r.span()?,
            kind: *QUOTE_KINDS.get(r.num()?)?,
            speaker: r.opt(Reader::num)?,
            mention: r.opt(Reader::span)?,
            cue: r.opt(Reader::span)?,
            rule: *Rule::ALL.get(r.num()?)?,
            confidence: f32::from_le_bytes(r.take(4)?.try_into().ok()?),
            continues: r.opt(Reader::num)?,
            block: r.num()?,
        };
        let speaker_ok = q.speaker.is_none_or(|s| s < speakers.len());
        if !speaker_ok || q.continues.is_some_and(|c| c >= i) {
            return None;
        }
        quotes.push(q);
    }
    (r.at == bytes.len()).then_some(Annotations { quotes, speakers })
}

struct Writer(Vec<u8>);

impl Writer {
    fn num(&mut self, mut n: usize) {
        while n >= 0x80 {
            self.0.push(n as u8 | 0x80);
            n >>= 7;
        }
        self.0.push(n as u8);
    }

    fn str(&mut self, s: &str) {
        self.num(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }

    fn span(&mut self, s: &Span) {
        for n in [s.start, s.end, s.char_start, s.char_end] {
            self.num(n);
        }
    }

    fn opt<T>(&mut self, v: Option<T>, f: impl FnOnce(&mut Self, T)) {
        match v {
            Some(v) => {
                self.0.push(1);
                f(self, v);
            }
            None => self.0.push(0),
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let end = self.at.checked_add(n)?;
        let s = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(s)
    }

    fn num(&mut self) -> Option<usize> {
        let mut n: usize = 0;
        for shift in (0..usize::BITS).step_by(7) {
            let b = self.byte()?;
            n |= usize::from(b & 0x7f).checked_shl(shift)?;
            if b < 0x80 {
                return Some(n);
            }
        }
        None
    }

    /// A count of items still to come: no more than the bytes left.
    fn count(&mut self) -> Option<usize> {
        self.num().filter(|&n| n <= self.bytes.len() - self.at)
    }

    fn str(&mut self) -> Option<String> {
        let n = self.num()?;
        let s = std::str::from_utf8(self.take(n)?).ok()?;
        Some(s.to_owned())
    }

    fn span(&mut self) -> Option<Span> {
        Some(Span {
            start: self.num()?,
            end: self.num()?,
            char_start: self.num()?,
            char_end: self.num()?,
        })
    }

    /// `Some(None)` for an absent value, `None` when the bytes are wrong.
    fn opt<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        match self.byte()? {
            0 => Some(None),
            1 => f(self).map(Some),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seeds() -> Vec<Annotations> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seeds");
        [
            "people-blinken-war-crimes.txt",
            "mediaite-blinken-war-crimes.txt",
        ]
        .iter()
        .map(|f| crate::annotate_text(&std::fs::read_to_string(format!("{dir}/{f}")).unwrap()))
        .collect()
    }

    #[test]
    fn round_trips_the_seeds() {
        for ann in seeds() {
            assert!(!ann.quotes.is_empty() && !ann.speakers.is_empty());
            assert_eq!(decode(&encode(&ann)), Some(ann));
        }
    }

    #[test]
    fn round_trips_every_kind_and_absent_field() {
        let span = Span {
            start: 1,
            end: 300,
            char_start: 1,
            char_end: 200,
        };
        let ann = Annotations {
            speakers: SPEAKER_KINDS
                .iter()
                .map(|&kind| Speaker {
                    name: "Zoë".into(),
                    kind,
                    ..Speaker::default()
                })
                .collect(),
            quotes: QUOTE_KINDS
                .iter()
                .enumerate()
                .map(|(i, &kind)| Quote {
                    span,
                    outer: span,
                    kind,
                    speaker: (i % 2 == 0).then_some(i / 2),
                    mention: (i % 2 == 1).then_some(span),
                    cue: None,
                    rule: Rule::ALL[i % Rule::ALL.len()],
                    confidence: 0.25 * i as f32,
                    continues: i.checked_sub(1),
                    block: usize::MAX,
                })
                .collect(),
        };
        assert_eq!(decode(&encode(&ann)), Some(ann));
        assert_eq!(
            decode(&encode(&Annotations::default())),
            Some(Annotations::default())
        );
    }

    /// Every prefix of a valid encoding is refused; every one-byte corruption of one decodes to
    /// `None` or to something, never a panic.
    #[test]
    fn truncated_or_corrupted_bytes_are_refused_not_panicked_on() {
        let bytes = encode(&seeds().remove(0));
        for n in 0..bytes.len() {
            assert_eq!(decode(&bytes[..n]), None, "prefix of {n} bytes");
        }
        for i in 0..bytes.len() {
            for b in [0x00, 0x01, 0x7f, 0x80, 0xff] {
                let mut bad = bytes.clone();
                bad[i] = b;
                let _ = decode(&bad);
            }
        }
        assert_eq!(decode(&[VERSION, 0xff, 0xff, 0xff, 0xff, 0x0f]), None);
        assert_eq!(decode(&[VERSION + 1, 0, 0]), None);
    }

    #[test]
    fn a_speaker_or_continued_quote_out_of_range_is_refused() {
        let mut ann = seeds().remove(0);
        ann.quotes[0].speaker = Some(ann.speakers.len());
        assert_eq!(decode(&encode(&ann)), None);
        let mut ann = seeds().remove(0);
        ann.quotes[0].continues = Some(0);
        assert_eq!(decode(&encode(&ann)), None);
    }
}

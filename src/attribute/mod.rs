//! Attribution: who said each quotation. Rules run most certain first; the first that finds a
//! cue decides. One rule a module, each with its own cases in `tests/cases/`.

pub(crate) mod clause;
pub(crate) mod colon_intro;
pub(crate) mod continuation;
pub(crate) mod cue_after;
pub(crate) mod cue_before;
pub(crate) mod echo;
pub(crate) mod interview;
pub(crate) mod reported;

use crate::annotations::QuoteKind;
use crate::doc::Doc;
use crate::entities::{Context, Entities};
use crate::quotes::kind;
use crate::rule::Rule;
use crate::syntax::phrase::{self, Head};
use crate::syntax::subject::{self, Who};

/// What a rule found: who, the cue word, the rule, how sure.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cue {
    pub who: Who,
    /// Token index of the cue word.
    pub verb: usize,
    pub rule: Rule,
    pub confidence: f32,
}

impl Cue {
    pub(crate) fn new(who: Who, verb: usize, rule: Rule, confidence: f32) -> Self {
        Cue {
            who,
            verb,
            rule,
            confidence,
        }
    }
}

/// The decision for one quotation.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Decision {
    pub kind: QuoteKind,
    pub speaker: Option<usize>,
    /// Token ranges of the speaker mention and of the cue. A continuation has no cue and the
    /// mention of the quotation it continues (where its speaker was named).
    pub mention: Option<(usize, usize)>,
    pub cue: Option<(usize, usize)>,
    pub rule: Rule,
    pub confidence: f32,
}

/// A cue rule: the cue it finds for a quotation, if any.
type Apply = fn(&Doc, usize) -> Option<Cue>;

/// The rules in order of certainty.
const RULES: &[Apply] = &[
    cue_after::apply,
    cue_before::apply,
    colon_intro::apply,
    clause::apply,
];

#[inline(never)] // a stage of its own: see `annotate`
pub(crate) fn attribute(doc: &Doc, ents: &mut Entities) -> Vec<Decision> {
    let mut out: Vec<Decision> = Vec::with_capacity(doc.quotes.len());
    // The last speech quotation: (its index, its speaker).
    let mut last: Option<(usize, Option<usize>)> = None;
    let interviewee = interview::interviewee(doc, ents);
    for q in 0..doc.quotes.len() {
        let found = doc.quotes[q];
        let shape = kind::shape(doc, q);
        let last_speaker = last.and_then(|(_, s)| s);
        let cue = if found.answer {
            None
        } else if found.block_quote && found.inner == found.outer {
            colon_intro::apply(doc, q)
        } else {
            // A cue that hands the speaker on (`adding, "..."`) needs someone to hand it on
            // from; without one the later rules may still find a name.
            let mut cues = RULES.iter().filter_map(|rule| rule(doc, q));
            let first = cues.next();
            match first {
                Some(c) if c.who == Who::Inherit && last_speaker.is_none() => cues.next().or(first),
                // `O'Malley interjected: "It's not true." He said Clinton ...`: a sentence after
                // the quotation that reports more speech is no cue when one stands right before
                // the opening mark.
                Some(c) if c.rule == cue_after::RULE && cue_after::reports_on(doc, q, c.verb) => {
                    cue_before::apply(doc, q)
                        .filter(|_| cue_before::adjacent(doc, q))
                        .or(first)
                }
                _ => first,
            }
        };
        let joined = joined_to_non_speech(doc, q, &out);
        // A cue after a list of terms (`words like "synergy" and "wheelhouse," said Jo`) is
        // the sentence's, not the last term's.
        let term_before = q > 0 && out[q - 1].rule == Rule::Term;
        let kind = match joined {
            _ if found.answer => QuoteKind::Answer,
            Some(k) if shape.words <= 6 && (cue.is_none() || term_before) => k,
            _ => decide_kind(found.block_quote, &shape, cue.as_ref()),
        };
        let mut d = Decision {
            kind,
            speaker: None,
            mention: None,
            cue: None,
            rule: Rule::None,
            confidence: 0.0,
        };
        if !kind.is_speech() {
            d.rule = match joined {
                Some(_) => out[q - 1].rule,
                None if shape.introduced_as_term => Rule::Term,
                None => Rule::Shape,
            };
            d.confidence = 0.6;
            out.push(d);
            continue;
        }
        // An interview's answer is the interviewee's, named where the introduction first
        // names them; its later paragraphs go on with it (below).
        let opens_answer = found.answer && found.continues.is_none();
        if let Some((e, mention)) = interviewee.filter(|_| opens_answer) {
            d.speaker = Some(e);
            d.mention = Some(mention);
            d.rule = interview::RULE;
            d.confidence = 0.8;
            ents.spoke(e);
        }
        if let Some(c) = cue {
            take(&mut d, c, doc, ents, last_speaker, q);
            // `..., asking, "..."`: a cue that hands the speaker on names them where the
            // quotation before did.
            if let Some((lq, _)) = last.filter(|_| c.who == Who::Inherit) {
                d.mention = out[lq].mention;
            }
        }
        if d.speaker.is_none() && !opens_answer {
            // A later paragraph of a multi-paragraph quotation, reported speech just before,
            // or a continuation.
            // The end of the last speech quotation: what is reported after it is news.
            let since = last.map_or(0, |(lq, _)| doc.quote_tokens[lq].1);
            // The nearer of a report of speech and a sentence about someone.
            let reported = || {
                let report = reported::apply(doc, q, since);
                let about = reported::after_subject(doc, q, since);
                match (report, about) {
                    (Some(r), Some(a)) => Some(if a.verb > r.verb { a } else { r }),
                    (r, a) => r.or(a),
                }
            };
            if let Some(first) = found.continues {
                d.speaker = out[first].speaker;
                d.mention = out[first].mention;
                d.rule = continuation::RULE;
                d.confidence = out[first].confidence.min(0.8);
            } else if let Some(c) = d.cue.is_none().then(|| clause::woven(doc, q)).flatten() {
                take(&mut d, c, doc, ents, last_speaker, q);
            } else if let Some(c) = d.cue.is_none().then(reported).flatten() {
                take(&mut d, c, doc, ents, last_speaker, q);
            } else if let Some((lq, ls)) = last {
                if let Some(conf) = continuation::confidence(found.block - doc.quotes[lq].block) {
                    if d.cue.is_none() {
                        d.speaker = ls;
                        d.mention = out[lq].mention;
                        d.rule = continuation::RULE;
                        d.confidence = conf;
                    }
                }
            }
        }
        out.push(d);
        last = Some((q, out[q].speaker));
    }
    backfill_runs(doc, &mut out);
    echo::apply(doc, ents, &mut out);
    out
}

/// Decides by cue `c`: its speaker (resolved and marked as having spoken), the words naming
/// them, the cue word, the rule and its confidence.
fn take(
    d: &mut Decision,
    c: Cue,
    doc: &Doc,
    ents: &mut Entities,
    last_speaker: Option<usize>,
    q: usize,
) {
    d.cue = Some((c.verb, c.verb + 1));
    d.rule = c.rule;
    d.confidence = c.confidence;
    match c.who {
        Who::Phrase(p) => {
            let p = subject::poll_of_share(doc, p, c.verb).unwrap_or(p);
            let cx = Context {
                last_speaker,
                quote: Some(doc.quote_tokens[q]),
            };
            d.speaker = ents.resolve(doc, p, cx);
            d.mention = Some(match p.head {
                Head::Name { name } if doc.is(p.start, "the") => (p.start, name.1),
                _ => (p.start, p.end),
            });
            if let Some(names) = subject::coordinated(doc, p, c.verb) {
                if let Some(g) = ents.group(doc, &names, cx) {
                    d.speaker = Some(g);
                    d.mention = Some((names[0].start, names[names.len() - 1].end));
                }
            }
            if let Some(noun) = phrase::owned_organisation(doc, p) {
                d.speaker = d.speaker.map(|e| ents.organisation_of(e, doc.word(noun)));
                d.mention = Some((p.start, noun + 1));
            }
            if let Some(e) = d.speaker {
                ents.spoke(e);
            }
        }
        Who::Inherit => d.speaker = last_speaker,
        Who::Unnamed => {}
    }
}

/// A quotation running over several paragraphs usually names its speaker only at the end: every
/// speech part takes the speaker found with the most confidence in its run (the last of equals).
/// One pass finds each run's best part, a second hands it on.
fn backfill_runs(doc: &Doc, out: &mut [Decision]) {
    // For the first part of each run, its best part.
    let mut best: Vec<Option<usize>> = vec![None; out.len()];
    for q in 0..out.len() {
        if let Some(first) = doc.quotes[q].continues {
            let b = best[first].unwrap_or(first);
            best[first] = Some(if out[q].confidence >= out[b].confidence {
                q
            } else {
                b
            });
        }
    }
    for q in 0..out.len() {
        let first = doc.quotes[q].continues.unwrap_or(q);
        let Some(b) = best[first] else { continue };
        if !out[q].kind.is_speech() {
            continue;
        }
        let (speaker, conf, mention) = (out[b].speaker, out[b].confidence, out[b].mention);
        let part = &mut out[q];
        if part.speaker.is_none() || part.confidence < conf {
            part.speaker = speaker;
            part.confidence = conf.min(0.8);
            if q != b {
                part.rule = continuation::RULE;
                part.mention = mention;
                part.cue = None;
            }
        }
    }
}

/// `read "Fair schedules now" and "Safety first."`, `words like "synergy" and "wheelhouse"`:
/// a quotation joined by `and`, `or` or a comma to one just before that is no speech is of its
/// kind.
fn joined_to_non_speech(doc: &Doc, q: usize, out: &[Decision]) -> Option<QuoteKind> {
    let prev = out.get(q.checked_sub(1)?)?;
    if prev.kind.is_speech() {
        return None;
    }
    let (from, to) = (doc.quote_tokens[q - 1].1, doc.quote_tokens[q].0);
    let joined = to > from
        && to - from <= 2
        && (from..to).all(|i| doc.is(i, "and") || doc.is(i, "or") || doc.is_punct(i, ","));
    joined.then_some(prev.kind)
}

fn decide_kind(block_quote: bool, s: &kind::Shape, cue: Option<&Cue>) -> QuoteKind {
    if block_quote {
        return QuoteKind::Block;
    }
    if s.headline {
        return QuoteKind::Headline;
    }
    let speech_kind = if s.partial {
        QuoteKind::Partial
    } else {
        QuoteKind::Direct
    };
    if s.introduced_as_title && (s.title_case || !s.sentence_like) {
        return QuoteKind::Title;
    }
    if s.introduced_as_term {
        return QuoteKind::Term;
    }
    if s.title_case && s.after_owner && s.words <= 8 {
        return QuoteKind::Title;
    }
    // A few capitalised words with no sentence end (`on CBS's "Face the Nation"`, `the "Ring
    // of Fire,"`) name a work or a thing, unless a cue after the quotation says it was spoken.
    if s.title_case
        && !s.sentence_end
        && s.words <= 6
        && cue.is_none_or(|c| c.rule != cue_after::RULE)
    {
        return QuoteKind::Title;
    }
    let adjacent = cue.is_some_and(|c| c.rule != clause::RULE);
    if adjacent {
        return speech_kind;
    }
    if s.title_case && !s.sentence_like && s.words <= 10 {
        return QuoteKind::Title;
    }
    // A cue makes even one word speech (`accused the campaign of being "duped"`): news
    // quotes the word someone used.
    if cue.is_some() && (s.words >= 1 || s.sentence_like) {
        return speech_kind;
    }
    // `"Why?"`, `"No."`: one word that is a sentence of its own, not woven into the writer's.
    if s.words >= 4
        || (s.sentence_like && s.words >= 2)
        || (s.sentence_end && s.opens_sentence && !s.partial)
    {
        return speech_kind;
    }
    QuoteKind::Term
}

#[cfg(test)]
mod tests {
    use crate::annotate_text;

    /// The words naming each speech quotation's speaker.
    fn mentions(text: &str) -> Vec<Option<&str>> {
        let a = annotate_text(text);
        a.quotes
            .iter()
            .filter(|q| q.speaker.is_some())
            .map(|q| q.mention.map(|m| &text[m.start..m.end]))
            .collect()
    }

    #[test]
    fn a_continuation_carries_the_mention_it_continues() {
        let text = "\"We are meeting our benchmarks,\" said Anna Adams, a spokeswoman. \
                    \"We expect a fine convention.\"\n\n\"It will be big,\" she added.";
        assert_eq!(
            mentions(text),
            [Some("Anna Adams"), Some("Anna Adams"), Some("she")]
        );
    }
}

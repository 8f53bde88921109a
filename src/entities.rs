//! Who the article talks about: every name mention outside quotations, grouped into entities
//! (`Secretary of State Antony Blinken`, `Blinken` and `Blinken's` are one), with the gender,
//! role, age and description the article gives, and the look-ups that turn a pronoun or a
//! description into one of them.

use crate::annotations::SpeakerKind;
use crate::attribute::phrase::{self, Head, Phrase};
use crate::doc::Doc;
use crate::lexicon::first_names;
use crate::lexicon::words::{self, Gender, Pronoun};
use crate::tokens::TokenKind;
use std::collections::HashMap;

#[derive(Clone, Debug, Default)]
pub struct Entity {
    pub name: String,
    pub aliases: Vec<String>,
    pub gender: Option<Gender>,
    pub kind: SpeakerKind,
    pub role: Option<String>,
    pub age: Option<u32>,
    pub description: Option<String>,
}

#[derive(Clone, Copy, Debug)]
struct Mention {
    tok: usize,
    entity: usize,
}

#[derive(Default)]
pub struct Entities {
    pub list: Vec<Entity>,
    /// Name mentions outside quotations, in text order.
    mentions: Vec<Mention>,
    /// Entity by the lower-case last word of its name.
    by_key: HashMap<String, usize>,
}

/// A name as text, without a possessive ending.
fn clean(name: &str) -> String {
    let n = name
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim_end_matches(['\'', '’']);
    n.to_string()
}

fn key_of(name: &str) -> String {
    name.rsplit(' ').next().unwrap_or(name).to_lowercase()
}

impl Entities {
    /// Collects every name mention of the article.
    pub fn collect(doc: &Doc) -> Self {
        let mut ents = Entities::default();
        let n = doc.tokens.len();
        let mut i = 0;
        while i < n {
            let t = doc.tokens[i];
            if t.kind != TokenKind::Word || !t.cap || !doc.outside(i) {
                i += 1;
                continue;
            }
            let (_, send) = doc.sentence_of(i);
            let Some(p) = phrase::right(doc, i, send) else {
                i += 1;
                continue;
            };
            if let Head::Name { name } = p.head {
                let sentence_initial = doc.sentence_of(i).0 == p.start;
                ents.mention(doc, p, name, sentence_initial);
            }
            i = p.end.max(i + 1);
        }
        ents
    }

    /// Records a name mention; returns its entity.
    fn mention(
        &mut self,
        doc: &Doc,
        p: Phrase,
        name: (usize, usize),
        sentence_initial: bool,
    ) -> Option<usize> {
        let text = clean(doc.slice(name.0, name.1));
        if text.is_empty() {
            return None;
        }
        let single = name.1 - name.0 == 1;
        let key = key_of(&text);
        let known = self.by_key.get(&key).copied();
        let first = doc.word(name.0);
        // A lone capitalised word opening a sentence is as likely a common word: only a name
        // already known, or a given name, counts there.
        if single && sentence_initial && known.is_none() && !first_names::is_first_name(first) {
            return None;
        }
        let e = match known {
            Some(e) => e,
            None => {
                self.list.push(Entity {
                    name: text.clone(),
                    ..Entity::default()
                });
                self.by_key.insert(key, self.list.len() - 1);
                self.list.len() - 1
            }
        };
        let titles: Vec<&str> = (p.start..name.0)
            .map(|i| doc.word(i))
            .filter(|w| !matches!(w.to_lowercase().as_str(), "the" | "a" | "an"))
            .collect();
        let person_title = titles.iter().any(|w| {
            words::title_gender(w).is_some()
                || words::is_title(w)
                || words::is_role(&w.to_lowercase())
        });
        let org = (name.0..name.1).any(|i| words::is_org_head(doc.word(i)))
            || (p.start < name.0 && doc.is(p.start, "the") && titles.len() == 1 && !person_title);
        let ent = &mut self.list[e];
        if text.split(' ').count() > ent.name.split(' ').count() {
            let old = std::mem::replace(&mut ent.name, text.clone());
            ent.aliases.push(old);
        } else if text != ent.name && !ent.aliases.contains(&text) {
            ent.aliases.push(text.clone());
        }
        let full = clean(doc.slice(p.start, name.1));
        if full != ent.name && !ent.aliases.contains(&full) && p.start < name.0 {
            ent.aliases.push(full);
        }
        if org {
            ent.kind = SpeakerKind::Organisation;
        }
        if !titles.is_empty() && ent.role.is_none() && person_title {
            ent.role = Some(titles.join(" "));
        }
        let gender = titles
            .iter()
            .find_map(|w| words::title_gender(w))
            .or_else(|| {
                (name.1 - name.0 >= 2)
                    .then(|| first_names::gender(first))
                    .flatten()
            })
            .or_else(|| pronoun_after(doc, name.1));
        if ent.gender.is_none() && ent.kind == SpeakerKind::Person {
            ent.gender = gender;
        }
        apposition(doc, name.1, ent);
        self.mentions.push(Mention {
            tok: name.0,
            entity: e,
        });
        Some(e)
    }

    /// The entity a speaker phrase names, creating one for a name or description not seen
    /// before. Pronouns go through [`Entities::resolve_pronoun`].
    pub fn resolve(&mut self, doc: &Doc, p: Phrase, last_speaker: Option<usize>) -> Option<usize> {
        match p.head {
            Head::Name { name } => {
                let key = key_of(&clean(doc.slice(name.0, name.1)));
                match self.by_key.get(&key) {
                    Some(&e) => Some(e),
                    None => {
                        let before = self.mentions.len();
                        let e = self.mention(doc, p, name, false)?;
                        // Keep mentions in text order for the pronoun look-ups.
                        if self.mentions.len() > before {
                            self.mentions.sort_by_key(|m| m.tok);
                        }
                        Some(e)
                    }
                }
            }
            Head::Pronoun(pr) => self.resolve_pronoun(p.start, pr, last_speaker),
            Head::Description => Some(self.describe(doc, p)),
        }
    }

    /// The entity a pronoun at token `at` most likely refers to: the nearest earlier mention of
    /// a person of the right gender (a group or organisation for `they`).
    pub fn resolve_pronoun(
        &self,
        at: usize,
        p: Pronoun,
        last_speaker: Option<usize>,
    ) -> Option<usize> {
        let upto = self.mentions.partition_point(|m| m.tok < at);
        let fits = |e: usize| {
            let ent = &self.list[e];
            match p {
                Pronoun::Gendered(g) => ent.kind == SpeakerKind::Person && ent.gender == Some(g),
                Pronoun::Plural => ent.kind != SpeakerKind::Person,
                Pronoun::Other => false,
            }
        };
        if let Some(m) = self.mentions[..upto]
            .iter()
            .rev()
            .take(40)
            .find(|m| fits(m.entity))
        {
            return Some(m.entity);
        }
        match p {
            // An unknown-gender person named last, or the last speaker, is the best guess left.
            Pronoun::Gendered(_) => self.mentions[..upto]
                .iter()
                .rev()
                .take(8)
                .find(|m| {
                    self.list[m.entity].kind == SpeakerKind::Person
                        && self.list[m.entity].gender.is_none()
                })
                .map(|m| m.entity)
                .or(last_speaker.filter(|&e| {
                    self.list[e].gender.is_none() && self.list[e].kind == SpeakerKind::Person
                })),
            Pronoun::Plural => last_speaker.filter(|&e| self.list[e].kind != SpeakerKind::Person),
            Pronoun::Other => None,
        }
    }

    /// A description (`the spokesperson`) names the nearest person whose role has its head
    /// word; otherwise it stands as an unnamed speaker of its own.
    fn describe(&mut self, doc: &Doc, p: Phrase) -> usize {
        let head = (p.start..p.end)
            .rev()
            .map(|i| doc.word(i).to_lowercase())
            .find(|w| words::is_role(w))
            .unwrap_or_default();
        let upto = self.mentions.partition_point(|m| m.tok < p.start);
        if !head.is_empty() {
            let by_role = self.mentions[..upto].iter().rev().find(|m| {
                let ent = &self.list[m.entity];
                ent.role
                    .as_deref()
                    .is_some_and(|r| r.to_lowercase().contains(&head))
                    || ent
                        .description
                        .as_deref()
                        .is_some_and(|d| d.to_lowercase().contains(&head))
            });
            if let Some(m) = by_role {
                return m.entity;
            }
        }
        let text = doc.slice(p.start, p.end);
        let name = text
            .strip_prefix("the ")
            .or_else(|| text.strip_prefix("The "))
            .unwrap_or(text)
            .to_string();
        let key = format!("~{}", name.to_lowercase());
        if let Some(&e) = self.by_key.get(&key) {
            return e;
        }
        self.list.push(Entity {
            name,
            kind: SpeakerKind::Unnamed,
            ..Entity::default()
        });
        self.by_key.insert(key, self.list.len() - 1);
        self.list.len() - 1
    }
}

/// The first gendered pronoun soon after a name, before any other capitalised word: `Smith
/// said his ...`.
fn pronoun_after(doc: &Doc, from: usize) -> Option<Gender> {
    let end = (from + 12).min(doc.tokens.len());
    for i in from..end {
        if !doc.outside(i) || doc.tokens[i].kind == TokenKind::Break {
            return None;
        }
        if doc.tokens[i].cap
            && !doc.is(i, "he")
            && !doc.is(i, "she")
            && !doc.is(i, "his")
            && !doc.is(i, "her")
        {
            return None;
        }
        if let Some(g) = words::gender_evidence(&doc.word(i).to_lowercase()) {
            return Some(g);
        }
    }
    None
}

/// `Biden, 79,` gives an age; `Marynchak, a 45-year-old teacher in Ivano-Frankivsk, Ukraine,`
/// a description (and its age).
fn apposition(doc: &Doc, after: usize, ent: &mut Entity) {
    if !doc.is_punct(after, ",") || after + 1 >= doc.tokens.len() {
        return;
    }
    let (_, send) = doc.sentence_of(after);
    let first = doc.word(after + 1);
    if let Ok(age) = first.parse::<u32>() {
        if (1..=120).contains(&age)
            && (doc.is_punct(after + 2, ",") || after + 2 >= send || doc.is_punct(after + 2, "."))
        {
            ent.age.get_or_insert(age);
        }
        return;
    }
    if !matches!(first, "a" | "an" | "the") || ent.kind != SpeakerKind::Person {
        return;
    }
    // The description runs to the comma before a verb, or the sentence end.
    let mut end = after + 1;
    let mut last_comma = None;
    while end < send && end < after + 30 && doc.outside(end) {
        if doc.verbs[end].is_some() {
            break;
        }
        if doc.is_punct(end, ",") {
            last_comma = Some(end);
        }
        end += 1;
    }
    let stop = if doc.verbs.get(end).copied().flatten().is_some() {
        last_comma
    } else {
        Some(end)
    };
    let Some(stop) = stop.filter(|&s| s > after + 2) else {
        return;
    };
    let desc = doc
        .slice(after + 1, stop)
        .trim_end_matches([',', '.'])
        .to_string();
    if ent.age.is_none() {
        ent.age = desc
            .split(['-', ' '])
            .zip(desc.split(['-', ' ']).skip(1))
            .find(|(_, w)| *w == "year")
            .and_then(|(n, _)| n.parse().ok());
    }
    ent.description.get_or_insert(desc);
}

//! Who the article talks about: every name mention outside quotations, grouped into entities
//! (`Secretary of State Antony Blinken`, `Blinken` and `Blinken's` are one), with the gender,
//! role, age and description the article gives, and the look-ups that turn a pronoun or a
//! description into one of them.

use crate::annotations::SpeakerKind;
use crate::doc::{possessive_base, Doc};
use crate::fast_hash::FastMap;
use crate::lexicon::speech_verbs::{Form, Strength};
use crate::lexicon::words::{self, Gender, Pronoun};
use crate::lexicon::{ascii_lower, contains_ignore_case, first_names, lower_is, spaced};
use crate::salience::{self, Candidate, Weighing};
use crate::syntax::phrase::{self, Head, Phrase};
use crate::syntax::subject;
use crate::tokens::TokenKind;

/// How many tokens back [`Entities::introducer`] and [`Entities::author_nearby`] look for the
/// sentence about a document: several long paragraphs of news.
const INTRODUCER_REACH: usize = 2000;

/// How many mentions a description looks through for whom it names (back, or ahead for a
/// lede's): an article's worth, so that a long text's many descriptions, even in one endless
/// paragraph, keep the look linear.
const DESCRIPTION_REACH: usize = 300;

/// What an epithet's fit adds to a candidate's salience: the same age (`the 46-year-old`), the
/// same party or place (`the Ohio Democrat`), the epithet's role (`the nominee` for one
/// introduced as a nominee; worth about three sentences of recency, as much as another role
/// takes away), another role than the epithet's. Set by hand: `scripts/fit_epithets.py` fits
/// them on the dev corpora, which hold too few epithets with a choice to make to move them
/// (nine in the working folds).
const SAME_AGE: f32 = 6.0;
const SAME_AFFILIATION: f32 = 6.0;
const SAME_ROLE: f32 = 4.0;
const OTHER_ROLE: f32 = -4.0;

#[derive(Clone, Debug, Default)]
pub(crate) struct Entity {
    pub name: String,
    pub aliases: Vec<String>,
    pub gender: Option<Gender>,
    pub kind: SpeakerKind,
    pub role: Option<String>,
    pub age: Option<u32>,
    pub description: Option<String>,
    /// The party and places the article ties them to, lower case (`democrat`, `ohio`, `new
    /// york`): from words before the name (`Ohio Democrat Jo Park`), a party tag after it
    /// (`(D-Ohio)`) and a description (`a Democrat from Ohio`).
    pub affiliations: Vec<String>,
    /// Evidence that this is a person rather than a place or a thing: a given name, a title, a
    /// role, or a verb of saying.
    pub person: bool,
    /// A place by its name (`Lake Cowichan`): never who a pronoun stands for.
    pub place: bool,
    /// Quoted as speaking somewhere before.
    pub spoke: bool,
    /// The name's first word is a common given name (kept with the name: asked for each
    /// candidate of each pronoun and epithet).
    pub given: bool,
}

impl Entity {
    /// An entity known by `name`, of `kind`.
    fn named(name: String, kind: SpeakerKind) -> Self {
        Entity {
            given: opens_with_given_name(&name),
            name,
            kind,
            ..Entity::default()
        }
    }

    /// Known by `name` from now on, the old name kept as an alias; whether it opens with a
    /// given name follows the new name.
    fn rename(&mut self, name: String) {
        self.given = opens_with_given_name(&name);
        let old = std::mem::replace(&mut self.name, name);
        self.aliases.push(old);
    }

    /// A person the article shows to be one: by a gender, role, age, description, a full
    /// name with a given name, or by speaking (`Calgary` alone may be a team or a city).
    fn is_someone(&self) -> bool {
        self.kind == SpeakerKind::Person
            && !self.place
            && (self.person
                || self.gender.is_some()
                || self.role.is_some()
                || self.age.is_some()
                || self.description.is_some()
                || self.given && self.name.contains(' '))
    }

    /// Whether the article gives their role as a former one (`former President Donald Trump`).
    fn was_former(&self) -> bool {
        (self.role.iter().chain(&self.description)).any(|r| r.split(' ').any(|w| w == "former"))
    }

    /// Whether the article gives this one a role other than `head`, a role noun, as a title
    /// (`Sen.`) or in a description (`chief economist at Northbridge`).
    fn has_other_role(&self, head: &str) -> bool {
        self.role.as_deref().is_some_and(|r| role_clashes(r, head))
            || self.description.as_deref().is_some_and(|d| {
                d.split(' ').any(|w| lower_is(w, words::is_role)) && !describes_as(d, head)
            })
    }
}

/// Whether a name's first word is a common given name.
fn opens_with_given_name(name: &str) -> bool {
    first_names::is_first_name(name.split(' ').next().unwrap_or_default())
}

#[derive(Clone, Copy, Debug)]
struct Mention {
    tok: usize,
    entity: usize,
    sentence: u32,
    block: u32,
    /// The subject of its sentence (it opens it, or a verb of saying follows it).
    subject: bool,
    /// The object of a preposition or verb (`tell Toronto Mayor John Tory`).
    object: bool,
    /// The subject of a verb of saying later in its sentence (`Lindsay, director of ...,
    /// said it's not only ...`): who speaks next is likely them.
    speaks: bool,
    /// A mention that introduces its person, with a role, age or description (`Mississauga
    /// accountant Babatunji Farinloye, 50.`): the next quotation likely belongs to them.
    intro: bool,
}

impl Mention {
    /// A mention at token `tok` that introduces no one and is no object: an epithet or an
    /// organisation read from a subject (`the Quebec premier said`, `Trump's campaign is`).
    fn read(doc: &Doc, tok: usize, entity: usize, subject: bool, speaks: bool) -> Self {
        Mention {
            tok,
            entity,
            sentence: doc.sentence[tok],
            block: doc.block[tok],
            subject,
            object: false,
            speaks,
            intro: false,
        }
    }

    /// Sentences between this mention and sentence `here`, up to 12.
    fn distance(&self, here: i64) -> i64 {
        (here - self.sentence as i64).clamp(0, 12)
    }

    /// The evidence that a reference at sentence `here` means this mention's entity, before any
    /// fit of gender or role: near, a subject rather than an object, the last to speak.
    fn candidate(&self, here: i64, last_speaker: Option<usize>) -> Candidate {
        Candidate {
            sentences_back: self.distance(here) as u32,
            subject: self.subject,
            object: self.object,
            last_speaker: Some(self.entity) == last_speaker,
            ..Candidate::default()
        }
    }
}

/// Where and how often an entity is mentioned.
#[derive(Clone, Copy, Debug)]
struct Seen {
    /// The last mention (token index).
    last: usize,
    /// The first mention by name outside headlines (token index; `usize::MAX` before one): a
    /// bare surname never means someone introduced after it.
    first: usize,
    /// Mentions by name outside headlines: of namesakes, the one the article names most is the
    /// one a bare surname means.
    named: u32,
    /// Named in full in a headline: of namesakes, the one the article is about.
    headlined: bool,
    /// Named by a given name as someone's relative (`his brother, Freddy`): of namesakes, not
    /// the one a bare surname means.
    kin: bool,
}

impl Seen {
    /// An entity just made, at token `last`, not yet named in the body.
    fn new(last: usize) -> Self {
        Seen {
            last,
            first: usize::MAX,
            named: 0,
            headlined: false,
            kin: false,
        }
    }
}

/// Where a mention is resolved: who spoke last, and the quotation whose cue holds it (`he`
/// or `she` there is not someone the quotation itself names: `"... Senator Sanders's message
/// ...," he said`). Resolving outside a cue knows neither.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Context {
    pub last_speaker: Option<usize>,
    /// The token range of the quotation.
    pub quote: Option<(usize, usize)>,
}

#[derive(Default)]
pub(crate) struct Entities {
    pub list: Vec<Entity>,
    /// Name mentions outside quotations, in text order.
    mentions: Vec<Mention>,
    /// Entities by the lower-case last word of their names (several people can share one).
    by_key: FastMap<String, Vec<usize>>,
    /// Entities by the first word of a name of two words or more, for a given name alone.
    by_first: FastMap<String, Vec<usize>>,
    /// Where and how often each entity is mentioned, to pick among namesakes.
    seen: Vec<Seen>,
    /// Every pronoun resolved, with its candidates' evidence (for fitting the weights).
    #[cfg(feature = "research")]
    pub choices: Vec<crate::research::Choice>,
    /// Every epithet resolved in focus, with its candidates' evidence (for fitting the
    /// epithet weights).
    #[cfg(feature = "research")]
    pub epithet_choices: std::cell::RefCell<Vec<crate::research::EpithetChoice>>,
}

/// Files entity `e` under `key` in an index, once.
fn index(map: &mut FastMap<String, Vec<usize>>, key: String, e: usize) {
    let ids = map.entry(key).or_default();
    if !ids.contains(&e) {
        ids.push(e);
    }
}

/// Indexes entity `e` under the first word of `name`, when it has more than one.
fn index_first(by_first: &mut FastMap<String, Vec<usize>>, name: &str, e: usize) {
    if let Some((first, _)) = name.split_once(' ') {
        index(by_first, first.to_string(), e);
    }
}

/// A name as text, without a possessive ending.
fn clean(name: &str) -> &str {
    let name = name
        .strip_suffix("'s")
        .or_else(|| name.strip_suffix("’s"))
        .unwrap_or(name);
    name.trim_end_matches(['\'', '’'])
}

/// Whether `name` is `surname` or ends with it as whole words, in any case (`Juan Carlos de la
/// Vega` and `de la Vega`).
fn ends_with_surname(name: &str, surname: &str) -> bool {
    // On bytes: slicing a `str` would bring its panic message's formatting into the widget.
    let (n, s) = (name.as_bytes(), surname.as_bytes());
    let Some(cut) = n.len().checked_sub(s.len()) else {
        return false;
    };
    n.get(cut..).is_some_and(|end| end.eq_ignore_ascii_case(s))
        && (cut == 0 || n.get(cut - 1) == Some(&b' '))
}

/// The index key of a name: its last word, lower-cased.
fn key_of(name: &str) -> String {
    name.rsplit(' ').next().unwrap_or(name).to_ascii_lowercase()
}

impl Entities {
    /// Collects every name mention of the article.
    #[inline(never)] // a stage of its own: see `annotate`
    pub(crate) fn collect(doc: &Doc) -> Self {
        let mut ents = Entities::default();
        let n = doc.tokens.len();
        let mut i = 0;
        // The epithet that is the subject of the sentence being read, mentioned when reached.
        let mut epithet: Option<Phrase> = None;
        // Where the subject of the sentence being read starts (`On Tuesday, Gov. Jo Park`).
        let mut subject_at = None;
        // The last name mentioned, and its entity.
        let mut last_named: Option<(Phrase, usize)> = None;
        while i < n {
            let (s0, send) = doc.sentence_of(i);
            if s0 == i && !doc.headline[doc.block[i] as usize] {
                let subject = subject::sentence_subject(doc, send - 1, i);
                subject_at = subject.map(|p| p.start);
                // Followed by its verb, not by `and` or `of` (`by Joe Arpaio, the Arizona
                // sheriff and anti-immigration hard-liner, Trump ...` is an apposition).
                // Nor by a name in apposition, which says who it is (`The victim's mother,
                // Irene Kowal, held`).
                epithet = subject.filter(|p| {
                    p.head == Head::Description
                        && !doc.lower_is(p.end, |w| matches!(w, "and" | "or" | "nor" | "of"))
                        && !subject::named_in_apposition(doc, p.end, send)
                });
            }
            if let Some(p) = epithet.filter(|p| p.start <= i) {
                ents.epithet_mention(doc, p, send);
                epithet = None;
            }
            // `ANKARA, Turkey (AP) — Rescuers ...`: a dateline's places and credit mention no
            // one (`the agency said` is not Turkey).
            if s0 == i && doc.block_tokens[doc.block[i] as usize].0 == i {
                let past = subject::past_dateline(doc, i, send);
                if past > i {
                    i = past;
                    continue;
                }
            }
            let t = doc.tokens[i];
            if t.kind != TokenKind::Word
                || !t.cap
                || !doc.outside(i)
                || doc.headline[doc.block[i] as usize]
                || doc.caption[doc.block[i] as usize]
            {
                i += 1;
                continue;
            }
            let Some(p) = phrase::right(doc, i, send) else {
                i += 1;
                continue;
            };
            // `Donald Trump's allies said`: a description owned by a name mentions its owner,
            // unless in apposition to someone else (`Jo Diaz, Smith's spokesman, said`).
            let apposed = p.start > 0 && doc.is_punct(p.start - 1, ",");
            // `Pelley's neighbour, Irene Vogt, said`: the owner of a description that a name
            // in apposition follows is no subject; the name is.
            let owner_only =
                p.head == Head::Description && subject::named_in_apposition(doc, p.end, send);
            let named = match p.head {
                Head::Name { name } => Some((p, name)),
                Head::Description if !apposed => (p.start..p.end)
                    .find(|&k| doc.tokens[k].cap && possessive_base(doc.word(k)).is_some())
                    .and_then(|k| phrase::owner(doc, k, p.start))
                    .and_then(|o| match o.head {
                        Head::Name { name } => Some((o, name)),
                        _ => None,
                    }),
                _ => None,
            };
            if let Some((p, name)) = named.filter(|(_, name)| !doc.in_credit(name.0)) {
                let subject = subject_at.map(|at| at == p.start && !owner_only);
                let e = ents.mention(doc, p, name, s0 == p.start && !owner_only, subject);
                // `Ana Reyes and Tom Lee wrote to the agency.` / `"...," they said`: two
                // names joined by `and` as the subject are a pair `they` may stand for.
                if let (Some(e), Some((q, a))) = (e, last_named) {
                    if q.end + 1 == p.start && doc.is(q.end, "and") && subject_at == Some(q.start) {
                        ents.together(doc, &[a, e], q.start, says_later(doc, p.end, send));
                    }
                }
                last_named = e.map(|e| (p, e));
                // `Donald Trump's campaign is defending ...` / `it calls`: the organisation
                // that acts in a person's name is a mention `it` and `they` may stand for.
                let noun = p.end - 1;
                if let Some(e) = e.filter(|_| {
                    noun >= name.1
                        && doc.lower_is(noun, |w| words::is_proxy(w) && words::is_institution(w))
                }) {
                    let org = ents.organisation_of(e, doc.word(noun));
                    let subject = subject == Some(true) || s0 == p.start;
                    let speaks = says_later(doc, p.end, send);
                    ents.mentions
                        .push(Mention::read(doc, noun, org, subject, speaks));
                }
            }
            i = p.end.max(i + 1);
        }
        ents.complete_from_headlines(doc);
        ents
    }

    /// `Asked about it, the 64-year-old laughed.` / `"...," he said`: an epithet that is the
    /// subject of its sentence mentions the person it stands for (see [`Entities::in_focus`]).
    fn epithet_mention(&mut self, doc: &Doc, p: Phrase, send: usize) {
        let (head, ties) = head_and_ties(doc, p);
        let the = doc.is(p.start, "the");
        let upto = self.mentions.partition_point(|m| m.tok < p.start);
        let person = (the && !head.is_empty())
            .then(|| self.tied_by_role(&head, &ties, upto))
            .flatten()
            .or_else(|| {
                the.then(|| epithet(doc, p, &head, ties))
                    .flatten()
                    .and_then(|ep| self.in_focus(doc, p, &ep, None))
            });
        // `The groups say ...` / `They argue`, `The union voted ...` / `it said`: a group or an
        // institution as a subject is someone `they` or `it` may stand for.
        let group = || {
            !head.is_empty()
                && (words::looks_plural(&head) || words::is_institution(&head))
                && !doc.lower_is(p.start, words::is_indefinite)
        };
        // `One nurse, who asked not to be named, described ...` / `she said`: someone unnamed
        // brought in as the subject is someone `he` or `she` may stand for; so is `The driver
        // told police ...` when no one named before might be the one it describes.
        // (Among the first few entities, to keep each look constant.)
        let no_one_named = doc.is(p.start, "the")
            && !self
                .list
                .iter()
                .take(64)
                .any(|e| e.kind == SpeakerKind::Person);
        // `The man's sister, who asked not to be named, said ...`: someone known by whose
        // they are, by a noun that gives their gender, is someone new too (whom `she` may
        // stand for next).
        let owned = || {
            words::noun_gender(&head).is_some()
                && (doc.lower_is(p.start, |w| matches!(w, "his" | "her" | "their"))
                    || (p.start..p.end.saturating_sub(1))
                        .any(|i| possessive_base(doc.word(i)).is_some()))
        };
        // `Volunteers arrived by the busload. One said she ...` / `she said`: `one` or
        // `another` alone, of a group just mentioned, is someone new too.
        let one_of = p.end == p.start + 1
            && doc.lower_is(p.start, |w| matches!(w, "one" | "another"))
            && self.recent_group(upto, doc.block[p.start]).is_some();
        let newcomer = || {
            (doc.lower_is(p.start, words::is_indefinite) || no_one_named || owned())
                && !words::looks_plural(&head)
                && !words::is_collective(&head)
                && words::is_role(&head)
                && !words::is_institution(&head)
                && !words::is_document(&head)
        };
        let Some(e) = person
            .or_else(|| group().then(|| self.describe(doc, p, Context::default())))
            .or_else(|| {
                (newcomer() || one_of).then(|| {
                    let e = self.describe(doc, p, Context::default());
                    let ent = &mut self.list[e];
                    if ent.kind == SpeakerKind::Unnamed {
                        ent.person = true;
                        ent.gender = words::noun_gender(&head);
                    }
                    e
                })
            })
        else {
            return;
        };
        let speaks = says_later(doc, p.end, send);
        self.mentions
            .push(Mention::read(doc, p.start, e, true, speaks));
    }

    /// `Jo Ortiz Warns Council` over a body that says only `Ortiz said`: a given name and a
    /// surname in a headline complete a body's bare surname. A headline introduces no one of
    /// its own: its capitals make names of common words.
    fn complete_from_headlines(&mut self, doc: &Doc) {
        for i in 1..doc.tokens.len() {
            let given = i - 1;
            if !doc.headline[doc.block[i] as usize]
                || doc.block[given] != doc.block[i]
                || !doc.tokens[i].cap
                || !doc.is_given_name(given)
            {
                continue;
            }
            let surname = clean(doc.word(i));
            if let Some(&[e]) = self.by_key.get(&key_of(surname)).map(Vec::as_slice) {
                if self.list[e].name == surname {
                    let full = format!("{} {surname}", doc.word(given));
                    index_first(&mut self.by_first, &full, e);
                    self.list[e].rename(full);
                }
            }
        }
    }

    /// The entity a name belongs to: a bare surname is the namesake named most (then last)
    /// before it; a full name with another given name is someone else (`Ernie LeBlanc` is not
    /// `Jason LeBlanc`).
    ///
    /// `titled` is the gender a title before the name gives (`Mr. Obama`): a namesake of the
    /// other gender is not them.
    fn find(&self, text: &str, at: usize, titled: Option<Gender>) -> Option<usize> {
        let last = text.rsplit(' ').next().unwrap_or(text);
        let mut buf = [0u8; 24];
        let ids = match ascii_lower(last, &mut buf) {
            Some(key) => self.by_key.get(key),
            None => self.by_key.get(&key_of(text)),
        };
        let Some(ids) = ids else {
            return self.by_given_name(text, at);
        };
        let first = text.split(' ').next().unwrap_or(text);
        // `de la Vega` after `Juan Carlos de la Vega`: a surname with its particles is a
        // surname alone.
        let single = text.rsplit_once(' ').is_none_or(|(lead, _)| {
            lead.split(' ')
                .all(|w| lower_is(w, words::is_name_particle))
        });
        // `the first lady, Michelle Obama` after `Mr. Obama`: a given name of the other gender
        // names someone else. A title picks among namesakes (`Mr. Obama` beside Michelle
        // Obama), when one of them is known to have its gender: a given name's usual gender
        // is no proof (`Ms. Epstein` is still Lee Epstein).
        // Or, among namesakes one of whom is known to be of the other gender, the others.
        let titled = titled.filter(|&g| {
            let of = |e: usize| self.list[e].gender;
            ids.iter().any(|&e| of(e) == Some(g))
                || ids.iter().any(|&e| of(e).is_some_and(|o| o != g))
                    && ids.iter().any(|&e| of(e).is_none())
        });
        let gender = titled.or_else(|| (!single).then(|| first_names::gender(first)).flatten());
        let agrees = |e: usize| gender.is_none_or(|g| self.list[e].gender.is_none_or(|eg| eg == g));
        // `Rempel Garner` after `Michelle Rempel Garner`: a surname of two words, the first no
        // given name, ends a full name one word longer (not `White House` in `a Hillary
        // Clinton White House`).
        let compound = !single && !first_names::is_first_name(first);
        let same_person = |&&e: &&usize| {
            let n = &self.list[e].name;
            agrees(e)
                && (single
                    || !n.contains(' ')
                    || n.split(' ').next() == Some(first)
                    || n == text
                    || compound
                        && self.list[e].kind == SpeakerKind::Person
                        && n.len() > text.len()
                        && ends_with_surname(n, text)
                        && n.as_bytes()
                            .get(..n.len() - text.len() - 1)
                            .is_some_and(|lead| !lead.contains(&b' ')))
        };
        // A bare surname shared by several people named before (`Clinton` after Hillary and
        // Bill Clinton) means the one a headline names, then one not named as a relative, then
        // the one the article names most, then the one named last: news calls its principal by
        // surname and names the others in full or by given name.
        if single {
            let principal = ids
                .iter()
                .copied()
                .filter(|&e| {
                    self.seen[e].first <= at
                        && agrees(e)
                        && ends_with_surname(&self.list[e].name, text)
                })
                .max_by_key(|&e| {
                    let seen = self.seen[e];
                    (seen.headlined, !seen.kin, seen.named, seen.last.min(at))
                });
            if principal.is_some() {
                return principal;
            }
        }
        ids.iter()
            .filter(same_person)
            .max_by_key(|&&e| {
                if self.seen[e].last <= at {
                    self.seen[e].last
                } else {
                    0
                }
            })
            .copied()
    }

    /// `Kody` after `her son Kody Cook`: a lone word that no one has as a surname is the person
    /// last named in full with it as the given name (news calls children and family members
    /// by their given names).
    fn by_given_name(&self, text: &str, at: usize) -> Option<usize> {
        self.by_first
            .get(text)?
            .iter()
            .copied()
            .filter(|&e| {
                let ent = &self.list[e];
                ent.kind == SpeakerKind::Person
                    && ent.person
                    && self.seen[e].first <= at
                    && ent.name.split(' ').next() == Some(text)
            })
            .max_by_key(|&e| self.seen[e].last.min(at))
    }

    /// `his wife, Jane`, `Trump's son Eric`: a lone given name right after a noun of close
    /// family has the family name of whose family it is, the name owning the noun or the
    /// person a possessive pronoun stands for (the last of its gender named since the sentence
    /// before, by more than a given name); the full name it makes.
    fn family_name(&self, doc: &Doc, (g, e): (usize, usize)) -> Option<String> {
        if e != g + 1 || !doc.is_given_name(g) {
            return None;
        }
        let lo = doc.sentence_of(g).0;
        let kin = g
            .checked_sub(1 + usize::from(doc.is_punct(g.checked_sub(1)?, ",")))
            .filter(|&k| k > lo && doc.lower_is(k, words::shares_family_name))?;
        // Past a word or two that describe (`his younger brother`, `her 3-year-old son`).
        let o = (kin.saturating_sub(3).max(lo)..kin)
            .rev()
            .take_while(|&i| doc.is_word(i))
            .find(|&i| doc.tokens[i].cap || doc.lower_is(i, |w| matches!(w, "his" | "her")))?;
        let full = match phrase::owner(doc, o, lo)?.head {
            Head::Name { name } => {
                let text = clean(doc.slice(name.0, name.1));
                self.find(text, name.0, None)
                    .map_or(text, |x| self.list[x].name.as_str())
            }
            Head::Pronoun(Pronoun::Gendered(gender)) => {
                let since = doc.sentence_of(lo.checked_sub(1)?).0;
                let m = (self.mentions.iter().rev())
                    .take_while(|m| m.tok >= since)
                    .find(|m| {
                        let ent = &self.list[m.entity];
                        // (Not one known by a given name alone.)
                        ent.is_someone()
                            && ent.gender.is_none_or(|eg| eg == gender)
                            && (ent.name.contains(' ') || !ent.given)
                    })?;
                self.list[m.entity].name.as_str()
            }
            _ => return None,
        };
        // (Not `Anna's son, Tom`: a given name is no family's.)
        if !full.contains(' ') && first_names::is_first_name(full) {
            return None;
        }
        Some(format!("{} {}", doc.word(g), family_of(full)?))
    }

    /// Records a name mention; returns its entity.
    fn mention(
        &mut self,
        doc: &Doc,
        p: Phrase,
        name: (usize, usize),
        sentence_initial: bool,
        sentence_subject: Option<bool>,
    ) -> Option<usize> {
        let family = self.family_name(doc, name);
        let kin = family.is_some();
        let shared = shared_surname(doc, name).or(family);
        let text = match &shared {
            Some(full) => full.as_str(),
            None => clean(doc.slice(name.0, name.1)),
        };
        if text.is_empty() {
            return None;
        }
        let single = name.1 - name.0 == 1 && shared.is_none();
        // A sentence's subject: the pronoun that goes on with it picks among namesakes too.
        let gender = title_gender(doc, p.start, name.0).or_else(|| {
            (sentence_subject == Some(true))
                .then(|| pronoun_after(doc, name.1).or_else(|| next_cue_pronoun(doc, name.1)))
                .flatten()
        });
        // A relative's name made here is no one else's (not the principal's bare surname).
        let known = if kin {
            (self.by_key.get(&key_of(text)))
                .and_then(|ids| ids.iter().copied().find(|&x| self.list[x].name == text))
        } else {
            self.find(text, name.0, gender)
        };
        let first = doc.word(name.0);
        // A lone capitalised word opening a sentence is as likely a common word: only a name
        // already known, or a given name, counts there (after a title, as in `Mr. Okafor
        // spent`, it opens nothing).
        let age_after = doc.is_punct(name.1, ",")
            && name.1 + 1 < doc.tokens.len()
            && doc.word(name.1 + 1).parse::<u32>().is_ok();
        let says_after = (name.1..(name.1 + 3).min(doc.tokens.len()))
            .find(|&i| !doc.is_filler(i))
            .is_some_and(|i| doc.verb(i).is_some_and(|v| v.form != Form::Ing));
        let described = described_as_person(doc, name.1);
        let acts = acts_on_own(doc, name.1);
        if single
            && sentence_initial
            && !(p.start..name.0).any(|i| words::is_title(doc.word(i)))
            && known.is_none()
            && !doc.is_given_name(name.0)
            && !age_after
            && !says_after
            && !described
            && !acts
        {
            return None;
        }
        let e = match known {
            Some(e) => e,
            None => {
                self.list
                    .push(Entity::named(text.to_string(), SpeakerKind::Person));
                // Named in full in a headline too: the one the article is about, whom a bare
                // surname most likely means (`Helen Achebe ... dies at 91`, not her son).
                let mut seen = Seen::new(0);
                seen.headlined = text.contains(' ') && doc.title_names(text);
                seen.kin = kin;
                self.seen.push(seen);
                let e = self.list.len() - 1;
                self.by_key.entry(key_of(text)).or_default().push(e);
                index_first(&mut self.by_first, text, e);
                e
            }
        };
        self.seen[e].last = name.0;
        // Named beside a relative by given names, with their surname: a person.
        if shared.is_some() {
            self.list[e].person = true;
        }
        // A headline's words may make a name of a sentence (`Will Sanders come ...?`): only
        // the body introduces people.
        if !doc.headline[doc.block[name.0] as usize] {
            self.seen[e].first = self.seen[e].first.min(name.0);
            self.seen[e].named += 1;
        }
        // Not the owner of an affiliation (`the Blaze's Matt Walsh`): that names a newspaper.
        // `took a pass from captain Mika Berg`: a lower-case role right before the phrase is
        // its title too.
        let lowered = lower_role_before(doc, p.start);
        let titles: Vec<&str> = (lowered..name.0)
            .map(|i| doc.word(i))
            .filter(|w| !lower_is(w, |w| matches!(w, "the" | "a" | "an")))
            .filter(|w| possessive_base(w).is_none_or(words::is_title))
            .collect();
        // `Mr.`, `Congresswoman`, `father`: a word before the name that gives a gender.
        let title_gender = titles.iter().find_map(|w| {
            words::title_gender(w).or_else(|| {
                let mut buf = [0u8; 24];
                ascii_lower(w, &mut buf).and_then(words::noun_gender)
            })
        });
        let person_title = title_gender.is_some()
            || titles
                .iter()
                .any(|w| words::is_title(w) || lower_is(w, words::is_role));
        // `BC Hydro`, `CN Rail`: an acronym leading a name makes it an organisation's.
        let acronym_led = name.1 - name.0 >= 2
            && (2..=4).contains(&first.len())
            && first.bytes().all(|b| b.is_ascii_uppercase())
            && !doc.is_given_name(name.0);
        // `the Kremlin said`, `the White House said`: English puts no article before a person's
        // name (one that opens with a given name may be a person's all the same).
        let the_name = (single || !doc.is_given_name(name.0))
            && name.0 > 0
            && doc.is(name.0 - 1, "the")
            && doc.verb(name.1).is_some_and(|v| v.form == Form::Finite)
            // `the Reyes emails`: a verb in -s may be a plural noun the name modifies.
            && !doc.word(name.1).ends_with('s');
        let org = acronym_led
            || the_name
            || (name.0..name.1).any(|i| {
                words::is_org_head(doc.word(i))
                    || name.1 - name.0 >= 2 && phrase::is_plural_role_in_name(doc, i)
            })
            || (p.start < name.0 && doc.is(p.start, "the") && titles.len() == 1 && !person_title);
        // The word before the phrase, past a determiner (`at the Diamond Resorts`).
        let before = p
            .start
            .checked_sub(1)
            .filter(|&b| doc.sentence[b] == doc.sentence[p.start])
            .and_then(|b| match doc.word(b) {
                "the" | "a" | "an" => b
                    .checked_sub(1)
                    .filter(|&b| doc.sentence[b] == doc.sentence[p.start]),
                _ => Some(b),
            });
        let object = before.is_some_and(|b| is_object_marker(doc, b));
        let verb_after = (name.1..(name.1 + 3).min(doc.tokens.len()))
            .find(|&i| !doc.is_punct(i, ",") && !doc.is_filler(i));
        // `her son Kody Cook`, `his wife, Ruth,`: a kinship noun right before the name, or
        // before the comma that opens it as an apposition, gives its gender.
        let kin_gender = before.and_then(|b| {
            let noun = if doc.is_punct(b, ",") {
                b.checked_sub(1)?
            } else {
                b
            };
            words::noun_gender(doc.word(noun))
        });
        // After a lower-case word other than a speech verb (`the subcommittee that handles
        // Homeland Security, said`) a name is that word's object, even before a comma.
        // Not after a role, a word that modifies one (`former train porter Harold Adams`) or a
        // kinship noun (`her son Kody Cook`).
        let presented = (1..=2)
            .any(|k| p.start >= k && subject::presented_after(doc, p.start - k) == Some(p.start));
        // `as Archbishop Aris Shirvanian told the AP`: after a conjunction opening a clause, a
        // name before a verb of saying is that clause's subject.
        let clause_subject = before.is_some_and(|b| doc.lower_is(b, words::opens_other_clause))
            && {
                // Its verb follows the name and what places it (`of the Armenian Patriarchate`),
                // with no comma or other verb between (not `after Trump at the debate refusing`).
                let v = (name.1..(name.1 + 8).min(doc.tokens.len())).find(|&i| {
                    doc.verb(i).is_some()
                        || !(doc.tokens[i].cap
                            || doc.is_punct(i, "(")
                            || doc.is_punct(i, ")")
                            || doc.lower_is(i, |w| matches!(w, "of" | "the" | "for" | "at")))
                });
                v.is_some_and(|v| doc.verb(v).is_some_and(|sv| sv.form == Form::Finite))
            };
        let after_word = kin_gender.is_none()
            && !presented
            && !clause_subject
            && before.is_some_and(|b| {
                doc.tokens[b].kind == TokenKind::Word
                    && !doc.tokens[b].cap
                    && doc.verb(b).is_none()
                    && !words::modifies_role(doc.word(b))
                    && !words::is_role(doc.word(b))
                    && !doc.word(b).ends_with("-year-old")
                    // `a terse Miller agreed`: an article and a describing word right before a
                    // name describe it; they govern nothing.
                    && !(b + 1 == p.start
                        && b > 0
                        && doc.lower_is(b - 1, |w| matches!(w, "a" | "an" | "the"))
                        && !words::is_party_label(first))
            });
        // `"...," said (master of ceremonies) Asab Tabchi`: the subject of the verb of saying
        // before it, past the words that describe them.
        let inverted = !object && {
            let lo = p.start.saturating_sub(5);
            let v = (lo..p.start)
                .rev()
                .take_while(|&i| doc.outside(i) && doc.is_word(i))
                .find(|&i| doc.verb(i).is_some());
            // (A quotation in its paragraph: not one ending the paragraph before.)
            v.is_some_and(|v| {
                (1..=2).any(|k| v >= k && !doc.outside(v - k) && doc.block[v - k] == doc.block[v])
            })
        };
        let subject = sentence_subject == Some(true)
            || presented
            || clause_subject
            || !object
                && !after_word
                && (sentence_initial
                    || verb_after.is_some_and(|v| doc.verb(v).is_some())
                    || doc.is_punct(name.1, ",")
                    || before.is_some_and(|b| doc.is_punct(b, ",")));
        let speaks = inverted
            || subject && {
                let (_, send) = doc.sentence_of(name.1.min(doc.tokens.len() - 1));
                says_later(doc, name.1, send)
            };
        let given = doc.is_given_name(name.0) && !single;
        let place = before.is_some_and(|b| {
            matches!(
                doc.word(b),
                "in" | "at" | "from" | "to" | "near" | "across" | "of" | "On" | "In" | "At"
            )
        });
        let ent = &mut self.list[e];
        if text.split(' ').count() > ent.name.split(' ').count() {
            ent.rename(text.to_string());
            index(&mut self.by_key, key_of(text), e);
            index_first(&mut self.by_first, text, e);
        } else if text != ent.name && !ent.aliases.iter().any(|a| a == text) {
            ent.aliases.push(text.to_string());
        }
        let full = clean(doc.slice(p.start, name.1));
        if full != ent.name && !ent.aliases.iter().any(|a| a == full) && p.start < name.0 {
            ent.aliases.push(full.to_string());
        }
        if org {
            ent.kind = SpeakerKind::Organisation;
            ent.person = false;
        } else if ((name.0..name.1).any(|i| words::is_place_head(doc.word(i)))
            // `New Hampshire`, `New York`: no one's given name is New.
            || phrase::opens_place_name(doc, name.0))
            && !person_title
        {
            ent.place = true;
        } else if given
            || age_after
            || says_after
            || described
            || acts
            || person_title
            || kin_gender.is_some()
            || (!single && !place && (name.0..name.1).all(|i| doc.tokens[i].cap))
        {
            ent.person = true;
        }
        // `Mr.` says nothing of a role; `Dr.` alone stands for a doctor (`the doctor said`).
        let mut role = spaced(&mut titles.iter().copied().filter(|w| !words::is_honorific(w)));
        if role.is_empty() {
            role = spaced(
                &mut titles
                    .iter()
                    .copied()
                    .filter(|w| !words::title_nouns(w).is_empty()),
            );
        }
        if !role.is_empty() && ent.role.is_none() && person_title {
            ent.role = Some(role);
        }
        if ent.gender.is_none() && ent.kind == SpeakerKind::Person && ent.person {
            ent.gender = title_gender
                .or(kin_gender)
                .or_else(|| (!single).then(|| first_names::gender(first)).flatten())
                .or_else(|| {
                    (!after_word || subject)
                        .then(|| pronoun_after(doc, name.1))
                        .flatten()
                });
        }
        // `16-year-old Xander Wise`
        if let Some(age) = before.and_then(|b| age_word(doc.word(b))) {
            ent.age.get_or_insert(age);
        }
        apposition(doc, name.1, ent);
        fronted_apposition(doc, phrase::role_words_before(doc, &p), name.1, ent);
        tie(ent, affiliations_before(doc, p.start, name.0));
        tie(ent, affiliations_after(doc, name.1));
        // Not `Mr. Hemming's costs`: an honorific or a possessive introduces no one.
        let possessive = possessive_base(doc.word(name.1 - 1)).is_some();
        // Not a role in the words before the phrase (`describing fellow billionaire Donald
        // Trump`): those are as often an object's.
        let role_before = titles[p.start - lowered..].iter().any(|w| {
            !words::is_honorific(w) && (words::is_title(w) || lower_is(w, words::is_role))
        });
        let intro = ent.kind == SpeakerKind::Person
            && !possessive
            && !(doc.is(p.start, "the") || p.start > 0 && doc.is(p.start - 1, "the"))
            && (role_before || age_after || described);
        self.mentions.push(Mention {
            tok: name.0,
            entity: e,
            sentence: doc.sentence[name.0],
            block: doc.block[name.0],
            subject,
            object,
            speaks,
            intro,
        });
        Some(e)
    }

    /// The person an interview is with: of the people mentioned before token `upto` (the
    /// first answer), the one mentioned most there (the first made of equals); with the token
    /// of their first mention.
    pub(crate) fn interviewee(&self, upto: usize) -> Option<(usize, usize)> {
        // (An introduction's first 200 mentions, to keep the count constant.)
        let before = self.mentions.partition_point(|m| m.tok < upto).min(200);
        let intro = &self.mentions[..before];
        let count = |e: usize| intro.iter().filter(|m| m.entity == e).count();
        // (`max_by_key` keeps the last of equals: read from the last.)
        let e = (0..self.list.len())
            .rev()
            .filter(|&e| {
                let ent = &self.list[e];
                self.seen[e].first < upto
                    && ent.kind == SpeakerKind::Person
                    && (ent.person || ent.given)
                    && !ent.place
                    && count(e) > 0
            })
            .max_by_key(|&e| count(e))?;
        Some((e, self.seen[e].first))
    }

    /// Marks an entity as a speaker: whoever speaks is a person or an organisation, and its
    /// gender may be known from the pronoun that named it.
    pub(crate) fn spoke(&mut self, e: usize) {
        self.list[e].spoke = true;
        if self.list[e].kind == SpeakerKind::Person {
            self.list[e].person = true;
        }
    }

    /// The entity a speaker phrase names, creating one for a name or description not seen
    /// before. Pronouns go through [`Entities::resolve_pronoun`].
    pub(crate) fn resolve(&mut self, doc: &Doc, p: Phrase, cx: Context) -> Option<usize> {
        match p.head {
            Head::Name { name } => {
                // `"...," Obama said, as his wife looked on`: with no title, the pronoun its
                // sentence goes on with picks among namesakes of two genders.
                let titled =
                    title_gender(doc, p.start, name.0).or_else(|| pronoun_after(doc, name.1));
                match self.find(clean(doc.slice(name.0, name.1)), name.0, titled) {
                    Some(e) => Some(e),
                    None => {
                        let before = self.mentions.len();
                        let e = self.mention(doc, p, name, false, None)?;
                        if self.mentions.len() > before {
                            if let Some(m) = self.mentions.pop() {
                                self.insert_mention(m);
                            }
                        }
                        Some(e)
                    }
                }
            }
            Head::Pronoun(pr) => {
                let e = self.resolve_pronoun(doc, p.start, pr, cx);
                // `Dev Kapoor agreed. "...," he said`: whom `he` or `she` stands for is a man
                // or a woman from then on.
                if let (Some(e), Pronoun::Gendered(g)) = (e, pr) {
                    let ent = &mut self.list[e];
                    if ent.kind == SpeakerKind::Person && ent.gender.is_none() {
                        ent.gender = Some(g);
                    }
                }
                e.or_else(|| {
                    doc.is(p.start, "it")
                        .then(|| self.document_before(doc, p.start))
                        .flatten()
                })
            }
            Head::Description => Some(self.describe(doc, p, cx)),
        }
    }

    /// `Thursday's memo from the panel ...` / `"...," it stated`: with no one else for `it` at
    /// token `at`, the document named last in its paragraph or the one before speaks, for
    /// whoever wrote it.
    fn document_before(&mut self, doc: &Doc, at: usize) -> Option<usize> {
        let block = doc.block[at] as usize;
        let lo = doc.block_tokens[block.saturating_sub(1)]
            .0
            .max(at.saturating_sub(INTRODUCER_REACH));
        let k = (lo..at)
            .rev()
            .find(|&k| doc.outside(k) && doc.lower_is(k, words::is_document))?;
        let p = Phrase {
            start: k,
            end: k + 1,
            head: Head::Description,
        };
        // `A group of doctors sent an open letter`: brought in here, as an object.
        let brought_in = (k.saturating_sub(4)..k).any(|i| doc.lower_is(i, words::is_indefinite))
            && doc.verb(k + 1).is_none();
        self.named_author(doc, p)
            .or_else(|| brought_in.then(|| self.introduced_by(doc, k)).flatten())
    }

    /// Whether `he` or `she` (`p`) would stand for entity `e`, whose surname the quotation being
    /// attributed holds: people seldom name themselves so.
    fn named_in_quote(&self, doc: &Doc, e: usize, p: Pronoun, cx: Context) -> bool {
        let Some((qs, qe)) = cx.quote.filter(|_| matches!(p, Pronoun::Gendered(_))) else {
            return false;
        };
        let ent = &self.list[e];
        let surname = ent.name.rsplit(' ').next().unwrap_or_default();
        if ent.kind != SpeakerKind::Person || !ent.name.contains(' ') {
            return false;
        }
        // Not inside a quotation the speaker quotes (`'Billie Jean King, you are the Queen,'`).
        let mut inner = false;
        (qs + 1..qe.min(doc.tokens.len())).any(|i| {
            let w = doc.word(i);
            inner = match w {
                "‘" => true,
                "’" => false,
                _ => inner,
            };
            !inner && (w == surname || possessive_base(w) == Some(surname))
        })
    }

    /// The entity a pronoun at token `at` most likely refers to: among the people named in
    /// the last few paragraphs with the right gender (a group or organisation for `they`), the
    /// most salient (`crate::salience`: near, a subject rather than an object, the last speaker,
    /// just introduced); failing those, the last speaker or the last person of that gender.
    pub(crate) fn resolve_pronoun(
        &mut self,
        doc: &Doc,
        at: usize,
        p: Pronoun,
        cx: Context,
    ) -> Option<usize> {
        let last_speaker = cx.last_speaker;
        let upto = self.mentions.partition_point(|m| m.tok < at);
        let here = doc.sentence[at.min(doc.tokens.len() - 1)] as i64;
        let block = doc.block[at.min(doc.tokens.len() - 1)];
        let mut weighing = Weighing::default();
        let mut last_speaker_near = false;
        // `it` is one thing: not people described in the plural (`Patients waited ...`), a
        // group, or someone unnamed (`a spokesperson`).
        let it = doc.lower_is(at, |w| w == "it");
        let not_it = |ent: &Entity| {
            it && (ent.kind == SpeakerKind::Group
                || ent.kind == SpeakerKind::Unnamed
                    && (ent.person || words::looks_plural(&ent.name)))
        };
        for m in self.mentions[..upto].iter().rev().take(40) {
            if m.block + 4 < block {
                break;
            }
            last_speaker_near |= Some(m.entity) == last_speaker;
            let ent = &self.list[m.entity];
            if ent.place || not_it(ent) || self.named_in_quote(doc, m.entity, p, cx) {
                continue;
            }
            // `A friend called him ... his childhood friend`: someone unnamed owns nothing a
            // card could name them by.
            if ent.kind == SpeakerKind::Unnamed
                && ent.person
                && doc.lower_is(at, |w| w == "his" || w == "her")
            {
                continue;
            }
            let distance = m.distance(here);
            // `he would tell John Tory ..., he said`: the object of a verb whose subject is
            // the same pronoun is someone else.
            if distance == 0 && m.object {
                let (s0, _) = doc.sentence_of(m.tok);
                if (s0..m.tok).any(|i| doc.outside(i) && words::pronoun(doc.word(i)) == Some(p)) {
                    continue;
                }
            }
            let spoke_just_before = m.speaks && distance <= 1;
            let introduced_just_before = m.intro && distance == 1;
            let mut c = Candidate {
                introduced_just_before: introduced_just_before && matches!(p, Pronoun::Gendered(_)),
                spoke_just_before,
                ..m.candidate(here, last_speaker)
            };
            match p {
                // A lone name with no sign of a person, as the subject of the sentence just
                // before (`Mulder didn't hesitate. "...," he said`): a weak candidate.
                Pronoun::Gendered(_)
                    if ent.kind == SpeakerKind::Person
                        && !ent.person
                        && ent.gender.is_none()
                        && m.subject
                        && distance <= 1 =>
                {
                    c.no_sign_of_person = true
                }
                Pronoun::Gendered(g)
                    if matches!(ent.kind, SpeakerKind::Person | SpeakerKind::Unnamed)
                        && ent.person =>
                {
                    match ent.gender {
                        Some(eg) if eg == g => {}
                        // A name of unknown gender after `at`, `to`, `tell`: a place or thing
                        // as often as a person.
                        None if m.object && !spoke_just_before && !introduced_just_before => {
                            continue
                        }
                        None => c.gender_unknown = !spoke_just_before && !introduced_just_before,
                        Some(_) => continue,
                    }
                }
                Pronoun::Plural if ent.kind != SpeakerKind::Person => {}
                // A name with no given name, gender, role or age (`Facebook told employees
                // ...`, `BC Hydro said`): `it` or `they` may well be it.
                Pronoun::Plural
                    if !m.object
                        && ent.gender.is_none()
                        && ent.role.is_none()
                        && ent.age.is_none()
                        && !ent.given =>
                {
                    c.bare_name_for_they = true
                }
                _ => continue,
            }
            weighing.consider(m.entity, c);
        }
        // The last speaker, named before the paragraphs searched, is still a candidate, as
        // one named far back (`Asked what he would tell Mayor John Tory, he said` is the man
        // quoted all along).
        if let Some(ls) = last_speaker.filter(|&ls| {
            !last_speaker_near && !not_it(&self.list[ls]) && !self.named_in_quote(doc, ls, p, cx)
        }) {
            let ent = &self.list[ls];
            let unknown = match p {
                Pronoun::Gendered(g) if ent.kind == SpeakerKind::Person => match ent.gender {
                    Some(eg) if eg == g => Some(false),
                    None => Some(true),
                    Some(_) => None,
                },
                Pronoun::Plural if ent.kind != SpeakerKind::Person => Some(false),
                _ => None,
            };
            if let Some(unknown) = unknown {
                let c = Candidate {
                    last_speaker_far: true,
                    gender_unknown: unknown,
                    ..Candidate::default()
                };
                weighing.consider(ls, c);
            }
        }
        // Nobody likely nearby: `she` is the last woman named, however far back (within the last
        // few hundred names, to stay linear).
        if let Pronoun::Gendered(g) = p {
            let best = weighing.best();
            if best.is_none_or(|(b, e)| b <= salience::WEAK && self.list[e].gender != Some(g)) {
                let far = self.mentions[..upto].iter().rev().take(400).find(|m| {
                    let ent = &self.list[m.entity];
                    ent.kind == SpeakerKind::Person && ent.person && ent.gender == Some(g)
                });
                if let Some(m) = far {
                    let c = Candidate {
                        same_gender_far: true,
                        ..Candidate::default()
                    };
                    weighing.replace(m.entity, c);
                }
            }
        }
        let mut best = weighing.best().map(|(_, e)| e);
        // `"This," she said, "is a disaster." Ann Cole had ...`: with no one before, `he` or
        // `she` may point ahead, to the first person of that gender named next in its
        // paragraph or the one after (a feature's delayed introduction).
        if let (None, Pronoun::Gendered(g)) = (best, p) {
            best = self.mentions[upto..]
                .iter()
                .take(8)
                .take_while(|m| m.block <= block + 1)
                .find(|m| {
                    let ent = &self.list[m.entity];
                    ent.kind == SpeakerKind::Person
                        && !ent.place
                        && ent.gender.is_none_or(|eg| eg == g)
                        && (ent.gender.is_some() || ent.given)
                })
                .map(|m| m.entity);
        }
        #[cfg(feature = "research")]
        self.choices.push(crate::research::Choice {
            pronoun: doc.tokens.get(at).map_or(0, |t| t.start as usize),
            candidates: weighing.seen,
        });
        best
    }

    /// Whether entity `e` holds the role `head` (by its role or description) and no other
    /// party than the description's `ties` give.
    fn holds_role(&self, e: usize, head: &str, ties: &[String]) -> bool {
        let ent = &self.list[e];
        // `the congresswoman` is no man introduced as `Rep.`: a noun of one gender that a
        // title stands for agrees (one the role spells out, as `Chairman` may, need not).
        let agrees = words::noun_gender(head).is_none_or(|g| ent.gender.is_none_or(|eg| eg == g));
        (ent.role
            .as_deref()
            .is_some_and(|r| role_says(r, head) && (agrees || describes_as(r, head)))
            || (ent.description.as_deref()).is_some_and(|d| describes_as(d, head)))
            && !other_party(ties, &ent.affiliations)
    }

    /// The nearest one mentioned before mention `upto` who holds the role `head` and shares a
    /// place or party with the description (`the Nevada senator` after `Sen. Maria
    /// Castellanos, D-Nev.`): agreement, which outweighs who is in focus.
    fn tied_by_role(&self, head: &str, ties: &[String], upto: usize) -> Option<usize> {
        if ties.is_empty() {
            return None;
        }
        (self.mentions[..upto].iter().rev().take(DESCRIPTION_REACH))
            .find(|m| {
                let tied = &self.list[m.entity].affiliations;
                !tied.is_empty()
                    && share_affiliation(ties, tied)
                    && self.holds_role(m.entity, head, ties)
            })
            .map(|m| m.entity)
    }

    /// A description (`the spokesperson`) names the nearest person whose role has its head
    /// word; otherwise it stands as an unnamed speaker of its own.
    fn describe(&mut self, doc: &Doc, p: Phrase, cx: Context) -> usize {
        let (head, ties) = head_and_ties(doc, p);
        let upto = self.mentions.partition_point(|m| m.tok < p.start);
        let block = doc.block[p.start];
        // `the statement`, and `A statement from Hale's office` read up to its noun.
        let document = (p.start..p.end).find(|&d| {
            !doc.tokens[d].cap
                && words::is_document(doc.word(d))
                && (d + 1 == p.end || doc.lower_is(d + 1, |w| matches!(w, "from" | "by" | "to")))
        });
        if let Some(d) = document {
            let document = Phrase { end: d + 1, ..p };
            if let Some(e) = self.by_or_from(doc, document.end) {
                return e;
            }
            // `the federation's letter to the minister`: the owner wrote it.
            let owner = (p.start + 1..d).find(|&i| {
                !doc.tokens[i].cap
                    && possessive_base(doc.word(i)).is_some_and(|b| {
                        lower_is(b, |w| words::is_institution(w) || words::is_role(w))
                    })
            });
            if let Some(o) = owner {
                let owner = Phrase {
                    start: p.start,
                    end: o + 1,
                    head: Head::Description,
                };
                return self.describe(doc, owner, cx);
            }
            // `a White House statement`, `An August PBO report`: a name right before the noun
            // (past a month's) wrote it.
            let named = (p.start + 1..d).find(|&i| {
                doc.tokens[i].cap
                    && (!words::is_not_name(doc.word(i)) || phrase::opens_place_name(doc, i))
            });
            if let Some(n) = named.filter(|&n| (n..d).all(|i| doc.tokens[i].cap)) {
                let name = Phrase {
                    start: n,
                    end: d,
                    head: Head::Name { name: (n, d) },
                };
                if let Some(e) = self.resolve(doc, name, cx) {
                    return e;
                }
            }
            // `a police news release`, `a hospital statement`: with no author named, the role
            // or institution that describes the document wrote it (not `the lead author of the
            // study`, whose head is no document).
            let headed = (p.start..d).all(|i| !doc.lower_is(i, words::is_function_word));
            let by = (p.start..d).rev().find(|&i| {
                headed
                    && !doc.tokens[i].cap
                    && doc.lower_is(i, |w| {
                        (words::is_role(w) || words::is_institution(w)) && !words::is_document(w)
                    })
            });
            if let Some(by) = by {
                let kind =
                    if doc.lower_is(by, |w| words::is_institution(w) || words::is_collective(w)) {
                        SpeakerKind::Organisation
                    } else {
                        SpeakerKind::Unnamed
                    };
                return self.by_description(doc.word(by).to_string(), kind, p.start);
            }
            if let Some(e) = self
                .introducer(doc, document)
                .or_else(|| self.author_nearby(doc, document, upto))
            {
                return e;
            }
        }
        // `"...," Reyes and Lee wrote. "...," the two added`, `the senators said`: two or a
        // plural role after a pair who spoke last is the pair.
        if let Some(pair) = cx
            .last_speaker
            .filter(|&e| self.list[e].kind == SpeakerKind::Group)
        {
            let plural = words::looks_plural(&head)
                && words::is_role(&head)
                && !words::is_institution(&head);
            let two = doc.lower_is(p.end - 1, |w| matches!(w, "two" | "both" | "pair" | "duo"));
            if doc.is(p.start, "the") && (plural || two) || p.end == p.start + 1 && two {
                return pair;
            }
        }
        // `A neighbour who gave only her first name, Carla, said`: the name the description
        // goes by.
        if let Some(n) = self_named(doc, p) {
            if let Some(e) = self.resolve(doc, n, cx) {
                let ent = &mut self.list[e];
                ent.person = true;
                if ent.description.is_none() {
                    let mut d = doc.slice(p.start, p.end).to_string();
                    lower_first(&mut d);
                    ent.description = Some(d);
                }
                return e;
            }
        }
        let org_noun = words::is_institution(&head);
        // `a party official`, `one longtime aide`, `a group`: an indefinite description brings
        // in someone new, unless it is in apposition (`Jo Park, a party official,`).
        let apposition = p.start >= 2
            && doc.is_punct(p.start - 1, ",")
            && upto > 0
            && self.list[self.mentions[upto - 1].entity]
                .name
                .rsplit(' ')
                .next()
                .is_some_and(|last| last == doc.word(p.start - 2));
        // `Braynard, a lawyer who writes fiction, has called it ...`: a description in
        // apposition to a person's name is that person.
        // Not `Clinton, a top aide said, "is ..."`, where the description speaks.
        if apposition && doc.lower_is(p.start, words::is_indefinite) && doc.verb(p.end).is_none() {
            let named = self.mentions[upto - 1].entity;
            if self.list[named].person {
                return named;
            }
        }
        // `the daughter of one resident`, `the owner of a bakery`: one known by someone new is
        // new too.
        let of_someone_new = doc.is(p.start, "the")
            && (p.start + 2..p.end)
                .any(|i| doc.is(i, "of") && doc.lower_is(i + 1, words::is_indefinite));
        let new_one =
            (doc.lower_is(p.start, words::is_indefinite) || of_someone_new) && !apposition;
        // `the Senate National Finance Committee` names itself; `the committee` refers back.
        // A capitalised compound ending in a lower-case word is a modifier (`the Toronto-based
        // firm` refers back too).
        let proper = (p.start..p.end).any(|i| {
            let w = doc.word(i);
            doc.tokens[i].cap
                && !matches!(w, "The" | "A" | "An")
                && !w.rsplit('-').next().is_some_and(|last| {
                    last.len() < w.len() && last.starts_with(|c: char| c.is_ascii_lowercase())
                })
        });
        if org_noun && !proper && !new_one {
            // `the committee`: the Senate National Finance Committee named before; else an
            // organisation, or a one-word name never given a first name, title, role or age
            // (`Google said ...`): news names a person in full first.
            let named = self.mentions[..upto].iter().rev().take(12).find(|m| {
                self.list[m.entity]
                    .name
                    .split(' ')
                    .any(|w| w.eq_ignore_ascii_case(&head))
            });
            // `the newspaper`, `the paper's editorial board`.
            let by_outlet_noun = (p.start..p.end).any(|i| {
                doc.lower_is(i, |w| {
                    words::is_outlet_noun(possessive_base(w).unwrap_or(w))
                })
            });
            let org = named.or_else(|| {
                self.mentions[..upto]
                    .iter()
                    .rev()
                    .take(DESCRIPTION_REACH)
                    .take_while(|m| m.block + 3 >= block)
                    .find(|m| {
                        let ent = &self.list[m.entity];
                        // `Black Lives Matter issued a statement`: a name with no given name.
                        let given = ent.name.contains(' ') && ent.given;
                        // Not one described by another institution's noun (`the union`
                        // is not `the Austin-based company`).
                        let other_noun = ent.name.rsplit(' ').next().is_some_and(|w| {
                            w != head
                                && !w.starts_with(char::is_uppercase)
                                && words::is_institution(w)
                        });
                        // Nor an outlet by another noun (`the railway` is not The Canadian
                        // Press), nor one told something.
                        let outlet = ent
                            .name
                            .rsplit(' ')
                            .next()
                            .is_some_and(words::is_outlet_head)
                            && !by_outlet_noun;
                        !outlet
                            && !told(doc, m.tok)
                            && (ent.kind == SpeakerKind::Organisation && !other_noun
                                || (m.subject
                                    && ent.kind == SpeakerKind::Person
                                    && !given
                                    && !ent.place
                                    && ent.name.contains(char::is_lowercase)
                                    && ent.gender.is_none()
                                    && ent.role.is_none()
                                    && ent.age.is_none()))
                    })
            });
            // `Ontario Nurses' Association president Marta Kowalczyk said ... the association
            // said`: an institution named only in someone's role, by the very noun (`Bank of
            // Canada governor Tiff Macklem` ... `the bank`) or, for workers, one of its kind
            // (`the union`).
            let union = words::is_union(&head);
            let in_role = (self.mentions[..upto].iter().rev().take(DESCRIPTION_REACH))
                .take_while(|m| m.block + 3 >= block)
                .filter_map(|m| Some((m.tok, org_in_role(self.list[m.entity].role.as_deref()?)?)))
                .find(|(_, name)| {
                    name.split(' ').any(|w| {
                        w.eq_ignore_ascii_case(&head) || union && lower_is(w, words::is_union)
                    })
                })
                // Unless one named so is mentioned since.
                .filter(|&(at, _)| named.is_none_or(|n| n.tok < at))
                .map(|(_, name)| name.to_string());
            if let Some(name) = in_role {
                return self.by_description(name, SpeakerKind::Organisation, p.start);
            }
            if let Some(m) = org {
                return m.entity;
            }
        }
        // A person's role can name them (`the spokesperson`); an institution's noun cannot
        // (`the commission` is not the commissioner); nor can an indefinite description.
        // Of those, one of the party and place it gives, else the nearest not of another party.
        if !head.is_empty() && !org_noun && !new_one {
            if let Some(e) = self.tied_by_role(&head, &ties, upto) {
                return e;
            }
            // `the former president` is not the sitting one.
            let former = (p.start..p.end).any(|i| doc.is(i, "former"));
            let nearest = (self.mentions[..upto].iter().rev().take(DESCRIPTION_REACH))
                .find(|m| {
                    self.holds_role(m.entity, &head, &ties)
                        && (!former || self.list[m.entity].was_former())
                })
                // A party is too many people's to name one by (`the Wisconsin Republican`).
                .filter(|_| !words::is_party_name(&head));
            if let Some(m) = nearest {
                return m.entity;
            }
        }
        let later = self.named_soon_after(doc, p, &head, upto);
        // `The girl's mother told reporters ...` / `the mother said`, `A spokesperson for the
        // hospital said ...` / `the spokesperson said`: someone unnamed known by that noun in
        // these paragraphs.
        let described = (doc.is(p.start, "the") && !head.is_empty())
            .then(|| {
                (upto.saturating_sub(DESCRIPTION_REACH)..upto)
                    .rev()
                    .take_while(|&k| self.mentions[k].block + 3 >= block)
                    .find(|&k| {
                        let ent = &self.list[self.mentions[k].entity];
                        ent.kind == SpeakerKind::Unnamed
                            && ent.person
                            && described_head(&ent.name) == head
                    })
            })
            .flatten();
        if let Some(ep) = epithet(doc, p, &head, ties).filter(|_| !new_one) {
            // One named soon after with the very role is likelier than one in focus the
            // article gives another role (`the parliamentary budget officer` is not the chief
            // economist quoted before); one described by the very noun, than one in focus
            // mentioned only before it.
            let focus = self
                .in_focus(doc, p, &ep, cx.last_speaker)
                .filter(|&e| later.is_none() || !self.list[e].has_other_role(&head))
                .filter(|&e| {
                    described
                        .is_none_or(|d| self.mentions[d + 1..upto].iter().any(|m| m.entity == e))
                });
            if let Some(e) = focus {
                // `the 23-year-old` is that age from then on: not `the 51-year-old` after.
                let ent = &mut self.list[e];
                ent.age = ent.age.or(ep.age);
                return e;
            }
        }
        if let Some(e) = later {
            return e;
        }
        if let Some(d) = described {
            return self.mentions[d].entity;
        }
        // `Cyclists packed the gallery. ... some of them chanted`: a part of the group last
        // described in these paragraphs speaks for it.
        if p.end == p.start + 3 && doc.lower_is(p.end - 1, |w| matches!(w, "them" | "us")) {
            if let Some(e) = self.recent_group(upto, block) {
                return e;
            }
        }
        let text = doc.slice(p.start, p.end);
        // An owner (`the campaign's statement`) is known without its `'s`.
        let text = possessive_base(text).unwrap_or(text);
        let mut name = text
            .strip_prefix("the ")
            .or_else(|| text.strip_prefix("The "))
            .unwrap_or(text)
            .to_string();
        // `A witness said` opening a sentence: a card says `a witness`.
        if doc.lower_is(p.start, |w| words::is_indefinite(w) || words::is_count(w)) {
            lower_first(&mut name);
        }
        // `"...," one supporter wrote. "...," tweeted another.`, `Protesters chanted ... Others
        // shouted`: more of whom the last speaker was one of.
        let others = doc.lower_is(p.start, |w| w == "others");
        if p.end == p.start + 1 && doc.lower_is(p.start, |w| words::is_elliptical(w) || w == "one")
        {
            // Someone described by a kind of person (`one user`, `a New Hampshire Republican`).
            let kind = |n: &str| {
                n.rsplit(' ')
                    .next()
                    .is_some_and(|w| words::is_party_member(w) || lower_is(w, words::is_role))
            };
            let last = cx.last_speaker.map(|e| self.list[e].name.as_str());
            if let Some(last) = last.filter(|n| kind(n)) {
                let head = match last.split_once(' ') {
                    Some((det, head))
                        if lower_is(det, |w| words::is_indefinite(w) || words::is_count(w)) =>
                    {
                        head
                    }
                    _ => last,
                };
                name = match (others, words::looks_plural(head)) {
                    (false, _) => format!("another {head}"),
                    (true, true) => format!("other {head}"),
                    (true, false) => format!("other {head}s"),
                };
            } else if let Some(g) = doc
                .lower_is(p.start, |w| w == "one" || w == "another")
                .then(|| self.recent_group(upto, block))
                .flatten()
            {
                // `Some commuters were less forgiving. "...," said one.`; `another` after
                // `one of the commuters`.
                let g = &self.list[g].name;
                let g = g.strip_prefix("one of the ").unwrap_or(g);
                let members = g.split_once(' ').map_or(g, |(det, rest)| {
                    if lower_is(det, |w| w == "the" || words::is_count(w)) {
                        rest
                    } else {
                        g
                    }
                });
                let mut members = members.to_string();
                // `Fans flooded the comments`: a common noun capitalised to open a sentence.
                if lower_is(
                    members.split(' ').next().unwrap_or_default(),
                    words::is_role,
                ) {
                    lower_first(&mut members);
                }
                let which = if doc.lower_is(p.start, |w| w == "one") {
                    "one"
                } else {
                    "another"
                };
                name = format!("{which} of the {members}");
            }
        }
        // `his wife`, `their lawyer`: someone unnamed, known by whose they are; a card that
        // says `his wife` tells the reader nothing.
        // A person goes by surname (`Trump's wife`), as news names them after first mention.
        // `candidate Gary Johnson's doctor`: from the owner's name on.
        let owned = (p.start + 1..p.end.saturating_sub(1))
            .find(|&k| doc.tokens[k].cap && possessive_base(doc.word(k)).is_some())
            .and_then(|k| Some((k, phrase::owner(doc, k, p.start)?)));
        if let Some((
            k,
            Phrase {
                head: Head::Name { name: (n0, _) },
                ..
            },
        )) = owned
        {
            let owner = possessive_base(doc.slice(n0, k + 1)).unwrap_or_default();
            name = format!("{owner}'s {}", doc.slice(k + 1, p.end));
        } else if let Some(owner) = self.possessor(doc, p, cx) {
            if let Some(spouse) = self.spouse_of(owner, &head) {
                return spouse;
            }
            let o = &self.list[owner];
            let by = match o.kind {
                SpeakerKind::Person => o.name.rsplit(' ').next().unwrap_or(&o.name),
                _ => &o.name,
            };
            name = format!("{by}'s {}", doc.slice(p.start + 1, p.end));
        }
        // `the Reyes campaign` is an organisation; `the spokesperson` someone unnamed.
        let kind = if org_noun && proper {
            SpeakerKind::Organisation
        } else {
            SpeakerKind::Unnamed
        };
        self.by_description(name, kind, p.start)
    }

    /// The group of people last described, unnamed, in the paragraph of mention `upto` (in
    /// `block`) or the two before (`Cyclists packed the gallery.`, then a quotation).
    fn recent_group(&self, upto: usize, block: u32) -> Option<usize> {
        self.mentions[..upto]
            .iter()
            .rev()
            .take(DESCRIPTION_REACH)
            .take_while(|m| m.block + 2 >= block)
            .map(|m| m.entity)
            .find(|&e| {
                let g = &self.list[e];
                g.kind == SpeakerKind::Unnamed && g.name.ends_with('s')
            })
    }

    /// `B.C.'s health minister says ...` ¶ `Health Minister Adrian Dix said`: a lede describes
    /// someone the next paragraphs name. A description of one person that no one before it
    /// answers names the first person introduced in the next two paragraphs with its role and
    /// the noun that narrows it (`health`; not `former`, which any role may take); a title
    /// that stands for the role (`Coun.`) needs no such noun.
    fn named_soon_after(&self, doc: &Doc, p: Phrase, head: &str, upto: usize) -> Option<usize> {
        if head.is_empty()
            || words::looks_plural(head)
            || !words::is_role(head)
            || words::is_institution(head)
            || words::is_document(head)
            || words::is_collective(head)
            || words::is_party_name(head)
        {
            return None;
        }
        // The noun that narrows the role, right before it (`health` in `the province's health
        // minister`, `budget` in `the parliamentary budget officer`); not an owner's word nor
        // one any role may take (`former`).
        let at = (p.start..p.end).rev().find(|&i| doc.is(i, head))?;
        let narrowing = at
            .checked_sub(1)
            .filter(|&i| {
                i >= p.start
                    && doc.is_word(i)
                    && !doc.tokens[i].cap
                    && possessive_base(doc.word(i)).is_none()
                    && age_word(doc.word(i)).is_none()
                    && !doc.lower_is(i, |w| {
                        words::is_function_word(w)
                            || words::is_article_or_possessive(w)
                            || words::is_indefinite(w)
                            || words::modifies_role(w)
                    })
            })
            .map(|i| doc.word(i));
        let block = doc.block[p.start];
        self.mentions[upto..]
            .iter()
            .take(DESCRIPTION_REACH)
            .take_while(|m| m.block <= block + 2)
            .find(|m| {
                let ent = &self.list[m.entity];
                m.intro
                    && ent.kind == SpeakerKind::Person
                    && ent.role.as_deref().is_some_and(|r| {
                        // An abbreviated title (`Coun.`) says nothing that narrows it.
                        role_says(r, head)
                            && (words::title_nouns(r).contains(&head)
                                || narrowing.is_none_or(|w| contains_ignore_case(r, w)))
                    })
            })
            .map(|m| m.entity)
    }

    /// The people (or organisations) `names` name, speaking together (`Reyes and Lee said`):
    /// one entity for them all, named by their names as the article gives them in full.
    pub(crate) fn group(&mut self, doc: &Doc, names: &[Phrase], cx: Context) -> Option<usize> {
        let members = names
            .iter()
            .map(|&n| self.resolve(doc, n, cx))
            .collect::<Option<Vec<_>>>()?;
        self.together(doc, &members, names.first()?.start, true)
    }

    /// Entities `members` as one speaker, mentioned at token `tok` as a subject (that `speaks`
    /// there), when each is someone and no one is listed twice.
    fn together(
        &mut self,
        doc: &Doc,
        members: &[usize],
        tok: usize,
        speaks: bool,
    ) -> Option<usize> {
        // Each someone: not a place (`Los Angeles and Seattle`), a person the article shows to
        // be one, or an organisation.
        let someone = |e: &Entity| {
            !e.place
                && (e.kind == SpeakerKind::Organisation
                    || e.kind == SpeakerKind::Person && (e.person || e.spoke))
        };
        let (last, rest) = members.split_last()?;
        let twice = members
            .iter()
            .enumerate()
            .any(|(i, e)| members[..i].contains(e));
        if rest.is_empty() || twice || !members.iter().all(|&e| someone(&self.list[e])) {
            return None;
        }
        // `A, B and C`, joined by hand: `[&str]::join` pulls a generic joiner into the widget.
        let mut name = String::new();
        for &e in rest {
            if !name.is_empty() {
                name.push_str(", ");
            }
            name.push_str(&self.list[e].name);
        }
        name.push_str(" and ");
        name.push_str(&self.list[*last].name);
        let pair = self.by_description(name, SpeakerKind::Group, tok);
        // A mention of the group as a subject who speaks, for a `they` after it.
        self.insert_mention(Mention::read(doc, tok, pair, true, speaks));
        Some(pair)
    }

    /// Adds mention `m` where text order puts it: the pronoun look-ups read mentions in order.
    fn insert_mention(&mut self, m: Mention) {
        let at = self.mentions.partition_point(|n| n.tok <= m.tok);
        self.mentions.insert(at, m);
    }

    /// The entity a wording makes of someone unnamed (`the spokesperson`, `the Reyes
    /// campaign`), first seen at token `at`: one per wording, found again by it.
    fn by_description(&mut self, name: String, kind: SpeakerKind, at: usize) -> usize {
        let key = format!("~{}", name.to_ascii_lowercase());
        if let Some(&e) = self.by_key.get(&key).and_then(|ids| ids.first()) {
            return e;
        }
        // `A spokesperson for the hospital said`, read as a sentence's subject up to its noun
        // and as a speaker in full: one person, known by the longer words.
        let start = format!("@{at}");
        let same_start = self.by_key.get(&start).and_then(|ids| ids.first()).copied();
        // Not `one of the residents` read again, after one of them spoke, as `another of the
        // residents`: someone else.
        if let Some(e) = same_start.filter(|&e| {
            self.list[e].kind == kind
                && self.list[e].name.split(' ').next() == name.split(' ').next()
        }) {
            if name.len() > self.list[e].name.len() {
                self.list[e].rename(name);
            }
            self.by_key.insert(key, vec![e]);
            return e;
        }
        self.list.push(Entity::named(name, kind));
        self.seen.push(Seen::new(at));
        let e = self.list.len() - 1;
        self.by_key.insert(key, vec![e]);
        self.by_key.insert(start, vec![e]);
        e
    }

    /// `Jean-Guy and Louise Tremblay` ... `his wife`: the person of the spouse's gender who
    /// shares the owner's surname, when the article names exactly one.
    fn spouse_of(&self, owner: usize, head: &str) -> Option<usize> {
        if !matches!(head, "wife" | "husband") {
            return None;
        }
        let gender = words::noun_gender(head);
        let o = &self.list[owner];
        let (_, surname) = o.name.rsplit_once(' ')?;
        let mut same = self.list.iter().enumerate().filter(|&(e, ent)| {
            e != owner
                && ent.kind == SpeakerKind::Person
                && ent.gender == gender
                && ent.name.rsplit_once(' ').is_some_and(|(_, s)| s == surname)
        });
        let (spouse, _) = same.next()?;
        same.next().is_none().then_some(spouse)
    }

    /// Whom the possessive pronoun opening description `p` stands for (`his` in `his wife`).
    fn possessor(&mut self, doc: &Doc, p: Phrase, cx: Context) -> Option<usize> {
        if p.end <= p.start + 1 {
            return None;
        }
        let pronoun = match doc.word(p.start).to_ascii_lowercase().as_str() {
            "his" => Pronoun::Gendered(Gender::Male),
            "her" => Pronoun::Gendered(Gender::Female),
            "their" | "its" => Pronoun::Plural,
            _ => return None,
        };
        self.resolve_pronoun(doc, p.start, pronoun, cx)
    }

    /// The organisation that acts in entity `e`'s name (`noun`: `campaign`), named as an
    /// article names it (`the Reyes campaign`, `Reyes's office`), one per owner and noun.
    pub(crate) fn organisation_of(&mut self, e: usize, noun: &str) -> usize {
        let owner = self.list[e].name.rsplit(' ').next().unwrap_or_default();
        let noun = noun.to_ascii_lowercase();
        let name = if words::is_owned_office(&noun) {
            format!("{owner}'s {noun}")
        } else {
            format!("{owner} {noun}")
        };
        let at = self.seen[e].last;
        self.by_description(name, SpeakerKind::Organisation, at)
    }

    /// Who wrote the document `p` names, as its own sentence says (`by`, `from`, a website's
    /// owner) or as the sentence that brought it in does ([`Entities::introducer`]).
    fn named_author(&mut self, doc: &Doc, p: Phrase) -> Option<usize> {
        self.by_or_from(doc, p.end)
            .or_else(|| self.introducer(doc, p))
    }

    /// The one a document that ends at token `end` is `by` or `from`, or whose website holds
    /// it, later in its sentence: a name, or an institution or people described (`a statement
    /// from the union`, `a letter signed by 60 doctors`).
    fn by_or_from(&mut self, doc: &Doc, end: usize) -> Option<usize> {
        let (_, send) = doc.sentence_of(end.min(doc.tokens.len() - 1));
        for t in end..send.min(end + 25) {
            if !doc.outside(t) {
                continue;
            }
            // Not `obtained by The Globe and Mail`: who got hold of it wrote nothing.
            let got = t > 0 && doc.lower_is(t - 1, words::gets_hold_of);
            let named = if (doc.is(t, "by") || doc.is(t, "from")) && !got {
                phrase::right(doc, t + 1, send)
            } else if doc.lower_is(t, words::is_proxy) {
                phrase::owner(doc, t - 1, end)
            } else {
                None
            };
            let someone = |n: &Phrase| match n.head {
                Head::Name { .. } => true,
                Head::Description => {
                    doc.lower_is(n.end - 1, |w| words::is_institution(w) || words::is_role(w))
                }
                Head::Pronoun(_) => false,
            };
            if let Some(n) = named.filter(someone) {
                return self.resolve(doc, n, Context::default());
            }
        }
        None
    }

    /// The author of document `p` as the mentions before it suggest.
    fn author_nearby(&mut self, doc: &Doc, p: Phrase, upto: usize) -> Option<usize> {
        // In the latest sentence about a document, the one who speaks in it, else the first
        // organisation or person named in it (`In a statement, the developer announced ... to
        // the council`: the developer). With no such sentence, whoever just announced
        // something (`the Republican Party of Wyoming announced ...` / `the release said`).
        let block = doc.block[p.start];
        // Within [`INTRODUCER_REACH`] tokens too, so that many documents in one long paragraph
        // keep the look-back linear.
        let lo = p.start.saturating_sub(INTRODUCER_REACH);
        let mut found: Option<(u32, usize, bool)> = None;
        let mut speaker: Option<usize> = None;
        // Whether the sentence last looked at is about a document (mentions come by sentence).
        let mut about: Option<(u32, bool)> = None;
        for m in self.mentions[..upto].iter().rev() {
            let sentence = doc.sentence[m.tok];
            if m.block + 4 < block || m.tok < lo || found.is_some_and(|(s, _, _)| s != sentence) {
                break;
            }
            let ent = &self.list[m.entity];
            if ent.place || !(ent.kind == SpeakerKind::Organisation || ent.person) {
                continue;
            }
            if m.speaks && m.block + 1 >= block {
                speaker.get_or_insert(m.entity);
            }
            let about_document = match about {
                Some((s, a)) if s == sentence => a,
                _ => {
                    let (s0, s1) = doc.sentence_of(m.tok);
                    let a = (s0.max(lo)..s1.min(p.end))
                        .any(|i| doc.outside(i) && doc.lower_is(i, words::is_document));
                    about = Some((sentence, a));
                    a
                }
            };
            if about_document && !found.is_some_and(|(_, _, speaks)| speaks && !m.speaks) {
                found = Some((sentence, m.entity, m.speaks));
            }
        }
        found.map(|(_, e, _)| e).or(speaker)
    }

    /// `Clinton's campaign sent out an email ...` / `the email said`: the subject of the
    /// sentence that brought the document in (`an email`) in the last few paragraphs (and
    /// [`INTRODUCER_REACH`] tokens, so that one long paragraph keeps the look-back linear), when
    /// that subject is someone (not itself a document: `A study by ... found`).
    fn introducer(&mut self, doc: &Doc, p: Phrase) -> Option<usize> {
        let noun = doc.word(p.end - 1);
        let first_block = (doc.block[p.start] as usize).saturating_sub(3);
        let lo = doc
            .block_tokens
            .get(first_block)?
            .0
            .max(p.start.saturating_sub(INTRODUCER_REACH));
        let k = (lo..p.start).rev().find(|&k| {
            doc.outside(k)
                && doc.word(k).eq_ignore_ascii_case(noun)
                && (k.saturating_sub(4)..k).any(|i| doc.lower_is(i, words::is_indefinite))
        })?;
        // `A letter signed by 60 doctors ...` / `the letter said`: its author, as given there.
        self.by_or_from(doc, k + 1)
            .or_else(|| self.introduced_by(doc, k))
    }

    /// The subject of the sentence of token `k`, a document brought in there, when that is
    /// someone.
    fn introduced_by(&mut self, doc: &Doc, k: usize) -> Option<usize> {
        let (s0, s1) = doc.sentence_of(k);
        // Read to the sentence's end: the subject may come after the document's phrase.
        let subject = subject::through_medium(doc, k, s0)
            .or_else(|| subject::sentence_subject(doc, s1 - 1, s0))?;
        let someone = match subject.head {
            Head::Name { .. } => true,
            Head::Description => !doc.lower_is(subject.end - 1, words::is_document),
            Head::Pronoun(_) => false,
        };
        // `Teens sleep less, according to a study`: a document the sentence cites is not its
        // subject's.
        let cited = (k.saturating_sub(4)..k).any(|i| doc.is(i, "according"));
        // `In a memo to staff, president Harley Finkelstein said`: a document in the opening
        // phrase before the subject is the subject's too.
        let opening = subject.start > k && doc.is(s0, "in");
        if !someone || cited || subject.end >= k && !opening {
            return None;
        }
        // `The team's owner, Terry Dillon, released a statement`: the name in apposition.
        let subject = match subject.head {
            Head::Description if subject::named_in_apposition(doc, subject.end, k) => {
                phrase::right(doc, subject.end + 1, k).unwrap_or(subject)
            }
            _ => subject,
        };
        // A name opening the sentence must be someone's (not `Democratic` of `Democratic
        // presidential candidate Bernie Sanders`).
        let e = self.resolve(doc, subject, Context::default())?;
        // `Clinton's campaign sent an email`: the campaign, as when it speaks itself.
        if let Some(noun) = phrase::owned_organisation(doc, subject) {
            return Some(self.organisation_of(e, doc.word(noun)));
        }
        let ent = &self.list[e];
        (!ent.place && (ent.person || ent.kind != SpeakerKind::Person)).then_some(e)
    }

    /// The person epithet `p` stands for: among the people named in the last few
    /// paragraphs, the nearest, as a subject rather than an object, the last speaker, the one
    /// whose age it gives; not one the article gives another gender, age or role, nor one the
    /// epithet itself names (`the Indiana governor` is not Indiana).
    fn in_focus(
        &self,
        doc: &Doc,
        p: Phrase,
        ep: &Epithet,
        last_speaker: Option<usize>,
    ) -> Option<usize> {
        let at = p.start;
        let words_of = format!(" {} ", doc.slice(p.start, p.end));
        // Whose the epithet's role is (`Okoro's assistant`), if a name's.
        let owner = possessive_base(doc.word(p.start));
        let upto = self.mentions.partition_point(|m| m.tok < at);
        let here = doc.sentence[at] as i64;
        let block = doc.block[at];
        let opens_paragraph = doc.sentence[doc.block_tokens[block as usize].0] as i64 == here;
        let mut best: Option<(f32, usize, u32)> = None;
        #[cfg(feature = "research")]
        let mut seen = Vec::new();
        let in_reach = || {
            self.mentions[..upto]
                .iter()
                .rev()
                .take(40)
                .take_while(move |m| m.block + 3 >= block)
        };
        // `For Maya Boudreau, the call came ...` / `"...," the singer said`: the one person
        // the article has named so far.
        // (Among the first few entities, to keep each look constant.)
        let only = ep.bare && {
            let mut people = (0..self.list.len().min(64))
                .filter(|&e| self.list[e].kind == SpeakerKind::Person && self.seen[e].first < at);
            people.next().is_some() && people.next().is_none()
        };
        // `the 64-year-old`: when someone in reach is known to be that age, it is one of them.
        let aged = ep
            .age
            .filter(|&a| in_reach().any(|m| self.list[m.entity].age == Some(a)));
        for m in in_reach() {
            let ent = &self.list[m.entity];
            if aged.is_some_and(|a| ent.age != Some(a)) {
                continue;
            }
            // Someone the article shows to be a person: a gender, role, age or given name, a
            // quotation, or a verb of saying just before.
            let person = ent.kind == SpeakerKind::Person
                && (ent.gender.is_some()
                    || ent.role.is_some()
                    || ent.age.is_some()
                    || ent.spoke
                    || ent.description.is_some()
                    || (m.speaks && here - (m.sentence as i64) <= 1)
                    || ent.given && ent.name.contains(' '));
            let differs = ep
                .gender
                .is_some_and(|g| ent.gender.is_some_and(|eg| eg != g))
                || ep.age.is_some_and(|a| ent.age.is_some_and(|b| a != b))
                || other_party(&ep.ties, &ent.affiliations);
            let tied = share_affiliation(&ep.ties, &ent.affiliations);
            // `the Conservative` alone: one the article gives that party.
            let same_party = ep.bare
                && ep
                    .ties
                    .iter()
                    .any(|t| words::is_party_name(t) && ent.affiliations.contains(t));
            // `the Indiana governor` is not Indiana: no one the epithet itself names.
            let (hay, name) = (words_of.as_bytes(), ent.name.as_bytes());
            let named_in_it = hay
                .windows(name.len() + 2)
                .any(|w| w[0] == b' ' && w[w.len() - 1] == b' ' && &w[1..w.len() - 1] == name);
            // `Okoro's assistant` is not Okoro.
            let owner = owner.is_some_and(|o| ent.name.split(' ').any(|w| w == o));
            if !person || ent.place || differs || named_in_it || owner {
                continue;
            }
            // `the Utah Republican`: a party's member by place is only one the article places
            // there, or the subject just before whom it places nowhere (of no other party:
            // `differs`); many people share a party.
            let subject_just_before = m.subject
                && here - (m.sentence as i64) <= 1
                && ent.affiliations.iter().all(|a| words::is_party_name(a))
                && ent.role.is_some();
            if words::is_party_name(&ep.head) && !tied && !subject_just_before && !same_party {
                continue;
            }
            if ep.affiliated
                && !tied
                && !(m.subject
                    && here - (m.sentence as i64) <= 1
                    && (words::is_party_name(&ep.head)
                        || ent
                            .role
                            .as_deref()
                            .is_none_or(|r| !role_clashes(r, &ep.head))))
            {
                continue;
            }
            // (`Rep. Tom Cole, ... who chairs the committee` is `the chairman` too.)
            let other_role = !ep.head.is_empty()
                && !ep.nation
                && ent
                    .role
                    .as_deref()
                    .is_some_and(|r| role_clashes(r, &ep.head))
                && !ent
                    .description
                    .as_deref()
                    .is_some_and(|d| describes_as(d, &ep.head));
            // `the former president` is not the sitting one.
            let other_role = other_role || ep.former && !ent.was_former();
            // A word that may qualify any role (`the veteran`) goes with any.
            let clashes = other_role && !words::modifies_role(&ep.head);
            // `the nominee` for one introduced as `Republican nominee Donald Trump`.
            let holds =
                !ep.head.is_empty() && !other_role && self.holds_role(m.entity, &ep.head, &ep.ties);
            // In the paragraph, or ending the one before when the epithet's sentence opens its
            // own (`Backlund scored twice.` ¶ `"...," the veteran said.`).
            let just_before = m.subject
                && m.sentence as i64 + 1 == here
                && (m.block == block
                    || opens_paragraph
                        && self.mentions[..upto]
                            .iter()
                            .rev()
                            .take_while(|o| o.block >= m.block)
                            .filter(|o| o.block == m.block)
                            .all(|o| o.entity == m.entity || !self.list[o.entity].is_someone()));
            if ep.bare && (clashes || !(just_before || only || same_party || holds)) {
                continue;
            }
            let same_age = ep.age.is_some() && ent.age == ep.age;
            let salience = m.candidate(here, last_speaker).score();
            #[cfg(feature = "research")]
            seen.push((
                m.entity,
                [
                    salience,
                    f32::from(same_age),
                    f32::from(tied),
                    f32::from(holds),
                    f32::from(other_role),
                ],
            ));
            let score = salience
                + SAME_AGE * f32::from(same_age)
                + SAME_AFFILIATION * f32::from(tied)
                + SAME_ROLE * f32::from(holds)
                + OTHER_ROLE * f32::from(other_role);
            // On a tie in one sentence, the earlier mention: the one the sentence is about.
            if best.is_none_or(|(b, _, sb)| score > b || (score == b && sb == m.sentence)) {
                best = Some((score, m.entity, m.sentence));
            }
        }
        #[cfg(feature = "research")]
        self.epithet_choices
            .borrow_mut()
            .push(crate::research::EpithetChoice {
                at: doc.tokens.get(at).map_or(0, |t| t.start as usize),
                candidates: seen,
            });
        best.map(|(_, e, _)| e)
    }
}

/// The institution a role opens with, when it names one (`Ontario Nurses' Association` of
/// `Ontario Nurses' Association president`, `Bank of Canada` of `Bank of Canada governor`): its
/// capitalised words up to the role's first lower-case or role word, ending in an
/// institution's head or with one before `of`.
fn org_in_role(role: &str) -> Option<&str> {
    let (mut end, mut count) = (0, 0);
    let (mut headed, mut before_of, mut of) = (false, false, false);
    for w in role.split(' ') {
        // `Heart and Stroke Foundation CEO`; `Minister of Health` opens with no institution. A
        // plural role is part of a name (`Public Employees`).
        let one_role = lower_is(w, |l| words::is_role(l) && !words::is_plural_role(l));
        if words::is_title(w) || one_role && !words::is_org_head(w) {
            break;
        }
        if w.starts_with(|c: char| c.is_ascii_uppercase()) {
            let w = w.strip_suffix('\'').unwrap_or(w);
            headed = words::is_org_head(w.strip_suffix('’').unwrap_or(w));
            before_of |= headed;
        } else if !matches!(w, "of" | "for" | "and") {
            break;
        } else if w == "of" {
            of = true;
        } else {
            before_of = false;
        }
        end += w.len() + 1;
        count += 1;
    }
    let run = role.get(..end.saturating_sub(1))?;
    (count > 1 && (headed || before_of && of)).then_some(run)
}

/// Whether the mention at `tok` is who was told (`told The Canadian Press`): a listener, not
/// what an institution's noun refers back to.
fn told(doc: &Doc, tok: usize) -> bool {
    let before = match tok.checked_sub(1) {
        Some(b) if doc.lower_is(b, |w| w == "the") => b.checked_sub(1),
        b => b,
    };
    before.is_some_and(|b| doc.lower_is(b, words::tells_listener))
}

/// `A neighbour who gave only her first name, Carla,`, `a man who identified himself as
/// Omar`, `one shopper, who asked that only her first name, Jen, be used`: the name given in
/// a relative clause on an indefinite description `p`, within a short reach of it.
fn self_named(doc: &Doc, p: Phrase) -> Option<Phrase> {
    if !doc.lower_is(p.start, words::is_indefinite) {
        return None;
    }
    let end = doc.sentence_of(p.start).1.min(p.end + 12);
    let who = (p.end..(p.end + 2).min(end)).find(|&i| doc.is(i, "who"))?;
    let by = (who + 1..end).find(|&i| {
        doc.lower_is(i, |w| {
            matches!(w, "name" | "himself" | "herself" | "themself")
        })
    })?;
    // `name, Carla,`, `himself as Omar`, `herself only as Jen`.
    let start = (by + 1..(by + 4).min(end))
        .find(|&i| !(doc.is_punct(i, ",") || doc.is(i, "as") || doc.is(i, "only")))?;
    if start == by + 1 {
        return None;
    }
    let n = phrase::right(doc, start, end)?;
    (matches!(n.head, Head::Name { .. }) && n.start == start).then_some(n)
}

/// What description `p` says of whom it describes: its head, the role it gives first (`the
/// Florida senator and Republican presidential candidate`: senator; `a spokesperson for the
/// association`: the noun before what it is placed at), or its party (`the Ohio Democrat`);
/// and the party and places that first role ties them to.
fn head_and_ties(doc: &Doc, p: Phrase) -> (String, Vec<String>) {
    let first_part = (p.start..p.end)
        .find(|&i| doc.lower_is(i, |w| matches!(w, "and" | "for" | "of" | "at" | "with")))
        .unwrap_or(p.end);
    // `A Superior Court of Ontario judge`: a role ending the phrase after an institution's
    // name with `of` in it heads it, when no lower-case role comes before.
    let last = p.end - 1;
    let role_last = (last >= first_part
        && !doc.tokens[last].cap
        && doc.is_role(last)
        && !(p.start..first_part).any(|i| !doc.tokens[i].cap && doc.is_role(i)))
    .then(|| doc.word(last).to_ascii_lowercase());
    let head = role_last
        .or_else(|| {
            (p.start..first_part)
                .rev()
                .map(|i| {
                    let w = doc.word(i);
                    possessive_base(w).unwrap_or(w).to_ascii_lowercase()
                })
                .find(|w| words::is_role(w) || words::is_institution(w))
        })
        .or_else(|| words::party(doc.word(last)).map(str::to_string))
        .or_else(|| {
            let word = doc.word(last);
            words::is_demonym(word).then(|| word.to_ascii_lowercase())
        })
        // `the retired neurosurgeon`: a noun no list knows heads the phrase it ends (an age
        // is no noun: `the 16-year-old`).
        .or_else(|| {
            let last = first_part.checked_sub(1).filter(|&l| l > p.start)?;
            let w = doc.lower(last).unwrap_or_default();
            (doc.is_word(last)
                && !doc.tokens[last].cap
                && !words::is_function_word(w)
                && age_word(w).is_none())
            .then(|| w.to_string())
        })
        .unwrap_or_default();
    // The first role's own: `the independent Vermont senator and Democratic presidential
    // candidate` is no Democrat senator.
    let ties = affiliations(
        &(p.start + 1..first_part)
            .map(|i| doc.word(i))
            .collect::<Vec<_>>(),
    );
    (head, ties)
}

/// Whether a role as the article gives it (`Sen.`, `Secretary of State`) says `head`, a
/// lower-case role noun: it holds the word or one English uses for it (`goaltender` for
/// `goalie`), or an abbreviated title that stands for it.
fn role_says(role: &str, head: &str) -> bool {
    describes_as(role, head)
        || role
            .split(' ')
            .any(|w| words::title_nouns(w).contains(&head))
}

/// The noun an unnamed speaker's description is headed by, lower case as descriptions are:
/// its last word before a preposition (`spokesperson` of `A spokesperson for the hospital`,
/// `mother` of `girl's mother`).
fn described_head(name: &str) -> &str {
    let mut head = "";
    for w in name.split(' ') {
        if matches!(w, "for" | "of" | "at" | "with" | "from" | "in") {
            break;
        }
        head = w;
    }
    head
}

/// Whether a description's `head` is some other role than `role`; a title alone (`Dr.`) names
/// no role another could clash with (`the epidemiologist`).
fn role_clashes(role: &str, head: &str) -> bool {
    !role_says(role, head) && !words::is_honorific(role)
}

/// Whether a role or description holds the role noun `head` or one of its synonyms.
fn describes_as(text: &str, head: &str) -> bool {
    contains_ignore_case(text, head)
        || words::role_synonyms(head)
            .iter()
            .any(|other| contains_ignore_case(text, other))
}

/// Where a run of lower-case role words right before `start` begins (`beat goaltender`,
/// `from team captain`): singular roles of one person and the words that qualify them, no
/// kinship noun (`her son Kody Cook` names no role) and no institution (`the group NARAL`).
/// `start` itself when there is none.
fn lower_role_before(doc: &Doc, start: usize) -> usize {
    let fits = |i: usize| {
        doc.is_word(i)
            && !doc.tokens[i].cap
            && doc.outside(i)
            && doc.sentence[i] == doc.sentence[start]
            && doc.lower_is(i, |w| {
                (words::is_role(w) || words::modifies_role(w))
                    && !words::is_relation(w)
                    && !words::is_institution(w)
                    && !words::is_collective(w)
                    && !words::looks_plural(w)
            })
    };
    // (`former President Donald Trump`: a word that makes part of a role before a title.)
    let titled =
        |b: usize| words::is_title(doc.word(b + 1)) && doc.lower_is(b, words::modifies_role);
    if start == 0 || !fits(start - 1) || !(doc.is_role(start - 1) || titled(start - 1)) {
        return start;
    }
    (start.saturating_sub(3)..start)
        .rev()
        .take_while(|&i| fits(i))
        .last()
        .unwrap_or(start)
}

/// The family name in a name: its last word with a particle before it (`Van Dyke`), not a
/// suffix (`Jr.`); a surname alone is one.
fn family_of(name: &str) -> Option<&str> {
    let name = (name
        .strip_suffix(" Jr.")
        .or_else(|| name.strip_suffix(" Sr.")))
    .unwrap_or(name);
    let Some((lead, last)) = name.rsplit_once(' ') else {
        return Some(name);
    };
    match lead.rsplit_once(' ') {
        Some((_, w)) if lower_is(w, words::is_name_particle) => name.get(lead.len() - w.len()..),
        _ => Some(last),
    }
}

/// `Jean-Guy and Louise Tremblay`, `brothers Tom and Joe Park`: a lone given name joined by
/// `and` to a given name and surname shares that surname; the full name it makes.
fn shared_surname(doc: &Doc, name: (usize, usize)) -> Option<String> {
    let (g, e) = name;
    if e != g + 1 || !doc.is_given_name(g) || !doc.is(e, "and") || !doc.is_given_name(e + 1) {
        return None;
    }
    let p = phrase::right(doc, e + 1, doc.sentence_of(e).1)?;
    match p.head {
        Head::Name { name: (s, t) } if s == e + 1 && t >= s + 2 && !doc.is_given_name(t - 1) => {
            Some(format!(
                "{} {}",
                clean(doc.word(g)),
                clean(doc.slice(s + 1, t))
            ))
        }
        _ => None,
    }
}

/// The age in a word such as `39-year-old`.
fn age_word(word: &str) -> Option<u32> {
    word.strip_suffix("-year-old")?.parse().ok()
}

/// The gender a title among tokens `[s, e)` gives (`Mr.`, `Ms.`, `Congresswoman`).
fn title_gender(doc: &Doc, s: usize, e: usize) -> Option<Gender> {
    (s..e).find_map(|i| words::title_gender(doc.word(i)))
}

/// What an epithet says of the person it stands for.
struct Epithet {
    /// The role word (`senator`), or empty for an age alone (`the 46-year-old`).
    head: String,
    age: Option<u32>,
    gender: Option<Gender>,
    /// The party and places it gives (`the Ohio Democrat`).
    ties: Vec<String>,
    /// A role with an affiliation only (`the Bruins captain`): it may be someone new, so it
    /// stands only for the subject of its sentence or the one before, with no other role.
    affiliated: bool,
    /// A role alone (`the veteran`, `the goalie`): it may be someone new, so it stands only
    /// for the subject of the sentence just before in its paragraph (`Berg, who had two
    /// assists, shared the credit. "...," the veteran said.`), or for the one person named
    /// before it, with no other role.
    bare: bool,
    /// A noun for one of a nation or a party (`the Swede`, `the Conservative`): a role of any
    /// sort goes with it.
    nation: bool,
    /// `the former president`: not one the article gives the office without `former`.
    former: bool,
}

/// `the 39-year-old founder`, `the cautious candidate`, `the Florida senator`, `the president`:
/// a definite description of one person by age, by what they are like, or by an office one
/// person holds, stands for someone the article has named. `the spokesperson`, `the Vatican
/// spokesman` (an affiliation) and `the second official` may well be someone new.
fn epithet(doc: &Doc, p: Phrase, head: &str, ties: Vec<String>) -> Option<Epithet> {
    // `Obama's former campaign strategist`: a name's possessive is an affiliation, as in `the
    // Obama strategist`.
    let owned = p.end > p.start + 1
        && doc.tokens[p.start].cap
        && possessive_base(doc.word(p.start)).is_some();
    if !(doc.is(p.start, "the") || owned) || words::is_institution(head) {
        return None;
    }
    let words: Vec<&str> = (p.start + 1..p.end).map(|i| doc.word(i)).collect();
    let age = words.iter().find_map(|w| age_word(w));
    if words::looks_plural(head) || (head.is_empty() && age.is_none()) {
        return None;
    }
    let modifiers = &words[..words.len().saturating_sub(1)];
    let another = modifiers.iter().any(|w| {
        matches!(
            *w,
            "first" | "second" | "third" | "other" | "another" | "new" | "unnamed" | "anonymous"
        )
    });
    // Words that say what they are like; not an owner (`the company's CEO` may be anyone).
    let described = modifiers.iter().any(|w| {
        w.chars().next().is_some_and(char::is_lowercase)
            && !words::is_institution(w)
            && possessive_base(w).is_none()
    });
    // An office one person holds; not one an owner gives (`the association's president`
    // is no head of state).
    let office = matches!(
        head,
        "president"
            | "premier"
            | "mayor"
            | "governor"
            | "senator"
            | "congressman"
            | "congresswoman"
            | "candidate"
            | "chancellor"
    ) && !modifiers.iter().any(|w| possessive_base(w).is_some());
    let affiliated = owned
        || !modifiers.is_empty()
            && modifiers
                .iter()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    let described = described && !owned;
    let affiliated =
        affiliated && !(described || age.is_some() || office) && !words::is_relation(head);
    // `the Texan`, `the Conservative`: one of a nation or a party, whom salience and the
    // affiliation the article gives pick out.
    let nation =
        words::is_demonym(doc.word(p.end - 1)) || words::is_party_member(doc.word(p.end - 1));
    let bare = modifiers.is_empty()
        && !office
        && (words::is_role(head) || nation)
        && !words::is_collective(head)
        && !words::is_document(head);
    ((described || age.is_some() || office || affiliated || bare) && !another).then(|| Epithet {
        head: head.to_string(),
        age,
        gender: words::noun_gender(head),
        ties,
        affiliated,
        bare,
        nation,
        former: modifiers.contains(&"former"),
    })
}

/// `Kowalski said the family would ask the city. ¶ "...," she said`: the pronoun of the cue
/// right after a quotation that opens the sentence after the one of token `from`.
fn next_cue_pronoun(doc: &Doc, from: usize) -> Option<Gender> {
    let (_, send) = doc.sentence_of(from.min(doc.tokens.len().checked_sub(1)?));
    let i = (send..(send + 3).min(doc.tokens.len()))
        .find(|&i| doc.tokens[i].kind != TokenKind::Break)?;
    let q = doc.in_quote[i]? as usize;
    let (qs, qe) = doc.quote_tokens[q];
    let word = doc.lower(qe)?;
    let says = doc.verb(qe + 1).is_some_and(|v| v.form == Form::Finite);
    (qs == i && says && matches!(word, "he" | "she"))
        .then(|| words::gender_evidence(word))
        .flatten()
}

/// The first gendered pronoun after a name in its sentence, before any other capitalised word
/// (`Smith said his ...`), or opening the next sentence (`Smith left. She ...`).
fn pronoun_after(doc: &Doc, from: usize) -> Option<Gender> {
    let end = (from + 16).min(doc.tokens.len());
    let sentence = doc.sentence.get(from).copied()?;
    for i in from..end {
        if !doc.outside(i) || doc.tokens[i].kind == TokenKind::Break {
            return None;
        }
        let word = doc.lower(i).unwrap_or("");
        let g = words::gender_evidence(word);
        if doc.sentence[i] != sentence {
            return g.filter(|_| doc.sentence_of(i).0 == i && matches!(word, "he" | "she"));
        }
        if g.is_some() {
            return g;
        }
        // Another name may be who the pronoun is; a capitalised common word is not.
        if doc.tokens[i].cap && !words::is_not_name(doc.word(i)) {
            return None;
        }
    }
    None
}

/// Whether a finite verb of saying follows token `from` in its sentence (ending at `send`),
/// before any quotation.
fn says_later(doc: &Doc, from: usize, send: usize) -> bool {
    (from..send.min(from + 30))
        .take_while(|&i| doc.outside(i))
        .any(|i| {
            // `Voltera hopes to begin ...`: a verb of a view before `to` reports no words.
            doc.verb(i).is_some_and(|v| {
                v.form == Form::Finite && !(v.strength == Strength::Weak && doc.is(i + 1, "to"))
            })
        })
}

/// A word after which a name is an object, not a speaker.
fn is_object_marker(doc: &Doc, i: usize) -> bool {
    doc.lower_is(i, |w| {
        matches!(
            w,
            "to" | "with"
                | "by"
                | "for"
                | "about"
                | "from"
                | "against"
                | "including"
                | "of"
                | "tell"
                | "told"
                | "asked"
                | "ask"
                | "thanked"
                | "accused"
                | "accusing"
                | "met"
                | "meet"
                | "than"
                | "like"
                | "and"
                | "or"
                | "on"
                | "at"
                | "in"
        )
    })
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
    // A party tag first (`Allard, D-Calif., the incoming chairwoman`): the description follows.
    if words::is_party_tag(first) && doc.is_punct(after + 2, ",") {
        return apposition(doc, after + 2, ent);
    }
    // `, a spokeswoman for ...`, and with no article, a role (`, president of the union,`,
    // `, executive director of the group,`).
    let article = matches!(first, "a" | "an" | "the");
    let role = !doc.lower_is(after + 1, words::is_function_word)
        && (after + 1..(after + 4).min(send))
            .take_while(|&i| doc.is_word(i) && !doc.tokens[i].cap)
            .any(|i| doc.lower_is(i, |w| words::is_role(w) && !words::is_document(w)));
    if !(article || role && !doc.tokens[after + 1].cap) || ent.kind != SpeakerKind::Person {
        return;
    }
    // The description runs to the comma before a verb or a lower-case word (`Yuni, a resident
    // of Lampung in Sumatra, was watching`), or the sentence end.
    let mut end = after + 1;
    let mut last_comma = None;
    let mut clause = false;
    while end < send && end < after + 30 && doc.outside(end) {
        if doc.verb(end).is_some() {
            break;
        }
        if doc.is_punct(end, ",") {
            last_comma = Some(end);
            let next = doc.tokens.get(end + 1);
            if next.is_some_and(|t| t.kind == TokenKind::Word && !t.cap) {
                clause = true;
                break;
            }
        }
        end += 1;
    }
    // `According to Moore, the budget "hides the cuts"`: words running into a quotation with no
    // comma to close them are the sentence's subject, not an apposition.
    let into_quote = end < send && !doc.outside(end) && last_comma.is_none();
    let stop = if clause || doc.verbs.get(end).copied().flatten().is_some() {
        last_comma
    } else {
        Some(end).filter(|_| !into_quote)
    };
    let Some(stop) = stop.filter(|&s| s > after + 2) else {
        return;
    };
    let desc = doc
        .slice(after + 1, stop)
        .trim_end_matches([',', '.'])
        .to_string();
    if ent.gender.is_none() {
        // The description's nouns (`the incoming chairwoman of ...`) up to `of`, `at`, `for`.
        ent.gender = (after + 1..stop)
            .map(|i| doc.word(i))
            .take_while(|w| !matches!(*w, "of" | "at" | "for" | "in" | "with" | "who" | "that"))
            .find_map(|w| words::noun_gender(&w.to_ascii_lowercase()));
    }
    if ent.age.is_none() {
        ent.age = desc
            .split(['-', ' '])
            .zip(desc.split(['-', ' ']).skip(1))
            .find(|(_, w)| *w == "year")
            .and_then(|(n, _)| n.parse().ok());
    }
    tie(
        ent,
        affiliations(
            &desc
                .split(' ')
                .skip(usize::from(article))
                .collect::<Vec<_>>(),
        ),
    );
    ent.description.get_or_insert(desc);
}

/// A description or group that opened a sentence, as a card writes it in a sentence of its own
/// (`a witness`, `one of the fans`): its first letter in lower case, when ASCII (as the word
/// lists are).
fn lower_first(s: &mut str) {
    if let Some(first) = s.get_mut(..1) {
        first.make_ascii_lowercase();
    }
}

/// `The board's chair, Maria Gomez, said`, `Her lawyer, Michael Tse, said`, `survived by a
/// daughter, Anne Lowe,`: a description in apposition before the name from `start` to `end`
/// describes them.
fn fronted_apposition(doc: &Doc, start: usize, end: usize, ent: &mut Entity) {
    if ent.description.is_some()
        || ent.kind != SpeakerKind::Person
        || start < 2
        || !doc.is_punct(start - 1, ",")
    {
        return;
    }
    // Closed by a comma, or closing an inverted cue (`said the company's operations manager,
    // Ravi Singh.`).
    let (s0, s1) = doc.sentence_of(start);
    let comma = doc.is_punct(end, ",");
    if !(comma || end + 1 >= s1 || doc.is_punct(end, ".")) {
        return;
    }
    let Some(d) = phrase::left(doc, start - 1, s0) else {
        return;
    };
    if !(comma || d.start > s0 && doc.verb(d.start - 1).is_some()) {
        return;
    }
    // Opening the sentence, or after a verb or preposition with an article or possessive
    // (`survived by a daughter, Anne Lowe,`, `called his lawyer, Jo Park,`).
    let opens = d.start == s0
        || d.start > s0
            && doc.lower_is(d.start, words::is_article_or_possessive)
            && doc.is_word(d.start - 1);
    if d.head != Head::Description || !opens {
        return;
    }
    let desc = doc.slice(d.start, d.end);
    let desc = match desc.split_once(' ') {
        Some((first, rest))
            if lower_is(first, |w| {
                words::is_article_or_possessive(w) || words::is_indefinite(w)
            }) =>
        {
            format!("{} {rest}", first.to_ascii_lowercase())
        }
        _ => desc.to_string(),
    };
    ent.description = Some(desc);
}

/// Adds the affiliations `found` to entity `ent`'s, each once.
fn tie(ent: &mut Entity, found: Vec<String>) {
    for a in found {
        if !ent.affiliations.contains(&a) {
            ent.affiliations.push(a);
        }
    }
}

/// Whether two lists of affiliations share a place (`ky` is `kentucky`). A party is shared by
/// too many to tell people apart: it only rules out (see [`other_party`]).
fn share_affiliation(a: &[String], b: &[String]) -> bool {
    a.iter().filter(|x| !words::is_party_name(x)).any(|x| {
        b.iter()
            .any(|y| words::abbreviates(x, y) || words::abbreviates(y, x))
    })
}

/// Whether two lists of affiliations both give a party, and no party in common.
fn other_party(a: &[String], b: &[String]) -> bool {
    let parties = |l: &[String]| l.iter().filter(|x| words::is_party_name(x)).count();
    parties(a) > 0
        && parties(b) > 0
        && !a
            .iter()
            .any(|x| words::is_party_name(x) && b.iter().any(|y| y == x))
}

/// The parties and places among `words` (`Ohio Sen.`, `a Democrat from New York`): a party's
/// label as its party, a run of other capitalised words (not a title or role) as one place.
#[inline(never)]
fn affiliations(words: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut run = String::new();
    let close = |run: &mut String, out: &mut Vec<String>| {
        if !run.is_empty() && !out.contains(run) {
            out.push(std::mem::take(run));
        }
        run.clear();
    };
    for w in words {
        let w = w.trim_end_matches([',', '.']);
        let lower = w.to_ascii_lowercase();
        let place_word = w.starts_with(|c: char| c.is_uppercase())
            && !matches!(w, "The" | "A" | "An")
            && !words::is_title(w)
            && !words::is_role(&lower)
            && !words::is_org_head(w)
            && possessive_base(w).is_none();
        if let Some(party) = words::party(w) {
            close(&mut run, &mut out);
            if !out.iter().any(|a| a == party) {
                out.push(party.to_string());
            }
        } else if place_word {
            if !run.is_empty() {
                run.push(' ');
            }
            run.push_str(&lower);
        } else {
            close(&mut run, &mut out);
        }
    }
    close(&mut run, &mut out);
    out
}

/// The parties and places in the words before a name (tokens `[start, name)`) and in the
/// role words just before those (`Republican presidential candidate Jo Park`, whose phrase
/// starts at `Jo`).
#[inline(never)]
fn affiliations_before(doc: &Doc, start: usize, name: usize) -> Vec<String> {
    let (s0, _) = doc.sentence_of(start);
    let mut lo = start;
    while lo > s0
        && start - lo < 5
        && doc.is_word(lo - 1)
        && doc.outside(lo - 1)
        && doc.verb(lo - 1).is_none()
        && (doc.tokens[lo - 1].cap
            || doc.lower_is(lo - 1, |w| words::is_role(w) || words::modifies_role(w)))
    {
        lo -= 1;
    }
    // Capitalised words alone before the name are its own (`Ohio` of `Ohio Sen.`) only within
    // the phrase; before it, a role word must tie them to the name.
    if lo < start && !doc.is_role(start - 1) {
        lo = start;
    }
    affiliations(&(lo..name).map(|i| doc.word(i)).collect::<Vec<_>>())
}

/// The party and place right after a name: a legislator's tag (`Jo Park (D-Ohio)`, `Park,
/// R-N.Y.,`) or where they are from (`Sen. Jo Park of Ohio`).
#[inline(never)]
fn affiliations_after(doc: &Doc, after: usize) -> Vec<String> {
    if doc.is(after, "of") || doc.is(after, "from") {
        let (_, send) = doc.sentence_of(after);
        let end = (after + 1..send.min(after + 5))
            .find(|&i| !(doc.is_word(i) && (doc.tokens[i].cap || doc.is(i, "the"))))
            .unwrap_or(send.min(after + 5));
        return affiliations(&(after + 1..end).map(|i| doc.word(i)).collect::<Vec<_>>());
    }
    party_tag_after(doc, after).map_or_else(Vec::new, Vec::from)
}

/// The party and state letters of a legislator's tag after a name.
#[inline(never)]
fn party_tag_after(doc: &Doc, after: usize) -> Option<[String; 2]> {
    let k = after + usize::from(doc.is_punct(after, "(") || doc.is_punct(after, ","));
    if k >= doc.tokens.len() {
        return None;
    }
    let (party, state) = words::party_tag(doc.word(k))?;
    let mut letters: String = state.chars().filter(|c| *c != '.').collect();
    // `D-N.Y.` may come as `D-N`, `.`, `Y`, `.`.
    for j in k + 1..(k + 5).min(doc.tokens.len()) {
        let w = doc.word(j);
        if doc.is_punct(j, ".") {
            continue;
        }
        if w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase()) {
            letters.push_str(w);
        } else {
            break;
        }
    }
    Some([party.to_string(), letters.to_ascii_lowercase()])
}

/// `Lee scored his first goal`: a verb in the past or present right after the word at
/// `after - 1`, then within a few words `his` or `her` (what one does to one's own): the word
/// is someone's name. Not a participle (`Reprising one of her lines`) or a party's label.
#[inline(never)]
fn acts_on_own(doc: &Doc, after: usize) -> bool {
    let word = doc.word(after - 1);
    let next = doc.word(after);
    let verb = doc.is_word(after)
        && !doc.tokens[after].cap
        && (next.ends_with("ed") || next.ends_with('s') && !next.ends_with("ss"))
        && !word.ends_with("ing")
        && !words::is_party_label(word)
        && !doc.lower_is(after, |w| {
            words::is_function_word(w)
                || words::is_article_or_possessive(w)
                || words::is_role(w)
                || words::modifies_role(w)
        });
    verb && (after + 1..(after + 4).min(doc.tokens.len()))
        .take_while(|&i| doc.is_word(i) && !doc.tokens[i].cap)
        .any(|i| doc.is(i, "his") || doc.is(i, "her"))
}

/// `Yuni, a resident of Lampung,`: an apposition whose head is a person's role or age.
fn described_as_person(doc: &Doc, after: usize) -> bool {
    if !doc.is_punct(after, ",") || after + 1 >= doc.tokens.len() {
        return false;
    }
    if !matches!(doc.word(after + 1), "a" | "an") {
        return false;
    }
    (after + 2..(after + 8).min(doc.tokens.len()))
        .take_while(|&i| doc.outside(i) && !doc.is_punct(i, ",") && !doc.tokens[i].cap)
        .any(|i| {
            let w = doc.word(i).to_ascii_lowercase();
            words::is_role(&w) || w.ends_with("-year-old")
        })
}

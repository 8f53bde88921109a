//! Reading the noun phrase that names a speaker, from either side of a verb.
//!
//! A phrase is a pronoun (`he`), a name with the titles before it (`White House Press Secretary
//! Jen Psaki`, `Carolina coach Rod Brind'Amour`, `the Kremlin`) or a description (`the
//! spokesperson`, `police`, `a spokesperson for the ministry`).

use crate::doc::{possessive_base, Doc};
use crate::lexicon::lower_is;
use crate::lexicon::words::{self, Pronoun};
use crate::tokens::TokenKind;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Head {
    Pronoun(Pronoun),
    /// `name` is the token range of the name proper, without titles.
    Name {
        name: (usize, usize),
    },
    /// A description with no name.
    Description,
}

/// A speaker phrase: token range `[start, end)` and what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Phrase {
    pub start: usize,
    pub end: usize,
    pub head: Head,
}

fn is_determiner(doc: &Doc, i: usize) -> bool {
    doc.lower_is(i, |w| {
        (words::is_article_or_possessive(w) && !matches!(w, "my" | "your"))
            || words::is_count(w)
            || w == "one"
            || w == "another"
    }) || is_number(doc, i)
}

/// `63 percent`, `31%`: where a share of people that ends at token `i` starts.
pub(crate) fn share_start(doc: &Doc, i: usize) -> Option<usize> {
    let number = i.checked_sub(1)?;
    (doc.word(number).bytes().all(|b| b.is_ascii_digit())
        && doc.is_word(number)
        && (doc.is(i, "percent") || doc.is_punct(i, "%")))
    .then_some(number)
}

/// What opens a description of someone unnamed: an indefinite article, `the`, or a count
/// (`a`, `the`, `several`, `60`).
fn opens_description(doc: &Doc, i: usize) -> bool {
    doc.lower_is(i, |w| {
        w == "the" || words::is_indefinite(w) || words::is_count(w)
    }) || is_number(doc, i)
}

/// A number in figures before a lower-case word (`60 doctors`; not `2016 Smith`).
fn is_number(doc: &Doc, i: usize) -> bool {
    doc.is_word(i)
        && doc.word(i).bytes().all(|b| b.is_ascii_digit())
        && doc.is_word(i + 1)
        && !doc.tokens[i + 1].cap
}

/// A capitalised word that can be part of a name or title.
fn is_name_word(doc: &Doc, i: usize) -> bool {
    doc.name_word(i, || decide_name_word(doc, i))
}

fn decide_name_word(doc: &Doc, i: usize) -> bool {
    let t = doc.tokens[i];
    t.kind == TokenKind::Word
        && (t.cap || particle_name(doc.word(i)))
        && doc.outside(i)
        && doc.verb(i).is_none_or(|_| words::is_title(doc.word(i)))
        && (!words::is_not_name(doc.word(i))
            || is_given_name_before_name(doc, i)
            || is_surname_after_given_name(doc, i)
            || is_known_surname_as_subject(doc, i)
            || is_inside_name(doc, i)
            || opens_place_name(doc, i))
        && !is_shouted(doc.word(i))
        && !is_lead_in(doc, i)
        // `Here's Clinton in 1992:`: a contracted `is`.
        && !possessive_base(doc.word(i)).is_some_and(|b| lower_is(b, words::takes_contraction))
        // `Rep. Dana Whitlock, R-Texas, the chairwoman, said`: a party tag names no one.
        && !words::is_party_tag(doc.word(i))
}

/// `an-Nahda`, `al-Sadr`: a name written with its article joined on in lower case.
fn particle_name(w: &str) -> bool {
    crate::lexicon::at_hyphen(w).is_some_and(|(article, rest)| {
        words::is_joined_article(article) && rest.starts_with(|c: char| c.is_uppercase())
    })
}

/// `AS Opposition Leader Bill Shorten said`: a paragraph's first word set in capitals, as some
/// papers open a story, that is a function word in lower case is no part of a name.
fn is_lead_in(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i);
    doc.block_tokens[doc.block[i] as usize].0 == i
        && w.len() > 1
        && !w.chars().any(|c| c.is_lowercase())
        && doc.lower_is(i, words::is_function_word)
}

/// `New York`, `Los Angeles`, `El Paso`: a word that opens a place's name when a capitalised
/// word follows it (alone, `New` is an adjective opening a sentence: `New research shows`).
pub(crate) fn opens_place_name(doc: &Doc, i: usize) -> bool {
    words::is_place_opener(doc.word(i))
        && doc.tokens.get(i + 1).is_some_and(|t| {
            t.kind == TokenKind::Word && t.cap && !words::is_not_name(doc.word(i + 1))
        })
}

/// `Will Young`, `April Smith`: a word that is usually no name (a modal, a month) is a given
/// name when a capitalised surname follows it; so is an honorific without its full stop, as
/// British and Australian papers write it (`Ms Holt`), a title.
fn is_given_name_before_name(doc: &Doc, i: usize) -> bool {
    (doc.is_given_name(i) || words::is_honorific(doc.word(i)))
        && doc
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && t.cap)
        && !words::is_not_name(doc.word(i + 1))
        && doc.verb(i + 1).is_none()
}

/// `Michael Every said`: a word that is usually no name is a surname after a given name, when
/// no lower-case word follows it (that would make it the start of a phrase: `Every day`).
fn is_surname_after_given_name(doc: &Doc, i: usize) -> bool {
    i > 0
        && doc.tokens[i - 1].kind == TokenKind::Word
        && doc.is_given_name(i - 1)
        && doc
            .tokens
            .get(i + 1)
            .is_none_or(|t| t.kind != TokenKind::Word || t.cap || doc.verb(i + 1).is_some())
}

/// `said Judicial Watch President Tom Fitton`: outside a headline, a word that is usually no
/// name is part of one between two capitalised words that may be names, after a lower-case
/// word (not opening a sentence, where `Today Trump ...` begins a headline-like line).
fn is_inside_name(doc: &Doc, i: usize) -> bool {
    let name_like = |k: usize| {
        doc.tokens[k].kind == TokenKind::Word
            && doc.tokens[k].cap
            && doc.block[k] == doc.block[i]
            && !words::is_not_name(doc.word(k))
    };
    i >= 2
        && i + 1 < doc.tokens.len()
        && !doc.headline[doc.block[i] as usize]
        && name_like(i - 1)
        && name_like(i + 1)
        && doc.is_word(i - 2)
        && !doc.tokens[i - 2].cap
}

/// `West landed a sharp dig`, `Will described Trump as`: a word that is usually no name is a
/// surname the article gives after a given name elsewhere (`Cornel West`, `George Will`), when
/// a lower-case word that is no function word follows it, as a verb follows its subject.
fn is_known_surname_as_subject(doc: &Doc, i: usize) -> bool {
    doc.tokens
        .get(i + 1)
        .is_some_and(|t| t.kind == TokenKind::Word && !t.cap)
        && (!doc.lower_is(i + 1, words::is_function_word) || doc.verb(i + 1).is_some())
        && doc.surname_in_body(doc.word(i))
}

/// A long word in capitals is a label (`ANALYST'S VIEWPOINT:`), not a name; short ones are
/// acronyms (`RCMP`, `NATO`).
fn is_shouted(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() > 5
        && !word.chars().any(|c| c.is_lowercase())
}

fn is_role_word(doc: &Doc, i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Word
        && doc.outside(i)
        && (doc.lower_is(i, |w| {
            // `the mayor's office`: a role owning what speaks for it.
            words::is_role(possessive_base(w).unwrap_or(w)) || w.ends_with("-old")
        })
            // `the port authority`, `the union`: an institution described, not named.
            || !doc.tokens[i].cap && doc.lower_is(i, words::is_institution))
}

/// Whether a token can stand inside a name run: a name word, a particle between name words,
/// `of` in a title (`Secretary of State`), a role word (`coach`).
fn in_run(doc: &Doc, i: usize, lo: usize, hi: usize) -> bool {
    if is_name_word(doc, i) {
        return true;
    }
    if is_role_word(doc, i) {
        // `Mary Eke chairs the board`, `Lee coaches the team`: a plural role after a name and
        // before an article is the verb of a sentence (not `Sanders supporters chanted`).
        let verb = i > lo
            && !doc.tokens[i].cap
            && words::looks_plural(doc.word(i))
            && is_name_word(doc, i - 1)
            && i + 1 < hi
            && doc.lower_is(i + 1, words::is_article_or_possessive);
        return !verb;
    }
    let w = doc.word(i);
    // Whether capitalised words after `i` go on, within `reach`, to an institution's noun.
    let org_head_ahead = |reach: usize| {
        (i + 1..(i + reach).min(hi))
            .take_while(|&k| is_name_word(doc, k))
            .any(|k| words::is_org_head(doc.word(k)))
    };
    // `the National Farmers' Union`: a plural's apostrophe inside an organisation's name.
    if matches!(w, "'" | "’") && i > lo && doc.outside(i) {
        return doc.word(i - 1).ends_with('s') && is_name_word(doc, i - 1) && org_head_ahead(4);
    }
    if words::is_name_particle(w) {
        // `Ben van der Pluijm`: up to two particles between name words.
        let particle = |j: usize| j >= lo && j < hi && words::is_name_particle(doc.word(j));
        let before = (1..=2).find(|&k| i >= lo + k && !particle(i - k));
        let after = (1..=2).find(|&k| !particle(i + k));
        // `according to de Volkskrant`: or opening the name.
        let opens = (i == lo || !is_name_word(doc, i - 1)) && words::is_leading_particle(w);
        return (opens || before.is_some_and(|k| is_name_word(doc, i - k)))
            && after.is_some_and(|k| i + k < hi && is_name_word(doc, i + k));
    }
    let between = i > lo && i + 1 < hi && is_name_word(doc, i - 1) && is_name_word(doc, i + 1);
    // `the Truth and Reconciliation Commission`: `and` inside an organisation's name, whose
    // capitalised words go on to an institution's noun.
    let in_org_name = || org_head_ahead(5);
    // `the Committee on Intelligence and Security`: `and` in what an institution is of, on or
    // for, before no person's name or title.
    let in_org_complement = || {
        !doc.is_given_name(i + 1)
            && !words::is_title(doc.word(i + 1))
            && (lo + 1..i)
                .rev()
                .take_while(|&k| is_name_word(doc, k) || org_particle(doc, k))
                .any(|k| org_particle(doc, k))
    };
    // `Peter T. King of New York`: where someone is from is no part of their name.
    between
        && (w == "&"
            || (w == "of" && !opens_place_name(doc, i + 1))
            || org_particle(doc, i)
            || (w == "and" && (in_org_name() || in_org_complement())))
}

/// `of`, `on` or `for` after a word that heads an institution's name (`the Committee on
/// Foreign Relations`, `the Bank of New York`): part of the name.
fn org_particle(doc: &Doc, i: usize) -> bool {
    i > 0 && matches!(doc.word(i), "of" | "on" | "for") && words::is_org_head(doc.word(i - 1))
}

/// A title (possessive or not: `the Prime Minister's Office` names no one) or a role word.
fn is_title_or_role(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i);
    words::is_title(possessive_base(w).unwrap_or(w)) || is_role_word(doc, i)
}

/// `National Nurses United`, `Doctors Nova Scotia`: a capitalised role in the plural, which no
/// one person's title is, inside a run of capitalised words.
pub(crate) fn is_plural_role_in_name(doc: &Doc, i: usize) -> bool {
    doc.tokens[i].cap && doc.lower_is(i, words::is_plural_role)
}

/// A capitalised title or role word that is the surname: `Kody Cook`, `Jason Porter` (a
/// common surname after a capitalised word that is no title), `Mr. Singer` (after an
/// honorific), `Peter T. King`, `Dean Baker` (ending the name, after a given name or an
/// initial).
fn role_word_as_surname(doc: &Doc, i: usize, s: usize, e: usize) -> bool {
    // `Porter told reporters` after `Mayor Gail Porter`: alone, a surname the article gives
    // after a given name.
    if i == s && e == s + 1 {
        return doc.tokens[i].cap
            && doc.lower_is(i, words::is_surname_role)
            && doc.surname_in_body(doc.word(i));
    }
    if i <= s || !doc.tokens[i].cap || !doc.tokens[i - 1].cap || !is_title_or_role(doc, i) {
        return false;
    }
    let prev = doc.word(i - 1);
    if words::is_honorific(prev) {
        return doc.lower_is(i, words::is_surname_role);
    }
    // Ending the name: the run, or before `of` and where they are from (`Doug Porter of BMO`).
    let ends_name = i + 1 == e || doc.word(i + 1) == "of";
    if ends_name && (is_initial(prev) || doc.is_given_name(i - 1)) {
        return true;
    }
    !is_title_or_role(doc, i - 1)
        && !words::is_org_head(prev)
        && doc.lower_is(i, words::is_surname_role)
}

/// A middle initial: `T.` or `T`.
fn is_initial(word: &str) -> bool {
    let w = word.strip_suffix('.').unwrap_or(word);
    w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase())
}

/// Splits a run into titles and the name proper, returning the name's token range.
fn split_name(doc: &Doc, s: usize, e: usize) -> Option<(usize, usize)> {
    // The name is what follows the last title or role word, unless the run ends in a
    // capitalised institution's noun after capitalised words (`the National Rifle
    // Association`, `the Riverside Residents Association`): an organisation's name, whose
    // words are no roles.
    let org_name = e >= s + 2
        && doc.tokens[e - 1].cap
        && doc.tokens[e - 2].cap
        && words::is_org_head(doc.word(e - 1));
    // `the Elementary Teachers' Federation of Ontario`: role words before the noun heading an
    // organisation's name are part of it.
    // Not a portfolio after a title's `of` (`Minister of Health Jo Park`).
    let portfolio = |i: usize| {
        i >= 2
            && doc.word(i - 1) == "of"
            && words::is_title(doc.word(i - 2))
            && words::is_portfolio(doc.word(i))
    };
    let org_head = (s + 1..e)
        .find(|&i| doc.tokens[i].cap && words::is_org_head(doc.word(i)) && !portfolio(i))
        .unwrap_or(s);
    let mut name_start = s;
    for i in s..e {
        if i < org_head {
            continue;
        }
        let title = is_title_or_role(doc, i) && {
            // `Dean Baker`: a given name that is also a title, before a surname, is the given
            // name.
            let given = i + 1 < e && doc.is_given_name(i) && role_word_as_surname(doc, i + 1, s, e);
            let in_org_name = org_name || i + 1 < e && is_plural_role_in_name(doc, i);
            !given && !in_org_name && !role_word_as_surname(doc, i, s, e)
        };
        if title || doc.word(i) == "of" {
            name_start = i + 1;
        }
    }
    // `CNN's Jane Roe`, `the Heritage Foundation's Tom Lee`: an owner before a given name, or
    // before two or more words none of which heads an institution's name, is an affiliation;
    // the person's name is what follows it (not `Alzheimer's Association`, `Children's
    // Hospital`).
    if let Some(p) = (name_start..e)
        .rev()
        .find(|&i| possessive_base(doc.word(i)).is_some())
    {
        let after = (p + 1..e).find(|&i| !is_title_or_role(doc, i));
        let full_name =
            |a: usize| doc.is_given_name(a) || (a + 1..e).all(|i| !words::is_org_head(doc.word(i)));
        if after.is_some_and(|a| a + 1 < e && full_name(a)) {
            name_start = p + 1;
        }
    }
    // `Democrat Hillary Clinton`, `Republican Donald Trump`: a party's label before a given name
    // is an affiliation (but `Republican National Committee` is a name).
    if let Some(p) = (name_start..e).find(|&i| words::is_party_label(doc.word(i))) {
        if p + 1 < e && doc.is_given_name(p + 1) {
            name_start = name_start.max(p + 1);
        }
    }
    // `Jingyi Pan of IG`, `Sen. Richard Shelby of Alabama`: name words just before `of` are
    // the name, unless a title follows `of` (`Bank of Canada governor David Dodge`).
    if let Some(of) = (s..e).find(|&i| doc.word(i) == "of" || org_particle(doc, i)) {
        // The institution's own noun is no title (`the Department of Health`). Only one
        // before `of` makes the words before it an organisation's: `professor Ana Ruiz of
        // McGill University` is a professor at one.
        let org_head = if org_head < of { org_head } else { s };
        let lead = (s..of)
            .rev()
            .find(|&i| {
                i >= org_head
                    && is_title_or_role(doc, i)
                    && !role_word_as_surname(doc, i, s, e)
                    && !(i + 1 == of && words::is_org_head(doc.word(i)))
            })
            .map_or(s, |i| i + 1);
        let titled_after = (of..e).any(|i| is_title_or_role(doc, i));
        if lead < of && (lead..of).any(|i| doc.tokens[i].cap) && !titled_after {
            // `the University of Calgary`, `the Bank of England`: an institution's name goes on
            // past `of`.
            let institution = words::is_org_head(doc.word(of - 1));
            let lead = given_name_after_office(doc, lead, of).unwrap_or(lead);
            return Some((lead, if institution { e } else { of }));
        }
    }
    // `Secretary of State Antony Blinken`: after `of`, the title goes on until a given name,
    // else over the portfolio's words (`Minister of Justice Wilson-Raybould`; `Minister of
    // Innovation` names no one).
    // With neither, the words after `of` are where the office is (`the Attorney General of
    // Delaware`), no one's name.
    if name_start > s && doc.word(name_start - 1) == "of" {
        let first = (name_start..e).find(|&i| doc.is_given_name(i));
        name_start = match first {
            Some(f) => f,
            None => {
                let mut n = name_start;
                while n < e && words::is_portfolio(doc.word(n)) {
                    n += 1;
                }
                if n == name_start {
                    return None;
                }
                n
            }
        };
    }
    if let Some(g) = given_name_after_office(doc, name_start, e) {
        name_start = g;
    }
    // `Cyclist Aisha Rahman rides ...`: opening a sentence, a word the article never
    // capitalises elsewhere, before a given name and a surname, says what the person does.
    if name_start == s
        && e >= s + 3
        && doc.sentence_of(s).0 == s
        && !doc.is_given_name(s)
        && !is_initial(doc.word(s))
        && doc.is_given_name(s + 1)
        && !doc.capitalised_mid_sentence(doc.word(s))
    {
        name_start = s + 1;
    }
    let named = |i: usize| doc.tokens[i].cap || particle_name(doc.word(i));
    (name_start < e && (name_start..e).any(named)).then_some((name_start, e))
}

/// `Maricopa County Recorder Helen Purcell`, `U.S. District Judge Carla Rhodes`: in the run
/// `[s, e)`, a given name after two or more capitalised words that are none, and before a
/// surname, opens the person's name; the words before it are an office or an affiliation (not
/// `St. Louis Cardinals`, one word before; not `St. Jude Children's Hospital`, an institution).
fn given_name_after_office(doc: &Doc, s: usize, e: usize) -> Option<usize> {
    (s + 2..e.saturating_sub(1)).find(|&g| {
        doc.is_given_name(g)
            && (s..g).all(|i| doc.tokens[i].cap && !doc.is_given_name(i))
            && doc.tokens[g + 1].cap
            && !(g..e).any(|i| words::is_org_head(doc.word(i)))
    })
}

/// `"...," said one.`, `One wrote`: `one` standing alone for a member of a group just named,
/// when no word before it makes it part of another phrase (`no one`, `the one`, `every one`).
fn one_of_many(doc: &Doc, i: usize) -> bool {
    doc.is(i, "one")
        && i.checked_sub(1)
            .is_none_or(|b| !doc.is_word(b) || doc.verb(b).is_some())
}

/// The phrase that ends just before token `end` (reading leftwards), not reaching before `lo`.
pub(crate) fn left(doc: &Doc, end: usize, lo: usize) -> Option<Phrase> {
    let last = end.checked_sub(1).filter(|&l| l >= lo)?;
    if !doc.outside(last) {
        return None;
    }
    // `63 percent said`: a share of those asked.
    if let Some(start) = share_start(doc, last).filter(|&s| s >= lo) {
        return Some(Phrase {
            start,
            end,
            head: Head::Description,
        });
    }
    if let Some(p) = words::pronoun(doc.word(last)) {
        return Some(Phrase {
            start: last,
            end,
            head: Head::Pronoun(p),
        });
    }
    if doc.lower_is(last, words::is_elliptical) || one_of_many(doc, last) {
        return Some(Phrase {
            start: last,
            end,
            head: Head::Description,
        });
    }
    // `his statement`, `her post` speak for their owners; `The Washington Post` is a name; an
    // unowned document (`the statement`) is read below.
    let lower = doc.lower(last).unwrap_or("");
    if last > lo && !doc.tokens[last].cap && words::is_proxy(lower) {
        // `her Facebook post`, `Reyes's LinkedIn page`: the name of where it was posted may
        // stand between the owner and the thing.
        let platform = |o: usize| (o + 1..last).all(|i| is_name_word(doc, i));
        let owned = (1..=3)
            .map_while(|k| last.checked_sub(k).filter(|&o| o >= lo))
            .take_while(|&o| platform(o))
            .find_map(|o| owner(doc, o, lo));
        if let Some(p) = owned {
            return Some(Phrase { end, ..p });
        }
        // `the Clinton campaign`: an institution named for someone is read as one below; so
        // is one a preposition places (`a spokesperson for the office`).
        let named_for = doc.tokens[last - 1].cap
            || last > lo + 1
                && doc.is(last - 1, "the")
                && doc.lower_is(last - 2, words::is_placing);
        if !(words::is_document(lower) || named_for && words::is_institution(lower)) {
            return None;
        }
    }
    // `The report said`, `the 2016 study says`: back to the document's determiner.
    if words::is_document(lower) {
        let det = (lo.max(last.saturating_sub(4))..last)
            .rev()
            .find(|&i| is_determiner(doc, i));
        if let Some(p) = det
            .and_then(|d| document(doc, d, d + 1, end))
            .filter(|p| p.end == end)
        {
            return Some(p);
        }
    }
    // `the former secretary of state`, `her chief of staff`: a lower-case role goes on over
    // `of` to what it is of.
    let role_of = last >= lo + 2
        && doc.is_word(last)
        && !doc.tokens[last].cap
        && !is_determiner(doc, last)
        && !doc.lower_is(last, words::is_function_word)
        && doc.is(last - 1, "of")
        && !doc.tokens[last - 2].cap
        && is_role_word(doc, last - 2);
    let last = if role_of { last - 2 } else { last };
    if !in_run(doc, last, lo, end) {
        return None;
    }
    let mut s = last;
    while s > lo && in_run(doc, s - 1, lo, end) {
        s -= 1;
    }
    // Possessive modifiers before a role: `Carolina's coach`.
    let mut start = s;
    if let Some(m) = modified_description(doc, s, end, lo) {
        start = m;
    } else if start > lo && is_determiner(doc, start - 1) {
        start -= 1;
    }
    finish(doc, start, s, end)
}

/// `the prime minister`, `the cautious candidate`, `two emergency nurses`: a description's
/// lower-case modifiers, back to its article or count. The start of the whole phrase, when the
/// run `[s, end)` names no one.
fn modified_description(doc: &Doc, s: usize, end: usize, lo: usize) -> Option<usize> {
    // `the presumptive Republican presidential nominee`: a party's label among them.
    let modifier = |i: usize| {
        doc.is_word(i)
            && doc.outside(i)
            && (!doc.tokens[i].cap || words::is_party_label(doc.word(i)))
            && doc.verb(i).is_none()
            && !is_determiner(doc, i)
            && !doc.is_filler(i)
            && !doc.lower_is(i, words::is_function_word)
    };
    let mut k = s;
    while k > lo && s - k < 4 && modifier(k - 1) {
        k -= 1;
    }
    if split_name(doc, s, end).is_some() {
        return None;
    }
    // `the Vermont senator and Democratic presidential candidate`: a second role after `and`
    // goes with the description before it.
    if k > lo + 1 && doc.is(k - 1, "and") {
        if let Some(d) = left(doc, k - 1, lo).filter(|d| d.head == Head::Description) {
            return Some(d.start);
        }
    }
    if k < s && k > lo && opens_description(doc, k - 1) {
        return Some(k - 1);
    }
    // `Manitoba's health minister`, `New Brunswick's chief medical officer`: a place or body
    // owning the role, back to the start of its name.
    let owner = k.checked_sub(1).filter(|&o| {
        k < s
            && o >= lo
            && doc.is_word(o)
            && doc.tokens[o].cap
            && doc.outside(o)
            && possessive_base(doc.word(o)).is_some()
    })?;
    let first = (lo..owner)
        .rev()
        .take_while(|&i| doc.is_word(i) && doc.tokens[i].cap && doc.outside(i))
        .last()
        .unwrap_or(owner);
    Some(first)
}

/// The organisation a speaker phrase owns, when the phrase was read through one
/// (`her campaign`, `Clinton's campaign`): the token of its noun.
pub(crate) fn owned_organisation(doc: &Doc, p: Phrase) -> Option<usize> {
    let owner_end = match p.head {
        Head::Pronoun(_) => p.start + 1,
        Head::Name { name } => name.1,
        Head::Description => return None,
    };
    let possessive = possessive_base(doc.word(owner_end - 1)).is_some()
        || doc.lower_is(owner_end - 1, |w| {
            matches!(w, "his" | "her" | "their" | "its")
        });
    (possessive && doc.is_word(owner_end) && !doc.tokens[owner_end].cap)
        .then_some(owner_end)
        .filter(|&n| doc.lower_is(n, words::acts_for_owner))
}

/// Who owns the thing at `i + 1` that speaks for them: `her` (statement), `Facebook's`
/// (website). `the statement` has no owner.
pub(crate) fn owner(doc: &Doc, i: usize, lo: usize) -> Option<Phrase> {
    let pronoun = match doc.lower(i).unwrap_or("") {
        "his" => Some(Pronoun::Gendered(words::Gender::Male)),
        "her" => Some(Pronoun::Gendered(words::Gender::Female)),
        "their" | "its" | "our" => Some(Pronoun::Plural),
        _ => None,
    };
    if let Some(p) = pronoun {
        return Some(Phrase {
            start: i,
            end: i + 1,
            head: Head::Pronoun(p),
        });
    }
    // `Torres’ verdict`: a plural's or an s-name's apostrophe is a token of its own.
    if doc.is_apostrophe(i) && i > lo {
        return left(doc, i, lo).filter(|p| !matches!(p.head, Head::Pronoun(_)));
    }
    let w = doc.word(i).to_ascii_lowercase();
    if possessive_base(&w).is_some() || w.ends_with('\'') || w.ends_with('’') {
        return left(doc, i + 1, lo).filter(|p| !matches!(p.head, Head::Pronoun(_)));
    }
    None
}

/// The phrase that starts at token `start` (reading rightwards), not reaching `hi`.
pub(crate) fn right(doc: &Doc, start: usize, hi: usize) -> Option<Phrase> {
    if start >= hi || !doc.outside(start) {
        return None;
    }
    if let Some(p) = words::pronoun(doc.word(start)) {
        return Some(Phrase {
            start,
            end: start + 1,
            head: Head::Pronoun(p),
        });
    }
    // `Another tweeted`, `," wrote another`, `Others shouted`: more of those just quoted, someone
    // new.
    if (doc.lower_is(start, words::is_elliptical) || one_of_many(doc, start))
        && (start + 1 >= hi || !doc.is_word(start + 1) || doc.verb(start + 1).is_some())
    {
        return Some(Phrase {
            start,
            end: start + 1,
            head: Head::Description,
        });
    }
    // `one of the officials`, `some of Park's aides`: a part of a group is described by it.
    if start + 2 < hi && doc.is(start + 1, "of") && doc.lower_is(start, words::is_partitive) {
        if let Some(p) = right(doc, start + 2, hi).filter(|p| p.head == Head::Description) {
            return Some(Phrase { start, ..p });
        }
        // `some of them chanted`, `one of us said`: a part of a group named before.
        if doc.lower_is(start + 2, |w| matches!(w, "them" | "us")) {
            return Some(Phrase {
                start,
                end: start + 3,
                head: Head::Description,
            });
        }
    }
    let mut s = start;
    if is_determiner(doc, s) {
        s += 1;
    }
    // `a former senior agency official`: words that make part of the role before it.
    let mut m = s;
    while m < hi && m < s + 3 && doc.outside(m) && doc.lower_is(m, words::modifies_role) {
        m += 1;
    }
    if m > s && m < hi && in_run(doc, m, m, hi) {
        s = m;
    }
    let mut e = s;
    while e < hi && in_run(doc, e, s, hi) {
        e += 1;
        // `Halifax fire Capt. Rob McGraw`, `NDP health critic Jo Lam`, `Oversight ranking
        // Democrat Elijah Cummings`: one lower-case word of what they serve between a place,
        // party or body and a title, role or party goes with it (not a
        // verb between two people: `Mr. Carson endorsed Mr. Trump`).
        if e + 2 < hi
            && doc.is_word(e)
            && !doc.tokens[e].cap
            && doc.outside(e)
            && doc.verb(e).is_none()
            && !doc.lower_is(e, words::is_function_word)
            && {
                // A word that makes part of a role may end as a participle does (`acting`,
                // `ranking`); only such a word goes before a party's member (not `Roloson
                // supports Democrat Hillary Clinton`).
                let modifier = doc.lower_is(e, words::modifies_role);
                let office = words::is_title(doc.word(e + 1)) || doc.is_role(e + 1);
                office
                    && (modifier || !doc.word(e).ends_with("ed") && !doc.word(e).ends_with("ing"))
                    || modifier && words::is_party_member(doc.word(e + 1))
            }
            && is_name_word(doc, e + 2)
            // (A title, unless a lower-case word follows it: `Chief financial officer`.)
            && !(s..e).any(|i| words::is_title(doc.word(i)) && doc.tokens[i + 1].cap)
        {
            e += 1;
        }
    }
    if e == s {
        // `a visibly upset Jana Novak`, `the embattled Jo Park`: describing words between an
        // article and a person's full name.
        let k = (s..hi.min(s + 3))
            .take_while(|&i| {
                doc.is_word(i)
                    && !doc.tokens[i].cap
                    && doc.outside(i)
                    && doc.verb(i).is_none()
                    && !doc.lower_is(i, |w| words::is_function_word(w) || words::is_role(w))
            })
            .last()
            .map_or(s, |i| i + 1);
        if k > s && start < s && k + 1 < hi && doc.is_given_name(k) {
            if let Some(p) = right(doc, k, hi).filter(|p| matches!(p.head, Head::Name { .. })) {
                return Some(p);
            }
        }
        return document(doc, start, s, hi).or_else(|| {
            described_role(doc, start, s, hi).map(|p| extended_description(doc, p, hi))
        });
    }
    // `a police news release`: lower-case role words that only describe a document.
    if start < s && (s..e).all(|i| !doc.tokens[i].cap) {
        let document = document(doc, start, s, hi)
            .filter(|d| d.end > e && !(e..d.end).any(|i| doc.lower_is(i, words::is_function_word)));
        if let Some(d) = document {
            return Some(d);
        }
    }
    // `the New York businessman`, `the Vermont senator`: names that describe a role are no name
    // (but `the New York businessman Donald Trump` names him).
    if s > start
        && doc.is_word(e)
        && !doc.tokens[e].cap
        && doc.is_role(e)
        && !(doc.is_word(e + 1) && doc.tokens[e + 1].cap)
    {
        return None;
    }
    // `a longtime GOP data expert`, `the Republican gubernatorial nominee`: after an article,
    // capitals then lower-case words ending in a role describe someone; the capitals name no
    // one.
    if doc.lower_is(start, |w| words::is_indefinite(w) || w == "the") {
        let role = (e..hi.min(e + 3))
            .take_while(|&i| {
                doc.is_word(i)
                    && doc.outside(i)
                    && !doc.tokens[i].cap
                    && doc.verb(i).is_none()
                    // `a group of retired teachers`, not `The Trust sent its supporters`.
                    && !doc.lower_is(i, |w| {
                        w != "of" && words::is_function_word(w)
                            || words::is_article_or_possessive(w)
                    })
            })
            .find(|&i| doc.is_role(i))
            // `family doctors`: a compound's last noun is its head.
            .map(|r| {
                (r..hi)
                    .take_while(|&i| {
                        i == r || !doc.tokens[i].cap && doc.outside(i) && doc.is_role(i)
                    })
                    .last()
                    .unwrap_or(r)
            });
        if let Some(r) = role.filter(|&r| !(doc.is_word(r + 1) && doc.tokens[r + 1].cap)) {
            return Some(Phrase {
                start,
                end: r + 1,
                head: Head::Description,
            });
        }
    }
    // `one Democrat familiar with the talks`, `a Republican who attended`: a party's member,
    // counted, is someone described, not named.
    if e == s + 1
        && s > start
        && doc.lower_is(start, words::is_indefinite)
        && words::is_party_label(doc.word(s))
    {
        let p = Phrase {
            start,
            end: e,
            head: Head::Description,
        };
        return Some(extended_description(doc, p, hi));
    }
    // `Reyes's Facebook post said`: an owner, where it was posted, then the thing, which
    // ends the phrase (not `Reyes's email use`).
    let ends = |k: usize| k >= hi || !doc.is_word(k) || doc.verb(k).is_some();
    if e < hi && !doc.tokens[e].cap && doc.lower_is(e, words::is_proxy) && ends(e + 1) {
        let owned = (start..e)
            .rev()
            .find(|&i| i == start || possessive_base(doc.word(i)).is_some())
            .and_then(|o| owner(doc, o, start));
        if let Some(p) = owned {
            return Some(Phrase { end: e + 1, ..p });
        }
    }
    if e - 1 > start && doc.lower_is(e - 1, words::is_proxy) {
        if let Some(p) = owner(doc, e - 2, start) {
            return Some(Phrase { end: e, ..p });
        }
        // `the Reyes campaign`, `the campaign`: an institution is read as one below.
        if !doc.lower_is(e - 1, words::is_institution) {
            // `according to the statement`, `said a memo`: an unowned document.
            let document = !doc.tokens[e - 1].cap && doc.lower_is(e - 1, words::is_document);
            return (s > start && document).then_some(Phrase {
                start,
                end: e,
                head: Head::Description,
            });
        }
    }
    let p = finish(doc, start, s, e)?;
    Some(match p.head {
        Head::Description => extended_description(doc, p, hi),
        _ => p,
    })
}

/// Description `p` with what may follow its role: a second role, `of` and its complement, or
/// what they know (`familiar with the talks`).
fn extended_description(doc: &Doc, p: Phrase, hi: usize) -> Phrase {
    Phrase {
        end: second_role(doc, p.end, hi)
            .or_else(|| role_of(doc, p.end, hi))
            .or_else(|| in_the_know(doc, p.end, hi))
            .unwrap_or(p.end),
        ..p
    }
}

/// `an official familiar with the talks`, `a person close to the campaign`, `two aides briefed
/// on the plan`: how an unnamed source knows, which is how the article names them. It goes on
/// up to six words and must end the clause (a comma, a full stop or a verb of saying follows).
/// The end of the whole, if so.
fn in_the_know(doc: &Doc, end: usize, hi: usize) -> Option<usize> {
    let opens = |i: usize, a: &str, b: &str| doc.is(i, a) && doc.is(i + 1, b);
    let from = if opens(end, "familiar", "with")
        || opens(end, "close", "to")
        || opens(end, "briefed", "on")
    {
        end + 2
    } else if doc.is(end, "with") && opens(end + 1, "knowledge", "of") {
        end + 3
    } else {
        return None;
    };
    let k = (from..hi.min(from + 6))
        .take_while(|&i| doc.is_word(i) && doc.outside(i) && doc.verb(i).is_none())
        .last()?
        + 1;
    let closes = k >= hi || doc.is_punct(k, ",") || doc.is_punct(k, ".") || doc.verb(k).is_some();
    closes.then_some(k)
}

/// `the mother of three said`, `the head of the agency told`: a role goes on over `of` and up
/// to three lower-case words when a verb of saying or a comma follows them. The end of the
/// whole, if so.
fn role_of(doc: &Doc, end: usize, hi: usize) -> Option<usize> {
    if !doc.is(end, "of") {
        return None;
    }
    let k = (end + 1..hi.min(end + 4))
        .take_while(|&i| {
            doc.is_word(i)
                && doc.outside(i)
                && !doc.tokens[i].cap
                && doc.verb(i).is_none()
                && (i == end + 1 && doc.lower_is(i, words::is_article_or_possessive)
                    || !doc.lower_is(i, words::is_function_word))
        })
        .last()?
        + 1;
    let closes = k >= hi || doc.is_punct(k, ",") || doc.verb(k).is_some();
    (closes && !doc.lower_is(k - 1, words::is_article_or_possessive)).then_some(k)
}

/// `the Florida senator and Republican presidential candidate`: a description goes on over
/// `and` and a second role, with at most three words before it that describe it. The end of
/// the second role, if there is one.
fn second_role(doc: &Doc, end: usize, hi: usize) -> Option<usize> {
    if !doc.is(end, "and") {
        return None;
    }
    let role = (end + 1..hi.min(end + 5))
        .take_while(|&i| doc.is_word(i) && doc.outside(i) && doc.verb(i).is_none())
        .find(|&i| !doc.tokens[i].cap && doc.is_role(i))?;
    let named_after = doc.is_word(role + 1) && doc.tokens[role + 1].cap;
    (!named_after).then_some(role + 1)
}

/// `a district GOP leader`, `one longtime family friend`, `the embattled premier`, `60
/// emergency doctors`: an indefinite determiner, `the` or a count, words that modify a role, at
/// most three words (nouns or capitals: no verb or function word) and a role, the last of them,
/// describe someone; a role before a capitalised word is a title (`a party leader Jo Park`
/// names her).
fn described_role(doc: &Doc, start: usize, s: usize, hi: usize) -> Option<Phrase> {
    if s == start || !opens_description(doc, start) {
        return None;
    }
    let mut m = s;
    while m < hi && doc.outside(m) && doc.lower_is(m, words::modifies_role) {
        m += 1;
    }
    let role = (s..hi.min(m + 4))
        .take_while(|&i| {
            doc.is_word(i)
                && doc.outside(i)
                && doc.verb(i).is_none()
                && !doc.lower_is(i, words::is_function_word)
        })
        .filter(|&i| !doc.tokens[i].cap && doc.is_role(i))
        .last()?;
    let named_after = doc.is_word(role + 1) && doc.tokens[role + 1].cap;
    (!named_after).then_some(Phrase {
        start,
        end: role + 1,
        head: Head::Description,
    })
}

/// `the winter railroading report`, `a document`: a determiner, at most three lower-case
/// words, and a document (which speaks for whoever wrote it: see `Entities::describe`).
fn document(doc: &Doc, start: usize, s: usize, hi: usize) -> Option<Phrase> {
    if s == start {
        return None;
    }
    // `her Facebook post`, `a White House memo`: the name of where it was posted or of who
    // wrote it.
    (s..hi.min(s + 4))
        .take_while(|&i| {
            doc.is_word(i)
                && doc.outside(i)
                && (!doc.tokens[i].cap || is_name_word(doc, i))
                && (doc.verb(i).is_none() || words::is_document(doc.word(i)))
        })
        .find(|&i| words::is_document(doc.word(i)))
        .map(|d| Phrase {
            start,
            end: d + 1,
            head: Head::Description,
        })
}

fn finish(doc: &Doc, start: usize, run: usize, end: usize) -> Option<Phrase> {
    // `the Ohio Democrat`: a party's member, by place, is described, not named; so is one
    // of a nation (`the Swede`), and one by a role after an institution's name (`A Superior
    // Court of Ontario judge`).
    let last = doc.word(end - 1);
    let member = start < run
        && (doc.is(start, "the") && (words::is_party_member(last) || words::is_demonym(last))
            || doc.lower_is(start, |w| w == "the" || words::is_indefinite(w))
                && !doc.tokens[end - 1].cap
                && lower_is(last, words::is_role));
    let head = match split_name(doc, run, end) {
        Some(_) if member => Head::Description,
        Some(name) => Head::Name { name },
        None if (run..end).any(|i| is_title_or_role(doc, i)) => Head::Description,
        None => return None,
    };
    Some(Phrase { start, end, head })
}

/// Where a name's phrase `p` starts with the lower-case words ending in a role right before
/// its name (`food writer`, `the city's chief`: up to three words, which the phrase may not
/// hold).
pub(crate) fn role_words_before(doc: &Doc, p: &Phrase) -> usize {
    let Head::Name { name } = p.head else {
        return p.start;
    };
    let lower = |k: usize| doc.is_word(k) && !doc.tokens[k].cap && doc.outside(k);
    if name.0 == 0 || !lower(name.0 - 1) || !doc.is_role(name.0 - 1) {
        return p.start;
    }
    let mut k = name.0 - 1;
    while k > 0 && name.0 - k < 4 && lower(k - 1) && doc.verb(k - 1).is_none() {
        k -= 1;
    }
    k.min(p.start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;

    fn name_left(s: &str) -> String {
        let a = Article::from_text(s);
        let doc = Doc::new(&a, Vec::new());
        let p = left(&doc, doc.tokens.len(), 0).expect(s);
        match p.head {
            Head::Name { name } => doc.slice(name.0, name.1).to_string(),
            _ => format!("<{}>", doc.slice(p.start, p.end)),
        }
    }

    #[test]
    fn names_with_titles() {
        assert_eq!(
            name_left("White House Press Secretary Jen Psaki"),
            "Jen Psaki"
        );
        assert_eq!(
            name_left("Secretary of State Antony Blinken"),
            "Antony Blinken"
        );
        assert_eq!(
            name_left("Carolina coach Rod Brind'Amour"),
            "Rod Brind'Amour"
        );
        assert_eq!(
            name_left("Global Criminal Justice Ambassador Beth Van Schaack"),
            "Beth Van Schaack"
        );
        assert_eq!(name_left("the Kremlin"), "Kremlin");
        assert_eq!(
            name_left("Minister of Rural-Urban Relations Dana Hollis"),
            "Dana Hollis"
        );
        assert_eq!(name_left("the spokesperson"), "<the spokesperson>");
        assert_eq!(name_left("Jingyi Pan of IG"), "Jingyi Pan");
        assert_eq!(name_left("Economist Doug Porter of BMO"), "Doug Porter");
        assert_eq!(
            name_left("Minister of Innovation"),
            "<Minister of Innovation>"
        );
        assert_eq!(
            name_left("Minister of Justice Wilson-Raybould"),
            "Wilson-Raybould"
        );
        assert_eq!(name_left("strategist Michael Every"), "Michael Every");
        assert_eq!(
            name_left("Sen. Richard Shelby of Alabama"),
            "Richard Shelby"
        );
        assert_eq!(
            name_left("geologist Ben van der Pluijm"),
            "Ben van der Pluijm"
        );
        assert_eq!(
            name_left("former Bank of Canada governor David Dodge"),
            "David Dodge"
        );
    }

    #[test]
    fn titles_that_are_surnames() {
        assert_eq!(name_left("Mr. Singer"), "Singer");
        assert_eq!(name_left("Representative Peter T. King"), "Peter T. King");
        assert_eq!(name_left("economist Dean Baker"), "Dean Baker");
        assert_eq!(name_left("her son Kody Cook"), "Kody Cook");
        assert_eq!(name_left("Mr. President"), "<Mr. President>");
        assert_eq!(name_left("President Joe Biden"), "Joe Biden");
        assert_eq!(name_left("Dean Amar"), "Amar");
    }

    #[test]
    fn descriptions_keep_their_modifiers() {
        assert_eq!(name_left("the prime minister"), "<the prime minister>");
        assert_eq!(
            name_left("the cautious candidate"),
            "<the cautious candidate>"
        );
        assert_eq!(name_left("said the plan was a minister"), "<a minister>");
    }
}

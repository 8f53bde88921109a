//! Who does the speaking for a speech verb: its subject to the left (`Blinken, 59, said`), or
//! the name right after it in an inverted cue (`, said Psaki, 43,`).

use crate::doc::{possessive_base, Doc};
use crate::lexicon::speech_verbs::{Form, Strength};
use crate::lexicon::words::{Gender, Pronoun};
use crate::lexicon::{lower_is, words};
use crate::syntax::phrase::{self, Phrase};

/// Who a verb's speaker is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Who {
    Phrase(Phrase),
    /// The verb has no subject of its own (`adding, "..."`, `and noted that`): the speaker is
    /// whoever spoke just before.
    Inherit,
    /// Someone the sentence does not name (`Blumenthal was asked, "..."`: not Blumenthal).
    Unnamed,
}

fn is_filler(doc: &Doc, i: usize) -> bool {
    doc.outside(i) && doc.is_filler(i)
}

/// Whether an apposition can start at token `i` (after a comma): an age, an article, a
/// relative pronoun, a role, a participle (`Larry David, playing Sanders on SNL, explained:`),
/// or an aside on when, where or how (`Blunt, after a long pause, said`; `Cruz, however, said`).
fn starts_apposition(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i);
    // `Tad Devine, Sanders' senior adviser, said`: an owner's possessive opens a description.
    let owner = possessive_base(w).is_some_and(|b| words::pronoun(b).is_none())
        || w.ends_with('s') && matches!(doc.word(i + 1), "'" | "’");
    // `Stabenow, D-Mich., said`
    owner
        || words::is_party_tag(w)
        || w.chars().next().is_some_and(|c| c.is_ascii_digit())
        || (w.len() > 5 && w.ends_with("ing") && w.starts_with(|c: char| c.is_ascii_lowercase()))
        // `The report, released Tuesday by the institute, found`, `The memo, written by ...,`
        || (w.len() > 4 && w.ends_with("ed") && w.starts_with(|c: char| c.is_ascii_lowercase()))
        || lower_is(w, words::is_irregular_participle)
        || lower_is(w, |w| {
            matches!(
                w,
                "a" | "an"
                    | "the"
                    | "who"
                    | "whose"
                    | "which"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "one"
                    | "now"
                    | "then"
                    | "also"
                    | "herself"
                    | "himself"
                    // `Priebus, in the wake of a new poll, told`, `Cruz, when asked, replied`
                    | "in"
                    | "at"
                    | "on"
                    // `Amy Frost, of Fenwick Police, said`, `Tom Hale, from the union, told`
                    | "of"
                    | "from"
                    | "after"
                    | "before"
                    | "during"
                    | "when"
                    | "while"
                    | "asked"
                    // `Cruz, however, said`, `Blunt, for his part, told`
                    | "however"
                    | "meanwhile"
                    | "though"
                    | "too"
                    | "for"
                    | "by"
                    // `Cruz, with unconcealed delight, chided`
                    | "with"
                    | "without"
                    | "despite"
                    | "still"
                    | "instead"
                    | "likewise"
            ) || words::is_role(w)
        })
        || words::is_title(w)
        || modified_role(doc, i)
}

/// `former mayor of the town`, `associate professor of history`, `longtime political adviser`:
/// lower-case modifiers before a role word open an apposition with no article.
fn modified_role(doc: &Doc, i: usize) -> bool {
    (i + 1..i + 4)
        .take_while(|&k| doc.is_word(k - 1) && !doc.tokens[k - 1].cap && doc.verb(k - 1).is_none())
        .any(|k| doc.is_word(k) && !doc.tokens[k].cap && doc.is_role(k))
}

/// `According to ProPublica, Clinton praised her "wonderful donors"`: the source an opening
/// `according to` names reports all its sentence says, the verb at `v` and its quotation too.
/// The opener is read however long its sentence (a cue's own reach may start after it), up to
/// a comma within a dozen words.
pub(crate) fn according_to(doc: &Doc, v: usize) -> Option<Phrase> {
    let start = doc.sentence_of(v).0;
    if !(doc.is(start, "according") && doc.is(start + 1, "to")) {
        return None;
    }
    let comma = (start + 2..v.min(start + 14)).find(|&c| doc.is_punct(c, ","))?;
    phrase::right(doc, start + 2, comma)
}

/// `In a national CNN poll, 31% of Republicans said they were "..."`: a share of those asked,
/// as the subject of the verb at `v`, speaks through the poll or survey its sentence names
/// before it. The poll, from its determiner to its noun.
pub(crate) fn poll_of_share(doc: &Doc, p: Phrase, v: usize) -> Option<Phrase> {
    phrase::share_start(doc, p.start + 1).filter(|&s| s == p.start)?;
    let (s0, _) = doc.sentence_of(v);
    let noun = (s0..v)
        .rev()
        .find(|&i| doc.outside(i) && (doc.is(i, "poll") || doc.is(i, "survey")))?;
    let start = (noun.saturating_sub(8).max(s0)..noun)
        .find(|&i| doc.lower_is(i, words::is_article_or_possessive))?;
    Some(Phrase {
        start,
        end: noun + 1,
        head: phrase::Head::Description,
    })
}

/// `The governor said Democrats are to blame for "..."`: a verb of opinion or of acting with
/// words (`blame`, `called`), or one after a modal, at `v`, inside the clause a verb of saying
/// reports, is part of what was said; so is a verb of saying there, when no conjunction or
/// comma opens another clause between (`Trump said that Romney begged him ... and "..."`: the
/// quotation is Trump's account). The verb of saying and its subject, not looking before token
/// `lo`.
pub(crate) fn reporter(doc: &Doc, v: usize, lo: usize) -> Option<(usize, Phrase)> {
    // `Obama said Americans will say "no"`: speech after a modal is only foreseen.
    let foreseen = v > 0
        && doc.lower_is(v - 1, |w| {
            matches!(
                w,
                "will" | "would" | "could" | "should" | "might" | "may" | "must"
            )
        });
    let inner_speech = doc.verb(v)?.strength != Strength::Weak && !foreseen;
    // `Reuters quoted Ana Ruiz as saying`: the one quoted speaks, not the reporter.
    if doc.verb(v).is_some_and(|sv| sv.form == Form::Ing) && quoted_as(doc, v, lo).is_some() {
        return None;
    }
    let u = (lo..v).rev().take_while(|&i| doc.outside(i)).find(|&i| {
        doc.verb(i).is_some_and(|sv| {
            sv.strength == Strength::Speech && (sv.form == Form::Finite || plural_present(doc, i))
        })
    })?;
    // `Trump said that Romney begged him ... and "..."`: a verb of saying inside the clause
    // another reports is the reporter's too, when nothing between opens another clause
    // (`Axelrod tweeted after Clinton argued that "..."`).
    if inner_speech
        && (u + 1..v).any(|i| doc.is_punct(i, ",") || doc.lower_is(i, words::opens_other_clause))
    {
        return None;
    }
    match of_verb(doc, u, lo)? {
        Who::Phrase(p) => Some((u, p)),
        Who::Inherit | Who::Unnamed => None,
    }
}

/// `critics say`, `officials tell`: a verb's plain form right after a plural noun in lower
/// case is its present, as finite as `says` (not `In another tweet`, a noun, nor `to say`).
fn plural_present(doc: &Doc, i: usize) -> bool {
    doc.verb(i).is_some_and(|sv| sv.form == Form::Base)
        && i > 0
        && doc.is_word(i - 1)
        && !doc.tokens[i - 1].cap
        && doc.lower_is(i - 1, |w| {
            w.len() > 3 && words::looks_plural(w) && !words::is_function_word(w)
        })
}

/// The subject of the verb at `v`, not looking before token `lo`.
pub(crate) fn of_verb(doc: &Doc, v: usize, lo: usize) -> Option<Who> {
    let ing = |j: usize| doc.outside(j) && doc.verb(j).is_some_and(|sv| sv.form == Form::Ing);
    if ing(v) {
        // `calling it "..." and asking, "..."`: a participle joined to one before it shares
        // its subject.
        if v > lo + 1 && doc.is(v - 1, "and") {
            if let Some(j) = (lo..v - 1).rev().find(|&j| ing(j)) {
                return of_verb(doc, j, lo);
            }
        }
        if let Some(p) = progressive_subject(doc, v, lo)
            .or_else(|| absolute_subject(doc, v, lo))
            .or_else(|| shown_subject(doc, v, lo))
            .or_else(|| quoted_as(doc, v, lo))
        {
            return Some(Who::Phrase(p));
        }
        // `Blinken released a statement accusing Putin of ...`: the participle's speaker is
        // the subject of the finite verb it hangs from; with no verb of saying before it,
        // the subject opening the sentence (`Gov. Jerry Brown endorsed her, citing`); with
        // none, whoever spoke before.
        // Not in an opening phrase (`In a statement released Thursday, Rep. Jo Park reacted
        // ..., saying`): `released` there is no verb of the sentence.
        let start = doc.sentence_of(v).0.max(lo);
        let from = opening_phrase(doc, start, v).map_or(lo, |c| c + 1);
        let finite = (from..v)
            .rev()
            .find(|&j| doc.outside(j) && doc.verb(j).is_some_and(|sv| sv.form == Form::Finite));
        // `said Sherman, speaking of politicians, "..."`: or the name after an inverted verb.
        // `Netanyahu's party, which tried to rally support by saying`: the one a relative
        // clause holding the participle is about.
        let relative = || {
            let rel = (from..v)
                .rev()
                .take_while(|&r| doc.outside(r) && !doc.is_punct(r, ","))
                .find(|&r| doc.is(r, "who") || doc.is(r, "which"))
                .filter(|&r| r > lo + 1 && doc.is_punct(r - 1, ","))?;
            left_placed(doc, rel - 1, lo).filter(|p| !matches!(p.head, phrase::Head::Pronoun(_)))
        };
        let subject = match finite {
            Some(f) => of_verb_shallow(doc, f, lo).or_else(|| inverted(doc, f, lo, v)),
            None => relative().or_else(|| sentence_subject(doc, v, lo)),
        };
        return Some(subject.map_or(Who::Inherit, Who::Phrase));
    }
    if let Some(m) = medium_goer(doc, v, lo) {
        // As that verb's subject is read (`..., with Lewandowski taking to Twitter to call`).
        let subject = if doc.word(m).ends_with("ing") {
            absolute_subject(doc, m, lo)
        } else {
            of_verb_shallow(doc, m, lo)
        };
        return subject
            .or_else(|| sentence_subject(doc, m, lo))
            .map(Who::Phrase);
    }
    if asked_in_passive(doc, v, lo) {
        // Who asked is the agent (`was asked by host Jo Park`), if the sentence names one.
        let hi = doc.sentence_of(v).1;
        let agent = (v + 1..hi.min(v + 4))
            .find(|&i| doc.is(i, "by"))
            .and_then(|b| phrase::right(doc, b + 1, hi));
        return match agent {
            Some(p) => Some(Who::Phrase(p)),
            None => of_verb_shallow(doc, v, lo).map(|_| Who::Unnamed),
        };
    }
    let i = past_fillers(doc, v, lo)?;
    let before = i - 1;
    if doc.is(before, "and") || doc.is(before, "but") || doc.is(before, "then") {
        // `Blinken said ... and noted that`: the subject of the verb before; with no verb of
        // saying before it (`ProPublica obtained a video and said`), the sentence's subject.
        let prev = (lo..before)
            .rev()
            .find(|&j| doc.outside(j) && doc.verb(j).is_some_and(|sv| sv.form == Form::Finite));
        let Some(prev) = prev else {
            return sentence_subject(doc, v, lo).map(Who::Phrase);
        };
        return match of_verb_shallow(doc, prev, lo) {
            Some(p) => Some(Who::Phrase(p)),
            None => Some(Who::Inherit),
        };
    }
    of_verb_shallow(doc, v, lo).map(Who::Phrase)
}

/// `Blumenthal was asked, "..."`, `She was told: "..."`: the subject of a verb of asking or
/// telling in the passive is who was asked or told, not who spoke.
fn asked_in_passive(doc: &Doc, v: usize, lo: usize) -> bool {
    doc.lower_is(v, words::addresses_listener)
        && (v.saturating_sub(3).max(lo)..v)
            .rev()
            .take_while(|&i| doc.is_word(i) && !doc.tokens[i].cap && doc.outside(i))
            .any(|i| {
                doc.lower_is(i, |w| {
                    words::is_finite_be(w) || matches!(w, "be" | "been" | "being")
                })
            })
}

/// `Clinton took to Twitter to say`, `went on CNN on Sunday to declare`: the verb of going to
/// a medium whose purpose is infinitive `v`; its subject speaks, not the medium.
fn medium_goer(doc: &Doc, v: usize, lo: usize) -> Option<usize> {
    let to = v.checked_sub(1).filter(|&t| t > lo && doc.is(t, "to"))?;
    // `on Sunday`, `overnight`: a time between the medium and the infinitive.
    let time = |k: usize| {
        doc.lower_is(k, |w| {
            words::is_time_word(w) || matches!(w, "overnight" | "on" | "last" | "this" | "late")
        })
    };
    let end = (to.saturating_sub(3).max(lo + 1)..to)
        .rev()
        .take_while(|&k| time(k))
        .last()
        .unwrap_or(to);
    let medium = phrase::left(doc, end, lo).map(|p| p.start).or_else(|| {
        (end >= lo + 2 && doc.is(end - 1, "media") && doc.is(end - 2, "social")).then(|| end - 2)
    })?;
    let prep = medium.checked_sub(1).filter(|&k| k > lo)?;
    let m = prep - 1;
    (doc.lower_is(prep, |w| w == "to" || w == "on") && doc.lower_is(m, words::goes_to_a_medium))
        .then_some(m)
}

/// `..., with Sen. John McCain calling it "..."`, `with many marchers and spectators chanting`:
/// who stands between `with` and a participle, one or two joined by `and`, is its subject.
fn absolute_subject(doc: &Doc, v: usize, lo: usize) -> Option<Phrase> {
    let p = phrase::left(doc, v, lo)?;
    let p = match phrase::left(doc, p.start.saturating_sub(1), lo) {
        Some(q) if p.start > lo && doc.is(p.start - 1, "and") => Phrase {
            start: q.start,
            ..p
        },
        _ => p,
    };
    (!matches!(p.head, phrase::Head::Pronoun(_)) && p.start > lo && doc.is(p.start - 1, "with"))
        .then_some(p)
}

/// `footage of Hillary Clinton asking, "..."`, `a video of Mayor Ruiz saying`: a name after a
/// recording's `of`, right before the participle, is who speaks in it. (An account of someone
/// speaking is the teller's: `Byrne gives an account of Clinton telling an agent "..."`.)
fn shown_subject(doc: &Doc, v: usize, lo: usize) -> Option<Phrase> {
    let p = phrase::left(doc, v, lo)?;
    let recorded = p.start > lo + 1
        && doc.is(p.start - 1, "of")
        && doc.lower_is(p.start - 2, words::is_recording);
    (is_name(&p) && recorded).then_some(p)
}

/// `Reuters quoted Ana Ruiz as saying`, `the clip shows Mayor Park telling supporters`: the
/// object of a verb of quoting (with `as`) or of showing or hearing, right before the
/// participle at `v` (past an apposition), is who speaks, not the verb's subject.
fn quoted_as(doc: &Doc, v: usize, lo: usize) -> Option<Phrase> {
    let as_ = v > lo && doc.is(v - 1, "as");
    let end = if as_ { v - 1 } else { v };
    let object_of = if as_ {
        words::quotes_someone
    } else {
        words::shows_someone
    };
    let k = (end.saturating_sub(12).max(lo)..end)
        .rev()
        .take_while(|&k| doc.outside(k))
        .find(|&k| doc.lower_is(k, object_of))?;
    // `quoted him as saying`: an object pronoun.
    let object = match doc.lower(k + 1) {
        Some("him") => Some(Pronoun::Gendered(Gender::Male)),
        Some("her") => Some(Pronoun::Gendered(Gender::Female)),
        Some("them") => Some(Pronoun::Plural),
        _ => None,
    };
    if let Some(pronoun) = object.filter(|_| k + 2 == end) {
        return Some(Phrase {
            start: k + 1,
            end,
            head: phrase::Head::Pronoun(pronoun),
        });
    }
    let p = phrase::right(doc, k + 1, end)?;
    // The object runs up to the participle, or to an apposition closed before it.
    let closed = doc.is_punct(end - 1, ",") && doc.is_punct(p.end, ",");
    (p.end == end || closed).then_some(p)
}

/// `Trump is promising to`, `The senator was once again questioning`, `He’s claiming`: a
/// participle after a form of `be` is the verb of its clause, with the subject before that.
fn progressive_subject(doc: &Doc, v: usize, lo: usize) -> Option<Phrase> {
    // (`’s` is no ASCII word: it is matched as written.)
    let be = |i: usize| doc.lower_is(i, words::is_finite_be) || matches!(doc.word(i), "'s" | "’s");
    // Back over adverbs (`once again`, `still`) to the form of `be`.
    let mut i = v;
    while i > lo && i + 4 > v && doc.outside(i - 1) {
        i -= 1;
        if be(i) {
            return of_verb_shallow(doc, i, lo);
        }
        // The verb written onto its pronoun: `He’s claiming`.
        if let Some(p) = possessive_base(doc.word(i)).and_then(words::pronoun) {
            return Some(Phrase {
                start: i,
                end: i + 1,
                head: phrase::Head::Pronoun(p),
            });
        }
        if !is_filler(doc, i) {
            return None;
        }
    }
    None
}

/// The name, pronoun or description opening the sentence of token `v` (after an opening phrase
/// closed by a comma: `On Tuesday, Gov. Jerry Brown endorsed her`; `As the crowd cheered, her
/// husband leaned in and said`), when a lower-case word follows it.
pub(crate) fn sentence_subject(doc: &Doc, v: usize, lo: usize) -> Option<Phrase> {
    let start = past_dateline(doc, doc.sentence_of(v).0.max(lo), v);
    // An opening phrase led by a preposition or conjunction may run long (`With Democratic
    // leaders increasingly worried about a lack of passion among young voters, President Obama
    // is ...`); other openers are short (`On Tuesday,`).
    let reach = if doc.lower_is(start, opens_clause) {
        30
    } else {
        12
    };
    // Past the comma's closing quotation mark, if any (`On "Face the Nation," Sen. Jo Park`).
    let after_comma = |c: usize| (c + 1..v).find(|&k| doc.is_word(k)).unwrap_or(c + 1);
    let opener = (start..v.min(start + reach))
        .find(|&c| doc.is_punct(c, ","))
        .map(after_comma);
    // `On Thursday, after remaining neutral for months, Warren appeared`: a second opening
    // phrase led by a preposition or conjunction.
    let second = opener
        .filter(|&o| doc.lower_is(o, opens_clause))
        .and_then(|o| (o..v.min(o + 30)).find(|&c| doc.is_punct(c, ",")))
        .map(after_comma);
    // `On Thursday evening Hillary Clinton delivered`: an opening phrase with no comma, up to a
    // given name after a lower-case word.
    // `And then Trump went`: so is a name the article capitalises mid-sentence, after a word
    // that is no article or preposition.
    let bare_opener = doc
        .lower_is(start, words::is_function_word)
        .then(|| {
            (start + 2..v.min(start + 6)).find(|&k| {
                doc.is_word(k - 1)
                    && !doc.tokens[k - 1].cap
                    && doc.outside(k - 1)
                    && (doc.is_given_name(k)
                        || doc.tokens[k].cap
                            && !doc.lower_is(k - 1, |w| {
                                words::is_function_word(w) || words::is_article_or_possessive(w)
                            })
                            && doc.capitalised_mid_sentence(doc.word(k)))
            })
        })
        .flatten();
    // `But a taxi driver who works nearby said`: past a conjunction opening the sentence; `Was
    // Szlachta satisfied?`: past the auxiliary opening a question.
    let joined = doc
        .lower_is(start, |w| {
            matches!(w, "but" | "and" | "yet" | "so") || words::is_auxiliary(w)
        })
        .then_some(start + 1);
    [Some(start), opener, second, bare_opener, joined]
        .into_iter()
        .flatten()
        .find_map(|s| {
            phrase::right(doc, s, v).filter(|p| {
                let name = match p.head {
                    phrase::Head::Pronoun(_) | phrase::Head::Description => true,
                    // A lone capitalised word opening a sentence (`Shortly`, `Reprising`) is a
                    // name only if the article capitalises it mid-sentence too, or owns something
                    // (`Clinton's campaign sent`).
                    phrase::Head::Name { name } => {
                        name.1 - name.0 > 1
                            || s > start
                            || doc.capitalised_mid_sentence(doc.word(name.0))
                            || possessive_base(doc.word(name.0)).is_some_and(|owner| {
                                // Not `He's` or `That's`, which are `he is` and `that is`.
                                words::pronoun(owner).is_none()
                                    && !lower_is(owner, words::is_function_word)
                                    && !words::is_not_name(owner)
                            })
                    }
                };
                // Its verb follows, past a party tag (`Sen. Jo Park (D-Vt.)`); or an apposition
                // or a relative clause does (`Jo Park, who lost the primary, said`).
                let e = doc.paren_after(p.end).unwrap_or(p.end);
                let verb_next = doc.is_word(e) && !doc.tokens[e].cap;
                // `the company's chief executive, Jana Novak, remained`: a name in apposition.
                let aside_next = doc.is_punct(e, ",")
                    && (starts_apposition(doc, e + 1) || named_in_apposition(doc, e, v));
                name && (verb_next || aside_next)
            })
        })
        .map(|p| described_after_and(doc, p, v).unwrap_or(p))
}

/// `Yahoo News and former TV anchor Katie Couric has promoted`: words joined by `and` to a
/// name whose verb is singular describe that one person; they are no second subject.
fn described_after_and(doc: &Doc, p: Phrase, v: usize) -> Option<Phrase> {
    if !doc.is(p.end, "and") {
        return None;
    }
    let q = phrase::right(doc, p.end + 1, v)?;
    (is_name(&q) && q.end < v && singular_verb(doc, q.end)).then_some(q)
}

/// Whether token `i` is a verb that agrees with one subject only (`has`, `is`, `says`).
fn singular_verb(doc: &Doc, i: usize) -> bool {
    doc.lower_is(i, words::agrees_with_one)
        || doc.verb(i).is_some_and(|sv| sv.form == Form::Finite) && doc.word(i).ends_with('s')
}

/// `Here's Clinton in 1992:`, `Then there's Axelrod.`, `there was Mr. Hannity, devoting`: where
/// the phrase that `here is` or `there is` at `i` presents starts. Whom it presents is what the
/// sentence is about, as a subject is.
pub(crate) fn presented_after(doc: &Doc, i: usize) -> Option<usize> {
    let there = |w: &str| matches!(w, "here" | "there");
    if possessive_base(doc.word(i)).is_some_and(|w| lower_is(w, there)) {
        return Some(i + 1);
    }
    (doc.lower_is(i, there) && doc.lower_is(i + 1, |w| matches!(w, "is" | "was"))).then_some(i + 2)
}

/// `the cyclist's mother, Irene Kowal, held`: whether a name between commas follows the comma
/// at `comma`, naming what stands before it.
pub(crate) fn named_in_apposition(doc: &Doc, comma: usize, hi: usize) -> bool {
    doc.is_punct(comma, ",")
        && phrase::right(doc, comma + 1, hi)
            .is_some_and(|n| is_name(&n) && doc.is_punct(n.end, ","))
}

/// `WASHINGTON — Senate Democrats blocked ...`, `OTTAWA (AP) -- `, `NAIROBI, Kenya (AP) —`: a
/// dateline of words in capitals, then perhaps a state or country, and a dash opening the
/// sentence at `start` is no part of it. Where the sentence proper starts.
pub(crate) fn past_dateline(doc: &Doc, start: usize, v: usize) -> usize {
    let capitals = |i: usize| doc.is_word(i) && !doc.word(i).chars().any(char::is_lowercase);
    let dash = (start..v.min(start + 8))
        .take_while(|&i| {
            doc.dash_end(i).is_some()
                || doc.is_punct(i, "(")
                || doc.is_punct(i, ")")
                || doc.is_punct(i, ",")
                || capitals(i)
                || i > start && capitals(start) && doc.is_word(i) && doc.tokens[i].cap
        })
        .find_map(|i| doc.dash_end(i));
    dash.unwrap_or(start)
}

/// `In a statement released Thursday, ...`, `Amid calls to resign, ...`: the comma closing an
/// opening phrase led by a preposition or conjunction at `start`, before token `v`. No verb in
/// it is the sentence's.
pub(crate) fn opening_phrase(doc: &Doc, start: usize, v: usize) -> Option<usize> {
    doc.lower_is(start, opens_clause)
        .then(|| (start..v).find(|&c| doc.is_punct(c, ",")))
        .flatten()
}

/// Whether a word opens a phrase before a sentence's subject (`In a statement,`, `Amid calls
/// ...,`, `Asked whether ...,`).
fn opens_clause(lower: &str) -> bool {
    words::is_function_word(lower)
        || matches!(
            lower,
            "amid" | "despite" | "during" | "following" | "although" | "though" | "asked"
        )
}

/// Where the words before the verb at `v` start once up to four fillers (`also`, `then`) are
/// skipped; `None` when nothing is left before `lo`.
fn past_fillers(doc: &Doc, v: usize, lo: usize) -> Option<usize> {
    let mut i = v;
    let mut skipped = 0;
    let mut skip_fillers = |i: &mut usize| {
        while *i > lo && is_filler(doc, *i - 1) && skipped < 4 {
            *i -= 1;
            skipped += 1;
        }
    };
    skip_fillers(&mut i);
    // `Sanders on Saturday criticized`, `Park last week told`: a time phrase.
    if i > lo + 1 && doc.lower_is(i - 1, words::is_time_word) {
        let opener = (i.saturating_sub(4).max(lo)..i - 1)
            .rev()
            .take_while(|&k| doc.is_word(k) && doc.outside(k))
            .find(|&k| {
                doc.lower_is(k, |w| {
                    matches!(
                        w,
                        "on" | "last" | "this" | "earlier" | "late" | "early" | "that"
                    )
                })
            });
        if let Some(k) = opener.filter(|&k| k > lo) {
            i = k;
            skip_fillers(&mut i);
        }
    }
    (i > lo).then_some(i)
}

/// `Refunds are automatic, the promoter said in a statement.`: who speaks through the
/// document at token `k` when it is the medium of a verb of saying (`in a statement`, `in a
/// brief letter`); that verb's subject, before or after it, not the sentence's.
pub(crate) fn through_medium(doc: &Doc, k: usize, lo: usize) -> Option<Phrase> {
    let medium = (k.saturating_sub(4).max(lo)..k)
        .rev()
        .take_while(|&i| doc.is_word(i) && !doc.tokens[i].cap)
        .find(|&i| doc.is(i, "in"))?;
    // `said Thursday in a statement`: past a time word.
    let before = (medium.saturating_sub(3).max(lo)..medium)
        .rev()
        .find(|&i| !doc.lower_is(i, words::is_time_word))?;
    if doc.verb(before).is_some_and(|sv| sv.form == Form::Finite) {
        return of_verb_shallow(doc, before, lo);
    }
    // `..., said Livewire Events in a statement`: the name after an inverted verb.
    let v = (medium.saturating_sub(8).max(lo + 1)..medium)
        .rev()
        .find(|&i| doc.verb(i).is_some_and(|sv| sv.form == Form::Finite))?;
    let opens = doc.is_punct(v - 1, ",") || doc.in_quote[v - 1].is_some();
    phrase::right(doc, v + 1, medium).filter(|p| opens && p.end > before)
}

/// The subject phrase to the left of the verb at `v`, skipping fillers and an apposition.
fn of_verb_shallow(doc: &Doc, v: usize, lo: usize) -> Option<Phrase> {
    let mut i = past_fillers(doc, v, lo)?;
    if let Some(p) = relative_subject(doc, i, v, lo).or_else(|| dashed_subject(doc, i, lo)) {
        return Some(p);
    }
    if let Some(open) = doc.paren_before(i).filter(|&o| o > lo) {
        i = open;
    }
    // `Gov. John Kasich (R-OH), said`: a comma after a party tag is no apposition's.
    if doc.is_punct(i - 1, ",") {
        let tagged = doc.paren_before(i - 1).filter(|&o| {
            o > lo && (words::is_party_tag(doc.word(o + 1)) || matches!(doc.word(o + 1), "D" | "R"))
        });
        if let Some(p) = tagged
            .and_then(|o| phrase::left(doc, o, lo))
            .filter(is_name)
        {
            return Some(p);
        }
    }
    if doc.is_punct(i - 1, ",") {
        // `Another delegate on the slate, Jim Poolman, said`, `A spokesperson for Mayor Chow,
        // Ivana Yelich, said`: the name a description gives.
        // So does `The jury's chair, food writer Martin Doucet, said`, past the name's role.
        let named = phrase::left(doc, i - 1, lo).filter(|n| {
            let description = |d: Phrase| d.head == phrase::Head::Description;
            let s = phrase::role_words_before(doc, n);
            is_name(n)
                && s > lo
                && doc.is_punct(s - 1, ",")
                && (phrase::left(doc, s - 1, lo).is_some_and(|d| {
                    description(d) || placed_subject(doc, d, lo, true).is_some_and(description)
                }) || opening_description(doc, s - 1, lo))
        });
        if named.is_some() {
            return named;
        }
        // `Name, <apposition>, said`: the nearest comma that opens an apposition.
        let floor = lo.max(i.saturating_sub(32));
        let mut c = i - 1;
        // After one apposition, another may stand before it (`Stabenow, D-Mich., a member of
        // the team, said`).
        let mut chained = false;
        // `A spokesman for Unison, which represents staff, said`: with no comma before it,
        // the phrase a preposition's object stands in.
        let mut placed = None;
        while c > floor {
            c -= 1;
            if !doc.outside(c) {
                return None;
            }
            if doc.is_punct(c, ",") && (chained || starts_apposition(doc, c + 1)) {
                // `Mulgrew, president of the union, which represents teachers, said`: a
                // phrase after `of` is part of an apposition before it, not the subject.
                match phrase::left(doc, c, lo) {
                    Some(p) if !after_preposition(doc, &p) => return Some(p),
                    Some(p) if !chained => placed = placed_subject(doc, p, lo, false),
                    _ => {}
                }
                chained = true;
            }
        }
        return placed;
    }
    hung_relative(doc, i, v, lo).or_else(|| left_placed(doc, i, lo))
}

/// `The union that represents the plant's staff called ...`, `A woman who lost her home told
/// ...`: a relative clause on the phrase opening the sentence runs up to the verb at `v` (no
/// comma between); the phrase ending before it, at `i`, is the clause's object, and the
/// subject is the phrase the clause hangs from. Only a clause whose first word is its verb
/// (not `the report that the panel released`, whose subject is the panel).
fn hung_relative(doc: &Doc, i: usize, v: usize, lo: usize) -> Option<Phrase> {
    let start = doc.sentence_of(v).0.max(lo);
    // Within a short reach of the verb (a relative clause is short), so that each look stays
    // constant in a long sentence.
    let rel = (i.saturating_sub(16).max(start + 1)..i)
        .find(|&r| doc.outside(r) && doc.lower_is(r, |w| matches!(w, "who" | "that")))?;
    let verb_first = doc.is_word(rel + 1)
        && !doc.tokens[rel + 1].cap
        && !doc.lower_is(rel + 1, |w| {
            words::is_function_word(w) || words::is_article_or_possessive(w)
        });
    let unbroken = (rel..v).all(|k| doc.outside(k) && !doc.is_punct(k, ","));
    if !(verb_first && unbroken) {
        return None;
    }
    sentence_subject(doc, v, lo).filter(|p| p.end == rel)
}

/// The phrase ending before token `end`, or, when it is a preposition's object (`a spokesman
/// for the company`), the one it is placed by.
fn left_placed(doc: &Doc, end: usize, lo: usize) -> Option<Phrase> {
    let Some(p) = phrase::left(doc, end, lo) else {
        return placed_people(doc, end, lo);
    };
    // `a source close to the family said`: who knows, not what they know of.
    if p.start > lo + 2 && doc.lower_is(p.start - 2, words::places_a_source) {
        return phrase::left(doc, p.start - 2, lo).map(|q| Phrase { end, ..q });
    }
    Some(placed_subject(doc, p, lo, false).unwrap_or(p))
}

/// `Residents in the area said`, `experts on the subject say`: people, then where or what
/// they are placed by, a determiner and a lower-case word or two no phrase reads (`the area`
/// names no one).
fn placed_people(doc: &Doc, end: usize, lo: usize) -> Option<Phrase> {
    let at = (lo.max(end.saturating_sub(4))..end)
        .rev()
        .find(|&i| doc.lower_is(i, |w| words::is_locating(w) || words::is_placing(w)))?;
    // A determiner opens the object (`in the area`): a bare plural after a preposition may be
    // a noun read as a verb (`others with physical challenges`).
    let object = at + 1..end;
    if object.len() < 2
        || !doc.lower_is(at + 1, words::is_article_or_possessive)
        || !object.clone().all(|i| {
            doc.is_word(i) && doc.outside(i) && !doc.tokens[i].cap && doc.verb(i).is_none()
        })
    {
        return None;
    }
    // `two people familiar with the matter`, `a source close to the family`: how an unnamed
    // source is placed.
    let placed = if at > lo && doc.lower_is(at - 1, words::places_a_source) {
        at - 1
    } else {
        at
    };
    let q = phrase::left(doc, placed, lo)?;
    let source = placed < at && q.head == phrase::Head::Description;
    (people(doc, &q) || source).then_some(Phrase { end, ..q })
}

/// Whether `q` describes people by a plural noun (`Officials`, `Residents`, `Two people`).
fn people(doc: &Doc, q: &Phrase) -> bool {
    q.head == phrase::Head::Description && doc.word(q.end - 1).ends_with('s')
}

/// `Judge Ana Ruiz, who told the council: "..."`, `an actor who promises that ...`: a relative
/// `who` (or `, which`) before the verb at `v` (past its fillers, from `i`) stands for the
/// phrase the clause hangs from.
fn relative_subject(doc: &Doc, i: usize, v: usize, lo: usize) -> Option<Phrase> {
    // `which` only after a comma (`funded by Telefilm Canada, which said`): without one it
    // may hang from a nearer noun (`the case before the court which challenges`).
    let rel = (i.saturating_sub(1)..v)
        .find(|&r| doc.is(r, "who") || doc.is(r, "which") && r > 0 && doc.is_punct(r - 1, ","))
        .filter(|&r| r > lo)?;
    let end = if doc.is_punct(rel - 1, ",") {
        rel - 1
    } else {
        rel
    };
    left_placed(doc, end, lo).filter(|p| !matches!(p.head, phrase::Head::Pronoun(_)))
}

/// `A former candidate -- Tom Vale, who lost in 2008 -- said`, `The board's lawyer — Mark Tan —
/// told`: an aside set off by dashes ends right before token `i`. The name opening it is the
/// subject; with none, the phrase before it.
fn dashed_subject(doc: &Doc, i: usize, lo: usize) -> Option<Phrase> {
    let close = (i.saturating_sub(2)..i).find(|&k| doc.dash_end(k) == Some(i))?;
    let floor = lo.max(close.saturating_sub(32));
    let mut k = close;
    let (open, inside) = loop {
        if k <= floor || !doc.outside(k - 1) {
            return None;
        }
        k -= 1;
        // The second hyphen of `--` is no dash of its own.
        let second_hyphen = doc.is_punct(k, "-") && k > 0 && doc.is_punct(k - 1, "-");
        match doc.dash_end(k) {
            Some(e) if e <= close && !second_hyphen => break (k, e),
            _ => {}
        }
    };
    if let Some(n) = phrase::right(doc, inside, close).filter(is_name) {
        return Some(n);
    }
    left_placed(doc, open, lo)
}

/// `Another delegate on the Cruz slate, Jim Poolman, said`: a description opens the sentence and
/// runs, with no verb or comma, to the comma at `comma`.
fn opening_description(doc: &Doc, comma: usize, lo: usize) -> bool {
    let start = doc.sentence_of(comma).0.max(lo);
    // Or an article or possessive and a few lower-case words no list knows (`The bill's
    // sponsor, Sen. Omar Haddad, said`, `Its new owner, Jo Park, said`).
    let noun_phrase = comma > start + 1
        && comma <= start + 5
        && doc.lower_is(start, words::is_article_or_possessive)
        && (start + 1..comma).all(|i| {
            doc.is_word(i)
                && doc.outside(i)
                && doc.verb(i).is_none()
                && (!doc.tokens[i].cap || possessive_base(doc.word(i)).is_some())
                && !doc.lower_is(i, words::is_function_word)
        });
    noun_phrase
        || phrase::right(doc, start, comma).is_some_and(|d| {
            d.head == phrase::Head::Description
                && (d.end..comma).all(|i| doc.verb(i).is_none() && !doc.is_punct(i, ","))
        })
}

/// `Jeffrey Lewis of the Center for Nonproliferation Studies wrote`, `a spokesman for the
/// company said`: the phrase before the verb is the object of a preposition; the subject is the
/// name or description before the preposition, back through the words of an organisation's name.
/// `apposed`: a name follows `p` in apposition, so a titled `p` is the preposition's object
/// (`A spokesperson for Mayor Chow, Ivana Yelich,`), not a person a title names.
fn placed_subject(doc: &Doc, p: Phrase, lo: usize, apposed: bool) -> Option<Phrase> {
    // `Officials in Ottawa said`, `Republicans in Tennessee say`: people a name places; the
    // place does not speak. So with two places (`Voters in Ottawa and Toronto said`).
    let place = (is_name(&p) && p.start > lo + 2 && doc.is(p.start - 1, "and"))
        .then(|| phrase::left(doc, p.start - 1, lo))
        .flatten()
        .filter(|q| is_name(q) && q.end + 1 == p.start)
        .map_or(p.start, |q| q.start);
    if is_name(&p) && place > lo + 1 && doc.lower_is(place - 1, words::is_locating) {
        if let Some(q) = phrase::left(doc, place - 1, lo).filter(|q| people(doc, q)) {
            return Some(Phrase { end: p.end, ..q });
        }
    }
    // `The union's letter to the premier warns`: a document is placed by whom it is addressed
    // to as well.
    let placing = |i: usize| {
        doc.lower_is(i, words::is_placing)
            || doc.is(i, "to") && i > lo && doc.lower_is(i - 1, words::is_document)
    };
    // `... of the Institute for Science and International Security wrote`: the run may
    // start inside an organisation's name after `and`.
    if !(p.start > lo && (placing(p.start - 1) || doc.is(p.start - 1, "and"))) {
        return None;
    }
    let mut i = p.start;
    for _ in 0..12 {
        if i <= lo || !doc.outside(i - 1) || !doc.is_word(i - 1) {
            return None;
        }
        i -= 1;
        // `One of the protesters said`: a part of the group the preposition's object names.
        if doc.is(i, "of") && i > lo && p.head == phrase::Head::Description {
            // `75 percent of Republicans said`: a share of them.
            if let Some(s) = phrase::share_start(doc, i - 1).filter(|&s| s >= lo) {
                return Some(Phrase { start: s, ..p });
            }
            if doc.lower_is(i - 1, words::is_partitive) {
                return Some(Phrase { start: i - 1, ..p });
            }
        }
        if placing(i) {
            if let Some(q) = phrase::left(doc, i, lo) {
                // `Speaker of the House Rep. Paul Ryan`: a title before a person's name.
                let title_of_person =
                    !apposed && q.head == phrase::Head::Description && is_person(doc, &p);
                if title_of_person {
                    return None;
                }
                if let Some(r) = relative_antecedent(doc, &q, lo) {
                    return Some(r);
                }
                if !after_preposition(doc, &q) {
                    // `a spokesperson for the association`: known by whom it speaks for.
                    let end = if q.head == phrase::Head::Description {
                        p.end
                    } else {
                        q.end
                    };
                    return Some(Phrase { end, ..q });
                }
                i = q.start;
            }
        } else if !(doc.tokens[i].cap || doc.lower_is(i, |w| matches!(w, "the" | "and" | "&"))) {
            return None;
        }
    }
    None
}

/// `Katie Packer, who is chairman of the PAC, said`: the name a relative clause describes,
/// when the clause's role is `q`.
fn relative_antecedent(doc: &Doc, q: &Phrase, lo: usize) -> Option<Phrase> {
    let copula = q.start.checked_sub(1)?;
    let who = copula.checked_sub(1)?;
    let comma = who.checked_sub(1)?;
    let is_copula = doc.lower_is(copula, |w| matches!(w, "is" | "was"));
    (is_copula && doc.is(who, "who") && doc.is_punct(comma, ","))
        .then(|| phrase::left(doc, comma, lo))
        .flatten()
}

/// Whether the name `p` is a person's: a title or a given name opens it.
fn is_person(doc: &Doc, p: &Phrase) -> bool {
    let phrase::Head::Name { name } = p.head else {
        return false;
    };
    (p.start..name.1).any(|i| words::is_title(doc.word(i))) || doc.is_given_name(name.0)
}

/// The name after an inverted cue verb (`said Psaki`), when the verb opens its clause.
pub(crate) fn inverted(doc: &Doc, v: usize, lo: usize, hi: usize) -> Option<Phrase> {
    let opens_clause = v == lo
        || doc.is_punct(v - 1, ",")
        || doc.is_punct(v - 1, "—")
        || doc.in_quote[v - 1].is_some()
        || (v >= 2
            && is_filler(doc, v - 1)
            && (doc.is_punct(v - 2, ",") || doc.in_quote[v - 2].is_some()));
    // `told Tracy she was "..."`: after a verb of telling comes who was told.
    let telling = doc.lower_is(v, words::tells_listener);
    // `, advising graduates to "..."`: a participle is never inverted; what follows it is
    // its object. Nor is a verb of stating a view or acting with words (`, accused her rival
    // of "..."`): what follows it is who it is about.
    let participle = doc.verb(v).is_some_and(|x| x.form == Form::Ing);
    let weak = doc.verb(v).is_some_and(|x| x.strength == Strength::Weak);
    if !opens_clause || telling || participle || weak {
        return None;
    }
    // Right after a quotation, or the comma after one.
    let quoted = |b: usize| doc.in_quote[b].is_some();
    let after_quote = v.checked_sub(1).is_some_and(|b| {
        quoted(b) || (doc.is_punct(b, ",") && b.checked_sub(1).is_some_and(quoted))
    });
    // `points out the Cambridge resident`: past the particle.
    let mut s = v + 1 + usize::from(doc.verb(v).is_some_and(|x| x.particle));
    // Not past `on` or `to`, fillers before a verb (`went on to say`) but prepositions after
    // one (`said on CNN`: CNN is where, not who).
    while s < hi && is_filler(doc, s) && !doc.lower_is(s, |w| matches!(w, "the" | "on" | "to")) {
        s += 1;
    }
    // `said chief of staff Ron Klain`: a role that goes on past `of` to the name.
    let p = match phrase::right(doc, s, hi) {
        Some(p) if p.head == phrase::Head::Description && doc.is(p.end, "of") => {
            described_name(doc, s, hi).unwrap_or(p)
        }
        Some(p) => p,
        None => described_name(doc, s, hi)
            .or_else(|| after_quote.then(|| stranger(doc, s, hi)).flatten())?,
    };
    let p = closing_name(doc, p, hi).unwrap_or(p);
    // `said Schumer has "..."`, `said the city "will ..."`: the name opens a reported clause,
    // it does not speak.
    let next = p.end;
    if next < hi && doc.is_word(next) && doc.lower_is(next, words::is_auxiliary) {
        return None;
    }
    // `Sutherland, on Tuesday, said the city needed "..."`: away from a quotation, a phrase
    // that runs on into a lower-case word other than a function or time word is a reported
    // clause's subject, before its verb.
    if !after_quote
        && next < hi
        && doc.is_word(next)
        && !doc.tokens[next].cap
        && doc.outside(next)
        && !doc.lower_is(next, |w| {
            words::is_function_word(w) || words::is_time_word(w)
        })
    {
        return None;
    }
    if doc
        .in_quote
        .get(next)
        .copied()
        .flatten()
        .is_some_and(|q| doc.opens_lower(q as usize))
    {
        return None;
    }
    // `, called Mr. Obama's remarks "..."`: an owner is part of the verb's object, no speaker.
    if let phrase::Head::Name { name } = p.head {
        if name.1 == p.end && possessive_base(doc.word(name.1 - 1)).is_some() {
            return None;
        }
    }
    // `said he` only in an inverted cue right after a quotation.
    // Not after the comma closing an apposition (`Jim Poolman, said he was`).
    if matches!(p.head, phrase::Head::Pronoun(_)) && !after_quote {
        return None;
    }
    // `Smith, delivering the speech, asked the crowd "..."`: after the comma closing an
    // apposition, what runs straight into a quotation is the verb's object; an inverted cue
    // there is set off (`The president, said Psaki, 43, was`).
    // So is one the verb governs on through a preposition or `that` (`Cruz, with unconcealed
    // delight, chided Trump for raising questions`, `urged the council to`).
    let governed = doc.lower_is(p.end, words::governs_object);
    if !after_quote
        && v > lo
        && doc.is_punct(v - 1, ",")
        && (governed || doc.in_quote.get(p.end).is_some_and(|q| q.is_some()))
    {
        return None;
    }
    Some(p)
}

/// The name that ends a cue's phrase after words describing it: `says Wise's dad, Darrin.`
/// (a description, then the name in apposition) or `says Heart and Stroke senior manager Erin
/// Kim` (an organisation and a role before the name). Only a name that closes the clause.
fn closing_name(doc: &Doc, p: Phrase, hi: usize) -> Option<Phrase> {
    let closes = |q: &Phrase| closes_clause(doc, q.end, hi);
    let name = |k: usize| phrase::right(doc, k, hi).filter(|q| is_name(q) && closes(q));
    match p.head {
        // (Or one placed by an institution after it: `said the study's lead author, Dr. Hana
        // Sato of the University of Sydney.`)
        phrase::Head::Description if doc.is_punct(p.end, ",") => name(p.end + 1).or_else(|| {
            phrase::right(doc, p.end + 1, hi)
                .filter(|q| is_name(q) && placed_to_close(doc, q.end, hi))
        }),
        // `said tenants' association president Maya Greene`: past a plural's apostrophe and
        // what the owners have, to a role word and the name.
        phrase::Head::Description if doc.is_apostrophe(p.end) => (p.end + 1..hi.min(p.end + 6))
            .take_while(|&k| doc.is_word(k) && !doc.tokens[k].cap && doc.verb(k).is_none())
            .find(|&k| doc.is_role(k) && k + 1 < hi && doc.tokens[k + 1].cap)
            .and_then(|k| name(k + 1)),
        // `said co-founder and CEO Mira Patel`, `said president and chief executive Jo Lam`: a
        // bare role, then `and` and roles up to the name that closes the clause.
        phrase::Head::Description if !doc.lower_is(p.start, words::is_article_or_possessive) => {
            (p.end..hi.min(p.end + 5))
                .take_while(|&k| {
                    doc.is_word(k)
                        && doc.verb(k).is_none_or(|v| v.form == Form::Ing)
                        && (doc.tokens[k].cap
                            || doc.is(k, "and")
                            || !doc.lower_is(k, words::is_function_word))
                })
                .find(|&k| doc.tokens[k].cap)
                .and_then(name)
        }
        phrase::Head::Name { .. } if !closes(&p) => {
            // Through capitalised and lower-case words to a role word, then the name.
            let mut k = p.end;
            while k < hi.min(p.end + 8) && doc.is_word(k) && doc.verb(k).is_none() {
                let lower = doc.word(k).to_ascii_lowercase();
                let cap = doc.tokens[k].cap;
                if !cap && words::is_role(&lower) && k + 1 < hi && doc.tokens[k + 1].cap {
                    return name(k + 1);
                }
                // Capitalised words, `and`, `of` and lower-case modifiers; a preposition means
                // the name is placed (`Joe Mulligan with Railroad Workers United`), not described.
                let modifier = !cap
                    && lower.chars().all(|c| c.is_lowercase())
                    && !matches!(
                        lower.as_str(),
                        "with" | "from" | "at" | "for" | "in" | "on" | "by" | "to" | "who"
                    );
                if !(cap || modifier || lower == "&") {
                    return None;
                }
                k += 1;
            }
            None
        }
        _ => None,
    }
}

/// Whether `of`, `at` or `from` at token `e` places what stands before it by an institution's
/// capitalised name that closes the clause (`of the University of Sydney.`).
fn placed_to_close(doc: &Doc, e: usize, hi: usize) -> bool {
    if !doc.lower_is(e, |w| matches!(w, "of" | "at" | "from")) {
        return false;
    }
    let end = (e + 1..hi.min(e + 10))
        .find(|&k| {
            !(doc.is_word(k)
                && (doc.tokens[k].cap || doc.lower_is(k, |w| matches!(w, "the" | "of" | "and"))))
        })
        .unwrap_or(hi.min(e + 10));
    end > e + 1 && doc.tokens[end - 1].cap && closes_clause(doc, end, hi)
}

/// Whether a phrase ending before token `e` closes its clause: the clause's end `hi`, or a
/// comma, full stop or semicolon next.
fn closes_clause(doc: &Doc, e: usize, hi: usize) -> bool {
    e >= hi || doc.is_punct(e, ",") || doc.is_punct(e, ".") || doc.is_punct(e, ";")
}

/// `"...," said a rider.`, `"...," said one longtime commuter,`: after a verb inverted right
/// after a quotation (the caller checks: not `, tweeted a warning.`), an indefinite article and
/// a few lower-case nouns closing the clause describe who spoke, whether or not a list knows
/// the noun.
fn stranger(doc: &Doc, s: usize, hi: usize) -> Option<Phrase> {
    if !doc.lower_is(s, words::is_indefinite) {
        return None;
    }
    let e = (s + 1..hi.min(s + 4))
        .take_while(|&k| {
            doc.is_word(k)
                && !doc.tokens[k].cap
                && doc.outside(k)
                && doc.verb(k).is_none()
                && !doc.lower_is(k, words::is_function_word)
        })
        .last()?
        + 1;
    closes_clause(doc, e, hi).then_some(Phrase {
        start: s,
        end: e,
        head: phrase::Head::Description,
    })
}

/// `said lead author Dr. Allan Garland`: a name after a few lower-case words that describe it.
fn described_name(doc: &Doc, s: usize, hi: usize) -> Option<Phrase> {
    // `of` between two words of the role (`master of ceremonies`, `chief of staff`).
    let role_of = |k: usize| {
        doc.word(k) == "of"
            && k > s
            && doc.is_word(k + 1)
            && !doc.tokens[k + 1].cap
            && !doc.lower_is(k + 1, |w| {
                words::is_function_word(w) || words::is_article_or_possessive(w)
            })
    };
    let mut k = s;
    while k < hi.min(s + 5)
        && doc.is_word(k)
        && !doc.tokens[k].cap
        && doc.outside(k)
        && (doc.verb(k).is_none() || k > s && role_of(k - 1))
        && (role_of(k)
            || !matches!(
                doc.word(k),
                "of" | "at" | "in" | "for" | "with" | "from" | "on" | "to" | "and" | "or"
            ))
    {
        k += 1;
    }
    let described = (s..k).any(|i| doc.is_role(i));
    // `the self-taught Cambridge resident`: a place before the role.
    if !described && doc.is(s, "the") && k < hi && doc.tokens[k].cap {
        let mut r = k;
        while r < hi.min(k + 3) && doc.is_word(r) && doc.tokens[r].cap && doc.outside(r) {
            r += 1;
        }
        let role = r < hi && doc.is_word(r) && doc.is_role(r);
        let alone = r + 1 >= hi || !doc.tokens[r + 1].cap;
        if role && alone {
            return Some(Phrase {
                start: s,
                end: r + 1,
                head: phrase::Head::Description,
            });
        }
    }
    if k == s {
        return None;
    }
    if !described {
        // `said former Obama adviser David Axelrod`: modifiers, then a name that its role
        // introduces; `said retired neurosurgeon Ben Carson,`: words for what someone does
        // that no list holds, then a name that closes the clause.
        return phrase::right(doc, k, hi)
            .filter(|p| {
                matches!(p.head, phrase::Head::Name { name }
                    if name.0 > p.start || closes_clause(doc, p.end, hi))
                    && !doc.is(s, "the")
                    && (s..k).all(|i| role_of(i) || !doc.lower_is(i, words::is_function_word))
            })
            .map(|p| Phrase { start: s, ..p });
    }
    match phrase::right(doc, k, hi) {
        Some(p) if is_name(&p) => Some(Phrase { start: s, ..p }),
        // `said the lead author.`: a description standing alone.
        _ if doc.is(s, "the") && (k >= hi || !doc.tokens[k].cap) => Some(Phrase {
            start: s,
            end: k,
            head: phrase::Head::Description,
        }),
        _ => None,
    }
}

/// Whether the phrase `p` is the object of a preposition (`of the union`, `at the bank`).
fn after_preposition(doc: &Doc, p: &Phrase) -> bool {
    p.start > 0
        && doc.lower_is(p.start - 1, |w| {
            matches!(
                w,
                "of" | "at" | "for" | "from" | "with" | "in" | "on" | "to"
            )
        })
}

/// `Reyes and Lee said`, `said Ana Reyes, Tom Lee and Jo Park`: names joined by `and` (and
/// commas before it) speak together. The names, two to four, when name `p`, the subject of the
/// verb at `verb`, is one of them: the list opens its clause (not `Rubio attacked Cruz and
/// Trump said`), or follows the verb and ends the clause.
pub(crate) fn coordinated(doc: &Doc, p: Phrase, verb: usize) -> Option<Vec<Phrase>> {
    if !is_name(&p) || p.start >= doc.tokens.len() {
        return None;
    }
    let (s0, s1) = doc.sentence_of(p.start);
    // Leftwards: `and` (or `, and`) right before `p`, then `and` or commas; not before a verb
    // that agrees with one subject (`Yahoo News and former anchor Katie Couric has`).
    let mut members = vec![p];
    let one = singular_verb(doc, p.end);
    while members.len() < 4 && !one {
        let start = members[0].start;
        let and = start > s0 + 1 && doc.is(start - 1, "and");
        let comma = start > s0 + 1 && doc.is_punct(start - 1, ",");
        let sep = if and && doc.is_punct(start - 2, ",") {
            start - 2
        } else if and || comma && members.len() > 1 {
            start - 1
        } else {
            break;
        };
        match phrase::left(doc, sep, s0).filter(|q| is_name(q) && q.end == sep) {
            Some(q) => members.insert(0, q),
            None => break,
        }
    }
    let opens = |q: &Phrase| {
        q.start == past_dateline(doc, s0, p.start)
            || q.start > 0 && !doc.is_word(q.start - 1) && !doc.is_punct(q.start - 1, "(")
    };
    if let Some(i) = (0..members.len() - 1).find(|&i| opens(&members[i])) {
        return Some(members.split_off(i));
    }
    // Rightwards, after the verb.
    let members = listed_after(doc, p, s1);
    let last = members.last()?;
    (p.start == verb + 1 && (last.end >= s1 || !doc.is_word(last.end))).then_some(members)
}

/// `Ana Reyes, Tom Lee and Jo Park`: the names listed from name `p` on, before token `hi`,
/// the last after `and`; none when `p` opens no such list.
pub(crate) fn listed_after(doc: &Doc, p: Phrase, hi: usize) -> Vec<Phrase> {
    let mut members = vec![p];
    while members.len() < 4 {
        let end = members[members.len() - 1].end;
        let comma = doc.is_punct(end, ",");
        let from = end + usize::from(comma);
        let and = doc.is(from, "and");
        let next = (comma || and).then(|| phrase::right(doc, from + usize::from(and), hi));
        let Some(q) = next.flatten().filter(is_name) else {
            break;
        };
        members.push(q);
        if and {
            return members;
        }
    }
    Vec::new()
}

/// Whether `q` names someone (rather than describing them or being a pronoun).
fn is_name(q: &Phrase) -> bool {
    matches!(q.head, phrase::Head::Name { .. })
}

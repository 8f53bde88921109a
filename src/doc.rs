//! The article as the rules see it: tokens, sentences, blocks and the quotations found, with
//! fast lookups between them. Built once per article in linear time.

use crate::article::{Article, BlockKind};
use crate::fast_hash::FastMap;
use crate::lexicon::speech_verbs::{self, SpeechVerb};
use crate::lexicon::{first_names, words, LONGEST_LISTED};
use crate::quotes::Found;
use crate::tokens::{tokenize, Token, TokenKind};
use std::cell::{Cell, OnceCell};

/// A set of the article's words, in the one hash table type the engine compiles (the entities'
/// index): a second type costs the wasm its own copy of the table's code.
type Words = FastMap<String, Vec<usize>>;

pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    /// The quotation (index into `quotes`) whose marks enclose each token.
    pub in_quote: Vec<Option<u32>>,
    /// Sentence number of each token.
    pub sentence: Vec<u32>,
    /// Block number of each token.
    pub block: Vec<u32>,
    /// Token range `[start, end)` of each sentence.
    pub sentences: Vec<(usize, usize)>,
    /// Token range of each block.
    pub block_tokens: Vec<(usize, usize)>,
    pub quotes: Vec<Found>,
    /// Token range of each quotation, marks included.
    pub quote_tokens: Vec<(usize, usize)>,
    /// The speech verb each token is a form of.
    pub verbs: Vec<Option<SpeechVerb>>,
    /// Whether each block is a headline: a heading, or a short line that capitalises its
    /// words (`9 Offensive Things Donald Trump Has Said`), where capitals mark no names.
    pub headline: Vec<bool>,
    /// The first headline block with words, the article's title.
    title: Option<usize>,
    /// Whether each block is a photo caption: it ends with a credit in parentheses (`(Jane
    /// Doe/Reuters)`, `( THE CANADIAN PRESS FILE PHOTO )`). Its names are of a picture and its
    /// photographer, not people of the story.
    pub caption: Vec<bool>,
    /// Words the article capitalises after a word of their sentence: names, not sentence
    /// openers. Built on first use.
    mid_caps: OnceCell<Words>,
    /// The text with its ASCII letters in lower case, byte for byte: a word is lowered once
    /// here rather than at each list it is looked up in.
    lower: String,
    /// Words the body gives as a surname after a given name (`Jo Ortiz`). Built on first use.
    surnames: OnceCell<Words>,
    /// Whether each token is a common given name: looked up when first asked (a capitalised
    /// token starts unknown, 2; others are no name, 0), asked many times.
    given: Vec<Cell<u8>>,
    /// Whether each word may be part of a name, as [`crate::syntax::phrase`] decides it:
    /// decided when first asked (2 until then), since a phrase reader asks about the same word
    /// from both sides and again for each mention around it.
    name_word: Vec<Cell<u8>>,
    /// Whether each word is a role noun ([`words::is_role`]): asked of the same words by
    /// most readers, so looked up once (2 until then).
    role: Vec<Cell<u8>>,
}

/// A word without its `'s` or `’s` (`Biden's` → `Biden`); `None` when it has neither.
pub(crate) fn possessive_base(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
}

impl<'a> Doc<'a> {
    #[inline(never)] // a stage of its own: see `annotate`
    pub(crate) fn new(article: &'a Article, quotes: Vec<Found>) -> Self {
        let text = article.text();
        let mut tokens = Vec::with_capacity(text.len() / 5);
        let mut block = Vec::with_capacity(text.len() / 5);
        let mut block_tokens = Vec::with_capacity(article.blocks().len());
        for (b, span) in article.blocks().iter().enumerate() {
            let first = tokens.len();
            tokenize(text, span.start, span.end, &mut tokens);
            block.resize(tokens.len(), b as u32);
            block_tokens.push((first, tokens.len()));
        }

        // Quote membership and quote token ranges: both lists are in text order.
        let mut in_quote = vec![None; tokens.len()];
        let mut quote_tokens = Vec::with_capacity(quotes.len());
        let mut t = 0;
        for (qi, q) in quotes.iter().enumerate() {
            while t < tokens.len() && (tokens[t].start as usize) < q.outer.0 {
                t += 1;
            }
            let s = t;
            let mut e = t;
            while e < tokens.len() && tokens[e].end as usize <= q.outer.1 {
                in_quote[e] = Some(qi as u32);
                e += 1;
            }
            quote_tokens.push((s, e));
            t = e;
        }

        let lower = text.to_ascii_lowercase();
        let verbs = find_verbs(text, &lower, &tokens, &block);

        let mut doc = Doc {
            text,
            tokens,
            in_quote,
            sentence: Vec::new(),
            block,
            sentences: Vec::new(),
            block_tokens,
            quotes,
            quote_tokens,
            verbs,
            headline: Vec::new(),
            title: None,
            caption: Vec::new(),
            mid_caps: OnceCell::new(),
            lower,
            surnames: OnceCell::new(),
            given: Vec::new(),
            name_word: Vec::new(),
            role: Vec::new(),
        };
        doc.given = (doc.tokens.iter())
            .map(|t| Cell::new(if t.cap { 2 } else { 0 }))
            .collect();
        doc.name_word = (doc.tokens.iter())
            .map(|t| Cell::new(if t.kind == TokenKind::Word { 2 } else { 0 }))
            .collect();
        doc.role.clone_from(&doc.name_word);
        doc.headline = (0..doc.block_tokens.len())
            .map(|b| {
                article.blocks()[b].kind == BlockKind::Heading
                    || doc.title_case(b)
                    || b == 0 && doc.unpunctuated_line(b)
            })
            .collect();
        doc.names_outside_headlines();
        doc.title = (0..doc.block_tokens.len()).find(|&b| {
            let (s, e) = doc.block_tokens[b];
            doc.headline[b] && e > s
        });
        doc.caption = (0..doc.block_tokens.len())
            .map(|b| doc.ends_with_credit(b))
            .collect();
        doc.split_sentences();
        doc
    }

    /// `the U.S. State Department said`: outside a headline, a capitalised verb between
    /// capitalised words (see [`names_are_not_verbs`]) is part of a name; in one, or in a run
    /// of title case (`— Hillary Clinton Says EgyptAir Crash Seems ...` among related links),
    /// the words may be a name and what it did.
    fn names_outside_headlines(&mut self) {
        let cap = |d: &Doc, k: usize| d.is_word(k) && d.tokens[k].cap;
        for i in 2..self.tokens.len().saturating_sub(1) {
            let b = self.block[i];
            if self.verbs[i].is_some()
                && !self.headline[b as usize]
                && cap(self, i)
                && cap(self, i - 1)
                && cap(self, i + 1)
                && !(cap(self, i + 2) && cap(self, i + 3))
                && self.is_word(i - 2)
                && self.block[i - 2] == b
                && self.block[i + 1] == b
            {
                self.verbs[i] = None;
            }
        }
    }

    fn split_sentences(&mut self) {
        let n = self.tokens.len();
        let mut sentence = Vec::with_capacity(n);
        let mut sentences = Vec::new();
        let mut start = 0;
        let mut id = 0u32;
        for i in 0..n {
            sentence.push(id);
            let boundary = i + 1 == n
                || self.block[i] != self.block[i + 1]
                || self.tokens[i + 1].kind == TokenKind::Break
                || self.ends_sentence(i);
            if boundary {
                sentences.push((start, i + 1));
                start = i + 1;
                id += 1;
            }
        }
        self.sentence = sentence;
        self.sentences = sentences;
    }

    /// Whether block `b` is a short line that capitalises every word but articles,
    /// conjunctions and short prepositions (not `said`: `"...," said Judicial Watch President
    /// Tom Fitton.` is a paragraph), as headlines are written; within quotation marks
    /// too (`Ryan: 'Bad Ideas' Have 'No Place Here.'`), or outside them only when they hold
    /// lower case (`Park Calls Plan 'a disaster'`).
    fn title_case(&self, b: usize) -> bool {
        let (s, e) = self.block_tokens[b];
        // Capitalised and lower-case words, outside quotation marks and in all.
        let (mut caps, mut lower) = ([0; 2], [0; 2]);
        for i in
            (s..e).filter(|&i| self.is_word(i) && self.word(i).starts_with(char::is_alphabetic))
        {
            let tally = if self.tokens[i].cap {
                &mut caps
            } else if !(self.word(i).len() <= 4
                && self.verb(i).is_none()
                && self.lower_is(i, |w| {
                    matches!(w, "a" | "an" | "the") || words::is_function_word(w)
                }))
            {
                &mut lower
            } else {
                continue;
            };
            tally[0] += usize::from(self.outside(i));
            tally[1] += 1;
        }
        e - s <= 40 && (0..2).any(|k| caps[k] >= 4 && lower[k] == 0)
    }

    /// Whether block `b` is a short line that ends in a word, with no full stop: the headline
    /// of plain text written in sentence case (`Pipeline company fined for river spill`). An
    /// abbreviation's period ends a sentence too (`... conceded at 10 p.m.`).
    fn unpunctuated_line(&self, b: usize) -> bool {
        let (s, e) = self.block_tokens[b];
        e > s && e - s <= 20 && self.is_word(e - 1) && !self.word(e - 1).ends_with('.')
    }

    /// Whether block `b` ends with a photo credit: a short parenthesis, outside quotation
    /// marks, that holds a slash (`Name/Agency`) or a word only credits use.
    fn ends_with_credit(&self, b: usize) -> bool {
        let (s, mut e) = self.block_tokens[b];
        if e > s && self.is_punct(e - 1, ".") {
            e -= 1;
        }
        if e <= s || !self.is_punct(e - 1, ")") || !self.outside(e - 1) {
            return false;
        }
        let Some(open) = (s.max(e.saturating_sub(16))..e - 1)
            .rev()
            .find(|&k| self.is_punct(k, "("))
        else {
            return false;
        };
        self.is_credit(open, e - 1)
    }

    /// Whether the parenthesis from token `open` to `close` is a photo credit: it holds a slash
    /// (`Name/Agency`) or a word only credits use.
    fn is_credit(&self, open: usize, close: usize) -> bool {
        (open + 1..close).any(|k| {
            self.is_punct(k, "/") || self.is_word(k) && self.lower_is(k, words::is_credit_word)
        })
    }

    /// Whether token `i` stands inside a photo credit in the middle of a paragraph (`(Photo:
    /// Jane Doe/Reuters)`): a name there took the picture, it says nothing.
    pub(crate) fn in_credit(&self, i: usize) -> bool {
        let (s, e) = self.block_tokens[self.block[i] as usize];
        let open = (s.max(i.saturating_sub(8))..i)
            .rev()
            .take_while(|&k| !self.is_punct(k, ")"))
            .find(|&k| self.is_punct(k, "("));
        let close = (i..e.min(i + 8))
            .take_while(|&k| !self.is_punct(k, "("))
            .find(|&k| self.is_punct(k, ")"));
        matches!((open, close), (Some(o), Some(c)) if self.is_credit(o, c))
    }

    /// Whether a sentence ends after token `i`.
    fn ends_sentence(&self, i: usize) -> bool {
        let tok = self.tokens[i];
        let next = self.tokens[i + 1];
        // A capital or an opening mark starts the next sentence; `D-Mich.,` does not.
        let next_cap = next.cap
            || (next.kind == TokenKind::Punct
                && !matches!(next.text(self.text), "," | ";" | ":" | ")"));
        match self.in_quote[i] {
            None => {
                // A line break before a capital (a paragraph in text that breaks them with one
                // newline) ends one too.
                if tok.kind == TokenKind::Break {
                    return next_cap;
                }
                // A full stop with no space after it (`D-N.Y.`, `example.Com`) ends no sentence.
                tok.kind == TokenKind::Punct
                    && matches!(tok.text(self.text), "." | "!" | "?")
                    && next_cap
                    && next.start > tok.end
                    && self.in_quote[i + 1].is_none_or(|q| self.quote_tokens[q as usize].0 == i + 1)
            }
            Some(q) => {
                // The closing mark of a quotation that ends a sentence (`."`), unless a cue
                // follows (`"Go!" he shouted.`).
                let q = q as usize;
                let (_, qe) = self.quote_tokens[q];
                if qe != i + 1 || self.in_quote[i + 1].is_some() || !next.cap {
                    return false;
                }
                self.inner(q).ends_with(['.', '!', '?']) && !self.cue_follows(i + 1)
            }
        }
    }

    /// A speech verb within the next few words, before any punctuation, and before any
    /// auxiliary: `Trump has also announced` opens a sentence of its own.
    fn cue_follows(&self, from: usize) -> bool {
        (from..(from + 6).min(self.tokens.len()))
            .take_while(|&j| {
                (self.tokens[j].kind == TokenKind::Word
                    || self.word(j) == ","
                    || self.word(j) == ".")
                    && !self.lower_is(j, words::is_auxiliary)
            })
            .any(|j| self.verbs[j].is_some())
    }

    /// The text of token `i`; empty past the last token, so a rule that looks one word ahead
    /// of the end reads nothing instead of indexing out of bounds.
    pub(crate) fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    /// The speech verb token `i` is a form of; `None` past the last token.
    pub(crate) fn verb(&self, i: usize) -> Option<SpeechVerb> {
        self.verbs.get(i).copied().flatten()
    }

    /// The words of the tokens (after the first) where `keep` holds, collected into `cell` on
    /// first use.
    fn words_where<'s>(
        &'s self,
        cell: &'s OnceCell<Words>,
        keep: impl Fn(usize) -> bool,
    ) -> &'s Words {
        cell.get_or_init(|| {
            (1..self.tokens.len())
                .filter(|&t| keep(t))
                .map(|t| (self.word(t).to_string(), Vec::new()))
                .collect()
        })
    }

    /// Whether the article capitalises `word` after a word of its sentence somewhere (`Weaver`
    /// in `said Weaver`: a name; `Shortly` only ever opens a sentence).
    pub(crate) fn capitalised_mid_sentence(&self, word: &str) -> bool {
        self.words_where(&self.mid_caps, |t| {
            self.tokens[t].cap
                && self.is_word(t)
                && self.is_word(t - 1)
                && self.sentence[t - 1] == self.sentence[t]
        })
        .contains_key(word)
    }

    /// Whether the body names someone in full with `word` as the surname (`Jo Ortiz`).
    pub(crate) fn surname_in_body(&self, word: &str) -> bool {
        self.words_where(&self.surnames, |t| {
            self.tokens[t].cap
                && self.tokens[t - 1].cap
                && !self.headline[self.block[t] as usize]
                && self.is_given_name(t - 1)
        })
        .contains_key(word)
    }

    /// Whether token `i` is the word `w`, ignoring case.
    pub(crate) fn is(&self, i: usize, w: &str) -> bool {
        i < self.tokens.len() && self.word(i).eq_ignore_ascii_case(w)
    }

    pub(crate) fn is_punct(&self, i: usize, p: &str) -> bool {
        i < self.tokens.len() && self.tokens[i].kind == TokenKind::Punct && self.word(i) == p
    }

    /// Whether token `i` is an apostrophe of its own (`Torres’ verdict`, `tenants' association`:
    /// a plural's or an s-name's, after its word).
    pub(crate) fn is_apostrophe(&self, i: usize) -> bool {
        self.is_punct(i, "'") || self.is_punct(i, "’")
    }

    /// Where a dash that starts at token `k` ends: `—`, `–`, `―`, or `--` typed as two hyphens.
    pub(crate) fn dash_end(&self, k: usize) -> Option<usize> {
        if ["—", "–", "―"].iter().any(|d| self.is_punct(k, d)) {
            Some(k + 1)
        } else {
            (self.is_punct(k, "-") && self.is_punct(k + 1, "-")).then_some(k + 2)
        }
    }

    /// `Marco Rubio (R-Fla.) said`: when a short parenthesis ends just before `i`, the index of
    /// its `(`.
    pub(crate) fn paren_before(&self, i: usize) -> Option<usize> {
        if i == 0 || !self.is_punct(i - 1, ")") {
            return None;
        }
        (i.saturating_sub(9)..i - 1)
            .rev()
            .take_while(|&k| self.outside(k) && !self.is_punct(k, ")"))
            .find(|&k| self.is_punct(k, "("))
    }

    /// `," Marco Rubio (R-Fla.) said`: when a short parenthesis opens at `i`, the index after
    /// its `)`.
    pub(crate) fn paren_after(&self, i: usize) -> Option<usize> {
        if !self.is_punct(i, "(") {
            return None;
        }
        (i + 1..(i + 9).min(self.tokens.len()))
            .take_while(|&k| self.outside(k) && !self.is_punct(k, "("))
            .find(|&k| self.is_punct(k, ")"))
            .map(|k| k + 1)
    }

    /// A lower-case adverb or auxiliary that may stand between a speaker and the verb
    /// (`he later said`, `she has said`).
    pub(crate) fn is_filler(&self, i: usize) -> bool {
        self.is_word(i) && !self.tokens[i].cap && self.lower_is(i, words::is_verb_filler)
    }

    /// Token `i` lower-cased, as [`crate::lexicon::ascii_lower`] gives it: `None` for a long or
    /// non-ASCII word, which is in no closed list; empty past the last token.
    pub(crate) fn lower(&self, i: usize) -> Option<&str> {
        self.tokens
            .get(i)
            .map_or(Some(""), |t| lowered(&self.lower, t))
    }

    /// Whether `f` holds for word `i` lower-cased (see [`lower_is`]).
    pub(crate) fn lower_is(&self, i: usize, f: fn(&str) -> bool) -> bool {
        self.lower(i).is_some_and(f)
    }

    /// Whether word `i` is a role noun, singular or plural ([`words::is_role`]).
    pub(crate) fn is_role(&self, i: usize) -> bool {
        remembered(&self.role, i, || self.lower_is(i, words::is_role))
    }

    /// Whether token `i` is a common given name (`first_names`).
    pub(crate) fn is_given_name(&self, i: usize) -> bool {
        remembered(&self.given, i, || first_names::is_first_name(self.word(i)))
    }

    /// Whether word `i` may be part of a name: `decide` answers the first time, the answer is
    /// kept for the next.
    pub(crate) fn name_word(&self, i: usize, decide: impl FnOnce() -> bool) -> bool {
        remembered(&self.name_word, i, decide)
    }

    pub(crate) fn is_word(&self, i: usize) -> bool {
        i < self.tokens.len() && self.tokens[i].kind == TokenKind::Word
    }

    /// Whether the token before token `qs` (a quotation's first) is a word of its sentence,
    /// outside quotation marks: a quotation there is woven into the writer's sentence.
    pub(crate) fn woven_at(&self, qs: usize) -> bool {
        qs > 0
            && qs < self.tokens.len()
            && self.outside(qs - 1)
            && self.is_word(qs - 1)
            && self.sentence[qs - 1] == self.sentence[qs]
    }

    /// Whether token `i` is outside every quotation.
    pub(crate) fn outside(&self, i: usize) -> bool {
        i < self.tokens.len() && self.in_quote[i].is_none()
    }

    /// The token range of the sentence holding token `i`.
    pub(crate) fn sentence_of(&self, i: usize) -> (usize, usize) {
        self.sentences[self.sentence[i] as usize]
    }

    /// Byte span of tokens `[s, e)`.
    pub(crate) fn bytes(&self, s: usize, e: usize) -> (usize, usize) {
        (
            self.tokens[s].start as usize,
            self.tokens[e - 1].end as usize,
        )
    }

    pub(crate) fn slice(&self, s: usize, e: usize) -> &'a str {
        let (a, b) = self.bytes(s, e);
        self.text.get(a..b).unwrap_or_default()
    }

    /// Whether the article's title, its first headline, holds `name`. Only the first, and only
    /// a title of a line's length: looking through every heading of a page, or a heading of a
    /// megabyte, for every name would take quadratic time.
    pub(crate) fn title_names(&self, name: &str) -> bool {
        self.title.is_some_and(|b| {
            let (s, e) = self.block_tokens[b];
            // On bytes: `str::contains` would bring a substring searcher into the wasm (5 kB).
            let (title, name) = (self.slice(s, e).as_bytes(), name.as_bytes());
            e - s <= 40 && !name.is_empty() && title.windows(name.len()).any(|w| w == name)
        })
    }

    /// The words of quotation `q`, inside its marks.
    pub(crate) fn inner(&self, q: usize) -> &'a str {
        let (s, e) = self.quotes[q].inner;
        self.text.get(s..e).unwrap_or_default()
    }

    /// Whether quotation `q` opens in lower case (`said the city "will ..."`): it goes on a
    /// sentence the writer began.
    pub(crate) fn opens_lower(&self, q: usize) -> bool {
        self.inner(q).starts_with(char::is_lowercase)
    }
}

/// What `look` says of token `i`, found once in `known` (2 while unknown, then 0 or 1).
fn remembered(known: &[Cell<u8>], i: usize, look: impl FnOnce() -> bool) -> bool {
    let Some(k) = known.get(i) else {
        return false;
    };
    match k.get() {
        2 => {
            let found = look();
            k.set(u8::from(found));
            found
        }
        v => v == 1,
    }
}

/// Token `t` of the lower-cased text `lower`, when a closed list may hold it (see
/// [`Doc::lower`]).
fn lowered<'l>(lower: &'l str, t: &Token) -> Option<&'l str> {
    let w = t.text(lower);
    (w.len() <= LONGEST_LISTED && w.is_ascii()).then_some(w)
}

/// Whether `f` holds for token `k` lower-cased, false past the last token: [`Doc::lower_is`]
/// for the passes that run before the `Doc` is built.
fn lower_is_at(lower: &str, tokens: &[Token], k: usize, f: fn(&str) -> bool) -> bool {
    tokens.get(k).and_then(|t| lowered(lower, t)).is_some_and(f)
}

/// The speech verb each token is a form of.
///
/// Each rule is a function of its own: V8 optimises a WebAssembly function once it has run
/// long enough, and these loops, merged, ran long enough to be recompiled while the page's
/// first article was being annotated (see `annotate`).
fn find_verbs(text: &str, lower: &str, tokens: &[Token], block: &[u32]) -> Vec<Option<SpeechVerb>> {
    let mut verbs = look_up_verbs(text, lower, tokens);
    reading_is_speech(text, lower, tokens, &mut verbs);
    determiners_make_nouns(text, lower, tokens, &mut verbs);
    names_are_not_verbs(lower, tokens, block, &mut verbs);
    phrasal_verbs(text, lower, tokens, &mut verbs);
    verbs
}

#[inline(never)] // see `find_verbs`
fn look_up_verbs(text: &str, lower: &str, tokens: &[Token]) -> Vec<Option<SpeechVerb>> {
    tokens
        .iter()
        .map(|tok| {
            if tok.kind != TokenKind::Word || !speech_verbs::may_be_verb(tok.text(text)) {
                return None;
            }
            lowered(lower, tok).and_then(speech_verbs::lookup)
        })
        .collect()
}

/// `her statement read`, `the letter reads`, `," read the email`, `the article read`: reading
/// is speech only for a document or a thing that speaks for its owner, before the verb or,
/// inverted, just after it.
#[inline(never)] // see `find_verbs`
fn reading_is_speech(text: &str, lower: &str, tokens: &[Token], verbs: &mut [Option<SpeechVerb>]) {
    let is = |i: usize, f: fn(&str) -> bool| lower_is_at(lower, tokens, i, f);
    let written = |w: &str| words::is_proxy(w) || words::is_document(w);
    for i in 1..tokens.len() {
        let word = tokens[i].text(text);
        let inverted = || {
            tokens[i - 1].kind == TokenKind::Punct
                && is(i + 1, words::is_article_or_possessive)
                && (i + 2..i + 5).any(|k| is(k, written))
        };
        if (word == "read" || word == "reads") && (is(i - 1, written) || inverted()) {
            verbs[i] = Some(SpeechVerb {
                form: speech_verbs::Form::Finite,
                strength: speech_verbs::Strength::Speech,
                particle: false,
            });
        }
    }
}

/// `the comments`, `his remarks`, `a claim`: after a determiner, a form of a verb of saying is
/// a noun. So is one after a possessive (`Obama's remarks`, `the mayor's claim`) unless it is a
/// past form, where the `'s` is `has` (`Obama's said`), but for one before a noun (`Rubio's
/// proposed credit`); and one after a plural's apostrophe (`Sanders’ comments`), and a form
/// in -s after a preposition or a participle (`amid growing calls`).
#[inline(never)] // see `find_verbs`
fn determiners_make_nouns(
    text: &str,
    lower: &str,
    tokens: &[Token],
    verbs: &mut [Option<SpeechVerb>],
) {
    let is = |i: usize, f: fn(&str) -> bool| lower_is_at(lower, tokens, i, f);
    for i in 1..tokens.len() {
        let Some(verb) = verbs[i] else { continue };
        // `Sanders’ comments`: a plural's apostrophe, written onto its word, owns the noun.
        let plural_owner = i >= 2
            && matches!(tokens[i - 1].text(text), "'" | "’")
            && tokens[i - 2].end == tokens[i - 1].start
            && tokens[i - 2].text(text).ends_with('s');
        if plural_owner
            && (verb.form == speech_verbs::Form::Base || tokens[i].text(text).ends_with('s'))
        {
            verbs[i] = None;
            continue;
        }
        if tokens[i - 1].kind != TokenKind::Word {
            continue;
        }
        let before = tokens[i - 1].text(text);
        let determiner = is(i - 1, |w| {
            words::is_article_or_possessive(w) || matches!(w, "these" | "those")
        });
        // `Rubio's proposed credit`, `the firm's stated aim`: a past form before a noun.
        let before_noun = || {
            tokens.get(i + 1).is_some_and(|t| {
                let next = t.text(text);
                t.kind == TokenKind::Word
                    && !t.cap
                    && !next.ends_with("ly")
                    && !is(i + 1, |w| {
                        words::is_function_word(w) || words::is_article_or_possessive(w)
                    })
                    && words::pronoun(next).is_none()
            })
        };
        let owned = possessive_base(before).is_some()
            && (verb.form == speech_verbs::Form::Base
                || tokens[i].text(text).ends_with('s')
                || before_noun());
        // `amid growing calls`, `of claims`: a form in -s after a preposition or a participle
        // describing it is a plural noun.
        let plural = tokens[i].text(text).ends_with('s')
            && !tokens[i - 1].cap
            && (is(i - 1, |w| {
                matches!(
                    w,
                    "of" | "in"
                        | "on"
                        | "at"
                        | "for"
                        | "with"
                        | "from"
                        | "amid"
                        | "despite"
                        | "about"
                        | "over"
                        | "into"
                        | "after"
                        | "before"
                        | "against"
                )
            }) || before.len() > 5 && before.ends_with("ing"));
        // `his recent remarks`, `the candidate's earlier claims`: a determiner, then a word
        // that describes what was said.
        let described = i >= 2
            && (verb.form == speech_verbs::Form::Base || tokens[i].text(text).ends_with('s'))
            && !tokens[i - 1].cap
            && is(i - 1, words::describes_statement)
            && tokens[i - 2].kind == TokenKind::Word
            && (possessive_base(tokens[i - 2].text(text)).is_some()
                || is(i - 2, words::is_article_or_possessive));
        if determiner || owned || plural || described {
            verbs[i] = None;
        }
    }
}

/// `the United States`, `The Washington Post reported`: a capitalised word that goes on a name,
/// after a word of its block, is part of it, not a verb (in a headline, `U.S. Believes
/// 'Russia's Forces ...'` or `Blinken Says Russia`, the name opens the block or the next word
/// is capitalised too, and the verb stays one). Nor is one right after a verb of saying
/// (`wrote Post reporter Ann Lee`): that opens the name of who spoke; nor one after a
/// preposition or article (`on Twitter`).
#[inline(never)] // see `find_verbs`
fn names_are_not_verbs(
    lower: &str,
    tokens: &[Token],
    block: &[u32],
    verbs: &mut [Option<SpeechVerb>],
) {
    let capital_word = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Word && t.cap)
    };
    for i in 2..tokens.len() {
        if verbs[i].is_none() || !capital_word(i) {
            continue;
        }
        let in_name = capital_word(i - 1)
            && tokens[i - 2].kind == TokenKind::Word
            && block[i - 2] == block[i]
            && !capital_word(i + 1);
        let after_verb = tokens[i - 1].kind == TokenKind::Word
            && !tokens[i - 1].cap
            && verbs[i - 1].is_some()
            && block[i - 1] == block[i];
        // `said on Twitter`: after a preposition or article, a capitalised word is a name.
        let after_particle = || {
            tokens[i - 1].kind == TokenKind::Word
                && block[i - 1] == block[i]
                && !tokens[i - 1].cap
                && lower_is_at(lower, tokens, i - 1, |w| {
                    w != "to" && words::is_function_word(w)
                        || matches!(w, "the" | "a" | "an" | "via")
                })
        };
        if in_name || after_verb || after_particle() {
            verbs[i] = None;
        }
    }
}

/// `points out`, `shot back`: a phrasal verb of saying is one when its particle (a short
/// lower-case word) follows; `spoke out` marks the particle of a verb that is one alone. A
/// pronoun particle must end its clause: `as Cornyn put it,` (or `.`) is saying, `put it on hold`
/// is not.
#[inline(never)] // see `find_verbs`
fn phrasal_verbs(text: &str, lower: &str, tokens: &[Token], verbs: &mut [Option<SpeechVerb>]) {
    for i in 0..tokens.len().saturating_sub(1) {
        let next = tokens[i + 1].text(text);
        if tokens[i].kind != TokenKind::Word
            || tokens[i + 1].kind != TokenKind::Word
            || !speech_verbs::is_particle(next)
        {
            continue;
        }
        let clause_ends = || {
            tokens.get(i + 2).is_some_and(|t| {
                t.kind == TokenKind::Punct && matches!(t.text(text), "," | ":" | "." | ";")
            })
        };
        if next == "it" && !clause_ends() {
            continue;
        }
        if let Some(v) =
            lowered(lower, &tokens[i]).and_then(|w| speech_verbs::lookup_phrasal(w, next))
        {
            verbs[i] = Some(v);
        }
    }
}

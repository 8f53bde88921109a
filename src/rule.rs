//! The rules that decide a quotation, as values: each has a name (what JSON, the CLI and the
//! card's "why" carry), a code, a plain-words account for readers and an example. The README's
//! rule table is checked against [`Rule::ALL`], so the two cannot drift apart.

use serde::{Deserialize, Serialize};

/// What decided a quotation: for speech, the rule that found its speaker (or `None`); for
/// other quoted text, why it is not speech.
///
/// The attribution pipeline (`attribute::attribute`) tries the cue rules in the order of
/// [`Rule::PIPELINE`]; for speech with none, the subject of the sentence it is woven into
/// (`Clause`), then reported speech, then continuation. An interview's answer reads no cue: it
/// is the interviewee's (`Interview`), or goes on with the answer before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// A cue right after the quotation: `"...," Smith said`, `"...," said the mayor`.
    CueAfter,
    /// A cue that introduces the quotation in its sentence: `Smith said: "..."`,
    /// `said the plan was "too dangerous"`.
    CueBefore,
    /// The paragraph before ends with a colon and names the speaker: a quotation or block
    /// quotation that follows it is theirs.
    ColonIntro,
    /// The quotation stands inside a clause whose subject speaks: `The president, said Psaki,
    /// was "..."`, `Smith called the plan "reckless"`, `according to Smith`; with no cue at
    /// all, the subject of the sentence it is woven into (`Smith urged them to "..."`).
    Clause,
    /// No cue of its own, right after a sentence about its speaker: one that reports their
    /// speech, or, in the same paragraph, one with them as its subject.
    Reported,
    /// No cue of its own: it continues the quotation before it (the next paragraph of a long
    /// quotation, or the same speaker going on).
    Continuation,
    /// A headline's quotation that repeats words the body quotes: theirs who said them there.
    Echo,
    /// An answer in an interview printed as questions and answers (`A: ...`): the words of the
    /// person the interview is with.
    Interview,
    /// Speech whose speaker was not found.
    None,
    /// Not speech: introduced as a term (`the so-called "Starlight Tours"`).
    Term,
    /// Not speech: its shape says title, nickname, scare quote or headline.
    Shape,
}

impl Rule {
    /// Every rule, in the order of the README's table.
    pub const ALL: [Rule; 11] = [
        Rule::CueAfter,
        Rule::CueBefore,
        Rule::ColonIntro,
        Rule::Clause,
        Rule::Reported,
        Rule::Continuation,
        Rule::Echo,
        Rule::Interview,
        Rule::None,
        Rule::Term,
        Rule::Shape,
    ];

    /// The cue rules in the order the pipeline tries them: the first that finds a cue decides.
    pub const PIPELINE: [Rule; 4] = [
        Rule::CueAfter,
        Rule::CueBefore,
        Rule::ColonIntro,
        Rule::Clause,
    ];

    /// The rule's name in JSON (`"cue-after"`).
    pub fn name(self) -> &'static str {
        match self {
            Rule::CueAfter => "cue-after",
            Rule::CueBefore => "cue-before",
            Rule::ColonIntro => "colon-intro",
            Rule::Clause => "clause",
            Rule::Reported => "reported",
            Rule::Continuation => "continuation",
            Rule::Echo => "echo",
            Rule::Interview => "interview",
            Rule::None => "none",
            Rule::Term => "term",
            Rule::Shape => "shape",
        }
    }

    /// The rule a name spells; `None` for any other string.
    pub fn from_name(name: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.name() == name)
    }

    /// A short stable code (`A1`: attribution rules; `N1`: not speech).
    pub fn code(self) -> &'static str {
        match self {
            Rule::CueAfter => "A1",
            Rule::CueBefore => "A2",
            Rule::ColonIntro => "A3",
            Rule::Clause => "A4",
            Rule::Reported => "A5",
            Rule::Continuation => "A6",
            Rule::Echo => "A7",
            Rule::Interview => "A8",
            Rule::None => "A0",
            Rule::Term => "N1",
            Rule::Shape => "N2",
        }
    }

    /// The rule in plain words, as a reader's card gives it.
    pub fn explanation(self) -> &'static str {
        match self {
            Rule::CueAfter => "Named in the attribution right after the quotation",
            Rule::CueBefore => "Named in the attribution that introduces the quotation",
            Rule::ColonIntro => "Introduced by the paragraph before",
            Rule::Clause => "The speaker of the sentence the quotation stands in",
            Rule::Reported => "Follows a sentence about this speaker",
            Rule::Continuation => "No cue of its own: it continues the speaker before it",
            Rule::Echo => "Repeats words the article quotes, where their speaker is named",
            Rule::Interview => "An answer in the interview: the words of the person interviewed",
            Rule::None => "No one is named near this quotation",
            Rule::Term => "A term the article introduces, not speech",
            Rule::Shape => "A title, name or headline, not speech",
        }
    }

    /// Whether the rule attributes speech (rather than setting quoted text aside).
    pub fn is_attribution(self) -> bool {
        !matches!(self, Rule::Term | Rule::Shape)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_match_serde() {
        for r in Rule::ALL {
            assert_eq!(Rule::from_name(r.name()), Some(r));
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(json, format!("\"{}\"", r.name()));
        }
        let mut codes: Vec<&str> = Rule::ALL.iter().map(|r| r.code()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), Rule::ALL.len(), "codes are unique");
    }

    /// The README's rule table lists every rule with its code and explanation, in order.
    #[test]
    fn the_readme_lists_every_rule() {
        let readme = include_str!("../README.md");
        let rows: Vec<&str> = readme
            .lines()
            .filter(|l| l.starts_with("| `A") || l.starts_with("| `N"))
            .collect();
        assert_eq!(rows.len(), Rule::ALL.len(), "one README row per rule");
        for (row, r) in rows.iter().zip(Rule::ALL) {
            let want = format!("| `{}` | `{}` | {} |", r.code(), r.name(), r.explanation());
            assert!(
                row.starts_with(&want),
                "README row {row:?}, want it to start {want:?}"
            );
        }
    }
}

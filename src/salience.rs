//! Salience: how likely a pronoun is to stand for one of the people named before it. A pronoun's
//! candidates are the name mentions of the last few paragraphs that agree with it (gender for
//! `he` and `she`; a group, organisation or bare name for `they` and `it`), and, further back,
//! the last speaker, and the last person of the pronoun's gender when every nearer candidate is
//! weak (below [`WEAK`]). Each candidate's evidence is
//! weighed by named weights (`salience/weights.rs`), fitted on the working folds of the dev
//! corpora by `scripts/fit_salience.py` as a conditional logit (the right candidate against
//! the others); the highest score wins.

mod weights;

/// The evidence about one candidate, in the order of [`FEATURES`].
pub(crate) type Evidence = [f32; FEATURES.len()];

/// What the model weighs, by name.
pub const FEATURES: [&str; 12] = [
    "sentences back",
    "subject",
    "object",
    "last speaker",
    "gender unknown",
    "no sign of a person",
    "bare name for they",
    "introduced just before",
    "introduced just before as an object",
    "spoke just before",
    "last speaker far back",
    "same gender far back",
];

/// The evidence that a pronoun stands for one candidate.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Candidate {
    /// Sentences between the mention and the pronoun, up to 12.
    pub sentences_back: u32,
    /// The subject of its sentence.
    pub subject: bool,
    /// The object of a verb or preposition.
    pub object: bool,
    /// The one who spoke last.
    pub last_speaker: bool,
    /// A person whose gender the article does not give.
    pub gender_unknown: bool,
    /// A lone name with no sign of being a person (`Mulder didn't hesitate`).
    pub no_sign_of_person: bool,
    /// A name with no given name, gender, role or age, for `they` or `it` (`BC Hydro said`).
    pub bare_name_for_they: bool,
    /// Introduced with a role, age or description in the sentence just before.
    pub introduced_just_before: bool,
    /// Named as speaking in the sentence just before.
    pub spoke_just_before: bool,
    /// The last speaker, named before the paragraphs searched.
    pub last_speaker_far: bool,
    /// The last person of the pronoun's gender, however far back.
    pub same_gender_far: bool,
}

impl Candidate {
    /// The evidence as numbers, in the order of [`FEATURES`].
    pub(crate) fn evidence(&self) -> Evidence {
        let f = |b: bool| if b { 1.0 } else { 0.0 };
        let newcomer = self.introduced_just_before;
        [
            self.sentences_back.min(12) as f32,
            f(self.subject),
            f(self.object),
            f(self.last_speaker),
            f(self.gender_unknown),
            f(self.no_sign_of_person),
            f(self.bare_name_for_they),
            f(newcomer),
            f(newcomer && self.object),
            f(self.spoke_just_before),
            f(self.last_speaker_far),
            f(self.same_gender_far),
        ]
    }

    /// The candidate's score: higher is likelier.
    pub(crate) fn score(&self) -> f32 {
        self.evidence()
            .iter()
            .zip(weights::WEIGHTS)
            .map(|(x, w)| x * w)
            .sum()
    }
}

/// The candidates weighed for one pronoun: the best so far (the first of equals), and in
/// research builds every candidate with its evidence, for the fitting script.
#[derive(Default)]
pub(crate) struct Weighing {
    best: Option<(f32, usize)>,
    #[cfg(feature = "research")]
    pub seen: Vec<(usize, Evidence)>,
}

impl Weighing {
    /// Weighs entity `e` with evidence `c`.
    pub(crate) fn consider(&mut self, e: usize, c: Candidate) {
        let score = c.score();
        if self.best.is_none_or(|(b, _)| score > b) {
            self.best = Some((score, e));
        }
        #[cfg(feature = "research")]
        self.seen.push((e, c.evidence()));
    }

    /// Makes entity `e` the choice whatever its score (a fallback when all else is weak).
    pub(crate) fn replace(&mut self, e: usize, c: Candidate) {
        self.best = Some((c.score(), e));
        #[cfg(feature = "research")]
        self.seen.push((e, c.evidence()));
    }

    /// The best score and its entity.
    pub(crate) fn best(&self) -> Option<(f32, usize)> {
        self.best
    }
}

/// A best candidate this weak, and of another gender, gives way to the last person of the
/// pronoun's gender named further back (set by hand: it is a threshold, not a weight).
pub(crate) const WEAK: f32 = -5.0;

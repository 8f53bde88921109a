//! What the engine weighed, for the scripts that fit its weights (cargo feature `research`,
//! off in every build that ships; `whosaid annotate --jsonl --salience` prints it).

use crate::salience::Evidence;
use crate::{Annotations, Article};

/// One pronoun resolved: where it stands (a byte offset) and each candidate entity with its
/// evidence (`crate::salience::FEATURES`).
#[derive(Clone, Debug)]
pub(crate) struct Choice {
    pub pronoun: usize,
    pub candidates: Vec<(usize, Evidence)>,
}

/// One epithet resolved by who is in focus (`the veteran`, `the Ohio Democrat`): where it
/// starts (a byte offset) and each candidate mention's entity with its evidence: its salience
/// score, then whether it has the epithet's age, its party or place, its role, another role
/// (the terms [`crate::entities`] weighs with `SAME_AGE`, `SAME_AFFILIATION`, `SAME_ROLE` and
/// `OTHER_ROLE`).
#[derive(Clone, Debug)]
pub(crate) struct EpithetChoice {
    pub at: usize,
    pub candidates: Vec<(usize, [f32; 5])>,
}

/// One pronoun or epithet resolved, as the fitting scripts read it.
#[derive(Clone, Debug)]
pub struct WeighedChoice {
    /// Character offset of the pronoun or epithet in the article text.
    pub char_start: usize,
    /// Each candidate's canonical name and evidence: for a pronoun in the order of
    /// [`crate::salience::FEATURES`], for an epithet as `EpithetChoice` gives it.
    pub candidates: Vec<(String, Vec<f32>)>,
}

/// What the engine weighed in one article.
#[derive(Clone, Debug)]
pub struct Weighed {
    /// Every pronoun resolved.
    pub pronouns: Vec<WeighedChoice>,
    /// Every epithet resolved by who is in focus.
    pub epithets: Vec<WeighedChoice>,
}

/// Annotates `article` and reports every pronoun and epithet the engine resolved, from one run.
pub fn weighed(article: &Article) -> (Annotations, Weighed) {
    let (ann, ents) = crate::run(article);
    let text = article.text();
    let pronouns = (ents.choices.iter())
        .filter_map(|c| choice(&ents, text, c.pronoun, &c.candidates))
        .collect();
    let epithets = (ents.epithet_choices.borrow().iter())
        .filter_map(|c| choice(&ents, text, c.at, &c.candidates))
        .collect();
    (ann, Weighed { pronouns, epithets })
}

/// A choice at byte `at` with its candidates' entities and evidence, as the scripts read it.
fn choice<const N: usize>(
    ents: &crate::entities::Entities,
    text: &str,
    at: usize,
    candidates: &[(usize, [f32; N])],
) -> Option<WeighedChoice> {
    Some(WeighedChoice {
        char_start: text.get(..at)?.chars().count(),
        candidates: candidates
            .iter()
            .map(|(e, x)| (ents.list[*e].name.clone(), x.to_vec()))
            .collect(),
    })
}

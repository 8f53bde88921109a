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

/// One pronoun resolved, as the fitting script reads it.
#[derive(Clone, Debug)]
pub struct PronounChoice {
    /// Character offset of the pronoun in the article text.
    pub char_start: usize,
    /// Each candidate's canonical name and evidence, in the order of
    /// [`crate::salience::FEATURES`].
    pub candidates: Vec<(String, Vec<f32>)>,
}

/// Annotates `article` and reports every pronoun the engine resolved.
pub fn pronoun_choices(article: &Article) -> (Annotations, Vec<PronounChoice>) {
    let (ann, ents) = crate::run(article);
    let text = article.text();
    let choices = pronouns(&ents, text);
    (ann, choices)
}

/// Every epithet the engine resolved by who is in focus, as [`PronounChoice`]s: where it
/// starts and each candidate's name with its evidence (see `EpithetChoice`).
pub fn epithet_choices(article: &Article) -> Vec<PronounChoice> {
    let (_, ents) = crate::run(article);
    let text = article.text();
    let choices = ents.epithet_choices.borrow();
    choices
        .iter()
        .filter_map(|c| {
            Some(PronounChoice {
                char_start: text.get(..c.at)?.chars().count(),
                candidates: c
                    .candidates
                    .iter()
                    .map(|(e, x)| (ents.list[*e].name.clone(), x.to_vec()))
                    .collect(),
            })
        })
        .collect()
}

fn pronouns(ents: &crate::entities::Entities, text: &str) -> Vec<PronounChoice> {
    ents.choices
        .iter()
        .filter_map(|c| {
            Some(PronounChoice {
                char_start: text.get(..c.pronoun)?.chars().count(),
                candidates: c
                    .candidates
                    .iter()
                    .map(|(e, x)| (ents.list[*e].name.clone(), x.to_vec()))
                    .collect(),
            })
        })
        .collect()
}

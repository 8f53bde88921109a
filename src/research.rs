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
    let choices = ents
        .choices
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
        .collect();
    (ann, choices)
}

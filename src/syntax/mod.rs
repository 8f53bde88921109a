//! Reading the article's syntax around a cue, shared by the entity layer and the attribution
//! rules: `phrase` reads a noun phrase (a name with its titles, a pronoun, a description) from a
//! token leftwards or rightwards; `subject` finds who a verb's subject is (`said Psaki`,
//! `Blinken, who ..., said`, a participle's clause subject).

pub(crate) mod phrase;
pub(crate) mod subject;

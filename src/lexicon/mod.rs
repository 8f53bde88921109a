//! Word lists the rules consult. Data only: no rule lives here.

pub mod first_names;
pub mod speech_verbs;
pub mod words;

pub use words::Gender;

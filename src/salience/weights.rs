//! The salience model's weights, one per piece of evidence (`super::FEATURES`).
//! Set by hand; `python3 scripts/fit_salience.py` fits them on the dev corpora's working folds
//! and `--write` replaces these (see docs/attribution.md for why these stay for now).

pub(super) const SENTENCES_BACK: f32 = -1.0000;
pub(super) const SUBJECT: f32 = 3.0000;
pub(super) const OBJECT: f32 = -3.0000;
pub(super) const LAST_SPEAKER: f32 = 3.0000;
pub(super) const GENDER_UNKNOWN: f32 = -3.0000;
pub(super) const NO_SIGN_OF_A_PERSON: f32 = -5.0000;
pub(super) const BARE_NAME_FOR_THEY: f32 = -2.0000;
pub(super) const INTRODUCED_JUST_BEFORE: f32 = 5.0000;
pub(super) const INTRODUCED_JUST_BEFORE_AS_AN_OBJECT: f32 = 3.0000;
pub(super) const SPOKE_JUST_BEFORE: f32 = 0.0000;
pub(super) const LAST_SPEAKER_FAR_BACK: f32 = -9.0000;
pub(super) const SAME_GENDER_FAR_BACK: f32 = -12.0000;

/// The weights in the order of `super::FEATURES`.
pub(super) const WEIGHTS: [f32; 12] = [
    SENTENCES_BACK,
    SUBJECT,
    OBJECT,
    LAST_SPEAKER,
    GENDER_UNKNOWN,
    NO_SIGN_OF_A_PERSON,
    BARE_NAME_FOR_THEY,
    INTRODUCED_JUST_BEFORE,
    INTRODUCED_JUST_BEFORE_AS_AN_OBJECT,
    SPOKE_JUST_BEFORE,
    LAST_SPEAKER_FAR_BACK,
    SAME_GENDER_FAR_BACK,
];

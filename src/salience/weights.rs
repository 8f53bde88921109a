//! The salience model's weights, one per piece of evidence (`super::FEATURES`).
//! Written by `python3 scripts/fit_salience.py --write`.

pub(super) const SENTENCES_BACK: f32 = -1.2731;
pub(super) const SUBJECT: f32 = 1.4839;
pub(super) const OBJECT: f32 = -1.7620;
pub(super) const LAST_SPEAKER: f32 = 0.7795;
pub(super) const GENDER_UNKNOWN: f32 = -2.0529;
pub(super) const NO_SIGN_OF_A_PERSON: f32 = -4.8015;
pub(super) const BARE_NAME_FOR_THEY: f32 = -1.6668;
pub(super) const INTRODUCED_JUST_BEFORE: f32 = 1.1174;
pub(super) const INTRODUCED_JUST_BEFORE_AS_AN_OBJECT: f32 = 2.0603;
pub(super) const SPOKE_JUST_BEFORE: f32 = 0.5750;
pub(super) const LAST_SPEAKER_FAR_BACK: f32 = -7.3004;
pub(super) const SAME_GENDER_FAR_BACK: f32 = -9.6904;

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

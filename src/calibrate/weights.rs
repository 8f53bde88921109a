//! The confidence model's weights, one per piece of evidence (`super::FEATURES`).
//! Written by `python3 scripts/fit_confidence.py --write` from the working folds of
//! GGT-dev and PolNeAR-names-dev; do not edit by hand.

pub(super) const BIAS: f32 = -2.6555;
pub(super) const RULE_CUE_AFTER: f32 = 1.0166;
pub(super) const RULE_CUE_BEFORE: f32 = -0.3312;
pub(super) const RULE_COLON_INTRO: f32 = 0.0613;
pub(super) const RULE_CLAUSE: f32 = -0.0073;
pub(super) const RULE_REPORTED: f32 = -0.7995;
pub(super) const RULE_CONTINUATION: f32 = 0.0600;
pub(super) const MENTION_NAME: f32 = 1.9558;
pub(super) const MENTION_PRONOUN: f32 = 1.4231;
pub(super) const MENTION_DESCRIPTION: f32 = 0.4443;
pub(super) const SPEAKER_ORGANISATION: f32 = -0.4816;
pub(super) const SPEAKER_UNNAMED: f32 = 0.3867;
pub(super) const MENTION_SEVERAL_WORDS: f32 = 0.7640;
pub(super) const SPEAKER_FULL_NAME: f32 = 1.4763;
pub(super) const SPEAKER_QUOTES_LOG: f32 = 0.6998;

/// The out-of-fold correction: confidence = σ(SCALE · Σ weights · features + SHIFT).
pub(super) const SCALE: f32 = 0.8269;
pub(super) const SHIFT: f32 = 0.2937;

/// The weights in the order of `super::FEATURES`.
pub(super) const WEIGHTS: [f32; 15] = [
    BIAS,
    RULE_CUE_AFTER,
    RULE_CUE_BEFORE,
    RULE_COLON_INTRO,
    RULE_CLAUSE,
    RULE_REPORTED,
    RULE_CONTINUATION,
    MENTION_NAME,
    MENTION_PRONOUN,
    MENTION_DESCRIPTION,
    SPEAKER_ORGANISATION,
    SPEAKER_UNNAMED,
    MENTION_SEVERAL_WORDS,
    SPEAKER_FULL_NAME,
    SPEAKER_QUOTES_LOG,
];

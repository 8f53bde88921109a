//! The confidence model's weights, one per piece of evidence (`super::FEATURES`).
//! Written by `python3 scripts/fit_confidence.py --write` from the working folds of
//! GGT-dev and PolNeAR-names-dev; do not edit by hand.

pub(super) const BIAS: f32 = -2.7266;
pub(super) const RULE_CUE_AFTER: f32 = 1.0918;
pub(super) const RULE_CUE_BEFORE: f32 = -0.2175;
pub(super) const RULE_COLON_INTRO: f32 = 0.0495;
pub(super) const RULE_CLAUSE: f32 = 0.0559;
pub(super) const RULE_REPORTED: f32 = -1.0371;
pub(super) const RULE_CONTINUATION: f32 = 0.0573;
pub(super) const MENTION_NAME: f32 = 2.1165;
pub(super) const MENTION_PRONOUN: f32 = 1.4502;
pub(super) const MENTION_DESCRIPTION: f32 = 0.4206;
pub(super) const SPEAKER_ORGANISATION: f32 = -0.5517;
pub(super) const SPEAKER_UNNAMED: f32 = 0.0762;
pub(super) const MENTION_SEVERAL_WORDS: f32 = 0.7550;
pub(super) const SPEAKER_FULL_NAME: f32 = 1.5307;
pub(super) const SPEAKER_QUOTES_LOG: f32 = 0.6870;

/// The out-of-fold correction: confidence = σ(SCALE · Σ weights · features + SHIFT).
pub(super) const SCALE: f32 = 0.8611;
pub(super) const SHIFT: f32 = 0.2466;

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

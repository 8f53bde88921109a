//! The confidence model's weights, one per piece of evidence (`super::FEATURES`).
//! Written by `python3 scripts/fit_confidence.py --write` from the working folds of
//! GGT-dev and PolNeAR-names-dev; do not edit by hand.

pub(super) const BIAS: f32 = -3.2548;
pub(super) const RULE_CUE_AFTER: f32 = 0.3516;
pub(super) const RULE_CUE_BEFORE: f32 = -0.0549;
pub(super) const RULE_COLON_INTRO: f32 = 0.0205;
pub(super) const RULE_CLAUSE: f32 = 0.4918;
pub(super) const RULE_REPORTED: f32 = -0.6712;
pub(super) const RULE_CONTINUATION: f32 = -0.1378;
pub(super) const MENTION_NAME: f32 = 2.6466;
pub(super) const MENTION_PRONOUN: f32 = 1.8765;
pub(super) const MENTION_DESCRIPTION: f32 = 0.6121;
pub(super) const SPEAKER_ORGANISATION: f32 = -0.5059;
pub(super) const SPEAKER_UNNAMED: f32 = 0.2350;
pub(super) const MENTION_SEVERAL_WORDS: f32 = 0.9094;
pub(super) const SPEAKER_FULL_NAME: f32 = 1.5284;
pub(super) const SPEAKER_QUOTES_LOG: f32 = 0.7307;
pub(super) const QUOTE_WORDS_LOG: f32 = 0.3966;
pub(super) const MENTION_DISTANCE_LOG: f32 = -0.2883;
pub(super) const CUE_WEAK_VERB: f32 = -0.6528;

/// The out-of-fold correction, with the margin that keeps the promise at 0.9:
/// confidence = σ(SCALE · Σ weights · features + SHIFT).
pub(super) const SCALE: f32 = 0.8245;
pub(super) const SHIFT: f32 = -0.2571;

/// The weights in the order of `super::FEATURES`.
pub(super) const WEIGHTS: [f32; 18] = [
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
    QUOTE_WORDS_LOG,
    MENTION_DISTANCE_LOG,
    CUE_WEAK_VERB,
];

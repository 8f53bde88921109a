//! The confidence model's weights, one per piece of evidence (`super::FEATURES`).
//! Written by `python3 scripts/fit_confidence.py --write` from the working folds of
//! GGT-dev and PolNeAR-names-dev; do not edit by hand.

pub(super) const BIAS: f32 = -3.0845;
pub(super) const RULE_CUE_AFTER: f32 = 0.4214;
pub(super) const RULE_CUE_BEFORE: f32 = -0.0099;
pub(super) const RULE_COLON_INTRO: f32 = 0.0169;
pub(super) const RULE_CLAUSE: f32 = 0.4501;
pub(super) const RULE_REPORTED: f32 = -0.7458;
pub(super) const RULE_CONTINUATION: f32 = -0.1327;
pub(super) const MENTION_NAME: f32 = 2.8597;
pub(super) const MENTION_PRONOUN: f32 = 1.7752;
pub(super) const MENTION_DESCRIPTION: f32 = 0.7860;
pub(super) const SPEAKER_ORGANISATION: f32 = -0.1179;
pub(super) const SPEAKER_UNNAMED: f32 = -0.2216;
pub(super) const MENTION_SEVERAL_WORDS: f32 = 0.7684;
pub(super) const SPEAKER_FULL_NAME: f32 = 1.5616;
pub(super) const SPEAKER_QUOTES_LOG: f32 = 0.6315;
pub(super) const QUOTE_WORDS_LOG: f32 = 0.4437;
pub(super) const MENTION_DISTANCE_LOG: f32 = -0.3142;
pub(super) const CUE_WEAK_VERB: f32 = -0.5085;

/// The out-of-fold correction, with the margin that keeps the promise at 0.9:
/// confidence = σ(SCALE · Σ weights · features + SHIFT).
pub(super) const SCALE: f32 = 0.8285;
pub(super) const SHIFT: f32 = -0.2488;

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

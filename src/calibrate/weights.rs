//! The confidence model's weights, one per piece of evidence (`super::FEATURES`).
//! Written by `python3 scripts/fit_confidence.py --write` from the working folds of
//! GGT-dev and PolNeAR-names-dev; do not edit by hand.

pub(super) const BIAS: f32 = -3.2473;
pub(super) const RULE_CUE_AFTER: f32 = 0.3889;
pub(super) const RULE_CUE_BEFORE: f32 = -0.0381;
pub(super) const RULE_COLON_INTRO: f32 = 0.0201;
pub(super) const RULE_CLAUSE: f32 = 0.5199;
pub(super) const RULE_REPORTED: f32 = -0.7180;
pub(super) const RULE_CONTINUATION: f32 = -0.1727;
pub(super) const MENTION_NAME: f32 = 2.7773;
pub(super) const MENTION_PRONOUN: f32 = 1.7801;
pub(super) const MENTION_DESCRIPTION: f32 = 0.7435;
pub(super) const SPEAKER_ORGANISATION: f32 = -0.0275;
pub(super) const SPEAKER_UNNAMED: f32 = 0.0862;
pub(super) const MENTION_SEVERAL_WORDS: f32 = 0.6654;
pub(super) const SPEAKER_FULL_NAME: f32 = 1.7091;
pub(super) const SPEAKER_QUOTES_LOG: f32 = 0.6075;
pub(super) const QUOTE_WORDS_LOG: f32 = 0.4501;
pub(super) const MENTION_DISTANCE_LOG: f32 = -0.2986;
pub(super) const CUE_WEAK_VERB: f32 = -0.5800;

/// The out-of-fold correction, with the margin that keeps the promise at 0.9:
/// confidence = σ(SCALE · Σ weights · features + SHIFT).
pub(super) const SCALE: f32 = 0.8302;
pub(super) const SHIFT: f32 = -0.2553;

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

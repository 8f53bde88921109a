//! The confidence model's weights, one per piece of evidence (`super::FEATURES`).
//! Written by `python3 scripts/fit_confidence.py --write` from the working folds of
//! GGT-dev and PolNeAR-names-dev; do not edit by hand.

pub(super) const BIAS: f32 = -3.2335;
pub(super) const RULE_CUE_AFTER: f32 = 0.3614;
pub(super) const RULE_CUE_BEFORE: f32 = -0.0722;
pub(super) const RULE_COLON_INTRO: f32 = 0.0205;
pub(super) const RULE_CLAUSE: f32 = 0.4919;
pub(super) const RULE_REPORTED: f32 = -0.6693;
pub(super) const RULE_CONTINUATION: f32 = -0.1322;
pub(super) const MENTION_NAME: f32 = 2.6329;
pub(super) const MENTION_PRONOUN: f32 = 1.8821;
pub(super) const MENTION_DESCRIPTION: f32 = 0.6031;
pub(super) const SPEAKER_ORGANISATION: f32 = -0.6832;
pub(super) const SPEAKER_UNNAMED: f32 = 0.2292;
pub(super) const MENTION_SEVERAL_WORDS: f32 = 0.9317;
pub(super) const SPEAKER_FULL_NAME: f32 = 1.5067;
pub(super) const SPEAKER_QUOTES_LOG: f32 = 0.7418;
pub(super) const QUOTE_WORDS_LOG: f32 = 0.3884;
pub(super) const MENTION_DISTANCE_LOG: f32 = -0.2884;
pub(super) const CUE_WEAK_VERB: f32 = -0.6442;

/// The out-of-fold correction, with the margin that keeps the promise at 0.9:
/// confidence = σ(SCALE · Σ weights · features + SHIFT).
pub(super) const SCALE: f32 = 0.8314;
pub(super) const SHIFT: f32 = -0.2685;

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

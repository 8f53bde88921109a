//! The confidence model's weights, one per piece of evidence (`super::FEATURES`).
//! Written by `python3 scripts/fit_confidence.py --write` from the working folds of
//! GGT-dev and PolNeAR-names-dev; do not edit by hand.

pub(super) const BIAS: f32 = -3.2871;
pub(super) const RULE_CUE_AFTER: f32 = 0.3987;
pub(super) const RULE_CUE_BEFORE: f32 = -0.0326;
pub(super) const RULE_COLON_INTRO: f32 = 0.0199;
pub(super) const RULE_CLAUSE: f32 = 0.5149;
pub(super) const RULE_REPORTED: f32 = -0.7290;
pub(super) const RULE_CONTINUATION: f32 = -0.1718;
pub(super) const MENTION_NAME: f32 = 2.7872;
pub(super) const MENTION_PRONOUN: f32 = 1.7943;
pub(super) const MENTION_DESCRIPTION: f32 = 0.7087;
pub(super) const SPEAKER_ORGANISATION: f32 = -0.3286;
pub(super) const SPEAKER_UNNAMED: f32 = 0.2195;
pub(super) const MENTION_SEVERAL_WORDS: f32 = 0.6717;
pub(super) const SPEAKER_FULL_NAME: f32 = 1.7084;
pub(super) const SPEAKER_QUOTES_LOG: f32 = 0.6108;
pub(super) const QUOTE_WORDS_LOG: f32 = 0.4595;
pub(super) const MENTION_DISTANCE_LOG: f32 = -0.2983;
pub(super) const CUE_WEAK_VERB: f32 = -0.5732;

/// The out-of-fold correction, with the margin that keeps the promise at 0.9:
/// confidence = σ(SCALE · Σ weights · features + SHIFT).
pub(super) const SCALE: f32 = 0.8328;
pub(super) const SHIFT: f32 = -0.2102;

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

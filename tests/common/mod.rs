//! Helpers shared by the integration tests.

/// The words of a name that identify a person: lower case, titles and initials dropped. The
/// same leniency as the scorer: `Blinken` names `Antony Blinken`.
pub fn name_words(name: &str) -> Vec<String> {
    const TITLES: &[&str] = &[
        "mr",
        "mrs",
        "ms",
        "dr",
        "the",
        "president",
        "secretary",
        "of",
        "state",
    ];
    name.to_lowercase()
        .replace('.', "")
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .filter(|w| w.len() > 1 && !TITLES.contains(w))
        .map(String::from)
        .collect()
}

/// Whether a predicted speaker name names the expected person.
pub fn same_speaker(expected: &str, got: &str) -> bool {
    let e = name_words(expected);
    let g = name_words(got);
    !g.is_empty()
        && (g.iter().all(|w| e.contains(w))
            || (e.iter().all(|w| g.contains(w)) && g.len() <= e.len() + 1))
}

//! Page furniture: elements that are on the page but not the article (hidden parts, navigation,
//! newsletter boxes, related links, comments, share bars), told by their attributes.

use super::Dom;

/// Attributes that hide an element or give it a role that is not the article's text.
pub(crate) const HIDING: &str = "[hidden], [inert], [aria-hidden=true i], \
    [contenteditable]:not([contenteditable=false i]), [role=navigation i], \
    [role=complementary i], [role=banner i], [role=contentinfo i], [role=dialog i], \
    [role=menu i], [role=search i]";

/// Whether an element's attributes mark it as furniture: one selector match, then its class and
/// id words.
pub(crate) fn by_attributes<D: Dom>(dom: &D, el: &D::Node) -> bool {
    if dom.matches(el, HIDING) {
        return true;
    }
    let class = dom.attribute(el, "class").unwrap_or_default();
    let id = dom.attribute(el, "id").unwrap_or_default();
    let names = format!("{class} {id}").to_ascii_lowercase();
    boilerplate_name(&names)
}

/// Class and id words that mark page furniture rather than the article.
fn boilerplate_name(names: &str) -> bool {
    const INSIDE: [&str; 17] = [
        // Text for screen readers only (`Media caption`, `Image source`): not what the page
        // shows.
        "off-screen",
        "visually-hidden",
        "sr-only",
        "screen-reader",
        "newsletter",
        "related",
        "comment",
        "sponsor",
        "subscribe",
        "outbrain",
        "taboola",
        "breadcrumb",
        "advert",
        "promo",
        "recirc",
        "social-share",
        "signup",
    ];
    const WORDS: [&str; 11] = [
        "ad", "ads", "share", "sharing", "social", "sidebar", "nav", "menu", "popup", "modal",
        "cookie",
    ];
    INSIDE
        .iter()
        .any(|w| names.as_bytes().windows(w.len()).any(|n| n == w.as_bytes()))
        || names
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| WORDS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::boilerplate_name;

    #[test]
    fn furniture_words_inside_names_or_whole() {
        assert!(boilerplate_name("article-newsletter-box"));
        assert!(boilerplate_name("story ad"));
        assert!(boilerplate_name("share-bar"));
        assert!(!boilerplate_name("headline loaded"));
        assert!(!boilerplate_name("story-body"));
        assert!(boilerplate_name("off-screen"));
        assert!(boilerplate_name("u-visually-hidden"));
    }
}

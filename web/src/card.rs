//! The hover card: a `<whosaid-card>` host with an open shadow root, so page CSS cannot restyle
//! it. Its text comes from [`whosaid::explain`] and is set with `textContent` only.

use web_sys::{Document, DomRect, Element, HtmlElement};

use crate::host;
use crate::options::Theme;
use whosaid::explain::Explanation;

pub(crate) struct Card {
    pub host: HtmlElement,
    card: HtmlElement,
    name: Element,
    meta: Element,
    desc: Element,
    why: Element,
    reason: Element,
    nav: HtmlElement,
    count: Element,
    pub prev: HtmlElement,
    pub next: HtmlElement,
    live: Element,
}

impl Card {
    pub(crate) fn new(doc: &Document, theme: Theme) -> Option<Card> {
        let (host, shadow) = host::shadow_host(
            doc,
            "whosaid-card",
            &[
                ("position", "fixed"),
                ("top", "0"),
                ("left", "0"),
                ("width", "0"),
                ("height", "0"),
                ("z-index", "2147483647"),
                ("display", "block"),
            ],
            theme,
            include_str!(concat!(env!("OUT_DIR"), "/card.css")),
        )?;
        let el =
            |parent: &web_sys::Node, tag: &str, class: &str| host::child(doc, parent, tag, class);
        let card = el(&shadow, "div", "card")?;
        card.set_hidden(true);
        let _ = card.set_attribute("role", "dialog");
        let _ = card.set_attribute("aria-modal", "false");
        let label = el(&card, "p", "label")?;
        label.set_text_content(Some("Who said this"));
        let name = el(&card, "p", "name")?;
        let _ = name.set_attribute("id", "whosaid-name");
        let _ = card.set_attribute("aria-labelledby", "whosaid-name");
        let meta = el(&card, "p", "meta")?;
        let desc = el(&card, "p", "desc")?;
        let why = el(&card, "p", "why")?;
        let reason = el(&card, "p", "meta")?;
        let nav = el(&card, "div", "nav")?;
        let prev = el(&nav, "button", "prev")?;
        prev.set_text_content(Some("‹"));
        let count = el(&nav, "span", "count")?;
        let next = el(&nav, "button", "next")?;
        next.set_text_content(Some("›"));
        for b in [&prev, &next] {
            let _ = b.set_attribute("type", "button");
        }
        let live = el(&shadow, "div", "sr")?;
        let _ = live.set_attribute("aria-live", "polite");
        doc.document_element()?.append_child(&host).ok()?;
        Some(Card {
            host,
            card,
            name: name.into(),
            meta: meta.into(),
            desc: desc.into(),
            why: why.into(),
            reason: reason.into(),
            nav,
            count: count.into(),
            prev,
            next,
            live: live.into(),
        })
    }

    /// Fills the card; `announce` also speaks it to screen readers (keyboard use).
    pub(crate) fn fill(&self, e: &Explanation, announce: bool) {
        let set = |el: &Element, text: Option<&str>| {
            el.set_text_content(text);
            let _ = match text {
                Some(_) => el.remove_attribute("hidden"),
                None => el.set_attribute("hidden", ""),
            };
        };
        let name = e.name.as_deref().unwrap_or("Speaker not identified");
        set(&self.name, Some(name));
        set(&self.meta, e.meta.as_deref());
        set(&self.desc, e.description.as_deref());
        set(&self.why, e.evidence.as_deref());
        set(&self.reason, Some(&e.reason));
        match e.position {
            Some((k, n)) => {
                self.nav.set_hidden(false);
                let quotes = if n == 1 { "quote" } else { "quotes" };
                self.count
                    .set_text_content(Some(&format!("{k} of {n} {quotes} by this speaker")));
                let _ = self
                    .prev
                    .set_attribute("aria-label", &format!("Previous quote by {name}"));
                let _ = self
                    .next
                    .set_attribute("aria-label", &format!("Next quote by {name}"));
                toggle_disabled(&self.prev, e.previous.is_none());
                toggle_disabled(&self.next, e.next.is_none());
            }
            None => self.nav.set_hidden(true),
        }
        if announce {
            let words = match e.position {
                Some((k, n)) => format!(
                    "Quote by {name}, {k} of {n}. Escape closes; arrow keys move between quotes."
                ),
                None => format!("{name}. Escape closes."),
            };
            self.live.set_text_content(Some(&words));
        }
    }

    /// Shows the card next to `anchor` (viewport coordinates): below it, or above when there is
    /// no room below, shifted sideways to stay inside the viewport.
    pub(crate) fn show(&self, anchor: &DomRect, viewport: (f64, f64)) {
        let was_hidden = self.card.hidden();
        self.card.set_hidden(false);
        if was_hidden {
            let _ = self.card.class_list().add_1("entering");
        }
        let (vw, vh) = viewport;
        let size = self.card.get_bounding_client_rect();
        let (w, h) = (size.width(), size.height());
        let margin = 8.0;
        let below = anchor.bottom() + 6.0;
        let top = if below + h + margin <= vh || anchor.top() - h - 6.0 < margin {
            below.min((vh - h - margin).max(margin))
        } else {
            anchor.top() - h - 6.0
        };
        let left = anchor.left().min(vw - w - margin).max(margin);
        let style = self.card.style();
        // Whole pixels, formatted as integers (float formatting would add kilobytes of wasm).
        let _ = style.set_property("top", &format!("{}px", top.round() as i32));
        let _ = style.set_property("left", &format!("{}px", left.round() as i32));
        if was_hidden {
            // Let the hidden state paint first so the fade runs (none under reduced motion).
            let _ = self.card.offset_width();
            let _ = self.card.class_list().remove_1("entering");
        }
    }

    pub(crate) fn hide(&self) {
        self.card.set_hidden(true);
        self.live.set_text_content(None);
    }

    pub(crate) fn remove(&self) {
        self.host.remove();
    }
}

fn toggle_disabled(b: &HtmlElement, disabled: bool) {
    let _ = if disabled {
        b.set_attribute("disabled", "")
    } else {
        b.remove_attribute("disabled")
    };
}

//! The speakers panel ("Who's quoted"): a small button placed with the widget, and a non-modal
//! dialog listing every speaker with their quotations, words and share of quoted words, and the
//! quotations no one could be named for. Like the card it lives in a shadow root under its own
//! host (`<whosaid-panel>`), and every text in it is set with `textContent` only. What the rows
//! say comes from [`whosaid::summary`]; what choosing one does is `widget::speakers`.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, ShadowRoot};

use crate::host;
use crate::options::Theme;
use whosaid::summary::Summary;

/// One row: a speaker (or the unattributed quotations) and where stepping through them is.
pub(crate) struct Row {
    pub button: HtmlElement,
    /// What a screen reader hears when the row steps to a quotation (`Jen Psaki`).
    pub label: String,
    /// Indices into `Annotations::quotes`, in text order.
    pub quotes: Vec<usize>,
    /// The quotation last stepped to, as an index into `quotes`.
    pub at: Option<usize>,
}

pub(crate) struct Panel {
    pub host: HtmlElement,
    pub shadow: ShadowRoot,
    pub toggle: HtmlElement,
    pub dialog: HtmlElement,
    pub close: HtmlElement,
    total: Element,
    list: Element,
    live: Element,
    pub rows: Vec<Row>,
}

impl Panel {
    /// Builds the panel, closed; `button` says whether its toggle button shows on the page.
    pub(crate) fn new(doc: &Document, theme: Theme, button: bool) -> Option<Panel> {
        let (host, shadow) = host::shadow_host(
            doc,
            "whosaid-panel",
            &[("display", "block")],
            theme,
            include_str!(concat!(env!("OUT_DIR"), "/panel.css")),
        )?;
        let el =
            |parent: &web_sys::Node, tag: &str, class: &str| host::child(doc, parent, tag, class);
        let dialog = el(&shadow, "div", "panel")?;
        dialog.set_hidden(true);
        let _ = dialog.set_attribute("id", "whosaid-speakers");
        let _ = dialog.set_attribute("role", "dialog");
        let _ = dialog.set_attribute("aria-modal", "false");
        let _ = dialog.set_attribute("aria-labelledby", "whosaid-speakers-title");
        let head = el(&dialog, "div", "head")?;
        let title = el(&head, "h2", "")?;
        title.set_text_content(Some("Who’s quoted"));
        let _ = title.set_attribute("id", "whosaid-speakers-title");
        let close = el(&head, "button", "close")?;
        let _ = close.set_attribute("type", "button");
        let _ = close.set_attribute("aria-label", "Close");
        close.set_text_content(Some("×"));
        let total = el(&dialog, "p", "total")?;
        let list = el(&dialog, "ul", "")?;
        let hint = el(&dialog, "p", "hint")?;
        hint.set_text_content(Some(
            "Choose a speaker to step through their quotes; Shift goes back. Escape closes.",
        ));
        let live = el(&dialog, "p", "sr")?;
        let _ = live.set_attribute("aria-live", "polite");
        let toggle = el(&shadow, "button", "toggle")?;
        let _ = toggle.set_attribute("type", "button");
        let _ = toggle.set_attribute("aria-expanded", "false");
        let _ = toggle.set_attribute("aria-controls", "whosaid-speakers");
        toggle.set_hidden(!button);
        // First in <body>, so the button is the first Tab stop, like a skip link. At the end of
        // <body>, Firefox wraps Tab from the document back into the shadow root instead of to the
        // page's first link, trapping keyboard users between the button and the document.
        let parent: web_sys::Element = match doc.body() {
            Some(body) => body.into(),
            None => doc.document_element()?,
        };
        parent
            .insert_before(&host, parent.first_child().as_ref())
            .ok()?;
        Some(Panel {
            host,
            shadow,
            toggle,
            dialog,
            close,
            total: total.into(),
            list: list.into(),
            live: live.into(),
            rows: Vec::new(),
        })
    }

    /// Lists the speakers of `summary`; `placed` says whether a quotation is on the page (only
    /// those can be stepped to).
    pub(crate) fn fill(
        &mut self,
        doc: &Document,
        summary: &Summary,
        placed: &dyn Fn(usize) -> bool,
    ) {
        let speakers = summary.speakers.len();
        let toggle_text = format!("Who’s quoted · {speakers}");
        self.toggle.set_text_content(Some(&toggle_text));
        let _ = self.toggle.set_attribute(
            "aria-label",
            &format!(
                "Who’s quoted: {}, {}",
                plural(speakers, "speaker", "speakers"),
                plural(summary.quotes, "quote", "quotes")
            ),
        );
        self.total.set_text_content(Some(&format!(
            "{} from {} · {} quoted",
            plural(summary.quotes, "quote", "quotes"),
            plural(speakers, "speaker", "speakers"),
            plural(summary.words, "word", "words"),
        )));
        self.list.set_text_content(None);
        self.rows.clear();
        let unknown = (!summary.unattributed.quotes.is_empty()).then(|| {
            let u = &summary.unattributed;
            (
                "Speaker not identified",
                None,
                u.quotes.clone(),
                u.words,
                u.share,
            )
        });
        let rows = summary
            .speakers
            .iter()
            .map(|s| {
                let about = s.about.as_deref();
                (s.name.as_str(), about, s.quotes.clone(), s.words, s.share)
            })
            .chain(unknown);
        for (name, about, quotes, words, share) in rows {
            let Some(row) = self.row(doc, name, about, &quotes, words, share) else {
                continue;
            };
            if name == "Speaker not identified" {
                let _ = row.class_list().add_1("unknown");
            }
            let quotes: Vec<usize> = quotes.into_iter().filter(|&q| placed(q)).collect();
            if quotes.is_empty() {
                let _ = row.set_attribute("aria-disabled", "true");
            }
            self.rows.push(Row {
                button: row,
                label: name.to_string(),
                quotes,
                at: None,
            });
        }
    }

    fn row(
        &self,
        doc: &Document,
        name: &str,
        about: Option<&str>,
        quotes: &[usize],
        words: usize,
        share: f32,
    ) -> Option<HtmlElement> {
        let li = doc.create_element("li").ok()?;
        let button: HtmlElement = doc.create_element("button").ok()?.dyn_into().ok()?;
        button.set_class_name("row");
        let _ = button.set_attribute("type", "button");
        let span = |class: &str, text: Option<&str>| -> Option<HtmlElement> {
            let e: HtmlElement = doc.create_element("span").ok()?.dyn_into().ok()?;
            e.set_class_name(class);
            e.set_text_content(text);
            button.append_child(&e).ok()?;
            Some(e)
        };
        span("name", Some(name))?;
        if let Some(about) = about {
            span("about", Some(about))?;
        }
        // Whole percentages, formatted as integers (float formatting adds kilobytes of wasm).
        let percent = (share.clamp(0.0, 1.0) * 100.0).round() as u32;
        span(
            "numbers",
            Some(&format!(
                "{} · {} · {percent}% of quoted words",
                plural(quotes.len(), "quote", "quotes"),
                plural(words, "word", "words"),
            )),
        )?;
        let bar = span("bar", None)?;
        let _ = bar.set_attribute("aria-hidden", "true");
        let fill: HtmlElement = doc.create_element("span").ok()?.dyn_into().ok()?;
        let _ = fill.style().set_property("width", &format!("{percent}%"));
        bar.append_child(&fill).ok()?;
        li.append_child(&button).ok()?;
        self.list.append_child(&li).ok()?;
        Some(button)
    }

    pub(crate) fn is_open(&self) -> bool {
        !self.dialog.hidden()
    }

    pub(crate) fn show(&self) {
        if !self.is_open() {
            self.dialog.set_hidden(false);
            let _ = self.dialog.class_list().add_1("entering");
            // Let the hidden state paint first so the fade runs (none under reduced motion).
            let _ = self.dialog.offset_width();
            let _ = self.dialog.class_list().remove_1("entering");
        }
        let _ = self.toggle.set_attribute("aria-expanded", "true");
    }

    pub(crate) fn hide(&mut self) {
        self.dialog.set_hidden(true);
        let _ = self.toggle.set_attribute("aria-expanded", "false");
        self.live.set_text_content(None);
        self.mark(None);
    }

    /// Marks row `i` as the one being stepped through (none: `None`).
    pub(crate) fn mark(&self, i: Option<usize>) {
        for (k, r) in self.rows.iter().enumerate() {
            let _ = if Some(k) == i {
                r.button.set_attribute("aria-current", "true")
            } else {
                r.button.remove_attribute("aria-current")
            };
        }
    }

    /// Says `text` to screen readers.
    pub(crate) fn announce(&self, text: &str) {
        self.live.set_text_content(Some(text));
    }

    /// The row whose button is `el`.
    pub(crate) fn row_of(&self, el: &Element) -> Option<usize> {
        self.rows.iter().position(|r| {
            let b: &Element = r.button.as_ref();
            b == el
        })
    }

    pub(crate) fn remove(&self) {
        self.host.remove();
    }
}

/// `1 quote`, `3 quotes`.
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

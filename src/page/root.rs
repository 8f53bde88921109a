//! Which element holds the article.

use super::{furniture, tags::Tag, Dom, Memo, NodeType};

/// Finds the article root: the element `selector` matches if one is given, else the marked
/// article body, else the densest spot of paragraph text widened to its container. `Err` says
/// why none was found.
pub fn find_root<D: Dom>(dom: &D, selector: Option<&str>) -> Result<D::Node, String> {
    if let Some(sel) = selector.filter(|s| !s.trim().is_empty()) {
        return match dom.select_all(sel) {
            Some(found) => found
                .into_iter()
                .next()
                .ok_or_else(|| format!("no element matches the root selector “{sel}”")),
            None => Err(format!(
                "the root selector “{sel}” is not a valid CSS selector"
            )),
        };
    }
    let paragraphs = good_paragraphs(dom);
    // Each good paragraph credits its parent; the best parent is the densest spot.
    let mut credit: Vec<(D::Node, usize)> = Vec::new();
    for (p, n) in &paragraphs {
        let Some(parent) = dom.parent_element(p) else {
            continue;
        };
        match credit.last_mut() {
            Some((e, c)) if *e == parent => *c += n,
            _ => match credit.iter_mut().find(|(e, _)| *e == parent) {
                Some((_, c)) => *c += n,
                None => credit.push((parent, *n)),
            },
        }
    }
    // The paragraph text under an element, summed over the parents (far fewer than paragraphs).
    let mass = |el: &D::Node| -> usize {
        credit
            .iter()
            .filter(|(p, _)| dom.contains(el, p))
            .map(|(_, n)| n)
            .sum()
    };
    let marked = dom
        .select_all("[itemprop~=articleBody], [property~=articleBody]")
        .unwrap_or_default();
    if let Some(el) = marked.into_iter().max_by_key(|el| mass(el)) {
        if mass(&el) > 0 {
            return Ok(el);
        }
    }
    let Some((mut best, _)) = credit.iter().max_by_key(|(_, c)| *c).cloned() else {
        return Err("no article found: the page has no paragraphs of running text".into());
    };
    // Widen to an ancestor whose paragraphs add at least a fifth again (a body split across
    // containers: an intro box, then the text), up to <article>, <main> or <body>.
    let mut best_mass = mass(&best);
    let mut cur = best.clone();
    while !bounds_article(dom, &cur) {
        let Some(parent) = dom.parent_element(&cur) else {
            break;
        };
        let tag = Tag::new(&dom.tag_name(&parent));
        if tag.is("body") || tag.is("html") {
            break;
        }
        let m = mass(&parent);
        if m * 5 >= best_mass * 6 || bounds_article(dom, &parent) && m > best_mass {
            best = parent.clone();
            best_mass = m;
        }
        cur = parent;
    }
    Ok(best)
}

/// `<article>`, `<main>` and `role=main` hold one article: widening stops there.
fn bounds_article<D: Dom>(dom: &D, el: &D::Node) -> bool {
    Tag::new(&dom.tag_name(el)).bounds_article()
        || dom
            .attribute(el, "role")
            .is_some_and(|r| r.eq_ignore_ascii_case("main"))
}

/// `<p>`s outside furniture with at least 25 characters, and their lengths.
fn good_paragraphs<D: Dom>(dom: &D) -> Vec<(D::Node, usize)> {
    let Some(list) = dom.select_all("p") else {
        return Vec::new();
    };
    // Paragraphs share their ancestors: each ancestor's verdict is worked out once.
    let mut verdicts = dom.memo();
    list.into_iter()
        .filter_map(|p| {
            let n = dom.trimmed_text_len(&p);
            if n < 25 || (dom.has_attributes(&p) && furniture::by_attributes(dom, &p)) {
                return None;
            }
            let parent = dom.parent_element(&p)?;
            (!in_furniture(dom, &parent, &mut verdicts)).then_some((p, n))
        })
        .collect()
}

/// Whether an element or an ancestor below `<body>` is page furniture (`<body>` and `<html>`
/// carry site-wide classes such as `outbrain` or `ads-enabled` that say nothing). `verdicts`
/// remembers the answer for every element walked, so the next paragraph stops at the first
/// ancestor already judged.
fn in_furniture<D: Dom>(dom: &D, el: &D::Node, verdicts: &mut D::Memo) -> bool {
    let mut path: Vec<D::Node> = Vec::new();
    let mut cur = Some(el.clone());
    let verdict = loop {
        let Some(e) = cur else { break false };
        if dom.node_type(&e) != NodeType::Element {
            break false;
        }
        if let Some(v) = verdicts.get(&e) {
            break v;
        }
        let tag = Tag::new(&dom.tag_name(&e));
        if tag.is("body") || tag.is("html") {
            break false;
        }
        path.push(e.clone());
        if tag.skipped() || (dom.has_attributes(&e) && furniture::by_attributes(dom, &e)) {
            break true;
        }
        cur = dom.parent_element(&e);
    };
    for e in &path {
        verdicts.set(e, verdict);
    }
    verdict
}

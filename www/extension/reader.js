// whosaid reader view: an extension page (which may compile WebAssembly) showing the copy of an
// article that content.js took from a page whose security policy blocks the widget there. The
// copy is rebuilt element by element from a closed list of tags and attributes, as text: nothing
// from the page is parsed as HTML, runs, or loads.
import { WhoSaid } from './whosaid.js';

const { tags: TAGS } = globalThis.whosaidCopyRules;
const ATTRS = new Set(globalThis.whosaidCopyRules.attrs);

function build(node, depth = 0) {
  if (typeof node === 'string') return document.createTextNode(node);
  if (!Array.isArray(node) || depth > 200) return null;
  const [tag, attrs, ...children] = node;
  const el = document.createElement(TAGS.has(tag) ? tag : 'div');
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (ATTRS.has(k) && typeof v === 'string') el.setAttribute(k, v);
  }
  if (el.localName === 'a' && typeof attrs?.href === 'string' && /^https?:/.test(attrs.href)) {
    el.href = attrs.href;
    el.rel = 'noreferrer';
    el.target = '_blank';
  }
  for (const c of children) {
    const child = build(c, depth + 1);
    if (child) el.append(child);
  }
  return el;
}

const status = document.getElementById('status');
const main = document.getElementById('reader');

async function show() {
  const key = decodeURIComponent(location.hash.slice(1));
  const page = key.startsWith('reader:') ? (await chrome.storage.session.get(key))[key] : null;
  if (!page) {
    status.textContent = 'This reader view has expired: open it again from the page with the whosaid button.';
    return;
  }
  document.title = `${page.title || 'Article'} · whosaid reader view`;
  if (/^https?:/.test(page.url)) document.getElementById('original').href = page.url;
  if (page.lang) main.lang = page.lang;
  if (page.dir) main.dir = page.dir;

  // The whole visible page first, so the article is found as it is on the page itself.
  const staging = build(page.body) ?? document.createElement('div');
  main.append(staging);
  let root = await WhoSaid.findArticle().catch(() => staging);
  if (!staging.contains(root)) root = staging;
  const article = document.createElement('article');
  article.id = 'whosaid-article';
  if (!root.querySelector('h1')) {
    const h1 = document.createElement('h1');
    h1.textContent = staging.querySelector('h1')?.textContent.trim() || page.title || '';
    if (h1.textContent) article.append(h1);
  }
  article.append(root === staging ? staging : root);
  main.replaceChildren(article);
  if ((await WhoSaid.init({ root: '#whosaid-article' })) == null) {
    main.prepend(Object.assign(document.createElement('p'), {
      id: 'status', textContent: 'whosaid could not annotate this article (see the console for why).',
    }));
  }
}

show().catch((e) => {
  status.textContent = `The reader view failed: ${e?.message ?? e}`;
});

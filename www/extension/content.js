// whosaid extension, content script: a classic script in the page's isolated world. The
// background injects it when the toolbar button (or a shortcut) is used, or registers it for
// the sites the user chose, then calls `whosaidRun('toggle' | 'on' | 'panel')`. It loads the
// same widget as the embed from the extension's own files. It reads the page and nothing else:
// no request leaves the browser, and the reader view's copy of the article goes only to the
// extension.
'use strict';

globalThis.whosaidRun ??= (() => {
  let whoSaid = null; // the loader's WhoSaid, once imported
  let on = false;
  let busy = null;
  let notice = null;

  const say = (state) => chrome.runtime.sendMessage({ type: 'state', state }).catch(() => {});

  // Whether this page lets the isolated world compile WebAssembly: its CSP needs
  // 'wasm-unsafe-eval' (or no script-src at all). The smallest valid module answers it.
  function wasmAllowed() {
    try {
      new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
      return true;
    } catch {
      return false;
    }
  }

  // Another whosaid (the site's embed) answers this probe by cancelling it.
  function otherInstance() {
    return !document.dispatchEvent(new CustomEvent('whosaid:probe', { cancelable: true }));
  }

  async function start() {
    if (otherInstance()) {
      show('whosaid is already running on this page (the site embeds it).');
      return 'other';
    }
    if (!wasmAllowed()) {
      show("This site's security policy does not let whosaid run on the page.", {
        label: 'Open reader view',
        act: () => chrome.runtime.sendMessage({ type: 'reader', page: snapshot() }),
      });
      return 'blocked';
    }
    whoSaid ??= (await import(chrome.runtime.getURL('whosaid.js'))).WhoSaid;
    if ((await whoSaid.init({})) == null) {
      show('whosaid found no article on this page.');
      return 'none';
    }
    on = true;
    return 'on';
  }

  async function run(mode) {
    if (busy) return busy;
    busy = (async () => {
      hide();
      if (on && mode === 'toggle') {
        whoSaid.destroy();
        on = false;
        return 'off';
      }
      const state = on ? 'on' : await start();
      // The speakers panel ("Who's quoted"): opened or closed, whosaid started first if need be.
      if (state === 'on' && mode === 'panel') whoSaid.togglePanel();
      return state;
    })();
    try {
      const state = await busy;
      say(state);
      return state;
    } catch (e) {
      console.warn(`whosaid: ${e?.message ?? e}`);
      say('none');
      return 'none';
    } finally {
      busy = null;
    }
  }

  // A small notice in a shadow root, styled inline so page CSS cannot reach it.
  function show(text, action) {
    hide();
    const host = document.createElement('whosaid-notice');
    const pin = {
      all: 'initial', position: 'fixed', top: '12px', right: '12px', 'z-index': '2147483647',
      'max-width': 'min(24rem, calc(100vw - 24px))',
    };
    for (const [k, v] of Object.entries(pin)) host.style.setProperty(k, v, 'important');
    const shadow = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`
      .box { display: flex; gap: .6rem; align-items: center; padding: .6rem .75rem; border-radius: 10px;
        background: #fffdf7; color: #1d1d1f; border: 1px solid #e3dcc8; box-shadow: 0 6px 24px rgb(0 0 0 / .18);
        font: 14px/1.4 system-ui, sans-serif; }
      @media (prefers-color-scheme: dark) { .box { background: #23211c; color: #f3f1ea; border-color: #474234; } }
      p { margin: 0; flex: 1; }
      button { all: unset; cursor: pointer; padding: .15rem .5rem; border: 1px solid #c9a75a; border-radius: 6px; }
      button:focus-visible { outline: 2px solid #9a6400; outline-offset: 1px; }`);
    shadow.adoptedStyleSheets = [sheet];
    const box = document.createElement('div');
    box.className = 'box';
    box.setAttribute('role', 'status');
    const p = document.createElement('p');
    p.textContent = text;
    box.append(p);
    if (action) {
      const b = document.createElement('button');
      b.textContent = action.label;
      b.addEventListener('click', () => {
        hide();
        action.act();
      });
      box.append(b);
    }
    const close = document.createElement('button');
    close.textContent = '×';
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', hide);
    box.append(close);
    shadow.append(box);
    document.documentElement.append(host);
    notice = host;
    if (!action) setTimeout(() => notice === host && hide(), 6000);
  }

  function hide() {
    notice?.remove();
    notice = null;
  }

  return run;
})();

// The page as the reader view needs it: the visible elements that can hold article text, with
// the attributes that locate the article (id, class, itemprop, role) and nothing that loads or
// runs anything (no images, scripts, frames, styles or event handlers). A tree of
// `[tag, {attrs}, ...children]` with strings for text.
function snapshot() {
  const { tags: KEEP, attrs: ATTRS } = globalThis.whosaidCopyRules;
  const SKIP = new Set(('script style noscript template textarea input select option button form '
    + 'svg math canvas iframe frame object embed video audio img picture source track map head '
    + 'link meta dialog').split(' '));
  let budget = 1_000_000; // characters of text: enough for any article, bounded for any page
  const walk = (el) => {
    const tag = el.localName;
    if (SKIP.has(tag) || el.hidden || el.getAttribute('aria-hidden') === 'true') return null;
    if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true })) return null;
    let name = tag;
    if (!KEEP.has(tag)) {
      const display = getComputedStyle(el).display;
      name = display.startsWith('inline') || display === 'contents' ? 'span' : 'div';
    }
    const attrs = {};
    for (const a of ATTRS) {
      const v = el.getAttribute(a);
      if (v != null && v.length < 500) attrs[a] = v;
    }
    if (tag === 'a' && /^https?:/.test(el.href)) attrs.href = el.href;
    const node = [name, attrs];
    for (const c of el.childNodes) {
      if (budget <= 0) break;
      if (c.nodeType === Node.TEXT_NODE) {
        budget -= c.data.length;
        node.push(c.data);
      } else if (c.nodeType === Node.ELEMENT_NODE) {
        const n = walk(c);
        if (n) node.push(n);
      }
    }
    return node;
  };
  return {
    url: location.href,
    title: document.title,
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    body: document.body ? walk(document.body) : ['body', {}],
  };
}

// Shared by the browser tests: a local server, Chromium from Debian driven by playwright-core,
// and a page that records console messages, page errors and every request.
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = path.resolve(ROOT, '../shared');

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

// Each new context opens a browser window, and Chromium 156 loads two WebUI omnibox popups
// (chrome://omnibox-popup.top-chrome) into a renderer of their own for every window. Their
// script ran in the same tens of milliseconds as the page under test, on this 2-core machine:
// 5-37 ms of CPU inside the widget's 40 ms (a Chrome trace of all threads). A reader's browser
// made them when the window opened, not on each article. Puppeteer turns them off by default.
const DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * Chromium honours only the last `--disable-features`, and playwright-core passes its own (a
 * list that changes between its versions): read it from the log of a launch that cannot start,
 * then pass one list holding both.
 */
async function disableFeatures() {
  let own = null;
  try {
    await chromium.launch({ executablePath: '/bin/true', headless: true, timeout: 5000 });
  } catch (e) {
    own = /--disable-features=(\S+)/.exec(String(e?.message))?.[1] ?? null;
  }
  const all = [...(own ? own.split(',') : []), ...DISABLED_FEATURES];
  return {
    ignoreDefaultArgs: own ? [`--disable-features=${own}`] : [],
    flag: `--disable-features=${all.join(',')}`,
  };
}
let features = null;

/** Launch options for headless Chromium from Debian; `args` are added to the usual flags. */
export async function chromiumOptions(args = []) {
  features ??= disableFeatures();
  const { ignoreDefaultArgs, flag } = await features;
  return {
    executablePath: '/usr/bin/chromium', headless: true, ignoreDefaultArgs,
    args: [...CHROMIUM_ARGS, flag, ...args],
  };
}

/** Headless Chromium from Debian; `args` are added to the usual flags. */
export async function launch(args = []) {
  return chromium.launch(await chromiumOptions(args));
}

export { serve };

/**
 * The demo page (www/) served locally. With `?manual` in the URL (or `manual: 'always'`), the
 * embed tag waits for WhoSaid.init(), so a test can see the page before and set options.
 */
export function serveDemo({ manual = 'on request' } = {}) {
  return serve({
    mounts: { '/': path.join(ROOT, 'www') },
    transform: (url, html) => (manual === 'always' || url.search.includes('manual')
      ? html.replace('data-root=', 'data-manual data-root=')
      : html),
  });
}

const escape = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A seed article (`file` in tests/fixtures/seeds) as a news site would serve it, with a menu, a
 * newsletter box and related links around the article, and no whosaid embed.
 */
export function newsPage(file) {
  const [headline, ...paras] = fs.readFileSync(path.join(ROOT, 'tests/fixtures/seeds', file), 'utf8')
    .split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(headline)}</title>
<link rel="icon" href="data:,"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>
<main><article><h1>${escape(headline)}</h1>
${paras.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article>
<aside class="newsletter"><p>Sign up for our daily newsletter and never miss a story.</p></aside>
<section class="related"><h2>Related</h2><ul><li><a href="/a">Another story</a></li></ul></section>
</main></body></html>`;
}

/** The seed articles' gold quotes and speakers (tests/fixtures/seeds/gold.json). */
export const gold = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/seeds/gold.json'), 'utf8'));

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'prof', 'president', 'sen', 'senator', 'rep', 'gov',
  'the', 'mayor', 'premier', 'minister', 'chief', 'jr', 'sr', 'secretary', 'of', 'state']);
const words = (name) => new Set(name.toLowerCase().replace(/[^\p{L}\p{N}\s'-]/gu, ' ').split(/\s+/).filter((w) => w && !TITLES.has(w)));

/**
 * The scorer's lenient name match (../shared/eval/score.py): the predicted name's words are a
 * subset of the gold name's, or add at most one word to them.
 */
export function sameSpeaker(goldName, predName) {
  if (!predName) return false;
  const g = words(goldName), p = words(predName);
  if (!p.size) return false;
  const extra = [...p].filter((w) => !g.has(w));
  return extra.length === 0 || (extra.length <= 1 && [...g].every((w) => p.has(w)));
}

/** A quotation's text without the marks and punctuation around it, to compare with the gold. */
export const norm = (t) => t.replace(/^[\s"'“”‘’,.;:!?…]+|[\s"'“”‘’,.;:!?…]+$/g, '');

/**
 * Headless Firefox ESR from Debian, driven by puppeteer-core over WebDriver BiDi. `prefs` are
 * added to Firefox's preferences.
 */
export function launchFirefox(prefs = {}) {
  return puppeteer.launch({
    browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true,
    extraPrefsFirefox: { 'network.dns.disableIPv6': true, ...prefs },
  });
}

/**
 * A new Firefox page that records `log.console` ({type, text}) and `log.errors` (uncaught
 * errors), like openPage does in Chromium.
 */
export async function openFirefoxPage(browser) {
  const page = await browser.newPage();
  const log = { console: [], errors: [] };
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.errors.push(e));
  return { page, log };
}

/**
 * A new page that refuses every request off localhost and records what happened:
 * `log.console` ({type, text}), `log.errors` (uncaught errors), `log.requests` (URLs),
 * `log.refused` (URLs refused because they left localhost).
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const log = { console: [], errors: [], requests: [], refused: [] };
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.errors.push(e));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    log.requests.push(url);
    const u = new URL(url);
    if (u.protocol === 'data:' || u.hostname === 'localhost' || u.hostname === '127.0.0.1') return route.continue();
    log.refused.push(url);
    return route.abort('blockedbyclient');
  });
  return { context, page, log };
}

/** Waits until the widget has painted (WhoSaid.annotations() is not null). */
export async function ready(page, timeout = 10000) {
  await page.waitForFunction(() => globalThis.WhoSaid?.annotations?.() != null, null, { timeout });
}

/** The centre of the first line box of `text` inside `root` (scrolled into view). */
export async function rectOf(page, text, root = 'main article') {
  return page.evaluate(([text, root]) => {
    const walker = document.createTreeWalker(document.querySelector(root), NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.data.indexOf(text);
      if (i >= 0) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + text.length);
        n.parentElement.scrollIntoView({ block: 'center' });
        const b = r.getClientRects()[0];
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
    }
    return null;
  }, [text, root]);
}

/** The open card's text, or null when no card is open. */
export const cardText = (page) => page.evaluate(() => {
  const card = document.querySelector('whosaid-card')?.shadowRoot?.querySelector('.card');
  return card && !card.hidden ? card.innerText : null;
});

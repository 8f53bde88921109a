// Shared by the browser tests: a local server, Chromium from Debian driven by playwright-core,
// and a page that records console messages, page errors and every request.
import { chromium } from 'playwright-core';
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

/** Headless Chromium from Debian; `args` are added to the usual flags. */
export function launch(args = []) {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: [...CHROMIUM_ARGS, ...args] });
}

export { serve };

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

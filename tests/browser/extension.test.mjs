// The Manifest V3 extension (dist/extension, written by scripts/package) loaded in real headless
// Chromium. The toolbar action is triggered the way a click does it (CDP Extensions.triggerAction,
// which grants activeTab), on a seed article served as a plain news page, and on the same page
// under `script-src 'self'`, where the extension offers its reader view. Every request is
// recorded: none may leave the extension or the page's own origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumOptions, serve, rectOf, cardText, newsPage, ROOT } from './helpers.mjs';

const EXTENSION = path.join(ROOT, 'dist/extension');
let server, origin, context, extensionId, cdp, dir, worker;
const requests = [];

before(async () => {
  assert.ok(fs.existsSync(path.join(EXTENSION, 'manifest.json')), 'dist/extension is built (scripts/package)');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-ext-'));
  fs.mkdirSync(path.join(dir, 'site'));
  fs.writeFileSync(path.join(dir, 'site/people.html'), newsPage('people-blinken-war-crimes.txt'));
  fs.writeFileSync(path.join(dir, 'site/strict.html'), newsPage('people-blinken-war-crimes.txt'));
  ({ server, origin } = await serve({
    mounts: { '/': path.join(dir, 'site') },
    headers: (url) => (url.pathname === '/strict.html' ? { 'content-security-policy': "script-src 'self'" } : undefined),
  }));
  context = await chromium.launchPersistentContext(path.join(dir, 'profile'), await chromiumOptions([
    `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`,
    '--enable-unsafe-extension-debugging',
  ]));
  context.on('request', (r) => requests.push(r.url()));
  worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  extensionId = new URL(worker.url()).host;
  // The worker has run its script: the toolbar listener is there.
  assert.ok(await worker.evaluate(() => chrome.action.onClicked.hasListeners()));
  cdp = await context.browser().newBrowserCDPSession();
});

after(async () => {
  await context?.close();
  server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

// Clicks the toolbar button for `page`'s tab.
async function clickAction(page) {
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === page.url());
  assert.ok(tab, `a tab shows ${page.url()}`);
  await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
}

async function openTab(url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  page.on('console', (m) => consoleOf.get(page).push(`${m.type()}: ${m.text()}`));
  consoleOf.set(page, []);
  await page.goto(url);
  return { page, errors };
}
const consoleOf = new WeakMap();

// Waits for `fn` in `page` (or for a locator to show). When it does not come, the error says what
// the extension showed (each tab's badge and title) and what the page logged: a failure explains
// itself (this is how the refused injection below was found).
async function until(page, fn, timeout = 15000) {
  try {
    await (typeof fn === 'function' ? page.waitForFunction(fn, null, { timeout }) : fn.waitFor({ timeout }));
  } catch (e) {
    const tabs = await worker.evaluate(async () => Promise.all((await chrome.tabs.query({})).map(async (t) => ({
      id: t.id, active: t.active,
      badge: await chrome.action.getBadgeText({ tabId: t.id }),
      title: await chrome.action.getTitle({ tabId: t.id }),
    })))).catch((err) => `the service worker did not answer: ${err.message}`);
    e.message += `\nextension: ${JSON.stringify(tabs)}\npage console: ${JSON.stringify(consoleOf.get(page) ?? [])}`;
    throw e;
  }
}

// The toolbar badge of the active tab, as the extension set it.
const badge = () => worker.evaluate(async () => {
  const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  return chrome.action.getBadgeText({ tabId: tab.id });
});

const quotesPainted = (page) => page.evaluate(() => CSS.highlights.get('whosaid-quote')?.size ?? 0);

test('the toolbar button annotates a news page; a hover card names the speaker; a second click undoes it', async () => {
  const { page, errors } = await openTab(`${origin}/people.html`);
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  await clickAction(page);
  await until(page, () => (CSS.highlights.get('whosaid-quote')?.size ?? 0) > 5);
  const at = await rectOf(page, 'is going to', 'article');
  await page.mouse.move(at.x, at.y);
  await page.waitForFunction(() => document.querySelector('whosaid-card')?.shadowRoot.querySelector('.name')?.textContent);
  assert.match(await cardText(page), /Volodymyr Zelenskyy/);
  assert.equal(await badge(), 'on');
  // Nothing outside the article is painted.
  const outside = await page.evaluate(() => [...CSS.highlights.get('whosaid-quote')]
    .filter((r) => !document.querySelector('article').contains(r.commonAncestorContainer)).length);
  assert.equal(outside, 0);

  await page.mouse.move(1, 1);
  await clickAction(page);
  await page.waitForFunction(() => !CSS.highlights.has('whosaid-quote') && !document.querySelector('whosaid-card'));
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before, 'the page is as it was');
  assert.equal(await badge(), '');
  assert.deepEqual(errors, []);
  await page.close();
});

test("under script-src 'self' the extension offers its reader view, with the article and working cards", async () => {
  const { page, errors } = await openTab(`${origin}/strict.html`);
  await clickAction(page);
  const button = page.getByRole('button', { name: 'Open reader view' });
  await until(page, button);
  assert.equal(await quotesPainted(page), 0, 'nothing painted on the page itself');
  const [reader] = await Promise.all([context.waitForEvent('page'), button.click()]);
  await reader.waitForFunction(() => globalThis.WhoSaid?.annotations?.() != null, null, { timeout: 15000 });
  assert.match(reader.url(), new RegExp(`^chrome-extension://${extensionId}/reader.html#`));
  const shown = await reader.evaluate(() => ({
    title: document.querySelector('#whosaid-article h1')?.textContent,
    text: document.querySelector('#whosaid-article').innerText,
    quotes: WhoSaid.annotations().quotes.filter((q) => q.speakerName).length,
  }));
  assert.match(shown.title, /War Crimes in Ukraine/);
  assert.match(shown.text, /Nobody is going to break us/);
  assert.doesNotMatch(shown.text, /Politics|Another story|never miss a story\./, 'menus and boxes around the article are left out');
  assert.ok(shown.quotes > 5, `${shown.quotes} attributed quotes`);
  const at = await rectOf(reader, 'is going to', '#whosaid-article');
  await reader.mouse.move(at.x, at.y);
  await reader.waitForFunction(() => document.querySelector('whosaid-card')?.shadowRoot.querySelector('.name')?.textContent);
  assert.match(await cardText(reader), /Volodymyr Zelenskyy/);
  assert.deepEqual(errors, []);
  await reader.close();
  await page.close();
});

test('every request the extension made stayed in the extension or on the page’s own origin', async () => {
  assert.ok(requests.length > 0);
  const foreign = requests.filter((u) => !u.startsWith(`chrome-extension://${extensionId}/`) && !u.startsWith(`${origin}/`));
  assert.deepEqual(foreign, []);
  assert.ok(requests.some((u) => u.endsWith('/pkg/whosaid_bg.wasm')), 'the engine loaded from the extension');
});

test('no standing access to any site: activeTab only, nothing registered until the user adds a site', async () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION, 'manifest.json'), 'utf8'));
  assert.equal(manifest.host_permissions, undefined);
  assert.equal(manifest.content_scripts, undefined);
  assert.deepEqual(manifest.permissions.sort(), ['activeTab', 'scripting', 'storage']);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const state = await page.evaluate(async () => ({
    origins: (await chrome.permissions.getAll()).origins,
    scripts: await chrome.scripting.getRegisteredContentScripts(),
  }));
  assert.deepEqual(state, { origins: [], scripts: [] });
  // The options page turns what a user types into one site's origin, or says it cannot.
  await page.fill('#site', 'not a site at all');
  await page.click('button[type=submit]');
  assert.match(await page.textContent('#message'), /not a web address/);
  const origins = await page.evaluate(async () => {
    const { origin } = await import('./sites.js');
    return ['www.example.com', 'https://bücher.example/a?b', 'http://127.0.0.1:8080/x', 'ftp://x.org', 'javascript:alert(1)']
      .map(origin);
  });
  assert.deepEqual(origins, ['https://www.example.com', 'https://xn--bcher-kva.example', 'http://127.0.0.1:8080', null, null]);
  await page.close();
});
